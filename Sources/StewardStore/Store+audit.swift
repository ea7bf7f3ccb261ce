import Foundation
import GRDB
import StewardCore

// The index of the audit trail: events and proposals, kept in step with git and compared with it.

extension Store {
    public func lastSequence() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT MAX(sequence) FROM event") ?? 0 }
    }

    public func lastIndexed() throws -> (sequence: Int, auditCommit: String?) {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT sequence, auditCommit FROM event ORDER BY sequence DESC LIMIT 1") else {
                return (0, nil)
            }
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
            sql:
                "INSERT OR IGNORE INTO \(event) (sequence, kind, proposal, actor, date, rollbackOf, json, auditCommit) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
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
    public func difference(from events: [(event: AuditEvent, auditCommit: String?)]) throws -> AuditIndexDifference? {
        try pool.write { db in
            // Names of their own: an unqualified `event` must never resolve to a temp table.
            try db.execute(
                sql: """
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
                    return AuditIndexDifference(
                        message: "the store's events differ from the audit trail at event \(seq) (\(Self.describe(mine, theirs)))", onlyBehind: false)
                }
                if mine == nil, onlyInStore == nil {
                    // The store lacks git's newest events and holds nothing git does not.
                    return AuditIndexDifference(message: "store had \(stored) of \(events.count) events", onlyBehind: true)
                }
                return AuditIndexDifference(
                    message: "the store holds event \(seq), which the audit trail does not (\(stored) events in the store, \(events.count) in git)",
                    onlyBehind: false)
            }
            let proposalColumns = "number, title, agent, status, created, updated, rollbackOf"
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
}
