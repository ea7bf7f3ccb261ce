import Foundation
import PostgresNIO
import StewardCore

/// A worker's hold on a running task (spec 23.4): every write it makes carries `fence`, and the
/// database refuses it once a newer claim raised the task's fence or `until` has passed.
public struct TaskLease: Sendable, Hashable {
    public let task: String
    /// The fencing number: the task's claim count, raised by every claim.
    public let fence: Int64
    public let worker: String
    /// When the lease ends unless renewed (the database's clock).
    public let until: Date
    /// The holder whose lease had expired when this claim took the task over; nil for a task
    /// taken from the queue.
    public let previousWorker: String?
}

/// The JSON of a `claimed` event.
struct ClaimEvent: Encodable {
    let worker: String
    let fence: Int64
    let previous: String?
}

/// One claim of a task: the hand-over record (`task_claim`).
public struct TaskClaim: Sendable, Hashable {
    public let fence: Int64
    public let worker: String
    public let previousWorker: String?

    public init(fence: Int64, worker: String, previousWorker: String?) {
        self.fence = fence
        self.worker = worker
        self.previousWorker = previousWorker
    }
}

extension PostgresDatabase {
    /// Queues a task (spec 23.4): any machine's worker that serves every model in `requires` may
    /// claim it, and runs it on `mainCommit` or a later `main`. `queuedJSON` is the `queued`
    /// event's JSON: how the task was asked for (the worker reads its run options there).
    /// - Throws: `PostgresStoreError` when the database refuses it.
    public func enqueue(
        id: String, prompt: String, agent: String = "", mainCommit: String? = nil, requires: [String] = [], queuedJSON: String = "{}"
    ) async throws {
        do {
            try await transaction { c in
                try await c.query(
                    """
                    INSERT INTO task (id, prompt, agent, status, main_commit, requires)
                    VALUES (\(id), \(prompt), \(agent), 'queued', \(mainCommit), \(requires))
                    """, logger: Self.logger)
                try await c.query("INSERT INTO task_event (task, fence, kind, json) VALUES (\(id), 0, 'queued', \(queuedJSON))", logger: Self.logger)
                try await Self.announceQueued(id, on: c)
            }
        } catch {
            throw queryError(error, doing: "queuing task \(id)")
        }
    }

    /// The channel a task that became claimable is announced on (spec 23.4): idle workers
    /// `LISTEN` there and claim at once instead of at their next look at the queue.
    public static let queueChannel = "steward_queue"

    /// Announces task `id` on `steward_queue`, in the transaction that queues it (the notice
    /// goes out at commit, so a worker it wakes finds the row).
    static func announceQueued(_ id: String, on c: PostgresConnection) async throws {
        try await c.query("SELECT pg_notify(\(queueChannel), \(id))", logger: Self.logger)
    }

    /// Listens on `steward_queue` on a connection of its own while `body` runs; `body` gets the
    /// ids of the tasks queued (or given back) from any machine. The listening has begun when
    /// `body` is called. A notice missed while the connection is lost costs a poll: the worker
    /// still looks at the queue every `--poll-seconds`.
    /// - Throws: `PostgresStoreError` when the database fails, or what `body` throws.
    public func withQueueNotices<T: Sendable>(_ body: (AsyncMapSequence<PostgresNotificationSequence, String>) async throws -> T) async throws -> T {
        do {
            return try await client.listen(on: Self.queueChannel) { notices in try await body(notices.map { $0.payload }) }
        } catch {
            throw queryError(error, doing: "listening for queued tasks")
        }
    }

