import Foundation

/// One record's person (or thing) swapped for another, the record found by its date, or one
/// record's setting given a new figure, the record found by a word of its own (issue 19):
/// "put Malcolm on teas for 19 September instead of Hilary" in a rota whose entries each have
/// a date, Hilary on two of them (fresh27 2802: planned as an addition, the task's words were
/// added at the end). Found by code: the record holding the task's one date, the name of the
/// task's that stands in it and the one that does not.
extension AgentLoop {
    /// The edit that puts the task's new name in place of the old one in the one record of
    /// `text` written on the task's one date (a YAML list item, a block between blank lines,
    /// or a line): from the record's first line to the old name's line, so the edit is made
    /// there alone. The names are those of the task's sentence part (to a ".", ";" or ":")
    /// that says the date; the old one stands in the record once, the new one does not; "instead
    /// of X" says the old one. Nil when any of these is not one.
    static func recordSwap(_ task: String, in text: String) -> LineEdit? {
        let parts = sentences(task).flatMap { $0.components(separatedBy: CharacterSet(charactersIn: ";:")) }
        let dated = parts.filter { !dateMentions(in: $0).isEmpty }
        var days: Set<[Int]> = []
        for part in dated { for m in dateMentions(in: part) { days.insert([m.day, m.month]) } }
        guard dated.count == 1, days.count == 1, let day = days.first else { return nil }
        let held = records(of: text).filter { record in recordDays(record.joined(separator: "\n")).contains(day) }
        guard held.count == 1, let record = held.first else { return nil }
        let names = properNames(in: dated[0])
        let inRecord = names.filter { name in record.contains { standsAlone(name, in: $0) } }
        let old = insteadOfName(dated[0]).map { [$0] } ?? inRecord
        let new = names.filter { !inRecord.contains($0) }
        guard old.count == 1, new.count == 1, inRecord.contains(old[0]) else { return nil }
        let at = record.indices.filter { standsAlone(old[0], in: record[$0]) }
        guard at.count == 1, let line = at.first else { return nil }
        let before = record[...line].joined(separator: "\n")
        let after = (record[..<line] + [replacingWord(old[0], with: new[0], in: record[line])]).joined(separator: "\n")
        return occurrences(of: before, in: text) == 1 ? LineEdit(old: before, new: after, word: false) : nil
    }

