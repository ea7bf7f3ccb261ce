import StewardCore
import StewardJSON
import StewardModels
import StewardTools

/// Repairs the tool calls small local models get wrong (see `LOCAL-MODELS.md`).
///
/// With their own chat template, small models print calls as text (bare JSON, a ```json
/// fence, Qwen's `<tool_call>` tags) and the server's `tool_calls` stays empty; when the
/// server does parse a call, its arguments may be double-encoded or not quite JSON. This type
/// finds the calls in text (``extract(from:tools:)``), normalises arguments
/// (``arguments(_:)``), always answering with a short message the model can act on rather
/// than a crash. The check against the tool's schema is `ToolSchema.check`, beside the
/// tools' definitions in `StewardTools`.
///
/// Everything here is pure and bounded: hostile text (megabytes of `{`, deep nesting,
/// unbalanced brackets, strings that never end) costs a few linear passes at most.
public enum ToolCallRepair {
    /// Only this much of a reply is searched for calls; the rest is ignored.
    public static let maxTextBytes = 1 << 20
    /// At most this many calls come out of one reply.
    public static let maxCalls = 64

    /// Brackets nested deeper than this cannot hold a call (the JSON parser refuses them).
    static let maxNesting = 256
    /// Unclosed brackets repaired at a closing tag or fence, at most.
    static let maxRepairDepth = 8
    /// Candidate spans, parse attempts and rescans of spans that did not parse.
    static let maxCandidates = 1024
    static let maxParses = 256
    static let maxDescent = 2
    /// Times a quote that never closes is taken back (each costs one rescan).
    static let maxRewinds = 8

    // MARK: - Extraction

    /// Finds the tool calls a model printed as text instead of real `tool_calls`.
    ///
    /// Looks for JSON objects anywhere in `text`: bare, in ``` fences (any info string),
    /// between `<tool_call>` and `</tool_call>` (Qwen), several in a row, in a JSON array, or
    /// wrapped as `{"tool_calls": [...]}`, with prose around them. JSON is read leniently
    /// (single quotes, trailing commas, unquoted keys, `True`/`None`, comments); an object left
    /// unclosed right before `</tool_call>` or a closing fence gets its missing `}`/`]` added,
    /// since the model evidently finished it, and so does one left unclosed at the end of a
    /// reply that `ended` by itself (its finish reason is neither the token cap nor a stopped
    /// repetition; `</tool_call>` is a stop string, which the server leaves out of the reply).
    /// A reply cut at the cap is never completed, nor is a string that never closes: a
    /// truncated `write_file` must not run.
    ///
    /// Shapes accepted (the name under `name`, `tool`, `tool_name`, `function` or `action`;
    /// the arguments under `arguments`, `parameters`, `args`, `input`, `action_input` or
    /// `params`):
    /// `{"name": N, "arguments": {...}}`, `{"name": N, "parameters": {...}}`,
    /// `{"function": {"name": N, "arguments": ...}}`, `{"type": "function", "function": {...}}`,
    /// `{"tool": N, "args": ...}`, `{"tool_calls": [...]}`, `{"function_call": {...}}`.
    /// Arguments may be an object or a string holding one (double-encoded).
    ///
    /// Which objects count as calls:
    /// - A name in `tools` (matched ignoring case and a `functions.` prefix, then ignoring
    ///   `_`, `-` and spaces: `readFile`, `read-file`, `Read File`, unless two offered tools
    ///   would match) is returned with the canonical spelling from `tools`. Without an arguments key, the object's other
    ///   keys (except `type` and `id`) are taken as the arguments: small models flatten
    ///   `{"name": "read_file", "path": "a.md"}`.
    /// - An **unknown** name is returned as the model wrote it only when the shape is
    ///   unmistakably a call: an arguments key holding an object or a string (or a `function` /
    ///   `tool_calls` wrapper) and a name that looks like an identifier (`[A-Za-z_][\w.:-]*`,
    ///   at most 64 characters). The caller then answers with a corrective message listing
    ///   the real tools instead of taking the reply as a final answer.
    /// - Anything else is not a call: `{"path": "a"}`, `{"name": "Alice", "age": 3}`, prose
    ///   like `use {x} here`, and a tool *definition* echoed back (arguments that are a JSON
    ///   Schema with `"type": "object"` and `properties`).
    ///
    /// Calls come back in the order written, with ids `repaired_1`, `repaired_2`, … and
    /// `arguments` as compact, key-sorted JSON object text. When a call's arguments cannot be
    /// read as an object, they are kept as the model gave them (a string's text, or the
    /// value's JSON) so that ``arguments(_:)`` refuses them with a message for the model.
    /// Identical calls are not merged.
    ///
    /// A key written twice in one object (`"to"` twice) with the same value is read once; with
    /// different values the call comes back with the text of that object, as written, as its
    /// arguments, which ``arguments(_:)`` refuses naming the key and both values (`Conflict`);
    /// its name is `A or B` when the name itself was written twice.
    public static func extract(from text: String, tools: [String], ended: Bool = false) -> [ToolCall] {
        let bytes = Array(text.utf8.prefix(maxTextBytes))
        let known = ToolNames(tools)
        var found: [(name: String, arguments: String)] = []
        var parses = 0
        harvest(bytes, 0..<bytes.count, level: 0, known: known, ended: ended, parses: &parses, into: &found)
        return found.prefix(maxCalls).enumerated().map { k, c in
            ToolCall(id: "repaired_\(k + 1)", name: c.name, arguments: c.arguments)
        }
    }

