import StewardConfig
import StewardCore
import TOMLKit

extension MachineConfig {
    /// `[remote]`: the git remote this machine syncs with and how long it waits for it
    /// (spec 22.1). `Workspace.remote()` turns it, with `.git/config`, into a `RemoteEndpoint`.
    public struct Remote: Sendable, Hashable {
        /// The remote of `.git/config` (`git remote add NAME URL`); also names the tracking
        /// refs `refs/steward-sync/NAME/`.
        public var name = "origin"
        /// Used instead of the named remote's URL when given.
        public var url: String?
        public var connectTimeoutSeconds = 10.0
        public var idleTimeoutSeconds = 60.0
        public var quickTimeoutSeconds = 2.0
        public var graceMinutes = 60

        public init() {}
    }

    /// The range of each numeric key of `[remote]` (docs/spec.md section 22.1).
    public enum RemoteRanges {
        /// No byte from the remote within this: it did not answer. At most 5 minutes.
        public static let connectTimeoutSeconds = SettingRange.seconds(max: 300)
        /// A fetch or push without progress this long is stopped. At most an hour.
        public static let idleTimeoutSeconds = SettingRange.seconds(max: 3600)
        /// How long a listing command waits to catch up first. At most a minute.
        public static let quickTimeoutSeconds = SettingRange.seconds(max: 60)
        /// Another machine's unfinished work younger than this is a note, older a problem.
        public static let graceMinutes = 1...100_000
    }

    static let remoteKeys = ["name", "url", "connect_timeout_seconds", "idle_timeout_seconds", "quick_timeout_seconds", "grace_minutes"]

    /// `[remote]`'s keys are checked strictly: a mistyped name or time-out would sync with the
    /// wrong remote or wait the wrong time without a word, so an unknown key is an error.
    static func parseRemote(_ t: TOMLTable, source: String, warnings: inout [String]) throws -> Remote {
        var r = Remote()
        for k in t.keys.sorted() {
            let key = "remote.\(k)"
            switch k {
            case "name":
                guard let s = t[k]?.string else { throw wrongType(source, key, "a string, the name of a git remote (\"origin\")") }
                if let why = remoteNameProblem(s) {
                    throw StewardError.failure("\(source): '\(key)' is \"\(Escape.inline(s))\", which \(why); \(fix)")
                }
                r.name = s
            case "url":
                guard let s = t[k]?.string else { throw wrongType(source, key, "a string, a URL git accepts (\"ssh://host/path.git\")") }
                if let why = remoteURLProblem(s) {
                    throw StewardError.failure("\(source): '\(key)' is \"\(Escape.inline(s))\", which \(why); \(fix)")
                }
                if let note = passwordNote(s, in: "\(source): [remote] url") { warnings.append(note) }
                r.url = s
            case "connect_timeout_seconds":
                r.connectTimeoutSeconds = try t.number(k, key: key, range: RemoteRanges.connectTimeoutSeconds, source: source)!
            case "idle_timeout_seconds":
                r.idleTimeoutSeconds = try t.number(k, key: key, range: RemoteRanges.idleTimeoutSeconds, source: source)!
            case "quick_timeout_seconds":
                r.quickTimeoutSeconds = try t.number(k, key: key, range: RemoteRanges.quickTimeoutSeconds, source: source)!
            case "grace_minutes":
                r.graceMinutes = try t.whole(k, key: key, range: RemoteRanges.graceMinutes, unit: "minutes", source: source)!
            default:
                throw StewardError.failure(
                    "\(source): unknown key '\(Escape.inline(key))' (known here: \(remoteKeys.joined(separator: ", "))); \(fix)")
            }
        }
        return r
    }

    /// A warning when `url` holds a password (`https://user:pw@host/…`), naming `place` and
    /// showing the URL with `***` for it; nil when it holds none.
    public static func passwordNote(_ url: String, in place: String) -> String? {
        let shown = RemoteEndpoint(name: "", url: url).shownURL
        guard shown != url else { return nil }
        return
            "\(place) holds a password (\(Escape.inline(shown))), which anything that shows this machine's settings could print; remove it from the URL and let git's credential helper keep it (git config --global credential.helper store, or your system's helper)"
    }

    /// Why `name` cannot be the remote Steward syncs with, or nil. A plain git remote name:
    /// it also names a ref folder (`refs/steward-sync/NAME/`) and is passed to `git` as an
    /// argument, so no `/`, nothing git refuses in a ref name, and no leading `-` (an option).
    public static func remoteNameProblem(_ name: String) -> String? {
        if name.isEmpty { return "is empty" }
        if name.hasPrefix("-") { return "starts with '-' (git would take it for an option)" }
        if name.hasPrefix(".") || name.hasSuffix(".") || name.hasSuffix(".lock") || name.contains("..") || name.contains("@{") || name == "@" {
            return "is not a name git allows for a remote (no leading or trailing '.', no '..', '.lock', '@{')"
        }
        if name.unicodeScalars.contains(where: {
            $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F || "/\\~^:?*[".unicodeScalars.contains($0)
        }) {
            return "is not a plain git remote name (no '/', spaces, control characters or any of \\ ~ ^ : ? * [)"
        }
        return nil
    }

    /// Why `url` cannot be given to `git fetch`/`git push`, or nil. Git checks the rest (the
    /// scheme, the host, the path) when it is used.
    public static func remoteURLProblem(_ url: String) -> String? {
        if url.isEmpty { return "is empty" }
        if url.hasPrefix("-") { return "starts with '-' (git would take it for an option)" }
        if url.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return "holds a control character" }
        if url.lowercased().hasPrefix("ext::") { return "runs a command (ext::), which Steward never lets git do" }
        return nil
    }
}
