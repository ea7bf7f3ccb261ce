import Foundation
import StewardJSON

/// A summary by parts (issue 19): a text much longer than the summary is cut into as many
/// parts as the summary has points (sentences, or a word limit's 15-word sentences, two to
/// four), each said in one short sentence, in order, so the summary covers all of it.
/// Measured (fresh11 1209, the 0.5B model): asked for "at most 60 words" of a parents'-evening
/// note in one question, it summarised the first half (reading, then maths) and left out what
/// to do and the trip's date, in 6 of 6 runs.
extension AgentLoop {
    /// The summary of `text` within `limit` by parts, or nil when the text is not more than
    /// twice the limit and 100 words, has fewer than two parts, or fewer than half of the parts' sentences
    /// hold facts of it (`factualPoints`).
    func summaryByParts(_ text: String, limit: SummaryLimit, _ state: inout LoopState) async -> String? {
        let count = limit.unit == .words ? max(2, min(4, limit.count / 15)) : limit.count
        let parts = Self.parts(of: text, count: count)
        guard Self.wordCount(text) > max(2 * limit.words, 100), parts.count >= 2 else { return nil }
        let each = max(8, limit.words / parts.count)
        var said: [String] = []
        for part in parts {
            let q = FormQuestion(
                system:
                    "Say what this part of a text says in one short sentence of at most \(each) words, with its dates, amounts and names. Reply with JSON {\"sentence\": TEXT}.",
                user: "Text:\n" + part, schema: FormQuestion.object([("sentence", .object(["type": "string", "maxLength": .number(300)]))]),
                // Room for a copied sentence (measured: the 0.5B model copied the part's first
                // sentences and was cut at twice the words), held to its share by code.
                maxTokens: each * 4 + 40)
            if let s = await form(q, &state)?["sentence"]?.string.map({ Self.trimmed(Self.cleanLine($0), words: each) }) { said.append(s) }
        }
        let points = Self.factualPoints(said, of: text)
        guard points.count * 2 >= parts.count, !points.isEmpty else { return nil }
        switch limit.unit {
        case .points, .lines:
            return points.prefix(limit.count).map { (limit.unit == .points ? "- " : "") + Self.trimmed($0, words: 30) }.joined(separator: "\n")
        case .sentences: return Self.trimmed(points.prefix(limit.count).joined(separator: " "), words: limit.words)
        case .words: return Self.trimmed(points.joined(separator: " "), words: limit.count)
        }
    }

    /// The text's sentences (its headings left out) in `count` parts of about as many words,
    /// in order; each sentence a part when there are no more than `count`.
    static func parts(of text: String, count: Int) -> [String] {
        let body = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        let all = body.flatMap { sentences($0) }
        guard all.count > count else { return all }
        let target = Double(all.map(wordCount).reduce(0, +)) / Double(count)
        var parts: [String] = []
        var current: [String] = []
        var words = 0
        for (i, s) in all.enumerated() {
            current.append(s)
            words += wordCount(s)
            // Close a part at its share of the words, leaving a sentence for each part still to come.
            let left = all.count - i - 1
            if parts.count < count - 1, Double(words) >= target || left == count - 1 - parts.count {
                parts.append(current.joined(separator: " "))
                (current, words) = ([], 0)
            }
        }
        if !current.isEmpty { parts.append(current.joined(separator: " ")) }
        return parts
    }
}
