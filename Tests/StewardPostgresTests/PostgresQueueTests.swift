import Foundation
import StewardCore
import StewardPostgres
import StewardTestSupport
import Testing

/// The queue of spec 23.4 against a real PostgreSQL: claims with `FOR UPDATE SKIP LOCKED`, leases
/// with a fencing number, and writes the database refuses once the lease is not the writer's.
@Suite("PostgreSQL queue")
struct PostgresQueueTests {
    func step(_ task: String, _ index: Int) -> TaskStepRecord {
        TaskStepRecord(
            task: task, index: index, date: Date(), kind: .note, model: nil, name: nil, input: "in", output: "out", ok: true,
            inputTokens: 0, outputTokens: 0, costUSD: 0, ms: 1)
    }

    @Test func concurrentClaimersTakeEachTaskExactlyOnce() async throws {
        let t = try TestDatabase()
        let setup = try await t.open()
        let ids = (0..<60).map { String(format: "t%03d", $0) }
        for id in ids { try await setup.enqueue(id: id, prompt: "task \(id)") }
        await setup.close()
        // Six "machines", each with its own pool, two claimers each, all at once.
        let machines = try await withThrowingTaskGroup(of: PostgresDatabase.self) { group in
            for _ in 0..<6 { group.addTask { try await t.open(connections: 2) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let claimed = try await withThrowingTaskGroup(of: [String].self) { group in
            for (m, db) in machines.enumerated() {
                for w in 0..<2 {
                    group.addTask {
                        var mine: [String] = []
                        while let lease = try await db.claim(worker: "m\(m)/\(w)", serving: [], leaseSeconds: 300) {
                            try await db.addStep(step(lease.task, 0), under: lease)
                            try await db.finish(lease, status: .done)
                            mine.append(lease.task)
                        }
                        return mine
                    }
                }
            }
            return try await group.reduce(into: [String]()) { $0 += $1 }
        }
        for db in machines { await db.close() }
        #expect(claimed.count == 60)
        #expect(Set(claimed) == Set(ids))
        #expect(try t.psql("SELECT count(*), count(DISTINCT task), max(fence) FROM task_claim") == "60|60|1")
        #expect(try t.psql("SELECT count(*) FROM task WHERE status = 'done'") == "60")
    }

    @Test func anExpiredLeaseIsTakenOverAndTheStaleHoldersWritesAreRefused() async throws {
        let t = try TestDatabase()
        try await using(try await t.open()) { db in
            try await db.enqueue(id: "t1", prompt: "sort the notes", mainCommit: "abc")
            let a = try #require(try await db.claim(worker: "A", serving: [], leaseSeconds: 60))
            #expect(a.fence == 1)
            #expect(a.previousWorker == nil)
            try await db.addStep(step("t1", 0), under: a)
            // B finds nothing while A's lease holds; A stalls past its lease (the database's
            // clock moved on: its expiry set in the past), and B takes the task over.
            #expect(try await db.claim(worker: "B", serving: [], leaseSeconds: 300) == nil)
            try t.psql("UPDATE task SET lease_until = clock_timestamp() - interval '1 second'")
            let b = try await db.claim(worker: "B", serving: [], leaseSeconds: 300)
            let lease = try #require(b)
            #expect(lease.task == "t1")
            #expect(lease.fence == 2)
            #expect(lease.previousWorker == "A")
            // A wakes up: every write of its is refused by the database.
            let refusedStep = await storeError { try await db.addStep(step("t1", 1), under: a) }
            #expect(refusedStep?.code == .leaseLost)
            #expect(refusedStep?.message.contains("held under fence 2, this write carries 1") == true)
            #expect(refusedStep?.sqlState == "SL001")
            #expect(await storeError { try await db.addEvent(kind: "note", json: "{}", under: a) }?.code == .leaseLost)
            #expect(await storeError { try await db.finish(a, status: .done) }?.code == .leaseLost)
            #expect(await storeError { _ = try await db.renew(a, leaseSeconds: 60) }?.code == .leaseLost)
            // B's writes go through; the hand-over is recorded.
            try await db.addStep(step("t1", 1), under: lease)
            _ = try await db.renew(lease, leaseSeconds: 300)
            try await db.finish(lease, status: .done, summary: "sorted")
            #expect(
                try await db.claims(of: "t1") == [
                    TaskClaim(fence: 1, worker: "A", previousWorker: nil), TaskClaim(fence: 2, worker: "B", previousWorker: "A"),
                ])
            #expect(try t.psql("SELECT idx, fence FROM task_step ORDER BY idx") == "0|1\n1|2")
            #expect(try t.psql("SELECT status, summary FROM task") == "done|sorted")
            #expect(try t.psql("SELECT kind FROM task_event ORDER BY id") == "queued\nclaimed\nclaimed")
        }
    }

    @Test func aLeaseThatRunsOutOnTheDatabasesClockIsClaimableAgain() async throws {
        let t = try TestDatabase()
        try await using(try await t.open()) { db in
            try await db.enqueue(id: "t1", prompt: "p")
            // Claimed with a long lease, then renewed to 0.2 s in one statement: a claim made
            // with 0.2 s could itself outlive its lease on a loaded machine (its claim row is
            // a fenced write after the update), which is not what this test is about.
            let claimed = try #require(try await db.claim(worker: "A", serving: [], leaseSeconds: 300))
            let a = try await db.renew(claimed, leaseSeconds: 0.2)
            // No renewal: B gets the task once 0.2 s have passed on the database's clock.
            var b: TaskLease?
            for _ in 0..<500 where b == nil {
                try await Task.sleep(for: .milliseconds(20))
                b = try await db.claim(worker: "B", serving: [], leaseSeconds: 300)
            }
            #expect(b?.fence == a.fence + 1)
            #expect(b?.previousWorker == "A")
        }
    }

    @Test func aClaimedTaskRefusesWritesWithoutItsLease() async throws {
        let t = try TestDatabase()
        try await using(try await t.open()) { db in
            try await db.enqueue(id: "t1", prompt: "p")
            let lease = try #require(try await db.claim(worker: "A", serving: [], leaseSeconds: 60))
            var record = TaskRecord(id: "t1", prompt: "p", agent: "fileops", agentReason: "test", started: Date())
            let save = await storeError { try await db.saveTask(record) }
            #expect(save?.code == .leaseLost)
            #expect(save?.message.contains("only its lease may change it") == true)
            let unfenced = await storeError { try await db.addStep(step("t1", 0)) }
            #expect(unfenced?.message.contains("held under fence 1, this write carries 0") == true)
            record.steps = 1
            try await db.saveTask(record, under: lease)
            try await db.addStep(step("t1", 0), under: lease)
            #expect(try await db.task("t1")?.steps == 1)
            #expect(try await db.steps(of: "t1").count == 1)
        }
    }

    @Test func aLapsedLeaseRefusesWritesEvenBeforeAnotherClaim() async throws {
        let t = try TestDatabase()
        try await using(try await t.open()) { db in
            try await db.enqueue(id: "t1", prompt: "p")
            let a = try #require(try await db.claim(worker: "A", serving: [], leaseSeconds: 60))
            try t.psql("UPDATE task SET lease_until = clock_timestamp() - interval '1 second'")
            let refused = await storeError { try await db.addStep(step("t1", 0), under: a) }
            #expect(refused?.code == .leaseLost)
            #expect(refused?.message.contains("expired at") == true)
            #expect(await storeError { _ = try await db.renew(a, leaseSeconds: 60) }?.code == .leaseLost)
            #expect(try t.psql("SELECT count(*) FROM task_step") == "0")
        }
    }

    @Test func aWorkerClaimsOnlyTasksWhoseModelsItServes() async throws {
        let t = try TestDatabase()
        try await using(try await t.open()) { db in
            try await db.enqueue(id: "t1", prompt: "needs big", requires: ["big"])
            try await db.enqueue(id: "t2", prompt: "needs small", requires: ["small"])
            let first = try #require(try await db.claim(worker: "laptop", serving: ["small"], leaseSeconds: 60))
            #expect(first.task == "t2")
            #expect(try await db.claim(worker: "laptop", serving: ["small"], leaseSeconds: 60) == nil)
            #expect(try await db.claim(worker: "server", serving: ["big", "small"], leaseSeconds: 60)?.task == "t1")
        }
    }
}
