import Foundation

/// A setting's new number (issue 19): a line "Key: value" whose key the task names, made to
/// hold the one number the task gives that the file does not have ("moved us to pitch 14":
/// "- Pitch: 27" → "- Pitch: 14"), by code. Measured (fresh10 1102): asked as a line, the 0.5B
/// model answered "14" for the dates line, or planned an append that wrote the task's words.
extension AgentLoop {
    /// Whether the task's words change a setting of `text` (`settingSwap`) and ask a change, not
    /// an add: "update", "change", "correct", "set", "now", …, and no "add", "append", "insert".
    static func changesSetting(_ task: String, in text: String) -> Bool {
        let w = Coaching.taskWords(in: task)
        let changes: Set<String> = ["change", "update", "correct", "fix", "amend", "set", "switch", "moved", "changed", "now", "mark"]
        let adds: Set<String> = ["add", "append", "insert", "prepend", "jot", "log", "new"]
        return w.contains(where: changes.contains) && !w.contains(where: adds.contains)
            && (settingSwap(task, in: text) ?? settingWordSwap(task, in: text)) != nil
    }

    /// The line edit giving a setting a new value in words, or nil: "set the status to done",
    /// "change the status … from to do to done", "mark those three as done". The value is the
    /// one to three words after the last "to" or "as" of the clause that says the key (up to a
    /// comma, "in", "for", "and" or the end); the line is the one whose key the clause says,
    /// or, said with no key, the one status line ("Status", "State", "Progress") when the value
    /// is a status ("done", "finished", …). Measured (fresh12 1306): "Set the status to done in
    /// … prune-roses.md, mulch-beds.md and clean-pond.md" was planned as an append, which wrote
    /// "Set the status to done" under each note.
    static func settingWordSwap(_ task: String, in text: String) -> LineEdit? {
        var words = task
        for p in Coaching.paths(in: task) { words = words.replacingOccurrences(of: p, with: " ") }
        let lines = text.split(separator: "\n").map(String.init).compactMap { l in setting(l).map { (line: l, key: $0.key, value: $0.value) } }
        guard !lines.isEmpty else { return nil }
        let clauses = sentences(words).flatMap { $0.components(separatedBy: CharacterSet(charactersIn: ",;")) }.map { Self.words(of: $0) }
        for clause in clauses {
            guard var cut = clause.lastIndex(where: { ["to", "as"].contains($0) }) else { continue }
            // "Set the status to to do": the value is "to do".
            while cut > 0, clause[cut - 1] == "to" { cut -= 1 }
            let value = Array(clause[(cut + 1)...].prefix { !["in", "for", "and", "on", "please", "so"].contains($0) }.prefix(3))
            guard !value.isEmpty, value.allSatisfy({ $0.allSatisfy(\.isLetter) }), !["the", "a", "an", "it", "them", "me"].contains(value[0])
            else { continue }
            // As the task writes it ("moved to Friday": "Friday").
            let said = value.joined(separator: " ")
            let new =
                words.range(of: #"\b"# + value.joined(separator: #"\W+"#) + #"\b"#, options: [.regularExpression, .caseInsensitive]).map {
                    String(words[$0])
                } ?? said
            let before = Set(clause[..<cut].map(stem))
            let keyed = lines.filter { l in
                let k = Set(Self.words(of: l.key).filter { $0.count > 2 }.map(stem)).subtracting(commonWords)
                return !k.isEmpty && k.isSubset(of: before)
            }
            let statuses: Set<String> = ["done", "finished", "complete", "completed", "started", "cancelled", "canceled", "paid", "sent", "booked"]
            let which =
                keyed.count == 1
                ? keyed
                : keyed.isEmpty && statuses.contains(said) ? lines.filter { ["status", "state", "progress"].contains($0.key.lowercased()) } : []
            // Not one that says it already ("Status: done (October)").
            guard which.count == 1, let l = which.first, !l.value.lowercased().hasPrefix(said),
                let r = l.line.range(of: l.value, options: .backwards)
            else { continue }
            // A short value is the new one whole; a longer one has only its day or month
            // changed ("every other Tuesday, green box out the night before" to Thursdays:
            // fresh12 1302), else it is not this rule's.
            guard wordCount(l.value) > 3 else { return LineEdit(old: l.line, new: l.line.replacingCharacters(in: r, with: new), word: false) }
            guard let part = Self.sameKindWord(in: l.value, as: new) else { continue }
            return LineEdit(old: l.line, new: l.line.replacingOccurrences(of: part.old, with: part.new), word: false)
        }
        return nil
    }

