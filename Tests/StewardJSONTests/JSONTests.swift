import Foundation
import StewardJSON
import Testing

@Suite struct JSONTests {
    @Test func parsesEveryKindOfValue() throws {
        let v = try JSONValue.parse(#" {"a": [1, -2.5, 1e3, true, false, null], "b": {"c": "d\n\"e\"\\ \u00e9 \ud83d\ude00 \/"}, "": 0} "#)
        #expect(v["a"] == .array([.number(1), .number(-2.5), .number(1000), .bool(true), .bool(false), .null]))
        #expect(v["b"]?["c"]?.string == "d\n\"e\"\\ é 😀 /")
        #expect(v[""]?.int == 0)
    }

    @Test func writesCompactSortedEscapedText() {
        let v: JSONValue = .object(["b": .string("x/y\u{1}\t\"\\é"), "a": .array([.number(3), .number(0.5), .number(1e20), .null])])
        #expect(v.jsonText == #"{"a":[3,0.5,1e+20,null],"b":"x/y\u0001\t\"\\é"}"#)
    }

    @Test func roundTripsAndAgreesWithFoundation() throws {
        let texts = [
            #"{"model":"qwen","choices":[{"index":0,"message":{"role":"assistant","content":"ok \u2028 line"},"finish_reason":"stop"}],"usage":{"prompt_tokens":5}}"#,
            #"[0, -0.0, 123456789012345678, 3.14159, 2E-3, "\u0000", {"x": [[[]]]}]"#,
        ]
        for t in texts {
            let ours = try JSONValue.parse(t)
            #expect(try JSONValue.parse(ours.jsonText) == ours)
            let foundation = try JSONSerialization.jsonObject(with: Data(t.utf8), options: [.fragmentsAllowed])
            let back = try JSONSerialization.data(withJSONObject: foundation, options: [.sortedKeys, .fragmentsAllowed])
            let viaFoundation = try JSONValue.parse(String(decoding: back, as: UTF8.self))
            #expect(viaFoundation == ours, "\(t)")
        }
    }

    @Test(arguments: [
        #"{"a": 1,}"#, #"[1, 2,]"#, #"{'a': 1}"#, #"{a: 1}"#, "\"line\nbreak\"", #"{"a" 1}"#, #""open"#, "01", "1.", "-", "tru",
        #"{"a": 1} x"#, #""\x""#, "", "[1 2]", "True", "\"\\u12\"",
    ])
    func strictRefuses(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONValue.parse(text) }
    }

    @Test func lenientReadsWhatSmallModelsPrint() throws {
        let v = try JSONValue.parseLenient(
            "{'path': 'notes/a.md', content: \"line one\nline two\", 'tags': ['x', 'y',], ok: True, none: None, // comment\n}")
        #expect(v == .object(["path": "notes/a.md", "content": "line one\nline two", "tags": .array(["x", "y"]), "ok": .bool(true), "none": .null]))
        #expect(try JSONValue.parseLenient(#"{'it\'s': 'a \"b\"'}"#) == .object(["it's": "a \"b\""]))
    }

    @Test func refusesHostileNestingWithoutCrashing() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParseError.self) { try JSONValue.parse(deep) }
        #expect(throws: JSONParseError.self) { try JSONValue.parseLenient(deep) }
        let ok = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect((try? JSONValue.parse(ok)) != nil)
    }

    @Test func errorsSayWhereAndWhat() {
        do {
            _ = try JSONValue.parse(#"{"a": 1 "b": 2}"#)
            Issue.record("parsed")
        } catch let e as JSONParseError {
            #expect(e.offset == 8)
            #expect(e.description == "expected ',' or '}' in an object at byte 8")
        } catch {
            Issue.record("\(error)")
        }
    }
}
