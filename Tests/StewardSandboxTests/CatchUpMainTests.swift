import Foundation
import StewardCore
import StewardGit
import StewardSandbox
import StewardTestSupport
import Testing

/// The catch-up of `main` (spec 22.6, 22.9) and what only this machine holds, with a fetch
/// written by the test as in `CatchUpTests`.
@Suite("Catching up main with a fetch (spec 22.6, 22.9)")
struct CatchUpMainTests {
    // MARK: - main

    @Test func mainBehindHereIsPushedNeverTaken() async throws {
        try await withCatchUpWorkspace { ws, o in
            let before = try #require(try o.ref("refs/heads/main"))
            _ = try await ws.propose(title: "x", agent: "a", operations: [memoryNote("x")], policy: try PathPolicy.outsideTools())
            let here = try #require(ObjectID(hex: try await ws.approve(1, by: "alice").commit))
            try o.mirror()
            try o.track("refs/heads/main", before)  // the remote's main moved backwards
            let report = try await ws.catchUp(remote: "origin")
            #expect(report.main == .ahead(commits: 3) && report.problems.isEmpty)
            #expect(try o.ref("refs/heads/main") == here)
            #expect(report.onlyLocal == [RefPush(ref: "refs/heads/main", new: here, expected: before)])
        }
    }

