import Foundation
import StewardCore
import StewardJSON
import StewardMemory
import StewardModels
import StewardSandbox

/// From a task to a proposal: picks the agent (cheap rules first, then the `classify` route
/// with structured output), reads its prompt from `main`, and runs its loop.
public struct Orchestrator: Sendable {
    public let workspace: Workspace
    public let router: ModelRouter
    public let ledger: TaskLedger?
    public let config: AgentsConfig
    /// Long-term memory for `search_memory`, when the store is there.
    public let memory: MemoryIndex?
    /// Tells the person when a task leaves a proposal waiting or fails (`fromMain` sets it).
    public var notifier: Notifier?

    public init(
        workspace: Workspace, router: ModelRouter, ledger: TaskLedger?,
        config: AgentsConfig = AgentsConfig(), memory: MemoryIndex? = nil
    ) {
        self.workspace = workspace
        self.router = router
        self.ledger = ledger
        self.config = config
        self.memory = memory
    }

    var fetcher: URLFetcher {
        URLFetcher(
            allowed: config.fetchHosts, maxBytes: config.fetchMaxBytes,
            timeout: config.fetchTimeoutSeconds)
    }

    /// The classifier's answer: one of `kinds`.
    static func classifySchema(_ kinds: [AgentKind]) -> JSONValue {
        .object([
            "type": "object",
            "properties": .object([
                "agent": .object(["type": "string", "enum": .array(kinds.map { .string($0.rawValue) })])
            ]),
            "required": .array(["agent"]),
        ])
    }

    /// The agent for `task`: `forced` (from `--agent`), else the rules, else the classifier
    /// model, else research (the agent that only gathers and writes notes). Neither the rules
    /// nor the classifier choose an agent that may not write the path the task names as its
    /// result (`AgentRules.writers`): the code agent for a change to memory/, research or
    /// fileops for a new skill; the reason recorded says so.
    public func classify(_ task: String, forced: AgentKind?, options: RouteOptions) async
        -> AgentChoice
    {
        if let forced { return AgentChoice(kind: forced, reason: "--agent \(forced.rawValue)") }
        // Places the task names in words count as named ("the memory folder"): `run` does the same.
        let files = (try? await workspace.listFiles(under: "", in: nil, limit: 2_000).map(\.path)) ?? []
        let named = Coaching.withNamedPaths(task, files: files)
        if let rule = AgentRules.decide(named, files: files) { return rule }
        let writers = AgentRules.writers(for: named, files: files)
        let kinds = writers?.kinds ?? AgentKind.allCases
        let among = writers.map { " among \(kinds.map(\.rawValue).joined(separator: ", ")) (\($0.because))" } ?? ""
        let fallback = kinds.contains(.research) ? AgentKind.research : kinds[0]
        let request = ChatRequest(
            messages: [
                .system(
                    "Pick the agent for a task. code: writes skills, scripts, programs. research: reads, gathers, summarises into notes. fileops: organises, renames, moves, converts and edits files. Answer only with JSON like {\"agent\": \"\(fallback.rawValue)\"}."
                ),
                .user(task),
            ], format: Self.classifySchema(kinds), temperature: 0, maxTokens: 32, stream: false)
        do {
            var opts = options
            opts.model = nil
            // A classifier that hangs must not hold the task: at most 30 s (or the task's limit).
            let router = self.router
            let work = Task {
                try await router.chat(purpose: "classify", request: request, options: opts)
            }
            let (reply, model) = try await AgentLoop.limited(
                work, seconds: min(30, config.limits.timeout))
            let text = reply.message.content
            let named =
                (try? JSONValue.parseLenient(text))?["agent"]?.string?.lowercased()
                ?? AgentKind.allCases.first { text.lowercased().contains($0.rawValue) }?.rawValue
            if let named, let kind = AgentKind(rawValue: named), kinds.contains(kind) {
                return AgentChoice(kind: kind, reason: "classifier (\(model.name))" + among)
            }
            if let named, let kind = AgentKind(rawValue: named) {
                return AgentChoice(
                    kind: fallback,
                    reason:
                        "the classifier (\(model.name)) answered \(kind.rawValue), but \(writers?.because ?? "it may not"); \(fallback.rawValue) instead"
                )
            }
            return AgentChoice(
                kind: fallback,
                reason:
                    "rules unsure and the classifier (\(model.name)) answered \(HTTPSnippet.of(text)); \(fallback.rawValue) by default" + among
            )
        } catch is AgentLoop.StepTimeout {
            return AgentChoice(
                kind: fallback,
                reason: "rules unsure and the classifier did not answer in time; \(fallback.rawValue) by default" + among)
        } catch {
            let why = (error as? ModelError)?.message ?? "\(error)"
            return AgentChoice(
                kind: fallback,
                reason:
                    "rules unsure and no classifier answered (\(HTTPSnippet.of(why))); \(fallback.rawValue) by default" + among)
        }
    }

