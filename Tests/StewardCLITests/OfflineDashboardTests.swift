import Foundation
import StewardTestSupport
import Testing

/// `steward serve` with the remote not answering (spec 22.4, 22.6): the dashboard and the API
/// list the proposals made offline after the numbered ones, marked "(offline — numbered at the
/// next sync)", show their diff, and refuse decisions on them with the CLI's sentence; a
/// comment kept here on a numbered proposal is shown as not synced yet. A real `serve`, a real
/// `git daemon` remote made unreachable, read with curl.
@Suite("The dashboard and the API list offline proposals")
struct OfflineDashboardTests {
    @Test("o1 on /proposals and in GET /api/v1/proposals (number 0, offline o1); its page and diff shown; approve refused, 409, nothing changed")
    func offlineProposalsAreListedAndRefused() async throws {
        let remote = try GitDaemon.shared().makeRepository()
        let a = try await SyncCLITests.machineA(remote: remote.url)
        #expect(try await a.propose("First", writeOp("memory/a.md", "one\ntwo\n")) == 1)
        try await a.ok("sync")
        _ = try await a.git("remote", "set-url", "origin", "git://127.0.0.1:\(try freeLoopbackPort())/nothing.git")
        let made = try SyncCLITests.object(
            try await a.ok("propose", "--title", "Offline note", "--agent", "test", "--json", stdin: writeOp("memory/o.md", "written offline\n")))
        #expect(made["offline"] as? String == "o1")
        try await a.ok("comment", "o1", "memory/o.md:1", "why offline?")
        try await a.ok("comment", "1", "memory/a.md:2", "kept here for now")
        let server = try Served(a)
        defer { server.stop() }
        let browser = try await DashboardCatchUpTests.Browser(a, port: try #require(server.port))

        // The list: #1, then o1 marked offline, linked to its page.
        let list = try await browser.get("/proposals")
        #expect(list.status == "200", "\(list.body)")
        #expect(list.body.contains("href=\"/proposals/1\"") && list.body.contains("href=\"/proposals/o1\""), "\(list.body)")
        #expect(list.body.contains("Offline note</a> <span class=\"hint offline\">(offline — numbered at the next sync)</span>"), "\(list.body)")
        #expect(list.body.components(separatedBy: "numbered at the next sync").count == 2, "only o1 is marked: \(list.body)")
        // Its page: the diff and its comment, no decision or comment form.
        let page = try await browser.get("/proposals/o1")
        #expect(page.status == "200", "\(page.body)")
        #expect(page.body.contains("<h1 class=\"wrap\">o1 Offline note</h1>") && page.body.contains("id=\"offline\""), "\(page.body)")
        #expect(page.body.contains("written offline") && page.body.contains("why offline?"), "\(page.body)")
        #expect(!page.body.contains("approve-form") && !page.body.contains("comment-form") && !page.body.contains("/resolve"), "\(page.body)")
        // #1's page shows the comment kept here as not synced yet, without a resolve form.
        let one = try await browser.get("/proposals/1")
        #expect(one.status == "200" && one.body.contains("kept here for now") && one.body.contains("comment not synced yet"), "\(one.body)")
        #expect(!one.body.contains("/proposals/1/comments/0/resolve"), "\(one.body)")

        // A decision on o1 from the dashboard is refused with the CLI's sentence; nothing changed.
        let refsBefore = try SyncCLITests.allRefs(a.ws)
        let csrf = try #require(list.body.range(of: "name=\"csrf\" value=\"").map { String(list.body[$0.upperBound...].prefix { $0 != "\"" }) })
        let approve = try await browser.get(
            "/proposals/o1/approve", ["-b", browser.jar, "-H", "Origin: http://127.0.0.1:\(browser.port)", "--data-urlencode", "csrf=\(csrf)"])
        #expect(approve.status == "409", "\(approve)")
        #expect(
            approve.body.contains("o1 has no number yet; run &#39;steward sync&#39;"), "\(approve.body)")

        // The API: the same list, the same shape as review --json; o1 read and its diff; approve 409.
        let listed = try await browser.api("proposals")
        let entries = try #require(try json(listed.body) as? [[String: Any]], "\(listed.body)")
        #expect(entries.map { $0["number"] as? Int } == [1, 0] && entries.map { $0["offline"] as? String } == [nil, "o1"], "\(listed.body)")
        let review: [[String: Any]] = try SyncCLITests.shaped(try await a.ok("review", "--json"))
        try #require(entries.count == 2 && review.count == 2, "API \(listed.body), review \(review)")
        #expect(Set(entries[1].keys) == Set(review[1].keys), "API \(entries[1].keys.sorted()), review \(review[1].keys.sorted())")
        let one1 = try await SyncCLITests.object(try browser.api("proposals/o1").body)
        #expect(one1["number"] as? Int == 0 && one1["offline"] as? String == "o1" && one1["title"] as? String == "Offline note")
        let diff = try await SyncCLITests.object(try browser.api("proposals/o1/diff").body)
        #expect((diff["patch"] as? String)?.contains("+written offline") == true, "\(diff)")
        let comments: [[String: Any]] = try await SyncCLITests.shaped(try browser.api("proposals/o1/comments").body)
        #expect(comments.map { $0["text"] as? String } == ["why offline?"])
        let refused = try await browser.get("/api/v1/proposals/o1/approve", ["-X", "POST", "-H", "Authorization: Bearer \(browser.token)"])
        #expect(refused.status == "409", "\(refused)")
        #expect(refused.body.contains("o1 has no number yet; run 'steward sync'"), "\(refused.body)")
        // A comment on #1 through the API is kept here too: 201, id 0, unsynced.
        let posted = try await browser.get(
            "/api/v1/proposals/1/comments",
            ["-H", "Authorization: Bearer \(browser.token)", "-H", "Content-Type: application/json", "--data", #"{"text": "through the API"}"#])
        #expect(posted.status == "201", "\(posted)")
        let kept = try SyncCLITests.object(posted.body)
        #expect(kept["id"] as? Int == 0 && kept["unsynced"] as? Bool == true && kept["text"] as? String == "through the API", "\(posted.body)")
        let shared = { (refs: String) in refs.split(separator: "\n").filter { !$0.hasPrefix("refs/steward/unsynced-comments/") } }
        #expect(shared(try SyncCLITests.allRefs(a.ws)) == shared(refsBefore))
        #expect(try await a.git("rev-list", "--count", "refs/steward/unsynced-comments/1") == "2\n")
        // The API's document says so: Proposal has `offline`, Comment has `unsynced`.
        let doc = try await SyncCLITests.object(try browser.api("openapi.json").body)
        let schemas = (doc["components"] as? [String: Any])?["schemas"] as? [String: Any]
        let proposal = (schemas?["Proposal"] as? [String: Any])?["properties"] as? [String: Any]
        let comment = (schemas?["Comment"] as? [String: Any])?["properties"] as? [String: Any]
        #expect(proposal?["offline"] != nil && comment?["unsynced"] != nil)
    }
}
