import Foundation
import StewardTestSupport
import Testing

/// A task whose proposal was made while the remote did not answer (spec 22.4, "Offline"), as
/// the notifier (spec 9.2) and `serve` show it: `oJ` (proposal 0, `offline` "oJ"), never
/// "proposal #0"; its number once `steward sync` gave it one. A scripted model server, a
/// webhook server, a real `git daemon` remote made unreachable, a real `serve` read with curl.
@Suite("Tasks whose proposal is still offline, in notifications and serve")
struct OfflineTaskListingTests {
    @Test("the notification names o1 and links /proposals/o1; GET /api/v1/tasks, /tasks/ID and the dashboard say o1, then #1 after sync")
    func notifiedAndListedAsOffline() async throws {
        let model = try await TestHTTPServer.start(
            Script([
                .call("write_file", #"{"path":"memory/plan.md","content":"step one\n"}"#),
                .call("finish", #"{"summary":"wrote the plan"}"#),
            ]).respond)
        defer { Task { await model.stop() } }
        let hook = try await TestHTTPServer.start { _ in .full(status: 200, body: "{}") }
        defer { Task { await hook.stop() } }
        let (a, remote) = try await OfflineAgentRunTests.offlineMachine(model: model.url)
        let machine = a.ws + "/.steward/config.toml"
        let before = (try? String(contentsOfFile: machine, encoding: .utf8)) ?? ""
        try (before + "\n[notify]\nwebhook = \"\(hook.url)/hook\"\nlink_base = \"http://laptop.local:8080\"\n")
            .write(toFile: machine, atomically: true, encoding: .utf8)

        let r = try await a.steward("run", "--agent", "fileops", "Write a plan to memory/plan.md")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Proposal o1"), "\(r.stdout)")
        // The notification: waiting, o1 (proposal 0: no number yet), linked to o1's page.
        try #require(hook.requests.count == 1, "\(hook.requests.map(\.text))")
        let body = try #require(hook.requests.first?.json)
        #expect(body["event"] as? String == "waiting" && body["offline"] as? String == "o1" && body["proposal"] as? Int == 0, "\(body)")
        #expect(body["link"] as? String == "http://laptop.local:8080/proposals/o1", "\(body)")
        #expect(body["title"] as? String == "Write a plan to memory/plan.md", "\(body)")
        #expect(!r.stderr.contains("#0") && !r.stdout.contains("#0"), "\(r.stdout)\(r.stderr)")
        let id = try #require((try SyncCLITests.shaped(try await a.ok("tasks", "--json")) as [[String: Any]]).first?["id"] as? String)

        let server = try Served(a)
        defer { server.stop() }
        let browser = try await DashboardCatchUpTests.Browser(a, port: try #require(server.port))
        // The API's list and the task's own endpoint: as `tasks --json` and `task --json` say.
        let listed: [[String: Any]] = try await SyncCLITests.shaped(try browser.api("tasks").body)
        #expect(listed.first?["id"] as? String == id && listed.first?["proposal"] as? Int == 0, "\(listed)")
        #expect(listed.first?["offline"] as? String == "o1", "\(listed)")
        let one = try await SyncCLITests.object(try browser.api("tasks/\(id)").body)
        #expect((one["task"] as? [String: Any])?["offline"] as? String == "o1", "\(one)")
        // The dashboard's list and the task's page: o1, linked to o1's page; never #0.
        let page = try await browser.get("/tasks")
        #expect(page.status == "200" && page.body.contains("<td>o1</td>") && !page.body.contains("#0"), "\(page.body)")
        let taskPage = try await browser.get("/tasks/\(id)")
        #expect(taskPage.body.contains("<a href=\"/proposals/o1\">proposal o1</a>") && !taskPage.body.contains("#0"), "\(taskPage.body)")

        // origin answers again: sync numbers o1; every listing now says #1, and o1's page leads there.
        _ = try await a.git("remote", "set-url", "origin", remote.url)
        #expect(try await a.ok("sync").contains("o1 is now #1"))
        let after: [[String: Any]] = try await SyncCLITests.shaped(try browser.api("tasks").body)
        #expect(after.first?["proposal"] as? Int == 1 && after.first?["offline"] == nil, "\(after)")
        let oneAfter = try await SyncCLITests.object(try browser.api("tasks/\(id)").body)
        #expect((oneAfter["task"] as? [String: Any])?["proposal"] as? Int == 1, "\(oneAfter)")
        #expect(try await browser.get("/tasks").body.contains("<td>#1</td>"))
        #expect(try await browser.get("/tasks/\(id)").body.contains("<a href=\"/proposals/1\">proposal #1</a>"))
        let moved = try await browser.get("/proposals/o1")
        #expect(moved.status == "303", "\(moved)")
        #expect(moved.headers.lowercased().contains("location: /proposals/1"), "\(moved.headers)")
    }
}
