import Foundation
import StewardCore
import StewardJSON
import StewardModels
import StewardStore
import StewardTestSupport
import Testing

/// An in-memory ledger (a unit-test double; the store's own is tested end to end).
final class MemoryLedger: ModelCallLedger, @unchecked Sendable {
    // @unchecked: `calls` is only touched under `lock`.
    private let lock = NSLock()
    private var items: [ModelCallRecord] = []
    var spent: Double
    init(spent: Double = 0) { self.spent = spent }
    func record(_ call: ModelCallRecord) throws {
        lock.lock()
        items.append(call)
        lock.unlock()
    }
    func cloudSpend(since date: Date) throws -> Double {
        lock.lock()
        defer { lock.unlock() }
        return spent + items.filter { $0.cloud }.reduce(0) { $0 + $1.costUSD }
    }
    var calls: [ModelCallRecord] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
    func lastFailure(of modelName: String) throws -> Date? { nil }
    func modelCalls(limit: Int) throws -> [ModelCallRecord] { Array(calls.suffix(max(0, limit))) }
}

struct Consent: CloudConsent {
    let answer: Bool
    func mayUseCloud(model: ModelSpec, purpose: String) async -> Bool { answer }
}

let openAIReply =
    #"{"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"qwen","choices":[{"index":0,"message":{"role":"assistant","content":"local answer"},"finish_reason":"stop"}],"usage":{"prompt_tokens":12,"completion_tokens":3,"total_tokens":15}}"#
let anthropicReply =
    #"{"id":"msg_1","type":"message","role":"assistant","model":"claude-sonnet-4-5","content":[{"type":"text","text":"cloud answer"}],"stop_reason":"end_turn","usage":{"input_tokens":1000,"output_tokens":2000}}"#

func config(_ models: [ModelSpec], route: [String], cloud: CloudPolicy = .allow, secrets: SecretPolicy = .block, daily: Double = 1) -> ModelsConfig {
    var c = ModelsConfig(models: Dictionary(uniqueKeysWithValues: models.map { ($0.name, $0) }), routes: ["ask": route])
    c.cloud = cloud
    c.secrets = secrets
    c.dailyUSD = daily
    c.monthlyUSD = 100
    return c
}

/// The key the Anthropic test servers expect, handed to the provider as its environment rather
/// than set with `setenv`: tests run in parallel in one process, where `setenv` races with every
/// other thread reading the environment.
let testKeys = ["TEST_ANTHROPIC_KEY": "sk-test"]

/// The router's providers, the Anthropic one reading its key from `testKeys`.
@Sendable func withTestKeys(_ spec: ModelSpec) -> ChatProvider {
    spec.provider == .anthropic ? AnthropicProvider(model: spec, environment: testKeys) : ModelRouter.provider(for: spec)
}

func collect(_ stream: AsyncThrowingStream<RouterEvent, Error>) async throws -> [RouterEvent] {
    var out: [RouterEvent] = []
    for try await e in stream { out.append(e) }
    return out
}

@Suite("Router: fallback, cool-down, privacy, secrets, budget")
struct RouterTests {
    /// `tool_results = "user"`: a small model that loops on `tool` messages gets the result as
    /// user text and its own call as the JSON it printed; a `tool` model gets the usual shape.
    @Test func toolResultsHandedBackInTheModelsForm() async throws {
        let server = try await TestHTTPServer.start { _ in .full(status: 200, body: openAIReply) }
        defer { Task { await server.stop() } }
        var small = spec(.openai, server.url, name: "small")
        small.toolResults = "user"
        let big = spec(.openai, server.url, name: "big")
        let call = ToolCall(id: "call_1", name: "write_file", arguments: #"{"path":"outputs/a.md","content":"hi"}"#)
        let request = ChatRequest(
            messages: [
                .system("You write files."), .user("Write hi to outputs/a.md"),
                .assistant("", toolCalls: [call]), .tool("wrote outputs/a.md (2 bytes)", callID: "call_1", name: "write_file"), .user("Now finish."),
            ], stream: false)
        for name in ["small", "big"] {
            let router = ModelRouter(config: config([small, big], route: [name]))
            _ = try await router.chat(purpose: "ask", request: request)
        }
        let asUser = try #require(server.requests[0].json?["messages"] as? [[String: Any]])
        #expect(asUser.map { $0["role"] as? String } == ["system", "user", "assistant", "user"])
        #expect(
            asUser[2]["content"] as? String == #"{"name": "write_file", "arguments": {"content":"hi","path":"outputs/a.md"}}"#,
            "name first, as the model is asked to print calls")
        #expect(asUser[2]["tool_calls"] == nil)
        #expect(asUser[3]["content"] as? String == "Result of write_file:\nwrote outputs/a.md (2 bytes)\n\nNow finish.")
        let asTool = try #require(server.requests[1].json?["messages"] as? [[String: Any]])
        #expect(asTool.map { $0["role"] as? String } == ["system", "user", "assistant", "tool", "user"])
        #expect(asTool[3]["tool_call_id"] as? String == "call_1")
    }

