import Foundation
import StewardJSON
import StewardTools

/// A new row for a CSV log (issue 19), made by code from the task's date and figures when the
/// task does not write the row out ("I filled the car up today, the twelfth of May: 38.5 litres
/// for 67.40 euros, and the odometer said 52,310 km"): the date in the column's own format, each
/// number in the column named next to it in the task, else in the columns' order. Measured
/// (fresh12 1303): asked for the row, the 0.5B model wrote "2026-05-38,38.5,67.40 euros,52,310
/// km"; asked again for words of the task, it added "38.5 litres for 67.40 euros, and the
/// odometer said 52,310 km" under the header's columns.
extension AgentLoop {
    /// A CSV log's new row as code makes it: the cells of its date and number columns, and
    /// which columns hold words (`words`, their cells empty here).
    struct CSVRow {
        var columns: [String]
        var cells: [String]
        var words: [Int]
        /// The header and the last rows, as the file has them.
        var shown: [String]
        /// Between the cells: a comma, or the tab of a TSV (fresh29 3003) or a semicolon.
        var separator: Character = ","

        /// The row as the file writes its rows.
        var line: String { cells.joined(separator: String(separator)) }
    }

    /// The row for `text` (a CSV file: a header without digits, two rows at least, each with as
    /// many cells), or nil: nil when a column holds words (not a date or a number), the task
    /// gives no date for a date column, or its numbers are not as many as the number columns.
    static func csvRecord(_ task: String, in text: String, now: Date = Date()) -> String? {
        guard let row = csvCells(task, in: text, now: now), row.words.isEmpty else { return nil }
        return row.line
    }

    /// The row for `text` (as `csvRecord`), with the cells of its columns of words asked of the
    /// model (fresh13 1403: "On 3 June 2026 I paid 412.80 EUR at Tegelhuis for the bathroom
    /// floor tiles", asked as a line, came back "2026-06-03,412.80 EUR,Tegelhuis,Bathroom floor
    /// tiles", the columns out of order): one string property per column, each answer words of
    /// the task; nil when one is not, or the columns are all words.
    func csvRow(_ task: String, path: String, in text: String, words: String, _ state: inout LoopState) async -> String? {
        guard var row = Self.csvCells(words, in: text) else { return nil }
        guard !row.words.isEmpty else { return row.line }
        guard row.words.count < row.columns.count else { return nil }
        // Only the header is shown (measured: shown the last rows, the 0.5B model answered one of
        // them, "bathroom taps", "Sanitair Plus"); a column with no figures in its rows gets none
        // (it answered "412.80 EUR" for the item).
        let figures = Set(
            row.words.filter { c in row.shown.dropFirst().contains { Self.cell(c, of: $0, separator: row.separator).contains(where: \.isNumber) } })
        // A column of a few values, each said again ("yes", "no" for gift_aid): one of them
        // (fresh16 1703: asked for words of the task, the 0.5B model answered "GBP" and "£").
        let rows = Self.csvLog(text)?.rows ?? []
        var choices: [Int: [String]] = [:]
        for c in row.words {
            let values = rows.map { $0[c].trimmingCharacters(in: .whitespaces) }
            let distinct = values.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            if distinct.count <= 3, distinct.count < values.count, distinct.allSatisfy({ !$0.isEmpty && Self.wordCount($0) <= 2 }) {
                choices[c] = distinct
            }
        }
        // A yes-or-no column the task names is said by code: "no" after a "not", "no" or
        // "without" just before its words, else "yes" (fresh16 1703: "with Gift Aid" was
        // answered "no").
        for (c, values) in choices {
            guard let answer = Self.yesOrNo(row.columns[c], values: values, in: words) else { continue }
            row.cells[c] = answer
            choices[c] = nil
            row.words.removeAll { $0 == c }
        }
        guard !row.words.isEmpty else { return row.line }
        let asked = row.words.map { row.columns[$0] }
        let q = FormQuestion(
            // (The file's own kind: asked of a "CSV file", the 0.5B model answered "CSV" for a
            // TSV's tool column, fresh29 3003.)
            system:
                "You add a row to a \(Self.ending(path).dropFirst().uppercased()) file as the person asks. Write each of these cells of the new row with the task's own words. "
                + "Reply with JSON {" + asked.map { JSONValue.string($0).jsonText + ": CELL" }.joined(separator: ", ") + "}.",
            user: "File \(path) has the columns: " + row.columns.joined(separator: ", ") + "\n\nTask: " + task,
            schema: FormQuestion.object(
                zip(row.words, asked).map { c, name in
                    if let values = choices[c] { return (name, FormQuestion.oneOf(values)) }
                    let pattern = figures.contains(c) ? "^[^,\"\\n]{1,60}$" : "^[^,\"\\n0-9]{1,60}$"
                    return (name, .object(["type": "string", "pattern": .string(pattern), "maxLength": .number(60)]))
                }),
            maxTokens: 16 + 24 * asked.count)
        guard let answer = await form(q, &state) else { return nil }
        // The person's words outside paths ("loans-2029.tsv" is no tool: fresh29 3003).
        let said = Set(Self.words(of: Self.withoutPaths(words)).map(Self.stem))
        for (c, name) in zip(row.words, asked) {
            guard let cell = answer[name]?.string?.trimmingCharacters(in: .whitespaces), !cell.isEmpty,
                choices[c]?.contains(cell) ?? Self.words(of: cell).allSatisfy({ said.contains(Self.stem($0)) })
            else { return nil }
            row.cells[c] = cell
        }
        // A cell that runs on into another's words ("The Salt Path by Raynor Winn" for the title,
        // "Raynor Winn" the author: fresh15 1603) ends before them and the small word that joins them.
        for c in row.words {
            for other in row.words where other != c && !row.cells[other].isEmpty {
                let pattern = #"\s+(?:(?:by|from|of|at|with|for|in)\s+)?"# + NSRegularExpression.escapedPattern(for: row.cells[other]) + "$"
                let cut = row.cells[c].replacingOccurrences(of: pattern, with: "", options: [.regularExpression, .caseInsensitive])
                if !cut.isEmpty { row.cells[c] = cut }
            }
        }
        return row.line
    }

