import Foundation
import StewardCore
import StewardJSON
import StewardMemory
import StewardSandbox
import StewardSkills
import StewardTools

/// A tool context over a real workspace in a temp folder: changes go to one proposal under
/// the outside-tools policy, as an MCP session's do.
actor TestContext: ToolContext {
    nonisolated let workspace: Workspace
    nonisolated let audience: ToolAudience
    nonisolated let memory: MemoryIndex?
    nonisolated let pageFetcher: (any PageFetcher)?
    nonisolated let offeredSkills: [SkillManifest]
    private(set) var proposal: Int?

    init(
        _ workspace: Workspace, audience: ToolAudience = .agent, memory: MemoryIndex? = nil, fetcher: (any PageFetcher)? = nil,
        skills: [SkillManifest] = []
    ) {
        self.workspace = workspace
        self.audience = audience
        self.memory = memory
        self.pageFetcher = fetcher
        self.offeredSkills = skills
    }

    func readingProposal() -> ProposalRef? { proposal.map(ProposalRef.number) }

    func change(_ operations: [FileOperation], tool: String) async throws -> ProposalResult {
        let policy = try PathPolicy.outsideTools()
        if let n = proposal { return try await workspace.append(to: n, operations: operations, policy: policy, agent: "tester", tool: tool) }
        let r = try await workspace.propose(title: "test", agent: "tester", operations: operations, policy: policy, tool: tool)
        proposal = r.number
        return r
    }

    func unknownSkillHint(tool: String) -> String { " (coached: \(tool))" }

    func runCall(skill name: String, arguments: [String]) -> String? { nil }

    /// `tool` called with `arguments` as a model would: checked against its schema, then run.
    func call(_ tool: any Tool.Type, _ arguments: [String: JSONValue] = [:]) async throws -> ToolOutcome {
        let definition = audience == .mcp ? tool.mcpDefinition : tool.definition
        if let problem = ToolSchema.check(arguments, against: definition) { return ToolOutcome(ok: false, text: "error: \(problem)") }
        return try await tool.call(arguments, in: self)
    }
}

/// A workspace in a temp folder, always removed.
func withWorkspace(_ body: (Workspace) async throws -> Void) async throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("steward-tools-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
    try await body(ws)
}

/// Files committed on `main` (through a proposal the person approves).
func onMain(_ ws: Workspace, _ files: [String: String]) async throws {
    let ops = files.sorted { $0.key < $1.key }.map {
        FileOperation.write(path: $0.key, content: Data($0.value.utf8), executable: $0.key.hasSuffix(".sh"))
    }
    let r = try await ws.propose(title: "fixture", agent: "tester", operations: ops, policy: try PathPolicy.outsideTools())
    _ = try await ws.approve(r.number, by: "tester")
}

func text(_ ws: Workspace, _ path: String, proposal: Int?) async throws -> String {
    String(decoding: try await ws.readFile(path, proposal: proposal), as: UTF8.self)
}
