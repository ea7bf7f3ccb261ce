import Foundation
import StewardTools

/// A CSV row's start and end times changed to the range the task gives, by code (issue 19,
/// fresh26 2702: "change the Pilates booking on 14 June to 17:00–18:00" in a semicolon sheet
/// whose rows are "14/06/2027;18:00;19:00;Pilates;Dee Rowe"; the class is on three rows, so
/// no one cell named the row, and the model's line lost the sheet's other rows' shape).
extension AgentLoop {
    /// The edit of the row of delimited `text` (at `path`) the task names by a word cell of its
    /// own and the date it says (written either way: "14 June" of "14/06/2027"), its two time
    /// cells set to the task's range ("17:00–18:00", "17:00 to 18:00"; "5 till 6" as the row's
    /// hours are written, past noon when they are). Nil unless the file has two columns of
    /// times, one row is so named, and the task gives one range.
    static func csvTimesEdit(_ task: String, path: String, in text: String) -> LineEdit? {
        guard [".csv", ".tsv"].contains(where: path.lowercased().hasSuffix), !text.contains("\"") else { return nil }
        let words = Self.withoutPaths(task)
        let rows = ConvertFile.rows(csv: text)
        guard let header = rows.first, rows.count >= 3, rows.allSatisfy({ $0.count == header.count }) else { return nil }
        let body = Array(rows.dropFirst())
        let clock = #/(\d{1,2})[:.](\d{2})/#
        let times = header.indices.filter { c in body.allSatisfy { $0[c].wholeMatch(of: clock) != nil } }
        guard times.count == 2 else { return nil }
        // The row: a date the task says and a cell of its words, in one row only.
        let dates = dateMentions(in: words).map { [$0.day, $0.month] }
        let named = body.indices.filter { r in
            let dated = body[r].contains { cell in
                dateMentions(in: cell).contains { m in m.range == cell.startIndex..<cell.endIndex && dates.contains([m.day, m.month]) }
            }
            let said = body[r].contains { $0.count >= 3 && $0.contains(where: \.isLetter) && saysWhole($0, in: words) }
            return dated && said
        }
        guard named.count == 1, let row = named.first else { return nil }
        // The range, as the row writes its times.
        let old = body[row][times[0]].wholeMatch(of: clock)!
        let padded = old.output.1.count == 2
        let mark = body[row][times[0]].contains(":") ? ":" : "."
        let write = { (h: Int, m: String) in (padded && h < 10 ? "0" : "") + String(h) + mark + m }
        var range: (String, String)?
        if let m = allMatches(#"\b(\d{1,2})[:.](\d{2})\s*(?:–|—|-|to|till|until)\s*(\d{1,2})[:.](\d{2})\b"#, in: words).first,
            let a = Int(m[1]), let b = Int(m[3]), a < 24, b < 24
        {
            range = (write(a, m[2]), write(b, m[4]))
        } else if let m = allMatches(#"\b(\d{1,2})\s*(?:am|pm)?\s+(?:to|till|until)\s+(\d{1,2})\s*(am|pm)?\b"#, in: words.lowercased()).first,
            var a = Int(m[1]), var b = Int(m[2]), (1...12).contains(a), (1...12).contains(b)
        {
            // Past noon when the task says pm or the row's start is.
            if m[3] == "pm" || (m[3].isEmpty && (Int(old.output.1) ?? 0) >= 12) {
                if a < 12 { a += 12 }
                if b < 12 { b += 12 }
            }
            range = (write(a, "00"), write(b, "00"))
        }
        guard let range, [body[row][times[0]], body[row][times[1]]] != [range.0, range.1] else { return nil }
        let separator = String(ConvertFile.separator(of: text))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) }
        guard let line = lines.first(where: { $0.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) } == body[row] })
        else { return nil }
        var cells = line.components(separatedBy: separator)
        cells[times[0]] = range.0
        cells[times[1]] = range.1
        return LineEdit(old: line, new: cells.joined(separator: separator), word: false)
    }
}
