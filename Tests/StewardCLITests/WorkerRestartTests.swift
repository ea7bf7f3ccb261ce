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
