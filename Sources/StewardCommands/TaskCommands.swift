import ArgumentParser
import Dispatch
import Foundation
import StewardAgents
import StewardCore
import StewardMemory
import StewardModels
import StewardSandbox
import StewardServer
import StewardStore

extension AgentKind: ExpressibleByArgument {}

/// What `run` and `revise` share: model choices, limits, output.
struct AgentRunOptions: ParsableArguments {
    @Option(help: "The agent: code, research or fileops (default: chosen from the task).") var agent: AgentKind?
    @Option(help: "Use only this model (a [models.NAME]).") var model: String?
    @Flag(help: "Do not use cloud models for this task.") var noCloud = false
    @Flag(name: .customLong("private"), help: "Local models only, whatever the policy says.") var isPrivate = false
    @Option(help: "Stop after this many model replies (default: [agents] max_steps, else 24).") var maxSteps: Int?
    @Flag(help: "Print the result as JSON (progress still goes to stderr unless --quiet).") var json = false
    @Flag(help: "No progress lines, only the result.") var quiet = false
    @Flag(help: "Each event as a line of JSON on stdout (NDJSON, the API's event shape); the last one, kind end, has the outcome. The rest goes to stderr.")
    var events = false

    func validate() throws {
        if events && json {
            throw ValidationError("--events and --json both write to stdout; choose one (with --events, the last line, kind \"end\", has the outcome)")
        }
        if let maxSteps, !(1...500).contains(maxSteps) { throw ValidationError("--max-steps must be from 1 to 500") }
    }

    var routeOptions: RouteOptions { RouteOptions(model: model, noCloud: noCloud, isPrivate: isPrivate) }

    func limits(_ config: AgentsConfig) -> AgentLimits {
        var l = config.limits
        if let maxSteps { l.maxSteps = maxSteps }
        return l
    }

    /// The workspace, its store, and an orchestrator configured from `main`'s `steward.toml`.
    /// `printer`'s status line is held while a cloud-consent question waits for the person.
    func orchestrator(_ workspace: WorkspaceOptions, printer: ProgressPrinter? = nil) async throws -> (Workspace, Orchestrator, AgentLimits) {
        let (ws, store) = try await workspace.openWithStore(syncAudit: false)
        let (orchestrator, limits) = try await self.orchestrator(ws, store, printer: printer)
        return (ws, orchestrator, limits)
    }

    /// The same over a workspace and store the command already opened (one of each per process).
    func orchestrator(_ ws: Workspace, _ store: Store, printer: ProgressPrinter? = nil) async throws -> (Orchestrator, AgentLimits) {
        var consent: CloudConsent? = Terminal.stdinIsTTY && Terminal.stderrIsTTY ? TerminalConsent() : nil
        if let asked = consent, let printer { consent = HeldConsent(asked: asked, printer: printer) }
        let (orchestrator, agents) = try await Orchestrator.fromMain(ws, store: store, consent: consent)
        return (orchestrator, limits(agents))
    }
}

/// Prints a task's progress on stderr as it happens: one line per model, tool call and
/// result; streamed text dimmed. On a terminal, a status line below them that updates in
/// place: a spinner, the time since the task started, the step (model reply) it is on and,
/// while a model has not sent its first token, which one it waits for. With `--events`, each
/// event is also one line of JSON on stdout (the API's SSE `data`, `TaskRunner.Event.json`).
final class ProgressPrinter: @unchecked Sendable {
    // @unchecked: every `var` is only touched under `lock`.
    private let lock = NSLock()
    private var midLine = false
    /// Models already reported as skipped for a reason, so each step does not repeat it.
    private var skipped: Set<String> = []
    let quiet: Bool
    /// NDJSON events on stdout.
    let events: Bool
    /// The status line is drawn: stderr is a terminal that understands it, and not `--quiet`.
    let status: Bool
    private var maxSteps = 0
    private var started = Date()
    /// A question to the person is on the screen: no status line until it is answered.
    private var held = false
    /// Model replies so far; what is going on now (waiting for a model, running a tool).
    private var replies = 0
    private var activity: String?
    private var waiting = false
    private var statusShown = false
    private var frame = 0
    private var ticker: Task<Void, Never>?

