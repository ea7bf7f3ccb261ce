import Foundation
import StewardCore
import StewardJSON

/// One message of a conversation, in Steward's own form; every provider maps to and from it.
public struct ChatMessage: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable, Codable { case system, user, assistant, tool }
    public var role: Role
    public var content: String
    /// Tool calls the assistant made in this message.
    public var toolCalls: [ToolCall]
    /// For `tool` messages: which call this is the result of, and the tool's name.
    public var toolCallID: String?
    public var toolName: String?
    /// What a thinking model reasoned before answering (Ollama's `message.thinking`), kept
    /// apart from the answer; empty when the model did not think or the server does not say.
    public var thinking: String

    public init(role: Role, content: String, toolCalls: [ToolCall] = [], toolCallID: String? = nil, toolName: String? = nil, thinking: String = "") {
        self.role = role
        self.content = content
        self.thinking = thinking
        self.toolCalls = toolCalls
        self.toolCallID = toolCallID
        self.toolName = toolName
    }

    public static func system(_ s: String) -> ChatMessage { ChatMessage(role: .system, content: s) }
    public static func user(_ s: String) -> ChatMessage { ChatMessage(role: .user, content: s) }
    public static func assistant(_ s: String, toolCalls: [ToolCall] = []) -> ChatMessage {
        ChatMessage(role: .assistant, content: s, toolCalls: toolCalls)
    }
    public static func tool(_ s: String, callID: String?, name: String?) -> ChatMessage {
        ChatMessage(role: .tool, content: s, toolCallID: callID, toolName: name)
    }
}

/// A tool call as the model made it. `arguments` is the JSON text the model produced: small
/// models get it wrong, and the agent repairs it, so it is kept verbatim.
public struct ToolCall: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var arguments: String
    public init(id: String, name: String, arguments: String) {
        self.id = id
        self.name = name
        self.arguments = arguments
    }
}

/// Tokens used by one call.
public struct Usage: Sendable, Hashable, Codable {
    public var inputTokens: Int
    public var outputTokens: Int
    public init(inputTokens: Int, outputTokens: Int) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
    }
}

/// One chat request, provider-neutral.
public struct ChatRequest: Sendable, Hashable {
    public var messages: [ChatMessage]
    public var tools: [ToolDefinition]
    /// A JSON Schema the reply must follow (structured output), if any.
    public var format: JSONValue?
    public var temperature: Double?
    public var maxTokens: Int?
    public var stream: Bool
    /// Where the server stops generating (the stop strings are left out of the reply).
    public var stop: [String] = []
    /// Whether `format` is the tool-call schema of constrained output (`ToolCallSchema`):
    /// set by `shaped(for:)`, read by the providers and by the router's fallback.
    public var constrained = false
    /// Whether the router stops the stream as soon as its text repeats itself
    /// (`RepeatingText`); the reply so far comes back with finish reason
    /// `RepeatingText.finishReason`. For tool calls of small models, not for answers to people.
    public var stopWhenRepeating = false

    public init(
        messages: [ChatMessage], tools: [ToolDefinition] = [], format: JSONValue? = nil, temperature: Double? = nil, maxTokens: Int? = nil,
        stream: Bool = true
    ) {
        self.messages = messages
        self.tools = tools
        self.format = format
        self.temperature = temperature
        self.maxTokens = maxTokens
        self.stream = stream
    }
}

/// The complete reply.
public struct ChatResponse: Sendable, Hashable {
    public var message: ChatMessage
    public var usage: Usage?
    /// Why the model stopped ("stop", "tool_calls", "length", "end_turn", …), as the provider says it.
    public var finishReason: String?
    /// The model that answered, as the provider names it.
    public var model: String

    public init(message: ChatMessage, usage: Usage?, finishReason: String?, model: String) {
        self.message = message
        self.usage = usage
        self.finishReason = finishReason
        self.model = model
    }
}

/// What a streaming call yields as it goes.
public enum ChatEvent: Sendable, Hashable {
    /// Text as it arrives.
    case text(String)
    /// A thinking model's reasoning as it arrives (never part of the answer).
    case thinking(String)
    /// A complete tool call (streamed fragments are assembled first).
    case toolCall(ToolCall)
    /// The end: the whole reply, with usage.
    case done(ChatResponse)
}

/// A model server: Ollama, an OpenAI-compatible server, or Anthropic.
public protocol ChatProvider: Sendable {
    /// Streams one reply. Transport failures throw `ModelError`.
    func stream(_ request: ChatRequest) -> AsyncThrowingStream<ChatEvent, Error>
    /// The models the server has (Ollama's tags, `/v1/models`).
    func installedModels() async throws -> [String]
    /// The whole reply to a request; for a non-streamed request a provider may answer it
    /// without a stream in between (the default collects `stream`).
    func complete(_ request: ChatRequest) async throws -> ChatResponse
}

