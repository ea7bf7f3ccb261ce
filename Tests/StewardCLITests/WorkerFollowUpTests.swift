import Foundation
import StewardTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A task ended where nobody could tell its end is told and hooked once, like any ended task
/// (issue 17, spec 23.4 "Cancel", 23.6 "Run now"): `steward cancel` of a task whose worker was
/// killed and whose lease lapsed, and the next run of a schedule ending the task of a killed
/// `schedule run-now`. The next worker to claim sends its notification (9.2) and runs its
/// `post-task` hooks. Real `steward worker` and `steward` processes (kill -9), a real
/// PostgreSQL, a git daemon remote and a webhook server on 127.0.0.1.
@Suite("steward worker: a task ended elsewhere, told and hooked once", .serialized)
struct WorkerFollowUpTests {
    /// A's worker is killed mid-task with no cancel asked; its lease lapses; `steward cancel`
    /// on B ends the task at once. The worker started on B then (two slots) sends one
    /// notification and runs one hook for it.
    @Test func aLapsedTaskCancelledByHandIsToldAndHookedOnce() async throws {
        let server = try await TestHTTPServer.start(queueModel(hangAfterWrite: true))
        defer { Task { await server.stop() } }
        let hook = try await TestHTTPServer.start { _ in .full(status: 200, body: "{}") }
        defer { Task { await hook.stop() } }
        let hooks = try HookRecorder()
        defer { hooks.remove() }
        let h = try await Household.withModel(
            server.url, machines: 2, leaseSeconds: 600, config: modelConfig(server.url, extra: "timeout = 3600"),
            files: hooks.files, executable: ["hooks/post-task"],
            extraConfig: "\n[notify]\nwebhook = \"\(hook.url)/hook\"\n")
        let id = try await h.enqueue(0, "Write outputs/c1.md")
        let a = try BackgroundSteward.worker(h, 0)
        try await eventually("the worker waits on its second reply") { server.requests.filter(hasToolResult).count == 1 }
        a.signal(SIGKILL)
        _ = await a.waitExit()
        // A is dead: its lease runs out unrenewed (ended here rather than waited for).
        _ = try h.psql("UPDATE task SET lease_until = clock_timestamp() - interval '1 second' WHERE id = '\(id)'")
        #expect(try h.psql("SELECT status FROM task WHERE id = '\(id)'") == "running")
        // Cancelled while no worker runs (one would take the lapsed task over): ended at once.
        let cancelled = try await h.steward(1, ["cancel", id])
        #expect(cancelled.status == 0 && cancelled.stdout.contains("ended interrupted"), "\(cancelled.stdout)\(cancelled.stderr)")
        #expect(try h.psql("SELECT status FROM task WHERE id = '\(id)'") == "interrupted")
        let b = try BackgroundSteward.worker(h, 1, ["--concurrency", "2"])
        try await eventually("B's worker idle") { b.log.contains("waiting for a queued task") }
        try await eventually("its end posted", seconds: 60) { !hook.requests.isEmpty }
        try await eventually("its post-task hook run", seconds: 60) { !hooks.runs(of: id).isEmpty }
        // Both slots have claimed again since: nothing more comes of it.
        try await Task.sleep(for: .seconds(2))
        b.signal(SIGTERM)
        #expect(await b.waitExit() == 0, "\(b.log)")
        #expect(hook.requests.count == 1, "\(hook.requests.map(\.text))")
        let post = try #require(hook.requests.first?.json)
        #expect(post["event"] as? String == "failed" && post["status"] as? String == "interrupted" && post["task"] as? String == id, "\(post)")
        #expect(post["proposal"] as? Int == 1, "\(post)")
        let runs = try hooks.runs()
        #expect(runs.count == 1, "\(runs)")
        #expect(runs.first?["task"] as? String == id && runs.first?["status"] as? String == "interrupted", "\(runs)")
        #expect(runs.first?["changed"] as? [String] == ["outputs/c1.md"], "\(runs)")
        #expect((runs.first?["error"] as? String)?.contains("so this cancel ended it") == true, "\(runs)")
        #expect(b.log.contains("task \(id) interrupted"), "\(b.log)")
    }

