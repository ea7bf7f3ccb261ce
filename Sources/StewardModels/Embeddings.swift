import Foundation
import NIOHTTP1
import StewardJSON

/// Vectors for texts: Ollama's `POST /api/embed`, OpenAI-compatible `POST /v1/embeddings`.
public protocol EmbeddingProvider: Sendable {
    /// One vector per text, in order.
    func embed(_ texts: [String]) async throws -> (vectors: [[Double]], usage: Usage?)
}

extension OllamaProvider: EmbeddingProvider {
    public func embed(_ texts: [String]) async throws -> (vectors: [[Double]], usage: Usage?) {
        var o: [String: JSONValue] = [
            "model": .string(model.model), "input": .array(texts.map { .string($0) }),
            "options": .object(["num_ctx": .number(Double(model.context))]),
        ]
        if let k = model.keepAlive { o["keep_alive"] = .string(k) }
        let response = try await http.send(.POST, "/api/embed", json: Data(JSONValue.object(o).jsonText.utf8))
        let body = try await http.collect(response)
        guard let json = try? JSONValue.parse(body), let rows = json["embeddings"]?.array else {
            throw ModelError(.malformed, "Ollama at \(model.url) answered /api/embed without \"embeddings\": \(HTTPTransport.snippet(body))")
        }
        let vectors = try Self.vectors(rows, expected: texts.count, url: model.url)
        return (vectors, json["prompt_eval_count"]?.int.map { Usage(inputTokens: $0, outputTokens: 0) })
    }

    static func vectors(_ rows: [JSONValue], expected: Int, url: String) throws -> [[Double]] {
        let vectors = rows.map { ($0.array ?? []).compactMap(\.number) }
        guard vectors.count == expected, vectors.allSatisfy({ !$0.isEmpty }) else {
            throw ModelError(.malformed, "\(url) returned \(vectors.count) embeddings for \(expected) texts")
        }
        return vectors
    }
}

extension OpenAIProvider: EmbeddingProvider {
    public func embed(_ texts: [String]) async throws -> (vectors: [[Double]], usage: Usage?) {
        let payload = JSONValue.object(["model": .string(model.model), "input": .array(texts.map { .string($0) })])
        let response = try await http.send(.POST, "/v1/embeddings", json: Data(payload.jsonText.utf8), headers: headers)
        let body = try await http.collect(response)
        guard let json = try? JSONValue.parse(body), let data = json["data"]?.array else {
            throw ModelError(.malformed, "\(model.url) answered /v1/embeddings without \"data\": \(HTTPTransport.snippet(body))")
        }
        let ordered = data.sorted { ($0["index"]?.int ?? 0) < ($1["index"]?.int ?? 0) }.map { $0["embedding"] ?? .null }
        let vectors = try OllamaProvider.vectors(ordered, expected: texts.count, url: model.url)
        return (vectors, json["usage"]?["prompt_tokens"]?.int.map { Usage(inputTokens: $0, outputTokens: 0) })
    }
}

extension ModelRouter {
    public static func embeddingProvider(for spec: ModelSpec) -> EmbeddingProvider? {
        switch spec.provider {
        case .ollama: OllamaProvider(model: spec)
        case .openai: OpenAIProvider(model: spec)
        case .anthropic: nil
        }
    }

    /// Embeds texts along the `embed` route, with the chat route's rules: policy, secrets and
    /// budget for cloud models, fallback on transport failures, every attempt recorded.
    public func embed(_ texts: [String], options: RouteOptions = RouteOptions()) async throws -> (vectors: [[Double]], model: ModelSpec) {
        let names = options.model.map { [$0] } ?? config.route("embed")
        if names.isEmpty { throw ModelError(.request, "no model is set for 'embed': add [routes] embed = [\"MODEL\"] to steward.toml") }
        var reasons: [String] = []
        for name in names {
            guard let spec = config.models[name] else { continue }
            guard let provider = Self.embeddingProvider(for: spec) else {
                reasons.append("\(name): \(spec.provider.rawValue) has no embeddings API")
                continue
            }
            var request = ChatRequest(messages: texts.map { .user($0) })
            var reason = await coolingDown(spec)
            if reason == nil { reason = try await refusal(spec, purpose: "embed", options: options, request: &request) }
            if let reason {
                reasons.append("\(name): \(reason)")
                await record(spec, "embed", outcome: "skipped", reason: reason)
                continue
            }
            let start = now()
            do {
                let (vectors, usage) = try await provider.embed(request.messages.map(\.content))
                let cost = spec.cost(usage ?? Usage(inputTokens: 0, outputTokens: 0))
                await record(spec, "embed", outcome: "ok", usage: usage, cost: cost, latency: now().timeIntervalSince(start) * 1000)
                return (vectors, spec)
            } catch let e as ModelError where e.kind.isTransport {
                coolingUntil[name] = now().addingTimeInterval(config.cooldownSeconds)
                reasons.append("\(name): \(e.message)")
                await record(spec, "embed", outcome: "failed", reason: "\(e.kind): \(e.message)", latency: now().timeIntervalSince(start) * 1000)
            }
        }
        throw ModelError(.connection, "no model on the 'embed' route could embed — " + reasons.joined(separator: "; "))
    }
}
