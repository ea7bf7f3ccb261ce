import Foundation
import StewardCore
import StewardJSON
import StewardModels
import StewardTestSupport
import Testing

/// Constrained output (`[models.NAME] constrained`): the tool-call schema, what each provider
/// sends with it on and off, the server that refuses it, the setting's default and checks.
@Suite("Constrained output")
struct ConstrainedOutputTests {
    static func tool(_ name: String, _ props: [String], required: [String]) -> ToolDefinition {
        ToolDefinition(
            name: name, description: "d",
            parameters: .object([
                "type": "object", "properties": .object(Dictionary(uniqueKeysWithValues: props.map { ($0, JSONValue.object(["type": "string"])) })),
                "required": .array(required.map { .string($0) }), "additionalProperties": .bool(false),
            ]))
    }
    static let tools = [
        tool("edit_file", ["path", "search", "replace"], required: ["path", "search", "replace"]),
        tool("list_files", ["folder"], required: []), tool("finish", ["summary"], required: ["summary"]),
    ]

    /// A model with its tools in the prompt, constrained or not.
    static func small(_ provider: ProviderKind, _ url: String, constrained: Bool, toolCalls: String = "prompt") -> ModelSpec {
        var m = spec(provider, url, name: "small")
        m.toolCalls = toolCalls
        m.constrained = constrained
        return m
    }

    static let request = ChatRequest(messages: [.system("You are an agent."), .user("Fix memory/a.md")], tools: tools, stream: false)