    init(quiet: Bool, events: Bool = false, statusLine: Bool = Terminal.stderrIsTTY && ProcessInfo.processInfo.environment["TERM"] != "dumb") {
        self.quiet = quiet
        self.events = events
        status = statusLine && !quiet
    }

    convenience init(_ options: AgentRunOptions) {
        self.init(quiet: options.quiet, events: options.events)
    }

    /// The task starts: the clock, and the status line redrawn ten times a second until `finish`.
    func start(_ limits: AgentLimits) {
        lock.lock()
        defer { lock.unlock() }
        maxSteps = limits.maxSteps
        started = Date()
        guard status, ticker == nil else { return }
        ticker = Task { [weak self] in
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: 100_000_000)
                self?.tick()
            }
        }
    }

    /// Holds the status line (removed, not redrawn) while the person is asked something.
    func hold(_ on: Bool) {
        lock.lock()
        defer { lock.unlock() }
        held = on
        if on { clearStatus() } else { drawStatus() }
    }

    private static let spinner = Array("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏")

    /// "12s", "3m05s", "1h02m".
    static func elapsed(_ seconds: Double) -> String {
        let s = max(0, Int(seconds))
        if s < 60 { return "\(s)s" }
        if s < 3600 { return String(format: "%dm%02ds", s / 60, s % 60) }
        return String(format: "%dh%02dm", s / 3600, s % 3600 / 60)
    }

    /// The status line's text: "⠹ 12s · step 2/24 · waiting for local's first token".
    static func statusText(frame: Int, elapsed: Double, step: Int, maxSteps: Int, activity: String?) -> String {
        "\(spinner[frame % spinner.count]) \(Self.elapsed(elapsed)) · step \(step)\(maxSteps > 0 ? "/\(maxSteps)" : "")"
            + (activity.map { " · " + $0 } ?? "")
    }

    private func write(_ s: String) { FileHandle.standardError.write(Data(s.utf8)) }

    private func clearStatus() {
        guard statusShown else { return }
        write("\r\u{1B}[2K")
        statusShown = false
    }

    /// Draws the status line in place, cut to the terminal's width (a wrapped line could not
    /// be redrawn); not in the middle of streamed text.
    private func drawStatus() {
        guard status, !midLine, !held, ticker != nil else { return }
        let step = waiting ? replies + 1 : max(replies, 1)
        let text = Self.statusText(frame: frame, elapsed: Date().timeIntervalSince(started), step: step, maxSteps: maxSteps, activity: activity)
        var size = winsize()
        let columns = ioctl(2, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
        write("\r\u{1B}[2K" + Terminal.dim(DisplayWidth.prefix(text, columns: max(1, columns - 1))))
        statusShown = true
    }

    private func tick() {
        lock.lock()
        defer { lock.unlock() }
        frame += 1
        drawStatus()
    }

    private func line(_ s: String) {
        clearStatus()
        endStreamedLine()
        Terminal.note(s)
        drawStatus()
    }

    /// A line of the command's own (the agent chosen, Ctrl-C's "stopping…"), above the status line.
    func note(_ s: String) {
        lock.lock()
        defer { lock.unlock() }
        line(s)
    }

    /// Stops the status line and removes it, and ends a line of streamed text, so the result
    /// starts on a line of its own.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        ticker?.cancel()
        ticker = nil
        clearStatus()
        endStreamedLine()
    }

    private func endStreamedLine() {
        guard midLine else { return }
        write("\n")
        midLine = false
    }

    /// One event as a line of JSON on stdout, written at once (not buffered).
    static func emit(_ event: TaskRunner.Event) {
        FileHandle.standardOutput.write(Data((event.json + "\n").utf8))
    }

    func handle(_ e: AgentEvent) {
        lock.lock()
        defer { lock.unlock() }
        if events { Self.emit(TaskRunner.event(e)) }
        switch e {
        case .trying(let m, _):
            waiting = true
            activity = "waiting for \(Escape.inline(m))'s first token"
        case .text, .thinking:
            waiting = false
            activity = nil
        case .replied(_, let n, _, _):
            replies = n
            waiting = false
            activity = nil
        case .toolCall(let name, _): activity = Escape.inline(name)
        case .toolResult: activity = nil
        default: break
        }
        guard !quiet else { return }
        switch e {
        case .started, .replied: drawStatus()  // on the status line only
        case .trying(let m, let detail): line(Terminal.dim("→ \(Escape.inline(m)) (\(Escape.inline(detail)))"))
        case .skipped(let m, let reason):
            // Cool-down reasons count down; say each model's reason once per task.
            let key = m + " " + (reason.hasPrefix("cooling down") ? "cooling down" : reason)
            if skipped.insert(key).inserted { line(Terminal.dim("· skipped \(Escape.inline(m)): \(Escape.inline(reason))")) }
        case .failed(let m, let reason): line("✗ \(Escape.inline(m)) failed: \(Escape.inline(reason)); trying the next model")
        case .text(let t), .thinking(let t):
            clearStatus()
            write(Terminal.dim(Escape.block(t)))
            midLine = !t.hasSuffix("\n")
            drawStatus()
        case .toolCall(let name, let args):
            let shown = args.count > 160 ? String(args.prefix(160)) + "…" : args
            line("  \(Escape.inline(name)) \(Escape.inline(shown))")
        case .toolResult(_, let ok, let text):
            let first = text.split(separator: "\n").first.map(String.init) ?? text
            let shown = first.count > 160 ? String(first.prefix(160)) + "…" : first
            line(Terminal.dim("    \(ok ? "✓" : "✗") \(Escape.inline(shown))"))
        case .correction(let fix): line(Terminal.dim("  ↺ reply not usable; told the model: \(Escape.inline(fix))"))
        case .gaveUp(let m, let reason): line("✗ gave up on \(Escape.inline(m)): \(Escape.inline(reason))")
        case .proposalOpened(let n): line(Terminal.dim("  opened proposal #\(n) (branch steward/\(n))"))
        }
    }
}