    /// The cell of a yes-or-no column (its `values` a yes and a no: "yes"/"no", "y"/"n",
    /// "true"/"false") whose name's words the task says: the no after "no", "not", "without",
    /// "didn't" or "never" in the three words before them, else the yes; nil when the task does
    /// not say them.
    static func yesOrNo(_ column: String, values: [String], in task: String) -> String? {
        let pairs = [("yes", "no"), ("y", "n"), ("true", "false")]
        guard let (yes, no) = pairs.first(where: { p in Set(values.map { $0.lowercased() }).isSubset(of: [p.0, p.1]) && values.count == 2 }) else {
            return nil
        }
        let name = words(of: column.replacingOccurrences(of: "_", with: " "))
        let said = words(of: task)
        guard !name.isEmpty, said.count >= name.count,
            let at = (0...(said.count - name.count)).first(where: { Array(said[$0..<($0 + name.count)]) == name })
        else { return nil }
        let before = said[max(0, at - 3)..<at]
        // "Gift Aid no" says it after them.
        let after = at + name.count < said.count ? said[at + name.count] : ""
        let negated = ["no", "n", "false"].contains(after) || before.contains { ["no", "not", "without", "didn", "never", "t"].contains($0) }
        let cased = { (v: String) in values.first { $0.lowercased() == v } ?? v }
        return negated ? cased(no) : cased(yes)
    }

