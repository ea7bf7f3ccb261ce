import Foundation
import StewardJSON
import StewardTools

/// A Python script that counts a file's records, those whose field has the value the task
/// says, and their share as a percentage, written by code (issue 19, fresh26 2714: "prints how
/// many matches I played, how many I won and my win percentage" of a JSON match log whose
/// matches each have "result": "won" or "lost"; shown the file's first three lines, the 0.5B
/// model wrote `if match['result'] == 'win' or …` and then a script that defined `write_file`).
/// The records are CSV (or TSV) rows or JSON records, as `ConvertFile.rows(of:text:)` reads
/// them.
extension AgentLoop {
    /// Past forms a task may say a value by ("win" for "won").
    static let valueForms: [String: Set<String>] = [
        "won": ["win", "wins", "winning"], "lost": ["lose", "loss", "losses", "losing"], "yes": ["attended", "came", "present"],
        "paid": ["pay", "paying"], "done": ["did", "finished", "complete", "completed"],
    ]

    /// The script, or nil unless the task asks a percentage (or rate, share) of one file's
    /// records, says one value of one field of few values (two to five words), and names no
    /// column of figures.
    static func shareScript(_ task: String, path: String, text: String) -> String? {
        let low = Self.withoutPaths(task).lowercased()
        guard matches(low, #"\b(percentage|percent|proportion|share|rate)\b|%"#), let rows = ConvertFile.rows(of: path, text: text),
            let header = rows.first, rows.count >= 3, rows.allSatisfy({ $0.count == header.count })
        else { return nil }
        let body = Array(rows.dropFirst())
        let said = Set(words(of: low))
        // A column of figures the task names asks something else of them (a total, an average).
        let figures = header.indices.filter { c in body.allSatisfy { Double($0[c].trimmingCharacters(in: .whitespaces)) != nil } }
        guard figures.allSatisfy({ words(of: header[$0]).allSatisfy { !said.contains($0) } }) else { return nil }
        let says = { (value: String) in
            said.contains(value) || !said.isDisjoint(with: valueForms[value] ?? [])
                || (value.count >= 5 && said.contains { $0.count >= 4 && $0.prefix(4) == value.prefix(4) })
        }
        let picks = header.indices.flatMap { c -> [(column: Int, value: String)] in
            let values = Set(body.map { $0[c].lowercased() })
            guard (2...5).contains(values.count), values.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isLetter) }) else { return [] }
            return values.filter(says).map { (c, $0) }
        }
        guard picks.count == 1, let pick = picks.first else { return nil }
        let field = header[pick.column]
        let value = body.first { $0[pick.column].lowercased() == pick.value }?[pick.column] ?? pick.value
        let quoted = pythonQuoted
        guard let (reader, named) = recordsReader(path: path, text: text) else { return nil }
        var noun = named
        // What the records are, as the task counts them ("how many matches").
        let counted: String? = Self.allMatches(
            #"\b(?:how many|number of|count of) ([a-z]+)|\b([a-z]+) (?:played|run|entered|taken|logged|in total|in all)\b"#, in: low
        ).first.map {
            $0[1].isEmpty ? $0[2] : $0[1]
        }
        if let counted, counted.count >= 4, !commonWords.contains(counted) {
            noun = counted
        }
        // Its name as the task says it ("my win percentage").
        let rate = allMatches(#"\b([a-z]+) (percentage|percent|rate)\b"#, in: low).first.map { $0[1] }
            .flatMap { ["the", "a", "my", "your", "their", "our", "his", "her"].contains($0) ? nil : $0 }
        let title = { (s: String) in s.prefix(1).uppercased() + s.dropFirst() }
        return reader + """

            total = len(records)
            hits = sum(1 for r in records if str(r.get(\(quoted(field)), '')).strip().lower() == \(quoted(pick.value)))
            print(\(quoted(title(noun) + ": ")) + str(total))
            print(\(quoted(title(value) + ": ")) + str(hits))
            share = hits / total * 100 if total else 0
            print(\(quoted(title((rate.map { $0 + " " } ?? value + " ") + "percentage: "))) + ('%.1f' % share).rstrip('0').rstrip('.') + '%')

            """
    }

    /// A Python string literal of `s`, in single quotes.
    static func pythonQuoted(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }

    /// The Python that reads the records of the file `text` at `path` into `records` (a list of
    /// dicts), and what they are called: a CSV's (or TSV's) rows by its header ("records"), a
    /// JSON array ("records"), or the one array of records a JSON object holds (its key,
    /// "matches"); nil for other JSON.
    static func recordsReader(path: String, text: String) -> (code: String, noun: String)? {
        let quoted = pythonQuoted
        var reader: String
        var noun = "records"
        if path.lowercased().hasSuffix(".json") {
            reader = "import json\n\nwith open(\(quoted(path))) as f:\n    data = json.load(f)\n"
            switch try? JSONValue.parse(text) {
            case .array: reader += "records = data\n"
            case .object(let members):
                let held = members.filter {
                    if case .array(let many) = $0.value { !many.isEmpty && many.allSatisfy { $0.object != nil } } else { false }
                }
                guard held.count == 1, let key = held.keys.first else { return nil }
                reader += "records = data[\(quoted(key))]\n"
                noun = key
            default: return nil
            }
        } else {
            let separator = ConvertFile.separator(of: text)
            let delimiter = separator == "," ? "" : ", delimiter=" + (separator == "\t" ? "'\\t'" : "';'")
            reader = "import csv\n\nwith open(\(quoted(path)), newline='') as f:\n    records = list(csv.DictReader(f\(delimiter)))\n"
        }
        return (reader, noun)
    }
}
