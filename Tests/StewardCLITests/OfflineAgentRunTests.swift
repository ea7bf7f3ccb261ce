import Foundation
import StewardTestSupport
import Testing

/// An agent run while the remote does not answer (spec 22.4, "Offline"): its first change
/// makes offline proposal o1, its later changes are added to o1, its reads see them, and the
/// task records o1; `sync` numbers o1 with every commit and the task then shows the number.
/// Every `steward` is the built binary against a real `git daemon` and a scripted model server.
@Suite("An agent run whose changes go offline")
struct OfflineAgentRunTests {
    /// Machine A: a workspace whose `main` (with the model settings) is on a real remote, then
    /// the remote stops answering (origin's URL set to a closed loopback port).
    static func offlineMachine(model url: String, hooks: [String: String] = [:]) async throws -> (Sandbox, GitDaemon.Repository) {
        let remote = try GitDaemon.shared().makeRepository()
        let a = try await SyncCLITests.machineA(remote: remote.url)
        try await personCommits(a, ["steward.toml": modelConfig(url)].merging(hooks) { $1 }, executable: Array(hooks.keys))
        try await a.ok("sync")
        _ = try await a.git("remote", "set-url", "origin", "git://127.0.0.1:\(try freeLoopbackPort())/nothing.git")
        return (a, remote)
    }

    /// The commits of offline proposal oJ, newest first: each message.
    static func offlineCommits(_ a: Sandbox, _ j: Int) async throws -> [String] {
        try await a.git("log", "--format=%B%x00", "main..refs/steward/offline/\(j)").components(separatedBy: "\0").map {
            $0.trimmingCharacters(in: .whitespacesAndNewlines)
        }.filter { !$0.isEmpty }
    }

    static func task(_ a: Sandbox, _ id: String) async throws -> [String: Any] {
        try SyncCLITests.object(try await a.ok("task", id, "--json"))["task"] as? [String: Any] ?? [:]
    }

