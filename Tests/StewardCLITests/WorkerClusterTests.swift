import Foundation
import StewardTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The queue across machines (issue 17, spec 23.4): real `steward worker` processes on clones
/// of one workspace sharing a `git daemon` remote and a PostgreSQL database, a stateless
/// scripted model on 127.0.0.1.
@Suite("steward worker: three clones, the queue, hand-over, cancel, shutdown", .serialized)
struct WorkerClusterTests {
    /// 30 tasks queued from three machines, three workers (the first with two slots, which share
    /// its clone): each task claimed once, run once (two model replies each) and done with its
    /// own proposal on the remote.
    @Test func thirtyTasksOnThreeWorkersAreEachDoneOnceWithThirtyProposalsOnTheRemote() async throws {
        let server = try await TestHTTPServer.start(queueModel())
        defer { Task { await server.stop() } }
        // Nothing here kills a worker, and the test asserts that no task was handed over: a lease
        // long enough that a starved machine's late renewal cannot lapse it (3 s lapsed at load 9-13).
        let h = try await Household.withModel(server.url, machines: 3, leaseSeconds: 60)
        var ids: [String: Int] = [:]
        for n in 1...30 { ids[try await h.enqueue(n % 3, "Write outputs/q\(n).md")] = n }
        #expect(try h.psql("SELECT count(*) FROM task WHERE status = 'queued'") == "30")
        let workers = try (0..<3).map { try BackgroundSteward.worker(h, $0, $0 == 0 ? ["--concurrency", "2"] : []) }
        try await eventually("30 tasks done") {
            #expect(try h.psql("SELECT count(*) FROM task WHERE status IN ('failed', 'interrupted')") == "0", "\(workers.map(\.log))")
            return try h.psql("SELECT count(*) FROM task WHERE status = 'done'") == "30"
        }
        for w in workers { w.signal(SIGTERM) }
        for w in workers { #expect(await w.waitExit() == 0, "\(w.log)") }

        // Claimed once each, never handed over; 30 proposals, each its task's, on the remote.
        #expect(try h.psql("SELECT count(*), count(DISTINCT task), max(fence) FROM task_claim") == "30|30|1")
        #expect(try h.psql("SELECT count(*) FROM task_claim WHERE previous_worker IS NOT NULL") == "0")
        // Both slots of the first machine's worker took tasks (holders MACHINE/PID/1 and /2).
        let first = try #require(h.machines[0].read(".steward/machine-id")).prefix(12)
        #expect(try h.psql("SELECT count(DISTINCT worker) FROM task_claim WHERE worker LIKE '\(first)/%'") == "2", "\(workers[0].log)")
        #expect(try h.psql("SELECT count(DISTINCT proposal) FROM task WHERE proposal > 0") == "30")
        #expect(try await h.remoteRefs("refs/steward/proposals/").count == 30)
        #expect(try await h.remoteRefs("refs/heads/steward/").count == 30)
        for row in try h.psql("SELECT id, proposal FROM task").split(separator: "\n") {
            let cells = row.split(separator: "|").map(String.init)
            let n = try #require(ids[cells[0]])
            #expect(try await h.remoteFile("refs/heads/steward/\(cells[1])", "outputs/q\(n).md") == "written for outputs/q\(n).md\n")
        }
        // Each task's two replies asked for once: nothing ran twice.
        #expect(server.requests.filter { $0.path == "/v1/chat/completions" }.count == 60)
        // Every step and event of a claimed task carries its fence.
        #expect(try h.psql("SELECT count(*) FROM task_step WHERE fence <> 1") == "0")
        #expect(try h.psql("SELECT count(DISTINCT task) FROM task_event WHERE kind = 'end' AND fence = 1") == "30")
    }

    /// kill -9 of the worker mid-task: another machine's worker takes the task over once its
    /// lease lapses (hand-over recorded), continues the same proposal and finishes it.
    @Test func aWorkerKilledMidTaskIsTakenOverAndTheSameProposalFinished() async throws {
        let server = try await TestHTTPServer.start(queueModel(hangAfterWrite: true))
        defer { Task { await server.stop() } }
        let h = try await Household.withModel(server.url, machines: 2, leaseSeconds: 2)
        let id = try await h.enqueue(0, "Write outputs/k1.md")
        let a = try BackgroundSteward.worker(h, 0)
        try await eventually("the first worker opened #1 and waits on its second reply") {
            try h.psql("SELECT proposal FROM task") == "1" && server.requests.filter(hasToolResult).count == 1
        }
        a.signal(SIGKILL)
        #expect(await a.waitExit() == SIGKILL)
        let b = try BackgroundSteward.worker(h, 1)
        try await eventually("the task done on the second machine") { try h.psql("SELECT status FROM task") == "done" }
        b.signal(SIGTERM)
        #expect(await b.waitExit() == 0, "\(b.log)")

        let claims = try h.psql("SELECT fence, worker, coalesce(previous_worker, '-') FROM task_claim ORDER BY fence").split(separator: "\n")
        #expect(claims.count == 2)
        let first = claims[0].split(separator: "|").map(String.init)
        let second = claims[1].split(separator: "|").map(String.init)
        #expect(first[0] == "1" && first[2] == "-" && second[0] == "2" && second[2] == first[1] && second[1] != first[1])
        #expect(b.log.contains("task \(id) claimed") && b.log.contains("taken over from \(first[1])"))
        // One proposal, holding the first worker's change and the second's.
        #expect(try await h.remoteRefs("refs/steward/proposals/") == ["refs/steward/proposals/1"])
        #expect(try await h.remoteFile("refs/heads/steward/1", "outputs/k1.md") == "written for outputs/k1.md\n")
        #expect(try await h.remoteFile("refs/heads/steward/1", "outputs/handover.md") == "written for outputs/handover.md\n")
        #expect(try h.psql("SELECT proposal, fence FROM task") == "1|2")
        // The second holder's steps come after the first's, none replaced.
        #expect(try h.psql("SELECT (SELECT max(idx) FROM task_step WHERE fence = 1) < (SELECT min(idx) FROM task_step WHERE fence = 2)") == "t")
        #expect(try h.psql("SELECT count(*) > 0 FROM task_event WHERE kind = 'claimed' AND fence = 2 AND json LIKE '%previous%'") == "t")
    }

    /// `run --queue --wait` on machine B follows the task a worker on machine A runs, prints
    /// its events and result, and exits 0 once it is done.
    @Test func runQueueWaitFollowsTheTaskToItsEndFromAnotherMachine() async throws {
        let server = try await TestHTTPServer.start(queueModel())
        defer { Task { await server.stop() } }
        let h = try await Household.withModel(server.url, machines: 2, leaseSeconds: 3)
        let a = try BackgroundSteward.worker(h, 0)
        let r = try await h.steward(1, ["run", "--queue", "--wait", "--agent", "fileops", "Write outputs/w1.md"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("Queued task t") && r.stderr.contains("claimed:") && r.stderr.contains("end: "), "\(r.stderr)")
        #expect(r.stdout.contains(" done — fileops agent") && r.stdout.contains("Proposal #1") && r.stdout.contains("steward diff 1"), "\(r.stdout)")
        a.signal(SIGTERM)
        #expect(await a.waitExit() == 0, "\(a.log)")
    }

    /// Without [database], the queue's commands say what to set, exit 2.
    @Test func theQueueWithoutADatabaseIsRefusedNamingTheSetting() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        for args in [["worker"], ["cancel", "t1"], ["run", "--queue", "Write outputs/x.md"]] {
            let r = try await s.steward(args)
            #expect(
                r.status == 2 && r.stderr.contains("needs the database this workspace's machines share") && r.stderr.contains("[database] url"),
                "\(r.stderr)")
        }
    }
}
