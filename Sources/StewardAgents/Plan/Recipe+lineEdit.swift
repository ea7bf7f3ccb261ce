import Foundation
import StewardJSON

/// Line edits that are not a value a model writes (issue 19): ticking a checklist item
/// (`- [ ] x` → `- [x] x`), crossing one out (`- ~~x~~`), fixing a misspelt word. Asked to write
/// the new line, the 0.5B model copied the line unchanged or the whole file (0 of 13 of these
/// wordings); asked only which item, with the mark made by code, 9 of 9 ticks and cross-outs.
extension AgentLoop {
    /// How a task marks one item of a list.
    enum Mark: Sendable { case tick, strike }

    /// A change a replace makes in a file: a whole line (`word` false: the line must be there
    /// once), or a word put right wherever it stands as a whole word (`word` true).
    struct LineEdit: Sendable, Equatable {
        var old: String
        var new: String
        var word: Bool
    }

    /// The (line, new line) pairs `edit` makes in `text`; empty when it has nothing to change there.
    static func lines(_ edit: LineEdit, in text: String) -> [(line: String, new: String)] {
        guard edit.word else { return occurrences(of: edit.old, in: text) == 1 ? [(edit.old, edit.new)] : [] }
        var pairs: [(line: String, new: String)] = []
        for line in text.split(separator: "\n").map(String.init) where !pairs.contains(where: { $0.line == line }) {
            let new = replacingWord(edit.old, with: edit.new, in: line)
            if new != line { pairs.append((line, new)) }
        }
        return pairs
    }

    /// `line` with `word` replaced where it stands as a whole word (not inside another).
    static func replacingWord(_ word: String, with new: String, in line: String) -> String {
        let pattern = "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: word) + "(?![\\p{L}\\p{N}])"
        guard let re = try? NSRegularExpression(pattern: pattern) else { return line }
        return re.stringByReplacingMatches(
            in: line, range: NSRange(line.startIndex..., in: line), withTemplate: NSRegularExpression.escapedTemplate(for: new))
    }