    /// The one weekday or month `value` names and `new` in its place, as `value` writes it
    /// (singular: "Tuesday" and "Thursdays" give "Thursday"); nil when `new` is no weekday or
    /// month, or `value` names none or several.
    static func sameKindWord(in value: String, as new: String) -> (old: String, new: String)? {
        let kinds = [weekdays, Coaching.months.subtracting(["may"])]
        let bare = new.lowercased().hasSuffix("s") ? String(new.dropLast()) : new
        guard let kind = kinds.first(where: { $0.contains(bare.lowercased()) }) else { return nil }
        let tokens = value.split(whereSeparator: { !$0.isLetter }).map(String.init)
        let found = tokens.filter { kind.contains($0.lowercased()) || ($0.hasSuffix("s") && kind.contains(String($0.dropLast()).lowercased())) }
        guard Set(found).count == 1, let old = found.first else { return nil }
        let plural = old.hasSuffix("s") && !kind.contains(old.lowercased())
        let word = plural ? bare + "s" : bare
        // Days and months are written with a capital.
        return (old, word.prefix(1).uppercased() + word.dropFirst())
    }

    /// The new values of `Key: value` lines the task gives: a clause's "KEY to VALUE"
    /// (`settingValues`) first, then a value written like the old one (`keyedSwaps`) on the
    /// other lines; one edit, or one from the first line to the last. ("The cover to run until
    /// 3 March 2028" is the cover's new value, not "to run until 3", which is shaped like
    /// "third party until 2025".)
    static func keyedValues(_ task: String, in text: String) -> LineEdit? {
        let set = settingValues(task, in: text)
        let all = set + keyedSwaps(task, in: text).filter { e in !set.contains { $0.old.contains(e.old) } }
        return all.count == 1 ? all.first : block(all, in: text)
    }

