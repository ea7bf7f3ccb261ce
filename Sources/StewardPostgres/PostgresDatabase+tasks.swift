import Foundation
import PostgresNIO
import StewardCore

/// The shared store's tasks and steps (`TaskLedger`, spec 23.2), as the SQLite `Store` keeps
/// them (spec 17.5). A task the queue handed out (its fence above 0) takes writes only through
/// its lease (`saveTask(_:under:)`, `addStep(_:under:)`); the unfenced ones below are refused for
/// it, by the same checks.
extension PostgresDatabase: TaskLedger {
    static let taskColumns = """
        id, prompt, agent, agent_reason, status, proposal, revision_of, models, steps, input_tokens, output_tokens, cost_usd,
        coalesce(started, queued) AS started, finished, summary, error
        """

    public func saveTask(_ task: TaskRecord) async throws {
        try await upsertTask(task, fence: nil)
    }

    /// Saves the task's progress under `lease`.
    /// - Throws: `PostgresStoreError` `.leaseLost` when the lease is no longer current.
    public func saveTask(_ task: TaskRecord, under lease: TaskLease) async throws {
        try await upsertTask(task, fence: lease)
    }

    public func addStep(_ step: TaskStepRecord) async throws {
        try await insertStep(step, fence: 0)
    }

    public func tasks(limit: Int) async throws -> [TaskRecord] {
        guard limit > 0 else { return [] }
        return try await taskRows("SELECT \(unescaped: Self.taskColumns) FROM task ORDER BY coalesce(started, queued) DESC, id DESC LIMIT \(limit)")
    }

    public func task(_ id: String) async throws -> TaskRecord? {
        if let exact = try await taskRows("SELECT \(unescaped: Self.taskColumns) FROM task WHERE id = \(id)").first { return exact }
        let escaped = id.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(
            of: "_", with: "\\_")
        let rows = try await taskRows("SELECT \(unescaped: Self.taskColumns) FROM task WHERE id LIKE \(escaped + "%") ESCAPE '\\' LIMIT 2")
        if rows.count > 1 { throw StewardError.usage("task id '\(Escape.inline(id))' is ambiguous; give more of it") }
        return rows.first
    }

    public func steps(of task: String) async throws -> [TaskStepRecord] {
        do {
            var steps: [TaskStepRecord] = []
            let rows = try await client.query(
                """
                SELECT task, idx, date, kind, model, name, input, output, ok, input_tokens, output_tokens, cost_usd, ms
                FROM task_step WHERE task = \(task) ORDER BY idx
                """)
            for try await row in rows {
                let r = row.makeRandomAccess()
                steps.append(
                    TaskStepRecord(
                        task: try r["task"].decode(String.self), index: try r["idx"].decode(Int.self), date: try r["date"].decode(Date.self),
                        kind: TaskStepRecord.Kind(rawValue: try r["kind"].decode(String.self)) ?? .note, model: try r["model"].decode(String?.self),
                        name: try r["name"].decode(String?.self), input: try r["input"].decode(String.self),
                        output: try r["output"].decode(String.self),
                        ok: try r["ok"].decode(Bool.self), inputTokens: try r["input_tokens"].decode(Int.self),
                        outputTokens: try r["output_tokens"].decode(Int.self), costUSD: try r["cost_usd"].decode(Double.self),
                        ms: try r["ms"].decode(Double.self)))
            }
            return steps
        } catch {
            throw queryError(error, doing: "reading the steps of task \(task)")
        }
    }

    public func task(forProposal n: Int) async throws -> TaskRecord? {
        try await taskRows(
            "SELECT \(unescaped: Self.taskColumns) FROM task WHERE proposal = \(n) ORDER BY coalesce(started, queued) DESC, id DESC LIMIT 1"
        ).first
    }

    public func latestTaskStatuses() async throws -> [Int: TaskRecord.Status] {
        let rows = try await taskRows(
            """
            SELECT DISTINCT ON (proposal) \(unescaped: Self.taskColumns) FROM task WHERE proposal IS NOT NULL
            ORDER BY proposal, coalesce(started, queued) DESC, id DESC
            """)
        return Dictionary(rows.map { ($0.proposal!, $0.status) }, uniquingKeysWith: { a, _ in a })
    }

