import Foundation
import StewardTools

/// A value set in the line that holds it, by code: the task names a setting or an entry by its
/// words ("keep_days", "backups are kept for 30 days", "Lena's birthday") and gives the new
/// value ("30", "3 September"); the file says which line that is (`key: value`, `key = value`,
/// `- Name: value`). The model only has to make the call (measured: a 0.5B model, shown the
/// file, rewrote it whole, or replaced the name with the value).
extension Coaching {
    /// Month names, for values like "3 September".
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// The values a task gives, in order: numbers, with a month name after one ("3 September"),
    /// and Y of "set X to Y" / "change X to Y" when it is a value.
    static func values(in task: String) -> [String] {
        let tokens = task.split(whereSeparator: \.isWhitespace).map { bare(String($0)) }
        var found: [String] = []
        for (i, t) in tokens.enumerated()
        where !t.isEmpty && t.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) && t.first!.isNumber {
            let next = i + 1 < tokens.count ? tokens[i + 1] : ""
            found.append(months.contains(next.lowercased()) ? "\(t) \(next)" : t)
        }
        if case (_, let y)? = replacement(in: task), isValue(y), !found.contains(y) { found.append(y) }
        return found
    }

    /// The whole `replace_in_file` call that sets the value the task gives in the one line of
    /// `text` (the file at `path`) whose key the task names; nil when no line's key, or more
    /// than one, has a word of the task (three letters or more), or the task gives no new value
    /// or more than one.
    func valueEdit(path: String, text: String) -> String? {
        guard toolNames.contains(ReplaceInFile.name) else { return nil }
        let words = Set(taskWords.map(Self.singular))
        let keyed = text.split(separator: "\n").map(String.init).filter { line in
            guard let key = Self.key(line.trimmingCharacters(in: .whitespaces)) else { return false }
            let parts = key.split(whereSeparator: { !$0.isLetter }).map { Self.singular(String($0)) }
            return parts.contains { $0.count >= 3 && words.contains($0) }
        }
        guard keyed.count == 1, let line = keyed.first,
            let sep = line.firstIndex(where: { $0 == "=" || $0 == ":" })
        else { return nil }
        let old = line[line.index(after: sep)...].trimmingCharacters(in: .whitespaces)
        let new = values.filter { !old.lowercased().contains($0.lowercased()) }
        // A value of more than three words is not replaced whole by a number (fresh13 1402:
        // "Rehearsals: Wednesdays, 7:30 pm, church hall on Mill Street" was offered as
        // "Rehearsals: 2024", the year of another note the task named).
        guard Set(new).count == 1, old.split(whereSeparator: { $0.isWhitespace }).count <= 3 else { return nil }
        // A JSON line keeps its quotes and its comma: `"night": 16,` → `"night": 17,`.
        let comma = old.hasSuffix(",") ? "," : ""
        let bareOld = comma.isEmpty ? old : String(old.dropLast())
        let quoted = bareOld.count >= 2 && bareOld.hasPrefix("\"") && bareOld.hasSuffix("\"") ? "\"" : ""
        let set = line[...sep] + (line[line.index(after: sep)...].hasPrefix(" ") ? " " : "") + quoted + new[0] + quoted + comma
        return Self.call(
            ReplaceInFile.name,
            ["path": .string(path), "find": .string(line), "replace": .string(String(set))])
    }
}
