import Foundation
import StewardJSON

/// The text a person asks to add, cut out of the task's own sentence ("could you note in my todo
/// that the plumber comes on Tuesday" → "the plumber comes on Tuesday"). Asked to write the
/// line, the 0.5B model copied the request with it (6 of 14 wordings right: "call the bank to my
/// to-do list in memory/todo.md"); asked to pick it from the spans of the task's words that are
/// not a request, a place in a file or a path, 13 of 14, and 7 of 8 wordings written afterwards.
extension AgentLoop {
    /// The one text the task quotes (`Coaching.quotedTexts`), once or more: the person wrote
    /// the line out.
    static func quotedText(in task: String) -> String? {
        let found = Set(Coaching.quotedTexts(in: task))
        return found.count == 1 ? found.first : nil
    }

    /// The text after a path's colon, to the end of the task: the line written out ("Add a new
    /// first line to memory/family/sayings.md: 9 Nov, Pip (5): \"The moon …\""); two words or
    /// more, no other path in it, nor a "/" at all unless `figures` (a score, "4/5", or a date,
    /// "18/10/2026", in a table's row: fresh22 2303; a date so written in a record goes the
    /// model's way and is reshaped like the others).
    static func colonText(in task: String, figures: Bool = false) -> String? {
        let tokens = task.split(separator: " ", omittingEmptySubsequences: true)
        guard let i = tokens.firstIndex(where: { $0.hasSuffix(":") && ($0.contains("/") || isFileName(String($0.dropLast()))) }) else { return nil }
        let rest = tokens[(i + 1)...]
        let path = { (token: Substring) in
            figures
                ? Coaching.workspacePath(Coaching.trimmed(String(token).trimmingCharacters(in: CharacterSet(charactersIn: ",")))) != nil
                : token.contains("/")
        }
        guard rest.count >= 2, !rest.contains(where: path) else { return nil }
        let text = rest.joined(separator: " ").trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// Whether the records of a file quote someone: two lines or more with a text in double
    /// quotes, and at least half of its lines that are not headings.
    static func quotesInRecords(_ text: String) -> Bool {
        let lines = text.split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("#") }
        let quoting = lines.filter { $0.range(of: #""[^"]+"|“[^”]+”"#, options: .regularExpression) != nil }
        return quoting.count >= 2 && quoting.count * 2 >= lines.count
    }

    /// The text the task says a new line says, after "saying (that, to)", "that says", "it should
    /// say", "should read" (a colon after them optional): to the end of its sentence, a
    /// where-phrase, a path, "above/below the …" or a comma before "and", "in", "like", "as" or
    /// "written" (how the line is written, not what); three words or more. "It should
    /// say: In an emergency, call Lou on 07700 900461." → that line (measured: picked from the
    /// spans, "Lou on 07700 900461", since no span starts with "In").
    static func saidText(in task: String) -> String? {
        let tokens = task.split(whereSeparator: \.isWhitespace)
        let places = wherePhrases(tokens)
        let helpers: Set<String> = ["should", "must", "would", "to", "that", "which", "it", "will"]
        // What a line says before what someone else said ("The reminder letter says the MOT
        // runs out …. Please add a line … saying to book the MOT …"): a trigger with a line, an
        // entry or "it should" just before it first.
        let lineWords: Set<String> = ["line", "lines", "entry", "item", "row", "heading", "it", "should", "must", "one"]
        let aboutALine = { (i: Int) in tokens[max(0, i - 8)..<i].contains { lineWords.contains(spanWord($0)) } }
        let order = tokens.indices.filter(aboutALine) + tokens.indices.filter { !aboutALine($0) }
        for i in order {
            let token = tokens[i]
            let word = spanWord(token)
            let colon = token.hasSuffix(":")
            guard
                ["say", "says", "saying"].contains(word)
                    || (["read", "reads"].contains(word) && (colon || (i > 0 && helpers.contains(spanWord(tokens[i - 1])))))
            else { continue }
            var k = i + 1
            // "saying that …"; "saying to book the MOT …" is the job "book the MOT …".
            if !colon, k < tokens.count, ["that", "to"].contains(spanWord(tokens[k])) { k += 1 }
            var words: [Substring] = []
            let manner: Set<String> = ["and", "in", "like", "as", "written", "formatted", "matching", "following", "keeping", "just"]
            while k < tokens.count, !places.contains(k), !tokens[k].contains("/") {
                let w = spanWord(tokens[k])
                if ["above", "below", "beneath", "under", "underneath"].contains(w) { break }
                // ", in the same style as the other jobs", ", and keep …": how, not what.
                if manner.contains(w), let previous = words.last, previous.hasSuffix(",") { break }
                words.append(tokens[k])
                if let end = tokens[k].last, ".;?!".contains(end) { break }
                k += 1
            }
            let text = words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,;:?!.\"'“”"))
            if words.count >= 3 { return text }
        }
        return nil
    }

