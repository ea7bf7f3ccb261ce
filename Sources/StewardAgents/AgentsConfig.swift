import Foundation
import StewardConfig
import StewardCore
import TOMLKit

/// `[agents]` in `steward.toml` on `main`: limits and what `fetch_url` may reach. Every key
/// has a default; an unknown key or a wrong type is an error naming the key.
public struct AgentsConfig: Sendable, Hashable {
    /// Hosts `fetch_url` may reach: exact names (`en.wikipedia.org`, `127.0.0.1`) or
    /// `*.domain` for its subdomains. Empty: `fetch_url` reaches nothing.
    public var fetchHosts: [String] = []
    public var fetchMaxBytes = 1 << 20
    public var fetchTimeoutSeconds = 20.0
    public var limits = AgentLimits()

    public init() {}

    /// The range of each numeric key (docs/spec.md section 17 lists them).
    public enum Ranges {
        public static let fetchMaxBytes = 1...(64 << 20)
        public static let maxSteps = 1...500
        public static let maxTokens = 1...100_000_000
        /// Tokens of one model reply: enough for a call's framing, at most 128 Ki.
        public static let maxReplyTokens = 16...131_072
        /// `fetch_timeout_seconds` and `timeout_seconds`: more than 0 s, at most a day.
        public static let seconds = SettingRange.seconds()
    }

    static let keys = [
        "fetch_hosts", "fetch_max_bytes", "fetch_timeout_seconds", "max_steps", "max_tokens", "max_reply_tokens", "plan", "timeout_seconds",
    ]

    /// Parses the `[agents]` section of `steward.toml` text (other sections are their owners').
    /// - Throws: `StewardError.failure` naming the key and the fix.
    public static func parse(_ text: String, source: String = "steward.toml") throws -> AgentsConfig {
        var config = AgentsConfig()
        let table = try ConfigTOML.table(text, source: source)
        guard let value = table["agents"] else { return config }
        func fail(_ key: String, _ expected: String) -> StewardError {
            .failure("\(source): 'agents.\(key)' must be \(expected); fix it and commit to main")
        }
        guard let t = value.table else { throw fail("", "a table") }
        func int(_ k: String, _ range: ClosedRange<Int>, _ unit: String) throws -> Int {
            try t.whole(k, key: "agents.\(k)", range: range, unit: unit, source: source)!
        }
        func seconds(_ k: String) throws -> Double {
            try t.number(k, key: "agents.\(k)", range: Ranges.seconds, source: source)!
        }
        for k in t.keys {
            switch k {
            case "fetch_hosts":
                guard let list = t[k]?.array else { throw fail(k, "a list of host names, e.g. [\"en.wikipedia.org\", \"*.python.org\"]") }
                config.fetchHosts = try list.map { item in
                    guard let h = item.string?.lowercased(), URLFetcher.isHostPattern(h) else {
                        throw fail(k, "a list of host names or *.domain patterns (no scheme, port or path)")
                    }
                    return h
                }
            case "fetch_max_bytes": config.fetchMaxBytes = try int(k, Ranges.fetchMaxBytes, "bytes")
            case "fetch_timeout_seconds": config.fetchTimeoutSeconds = try seconds(k)
            case "max_steps": config.limits.maxSteps = try int(k, Ranges.maxSteps, "model replies")
            case "max_tokens": config.limits.maxTokens = try int(k, Ranges.maxTokens, "tokens")
            case "max_reply_tokens": config.limits.maxReplyTokens = try int(k, Ranges.maxReplyTokens, "tokens")
            case "timeout_seconds": config.limits.timeout = try seconds(k)
            case "plan":
                guard let on = t[k]?.bool else { throw fail(k, "true or false") }
                config.limits.plan = on
            default:
                throw StewardError.failure(
                    "\(source): unknown key 'agents.\(Escape.inline(k))' (known: \(keys.joined(separator: ", "))); fix it and commit to main")
            }
        }
        return config
    }
}
