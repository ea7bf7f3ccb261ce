import Foundation
import StewardCore
import Testing

/// The repository's root (for scripts/).
private let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

/// `steward-mcp`, built beside `steward`.
private var mcpBinary: String {
    get throws { (try stewardBinary as NSString).deletingLastPathComponent + "/steward-mcp" }
}

/// `--version`, shell completions, and scripts/install.sh and uninstall.sh into a temp prefix.
@Suite("version, completions, install")
struct InstallCLITests {
    @Test func versionIsTheOneConstant() async throws {
        let r = try await run(try stewardBinary, ["--version"], stdin: nil, env: [:])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.trimmingCharacters(in: .newlines) == StewardVersion.current)
        let m = try await run(try mcpBinary, ["--version"], stdin: nil, env: [:])
        #expect(m.status == 0, "\(m.stderr)")
        #expect(m.stdout.trimmingCharacters(in: .newlines) == StewardVersion.current)
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptNamesTheSubcommands(shell: String) async throws {
        let r = try await run(try stewardBinary, ["--generate-completion-script", shell], stdin: nil, env: [:])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.count > 1000)
        for word in ["approve", "diff", "rollback", "memory", "no-pager"] {
            #expect(r.stdout.contains(word), "the \(shell) script does not mention \(word)")
        }
        // The shell itself accepts it, where the shell is installed (bash always is here).
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("steward-completion-\(UUID().uuidString).\(shell)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try r.stdout.write(toFile: path, atomically: true, encoding: .utf8)
        let exe = ["/usr/bin/\(shell)", "/bin/\(shell)"].first { FileManager.default.isExecutableFile(atPath: $0) }
        if shell == "bash" { #expect(exe != nil) }
        if let exe {
            let check = try await run(exe, ["-n", path], stdin: nil, env: [:])
            #expect(check.status == 0, "\(shell) -n: \(check.stderr)")
        }
        if shell == "bash", let exe {
            // And it completes: `steward di<TAB>` offers diff.
            let complete = try await run(
                exe,
                [
                    "-c",
                    "source '\(path)'; COMP_WORDS=(steward di); COMP_CWORD=1; COMP_LINE='steward di'; COMP_POINT=10; _steward steward di steward; echo \"${COMPREPLY[@]}\"",
                ], stdin: nil, env: [:])
            #expect(
                complete.stdout.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.contains("diff"),
                "\(complete.stdout) \(complete.stderr)")
        }
    }

    @Test func installIntoAPrefixThenUninstall() async throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("steward-prefix-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: prefix) }
        let binDir = (try stewardBinary as NSString).deletingLastPathComponent
        let sizeBefore = try FileManager.default.attributesOfItem(atPath: try stewardBinary)[.size] as! Int
        // The binaries the suite built, never a second (release) build.
        let r = try await run("/bin/sh", [repositoryRoot + "/scripts/install.sh", prefix], stdin: nil, env: ["STEWARD_BIN_DIR": binDir])
        #expect(r.status == 0, "\(r.stdout)\n\(r.stderr)")
        let v = try await run(prefix + "/bin/steward", ["--version"], stdin: nil, env: [:])
        #expect(v.status == 0 && v.stdout.trimmingCharacters(in: .newlines) == StewardVersion.current, "\(v.stderr)")
        let mv = try await run(prefix + "/bin/steward-mcp", ["--version"], stdin: nil, env: [:])
        #expect(mv.stdout.trimmingCharacters(in: .newlines) == StewardVersion.current, "\(mv.stderr)")
        // Stripped into the prefix; the build folder's copy is untouched.
        let installed = try FileManager.default.attributesOfItem(atPath: prefix + "/bin/steward")[.size] as! Int
        #expect(installed < sizeBefore, "installed \(installed) bytes, built \(sizeBefore)")
        #expect(try FileManager.default.attributesOfItem(atPath: try stewardBinary)[.size] as! Int == sizeBefore)
        let completions = [
            "share/bash-completion/completions/steward", "share/zsh/site-functions/_steward", "share/fish/vendor_completions.d/steward.fish",
        ]
        for c in completions {
            let text = try String(contentsOfFile: prefix + "/" + c, encoding: .utf8)
            #expect(text.contains("approve"), "\(c)")
        }
        // Man pages from ArgumentParser's generate-manual, for both programs; man(1) reads them.
        let titles = ["share/man/man1/steward.1": ".Dt STEWARD 1", "share/man/man1/steward-mcp.1": ".Dt \"STEWARD MCP\" 1"]
        let pages = titles.keys.sorted()
        for (page, title) in titles {
            let text = try String(contentsOfFile: prefix + "/" + page, encoding: .utf8)
            #expect(text.contains(title), "\(page) has no mdoc title line \(title)")
        }
        let manual = try String(contentsOfFile: prefix + "/share/man/man1/steward.1", encoding: .utf8)
        for word in ["approve", "rollback", "Fl -no-pager", "Fl -workspace"] { #expect(manual.contains(word), "steward.1 does not mention \(word)") }
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/man") {
            let shown = try await run(
                "/usr/bin/man", ["-l", prefix + "/share/man/man1/steward.1"], stdin: nil, env: ["MANPAGER": "cat", "MANWIDTH": "80"])
            #expect(shown.status == 0 && shown.stdout.contains("steward"), "\(shown.stderr)")
        }
        // --from DIR does the same as STEWARD_BIN_DIR (here over the existing install).
        let again = try await run("/bin/sh", [repositoryRoot + "/scripts/install.sh", "--from", binDir, prefix], stdin: nil, env: [:])
        #expect(again.status == 0, "\(again.stderr)")

        let u = try await run("/bin/sh", [repositoryRoot + "/scripts/uninstall.sh", prefix], stdin: nil, env: [:])
        #expect(u.status == 0, "\(u.stderr)")
        for f in ["bin/steward", "bin/steward-mcp"] + completions + pages {
            #expect(!FileManager.default.fileExists(atPath: prefix + "/" + f), "\(f) is left")
        }
        #expect(FileManager.default.isExecutableFile(atPath: try stewardBinary), "uninstall touched only the prefix")
    }

