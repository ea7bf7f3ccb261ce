import Foundation
import StewardAgents
import StewardCore
import StewardPostgres

extension Worker {
    /// What follows a task ended where no process could tell its end (spec 23.4, "Cancel";
    /// 23.6, "Run now"), handed to this worker's claim: this claim ended it because its cancel
    /// reached nobody, or a cancel, the next run of its schedule or a claim whose answer was
    /// lost ended it. As for any task a worker ends, the notification (9.2) and the `post-task`
    /// hooks, once, from here: one claim takes it (`SKIP LOCKED`, under its token). Its open
    /// reservations were settled by whatever ended it. Never throws: what fails is logged, and
    /// the task stays ended.
    func afterSweep(_ swept: SweptTask) async {
        let id = swept.task
        if swept.endedByThisClaim {
            log(
                "task \(id) interrupted: it was cancelled, and its worker stopped renewing its lease before it ended it (killed, or it gave the task back as the cancel came); what was done so far stays in its proposal"
            )
        }
        if swept.settledReservations > 0 {
            log("task \(id): \(swept.settledReservations) cloud reservation(s) its worker left open settled at their maximum")
        }
        var record: TaskRecord
        do {
            guard let read = try await database.retrying({ try await self.database.task(id) }) else { return }
            record = read
        } catch {
            log("task \(id): could not be read (\(error)); no notification or post-task hook for it")
            return
        }
        if !swept.endedByThisClaim {
            log(
                "task \(id) \(record.status.rawValue): \(record.error ?? "ended") — nobody could tell its end there, so its notification and post-task hooks come from this worker"
            )
        }
        // Its proposal's refs, for the notification's title and the hooks' `changed`.
        _ = try? await workspace.sync()
        // A killed run-now's row never recorded its proposal (recorded at the run's end): its
        // record commit names the task.
        if record.proposal == nil, let n = try? await workspace.pendingProposal(ofTask: id) { record.proposal = n }
        let changed = await changedPaths(of: record)
        do {
            let (orchestrator, _) = try await Orchestrator.fromMain(workspace, store: store, shared: database, consent: nil)
            let after = await orchestrator.afterTask(AgentOutcome(endedElsewhere: record, changed: changed))
            for note in after.notes { log("task \(id): \(note)") }
        } catch {
            log("task \(id): no notification or post-task hook for it: \((error as? StewardError)?.message ?? "\(error)")")
        }
    }

    /// The paths the proposal of `record` changes (none when it has no numbered one here).
    func changedPaths(of record: TaskRecord) async -> [String] {
        guard let n = record.proposal, n > 0, let diff = try? await workspace.diff(n) else { return [] }
        return diff.files.map(\.path)
    }
}
