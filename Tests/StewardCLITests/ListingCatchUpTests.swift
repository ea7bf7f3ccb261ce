import Foundation
import StewardTestSupport
import Testing

/// Commands that list catch up first (spec 22.6): `review` and `log` fetch and catch up when
/// the remote answers within `quick_timeout_seconds`, otherwise list what is local and say on
/// stderr how old it is. Every `steward` a child process; the remote a real `git daemon`.
@Suite("Listing commands catch up with the remote first")
struct ListingCatchUpTests {
    /// A (made by init) proposes #1 and syncs; B clones; A proposes #2 and syncs. B has not
    /// synced since, so only #1 is local on B.
    static func twoMachines() async throws -> (a: Sandbox, b: Sandbox) {
        let remote = try GitDaemon.shared().makeRepository()
        let a = try await SyncCLITests.machineA(remote: remote.url)
        #expect(try await a.propose("First", writeOp("memory/a.md", "one\n")) == 1)
        try await a.ok("sync")
        let b = try Sandbox()
        let clone = try await b.steward(["clone", remote.url, b.ws], workspace: false)
        #expect(clone.status == 0, "\(clone.stderr)")
        #expect(try await a.propose("Second", writeOp("memory/b.md", "two\n")) == 2)
        try await a.ok("sync")
        return (a, b)
    }

    @Test("review and log on B list what A proposed and synced, without B running sync; nothing said on stderr")
    func reviewAndLogCatchUp() async throws {
        let (_, b) = try await Self.twoMachines()
        let review = try await b.steward("review", "--json")
        #expect(review.status == 0, "\(review.stderr)")
        let list: [[String: Any]] = try SyncCLITests.shaped(review.stdout)
        #expect(list.map { $0["number"] as? Int } == [1, 2])
        #expect(review.stderr.isEmpty, "\(review.stderr)")
        #expect(try await b.ok("review").contains("Second"))
        let log = try await b.steward("log", "--json")
        #expect(log.status == 0, "\(log.stderr)")
        let events: [[String: Any]] = try SyncCLITests.shaped(log.stdout)
        #expect(events.filter { $0["kind"] as? String == "proposed" }.count == 2)
        #expect(log.stderr.isEmpty, "\(log.stderr)")
    }

    @Test("a remote that does not answer: review and log exit 0, list what is local, and say on stderr how old it is")
    func unreachableRemoteListsWhatIsLocal() async throws {
        let (_, b) = try await Self.twoMachines()
        let closed = "git://127.0.0.1:\(try freeLoopbackPort())/nothing.git"
        _ = try await b.git("remote", "set-url", "origin", closed)
        // The last good sync (the clone's) made 3 h 12 min ago.
        let state = b.ws + "/.steward/sync.json"
        var last = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: state))) as? [String: Any])
        let f = ISO8601DateFormatter()
        last["date"] = f.string(from: Date().addingTimeInterval(-(3 * 3600 + 12 * 60)))
        try JSONSerialization.data(withJSONObject: last).write(to: URL(fileURLWithPath: state))
        let review = try await b.steward("review", "--json")
        #expect(review.status == 0, "\(review.stderr)")
        let list: [[String: Any]] = try SyncCLITests.shaped(review.stdout)
        #expect(list.map { $0["number"] as? Int } == [1])
        #expect(review.stderr.contains("(not synced with origin for 3 h: it did not answer)"), "\(review.stderr)")
        let text = try await b.steward("review")
        #expect(text.status == 0 && text.stdout.contains("First") && !text.stdout.contains("Second"), "\(text.stdout)")
        // Never synced: said so.
        try FileManager.default.removeItem(atPath: state)
        let log = try await b.steward("log", "--json")
        #expect(log.status == 0, "\(log.stderr)")
        let events: [[String: Any]] = try SyncCLITests.shaped(log.stdout)
        #expect(events.filter { $0["kind"] as? String == "proposed" }.count == 1)
        #expect(log.stderr.contains("(never synced with origin: it did not answer)"), "\(log.stderr)")
    }

    @Test("status on B takes main as A pushed it, without sync; with origin unreachable it says how old its figures are")
    func statusCatchesUp() async throws {
        let (a, b) = try await Self.twoMachines()
        try a.write("notes.md", "mine\n")
        _ = try await a.git("add", "notes.md")
        _ = try await a.git("-c", "user.name=p", "-c", "user.email=p@x", "commit", "-q", "-m", "mine")
        try await a.ok("sync")
        let aMain = try await a.git("rev-parse", "main").trimmingCharacters(in: .whitespacesAndNewlines)
        let r = try await b.steward("status", "--json")
        #expect(r.status == 0 && r.stderr.isEmpty, "\(r.stderr)")
        let s = try SyncCLITests.object(r.stdout)
        #expect(s["main"] as? String == aMain)
        #expect(s["behind"] as? Int == 0)
        _ = try await b.git("remote", "set-url", "origin", "git://127.0.0.1:\(try freeLoopbackPort())/nothing.git")
        let off = try await b.steward("status")
        #expect(off.status == 0, "\(off.stderr)")
        #expect(off.stderr.contains("(not synced with origin for ") && off.stderr.contains(": it did not answer)"), "\(off.stderr)")
    }

    @Test("no remote: review, log and status fetch nothing and say nothing on stderr")
    func noRemoteSaysNothing() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        #expect(try await s.propose("First", writeOp("memory/a.md", "one\n")) == 1)
        for args in [["review"], ["review", "--json"], ["log"], ["log", "--json"], ["status"]] {
            let r = try await s.steward(args)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(r.stderr.isEmpty, "\(args): \(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: s.ws + "/.steward/sync.json"))
        #expect(try await s.git("for-each-ref", "refs/steward-sync").isEmpty)
    }
}
