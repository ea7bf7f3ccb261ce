import Foundation
import StewardCore
import StewardJSON
import StewardModels
import StewardSandbox

/// Limits on one task; the CLI sets them from flags and `steward.toml`.
public struct AgentLimits: Sendable, Hashable {
    /// Model replies at most.
    public var maxSteps = 24
    /// Tokens in and out, over every call of the task.
    public var maxTokens = 200_000
    /// Wall-clock seconds for the whole task.
    public var timeout: Double = 900
    /// Unusable replies in a row from one model before the next model on the route is asked.
    public var maxCorrections = 3
    /// The same call with the same arguments this many times in a row is a loop.
    public var maxRepeats = 3
    public init() {}
}

/// What a running task tells the person, as it happens.
public enum AgentEvent: Sendable, Hashable {
    /// The task started (the first event of every task): its id, its agent and why.
    case started(task: String, agent: String, reason: String)
    case trying(model: String, detail: String)
    /// A model reply arrived: the task's model replies so far (its step count, as
    /// `--max-steps` counts) and this reply's tokens.
    case replied(model: String, step: Int, inputTokens: Int, outputTokens: Int)
    case skipped(model: String, reason: String)
    case failed(model: String, reason: String)
    case text(String)
    case thinking(String)
    case toolCall(name: String, arguments: String)
    case toolResult(name: String, ok: Bool, text: String)
    /// The reply could not be used; this went back to the model.
    case correction(String)
    /// The agent stopped using a model whose replies stayed unusable.
    case gaveUp(model: String, reason: String)
    /// The first change opened this proposal.
    case proposalOpened(Int)
}

/// How a task ended.
public struct AgentOutcome: Sendable, Hashable {
    public var record: TaskRecord
    /// Paths the proposal changes.
    public var changed: [String]
    /// What `post-task` hooks said, or that one failed (the task's result stands).
    public var notes: [String] = []
    /// The approval the person's `[policy] auto_approve` made of the task's proposal, if any.
    public var autoApproved: MergeResult? = nil
}

/// The tool-calling loop of one agent on one task, built for small local models: tool calls
/// the server parsed are used as they are; calls printed as text are repaired; an unusable
/// reply gets a short corrective message, and only after `maxCorrections` of them in a row is
/// the next model on the route asked. Every step is recorded.
public final class AgentLoop: Sendable {
    let router: ModelRouter
    let toolbox: Toolbox
    let ledger: TaskLedger?
    let limits: AgentLimits
    let options: RouteOptions
    let clock: @Sendable () -> Date

    public init(router: ModelRouter, toolbox: Toolbox, ledger: TaskLedger?, limits: AgentLimits = AgentLimits(), options: RouteOptions = RouteOptions(),
                clock: @escaping @Sendable () -> Date = { Date() }) {
        self.router = router
        self.toolbox = toolbox
        self.ledger = ledger
        self.limits = limits
        self.options = options
        self.clock = clock
    }

    /// The system prompt: the person's prompt from `main`, then the facts the code enforces.
    public static func systemPrompt(_ prompt: String, kind: AgentKind, skills: AgentSkills = .none) -> String {
        prompt.trimmingCharacters(in: .whitespacesAndNewlines) + "\n\n"
            + (skills.skills.isEmpty ? "" : skills.promptSection + "\n\n")
            + "You may change files only under: \(kind.folders.map { $0 + "/" }.joined(separator: ", ")). Paths are relative, like \(kind.folders[0])/notes.md. "
            + "When the task names a file, use exactly that path. To create or change a file, call write_file with its path and its whole new content. "
            + "Nothing you change takes effect until a person approves it. "
            + "Use one tool per reply. When the task is done, call finish with a one-line summary."
    }