    /// `tool_calls = "prompt"`: no `tools` on the wire; the tools are described in the system
    /// prompt, results go back as user text; a tool request gets temperature 0 and a reply cap.
    @Test func toolsInThePromptForModelsThatNeedIt() async throws {
        let server = try await TestHTTPServer.start { _ in .full(status: 200, body: openAIReply) }
        defer { Task { await server.stop() } }
        var small = spec(.openai, server.url, name: "small")
        small.toolCalls = "prompt"
        let call = ToolCall(id: "repaired_1", name: "read_file", arguments: #"{"path":"memory/a.md"}"#)
        let request = ChatRequest(
            messages: [
                .system("You are an agent."), .user("Read memory/a.md"), .assistant("", toolCalls: [call]),
                .tool("hello", callID: "repaired_1", name: "read_file"),
            ], tools: [weatherTool], stream: false)
        _ = try await ModelRouter(config: config([small], route: ["small"])).chat(purpose: "ask", request: request)
        let sent = try #require(server.requests[0].json)
        #expect(sent["tools"] == nil)
        let messages = try #require(sent["messages"] as? [[String: Any]])
        #expect(messages.map { $0["role"] as? String } == ["system", "user", "assistant", "user"])
        let system = messages[0]["content"] as? String ?? ""
        #expect(system.hasPrefix("You are an agent.\n\n# Tools") && system.contains(#""name":"get_current_weather""#))
        #expect(system.hasSuffix(#"reply with only a JSON object of the form {"name": <function-name>, "arguments": <args-json-object>}"#))
        #expect(messages[3]["content"] as? String == "Result of read_file:\nhello")
        #expect(sent["temperature"] as? Double == 0 && sent["max_tokens"] as? Int == ChatRequest.toolReplyTokens)
        // A broken value is refused by name.
        #expect(throws: StewardError.self) { try ModelsConfig.parse("[models.x]\nprovider = \"openai\"\nmodel = \"m\"\ntool_calls = \"text\"\n") }
    }

    @Test func fallsBackOnTransportFailureAndCoolsDown() async throws {
        let dead = try await TestHTTPServer.start { _ in .close }
        let deadURL = dead.url
        await dead.stop()
        let good = try await TestHTTPServer.start { _ in .full(status: 200, body: openAIReply) }
        defer { Task { await good.stop() } }
        let ledger = MemoryLedger()
        let router = ModelRouter(
            config: config([spec(.ollama, deadURL, name: "local"), spec(.openai, good.url, name: "second")], route: ["local", "second"]),
            ledger: ledger)
        let req = ChatRequest(messages: [.user("hi")], stream: false)
        let events = try await collect(router.stream(purpose: "ask", request: req))
        #expect(
            events.contains {
                if case .failed(let m, let reason) = $0 { return m.name == "local" && reason.contains("ollama serve") }
                return false
            })
        guard case .done(let reply, let model, _)? = events.last else {
            Issue.record("no reply")
            return
        }
        #expect(reply.message.content == "local answer" && model.name == "second")
        // The dead endpoint is skipped while it cools down, and the skip is said.
        let again = try await collect(router.stream(purpose: "ask", request: req))
        #expect(
            again.contains {
                if case .skipped(let m, let reason) = $0 { return m.name == "local" && reason.contains("cooling down") }
                return false
            })
        #expect(ledger.calls.map(\.outcome) == ["failed", "ok", "skipped", "ok"])
        #expect(ledger.calls[1].inputTokens == 12 && ledger.calls[1].outputTokens == 3)
    }

    @Test func aBadReplyIsNotRetriedElsewhere() async throws {
        let bad = try await TestHTTPServer.start { _ in .full(status: 400, body: #"{"error":{"message":"unknown parameter"}}"#) }
        let good = try await TestHTTPServer.start { _ in .full(status: 200, body: openAIReply) }
        defer {
            Task {
                await bad.stop()
                await good.stop()
            }
        }
        let router = ModelRouter(config: config([spec(.openai, bad.url, name: "a"), spec(.openai, good.url, name: "b")], route: ["a", "b"]))
        await #expect(throws: ModelError.self) {
            _ = try await router.chat(purpose: "ask", request: ChatRequest(messages: [.user("x")], stream: false))
        }
        #expect(good.requests.isEmpty)
    }

    @Test func cloudPolicyConsentAndPrivateTasks() async throws {
        let cloud = try await TestHTTPServer.start { _ in .full(status: 200, body: anthropicReply) }
        defer { Task { await cloud.stop() } }
        let claude = spec(.anthropic, cloud.url, name: "claude", priceIn: 3, priceOut: 15)
        let never = ModelRouter(config: config([claude], route: ["claude"], cloud: .never), makeProvider: withTestKeys)
        await #expect(throws: ModelError.self) {
            _ = try await never.chat(purpose: "ask", request: ChatRequest(messages: [.user("x")], stream: false))
        }
        let noOneToAsk = ModelRouter(config: config([claude], route: ["claude"], cloud: .ask), makeProvider: withTestKeys)
        await #expect(throws: ModelError.self, "cloud = ask with no one to ask sends nothing") {
            _ = try await collect(noOneToAsk.stream(purpose: "ask", request: ChatRequest(messages: [.user("x")], stream: false)))
        }
        #expect(cloud.requests.isEmpty)
        let yes = ModelRouter(config: config([claude], route: ["claude"], cloud: .ask), consent: Consent(answer: true), makeProvider: withTestKeys)
        let (reply, _) = try await yes.chat(purpose: "ask", request: ChatRequest(messages: [.user("x")], stream: false))
        #expect(reply.message.content == "cloud answer")
        #expect(
            cloud.requests.count == 1 && cloud.requests[0].headers["x-api-key"] == "sk-test"
                && cloud.requests[0].headers["anthropic-version"] == "2023-06-01")
        let privateTask = ModelRouter(config: config([claude], route: ["claude"], cloud: .allow), makeProvider: withTestKeys)
        await #expect(throws: ModelError.self) {
            _ = try await privateTask.chat(
                purpose: "ask", request: ChatRequest(messages: [.user("x")], stream: false), options: RouteOptions(isPrivate: true))
        }
        #expect(cloud.requests.count == 1, "nothing else reached the cloud")
    }

    @Test func secretsAreBlockedOrRedactedBeforeLeaving() async throws {
        let cloud = try await TestHTTPServer.start { _ in .full(status: 200, body: anthropicReply) }
        let local = try await TestHTTPServer.start { _ in .full(status: 200, body: openAIReply) }
        defer {
            Task {
                await cloud.stop()
                await local.stop()
            }
        }
        let claude = spec(.anthropic, cloud.url, name: "claude")
        let mine = spec(.openai, local.url, name: "local")
        let secret = "deploy with AWS key AKIAIOSFODNN7EXAMPLE please"
        let block = ModelRouter(config: config([claude, mine], route: ["claude", "local"], secrets: .block), makeProvider: withTestKeys)
        let events = try await collect(block.stream(purpose: "ask", request: ChatRequest(messages: [.user(secret)], stream: false)))
        #expect(
            events.contains {
                if case .skipped(_, let r) = $0 { return r.contains("AWS access key") }
                return false
            })
        #expect(cloud.requests.isEmpty && local.requests.count == 1, "blocked from the cloud, answered locally")
        #expect(local.requests[0].text.contains("AKIAIOSFODNN7EXAMPLE"), "local models see the text as it is")
        let redact = ModelRouter(config: config([claude], route: ["claude"], secrets: .redact), makeProvider: withTestKeys)
        _ = try await redact.chat(purpose: "ask", request: ChatRequest(messages: [.user(secret)], stream: false))
        #expect(!cloud.requests[0].text.contains("AKIAIOSFODNN7EXAMPLE") && cloud.requests[0].text.contains("[REDACTED: AWS access key]"))
    }

    @Test func budgetCapsStopCloudUse() async throws {
        let cloud = try await TestHTTPServer.start { _ in .full(status: 200, body: anthropicReply) }
        defer { Task { await cloud.stop() } }
        let claude = spec(.anthropic, cloud.url, name: "claude", priceIn: 3, priceOut: 15)
        let ledger = MemoryLedger()
        let router = ModelRouter(config: config([claude], route: ["claude"], daily: 0.05), ledger: ledger, makeProvider: withTestKeys)
        let (_, _) = try await router.chat(purpose: "ask", request: ChatRequest(messages: [.user("x")], stream: false))
        // 1000 in × $3/M + 2000 out × $15/M = $0.033; a second call reaches $0.066 ≥ $0.05.
        #expect(abs(ledger.calls[0].costUSD - 0.033) < 1e-9)
        _ = try await router.chat(purpose: "ask", request: ChatRequest(messages: [.user("x")], stream: false))
        do {
            _ = try await router.chat(purpose: "ask", request: ChatRequest(messages: [.user("x")], stream: false))
            Issue.record("the cap did not stop the third call")
        } catch let e as ModelError {
            #expect(e.message.contains("daily cloud budget") && e.message.contains("has $0.0000 left") && e.kind == .policy)
        }
        #expect(cloud.requests.count == 2)
        // The cap is hard: each reply was limited to what the budget had left ($0.05 at $15
        // per million output tokens: 3,333 tokens, not Anthropic's default 4,096; then $0.017:
        // about 1,133).
        let first = try #require(cloud.requests[0].json?["max_tokens"] as? Int)
        #expect((3_300...3_333).contains(first), "\(first)")
        let lowered = try #require(cloud.requests[1].json?["max_tokens"] as? Int)
        #expect((1_100...1_133).contains(lowered), "\(lowered)")
    }
}

