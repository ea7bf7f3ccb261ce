import Foundation
import StewardCore
import StewardSandbox
import StewardStore
import StewardTestSupport
import Testing

@testable import StewardServer

/// What the reviewer sees on the dashboard is what is there: no text hidden or reordered by
/// invisible or control characters, no line styled as something it is not.
@Suite("what the dashboard shows")
struct DisplayTests {
    /// U+202E and U+2066 reorder text, U+200B is invisible, ESC and BS drive terminals,
    /// U+009B is the one-byte CSI.
    static let hostile = ["\u{202E}", "\u{2066}", "\u{200B}", "\u{1B}", "\u{08}", "\u{9B}"]
    static let title = "Add note \u{202E}dm.txt\u{202C} \u{2066}x\u{2069}\u{200B} \u{1B}[31m\u{08}\u{9B}"

    func login(_ s: LiveServer) async throws -> String {
        let login = try await s.send(.POST, "/login", body: "token=\(s.owner)", contentType: "application/x-www-form-urlencoded")
        #expect(login.status == 303)
        return String(try #require(login.headers["Set-Cookie"].first).prefix { $0 != ";" })
    }

    func expectEscaped(_ body: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for c in Self.hostile {
            #expect(
                !body.contains(c), "\(what) shows U+\(String(c.unicodeScalars.first!.value, radix: 16, uppercase: true)) raw",
                sourceLocation: sourceLocation)
        }
    }

    @Test func titlesAgentsStepsAndPromptsAreEscapedOnEveryPage() async throws {
        let s = try await LiveServer.start()
        defer { Task { await s.stop() } }
        let ws = s.state.workspace
        let n = try await ws.propose(
            title: Self.title, agent: "agent", operations: [.write(path: "memory/t.md", content: Data("t\n".utf8), executable: false)],
            policy: try PathPolicy.outsideTools()
        ).number
        let id = TaskRecord.newID()
        try await s.state.store.saveTask(
            TaskRecord(
                id: id, prompt: "do \u{202E}this", agent: "code\u{200B}", agentReason: "r\u{1B}", status: .done, proposal: n,
                models: ["m\u{2066}"], started: Date()))
        try await s.state.store.addStep(
            TaskStepRecord(task: id, index: 1, date: Date(), kind: .tool, name: "read\u{202E}_file", input: "{}", output: "out\u{9B}"))
        let cookie = try await login(s)

        let list = try await s.send(.GET, "/proposals", cookie: cookie)
        #expect(list.status == 200)
        expectEscaped(list.body, "/proposals")
        #expect(list.body.contains(#"Add note \u{202E}dm.txt\u{202C} \u{2066}x\u{2069}\u{200B} \x1b[31m\x08\x9b"#), "\(list.body)")

        let detail = try await s.send(.GET, "/proposals/\(n)", cookie: cookie)
        #expect(detail.status == 200)
        expectEscaped(detail.body, "/proposals/\(n)")
        #expect(detail.body.contains(#"#\#(n) Add note \u{202E}dm.txt"#))

        for page in ["/tasks", "/tasks/\(id)", "/audit"] {
            let r = try await s.send(.GET, page, cookie: cookie)
            #expect(r.status == 200, "\(page)")
            expectEscaped(r.body, page)
        }
        #expect(try await s.send(.GET, "/tasks", cookie: cookie).body.contains(#"code\u{200B}"#))
        #expect(try await s.send(.GET, "/tasks/\(id)", cookie: cookie).body.contains(#"read\u{202E}_file"#))

        // The API's JSON holds the same data, written with \u escapes: honest bytes in a
        // browser, the exact title for a program.
        let api = try await s.send(.GET, "/api/v1/proposals", token: s.owner)
        expectEscaped(api.body, "/api/v1/proposals")
        #expect(api.body.contains(#"\u202E"#))
        let first = try #require((api.json as? [[String: Any]])?.first)
        #expect(first["title"] as? String == Self.title)
        let one = try await s.send(.GET, "/api/v1/proposals/\(n)", token: s.owner)
        expectEscaped(one.body, "/api/v1/proposals/\(n)")
        #expect((one.json as? [String: Any])?["title"] as? String == Self.title)
        let missing = try await s.send(
            .GET, "/api/v1/tasks/x\u{202E}y".addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!, token: s.owner)
        expectEscaped(missing.body, "an error answer")
    }

