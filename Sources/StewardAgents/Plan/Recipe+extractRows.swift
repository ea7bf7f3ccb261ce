import Foundation
import StewardTools

/// The rows of a table whose figure is past the one the task says, by code (issue 19, fresh26
/// 2710: "every item worth more than £500 with its value … leaving out anything marked sold",
/// of a tab-separated contents list whose values have no £; the extract recipe found no
/// amounts, and the 0.5B model wrote the whole table back, the sold bike and the £310 coffee
/// machine in it). Each row is written "name: figure", the figure with the currency the task
/// says.
extension AgentLoop {
    /// The words that say on which side of a figure a value is, as Python's operators.
    static let pastWords: [String: String] = [
        "less than": "<", "fewer than": "<", "under": "<", "below": "<", "short of": "<", "cheaper than": "<", "more than": ">",
        "over": ">", "above": ">", "greater than": ">", "dearer than": ">", "at least": ">=", "at most": "<=", "no more than": "<=",
        "or more": ">=", "or over": ">=", "or above": ">=", "or less": "<=", "or fewer": "<=", "or under": "<=",
        // (A score's: "every tea rated 8 or higher", fresh31 3210.)
        "or higher": ">=", "or better": ">=", "and above": ">=", "and over": ">=", "or lower": "<=", "and below": "<=", "and under": "<=",
        "higher than": ">", "lower than": "<",
    ]

    /// A figure as a task writes it: a currency sign, thousands commas.
    static let figurePattern = #"([£$€]?)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?!\d|,\d)"#

