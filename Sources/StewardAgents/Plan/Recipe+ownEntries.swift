import Foundation

/// The writer's own entries in a rota (issue 19): "extract my shifts (I'm Priya) from the rota",
/// where each line names the people on it ("- Sat 3 Apr, morning: Priya, Tom"), by code: the
/// lines that name the writer as a whole word ("Priyanka" is someone else), each without the
/// names. Measured (fresh23 2410, the 0.5B model): planned as the file's dates, every
/// Saturday of the rota was written.
extension AgentLoop {
    /// What a rota gives each person.
    static let rotaThings: Set<String> = [
        "shifts", "turns", "slots", "sessions", "duties", "rounds", "visits", "lessons", "matches", "fixtures", "days", "dates",
    ]

    /// The writer's name (`writer`) when the task asks for their own entries of a rota: "my"
    /// and, within three words, a thing a rota gives ("my food bank shifts", "my turns"); nil
    /// otherwise.
    static func ownEntriesOf(_ task: String) -> String? {
        let w = Coaching.taskWords(in: task)
        let asks = w.indices.contains { w[$0] == "my" && w[($0 + 1)..<min(w.count, $0 + 4)].contains(where: rotaThings.contains) }
        return asks ? writer(task) : nil
    }

    /// The list lines and table rows of `text` that name `name` as a whole word, each without the
    /// names: a "what: who" line's what, a table row's other cells joined by commas, a "who: what"
    /// line's what; nil when fewer than one line names it or every line does (no rota).
    static func entries(of name: String, in text: String) -> [String]? {
        let escaped = NSRegularExpression.escapedPattern(for: name)
        let names = { (s: Substring) in s.range(of: "\\b" + escaped + "\\b", options: .regularExpression) != nil }
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            $0.range(of: #"^([-*•]|\d+[.)]|\|)\s*"#, options: .regularExpression) != nil
                && $0.range(of: #"^\|[\s:|-]*$"#, options: .regularExpression) == nil
        }
        var found: [String] = []
        for line in lines where names(Substring(line)) {
            var entry: String
            if line.hasPrefix("|") {
                let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                entry = cells.filter { !names(Substring($0)) }.joined(separator: ", ")
            } else {
                let item = line.replacingOccurrences(of: #"^([-*•]|\d+[.)])\s*"#, with: "", options: .regularExpression)
                if let colon = item.range(of: ": ", options: .backwards) {
                    let (what, who) = (item[..<colon.lowerBound], item[colon.upperBound...])
                    entry = String(names(who) && !names(what) ? what : names(what) && !names(who) ? who : Substring(item))
                } else {
                    entry = item
                }
            }
            entry = entry.trimmingCharacters(in: CharacterSet(charactersIn: " ,;"))
            if !entry.isEmpty, !found.contains(entry) { found.append(entry) }
        }
        return found.isEmpty || found.count == lines.count ? nil : found
    }
}
