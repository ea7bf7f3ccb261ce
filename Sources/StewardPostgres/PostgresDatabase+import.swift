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
    /// caps count this machine's spend. Schedules get new ids (the database's only grow). Rows go
    /// in batches of `batch`, each one statement over a JSON array (`jsonb_to_recordset`).
    /// - Parameter machine: recorded as who made the copied model calls.
    /// - Throws: `PostgresStoreError`; nothing is copied then (the transaction rolls back).
    public func importHistory(
        tasks: [TaskRecord], steps: [TaskStepRecord], calls: [ModelCallRecord], schedules: [ScheduleRecord], machine: String?,
        batch: Int = 500
    ) async throws -> StoreImportCounts {
        do {
            return try await landing {
                try await self.transaction { c in
                    try await c.query("SELECT pg_advisory_xact_lock(7317, 3)", logger: Self.logger)
                    var counts = StoreImportCounts()
                    for part in Self.batches(tasks.map(ImportedTask.init), batch) {
                        let added = try await Self.inserted(c, part, ImportSQL.tasks)
                        counts.tasks.copied += added
                        counts.tasks.present += part.count - added
                    }
                    for part in Self.batches(steps.map(ImportedStep.init), batch) {
                        let added = try await Self.inserted(c, part, ImportSQL.steps)
                        counts.steps.copied += added
                        counts.steps.present += part.count - added
                    }
                    for part in Self.batches(calls.map { ImportedCall($0, machine: machine) }, batch) {
                        let (added, usd) = try await Self.insertedCalls(c, part)
                        counts.modelCalls.copied += added
                        counts.modelCalls.present += part.count - added
                        counts.cloudUSDCopied += usd
                    }
                    for part in Self.batches(schedules.map(ImportedSchedule.init), batch) {
                        let added = try await Self.inserted(c, part, ImportSQL.schedules)
                        counts.schedules.copied += added
                        counts.schedules.present += part.count - added
                    }
                    return counts
                }
            }
        } catch {
            throw queryError(error, doing: "importing this machine's history (nothing was copied)")
        }
    }

    static func batches<T>(_ rows: [T], _ size: Int) -> [[T]] {
        stride(from: 0, to: rows.count, by: max(1, size)).map { Array(rows[$0..<min($0 + max(1, size), rows.count)]) }
    }

    /// Runs `sql` (`… jsonb_to_recordset($1::jsonb) …`, `WITH added AS (INSERT … RETURNING 1)
    /// SELECT count(*) FROM added`) over `rows` as one JSON array; how many it inserted.
    static func inserted<T: Encodable>(_ c: PostgresConnection, _ rows: [T], _ sql: String) async throws -> Int {
        let json = String(decoding: try ImportSQL.encoder.encode(rows), as: UTF8.self)
        var query = PostgresQuery(unsafeSQL: sql)
        try query.binds.append(json, context: .default)
        var count: Int64 = 0
        for try await n in try await c.query(query, logger: logger).decode(Int64.self) { count = n }
        return Int(count)
    }

    /// The model calls of `rows` inserted, and the cloud spend of those.
    static func insertedCalls(_ c: PostgresConnection, _ rows: [ImportedCall]) async throws -> (Int, Double) {
        let json = String(decoding: try ImportSQL.encoder.encode(rows), as: UTF8.self)
        var query = PostgresQuery(unsafeSQL: ImportSQL.calls)
        try query.binds.append(json, context: .default)
        var out: (Int, Double) = (0, 0)
        for try await (n, usd) in try await c.query(query, logger: logger).decode((Int64, Double).self) { out = (Int(n), usd) }
        return out
    }
}
