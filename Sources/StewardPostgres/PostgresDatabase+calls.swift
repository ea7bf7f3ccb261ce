import Foundation
import PostgresNIO
import StewardCore

/// The shared store's model calls and schedules (`ModelCallLedger`, `ScheduleStore`, spec 23.2),
/// as the SQLite `Store` keeps them (spec 16.9, 21.5): the spend every machine's caps are
/// computed from, and one list of schedules.
extension PostgresDatabase: ModelCallLedger, ScheduleStore, SharedStore {
    public func record(_ c: ModelCallRecord) async throws {
        do {
            try await landing {
                try await self.client.query(
                    """
                    INSERT INTO model_call (date, purpose, model_name, provider, model, cloud, outcome, reason, input_tokens, output_tokens, cost_usd,
                      latency_ms, first_token_ms, task, machine)
                    VALUES (\(c.date), \(c.purpose), \(c.modelName), \(c.provider), \(c.model), \(c.cloud), \(c.outcome), \(c.reason), \(c.inputTokens),
                      \(c.outputTokens), \(c.costUSD), \(c.latencyMs), \(c.firstTokenMs), \(c.task), \(c.machine))
                    """)
            }
        } catch {
            throw queryError(error, doing: "recording a call of \(c.modelName)")
        }
    }

    public func cloudSpend(since date: Date) async throws -> Double {
        try await one(
            "SELECT coalesce(sum(cost_usd), 0)::float8 FROM model_call WHERE cloud AND date >= \(date)", as: Double.self,
            doing: "reading the cloud spend")
            ?? 0
    }

    public func lastFailure(of modelName: String) async throws -> Date? {
        try await one(
            """
            SELECT max(date) FROM model_call WHERE model_name = \(modelName) AND outcome = 'failed'
              AND date > coalesce((SELECT max(date) FROM model_call WHERE model_name = \(modelName) AND outcome = 'ok'), '-infinity')
            """, as: Date?.self, doing: "reading the last failure of \(modelName)") ?? nil
    }

    public func modelCalls(limit: Int) async throws -> [ModelCallRecord] {
        guard limit > 0 else { return [] }
        return try await callRows(
            """
            SELECT * FROM (SELECT id, date, purpose, model_name, provider, model, cloud, outcome, reason, input_tokens, output_tokens, cost_usd,
              latency_ms, first_token_ms, task, machine FROM model_call ORDER BY id DESC LIMIT \(limit)) AS last ORDER BY id
            """)
    }

    public func modelCalls(ofTask id: String) async throws -> [ModelCallRecord] {
        try await callRows(
            """
            SELECT id, date, purpose, model_name, provider, model, cloud, outcome, reason, input_tokens, output_tokens, cost_usd,
              latency_ms, first_token_ms, task, machine FROM model_call WHERE task = \(id) ORDER BY id
            """)
    }

    func callRows(_ query: PostgresQuery) async throws -> [ModelCallRecord] {
        do {
            var calls: [ModelCallRecord] = []
            let rows = try await client.query(query)
            for try await row in rows {
                let r = row.makeRandomAccess()
                calls.append(
                    ModelCallRecord(
                        date: try r["date"].decode(Date.self), purpose: try r["purpose"].decode(String.self),
                        modelName: try r["model_name"].decode(String.self),
                        provider: try r["provider"].decode(String.self), model: try r["model"].decode(String.self),
                        cloud: try r["cloud"].decode(Bool.self),
                        outcome: try r["outcome"].decode(String.self), reason: try r["reason"].decode(String?.self),
                        inputTokens: try r["input_tokens"].decode(Int.self), outputTokens: try r["output_tokens"].decode(Int.self),
                        costUSD: try r["cost_usd"].decode(Double.self), latencyMs: try r["latency_ms"].decode(Double.self),
                        firstTokenMs: try r["first_token_ms"].decode(Double?.self), task: try r["task"].decode(String?.self),
                        machine: try r["machine"].decode(String?.self)))
            }
            return calls
        } catch {
            throw queryError(error, doing: "reading model calls")
        }
    }

    public func addSchedule(cron: String, timeZone: String, task: String, agent: String?, catchUp: Bool, created: Date) async throws -> ScheduleRecord
    {
        try ScheduleRecord.check(cron: cron, timeZone: timeZone, task: task)
        let id = try await landing {
            try await self.one(
                """
                INSERT INTO schedule (cron, zone, prompt, agent, catch_up, created) VALUES (\(cron), \(timeZone), \(task), \(agent), \(catchUp), \(created))
                RETURNING id
                """, as: Int64.self, doing: "adding a schedule")
        }
        guard let id else { throw PostgresStoreError(.query, "adding a schedule failed in the database at \(url): no id came back") }
        return ScheduleRecord(id: id, cron: cron, timeZone: timeZone, task: task, agent: agent, catchUp: catchUp, created: created)
    }

    public func schedules() async throws -> [ScheduleRecord] {
        do {
            var out: [ScheduleRecord] = []
            let rows = try await client.query(
                "SELECT id, cron, zone, prompt, agent, catch_up, created, last_run, last_task FROM schedule ORDER BY id")
            for try await (id, cron, zone, prompt, agent, catchUp, created, lastRun, lastTask) in rows.decode(
                (Int64, String, String, String, String?, Bool, Date, Date?, String?).self)
            {
                out.append(
                    ScheduleRecord(
                        id: id, cron: cron, timeZone: zone, task: prompt, agent: agent, catchUp: catchUp, created: created, lastRun: lastRun,
                        lastTask: lastTask))
            }
            return out
        } catch {
            throw queryError(error, doing: "reading the schedules")
        }
    }

    public func removeSchedule(_ id: Int64) async throws -> Bool {
        try await landing {
            try await self.one("DELETE FROM schedule WHERE id = \(id) RETURNING id", as: Int64.self, doing: "removing schedule \(id)")
        }
            != nil
    }

    public func markScheduleRun(_ id: Int64, at date: Date, task: String?) async throws {
        _ = try await landing {
            try await self.one(
                "UPDATE schedule SET last_run = \(date), last_task = coalesce(\(task), last_task) WHERE id = \(id) RETURNING id", as: Int64.self,
                doing: "marking a run of schedule \(id)")
        }
    }

    /// The first column of the first row, or nil when there is no row.
    func one<T: PostgresDecodable & Sendable>(_ query: PostgresQuery, as: T.Type, doing: String) async throws -> T? {
        do {
            for try await value in try await client.query(query).decode(T.self) { return value }
            return nil
        } catch {
            throw queryError(error, doing: doing)
        }
    }
}
