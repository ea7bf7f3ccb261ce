import Foundation

/// The items of a list the task names by what they are (issue 19, fresh21 2210: "the medicines
/// Grandad takes now, with their doses" out of a discharge letter whose "Medicines on discharge:"
/// list has one a line; asked the kind, the 0.5B model answered "links", and the free loop
/// wrote the list as one line with the stopped one in it).
extension AgentLoop {
    /// The items of the one Markdown list in `text` whose lead-in line (a heading, or a line
    /// ending ":") says a word the task says of what it asks for (not of a path), those marked
    /// stopped, cancelled or no longer left out, each without its asides in brackets; nil when
    /// no such list, or two, or none left.
    static func namedListItems(_ task: String, in text: String) -> [String]? {
        var said = task
        for p in Coaching.paths(in: task) { said = said.replacingOccurrences(of: p, with: " ") }
        let asked = Set(words(of: said).filter { $0.count > 3 }.map(stem)).subtracting(commonWords.map(stem))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        var lists: [[String]] = []
        for (i, line) in lines.enumerated() where line.hasPrefix("#") || line.hasSuffix(":") {
            guard !Set(words(of: line).map(stem)).isDisjoint(with: asked) else { continue }
            let items = lines[(i + 1)...].prefix {
                $0.hasPrefix("- ") || $0.hasPrefix("* ") || $0.range(of: #"^\d+[.)] "#, options: .regularExpression) != nil
            }
            if items.count >= 2 { lists.append(items.map(cleanLine)) }
        }
        guard lists.count == 1 else { return nil }
        let stopped =
            #"\b(stopped|stop taking|discontinued|no longer|do not (restart|take|use)|don'?t (restart|take|use)|cancell?ed|withdrawn|not (taking|needed|required))\b"#
        let kept = lists[0].filter { !matches($0, stopped) }.map {
            $0.replacingOccurrences(of: #"\s*\([^)]*\)"#, with: "", options: .regularExpression).trimmingCharacters(
                in: CharacterSet(charactersIn: " ,;:"))
        }.filter { !$0.isEmpty }
        return kept.isEmpty ? nil : kept
    }

    /// The lines of the file's list that say the one word by which the task tells which it
    /// wants ("the away matches" of "- Sun 18 Apr: Selby Town Colts (away)" beside "(home)"
    /// lines: fresh24 2510, whose dates were extracted, every match's), each whole, its mark
    /// left off. The word is the task's (four letters or more, not of a path nor of what it
    /// leaves out or says does not matter), right before a word that names no kind of item
    /// ("away matches", not "away dates"), and said by some of the list's lines, not all;
    /// nil when no word or two do that, or the list has fewer than three lines.
    static func taggedItems(_ task: String, in text: String) -> [String]? {
        let items = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            $0.range(of: #"^([-*•]|\d+[.)])\s+"#, options: .regularExpression) != nil
        }
        guard items.count >= 3 else { return nil }
        let w = Coaching.taskWords(in: task)
        let kinds = Set(kindWords.flatMap(\.words))
        let out = unwanted(task)
        let said = { (item: String, word: String) in words(of: item).contains(word) }
        let tags = Set(
            w.indices.dropLast().filter { i in
                w[i].count >= 4 && !commonWords.contains(w[i]) && !out.contains(String(w[i].prefix(5))) && !kinds.contains(w[i + 1])
                    && w[i + 1].count >= 4
            }.map { w[$0] }
        ).filter { tag in
            let n = items.filter { said($0, tag) }.count
            return n >= 1 && n < items.count
        }
        guard tags.count == 1, let tag = tags.first else { return nil }
        return items.filter { said($0, tag) }.map { $0.replacingOccurrences(of: #"^([-*•]|\d+[.)])\s+"#, with: "", options: .regularExpression) }
    }
}
