import Foundation
import StewardCore
import StewardGit

/// Which unreachable objects `steward gc` deletes (spec 5.10a): the loose objects that nothing
/// reaches — no ref, no reflog, not the index, and no object younger than the grace period —
/// and that are older than it. git's own convention: `gc.pruneExpire` in git's configuration,
/// default `2.weeks.ago`; `steward gc --prune WHEN` for one run.
public enum PruneExpiry: Sendable, Hashable, CustomStringConvertible {
    /// Nothing is deleted.
    case never
    /// Every unreachable object, however young: safe only while nothing else writes to the
    /// workspace (as git's `--prune=now`).
    case now
    /// Objects written (or found already stored by a writer, which touches them) more than
    /// `seconds` ago; `text` as it was given.
    case olderThan(seconds: Double, text: String)

    /// git's default for `gc.pruneExpire`.
    public static let standard = PruneExpiry.olderThan(seconds: 14 * 86_400, text: "2.weeks.ago")

    public var description: String {
        switch self {
        case .never: "never"
        case .now: "now"
        case .olderThan(_, let text): text
        }
    }

    /// The units of a time ago; a month is 30 days and a year 365, as the values are read here.
    static let units: [(String, Double)] = [
        ("second", 1), ("minute", 60), ("hour", 3_600), ("day", 86_400), ("week", 7 * 86_400), ("month", 30 * 86_400),
        ("year", 365 * 86_400),
    ]

    /// Reads `now` (or `all`), `never` (or `false`), or a time ago as git writes it: `N.UNIT.ago`,
    /// `N UNIT ago` or `N.UNIT`, N a whole number from 0 to 100000 and UNIT one of `units`,
    /// singular or plural. `key` names where the value came from, for the error.
    /// - Throws: `StewardError.usage` naming the key, the value and what it may be.
    public static func parse(_ text: String, key: String) throws -> PruneExpiry {
        let value = text.trimmingCharacters(in: .whitespaces).lowercased()
        switch value {
        case "now", "all": return .now
        case "never", "false": return .never
        default: break
        }
        var words = value.split(whereSeparator: { $0 == "." || $0 == " " }).map(String.init)
        if words.last == "ago" { words.removeLast() }
        if words.count == 2, let n = Int(words[0]), (0...100_000).contains(n),
            let unit = units.first(where: { $0.0 == words[1] || $0.0 + "s" == words[1] })
        {
            return n == 0 ? .now : .olderThan(seconds: Double(n) * unit.1, text: text.trimmingCharacters(in: .whitespaces))
        }
        throw StewardError.usage(
            "\(key) is '\(Escape.inline(text))', but must be now, never or a time ago such as 2.weeks.ago (a whole number from 0 to 100000 of seconds, minutes, hours, days, weeks, months or years)"
        )
    }
}

extension Workspace {
    /// The grace period git's configuration gives (`gc.pruneExpire`, as `git config` reads it:
    /// the repository's, the person's, the system's), else `PruneExpiry.standard`.
    /// - Throws: `StewardError.usage` when the value is not one `PruneExpiry.parse` reads.
    func configuredPruneExpiry() throws -> PruneExpiry {
        let r = try gitForPrune(["config", "--get", "gc.pruneExpire"])
        if r.status == 1 { return .standard }
        let value = String(decoding: r.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard r.status == 0 else { throw Self.pruneFailure("git config --get gc.pruneExpire", r) }
        do {
            return try PruneExpiry.parse(value, key: "gc.pruneExpire in git's configuration")
        } catch let e as StewardError {
            throw StewardError.usage(
                e.message + "; set it with 'git config gc.pruneExpire 2.weeks.ago', or give 'steward gc --prune WHEN' for this run")
        }
    }

    /// Deletes the loose objects nothing reaches and older than `expiry` (`git prune`, which
    /// counts as reached what any ref, any reflog, the index (its entries and cached trees),
    /// HEAD, another worktree, or any object younger than the cutoff reaches), and returns how
    /// many. Objects in packs are not touched: `pack()` first writes out loose, with their
    /// pack's time, those its new pack leaves out. The cutoff is the period before the real
    /// clock's now (files carry real times; a workspace's test clock never shortens it).
    /// Callers hold the main lock with proposals kept out (`gc`).
    func pruneUnreachable(_ expiry: PruneExpiry) throws -> Int {
        let expire: String
        switch expiry {
        case .never: return 0
        case .now: expire = "now"
        case .olderThan(let seconds, _): expire = String(Int64((Date().timeIntervalSince1970 - seconds).rounded(.down)))
        }
        // -v prints "ID TYPE" for each object deleted.
        let r = try gitForPrune(["prune", "-v", "--expire=\(expire)"])
        guard r.status == 0 else { throw Self.pruneFailure("git prune", r) }
        let lines = r.stdout.reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
        return lines + r.stdoutDropped / 46
    }

    /// Runs the git CLI on this workspace's repository (the person's git, as a sync does).
    func gitForPrune(_ args: [String]) throws -> ProcessRunner.Result {
        let git: String
        do {
            git = try GitTransport.gitExecutable()
        } catch {
            throw StewardError.failure(
                "steward gc prunes unreachable objects with git prune, and git is not installed; install git ('apt-get install git'), or run 'steward gc --prune never' to only pack"
            )
        }
        return try ProcessRunner.run(
            git, arguments: ["-C", root] + args, stdin: Data(), environment: GitTransport.environment(), directory: root, timeout: 3_600,
            captureLimit: 1 << 26)
    }

    static func pruneFailure(_ command: String, _ r: ProcessRunner.Result) -> StewardError {
        let why = String(decoding: r.stderr, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let how = r.timedOut ? "ran longer than an hour and was stopped" : "failed (exit \(r.status.map(String.init) ?? "by a signal"))"
        return StewardError.failure(
            "\(command) \(how): \(Escape.inline(why)); the repository is packed and nothing a ref reaches was touched; check it with 'git fsck', or run 'steward gc --prune never' to only pack"
        )
    }
}
