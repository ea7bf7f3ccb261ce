import Foundation
import StewardCore
import StewardGit
import StewardSandbox
import StewardTestSupport
import Testing

/// A fetch made while another machine's `approve` lands on the remote (spec 22.7): git writes
/// an atomic push's refs one at a time and does not hold a fetch off meanwhile, so the fetch
/// can see `main` with the approval's merge and not yet `applied/N`. That is not a merge made
/// outside Steward: the remote, asked again for `applied/N`, holds it. A fake remote stands in
/// for git; what "the remote" holds is written under `refs/steward-sync/origin/`.
@Suite("An approval a fetch saw half-written is not a merge made outside Steward")
struct OutsideMergeTornFetchTests {
    /// #1's merge on the remote's main, its `applied/1` not fetched; the fetch that asks again
    /// finds it. Nothing is recorded or pushed, `main` stays and `recordRaced` makes `sync` fetch
    /// again; that fetch's catch-up takes the approval, with no event of this machine. (Before:
    /// #1 was recorded as merged outside by its merge's author and the record pushed, which
    /// the remote refused: `applied/1` was there.)
    @Test func anApprovalSeenHalfWrittenIsTakenNotRecorded() async throws {
        try await withTemporaryDirectory { dir in
            // The remote finishes writing the approval: a fetch of applied/1 finds it at main's merge.
            let remote = FakeRemote(onFetch: { root in
                let o = CatchUpRepo(root: root)
                try o.track("refs/steward/applied/1", try #require(try o.ref("refs/steward-sync/origin/heads/main")))
            })
            let s = try await OutsideMergeRaceTests().setUp(dir, remote)
            let before = try OutsideMergeRaceTests().refs(s.ws.root)
            let pushes = remote.pushes.count
            let report = try await s.ws.catchUp(remote: "origin")
            let behind = Int(
                try gitCLI(["rev-list", "--count", s.merge.hex, "^" + s.main.hex], in: s.ws.root).trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(report.main == .behindBlocked(commits: try #require(behind)) && report.recordRaced && report.mergedOutside.isEmpty)
            #expect(
                report.problems == [
                    "#1 was approved on origin while this machine fetched (main there merges it, and its approval's other refs were still being written): nothing was recorded and main here stays at \(s.main.short); run 'steward sync' again"
                ])
            #expect(remote.fetches == [["refs/steward/applied/1"]])
            #expect(remote.pushes.count == pushes, "nothing pushed: \(remote.pushes.dropFirst(pushes))")
            #expect(try OutsideMergeRaceTests().refs(s.ws.root) == before)

            // The next fetch brings the rest of the approval: taken, and no event written here.
            try s.o.track("refs/heads/steward/1", nil)
            let next = try await s.ws.catchUp(remote: "origin")
            #expect(next.main == .fastForwarded(from: s.main, to: s.merge) && next.problems.isEmpty && next.mergedOutside.isEmpty)
            #expect(try s.o.ref("refs/steward/applied/1") == s.merge && s.o.ref("refs/heads/steward/1") == nil)
            #expect(try s.o.ref(s.chain) == s.mine)
            #expect(try await s.ws.auditEvents().filter { $0.kind == .approved }.isEmpty)
            #expect(try await s.ws.proposal(1).status == .approved)
            #expect(remote.pushes.count == pushes && remote.fetches.count == 1)
        }
    }

    /// The remote, asked again, still lacks `applied/1`: the merge is one made outside Steward,
    /// recorded and pushed as before.
    @Test func aMergeTheRemoteHoldsNoApprovalForIsRecorded() async throws {
        try await withTemporaryDirectory { dir in
            let remote = FakeRemote()
            let s = try await OutsideMergeRaceTests().setUp(dir, remote)
            let report = try await s.ws.catchUp(remote: "origin")
            #expect(report.main == .fastForwarded(from: s.main, to: s.merge) && report.problems.isEmpty && !report.recordRaced)
            #expect(report.mergedOutside.map(\.number) == [1] && remote.fetches == [["refs/steward/applied/1"]])
            #expect(remote.pushes.last?.map(\.ref).contains("refs/steward/applied/1") == true)
        }
    }
}
