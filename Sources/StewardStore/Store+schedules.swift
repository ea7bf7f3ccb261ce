import Foundation
import GRDB
import StewardCore

// Schedules (`steward schedule`, the API's `schedules`): `ScheduleStore` on SQLite. The
// record's fields are the `schedule` columns.

extension ScheduleRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "schedule"

    /// Id 0 is a schedule not yet stored: SQLite numbers it.
    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id == 0 ? nil : id
        container["cron"] = cron
        container["timeZone"] = timeZone
        container["task"] = task
        container["agent"] = agent
        container["catchUp"] = catchUp
        container["created"] = created
        container["lastRun"] = lastRun
        container["lastTask"] = lastTask
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Store {
    public func addSchedule(cron: String, timeZone: String, task: String, agent: String?, catchUp: Bool, created: Date) async throws
        -> ScheduleRecord
    {
        try ScheduleRecord.check(cron: cron, timeZone: timeZone, task: task)
        let new = ScheduleRecord(id: 0, cron: cron, timeZone: timeZone, task: task, agent: agent, catchUp: catchUp, created: created)
        return try await write { db in try new.inserted(db) }
    }

    public func schedules() async throws -> [ScheduleRecord] {
        try await pool.read { db in try ScheduleRecord.order(Column("id")).fetchAll(db) }
    }

    public func removeSchedule(_ id: Int64) async throws -> Bool {
        try await write { db in try ScheduleRecord.deleteOne(db, key: id) }
    }

    public func markScheduleRun(_ id: Int64, at date: Date, task: String?) async throws {
        try await write { db in
            // A run that started no task keeps the last one.
            let assignments = [Column("lastRun").set(to: date)] + (task.map { [Column("lastTask").set(to: $0)] } ?? [])
            _ = try ScheduleRecord.filter(key: id).updateAll(db, assignments)
        }
    }
}
