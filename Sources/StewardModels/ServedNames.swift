import Foundation

/// Whether a server serves the configured model, compared the way each kind of server names
/// its models (what `installedModels()` returns), and what to do when it does not.
extension ModelSpec {
    /// True when one of `names` (as the server reported them) is this model:
    /// - Ollama: `name:tag`, a name without a tag meaning `:latest`.
    /// - OpenAI-compatible: the id, or the id's last path component, with or without `.gguf`
    ///   (llama.cpp's server reports the GGUF file's full path unless started with `--alias`).
    /// - Anthropic: the id, or a dated id of an alias (`claude-sonnet-4-5` is `claude-sonnet-4-5-20250929`).
    public func isServed(by names: [String]) -> Bool {
        names.contains { Self.sameModel(provider, configured: model, reported: $0) }
    }

    static func sameModel(_ provider: ProviderKind, configured: String, reported: String) -> Bool {
        switch provider {
        case .ollama:
            return ollamaName(configured) == ollamaName(reported)
        case .openai:
            return openAIForms(reported).contains(configured)
        case .anthropic:
            guard reported != configured else { return true }
            guard reported.hasPrefix(configured + "-") else { return false }
            let date = reported.dropFirst(configured.count + 1)
            return date.count == 8 && date.allSatisfy(\.isASCII) && date.allSatisfy(\.isNumber)
        }
    }

    /// `qwen3` is `qwen3:latest`; the tag is after the last `:` of the last path component
    /// (`hf.co/user/repo` has none).
    static func ollamaName(_ name: String) -> String {
        let last = name.split(separator: "/", omittingEmptySubsequences: false).last ?? Substring(name)
        return last.contains(":") ? name : name + ":latest"
    }

    /// An OpenAI-compatible model id and the short names it answers to: its last path
    /// component, each with and without `.gguf`.
    static func openAIForms(_ id: String) -> Set<String> {
        let last = String(id.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? Substring(id))
        var forms: Set<String> = [id, last]
        for f in forms where f.lowercased().hasSuffix(".gguf") { forms.insert(String(f.dropLast(5))) }
        return forms
    }

    /// The name to suggest for a reported id: its file name without `.gguf` for a path.
    static func shortName(_ id: String) -> String {
        let last = String(id.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? Substring(id))
        return last.lowercased().hasSuffix(".gguf") ? String(last.dropLast(5)) : last
    }

    /// What to do when the server answers but `isServed(by: names)` is false, in the terms of
    /// this provider (a clause: "the model is not …; …").
    public func notServedHint(_ names: [String]) -> String {
        let listed =
            names.prefix(5).map { id -> String in
                let short = provider == .openai ? Self.shortName(id) : id
                return short == id ? "\"\(id)\"" : "\"\(short)\" (\(id))"
            }.joined(separator: ", ") + (names.count > 5 ? " and \(names.count - 5) more" : "")
        let key = "[models.\(name)].model"
        switch provider {
        case .ollama:
            return "\(model) is not installed on this Ollama: ollama pull \(model)"
        case .openai:
            if names.isEmpty {
                return "the server lists no models; start it serving \(model) (llama-server: --alias \(model)), or set \(key) to the name it serves"
            }
            let which = names.count == 1 ? "it" : "one of them"
            return
                "the server serves \(listed), not \(model): set \(key) to \(which), or start the server with this name (llama-server: --alias \(model))"
        case .anthropic:
            return "Anthropic's model list has no \(model)\(names.isEmpty ? "" : " (it has \(listed))"): set \(key) to a model your key may use"
        }
    }
}
