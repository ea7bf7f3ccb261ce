import Foundation
import StewardCore
import StewardTestSupport
import Testing

/// What the terminal shows is what is there: every name, path and message escaped, and a
/// diff styled by its structure, never by how a line's text begins.
@Suite("what the CLI shows")
struct DisplayCLITests {
    static let hostile = ["\u{202E}", "\u{2066}", "\u{200B}", "\u{1B}", "\u{08}", "\u{9B}"]

    @Test func anAddedLineThatLooksLikeAFileHeaderIsColouredAsAnAddition() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["memory/h.md": "-- a/hooks/x\nkeep\n"])
        let n = try await s.propose("fake header", #"[{"op":"write","path":"memory/h.md","content":"++ b/hooks/pre-merge\nkeep\n@@ -9 +9 @@\n"}]"#)
        let r = try await s.steward(["diff", "\(n)"], env: ["CLICOLOR_FORCE": "1"])
        #expect(r.status == 0, "\(r.stderr)")
        let bold = "\u{1B}[1m"
        let green = "\u{1B}[32m"
        let red = "\u{1B}[31m"
        let cyan = "\u{1B}[36m"
        let reset = "\u{1B}[0m"
        #expect(r.stdout.contains(green + "+++ b/hooks/pre-merge" + reset), "\(r.stdout)")
        #expect(!r.stdout.contains(bold + "+++ b/hooks/pre-merge"), "an added line is not a bold file header")
        #expect(r.stdout.contains(red + "--- a/hooks/x" + reset) && !r.stdout.contains(bold + "--- a/hooks/x"))
        #expect(r.stdout.contains(green + "+@@ -9 +9 @@" + reset) && !r.stdout.contains(cyan + "+@@"))
        // The real headers are bold, the real hunk cyan.
        #expect(r.stdout.contains(bold + "+++ b/memory/h.md" + reset) && r.stdout.contains(bold + "--- a/memory/h.md" + reset))
        #expect(r.stdout.contains(cyan + "@@ -1,2 +1,3 @@" + reset))
        // NO_COLOR, or no terminal: no colour at all.
        #expect(!(try await s.steward(["diff", "\(n)"], env: ["NO_COLOR": "1"])).stdout.contains("\u{1B}"))
        #expect(!(try await s.ok("diff", "\(n)")).contains("\u{1B}"))
        // --json: the patch as before, and the same structure beside it.
        let js = try json(try await s.ok("diff", "\(n)", "--json")) as! [String: Any]
        #expect((js["patch"] as? String)?.contains("\n+++ b/hooks/pre-merge\n") == true)
        let lines = try #require(js["lines"] as? [[String: Any]])
        #expect(lines.contains { $0["text"] as? String == "+++ b/hooks/pre-merge" && $0["kind"] as? String == "addition" })
        #expect(lines.filter { $0["kind"] as? String == "file" }.count == 4)
    }

    @Test func toolAndModelNamesAModelSendsAreEscaped() async throws {
        let script = Script([
            .call("rm\u{202E}_rf\u{200B}", #"{"path":"x"}"#),
            .call("finish", #"{"summary":"done"}"#),
        ])
        let server = try await TestHTTPServer.start(script.respond)
        defer { Task { await server.stop() } }
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["steward.toml": modelConfig(server.url)])
        let r = try await s.steward("run", "--agent", "fileops", "Tidy memory/")
        #expect(r.status == 0, "\(r.stderr)")
        for c in Self.hostile {
            #expect(!r.stderr.contains(c) && !r.stdout.contains(c), "steward run printed U+\(String(c.unicodeScalars.first!.value, radix: 16)) raw")
        }
        #expect(r.stderr.contains(#"rm\u{202E}_rf\u{200B}"#), "\(r.stderr)")
        let tasks = try await s.ok("tasks")
        let id = try #require(tasks.split(separator: "\n").dropFirst().first?.split(separator: " ").first.map(String.init))
        let story = try await s.ok("task", id)
        for c in Self.hostile { #expect(!story.contains(c), "steward task printed U+\(String(c.unicodeScalars.first!.value, radix: 16)) raw") }
        #expect(story.contains(#"tool rm\u{202E}_rf\u{200B}"#), "\(story)")
    }

    /// `steward review` lines its columns up by display width: a CJK title (two columns a
    /// character), an emoji title and one with a combining mark do not push the rest aside.
    @Test func reviewColumnsLineUpWithWideTitles() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        for (i, title) in ["会議の議事録", "release 🎉 party", "cafe\u{301} menu", "plain title"].enumerated() {
            _ = try await s.propose(title, #"[{"op":"write","path":"memory/n\#(i).md","content":"x\n"}]"#, agent: "agentx")
        }
        let out = try await s.ok("review")
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.count == 5, "\(out)")
        // The display column where the AGENT column starts, on every line.
        let starts = lines.map { line -> Int? in
            guard let r = line.range(of: line.hasPrefix("#") ? "AGENT" : "agentx") else { return nil }
            return DisplayWidth.of(String(line[..<r.lowerBound]))
        }
        #expect(Set(starts).count == 1 && starts[0] != nil, "\(starts)\n\(out)")
        // The widest title is "release 🎉 party", 16 columns: AGENT starts 2 blanks after it.
        let title = try #require(lines[0].range(of: "TITLE"))
        #expect(starts[0] == DisplayWidth.of(String(lines[0][..<title.lowerBound])) + 16 + 2, "\(out)")
    }
}
