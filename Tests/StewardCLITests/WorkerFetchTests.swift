import Foundation
import StewardTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A worker runs a task on the `main` it was queued at or a later one (issue 17, spec 23.4): it
/// fetches first. Real `steward worker` on another machine than the one that queued, a real
/// PostgreSQL and git daemon remote.
@Suite("steward worker: a task runs on the main it was queued at")
struct WorkerFetchTests {
    /// Machine A commits a note on `main` and pushes it after B last synced, then queues a task;
    /// B's worker fetches A's `main` before it runs the task, so the task's proposal has the note.
    @Test func aWorkerFetchesTheMainATaskWasQueuedAtBeforeRunningIt() async throws {
        let server = try await TestHTTPServer.start(queueModel())
        defer { Task { await server.stop() } }
        let h = try await Household.withModel(server.url, machines: 2, leaseSeconds: 60)
        let before = try await h.machines[1].git("rev-parse", "main").trimmingCharacters(in: .whitespacesAndNewlines)
        try await personCommits(h.machines[0], ["notes/plants.md": "Water the plants on Tuesdays.\n"])
        #expect(try await h.steward(0, ["sync"]).status == 0)
        let queuedAt = try await h.machines[0].git("rev-parse", "main").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(queuedAt != before)
        let id = try await h.enqueue(0, "Write outputs/f1.md")
        #expect(try h.psql("SELECT main_commit FROM task WHERE id = '\(id)'") == queuedAt)
        let b = try BackgroundSteward.worker(h, 1)
        try await eventually("the task done on B") { try h.psql("SELECT status FROM task") == "done" }
        b.signal(SIGTERM)
        #expect(await b.waitExit() == 0, "\(b.log)")
        // B ran it on A's main: its proposal, made on B, holds A's note beside the task's file.
        let n = try h.psql("SELECT proposal FROM task WHERE id = '\(id)'")
        #expect(try await h.remoteFile("refs/heads/steward/\(n)", "notes/plants.md") == "Water the plants on Tuesdays.\n", "\(b.log)")
        #expect(try await h.remoteFile("refs/heads/steward/\(n)", "outputs/f1.md") == "written for outputs/f1.md\n")
        #expect(!b.log.contains("given back"), "\(b.log)")
    }

    /// A changes `steward.toml` (a rules change B's person has not accepted, spec 22.9) and
    /// queues: B's worker gives the task back, its line saying what B waits for, and does not
    /// claim it again while B's `main` stays where it is; once B's person accepts the change, the
    /// task runs there.
    @Test func aTaskOnRulesThisMachineHasNotAcceptedIsGivenBackSayingWhy() async throws {
        let server = try await TestHTTPServer.start(queueModel())
        defer { Task { await server.stop() } }
        let h = try await Household.withModel(server.url, machines: 2, leaseSeconds: 60)
        let toml = try #require(h.machines[0].read("steward.toml"))
        try await personCommits(
            h.machines[0], ["steward.toml": toml.replacingOccurrences(of: "model = \"qwen\"", with: "model = \"qwen\"\ntimeout = 120")])
        #expect(try await h.steward(0, ["sync"]).status == 0)
        let tip = try await h.machines[0].git("rev-parse", "main").trimmingCharacters(in: .whitespacesAndNewlines)
        let id = try await h.enqueue(0, "Write outputs/r1.md")
        let b = try BackgroundSteward.worker(h, 1)
        try await eventually("B's worker gives the task back") { b.log.contains("task \(id) was queued on main") }
        #expect(b.log.contains("steward sync --accept-rules \(tip.prefix(10))"), "\(b.log)")
        // Fifteen polls of B's worker (0.2 s; the give-back's notice woke it too): claimed once,
        // and queued meanwhile (given back after the line above).
        try await Task.sleep(for: .seconds(3))
        #expect(try h.psql("SELECT status FROM task WHERE id = '\(id)'") == "queued")
        #expect(try h.psql("SELECT count(*) FROM task_claim WHERE task = '\(id)'") == "1", "\(b.log)")
        #expect(b.log.components(separatedBy: "task \(id) was queued on main").count == 2, "\(b.log)")
        #expect(try await h.steward(1, ["sync", "--accept-rules", tip]).status == 0)
        try await eventually("the task done on B") { try h.psql("SELECT status FROM task") == "done" }
        // B's main moved: its worker tried once more, and ran it.
        #expect(try h.psql("SELECT count(*) FROM task_claim WHERE task = '\(id)'") == "2", "\(b.log)")
        b.signal(SIGTERM)
        #expect(await b.waitExit() == 0, "\(b.log)")
    }
}
