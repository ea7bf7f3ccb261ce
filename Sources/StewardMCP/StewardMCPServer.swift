import Foundation
import MCP
import StewardCore
import StewardJSON
import StewardSandbox
import StewardSkills
import StewardTools

/// `steward mcp`: the workspace's file tools for any MCP client. Every change lands in a
/// Steward proposal for the person to review; there is no tool to approve, reject or roll
/// back. Reads see the session's open proposal, else `main`.
public enum StewardMCPServer {
    /// The version in the server's `serverInfo`: Steward's own.
    public static let version = StewardVersion.current

    /// The tools this session offers, from the registry (`search_memory` when there is a
    /// memory index), as MCP describes them.
    public static func tools(_ session: MCPSession) -> [MCP.Tool] {
        registry(session).map(tool)
    }

    static func registry(_ session: MCPSession) -> [any StewardTools.Tool.Type] {
        ToolRegistry.mcp(memory: session.memory != nil)
    }

    /// A registry tool as MCP's `Tool`: its MCP definition, its JSON Schema as MCP's `Value`.
    static func tool(_ t: any StewardTools.Tool.Type) -> MCP.Tool {
        let d = t.mcpDefinition
        return MCP.Tool(
            name: d.name, description: d.description, inputSchema: value(d.parameters),
            annotations: .init(readOnlyHint: t.hints.readOnly, destructiveHint: t.hints.destructive))
    }

    /// A JSON value as MCP's `Value` (whole numbers as integers).
    static func value(_ v: JSONValue) -> Value {
        switch v {
        case .null: .null
        case .bool(let b): .bool(b)
        case .number(let n): n.rounded() == n && abs(n) < 1e15 ? .int(Int(n)) : .double(n)
        case .bigInteger(let digits): Int(digits).map { .int($0) } ?? .double(Double(digits) ?? 0)
        case .string(let s): .string(s)
        case .array(let a): .array(a.map(value))
        case .object(let o): .object(o.mapValues(value))
        }
    }

    /// What the server tells the client at `initialize`.
    public static func instructions(_ session: MCPSession) -> String {
        let folders = session.policy.allowedFolders.map { $0 + "/" }.joined(separator: " ")
        return """
            This is a Steward workspace (\(session.workspace.root)). Every change you make with \(WriteFile.name), \(EditFile.name), \(MoveFile.name) \
            or \(DeleteFile.name) goes into a Steward proposal on its own git branch and takes effect only when the person reviews and \
            approves it (steward review, steward diff N, steward approve N); you cannot approve, reject or roll back anything. \
            You may write only under: \(folders). Reads show your open proposal's changes. \(ProposalStatus.name) says what is pending.
            """
    }

    /// A server with every handler registered; start it on a transport.
    public static func make(_ session: MCPSession) async -> Server {
        let server = Server(
            name: "steward", version: version, title: "Steward workspace (changes await your review)", instructions: instructions(session),
            capabilities: .init(resources: .init(subscribe: false, listChanged: false), tools: .init(listChanged: false)))
        await server.withMethodHandler(ListTools.self) { _ in .init(tools: tools(session)) }
        await server.withMethodHandler(CallTool.self) { params in
            await call(params.name, params.arguments ?? [:], session)
        }
        await server.withMethodHandler(ListResources.self) { _ in
            .init(resources: try await protocolErrors { try await resources(session) })
        }
        await server.withMethodHandler(ReadResource.self) { params in
            .init(contents: [try await protocolErrors { try await read(resource: params.uri, session) }])
        }
        return server
    }

    /// Serves on stdin/stdout until the client goes away. Stdout carries protocol messages
    /// only: nothing else in this process writes to it. A message longer than
    /// `maxMessageBytes` is answered with a JSON-RPC error and skipped (`LineTransport`).
    public static func serveStdio(_ session: MCPSession, maxMessageBytes: Int = LineTransport.defaultMaxMessageBytes) async throws {
        let server = await make(session)
        try await server.start(transport: LineTransport(maxMessageBytes: maxMessageBytes)) { client, _ in
            await session.setClient(name: client.title ?? client.name)
        }
        await server.waitUntilCompleted()
    }

    static func text(_ s: String, error: Bool = false) -> CallTool.Result {
        .init(content: [.text(text: s, annotations: nil, _meta: nil)], isError: error)
    }

