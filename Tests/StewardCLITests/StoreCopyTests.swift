import Foundation
import Testing

/// A store is an index of its own workspace's audit trail (issue 13, item 9).
@Suite("A store from elsewhere is not trusted")
struct StoreCopyTests {
    /// Two workspaces with the same number of events, different agents and titles; `a`'s
    /// store is copied over `b`'s (as a person restoring the wrong backup would).
    func twoWorkspacesWithACopiedStore() async throws -> (Sandbox, Sandbox) {
        let a = try Sandbox()
        let b = try Sandbox()
        for (s, agent, title) in [(a, "mallory", "from a"), (b, "cli", "from b")] {
            try await s.ok("init")
            _ = try await s.propose(title, writeOp("memory/x.md", title), agent: agent)
            _ = try await s.ok("log")  // builds the store
        }
        // The database and its write-ahead log, which may still hold what `log` wrote.
        let store = "/.steward/steward.db"
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: b.ws + store + suffix)
            if FileManager.default.fileExists(atPath: a.ws + store + suffix), suffix != "-shm" {
                try FileManager.default.copyItem(atPath: a.ws + store + suffix, toPath: b.ws + store + suffix)
            }
        }
        return (a, b)
    }

    @Test func doctorRebuildsAStoreCopiedFromAnotherWorkspaceAndSaysSo() async throws {
        let (_, b) = try await twoWorkspacesWithACopiedStore()
        let r = try await b.steward("doctor")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("fixed: the store's events differ from the audit trail at event 1 (indexed from audit commit"), "\(r.stdout)")
        #expect(r.stdout.contains("a store from another workspace?); rebuilt the store from git"), "\(r.stdout)")
        let log = try json(try await b.ok("log", "--json")) as! [[String: Any]]
        #expect(log.map { $0["title"] as? String } == ["from b"] && log.first?["actor"] as? String == "cli")
        #expect(try await b.ok("doctor").contains("All good"))
    }

    @Test func logNeverShowsAnotherWorkspacesEvents() async throws {
        let (_, b) = try await twoWorkspacesWithACopiedStore()
        let log = try json(try await b.ok("log", "--json")) as! [[String: Any]]
        #expect(log.map { $0["title"] as? String } == ["from b"] && log.first?["actor"] as? String == "cli")
    }
}
