import Foundation
import StewardCore
import StewardSandbox
import StewardTestSupport
import Testing

@testable import StewardServer

/// Comments on the proposal page (spec 3.6, 21.4): each shown where it belongs and escaped,
/// the one form under the line or file picked, kept in git, refused on a stale page, resolved
/// with a button, and never without the session's CSRF token.
@Suite("comments on the proposal page")
struct DashboardCommentTests {
    static let form = "application/x-www-form-urlencoded"

    func propose(_ s: LiveServer) async throws -> (Int, String) {
        let ws = s.state.workspace
        let p = try await ws.propose(
            title: "Two notes", agent: "t",
            operations: [
                .write(path: "memory/a.md", content: Data("one\ntwo\nthree\n".utf8), executable: false),
                .write(path: "memory/b.md", content: Data("bee\n".utf8), executable: false),
            ], policy: try PathPolicy.outsideTools())
        return (p.number, try #require(try await ws.proposal(p.number).head))
    }

    /// What git itself prints (not Steward's reading of it).
    func git(_ root: String, _ args: String...) throws -> String { try gitCLI(args, in: root) }

    func index(_ body: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String.Index {
        try #require(body.range(of: text), "\(text) is on the page", sourceLocation: sourceLocation).lowerBound
    }

    @Test func eachCommentIsShownWhereItBelongsAndEscaped() async throws {
        let s = try await LiveServer.start()
        defer { Task { await s.stop() } }
        let ws = s.state.workspace
        let (n, _) = try await propose(s)
        try await ws.comment(on: n, text: "whole \u{202E}thing", by: "alice")
        try await ws.comment(on: n, path: "memory/a.md", text: "file note \u{1B}[31mred", by: "alice")
        try await ws.comment(on: n, path: "memory/a.md", line: 2, text: "line note\nsecond line", by: "bob")
        let (cookie, _) = try await s.logIn(page: n)
        for split in [false, true] {
            let body = try await s.send(.GET, "/proposals/\(n)" + (split ? "?view=split" : ""), cookie: cookie).body
            #expect(body.contains(##"<a href="#comments" id="open-comments">3 open</a>"##), "the open count in the summary")
            // The proposal's under the summary, before the decision.
            #expect(try index(body, "whole ") < index(body, #"id="decide-h""#))
            // The file's at the top of its section, before its first line.
            #expect(
                try index(body, #"id="file-1-h""#) < index(body, "file note")
                    && index(body, "file note") < index(body, "comment on new line </span>1</a>"))
            // The line's right after line 2, before line 3.
            #expect(
                try index(body, "comment on new line </span>2</a>") < index(body, "line note")
                    && index(body, "line note") < index(body, "comment on new line </span>3</a>"),
                "split: \(split)")
            #expect(
                body.contains(#"<span class="fl">line note</span><span class="fl">second line</span>"#), "each line of a comment on a line of its own"
            )
            // Escaped visibly, as every value on the page.
            #expect(body.contains(#"whole \u{202E}thing"#) && !body.contains("\u{202E}"))
            #expect(body.contains(#"file note \x1b[31mred"#) && !body.contains("\u{1B}"))
            #expect(body.contains(#"<button id="resolve-3">Resolve"#), "a resolve button per open comment")
        }

        // Once memory/a.md is approved on its own, its comments are about an earlier version.
        _ = try await ws.approve(n, files: .only(["memory/a.md"]), by: "tester")
        let later = try await s.send(.GET, "/proposals/\(n)", cookie: cookie).body
        #expect(later.contains("Line 2 (new) of memory/a.md on an earlier version (commit "), "\(later)")
        #expect(later.contains(#"<code class="fl">two</code>"#), "the line as it read")
        #expect(try index(later, "line note") < index(later, #"id="decide-h""#), "shown with the proposal's, no longer on a line")
    }

    @Test func aLineCommentThroughTheFormLandsInGit() async throws {
        let s = try await LiveServer.start()
        defer { Task { await s.stop() } }
        let ws = s.state.workspace
        let (n, head) = try await propose(s)
        let (cookie, csrf) = try await s.logIn(page: n)
        // The line's number is a link that shows the one form under that line.
        let plain = try await s.send(.GET, "/proposals/\(n)", cookie: cookie).body
        #expect(plain.contains(#"<a href="?comment=memory/a.md:new:2#comment-form">"#))
        #expect(!plain.contains(#"id="comment-form""#), "no form until a line is picked")
        let page = try await s.send(.GET, "/proposals/\(n)?comment=memory/a.md:new:2", cookie: cookie).body
        #expect(
            try index(page, "comment on new line </span>2</a>") < index(page, #"id="comment-form""#)
                && index(page, #"id="comment-form""#) < index(page, "comment on new line </span>3</a>"))
        #expect(
            page.contains(#"<input type="hidden" name="line" value="2">"#)
                && page.contains(#"<label for="comment-text">Comment on line 2 (new) of memory/a.md</label>"#))
        #expect(page.components(separatedBy: #"id="comment-form""#).count == 2, "one form")

        let r = try await s.send(
            .POST, "/proposals/\(n)/comments",
            body: "csrf=\(csrf)&head=\(head)&path=memory%2Fa.md&side=new&line=2&text=Say+%E2%80%9Ctwo%E2%80%9D+in+full", contentType: Self.form,
            cookie: cookie)
        #expect(r.status == 303 && r.headers["Location"].first == "/proposals/\(n)#comment-1")
        let c = try #require(try await ws.comments(on: n).first)
        #expect(
            c.text == "Say “two” in full" && c.path == "memory/a.md" && c.line == 2 && c.side == .new && c.commit == head
                && c.author.hasPrefix("api:"))
        #expect(try git(ws.root, "rev-list", "--count", "refs/steward/comments/\(n)") == "1\n", "one commit on refs/steward/comments/\(n)")
        #expect(try git(ws.root, "log", "-1", "--format=%s", "refs/steward/comments/\(n)") == "comment 1: commented #\(n)\n")
        let after = try await s.send(.GET, "/proposals/\(n)", cookie: cookie).body
        #expect(after.contains("Comment 1 added on memory/a.md:2 (new).") && after.contains(#"id="open-comments">1 open</a>"#))
    }

    @Test func aCommentFromAStalePageIsRefusedWithAPageAndNothingWritten() async throws {
        let s = try await LiveServer.start()
        defer { Task { await s.stop() } }
        let ws = s.state.workspace
        let (n, _) = try await propose(s)
        let (cookie, csrf) = try await s.logIn(page: n)
        let old = String(repeating: "ab", count: 20)
        let r = try await s.send(
            .POST, "/proposals/\(n)/comments", body: "csrf=\(csrf)&head=\(old)&path=memory%2Fa.md&side=new&line=2&text=moved",
            contentType: Self.form, cookie: cookie)
        #expect(r.status == 409)
        #expect(r.headers["Content-Type"].first?.hasPrefix("text/html") == true)
        #expect(r.body.contains("Not saved: #\(n) changed since this page was shown") && r.body.contains("Nothing was written"), "\(r.body)")
        #expect(r.body.contains(#"<a class="button primary" id="reload" href="/proposals/\#(n)">Reload the proposal</a>"#))
        #expect(r.body.contains(#"id="pending-count""#), "the signed-in header")
        #expect(try await ws.comments(on: n).isEmpty)
        #expect(try await ws.openCommentCounts().isEmpty)
    }

    @Test func resolveWorksAndEveryFormNeedsTheCSRFToken() async throws {
        let s = try await LiveServer.start()
        defer { Task { await s.stop() } }
        let ws = s.state.workspace
        let (n, head) = try await propose(s)
        try await ws.comment(on: n, path: "memory/b.md", text: "why b?", by: "alice")
        let (cookie, csrf) = try await s.logIn(page: n)
        for body in ["head=\(head)&text=no+token", "csrf=\(String(repeating: "0", count: csrf.count))&head=\(head)&text=wrong+token"] {
            #expect(try await s.send(.POST, "/proposals/\(n)/comments", body: body, contentType: Self.form, cookie: cookie).status == 403)
        }
        #expect(
            try await s.send(.POST, "/proposals/\(n)/comments/1/resolve", body: "view=split", contentType: Self.form, cookie: cookie).status == 403)
        #expect(try await ws.comments(on: n).map(\.state) == [.open], "nothing written or resolved without the token")

        let r = try await s.send(.POST, "/proposals/\(n)/comments/1/resolve", body: "csrf=\(csrf)&view=split", contentType: Self.form, cookie: cookie)
        #expect(r.status == 303 && r.headers["Location"].first == "/proposals/\(n)?view=split#comment-1")
        let c = try #require(try await ws.comments(on: n).first)
        #expect(c.state == .resolved && c.resolvedBy?.hasPrefix("api:") == true)
        let page = try await s.send(.GET, "/proposals/\(n)", cookie: cookie).body
        #expect(
            page.contains(#"<span class="state">resolved</span> by api:"#) && !page.contains(#"id="resolve-1""#)
                && page.contains(#"id="open-comments">0 open of 1</a>"#))
        // Resolving it again is refused on a page, not as JSON.
        let again = try await s.send(.POST, "/proposals/\(n)/comments/1/resolve", body: "csrf=\(csrf)", contentType: Self.form, cookie: cookie)
        #expect(again.status == 409 && again.body.contains("already resolved") && again.body.contains("<!doctype html>"))
    }
}
