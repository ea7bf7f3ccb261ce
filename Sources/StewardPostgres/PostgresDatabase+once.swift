import Foundation
import PostgresNIO
import StewardCore

/// What must happen once across machines (spec 23.6, 23.7): a schedule's due run, and the cloud
/// budget, which reservations keep under its caps however many workers call at once.
extension PostgresDatabase {
    /// Claims the run of schedule `id` due at `due` for `machine` and, for the one caller that
    /// wins, queues its task in the same transaction (spec 23.6). `due` is the scheduled time
    /// itself, so every machine that notices the same run claims the same row.
    /// - Returns: true for exactly one caller per schedule and due time.
    /// - Throws: `PostgresStoreError` when the database fails.
    public func claimScheduleRun(_ id: Int64, due: Date, machine: String, taskID: String, prompt: String, agent: String = "") async throws -> Bool {
        do {
            return try await transaction { c in
                var won = false
                for try await _ in try await c.query(
                    """
                    INSERT INTO schedule_run (schedule, due, task, machine) VALUES (\(id), \(due), \(taskID), \(machine))
                    ON CONFLICT (schedule, due) DO NOTHING RETURNING schedule
                    """, logger: Self.logger
                ).decode(Int64.self) { won = true }
                guard won else { return false }
                try await c.query(
                    "INSERT INTO task (id, prompt, agent, status) VALUES (\(taskID), \(prompt), \(agent), 'queued')", logger: Self.logger)
                try await c.query("INSERT INTO task_event (task, fence, kind, json) VALUES (\(taskID), 0, 'queued', '{}')", logger: Self.logger)
                try await c.query("UPDATE schedule SET last_run = \(due), last_task = \(taskID) WHERE id = \(id)", logger: Self.logger)
                return true
            }
        } catch {
            throw queryError(error, doing: "claiming the run of schedule \(id) due at \(due)")
        }
    }

    /// A cap on cloud spend over a period: what was spent since `since` (calls made and open
    /// reservations) may not pass `usd`.
    public struct BudgetCap: Sendable, Hashable {
        public let since: Date
        public let usd: Double
        public init(since: Date, usd: Double) {
            self.since = since
            self.usd = usd
        }
    }

    /// Reserves `maxUSD` for a cloud call before it is sent (spec 23.7), under
    /// `pg_advisory_xact_lock(7317, 2)`: for every cap, the cloud calls recorded since its start,
    /// the reservations not yet settled made since then and this one must fit.
    /// - Returns: the reservation's id, or nil when a cap would be passed (nothing reserved).
    /// - Throws: `PostgresStoreError` when the database fails.
    public func reserve(modelName: String, maxUSD: Double, caps: [BudgetCap], task: String? = nil, fence: Int64? = nil) async throws -> Int64? {
        do {
            return try await landing {
                try await self.transaction { c -> Int64? in
                    try await c.query("SELECT pg_advisory_xact_lock(\(unescaped: String(PostgresMigrations.lockClass)), 2)", logger: Self.logger)
                    for cap in caps {
                        var used = 0.0
                        let rows = try await c.query(
                            """
                            SELECT (SELECT coalesce(sum(cost_usd), 0) FROM model_call WHERE cloud AND date >= \(cap.since))
                                 + (SELECT coalesce(sum(max_usd), 0) FROM budget_reservation WHERE settled IS NULL AND reserved >= \(cap.since))
                            """, logger: Self.logger)
                        for try await v in rows.decode(Double.self) { used = v }
                        if used + maxUSD > cap.usd { return nil }
                    }
                    var id: Int64?
                    for try await v in try await c.query(
                        """
                        INSERT INTO budget_reservation (task, fence, model_name, max_usd) VALUES (\(task), \(fence), \(modelName), \(maxUSD))
                        RETURNING id
                        """, logger: Self.logger
                    ).decode(Int64.self) { id = v }
                    return id
                }
            }
        } catch {
            throw queryError(error, doing: "reserving $\(maxUSD) of the cloud budget for \(modelName)")
        }
    }

    /// Settles a reservation with the call it paid for: the call is recorded (its real cost
    /// counts from now on) and the reservation no longer counts, in one transaction.
    /// - Throws: `PostgresStoreError` when the database fails.
    public func settle(_ reservation: Int64, with call: ModelCallRecord) async throws {
        let c = call
        do {
            try await landing {
                try await self.transaction { conn in
                    var id: Int64?
                    for try await v in try await conn.query(
                        """
                        INSERT INTO model_call (date, purpose, model_name, provider, model, cloud, outcome, reason, input_tokens, output_tokens,
                          cost_usd, latency_ms, first_token_ms)
                        VALUES (\(c.date), \(c.purpose), \(c.modelName), \(c.provider), \(c.model), \(c.cloud), \(c.outcome), \(c.reason),
                          \(c.inputTokens), \(c.outputTokens), \(c.costUSD), \(c.latencyMs), \(c.firstTokenMs))
                        RETURNING id
                        """, logger: Self.logger
                    ).decode(Int64.self) { id = v }
                    try await conn.query(
                        "UPDATE budget_reservation SET settled = clock_timestamp(), call = \(id) WHERE id = \(reservation)", logger: Self.logger)
                }
            }
        } catch {
            throw queryError(error, doing: "settling budget reservation \(reservation)")
        }
    }
}
