import Foundation
import PostgresNIO
import StewardCore

/// What asking for a schedule's run at once came to (spec 23.6, "Run now").
public enum ScheduleRunNowOutcome: Sendable, Hashable {
    /// The run is claimed: its task is queued (for any machine's worker) or written `running`
    /// for the caller to run here.
    case started
    /// The schedule's last task is still queued or running, on some machine: no second run.
    /// `worker` is its holder while a worker runs it.
    case busy(task: String, status: TaskRecord.Status, worker: String?)
    /// There is no such schedule.
    case notFound
}

extension PostgresDatabase {
    /// Locks schedule `id`'s row, the lock both a due run's claim and a run asked for take
    /// (spec 23.6): whichever comes second sees the first's task. nil when a run may start;
    /// `.busy` while the schedule's last task is queued or running; `.notFound` without the row.
    static func lockSchedule(_ id: Int64, on c: PostgresConnection) async throws -> ScheduleRunNowOutcome? {
        // The lock first, then the task in a statement of its own: after waiting for another
        // claim, the row locked is the newest, but a join in the same statement would still see
        // the task as it was when the statement began (READ COMMITTED), not the one just queued.
        var found = false
        var last: String?
        for try await task in try await c.query("SELECT last_task FROM schedule WHERE id = \(id) FOR UPDATE", logger: Self.logger).decode(
            String?.self)
        {
            found = true
            last = task
        }
        guard found else { return .notFound }
        guard let last else { return nil }
        var outcome: ScheduleRunNowOutcome?
        let rows = try await c.query("SELECT status, worker FROM task WHERE id = \(last)", logger: Self.logger)
        for try await (status, worker) in rows.decode((String, String?).self) {
            if let status = TaskRecord.Status(rawValue: status), status == .queued || status == .running {
                outcome = .busy(task: last, status: status, worker: worker)
            }
        }
        return outcome
    }

    /// Claims a run of schedule `id` asked for now (`POST schedules/{id}/run`, `steward schedule
    /// run-now`) for `machine`, in one transaction: refused while the schedule's last task is
    /// queued or running on any machine; else a `schedule_run` row dated by the database's
    /// clock, the task (`queued` and announced when `queue`, else `running` with fence 0 for the
    /// caller to run here, as `steward run` does) and the schedule's `last_run`/`last_task`.
    /// - Throws: `PostgresStoreError` when the database fails.
    public func claimScheduleRunNow(
        _ id: Int64, machine: String, taskID: String, prompt: String, agent: String = "", mainCommit: String? = nil, queue: Bool
    ) async throws -> ScheduleRunNowOutcome {
        do {
            return try await transaction { c -> ScheduleRunNowOutcome in
                if let refused = try await Self.lockSchedule(id, on: c) { return refused }
                try await c.query(
                    "INSERT INTO schedule_run (schedule, due, task, machine) VALUES (\(id), clock_timestamp(), \(taskID), \(machine))",
                    logger: Self.logger)
                if queue {
                    try await c.query(
                        """
                        INSERT INTO task (id, prompt, agent, status, main_commit)
                        VALUES (\(taskID), \(prompt), \(agent), 'queued', \(mainCommit))
                        """, logger: Self.logger)
                    try await c.query("INSERT INTO task_event (task, fence, kind, json) VALUES (\(taskID), 0, 'queued', '{}')", logger: Self.logger)
                    try await Self.announceQueued(taskID, on: c)
                } else {
                    // Run here, never claimed (fence 0): the run's own saves fill the row in.
                    try await c.query(
                        """
                        INSERT INTO task (id, prompt, agent, status, started, main_commit)
                        VALUES (\(taskID), \(prompt), \(agent), 'running', clock_timestamp(), \(mainCommit))
                        """, logger: Self.logger)
                }
                try await c.query("UPDATE schedule SET last_run = clock_timestamp(), last_task = \(taskID) WHERE id = \(id)", logger: Self.logger)
                return .started
            }
        } catch {
            throw queryError(error, doing: "starting a run of schedule \(id) now")
        }
    }
}

extension ScheduleRunNowOutcome {
    /// What a refused run says (409 from the API, exit 4 or 1 from `run-now`); nil once started.
    public func refusal(_ schedule: Int64) -> StewardError? {
        switch self {
        case .started: return nil
        case .notFound: return .notFound("there is no schedule \(schedule); 'steward schedule list' shows them")
        case .busy(let task, let status, let worker):
            let place =
                status == .queued
                ? "queued, for any machine's worker"
                : worker.map { "running on worker \($0)" } ?? "running outside the queue, as 'steward schedule run-now' runs it"
            return .conflict(
                "schedule \(schedule) is still running task \(task) (\(place)): a schedule runs one task at a time; wait for it to end, or 'steward cancel \(task)' stops it"
            )
        }
    }
}