    /// The upsert of `saveTask`: every field of the record, the steps kept. Without a lease it
    /// changes only a task the queue never handed out; with one, only while the lease holds.
    func upsertTask(_ t: TaskRecord, fence lease: TaskLease?) async throws {
        let fence = lease?.fence ?? 0
        let doing = "saving task \(t.id)" + (lease.map { " under fence \($0.fence)" } ?? "")
        let saved: [String]
        do {
            saved = try await landing {
                try await self.client.query(
                    """
                    INSERT INTO task (id, prompt, agent, agent_reason, status, proposal, revision_of, models, steps, input_tokens, output_tokens, cost_usd,
                      started, finished, summary, error)
                    VALUES (\(t.id), \(t.prompt), \(t.agent), \(t.agentReason), \(t.status.rawValue), \(t.proposal), \(t.revisionOf),
                      \(t.models.joined(separator: ",")), \(t.steps), \(t.inputTokens), \(t.outputTokens), \(t.costUSD), \(t.started), \(t.finished),
                      \(t.summary), \(t.error))
                    ON CONFLICT (id) DO UPDATE SET prompt = excluded.prompt, agent = excluded.agent, agent_reason = excluded.agent_reason,
                      status = excluded.status, proposal = excluded.proposal, revision_of = excluded.revision_of, models = excluded.models,
                      steps = excluded.steps, input_tokens = excluded.input_tokens, output_tokens = excluded.output_tokens, cost_usd = excluded.cost_usd,
                      started = excluded.started, finished = excluded.finished, summary = excluded.summary, error = excluded.error
                    WHERE task.fence = \(fence) AND (\(fence) = 0 OR (task.status = 'running' AND task.lease_until > clock_timestamp()))
                    RETURNING id
                    """
                ).decode(String.self).reduce(into: [String]()) { $0.append($1) }
            }
        } catch {
            throw queryError(error, doing: doing)
        }
        guard saved.isEmpty else { return }
        throw PostgresStoreError(
            .leaseLost,
            "\(doing) was refused: "
                + (lease == nil
                    ? "the queue handed the task to a worker, and only its lease may change it; or, run outside the queue by a 'steward schedule run-now' that stopped renewing its lease, it was ended meanwhile (the schedule's next run or a cancel), so this process writes nothing more for it"
                    : "the lease under fence \(fence) is no longer \(lease!.worker)'s (it expired, or another worker claimed the task); this worker stops the task")
        )
    }

    /// The step, replacing one with its task and index; the lease check refuses a wrong fence.
    func insertStep(_ s: TaskStepRecord, fence: Int64) async throws {
        do {
            try await landing {
                try await self.client.query(
                    """
                    INSERT INTO task_step (task, idx, date, kind, model, name, input, output, ok, input_tokens, output_tokens, cost_usd, ms, fence)
                    VALUES (\(s.task), \(s.index), \(s.date), \(s.kind.rawValue), \(s.model), \(s.name), \(s.input), \(s.output),
                      \(s.ok), \(s.inputTokens), \(s.outputTokens), \(s.costUSD), \(s.ms), \(fence))
                    ON CONFLICT (task, idx) DO UPDATE SET date = excluded.date, kind = excluded.kind, model = excluded.model, name = excluded.name,
                      input = excluded.input, output = excluded.output, ok = excluded.ok, input_tokens = excluded.input_tokens,
                      output_tokens = excluded.output_tokens, cost_usd = excluded.cost_usd, ms = excluded.ms, fence = excluded.fence
                    """)
            }
        } catch {
            throw queryError(error, doing: "writing step \(s.index) of task \(s.task)" + (fence == 0 ? "" : " under fence \(fence)"))
        }
    }

    /// Runs `body` in a task of its own, so that a write made by a cancelled task still lands
    /// (Ctrl-C cancels a run, which then records how it ended; the pool refuses a cancelled
    /// caller), as the SQLite store does (spec 14).
    func landing<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) async throws -> T {
        try await Task.detached(operation: body).value
    }

    func taskRows(_ query: PostgresQuery) async throws -> [TaskRecord] {
        do {
            var tasks: [TaskRecord] = []
            for try await row in try await client.query(query) {
                let r = row.makeRandomAccess()
                let models = try r["models"].decode(String.self)
                let status = try r["status"].decode(String.self)
                tasks.append(
                    TaskRecord(
                        id: try r["id"].decode(String.self), prompt: try r["prompt"].decode(String.self), agent: try r["agent"].decode(String.self),
                        agentReason: try r["agent_reason"].decode(String.self),
                        status: TaskRecord.Status(rawValue: status) ?? .failed,
                        proposal: try r["proposal"].decode(Int?.self), revisionOf: try r["revision_of"].decode(Int?.self),
                        models: models.isEmpty ? [] : models.split(separator: ",").map(String.init), steps: try r["steps"].decode(Int.self),
                        inputTokens: try r["input_tokens"].decode(Int.self), outputTokens: try r["output_tokens"].decode(Int.self),
                        costUSD: try r["cost_usd"].decode(Double.self), started: try r["started"].decode(Date.self),
                        finished: try r["finished"].decode(Date?.self), summary: try r["summary"].decode(String?.self),
                        error: try r["error"].decode(String?.self)))
            }
            return tasks
        } catch {
            throw queryError(error, doing: "reading tasks")
        }
    }
}
