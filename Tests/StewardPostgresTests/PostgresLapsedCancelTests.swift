import Foundation
import StewardCore
import StewardPostgres
import StewardTestSupport
import Testing

/// A cancel that reaches nobody (issue 17, spec 23.4 "Cancel"): asked while the task's lease was
/// live, so it is only flagged for its holder, which never ends the task (killed, or giving it
/// back as the cancel came). Against a real PostgreSQL: once the lease lapses, the next claim
/// anywhere ends the task `interrupted`, as its worker would have, and the gone holder's late
/// writes are refused.
@Suite("PostgreSQL queue: a cancel its holder never heard")
struct PostgresLapsedCancelTests {
    static let reason = "cancelled from machine B ('steward cancel'); what was done so far stays in the proposal"

    func step(_ task: String, _ index: Int) -> TaskStepRecord {
        TaskStepRecord(
            task: task, index: index, date: Date(), kind: .note, model: nil, name: nil, input: "in", output: "out", ok: true,
            inputTokens: 0, outputTokens: 0, costUSD: 0, ms: 1)
    }

    /// Claims as worker B until task `id` is no longer running (at most about 10 s); the leases
    /// B got meanwhile.
    func claimUntilEnded(_ id: String, _ t: TestDatabase, _ db: PostgresDatabase) async throws -> [TaskLease] {
        var got: [TaskLease] = []
        var tries = 0
        while tries < 500, try t.psql("SELECT status FROM task WHERE id = '\(id)'") == "running" {
            if let lease = try await db.claim(worker: "B", serving: [], leaseSeconds: 300) { got.append(lease) }
            try await Task.sleep(for: .milliseconds(20))
            tries += 1
        }
        return got
    }

