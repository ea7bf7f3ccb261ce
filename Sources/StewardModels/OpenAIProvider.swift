import AsyncHTTPClient
import Foundation
import NIOHTTP1
import StewardJSON

/// Any OpenAI-compatible server (llama.cpp's `llama-server`, vLLM, LM Studio, a LiteLLM proxy):
/// `POST /v1/chat/completions` (SSE stream, `data: [DONE]`), `GET /v1/models`.
public struct OpenAIProvider: ChatProvider {
    public let model: ModelSpec
    let http: HTTPTransport
    let apiKey: String?

    public init(model: ModelSpec, environment: [String: String]? = nil) {
        self.model = model
        apiKey = model.apiKeyEnv.flatMap { environment?[$0] ?? ProcessInfo.processInfo.environment[$0] }.flatMap { $0.isEmpty ? nil : $0 }
        http = HTTPTransport(
            model: model,
            unreachableHint:
                "no OpenAI-compatible server is answering at \(model.url); start it (e.g. `llama-server --port …`), or set [models.\(model.name)].url"
        )
    }

    var headers: [(String, String)] { apiKey.map { [("authorization", "Bearer \($0)")] } ?? [] }

    func body(_ r: ChatRequest) -> JSONValue {
        var messages: [JSONValue] = []
        for m in r.messages {
            var o: [String: JSONValue] = ["role": .string(m.role.rawValue), "content": .string(m.content)]
            if !m.toolCalls.isEmpty {
                o["tool_calls"] = .array(
                    m.toolCalls.map { c in
                        .object([
                            "id": .string(c.id), "type": "function",
                            "function": .object(["name": .string(c.name), "arguments": .string(c.arguments)]),
                        ])
                    })
            }
            if m.role == .tool, let id = m.toolCallID { o["tool_call_id"] = .string(id) }
            messages.append(.object(o))
        }
        var o: [String: JSONValue] = ["model": .string(model.model), "messages": .array(messages), "stream": .bool(r.stream)]
        if r.stream { o["stream_options"] = .object(["include_usage": .bool(true)]) }
        if let t = r.temperature ?? model.temperature { o["temperature"] = .number(t) }
        if let n = r.maxTokens ?? model.maxTokens { o["max_tokens"] = .number(Double(n)) }
        if !r.tools.isEmpty {
            o["tools"] = .array(
                r.tools.map { t in
                    .object([
                        "type": "function",
                        "function": .object(["name": .string(t.name), "description": .string(t.description), "parameters": t.parameters]),
                    ])
                })
        }
        if let f = r.format {
            // llama.cpp's server, vLLM and LM Studio take this shape as well as OpenAI's API.
            var schema: [String: JSONValue] = ["name": "output", "schema": f]
            if r.constrained { schema = ["name": "tool_call", "schema": f, "strict": .bool(true)] }
            o["response_format"] = .object(["type": "json_schema", "json_schema": .object(schema)])
        }
        if !r.stop.isEmpty { o["stop"] = .array(r.stop.map { .string($0) }) }
        return .object(o)
    }

    public func complete(_ request: ChatRequest) async throws -> ChatResponse {
        guard !request.stream else { return try await chat(request) }
        do {
            let response = try await http.send(
                .POST, "/v1/chat/completions", json: Data(ToolCallSchema.wireText(body(request)).utf8), headers: headers)
            return try Self.response(from: try await http.json(response, from: model.url), model: model)
        } catch {
            throw http.classify(error)
        }
    }

