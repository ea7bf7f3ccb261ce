import StewardCore

/// `delete_file`: deletes a file in the proposal (nothing is lost until the person approves).
public enum DeleteFile: Tool {
    public static let name = "delete_file"
    public struct Arguments: Decodable, Sendable { public var path: String }

    public static let definition = ToolDefinition(
        name: name, description: "Delete a file.", parameters: ToolSchema.object([("path", "string", "the file")], required: ["path"]))
    public static let mcpDefinition = ToolDefinition(
        name: name,
        description: "Delete a file. Goes to your proposal; nothing is lost until the person approves, and an approval can be rolled back.",
        parameters: definition.parameters)
    public static let hints = ToolHints(destructive: true)

    public static func plannedChanges(_ a: Arguments) -> [PlannedChange] { [.delete(path: a.path)] }

    public static func run(_ a: Arguments, in context: any ToolContext) async throws -> ToolOutcome {
        try await context.changed([.delete(path: a.path)], tool: name, "deleted \(Escape.inline(a.path))")
    }
}
