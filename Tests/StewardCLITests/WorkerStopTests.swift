import Foundation
import StewardTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Stopping queued work (issue 17, spec 23.4): a stalled worker that wakes up after its task
/// was taken over can change nothing; a cancel from another machine; SIGTERM gives the lease
/// back. Real `steward worker` processes, a real PostgreSQL and git daemon remote.
@Suite("steward worker: a stalled holder refused, cancel from another machine, SIGTERM", .serialized)
struct WorkerStopTests {
    /// A worker stopped (SIGSTOP) mid-task past its lease: another takes the task over, settles
    /// the cloud reservation the first left open, and finishes it; continued, the stale worker's renewal and writes are refused and it stops.
    @Test func aStalledWorkerThatWakesUpAfterTheHandOverWritesNothing() async throws {
        let server = try await TestHTTPServer.start(queueModel(hangAfterWrite: true))
        defer { Task { await server.stop() } }
        let h = try await Household.withModel(server.url, machines: 2, leaseSeconds: 2)
        let id = try await h.enqueue(0, "Write outputs/s1.md")
        let a = try BackgroundSteward.worker(h, 0)
        try await eventually("the first worker waits on its second reply") { server.requests.filter(hasToolResult).count == 1 }
        a.signal(SIGSTOP)
        // A cloud call of the stalled holder, reserved and never settled (spec 23.7): the
        // worker that takes the task over settles it at its maximum, since it may be billed.
        try h.psql("INSERT INTO budget_reservation (task, fence, model_name, max_usd) VALUES ('\(id)', 1, 'cloud', 0.004)")
        let b = try BackgroundSteward.worker(h, 1)
        try await eventually("the task done on the second machine") { try h.psql("SELECT status FROM task") == "done" }
        #expect(try h.psql("SELECT settled IS NOT NULL, call IS NOT NULL FROM budget_reservation") == "t|t")
        #expect(try h.psql("SELECT outcome, cost_usd, cloud FROM model_call WHERE task = '\(id)' AND purpose = 'abandoned'") == "abandoned|0.004|t")
        #expect(b.log.contains("task \(id): 1 cloud reservation(s) left open by the earlier holder settled at their maximum"), "\(b.log)")
        let before = try h.psql("SELECT count(*), max(idx) FROM task_step WHERE fence = 1")
        let events = try h.psql("SELECT count(*) FROM task_event WHERE fence = 1")
        a.signal(SIGCONT)
        try await eventually("the stale worker told its lease is lost", seconds: 30) { a.log.contains("task \(id): lease lost (fence 1)") }
        try await eventually("the stale worker stopped the task", seconds: 30) { a.log.contains("task \(id): stopped") }
        #expect(a.log.contains("was refused"), "\(a.log)")
        // Nothing it did after waking landed: the task is still the second holder's, done.
        #expect(try h.psql("SELECT status, fence, proposal FROM task") == "done|2|1")
        #expect(try h.psql("SELECT count(*), max(idx) FROM task_step WHERE fence = 1") == before)
        #expect(try h.psql("SELECT count(*) FROM task_event WHERE fence = 1") == events)
        #expect(try await h.remoteRefs("refs/steward/proposals/") == ["refs/steward/proposals/1"])
        for w in [a, b] { w.signal(SIGTERM) }
        for w in [a, b] { #expect(await w.waitExit() == 0, "\(w.log)") }
    }

    /// From machine B: a queued task is cancelled at once and never runs; the running one is
    /// stopped by its worker on machine A and ends interrupted.
    @Test func cancelFromAnotherMachineStopsTheRunningTaskAndDropsAQueuedOne() async throws {
        let server = try await TestHTTPServer.start(queueModel(hangAfterWrite: true))
        defer { Task { await server.stop() } }
        // A lease far longer than the test: its renewal (every third) never comes within the wait
        // below, so only the `steward_cancel` notice can stop the running task in time.
        let h = try await Household.withModel(server.url, machines: 2, leaseSeconds: 600)
        let running = try await h.enqueue(0, "Write outputs/c1.md")
        let queued = try await h.enqueue(0, "Write outputs/c2.md")
        let a = try BackgroundSteward.worker(h, 0)
        try await eventually("the worker waits on the first task's second reply") { server.requests.filter(hasToolResult).count == 1 }

        let dropped = try await h.steward(1, ["cancel", queued])
        #expect(dropped.status == 0, "\(dropped.stderr)")
        #expect(dropped.stdout.contains("Task \(queued) cancelled: it was queued and never ran."))
        #expect(try h.psql("SELECT status FROM task WHERE id = '\(queued)'") == "cancelled")

        let stopped = try await h.steward(1, ["cancel", String(running.dropLast())])
        #expect(stopped.status == 0, "\(stopped.stderr)")
        #expect(stopped.stdout.contains("Task \(running) is running on ") && stopped.stdout.contains("its worker was told to stop it"))
        try await eventually("the running task interrupted", seconds: 30) {
            try h.psql("SELECT status FROM task WHERE id = '\(running)'") == "interrupted"
        }
        #expect(try h.psql("SELECT error FROM task WHERE id = '\(running)'").contains("cancelled"))
        #expect(try h.psql("SELECT proposal FROM task WHERE id = '\(running)'") == "1")
        #expect(try await h.remoteFile("refs/heads/steward/1", "outputs/c1.md") == "written for outputs/c1.md\n")

        // The cancelled one is never claimed, however long the worker looks.
        let again = try await h.steward(1, ["cancel", running])
        #expect(again.status == 4 && again.stderr.contains("already ended (interrupted); there is nothing to cancel"))
        a.signal(SIGTERM)
        #expect(await a.waitExit() == 0, "\(a.log)")
        #expect(try h.psql("SELECT count(*) FROM task_claim WHERE task = '\(queued)'") == "0")
        #expect(server.requests.filter { $0.text.contains("outputs/c2.md") }.isEmpty)
    }

    /// SIGTERM mid-task: the worker exits 0 having given its lease back (the task still
    /// running, its lease ended), and another machine's worker continues it at once.
    @Test func sigtermGivesTheLeaseBackAndAnotherWorkerContinues() async throws {
        let server = try await TestHTTPServer.start(queueModel(hangAfterWrite: true))
        defer { Task { await server.stop() } }
        // A lease far longer than the test: only the release lets B take the task.
        let h = try await Household.withModel(server.url, machines: 2, leaseSeconds: 600)
        let id = try await h.enqueue(0, "Write outputs/t1.md")
        let a = try BackgroundSteward.worker(h, 0)
        try await eventually("the worker waits on its second reply") { server.requests.filter(hasToolResult).count == 1 }
        a.signal(SIGTERM)
        #expect(await a.waitExit() == 0, "\(a.log)")
        #expect(a.log.contains("task \(id): given back (shutting down)"), "\(a.log)")
        #expect(try h.psql("SELECT status, fence, lease_until <= clock_timestamp() FROM task") == "running|1|t")

        let b = try BackgroundSteward.worker(h, 1)
        try await eventually("the task done on the second machine", seconds: 60) { try h.psql("SELECT status FROM task") == "done" }
        b.signal(SIGINT)
        #expect(await b.waitExit() == 0, "\(b.log)")
        #expect(try h.psql("SELECT fence, previous_worker IS NOT NULL FROM task_claim ORDER BY fence") == "1|f\n2|t")
        #expect(try await h.remoteFile("refs/heads/steward/1", "outputs/handover.md") == "written for outputs/handover.md\n")
    }
}
