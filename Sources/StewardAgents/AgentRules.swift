import Foundation
import StewardCore

/// Which agent a task goes to, and why (recorded with the task).
public struct AgentChoice: Sendable, Hashable {
    public var kind: AgentKind
    public var reason: String
    public init(kind: AgentKind, reason: String) {
        self.kind = kind
        self.reason = reason
    }
}

/// Cheap rules first: words that point at one agent. `nil` when they do not decide.
public enum AgentRules {
    static let words: [AgentKind: [String]] = [
        .code: [
            "skill", "script", "code", "function", "program", "python", "bash", "shell", "swift", "javascript", ".py", ".sh", ".js",
            "refactor", "bug", "compile", "unit test", "regex", "cli tool",
        ],
        .research: [
            "research", "summar", "find out", "look up", "learn about", "explain", "what is", "what are", "who is", "why ", "compare",
            "fetch", "http://", "https://", "article", "note", "report on", "investigate", "remember",
        ],
        .fileops: [
            "rename", "move", "sort", "organi", "folder", "convert", "tidy", "clean up", "delete", "copy", "merge the files", "csv to",
            "to csv", "to json", "to markdown", "archive", "dedupe", "duplicate", "reformat",
            // Changing a file in place: the file agent's prompt says how (append_to_file, replace_in_file).
            "append", "add ", "replace", "change ", "edit ", "update ", "insert", "instead of", "set ", "fix ", "correct ", "prepend",
        ],
    ]

    /// The agent whose words the task uses most, when one clearly leads.
    public static func decide(_ task: String) -> AgentChoice? {
        let text = task.lowercased()
        var hits: [(AgentKind, [String])] = []
        for kind in AgentKind.allCases {
            let found = (words[kind] ?? []).filter { text.contains($0) }
            if !found.isEmpty { hits.append((kind, found)) }
        }
        hits.sort { $0.1.count > $1.1.count }
        guard let best = hits.first, hits.count == 1 || best.1.count > hits[1].1.count else { return nil }
        return AgentChoice(
            kind: best.0, reason: "rules: " + best.1.prefix(4).map { "\"\($0.trimmingCharacters(in: .whitespaces))\"" }.joined(separator: ", "))
    }
}
