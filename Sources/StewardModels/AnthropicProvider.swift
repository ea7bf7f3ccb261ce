import AsyncHTTPClient
import Foundation
import NIOHTTP1
import StewardJSON

/// Anthropic's Messages API: `POST /v1/messages` with `tool_use`/`tool_result`, SSE stream
/// (`content_block_delta` with `text_delta` / `input_json_delta`). The key comes from the
/// environment variable the model names (`api_key_env`), never from a file.
public struct AnthropicProvider: ChatProvider {
    public let model: ModelSpec
    let http: HTTPTransport
    let apiKey: String?
    static let version = "2023-06-01"

    public init(model: ModelSpec, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.model = model
        apiKey = environment[model.apiKeyEnv ?? "ANTHROPIC_API_KEY"].flatMap { $0.isEmpty ? nil : $0 }
        http = HTTPTransport(
            model: model,
            unreachableHint: "check the network, or set [models.\(model.name)].url")
    }

    var headers: [(String, String)] {
        [("anthropic-version", Self.version)] + (apiKey.map { [("x-api-key", $0)] } ?? [])
    }

    func body(_ r: ChatRequest) -> JSONValue {
        var system: [String] = []
        var messages: [JSONValue] = []
        func append(_ role: String, _ block: JSONValue) {
            // Consecutive blocks of one role form one message (tool results after tool uses).
            if case .object(var last)? = messages.last, last["role"]?.string == role, case .array(var blocks)? = last["content"] {
                blocks.append(block)
                last["content"] = .array(blocks)
                messages[messages.count - 1] = .object(last)
            } else {
                messages.append(.object(["role": .string(role), "content": .array([block])]))
            }
        }
        for m in r.messages {
            switch m.role {
            case .system: system.append(m.content)
            case .user: append("user", .object(["type": "text", "text": .string(m.content)]))
            case .assistant:
                if !m.content.isEmpty { append("assistant", .object(["type": "text", "text": .string(m.content)])) }
                for c in m.toolCalls {
                    append(
                        "assistant",
                        .object([
                            "type": "tool_use", "id": .string(c.id), "name": .string(c.name),
                            "input": (try? JSONValue.parse(c.arguments)) ?? .object([:]),
                        ]))
                }
            case .tool:
                append("user", .object(["type": "tool_result", "tool_use_id": .string(m.toolCallID ?? ""), "content": .string(m.content)]))
            }
        }
        var o: [String: JSONValue] = [
            "model": .string(model.model), "messages": .array(messages), "stream": .bool(r.stream),
            "max_tokens": .number(Double(r.maxTokens ?? model.maxTokens ?? model.defaultMaxTokens)),
        ]
        if !system.isEmpty { o["system"] = .string(system.joined(separator: "\n\n")) }
        if let t = r.temperature ?? model.temperature { o["temperature"] = .number(t) }
        if !r.stop.isEmpty { o["stop_sequences"] = .array(r.stop.map { .string($0) }) }
        var tools = r.tools.map { t in
            JSONValue.object(["name": .string(t.name), "description": .string(t.description), "input_schema": t.parameters])
        }
        if let f = r.format {
            // Structured output through a tool the model must call.
            tools.append(.object(["name": "respond", "description": "Give the answer in the required structure.", "input_schema": f]))
            o["tool_choice"] = .object(["type": "tool", "name": "respond"])
        }
        if !tools.isEmpty { o["tools"] = .array(tools) }
        return .object(o)
    }

