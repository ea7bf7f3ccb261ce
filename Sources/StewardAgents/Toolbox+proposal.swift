import StewardCore
import StewardSandbox

extension Toolbox {
    /// The task's proposal as it is now: an `oJ` that a `steward sync` (another process)
    /// numbered meanwhile is followed to its number, so reads and changes go on there.
    func currentProposal() async -> ProposalRef? {
        guard case .offline(let j) = proposalRef else { return proposalRef }
        do {
            guard try await workspace.offlineHead(j) == nil, let n = try await workspace.number(ofOffline: j) else { return proposalRef }
            proposalRef = .number(n)
        } catch {}
        return proposalRef
    }
}