    /// The task's words, lower-cased, split at anything not a letter.
    static func taskWords(_ task: String) -> Set<String> {
        Set(task.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
    }

    /// The mark the task asks for, when `lines` have an item it can go on: a tick ("tick",
    /// "done", "check … off") on an open checkbox item, a strike ("cross out", "strike") on a
    /// list item not struck yet.
    static func mark(_ task: String, lines: [String]) -> Mark? {
        let w = taskWords(task)
        let off = w.contains("off")
        let ticks =
            !w.isDisjoint(with: ["tick", "ticked", "done", "complete", "completed", "finished"])
            || (off && !w.isDisjoint(with: ["check", "checked", "cross", "crossed"]))
        if ticks && lines.contains(where: { openBox($0) != nil }) { return .tick }
        let strikes =
            !w.isDisjoint(with: ["strike", "strikethrough", "struck"])
            || (!w.isDisjoint(with: ["cross", "crossed"]) && !w.isDisjoint(with: ["out", "off", "through"]))
        if strikes && lines.contains(where: { listItem($0) != nil }) { return .strike }
        return nil
    }

    /// An open checkbox item split as (`- `, `x`): `- [ ] x`, `* [ ] x`, indented or not.
    static func openBox(_ line: String) -> (marker: String, item: String)? {
        match(line, "^(\\s*[-*+] )\\[ \\] (.+)$")
    }

    /// A list item not struck through split as (`- [x] `, `x`).
    static func listItem(_ line: String) -> (marker: String, item: String)? {
        guard let m = match(line, "^(\\s*(?:[-*+]|\\d+[.)]) (?:\\[[ xX]\\] )?)(.+)$"), !m.item.hasPrefix("~~") else { return nil }
        return m
    }

    static func match(_ line: String, _ pattern: String) -> (marker: String, item: String)? {
        guard let re = try? NSRegularExpression(pattern: pattern),
            let m = re.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
            let a = Range(m.range(at: 1), in: line), let b = Range(m.range(at: 2), in: line)
        else { return nil }
        return (String(line[a]), String(line[b]))
    }

    /// `line` with `mark` made on it.
    static func marked(_ line: String, _ mark: Mark) -> String? {
        switch mark {
        case .tick: return openBox(line).map { $0.marker + "[x] " + $0.item }
        case .strike: return listItem(line).map { $0.marker + "~~" + $0.item + "~~" }
        }
    }

    /// The item the task ticks or crosses out, picked from an enum of the items it can go on
    /// (the file shown numbered, then the task), marked by code.
    func markedLine(_ mark: Mark, path: String, text: String, task: String, _ state: inout LoopState) async -> LineEdit? {
        let all = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var items: [String] = []
        for l in all where Self.marked(l, mark) != nil && !items.contains(l) { items.append(l) }
        guard !items.isEmpty, all.count <= Self.shownLines else { return nil }
        let numbered = (text.hasSuffix("\n") ? all.dropLast() : all[...]).enumerated().map { "\($0.offset + 1): \($0.element)" }
        let q = FormQuestion(
            system: "You change one line of a file as the person asks. Pick the line the change is in. Reply with JSON {\"line\": LINE}.",
            user: "File \(path):\n" + numbered.joined(separator: "\n") + "\n\nTask: " + task,
            schema: FormQuestion.object([("line", FormQuestion.oneOf(items))]), maxTokens: 24 + (items.map(\.count).max() ?? 0))
        guard let line = await form(q, &state)?["line"]?.string, items.contains(line), let new = Self.marked(line, mark) else { return nil }
        return LineEdit(old: line, new: new, word: false)
    }

    // MARK: words

    /// "Replace X with Y", "change X to Y" where X stands in the file as a whole word or words:
    /// X made Y wherever it stands, by code (fresh3's "Replace Thursday with Tuesday in rota.md
    /// and poster.md": the line question made "Tidying up on Thursday: Ines" "… Tuesday: Ben").
    /// Not when Y runs on past X's length by more than a word (the task's words after it, read
    /// as part of Y: "change Thursday to Tuesday wherever it appears"), nor when X is said by
    /// what it is ("change the time to 9:30": the line question finds it).
    /// X is taken on by the file's words after it that Y ends with ("from 950 GBP to 985 GBP a
    /// month" where the line says "Rent: 950 GBP a month, paid on the 1st": fresh14 1502, the
    /// line question dropped ", paid on the 1st").
    static func wordSwap(_ task: String, in text: String) -> LineEdit? {
        let described: Set<String> = ["the", "my", "our", "your", "his", "her", "its", "their", "this", "that", "a", "an"]
        guard let (said, y) = Coaching.replacement(in: task), let first = words(of: said).first else { return nil }
        var x = said
        // Said by what it is, then as the file has it ("change the pick-up point Tesco car park,
        // Hollin Lane to …": fresh27 2806): the longest end of it, two words or more with a
        // capital or a figure, that stands in the file.
        if described.contains(first) {
            let tokens = said.split(separator: " ")
            guard
                let end = tokens.indices.dropFirst().map({ tokens[$0...].joined(separator: " ") }).first(where: {
                    $0.split(separator: " ").count >= 2 && $0.contains(where: { $0.isUppercase || $0.isNumber }) && standsAlone($0, in: text)
                })
            else { return nil }
            x = end
        }
        // Said after what it is ("from berth A3 to D5" where the file has `"berth": "A3"`,
        // fresh33 3402): its last word, with a figure, when that alone is on one line.
        if !standsAlone(x, in: text), words(of: y).count == 1, let end = x.split(separator: " ").last.map(String.init), end != x,
            end.contains(where: \.isNumber), standsAlone(end, in: text),
            lines(LineEdit(old: end, new: y, word: true), in: text).count == 1
        {
            x = end
        }
        let (xs, ys) = (x.split(separator: " "), y.split(separator: " "))
        if ys.count > xs.count + 1, case let longer = x + " " + ys.dropFirst(xs.count).joined(separator: " "), standsAlone(longer, in: text) {
            x = longer
        }
        guard words(of: y).count <= words(of: x).count + 1 else { return nil }
        let edit = LineEdit(old: x, new: y, word: true)
        return lines(edit, in: text).isEmpty ? nil : edit
    }

    /// "… on Thursday night instead of Wednesday", "says Thursday night rather than Wednesday
    /// night": X after "instead of" or "rather than" (to a pause or a small word), in the file
    /// as a whole word or words, made Y, the as many words before it. X is taken on by the
    /// file's words after it that Y ends with ("Wednesday" → "Wednesday night" for "Thursday
    /// night"). Made on one line: the one line that has X, else the one of them sharing most
    /// words with the task (measured: the line question picked the note's title for both).
    static func insteadSwap(_ task: String, in text: String) -> LineEdit? {
        let small: Set<String> = [
            "in", "and", "so", "for", "on", "at", "of", "to", "the", "a", "an", "is", "are", "be", "it", "that", "this", "please", "but",
            "still", "as", "goes", "go", "says", "say", "reads", "read", "now", "with", "from", "by",
        ]
        let tokens = clockTimes(task).split(separator: " ").map(String.init)
        let lower = tokens.map { Coaching.bare($0).lowercased() }
        for i in tokens.indices.dropLast(2) where (lower[i] == "instead" && lower[i + 1] == "of") || (lower[i] == "rather" && lower[i + 1] == "than")
        {
            var x: [String] = []
            for t in tokens[(i + 2)...].prefix(4) {
                let w = Coaching.bare(t)
                if w.isEmpty || small.contains(w.lowercased()) || w.contains("/") { break }
                x.append(w)
                if let end = t.last, ",;.?!:)".contains(end) { break }
            }
            var before = tokens[..<i].map(Coaching.bare)
            // Not the words that only say since when ("collected on Wednesday from now on rather
            // than Tuesday": fresh24 2502).
            for filler in [["from", "now", "on"], ["now"], ["from", "today"], ["going", "forward"], ["these", "days"]]
            where before.count > filler.count && before.suffix(filler.count).map({ $0.lowercased() }) == filler {
                before.removeLast(filler.count)
                break
            }
            guard !x.isEmpty, !before.isEmpty else { continue }
            // A figure instead of a figure is the last figure before it, of the same currency
            // ("charging £16.50 an hour from April instead of £15": fresh21 2206, which made
            // "£15" "April").
            var tries = stride(from: min(2, before.count - 1), through: 0, by: -1).map { k in
                ((x + before.suffix(k)).joined(separator: " "), Array(before.suffix(x.count + k)), k)
            }
            // A place with a comma in it, the new one written alike before ("at the Library car
            // park, Otley Road rather than Tesco car park, Hollin Lane": fresh27 2806, whose
            // "Tesco car park" became "park Otley Road"): both whole, first.
            if let end = tokens[(i + 2)...].prefix(x.count).last, end.hasSuffix(","), x.count >= 2 {
                var raw = Array(tokens[(i + 2)...].prefix(x.count))
                for t in tokens[(i + 2 + x.count)...].prefix(3) {
                    let w = Coaching.bare(t)
                    guard !w.isEmpty, !small.contains(w.lowercased()), w.first?.isUppercase == true else { break }
                    raw.append(t)
                    if let last = t.last, ",;.?!:)".contains(last) { break }
                }
                let written = { (ts: [String]) in
                    ts.enumerated().map { $0.offset == ts.count - 1 ? Coaching.bare($0.element) : $0.element }.joined(separator: " ")
                }
                // The new one: its part after its last comma, and the words before that comma back
                // to a small word ("at the Library car park, Otley Road").
                let head = Array(tokens[..<i])
                let plain = { (t: String) in !Coaching.bare(t).isEmpty && !small.contains(Coaching.bare(t).lowercased()) }
                if raw.count > x.count, standsAlone(written(raw), in: text), let comma = head.lastIndex(where: { $0.hasSuffix(",") }),
                    comma + 1 < head.count, head[(comma + 1)...].allSatisfy(plain)
                {
                    var start = comma
                    while start > 0, plain(head[start - 1]), !(head[start - 1].last.map { ",;.:!?".contains($0) } ?? false) { start -= 1 }
                    let said = Array(head[start...])
                    if plain(head[comma]), said.first?.first?.isUppercase == true {
                        tries.insert(
                            (
                                written(raw), said.enumerated().map { $0.offset == said.count - 1 ? Coaching.bare($0.element) : $0.element },
                                said.count - x.count
                            ), at: 0)
                    }
                }
            }
            if x.count == 1, let sign = figureSign(x[0]), let y = before.last(where: { figureSign($0) == sign }) {
                tries = [(x[0], [y], 0)]
                // A file of bare figures has the price without its sign ("strawberry,340 g,3.50"
                // for "£4.00 instead of £3.50": fresh31 3206, a price list, labels and JSON).
                if !sign.isEmpty { tries.append((String(x[0].dropFirst()), [String(y.dropFirst())], 0)) }
            }
            for (old, cut, k) in tries {
                guard cut.count == x.count + k, !cut.contains(where: { $0.isEmpty || small.contains($0.lowercased()) }) else { continue }
                // A name is taken whole: "Elm Road Community Centre instead of St Mark's Hall"
                // is not "Road Community Centre" (fresh23 2406).
                // Not a sentence's first word ("Put Thursday instead of Wednesday").
                var y = cut
                while y.first?.first?.isUppercase == true, case let j = before.count - y.count - 1, j >= 1,
                    before[j].first?.isUppercase == true, !small.contains(before[j].lowercased()),
                    !(tokens[j - 1].last.map { ".!?:".contains($0) } ?? false)
                {
                    y.insert(before[j], at: 0)
                }
                let edit = LineEdit(old: old, new: y.joined(separator: " "), word: true)
                // Not a part of an address, a path or a name ("postmial" of
                // "nadia@postmial.example" made "nadia@nadia@postmail.example.example").
                let pairs = lines(edit, in: text).filter { standsAlone(old, in: $0.line) }
                guard !pairs.isEmpty else { continue }
                // Not the words of what the task leaves as it is (fresh13 1402: "The summer
                // concert still starts at 7:30 pm, so leave that line … alone").
                let said = Set(words(of: withoutKeeping(clockTimes(task))))
                let best = pairs.map { p in Set(words(of: p.line)).intersection(said).count }
                guard let top = best.max(), best.filter({ $0 == top }).count == 1, let at = best.firstIndex(of: top) else { return nil }
                return LineEdit(old: pairs[at].line, new: pairs[at].new, word: false)
            }
        }
        return nil
    }

    /// A figure's currency sign ("£" of "£16.50", "" of "16.50"); nil for a word or a clock time.
    static func figureSign(_ token: String) -> String? {
        guard let m = token.range(of: #"^[£$€]?\d[\d,]*(\.\d+)?$"#, options: .regularExpression), m == token.startIndex..<token.endIndex else {
            return nil
        }
        return token.first.map { "£$€".contains($0) ? String($0) : "" }
    }

    /// `text` with a time said in words written as a clock does: "half past seven" is "7:30",
    /// "a quarter past 8" "8:15", "quarter to nine" "8:45" (fresh13 1402: "at 7 pm rather than
    /// half past seven", the file saying "7:30 pm").
    static func clockTimes(_ text: String) -> String {
        let hours = numberWords.map { ($0.key, $0.value) } + [("eleven", 11), ("twelve", 12)] + (1...12).map { (String($0), $0) }
        var out = text
        for (word, h) in hours {
            let at = #"\b"# + word + #"\b(?!:)"#
            for (said, clock) in [
                ("half past ", "\(h):30"), ("(?:a )?quarter past ", "\(h):15"), ("(?:a )?quarter to ", "\(h == 1 ? 12 : h - 1):45"),
            ] {
                out = out.replacingOccurrences(of: #"\b"# + said + at, with: clock, options: [.regularExpression, .caseInsensitive])
            }
        }
        return out
    }

    /// Whether `part` stands in `line` as words of their own: not next to a letter, digit or
    /// any of `@ . / _ -` (which would make it part of an address, a path or a file name).
    static func standsAlone(_ part: String, in line: String) -> Bool {
        let pattern = "(?<![\\p{L}\\p{N}@./_-])" + NSRegularExpression.escapedPattern(for: part) + "(?![\\p{L}\\p{N}@/_-]|\\.[\\p{L}\\p{N}])"
        return line.range(of: pattern, options: .regularExpression) != nil
    }

    // MARK: addresses

    /// An e-mail address, phone number or web address the task gives in place of one the file has: when the
    /// task writes exactly one such value the file lacks and the file has exactly one of that
    /// kind the task does not write (or, when it writes them all, exactly one it writes), that
    /// one is changed to it, by code ("my email changed to
    /// sam@new.example": the line question picked the wrong line in 3 of 5 such wordings).
    static func valueSwap(_ task: String, in text: String) -> LineEdit? {
        // (Or a web address: "The fridge has its own web address now, https://kingsroadfridge.example.
        // Could you put it in place of the old one …": fresh33 3406, whose line question made a
        // name line hold it.)
        let kinds = [
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+", "\\+?[0-9][0-9 ()/-]{5,}[0-9]",
            "https?://[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+(?:/[A-Za-z0-9._~%/?=&#+-]*[A-Za-z0-9_~/=#+-])?",
        ]
        // (The words every web address has say none apart.)
        let generic: Set<String> = ["http", "https", "www", "example", "com", "org", "net", "co", "uk", "html"]
        for pattern in kinds {
            let given = values(pattern, in: task)
            let had = values(pattern, in: text)
            let new = given.filter { !had.contains($0) }
            // "Replace sam@old.example with sam@new.example": the task writes the old one too
            // (then it is that one, though the file has others: "dana@riversidefc.example instead
            // of dana.reyes@oldmail.example" changed Sam's, fresh32 3306).
            // (An address only: a phone number's digits may be a date's the task and file share.)
            let written = had.filter { given.contains($0) }
            let others = had.filter { !given.contains($0) }
            // (Written out, a web address is the one to replace as an e-mail address is: fresh33
            // 3406's "from https://kingsroadfridge.oldhost.example to …" changed the form's.)
            var old = written.isEmpty || (pattern == kinds[1] && !others.isEmpty) ? others : written
            // Of several, the one whose words the new one's or the task's (not what it keeps) say
            // ("Coach Dana has a new club email, dana@riversidefc.example … Sam keeps his old one").
            if old.count > 1, new.count == 1 {
                let own = { (v: String) in
                    Set(words(of: v.split(separator: "@").first.map(String.init) ?? v).filter { $0.count >= 2 && !generic.contains($0) })
                }
                let said = Set(words(of: withoutKeeping(task)).filter { $0.count >= 2 })
                for narrowing in [own(new[0]), said] {
                    let sharing = old.filter { !own($0).isDisjoint(with: narrowing) }
                    if sharing.count == 1 {
                        old = sharing
                        break
                    }
                }
            }
            if new.count == 1 && old.count == 1 { return LineEdit(old: old[0], new: new[0], word: true) }
        }
        return nil
    }

    /// Each labelled line's value ("Name: Aisha Rahman") changed to the one the task gives
    /// written alike and sharing a word with it ("I'm Aisha Okafor now! Could you change my name
    /// in …": fresh15 1606), when the task says the label's word, a line with one new value
    /// only. A figure alone may share no word with the old one when the task says the label's
    /// last word just before it ("the monthly payment to £1,104.20" for "Monthly payment:
    /// £912.40": fresh18 1902, whose payment was left as it was); a thousands comma does not
    /// change a value's shape.
    static func keyedSwaps(_ task: String, in text: String) -> [LineEdit] {
        let said = Set(Coaching.taskWords(in: task))
        let raw = task.split(whereSeparator: \.isWhitespace).map(String.init)
        let tokens = raw.map(Coaching.bare)
        let lower = tokens.map { $0.lowercased() }
        let shape = { (s: String) in Coaching.shape(s.replacingOccurrences(of: #"(?<=\d),(?=\d)"#, with: "", options: .regularExpression)) }
        var edits: [LineEdit] = []
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = Coaching.taskWords(in: String(line[..<colon]))
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            // Its words without their commas ("14 Mill Lane, Leeds LS2 7PQ": fresh16 1706).
            let own = value.split(separator: " ").map { Coaching.bare(String($0)) }
            guard !key.isEmpty, key.count <= 3, key.allSatisfy(said.contains), !own.isEmpty, own.count <= 8, tokens.count >= own.count else {
                continue
            }
            var found: [LineEdit] = []
            for i in 0...(tokens.count - own.count) {
                let words = Array(tokens[i..<(i + own.count)])
                // As the task writes it, commas inside kept, the end's dropped.
                let given = Coaching.bare(raw[i..<(i + own.count)].joined(separator: " "))
                let figure = own.count == 1 && value.contains(where: \.isNumber) && lower[max(0, i - 4)..<i].contains(key[key.count - 1])
                guard words != own, shape(words.joined(separator: " ")) == shape(own.joined(separator: " ")),
                    !Set(words).isDisjoint(with: own) || figure, !text.contains(given)
                else { continue }
                if !found.contains(where: { $0.old == value && $0.new == given }) { found.append(LineEdit(old: value, new: given, word: true)) }
            }
            if found.count == 1 { edits.append(found[0]) }
        }
        return edits
    }

    /// The lines `keyedSwaps` changes, when more than one, as one edit of the text from the first
    /// to the last of them.
    /// Edits of several `Key: value` lines of `text` as one edit from the first line to the
    /// last; nil for fewer than two.
    static func block(_ edits: [LineEdit], in text: String) -> LineEdit? {
        guard edits.count > 1 else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let changed = lines.indices.filter { i in edits.contains { lines[i].contains($0.old) && lines[i].contains(":") } }
        guard let first = changed.first, let last = changed.last else { return nil }
        let old = lines[first...last].joined(separator: "\n")
        var new = old
        for e in edits {
            guard let r = new.range(of: e.old) else { return nil }
            new.replaceSubrange(r, with: e.new)
        }
        return old == new ? nil : LineEdit(old: old, new: new, word: false)
    }

    static func values(_ pattern: String, in text: String) -> [String] {
        guard let re = try? NSRegularExpression(pattern: pattern) else { return [] }
        var found: [String] = []
        for m in re.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            if let r = Range(m.range, in: text), !found.contains(String(text[r])) { found.append(String(text[r])) }
        }
        return found
    }

    // MARK: spelling

    /// Whether the task is about spelling ("typo", "misspelt", "spelling").
    static func fixesSpelling(_ task: String) -> Bool {
        !taskWords(task).isDisjoint(with: ["typo", "typos", "spelling", "misspelt", "misspelled", "misspelling", "spelt", "spelled"])
    }

    /// The words of `text` as written (letters, with inner `'` or `-`), each once, in order.
    static func writtenWords(_ text: String) -> [String] {
        guard let re = try? NSRegularExpression(pattern: "\\p{L}+(?:['’-]\\p{L}+)*") else { return [] }
        var seen: [String] = []
        for m in re.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            if let r = Range(m.range, in: text), !seen.contains(String(text[r])) { seen.append(String(text[r])) }
        }
        return seen
    }

    /// The misspelt word of `text` and its right spelling. By code when the task writes the
    /// right spelling of exactly one word of the file ("I misspelled minutes": `minuts`); else
    /// the model picks the word (from the file's words the task names, or all of them) and
    /// writes it spelt right, taken only when that is a small change of one word.
    func spellingFix(path: String, text: String, task: String, _ state: inout LoopState) async -> LineEdit? {
        let fileWords = Self.writtenWords(text)
        let taskWords = Self.writtenWords(state.record.prompt)
        let lowerFile = Set(fileWords.map { $0.lowercased() })
        let lowerTask = Set(taskWords.map { $0.lowercased() })
        var pairs: [(String, String)] = []
        for t in taskWords where t.count >= 4 && !lowerFile.contains(t.lowercased()) {
            for f in fileWords where f.count >= 3 && !lowerTask.contains(f.lowercased()) && Self.misspelt(f, of: t) {
                pairs.append((f, Self.cased(t, like: f)))
            }
        }
        if pairs.count == 1 { return LineEdit(old: pairs[0].0, new: pairs[0].1, word: true) }
        let named = fileWords.filter { $0.count >= 3 && taskWords.contains($0) }
        let offered = named.isEmpty ? Array(fileWords.prefix(400)) : named
        guard !offered.isEmpty else { return nil }
        let shown = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(Self.shownLines).joined(separator: "\n")
        let q = FormQuestion(
            system: "The person's task fixes a misspelt word in a file. Pick the misspelt word and write it spelt right. "
                + "Reply with JSON {\"wrong\": WORD, \"right\": WORD}.",
            user: "File \(path):\n\(shown)\nTask: \(task)",
            schema: FormQuestion.object([("wrong", FormQuestion.oneOf(offered)), ("right", .object(["type": "string", "maxLength": .number(40)]))]),
            maxTokens: 40)
        guard let answer = await form(q, &state), let wrong = answer["wrong"]?.string, offered.contains(wrong),
            let right = answer["right"]?.string?.trimmingCharacters(in: .whitespaces), Self.writtenWords(right) == [right],
            Self.misspelt(wrong, of: right)
        else { return nil }
        return LineEdit(old: wrong, new: right, word: true)
    }

    /// Whether `wrong` reads as a misspelling of `right`: a different word within a small edit
    /// distance (at most 2, and at most a third of the word), not one a prefix of the other
    /// (`pancake`/`Pancakes` is another form of the word, not a typo).
    static func misspelt(_ wrong: String, of right: String) -> Bool {
        let a = Array(wrong.lowercased())
        let b = Array(right.lowercased())
        guard a != b, !wrong.lowercased().hasPrefix(right.lowercased()), !right.lowercased().hasPrefix(wrong.lowercased()) else {
            return false
        }
        let d = distance(a, b)
        return d <= 2 && d * 3 <= max(a.count, b.count)
    }

    /// The edit distance of two words (insertions, deletions, substitutions).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let kept = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = kept
            }
        }
        return row[b.count]
    }

    /// `word` with the first letter's case of `like` ("please" for "Pleese" → "Please").
    static func cased(_ word: String, like: String) -> String {
        guard let f = like.first, let w = word.first, f.isUppercase != w.isUppercase else { return word }
        return (f.isUppercase ? String(w).uppercased() : String(w).lowercased()) + word.dropFirst()
    }
}
