import Foundation
import StewardTools

/// A Python script that sums up one column of a CSV file, written by code (issue 19): the
/// total, the highest or lowest row, the average, the number of rows, the total (or
/// average) per name of another column, highest or lowest first, or the total at a price per
/// unit of the column ("the claim at 45p a mile"). Asked for such a script, the
/// 0.5B model wrote code that parsed and was wrong: `total += kwh` on the cell's text, the
/// "best day" the earliest date (fresh18 1914, 5 of 6 wrong; fresh19 2014, a total per crop, 6
/// of 6). What the task asks is read from its words, the columns from the file's header; any
/// other ask (a group that is no column, a difference, another rate, an argument) and the
/// script is the model's, as before.
extension AgentLoop {
    /// What a task asks of one column: its total, its highest or lowest row, its average, how
    /// many rows.
    struct ColumnAsks: Equatable {
        var total = false
        var highest: String?
        var lowest: String?
        var average = false
        var count = false
        /// The words after "each", "per" or "by" ("each picking …, the kg for each crop"): one
        /// of them a column of names to add up by.
        var groups: [String] = []
        /// Groups listed highest first (true) or lowest first (false).
        var descending: Bool?
        /// A rate the total is paid or charged at ("the claim at 45p a mile": 0.45, "£", "mile",
        /// "claim"): the total times it is printed too.
        var rate: Rate?
        /// How many rows have a value past a figure ("the number of nights I got less than 7
        /// hours": "nights", "<", "7", "less than").
        var threshold: Threshold?
        var isEmpty: Bool { !total && highest == nil && lowest == nil && !average && !count && groups.isEmpty && threshold == nil }
    }

    /// A count of the rows whose value is past a figure.
    struct Threshold: Equatable {
        var rows: String
        var op: String
        var figure: String
        var words: String
    }

    /// A price per unit of a column: its figure in whole units of its currency ("45p" is
    /// "0.45"), the currency's sign, the unit's word and what the product is called.
    struct Rate: Equatable {
        var figure: String
        var sign: String
        var unit: String
        var name: String
    }

