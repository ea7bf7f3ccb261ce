import Foundation

/// A list of the files whose line of how often says the frequency the task asks (issue 19):
/// "the plants that need watering once a week", where each plant's note has "Water: once a
/// week", "Water: weekly, let the top dry out", "Water: twice a week" or "Water: every 3 to 4
/// weeks". Measured (fresh24 2511): the words of the task picked every note saying "week".
extension AgentLoop {
    /// How often, as times per unit ("1/week" of "once a week", "weekly" and "every week";
    /// "2/week" of "twice a week"; "1/2week" of "every other week", "fortnightly" and "every
    /// two weeks"): the first frequency `text` says, or, `anchored`, the one it starts with;
    /// nil for none or a range ("every 3 to 4 weeks").
    static func frequency(_ text: String, anchored: Bool = false) -> String? {
        let low = " " + text.lowercased().replacingOccurrences(of: "-", with: " ") + " "
        let counts = ["once": 1, "twice": 2, "thrice": 3, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6]
        let number = { (s: String) in counts[s] ?? Int(s) }
        let start = anchored ? #"^\s*"# : #"\b"#
        let units = #"(day|week|fortnight|month|year)"#
        let adverbs = ["daily": "day", "weekly": "week", "fortnightly": "fortnight", "monthly": "month", "yearly": "year", "annually": "year"]
        var found: [(at: String.Index, value: String)] = []
        let norm = { (n: Int, every: Int, unit: String) -> String in
            unit == "fortnight" ? "\(n)/\(2 * every)week" : every == 1 ? "\(n)/\(unit)" : "\(n)/\(every)\(unit)"
        }
        for m in allMatchRanges(
            start + #"(once|twice|thrice|(\d+|one|two|three|four|five|six) times) (a|an|per|each|every) "# + units + #"\b"#, in: low)
        {
            let g = m.groups
            guard let n = number(g[1].replacingOccurrences(of: " times", with: "")) else { continue }
            found.append((m.range.lowerBound, norm(n, 1, g[4])))
        }
        for m in allMatchRanges(start + #"every (other |(\d+|two|three|four|five|six) )?"# + units + #"s?\b(?! to | or )"#, in: low) {
            let g = m.groups
            let every = g[1].trimmingCharacters(in: .whitespaces) == "other" ? 2 : g[2].isEmpty ? 1 : number(g[2]) ?? 0
            guard every > 0 else { continue }
            found.append((m.range.lowerBound, norm(1, every, g[3])))
        }
        for (word, unit) in adverbs {
            for m in allMatchRanges(start + #"\b"# + word + #"\b"#, in: low) { found.append((m.range.lowerBound, norm(1, 1, unit))) }
        }
        return found.min { $0.at < $1.at }?.value
    }

    /// Each match of `pattern` in `text`: its range and its groups ("" for one not taken part).
    static func allMatchRanges(_ pattern: String, in text: String) -> [(range: Range<String.Index>, groups: [String])] {
        guard let re = try? NSRegularExpression(pattern: pattern) else { return [] }
        return re.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { m in
            guard let r = Range(m.range, in: text) else { return nil }
            return (r, (0..<m.numberOfRanges).map { i in Range(m.range(at: i), in: text).map { String(text[$0]) } ?? "" })
        }
    }

    /// The one frequency the task asks, its paths left out, or nil for none or two.
    static func frequencyAsked(_ task: String) -> String? {
        var words = task
        for p in Coaching.paths(in: task) { words = words.replacingOccurrences(of: p, with: " ") }
        var found: Set<String> = []
        for sentence in sentences(words) {
            var rest = sentence
            while let f = frequency(rest) {
                found.insert(f)
                // On past the first: the next one.
                guard
                    let cut = rest.lowercased().range(
                        of: #"\b(once|twice|thrice|times|every|daily|weekly|fortnightly|monthly|yearly|annually)\b"#, options: .regularExpression)
                else { break }
                rest = String(rest[cut.upperBound...])
            }
        }
        return found.count == 1 ? found.first : nil
    }

    /// Of `texts` (a file's name and text), those whose `Key: how often` line, which two files
    /// in three have, starts with `asked`; nil when the files share no such line, or fewer than
    /// two of its values say a frequency.
    static func atFrequency(_ asked: String, _ texts: [String: String]) -> Set<String>? {
        guard texts.count >= 2 else { return nil }
        var byKey: [String: [String: String?]] = [:]
        for (f, text) in texts {
            for line in text.split(separator: "\n").map(String.init) {
                guard let (key, value) = setting(line) else { continue }
                byKey[key.lowercased(), default: [:]][f] = frequency(value, anchored: true)
            }
        }
        let common = byKey.filter { $0.value.count * 3 >= texts.count * 2 && $0.value.values.compactMap { $0 }.count >= 2 }
        guard common.count == 1, let byFile = common.first?.value else { return nil }
        return Set(byFile.filter { $0.value == asked }.keys)
    }
}
