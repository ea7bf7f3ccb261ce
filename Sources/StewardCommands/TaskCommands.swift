import ArgumentParser
import Dispatch
import Foundation
import StewardAgents
import StewardCore
import StewardMemory
import StewardModels
import StewardPostgres
import StewardSandbox
import StewardServer
import StewardStore

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run a task with an agent; it ends in a proposal for you to review.",
        discussion:
            "Nothing in the workspace changes before you approve. Progress goes to stderr; the result to stdout. Ctrl-C stops the task cleanly.")

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The task, in your words.") var task: String
    @OptionGroup var options: AgentRunOptions
    @Flag(help: "Queue it for a worker on any machine ('steward worker'; needs [database]); prints its id.") var queue = false
    @Flag(help: "With --queue: follow the task until it ends, then print its result.") var wait = false

    func validate() throws {
        if task.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError("the task is empty; say what to do") }
        do { try InputLimit.task.check(task) } catch let e as StewardError { throw ValidationError(e.message) }
        if wait && !queue { throw ValidationError("--wait follows a queued task; add --queue (without it, 'steward run' waits anyway)") }
    }

    func run() async throws {
        if queue { return try await QueuedRun(workspace: workspace, task: task, options: options, wait: wait).run() }
        let (task, opts, forced) = (self.task, options.routeOptions, options.agent)
        try await options.runTask(workspace) { orchestrator, limits, printer in
            let choice = await orchestrator.classify(task, forced: forced, options: opts)
            if !printer.quiet { printer.note("\(choice.kind.rawValue) agent (\(Escape.inline(choice.reason)))") }
            return await orchestrator.run(task: task, choice: choice, limits: limits, options: opts, progress: printer.handle)
        }
    }
}

struct ReviseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revise", abstract: "Ask the agent for changes to a pending proposal; it adds commits to it.")

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The proposal number.") var number: ProposalNumber
    @Argument(help: "What to change, in your words (optional when the proposal has open comments: 'steward comment').") var feedback: String?
    @OptionGroup var options: AgentRunOptions

    func validate() throws {
        guard let feedback else { return }
        if feedback.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("the feedback is empty; say what to change, or leave it out to send only your comments")
        }
        do { try InputLimit.task.check(feedback) } catch let e as StewardError { throw ValidationError(e.message) }
    }

    func run() async throws {
        // An offline oJ is revised where it is: the agent's changes are added to it here, and
        // 'steward sync' numbers it with them (spec 22.4).
        let (ref, feedback, opts, forced) = (number.ref, self.feedback ?? "", options.routeOptions, options.agent)
        try await options.runTask(workspace) { orchestrator, limits, printer in
            try await orchestrator.revise(proposal: ref, feedback: feedback, forced: forced, limits: limits, options: opts, progress: printer.handle)
        }
    }
}

struct TasksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tasks", abstract: "Recent tasks: status, agent, models, steps, tokens, cost, proposal.",
        discussion:
            "With [database] in .steward/config.toml, the tasks of every machine of the workspace. --follow shows tasks' events live, from any machine (it needs [database])."
    )

    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: "How many.") var limit = 20
    @Flag(
        help:
            "Show the events of running tasks as they happen, on any machine, until Ctrl-C (needs [database]); with a task id, that task's, until it ends."
    )
    var follow = false
    @Argument(help: "With --follow: the task to follow (its id or a unique prefix).") var id: String?
    @Flag(help: "Print as JSON (with --follow, one event a line).") var json = false

    func validate() throws {
        if id != nil && !follow { throw ValidationError("a task id goes with --follow; 'steward task ID' shows one task's story") }
    }

    func run() async throws {
        let (ws, _, store) = try await workspace.openWithShared(syncAudit: false)
        if follow { return try await Self.follow(store, id: id, json: json) }
        let tasks = await store.withProposalsNow(try await store.tasks(limit: max(1, limit)), in: ws)
        if json { return try Terminal.printJSON(tasks) }
        if tasks.isEmpty { return print("No tasks yet. Start one with: steward run \"TASK\"") }
        var rows = [["TASK", "STATUS", "AGENT", "MODELS", "STEPS", "TOKENS", "COST", "PROPOSAL", "AGE", "PROMPT"]]
        for t in tasks {
            let prompt = Escape.inline(t.prompt)
            rows.append([
                t.id, t.status.rawValue, t.agent, t.models.joined(separator: ","), "\(t.steps)", "\(t.inputTokens + t.outputTokens)",
                String(format: "$%.4f", t.costUSD), Self.proposalCell(t), Terminal.age(t.started),
                prompt.count > 50 ? String(prompt.prefix(49)) + "…" : prompt,
            ])
        }
        print(Terminal.table(rows))
    }
}

