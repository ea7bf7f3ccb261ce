import Foundation

/// Any JSON value, the one tree of Steward's JSON: what model servers send and receive (tool
/// parameters as JSON Schema, tool-call arguments, structured output), hook payloads, and
/// every `--json` and API answer (``PrettyJSON`` encodes any `Encodable` into one).
///
/// Parsing and writing are Steward's own (``parse(_:)``, ``parseLenient(_:)``, ``jsonText``,
/// ``PrettyJSON``): they sit on the hot path of every model call and of `review --json`, where
/// Foundation's coders cost several times more.
///
/// Numbers are `Double`s. An integer beyond 2^53, which a `Double` cannot hold exactly, is a
/// ``bigInteger(_:)`` instead, so `UInt64.max` is written digit for digit as `JSONEncoder`
/// writes it; only ``PrettyJSON`` and ``int(_:)`` make one, parsing never does. NaN and
/// infinity are not JSON: the parsers refuse them and the writer throws (see ``PrettyJSON``).
public enum JSONValue: Sendable, Hashable, Codable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])
    /// An integer beyond 2^53 as its decimal digits (a leading `-` when negative); not equal
    /// to a `.number` of about the same value.
    case bigInteger(String)

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let n = try? c.decode(Double.self) {
            self = .number(n)
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else if let a = try? c.decode([JSONValue].self) {
            self = .array(a)
        } else {
            self = .object(try c.decode([String: JSONValue].self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .number(let n):
            if n.rounded() == n, abs(n) < 1e15 { try c.encode(Int64(n)) } else { try c.encode(n) }
        case .bigInteger(let digits):
            if let i = Int64(digits) {
                try c.encode(i)
            } else if let u = UInt64(digits) {
                try c.encode(u)
            } else {
                try c.encode(Double(digits) ?? .nan)
            }
        case .string(let s): try c.encode(s)
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }

    /// Parses JSON text (RFC 8259, strictly).
    /// - Throws: `JSONParseError` saying what was expected where; a number past `Double`'s
    ///   range (`1e999`) is refused, as JSON has no infinity.
    public static func parse(_ text: String) throws -> JSONValue {
        try JSONParser.parse(text, lenient: false)
    }

    /// Parses the JSON that small models print: also single-quoted strings, trailing commas,
    /// unquoted keys, raw control characters inside strings, `True`/`False`/`None`, and
    /// `//` or `#` comments. Used to repair tool calls, never for what servers send.
    /// Non-finite numbers are refused here too (`NaN`, `Infinity` and `1e999` are errors, not
    /// nulls), so a repaired call always writes back as it was read.
    /// - Throws: `JSONParseError` when even that fails.
    public static func parseLenient(_ text: String) throws -> JSONValue {
        try JSONParser.parse(text, lenient: true)
    }

    /// Compact JSON text with sorted keys, `/` unescaped, no hidden-character escapes: what
    /// model servers are sent (``PrettyJSON/text(_:compact:revealHidden:)``'s writer).
    /// The value must hold finite numbers only, as every parsed value does: a NaN or infinity
    /// built into a value by code stops the program here, as it is that code's bug (use
    /// ``PrettyJSON``, which throws, for numbers computed from data).
    public var jsonText: String {
        do {
            return try PrettyJSON.text(self, compact: true, revealHidden: false)
        } catch {
            preconditionFailure("JSONValue.jsonText: \(error)")
        }
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }
    public var number: Double? {
        switch self {
        case .number(let n): n
        case .bigInteger(let digits): Double(digits)
        default: nil
        }
    }
    /// The number as an Int when it is a whole number in range (a reply can say 1e20).
    public var int: Int? {
        if case .bigInteger(let digits) = self { return Int(digits) }
        return number.flatMap { $0.isFinite && abs($0) < 9.0e15 ? Int(exactly: $0.rounded()) : nil }
    }
    public var bool: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }
    public var array: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }
    public var object: [String: JSONValue]? {
        if case .object(let o) = self { return o }
        return nil
    }
}

extension JSONValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
}

extension JSONValue {
    /// An integer: a `.number` below 2^53, digit for digit from there (``bigInteger(_:)``).
    public static func int(_ i: Int) -> JSONValue {
        i.magnitude < 1 << 53 ? .number(Double(i)) : .bigInteger(String(i))
    }

    /// Any integer type (`UInt64.max` too), as ``int(_:)``.
    static func integer<I: BinaryInteger>(_ i: I) -> JSONValue {
        if let v = Int(exactly: i) { return int(v) }
        return .bigInteger(String(i))
    }

    /// A date as `JSONEncoder` writes it with `.iso8601`: `2026-12-02T14:06:44Z`.
    public static func date(_ d: Date) -> JSONValue { .string(ISO8601.string(d)) }

    /// An object from pairs; nil values are left out, as `encodeIfPresent` does.
    public static func fields(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        var o = [String: JSONValue](minimumCapacity: pairs.count)
        for (k, v) in pairs { if let v { o[k] = v } }
        return .object(o)
    }
}
