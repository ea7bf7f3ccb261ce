import Foundation
import StewardAgents
import StewardCore
import StewardPostgres

extension Worker {
    /// What follows a task this worker's claim ended because its cancel reached nobody (spec
    /// 23.4, "Cancel"): as for any task a worker ends, the notification (9.2) and the
    /// `post-task` hooks, once, from here: the claim that ended it is the only one that lists
    /// it (`SKIP LOCKED`, `WHERE status = 'running'`). Its open reservations were settled by
    /// that claim. Never throws: what fails is logged, and the task stays ended.
    func afterSweep(_ swept: SweptTask) async {
        let id = swept.task
        log(
            "task \(id) interrupted: it was cancelled, and its worker stopped renewing its lease before it ended it (killed, or it gave the task back as the cancel came); what was done so far stays in its proposal"
        )
        if swept.settledReservations > 0 {
            log("task \(id): \(swept.settledReservations) cloud reservation(s) its worker left open settled at their maximum")
        }
        let record: TaskRecord
        do {
            guard let read = try await database.retrying({ try await self.database.task(id) }) else { return }
            record = read
        } catch {
            log("task \(id): could not be read (\(error)); no notification or post-task hook for it")
            return
        }
        // Its proposal's refs, for the notification's title and the hooks' `changed`.
        _ = try? await workspace.sync()
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