    /// Claims the oldest task this worker can serve: a queued one, or a running one whose lease
    /// expired (its holder stalled or died; never one `run-now` ran outside the queue, fence 0).
    /// `FOR UPDATE SKIP LOCKED`: claimers never wait on one another and no task is claimed twice.
    /// The claim raises the task's fence, records the hand-over (`task_claim`) and an event
    /// `claimed`. A task whose cancel was asked for is never claimed; one whose lease lapsed is
    /// ended here (`endLapsedCancels`).
    /// - Parameters:
    ///   - worker: who holds the lease (`MACHINE-ID/PID/N`).
    ///   - models: the `[models]` names this worker reaches; a task needing others is left.
    ///   - skipping: tasks this worker leaves to others (it gave them back: its machine lacks
    ///     the `main` they were queued at).
    /// - Returns: the lease, or nil when nothing is claimable.
    /// - Throws: `PostgresStoreError` when the database fails.
    public func claim(worker: String, serving models: [String], leaseSeconds: Double, skipping: [String] = []) async throws -> TaskLease? {
        try await claim(worker: worker, serving: models, leaseSeconds: leaseSeconds, skipping: skipping, token: UUID().uuidString, earlier: []).lease
    }

    /// `claim`, tried again while the connection is lost (`retrying`, spec 23.8), each try with
    /// a fresh token stored on its claim. A try after a lost one first looks for a claim made
    /// with an earlier try's token: that try's COMMIT landed and its answer was lost, so this
    /// worker holds that task, and takes it at once with its fence (renewed) instead of
    /// claiming another and leaving it to lapse.
    /// - Throws: what `retrying` throws.
    public func claimRetrying(
        worker: String, serving models: [String], leaseSeconds: Double, skipping: [String] = [],
        report: @escaping @Sendable (PostgresRetry) async -> Void = { _ in }
    ) async throws -> Claimed {
        var tokens: [String] = []
        return try await retrying(report: report) {
            let token = UUID().uuidString
            defer { tokens.append(token) }
            return try await claim(worker: worker, serving: models, leaseSeconds: leaseSeconds, skipping: skipping, token: token, earlier: tokens)
        }
    }

    /// What one claim came to: the lease (nil: nothing claimable), whether it is an earlier
    /// try's whose answer was lost, and the tasks ended where no process could tell their end
    /// (their reservations settled; the caller notifies and runs their hooks): those it ended
    /// because their cancel had reached nobody, and those ended elsewhere that it took.
    public struct Claimed: Sendable, Hashable {
        public let lease: TaskLease?
        public let recovered: Bool
        public let followUps: [SweptTask]
    }