    /// The asks of `task`, or nil when it asks anything else of the file (a rate, a difference,
    /// an argument, a sort of rows) or nothing of these. A group ("of each crop", "per
    /// category", "by month") and its order ("highest first") are read first and taken out.
    static func columnAsks(_ task: String) -> ColumnAsks? {
        // The task's words, not its paths' ("spending-by-category.py" asks no "by": fresh25 2614).
        var low = Self.withoutPaths(task).lowercased()
        // A group said only in a sentence that does not ask for the script is none ("… each month
        // I export my daily steps to a CSV … Please write a Python script … that prints …":
        // fresh24 2514, whose "each month" was taken for a group).
        let asking = sentences(task).filter { matches($0.lowercased(), #"\bscript\b|\.py\b|\bprints?\b"#) }
        if !asking.isEmpty {
            for sentence in sentences(task) where !asking.contains(sentence) {
                let said = sentence.lowercased()
                for r in said.ranges(of: #/\b(each|per|by|for every)\s+[a-z]+/#).reversed() {
                    low = low.replacingOccurrences(of: String(said[r]), with: " ")
                }
            }
        }
        var asks = ColumnAsks()
        // "At 45p a mile", "£0.30 per kWh" (fresh20 2114: the claim was left out).
        let price = #"(?:([£$€])\s?(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s?(p|pence|c|cents)\b)\s+(?:a|an|per|each|every|for each|for every)\s+([a-z]+)"#
        if let m = allMatches(price, in: low).first, let r = low.range(of: m[0]) {
            let figure = m[1].isEmpty ? String(format: "%.2f", (Double(m[3]) ?? 0) / 100) : m[2]
            let sign = m[1].isEmpty ? (m[4].hasPrefix("c") ? "€" : "£") : m[1]
            let name = ["claim", "cost", "charge", "pay", "bill", "fare"].first { matches(low, #"\b"# + $0) } ?? "amount"
            asks.rate = Rate(figure: figure, sign: sign, unit: m[5], name: name)
            asks.total = true
            low.replaceSubrange(r, with: " ")
        }
        // "The number of nights I got less than 7 hours", "how many days over 30 degrees" (fresh21
        // 2214: the script printed the average alone).
        // A figure may have thousands commas ("at least 10,000": fresh24 2514, taken as 10), or
        // say its side after it ("10,000 or more").
        // (Not a figure a comma ends: "below 0, with the date": `figurePattern`.)
        let figure = #"[£$€]?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?!\d|,\d)"#
        let past =
            #"\b(?:the number of|how many|count of|count the)\s+([a-z]+)\b[^.?!]{0,40}?\b(less than|fewer than|under|below|short of|more than|over|above|at least|at most)\s+"#
            + figure
        let pastAfter =
            #"\b(?:the number of|how many|count of|count the)\s+([a-z]+)\b[^.?!]{0,40}?\b"# + figure
            + #"\s+(or more|or over|or above|or less|or fewer|or under)\b"#
        let ops = pastWords
        if let m = allMatches(past, in: low).first, let r = low.range(of: m[0]) {
            asks.threshold = Threshold(rows: m[1], op: ops[m[2]] ?? "<", figure: m[3].replacingOccurrences(of: ",", with: ""), words: m[2])
            low.replaceSubrange(r, with: " ")
        } else if let m = allMatches(pastAfter, in: low).first, let r = low.range(of: m[0]) {
            let said = m[3].hasSuffix("more") || m[3].hasSuffix("over") || m[3].hasSuffix("above") ? "at least" : "at most"
            asks.threshold = Threshold(rows: m[1], op: ops[m[3]] ?? ">=", figure: m[2].replacingOccurrences(of: ",", with: ""), words: said)
            low.replaceSubrange(r, with: " ")
        }
        // "Per day" where the rows counted are days ("the average steps per day and how many days
        // …") is each row, no group.
        if let rows = asks.threshold.map({ stem($0.rows) }), ["day", "night"].contains(rows) {
            low = low.replacingOccurrences(of: #"\b(per|each|a) "# + rows + #"\b"#, with: " ", options: .regularExpression)
        }
        // What a row is ("one row per night with the date and the hours": fresh21 2214) is no group.
        low = low.replacingOccurrences(
            of: #"\b(one )?(rows?|lines?|entry|entries|records?) (per|for each|for every|each|a) [a-z]+"#, with: " ", options: .regularExpression)
        while let r = low.range(of: #"\b(each|per|by|for every)\s+[a-z]+"#, options: .regularExpression) {
            asks.groups += String(low[r]).split(separator: " ").last.map { [String($0)] } ?? []
            low.replaceSubrange(r, with: " ")
        }
        // ("… the heaviest at the top": fresh19 2014.)
        let first = #"\b(highest|biggest|largest|heaviest|most|best|top) (first|at the top|on top)\b|\bdescending\b"#
        let last = #"\b(lowest|smallest|lightest|least|fewest) (first|at the top|on top)\b|\bascending\b"#
        if let r = low.range(of: first, options: .regularExpression) {
            asks.descending = true
            low.replaceSubrange(r, with: " ")
        } else if let r = low.range(of: last, options: .regularExpression) {
            asks.descending = false
            low.replaceSubrange(r, with: " ")
        }
        let other =
            #"\b(per|each|every (week|month)|by|group|grouped|argument|arguments|sys\.argv|command line|sort|sorted|order|chart|plot|graph|json|between|difference|differences|divided|times|multiplied|percent|percentage|ratio|pace|rate|since|until|overdue|due)\b"#
        guard low.range(of: other, options: .regularExpression) == nil, !asks.groups.isEmpty || asks.descending == nil else { return nil }
        // ("How much deposit we're holding for them": fresh30 3114.)
        asks.total = matches(low, #"\b(total|totals|altogether|sum|added up|add up|adds up|in all|how much)\b"#)
        let word = { (pattern: String) in
            low.range(of: pattern, options: .regularExpression).map { String(low[$0]).trimmingCharacters(in: .whitespaces) }
        }
        asks.highest = word(
            #"\b(best|highest|biggest|largest|maximum|wettest|hottest|warmest|sunniest|busiest|longest|heaviest|greatest|most(?! recent))\b"#)
        asks.lowest = word(#"\b(lowest|least|smallest|fewest|worst|minimum|coldest|driest|shortest|lightest|cheapest|quietest)\b"#)
        asks.average = matches(low, #"\b(average|mean)\b"#)
        asks.count = matches(
            low,
            #"\b(how many|the number of) (days|rows|entries|readings|records|lines|times|rounds|runs|sessions|games|matches|visits|loans|items|books)\b"#
        )
        return asks.isEmpty ? nil : asks
    }

    /// The Python script for `asks` of the one number column of the CSV `text` at `path` the
    /// task names (by a word of its header), or its only one, read by its header's name
    /// (`csv.DictReader`: `row.get('kg')` says what it reads); each row named by its first
    /// column that is not a number. Nil when the file has no header, quotes, or no such column,
    /// or when the task names another column or a value in one (a filter). A `.tsv` file's
    /// columns are parted by tabs (fresh32 3314, an egg log).
    static func columnScript(_ asks: ColumnAsks, task: String, path: String, text: String) -> String? {
        let tabs = path.lowercased().hasSuffix(".tsv")
        // (Or JSON records: "… goes through cleans-2033-04.json … and prints how many kilos …
        // altogether and the biggest haul", fresh33 3414, whose model-written script looped over
        // the object's keys.)
        let table: [[String]]
        if path.lowercased().hasSuffix(".json") {
            guard let records = ConvertFile.rows(json: text), records.count >= 2 else { return nil }
            table = records
        } else {
            let lines = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            guard lines.count >= 2, !text.contains("\"") else { return nil }
            table = lines.map { $0.components(separatedBy: tabs ? "\t" : ",") }
        }
        let header = table[0]
        guard !header.contains(where: { $0.contains(where: \.isNumber) && Double(number($0)) != nil }),
            let reader = recordsReader(path: path, text: text)
        else { return nil }
        let rows = Array(table.dropFirst())
        guard rows.allSatisfy({ $0.count == header.count }) else { return nil }
        let numeric = header.indices.filter { i in rows.allSatisfy { Double(number($0[i])) != nil } }
        // The task's words, not its paths' ("harvest-2026.csv" says no "2026").
        let pathsSaid = Coaching.paths(in: task) + fileNames(in: task)
        // (A unit said in full names its column's short one: "how many kilos" is `kg`, fresh33
        // 3414.)
        let units = [
            "kilo": "kg", "kilogram": "kg", "gram": "g", "litre": "l", "liter": "l", "metre": "m", "meter": "m", "kilometre": "km", "kilometer": "km",
        ]
        var said = Set(words(of: pathsSaid.reduce(task) { $0.replacingOccurrences(of: $1, with: " ") }).map(stem))
        said.formUnion(said.compactMap { units[$0] })
        // A rate's unit names its column ("45p a mile": miles). Not a column the task says is
        // not the one ("the highest number of lengths in one swim (lengths, not minutes)":
        // fresh31 3214).
        let low = withoutPaths(task).lowercased()
        let named = numeric.filter { i in
            asks.rate.map { words(of: header[i]).map(stem).contains(stem($0.unit)) } ?? !Set(words(of: header[i]).map(stem)).isDisjoint(with: said)
        }.filter { i in
            !words(of: header[i]).contains { matches(low, #"\bnot\s+(?:the\s+|its\s+)?"# + NSRegularExpression.escapedPattern(for: $0) + #"\b"#) }
        }
        if asks.rate != nil, named.count != 1 { return nil }
        guard let column = named.count == 1 ? named.first : numeric.count == 1 ? numeric.first : nil else { return nil }
        // The group's column: its header is a group's word ("crop" of "each crop"); none,
        // and the ask is not one of these ("per litre", "by month" of a date column).
        let grouped =
            asks.groups.isEmpty
            ? nil
            : Set(asks.groups.flatMap { g in header.indices.filter { !numeric.contains($0) && words(of: header[$0]).map(stem).contains(stem(g)) } })
        if let grouped, grouped.count != 1 { return nil }
        let label = grouped?.first ?? header.indices.first { !numeric.contains($0) }
        // A filter on another column is an ask of its own ("the pages of the books marked
        // finished", "with a finished column saying yes or no": fresh11 1214).
        // (Not a column named where the task names them all: "each picking … has its date, crop
        // and kg", fresh19 2014, says what the file holds.)
        let others = header.indices.filter { !numeric.contains($0) && $0 != label }
        let describes = header.allSatisfy { h in !Set(words(of: h).map(stem)).isDisjoint(with: said) }
        // A value is a filter said where the script is asked for ("Work pays 45p a mile for driving
        // to clients. Please write a Python script …": fresh20 2114 is no filter on "client visit").
        let asking = sentences(task).filter { matches($0.lowercased(), #"\bscript\b|\.py\b|\bprints?\b"#) }
        let askingWords = pathsSaid.reduce(asking.joined(separator: " ")) { $0.replacingOccurrences(of: $1, with: " ") }
        let askingSaid = asking.isEmpty ? said : Set(words(of: askingWords).map(stem))
        let common = Set(commonWords.map(stem))
        let headerWords = others.flatMap { i in describes ? [] : words(of: header[i]) }.filter { $0.count > 2 }.map(stem)
        // One value of another column the task says whole, where the script is asked for ("the
        // number of LPs and the total paid for them" of a format column of LP, EP and single:
        // fresh28 2914, whose script added up every record): those rows alone.
        let plain: Set<String> = ["no", "yes", "ok", "in", "on", "at", "to", "of", "a", "an", "is", "it", "or", "and", "y", "n"]
        var hits: [(column: Int, value: String)] = []
        for i in others {
            let values = Set(rows.map { $0[i].trimmingCharacters(in: .whitespaces) }).filter { !$0.isEmpty && !plain.contains($0.lowercased()) }
            // (A short value's plural too: "LPs" of "LP".)
            for v in values.sorted()
            where words(of: v).count == 1 && (askingSaid.contains(stem(v.lowercased())) || askingSaid.contains(v.lowercased() + "s")) {
                hits.append((i, v))
            }
        }
        let filter =
            hits.count == 1 && rows.contains(where: { $0[hits[0].column].trimmingCharacters(in: .whitespaces) != hits[0].value }) ? hits.first : nil
        let valueWords = others.filter { $0 != filter?.column }.flatMap { i in rows.flatMap { words(of: $0[i]) } }.filter {
            $0.count > 2 && $0.contains(where: \.isLetter)
        }.map(stem)
        let (blank, spent) = blankFilter(task, header: header, rows: rows, among: others)
        guard Set(headerWords).subtracting(common).isDisjoint(with: said.subtracting(spent)),
            Set(valueWords).subtracting(common).isDisjoint(with: askingSaid)
        else {
            return nil
        }
        let name = header[column].trimmingCharacters(in: .whitespaces)
        let rowName = label.map { header[$0].trimmingCharacters(in: .whitespaces) } ?? "row"
        let quoted = { (s: String) in "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'" }
        // The records read as `Recipe+shareScript` reads them, a cell as text whatever its kind,
        // each read by its key (`row.get('kg')` says what it reads).
        var code =
            reader.code + """


                def figure(cell):
                    return float(cell.strip().lstrip('£$€').replace(',', ''))


                def shown(value):
                    return ('%.2f' % value).rstrip('0').rstrip('.')


                def text(value):
                    if isinstance(value, bool):
                        return 'true' if value else 'false'
                    return '' if value is None else str(value).strip()


                rows = []
                for row in records:
                    cell = text(row.get(\(quoted(header[column]))))
                    if cell\(filter.map { " and text(row.get(\(quoted(header[$0.column])))) == \(quoted($0.value))" } ?? "")\(blank.map { " and not text(row.get(\(quoted(header[$0]))))" } ?? ""):
                        rows.append((\(label.map { "text(row.get(\(quoted(header[$0]))))" } ?? "str(len(rows) + 1)"), figure(cell)))

                """
        // A column's name after a figure says its unit ("2.5 kg"); not one that says only what the
        // figure is ("175.9 amount": fresh25 2614).
        let what: Set<String> = ["amount", "total", "cost", "price", "value", "spent", "spend", "paid", "sum", "money", "fee", "fees", "figure"]
        let unit = what.contains(name.lowercased()) ? "''" : quoted(" " + name)
        if grouped != nil {
            let figures = asks.average ? "{name: sums[name] / counts[name] for name in sums}" : "sums"
            let order =
                asks.descending.map { "sorted(figures.items(), key=lambda kv: kv[1], reverse=" + ($0 ? "True" : "False") + ")" } ?? "figures.items()"
            code += """
                sums = {}
                counts = {}
                for name, value in rows:
                    sums[name] = sums.get(name, 0) + value
                    counts[name] = counts.get(name, 0) + 1
                figures = \(figures)
                for name, value in \(order):
                    print(name + ': ' + shown(value) + \(unit))

                """
            if matches(task, #"\b(overall|altogether|grand total|in all|all together)\b"#) {
                code += "print('Total ' + \(quoted(name)) + ': ' + shown(sum(v for _, v in rows)))\n"
            }
            return code
        }
        if asks.total { code += "print('Total ' + \(quoted(name)) + ': ' + shown(sum(v for _, v in rows)))\n" }
        if let rate = asks.rate {
            let title = rate.name.prefix(1).uppercased() + rate.name.dropFirst()
            let says = quoted(title + " at " + rate.sign + rate.figure + " per " + rate.unit + ": " + rate.sign)
            code += "print(" + says + " + '%.2f' % (sum(v for _, v in rows) * \(rate.figure)))\n"
        }
        if let word = asks.highest {
            code += "top = max(rows, key=lambda r: r[1])\n"
            code +=
                "print(\(quoted(word.prefix(1).uppercased() + word.dropFirst() + " " + rowName + ": ")) + top[0] + ' (' + shown(top[1]) + \(unit) + ')')\n"
        }
        if let word = asks.lowest {
            code += "bottom = min(rows, key=lambda r: r[1])\n"
            code +=
                "print(\(quoted(word.prefix(1).uppercased() + word.dropFirst() + " " + rowName + ": ")) + bottom[0] + ' (' + shown(bottom[1]) + \(unit) + ')')\n"
        }
        if asks.average { code += "print('Average ' + \(quoted(name)) + ': ' + shown(sum(v for _, v in rows) / max(len(rows), 1)))\n" }
        if asks.count {
            let says = blank.map { "Rows with no " + header[$0].trimmingCharacters(in: .whitespaces) + ": " } ?? "Rows: "
            code += "print(\(quoted(says)) + str(len(rows)))\n"
        }
        // "The number of LPs": how many rows of the value.
        if let filter, !asks.count, matches(task.lowercased(), #"\b(how many|number of)\b"#) {
            code += "print(\(quoted(filter.value + ": ")) + str(len(rows)))\n"
        }
        if let t = asks.threshold {
            let says = quoted(t.rows.prefix(1).uppercased() + t.rows.dropFirst() + " with " + name + " " + t.words + " " + t.figure + ": ")
            code += "print(\(says) + str(sum(1 for _, v in rows if v \(t.op) \(t.figure))))\n"
        }
        return code
    }

    /// The column whose empty cells are the rows the task asks about, and the stems of the words
    /// that said so: a column empty in some rows and not others, whose word the task says
    /// negated ("not yet returned", "unpaid") or empty ("an empty returned column"), or the
    /// only such column where the task says the rows are still out ("how many games are out",
    /// "on loan": fresh30 3114, whose script counted every loan). (nil, []) when none.
    static func blankFilter(_ task: String, header: [String], rows: [[String]], among columns: [Int]) -> (column: Int?, words: Set<String>) {
        let low = withoutPaths(task).lowercased()
        let partly = columns.filter { i in
            rows.contains { $0[i].trimmingCharacters(in: .whitespaces).isEmpty }
                && rows.contains { !$0[i].trimmingCharacters(in: .whitespaces).isEmpty }
        }
        // (Its words spent wherever they are said: "a loan with an empty returned column is
        // still out … how many games are out right now".)
        let out = #"\b(?:still out|(?:are|is) (?:still )?out|out (?:right )?now|currently out|on loan|outstanding|not (?:yet )?back)\b"#
        let outWords = allMatches(out, in: low).flatMap { words(of: $0[0]).map(stem) }
        for i in partly {
            for word in words(of: header[i]) where word.count >= 4 {
                let root = NSRegularExpression.escapedPattern(for: String(stem(word).prefix(5)))
                let negated = #"(?:\bnot\s+|n't\s+|\bnever\s+|\bun)(?:(?:yet|been|be|have|had|got)\s+){0,2}"# + root + "[a-z]*"
                let empty = #"\b(?:empty|blank|no)\s+"# + root + "[a-z]*"
                let said = allMatches(negated + "|" + empty, in: low).flatMap { words(of: $0[0]).map(stem) }
                if !said.isEmpty { return (i, Set(said + outWords)) }
            }
        }
        guard partly.count == 1, !outWords.isEmpty else { return (nil, []) }
        return (partly[0], Set(outWords))
    }

    /// A cell's figure as text, its currency, percent sign and thousands commas left out.
    /// ("nan" and "inf" are no figures.)
    private static func number(_ cell: String) -> String {
        let t = cell.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "£$€%"))
        return t.contains(where: \.isNumber) ? t : "-"
    }
}
