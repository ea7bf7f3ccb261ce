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
    /// The task's proposal, once the first change opened it (or the one being revised):
    /// numbered, or `oJ` when the remote did not answer (spec 22.4), which later changes add to.
    public internal(set) var proposalRef: ProposalRef?
    /// Its number; 0 for `oJ`, which has none yet (as `propose --json` says it).
    public var proposal: Int? { proposalRef.map { $0.number ?? 0 } }
    /// Paths changed by this task, in order of first change.
    public private(set) var changed: [String] = []
    /// The model whose calls are being run (the `Steward-Model` trailer).
    var model: String?
    /// The last result a reading tool gave (material for the next write, in examples).
    public private(set) var lastRead: String?
    /// Files `read_file` read in this task (a file is read before `write_file` replaces it).
    var readPaths: Set<String> = []
    /// Paths calls that worked named (for the next step after a change).
    var worked: Set<String> = []
    /// What the changes that worked answered ("wrote memory/a.md (12 bytes)").
    var results: Set<String> = []

    /// `fetch_url`, for the research agent when the person allowed some hosts.
    let fetcher: URLFetcher?
    /// The tools this agent has in this workspace, in the order offered.
    nonisolated let tools: [any Tool.Type]
    /// Every tool of this agent, before coaching narrowed what the model is offered: a
    /// recipe of the plan step (code, not the model) may call any of them.
    nonisolated let agentToolNames: Set<String>
    /// Whether the calls being run are a recipe's (`AgentLoop+plan`), not the model's.
    var byCode = false
    /// Their names.
    public nonisolated let toolNames: [String]

    /// Hints and example calls for small models, from the task and these tools.
    public nonisolated let coaching: Coaching

    /// The approved skills offered to this agent.
    public nonisolated let skills: AgentSkills
    /// Long-term memory, for `search_memory`.
    public nonisolated let memory: MemoryIndex?

    public init(
        workspace: Workspace, kind: AgentKind, title: String, taskID: String,
        proposal: ProposalRef? = nil, fetcher: URLFetcher? = nil,
        task: String = "", skills: AgentSkills = .none, memory: MemoryIndex? = nil,
        existing: Set<String> = [], texts: [String: String] = [:]
    ) {
        self.skills = skills
        self.memory = memory
        self.workspace = workspace
        self.kind = kind
        self.fetcher = kind == .research && fetcher.map { !$0.allowed.isEmpty } == true ? fetcher : nil
        let agentTools = ToolRegistry.agent(
            kind, memory: memory != nil, web: self.fetcher != nil, skills: !skills.skills.isEmpty,
            scripts: skills.canRun && !skills.withScripts.isEmpty)
        agentToolNames = Set(agentTools.map { $0.name })
        tools = Coaching.offered(agentTools, task: task, existing: existing)
        toolNames = tools.map { $0.name }
        self.policy = kind.policy
        self.title = title
        self.taskID = taskID
        self.proposalRef = proposal
        self.coaching = Coaching(
            task: task, kind: kind, tools: tools.map { $0.definition }, skills: skills, existing: existing,
            texts: texts)
    }

    public func setModel(_ name: String?) { model = name }
    /// Marks the calls that follow as a recipe's (true) or the model's (false).
    func setByCode(_ on: Bool) { byCode = on }
    /// The model whose calls are being run, if one was tried yet.
    public var currentModel: String? { model }

    /// The definitions sent to the model: short descriptions (a 0.5B model reads every word
    /// of every call), one JSON Schema each.
    public nonisolated var definitions: [ToolDefinition] { tools.map { $0.definition } }

    /// Runs one call. Errors are outcomes, not throws: the model reads them and tries again.
    public func run(_ name: String, _ args: [String: JSONValue]) async -> ToolOutcome {
        // A small model calls a skill by its name as if it were a tool: the intent is clear,
        // so it gets the skill's instructions (as use_skill would give them) and how to go on.
        if !toolNames.contains(name), skills.skills.contains(where: { $0.name == name }),
            toolNames.contains(UseSkill.name)
        {
            let use: [String: JSONValue] = ["skill": .string(name)]
            if let veto = await preToolVeto(UseSkill.self, use) {
                return ToolOutcome(ok: false, text: "error: \(veto)")
            }
            var outcome = await perform(UseSkill.self, use)
            let given = args.values.compactMap(\.string)
            outcome.text =
                "(\(name) is a skill, not a tool; these are its instructions, as \(UseSkill.name) gives them.)\n"
                + outcome.text
            if !given.isEmpty, let run = coaching.runCall(skill: name, arguments: given) {
                outcome.text += "\nWith your arguments: \(run)"
            }
            return outcome
        }
        guard toolNames.contains(name) || (byCode && agentToolNames.contains(name)), let tool = ToolRegistry.tool(named: name) else {
            let hint = coaching.unknownToolHint(name, arguments: args, read: lastRead)
            return ToolOutcome(
                ok: false,
                text:
                    "error: there is no tool \"\(name)\".\(hint) The tools are: \(toolNames.joined(separator: ", "))."
            )
        }
        // `finish` with no summary still finishes: there is nothing to get wrong.
        if name == Finish.name && args["summary"] == nil {
            return ToolOutcome(ok: true, text: "finished", finished: true)
        }
        // Arguments the tool does not have are set aside (small models add stray ones, like
        // "content" to read_file); the result says so.
        let known = ToolSchema.propertyNames(tool.definition.parameters)
        let stray = args.keys.filter { !known.contains($0) }.sorted()
        let args = placed(tool, args.filter { known.contains($0.key) })
        if let problem = ToolSchema.check(args, against: tool.definition.parameters) {
            let call = coaching.correctedCall(name, arguments: args, read: lastRead)
            return ToolOutcome(ok: false, text: "error: \(name): \(problem). Call it like \(call)")
        }
        if let refusal = await unreadOverwrite(tool, args) ?? echoedResult(tool, args) { return refusal }
        if let refusal = await lossyOverwrite(tool, args) ?? unreadSource(tool, args) { return refusal }
        if let refusal = await listedFile(tool, args) ?? movedInsteadOfChanged(tool, args) {
            return refusal
        }
        if let refusal = await settingNamed(tool, args) ?? unmatchedDelete(tool, args) {
            return refusal
        }
        if let refusal = await repeatedAdd(tool, args) { return refusal }
        if let veto = await preToolVeto(tool, args) {
            return ToolOutcome(ok: false, text: "error: \(veto)")
        }
        var outcome = await perform(tool, args)
        if outcome.ok && ToolRegistry.reading.contains(name) { lastRead = outcome.text }
        if outcome.ok {
            for key in coaching.pathKeys(of: name) { if let p = args[key]?.string { worked.insert(p) } }
            if name == ReadFile.name, let p = args["path"]?.string { readPaths.insert(p) }
        }
        if outcome.ok && !outcome.changed.isEmpty { results.insert(outcome.text) }
        outcome.text += nextHint(after: name, args, outcome)
        if !stray.isEmpty && outcome.ok {
            outcome.text +=
                "\n(note: \(name) has no argument \(stray.map { "\"\($0)\"" }.joined(separator: ", ")); it was ignored)"
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
        if tool.name == WriteFile.name,
            s("content").trimmingCharacters(in: .whitespacesAndNewlines) == Coaching.placeholder
        {
            // Said without the placeholder: a small model copies whatever it is shown.
            return ToolOutcome(
                ok: false,
                text:
                    "error: \(WriteFile.name): that content was only the example's; call \(WriteFile.name) with \"path\": \"\(s("path"))\" and, as \"content\", the whole text the task asks for, written out in full"
            )
        }
        if tool.name == ReplaceInFile.name,
            s("find") == Coaching.findPlaceholder || s("replace") == Coaching.replacePlaceholder
        {
            return ToolOutcome(
                ok: false,
                text:
                    "error: \(ReplaceInFile.name): the texts in the example were placeholders; give the exact text now in the file and its replacement"
            )
        }
        if tool.name == AppendToFile.name, s("text") == Coaching.addPlaceholder {
            return ToolOutcome(
                ok: false,
                text:
                    "error: \(AppendToFile.name): \"\(Coaching.addPlaceholder)\" was only an example; put the real line in \"text\""
            )
        }
        return nil
    }

    /// What comes next, for small models (they echo a change's result into the next call, or
    /// repeat a call that failed): after a change, the next call or `finish`; after a read,
    /// the change it was for, when that example is whole (no placeholder); after a failed
    /// call, the step the task asks for when it is another tool.
    func nextHint(after name: String, _ args: [String: JSONValue], _ outcome: ToolOutcome) -> String {
        guard name != Finish.name else { return "" }
        // A call on a path the task does not name failed: the same call on the path it names.
        if !outcome.ok, let fixed = coaching.withTaskPath(name, arguments: args, touched: worked) {
            return "\nThe task names \(fixed.path): call it like \(coaching.spoken(fixed.call))"
        }
        let next = coaching.suggestion(touched: worked, changed: changed, read: lastRead)
        let finishing = next.contains("\"\(Finish.name)\"")
        if outcome.ok && !outcome.changed.isEmpty {
            return finishing
                ? "\nIf that was all, call \(next)" : "\nNext, for example: \(coaching.spoken(next))"
        }
        if outcome.ok && [ReadFile.name, ListFiles.name].contains(name) && !finishing
            && !next.contains("\"<") && !next.contains("\"\(name)\"")
        {
            return "\nNext, for example: \(next)"
        }
        // A summary, a table, a list of what the text holds: the example's content is a
        // placeholder; say what goes there.
        if outcome.ok && name == ReadFile.name && next.contains(Coaching.placeholder),
            let path = coaching.writeTarget(in: next)
        {
            return
                "\nNext: call \(WriteFile.name) with path \"\(path)\" and, as content, what the task asks for, made from this text in your own words"
                + (coaching.sentenceLimit.map { ", in at most \($0 == 1 ? "one sentence" : "\($0) sentences") with its main facts" } ?? "")
        }
        // Not the call that just failed again (another call of the same tool is shown).
        if !outcome.ok
            && !(next.contains("\"name\": \"\(name)\"") && coaching.arguments(in: next) == args)
        {
            return "\nFor this task, try: \(coaching.spoken(next))"
        }
        return ""
    }

    /// A small model writes the result of its last change back as the file's content, or
    /// into it ("wrote memory/a.md (12 bytes)"), undoing it, or an error it was given: refused, with
    /// `finish`; once every file the task names is done, taken as `finish` (and said so).
    func echoedResult(_ tool: any Tool.Type, _ args: [String: JSONValue]) -> ToolOutcome? {
        guard tool.name == WriteFile.name,
            let content = args["content"]?.string?.trimmingCharacters(in: .whitespacesAndNewlines),
            content.count >= 8,
            content.hasPrefix("error: ")
                || results.contains(where: {
                    $0.hasPrefix(content)
                        || content.contains($0.split(separator: "\n").first.map(String.init) ?? $0)
                })
        else { return nil }
        // Once every file the task names is done, the echo is how this model says so.
        if coaching.suggestion(touched: worked, changed: changed, read: lastRead)
            == coaching.finishCall(changed)
        {
            return ToolOutcome(
                ok: true, text: "the file already has what you wrote; taken as finish", finished: true)
        }
        return ToolOutcome(
            ok: false,
            text:
                "error: that content is what your last change answered, not the file's text; the file already has what you wrote. If the task is done, call \(coaching.finishCall(changed))"
        )
    }

    /// `write_file` replaces a whole file: over a file that exists on `main` and that this task
    /// neither read nor changed, small models lose what was there (they write only the new line).
    /// Refused, with the call that adds to it or changes part of it.
    func unreadOverwrite(_ tool: any Tool.Type, _ args: [String: JSONValue]) async -> ToolOutcome? {
        guard tool.name == WriteFile.name, let path = args["path"]?.string, !readPaths.contains(path),
            !changed.contains(path),
            let data = try? await workspace.readFile(path)
        else { return nil }
        // The model's content says what it meant: a line of the file with a new value is a
        // replacement ("port = 9090" over "port = 8080"), whatever the task's words.
        // Else the line of the setting the task names, with the value it gives (`Coaching+value`).
        let meant = String(data: data, encoding: .utf8).flatMap {
            coaching.editMeant(path: path, old: $0, content: args["content"]?.string ?? "") ?? coaching.valueEdit(path: path, text: $0)
        }
        let change =
            meant
            ?? (coaching.changesInPlace
                ? coaching.suggestion(touched: worked.union([path]), changed: changed, read: lastRead)
                : nil)
        let instead =
            change.map { "; to change it in place, call \($0)" }
            ?? "; if you meant to change it, read it first: \(coaching.example(ReadFile.name, path: path)); if not, write to another path"
        return ToolOutcome(
            ok: false,
            text: "error: \(path) already exists and \(WriteFile.name) would replace all of it\(instead)")
    }

    /// The person's `pre-tool` hooks on `main` judge the call, with the file changes it would
    /// make; a veto is what the model reads.
    func preToolVeto(_ tool: any Tool.Type, _ args: [String: JSONValue]) async -> String? {
        guard (try? await workspace.hasHooks(.preTool)) == true else { return nil }
        let payload = JSONValue.fields([
            "event": .string(HookEventName.preTool.rawValue), "task": .string(taskID),
            "agent": .string(kind.rawValue),
            "proposal": proposalRef?.number.map { .int($0) }, "tool": .string(tool.name),
            "arguments": .object(args),
            "operations": .array(tool.plannedChanges(of: args).map(\.json)),
        ])
        do {
            try await workspace.runHooks(
                .preTool, payload: payload, proposal: proposalRef?.number, subject: "this \(tool.name) call"
            )
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
    public func readingProposal() async -> ProposalRef? { await currentProposal() }
    public func unknownSkillHint(tool: String) -> String { coaching.unknownSkillHint(tool: tool) }
    public func runCall(skill name: String, arguments: [String]) -> String? {
        coaching.runCall(skill: name, arguments: arguments)
    }

    /// One change: opens the task's proposal on the first, adds a commit after that. A first
    /// change made offline opens `oJ`, and the later ones add to it (local, whether the remote
    /// answers by then or not): `steward sync` numbers it with all of them.
    /// - Throws: `StewardError` from the path policy, the size limit or the tree.
    public func change(_ ops: [FileOperation], tool: String) async throws -> ProposalResult {
        let provenance = Provenance(task: taskID, model: model)
        let r: ProposalResult
        if let ref = await currentProposal() {
            r = try await workspace.append(
                to: ref, operations: ops, policy: policy, agent: kind.rawValue, tool: tool,
                provenance: provenance)
        } else {
            r = try await workspace.propose(
                title: title, agent: kind.rawValue, operations: ops, policy: policy, tool: tool,
                provenance: provenance)
            proposalRef = r.offline.flatMap(ProposalRef.init(argument:)) ?? .number(r.number)
        }
        for p in ops.flatMap(\.paths) where !changed.contains(p) { changed.append(p) }
        return r
    }
}

extension URLFetcher: PageFetcher {}
