import Foundation
import StewardCore
import StewardSandbox
import StewardServer
import StewardStore
import StewardTestSupport
import Testing

/// A clock the test moves.
final class TestClock: @unchecked Sendable {
    // @unchecked: every access goes through `lock`.
    private let lock = NSLock()
    private var now: Date
    init(_ start: Date) { now = start }
    func get() -> Date {
        lock.lock()
        defer { lock.unlock() }
        return now
    }
    func set(_ d: Date) {
        lock.lock()
        now = d
        lock.unlock()
    }
}

@Suite(.serialized) struct SchedulerTests {
    static func utc(_ s: String) -> Date { ISO8601DateFormatter().date(from: s)! }

    func withScheduler(_ body: (Store, TaskRunner, Scheduler, TestClock) async throws -> Void) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("steward-sched-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
        // No model answers here: a task starts, fails fast and records why; what is tested is when tasks start.
        try
            "[models.none]\nprovider = \"openai\"\nurl = \"http://127.0.0.1:9\"\nmodel = \"x\"\n[routes]\nclassify = [\"none\"]\nresearch = [\"none\"]\ncode = [\"none\"]\nfileops = [\"none\"]\n"
            .write(toFile: dir + "/ws/steward.toml", atomically: true, encoding: .utf8)
        _ = try gitCLI(["-c", "user.name=p", "-c", "user.email=p@x", "commit", "-qam", "config"], in: dir + "/ws")
        let ws = try await Workspace.open(at: dir + "/ws") { try Store(path: $0 + "/steward.db") }
        let store = await ws.auditIndex as! Store
        let clock = TestClock(Self.utc("2026-11-30T07:00:00Z"))
        let runner = TaskRunner(workspace: ws, store: store)
        try await body(store, runner, Scheduler(store: store, runner: runner, clock: { clock.get() }), clock)
    }

    @Test func firesWhenDueOnceAndNeverTwiceAtATime() async throws {
        try await withScheduler { store, runner, scheduler, clock in
            let s = try await store.addSchedule(
                cron: "0 8 * * *", timeZone: "UTC", task: "Summarise new notes", agent: "research", catchUp: true,
                created: Self.utc("2026-11-30T07:00:00Z"))
            #expect(await scheduler.tick().isEmpty, "07:00: not due")
            clock.set(Self.utc("2026-11-30T08:00:30Z"))
            let first = await scheduler.tick()
            #expect(first.count == 1)
            #expect(await scheduler.tick().isEmpty, "the same minute again: already ran")
            let outcome = await runner.wait(first[0])
            #expect(outcome?.record.prompt == "Summarise new notes" && outcome?.record.agent == "research")
            #expect(try await store.schedules().first?.lastTask == first[0])
            clock.set(Self.utc("2026-12-01T08:00:10Z"))
            #expect(await scheduler.tick().count == 1, "the next day")
            _ = s
        }
    }

    @Test func aRunMissedWhileDownRunsOnceAtStart() async throws {
        try await withScheduler { store, runner, scheduler, clock in
            _ = try await store.addSchedule(
                cron: "@hourly", timeZone: "UTC", task: "Tidy temp/", agent: nil, catchUp: true, created: Self.utc("2026-11-30T01:00:00Z"))
            _ = try await store.addSchedule(
                cron: "@hourly", timeZone: "UTC", task: "Never catch up", agent: nil, catchUp: false, created: Self.utc("2026-11-30T01:00:00Z"))
            // Down from 01:00 to 07:00: six runs missed; one run at start for the first, none for the second.
            let started = await scheduler.tick(starting: true)
            #expect(started.count == 1)
            for id in started { _ = await runner.wait(id) }
            let list = try await store.schedules()
            #expect(list[0].lastTask == started[0] && list[1].lastTask == nil && list[1].lastRun == clock.get())
            #expect(await scheduler.tick().isEmpty, "caught up: nothing until 08:00")
        }
    }

    @Test func runNowRefusesASecondRunAndUnknownIDs() async throws {
        try await withScheduler { store, runner, scheduler, _ in
            let s = try await store.addSchedule(cron: "@daily", timeZone: "Europe/Paris", task: "Report", agent: "research", catchUp: true)
            let id = try await scheduler.runNow(s.id)
            if await runner.isRunning(id) {
                await #expect(throws: StewardError.self) { try await scheduler.runNow(s.id) }
            }
            _ = await runner.wait(id)
            await #expect(throws: StewardError.self) { try await scheduler.runNow(999) }
        }
    }
}
