import Foundation
import StewardJSON

/// What `convert_file` makes of records (a JSON array of objects, CSV rows, a Markdown
/// table's rows): the same records in another of those forms, their fields in the order the
/// file has them, every value written as it was.
extension ConvertFile {
    /// The records of JSON text as rows, the header first: an array of objects (one row each),
    /// an object whose one array of objects holds them (`{"team": …, "fixtures": [{…}, …]}`:
    /// fresh18 1912, whose CSV was one row with the fixtures as JSON in a cell), or one object
    /// (one row). The columns are the keys in the order the text first has them;
    /// a record without a key has an empty cell; a nested value is written as its JSON. Nil
    /// when the text is not JSON or holds no records (an array of plain values, a number).
    public static func rows(json text: String) -> [[String]]? {
        let records: [[String: JSONValue]]
        switch try? JSONValue.parse(text) {
        case .object(let one):
            let held = one.values.compactMap { value -> [[String: JSONValue]]? in
                guard case .array(let many) = value, !many.isEmpty else { return nil }
                let objects = many.compactMap(\.object)
                return objects.count == many.count ? objects : nil
            }
            records = held.count == 1 ? held[0] : [one]
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
        let at = keyPositions(in: text)
        keys.sort { (at[$0] ?? Int.max, $0) < (at[$1] ?? Int.max, $1) }
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

    /// The rows of CSV text, its first row the header; blank lines left out. The cells are
    /// split at the text's `separator(of:)`: a tab-separated list or a semicolon CSV (as
    /// spreadsheets in much of Europe save it) is read too (fresh26 2710, 2702).
    public static func rows(csv: String) -> [[String]] {
        // A title above the header ("# Porthcawl, August 2029, heights in metres": fresh29 3010)
        // is no row; a header cell "#" ("#,name") is one.
        let lines = csv.split(whereSeparator: \.isNewline).drop { $0.hasPrefix("# ") }
        let separator = separator(of: lines.joined(separator: "\n"))
        return lines.map { fields(String($0), separator: separator) }.filter { !$0.allSatisfy(\.isEmpty) }
    }

    /// The character between the cells of delimited text: of a comma, a tab and a semicolon,
    /// the one its first line has most of outside quotes (a comma when none).
    public static func separator(of text: String) -> Character {
        guard let first = text.split(whereSeparator: \.isNewline).first else { return "," }
        var counts: [Character: Int] = [:]
        var quoted = false
        for c in first {
            if c == "\"" { quoted.toggle() } else if !quoted, ",\t;".contains(c) { counts[c, default: 0] += 1 }
        }
        // The comma on a tie.
        return ["\t", ";"].reduce(",") { best, c in counts[c, default: 0] > counts[best, default: 0] ? c : best }
    }

    /// The records of a file's `text` as rows, the header first, by the file's extension: CSV
    /// (or TSV), JSON records, a Markdown table, vCards, "key: value" blocks (or a `.txt` of
    /// key=value lines), INI sections, YAML records, TOML arrays of tables, a `.log` of
    /// key=value lines; nil for another kind or none.
    public static func rows(of path: String, text: String) -> [[String]]? {
        switch extensions(path, path).0 {
        case "csv": rows(csv: text)
        case "json": rows(json: text)
        case "md": tableRows(markdown: text)
        case "vcf": rows(vcard: text)
        case "txt": rows(blocks: text) ?? rows(keyedLines: text)
        case "log": rows(keyedLines: text)
        case "ini": rows(ini: text)
        case "yaml": rows(yaml: text)
        case "toml": rows(toml: text)
        default: nil
        }
    }

    /// Rows (the header first) written as a file at `path` holds them, by its extension: CSV, a
    /// Markdown table, JSON records or a YAML list; nil for another kind.
    public static func written(_ rows: [[String]], as path: String) -> String? {
        switch extensions(path, path).1 {
        case "csv": csv(rows: rows)
        case "md": table(rows: rows)
        case "json": json(rows: rows)
        case "yaml", "yml": yaml(rows: rows)
        default: nil
        }
    }

    /// Where each key is first written in JSON `text` (a quoted string, then a colon), by the
    /// order of the text: one pass, however many keys.
    public static func keyPositions(in text: String) -> [String: Int] {
        // try!: a constant pattern, compiled by the unit tests.
        let re = try! NSRegularExpression(pattern: #""((?:[^"\\]|\\.)*)"\s*:"#)
        var at: [String: Int] = [:]
        for (i, m) in re.matches(in: text, range: NSRange(text.startIndex..., in: text)).enumerated() {
            guard let r = Range(m.range, in: text), let end = text[r].lastIndex(of: "\""),
                case .string(let key)? = try? JSONValue.parse(String(text[r.lowerBound...end]))
            else { continue }
            if at[key] == nil { at[key] = i }
        }
        return at
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
