import Foundation
import StewardTestSupport
import Testing

/// `steward run` with `.steward/config.toml` [notify] pointing at a real webhook server on
/// 127.0.0.1 and a scripted model server (spec 9.2).
@Suite("Notifications: .steward/config.toml [notify] end to end")
struct NotifyCLITests {
    static let marker = "MARKER-4f1c9e-FILE-CONTENT"

    /// A workspace whose model writes `outputs/list.md` (holding the marker) and finishes.
    func workspace(main extra: String = "", machine: String?) async throws -> (Sandbox, TestHTTPServer) {
        let model = try await TestHTTPServer.start(
            Script([
                .call("write_file", #"{"path":"outputs/list.md","content":"List\n"# + Self.marker + #"\n"}"#),
                .call("finish", #"{"summary":"Wrote outputs/list.md"}"#),
            ]).respond)
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["steward.toml": modelConfig(model.url) + extra, "memory/a.md": "\(Self.marker)\n"])
        if let machine { try s.write(".steward/config.toml", machine) }
        return (s, model)
    }

    @Test func aTaskThatOpensAProposalPostsOnceWithoutFileContentsOrTheTaskText() async throws {
        let hook = try await TestHTTPServer.start { _ in .full(status: 200, body: "{}") }
        defer { Task { await hook.stop() } }
        let (s, model) = try await workspace(
            machine: """
                [notify]
                webhook = "\(hook.url)/hook"
                link_base = "http://laptop.local:8080"
                """)
        defer { Task { await model.stop() } }
        let r = try await s.steward(
            "run", "--agent", "fileops", "Write the list \u{202E}txt.exe\u{1B}[2J of notes\nthe api token is SECRET-TASK-LINE")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Proposal #1"))
        let posts = hook.requests
        #expect(posts.count == 1)
        let body = try #require(posts.first?.json)
        #expect(body["event"] as? String == "waiting" && body["proposal"] as? Int == 1 && body["status"] as? String == "done")
        #expect(body["title"] as? String == #"Write the list \u{202E}txt.exe\x1b[2J of notes"#, "\(body)")
        #expect(body["link"] as? String == "http://laptop.local:8080/proposals/1")
        let id = try #require((try json(try await s.ok("tasks", "--json")) as? [[String: Any]])?.first?["id"] as? String)
        #expect(body["task"] as? String == id)
        #expect(Set(body.keys) == ["event", "proposal", "title", "link", "task", "status"])
        #expect(!posts[0].text.contains(Self.marker) && !posts[0].text.contains("SECRET-TASK-LINE") && !posts[0].text.contains("outputs/list.md"))
        // The machine's file is git's to ignore and nobody's to propose.
        #expect(try await s.git("check-ignore", ".steward/config.toml") == ".steward/config.toml\n")
        #expect(try await !s.git("ls-tree", "-r", "--name-only", "steward/1").contains(".steward"))
        #expect(try await s.git("status", "--porcelain", "--ignored").contains("!! .steward/"))
    }

    @Test func aFailedTaskPostsFailedWithALinkToTheTask() async throws {
        let hook = try await TestHTTPServer.start { _ in .full(status: 200, body: "ok") }
        defer { Task { await hook.stop() } }
        // Refused for the whole test: no other test's server can take the port meanwhile.
        let gone = try RefusingPort()
        defer { withExtendedLifetime(gone) {} }
        let goneURL = gone.url
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["steward.toml": modelConfig(goneURL)])
        try s.write(
            ".steward/config.toml", "[notify]\nwebhook = \"\(hook.url)/topic\"\nformat = \"ntfy\"\nlink_base = \"http://laptop.local:8080\"\n")
        let r = try await s.steward("run", "--agent", "fileops", "Tidy temp/")
        #expect(r.status == 1, "\(r.stdout) \(r.stderr)")
        let task = try #require((try json(try await s.ok("tasks", "--json")) as? [[String: Any]])?.first)
        #expect(task["status"] as? String == "failed")
        let id = try #require(task["id"] as? String)
        #expect(hook.requests.count == 1)
        let post = try #require(hook.requests.first)
        #expect(post.path == "/topic" && post.text == "Tidy temp/")
        #expect(post.headers["title"] == "Steward: task \(id) failed")
        #expect(post.headers["click"] == "http://laptop.local:8080/tasks/\(id)")
        #expect(post.headers["tags"] == "warning")
    }

