import Foundation
import StewardAgents
import StewardCore
import StewardMemory
import StewardModels
import StewardPostgres
import StewardSandbox
import StewardWorker

// With `[database]` (spec 23.4, 23.5): a task started through `serve` is queued for whichever
// machine's worker is free, and its events are read back from the database, so this server
// shows a task that runs on another machine as it runs.

extension TaskRunner {
    /// Queues `text` in the shared database: `main` as the person saw it now, `queued` at once,
    /// with the options and `requires` that `steward run --queue` gives it (`TaskQueue.enqueue`).
    func enqueue(
        _ text: String, agent: AgentKind?, options: RouteOptions, maxSteps: Int?, origin: String, _ database: PostgresDatabase
    ) async throws -> String {
        // A broken steward.toml is said now, to the person who asked, not later by a worker.
        _ = try await WorkspaceServices.load(workspace, store: store, shared: shared)
        return try await TaskQueue.enqueue(text, agent: agent, options: options, maxSteps: maxSteps, workspace: workspace, database: database)
    }

    /// Asks for a queued or running task to stop, wherever it runs; false when it has ended or
    /// there is no such task.
    func cancelShared(_ id: String, _ database: PostgresDatabase) async throws -> Bool {
        switch try await database.requestCancel(id, reason: "cancelled through steward serve") {
        case .cancelled, .stopping, .interrupted: true
        case .alreadyEnded, .notFound: false
        }
    }

    /// Whether the task (the whole id) is queued or running on any machine.
    func isUnfinished(_ id: String, _ database: PostgresDatabase) async -> Bool {
        guard let t = try? await database.task(id), t.id == id else { return false }
        return !Self.ended(t.status)
    }

    static func ended(_ status: TaskRecord.Status) -> Bool { status != .queued && status != .running }

    /// The events of task `id` (the whole id) from the database: those so far, then each as it is
    /// committed on any machine, and last `end` (the worker's, or made from the task's record
    /// once it has ended). nil when there is no such task.
    func sharedEvents(_ id: String, _ database: PostgresDatabase, _ notices: TaskEventNotices) async throws -> AsyncStream<Event>? {
        guard let first = try await database.task(id), first.id == id else { return nil }
        let (stream, out) = AsyncStream<Event>.makeStream()
        let (key, wake) = await notices.subscribe(id)
        let reader = Task {
            var last: Int64 = 0
            var woken = wake.makeAsyncIterator()
            /// Shows what is new; true once the `end` event was shown.
            func drain() async throws -> Bool {
                for row in try await database.events(of: id, after: last) {
                    last = row.id
                    let e = TaskEvent(kind: row.kind, storedJSON: row.json)
                    out.yield(e)
                    if e.kind == "end" { return true }
                }
                return false
            }
            do {
                while !Task.isCancelled {
                    if try await drain() { break }
                    if let t = try await database.task(id), Self.ended(t.status) {
                        // Ended: what was committed before the end is shown first, then `end`.
                        if try await drain() { break }
                        out.yield(TaskEvent.end(t))
                        break
                    }
                    // A notice, or the periodic tick (a notice lost while reconnecting costs a tick).
                    guard await woken.next() != nil else { break }
                }
            } catch {
                out.yield(TaskEvent(kind: "error", data: ["reason": "reading the task's events from the database failed: \(error)"]))
            }
            await notices.unsubscribe(id, key)
            out.finish()
        }
        out.onTermination = { _ in reader.cancel() }
        return stream
    }
}

/// One `LISTEN steward_task_event` for the whole server (spec 23.5), however many streams are
/// open: each notice wakes the streams of its task, and every second all of them, so a notice
/// lost while the connection was re-made is caught up within a second. Started by the first
/// stream; a failed listen is tried again after a second.
actor TaskEventNotices {
    let database: PostgresDatabase
    var waiting: [String: [UUID: AsyncStream<Void>.Continuation]] = [:]
    var listening: Task<Void, Never>?

    init(_ database: PostgresDatabase) { self.database = database }

    func subscribe(_ task: String) -> (UUID, AsyncStream<Void>) {
        let (stream, wake) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let key = UUID()
        waiting[task, default: [:]][key] = wake
        if listening == nil { listening = Task { await self.listen() } }
        return (key, stream)
    }

    func unsubscribe(_ task: String, _ key: UUID) {
        waiting[task]?[key]?.finish()
        waiting[task]?[key] = nil
        if waiting[task]?.isEmpty == true { waiting[task] = nil }
    }

    func wake(_ task: String?) {
        let streams = task.map { waiting[$0]?.values.map { $0 } ?? [] } ?? waiting.values.flatMap(\.values)
        for s in streams { s.yield() }
    }

    private nonisolated func listen() async {
        let ticker = Task {
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: 1_000_000_000)
                await self.wake(nil)
            }
        }
        defer { ticker.cancel() }
        while !Task.isCancelled {
            _ = try? await database.withTaskEventNotices { notices in
                for try await n in notices { await self.wake(n.task) }
            }
            try? await Task.sleep(nanoseconds: 1_000_000_000)
        }
    }
}
