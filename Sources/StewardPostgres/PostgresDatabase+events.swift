import Foundation
import PostgresNIO
import StewardCore

/// One task event announced on `steward_task_event` (spec 23.5): which task, and the event's id,
/// from which `events(of:after:)` reads what is new.
public struct TaskEventNotice: Sendable, Hashable {
    public let task: String
    public let id: Int64

    public init(task: String, id: Int64) {
        self.task = task
        self.id = id
    }
}

/// One stored task event.
public struct TaskEventRow: Sendable, Hashable {
    public let id: Int64
    public let fence: Int64
    public let kind: String
    public let json: String
}

extension PostgresDatabase {
    /// Listens on `steward_task_event` on a connection of its own for as long as `body` runs;
    /// `body` gets the notices as the events are committed, from any machine. The listening has
    /// begun when `body` is called. A notice can be missed while a connection is lost: read with
    /// `events(of:after:)` from the last id shown, which catches up.
    /// - Throws: `PostgresStoreError` when the database fails, or what `body` throws.
    public func withTaskEventNotices<T: Sendable>(
        _ body: (AsyncCompactMapSequence<PostgresNotificationSequence, TaskEventNotice>) async throws -> T
    ) async throws -> T {
        do {
            return try await client.listen(on: "steward_task_event") { notices in
                try await body(
                    notices.compactMap { n in
                        let parts = n.payload.split(separator: " ")
                        guard parts.count == 2, let id = Int64(parts[1]) else { return nil }
                        return TaskEventNotice(task: String(parts[0]), id: id)
                    })
            }
        } catch {
            throw queryError(error, doing: "listening for task events")
        }
    }

    /// The events of `task` after event `id` (0: all), oldest first.
    /// - Throws: `PostgresStoreError` when the database fails.
    public func events(of task: String, after id: Int64 = 0) async throws -> [TaskEventRow] {
        do {
            var out: [TaskEventRow] = []
            let rows = try await client.query("SELECT id, fence, kind, json FROM task_event WHERE task = \(task) AND id > \(id) ORDER BY id")
            for try await (id, fence, kind, json) in rows.decode((Int64, Int64, String, String).self) {
                out.append(TaskEventRow(id: id, fence: fence, kind: kind, json: json))
            }
            return out
        } catch {
            throw queryError(error, doing: "reading the events of task \(task)")
        }
    }
}
