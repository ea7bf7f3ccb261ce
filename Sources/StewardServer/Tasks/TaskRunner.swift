import Foundation
import StewardAgents
import StewardCore
import StewardJSON
import StewardModels
import StewardPostgres
import StewardSandbox
import StewardStore
import StewardWorker

/// Tasks started through `serve` (the API, the dashboard, the scheduler): each runs in the
/// background with the same orchestrator as `steward run`; its events are kept for late
/// subscribers and streamed to live ones (Server-Sent Events).
public actor TaskRunner {
    /// A task's event (StewardAgents' `TaskEvent`: the same JSON wherever the task runs).
    public typealias Event = TaskEvent

    struct Running {
        var task: Task<AgentOutcome, Never>
        var events: [Event] = []
        var subscribers: [UUID: AsyncStream<Event>.Continuation] = [:]
        var finished = false
    }

    let workspace: Workspace
    let store: Store
    /// Where tasks, their steps and model calls are recorded (`store` unless given).
    let shared: any SharedStore
    /// The database several machines share, when `[database]` is set: tasks are queued there
    /// for any machine's worker, and their events are read back from it (spec 23.4, 23.5).
    let database: PostgresDatabase?
    /// One `LISTEN` for every event stream this server shows from the database.
    let notices: TaskEventNotices?
    var running: [String: Running] = [:]
    /// Task ids in the order they started.
    var order: [String] = []

    public init(workspace: Workspace, store: Store, shared: (any SharedStore)? = nil) {
        self.workspace = workspace
        self.store = store
        self.shared = shared ?? store
        database = shared as? PostgresDatabase
        notices = database.map { TaskEventNotices($0) }
    }

    /// Starts a task; returns its id at once. `agent` forces the agent; `options` and `maxSteps`
    /// are `steward run`'s `--model`, `--no-cloud`, `--private` and `--max-steps`. Cloud models
    /// are never asked for consent here (there is no terminal): under `cloud = "ask"` they are
    /// not used.
    public func start(
        _ prompt: String, agent: AgentKind? = nil, options: RouteOptions = RouteOptions(), maxSteps: Int? = nil, origin: String = "api"
    ) async throws -> String {
        let text = prompt.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw StewardError.usage("the task is empty; say what to do") }
        try InputLimit.task.check(text)
        if let database { return try await enqueue(text, agent: agent, options: options, maxSteps: maxSteps, origin: origin, database) }
        let (orchestrator, agents) = try await Orchestrator.fromMain(workspace, store: store, shared: shared, consent: nil)
        try await TaskQueue.checkModel(options, workspace: workspace)
        let id = TaskRecord.newID()
        var asked = agents.limits
        if let maxSteps { asked.maxSteps = maxSteps }
        let limits = asked
        let runner = self
        // Events go through one ordered stream to the runner, so subscribers see them in the
        // order they happened and the `end` event last.
        let (events, sink) = AsyncStream<Event>.makeStream()
        let task = Task { () -> AgentOutcome in
            let forward = Task { for await e in events { await runner.emit(id, e) } }
            let choice = await orchestrator.classify(text, forced: agent, options: options)
            sink.yield(Event(kind: "agent", data: ["agent": choice.kind.rawValue, "reason": choice.reason, "origin": origin]))
            let outcome = await orchestrator.run(task: text, choice: choice, limits: limits, options: options, id: id) { event in
                sink.yield(Self.event(event))
            }
            sink.finish()
            await forward.value
            await runner.finish(id, outcome)
            return outcome
        }
        running[id] = Running(task: task)
        order.append(id)
        // A server runs for weeks: keep the events of the last 100 finished tasks, not all.
        while order.count > 100, let oldest = order.first(where: { running[$0]?.finished == true }) {
            running[oldest] = nil
            order.removeAll { $0 == oldest }
        }
        return id
    }

    /// Asks a running task to stop; it ends as `interrupted`, its proposal kept.
    public func cancel(_ id: String) async throws -> Bool {
        if let database { return try await cancelShared(id, database) }
        guard let r = running[id], !r.finished else { return false }
        r.task.cancel()
        return true
    }

    /// Whether the task has not ended: started here and running, or (with `[database]`)
    /// queued or running on any machine.
    public func isRunning(_ id: String) async -> Bool {
        if let database { return await isUnfinished(id, database) }
        return running[id].map { !$0.finished } ?? false
    }

    /// The events so far and then live ones, ending after the task's `end` event.
    public func subscribe(_ id: String) async throws -> AsyncStream<Event>? {
        if let database, let notices { return try await sharedEvents(id, database, notices) }
        guard var r = running[id] else { return nil }
        let (stream, continuation) = AsyncStream<Event>.makeStream()
        for e in r.events { continuation.yield(e) }
        if r.finished {
            continuation.finish()
        } else {
            let key = UUID()
            r.subscribers[key] = continuation
            running[id] = r
        }
        return stream
    }

    /// Waits for a task started here to end.
    public func wait(_ id: String) async -> AgentOutcome? {
        guard let r = running[id] else { return nil }
        return await r.task.value
    }

    func emit(_ id: String, _ e: Event) {
        guard var r = running[id] else { return }
        r.events.append(e)
        if r.events.count > 2_000 { r.events.removeFirst(r.events.count - 2_000) }
        for c in r.subscribers.values { c.yield(e) }
        running[id] = r
    }

    func finish(_ id: String, _ outcome: AgentOutcome) {
        emit(id, Self.end(outcome))
        guard var r = running[id] else { return }
        r.finished = true
        for c in r.subscribers.values { c.finish() }
        r.subscribers = [:]
        running[id] = r
    }

    /// The last event of a task: how it ended.
    public static func end(_ outcome: AgentOutcome) -> Event { TaskEvent.end(outcome) }

    /// A task's event as the API streams it (and `steward run --events` prints it).
    public static func event(_ e: AgentEvent) -> Event { TaskEvent(e) }
}
