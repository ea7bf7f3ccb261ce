import Foundation

/// Steward's one JSON writer: every `--json` output, every API body, hook payloads and (through
/// ``JSONValue/jsonText``) what model servers are sent.
///
/// Keys sorted, dates in ISO 8601, `/` unescaped, pretty-printed as Foundation's `JSONEncoder`
/// does on Linux (`"key" : value`, two-space indent, an empty list as `[` blank line `]`) or
/// compact: byte for byte what `JSONEncoder` gives with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]` and `.iso8601` dates, at a fraction of its cost (its generic boxing
/// was a quarter of `steward review --json` on 1,000 proposals; docs/benchmarks.md).
///
/// One escaper for every string: `"` and `\` escaped, control characters as `\n`, `\r`, `\t`,
/// `\b`, `\f` or `\u001f` (as `JSONEncoder`), and with `revealHidden` (the default: JSON answers
/// are read by people, in terminals and browsers) every character that could hide or reorder
/// text (C1 controls, bidi controls, zero-width and other invisible characters; see
/// `Unicode.Scalar.isInvisible`) as `\uXXXX`: the same data for any parser, honest bytes for a
/// person.
///
/// One rule for NaN and infinity, which JSON cannot hold: the writer refuses them with an
/// `EncodingError` naming the path of the number; the parsers never produce one.
public enum PrettyJSON {
    /// `value` as JSON text. `compact`: no white space between tokens (API bodies unless
    /// `?pretty=1`, task events); keys are sorted either way.
    /// - Throws: `EncodingError.invalidValue` for a NaN or infinity, with its coding path;
    ///   whatever `value`'s `encode(to:)` throws.
    public static func encode<T: Encodable>(_ value: T, compact: Bool = false, revealHidden: Bool = true) throws -> String {
        try text(try JSONValue.encoding(value, path: []), compact: compact, revealHidden: revealHidden)
    }

    /// A value as text, in the same form as ``encode(_:compact:revealHidden:)``.
    /// - Throws: `EncodingError.invalidValue` for a NaN or infinity, with its path in `value`.
    public static func text(_ value: JSONValue, compact: Bool = false, revealHidden: Bool = true) throws -> String {
        var w = JSONWriter(pretty: !compact, reveal: revealHidden)
        do {
            try w.write(value, indent: 0)
        } catch {
            throw EncodingError.invalidValue(
                error.value, .init(codingPath: error.path, debugDescription: "\(error.value) cannot be written as JSON (JSON has no NaN or infinity)")
            )
        }
        return String(decoding: w.out, as: UTF8.self)
    }
}

/// A NaN or infinity met while writing, and where (built up on the way out, so writing pays
/// nothing for paths).
struct NonFiniteNumber: Error {
    var value: Double
    var path: [any CodingKey] = []

    func under(_ key: JSONKey) -> NonFiniteNumber {
        NonFiniteNumber(value: value, path: [key] + path)
    }
}

/// A key of a coding path: an object's key or an array's index.
struct JSONKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
        self.intValue = intValue
        stringValue = "Index \(intValue)"
    }
}

struct JSONWriter {
    var out: [UInt8] = []
    let pretty: Bool
    let reveal: Bool

    init(pretty: Bool, reveal: Bool) {
        self.pretty = pretty
        self.reveal = reveal
        out.reserveCapacity(pretty ? 1 << 16 : 256)
    }

    // Byte constants, appended whole: this writer also runs in debug builds (the tests, the
    // benchmarks), where a generic call per byte or per literal is what costs.
    static let null = Array("null".utf8), `true` = Array("true".utf8), `false` = Array("false".utf8)
    static let colon = Array(" : ".utf8)
    /// A newline and the indent of each depth, two spaces a level.
    static let newlines = (0..<32).map { [10] + [UInt8](repeating: 0x20, count: 2 * $0) }

    mutating func write(_ value: JSONValue, indent: Int) throws(NonFiniteNumber) {
        switch value {
        case .null: out.append(contentsOf: Self.null)
        case .bool(let b): out.append(contentsOf: b ? Self.true : Self.false)
        case .number(let n): try number(n)
        case .bigInteger(let digits): out.append(contentsOf: digits.utf8)
        case .string(let s): string(s)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for i in items.indices {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(indent + 1)
                do { try write(items[i], indent: indent + 1) } catch { throw error.under(JSONKey(intValue: i)) }
            }
            close(UInt8(ascii: "]"), indent, empty: items.isEmpty)
        case .object(let fields):
            out.append(UInt8(ascii: "{"))
            let keys = fields.keys.sorted()
            for i in keys.indices {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(indent + 1)
                string(keys[i])
                if pretty { out.append(contentsOf: Self.colon) } else { out.append(UInt8(ascii: ":")) }
                do { try write(fields[keys[i]]!, indent: indent + 1) } catch { throw error.under(JSONKey(stringValue: keys[i])) }
            }
            close(UInt8(ascii: "}"), indent, empty: keys.isEmpty)
        }
    }

