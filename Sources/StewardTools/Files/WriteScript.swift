import Foundation
import StewardCore

/// `write_script`: a small, tested script written by code (`ScriptRecipe`) from what it should
/// do ("count the words"), as Python for `.py` or shell for `.sh`. A 0.5B model asked for a
/// word-count script wrote code counting lines, the characters of a fixed file, or "This is a
/// test file.": what it asks for is chosen by words, the code is never the model's.
public enum WriteScript: Tool {
    public static let name = "write_script"
    public struct Arguments: Decodable, Sendable {
        public var path: String
        public var does: String
    }

    public static let definition = ToolDefinition(
        name: name,
        description: "Write a ready-made .py or .sh script that counts words, lines or characters, sorts, dedupes, finds lines, sums numbers…",
        parameters: ToolSchema.object(
            [("path", "string", "e.g. skills/tool/scripts/tool.py"), ("does", "string", "what it does, e.g. count the words")],
            required: ["path", "does"]))

    public static let hints = ToolHints(destructive: false)

    public static func plannedChanges(_ a: Arguments) -> [PlannedChange] { [.write(path: a.path)] }

    public static func run(_ a: Arguments, in context: any ToolContext) async throws -> ToolOutcome {
        guard let language = ScriptRecipe.language(a.path) else {
            return ToolOutcome(
                ok: false,
                text:
                    "error: \(name) writes Python (.py) or shell (.sh) scripts, not \(Escape.inline(a.path)); for another kind of file, use write_file"
            )
        }
        guard let recipe = ScriptRecipe.matching(a.does) else {
            return ToolOutcome(
                ok: false,
                text:
                    "error: \(name) has no ready-made script that does \(ToolSchema.quoted(a.does)); it can: \(ScriptRecipe.all.map(\.does).joined(separator: "; ")). For anything else, write the code with write_file"
            )
        }
        guard let text = recipe.text(for: a.path) else {
            return ToolOutcome(
                ok: false, text: "error: \(name) has no \(language) script to \(recipe.does); give the path a .py name, or write it with write_file")
        }
        // Only files under skills/ may be executable (Workspace.propose).
        let executable = a.path.hasPrefix("skills/")
        return try await context.changed(
            [.write(path: a.path, content: Data(text.utf8), executable: executable)], tool: name,
            "wrote \(Escape.inline(a.path)), a \(language == "python" ? "Python" : "shell") script to \(recipe.does) (\(text.split(separator: "\n").count) lines)"
        )
    }
}
