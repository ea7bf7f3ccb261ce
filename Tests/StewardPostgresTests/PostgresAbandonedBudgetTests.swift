import Foundation
import StewardCore
import StewardPostgres
import Testing

/// A dead worker's budget reservations (spec 23.7): they count in full until the worker that
/// takes its task over settles them, at their maximum.
@Suite("PostgreSQL: reservations a dead worker left")
struct PostgresAbandonedBudgetTests {
    @Test func theTakerSettlesTheDeadHoldersReservationsAtTheirMaximum() async throws {
        let t = try TestDatabase()
        let since = Date().addingTimeInterval(-3600)
        let cap = BudgetCap(since: since, usd: 0.01)
        try await using(try await t.open()) { db in
            try await db.enqueue(id: "t1", prompt: "research prices")
            // The first holder (fence 1) reserved twice and died; the taker holds fence 2.
            #expect(try await db.reserve(modelName: "cloud", maxUSD: 0.004, caps: [cap], task: "t1", fence: 1) != nil)
            #expect(try await db.reserve(modelName: "cloud", maxUSD: 0.003, caps: [cap], task: "t1", fence: 1) != nil)
            let taker = try #require(try await db.reserve(modelName: "cloud", maxUSD: 0.001, caps: [cap], task: "t1", fence: 2))
            // Open, they hold $0.008: a call of $0.003 does not fit.
            #expect(abs(try await db.openReservations(since: since) - 0.008) < 1e-9)
            #expect(try await db.reserve(modelName: "cloud", maxUSD: 0.003, caps: [cap]) == nil)
            #expect(try await db.settleAbandoned(task: "t1", below: 2) == 2)
            // Settled at their maximum: spent now, no longer held; the taker's own stays open.
            #expect(abs(try await db.cloudSpend(since: since) - 0.007) < 1e-9)
            #expect(abs(try await db.openReservations(since: since) - 0.001) < 1e-9)
            #expect(try t.psql("SELECT count(*) FROM model_call WHERE outcome = 'abandoned' AND task = 't1'") == "2")
            #expect(try await db.settleAbandoned(task: "t1", below: 2) == 0)
            try await db.settle(
                taker,
                with: ModelCallRecord(date: Date(), purpose: "ask", modelName: "cloud", provider: "openai", model: "m", cloud: true, outcome: "ok"))
            #expect(try await db.openReservations(since: since) == 0)
        }
    }
}
