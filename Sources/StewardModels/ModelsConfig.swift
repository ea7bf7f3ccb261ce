import Foundation
import StewardConfig
import StewardCore
import TOMLKit

/// Which API a model speaks.
public enum ProviderKind: String, Sendable, Hashable, Codable, CaseIterable {
    case ollama, openai, anthropic
}

/// One named model from `[models.NAME]` with its per-model tuning.
public struct ModelSpec: Sendable, Hashable, Codable {
    public var name: String
    public var provider: ProviderKind
    public var url: String
    public var model: String
    /// Context window in tokens; sent to Ollama as `options.num_ctx`.
    public var context: Int
    /// USD per million tokens.
    public var priceIn: Double
    public var priceOut: Double
    /// The environment variable holding the API key (never the key itself).
    public var apiKeyEnv: String?
    public var temperature: Double?
    public var maxTokens: Int?
    public var connectTimeout: Double
    /// Seconds without a byte from the server before the call counts as failed.
    public var idleTimeout: Double
    public var think: Bool?
    public var keepAlive: String?
    /// How tool results go back to the model: as `tool` messages, or as `user` messages
    /// (some small models loop on `tool` messages).
    public var toolResults: String
    /// Whether calls leave this machine (privacy policy and budget apply).
    public var cloud: Bool
    /// How tools reach the model: `native` (the API's `tools`; the server parses calls) or
    /// `prompt` (described in the system prompt; Steward reads calls from the text). Some
    /// servers refuse a small model's malformed call with an error that hides what it wrote;
    /// in `prompt` mode Steward sees it and can correct it.
    public var toolCalls: String
    /// Constrained output: with tools in the prompt, the reply is held to the tool-call schema
    /// (`ToolCallSchema`) by the server, so a call is valid by construction.
    public var constrained: Bool

    public init(
        name: String, provider: ProviderKind, url: String, model: String, context: Int, priceIn: Double, priceOut: Double, apiKeyEnv: String?,
        temperature: Double?, maxTokens: Int?, connectTimeout: Double, idleTimeout: Double, think: Bool?, keepAlive: String?, toolResults: String,
        cloud: Bool,
        toolCalls: String = "native", constrained: Bool = false
    ) {
        self.name = name
        self.provider = provider
        self.url = url
        self.model = model
        self.context = context
        self.priceIn = priceIn
        self.priceOut = priceOut
        self.apiKeyEnv = apiKeyEnv
        self.temperature = temperature
        self.maxTokens = maxTokens
        self.connectTimeout = connectTimeout
        self.idleTimeout = idleTimeout
        self.think = think
        self.keepAlive = keepAlive
        self.toolResults = toolResults
        self.cloud = cloud
        self.toolCalls = toolCalls
        self.constrained = constrained
    }

    /// The reply limit sent when neither the request nor `max_tokens` sets one (Anthropic
    /// requires one; the budget counts it for every cloud model).
    public var defaultMaxTokens: Int { provider == .anthropic ? 4096 : 1024 }

    public func cost(_ usage: Usage) -> Double {
        (Double(usage.inputTokens) * priceIn + Double(usage.outputTokens) * priceOut) / 1_000_000
    }
}

/// `[privacy] cloud`.
public enum CloudPolicy: String, Sendable, Hashable, Codable { case never, ask, allow }
/// `[privacy] secrets`.
public enum SecretPolicy: String, Sendable, Hashable, Codable { case block, redact }

/// The router's configuration: models, routes per purpose, privacy, budget.
public struct ModelsConfig: Sendable, Hashable {
    public static let purposes = ["classify", "code", "research", "fileops", "ask", "embed"]

    public var models: [String: ModelSpec]
    public var routes: [String: [String]]
    public var cloud: CloudPolicy = .ask
    public var secrets: SecretPolicy = .block
    public var dailyUSD: Double = 1.0
    public var monthlyUSD: Double = 10.0
    /// Seconds a model that failed at the transport level is skipped before being tried again.
    public var cooldownSeconds: Double = 60

    public init(models: [String: ModelSpec], routes: [String: [String]]) {
        self.models = models
        self.routes = routes
    }

    /// With no `[models]` at all: Ollama on this machine.
    public static let defaultModel = ModelSpec(
        name: "local", provider: .ollama, url: "http://127.0.0.1:11434", model: "qwen3:1.7b", context: 8192, priceIn: 0, priceOut: 0,
        apiKeyEnv: nil, temperature: nil, maxTokens: nil, connectTimeout: 5, idleTimeout: 120, think: nil, keepAlive: nil, toolResults: "tool",
        cloud: false)

    /// The models of a purpose's route, in order. Without a `[routes]` entry: every local
    /// model, by name.
    public func route(_ purpose: String) -> [String] {
        if let r = routes[purpose] { return r }
        return models.values.filter { !$0.cloud }.map(\.name).sorted()
    }