    /// Runs the loop from `messages` (system prompt and task) until `finish`, a limit, a
    /// failure or cancellation. Never throws: how it ended is in the record.
    public func run(task: TaskRecord, messages start: [ChatMessage], progress: @escaping @Sendable (AgentEvent) -> Void) async -> AgentOutcome {
        var record = task
        var messages = start
        var stepIndex = 0
        var excluded: Set<String> = []
        var corrections = 0
        var lastCall: String?
        var repeats = 0
        var didSomething = false
        /// Paths calls have worked on, and the last result read (for the next-step hint).
        var touched: Set<String> = []
        /// Changes that worked, by call, so a repeat is answered instead of refused by git.
        var succeededChanges: [String: String] = [:]
        var finishChallenged = false
        let started = clock()
        let tools = toolbox.definitions
        let toolNames = toolbox.toolNames

        func step(_ kind: TaskStepRecord.Kind, model: String? = nil, name: String? = nil, input: String = "", output: String = "", ok: Bool = true,
                  usage: Usage? = nil, cost: Double = 0, ms: Double = 0) {
            stepIndex += 1
            try? ledger?.addStep(TaskStepRecord(task: record.id, index: stepIndex, date: clock(), kind: kind, model: model, name: name, input: input, output: output,
                                                ok: ok, inputTokens: usage?.inputTokens ?? 0, outputTokens: usage?.outputTokens ?? 0, costUSD: cost, ms: ms))
        }
        func save() { try? ledger?.saveTask(record) }
        /// The whole call to suggest next (small models copy examples).
        func nextStep(content: String? = nil) async -> String {
            toolbox.coaching.suggestion(touched: touched, changed: await toolbox.changed, content: content, read: await toolbox.lastRead)
        }
        func end(_ status: TaskRecord.Status, summary: String? = nil, error: String? = nil) async -> AgentOutcome {
            record.status = status
            record.summary = summary
            record.error = error
            record.proposal = await toolbox.proposal ?? record.proposal
            record.finished = clock()
            if let error { step(.error, output: error, ok: false) }
            save()
            return AgentOutcome(record: record, changed: await toolbox.changed)
        }
        save()
        progress(.started(task: record.id, agent: record.agent, reason: record.agentReason))
        // The conversation's start (system prompt and task), so the story is complete.
        step(.note, input: start.map { "\($0.role.rawValue): \($0.content)" }.joined(separator: "\n\n"), output: "tools: \(toolNames.joined(separator: ", "))")

        while true {
            if Task.isCancelled { return await end(.interrupted, error: "stopped (Ctrl-C); what was done so far stays in the proposal") }
            if record.steps >= limits.maxSteps {
                return await end(.interrupted, error: "the step limit (\(limits.maxSteps) model replies) was reached; raise it with --max-steps")
            }
            if record.inputTokens + record.outputTokens >= limits.maxTokens {
                return await end(.interrupted, error: "the token limit (\(limits.maxTokens)) was reached ([agents] max_tokens)")
            }
            if clock().timeIntervalSince(started) >= limits.timeout {
                return await end(.interrupted, error: "the time limit (\(Int(limits.timeout)) s) was reached ([agents] timeout_seconds)")
            }

            // One model reply.
            var opts = options
            opts.exclude.formUnion(excluded)
            var reply: ChatResponse?
            var answered: ModelSpec?
            var cost = 0.0
            let callStart = clock()
            // After two unusable replies in a row, a little randomness: at temperature 0 a small
            // model tends to repeat the same wrong call however it is corrected. The first retry
            // stays deterministic: the correction's example is usually what it needs.
            let request = ChatRequest(messages: messages, tools: tools, temperature: corrections > 1 ? min(0.9, 0.3 * Double(corrections - 1)) : nil, stream: true)
            let remaining = limits.timeout - clock().timeIntervalSince(started)
            do {
                let result = try await ask(request, options: opts, within: remaining, progress: progress)
                for (model, note) in result.fallbacks { step(.fallback, model: model, output: note, ok: false) }
                reply = result.reply
                answered = result.model
                cost = result.cost
            } catch is StepTimeout {
                return await end(.interrupted, error: "the time limit (\(Int(limits.timeout)) s) was reached during a model reply ([agents] timeout_seconds)")
            } catch is CancellationError {
                return await end(.interrupted, error: "stopped (Ctrl-C); what was done so far stays in the proposal")
            } catch let e as ModelError {
                if e.kind == .cancelled || Task.isCancelled {
                    return await end(.interrupted, error: "stopped (Ctrl-C); what was done so far stays in the proposal")
                }
                if e.kind == .malformed, let model = await toolbox.currentModel.flatMap({ router.config.models[$0] }) {
                    // The server could not read the model's reply (a small model broke the
                    // call format): a correction, like any unusable reply.
                    record.steps += 1
                    step(.model, model: model.name, output: e.message, ok: false, ms: clock().timeIntervalSince(callStart) * 1000)
                    progress(.replied(model: model.name, step: record.steps, inputTokens: 0, outputTokens: 0))
                    corrections += 1
                    if corrections > limits.maxCorrections {
                        if let next = giveUp(model, &excluded, reason: "\(corrections) unreadable replies in a row", progress: progress) {
                            step(.fallback, model: model.name, output: next, ok: false)
                            corrections = 0
                            continue
                        }
                        return await end(.failed, error: "\(model.name)'s replies could not be read (\(e.message)) and no other model is left on the '\(toolbox.kind.rawValue)' route")
                    }
                    let fix = "Your last reply could not be read as a tool call. The tools are: \(toolNames.joined(separator: ", ")). "
                        + "Reply with only one call, like \(await nextStep())."
                    messages.append(.user(fix))
                    step(.correction, model: model.name, output: fix, ok: false)
                    progress(.correction(fix))
                    continue
                }
                return await end(.failed, error: e.message)
            } catch {
                return await end(.failed, error: "\(error)")
            }
            guard let reply, let model = answered else { return await end(.failed, error: "the router ended without a reply") }
            record.steps += 1
            if !record.models.contains(model.name) { record.models.append(model.name) }
            let usage = reply.usage ?? Usage(inputTokens: 0, outputTokens: 0)
            record.inputTokens += usage.inputTokens
            record.outputTokens += usage.outputTokens
            record.costUSD += cost
            progress(.replied(model: model.name, step: record.steps, inputTokens: usage.inputTokens, outputTokens: usage.outputTokens))
            let raw = reply.message.content + (reply.message.toolCalls.isEmpty ? "" : "\n" + reply.message.toolCalls.map { "\($0.name) \($0.arguments)" }.joined(separator: "\n"))
            step(.model, model: model.name, output: raw, usage: reply.usage, cost: cost, ms: clock().timeIntervalSince(callStart) * 1000)
            save()

            // The calls: as the server parsed them, or repaired from the text.
            var calls = reply.message.toolCalls
            var repaired = false
            if calls.isEmpty {
                calls = ToolCallRepair.extract(from: reply.message.content, tools: toolNames)
                if calls.isEmpty, toolNames.contains("write_file"), let write = Coaching.describedWrite(reply.message.content) { calls = [write] }
                repaired = !calls.isEmpty
            }
            if calls.isEmpty {
                let text = reply.message.content.trimmingCharacters(in: .whitespacesAndNewlines)
                // Prose after changes were made is how small models say they are done.
                if await toolbox.proposal != nil && !text.isEmpty {
                    let changed = await toolbox.changed
                    return await end(.done, summary: Self.proseSummary(text) ?? "changed " + changed.joined(separator: ", "))
                }
                corrections += 1
                if corrections > limits.maxCorrections {
                    if let next = giveUp(model, &excluded, reason: "no tool call in \(corrections) replies", progress: progress) {
                        corrections = 0
                        step(.fallback, model: model.name, output: next, ok: false)
                        continue
                    }
                    // Nothing to change and nothing left to ask: the answer is the reply.
                    return await end(.done, summary: text.isEmpty ? "no changes" : Self.summaryLine(text))
                }
                // A small model often prints the text it means to write: offer it back as the
                // content of the write the task asks for.
                let fix = "Reply with a tool call, for example \(await nextStep(content: Coaching.intendedContent(text))). When the task is done, call finish."
                messages.append(.assistant(reply.message.content))
                messages.append(.user(fix))
                step(.correction, model: model.name, output: fix, ok: false)
                progress(.correction(fix))
                continue
            }

            // Run them in order; the first `finish` ends the task.
            let roundStart = messages.count
            messages.append(ChatMessage(role: .assistant, content: repaired ? "" : reply.message.content, toolCalls: calls, thinking: reply.message.thinking))
            var roundFailed = true
            var roundErrors: [String] = []
            for call in calls {
                let signature = call.name + " " + call.arguments
                repeats = signature == lastCall ? repeats + 1 : 1
                lastCall = signature
                var outcome: ToolOutcome
                if let earlier = succeededChanges[signature] {
                    // Small models repeat the change that just worked instead of finishing.
                    outcome = ToolOutcome(ok: false, text: "error: that was already done (\(earlier)). If the task is complete, call finish with a one-line summary; otherwise do the next step.")
                } else if repeats > limits.maxRepeats {
                    outcome = ToolOutcome(ok: false, text: "error: you made this same call \(repeats) times; its result will not change. Do the next step, for example \(await nextStep()), or call finish.")
                } else {
                    do {
                        let args = try ToolCallRepair.arguments(call.arguments)
                        progress(.toolCall(name: call.name, arguments: JSONValue.object(args).jsonText))
                        outcome = await toolbox.run(call.name, args)
                        for key in toolbox.coaching.pathKeys(of: call.name) { if let p = args[key]?.string, outcome.ok { touched.insert(p) } }
                        if repeats > 1 && outcome.ok && outcome.changed.isEmpty && !outcome.finished {
                            // The same read again: the answer, and a push to the next step.
                            outcome.text += "\n(You already had this result. Do the next step, for example \(await nextStep()).)"
                        }
                    } catch {
                        outcome = ToolOutcome(ok: false, text: "error: \(call.name): \(error)")
                    }
                }
                if outcome.finished && !didSomething && !finishChallenged {
                    // A small model may finish at once, claiming work it never did: the first
                    // finish before any other tool worked is questioned.
                    finishChallenged = true
                    outcome = ToolOutcome(ok: false, text: "error: no tool has been used yet, so nothing is done. Do the task with the tools first; if there is truly nothing to do, call finish again.")
                }
                let opened = await toolbox.proposal
                if record.proposal == nil, let opened {
                    record.proposal = opened
                    progress(.proposalOpened(opened))
                }
                step(.tool, model: model.name, name: call.name, input: call.arguments, output: outcome.text, ok: outcome.ok)
                progress(.toolResult(name: call.name, ok: outcome.ok, text: outcome.text))
                messages.append(.tool(Self.cut(outcome.text), callID: call.id, name: call.name))
                if !outcome.ok { roundErrors.append(outcome.text) }
                if outcome.ok { roundFailed = false }
                if outcome.ok && !outcome.finished { didSomething = true }
                if outcome.ok && !outcome.changed.isEmpty { succeededChanges[signature] = outcome.text }
                if outcome.finished {
                    let summary = (try? ToolCallRepair.arguments(call.arguments))?["summary"]?.string ?? ""
                    return await end(.done, summary: summary.isEmpty ? "done" : Self.summaryLine(summary))
                }
            }
            if roundFailed {
                // A small model (calls in the prompt) copies its own last call, however it is
                // corrected: a round in which nothing worked leaves no call of its own in the
                // conversation, only what went wrong and what to do instead. Models with
                // native calls keep each call paired with its result, as their APIs expect.
                if model.toolCalls == "prompt" {
                    messages.removeSubrange(roundStart...)
                    messages.append(.user(roundErrors.joined(separator: "\n")))
                }
                corrections += 1
                if repeats > limits.maxRepeats + 2 || corrections > limits.maxCorrections {
                    let why = repeats > limits.maxRepeats + 2 ? "it repeats the same call" : "\(corrections) unusable replies in a row"
                    if let next = giveUp(model, &excluded, reason: why, progress: progress) {
                        step(.fallback, model: model.name, output: next, ok: false)
                        corrections = 0
                        repeats = 0
                        lastCall = nil
                        continue
                    }
                    return await end(.failed, error: "\(model.name) could not use the tools (\(why)) and no other model is left on the '\(toolbox.kind.rawValue)' route")
                }
            } else {
                corrections = 0
            }
        }
    }

