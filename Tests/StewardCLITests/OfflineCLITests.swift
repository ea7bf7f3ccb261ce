import Foundation
import StewardTestSupport
import Testing

/// Spec 22.10's row "propose with the remote stopped": `(offline) o1`, approve refuses (exit 4);
/// with the remote back, `sync` numbers it; a second clone sees it (spec 22.4, "Offline").
@Suite("Offline proposals through a real git remote")
struct OfflineCLITests {
    @Test("propose with origin not answering gives o1; approve o1 refuses; sync numbers it and a clone sees #2 with the same tree")
    func proposeOfflineThenSync() async throws {
        let remote = try GitDaemon.shared().makeRepository()
        let a = try await SyncCLITests.machineA(remote: remote.url)
        #expect(try await a.propose("First", writeOp("memory/a.md", "one\n")) == 1)
        try await a.ok("sync")
        // origin stops answering: a closed loopback port.
        _ = try await a.git("remote", "set-url", "origin", "git://127.0.0.1:\(try freeLoopbackPort())/nothing.git")
        let sharedBefore = try SyncCLITests.sharedRefs(a.ws)
        let made = try await a.steward(["propose", "--title", "Offline note", "--agent", "test"], stdin: writeOp("memory/o.md", "offline\n"))
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("Proposed o1 offline") && made.stdout.contains("next 'steward sync'"), "\(made.stdout)")
        let json = try SyncCLITests.object(
            try await a.ok("propose", "--title", "Second offline", "--agent", "test", "--json", stdin: writeOp("memory/p.md", "p\n")))
        #expect(json["offline"] as? String == "o2" && json["number"] as? Int == 0)
        // Nothing shared changed: the offline refs are all that is new.
        #expect(try SyncCLITests.sharedRefs(a.ws).filter { !$0.key.hasPrefix("refs/steward/offline/") } == sharedBefore)
        // review lists them after the numbered ones; diff shows one.
        let review = try await a.ok("review")
        let rows = review.split(separator: "\n")
        #expect(rows.count == 4 && rows[1].hasPrefix("1 ") && rows[2].hasPrefix("(offline) o1") && rows[3].hasPrefix("(offline) o2"), "\(review)")
        let listed: [[String: Any]] = try SyncCLITests.shaped(try await a.ok("review", "--json"))
        #expect(listed.map { $0["offline"] as? String } == [nil, "o1", "o2"])
        let diff = try await a.ok("diff", "o1")
        #expect(diff.contains("Proposal o1 (offline") && diff.contains("+offline"), "\(diff)")
        #expect(try await a.ok("status").contains("o1 Offline note"))
        // A comment on it stays here until it has a number.
        #expect(try await a.ok("comment", "o1", "memory/o.md:1", "why offline?").contains("Comment 1 on o1"))
        #expect(try await a.ok("comments", "o1").contains("why offline?"))
        // Every decision on it refuses, exit 4, nothing changed (online or not); `revise o1` adds
        // to it (OfflineAgentRunTests), and `comment o1 --resolve K` resolves on o1's own chain
        // (OfflineResolveTests).
        let refsBefore = try SyncCLITests.allRefs(a.ws)
        for args in [["approve", "o1", "--yes"], ["reject", "o1"], ["rollback", "o1"], ["refresh", "o1"]] {
            let r = try await a.steward(args)
            #expect(r.status == 4, "\(args): \(r.stderr)")
            #expect(r.stderr.contains("o1 has no number yet; run 'steward sync'"), "\(args): \(r.stderr)")
        }
        #expect(try SyncCLITests.allRefs(a.ws) == refsBefore)
        // A sync while origin still does not answer numbers nothing.
        #expect(try await a.steward("sync").status != 0)
        #expect(try await a.git("for-each-ref", "refs/steward/offline").split(separator: "\n").count == 2)
        // origin answers again: sync numbers them, oldest first.
        let offlineTree = try await a.git("rev-parse", "refs/steward/offline/1^{tree}")
        _ = try await a.git("remote", "set-url", "origin", remote.url)
        let synced = try await a.steward("sync")
        #expect(synced.status == 0, "\(synced.stderr)")
        #expect(synced.stdout.contains("o1 is now #2") && synced.stdout.contains("o2 is now #3"), "\(synced.stdout)")
        #expect(try await a.git("for-each-ref", "refs/steward/offline").isEmpty)
        #expect(try await SyncCLITests.pending(a).map(\.number) == [1, 2, 3])
        // Another machine sees #2 with the same tree; the remote holds no offline ref.
        let b = try Sandbox()
        #expect(try await b.steward(["clone", remote.url, b.ws], workspace: false).status == 0)
        #expect(try await SyncCLITests.pending(b).map(\.title) == ["First", "Offline note", "Second offline"])
        #expect(try await b.git("rev-parse", "refs/heads/steward/2^{tree}") == offlineTree)
        let proposed = try await SyncCLITests.events(b).filter { $0["kind"] as? String == "proposed" && $0["proposal"] as? Int == 2 }
        #expect(proposed.count == 1 && proposed.first?["provisional"] as? String == "o1")
        #expect(try await b.ok("comments", "2").contains("why offline?"))
        #expect(try SyncCLITests.sharedRefs(remote.path).keys.allSatisfy { !$0.contains("offline") })
        // A second sync changes nothing; git finds everything sound.
        #expect(try await a.ok("sync").contains("Already in step"))
        for dir in [a.ws, b.ws, remote.path] { _ = try gitCLI(["fsck", "--strict", "--no-progress"], in: dir) }
    }
}