/// Cloud consent asked on the terminal with the status line held, so the question stays put.
struct HeldConsent: CloudConsent {
    let asked: CloudConsent
    let printer: ProgressPrinter

    func mayUseCloud(model: ModelSpec, purpose: String) async -> Bool {
        printer.hold(true)
        defer { printer.hold(false) }
        return await asked.mayUseCloud(model: model, purpose: purpose)
    }
}

/// Runs `body` with Ctrl-C cancelling it instead of killing the process, so the task ends
/// cleanly and what it did stays as a proposal. `say` prints the "stopping…" line (above a
/// status line, when there is one).
/// Returns the result and whether Ctrl-C was pressed.
func cancellableOnInterrupt<T: Sendable>(
    say: @escaping @Sendable (String) -> Void = { Terminal.note($0) }, _ body: @escaping @Sendable () async -> T
) async -> (T, interrupted: Bool) {
    let task = Task { await body() }
    let pressed = OnceFlag()
    signal(SIGINT, SIG_IGN)
    let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
    source.setEventHandler {
        say("stopping… (the task ends cleanly; what it did stays as a proposal)")
        pressed.set()
        task.cancel()
    }
    source.resume()
    let result = await task.value
    source.cancel()
    signal(SIGINT, SIG_DFL)
    return (result, pressed.isSet)
}

/// `steward run` and `revise`: the result, as text or JSON.
struct TaskResultOutput: Encodable {
    var task: String
    var status: String
    var agent: String
    var agentReason: String
    var proposal: Int?
    var files: [String]
    var summary: String?
    var error: String?
    var models: [String]
    var steps: Int
    var inputTokens: Int
    var outputTokens: Int
    var costUSD: Double
    var notes: [String]
    var autoApproved: String?

