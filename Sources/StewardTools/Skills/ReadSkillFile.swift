import Foundation
import StewardCore

/// `read_skill_file`: one file of an offered skill (`references/guide.md`), from `main`.
public enum ReadSkillFile: Tool {
    public static let name = "read_skill_file"
    public struct Arguments: Decodable, Sendable {
        public var skill: String
        public var path: String
    }

    public static let definition = ToolDefinition(
        name: name, description: "Read one file of a skill, e.g. references/guide.md.",
        parameters: ToolSchema.object(
            [("skill", "string", "the skill's name"), ("path", "string", "a file inside the skill")], required: ["skill", "path"]))

    public static func run(_ a: Arguments, in context: any ToolContext) async throws -> ToolOutcome {
        guard context.offeredSkills.contains(where: { $0.name == a.skill }) else { return await context.unknownSkill(a.skill, tool: name) }
        let relative = try PathPolicy.lexical.check(a.path).rawValue
        let data = try await context.workspace.readFile("skills/\(a.skill)/\(relative)")
        return ToolOutcome(ok: true, text: ToolOutcome.cut(String(decoding: data, as: UTF8.self)))
    }
}
