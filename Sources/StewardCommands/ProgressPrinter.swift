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
    /// Also gets every event (`TaskEventForwarder`: the shared store's task events, spec 23.5).
    private var forward: (@Sendable (AgentEvent) -> Void)?

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

    /// Sends every event to `sink` too, from now on.
    func forward(to sink: @escaping @Sendable (AgentEvent) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        forward = sink
    }

    func handle(_ e: AgentEvent) {
        lock.lock()
        defer { lock.unlock() }
        forward?(e)
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
        case .proposalOpened(let n) where n == 0:
            line(Terminal.dim("  opened a proposal offline (the remote did not answer; 'steward sync' numbers it)"))
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