    /// One claim (one transaction): ends the lapsed cancels, takes the follow-ups owed, takes
    /// the claim an earlier try made with one of `earlier`'s tokens if it still holds, else
    /// claims with `token`.
    func claim(
        worker: String, serving models: [String], leaseSeconds: Double, skipping: [String], token: String, earlier: [String]
    ) async throws -> Claimed {
        do {
            return try await transaction { c -> Claimed in
                let swept = try await Self.endLapsedCancels(on: c, by: "worker \(worker)")
                let ended = try await Self.takeFollowUps(token: token, earlier: earlier, on: c).map { id in
                    swept.first { $0.task == id } ?? SweptTask(task: id, settledReservations: 0, endedByThisClaim: false)
                }
                if !earlier.isEmpty, let lease = try await Self.claimed(tokens: earlier, worker: worker, leaseSeconds: leaseSeconds, on: c) {
                    return Claimed(lease: lease, recovered: true, followUps: ended)
                }
                var candidate: (id: String, status: String, holder: String?)?
                let rows = try await c.query(
                    """
                    SELECT id, status, worker FROM task
                    WHERE (status = 'queued' OR (status = 'running' AND fence > 0 AND lease_until <= clock_timestamp()))
                      AND NOT cancel_requested AND requires <@ \(models)::text[] AND id <> ALL(\(skipping)::text[])
                    ORDER BY queued, id LIMIT 1
                    FOR UPDATE SKIP LOCKED
                    """, logger: Self.logger)
                for try await (id, status, holder) in rows.decode((String, String, String?).self) { candidate = (id, status, holder) }
                guard let candidate else { return Claimed(lease: nil, recovered: false, followUps: ended) }
                var lease: TaskLease?
                // A running task's holder whose lease lapsed; a queued one names a holder only when
                // it was given back unstarted after a take-over (`giveBack`): the hand-over is from it.
                let previous = candidate.holder
                let updated = try await c.query(
                    """
                    UPDATE task SET status = 'running', fence = fence + 1, worker = \(worker),
                      lease_until = clock_timestamp() + make_interval(secs => \(leaseSeconds)),
                      started = coalesce(started, clock_timestamp())
                    WHERE id = \(candidate.id) RETURNING fence, lease_until
                    """, logger: Self.logger)
                for try await (fence, until) in updated.decode((Int64, Date).self) {
                    lease = TaskLease(task: candidate.id, fence: fence, worker: worker, until: until, previousWorker: previous)
                }
                guard let lease else { return Claimed(lease: nil, recovered: false, followUps: ended) }
                try await c.query(
                    """
                    INSERT INTO task_claim (task, fence, worker, previous_worker, token)
                    VALUES (\(lease.task), \(lease.fence), \(worker), \(previous), \(token))
                    """,
                    logger: Self.logger)
                let json = String(
                    decoding: try JSONEncoder().encode(ClaimEvent(worker: worker, fence: lease.fence, previous: previous)), as: UTF8.self)
                try await c.query(
                    "INSERT INTO task_event (task, fence, kind, json) VALUES (\(lease.task), \(lease.fence), 'claimed', \(json))", logger: Self.logger
                )
                return Claimed(lease: lease, recovered: false, followUps: ended)
            }
        } catch {
            throw queryError(error, doing: "claiming a task for \(worker)")
        }
    }

    /// Takes, under `token`, every task owed its notification and hooks (`follow_up_owed`: ended
    /// where no process could tell its end, by this claim's sweep or elsewhere), `SKIP LOCKED`,
    /// so each is taken by one claim; and finds those an earlier try of this claim took with one
    /// of `earlier`'s tokens before its answer was lost (spec 23.8). Their ids, oldest end first.
    static func takeFollowUps(token: String, earlier: [String], on c: PostgresConnection) async throws -> [String] {
        var ids: [String] = []
        if !earlier.isEmpty {
            let found = try await c.query(
                "SELECT id FROM task WHERE follow_up_token = ANY(\(earlier)::text[]) ORDER BY finished, id", logger: Self.logger)
            for try await id in found.decode(String.self) { ids.append(id) }
        }
        let taken = try await c.query(
            """
            WITH owed AS (SELECT id FROM task WHERE follow_up_owed ORDER BY finished, id LIMIT 50 FOR UPDATE SKIP LOCKED)
            UPDATE task t SET follow_up_owed = false, follow_up_token = \(token) FROM owed WHERE t.id = owed.id RETURNING t.id
            """, logger: Self.logger)
        for try await id in taken.decode(String.self) where !ids.contains(id) { ids.append(id) }
        return ids
    }

    /// The lease of a claim made with one of `tokens` that still holds (its fence is the
    /// task's, the task running, its lease not lapsed), renewed for `leaseSeconds`; nil when
    /// there is none (that try rolled back, or its lease lapsed: then the claim takes it over
    /// like any lapsed task).
    static func claimed(tokens: [String], worker: String, leaseSeconds: Double, on c: PostgresConnection) async throws -> TaskLease? {
        var found: (task: String, fence: Int64, previous: String?)?
        let rows = try await c.query(
            """
            SELECT t.id, t.fence, k.previous_worker FROM task_claim k JOIN task t ON t.id = k.task AND t.fence = k.fence
            WHERE k.token = ANY(\(tokens)::text[]) AND t.status = 'running' AND t.lease_until > clock_timestamp()
            FOR UPDATE OF t
            """, logger: Self.logger)
        for try await (task, fence, previous) in rows.decode((String, Int64, String?).self) { found = (task, fence, previous) }
        guard let found else { return nil }
        var lease: TaskLease?
        let renewed = try await c.query(
            "UPDATE task SET lease_until = clock_timestamp() + make_interval(secs => \(leaseSeconds)) WHERE id = \(found.task) RETURNING lease_until",
            logger: Self.logger)
        for try await until in renewed.decode(Date.self) {
            lease = TaskLease(task: found.task, fence: found.fence, worker: worker, until: until, previousWorker: found.previous)
        }
        return lease
    }

