import ArgumentParser
import Foundation
import StewardAgents
import StewardCore
import StewardPostgres
import StewardSandbox
import StewardServer
import StewardStore
import StewardWorker

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the HTTP API, the web dashboard and the scheduler (127.0.0.1:8737 by default).",
        discussion: """
            Every API request needs the owner's token (steward token prints it); the dashboard asks for it once. \
            Binding anything but a loopback address needs --allow-remote, and then put TLS in front.
            """)

    @OptionGroup var options: WorkspaceOptions
    @Option(help: "The address to bind.") var host = "127.0.0.1"
    @Option(help: "The port (0: any free port, printed on start).") var port = 8737
    @Flag(help: "Allow a non-loopback address (put TLS in front: the token travels in every request).") var allowRemote = false
    @Option(
        help: ArgumentHelp(
            "With [database]: queued tasks this serve runs at once, from any machine (0 to 64; 0 runs none here, leaving them to 'steward worker' elsewhere).",
            valueName: "n"))
    var workers = 1
    @Option(help: "Seconds between the scheduler's checks of the schedules (1 to 60): a due run starts at most this late.")
    var scheduleCheckSeconds = Scheduler.defaultCheckSeconds

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
        guard (0...64).contains(workers) else { throw ValidationError("--workers must be from 0 to 64") }
        do { try Scheduler.validateCheckSeconds(scheduleCheckSeconds) } catch let e as StewardError { throw ValidationError(e.message) }
        // Decided on the addresses the name resolves to, not on its spelling; `run` checks again
        // and binds the numeric address it checked.
        do { _ = try ServeAddress.choose(host, allowRemote: allowRemote) } catch let e as StewardError { throw ValidationError(e.message) }
    }

    func run() async throws {
        // With `[database]`, tasks, events and schedules are the workspace's machines' (spec 23).
        let (ws, store, shared) = try await options.openWithShared()
        let token = try TokenStore(stateDir: ws.stateDir).owner()
        let address = try ServeAddress.choose(host, allowRemote: allowRemote)
        if !StewardServer.isLoopback(host) {
            Terminal.note(
                "warning: serving on \(address), reachable from other machines; the token crosses the network in every request, so put TLS (a reverse proxy) in front"
            )
        }
        let state = ServerState(workspace: ws, store: store, shared: shared)
        try await state.scheduler.check(every: scheduleCheckSeconds)
        let h = host
        let shown = address == host ? "" : " (\(address))"
        // With [database], the queue's worker runs beside the server (spec 23.4), stopped with it.
        var worker: Worker?
        if let db = shared as? PostgresDatabase, workers > 0 {
            let lease = try ws.machineConfig().database?.leaseSeconds ?? 60
            worker = Worker(
                workspace: ws, store: store, database: db, concurrency: workers, leaseSeconds: lease, log: { Terminal.note(Escape.inline($0)) })
        }
        try await StewardServer.run(state, host: host, port: port, allowRemote: allowRemote, services: worker.map { [$0] } ?? []) { bound in
            Terminal.note(
                "Steward is serving \(ws.root) at http://\(h):\(bound)/\(shown) (API under /api/v1; token: 'steward token'; \(token.secret.prefix(8))…). Ctrl-C stops it."
            )
        }
    }
}

struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Print the owner's API token, rotate it, or make and revoke agent-scope tokens for other tools.",
        discussion: "Agent-scope tokens can do everything but approve, reject and roll back. Tokens live in .steward/tokens.json (mode 0600).")

    @OptionGroup var options: WorkspaceOptions
    @Flag(help: "Replace the owner's token (the old one stops working).") var rotate = false
    @Option(help: ArgumentHelp("Make an agent-scope token with this label and print it.", valueName: "label")) var agent: String?
    @Option(help: ArgumentHelp("Revoke an agent token by its id.", valueName: "id")) var revoke: String?
    @Flag(help: "List the tokens (ids, scopes, labels; never the secrets).") var list = false

    func run() async throws {
        let ws = try await options.open()
        let tokens = TokenStore(stateDir: ws.stateDir)
        if list {
            var rows = [["ID", "SCOPE", "LABEL", "CREATED"]]
            for t in try tokens.load() { rows.append([t.id, t.scope.rawValue, Escape.inline(t.label), Terminal.timestamp(t.created)]) }
            print(Terminal.table(rows))
        } else if let revoke {
            guard try tokens.revoke(id: revoke) else {
                throw StewardError.notFound("there is no agent token \(Escape.inline(revoke)); 'steward token --list' shows them")
            }
            print("Revoked \(Escape.inline(revoke)).")
        } else if let agent {
            print(try tokens.addAgent(label: agent).secret)
        } else {
            print((rotate ? try tokens.rotateOwner() : try tokens.owner()).secret)
        }
    }
}

struct ScheduleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Run tasks on a schedule inside 'steward serve': add, list, remove, run-now.",
        subcommands: [ScheduleAdd.self, ScheduleList.self, ScheduleRemove.self, ScheduleRunNow.self])
}

