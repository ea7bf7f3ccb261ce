import Foundation
import StewardTestSupport
import Testing

/// One scripted model reply, sent in OpenAI's streaming wire format.
enum Scripted {
    case text(String)
    case call(String, String)  // a tool call the server parsed: name, arguments JSON text
    /// What llama.cpp's server answers when it cannot parse the model's tool call (HTTP 500).
    case unparsable
    /// A model that never answers.
    case hang

    var sse: [String] {
        func chunk(_ delta: String, finish: String? = nil) -> String {
            #"data: {"id":"c1","object":"chat.completion.chunk","model":"qwen","choices":[{"index":0,"delta":\#(delta),"finish_reason":\#(finish.map { "\"\($0)\"" } ?? "null")}]}"#
                + "\n\n"
        }
        func quoted(_ s: String) -> String {
            String(decoding: try! JSONSerialization.data(withJSONObject: s, options: [.fragmentsAllowed]), as: UTF8.self)
        }
        var out: [String] = []
        switch self {
        case .unparsable, .hang: return []
        case .text(let t):
            out.append(chunk(#"{"role":"assistant","content":\#(quoted(t))}"#))
            out.append(chunk("{}", finish: "stop"))
        case .call(let name, let args):
            out.append(
                chunk(
                    #"{"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"call_\#(name)","type":"function","function":{"name":"\#(name)","arguments":""}}]}"#
                ))
            out.append(chunk(#"{"tool_calls":[{"index":0,"function":{"arguments":\#(quoted(args))}}]}"#))
            out.append(chunk("{}", finish: "tool_calls"))
        }
        out.append(
            #"data: {"id":"c1","object":"chat.completion.chunk","model":"qwen","choices":[],"usage":{"prompt_tokens":100,"completion_tokens":20}}"#
                + "\n\n")
        out.append("data: [DONE]\n\n")
        return out
    }
}

/// Plays a scripted conversation: the Nth chat request gets the Nth reply (the last one
/// repeats). Runs on the server's event loop.
final class Script: @unchecked Sendable {
    // @unchecked: `next` is only touched under `lock`.
    private let lock = NSLock()
    private var next = 0
    let replies: [Scripted]
    init(_ replies: [Scripted]) { self.replies = replies }

    func respond(_ req: TestRequest) -> TestResponse {
        let chatPaths = ["/v1/chat/completions", "/api/chat", "/v1/messages"]
        guard chatPaths.contains(req.path) else { return .full(status: 404, body: #"{"error":{"message":"no such path"}}"#) }
        lock.lock()
        let i = min(next, replies.count - 1)
        next += 1
        lock.unlock()
        if case .hang = replies[i] { return .hang }
        if case .unparsable = replies[i] {
            return .full(
                status: 500,
                body:
                    #"{"error":{"code":500,"message":"The model produced output that does not match the expected peg-native format","type":"server_error"}}"#
            )
        }
        switch req.path {
        case "/api/chat": return .stream(contentType: "application/x-ndjson", pieces: replies[i].ndjson)
        case "/v1/messages": return .stream(contentType: "text/event-stream", pieces: replies[i].anthropic)
        default: return .stream(contentType: "text/event-stream", pieces: replies[i].sse)
        }
    }
}

extension Scripted {
    /// Ollama's `/api/chat` stream: one JSON object a line, arguments as an object.
    var ndjson: [String] {
        let final =
            #"{"model":"qwen3","created_at":"2025-05-29T09:35:57Z","message":{"role":"assistant","content":""},"done_reason":"stop","done":true,"prompt_eval_count":100,"eval_count":20}"#
            + "\n"
        switch self {
        case .unparsable, .hang: return []
        case .text(let t):
            return [
                #"{"model":"qwen3","created_at":"2025-05-29T09:35:56Z","message":{"role":"assistant","content":\#(Self.quoted(t))},"done":false}"#
                    + "\n", final,
            ]
        case .call(let name, let args):
            return [
                #"{"model":"qwen3","created_at":"2025-05-29T09:35:56Z","message":{"role":"assistant","content":"","tool_calls":[{"function":{"name":"\#(name)","arguments":\#(args)}}]},"done":false}"#
                    + "\n", final,
            ]
        }
    }

    /// Anthropic's `/v1/messages` stream: named events, `input_json_delta` for tool input.
    var anthropic: [String] {
        func event(_ name: String, _ data: String) -> String { "event: \(name)\ndata: \(data)\n\n" }
        var out = [
            event(
                "message_start",
                #"{"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","content":[],"model":"claude-sonnet-4-5","stop_reason":null,"usage":{"input_tokens":100,"output_tokens":1}}}"#
            )
        ]
        switch self {
        case .unparsable, .hang: return []
        case .text(let t):
            out.append(event("content_block_start", #"{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}"#))
            out.append(
                event("content_block_delta", #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":\#(Self.quoted(t))}}"#))
        case .call(let name, let args):
            out.append(
                event(
                    "content_block_start",
                    #"{"type":"content_block_start","index":0,"content_block":{"type":"tool_use","id":"toolu_\#(name)","name":"\#(name)","input":{}}}"#
                ))
            let half = args.index(args.startIndex, offsetBy: args.count / 2)
            for piece in [String(args[..<half]), String(args[half...])] {
                out.append(
                    event(
                        "content_block_delta",
                        #"{"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":\#(Self.quoted(piece))}}"#))
            }
        }
        out.append(event("content_block_stop", #"{"type":"content_block_stop","index":0}"#))
        out.append(
            event(
                "message_delta",
                #"{"type":"message_delta","delta":{"stop_reason":"\#(isCall ? "tool_use" : "end_turn")","stop_sequence":null},"usage":{"output_tokens":20}}"#
            ))
        out.append(event("message_stop", #"{"type":"message_stop"}"#))
        return out
    }

    var isCall: Bool {
        if case .call = self { return true }
        return false
    }

    static func quoted(_ s: String) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: s, options: [.fragmentsAllowed]), as: UTF8.self)
    }
}

func modelConfig(_ url: String, extra: String = "") -> String {
    """
    [models.local]
    provider = "openai"
    url = "\(url)"
    model = "qwen"
    \(extra)

    [routes]
    classify = ["local"]
    code = ["local"]
    research = ["local"]
    fileops = ["local"]
    ask = ["local"]
    """
}

@Suite("steward run / tasks / task / revise against scripted model servers")
struct RunCLITests {
    @Test func aTaskEndsInAProposalWithTrailersAndChangesNothingElse() async throws {
        let script = Script([
            .call("list_files", #"{"folder":"memory"}"#),
            // A small model printing its call as text in a fence, with single quotes.
            .text(
                "I will write the file.\n```json\n{'name': 'write_file', 'arguments': {'path': 'outputs/sorted.md', 'content': '# Sorted\\n- a\\n',}}\n```"
            ),
            .call("rm_rf", #"{"path":"/"}"#),
            .call("write_file", #"{"path":"hooks/evil","content":"x"}"#),
            .call("finish", #"{"summary":"Sorted the notes into outputs/sorted.md"}"#),
        ])
        let server = try await TestHTTPServer.start(script.respond)
        defer { Task { await server.stop() } }
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["steward.toml": modelConfig(server.url), "memory/a.md": "a\n"])
        let mainBefore = try await s.git("rev-parse", "main")
        let refsBefore = try await s.git("for-each-ref", "--format=%(refname) %(objectname)")

        let r = try await s.steward("run", "--agent", "fileops", "Sort the notes in memory/ into one list")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Proposal #1: 1 file(s) changed — outputs/sorted.md"))
        #expect(r.stdout.contains("Summary: Sorted the notes into outputs/sorted.md"))
        #expect(r.stdout.contains("steward diff 1") && r.stdout.contains("steward approve 1"))
        #expect(r.stderr.contains("list_files") && r.stderr.contains("write_file") && r.stderr.contains("there is no tool \"rm_rf\""))
        #expect(r.stderr.contains("hooks/evil"))

        // main and every other ref unchanged; the proposal holds exactly the change.
        #expect(try await s.git("rev-parse", "main") == mainBefore)
        let refsAfter = try await s.git("for-each-ref", "--format=%(refname) %(objectname)")
        let newRefs = Set(refsAfter.split(separator: "\n")).subtracting(refsBefore.split(separator: "\n"))
        #expect(
            newRefs.contains { $0.hasPrefix("refs/heads/steward/1 ") }
                && newRefs.allSatisfy { $0.hasPrefix("refs/heads/steward/1 ") || $0.hasPrefix("refs/steward/") }, "\(newRefs)")
        #expect(Set(refsBefore.split(separator: "\n")).isSubset(of: Set(refsAfter.split(separator: "\n"))))
        #expect(try await s.git("show", "steward/1:outputs/sorted.md") == "# Sorted\n- a\n")
        #expect(try await s.git("diff", "--name-only", "main...steward/1") == "outputs/sorted.md\n")
        let message = try await s.git("log", "-1", "--format=%B", "steward/1")
        #expect(
            message.contains("Steward-Agent: fileops") && message.contains("Steward-Model: local") && message.contains("Steward-Tool: write_file"))
        #expect(message.contains("Steward-Task: t"))
        _ = try await s.git("fsck", "--strict")

        // The task's story is in the store.
        let tasks = try json(try await s.ok("tasks", "--json")) as! [[String: Any]]
        #expect(tasks.count == 1)
        let t = tasks[0]
        #expect(t["status"] as? String == "done" && t["proposal"] as? Int == 1 && t["agent"] as? String == "fileops")
        #expect(t["steps"] as? Int == 5 && t["inputTokens"] as? Int == 500 && t["models"] as? [String] == ["local"])
        let id = try #require(t["id"] as? String)
        #expect(message.contains("Steward-Task: \(id)"))
        let story = try await s.ok("task", String(id.prefix(8)))
        #expect(story.contains("tool write_file") && story.contains("there is no tool") && story.contains("refused"))
        let detail = try json(try await s.ok("task", id, "--json")) as! [String: Any]
        let steps = detail["steps"] as! [[String: Any]]
        #expect(steps.filter { $0["kind"] as? String == "model" }.count == 5)
        let start = steps.first { $0["kind"] as? String == "note" }?["input"] as? String ?? ""
        #expect(start.hasPrefix("system: You are Steward's file agent") && start.contains("user: Sort the notes in memory/ into one list"))
        #expect(steps.contains { $0["kind"] as? String == "tool" && $0["name"] as? String == "write_file" && $0["ok"] as? Bool == true })
        #expect(steps.contains { $0["kind"] as? String == "tool" && $0["name"] as? String == "rm_rf" && $0["ok"] as? Bool == false })

        // The tool results reached the model: the second request carries list_files' answer.
        let second = try #require(server.requests.filter { $0.path == "/v1/chat/completions" }.dropFirst().first?.json)
        let sent = second["messages"] as! [[String: Any]]
        #expect(sent.contains { $0["role"] as? String == "tool" && ($0["content"] as? String)?.contains("memory/a.md") == true })
        #expect((sent.first?["content"] as? String)?.contains("outputs/, temp/, memory/") == true)
        #expect(second["temperature"] as? Double == 0)
    }

    /// A small model breaks the call format and the server answers 500: the agent corrects
    /// it and goes on with the same model (no fallback, no cool-down).
    @Test func anUnparsableReplyIsCorrectedNotFallenBackFrom() async throws {
        let server = try await TestHTTPServer.start(
            Script([
                .call("write_file", #"{"path":"memory/steward.md","content":"Every change waits on a branch.\n"}"#), .unparsable,
                .call("finish", #"{"summary":"wrote the note"}"#),
            ]).respond)
        defer { Task { await server.stop() } }
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["steward.toml": modelConfig(server.url)])
        let r = try await s.steward("run", "Write a note to memory/steward.md")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Summary: wrote the note") && r.stdout.contains("Proposal #1: 1 file(s) changed — memory/steward.md"))
        #expect(r.stderr.contains("reply not usable") && !r.stderr.contains("failed"))
        let id = try #require((try json(try await s.ok("tasks", "--json")) as! [[String: Any]]).first?["id"] as? String)
        let steps = (try json(try await s.ok("task", id, "--json")) as! [String: Any])["steps"] as! [[String: Any]]
        #expect(steps.contains { $0["kind"] as? String == "correction" })
        let sent = try #require(server.requests.last?.json?["messages"] as? [[String: Any]])
        #expect((sent.last?["content"] as? String)?.contains("could not be read") == true)
    }

    /// The research agent fetches a page from an allowed host; other hosts, and loopback
    /// reached through a wildcard, are refused.
    @Test func fetchURLOnlyFromAllowedHosts() async throws {
        let web = try await TestHTTPServer.start { req in
            .full(
                status: 200, contentType: "text/html; charset=utf-8",
                body:
                    "<html><head><title>x</title><script>alert(1)</script></head><body><h1>Git</h1><p>Git is a version control system &amp; more.</p></body></html>"
            )
        }
        defer { Task { await web.stop() } }
        let port = web.port
        let server = try await TestHTTPServer.start(
            Script([
                .call("fetch_url", #"{"url":"http://127.0.0.1:\#(port)/wiki/Git"}"#),
                .call("fetch_url", #"{"url":"http://localhost:\#(port)/wiki/Git"}"#),
                .call("fetch_url", #"{"url":"file:///etc/passwd"}"#),
                .call("write_file", #"{"path":"memory/git.md","content":"Git is a version control system.\n"}"#),
                .call("finish", #"{"summary":"noted what Git is"}"#),
            ]).respond)
        defer { Task { await server.stop() } }
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["steward.toml": modelConfig(server.url) + "\n[agents]\nfetch_hosts = [\"127.0.0.1\"]\nfetch_max_bytes = 4096\n"])
        let r = try await s.steward("run", "--agent", "research", "Find out what Git is and note it in memory/git.md")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Proposal #1: 1 file(s) changed — memory/git.md"))
        let results = server.requests.filter { $0.path == "/v1/chat/completions" }.compactMap { $0.json?["messages"] as? [[String: Any]] }.last!
            .filter { $0["role"] as? String == "tool" }.compactMap { $0["content"] as? String }
        #expect(results.count == 4)
        #expect(results[0] == "Git\nGit is a version control system & more.", "\(results[0])")
        #expect(results[1].contains("localhost is not on the allowlist"))
        #expect(results[2].contains("only http:// and https://"))
        #expect(web.requests.count == 1)
        // Without [agents] fetch_hosts the tool is not offered at all.
        let tools = try #require(server.requests.first { $0.path == "/v1/chat/completions" }?.json?["tools"] as? [[String: Any]])
        #expect(tools.contains { ($0["function"] as? [String: Any])?["name"] as? String == "fetch_url" })
    }

    /// A model that never finishes its reply cannot hold the task past its time limit.
    @Test func theTimeLimitStopsAReplyThatNeverEnds() async throws {
        let server = try await TestHTTPServer.start { req in req.path == "/v1/chat/completions" ? .hang : .full(status: 404, body: "{}") }
        defer { Task { await server.stop() } }
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["steward.toml": modelConfig(server.url) + "\n[agents]\ntimeout_seconds = 1.5\n"])
        let r = try await s.steward("run", "--agent", "fileops", "Tidy temp/")
        #expect(r.status == 1)
        #expect(r.stdout.contains("time limit (1 s) was reached during a model reply"), "\(r.stdout)")
        #expect(r.seconds < 60)
        // The classifier is bounded too (rules cannot decide "x").
        let unsure = try await s.steward("run", "x")
        #expect(unsure.status == 1 && unsure.stderr.contains("the classifier did not answer in time"), "\(unsure.stderr)")
        #expect(r.seconds + unsure.seconds < 90)
        try await personCommits(s, ["steward.toml": modelConfig(server.url) + "\n[agents]\nfetch_host = [\"a.org\"]\n"])
        let unknown = try await s.steward("run", "x")
        #expect(unknown.status == 1 && unknown.stderr.contains("unknown key 'agents.fetch_host'"))
    }

    /// A model that claims to be done before doing anything is asked once to do the work.
    @Test func anEarlyFinishIsQuestionedOnce() async throws {
        let server = try await TestHTTPServer.start(
            Script([
                .call("finish", #"{"summary":"Renamed memory/todo.txt"}"#),
                .call("move_file", #"{"from":"memory/todo.txt","to":"memory/todo.md"}"#),
                .call("finish", #"{"summary":"Renamed memory/todo.txt to memory/todo.md"}"#),
                .call("finish", #"{"summary":"nothing to do"}"#), .call("finish", #"{"summary":"really nothing to do"}"#),
            ]).respond)
        defer { Task { await server.stop() } }
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["steward.toml": modelConfig(server.url), "memory/todo.txt": "x\n"])
        // The agent named, so no classifier can take a scripted reply: the Nth request gets the Nth reply.
        let r = try await s.steward("run", "--agent", "fileops", "Rename memory/todo.txt to memory/todo.md")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(server.requests.filter { $0.path == "/v1/chat/completions" }.count == 3, "finish, move_file, finish")
        // A move is one file in the diff (a rename, as git shows it), not a deletion and an addition.
        #expect(r.stdout.contains("Proposal #1: 1 file(s) changed — memory/todo.md\n"), "\(r.stdout)")
        #expect(r.stderr.contains("no tool has been used yet"))
        #expect(try await s.git("show", "steward/1:memory/todo.md") == "x\n")
        #expect(try await s.git("diff", "--name-status", "-M", "main", "steward/1") == "R100\tmemory/todo.txt\tmemory/todo.md\n")
        // Finishing twice with nothing done is accepted: there was nothing to do.
        let again = try await s.steward("run", "--json", "--quiet", "--agent", "research", "Is there anything to do?")
        let out = try json(again.stdout) as! [String: Any]
        #expect(out["status"] as? String == "done" && out["proposal"] == nil && out["summary"] as? String == "really nothing to do")
    }

    /// What a 0.5B model does, answered so that it can go on: an invented tool gets the tool
    /// it meant with a whole example using the task's paths, a copied placeholder is refused,
    /// prose (JSON here) ends the task. (A change repeated after it worked is "already done",
    /// or, once all is done, taken as finish: AgentLoopStepTests, SmallModelCoachingTests.)
    @Test func smallModelMistakesAreAnsweredConcretely() async throws {
        let server = try await TestHTTPServer.start(
            Script([
                .text(#"{"name": "rename_files", "arguments": {"folder": "memory", "path": "memory/todo.md"}}"#),
                .text(#"{"name": "move_file", "arguments": {"from": "memory/todo.txt", "to": "memory/todo.md"}}"#),
                .call("write_file", #"{"path":"outputs/log.md","content":"<the whole new file>"}"#),
                .text(#"{"arguments": {"summary": "done"}}"#),
            ]).respond)
        defer { Task { await server.stop() } }
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["steward.toml": modelConfig(server.url), "memory/todo.txt": "x\n"])
        let r = try await s.steward("run", "--agent", "fileops", "Rename memory/todo.txt to memory/todo.md")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Summary: done\n"), "\(r.stdout)")  // the summary of a finish printed without its name
        let results = server.requests.filter { $0.path == "/v1/chat/completions" }.compactMap { $0.json?["messages"] as? [[String: Any]] }.last!
            .filter { $0["role"] as? String == "tool" }.compactMap { $0["content"] as? String }
        #expect(results.count == 3)
        #expect(
            results[0].contains(
                #"there is no tool "rename_files". Did you mean move_file? Call it like {"name": "move_file", "arguments": {"from":"memory/todo.txt","to":"memory/todo.md"}}"#
            ), "\(results[0])")
        // A change's result says what comes next: here, finish.
        #expect(
            results[1]
                == #"moved memory/todo.txt to memory/todo.md\#nIf that was all, call {"name": "finish", "arguments": {"summary":"changed memory/todo.txt, memory/todo.md"}}"#
        )
        #expect(results[2].hasPrefix(#"error: write_file: that content was only the example's; call write_file with "path": "outputs/log.md""#))
        #expect(try await s.git("diff", "--name-status", "main...steward/1").contains("memory/todo.md"))
    }

    /// The same task through Ollama's `/api/chat` (NDJSON) and Anthropic's `/v1/messages`
    /// (SSE, a cloud model the policy allows): the same proposal, and each server gets the
    /// tool results in its own format.
    @Test(arguments: ["ollama", "anthropic"])
    func theLoopSpeaksEveryProvidersWireFormat(_ provider: String) async throws {
        let server = try await TestHTTPServer.start(
            Script([
                .call("list_files", #"{"folder":"memory"}"#),
                .call("write_file", #"{"path":"outputs/list.md","content":"- memory/a.md\n"}"#),
                .call("finish", #"{"summary":"listed memory"}"#),
            ]).respond)
        defer { Task { await server.stop() } }
        let s = try Sandbox()
        try await s.ok("init")
        let model =
            provider == "ollama"
            ? "[models.m]\nprovider = \"ollama\"\nurl = \"\(server.url)\"\nmodel = \"qwen3\"\n"
            : "[models.m]\nprovider = \"anthropic\"\nurl = \"\(server.url)\"\nmodel = \"claude-sonnet-4-5\"\napi_key_env = \"STEWARD_TEST_KEY\"\n\n[privacy]\ncloud = \"allow\"\n"
        try await personCommits(s, ["steward.toml": model + "\n[routes]\nfileops = [\"m\"]\n", "memory/a.md": "a\n"])
        let r = try await s.steward(["run", "--agent", "fileops", "List memory/ into outputs/list.md"], env: ["STEWARD_TEST_KEY": "sk-test"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Proposal #1: 1 file(s) changed — outputs/list.md") && r.stdout.contains("Summary: listed memory"))
        #expect(try await s.git("show", "steward/1:outputs/list.md") == "- memory/a.md\n")
        #expect(try await s.git("log", "-1", "--format=%B", "steward/1").contains("Steward-Model: m"))
        let last = try #require(server.requests.last?.json?["messages"] as? [[String: Any]])
        if provider == "ollama" {
            #expect(server.requests.allSatisfy { $0.path == "/api/chat" })
            #expect(last.contains { $0["role"] as? String == "tool" && $0["tool_name"] as? String == "write_file" })
            #expect((server.requests[0].json?["options"] as? [String: Any])?["num_ctx"] as? Int == 8192)
        } else {
            #expect(server.requests.allSatisfy { $0.path == "/v1/messages" && $0.headers["x-api-key"] == "sk-test" })
            let results = last.compactMap { $0["content"] as? [[String: Any]] }.flatMap { $0 }.filter { $0["type"] as? String == "tool_result" }
            #expect(results.contains { $0["tool_use_id"] as? String == "toolu_write_file" })
            let t = (try json(try await s.ok("tasks", "--json")) as! [[String: Any]])[0]
            #expect((t["costUSD"] as? Double ?? -1) == 0 && t["inputTokens"] as? Int == 300)
        }
    }

    /// Ctrl-C while the model is thinking: the task stops at once, cleanly, and what it did
    /// stays as a proposal marked incomplete.
    @Test func ctrlCStopsCleanlyAndKeepsTheProposal() async throws {
        let server = try await TestHTTPServer.start(Script([.call("write_file", #"{"path":"outputs/half.md","content":"half\n"}"#), .hang]).respond)
        defer { Task { await server.stop() } }
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["steward.toml": modelConfig(server.url)])
        let started = Date()
        let r = try await run(
            stewardBinary, ["run", "--agent", "fileops", "Write two files", "--workspace", s.ws], stdin: nil, env: [:], interruptAfter: 2)
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(r.status == 130, "\(r.stdout) \(r.stderr)")
        #expect(r.stderr.contains("stopping…"))
        #expect(r.stdout.contains("Stopped: stopped (Ctrl-C); what was done so far stays in the proposal"))
        #expect(r.stdout.contains("Proposal #1 (incomplete: the task did not finish): 1 file(s) changed — outputs/half.md"))
        #expect(try await s.git("show", "steward/1:outputs/half.md") == "half\n")
        let t = (try json(try await s.ok("tasks", "--json")) as! [[String: Any]])[0]
        #expect(t["status"] as? String == "interrupted")
        #expect(try await s.ok("review").contains("incomplete: its task interrupted"))
    }

    @Test func aTaskThatChangesNothingLeavesNoProposal() async throws {
        let server = try await TestHTTPServer.start(
            Script([.call("read_file", #"{"path":"memory/a.md"}"#), .call("finish", #"{"summary":"The note says a."}"#)]).respond)
        defer { Task { await server.stop() } }
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["steward.toml": modelConfig(server.url), "memory/a.md": "a\n"])
        let r = try await s.steward("run", "--json", "--quiet", "What does memory/a.md say?")
        #expect(r.status == 0, "\(r.stderr)")
        let out = try json(r.stdout) as! [String: Any]
        #expect(out["status"] as? String == "done" && out["proposal"] == nil && out["summary"] as? String == "The note says a.")
        #expect(out["agent"] as? String == "research")
        // Wall-clock time of the task, for the suites' tables.
        #expect((out["seconds"] as? Double).map { $0 >= 0 && $0 < 600 } == true, "\(out)")
        #expect(try await s.git("branch", "--list", "steward/*").isEmpty)
        #expect(r.stderr.isEmpty)
    }

    @Test func aModelThatNeverCallsAToolFailsCleanly() async throws {
        let server = try await TestHTTPServer.start(Script([.text("I cannot do that.")]).respond)
        defer { Task { await server.stop() } }
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["steward.toml": modelConfig(server.url)])
        let r = try await s.steward("run", "--agent", "code", "Write a skill that greets")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Nothing was changed, so there is no proposal."))
        #expect(r.stderr.contains("reply not usable") && r.stderr.contains("gave up on local"))
        #expect(server.requests.filter { $0.path == "/v1/chat/completions" }.count == 4)
    }

    @Test func stepLimitLeavesAnIncompleteProposal() async throws {
        let server = try await TestHTTPServer.start(
            Script([
                .call("write_file", #"{"path":"temp/a.txt","content":"1"}"#), .call("write_file", #"{"path":"temp/b.txt","content":"2"}"#),
                .call("write_file", #"{"path":"temp/c.txt","content":"3"}"#),
            ]).respond)
        defer { Task { await server.stop() } }
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["steward.toml": modelConfig(server.url)])
        let r = try await s.steward("run", "--agent", "fileops", "--max-steps", "2", "Write two files")
        #expect(r.status == 1)
        #expect(r.stdout.contains("Proposal #1 (incomplete: the task did not finish): 2 file(s) changed"))
        #expect(r.stdout.contains("step limit (2 model replies)"))
        let t = (try json(try await s.ok("tasks", "--json")) as! [[String: Any]])[0]
        #expect(t["status"] as? String == "interrupted" && t["proposal"] as? Int == 1)
        #expect(try await s.ok("review").contains("incomplete: its task interrupted"))
    }

    @Test func reviseAddsCommitsToThePendingProposal() async throws {
        let server = try await TestHTTPServer.start(
            Script([
                .call("write_file", #"{"path":"outputs/a.md","content":"v1\n"}"#), .call("finish", #"{"summary":"wrote v1"}"#),
                .call("replace_in_file", #"{"path":"outputs/a.md","find":"v1","replace":"v2"}"#), .call("finish", #"{"summary":"now v2"}"#),
            ]).respond)
        defer { Task { await server.stop() } }
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["steward.toml": modelConfig(server.url)])
        let first = try await s.steward("run", "--agent", "research", "Write a note")
        #expect(first.status == 0, "\(first.stderr)")
        let headBefore = try await s.git("rev-parse", "steward/1")
        _ = try await s.ok("diff", "1")  // the reviewer looks
        #expect(!(try await s.ok("review")).contains("updated since you looked"))
        let r = try await s.steward("revise", "1", "Make it v2")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Proposal #1: 1 file(s) changed") && r.stdout.contains("Summary: now v2"))
        #expect(try await s.git("show", "steward/1:outputs/a.md") == "v2\n")
        #expect(try await s.git("rev-list", "--count", "\(headBefore.trimmingCharacters(in: .whitespacesAndNewlines))..steward/1") == "1\n")
        let request = try #require(server.requests.filter { $0.path == "/v1/chat/completions" }[2].json)
        let user = ((request["messages"] as! [[String: Any]])[1]["content"] as? String) ?? ""
        #expect(user.contains("Make it v2") && user.contains("outputs/a.md") && user.contains("Write a note"))
        // The review shows what changed since the last look.
        #expect(r.stdout.contains("steward diff 1 --new"))
        #expect(try await s.ok("review").contains("updated since you looked"))
        let new = try await s.ok("diff", "1", "--new")
        #expect(new.contains("What changed since you last looked (at \(headBefore.prefix(10)))"), "\(new)")
        #expect(new.contains("-v1") && new.contains("+v2"))
        let whole = try json(try await s.ok("diff", "1", "--json")) as! [String: Any]
        #expect(whole["since"] == nil && (whole["patch"] as? String)?.contains("+v2") == true)
        #expect(try await s.ok("diff", "1", "--new").contains("Nothing new since you last looked"))
        #expect(!(try await s.ok("review")).contains("updated since you looked"))
        // A decided proposal cannot be revised.
        try await s.ok("reject", "1", "--reason", "no")
        let refused = try await s.steward("revise", "1", "again")
        #expect(refused.status == 4 && refused.stderr.contains("not pending"))
    }
}
