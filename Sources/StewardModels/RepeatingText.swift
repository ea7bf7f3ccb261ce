import Foundation
import StewardJSON

/// A reply that has begun repeating itself: what a small model does when it never ends its
/// call (the same `print` line, `## Notes\n\n`, a paragraph, over and over until the reply
/// limit). Measured with a 0.5B model: of 20 replies cut at 512 tokens, 19 repeated a passage
/// to the end, at a minute each on a loaded machine. A stream asked to
/// (`ChatRequest.stopWhenRepeating`) is stopped as soon as its text does this.
public enum RepeatingText {
    /// The finish reason of a reply stopped because it repeated itself.
    public static let finishReason = "repeating"

    /// The longest passage looked for, in characters (a paragraph of a few lines).
    static let longestPassage = 400

    /// Whether `text` ends repeating one passage of `p` characters back to back: at least
    /// three times, over at least 160 characters, for a passage of up to 100 characters (a
    /// line, a phrase, a run of one character: a Markdown rule of 160 `-` is no answer
    /// either); twice and 100 characters more for a longer one (up to 400). Text written once
    /// is never taken for a loop, however alike its lines (each has its own words).
    /// A passage that counts on ("5. Use the search bar…", "6. Select…", "7. Use the search
    /// bar…"; `user1@…`, `user2@…`) repeats too once its numbers are set aside: one with at
    /// least 8 letters (not a row of figures) is compared with each run of digits as one.
    public static func endsRepeating(_ text: String) -> Bool {
        let tail = Array(text.unicodeScalars.suffix(2 * longestPassage + 100))
        if period(tail) != nil { return true }
        var counted: [Unicode.Scalar] = []
        for c in tail where !(CharacterSet.decimalDigits.contains(c) && counted.last == "0") {
            counted.append(CharacterSet.decimalDigits.contains(c) ? "0" : c)
        }
        guard let p = period(counted) else { return false }
        return counted.suffix(p).filter { CharacterSet.letters.contains($0) }.count >= 8
    }

    /// `text` up to where it began repeating, with the repeated passage once; nil when its end
    /// repeats nothing exactly (or only a passage that counts on).
    public static func beforeRepeating(_ text: String) -> String? {
        let all = Array(text.unicodeScalars)
        guard let p = period(Array(all.suffix(2 * longestPassage + 100))) else { return nil }
        var start = all.count - p
        while start > 0 && all[start - 1] == all[start - 1 + p] { start -= 1 }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: all[..<(start + p)])
        return String(out)
    }

    /// The shortest passage the end of `tail` repeats (see `endsRepeating`), if any.
    static func period(_ tail: [Unicode.Scalar]) -> Int? {
        for p in 1...longestPassage {
            let n = p <= 100 ? max(3 * p, 160) : 2 * p + 100
            guard n <= tail.count else { break }
            let start = tail.count - n + p
            // The first mismatch from the end ends the check of this length (most fail at once).
            var i = tail.count - 1
            while i >= start && tail[i] == tail[i - p] { i -= 1 }
            if i < start { return p }
        }
        return nil
    }
}

/// Watches a reply's text as it streams for a repeating tail (`RepeatingText`), checking at
/// most every `every` characters so that a long reply costs no more than a short one.
struct RepeatWatch {
    private(set) var text = ""
    private var checkedAt = 0
    let every: Int

    init(every: Int = 16) { self.every = every }

    /// Adds a piece of the reply; true when the reply now ends repeating itself.
    mutating func add(_ piece: String) -> Bool {
        text += piece
        let count = text.utf8.count
        guard count - checkedAt >= every else { return false }
        checkedAt = count
        return RepeatingText.endsRepeating(text)
    }

    /// A call cut where it began repeating, printed as small models print calls (name first),
    /// so that what it was writing can be read back from the stopped reply's text.
    static func printed(_ name: String, _ arguments: String) -> String {
        "{\"name\": \(JSONValue.string(name).jsonText), \"arguments\": \(arguments)"
    }
}

extension ModelRouter {
    /// The reply of a stream stopped because it repeated itself: its text so far, its usage
    /// estimated from the request and the text (the server reports usage only at the end of a
    /// stream), and `RepeatingText.finishReason`.
    static func stoppedRepeating(_ text: String, request: ChatRequest, model: String) -> ChatResponse {
        // Estimated as the budget estimates them (high for the prompt), so that the task's
        // tokens count what the stopped reply cost.
        let usage = Usage(inputTokens: promptTokens(request), outputTokens: text.utf8.count / 4 + 1)
        return ChatResponse(message: .assistant(text), usage: usage, finishReason: RepeatingText.finishReason, model: model)
    }
}
