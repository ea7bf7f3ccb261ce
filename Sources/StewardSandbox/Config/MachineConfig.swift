import Foundation
import StewardConfig
import StewardCore
import TOMLKit

/// This machine's own settings: `.steward/config.toml` in the workspace's state folder, which
/// git never sees (`/.steward/` is in `.git/info/exclude`) and no proposal can write (the path
/// policy refuses every `.steward` component). URLs and secrets only this machine should hold
/// live here, never in `steward.toml` on `main`, which every clone and any forge can read.
///
/// Read with the same TOML parse and range check as `steward.toml` (`ConfigTOML`, `Setting`).
/// A key or section this Steward does not know (a newer Steward's, or a typo) is a warning
/// naming the key, not a failure (except inside `[remote]`, checked strictly); a broken file
/// (syntax, a wrong type, a value out of range) is an error naming the file, the line or key,
/// and the fix.
public struct MachineConfig: Sendable, Hashable {
    /// Where the file is, relative to the workspace.
    public static let relativePath = ".steward/config.toml"

    /// Notifications when a proposal waits or a task fails (`[notify]`); nil without a webhook.
    public var notify: Notify?
    /// The git remote this machine syncs with (`[remote]`, spec 22.1); nil without the section.
    public var remote: Remote?
    /// The PostgreSQL store shared with the workspace's other machines (`[database]`, spec 23.1);
    /// nil without the section: the SQLite store, one machine.
    public var database: Database?
    /// One line per key this Steward does not know, naming it.
    public var warnings: [String] = []

    public init() {}

    /// `[notify]`: where and how to tell the person that something waits (spec 9.2).
    public struct Notify: Sendable, Hashable {
        public enum Format: String, Sendable, CaseIterable { case json, ntfy, slack }
        public enum Event: String, Sendable, CaseIterable { case waiting, failed }
        /// The http(s) address each notification is POSTed to (a secret: a Slack webhook or an
        /// ntfy topic is its own password).
        public var webhook: String
        public var format: Format = .json
        /// The dashboard's address as the person's phone reaches it; links are
        /// `LINK_BASE/proposals/N` and `LINK_BASE/tasks/ID`. Nil: no link is sent.
        public var linkBase: String?
        public var events: [Event] = Event.allCases
        public var timeoutSeconds = 5.0

        public init(webhook: String) { self.webhook = webhook }

        /// The webhook without its path and query (which may hold the secret), for messages.
        public var shownWebhook: String {
            guard let u = URLComponents(string: webhook), let scheme = u.scheme, let host = u.host else { return "the webhook" }
            return "\(scheme)://\(host)\(u.port.map { ":\($0)" } ?? "")"
        }
    }

    /// The range of each numeric key (docs/spec.md section 9.2).
    public enum Ranges {
        /// More than 0 s, at most a minute: a notification never holds a task long.
        public static let timeoutSeconds = SettingRange.seconds(max: 60)
    }

    static let notifyKeys = ["webhook", "format", "link_base", "events", "timeout_seconds"]
    static let fix = "fix it in .steward/config.toml (this machine's own settings, never committed)"

    /// Parses the file's text. `source` names it in messages.
    /// - Throws: `StewardError.failure` naming the file, the line or the key, and the fix.
    public static func parse(_ text: String, source: String = relativePath) throws -> MachineConfig {
        do {
            return try parseChecked(text, source: source)
        } catch let e as StewardError {
            throw machineFix(e)
        }
    }

    /// The file of the workspace whose state folder is `stateDir`; all defaults when absent.
    /// - Throws: `StewardError.failure` for a file that cannot be read or is broken.
    public static func load(stateDir: String) throws -> MachineConfig {
        let path = stateDir + "/config.toml"
        let source = "\(Escape.inline(path))"
        guard FileManager.default.fileExists(atPath: path) else { return MachineConfig() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StewardError.failure("\(source) cannot be read; check that it is a file you can read")
        }
        do {
            return try parse(try ConfigText.decode(data, source: source), source: source)
        } catch let e as StewardError {
            throw machineFix(e)
        }
    }

