import Foundation
import StewardCore
import StewardJSON
import StewardModels
import StewardMemory
import StewardSandbox
import StewardSkills

/// What one tool call came to: text for the model, whether it worked, and whether it ends
/// the task (`finish`).
public struct ToolOutcome: Sendable, Hashable {
    public var ok: Bool
    public var text: String
    public var finished: Bool
    /// Paths the call changed in the proposal.
    public var changed: [String]
    public init(ok: Bool, text: String, finished: Bool = false, changed: [String] = []) {
        self.ok = ok
        self.text = text
        self.finished = finished
        self.changed = changed
    }

    init(_ r: FileTools.Result) { self.init(ok: r.ok, text: r.text) }
}

/// The agent's file tools. Every one goes through the sandbox: reads come from git objects
/// (the proposal's own tree once it exists, so reads see the agent's changes), writes are
/// commits on the task's proposal branch, opened by the first write. No tool runs a shell.
public actor Toolbox {
    public let workspace: Workspace
    public let kind: AgentKind
    let policy: PathPolicy
    let title: String
    let taskID: String
    /// The task's proposal, once the first change opened it (or the one being revised).
    public private(set) var proposal: Int?
    /// Paths changed by this task, in order of first change.
    public private(set) var changed: [String] = []
    /// The model whose calls are being run (the `Steward-Model` trailer).
    var model: String?
    /// The last result a reading tool gave (material for the next write, in examples).
    public private(set) var lastRead: String?

    /// Results longer than this are cut (small models have small contexts).
    public static let maxResultBytes = FileTools.maxResultBytes

    /// `fetch_url`, for the research agent when the person allowed some hosts.
    let fetcher: URLFetcher?
    /// The tools this agent has in this workspace.
    public nonisolated let toolNames: [String]

    /// Hints and example calls for small models, from the task and these tools.
    public nonisolated let coaching: Coaching

    /// The approved skills offered to this agent.
    public nonisolated let skills: AgentSkills
    /// Long-term memory, for `search_memory`.
    let memory: MemoryIndex?

    public init(workspace: Workspace, kind: AgentKind, title: String, taskID: String, proposal: Int? = nil, fetcher: URLFetcher? = nil,
                task: String = "", skills: AgentSkills = .none, memory: MemoryIndex? = nil) {
        self.skills = skills
        self.memory = memory
        self.workspace = workspace
        self.kind = kind
        self.fetcher = kind == .research && fetcher.map { !$0.allowed.isEmpty } == true ? fetcher : nil
        toolNames = kind.tools.filter { $0 != "finish" } + (memory != nil ? ["search_memory"] : []) + (self.fetcher != nil ? ["fetch_url"] : [])
            + skills.toolNames + ["finish"]
        self.policy = kind.policy
        self.title = title
        self.taskID = taskID
        self.proposal = proposal
        self.coaching = Coaching(task: task, kind: kind, tools: toolNames.compactMap { Self.catalogue[$0] }, skills: skills)
    }

    public func setModel(_ name: String?) { model = name }
    /// The model whose calls are being run, if one was tried yet.
    public var currentModel: String? { model }

    /// The definitions sent to the model: short descriptions (a 0.5B model reads every word
    /// of every call), one JSON Schema each.
    public nonisolated var definitions: [ToolDefinition] {
        toolNames.compactMap { Self.catalogue[$0] }
    }

    static func schema(_ props: [(String, String, String)], required: [String]) -> JSONValue {
        var p: [String: JSONValue] = [:]
        for (name, type, description) in props {
            var property: [String: JSONValue] = ["type": .string(type), "description": .string(description)]
            if type == "array" { property["items"] = .object(["type": "string"]) }
            p[name] = .object(property)
        }
        return .object(["type": "object", "properties": .object(p), "required": .array(required.map { .string($0) }), "additionalProperties": .bool(false)])
    }

    static let catalogue: [String: ToolDefinition] = {
        let defs = [
            ToolDefinition(name: "list_files", description: "List files in a folder of the workspace (all files if no folder).",
                           parameters: schema([("folder", "string", "e.g. memory")], required: [])),
            ToolDefinition(name: "read_file", description: "Read a text file.",
                           parameters: schema([("path", "string", "e.g. memory/notes.md")], required: ["path"])),
            ToolDefinition(name: "search_files", description: "Find lines containing some text (case-insensitive).",
                           parameters: schema([("query", "string", "text to find"), ("folder", "string", "limit to a folder")], required: ["query"])),
            ToolDefinition(name: "write_file", description: "Create or replace a file with the given content.",
                           parameters: schema([("path", "string", "e.g. outputs/summary.md"), ("content", "string", "the whole file")], required: ["path", "content"])),
            ToolDefinition(name: "edit_file", description: "Replace one exact piece of text in a file.",
                           parameters: schema([("path", "string", "the file"), ("search", "string", "exact text now in the file"), ("replace", "string", "new text")],
                                              required: ["path", "search", "replace"])),
            ToolDefinition(name: "copy_file", description: "Copy a file to a new path.",
                           parameters: schema([("from", "string", "the file to copy"), ("to", "string", "the new file")], required: ["from", "to"])),
            ToolDefinition(name: "move_file", description: "Move or rename a file.",
                           parameters: schema([("from", "string", "current path"), ("to", "string", "new path")], required: ["from", "to"])),
            ToolDefinition(name: "delete_file", description: "Delete a file.",
                           parameters: schema([("path", "string", "the file")], required: ["path"])),
            ToolDefinition(name: "search_memory", description: "Search long-term memory (approved notes in memory/ and outputs/) by words and meaning.",
                           parameters: schema([("query", "string", "what to look for")], required: ["query"])),
            ToolDefinition(name: "fetch_url", description: "Get the text of a web page (only hosts the person allowed).",
                           parameters: schema([("url", "string", "a full http(s) address")], required: ["url"])),
            ToolDefinition(name: "finish", description: "Call when the task is done, with a one-line summary for the reviewer.",
                           parameters: schema([("summary", "string", "what you did")], required: ["summary"])),
        ] + AgentSkills.definitions
        return Dictionary(uniqueKeysWithValues: defs.map { ($0.name, $0) })
    }()

    /// Runs one call. Errors are outcomes, not throws: the model reads them and tries again.
    public func run(_ name: String, _ args: [String: JSONValue]) async -> ToolOutcome {
        // A small model calls a skill by its name as if it were a tool: the intent is clear,
        // so it gets the skill's instructions (as use_skill would give them) and how to go on.
        if !toolNames.contains(name), skills.skills.contains(where: { $0.name == name }), toolNames.contains("use_skill") {
            if let veto = await preToolVeto("use_skill", ["skill": .string(name)]) { return ToolOutcome(ok: false, text: "error: \(veto)") }
            var outcome = await perform("use_skill", ["skill": .string(name)])
            let given = args.values.compactMap(\.string)
            outcome.text = "(\(name) is a skill, not a tool; these are its instructions, as use_skill gives them.)\n" + outcome.text
            if !given.isEmpty, let run = coaching.runCall(skill: name, arguments: given) { outcome.text += "\nWith your arguments: \(run)" }
            return outcome
        }
        guard toolNames.contains(name), let def = Self.catalogue[name] else {
            let hint = coaching.unknownToolHint(name, arguments: args, read: lastRead)
            return ToolOutcome(ok: false, text: "error: there is no tool \"\(name)\".\(hint) The tools are: \(toolNames.joined(separator: ", ")).")
        }
        // `finish` with no summary still finishes: there is nothing to get wrong.
        if name == "finish" && args["summary"] == nil { return ToolOutcome(ok: true, text: "finished", finished: true) }
        // Arguments the tool does not have are set aside (small models add stray ones, like
        // "content" to read_file); the result says so.
        let known = Set(def.parameters["properties"]?.object?.keys.map { $0 } ?? [])
        let stray = args.keys.filter { !known.contains($0) }.sorted()
        let args = args.filter { known.contains($0.key) }
        if let problem = ToolCallRepair.check(args, against: def.parameters) {
            let call = coaching.correctedCall(name, arguments: args, read: lastRead)
            return ToolOutcome(ok: false, text: "error: \(name): \(problem). Call it like \(call)")
        }
        if let veto = await preToolVeto(name, args) {
            return ToolOutcome(ok: false, text: "error: \(veto)")
        }
        var outcome = await perform(name, args)
        if outcome.ok && Coaching.readingTools.contains(name) { lastRead = outcome.text }
        if !stray.isEmpty && outcome.ok {
            outcome.text += "\n(note: \(name) has no argument \(stray.map { "\"\($0)\"" }.joined(separator: ", ")); it was ignored)"
        }
        return outcome
    }

    func perform(_ name: String, _ args: [String: JSONValue]) async -> ToolOutcome {
        func s(_ key: String) -> String { args[key]?.string ?? "" }
        do {
            switch name {
            case "list_files": return try await listFiles(folder: s("folder"))
            case "read_file": return try await readFile(s("path"))
            case "search_files": return try await search(s("query"), folder: s("folder"))
            case "write_file" where s("content").trimmingCharacters(in: .whitespacesAndNewlines) == Coaching.placeholder:
                return ToolOutcome(ok: false, text: "error: write_file: \"\(Coaching.placeholder)\" was only an example; put the file's real text in \"content\"")
            case "write_file":
                let path = s("path")
                let content = Data(s("content").utf8)
                try await change([.write(path: path, content: content, executable: false)], tool: name)
                return ToolOutcome(ok: true, text: "wrote \(path) (\(content.count) bytes)", changed: [path])
            case "edit_file" where s("search").hasPrefix("<exact text") || s("replace") == "<new text>":
                return ToolOutcome(ok: false, text: "error: edit_file: the texts in the example were placeholders; give the exact text now in the file and its replacement")
            case "edit_file": return try await edit(s("path"), search: s("search"), replace: s("replace"))
            case "copy_file":
                // A read and a write: the copy is a new file in the proposal like any other.
                let data = try await workspace.readFile(s("from"), proposal: proposal)
                if (try? await workspace.readFile(s("to"), proposal: proposal)) != nil {
                    return ToolOutcome(ok: false, text: "error: \(s("to")) already exists; pick another path, or write_file to replace it")
                }
                try await change([.write(path: s("to"), content: data, executable: false)], tool: name)
                return ToolOutcome(ok: true, text: "copied \(s("from")) to \(s("to")) (\(data.count) bytes)", changed: [s("to")])
            case "move_file":
                try await change([.move(from: s("from"), to: s("to"), overwrite: false)], tool: name)
                return ToolOutcome(ok: true, text: "moved \(s("from")) to \(s("to"))", changed: [s("from"), s("to")])
            case "delete_file":
                try await change([.delete(path: s("path"))], tool: name)
                return ToolOutcome(ok: true, text: "deleted \(s("path"))", changed: [s("path")])
            case "fetch_url":
                guard let fetcher else { return ToolOutcome(ok: false, text: "error: fetch_url is not available") }
                let text = try await fetcher.fetch(s("url"))
                return ToolOutcome(ok: true, text: AgentLoop.cut(text.isEmpty ? "(the page has no text)" : text))
            case "finish":
                return ToolOutcome(ok: true, text: "finished", finished: true)
            case "search_memory": return try await searchMemory(s("query"))
            case "use_skill": return try await useSkill(s("skill"))
            case "read_skill_file": return try await readSkillFile(s("skill"), s("path"))
            case "run_skill_script": return try await runSkillScript(s("skill"), s("script"), args["args"]?.array?.compactMap(\.string) ?? [])
            default:
                return ToolOutcome(ok: false, text: "error: there is no tool \"\(name)\"")
            }
        } catch let e as StewardError {
            return ToolOutcome(ok: false, text: "error: \(e.message)")
        } catch {
            return ToolOutcome(ok: false, text: "error: \(error)")
        }
    }

    /// The person's `pre-tool` hooks on `main` judge the call; a veto is what the model reads.
    func preToolVeto(_ name: String, _ args: [String: JSONValue]) async -> String? {
        guard (try? await workspace.hasHooks(.preTool)) == true else { return nil }
        let payload = JSONValue.fields([
            "event": .string(HookEventName.preTool.rawValue), "task": .string(taskID), "agent": .string(kind.rawValue),
            "proposal": proposal.map { .int($0) }, "tool": .string(name), "arguments": .object(args),
        ])
        do {
            try await workspace.runHooks(.preTool, payload: payload, proposal: proposal, subject: "this \(name) call")
            return nil
        } catch let e as StewardError {
            return e.message
        } catch {
            return "a pre-tool hook failed: \(error)"
        }
    }

    /// An unknown skill name: the list, and a whole example call with the likely skill.
    func unknownSkill(_ name: String, tool: String) -> ToolOutcome {
        ToolOutcome(ok: false, text: "error: there is no skill \"\(name)\"; the skills are: \(skills.skills.map(\.name).joined(separator: ", ")).\(coaching.unknownSkillHint(tool: tool))")
    }

    func searchMemory(_ query: String) async throws -> ToolOutcome {
        guard let memory else { return ToolOutcome(ok: false, text: "error: search_memory is not available") }
        let result = try await memory.search(query, limit: 8)
        if result.hits.isEmpty { return ToolOutcome(ok: true, text: "nothing in memory matches \"\(query)\"") }
        let lines = result.hits.map { "\($0.path)\($0.heading.isEmpty ? "" : " (\($0.heading))")\($0.matchedBy == ["meaning"] ? " [by meaning only]" : ""): \($0.snippet.replacingOccurrences(of: "\n", with: " "))" }
        return ToolOutcome(ok: true, text: AgentLoop.cut(lines.joined(separator: "\n") + "\n(read_file a path for the whole note)"))
    }

    func useSkill(_ name: String) async throws -> ToolOutcome {
        guard let skill = skills.skills.first(where: { $0.name == name }) else { return unknownSkill(name, tool: "use_skill") }
        let files = try await workspace.listFiles(under: "skills/" + name).map { String($0.path.dropFirst("skills/\(name)/".count)) }
        let others = files.filter { $0 != "SKILL.md" }
        let run = coaching.runCall(skill: name, arguments: [])
        return ToolOutcome(ok: true, text: AgentLoop.cut(skill.body.trimmingCharacters(in: .whitespacesAndNewlines)
            + (others.isEmpty ? "" : "\n\nFiles of this skill (read_skill_file): \(others.joined(separator: ", "))")
            + (run.map { "\nTo run its script, call \($0) with the script's arguments in \"args\"." } ?? "")))
    }

    func readSkillFile(_ name: String, _ path: String) async throws -> ToolOutcome {
        guard skills.skills.contains(where: { $0.name == name }) else { return unknownSkill(name, tool: "read_skill_file") }
        let relative = try PathPolicy.lexical.check(path).rawValue
        let data = try await workspace.readFile("skills/\(name)/\(relative)")
        return ToolOutcome(ok: true, text: AgentLoop.cut(String(decoding: data, as: UTF8.self)))
    }

    func runSkillScript(_ name: String, _ script: String, _ arguments: [String]) async throws -> ToolOutcome {
        guard skills.skills.contains(where: { $0.name == name }) else { return unknownSkill(name, tool: "run_skill_script") }
        let (result, operations) = try await SkillRunner.execute(skill: name, script: script, arguments: arguments, in: workspace)
        var text = "\(result.script) \(result.outcome)."
        // Said before the streams, so cutting this result for the model keeps it.
        for cut in result.cutNotes { text += "\nIts \(cut)." }
        let out = String(decoding: result.stdout, as: UTF8.self), err = String(decoding: result.stderr, as: UTF8.self)
        if !out.isEmpty { text += "\nstdout:\n" + out }
        if !err.isEmpty { text += "\nstderr:\n" + err }
        var changed: [String] = []
        if !operations.isEmpty {
            try await change(operations, tool: "run_skill_script")
            changed = operations.flatMap(\.paths)
            text += "\nIts output files are now in your proposal: \(changed.joined(separator: ", "))"
        }
        if !result.skipped.isEmpty { text += "\nNot taken: \(result.skipped.joined(separator: "; "))" }
        return ToolOutcome(ok: result.succeeded, text: AgentLoop.cut(text), changed: changed)
    }

    var files: FileTools { FileTools(workspace: workspace) }

    func listFiles(folder: String) async throws -> ToolOutcome {
        ToolOutcome(try await files.list(folder: folder, proposal: proposal))
    }

    func readFile(_ path: String) async throws -> ToolOutcome {
        ToolOutcome(try await files.read(path, proposal: proposal))
    }

    func search(_ query: String, folder: String) async throws -> ToolOutcome {
        ToolOutcome(try await files.search(query, folder: folder, proposal: proposal))
    }

    func edit(_ path: String, search: String, replace: String) async throws -> ToolOutcome {
        switch try await files.edited(path, search: search, replace: replace, proposal: proposal) {
        case .failure(let refusal): return ToolOutcome(ok: false, text: refusal.text)
        case .success(let updated):
            try await change([.write(path: path, content: updated, executable: false)], tool: "edit_file")
            return ToolOutcome(ok: true, text: "edited \(path)", changed: [path])
        }
    }

    /// One change: opens the task's proposal on the first, adds a commit after that.
    func change(_ ops: [FileOperation], tool: String) async throws {
        let provenance = Provenance(task: taskID, model: model)
        if let n = proposal {
            _ = try await workspace.append(to: n, operations: ops, policy: policy, agent: kind.rawValue, tool: tool, provenance: provenance)
        } else {
            let r = try await workspace.propose(title: title, agent: kind.rawValue, operations: ops, policy: policy, tool: tool, provenance: provenance)
            proposal = r.number
        }
        for p in ops.flatMap(\.paths) where !changed.contains(p) { changed.append(p) }
    }
}