    /// The lines "name: figure" of the rows of the table `text` at `path` (CSV, TSV, a
    /// Markdown table, JSON records) whose number column is past the figure the task says
    /// ("worth more than £500", "£500 or more"), not those whose cell says what the task
    /// leaves out ("leaving out anything marked sold"). The column is the one number column
    /// whose header the task says, else the one of money when the figure has a currency, else
    /// the only one that is not years. Nil when the task says no such figure, or no column or
    /// row is found.
    static func rowsPast(_ task: String, path: String, text: String) -> [String]? {
        guard let (header, body) = tableRecords(path, text) else { return nil }
        // "Below freezing" is below 0 (fresh30 3110, a thermometer's log in °C).
        let low = Self.withoutPaths(task).lowercased().replacingOccurrences(
            of: #"\b(below|under|above|over)\s+freezing\b"#, with: "$1 0", options: .regularExpression)
        let sides = pastWords.keys.sorted { $0.count > $1.count }.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")
        let before = allMatches(#"\b("# + sides + #")\s+"# + figurePattern, in: low).first.map { (op: $0[1], sign: $0[2], figure: $0[3]) }
        let after = allMatches(figurePattern + #"\s+("# + sides + #")\b"#, in: low).first.map { (op: $0[3], sign: $0[1], figure: $0[2]) }
        guard let said = before ?? after, let op = pastWords[said.op], let figure = Double(said.figure.replacingOccurrences(of: ",", with: ""))
        else { return nil }
        // The number columns; years ("bought 2023") are no values. A figure may have a unit
        // after it, the same in every row of its column ("-1.2C", "11.0C").
        let unit = { (cell: String) in cell.wholeMatch(of: #/\s*-?[\d.,]+\s*(°?[A-Za-z%]{1,3})\s*/#).map { String($0.output.1) } }
        let units = header.indices.map { c in Set(body.map { unit($0[c]) }).count == 1 ? unit(body[0][c]) : nil }
        let figureOf = { (cell: String, c: Int) in
            Double(
                String(cell.dropLast(units[c]?.count ?? 0)).trimmingCharacters(in: CharacterSet(charactersIn: "£$€ "))
                    .replacingOccurrences(of: ",", with: ""))
        }
        let numeric = header.indices.filter { c in body.allSatisfy { figureOf($0[c], c) != nil } }
        let years = numeric.filter { c in body.allSatisfy { $0[c].count == 4 && (1900...2100).contains(Int($0[c]) ?? 0) } }
        let taskWords = words(of: low)
        let named = numeric.filter { c in words(of: header[c]).contains { w in taskWords.contains { saysColumn($0, w) } } }
        let money: Set<String> = [
            "value", "price", "cost", "amount", "worth", "paid", "gbp", "usd", "eur", "pounds", "dollars", "euros", "fee", "total",
        ]
        let moneyColumns = numeric.filter { c in
            !Set(words(of: header[c])).isDisjoint(with: money) || body.contains { row in row[c].first.map { "£$€".contains($0) } ?? false }
        }
        let candidates = [named, said.sign.isEmpty ? [] : moneyColumns, numeric.filter { !years.contains($0) }]
        guard let column = candidates.first(where: { $0.count == 1 })?.first else { return nil }
        // The row's name: the first column of words, each row's its own; or the columns the
        // task asks for with each ("with its date, time and height": fresh29 3010, a tide table
        // whose rows have no name).
        // Else its date, a log's rows having no other name (fresh30 3110: "each date the minimum
        // dropped below freezing, with how low it got").
        let unique = { (c: Int) in Set(body.map { $0[c] }).count == body.count }
        let name =
            header.indices.first { c in !numeric.contains(c) && body.allSatisfy { $0[c].contains(where: \.isLetter) } && unique(c) }
            ?? header.indices.first { c in
                !numeric.contains(c) && unique(c)
                    && body.allSatisfy { $0[c].wholeMatch(of: #/\d{4}-\d{2}-\d{2}|\d{1,2}[\/.]\d{1,2}[\/.]\d{2,4}/#) != nil }
            }
        let asked = askedColumns(low, header: header).filter { $0 != name }
        guard name != nil || !asked.isEmpty else { return nil }
        let passes = { (v: Double) -> Bool in
            switch op {
            case "<": v < figure
            case "<=": v <= figure
            case ">": v > figure
            default: v >= figure
            }
        }
        // Left out: a row whose cell (in a column of few values) is a word the task leaves out;
        // kept: of such a column's values the task says some of, a row with one.
        let keptByValues = keptBySaidValues(task, header: header, body: body, apart: [column] + (name.map { [$0] } ?? []))
        let kept = body.filter { row in figureOf(row[column], column).map(passes) == true && keptByValues(row) }
        guard !kept.isEmpty, kept.count < body.count else { return nil }
        return kept.map { row in
            let cell = row[column].trimmingCharacters(in: .whitespaces)
            let signed = said.sign.isEmpty || cell.hasPrefix(said.sign) ? cell : said.sign + cell
            guard let name, asked.allSatisfy({ $0 == column }) else {
                let shown = (name.map { [$0] } ?? []) + asked + (asked.contains(column) ? [] : [column])
                return shown.map { $0 == column ? signed : row[$0].trimmingCharacters(in: .whitespaces) }.joined(separator: ", ")
            }
            return row[name] + ": " + signed
        }
    }

    /// Whether the task's word `said` names a column by its header's word `column`: the same
    /// first four letters ("heights" of "height"), or the header's word, three letters or more,
    /// is how the task's starts ("min" of "minimum", "temp" of "temperature").
    static func saysColumn(_ said: String, _ column: String) -> Bool {
        let s = said.lowercased()
        let c = column.lowercased()
        return c.count >= 3 && s.count >= 3 && (s.prefix(4) == c.prefix(4) || s.hasPrefix(c))
    }

    /// The columns of `header` the task (`low`, lowercased) asks for with each row, in its order
    /// ("with its date, time and height"), each by its name (`saysColumn`) or by a question
    /// that stands for it ("each with where it's from and its rating": fresh31 3210, an
    /// `origin:` key).
    static func askedColumns(_ low: String, header: [String]) -> [Int] {
        let found: [[String]] = allMatches(
            #"\bwith ((?:its|their|the|each one's|where)\s+[a-z ,']+?)(?=[.;:!?()]|\s+(?:in|to|into|on)\s|$)"#, in: low)
        guard let first = found.first, first.count > 1 else { return [] }
        let items = first[1].components(separatedBy: ",").flatMap { (part: String) in part.components(separatedBy: " and ") }
        var asked: [Int] = []
        for item in items {
            let saidAs = item.contains(#/\bwhere\b.*\b(from|grown|made)\b/#) ? ["origin", "country", "region"] : []
            let own = saidAs + words(of: item).filter { $0.count >= 3 && !["its", "the", "their", "where"].contains($0) }
            let hits = header.indices.filter { c in words(of: header[c]).contains { w in own.contains { saysColumn($0, w) } } }
            if hits.count == 1, !asked.contains(hits[0]) { asked.append(hits[0]) }
        }
        return asked
    }

    /// The lines "name: other" (or "name") of the rows of the table `text` at `path` whose
    /// cell holds the word the task says they include ("every item whose allergens include
    /// nuts", "everything that contains nuts": fresh27 2810, whose quoted allergens the 0.5B
    /// model wrote back whole), not those whose cell says what it leaves out. The column is the
    /// one whose cells hold the word as a whole word in some rows and not all (the one the
    /// task names, of several); the other is the column the task asks for with each ("with its
    /// baker", "with who baked it"). Nil when the task says no such word or no column is so.
    static func rowsHolding(_ task: String, path: String, text: String) -> [String]? {
        guard let (header, body) = tableRecords(path, text) else { return nil }
        let low = Self.withoutPaths(task).lowercased()
        let said = Set(words(of: low).filter { $0.count >= 4 }.map { String($0.prefix(5)) })
        let verbs = #"(include|includes|including|contain|contains|containing|have|has|having|mention|mentions)"#
        for m in allMatches(#"\b([a-z]+)\s+"# + verbs + #"\s+(?:any\s+)?([a-z][a-z-]{2,})"#, in: low) {
            let word = m[3]
            let holds = { (cell: String) in words(of: cell).contains(word) }
            var columns = header.indices.filter { c in body.contains { holds($0[c]) } && !body.allSatisfy { holds($0[c]) } }
            // Of several, the one named right before the verb ("whose allergens include"), else
            // one with the word as an item of its own ("toxic, irritant", not "Toxic-free fern"),
            // else one the task names.
            let stem = { (c: Int) in Set(words(of: header[c]).map { String($0.prefix(5)) }) }
            let narrowing: [(Int) -> Bool] = [
                { stem($0).contains(String(m[1].prefix(5))) },
                { c in
                    body.contains {
                        $0[c].lowercased().split(whereSeparator: { ",;/".contains($0) }).contains { $0.trimmingCharacters(in: .whitespaces) == word }
                    }
                },
                { !stem($0).isDisjoint(with: said) },
            ]
            for narrow in narrowing where columns.count > 1 {
                let kept = columns.filter(narrow)
                if !kept.isEmpty { columns = kept }
            }
            guard columns.count == 1, let column = columns.first,
                let name = header.indices.first(where: { c in
                    c != column && body.allSatisfy { $0[c].contains(where: \.isLetter) } && Set(body.map { $0[c] }).count == body.count
                })
            else { continue }
            // The other column asked for with each, by its first four letters ("baked" of "baker").
            let with = allMatches(#"\bwith (?:its|their|the|his|her|who|whoever)\s+([a-z]+)"#, in: low).compactMap { m -> Int? in
                let asked = m[1].prefix(4)
                let hits = header.indices.filter { $0 != name && $0 != column && words(of: header[$0]).contains { $0.prefix(4) == asked } }
                return hits.count == 1 ? hits[0] : nil
            }.first
            let unwanted = unwanted(task)
            let kept = body.filter { row in
                holds(row[column]) && !row.contains { cell in words(of: cell).contains { $0.count >= 4 && unwanted.contains(String($0.prefix(5))) } }
            }
            guard !kept.isEmpty else { return nil }
            return kept.map { row in row[name] + (with.map { ": " + row[$0] } ?? "") }
        }
        return nil
    }

    /// The header and the rows of the table `text` at `path` (CSV, TSV, JSON records, a
    /// Markdown table, …: `ConvertFile.rows(of:text:)`), when it has two rows or more, each
    /// with as many cells as the header.
    static func tableRecords(_ path: String, _ text: String) -> (header: [String], body: [[String]])? {
        guard let rows = ConvertFile.rows(of: path, text: text), let header = rows.first, rows.count >= 3,
            rows.allSatisfy({ $0.count == header.count })
        else { return nil }
        return (header, Array(rows.dropFirst()))
    }

    /// Whether a row is kept by what the task says of its columns of two to five values (not
    /// those `apart`): when the task says some of a column's values and not all ("flashed or
    /// redpointed", "every high tide"), a row with one of them; and never a row whose value the
    /// task leaves out ("attempts don't count", "not an attempt").
    static func keptBySaidValues(_ task: String, header: [String], body: [[String]], apart: [Int]) -> ([String]) -> Bool {
        let low = Self.withoutPaths(task).lowercased()
        let cell = { (row: [String], c: Int) in row[c].trimmingCharacters(in: .whitespaces).lowercased() }
        let taskStems = Set(words(of: low).filter { $0.count >= 4 }.map { String($0.prefix(5)) })
        let stems = { (s: String) in Set(words(of: s).filter { $0.count >= 4 }.map { String($0.prefix(5)) }) }
        let few = header.indices.filter { c in !apart.contains(c) && (2...5).contains(Set(body.map { cell($0, c) }).count) }
        let leftOut = unwanted(task).union(allMatches(#"\bnot an? ([a-z]{4,})"#, in: low).map { String($0[1].prefix(5)) })
        let picked = few.filter { c in
            let said = Set(body.map { cell($0, c) }).filter { !stems($0).isDisjoint(with: taskStems) && stems($0).isDisjoint(with: leftOut) }
            return !said.isEmpty && said.count < Set(body.map { cell($0, c) }).count
        }
        return { row in
            picked.allSatisfy { c in !stems(cell(row, c)).isDisjoint(with: taskStems) }
                && few.allSatisfy { c in stems(cell(row, c)).isDisjoint(with: leftOut) }
        }
    }
}
