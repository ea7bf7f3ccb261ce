import Foundation
import StewardTools

/// One cell of a table (a Markdown table, a CSV) given a new value in words, by code (issue 19,
/// fresh31 3202: "In memory/quiz-team/fixtures.md, change the venue of the 2031-03-12 match to
/// The Plough", where The Plough already hosts another match; asked for the line, the 0.5B
/// model changed the header's "Venue"). The row is the one the task names by its date or by a
/// cell of words only it has (both, when one alone names several: "the match against Quizzly
/// Bears that night"), the column the one whose header the task says, the value the words after
/// "to".
extension AgentLoop {
    /// The edit of the row of `text` (at `path`, a table `ConvertFile.rows(of:text:)` reads)
    /// whose cell the task changes: nil unless the task says one column's header, names one row,
    /// and gives the new value after "to" ("… to The Plough", "moves to The Plough"), five words
    /// at most, not the cell's own.
    static func tableCellEdit(_ task: String, path: String, in text: String) -> LineEdit? {
        guard let rows = ConvertFile.rows(of: path, text: text), let header = rows.first, rows.count >= 3,
            rows.allSatisfy({ $0.count == header.count })
        else { return nil }
        let body = Array(rows.dropFirst())
        let words = withoutPaths(task)
        let said = Set(Self.words(of: words))
        // The column: one header whose words, three letters or more, the task all says.
        let named = header.indices.filter { c in
            let own = Self.words(of: header[c]).filter { $0.count >= 3 }
            return !own.isEmpty && own.allSatisfy(said.contains)
        }
        guard named.count == 1, let column = named.first else { return nil }
        // The row: by a date the task says, and by a cell of words only it has.
        let dates =
            dateMentions(in: words).map { [$0.day, $0.month] }
            + allMatches(#"\b(\d{4})-(\d{2})-(\d{2})\b"#, in: words).map { [Int($0[3]) ?? 0, Int($0[2]) ?? 0] }
        let byDate = Set(
            body.indices.filter { r in
                body[r].contains { cell in dateKey(inText: cell).map { key in dates.contains([key[2], key[1]]) } == true }
            })
        let byWords = Set(
            body.indices.filter { r in
                body[r].indices.contains { c in
                    let cell = body[r][c].trimmingCharacters(in: .whitespaces)
                    return c != column && cell.count >= 3 && cell.contains(where: \.isLetter) && dateKey(inText: cell) == nil
                        && saysWhole(cell, in: words) && body.filter { $0.contains(body[r][c]) }.count < body.count
                }
            })
        let both = byDate.intersection(byWords)
        let rowSet = both.count == 1 ? both : byDate.count == 1 ? byDate : byDate.isEmpty && byWords.count == 1 ? byWords : []
        guard rowSet.count == 1, let row = rowSet.first else { return nil }
        // The value: the words after "to", up to a clause's end, five at most.
        // (A word's characters; a dot only inside a figure: "£4.00".)
        let token = #"(?:[^\s,.;:!?]|\.(?=\d))+"#
        let to = allMatches(
            #"\b(?:to|is now|becomes)\s+((?:the\s+)?"# + token + #"(?:\s+"# + token
                + #"){0,4}?)(?=\s*(?:[,.;:!?]|$|\s+(?:instead|rather|please|and|but|so|from|on)\b))"#, in: words)
        let old = body[row][column].trimmingCharacters(in: .whitespaces)
        // A column of names takes a name ("Ravi has agreed to take it" gives no leader); one
        // without figures, no figure or date.
        let names = body.allSatisfy { $0[column].trimmingCharacters(in: .whitespaces).first?.isUppercase == true }
        let fits = { (v: String) in
            !names || v.replacingOccurrences(of: #"^the\s+"#, with: "", options: .regularExpression).first?.isUppercase == true
        }
        let figures = body.contains { $0[column].contains(where: \.isNumber) }
        guard let new = to.map({ $0[1] }).first(where: { fits($0) && (figures || dateMentions(in: $0).isEmpty && !$0.contains(where: \.isNumber)) }),
            !old.isEmpty, new.lowercased() != old.lowercased(), !new.contains("|"), !new.contains("\"")
        else { return nil }
        let written = names && new.first?.isLowercase == true ? new.prefix(1).uppercased() + new.dropFirst() : new
        // The row's line as the file writes it, the cell's text once in it.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let cells = body[row].map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let found = lines.filter { line in cells.allSatisfy { line.contains($0) } }
        guard found.count == 1, let line = found.first, occurrences(of: old, in: line) == 1, !written.contains(",") || !path.hasSuffix(".csv") else {
            return nil
        }
        return LineEdit(old: line, new: line.replacingOccurrences(of: old, with: written), word: false)
    }
}
