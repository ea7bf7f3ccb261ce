import Foundation
import PostgresNIO
import StewardCore

/// What must happen once across machines (spec 23.6, 23.7): a schedule's due run, and the cloud
/// budget, which reservations keep under its caps however many workers call at once.
extension PostgresDatabase: BudgetReserver {
    /// Claims the run of schedule `id` due at `due` for `machine` and, for the one caller that
    /// wins, queues its task in the same transaction (spec 23.6). `due` is the scheduled time
    /// itself, so every machine that notices the same run claims the same row.
    /// The schedule's row is locked first and the claim refused while its last task is queued
    /// or running (`lockSchedule`), as for a run asked for (`claimScheduleRunNow`): two machines
    /// that see different due times, or a due run and a run asked for, never both start.
    /// - Returns: true for exactly one caller per schedule and due time.
    /// - Throws: `PostgresStoreError` when the database fails.
    public func claimScheduleRun(
        _ id: Int64, due: Date, machine: String, taskID: String, prompt: String, agent: String = "", mainCommit: String? = nil,
        requires: [String] = []
    ) async throws -> Bool {
        do {
            return try await transaction { c in
                if try await Self.lockSchedule(id, on: c) != nil { return false }
                var won = false
                for try await _ in try await c.query(
                    """
                    INSERT INTO schedule_run (schedule, due, task, machine) VALUES (\(id), \(due), \(taskID), \(machine))
                    ON CONFLICT (schedule, due) DO NOTHING RETURNING schedule
                    """, logger: Self.logger
                ).decode(Int64.self) { won = true }
                guard won else { return false }
                try await c.query(
                    """
                    INSERT INTO task (id, prompt, agent, status, main_commit, requires)
                    VALUES (\(taskID), \(prompt), \(agent), 'queued', \(mainCommit), \(requires))
                    """, logger: Self.logger)
                try await c.query("INSERT INTO task_event (task, fence, kind, json) VALUES (\(taskID), 0, 'queued', '{}')", logger: Self.logger)
                try await c.query("UPDATE schedule SET last_run = \(due), last_task = \(taskID) WHERE id = \(id)", logger: Self.logger)
                try await Self.announceQueued(taskID, on: c)
                return true
            }
        } catch {
            throw queryError(error, doing: "claiming the run of schedule \(id) due at \(due)")
        }
    }

    /// A cap on cloud spend over a period (StewardCore's `BudgetCap`).
    public typealias BudgetCap = StewardCore.BudgetCap

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

    public func openReservations(since date: Date) async throws -> Double {
        try await one(
            "SELECT coalesce(sum(max_usd), 0)::float8 FROM budget_reservation WHERE settled IS NULL AND reserved >= \(date)", as: Double.self,
            doing: "reading the open budget reservations") ?? 0
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
                          cost_usd, latency_ms, first_token_ms, task, machine)
                        VALUES (\(c.date), \(c.purpose), \(c.modelName), \(c.provider), \(c.model), \(c.cloud), \(c.outcome), \(c.reason),
                          \(c.inputTokens), \(c.outputTokens), \(c.costUSD), \(c.latencyMs), \(c.firstTokenMs), \(c.task), \(c.machine))
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

    /// Settles, at their maximum, the reservations of `task` that a holder under a fence below
    /// `fence` left open (spec 23.7): the worker that takes a task over calls it, since the dead
    /// worker's calls may have been billed. Each becomes a cloud `model_call` row of outcome
    /// `abandoned` costing its `max_usd`, so the spend keeps counting it. Returns how many.
    /// - Throws: `PostgresStoreError` when the database fails.
    @discardableResult
    public func settleAbandoned(task: String, below fence: Int64) async throws -> Int {
        do {
            return try await landing {
                try await self.transaction { c -> Int in
                    let reason =
                        "left open by the worker whose lease on task \(task) lapsed; settled at its maximum by the worker under fence \(fence)"
                    return try await Self.settleOpenReservations(of: task, below: fence, reason: reason, on: c)
                }
            }
        } catch {
            throw queryError(error, doing: "settling the reservations task \(task) was left with")
        }
    }

    /// Settles at their maximum, in the transaction of `c`, the open reservations of `task`
    /// made under a fence below `fence` (nil: every one), each as a cloud `model_call` of
    /// outcome `abandoned` costing its `max_usd` with `reason`, under the budget's lock. How many.
    static func settleOpenReservations(of task: String, below fence: Int64?, reason: String, on c: PostgresConnection) async throws -> Int {
        var open: [(Int64, String, Double, Date)] = []
        let rows = try await c.query(
            """
            SELECT id, model_name, max_usd, reserved FROM budget_reservation
            WHERE task = \(task) AND settled IS NULL AND (\(fence == nil) OR coalesce(fence, 0) < \(fence ?? 0)) ORDER BY id FOR UPDATE
            """, logger: Self.logger)
        for try await row in rows.decode((Int64, String, Double, Date).self) { open.append(row) }
        guard !open.isEmpty else { return 0 }
        try await c.query("SELECT pg_advisory_xact_lock(\(unescaped: String(PostgresMigrations.lockClass)), 2)", logger: Self.logger)
        for (id, model, maxUSD, reserved) in open {
            try await c.query(
                """
                WITH call AS (
                  INSERT INTO model_call (date, purpose, model_name, provider, model, cloud, outcome, reason, input_tokens, output_tokens,
                    cost_usd, latency_ms, task)
                  VALUES (\(reserved), 'abandoned', \(model), 'unknown', \(model), true, 'abandoned', \(reason), 0, 0, \(maxUSD), 0, \(task))
                  RETURNING id
                )
                UPDATE budget_reservation SET settled = clock_timestamp(), call = (SELECT id FROM call) WHERE id = \(id)
                """, logger: Self.logger)
        }
        return open.count
    }
}