    /// A webhook put in steward.toml on main (which a forge may show) is not used, and every
    /// task, and doctor, say where it belongs; proposals still work.
    @Test func aWebhookInStewardTomlOnMainIsNotUsed() async throws {
        let hook = try await TestHTTPServer.start { _ in .full(status: 200, body: "{}") }
        defer { Task { await hook.stop() } }
        let (s, model) = try await workspace(main: "\n[notify]\nwebhook = \"\(hook.url)/hook\"\n", machine: nil)
        defer { Task { await model.stop() } }
        let r = try await s.steward("run", "--agent", "fileops", "Write the list")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stderr.contains("note: steward.toml on main holds [notify], which is not used there")
                && r.stderr.contains("move the section to .steward/config.toml"), "\(r.stderr)")
        #expect(hook.requests.isEmpty)
        #expect(try await s.propose("A note", #"[{"op":"write","path":"memory/b.md","content":"b\n"}]"#) == 2)
        let doctor = try await s.steward("doctor")
        #expect(doctor.status == 1 && doctor.stdout.contains("problem: steward.toml on main holds [notify]"), "\(doctor.stdout)")
    }

    /// A webhook nobody answers: the task succeeds, and its note names where and what to check.
    @Test func aDeadWebhookLeavesTheTaskSucceedingWithANote() async throws {
        let closed = try await TestHTTPServer.start { _ in .close }
        let deadURL = closed.url
        await closed.stop()
        let (s, model) = try await workspace(machine: "[notify]\nwebhook = \"\(deadURL)/hook\"\nformat = \"slack\"\n")
        defer { Task { await model.stop() } }
        let r = try await s.steward("run", "--agent", "fileops", "Write the list")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Proposal #1"))
        #expect(r.stderr.contains("note: the notification of #1 was not sent: the webhook at \(deadURL) (path not shown"), "\(r.stderr)")
        #expect(r.stderr.contains("[notify] webhook in .steward/config.toml is right"))
    }

    /// A broken machine file stops the task before any model is asked, naming the file, the line
    /// and the fix; doctor reports it; unknown keys are only notes.
    @Test func aBrokenMachineFileIsAClearErrorAndUnknownKeysAreNotes() async throws {
        let (s, model) = try await workspace(machine: "[notify]\nwebhook = \"http://127.0.0.1:9/x\"\nformat = [\n")
        defer { Task { await model.stop() } }
        let r = try await s.steward("run", "--agent", "fileops", "Write the list")
        #expect(r.status == 1)
        #expect(
            r.stderr.contains("\(s.ws)/.steward/config.toml: ") && r.stderr.contains("line 3")
                && r.stderr.contains("fix it in .steward/config.toml (this machine's own settings, never committed)"), "\(r.stderr)")
        #expect(model.requests.isEmpty)
        let doctor = try await s.steward("doctor")
        #expect(doctor.status == 1 && doctor.stdout.contains("problem: \(s.ws)/.steward/config.toml: "), "\(doctor.stdout)")

        try s.write(".steward/config.toml", "[quota]\nname = \"origin\"\n")
        let ok = try await s.steward("run", "--agent", "fileops", "Write the list")
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stderr.contains("note: \(s.ws)/.steward/config.toml: unknown key 'quota' is ignored"), "\(ok.stderr)")
        let notes = try await s.steward("doctor")
        #expect(notes.stdout.contains("note: \(s.ws)/.steward/config.toml: unknown key 'quota' is ignored"), "\(notes.stdout)")
    }
}
