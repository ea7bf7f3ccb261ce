import Foundation
import StewardCore
import StewardMemory
import StewardSandbox
import StewardSkills
import StewardTools

/// One MCP client's session with a workspace: who it is (from `initialize`), and the
/// proposal its changes go to. The first change opens a proposal titled from the client's
/// name and that change; once the person approves or rejects it, the next change opens a new
/// one, so a client that stays connected for days keeps working. A first change made while
/// the remote does not answer opens offline proposal `oJ` (spec 22.4), and the later ones are
/// added to it, as an agent run adds to its oJ; once `steward sync` numbers it, to N.
public actor MCPSession {
    public let workspace: Workspace
    public let policy: PathPolicy
    /// Long-term memory, for `search_memory` (when the store is open).
    public let memory: MemoryIndex?
    let agentOverride: String?
    public private(set) var clientName = "MCP client"
    /// The open proposal, while it is pending: numbered, or `oJ` until a sync numbers it.
    public private(set) var proposalRef: ProposalRef?
    /// The open proposal's number (nil for none, and for an `oJ` not numbered yet).
    public var proposal: Int? { proposalRef?.number }

    public init(workspace: Workspace, policy: PathPolicy, agent: String? = nil, memory: MemoryIndex? = nil) {
        self.workspace = workspace
        self.policy = policy
        self.agentOverride = agent
        self.memory = memory
    }

    public func setClient(name: String) {
        let cleaned = Escape.inline(name).trimmingCharacters(in: .whitespaces)
        if !cleaned.isEmpty { clientName = String(cleaned.prefix(40)) }
    }

    /// Who the commits are by: `--agent`, else `mcp:CLIENT` with the client's name made safe
    /// for the `Steward-Agent` trailer.
    public var agent: String {
        if let agentOverride { return agentOverride }
        let safe = clientName.lowercased().unicodeScalars.map {
            ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) ? Character($0) : "-"
        }
        let name = String(safe).split(separator: "-", omittingEmptySubsequences: true).joined(separator: "-")
        return "mcp:" + (name.isEmpty ? "client" : String(name.prefix(50)))
    }

    /// The proposal reads should see: the open one while it is pending, else `main` (nil). An
    /// `oJ` that a `steward sync` (another process) numbered meanwhile is followed to its
    /// number, as an agent run follows it (`Toolbox.currentProposal`).
    public func readProposal() async -> ProposalRef? {
        if case .offline(let j) = proposalRef {
            if (try? await workspace.offlineHead(j)) != nil { return proposalRef }
            // Gone: numbered by a sync (its `proposed` event says so), else deleted by hand.
            proposalRef = (try? await workspace.number(ofOffline: j)).map(ProposalRef.number)
        }
        guard let n = proposalRef?.number else { return nil }
        if (try? await workspace.proposal(n, withStats: false).status) == .pending { return proposalRef }
        proposalRef = nil
        return nil
    }

    /// The change before the newest, which the next one waits for.
    private var last: Task<Void, Never>?

    /// Commits `operations` to the open proposal, or opens one. Changes run one after another
    /// in the order they came (an actor alone would interleave them at each `await`, and two
    /// first changes could then open two proposals).
    /// - Throws: `StewardError` from the path policy, the size limit or the tree.
    public func change(_ operations: [FileOperation], tool: String) async throws -> ProposalResult {
        let previous = last
        let task = Task { () async throws -> ProposalResult in
            await previous?.value
            return try await self.changeNow(operations, tool: tool)
        }
        last = Task { _ = try? await task.value }
        return try await task.value
    }

    func changeNow(_ operations: [FileOperation], tool: String) async throws -> ProposalResult {
        if let ref = await readProposal() {
            do {
                return try await workspace.append(to: ref, operations: operations, policy: policy, agent: agent, tool: tool)
            } catch let e as StewardError where e.code == .notFound && ref.offline != nil {
                // oJ numbered between the check and the append: add to its number.
                if let now = await readProposal(), now != ref {
                    return try await workspace.append(to: now, operations: operations, policy: policy, agent: agent, tool: tool)
                }
            } catch let e as StewardError where e.code == .conflict && ref.number != nil {
                // Decided between the check and the append, or the remote does not answer (N's
                // branch is shared): start a new one, offline then. (oJ's conflict, a sync
                // numbering it, is the client's to retry: a new proposal would split it.)
                proposalRef = nil
            }
        }
        let summary = operations.first.map { $0.summary.replacingOccurrences(of: "\n", with: " ") } ?? tool
        let title = String("\(clientName): \(summary)".prefix(100))
        let r = try await workspace.propose(title: title, agent: agent, operations: operations, policy: policy, tool: tool)
        proposalRef = r.offline.flatMap(ProposalRef.init(argument:)) ?? .number(r.number)
        return r
    }
}

extension MCPSession {
    /// The session as the registry's tools see it: reads of the open proposal, changes into
    /// it, memory when there is an index; no fetcher, no skills offered as tools, no coaching.
    nonisolated var toolContext: MCPToolContext { MCPToolContext(session: self) }
}

/// An MCP session as a tool's context.
struct MCPToolContext: ToolContext {
    let session: MCPSession
    var audience: ToolAudience { .mcp }
    var workspace: Workspace { session.workspace }
    var memory: MemoryIndex? { session.memory }
    var pageFetcher: (any PageFetcher)? { nil }
    var offeredSkills: [SkillManifest] { [] }
    func readingProposal() async -> ProposalRef? { await session.readProposal() }
    func change(_ operations: [FileOperation], tool: String) async throws -> ProposalResult { try await session.change(operations, tool: tool) }
    func unknownSkillHint(tool: String) async -> String { "" }
    func runCall(skill name: String, arguments: [String]) async -> String? { nil }
}