    /// The edit that gives one record's key the task's new value ("move the Thursday session
    /// to court 2" in a TOML list of sessions, each with a `court = 3` line: fresh28 2902, planned
    /// as a move of the file): the record is the one the task's sentence part saying "KEY VALUE"
    /// names by a word of its own (a word only it has, "Thursday"), the key one of its `key =
    /// value` or `key: value` lines, the value a figure unlike the one there; written as the line
    /// writes its value, on that record alone. Nil when any of these is not one.
    static func recordSetting(_ task: String, in text: String) -> LineEdit? {
        let all = records(of: text)
        guard all.count >= 2 else { return nil }
        let parts = sentences(task).flatMap { $0.components(separatedBy: CharacterSet(charactersIn: ";:,")) }
        var found: [LineEdit] = []
        for said in parts {
            // The task's words, not its paths'; a record's lines, not its comments.
            let part = (Coaching.paths(in: said) + fileNames(in: said)).reduce(said) { $0.replacingOccurrences(of: $1, with: " ") }
            let own = words(of: part).filter { $0.count >= 3 && !commonWords.contains($0) }
            let holders = Set(own).compactMap { w -> Int? in
                let having = all.indices.filter { i in all[i].contains { !$0.hasPrefix("#") && standsAlone(w, in: $0.lowercased()) } }
                return having.count == 1 ? having[0] : nil
            }
            guard Set(holders).count == 1, let r = holders.first else { continue }
            for m in allMatches(#"\b([a-z][a-z_]+)\s+(\d+(?:[.:]\d+)?)\b"#, in: part.lowercased()) {
                let (key, value) = (m[1], m[2])
                let lines = all[r].indices.filter { i in
                    guard let (k, v) = setting(all[r][i]) else { return false }
                    return k.lowercased() == key && v.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) != value
                }
                guard lines.count == 1, let at = lines.first, let (_, old) = setting(all[r][at]) else {
                    continue
                }
                let bare = old.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
                guard !bare.isEmpty, bare.allSatisfy({ $0.isNumber || ".:".contains($0) }) else { continue }
                let line = all[r][at]
                guard let range = line.range(of: bare, options: .backwards) else { continue }
                let before = all[r][...at].joined(separator: "\n")
                let after = (all[r][..<at] + [line.replacingCharacters(in: range, with: value)]).joined(separator: "\n")
                if occurrences(of: before, in: text) == 1 { found.append(LineEdit(old: before, new: after, word: false)) }
            }
        }
        return found.count == 1 ? found[0] : nil
    }

    /// The records of `text`, each its lines: a top-level "- " item of a YAML list with the
    /// lines under it, else a block between blank lines, else a line.
    static func records(of text: String) -> [[String]] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.contains(where: { $0.hasPrefix("- ") }) {
            var items: [[String]] = []
            for line in lines where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                if line.hasPrefix("- ") {
                    items.append([line])
                } else if line.hasPrefix(" "), !items.isEmpty {
                    items[items.count - 1].append(line)
                }
            }
            return items
        }
        let blocks = text.components(separatedBy: "\n\n").map { $0.split(separator: "\n").map(String.init) }.filter { !$0.isEmpty }
        return blocks.count > 1 ? blocks : lines.filter { !$0.isEmpty }.map { [$0] }
    }

    /// The days and months a record is written on: "2027-09-19" as well as the forms
    /// `dateMentions` reads.
    static func recordDays(_ text: String) -> Set<[Int]> {
        var days = Set(dateMentions(in: text).map { [$0.day, $0.month] })
        for m in allMatches(#"\b\d{4}-(\d{1,2})-(\d{1,2})\b"#, in: text) {
            if let month = Int(m[1]), let day = Int(m[2]) { days.insert([day, month]) }
        }
        return days
    }

    /// The names a text says: its capitalised words (those in a row as one), not a month's or a
    /// weekday's, not one in capitals ("YAML"), a contraction ("She's") or a small word that
    /// starts a sentence ("Could", "In").
    static func properNames(in text: String) -> [String] {
        let small: Set<String> = [
            "i", "in", "on", "at", "the", "a", "an", "please", "could", "can", "would", "will", "she", "he", "they", "we", "it", "so",
            "and", "but", "for", "if", "my", "our", "hi", "hello", "thanks", "also", "then", "now", "today", "this", "that",
        ]
        let months = Set(monthNames + monthNames.map { String($0.prefix(3)) })
        let isName = { (token: String) -> Bool in
            let w = Coaching.bare(token)
            guard let first = w.first, first.isUppercase, w.contains(where: \.isLowercase), !w.contains("'"), !w.contains("\u{2019}") else {
                return false
            }
            let low = w.lowercased()
            return !small.contains(low) && !months.contains(low) && !weekdayNames.contains(where: { $0.hasPrefix(low) && low.count >= 3 })
                && Coaching.taskVerbs[low] == nil
        }
        var names: [String] = []
        var run: [String] = []
        for token in text.split(separator: " ").map(String.init) + [""] {
            if !token.isEmpty, isName(token) {
                run.append(Coaching.bare(token))
                if let end = token.last, ",;.?!:)".contains(end) {
                    if !names.contains(run.joined(separator: " ")) { names.append(run.joined(separator: " ")) }
                    run = []
                }
                continue
            }
            if !run.isEmpty, !names.contains(run.joined(separator: " ")) { names.append(run.joined(separator: " ")) }
            run = []
        }
        return names
    }

    /// The name after "instead of", "rather than" or "in place of", when it is one.
    static func insteadOfName(_ text: String) -> String? {
        guard let m = allMatches(#"\b(?:instead of|rather than|in place of)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"#, in: text).first else { return nil }
        return m[1]
    }
}