    /// The agent's prompt from `main` (`prompts/KIND.md`), or the built-in one.
    public func prompt(for kind: AgentKind) async -> String {
        if let data = try? await workspace.readFile(kind.promptPath),
            let text = String(data: data, encoding: .utf8),
            !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        {
            return text
        }
        return kind.defaultPrompt
    }

    /// A proposal title from the task: its first line, at most 72 characters.
    public static func title(for task: String) -> String {
        let line =
            task.split(whereSeparator: \.isNewline).first.map {
                String($0).trimmingCharacters(in: .whitespaces)
            } ?? "Task"
        return line.count > 72 ? String(line.prefix(71)) + "…" : (line.isEmpty ? "Task" : line)
    }

    /// Runs a new task with the chosen agent.
    /// `id`: the task's id, when the caller hands it out before the task starts (`serve`, the
    /// queue). `proposal`: the proposal an earlier holder of a queued task opened (a worker
    /// taking it over, spec 23.4): the changes go on there instead of into a new one.
    /// `endsHere`: false when the caller decides later whether the task ended (a worker: a run
    /// stopped to give the task back is not its end) and calls `afterTask` itself if it did.
    public func run(
        task: String, choice: AgentChoice, limits: AgentLimits, options: RouteOptions,
        id: String = TaskRecord.newID(),
        proposal: ProposalRef? = nil, endsHere: Bool = true,
        progress: @escaping @Sendable (AgentEvent) -> Void
    ) async -> AgentOutcome {
        let record = TaskRecord(
            id: id, prompt: task, agent: choice.kind.rawValue, agentReason: choice.reason,
            proposal: proposal.map { $0.number ?? 0 },
            started: Date())
        let skills = await AgentSkills.load(from: workspace)
        // Files the task names by their words get their paths (`Coaching.withNamedPaths`): the
        // model and the coaching read that; the record keeps the person's words.
        let named = Coaching.withNamedPaths(
            task,
            files: (try? await workspace.listFiles(under: "", in: nil, limit: 2_000).map(\.path)) ?? [])
        let toolbox = Toolbox(
            workspace: workspace, kind: choice.kind, title: Self.title(for: task), taskID: record.id,
            proposal: proposal, fetcher: fetcher,
            task: named, skills: skills, memory: await memory(for: named),
            existing: await namedFiles(in: named), texts: await namedTexts(in: named))
        let system = AgentLoop.systemPrompt(
            await prompt(for: choice.kind), kind: choice.kind, tools: toolbox.toolNames, skills: skills)
        let loop = AgentLoop(
            router: router, toolbox: toolbox, ledger: ledger, limits: limits, options: options)
        let user = proposal.map {
            "\(named)\n\n(Another worker began this task and left its changes in your proposal \($0); they are in the files you read. Go on from there.)"
        }
        let outcome = await loop.run(
            task: record, messages: [.system(system), .user(user ?? named)], progress: progress)
        return endsHere ? await afterTask(outcome) : outcome
    }

    /// The paths `task` names that are files on `main` (what a task reads; coaching never
    /// suggests writing over them).
    func namedFiles(in task: String) async -> Set<String> {
        var found: Set<String> = []
        for path in Coaching.paths(in: task) where (try? await workspace.readFile(path)) != nil {
            found.insert(path)
        }
        return found
    }

    /// The texts on `main` of the files `task` names (a setting's line is known before any
    /// read); a file that is not UTF-8 text is left out.
    func namedTexts(in task: String) async -> [String: String] {
        var texts: [String: String] = [:]
        for path in Coaching.paths(in: task) {
            if let data = try? await workspace.readFile(path), let text = String(data: data, encoding: .utf8) {
                texts[path] = text
            }
        }
        return texts
    }

    /// Memory for a task, unless the task already names a file on `main` to work on: then the
    /// agent has its material, and a 0.5B model given one more tool does worse (one of the
    /// everyday tasks failed with `search_memory` in its list and passed without it;
    /// docs/benchmarks.md).
    func memory(for task: String) async -> MemoryIndex? {
        guard let memory, await namedFiles(in: task).isEmpty else { return nil }
        return memory
    }

