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
    @Flag(
        help:
            "Each event as a line of JSON on stdout (NDJSON, the API's event shape); the last one, kind end, has the outcome. The rest goes to stderr."
    )
    var events = false

    func validate() throws {
        if events && json {
            throw ValidationError(
                "--events and --json both write to stdout; choose one (with --events, the last line, kind \"end\", has the outcome)")
        }
        if let maxSteps, !(1...500).contains(maxSteps) { throw ValidationError("--max-steps must be from 1 to 500") }
    }

    var routeOptions: RouteOptions { RouteOptions(model: model, noCloud: noCloud, isPrivate: isPrivate) }

    func limits(_ config: AgentsConfig) -> AgentLimits {
        var l = config.limits
        if let maxSteps { l.maxSteps = maxSteps }
        return l
    }

    /// The workspace, its shared store, and an orchestrator configured from `main`'s
    /// `steward.toml`, recording the task, its steps and model calls in the shared store (the
    /// PostgreSQL database of `[database]`, else SQLite: spec 23.2). `printer`'s status line is
    /// held while a cloud-consent question waits for the person.
    func orchestrator(_ workspace: WorkspaceOptions, printer: ProgressPrinter? = nil) async throws -> (
        Workspace, any SharedStore, Orchestrator, AgentLimits
    ) {
        let (ws, store, shared) = try await workspace.openWithShared(syncAudit: false)
        let (orchestrator, limits) = try await self.orchestrator(ws, store, shared: shared, printer: printer)
        return (ws, shared, orchestrator, limits)
    }

    /// The same over a workspace and stores the command already opened (one of each per process).
    func orchestrator(_ ws: Workspace, _ store: Store, shared: any SharedStore, printer: ProgressPrinter? = nil) async throws -> (
        Orchestrator, AgentLimits
    ) {
        var consent: CloudConsent? = Terminal.stdinIsTTY && Terminal.stderrIsTTY ? TerminalConsent() : nil
        if let asked = consent, let printer { consent = HeldConsent(asked: asked, printer: printer) }
        let (orchestrator, agents) = try await Orchestrator.fromMain(ws, store: store, shared: shared, consent: consent)
        return (orchestrator, limits(agents))
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
    /// `oJ` when the proposal was made while the remote did not answer (`proposal` is then 0).
    var offline: String?
    var files: [String]
    var summary: String?
    var error: String?
    var models: [String]
    var steps: Int
    var inputTokens: Int
    var outputTokens: Int
    var costUSD: Double
    /// Wall-clock seconds from the task's start to its end, to the millisecond.
    var seconds: Double
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
        offline = r.offline
        self.files = files
        summary = r.summary
        error = r.error
        models = r.models
        steps = r.steps
        inputTokens = r.inputTokens
        outputTokens = r.outputTokens
        costUSD = r.costUSD
        seconds = ((r.finished ?? Date()).timeIntervalSince(r.started) * 1000).rounded() / 1000
    }
}

extension AgentRunOptions {
    /// One agent task as `run` and `revise` give it: the orchestrator from `main`'s
    /// configuration, progress on stderr, Ctrl-C ending it cleanly, then the report and exit.
    /// `task` is the agent's work; an error it throws is reported after the progress ends.
    func runTask(
        _ workspace: WorkspaceOptions, _ task: @escaping @Sendable (Orchestrator, AgentLimits, ProgressPrinter) async throws -> AgentOutcome
    ) async throws {
        let printer = ProgressPrinter(self)
        let (ws, shared, orchestrator, limits) = try await orchestrator(workspace, printer: printer)
        let events = TaskEventForwarder.start(shared, printer: printer)
        printer.start(limits)
        let (result, interrupted): (Result<AgentOutcome, Error>, Bool) = await cancellableOnInterrupt(say: printer.note) {
            do {
                return .success(try await task(orchestrator, limits, printer))
            } catch {
                return .failure(error)
            }
        }
        printer.finish()
        await events?.finish(try? result.get())
        try await report(try result.get(), workspace: ws, interrupted: interrupted)
    }

    /// Prints how the task ended and exits accordingly: 0 done, 130 after Ctrl-C, 1 otherwise.
    /// With `--events`, the person's lines go to stderr and stdout ends with the `end` event.
    func report(_ outcome: AgentOutcome, workspace ws: Workspace, interrupted: Bool) async throws {
        let r = outcome.record
        let events = self.events
        func print(_ text: String) { if events { Terminal.note(text) } else { Swift.print(text) } }
        var files: [String] = []
        if let o = r.offline.flatMap(ProposalRef.init(argument:))?.offline, let diff = try? await ws.diff(offline: o) {
            files = diff.files.map(\.path)
        } else if let n = r.proposal, n > 0, let diff = try? await ws.diff(n) {
            files = diff.files.map(\.path)
        }
        if json {
            try Terminal.printJSON(TaskResultOutput(outcome, files: files))
        } else {
            let cost = String(format: "$%.4f", r.costUSD)
            print(
                "Task \(r.id) \(r.status.rawValue) — \(r.agent) agent (\(Escape.inline(r.agentReason))), \(r.steps) model replies, "
                    + "\(r.inputTokens + r.outputTokens) tokens, \(cost)\(r.models.isEmpty ? "" : ", " + r.models.joined(separator: ", "))")
            if let s = r.summary { print("Summary: \(Escape.inline(s))") }
            if let e = r.error { print("Stopped: \(Escape.inline(e))") }
            if let o = r.offline {
                let incomplete = r.status == .done ? "" : " (incomplete: the task did not finish)"
                print(
                    "Proposal \(o)\(incomplete), made offline (no number yet): \(files.count) file(s) changed\(files.isEmpty ? "" : " — " + files.prefix(8).map { Escape.inline($0) }.joined(separator: ", "))\(files.count > 8 ? ", …" : "")"
                )
                print("Review it:  steward diff \(o)")
                print("Ask for changes: steward revise \(o) \"…\"")
                print("Then:       steward sync   (when the remote answers: it numbers \(o); approve or reject it by that number)")
            } else if let n = r.proposal, n > 0, let merged = outcome.autoApproved {
                print(
                    "Proposal #\(n) was approved by your policy ([policy] auto_approve in steward.toml): \(files.count) file(s) on main as \(merged.commit.prefix(10)) — \(files.prefix(8).map { Escape.inline($0) }.joined(separator: ", "))"
                )
                print("Undo it:    steward rollback \(n)")
            } else if let n = r.proposal, n > 0 {
                let incomplete = r.status == .done ? "" : " (incomplete: the task did not finish)"
                print(
                    "Proposal #\(n)\(incomplete): \(files.count) file(s) changed\(files.isEmpty ? "" : " — " + files.prefix(8).map { Escape.inline($0) }.joined(separator: ", "))\(files.count > 8 ? ", …" : "")"
                )
                print(
                    r.revisionOf != nil
                        ? "Review it:  steward diff \(n) --new   (what changed since you last looked; without --new, all of it)"
                        : "Review it:  steward diff \(n)")
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
