import Foundation
import StewardCore

/// `edit_file`: replaces one exact piece of text (it must occur once) in a file.
public enum EditFile: Tool {
    public static let name = "edit_file"
    public struct Arguments: Decodable, Sendable {
        public var path: String
        public var search: String
        public var replace: String
    }

    public static let definition = ToolDefinition(
        name: name, description: "Replace one exact piece of text in a file.",
        parameters: ToolSchema.object(
            [("path", "string", "the file"), ("search", "string", "exact text now in the file"), ("replace", "string", "new text")],
            required: ["path", "search", "replace"]))
    public static let mcpDefinition = ToolDefinition(
        name: name, description: "Replace one exact piece of text in a file (it must occur once). Goes to your proposal.",
        parameters: ToolSchema.object(
            [("path", "string", "the file"), ("search", "string", "exact text now in the file"), ("replace", "string", "the new text")],
            required: ["path", "search", "replace"]))

    public static func plannedChanges(_ a: Arguments) -> [PlannedChange] { [.write(path: a.path)] }

    public static func run(_ a: Arguments, in context: any ToolContext) async throws -> ToolOutcome {
        switch try await context.fileTools.edited(a.path, search: a.search, replace: a.replace, proposal: await context.readingProposal()) {
        case .failure(let refusal): return ToolOutcome(ok: false, text: refusal.text)
        case .success(let updated):
            return try await context.changed(
                [.write(path: a.path, content: updated, executable: false)], tool: name, "edited \(Escape.inline(a.path))")
        }
    }
}
