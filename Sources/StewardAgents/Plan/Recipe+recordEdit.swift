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
        // (A date as the file writes it too: "for the 2030-04-16 rehearsal", fresh30 3102.)
        let dated = parts.filter { !recordDays(Self.withoutPaths($0)).isEmpty }
        let days = dated.reduce(into: Set<[Int]>()) { $0.formUnion(recordDays(Self.withoutPaths($1))) }
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
            // The task's words, not its paths'; a record's lines, not its comments ("#", or INI's ";").
            let part = Self.withoutPaths(said)
            let own = words(of: part).filter { $0.count >= 3 && !commonWords.contains($0) }
            let holders = Set(own).compactMap { w -> Int? in
                let having = all.indices.filter { i in
                    all[i].contains { !$0.hasPrefix("#") && !$0.hasPrefix(";") && standsAlone(w, in: $0.lowercased()) }
                }
                return having.count == 1 ? having[0] : nil
            }
            guard Set(holders).count == 1, let r = holders.first else { continue }
            if let edit = settingEdit(part.lowercased(), record: all[r]), occurrences(of: edit.old, in: text) == 1 { found.append(edit) }
        }
        return found.count == 1 ? found[0] : nil
    }

    /// The change of `record`'s one `key = figure` line the task's part `low` (lowercased) gives
    /// a new figure: the key said as written, spoken ("hold minutes"), or by its first word when
    /// no other key starts with it ("the hold", "holds", "watering"); the figure one not after "instead of",
    /// "rather than", "from" or "not" (the old), unlike the line's. Of several keys said, the
    /// one the word after the figure names ("15 minutes": `hold_minutes`, not `peak_temp`), else
    /// the one said last before it (fresh29 3002: "make the glaze firing hold at peak for 15
    /// minutes instead of 10"). Nil when none or several are so.
    static func settingEdit(_ low: String, record: [String]) -> LineEdit? {
        let settings = record.indices.compactMap { i in setting(record[i]).map { (at: i, key: $0.key.lowercased(), value: $0.value) } }
        let firstWords = settings.map { words(of: $0.key).first ?? "" }
        let said = { (key: String) -> Range<String.Index>? in
            for form in Set([key, key.replacingOccurrences(of: "_", with: " ")]) {
                if let r = low.range(of: #"(?<![\w-])"# + NSRegularExpression.escapedPattern(for: form) + #"(?![\w-])"#, options: .regularExpression)
                {
                    return r
                }
            }
            guard let first = words(of: key).first, first.count >= 4, firstWords.filter({ $0 == first }).count == 1 else { return nil }
            return low.range(of: #"\b"# + first + #"(?:s|ing|ed)?\b"#, options: .regularExpression)
        }
        var edits: [LineEdit] = []
        let figures = #"(?<![\w.:-])(\d+(?:[.:]\d+)?)(?![\w:]|\.\d)(?:\s+([a-z]+))?"#
        for m in allMatches(#"(?:\b(instead of|rather than|from|not)\s+)?"# + figures, in: low) where m[1].isEmpty {
            let (figure, unit) = (m[2], m[3])
            guard let at = low.range(of: m[0]) else { continue }
            var keys = settings.filter { s in
                let bare = s.value.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
                return said(s.key) != nil && !bare.isEmpty && bare.allSatisfy({ $0.isNumber || ".:".contains($0) })
            }
            if keys.count > 1, case let named = keys.filter({ s in words(of: s.key).contains { unit.count >= 3 && $0.hasPrefix(unit.prefix(4)) } }),
                named.count == 1
            {
                keys = named
            }
            if keys.count > 1,
                let last = keys.filter({ said($0.key).map { $0.upperBound <= at.lowerBound } ?? false })
                    .max(by: { (said($0.key)?.lowerBound ?? low.startIndex) < (said($1.key)?.lowerBound ?? low.startIndex) })
            {
                keys = [last]
            }
            // (A figure the key has already says nothing new: "start at 6" of a 6 o'clock start.)
            guard keys.count == 1, let s = keys.first, case let bare = s.value.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")),
                bare != figure
            else { continue }
            let line = record[s.at]
            guard let range = line.range(of: bare, options: .backwards) else { continue }
            let before = record[...s.at].joined(separator: "\n")
            let after = (record[..<s.at] + [line.replacingCharacters(in: range, with: figure)]).joined(separator: "\n")
            edits.append(LineEdit(old: before, new: after, word: false))
        }
        return edits.count == 1 ? edits[0] : nil
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
