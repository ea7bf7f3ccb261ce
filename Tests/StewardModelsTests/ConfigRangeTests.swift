import Foundation
import StewardCore
import StewardModels
import StewardTestSupport
import Testing

@Suite("steward.toml ranges: models, budget, router")
struct ModelsConfigRangeTests {
    static let model = "[models.x]\nprovider = \"ollama\"\nmodel = \"m\"\n"

    /// (the TOML before the key, key, range, whether 0 is allowed)
    static let keys: [(String, String, String, Bool)] = [
        (model, "context", "a whole number of tokens from 256 to 10000000", false),
        (model, "max_tokens", "a whole number of tokens from 1 to 10000000", false),
        (model, "price_in", "a number of USD per million tokens from 0 to 1000000", true),
        (model, "price_out", "a number of USD per million tokens from 0 to 1000000", true),
        (model, "temperature", "a number from 0 to 10", true),
        (model, "timeout", "a number of seconds more than 0 and at most 86400", false),
        (model, "connect_timeout", "a number of seconds more than 0 and at most 86400", false),
        ("[budget]\n", "daily_usd", "a number of USD from 0 to 1000000000", true),
        ("[budget]\n", "monthly_usd", "a number of USD from 0 to 1000000000", true),
        ("[router]\n", "cooldown_seconds", "a number of seconds from 0 to 86400", true),
    ]

    @Test("every numeric key refuses inf, nan, 1e308, huge and negative numbers, naming key, value and range", arguments: keys)
    func refusesHostileNumbers(_ before: String, _ key: String, _ range: String, _ zeroAllowed: Bool) throws {
        let full = before.hasPrefix("[models.x]") ? "models.x.\(key)" : String(before.dropFirst().prefix { $0 != "]" }) + ".\(key)"
        for value in ["inf", "-inf", "nan", "1e308", "99999999999999", "-1", "-0.5", "\"5\""] + (zeroAllowed ? [] : ["0"]) {
            do {
                _ = try ModelsConfig.parse(before + "\(key) = \(value)\n", source: "steward.toml on main")
                Issue.record("\(full) = \(value) accepted")
            } catch let e as StewardError {
                #expect(e.message.hasPrefix("steward.toml on main: '\(full)' is "), "\(e.message)")
                #expect(e.message.contains("but must be \(range)"), "\(e.message)")
            }
        }
        if zeroAllowed { _ = try ModelsConfig.parse(before + "\(key) = 0\n") }
    }

    @Test func aNULCharacterIsRefusedNotTruncated() {
        // Without the check, TOMLKit stops at the NUL and the [privacy] below it is never seen.
        let e = #expect(throws: StewardError.self) { try ModelsConfig.parse("[privacy]\ncloud = \"never\"\n\0\n[privacy]\ncloud = \"allow\"\n") }
        #expect(e?.message.contains("line 3 holds a NUL character") == true, "\(e?.message ?? "")")
    }

    @Test func aTinyPriceWithinItsRangeDoesNotTrapTheBudgetArithmetic() async throws {
        // price_out = 1e-300 is in range (0 to 1000000); the reply tokens a budget affords,
        // remainder / price × 10⁶, is then past Int.max and once trapped converting.
        let c = try ModelsConfig.parse(
            "[models.claude]\nprovider = \"anthropic\"\nmodel = \"m\"\nprice_out = 1e-300\n[routes]\nask = [\"claude\"]\n[privacy]\ncloud = \"allow\"\n"
        )
        let cloud = try await TestHTTPServer.start { _ in .full(status: 200, body: anthropicReply) }
        defer { Task { await cloud.stop() } }
        var spec = try #require(c.models["claude"])
        spec.url = cloud.url
        spec.apiKeyEnv = "TEST_ANTHROPIC_KEY"
        var config = c
        config.models["claude"] = spec
        let router = ModelRouter(config: config, ledger: MemoryLedger(), makeProvider: withTestKeys)
        let (reply, _) = try await router.chat(purpose: "ask", request: ChatRequest(messages: [.user("x")], stream: false))
        #expect(reply.model == "claude-sonnet-4-5")
        #expect(cloud.requests.first?.json?["max_tokens"] as? Int == 4096)
    }
}
