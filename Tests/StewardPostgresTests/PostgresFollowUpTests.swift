import Foundation
import StewardCore
import StewardPostgres
import StewardTestSupport
import Testing

/// Tasks ended by no process that could tell their end (issue 17, spec 23.4 "Cancel", 23.6
/// "Run now"): a claim whose answer was lost after it ended a lapsed cancel, a cancel of a task
/// whose lease had lapsed, the next run of a schedule ending a killed run-now's task. Each is
/// handed to one worker's claim for its notification and `post-task` hooks, once; and the
/// stalled run-now process that wakes after its task was ended writes nothing more (fenced, as
/// a stalled worker is). A real PostgreSQL; the lost answer through `LosingProxy`.
@Suite("PostgreSQL: tasks ended elsewhere, followed up once")
struct PostgresFollowUpTests {
    func step(_ task: String, _ index: Int) -> TaskStepRecord {
        TaskStepRecord(
            task: task, index: index, date: Date(), kind: .note, model: nil, name: nil, input: "in", output: "out", ok: true,
            inputTokens: 0, outputTokens: 0, costUSD: 0, ms: 1)
    }

    /// The claim that ends a lapsed cancel loses its COMMIT's answer: its retry still hands
    /// that task to its worker (found by the lost try's token), and no later claim does.
    @Test func aLostClaimAnswersSweptTaskIsStillFollowedUp() async throws {
        let t = try TestDatabase()
        let proxy = try LosingProxy(to: t.server.port)
        defer { proxy.stop() }
        let proxied = try DatabaseURL.parse(
            t.database.url.replacingOccurrences(of: "127.0.0.1:\(t.server.port)/", with: "127.0.0.1:\(proxy.port)/"), place: "the test's URL")
        try await using(try await t.open()) { direct in
            try await direct.enqueue(id: "t1", prompt: "sort the notes")
            _ = try #require(try await direct.claim(worker: "A", serving: [], leaseSeconds: 300))
            #expect(try await direct.requestCancel("t1", reason: "cancelled") == .stopping(worker: "A"))
            // A is gone: its lease runs out unrenewed (ended here, so no clock decides when).
            _ = try t.psql("UPDATE task SET lease_until = clock_timestamp() - interval '1 second' WHERE id = 't1'")
            let db = try await PostgresDatabase.open(
                proxied, rootCommit: TestDatabase.root, maximumConnections: 2, environment: t.environment, home: "/nonexistent")
            try await using(db) { db in
                // The sweep's statement: the first try ends t1, and its answer is lost.
                proxy.arm("WITH lapsed AS")
                let claimed = try await db.claimRetrying(worker: "B", serving: [], leaseSeconds: 300)
                #expect(proxy.cuts == 1)
                #expect(claimed.lease == nil)
                #expect(try t.psql("SELECT status FROM task WHERE id = 't1'") == "interrupted")
                #expect(claimed.followUps.map(\.task) == ["t1"], "\(claimed)")
                // Handed out once: the next claim follows nothing up.
                let again = try await db.claimRetrying(worker: "C", serving: [], leaseSeconds: 300)
                #expect(again.followUps.isEmpty, "\(again)")
            }
        }
    }

    /// A cancel of a task whose lease had lapsed ends it at once, and the next claim, of any
    /// worker, is handed it once for its notification and hooks.
    @Test func aLapsedTaskEndedByACancelIsHandedToTheNextClaimOnce() async throws {
        let t = try TestDatabase()
        try await using(try await t.open()) { db in
            try await db.enqueue(id: "t1", prompt: "sort the notes")
            _ = try #require(try await db.claim(worker: "A", serving: [], leaseSeconds: 300))
            _ = try t.psql("UPDATE task SET lease_until = clock_timestamp() - interval '1 second' WHERE id = 't1'")
            #expect(try await db.requestCancel("t1", reason: "cancelled") == .interrupted)
            #expect(try t.psql("SELECT status FROM task WHERE id = 't1'") == "interrupted")
            let first = try await db.claimRetrying(worker: "B", serving: [], leaseSeconds: 300)
            #expect(first.followUps.map(\.task) == ["t1"], "\(first)")
            let second = try await db.claimRetrying(worker: "C", serving: [], leaseSeconds: 300)
            #expect(second.followUps.isEmpty, "\(second)")
        }
    }

