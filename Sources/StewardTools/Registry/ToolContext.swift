import Foundation
import StewardCore
import StewardMemory
import StewardSandbox
import StewardSkills

/// What a tool runs against: the workspace, the proposal its reads see and its changes go
/// to, and what the caller has (memory, a fetcher, skills). An agent's `Toolbox` and an MCP
/// session are contexts.
public protocol ToolContext: Sendable {
    /// Who reads the results: texts differ where an MCP client wants more (scores, escaping).
    var audience: ToolAudience { get }
    var workspace: Workspace { get }
    /// The proposal reads see: the open one (numbered, or `oJ` made offline), else `main` (nil).
    func readingProposal() async -> ProposalRef?
    /// Commits `operations` to the open proposal, or opens one.
    /// - Throws: `StewardError` from the path policy, the size limit or the tree.
    func change(_ operations: [FileOperation], tool: String) async throws -> ProposalResult
    /// Long-term memory, when there is an index.
    var memory: MemoryIndex? { get }
    /// Web pages, when the person allowed some hosts.
    var pageFetcher: (any PageFetcher)? { get }
    /// The approved skills offered.
    var offeredSkills: [SkillManifest] { get }
    /// For a refusal naming an unknown skill: how to call `tool` right (coaching), or "".
    func unknownSkillHint(tool: String) async -> String
    /// A whole `run_skill_script` call of skill `name` with `arguments`, when it can run.
    func runCall(skill name: String, arguments: [String]) async -> String?
}

/// Who a context serves.
public enum ToolAudience: Sendable, Hashable {
    /// Steward's own agents (small models: short texts, cut to fit).
    case agent
    /// An MCP client.
    case mcp
}

/// Fetches the text of a web page (`fetch_url`); the agents' `URLFetcher` checks the hosts.
public protocol PageFetcher: Sendable {
    /// - Throws: `StewardError` for a host not allowed, a failed request, a page too large.
    func fetch(_ address: String) async throws -> String
}

extension ToolContext {
    public var fileTools: FileTools { FileTools(workspace: workspace) }

    /// The refusal for a skill not offered: the list, and how to call `tool` right.
    func unknownSkill(_ name: String, tool: String) async -> ToolOutcome {
        ToolOutcome(
            ok: false,
            text:
                "error: there is no skill \"\(name)\"; the skills are: \(offeredSkills.map(\.name).joined(separator: ", ")).\(await unknownSkillHint(tool: tool))"
        )
    }

    /// Commits one change and says what it did: `text`, the paths, the proposal. A change
    /// that would break the syntax of a `.json`, `.yaml` or `.toml` file is refused
    /// (`FileSyntax`).
    func changed(_ operations: [FileOperation], tool: String, _ text: String) async throws -> ToolOutcome {
        if let refused = await brokenSyntax(operations) { return refused }
        let result = try await change(operations, tool: tool)
        return ToolOutcome(ok: true, text: text, changed: operations.flatMap(\.paths), proposal: result)
    }
}