    @Test("three changes while origin does not answer: one o1 with all of them, reads see them, the task records o1; sync makes it #1")
    func runOfflineThenSync() async throws {
        let script = Script([
            .call("write_file", #"{"path":"memory/plan.md","content":"step one\n"}"#),
            .call("read_file", #"{"path":"memory/plan.md"}"#),
            .call("append_to_file", #"{"path":"memory/plan.md","text":"step two"}"#),
            .call("write_file", #"{"path":"memory/todo.md","content":"later\n"}"#),
            .call("finish", #"{"summary":"wrote the plan and the todo"}"#),
        ])
        let server = try await TestHTTPServer.start(script.respond)
        defer { Task { await server.stop() } }
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("steward-post-task-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: log) }
        let (a, remote) = try await Self.offlineMachine(model: server.url, hooks: ["hooks/post-task": "#!/bin/sh\ncat > \(log)\n"])
        let sharedBefore = try SyncCLITests.sharedRefs(a.ws)

        let r = try await a.steward("run", "--agent", "fileops", "Write a plan to memory/plan.md and a todo to memory/todo.md")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stderr.contains("there is no proposal"), "\(r.stderr)")
        #expect(r.stdout.contains("Proposal o1") && r.stdout.contains("steward diff o1") && r.stdout.contains("steward sync"), "\(r.stdout)")
        // One offline proposal, holding every change; nothing shared moved.
        #expect(try await a.git("for-each-ref", "--format=%(refname)", "refs/steward/offline") == "refs/steward/offline/1\n")
        #expect(try await a.git("show", "refs/steward/offline/1:memory/plan.md") == "step one\nstep two\n")
        #expect(try await a.git("show", "refs/steward/offline/1:memory/todo.md") == "later\n")
        let commits = try await Self.offlineCommits(a, 1)
        #expect(commits.count == 4 && commits.allSatisfy { $0.contains("Steward-Provisional: 1") }, "\(commits)")
        #expect(commits.last?.hasPrefix("Proposal o1: ") == true)
        #expect(try SyncCLITests.sharedRefs(a.ws).filter { !$0.key.hasPrefix("refs/steward/offline/") } == sharedBefore)
        // The read after the first write saw it: read_file's result went to the model.
        let third = try #require(server.requests.filter { $0.path == "/v1/chat/completions" }.dropFirst(2).first?.json)
        let sent = third["messages"] as? [[String: Any]] ?? []
        #expect(sent.last?["role"] as? String == "tool" && (sent.last?["content"] as? String)?.contains("step one") == true, "\(sent.last ?? [:])")
        // The task records o1.
        let tasks: [[String: Any]] = try SyncCLITests.shaped(try await a.ok("tasks", "--json"))
        let id = try #require(tasks.first?["id"] as? String)
        #expect(tasks.first?["proposal"] as? Int == 0 && tasks.first?["offline"] as? String == "o1", "\(tasks)")
        #expect(try await a.ok("tasks").contains(" o1 "))
        #expect(try await a.ok("task", id).contains("Proposal: o1 (made offline"))
        // The post-task hook was told o1 (proposal 0: no number yet).
        let payload = try SyncCLITests.object(try String(contentsOfFile: log, encoding: .utf8))
        #expect(payload["offline"] as? String == "o1" && payload["proposal"] as? Int == 0, "\(payload)")

        // origin answers again: sync numbers o1 as #1 with every commit, same trees, same order.
        let trees = try await a.git("log", "--format=%T", "main..refs/steward/offline/1")
        _ = try await a.git("remote", "set-url", "origin", remote.url)
        let synced = try await a.steward("sync")
        #expect(synced.status == 0, "\(synced.stderr)")
        #expect(synced.stdout.contains("o1 is now #1"), "\(synced.stdout)")
        #expect(try await a.git("log", "--format=%T", "main..steward/1") == trees)
        #expect(try gitCLI(["show", "steward/1:memory/plan.md"], in: remote.path) == "step one\nstep two\n")
        #expect(try await a.git("for-each-ref", "refs/steward/offline").isEmpty)
        // The task now points to #1.
        #expect(try await Self.task(a, id)["proposal"] as? Int == 1)
        #expect(try await Self.task(a, id)["offline"] == nil)
        #expect(try await a.ok("task", id).contains("Proposal: #1"))
        let after: [[String: Any]] = try SyncCLITests.shaped(try await a.ok("tasks", "--json"))
        #expect(after.first?["proposal"] as? Int == 1 && after.first?["offline"] == nil)
    }

    @Test("revise o1 adds to the offline proposal, while origin does not answer and after it answers again; sync numbers it whole")
    func reviseOffline() async throws {
        let script = Script([
            .call("write_file", #"{"path":"memory/notes.md","content":"one\n"}"#),
            .call("finish", #"{"summary":"first"}"#),
            .call("append_to_file", #"{"path":"memory/notes.md","text":"two"}"#),
            .call("finish", #"{"summary":"second"}"#),
            .call("append_to_file", #"{"path":"memory/notes.md","text":"three"}"#),
            .call("finish", #"{"summary":"third"}"#),
        ])
        let server = try await TestHTTPServer.start(script.respond)
        defer { Task { await server.stop() } }
        let (a, remote) = try await Self.offlineMachine(model: server.url)
        try await a.ok("run", "--agent", "fileops", "Write one to memory/notes.md")
        #expect(try await a.git("show", "refs/steward/offline/1:memory/notes.md") == "one\n")

        let revised = try await a.steward("revise", "o1", "--agent", "fileops", "add two")
        #expect(revised.status == 0, "\(revised.stderr)")
        #expect(revised.stdout.contains("Proposal o1"), "\(revised.stdout)")
        #expect(try await a.git("show", "refs/steward/offline/1:memory/notes.md") == "one\ntwo\n")
        // The agent was told what o1 holds.
        let told = try #require(server.requests.filter { $0.path == "/v1/chat/completions" }.dropFirst(2).first?.json)
        let user = (told["messages"] as? [[String: Any]] ?? []).first { $0["role"] as? String == "user" }?["content"] as? String ?? ""
        #expect(user.contains("Your proposal o1 changes: memory/notes.md") && user.contains("add two"), "\(user)")

        // The remote answers again: o1 still has no number, so a revision is still added to it here.
        _ = try await a.git("remote", "set-url", "origin", remote.url)
        let again = try await a.steward("revise", "o1", "--agent", "fileops", "add three")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try await a.git("show", "refs/steward/offline/1:memory/notes.md") == "one\ntwo\nthree\n")
        #expect(try await Self.offlineCommits(a, 1).count == 4)
        #expect(try await a.git("for-each-ref", "--format=%(refname)", "refs/steward/offline") == "refs/steward/offline/1\n")
        #expect(try gitCLI(["for-each-ref", "refs/heads/steward"], in: remote.path).isEmpty)
        let tasks: [[String: Any]] = try SyncCLITests.shaped(try await a.ok("tasks", "--json"))
        #expect(tasks.count == 3 && tasks.allSatisfy { $0["offline"] as? String == "o1" }, "\(tasks)")

        #expect(try await a.ok("sync").contains("o1 is now #1"))
        #expect(try gitCLI(["show", "steward/1:memory/notes.md"], in: remote.path) == "one\ntwo\nthree\n")
        #expect(try gitCLI(["rev-list", "--count", "main..steward/1"], in: remote.path) == "4\n")
        let numbered: [[String: Any]] = try SyncCLITests.shaped(try await a.ok("tasks", "--json"))
        #expect(numbered.map { $0["proposal"] as? Int } == [1, 1, 1], "\(numbered)")
        // Now numbered, o1 is gone: revise o1 says where it went.
        let gone = try await a.steward("revise", "o1", "--agent", "fileops", "more")
        #expect(gone.status != 0 && gone.stderr.contains("no offline proposal o1"), "\(gone.stderr)")
    }

    @Test("a sync (another process) numbers o1 while the run waits for its model: the run's next change goes to #1 and is pushed")
    func syncDuringTheRun() async throws {
        let script = Script([
            .call("write_file", #"{"path":"memory/a.md","content":"a\n"}"#),
            .call("write_file", #"{"path":"memory/b.md","content":"b\n"}"#),
            .call("read_file", #"{"path":"memory/a.md"}"#),
            .call("finish", #"{"summary":"both"}"#),
        ])
        let between = Between()
        let server = try await TestHTTPServer.start { req in
            if req.path == "/v1/chat/completions", between.count() == 2 { between.run() }
            return script.respond(req)
        }
        defer { Task { await server.stop() } }
        let (a, remote) = try await Self.offlineMachine(model: server.url)
        // Before the model's second reply: origin answers again and a sync numbers o1.
        between.set {
            _ = try? await a.git("remote", "set-url", "origin", remote.url)
            between.synced = (try? await a.steward("sync"))?.stdout ?? ""
        }
        let r = try await a.steward("run", "--agent", "fileops", "Write memory/a.md and memory/b.md")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(between.synced.contains("o1 is now #1"), "\(between.synced)")
        #expect(r.stdout.contains("Proposal #1"), "\(r.stdout)")
        // The second change went to #1 (pushed: the remote answers), the read after it saw #1's tree.
        #expect(try gitCLI(["show", "steward/1:memory/b.md"], in: remote.path) == "b\n")
        #expect(try gitCLI(["show", "steward/1:memory/a.md"], in: remote.path) == "a\n")
        #expect(try await a.git("for-each-ref", "refs/steward/offline").isEmpty)
        let fourth = try #require(server.requests.filter { $0.path == "/v1/chat/completions" }.dropFirst(3).first?.json)
        #expect(((fourth["messages"] as? [[String: Any]])?.last?["content"] as? String)?.hasPrefix("a") == true)
        let tasks: [[String: Any]] = try SyncCLITests.shaped(try await a.ok("tasks", "--json"))
        #expect(tasks.first?["proposal"] as? Int == 1 && tasks.first?["offline"] == nil, "\(tasks)")
    }

    @Test("revise o1, and a sync numbers o1 before the revision's first change: the change goes to #1")
    func reviseFollowsTheNumber() async throws {
        let script = Script([
            .call("write_file", #"{"path":"memory/a.md","content":"a\n"}"#), .call("finish", #"{"summary":"a"}"#),
            .call("write_file", #"{"path":"memory/b.md","content":"b\n"}"#), .call("finish", #"{"summary":"b"}"#),
        ])
        let between = Between()
        let server = try await TestHTTPServer.start { req in
            if req.path == "/v1/chat/completions", between.count() == 3 { between.run() }
            return script.respond(req)
        }
        defer { Task { await server.stop() } }
        let (a, remote) = try await Self.offlineMachine(model: server.url)
        try await a.ok("run", "--agent", "fileops", "Write memory/a.md")
        between.set {
            _ = try? await a.git("remote", "set-url", "origin", remote.url)
            between.synced = (try? await a.steward("sync"))?.stdout ?? ""
        }
        let r = try await a.steward("revise", "o1", "--agent", "fileops", "add b")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(between.synced.contains("o1 is now #1"), "\(between.synced)")
        #expect(try gitCLI(["show", "steward/1:memory/b.md"], in: remote.path) == "b\n")
        #expect(try gitCLI(["show", "steward/1:memory/a.md"], in: remote.path) == "a\n")
        let tasks: [[String: Any]] = try SyncCLITests.shaped(try await a.ok("tasks", "--json"))
        #expect(tasks.map { $0["proposal"] as? Int } == [1, 1], "\(tasks)")
        #expect(tasks.first?["revisionOf"] as? Int == 1, "\(tasks)")
    }

    @Test("a change to o1 while a sync numbers it (its note there) is refused, nothing added; the next sync numbers o1")
    func refusedWhileNumbering() async throws {
        let server = try await TestHTTPServer.start(
            Script([
                .call("write_file", #"{"path":"memory/a.md","content":"a\n"}"#), .call("finish", #"{"summary":"a"}"#),
                .call("write_file", #"{"path":"memory/b.md","content":"b\n"}"#), .call("finish", #"{"summary":"b"}"#),
            ]).respond)
        defer { Task { await server.stop() } }
        let (a, remote) = try await Self.offlineMachine(model: server.url)
        try await a.ok("run", "--agent", "fileops", "Write memory/a.md")
        let head = try await a.git("rev-parse", "refs/steward/offline/1")
        // What a sync writes before it pushes o1 (or leaves behind when killed).
        try FileManager.default.createDirectory(atPath: a.ws + "/.steward/offline-numbering", withIntermediateDirectories: true)
        try "7 \(String(repeating: "0", count: 40))\n".write(toFile: a.ws + "/.steward/offline-numbering/1", atomically: true, encoding: .utf8)
        let r = try await a.steward("revise", "o1", "--agent", "fileops", "add b")
        #expect(r.stderr.contains("o1 is being numbered by 'steward sync'"), "\(r.stderr)")
        #expect(try await a.git("rev-parse", "refs/steward/offline/1") == head)
        _ = try await a.git("remote", "set-url", "origin", remote.url)
        #expect(try await a.ok("sync").contains("o1 is now #1"))
        #expect(!FileManager.default.fileExists(atPath: a.ws + "/.steward/offline-numbering/1"))
    }
}

/// Runs one step of a test between two replies of the model server: the server's thread (its
/// event loop, not the cooperative pool) waits while a task runs the step.
final class Between: @unchecked Sendable {
    // @unchecked: every field is touched under `lock`, except `synced`, written by the step
    // before the reply it precedes and read after the run ended.
    private let lock = NSLock()
    private var requests = 0
    private var step: (@Sendable () async -> Void)?
    var synced = ""

    func set(_ step: @escaping @Sendable () async -> Void) {
        lock.lock()
        self.step = step
        lock.unlock()
    }

    /// Counts a chat request; the number of this one (1, 2, …).
    func count() -> Int {
        lock.lock()
        defer { lock.unlock() }
        requests += 1
        return requests
    }

    func run() {
        lock.lock()
        let step = self.step
        lock.unlock()
        guard let step else { return }
        let done = DispatchSemaphore(value: 0)
        // A `steward run` holds a slot meanwhile: the step's must not wait for one.
        Task {
            await ChildSlots.$unlimited.withValue(true) { await step() }
            done.signal()
        }
        done.wait()
    }
}
