import Foundation
import MCP
import StewardCore
import StewardSandbox
import StewardSkills

/// `steward mcp`: the workspace's file tools for any MCP client. Every change lands in a
/// Steward proposal for the person to review; there is no tool to approve, reject or roll
/// back. Reads see the session's open proposal, else `main`.
public enum StewardMCPServer {
    /// The version in the server's `serverInfo`: Steward's own.
    public static let version = StewardVersion.current

    static func schema(_ props: [(String, String, String)], required: [String]) -> Value {
        var p: [String: Value] = [:]
        for (name, type, description) in props { p[name] = .object(["type": .string(type), "description": .string(description)]) }
        return .object(["type": "object", "properties": .object(p), "required": .array(required.map { .string($0) }), "additionalProperties": false])
    }

    /// The tools this session offers (`search_memory` when there is a memory index).
    public static func tools(_ session: MCPSession) -> [Tool] {
        tools.filter { $0.name != "search_memory" || session.memory != nil }
    }

    public static let tools: [Tool] = [
        Tool(name: "list_files", description: "List the workspace's files (as in your open proposal, else as approved), optionally under one folder.",
             inputSchema: schema([("folder", "string", "a folder such as memory or skills/pdf; empty for all")], required: []),
             annotations: .init(readOnlyHint: true)),
        Tool(name: "read_file", description: "Read a text file of the workspace (as in your open proposal, else as approved).",
             inputSchema: schema([("path", "string", "relative path, e.g. memory/notes.md")], required: ["path"]), annotations: .init(readOnlyHint: true)),
        Tool(name: "search_files", description: "Find lines containing a text (case-insensitive), at most 50.",
             inputSchema: schema([("query", "string", "the text to find"), ("folder", "string", "limit to a folder")], required: ["query"]),
             annotations: .init(readOnlyHint: true)),
        Tool(name: "write_file", description: "Create or replace a file. The change goes to your proposal and takes effect only when the person approves it.",
             inputSchema: schema([("path", "string", "relative path inside a folder you may write"), ("content", "string", "the whole file")], required: ["path", "content"]),
             annotations: .init(destructiveHint: false)),
        Tool(name: "edit_file", description: "Replace one exact piece of text in a file (it must occur once). Goes to your proposal.",
             inputSchema: schema([("path", "string", "the file"), ("search", "string", "exact text now in the file"), ("replace", "string", "the new text")],
                                 required: ["path", "search", "replace"])),
        Tool(name: "move_file", description: "Move or rename a file. Goes to your proposal.",
             inputSchema: schema([("from", "string", "current path"), ("to", "string", "new path")], required: ["from", "to"])),
        Tool(name: "delete_file", description: "Delete a file. Goes to your proposal; nothing is lost until the person approves, and an approval can be rolled back.",
             inputSchema: schema([("path", "string", "the file")], required: ["path"]), annotations: .init(destructiveHint: true)),
        Tool(name: "proposal_status", description: "What of yours is pending: your open proposal, its files, and how the person reviews it.",
             inputSchema: schema([], required: []), annotations: .init(readOnlyHint: true)),
        Tool(name: "search_memory", description: "Search long-term memory (approved notes in memory/ and outputs/) by words, and by meaning when an embedding model runs.",
             inputSchema: schema([("query", "string", "what to look for"), ("limit", "integer", "how many results (default 10)")], required: ["query"]),
             annotations: .init(readOnlyHint: true)),
        Tool(name: "list_skills", description: "The approved skills (Agent Skills format): name and description.",
             inputSchema: schema([], required: []), annotations: .init(readOnlyHint: true)),
        Tool(name: "read_skill", description: "Read an approved skill's SKILL.md, or one of its files.",
             inputSchema: schema([("skill", "string", "the skill's name"), ("path", "string", "a file inside the skill; default SKILL.md")], required: ["skill"]),
             annotations: .init(readOnlyHint: true)),
    ]

