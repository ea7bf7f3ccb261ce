import Foundation
import StewardCore
import StewardSandbox
import StewardServer
import StewardStore
import StewardTestSupport
import Testing

/// `serve`'s tasks (the API's and the scheduler's) end through the same notifier as `steward run`
/// (spec 9.2): a failed task is POSTed to the webhook of `.steward/config.toml`.
@Suite(.serialized) struct NotifyServeTests {
    @Test func tasksStartedByTheAPIAndTheSchedulerAreNotified() async throws {
        let hook = try await TestHTTPServer.start { _ in .full(status: 200, body: "{}") }
        defer { Task { await hook.stop() } }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("steward-notify-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
        // No model answers: each task fails fast, which is what is notified.
        try
            "[models.none]\nprovider = \"openai\"\nurl = \"http://127.0.0.1:9\"\nmodel = \"x\"\n[routes]\nclassify = [\"none\"]\nresearch = [\"none\"]\ncode = [\"none\"]\nfileops = [\"none\"]\n"
            .write(toFile: dir + "/ws/steward.toml", atomically: true, encoding: .utf8)
        _ = try gitCLI(["-c", "user.name=p", "-c", "user.email=p@x", "commit", "-qam", "config"], in: dir + "/ws")
        try "[notify]\nwebhook = \"\(hook.url)/hook\"\nlink_base = \"http://phone.example:8080\"\n"
            .write(toFile: dir + "/ws/.steward/config.toml", atomically: true, encoding: .utf8)
        let ws = try await Workspace.open(at: dir + "/ws") { try Store(path: $0 + "/steward.db") }
        let store = await ws.auditIndex as! Store
        let runner = TaskRunner(workspace: ws, store: store)

        let viaAPI = try await runner.start("Tidy temp/")
        #expect(await runner.wait(viaAPI)?.record.status == .failed)
        _ = try await store.addSchedule(
            cron: "@hourly", timeZone: "UTC", task: "Summarise new notes", agent: "research", catchUp: true,
            created: Date(timeIntervalSinceNow: -7_200))
        let scheduled = await Scheduler(store: store, runner: runner).tick(starting: true)
        #expect(scheduled.count == 1)
        for id in scheduled { _ = await runner.wait(id) }

        let posts = hook.requests.compactMap(\.json)
        #expect(posts.count == 2)
        for (post, (id, title)) in zip(posts, [(viaAPI, "Tidy temp/"), (scheduled.first ?? "", "Summarise new notes")]) {
            #expect(post["event"] as? String == "failed" && post["task"] as? String == id && post["title"] as? String == title)
            #expect(post["link"] as? String == "http://phone.example:8080/tasks/\(id)")
        }
    }
}
