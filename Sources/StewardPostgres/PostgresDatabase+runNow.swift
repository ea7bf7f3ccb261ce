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
    /// A last task `run-now` ran here whose process stopped renewing its lease (killed, its
    /// machine stopped) is ended `interrupted` first: nobody else would end it.
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
        var gone = false
        let rows = try await c.query(
            "SELECT status, worker, fence = 0 AND coalesce(lease_until <= clock_timestamp(), false) FROM task WHERE id = \(last) FOR UPDATE",
            logger: Self.logger)
        for try await (status, worker, lapsed) in rows.decode((String, String?, Bool).self) {
            if let status = TaskRecord.Status(rawValue: status), status == .queued || status == .running {
                outcome = .busy(task: last, status: status, worker: worker)
                gone = status == .running && lapsed
            }
        }
        guard gone else { return outcome }
        try await endGoneRun(last, by: "the next run of schedule \(id)", on: c)
        return nil
    }

    /// Ends `interrupted` task `id`, run outside the queue (fence 0) by a `run-now` whose process
    /// stopped renewing its lease, with an `end` event (fence 0) as a worker's end has. Its fence
    /// becomes 1: that process, if it was only stopped and wakes, has every late write refused
    /// (its saves, steps and events carry fence 0), as a stalled worker's are. Its notification
    /// and hooks are owed to the next claim (`follow_up_owed`), whose idle workers are woken.
    static func endGoneRun(_ id: String, by ender: String, on c: PostgresConnection) async throws {
        try await c.query(
            """
            WITH ended AS (
              UPDATE task SET status = 'interrupted', finished = clock_timestamp(), lease_until = NULL, fence = 1, follow_up_owed = true,
                error = 'its ''steward schedule run-now'' process stopped renewing its lease before it ended the task (killed, or its machine stopped), so '
                  || \(ender) || ' ended it; what was done so far stays in its proposal'
              WHERE id = \(id) AND status = 'running' AND fence = 0
              RETURNING id, steps, proposal, error)
            INSERT INTO task_event (task, fence, kind, json)
            SELECT id, 0, 'end',
              (jsonb_build_object('task', id, 'status', 'interrupted', 'steps', steps::text, 'error', error)
                || CASE WHEN proposal IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('proposal', proposal::text) END)::text
            FROM ended
            """, logger: Self.logger)
        try await announceQueued(id, on: c)
    }

    /// Whether task `id`, run here outside the queue by `run-now`, is still this process's run:
    /// its row's fence is 0. One whose process was stopped past its lease was ended elsewhere
    /// meanwhile (the schedule's next run, a cancel: fence 1, spec 23.6), and its end is told
    /// from there.
    /// - Throws: `PostgresStoreError` when the database fails.
    public func isStillRunHere(_ id: String) async throws -> Bool {
        try await one("SELECT fence = 0 FROM task WHERE id = \(id)", as: Bool.self, doing: "reading task \(id)") ?? false
    }

    /// Renews every third of `leaseSeconds`, until cancelled, the lease of task `id` that
    /// `run-now` runs here (fence 0): while it holds, the schedule's next run is refused; once
    /// this process is gone (killed), the next run ends the task and starts.
    public func holdRun(_ id: String, leaseSeconds: Double) -> Task<Void, Never> {
        Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(Int64(leaseSeconds / 3 * 1000)))
                if Task.isCancelled { return }
                _ = try? await client.query(
                    """
                    UPDATE task SET lease_until = clock_timestamp() + make_interval(secs => \(leaseSeconds))
                    WHERE id = \(id) AND fence = 0 AND status = 'running'
                    """)
            }
        }
    }

    /// Claims a run of schedule `id` asked for now (`POST schedules/{id}/run`, `steward schedule
    /// run-now`) for `machine`, in one transaction: refused while the schedule's last task is
    /// queued or running on any machine; else a `schedule_run` row dated by the database's
    /// clock, the task (`queued` and announced when `queue`, else `running` with fence 0 for the
    /// caller to run here, as `steward run` does, under a lease of `leaseSeconds` the caller
    /// keeps with `holdRun`) and the schedule's `last_run`/`last_task`.
    /// - Throws: `PostgresStoreError` when the database fails.
    public func claimScheduleRunNow(
        _ id: Int64, machine: String, taskID: String, prompt: String, agent: String = "", mainCommit: String? = nil, queue: Bool,
        leaseSeconds: Double = 60
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
                    // Run here, never claimed (fence 0): the run's own saves fill the row in. Its
                    // lease (`holdRun`) says the run's process lives; a claim never takes it.
                    try await c.query(
                        """
                        INSERT INTO task (id, prompt, agent, status, started, main_commit, lease_until)
                        VALUES (\(taskID), \(prompt), \(agent), 'running', clock_timestamp(), \(mainCommit),
                          clock_timestamp() + make_interval(secs => \(leaseSeconds)))
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
