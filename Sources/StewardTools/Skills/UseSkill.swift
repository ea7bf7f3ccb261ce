import Foundation
import StewardCore

/// `use_skill`: a skill's instructions and the list of its other files.
public enum UseSkill: Tool {
    public static let name = "use_skill"
    public struct Arguments: Decodable, Sendable { public var skill: String }

    public static let definition = ToolDefinition(
        name: name, description: "Read a skill's instructions and the list of its files.",
        parameters: ToolSchema.object([("skill", "string", "the skill's name")], required: ["skill"]))

    public static func run(_ a: Arguments, in context: any ToolContext) async throws -> ToolOutcome {
        let name = a.skill
        guard let skill = context.offeredSkills.first(where: { $0.name == name }) else { return await context.unknownSkill(name, tool: Self.name) }
        let files = try await context.workspace.listFiles(under: "skills/" + name).map { String($0.path.dropFirst("skills/\(name)/".count)) }
        let others = files.filter { $0 != "SKILL.md" }
        let run = await context.runCall(skill: name, arguments: [])
        return ToolOutcome(
            ok: true,
            text: ToolOutcome.cut(
                skill.body.trimmingCharacters(in: .whitespacesAndNewlines)
                    + (others.isEmpty ? "" : "\n\nFiles of this skill (\(ReadSkillFile.name)): \(others.joined(separator: ", "))")
                    + (run.map { "\nTo run its script, call \($0) with the script's arguments in \"args\"." } ?? "")))
    }
}
