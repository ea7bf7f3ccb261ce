import Foundation
import StewardCore
import StewardSandbox

/// Offline proposals numbered after their task was handed over (spec 23.4, "Hand-over"): a
/// worker whose remote did not answer made its proposal `oJ` on its own machine and stopped; a
/// worker elsewhere started the task again on a fresh proposal. When that machine syncs, its oJ
/// gets a number of its own, and the person is told which proposal the task went on with.
public enum LateOfflineProposals {
    /// A line for each proposal in `numbered` whose task (its record commit's `Steward-Task`)
    /// went on with another proposal, as `ledger` (the shared store) says; none for the rest.
    public static func notes(_ numbered: [Renumbered], workspace: Workspace, ledger: any TaskLedger) async -> [String] {
        var lines: [String] = []
        for made in numbered {
            guard let id = try? await workspace.task(ofProposal: made.number), let task = try? await ledger.task(id),
                let went = task.proposal, went > 0, went != made.number
            else { continue }
            let state = task.status == .done ? ", done" : task.status == .running ? ", still running" : ", \(task.status.rawValue)"
            lines.append(
                "#\(made.number) (made offline as \(made.offline)) holds what task \(id) did on this machine before another worker took it over; the task went on as #\(went)\(state): keep one ('steward reject \(made.number)' drops this one)"
            )
        }
        return lines
    }
}
