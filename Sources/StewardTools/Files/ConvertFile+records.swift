import Foundation
import StewardJSON

/// What `convert_file` makes of records (a JSON array of objects, CSV rows, a Markdown
/// table's rows): the same records in another of those forms, their fields in the order the
/// file has them, every value written as it was.
extension ConvertFile {
    /// The records of JSON text as rows, the header first: an array of objects (one row each),
    /// or one object (one row). The columns are the keys in the order the text first has them;
    /// a record without a key has an empty cell; a nested value is written as its JSON. Nil
    /// when the text is not JSON or holds no records (an array of plain values, a number).
    public static func rows(json text: String) -> [[String]]? {
        let records: [[String: JSONValue]]
        switch try? JSONValue.parse(text) {
        case .object(let one): records = [one]
        case .array(let many) where !many.isEmpty:
            let objects = many.compactMap(\.object)
            guard objects.count == many.count else { return nil }
            records = objects
        default: return nil
        }
        var keys: [String] = []
        for record in records { for key in record.keys where !keys.contains(key) { keys.append(key) } }
        guard !keys.isEmpty else { return nil }
        // A dictionary has no order: the text's does (where each key is first written).
        let at = Dictionary(uniqueKeysWithValues: keys.map { ($0, position(of: $0, in: text)) })
        keys.sort { (at[$0]!, $0) < (at[$1]!, $1) }
        return [keys] + records.map { record in keys.map { record[$0].map(cell) ?? "" } }
    }

    /// Rows (the header first) as a JSON array of objects, one per row, keyed by the header
    /// in its order; a cell is a number when it writes back as the same text, else a string.
    /// Nil without a header or a row.
    public static func json(rows: [[String]]) -> String? {
        guard let header = rows.first, rows.count > 1, !header.allSatisfy(\.isEmpty) else { return nil }
        let keys = header.enumerated().map { $1.isEmpty ? "column \($0 + 1)" : $1 }
        let objects = rows.dropFirst().map { row in
            let members = keys.indices.map { i in
                "    " + JSONValue.string(keys[i]).jsonText + ": " + value(i < row.count ? row[i] : "").jsonText
            }
            return "  {\n" + members.joined(separator: ",\n") + "\n  }"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// The rows of CSV text, its first row the header; blank lines left out.
    static func rows(csv: String) -> [[String]] {
        csv.split(whereSeparator: \.isNewline).map { fields(String($0)) }.filter { !$0.allSatisfy(\.isEmpty) }
    }

    /// Where `key` is first written as a key in JSON `text` (quoted, then a colon).
    static func position(of key: String, in text: String) -> Int {
        let quoted = JSONValue.string(key).jsonText
        var rest = text[...]
        while let r = rest.range(of: quoted) {
            if rest[r.upperBound...].first(where: { !$0.isWhitespace }) == ":" {
                return text.distance(from: text.startIndex, to: r.lowerBound)
            }
            rest = rest[r.upperBound...]
        }
        return text.count
    }

    /// A JSON value as a cell: a string as it is, `null` empty, anything else as its JSON.
    static func cell(_ value: JSONValue) -> String {
        switch value {
        case .string(let s): s
        case .null: ""
        default: value.jsonText
        }
    }
}
