import Foundation
import PostgresNIO
import StewardCore

/// What `steward store import` copied into the shared database, and what it found there
/// already (spec 23.2).
public struct StoreImportCounts: Sendable, Hashable, Codable {
    public struct Pair: Sendable, Hashable, Codable {
        public var copied = 0
        /// Already in the database (an earlier import).
        public var present = 0
    }
    public var tasks = Pair()
    public var steps = Pair()
    public var modelCalls = Pair()
    public var schedules = Pair()
    /// The cloud spend of the calls copied, in USD.
    public var cloudUSDCopied: Double = 0

    public init() {}

    /// Nothing was copied: everything was there already.
    public var copiedNothing: Bool { tasks.copied + steps.copied + modelCalls.copied + schedules.copied == 0 }
}

extension PostgresDatabase {
    /// Copies one machine's history (its SQLite store's tasks, steps, model calls and schedules)
    /// into the database, in one transaction under `pg_advisory_xact_lock(7317, 3)`, so two
    /// imports at once copy each row once (spec 23.2). Idempotent, row by row: a task is the
    /// same by its id, a step by its task and index, a model call by its date, model, purpose,
    /// outcome, tokens and cost, a schedule by its cron, zone, task, agent and creation time; what
    /// is there already is counted and left as it is. Model calls come with their cost, so the
    /// caps count this machine's spend. Schedules get new ids (the database's only grow).
    /// - Parameter machine: recorded as who made the copied model calls.
    /// - Throws: `PostgresStoreError`; nothing is copied then (the transaction rolls back).
    public func importHistory(
        tasks: [TaskRecord], steps: [TaskStepRecord], calls: [ModelCallRecord], schedules: [ScheduleRecord], machine: String?
    ) async throws -> StoreImportCounts {
        do {
            return try await landing {
                try await self.transaction { c in
                    try await c.query("SELECT pg_advisory_xact_lock(7317, 3)", logger: Self.logger)
                    var counts = StoreImportCounts()
                    for t in tasks {
                        let added = try await Self.returned(
                            c,
                            """
                            INSERT INTO task (id, prompt, agent, agent_reason, status, proposal, revision_of, models, steps, input_tokens, output_tokens,
                              cost_usd, queued, started, finished, summary, error)
                            VALUES (\(t.id), \(t.prompt), \(t.agent), \(t.agentReason), \(t.status.rawValue), \(t.proposal), \(t.revisionOf),
                              \(t.models.joined(separator: ",")), \(t.steps), \(t.inputTokens), \(t.outputTokens), \(t.costUSD), \(t.started), \(t.started),
                              \(t.finished), \(t.summary), \(t.error))
                            ON CONFLICT (id) DO NOTHING RETURNING 1
                            """)
                        if added { counts.tasks.copied += 1 } else { counts.tasks.present += 1 }
                    }
                    for s in steps {
                        // Only into a task no worker holds (fence 0): an imported task's.
                        let added = try await Self.returned(
                            c,
                            """
                            INSERT INTO task_step (task, idx, date, kind, model, name, input, output, ok, input_tokens, output_tokens, cost_usd, ms, fence)
                            SELECT \(s.task), \(s.index), \(s.date), \(s.kind.rawValue), \(s.model), \(s.name), \(s.input), \(s.output), \(s.ok),
                              \(s.inputTokens), \(s.outputTokens), \(s.costUSD), \(s.ms), 0
                            WHERE EXISTS (SELECT 1 FROM task WHERE id = \(s.task) AND fence = 0)
                            ON CONFLICT (task, idx) DO NOTHING RETURNING 1
                            """)
                        if added { counts.steps.copied += 1 } else { counts.steps.present += 1 }
                    }
                    for m in calls {
                        let added = try await Self.returned(
                            c,
                            """
                            INSERT INTO model_call (date, purpose, model_name, provider, model, cloud, outcome, reason, input_tokens, output_tokens,
                              cost_usd, latency_ms, first_token_ms, machine)
                            SELECT \(m.date), \(m.purpose), \(m.modelName), \(m.provider), \(m.model), \(m.cloud), \(m.outcome), \(m.reason),
                              \(m.inputTokens), \(m.outputTokens), \(m.costUSD), \(m.latencyMs), \(m.firstTokenMs), \(machine)
                            WHERE NOT EXISTS (
                              SELECT 1 FROM model_call WHERE date = \(m.date) AND model_name = \(m.modelName) AND purpose = \(m.purpose)
                                AND outcome = \(m.outcome) AND input_tokens = \(m.inputTokens) AND output_tokens = \(m.outputTokens)
                                AND cost_usd = \(m.costUSD))
                            RETURNING 1
                            """)
                        if added {
                            counts.modelCalls.copied += 1
                            if m.cloud { counts.cloudUSDCopied += m.costUSD }
                        } else {
                            counts.modelCalls.present += 1
                        }
                    }
                    for s in schedules {
                        let added = try await Self.returned(
                            c,
                            """
                            INSERT INTO schedule (cron, zone, prompt, agent, catch_up, created, last_run, last_task)
                            SELECT \(s.cron), \(s.timeZone), \(s.task), \(s.agent), \(s.catchUp), \(s.created), \(s.lastRun), \(s.lastTask)
                            WHERE NOT EXISTS (
                              SELECT 1 FROM schedule WHERE cron = \(s.cron) AND zone = \(s.timeZone) AND prompt = \(s.task)
                                AND agent IS NOT DISTINCT FROM \(s.agent) AND created = \(s.created))
                            RETURNING 1
                            """)
                        if added { counts.schedules.copied += 1 } else { counts.schedules.present += 1 }
                    }
                    return counts
                }
            }
        } catch {
            throw queryError(error, doing: "importing this machine's history (nothing was copied)")
        }
    }

    /// Runs an insert that returns a row when it inserted one.
    private static func returned(_ c: PostgresConnection, _ query: PostgresQuery) async throws -> Bool {
        var any = false
        for try await _ in try await c.query(query, logger: logger) { any = true }
        return any
    }
}
