import Foundation
import StewardCore
import StewardPostgres
import StewardTestSupport
import Testing

/// PostgreSQL restarted or stopped under an open pool (spec 23.8), each test on a cluster of its
/// own (the shared one serves tests running at the same time): the pool reconnects, a lease
/// taken before is the database's and survives, and `retrying` carries a worker's query over
/// the gap, saying so while it waits.
@Suite("PostgreSQL restarted", .serialized)
struct PostgresRestartTests {
    /// A private cluster, a database on it, and a pool of `connections` open on it.
    struct Cluster {
        let server: PostgresServer
        let database: PostgresServer.Database

        init() throws {
            server = try PostgresServer.privateCluster()
            database = try server.makeDatabase()
        }

        func open(connections: Int = 3) async throws -> PostgresDatabase {
            try await PostgresDatabase.open(
                try DatabaseURL.parse(database.url, place: "the test's URL"), rootCommit: String(repeating: "b2", count: 20),
                maximumConnections: connections, environment: ["PGPASSWORD": server.password], home: "/nonexistent")
        }

        /// When the running server started (changes with every restart).
        func startTime() throws -> String { try server.psql("SELECT pg_postmaster_start_time()").trimmingCharacters(in: .whitespacesAndNewlines) }

        func psql(_ sql: String) throws -> String { try server.psql(sql, database: database.name).trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// What `retrying` reported, in order.
    actor Reports {
        var all: [PostgresRetry] = []
        func add(_ r: PostgresRetry) { all.append(r) }
    }

    func step(_ task: String, _ index: Int) -> TaskStepRecord {
        TaskStepRecord(
            task: task, index: index, date: Date(), kind: .note, model: nil, name: nil, input: "in", output: "out", ok: true,
            inputTokens: 0, outputTokens: 0, costUSD: 0, ms: 1)
    }

    @Test(.timeLimit(.minutes(3))) func queriesAfterARestartSucceedAndALeaseTakenBeforeSurvives() async throws {
        let cluster = try Cluster()
        defer { cluster.server.remove() }
        let db = try await cluster.open()
        try await db.enqueue(id: "t1", prompt: "before the restart")
        let lease = try #require(try await db.claim(worker: "A/1/0", serving: [], leaseSeconds: 300))
        // Several connections open and idle in the pool when the server goes.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0..<3 { group.addTask { _ = try await db.events(of: "t1", after: Int64(i)) } }
            try await group.waitForAll()
        }
        try await db.addStep(step("t1", 0), under: lease)
        let before = try cluster.startTime()

        // The hang of spec 23.8 was here: pg_ctl's postmaster held the test's process socket.
        try cluster.server.restart()
        #expect(try cluster.startTime() != before)

        // Straight after, without retrying: the pool dropped the closed connections and opens new ones.
        try await db.addStep(step("t1", 1), under: lease)
        let renewed = try await db.renew(lease, leaseSeconds: 300)
        #expect(renewed.fence == 1)
        try await db.finish(renewed, status: .done, summary: "finished after the restart")
        #expect(try cluster.psql("SELECT status || ' ' || fence FROM task WHERE id = 't1'") == "done 1")
        #expect(try cluster.psql("SELECT string_agg(idx || ':' || fence, ',' ORDER BY idx) FROM task_step WHERE task = 't1'") == "0:1,1:1")
        #expect(try cluster.psql("SELECT count(*) FROM task_claim WHERE task = 't1'") == "1")
        await db.close()
    }

    @Test(.timeLimit(.minutes(3))) func aQueryInFlightDuringARestartIsRetried() async throws {
        let cluster = try Cluster()
        defer { cluster.server.remove() }
        let db = try await cluster.open()
        try await db.enqueue(id: "t1", prompt: "p")
        let lease = try #require(try await db.claim(worker: "A/1/0", serving: [], leaseSeconds: 300))
        // Another session holds the task row, so the renewal waits on its lock: in flight when
        // the restart ends every session (57P01).
        let server = cluster.server
        let name = cluster.database.name
        Thread.detachNewThread { _ = try? server.psql("BEGIN; SELECT id FROM task FOR UPDATE; SELECT pg_sleep(60); COMMIT", database: name) }
        try await waitFor {
            try cluster.psql("SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(60)%' AND pid <> pg_backend_pid()") == "1"
        }
        let reports = Reports()
        let renewal = Task { try await db.retrying(report: { await reports.add($0) }) { try await db.renew(lease, leaseSeconds: 300) } }
        try await waitFor { try cluster.psql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'") == "1" }
        // The renewal's session ended by the server as a restart ends it (57P01), then the
        // holder's, so the retried renewal gets the row. (`pg_ctl restart -m fast` raced: it could
        // abort the holder first and let the renewal commit before its own session ended.)
        try cluster.psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
        try cluster.psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(60)%' AND pid <> pg_backend_pid()")

        let renewed = try await renewal.value
        #expect(renewed.fence == 1)
        let failures = await reports.all.compactMap { r -> PostgresStoreError? in
            if case .retrying(_, _, let error) = r { return error }
            return nil
        }
        #expect(failures.count >= 1)
        #expect(failures.allSatisfy { $0.code == .connectionLost })
        let first = try #require(await reports.all.first)
        #expect(first.description.hasSuffix("it is retried when it answers again; trying again in 0.5 s (try 2)"))
        #expect(first.description.contains("127.0.0.1:\(cluster.server.port)/\(name)"))
        await db.close()
    }

    @Test(.timeLimit(.minutes(3))) func retryingWaitsWhileTheServerIsDownAndSaysSo() async throws {
        let cluster = try Cluster()
        defer { cluster.server.remove() }
        let db = try await cluster.open()
        try await db.enqueue(id: "t1", prompt: "p")
        try cluster.server.stopServer()
        let reports = Reports()
        let claim = Task {
            try await db.retrying(noticeAfterSeconds: 0.5, report: { await reports.add($0) }) {
                try await db.claim(worker: "A/1/0", serving: [], leaseSeconds: 300)
            }
        }
        try await waitFor { await reports.all.count >= 2 }
        try cluster.server.startServer()

        let lease = try #require(try await claim.value)
        #expect(lease.task == "t1" && lease.fence == 1)
        let said = await reports.all
        #expect(
            said.allSatisfy {
                switch $0 {
                case .waiting(_, _, let database): database.contains("127.0.0.1:\(cluster.server.port)")
                case .retrying(_, _, let error): error.code == .connectionLost
                }
            })
        #expect(try cluster.psql("SELECT count(*) FROM task_claim") == "1")
        await db.close()
    }

