import Foundation
import TOMLKit

/// Records written as TOML (TOMLKit's parse, the one TOML reader Steward has): an array of
/// tables (`[[stall]]`, each `name = "Tombola"` / `pitch = 3`), as people keep lists of
/// stalls, classes or locomotives (fresh29 3012, where `convert_file` refused the `.toml` and
/// the 0.5B model called it again until the loop gave up).
extension ConvertFile {
    /// The records of TOML `text` as rows, the header first: the one array of tables the file
    /// holds (its other keys, the file's own settings, left out), the keys in the order the
    /// text first writes them, a record without a key an empty cell. A commented-out table is
    /// none. Nil when the text is not TOML, or holds no two records this way.
    public static func rows(toml text: String) -> [[String]]? {
        guard let table = try? TOMLTable(string: text), let rows = rows(json: table.convert(to: .json)), rows.count >= 3 else { return nil }
        // The JSON's keys come sorted: the text's order is where each key is first written.
        var at: [String: Int] = [:]
        for (i, line) in text.split(whereSeparator: \.isNewline).enumerated() {
            guard let m = line.wholeMatch(of: #/\s*"?([A-Za-z0-9_ -]+?)"?\s*=.*/#) else { continue }
            let key = String(m.output.1)
            if at[key] == nil { at[key] = i }
        }
        let header = rows[0]
        let order = header.indices.sorted { (at[header[$0]] ?? Int.max, $0) < (at[header[$1]] ?? Int.max, $1) }
        return rows.map { row in order.map { row[$0] } }
    }
}