@Suite("OpenAI-compatible and Anthropic streaming")
struct StreamingProviderTests {
    @Test func openAIStreamWithToolCallDeltasAndUsage() async throws {
        let chunks = [
            #"data: {"id":"c1","object":"chat.completion.chunk","model":"qwen","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}"#,
            #"data: {"id":"c1","object":"chat.completion.chunk","model":"qwen","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"get_current_weather","arguments":""}}]},"finish_reason":null}]}"#,
            #"data: {"id":"c1","object":"chat.completion.chunk","model":"qwen","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"location\":"}}]},"finish_reason":null}]}"#,
            #"data: {"id":"c1","object":"chat.completion.chunk","model":"qwen","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"\"Paris\"}"}}]},"finish_reason":null}]}"#,
            #"data: {"id":"c1","object":"chat.completion.chunk","model":"qwen","choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}"#,
            #"data: {"id":"c1","object":"chat.completion.chunk","model":"qwen","choices":[],"usage":{"prompt_tokens":40,"completion_tokens":9,"total_tokens":49}}"#,
            "data: [DONE]",
        ].map { $0 + "\n\n" }
        let server = try await TestHTTPServer.start { _ in .stream(contentType: "text/event-stream", pieces: chunks, delay: 0.005) }
        defer { Task { await server.stop() } }
        let reply = try await OpenAIProvider(model: spec(.openai, server.url)).chat(ChatRequest(messages: [.user("weather?")], tools: [weatherTool]))
        #expect(reply.message.toolCalls == [ToolCall(id: "call_1", name: "get_current_weather", arguments: #"{"location":"Paris"}"#)])
        #expect(reply.usage == Usage(inputTokens: 40, outputTokens: 9) && reply.finishReason == "tool_calls")
        let sent = try #require(server.requests.first?.json)
        #expect((sent["stream_options"] as? [String: Any])?["include_usage"] as? Bool == true)
        #expect(((sent["tools"] as? [[String: Any]])?.first?["function"] as? [String: Any])?["name"] as? String == "get_current_weather")
    }

