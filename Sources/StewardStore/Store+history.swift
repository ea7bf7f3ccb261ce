import Foundation
import GRDB
import StewardCore

extension Store {
    /// Everything this file holds of what machines share (spec 23.2), for `steward store
    /// import`: every task (oldest first), every step (by task, then index), every model call
    /// (oldest first) and every schedule (by id), read in one snapshot.
    public func sharedHistory() async throws -> (tasks: [TaskRecord], steps: [TaskStepRecord], calls: [ModelCallRecord], schedules: [ScheduleRecord])
    {
        try await pool.read { db in
            (
                try TaskRecord.order(TaskRecord.Columns.started, TaskRecord.Columns.id).fetchAll(db),
                try TaskStepRecord.order(Column("task"), Column("idx")).fetchAll(db),
                try ModelCallRecord.order(ModelCallRecord.Columns.id).fetchAll(db),
                try ScheduleRecord.order(Column("id")).fetchAll(db)
            )
        }
    }
}
