import ArgumentParser
import Foundation

/// `--color auto|always|never`.
enum ColorWhen: String, ExpressibleByArgument, CaseIterable, Sendable {
    case auto, always, never

    /// The one place colour is decided, for stdout and stderr alike. The person's flag wins
    /// (`always`, `never`); under `auto`, `CLICOLOR_FORCE` (set, not 0) turns colour on,
    /// `NO_COLOR` (set, not empty) or `TERM=dumb` turn it off, and otherwise there is colour
    /// only on a terminal.
    func enabled(isTTY: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if let force = environment["CLICOLOR_FORCE"], !force.isEmpty, force != "0" { return true }
            if let no = environment["NO_COLOR"], !no.isEmpty { return false }
            if environment["TERM"] == "dumb" { return false }
            return isTTY
        }
    }
}

/// `--color` and `--no-pager`, on the commands that colour or page their output (`diff`).
struct DisplayOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Colour: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always, or never.", valueName: "when"))
    var color: ColorWhen = .auto

    @Flag(name: .customLong("no-pager"), help: "Print long output directly, never through the pager ($STEWARD_PAGER, else $PAGER, else less -FRX).")
    var noPager = false

    /// Whether stdout gets colour.
    var colorStdout: Bool { color.enabled(isTTY: Terminal.stdoutIsTTY) }
}

/// Long output on a terminal goes through a pager, as git does; never without a terminal.
enum Pager {
    /// The pager command: `$STEWARD_PAGER`, else `$PAGER`, else `less -FRX` (quit if it fits
    /// on one screen, keep colours, leave the text on the screen). Empty or `cat`: none.
    static func command(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let chosen = environment["STEWARD_PAGER"] ?? environment["PAGER"] ?? "less -FRX"
        let trimmed = chosen.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || trimmed == "cat" ? nil : trimmed
    }

    /// Writes `text` to stdout: through the pager when stdout is a terminal, paging is not
    /// turned off, a pager is set and the text is longer than the screen; otherwise, or when
    /// the pager cannot start, directly.
    static func show(_ text: String, noPager: Bool) {
        fflush(nil)  // anything printed before comes first
        guard !noPager, Terminal.stdoutIsTTY, let pager = command(), isLongerThanScreen(text) else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", pager]
        var environment = ProcessInfo.processInfo.environment
        if environment["LESS"] == nil { environment["LESS"] = "FRX" }  // for a bare `less`, as git sets it
        if environment["LV"] == nil { environment["LV"] = "-c" }
        p.environment = environment
        let input = Pipe()
        p.standardInput = input
        do { try p.run() } catch {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        // The person may quit the pager before reading it all (a write then fails, no signal),
        // and Ctrl-C belongs to the pager while it runs.
        signal(SIGPIPE, SIG_IGN)
        signal(SIGINT, SIG_IGN)
        let fd = input.fileHandleForWriting.fileDescriptor
        let bytes = Array(text.utf8)
        var at = 0
        while at < bytes.count {
            let n = bytes[at...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            at += n
        }
        try? input.fileHandleForWriting.close()
        p.waitUntilExit()
        signal(SIGINT, SIG_DFL)
    }

    /// More lines than the terminal has rows (true when the size cannot be read: `less -F`
    /// still shows a short text directly).
    static func isLongerThanScreen(_ text: String) -> Bool {
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return true }
        var lines = 0
        for byte in text.utf8 where byte == 0x0A {
            lines += 1
            if lines >= Int(size.ws_row) { return true }
        }
        return false
    }
}
