import Foundation
import StewardTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A claim whose COMMIT landed and whose answer was lost (issue 17, spec 23.8): a real `steward
/// worker` whose database connection goes through a proxy that cuts it right after the server
/// answered the claim's COMMIT (`LosingProxy`). The worker's retry finds the task by its claim's
/// token and runs it at once, instead of waiting a whole lease (here 600 s) for it to lapse.
@Suite("steward worker: a claim whose answer was lost")
struct WorkerLostClaimAnswerTests {
    @Test func theWorkerRunsTheTaskItsLostClaimTookAtOnce() async throws {
        let server = try await TestHTTPServer.start(queueModel())
        defer { Task { await server.stop() } }
        let h = try await Household.withModel(server.url, machines: 1, leaseSeconds: 600)
        let id = try await h.enqueue(0, "Write outputs/l1.md")
        let proxy = try LosingProxy(to: h.server.port)
        defer { proxy.stop() }
        let config = h.machines[0].ws + "/.steward/config.toml"
        let text = try String(contentsOfFile: config, encoding: .utf8)
        #expect(text.contains("127.0.0.1:\(h.server.port)/"))
        try text.replacingOccurrences(of: "127.0.0.1:\(h.server.port)/", with: "127.0.0.1:\(proxy.port)/")
            .write(toFile: config, atomically: true, encoding: .utf8)
        proxy.arm("INSERT INTO task_claim")
        let a = try BackgroundSteward.worker(h, 0)
        try await eventually("the task done", seconds: 60) { try h.psql("SELECT status FROM task WHERE id = '\(id)'") == "done" }
        #expect(proxy.cuts == 1)
        #expect(a.log.contains("trying again in 0.5 s (try 2)"), "\(a.log)")
        #expect(a.log.contains("its claim of task \(id) landed though its answer was lost; found by its token, it goes on under fence 1"), "\(a.log)")
        // Claimed once, by this worker, and run once.
        #expect(try h.psql("SELECT fence, previous_worker IS NULL FROM task_claim") == "1|t")
        #expect(try h.psql("SELECT fence, proposal FROM task") == "1|1")
        #expect(try await h.remoteFile("refs/heads/steward/1", "outputs/l1.md") == "written for outputs/l1.md\n")
        a.signal(SIGTERM)
        #expect(await a.waitExit() == 0, "\(a.log)")
    }
}
