import Foundation
import StewardTools

/// A Python script that counts a file's records still out and the different people (or
/// things) they are with, written by code (issue 19, fresh29 3014: "prints how many books are
/// still out and how many different people have them" of a JSON loan log whose loans each have
/// "returned": null or a date; the 0.5B model counted every loan's borrower). The records are
/// CSV (or TSV) rows or JSON records, as `ConvertFile.rows(of:text:)` reads them.
extension AgentLoop {
    /// The script, or nil unless the task asks how many records are out (`blankFilter`: a
    /// column empty in some records, "not yet returned", "still out") and how many "different"
    /// (or distinct, unique) ones of a column: the one its next word names ("borrowers"), or,
    /// said as people, the one column of names.
    static func outScript(_ task: String, path: String, text: String) -> String? {
        let low = withoutPaths(task).lowercased()
        let asked: [[String]] = allMatches(#"\b(?:different|distinct|unique|separate)\s+([a-z]+)"#, in: low)
        guard matches(low, #"\b(how many|number of)\b"#), let rows = ConvertFile.rows(of: path, text: text), let header = rows.first,
            rows.count >= 3, rows.allSatisfy({ $0.count == header.count }), let first = asked.first, first.count > 1
        else { return nil }
        let said = first[1]
        let body = Array(rows.dropFirst())
        guard let blank = blankFilter(task, header: header, rows: body, among: Array(header.indices)).column else { return nil }
        let people: Set<String> = ["people", "persons", "members", "friends", "folk", "names", "borrowers", "neighbours", "players"]
        let isName = { (cell: String) in cell.wholeMatch(of: #/[A-Z][a-z]+(?: [A-Z][a-z]+)?/#) != nil }
        let named = header.indices.filter { c in c != blank && words(of: header[c]).contains { saysColumn(said, $0) } }
        // (Whose names come again: people have several, a book's title is its own.)
        let names = header.indices.filter { c in
            c != blank && body.allSatisfy { isName($0[c].trimmingCharacters(in: .whitespaces)) } && Set(body.map { $0[c] }).count < body.count
        }
        guard let column = named.count == 1 ? named.first : people.contains(said) && names.count == 1 ? names.first : nil,
            let (reader, _) = recordsReader(path: path, text: text)
        else { return nil }
        let quoted = pythonQuoted
        return reader + """

            out = [r for r in records if not str(r.get(\(quoted(header[blank]))) or '').strip()]
            print(\(quoted("Still out (no " + header[blank] + "): ")) + str(len(out)))
            print(\(quoted("Different " + (named.isEmpty ? said : header[column]) + ": ")) + str(len({str(r.get(\(quoted(header[column]))) or '').strip() for r in out})))

            """
    }
}
