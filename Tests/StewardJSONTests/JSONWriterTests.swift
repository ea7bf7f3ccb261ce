import Foundation
import StewardJSON
import Testing

/// The one writer: one escaper on every path, numbers as `JSONEncoder` writes them, one rule
/// for NaN and infinity.
@Suite struct JSONWriterTests {
    static func foundation<T: Encodable>(_ v: T) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try e.encode(v), as: UTF8.self)
    }

    /// Every kind of character that needs care, hidden ones included.
    static let awkward = "q\"b\\ n\n r\r t\t b\u{8} f\u{C} c\u{1}\u{1F} del\u{7F} / é 😀 \u{9B} \u{202E}rtl \u{200B}zw 👨‍👩‍👧 \u{E0041}"

    /// The model wire (`jsonText`) and `--json` (`PrettyJSON`) escaped the same string
    /// differently (`\u0008` against `\b`); now one escaper gives `JSONEncoder`'s bytes on both.
    @Test func oneEscaperOnEveryPath() throws {
        let s = Self.awkward
        let wire = JSONValue.string(s).jsonText
        #expect(wire == (try Self.foundation(s)))
        #expect(wire == (try PrettyJSON.encode(s, compact: true, revealHidden: false)))
        #expect(wire == (try PrettyJSON.text(.string(s), revealHidden: false)))
        #expect(JSONValue.object([s: .string(s)]).jsonText == (try Self.foundation([s: s])))
        #expect(try JSONValue.parse(wire) == .string(s))
    }

    /// JSON answers write characters that hide or reorder text as `\uXXXX` (upper case,
    /// UTF-16 pairs beyond the BMP): the same data, honest bytes.
    @Test func hiddenCharactersRevealedByDefault() throws {
        let text = try PrettyJSON.encode(["t": "a\u{202E}b\u{9B}c\u{200B}d 😀 é \u{E0041}"], compact: true)
        #expect(text == #"{"t":"a\u202Eb\u009Bc\u200Bd 😀 é \uDB40\uDC41"}"#)
        #expect(try JSONValue.parse(text)["t"] == .string("a\u{202E}b\u{9B}c\u{200B}d 😀 é \u{E0041}"))
        // The escaper reveals exactly what a reviewer's escaping hides: no raw hidden character left.
        let all = try PrettyJSON.text(.string(Self.awkward))
        #expect(!all.unicodeScalars.contains { $0.value >= 0x80 && ($0.value <= 0x9F || $0.isInvisible) })
        #expect(try JSONValue.parse(all) == .string(Self.awkward))
        // Plain ASCII and ordinary letters are never touched.
        #expect(try PrettyJSON.text(.string("plain é 😀 ü"), compact: true) == #""plain é 😀 ü""#)
    }

    @Test func numbersAsJSONEncoderWritesThem() throws {
        let doubles: [Double] = [
            0, -0.0, 3, -3.5, 0.1, 1e-7, 5e-324, 123_456_789_012_345, 1e15, 2e15, 9_007_199_254_740_992, 1e16, 1.7976931348623157e308,
        ]
        #expect(try PrettyJSON.encode(doubles, compact: true) == Self.foundation(doubles))
        let ints = [0, 1, -1, 1 << 53, -(1 << 53), (1 << 53) + 1, Int.max, Int.min]
        #expect(try PrettyJSON.encode(ints, compact: true) == Self.foundation(ints))
        let floats: [Float] = [0.1, 3, 1e-7, 0.5, 3.4028235e38]
        #expect(try PrettyJSON.encode(floats, compact: true) == Self.foundation(floats))
        #expect(try PrettyJSON.encode([UInt64.max], compact: true) == Self.foundation([UInt64.max]))
        // The wire writes the same numbers.
        #expect(JSONValue.array(doubles.map { .number($0) }).jsonText == (try Self.foundation(doubles)))
        // Integers beyond 2^53 stay exact.
        #expect(JSONValue.int(Int.max) == .bigInteger("9223372036854775807"))
        #expect(JSONValue.int(Int.max).int == Int.max && JSONValue.int(42) == .number(42))
    }

    /// One rule: the writer refuses NaN and infinity with the path of the number.
    @Test func nonFiniteNumbersRefusedWithTheirPath() throws {
        for bad in [Double.nan, .infinity, -.infinity] {
            do {
                _ = try PrettyJSON.text(.object(["a": .array([.number(1), .object(["b": .number(bad)])])]))
                Issue.record("wrote \(bad)")
            } catch let EncodingError.invalidValue(_, context) {
                #expect(context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue } == ["a", "1", "b"])
                #expect(context.debugDescription.contains("JSON has no NaN or infinity"))
            }
        }
        struct Reading: Encodable { var values: [Double] }
        do {
            _ = try PrettyJSON.encode(["r": Reading(values: [1, .infinity])])
            Issue.record("wrote infinity")
        } catch let EncodingError.invalidValue(_, context) {
            #expect(context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue } == ["r", "values", "1"])
        }
        #expect(throws: EncodingError.self) { try PrettyJSON.encode(Float.nan) }
    }

    /// Neither parser makes a value the writer would refuse: numbers past a Double's range and
    /// `NaN`/`Infinity` are errors in strict and lenient parsing alike.
    @Test(arguments: ["1e999", "-1e400", "[1, 2e308]", "NaN", "Infinity", "-Infinity", #"{"a": 1E+999}"#])
    func nonFiniteNumbersNeverParsed(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONValue.parse(text) }
        #expect(throws: JSONParseError.self) { try JSONValue.parseLenient(text) }
    }

    @Test func strictAndLenientDiffer() throws {
        let sloppy = "{'a': 1.5e3, b: [True, None,], // note\n}"
        #expect(throws: JSONParseError.self) { try JSONValue.parse(sloppy) }
        let v = try JSONValue.parseLenient(sloppy)
        #expect(v == .object(["a": .number(1500), "b": .array([.bool(true), .null])]))
        #expect(try JSONValue.parse(v.jsonText) == v)
        #expect(v.jsonText == #"{"a":1500,"b":[true,null]}"#)
    }

    @Test func prettyLayoutAsJSONEncoderOnLinux() throws {
        let v: JSONValue = .fields(["b": .array([]), "a": .object([:]), "c": .array([.int(1), .fields(["x": nil, "y": .bool(false)])]), "d": nil])
        #expect(
            try PrettyJSON.text(v) == "{\n  \"a\" : {\n\n  },\n  \"b\" : [\n\n  ],\n  \"c\" : [\n    1,\n    {\n      \"y\" : false\n    }\n  ]\n}")
        #expect(try PrettyJSON.text(v, compact: true) == #"{"a":{},"b":[],"c":[1,{"y":false}]}"#)
    }
}
