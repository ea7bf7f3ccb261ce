import Foundation
import StewardAgents
import StewardCore
import StewardMemory
import StewardModels
import StewardPostgres
import StewardSandbox

extension Worker {
    /// Runs the task `lease` holds to its end, renewing the lease every third of
    /// `leaseSeconds` meanwhile. False when the task was given back without running (this
    /// machine lacks the `main` it was queued at): the slot waits before claiming again.
    func perform(_ lease: TaskLease) async -> Bool {
        let job = Task { await self.execute(lease) }
        guard running.add(lease.task, stop: { job.cancel() }) else {
            job.cancel()
            _ = await job.value
            try? await database.giveBack(lease, reason: "shutting down before it started; another worker takes it")
            return true
        }
        let keeper = Task { await self.keep(lease) }
        let ran = await job.value
        keeper.cancel()
        running.remove(lease.task)
        return ran
    }

    /// Renews `lease` every third of `leaseSeconds` until cancelled; a lost lease stops the
    /// task at once, a cancel asked for (a notice missed) stops it as cancelled.
    func keep(_ lease: TaskLease) async {
        while !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(Int64(leaseSeconds / 3 * 1000)))
            if Task.isCancelled { return }
            do {
                let (_, cancelRequested) = try await database.renewChecking(lease, leaseSeconds: leaseSeconds)
                if cancelRequested { running.stop(lease.task, .cancelled) }
            } catch let e as PostgresStoreError where e.code == .leaseLost {
                lost(lease, e)
                return
            } catch {
                log("task \(lease.task): renewing its lease failed: \(error); trying again")
            }
        }
    }

    func lost(_ lease: TaskLease, _ error: PostgresStoreError) {
        guard running.reason(lease.task) == nil else { return }
        log("task \(lease.task): lease lost (fence \(lease.fence)): \(error.message)")
        running.stop(lease.task, .leaseLost)
    }

    /// Fetches, checks `main`, runs the agent under the lease, waits until the proposal is on
    /// the remote, and ends the task as the stop reason says.
    func execute(_ lease: TaskLease) async -> Bool {
        let claimed: ClaimedTask
        do {
            claimed = try await database.retrying { try await self.database.claimedTask(lease) }
        } catch {
            log("task \(lease.task): could not be read (\(error)); given back")
            try? await database.giveBack(lease, reason: "its row could not be read (\(error)); given back for another try")
            return false
        }
        let from = lease.previousWorker.map { ", taken over from \($0), whose lease had expired" } ?? ""
        log("task \(lease.task) claimed by \(lease.worker) (fence \(lease.fence)\(from))")
        if lease.previousWorker != nil {
            // The dead holder's cloud calls may have been billed: what it reserved and never
            // settled counts at its maximum from now on (spec 23.7).
            do {
                let settled = try await database.retrying { try await self.database.settleAbandoned(task: lease.task, below: lease.fence) }
                if settled > 0 { log("task \(lease.task): \(settled) cloud reservation(s) left open by the earlier holder settled at their maximum") }
            } catch {
                log("task \(lease.task): the earlier holder's open cloud reservations could not be settled (\(error)); they keep counting in full")
            }
        }
        // Fetch main first: the task runs on the main it was queued at or a later one.
        var fetchError: String?
        do {
            // An offline proposal of this machine numbered now, whose task went on elsewhere: said.
            let report = try await workspace.sync()
            for line in await LateOfflineProposals.notes(report.numbered, workspace: workspace, ledger: database) { log(line) }
            // Why main here did not take the remote's (rules waiting for the person's word, 22.9),
            // with what to do: the give-back line below says it.
            if !report.problems.isEmpty { fetchError = report.problems.joined(separator: "; ") }
        } catch {
            fetchError = (error as? StewardError)?.message ?? "\(error)"
        }
        if let main = claimed.mainCommit, (try? await workspace.mainContains(main)) != true {
            let sync = fetchError.map { " (sync: \($0))" } ?? ""
            log(
                "task \(lease.task) was queued on main \(main.prefix(10)), which this machine does not have\(sync); given back for a machine that has it"
            )
            // Skipped by this worker's claims until main here moves (else claimed again at every poll).
            givenBack.add(lease.task, main: try? await workspace.mainCommit())
            // Queued again, the reason an event that any machine following the task shows.
            try? await database.giveBack(
                lease,
                reason:
                    "queued on main \(main.prefix(10)), which the machine of \(lease.worker) does not have\(sync); given back for a machine that has it"
            )
            return false
        }
        let proposal = await proposalToContinue(lease, claimed)
        let onLost: @Sendable (PostgresStoreError) -> Void = { [weak self] e in self?.lost(lease, e) }
        let ledger = LeasedLedger(database: database, lease: lease, base: claimed, onLost: onLost)
        let events = EventWriter(database: database, lease: lease, onLost: onLost)
        let ran: (orchestrator: Orchestrator, outcome: AgentOutcome)
        do {
            // Reservations name the task and this lease, so a later holder can settle them.
            ran = try await BudgetOwner.$current.withValue(BudgetOwner(task: lease.task, fence: lease.fence)) {
                try await runAgent(claimed, proposal: proposal, ledger: ledger, events: events)
            }
        } catch {
            await events.drain()
            let message = (error as? StewardError)?.message ?? "\(error)"
            _ = await end(lease, ledger, record: failed(claimed.record, message))
            return true
        }
        await events.drain()
        var outcome = ran.outcome
        outcome.record = ledger.merged(outcome.record)
        // The notification and the post-task hooks only for a task that ended here: never for
        // one given back (shutting down) or whose lease was lost; its next holder ends it.
        if let ended = await settle(lease, ledger, outcome.record) {
            let before = outcome.notes.count
            outcome.record = ended
            // Not cancelled with the run (a cancelled task still notifies and runs its hooks).
            let (orchestrator, ending) = (ran.orchestrator, outcome)
            let after = await Task { await orchestrator.afterTask(ending) }.value
            for note in after.notes.dropFirst(before) { log("task \(lease.task): \(note)") }
        }
        return true
    }

    /// The agent's run: the orchestrator of `main` as fetched, the options the task was queued
    /// with, the proposal an earlier holder opened. Whether the task ended is the worker's to
    /// say (`settle`), so the run does not notify or run the `post-task` hooks itself.
    func runAgent(_ claimed: ClaimedTask, proposal: ProposalRef?, ledger: LeasedLedger, events: EventWriter) async throws -> (
        orchestrator: Orchestrator, outcome: AgentOutcome
    ) {
        let (wired, agents) = try await Orchestrator.fromMain(workspace, store: store, shared: database, consent: nil)
        var orchestrator = Orchestrator(workspace: workspace, router: wired.router, ledger: ledger, config: agents, memory: wired.memory)
        orchestrator.notifier = wired.notifier
        let asked = (try? JSONDecoder().decode(TaskQueue.Options.self, from: Data(claimed.queuedJSON.utf8)))
        let options = asked?.routeOptions ?? RouteOptions()
        var limits = agents.limits
        if let steps = asked?.maxSteps { limits.maxSteps = steps }
        let earlier = claimed.record
        let choice: AgentChoice
        if let kind = AgentKind(rawValue: earlier.agent), !earlier.agentReason.isEmpty {
            choice = AgentChoice(kind: kind, reason: earlier.agentReason)
        } else {
            choice = await orchestrator.classify(earlier.prompt, forced: asked?.agentKind ?? AgentKind(rawValue: earlier.agent), options: options)
        }
        let outcome = await orchestrator.run(
            task: earlier.prompt, choice: choice, limits: limits, options: options, id: earlier.id, proposal: proposal, endsHere: false,
            progress: { events.send(.agent($0)) })
        return (orchestrator, outcome)
    }

    /// After the agent's run: as the stop reason says. Not stopped: once the proposal is on
    /// the remote (one made offline is synced until it has its number), the task ends as the
    /// agent ended it. The record it ended with, or nil when it did not end here (given back,
    /// its lease lost, or its end refused).
    func settle(_ lease: TaskLease, _ ledger: LeasedLedger, _ ran: TaskRecord) async -> TaskRecord? {
        var record = ran
        while running.reason(lease.task) == nil, record.proposal == 0 {
            // Offline (the remote did not answer): done means published, so sync until it is.
            do {
                _ = try await workspace.sync()
            } catch {
                log(
                    "task \(lease.task): its proposal \(record.offline ?? "") is not on the remote yet (\((error as? StewardError)?.message ?? "\(error)")); trying again"
                )
            }
            record = await workspace.withProposalNow(record)
            if let n = record.proposal, n > 0 {
                record.offline = nil
                try? await database.recordProposal(n, under: lease)
            } else {
                await pause(5)
            }
        }
        switch running.reason(lease.task) {
        case .leaseLost:
            log("task \(lease.task): stopped; another worker may hold it now, nothing more written")
            return nil
        case .shutdown:
            try? await database.release(lease)
            log("task \(lease.task): given back (shutting down); another worker continues it")
            return nil
        case .cancelled:
            record.status = .interrupted
            record.error = "cancelled ('steward cancel'); what was done so far stays in the proposal"
            return await end(lease, ledger, record: record) ? record : nil
        case nil:
            return await end(lease, ledger, record: record) ? record : nil
        }
    }

    /// Ends the task under the lease: its last save, its `end` event, then its status. False
    /// when that was not recorded (the lease lost meanwhile, the database away).
    func end(_ lease: TaskLease, _ ledger: LeasedLedger, record: TaskRecord) async -> Bool {
        do {
            try await database.retrying { try await self.database.saveTask(record.withStatus(.running), under: lease) }
            let end = TaskEvent.end(record)
            try await database.retrying { try await self.database.addEvent(kind: end.kind, json: end.json, under: lease) }
            try await database.retrying {
                try await self.database.finish(lease, status: record.status, summary: record.summary, error: record.error)
            }
            let proposal = record.proposal.map { $0 > 0 ? ", proposal #\($0)" : "" } ?? ""
            log("task \(lease.task) \(record.status.rawValue)\(proposal)")
            return true
        } catch {
            log("task \(lease.task): its end (\(record.status.rawValue)) was not recorded: \(error)")
            return false
        }
    }

    func failed(_ record: TaskRecord, _ message: String) -> TaskRecord {
        var r = record
        r.status = .failed
        r.error = message
        return r
    }
}

extension TaskRecord {
    func withStatus(_ status: Status) -> TaskRecord {
        var r = self
        r.status = status
        r.finished = nil
        return r
    }
}
