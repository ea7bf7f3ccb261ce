import Foundation
import StewardTestSupport
import Testing

/// `steward run`'s progress: NDJSON events on stdout with `--events`, and on a terminal a
/// status line (elapsed time, step, a spinner while a model has not answered) that is never
/// written without one.
@Suite("steward run --events and the status line")
struct RunProgressCLITests {
    static let replies: [Scripted] = [
        .call("list_files", #"{"folder":"memory"}"#),
        .call("write_file", ##"{"path":"outputs/sorted.md","content":"# Sorted\n- a\n"}"##),
        .call("finish", #"{"summary":"Sorted the notes"}"#),
    ]

    func workspace(_ server: TestHTTPServer) async throws -> Sandbox {
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["steward.toml": modelConfig(server.url), "memory/a.md": "a\n"])
        return s
    }

    @Test func eventsAreOneJSONObjectALineFromStartToEnd() async throws {
        let revision: [Scripted] = [
            .call("write_file", ##"{"path":"outputs/sorted.md","content":"# Sorted\n- a\n- b\n"}"##), .call("finish", #"{"summary":"Added b"}"#),
        ]
        let server = try await TestHTTPServer.start(Script(Self.replies + revision).respond)
        defer { Task { await server.stop() } }
        let s = try await workspace(server)

        let r = try await s.steward(
            ["run", "--agent", "fileops", "--events", "Sort the notes in memory/ into one list"], env: ["CLICOLOR_FORCE": "0"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasSuffix("\n"))
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(!lines.isEmpty && !lines.contains(""))
        var events: [[String: String]] = []
        for line in lines {
            let object = try #require(try? json(String(line)) as? [String: String], "not a JSON object of strings: \(line)")
            events.append(object)
        }
        let kinds = events.map { $0["kind"] ?? "?" }
        // First the start (task id and agent), last the end with the outcome.
        #expect(kinds.first == "started" && kinds.last == "end", "\(kinds)")
        #expect(kinds.filter { $0 == "started" }.count == 1 && kinds.filter { $0 == "end" }.count == 1)
        let start = events[0]
        let end = events[events.count - 1]
        #expect(start["agent"] == "fileops" && start["reason"] == "--agent fileops")
        let tasks = try json(try await s.ok("tasks", "--json")) as! [[String: Any]]
        #expect(start["task"] == tasks.first?["id"] as? String && end["task"] == start["task"])
        #expect(end["status"] == "done" && end["proposal"] == "1" && end["steps"] == "3" && end["summary"] == "Sorted the notes", "\(end)")
        // Each model call: which model, then its reply with the step and the tokens.
        #expect(events.filter { $0["kind"] == "trying" }.allSatisfy { $0["model"] == "local" })
        let replies = events.filter { $0["kind"] == "reply" }
        #expect(replies.map { $0["step"] } == ["1", "2", "3"])
        #expect(replies.allSatisfy { $0["model"] == "local" && $0["inputTokens"] == "100" && $0["outputTokens"] == "20" })
        #expect(events.filter { $0["kind"] == "tool" }.map { $0["name"] } == ["list_files", "write_file", "finish"])
        #expect(events.contains { $0["kind"] == "result" && $0["name"] == "write_file" && $0["ok"] == "true" })
        #expect(events.contains { $0["kind"] == "proposal" && $0["proposal"] == "1" })
        #expect(kinds.firstIndex(of: "proposal")! < kinds.lastIndex(of: "reply")!)
        // The person's lines go to stderr, without a terminal's control sequences.
        #expect(r.stderr.contains("Proposal #1: 1 file(s) changed — outputs/sorted.md") && r.stderr.contains("steward approve 1"), "\(r.stderr)")
        #expect(r.stderr.contains("  write_file "))
        #expect(!r.stderr.contains("\r") && !r.stderr.contains("\u{1B}"), "\(r.stderr.debugDescription)")

        // revise shares it: its own task, on the same proposal.
        let revised = try await s.steward(["revise", "1", "Add b", "--events"], env: ["CLICOLOR_FORCE": "0"])
        #expect(revised.status == 0, "\(revised.stderr)")
        let again = try revised.stdout.split(separator: "\n").map { try #require(try? json(String($0)) as? [String: String]) }
        #expect(again.first?["kind"] == "started" && again.first?["task"] != start["task"], "\(again)")
        #expect(again.last?["kind"] == "end" && again.last?["proposal"] == "1" && again.last?["summary"] == "Added b", "\(again)")
        #expect(revised.stderr.contains("steward diff 1 --new"))

        // --json writes stdout too: the two are refused together, with why.
        let both = try await s.steward(["run", "--events", "--json", "anything"])
        #expect(both.status == 2 && both.stderr.contains("--events and --json both write to stdout"), "\(both.stderr)")
    }

    @Test func withoutATerminalProgressHasNoStatusLine() async throws {
        let server = try await TestHTTPServer.start(Script(Self.replies).respond)
        defer { Task { await server.stop() } }
        let s = try await workspace(server)
        let r = try await s.steward(["run", "--agent", "fileops", "Sort the notes in memory/ into one list"], env: ["CLICOLOR_FORCE": "0"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stderr.contains("\r") && !r.stderr.contains("\u{1B}") && !r.stderr.contains("step "), "\(r.stderr.debugDescription)")
        // Exactly the lines it always printed, and stdout has no events.
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "fileops agent (--agent fileops)" && lines[1] == "→ local (openai qwen)", "\(lines)")
        #expect(lines.filter { $0.hasPrefix("→ ") }.count == 3 && lines.contains("  opened proposal #1 (branch steward/1)"))
        #expect(r.stdout.hasPrefix("Task t") && !r.stdout.contains("{"))
    }

    /// `steward ARGS` on a pseudo-terminal (util-linux `script`), stdout and stderr both.
    func onTerminal(_ s: Sandbox, _ args: [String], env: [String: String] = [:]) async throws -> Run {
        let quote = { (word: String) in "'" + word + "'" }
        let unset = ["NO_COLOR", "CLICOLOR_FORCE"].flatMap { ["-u", $0] }
        let set = ["TERM": "xterm"].merging(env) { $1 }.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let line = (["exec", "env"] + unset + set + [try stewardBinary] + args + ["--workspace", s.ws]).map(quote).joined(separator: " ")
        return try await run("/usr/bin/script", ["-qfec", "stty cols 80; " + line, "/dev/null"], stdin: nil, env: [:])
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func onATerminalAStatusLineShowsTimeStepAndWaiting() async throws {
        let server = try await TestHTTPServer.start(Script(Self.replies + Self.replies).respond)  // two runs
        defer { Task { await server.stop() } }
        let s = try await workspace(server)
        let r = try await onTerminal(s, ["run", "--agent", "fileops", "Sort the notes in memory/ into one list"])
        #expect(r.status == 0, "\(r.stdout)")
        let out = r.stdout
        let clear = "\r\u{1B}[2K"
        // Drawn in place (return, clear the line), dimmed: a spinner, seconds, the step of the
        // step limit, and the model it waits for.
        let status = try #require(try Regex(#"\r\x1B\[2K\x1B\[2m[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] \d+s · step (\d+)/24"#).firstMatch(in: out), "\(out.debugDescription)")
        #expect(status.output[1].substring == "1")
        #expect(out.contains(" · step 1/24 · waiting for local's first token"), "\(out.debugDescription)")
        #expect(out.contains(" · step 3/24"))
        // Cleared before each normal line: what stays on the screen of every line (the text
        // after its last clear) is never the status.
        #expect(out.contains(clear + "  write_file "))
        let lines = out.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n")
        #expect(lines.contains { $0.hasSuffix("  opened proposal #1 (branch steward/1)\u{1B}[0m") })
        for line in lines {
            let shown = line.components(separatedBy: clear).last ?? ""
            #expect(!shown.contains("· step"), "\(line.debugDescription)")
        }
        // The result is printed after the status line is gone for good.
        let result = try #require(out.range(of: "Task t"))
        #expect(!out[result.lowerBound...].contains("· step"), "\(out.debugDescription)")

        // --quiet: no status line either.
        let quiet = try await onTerminal(s, ["run", "--agent", "fileops", "--quiet", "Sort the notes in memory/ into one list"])
        #expect(quiet.status == 0 && !quiet.stdout.contains("step ") && !quiet.stdout.contains("\u{1B}[2K"), "\(quiet.stdout.debugDescription)")
    }

    /// A slow local model: its first reply sends nothing for 2 seconds. Meanwhile the status
    /// line keeps moving (the ticker redraws it; no event arrives), and the elapsed time counts.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func whileAModelIsSilentTheSpinnerMovesAndTheTimeCounts() async throws {
        let rest = Script(Array(Self.replies.dropFirst()))
        let first = FirstCaller()
        let server = try await TestHTTPServer.start { req in
            guard req.path == "/v1/chat/completions", first.setFirst() else { return rest.respond(req) }
            return .stream(contentType: "text/event-stream", pieces: [Self.replies[0].sse.joined()], delay: 2)
        }
        defer { Task { await server.stop() } }
        let s = try await workspace(server)
        let r = try await onTerminal(s, ["run", "--agent", "fileops", "Sort the notes in memory/ into one list"])
        #expect(r.status == 0, "\(r.stdout)")
        let waiting = try Regex(#"([⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]) (\d+)s · step 1/24 · waiting for local's first token"#)
        let frames = r.stdout.matches(of: waiting).map { match in
            (match.output[1].substring.map(String.init) ?? "", match.output[2].substring.map(String.init) ?? "")
        }
        #expect(Set(frames.map(\.0)).count >= 2, "\(frames)")
        #expect(frames.contains { $0.1 == "1" }, "\(frames)")
    }
}

/// True for the first caller only.
final class FirstCaller: @unchecked Sendable {
    // @unchecked: `taken` is only touched under `lock`.
    private let lock = NSLock()
    private var taken = false
    func setFirst() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if taken { return false }
        taken = true
        return true
    }
}
