import Foundation
import StewardTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A `steward worker` (or any long-running `steward`) running in the background on one machine
/// of a household, its output in a file; killed with SIGKILL when dropped if it still runs.
final class BackgroundSteward: @unchecked Sendable {
    // @unchecked: `process` is only signalled and waited on; the log is a file.
    let process: Process
    let logPath: String

    /// `env` is added to the household's (a `PATH` with a logging `git` first).
    init(_ household: Household, _ machine: Int, _ args: [String], env extra: [String: String] = [:]) throws {
        let m = household.machines[machine]
        logPath = m.dir + "/background-\(UUID().uuidString.prefix(8)).log"
        FileManager.default.createFile(atPath: logPath, contents: nil)
        process = Process()
        process.executableURL = URL(fileURLWithPath: try stewardBinary)
        process.arguments = args + ["--workspace", m.ws]
        var environment = ProcessInfo.processInfo.environment
        environment["STEWARD_APPROVER"] = "tester"
        environment.removeValue(forKey: "STEWARD_WORKSPACE")
        for (k, v) in household.env.merging(extra, uniquingKeysWith: { $1 }) { environment[k] = v }
        process.environment = environment
        let log = FileHandle(forWritingAtPath: logPath)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = log
        process.standardError = log
        try process.run()
    }

    /// `steward worker --poll-seconds 0.2` on `machine`.
    static func worker(_ household: Household, _ machine: Int, _ extra: [String] = [], env: [String: String] = [:]) throws -> BackgroundSteward {
        try BackgroundSteward(household, machine, ["worker", "--poll-seconds", "0.2"] + extra, env: env)
    }

    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    func signal(_ number: Int32) { kill(process.processIdentifier, number) }

    /// Waits for the process to end (at most `seconds`); its exit status, nil when it still runs.
    /// Sleeps without holding a thread: the test process's other tests (async ones with time
    /// limits) share the few threads of the cooperative pool.
    func waitExit(seconds: Double = 60) async -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { try? await Task.sleep(for: .milliseconds(20)) }
        return process.isRunning ? nil : process.terminationStatus
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGCONT)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}

/// Polls `condition` every 0.1 s until it holds; fails the test with `what` after `seconds`.
/// It sleeps without holding a thread (the cooperative pool has one per core, and a test that
/// blocked them for a minute starved the async tests running beside it). Only time this test
/// could run counts (each 0.1 s tick adds at most 0.5 s): the clean-clone CI starved the pool
/// for minutes, and a wait that ran out while it could not look gave up on a condition that
/// already held. The condition is checked once more before giving up.
func eventually(
    _ what: String, seconds: Double = 120, sourceLocation: SourceLocation = #_sourceLocation, _ condition: () throws -> Bool
) async throws {
    var counted = 0.0
    var last = Date()
    while counted < seconds {
        if try condition() { return }
        try await Task.sleep(for: .milliseconds(100))
        let now = Date()
        counted += min(now.timeIntervalSince(last), 0.5)
        last = now
    }
    if try condition() { return }
    Issue.record("gave up after \(Int(seconds)) s waiting for: \(what)", sourceLocation: sourceLocation)
    throw GitFailed(args: ["eventually"], stderr: what)
}

/// A model for queued tasks, with no state of its own (three workers ask it at once): a
/// conversation with no tool result yet writes the file the task names (`outputs/NAME.md`), or
/// `outputs/handover.md` for a worker that took the task over; after a tool result it finishes,
/// unless `hangAfterWrite` (then a first holder's second reply never comes: it is mid-task).
func queueModel(hangAfterWrite: Bool = false) -> @Sendable (TestRequest) -> TestResponse {
    { req in
        guard req.path == "/v1/chat/completions", let messages = req.json?["messages"] as? [[String: Any]] else {
            return .full(status: 404, body: #"{"error":{"message":"no such path"}}"#)
        }
        let user = messages.first { $0["role"] as? String == "user" }?["content"] as? String ?? ""
        let handover = user.contains("Another worker began this task")
        let wrote = messages.contains { $0["role"] as? String == "tool" }
        let reply: Scripted
        if !wrote {
            let named = user.range(of: #"outputs/[a-z0-9-]+\.md"#, options: .regularExpression).map { String(user[$0]) } ?? "outputs/none.md"
            let path = handover ? "outputs/handover.md" : named
            reply = .call("write_file", #"{"path":"\#(path)","content":"written for \#(path)\n"}"#)
        } else if hangAfterWrite && !handover {
            return .hang
        } else {
            reply = .call("finish", #"{"summary":"wrote it"}"#)
        }
        return .stream(contentType: "text/event-stream", pieces: reply.sse)
    }
}

/// Whether a chat request carries a tool result (a reply after a tool ran).
func hasToolResult(_ req: TestRequest) -> Bool {
    ((req.json?["messages"] as? [[String: Any]]) ?? []).contains { $0["role"] as? String == "tool" }
}

extension Household {
    /// A household whose `main` routes every agent to `modelURL` (or holds `config`, a whole
    /// `steward.toml`), taken by every machine.
    /// `files` (`executable` among them) go on `main` with it; `extraConfig` as in `init`.
    static func withModel(
        _ modelURL: String, machines: Int, leaseSeconds: Double, server: PostgresServer? = nil, config: String? = nil,
        files: [String: String] = [:], executable: [String] = [], extraConfig: String = ""
    ) async throws -> Household {
        let h = try await Household(machines: machines, leaseSeconds: leaseSeconds, extraConfig: extraConfig, server: server)
        try await personCommits(h.machines[0], files.merging(["steward.toml": config ?? modelConfig(modelURL)]) { $1 }, executable: executable)
        let pushed = try await h.steward(0, ["sync"])
        guard pushed.status == 0 else { throw GitFailed(args: ["steward", "sync"], stderr: pushed.stderr) }
        let tip = try await h.machines[0].git("rev-parse", "main").trimmingCharacters(in: .whitespacesAndNewlines)
        for i in 1..<machines {
            // A steward.toml made on another machine waits for the person's word (spec 22.9).
            let taken = try await h.steward(i, ["sync", "--accept-rules", tip])
            guard taken.status == 0 else { throw GitFailed(args: ["steward", "sync", "--accept-rules"], stderr: taken.stderr) }
        }
        return h
    }

    /// Queues `task` from machine `i` (`steward run --queue --json`); its id.
    func enqueue(_ i: Int, _ task: String) async throws -> String {
        let r = try await steward(i, ["run", "--queue", "--agent", "fileops", "--json", task])
        guard r.status == 0, let id = (try? json(r.stdout) as? [String: Any])?["task"] as? String else {
            throw GitFailed(args: ["steward", "run", "--queue"], stderr: r.stderr + r.stdout)
        }
        return id
    }

    /// The remote's refs under `prefix`.
    func remoteRefs(_ prefix: String) async throws -> [String] {
        let r = try await run("/usr/bin/git", ["--git-dir", remote.path, "for-each-ref", "--format=%(refname)", prefix], stdin: nil, env: [:])
        return r.stdout.split(separator: "\n").map(String.init)
    }

    /// A file of a ref on the remote, or nil.
    func remoteFile(_ ref: String, _ path: String) async throws -> String? {
        let r = try await run("/usr/bin/git", ["--git-dir", remote.path, "show", "\(ref):\(path)"], stdin: nil, env: [:])
        return r.status == 0 ? r.stdout : nil
    }
}
