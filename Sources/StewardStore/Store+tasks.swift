import Foundation
import GRDB
import StewardCore

// Tasks and their steps (`steward tasks`, `steward task`).

extension Store {
    /// The status of the newest task of each proposal (to flag unfinished ones).
    public func latestTaskStatuses() throws -> [Int: TaskRecord.Status] {
        try pool.read { db in
            var out: [Int: TaskRecord.Status] = [:]
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT proposal, status FROM task t WHERE proposal IS NOT NULL
                      AND started = (SELECT MAX(started) FROM task u WHERE u.proposal = t.proposal)
                    """)
            for row in rows { out[row["proposal"]] = TaskRecord.Status(rawValue: row["status"]) }
            return out
        }
    }

    /// Inserts or updates a task (an upsert: a REPLACE would delete the row and, through the
    /// foreign key, every step recorded so far).
    public func saveTask(_ t: TaskRecord) throws {
        try pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO task (id, prompt, agent, agentReason, status, proposal, revisionOf, models, steps, inputTokens, outputTokens, costUSD, started, finished, summary, error)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET prompt = excluded.prompt, agent = excluded.agent, agentReason = excluded.agentReason, status = excluded.status,
                      proposal = excluded.proposal, revisionOf = excluded.revisionOf, models = excluded.models, steps = excluded.steps,
                      inputTokens = excluded.inputTokens, outputTokens = excluded.outputTokens, costUSD = excluded.costUSD, started = excluded.started,
                      finished = excluded.finished, summary = excluded.summary, error = excluded.error
                    """,
                arguments: [
                    t.id, t.prompt, t.agent, t.agentReason, t.status.rawValue, t.proposal, t.revisionOf, t.models.joined(separator: ","), t.steps,
                    t.inputTokens, t.outputTokens, t.costUSD, t.started, t.finished, t.summary, t.error,
                ])
        }
    }

    public func addStep(_ s: TaskStepRecord) throws {
        try pool.write { db in
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO taskStep (task, idx, date, kind, model, name, input, output, ok, inputTokens, outputTokens, costUSD, ms)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    s.task, s.index, s.date, s.kind.rawValue, s.model, s.name, s.input, s.output, s.ok, s.inputTokens, s.outputTokens, s.costUSD,
                    s.ms,
                ])
        }
    }

    static func taskRecord(_ row: Row) -> TaskRecord {
        let models: String = row["models"]
        return TaskRecord(
            id: row["id"], prompt: row["prompt"], agent: row["agent"], agentReason: row["agentReason"],
            status: TaskRecord.Status(rawValue: row["status"]) ?? .failed, proposal: row["proposal"], revisionOf: row["revisionOf"],
            models: models.isEmpty ? [] : models.split(separator: ",").map(String.init), steps: row["steps"], inputTokens: row["inputTokens"],
            outputTokens: row["outputTokens"], costUSD: row["costUSD"], started: row["started"], finished: row["finished"], summary: row["summary"],
            error: row["error"])
    }

    public func tasks(limit: Int) throws -> [TaskRecord] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM task ORDER BY started DESC, id DESC LIMIT ?", arguments: [max(0, limit)]).map(Self.taskRecord)
        }
    }

    public func task(_ id: String) throws -> TaskRecord? {
        try pool.read { db in
            if let row = try Row.fetchOne(db, sql: "SELECT * FROM task WHERE id = ?", arguments: [id]) { return Self.taskRecord(row) }
            // A unique prefix, as with git's abbreviated ids.
            let escaped = id.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(
                of: "_", with: "\\_")
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM task WHERE id LIKE ? ESCAPE '\\' LIMIT 2", arguments: [escaped + "%"])
            if rows.count > 1 { throw StewardError.usage("task id '\(Escape.inline(id))' is ambiguous; give more of it") }
            return rows.first.map(Self.taskRecord)
        }
    }

    public func steps(of task: String) throws -> [TaskStepRecord] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM taskStep WHERE task = ? ORDER BY idx", arguments: [task]).map { row in
                TaskStepRecord(
                    task: row["task"], index: row["idx"], date: row["date"], kind: TaskStepRecord.Kind(rawValue: row["kind"]) ?? .note,
                    model: row["model"],
                    name: row["name"], input: row["input"], output: row["output"], ok: row["ok"], inputTokens: row["inputTokens"],
                    outputTokens: row["outputTokens"],
                    costUSD: row["costUSD"], ms: row["ms"])
            }
        }
    }

    public func task(forProposal n: Int) throws -> TaskRecord? {
        try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM task WHERE proposal = ? ORDER BY started DESC LIMIT 1", arguments: [n]).map(Self.taskRecord)
        }
    }
}
