import Foundation
import GRDB
import StewardCore

extension Store {
    /// - Throws: `StewardError.usage` when the task, cron expression or time zone is longer than
    ///   its `InputLimit`.
    public func addSchedule(cron: String, timeZone: String, task: String, agent: String?, catchUp: Bool, created: Date = Date()) throws
        -> ScheduleRecord
    {
        try ScheduleRecord.check(cron: cron, timeZone: timeZone, task: task)
        return try pool.write { db in
            try db.execute(
                sql: "INSERT INTO schedule (cron, timeZone, task, agent, catchUp, created) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [cron, timeZone, task, agent, catchUp, created])
            return ScheduleRecord(
                id: db.lastInsertedRowID, cron: cron, timeZone: timeZone, task: task, agent: agent, catchUp: catchUp, created: created, lastRun: nil,
                lastTask: nil)
        }
    }

    public func schedules() throws -> [ScheduleRecord] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, cron, timeZone, task, agent, catchUp, created, lastRun, lastTask FROM schedule ORDER BY id").map {
                ScheduleRecord(
                    id: $0[0], cron: $0[1], timeZone: $0[2], task: $0[3], agent: $0[4], catchUp: $0[5], created: $0[6], lastRun: $0[7],
                    lastTask: $0[8])
            }
        }
    }

    public func removeSchedule(_ id: Int64) throws -> Bool {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM schedule WHERE id = ?", arguments: [id])
            return db.changesCount > 0
        }
    }

    public func markScheduleRun(_ id: Int64, at date: Date, task: String?) throws {
        try pool.write { db in
            try db.execute(sql: "UPDATE schedule SET lastRun = ?, lastTask = COALESCE(?, lastTask) WHERE id = ?", arguments: [date, task, id])
        }
    }
}
