import Foundation
import StewardTools

/// The rows of a table at a grade or past it, by code (issue 19, fresh28 2910: "every problem
/// I flashed or redpointed at grade 6B or harder, with its grade" of a JSON logbook, one
/// record per go; the 0.5B model was asked what kind of item to extract and said "emails").
/// A grade is a cell of a column of codes (Font "6B+", "5.10a", "Grade 3"), ordered as the task
/// lists them ("Font grades go 6A, 6A+, 6B") or else by their numbers, then letters, then a
/// "+" above and a "-" below. Each row is written "name (grade)", once.
extension AgentLoop {
    /// The words after a grade that say which side of it a row must be, as the side kept.
    static let gradeSides: [String: Bool] = [
        "harder": true, "higher": true, "above": true, "up": true, "over": true, "tougher": true, "more": true,
        "easier": false, "lower": false, "below": false, "under": false, "less": false,
    ]

    /// The lines "name (grade)" of the rows of the table `text` at `path` whose grade is the one
    /// the task says or past it ("at grade 6B or harder", "6B or above"), keeping only the rows
    /// whose few-valued column holds what the task says of it ("flashed or redpointed") and not
    /// what it leaves out ("attempts don't count", "not an attempt"). Nil when the task says no
    /// grade a column of codes holds, or the rows kept are none or all.
    static func rowsAtGrade(_ task: String, path: String, text: String) -> [String]? {
        guard let (header, body) = tableRecords(path, text) else { return nil }
        let low = Self.withoutPaths(task).lowercased()
        let sides = gradeSides.keys.sorted().joined(separator: "|")
        let cell = { (row: [String], c: Int) in row[c].trimmingCharacters(in: .whitespaces).lowercased() }
        // The column of codes: some cells with a digit and a letter or a sign, not all numbers.
        let coded = header.indices.filter { c in
            body.contains { cell($0, c).contains(where: \.isNumber) } && !body.allSatisfy { Double(cell($0, c)) != nil }
                && body.allSatisfy { cell($0, c).count <= 8 }
        }
        for m in allMatches(#"(?<![\w+.-])([0-9][0-9a-z.]*[+-]?)\s+(?:or|and)\s+("# + sides + #")\b"#, in: low) {
            let said = m[1]
            let columns = coded.filter { c in body.contains { cell($0, c) == said } }
            guard columns.count == 1, let column = columns.first, let keepUp = gradeSides[m[2]] else { continue }
            let order = gradeOrder(stated: low, values: Set(body.map { cell($0, column) }))
            // The row's name: the column of words with the most values (a problem tried twice is
            // named twice).
            let named = header.indices.filter { c in c != column && body.allSatisfy { $0[c].contains(where: \.isLetter) } }
            guard let name = named.max(by: { a, b in Set(body.map { $0[a] }).count < Set(body.map { $0[b] }).count }),
                Set(body.map { $0[name] }).count * 2 > body.count
            else { continue }
            let kept = keptBySaidValues(task, header: header, body: body, apart: [column, name])
            var lines: [String] = []
            for row in body {
                guard let at = order(cell(row, column)), let bound = order(said),
                    keepUp ? !at.lexicographicallyPrecedes(bound) : !bound.lexicographicallyPrecedes(at), kept(row)
                else { continue }
                let line = row[name].trimmingCharacters(in: .whitespaces) + " (" + row[column].trimmingCharacters(in: .whitespaces) + ")"
                if !lines.contains(line) { lines.append(line) }
            }
            return lines.isEmpty || lines.count == body.count ? nil : lines
        }
        return nil
    }

    /// Where a grade stands among `values`: by the order the task lists three or more of them in
    /// one run ("6A, 6A+, 6B, 6B+, 6C"), when it does, else by its parts (numbers as numbers,
    /// "5.10a" above "5.9"), a "+" just above and a "-" just below the grade without.
    static func gradeOrder(stated low: String, values: Set<String>) -> (String) -> [Double]? {
        let tokens = low.split(whereSeparator: { " ,;/<>".contains($0) || $0 == "\n" }).map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: "().:"))
        }
        var run: [String] = []
        var best: [String] = []
        for t in tokens {
            if values.contains(t), !run.contains(t) {
                run.append(t)
            } else if !["then", "to", "and", "or", "->", "→"].contains(t) {
                run = []
            }
            if run.count > best.count { best = run }
        }
        if best.count >= 3 {
            return { v in best.firstIndex(of: v).map { [Double($0)] } }
        }
        return { v in
            var parts: [Double] = []
            let sign: Double = v.hasSuffix("+") ? 1 : v.hasSuffix("-") ? -1 : 0
            for piece in v.split(whereSeparator: { "+-.".contains($0) }) {
                var digits = ""
                for ch in piece {
                    if ch.isNumber {
                        digits.append(ch)
                    } else {
                        if !digits.isEmpty, let n = Double(digits) { parts.append(n) }
                        digits = ""
                        guard let a = ch.asciiValue, ch.isLetter else { return nil }
                        parts.append(1000 + Double(a))
                    }
                }
                if !digits.isEmpty, let n = Double(digits) { parts.append(n) }
            }
            return parts.isEmpty ? nil : parts + [sign]
        }
    }
}