    /// A warning when `steward.toml` on `main` holds `[notify]`: a webhook there is not used,
    /// because that file reaches every clone and any forge it is pushed to.
    public static func misplacedInMain(_ mainText: String) -> String? {
        guard let table = try? ConfigTOML.table(mainText, source: "steward.toml"), table.contains(key: "notify") else { return nil }
        return
            "steward.toml on main holds [notify], which is not used there: a webhook URL is a secret and steward.toml goes to every clone and any forge it is pushed to; move the section to .steward/config.toml, remove it from steward.toml and commit that to main (and treat the URL as leaked if main was pushed)"
    }

    static func parseChecked(_ text: String, source: String) throws -> MachineConfig {
        let table = try ConfigTOML.table(text, source: source)
        var config = MachineConfig()
        for key in table.keys.sorted() {
            guard key == "notify" || key == "remote" || key == "database" else {
                config.warnings.append(
                    "\(source): unknown key '\(Escape.inline(key))' is ignored (known here: notify, remote, database); a newer Steward's setting, or a typo"
                )
                continue
            }
            guard let t = table[key]?.table else { throw wrongType(source, key, "a table ([\(key)])") }
            if key == "remote" {
                config.remote = try parseRemote(t, source: source, warnings: &config.warnings)
            } else if key == "database" {
                config.database = try parseDatabase(t, source: source)
            } else {
                config.notify = try parseNotify(t, source: source, warnings: &config.warnings)
            }
        }
        return config
    }

    static func parseNotify(_ t: TOMLTable, source: String, warnings: inout [String]) throws -> Notify? {
        guard t.contains(key: "webhook") else {
            if !t.keys.isEmpty { warnings.append("\(source): [notify] has no webhook, so nothing is sent; add webhook = \"https://…\"") }
            return nil
        }
        var n = Notify(webhook: try url(t, "webhook", source))
        for k in t.keys.sorted() {
            switch k {
            case "webhook": continue
            case "format":
                guard let s = t[k]?.string, let f = Notify.Format(rawValue: s) else {
                    throw wrongType(source, "notify.format", "one of \(Notify.Format.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))")
                }
                n.format = f
            case "link_base":
                var base = try url(t, k, source)
                while base.hasSuffix("/") { base.removeLast() }
                n.linkBase = base
            case "events":
                let names = Notify.Event.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
                guard let list = t[k]?.array else { throw wrongType(source, "notify.events", "a list of \(names)") }
                n.events = try list.map { item in
                    guard let s = item.string, let e = Notify.Event(rawValue: s) else {
                        throw wrongType(source, "notify.events", "a list of \(names)")
                    }
                    return e
                }
            case "timeout_seconds":
                n.timeoutSeconds = try t.number(k, key: "notify.timeout_seconds", range: Ranges.timeoutSeconds, source: source)!
            default:
                warnings.append("\(source): unknown key 'notify.\(Escape.inline(k))' is ignored (known here: \(notifyKeys.joined(separator: ", ")))")
            }
        }
        return n
    }

    /// An http(s) address with a host.
    static func url(_ t: TOMLTable, _ k: String, _ source: String) throws -> String {
        guard let s = t[k]?.string, let u = URLComponents(string: s), let scheme = u.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = u.host, !host.isEmpty
        else {
            throw wrongType(source, "notify.\(k)", "an http:// or https:// address with a host, e.g. \"https://ntfy.sh/YOUR-TOPIC\"")
        }
        return s
    }

    static func wrongType(_ source: String, _ key: String, _ expected: String) -> StewardError {
        .failure("\(source): '\(key)' must be \(expected); \(fix)")
    }

    /// The shared readers end their messages with the fix for a file on `main`
    /// ("…; fix it and commit to main"); this file is fixed where it is.
    static func machineFix(_ e: StewardError) -> StewardError {
        guard e.message.hasSuffix(" to main"), let cut = e.message.range(of: "; ", options: .backwards) else { return e }
        return .failure(String(e.message[..<cut.lowerBound]) + "; " + fix)
    }
}

extension Workspace {
    /// This machine's `.steward/config.toml` (all defaults when there is none).
    /// - Throws: `StewardError.failure` naming the file and the fix, for a broken file.
    public nonisolated func machineConfig() throws -> MachineConfig {
        try MachineConfig.load(stateDir: stateDir)
    }
}