    struct StepTimeout: Error {}

    /// What one model reply came to: the reply, who gave it, its cost, and the models the
    /// router skipped or left on the way (recorded as fallback steps).
    struct Answer: Sendable {
        var reply: ChatResponse?
        var model: ModelSpec?
        var cost = 0.0
        var fallbacks: [(String, String)] = []
    }

    /// One reply along the agent's route, streamed to `progress`, stopped when `seconds` run
    /// out (a model that rambles cannot hold a task past its time limit) or when the task is
    /// cancelled.
    func ask(_ request: ChatRequest, options: RouteOptions, within seconds: Double, progress: @escaping @Sendable (AgentEvent) -> Void) async throws -> Answer {
        let stream = router.stream(purpose: toolbox.kind.rawValue, request: request, options: options)
        let toolbox = self.toolbox
        let work = Task { () throws -> Answer in
            var answer = Answer()
            for try await event in stream {
                switch event {
                case .trying(let m):
                    await toolbox.setModel(m.name)
                    progress(.trying(model: m.name, detail: "\(m.provider.rawValue) \(m.model)\(m.cloud ? ", cloud" : "")"))
                case .skipped(let m, let reason):
                    answer.fallbacks.append((m.name, "skipped: \(reason)"))
                    progress(.skipped(model: m.name, reason: reason))
                case .failed(let m, let reason):
                    answer.fallbacks.append((m.name, "failed: \(reason)"))
                    progress(.failed(model: m.name, reason: reason))
                case .text(let t): progress(.text(t))
                case .thinking(let t): progress(.thinking(t))
                case .toolCall: break
                case .done(let r, let m, let c):
                    answer.reply = r
                    answer.model = m
                    answer.cost = c
                }
            }
            return answer
        }
        return try await Self.limited(work, seconds: seconds)
    }