    /// run-now's process stops (SIGSTOP, a machine suspended) past its lease: the next run ends
    /// its task. When the process wakes, its saves, steps and events are refused, as a stalled
    /// worker's are, and the task stays as the next run ended it; the next claim is handed the
    /// ended task once. A cancel of a lapsed run-now alike.
    @Test func aStalledRunNowsLateWritesAreRefused() async throws {
        let t = try TestDatabase()
        try await using(try await t.open()) { db in
            let schedule = try await db.addSchedule(cron: "@daily", timeZone: "UTC", task: "tidy temp/", agent: nil, catchUp: true, created: Date())
            #expect(
                try await db.claimScheduleRunNow(schedule.id, machine: "m1", taskID: "t-here", prompt: "tidy temp/", queue: false, leaseSeconds: 300)
                    == .started)
            // What the run's process wrote while it ran: taken (fence 0, never claimed).
            var record = TaskRecord(id: "t-here", prompt: "tidy temp/", agent: "fileops", agentReason: "test", started: Date())
            try await db.saveTask(record)
            try await db.addStep(step("t-here", 0))
            #expect(try await db.addEvent(task: "t-here", kind: "note", json: "{}"))
            // The process stalls past its lease; the due run ends its task and starts.
            _ = try t.psql("UPDATE task SET lease_until = clock_timestamp() - interval '1 second' WHERE id = 't-here'")
            #expect(
                try await db.claimScheduleRun(
                    schedule.id, due: Date(timeIntervalSince1970: 1_767_000_000), machine: "m2", taskID: "t-due", prompt: "tidy temp/"))
            #expect(try t.psql("SELECT status FROM task WHERE id = 't-here'") == "interrupted")
            // It wakes and goes on: nothing it writes lands.
            record.status = .done
            record.summary = "tidied"
            record.finished = Date()
            #expect(await storeError { try await db.saveTask(record) }?.code == .leaseLost)
            #expect(await storeError { try await db.addStep(self.step("t-here", 1)) }?.code == .leaseLost)
            #expect(try await !db.addEvent(task: "t-here", kind: "note", json: "{}"))
            #expect(try t.psql("SELECT status, summary IS NULL FROM task WHERE id = 't-here'") == "interrupted|t")
            #expect(try t.psql("SELECT count(*) FROM task_step WHERE task = 't-here'") == "1")
            #expect(try t.psql("SELECT string_agg(kind, ',' ORDER BY id) FROM task_event WHERE task = 't-here'") == "note,end")
            // Its end is handed to one claim, for its notification and hooks (the due run's task
            // done meanwhile: no claim takes a task).
            _ = try t.psql("UPDATE task SET status = 'done' WHERE id = 't-due'")
            let first = try await db.claimRetrying(worker: "W", serving: ["nothing"], leaseSeconds: 60)
            #expect(first.followUps.map(\.task) == ["t-here"], "\(first)")
            #expect(try await db.claimRetrying(worker: "X", serving: ["nothing"], leaseSeconds: 60).followUps.isEmpty)

            // A second run-now, stalled too, ended by a cancel: fenced alike.
            #expect(
                try await db.claimScheduleRunNow(schedule.id, machine: "m1", taskID: "t-two", prompt: "tidy temp/", queue: false, leaseSeconds: 300)
                    == .started)
            _ = try t.psql("UPDATE task SET lease_until = clock_timestamp() - interval '1 second' WHERE id = 't-two'")
            #expect(try await db.requestCancel("t-two", reason: "cancelled") == .interrupted)
            var two = TaskRecord(id: "t-two", prompt: "tidy temp/", agent: "fileops", agentReason: "test", started: Date())
            two.status = .done
            #expect(await storeError { try await db.saveTask(two) }?.code == .leaseLost)
            #expect(await storeError { try await db.addStep(self.step("t-two", 0)) }?.code == .leaseLost)
            #expect(try t.psql("SELECT status FROM task WHERE id = 't-two'") == "interrupted")
        }
    }
}
