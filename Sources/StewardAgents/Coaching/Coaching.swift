import Foundation
import StewardCore
import StewardJSON
import StewardModels

/// Coaching for small models: hints, guesses of the tool a model meant, whole example calls
/// built from the task, nudges towards the next step. A value computed from the task (the
/// paths and words it names) and the tools the agent has; what the conversation did so far
/// (paths worked on, changes, the last result read) is passed to each question. The
/// dispatcher and the loop ask it for texts; it runs nothing.
public struct Coaching: Sendable {
    /// The agent being coached (its first folder is the example's folder to list).
    let kind: AgentKind
    /// The tools the agent has, in the order it was offered them.
    let toolNames: [String]
    /// Each offered tool's JSON Schema, by name.
    let parameters: [String: JSONValue]
    /// The approved skills offered to the agent.
    let skills: AgentSkills
    /// Workspace paths the task names, in order (for concrete examples in corrections).
    let taskPaths: [String]
    /// The task's words, lowercased.
    let taskWords: [String]
    /// "replace X with Y" (or "change X to Y") in the task, if it says so.
    let replacement: (String, String)?

    /// Coaching for `task` done by a `kind` agent with `tools` (and `skills`).
    public init(task: String, kind: AgentKind, tools: [ToolDefinition], skills: AgentSkills = .none) {
        self.kind = kind
        self.toolNames = tools.map(\.name)
        self.parameters = Dictionary(tools.map { ($0.name, $0.parameters) }, uniquingKeysWith: { first, _ in first })
        self.skills = skills
        self.taskPaths = Self.paths(in: task)
        self.taskWords = task.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        self.replacement = Self.replacement(in: task)
    }

    /// `folder/name.ext`-like words of a task, trailing punctuation dropped.
    public static func paths(in task: String) -> [String] {
        task.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "\"" || $0 == "'" || $0 == "`" }).compactMap { word in
            var w = String(word)
            while let c = w.last, ".;:!?)".contains(c) { w.removeLast() }
            guard w.contains("/"), !w.hasPrefix("/"), !w.contains("://"), (try? PathPolicy.lexical.check(w)) != nil else { return nil }
            return w
        }
    }

    /// X and Y of "replace X with Y" / "change X to Y" (one word or a quoted phrase each).
    static func replacement(in task: String) -> (String, String)? {
        let words = task.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"'`.,;:")) }
        for (i, w) in words.enumerated() where i + 3 < words.count {
            let verb = w.lowercased()
            let joiner = words[i + 2].lowercased()
            if (verb == "replace" && joiner == "with") || ((verb == "change" || verb == "rename") && joiner == "to") {
                let (a, b) = (words[i + 1], words[i + 3])
                if !a.isEmpty, !b.isEmpty, !a.contains("/"), !b.contains("/") { return (a, b) }
            }
        }
        return nil
    }

    /// What the task most likely wants done first, from its first word ("Write a skill…").
    var taskVerbTool: String? {
        taskWords.first.flatMap(Self.meant)
    }

    /// Whether the task asks for something made from what it reads (a table, a summary), not a copy.
    var transformsWhatItReads: Bool { taskWords.contains { Self.transformingWords.contains($0) } }

    /// Words of a task that asks for something made from what is read, not a copy of it.
    static let transformingWords: Set<String> = [
        "convert", "summary", "summarise", "summarize", "summarising", "summarizing", "translate", "table", "turn", "rewrite", "reformat", "format",
        "sort", "shorten",
    ]

    /// The skill the task most likely means: the only one, or one the task names.
    var likelySkill: String? {
        let names = skills.skills.map(\.name)
        if names.count == 1 { return names.first }
        let words = taskWords.joined(separator: " ")
        return names.first { taskWords.contains($0) || words.contains($0.replacingOccurrences(of: "-", with: " ")) }
    }
}
