import Foundation
import StewardCore
import StewardPostgres
import StewardSandbox

/// Offline proposals numbered after their task was handed over (spec 23.4, "Hand-over"): a
/// worker whose remote did not answer made its proposal `oJ` on its own machine and stopped; a
/// worker elsewhere started the task again on a fresh proposal. When that machine syncs, its oJ
/// gets a number of its own, and the person is told which proposal the task went on with; then
/// `review`, `diff` and the dashboard mark it until one of the two is decided. The one place
/// that decides which proposal is late (`mark`).
public enum LateOfflineProposals {
    /// A line for each proposal in `numbered` whose task (its record commit's `Steward-Task`)
    /// went on with another proposal, as `ledger` (the shared store) says; none for the rest.
    public static func notes(_ numbered: [Renumbered], workspace: Workspace, ledger: any TaskLedger) async -> [String] {
        var lines: [String] = []
        for made in numbered {
            guard let late = await mark(made.number, workspace: workspace, ledger: ledger) else { continue }
            lines.append(sentence(made.number, offline: made.offline, late))
        }
        return lines
    }

    /// Proposal `n` marked late when the task its record commit names went on with another
    /// proposal (the task's row names that one); nil for every other proposal.
    static func mark(_ n: Int, workspace: Workspace, ledger: any TaskLedger) async -> LateProposal? {
        guard let id = try? await workspace.task(ofProposal: n), let task = try? await ledger.task(id), task.id == id,
            let went = task.proposal, went > 0, went != n
        else { return nil }
        var late = LateProposal(
            task: id, wentOn: went, taskStatus: task.status, wentOnStatus: try? await workspace.proposal(went).status, note: "")
        late.note = sentence(n, offline: nil, late)
        return late
    }

    /// The late ones among `pending` (pending proposals, numbered), by number. Only the shared
    /// database knows of tasks handed over between machines: on this machine's own store
    /// there are none, and nothing is read.
    public static func marks(_ pending: [ProposalInfo], workspace: Workspace, ledger: any TaskLedger) async -> [Int: LateProposal] {
        guard ledger is PostgresDatabase else { return [:] }
        var marks: [Int: LateProposal] = [:]
        for p in pending where p.number > 0 && p.status == .pending {
            if let late = await mark(p.number, workspace: workspace, ledger: ledger) { marks[p.number] = late }
        }
        return marks
    }

    /// What to say about proposal `n` where the person decides: its own mark, or, for the
    /// proposal a task went on with, each late one that task left (so neither is approved as
    /// well by accident).
    public static func notes(about n: Int, in marks: [Int: LateProposal]) -> [String] {
        if let own = marks[n] { return [own.note] }
        return marks.filter { $0.value.wentOn == n }.sorted { $0.key < $1.key }.map { late, m in
            "task \(m.task) also left #\(late), what it did before another worker took it over: keep one ('steward reject \(late)' drops that one)"
        }
    }

    /// `#2 (made offline as o1) holds what task T did on this machine before another worker
    /// took it over; the task went on as #1, done: keep one (…)`; without `offline` (read
    /// later, on any machine) `#2 holds what task T did before …`.
    static func sentence(_ n: Int, offline: String?, _ late: LateProposal) -> String {
        let state = late.taskStatus == .done ? ", done" : late.taskStatus == .running ? ", still running" : ", \(late.taskStatus.rawValue)"
        let made =
            offline.map { "#\(n) (made offline as \($0)) holds what task \(late.task) did on this machine" }
            ?? "#\(n) holds what task \(late.task) did"
        let what: String
        switch late.wentOnStatus {
        case .approved, .applied:
            what = ": #\(late.wentOn) is approved already, so approving #\(n) as well would do the task twice ('steward reject \(n)' drops this one)"
        case .rejected: what = ": #\(late.wentOn) was rejected, so this one is what is left of the task"
        default: what = ": keep one ('steward reject \(n)' drops this one)"
        }
        return "\(made) before another worker took it over; the task went on as #\(late.wentOn)\(state)\(what)"
    }
}