    /// Runs the person's `post-task` hooks on a finished task (whatever its outcome); what they
    /// say, or that one failed, becomes a note: the task's result stands either way.
    public func afterTask(_ outcome: AgentOutcome) async -> AgentOutcome {
        var outcome = outcome
        // The person's auto-approval policy, for a task that finished (never a partial one).
        // Made offline (proposal 0, spec 22.4): which oJ; a proposal without a number is never approved.
        outcome.record = await workspace.withProposalNow(outcome.record)
        if outcome.record.status == .done, let n = outcome.record.proposal, n > 0 {
            do {
                outcome.autoApproved = try await workspace.autoApprove(n)
            } catch let e as StewardError {
                outcome.notes.append(
                    "[policy] auto_approve did not approve #\(n): \(e.message); it waits for you")
            } catch {
                outcome.notes.append("[policy] auto_approve did not approve #\(n): \(error)")
            }
        }
        if let notifier { outcome.notes += await notifier.send(outcome, workspace: workspace) }
        guard (try? await workspace.hasHooks(.postTask)) == true else { return outcome }
        let r = outcome.record
        let payload = JSONValue.fields([
            "event": .string(HookEventName.postTask.rawValue), "task": .string(r.id),
            "prompt": .string(r.prompt), "agent": .string(r.agent),
            "status": .string(r.status.rawValue), "proposal": r.proposal.map { .int($0) },
            "offline": r.offline.map { .string($0) },
            "summary": r.summary.map { .string($0) },
            "error": r.error.map { .string($0) }, "models": .array(r.models.map { .string($0) }),
            "steps": .int(r.steps),
            "inputTokens": .int(r.inputTokens), "outputTokens": .int(r.outputTokens),
            "changed": .array(outcome.changed.map { .string($0) }),
        ])
        do {
            outcome.notes += try await workspace.runHooks(
                .postTask, payload: payload, proposal: r.proposal, subject: "task \(r.id)")
        } catch let e as StewardError {
            outcome.notes.append("the task's result stands, but \(e.message)")
        } catch {
            outcome.notes.append("a post-task hook failed: \(error)")
        }
        return outcome
    }

    /// The reviewer asks for changes: the agent continues on pending proposal `ref` (numbered,
    /// or `oJ` made offline, which stays offline until `steward sync` numbers it), seeing its
    /// current state, and adds commits to it.
    /// - Throws: `StewardError` when `ref` is not a pending proposal here.
    public func revise(
        proposal ref: ProposalRef, feedback: String, forced: AgentKind?, limits: AgentLimits,
        options: RouteOptions,
        progress: @escaping @Sendable (AgentEvent) -> Void
    ) async throws -> AgentOutcome {
        let start = try await workspace.revisionStart(ref)
        let info = start.info
        // An offline proposal's tasks have no number to be found by (their proposal is 0).
        var earlier: TaskRecord?
        if let n = ref.number { earlier = try? await ledger?.task(forProposal: n) }
        let original = earlier?.prompt ?? info.title
        let kind =
            forced ?? earlier.flatMap { AgentKind(rawValue: $0.agent) } ?? AgentKind(rawValue: info.agent)
            ?? AgentRules.decide(original)?.kind
            ?? .research
        let reason =
            forced != nil
            ? "--agent \(kind.rawValue)"
            : earlier != nil ? "the agent of task \(earlier!.id)" : "the proposal's agent"
        let files = start.files
        // The person's open comments and the parts already approved go with the feedback (spec 17.4).
        let (notes, openComments) = (start.notes, start.openComments)
        let asked = feedback.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : feedback
        guard asked != nil || openComments > 0 else {
            throw StewardError.usage(
                "nothing to revise: give feedback or comment first (steward comment \(ref.argument) [PATH[:LINE]] \"TEXT\")"
            )
        }
        let request = [
            asked.map { "The reviewer asks for changes: \($0)" }, notes.isEmpty ? nil : notes,
        ].compactMap { $0 }.joined(separator: "\n")
        var record = TaskRecord(
            id: TaskRecord.newID(), prompt: asked ?? "Address the reviewer's comments on \(ref)",
            agent: kind.rawValue, agentReason: reason,
            proposal: ref.number ?? 0, revisionOf: ref.number ?? 0, started: Date())
        record.offline = ref.offline.map { "o\($0)" }
        let skills = await AgentSkills.load(from: workspace)
        let toolbox = Toolbox(
            workspace: workspace, kind: kind, title: info.title, taskID: record.id, proposal: ref,
            fetcher: fetcher,
            task: original + " " + request, skills: skills,
            memory: await memory(for: original + " " + request),
            existing: await namedFiles(in: original + " " + request))
        let system = AgentLoop.systemPrompt(
            await prompt(for: kind), kind: kind, tools: toolbox.toolNames, skills: skills)
        let user = """
            Earlier task: \(original)
            Your proposal \(ref) changes: \(files.isEmpty ? "nothing yet" : files.joined(separator: ", ")).
            \(request)
            Read the files you need, make the changes, then call finish.
            """
        let loop = AgentLoop(
            router: router, toolbox: toolbox, ledger: ledger, limits: limits, options: options)
        return await afterTask(
            await loop.run(task: record, messages: [.system(system), .user(user)], progress: progress))
    }
}

/// Short, one-line, printable excerpts of what a model said, for reasons and errors.
enum HTTPSnippet {
    static func of(_ s: String) -> String {
        let one = Escape.inline(s.replacingOccurrences(of: "\n", with: " "))
        return one.count > 120 ? String(one.prefix(120)) + "…" : one
    }
}
