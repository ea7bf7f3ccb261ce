import ArgumentParser
import Foundation
import StewardCore
import StewardJSON
import StewardMemory
import StewardSandbox
import StewardStore

/// `--workspace DIR`, else `$STEWARD_WORKSPACE`, else `~/.steward/workspace`.
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The workspace folder (default: $STEWARD_WORKSPACE, else ~/.steward/workspace).", valueName: "dir"))
    var workspace: String?

    var path: String {
        if let workspace, !workspace.isEmpty { return workspace }
        return Self.defaultPath
    }

    /// Where commands look without `--workspace`: $STEWARD_WORKSPACE, else ~/.steward/workspace.
    static var defaultPath: String {
        if let env = ProcessInfo.processInfo.environment["STEWARD_WORKSPACE"], !env.isEmpty { return env }
        // $HOME first, as shells and git do (Foundation's NSHomeDirectory on Linux reads the
        // passwd entry and ignores HOME), then the passwd entry.
        let home = ProcessInfo.processInfo.environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".steward/workspace")
    }

    /// Opens the workspace (git only; commands that change things never wait on SQLite).
    func open() async throws -> Workspace {
        let ws = try await Workspace.open(at: path)
        await Self.printConfigNotes(ws)
        await Self.takeNumbersFromDatabase(ws)
        return ws
    }

    /// Opens the workspace and its store, and brings the store up to git's audit trail.
    /// `syncAudit: false` for commands that read only caches (review), not the audit trail.
    /// `configNotes: false` for doctor, which lists them itself.
    func openWithStore(syncAudit: Bool = true, configNotes: Bool = true) async throws -> (Workspace, Store) {
        let (ws, store) = try await WorkspaceServices.openWorkspace(at: path, syncAudit: syncAudit)
        if configNotes { await Self.printConfigNotes(ws) }
        await Self.takeNumbersFromDatabase(ws)
        return (ws, store)
    }

    /// `openWithStore`, plus the data shared with the workspace's other machines: the
    /// PostgreSQL database of `[database]` in `.steward/config.toml`, or `store` (spec 23.2).
    /// Tasks, steps, model calls and schedules are read and written through `shared`.
    func openWithShared(syncAudit: Bool = true, configNotes: Bool = true) async throws -> (Workspace, Store, any SharedStore) {
        let (ws, store) = try await openWithStore(syncAudit: syncAudit, configNotes: configNotes)
        let shared = try await WorkspaceServices.openShared(ws, store: store) { Terminal.note("note: \(Escape.inline($0))") }
        return (ws, store, shared)
    }

    /// Every command's new numbers (`rollback`, `sync`'s numbering of offline proposals,
    /// `propose`) come from the shared database first when `[database]` is set, as `run`'s and a
    /// worker's do (`openWithShared`); it connects only if one is taken (spec 22.4, "Numbers").
    static func takeNumbersFromDatabase(_ ws: Workspace) async {
        await WorkspaceServices.takeNumbersFromDatabase(ws) { Terminal.note("note: \(Escape.inline($0))") }
    }

    /// What `steward.toml` on main holds that this Steward ignores (a newer Steward's section),
    /// once per command on stderr (spec 22.1). A broken file is left to the command that needs
    /// it, which says so as an error.
    static func printConfigNotes(_ ws: Workspace) async {
        for note in (try? await ws.config())?.notes ?? [] { Terminal.note("note: \(Escape.inline(note))") }
    }
}

/// Output helpers: colour only on a terminal, errors as one line on stderr.
enum Terminal {
    static let stdoutIsTTY = isatty(1) == 1
    static let stdinIsTTY = isatty(0) == 1
    static let stderrIsTTY = isatty(2) == 1

    static func error(_ message: String) {
        let prefix = colorStderr ? "\u{1B}[31msteward: error:\u{1B}[0m " : "steward: error: "
        // A message of several lines (a hook's veto) keeps them, each further line indented so
        // nothing in it can pass for Steward's own output.
        let lines = Escape.block(message).split(separator: "\n", omittingEmptySubsequences: true)
        let text = lines.enumerated().map { i, l in i == 0 ? String(l) : "  " + l }.joined(separator: "\n")
        FileHandle.standardError.write(Data((prefix + text + "\n").utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func dim(_ text: String) -> String {
        colorStderr ? "\u{1B}[2m\(text)\u{1B}[0m" : text
    }

    /// Colour on stdout and stderr without a `--color` flag: decided in one place,
    /// `ColorWhen.enabled` (Output.swift: NO_COLOR, TERM=dumb, CLICOLOR_FORCE, a terminal).
    static let colorStdout = ColorWhen.auto.enabled(isTTY: stdoutIsTTY)
    static let colorStderr = ColorWhen.auto.enabled(isTTY: stderrIsTTY)

    static func color(_ text: String, _ code: String, on: Bool = colorStdout) -> String {
        on ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// JSON on stdout. Strings are JSON-escaped as usual, and every character that could
    /// hide or reorder text on a terminal (C1 controls, bidi controls, zero-width
    /// characters) is written as a `\uXXXX` escape too, so the bytes stay honest.
    static func printJSON<T: Encodable>(_ value: T) throws {
        print(try PrettyJSON.encode(value))
    }

    /// "3m", "2h", "5d" since a date.
    static func age(_ date: Date, now: Date = Date()) -> String {
        let s = max(0, Int(now.timeIntervalSince(date)))
        if s < 60 { return "\(s)s" }
        if s < 3600 { return "\(s / 60)m" }
        if s < 86400 { return "\(s / 3600)h" }
        return "\(s / 86400)d"
    }

    static func timestamp(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return f.string(from: date)
    }

    /// Left-aligned columns. Every cell is shown through `Escape.inline` (a no-op on text
    /// already escaped), so no column can forget it.
    static func table(_ rows: [[String]]) -> String {
        // Widths in display columns (CJK and emoji take two, combining marks none).
        DisplayWidth.columns(rows.map { $0.map(Escape.inline) })
    }
}

/// A proposal number argument: a positive integer, optionally written `#N`, or `oJ`, a
/// proposal made offline that has no number yet (spec 22.4).
struct ProposalNumber: ExpressibleByArgument {
    /// The number, nil for `oJ`.
    let number: Int?
    /// J of `oJ`, nil for a number.
    let offline: Int?

    init?(argument: String) {
        if argument.first == "o" || argument.first == "O" {
            guard let j = Int(argument.dropFirst()), j > 0, argument.dropFirst().allSatisfy(\.isASCII) else { return nil }
            (number, offline) = (nil, j)
            return
        }
        let digits = argument.hasPrefix("#") ? String(argument.dropFirst()) : argument
        guard let n = Int(digits), n > 0 else { return nil }
        (number, offline) = (n, nil)
    }

    /// The number, for what needs one (every decision, and anything pushed under it): `oJ`
    /// is refused, exit 4, before anything is read or changed.
    var value: Int {
        get throws {
            guard let number else { throw Self.noNumberYet(offline ?? 0) }
            return number
        }
    }

    /// As the tools and agents name it (for what works on `oJ` too: `diff`, `comment`, `revise`).
    var ref: ProposalRef { number.map(ProposalRef.number) ?? .offline(offline ?? 0) }

    /// The library's sentence (`Workspace.noNumberYet`), which the API answers 409 with too.
    static func noNumberYet(_ j: Int) -> StewardError { Workspace.noNumberYet(j) }

    static var defaultValueDescription: String { "a proposal number (or oJ, made offline)" }
}
