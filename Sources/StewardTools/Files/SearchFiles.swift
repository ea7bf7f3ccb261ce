import StewardCore

/// `search_files`: lines containing a text, case-insensitive (at most 50).
public enum SearchFiles: Tool {
    public static let name = "search_files"
    public struct Arguments: Decodable, Sendable {
        public var query: String
        public var folder: String?
    }

    public static let definition = ToolDefinition(
        name: name, description: "Find lines containing some text (case-insensitive).",
        parameters: ToolSchema.object([("query", "string", "text to find"), ("folder", "string", "limit to a folder")], required: ["query"]))
    public static let mcpDefinition = ToolDefinition(
        name: name, description: "Find lines containing a text (case-insensitive), at most 50.",
        parameters: ToolSchema.object([("query", "string", "the text to find"), ("folder", "string", "limit to a folder")], required: ["query"]))
    public static let hints = ToolHints.readOnly

    public static func run(_ a: Arguments, in context: any ToolContext) async throws -> ToolOutcome {
        ToolOutcome(try await context.fileTools.search(a.query, folder: a.folder ?? "", proposal: await context.readingProposal()))
    }
}
