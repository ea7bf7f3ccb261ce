import Foundation
import StewardCore
import StewardPostgres
import Testing

/// A schedule's run asked for (spec 23.6, "Run now"): claimed under the schedule's row lock that a
/// due run's claim takes too, so the two never both start, and none while the last task is
/// queued or running.
@Suite("PostgreSQL: a schedule's run asked for")
struct PostgresRunNowTests {
    @Test func aRunAskedForAndADueRunNeverBothStart() async throws {
        let t = try TestDatabase()
        let setup = try await t.open()
        let schedule = try await setup.addSchedule(cron: "@daily", timeZone: "UTC", task: "tidy temp/", agent: nil, catchUp: true, created: Date())
        await setup.close()
        let due = Date(timeIntervalSince1970: 1_767_000_000)
        // One due run and three asked for (two queued, one to run here), all at once.
        let started = try await withThrowingTaskGroup(of: Bool.self) { group in
            for m in 0..<4 {
                group.addTask {
                    try await using(try await t.open(connections: 1)) { db in
                        if m == 0 {
                            return try await db.claimScheduleRun(schedule.id, due: due, machine: "m0", taskID: "t-m0", prompt: schedule.task)
                        }
                        let outcome = try await db.claimScheduleRunNow(
                            schedule.id, machine: "m\(m)", taskID: "t-m\(m)", prompt: schedule.task, queue: m != 3)
                        return outcome == .started
                    }
                }
            }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(started.filter { $0 }.count == 1, "\(started)")
        #expect(try t.psql("SELECT count(*) FROM task") == "1")
        #expect(try t.psql("SELECT count(*) FROM schedule_run") == "1")
        #expect(try t.psql("SELECT last_task = (SELECT task FROM schedule_run) FROM schedule") == "t")
        let last = try t.psql("SELECT last_task FROM schedule")
        try await using(try await t.open()) { db in
            // While that task is queued or running, a run asked for is refused, naming it.
            let again = try await db.claimScheduleRunNow(schedule.id, machine: "m1", taskID: "t-again", prompt: "tidy temp/", queue: true)
            #expect(again.refusal(schedule.id)?.message.contains("schedule \(schedule.id) is still running task \(last)") == true, "\(again)")
            #expect(again.refusal(schedule.id)?.code.name == "conflict")
            _ = try t.psql("UPDATE task SET status = 'done'")
            // Ended: a run to run here is written running, never claimed (fence 0).
            #expect(try await db.claimScheduleRunNow(schedule.id, machine: "m1", taskID: "t-here", prompt: "tidy temp/", queue: false) == .started)
            #expect(try await db.claimScheduleRunNow(schedule.id + 100, machine: "m1", taskID: "t-none", prompt: "x", queue: true) == .notFound)
        }
        #expect(try t.psql("SELECT status || ' ' || fence FROM task WHERE id = 't-here'") == "running 0")
        #expect(try t.psql("SELECT count(*) FROM schedule_run") == "2")
        #expect(try t.psql("SELECT last_task FROM schedule") == "t-here")
    }
}
