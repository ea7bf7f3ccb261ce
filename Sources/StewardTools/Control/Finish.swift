import StewardCore

/// `finish`: ends the task; the summary is for the reviewer.
public enum Finish: Tool {
    public static let name = "finish"
    public struct Arguments: Decodable, Sendable { public var summary: String? }

    public static let definition = ToolDefinition(
        name: name, description: "Call when the task is done, with a one-line summary for the reviewer.",
        parameters: ToolSchema.object([("summary", "string", "what you did")], required: ["summary"]))

    public static func run(_ a: Arguments, in context: any ToolContext) async throws -> ToolOutcome {
        ToolOutcome(ok: true, text: "finished", finished: true)
    }
}
