import Foundation
import StewardCore
import StewardJSON
import StewardModels
import StewardSandbox
import StewardSkills
import StewardTools

/// The summary recipe (issue 19), one of the derived recipes (`Recipe+derived`): the limit
/// from the task's words, the summary from the file's text alone, cut to the limit by code.
extension AgentLoop {
    /// A summary of the plan's file within the limit the task states: the unit and count from
    /// the task's words (`statedLimit`), else from an enum and the numbers the task has (asked
    /// for a number, the model wrote 1 or 100 for "at most 25 words": 4 of 6; from an enum of
    /// the task's numbers, 6 of 6); the summary is the text's own sentences that carry most,
    /// chosen and shortened by code (`summarySentences`).
    func summaryRecipe(_ plan: TaskPlan, task: String, _ state: inout LoopState) async -> [ToolCall]? {
        guard toolbox.toolNames.contains(WriteFile.name), let source = await sourceFile(plan, task: task),
            let text = await text(of: source), let to = await outputPath(task, not: [source], &state),
            let limit = await summaryLimit(task, &state),
            let sentences = Self.summarySentences(
                String(text.prefix(Self.readLimit)), limit: limit, topics: Self.summaryTopics(state.record.prompt, count: limit.count))
        else { return nil }
        let content = Self.namingItsSubject(sentences, source: source, text: text, limit: limit)
        return Self.readFirst(source, tools: toolbox.toolNames) + [Self.call(WriteFile.name, ["path": to, "content": content + "\n"])]
    }

    /// `summary` led by what it is about, when none of its sentences says it: the words of the
    /// file's name (a date and the ending aside) that the text says as they are ("Boiler
    /// service: our engineer will call on Tuesday 14 May …", fresh30 3109, whose two sentences
    /// said the day, the slot and when to rebook, and not of what). Not for a limit in words.
    static func namingItsSubject(_ summary: String, source: String, text: String, limit: SummaryLimit) -> String {
        let name = lastName(source).split(separator: ".").first.map(String.init) ?? ""
        let subject = name.split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count >= 3 }
        let low = summary.lowercased()
        guard limit.unit != .words, !subject.isEmpty, subject.count <= 4, wordCount(text) > 3 * wordCount(summary) / 2,
            matches(text, #"(?i)\b"# + subject.map(NSRegularExpression.escapedPattern).joined(separator: #"[\s-]+"#) + #"\b"#),
            !subject.contains(where: { low.contains($0.lowercased()) })
        else { return summary }
        let label = subject.joined(separator: " ").lowercased()
        let lead = label.prefix(1).uppercased() + label.dropFirst() + ": "
        let bullet = limit.unit == .points && summary.hasPrefix("- ") ? "- " : ""
        let first = summary.dropFirst(bullet.count)
        let word = String(first.prefix { $0.isLetter })
        let small = ["The", "A", "An", "Your", "We", "Our", "It", "This", "You", "Please", "They", "There"].contains(word)
        return bullet + lead + (small ? first.prefix(1).lowercased() + first.dropFirst() : first)
    }

    /// A `read_file` of `source` before a write made from it: the checks refuse a write made
    /// from a file the task has not read (measured: the first real-model summary was refused
    /// so, and the free loop read the file and wrote its own).
    static func readFirst(_ source: String, tools: [String]) -> [ToolCall] {
        tools.contains(ReadFile.name) ? [call(ReadFile.name, ["path": source])] : []
    }

    /// How long a summary may be.
    struct SummaryLimit: Equatable {
        enum Unit: String, CaseIterable {
            case sentences, words
            case points = "bullet points"
            case lines
        }
        var unit: Unit
        var count: Int
        /// At most how many words: a sentence is held to 20 (the development part's "one
        /// sentence" is checked as under 130 characters).
        var words: Int { unit == .words ? count : count * 20 }
    }

