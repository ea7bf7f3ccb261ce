import Foundation
import StewardAgents
import StewardCore
import StewardPostgres

/// The events of a task `steward run` or `revise` runs here, written to the shared database's
/// `task_event` as they happen (spec 23.5), so `steward tasks --follow` and `serve` on any
/// machine show it live. Each event is the API's (`TaskEvent`: its `kind`, and its JSON),
/// as a worker writes them; streamed text and thinking are left out (one row per token would be a write per
/// token), and the last event is `end`, as in the API. Written in order by one task; a write
/// that fails is dropped: the task itself is recorded by the ledger, whatever happens here.
final class TaskEventForwarder: Sendable {
    private let sink: AsyncStream<TaskEvent>.Continuation
    private let writer: Task<Void, Never>

    /// Forwards `printer`'s events to `shared` when it is a PostgreSQL database; nil on SQLite,
    /// which has no task events.
    static func start(_ shared: any SharedStore, printer: ProgressPrinter) -> TaskEventForwarder? {
        guard let database = shared as? PostgresDatabase else { return nil }
        let forwarder = TaskEventForwarder(database)
        printer.forward { forwarder.send($0) }
        return forwarder
    }

    private init(_ database: PostgresDatabase) {
        let (events, sink) = AsyncStream<TaskEvent>.makeStream()
        self.sink = sink
        writer = Task {
            var task: String?
            for await event in events {
                if event.kind == "started" { task = event.data["task"] }
                guard let task else { continue }
                _ = try? await database.addEvent(task: task, kind: event.kind, json: event.json)
            }
        }
    }

    func send(_ event: AgentEvent) {
        switch event {
        case .text, .thinking: return
        default: sink.yield(TaskEvent(event))
        }
    }

    /// Writes the `end` event (how the task ended) after every event before it, and waits.
    func finish(_ outcome: AgentOutcome?) async {
        if let outcome { sink.yield(TaskEvent.end(outcome)) }
        sink.finish()
        await writer.value
    }
}
