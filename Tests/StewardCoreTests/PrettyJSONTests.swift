import Foundation
import StewardCore
import StewardJSON
import Testing

/// `--json` output must stay byte for byte what Foundation's `JSONEncoder` gives with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` and ISO 8601 dates (hidden
/// characters aside: see `JSONWriterTests`).
@Suite struct PrettyJSONTests {
    struct Sample: Encodable {
        enum Kind: String, Encodable { case a, b }
        struct Inner: Encodable {
            var x: Int
            var y: [Double]
            var z: String?
        }
        var text: String
        var escapes: String
        var unicode: String
        var int: Int
        var negative: Int64
        var big: UInt64
        var double: Double
        var whole: Double
        var tiny: Double
        var flag: Bool
        var missing: String?
        var present: Int?
        var date: Date
        var kind: Kind
        var list: [Inner]
        var empty: [Int]
        var emptyObject: [String: Int]
        var map: [String: [String]]
        var slash: String
        var float: Float
        var small: Int8
    }

    func foundation<T: Encodable>(_ v: T) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        return String(decoding: try e.encode(v), as: UTF8.self)
    }

    @Test func sameTextAsJSONEncoder() throws {
        let sample = Sample(
            text: "plain", escapes: "q\"b\\n\nr\rt\tb\u{8}f\u{C}c\u{1}e\u{1F}", unicode: "é 😀 \u{202E} \u{7F}", int: 42, negative: -7,
            big: UInt64.max,
            double: 0.1, whole: 3.0, tiny: 1e-7, flag: true, missing: nil, present: 0, date: Date(timeIntervalSince1970: 1_764_456_000.75), kind: .b,
            list: [.init(x: 1, y: [1.5, 2, -0.25], z: nil), .init(x: 2, y: [], z: "z")], empty: [], emptyObject: [:],
            map: ["b": ["1"], "a": [], "B": ["x/y"]],
            slash: "a/b", float: 0.1, small: -3)
        // Hidden characters (the sample's U+202E) as JSONEncoder writes them: raw.
        #expect(try PrettyJSON.encode(sample, revealHidden: false) == foundation(sample))
        #expect(try PrettyJSON.encode([sample, sample], revealHidden: false) == foundation([sample, sample]))
        #expect(try PrettyJSON.encode([Int]()) == foundation([Int]()))
        #expect(try PrettyJSON.encode(["k": Optional<Int>.none]) == foundation(["k": Optional<Int>.none]))
    }

    @Test func recordsOfTheStoreToo() throws {
        let task = TaskRecord(
            id: "t1", prompt: "Sort \"notes\"\n", agent: "fileops", agentReason: "rules: \"sort\"", status: .done, proposal: 3, models: ["local"],
            steps: 4, inputTokens: 10, outputTokens: 5, costUSD: 0.0012, started: Date(timeIntervalSince1970: 1_000_000), summary: "done")
        #expect(try PrettyJSON.encode(task) == foundation(task))
        // Types with a direct writer write what their Codable conformance writes.
        let infos = [
            ProposalInfo(
                number: 1, title: "A \"title\"\n", agent: "code", kind: .change, status: .pending,
                created: Date(timeIntervalSince1970: 1_700_000_000),
                base: "abc", head: "def", files: 2, additions: 3, deletions: 1, rollbackOf: nil, undoneBy: nil),
            ProposalInfo(
                number: 2, title: "Undo", agent: "alice", kind: .rollback, status: .rolledBack, created: Date(timeIntervalSince1970: 0), base: nil,
                head: nil, files: 0, additions: 0, deletions: 0, rollbackOf: 1, undoneBy: 3),
            ProposalInfo(
                number: 3, title: "Parts", agent: "code", kind: .change, status: .rejected, created: Date(timeIntervalSince1970: 5), base: "a",
                head: "b", files: 1, additions: 1, deletions: 0, rollbackOf: nil, undoneBy: nil, contents: ["files"],
                parts: [
                    ProposalPart(part: 1, commit: "c", files: ["memory/a.md"], approvedBy: "bob", date: Date(timeIntervalSince1970: 7)),
                    ProposalPart(
                        part: 2, commit: "d", files: [], approvedBy: "al", date: Date(timeIntervalSince1970: 8), undoneBy: 4, rolledBack: true),
                ]),
        ]
        #expect(try PrettyJSON.encode(infos) == foundation(infos))
        #expect(throws: EncodingError.self) { try PrettyJSON.encode([Double.nan]) }
    }
}
