import Foundation

/// The rows of a table whose date is before (or after) the one the task says, by code (issue
/// 19, fresh32 3310: "every item whose best-before date is earlier than today" of a cupboard
/// list, "It's 1 March 2032"; the 0.5B model, asked each row's name, wrote every row back).
/// Each row is written "name: date", the date as the table writes it.
extension AgentLoop {
    /// The lines "name: date" of the rows of the table `text` at `path` whose date column (every
    /// cell an ISO date: the one, or the one the task names) is on the side of the task's date
    /// its words say: "before 2032-03-01", "earlier than 1 March 2032", "after …", "on or
    /// before …"; or, of today's date the task says ("It's 1 March 2032", "Today is …"),
    /// "past their best-before date", "earlier than today", "expired". Nil when the task says
    /// no such date, or no column or row is found, or every row is.
    static func rowsByDate(_ task: String, path: String, text: String) -> [String]? {
        guard let (header, body) = tableRecords(path, text) else { return nil }
        let low = Self.withoutPaths(task).lowercased()
        let iso = #/^\s*(\d{4})-(\d{2})-(\d{2})\s*$/#
        let dateOf = { (cell: String) -> [Int]? in
            cell.wholeMatch(of: iso).flatMap { m in [Int(m.output.1), Int(m.output.2), Int(m.output.3)].compactMap { $0 } }
        }
        let dated = header.indices.filter { c in body.allSatisfy { dateOf($0[c]) != nil } }
        let taskWords = words(of: low)
        let named = dated.filter { c in words(of: header[c]).contains { w in taskWords.contains { saysColumn($0, w) } } }
        guard let column = dated.count == 1 ? dated.first : named.count == 1 ? named.first : nil,
            let (op, day) = saidDateSide(low)
        else { return nil }
        let passes = { (d: [Int]) -> Bool in
            switch op {
            case "<": d.lexicographicallyPrecedes(day)
            case "<=": d == day || d.lexicographicallyPrecedes(day)
            case ">": day.lexicographicallyPrecedes(d)
            default: d == day || day.lexicographicallyPrecedes(d)
            }
        }
        let unique = { (c: Int) in Set(body.map { $0[c] }).count == body.count }
        guard let name = header.indices.first(where: { c in c != column && body.allSatisfy { $0[c].contains(where: \.isLetter) } && unique(c) })
        else { return nil }
        let kept = body.filter { row in dateOf(row[column]).map(passes) == true }
        guard !kept.isEmpty, kept.count < body.count else { return nil }
        return kept.map { $0[name].trimmingCharacters(in: .whitespaces) + ": " + $0[column].trimmingCharacters(in: .whitespaces) }
    }

    /// The side ("<", "<=", ">", ">=") and the date ([year, month, day]) the task's words `low`
    /// (lowercased, without paths) put a row's date on: after "before", "earlier than", "prior
    /// to", "older than", "after", "later than", "on or before", "on or after", a date with its
    /// year; or today's, when the task says it ("it's 1 March 2032", "today is 2032-03-01") and
    /// that a date is past ("past their best-before date", "earlier than today", "expired").
    static func saidDateSide(_ low: String) -> (op: String, day: [Int])? {
        let sides: [(String, String)] = [
            ("on or before", "<="), ("on or after", ">="), ("before", "<"), ("earlier than", "<"), ("prior to", "<"), ("older than", "<"),
            ("after", ">"), ("later than", ">"),
        ]
        for (words, op) in sides {
            for m in allMatches(#"\b"# + words + #"\s+(?:the\s+)?([^.;,!?()]+)"#, in: low) {
                if let day = yearDate(at: m[1]) { return (op, day) }
            }
        }
        let today = allMatches(#"\b(?:it's|it is|today is|today's date is|the date is|today,)\s+(?:the\s+)?([^.;!?()]+)"#, in: low).lazy
            .compactMap { yearDate(at: $0[1]) }.first
        guard let today else { return nil }
        if matches(low, #"\b(?:later than|after) today\b"#) { return (">", today) }
        guard matches(low, #"\b(?:past (?:its|their|the)\b|expired|out of date|(?:earlier than|before|older than) today)"#) else { return nil }
        return ("<", today)
    }

    /// The date with its year that `text` starts with: "2032-03-01", "1 March 2032", "March 1st,
    /// 2032", as [year, month, day]; nil when it starts with none.
    static func yearDate(at text: String) -> [Int]? {
        if let m = allMatches(#"^(\d{4})-(\d{2})-(\d{2})\b"#, in: text).first, let y = Int(m[1]), let mo = Int(m[2]), let d = Int(m[3]) {
            return [y, mo, d]
        }
        guard let m = dateMentions(in: text).first, m.range.lowerBound == text.startIndex,
            let year = allMatches(#"^,?\s+(\d{4})\b"#, in: String(text[m.range.upperBound...])).first.flatMap({ Int($0[1]) })
        else { return nil }
        return [year, m.month, m.day]
    }
}