    /// The range of each numeric key (docs/spec.md section 16.1 and 9 list them).
    public enum Ranges {
        public static let context = 256...10_000_000
        /// USD per million tokens.
        public static let price = SettingRange.number(0...1_000_000, "USD per million tokens")
        public static let temperature = SettingRange.number(0...10)
        public static let maxTokens = 1...10_000_000
        public static let timeout = SettingRange.seconds()
        public static let budgetUSD = SettingRange.number(0...1_000_000_000, "USD")
        /// 0 (no cool-down) to a day.
        public static let cooldownSeconds = SettingRange.number(0...86_400, "seconds")
    }

    /// Parses the router's sections of `steward.toml` (`[models.*]`, `[routes]`, `[privacy]`,
    /// `[budget]`, `[router]`); other sections are left to their owners.
    /// - Throws: `StewardError.failure` naming the key, the expected type, and the fix.
    public static func parse(_ text: String, source: String = "steward.toml") throws -> ModelsConfig {
        let table = try ConfigTOML.table(text, source: source)
        func fail(_ key: String, _ expected: String) -> StewardError {
            .failure("\(source): '\(key)' must be \(expected); fix it and commit to main")
        }
        func unknown(_ key: String, _ known: [String]) -> StewardError {
            .failure("\(source): unknown key '\(Escape.inline(key))' (known: \(known.joined(separator: ", "))); fix it and commit to main")
        }
        var config = ModelsConfig(models: [:], routes: [:])
        if let modelsValue = table["models"] {
            guard let models = modelsValue.table else { throw fail("models", "a table of [models.NAME] tables") }
            for name in models.keys {
                guard let t = models[name]?.table else { throw fail("models.\(name)", "a table") }
                config.models[name] = try parseModel(name, t, source: source, fail: fail, unknown: unknown)
            }
        } else {
            config.models["local"] = defaultModel
        }
        if let routesValue = table["routes"] {
            guard let routes = routesValue.table else { throw fail("routes", "a table") }
            for purpose in routes.keys {
                guard purposes.contains(purpose) else { throw unknown("routes.\(purpose)", purposes) }
                guard let list = routes[purpose]?.array else {
                    throw fail("routes.\(purpose)", "a list of model names, e.g. [\"local\", \"claude\"]")
                }
                var names: [String] = []
                for item in list {
                    guard let n = item.string else { throw fail("routes.\(purpose)", "a list of model names (strings)") }
                    guard config.models[n] != nil else {
                        throw StewardError.failure(
                            "\(source): routes.\(purpose) names '\(Escape.inline(n))', which no [models.\(Escape.inline(n))] defines; add it or fix the name"
                        )
                    }
                    names.append(n)
                }
                config.routes[purpose] = names
            }
        }
        if let p = table["privacy"] {
            guard let t = p.table else { throw fail("privacy", "a table") }
            for k in t.keys {
                switch k {
                case "cloud":
                    guard let v = t[k]?.string, let c = CloudPolicy(rawValue: v) else {
                        throw fail("privacy.cloud", "\"never\", \"ask\" or \"allow\"")
                    }
                    config.cloud = c
                case "secrets":
                    guard let v = t[k]?.string, let s = SecretPolicy(rawValue: v) else { throw fail("privacy.secrets", "\"block\" or \"redact\"") }
                    config.secrets = s
                default: throw unknown("privacy.\(k)", ["cloud", "secrets"])
                }
            }
        }
        if let b = table["budget"] {
            guard let t = b.table else { throw fail("budget", "a table") }
            for k in t.keys {
                guard ["daily_usd", "monthly_usd"].contains(k) else { throw unknown("budget.\(k)", ["daily_usd", "monthly_usd"]) }
                let v = try t.number(k, key: "budget.\(k)", range: Ranges.budgetUSD, source: source)!
                if k == "daily_usd" { config.dailyUSD = v } else { config.monthlyUSD = v }
            }
        }
        if let r = table["router"] {
            guard let t = r.table else { throw fail("router", "a table") }
            for k in t.keys {
                switch k {
                case "cooldown_seconds":
                    config.cooldownSeconds = try t.number(k, key: "router.cooldown_seconds", range: Ranges.cooldownSeconds, source: source)!
                default: throw unknown("router.\(k)", ["cooldown_seconds"])
                }
            }
        }
        return config
    }

    static let modelKeys = [
        "provider", "url", "model", "context", "price_in", "price_out", "api_key_env", "temperature", "max_tokens", "timeout", "connect_timeout",
        "think", "keep_alive", "tool_results", "tool_calls", "constrained", "cloud",
    ]

