import Foundation
import StewardCore
import StewardJSON
import StewardModels
import StewardTestSupport
import Testing

func spec(
    _ provider: ProviderKind, _ url: String, name: String = "m", model: String = "llama3.2", context: Int = 8192,
    idle: Double = 5, cloud: Bool? = nil, priceIn: Double = 0, priceOut: Double = 0
) -> ModelSpec {
    ModelSpec(
        name: name, provider: provider, url: url, model: model, context: context, priceIn: priceIn, priceOut: priceOut,
        apiKeyEnv: provider == .anthropic ? "TEST_ANTHROPIC_KEY" : nil, temperature: nil, maxTokens: nil, connectTimeout: 2, idleTimeout: idle,
        think: nil, keepAlive: nil, toolResults: "tool", cloud: cloud ?? (provider == .anthropic))
}

/// Ollama's documented examples (docs/api.md in ollama/ollama, "Generate a chat completion"),
/// verbatim; a stream is one JSON object per line on the wire.
enum OllamaDocs {
    static let streamChunk =
        #"{"model": "llama3.2", "created_at": "2023-08-04T08:52:19.385406455-07:00", "message": {"role": "assistant", "content": "The", "images": null}, "done": false}"#
    static let streamFinal =
        #"{"model": "llama3.2", "created_at": "2023-08-04T19:22:45.499127Z", "done": true, "total_duration": 4883583458, "load_duration": 1334875, "prompt_eval_count": 26, "prompt_eval_duration": 342546000, "eval_count": 282, "eval_duration": 4535599000}"#
    static let noStreaming = """
        {
          "model": "llama3.2",
          "created_at": "2023-12-12T14:13:43.416799Z",
          "message": {
            "role": "assistant",
            "content": "Hello! How are you today?"
          },
          "done": true,
          "total_duration": 5191566416,
          "load_duration": 2154458,
          "prompt_eval_count": 26,
          "prompt_eval_duration": 383809000,
          "eval_count": 298,
          "eval_duration": 4799921000
        }
        """
    static let withTools = """
        {
          "model": "llama3.2",
          "created_at": "2024-07-22T20:33:28.123648Z",
          "message": {
            "role": "assistant",
            "content": "",
            "tool_calls": [
              {
                "function": {
                  "name": "get_current_weather",
                  "arguments": {
                    "format": "celsius",
                    "location": "Paris, FR"
                  }
                }
              }
            ]
          },
          "done_reason": "stop",
          "done": true,
          "total_duration": 885095291,
          "load_duration": 3753500,
          "prompt_eval_count": 122,
          "prompt_eval_duration": 328493000,
          "eval_count": 33,
          "eval_duration": 552222000
        }
        """
    static let structured =
        #"{"model": "llama3.1", "created_at": "2024-12-06T00:46:58.265747Z", "message": { "role": "assistant", "content": "{\"age\": 22, \"available\": false}" }, "done_reason": "stop", "done": true, "total_duration": 2254970291, "load_duration": 574751416, "prompt_eval_count": 34, "prompt_eval_duration": 1502000000, "eval_count": 12, "eval_duration": 175000000}"#
    static let tags =
        #"{"models": [{"name": "deepseek-r1:latest", "model": "deepseek-r1:latest", "modified_at": "2025-05-10T08:06:48.639712648-07:00", "size": 4683075271, "digest": "0a8c266910232fd3291e71e5ba1e058cc5af9d411192cf88b6d30e92b6e73163", "details": {"parent_model": "", "format": "gguf", "family": "qwen2", "families": ["qwen2"], "parameter_size": "7.6B", "quantization_level": "Q4_K_M"}}, {"name": "llama3.2:latest", "model": "llama3.2:latest", "modified_at": "2025-05-04T17:37:44.706015396-07:00", "size": 2019393189, "digest": "a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72", "details": {"parent_model": "", "format": "gguf", "family": "llama", "families": ["llama"], "parameter_size": "3.2B", "quantization_level": "Q4_K_M"}}]}"#
}

