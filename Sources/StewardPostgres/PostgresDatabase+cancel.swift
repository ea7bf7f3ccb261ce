import Foundation
import PostgresNIO
import StewardCore

/// A task ended where no process could tell its end, handed to one claim (spec 23.4, "Cancel";
/// 23.6, "Run now"): the lapsed-cancel sweep ended it, a cancel ended it after its holder's
/// lease lapsed, or the next run of its schedule ended a killed run-now's task. The worker whose
/// claim took it sends its notification and runs its `post-task` hooks, as for any task it ends.
public struct SweptTask: Sendable, Hashable {
    public let task: String
    /// How many of the cloud budget's reservations its holder left open were settled at their
    /// maximum when this claim ended it (spec 23.7); 0 when ended elsewhere.
    public let settledReservations: Int
    /// Whether this claim ended it (its lapsed cancel); else it was ended elsewhere and is owed
    /// its follow-up.
    public let endedByThisClaim: Bool
}

/// What asking to cancel a task came to (spec 23.4, "Cancel").
public enum CancelOutcome: Sendable, Hashable {
    /// It was queued: now `cancelled`, it never runs.
    case cancelled
    /// It is running under a live lease: its worker is told (`NOTIFY steward_cancel`) and ends
    /// it `interrupted`; a worker gone before it heard it leaves that to the next claim once
    /// its lease lapsed (`endLapsedCancels`).
    case stopping(worker: String)
    /// It was running under a lease that had lapsed (its worker stopped or died): ended
    /// `interrupted` here, so no worker takes it over.
    case interrupted
    /// It had already ended.
    case alreadyEnded(TaskRecord.Status)
    /// There is no such task.
    case notFound
}

extension PostgresDatabase {
    /// Asks for task `id` (the whole id) to be cancelled, from any machine: a queued task is
    /// `cancelled` at once, a running one is flagged and its worker told on `steward_cancel`,
    /// one whose lease lapsed is ended `interrupted` (`endLapsedCancels`). One transaction; the
    /// notice goes out at commit.
    /// - Throws: `PostgresStoreError` when the database fails.
    public func requestCancel(_ id: String, reason: String) async throws -> CancelOutcome {
        do {
            return try await transaction { c -> CancelOutcome in
                var found: (status: String, worker: String?, lapsed: Bool)?
                let rows = try await c.query(
                    "SELECT status, worker, coalesce(lease_until <= clock_timestamp(), false) FROM task WHERE id = \(id) FOR UPDATE",
                    logger: Self.logger)
                for try await (status, worker, lapsed) in rows.decode((String, String?, Bool).self) { found = (status, worker, lapsed) }
                guard let found else { return .notFound }
                let status = TaskRecord.Status(rawValue: found.status) ?? .failed
                switch status {
                case .queued:
                    try await c.query(
                        """
                        UPDATE task SET status = 'cancelled', cancel_requested = true, finished = clock_timestamp(), error = \(reason)
                        WHERE id = \(id)
                        """, logger: Self.logger)
                case .running:
                    try await c.query("UPDATE task SET cancel_requested = true WHERE id = \(id)", logger: Self.logger)
                default:
                    return .alreadyEnded(status)
                }
                let json = String(decoding: try JSONEncoder().encode(["reason": reason]), as: UTF8.self)
                try await c.query("INSERT INTO task_event (task, fence, kind, json) VALUES (\(id), 0, 'cancel', \(json))", logger: Self.logger)
                try await c.query("SELECT pg_notify('steward_cancel', \(id))", logger: Self.logger)
                guard status == .running else { return .cancelled }
                guard found.lapsed else { return .stopping(worker: found.worker ?? "") }
                _ = try await Self.endLapsedCancels(on: c, by: "this cancel", only: id)
                // Its follow-up is owed to the next claim: wake the idle workers to make one.
                try await Self.announceQueued(id, on: c)
                return .interrupted
            }
        } catch {
            throw queryError(error, doing: "cancelling task \(id)")
        }
    }