    static func parseModel(
        _ name: String, _ t: TOMLTable, source: String, fail: (String, String) -> StewardError, unknown: (String, [String]) -> StewardError
    ) throws -> ModelSpec {
        let key = { (k: String) in "models.\(name).\(k)" }
        for k in t.keys where !modelKeys.contains(k) { throw unknown(key(k), modelKeys) }
        guard let p = t["provider"]?.string, let provider = ProviderKind(rawValue: p) else {
            throw fail(key("provider"), "\"ollama\", \"openai\" or \"anthropic\"")
        }
        guard let model = t["model"]?.string, !model.isEmpty else { throw fail(key("model"), "the model's name on its server, e.g. \"qwen3:1.7b\"") }
        func str(_ k: String) throws -> String? {
            guard let v = t[k] else { return nil }
            guard let s = v.string else { throw fail(key(k), "a string") }
            return s
        }
        func num(_ k: String, _ range: SettingRange) throws -> Double? {
            try t.number(k, key: key(k), range: range, source: source)
        }
        func whole(_ k: String, _ range: ClosedRange<Int>, _ unit: String) throws -> Int? {
            try t.whole(k, key: key(k), range: range, unit: unit, source: source)
        }
        func bool(_ k: String) throws -> Bool? {
            guard let v = t[k] else { return nil }
            guard let b = v.bool else { throw fail(key(k), "true or false") }
            return b
        }
        let defaultURL = ["ollama": "http://127.0.0.1:11434", "openai": "http://127.0.0.1:8080", "anthropic": "https://api.anthropic.com"][p]!
        let url = try str("url") ?? defaultURL
        guard let parsed = URL(string: url), let scheme = parsed.scheme, ["http", "https"].contains(scheme), parsed.host != nil else {
            throw fail(key("url"), "an http:// or https:// address, e.g. \"\(defaultURL)\"")
        }
        if let env = try str("api_key_env"), !env.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
            throw fail(key("api_key_env"), "the NAME of an environment variable (the key itself never goes in steward.toml)")
        }
        let toolResults = try str("tool_results") ?? "tool"
        guard ["tool", "user"].contains(toolResults) else { throw fail(key("tool_results"), "\"tool\" or \"user\"") }
        let toolCalls = try str("tool_calls") ?? "native"
        guard ["native", "prompt"].contains(toolCalls) else { throw fail(key("tool_calls"), "\"native\" or \"prompt\"") }
        let contextValue = try whole("context", Ranges.context, "tokens")
        let cloud = try bool("cloud") ?? (provider == .anthropic ? true : !isLocal(host: parsed.host ?? ""))
        // Constrained output needs the tools in the prompt (a server cannot hold a reply to a
        // schema and parse native calls from it) and a server that takes a schema per request;
        // on by default for such a model on this machine or its network (spec 16.1).
        let canConstrain = toolCalls == "prompt" && provider != .anthropic
        let constrained = try bool("constrained") ?? (canConstrain && !cloud)
        if constrained && !canConstrain {
            throw fail(
                key("constrained"),
                provider == .anthropic
                    ? "false for provider \"anthropic\" (its API takes no schema for a reply; its native tool calls are used)"
                    : "false unless tool_calls = \"prompt\" (a server cannot hold a reply to a schema and also parse native tool calls from it)")
        }
        return ModelSpec(
            name: name, provider: provider, url: url, model: model, context: contextValue ?? 8192,
            priceIn: try num("price_in", Ranges.price) ?? 0, priceOut: try num("price_out", Ranges.price) ?? 0, apiKeyEnv: try str("api_key_env"),
            temperature: try num("temperature", Ranges.temperature), maxTokens: try whole("max_tokens", Ranges.maxTokens, "tokens"),
            connectTimeout: try num("connect_timeout", Ranges.timeout) ?? 5, idleTimeout: try num("timeout", Ranges.timeout) ?? 120,
            think: try bool("think"), keepAlive: try str("keep_alive"), toolResults: toolResults, cloud: cloud, toolCalls: toolCalls,
            constrained: constrained)
    }

    /// Loopback, private address ranges and `localhost`/`.local` names count as this machine
    /// or its network; every other host name is cloud (a name could resolve anywhere).
    public static func isLocal(host: String) -> Bool {
        let h = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if h == "localhost" || h.hasSuffix(".localhost") || h.hasSuffix(".local") { return true }
        if h.contains(":") {
            // IPv6 literals: loopback, unique local (fc00::/7), link local (fe80::/10).
            return h == "::1" || h.hasPrefix("fc") || h.hasPrefix("fd") || h.hasPrefix("fe8") || h.hasPrefix("fe9") || h.hasPrefix("fea")
                || h.hasPrefix("feb")
        }
        // Octets with leading zeros are octal to the system resolver ("010.8.8.8" is 8.8.8.8):
        // such a host is not treated as local.
        let raw = h.split(separator: ".", omittingEmptySubsequences: false)
        if raw.contains(where: { $0.count > 1 && $0.hasPrefix("0") }) { return false }
        let parts = raw.map { Int($0) }
        guard parts.count == 4, parts.allSatisfy({ $0 != nil && (0...255).contains($0!) }) else { return false }
        let a = parts[0]!
        let b = parts[1]!
        return a == 127 || a == 10 || (a == 192 && b == 168) || (a == 172 && (16...31).contains(b)) || (a == 169 && b == 254)
    }
}
