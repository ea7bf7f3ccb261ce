import Foundation
import StewardJSON

/// A new row for a Markdown table (issue 19): the cells code can fill from the task (a date, a
/// score out of the same number, the one figure), written as the column's rows write them, and
/// the others asked of the model, one property per column, each answer words of the task, when
/// the task does not write the row out ("I've just read the electricity meter: 48213 on the
/// fourteenth of March … add it to the top of the readings table"). Added at the end, or first
/// under the header (`aboveFirstRow`). Measured (fresh22 2303): shown the table's rows, the
/// 0.5B model answered a title and an author of them, and "Klara and the Sun" for the date.
extension AgentLoop {
    /// The columns of the Markdown table `text` ends with (a header, its separator and a row at
    /// least), or nil.
    static func tableColumns(_ text: String) -> [String]? {
        tableOf(text)?.columns
    }

    /// The Markdown table `text` ends with: its columns and the cells of its rows (those with as
    /// many cells), or nil.
    static func tableOf(_ text: String) -> (columns: [String], rows: [[String]])? {
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let last = lines.last, last.hasPrefix("|") else { return nil }
        let table = Array(lines.reversed().prefix { $0.hasPrefix("|") }.reversed())
        guard table.count >= 3 else { return nil }
        let cells = { (line: String) in
            line.trimmingCharacters(in: CharacterSet(charactersIn: "| ")).components(separatedBy: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        let columns = cells(table[0])
        guard columns.count >= 2, !columns.contains(where: \.isEmpty) else { return nil }
        return (columns, table.dropFirst(2).map(cells).filter { $0.count == columns.count })
    }

    /// The new row's cells: those `tableCellsByCode` fills, the others asked as one string
    /// property per column (its header the key), the table's first rows shown; each answer
    /// words of the task (a column with no figures in its rows gets none), cut before another
    /// cell's words ("Klara and the Sun by Kazuo Ishiguro" for the title). Nil when an answer is
    /// not, or when the task gives numbers and the row has none of them.
    func tableRowAsked(_ columns: [String], path: String, text: String, task: String, words: String, _ state: inout LoopState) async -> String? {
        let rows = Self.tableOf(text)?.rows ?? []
        var cells = Array(repeating: "", count: columns.count)
        for (c, cell) in Self.tableCellsByCode(columns, rows: rows, task: words) { cells[c] = cell }
        let asked = columns.indices.filter { cells[$0].isEmpty }
        if !asked.isEmpty {
            let figures = Set(asked.filter { c in rows.contains { $0[c].contains(where: \.isNumber) } })
            // The header and the first rows, to write the cells like them (shown only the header,
            // the 0.5B model ran past the reply's end: fresh18 1903); a cell copied from them is
            // not the task's words and is asked again.
            let header = text.split(separator: "\n").map(String.init).filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("|") }.prefix(5)
            let q = FormQuestion(
                system: "You add a row to a table as the person asks. Write each of these cells of the new row with the task's own words. "
                    + "Reply with JSON {" + asked.map { JSONValue.string(columns[$0]).jsonText + ": CELL" }.joined(separator: ", ") + "}.",
                user: "Table in \(path):\n" + header.joined(separator: "\n") + "\n\nTask: " + task,
                schema: FormQuestion.object(
                    asked.map { c in
                        let pattern = figures.contains(c) ? "^[^|\\n]{1,60}$" : "^[^|\\n0-9]{1,60}$"
                        return (columns[c], .object(["type": "string", "pattern": .string(pattern), "maxLength": .number(60)]))
                    }),
                maxTokens: 24 + 32 * asked.count)
            guard let answer = await form(q, &state) else { return nil }
            let said = Set(Self.words(of: words).map(Self.stem))
            var wrong: [Int] = []
            for c in asked {
                // Without the comma a reply held off digits stops at ("Maggie O'Farrell," of
                // "… O'Farrell, finished 9 May": fresh25 2603).
                guard let cell = answer[columns[c]]?.string?.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: ",;"))),
                    // Not a sentence ("Finished Hamnet at last!": fresh25 2603).
                    !cell.isEmpty, !cell.contains("|"), !cell.contains(where: { "!?".contains($0) }),
                    Self.words(of: cell).allSatisfy({ said.contains(Self.stem($0)) })
                else {
                    wrong.append(c)
                    continue
                }
                cells[c] = cell
            }
            // A cell not of the task's words (fresh22 2303: "Finished Klara and the Sun last night
            // (December March)" for the title, kept from writing "12") is asked again, one of the
            // names the task writes with capitals.
            if !wrong.isEmpty {
                let names = Self.namePhrases(words).filter { n in !cells.contains { $0.caseInsensitiveCompare(n) == .orderedSame } }
                guard !names.isEmpty, !wrong.contains(where: figures.contains) else { return nil }
                let again = FormQuestion(
                    system: "You add a row to a table as the person asks. Pick the words of the task for each of these cells. "
                        + "Reply with JSON {" + wrong.map { JSONValue.string(columns[$0]).jsonText + ": CELL" }.joined(separator: ", ") + "}.",
                    user: "Table in \(path):\n" + header.joined(separator: "\n") + "\n\nTask: " + task,
                    schema: FormQuestion.object(wrong.map { (columns[$0], FormQuestion.oneOf(names)) }), maxTokens: 16 + 24 * wrong.count)
                guard let picked = await form(again, &state) else { return nil }
                for c in wrong {
                    guard let cell = picked[columns[c]]?.string, names.contains(cell) else { return nil }
                    cells[c] = cell
                }
            }
            // A cell that runs on into another's words ends before them and the small word that joins them.
            // (Nor starts with another's figure in words: "Seven long-tailed tits" of a count of 7.)
            for c in asked {
                for (word, n) in Self.numberWords where cells.contains(String(n)) {
                    let cut = cells[c].replacingOccurrences(of: #"(?i)^"# + word + #"\s+"#, with: "", options: .regularExpression)
                    if !cut.isEmpty, cut != cells[c] { cells[c] = cut.prefix(1).uppercased() + cut.dropFirst() }
                }
                for other in columns.indices where other != c && !cells[other].isEmpty {
                    let pattern = #"\s+(?:(?:by|from|of|at|with|for|in|on)\s+)?"# + NSRegularExpression.escapedPattern(for: cells[other]) + "$"
                    let cut = cells[c].replacingOccurrences(of: pattern, with: "", options: [.regularExpression, .caseInsensitive])
                    if !cut.isEmpty { cells[c] = cut }
                }
            }
            // Nor is one cell another's ("Klara and the Sun" for the date and the title).
            guard Set(cells.map { $0.lowercased() }).count == cells.count else { return nil }
        }
        // The task's own figures are in it (not a row copied from the table).
        let given = Self.givenNumbers(in: words)
        guard given.isEmpty || given.contains(where: { n in cells.contains { Self.hasNumber(n, in: $0) } }) else { return nil }
        return "| " + cells.joined(separator: " | ") + " |"
    }

    /// The names a task writes with capitals: runs of capitalised words, "and", "the", "of", …
    /// between them ("Klara and the Sun", "Kazuo Ishiguro"); a run that starts a sentence also
    /// without its first word, and only so when that word ends in "ed" or "ing"
    /// ("Finished Klara and the Sun"); not a word alone that starts a sentence, "I", a month or a
    /// weekday, nor a path or a figure.
    static func namePhrases(_ task: String) -> [String] {
        let tokens = task.split(whereSeparator: \.isWhitespace).map(String.init)
        let joiners: Set<String> = ["and", "the", "of", "in", "on", "a", "an", "de", "van", "von", "&"]
        let bare = tokens.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"'“”‘’()[],.;:!?")) }
        let capital = { (i: Int) -> Bool in
            let w = bare[i]
            return w.first?.isUppercase == true && !w.contains("/") && !w.contains(where: \.isNumber)
                && !["i", "i'd", "i'm", "i've", "i'll"].contains(w.lowercased()) && !monthNames.contains(w.lowercased())
                && !weekdayNames.contains(w.lowercased())
        }
        let starts = { (i: Int) in i == 0 || tokens[i - 1].last.map { ".!?".contains($0) } == true }
        var found: [String] = []
        var i = 0
        while i < tokens.count {
            guard capital(i) else {
                i += 1
                continue
            }
            var end = i
            var j = i + 1
            // On through joiners to the next capital, never past a token that ends a phrase.
            while j < tokens.count, !",.;:!?)".contains(tokens[j - 1].last ?? " ") {
                if capital(j) {
                    end = j
                } else if !joiners.contains(bare[j].lowercased()) {
                    break
                }
                j += 1
            }
            let run = bare[i...end].joined(separator: " ")
            // At a sentence's start, also without its first word, and only so when that word
            // says what was done ("Finished Klara and the Sun", "Watching …").
            let done = starts(i) && bare[i].count > 4 && (bare[i].hasSuffix("ed") || bare[i].hasSuffix("ing"))
            if (end > i || !starts(i)) && !done { found.append(run) }
            if starts(i), end > i { found.append(bare[(i + 1)...end].joined(separator: " ")) }
            i = end + 1
        }
        return found.reduce(into: [String]()) {
            if !$0.contains($1), !joiners.contains($1.split(separator: " ").first.map { String($0).lowercased() } ?? "") { $0.append($1) }
        }
    }

    /// The cells of a table's new row code fills from `task`, by column: a column whose rows are
    /// all a day and a month ("4 Jan", "21 January", "Jan 4") or a date `dateFormat` knows gets
    /// the task's one date written alike; a column whose rows are all a score out of the same
    /// number ("4/5") the task's one score out of it ("4/5", "4 out of 5"); the one column of
    /// plain numbers the one figure left.
    static func tableCellsByCode(_ columns: [String], rows: [[String]], task: String) -> [Int: String] {
        guard !rows.isEmpty else { return [:] }
        var rest = ordinalDates(task)
        for p in Coaching.paths(in: rest) { rest = rest.replacingOccurrences(of: p, with: " ") }
        // A score in words ("four out of five": fresh25 2603) in figures.
        for (word, n) in numberWords {
            rest = rest.replacingOccurrences(
                of: #"\b"# + word + #"(?=\s+out\s+of\s+(?:\d+|"# + numberWords.keys.joined(separator: "|") + #")\b)"#, with: String(n),
                options: [.regularExpression, .caseInsensitive])
        }
        for (word, n) in numberWords {
            rest = rest.replacingOccurrences(
                of: #"(?<=\d\sout\sof\s)"# + word + #"\b"#, with: String(n), options: [.regularExpression, .caseInsensitive])
        }
        var filled: [Int: String] = [:]
        // Scores first, then taken out: "5/5" is no fifth of May.
        for c in columns.indices {
            let scores = rows.compactMap { $0[c].wholeMatch(of: #/(\d+)\s*/\s*(\d+)/#).map { String($0.output.2) } }
            guard scores.count == rows.count, Set(scores).count == 1, let out = scores.first else { continue }
            let said = Self.values(#"\b\d+(?=\s*(?:/|out of)\s*"# + out + #"\b)"#, in: rest)
            if Set(said).count == 1, let n = said.first { filled[c] = "\(n)/\(out)" }
        }
        // (A whole score only: not the "10/2026" of "18/10/2026", fresh18 1903.)
        if !filled.isEmpty {
            rest = rest.replacingOccurrences(of: #"(?<![\d/])\d+\s*(?:/|out of)\s*\d+(?![\d/])"#, with: " ", options: .regularExpression)
        }
        let dates = dateMentions(in: rest)
        if Set(dates.map { [$0.day, $0.month] }).count == 1, let date = dates.first {
            for c in columns.indices where filled[c] == nil {
                if let cell = writtenLike(rows.map { $0[c] }, day: date.day, month: date.month, in: rest) { filled[c] = cell }
            }
            // (With the year after it: "today, 11 April 2032!" gave no count of 2032, fresh32 3303.)
            for d in dates.reversed() {
                let end = rest[d.range.upperBound...].range(of: #"^,?\s+\d{4}\b"#, options: .regularExpression)?.upperBound ?? d.range.upperBound
                rest.replaceSubrange(d.range.lowerBound..<end, with: " ")
            }
        }
        // The one column of plain numbers: the one figure of the task's not in a date or a score,
        // else its one number in words ("Seven long-tailed tits came").
        let numbers = columns.indices.filter { c in filled[c] == nil && rows.allSatisfy { isNumber($0[c].replacingOccurrences(of: ",", with: "")) } }
        let figures = givenNumbers(in: rest).filter { isNumber($0.replacingOccurrences(of: ",", with: "")) }
        let spelled = numberWords.filter { matches(rest, #"\b"# + $0.key + #"\b"#) }.map(\.value)
        if numbers.count == 1, figures.count == 1 {
            filled[numbers[0]] = figures[0]
        } else if numbers.count == 1, figures.isEmpty, spelled.count == 1, let n = spelled.first {
            filled[numbers[0]] = String(n)
        }
        for (c, cell) in madeBy(columns, task: task) where filled[c] == nil { filled[c] = cell }
        return filled
    }

    /// A work and who made it as the task writes them ("Hamnet by Maggie O'Farrell": fresh25
    /// 2603, whose title cell was asked and came back as both), by column: the work in the
    /// first column, the maker in the one whose header says who made it ("Author",
    /// "Director", …). Empty unless the task writes one such pair of names.
    static func madeBy(_ columns: [String], task: String) -> [Int: String] {
        let makers: Set<String> = [
            "author", "writer", "by", "director", "artist", "band", "composer", "creator", "maker", "illustrator", "singer", "poet",
        ]
        guard let maker = columns.indices.first(where: { !Set(words(of: columns[$0])).isDisjoint(with: makers) }), maker != 0 else { return [:] }
        let names = namePhrases(task)
        // (Not with a sentence's first word: "Add Past Lives by …" is "Past Lives".)
        let all = names.flatMap { work in names.filter { task.contains(work + " by " + $0) }.map { (work, $0) } }
        let pairs = all.filter { p in !all.contains { $0.1 == p.1 && $0.0 != p.0 && p.0.hasSuffix(" " + $0.0) } }
        guard pairs.count == 1, let (work, by) = pairs.first else { return [:] }
        return [0: work, maker: by]
    }

    /// `day` and `month` written as every cell of `column` writes a date: a day and a month's
    /// name, either way round, short ("Jan") or whole, without a weekday or a year; else as
    /// `dateFormat` writes the last cell, with the year `text` gives, else the last cell's.
    static func writtenLike(_ column: [String], day: Int, month: Int, in text: String) -> String? {
        let mentions = column.map { cell in dateMentions(in: cell).first.flatMap { $0.range == cell.startIndex..<cell.endIndex ? ($0, cell) : nil } }
        if mentions.allSatisfy({ $0?.0.monthName != nil && $0?.0.weekday == nil }), let (m, cell) = mentions.last ?? nil, let name = m.monthName {
            let whole = monthNames[month - 1]
            let short = cell[name].count <= 4
            let written = short ? String(whole.prefix(3)).capitalized : whole.capitalized
            return m.dayDigits.lowerBound < name.lowerBound ? "\(day) \(written)" : "\(written) \(day)"
        }
        guard let last = column.last, let format = dateFormat(last), column.allSatisfy({ dateFormat($0) != nil }) else { return nil }
        let year = (values(#"\b20\d\d\b"#, in: text).first ?? values(#"\b\d{4}\b"#, in: last).first).flatMap { Int($0) }
        return year.map { format([$0, month, day]) }
    }
}
