import StewardCore
import StewardSkills

/// `read_skill` (MCP): an approved skill's `SKILL.md`, or one of its files, from `main`.
public enum ReadSkill: Tool {
    public static let name = "read_skill"
    public struct Arguments: Decodable, Sendable {
        public var skill: String
        public var path: String?
    }

    public static let definition = ToolDefinition(
        name: name, description: "Read an approved skill's SKILL.md, or one of its files.",
        parameters: ToolSchema.object(
            [("skill", "string", "the skill's name"), ("path", "string", "a file inside the skill; default SKILL.md")], required: ["skill"]))
    public static let hints = ToolHints.readOnly

    public static func run(_ a: Arguments, in context: any ToolContext) async throws -> ToolOutcome {
        let registry = try await SkillRegistry.load(from: context.workspace)
        let skill = try registry.skill(a.skill)
        let given = a.path ?? ""
        let path = given.isEmpty ? "SKILL.md" : try PathPolicy.lexical.check(given).rawValue
        return ToolOutcome(try await context.fileTools.read("skills/\(skill.name)/\(path)", proposal: nil))
    }
}
