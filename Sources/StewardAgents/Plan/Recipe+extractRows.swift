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
    ]

    /// A figure as a task writes it: a currency sign, thousands commas.
    static let figurePattern = #"([£$€]?)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d,])"#

    /// The lines "name: figure" of the rows of the table `text` at `path` (CSV, TSV, a
    /// Markdown table, JSON records) whose number column is past the figure the task says
    /// ("worth more than £500", "£500 or more"), not those whose cell says what the task
    /// leaves out ("leaving out anything marked sold"). The column is the one number column
    /// whose header the task says, else the one of money when the figure has a currency, else
    /// the only one that is not years. Nil when the task says no such figure, or no column or
    /// row is found.
    static func rowsPast(_ task: String, path: String, text: String) -> [String]? {
        guard let rows = ConvertFile.rows(of: path, text: text), let header = rows.first, rows.count >= 3,
            rows.allSatisfy({ $0.count == header.count })
        else { return nil }
        let body = Array(rows.dropFirst())
        let low = (Coaching.paths(in: task) + fileNames(in: task)).reduce(task) { $0.replacingOccurrences(of: $1, with: " ") }.lowercased()
        let sides = pastWords.keys.sorted { $0.count > $1.count }.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")
        let before = allMatches(#"\b("# + sides + #")\s+"# + figurePattern, in: low).first.map { (op: $0[1], sign: $0[2], figure: $0[3]) }
        let after = allMatches(figurePattern + #"\s+("# + sides + #")\b"#, in: low).first.map { (op: $0[3], sign: $0[1], figure: $0[2]) }
        guard let said = before ?? after, let op = pastWords[said.op], let figure = Double(said.figure.replacingOccurrences(of: ",", with: ""))
        else { return nil }
        // The number columns; years ("bought 2023") are no values.
        let value = { (cell: String) in
            Double(cell.trimmingCharacters(in: CharacterSet(charactersIn: "£$€ ")).replacingOccurrences(of: ",", with: ""))
        }
        let numeric = header.indices.filter { c in body.allSatisfy { value($0[c]) != nil } }
        let years = numeric.filter { c in body.allSatisfy { $0[c].count == 4 && (1900...2100).contains(Int($0[c]) ?? 0) } }
        let taskStems = Set(words(of: low).filter { $0.count >= 3 }.map { String(stem($0).prefix(5)) })
        let named = numeric.filter {
            !Set(words(of: header[$0]).filter { $0.count >= 3 }.map { String(stem($0).prefix(5)) }).isDisjoint(with: taskStems)
        }
        let money: Set<String> = [
            "value", "price", "cost", "amount", "worth", "paid", "gbp", "usd", "eur", "pounds", "dollars", "euros", "fee", "total",
        ]
        let moneyColumns = numeric.filter { c in
            !Set(words(of: header[c])).isDisjoint(with: money) || body.contains { row in row[c].first.map { "£$€".contains($0) } ?? false }
        }
        let candidates = [named, said.sign.isEmpty ? [] : moneyColumns, numeric.filter { !years.contains($0) }]
        guard let column = candidates.first(where: { $0.count == 1 })?.first else { return nil }
        // The row's name: the first column of words, each row's its own.
        guard
            let name = header.indices.first(where: { c in
                !numeric.contains(c) && body.allSatisfy { $0[c].contains(where: \.isLetter) } && Set(body.map { $0[c] }).count == body.count
            })
        else { return nil }
        // Left out: a row whose cell (in a column of few values) is a word the task leaves out.
        let unwanted = unwanted(task)
        let few = header.indices.filter { c in (2...5).contains(Set(body.map { $0[c].lowercased() }).count) && c != name && c != column }
        let passes = { (v: Double) -> Bool in
            switch op {
            case "<": v < figure
            case "<=": v <= figure
            case ">": v > figure
            default: v >= figure
            }
        }
        let kept = body.filter { row in
            guard let v = value(row[column]), passes(v) else { return false }
            return !few.contains { c in words(of: row[c]).contains { unwanted.contains(String($0.prefix(5))) } }
        }
        guard !kept.isEmpty, kept.count < body.count else { return nil }
        return kept.map { row in
            let cell = row[column].trimmingCharacters(in: .whitespaces)
            let signed = said.sign.isEmpty || cell.hasPrefix(said.sign) ? cell : said.sign + cell
            return row[name] + ": " + signed
        }
    }
}