    @Test func diffLinesAreStyledByStructureNotText() async throws {
        let s = try await LiveServer.start()
        defer { Task { await s.stop() } }
        let ws = s.state.workspace
        let policy = try PathPolicy.outsideTools()
        let first = try await ws.propose(
            title: "base", agent: "t", operations: [.write(path: "memory/h.md", content: Data("-- a/hooks/x\nkeep\n".utf8), executable: false)],
            policy: policy)
        _ = try await ws.approve(first.number, by: "tester")
        let n = try await ws.propose(
            title: "fake header", agent: "t",
            operations: [.write(path: "memory/h.md", content: Data("++ b/hooks/pre-merge\nkeep\n@@ -9 +9 @@\n".utf8), executable: false)],
            policy: policy
        ).number
        let cookie = try await login(s)
        let page = try await s.send(.GET, "/proposals/\(n)", cookie: cookie)
        #expect(page.status == 200)
        #expect(page.body.contains(#"<span class="add">+++ b/hooks/pre-merge</span>"#), "\(page.body)")
        #expect(page.body.contains(#"<span class="del">--- a/hooks/x</span>"#))
        #expect(page.body.contains(#"<span class="add">+@@ -9 +9 @@</span>"#))
        #expect(!page.body.contains(#"<span class="file">+++ b/hooks/pre-merge"#) && !page.body.contains(#"<span class="file">--- a/hooks/x"#))
        // The real headers, and only they, are file lines.
        #expect(
            page.body.contains(#"<span class="file">+++ b/memory/h.md</span>"#) && page.body.contains(#"<span class="file">--- a/memory/h.md</span>"#)
        )
        #expect(page.body.components(separatedBy: #"class="file""#).count - 1 == 4)
        // The API gives the same structure next to the patch (a field added, none changed).
        let diff = try #require(try await s.send(.GET, "/api/v1/proposals/\(n)/diff", token: s.owner).json as? [String: Any])
        #expect(diff["patch"] is String)
        let lines = try #require(diff["lines"] as? [[String: Any]])
        #expect(lines.contains { $0["text"] as? String == "+++ b/hooks/pre-merge" && $0["kind"] as? String == "addition" })
        #expect(lines.filter { $0["kind"] as? String == "file" }.count == 4)
    }

    @Test func liveEventsAreShownThroughAnEscapedDisplayLine() throws {
        let e = TaskRunner.Event(kind: "result", data: ["name": "read_file", "ok": "true", "text": "a\u{202E}b\u{1B}[2J"])
        #expect(e.display == #"result: read_file a\u{202E}b\x1b[2J"#)
        let sse = e.sse
        expectEscaped(sse, "an SSE event")
        let json = try #require(sse.split(separator: "\n").first { $0.hasPrefix("data: ") }).dropFirst("data: ".count)
        let data = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String])
        #expect(data["text"] == "a\u{202E}b\u{1B}[2J", "the event's data stays what it was")
        #expect(data["display"] == e.display)
        // The page's script shows that line, never the raw fields.
        #expect(Templates.js.contains("li.textContent=d.display") && !Templates.js.contains("d.text"))
    }

    @Test func everyStringHandedToATemplateIsEscaped() {
        let v = Display.prepare(["t": "a\u{202E}b", "rows": [["x": "\u{1B}", "n": 3, "ok": true]], "list": ["\u{200B}"], "n": 7]) as! [String: Any]
        #expect(v["t"] as? String == #"a\u{202E}b"#)
        let row = (v["rows"] as? [Any])?.first as? [String: Any]
        #expect(row?["x"] as? String == #"\x1b"# && row?["n"] as? Int == 3 && row?["ok"] as? Bool == true)
        #expect((v["list"] as? [Any])?.first as? String == #"\u{200B}"#)
        #expect(v["n"] as? Int == 7)
    }
}
