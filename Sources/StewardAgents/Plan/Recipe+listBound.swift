import Foundation

/// A list of the files whose measured field is within a bound the task gives (issue 19, fresh21
/// 2211: "the recipes whose Time line is 30 minutes or less", each recipe's note saying "Time:
/// 1 hr 20 min", "Time: 25 min"; the list recipe listed all eight files).
extension AgentLoop {
    /// A bound: at most or at least `value`, in minutes for a time, else as said.
    struct Bound: Equatable {
        var value: Double
        var atMost: Bool
        var time: Bool
    }

    /// The bound a task gives: "30 minutes or less", "half an hour at most", "under 2 hours",
    /// "no more than 20 mins", "at least 3 hours", "300 pages or more"; nil when it gives none,
    /// or two that differ.
    static func bound(_ task: String) -> Bound? {
        var t = task.lowercased().replacingOccurrences(of: "half an hour", with: "30 minutes")
            .replacingOccurrences(of: #"\ban hour\b"#, with: "1 hour", options: .regularExpression)
        for p in Coaching.paths(in: task) { t = t.replacingOccurrences(of: p.lowercased(), with: " ") }
        let amount = #"(\d+(?:\.\d+)?)\s*(minutes?|mins?|hours?|hrs?|h)?\b"#
        let after = #"\s*,?\s*(or less|or under|or fewer|at most|at the most|max(?:imum)?|tops|or more|or over|at least|plus)\b"#
        let before = #"\b(under|less than|fewer than|no more than|not more than|at most|within|up to|over|more than|at least|no less than)\s+"#
        var found: [Bound] = []
        func add(_ figure: String, _ unit: String?, _ word: String) {
            guard var v = Double(figure) else { return }
            let time = unit.map { !$0.isEmpty } ?? false
            if let u = unit, u.hasPrefix("h") { v *= 60 }
            let most = [
                "or less", "or under", "or fewer", "at most", "at the most", "max", "maximum", "tops", "under", "less than", "fewer than",
                "no more than", "not more than", "within", "up to",
            ].contains(word)
            let b = Bound(value: v, atMost: most, time: time)
            if !found.contains(b) { found.append(b) }
        }
        // ("300 pages or more": a word of what is counted between.)
        for m in allMatches(amount + #"(?:\s+(?!or\b|at\b|max|tops\b|plus\b)[a-z]+)?"# + after, in: t) { add(m[1], m[2], m[3]) }
        for m in allMatches(before + amount, in: t) { add(m[2], m[3], m[1]) }
        return found.count == 1 ? found[0] : nil
    }

    /// A field's value as a measure: a time in minutes ("1 hr 20 min" 80, "45 minutes (30 of
    /// them simmering)" 45), else its first number; nil when it has none.
    static func measure(_ value: String, time: Bool) -> Double? {
        let v = value.lowercased().replacingOccurrences(of: #"\(.*?\)"#, with: " ", options: .regularExpression)
        guard time else { return allMatches(#"(\d+(?:\.\d+)?)"#, in: v).first.flatMap { Double($0[1]) } }
        var minutes = 0.0
        var any = false
        for m in allMatches(#"(\d+(?:\.\d+)?)\s*(minutes?|mins?|m|hours?|hrs?|h)\b"#, in: v) {
            guard let n = Double(m[1]) else { continue }
            minutes += m[2].hasPrefix("h") ? n * 60 : n
            any = true
        }
        return any ? minutes : nil
    }

    /// Of `texts` (a file's name and text), those whose `Key: value` line that two files in three
    /// or more have measures within `bound`; the key the task names when several have such lines.
    /// Nil when no key, or it picks none or all.
    static func withinBound(_ bound: Bound, task: String, _ texts: [String: String]) -> Set<String>? {
        guard texts.count >= 2 else { return nil }
        var values: [String: [String: Double]] = [:]
        for (f, text) in texts {
            for line in text.split(separator: "\n").map(String.init) {
                guard let (key, value) = setting(line), let m = measure(value, time: bound.time) else { continue }
                values[key.lowercased(), default: [:]][f] = m
            }
        }
        var keys = values.filter { $0.value.count * 3 >= texts.count * 2 }
        if keys.count > 1 {
            let said = Set(words(of: task))
            keys = keys.filter { said.isSuperset(of: words(of: $0.key)) }
        }
        guard keys.count == 1, let byFile = keys.first?.value else { return nil }
        let picked = Set(byFile.filter { bound.atMost ? $0.value <= bound.value : $0.value >= bound.value }.keys)
        return picked.isEmpty || picked.count == texts.count ? nil : picked
    }
}
