import Foundation
import StewardTools

/// A list in date order (issue 19): "newest first", "with the latest one at the top", "oldest
/// first", "soonest first", "in date order". The dates are the ones in the files' names (`2026-01.md`,
/// `minutes-2025-11-18.md`, `march-2026.md`), else the first date inside each file when fewer
/// than two names have one; a name sorts as text otherwise, and
/// `2025-12.md` comes before `2026-01.md` but `april-2026.md` before `march-2026.md`.
/// Measured on fresh9's newsletters: listed oldest first, and with the subscription note,
/// whatever the order asked.
extension AgentLoop {
    /// The order the task's words ask for: true for newest first, false for oldest first, nil
    /// when they ask for neither.
    static func dateOrder(_ task: String) -> Bool? {
        let w = Coaching.taskWords(in: task)
        let ends: Set<String> = ["first", "top", "start", "beginning"]
        func near(_ said: Set<String>) -> Bool {
            w.indices.contains { i in said.contains(w[i]) && w[max(0, i - 3)...min(w.count - 1, i + 4)].contains(where: ends.contains) }
        }
        let phrase = " " + w.joined(separator: " ") + " "
        if phrase.contains(" reverse chronological ") || near(["newest", "latest", "recent", "youngest"]) { return true }
        if near(["oldest", "earliest", "soonest"]) || phrase.contains(" chronological ") || phrase.contains(" date order ")
            || phrase.contains(" order they happen ") || phrase.contains(" in the order the ")
        {
            return false
        }
        return nil
    }

    /// `names` in date order, newest first or not: those with a date in their name, the others
    /// left out (a list asked in date order is of the dated things: "the dated newsletters";
    /// the subscription note beside them has no place in it). Unchanged when fewer than two
    /// have a date.
    static func byDate(_ names: [String], newestFirst: Bool, inside: [String: [Int]] = [:]) -> [String] {
        var dated = names.compactMap { n in dateKey(n).map { (n, $0) } }
        // No dates in the names: the date inside each file ("Date: 6 June 2026").
        if dated.count < 2 { dated = names.compactMap { n in inside[n].map { (n, $0) } } }
        guard dated.count >= 2 else { return names }
        let sorted = dated.sorted { $0.1.lexicographicallyPrecedes($1.1) }.map(\.0)
        return newestFirst ? sorted.reversed() : sorted
    }

    /// The first date written in a file's text as [year, month, day] (a year it does not give
    /// is 0): "Date: 6 June 2026", "on 14 February", "2026-06-06"; nil when it writes none.
    static func dateKey(inText text: String) -> [Int]? {
        guard let first = ExtractFromFile.Kind.dates.find(in: text).first else { return nil }
        return dateKey(first) ?? dateKey(first + " 2000").map { [0, $0[1], $0[2]] }
    }

    /// The date in a file's name as [year, month, day] (0 for a part it does not have): an ISO
    /// date or year and month (`2026-01-15`, `2026_01`, `20260115`), else a year and a month's
    /// name (`march-2026`, `2025-nov`); nil when it has no year.
    static func dateKey(_ path: String) -> [Int]? {
        let name = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
        if let r = name.range(
            of: #"(?<![0-9])(19|20)[0-9]{2}[-_.]?(0[1-9]|1[0-2])([-_.]?(0[1-9]|[12][0-9]|3[01]))?(?![0-9])"#, options: .regularExpression)
        {
            let digits = name[r].filter(\.isNumber).map { Int(String($0)) ?? 0 }
            let number = { (from: Int, count: Int) in digits.count >= from + count ? digits[from..<(from + count)].reduce(0) { $0 * 10 + $1 } : 0 }
            return [number(0, 4), number(4, 2), number(6, 2)]
        }
        let words = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard let year = words.first(where: { $0.count == 4 && ($0.hasPrefix("19") || $0.hasPrefix("20")) && Int($0) != nil }).flatMap({ Int($0) })
        else { return nil }
        let months = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        ]
        // A month's name or its short form ("nov", "sept"), not a word that starts like one ("marketing").
        let month = words.lazy.compactMap { w -> Int? in
            months.firstIndex { $0 == w || (w.count >= 3 && w.count <= 4 && $0.hasPrefix(w)) }.map { $0 + 1 }
        }.first
        let day = words.first { $0.count <= 2 && (Int($0) ?? 0) >= 1 && (Int($0) ?? 0) <= 31 }.flatMap { Int($0) }
        return [year, month ?? 0, month == nil ? 0 : day ?? 0]
    }
}
