import Foundation
import StewardTools

/// One row's person swapped for another in a table, by code (issue 19, fresh32 3302: "give
/// Wednesday's washing-up to Iris instead of Leo", "Iris takes over Wednesday's washing-up"
/// in a tab-separated chore chart of day, chore and who; planned as an append, the task's
/// words were added as a row, and asked for the line, the 0.5B model changed Wednesday's bins).
/// The row is the one whose other cells the task's clause with the new name all says.
extension AgentLoop {
    /// The edit of the row of the table `text` (at `path`, one `ConvertFile.rows(of:text:)`
    /// reads) whose name cell the task gives another name of its column: in one clause of the
    /// task (to a ".", ";", "!", "?" or ","), a name the column has and the row has not, every
    /// other cell of the row with letters said there (a day's plural too: "on Wednesdays"),
    /// and not the name said after "instead of" or "rather than". Nil unless one row and one
    /// name are so.
    static func tableRowSwap(_ task: String, path: String, in text: String) -> LineEdit? {
        guard let rows = ConvertFile.rows(of: path, text: text), let header = rows.first, rows.count >= 3,
            rows.allSatisfy({ $0.count == header.count })
        else { return nil }
        let body = rows.dropFirst().map { $0.map { $0.trimmingCharacters(in: .whitespaces) } }
        // A column of names: each cell one or two capitalised words, some said more than once.
        // (Not a weekday's or a month's: "Monday", "Tuesday" of a day column.)
        let isName = { (cell: String) in
            cell.wholeMatch(of: #/[A-Z][a-z]+(?: [A-Z][a-z]+)?/#) != nil && !weekdayNames.contains(cell.lowercased())
                && !monthNames.contains(cell.lowercased())
        }
        let nameColumns = header.indices.filter { c in
            body.allSatisfy { isName($0[c]) } && Set(body.map { $0[c] }).count < body.count
        }
        guard nameColumns.count == 1, let column = nameColumns.first else { return nil }
        let names = Set(body.map { $0[column] })
        var found: [(row: Int, new: String)] = []
        for clause in withoutPaths(task).components(separatedBy: CharacterSet(charactersIn: ".;!?,")) {
            let said = Set(words(of: clause).map(stem))
            let instead = allMatches(#"\b(?:instead of|rather than|in place of)\s+([A-Z][a-z]+)"#, in: clause).map { $0[1] }
            let given = names.filter { standsAlone($0, in: clause) && !instead.contains($0) }
            for r in body.indices {
                let others = body[r].indices.filter { $0 != column && body[r][$0].contains(where: \.isLetter) }
                guard !others.isEmpty,
                    others.allSatisfy({ c in
                        words(of: body[r][c]).filter { $0.count >= 3 }.allSatisfy { said.contains(stem($0)) }
                    })
                else { continue }
                let new = given.filter { $0 != body[r][column] }
                if new.count == 1, let name = new.first { found.append((r, name)) }
            }
        }
        guard found.count == 1, let hit = found.first else { return nil }
        let old = body[hit.row][column]
        // The file's own line: the one with the row's cells in order.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let own = lines.filter { line in
            var from = line.startIndex
            return body[hit.row].allSatisfy { cell in
                guard let r = line.range(of: cell, range: from..<line.endIndex) else { return false }
                from = r.upperBound
                return true
            }
        }
        guard own.count == 1, let line = own.first else { return nil }
        return LineEdit(old: line, new: replacingWord(old, with: hit.new, in: line), word: false)
    }
}