    /// Parses each candidate span of `range`; rescans the inside of spans that do not parse
    /// (`[Calling {"name": …}]`), at most `maxDescent` levels deep.
    static func harvest(
        _ bytes: [UInt8], _ range: Range<Int>, level: Int, known: ToolNames, ended: Bool,
        parses: inout Int, into found: inout [(name: String, arguments: String)]
    ) {
        for c in candidates(in: bytes, range, ended: ended && range.upperBound == bytes.count) {
            guard parses < maxParses, found.count < maxCalls else { return }
            parses += 1
            var span = Array(bytes[c.start..<c.end])
            span.append(contentsOf: c.suffix)
            var value = try? JSONValue.parseLenient(String(decoding: span, as: UTF8.self))
            if value == nil, let shorter = c.shorter {
                span = Array(bytes[c.start..<shorter]) + c.suffix
                value = try? JSONValue.parseLenient(String(decoding: span, as: UTF8.self))
            }
            if let v = value {
                var reading = Reading(known: known)
                var got = calls(in: v, reading, path: [], wrapped: false, depth: 0)
                if !got.isEmpty {
                    // Only a span that holds a call is walked again for keys written twice.
                    reading.conflicts = conflicts(in: span)
                    reading.span = span
                    if !reading.conflicts.isEmpty { got = calls(in: v, reading, path: [], wrapped: false, depth: 0) }
                }
                found.append(contentsOf: got)
            } else if level < maxDescent {
                // The last closer stays in: it may belong to a call inside (`{" … {call}`).
                harvest(bytes, (c.start + 1)..<c.end, level: level + 1, known: known, ended: ended, parses: &parses, into: &found)
            }
        }
    }

    /// A span of bytes that may be one JSON value, plus the closers a repair appends.
    struct Candidate: Equatable {
        var start: Int
        var end: Int
        var suffix: [UInt8] = []
        /// Where the JSON of a repaired candidate may have stopped, prose following it
        /// (`{"name": …, "arguments": {…}` then `I will read it.`): tried when `end` fails.
        var shorter: Int? = nil
    }

