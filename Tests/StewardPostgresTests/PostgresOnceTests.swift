import Foundation
import StewardCore
import StewardPostgres
import Testing

/// What happens once across machines (spec 23.6, 23.7): a schedule's due run claimed by one
/// machine, and a budget cap that several workers racing for the last cents never pass together.
@Suite("PostgreSQL: once across machines")
struct PostgresOnceTests {
    @Test func aDueRunIsClaimedByOneMachineOnly() async throws {
        let t = try TestDatabase()
        let setup = try await t.open()
        let schedule = try await setup.addSchedule(cron: "@daily", timeZone: "UTC", task: "tidy temp/", agent: nil, catchUp: true, created: Date())
        await setup.close()
        let due = Date(timeIntervalSince1970: 1_767_000_000)
        let won = try await withThrowingTaskGroup(of: Bool.self) { group in
            for m in 0..<3 {
                group.addTask {
                    try await using(try await t.open(connections: 1)) { db in
                        try await db.claimScheduleRun(schedule.id, due: due, machine: "m\(m)", taskID: "t-m\(m)", prompt: schedule.task)
                    }
                }
            }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(won.filter { $0 }.count == 1)
        #expect(try t.psql("SELECT count(*) FROM task WHERE status = 'queued' AND prompt = 'tidy temp/'") == "1")
        #expect(try t.psql("SELECT count(*) FROM schedule_run") == "1")
        #expect(try t.psql("SELECT last_task = (SELECT task FROM schedule_run) FROM schedule") == "t")
        // The next due time is another run, once the last one's task has ended (spec 23.6).
        try await using(try await t.open()) { db in
            let early = try await db.claimScheduleRun(
                schedule.id, due: due.addingTimeInterval(86_400), machine: "m0", taskID: "t-early", prompt: "tidy temp/")
            #expect(!early)
            _ = try t.psql("UPDATE task SET status = 'done' WHERE status = 'queued'")
            let next = try await db.claimScheduleRun(
                schedule.id, due: due.addingTimeInterval(86_400), machine: "m0", taskID: "t-next", prompt: "tidy temp/")
            #expect(next)
        }
    }

    @Test func threeWorkersRacingForTheLastCentsStayUnderTheCap() async throws {
        let t = try TestDatabase()
        let since = Date().addingTimeInterval(-3600)
        let cap = PostgresDatabase.BudgetCap(since: since, usd: 0.01)
        let setup = try await t.open()
        try await setup.record(
            ModelCallRecord(
                date: Date(), purpose: "ask", modelName: "cloud", provider: "anthropic", model: "m", cloud: true, outcome: "ok", costUSD: 0.002))
        await setup.close()
        // $0.008 left; each worker asks for $0.003 five times, all at once.
        let granted = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<3 {
                group.addTask {
                    try await using(try await t.open(connections: 1)) { db in
                        var n = 0
                        for _ in 0..<5 where try await db.reserve(modelName: "cloud", maxUSD: 0.003, caps: [cap]) != nil { n += 1 }
                        return n
                    }
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(granted == 2)
        #expect(try t.psql("SELECT count(*), round(sum(max_usd)::numeric, 6) FROM budget_reservation WHERE settled IS NULL") == "2|0.006000")
        try await using(try await t.open()) { db in
            // One call costs less than reserved: settling frees the difference.
            let open = try t.psql("SELECT min(id) FROM budget_reservation")
            try await db.settle(
                Int64(open)!,
                with: ModelCallRecord(
                    date: Date(), purpose: "ask", modelName: "cloud", provider: "anthropic", model: "m", cloud: true, outcome: "ok", costUSD: 0.001))
            #expect(abs(try await db.cloudSpend(since: since) - 0.003) < 1e-12)
            #expect(try await db.reserve(modelName: "cloud", maxUSD: 0.003, caps: [cap]) != nil)
            #expect(try await db.reserve(modelName: "cloud", maxUSD: 0.003, caps: [cap]) == nil)
        }
    }
}