    /// Waits for `work`, cancelling it when `seconds` run out (then throws `StepTimeout`)
    /// or when the caller is cancelled.
    static func limited<T: Sendable>(_ work: Task<T, Error>, seconds: Double) async throws -> T {
        let timedOut = OnceFlag()
        let watchdog = Task {
            try await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1e9))
            timedOut.set()
            work.cancel()
        }
        defer { watchdog.cancel() }
        do {
            let value = try await withTaskCancellationHandler { try await work.value } onCancel: { work.cancel() }
            // A cancelled stream may just end: the flag tells a time-out from an answer, and
            // the caller's own cancellation (Ctrl-C) from both.
            if timedOut.isSet { throw StepTimeout() }
            if Task.isCancelled { throw CancellationError() }
            return value
        } catch {
            if timedOut.isSet { throw StepTimeout() }
            throw error
        }
    }

    /// Stops using `model` for this task; returns a note when another model on the route is
    /// left to try, nil when none is.
    func giveUp(_ model: ModelSpec, _ excluded: inout Set<String>, reason: String, progress: @Sendable (AgentEvent) -> Void) -> String? {
        excluded.insert(model.name)
        let route = options.model.map { [$0] } ?? router.config.route(toolbox.kind.rawValue)
        let left = route.filter { !excluded.contains($0) && !options.exclude.contains($0) }
        progress(.gaveUp(model: model.name, reason: reason))
        guard !left.isEmpty else { return nil }
        return "gave up on \(model.name) (\(reason)); next on the route: \(left.joined(separator: ", "))"
    }

    static func cut(_ text: String) -> String {
        text.utf8.count <= Toolbox.maxResultBytes + 200 ? text : String(decoding: Array(text.utf8.prefix(Toolbox.maxResultBytes)), as: UTF8.self) + "\n… (cut)"
    }

    /// The model's closing words as a summary, unless they are JSON or code it printed
    /// (then nil: the caller describes the changes instead).
    static func proseSummary(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if t.first == "{", let json = try? JSONValue.parseLenient(t),
           let summary = json["summary"]?.string ?? json["arguments"]?["summary"]?.string, !summary.isEmpty {
            return summaryLine(summary)  // a finish the model printed without naming it
        }
        guard let first = t.first, !"{[<`".contains(first), !t.contains("```") else { return nil }
        return summaryLine(t)
    }

    static func summaryLine(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? text
        return line.count > 300 ? String(line.prefix(300)) + "…" : line
    }
}

/// A flag set once from any thread (a watchdog's time-out, a Ctrl-C handler) and read after.
public final class OnceFlag: @unchecked Sendable {
    // @unchecked: `value` is only touched under `lock`.
    private let lock = NSLock()
    private var value = false
    public init() {}
    public func set() { lock.lock(); value = true; lock.unlock() }
    public var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}