    /// Ends `interrupted` every running task someone asked to cancel whose lease lapsed before
    /// its holder ended it (spec 23.4, "Cancel"): the holder was killed before it heard the
    /// cancel, gave the task back (SIGTERM) as the cancel came, or never knew it held it (its
    /// claim's answer was lost, 23.8). Nobody else would: a claim never takes a task whose
    /// cancel was asked for. It ends as its worker would have ended it (the cancel's reason, its
    /// proposal kept), with an `end` event (fence 0: no worker's), and its lease gone: the dead
    /// holder's late writes find it ended and are refused. `SKIP LOCKED`: a task another
    /// transaction holds (a claim, a cancel) is left to it. What the holder reserved of the
    /// cloud budget and never settled is settled at its maximum in the same transaction, as a
    /// hand-over settles it (spec 23.7: its calls may have been billed), so each ended task is
    /// settled once, by the one transaction that ended it. Each is owed its notification and
    /// hooks (`follow_up_owed`, taken by a claim: `takeFollowUps`). A task `run-now` ran outside
    /// the queue (fence 0) gets fence 1, so its process, if it was only stopped and wakes, has
    /// every late write refused, as a stalled worker's are. The tasks ended.
    /// - Parameters:
    ///   - ender: who ended it, for its `error` (`worker M/PID/1`, `this cancel`).
    ///   - task: only this task (nil: every one).
    static func endLapsedCancels(on c: PostgresConnection, by ender: String, only task: String? = nil) async throws -> [SweptTask] {
        let rows = try await c.query(
            """
            WITH lapsed AS (
              SELECT id FROM task
              WHERE status = 'running' AND cancel_requested AND lease_until <= clock_timestamp() AND (\(task == nil) OR id = \(task ?? ""))
              FOR UPDATE SKIP LOCKED),
            ended AS (
              UPDATE task t SET status = 'interrupted', finished = clock_timestamp(), worker = NULL, lease_until = NULL,
                fence = greatest(t.fence, 1), follow_up_owed = true,
                error = coalesce(
                  (SELECT e.json::jsonb ->> 'reason' FROM task_event e WHERE e.task = t.id AND e.kind = 'cancel' ORDER BY e.id DESC LIMIT 1),
                  'cancelled')
                  || CASE WHEN t.fence = 0 THEN '; its ''steward schedule run-now'' process' ELSE '; its worker ' || coalesce(t.worker, 'unknown') END
                  || ' stopped renewing its lease before it ended the task, so ' || \(ender) || ' ended it'
              FROM lapsed WHERE t.id = lapsed.id
              RETURNING t.id, t.steps, t.proposal, t.error)
            INSERT INTO task_event (task, fence, kind, json)
            SELECT id, 0, 'end',
              (jsonb_build_object('task', id, 'status', 'interrupted', 'steps', steps::text, 'error', error)
                || CASE WHEN proposal IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('proposal', proposal::text) END)::text
            FROM ended RETURNING task
            """, logger: Self.logger)
        let ended = try await rows.decode(String.self).reduce(into: [String]()) { $0.append($1) }
        var swept: [SweptTask] = []
        for id in ended {
            let reason =
                "left open by the worker whose lease on task \(id) lapsed before it heard its cancel; settled at its maximum when \(ender) ended the task"
            swept.append(
                SweptTask(
                    task: id, settledReservations: try await settleOpenReservations(of: id, below: nil, reason: reason, on: c),
                    endedByThisClaim: true))
        }
        return swept
    }

    /// Listens on `steward_cancel` on a connection of its own while `body` runs; `body` gets
    /// the ids of the tasks someone asked to cancel, from any machine. A notice missed while
    /// the connection is lost is caught by `renewChecking`.
    /// - Throws: `PostgresStoreError` when the database fails, or what `body` throws.
    public func withCancelNotices<T: Sendable>(_ body: (AsyncMapSequence<PostgresNotificationSequence, String>) async throws -> T) async throws -> T {
        do {
            return try await client.listen(on: "steward_cancel") { notices in try await body(notices.map { $0.payload }) }
        } catch {
            throw queryError(error, doing: "listening for cancelled tasks")
        }
    }
}
