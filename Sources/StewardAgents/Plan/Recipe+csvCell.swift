import Foundation
import StewardTools

/// One cell of a CSV file changed to the value the task gives, by code (issue 19, fresh25 2602:
/// "change Pam Whitlock's mobile number to 07700 900482" in a contacts CSV where every row has a
/// phone number, so no one number was the one to change; asked for the row's new text, the 0.5B
/// model ran to the reply's token cap on its 72 characters). The row is the one the task names
/// by a cell of its own ("Pam Whitlock", not "Pam Reid" said elsewhere), the column the one
/// whose header it says ("mobile", not the landline it says to keep), the value as the task
/// writes it.
extension AgentLoop {
    /// The edit of the row of CSV `text` (at `path`) whose cell the task changes: nil unless the
    /// task gives one new value (an email address, a phone number, a date, an amount) not in
    /// the file, names one row and one column, and the cell is one to write over.
    static func csvCellEdit(_ task: String, path: String, in text: String) -> LineEdit? {
        guard path.lowercased().hasSuffix(".csv") else { return nil }
        let words = Self.withoutPaths(task)
        let kinds = [
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+", "\\+?[0-9][0-9 ()/-]{5,}[0-9]", "[£$€]?[0-9]+(?:[.,][0-9]+)*",
        ]
        guard let value = kinds.lazy.map({ values($0, in: words).filter { !text.contains($0) } }).first(where: { !$0.isEmpty }), value.count == 1
        else { return nil }
        let new = value[0]
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.trimmingSuffix("\r")) }
        let rows = ConvertFile.rows(csv: text)
        guard let header = rows.first, rows.count >= 2, rows.allSatisfy({ $0.count == header.count }) else { return nil }
        let body = Array(rows.dropFirst())
        // Said where the value is, else anywhere but in what the task keeps.
        let near = sentences(words).first { $0.contains(new) } ?? words
        let places = [near, withoutKeeping(words)]
        // A row by a cell of its own: words, said whole, in no other row.
        let row = places.lazy.compactMap { place -> Int? in
            let hits = body.indices.filter { r in
                body[r].contains { cell in
                    cell.count >= 3 && cell.contains(where: \.isLetter) && body.filter { $0.contains(cell) }.count == 1 && saysWhole(cell, in: place)
                }
            }
            return hits.count == 1 ? hits[0] : nil
        }.first
        guard let row else { return nil }
        let stems = { (s: String) in Set(Self.words(of: s).filter { $0.count >= 3 }.map { String($0.prefix(5)) }) }
        var column = places.lazy.compactMap { place -> Int? in
            let said = stems(place)
            let hits = header.indices.filter { !stems(header[$0]).isEmpty && stems(header[$0]).isSubset(of: said) }
            return hits.count == 1 ? hits[0] : nil
        }.first
        // Else the one cell of the row written like the value.
        if column == nil {
            let alike = header.indices.filter { Coaching.shape(body[row][$0]) == Coaching.shape(new) }
            column = alike.count == 1 ? alike[0] : nil
        }
        guard let column, body[row][column] != new, !body[row][column].isEmpty else { return nil }
        // The row's line as the file writes it, the cell's text once in it.
        let old = body[row][column]
        guard let line = lines.first(where: { ConvertFile.rows(csv: $0).first == body[row] }), Self.occurrences(of: old, in: line) == 1,
            !new.contains(",") || !line.contains("\"")
        else { return nil }
        let written = new.contains(",") ? "\"" + new + "\"" : new
        return LineEdit(old: line, new: line.replacingOccurrences(of: old, with: written), word: false)
    }

    /// Whether `phrase` is in `text` as whole words, case aside.
    static func saysWhole(_ phrase: String, in text: String) -> Bool {
        text.range(
            of: #"(?<![\p{L}\p{N}])"# + NSRegularExpression.escapedPattern(for: phrase) + #"(?![\p{L}\p{N}])"#,
            options: [.regularExpression, .caseInsensitive])
            != nil
    }
}

extension Substring {
    /// Without `suffix` at its end.
    fileprivate func trimmingSuffix(_ suffix: String) -> Substring { hasSuffix(suffix) ? dropLast(suffix.count) : self }
}
