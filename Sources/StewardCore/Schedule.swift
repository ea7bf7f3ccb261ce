import Foundation

/// A stored schedule (`steward schedule add`, `POST schedules`).
public struct ScheduleRecord: Sendable, Hashable, Codable {
    public var id: Int64
    public var cron: String
    public var timeZone: String
    public var task: String
    public var agent: String?
    /// Run once at start when runs were missed while Steward was down.
    public var catchUp: Bool
    public var created: Date
    public var lastRun: Date?
    public var lastTask: String?

    public init(
        id: Int64, cron: String, timeZone: String, task: String, agent: String?, catchUp: Bool, created: Date, lastRun: Date? = nil,
        lastTask: String? = nil
    ) {
        self.id = id
        self.cron = cron
        self.timeZone = timeZone
        self.task = task
        self.agent = agent
        self.catchUp = catchUp
        self.created = created
        self.lastRun = lastRun
        self.lastTask = lastTask
    }

    /// Whoever adds a schedule (the CLI, the API) and whichever store keeps it, its task is a
    /// task: the same limits.
    /// - Throws: `StewardError.usage` when the task, cron expression or time zone is longer than
    ///   its `InputLimit`.
    public static func check(cron: String, timeZone: String, task: String) throws {
        try InputLimit.task.check(task)
        try InputLimit.cron.check(cron)
        try InputLimit.timeZone.check(timeZone)
    }
}

/// Where schedules and their last runs are kept: data a workspace's machines share (spec 14;
/// PostgreSQL for several, spec 23).
public protocol ScheduleStore: Sendable {
    /// Adds a schedule with a new id (ids only grow), after `ScheduleRecord.check`.
    /// - Throws: `StewardError.usage` from `ScheduleRecord.check`.
    func addSchedule(cron: String, timeZone: String, task: String, agent: String?, catchUp: Bool, created: Date) async throws -> ScheduleRecord
    /// Every schedule, by id.
    func schedules() async throws -> [ScheduleRecord]
    /// Removes a schedule; false when there was none with that id.
    func removeSchedule(_ id: Int64) async throws -> Bool
    /// Sets a schedule's last run; its last task too, unless `task` is nil (a run that started
    /// no task keeps the previous one).
    func markScheduleRun(_ id: Int64, at date: Date, task: String?) async throws
}

extension ScheduleStore {
    /// Adds a schedule created now.
    /// - Throws: `StewardError.usage` from `ScheduleRecord.check`.
    public func addSchedule(cron: String, timeZone: String, task: String, agent: String?, catchUp: Bool) async throws -> ScheduleRecord {
        try await addSchedule(cron: cron, timeZone: timeZone, task: task, agent: agent, catchUp: catchUp, created: Date())
    }
}

/// The data every machine of a workspace shares (spec 14, "what is shared"): tasks and their
/// steps, model calls and spend, schedules and their runs. One machine keeps it in its SQLite
/// `Store`; several share a PostgreSQL database (spec 23). What is derived from one machine's
/// refs and checkout (`AuditIndex`, `ProposalCache`, the memory index) stays in SQLite.
public protocol SharedStore: TaskLedger, ModelCallLedger, ScheduleStore {}
