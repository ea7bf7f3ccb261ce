import Foundation
import StewardCore
import StewardJSON
import StewardModels
import Testing

/// Against a real model server (`../shared/tools/local-model.sh start` gives llama.cpp's
/// server with Qwen2.5-Coder-0.5B): runs when STEWARD_TEST_OPENAI_URL is set, e.g.
/// `STEWARD_TEST_OPENAI_URL=http://127.0.0.1:18080 swift test --filter RealModel`.
let realURL = ProcessInfo.processInfo.environment["STEWARD_TEST_OPENAI_URL"]

@Suite("Real model (STEWARD_TEST_OPENAI_URL)", .enabled(if: realURL != nil, "set STEWARD_TEST_OPENAI_URL to a llama-server URL"))
struct RealModelTests {
    var openai: ModelSpec { spec(.openai, realURL ?? "", model: "qwen", idle: 120) }

    @Test func chatStreamsAndReportsUsage() async throws {
        var pieces = 0
        var reply: ChatResponse?
        for try await e in OpenAIProvider(model: openai).stream(
            ChatRequest(messages: [.user("Say hello in five words.")], temperature: 0, maxTokens: 40))
        {
            if case .text = e { pieces += 1 }
            if case .done(let r) = e { reply = r }
        }
        #expect(pieces > 1, "streamed in pieces")
        #expect(!(reply?.message.content.isEmpty ?? true))
        #expect((reply?.usage?.inputTokens ?? 0) > 0 && (reply?.usage?.outputTokens ?? 0) > 0)
        #expect(try await OpenAIProvider(model: openai).installedModels().count >= 1)
    }

    @Test func toolCallsComeBackParsed() async throws {
        let tool = ToolDefinition(
            name: "get_current_weather", description: "Get the current weather for a city",
            parameters: .object(["type": "object", "properties": .object(["city": .object(["type": "string"])]), "required": .array(["city"])]))
        let reply = try await OpenAIProvider(model: openai).chat(
            ChatRequest(messages: [.user("What is the weather in Berlin?")], tools: [tool], temperature: 0, maxTokens: 100))
        let call = try #require(reply.message.toolCalls.first)
        #expect(call.name == "get_current_weather")
        #expect((try JSONValue.parse(call.arguments)["city"]?.string ?? "").contains("Berlin"))
    }

    @Test func anthropicShapeOnTheSameServer() async throws {
        let m = spec(.anthropic, realURL ?? "", model: "qwen", idle: 120)
        let reply = try await AnthropicProvider(model: m, environment: ["TEST_ANTHROPIC_KEY": "unused-by-llama-server"]).chat(
            ChatRequest(messages: [.system("Answer briefly."), .user("What is 2+2?")], temperature: 0, maxTokens: 30))
        #expect(reply.message.content.contains("4"))
        #expect((reply.usage?.outputTokens ?? 0) > 0)
    }

    @Test func theRouterFallsBackToTheRealModel() async throws {
        var c = ModelsConfig(
            models: [
                "dead": spec(.ollama, "http://127.0.0.1:9", name: "dead"),
                "real": spec(.openai, realURL ?? "", name: "real", model: "qwen", idle: 120),
            ],
            routes: ["ask": ["dead", "real"]])
        c.cloud = .never
        let (reply, model) = try await ModelRouter(config: c).chat(
            purpose: "ask", request: ChatRequest(messages: [.user("Reply with OK.")], temperature: 0, maxTokens: 10))
        #expect(model.name == "real" && !reply.message.content.isEmpty)
    }
}

/// Against a real server started with embeddings on (`llama-server … --embeddings --pooling
/// mean`): runs when STEWARD_TEST_EMBED_URL is set.
let realEmbedURL = ProcessInfo.processInfo.environment["STEWARD_TEST_EMBED_URL"]

@Suite(
    "Real embeddings (STEWARD_TEST_EMBED_URL)",
    .enabled(if: realEmbedURL != nil, "set STEWARD_TEST_EMBED_URL to a llama-server started with --embeddings"))
struct RealEmbeddingTests {
    @Test func similarTextsAreCloser() async throws {
        let p = OpenAIProvider(model: spec(.openai, realEmbedURL ?? "", model: "qwen", idle: 60))
        let (v, usage) = try await p.embed(["The cat sat on the mat.", "A cat was sitting on a mat.", "Quarterly revenue rose by 4 percent."])
        func cosine(_ a: [Double], _ b: [Double]) -> Double {
            zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } / (sqrt(a.reduce(0) { $0 + $1 * $1 }) * sqrt(b.reduce(0) { $0 + $1 * $1 }))
        }
        #expect(v.count == 3 && v[0].count > 100 && (usage?.inputTokens ?? 0) > 0)
        #expect(cosine(v[0], v[1]) > cosine(v[0], v[2]))
    }
}
