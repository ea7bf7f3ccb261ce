import Foundation
import StewardTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// An idle worker is woken by a task queued on any machine (issue 17, spec 23.4): enqueueing
/// notifies `steward_queue` in its transaction, and the worker listens there. Its poll here is an
/// hour, so nothing but the notice can make it claim while the test waits.
@Suite("steward worker: woken by a task queued on another machine")
struct WorkerWakeTests {
    @Test func anIdleWorkerTakesATaskQueuedElsewhereWithoutWaitingForItsPoll() async throws {
        let server = try await TestHTTPServer.start(queueModel())
        defer { Task { await server.stop() } }
        let h = try await Household.withModel(server.url, machines: 2, leaseSeconds: 5)
        let worker = try BackgroundSteward(h, 0, ["worker", "--poll-seconds", "3600"])
        let idle = "waiting for a queued task"
        let worker0 = try String(contentsOfFile: h.machines[0].ws + "/.steward/machine-id", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        // Idle (its first look found nothing) and listening: from here only a notice wakes it.
        try await eventually("the worker idle and listening on steward_queue") {
            let listening = try h.psql("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'LISTEN%steward_queue%'")
            return worker.log.components(separatedBy: idle).count == 2 && listening == "1"
        }
        for (round, name) in ["woken", "woken-again"].enumerated() {
            let id = try await h.enqueue(1, "Write outputs/\(name).md")
            try await eventually("\(name): done by the worker on machine 0") { try h.psql("SELECT status FROM task WHERE id = '\(id)'") == "done" }
            #expect(try h.psql("SELECT fence, worker IS NULL FROM task WHERE id = '\(id)'") == "1|t")
            #expect(try h.psql("SELECT count(*) FROM task_claim WHERE task = '\(id)'") == "1")
            // Its two model calls name the task and the worker's machine (spec 23.2), as `task` shows on the other.
            #expect(try h.psql("SELECT count(*) FROM model_call WHERE task = '\(id)' AND machine = '\(worker0)'") == "2")
            let shown = try await h.steward(1, ["task", id])
            #expect(shown.stdout.contains("Calls: 2 model calls (2 ok) · $0.0000 · on machine \(worker0.prefix(12))\n"), "\(shown.stdout)")
            // After its task it looked at the queue once more, found nothing and went idle again.
            try await eventually("the worker idle again after \(name)") { worker.log.components(separatedBy: idle).count == round + 3 }
        }
        #expect(try await h.remoteRefs("refs/heads/steward/").count == 2)
        worker.signal(SIGTERM)
        #expect(await worker.waitExit() == 0, "\(worker.log)")
    }
}
