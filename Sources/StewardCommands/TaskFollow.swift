import Foundation
import StewardAgents
import StewardCore
import StewardPostgres

/// `steward tasks --follow [ID]` (spec 23.5): the events of tasks running on any machine, as
/// they are committed to the shared database. It listens on `steward_task_event` and reads
/// what is new of each task after the last event it showed (`events(of:after:)`), and also
/// reads every second, so a notice lost while reconnecting costs only that second. With an
/// id, the task's events so far come first and it ends with the task (its `end` event, or a
/// few seconds after the task's row says it ended); without, it shows the events of every
/// task from now on, until Ctrl-C.
struct TaskFollower {
    let database: PostgresDatabase
    let json: Bool

    /// A line for each event: `HH:MM:SS [TASK] KIND: WHO WHAT` (the task shown when following
    /// all), or with `--json` the event as `run --events` writes it, with `task` and `eventID`.
    func show(_ task: String, _ row: TaskEventRow, prefix: Bool) {
        var event = TaskEvent(kind: row.kind, storedJSON: row.json)
        if json {
            event.data["task"] = task
            event.data["eventID"] = String(row.id)
            print(event.json)
        } else {
            print("\(Self.clock.string(from: Date())) \(prefix ? Escape.inline(task) + " " : "")\(event.display)")
        }
        fflush(nil)
    }

    static let clock: DateFormatter = {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "HH:mm:ss"
        return f
    }()

    /// Follows one task until it ends.
    /// - Throws: `StewardError.notFound` when there is no such task; `PostgresStoreError`.
    func follow(_ id: String) async throws {
        guard let found = try await database.task(id) else {
            throw StewardError.notFound("there is no task '\(Escape.inline(id))' in the database at \(database.url); 'steward tasks' lists them")
        }
        try await database.withTaskEventNotices { notices in
            var last: Int64 = 0
            var endedSince: Date?
            for await task in Self.wakes(notices, tick: true) where task == nil || task == found.id {
                for row in try await database.events(of: found.id, after: last) {
                    show(found.id, row, prefix: false)
                    last = row.id
                    if row.kind == "end" { return }
                }
                // A task whose row says it ended, with no `end` event (it ran elsewhere, or
                // its process died): a few seconds for the last events, then stop.
                let now = try await database.task(found.id)
                if let now, ![.queued, .running].contains(now.status) {
                    if let since = endedSince, Date().timeIntervalSince(since) >= 3 {
                        if !json { print("Task \(found.id) \(now.status.rawValue).") }
                        return
                    }
                    endedSince = endedSince ?? Date()
                }
            }
        }
    }

    /// Follows every task from now on, until Ctrl-C.
    func followAll() async throws {
        let start = try await database.latestEventID()
        try await database.withTaskEventNotices { notices in
            var last: [String: Int64] = [:]
            for await task in Self.wakes(notices, tick: false) {
                guard let task else { continue }
                for row in try await database.events(of: task, after: last[task] ?? start) {
                    show(task, row, prefix: true)
                    last[task] = row.id
                }
            }
        }
    }

    /// The task of each notice as it comes, and nil at once and then every second when `tick`.
    static func wakes<S: AsyncSequence & Sendable>(_ notices: S, tick: Bool) -> AsyncStream<String?> where S.Element == TaskEventNotice {
        let (stream, wake) = AsyncStream<String?>.makeStream()
        let listen = Task {
            do {
                for try await n in notices { wake.yield(n.task) }
            } catch {}
            wake.finish()
        }
        let ticks = Task {
            guard tick else { return }
            while !Task.isCancelled {
                wake.yield(nil)
                try? await Task.sleep(nanoseconds: 1_000_000_000)
            }
        }
        wake.onTermination = { _ in
            listen.cancel()
            ticks.cancel()
        }
        return stream
    }
}
