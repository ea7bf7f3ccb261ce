/// The offered tools' names, for reading the name a model wrote.
///
/// Small models keep a tool's words but not always its spelling: `READ_FILE`,
/// `functions.read_file`, `readFile`, `read-file`, `Read File`. Each has one reading when one
/// offered tool matches it, and that tool's own spelling is returned; when two offered tools
/// match (`read_file` and `readfile` both offered), none is (never a guess). Nothing but case,
/// `_`, `-` and spaces is ignored: `../write_file` or `write_file2` is not `write_file`.
struct ToolNames {
    /// Lowercased name → the offered spelling (the first offered, when two differ only in case).
    var exact: [String: String] = [:]
    /// The name without case and separators → the offered spelling; nil when two match.
    var loose: [String: String?] = [:]

    init(_ tools: [String]) {
        for t in tools {
            exact[t.lowercased()] = exact[t.lowercased()] ?? t
            guard let key = Self.looseKey(t) else { continue }
            if let seen = loose[key], seen != t { loose[key] = .some(nil) } else { loose[key] = t }
        }
    }

    /// The offered spelling of `name`, or nil when no offered tool (or more than one) matches.
    func canonical(_ name: String) -> String? {
        var lower = name.lowercased()
        if let n = exact[lower] { return n }
        if lower.hasPrefix("functions.") {
            lower.removeFirst(10)
            if let n = exact[lower] { return n }
        }
        guard let key = Self.looseKey(lower), let n = loose[key] else { return nil }
        return n
    }

    /// `name` lowercased without `_`, `-` and spaces, when only ASCII letters and digits remain.
    static func looseKey(_ name: String) -> String? {
        var out: [UInt8] = []
        for c in name.lowercased().utf8 {
            switch c {
            case UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: " "): continue
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): out.append(c)
            default: return nil
            }
        }
        return out.isEmpty ? nil : String(decoding: out, as: UTF8.self)
    }
}
