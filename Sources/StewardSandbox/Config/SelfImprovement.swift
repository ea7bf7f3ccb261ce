import StewardCore
import TOMLKit

/// What `steward improve` may change in `steward.toml`: the routes, and per-model tuning of
/// models that already exist. Never `[privacy]`, `[budget]`, a model's `url`, `api_key_env`,
/// `provider`, `model`, prices or `cloud` flag, auto-approval, or anything else. Checked on
/// the parsed values (comments and layout may change), at `propose` and again at `approve`.
public enum SelfImprovement {
    /// Per-model keys that tune how a model is used, not which one or where it is.
    public static let tuningKeys: Set<String> = [
        "context", "temperature", "max_tokens", "timeout", "connect_timeout", "think", "keep_alive", "tool_results", "tool_calls",
    ]

    /// - Throws: `StewardError.refused` naming the first key that may not change.
    public static func checkConfigChange(old: String, new: String) throws {
        let before = try flatten(old, "the current steward.toml")
        let after = try flatten(new, "the proposed steward.toml")
        for key in Set(before.keys).union(after.keys).sorted() where before[key] != after[key] {
            let parts = key.split(separator: ".", maxSplits: 2).map(String.init)
            if parts.first == "routes" { continue }
            if parts.count == 3, parts[0] == "models", tuningKeys.contains(parts[2]), before["models.\(parts[1]).provider"] != nil { continue }
            throw StewardError.refused(
                "self-improvement may not change '\(Escape.inline(key))' in steward.toml: only [routes] and per-model tuning (\(tuningKeys.sorted().joined(separator: ", "))) of existing models; privacy, budget, model addresses, keys and auto-approval are the person's alone",
                paths: ["steward.toml"])
        }
    }

    /// Every leaf as `dotted.key` → canonical text.
    static func flatten(_ text: String, _ what: String) throws -> [String: String] {
        let table: TOMLTable
        // TOMLKit stops reading at a NUL: what follows it would escape this check.
        guard !text.utf8.contains(0) else {
            throw StewardError.refused("\(what) holds a NUL character, which steward.toml cannot hold", paths: ["steward.toml"])
        }
        do {
            table = try TOMLTable(string: text)
        } catch let e as TOMLParseError {
            throw StewardError.refused("\(what) is not valid TOML (\(e.description) at line \(e.source.begin.line))", paths: ["steward.toml"])
        }
        var out: [String: String] = [:]
        func walk(_ t: TOMLTable, _ prefix: String) {
            for key in t.keys {
                guard let v = t[key] else { continue }
                let path = prefix.isEmpty ? key : prefix + "." + key
                if let sub = v.table { walk(sub, path) } else { out[path] = canonical(v) }
            }
        }
        walk(table, "")
        return out
    }

    static func canonical(_ v: TOMLValueConvertible) -> String {
        if let t = v.table { return "{" + t.keys.sorted().map { "\($0)=\(t[$0].map(canonical) ?? "")" }.joined(separator: ",") + "}" }
        if let a = v.array { return "[" + a.map(canonical).joined(separator: ",") + "]" }
        if let s = v.string { return "s:" + s }
        if let i = v.int { return "i:\(i)" }
        if let d = v.double { return "d:\(d)" }
        if let b = v.bool { return "b:\(b)" }
        return "?:\(v)"
    }
}
