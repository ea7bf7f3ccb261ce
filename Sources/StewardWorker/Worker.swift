import Foundation
import Logging
import ServiceLifecycle
import StewardCore
import StewardMemory
import StewardModels
import StewardPostgres
import StewardSandbox
import StewardStore

/// The queue's worker (spec 23.4): `concurrency` slots, each claiming the oldest task this
/// machine can serve, running it on `main` as fetched (the commit it was queued at or later)
/// under a lease renewed every third of `leaseSeconds`, and finishing it once its proposal is
/// on the remote. An idle slot is woken by a task queued on any machine (`steward_queue`) and
/// looks at the queue every `pollSeconds` anyway. A lost lease stops the task at once; a cancel
/// from any machine (`steward_cancel`) ends it `interrupted`. A ServiceLifecycle `Service`: `steward worker`
/// runs it alone, `serve` beside its HTTP server; graceful shutdown takes nothing new, stops
/// the running tasks after the step in flight and gives their leases back, so another worker
/// continues them at once.
public final class Worker: Service, Sendable {
    public let workspace: Workspace
    let store: Store
    public let database: PostgresDatabase
    public let concurrency: Int
    public let leaseSeconds: Double
    /// How long an idle slot waits before it looks at the queue again when no notice woke it
    /// (one lost while the listening connection was down; a lease that lapsed, which nobody
    /// announces).
    let pollSeconds: Double
    let log: @Sendable (String) -> Void
    let running = RunningTasks()
    /// The tasks given back for a `main` this machine lacks: skipped until its `main` moves.
    let givenBack = GivenBack()
    /// Rung by the `steward_queue` listener: wakes the idle slots.
    let doorbell = Doorbell()
    /// The models whose servers answer from this machine (asked every 30 s at most).
    let served: ServedModels

    /// - Parameters:
    ///   - concurrency: tasks run at once (each a slot claiming on its own).
    ///   - leaseSeconds: `[database] lease_seconds`: how long a claim lasts unless renewed.
    ///   - log: one line per claim, hand-over, give-back and end, for a person (stderr).
    public init(
        workspace: Workspace, store: Store, database: PostgresDatabase, concurrency: Int = 1, leaseSeconds: Double = 60,
        pollSeconds: Double = Worker.pollSeconds,
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.workspace = workspace
        self.store = store
        self.database = database
        self.concurrency = max(1, concurrency)
        self.leaseSeconds = leaseSeconds
        self.pollSeconds = pollSeconds
        self.log = log
        served = ServedModels { names in
            log(
                names.isEmpty
                    ? "no model of main's steward.toml answers from this machine: this worker claims nothing until one does (steward models shows why)"
                    : "serving \(names.joined(separator: ", ")) (the models whose servers answer from this machine)")
        }
    }

    /// The default of `pollSeconds`: notices wake an idle worker at once, so the poll only
    /// bounds what a lost notice or a lapsed lease waits.
    public static let pollSeconds = 5.0

    /// This process's name in leases: `MACHINE-ID/PID` (a slot adds `/N`).
    var name: String {
        let machine = (try? workspace.makeMachineID()).map { String($0.prefix(12)) } ?? "unknown"
        return "\(machine)/\(ProcessInfo.processInfo.processIdentifier)"
    }

    /// Runs until cancelled or shut down gracefully (then it takes nothing new, and returns once
    /// every running task was stopped and its lease given back).
    public func run() async throws {
        let name = self.name
        log("worker \(name): \(concurrency) slot\(concurrency == 1 ? "" : "s"), lease \(Setting.show(leaseSeconds)) s, on \(database.url)")
        await withGracefulShutdownHandler {
            await withTaskGroup(of: Bool.self) { group in
                group.addTask {
                    await self.listenForCancels()
                    return false
                }
                group.addTask {
                    await self.listenForQueue()
                    return false
                }
                for slot in 1...concurrency {
                    group.addTask {
                        await self.slot("\(name)/\(slot)")
                        return true
                    }
                }
                var slotsLeft = concurrency
                while slotsLeft > 0, let isSlot = await group.next() { if isSlot { slotsLeft -= 1 } }
                group.cancelAll()
            }
        } onGracefulShutdown: {
            self.running.shutDown()
        }
        log("worker \(name) stopped")
    }

    /// `steward worker`: runs alone until SIGTERM or SIGINT, which shut it down gracefully.
    public func runUntilSignalled() async throws {
        let group = ServiceGroup(
            services: [self], gracefulShutdownSignals: [.sigterm, .sigint],
            logger: Logger(label: "steward.worker", factory: { _ in SwiftLogNoOpLogHandler() }))
        try await group.run()
    }