    /// A protocol handler's `StewardError` as the MCP error that says it (the SDK would send
    /// "Internal error: … StewardError error 1"): a refusal or a malformed request is
    /// invalid params (-32602), a missing file or skill is MCP's resource not found (-32002).
    static func protocolErrors<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let e as StewardError {
            switch e.code {
            case .refused, .usage: throw MCPError.invalidParams(e.message)
            case .notFound: throw MCPError.serverError(code: -32002, message: e.message)
            default: throw MCPError.internalError(e.message)
            }
        }
    }

    /// A tool's arguments checked against its input schema: each one the schema names, of
    /// the schema's type; the required ones present (an optional one may be `null`, as if
    /// absent). Nothing is converted: `content: null` is refused, not written as "".
    struct Arguments {
        var strings: [String: String] = [:]
        var integers: [String: Int] = [:]
        /// The checked arguments as a tool decodes them.
        var json: [String: JSONValue] {
            strings.mapValues { .string($0) }.merging(integers.mapValues { .number(Double($0)) }) { a, _ in a }
        }

        struct Refusal: Error { let message: String }

        static func check(_ tool: MCP.Tool, _ given: [String: Value]) -> Swift.Result<Arguments, Refusal> {
            guard case .object(let schema) = tool.inputSchema, case .object(let properties)? = schema["properties"] else {
                return .success(Arguments())
            }
            var required: [String] = []
            if case .array(let r)? = schema["required"] { for case .string(let key) in r { required.append(key) } }
            let names = properties.keys.sorted { a, b in (required.firstIndex(of: a) ?? 99, a) < (required.firstIndex(of: b) ?? 99, b) }
            for key in given.keys.sorted() where properties[key] == nil {
                let known = names.isEmpty ? "it takes no arguments" : "its arguments are " + names.joined(separator: ", ")
                return .failure(Refusal(message: "error: \(tool.name) has no argument \"\(Escape.inline(key))\"; \(known)"))
            }
            var out = Arguments()
            for key in names {
                guard case .object(let property)? = properties[key], case .string(let type)? = property["type"] else { continue }
                let value = given[key]
                if value == nil || (value == .null && !required.contains(key)) {
                    if required.contains(key) { return .failure(Refusal(message: "error: \(tool.name) needs \"\(key)\"")) }
                    continue
                }
                let what: String
                switch (type, value!) {
                case ("string", .string(let v)):
                    out.strings[key] = v
                    continue
                case ("string", .data(let mimeType, let data)):
                    // The SDK turns a string that is a data: URL into bytes; give it back as text.
                    out.strings[key] = data.dataURLEncoded(mimeType: mimeType)
                    continue
                case ("integer", .int(let v)):
                    out.integers[key] = v
                    continue
                case ("integer", .double(let d)) where d.rounded() == d && abs(d) < 1e15:
                    out.integers[key] = Int(d)
                    continue
                case ("string", _): what = "a string"
                case ("integer", _): what = "an integer"
                default: continue
                }
                return .failure(Refusal(message: "error: \(tool.name): \"\(key)\" must be \(what), not \(kind(value!))"))
            }
            return .success(out)
        }

        static func kind(_ v: Value) -> String {
            switch v {
            case .null: "null"
            case .bool(let b): b ? "true" : "false"
            case .int, .double: "a number"
            case .string, .data: "a string"
            case .array: "an array"
            case .object: "an object"
            }
        }
    }

    /// Runs one tool call through the registry. Errors are tool errors with the same messages
    /// as the CLI; a change says which proposal it went to.
    static func call(_ name: String, _ arguments: [String: Value], _ session: MCPSession) async -> CallTool.Result {
        guard let tool = registry(session).first(where: { $0.name == name }) else {
            return text(
                "error: there is no tool \"\(Escape.inline(name))\"; the tools are: \(registry(session).map { $0.name }.joined(separator: ", "))",
                error: true)
        }
        let args: Arguments
        switch Arguments.check(self.tool(tool), arguments) {
        case .success(let checked): args = checked
        case .failure(let refusal): return text(refusal.message, error: true)
        }
        do {
            let outcome = try await tool.call(args.json, in: session.toolContext)
            guard let r = outcome.proposal else { return text(outcome.text, error: !outcome.ok) }
            let place = r.offline.map { "offline proposal \($0) (\(r.branch); it gets its number at the next 'steward sync')" }
            return text(
                "\(outcome.text) in \(place ?? "proposal #\(r.number) (branch \(r.branch))"); it takes effect only when the person approves it.")
        } catch let e as StewardError {
            return text("error: \(e.message)", error: true)
        } catch {
            return text("error: \(error)", error: true)
        }
    }

    // MARK: - Resources

    /// `skill://NAME` for each approved skill, `steward://main/PATH` for files on main (at most 1,000).
    static func resources(_ session: MCPSession) async throws -> [Resource] {
        let ws = session.workspace
        let skills = try await SkillRegistry.load(from: ws).usable.map {
            Resource(name: $0.name, uri: "skill://\($0.name)", description: $0.description, mimeType: "text/markdown")
        }
        let files = try await ws.listFiles(limit: 1_000).map {
            Resource(
                name: $0.path, uri: "steward://main/" + ($0.path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? $0.path),
                size: $0.size)
        }
        return skills + files
    }

    static func read(resource uri: String, _ session: MCPSession) async throws -> Resource.Content {
        let ws = session.workspace
        if uri.hasPrefix("skill://") {
            let name = String(uri.dropFirst("skill://".count))
            let skill = try await SkillRegistry.load(from: ws).skill(name)
            let data = try await ws.readFile("skills/\(skill.name)/SKILL.md")
            return .text(String(decoding: data, as: UTF8.self), uri: uri, mimeType: "text/markdown")
        }
        if uri.hasPrefix("steward://main/"), let path = String(uri.dropFirst("steward://main/".count)).removingPercentEncoding {
            let data = try await ws.readFile(path)
            guard let text = String(data: data, encoding: .utf8) else {
                return .binary(data, uri: uri)
            }
            return .text(text, uri: uri)
        }
        throw MCPError.invalidParams("unknown resource \(uri); resources are skill://NAME and steward://main/PATH")
    }
}