    /// "Change the address to 4 Quarry Lane, Bath BA2 3LP": a value of two words or more
    /// after the "to" of a clause that says one line's key, starting with a figure or a
    /// capital ("to the new one" is no value), up to "in", "for", "from", a bracket or the
    /// clause's end, is that line's value, whole (fresh13 1406: `settingSwap` made "12 Elm
    /// Close, Bristol BS5 6QT" "4 Elm Close, Bristol BS5 6QT"). A sentence is cut into clauses
    /// before ", and the …", "and my …" ("change the model to Vaillant ecoTEC plus 832 combi,
    /// fitted 2 February 2027, and the warranty to run until 2 February 2034": fresh19 2002);
    /// a verb before the value's "until" is dropped ("until 2 February 2034"). "So the insurer
    /// reads Admiral, policy AD-7710-2286" says a value too (fresh17 1802).
    static func settingValues(_ task: String, in text: String) -> [LineEdit] {
        var words = task
        for p in Coaching.paths(in: task) { words = words.replacingOccurrences(of: p, with: " ") }
        let lines = text.split(separator: "\n").map(String.init).compactMap { l in setting(l).map { (line: l, key: $0.key, value: $0.value) } }
        guard !lines.isEmpty else { return [] }
        var edits: [LineEdit] = []
        let clauses = sentences(words).flatMap {
            $0.replacingOccurrences(
                of: #",?\s+and\s+(?=(?:the|my|our|its|his|her|their|it|it's|she|he|they|I|we|you)\s)"#, with: "\u{1}", options: .regularExpression
            )
            .split(separator: "\u{1}").map(String.init)
        }
        for clause in clauses {
            // ("to the Vaillant ecoTEC plus …": a name after "the".)
            // ("The new number's 583920164 and it expires on 4 March 2032": a value said with "is",
            // "'s" or "now", or after the key's own verb: fresh20 2102.)
            let start =
                #"(?:\b(?:to|reads?|says?|(?:is|are)(?:\s+now)?|now)|['’]s(?:\s+now)?|(?<=\p{L}s)\s+(?:on|until))\s+(?:(?:the|a|an)\s+(?=[A-Z0-9]))?(?:(?:run|last|be valid|be|stay|end|expire)\s+)?(?=[0-9A-Z£$€]|(?:until|till|on|from)\s+[0-9])"#
            guard let to = clause.range(of: start, options: .regularExpression) else { continue }
            var value = String(clause[to.upperBound...])
            // (Nor the old value after it: "now £14 instead of £12", fresh28 2906.)
            if let end = value.range(
                of: #"\s+(in|for|from|so|please)\s|\s+(instead of|rather than|in place of)\b|\s*\(|[.;!?]\s*$"#, options: .regularExpression)
            {
                value = String(value[..<end.lowerBound])
            }
            // "A Vaillant ecoTEC plus 832 combi now, fitted on …": the "now" says when, not what.
            value = value.replacingOccurrences(of: #"\s+now\b"#, with: "", options: .regularExpression)
            // Nor what says how it is written ("Otter-Maple-731 now, exactly like that, capitals
            // included": fresh22 2302).
            if let aside = value.range(
                of: #",\s+(?:exactly|just|precisely|spelt|spelled|written|with (?:the )?capitals|capitals|all in)\b"#, options: .regularExpression)
            {
                value = String(value[..<aside.lowerBound])
            }
            // Not a clause of its own after it ("is Mr Adeyemi, covering Miss Green's leave").
            if let aside = value.range(of: #",\s+\p{Ll}+ing\b"#, options: .regularExpression) { value = String(value[..<aside.lowerBound]) }
            value = value.trimmingCharacters(in: CharacterSet(charactersIn: " ,;"))
            guard value.split(separator: " ").count >= 2 || value.contains(where: \.isNumber), value.count <= 80 else { continue }
            let before = Set(Self.words(of: String(clause[..<to.lowerBound])).map(stem))
            var keyed = lines.filter { l in
                let k = Set(Self.words(of: l.key).filter { $0.count > 2 }.map(stem)).subtracting(commonWords)
                return !k.isEmpty && k.allSatisfy { w in before.contains { Self.sameKeyWord(w, $0) } }
            }
            // The new value in as many comma-pieces as the line's ("Otter-Maple-731, exactly like
            // that, capitals included" for a password: fresh22 2302).
            let fitted = { (l: (line: String, key: String, value: String)) -> String in
                let parts = value.components(separatedBy: ", ")
                let n = max(1, l.value.components(separatedBy: ", ").count)
                // A figure written as the line writes its own: "14" for "adult: 12", "£14" for
                // "Adult: £12" (fresh28 2906 made "adult: £14", then "££14" where "£12" stood).
                if let new = figureSign(value), let old = figureSign(l.value), new != old {
                    return old + value.trimmingCharacters(in: CharacterSet(charactersIn: "£$€"))
                }
                return parts.count > n ? parts.prefix(n).joined(separator: ", ") : value
            }
            // Said with no key ("It's a Vaillant ecoTEC plus 832 combi now, fitted on 2 February
            // 2027": fresh19 2002), the one line whose value shares two words of four letters or
            // more with it ("combi", "fitted").
            if keyed.isEmpty {
                let content = { (s: String) in Set(Self.words(of: s).filter { $0.count >= 4 }.map(stem)).subtracting(commonWords) }
                let sharing = lines.filter { content($0.value).intersection(content(value)).count >= 2 }
                if sharing.count == 1 { keyed = sharing }
            }
            // Of several keys the clause says ("the main network password": "Main network",
            // "Main password"), the one whose value is written most like the new one: capitals,
            // small letters, figures, signs and spaces (fresh22 2302, where the network's name
            // was made the password).
            if keyed.count > 1 {
                let kinds = { (s: String) in Set(Coaching.shape(s).map { "Aa9".contains($0) ? $0 : $0 == " " ? " " : "-" }) }
                let score = { (l: (line: String, key: String, value: String)) in
                    let new = kinds(fitted(l))
                    return Double(kinds(l.value).intersection(new).count) / Double(kinds(l.value).union(new).count)
                }
                let best = keyed.map(score).max() ?? 0
                if keyed.filter({ score($0) == best }).count == 1 { keyed = keyed.filter { score($0) == best } }
            }
            // A value the line already says is no change ("Moving day is 27 November" of
            // "Moving day: Friday 27 November, …": fresh18 1905).
            guard keyed.count == 1, let l = keyed.first, case let value = fitted(l), l.value != value,
                !Set(Self.words(of: value)).isSubset(of: Self.words(of: l.value)), let r = l.line.range(of: l.value, options: .backwards)
            else { continue }
            let edit = LineEdit(old: l.line, new: l.line.replacingCharacters(in: r, with: value), word: false)
            if !edits.contains(where: { $0.old == edit.old }) { edits.append(edit) }
        }
        return edits
    }

    /// Whether a key's word and a task's word are one word in two forms: the same, or a
    /// common start of five letters or more that leaves at most four more of either
    /// ("expires"/"expiry", "insurer"/"insurance", "renews"/"renewal").
    static func sameKeyWord(_ a: String, _ b: String) -> Bool {
        guard a != b else { return true }
        let common = zip(a, b).prefix { $0 == $1 }.count
        return common >= 5 && a.count - common <= 4 && b.count - common <= 4
    }

    /// The line edit giving a setting its new number, or nil: exactly one number the task gives
    /// (outside its paths; in words when it writes no digits) is not in `text`, and of the lines whose key the task names and whose
    /// value holds one number, one key is said closest before that number.
    static func settingSwap(_ task: String, in text: String) -> LineEdit? {
        var words = task
        for p in Coaching.paths(in: task) { words = words.replacingOccurrences(of: p, with: " ") }
        let said = Self.words(of: words)
        var given = givenNumbers(in: words).filter { !hasNumber($0, in: text) }.compactMap { n in
            Self.words(of: n).first.flatMap { said.firstIndex(of: $0) }.map { (value: n, at: $0) }
        }
        // In words, when it gives no digits ("it's thirty-two euros a lesson now").
        if givenNumbers(in: words).isEmpty {
            var i = 0
            while i < said.count {
                // "One" alone is more often "the one" than a number.
                if Int(said[i]) == nil, let n = number(at: i, in: said), n.value != 1, !hasNumber(String(n.value), in: text) {
                    given.append((String(n.value), i))
                    i = n.next
                } else {
                    i += 1
                }
            }
        }
        guard given.count == 1, let new = given.first?.value, let at = given.first?.at else { return nil }
        var best: (line: String, old: String, distance: Int)?
        var tie = false
        for line in text.split(separator: "\n").map(String.init) {
            guard let (key, value) = setting(line) else { continue }
            let old = givenNumbers(in: value)
            let keyWords = Set(Self.words(of: key).filter { $0.count > 2 }.map(stem)).subtracting(commonWords)
            guard old.count == 1, !keyWords.isEmpty else { continue }
            // A word of the key said before the number ("pitch 14", "the pitch line … to 14").
            guard let before = said[..<at].lastIndex(where: { keyWords.contains(stem($0)) }) else { continue }
            let distance = at - before
            if let b = best, b.distance == distance { tie = true }
            if best.map({ distance < $0.distance }) ?? true { (best, tie) = ((line, old[0], distance), false) }
        }
        guard let best, !tie, let r = numberRange(best.old, in: best.line) else { return nil }
        return LineEdit(old: best.line, new: best.line.replacingCharacters(in: r, with: new), word: false)
    }

    /// A line's key and value: "Pitch: 27", "- Check-in: from 2 pm", "Time = 19:30"; nil for
    /// any other line (a heading, a sentence with a colon far in).
    static func setting(_ line: String) -> (key: String, value: String)? {
        let pattern = #"^\s*(?:[-*+]\s+|\d+[.)]\s+)?([\p{L}][\p{L}\p{N}_' -]{0,30}?)\s*[:=]\s+(\S.*)$"#
        guard !line.hasPrefix("#"), let re = try? NSRegularExpression(pattern: pattern),
            let m = re.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
            let k = Range(m.range(at: 1), in: line), let v = Range(m.range(at: 2), in: line)
        else { return nil }
        return (String(line[k]), String(line[v]))
    }
}
