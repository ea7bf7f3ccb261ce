import Foundation

/// Someone's actions out of a file of minutes or notes (issue 19), by code: the clauses in
/// which that person is to do something ("Ravi will ask the council …", "Ravi is to book the
/// hall …"), each from the name on, a sentence's other clauses (", and Joan will run the cake
/// stall") left out. Measured (fresh11 1210, the 0.5B model): asked for the kind of items, it
/// answered "phone numbers"; planned as a list, the folder's files were listed.
extension AgentLoop {
    /// The person whose actions the task asks for: the name before "'s" and a word for actions
    /// ("Ravi's action points"), or, when the task says who they are ("I'm Ravi", "my name is
    /// Ravi"), that name when it asks for its own ("my actions", "the things I said I'd do");
    /// nil when it asks for no one's actions.
    static func actionsOf(_ task: String) -> String? {
        let tokens = task.split(whereSeparator: \.isWhitespace).map { String($0).trimmingCharacters(in: .punctuationCharacters) }
        let lower = tokens.map { $0.lowercased().replacingOccurrences(of: "’", with: "'") }
        let kinds: Set<String> = ["action", "actions", "jobs", "tasks", "to-dos", "todos", "points"]
        let phrase = " " + lower.joined(separator: " ") + " "
        for (i, t) in tokens.enumerated() where i + 1 < tokens.count && t.first?.isUppercase == true {
            guard lower[i].hasSuffix("'s"), lower[(i + 1)..<min(tokens.count, i + 3)].contains(where: kinds.contains) else { continue }
            return String(t.dropLast(2))
        }
        let own = [
            " my actions ", " my action ", " my jobs ", " my tasks ", " i said i'd do ", " i said i would do ", " i agreed to do ", " i'd do ",
        ]
        guard own.contains(where: phrase.contains) else { return nil }
        return writer(task)
    }

    /// The name the task says is the writer's: "I'm Ravi", "I am Ravi", "my name is Ravi", "I'm
    /// down as Priya", "I'm listed as Priya"; nil when it says none.
    static func writer(_ task: String) -> String? {
        let tokens = task.split(whereSeparator: \.isWhitespace).map { String($0).trimmingCharacters(in: .punctuationCharacters) }
        let lower = tokens.map { $0.lowercased().replacingOccurrences(of: "’", with: "'") }
        for i in lower.indices {
            var at: Int? =
                lower[i] == "i'm"
                ? i + 1
                : (lower[i] == "i" && i + 1 < lower.count && lower[i + 1] == "am")
                    ? i + 2
                    : (lower[i] == "name" && i + 1 < lower.count && lower[i + 1] == "is") ? i + 2 : nil
            // "I'm down as Priya", "I'm on the rota as Priya".
            if let a = at, a < tokens.count, tokens[a].first?.isLowercase == true, let asAt = lower[a..<min(lower.count, a + 5)].firstIndex(of: "as")
            {
                at = asAt + 1
            }
            if let at, at < tokens.count, tokens[at].first?.isUppercase == true, tokens[at].count > 1 { return tokens[at] }
        }
        return nil
    }

    /// The clauses of `text` in which `name` is to do something: the name, then within a word
    /// "will", "'ll", "is to", "agreed to", "offered to", "volunteered to", "has to" or "to";
    /// each from the name to the clause's end (a sentence's end, "; ", ", and ", ", but ",
    /// ", while "), its full stop left off.
    static func actions(of name: String, in text: String) -> [String] {
        let escaped = NSRegularExpression.escapedPattern(for: name)
        let pattern =
            "\\b" + escaped
            + "(?:'ll|’ll| (?:\\w+ )?(?:will|is to|are to|agreed to|offered to|volunteered to|has to|to)) "
        guard let re = try? NSRegularExpression(pattern: pattern) else { return [] }
        var found: [String] = []
        for line in text.split(separator: "\n").map(String.init) where !line.hasPrefix("#") {
            for sentence in sentences(line) {
                for clause in sentence.components(separatedBy: "; ").flatMap({ $0.components(separatedBy: ", and ") })
                    .flatMap({ $0.components(separatedBy: ", but ") }).flatMap({ $0.components(separatedBy: ", while ") })
                {
                    guard let m = re.firstMatch(in: clause, range: NSRange(clause.startIndex..., in: clause)),
                        let r = Range(m.range, in: clause)
                    else { continue }
                    let action = String(clause[r.lowerBound...]).trimmingCharacters(in: CharacterSet(charactersIn: " .;,"))
                    if !found.contains(action) { found.append(action) }
                }
            }
        }
        return found
    }
}