    @Test func onlyALostConnectionIsRetriedWithADoublingWait() async throws {
        #expect((1...9).map { PostgresDatabase.retryDelay(afterAttempt: $0) } == [0.5, 1, 2, 4, 8, 16, 30, 30, 30])
        let t = try TestDatabase()
        let db = try await t.open()
        let reports = Reports()
        let calls = Counter()
        let answerThirdTime = {
            guard await calls.next() > 2 else { throw PostgresStoreError(.connectionLost, "the database closed the connection") }
            return "answered"
        }
        let value = try await db.retrying(report: { await reports.add($0) }, answerThirdTime)
        #expect(value == "answered")
        #expect(await calls.count == 3)
        #expect(
            await reports.all.map(\.description) == [
                "the database closed the connection; trying again in 0.5 s (try 2)",
                "the database closed the connection; trying again in 1 s (try 3)",
            ])
        // A lost lease, a refused query: thrown at once, never tried again.
        for code in [PostgresStoreError.Code.leaseLost, .query, .unreachable] {
            let once = Counter()
            let thrown = await storeError {
                _ = try await db.retrying {
                    _ = await once.next()
                    throw PostgresStoreError(code, "refused")
                }
            }
            #expect(thrown?.code == code)
            #expect(await once.count == 1)
        }
        await db.close()
    }

    /// Claims made by each of several loops.
    actor Claims {
        var made: [Int: Int] = [:]
        func add(_ loop: Int) { made[loop, default: 0] += 1 }
    }

    /// The wedge of spec 23.8: four loops claiming through `retrying` while the server restarts
    /// six times. postgres-nio lost a query written to a connection as it closed (a loop waited
    /// 90 s and more in its first try, and cancelling it did not end it, in round 4 of 15 before
    /// the guard); each loop must claim again after every restart, and end when cancelled.
    @Test(.timeLimit(.minutes(8))) func claimLoopsGoOnThroughRepeatedRestartsAndEndWhenCancelled() async throws {
        let cluster = try Cluster()
        defer { cluster.server.remove() }
        let db = try await cluster.open(connections: 8)
        let claims = Claims()
        let loops = (0..<4).map { i in
            Task {
                while !Task.isCancelled {
                    do {
                        _ = try await db.retrying { try await db.claim(worker: "w\(i)", serving: [], leaseSeconds: 30) }
                        await claims.add(i)
                    } catch {}
                    try? await Task.sleep(for: .milliseconds(Int.random(in: 0...30)))
                }
            }
        }
        for round in 1...6 {
            try await Task.sleep(for: .milliseconds(Int.random(in: 200...1200)))
            try cluster.server.restart()
            let before = await claims.made
            let deadline = Date().addingTimeInterval(120)
            var waiting = Array(0..<4)
            while !waiting.isEmpty, Date() < deadline {
                try await Task.sleep(for: .milliseconds(100))
                let now = await claims.made
                waiting = waiting.filter { (now[$0] ?? 0) <= (before[$0] ?? 0) }
            }
            #expect(waiting.isEmpty, "loops \(waiting) claimed nothing in 120 s after restart \(round)")
            if !waiting.isEmpty { break }
        }
        for loop in loops { loop.cancel() }
        for loop in loops { await loop.value }
        await db.close()
    }

    actor Counter {
        var count = 0
        func next() -> Int {
            count += 1
            return count
        }
    }

    /// Returns once `condition` holds, checking every 50 ms (the test's time limit bounds it).
    func waitFor(_ condition: () async throws -> Bool) async throws {
        while try await !condition() { try await Task.sleep(for: .milliseconds(50)) }
    }
}
