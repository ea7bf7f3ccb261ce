import Foundation
import StewardCore
import StewardPostgres
import StewardTestSupport
import Testing

/// A claim whose COMMIT landed and whose answer was lost (issue 17, spec 23.8), against a real
/// PostgreSQL behind a proxy that cuts the connection right after the server answered the
/// claim's COMMIT (`LosingProxy`): the claimer's next try finds the task its lost try holds by
/// that try's token and takes it at once, instead of claiming another and leaving the first to
/// lapse.
@Suite("PostgreSQL queue: a claim whose answer was lost")
struct PostgresLostClaimAnswerTests {
    /// Collects what `retrying` reported.
    final class Reports: @unchecked Sendable {
        // @unchecked: `lines` is read and written under `lock`.
        private let lock = NSLock()
        private var said: [String] = []
        func add(_ line: String) { lock.withLock { said.append(line) } }
        var lines: [String] { lock.withLock { said } }
    }

    @Test func theRetryTakesTheTaskItsLostTryClaimed() async throws {
        let t = try TestDatabase()
        let proxy = try LosingProxy(to: t.server.port)
        defer { proxy.stop() }
        let proxied = try DatabaseURL.parse(
            t.database.url.replacingOccurrences(of: "127.0.0.1:\(t.server.port)/", with: "127.0.0.1:\(proxy.port)/"), place: "the test's URL")
        try await using(try await t.open()) { direct in
            try await direct.enqueue(id: "t1", prompt: "sort the notes")
            try await direct.enqueue(id: "t2", prompt: "file the bills")
            let db = try await PostgresDatabase.open(
                proxied, rootCommit: TestDatabase.root, maximumConnections: 2, environment: t.environment, home: "/nonexistent")
            try await using(db) { db in
                proxy.arm("INSERT INTO task_claim")
                let reports = Reports()
                let claimed = try await db.claimRetrying(worker: "A", serving: [], leaseSeconds: 300, report: { reports.add("\($0)") })
                #expect(proxy.cuts == 1)
                #expect(reports.lines.contains { $0.contains("trying again in 0.5 s (try 2)") }, "\(reports.lines)")
                let lease = try #require(claimed.lease)
                #expect(claimed.recovered)
                #expect(lease.task == "t1" && lease.fence == 1 && lease.worker == "A" && lease.previousWorker == nil)
                // One claim, the lost one; the other task still queued for anyone.
                #expect(try t.psql("SELECT task, fence, worker, token IS NOT NULL FROM task_claim") == "t1|1|A|t")
                #expect(try t.psql("SELECT id, status FROM task ORDER BY id") == "t1|running\nt2|queued")
                #expect(try t.psql("SELECT lease_until > clock_timestamp() + interval '200 seconds' FROM task WHERE id = 't1'") == "t")
                // The lease is the task's current one: its writes land.
                try await db.addEvent(kind: "note", json: "{}", under: lease)
                try await db.finish(lease, status: .done, summary: "sorted")
                #expect(try t.psql("SELECT status, summary FROM task WHERE id = 't1'") == "done|sorted")
                #expect(try t.psql("SELECT kind FROM task_event WHERE task = 't1' ORDER BY id") == "queued\nclaimed\nnote")
            }
        }
    }
}
