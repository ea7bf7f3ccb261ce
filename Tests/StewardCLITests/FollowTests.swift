import Foundation
import StewardTestSupport
import Testing

/// A `steward` left running (`tasks --follow`), its stdout in a file read while it runs.
final class Background {
    let process = Process()
    let out: String

    init(_ args: [String], env: [String: String], dir: String) throws {
        out = dir + "/follow-\(UUID().uuidString).out"
        FileManager.default.createFile(atPath: out, contents: nil)
        process.executableURL = URL(fileURLWithPath: try stewardBinary)
        process.arguments = args
        var environment = ProcessInfo.processInfo.environment
        for (k, v) in env { environment[k] = v }
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    var output: String { (try? String(contentsOfFile: out, encoding: .utf8)) ?? "" }

    /// Waits (at most `seconds`, sleeping without holding a thread) until `done` holds; whether
    /// it did.
    func wait(upTo seconds: Double, until done: () throws -> Bool) async rethrows -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if try done() { return true }
            try? await Task.sleep(for: .milliseconds(100))
        }
        return try done()
    }

    /// Ctrl-C, then waits for it to end.
    func stop() {
        if process.isRunning { process.interrupt() }
        process.waitUntilExit()
    }
}

@Suite("Issue 17: steward tasks --follow, live task events from any machine")
struct FollowTests {
    @Test func followNeedsTheSharedDatabaseAndSaysWhatToDo() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let r = try await s.steward("tasks", "--follow")
        #expect(r.status == 2 && r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        #expect(r.stderr.contains("needs the shared database ([database] in .steward/config.toml") && r.stderr.contains("steward task ID"))
        let noFlag = try await s.steward("tasks", "t1")
        #expect(noFlag.status == 2 && noFlag.stderr.contains("a task id goes with --follow"), "\(noFlag.stderr)")
    }

    /// B follows every task; A runs one: B shows its events as they are committed, in order,
    /// ending with `end`. Then B follows that task by id: its whole story, and it ends by itself.
    @Test func aTaskRunOnOneMachineIsFollowedLiveOnAnother() async throws {
        let script = Script(writesOneFile)
        let server = try await TestHTTPServer.start(script.respond)
        defer { Task { await server.stop() } }
        let home = try await Household(machines: 2)
        try await personCommitsShared(home.machines[0], ["steward.toml": modelConfig(server.url)])
        #expect(try await home.steward(1, ["tasks"]).status == 0)  // migrated before anyone listens

        let b = home.machines[1]
        let follower = try Background(["tasks", "--follow", "--workspace", b.ws], env: home.env, dir: b.dir)
        defer { follower.stop() }
        let listening = try await follower.wait(upTo: 60) {
            try home.psql("SELECT count(*) FROM pg_stat_activity WHERE query ILIKE 'LISTEN%steward_task_event%'") != "0"
        }
        #expect(listening, "the follower never listened: \(follower.output)")

        let r = try await home.steward(0, ["run", "--agent", "fileops", "Write down when to water the plants", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let id = try #require((try json(r.stdout) as? [String: Any])?["task"] as? String)
        let ended = await follower.wait(upTo: 60) { follower.output.contains("\(id) end: ") }
        #expect(ended, "B never showed the task's end: \(follower.output)")
        let lines = follower.output.split(separator: "\n").map(String.init).filter { $0.contains(" \(id) ") }
        let kinds = lines.compactMap { $0.split(separator: " ").dropFirst(2).first.map(String.init) }
        #expect(kinds.first == "started:" && kinds.last == "end:", "\(lines)")
        #expect(kinds.contains("tool:") && kinds.contains("result:") && kinds.contains("proposal:"), "\(lines)")
        #expect(lines.contains { $0.contains("tool: write_file") })
        #expect(!kinds.contains("text:") && !kinds.contains("thinking:"))

        // By id: the events so far, then it ends by itself (the task has ended).
        let one = try await home.steward(1, ["tasks", "--follow", String(id.prefix(9))])
        #expect(one.status == 0, "\(one.stderr)")
        let shown = one.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").dropFirst().first.map(String.init) }
        #expect(shown == kinds, "\(one.stdout)")
        let asJSON = try await home.steward(1, ["tasks", "--follow", id, "--json"])
        let events = try asJSON.stdout.split(separator: "\n").map { try #require(try json(String($0)) as? [String: Any]) }
        #expect(events.allSatisfy { $0["task"] as? String == id } && events.last?["kind"] as? String == "end")
        #expect(events.last?["status"] as? String == "done" && events.count == kinds.count)
        #expect("\(events.count)" == (try home.psql("SELECT count(*) FROM task_event WHERE task = '\(id)'")))
        let unknown = try await home.steward(1, ["tasks", "--follow", "tnosuchtask"])
        #expect(unknown.status != 0 && unknown.stderr.contains("there is no task 'tnosuchtask'"), "\(unknown.stderr)")
    }
}
