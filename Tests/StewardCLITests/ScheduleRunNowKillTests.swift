import Foundation
import StewardTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A `schedule run-now` killed mid-task (issue 17, spec 23.6 "Run now"): its task, run in the
/// killed process outside the queue, no longer blocks the schedule for ever. The run holds a
/// lease it renews; once that lapses, the schedule's next run ends the task `interrupted` and
/// starts, and no worker takes the task over meanwhile. Real processes (kill -9), a real
/// PostgreSQL and a git daemon remote.
@Suite("schedule run-now killed with kill -9", .serialized)
struct ScheduleRunNowKillTests {
    /// The first run's second reply never comes (its process is killed while it waits); every
    /// later run finishes.
    final class FirstRunHangs: @unchecked Sendable {
        // @unchecked: `hung` is read and written under `lock`.
        let lock = NSLock()
        var hung = false

        func respond(_ req: TestRequest) -> TestResponse {
            let hang = lock.withLock {
                guard hasToolResult(req), !hung else { return false }
                hung = true
                return true
            }
            return hang ? .hang : queueModel()(req)
        }
    }

    /// run-now on machine A, killed with SIGKILL while its model's second reply is awaited:
    /// its task stays `running` under A's lease (600 s, so no load lets it lapse; the test
    /// ends it once A is dead). While the lease holds, run-now on B is refused; a worker on B
    /// leaves the lapsed task alone; then run-now on B ends it `interrupted` (its proposal
    /// kept) and runs the schedule's task to `done`.
    @Test func aKilledRunNowBlocksTheScheduleOnlyWhileItsLeaseHolds() async throws {
        let model = FirstRunHangs()
        let server = try await TestHTTPServer.start { model.respond($0) }
        defer { Task { await server.stop() } }
        let h = try await Household.withModel(server.url, machines: 2, leaseSeconds: 600, config: modelConfig(server.url, extra: "timeout = 3600"))
        // Due only on 1 January at midnight: no run but those asked for.
        let added = try await h.steward(0, ["schedule", "add", "0 0 1 1 *", "Write outputs/k1.md", "--agent", "fileops", "--json"])
        #expect(added.status == 0, "\(added.stderr)")
        let schedule = try #require((try json(added.stdout) as? [String: Any])?["id"] as? Int, "\(added.stdout)")
        let a = try BackgroundSteward(h, 0, ["schedule", "run-now", "\(schedule)"])
        try await eventually("the run waits on its second reply") { server.requests.filter(hasToolResult).count == 1 }
        let first = try h.psql("SELECT last_task FROM schedule")
        #expect(try h.psql("SELECT status, fence, lease_until > clock_timestamp() FROM task WHERE id = '\(first)'") == "running|0|t")
        let busy = try await h.steward(1, ["schedule", "run-now", "\(schedule)"])
        #expect(busy.status == 4 && busy.stderr.contains("is still running task \(first)"), "\(busy.stdout)\(busy.stderr)")
        a.signal(SIGKILL)
        _ = await a.waitExit()
        #expect(try h.psql("SELECT status FROM task WHERE id = '\(first)'") == "running")
        // A is dead: its lease runs out unrenewed (ended here rather than waited for).
        _ = try h.psql("UPDATE task SET lease_until = clock_timestamp() - interval '1 second' WHERE id = '\(first)'")
        // A worker does not take it over: it was never the queue's.
        let w = try BackgroundSteward.worker(h, 1)
        try await eventually("the worker idle") { w.log.contains("waiting for a queued task") }
        w.signal(SIGTERM)
        #expect(await w.waitExit() == 0, "\(w.log)")
        #expect(try h.psql("SELECT status, fence FROM task WHERE id = '\(first)'") == "running|0")
        let ran = try await h.steward(1, ["schedule", "run-now", "\(schedule)"])
        #expect(ran.status == 0, "\(ran.stdout)\(ran.stderr)")
        let row = try h.psql("SELECT status, lease_until IS NULL, finished IS NOT NULL FROM task WHERE id = '\(first)'")
        #expect(row == "interrupted|t|t", "\(row)")
        let error = try h.psql("SELECT error FROM task WHERE id = '\(first)'")
        #expect(
            error.contains(
                "process stopped renewing its lease before it ended the task (killed, or its machine stopped), so the next run of schedule \(schedule) ended it"
            ),
            "\(error)")
        #expect(try h.psql("SELECT count(*) FROM task_event WHERE task = '\(first)' AND kind = 'end'") == "1")
        // What A did stays in its proposal, pending (the run's row names it only at its end).
        #expect(try await h.remoteFile("refs/heads/steward/1", "outputs/k1.md") == "written for outputs/k1.md\n")
        let second = try h.psql("SELECT last_task FROM schedule")
        #expect(second != first)
        #expect(try h.psql("SELECT status, fence FROM task WHERE id = '\(second)'") == "done|0")
        #expect(try h.psql("SELECT count(*) FROM schedule_run") == "2")
        let shown = try await h.steward(1, ["task", first])
        #expect(shown.stdout.contains("Task \(first) — interrupted"), "\(shown.stdout)")
    }
}
