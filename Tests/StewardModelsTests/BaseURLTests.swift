import Foundation
import StewardModels
import StewardTestSupport
import Testing

/// `[models.NAME].url` written the way each ecosystem writes a base URL: the OpenAI SDK,
/// LiteLLM and llama.cpp's docs end it in `/v1`; a trailing slash is common too.
@Suite("Base URLs: /v1 and trailing slashes, and a URL that does not fit its provider")
struct BaseURLTests {
    static let completion =
        #"{"id":"c","object":"chat.completion","model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"hi"},"finish_reason":"stop"}]}"#
    static let sse = [
        #"data: {"choices":[{"index":0,"delta":{"content":"hi"},"finish_reason":"stop"}],"model":"m"}"#, "data: [DONE]",
    ].map { $0 + "\n\n" }

    /// An OpenAI-compatible server that answers only at its real paths (404 elsewhere).
    static func openAIServer() async throws -> TestHTTPServer {
        try await TestHTTPServer.start { req in
            switch req.path {
            case "/v1/chat/completions":
                req.json?["stream"] as? Bool == true ? .stream(contentType: "text/event-stream", pieces: sse) : .full(status: 200, body: completion)
            case "/v1/models": .full(status: 200, body: #"{"object":"list","data":[{"id":"m","object":"model"}]}"#)
            case "/v1/embeddings":
                .full(status: 200, body: #"{"object":"list","data":[{"object":"embedding","index":0,"embedding":[0.5]}],"model":"m"}"#)
            default: .full(status: 404, contentType: "text/plain", body: "File Not Found")
            }
        }
    }

    @Test(arguments: ["", "/", "/v1", "/v1/"])
    func openAIBaseURLWithOrWithoutV1(suffix: String) async throws {
        let server = try await Self.openAIServer()
        defer { Task { await server.stop() } }
        let p = OpenAIProvider(model: spec(.openai, server.url + suffix, model: "m"))
        let plain = try await p.chat(ChatRequest(messages: [.user("x")], stream: false))
        let streamed = try await p.chat(ChatRequest(messages: [.user("x")], stream: true))
        #expect(plain.message.content == "hi" && streamed.message.content == "hi")
        #expect(try await p.installedModels() == ["m"])
        let (vectors, _) = try await p.embed(["a"])
        #expect(vectors == [[0.5]])
        // Each call reached its path exactly once: never /v1/v1/..., never //v1/...
        #expect(server.requests.map(\.path) == ["/v1/chat/completions", "/v1/chat/completions", "/v1/models", "/v1/embeddings"])
    }

    @Test(arguments: ["", "/v1", "/v1/"])
    func anthropicBaseURLWithOrWithoutV1(suffix: String) async throws {
        let server = try await TestHTTPServer.start { req in
            req.path == "/v1/models"
                ? .full(status: 200, body: #"{"data":[{"id":"claude-sonnet-4-5-20250929","type":"model"}]}"#)
                : .full(status: 404, body: #"{"type":"error","error":{"type":"not_found_error","message":"Not Found"}}"#)
        }
        defer { Task { await server.stop() } }
        let p = AnthropicProvider(model: spec(.anthropic, server.url + suffix, model: "claude-sonnet-4-5"), environment: ["TEST_ANTHROPIC_KEY": "k"])
        #expect(try await p.installedModels() == ["claude-sonnet-4-5-20250929"])
        #expect(server.requests.map(\.path) == ["/v1/models"])
    }

    @Test(arguments: ["", "/", "/api", "/api/"])
    func ollamaBaseURLWithOrWithoutAPI(suffix: String) async throws {
        let server = try await TestHTTPServer.start { req in
            req.path == "/api/tags"
                ? .full(status: 200, body: OllamaDocs.tags) : .full(status: 404, contentType: "text/plain", body: "404 page not found")
        }
        defer { Task { await server.stop() } }
        #expect(try await OllamaProvider(model: spec(.ollama, server.url + suffix)).installedModels().count == 2)
        #expect(server.requests.map(\.path) == ["/api/tags"])
    }

    /// Ollama answers an unknown path with a plain 404; the error says why and what to change.
    @Test func ollamaURLEndingInV1NamesTheFix() async throws {
        let server = try await TestHTTPServer.start { _ in .full(status: 404, contentType: "text/plain", body: "404 page not found") }
        defer { Task { await server.stop() } }
        let p = OllamaProvider(model: spec(.ollama, server.url + "/v1"))
        for call in ["chat", "models"] {
            do {
                if call == "chat" { _ = try await p.chat(ChatRequest(messages: [.user("x")])) } else { _ = try await p.installedModels() }
                Issue.record("\(call): no error")
            } catch let e as ModelError {
                #expect(e.kind == .request && e.status == 404)
                #expect(e.message.contains("url ends in /v1 but provider = \"ollama\""), "\(e.message)")
                #expect(e.message.contains("\(server.url) (no /v1)") && e.message.contains("provider = \"openai\""), "\(e.message)")
            }
        }
    }

    @Test func openAIURLEndingInAPINamesTheFix() async throws {
        let server = try await TestHTTPServer.start { _ in .full(status: 404, contentType: "text/plain", body: "404 page not found") }
        defer { Task { await server.stop() } }
        do {
            _ = try await OpenAIProvider(model: spec(.openai, server.url + "/api")).chat(ChatRequest(messages: [.user("x")]))
            Issue.record("no error")
        } catch let e as ModelError {
            #expect(e.kind == .request && e.message.contains("url ends in /api but provider = \"openai\""), "\(e.message)")
            #expect(e.message.contains("provider = \"ollama\"") && e.message.contains("\(server.url)/v1"), "\(e.message)")
        }
    }

    /// A URL that fits its provider gets no such hint on a 404 (a missing model, say).
    @Test func aFittingURLGetsNoURLHint() async throws {
        let server = try await TestHTTPServer.start { _ in .full(status: 404, body: #"{"error":{"message":"model 'x' not found"}}"#) }
        defer { Task { await server.stop() } }
        do {
            _ = try await OpenAIProvider(model: spec(.openai, server.url + "/v1")).chat(ChatRequest(messages: [.user("x")]))
            Issue.record("no error")
        } catch let e as ModelError {
            #expect(e.message.contains("model 'x' not found") && !e.message.contains("url ends in"), "\(e.message)")
        }
    }
}

/// What a server reports as its models, compared the way each kind of server names them.
@Suite("Served model names")
struct ServedNameTests {
    static let ggufPath = "/root/.cache/x/qwen2.5-coder-0.5b-instruct-q8_0.gguf"

    @Test func openAICompatibleIDsMayBeGGUFPaths() {
        for configured in ["qwen2.5-coder-0.5b-instruct-q8_0", "qwen2.5-coder-0.5b-instruct-q8_0.gguf", Self.ggufPath] {
            #expect(spec(.openai, "http://127.0.0.1:1", model: configured).isServed(by: [Self.ggufPath]), "\(configured)")
        }
        #expect(spec(.openai, "http://127.0.0.1:1", model: "qwen").isServed(by: ["qwen"]))
        #expect(!spec(.openai, "http://127.0.0.1:1", model: "qwen2.5-coder-0.5b").isServed(by: [Self.ggufPath]))
        #expect(!spec(.openai, "http://127.0.0.1:1", model: "cache").isServed(by: [Self.ggufPath]), "only the last path component counts")
    }

    @Test func ollamaNamesDefaultToLatest() {
        let s = { (m: String) in spec(.ollama, "http://127.0.0.1:1", model: m) }
        #expect(s("llama3.2").isServed(by: ["llama3.2:latest"]))
        #expect(s("llama3.2:latest").isServed(by: ["llama3.2"]))
        #expect(s("qwen3:1.7b").isServed(by: ["qwen3:1.7b"]))
        #expect(!s("qwen3").isServed(by: ["qwen3:1.7b"]), "qwen3 means qwen3:latest")
        #expect(!s("qwen3.gguf").isServed(by: ["/x/qwen3.gguf"]), "Ollama names are not paths")
    }

    @Test func anthropicAliasesMatchDatedIDs() {
        let s = spec(.anthropic, "http://127.0.0.1:1", model: "claude-sonnet-4-5")
        #expect(s.isServed(by: ["claude-sonnet-4-5-20250929"]) && !s.isServed(by: ["claude-sonnet-4-5-extra"]))
    }

    @Test func hintsFitTheProvider() {
        let openai = spec(.openai, "http://127.0.0.1:18080", name: "llamacpp", model: "qwen2.5-coder-0.5b").notServedHint([Self.ggufPath])
        #expect(!openai.contains("ollama pull"), "\(openai)")
        #expect(
            openai.contains("qwen2.5-coder-0.5b-instruct-q8_0") && openai.contains("[models.llamacpp].model")
                && openai.contains("--alias qwen2.5-coder-0.5b"), "\(openai)")
        let ollama = spec(.ollama, "http://127.0.0.1:11434", model: "qwen3:1.7b").notServedHint(["llama3.2:latest"])
        #expect(ollama.contains("ollama pull qwen3:1.7b"), "\(ollama)")
        let none = spec(.openai, "http://127.0.0.1:18080", model: "m").notServedHint([])
        #expect(!none.contains("ollama pull"), "\(none)")
    }
}