    @Test func mainMovedOnBothSidesIsReportedNotMerged() async throws {
        try await withCatchUpWorkspace { ws, o in
            let base = try #require(try o.ref("refs/heads/main"))
            _ = try await ws.propose(title: "x", agent: "a", operations: [memoryNote("x")], policy: try PathPolicy.outsideTools())
            let here = try #require(ObjectID(hex: try await ws.approve(1, by: "alice").commit))
            try o.mirror()
            let one = try o.commit(on: base, ["memory/r.md": "r"])
            try o.track("refs/heads/main", one)
            let report = try await ws.catchUp(remote: "origin")
            #expect(report.main == .diverged(here: 3, there: 1))
            #expect(
                report.problems == [
                    "main here and on origin both moved (here 3 commits, on origin 1); merge or rebase them yourself, then run 'steward sync'"
                ])
            #expect(try o.ref("refs/heads/main") == here)
            #expect(!report.onlyLocal.contains { $0.ref == "refs/heads/main" })
        }
    }

    @Test func uncommittedEditsInTheWayKeepMainAndAreNamed() async throws {
        try await withCatchUpWorkspace { ws, o in
            try o.mirror()
            let here = try #require(try o.ref("refs/heads/main"))
            let there = try o.commit(on: here, ["memory/a.md": "from elsewhere", "memory/b.md": "b"])
            try o.track("refs/heads/main", there)
            try FileManager.default.createDirectory(atPath: o.root + "/memory", withIntermediateDirectories: true)
            try Data("mine".utf8).write(to: URL(fileURLWithPath: o.root + "/memory/a.md"))
            let report = try await ws.catchUp(remote: "origin")
            #expect(report.main == .behindBlocked(commits: 1))
            #expect(
                report.problems == [
                    "main on origin moved to \(there.short); your uncommitted edits to memory/a.md are in the way; commit or move them, then run 'steward sync'"
                ])
            #expect(try o.ref("refs/heads/main") == here)
            #expect(try String(contentsOfFile: o.root + "/memory/a.md", encoding: .utf8) == "mine")
            // Moved out of the way: taken, the checkout follows.
            try FileManager.default.removeItem(atPath: o.root + "/memory/a.md")
            let taken = try await ws.catchUp(remote: "origin")
            #expect(taken.main == .fastForwarded(from: here, to: there) && taken.problems.isEmpty)
            #expect(try String(contentsOfFile: o.root + "/memory/a.md", encoding: .utf8) == "from elsewhere")
        }
    }

    @Test func aLockedIndexKeepsMainUntilTheCheckoutCanFollow() async throws {
        try await withCatchUpWorkspace { ws, o in
            try o.mirror()
            let here = try #require(try o.ref("refs/heads/main"))
            let there = try o.commit(on: here, ["memory/l.md": "l"])
            try o.track("refs/heads/main", there)
            let lock = o.root + "/.git/index.lock"
            #expect(FileManager.default.createFile(atPath: lock, contents: nil))
            let report = try await ws.catchUp(remote: "origin")
            #expect(report.main == .behindBlocked(commits: 1) && report.taken.isEmpty)
            #expect(report.problems.count == 1 && report.problems.first?.hasPrefix("cannot take main from origin: ") == true)
            #expect(report.problems.first?.contains("index.lock") == true)
            #expect(try o.ref("refs/heads/main") == here && !FileManager.default.fileExists(atPath: o.root + "/memory/l.md"))
            try FileManager.default.removeItem(atPath: lock)
            #expect(try await ws.catchUp(remote: "origin").main == .fastForwarded(from: here, to: there))
            #expect(try String(contentsOfFile: o.root + "/memory/l.md", encoding: .utf8) == "l")
        }
    }

    @Test func aRemoteWithUnrelatedHistoryIsRefusedAndNothingIsTaken() async throws {
        try await withCatchUpWorkspace { ws, o in
            let r = try GitRepository.open(at: o.root)
            let stranger = try r.commit(
                tree: try r.emptyTree(), parents: [], message: "another workspace\n",
                author: Signature(name: "eve", email: "e@x", time: 1_700_000_000))
            try o.track("refs/heads/main", stranger)
            try o.track("refs/steward/proposals/1", stranger)
            let e = await #expect(throws: StewardError.self) { try await ws.catchUp(remote: "origin") }
            #expect(e?.message.hasPrefix("origin holds another workspace: its main (\(stranger.short)) shares no history") == true)
            #expect(try o.ref("refs/steward/proposals/1") == nil)
        }
    }

    // MARK: - Rules (spec 22.9)

    @Test func aRulesChangeFromElsewhereWaitsForTheExactTipToBeAccepted() async throws {
        try await withCatchUpWorkspace { ws, o in
            try o.mirror()
            let here = try #require(try o.ref("refs/heads/main"))
            let plain = try o.commit(on: here, ["memory/m.md": "m"])
            let rules = try o.commit(on: plain, ["steward.toml": "[sandbox]\n", "hooks/pre-merge-x": "#!/bin/sh\n"], author: "mallory")
            try o.track("refs/heads/main", rules)
            let report = try await ws.catchUp(remote: "origin")
            #expect(report.main == .behindBlocked(commits: 2) && report.rulesTip == rules)
            #expect(report.rulesWaiting.map(\.id) == [rules] && report.rulesWaiting.first?.author == "mallory")
            #expect(report.rulesWaiting.first?.paths == ["hooks/pre-merge-x", "steward.toml"])
            #expect(report.problems.first?.contains("run 'steward sync --accept-rules \(rules.short)'") == true)
            #expect(try o.ref("refs/heads/main") == here)
            // Accepting another commit takes nothing; the exact tip (any 7+ digits of it) does.
            #expect(try await ws.catchUp(remote: "origin", acceptRules: plain.short).main == .behindBlocked(commits: 2))
            await #expect(throws: StewardError.self) { try await ws.catchUp(remote: "origin", acceptRules: "zz") }
            let accepted = try await ws.catchUp(remote: "origin", acceptRules: String(rules.hex.prefix(12)).uppercased())
            #expect(accepted.main == .fastForwarded(from: here, to: rules) && accepted.rulesWaiting.isEmpty)
            #expect(try o.ref("refs/heads/main") == rules)
        }
    }

    @Test func aRulesChangeMadeOnThisMachineIsTaken() async throws {
        try await withCatchUpWorkspace { ws, o in
            try o.mirror()
            let here = try #require(try o.ref("refs/heads/main"))
            // The person's own branch, pushed from here and merged on the remote as it is.
            let mine = try o.commit(on: here, ["prompts/code.md": "be brief"])
            try o.set("refs/heads/tuning", mine)
            try o.track("refs/heads/main", mine)
            let report = try await ws.catchUp(remote: "origin")
            #expect(report.rulesWaiting.isEmpty && report.main == .fastForwarded(from: here, to: mine))
            // The same commit from a proposal branch (which fetches write) is not the person's.
            let other = try o.commit(on: mine, ["prompts/code.md": "be long"])
            try o.track("refs/heads/steward/9", other)
            try o.track("refs/steward/proposals/9", other)
            try o.track("refs/heads/main", other)
            #expect(try await ws.catchUp(remote: "origin").rulesWaiting.map(\.id) == [other])
        }
    }

    // MARK: - What only this machine holds

    @Test func onlyLocalListsExactlyWhatSyncMustPushWithItsLease() async throws {
        try await withCatchUpWorkspace { ws, o in
            let main = try #require(try o.ref("refs/heads/main"))
            try o.track("refs/heads/main", main)  // the remote holds main only
            let p = try await ws.propose(title: "x", agent: "a", operations: [memoryNote("x")], policy: try PathPolicy.outsideTools())
            // Never pushed: offline refs, the person's branches and tags, a branch without a claim.
            for name in ["refs/steward/offline/1", "refs/steward/offline-comments/1", "refs/heads/mine", "refs/tags/v1", "refs/heads/steward/7"] {
                try o.set(name, main)
            }
            try o.track("refs/steward/offline/2", main)  // never taken either
            let audit = try #require(try o.ref("refs/steward/audit"))
            let claim = try #require(try o.ref("refs/steward/proposals/1"))
            let head = try #require(ObjectID(hex: p.head))
            let report = try await ws.catchUp(remote: "origin")
            #expect(report.taken.isEmpty && report.problems.isEmpty)
            #expect(
                report.onlyLocal == [
                    RefPush(ref: "refs/steward/proposals/1", new: claim, expected: nil),
                    RefPush(ref: "refs/heads/steward/1", new: head, expected: nil),
                    RefPush(ref: "refs/steward/audit", new: audit, expected: nil),
                ])
            #expect(try o.ref("refs/steward/offline/2") == nil)
            // Once the remote holds them, what moved on since is pushed with the remote's value as lease.
            try o.mirror()
            let approved = try #require(ObjectID(hex: try await ws.approve(1, by: "alice").commit))
            let id = try ws.makeMachineID()
            let trail = try o.commit(on: main, [:], message: "event")
            try o.set("refs/steward/trail/\(id)", trail)
            let after = try await ws.catchUp(remote: "origin")
            let newAudit = try #require(try o.ref("refs/steward/audit"))
            #expect(
                after.onlyLocal == [
                    RefPush(ref: "refs/steward/applied/1", new: approved, expected: nil),
                    RefPush(ref: "refs/heads/steward/1", new: nil, expected: head),
                    RefPush(ref: "refs/steward/audit", new: newAudit, expected: audit),
                    RefPush(ref: "refs/steward/trail/\(id)", new: trail, expected: nil),
                    RefPush(ref: "refs/heads/main", new: approved, expected: main),
                ])
            #expect(after.main == .ahead(commits: 3) && after.taken.isEmpty && after.problems.isEmpty)
        }
    }
}
