import AsyncHTTPClient
import Foundation
import NIOHTTP1
import StewardJSON

/// Ollama's native API: `POST /api/chat` (NDJSON stream), `GET /api/tags`.
/// `options.num_ctx` is always sent: Ollama's default context silently cuts prompts from the start.
public struct OllamaProvider: ChatProvider {
    public let model: ModelSpec
    let http: HTTPTransport

    public init(model: ModelSpec) {
        self.model = model
        http = HTTPTransport(
            model: model,
            unreachableHint: "Ollama is not running at \(model.url); start it with `ollama serve`, or set [models.\(model.name)].url")
    }

    func body(_ r: ChatRequest) -> JSONValue {
        var messages: [JSONValue] = []
        for m in r.messages {
            var o: [String: JSONValue] = ["role": .string(m.role.rawValue), "content": .string(m.content)]
            if !m.toolCalls.isEmpty {
                o["tool_calls"] = .array(
                    m.toolCalls.map { c in
                        .object(["function": .object(["name": .string(c.name), "arguments": (try? JSONValue.parse(c.arguments)) ?? .object([:])])])
                    })
            }
            if m.role == .tool, let name = m.toolName { o["tool_name"] = .string(name) }
            if m.role == .assistant && !m.thinking.isEmpty { o["thinking"] = .string(m.thinking) }
            messages.append(.object(o))
        }
        var options: [String: JSONValue] = ["num_ctx": .number(Double(model.context))]
        if let t = r.temperature ?? model.temperature { options["temperature"] = .number(t) }
        if let n = r.maxTokens ?? model.maxTokens { options["num_predict"] = .number(Double(n)) }
        if !r.stop.isEmpty { options["stop"] = .array(r.stop.map { .string($0) }) }
        var o: [String: JSONValue] = [
            "model": .string(model.model), "messages": .array(messages), "stream": .bool(r.stream), "options": .object(options),
        ]
        if !r.tools.isEmpty {
            o["tools"] = .array(
                r.tools.map { t in
                    .object([
                        "type": "function",
                        "function": .object(["name": .string(t.name), "description": .string(t.description), "parameters": t.parameters]),
                    ])
                })
        }
        if let f = r.format { o["format"] = f }
        if let k = model.keepAlive { o["keep_alive"] = .string(k) }
        if let think = model.think { o["think"] = .bool(think) }
        return .object(o)
    }

    public func stream(_ request: ChatRequest) -> AsyncThrowingStream<ChatEvent, Error> {
        let payload = Data(ToolCallSchema.wireText(body(request)).utf8)
        let http = self.http
        let model = self.model
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    let response = try await http.send(.POST, "/api/chat", json: payload)
                    var text = ""
                    var thinking = ""
                    var calls: [ToolCall] = []
                    var finished = false
                    func handle(_ obj: JSONValue) throws {
                        if let err = obj["error"]?.string { throw ModelError(.server, "Ollama at \(model.url): \(err)") }
                        guard let message = obj["message"] ?? (obj["done"]?.bool == true ? .object([:]) : nil) else {
                            throw ModelError(
                                .malformed, "Ollama at \(model.url) sent a line without \"message\": \(HTTPTransport.snippet(obj.jsonText))")
                        }
                        if let piece = message["thinking"]?.string, !piece.isEmpty {
                            thinking += piece
                            continuation.yield(.thinking(piece))
                        }
                        if let piece = message["content"]?.string, !piece.isEmpty {
                            text += piece
                            continuation.yield(.text(piece))
                        }
                        for call in message["tool_calls"]?.array ?? [] {
                            let fn = call["function"] ?? .null
                            let args: String
                            if let s = fn["arguments"]?.string { args = s } else { args = (fn["arguments"] ?? .object([:])).jsonText }
                            let c = ToolCall(id: call["id"]?.string ?? "call_\(calls.count + 1)", name: fn["name"]?.string ?? "", arguments: args)
                            calls.append(c)
                            continuation.yield(.toolCall(c))
                        }
                        if obj["done"]?.bool == true {
                            finished = true
                            let usage = Usage(inputTokens: obj["prompt_eval_count"]?.int ?? 0, outputTokens: obj["eval_count"]?.int ?? 0)
                            if text.isEmpty && calls.isEmpty {
                                throw ModelError(
                                    .emptyReply,
                                    thinking.isEmpty
                                        ? "Ollama at \(model.url) returned an empty reply from \(model.model)"
                                        : "\(model.model) at \(model.url) only thought and gave no answer (a known problem of thinking models with tools); set [models.\(model.name)].think = false"
                                )
                            }
                            if usage.inputTokens >= model.context {
                                throw ModelError(
                                    .contextOverflow,
                                    "the prompt filled \(model.name)'s whole context (\(usage.inputTokens) of \(model.context) tokens), so Ollama cut it; raise [models.\(model.name)].context or shorten the task"
                                )
                            }
                            continuation.yield(
                                .done(
                                    ChatResponse(
                                        message: ChatMessage(role: .assistant, content: text, toolCalls: calls, thinking: thinking), usage: usage,
                                        finishReason: obj["done_reason"]?.string, model: obj["model"]?.string ?? model.model)))
                        }
                    }
                    if request.stream {
                        for try await line in http.lines(response) where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                            guard let obj = try? JSONValue.parse(line) else {
                                throw ModelError(.malformed, "Ollama at \(model.url) sent a line that is not JSON: \(HTTPTransport.snippet(line))")
                            }
                            try handle(obj)
                            if finished { break }
                        }
                    } else {
                        try handle(try await http.json(response, from: "Ollama at \(model.url)"))
                    }
                    if !finished {
                        throw ModelError(.connection, "Ollama at \(model.url) ended the reply before it was done (the stream was cut)")
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: http.classify(error))
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    public func installedModels() async throws -> [String] {
        let json = try await http.getJSON("/api/tags")
        return (json["models"]?.array ?? []).compactMap { $0["name"]?.string ?? $0["model"]?.string }
    }
}