let weatherTool = ToolDefinition(
    name: "get_current_weather", description: "Get the current weather for a location",
    parameters: .object(["type": "object", "properties": .object(["location": .object(["type": "string"])]), "required": .array(["location"])]))

@Suite("Ollama provider against Ollama's documented examples")
struct OllamaTests {
    @Test func streamingChatAndNumCtxAlwaysSent() async throws {
        let server = try await TestHTTPServer.start { _ in
            .stream(contentType: "application/x-ndjson", pieces: [OllamaDocs.streamChunk + "\n", OllamaDocs.streamFinal + "\n"], delay: 0.01)
        }
        defer { Task { await server.stop() } }
        let p = OllamaProvider(model: spec(.ollama, server.url, context: 4096))
        var text = ""
        var done: ChatResponse?
        for try await e in p.stream(ChatRequest(messages: [.user("why is the sky blue?")])) {
            if case .text(let t) = e { text += t }
            if case .done(let r) = e { done = r }
        }
        #expect(text == "The")
        #expect(done?.usage == Usage(inputTokens: 26, outputTokens: 282))
        let sent = try #require(server.requests.first?.json)
        #expect(server.requests.first?.path == "/api/chat")
        #expect((sent["options"] as? [String: Any])?["num_ctx"] as? Int == 4096)
        #expect(sent["stream"] as? Bool == true && sent["model"] as? String == "llama3.2")
    }

    @Test func nonStreamingToolCallsAndStructuredOutput() async throws {
        let server = try await TestHTTPServer.start { req in
            if req.text.contains("\"format\"") { return .full(status: 200, body: OllamaDocs.structured) }
            if req.text.contains("\"tools\"") { return .full(status: 200, body: OllamaDocs.withTools) }
            return .full(status: 200, body: OllamaDocs.noStreaming)
        }
        defer { Task { await server.stop() } }
        let p = OllamaProvider(model: spec(.ollama, server.url))
        let plain = try await p.chat(ChatRequest(messages: [.user("hi")], stream: false))
        #expect(plain.message.content == "Hello! How are you today?" && plain.usage == Usage(inputTokens: 26, outputTokens: 298))
        let tools = try await p.chat(ChatRequest(messages: [.user("What is the weather today in Paris?")], tools: [weatherTool], stream: false))
        #expect(tools.message.toolCalls.count == 1 && tools.message.toolCalls[0].name == "get_current_weather")
        #expect(try JSONValue.parse(tools.message.toolCalls[0].arguments) == .object(["format": "celsius", "location": "Paris, FR"]))
        let schema: JSONValue = .object(["type": "object", "properties": .object(["age": .object(["type": "integer"])])])
        let structured = try await p.chat(ChatRequest(messages: [.user("age?")], format: schema, stream: false))
        #expect(try JSONValue.parse(structured.message.content)["age"] == .number(22))
        let sentFormat = try #require(server.requests.last?.json?["format"] as? [String: Any])
        #expect(sentFormat["type"] as? String == "object")
        // Tool definitions go out in Ollama's shape.
        let sentTools = try #require(server.requests[1].json?["tools"] as? [[String: Any]])
        #expect(sentTools.first?["type"] as? String == "function")
    }