struct TaskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "task", abstract: "One task's full story: each step, tool call, result, fallback and error.")

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The task id (or a unique prefix of it).") var id: String
    @Flag(help: "Print as JSON.") var json = false

    func run() async throws {
        let (ws, _, store) = try await workspace.openWithShared(syncAudit: false)
        guard let found = try await store.task(id) else {
            throw StewardError.notFound("there is no task '\(Escape.inline(id))'; 'steward tasks' lists them")
        }
        let task = await store.withProposalsNow([found], in: ws)[0]
        let steps = try await store.steps(of: task.id)
        // Why a queued task still waits: a worker gave it back (spec 23.4; SQLite has no workers).
        let givenBack = task.status == .queued ? try await (store as? PostgresDatabase)?.lastGivenBack(of: task.id) : nil
        if json { return try Terminal.printJSON(TaskDetail(task: task, steps: steps, givenBack: givenBack)) }
        print("Task \(Escape.inline(task.id)) — \(task.status.rawValue)")
        if let g = givenBack {
            print("Given back: \(Terminal.timestamp(g.date)) by \(Escape.inline(g.worker)): \(Escape.inline(g.reason))")
        }
        print("Prompt: \(Escape.inline(task.prompt))")
        print("Agent: \(Escape.inline(task.agent)) (\(Escape.inline(task.agentReason)))")
        if let o = task.offline {
            print("Proposal: \(o) (made offline, no number yet: 'steward sync' numbers it)\(task.revisionOf != nil ? " (revision)" : "")")
        } else if let n = task.proposal, n > 0 {
            print("Proposal: #\(n)\(task.revisionOf != nil ? " (revision)" : "")")
        }
        print(
            String(
                format: "Models: %@ · %d replies · %d in / %d out tokens · $%.4f", Escape.inline(task.models.joined(separator: ", ")), task.steps,
                task.inputTokens,
                task.outputTokens, task.costUSD))
        let calls = try await store.modelCalls(ofTask: task.id)
        if let line = Self.callsLine(calls) { print(line) }
        print("Started: \(Terminal.timestamp(task.started))\(task.finished.map { " · finished \(Terminal.timestamp($0))" } ?? "")")
        if let s = task.summary { print("Summary: \(Escape.inline(s))") }
        if let e = task.error { print("Error: \(Escape.inline(e))") }
        print("")
        for s in steps {
            let mark = s.ok ? " " : "✗"
            switch s.kind {
            case .model:
                print("\(s.index). \(mark) model \(Escape.inline(s.model ?? "?")) (\(s.inputTokens) in / \(s.outputTokens) out, \(Int(s.ms)) ms):")
                print(Self.indent(s.output))
            case .tool:
                print("\(s.index). \(mark) tool \(Escape.inline(s.name ?? "?")) \(Escape.inline(s.input))")
                print(Self.indent(s.output))
            case .note where !s.input.isEmpty:
                print("\(s.index). note: \(Escape.inline(s.output))")
                print(Self.indent(s.input))
            default:
                print("\(s.index). \(mark) \(s.kind.rawValue)\(s.model.map { " \(Escape.inline($0))" } ?? ""): \(Escape.inline(s.output))")
            }
        }
    }

    /// The model calls made for the task, on whichever machines (spec 23.2): how many, how they
    /// ended, what they cost and where they ran; nil when none names it (calls recorded before
    /// calls named their task).
    static func callsLine(_ calls: [ModelCallRecord]) -> String? {
        guard !calls.isEmpty else { return nil }
        var outcomes: [String: Int] = [:]
        for c in calls { outcomes[c.outcome, default: 0] += 1 }
        let ended = outcomes.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { "\($0.value) \(Escape.inline($0.key))" }
        var machines: [String] = []
        for m in calls.compactMap(\.machine).map({ Escape.inline(String($0.prefix(12))) }) where !machines.contains(m) { machines.append(m) }
        let cost = String(format: "$%.4f", calls.reduce(0) { $0 + $1.costUSD })
        let on = machines.isEmpty ? "" : " · on \(machines.count == 1 ? "machine" : "machines") \(machines.joined(separator: ", "))"
        return "Calls: \(calls.count) model call\(calls.count == 1 ? "" : "s") (\(ended.joined(separator: ", "))) · \(cost)\(on)"
    }

    static func indent(_ text: String) -> String {
        let lines = Escape.block(text).split(separator: "\n", omittingEmptySubsequences: false)
        let shown = lines.prefix(20).map { "     " + $0 }.joined(separator: "\n")
        return lines.count > 20 ? shown + "\n     … (\(lines.count - 20) more lines; --json has everything)" : shown
    }
}

extension TasksCommand {
    /// `--follow`: through the shared database's task events; refused on SQLite, which has none.
    static func follow(_ store: any SharedStore, id: String?, json: Bool) async throws {
        guard let database = store as? PostgresDatabase else {
            throw StewardError.usage(
                "steward tasks --follow needs the shared database ([database] in .steward/config.toml, spec 23), where every machine's task events are; on this machine alone, 'steward run' shows its task's progress as it happens and 'steward task ID' shows a task's story so far"
            )
        }
        let follower = TaskFollower(database: database, json: json)
        if let id { try await follower.follow(id) } else { try await follower.followAll() }
    }

    /// `#N`, `oJ` (made offline, no number yet), or `-` (none, or an offline one gone).
    static func proposalCell(_ t: TaskRecord) -> String {
        t.offline ?? t.proposal.flatMap { $0 > 0 ? "#\($0)" : nil } ?? "-"
    }
}
