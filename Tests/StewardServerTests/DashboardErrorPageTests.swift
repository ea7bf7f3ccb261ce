import Foundation
import GRDB
import StewardCore
import StewardSandbox
import StewardTestSupport
import Testing

@testable import StewardServer

/// A browser user is never left with a JSON body or an internal error's text: an ended session
/// leads to the login page and back (to this site only), a refused form is a page saying why.
@Suite("the dashboard's errors")
struct DashboardErrorPageTests {
    static let form = "application/x-www-form-urlencoded"

    func expectPage(_ r: LiveServer.Reply, _ status: Int, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == status, "\(r.status) \(r.body.prefix(300))", sourceLocation: sourceLocation)
        #expect(r.headers["Content-Type"].first == "text/html; charset=utf-8", "\(r.headers)", sourceLocation: sourceLocation)
        #expect(r.body.hasPrefix("<!doctype html>") && r.body.contains(text), "\(r.body)", sourceLocation: sourceLocation)
        #expect(!r.body.contains(#"{"error""#) && !r.body.contains(#""status":"#), sourceLocation: sourceLocation)
    }

    @Test func anEndedSessionLogsInAndComesBack() async throws {
        let s = try await LiveServer.start()
        defer { Task { await s.stop() } }
        let n = try await s.propose("memory/a.md", "a\n")
        let away = try await s.send(.GET, "/proposals/\(n)?view=split")
        #expect(away.status == 303 && away.headers["Location"].first == "/login?next=%2Fproposals%2F\(n)%3Fview%3Dsplit")
        // The default page needs no way back.
        #expect(try await s.send(.GET, "/proposals").headers["Location"].first == "/login")
        let login = try await s.send(.GET, "/login?next=%2Fproposals%2F\(n)%3Fview%3Dsplit")
        #expect(login.body.contains(#"<input type="hidden" name="next" value="/proposals/\#(n)?view=split">"#), "\(login.body)")
        let back = try await s.send(.POST, "/login", body: "token=\(s.owner)&next=%2Fproposals%2F\(n)%3Fview%3Dsplit", contentType: Self.form)
        #expect(back.status == 303 && back.headers["Location"].first == "/proposals/\(n)?view=split")
        // A wrong token keeps the way back for the next try.
        let wrong = try await s.send(.POST, "/login", body: "token=nope&next=%2Ftasks", contentType: Self.form)
        #expect(wrong.status == 401 && wrong.body.contains(#"name="next" value="/tasks""#))
    }

    @Test func aLoginNeverSendsToAnotherSite() async throws {
        let s = try await LiveServer.start()
        defer { Task { await s.stop() } }
        for next in [
            "//evil.test", "https://evil.test", "/\\evil.test", "\\\\evil.test", "/\t/evil.test", "/\n/evil.test", "evil.test", "/%09/x\u{7F}",
            "/login", "/login?next=//evil.test", "/ok\u{202E}",
        ] {
            let encoded = next.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let r = try await s.send(.POST, "/login", body: "token=\(s.owner)&next=\(encoded)", contentType: Self.form)
            #expect(r.status == 303 && r.headers["Location"].first == "/proposals", "\(next.debugDescription) → \(r.headers["Location"])")
            let page = try await s.send(.GET, "/login?next=\(encoded)")
            #expect(!page.body.contains(#"name="next""#), "\(next.debugDescription) kept on the login page")
        }
        #expect(Dashboard.returnPath("/proposals/3#file-2") == "/proposals/3#file-2")
        #expect(Dashboard.returnPath("/%2F%2Fevil.test") == "/%2F%2Fevil.test", "percent-encoded slashes are a path on this site")
    }

    @Test func refusedFormsAndMissingPagesAreHTMLPages() async throws {
        let s = try await LiveServer.start()
        defer { Task { await s.stop() } }
        let n = try await s.propose("memory/a.md", "a\n")
        let (cookie, csrf) = try await s.logIn(page: n)
        expectPage(
            try await s.send(.POST, "/proposals/\(n)/reject", body: "reason=x", contentType: Self.form, cookie: cookie), 403,
            "CSRF token is missing or wrong")
        expectPage(
            try await s.send(.POST, "/proposals/\(n)/reject", body: "csrf=\(csrf)&reason=%ZZ", contentType: Self.form, cookie: cookie), 400,
            "bad percent-encoding")
        let missing = try await s.send(.GET, "/proposals/999", cookie: cookie)
        expectPage(missing, 404, "there is no proposal #999")
        #expect(missing.body.contains(#"<span class="count" id="pending-count">1 pending</span>"#), "a signed-in error page keeps the header")
        expectPage(try await s.send(.GET, "/no-such-page", cookie: cookie), 404, "There is no page at /no-such-page.")
        let long = String(repeating: "x", count: 10_001)
        expectPage(
            try await s.send(.POST, "/tasks", body: "csrf=\(csrf)&task=\(long)", contentType: Self.form, cookie: cookie), 400,
            "the task is 10,001 characters")
        // A form after the session ended: the way to log in again and come back to the page.
        let ended = try await s.post(
            "/proposals/\(n)/approve", form: "csrf=\(csrf)", cookie: "steward_session=gone",
            headers: [("Referer", "http://127.0.0.1:\(s.port)/proposals/\(n)")])
        expectPage(ended, 401, "session has ended")
        #expect(
            ended.body.contains(#"<a class="button primary" id="login-again" href="/login?next=%2Fproposals%2F\#(n)">Log in again</a>"#),
            "\(ended.body)")
        // Another site's page is never the way back.
        let foreign = try await s.post(
            "/proposals/\(n)/approve", form: "csrf=\(csrf)", cookie: "steward_session=gone", headers: [("Referer", "http://evil.test/proposals/1")])
        expectPage(foreign, 401, #"href="/login">Log in again"#)
        #expect(try await s.state.workspace.proposal(n).status == .pending)
        // The server's own failure: a page naming only the reference its log has.
        let db = try DatabaseQueue(path: s.state.store.path)
        try await db.write { try $0.execute(sql: "DROP TABLE schedule") }
        try db.close()
        let failed = try await s.send(.GET, "/schedules", cookie: cookie)
        expectPage(failed, 500, "internal error; the server&#39;s log has the details under reference R-")
        #expect(
            failed.body.contains("<h1>Something went wrong on the server</h1>") && !failed.body.lowercased().contains("sqlite")
                && !failed.body.contains("no such table"))
        // The API keeps its JSON.
        let api = try await s.send(.GET, "/api/v1/proposals/999", token: s.owner)
        #expect(api.status == 404 && !(api.headers["Content-Type"].first ?? "").contains("html"))
    }
}
