import Foundation

/// A list of the files whose months on a line they share take in the month the task names
/// (issue 19): "the seeds that can be sown in April", where each seed's note has "Sow: March to
/// July" or "Sow: October to November, or January to March". Measured (fresh23 2411): the
/// words of the task picked only the notes that say "April", not "March to July".
extension AgentLoop {
    /// The one month (1–12) the task names outside its paths, by its full name ("May" only
    /// capitalised: "you may"), or nil when it names none or more than one, or the one it names
    /// is in what it leaves out ("leave out the one coming up in May").
    static func monthAsked(_ task: String) -> Int? {
        var words = task
        for p in Coaching.paths(in: task) { words = words.replacingOccurrences(of: p, with: " ") }
        let named = Set(
            words.split(whereSeparator: { !$0.isLetter }).compactMap { w -> Int? in
                guard w != "may" else { return nil }
                return monthNames.firstIndex(of: w.lowercased()).map { $0 + 1 }
            })
        let out = clauseWords(task, after: ["leave out ", "leaving out ", "except ", "apart from ", "not the ", "but not ", "without "])
        guard named.count == 1, let month = named.first, !out.contains(monthNames[month - 1]) else { return nil }
        return month
    }

    /// The months `value` names when it starts with one ("early", "mid", "late" or "from" before
    /// it): each month alone, and all from one to the next where "to", "until", "through" or a
    /// dash joins them ("March to July", "Oct–Feb" round the year's end); nil when it starts
    /// with none ("discussed in January" is no months).
    static func months(in value: String) -> Set<Int>? {
        let w = value.lowercased().replacingOccurrences(of: #"[–—-]"#, with: " to ", options: .regularExpression)
            .split(whereSeparator: { !$0.isLetter }).map(String.init)
        let month = { (word: String) -> Int? in
            monthNames.firstIndex { $0 == word || (word.count >= 3 && word.count <= 4 && $0.hasPrefix(word)) }.map { $0 + 1 }
        }
        let at = w.indices.compactMap { i in month(w[i]).map { (i, $0) } }
        guard let first = at.first, w[..<first.0].allSatisfy(["early", "mid", "late", "from", "to"].contains) else { return nil }
        var found = Set(at.map(\.1))
        for (a, b) in zip(at, at.dropFirst()) where w[(a.0 + 1)..<b.0].contains(where: ["to", "until", "till", "through", "thru"].contains) {
            var m = a.1
            while m != b.1 {
                m = m % 12 + 1
                found.insert(m)
            }
        }
        return found
    }

    /// Of `texts` (a file's name and text), those whose months on the one `Key: months` line two
    /// files in three have take in `month`; nil when the files share no such line, or fewer
    /// than two files.
    static func inMonth(_ month: Int, _ texts: [String: String]) -> Set<String>? {
        guard texts.count >= 2 else { return nil }
        var byKey: [String: [String: Set<Int>]] = [:]
        for (f, text) in texts {
            for line in text.split(separator: "\n").map(String.init) {
                guard let (key, value) = setting(line), let m = months(in: value) else { continue }
                byKey[key.lowercased(), default: [:]][f] = m
            }
        }
        let common = byKey.filter { $0.value.count * 3 >= texts.count * 2 }
        guard common.count == 1, let byFile = common.first?.value else { return nil }
        return Set(byFile.filter { $0.value.contains(month) }.keys)
    }
}
