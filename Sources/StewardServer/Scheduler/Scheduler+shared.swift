import Foundation
import StewardCore
import StewardMemory
import StewardPostgres

// Schedules across machines (spec 23.6): every `serve` of the workspace checks the schedules,
// and a due run is claimed in the database, so it fires once however many are running.

extension Scheduler {
    /// Claims the run of `s` due now (the latest of its times that has come: runs missed while
    /// every machine was down run once) and, for the one machine that wins, queues its task.
    /// Returns the task queued here, or nil (not due, still running, or another machine's).
    func claim(_ s: ScheduleRecord, _ cron: CronSchedule, first: Date, now: Date, starting: Bool, _ database: PostgresDatabase) async -> String? {
        // The last run still queued or running, on any machine: no second one.
        if let last = s.lastTask, await runner.isRunning(last) { return nil }
        var due = first
        // The latest time that has come; each machine finds the same one, which is the claim's key.
        for _ in 0..<100_000 {
            guard let next = cron.next(after: due), next <= now else { break }
            due = next
        }
        if starting && due != first && !s.catchUp {
            try? await store.markScheduleRun(s.id, at: now, task: nil)
            return nil
        }
        guard let machine = try? runner.workspace.makeMachineID() else { return nil }
        let id = TaskRecord.newID()
        let won = try? await database.claimScheduleRun(
            s.id, due: due, machine: machine, taskID: id, prompt: s.task, agent: s.agent ?? "",
            mainCommit: try? await runner.workspace.mainCommit())
        guard won == true else { return nil }
        active[s.id] = id
        return id
    }
}

extension Scheduler {
    /// Runs schedule `s` now, claimed in the database (spec 23.6, "Run now"): refused while its
    /// last task is queued or running on any machine; else its task is queued, as a due run's
    /// and the API's tasks are, for any machine's worker.
    /// - Throws: `StewardError.conflict` (that task), `.notFound`, what a broken steward.toml throws.
    func runNow(_ s: ScheduleRecord, _ database: PostgresDatabase) async throws -> String {
        // A broken steward.toml is said now, to the person who asked, as for `POST tasks`.
        _ = try await WorkspaceServices.load(runner.workspace, store: runner.store, shared: runner.shared)
        let task = TaskRecord.newID()
        let outcome = try await database.claimScheduleRunNow(
            s.id, machine: try runner.workspace.makeMachineID(), taskID: task, prompt: s.task, agent: s.agent ?? "",
            mainCommit: try? await runner.workspace.mainCommit(), queue: true)
        if let refused = outcome.refusal(s.id) { throw refused }
        active[s.id] = task
        return task
    }
}