    /// A thinking model (`think: true`): Ollama streams `message.thinking` before the answer.
    @Test func thinkingStreamedApartFromTheAnswerAndSentBack() async throws {
        let chunk: @Sendable (String, String) -> String = { thinking, content in
            #"{"model": "qwen3", "created_at": "2025-05-29T09:35:56.836222Z", "message": {"role": "assistant", "content": "\#(content)", "thinking": "\#(thinking)"}, "done": false}"#
                + "\n"
        }
        let final =
            #"{"model": "qwen3", "created_at": "2025-05-29T09:35:57.0Z", "message": {"role": "assistant", "content": ""}, "done_reason": "stop", "done": true, "prompt_eval_count": 18, "eval_count": 40}"#
            + "\n"
        let server = try await TestHTTPServer.start { req in
            req.text.contains("only-thinks")
                ? .stream(contentType: "application/x-ndjson", pieces: [chunk("Hmm", ""), final])
                : .stream(contentType: "application/x-ndjson", pieces: [chunk("Okay, ", ""), chunk("17 × 23.", ""), chunk("", "391"), final])
        }
        defer { Task { await server.stop() } }
        var model = spec(.ollama, server.url, model: "qwen3")
        model.think = true
        let p = OllamaProvider(model: model)
        var thinking = ""
        var text = ""
        var done: ChatResponse?
        for try await e in p.stream(ChatRequest(messages: [.user("What is 17 × 23?")])) {
            switch e {
            case .thinking(let t): thinking += t
            case .text(let t): text += t
            case .done(let r): done = r
            case .toolCall: break
            }
        }
        #expect(thinking == "Okay, 17 × 23." && text == "391")
        #expect(done?.message.content == "391" && done?.message.thinking == "Okay, 17 × 23.")
        #expect(server.requests[0].json?["think"] as? Bool == true)
        // The reasoning goes back with the assistant's turn, as Ollama documents for multi-turn chats.
        _ = try await p.chat(ChatRequest(messages: [.user("What is 17 × 23?"), done!.message, .user("and 17 × 24?")]))
        let sent = try #require(server.requests[1].json?["messages"] as? [[String: Any]])
        #expect(sent[1]["thinking"] as? String == "Okay, 17 × 23." && sent[1]["content"] as? String == "391")
        // Thinking without an answer is an empty reply (the router falls back), and says how to fix it.
        await #expect(throws: ModelError.self) { _ = try await p.chat(ChatRequest(messages: [.user("only-thinks")])) }
        do { _ = try await p.chat(ChatRequest(messages: [.user("only-thinks")])) } catch let e as ModelError {
            #expect(e.kind == .emptyReply && e.message.contains("think = false"))
        }
    }

    @Test func installedModelsFromTags() async throws {
        let server = try await TestHTTPServer.start { _ in .full(status: 200, body: OllamaDocs.tags) }
        defer { Task { await server.stop() } }
        #expect(try await OllamaProvider(model: spec(.ollama, server.url)).installedModels() == ["deepseek-r1:latest", "llama3.2:latest"])
    }
}

@Suite("Transport failures are classified and name the fix")
struct FailureTests {
    func failure(_ response: TestResponse, idle: Double = 5, stream: Bool = true) async throws -> ModelError {
        let server = try await TestHTTPServer.start { _ in response }
        defer { Task { await server.stop() } }
        do {
            _ = try await OllamaProvider(model: spec(.ollama, server.url, idle: idle)).chat(ChatRequest(messages: [.user("x")], stream: stream))
        } catch let e as ModelError {
            return e
        }
        Issue.record("no error")
        return ModelError(.request, "none")
    }

