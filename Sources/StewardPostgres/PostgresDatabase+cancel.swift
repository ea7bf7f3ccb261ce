import Foundation
import PostgresNIO
import StewardCore

/// What asking to cancel a task came to (spec 23.4, "Cancel").
public enum CancelOutcome: Sendable, Hashable {
    /// It was queued: now `cancelled`, it never runs.
    case cancelled
    /// It is running under a live lease: its worker is told (`NOTIFY steward_cancel`) and ends
    /// it `interrupted`.
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
    /// one whose lease lapsed is ended `interrupted`. One transaction; the notice goes out at
    /// commit.
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
                let outcome: CancelOutcome
                switch status {
                case .queued:
                    try await c.query(
                        """
                        UPDATE task SET status = 'cancelled', cancel_requested = true, finished = clock_timestamp(), error = \(reason)
                        WHERE id = \(id)
                        """, logger: Self.logger)
                    outcome = .cancelled
                case .running where found.lapsed:
                    try await c.query(
                        """
                        UPDATE task SET status = 'interrupted', cancel_requested = true, finished = clock_timestamp(), error = \(reason),
                          worker = NULL, lease_until = NULL
                        WHERE id = \(id)
                        """, logger: Self.logger)
                    outcome = .interrupted
                case .running:
                    try await c.query("UPDATE task SET cancel_requested = true WHERE id = \(id)", logger: Self.logger)
                    outcome = .stopping(worker: found.worker ?? "")
                default:
                    return .alreadyEnded(status)
                }
                let json = String(decoding: try JSONEncoder().encode(["reason": reason]), as: UTF8.self)
                try await c.query("INSERT INTO task_event (task, fence, kind, json) VALUES (\(id), 0, 'cancel', \(json))", logger: Self.logger)
                try await c.query("SELECT pg_notify('steward_cancel', \(id))", logger: Self.logger)
                return outcome
            }
        } catch {
            throw queryError(error, doing: "cancelling task \(id)")
        }
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
