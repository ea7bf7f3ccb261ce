import StewardCore

/// `list_files`: the files of a folder (all when none), as the open proposal has them.
public enum ListFiles: Tool {
    public static let name = "list_files"
    public struct Arguments: Decodable, Sendable { public var folder: String? }

    public static let definition = ToolDefinition(
        name: name, description: "List files in a folder of the workspace (all files if no folder).",
        parameters: ToolSchema.object([("folder", "string", "e.g. memory")], required: []))
    public static let mcpDefinition = ToolDefinition(
        name: name, description: "List the workspace's files (as in your open proposal, else as approved), optionally under one folder.",
        parameters: ToolSchema.object([("folder", "string", "a folder such as memory or skills/pdf; empty for all")], required: []))
    public static let hints = ToolHints.readOnly

    public static func run(_ a: Arguments, in context: any ToolContext) async throws -> ToolOutcome {
        ToolOutcome(try await context.fileTools.list(folder: a.folder ?? "", proposal: await context.readingProposal()))
    }
}
