import Foundation
import StewardTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A cancel that reaches nobody (issue 17, spec 23.4 "Cancel"): asked while the holder's lease
/// is live, so it is only flagged for that holder, which is killed before it hears it. Real
/// `steward worker` processes, a real PostgreSQL and git daemon remote.
@Suite("steward worker: a cancel its killed holder never heard", .serialized)
struct WorkerUnheardCancelTests {
    /// A is stopped (so it hears nothing), the task is cancelled from machine B while A's lease
    /// is live, then A is killed: B's worker, idle, ends the task interrupted once the lease
    /// lapses, as a cancel ends it (its proposal kept on the remote, pending), and `steward task`
    /// says so. The lease is long (600 s) and the test ends it once A is dead, so no load can
    /// let it lapse before the cancel (a 10 s one did on a loaded CI: B took the task over and
    /// finished it) and no clock decides when B sees it lapsed.
    @Test func aCancelWhoseHolderWasKilledEndsTheTaskOnceItsLeaseLapses() async throws {
        let server = try await TestHTTPServer.start(queueModel(hangAfterWrite: true))
        defer { Task { await server.stop() } }
        // A's hung second reply waits however long the test is starved (no idle time-out).
        let h = try await Household.withModel(
            server.url, machines: 2, leaseSeconds: 600, config: modelConfig(server.url, extra: "timeout = 3600"))
        let id = try await h.enqueue(0, "Write outputs/u1.md")
        let a = try BackgroundSteward.worker(h, 0)
        try await eventually("the first worker waits on its second reply") { server.requests.filter(hasToolResult).count == 1 }
        let b = try BackgroundSteward.worker(h, 1)
        try await eventually("the second worker idle") { b.log.contains("waiting for a queued task") }
        a.signal(SIGSTOP)
        let asked = try await h.steward(1, ["cancel", id])
        #expect(asked.status == 0, "\(asked.stderr)")
        // The lease was live: the cancel is only flagged for A, which never hears it.
        #expect(asked.stdout.contains("Task \(id) is running on ") && asked.stdout.contains("its worker was told to stop it"), "\(asked.stdout)")
        a.signal(SIGKILL)
        _ = await a.waitExit()
        #expect(try h.psql("SELECT status FROM task WHERE id = '\(id)'") == "running")
        // A is dead: its lease runs out unrenewed (ended here rather than waited for).
        _ = try h.psql("UPDATE task SET lease_until = clock_timestamp() - interval '1 second' WHERE id = '\(id)'")
        try await eventually("the task ended by the second machine's worker", seconds: 60) {
            try h.psql("SELECT status FROM task WHERE id = '\(id)'") == "interrupted"
        }
        #expect(try h.psql("SELECT fence, proposal, worker IS NULL FROM task") == "1|1|t")
        #expect(try h.psql("SELECT count(*) FROM task_claim") == "1")
        #expect(try h.psql("SELECT kind FROM task_event WHERE task = '\(id)' AND kind IN ('cancel', 'end') ORDER BY id") == "cancel\nend")
        #expect(b.log.contains("task \(id) interrupted: it was cancelled, and its worker stopped renewing its lease"), "\(b.log)")
        // What A did stays in its proposal, pending, as a cancel leaves it.
        #expect(try await h.remoteFile("refs/heads/steward/1", "outputs/u1.md") == "written for outputs/u1.md\n")
        let shown = try await h.steward(1, ["task", id])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("Task \(id) — interrupted"), "\(shown.stdout)")
        #expect(shown.stdout.contains("Proposal: #1"), "\(shown.stdout)")
        #expect(shown.stdout.contains("('steward cancel'); what was done so far stays in the proposal; its worker "), "\(shown.stdout)")
        #expect(shown.stdout.contains("stopped renewing its lease before it ended the task, so worker "), "\(shown.stdout)")
        let again = try await h.steward(1, ["cancel", id])
        #expect(again.status == 4 && again.stderr.contains("already ended (interrupted); there is nothing to cancel"), "\(again.stderr)")
        b.signal(SIGTERM)
        #expect(await b.waitExit() == 0, "\(b.log)")
        // Nobody ran it again.
        #expect(server.requests.filter(hasToolResult).count == 1)
    }
}