    /// Holder A is killed mid-task (it renews no more and hears nothing); the cancel is asked
    /// while its lease is live. B's claims end the task once the lease lapsed, and take the
    /// other queued task; A's late writes are refused. The lease is long and the test ends it
    /// only after the cancel was asked (a short one lapsed before the cancel on a loaded CI).
    @Test func aCancelWhoseHolderDiedIsCarriedOutByTheNextClaim() async throws {
        let t = try TestDatabase()
        try await using(try await t.open()) { db in
            try await db.enqueue(id: "t1", prompt: "sort the notes")
            try await db.enqueue(id: "t2", prompt: "file the bills")
            let a = try #require(try await db.claim(worker: "A", serving: [], leaseSeconds: 300))
            #expect(a.task == "t1")
            try await db.addStep(step("t1", 0), under: a)
            try await db.recordProposal(1, under: a)
            #expect(try await db.requestCancel("t1", reason: Self.reason) == .stopping(worker: "A"))
            // A is dead: its lease runs out unrenewed (ended here, so no clock decides when).
            try t.psql("UPDATE task SET lease_until = clock_timestamp() - interval '1 second' WHERE id = 't1'")
            let taken = try await claimUntilEnded("t1", t, db)
            #expect(taken.map(\.task) == ["t2"])
            let row = try t.psql(
                "SELECT status, fence, proposal, worker IS NULL, lease_until IS NULL, finished IS NOT NULL FROM task WHERE id = 't1'")
            #expect(row == "interrupted|1|1|t|t|t")
            let error = try t.psql("SELECT error FROM task WHERE id = 't1'")
            #expect(error.hasPrefix(Self.reason), "\(error)")
            #expect(error.contains("its worker A stopped renewing its lease before it ended the task, so worker B ended it"), "\(error)")
            // Its events: the cancel, then its end, as a worker's cancel ends it.
            #expect(try t.psql("SELECT kind, fence FROM task_event WHERE task = 't1' ORDER BY id") == "queued|0\nclaimed|1\ncancel|0\nend|0")
            let end = try t.psql("SELECT json FROM task_event WHERE task = 't1' AND kind = 'end'")
            #expect(end.contains(#""status": "interrupted""#) && end.contains(#""proposal": "1""#), "\(end)")
            // Never claimed again: one claim, A's.
            #expect(try await db.claims(of: "t1") == [TaskClaim(fence: 1, worker: "A", previousWorker: nil)])
            // A, back from the dead, changes nothing.
            let refused = await storeError { try await db.addStep(step("t1", 1), under: a) }
            #expect(refused?.code == .leaseLost)
            #expect(refused?.message.contains("task t1 is interrupted, not running") == true, "\(refused?.message ?? "")")
            #expect(await storeError { try await db.addEvent(kind: "note", json: "{}", under: a) }?.code == .leaseLost)
            #expect(await storeError { _ = try await db.renew(a, leaseSeconds: 60) }?.code == .leaseLost)
            #expect(await storeError { try await db.recordProposal(2, under: a) }?.code == .leaseLost)
            var record = try #require(try await db.task("t1"))
            record.status = .running
            #expect(await storeError { try await db.saveTask(record, under: a) }?.code == .leaseLost)
            #expect(await storeError { try await db.finish(a, status: .done, summary: "sorted") }?.code == .leaseLost)
            #expect(
                try t.psql("SELECT status, proposal, count(s.idx) FROM task LEFT JOIN task_step s ON s.task = task.id WHERE id = 't1' GROUP BY 1, 2")
                    == "interrupted|1|1")
            // A second cancel finds it ended.
            #expect(try await db.requestCancel("t1", reason: Self.reason) == .alreadyEnded(.interrupted))
        }
    }

    /// The holder gives the task back (SIGTERM: its lease ended now, still running) after the
    /// cancel was asked and before it heard it: the next claim ends it instead of leaving it.
    @Test func aTaskGivenBackAfterItsCancelWasAskedIsEndedByTheNextClaim() async throws {
        let t = try TestDatabase()
        try await using(try await t.open()) { db in
            try await db.enqueue(id: "t1", prompt: "sort the notes")
            let a = try #require(try await db.claim(worker: "A", serving: [], leaseSeconds: 300))
            #expect(try await db.requestCancel("t1", reason: Self.reason) == .stopping(worker: "A"))
            try await db.release(a)
            #expect(try await db.claim(worker: "B", serving: [], leaseSeconds: 300) == nil)
            #expect(try t.psql("SELECT status, fence FROM task") == "interrupted|1")
            #expect(try t.psql("SELECT kind FROM task_event ORDER BY id") == "queued\nclaimed\ncancel\nend")
        }
    }

    /// The siblings that worked before: a queued task nobody holds is cancelled at once, and a
    /// running one whose lease already lapsed is ended by the cancel itself (with its `end`).
    @Test func aQueuedTaskIsCancelledAtOnceAndALapsedOneIsEndedByTheCancel() async throws {
        let t = try TestDatabase()
        try await using(try await t.open()) { db in
            try await db.enqueue(id: "t1", prompt: "sort the notes")
            try await db.enqueue(id: "t2", prompt: "file the bills")
            #expect(try await db.requestCancel("t2", reason: Self.reason) == .cancelled)
            let a = try #require(try await db.claim(worker: "A", serving: [], leaseSeconds: 300))
            #expect(a.task == "t1")
            try t.psql("UPDATE task SET lease_until = clock_timestamp() - interval '1 second' WHERE id = 't1'")
            #expect(try await db.requestCancel("t1", reason: Self.reason) == .interrupted)
            #expect(try t.psql("SELECT id, status FROM task ORDER BY id") == "t1|interrupted\nt2|cancelled")
            #expect(
                try t.psql("SELECT error FROM task WHERE id = 't1'").contains(
                    "its worker A stopped renewing its lease before it ended the task, so this cancel ended it"))
            #expect(try t.psql("SELECT kind FROM task_event WHERE task = 't1' ORDER BY id") == "queued\nclaimed\ncancel\nend")
            #expect(try await db.claim(worker: "B", serving: [], leaseSeconds: 300) == nil)
            #expect(try t.psql("SELECT count(*) FROM task_claim") == "1")
        }
    }
}
