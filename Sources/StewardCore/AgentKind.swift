import Foundation

/// The specialised agents: each has its own folders, prompt and model route, and its tools
/// (`ToolRegistry.agent` in StewardTools).
public enum AgentKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Writes and edits skills and scripts.
    case code
    /// Reads, gathers and summarises into `memory/` and `outputs/`.
    case research
    /// Organises, renames and converts files.
    case fileops

    /// The folders this agent may change (ARCHITECTURE.md, "Who may write where").
    public var folders: [String] {
        switch self {
        case .code: ["skills", "temp", "outputs"]
        case .research: ["memory", "outputs", "temp"]
        case .fileops: ["outputs", "temp", "memory"]
        }
    }

    /// The path policy every write of this agent passes.
    public var policy: PathPolicy { PathPolicy(writer: "the \(rawValue) agent", allowedFolders: folders) }

    /// Its prompt on `main`.
    public var promptPath: String { "prompts/\(rawValue).md" }

    /// The prompt used when `main` has none (a workspace made before prompts were seeded).
    public var defaultPrompt: String {
        switch self {
        case .code:
            "You are Steward's code agent. You write and edit skills (skills/NAME/SKILL.md and scripts) and small programs in a sandboxed workspace."
        case .research:
            "You are Steward's research agent. You read files, gather facts and write clear Markdown notes and summaries."
        case .fileops:
            "You are Steward's file agent. You organise, rename, move, copy, convert and edit files."
        }
    }
}
