import Foundation
import StewardCore
import StewardPostgres
import Testing

/// A run asked for that `run-now` runs here holds a lease its process renews (spec 23.6, "Run
/// now"): while it holds, no other run of the schedule starts; once it lapsed (the process
/// killed), the schedule's due run ends the task `interrupted` and starts, a cancel ends it at
/// once, and no worker's claim takes it over (it was never the queue's).
@Suite("PostgreSQL: a run-now whose process is gone")
struct PostgresRunNowLeaseTests {
    @Test func aLapsedRunNowIsEndedByTheNextRunOrACancelAndNeverClaimed() async throws {
        let t = try TestDatabase()
        try await using(try await t.open()) { db in
            let schedule = try await db.addSchedule(cron: "@daily", timeZone: "UTC", task: "tidy temp/", agent: nil, catchUp: true, created: Date())
            #expect(
                try await db.claimScheduleRunNow(schedule.id, machine: "m1", taskID: "t-here", prompt: "tidy temp/", queue: false, leaseSeconds: 300)
                    == .started)
            #expect(try t.psql("SELECT status, fence, lease_until > clock_timestamp() + interval '200 seconds' FROM task") == "running|0|t")
            let due = Date(timeIntervalSince1970: 1_767_000_000)
            // Its process lives (the lease holds): the due run is refused.
            #expect(try await !db.claimScheduleRun(schedule.id, due: due, machine: "m2", taskID: "t-due", prompt: "tidy temp/"))
            // The process is gone: its lease runs out unrenewed (ended here, so no clock decides when).
            _ = try t.psql("UPDATE task SET lease_until = clock_timestamp() - interval '1 second' WHERE id = 't-here'")
            // No worker takes it over.
            #expect(try await db.claim(worker: "W", serving: [], leaseSeconds: 60) == nil)
            #expect(try t.psql("SELECT status, fence FROM task WHERE id = 't-here'") == "running|0")
            // The due run ends it and starts.
            #expect(try await db.claimScheduleRun(schedule.id, due: due, machine: "m2", taskID: "t-due", prompt: "tidy temp/"))
            #expect(try t.psql("SELECT status, lease_until IS NULL, finished IS NOT NULL FROM task WHERE id = 't-here'") == "interrupted|t|t")
            let error = try t.psql("SELECT error FROM task WHERE id = 't-here'")
            #expect(
                error.hasPrefix(
                    "its 'steward schedule run-now' process stopped renewing its lease before it ended the task (killed, or its machine stopped), so the next run of schedule \(schedule.id) ended it"
                ), "\(error)")
            #expect(try t.psql("SELECT kind, fence FROM task_event WHERE task = 't-here'") == "end|0")
            #expect(try t.psql("SELECT status FROM task WHERE id = 't-due'") == "queued")
            // A second run-now, its process gone too, is ended at once by a cancel.
            _ = try t.psql("UPDATE task SET status = 'done' WHERE id = 't-due'")
            #expect(
                try await db.claimScheduleRunNow(schedule.id, machine: "m1", taskID: "t-two", prompt: "tidy temp/", queue: false, leaseSeconds: 300)
                    == .started)
            _ = try t.psql("UPDATE task SET lease_until = clock_timestamp() - interval '1 second' WHERE id = 't-two'")
            #expect(try await db.requestCancel("t-two", reason: "cancelled") == .interrupted)
            let cancelled = try t.psql("SELECT status, error FROM task WHERE id = 't-two'")
            #expect(
                cancelled
                    == "interrupted|cancelled; its 'steward schedule run-now' process stopped renewing its lease before it ended the task, so this cancel ended it",
                "\(cancelled)")
        }
    }
}
