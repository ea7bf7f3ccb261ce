import Foundation
import StewardCore
import StewardSandbox
import StewardTestSupport

#if canImport(Glibc)
    import Glibc
#endif

// The parts `steward-bench cluster` runs real `steward` processes against (ClusterBench+workers):
// an instant scripted model on 127.0.0.1, and households of machines, each a workspace of its
// own on one `git daemon` remote, as the CLI tests' `Household` makes them.

/// An instant model for queued tasks (or one whose replies take `replySeconds`), with no state
/// but its log (workers ask it at once): a
/// conversation with no tool result yet writes the file its task names (`outputs/NAME.md`),
/// one with a tool result finishes. Every request is logged with the time it came, so the bench
/// can tell each task's model time from the rest.
final class InstantModel: @unchecked Sendable {
    // @unchecked: `log` is only touched under `lock`.
    struct Call {
        let file: String
        let afterTool: Bool
        /// Seconds since 1970 (the database's clock is the same machine's).
        let at: Double
    }

    private let lock = NSLock()
    private var log: [Call] = []
    /// How long each reply takes to stream (`--model-seconds`; 0: instant).
    let replySeconds: Double

    init(replySeconds: Double = 0) { self.replySeconds = replySeconds }

    var calls: [Call] {
        lock.lock()
        defer { lock.unlock() }
        return log
    }

