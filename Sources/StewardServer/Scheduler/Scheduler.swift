import Foundation
import StewardAgents
import StewardCore
import StewardPostgres
import StewardStore

/// Runs the stored schedules inside `serve`: each fires at its cron times in its time zone;
/// a run missed while Steward was down runs once at start (unless the schedule says not to);
/// never two runs of one schedule at a time. A scheduled task is a task like any other: it
/// ends in a proposal; nothing is approved unless the person's policy says so, and cloud
/// models are not used under `cloud = "ask"` (nobody is there to ask).
public actor Scheduler {
    /// Where schedules are kept: this machine's `Store`, or the database several machines share.
    let store: any ScheduleStore
    let runner: TaskRunner
    let clock: @Sendable () -> Date
    /// The database several machines share (`[database]`): due runs are claimed there (spec 23.6).
    let database: PostgresDatabase?
    /// Schedule id → the task it is running.
    var active: [Int64: String] = [:]
    var loop: Task<Void, Never>?
    /// Seconds between checks (`serve --schedule-check-seconds`): a due run starts at most this late.
    public private(set) var checkSeconds = Scheduler.defaultCheckSeconds
    public static let defaultCheckSeconds = 20.0
    /// What `--schedule-check-seconds` accepts: under a second gains nothing on minute-resolution
    /// schedules; over a minute would skip every-minute runs (the latest due time is claimed).
    public static let checkSecondsRange = 1.0...60.0

    public init(store: any ScheduleStore, runner: TaskRunner, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.database = store as? PostgresDatabase
        self.runner = runner
        self.clock = clock
    }

    /// One pass: fires every schedule that is due (and, at start, missed ones). Returns the
    /// task ids started.
    @discardableResult
    public func tick(starting: Bool = false) async -> [String] {
        let now = clock()
        var started: [String] = []
        for s in (try? await store.schedules()) ?? [] {
            if let t = active[s.id], await runner.isRunning(t) { continue }
            active[s.id] = nil
            guard let cron = try? CronSchedule(s.cron, timeZone: s.timeZone) else { continue }
            let since = s.lastRun ?? s.created
            guard let due = cron.next(after: since), due <= now else { continue }
            if let database {
                if let id = await claim(s, cron, first: due, now: now, starting: starting, database) { started.append(id) }
                continue
            }
            // Missed while down: at start, run once if the schedule catches up, else skip to now.
            let missed = starting && (cron.next(after: due).map { $0 <= now } ?? false)
            if missed && !s.catchUp {
                try? await store.markScheduleRun(s.id, at: now, task: nil)
                continue
            }
            if let id = try? await runner.start(s.task, agent: s.agent.flatMap(AgentKind.init(rawValue:)), origin: "schedule:\(s.id)") {
                active[s.id] = id
                started.append(id)
                try? await store.markScheduleRun(s.id, at: now, task: id)
            }
        }
        return started
    }

    /// Runs schedule `id` now, unless a run of it is still going.
    /// - Throws: `StewardError.notFound` / `.conflict`.
    public func runNow(_ id: Int64) async throws -> String {
        guard let s = try await store.schedules().first(where: { $0.id == id }) else {
            throw StewardError.notFound("there is no schedule \(id); 'steward schedule list' shows them")
        }
        // With `[database]`, claimed there: its last task may be running on another machine.
        if let database { return try await runNow(s, database) }
        if let t = active[id], await runner.isRunning(t) {
            throw StewardError.conflict("schedule \(id) is still running task \(t)")
        }
        let task = try await runner.start(s.task, agent: s.agent.flatMap(AgentKind.init(rawValue:)), origin: "schedule:\(id)")
        active[id] = task
        try await store.markScheduleRun(id, at: clock(), task: task)
        return task
    }

    /// Sets the seconds between checks, before `start`.
    /// - Throws: `StewardError.usage` when `seconds` is outside `checkSecondsRange`.
    public func check(every seconds: Double) throws {
        try Self.validateCheckSeconds(seconds)
        checkSeconds = seconds
    }

    /// - Throws: `StewardError.usage` when `seconds` is outside `checkSecondsRange`, saying why.
    public static func validateCheckSeconds(_ seconds: Double) throws {
        guard checkSecondsRange.contains(seconds) else {
            throw StewardError.usage(
                "--schedule-check-seconds must be from 1 to 60 (got \(seconds)): schedules are to the minute, and checking less often than once a minute would skip due runs"
            )
        }
    }

    /// Catches up missed runs (the first tick, done before this returns, so `serve` says it is
    /// serving only once it has), then ticks every `checkSeconds` until stopped.
    public func start() async {
        guard loop == nil else { return }
        loop = Task {}
        await tick(starting: true)
        let interval = checkSeconds
        loop = Task { [weak self] in
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: UInt64(interval * 1e9))
                guard let self else { return }
                await self.tick()
            }
        }
    }

    public func stop() {
        loop?.cancel()
        loop = nil
    }
}
