import Foundation
import PostgresNIO
import StewardCore

extension PostgresDatabase {
    /// Gives back a task this worker claimed and did not start (spec 23.4): its machine lacks
    /// the `main` the task was queued at, the task's row could not be read, or the worker is
    /// stopping. The task is `queued` again, not `running` (nobody runs it), with an event
    /// `given-back` that says which worker gave it back and why, with what to do; every worker
    /// is woken for it. A claim that took the task over from a holder whose lease lapsed leaves
    /// that holder on the row (`worker`), so the next claim still takes it over from that one
    /// (the hand-over recorded, its proposal continued).
    /// - Throws: `PostgresStoreError` `.leaseLost` when the lease no longer holds (nothing is
    ///   written), or `.query`.
    public func giveBack(_ lease: TaskLease, reason: String) async throws {
        let json = String(decoding: try JSONEncoder().encode(["worker": lease.worker, "reason": reason]), as: UTF8.self)
        do {
            try await landing {
                try await self.transaction { c in
                    // First, under the lease check: refused once another claim holds the task.
                    try await c.query(
                        "INSERT INTO task_event (task, fence, kind, json) VALUES (\(lease.task), \(lease.fence), 'given-back', \(json))",
                        logger: Self.logger)
                    try await c.query(
                        """
                        WITH given AS (
                          UPDATE task SET status = 'queued', worker = \(lease.previousWorker), lease_until = clock_timestamp()
                          WHERE id = \(lease.task) AND fence = \(lease.fence) AND status = 'running'
                          RETURNING id)
                        SELECT pg_notify(\(Self.queueChannel), id) FROM given
                        """, logger: Self.logger)
                }
            }
        } catch {
            throw queryError(error, doing: "giving task \(lease.task) back")
        }
    }

    /// The last `given-back` event of `task` (spec 23.4): which worker, why, when; nil when
    /// there is none (or it cannot be read: it only explains a wait).
    /// - Throws: `PostgresStoreError` `.query` when the database fails.
    public func lastGivenBack(of task: String) async throws -> TaskGivenBack? {
        do {
            var found: TaskGivenBack?
            let rows = try await client.query(
                "SELECT json, date FROM task_event WHERE task = \(task) AND kind = 'given-back' ORDER BY id DESC LIMIT 1")
            for try await (json, date) in rows.decode((String, Date).self) {
                guard let fields = try? JSONDecoder().decode([String: String].self, from: Data(json.utf8)),
                    let worker = fields["worker"], let reason = fields["reason"]
                else { continue }
                found = TaskGivenBack(worker: worker, reason: reason, date: date)
            }
            return found
        } catch {
            throw queryError(error, doing: "reading the give-back of task \(task)")
        }
    }
}
