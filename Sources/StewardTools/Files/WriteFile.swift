import Foundation
import StewardCore

/// `write_file`: creates or replaces a file in the proposal.
public enum WriteFile: Tool {
    public static let name = "write_file"
    public struct Arguments: Decodable, Sendable {
        public var path: String
        public var content: String
    }

    public static let definition = ToolDefinition(
        name: name, description: "Create or replace a file with the given content.",
        parameters: ToolSchema.object(
            [("path", "string", "e.g. outputs/summary.md"), ("content", "string", "the whole file")], required: ["path", "content"]))
    public static let mcpDefinition = ToolDefinition(
        name: name, description: "Create or replace a file. The change goes to your proposal and takes effect only when the person approves it.",
        parameters: ToolSchema.object(
            [("path", "string", "relative path inside a folder you may write"), ("content", "string", "the whole file")],
            required: ["path", "content"]))
    public static let hints = ToolHints(destructive: false)

    public static func plannedChanges(_ a: Arguments) -> [PlannedChange] { [.write(path: a.path)] }

    public static func run(_ a: Arguments, in context: any ToolContext) async throws -> ToolOutcome {
        let content = Data(a.content.utf8)
        return try await context.changed(
            [.write(path: a.path, content: content, executable: false)], tool: name,
            "wrote \(Escape.inline(a.path)) (\(content.count) bytes)")
    }
}
