import Foundation
import PostgresNIO
import StewardCore

/// What a worker reads of a task it claimed (spec 23.4): what to run, on which `main`, how it
/// was asked for, and what an earlier holder left (its proposal, its steps).
public struct ClaimedTask: Sendable, Hashable {
    public let record: TaskRecord
    /// The `main` commit the task was queued at: it runs on this commit or a later one.
    public let mainCommit: String?
    /// The `json` of its `queued` event: how it was asked for (the run's options).
    public let queuedJSON: String
    /// The highest step index written so far (0: none): a worker taking the task over
    /// numbers its steps after the earlier holder's.
    public let lastStep: Int
}

extension PostgresDatabase {
    /// The task `lease` holds, as the worker starts it.
    /// - Throws: `PostgresStoreError` when the database fails or the task is gone.
    public func claimedTask(_ lease: TaskLease) async throws -> ClaimedTask {
        guard let record = try await task(lease.task) else {
            throw PostgresStoreError(.query, "task \(lease.task) was claimed but is no longer in the database at \(url)")
        }
        do {
            var main: String?
            for try await m in try await client.query("SELECT main_commit FROM task WHERE id = \(lease.task)").decode(String?.self) { main = m }
            var queued = "{}"
            let events = try await client.query(
                "SELECT json FROM task_event WHERE task = \(lease.task) AND kind = 'queued' ORDER BY id LIMIT 1")
            for try await json in events.decode(String.self) { queued = json }
            var last = 0
            for try await n in try await client.query("SELECT coalesce(max(idx), 0) FROM task_step WHERE task = \(lease.task)").decode(Int.self) {
                last = n
            }
            return ClaimedTask(record: record, mainCommit: main, queuedJSON: queued, lastStep: last)
        } catch {
            throw queryError(error, doing: "reading task \(lease.task)")
        }
    }

    /// `renew`, also telling whether someone asked for the task to be cancelled (a missed
    /// `steward_cancel` notice is caught here, within a third of the lease).
    /// - Throws: `PostgresStoreError` `.leaseLost` when the lease expired or a newer claim took
    ///   the task: the worker must stop it and write nothing more.
    public func renewChecking(_ lease: TaskLease, leaseSeconds: Double) async throws -> (lease: TaskLease, cancelRequested: Bool) {
        let rows = try await leaseUpdate(lease, doing: "renewing the lease of task \(lease.task)") { c in
            try await c.query(
                """
                UPDATE task SET lease_until = clock_timestamp() + make_interval(secs => \(leaseSeconds))
                WHERE id = \(lease.task) AND fence = \(lease.fence) AND status = 'running' AND lease_until > clock_timestamp()
                RETURNING lease_until, cancel_requested
                """, logger: Self.logger
            ).decode((Date, Bool).self).reduce(into: [(Date, Bool)]()) { $0.append($1) }
        }
        let renewed = TaskLease(task: lease.task, fence: lease.fence, worker: lease.worker, until: rows[0].0, previousWorker: lease.previousWorker)
        return (renewed, rows[0].1)
    }

    /// Records the proposal the task opened, under `lease`, as soon as it opens: a worker
    /// taking the task over continues it instead of opening another.
    /// - Throws: `PostgresStoreError` `.leaseLost` when the lease is no longer current.
    public func recordProposal(_ number: Int, under lease: TaskLease) async throws {
        _ = try await leaseUpdate(lease, doing: "recording proposal #\(number) of task \(lease.task)") { c in
            try await c.query(
                """
                UPDATE task SET proposal = \(number)
                WHERE id = \(lease.task) AND fence = \(lease.fence) AND status = 'running' AND lease_until > clock_timestamp()
                RETURNING id
                """, logger: Self.logger
            ).decode(String.self).reduce(into: [String]()) { $0.append($1) }
        }
    }

    /// Gives the task back (graceful shutdown, a `main` this machine cannot reach): it stays
    /// `running` with its lease ended now, so the next claim takes it over at once and
    /// continues it; it is announced on `steward_queue`, which wakes idle workers. A lease
    /// already lost is left as it is.
    /// - Throws: `PostgresStoreError` when the database fails.
    public func release(_ lease: TaskLease) async throws {
        do {
            try await landing {
                for try await _ in try await self.client.query(
                    """
                    WITH released AS (
                      UPDATE task SET lease_until = clock_timestamp()
                      WHERE id = \(lease.task) AND fence = \(lease.fence) AND status = 'running' AND lease_until > clock_timestamp()
                      RETURNING id)
                    SELECT pg_notify(\(Self.queueChannel), id) FROM released
                    """)
                {}
            }
        } catch {
            throw queryError(error, doing: "releasing the lease of task \(lease.task)")
        }
    }

    /// A conditional update of the task row under `lease`: no row back is a lost lease.
    func leaseUpdate<T: Sendable>(_ lease: TaskLease, doing: String, _ update: @escaping @Sendable (PostgresConnection) async throws -> [T])
        async throws -> [T]
    {
        let rows: [T]
        do {
            rows = try await landing { try await self.client.withConnection { c in try await update(c) } }
        } catch {
            throw queryError(error, doing: doing)
        }
        guard rows.isEmpty else { return rows }
        throw PostgresStoreError(
            .leaseLost,
            "\(doing) was refused: the lease under fence \(lease.fence) is no longer \(lease.worker)'s (it expired, or another worker claimed the task); this worker stops the task"
        )
    }
}