    /// One slot: claim, run, again, until the worker stops. A claim that fails because the
    /// database went away is tried again (0.5 s, doubling to 30 s).
    func slot(_ holder: String) async {
        var idle = false
        while !running.isStopping && !Task.isCancelled {
            let lease: TaskLease?
            // The tasks this claim ended for a cancel that reached nobody, and those ended
            // elsewhere that it took: told and hooked beside the task it claimed (whose lease is
            // renewed meanwhile), done before the next claim.
            var afterSweep: Task<Void, Never>?
            // A notice that comes while this claim runs still wakes the wait after it.
            let seen = doorbell.count
            do {
                let models = await servedModels()
                // No model answers here: any task would fail on this machine; leave it to others.
                if models.isEmpty {
                    await pause(pollSeconds)
                    continue
                }
                let (log, leaseSeconds) = (self.log, self.leaseSeconds)
                // A claim waiting on a database that went away (the pool holds a query while it
                // reconnects, for up to a minute) is given up on shutdown: take nothing new.
                // One that landed meanwhile lapses with its lease and is taken over.
                // A try whose answer was lost is found by its token and taken at once (23.8).
                let database = self.database
                let skipping = givenBack.skipping(main: try? await workspace.mainCommit())
                let claimed = try await cancelWhenGracefulShutdown {
                    try await database.claimRetrying(
                        worker: holder, serving: models, leaseSeconds: leaseSeconds, skipping: skipping, report: { log("\(holder): \($0)") })
                }
                let swept = claimed.followUps
                if !swept.isEmpty { afterSweep = Task { for task in swept { await self.afterSweep(task) } } }
                if let held = claimed.lease, claimed.recovered {
                    log(
                        "\(holder): its claim of task \(held.task) landed though its answer was lost; found by its token, it goes on under fence \(held.fence)"
                    )
                }
                lease = claimed.lease
            } catch is CancellationError {
                return
            } catch {
                log("\(holder): claiming failed: \(error); trying again in \(Setting.show(pollSeconds)) s")
                await pause(pollSeconds)
                continue
            }
            guard let lease else {
                if !idle {
                    log(
                        "\(holder): waiting for a queued task (a task queued on any machine wakes it; it looks at the queue every \(Setting.show(pollSeconds)) s anyway)"
                    )
                    idle = true
                }
                await afterSweep?.value
                await waitForTask(after: seen)
                continue
            }
            idle = false
            let ran = await perform(lease)
            await afterSweep?.value
            if !ran { await pause(pollSeconds) }
        }
    }

    /// The `[models]` names of `main`'s `steward.toml` whose server answers from this machine
    /// (`127.0.0.1` is another server on each machine), asked at most every 30 s: a task needing
    /// another is left to a worker that has it. A cloud model counts only under `cloud =
    /// "allow"` (a worker has nobody to ask).
    func servedModels() async -> [String] {
        await served.current {
            guard let config = try? await WorkspaceServices.load(self.workspace, store: self.store).models else { return [] }
            return await withTaskGroup(of: String?.self) { group in
                for spec in config.models.values where !spec.cloud || config.cloud == .allow {
                    group.addTask { ModelSpec.answers(spec, await spec.installedNow()) ? spec.name : nil }
                }
                var names: [String] = []
                for await name in group { if let name { names.append(name) } }
                return names.sorted()
            }
        }
    }

    /// Waits `seconds`, less when the worker is told to stop.
    func pause(_ seconds: Double) async {
        var left = seconds
        while left > 0 && !running.isStopping && !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(Int64(min(left, 0.2) * 1000)))
            left -= 0.2
        }
    }

    /// Waits until a task is announced (a ring after `seen`), `pollSeconds` pass, or the worker
    /// is told to stop.
    func waitForTask(after seen: Int) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.pause(self.pollSeconds) }
            group.addTask { await self.doorbell.wait(after: seen) }
            await group.next()
            group.cancelAll()
        }
    }

    /// Listens for tasks queued (or given back) on any machine while the worker runs and wakes
    /// the idle slots, listening again after a lost connection; each time it begins listening it
    /// wakes them too, for what was queued while it was not.
    func listenForQueue() async {
        while !running.isStopping && !Task.isCancelled {
            do {
                try await database.withQueueNotices { notices in
                    self.doorbell.ring()
                    for try await _ in notices { self.doorbell.ring() }
                }
            } catch {
                if Task.isCancelled { return }
                log(
                    "listening for queued tasks failed: \(error); listening again in 1 s (meanwhile the queue is looked at every \(Setting.show(pollSeconds)) s)"
                )
            }
            await pause(1)
        }
    }

    /// Listens for cancels from any machine while the worker runs, listening again after a
    /// lost connection (a notice missed meanwhile is caught by the next renewal).
    func listenForCancels() async {
        while !running.isStopping && !Task.isCancelled {
            do {
                try await database.withCancelNotices { notices in
                    for try await id in notices { self.running.stop(id, .cancelled) }
                }
            } catch {
                if Task.isCancelled { return }
                log("listening for cancels failed: \(error); listening again in 1 s")
            }
            await pause(1)
        }
    }
}