    /// run-now on A is killed mid-task; once its lease lapsed, run-now on B ends that task and
    /// runs the schedule's task. B's idle worker sends one notification and runs one hook for
    /// the killed run's task, naming its proposal (which its row never recorded).
    @Test func aKilledRunNowsTaskIsToldAndHookedOnce() async throws {
        let model = ScheduleRunNowKillTests.FirstRunHangs()
        let server = try await TestHTTPServer.start { model.respond($0) }
        defer { Task { await server.stop() } }
        let hook = try await TestHTTPServer.start { _ in .full(status: 200, body: "{}") }
        defer { Task { await hook.stop() } }
        let hooks = try HookRecorder()
        defer { hooks.remove() }
        let h = try await Household.withModel(
            server.url, machines: 2, leaseSeconds: 600, config: modelConfig(server.url, extra: "timeout = 3600"),
            files: hooks.files, executable: ["hooks/post-task"],
            extraConfig: "\n[notify]\nwebhook = \"\(hook.url)/hook\"\n")
        // Due only on 1 January at midnight: no run but those asked for.
        let added = try await h.steward(0, ["schedule", "add", "0 0 1 1 *", "Write outputs/k1.md", "--agent", "fileops", "--json"])
        #expect(added.status == 0, "\(added.stderr)")
        let schedule = try #require((try json(added.stdout) as? [String: Any])?["id"] as? Int, "\(added.stdout)")
        let a = try BackgroundSteward(h, 0, ["schedule", "run-now", "\(schedule)"])
        try await eventually("the run waits on its second reply") { server.requests.filter(hasToolResult).count == 1 }
        let first = try h.psql("SELECT last_task FROM schedule")
        a.signal(SIGKILL)
        _ = await a.waitExit()
        _ = try h.psql("UPDATE task SET lease_until = clock_timestamp() - interval '1 second' WHERE id = '\(first)'")
        let w = try BackgroundSteward.worker(h, 1, ["--concurrency", "2"])
        try await eventually("B's worker idle") { w.log.contains("waiting for a queued task") }
        let ran = try await h.steward(1, ["schedule", "run-now", "\(schedule)"])
        #expect(ran.status == 0, "\(ran.stdout)\(ran.stderr)")
        #expect(try h.psql("SELECT status FROM task WHERE id = '\(first)'") == "interrupted")
        func posts() -> [[String: Any]] { hook.requests.compactMap(\.json).filter { $0["task"] as? String == first } }
        func runs() -> [[String: Any]] { hooks.runs(of: first) }
        try await eventually("its end posted", seconds: 60) { !posts().isEmpty }
        try await eventually("its post-task hook run", seconds: 60) { !runs().isEmpty }
        try await Task.sleep(for: .seconds(2))
        w.signal(SIGTERM)
        #expect(await w.waitExit() == 0, "\(w.log)")
        #expect(posts().count == 1, "\(hook.requests.map(\.text))")
        let post = try #require(posts().first)
        #expect(post["event"] as? String == "failed" && post["status"] as? String == "interrupted", "\(post)")
        #expect(post["proposal"] as? Int == 1, "\(post)")
        #expect(runs().count == 1, "\(runs())")
        #expect(runs().first?["changed"] as? [String] == ["outputs/k1.md"], "\(runs())")
        #expect((runs().first?["error"] as? String)?.contains("so the next run of schedule \(schedule) ended it") == true, "\(runs())")
    }

    /// run-now on A is stopped (SIGSTOP: a machine suspended) mid-task past its lease; run-now
    /// on B ends its task and runs the schedule's task, and B's worker tells the stopped run's
    /// end. A woken and then stopped with Ctrl-C tells nothing more: its end is refused, its
    /// notification and hooks not sent again, and the task stays as B's run ended it.
    @Test func aStoppedRunNowThatWakesTellsNothingTwice() async throws {
        let model = ScheduleRunNowKillTests.FirstRunHangs()
        let server = try await TestHTTPServer.start { model.respond($0) }
        defer { Task { await server.stop() } }
        let hook = try await TestHTTPServer.start { _ in .full(status: 200, body: "{}") }
        defer { Task { await hook.stop() } }
        let hooks = try HookRecorder()
        defer { hooks.remove() }
        let h = try await Household.withModel(
            server.url, machines: 2, leaseSeconds: 600, config: modelConfig(server.url, extra: "timeout = 3600"),
            files: hooks.files, executable: ["hooks/post-task"],
            extraConfig: "\n[notify]\nwebhook = \"\(hook.url)/hook\"\n")
        let added = try await h.steward(0, ["schedule", "add", "0 0 1 1 *", "Write outputs/k1.md", "--agent", "fileops", "--json"])
        #expect(added.status == 0, "\(added.stderr)")
        let schedule = try #require((try json(added.stdout) as? [String: Any])?["id"] as? Int, "\(added.stdout)")
        let a = try BackgroundSteward(h, 0, ["schedule", "run-now", "\(schedule)"])
        try await eventually("the run waits on its second reply") { server.requests.filter(hasToolResult).count == 1 }
        let first = try h.psql("SELECT last_task FROM schedule")
        a.signal(SIGSTOP)
        // A is stopped: its lease runs out unrenewed (ended here rather than waited for).
        _ = try h.psql("UPDATE task SET lease_until = clock_timestamp() - interval '1 second' WHERE id = '\(first)'")
        let w = try BackgroundSteward.worker(h, 1, ["--concurrency", "2"])
        try await eventually("B's worker idle") { w.log.contains("waiting for a queued task") }
        let ran = try await h.steward(1, ["schedule", "run-now", "\(schedule)"])
        #expect(ran.status == 0, "\(ran.stdout)\(ran.stderr)")
        func posts() -> [[String: Any]] { hook.requests.compactMap(\.json).filter { $0["task"] as? String == first } }
        func runs() -> [[String: Any]] { hooks.runs(of: first) }
        try await eventually("its end posted", seconds: 60) { !posts().isEmpty }
        try await eventually("its post-task hook run", seconds: 60) { !runs().isEmpty }
        let ended = try h.psql("SELECT status, fence, error FROM task WHERE id = '\(first)'")
        // A wakes, and is stopped with Ctrl-C: its run ends, here.
        a.signal(SIGCONT)
        a.signal(SIGINT)
        #expect(await a.waitExit() != nil, "\(a.log)")
        #expect(a.log.contains("task \(first) was ended elsewhere while this process was stopped past its lease"), "\(a.log)")
        w.signal(SIGTERM)
        #expect(await w.waitExit() == 0, "\(w.log)")
        #expect(posts().count == 1, "\(hook.requests.map(\.text))")
        #expect(runs().count == 1, "\(runs())")
        #expect(try h.psql("SELECT status, fence, error FROM task WHERE id = '\(first)'") == ended)
        #expect(ended.hasPrefix("interrupted|1|"), "\(ended)")
    }
}
