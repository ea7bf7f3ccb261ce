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
            [remote]
            name = "origin"
            [notify]
            webhook = "http://127.0.0.1:9/hook"
            formt = "slack"
            """, source: source)
        #expect(c.notify?.format == .json)
        #expect(c.warnings.count == 2)
        #expect(c.warnings.contains { $0.contains("unknown key 'remote'") })
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
}