struct ScheduleAdd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a schedule: five cron fields (or @hourly, @daily, @weekly) and a task.",
        discussion: "Example: steward schedule add \"0 8 * * 1-5\" \"Summarise new notes in memory/\" --tz Europe/Paris")
    @OptionGroup var options: WorkspaceOptions
    @Argument(help: "minute hour day month weekday, or @hourly/@daily/@weekly/@monthly/@yearly.") var cron: String
    @Argument(help: "The task, in your words.") var task: String
    @Option(help: "The agent (default: chosen from the task).") var agent: AgentKind?
    @Option(help: "An IANA time zone (default: this machine's).") var tz: String?
    @Flag(help: "Do not run once at start when runs were missed while Steward was down.") var noCatchUp = false
    @Flag(help: "Print it as JSON.") var json = false

    func run() async throws {
        let zone = tz ?? TimeZone.current.identifier
        try InputLimit.cron.check(cron)
        try InputLimit.timeZone.check(zone)
        try InputLimit.task.check(task)
        let schedule = try CronSchedule(cron, timeZone: zone)
        guard !task.trimmingCharacters(in: .whitespaces).isEmpty else { throw StewardError.usage("the task is empty; say what to do") }
        let (_, _, store) = try await options.openWithShared(syncAudit: false)
        let s = try await store.addSchedule(cron: cron, timeZone: zone, task: task, agent: agent?.rawValue, catchUp: !noCatchUp)
        if json { return try Terminal.printJSON(s) }
        let next = schedule.next(after: Date()).map { Terminal.timestamp($0) } ?? "never"
        print(
            "Added schedule \(s.id): \(Escape.inline(cron)) (\(zone)), next \(next). It runs while 'steward serve' runs; each run ends in a proposal."
        )
    }
}

struct ScheduleList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "The schedules and when each runs next.")
    @OptionGroup var options: WorkspaceOptions
    @Flag(help: "Print them as JSON.") var json = false

    func run() async throws {
        let (_, _, store) = try await options.openWithShared(syncAudit: false)
        let list = try await store.schedules()
        if json { return try Terminal.printJSON(list) }
        if list.isEmpty { return print("No schedules. Add one with: steward schedule add \"0 8 * * 1-5\" \"TASK\"") }
        var rows = [["ID", "SCHEDULE", "ZONE", "NEXT", "LAST TASK", "TASK"]]
        for s in list {
            let next = (try? CronSchedule(s.cron, timeZone: s.timeZone))?.next(after: Date()).map { Terminal.timestamp($0) } ?? "never"
            rows.append(["\(s.id)", Escape.inline(s.cron), s.timeZone, next, s.lastTask ?? "-", Escape.inline(String(s.task.prefix(50)))])
        }
        print(Terminal.table(rows))
    }
}

struct ScheduleRemove: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a schedule.")
    @OptionGroup var options: WorkspaceOptions
    @Argument(help: "The schedule's id.") var id: Int64

    func run() async throws {
        let (_, _, store) = try await options.openWithShared(syncAudit: false)
        guard try await store.removeSchedule(id) else {
            throw StewardError.notFound("there is no schedule \(id); 'steward schedule list' shows them")
        }
        print("Removed schedule \(id).")
    }
}

struct ScheduleRunNow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run-now", abstract: "Run a schedule's task now, here, as 'steward run' would (progress on stderr).")
    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The schedule's id.") var id: Int64
    @OptionGroup var options: AgentRunOptions

    func run() async throws {
        let printer = ProgressPrinter(options)
        let (ws, store, shared) = try await workspace.openWithShared(syncAudit: false)
        guard let s = try await shared.schedules().first(where: { $0.id == id }) else {
            throw StewardError.notFound("there is no schedule \(id); 'steward schedule list' shows them")
        }
        let (orchestrator, limits) = try await options.orchestrator(ws, store, shared: shared, printer: printer)
        let forced = options.agent ?? s.agent.flatMap(AgentKind.init(rawValue:))
        let opts = options.routeOptions
        let taskID = TaskRecord.newID()
        var held: Task<Void, Never>?
        defer { held?.cancel() }
        let database = shared as? PostgresDatabase
        if let database {
            // Claimed as a due run is (spec 23.6): not while its last task is queued or running
            // on any machine; its row `running` here from the claim on, so no other run starts,
            // under a lease this process renews: killed, the next run ends the task and starts.
            let lease = try ws.machineConfig().database?.leaseSeconds ?? 60
            let outcome = try await database.claimScheduleRunNow(
                id, machine: try ws.makeMachineID(), taskID: taskID, prompt: s.task, agent: s.agent ?? "",
                mainCommit: try? await ws.mainCommit(), queue: false, leaseSeconds: lease)
            if let refused = outcome.refusal(id) { throw refused }
            held = database.holdRun(taskID, leaseSeconds: lease)
        } else {
            try await shared.markScheduleRun(id, at: Date(), task: taskID)
        }
        let events = TaskEventForwarder.start(shared, printer: printer)
        printer.start(limits)
        let (ran, interrupted) = await cancellableOnInterrupt(say: printer.note) {
            let choice = await orchestrator.classify(s.task, forced: forced, options: opts)
            // With [database], its end is told here only while the task is still this run's (below).
            return await orchestrator.run(
                task: s.task, choice: choice, limits: limits, options: opts, id: taskID, endsHere: database == nil, progress: printer.handle)
        }
        var outcome = ran
        if let database {
            if (try? await database.isStillRunHere(taskID)) == false {
                printer.note(
                    "task \(taskID) was ended elsewhere while this process was stopped past its lease (the schedule's next run or a cancel ended it): nothing more of this run was recorded, and its notification and post-task hooks come from a worker there"
                )
            } else {
                outcome = await orchestrator.afterTask(outcome)
            }
        }
        printer.finish()
        await events?.finish(outcome)
        try await options.report(outcome, workspace: ws, interrupted: interrupted)
    }
}
