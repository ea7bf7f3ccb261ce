import Foundation
import StewardCore
import StewardJSON
import StewardModels
import StewardSandbox
import StewardSkills

/// The approved, valid skills an agent is offered: names and descriptions in its prompt,
/// bodies and files through `use_skill` and `read_skill_file`, scripts (in the sandbox)
/// through `run_skill_script`.
public struct AgentSkills: Sendable {
    public var skills: [SkillManifest]
    /// Each skill's first script (`scripts/…`), for skills that have one.
    public var scripts: [String: String]
    /// Skills that have a `scripts/` folder.
    public var withScripts: Set<String> { Set(scripts.keys) }
    /// Whether scripts can run here (bubblewrap installed).
    public var canRun: Bool

    public init(skills: [SkillManifest] = [], scripts: [String: String] = [:], canRun: Bool = SkillSandbox.bubblewrap() != nil) {
        self.skills = skills
        self.scripts = scripts
        self.canRun = canRun
    }

    public static let none = AgentSkills(skills: [], scripts: [:], canRun: false)

    /// The skills on `main`; none when they cannot be read (a task is not stopped by that).
    public static func load(from ws: Workspace) async -> AgentSkills {
        guard let registry = try? await SkillRegistry.load(from: ws) else { return .none }
        let valid = registry.reports.filter(\.valid)
        var scripts: [String: String] = [:]
        for r in valid { scripts[r.folder] = r.files.first { $0.hasPrefix("scripts/") } }
        return AgentSkills(skills: valid.compactMap(\.manifest), scripts: scripts)
    }

    /// The tools these skills add.
    public var toolNames: [String] {
        if skills.isEmpty { return [] }
        return ["use_skill", "read_skill_file"] + (canRun && !withScripts.isEmpty ? ["run_skill_script"] : [])
    }

    /// A few lines for the system prompt: what each skill is for.
    public var promptSection: String {
        if skills.isEmpty { return "" }
        let lines = skills.prefix(30).map { "- \($0.name): \(String($0.description.prefix(200)))" }
        return "Skills (approved instructions for tasks like these; call use_skill with its name to read one before you start):\n"
            + lines.joined(separator: "\n")
    }

    static let definitions: [ToolDefinition] = [
        ToolDefinition(name: "use_skill", description: "Read a skill's instructions and the list of its files.",
                       parameters: Toolbox.schema([("skill", "string", "the skill's name")], required: ["skill"])),
        ToolDefinition(name: "read_skill_file", description: "Read one file of a skill, e.g. references/guide.md.",
                       parameters: Toolbox.schema([("skill", "string", "the skill's name"), ("path", "string", "a file inside the skill")], required: ["skill", "path"])),
        ToolDefinition(name: "run_skill_script", description: "Run a skill's script in a sandbox (no network). Files it writes to $OUTPUT_DIR go into your proposal under outputs/NAME/.",
                       parameters: Toolbox.schema([("skill", "string", "the skill's name"), ("script", "string", "e.g. scripts/report.py"),
                                                   ("args", "array", "arguments for the script, as strings")], required: ["skill", "script"])),
    ]
}
