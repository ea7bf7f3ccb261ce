import Foundation
import StewardTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A worker takes only tasks it can serve (issue 17, spec 23.4): the models whose servers
/// answer from its own machine, since `127.0.0.1` is another server on each machine.
@Suite("steward worker: only the models that answer here")
struct WorkerModelsTests {
    @Test func aTaskForAModelWhoseServerDoesNotAnswerHereStaysQueued() async throws {
        let server = try await TestHTTPServer.start(queueModel())
        defer { Task { await server.stop() } }
        let h = try await Household(machines: 1, leaseSeconds: 5)
        // `far` is configured, but nothing listens at its address on this machine.
        let far = "\n[models.far]\nprovider = \"openai\"\nurl = \"http://127.0.0.1:1\"\nmodel = \"far\"\n"
        try await personCommits(h.machines[0], ["steward.toml": modelConfig(server.url, extra: far)])
        #expect(try await h.steward(0, ["sync"]).status == 0)
        // Queued first, so a worker that took every configured model would claim it first.
        let queued = try await h.steward(0, ["run", "--queue", "--model", "far", "--agent", "fileops", "--json", "Write outputs/far.md"])
        let farID = try #require((try? json(queued.stdout) as? [String: Any])?["task"] as? String, "\(queued.stderr)")
        let nearID = try await h.enqueue(0, "Write outputs/near.md")
        let worker = try BackgroundSteward.worker(h, 0)
        try await eventually("the task for the model that answers done") { try h.psql("SELECT status FROM task WHERE id = '\(nearID)'") == "done" }
        #expect(worker.log.contains("serving local (the models whose servers answer from this machine)"), "\(worker.log)")
        #expect(try h.psql("SELECT status, fence FROM task WHERE id = '\(farID)'") == "queued|0")
        #expect(try h.psql("SELECT count(*) FROM task_claim WHERE task = '\(farID)'") == "0")
        worker.signal(SIGTERM)
        #expect(await worker.waitExit() == 0, "\(worker.log)")
    }
}
