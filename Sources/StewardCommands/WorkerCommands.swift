import ArgumentParser
import Foundation
import StewardAgents
import StewardCore
import StewardPostgres
import StewardSandbox
import StewardStore
import StewardWorker

/// The shared database of `[database]`, which the queue needs (spec 23.4).
/// - Throws: `StewardError.usage` naming what to set when this machine has none.
func queueDatabase(_ shared: any SharedStore, for what: String) throws -> PostgresDatabase {
    guard let db = shared as? PostgresDatabase else {
        throw StewardError.usage(
            "\(what) needs the database this workspace's machines share, and this machine has none; set [database] url in .steward/config.toml (docs/spec.md 23.1)"
        )
    }
    return db
}

struct WorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker", abstract: "Run queued tasks from any machine ('steward run --queue'), until Ctrl-C or SIGTERM.",
        discussion:
            "Needs [database] in .steward/config.toml. Each task runs on main as fetched from the remote, under a lease renewed every third of [database] lease_seconds; a task whose worker died is taken over and continues its proposal. Ctrl-C or SIGTERM: takes nothing new, stops the running tasks after their step and gives them back to the queue."
    )

    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: "Tasks run at once (1 to 64).") var concurrency = 1
    @Option(
        help:
            "Seconds an idle worker waits before looking at the queue again when no notice woke it (0.1 to 3600; a task queued on any machine wakes it at once)."
    ) var pollSeconds = Worker.pollSeconds

    func validate() throws {
        guard (1...64).contains(concurrency) else { throw ValidationError("--concurrency must be from 1 to 64") }
        guard (0.1...3600).contains(pollSeconds) else { throw ValidationError("--poll-seconds must be from 0.1 to 3600") }
    }

    func run() async throws {
        let (ws, store, shared) = try await workspace.openWithShared(syncAudit: false)
        let db = try queueDatabase(shared, for: "'steward worker'")
        let lease = try ws.machineConfig().database?.leaseSeconds ?? 60
        let worker = Worker(
            workspace: ws, store: store, database: db, concurrency: concurrency, leaseSeconds: lease, pollSeconds: pollSeconds,
            log: { Terminal.note(Escape.inline($0)) })
        defer { Task { await db.close() } }
        try await worker.runUntilSignalled()
    }
}

struct CancelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel", abstract: "Cancel a queued or running task, from any machine of the workspace.",
        discussion:
            "A queued task never runs; a running one is stopped by its worker and ends interrupted (what it did stays in its proposal). Needs [database] in .steward/config.toml."
    )

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The task id (or a unique prefix of it).") var id: String

    func run() async throws {
        let (ws, _, shared) = try await workspace.openWithShared(syncAudit: false)
        let db = try queueDatabase(shared, for: "'steward cancel'")
        defer { Task { await db.close() } }
        let (task, result) = try await TaskQueue.cancel(id, database: db, machine: (try? ws.machineID()).flatMap { $0 }.map { String($0.prefix(12)) })
        switch result {
        case .cancelled:
            print("Task \(task.id) cancelled: it was queued and never ran.")
        case .stopping(let worker):
            print(
                "Task \(task.id) is running on \(Escape.inline(worker)): its worker was told to stop it; it ends interrupted, and what it did stays in its proposal."
            )
        case .interrupted:
            print(
                "Task \(task.id) ended interrupted: its worker had stopped renewing its lease, so no worker takes it over now; what it did stays in its proposal. The next worker to look at the queue sends its notification and runs its post-task hooks."
            )
        case .alreadyEnded(let status):
            throw StewardError.conflict("task \(task.id) already ended (\(status.rawValue)); there is nothing to cancel")
        case .notFound:
            throw StewardError.notFound("there is no task '\(Escape.inline(id))'; 'steward tasks' lists them")
        }
    }
}

/// `steward run --queue`: the task queued for any machine's worker, and with `--wait`
/// followed to its end.
struct QueuedRun {
    let workspace: WorkspaceOptions
    let task: String
    let options: AgentRunOptions
    let wait: Bool

    func run() async throws {
        let (ws, _, shared) = try await workspace.openWithShared(syncAudit: false)
        let db = try queueDatabase(shared, for: "'steward run --queue'")
        defer { Task { await db.close() } }
        let id = try await TaskQueue.enqueue(
            task, agent: options.agent, options: options.routeOptions, maxSteps: options.maxSteps, workspace: ws, database: db)
        if !wait {
            if options.json { return try Terminal.printJSON(["task": id, "status": TaskRecord.Status.queued.rawValue]) }
            print("Queued task \(id): a worker on any machine of this workspace runs it ('steward worker').")
            print("See it:     steward task \(id)")
            print("Cancel it:  steward cancel \(id)")
            return
        }
        if !options.quiet { Terminal.note("Queued task \(id); waiting for a worker ('steward worker') to run it…") }
        let ended = try await follow(id, db)
        try? await ws.sync()
        let record = await ws.withProposalNow(ended)
        if options.json {
            try Terminal.printJSON(record)
        } else {
            print(
                "Task \(record.id) \(record.status.rawValue) — \(record.agent) agent, \(record.steps) model replies, \(record.inputTokens + record.outputTokens) tokens"
            )
            if let s = record.summary { print("Summary: \(Escape.inline(s))") }
            if let e = record.error { print("Stopped: \(Escape.inline(e))") }
            if let n = record.proposal, n > 0 {
                print("Proposal #\(n)\(record.status == .done ? "" : " (incomplete: the task did not finish)")")
                print("Review it:  steward diff \(n)")
            }
        }
        if record.status != .done { throw ExitCode(1) }
    }

    /// Prints the task's events (stderr) as they are written, from any machine, until it ends.
    /// The row is read before the events: a worker writes the task's last events (`result`,
    /// `proposal`, `end`) before it ends the row, so once the row has ended they are all read.
    func follow(_ id: String, _ db: PostgresDatabase) async throws -> TaskRecord {
        var last: Int64 = 0
        while true {
            guard let task = try await db.task(id) else { throw StewardError.notFound("task \(id) is no longer in the database") }
            for event in try await db.events(of: id, after: last) {
                last = event.id
                if !options.quiet {
                    Terminal.note(TaskEvent(kind: event.kind, storedJSON: event.json).display)
                }
            }
            if ![.queued, .running].contains(task.status) { return task }
            try await Task.sleep(for: .milliseconds(300))
        }
    }
}