    @Test func anthropicStreamWithTextAndToolUse() async throws {
        let events: [(String, String)] = [
            (
                "message_start",
                #"{"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","content":[],"model":"claude-sonnet-4-5","stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":25,"output_tokens":1}}}"#
            ),
            ("content_block_start", #"{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}"#),
            ("ping", #"{"type": "ping"}"#),
            ("content_block_delta", #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Let me check."}}"#),
            ("content_block_stop", #"{"type":"content_block_stop","index":0}"#),
            (
                "content_block_start",
                #"{"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":"toolu_01","name":"get_current_weather","input":{}}}"#
            ),
            (
                "content_block_delta",
                #"{"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{\"location\": \"San"}}"#
            ),
            (
                "content_block_delta",
                #"{"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":" Francisco, CA\"}"}}"#
            ),
            ("content_block_stop", #"{"type":"content_block_stop","index":1}"#),
            ("message_delta", #"{"type":"message_delta","delta":{"stop_reason":"tool_use","stop_sequence":null},"usage":{"output_tokens":89}}"#),
            ("message_stop", #"{"type":"message_stop"}"#),
        ]
        let server = try await TestHTTPServer.start { _ in
            .stream(contentType: "text/event-stream", pieces: events.map { "event: \($0.0)\ndata: \($0.1)\n\n" }, delay: 0.005)
        }
        defer { Task { await server.stop() } }
        let p = AnthropicProvider(model: spec(.anthropic, server.url), environment: testKeys)
        let reply = try await p.chat(ChatRequest(messages: [.system("be brief"), .user("weather?")], tools: [weatherTool]))
        #expect(reply.message.content == "Let me check.")
        #expect(reply.message.toolCalls == [ToolCall(id: "toolu_01", name: "get_current_weather", arguments: #"{"location": "San Francisco, CA"}"#)])
        #expect(reply.usage == Usage(inputTokens: 25, outputTokens: 89) && reply.finishReason == "tool_use")
        let sent = try #require(server.requests.first?.json)
        #expect(sent["system"] as? String == "be brief" && sent["max_tokens"] as? Int == 4096)
        #expect(((sent["tools"] as? [[String: Any]])?.first?["input_schema"]) != nil)
        // A tool result goes back as a tool_result block in a user message.
        _ = try? await p.chat(
            ChatRequest(messages: [
                .user("weather?"), .assistant("", toolCalls: reply.message.toolCalls), .tool("18°C", callID: "toolu_01", name: "get_current_weather"),
            ]))
        let second = try #require(server.requests.last?.json?["messages"] as? [[String: Any]])
        let last = try #require((second.last?["content"] as? [[String: Any]])?.first)
        #expect(second.last?["role"] as? String == "user" && last["type"] as? String == "tool_result" && last["tool_use_id"] as? String == "toolu_01")
    }

    @Test func anthropicOverloadedMidStreamIsATransportFailure() async throws {
        let server = try await TestHTTPServer.start { _ in
            .stream(
                contentType: "text/event-stream",
                pieces: [
                    "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"model\":\"c\",\"usage\":{\"input_tokens\":1,\"output_tokens\":1}}}\n\n",
                    "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n\n",
                ])
        }
        defer { Task { await server.stop() } }
        do {
            _ = try await AnthropicProvider(model: spec(.anthropic, server.url), environment: testKeys).chat(ChatRequest(messages: [.user("x")]))
            Issue.record("no error")
        } catch let e as ModelError {
            #expect(e.kind.isTransport && e.message.contains("overloaded_error"))
        }
    }
}

@Suite("Router configuration")
struct ConfigTests {
    static let example = """
        [models.local]
        provider = "ollama"            # ollama | openai | anthropic
        url = "http://127.0.0.1:11434"
        model = "qwen3:1.7b"
        context = 8192

        [models.claude]
        provider = "anthropic"
        model = "claude-sonnet-4-5"
        api_key_env = "ANTHROPIC_API_KEY"
        price_in = 3.0                 # USD per million tokens
        price_out = 15.0

        [routes]
        classify = ["local"]
        code = ["local", "claude"]
        research = ["local", "claude"]
        fileops = ["local"]
        ask = ["local", "claude"]
        embed = ["local"]

        [privacy]
        cloud = "ask"                  # never | ask | allow
        secrets = "block"              # block | redact

        [budget]
        daily_usd = 1.0
        monthly_usd = 10.0
        """

    @Test func theIssuesExampleWorksAsWritten() throws {
        let c = try ModelsConfig.parse(Self.example)
        #expect(c.models["local"]?.provider == .ollama && c.models["local"]?.context == 8192 && c.models["local"]?.cloud == false)
        #expect(c.models["claude"]?.cloud == true && c.models["claude"]?.priceOut == 15 && c.models["claude"]?.url == "https://api.anthropic.com")
        #expect(c.route("code") == ["local", "claude"] && c.cloud == .ask && c.secrets == .block && c.dailyUSD == 1 && c.monthlyUSD == 10)
    }

    static let broken: [(String, String)] = [
        ("[models.x]\nprovider = \"ollama\"\nmodel = \"m\"\ncontxt = 1\n", "models.x.contxt"),
        ("[models.x]\nprovider = \"gpt\"\nmodel = \"m\"\n", "models.x.provider"),
        ("[models.x]\nprovider = \"ollama\"\n", "models.x.model"),
        ("[models.x]\nprovider = \"ollama\"\nmodel = \"m\"\ncontext = \"big\"\n", "models.x.context"),
        ("[models.x]\nprovider = \"ollama\"\nmodel = \"m\"\nurl = \"ftp://x\"\n", "models.x.url"),
        ("[models.x]\nprovider = \"anthropic\"\nmodel = \"m\"\napi_key_env = \"sk-ant-123 456\"\n", "api_key_env"),
        ("[routes]\nask = [\"nope\"]\n", "routes.ask names 'nope'"),
        ("[routes]\nchat = [\"local\"]\n", "routes.chat"),
        ("[privacy]\ncloud = \"sometimes\"\n", "privacy.cloud"),
        ("[budget]\ndaily_usd = -1\n", "budget.daily_usd"),
    ]

    @Test("broken router configuration names the key", arguments: broken)
    func brokenConfig(_ text: String, _ key: String) {
        do {
            _ = try ModelsConfig.parse(text)
            Issue.record("accepted: \(text)")
        } catch let e as StewardError {
            #expect(e.message.contains(key), "\(e.message)")
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func defaultsWithoutAnyModels() throws {
        let c = try ModelsConfig.parse("")
        #expect(c.models["local"]?.provider == .ollama && c.route("ask") == ["local"] && c.cloud == .ask)
    }
}

@Suite("Secret scanner")
struct SecretScannerTests {
    static let secrets: [(String, String)] = [
        ("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----", "private key"),
        ("key AKIAIOSFODNN7EXAMPLE here", "AWS access key"),
        ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBGXyz\n-----END PGP PRIVATE KEY BLOCK-----", "private key"),
        ("ghp_" + String(repeating: "a1B2", count: 9), "GitHub token"),
        ("xoxb-123456789012-abcdefghij", "Slack token"),
        ("sk-ant-api03-" + String(repeating: "Zx9", count: 10), "Anthropic API key"),
        ("AIza" + String(repeating: "Sy", count: 17) + "X", "Google API key"),
        ("export DATABASE_PASSWORD=hunter2hunter2", ".env secret"),
        ("config = {\"api_key\": \"q8Xr2LmN4vB7tY1zK9pW\"}", "secret-looking value"),
    ]

    @Test("finds and redacts", arguments: secrets)
    func findsSecrets(_ text: String, _ kind: String) {
        let s = SecretScanner()
        #expect(s.scan(text).map(\.kind).contains(kind))
        #expect(s.redact(text).contains("[REDACTED: \(kind)]"))
    }

    @Test func leavesOrdinaryTextAlone() {
        let s = SecretScanner()
        for text in ["The password policy says 8 characters.", "token = aaaaaaaaaaaaaaaaaaaa", "Use ollama serve to start", "sha 1d9614638d18024d"] {
            #expect(s.scan(text).isEmpty, "\(text)")
        }
    }
}

@Suite("Where a model runs")
struct LocalityTests {
    @Test(arguments: [
        ("127.0.0.1", true), ("localhost", true), ("10.1.2.3", true), ("192.168.0.9", true), ("172.20.0.1", true), ("::1", true),
        ("fd00::1", true), ("box.local", true), ("fdn.example.com", false), ("10.example.com", false), ("172.40.0.1", false),
        ("api.anthropic.com", false), ("8.8.8.8", false), ("010.8.8.8", false),
    ])
    func hostLocality(_ host: String, _ local: Bool) {
        #expect(ModelsConfig.isLocal(host: host) == local)
    }

    @Test func hugeNumbersAreRefusedByName() {
        #expect(throws: StewardError.self) { try ModelsConfig.parse("[models.x]\nprovider = \"ollama\"\nmodel = \"m\"\ncontext = 1e30\n") }
        #expect(throws: StewardError.self) { try ModelsConfig.parse("[models.x]\nprovider = \"ollama\"\nmodel = \"m\"\ntimeout = 1e30\n") }
    }
}

final class CountingConsent: CloudConsent, @unchecked Sendable {
    // @unchecked: `asked` is only touched under `lock`.
    private let lock = NSLock()
    private var count = 0
    func mayUseCloud(model: ModelSpec, purpose: String) async -> Bool {
        bump()
        return true
    }
    private func bump() { lock.withLock { count += 1 } }
    var asked: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}

@Suite("Router details checked end to end")
struct RouterDetailTests {
    @Test func consentIsNotAskedForWhatTheBudgetRefuses() async throws {
        let cloud = try await TestHTTPServer.start { _ in .full(status: 200, body: anthropicReply) }
        defer { Task { await cloud.stop() } }
        let consent = CountingConsent()
        let router = ModelRouter(
            config: config([spec(.anthropic, cloud.url, name: "claude", priceIn: 3, priceOut: 15)], route: ["claude"], cloud: .ask, daily: 0.001),
            ledger: MemoryLedger(), consent: consent, makeProvider: withTestKeys)
        await #expect(throws: ModelError.self) {
            _ = try await router.chat(purpose: "ask", request: ChatRequest(messages: [.user("x")], stream: false))
        }
        #expect(consent.asked == 0 && cloud.requests.isEmpty)
    }

    @Test func coolDownIsSharedThroughTheStoreAndEndsOnSuccess() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("steward-cool-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try Store(path: dir + "/steward.db")
        let good = try await TestHTTPServer.start { _ in .full(status: 200, body: openAIReply) }
        defer { Task { await good.stop() } }
        let dead = spec(.ollama, "http://127.0.0.1:9", name: "dead")
        let cfg = config([dead, spec(.openai, good.url, name: "good")], route: ["dead", "good"])
        _ = try await ModelRouter(config: cfg, ledger: store).chat(purpose: "ask", request: ChatRequest(messages: [.user("x")], stream: false))
        // Another router (as another process would) skips the failed model without calling it.
        let second = try await collect(
            ModelRouter(config: cfg, ledger: store).stream(purpose: "ask", request: ChatRequest(messages: [.user("x")], stream: false)))
        #expect(
            second.contains {
                if case .skipped(let m, let r) = $0 { return m.name == "dead" && r.contains("cooling down") }
                return false
            })
        #expect(
            !second.contains {
                if case .trying(let m) = $0 { return m.name == "dead" }
                return false
            })
        // A later success of that model ends the cool-down everywhere.
        try await store.record(
            ModelCallRecord(date: Date(), purpose: "ask", modelName: "dead", provider: "ollama", model: "m", cloud: false, outcome: "ok"))
        let third = try await collect(
            ModelRouter(config: cfg, ledger: store).stream(purpose: "ask", request: ChatRequest(messages: [.user("x")], stream: false)))
        #expect(
            third.contains {
                if case .trying(let m) = $0 { return m.name == "dead" }
                return false
            })
    }

    @Test func ollamaGetsThinkKeepAliveAndNumPredict() async throws {
        let server = try await TestHTTPServer.start { _ in .full(status: 200, body: OllamaDocs.noStreaming) }
        defer { Task { await server.stop() } }
        var m = spec(.ollama, server.url, context: 2048)
        m.think = false
        m.keepAlive = "10m"
        m.maxTokens = 64
        m.temperature = 0.2
        _ = try await OllamaProvider(model: m).chat(ChatRequest(messages: [.user("x")], stream: false))
        let sent = try #require(server.requests.first?.json)
        let options = try #require(sent["options"] as? [String: Any])
        #expect(sent["think"] as? Bool == false && sent["keep_alive"] as? String == "10m")
        #expect(options["num_ctx"] as? Int == 2048 && options["num_predict"] as? Int == 64 && (options["temperature"] as? Double) == 0.2)
    }
}

@Suite("Third router review")
struct ThirdRouterReviewTests {
    @Test func hugeNumbersInRepliesAreNotIntegers() {
        #expect(JSONValue.number(1e20).int == nil && JSONValue.number(26).int == 26 && JSONValue.number(.nan).int == nil)
    }

    @Test func aCloudServerThatOmitsUsageIsStillCharged() async throws {
        let noUsage =
            #"{"id":"c","object":"chat.completion","model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"a long enough answer"},"finish_reason":"stop"}]}"#
        let cloud = try await TestHTTPServer.start { _ in .full(status: 200, body: noUsage) }
        defer { Task { await cloud.stop() } }
        let ledger = MemoryLedger()
        var m = spec(.openai, cloud.url, name: "remote", cloud: true, priceIn: 1000, priceOut: 1000)
        m.maxTokens = 10
        let router = ModelRouter(config: config([m], route: ["remote"], daily: 100), ledger: ledger)
        _ = try await router.chat(purpose: "ask", request: ChatRequest(messages: [.user(String(repeating: "x", count: 400))], stream: false))
        #expect(ledger.calls[0].costUSD > 0.1, "estimated from the bytes sent and received")
    }

    @Test func secretsInToolDefinitionsNeverReachTheCloud() async throws {
        let cloud = try await TestHTTPServer.start { _ in .full(status: 200, body: anthropicReply) }
        defer { Task { await cloud.stop() } }
        let leaky = ToolDefinition(name: "deploy", description: "uses AKIAIOSFODNN7EXAMPLE", parameters: .object(["type": "object"]))
        let router = ModelRouter(
            config: config([spec(.anthropic, cloud.url, name: "claude")], route: ["claude"], secrets: .redact), makeProvider: withTestKeys)
        await #expect(throws: ModelError.self) {
            _ = try await router.chat(purpose: "ask", request: ChatRequest(messages: [.user("x")], tools: [leaky], stream: false))
        }
        #expect(cloud.requests.isEmpty)
    }

    @Test func anInvalidRequestMidStreamDoesNotFallBack() async throws {
        let server = try await TestHTTPServer.start { _ in
            .stream(
                contentType: "text/event-stream",
                pieces: [
                    "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"bad\"}}\n\n"
                ])
        }
        defer { Task { await server.stop() } }
        do {
            _ = try await AnthropicProvider(model: spec(.anthropic, server.url), environment: testKeys).chat(ChatRequest(messages: [.user("x")]))
            Issue.record("no error")
        } catch let e as ModelError {
            #expect(!e.kind.isTransport)
        }
    }
}
