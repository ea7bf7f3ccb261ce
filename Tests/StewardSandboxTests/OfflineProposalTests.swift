import Foundation
import StewardCore
import StewardGit
import StewardSandbox
import StewardTestSupport
import Testing

/// Proposals made while the remote does not answer (spec 22.4, "Offline"): kept under
/// `refs/steward/offline/J` with no number and no event, numbered by the next sync.
@Suite("Offline proposals")
struct OfflineProposalTests: FakeRemoteSteps {
    static let unreachable = RemoteFailure.unreachable("could not reach origin (ssh://example.invalid/ws.git): it did not answer within 10 s")

    func message(_ commit: String, in root: String) throws -> String {
        try gitCLI(["log", "-1", "--format=%B", commit], in: root)
    }

    /// "%an %ae %at %ct" of a commit.
    func dates(_ commit: String, in root: String) throws -> [String] {
        try gitCLI(["log", "-1", "--format=%an %ae %at %ct", commit], in: root).split(separator: " ").map {
            $0.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    @Test func aProposalMadeWhileTheRemoteDoesNotAnswerIsKeptOfflineWithNoNumberAndNoEvent() async throws {
        try await withTemporaryDirectory { dir in
            let remote = FakeRemote()
            let ws = try await workspace(dir, remote)
            let root = ws.root
            let chain = try chain(ws)
            let eventsBefore = try ref(chain, in: root)
            // A remote that refuses (a hook, permissions) is no reason to go offline.
            remote.refuse(.refused(refs: ["refs/steward/proposals/1"], message: "pre-receive hook declined"))
            await #expect(throws: StewardError.self) { _ = try await propose(ws, "refused") }
            #expect(try ref("refs/steward/offline/1", in: root) == nil)
            remote.refuse(Self.unreachable)
            let p = try await propose(ws, "a")
            #expect(p.offline == "o1" && p.number == 0 && p.branch == "refs/steward/offline/1")
            #expect(p.offlineBecause?.contains("did not answer") == true)
            #expect(try ref("refs/steward/offline/1", in: root) == ObjectID(hex: p.head))
            // No claim, no branch, no event.
            #expect(try gitCLI(["for-each-ref", "refs/steward/proposals", "refs/heads/steward"], in: root).isEmpty)
            #expect(try ref(chain, in: root) == eventsBefore)
            // Its commits say Steward-Provisional: 1, never Steward-Proposal.
            let op = try message(p.head, in: root)
            let record = try message(p.head + "^", in: root)
            #expect(op.contains("\nSteward-Provisional: 1\n") && !op.contains("Steward-Proposal"))
            #expect(record.hasPrefix("Proposal o1: a\n") && record.contains("\nSteward-Provisional: 1\n") && !record.contains("Steward-Proposal"))
            // Listed (pending, no number) and shown.
            let listed = try await ws.offlineProposals()
            #expect(listed.map(\.offline) == ["o1"] && listed.map(\.title) == ["a"] && listed.map(\.files) == [1])
            #expect(try await ws.pending().isEmpty)
            let d = try await ws.diff(offline: 1)
            #expect(d.files.map(\.path) == ["memory/a.md"] && d.head == p.head)
            #expect(try await ws.status().offlineProposals.map(\.offline) == ["o1"])
            // The next one is o2 (from .steward/offline-counter).
            remote.refuse(Self.unreachable)
            #expect(try await propose(ws, "b").offline == "o2")
            #expect(try String(contentsOfFile: root + "/.steward/offline-counter", encoding: .utf8) == "2\n")
        }
    }

    /// Sync numbers them oldest first: the same trees, authors and author dates, committed
    /// then, pushed with the branch and the `proposed` event dated when each was made.
    @Test func theNextSyncNumbersThemOldestFirstWithTheSameContent() async throws {
        try await withTemporaryDirectory { dir in
            let remote = FakeRemote()
            let ws = try await workspace(dir, remote)
            let root = ws.root
            _ = try await propose(ws, "first")  // #1, online
            await ws.setClock(1_700_000_000)
            remote.refuse(Self.unreachable)
            let o1 = try await propose(ws, "a")
            remote.refuse(Self.unreachable)
            let o2 = try await propose(ws, "b")
            let before = try dates(o1.head, in: root)
            await ws.setClock(1_700_003_600)
            let pushesBefore = remote.pushes.count
            let numbered = try await ws.numberOfflineProposals()
            #expect(numbered.map(\.offline) == ["o1", "o2"] && numbered.map(\.number) == [2, 3])
            #expect(remote.pushes.count == pushesBefore + 2)
            let chain = try chain(ws)
            for (n, offline) in [(2, o1), (3, o2)] {
                let head = try #require(try ref("refs/heads/steward/\(n)", in: root))
                let record = try #require(try ref("refs/steward/proposals/\(n)", in: root))
                // One push: the claim and the branch (create-only) and this machine's trail.
                let push = Set(remote.pushes[pushesBefore + n - 2].map(\.ref))
                #expect(push == ["refs/steward/proposals/\(n)", "refs/heads/steward/\(n)", chain])
                #expect(try gitCLI(["rev-parse", "\(head.hex)^{tree}"], in: root) == gitCLI(["rev-parse", "\(offline.head)^{tree}"], in: root))
                #expect(try gitCLI(["rev-parse", "\(record.hex)^"], in: root) == gitCLI(["rev-parse", "\(offline.head)^^"], in: root))
                let op = try message(head.hex, in: root)
                #expect(op.contains("\nSteward-Proposal: \(n)\n") && !op.contains("Provisional"))
                #expect(try message(record.hex, in: root).hasPrefix("Proposal #\(n): \(n == 2 ? "a" : "b")\n"))
                // Same author and author date; committed at the sync.
                let after = try dates(head.hex, in: root)
                #expect(Array(after.prefix(3)) == Array(before.prefix(3)) && after[3] == "1700003600")
                #expect(try await ws.proposal(n).status == .pending)
            }
            #expect(try gitCLI(["for-each-ref", "refs/steward/offline"], in: root).isEmpty)
            #expect(try await ws.offlineProposals().isEmpty)
            let events = try await ws.auditTrail().map(\.event).filter { $0.kind == .proposed && $0.proposal > 1 }
            #expect(events.map(\.provisional) == ["o1", "o2"] && events.map(\.proposal) == [2, 3])
            #expect(events.allSatisfy { $0.date == Date(timeIntervalSince1970: 1_700_000_000) && $0.paths.count == 1 })
            // A second run has nothing to number.
            #expect(try await ws.numberOfflineProposals().isEmpty && remote.pushes.count == pushesBefore + 2)
        }
    }

    /// A comment on oJ stays on this machine, then goes to `comments/N` in the push that numbers
    /// oJ: proposal N, on the re-made head, by the same person at the same date.
    @Test func commentsOnAnOfflineProposalAreCarriedToItsNumber() async throws {
        try await withTemporaryDirectory { dir in
            let remote = FakeRemote()
            let ws = try await workspace(dir, remote)
            let root = ws.root
            await ws.setClock(1_700_000_000)
            remote.refuse(Self.unreachable)
            let o1 = try await propose(ws, "a")
            let c = try await ws.comment(onOffline: 1, path: "memory/a.md", line: 1, text: "why a?", by: "ann")
            #expect(c.id == 1 && c.currentLine == 1 && c.state == .open)
            #expect(try await ws.comments(onOffline: 1).map(\.text) == ["why a?"])
            #expect(try ref("refs/steward/offline-comments/1", in: root) != nil && ref("refs/steward/comments/1", in: root) == nil)
            await #expect(throws: StewardError.self) { try await ws.comment(onOffline: 1, path: "memory/b.md", text: "x", by: "ann") }
            await ws.setClock(1_700_003_600)
            let pushes = remote.pushes.count
            #expect(try await ws.numberOfflineProposals().map(\.number) == [1])
            let comments = try #require(try ref("refs/steward/comments/1", in: root))
            #expect(try #require(remote.pushes.last).contains(RefPush(ref: "refs/steward/comments/1", new: comments, expected: nil)))
            #expect(remote.pushes.count == pushes + 1)
            let carried = try await ws.comments(on: 1)
            let head = try #require(try ref("refs/heads/steward/1", in: root))
            #expect(carried.map(\.text) == ["why a?"] && carried.map(\.proposal) == [1] && carried.map(\.commit) == [head.hex])
            #expect(carried.first?.currentLine == 1 && carried.first?.changedSince == nil && head.hex != o1.head)
            #expect(carried.first?.date == Date(timeIntervalSince1970: 1_700_000_000) && carried.first?.author == "ann")
            #expect(try ref("refs/steward/offline-comments/1", in: root) == nil)
        }
    }

    /// Another machine took the number first: the offline proposal takes the next one.
    @Test func aLostClaimTakesTheNextNumber() async throws {
        try await withTemporaryDirectory { dir in
            let root = dir + "/ws"
            let remote = FakeRemote(onFetch: { root in
                // What the other machine claimed meanwhile, as the fetch of the claims brings it.
                let main = try gitCLI(["rev-parse", "main"], in: root).trimmingCharacters(in: .whitespacesAndNewlines)
                _ = try gitCLI(["update-ref", "refs/steward-sync/origin/steward/proposals/1", main], in: root)
            })
            let ws = try await workspace(dir, remote)
            remote.refuse(Self.unreachable)
            _ = try await propose(ws, "a")
            remote.refuse(.leaseLost(refs: ["refs/steward/proposals/1"], message: "stale info"))
            let numbered = try await ws.numberOfflineProposals()
            #expect(numbered.map(\.number) == [2] && remote.fetches == [["refs/steward/proposals/*"]])
            #expect(try ref("refs/steward/proposals/1", in: root) == nil && ref("refs/heads/steward/2", in: root) != nil)
            #expect(try ref("refs/steward/offline/1", in: root) == nil)
        }
    }

    /// A sync stopped after its push landed and before anything changed here: the next one
    /// finds the number it noted on the remote and only finishes, without a second proposal.
    @Test func aSyncStoppedAfterThePushLandedIsFinishedWithoutADuplicate() async throws {
        try await withTemporaryDirectory { dir in
            let remote = FakeRemote()
            let ws = try await workspace(dir, remote)
            let root = ws.root
            remote.refuse(Self.unreachable)
            let o1 = try await propose(ws, "a")
            // The push "lands" but the process stops before applying it here: a failure that
            // is not a lost lease leaves every local ref as it was.
            remote.refuse(.failed("killed"))
            await #expect(throws: StewardError.self) { _ = try await ws.numberOfflineProposals() }
            let landed = try #require(remote.pushes.last)
            #expect(try ref("refs/steward/offline/1", in: root) == ObjectID(hex: o1.head))
            #expect(try ref("refs/steward/proposals/1", in: root) == nil)
            // The next sync's fetch shows it on the remote.
            for p in landed { _ = try gitCLI(["update-ref", "refs/steward-sync/origin/" + p.ref.dropFirst(5), p.new!.hex], in: root) }
            let pushes = remote.pushes.count
            let numbered = try await ws.numberOfflineProposals()
            #expect(numbered.map(\.number) == [1] && numbered.map(\.offline) == ["o1"])
            #expect(remote.pushes.count == pushes)  // nothing pushed twice
            #expect(try ref("refs/steward/offline/1", in: root) == nil)
            #expect(!FileManager.default.fileExists(atPath: root + "/.steward/offline-numbering/1"))
        }
    }

    /// The killed sync's `git push` lands only after the next sync fetched: that sync's claim
    /// of the same number is lost, and the claims it fetches then show the proposal numbered.
    @Test func aKilledSyncsPushThatLandsLateIsNotNumberedTwice() async throws {
        try await withTemporaryDirectory { dir in
            let landed = dir + "/landed"
            let remote = FakeRemote(onFetch: { root in
                // The late push, as the fetch after the lost claim sees it.
                guard let text = try? String(contentsOfFile: landed, encoding: .utf8) else { return }
                for line in text.split(separator: "\n") {
                    let p = line.split(separator: " ").map(String.init)
                    _ = try gitCLI(["update-ref", "refs/steward-sync/origin/" + p[0].dropFirst(5), p[1]], in: root)
                }
            })
            let ws = try await workspace(dir, remote)
            let root = ws.root
            remote.refuse(Self.unreachable)
            _ = try await propose(ws, "a")
            remote.refuse(.failed("killed"))
            await #expect(throws: StewardError.self) { _ = try await ws.numberOfflineProposals() }
            let late = try #require(remote.pushes.last).map { "\($0.ref) \($0.new!.hex)" }.joined(separator: "\n")
            try late.write(toFile: landed, atomically: true, encoding: .utf8)
            remote.refuse(.leaseLost(refs: ["refs/steward/proposals/1"], message: "stale info"))
            let numbered = try await ws.numberOfflineProposals()
            #expect(numbered.map(\.number) == [1] && numbered.map(\.offline) == ["o1"])
            #expect(try ref("refs/steward/offline/1", in: root) == nil && ref("refs/heads/steward/2", in: root) == nil)
            #expect(remote.pushes.count == 3)  // the killed one, the lost one, nothing more
        }
    }
}
