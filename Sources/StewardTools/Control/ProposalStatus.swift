import StewardCore

/// `proposal_status` (MCP): what of the client's is pending, and how the person reviews it.
public enum ProposalStatus: Tool {
    public static let name = "proposal_status"
    public typealias Arguments = NoArguments

    public static let definition = ToolDefinition(
        name: name, description: "What of yours is pending: your open proposal, its files, and how the person reviews it.",
        parameters: ToolSchema.object([], required: []))
    public static let hints = ToolHints.readOnly

    public static func run(_ a: Arguments, in context: any ToolContext) async throws -> ToolOutcome {
        let ws = context.workspace
        let ref = await context.readingProposal()
        if case .offline(let j) = ref {
            let diff = try await ws.diff(offline: j)
            let info = try await ws.offlineProposal(j)
            return ToolOutcome(
                ok: true,
                text: """
                    Proposal o\(j) "\(Escape.inline(info.title))" was made while the remote did not answer and has no number yet: \(diff.files.count) file(s), \
                    +\(info.additions) -\(info.deletions): \(diff.files.map { Escape.inline($0.path) }.joined(separator: ", ")). 'steward sync' numbers it; \
                    the person reviews it with 'steward diff o\(j)'; your further changes are added to it until then.
                    """)
        }
        guard let n = ref?.number else {
            return ToolOutcome(ok: true, text: "Nothing of yours is pending: your next change opens a new proposal.")
        }
        let diff = try await ws.diff(n)
        let info = try await ws.proposal(n)
        return ToolOutcome(
            ok: true,
            text: """
                Proposal #\(n) "\(Escape.inline(info.title))" is pending the person's review: \(diff.files.count) file(s), +\(info.additions) -\(info.deletions): \
                \(diff.files.map { Escape.inline($0.path) }.joined(separator: ", ")). They review it with 'steward diff \(n)' and approve or reject it; \
                your further changes are added to it until then.
                """)
    }
}
