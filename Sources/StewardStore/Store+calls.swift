import Foundation
import GRDB
import StewardCore

// Model calls: the ledger the router records to and reads cool-downs and cloud spend from
// (`ModelCallLedger` on SQLite). The record's fields are the `modelCall` columns; `id` (the
// order of recording) is the table's own.

extension ModelCallRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "modelCall"

    public enum Columns {
        public static let id = Column("id")
        public static let date = Column("date")
        public static let modelName = Column("modelName")
        public static let cloud = Column("cloud")
        public static let outcome = Column("outcome")
        public static let costUSD = Column("costUSD")
        public static let task = Column("task")
    }
}

extension Store {
    public func record(_ c: ModelCallRecord) async throws {
        try await write { db in try c.insert(db) }
    }

    public func cloudSpend(since date: Date) async throws -> Double {
        try await pool.read { db in
            try ModelCallRecord.filter(ModelCallRecord.Columns.cloud == true && ModelCallRecord.Columns.date >= date)
                .select(total(ModelCallRecord.Columns.costUSD), as: Double.self).fetchOne(db) ?? 0
        }
    }

    public func lastFailure(of modelName: String) async throws -> Date? {
        try await pool.read { db in
            let calls = ModelCallRecord.filter(ModelCallRecord.Columns.modelName == modelName)
            let latest = max(ModelCallRecord.Columns.date)
            // A later success ends the cool-down.
            var failed = calls.filter(ModelCallRecord.Columns.outcome == "failed")
            if let ok = try calls.filter(ModelCallRecord.Columns.outcome == "ok").select(latest, as: Date.self).fetchOne(db) {
                failed = failed.filter(ModelCallRecord.Columns.date > ok)
            }
            return try failed.select(latest, as: Date.self).fetchOne(db)
        }
    }

    public func modelCalls(ofTask id: String) async throws -> [ModelCallRecord] {
        try await pool.read { db in
            try ModelCallRecord.filter(ModelCallRecord.Columns.task == id).order(ModelCallRecord.Columns.id).fetchAll(db)
        }
    }

    /// Recorded calls, newest last.
    public func modelCalls(limit: Int) async throws -> [ModelCallRecord] {
        try await pool.read { db in
            try ModelCallRecord.order(ModelCallRecord.Columns.id.desc).limit(max(0, limit)).fetchAll(db).reversed()
        }
    }
}
