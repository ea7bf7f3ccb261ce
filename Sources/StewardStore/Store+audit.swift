import Foundation
import GRDB
import StewardCore

// The index of the audit trail: events and proposals, kept in step with git and compared with it.

extension Store {
    public func chainHeads() throws -> [String: (sequence: Int, auditCommit: String?)] {
        try pool.read { db in
            var out: [String: (sequence: Int, auditCommit: String?)] = [:]
            // SQLite takes the bare column auditCommit from the row holding MAX(sequence).
            for row in try Row.fetchAll(db, sql: "SELECT chain, MAX(sequence), auditCommit FROM event GROUP BY chain") {
                out[row[0]] = (row[1], row[2])
            }
            return out
        }
    }

    public func records(chain: String) throws -> [AuditRecord] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT json, auditCommit FROM event WHERE chain = ? ORDER BY sequence", arguments: [chain]).map {
                AuditRecord(event: try AuditEvent.decode(json: $0[0] as String), auditCommit: $0[1], chain: chain)
            }
        }
    }

    /// Indexes `records` in the trail's order (`AuditRecord.ordered`, continuing each chain's
    /// `orderDate` from its last indexed event). The proposal rows follow
    /// each new event; when one sorts before events already indexed (another machine's chain
    /// fetched late), they are recomputed from every event, so the order of arrival never matters.
    public func ingest(_ records: [AuditRecord]) throws {
        if records.isEmpty { return }
        try pool.write { db in
            let newest = try Row.fetchOne(db, sql: "SELECT \(Self.orderColumns) FROM event ORDER BY \(Self.newestFirst) LIMIT 1").map(Self.orderKey)
            var after: [String: Date] = [:]
            // One row per chain (a machine): its last event's orderDate (SQLite's bare column).
            for row in try Row.fetchAll(db, sql: "SELECT chain, orderDate, MAX(sequence) FROM event GROUP BY chain") { after[row[0]] = row[1] }
            var recompute = false
            for r in AuditRecord.ordered(records, after: after) where try insert(r, db) {
                if let newest, r.orderKey < newest { recompute = true }
                if !recompute { try apply(r.event, db, proposal: "main.proposal") }
            }
            guard recompute else { return }
            try db.execute(sql: "DELETE FROM main.proposal")
            for json in try String.fetchAll(db, sql: "SELECT json FROM main.event ORDER BY \(Self.orderColumns)") {
                try apply(try AuditEvent.decode(json: json), db, proposal: "main.proposal")
            }
        }
    }

    /// Events of `refs/steward/audit` without the audit commits they came from (which the
    /// next sync then rebuilds).
    public func ingest(_ events: [AuditEvent]) throws {
        try ingest(events.map { AuditRecord(event: $0, auditCommit: nil) })
    }

    /// Adds one event's row to `event`, or to a `prefix`-named copy of it (`expectedEvent`,
    /// what `difference(from:)` compares with); false when it was there already.
    private func insert(_ r: AuditRecord, _ db: Database, prefix: String = "") throws -> Bool {
        let event = prefix.isEmpty ? "main.event" : "temp.\(prefix)Event"
        let e = r.event
        try db.execute(
            sql:
                "INSERT OR IGNORE INTO \(event) (\(Self.eventColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            arguments: [e.sequence, e.kind.rawValue, e.proposal, e.actor, e.date, e.rollbackOf, try e.json(), r.auditCommit, r.chain, r.orderDate])
        return db.changesCount > 0
    }

    static let eventColumns = "sequence, kind, proposal, actor, date, rollbackOf, json, auditCommit, chain, orderDate"
    /// The trail's order (`AuditRecord.inOrder`) in SQL, and a row's place in it.
    static let orderColumns = "orderDate, chain, sequence"
    static let newestFirst = "orderDate DESC, chain DESC, sequence DESC"
    static func orderKey(_ row: Row) -> (Date, String, Int) { (row["orderDate"], row["chain"], row["sequence"]) }

    /// Keeps the proposal table in step with one new event.
    private func apply(_ e: AuditEvent, _ db: Database, proposal: String) throws {
        switch e.kind {
        case .proposed:
            try db.execute(
                sql: "INSERT OR REPLACE INTO \(proposal) (number, title, agent, status, created, updated) VALUES (?, ?, ?, 'pending', ?, ?)",
                arguments: [e.proposal, e.title, e.actor, e.date, e.date])
        case .refreshed, .updated, .expired:
            try db.execute(sql: "UPDATE \(proposal) SET updated = ? WHERE number = ?", arguments: [e.date, e.proposal])
        case .approved where e.part != nil:
            // One part of a proposal (spec 5.5a): the rest is still to decide.
            try db.execute(sql: "UPDATE \(proposal) SET updated = ? WHERE number = ?", arguments: [e.date, e.proposal])
        case .approved, .rejected:
            try db.execute(
                sql: "UPDATE \(proposal) SET status = ?, updated = ? WHERE number = ?",
                arguments: [e.kind == .approved ? "approved" : "rejected", e.date, e.proposal])
        case .rolledBack:
            try db.execute(
                sql:
                    "INSERT OR REPLACE INTO \(proposal) (number, title, agent, status, created, updated, rollbackOf) VALUES (?, ?, ?, 'applied', ?, ?, ?)",
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
    public func difference(from records: [AuditRecord]) throws -> AuditIndexDifference? {
        try pool.write { db in
            // Names of their own: an unqualified `event` must never resolve to a temp table.
            try db.execute(
                sql: """
                    DROP TABLE IF EXISTS temp.expectedEvent; DROP TABLE IF EXISTS temp.expectedProposal;
                    CREATE TEMP TABLE expectedEvent AS SELECT * FROM main.event WHERE 0;
                    CREATE TEMP TABLE expectedProposal AS SELECT * FROM main.proposal WHERE 0;
                    """)
            defer { try? db.execute(sql: "DROP TABLE IF EXISTS temp.expectedEvent; DROP TABLE IF EXISTS temp.expectedProposal;") }
            for r in AuditRecord.ordered(records) where try insert(r, db, prefix: "expected") {
                try apply(r.event, db, proposal: "temp.expectedProposal")
            }
            let columns = Self.eventColumns
            func firstEvent(_ sql: String) throws -> Row? {
                try Row.fetchOne(db, sql: "SELECT \(Self.orderColumns) FROM (\(sql)) ORDER BY \(Self.orderColumns) LIMIT 1")
            }
            let onlyInStore = try firstEvent("SELECT \(columns) FROM main.event EXCEPT SELECT \(columns) FROM temp.expectedEvent")
            let onlyInGit = try firstEvent("SELECT \(columns) FROM temp.expectedEvent EXCEPT SELECT \(columns) FROM main.event")
            let stored = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM main.event") ?? 0
            if let at = [onlyInStore, onlyInGit].compactMap({ $0 }).min(by: { Self.orderKey($0) < Self.orderKey($1) }) {
                let (chain, seq): (String, Int) = (at["chain"], at["sequence"])
                func row(_ table: String) throws -> Row? {
                    try Row.fetchOne(db, sql: "SELECT \(columns) FROM \(table) WHERE chain = ? AND sequence = ?", arguments: [chain, seq])
                }
                let (mine, theirs) = (try row("main.event"), try row("temp.expectedEvent"))
                let place = "event \(seq)" + (chain == AuditRecord.auditChain ? "" : " of \(chain)")
                if let mine, let theirs {
                    return AuditIndexDifference(
                        message: "the store's events differ from the audit trail at \(place) (\(Self.describe(mine, theirs)))", onlyBehind: false)
                }
                if mine == nil, onlyInStore == nil {
                    // The store lacks git's newest events and holds nothing git does not.
                    return AuditIndexDifference(message: "store had \(stored) of \(records.count) events", onlyBehind: true)
                }
                return AuditIndexDifference(
                    message: "the store holds \(place), which the audit trail does not (\(stored) events in the store, \(records.count) in git)",
                    onlyBehind: false)
            }
            let proposalColumns = "number, title, agent, status, created, updated, rollbackOf"
            func first(_ key: String, _ sql: String) throws -> Int? { try Int.fetchOne(db, sql: "SELECT MIN(\(key)) FROM (\(sql))") }
            let differing = [
                try first("number", "SELECT \(proposalColumns) FROM main.proposal EXCEPT SELECT \(proposalColumns) FROM temp.expectedProposal"),
                try first("number", "SELECT \(proposalColumns) FROM temp.expectedProposal EXCEPT SELECT \(proposalColumns) FROM main.proposal"),
            ].compactMap { $0 }.min()
            if let n = differing {
                let mine = try Row.fetchOne(db, sql: "SELECT \(proposalColumns) FROM main.proposal WHERE number = ?", arguments: [n])
                let theirs = try Row.fetchOne(db, sql: "SELECT \(proposalColumns) FROM temp.expectedProposal WHERE number = ?", arguments: [n])
                let column =
                    ["status", "title", "agent", "created", "updated", "rollbackOf"].first {
                        (mine?[$0] as DatabaseValue?) != (theirs?[$0] as DatabaseValue?)
                    } ?? "number"
                let shown = { (row: Row?) in row.map { Self.quoted(Self.text($0[column] as DatabaseValue)) } ?? "no row" }
                return AuditIndexDifference(
                    message:
                        "the store's row for #\(n) differs from what the audit trail says (\(column) \(shown(mine)) in the store, \(shown(theirs)) from git)",
                    onlyBehind: false)
            }
            return nil
        }
    }

    static func quoted(_ s: String?) -> String { s.map { "'\(Escape.inline(String($0.prefix(80))))'" } ?? "none" }

    /// The first column in which two rows of `event` differ, as "actor 'mallory' in the store,
    /// 'cli' in git"; for the JSON, the first field of the event that differs.
    static func describe(_ mine: Row, _ theirs: Row) -> String {
        for column in ["auditCommit", "kind", "proposal", "actor", "date", "rollbackOf"]
        where mine[column] as DatabaseValue != theirs[column] as DatabaseValue {
            if column == "auditCommit", mine[column] as String? == nil {
                return "the store does not say which audit commit it came from: it was indexed by an older Steward"
            }
            if column == "auditCommit" {
                return
                    "indexed from audit commit \(quoted(mine[column] as String?)) in the store, \(quoted(theirs[column] as String?)) in git: a store from another workspace?"
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

    /// Audit events in the trail's order (`AuditRecord.inOrder`), optionally for one proposal: its own events, its rollbacks,
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
            sql += " ORDER BY \(Self.newestFirst)"
            if let limit { sql += " LIMIT \(max(0, limit))" }
            return try String.fetchAll(db, sql: sql, arguments: args).reversed().map { try AuditEvent.decode(json: $0) }
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
}
