import Foundation
import StewardTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// PostgreSQL restarted or stopped while workers run (issue 17, spec 23.8): real `steward worker`
/// processes, a cluster of the test's own restarted with `pg_ctl restart -m fast` (every
/// connection cut) mid-run, or stopped.
@Suite("steward worker: PostgreSQL restarted mid-run", .serialized)
struct WorkerRestartTests {
    @Test func workersCarryOnThroughARestartAndRunEveryTaskOnce() async throws {
        // Replies streamed slowly (about a second each), so the restart comes mid-run however
        // loaded the machine is: on a fast one all 8 tasks were done before it.
        let instant = queueModel()
        let model = try await TestHTTPServer.start { req in
            guard case .stream(let status, let type, let pieces, _) = instant(req) else { return instant(req) }
            return .stream(status: status, contentType: type, pieces: pieces, delay: 1.0 / Double(max(1, pieces.count)))
        }
        defer { Task { await model.stop() } }
        let cluster = try PostgresServer.privateCluster()
        defer { cluster.remove() }
        // Leases long enough to outlive the restart: a renewal refused meanwhile is retried.
        let h = try Household.withModel(model.url, machines: 2, leaseSeconds: 20, server: cluster)
        let ids = try (1...8).map { try h.enqueue($0 % 2, "Write outputs/r\($0).md") }
        let workers = try (0..<2).map { try BackgroundSteward.worker(h, $0) }
        try await eventually("a task done before the restart") { Int(try h.psql("SELECT count(*) FROM task WHERE status = 'done'")) ?? 0 >= 1 }
        let doneBefore = Int(try h.psql("SELECT count(*) FROM task WHERE status = 'done'")) ?? 0
        try cluster.restart()
        do {
            try await eventually("every task done after the restart", seconds: 180) {
                (try? h.psql("SELECT count(*) FROM task WHERE status = 'done'")) == "8"
            }
        } catch {
            for w in workers { Issue.record("worker log:\n\(w.log)") }
            throw error
        }
        #expect(doneBefore < 8, "the restart came after every task was done; nothing was tested")
        // Each ran once: one claim each (no lease lapsed and was taken over), one proposal each.
        #expect(try h.psql("SELECT count(*), max(fence) FROM task_claim") == "8|1")
        #expect(try h.psql("SELECT count(*) FROM task WHERE status <> 'done'") == "0")
        #expect(try h.remoteRefs("refs/steward/proposals/").count == 8)
        for (n, id) in ids.enumerated() {
            let proposal = try h.psql("SELECT proposal FROM task WHERE id = '\(id)'")
            #expect(try h.remoteFile("refs/heads/steward/\(proposal)", "outputs/r\(n + 1).md") == "written for outputs/r\(n + 1).md\n")
        }
        // Both workers went on after the restart and both stop cleanly. (The wedge of spec 23.8:
        // a claim lost by postgres-nio as the server went down waited for ever, and SIGTERM did
        // not end that worker.)
        for w in workers { w.signal(SIGTERM) }
        for w in workers { #expect(await w.waitExit() == 0, "\(w.log)") }
    }

    /// SIGTERM while PostgreSQL is down: the worker's claim waits on a database that does not
    /// answer; the worker gives it up and ends, exit 0, rather than waiting for the database.
    @Test func sigtermEndsAWorkerWhilePostgreSQLIsStopped() async throws {
        let model = try await TestHTTPServer.start(queueModel())
        defer { Task { await model.stop() } }
        let cluster = try PostgresServer.privateCluster()
        defer { cluster.remove() }
        let h = try Household.withModel(model.url, machines: 1, leaseSeconds: 20, server: cluster)
        let worker = try BackgroundSteward.worker(h, 0)
        try await eventually("the worker looks at the queue") { worker.log.contains("serving local") }
        try cluster.stopServer()
        try await eventually("the worker's claim waits on the stopped database", seconds: 60) {
            worker.log.contains("trying again in") || worker.log.contains("has not answered")
        }
        worker.signal(SIGTERM)
        #expect(await worker.waitExit() == 0, "\(worker.log)")
        #expect(worker.log.split(separator: "\n").contains { $0.hasPrefix("worker ") && $0.hasSuffix(" stopped") }, "\(worker.log)")
    }
}
