import Foundation
import StewardCore
import StewardSandbox
import StewardSkills
import StewardTools

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

    /// A few lines for the system prompt: what each skill is for.
    public var promptSection: String {
        if skills.isEmpty { return "" }
        let lines = skills.prefix(30).map { "- \($0.name): \(String($0.description.prefix(200)))" }
        return "Skills (approved instructions for tasks like these; call \(UseSkill.name) with its name to read one before you start):\n"
            + lines.joined(separator: "\n")
    }
}
