import Foundation
import StewardCore
import StewardJSON

/// One event of a task as people and programs see it, wherever the task runs: `serve`'s
/// Server-Sent Events, `steward run --events` (NDJSON), and the `task_event` rows a worker
/// writes to the shared database (spec 23.5), which `serve` on any machine streams again.
public struct TaskEvent: Sendable, Hashable {
    public var kind: String
    public var data: [String: String]

    public init(kind: String, data: [String: String]) {
        self.kind = kind
        self.data = data
    }

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
        let who = first(["name", "model", "agent", "proposal", "worker"])
        let what = first(["text", "arguments", "reason"])
        return Escape.inline(String("\(kind): \(who) \(what)".prefix(2_100)))
    }

    /// An event stored as `kind` and a JSON object (a `task_event` row, spec 23.5): the object's
    /// values as strings (numbers and booleans as JSON writes them; `kind` and `display` are
    /// made again, never taken from the row). Anything but an object gives no data.
    public init(kind: String, storedJSON: String) {
        var data: [String: String] = [:]
        if case .object(let object)? = try? JSONValue.parse(storedJSON) {
            for (key, value) in object where key != "kind" && key != "display" {
                switch value {
                case .string(let s): data[key] = s
                case .bool(let b): data[key] = b ? "true" : "false"
                case .number(let n): data[key] = n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)
                case .bigInteger(let digits): data[key] = digits
                case .null, .array, .object: continue
                }
            }
        }
        self.init(kind: kind, data: data)
    }

    /// The last event of a task: how it ended.
    public static func end(_ outcome: AgentOutcome) -> TaskEvent {
        var e = end(outcome.record)
        if let merged = outcome.autoApproved { e.data["autoApproved"] = merged.commit }
        return e
    }

    /// The last event of a task, from its record (a task that ran on another machine).
    public static func end(_ rec: TaskRecord) -> TaskEvent {
        var data = ["task": rec.id, "status": rec.status.rawValue, "steps": "\(rec.steps)"]
        if let p = rec.proposal { data["proposal"] = "\(p)" }
        if let s = rec.summary { data["summary"] = s }
        if let e = rec.error { data["error"] = e }
        return TaskEvent(kind: "end", data: data)
    }

    /// A task's event as the API streams it (and `steward run --events` prints it).
    public init(_ e: AgentEvent) {
        switch e {
        case .started(let t, let a, let r): self.init(kind: "started", data: ["task": t, "agent": a, "reason": r])
        case .trying(let m, let d): self.init(kind: "trying", data: ["model": m, "detail": d])
        case .replied(let m, let n, let i, let o):
            self.init(kind: "reply", data: ["model": m, "step": "\(n)", "inputTokens": "\(i)", "outputTokens": "\(o)"])
        case .skipped(let m, let r): self.init(kind: "skipped", data: ["model": m, "reason": r])
        case .failed(let m, let r): self.init(kind: "failed", data: ["model": m, "reason": r])
        case .text(let t): self.init(kind: "text", data: ["text": t])
        case .thinking(let t): self.init(kind: "thinking", data: ["text": t])
        case .toolCall(let n, let a): self.init(kind: "tool", data: ["name": n, "arguments": String(a.prefix(2_000))])
        case .toolResult(let n, let ok, let t):
            self.init(kind: "result", data: ["name": n, "ok": ok ? "true" : "false", "text": String(t.prefix(2_000))])
        case .correction(let f): self.init(kind: "correction", data: ["text": f])
        case .gaveUp(let m, let r): self.init(kind: "gave-up", data: ["model": m, "reason": r])
        case .proposalOpened(let n): self.init(kind: "proposal", data: ["proposal": "\(n)"])
        }
    }
}
