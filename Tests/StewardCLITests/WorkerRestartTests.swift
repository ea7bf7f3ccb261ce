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
    /// Two workers, each mid-task (its first model call held by the model until the test lets
    /// it go), PostgreSQL restarted: both carry on, finish, claim again, and every task is run
    /// once with its proposal on the remote. The model holds, not the clock, what is in flight
    /// at the restart: a test process starved of threads for minutes (the clean-clone CI; all 8
    /// tasks of an earlier version were done before it could restart) restarts mid-run all the
    /// same.
    @Test func workersCarryOnThroughARestartAndRunEveryTaskOnce() async throws {
        // A task's first call (no tool result yet) waits at the gate; its second is answered.
        let gate = ReplyGate()
        let replies = queueModel()
        let model = try await TestHTTPServer.start { req in
            let reply = replies(req)
            return req.path == "/v1/chat/completions" && !hasToolResult(req) ? .held(gate, reply) : reply
        }
        defer { Task { await model.stop() } }
        let cluster = try PostgresServer.privateCluster()
        defer { cluster.remove() }
        // A held call waits for the test however long it is starved (no idle time-out), and no
        // lease can lapse: each is renewed every 20 s, the restart takes a second or two.
        let h = try await Household.withModel(
            model.url, machines: 2, leaseSeconds: 60, server: cluster, config: modelConfig(model.url, extra: "timeout = 3600"))
        var ids: [String: Int] = [:]
        for n in 1...4 { ids[try await h.enqueue(n % 2, "Write outputs/r\(n).md")] = n }
        let workers = try (0..<2).map { try BackgroundSteward.worker(h, $0) }
        func waitFor(_ what: String, _ condition: () throws -> Bool) async throws {
            do {
                try await eventually(what, seconds: 180, condition)
            } catch {
                for w in workers { Issue.record("worker log:\n\(w.log)") }
                throw error
            }
        }

        // Each worker (one slot) has claimed a task and waits on its model.
        try await waitFor("both workers mid-task, their first model calls held") { gate.waitingNow == 2 }
        #expect(try h.psql("SELECT count(*), count(DISTINCT worker) FROM task_claim") == "2|2")
        #expect(try h.psql("SELECT count(*) FROM task WHERE status = 'running'") == "2")
        let startedBefore = try h.psql("SELECT pg_postmaster_start_time()")
        try cluster.restart()
        let restarted = try h.psql("SELECT pg_postmaster_start_time()")
        #expect(restarted != startedBefore, "the cluster was not restarted")
        for n in 5...6 { ids[try await h.enqueue(n % 2, "Write outputs/r\(n).md")] = n }

        // Let the two calls go: both workers finish their tasks, then each claims another.
        gate.release()
        try await waitFor("both workers on their next tasks, their first model calls held") { gate.held == 4 && gate.waitingNow == 2 }
        #expect(try h.psql("SELECT count(*) FROM task WHERE status = 'done'") == "2")
        gate.open()
        try await waitFor("all 6 tasks done") { try h.psql("SELECT count(*) FROM task WHERE status = 'done'") == "6" }

        // The restart came while the first two tasks ran: claimed before it, finished after.
        let before = "claimed < pg_postmaster_start_time()"
        #expect(try h.psql("SELECT count(*), count(DISTINCT worker) FROM task_claim WHERE \(before)") == "2|2")
        #expect(
            try h.psql(
                "SELECT count(*) FROM task WHERE finished > pg_postmaster_start_time() AND id IN (SELECT task FROM task_claim WHERE \(before))")
                == "2")
        // Both workers claimed again after it, also the tasks queued after it.
        #expect(try h.psql("SELECT count(*), count(DISTINCT worker) FROM task_claim WHERE NOT \(before)") == "4|2")
        // Nothing lost or run twice: each task claimed once (no lease lapsed, fence 1), its two
        // replies asked for once, its own proposal on the remote holding its file.
        #expect(try h.psql("SELECT count(*), count(DISTINCT task), max(fence) FROM task_claim") == "6|6|1")
        #expect(try h.psql("SELECT count(*) FROM task WHERE status <> 'done'") == "0")
        #expect(gate.held == 6)
        #expect(model.requests.filter { $0.path == "/v1/chat/completions" }.count == 12)
        #expect(try h.psql("SELECT count(DISTINCT proposal) FROM task WHERE proposal > 0") == "6")
        #expect(try await h.remoteRefs("refs/steward/proposals/").count == 6)
        for row in try h.psql("SELECT id, proposal FROM task").split(separator: "\n") {
            let cells = row.split(separator: "|").map(String.init)
            let n = try #require(ids[cells[0]])
            #expect(try await h.remoteFile("refs/heads/steward/\(cells[1])", "outputs/r\(n).md") == "written for outputs/r\(n).md\n")
        }
        // Both still run and stop cleanly. (The wedge of spec 23.8: a query postgres-nio lost as
        // the server went down waited for ever, and SIGTERM did not end that worker.)
        for w in workers { #expect(w.process.isRunning, "\(w.log)") }
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
        let h = try await Household.withModel(model.url, machines: 1, leaseSeconds: 20, server: cluster)
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
