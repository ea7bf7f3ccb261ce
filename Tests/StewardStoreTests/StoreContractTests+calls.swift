import Foundation
import StewardCore
import Testing

extension StoreContractTests {
    @Test("Recorded model calls read back, newest last", arguments: StoreBackend.all)
    func recordedCalls(_ backend: StoreBackend) async throws {
        try await backend.with { store in
            let first = ModelCallRecord(
                date: at(0), purpose: "agent:fileops", modelName: "local", provider: "ollama", model: "qwen3:8b", cloud: false, outcome: "ok",
                inputTokens: 1_000, outputTokens: 200, costUSD: 0, latencyMs: 812.5, firstTokenMs: 120.25)
            let second = ModelCallRecord(
                date: at(10), purpose: "ask", modelName: "cloud", provider: "anthropic", model: "claude", cloud: true, outcome: "failed",
                reason: "connection: refused", latencyMs: 3)
            let third = call("cloud", at: 20, cost: 0.125)
            for c in [first, second, third] { try await store.record(c) }
            #expect(try await store.modelCalls(limit: 10) == [first, second, third])
            #expect(try await store.modelCalls(limit: 2) == [second, third])
            #expect(try await store.modelCalls(limit: 0).isEmpty)
        }
    }

    @Test("cloudSpend(since:) sums the cloud calls from that moment on", arguments: StoreBackend.all)
    func cloudSpend(_ backend: StoreBackend) async throws {
        try await backend.with { store in
            #expect(try await store.cloudSpend(since: at(-1_000)) == 0)
            try await store.record(call("cloud", at: -10, cost: 0.5))
            try await store.record(call("cloud", at: 0, cost: 0.25))
            try await store.record(call("other", at: 10, outcome: "error", cost: 0.125))
            try await store.record(call("local", at: 20, cloud: false, cost: 1))
            #expect(try await store.cloudSpend(since: at(-100)) == 0.875)
            #expect(try await store.cloudSpend(since: at(0)) == 0.375)  // a call at `since` counts
            #expect(try await store.cloudSpend(since: at(1)) == 0.125)
            #expect(try await store.cloudSpend(since: at(11)) == 0)
        }
    }

    @Test("lastFailure(of:) is the model's latest failure after its latest success", arguments: StoreBackend.all)
    func lastFailure(_ backend: StoreBackend) async throws {
        try await backend.with { store in
            for c in [
                call("a", at: 0, outcome: "failed"), call("a", at: 10), call("a", at: 20, outcome: "failed"), call("a", at: 30, outcome: "failed"),
                call("a", at: 40, outcome: "error"), call("a", at: 50, outcome: "skipped"),
                call("b", at: 0, outcome: "failed"), call("b", at: 10),
                call("c", at: 5, outcome: "failed"), call("d", at: 60),
            ] {
                try await store.record(c)
            }
            #expect(try await store.lastFailure(of: "a") == at(30))
            #expect(try await store.lastFailure(of: "b") == nil)
            #expect(try await store.lastFailure(of: "c") == at(5))
            #expect(try await store.lastFailure(of: "d") == nil)
            #expect(try await store.lastFailure(of: "nobody") == nil)
        }
    }

    @Test("spend(...) gives today, this month and each day from the ledger", arguments: StoreBackend.all)
    func spendByDay(_ backend: StoreBackend) async throws {
        try await backend.with { store in
            var cal = Calendar(identifier: .gregorian)
            cal.timeZone = TimeZone.current
            // Mid-month, so the three days are all in it.
            let now = try #require(cal.date(from: DateComponents(year: 2026, month: 11, day: 15, hour: 12)))
            let day: (Int, Int) -> Date = { cal.date(byAdding: .day, value: $0, to: now)!.addingTimeInterval(Double($1) * 3_600) }
            try await store.record(
                ModelCallRecord(date: day(0, -1), purpose: "ask", modelName: "c", provider: "x", model: "c", cloud: true, outcome: "ok", costUSD: 0.5)
            )
            try await store.record(
                ModelCallRecord(
                    date: day(-1, 0), purpose: "ask", modelName: "c", provider: "x", model: "c", cloud: true, outcome: "ok", costUSD: 0.25))
            try await store.record(
                ModelCallRecord(
                    date: day(-2, 0), purpose: "ask", modelName: "c", provider: "x", model: "c", cloud: true, outcome: "ok", costUSD: 0.125))
            try await store.record(
                ModelCallRecord(date: day(-20, 0), purpose: "ask", modelName: "c", provider: "x", model: "c", cloud: true, outcome: "ok", costUSD: 2))
            let spend = try await store.spend(dailyCapUSD: 1, monthlyCapUSD: 10, days: 3, now: now)
            #expect(spend.todayUSD == 0.5)
            #expect(spend.monthUSD == 0.875)
            #expect(spend.perDay.map(\.usd) == [0.125, 0.25, 0.5])
            #expect(spend.perDay.map(\.date) == ["2026-11-13", "2026-11-14", "2026-11-15"])
            #expect(spend.dailyCapUSD == 1 && spend.monthlyCapUSD == 10)
        }
    }
}
