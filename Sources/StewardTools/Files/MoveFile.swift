import StewardCore

/// `move_file`: moves or renames a file (never over another); a destination ending in `/` is
/// a folder to move it into, keeping its name.
public enum MoveFile: Tool {
    public static let name = "move_file"
    public struct Arguments: Decodable, Sendable {
        public var from: String
        public var to: String
    }

    public static let definition = ToolDefinition(
        name: name, description: "Move or rename a file.",
        parameters: ToolSchema.object([("from", "string", "current path"), ("to", "string", "new path, or a folder/")], required: ["from", "to"]))
    public static let mcpDefinition = ToolDefinition(
        name: name, description: "Move or rename a file. Goes to your proposal.", parameters: definition.parameters)

    public static func plannedChanges(_ a: Arguments) -> [PlannedChange] { [.move(from: a.from, to: FileTools.destination(a.from, a.to))] }

    public static func run(_ a: Arguments, in context: any ToolContext) async throws -> ToolOutcome {
        if let refusal = await FileTools.intoFolderRefusal(name, a.from, a.to, in: context) { return refusal }
        let to = FileTools.destination(a.from, a.to)
        return try await context.changed(
            [.move(from: a.from, to: to, overwrite: false)], tool: name, "moved \(Escape.inline(a.from)) to \(Escape.inline(to))")
    }
}
