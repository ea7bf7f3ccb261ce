import Foundation
import StewardTestSupport
import Testing

/// A merge pushed to the remote's `main` with plain git (spec 22.7, the row of 22.10): `sync`
/// records a merge of the recorded head as the approval of its author and pushes the record; a
/// merge of another head is a problem and nothing is recorded.
@Suite("A merge pushed with plain git, through a real remote")
struct OutsideMergeCLITests {
    @Test("bob merges #1's recorded head and a head of #2 he added to, with git; sync on A records #1 as his, reports #2")
    func plainGitMergesOfTheRecordedHeadAndOfAnother() async throws {
        let remote = try GitDaemon.shared().makeRepository()
        let a = try await SyncCLITests.machineA(remote: remote.url)
        #expect(try await a.propose("First", writeOp("memory/a.md", "one\n")) == 1)
        #expect(try await a.propose("Second", writeOp("memory/b.md", "two\n")) == 2)
        try await a.ok("sync")
        // Bob, with plain git in a clone of his own.
        let bob = a.dir + "/bob"
        _ = try gitCLI(["clone", "--quiet", "--branch", "main", remote.path, bob], in: a.dir)
        let me = ["-c", "user.name=bob", "-c", "user.email=bob@elsewhere"]
        _ = try gitCLI(["fetch", "--quiet", "origin", "refs/heads/steward/*:refs/remotes/origin/steward/*"], in: bob)
        _ = try gitCLI(me + ["merge", "--no-ff", "--quiet", "-m", "Merge steward/1", "origin/steward/1"], in: bob)
        _ = try gitCLI(["checkout", "--quiet", "-b", "two", "origin/steward/2"], in: bob)
        try Data("two, and more\n".utf8).write(to: URL(fileURLWithPath: bob + "/memory/b.md"))
        _ = try gitCLI(me + ["commit", "--quiet", "-am", "more"], in: bob)
        _ = try gitCLI(["checkout", "--quiet", "main"], in: bob)
        _ = try gitCLI(me + ["merge", "--no-ff", "--quiet", "-m", "Merge two", "two"], in: bob)
        _ = try gitCLI(["push", "--quiet", "origin", "main"], in: bob)
        let merged = try gitCLI(["rev-parse", "main~1"], in: bob).trimmingCharacters(in: .whitespacesAndNewlines)

        let r = try await a.steward("sync")
        #expect(r.status == 4, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("problem: #2's commits are in main but were merged with git, outside Steward"), "\(r.stdout)")
        #expect(!r.stdout.contains("problem: #1"), "\(r.stdout)")
        #expect(try await SyncCLITests.pending(a).map(\.number) == [2])
        let approved = try await SyncCLITests.events(a).filter { $0["kind"] as? String == "approved" }
        #expect(approved.count == 1)
        #expect(approved.first?["proposal"] as? Int == 1 && approved.first?["actor"] as? String == "bob")
        #expect(approved.first?["reason"] as? String == "merged outside Steward (on origin)")
        #expect(approved.first?["commit"] as? String == merged)
        // Pushed: the remote holds the record and no branch of #1; #2 is left as it was.
        let there = try SyncCLITests.sharedRefs(remote.path)
        #expect(there["refs/steward/applied/1"] == merged && there["refs/heads/steward/1"] == nil)
        #expect(there["refs/steward/applied/2"] == nil && there["refs/heads/steward/2"] != nil)
        #expect(there == (try SyncCLITests.sharedRefs(a.ws)))
    }
}
