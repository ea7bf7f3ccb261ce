import Foundation
import StewardCore
import StewardJSON
import StewardSandbox
import StewardSkills

/// `run_skill_script`: a skill's script in the sandbox (no network); the files it writes to
/// `$OUTPUT_DIR` go into the proposal under `outputs/NAME/`.
public enum RunSkillScript: Tool {
    public static let name = "run_skill_script"
    public struct Arguments: Decodable, Sendable {
        public var skill: String
        public var script: String
        /// Strings only: anything else in the list is left out, as models put numbers there.
        public var args: [JSONValue]?
    }

    public static let definition = ToolDefinition(
        name: name,
        description: "Run a skill's script in a sandbox (no network). Files it writes to $OUTPUT_DIR go into your proposal under outputs/NAME/.",
        parameters: ToolSchema.object(
            [
                ("skill", "string", "the skill's name"), ("script", "string", "e.g. scripts/report.py"),
                ("args", "array", "arguments for the script, as strings"),
            ], required: ["skill", "script"]))

    /// Its outputs are not known before it runs: any file under `outputs/NAME/`.
    public static func plannedChanges(_ a: Arguments) -> [PlannedChange] { [.write(path: SkillRunner.outputPath(skill: a.skill, ""))] }

    /// A whole call of this tool, name first (as models print calls).
    public static func call(skill: String, script: String, arguments: [String]) -> String {
        let args: [String: JSONValue] = ["skill": .string(skill), "script": .string(script), "args": .array(arguments.map { .string($0) })]
        return "{\"name\": \"\(name)\", \"arguments\": \(JSONValue.object(args).jsonText)}"
    }

    public static func run(_ a: Arguments, in context: any ToolContext) async throws -> ToolOutcome {
        guard context.offeredSkills.contains(where: { $0.name == a.skill }) else { return await context.unknownSkill(a.skill, tool: name) }
        let arguments = a.args?.compactMap(\.string) ?? []
        let (result, operations) = try await SkillRunner.execute(skill: a.skill, script: a.script, arguments: arguments, in: context.workspace)
        var text = "\(result.script) \(result.outcome)."
        // Said before the streams, so cutting this result for the model keeps it.
        for cut in result.cutNotes { text += "\nIts \(cut)." }
        let out = String(decoding: result.stdout, as: UTF8.self)
        let err = String(decoding: result.stderr, as: UTF8.self)
        if !out.isEmpty { text += "\nstdout:\n" + out }
        if !err.isEmpty { text += "\nstderr:\n" + err }
        var changed: [String] = []
        var proposal: ProposalResult?
        if !operations.isEmpty {
            proposal = try await context.change(operations, tool: name)
            changed = operations.flatMap(\.paths)
            text += "\nIts output files are now in your proposal: \(changed.joined(separator: ", "))"
        }
        if !result.skipped.isEmpty { text += "\nNot taken: \(result.skipped.joined(separator: "; "))" }
        return ToolOutcome(ok: result.succeeded, text: ToolOutcome.cut(text), changed: changed, proposal: proposal)
    }
}
