import Foundation
import StewardCore
import StewardGit
import StewardSandbox
import StewardTestSupport
import Testing

/// The steps that change a proposal without deciding it, and gc's expiry, are one atomic push
/// each with a lease on every ref (spec 22.4's table), and change nothing here when it loses.
@Suite("One push per step: refresh, append, comments, expiry")
struct PublishedStepMoreTests: FakeRemoteSteps {
    /// Another machine's commit on main (same tree, so the checkout need not follow).
    func moveMain(_ root: String) throws {
        let other = try gitCLI(
            ["-c", "user.name=bob", "-c", "user.email=bob@localhost", "commit-tree", "main^{tree}", "-p", "main", "-m", "elsewhere"], in: root
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try gitCLI(["update-ref", "refs/heads/main", other], in: root)
    }

    func allRefs(_ root: String) throws -> String {
        try gitCLI(["for-each-ref", "--format=%(refname) %(objectname)"], in: root)
    }

    func write(_ name: String) -> [FileOperation] {
        [.write(path: "memory/\(name).md", content: Data(name.utf8), executable: false)]
    }

    @Test func refreshAndAppendEachPushTheBranchTheirEvidenceAndTheEvent() async throws {
        try await withTemporaryDirectory { dir in
            let remote = FakeRemote()
            let ws = try await workspace(dir, remote)
            let root = ws.root
            let p = try await propose(ws, "a")
            let head = try #require(ObjectID(hex: p.head))
            try moveMain(root)
            let chain = try chain(ws)
            let event1 = try #require(try ref(chain, in: root))
            let refreshed = try await ws.refresh(1, by: "alice")
            let newHead = try #require(ObjectID(hex: refreshed.head))
            #expect(newHead != head && refreshed.upToDate == false)
            #expect(
                try #require(remote.pushes.last).sorted { $0.ref < $1.ref }
                    == [
                        RefPush(ref: "refs/heads/steward/1", new: newHead, expected: head),
                        RefPush(ref: chain, new: try ref(chain, in: root), expected: event1),
                        RefPush(ref: "refs/steward/superseded/1-1", new: head, expected: nil),
                    ].sorted { $0.ref < $1.ref })
            let event2 = try #require(try ref(chain, in: root))
            let appended = try await ws.append(
                to: 1, operations: write("b"), policy: try PathPolicy.outsideTools(), agent: "cli", tool: "write_file")
            #expect(
                try #require(remote.pushes.last).sorted { $0.ref < $1.ref }
                    == [
                        RefPush(ref: "refs/heads/steward/1", new: ObjectID(hex: appended.head), expected: newHead),
                        RefPush(ref: chain, new: try ref(chain, in: root), expected: event2),
                    ].sorted { $0.ref < $1.ref })
            #expect(remote.pushes.count == 3 && remote.fetches.isEmpty)
            // What was pushed is what the remote holds, as far as this machine knows.
            #expect(try ref("refs/steward-sync/origin/heads/steward/1", in: root)?.hex == appended.head)
            #expect(try ref("refs/heads/steward/1", in: root)?.hex == appended.head)
        }
    }

    @Test func aCommentAndItsResolutionEachPushOnlyTheCommentChain() async throws {
        try await withTemporaryDirectory { dir in
            let remote = FakeRemote()
            let ws = try await workspace(dir, remote)
            let root = ws.root
            _ = try await propose(ws, "a")
            let chainBefore = try ref(try chain(ws), in: root)
            let c = try await ws.comment(on: 1, text: "why?", by: "alice")
            let first = try #require(try ref("refs/steward/comments/1", in: root))
            #expect(remote.pushes.last == [RefPush(ref: "refs/steward/comments/1", new: first, expected: nil)])
            _ = try await ws.resolveComment(c.id, on: 1, by: "alice")
            let second = try #require(try ref("refs/steward/comments/1", in: root))
            #expect(remote.pushes.last == [RefPush(ref: "refs/steward/comments/1", new: second, expected: first)])
            #expect(try ref("refs/steward-sync/origin/steward/comments/1", in: root) == second)
            #expect(try ref(try chain(ws), in: root) == chainBefore && remote.pushes.count == 3)
            #expect(try await ws.comments(on: 1).map(\.state) == [.resolved])
        }
    }

    @Test func anExpiryPushesItsTombstoneAndDeletesTheArchiveAndSupersededRefsAtTheirValues() async throws {
        try await withTemporaryDirectory { dir in
            let remote = FakeRemote()
            let ws = try await workspace(dir, remote)
            let root = ws.root
            let p = try await propose(ws, "a")
            _ = try await propose(ws, "b")  // pending: not expired
            try moveMain(root)
            let refreshed = try await ws.refresh(1, by: "alice")
            _ = try await ws.reject(1, by: "alice", reason: "no")
            let chain = try chain(ws)
            let before = try #require(try ref(chain, in: root))
            let pushed = remote.pushes.count
            let result = try await ws.gc(expireDays: 1, by: "alice", now: Date().addingTimeInterval(3 * 86_400))
            #expect(result.expired.map(\.number) == [1])
            let tombstone = try #require(try ref("refs/steward/expired/1", in: root))
            #expect(try ref(chain, in: root) == tombstone && remote.pushes.count == pushed + 1)
            #expect(
                try #require(remote.pushes.last).sorted { $0.ref < $1.ref }
                    == [
                        RefPush(ref: chain, new: tombstone, expected: before),
                        RefPush(ref: "refs/steward/archive/1", new: nil, expected: ObjectID(hex: refreshed.head)),
                        RefPush(ref: "refs/steward/expired/1", new: tombstone, expected: nil),
                        RefPush(ref: "refs/steward/superseded/1-1", new: nil, expected: ObjectID(hex: p.head)),
                    ].sorted { $0.ref < $1.ref })
            #expect(try ref("refs/steward/archive/1", in: root) == nil && ref("refs/steward/superseded/1-1", in: root) == nil)
        }
    }

    /// Another machine commented first: its comment is taken and this one made again on top.
    @Test func aCommentWhoseChainMovedOnTheRemoteIsMadeAgainOnTopOfIt() async throws {
        try await withTemporaryDirectory { dir in
            let remote = FakeRemote(
                onFetch: { root in
                    _ = try gitCLI(["update-ref", "refs/steward-sync/origin/steward/comments/1", "refs/test/bob"], in: root)
                },
                onCatchUp: { root in
                    _ = try gitCLI(["update-ref", "refs/steward/comments/1", "refs/test/bob"], in: root)
                })
            let ws = try await workspace(dir, remote)
            let root = ws.root
            _ = try await propose(ws, "a")
            // bob's comment, made as his machine would (written directly), then taken away again.
            await ws.publish(to: nil, through: nil)
            _ = try await ws.comment(on: 1, text: "from bob", by: "bob")
            let bobs = try #require(try ref("refs/steward/comments/1", in: root))
            _ = try gitCLI(["update-ref", "refs/test/bob", bobs.hex], in: root)
            _ = try gitCLI(["update-ref", "-d", "refs/steward/comments/1"], in: root)
            await ws.publish(to: Self.origin, through: remote)
            remote.refuse(.leaseLost(refs: ["refs/steward/comments/1"], message: "stale info"))
            let mine = try await ws.comment(on: 1, text: "mine", by: "alice")
            let now = try #require(try ref("refs/steward/comments/1", in: root))
            #expect(mine.id == 2 && remote.fetches == [nil] && remote.catchUps == 1)
            #expect(remote.pushes.suffix(2).map { $0.map(\.ref) } == [["refs/steward/comments/1"], ["refs/steward/comments/1"]])
            #expect(remote.pushes.suffix(2).map { $0.first?.expected } == [nil, bobs])
            #expect(try remote.pushes.last?.first?.new == now && ref("refs/steward/comments/1^", in: root) == bobs)
            #expect(try await ws.comments(on: 1).map(\.text) == ["from bob", "mine"])
        }
    }

    /// Case 2 of a lost lease: refreshed (or revised) elsewhere since it was read here.
    @Test func aRefreshOfAProposalThatMovedOnTheRemoteChangesNothingHere() async throws {
        try await withTemporaryDirectory { dir in
            let remote = FakeRemote(onFetch: { root in
                _ = try gitCLI(["update-ref", "refs/steward-sync/origin/heads/steward/1", "main"], in: root)
            })
            let ws = try await workspace(dir, remote)
            let root = ws.root
            _ = try await propose(ws, "a")
            try moveMain(root)
            let before = try allRefs(root)
            remote.refuse(.leaseLost(refs: ["refs/heads/steward/1"], message: "stale info"))
            let error = await #expect(throws: StewardError.self) { try await ws.refresh(1, by: "alice") }
            let moved = try #require(try ref("refs/steward-sync/origin/heads/steward/1", in: root))
            #expect(error?.code == .conflict)
            #expect(
                error?.message
                    == "#1 changed on origin since you reviewed it (now \(moved.short)); run 'steward sync' to take it, then review it again ('steward diff 1')"
            )
            #expect(try ref("refs/steward/superseded/1-1", in: root) == nil && remote.catchUps == 0)
            let local = try allRefs(root).split(separator: "\n").filter { !$0.hasPrefix("refs/steward-sync/") }
            #expect(local == before.split(separator: "\n").filter { !$0.hasPrefix("refs/steward-sync/") })
        }
    }

    /// Case 1: rejected on the remote meanwhile; an agent's append adds nothing.
    @Test func addingToAProposalRejectedOnTheRemoteChangesNothingHere() async throws {
        try await withTemporaryDirectory { dir in
            let remote = FakeRemote(onFetch: { root in
                _ = try gitCLI(["update-ref", "refs/steward-sync/origin/steward/archive/1", "refs/heads/steward/1"], in: root)
            })
            let ws = try await workspace(dir, remote)
            let root = ws.root
            _ = try await propose(ws, "a")
            let before = try gitCLI(["for-each-ref", "--format=%(refname) %(objectname)", "refs/heads", "refs/steward"], in: root)
            remote.refuse(.leaseLost(refs: ["refs/heads/steward/1"], message: "stale info"))
            let error = await #expect(throws: StewardError.self) {
                try await ws.append(to: 1, operations: write("b"), policy: try PathPolicy.outsideTools(), agent: "cli", tool: "write_file")
            }
            #expect(error?.code == .conflict && error?.message == "#1 was already rejected on origin; nothing changed here")
            #expect(try gitCLI(["for-each-ref", "--format=%(refname) %(objectname)", "refs/heads", "refs/steward"], in: root) == before)
            #expect(remote.catchUps == 0)
        }
    }

    /// An archive another machine expired first is taken, not expired a second time.
    @Test func anExpiryThatLostItsLeaseTakesTheRemotesAndRunsAgain() async throws {
        try await withTemporaryDirectory { dir in
            let remote = FakeRemote(onCatchUp: { root in
                _ = try gitCLI(["update-ref", "-d", "refs/steward/archive/1"], in: root)
            })
            let ws = try await workspace(dir, remote)
            let root = ws.root
            _ = try await propose(ws, "a")
            _ = try await ws.reject(1, by: "alice", reason: "no")
            let trail = try ref(try chain(ws), in: root)
            let pushed = remote.pushes.count
            remote.refuse(.leaseLost(refs: ["refs/steward/expired/1"], message: "stale info"))
            let result = try await ws.gc(expireDays: 1, by: "alice", now: Date().addingTimeInterval(3 * 86_400))
            #expect(result.expired.isEmpty && remote.pushes.count == pushed + 1)
            #expect(remote.fetches == [nil] && remote.catchUps == 1)
            #expect(try ref("refs/steward/expired/1", in: root) == nil && ref(try chain(ws), in: root) == trail)
        }
    }

    @Test func aCommentWhoseLeaseKeepsBeingLostGivesUpAfterTenRounds() async throws {
        try await withTemporaryDirectory { dir in
            let remote = FakeRemote()
            let ws = try await workspace(dir, remote)
            _ = try await propose(ws, "a")
            let lost = RemoteFailure.leaseLost(refs: ["refs/steward/comments/1"], message: "stale info")
            remote.refuse(lost, lost, lost, lost, lost, lost, lost, lost, lost, lost)
            let error = await #expect(throws: StewardError.self) { try await ws.comment(on: 1, text: "x", by: "alice") }
            #expect(error?.code == .conflict && error?.message == "#1 kept changing on origin (10 tries); nothing changed; try again")
            #expect(try ref("refs/steward/comments/1", in: ws.root) == nil && remote.fetches.count == 10)
        }
    }

    @Test func whileTheRemoteDoesNotAnswerNoneOfTheseStepsChangesAnything() async throws {
        try await withTemporaryDirectory { dir in
            let remote = FakeRemote()
            let ws = try await workspace(dir, remote)
            let root = ws.root
            _ = try await propose(ws, "a")
            _ = try await propose(ws, "b")
            _ = try await ws.reject(2, by: "alice", reason: "no")
            let c = try await ws.comment(on: 1, text: "why?", by: "alice")
            try moveMain(root)
            let before = try allRefs(root)
            let said = "could not reach origin (ssh://example.invalid/ws.git): it did not answer within 10 s"
            let steps: [(String, () async throws -> Void)] = [
                ("refreshing #1", { _ = try await ws.refresh(1, by: "alice") }),
                (
                    "adding to #1",
                    { _ = try await ws.append(to: 1, operations: self.write("c"), policy: try PathPolicy.outsideTools(), agent: "cli", tool: "t") }
                ),
            ]
            for (verb, step) in steps {
                remote.refuse(.unreachable(said))
                let error = await #expect(throws: StewardError.self) { try await step() }
                #expect(error?.code == .conflict)
                #expect(
                    error?.message
                        == "\(said); \(verb) needs it, so that no other machine changes #1 at the same time; nothing changed; try again when it answers ('steward status' shows the last good sync)"
                )
            }
            remote.refuse(.unreachable(said))
            let gc = await #expect(throws: StewardError.self) {
                try await ws.gc(expireDays: 1, by: "alice", now: Date().addingTimeInterval(3 * 86_400))
            }
            #expect(gc?.code == .conflict && gc?.message.hasPrefix("\(said); expiring archives needs it") == true)
            #expect(try allRefs(root) == before)
            // A comment and a resolution are the steps that do not need the remote (spec 22.4):
            // kept here on a local-only chain for the next sync, and nothing else moves.
            remote.refuse(.unreachable(said))
            _ = try await ws.comment(on: 1, text: "x", by: "alice")
            remote.refuse(.unreachable(said))
            let resolved = try await ws.resolveComment(c.id, on: 1, by: "alice")
            #expect(resolved.state == .resolved && resolved.resolutionUnsynced == true)
            let added = try allRefs(root).split(separator: "\n").filter { !before.split(separator: "\n").contains($0) }
            #expect(added.map { $0.split(separator: " ")[0] } == ["refs/steward/unsynced-comments/1"])
            #expect(try allRefs(root).split(separator: "\n").count == before.split(separator: "\n").count + 1)
        }
    }
}
