import Foundation
import StewardTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A task the lapsed-cancel sweep ends settles as any ended task does (issue 17, spec 23.4
/// "Cancel", 23.7): what its dead holder reserved of the cloud budget is settled at its
/// maximum, and its notification and `post-task` hooks come once, from the worker whose claim
/// ended it, however many workers sweep. Real `steward worker` processes, a real PostgreSQL, a
/// git daemon remote and a webhook server on 127.0.0.1.
@Suite("steward worker: a task the cancel sweep ended, settled and told once", .serialized)
struct WorkerSweptCancelTests {
    /// A is stopped, the task cancelled from machine B (so only flagged for A), A killed with a
    /// reservation of $0.004 left open; six idle slots on two machines sweep once the test ends
    /// A's lease: one ends the task, its reservation becomes one `abandoned` call of $0.004,
    /// one notification is posted and one `post-task` hook runs. The lease is long and ended by
    /// the test once A is dead, so no load decides what happens.
    @Test func theSweptTaskIsSettledNotifiedAndHookedOnce() async throws {
        let server = try await TestHTTPServer.start(queueModel(hangAfterWrite: true))
        defer { Task { await server.stop() } }
        let hook = try await TestHTTPServer.start { _ in .full(status: 200, body: "{}") }
        defer { Task { await hook.stop() } }
        let hooks = try HookRecorder()
        defer { hooks.remove() }
        let h = try await Household.withModel(
            server.url, machines: 3, leaseSeconds: 600, config: modelConfig(server.url, extra: "timeout = 3600"),
            files: hooks.files, executable: ["hooks/post-task"],
            extraConfig: "\n[notify]\nwebhook = \"\(hook.url)/hook\"\n")
        let id = try await h.enqueue(0, "Write outputs/s1.md")
        let a = try BackgroundSteward.worker(h, 0)
        try await eventually("the first worker waits on its second reply") { server.requests.filter(hasToolResult).count == 1 }
        a.signal(SIGSTOP)
        // What A reserved for a cloud call it was making (as the router writes it) stays open.
        _ = try h.psql("INSERT INTO budget_reservation (task, fence, model_name, max_usd) VALUES ('\(id)', 1, 'cloudy', 0.004)")
        let asked = try await h.steward(1, ["cancel", id])
        #expect(asked.status == 0 && asked.stdout.contains("its worker was told to stop it"), "\(asked.stdout)\(asked.stderr)")
        a.signal(SIGKILL)
        _ = await a.waitExit()
        let b = try BackgroundSteward.worker(h, 1, ["--concurrency", "3"])
        let c = try BackgroundSteward.worker(h, 2, ["--concurrency", "3"])
        try await eventually("both sweepers idle") { b.log.contains("waiting for a queued task") && c.log.contains("waiting for a queued task") }
        #expect(try h.psql("SELECT status FROM task WHERE id = '\(id)'") == "running")
        #expect(try h.psql("SELECT count(*) FROM budget_reservation WHERE settled IS NULL") == "1")
        // A is dead: its lease runs out unrenewed (ended here rather than waited for).
        _ = try h.psql("UPDATE task SET lease_until = clock_timestamp() - interval '1 second' WHERE id = '\(id)'")
        try await eventually("the task ended by a sweeping worker", seconds: 60) {
            try h.psql("SELECT status FROM task WHERE id = '\(id)'") == "interrupted"
        }
        try await eventually("its end posted", seconds: 60) { !hook.requests.isEmpty }
        try await eventually("its post-task hook run", seconds: 60) { !hooks.runs(of: id).isEmpty }
        // Every slot has claimed (swept) again since: nothing more comes of it.
        try await Task.sleep(for: .seconds(2))
        b.signal(SIGTERM)
        c.signal(SIGTERM)
        #expect(await b.waitExit() == 0, "\(b.log)")
        #expect(await c.waitExit() == 0, "\(c.log)")
        let enders = [b, c].filter { $0.log.contains("task \(id) interrupted: it was cancelled") }
        #expect(enders.count == 1, "\(b.log)\n---\n\(c.log)")
        let ender = try #require(enders.first)
        #expect(ender.log.contains("task \(id): 1 cloud reservation(s) its worker left open settled at their maximum"), "\(ender.log)")
        // The reservation: settled once, at its maximum, as an abandoned cloud call.
        #expect(try h.psql("SELECT count(*) FROM budget_reservation WHERE settled IS NULL") == "0")
        #expect(
            try h.psql("SELECT count(*), sum(cost_usd), bool_and(cloud) FROM model_call WHERE task = '\(id)' AND outcome = 'abandoned'")
                == "1|0.004|t")
        let why = try h.psql("SELECT reason FROM model_call WHERE task = '\(id)' AND outcome = 'abandoned'")
        #expect(why.contains("lapsed before it heard its cancel; settled at its maximum when worker "), "\(why)")
        // Told once: the webhook's post and the hook's run, naming the task interrupted, proposal #1.
        #expect(hook.requests.count == 1, "\(hook.requests.map(\.text))")
        let post = try #require(hook.requests.first?.json)
        #expect(post["event"] as? String == "failed" && post["status"] as? String == "interrupted" && post["task"] as? String == id, "\(post)")
        #expect(post["proposal"] as? Int == 1, "\(post)")
        let runs = try hooks.runs()
        #expect(runs.count == 1, "\(runs)")
        let payload = try #require(runs.first)
        #expect(payload["status"] as? String == "interrupted" && payload["proposal"] as? Int == 1 && payload["task"] as? String == id, "\(payload)")
        #expect(payload["changed"] as? [String] == ["outputs/s1.md"], "\(payload)")
        #expect((payload["error"] as? String)?.contains("stopped renewing its lease before it ended the task") == true, "\(payload)")
        // Nobody ran it again.
        #expect(server.requests.filter(hasToolResult).count == 1)
    }
}