    @Test func installFromAFolderWithoutTheBinariesSaysWhatToDo() async throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("steward-empty-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: empty) }
        let r = try await run("/bin/sh", [repositoryRoot + "/scripts/install.sh", "--from", empty, empty + "/prefix"], stdin: nil, env: [:])
        #expect(r.status == 1)
        #expect(r.stderr.contains("steward is missing") && r.stderr.contains("--from"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: empty + "/prefix"))
    }

    @Test func installIntoAPrefixItCannotWriteSaysSoBeforeBuilding() async throws {
        // A prefix under a regular file cannot be made, even by root.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("steward-file-\(UUID().uuidString)").path
        try "x".write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let binDir = (try stewardBinary as NSString).deletingLastPathComponent
        let r = try await run("/bin/sh", [repositoryRoot + "/scripts/install.sh", "--from", binDir, file + "/prefix"], stdin: nil, env: [:])
        #expect(r.status == 1)
        #expect(r.stderr.contains("cannot write under") && r.stderr.contains("~/.local"), "\(r.stderr)")
        // Without --from it would have built first; it says so before any build.
        let unbuilt = try await run("/bin/sh", [repositoryRoot + "/scripts/install.sh", file + "/prefix"], stdin: nil, env: [:])
        #expect(unbuilt.status == 1 && !unbuilt.stdout.contains("Building"), "\(unbuilt.stdout)")
    }
}

/// Colour (NO_COLOR, TERM=dumb, --color) and the pager (only on a terminal).
@Suite("colour and pager")
struct ColorPagerCLITests {
    static let escape = "\u{1B}["
    /// The environment a test starts from: nothing inherited that changes colour or paging.
    static let neutral = ["NO_COLOR": "", "CLICOLOR_FORCE": "", "TERM": "xterm"]

    func proposal() async throws -> (Sandbox, Int) {
        let s = try Sandbox()
        try await s.ok("init")
        let n = try await s.propose("colours", writeOp("memory/c.md", "one\ntwo\n"))
        return (s, n)
    }

    /// `steward ARGS` on a pseudo-terminal (util-linux `script`): stdout is a TTY. Only the
    /// variables in `env` that steer colour and paging are set.
    func onTerminal(_ s: Sandbox, _ args: [String], env: [String: String], rows: Int? = nil) async throws -> Run {
        let quote = { (word: String) in "'" + word + "'" }
        let unset = ["NO_COLOR", "CLICOLOR_FORCE", "PAGER", "STEWARD_PAGER"].flatMap { ["-u", $0] }
        let set = ["TERM": "xterm"].merging(env) { $1 }.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let line = (["exec", "env"] + unset + set + [try stewardBinary] + args + ["--workspace", s.ws]).map(quote).joined(separator: " ")
        let size = rows.map { "stty rows \($0) cols 80; " } ?? ""  // else the terminal has no size
        return try await run("/usr/bin/script", ["-qec", size + line, "/dev/null"], stdin: nil, env: [:])
    }

