import Foundation
import StewardCore
import StewardGit
import StewardSandbox
import StewardTestSupport
import Testing

/// A merge made outside Steward, with a remote to push to (spec 22.7): the record is one atomic
/// push made before anything changes here, so of two machines recording the same merge at once
/// only one lands and the other records nothing. A fake remote stands in for git; what "the
/// remote" holds is written under `refs/steward-sync/origin/` as a fetch would.
@Suite("A merge made outside Steward, recorded by two machines at once")
struct OutsideMergeRaceTests: FakeRemoteSteps {
    struct Setup {
        var ws: Workspace
        var o: CatchUpRepo
        var main: ObjectID
        var head: ObjectID
        var merge: ObjectID
        var chain: String
        /// This machine's chain here, and as the remote holds it (one event behind).
        var mine: ObjectID
        var theirs: ObjectID
    }

    /// #1 proposed and pushed, then an event of this machine the remote does not hold yet
    /// (#2's), then bob's merge of #1's head pushed to the remote's main.
    func setUp(_ dir: String, _ remote: FakeRemote) async throws -> Setup {
        let ws = try await workspace(dir, remote)
        let o = CatchUpRepo(root: ws.root)
        _ = try await propose(ws, "a")
        let chain = try chain(ws)
        let theirs = try #require(try o.ref(chain))
        _ = try await propose(ws, "b")
        let mine = try #require(try o.ref(chain))
        try o.mirror()
        try o.track(chain, theirs)
        try o.track("refs/heads/steward/2", nil)
        try o.track("refs/steward/proposals/2", nil)
        let main = try #require(try o.ref("refs/heads/main"))
        let head = try #require(try o.ref("refs/heads/steward/1"))
        let merge = try o.commit(on: main, [:], treeOf: head, secondParent: head, author: "bob", message: "Merge branch 'steward/1'")
        try o.track("refs/heads/main", merge)
        return Setup(ws: ws, o: o, main: main, head: head, merge: merge, chain: chain, mine: mine, theirs: theirs)
    }

    func refs(_ root: String) throws -> String {
        try gitCLI(["for-each-ref", "--format=%(refname) %(objectname)", "refs/heads", "refs/steward"], in: root)
    }

    @Test func theFirstToRecordItPushesTheRecordBeforeMakingItHere() async throws {
        try await withTemporaryDirectory { dir in
            let remote = FakeRemote()
            let s = try await setUp(dir, remote)
            let report = try await s.ws.catchUp(remote: "origin")
            #expect(report.main == .fastForwarded(from: s.main, to: s.merge) && report.problems.isEmpty)
            #expect(report.mergedOutside.map(\.number) == [1] && !report.recordRaced)
            let now = try #require(try s.o.ref(s.chain))
            #expect(try gitCLI(["rev-parse", now.hex + "^"], in: s.ws.root).hasPrefix(s.mine.hex))
            #expect(
                Set(try #require(remote.pushes.last)) == [
                    RefPush(ref: "refs/steward/applied/1", new: s.merge, expected: nil),
                    RefPush(ref: "refs/heads/steward/1", new: nil, expected: s.head),
                    // From the remote's value: it carries #2's event, not pushed yet, too.
                    RefPush(ref: s.chain, new: now, expected: s.theirs),
                ])
            #expect(try s.o.ref("refs/steward/applied/1") == s.merge && s.o.ref("refs/heads/steward/1") == nil)
            // Only #2's claim and branch are left for sync to push.
            #expect(report.onlyLocal.map(\.ref) == ["refs/steward/proposals/2", "refs/heads/steward/2"])
        }
    }

    @Test func theSecondToRecordItRecordsNothingAndTakesTheFirstOnesRecord() async throws {
        try await withTemporaryDirectory { dir in
            let remote = FakeRemote()
            let s = try await setUp(dir, remote)
            let before = try refs(s.ws.root)
            let pushes = remote.pushes.count
            // Another machine's record of the same merge landed between the fetch and this push.
            remote.refuse(.leaseLost(refs: ["refs/steward/applied/1"], message: "stale info"))
            let report = try await s.ws.catchUp(remote: "origin")
            let behind = Int(
                try gitCLI(["rev-list", "--count", s.merge.hex, "^" + s.main.hex], in: s.ws.root).trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(report.main == .behindBlocked(commits: try #require(behind)) && report.recordRaced && report.mergedOutside.isEmpty)
            #expect(
                report.problems == [
                    "#1 was merged on origin outside Steward by bob (\(s.merge.short)), but its record did not reach origin: another machine recorded it at the same time (stale info); nothing was recorded and main here stays at \(s.main.short); run 'steward sync' again"
                ])
            #expect(remote.pushes.count == pushes + 1)
            // Nothing changed here: no applied/1, #1's branch, main and this machine's chain (with #2's event) as they were.
            #expect(try refs(s.ws.root) == before)
            // The next fetch brings the other machine's record; this machine takes it and writes no event of its own.
            try s.o.track("refs/steward/applied/1", s.merge)
            try s.o.track("refs/heads/steward/1", nil)
            let next = try await s.ws.catchUp(remote: "origin")
            #expect(next.main == .fastForwarded(from: s.main, to: s.merge) && next.problems.isEmpty && next.mergedOutside.isEmpty)
            #expect(try s.o.ref("refs/steward/applied/1") == s.merge && s.o.ref("refs/heads/steward/1") == nil)
            #expect(try s.o.ref(s.chain) == s.mine)
            #expect(try await s.ws.auditEvents().filter { $0.kind == .approved }.isEmpty)
            #expect(try await s.ws.proposal(1).status == .approved)
            // #2's event, never pushed, is kept and pushed by sync.
            #expect(next.onlyLocal.contains(RefPush(ref: s.chain, new: s.mine, expected: s.theirs)))
            #expect(remote.pushes.count == pushes + 1)
        }
    }
}
