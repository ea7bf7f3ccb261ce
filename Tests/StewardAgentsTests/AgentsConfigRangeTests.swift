import Foundation
import StewardCore
import Testing

@testable import StewardAgents

@Suite("steward.toml ranges: agents")
struct AgentsConfigRangeTests {
    static let keys = [
        ("max_steps", "a whole number of model replies from 1 to 500"),
        ("max_tokens", "a whole number of tokens from 1 to 100000000"),
        ("max_reply_tokens", "a whole number of tokens from 16 to 131072"),
        ("fetch_max_bytes", "a whole number of bytes from 1 to 67108864"),
        ("timeout_seconds", "a number of seconds more than 0 and at most 86400"),
        ("fetch_timeout_seconds", "a number of seconds more than 0 and at most 86400"),
    ]

    @Test("every numeric key refuses inf, nan, 1e308, huge, negative and zero, naming key, value and range", arguments: keys)
    func refusesHostileNumbers(_ key: String, _ range: String) {
        for value in ["inf", "-inf", "nan", "1e308", "99999999999999", "-1", "0", "\"5\""] {
            do {
                _ = try AgentsConfig.parse("[agents]\n\(key) = \(value)\n", source: "steward.toml on main")
                Issue.record("agents.\(key) = \(value) accepted")
            } catch let e as StewardError {
                #expect(e.message.hasPrefix("steward.toml on main: 'agents.\(key)' is "), "\(e.message)")
                #expect(e.message.contains("but must be \(range); fix it and commit to main"), "\(e.message)")
            } catch {
                Issue.record("\(error)")
            }
        }
    }
}
