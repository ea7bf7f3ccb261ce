import StewardCore

/// `read_file`: a text file, as the open proposal has it (cut past `FileTools.maxResultBytes`).
public enum ReadFile: Tool {
    public static let name = "read_file"
    public struct Arguments: Decodable, Sendable { public var path: String }

    public static let definition = ToolDefinition(
        name: name, description: "Read a text file.", parameters: ToolSchema.object([("path", "string", "e.g. memory/notes.md")], required: ["path"]))
    public static let mcpDefinition = ToolDefinition(
        name: name, description: "Read a text file of the workspace (as in your open proposal, else as approved).",
        parameters: ToolSchema.object([("path", "string", "relative path, e.g. memory/notes.md")], required: ["path"]))
    public static let hints = ToolHints.readOnly

    public static func run(_ a: Arguments, in context: any ToolContext) async throws -> ToolOutcome {
        ToolOutcome(try await context.fileTools.read(a.path, proposal: await context.readingProposal()))
    }
}
