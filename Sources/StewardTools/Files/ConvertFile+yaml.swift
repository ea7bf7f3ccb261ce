import Foundation
import StewardJSON
import Yams

/// Records written as YAML (Yams' parse, the one YAML reader Steward has): a list of mappings
/// ("- tower: St Andrew, Ashby" / "  bells: 8"), a mapping whose one list holds them
/// ("towers:" then the list), or a mapping of named mappings, as people keep rotas, rosters
/// and lists of places (fresh28 2912, where `convert_file` refused the `.yaml` and the 0.5B
/// model called it again until the loop gave up).
extension ConvertFile {
    /// The records of YAML `text` as rows, the header first: the keys in the order first
    /// written, a record without a key an empty cell, a list of plain values its values
    /// joined by ", ", another list or a mapping written as YAML. A mapping of named mappings has their names
    /// first ("name", or "key" when a record has a "name"). A comment (a commented-out item)
    /// is no record. Nil when the text is not YAML, or holds no two records this way.
    public static func rows(yaml text: String) -> [[String]]? {
        guard let root = try? Yams.compose(yaml: text) else { return nil }
        var named: [(name: String?, fields: Node.Mapping)] = []
        func records(_ node: Node) -> [(String?, Node.Mapping)]? {
            if case .sequence(let items) = node {
                let maps = items.compactMap(\.mapping)
                return maps.count == items.count && !maps.isEmpty ? maps.map { (nil, $0) } : nil
            }
            guard case .mapping(let map) = node else { return nil }
            // Named records: every value a mapping.
            let inner = map.compactMap { key, value in value.mapping.map { (key.string ?? "", $0) } }
            if inner.count == map.count, inner.count >= 2 { return inner }
            // One list of records among the mapping's values.
            let lists = map.values.compactMap { records($0) }.filter { $0.allSatisfy { $0.0 == nil } }
            return lists.count == 1 ? lists[0] : nil
        }
        guard let found = records(root), found.count >= 2 else { return nil }
        named = found.map { (name: $0.0, fields: $0.1) }
        var keys: [String] = []
        for record in named { for key in record.fields.keys.compactMap(\.string) where !keys.contains(key) { keys.append(key) } }
        guard !keys.isEmpty else { return nil }
        let cell = { (node: Node?) -> String in
            guard let node else { return "" }
            if let scalar = node.scalar { return scalar.string == "~" || scalar.string == "null" ? "" : scalar.string }
            // A list of plain values is its values, joined by ", ".
            if let items = node.sequence, case let values = items.compactMap(\.scalar), values.count == items.count {
                return values.map(\.string).joined(separator: ", ")
            }
            return ((try? Yams.serialize(node: node)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let withNames = named.contains { $0.name != nil }
        let nameKey = keys.contains("name") ? "key" : "name"
        let header = (withNames ? [nameKey] : []) + keys
        return [header]
            + named.map { record in
                (withNames ? [record.name ?? ""] : []) + keys.map { key in cell(record.fields[Node(key)]) }
            }
    }

    /// Rows (the header first) as a YAML list of mappings, one per row, keyed by the header in
    /// its order ("- payee: Gym" / "  amount: 29.99"): a cell as it is when YAML reads it back
    /// as that text or as the number it writes, else double-quoted ("Fenwick, Hale & Co", "yes",
    /// "007"). Nil without a header or a row.
    public static func yaml(rows: [[String]]) -> String? {
        guard let header = rows.first, rows.count > 1, !header.allSatisfy(\.isEmpty) else { return nil }
        let keys = header.enumerated().map { $1.isEmpty ? "column \($0 + 1)" : $1 }
        var out = ""
        for row in rows.dropFirst() {
            for (i, key) in keys.enumerated() {
                out += (i == 0 ? "- " : "  ") + yamlScalar(key) + ": " + yamlScalar(i < row.count ? row[i] : "") + "\n"
            }
        }
        return out
    }

    /// `text` as a YAML scalar: plain when it is words, or a figure without a leading zero,
    /// that YAML reads as written; else double-quoted (JSON's escaping is YAML's).
    static func yamlScalar(_ text: String) -> String {
        let figure = text.range(of: #"^-?(0|[1-9]\d*)(\.\d+)?$"#, options: .regularExpression) != nil
        let words =
            text.range(of: #"^[A-Za-z][A-Za-z0-9 ._/()+-]*$"#, options: .regularExpression) != nil && !text.hasSuffix(" ")
            && !["true", "false", "yes", "no", "on", "off", "null", "y", "n"].contains(text.lowercased())
        return figure || words ? text : JSONValue.string(text).jsonText
    }
}
