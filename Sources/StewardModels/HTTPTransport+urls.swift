import Foundation

extension HTTPTransport {
    /// The transport for a configured model: the one place a provider's base URL is built
    /// from `[models.NAME].url` (`base`), with the hint for a url that does not fit the
    /// provider (`urlHint`).
    init(model: ModelSpec, unreachableHint: String) {
        self.init(
            baseURL: Self.base(model.provider, model.url), connectTimeout: model.connectTimeout, idleTimeout: model.idleTimeout,
            unreachableHint: unreachableHint, notFoundHint: Self.urlHint(model))
    }

    /// The API's own prefix, which SDKs and servers' docs write into the base URL: `/v1` for
    /// OpenAI-compatible servers (the OpenAI SDK, LiteLLM, llama.cpp, Ollama's OpenAI API) and
    /// Anthropic, `/api` for Ollama's native API. The providers' paths start with it.
    static func apiPrefix(_ provider: ProviderKind) -> String { provider == .ollama ? "/api" : "/v1" }

    /// What the providers' paths (`/v1/chat/completions`, `/api/chat`, …) are appended to:
    /// `url` without trailing slashes and without a final `apiPrefix`, so
    /// `http://127.0.0.1:18080`, `…:18080/` and `…:18080/v1` all reach `…:18080/v1/chat/completions`.
    static func base(_ provider: ProviderKind, _ url: String) -> String {
        let (root, path) = split(url)
        let prefix = apiPrefix(provider)
        return root + (path.lowercased().hasSuffix(prefix) ? String(path.dropLast(prefix.count)) : path)
    }

    /// When `url` ends in another kind's prefix (`/v1` for Ollama, `/api` for an
    /// OpenAI-compatible server): the likely fix, said with a 404.
    static func urlHint(_ model: ModelSpec) -> String? {
        let (root, path) = split(model.url)
        let lower = path.lowercased()
        switch model.provider {
        case .ollama where lower.hasSuffix("/v1"):
            let native = root + path.dropLast(3)
            return "url ends in /v1 but provider = \"ollama\": Ollama's native API is at \(native) (no /v1); "
                + "or set provider = \"openai\" to use its OpenAI-compatible API ([models.\(model.name)] in steward.toml)"
        case .openai where lower.hasSuffix("/api"), .anthropic where lower.hasSuffix("/api"):
            let base = root + path.dropLast(4)
            let kind = model.provider == .openai ? "an OpenAI-compatible server's" : "Anthropic's"
            return "url ends in /api but provider = \"\(model.provider.rawValue)\": \(kind) base URL is \(base) or \(base)/v1; "
                + "or, for Ollama's native API, set provider = \"ollama\" and url = \"\(base)\" ([models.\(model.name)] in steward.toml)"
        default:
            return nil
        }
    }

    /// `scheme://authority` and the path without trailing slashes (query and fragment dropped:
    /// a base URL has none).
    static func split(_ url: String) -> (root: String, path: String) {
        var rest = Substring(url)
        if let cut = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<cut] }
        var root = Substring("")
        if let scheme = rest.range(of: "://") {
            let afterScheme = rest[scheme.upperBound...]
            let end = afterScheme.firstIndex(of: "/") ?? rest.endIndex
            root = rest[..<end]
            rest = rest[end...]
        }
        while rest.hasSuffix("/") { rest = rest.dropLast() }
        return (String(root), String(rest))
    }
}