    /// Extends the lease by `leaseSeconds` from now (the database's clock).
    /// - Throws: `PostgresStoreError` `.leaseLost` when the lease expired or a newer claim took
    ///   the task: the worker must stop it and write nothing more.
    public func renew(_ lease: TaskLease, leaseSeconds: Double) async throws -> TaskLease {
        let rows = try await leaseUpdate(lease, doing: "renewing the lease of task \(lease.task)") { c in
            try await c.query(
                """
                UPDATE task SET lease_until = clock_timestamp() + make_interval(secs => \(leaseSeconds))
                WHERE id = \(lease.task) AND fence = \(lease.fence) AND status = 'running' AND lease_until > clock_timestamp()
                RETURNING lease_until
                """, logger: Self.logger
            ).decode(Date.self).reduce(into: [Date]()) { $0.append($1) }
        }
        return TaskLease(task: lease.task, fence: lease.fence, worker: lease.worker, until: rows[0], previousWorker: lease.previousWorker)
    }

    /// Writes one step of the task under `lease`; the database's lease check refuses it when the
    /// lease is no longer current.
    /// - Throws: `PostgresStoreError` `.leaseLost`, or `.query`.
    public func addStep(_ step: TaskStepRecord, under lease: TaskLease) async throws {
        try await insertStep(step, fence: lease.fence)
    }

    /// Writes an event of the task under `lease` (announced on `steward_task_event`).
    /// - Throws: `PostgresStoreError` `.leaseLost`, or `.query`.
    public func addEvent(kind: String, json: String, under lease: TaskLease) async throws {
        do {
            try await landing {
                try await self.client.query(
                    "INSERT INTO task_event (task, fence, kind, json) VALUES (\(lease.task), \(lease.fence), \(kind), \(json))")
            }
        } catch {
            throw queryError(error, doing: "writing the event '\(kind)' of task \(lease.task) under fence \(lease.fence)")
        }
    }

    /// Ends the task under `lease` (`done` only once its proposal is on the remote, spec 23.4).
    /// - Throws: `PostgresStoreError` `.leaseLost` when the lease is no longer current.
    public func finish(_ lease: TaskLease, status: TaskRecord.Status, summary: String? = nil, error: String? = nil) async throws {
        _ = try await leaseUpdate(lease, doing: "finishing task \(lease.task) as \(status.rawValue)") { c in
            try await c.query(
                """
                UPDATE task SET status = \(status.rawValue), finished = clock_timestamp(), summary = \(summary), error = \(error),
                  worker = NULL, lease_until = NULL
                WHERE id = \(lease.task) AND fence = \(lease.fence) AND status = 'running' AND lease_until > clock_timestamp()
                RETURNING id
                """, logger: Self.logger
            ).decode(String.self).reduce(into: [String]()) { $0.append($1) }
        }
    }

    /// Every claim of `task`, oldest first: who took it, and from whom.
    public func claims(of task: String) async throws -> [TaskClaim] {
        do {
            return try await client.query("SELECT fence, worker, previous_worker FROM task_claim WHERE task = \(task) ORDER BY fence")
                .decode((Int64, String, String?).self).reduce(into: [TaskClaim]()) {
                    $0.append(TaskClaim(fence: $1.0, worker: $1.1, previousWorker: $1.2))
                }
        } catch {
            throw queryError(error, doing: "reading the claims of task \(task)")
        }
    }
}
