import Foundation
import StewardTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A worker's renewals (issue 17, spec 23.4): a task that runs longer than its lease stays its
/// worker's while that worker lives. Real `steward worker` processes on two machines, a real
/// PostgreSQL and git daemon remote, a scripted model whose replies are slower than the lease.
@Suite("steward worker: a live worker keeps its task past the lease")
struct WorkerRenewalTests {
    @Test func aTaskLongerThanItsLeaseIsNeverTakenFromALiveWorker() async throws {
        // Each reply takes 6 s (five pieces 1 s apart, its end a second later): the task's two
        // replies outlast the 10 s lease, so only the renewals (every third of it) keep the task.
        let replies = queueModel()
        let server = try await TestHTTPServer.start { req in
            guard case .stream(let status, let type, let pieces, _) = replies(req) else { return replies(req) }
            return .stream(status: status, contentType: type, pieces: pieces, delay: 1)
        }
        defer { Task { await server.stop() } }
        let h = try await Household.withModel(server.url, machines: 2, leaseSeconds: 10)
        // Both workers idle and looking before the task is queued: the other one would take it as
        // soon as its lease lapsed.
        let workers = try (0..<2).map { try BackgroundSteward.worker(h, $0) }
        try await eventually("both workers serving") { workers.allSatisfy { $0.log.contains("serving local") } }
        let id = try await h.enqueue(0, "Write outputs/long.md")
        try await eventually("the task done", seconds: 120) { try h.psql("SELECT status FROM task") == "done" }
        for w in workers { w.signal(SIGTERM) }
        for w in workers { #expect(await w.waitExit() == 0, "\(w.log)") }
        // It ran past its lease, was claimed once, and its two replies were asked for once.
        let ran = try #require(Double(try h.psql("SELECT extract(epoch FROM finished - started) FROM task")))
        #expect(ran > 10, "the task ran \(ran) s, not past its 10 s lease")
        #expect(try h.psql("SELECT count(*), max(fence) FROM task_claim WHERE task = '\(id)'") == "1|1", "\(workers.map(\.log))")
        #expect(server.requests.filter { $0.path == "/v1/chat/completions" }.count == 2)
    }
}