    /// Pretty: the newline after the last item (an empty container gets a blank line, as
    /// `JSONEncoder` writes it on Linux), then the closing bracket at the container's indent.
    mutating func close(_ bracket: UInt8, _ indent: Int, empty: Bool) {
        if pretty && empty { out.append(10) }
        newline(indent)
        out.append(bracket)
    }

    /// Pretty: a newline and `indent` levels of indent; compact: nothing.
    mutating func newline(_ indent: Int) {
        guard pretty else { return }
        if indent < Self.newlines.count {
            out.append(contentsOf: Self.newlines[indent])
        } else {
            out.append(10)
            out.append(contentsOf: [UInt8](repeating: 0x20, count: 2 * indent))
        }
    }

    /// As `JSONEncoder`: whole numbers below 2^53 as integers (`-0` kept), others as Swift's
    /// shortest round-trip text without a trailing `.0` (`0.1`, `1e-07`, `1e+16`).
    mutating func number(_ d: Double) throws(NonFiniteNumber) {
        guard d.isFinite else { throw NonFiniteNumber(value: d) }
        if d.rounded(.towardZero) == d, d.magnitude < 9_007_199_254_740_992 {
            if d == 0, d.sign == .minus { out += "-0".utf8 } else { digits(Int64(d)) }
            return
        }
        var s = d.description
        if s.hasSuffix(".0") { s.removeLast(2) }
        out += s.utf8
    }

    mutating func digits(_ v: Int64) {
        if v < 0 { out.append(UInt8(ascii: "-")) }
        var m = v.magnitude
        var count = 1
        var t = m
        while t >= 10 {
            t /= 10
            count += 1
        }
        let start = out.count
        out.append(contentsOf: repeatElement(0x30, count: count))
        var i = start + count - 1
        while m >= 10 {
            out[i] = 0x30 + UInt8(m % 10)
            m /= 10
            i -= 1
        }
        out[i] = 0x30 + UInt8(m)
    }

    static let hex = Array("0123456789abcdef".utf8)
    static let hexUpper = Array("0123456789ABCDEF".utf8)

    /// The one string escaper (see ``PrettyJSON``). Runs of bytes that need nothing are copied
    /// whole.
    mutating func string(_ s: String) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { b in
            var run = 0
            var i = 0
            while i < b.count {
                let c = b[i]
                if c >= 0x80 {
                    guard reveal else {
                        i += 1
                        continue
                    }
                    let (scalar, length) = Self.scalar(b, at: i)
                    if scalar <= 0x9F || Unicode.Scalar(scalar)!.isInvisible {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i]))
                        unicodeEscape(scalar)
                        run = i + length
                    }
                    i += length
                    continue
                }
                if c >= 0x20 && c != UInt8(ascii: "\"") && c != UInt8(ascii: "\\") {
                    i += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i]))
                switch c {
                case UInt8(ascii: "\""): out += "\\\"".utf8
                case UInt8(ascii: "\\"): out += "\\\\".utf8
                case 0x0A: out += "\\n".utf8
                case 0x0D: out += "\\r".utf8
                case 0x09: out += "\\t".utf8
                case 0x08: out += "\\b".utf8
                case 0x0C: out += "\\f".utf8
                default:
                    out += "\\u00".utf8
                    out.append(Self.hex[Int(c >> 4)])
                    out.append(Self.hex[Int(c & 0xF)])
                }
                i += 1
                run = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<b.count]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The scalar starting at `i` of valid UTF-8 (a `String`'s), and its length in bytes.
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let c = UInt32(b[i])
        func next(_ k: Int) -> UInt32 { UInt32(b[i + k] & 0x3F) }
        if c < 0xE0 { return ((c & 0x1F) << 6 | next(1), 2) }
        if c < 0xF0 { return ((c & 0x0F) << 12 | next(1) << 6 | next(2), 3) }
        return ((c & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3), 4)
    }

    /// `\uXXXX` in upper case, as UTF-16 (a surrogate pair beyond the BMP).
    mutating func unicodeEscape(_ scalar: UInt32) {
        func unit(_ u: UInt32) {
            out += "\\u".utf8
            for shift in stride(from: 12, through: 0, by: -4) { out.append(Self.hexUpper[Int((u >> UInt32(shift)) & 0xF)]) }
        }
        if scalar > 0xFFFF {
            unit(0xD800 + ((scalar - 0x10000) >> 10))
            unit(0xDC00 + ((scalar - 0x10000) & 0x3FF))
        } else {
            unit(scalar)
        }
    }
}