    init(_ o: AgentOutcome, files: [String]) {
        let r = o.record
        notes = o.notes
        autoApproved = o.autoApproved?.commit
        task = r.id
        status = r.status.rawValue
        agent = r.agent
        agentReason = r.agentReason
        proposal = r.proposal
        self.files = files
        summary = r.summary
        error = r.error
        models = r.models
        steps = r.steps
        inputTokens = r.inputTokens
        outputTokens = r.outputTokens
        costUSD = r.costUSD
    }
}

extension AgentRunOptions {
    /// Prints how the task ended and exits accordingly: 0 done, 130 after Ctrl-C, 1 otherwise.
    /// With `--events`, the person's lines go to stderr and stdout ends with the `end` event.
    func report(_ outcome: AgentOutcome, workspace ws: Workspace, interrupted: Bool) async throws {
        let r = outcome.record
        let events = self.events
        func print(_ text: String) { if events { Terminal.note(text) } else { Swift.print(text) } }
        var files: [String] = []
        if let n = r.proposal, let diff = try? await ws.diff(n) { files = diff.files.map(\.path) }
        if json {
            try Terminal.printJSON(TaskResultOutput(outcome, files: files))
        } else {
            let cost = String(format: "$%.4f", r.costUSD)
            print("Task \(r.id) \(r.status.rawValue) — \(r.agent) agent (\(Escape.inline(r.agentReason))), \(r.steps) model replies, "
                + "\(r.inputTokens + r.outputTokens) tokens, \(cost)\(r.models.isEmpty ? "" : ", " + r.models.joined(separator: ", "))")
            if let s = r.summary { print("Summary: \(Escape.inline(s))") }
            if let e = r.error { print("Stopped: \(Escape.inline(e))") }
            if let n = r.proposal, let merged = outcome.autoApproved {
                print("Proposal #\(n) was approved by your policy ([policy] auto_approve in steward.toml): \(files.count) file(s) on main as \(merged.commit.prefix(10)) — \(files.prefix(8).map { Escape.inline($0) }.joined(separator: ", "))")
                print("Undo it:    steward rollback \(n)")
            } else if let n = r.proposal {
                let incomplete = r.status == .done ? "" : " (incomplete: the task did not finish)"
                print("Proposal #\(n)\(incomplete): \(files.count) file(s) changed\(files.isEmpty ? "" : " — " + files.prefix(8).map { Escape.inline($0) }.joined(separator: ", "))\(files.count > 8 ? ", …" : "")")
                print(r.revisionOf != nil ? "Review it:  steward diff \(n) --new   (what changed since you last looked; without --new, all of it)" : "Review it:  steward diff \(n)")
                print("Approve:    steward approve \(n)")
                print("Reject:     steward reject \(n) --reason \"…\"")
                print("Ask for changes: steward revise \(n) \"…\"")
            } else if r.status == .done {
                print("Nothing was changed, so there is no proposal.")
            }
        }
        for note in outcome.notes { Terminal.note("note: \(Escape.inline(note))") }
        if events { ProgressPrinter.emit(TaskRunner.end(outcome)) }
        switch r.status {
        case .done: return
        case .interrupted where interrupted: throw ExitCode(130)
        default: throw ExitCode(1)
        }
    }
}

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run a task with an agent; it ends in a proposal for you to review.",
        discussion: "Nothing in the workspace changes before you approve. Progress goes to stderr; the result to stdout. Ctrl-C stops the task cleanly.")

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The task, in your words.") var task: String
    @OptionGroup var options: AgentRunOptions

    func validate() throws {
        if task.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError("the task is empty; say what to do") }
        do { try InputLimit.task.check(task) } catch let e as StewardError { throw ValidationError(e.message) }
    }

    func run() async throws {
        let printer = ProgressPrinter(options)
        let (ws, orchestrator, limits) = try await options.orchestrator(workspace, printer: printer)
        printer.start(limits)
        let (task, opts, forced) = (self.task, options.routeOptions, options.agent)
        let (outcome, interrupted) = await cancellableOnInterrupt(say: printer.note) {
            let choice = await orchestrator.classify(task, forced: forced, options: opts)
            if !printer.quiet { printer.note("\(choice.kind.rawValue) agent (\(Escape.inline(choice.reason)))") }
            return await orchestrator.run(task: task, choice: choice, limits: limits, options: opts, progress: printer.handle)
        }
        printer.finish()
        try await options.report(outcome, workspace: ws, interrupted: interrupted)
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
        if feedback.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError("the feedback is empty; say what to change, or leave it out to send only your comments") }
        do { try InputLimit.task.check(feedback) } catch let e as StewardError { throw ValidationError(e.message) }
    }

    func run() async throws {
        let printer = ProgressPrinter(options)
        let (ws, orchestrator, limits) = try await options.orchestrator(workspace, printer: printer)
        printer.start(limits)
        let (n, feedback, opts, forced) = (number.value, self.feedback ?? "", options.routeOptions, options.agent)
        let (result, interrupted): (Result<AgentOutcome, Error>, Bool) = await cancellableOnInterrupt(say: printer.note) {
            do {
                return .success(try await orchestrator.revise(proposal: n, feedback: feedback, forced: forced, limits: limits, options: opts, progress: printer.handle))
            } catch {
                return .failure(error)
            }
        }
        printer.finish()
        try await options.report(try result.get(), workspace: ws, interrupted: interrupted)
    }
}

