import Foundation
import StewardTools

/// A new row for a CSV log (issue 19), made by code from the task's date and figures when the
/// task does not write the row out ("I filled the car up today, the twelfth of May: 38.5 litres
/// for 67.40 euros, and the odometer said 52,310 km"): the date in the column's own format, each
/// number in the column named next to it in the task, else in the columns' order. Measured
/// (fresh12 1303): asked for the row, the 0.5B model wrote "2026-05-38,38.5,67.40 euros,52,310
/// km"; asked again for words of the task, it added "38.5 litres for 67.40 euros, and the
/// odometer said 52,310 km" under the header's columns.
extension AgentLoop {
    /// The row for `text` (a CSV file: a header without digits, two rows at least, each with as
    /// many cells), or nil: nil when a column holds words (not a date or a number), the task
    /// gives no date for a date column, or its numbers are not as many as the number columns.
    static func csvRecord(_ task: String, in text: String, now: Date = Date()) -> String? {
        let lines = text.split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        guard let header = lines.first, !header.contains(where: \.isNumber), !header.contains("|") else { return nil }
        let columns = header.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        guard columns.count >= 2, rows.count >= 2, rows.allSatisfy({ $0.count == columns.count }), let last = rows.last else { return nil }
        let isNumber = { (s: String) in s.range(of: #"^-?\d+(\.\d+)?$"#, options: .regularExpression) != nil }
        let dateColumn = columns.indices.first { c in rows.allSatisfy { dateFormat($0[c]) != nil } }
        let numberColumns = columns.indices.filter { c in c != dateColumn && rows.allSatisfy { isNumber($0[c]) } }
        guard numberColumns.count + (dateColumn == nil ? 0 : 1) == columns.count else { return nil }
        var rest = ordinalDates(task)
        for p in Coaching.paths(in: rest) { rest = rest.replacingOccurrences(of: p, with: " ") }
        var cells = Array(repeating: "", count: columns.count)
        if let d = dateColumn {
            guard let found = ExtractFromFile.Kind.dates.find(in: rest).first, let key = dateKey(found) ?? dateKey(found + " 2000"),
                let format = dateFormat(last[d])
            else { return nil }
            rest = rest.replacingOccurrences(of: found, with: " ")
            let year = found.contains(String(key[0])) ? key[0] : dateKey(last[d]).map { $0[0] } ?? Calendar.current.component(.year, from: now)
            cells[d] = format([year, key[1], key[2]])
        }
        // Commas in a number go, as the columns have none ("52,310 km": 52310).
        let numbers = ExtractFromFile.Kind.numbers.find(in: rest).filter { isNumber($0.replacingOccurrences(of: ",", with: "")) }
        guard numbers.count == numberColumns.count else { return nil }
        let said = words(of: rest)
        var free = numberColumns
        var left: [String] = []
        for raw in numbers {
            let n = raw.replacingOccurrences(of: ",", with: "")
            // A column named next to the number ("odometer 52310", "38.5 litres", "67.40 EUR" for price_eur).
            let own = words(of: raw)
            let at = own.first.flatMap { said.firstIndex(of: $0) }
            let near = at.map { a in Set([a - 1, a + own.count].filter { said.indices.contains($0) }.map { stem(said[$0]) }) } ?? []
            if let c = free.first(where: { c in words(of: columns[c]).contains { near.contains(stem($0)) } }) {
                cells[c] = n
                free.removeAll { $0 == c }
            } else {
                left.append(n)
            }
        }
        for (c, n) in zip(free, left) { cells[c] = n }
        return cells.joined(separator: ",")
    }

    /// How `cell` writes a date, as a function of [year, month, day]: "2026-05-12",
    /// "12/05/2026"; nil when it is no date.
    static func dateFormat(_ cell: String) -> (([Int]) -> String)? {
        let c = cell.trimmingCharacters(in: .whitespaces)
        if c.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil {
            return { String(format: "%04d-%02d-%02d", $0[0], $0[1], $0[2]) }
        }
        if c.range(of: #"^\d{2}/\d{2}/\d{4}$"#, options: .regularExpression) != nil {
            return { String(format: "%02d/%02d/%04d", $0[2], $0[1], $0[0]) }
        }
        return nil
    }

    /// `task` with a date's day said as an ordinal in words written in digits: "the twelfth of
    /// May" is "12 May", "the twenty-first of June" "21 June".
    static func ordinalDates(_ task: String) -> String {
        let units = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
        let teens = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
        var days: [(String, Int)] = units.enumerated().map { ($0.element, $0.offset + 1) } + teens.enumerated().map { ($0.element, $0.offset + 10) }
        days += [("twentieth", 20), ("thirtieth", 30), ("thirty-first", 31)] + units.enumerated().map { ("twenty-" + $0.element, $0.offset + 21) }
        var out = task
        // Longest first: "twenty-first" before "first".
        for (word, n) in days.sorted(by: { $0.0.count > $1.0.count }) {
            out = out.replacingOccurrences(
                of: #"\b(?:the )?"# + word
                    + #"(?: of)? (?=(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"#,
                with: "\(n) ", options: [.regularExpression, .caseInsensitive])
        }
        return out
    }
}
