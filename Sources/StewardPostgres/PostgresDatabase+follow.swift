import Foundation
import PostgresNIO
import StewardCore

extension PostgresDatabase {
    /// Writes an event of a task run outside the queue (`steward run` on one machine: fence 0,
    /// spec 23.4), announced on `steward_task_event` like a worker's, so `tasks --follow` and
    /// `serve` on any machine show it. A task the queue handed out (fence above 0) takes events
    /// only under its lease (`addEvent(kind:json:under:)`): nothing is written for it here.
    /// - Returns: whether the event was written.
    /// - Throws: `PostgresStoreError` when the database fails.
    @discardableResult
    public func addEvent(task: String, kind: String, json: String) async throws -> Bool {
        do {
            return try await landing {
                try await self.client.query(
                    """
                    INSERT INTO task_event (task, fence, kind, json)
                    SELECT id, 0, \(kind), \(json) FROM task WHERE id = \(task) AND fence = 0
                    RETURNING id
                    """
                ).decode(Int64.self).reduce(into: [Int64]()) { $0.append($1) }
            }.isEmpty == false
        } catch {
            throw queryError(error, doing: "writing the event '\(kind)' of task \(task)")
        }
    }

    /// The id of the newest task event (0: none yet): where following every task starts.
    /// - Throws: `PostgresStoreError` when the database fails.
    public func latestEventID() async throws -> Int64 {
        try await one("SELECT coalesce(max(id), 0)::int8 FROM task_event", as: Int64.self, doing: "reading the newest task event") ?? 0
    }
}