    /// A new record for a file of records (a log whose lines each hold a number: "- 5 Dec,
    /// morning: 127/81, pulse 66", a CSV's rows), written by the model like the lines there
    /// from the details the task gives ("131 over 85 with a pulse of sixty-eight, set out like
    /// the others"): a span of the task's words cannot be such a line. Taken only when it has
    /// every number the task gives that the file does not, is no line the file has, and starts
    /// as the records do (`sameShape`); else nil, and the spans are asked.
    /// Measured on fresh8's log entries: the 0.5B and the 1.5B model alike picked the span "131
    /// over 85, pulse 68" (0 of 6 for either); asked for the row, the 0.5B model copied the last
    /// row, the 1.5B wrote it.
    func recordLine(path: String, text: String, task: String, words: String, _ state: inout LoopState) async -> String? {
        let lines = text.split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        // A CSV's header row is not a record; a list with no heading starts with one.
        let header = lines.first.map { $0.contains(",") && !$0.contains(where: \.isNumber) } ?? false
        let records = lines.dropFirst(header ? 1 : 0).filter { !$0.hasPrefix("#") && $0.contains(where: \.isNumber) }
        // A number is new when the file does not have it as a number of its own ("9" is new
        // beside "19 Oct").
        let given = Self.givenNumbers(in: words).filter { !Self.hasNumber($0, in: text) && !path.contains($0) }
        // A quote the task gives goes into the record whole, when the records quote.
        let quote = Self.quotesInRecords(text) ? Self.quotedText(in: words) : nil
        guard records.count >= 2, !given.isEmpty || quote != nil else { return nil }
        let shown = (records.first == lines.first ? [] : [lines[0]]) + records.suffix(4)
        let q = FormQuestion(
            system:
                "You add one line to a file: a new record written exactly like the lines already there (the same fields in the same order, the same abbreviations, units and punctuation), holding the details the task gives. Reply with JSON {\"text\": LINE}.",
            user: "File \(path), its first line and last lines:\n" + shown.joined(separator: "\n") + "\nTask: " + task,
            schema: FormQuestion.object([("text", Self.recordSchema(records))]), maxTokens: 80)
        guard var answer = await form(q, &state)?["text"]?.string?.trimmingCharacters(in: .whitespacesAndNewlines) else { return nil }
        // The file's lines written back with the new one: the one line the file does not have
        // (fresh19 2003: the race list's last lines came back with the new race after them).
        let new = answer.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !lines.contains($0) }
        if answer.contains("\n"), new.count == 1 { answer = new[0] }
        if let last = records.last { answer = Self.reshaped(answer, like: last) }
        if let quote { answer = Self.requoted(answer, quote: quote) }
        guard !answer.contains("\n"),
            !lines.contains(answer), given.allSatisfy({ answer.contains($0) }), Self.sameShape(answer, as: records),
            quote.map({ answer.contains($0) }) ?? true
        else { return nil }
        return answer
    }

    /// `line` with the separators between its fields as `record` has them, when both have as
    /// many fields ("- 07/03/2027, Ashby Half Marathon, 1:52:14" like "- 13/09/2026: Great North
    /// Run, 2:01:37" is "- 07/03/2027: Ashby Half Marathon, 1:52:14"). A field ends at a comma,
    /// semicolon, colon or dash before a space ("1:52:14" is one field).
    static func reshaped(_ line: String, like record: String) -> String {
        let sep = #"\s*[,;:]\s+|\s+[-–]\s+"#
        func parts(_ s: String) -> (lead: String, fields: [String], seps: [String]) {
            let lead = s.range(of: #"^\s*(?:[-*+]\s+|\d+[.)]\s+)?"#, options: .regularExpression).map { String(s[$0]) } ?? ""
            var rest = Substring(s.dropFirst(lead.count))
            var fields: [String] = []
            var seps: [String] = []
            while let r = rest.range(of: sep, options: .regularExpression) {
                fields.append(String(rest[..<r.lowerBound]))
                seps.append(String(rest[r]))
                rest = rest[r.upperBound...]
            }
            return (lead, fields + [String(rest)], seps)
        }
        let own = parts(line)
        let model = parts(record)
        guard own.fields.count == model.fields.count, own.seps != model.seps, !own.fields.contains(where: \.isEmpty) else { return line }
        var out = own.lead
        for (i, f) in own.fields.enumerated() { out += f + (i < model.seps.count ? model.seps[i] : "") }
        return out
    }

    /// The schema of a new record: a string, held by a pattern to how the records start
    /// ("- 2 Nov, Pip (5): \"…\"" gives `^- [0-9].*$`). Measured with the 0.5B model on
    /// fresh9's sayings: unheld, it answered the quote alone; held, "- 9 November, Pip, aged
    /// five: \"The moon is following our car.\"".
    static func recordSchema(_ records: [String]) -> JSONValue {
        var schema: [String: JSONValue] = ["type": "string", "maxLength": .number(160)]
        // Each record as its lead (a bullet, or a number and its dot) and the rest.
        let parts = records.map { r -> (lead: String, rest: String) in
            guard let m = r.range(of: #"^(?:[-*+] |[0-9]+[.)] )"#, options: .regularExpression) else { return ("", r) }
            return (String(r[m]), String(r[m.upperBound...]))
        }
        let leads = Set(parts.map { $0.lead.first?.isNumber == true ? "1" + String($0.lead.suffix(2)) : $0.lead })
        guard leads.count == 1, let lead = leads.first else { return .object(schema) }
        var pattern = "^"
        if lead.first == "1" {
            pattern += "[0-9]+" + NSRegularExpression.escapedPattern(for: String(lead.dropFirst()))
        } else {
            pattern += NSRegularExpression.escapedPattern(for: lead)
        }
        let digit = parts.allSatisfy { $0.rest.first?.isNumber == true }
        guard !lead.isEmpty || digit else { return .object(schema) }
        schema["pattern"] = .string(pattern + (digit ? "[0-9]" : "") + ".*$")
        return .object(schema)
    }

    /// `line` with the task's `quote` in double quotes, as the records have it: held to them by
    /// the schema, the model wandered off ("….000000", measured), so it writes it as it likes
    /// ("told us 'The moon is following our car.'") and the quotes are set here.
    static func requoted(_ line: String, quote: String) -> String {
        let wanted = "\"" + quote + "\""
        guard !line.contains(wanted) else { return line }
        for (open, close) in [("'", "'"), ("\u{2018}", "\u{2019}"), ("\u{201C}", "\u{201D}")] where line.contains(open + quote + close) {
            return line.replacingOccurrences(of: open + quote + close, with: wanted)
        }
        return line.replacingOccurrences(of: quote, with: wanted)
    }

    /// Whether `text` has `number` as a number of its own, not inside a longer one.
    static func hasNumber(_ number: String, in text: String) -> Bool { numberRange(number, in: text) != nil }

    /// Where `number` first stands in `text` as a number of its own.
    static func numberRange(_ number: String, in text: String) -> Range<String.Index>? {
        let escaped = NSRegularExpression.escapedPattern(for: number)
        return text.range(of: "(?<![0-9.,:])" + escaped + "(?![0-9]|[.,:][0-9])", options: .regularExpression)
    }

    /// Whether `line` starts as `records` all do: with the same bullet ("- ", "* ", "1. "
    /// counts as any number) or none, and, for rows with commas, has as many commas.
    static func sameShape(_ line: String, as records: [String]) -> Bool {
        func lead(_ s: String) -> String {
            if let r = s.range(of: #"^\s*(?:[-*+]\s|\d+[.)]\s)?"#, options: .regularExpression) {
                return String(s[r]).replacingOccurrences(of: #"\d+"#, with: "1", options: .regularExpression)
            }
            return ""
        }
        let leads = Set(records.map(lead))
        // A bare line is given the list's bullet by `append_to_file`.
        guard leads.count == 1, let first = leads.first, lead(line) == first || lead(line).isEmpty else { return false }
        let commas = Set(records.map { $0.filter { $0 == "," }.count })
        // CSV rows: the same number of fields (a log's free text may have any).
        if commas.count == 1, let n = commas.first, n >= 2, !records.contains(where: { $0.contains("\"") }) {
            return line.filter { $0 == "," }.count == n
        }
        return true
    }

    /// Words that start a request or tie it together, never the first word of what is added.
    static let requestWords: Set<String> = [
        "to", "in", "into", "on", "at", "of", "my", "could", "you", "please", "can", "add", "put", "append", "note", "and", "as",
        "it", "that", "saying", "line", "item", "i", "me", "write", "down", "jot", "remind", "for", "so", "with", "is", "new",
        "need", "remember", "just", "have", "this", "end", "top", "first", "reminder", "list", "todo", "to-do", "notes", "file",
    ]
    /// Words that never end what is added.
    static let danglingWords: Set<String> = [
        "to", "in", "into", "on", "at", "of", "my", "the", "a", "and", "that", "saying", "as", "for", "so", "with", "is", "could",
        "you", "please", "can", "add", "put", "line", "it", "list", "todo",
    ]
    /// Words for a place in a file or the file itself: "to my list", "at the very top".
    static let placeWords: Set<String> = [
        "list", "file", "note", "notes", "todo", "to-do", "todos", "end", "top", "bottom", "start", "beginning", "first", "last", "front",
        "title", "heading", "header",
    ]

    /// A word as the span rules see it: lower-cased, letters, digits, `'`, `/` and `-` only.
    static func spanWord(_ token: Substring) -> String {
        String(token.lowercased().filter { $0.isLetter || $0.isNumber || "'/-".contains($0) })
    }

    /// The tokens of a where-phrase: a preposition before (my/the/very…) a place word or a path
    /// ("to my to-do list", "at the very top", "in memory/todo.md", "just below the heading",
    /// "before the first item"), or "as a new item/line".
    static func wherePhrases(_ tokens: [Substring]) -> Set<Int> {
        let determiners: Set<String> = ["my", "the", "your", "a", "an", "very", "this", "that"]
        var out: Set<Int> = []
        for (i, token) in tokens.enumerated() {
            let word = spanWord(token)
            guard ["to", "in", "into", "on", "onto", "at", "of", "as", "under", "below", "beneath", "above", "before"].contains(word) else {
                continue
            }
            var k = i + 1
            while k < tokens.count && determiners.contains(spanWord(tokens[k])) { k += 1 }
            guard k < tokens.count else { continue }
            let next = spanWord(tokens[k])
            // "On the first of every month" is a day, not the file's first line (fresh17 1803).
            if ["first", "last"].contains(next), k + 1 < tokens.count, spanWord(tokens[k + 1]) == "of" { continue }
            let place =
                word == "as"
                ? ["new", "item", "line", "entry", "first", "last", "number", "point", "step", "next", "row"].contains(next)
                : placeWords.contains(next) || next.contains("/")
            // With its number ("as number 6", "as item 6": fresh26 2703, whose model picked "6").
            let numbered = k + 1 < tokens.count && Int(spanWord(tokens[k + 1])) != nil
            if place { out.formUnion(i...(numbered ? k + 1 : k)) }
        }
        return out
    }

    /// Whether a where-phrase of the task puts the text first: "at the (very) top", "as the
    /// first line", "at the start / beginning / front"; or it goes under or above the file's
    /// title ("directly under the title", "above the heading": `Coaching.underTitle`, `aboveTitle`).
    static func saysStart(_ task: String) -> Bool {
        let tokens = task.split(whereSeparator: \.isWhitespace)
        return wherePhrases(tokens).contains { ["top", "start", "beginning", "first", "front"].contains(spanWord(tokens[$0])) }
            || Coaching.underTitle(task) || Coaching.aboveTitle(task)
    }

    /// The spans of the task's words that may be the text to add: up to 14 words, not crossing a
    /// sentence's end, a path or a where-phrase, not starting with a request word nor ending with
    /// a word that ties on to more; outer punctuation and quotes dropped.
    static func textSpans(_ task: String) -> [String] {
        let tokens = task.split(whereSeparator: \.isWhitespace)
        let places = wherePhrases(tokens)
        let starts = requestWords.subtracting(["the", "a"])
        var spans: [String] = []
        for i in tokens.indices where !places.contains(i) && !tokens[i].contains("/") {
            for j in i..<min(tokens.count, i + 14) {
                if places.contains(j) || tokens[j].contains("/") { break }
                if j > i, let end = tokens[j - 1].last, ";?!.".contains(end) { break }
                if starts.contains(spanWord(tokens[i])) { break }
                if danglingWords.contains(spanWord(tokens[j])) { continue }
                let span = tokens[i...j].joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ",;?!.\"'“”"))
                if !span.isEmpty && !spans.contains(span) { spans.append(span) }
            }
        }
        return spans
    }

    /// `span` with the article before it in the task ("plumber comes" → "the plumber comes"):
    /// the model's pick often leaves it off, and the line reads as the person wrote it with it.
    static func withArticle(_ span: String, in task: String) -> String {
        let tokens = task.split(whereSeparator: \.isWhitespace).map(spanWord)
        let words = span.split(whereSeparator: \.isWhitespace).map(spanWord)
        guard !words.isEmpty, !["the", "a", "an"].contains(words[0]) else { return span }
        for i in tokens.indices.dropFirst() where Array(tokens[i..<min(tokens.count, i + words.count)]) == words {
            if ["the", "a", "an"].contains(tokens[i - 1]) {
                let article = task.split(whereSeparator: \.isWhitespace)[i - 1]
                return article + " " + span
            }
            return span
        }
        return span
    }
}
