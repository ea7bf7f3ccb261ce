/// Where and why JSON text failed to parse.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Byte offset of the problem.
    public var offset: Int
    public var message: String
    public var description: String { "\(message) at byte \(offset)" }
}

/// A recursive-descent parser over UTF-8 bytes, strict or lenient.
struct JSONParser {
    /// Nesting deeper than this is refused (hostile input must not exhaust the stack).
    static let maxDepth = 256

    static func parse(_ text: String, lenient: Bool) throws -> JSONValue {
        var text = text
        return try text.withUTF8 { bytes in
            var p = JSONParser(bytes: bytes, lenient: lenient)
            p.skipSpace()
            let v = try p.value(depth: 0)
            p.skipSpace()
            guard p.i == bytes.count else { throw p.error("unexpected text after the JSON value") }
            return v
        }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let lenient: Bool
    var i = 0

    init(bytes: UnsafeBufferPointer<UInt8>, lenient: Bool) {
        self.bytes = bytes
        self.lenient = lenient
    }

    func error(_ message: String) -> JSONParseError { JSONParseError(offset: i, message: message) }

    var peek: UInt8? { i < bytes.count ? bytes[i] : nil }

    mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x0A, 0x0D, 0x09: i += 1
            case UInt8(ascii: "/") where lenient && i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "/"):
                while i < bytes.count && bytes[i] != 0x0A { i += 1 }
            case UInt8(ascii: "#") where lenient:
                while i < bytes.count && bytes[i] != 0x0A { i += 1 }
            default: return
            }
        }
    }

    mutating func value(depth: Int) throws -> JSONValue {
        guard depth < Self.maxDepth else { throw error("nested deeper than \(Self.maxDepth) levels") }
        guard let c = peek else { throw error("expected a value, found the end") }
        switch c {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string(quote: c))
        case UInt8(ascii: "'") where lenient: return .string(try string(quote: c))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default:
            if literal("true") { return .bool(true) }
            if literal("false") { return .bool(false) }
            if literal("null") { return .null }
            if lenient {
                if literal("True") { return .bool(true) }
                if literal("False") { return .bool(false) }
                if literal("None") { return .null }
            }
            throw error("expected a value")
        }
    }

    mutating func literal(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        let w = word.utf8Start
        for k in 0..<n where bytes[i + k] != w[k] { return false }
        i += n
        return true
    }

    mutating func object(depth: Int) throws -> JSONValue {
        i += 1
        var o: [String: JSONValue] = [:]
        skipSpace()
        if peek == UInt8(ascii: "}") {
            i += 1
            return .object(o)
        }
        while true {
            skipSpace()
            let key: String
            switch peek {
            case UInt8(ascii: "\""): key = try string(quote: UInt8(ascii: "\""))
            case UInt8(ascii: "'") where lenient: key = try string(quote: UInt8(ascii: "'"))
            case UInt8(ascii: "}") where lenient:
                i += 1
                return .object(o)  // trailing comma
            default:
                guard lenient, let k = bareKey() else { throw error("expected a quoted key") }
                key = k
            }
            skipSpace()
            guard peek == UInt8(ascii: ":") else { throw error("expected ':' after key \"\(key)\"") }
            i += 1
            skipSpace()
            o[key] = try value(depth: depth + 1)
            skipSpace()
            switch peek {
            case UInt8(ascii: ","): i += 1
            case UInt8(ascii: "}"):
                i += 1
                return .object(o)
            default: throw error("expected ',' or '}' in an object")
            }
        }
    }

    mutating func bareKey() -> String? {
        let start = i
        while let c = peek, c == UInt8(ascii: "_") || c == UInt8(ascii: "-") || (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A)
        { i += 1 }
        return i > start ? String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self) : nil
    }

    mutating func array(depth: Int) throws -> JSONValue {
        i += 1
        var a: [JSONValue] = []
        skipSpace()
        if peek == UInt8(ascii: "]") {
            i += 1
            return .array(a)
        }
        while true {
            skipSpace()
            if lenient && peek == UInt8(ascii: "]") {
                i += 1
                return .array(a)
            }  // trailing comma
            a.append(try value(depth: depth + 1))
            skipSpace()
            switch peek {
            case UInt8(ascii: ","): i += 1
            case UInt8(ascii: "]"):
                i += 1
                return .array(a)
            default: throw error("expected ',' or ']' in an array")
            }
        }
    }

    mutating func number() throws -> Double {
        let start = i
        var negative = false
        if peek == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        guard let first = peek, first >= 0x30, first <= 0x39 else { throw error("expected a digit") }
        var whole: UInt64 = 0
        var digits = 0
        if first == 0x30 {
            i += 1
            digits = 1
        } else {
            while let c = peek, c >= 0x30, c <= 0x39 {
                if digits < 18 { whole = whole * 10 + UInt64(c - 0x30) }
                digits += 1
                i += 1
            }
        }
        var simple = digits <= 15
        if peek == UInt8(ascii: ".") {
            simple = false
            i += 1
            guard let c = peek, c >= 0x30, c <= 0x39 else { throw error("expected a digit after '.'") }
            while let c = peek, c >= 0x30, c <= 0x39 { i += 1 }
        }
        if let e = peek, e | 0x20 == UInt8(ascii: "e") {
            simple = false
            i += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { i += 1 }
            guard let c = peek, c >= 0x30, c <= 0x39 else { throw error("expected a digit in the exponent") }
            while let c = peek, c >= 0x30, c <= 0x39 { i += 1 }
        }
        if simple { return negative ? -Double(whole) : Double(whole) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        guard let d = Double(text) else { throw JSONParseError(offset: start, message: "not a number") }
        // JSON has no infinity: a number past Double's range (1e999) would become one, and a
        // parsed value must always write back (`PrettyJSON` refuses non-finite numbers).
        guard d.isFinite else { throw JSONParseError(offset: start, message: "a number too large for a Double") }
        return d
    }

    mutating func string(quote: UInt8) throws -> String {
        let open = i
        i += 1
        let start = i
        // Fast path: no escapes.
        while i < bytes.count {
            let c = bytes[i]
            if c == quote {
                let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                i += 1
                return s
            }
            if c == UInt8(ascii: "\\") { break }
            if c < 0x20 && !lenient { throw error("a control character inside a string (escape it)") }
            i += 1
        }
        var out = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<i]))
        while i < bytes.count {
            let c = bytes[i]
            if c == quote {
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if c < 0x20 && !lenient { throw error("a control character inside a string (escape it)") }
            guard c == UInt8(ascii: "\\") else {
                out.append(c)
                i += 1
                continue
            }
            i += 1
            guard let e = peek else { break }
            i += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800..<0xDC00).contains(scalar), i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                    let save = i
                    i += 2
                    let low = try hex4()
                    if (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        i = save
                    }
                }
                let s = Unicode.Scalar(scalar) ?? "\u{FFFD}"  // a lone surrogate
                out.append(contentsOf: String(s).utf8)
            case UInt8(ascii: "'") where lenient: out.append(e)
            default:
                guard lenient else {
                    i -= 1
                    throw error("an unknown escape '\\\(Character(Unicode.Scalar(e)))'")
                }
                out.append(UInt8(ascii: "\\"))
                out.append(e)
            }
        }
        throw JSONParseError(offset: open, message: "a string that never ends")
    }

    mutating func hex4() throws -> UInt32 {
        guard i + 4 <= bytes.count else { throw error("a \\u escape needs four hex digits") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[i]
            let d: UInt8
            switch c {
            case 0x30...0x39: d = c - 0x30
            case 0x41...0x46: d = c - 0x41 + 10
            case 0x61...0x66: d = c - 0x61 + 10
            default: throw error("a \\u escape needs four hex digits")
            }
            v = v << 4 | UInt32(d)
            i += 1
        }
        return v
    }
}
