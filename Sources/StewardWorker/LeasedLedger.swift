import Foundation
import StewardAgents
import StewardCore
import StewardPostgres

/// The ledger of a task a worker claimed (spec 23.4): every save and step goes to the shared
/// store under the worker's lease, so the database refuses it once the lease is not this
/// worker's any more (`onLost` is told at once, and the worker stops the task). A task taken
/// over goes on from what the earlier holder left: its steps are numbered after theirs, and its
/// counts (replies, tokens, cost, models) add to theirs. Done means published: a save never
/// ends the task (it stays `running`); the worker finishes it once its proposal is on the
/// remote.
final class LeasedLedger: TaskLedger {
    let database: PostgresDatabase
    let lease: TaskLease
    /// The task as the claim found it.
    let base: ClaimedTask
    let onLost: @Sendable (PostgresStoreError) -> Void

    init(database: PostgresDatabase, lease: TaskLease, base: ClaimedTask, onLost: @escaping @Sendable (PostgresStoreError) -> Void) {
        self.database = database
        self.lease = lease
        self.base = base
        self.onLost = onLost
    }

    /// `record` (this holder's run) on top of what earlier holders recorded.
    func merged(_ record: TaskRecord) -> TaskRecord {
        var t = record
        let earlier = base.record
        t.started = earlier.started
        t.steps += earlier.steps
        t.inputTokens += earlier.inputTokens
        t.outputTokens += earlier.outputTokens
        t.costUSD += earlier.costUSD
        t.models = earlier.models + record.models.filter { !earlier.models.contains($0) }
        if t.proposal == nil || t.proposal == 0, let p = earlier.proposal, p > 0 { t.proposal = p }
        return t
    }

    func saveTask(_ task: TaskRecord) async throws {
        let t = merged(task).withStatus(.running)
        try await fenced { try await self.database.saveTask(t, under: self.lease) }
    }

    func addStep(_ step: TaskStepRecord) async throws {
        var renumbered = step
        renumbered.index += base.lastStep
        let s = renumbered
        try await fenced { try await self.database.addStep(s, under: self.lease) }
    }

    /// Runs a write; a lost lease is told to `onLost` before it is thrown.
    func fenced(_ write: @escaping @Sendable () async throws -> Void) async throws {
        do {
            // A connection cut (PostgreSQL restarted) is retried for about 15 s: each write is
            // an upsert, so one that landed before the cut lands once.
            try await database.retrying(maximumAttempts: Self.writeAttempts) { try await write() }
        } catch let e as PostgresStoreError where e.code == .leaseLost {
            onLost(e)
            throw e
        }
    }

    /// Tries of a write whose connection was lost: 0.5 s doubling, about 15 s in all.
    static let writeAttempts = 6

    func tasks(limit: Int) async throws -> [TaskRecord] { try await database.tasks(limit: limit) }
    func task(_ id: String) async throws -> TaskRecord? { try await database.task(id) }
    func steps(of task: String) async throws -> [TaskStepRecord] { try await database.steps(of: task) }
    func task(forProposal n: Int) async throws -> TaskRecord? { try await database.task(forProposal: n) }
    func latestTaskStatuses() async throws -> [Int: TaskRecord.Status] { try await database.latestTaskStatuses() }
}

/// A task's events written to the shared store in order, under the lease, from a consumer of
/// their own (the agent's progress is synchronous). The proposal the task opens is recorded on
/// the task row as soon as its event comes (0 for one made offline).
final class EventWriter: Sendable {
    enum Item: Sendable {
        case agent(AgentEvent)
        case end(TaskRecord)
    }

    private let continuation: AsyncStream<Item>.Continuation
    private let consumer: Task<Void, Never>

    init(database: PostgresDatabase, lease: TaskLease, onLost: @escaping @Sendable (PostgresStoreError) -> Void) {
        let (stream, continuation) = AsyncStream.makeStream(of: Item.self)
        self.continuation = continuation
        consumer = Task.detached {
            var lost = false
            for await item in stream where !lost {
                do {
                    let written: TaskEvent
                    switch item {
                    case .agent(let event):
                        // 0: made offline (oJ, spec 22.4) on this machine: a worker taking the
                        // task over learns that the proposal is not on the remote.
                        if case .proposalOpened(let n) = event, n >= 0 {
                            try await database.retrying(maximumAttempts: LeasedLedger.writeAttempts) {
                                try await database.recordProposal(n, under: lease)
                            }
                        }
                        written = TaskEvent(event)
                    case .end(let record):
                        written = TaskEvent.end(record)
                    }
                    try await database.retrying(maximumAttempts: LeasedLedger.writeAttempts) {
                        try await database.addEvent(kind: written.kind, json: written.json, under: lease)
                    }
                } catch let e as PostgresStoreError where e.code == .leaseLost {
                    lost = true
                    onLost(e)
                } catch {
                    // Another failure (the database away for longer than the retries, or a
                    // refusal): this event is lost; the steps, the task row and its end count.
                }
            }
        }
    }

    func send(_ item: Item) { continuation.yield(item) }

    /// Waits until every event sent so far is written; nothing can be sent after.
    func drain() async {
        continuation.finish()
        await consumer.value
    }
}
