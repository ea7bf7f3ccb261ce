import Foundation
import StewardTools

/// Of a CSV's rows, those a conversion asks for, with the columns it names (issue 19): "just
/// the confirmed ones, with the guest, the arrival date and how many nights", of a bookings CSV
/// whose "status" column says "confirmed" or "cancelled". Measured (fresh24 2512): `convert_file`
/// wrote every row and column, the cancelled bookings too.
extension AgentLoop {
    /// `rows` (the header first) cut to what the task asks: the rows whose cell in the one
    /// column of few values (two to five words, each a word) is the one of them the task says
    /// (after "just" or "only" when it says several: "cancelled ones included; please convert
    /// just the confirmed bookings"), and the columns whose names the task says (two or more,
    /// not all; by their first five letters: "arrival" for "arrive"), in the file's order. Nil
    /// when the task picks neither rows nor columns. A row with a cell saying what the task
    /// leaves out goes.
    static func askedRows(_ task: String, _ rows: [[String]]) -> [[String]]? {
        guard let header = rows.first, rows.count >= 3, rows.allSatisfy({ $0.count == header.count }) else { return nil }
        let body = Array(rows.dropFirst())
        let said = Coaching.taskWords(in: task)
        let prefixes = Set(said.filter { $0.count >= 4 }.map { String($0.prefix(5)) })
        // The columns named: as the task lists them, else each whose name it says, not in what it
        // says it does not need ("I don't need the distances or positions").
        var columns = Array(header.indices)
        let unwanted = unwanted(task)
        // (Listed and not each found, all of them: fresh18 1912.)
        let listed = columnNames(task) != nil
        let named =
            listed
            ? listedColumns(task, header: header, body: body) ?? []
            : header.indices.filter { i in
                let w = words(of: header[i])
                return !w.isEmpty
                    && w.allSatisfy {
                        $0.count >= 3 && (prefixes.contains(String($0.prefix(5))) || said.contains($0)) && !unwanted.contains(String($0.prefix(5)))
                    }
            }
        if named.count >= 2, named.count < header.count { columns = named }
        // The rows by a value said.
        var kept = body
        for c in header.indices {
            let values = Set(body.map { $0[c].lowercased() })
            guard (2...5).contains(values.count), values.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isLetter) }) else { continue }
            // (Not one said as left out: "leaving out the removed plum", fresh26 2712, kept the plum alone.)
            var picked = values.filter { said.contains($0) && !unwanted.contains(String($0.prefix(5))) }
            if picked.count > 1 {
                let low = " " + said.joined(separator: " ") + " "
                picked = picked.filter {
                    low.contains(" just the \($0) ") || low.contains(" only the \($0) ") || low.contains(" just \($0) ")
                        || low.contains(" only \($0) ")
                }
            }
            guard picked.count == 1, let value = picked.first else { continue }
            kept = body.filter { $0[c].lowercased() == value }
            // The column that only says what every row kept says goes, unless named.
            if columns.count == header.count { columns.removeAll { $0 == c } }
            break
        }
        // Not a row whose cell says what the task leaves out ("leaving out the removed plum", "skip
        // any tree marked as removed": fresh26 2712), unless that is every row.
        let leftOut = kept.filter { row in
            row.contains { cell in words(of: cell).contains { $0.count >= 4 && unwanted.contains(String($0.prefix(5))) } }
        }
        if !leftOut.isEmpty, leftOut.count < kept.count { kept.removeAll { leftOut.contains($0) } }
        guard kept.count < body.count || columns.count < header.count, !kept.isEmpty else { return nil }
        return ([header] + kept).map { row in columns.map { row[$0] } }
    }

    /// The columns of `header` the task lists (`columnNames`: "with columns for the race, the
    /// date and the finish time"), in its order: each the one whose name shares a word with the
    /// listed name (by their first five letters), else whose few values it says ("home or
    /// away"); one listed name left, the first column naming each record (its cells all words,
    /// each row's its own) when no other took it ("the race" of a race's "name"). Nil unless
    /// each listed name has its own column.
    static func listedColumns(_ task: String, header: [String], body: [[String]]) -> [Int]? {
        guard let listed = columnNames(task) else { return nil }
        let stems = { (s: String) in Set(words(of: s).filter { $0.count >= 3 }.map { String($0.prefix(5)) }) }
        var picked: [Int?] = listed.map { name in
            let hits = header.indices.filter { !stems(header[$0]).isDisjoint(with: stems(name)) }
            if hits.count == 1 { return hits[0] }
            // Else the column whose few values the name says ("home or away" of a "venue"
            // column of "home" and "away": fresh18 1912).
            let said = Set(words(of: name))
            let valued = header.indices.filter { c in
                let values = Set(body.map { $0[c].lowercased() })
                return (2...5).contains(values.count) && values.allSatisfy { !$0.isEmpty && said.contains($0) }
            }
            return valued.count == 1 ? valued[0] : nil
        }
        let left = picked.indices.filter { picked[$0] == nil }
        if left.count == 1 {
            let naming = header.indices.first { c in
                body.allSatisfy { $0[c].contains(where: \.isLetter) } && Set(body.map { $0[c] }).count == body.count
            }
            if let naming, !picked.contains(naming) { picked[left[0]] = naming }
        }
        let columns = picked.compactMap { $0 }
        return columns.count == listed.count && Set(columns).count == columns.count ? columns : nil
    }
}