    /// One linear pass: the outermost balanced `{…}` / `[…]` spans of `range`, in order.
    ///
    /// Quotes start a string only inside brackets and right after `{ [ , :`, so apostrophes
    /// in prose do not; a string that never closes is taken back (up to `maxRewinds` times).
    /// Outside strings, ``` and `<tool_call>` / `</tool_call>` end whatever JSON was open; at a
    /// closing one, and at the end of a reply that `ended` by itself, a short run of unclosed
    /// brackets becomes a candidate with its closers (and, when prose follows the last bracket
    /// closed inside it, a `shorter` end there).
    static func candidates(in b: [UInt8], _ range: Range<Int>, ended: Bool = false) -> [Candidate] {
        var out: [Candidate] = []
        var openPos: [Int] = []
        var openByte: [UInt8] = []
        var prev: UInt8 = 0
        var inFence = false
        var quote: UInt8? = nil
        var quoteStart = 0
        var rewinds = 0
        var i = range.lowerBound
        let hi = range.upperBound
        // Just after the last bracket closed inside an unclosed one; nil once another opens.
        var lastClose: Int? = nil

        func record(_ c: Candidate) {
            while let last = out.last, last.start >= c.start { out.removeLast() }
            out.append(c)
        }
        func marker(closing: Bool, at pos: Int) {
            if closing, !openPos.isEmpty, openPos.count <= maxRepairDepth {
                let closers = openByte.reversed().map { $0 == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]") }
                var k = lastClose ?? pos
                while k < pos, [0x20, 0x0A, 0x0D, 0x09].contains(b[k]) { k += 1 }
                // After a closed value only `,` or a closer is JSON: a letter there starts prose.
                let prose = k < pos && (b[k] | 0x20) >= 0x61 && (b[k] | 0x20) <= 0x7A
                record(Candidate(start: openPos[0], end: pos, suffix: closers, shorter: prose ? lastClose : nil))
            }
            lastClose = nil
            openPos.removeAll(keepingCapacity: true)
            openByte.removeAll(keepingCapacity: true)
            prev = 0
        }
        func matches(_ word: StaticString, at pos: Int) -> Bool {
            let n = word.utf8CodeUnitCount
            guard pos + n <= hi else { return false }
            let w = word.utf8Start
            for k in 0..<n where b[pos + k] != w[k] { return false }
            return true
        }

        while true {
            while i < hi, out.count <= maxCandidates {
                let c = b[i]
                if let q = quote {
                    if c == UInt8(ascii: "\\") {
                        i += 2
                        continue
                    }
                    if c == q {
                        quote = nil
                        prev = c
                    }
                    i += 1
                    continue
                }
                switch c {
                case UInt8(ascii: "`") where matches("```", at: i):
                    marker(closing: inFence, at: i)
                    inFence.toggle()
                    i += 3
                    continue
                case UInt8(ascii: "<") where matches("<tool_call>", at: i):
                    marker(closing: false, at: i)
                    i += 11
                    continue
                case UInt8(ascii: "<") where matches("</tool_call>", at: i):
                    marker(closing: true, at: i)
                    i += 12
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    if openPos.count >= maxNesting {
                        // Nothing enclosing this much can parse: forget it, keep what follows.
                        openPos.removeAll(keepingCapacity: true)
                        openByte.removeAll(keepingCapacity: true)
                    }
                    openPos.append(i)
                    openByte.append(c)
                    lastClose = nil
                    prev = c
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    let opener = c == UInt8(ascii: "}") ? UInt8(ascii: "{") : UInt8(ascii: "[")
                    if openByte.last == opener {  // a stray or mismatched closer is ignored
                        openByte.removeLast()
                        record(Candidate(start: openPos.removeLast(), end: i + 1))
                        lastClose = i + 1
                    }
                    prev = c
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    if !openPos.isEmpty,
                        prev == UInt8(ascii: "{") || prev == UInt8(ascii: "[") || prev == UInt8(ascii: ",") || prev == UInt8(ascii: ":")
                    {
                        quote = c
                        quoteStart = i
                    } else {
                        prev = c
                    }
                case 0x20, 0x0A, 0x0D, 0x09:
                    break
                default:
                    prev = c
                }
                i += 1
            }
            // A quote that never closed was not a string: take it back and scan on from it.
            guard quote != nil, rewinds < maxRewinds, out.count <= maxCandidates else { break }
            rewinds += 1
            quote = nil
            prev = b[quoteStart]
            i = quoteStart + 1
        }
        if ended && quote == nil && i >= hi { marker(closing: true, at: hi) }
        return out
    }

    static let nameKeys = ["name", "tool", "tool_name", "function", "action"]
    static let argumentKeys = ["arguments", "parameters", "args", "input", "action_input", "params"]
    static let wrapperKeys = ["tool_calls", "tool_call", "function_call", "function", "tool"]

    /// What reading a span needs: the offered names, and the keys it writes twice.
    struct Reading {
        var known: ToolNames
        var conflicts: [Conflict] = []
        /// The span the conflicts' ranges point into.
        var span: [UInt8] = []
    }

    /// The calls a parsed value holds (see ``extract(from:tools:ended:)`` for which count);
    /// `path` is where `v` is in the span.
    static func calls(in v: JSONValue, _ r: Reading, path: [PathStep], wrapped: Bool, depth: Int) -> [(name: String, arguments: String)] {
        guard depth < 4 else { return [] }
        switch v {
        case .array(let a):
            return a.enumerated().flatMap { k, e in calls(in: e, r, path: path + [.index(k)], wrapped: wrapped, depth: depth + 1) }
        case .object(let o):
            for key in wrapperKeys {
                if let w = o[key], w.object != nil || w.array != nil {
                    return calls(in: w, r, path: path + [.key(key)], wrapped: true, depth: depth + 1)
                }
            }
            guard let nameKey = nameKeys.first(where: { o[$0]?.string != nil }), let written = o[nameKey]?.string else { return [] }
            let trimmed = written.trimmingSpaces
            let canonical = r.known.canonical(trimmed)
            let argsKey = argumentKeys.first { o[$0] != nil }
            let call: (name: String, arguments: String)
            if let argsKey, let args = o[argsKey] {
                if let s = args.object, s["type"]?.string == "object", s["properties"]?.object != nil { return [] }  // a definition
                if let canonical {
                    call = (canonical, argumentText(args))
                } else {
                    let shaped = args.object != nil || args.string != nil || (wrapped && args == .null)
                    guard shaped && isIdentifier(trimmed) else { return [] }
                    call = (trimmed, argumentText(args))
                }
            } else if let canonical {
                var rest = o
                for k in [nameKey, "type", "id"] { rest[k] = nil }
                call = (canonical, JSONValue.object(rest).jsonText)
            } else {
                guard wrapped && isIdentifier(trimmed) else { return [] }
                call = (trimmed, "{}")
            }
            return [refused(call, at: path, nameKey: nameKey, argsKey: argsKey, r) ?? call]
        default:
            return []
        }
    }

