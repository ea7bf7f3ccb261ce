import Foundation
import GRDB
import StewardCore

/// Steward's SQLite store (`.steward/steward.db`, WAL). Per machine: an index of the audit
/// trail for fast listing, the review cache, seen marks and the memory index (synchronous). The
/// shared data (`SharedStore`: tasks and steps, model calls, schedules; async, as a PostgreSQL
/// backend is) for a workspace on one machine. Git stays the source of truth for the audit
/// trail: delete this file and `steward doctor` (or any command) rebuilds it.
public final class Store: AuditIndex, ProposalCache, SharedStore, Sendable {
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
            throw StewardError.failure(
                "cannot open the store \(path) (\(error)); move it aside and run 'steward doctor --rebuild' to rebuild it from git")
        }
    }

    /// Writes the shared data even when the calling task is cancelled: what a cancelled run
    /// records (its end, its last step, the cost of a call that was answered) must land. GRDB's
    /// async `write` refuses a cancelled task; a detached task is not cancelled with its caller.
    func write<T: Sendable>(_ updates: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await Task.detached { try await self.pool.write(updates) }.value
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
            try db.execute(
                sql: """
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
        m.registerMigration("v10: one audit chain per machine") { db in
            // Spec 22.5: events come from several chains (refs/steward/audit and one
            // refs/steward/trail/ID per machine), so the sequence is unique only per chain; an
            // event is keyed by its audit commit. Rows so far all came from refs/steward/audit.
            // orderDate: the latest date of its chain up to it (`AuditRecord.ordered`).
            try db.execute(
                sql: """
                    CREATE TABLE newEvent (
                      sequence INTEGER NOT NULL, kind TEXT NOT NULL, proposal INTEGER NOT NULL, actor TEXT NOT NULL,
                      date DATETIME NOT NULL, rollbackOf INTEGER, json TEXT NOT NULL, auditCommit TEXT UNIQUE,
                      chain TEXT NOT NULL, orderDate DATETIME NOT NULL, UNIQUE (chain, sequence));
                    INSERT INTO newEvent (sequence, kind, proposal, actor, date, rollbackOf, json, auditCommit, chain, orderDate)
                      SELECT sequence, kind, proposal, actor, date, rollbackOf, json, auditCommit, 'refs/steward/audit',
                        MAX(date) OVER (ORDER BY sequence ROWS UNBOUNDED PRECEDING) FROM event;
                    DROP TABLE event;
                    ALTER TABLE newEvent RENAME TO event;
                    CREATE INDEX event_on_proposal ON event(proposal);
                    CREATE INDEX event_in_order ON event(orderDate, chain, sequence);
                    """)
        }
        m.registerMigration("v11: the task and machine of each model call") { db in
            // Spec 23.2: a call names the task it was made for and the machine that made it;
            // calls recorded before this column existed have NULL.
            try db.alter(table: "modelCall") { t in
                t.add(column: "task", .text)
                t.add(column: "machine", .text)
            }
            try db.create(index: "modelCall_on_task", on: "modelCall", columns: ["task"])
        }
        return m
    }
}
