import Foundation

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

    public init(role: Role, content: String, toolCalls: [ToolCall] = [], toolCallID: String? = nil, toolName: String? = nil) {
        self.role = role
        self.content = content
        self.toolCalls = toolCalls
        self.toolCallID = toolCallID
        self.toolName = toolName
    }

    public static func system(_ s: String) -> ChatMessage { ChatMessage(role: .system, content: s) }
    public static func user(_ s: String) -> ChatMessage { ChatMessage(role: .user, content: s) }
    public static func assistant(_ s: String, toolCalls: [ToolCall] = []) -> ChatMessage { ChatMessage(role: .assistant, content: s, toolCalls: toolCalls) }
    public static func tool(_ s: String, callID: String?, name: String?) -> ChatMessage { ChatMessage(role: .tool, content: s, toolCallID: callID, toolName: name) }
}

/// A tool the model may call: a name, what it does, and a JSON Schema for its arguments.
public struct ToolDefinition: Sendable, Hashable {
    public var name: String
    public var description: String
    public var parameters: JSONValue
    public init(name: String, description: String, parameters: JSONValue) {
        self.name = name
        self.description = description
        self.parameters = parameters
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

    public init(messages: [ChatMessage], tools: [ToolDefinition] = [], format: JSONValue? = nil, temperature: Double? = nil, maxTokens: Int? = nil, stream: Bool = true) {
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
}

extension ChatProvider {
    /// The whole reply at once.
    public func chat(_ request: ChatRequest) async throws -> ChatResponse {
        for try await event in stream(request) {
            if case .done(let response) = event { return response }
        }
        throw ModelError(.emptyReply, "the stream ended without a reply")
    }
}