    @Test func statusCodes() async throws {
        let limited = try await failure(.full(status: 429, body: #"{"error":"too many requests"}"#))
        #expect(limited.kind == .rateLimited && limited.message.contains("too many requests"))
        let broken = try await failure(.full(status: 500, body: #"{"error":"out of memory"}"#))
        #expect(broken.kind == .server && broken.message.contains("out of memory"))
        let missing = try await failure(.full(status: 404, body: #"{"error":"model 'llama3.2' not found"}"#))
        #expect(missing.kind == .request && !missing.kind.isTransport && missing.message.contains("not found"))
    }

    @Test func garbageTruncatedAndEmpty() async throws {
        let garbage = try await failure(.stream(contentType: "application/x-ndjson", pieces: ["<html>oops</html>\n"]))
        #expect(garbage.kind == .malformed && !garbage.kind.isTransport)
        let cut = try await failure(.truncated(contentType: "application/x-ndjson", pieces: [OllamaDocs.streamChunk + "\n"]))
        #expect(cut.kind.isTransport)
        let empty = try await failure(
            .full(status: 200, body: #"{"model":"m","message":{"role":"assistant","content":""},"done":true}"#), stream: false)
        #expect(empty.kind == .emptyReply)
    }

    @Test func idleTimeoutAndRefusedConnection() async throws {
        // The idle (read) timeout fired, not the overall deadline: its message says "idle".
        // (No wall-clock bound here: under a full parallel test run this task may wait for a
        // cooperative thread, which says nothing about the provider.)
        let slow = try await failure(.hang, idle: 0.5)
        #expect(slow.kind == .timeout && slow.message.contains("idle"))
        // Refused for the whole test: no other test's server can take the port meanwhile.
        let gone = try RefusingPort()
        defer { withExtendedLifetime(gone) {} }
        let url = gone.url
        do {
            _ = try await OllamaProvider(model: spec(.ollama, url)).chat(ChatRequest(messages: [.user("x")]))
            Issue.record("no error")
        } catch let e as ModelError {
            #expect(e.kind == .connection && e.message.contains("ollama serve"))
        }
    }

    @Test func contextOverflowIsDetected() async throws {
        let full = #"{"model":"m","message":{"role":"assistant","content":"x"},"done":true,"prompt_eval_count":8192,"eval_count":1}"#
        let e = try await failure(.full(status: 200, body: full), stream: false)
        #expect(e.kind == .contextOverflow && e.message.contains("context"))
    }
}

@Suite("Embeddings")
struct EmbeddingTests {
    /// Ollama's documented /api/embed example (docs/api.md, "Request (Multiple input)"), verbatim.
    static let ollamaEmbed = """
        {
          "model": "all-minilm",
          "embeddings": [[
            0.010071029, -0.0017594862, 0.05007221, 0.04692972, 0.054916814,
            0.008599704, 0.105441414, -0.025878139, 0.12958129, 0.031952348
          ],[
            -0.0098027075, 0.06042469, 0.025257962, -0.006364387, 0.07272725,
            0.017194884, 0.09032035, -0.051705178, 0.09951512, 0.09072481
          ]]
        }
        """

    @Test func ollamaAndOpenAIEmbeddingsThroughTheRoute() async throws {
        let ollama = try await TestHTTPServer.start { _ in .full(status: 200, body: Self.ollamaEmbed) }
        let openai = try await TestHTTPServer.start { _ in
            .full(
                status: 200,
                body:
                    #"{"object":"list","data":[{"object":"embedding","index":1,"embedding":[0.3,0.4]},{"object":"embedding","index":0,"embedding":[0.1,0.2]}],"model":"e","usage":{"prompt_tokens":7,"total_tokens":7}}"#
            )
        }
        defer {
            Task {
                await ollama.stop()
                await openai.stop()
            }
        }
        let (v, _) = try await OllamaProvider(model: spec(.ollama, ollama.url, model: "all-minilm")).embed([
            "Why is the sky blue?", "Why is the grass green?",
        ])
        #expect(v.count == 2 && v[0].count == 10 && v[1][1] == 0.06042469)
        let sent = try #require(ollama.requests.first?.json)
        #expect(ollama.requests.first?.path == "/api/embed" && (sent["input"] as? [String])?.count == 2)
        let (w, usage) = try await OpenAIProvider(model: spec(.openai, openai.url)).embed(["a", "b"])
        #expect(w == [[0.1, 0.2], [0.3, 0.4]] && usage?.inputTokens == 7, "ordered by index")
        // Through the router: a dead first model falls back to the next.
        let router = ModelRouter(
            config: ModelsConfig(
                models: ["dead": spec(.ollama, "http://127.0.0.1:9", name: "dead"), "e": spec(.openai, openai.url, name: "e")],
                routes: ["embed": ["dead", "e"]]))
        let (vectors, model) = try await router.embed(["a", "b"])
        #expect(vectors.count == 2 && model.name == "e")
    }

    @Test func aWrongNumberOfVectorsIsMalformed() async throws {
        let server = try await TestHTTPServer.start { _ in .full(status: 200, body: #"{"model":"m","embeddings":[[0.1]]}"#) }
        defer { Task { await server.stop() } }
        do {
            _ = try await OllamaProvider(model: spec(.ollama, server.url)).embed(["a", "b"])
            Issue.record("accepted one vector for two texts")
        } catch let e as ModelError {
            #expect(e.kind == .malformed)
        }
    }
}