extension ChatProvider {
    public func complete(_ request: ChatRequest) async throws -> ChatResponse { try await chat(request) }

    /// The whole reply at once.
    public func chat(_ request: ChatRequest) async throws -> ChatResponse {
        for try await event in stream(request) {
            if case .done(let response) = event { return response }
        }
        throw ModelError(.emptyReply, "the stream ended without a reply")
    }
}

extension ChatRequest {
    /// Tools described in a system prompt (`tool_calls = "prompt"`), in the words and JSON
    /// of Qwen2.5's own chat template.
    static func toolPrompt(_ tools: [ToolDefinition]) -> String {
        let lines = tools.map { t in
            JSONValue.object([
                "type": "function",
                "function": .object(["name": .string(t.name), "description": .string(t.description), "parameters": t.parameters]),
            ]).jsonText
        }
        return "# Tools\n\nYou may call one of these functions to do the task. Their signatures are within <tools></tools>:\n<tools>\n"
            + lines.joined(separator: "\n")
            + "\n</tools>\n\nTo call a function, reply with only a JSON object of the form {\"name\": <function-name>, \"arguments\": <args-json-object>}"
    }

    /// The reply limit of a request with tools when neither it nor the model sets one.
    public static let toolReplyTokens = 1024

    /// The request in the form `model` handles best. With `tool_results = "user"`, tool results
    /// go back as plain user text ("Result of write_file: …") and the assistant's calls as the
    /// JSON it would print, because some small models repeat a call forever when its result
    /// comes back as a `tool` message (measured with Qwen2.5-Coder-0.5B: see LOCAL-MODELS.md).
    /// Adjacent user turns are joined, since many chat templates require turns to alternate.
    /// A request with tools and no temperature of its own or the model's goes at temperature 0:
    /// small models pick tools reliably only there (LOCAL-MODELS.md); and with at most
    /// `toolReplyTokens` reply tokens, since a small model can ramble until its context is full
    /// (measured: a 0.5B model generated for over two minutes on "Delete the file temp/old.log",
    /// at 15 tokens/s under llama.cpp's tool-call grammar). A model's `max_tokens` lowers a
    /// request's own limit, never raises it.
    ///
    /// Tools in the prompt come with `ToolCallSchema.stops`, and, for a model with
    /// `constrained` on (unless `unconstrained`: its server refused the schema), the tool-call
    /// schema as the reply's `format`.
    public func shaped(for model: ModelSpec, unconstrained: Bool = false) -> ChatRequest {
        var r = self
        if !tools.isEmpty && temperature == nil && model.temperature == nil { r.temperature = 0 }
        if !tools.isEmpty && maxTokens == nil && model.maxTokens == nil { r.maxTokens = Self.toolReplyTokens }
        if let limit = model.maxTokens, let n = r.maxTokens, limit < n { r.maxTokens = limit }
        let inPrompt = model.toolCalls == "prompt" && !tools.isEmpty
        if inPrompt {
            r.stop = ToolCallSchema.stops
            if model.constrained && !unconstrained && format == nil {
                r.format = ToolCallSchema.schema(tools)
                r.constrained = true
            }
            // The tools described the way Qwen's chat template does, in the system prompt;
            // calls come back as text for the agent to read (and repair).
            let block = Self.toolPrompt(tools)
            if let i = r.messages.firstIndex(where: { $0.role == .system }) {
                r.messages[i].content += "\n\n" + block
            } else {
                r.messages.insert(.system(block), at: 0)
            }
            r.tools = []
        }
        guard model.toolResults == "user" || inPrompt, messages.contains(where: { $0.role == .tool || !$0.toolCalls.isEmpty }) else { return r }
        var out: [ChatMessage] = []
        for m in r.messages {
            var m = m
            switch m.role {
            case .tool:
                m = .user("Result of \(m.toolName ?? "the tool"):\n\(m.content)")
            case .assistant where !m.toolCalls.isEmpty:
                // Name first, as the model is asked to print calls: with sorted keys ("arguments"
                // first) a 0.5B model copied that order and wrote arguments before choosing the
                // tool, leaving out what the tool needs.
                let calls = m.toolCalls.map { c in
                    "{\"name\": \(JSONValue.string(c.name).jsonText), \"arguments\": \(((try? JSONValue.parse(c.arguments)) ?? .string(c.arguments)).jsonText)}"
                }
                m = .assistant(([m.content] + calls).filter { !$0.isEmpty }.joined(separator: "\n"))
            default: break
            }
            if m.role == .user, let last = out.last, last.role == .user, last.toolCalls.isEmpty {
                out[out.count - 1].content += "\n\n" + m.content
            } else {
                out.append(m)
            }
        }
        r.messages = out
        return r
    }
}
