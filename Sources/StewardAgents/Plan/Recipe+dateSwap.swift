import Foundation

/// A date the task moves, changed however each file writes it (issue 19): "the concert is now
/// on Saturday 19 December instead of the 12th" in notes that write it "Saturday 12 December",
/// "Concert: 12/12" and "Sat 12th Dec" (fresh18 1906: only the first was changed, the line
/// question picked an email's subject for the others). The new date is written in the old
/// one's form: a weekday, a day's "th", a month's short name or a day/month in figures.
extension AgentLoop {
    /// A date written in a text: its day and month, and where its weekday, day and month are.
    struct DateMention {
        var range: Range<String.Index>
        var day: Int
        var month: Int
        var weekday: Range<String.Index>?
        var dayDigits: Range<String.Index>
        var suffix: Range<String.Index>?
        var monthName: Range<String.Index>?
        var monthDigits: Range<String.Index>?
    }

    static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]
    static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// The dates `text` writes: "Saturday 12 December", "Sat 12th Dec", "12 of December",
    /// "December 12", "12/12" and "12/12/2026" (day first).
    static func dateMentions(in text: String) -> [DateMention] {
        let weekday = #"(?:(mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+(?:the\s+)?)?"#
        let month =
            #"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"#
        let patterns = [
            #"\b"# + weekday + #"(\d{1,2})(st|nd|rd|th)?(?:\s+of)?\s+"# + month,
            #"\b"# + weekday + month + #"\s+(\d{1,2})(st|nd|rd|th)?\b"#,
            #"\b"# + weekday + #"(\d{1,2})/(\d{1,2})(?:/\d{2,4})?\b(?![/.]\d)"#,
        ]
        var found: [DateMention] = []
        for (k, pattern) in patterns.enumerated() {
            guard let re = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { continue }
            for m in re.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let part = { (i: Int) in Range(m.range(at: i), in: text) }
                guard let whole = part(0), !found.contains(where: { $0.range.overlaps(whole) }) else { continue }
                let (d, s, name, digits): (Range<String.Index>?, Range<String.Index>?, Range<String.Index>?, Range<String.Index>?) =
                    switch k {
                    case 0: (part(2), part(3), part(4), nil)
                    case 1: (part(3), part(4), part(2), nil)
                    default: (part(2), nil, nil, part(3))
                    }
                guard let d, let day = Int(text[d]), (1...31).contains(day) else { continue }
                let month: Int? =
                    if let name { monthNames.firstIndex { $0.hasPrefix(text[name].lowercased().prefix(3)) }.map { $0 + 1 } } else {
                        digits.flatMap { Int(text[$0]) }
                    }
                guard let month, (1...12).contains(month) else { continue }
                found.append(
                    DateMention(
                        range: whole, day: day, month: month, weekday: part(1), dayDigits: d, suffix: s, monthName: name, monthDigits: digits))
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The edit that moves the task's old date to its new one in `text`: the task writes two
    /// dates, the one the file has being the old ("from 12 December to 19 December"), or one
    /// and the old one's day ("19 December instead of the 12th"); the file writes the old date
    /// once. Nil when the new date's weekday is not known for a form that has one.
    static func dateSwap(_ task: String, in text: String) -> LineEdit? {
        // Sentence by sentence: the one that moves the date ("… is now on Friday 18 December
        // instead of the 11th"), not one that names another ("subs are still due by 11 December").
        for sentence in sentences(task) {
            if let edit = dateSwap(sentence: sentence, in: text) { return edit }
        }
        return nil
    }

    static func dateSwap(sentence task: String, in text: String) -> LineEdit? {
        let said = dateMentions(in: task)
        var keys: [[Int]] = []
        for m in said where !keys.contains([m.day, m.month]) { keys.append([m.day, m.month]) }
        let inFile = Set(dateMentions(in: text).map { [$0.day, $0.month] })
        let old: [Int]
        let new: [Int]
        if keys.count == 2, keys.filter(inFile.contains).count == 1, let o = keys.first(where: inFile.contains),
            let n = keys.first(where: { !inFile.contains($0) })
        {
            (old, new) = (o, n)
        } else if keys.count == 1,
            let r = task.range(
                of: #"\b(instead of|rather than|not|from|moved from)\s+(the\s+)?\d{1,2}(st|nd|rd|th)\b"#,
                options: [.regularExpression, .caseInsensitive]),
            let day = Int(task[r].filter(\.isNumber))
        {
            (old, new) = ([day, keys[0][1]], keys[0])
        } else if keys.count == 1, let weeks = weeksMoved(task), let moved = shifted(keys[0], byDays: -7 * weeks) {
            // "Moves a week later, to Saturday 19 December": from the 12th.
            (old, new) = (moved, keys[0])
        } else {
            return nil
        }
        guard old != new else { return nil }
        let mentions = dateMentions(in: text).filter { [$0.day, $0.month] == old }
        guard mentions.count == 1, let m = mentions.first else { return nil }
        let newWeekday = said.first { [$0.day, $0.month] == new && $0.weekday != nil }.flatMap { w in w.weekday.map { String(task[$0]) } }
        var parts: [(Range<String.Index>, String)] = []
        if let w = m.weekday {
            let written = String(text[w])
            let core = written.prefix { $0.isLetter }
            if let given = newWeekday, let index = weekdayNames.firstIndex(where: { $0.hasPrefix(given.lowercased().prefix(3)) }) {
                let full = weekdayNames[index]
                let styled = core.count > 4 ? full : String(full.prefix(core.count))
                let cased = core.first?.isUppercase == true ? styled.prefix(1).uppercased() + styled.dropFirst() : styled
                parts.append((w.lowerBound..<text.index(w.lowerBound, offsetBy: core.count), cased))
            } else if old[1] != new[1] || (new[0] - old[0]) % 7 != 0 {
                return nil
            }
        }
        let dayText = text[m.dayDigits].count == 2 && new[0] < 10 ? "0\(new[0])" : "\(new[0])"
        parts.append((m.dayDigits, dayText))
        if let s = m.suffix {
            let suffix = [1, 21, 31].contains(new[0]) ? "st" : [2, 22].contains(new[0]) ? "nd" : [3, 23].contains(new[0]) ? "rd" : "th"
            parts.append((s, text[s].first?.isUppercase == true ? suffix.uppercased() : suffix))
        }
        if let name = m.monthName {
            let written = text[name].prefix { $0.isLetter }
            let full = monthNames[new[1] - 1]
            let styled = written.count > 4 || written.lowercased() == "may" ? full : String(full.prefix(written.count))
            let cased = written.first?.isUppercase == true ? styled.prefix(1).uppercased() + styled.dropFirst() : styled
            parts.append((name.lowerBound..<text.index(name.lowerBound, offsetBy: written.count), cased))
        }
        if let digits = m.monthDigits {
            parts.append((digits, text[digits].count == 2 && new[1] < 10 ? "0\(new[1])" : "\(new[1])"))
        }
        var changed = text
        for (r, s) in parts.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) { changed.replaceSubrange(r, with: s) }
        // The mention's own text, before and after.
        let start = text.distance(from: text.startIndex, to: m.range.lowerBound)
        let grown = changed.count - text.count
        let from = changed.index(changed.startIndex, offsetBy: start)
        let to = changed.index(from, offsetBy: text.distance(from: m.range.lowerBound, to: m.range.upperBound) + grown)
        return LineEdit(old: String(text[m.range]), new: String(changed[from..<to]), word: true)
    }

    /// How many weeks later (negative: earlier) the task says a date moves: "a week later",
    /// "two weeks earlier", "put back a fortnight".
    static func weeksMoved(_ task: String) -> Int? {
        let lower = task.lowercased()
        let counts = ["a": 1, "one": 1, "1": 1, "two": 2, "2": 2, "three": 3, "3": 3]
        guard
            let r = lower.range(
                of: #"\b(a|one|1|two|2|three|3) weeks? (later|earlier|on|back|forward)\b|\ba fortnight (later|earlier)\b"#,
                options: .regularExpression)
        else { return nil }
        let phrase = lower[r]
        let n = phrase.hasPrefix("a fortnight") ? 2 : counts[String(phrase.split(separator: " ")[0])] ?? 1
        return phrase.hasSuffix("earlier") || phrase.hasSuffix("forward") ? -n : n
    }

    /// `key` ([day, month]) moved by `days` within a year that is not a leap year; nil past its ends.
    static func shifted(_ key: [Int], byDays days: Int) -> [Int]? {
        let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var day = key[0] + days
        var month = key[1]
        while day < 1 {
            month -= 1
            guard month >= 1 else { return nil }
            day += lengths[month - 1]
        }
        while day > lengths[month - 1] {
            day -= lengths[month - 1]
            month += 1
            guard month <= 12 else { return nil }
        }
        return [day, month]
    }

    /// Whether a change from `old` to `new` moves the date `x` to `y` however they are written
    /// ("12/12" made "19/12" for "12 December" made "19 December").
    static func movesDate(_ x: String, to y: String, old: String, new: String) -> Bool {
        guard let a = dateMentions(in: x).first, let b = dateMentions(in: y).first else { return false }
        return dateMentions(in: old).contains { [$0.day, $0.month] == [a.day, a.month] }
            && dateMentions(in: new).contains { [$0.day, $0.month] == [b.day, b.month] }
    }
}
