import StewardJSON

/// Keys written twice in one object. JSON parsers keep one of the values without a word (ours
/// the last); small models write a key twice (measured with constrained output off: a
/// `convert_file` call with `"to"` twice, four replies in a row). Written twice with the same
/// value, there is one reading and the call stands; with different values there are two, and
/// taking either would be a guess: the call is refused with both values named.
extension ToolCallRepair {
    /// One step from a value to a value inside it.
    enum PathStep: Hashable {
        case key(String)
        case index(Int)
    }

    /// A key one object holds more than once, with values that differ.
    struct Conflict: Equatable {
        /// Where the object is, from the top of the scanned text.
        var path: [PathStep]
        var key: String
        /// Each value as compact JSON, in the order written.
        var values: [String]
        /// The object's bytes in the scanned text, as written.
        var object: Range<Int>

        /// What went wrong and what to do, for the model.
        var message: String {
            let shown = values.map { $0.count > 60 ? $0.prefix(57) + "..." : $0 }
            let name = (path.compactMap { if case .key(let k) = $0 { k } else { nil } } + [key]).joined(separator: ".")
            let listed = shown.dropLast().joined(separator: ", ") + " and " + shown.last!
            return "the key \"\(name)\" is written \(values.count == 2 ? "twice" : "\(values.count) times") with different values, \(listed); "
                + "write it once, with the one value you mean"
        }
    }

    /// Bytes of values compared, at most, per scan; past it every remaining duplicate counts as
    /// a conflict (refused, never guessed). Nested duplicates are compared once per level.
    static let maxComparedBytes = 1 << 20

    /// The conflicts in `bytes`, text the lenient parser read as one value, in the order their
    /// objects close. A walk with the parser's grammar (quotes `"` and `'`, bare keys,
    /// comments, trailing commas), linear but for the duplicates' values.
    static func conflicts(in bytes: [UInt8]) -> [Conflict] {
        var scan = KeyScan(b: bytes)
        scan.space()
        scan.value(depth: 0)
        return scan.found
    }
}

/// The walk behind ``ToolCallRepair/conflicts(in:)``. It stops early, never loops, on text the
/// parser would refuse (it is only given text the parser accepted).
struct KeyScan {
    let b: [UInt8]
    var i = 0
    var compared = 0
    /// Where the walk is: the keys and indices from the top.
    var path: [ToolCallRepair.PathStep] = []
    var found: [ToolCallRepair.Conflict] = []

    mutating func space() {
        while i < b.count {
            switch b[i] {
            case 0x20, 0x0A, 0x0D, 0x09: i += 1
            case UInt8(ascii: "/") where i + 1 < b.count && b[i + 1] == UInt8(ascii: "/"), UInt8(ascii: "#"):
                while i < b.count && b[i] != 0x0A { i += 1 }
            default: return
            }
        }
    }

    mutating func value(depth: Int) {
        guard i < b.count, depth < 260 else { return }
        switch b[i] {
        case UInt8(ascii: "{"): object(depth: depth)
        case UInt8(ascii: "["): array(depth: depth)
        case UInt8(ascii: "\""), UInt8(ascii: "'"): _ = string()
        default:
            // A number or a literal (`true`, `None`): up to what ends a value.
            while i < b.count {
                switch b[i] {
                case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: "/"), UInt8(ascii: "#"), 0x20, 0x0A, 0x0D, 0x09: return
                default: i += 1
                }
            }
        }
    }

    /// A string from its opening quote; its text as the parser reads it.
    mutating func string() -> String {
        let open = i
        let quote = b[i]
        var escaped = false
        i += 1
        while i < b.count && b[i] != quote {
            if b[i] == UInt8(ascii: "\\") {
                escaped = true
                i += 1
            }
            i += 1
        }
        i = min(i + 1, b.count)
        let raw = b[open..<i]
        if !escaped { return String(decoding: raw.dropFirst().dropLast(), as: UTF8.self) }
        return (try? JSONValue.parseLenient(String(decoding: raw, as: UTF8.self)))?.string ?? String(decoding: raw, as: UTF8.self)
    }

    mutating func bareKey() -> String {
        let start = i
        while i < b.count,
            b[i] == UInt8(ascii: "_") || b[i] == UInt8(ascii: "-") || (b[i] >= 0x30 && b[i] <= 0x39)
                || ((b[i] | 0x20) >= 0x61 && (b[i] | 0x20) <= 0x7A)
        { i += 1 }
        return String(decoding: b[start..<i], as: UTF8.self)
    }

    mutating func object(depth: Int) {
        let open = i
        i += 1
        var values: [String: [Range<Int>]] = [:]
        var order: [String] = []
        while true {
            space()
            guard i < b.count else { return }
            if b[i] == UInt8(ascii: "}") {
                i += 1
                break
            }
            if b[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            let before = i
            let key = b[i] == UInt8(ascii: "\"") || b[i] == UInt8(ascii: "'") ? string() : bareKey()
            space()
            guard i > before, i < b.count, b[i] == UInt8(ascii: ":") else { return }
            i += 1
            space()
            let start = i
            path.append(.key(key))
            value(depth: depth + 1)
            path.removeLast()
            guard i > start else { return }
            if values[key] == nil { order.append(key) }
            values[key, default: []].append(start..<i)
        }
        for key in order {
            guard let ranges = values[key], ranges.count > 1 else { continue }
            let texts = ranges.map { b[$0] }
            if texts.dropFirst().allSatisfy({ $0.elementsEqual(texts[0]) }) { continue }
            var written = texts.map { String(decoding: $0.prefix(64), as: UTF8.self) }
            compared += ranges.reduce(0) { $0 + $1.count }
            if compared <= ToolCallRepair.maxComparedBytes {
                // Compared as values: `'a'` and `"a"`, `1.0` and `1` are the same.
                let parsed = texts.map { try? JSONValue.parseLenient(String(decoding: $0, as: UTF8.self)) }
                if let first = parsed[0], parsed.allSatisfy({ $0 == first }) { continue }
                written = zip(written, parsed).map { raw, v in v?.jsonText ?? raw }
            }
            found.append(.init(path: path, key: key, values: written, object: open..<i))
        }
    }

    mutating func array(depth: Int) {
        i += 1
        var index = 0
        while true {
            space()
            guard i < b.count else { return }
            if b[i] == UInt8(ascii: "]") {
                i += 1
                return
            }
            if b[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            let start = i
            path.append(.index(index))
            value(depth: depth + 1)
            path.removeLast()
            guard i > start else { return }
            index += 1
        }
    }
}
