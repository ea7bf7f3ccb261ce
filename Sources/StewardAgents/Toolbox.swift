import Foundation
import StewardCore
import StewardJSON
import StewardMemory
import StewardSandbox
import StewardSkills
import StewardTools

/// What one tool call came to (the tools' own type, named here for the loop).
public typealias ToolOutcome = StewardTools.ToolOutcome

/// An agent's tools for one task: which it has (from the registry), the checks a call passes
/// before it runs (its schema, stray arguments set aside, placeholders copied from examples,
/// the person's `pre-tool` hooks), and the task's proposal the changes go to. The tools
/// themselves are types in `StewardTools`; every one goes through the sandbox: reads come
/// from git objects (the proposal's own tree once it exists, so reads see the agent's
/// changes), writes are commits on the task's proposal branch, opened by the first write.
/// No tool runs a shell.
public actor Toolbox: ToolContext {
    public nonisolated let workspace: Workspace
    public nonisolated let kind: AgentKind
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

    /// `fetch_url`, for the research agent when the person allowed some hosts.
    let fetcher: URLFetcher?
    /// The tools this agent has in this workspace, in the order offered.
    nonisolated let tools: [any Tool.Type]
    /// Their names.
    public nonisolated let toolNames: [String]

    /// Hints and example calls for small models, from the task and these tools.
    public nonisolated let coaching: Coaching

    /// The approved skills offered to this agent.
    public nonisolated let skills: AgentSkills
    /// Long-term memory, for `search_memory`.
    public nonisolated let memory: MemoryIndex?

    public init(
        workspace: Workspace, kind: AgentKind, title: String, taskID: String, proposal: Int? = nil, fetcher: URLFetcher? = nil,
        task: String = "", skills: AgentSkills = .none, memory: MemoryIndex? = nil
    ) {
        self.skills = skills
        self.memory = memory
        self.workspace = workspace
        self.kind = kind
        self.fetcher = kind == .research && fetcher.map { !$0.allowed.isEmpty } == true ? fetcher : nil
        tools = ToolRegistry.agent(
            kind, memory: memory != nil, web: self.fetcher != nil, skills: !skills.skills.isEmpty,
            scripts: skills.canRun && !skills.withScripts.isEmpty)
        toolNames = tools.map { $0.name }
        self.policy = kind.policy
        self.title = title
        self.taskID = taskID
        self.proposal = proposal
        self.coaching = Coaching(task: task, kind: kind, tools: tools.map { $0.definition }, skills: skills)
    }

    public func setModel(_ name: String?) { model = name }
    /// The model whose calls are being run, if one was tried yet.
    public var currentModel: String? { model }

    /// The definitions sent to the model: short descriptions (a 0.5B model reads every word
    /// of every call), one JSON Schema each.
    public nonisolated var definitions: [ToolDefinition] { tools.map { $0.definition } }

    /// Runs one call. Errors are outcomes, not throws: the model reads them and tries again.
    public func run(_ name: String, _ args: [String: JSONValue]) async -> ToolOutcome {
        // A small model calls a skill by its name as if it were a tool: the intent is clear,
        // so it gets the skill's instructions (as use_skill would give them) and how to go on.
        if !toolNames.contains(name), skills.skills.contains(where: { $0.name == name }), toolNames.contains(UseSkill.name) {
            let use: [String: JSONValue] = ["skill": .string(name)]
            if let veto = await preToolVeto(UseSkill.self, use) { return ToolOutcome(ok: false, text: "error: \(veto)") }
            var outcome = await perform(UseSkill.self, use)
            let given = args.values.compactMap(\.string)
            outcome.text = "(\(name) is a skill, not a tool; these are its instructions, as \(UseSkill.name) gives them.)\n" + outcome.text
            if !given.isEmpty, let run = coaching.runCall(skill: name, arguments: given) { outcome.text += "\nWith your arguments: \(run)" }
            return outcome
        }
        guard toolNames.contains(name), let tool = ToolRegistry.tool(named: name) else {
            let hint = coaching.unknownToolHint(name, arguments: args, read: lastRead)
            return ToolOutcome(ok: false, text: "error: there is no tool \"\(name)\".\(hint) The tools are: \(toolNames.joined(separator: ", ")).")
        }
        // `finish` with no summary still finishes: there is nothing to get wrong.
        if name == Finish.name && args["summary"] == nil { return ToolOutcome(ok: true, text: "finished", finished: true) }
        // Arguments the tool does not have are set aside (small models add stray ones, like
        // "content" to read_file); the result says so.
        let known = ToolSchema.propertyNames(tool.definition.parameters)
        let stray = args.keys.filter { !known.contains($0) }.sorted()
        let args = args.filter { known.contains($0.key) }
        if let problem = ToolSchema.check(args, against: tool.definition.parameters) {
            let call = coaching.correctedCall(name, arguments: args, read: lastRead)
            return ToolOutcome(ok: false, text: "error: \(name): \(problem). Call it like \(call)")
        }
        if let veto = await preToolVeto(tool, args) {
            return ToolOutcome(ok: false, text: "error: \(veto)")
        }
        var outcome = await perform(tool, args)
        if outcome.ok && ToolRegistry.reading.contains(name) { lastRead = outcome.text }
        if !stray.isEmpty && outcome.ok {
            outcome.text += "\n(note: \(name) has no argument \(stray.map { "\"\($0)\"" }.joined(separator: ", ")); it was ignored)"
        }
        return outcome
    }

    /// Runs a checked call; a placeholder copied from an example is refused first.
    func perform(_ tool: any Tool.Type, _ args: [String: JSONValue]) async -> ToolOutcome {
        if let refusal = Self.placeholderRefusal(tool, args) { return refusal }
        do {
            return try await tool.call(args, in: self)
        } catch let e as StewardError {
            return ToolOutcome(ok: false, text: "error: \(e.message)")
        } catch {
            return ToolOutcome(ok: false, text: "error: \(error)")
        }
    }

    /// Small models copy example calls word for word: a write of the example's content, or
    /// an edit with its texts, is refused with what to do instead.
    static func placeholderRefusal(_ tool: any Tool.Type, _ args: [String: JSONValue]) -> ToolOutcome? {
        func s(_ key: String) -> String { args[key]?.string ?? "" }
        if tool.name == WriteFile.name, s("content").trimmingCharacters(in: .whitespacesAndNewlines) == Coaching.placeholder {
            return ToolOutcome(
                ok: false, text: "error: \(WriteFile.name): \"\(Coaching.placeholder)\" was only an example; put the file's real text in \"content\"")
        }
        if tool.name == EditFile.name, s("search").hasPrefix("<exact text") || s("replace") == "<new text>" {
            return ToolOutcome(
                ok: false,
                text: "error: \(EditFile.name): the texts in the example were placeholders; give the exact text now in the file and its replacement")
        }
        return nil
    }

    /// The person's `pre-tool` hooks on `main` judge the call, with the file changes it would
    /// make; a veto is what the model reads.
    func preToolVeto(_ tool: any Tool.Type, _ args: [String: JSONValue]) async -> String? {
        guard (try? await workspace.hasHooks(.preTool)) == true else { return nil }
        let payload = JSONValue.fields([
            "event": .string(HookEventName.preTool.rawValue), "task": .string(taskID), "agent": .string(kind.rawValue),
            "proposal": proposal.map { .int($0) }, "tool": .string(tool.name), "arguments": .object(args),
            "operations": .array(tool.plannedChanges(of: args).map(\.json)),
        ])
        do {
            try await workspace.runHooks(.preTool, payload: payload, proposal: proposal, subject: "this \(tool.name) call")
            return nil
        } catch let e as StewardError {
            return e.message
        } catch {
            return "a pre-tool hook failed: \(error)"
        }
    }

    // MARK: - The tools' context

    public nonisolated var audience: ToolAudience { .agent }
    public nonisolated var pageFetcher: (any PageFetcher)? { fetcher }
    public nonisolated var offeredSkills: [SkillManifest] { skills.skills }
    public func readingProposal() -> Int? { proposal }
    public func unknownSkillHint(tool: String) -> String { coaching.unknownSkillHint(tool: tool) }
    public func runCall(skill name: String, arguments: [String]) -> String? { coaching.runCall(skill: name, arguments: arguments) }

    /// One change: opens the task's proposal on the first, adds a commit after that.
    /// - Throws: `StewardError` from the path policy, the size limit or the tree.
    public func change(_ ops: [FileOperation], tool: String) async throws -> ProposalResult {
        let provenance = Provenance(task: taskID, model: model)
        let r: ProposalResult
        if let n = proposal {
            r = try await workspace.append(to: n, operations: ops, policy: policy, agent: kind.rawValue, tool: tool, provenance: provenance)
        } else {
            r = try await workspace.propose(title: title, agent: kind.rawValue, operations: ops, policy: policy, tool: tool, provenance: provenance)
            proposal = r.number
        }
        for p in ops.flatMap(\.paths) where !changed.contains(p) { changed.append(p) }
        return r
    }
}

extension URLFetcher: PageFetcher {}