    public func stream(_ request: ChatRequest) -> AsyncThrowingStream<ChatEvent, Error> {
        let payload = Data(body(request).jsonText.utf8)
        let http = self.http
        let model = self.model
        let headers = self.headers
        let hasKey = apiKey != nil
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    guard hasKey else {
                        throw ModelError(
                            .request,
                            "no API key for \(model.name): set the environment variable \(model.apiKeyEnv ?? "ANTHROPIC_API_KEY") (keys never go in steward.toml)"
                        )
                    }
                    let response = try await http.send(.POST, "/v1/messages", json: payload, headers: headers)
                    if !request.stream {
                        try await http.replyAtOnce(response, url: model.url, to: continuation) {
                            try Self.response(from: $0, model: model, structured: request.format != nil)
                        }
                        continuation.finish()
                        return
                    }
                    var text = ""
                    var blocks: [Int: (type: String, id: String, name: String, json: String)] = [:]
                    var calls: [ToolCall] = []
                    var input = 0
                    var output = 0
                    var stop: String?
                    var served = model.model
                    var stopped = false
                    for try await event in http.lines(response).serverSentEvents() {
                        guard let obj = try? JSONValue.parse(event.data) else {
                            throw ModelError(.malformed, "\(model.url) sent an event that is not JSON: \(HTTPTransport.snippet(event.data))")
                        }
                        switch obj["type"]?.string ?? event.event ?? "" {
                        case "message_start":
                            if let m = obj["message"]?["model"]?.string { served = m }
                            input = obj["message"]?["usage"]?["input_tokens"]?.int ?? 0
                            output = obj["message"]?["usage"]?["output_tokens"]?.int ?? 0
                        case "content_block_start":
                            let i = obj["index"]?.int ?? 0
                            let b = obj["content_block"] ?? .null
                            blocks[i] = (type: b["type"]?.string ?? "text", id: b["id"]?.string ?? "", name: b["name"]?.string ?? "", json: "")
                        case "content_block_delta":
                            let i = obj["index"]?.int ?? 0
                            let d = obj["delta"] ?? .null
                            if d["type"]?.string == "text_delta", let piece = d["text"]?.string {
                                text += piece
                                continuation.yield(.text(piece))
                            } else if d["type"]?.string == "input_json_delta", let part = d["partial_json"]?.string {
                                blocks[i, default: (type: "tool_use", id: "", name: "", json: "")].json += part
                            }
                        case "content_block_stop":
                            let i = obj["index"]?.int ?? 0
                            if let b = blocks[i], b.type == "tool_use" {
                                let args = b.json.isEmpty ? "{}" : b.json
                                if request.format != nil && b.name == "respond" {
                                    text += args
                                    continuation.yield(.text(args))
                                } else {
                                    let c = ToolCall(id: b.id, name: b.name, arguments: args)
                                    calls.append(c)
                                    continuation.yield(.toolCall(c))
                                }
                            }
                        case "message_delta":
                            if let s = obj["delta"]?["stop_reason"]?.string { stop = s }
                            if let o = obj["usage"]?["output_tokens"]?.int { output = o }
                        case "message_stop":
                            stopped = true
                        case "error":
                            let kind = obj["error"]?["type"]?.string ?? "error"
                            let message = obj["error"]?["message"]?.string ?? ""
                            let mapped: ModelError.Kind =
                                switch kind {
                                case "rate_limit_error": .rateLimited
                                case "invalid_request_error", "authentication_error", "permission_error", "not_found_error", "request_too_large":
                                    .request
                                default: .server  // overloaded_error, api_error
                                }
                            throw ModelError(
                                mapped,
                                "\(model.url) reported \(kind) mid-stream: \(HTTPTransport.snippet(message))")
                        default:
                            continue  // ping and future event types
                        }
                        if stopped { break }
                    }
                    if !stopped { throw ModelError(.connection, "\(model.url) ended the stream before message_stop (the reply was cut)") }
                    if text.isEmpty && calls.isEmpty { throw ModelError(.emptyReply, "\(model.url) returned an empty reply from \(model.model)") }
                    continuation.yield(
                        .done(
                            ChatResponse(
                                message: .assistant(text, toolCalls: calls), usage: Usage(inputTokens: input, outputTokens: output),
                                finishReason: stop, model: served)))
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: http.classify(error))
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    static func response(from obj: JSONValue, model: ModelSpec, structured: Bool) throws -> ChatResponse {
        guard let content = obj["content"]?.array else {
            throw ModelError(.malformed, "\(model.url) sent a message without content: \(HTTPTransport.snippet(obj.jsonText))")
        }
        var text = ""
        var calls: [ToolCall] = []
        for block in content {
            switch block["type"]?.string {
            case "text": text += block["text"]?.string ?? ""
            case "tool_use":
                let args = (block["input"] ?? .object([:])).jsonText
                if structured && block["name"]?.string == "respond" {
                    text += args
                } else {
                    calls.append(ToolCall(id: block["id"]?.string ?? "", name: block["name"]?.string ?? "", arguments: args))
                }
            default: continue
            }
        }
        if text.isEmpty && calls.isEmpty { throw ModelError(.emptyReply, "\(model.url) returned an empty reply from \(model.model)") }
        let usage = obj["usage"].map { Usage(inputTokens: $0["input_tokens"]?.int ?? 0, outputTokens: $0["output_tokens"]?.int ?? 0) }
        return ChatResponse(
            message: .assistant(text, toolCalls: calls), usage: usage, finishReason: obj["stop_reason"]?.string,
            model: obj["model"]?.string ?? model.model)
    }

    public func installedModels() async throws -> [String] {
        guard apiKey != nil else {
            throw ModelError(.request, "no API key: set the environment variable \(model.apiKeyEnv ?? "ANTHROPIC_API_KEY")")
        }
        let json = try await http.getJSON("/v1/models", headers: headers)
        return (json["data"]?.array ?? []).compactMap { $0["id"]?.string }
    }
}
