import Foundation
import StewardAgents
import StewardCore
import StewardSandbox
import StewardTestSupport
import Testing

/// The notifier against a real HTTP server on 127.0.0.1: what each format sends, when nothing
/// is sent, hostile titles, and a webhook that does not answer.
@Suite("Notifier: webhook POSTs when a proposal waits or a task fails")
struct NotifierTests {
    func settings(_ url: String, _ format: MachineConfig.Notify.Format, events: [MachineConfig.Notify.Event] = [.waiting, .failed])
        -> MachineConfig.Notify
    {
        var n = MachineConfig.Notify(webhook: url + "/hook/secret-path")
        n.format = format
        n.linkBase = "http://laptop.local:8080"
        n.events = events
        return n
    }

    func task(_ status: TaskRecord.Status, proposal: Int?) -> TaskRecord {
        TaskRecord(
            id: "t-abc", prompt: "Sort the notes\nthe password is hunter2", agent: "fileops", agentReason: "--agent fileops",
            status: status, proposal: proposal, started: Date(), summary: "did it", error: status == .failed ? "model gone" : nil)
    }

    @Test func eachFormatSendsItsShape() async throws {
        let server = try await TestHTTPServer.start { _ in .full(status: 200, body: "{}") }
        defer { Task { await server.stop() } }
        for format in MachineConfig.Notify.Format.allCases {
            let n = Notifier(settings: settings(server.url, format))
            let m = try #require(n.message(for: task(.done, proposal: 3), autoApproved: false, title: "Sort the notes"))
            #expect(await n.post(m) == nil)
        }
        let r = server.requests
        #expect(r.count == 3 && r.allSatisfy { $0.method == "POST" && $0.path == "/hook/secret-path" })
        // json: the fields, nothing else.
        let json = try #require(r[0].json)
        #expect(r[0].headers["content-type"] == "application/json")
        #expect(
            NSDictionary(dictionary: json)
                == NSDictionary(dictionary: [
                    "event": "waiting", "proposal": 3, "title": "Sort the notes", "link": "http://laptop.local:8080/proposals/3", "task": "t-abc",
                    "status": "done",
                ]))
        // ntfy: the title as the message, Title/Click/Tags headers.
        #expect(r[1].text == "Sort the notes")
        #expect(r[1].headers["title"] == "Steward: proposal #3 is waiting for your review")
        #expect(r[1].headers["click"] == "http://laptop.local:8080/proposals/3")
        #expect(r[1].headers["tags"] == "hourglass")
        // Slack: one text with a <link|title>.
        #expect(r[2].text == #"{"text":"Steward: proposal #3 is waiting for your review: <http://laptop.local:8080/proposals/3|Sort the notes>"}"#)
        // Never the task's text, summary or error.
        for req in r {
            #expect(!req.text.contains("hunter2") && !req.text.contains("did it"))
            #expect(!req.headers.values.contains { $0.contains("hunter2") })
        }
    }

    @Test func aFailedTaskLinksToTheTask() async throws {
        let server = try await TestHTTPServer.start { _ in .full(status: 204, body: "") }
        defer { Task { await server.stop() } }
        let n = Notifier(settings: settings(server.url, .json))
        let m = try #require(n.message(for: task(.failed, proposal: nil), autoApproved: false, title: "Sort the notes"))
        #expect(
            m
                == Notifier.Message(
                    event: "failed", proposal: nil, title: "Sort the notes", link: "http://laptop.local:8080/tasks/t-abc", task: "t-abc",
                    status: "failed"))
        #expect(await n.post(m) == nil)
        #expect(server.requests.count == 1 && server.requests[0].json?["event"] as? String == "failed")
        #expect(!server.requests[0].text.contains("model gone"))
        // An interrupted task counts as failed; its incomplete proposal is named.
        let stopped = try #require(n.message(for: task(.interrupted, proposal: 4), autoApproved: false, title: "x"))
        #expect(stopped.event == "failed" && stopped.proposal == 4 && stopped.link == "http://laptop.local:8080/tasks/t-abc")
        let ntfy = String(decoding: Notifier.request(stopped, format: .ntfy).body, as: UTF8.self)
        #expect(ntfy == "x")
        #expect(
            Notifier.request(stopped, format: .ntfy).headers.contains {
                $0 == ("Title", "Steward: task t-abc interrupted (proposal #4 holds what it did)")
            })
    }

    @Test func nothingIsSentWhenNothingWaits() {
        let n = Notifier(settings: settings("http://127.0.0.1:9", .json, events: [.failed]))
        #expect(n.message(for: task(.done, proposal: 3), autoApproved: false, title: "t") == nil, "waiting is not among the events")
        let all = Notifier(settings: settings("http://127.0.0.1:9", .json))
        #expect(all.message(for: task(.done, proposal: 3), autoApproved: true, title: "t") == nil, "the policy approved it")
        #expect(all.message(for: task(.done, proposal: nil), autoApproved: false, title: "t") == nil, "no proposal")
        #expect(all.message(for: task(.running, proposal: 3), autoApproved: false, title: "t") == nil)
        #expect(Notifier(settings: nil).message(for: task(.failed, proposal: nil), autoApproved: false, title: "t") == nil)
        // Without link_base there is no link (and ntfy gets no Click header).
        var bare = settings("http://127.0.0.1:9", .ntfy)
        bare.linkBase = nil
        let m = Notifier(settings: bare).message(for: task(.done, proposal: 3), autoApproved: false, title: "t")
        #expect(m?.link == nil)
        #expect(!Notifier.request(m!, format: .ntfy).headers.contains { $0.0 == "Click" })
        #expect(Notifier.request(m!, format: .slack).body == Data(#"{"text":"Steward: proposal #3 is waiting for your review: t"}"#.utf8))
        // A long title is cut at 200 characters.
        let long = all.message(for: task(.done, proposal: 3), autoApproved: false, title: String(repeating: "a", count: 500))
        #expect(long?.title.count == 200 && long?.title.hasSuffix("a…") == true)
    }

    /// Control and bidi characters are escaped as the CLI escapes them; Slack's &, <, > too.
    @Test func aHostileTitleIsEscapedInEveryFormat() async throws {
        let server = try await TestHTTPServer.start { _ in .full(status: 200, body: "{}") }
        defer { Task { await server.stop() } }
        let hostile = "Tidy \u{202E}fdp.exe\u{1B}[31m red\nsecond line <!channel> & co|x"
        let escaped = #"Tidy \u{202E}fdp.exe\x1b[31m red\x0asecond line <!channel> & co|x"#
        for format in MachineConfig.Notify.Format.allCases {
            let n = Notifier(settings: settings(server.url, format))
            let m = try #require(n.message(for: task(.done, proposal: 1), autoApproved: false, title: hostile))
            #expect(m.title == escaped)
            #expect(await n.post(m) == nil)
        }
        let r = server.requests
        #expect(r.count == 3)
        #expect(r[0].json?["title"] as? String == escaped)
        #expect(r[1].text == escaped)
        let slack = try #require(r[2].json?["text"] as? String)
        #expect(slack.hasSuffix(#"|Tidy \u{202E}fdp.exe\x1b[31m red\x0asecond line &lt;!channel&gt; &amp; co|x>"#), "\(slack)")
        for req in r {
            #expect(!req.text.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x1B || $0.value == 0x0A })
            #expect(!req.headers.values.joined().unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x1B })
        }
    }

    /// A closed port, a 500 and a hang: a note naming where (not the secret path) and what to
    /// check; nothing thrown, and the hang is cut at the timeout.
    @Test func aDeadWebhookIsANoteNamingWhereAndWhatToCheck() async throws {
        let closed = try await TestHTTPServer.start { _ in .close }
        let url = closed.url
        await closed.stop()
        let dead = Notifier(settings: settings(url, .json))
        let waiting = try #require(dead.message(for: task(.done, proposal: 2), autoApproved: false, title: "t"))
        let note = try #require(await dead.post(waiting))
        #expect(note.contains("the notification of #2 was not sent: the webhook at \(url) (path not shown"), "\(note)")
        #expect(note.contains("[notify] webhook in .steward/config.toml") && !note.contains("secret-path"))

        let failing = try await TestHTTPServer.start { req in req.path.hasPrefix("/hook") ? .full(status: 500, body: "no") : .hang }
        defer { Task { await failing.stop() } }
        let n = Notifier(settings: settings(failing.url, .slack))
        let answered = await n.post(n.message(for: task(.failed, proposal: nil), autoApproved: false, title: "t")!)
        #expect(
            answered?.contains("the notification of task t-abc was not taken") == true && answered?.contains("answered HTTP 500") == true,
            "\(answered ?? "")")

        var slow = MachineConfig.Notify(webhook: failing.url + "/slow")
        slow.timeoutSeconds = 0.5
        let hung = Notifier(settings: slow)
        let timedOut = await hung.post(hung.message(for: task(.failed, proposal: nil), autoApproved: false, title: "t")!)
        #expect(timedOut?.contains("could not be reached") == true, "\(timedOut ?? "")")
    }
}
