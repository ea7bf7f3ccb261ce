import Foundation
import StewardTestSupport
import Testing

/// `[database] query_timeout_seconds` reaches every query a command makes (spec 23.1, 23.8): a
/// query that waits on a lock nobody lets go of ends after it, as a lost connection, and the
/// command says so in one line.
@Suite("[database] query_timeout_seconds in a command")
struct DatabaseQueryTimeoutCLITests {
    @Test func aQueryWaitingOnAHeldLockEndsAfterTheSetTimeOut() async throws {
        let h = try await Household(machines: 1, leaseSeconds: 5, extraConfig: "query_timeout_seconds = 1\n")
        #expect(try await h.steward(0, ["tasks"]).status == 0)
        // Another session holds the task table until it is ended: `steward tasks` cannot read it.
        let (server, name) = (h.server, h.database.name)
        // On a thread of its own: psql blocks until its session is ended, which the cooperative pool must not wait on.
        Thread.detachNewThread {
            _ = try? server.psql("BEGIN; LOCK TABLE task IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(3600); COMMIT", database: name)
        }
        defer {
            _ = try? h.psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(3600)%' AND pid <> pg_backend_pid()")
        }
        try await eventually("the task table locked") {
            try h.psql("SELECT count(*) FROM pg_locks WHERE relation = 'task'::regclass AND mode = 'AccessExclusiveLock' AND granted") == "1"
        }
        let r = try await h.steward(0, ["tasks"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("did not answer within 1 s ([database] query_timeout_seconds"), "\(r.stderr)")
    }
}
