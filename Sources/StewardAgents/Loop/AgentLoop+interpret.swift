import Foundation
import StewardModels
import StewardTools

/// What a model's reply is taken to say.
enum Interpretation: Equatable {
    /// Tool calls the server parsed: used as they are.
    case calls([ToolCall])
    /// Tool calls the model printed as text, repaired (`ToolCallRepair`), or a write it
    /// described instead of calling (`Coaching.describedWrite`).
    case repaired([ToolCall])
    /// No call: the reply's text, trimmed (maybe empty).
    case prose(String)
}

extension AgentLoop {
    /// Reads a reply: the calls as the server parsed them, else repaired from its text (only
    /// of `tools`; a call left unclosed at the end only when the reply `ended` by itself, not
    /// cut), else its prose.
    static func interpret(_ reply: ChatMessage, tools: [String], ended: Bool = false) -> Interpretation {
        if !reply.toolCalls.isEmpty { return .calls(reply.toolCalls) }
        var calls = ToolCallRepair.extract(from: reply.content, tools: tools, ended: ended)
        if calls.isEmpty, tools.contains(WriteFile.name), let write = Coaching.describedWrite(reply.content) { calls = [write] }
        if !calls.isEmpty { return .repaired(calls) }
        return .prose(reply.content.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