    /// `csvRecord`'s row, its columns of words left empty and named in `words`; nil when the
    /// file is no CSV log, or the task gives no date for a date column or not as many numbers
    /// as the number columns.
    static func csvCells(_ task: String, in text: String, now: Date = Date()) -> CSVRow? {
        guard let log = csvLog(text), let last = log.rows.last else { return nil }
        let (columns, rows, dateColumns, numberColumns) = (log.columns, log.rows, log.dates, log.numbers)
        let wordColumns = columns.indices.filter { !dateColumns.contains($0) && !numberColumns.contains($0) && !log.times.contains($0) }
        let lines = text.split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let header = lines[0]
        // A rating's scale is no figure of the row ("four stars out of five": fresh15 1603).
        var rest = figuresForMoney(ordinalDates(task)).replacingOccurrences(
            of: #"\s+out of (\d+|three|four|five|six|seven|eight|nine|ten|twenty|a hundred)\b"#, with: "",
            options: [.regularExpression, .caseInsensitive])
        // (A file's name is no figure of the row: "loans-2028.tsv".)
        for p in Coaching.paths(in: rest) + fileNames(in: rest) { rest = rest.replacingOccurrences(of: p, with: " ") }
        var cells = Array(repeating: "", count: columns.count)
        // The task's dates fill the date columns in order ("borrowed … today (3 May 2029) and
        // it's due back … on 10 May": the date, then the due date); one without a year has the
        // year of the one before it, else of the last row.
        let dates = ExtractFromFile.Kind.dates.find(in: rest)
        guard dates.count >= dateColumns.count else { return nil }
        var year: Int?
        for (d, found) in zip(dateColumns, dates) {
            guard let key = dateKey(found) ?? dateKey(found + " 2000"), let format = dateFormat(last[d]) else { return nil }
            rest = rest.replacingOccurrences(of: found, with: " ")
            let own = found.contains(String(key[0])) ? key[0] : year ?? dateKey(last[d]).map { $0[0] } ?? Calendar.current.component(.year, from: now)
            year = own
            cells[d] = format([own, key[1], key[2]])
        }
        // The task's times fill the time columns in order ("in 24:37": fresh30 3103, a parkrun
        // result whose time was taken for two numbers), two digits before the colon where the
        // column writes them so; a place said as an ordinal is its number ("came 41st").
        let times = allMatches(#"(?<![\d:.])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])"#, in: rest).map { $0[0] }
        guard times.count >= log.times.count else { return nil }
        for (c, time) in zip(log.times, times) {
            rest = rest.replacingOccurrences(of: time, with: " ")
            let padded = rows.allSatisfy { $0[c].trimmingCharacters(in: .whitespaces).prefix { $0 != ":" }.count == 2 }
            cells[c] = padded && time.prefix { $0 != ":" }.count == 1 ? "0" + time : time
        }
        rest = rest.replacingOccurrences(of: #"\b(\d+)(?:st|nd|rd|th)\b"#, with: "$1", options: .regularExpression)
        // Commas in a number go, as the columns have none ("52,310 km": 52310).
        let figures = { (text: String) in ExtractFromFile.Kind.numbers.find(in: text).filter { isNumber($0.replacingOccurrences(of: ",", with: "")) }
        }
        var numbers = figures(rest)
        // Too few: the numbers said in words too ("four portions of chilli": fresh14 1503).
        if numbers.count < numberColumns.count, case let worded = figuresForWords(rest), figures(worded).count == numberColumns.count {
            rest = worded
            numbers = figures(rest)
        }
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
        // Written with as many decimals as the column's cells all have ("25" in a column of
        // "20.00", "15.00" is "25.00": fresh16 1703).
        for c in numberColumns where !cells[c].isEmpty {
            let places = Set(rows.map { $0[c].split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0 })
            let own = cells[c].split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
            if places.count == 1, let p = places.first, p > own, let value = Double(cells[c]) { cells[c] = String(format: "%.\(p)f", value) }
        }
        return CSVRow(columns: columns, cells: cells, words: wordColumns, shown: [header] + lines.suffix(3), separator: log.separator)
    }

    /// Whether `line` is a row of the CSV file `text`: as many cells as its header has, a date,
    /// a number and a time where its rows have them.
    /// The row `written` as the task writes it with commas ("2029-05-03, hedge trimmer, Gwen
    /// Morris, due 2029-05-10") in a tab-separated `text`: a part for each column, a part that
    /// starts with its column's name without it ("due"), parted as the file parts its cells;
    /// nil unless it fits the rows (`fitsRow`). (fresh29 3003: asked for the words, the 0.5B
    /// model named the tool "Add".)
    static func rowOfParts(_ written: String, of text: String) -> String? {
        let separator = ConvertFile.separator(of: text)
        guard separator != ",", let header = text.split(separator: "\n").first else { return nil }
        let columns = header.split(separator: separator, omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        var parts = written.components(separatedBy: ", ").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == columns.count, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        for (i, column) in columns.enumerated() where parts[i].lowercased().hasPrefix(column.lowercased() + " ") {
            parts[i] = String(parts[i].dropFirst(column.count + 1))
        }
        let line = parts.joined(separator: String(separator))
        return fitsRow(line, of: text) ? line : nil
    }

    static func fitsRow(_ line: String, of text: String) -> Bool {
        guard let header = text.split(separator: "\n").first else { return false }
        let separator = ConvertFile.separator(of: text)
        let cells = line.split(separator: separator, omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard cells.count == header.split(separator: separator, omittingEmptySubsequences: false).count else { return false }
        // Nor when a date or number column's cell is no date written alike or no number ("3
        // October 2026, Shelter, 25.00 GBP, Gift Aid yes" under "date,charity,amount_gbp,gift_aid":
        // fresh16 1703, added as it stood).
        guard let log = csvLog(text) else { return true }
        return log.dates.allSatisfy { dateFormat(cells[$0]) != nil } && log.numbers.allSatisfy { isNumber(cells[$0]) }
            && log.times.allSatisfy { cells[$0].wholeMatch(of: #/\d{1,2}:\d{2}(:\d{2})?/#) != nil }
    }

    /// A CSV log's columns and rows (a header of names, each with a letter and none a number or
    /// a date; two rows at least, each with as many cells), its date column (every row's cell a
    /// date), number columns and time columns ("24:37", "06:15:00"); nil for none. A name may
    /// hold a digit ("gas_m3": fresh17 1803, whose readings were added as the task's words).
    static func csvLog(_ text: String) -> (
        columns: [String], rows: [[String]], dates: [Int], numbers: [Int], separator: Character, times: [Int]
    )? {
        let lines = text.split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let separator = ConvertFile.separator(of: text)
        guard let header = lines.first, !header.contains("|"), !header.contains("\"") else { return nil }
        let columns = header.split(separator: separator, omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let rows = lines.dropFirst().map { $0.split(separator: separator, omittingEmptySubsequences: false).map(String.init) }
        guard columns.count >= 2, columns.allSatisfy({ $0.contains(where: \.isLetter) && !isNumber($0) && dateFormat($0) == nil }),
            rows.count >= 2, rows.allSatisfy({ $0.count == columns.count })
        else {
            return nil
        }
        let dates = columns.indices.filter { c in rows.allSatisfy { dateFormat($0[c]) != nil } }
        let numbers = columns.indices.filter { c in !dates.contains(c) && rows.allSatisfy { isNumber($0[c]) } }
        let times = columns.indices.filter { c in
            rows.allSatisfy { $0[c].trimmingCharacters(in: .whitespaces).wholeMatch(of: #/\d{1,2}:\d{2}(:\d{2})?/#) != nil }
        }
        return (columns, rows, dates, numbers, separator, times)
    }

    /// Whether `s` is a plain number ("25", "20.00", "-3").
    static func isNumber(_ s: String) -> Bool { s.range(of: #"^-?\d+(\.\d+)?$"#, options: .regularExpression) != nil }

    /// The `c`th cell of a CSV line (no quoting), or "".
    static func cell(_ c: Int, of line: String, separator: Character = ",") -> String {
        let cells = line.split(separator: separator, omittingEmptySubsequences: false)
        return c < cells.count ? String(cells[c]) : ""
    }

    /// `text` with a sum said in words written in figures: "four hundred and twelve euros
    /// eighty" is "412.80 euros", "twenty pounds" "20 pounds" (a number said in words before a
    /// currency only: "the one I…" stays).
    static func figuresForMoney(_ text: String) -> String {
        let currency = ["euro", "euros", "pound", "pounds", "dollar", "dollars", "quid"]
        let tokens = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let bare = tokens.map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        var out: [String] = []
        var i = 0
        while i < tokens.count {
            // A number in words right before a currency word.
            if Int(bare[i]) == nil, let n = number(at: i, in: bare), n.next < tokens.count, currency.contains(bare[n.next]) {
                var amount = String(n.value)
                var next = n.next + 1
                // "… euros eighty": the cents.
                if next < tokens.count, let cents = number(at: next, in: bare), cents.value < 100, Int(bare[next]) == nil {
                    amount += String(format: ".%02d", cents.value)
                    next = cents.next
                    // The punctuation after the cents ("eighty.") goes after the currency.
                    let after = String(tokens[next - 1].reversed().prefix { $0.isPunctuation }.reversed())
                    out += [amount, tokens[n.next].trimmingCharacters(in: .punctuationCharacters) + after]
                } else {
                    out.append(amount)
                    out.append(tokens[n.next])
                }
                i = next
                continue
            }
            out.append(tokens[i])
            i += 1
        }
        return out.joined(separator: " ")
    }

    /// `text` with each number said in words from two on written in figures ("four portions"
    /// → "4 portions"); "one" is left, as often no number ("the one in the freezer").
    static func figuresForWords(_ text: String) -> String {
        let tokens = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let bare = tokens.map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        var out: [String] = []
        var i = 0
        while i < tokens.count {
            if Int(bare[i]) == nil, let n = number(at: i, in: bare), n.value >= 2 {
                let after = String(tokens[n.next - 1].reversed().prefix { $0.isPunctuation }.reversed())
                out.append(String(n.value) + after)
                i = n.next
                continue
            }
            out.append(tokens[i])
            i += 1
        }
        return out.joined(separator: " ")
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
