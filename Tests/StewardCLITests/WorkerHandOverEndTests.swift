import Foundation
import StewardTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A task given back is not a task ended (issue 17, spec 23.4): the notification (spec 9.2) and
/// the `post-task` hooks come once, from the worker that ends it, never from one that gave it
/// back on SIGTERM. Real `steward worker` processes, a real PostgreSQL, a git daemon remote and
/// a webhook server on 127.0.0.1.
@Suite("steward worker: hand-over, the task's end told once")
struct WorkerHandOverEndTests {
    /// SIGTERM mid-task: nothing is posted and no hook runs; the second machine's worker reads
    /// what the first wrote on the proposal, ends the task, and that end is posted and hooked
    /// once.
    @Test func aTaskGivenBackOnSigtermIsNotifiedAndHookedOnlyWhenItEnds() async throws {
        let model = HandOverModel()
        let server = try await TestHTTPServer.start(model.respond)
        defer { Task { await server.stop() } }
        let hook = try await TestHTTPServer.start { _ in .full(status: 200, body: "{}") }
        defer { Task { await hook.stop() } }
        let hooks = try HookRecorder()
        defer { hooks.remove() }
        // A lease far longer than the test: only the give-back lets B take the task.
        let h = try await Household.withModel(
            server.url, machines: 2, leaseSeconds: 600, files: hooks.files,
            executable: ["hooks/post-task"], extraConfig: "\n[notify]\nwebhook = \"\(hook.url)/hook\"\n")
        let id = try await h.enqueue(0, "Write outputs/g1.md")
        let a = try BackgroundSteward.worker(h, 0)
        try await eventually("the worker waits on its second reply") { server.requests.filter(hasToolResult).count == 1 }
        a.signal(SIGTERM)
        #expect(await a.waitExit() == 0, "\(a.log)")
        #expect(a.log.contains("task \(id): given back (shutting down)"), "\(a.log)")
        // Given back, not ended: nobody is told it ended, no post-task hook ran.
        #expect(hook.requests.isEmpty, "\(hook.requests.map(\.text))")
        let early = try hooks.runs()
        #expect(early.isEmpty, "\(early)")

        let b = try BackgroundSteward.worker(h, 1)
        try await eventually("the task done on the second machine") { try h.psql("SELECT status FROM task") == "done" }
        try await eventually("its end posted", seconds: 30) { !hook.requests.isEmpty }
        try await eventually("its post-task hook run", seconds: 30) { !hooks.runs(of: id).isEmpty }
        b.signal(SIGTERM)
        #expect(await b.waitExit() == 0, "\(b.log)")
        #expect(hook.requests.count == 1, "\(hook.requests.map(\.text))")
        let post = try #require(hook.requests.first?.json)
        #expect(post["event"] as? String == "waiting" && post["status"] as? String == "done" && post["proposal"] as? Int == 1, "\(post)")
        #expect(post["task"] as? String == id)
        let runs = try hooks.runs()
        #expect(runs.count == 1, "\(runs)")
        let payload = try #require(runs.first)
        #expect(payload["status"] as? String == "done" && payload["proposal"] as? Int == 1 && payload["task"] as? String == id, "\(payload)")
        // The second holder read the first's file from the proposal's tree, and added its own.
        #expect(HandOverModel.continuingToolResults(server.requests).contains { $0.contains("written for outputs/g1.md") })
        #expect(try await h.remoteFile("refs/heads/steward/1", "outputs/handover.md") == "written for outputs/handover.md\n")
        #expect(try h.psql("SELECT fence, previous_worker IS NOT NULL FROM task_claim ORDER BY fence") == "1|f\n2|t")
    }
}