struct TasksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tasks", abstract: "Recent tasks: status, agent, models, steps, tokens, cost, proposal.")

    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: "How many.") var limit = 20
    @Flag(help: "Print as JSON.") var json = false

    func run() async throws {
        let (_, store) = try await workspace.openWithStore(syncAudit: false)
        let tasks = try store.tasks(limit: max(1, limit))
        if json { return try Terminal.printJSON(tasks) }
        if tasks.isEmpty { return print("No tasks yet. Start one with: steward run \"TASK\"") }
        var rows = [["TASK", "STATUS", "AGENT", "MODELS", "STEPS", "TOKENS", "COST", "PROPOSAL", "AGE", "PROMPT"]]
        for t in tasks {
            let prompt = Escape.inline(t.prompt)
            rows.append([t.id, t.status.rawValue, t.agent, t.models.joined(separator: ","), "\(t.steps)", "\(t.inputTokens + t.outputTokens)",
                         String(format: "$%.4f", t.costUSD), t.proposal.map { "#\($0)" } ?? "-", Terminal.age(t.started),
                         prompt.count > 50 ? String(prompt.prefix(49)) + "…" : prompt])
        }
        print(Terminal.table(rows))
    }
}

struct TaskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "task", abstract: "One task's full story: each step, tool call, result, fallback and error.")

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The task id (or a unique prefix of it).") var id: String
    @Flag(help: "Print as JSON.") var json = false

    func run() async throws {
        let (_, store) = try await workspace.openWithStore(syncAudit: false)
        guard let task = try store.task(id) else { throw StewardError.notFound("there is no task '\(Escape.inline(id))'; 'steward tasks' lists them") }
        let steps = try store.steps(of: task.id)
        if json { return try Terminal.printJSON(TaskDetail(task: task, steps: steps)) }
        print("Task \(Escape.inline(task.id)) — \(task.status.rawValue)")
        print("Prompt: \(Escape.inline(task.prompt))")
        print("Agent: \(Escape.inline(task.agent)) (\(Escape.inline(task.agentReason)))")
        if let n = task.proposal { print("Proposal: #\(n)\(task.revisionOf != nil ? " (revision)" : "")") }
        print(String(format: "Models: %@ · %d replies · %d in / %d out tokens · $%.4f", Escape.inline(task.models.joined(separator: ", ")), task.steps, task.inputTokens,
                     task.outputTokens, task.costUSD))
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

    static func indent(_ text: String) -> String {
        let lines = Escape.block(text).split(separator: "\n", omittingEmptySubsequences: false)
        let shown = lines.prefix(20).map { "     " + $0 }.joined(separator: "\n")
        return lines.count > 20 ? shown + "\n     … (\(lines.count - 20) more lines; --json has everything)" : shown
    }
}