    @Test func withoutATerminalColourOnlyWhenAsked() async throws {
        let (s, n) = try await proposal()
        func diff(_ extra: [String], _ env: [String: String]) async throws -> String {
            let r = try await s.steward(["diff", "\(n)"] + extra, env: Self.neutral.merging(env) { $1 })
            #expect(r.status == 0, "\(r.stderr)")
            return r.stdout
        }
        #expect(!(try await diff([], [:])).contains(Self.escape))
        #expect(try await diff(["--color", "always"], [:]).contains("\u{1B}[32m+one\u{1B}[0m"))
        // The person's flag wins over NO_COLOR and CLICOLOR_FORCE.
        #expect(try await diff(["--color", "always"], ["NO_COLOR": "1"]).contains(Self.escape))
        #expect(!(try await diff(["--color", "never"], ["CLICOLOR_FORCE": "1"])).contains(Self.escape))
        #expect(try await diff([], ["CLICOLOR_FORCE": "1"]).contains(Self.escape))
        // Before the subcommand too, as with git (`steward --no-pager diff 3`).
        #expect(try await diff([], [:]) == (try await s.steward(["--no-pager", "diff", "\(n)"], env: Self.neutral)).stdout)
        #expect(try await s.steward(["--color", "always", "diff", "\(n)"], env: Self.neutral).stdout.contains("\u{1B}[32m+one"))
        #expect(!(try await s.steward(["--color=never", "--no-pager", "diff", "\(n)"], env: ["CLICOLOR_FORCE": "1"])).stdout.contains(Self.escape))
        let bad = try await s.steward(["diff", "\(n)", "--color", "sometimes"])
        #expect(bad.status == 2 && bad.stderr.contains("sometimes"), "\(bad.stderr)")
    }

    @Test func withoutATerminalThereIsNoPager() async throws {
        let (s, n) = try await proposal()
        // A pager that would fail, or swallow the text, is never started without a TTY.
        for pager in ["false", "sh -c 'echo PAGED'"] {
            let r = try await s.steward(["diff", "\(n)"], env: Self.neutral.merging(["PAGER": pager, "STEWARD_PAGER": pager]) { $1 })
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.contains("+one\n+two\n") && !r.stdout.contains("PAGED"), "\(r.stdout)")
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func onATerminalColourFollowsTheConventions() async throws {
        let (s, n) = try await proposal()
        let plain = ["STEWARD_PAGER": "cat"]  // no pager here
        #expect(try await onTerminal(s, ["diff", "\(n)"], env: plain).stdout.contains("\u{1B}[32m+one"))
        #expect(!(try await onTerminal(s, ["diff", "\(n)"], env: plain.merging(["NO_COLOR": "1"]) { $1 })).stdout.contains(Self.escape))
        #expect(!(try await onTerminal(s, ["diff", "\(n)"], env: plain.merging(["TERM": "dumb"]) { $1 })).stdout.contains(Self.escape))
        #expect(!(try await onTerminal(s, ["diff", "\(n)", "--color", "never"], env: plain)).stdout.contains(Self.escape))
        #expect(
            try await onTerminal(s, ["diff", "\(n)", "--color", "always"], env: plain.merging(["TERM": "dumb"]) { $1 }).stdout.contains(Self.escape))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func onATerminalALongDiffGoesThroughThePager() async throws {
        let (s, n) = try await proposal()
        // `script` gives a terminal without a size, so every diff counts as long.
        let pager = "sed s/^/paged:/"
        let paged = try await onTerminal(s, ["diff", "\(n)", "--color", "never"], env: ["PAGER": pager])
        #expect(paged.stdout.contains("paged:+one"), "\(paged.stdout)")
        // STEWARD_PAGER before PAGER; --no-pager prints directly.
        let own = try await onTerminal(s, ["diff", "\(n)", "--color", "never"], env: ["PAGER": "false", "STEWARD_PAGER": "sed s/^/mine:/"])
        #expect(own.stdout.contains("mine:+one"), "\(own.stdout)")
        let direct = try await onTerminal(s, ["diff", "\(n)", "--no-pager", "--color", "never"], env: ["PAGER": pager])
        #expect(direct.stdout.contains("+one") && !direct.stdout.contains("paged:"), "\(direct.stdout)")
        // Only a diff longer than the screen: on 100 rows this one is printed directly, on 3 paged.
        let tall = try await onTerminal(s, ["diff", "\(n)", "--color", "never"], env: ["PAGER": pager], rows: 100)
        #expect(tall.stdout.contains("+one") && !tall.stdout.contains("paged:"), "\(tall.stdout)")
        let short = try await onTerminal(s, ["diff", "\(n)", "--color", "never"], env: ["PAGER": pager], rows: 3)
        #expect(short.stdout.contains("paged:+one"), "\(short.stdout)")
    }
}
