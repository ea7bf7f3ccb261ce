import StewardCore
import StewardSkills

/// `list_skills` (MCP): the approved skills, name and description.
public enum ListSkills: Tool {
    public static let name = "list_skills"
    public typealias Arguments = NoArguments

    public static let definition = ToolDefinition(
        name: name, description: "The approved skills (Agent Skills format): name and description.", parameters: ToolSchema.object([], required: []))
    public static let hints = ToolHints.readOnly

    public static func run(_ a: Arguments, in context: any ToolContext) async throws -> ToolOutcome {
        let registry = try await SkillRegistry.load(from: context.workspace)
        if registry.usable.isEmpty { return ToolOutcome(ok: true, text: "No approved skills yet.") }
        return ToolOutcome(
            ok: true, text: registry.usable.map { "\(Escape.inline($0.name)): \(Escape.inline($0.description))" }.joined(separator: "\n"))
    }
}
