import Foundation
import StewardTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A task a worker gave back unstarted is `queued`, not `running`, and says why (issue 17,
/// spec 23.4): A changes `steward.toml` (a rules change B's person has not accepted, spec 22.9)
/// and queues with `run --queue --wait`; B's worker, the only one, gives the task back. Meanwhile
/// `steward task` and `steward tasks --json` on A say `queued`, and A's waiting command shows the
/// give-back event: which worker, and `steward sync --accept-rules TIP`. Real `steward worker`,
/// a real PostgreSQL and git daemon remote, a scripted model.
@Suite("steward worker: a task given back is queued")
struct WorkerGiveBackTests {
    @Test func aTaskGivenBackForAMainThisMachineLacksIsQueuedSayingWhy() async throws {
        let server = try await TestHTTPServer.start(queueModel())
        defer { Task { await server.stop() } }
        let h = try await Household.withModel(server.url, machines: 2, leaseSeconds: 60)
        let toml = try #require(h.machines[0].read("steward.toml"))
        try await personCommits(
            h.machines[0], ["steward.toml": toml.replacingOccurrences(of: "model = \"qwen\"", with: "model = \"qwen\"\ntimeout = 120")])
        #expect(try await h.steward(0, ["sync"]).status == 0)
        let tip = try await h.machines[0].git("rev-parse", "main").trimmingCharacters(in: .whitespacesAndNewlines)
        let waiting = BackgroundRun { try await h.steward(0, ["run", "--queue", "--wait", "--agent", "fileops", "Write outputs/q1.md"]) }
        // The schema is made by the first command that opens the database: not there at first.
        try await eventually("the task queued") { (try? h.psql("SELECT count(*) FROM task")) == "1" }
        let id = try h.psql("SELECT id FROM task")
        let b = try BackgroundSteward.worker(h, 1)
        try await eventually("B's worker gives the task back") { b.log.contains("task \(id) was queued on main") }
        // Logged before it is recorded. Not thrown on: the test goes on to the accept, so A's
        // waiting command ends whatever happened here.
        let recorded = try? await eventually("the give-back recorded", seconds: 30) {
            try h.psql("SELECT count(*) FROM task_event WHERE kind = 'given-back'") == "1"
        }
        #expect(recorded != nil, "\(b.log)")
        let giver = try h.psql("SELECT worker FROM task_claim WHERE task = '\(id)' AND fence = 1")
        #expect(!giver.isEmpty)

        // Nobody runs it: queued, wherever it is looked at.
        #expect(try h.psql("SELECT status, coalesce(worker, '-') FROM task WHERE id = '\(id)'") == "queued|-")
        let shown = try await h.steward(0, ["task", id])
        #expect(shown.status == 0 && shown.stdout.contains("Task \(id) — queued"), "\(shown.stdout)\(shown.stderr)")
        // And why it still waits: the last give-back, under the status, and in --json.
        let why = shown.stdout.split(separator: "\n").first { $0.hasPrefix("Given back: ") }.map(String.init) ?? shown.stdout
        #expect(why.contains(" by \(giver): queued on main \(tip.prefix(10))"), "\(why)")
        #expect(why.contains("steward sync --accept-rules \(tip.prefix(10))"), "\(why)")
        let detail = try #require(try json(try await h.steward(0, ["task", id, "--json"]).stdout) as? [String: Any])
        let givenBack = detail["givenBack"] as? [String: Any]
        #expect(givenBack?["worker"] as? String == giver, "\(detail)")
        #expect((givenBack?["reason"] as? String)?.contains("steward sync --accept-rules \(tip.prefix(10))") == true, "\(detail)")
        #expect(givenBack?["date"] != nil, "\(detail)")
        let listed = try #require(try json(try await h.steward(0, ["tasks", "--json"]).stdout) as? [[String: Any]])
        #expect(listed.first { $0["id"] as? String == id }?["status"] as? String == "queued", "\(listed)")
        // The API says it too: GET tasks/{id} carries the same givenBack (a serve on A, no worker there).
        let serve = try #require(await ClusterServe.startTogether(h, [0], arguments: ["--workers", "0"]).first)
        let port = try #require(serve.port, "\(serve.log)")
        let token = try await h.steward(0, ["token"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let fromAPI = try await curl(port, token, "GET", "/api/v1/tasks/\(id)")
        serve.stop()
        let apiDetail = try #require(try json(fromAPI.body) as? [String: Any], "\(fromAPI.body)")
        #expect((apiDetail["task"] as? [String: Any])?["status"] as? String == "queued", "\(fromAPI.body)")
        let apiGivenBack = apiDetail["givenBack"] as? [String: Any]
        #expect(apiGivenBack?["worker"] as? String == giver, "\(fromAPI.body)")
        #expect(apiGivenBack?["reason"] as? String == givenBack?["reason"] as? String, "\(fromAPI.body)")
        #expect(apiGivenBack?["date"] != nil, "\(fromAPI.body)")

        // Accepted on B: it runs there, and A's waiting command showed why it waited.
        #expect(try await h.steward(1, ["sync", "--accept-rules", tip]).status == 0)
        let waited = try await waiting.wait()
        #expect(waited.status == 0 && waited.stdout.contains("Task \(id) done"), "\(waited.stdout)\(waited.stderr)\(b.log)")
        let line = waited.stderr.split(separator: "\n").first { $0.contains("given-back: ") }.map(String.init) ?? waited.stderr
        #expect(line.contains("given-back: \(giver) queued on main \(tip.prefix(10)), which the machine of \(giver) does not have"), "\(line)")
        #expect(line.contains("steward sync --accept-rules \(tip.prefix(10))"), "\(line)")
        // Claimed from the queue both times: no hand-over, since nothing ran the first time.
        #expect(try h.psql("SELECT fence, previous_worker IS NULL FROM task_claim WHERE task = '\(id)' ORDER BY fence") == "1|t\n2|t")
        b.signal(SIGTERM)
        #expect(await b.waitExit() == 0, "\(b.log)")
    }
}
