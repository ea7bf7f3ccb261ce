import Foundation
import StewardAgents
import StewardCore
import StewardJSON
import StewardModels
import StewardSandbox
import StewardStore

/// Tasks started through `serve` (the API, the dashboard, the scheduler): each runs in the
/// background with the same orchestrator as `steward run`; its events are kept for late
/// subscribers and streamed to live ones (Server-Sent Events).
public actor TaskRunner {
    public struct Event: Sendable, Hashable {
        public var kind: String
        public var data: [String: String]
        /// `event: KIND` and `data: JSON` lines, then a blank line. The JSON keeps the
        /// event's data as it is; `display` is the line a person is shown (the dashboard
        /// shows it, never the raw fields).
        public var sse: String { "event: \(kind)\ndata: \(json)\n\n" }

        /// The event as one line of JSON: its data, `kind` and `display`, every value a
        /// string. The SSE `data` line and `steward run --events` (NDJSON) both write this.
        public var json: String {
            var fields = data
            fields["kind"] = kind
            fields["display"] = display
            // Only strings: nothing here can be refused.
            return (try? PrettyJSON.text(.object(fields.mapValues { .string($0) }), compact: true)) ?? "{}"
        }

        /// One line for a person, "KIND: WHO WHAT", through `Escape.inline`: a tool's
        /// output, a model's reason or a path cannot hide or reorder text on the page.
        public var display: String {
            func first(_ keys: [String]) -> String { keys.lazy.compactMap { data[$0] }.first { !$0.isEmpty } ?? "" }
            let who = first(["name", "model", "agent", "proposal"])
            let what = first(["text", "arguments", "reason"])
            return Escape.inline(String("\(kind): \(who) \(what)".prefix(2_100)))
        }
    }

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
    var running: [String: Running] = [:]
    /// Task ids in the order they started.
    var order: [String] = []

    public init(workspace: Workspace, store: Store, shared: (any SharedStore)? = nil) {
        self.workspace = workspace
        self.store = store
        self.shared = shared ?? store
    }

    /// Starts a task; returns its id at once. `agent` forces the agent. Cloud models are never
    /// asked for consent here (there is no terminal): under `cloud = "ask"` they are not used.
    public func start(_ prompt: String, agent: AgentKind? = nil, origin: String = "api") async throws -> String {
        let text = prompt.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw StewardError.usage("the task is empty; say what to do") }
        try InputLimit.task.check(text)
        let (orchestrator, agents) = try await Orchestrator.fromMain(workspace, store: store, shared: shared, consent: nil)
        let id = TaskRecord.newID()
        let limits = agents.limits
        let runner = self
        // Events go through one ordered stream to the runner, so subscribers see them in the
        // order they happened and the `end` event last.
        let (events, sink) = AsyncStream<Event>.makeStream()
        let task = Task { () -> AgentOutcome in
            let forward = Task { for await e in events { await runner.emit(id, e) } }
            let choice = await orchestrator.classify(text, forced: agent, options: RouteOptions())
            sink.yield(Event(kind: "agent", data: ["agent": choice.kind.rawValue, "reason": choice.reason, "origin": origin]))
            let outcome = await orchestrator.run(task: text, choice: choice, limits: limits, options: RouteOptions(), id: id) { event in
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
    public func cancel(_ id: String) -> Bool {
        guard let r = running[id], !r.finished else { return false }
        r.task.cancel()
        return true
    }

    public func isRunning(_ id: String) -> Bool { running[id].map { !$0.finished } ?? false }

    /// The events so far and then live ones, ending after the task's `end` event.
    public func subscribe(_ id: String) -> AsyncStream<Event>? {
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
    public static func end(_ outcome: AgentOutcome) -> Event {
        let rec = outcome.record
        var data = ["task": rec.id, "status": rec.status.rawValue, "steps": "\(rec.steps)"]
        if let p = rec.proposal { data["proposal"] = "\(p)" }
        if let s = rec.summary { data["summary"] = s }
        if let e = rec.error { data["error"] = e }
        if let merged = outcome.autoApproved { data["autoApproved"] = merged.commit }
        return Event(kind: "end", data: data)
    }

    /// A task's event as the API streams it (and `steward run --events` prints it).
    public static func event(_ e: AgentEvent) -> Event {
        switch e {
        case .started(let t, let a, let r): Event(kind: "started", data: ["task": t, "agent": a, "reason": r])
        case .trying(let m, let d): Event(kind: "trying", data: ["model": m, "detail": d])
        case .replied(let m, let n, let i, let o):
            Event(kind: "reply", data: ["model": m, "step": "\(n)", "inputTokens": "\(i)", "outputTokens": "\(o)"])
        case .skipped(let m, let r): Event(kind: "skipped", data: ["model": m, "reason": r])
        case .failed(let m, let r): Event(kind: "failed", data: ["model": m, "reason": r])
        case .text(let t): Event(kind: "text", data: ["text": t])
        case .thinking(let t): Event(kind: "thinking", data: ["text": t])
        case .toolCall(let n, let a): Event(kind: "tool", data: ["name": n, "arguments": String(a.prefix(2_000))])
        case .toolResult(let n, let ok, let t):
            Event(kind: "result", data: ["name": n, "ok": ok ? "true" : "false", "text": String(t.prefix(2_000))])
        case .correction(let f): Event(kind: "correction", data: ["text": f])
        case .gaveUp(let m, let r): Event(kind: "gave-up", data: ["model": m, "reason": r])
        case .proposalOpened(let n): Event(kind: "proposal", data: ["proposal": "\(n)"])
        }
    }
}
