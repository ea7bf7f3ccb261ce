import Foundation
import StewardCore
import StewardJSON
import StewardModels
import StewardSandbox
import StewardTools

/// The tool-calling loop of one agent on one task, built for small local models: tool calls
/// the server parsed are used as they are; calls printed as text are repaired; an unusable
/// reply gets a short corrective message, and only after `maxCorrections` of them in a row is
/// the next model on the route asked. Every step is recorded.
///
/// Each turn: check the limits (`+limits`), ask the model (`+ask`), interpret its reply
/// (`+interpret`), run the calls as a round (`+round`) and judge it (`+judge`); a reply that
/// cannot be used takes the one path of `+unusable` (a correction, or giving up on the model).
public final class AgentLoop: Sendable {
    let router: ModelRouter
    let toolbox: Toolbox
    let ledger: TaskLedger?
    let limits: AgentLimits
    let options: RouteOptions
    let clock: @Sendable () -> Date

    public init(
        router: ModelRouter, toolbox: Toolbox, ledger: TaskLedger?, limits: AgentLimits = AgentLimits(), options: RouteOptions = RouteOptions(),
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.router = router
        self.toolbox = toolbox
        self.ledger = ledger
        self.limits = limits
        self.options = options
        self.clock = clock
    }

    /// The system prompt: the person's prompt from `main`, then the facts the code enforces
    /// and which of `tools` (the agent's) makes each kind of change.
    public static func systemPrompt(_ prompt: String, kind: AgentKind, tools: [String], skills: AgentSkills = .none) -> String {
        prompt.trimmingCharacters(in: .whitespacesAndNewlines) + "\n\n"
            + (skills.skills.isEmpty ? "" : skills.promptSection + "\n\n")
            + "You may change files only under: \(kind.folders.map { $0 + "/" }.joined(separator: ", ")). Paths are relative, like \(kind.folders[0])/notes.md. "
            + "When the task names a file, use exactly that path. " + changeTools(tools)
            + "Nothing you change takes effect until a person approves it. "
            + "Use one tool per reply. When the task is done, call \(Finish.name) with a one-line summary."
    }

    /// Which tool makes each kind of change, for the tools offered: a small model told to
    /// write whole files rewrites a file it was asked to change a line of, and loses the rest.
    static func changeTools(_ tools: [String]) -> String {
        let kinds: [(String, String)] = [
            (WriteFile.name, "to create a new file, call \(WriteFile.name) with its path and its whole content"),
            (AppendToFile.name, "to add lines at the end of a file, \(AppendToFile.name)"),
            (ReplaceInFile.name, "to change a text in a file, \(ReplaceInFile.name) with the exact text now in it and the new text"),
            (ExtractFromFile.name, "to put the emails, links, dates or phone numbers of a file into a new file, \(ExtractFromFile.name)"),
            (WriteScript.name, "to write a script that counts, sorts or finds, \(WriteScript.name)"),
            (CopyFile.name, "to copy a file, \(CopyFile.name)"),
            (MoveFile.name, "to move or rename one, \(MoveFile.name) (with \"to\" ending in / to put it into that folder)"),
            (DeleteFile.name, "to delete one, \(DeleteFile.name)"),
        ]
        let said = kinds.filter { tools.contains($0.0) }.map(\.1)
        guard !said.isEmpty else { return "" }
        let sentence = said.joined(separator: "; ")
        let first = sentence.prefix(1).uppercased() + sentence.dropFirst() + ". "
        // An existing file rewritten whole loses what the model did not copy.
        let inPlace = tools.contains(WriteFile.name) && (tools.contains(AppendToFile.name) || tools.contains(ReplaceInFile.name))
        return first + (inPlace ? "Never rewrite a whole file to change part of it. " : "")
    }

    /// Runs the loop from `messages` (system prompt and task) until `finish`, a limit, a
    /// failure or cancellation. Never throws: how it ended is in the record.
    public func run(task: TaskRecord, messages start: [ChatMessage], progress: @escaping @Sendable (AgentEvent) -> Void) async -> AgentOutcome {
        // Its model calls name the task (spec 23.2); a worker named it already, with its lease's fence.
        if BudgetOwner.current == nil {
            return await BudgetOwner.$current.withValue(BudgetOwner(task: task.id, fence: nil)) {
                await run(task: task, messages: start, progress: progress)
            }
        }
        var state = LoopState(record: task, messages: start, started: clock(), replyTokens: limits.maxReplyTokens, progress: progress)
        await save(state)
        progress(.started(task: task.id, agent: task.agent, reason: task.agentReason))
        // The conversation's start (system prompt and task), so the story is complete.
        await step(
            &state, .note, input: start.map { "\($0.role.rawValue): \($0.content)" }.joined(separator: "\n\n"),
            output: "tools: \(toolbox.toolNames.joined(separator: ", "))")
        if case .end(let status, let summary, let error)? = await plan(&state) {
            return await end(&state, status, summary: summary, error: error)
        }
        while true {
            if case .end(let status, let summary, let error) = await turn(&state) {
                return await end(&state, status, summary: summary, error: error)
            }
        }
    }

    /// One turn: the limits, one model reply, and what it comes to.
    func turn(_ state: inout LoopState) async -> Next {
        if let limit = limitReached(state) { return .end(.interrupted, error: limit) }
        switch await ask(&state) {
        case .stop(let next):
            return next
        case .unreadable(let model, let error):
            return await unusable(.unreadable(error), from: model, &state)
        case .reply(let model, let reply):
            switch Self.interpret(reply, tools: toolbox.toolNames, ended: state.cut == nil) {
            case .calls(let calls):
                return await judge(await round(calls, repaired: false, reply: reply, from: model, &state), from: model, &state)
            case .repaired(let calls):
                return await judge(await round(calls, repaired: true, reply: reply, from: model, &state), from: model, &state)
            case .prose(let text):
                return await prose(text, reply: reply, from: model, &state)
            }
        }
    }

    /// A reply without a call. After changes were made, prose is how small models say they
    /// are done; before, it is an unusable reply. A reply cut at the reply limit is never an
    /// answer: it is unusable, and the next request may be longer (`+ask`).
    func prose(_ text: String, reply: ChatMessage, from model: ModelSpec, _ state: inout LoopState) async -> Next {
        // Repeating itself, or cut at the limit, once every file the task names is done, the
        // model has nothing left to write: the task is done (each such reply took a minute on
        // a loaded machine; measured after a skill was written: a rewrite of it cut at 512,
        // then 1,024, then 2,048 tokens, the task ending at its 300 s limit).
        if state.cut != nil, await toolbox.proposal != nil, await nextStep(state) == toolbox.coaching.finishCall(await toolbox.changed) {
            return .end(.done, summary: "changed " + (await toolbox.changed).joined(separator: ", "))
        }
        // A write of a file the task names, stopped repeating itself: written as it was before
        // the repeat (`+salvage`), once; offered back, it was copied and looped again.
        if state.looped, !state.salvaged,
            let call = Self.salvaged(reply.content, tools: toolbox.toolNames, taskPaths: toolbox.coaching.taskPaths)
        {
            state.salvaged = true
            return await judge(await round([call], repaired: true, reply: reply, from: model, &state), from: model, &state)
        }
        if let limit = state.cut { return await unusable(.cut(limit, reply: reply.content), from: model, &state) }
        if await toolbox.proposal != nil && !text.isEmpty {
            let changed = await toolbox.changed
            return .end(.done, summary: Self.proseSummary(text) ?? "changed " + changed.joined(separator: ", "))
        }
        return await unusable(.prose(text, reply: reply.content), from: model, &state)
    }
}