    /// The body the server received for one request through the router.
    static func sent(_ model: ModelSpec, server: TestHTTPServer) async throws -> JSONValue {
        var m = model
        m.url = server.url
        _ = try await ModelRouter(config: config([m], route: ["small"])).chat(purpose: "ask", request: request)
        return try JSONValue.parse(try #require(server.requests.last).text)
    }

    @Test func theSchemaListsExactlyTheOfferedToolsWithTheirArguments() throws {
        let branches = try #require(ToolCallSchema.schema(Self.tools)["oneOf"]?.array)
        #expect(branches.map { $0["properties"]?["name"]?["const"]?.string } == ["edit_file", "list_files", "finish"])
        for (branch, tool) in zip(branches, Self.tools) {
            #expect(branch["properties"]?["arguments"] == tool.parameters)
            #expect(branch["properties"]?.object?.keys.sorted() == ["arguments", "name"])
            #expect(branch["required"] == .array(["name", "arguments"]) && branch["additionalProperties"] == .bool(false))
            #expect(branch["type"] == "object")
        }
        #expect(ToolCallSchema.schema([])["oneOf"] == .array([]))
    }

    /// A grammar makes the model write properties in the order of the schema's text: the
    /// tool's name first, then its arguments in the order they are required.
    @Test func onTheWireTheNameComesFirstAndArgumentsInTheirRequiredOrder() throws {
        let text = ToolCallSchema.wireText(ToolCallSchema.schema(Self.tools))
        #expect(text.hasPrefix(#"{"oneOf":[{"additionalProperties":false,"properties":{"name":{"const":"edit_file"},"arguments":{"#))
        #expect(text.contains(#""properties":{"path":{"type":"string"},"search":{"type":"string"},"replace":{"type":"string"}}"#))
        // The same value either way, and byte for byte jsonText where no object has `required`.
        #expect(try JSONValue.parse(text) == ToolCallSchema.schema(Self.tools))
        let plain: JSONValue = .object(["messages": .array([.object(["role": "user", "content": "a/b \"c\"\n\u{7}"])]), "n": .number(1.5)])
        #expect(ToolCallSchema.wireText(plain) == plain.jsonText)
    }

    @Test func openAICompatibleServersGetResponseFormatWithTheSchemaOnlyWhenOn() async throws {
        let server = try await TestHTTPServer.start { _ in .full(status: 200, body: openAIReply) }
        defer { Task { await server.stop() } }
        let on = try await Self.sent(Self.small(.openai, server.url, constrained: true), server: server)
        #expect(on["response_format"]?["type"] == "json_schema")
        #expect(on["response_format"]?["json_schema"]?["name"] == "tool_call" && on["response_format"]?["json_schema"]?["strict"] == .bool(true))
        #expect(on["response_format"]?["json_schema"]?["schema"] == ToolCallSchema.schema(Self.tools))
        #expect(on["tools"] == nil && on["json_schema"] == nil && on["grammar"] == nil)
        #expect(on["stop"] == .array(ToolCallSchema.stops.map { .string($0) }))
        #expect(server.requests.last?.text.contains(#""properties":{"name":{"const":"edit_file"},"arguments""#) == true)
        let off = try await Self.sent(Self.small(.openai, server.url, constrained: false), server: server)
        #expect(off["response_format"] == nil && off["tools"] == nil)
        #expect(off["stop"] == .array(ToolCallSchema.stops.map { .string($0) }))
        // Native tool calls: the API's tools, no schema, no stop strings.
        let native = try await Self.sent(Self.small(.openai, server.url, constrained: false, toolCalls: "native"), server: server)
        #expect(native["response_format"] == nil && native["stop"] == nil && native["tools"]?.array?.count == 3)
    }

    @Test func ollamaGetsFormatWithTheSchemaOnlyWhenOn() async throws {
        let server = try await TestHTTPServer.start { _ in .full(status: 200, body: OllamaDocs.noStreaming) }
        defer { Task { await server.stop() } }
        let on = try await Self.sent(Self.small(.ollama, server.url, constrained: true), server: server)
        #expect(on["format"] == ToolCallSchema.schema(Self.tools))
        #expect(on["tools"] == nil && on["options"]?["stop"] == .array(ToolCallSchema.stops.map { .string($0) }))
        let off = try await Self.sent(Self.small(.ollama, server.url, constrained: false), server: server)
        #expect(off["format"] == nil && off["options"]?["stop"] != nil)
    }

    /// A server that refuses the schema (HTTP 400 naming it): the same model is asked again
    /// without it at once, and from then on for the router's life, with one note.
    @Test func aServerThatRefusesTheSchemaIsAskedWithoutItFromThenOn() async throws {
        let server = try await TestHTTPServer.start { req in
            req.json?["response_format"] != nil
                ? .full(
                    status: 400,
                    body: #"{"error":{"code":400,"message":"response_format: Unrecognized schema: oneOf","type":"invalid_request_error"}}"#)
                : .full(status: 200, body: openAIReply)
        }
        defer { Task { await server.stop() } }
        let model = Self.small(.openai, server.url, constrained: true)
        let router = ModelRouter(config: config([model], route: ["small"]), ledger: MemoryLedger())
        var notes: [String] = []
        for _ in 0..<2 {
            for try await event in router.stream(purpose: "ask", request: Self.request) {
                if case .note(let m, let text) = event {
                    #expect(m.name == "small")
                    notes.append(text)
                }
            }
        }
        #expect(server.requests.map { $0.json?["response_format"] != nil } == [true, false, false])
        #expect(notes.count == 1)
        #expect(notes.first?.hasPrefix("small's server refused constrained output (") == true)
        #expect(notes.first?.hasSuffix("its replies are read without it from now on (set [models.small] constrained = false to stop trying)") == true)
        #expect(server.requests[1].json?["stop"] != nil)
    }

    /// Another 400 is the request's failure as before: no second request.
    @Test func aRefusalThatDoesNotNameTheSchemaIsNotRetried() async throws {
        let server = try await TestHTTPServer.start { _ in
            .full(status: 400, body: #"{"error":{"code":400,"message":"model not loaded","type":"invalid_request_error"}}"#)
        }
        defer { Task { await server.stop() } }
        let model = Self.small(.openai, server.url, constrained: true)
        await #expect(throws: ModelError.self) {
            try await ModelRouter(config: config([model], route: ["small"])).chat(purpose: "ask", request: Self.request)
        }
        #expect(server.requests.count == 1)
    }

    @Test func onByDefaultForALocalModelWithToolsInThePromptAndCheckedByName() throws {
        func parse(_ lines: String) throws -> ModelSpec? { try ModelsConfig.parse("[models.x]\n" + lines).models["x"] }
        #expect(try parse("provider = \"openai\"\nmodel = \"m\"\ntool_calls = \"prompt\"\n")?.constrained == true)
        #expect(try parse("provider = \"ollama\"\nmodel = \"m\"\ntool_calls = \"prompt\"\n")?.constrained == true)
        #expect(try parse("provider = \"openai\"\nmodel = \"m\"\ntool_calls = \"prompt\"\nconstrained = false\n")?.constrained == false)
        #expect(try parse("provider = \"openai\"\nmodel = \"m\"\n")?.constrained == false)
        #expect(try parse("provider = \"ollama\"\nmodel = \"m\"\n")?.constrained == false)
        #expect(try parse("provider = \"openai\"\nurl = \"https://api.example.com\"\nmodel = \"m\"\ntool_calls = \"prompt\"\n")?.constrained == false)
        #expect(try parse("provider = \"anthropic\"\nmodel = \"m\"\ntool_calls = \"prompt\"\n")?.constrained == false)
        #expect(ModelsConfig.defaultModel.constrained == false)
        func refusal(_ lines: String) -> String? {
            do {
                _ = try parse(lines)
                return nil
            } catch let e as StewardError { return e.message } catch { return "\(error)" }
        }
        #expect(
            refusal("provider = \"openai\"\nmodel = \"m\"\nconstrained = true\n")
                == "steward.toml: 'models.x.constrained' must be false unless tool_calls = \"prompt\" (a server cannot hold a reply to a schema and also parse native tool calls from it); fix it and commit to main"
        )
        #expect(
            refusal("provider = \"anthropic\"\nmodel = \"m\"\ntool_calls = \"prompt\"\nconstrained = true\n")
                == "steward.toml: 'models.x.constrained' must be false for provider \"anthropic\" (its API takes no schema for a reply; its native tool calls are used); fix it and commit to main"
        )
        #expect(
            refusal("provider = \"openai\"\nmodel = \"m\"\ntool_calls = \"prompt\"\nconstrained = \"yes\"\n")
                == "steward.toml: 'models.x.constrained' must be true or false; fix it and commit to main")
        #expect(
            refusal("provider = \"openai\"\nmodel = \"m\"\ntool_calls = \"prompt\"\nconstrained = 1\n")?.contains("must be true or false") == true)
    }

    /// A request's reply limit stands unless the model's own `max_tokens` is lower.
    @Test func aModelsMaxTokensLowersARequestsLimitNeverRaisesIt() {
        var m = Self.small(.openai, "http://127.0.0.1:9", constrained: false)
        var r = Self.request
        r.maxTokens = 512
        #expect(r.shaped(for: m).maxTokens == 512)
        m.maxTokens = 300
        #expect(r.shaped(for: m).maxTokens == 300)
        m.maxTokens = 4096
        #expect(r.shaped(for: m).maxTokens == 512)
    }
}
