import Foundation
import StewardAgents
import StewardCore
import StewardPostgres
import StewardSandbox

extension Worker {
    /// The proposal a claimed task goes on with (spec 23.4, "Hand-over"), asked once `main` was
    /// fetched (the catch-up brought the remote's proposals here): the one its row names; for a
    /// task taken over whose row names none, the pending proposal whose record commit names the
    /// task (`Steward-Task`): the earlier holder died after its proposal's push and before
    /// recording the number, so it is recorded now and continued, never made twice. A row
    /// saying 0 with no such proposal: the earlier holder made it offline (`oJ`, spec 22.4); on
    /// that machine it is continued (numbered since, or still oJ); on another it is not here to
    /// go on with, so the task starts again on a fresh proposal, and a `handover` event says
    /// why. A proposal the person decided (approved, rejected) while the task was between
    /// holders takes no more changes: the task starts again on a fresh proposal too, and its
    /// `handover` event says so. Nil: a new one.
    func proposalToContinue(_ lease: TaskLease, _ claimed: ClaimedTask) async -> ProposalRef? {
        let recorded = claimed.record.proposal
        if let n = recorded, n > 0 {
            guard let decided = await decided(n) else { return .number(n) }
            let previous = lease.previousWorker ?? "an earlier holder"
            let why = Self.decidedReason(n, decided, previous: previous)
            await handOverEvent(lease, ["proposal": "\(n)", "previous": previous, "reason": why, "restarted": "true"])
            log("task \(lease.task): \(why)")
            return nil
        }
        guard let previous = lease.previousWorker else { return nil }
        let found: Int?
        do {
            found = try await workspace.pendingProposal(ofTask: lease.task)
        } catch {
            log("task \(lease.task): looking for its proposal among the remote's failed (\(error)); it starts on a fresh one")
            found = nil
        }
        if let n = found {
            let why =
                "its proposal #\(n) is on the remote (its record commit names the task) but was not recorded on the task: the earlier holder \(previous) stopped between its push and recording it; this worker records it and goes on with it"
            do {
                try await database.retrying(maximumAttempts: LeasedLedger.writeAttempts) { try await self.database.recordProposal(n, under: lease) }
            } catch {
                log("task \(lease.task): recording proposal #\(n) failed (\(error)); going on with it")
            }
            await handOverEvent(lease, ["proposal": "\(n)", "previous": previous, "reason": why])
            log("task \(lease.task): \(why)")
            return .number(n)
        }
        guard recorded == 0 else { return nil }
        // Made offline on this machine (a worker here gave it back): it is here to go on with.
        if let here = try? await workspace.proposal(offlineByTask: lease.task) {
            if let n = here.number {
                try? await database.retrying(maximumAttempts: LeasedLedger.writeAttempts) { try await self.database.recordProposal(n, under: lease) }
            }
            let why = "its proposal \(here) was made offline on this machine by the earlier holder \(previous); this worker goes on with it"
            await handOverEvent(lease, ["proposal": "\(here)", "previous": previous, "reason": why])
            log("task \(lease.task): \(why)")
            return here
        }
        let why =
            "the earlier holder \(previous) made its proposal offline, on its own machine, while the remote did not answer, and stopped before publishing it: nothing of it can be continued from here, so the task starts again on a fresh proposal (when that machine syncs, its offline proposal is numbered too: reject the one you do not want)"
        await handOverEvent(lease, ["previous": previous, "reason": why, "restarted": "true"])
        log("task \(lease.task): \(why)")
        return nil
    }

    /// The status of proposal `n` here (fetched first) when it is no longer pending; nil when it
    /// is pending or cannot be read (then it is gone on with, as before).
    func decided(_ n: Int) async -> ProposalStatus? {
        guard let status = try? await workspace.proposal(n, withStats: false).status, status != .pending else { return nil }
        return status
    }

    /// Why a task whose proposal `n` was decided (`status`) before this worker took it over
    /// starts again (its `handover` event's `reason`).
    static func decidedReason(_ n: Int, _ status: ProposalStatus, previous: String) -> String {
        let what: String
        switch status {
        case .approved: what = "was approved (main holds what it changed)"
        case .rejected: what = "was rejected"
        case .abandoned: what = "was never completed"
        default: what = "is \(status.rawValue)"
        }
        return
            "its proposal #\(n) \(what) before this worker took the task over from \(previous), whose lease had ended; a proposal no longer pending takes no more changes, so the task starts again on a fresh proposal from main ('steward cancel' ends it instead if it is no longer wanted)"
    }

    /// A `handover` event of the task, under `lease`: what the new holder goes on with, and why.
    func handOverEvent(_ lease: TaskLease, _ data: [String: String]) async {
        var fields = data
        fields["worker"] = lease.worker
        let event = TaskEvent(kind: "handover", data: fields)
        do {
            try await database.retrying(maximumAttempts: LeasedLedger.writeAttempts) {
                try await self.database.addEvent(kind: event.kind, json: event.json, under: lease)
            }
        } catch {
            log("task \(lease.task): its hand-over event was not recorded (\(error))")
        }
    }
}
