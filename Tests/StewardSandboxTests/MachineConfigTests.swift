import Foundation
import StewardCore
import StewardSandbox
import Testing

/// `.steward/config.toml`: this machine's own settings, read with steward.toml's TOML parse and
/// range check; unknown keys warn, a broken file names the file, the line or key, and the fix.
@Suite("Machine config (.steward/config.toml)")
struct MachineConfigTests {
    let source = ".steward/config.toml"

    func message(_ text: String) -> String {
        do {
            _ = try MachineConfig.parse(text, source: source)
            return "(no error)"
        } catch let e as StewardError {
            #expect(e.code == .failure)
            return e.message
        } catch {
            return "\(error)"
        }
    }

    @Test func theWholeNotifySectionIsRead() throws {
        let c = try MachineConfig.parse(
            """
            [notify]
            webhook = "http://127.0.0.1:9/hook"
            format = "ntfy"
            link_base = "http://laptop.local:8080/"
            events = ["failed"]
            timeout_seconds = 2.5
            """, source: source)
        let n = try #require(c.notify)
        #expect(n.webhook == "http://127.0.0.1:9/hook")
        #expect(n.format == .ntfy)
        #expect(n.linkBase == "http://laptop.local:8080")
        #expect(n.events == [.failed])
        #expect(n.timeoutSeconds == 2.5)
        #expect(c.warnings.isEmpty)
        #expect(n.shownWebhook == "http://127.0.0.1:9")
    }

    @Test func defaultsAndNoFile() throws {
        let n = try #require(try MachineConfig.parse("[notify]\nwebhook = \"https://ntfy.sh/secret-topic\"\n").notify)
        #expect(n.format == .json && n.linkBase == nil && n.events == [.waiting, .failed] && n.timeoutSeconds == 5)
        #expect(n.shownWebhook == "https://ntfy.sh")
        #expect(try MachineConfig.parse("").notify == nil)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("machine-\(UUID().uuidString)").path
        #expect(try MachineConfig.load(stateDir: dir) == MachineConfig())
    }

    /// A newer Steward's key or a typo warns, naming the key; nothing fails.
    @Test func unknownKeysAreWarningsNamingTheKey() throws {
        let c = try MachineConfig.parse(
            """
            [quota]
            name = "origin"
            [notify]
            webhook = "http://127.0.0.1:9/hook"
            formt = "slack"
            """, source: source)
        #expect(c.notify?.format == .json)
        #expect(c.warnings.count == 2)
        #expect(c.warnings.contains { $0.contains("unknown key 'quota'") && $0.contains("known here: notify, remote") })
        #expect(c.warnings.contains { $0.contains("unknown key 'notify.formt'") && $0.contains("known here: webhook, format") })
        // A [notify] without a webhook sends nothing, and says so.
        let none = try MachineConfig.parse("[notify]\nformat = \"slack\"\n", source: source)
        #expect(none.notify == nil && none.warnings.count == 1 && none.warnings[0].contains("no webhook"))
    }

    /// A broken file names the file and the line or key, and is fixed where it is (never "commit to main").
    @Test func aBrokenFileNamesTheFileTheLineAndTheFix() {
        let syntax = message("[notify]\nwebhook = \"http://x/\"\nformat = \n")
        #expect(syntax.hasPrefix(".steward/config.toml: ") && syntax.contains("line 3"), "\(syntax)")
        let cases = [
            ("[notify]\nwebhook = \"http://127.0.0.1/\"\nformat = \"email\"\n", "'notify.format' must be one of \"json\", \"ntfy\", \"slack\""),
            ("[notify]\nwebhook = \"ftp://127.0.0.1/\"\n", "'notify.webhook' must be an http:// or https:// address"),
            ("[notify]\nwebhook = 5\n", "'notify.webhook' must be an http:// or https:// address"),
            ("[notify]\nwebhook = \"http://127.0.0.1/\"\nlink_base = \"laptop:8080\"\n", "'notify.link_base' must be an http:// or https:// address"),
            (
                "[notify]\nwebhook = \"http://127.0.0.1/\"\nevents = [\"waiting\", \"done\"]\n",
                "'notify.events' must be a list of \"waiting\", \"failed\""
            ),
            (
                "[notify]\nwebhook = \"http://127.0.0.1/\"\ntimeout_seconds = inf\n",
                "'notify.timeout_seconds' is inf, but must be a number of seconds more than 0 and at most 60"
            ),
            ("[notify]\nwebhook = \"http://127.0.0.1/\"\ntimeout_seconds = 0\n", "'notify.timeout_seconds' is 0"),
            ("notify = \"http://127.0.0.1/\"\n", "'notify' must be a table ([notify])"),
        ]
        for (text, expected) in cases {
            let m = message(text)
            #expect(m.hasPrefix(".steward/config.toml: ") && m.contains(expected), "\(m)")
            #expect(m.hasSuffix("fix it in .steward/config.toml (this machine's own settings, never committed)") && !m.contains("main"), "\(m)")
        }
    }

    @Test func aFileWithANulByteNamesItsLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("machine-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("[notify]\nwebhook = \"http://127.0.0.1/\"\0\n".utf8).write(to: URL(fileURLWithPath: dir + "/config.toml"))
        do {
            _ = try MachineConfig.load(stateDir: dir)
            Issue.record("a NUL byte was accepted")
        } catch let e as StewardError {
            #expect(e.message.contains("\(dir)/config.toml: line 2 holds a NUL byte"), "\(e.message)")
            #expect(e.message.hasSuffix("fix it in .steward/config.toml (this machine's own settings, never committed)"), "\(e.message)")
        }
    }

    /// A webhook in steward.toml on main does not stop proposals (the sandbox's reader accepts the
    /// section) and is named as misplaced, with where it belongs.
    @Test func aWebhookOnMainIsNotUsedAndWarnedAbout() throws {
        let main = "[notify]\nwebhook = \"https://hooks.slack.com/services/T/B/SECRET\"\n"
        #expect(try WorkspaceConfig.parse(main) == WorkspaceConfig())
        let warning = try #require(MachineConfig.misplacedInMain(main))
        #expect(warning.contains("steward.toml on main holds [notify]") && warning.contains("move the section to .steward/config.toml"))
        #expect(!warning.contains("SECRET"))
        #expect(MachineConfig.misplacedInMain("[sandbox]\nmax_file_bytes = 10\n") == nil)
        #expect(MachineConfig.misplacedInMain("") == nil)
    }

    /// `.steward/` (the machine's file with it) is never written by any proposal, whoever makes it.
    @Test func noWriterMayProposeTheMachineFile() throws {
        let writers = [
            PathPolicy.lexical, PathPolicy.selfImprovement, try PathPolicy.outsideTools(),
            PathPolicy(writer: "an agent", allowedFolders: ["outputs", "temp", "memory", "skills"]),
        ]
        for policy in writers {
            for path in [".steward/config.toml", ".Steward/config.toml", "outputs/.steward/config.toml", ".steward./config.toml"] {
                #expect(throws: StewardError.self, "\(policy) accepted \(path)") { try policy.check(path) }
            }
        }
    }

    // MARK: - [remote] (spec 22.1)

    @Test func theWholeRemoteSectionIsRead() throws {
        let c = try MachineConfig.parse(
            """
            [remote]
            name = "backup"
            url = "ssh://git@example.org/ws.git"
            connect_timeout_seconds = 300
            idle_timeout_seconds = 0.5
            quick_timeout_seconds = 60
            grace_minutes = 100000
            """, source: source)
        let r = try #require(c.remote)
        #expect(r.name == "backup" && r.url == "ssh://git@example.org/ws.git")
        #expect(r.connectTimeoutSeconds == 300 && r.idleTimeoutSeconds == 0.5 && r.quickTimeoutSeconds == 60 && r.graceMinutes == 100_000)
        #expect(c.warnings.isEmpty)
        // An empty section: every default; no section: no remote settings at all.
        let d = try #require(try MachineConfig.parse("[remote]\n", source: source).remote)
        #expect(d.name == "origin" && d.url == nil && d.connectTimeoutSeconds == 10 && d.idleTimeoutSeconds == 60)
        #expect(d.quickTimeoutSeconds == 2 && d.graceMinutes == 60)
        #expect(try MachineConfig.parse("[notify]\n", source: source).remote == nil)
    }

    /// Each number's range and type, refused naming the key, the value, the range and the fix.
    @Test func remoteNumbersOutOfRangeOrOfTheWrongTypeAreRefused() {
        let cases = [
            ("connect_timeout_seconds = 0", "'remote.connect_timeout_seconds' is 0, but must be a number of seconds more than 0 and at most 300"),
            ("connect_timeout_seconds = 300.5", "'remote.connect_timeout_seconds' is 300.5, but must be"),
            ("connect_timeout_seconds = inf", "'remote.connect_timeout_seconds' is inf"),
            ("connect_timeout_seconds = \"10\"", "'remote.connect_timeout_seconds' is \"10\", but must be"),
            ("idle_timeout_seconds = 3601", "'remote.idle_timeout_seconds' is 3601, but must be a number of seconds more than 0 and at most 3600"),
            ("idle_timeout_seconds = -1", "'remote.idle_timeout_seconds' is -1"),
            ("idle_timeout_seconds = nan", "'remote.idle_timeout_seconds' is nan"),
            ("quick_timeout_seconds = 61", "'remote.quick_timeout_seconds' is 61, but must be a number of seconds more than 0 and at most 60"),
            ("quick_timeout_seconds = 0.0", "'remote.quick_timeout_seconds' is 0"),
            ("grace_minutes = 0", "'remote.grace_minutes' is 0, but must be a whole number of minutes from 1 to 100000"),
            ("grace_minutes = 100001", "'remote.grace_minutes' is 100001"),
            ("grace_minutes = 1.5", "'remote.grace_minutes' is 1.5"),
            ("grace_minutes = 99999999999999", "'remote.grace_minutes' is 99999999999999"),
            ("grace_minutes = true", "'remote.grace_minutes' is a bool"),
            ("name = 5", "'remote.name' must be a string"),
            ("url = [\"a\"]", "'remote.url' must be a string"),
            ("nmae = \"backup\"", "unknown key 'remote.nmae' (known here: name, url, connect_timeout_seconds"),
        ]
        for (line, expected) in cases {
            let m = message("[remote]\n\(line)\n")
            #expect(m.hasPrefix(".steward/config.toml: ") && m.contains(expected), "\(line): \(m)")
            #expect(m.hasSuffix("fix it in .steward/config.toml (this machine's own settings, never committed)"), "\(m)")
        }
        #expect(message("remote = \"origin\"\n").contains("'remote' must be a table ([remote])"))
        // 2.0 is a whole number of minutes, as 512.0 is for memory_mb.
        #expect((try? MachineConfig.parse("[remote]\ngrace_minutes = 2.0\n"))?.remote?.graceMinutes == 2)
    }

    /// A name git would take for an option, or that is no plain remote name, is refused; so is
    /// a URL git would take for an option or that runs a command.
    @Test func remoteNamesAndURLsGitMustNotBeGivenAreRefused() {
        for bad in ["a/b", "-x", "..", "a..b", "has space", "tab\there", ".hidden", "x.lock", "end.", "a:b", "", "@"] {
            let m = message("[remote]\nname = \"\(bad)\"\n")
            #expect(m.contains("'remote.name' is \""), "\(bad): \(m)")
            #expect(MachineConfig.remoteNameProblem(bad) != nil, "\(bad)")
        }
        for good in ["origin", "backup-2", "my_remote", "laptop.home"] {
            #expect(MachineConfig.remoteNameProblem(good) == nil, "\(good)")
        }
        for bad in ["--upload-pack=touch /tmp/x", "ext::sh -c touch% /tmp/x", "EXT::sh", "", "https://h/\\u0007x"] {
            let m = message("[remote]\nurl = \"\(bad)\"\n")
            #expect(m.contains("'remote.url' is \""), "\(bad): \(m)")
        }
        for good in ["ssh://git@h/ws.git", "git@h:ws.git", "https://h/ws.git", "git://127.0.0.1:9418/ws", "/srv/git/ws.git"] {
            #expect(MachineConfig.remoteURLProblem(good) == nil, "\(good)")
        }
    }

    /// A password in [remote] url is a warning that never repeats the password.
    @Test func aPasswordInTheRemoteURLIsAWarning() throws {
        let c = try MachineConfig.parse("[remote]\nurl = \"https://alice:hunter2@example.org/ws.git\"\n", source: source)
        #expect(c.remote?.url == "https://alice:hunter2@example.org/ws.git")
        #expect(c.warnings.count == 1)
        let w = try #require(c.warnings.first)
        #expect(w.contains("[remote] url holds a password (https://alice:***@example.org/ws.git)") && w.contains("credential helper"), "\(w)")
        #expect(!w.contains("hunter2"))
        #expect(try MachineConfig.parse("[remote]\nurl = \"https://alice@example.org/ws.git\"\n").warnings.isEmpty)
    }
}
