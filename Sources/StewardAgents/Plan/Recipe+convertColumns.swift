import Foundation
import StewardCore
import StewardTools

/// The columns a conversion of a Markdown list to CSV asks for (issue 19, fresh21 2212: "turn
/// the list in memory/home/alarms.md into a CSV …, one row per alarm, with where it is, what kind
/// it is and the date on its line", where `convert_file` found no table and the model wrote the
/// dates alone): the header's names, from the task's own words.
extension AgentLoop {
    /// The header's names a task gives for a CSV: the last list of two to eight short phrases
    /// ("A, B and C") after "columns", "with" or a colon in a sentence that speaks of a CSV, rows,
    /// columns or a spreadsheet, each as a name (`columnName`); nil when it gives none.
    static func columnNames(_ task: String) -> [String]? {
        for sentence in sentences(task).reversed() where matches(sentence, #"\b(csv|rows?|columns?|spreadsheet|header)\b"#) {
            let lower = sentence.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".!?"))
            let anchors = [#"\bcolumns?\b(\s*(called|named|for|of))?:?"#, #"\bwith\b"#, #":"#].flatMap { allRanges($0, in: lower) }
                .sorted { $0.lowerBound > $1.lowerBound }
            for anchor in anchors {
                // The list ends where a clause about something else starts ("…, the make and the
                // year bought, leaving out the stolen one": fresh26 2712).
                let list = String(lower[anchor.upperBound...]).replacingOccurrences(
                    of: #",\s+(leaving|skipping|omitting|excluding|ignoring|dropping|keeping|but|except|without|not|so|sorted|ordered)\b.*$"#,
                    with: "",
                    options: .regularExpression
                ).trimmingCharacters(in: .whitespaces)
                guard Coaching.paths(in: list).isEmpty, list.contains(",") || list.contains(" and ") else { continue }
                var phrases = list.replacingOccurrences(of: ", and ", with: ", ").components(separatedBy: ", ")
                if let last = phrases.last, let and = last.range(of: " and ", options: .backwards) {
                    phrases = phrases.dropLast() + [String(last[..<and.lowerBound]), String(last[and.upperBound...])]
                }
                phrases = phrases.map { $0.trimmingCharacters(in: .whitespaces) }
                guard (2...8).contains(phrases.count), phrases.allSatisfy({ !$0.isEmpty && wordCount($0) <= 6 }) else { continue }
                let names = phrases.compactMap(columnName)
                guard names.count == phrases.count, Set(names).count == names.count else { continue }
                return names
            }
        }
        return nil
    }

    /// A phrase of the task as a column's name: "where it is" is the location, "what kind it is"
    /// the type, "when" the date; else its first words, the leading "the", "its", "their" … and
    /// everything from "on", "for", "of", "given", … dropped ("the date given for it": "date").
    static func columnName(_ phrase: String) -> String? {
        let w = wordsInOrder(phrase)
        guard let first = w.first else { return nil }
        if first == "where" { return "location" }
        if first == "when" { return "date" }
        if ["what", "which"].contains(first), w.count > 1, ["kind", "type", "sort"].contains(w[1]) { return "type" }
        let leading: Set<String> = ["the", "its", "their", "his", "her", "a", "an", "each", "every", "columns", "column", "what"]
        let stops: Set<String> = ["on", "for", "of", "given", "it", "is", "in", "from", "at", "with", "to", "that", "which", "as"]
        let kept = w.drop { leading.contains($0) }.prefix { !stops.contains($0) }.prefix(3)
        return kept.isEmpty ? nil : kept.joined(separator: " ")
    }

    /// Every range of `pattern` in `text` (case ignored).
    static func allRanges(_ pattern: String, in text: String) -> [Range<String.Index>] {
        var out: [Range<String.Index>] = []
        var from = text.startIndex
        while from < text.endIndex, let r = text.range(of: pattern, options: [.regularExpression, .caseInsensitive], range: from..<text.endIndex) {
            out.append(r)
            from = r.isEmpty ? text.index(after: r.upperBound) : r.upperBound
        }
        return out
    }
}