    /// The call refused when a key it is read from was written twice with different values:
    /// its name, its arguments (or, flattened, any key but `type` and `id`), a wrapper around
    /// it, or a key inside its arguments. Its arguments are then the text of the object that
    /// holds the key, as written, which ``arguments(_:)`` refuses with the key and its values.
    static func refused(
        _ call: (name: String, arguments: String), at path: [PathStep], nameKey: String, argsKey: String?, _ r: Reading
    ) -> (name: String, arguments: String)? {
        let conflict = r.conflicts.first { c in
            if c.path == path {
                return c.key == nameKey || (argsKey.map { c.key == $0 } ?? !["type", "id"].contains(c.key))
            }
            if let argsKey, c.path.starts(with: path + [.key(argsKey)]) { return true }
            return path.starts(with: c.path + [.key(c.key)])
        }
        guard let conflict, conflict.object.upperBound <= r.span.count else { return nil }
        let text = String(decoding: r.span[conflict.object], as: UTF8.self)
        guard conflict.path == path && conflict.key == nameKey else { return (call.name, text) }
        let names = conflict.values.map { (try? JSONValue.parse($0))?.string ?? $0 }
        return (names.joined(separator: " or "), text)
    }

    static func isIdentifier(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard (1...64).contains(u.count) else { return false }
        func letter(_ c: UInt8) -> Bool { ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) || c == UInt8(ascii: "_") }
        guard letter(u[0]) else { return false }
        return u.allSatisfy {
            letter($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "-")
        }
    }

    /// Arguments as compact object text when they read as an object, else as the model gave them.
    static func argumentText(_ v: JSONValue) -> String {
        switch v {
        case .null: return "{}"
        case .object: return v.jsonText
        case .string(let s): return (try? arguments(s)).map { JSONValue.object($0).jsonText } ?? s
        default: return v.jsonText
        }
    }

    // MARK: - Arguments

    /// Normalises the arguments text of a call the server parsed.
    ///
    /// Tries strict JSON, then lenient JSON (what small models print), then a JSON string that
    /// holds the object (double-encoded, up to twice). An empty text, `""` or `null` means no
    /// arguments. A key written twice with different values is refused (`Conflict`); with
    /// the same value it is read once.
    /// - Throws: ``ToolArgumentsError`` with a short message for the model, e.g.
    ///   `arguments must be a JSON object like {"path": "notes/a.md"}; got an array`.
    public static func arguments(_ raw: String) throws -> [String: JSONValue] {
        var text = raw
        for _ in 0..<3 {
            if text.trimmingSpaces.isEmpty { return [:] }
            let v: JSONValue
            do {
                v = try (try? JSONValue.parse(text)) ?? JSONValue.parseLenient(text)
            } catch let e as JSONParseError {
                throw ToolArgumentsError(got: "text that is not JSON (\(e.message) at byte \(e.offset))")
            }
            switch v {
            case .object(let o):
                // Read leniently, a key written twice keeps its last value: refused when they differ.
                if let c = conflicts(in: Array(text.utf8)).first { throw ToolArgumentsError(message: c.message) }
                return o
            case .null: return [:]
            case .string(let s):
                let inner = s.trimmingSpaces
                guard inner.isEmpty || inner.hasPrefix("{") || inner.hasPrefix("\"") else {
                    throw ToolArgumentsError(got: ToolSchema.describe(v))
                }
                text = s
            default:
                throw ToolArgumentsError(got: ToolSchema.describe(v))
            }
        }
        throw ToolArgumentsError(got: "a string nested in strings")
    }
}

/// Arguments that are not a JSON object; `message` is written for the model to read.
public struct ToolArgumentsError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    init(got: String) { self.message = #"arguments must be a JSON object like {"path": "notes/a.md"}; got "# + got }
    public var description: String { message }
}

extension String {
    /// The text without leading and trailing whitespace.
    fileprivate var trimmingSpaces: String {
        var s = self[...]
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}