    func respond(_ req: TestRequest) -> TestResponse {
        guard req.path == "/v1/chat/completions", let messages = req.json?["messages"] as? [[String: Any]] else {
            return .full(status: 404, body: #"{"error":{"message":"no such path"}}"#)
        }
        let user = messages.first { $0["role"] as? String == "user" }?["content"] as? String ?? ""
        let file = user.range(of: #"outputs/[a-z0-9-]+\.md"#, options: .regularExpression).map { String(user[$0]) } ?? "outputs/none.md"
        let wrote = messages.contains { $0["role"] as? String == "tool" }
        lock.lock()
        log.append(Call(file: file, afterTool: wrote, at: Date().timeIntervalSince1970))
        lock.unlock()
        let (name, args) = wrote ? ("finish", #"{"summary":"wrote it"}"#) : ("write_file", #"{"path":"\#(file)","content":"written for \#(file)\n"}"#)
        let pieces = Self.toolCall(name, args)
        // The server sends piece i after (i + 1) × delay: the last (`[DONE]`) after replySeconds.
        return .stream(contentType: "text/event-stream", pieces: pieces, delay: replySeconds / Double(pieces.count))
    }

    /// A tool call streamed as an OpenAI-compatible server streams it.
    static func toolCall(_ name: String, _ args: String) -> [String] {
        func chunk(_ delta: String, finish: String? = nil) -> String {
            #"data: {"id":"c1","object":"chat.completion.chunk","model":"qwen","choices":[{"index":0,"delta":\#(delta),"finish_reason":\#(finish.map { "\"\($0)\"" } ?? "null")}]}"#
                + "\n\n"
        }
        let quoted = String(decoding: (try? JSONSerialization.data(withJSONObject: args, options: [.fragmentsAllowed])) ?? Data(), as: UTF8.self)
        return [
            chunk(
                #"{"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"call_\#(name)","type":"function","function":{"name":"\#(name)","arguments":""}}]}"#
            ),
            chunk(#"{"tool_calls":[{"index":0,"function":{"arguments":\#(quoted)}}]}"#),
            chunk("{}", finish: "tool_calls"),
            #"data: {"id":"c1","object":"chat.completion.chunk","model":"qwen","choices":[],"usage":{"prompt_tokens":100,"completion_tokens":20}}"#
                + "\n\n",
            "data: [DONE]\n\n",
        ]
    }
}

/// Machines of one workspace for the bench: machine 0 made by `steward init` with `main`'s
/// `steward.toml` routing every agent to the instant model, pushed to a fresh repository of the
/// bench's `git daemon`; the others made by `steward clone`; with `database`, each machine's
/// `.steward/config.toml` names it (`[database]`, spec 23.1), else they work on SQLite alone.
struct ClusterHousehold {
    let steward: String
    let env: [String: String]
    let remote: GitDaemon.Repository
    let machines: [String]

    init(_ name: String, machines count: Int, in root: String, steward: String, env: [String: String], modelURL: String, databaseURL: String?) throws
    {
        self.steward = steward
        self.env = env
        remote = try GitDaemon.shared().makeRepository(name)
        machines = (0..<count).map { root + "/\(name)-\($0)" }
        let a = machines[0]
        try run(["init"], in: a)
        let config = """
            [models.local]
            provider = "openai"
            url = "\(modelURL)"
            model = "qwen"

            [routes]
            classify = ["local"]
            code = ["local"]
            research = ["local"]
            fileops = ["local"]
            ask = ["local"]

            """
        try config.write(toFile: a + "/steward.toml", atomically: true, encoding: .utf8)
        try git(a, ["add", "steward.toml"])
        try git(a, ["commit", "--quiet", "-m", "the instant model for every agent"])
        try git(a, ["remote", "add", "origin", remote.url])
        try run(["sync", "--quiet"], in: a)
        for m in machines.dropFirst() { try run(["clone", "--quiet", remote.url, m], in: nil) }
        guard let databaseURL else { return }
        for m in machines {
            let path = m + "/.steward/config.toml"
            let old = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            try (old + "\n[database]\nurl = \"\(databaseURL)\"\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    /// Runs `steward ARGS --workspace WS`; returns stdout, throws with its output on a failure.
    @discardableResult
    func run(_ args: [String], in ws: String?) throws -> String {
        let r = try ProcessRunner.run(
            steward, arguments: args + (ws.map { ["--workspace", $0] } ?? []), stdin: Data(), environment: env, directory: "/", timeout: 600)
        guard r.status == 0 else {
            throw StewardError.failure(
                "steward \(args.joined(separator: " ")) in \(ws ?? "/"), exit \(r.status.map(String.init) ?? "killed"): \(String(decoding: r.stdout + r.stderr, as: UTF8.self))"
            )
        }
        return String(decoding: r.stdout, as: UTF8.self)
    }

    /// The commit `main` starts from (its first first-parent commit): the database records it
    /// and refuses any other workspace (spec 23.1).
    func rootCommit() throws -> String {
        try git(machines[0], ["rev-list", "--first-parent", "main"]).split(separator: "\n").last.map(String.init) ?? ""
    }

    /// The remote's refs under `prefix`.
    func remoteRefs(_ prefix: String) throws -> [String] {
        try git(remote.path, ["for-each-ref", "--format=%(refname)", prefix]).split(separator: "\n").map(String.init)
    }
}

/// A `steward worker` in the background, its output in a file; killed when dropped if it
/// still runs.
final class WorkerProcess {
    let process = Process()
    let logPath: String

    init(_ household: ClusterHousehold, machine: Int, pollSeconds: Double) throws {
        logPath = household.machines[machine] + ".worker.log"
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = FileHandle(forWritingAtPath: logPath)
        process.executableURL = URL(fileURLWithPath: household.steward)
        process.arguments = ["worker", "--poll-seconds", "\(pollSeconds)", "--workspace", household.machines[machine]]
        process.environment = household.env
        (process.standardInput, process.standardOutput, process.standardError) = (FileHandle.nullDevice, log, log)
        try process.run()
    }

    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// SIGTERM (graceful: a worker gives its leases back and exits 0), then at most `seconds`.
    func stop(seconds: Double = 30) async -> Int32? {
        if process.isRunning { kill(process.processIdentifier, SIGTERM) }
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { try? await Task.sleep(for: .milliseconds(20)) }
        return process.isRunning ? nil : process.terminationStatus
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}