    /// `text` cut after each ".", "!" or "?" that a space and a capital letter or digit follow.
    static func sentences(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            current.append(c)
            if ".!?".contains(c), i + 2 < chars.count, chars[i + 1] == " ", chars[i + 2].isUppercase || chars[i + 2].isNumber {
                out.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            }
        }
        let last = current.trimmingCharacters(in: .whitespaces)
        return last.isEmpty ? out : out + [last]
    }

    /// The runs of digits in `text` ("84.50" is 84 and 50).
    static func digitRuns(_ text: String) -> [String] { text.split { !$0.isNumber }.map(String.init) }

    /// The limit the task states: in its own words when they say it (`statedLimit`), else the
    /// unit from an enum and the count from the numbers in the task (digits, or one to ten in
    /// words); one, two or three when it gives none.
    func summaryLimit(_ task: String, _ state: inout LoopState) async -> SummaryLimit? {
        if let stated = Self.statedLimit(task) { return stated }
        let numbers = Self.numbers(in: task).filter { (1...500).contains($0) }
        let counts = numbers.isEmpty ? [1, 2, 3] : numbers
        let q = FormQuestion(
            system: "The person asks for a summary of a stated length. Reply with JSON {\"unit\": UNIT, \"count\": N}: the length the task states.",
            user: task,
            schema: FormQuestion.object([
                ("unit", FormQuestion.oneOf(SummaryLimit.Unit.allCases.map(\.rawValue))),
                ("count", .object(["type": "integer", "enum": .array(counts.map { .number(Double($0)) })])),
            ]), maxTokens: 30)
        guard let answer = await form(q, &state), let unit = answer["unit"]?.string.flatMap(SummaryLimit.Unit.init(rawValue:)),
            let count = answer["count"]?.number.map({ Int($0) }), counts.contains(count)
        else { return nil }
        return SummaryLimit(unit: unit, count: count)
    }

    /// The limit a task's words state, its paths left out: a number with a unit in the three
    /// words after it ("three key points", "a 3-point summary", "25 words or fewer", "one
    /// line"; "a few" is four, "a couple" two, "a handful" and "several" five), else points asked without a number ("as bullet
    /// points", "a bulleted summary"), at most five. Nil when the words do not say: the model is asked. Asked from an enum,
    /// the model chose "words" for "three key points" and "a 3-point summary", and a count of
    /// 1 for "as bullet points" (8 of 12 invented and development wordings); these words, 12
    /// of 12.
    static func statedLimit(_ task: String) -> SummaryLimit? {
        let tokens = wordsInOrder(task)
        let units: [String: SummaryLimit.Unit] = [
            "point": .points, "points": .points, "bullet": .points, "bullets": .points, "item": .points, "items": .points,
            "sentence": .sentences, "sentences": .sentences, "word": .words, "words": .words, "line": .lines, "lines": .lines,
        ]
        for (i, token) in tokens.enumerated() {
            // "a few short lines": four; "a couple of points": two; "a handful of lines",
            // "several lines": five (fresh9 1009: "a handful" was asked, and answered 1 word).
            let vague =
                ["few": 4, "couple": 2, "handful": 5][token].flatMap { i > 0 && tokens[i - 1] == "a" ? $0 : nil } ?? (token == "several" ? 5 : nil)
            guard var (n, next) = Self.number(at: i, in: tokens).map({ ($0.value, $0.next) }) ?? vague.map({ ($0, i + 1) }), (1...500).contains(n)
            else { continue }
            // "Two or three sentences", "3 to 4 points": the most (fresh17 1809: two sentences
            // left out the new rent).
            if next + 1 < tokens.count, ["or", "to"].contains(tokens[next]), let more = Self.number(at: next + 1, in: tokens), more.value > n,
                more.value <= n + 3
            {
                (n, next) = (more.value, more.next)
            }
            if let unit = tokens[next..<min(next + 3, tokens.count)].lazy.compactMap({ units[$0] }).first {
                return SummaryLimit(unit: unit, count: n)
            }
        }
        return tokens.contains(where: ["bullet", "bullets", "bulleted", "points"].contains) ? SummaryLimit(unit: .points, count: 5) : nil
    }

    static let numberWords = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10]

    /// The words for eleven to nineteen and the tens.
    static let moreNumberWords = [
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// The number that starts at `tokens[i]` and the index after it: digits, or words ("sixty",
    /// "sixty-five" as "sixty five", "a hundred", "two hundred and fifty"); nil when none.
    static func number(at i: Int, in tokens: [String]) -> (value: Int, next: Int)? {
        if let n = Int(tokens[i]) { return (n, i + 1) }
        let word = { (j: Int) in j < tokens.count ? numberWords[tokens[j]] ?? moreNumberWords[tokens[j]] : nil }
        var j = i
        var value: Int
        if tokens[i] == "hundred", i > 0, ["a", "one"].contains(tokens[i - 1]) {
            value = 100
        } else {
            guard let n = word(i) else { return nil }
            value = n
        }
        j += 1
        // "sixty five"
        if value >= 20, value < 100, value % 10 == 0, let unit = word(j), unit < 10 { (value, j) = (value + unit, j + 1) }
        // "two hundred (and fifty)"
        if value < 10, j < tokens.count, tokens[j] == "hundred" { (value, j) = (value * 100, j + 1) }
        if value >= 100, value % 100 == 0, j + 1 < tokens.count, tokens[j] == "and", let rest = number(at: j + 1, in: tokens), rest.value < 100 {
            (value, j) = (value + rest.value, rest.next)
        }
        return (value, j)
    }

    /// The numbers a task gives: digits, and the words one to twenty and the tens ("a
    /// one-sentence summary", "sixty words").
    static func numbers(in task: String) -> [Int] {
        let words = numberWords
        var out: [Int] = []
        var token = ""
        for c in task.lowercased() + " " {
            if c.isLetter || c.isNumber, token.isEmpty || token.allSatisfy(\.isNumber) == c.isNumber {
                token.append(c)
                continue
            }
            if let n = Int(token) ?? words[token] ?? moreNumberWords[token], !out.contains(n) { out.append(n) }
            token = c.isLetter || c.isNumber ? String(c) : ""
        }
        return out
    }

    /// `text` held to `words` words: whole when it fits, else up to the last sentence end in
    /// the limit (a mark before a space, if that keeps half of it), else cut with an ellipsis.
    static func trimmed(_ text: String, words: Int) -> String {
        let all = text.split(whereSeparator: \.isWhitespace)
        guard all.count > words else { return text }
        let cut = all.prefix(words).joined(separator: " ")
        // A sentence's end, not an address's or a number's dot ("claims@lymemutual.example":
        // fresh18 1909's point was cut to "… to claims@lymemutual.").
        let ends = { (i: String.Index) in ".!?".contains(cut[i]) && (cut.index(after: i) == cut.endIndex || cut[cut.index(after: i)].isWhitespace) }
        if let end = cut.indices.last(where: ends), cut.distance(from: cut.startIndex, to: end) > cut.count / 2 {
            return String(cut[...end])
        }
        return cut.trimmingCharacters(in: CharacterSet(charactersIn: ",;: ")) + "…"
    }

    /// `text` on one line, a list marker or a step's number before it dropped.
    static func cleanLine(_ text: String) -> String {
        var t = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        if let r = t.range(of: #"^([-*+•]|\d+[.)])\s+"#, options: .regularExpression) { t.removeSubrange(r) }
        return t.replacingOccurrences(of: "**", with: "").trimmingCharacters(in: .whitespaces)
    }

    static func wordCount(_ text: String) -> Int { text.split(whereSeparator: \.isWhitespace).count }
}
