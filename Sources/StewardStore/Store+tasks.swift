import Foundation
import GRDB
import StewardCore

// Tasks and their steps (`steward tasks`, `steward task`): `TaskLedger` on SQLite, through
// GRDB's records and query interface.

extension TaskRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "task"

    /// The columns the queries name.
    public enum Columns {
        public static let id = Column("id")
        public static let proposal = Column("proposal")
        public static let status = Column("status")
        public static let started = Column("started")
    }

    /// `models` is one comma-separated column; an unknown status reads as failed.
    public init(row: Row) throws {
        let models: String = row["models"]
        self.init(
            id: row["id"], prompt: row["prompt"], agent: row["agent"], agentReason: row["agentReason"],
            status: Status(rawValue: row["status"]) ?? .failed, proposal: row["proposal"], revisionOf: row["revisionOf"],
            models: models.isEmpty ? [] : models.split(separator: ",").map(String.init), steps: row["steps"], inputTokens: row["inputTokens"],
            outputTokens: row["outputTokens"], costUSD: row["costUSD"], started: row["started"], finished: row["finished"], summary: row["summary"],
            error: row["error"])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["prompt"] = prompt
        container["agent"] = agent
        container["agentReason"] = agentReason
        container["status"] = status.rawValue
        container["proposal"] = proposal
        container["revisionOf"] = revisionOf
        container["models"] = models.joined(separator: ",")
        container["steps"] = steps
        container["inputTokens"] = inputTokens
        container["outputTokens"] = outputTokens
        container["costUSD"] = costUSD
        container["started"] = started
        container["finished"] = finished
        container["summary"] = summary
        container["error"] = error
    }
}

extension TaskStepRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "taskStep"

    /// The index is the `idx` column; an unknown kind reads as a note.
    public init(row: Row) throws {
        self.init(
            task: row["task"], index: row["idx"], date: row["date"], kind: Kind(rawValue: row["kind"]) ?? .note, model: row["model"],
            name: row["name"], input: row["input"], output: row["output"], ok: row["ok"], inputTokens: row["inputTokens"],
            outputTokens: row["outputTokens"], costUSD: row["costUSD"], ms: row["ms"])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["task"] = task
        container["idx"] = index
        container["date"] = date
        container["kind"] = kind.rawValue
        container["model"] = model
        container["name"] = name
        container["input"] = input
        container["output"] = output
        container["ok"] = ok
        container["inputTokens"] = inputTokens
        container["outputTokens"] = outputTokens
        container["costUSD"] = costUSD
        container["ms"] = ms
    }
}

extension Store {
    public func latestTaskStatuses() async throws -> [Int: TaskRecord.Status] {
        try await pool.read { db in
            // SQLite takes the other columns of a MAX() aggregate from the row holding the
            // maximum: the status of each proposal's newest task.
            let newest = TaskRecord.select(TaskRecord.Columns.proposal, TaskRecord.Columns.status, max(TaskRecord.Columns.started))
                .filter(TaskRecord.Columns.proposal != nil).group(TaskRecord.Columns.proposal)
            var out: [Int: TaskRecord.Status] = [:]
            for row in try Row.fetchAll(db, newest) { out[row["proposal"]] = TaskRecord.Status(rawValue: row["status"]) }
            return out
        }
    }

    /// An upsert: a REPLACE would delete the row and, through the foreign key, every step
    /// recorded so far.
    public func saveTask(_ t: TaskRecord) async throws {
        try await write { db in try t.upsert(db) }
    }

    public func addStep(_ s: TaskStepRecord) async throws {
        try await write { db in try s.insert(db, onConflict: .replace) }
    }

    public func tasks(limit: Int) async throws -> [TaskRecord] {
        try await pool.read { db in
            try TaskRecord.order(TaskRecord.Columns.started.desc, TaskRecord.Columns.id.desc).limit(max(0, limit)).fetchAll(db)
        }
    }

    public func task(_ id: String) async throws -> TaskRecord? {
        try await pool.read { db in
            if let task = try TaskRecord.fetchOne(db, key: id) { return task }
            // A unique prefix, as with git's abbreviated ids.
            let escaped = id.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(
                of: "_", with: "\\_")
            let found = try TaskRecord.filter(TaskRecord.Columns.id.like(escaped + "%", escape: "\\")).limit(2).fetchAll(db)
            if found.count > 1 { throw StewardError.usage("task id '\(Escape.inline(id))' is ambiguous; give more of it") }
            return found.first
        }
    }

    public func steps(of task: String) async throws -> [TaskStepRecord] {
        try await pool.read { db in try TaskStepRecord.filter(Column("task") == task).order(Column("idx")).fetchAll(db) }
    }

    public func task(forProposal n: Int) async throws -> TaskRecord? {
        try await pool.read { db in
            try TaskRecord.filter(TaskRecord.Columns.proposal == n).order(TaskRecord.Columns.started.desc, TaskRecord.Columns.id.desc).fetchOne(db)
        }
    }
}