    /// What the server tells the client at `initialize`.
    public static func instructions(_ session: MCPSession) -> String {
        let folders = session.policy.allowedFolders.map { $0 + "/" }.joined(separator: " ")
        return """
            This is a Steward workspace (\(session.workspace.root)). Every change you make with write_file, edit_file, move_file \
            or delete_file goes into a Steward proposal on its own git branch and takes effect only when the person reviews and \
            approves it (steward review, steward diff N, steward approve N); you cannot approve, reject or roll back anything. \
            You may write only under: \(folders). Reads show your open proposal's changes. proposal_status says what is pending.
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
        func s(_ key: String) -> String { strings[key] ?? "" }

        struct Refusal: Error { let message: String }

        static func check(_ tool: Tool, _ given: [String: Value]) -> Swift.Result<Arguments, Refusal> {
            guard case .object(let schema) = tool.inputSchema, case .object(let properties)? = schema["properties"] else { return .success(Arguments()) }
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

    /// Runs one tool call. Errors are tool errors with the same messages as the CLI.
    static func call(_ name: String, _ arguments: [String: Value], _ session: MCPSession) async -> CallTool.Result {
        let ws = session.workspace
        let files = FileTools(workspace: ws)
        guard let tool = tools(session).first(where: { $0.name == name }) else {
            return text("error: there is no tool \"\(Escape.inline(name))\"; the tools are: \(tools(session).map(\.name).joined(separator: ", "))", error: true)
        }
        let args: Arguments
        switch Arguments.check(tool, arguments) {
        case .success(let checked): args = checked
        case .failure(let refusal): return text(refusal.message, error: true)
        }
        func s(_ key: String) -> String { args.s(key) }
        do {
            let reading = await session.readProposal()
            switch name {
            case "list_files": return result(try await files.list(folder: s("folder"), proposal: reading))
            case "read_file": return result(try await files.read(s("path"), proposal: reading))
            case "search_files": return result(try await files.search(s("query"), folder: s("folder"), proposal: reading))
            case "write_file":
                let content = Data(s("content").utf8)
                return changed(try await session.change([.write(path: s("path"), content: content, executable: false)], tool: name), "wrote \(Escape.inline(s("path"))) (\(content.count) bytes)")
            case "edit_file":
                switch try await files.edited(s("path"), search: s("search"), replace: s("replace"), proposal: reading) {
                case .failure(let refusal): return text(refusal.text, error: true)
                case .success(let updated):
                    return changed(try await session.change([.write(path: s("path"), content: updated, executable: false)], tool: name), "edited \(Escape.inline(s("path")))")
                }
            case "move_file":
                return changed(try await session.change([.move(from: s("from"), to: s("to"), overwrite: false)], tool: name), "moved \(Escape.inline(s("from"))) to \(Escape.inline(s("to")))")
            case "delete_file":
                return changed(try await session.change([.delete(path: s("path"))], tool: name), "deleted \(Escape.inline(s("path")))")
            case "proposal_status": return text(try await status(session))
            case "search_memory" where session.memory != nil:
                let limit = args.integers["limit"].map { min(max($0, 1), 100) } ?? 10
                let result = try await session.memory!.search(s("query"), limit: limit)
                if result.hits.isEmpty { return text("Nothing in memory matches \"\(Escape.inline(s("query")))\".") }
                let lines = result.hits.map { "\(Escape.inline($0.path))\($0.heading.isEmpty ? "" : " (\(Escape.inline($0.heading)))") [\(String(format: "%.3f", $0.score)), \($0.matchedBy.joined(separator: "+"))]: \(Escape.inline($0.snippet.replacingOccurrences(of: "\n", with: " ")))" }
                return text(lines.joined(separator: "\n") + (result.note.map { "\n(\($0))" } ?? ""))
            case "list_skills":
                let registry = try await SkillRegistry.load(from: ws)
                if registry.usable.isEmpty { return text("No approved skills yet.") }
                return text(registry.usable.map { "\(Escape.inline($0.name)): \(Escape.inline($0.description))" }.joined(separator: "\n"))
            case "read_skill":
                let registry = try await SkillRegistry.load(from: ws)
                let skill = try registry.skill(s("skill"))
                let path = s("path").isEmpty ? "SKILL.md" : try PathPolicy.lexical.check(s("path")).rawValue
                return result(try await files.read("skills/\(skill.name)/\(path)", proposal: nil))
            default:
                return text("error: there is no tool \"\(Escape.inline(name))\"; the tools are: \(tools(session).map(\.name).joined(separator: ", "))", error: true)
            }
        } catch let e as StewardError {
            return text("error: \(e.message)", error: true)
        } catch {
            return text("error: \(error)", error: true)
        }
    }

    static func result(_ r: FileTools.Result) -> CallTool.Result { text(r.text, error: !r.ok) }

    static func changed(_ r: ProposalResult, _ what: String) -> CallTool.Result {
        text("\(what) in proposal #\(r.number) (branch \(r.branch)); it takes effect only when the person approves it.")
    }

    static func status(_ session: MCPSession) async throws -> String {
        let ws = session.workspace
        guard let n = await session.readProposal() else {
            return "Nothing of yours is pending: your next change opens a new proposal."
        }
        let diff = try await ws.diff(n)
        let info = try await ws.proposal(n)
        return """
            Proposal #\(n) "\(Escape.inline(info.title))" is pending the person's review: \(diff.files.count) file(s), +\(info.additions) -\(info.deletions): \
            \(diff.files.map { Escape.inline($0.path) }.joined(separator: ", ")). They review it with 'steward diff \(n)' and approve or reject it; \
            your further changes are added to it until then.
            """
    }

    // MARK: - Resources

    /// `skill://NAME` for each approved skill, `steward://main/PATH` for files on main (at most 1,000).
    static func resources(_ session: MCPSession) async throws -> [Resource] {
        let ws = session.workspace
        let skills = try await SkillRegistry.load(from: ws).usable.map {
            Resource(name: $0.name, uri: "skill://\($0.name)", description: $0.description, mimeType: "text/markdown")
        }
        let files = try await ws.listFiles(limit: 1_000).map {
            Resource(name: $0.path, uri: "steward://main/" + ($0.path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? $0.path), size: $0.size)
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