    public func stream(_ request: ChatRequest) -> AsyncThrowingStream<ChatEvent, Error> {
        let payload = Data(ToolCallSchema.wireText(body(request)).utf8)
        let http = self.http
        let model = self.model
        let headers = self.headers
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    let response = try await http.send(.POST, "/v1/chat/completions", json: payload, headers: headers)
                    if !request.stream {
                        try await http.replyAtOnce(response, url: model.url, to: continuation) { try Self.response(from: $0, model: model) }
                        continuation.finish()
                        return
                    }
                    var text = ""
                    var partial: [Int: (id: String, name: String, args: String)] = [:]
                    var usage: Usage?
                    var finish: String?
                    var served = model.model
                    var sawDone = false
                    // A call's arguments that repeat themselves as they stream (a small model's
                    // loop inside a tool call's "content") stop the reply as its text would.
                    var watches: [Int: RepeatWatch] = [:]
                    for try await event in http.lines(response).serverSentEvents() {
                        if event.data == "[DONE]" {
                            sawDone = true
                            break
                        }
                        guard let obj = try? JSONValue.parse(event.data) else {
                            throw ModelError(.malformed, "\(model.url) sent an event that is not JSON: \(HTTPTransport.snippet(event.data))")
                        }
                        if let message = HTTPTransport.errorMessage(in: obj) {
                            let type = (obj["error"]?["type"]?.string ?? obj["error"]?["code"]?.string ?? "").lowercased()
                            if HTTPTransport.isUnparsableModelOutput(message) {
                                throw ModelError(
                                    .malformed, "\(model.model)'s reply did not fit the server's tool-call format (\(HTTPTransport.snippet(message)))"
                                )
                            }
                            let kind: ModelError.Kind =
                                type.contains("invalid") || type.contains("auth") || type.contains("permission") || type.contains("not_found")
                                ? .request : .server
                            throw ModelError(kind, "\(model.url) reported an error mid-stream: \(message)")
                        }
                        if let m = obj["model"]?.string { served = m }
                        if let u = obj["usage"], let p = u["prompt_tokens"]?.int {
                            usage = Usage(inputTokens: p, outputTokens: u["completion_tokens"]?.int ?? 0)
                        }
                        for choice in obj["choices"]?.array ?? [] {
                            if let f = choice["finish_reason"]?.string { finish = f }
                            let delta = choice["delta"] ?? .null
                            if let piece = delta["content"]?.string, !piece.isEmpty {
                                text += piece
                                continuation.yield(.text(piece))
                            }
                            for tc in delta["tool_calls"]?.array ?? [] {
                                let i = tc["index"]?.int ?? 0
                                var cur = partial[i] ?? (id: "", name: "", args: "")
                                if let id = tc["id"]?.string { cur.id = id }
                                if let n = tc["function"]?["name"]?.string { cur.name += n }
                                if let a = tc["function"]?["arguments"]?.string { cur.args += a }
                                partial[i] = cur
                                if request.stopWhenRepeating, let a = tc["function"]?["arguments"]?.string, watches[i, default: RepeatWatch()].add(a)
                                {
                                    // Leaving the stream cancels the request: the server stops generating.
                                    continuation.yield(
                                        .done(
                                            ModelRouter.stoppedRepeating(
                                                text + RepeatWatch.printed(cur.name, cur.args), request: request, model: served)))
                                    continuation.finish()
                                    return
                                }
                            }
                        }
                    }
                    if !sawDone && finish == nil {
                        throw ModelError(.connection, "\(model.url) ended the stream before [DONE] (the reply was cut)")
                    }
                    let calls = partial.keys.sorted().map { i -> ToolCall in
                        let p = partial[i]!
                        return ToolCall(id: p.id.isEmpty ? "call_\(i + 1)" : p.id, name: p.name, arguments: p.args)
                    }
                    for c in calls { continuation.yield(.toolCall(c)) }
                    if text.isEmpty && calls.isEmpty {
                        throw ModelError(.emptyReply, "\(model.url) returned an empty reply from \(model.model)")
                    }
                    continuation.yield(
                        .done(ChatResponse(message: .assistant(text, toolCalls: calls), usage: usage, finishReason: finish, model: served)))
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: http.classify(error))
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    static func response(from obj: JSONValue, model: ModelSpec) throws -> ChatResponse {
        guard let choice = obj["choices"]?.array?.first, let message = choice["message"] else {
            throw ModelError(.malformed, "\(model.url) sent a completion without choices[0].message: \(HTTPTransport.snippet(obj.jsonText))")
        }
        let calls = (message["tool_calls"]?.array ?? []).enumerated().map { i, tc in
            ToolCall(
                id: tc["id"]?.string ?? "call_\(i + 1)", name: tc["function"]?["name"]?.string ?? "",
                arguments: tc["function"]?["arguments"]?.string ?? (tc["function"]?["arguments"] ?? .object([:])).jsonText)
        }
        let text = message["content"]?.string ?? ""
        if text.isEmpty && calls.isEmpty { throw ModelError(.emptyReply, "\(model.url) returned an empty reply from \(model.model)") }
        let usage = obj["usage"].flatMap { u in u["prompt_tokens"]?.int.map { Usage(inputTokens: $0, outputTokens: u["completion_tokens"]?.int ?? 0) }
        }
        return ChatResponse(
            message: .assistant(text, toolCalls: calls), usage: usage, finishReason: choice["finish_reason"]?.string,
            model: obj["model"]?.string ?? model.model)
    }

    public func installedModels() async throws -> [String] {
        let json = try await http.getJSON("/v1/models", headers: headers)
        return (json["data"]?.array ?? []).compactMap { $0["id"]?.string }
    }
}
