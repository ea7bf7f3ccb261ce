import Foundation
import GRDB
import StewardCore

/// Steward's SQLite store (`.steward/steward.db`, WAL): an index of the audit trail for fast
/// listing, and later tasks, steps, tokens and costs. Git stays the source of truth for the
/// audit trail: delete this file and `steward doctor` (or any command) rebuilds it.
public final class Store: AuditIndex, ModelCallLedger, ProposalCache, TaskLedger, Sendable {
    let pool: DatabasePool
    public let path: String

    /// Opens (creating and migrating) the store at `path`.
    /// - Throws: `StewardError.failure` naming the file and the fix.
    public init(path: String) throws {
        self.path = path
        var config = Configuration()
        config.busyMode = .timeout(30)
        config.label = "steward.store"
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            pool = try DatabasePool(path: path, configuration: config)
            try Self.migrator.migrate(pool)
        } catch {
            throw StewardError.failure("cannot open the store \(path) (\(error)); move it aside and run 'steward doctor --rebuild' to rebuild it from git")
        }
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1: audit index") { db in
            try db.create(table: "event") { t in
                t.primaryKey("sequence", .integer)
                t.column("kind", .text).notNull()
                t.column("proposal", .integer).notNull().indexed()
                t.column("actor", .text).notNull()
                t.column("date", .datetime).notNull()
                t.column("rollbackOf", .integer)
                t.column("json", .text).notNull()
            }
            try db.create(table: "proposal") { t in
                t.primaryKey("number", .integer)
                t.column("title", .text).notNull()
                t.column("agent", .text).notNull()
                t.column("status", .text).notNull().indexed()
                t.column("created", .datetime).notNull()
                t.column("updated", .datetime).notNull()
                t.column("rollbackOf", .integer)
            }
        }
        m.registerMigration("v2: model calls") { db in
            try db.create(table: "modelCall") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("date", .datetime).notNull().indexed()
                t.column("purpose", .text).notNull()
                t.column("modelName", .text).notNull()
                t.column("provider", .text).notNull()
                t.column("model", .text).notNull()
                t.column("cloud", .boolean).notNull()
                t.column("outcome", .text).notNull()
                t.column("reason", .text)
                t.column("inputTokens", .integer).notNull()
                t.column("outputTokens", .integer).notNull()
                t.column("costUSD", .double).notNull()
                t.column("latencyMs", .double).notNull()
                t.column("firstTokenMs", .double)
            }
        }
        m.registerMigration("v3: review cache") { db in
            try db.create(table: "reviewCache") { t in
                t.primaryKey("number", .integer)
                t.column("head", .text).notNull()
                t.column("base", .text)
                t.column("title", .text).notNull()
                t.column("agent", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("created", .double).notNull()
                t.column("files", .integer).notNull()
                t.column("additions", .integer).notNull()
                t.column("deletions", .integer).notNull()
            }
        }
        m.registerMigration("v4: tasks") { db in
            try db.create(table: "task") { t in
                t.primaryKey("id", .text)
                t.column("prompt", .text).notNull()
                t.column("agent", .text).notNull()
                t.column("agentReason", .text).notNull()
                t.column("status", .text).notNull()
                t.column("proposal", .integer).indexed()
                t.column("revisionOf", .integer)
                t.column("models", .text).notNull()
                t.column("steps", .integer).notNull()
                t.column("inputTokens", .integer).notNull()
                t.column("outputTokens", .integer).notNull()
                t.column("costUSD", .double).notNull()
                t.column("started", .datetime).notNull().indexed()
                t.column("finished", .datetime)
                t.column("summary", .text)
                t.column("error", .text)
            }
            try db.create(table: "taskStep") { t in
                t.column("task", .text).notNull().references("task", onDelete: .cascade)
                t.column("idx", .integer).notNull()
                t.column("date", .datetime).notNull()
                t.column("kind", .text).notNull()
                t.column("model", .text)
                t.column("name", .text)
                t.column("input", .text).notNull()
                t.column("output", .text).notNull()
                t.column("ok", .boolean).notNull()
                t.column("inputTokens", .integer).notNull()
                t.column("outputTokens", .integer).notNull()
                t.column("costUSD", .double).notNull()
                t.column("ms", .double).notNull()
                t.primaryKey(["task", "idx"])
            }
        }
        m.registerMigration("v5: what the reviewer saw") { db in
            try db.create(table: "seen") { t in
                t.primaryKey("number", .integer)
                t.column("head", .text).notNull()
                t.column("date", .datetime).notNull()
            }
        }
        m.registerMigration("v6: what a proposal changes") { db in
            // A cache: entries made before this column existed are dropped and recomputed.
            try db.execute(sql: "DELETE FROM reviewCache")
            try db.alter(table: "reviewCache") { t in t.add(column: "contents", .text).notNull().defaults(to: "") }
        }
        m.registerMigration("v7: memory index") { db in
            // Chunks of the files in memory/ and outputs/ on main; FTS5 (porter over unicode61)
            // kept in step by triggers; vectors when an embedding model answered.
            try db.execute(sql: """
                CREATE TABLE memoryChunk (id INTEGER PRIMARY KEY, path TEXT NOT NULL, heading TEXT NOT NULL, ordinal INTEGER NOT NULL, text TEXT NOT NULL);
                CREATE INDEX memoryChunk_path ON memoryChunk(path);
                CREATE VIRTUAL TABLE memoryFTS USING fts5(path, heading, text, content='memoryChunk', content_rowid='id', tokenize='porter unicode61');
                CREATE TRIGGER memoryChunk_ai AFTER INSERT ON memoryChunk BEGIN
                  INSERT INTO memoryFTS(rowid, path, heading, text) VALUES (new.id, new.path, new.heading, new.text);
                END;
                CREATE TRIGGER memoryChunk_ad AFTER DELETE ON memoryChunk BEGIN
                  INSERT INTO memoryFTS(memoryFTS, rowid, path, heading, text) VALUES ('delete', old.id, old.path, old.heading, old.text);
                END;
                CREATE TABLE memoryVector (chunk INTEGER PRIMARY KEY REFERENCES memoryChunk(id) ON DELETE CASCADE, model TEXT NOT NULL, vector BLOB NOT NULL);
                CREATE TABLE memoryState (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                """)
        }
        m.registerMigration("v8: schedules") { db in
            try db.create(table: "schedule") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("cron", .text).notNull()
                t.column("timeZone", .text).notNull()
                t.column("task", .text).notNull()
                t.column("agent", .text)
                t.column("catchUp", .boolean).notNull()
                t.column("created", .datetime).notNull()
                t.column("lastRun", .datetime)
                t.column("lastTask", .text)
            }
        }
        m.registerMigration("v9: the audit commit of each event") { db in
            // Which commit of refs/steward/audit each event was indexed from: the sync checks the
            // newest against git in O(1), so a store built from another trail is rebuilt. Rows
            // indexed before this column existed have NULL, which the next sync rebuilds.
            try db.alter(table: "event") { t in t.add(column: "auditCommit", .text) }
        }
        return m
    }

    /// Records that the person saw proposal `n` at `head` (`steward diff`).
    public func markSeen(_ n: Int, head: String, date: Date = Date()) throws {
        try pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO seen (number, head, date) VALUES (?, ?, ?)", arguments: [n, head, date])
        }
    }

    /// The head the person last saw of each proposal.
    public func seenHeads() throws -> [Int: String] {
        try pool.read { db in
            var out: [Int: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT number, head FROM seen") { out[row["number"]] = row["head"] }
            return out
        }
    }

    /// The status of the newest task of each proposal (to flag unfinished ones).
    public func latestTaskStatuses() throws -> [Int: TaskRecord.Status] {
        try pool.read { db in
            var out: [Int: TaskRecord.Status] = [:]
            let rows = try Row.fetchAll(db, sql: """
                SELECT proposal, status FROM task t WHERE proposal IS NOT NULL
                  AND started = (SELECT MAX(started) FROM task u WHERE u.proposal = t.proposal)
                """)
            for row in rows { out[row["proposal"]] = TaskRecord.Status(rawValue: row["status"]) }
            return out
        }
    }

    public func lastSequence() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT MAX(sequence) FROM event") ?? 0 }
    }

    public func lastIndexed() throws -> (sequence: Int, auditCommit: String?) {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT sequence, auditCommit FROM event ORDER BY sequence DESC LIMIT 1") else { return (0, nil) }
            return (row[0], row[1])
        }
    }

    public func ingest(_ events: [(event: AuditEvent, auditCommit: String?)]) throws {
        if events.isEmpty { return }
        try pool.write { db in
            for (e, commit) in events { try insert(e, auditCommit: commit, db) }
        }
    }

    /// Events without the audit commits they came from (which the next sync then rebuilds).
    public func ingest(_ events: [AuditEvent]) throws {
        try ingest(events.map { ($0, nil) })
    }

    /// Indexes one event into `event` and `proposal`, or into `prefix`-named copies of them
    /// (`expectedEvent`, `expectedProposal`: what `difference(from:)` compares with).
    private func insert(_ e: AuditEvent, auditCommit: String?, _ db: Database, prefix: String = "") throws {
        let event = prefix.isEmpty ? "main.event" : "temp.\(prefix)Event"
        try db.execute(
            sql: "INSERT OR IGNORE INTO \(event) (sequence, kind, proposal, actor, date, rollbackOf, json, auditCommit) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            arguments: [e.sequence, e.kind.rawValue, e.proposal, e.actor, e.date, e.rollbackOf, try e.json(), auditCommit])
        guard db.changesCount > 0 else { return }
        try apply(e, db, proposal: prefix.isEmpty ? "main.proposal" : "temp.\(prefix)Proposal")
    }

    /// Keeps the proposal table in step with one new event.
    private func apply(_ e: AuditEvent, _ db: Database, proposal: String) throws {
        switch e.kind {
        case .proposed:
            try db.execute(
                sql: "INSERT OR REPLACE INTO \(proposal) (number, title, agent, status, created, updated) VALUES (?, ?, ?, 'pending', ?, ?)",
                arguments: [e.proposal, e.title, e.actor, e.date, e.date])
        case .refreshed, .updated:
            try db.execute(sql: "UPDATE \(proposal) SET updated = ? WHERE number = ?", arguments: [e.date, e.proposal])
        case .approved where e.part != nil:
            // One part of a proposal (spec 5.5a): the rest is still to decide.
            try db.execute(sql: "UPDATE \(proposal) SET updated = ? WHERE number = ?", arguments: [e.date, e.proposal])
        case .approved, .rejected:
            try db.execute(sql: "UPDATE \(proposal) SET status = ?, updated = ? WHERE number = ?",
                           arguments: [e.kind == .approved ? "approved" : "rejected", e.date, e.proposal])
        case .rolledBack:
            try db.execute(
                sql: "INSERT OR REPLACE INTO \(proposal) (number, title, agent, status, created, updated, rollbackOf) VALUES (?, ?, ?, 'applied', ?, ?, ?)",
                arguments: [e.proposal, e.title, e.actor, e.date, e.date, e.rollbackOf])
            // Undoing one part leaves the proposal's own status as it was.
            if e.part == nil {
                try db.execute(sql: "UPDATE \(proposal) SET status = 'rolled-back', updated = ? WHERE number = ?", arguments: [e.date, e.rollbackOf])
            }
        }
    }

    /// Compares the index with git's events: `events` are indexed, by the same code, into
    /// temporary copies of `event` and `proposal`, and every column of both tables is compared
    /// (SQLite's EXCEPT, both ways). O(events), one transaction; nothing in the store changes.
    public func difference(from events: [(event: AuditEvent, auditCommit: String?)]) throws -> AuditIndexDifference? {
        try pool.write { db in
            // Names of their own: an unqualified `event` must never resolve to a temp table.
            try db.execute(sql: """
                DROP TABLE IF EXISTS temp.expectedEvent; DROP TABLE IF EXISTS temp.expectedProposal;
                CREATE TEMP TABLE expectedEvent AS SELECT * FROM main.event WHERE 0;
                CREATE TEMP TABLE expectedProposal AS SELECT * FROM main.proposal WHERE 0;
                """)
            defer { try? db.execute(sql: "DROP TABLE IF EXISTS temp.expectedEvent; DROP TABLE IF EXISTS temp.expectedProposal;") }
            for (e, commit) in events { try insert(e, auditCommit: commit, db, prefix: "expected") }
            let columns = "sequence, kind, proposal, actor, date, rollbackOf, json, auditCommit"
            func first(_ key: String, _ sql: String) throws -> Int? { try Int.fetchOne(db, sql: "SELECT MIN(\(key)) FROM (\(sql))") }
            let onlyInStore = try first("sequence", "SELECT \(columns) FROM main.event EXCEPT SELECT \(columns) FROM temp.expectedEvent")
            let onlyInGit = try first("sequence", "SELECT \(columns) FROM temp.expectedEvent EXCEPT SELECT \(columns) FROM main.event")
            let stored = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM main.event") ?? 0
            if let seq = [onlyInStore, onlyInGit].compactMap({ $0 }).min() {
                let mine = try Row.fetchOne(db, sql: "SELECT \(columns) FROM main.event WHERE sequence = ?", arguments: [seq])
                let theirs = try Row.fetchOne(db, sql: "SELECT \(columns) FROM temp.expectedEvent WHERE sequence = ?", arguments: [seq])
                if let mine, let theirs {
                    return AuditIndexDifference(message: "the store's events differ from the audit trail at event \(seq) (\(Self.describe(mine, theirs)))", onlyBehind: false)
                }
                if mine == nil, onlyInStore == nil {
                    // The store lacks git's newest events and holds nothing git does not.
                    return AuditIndexDifference(message: "store had \(stored) of \(events.count) events", onlyBehind: true)
                }
                return AuditIndexDifference(message: "the store holds event \(seq), which the audit trail does not (\(stored) events in the store, \(events.count) in git)", onlyBehind: false)
            }
            let proposalColumns = "number, title, agent, status, created, updated, rollbackOf"
            let differing = [
                try first("number", "SELECT \(proposalColumns) FROM main.proposal EXCEPT SELECT \(proposalColumns) FROM temp.expectedProposal"),
                try first("number", "SELECT \(proposalColumns) FROM temp.expectedProposal EXCEPT SELECT \(proposalColumns) FROM main.proposal"),
            ].compactMap { $0 }.min()
            if let n = differing {
                let mine = try Row.fetchOne(db, sql: "SELECT \(proposalColumns) FROM main.proposal WHERE number = ?", arguments: [n])
                let theirs = try Row.fetchOne(db, sql: "SELECT \(proposalColumns) FROM temp.expectedProposal WHERE number = ?", arguments: [n])
                let column = ["status", "title", "agent", "created", "updated", "rollbackOf"].first {
                    (mine?[$0] as DatabaseValue?) != (theirs?[$0] as DatabaseValue?)
                } ?? "number"
                let shown = { (row: Row?) in row.map { Self.quoted(Self.text($0[column] as DatabaseValue)) } ?? "no row" }
                return AuditIndexDifference(
                    message: "the store's row for #\(n) differs from what the audit trail says (\(column) \(shown(mine)) in the store, \(shown(theirs)) from git)",
                    onlyBehind: false)
            }
            return nil
        }
    }

    static func quoted(_ s: String?) -> String { s.map { "'\(Escape.inline(String($0.prefix(80))))'" } ?? "none" }

    /// The first column in which two rows of `event` differ, as "actor 'mallory' in the store,
    /// 'cli' in git"; for the JSON, the first field of the event that differs.
    static func describe(_ mine: Row, _ theirs: Row) -> String {
        for column in ["auditCommit", "kind", "proposal", "actor", "date", "rollbackOf"] where mine[column] as DatabaseValue != theirs[column] as DatabaseValue {
            if column == "auditCommit", mine[column] as String? == nil {
                return "the store does not say which audit commit it came from: it was indexed by an older Steward"
            }
            if column == "auditCommit" {
                return "indexed from audit commit \(quoted(mine[column] as String?)) in the store, \(quoted(theirs[column] as String?)) in git: a store from another workspace?"
            }
            return "\(column) \(quoted(text(mine[column] as DatabaseValue))) in the store, \(quoted(text(theirs[column] as DatabaseValue))) in git"
        }
        let a = (try? JSONSerialization.jsonObject(with: Data((mine["json"] as String? ?? "").utf8))) as? [String: Any]
        let b = (try? JSONSerialization.jsonObject(with: Data((theirs["json"] as String? ?? "").utf8))) as? [String: Any]
        guard let a, let b else { return "its recorded JSON is unreadable in the store" }
        for key in Set(a.keys).union(b.keys).sorted() where !(a[key].map { "\($0)" } == b[key].map { "\($0)" }) {
            return "\(key) \(quoted(a[key].map { "\($0)" })) in the store, \(quoted(b[key].map { "\($0)" })) in git"
        }
        return "its recorded JSON differs"
    }

    private static func text(_ value: DatabaseValue) -> String? {
        switch value.storage {
        case .null: nil
        case .int64(let i): String(i)
        case .double(let d): String(d)
        case .string(let s): s
        case .blob(let b): "\(b.count) bytes"
        }
    }

    public func reset() throws {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM event")
            try db.execute(sql: "DELETE FROM proposal")
        }
    }

    /// Audit events in order, optionally for one proposal: its own events, its rollbacks,
    /// rollbacks of those, and so on down the chain.
    public func events(proposal: Int? = nil, limit: Int? = nil) throws -> [AuditEvent] {
        try pool.read { db in
            var sql = "SELECT json FROM event"
            var args: StatementArguments = []
            if let proposal {
                sql = """
                    WITH RECURSIVE chain(n) AS (
                        SELECT ? UNION SELECT e.proposal FROM event e JOIN chain c ON e.rollbackOf = c.n
                    )
                    SELECT json FROM event WHERE proposal IN chain
                    """
                args = [proposal]
            }
            sql += " ORDER BY sequence DESC"
            if let limit { sql += " LIMIT \(max(0, limit))" }
            let rows = try String.fetchAll(db, sql: sql, arguments: args)
            let events = try rows.map { try AuditEvent.decode(json: $0) }
            return events.sorted { $0.sequence < $1.sequence }
        }
    }

    /// Status of every proposal the trail knows, by number.
    public func statuses() throws -> [Int: String] {
        try pool.read { db in
            var out: [Int: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT number, status FROM proposal") { out[row["number"]] = row["status"] }
            return out
        }
    }

    // MARK: - Model calls

    public func record(_ c: ModelCallRecord) throws {
        try pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO modelCall (date, purpose, modelName, provider, model, cloud, outcome, reason, inputTokens, outputTokens, costUSD, latencyMs, firstTokenMs)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [c.date, c.purpose, c.modelName, c.provider, c.model, c.cloud, c.outcome, c.reason, c.inputTokens, c.outputTokens, c.costUSD, c.latencyMs, c.firstTokenMs])
        }
    }

    public func cloudSpend(since date: Date) throws -> Double {
        try pool.read { db in
            try Double.fetchOne(db, sql: "SELECT COALESCE(SUM(costUSD), 0) FROM modelCall WHERE cloud = 1 AND date >= ?", arguments: [date]) ?? 0
        }
    }

    public func lastFailure(of modelName: String) throws -> Date? {
        try pool.read { db in
            // A later success ends the cool-down.
            try Date.fetchOne(db, sql: """
                SELECT MAX(date) FROM modelCall WHERE modelName = ? AND outcome = 'failed'
                  AND date > COALESCE((SELECT MAX(date) FROM modelCall WHERE modelName = ? AND outcome = 'ok'), 0)
                """, arguments: [modelName, modelName])
        }
    }

    /// Recorded calls, newest last.
    public func modelCalls(limit: Int = 100) throws -> [ModelCallRecord] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM (SELECT * FROM modelCall ORDER BY id DESC LIMIT ?) ORDER BY id", arguments: [limit]).map { row in
                ModelCallRecord(
                    date: row["date"], purpose: row["purpose"], modelName: row["modelName"], provider: row["provider"], model: row["model"], cloud: row["cloud"],
                    outcome: row["outcome"], reason: row["reason"], inputTokens: row["inputTokens"], outputTokens: row["outputTokens"], costUSD: row["costUSD"],
                    latencyMs: row["latencyMs"], firstTokenMs: row["firstTokenMs"])
            }
        }
    }

    // MARK: - Review cache

    public func cachedProposals(_ heads: [Int: String]) throws -> [Int: ProposalInfo] {
        try pool.read { db in
            var out: [Int: ProposalInfo] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT number, head, base, title, agent, kind, created, files, additions, deletions, contents FROM reviewCache")
            while let row = try rows.next() {
                let n: Int = row[0]
                guard let head = heads[n], head == (row[1] as String) else { continue }
                out[n] = ProposalInfo(
                    number: n, title: row[3], agent: row[4], kind: ProposalInfo.Kind(rawValue: row[5]) ?? .change, status: .pending,
                    created: Date(timeIntervalSince1970: row[6]), base: row[2], head: head, files: row[7], additions: row[8], deletions: row[9],
                    rollbackOf: nil, undoneBy: nil, contents: (row[10] as String).split(separator: ",").map(String.init))
            }
            return out
        }
    }

    public func cacheProposals(_ infos: [ProposalInfo]) throws {
        try pool.write { db in
            for i in infos {
                guard let head = i.head else { continue }
                try db.execute(
                    sql: "INSERT OR REPLACE INTO reviewCache (number, head, base, title, agent, kind, created, files, additions, deletions, contents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    arguments: [i.number, head, i.base, i.title, i.agent, i.kind.rawValue, i.created.timeIntervalSince1970, i.files, i.additions, i.deletions,
                                i.contents.joined(separator: ",")])
            }
        }
    }

    // MARK: - Tasks

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
                arguments: [t.id, t.prompt, t.agent, t.agentReason, t.status.rawValue, t.proposal, t.revisionOf, t.models.joined(separator: ","), t.steps,
                            t.inputTokens, t.outputTokens, t.costUSD, t.started, t.finished, t.summary, t.error])
        }
    }

    public func addStep(_ s: TaskStepRecord) throws {
        try pool.write { db in
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO taskStep (task, idx, date, kind, model, name, input, output, ok, inputTokens, outputTokens, costUSD, ms)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [s.task, s.index, s.date, s.kind.rawValue, s.model, s.name, s.input, s.output, s.ok, s.inputTokens, s.outputTokens, s.costUSD, s.ms])
        }
    }

    static func taskRecord(_ row: Row) -> TaskRecord {
        let models: String = row["models"]
        return TaskRecord(
            id: row["id"], prompt: row["prompt"], agent: row["agent"], agentReason: row["agentReason"],
            status: TaskRecord.Status(rawValue: row["status"]) ?? .failed, proposal: row["proposal"], revisionOf: row["revisionOf"],
            models: models.isEmpty ? [] : models.split(separator: ",").map(String.init), steps: row["steps"], inputTokens: row["inputTokens"],
            outputTokens: row["outputTokens"], costUSD: row["costUSD"], started: row["started"], finished: row["finished"], summary: row["summary"], error: row["error"])
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
            let escaped = id.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM task WHERE id LIKE ? ESCAPE '\\' LIMIT 2", arguments: [escaped + "%"])
            if rows.count > 1 { throw StewardError.usage("task id '\(Escape.inline(id))' is ambiguous; give more of it") }
            return rows.first.map(Self.taskRecord)
        }
    }

    public func steps(of task: String) throws -> [TaskStepRecord] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM taskStep WHERE task = ? ORDER BY idx", arguments: [task]).map { row in
                TaskStepRecord(
                    task: row["task"], index: row["idx"], date: row["date"], kind: TaskStepRecord.Kind(rawValue: row["kind"]) ?? .note, model: row["model"],
                    name: row["name"], input: row["input"], output: row["output"], ok: row["ok"], inputTokens: row["inputTokens"], outputTokens: row["outputTokens"],
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
