import Foundation
import StewardAgents
import StewardCore
import StewardJSON

/// A running task's events as the shared store keeps them (`task_event`, spec 23.5): a kind
/// and its data, every value a string, the shape `serve`'s SSE and `steward run --events` show.
public enum TaskEventWire {
    /// An agent's event as a kind and its data.
    public static func event(_ e: AgentEvent) -> (kind: String, data: [String: String]) {
        switch e {
        case .started(let t, let a, let r): ("started", ["task": t, "agent": a, "reason": r])
        case .trying(let m, let d): ("trying", ["model": m, "detail": d])
        case .replied(let m, let n, let i, let o): ("reply", ["model": m, "step": "\(n)", "inputTokens": "\(i)", "outputTokens": "\(o)"])
        case .skipped(let m, let r): ("skipped", ["model": m, "reason": r])
        case .failed(let m, let r): ("failed", ["model": m, "reason": r])
        case .text(let t): ("text", ["text": t])
        case .thinking(let t): ("thinking", ["text": t])
        case .toolCall(let n, let a): ("tool", ["name": n, "arguments": String(a.prefix(2_000))])
        case .toolResult(let n, let ok, let t): ("result", ["name": n, "ok": ok ? "true" : "false", "text": String(t.prefix(2_000))])
        case .correction(let f): ("correction", ["text": f])
        case .gaveUp(let m, let r): ("gave-up", ["model": m, "reason": r])
        case .proposalOpened(let n): ("proposal", ["proposal": "\(n)"])
        }
    }

    /// The last event of a task: how it ended.
    public static func end(_ record: TaskRecord) -> (kind: String, data: [String: String]) {
        var data = ["task": record.id, "status": record.status.rawValue, "steps": "\(record.steps)"]
        if let p = record.proposal { data["proposal"] = "\(p)" }
        if let s = record.summary { data["summary"] = s }
        if let e = record.error { data["error"] = e }
        return ("end", data)
    }

    /// `data` as one line of JSON (only strings: nothing here can be refused).
    public static func json(_ data: [String: String]) -> String {
        (try? PrettyJSON.text(.object(data.mapValues { .string($0) }), compact: true)) ?? "{}"
    }

    /// One line for a person, "KIND: WHO WHAT", through `Escape.inline` (as `serve` shows it).
    public static func display(kind: String, data: [String: String]) -> String {
        func first(_ keys: [String]) -> String { keys.lazy.compactMap { data[$0] }.first { !$0.isEmpty } ?? "" }
        let who = first(["name", "model", "agent", "proposal", "worker"])
        let what = first(["text", "arguments", "reason", "status"])
        return Escape.inline(String("\(kind): \(who) \(what)".prefix(2_100)))
    }

    /// A stored event's JSON back as its data; values that are not strings are left out.
    public static func data(_ json: String) -> [String: String] {
        guard case .object(let fields)? = try? JSONValue.parse(json) else { return [:] }
        return fields.compactMapValues { $0.string }
    }
}
