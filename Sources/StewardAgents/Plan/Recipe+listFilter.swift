import Foundation

/// A list of the files whose range holds a number (issue 19): "the board games that six people
/// can play", where each game's note has "Players: 2–5". Measured (fresh12 1311): the list
/// recipe listed all six games. Or of the files whose field says a word of the task: "the books
/// the club has already discussed", where each book's note has "Status: discussed in March"
/// (fresh13 1411: all five books were listed).
extension AgentLoop {
    /// The one number a list task gives (digits or words from two on, no year), or nil.
    static func countAsked(_ task: String) -> Int? {
        var words = task
        for p in Coaching.paths(in: task) { words = words.replacingOccurrences(of: p, with: " ") }
        let said = Self.words(of: words)
        var found: [Int] = []
        var i = 0
        while i < said.count {
            if let n = number(at: i, in: said) {
                if n.value >= 2, n.value < 1000, !found.contains(n.value) { found.append(n.value) }
                i = n.next
            } else {
                i += 1
            }
        }
        return found.count == 1 ? found[0] : nil
    }

    /// Of `texts` (a file's name and text), those whose range on the one `Key: range` line
    /// two files in three have ("2–5", "4 to 8", "2+", "up to 6") holds `n`; nil when the files
    /// have no such line in common, or fewer than two files.
    static func within(_ n: Int, _ texts: [String: String]) -> Set<String>? {
        guard texts.count >= 2 else { return nil }
        var ranges: [String: [String: ClosedRange<Int>]] = [:]
        for (f, text) in texts {
            for line in text.split(separator: "\n").map(String.init) {
                guard let (key, value) = setting(line), let r = range(value) else { continue }
                ranges[key.lowercased(), default: [:]][f] = r
            }
        }
        // A line two files in three have: one without it is no such thing ("Players: 2–4" in each
        // game's note, none in the wish list: fresh22 2311, where all nine files were listed).
        let common = ranges.filter { $0.value.count * 3 >= texts.count * 2 }
        guard common.count == 1, let byFile = common.first?.value else { return nil }
        return Set(byFile.filter { $0.value.contains(n) }.keys)
    }

    /// Of `texts` (a file's name and text), those whose value on a `Key: value` line every file
    /// has says a word of the task's (four letters or more, not of a path, not one of what it
    /// leaves out or keeps: "leave out the one coming up in May") and none of what it leaves
    /// out; nil when no such line picks some files and
    /// not all, or two lines pick differently, or fewer than two files.
    static func byField(_ task: String, _ texts: [String: String]) -> Set<String>? {
        guard texts.count >= 2 else { return nil }
        var words = withoutKeeping(task)
        for p in Coaching.paths(in: task) { words = words.replacingOccurrences(of: p.lowercased(), with: " ") }
        let said = Set(Self.words(of: words).filter { $0.count >= 4 }.map(stem)).subtracting(commonWords)
        // A word the task denies picks a value that denies it ("the ones with no reply yet":
        // "Status: no reply yet"); a value's denied word picks nothing else ("Status: not
        // available").
        let denied = polar(words).denied.intersection(said)
        // Nor a value that says a word of what the task leaves out, by its first five letters
        // ("leave out the rejection": "rejected by email on 9 June", which "follow-up emails"
        // had picked: fresh14 1511), a word of four letters too ("leave out anything that's in the
        // shed or the garage": fresh16 1711, the lawnmower "in the shed (Dave brought it back …)").
        // And what the task says does not count ("Anything on loan, out or being repaired doesn't
        // count": fresh18 1911, where "loan" picked the ladder on loan).
        let notCounted = notCountedWords(task)
        let out = unwanted(task)
        let leftOut = { (value: String) in Self.words(of: value).contains { $0.count >= 4 && out.contains(String($0.prefix(5))) } }
        var values: [String: [String: String]] = [:]
        for (f, text) in texts {
            for line in text.split(separator: "\n").map(String.init) {
                guard let (key, value) = setting(line) else { continue }
                values[key.lowercased(), default: [:]][f] = value
            }
        }
        var picks: Set<Set<String>> = []
        for byFile in values.values where byFile.count == texts.count {
            let picked = Set(
                byFile.filter { f in
                    let value = Self.polar(f.value)
                    return (!value.plain.isDisjoint(with: said) || !value.denied.isDisjoint(with: denied)) && !leftOut(f.value)
                }.keys)
            if !picked.isEmpty, picked.count < texts.count { picks.insert(picked) }
        }
        // A yes-or-no field the task names by its key first: a word of a value elsewhere in it
        // is no answer ("the ones who are coming" picked "plus one": fresh19 2011).
        if let yes = Self.yesAnswers(task, values: values, files: texts.count, notCounted: Set(notCounted)) { return yes }
        if picks.count == 1 { return picks.first }
        // None picked by a word: the one yes-or-no field the files have, its yeses, when the task
        // says no "not" ("the recipes that can be frozen" by "Freezes: yes": fresh17 1811).
        // Its value's first word is the yes or no ("yes, up to 3 months").
        let answer = { (value: String) in Self.words(of: value).first ?? "" }
        let yesNo = values.values.filter { byFile in byFile.count == texts.count && byFile.values.allSatisfy { ["yes", "no"].contains(answer($0)) } }
        // A "not" in what the task leaves out ("leave out the ones that can't be frozen") asks no "no".
        let leaving = clauseWords(task, after: ["leave out ", "leaving out ", "except ", "apart from ", "but not ", "without "])
        let negated = Self.words(of: task).contains { ["not", "no", "t", "never"].contains($0) && !leaving.contains($0) }
        guard picks.isEmpty, yesNo.count == 1, !negated else { return nil }
        let yes = Set(yesNo[0].filter { answer($0.value) == "yes" }.keys)
        return yes.isEmpty || yes.count == texts.count ? nil : yes
    }

    /// The words of what the task says does not count ("Anything on loan … doesn't count",
    /// "Home games don't matter", "… isn't wanted", "The ones in the removed folder are gone").
    static func notCountedWords(_ task: String) -> [String] {
        notCountedClauses(task).flatMap { Self.words(of: $0) }
    }

    /// What the task says does not count, the words before each saying of it ("The refunded
    /// folder doesn't count", "and the wishlist isn't a ticket"), lowercased. "Isn't a ticket"
    /// says so too (fresh27 2811).
    static func notCountedClauses(_ task: String) -> [String] {
        // Each saying's own words, from the one before it ("The refunded folder doesn't count
        // and the wishlist isn't a ticket": both; fresh27 2811 listed the wishlist).
        let saying =
            #"\b(doesn'?t|don'?t|does not|do not) (count|matter)\b|\b(isn'?t|aren'?t|is not|are not) (wanted|needed|included)\b|\b(is|are) (all )?gone\b|\b(isn'?t|is not) (a|an|one)\b"#
        return sentences(task).flatMap { sentence -> [String] in
            var clauses: [String] = []
            var from = sentence.startIndex
            while let r = sentence.range(of: saying, options: [.regularExpression, .caseInsensitive], range: from..<sentence.endIndex) {
                clauses.append(String(sentence[from..<r.lowerBound]).lowercased())
                from = r.upperBound
            }
            return clauses
        }
    }

    /// Of `files` (the names in a listed folder), those whose names have a year the task says
    /// outside its paths and what it leaves out ("the 2027 ticket files", "the gigs in 2027",
    /// not "the 2027 wishlist" after "leave out": fresh27 2811, where the 2026 ticket was
    /// listed); nil when it says none, or the years pick no file or every one.
    static func namedYear(_ task: String, among files: [String]) -> Set<String>? {
        // (Sentences are found in the task as written: a capital starts one.)
        let said = Coaching.paths(in: task).reduce(task) { $0.replacingOccurrences(of: $1, with: " ") }
        let leaving = keepClauses(said, after: leaveOutTriggers).map { $0.clause.trimmingCharacters(in: .whitespaces) } + notCountedClauses(said)
        var text = said.lowercased()
        for clause in leaving where !clause.isEmpty { text = text.replacingOccurrences(of: clause, with: " ") }
        let years = yearsIn(text)
        guard !years.isEmpty else { return nil }
        let picked = Set(
            files.filter { !nameWords($0).union(Coaching.parent($0).split(separator: "/").flatMap { words(of: String($0)) }).isDisjoint(with: years) }
        )
        return picked.isEmpty || picked.count == files.count ? nil : picked
    }

    /// The first five letters of the words (four letters or more) of what the task leaves out
    /// (or skips) or says does not count.
    static func unwanted(_ task: String) -> Set<String> {
        Set(
            (clauseWords(
                task,
                after: [
                    "leave out ", "leaving out ", "except ", "apart from ", "not the ", "but not ", "without ", "don't need ", "do not need ",
                    "skip ",
                    "skipping ",
                ]
            )
            .union(notCountedWords(task)))
            .filter {
                $0.count >= 4 && !commonWords.contains($0) && !["them", "they", "those", "these", "ones", "what", "anything"].contains($0)
            }
            .map { String($0.prefix(5)) })
    }

    /// The files whose answer on the field the task names by its key ("whose Attending line says
    /// yes", "check the Attending line in each … the ones who are coming": fresh19 2011) starts
    /// with "yes", or with "no" when the task asks for its noes ("said no") and not for yeses;
    /// nil when the task names no such field two files in three have, or it picks none or all.
    static func yesAnswers(_ task: String, values: [String: [String: String]], files: Int, notCounted: Set<String>) -> Set<String>? {
        let said = Set(words(of: task))
        let low = task.lowercased()
        let answer = { (value: String) in words(of: value).first ?? "" }
        let named = values.filter { key, byFile in
            let k = words(of: key).filter { !commonWords.contains($0) }
            // (On two files in three at least: "memory/jigsaws/wishlist.md" is no jigsaw: fresh20
            // 2111.)
            return byFile.count * 3 >= files * 2 && !k.isEmpty && k.allSatisfy(said.contains) && byFile.values.contains { answer($0) == "yes" }
        }
        guard named.count == 1, let byFile = named.first?.value else { return nil }
        let asksNo = matches(low, #"\b(says?|said|answered|is|are) no\b"#) && !notCounted.contains("no") && !said.contains("yes")
        let picked = Set(byFile.filter { answer($0.value) == (asksNo ? "no" : "yes") }.keys)
        return picked.isEmpty || picked.count == files ? nil : picked
    }

    /// The words of a text, stemmed: those a "not", "no" or "never" one or two words before
    /// denies, and the others ("Status: not available (blade missing)" is not available:
    /// fresh18 1911, where it was listed among the tools to borrow).
    static func polar(_ text: String) -> (plain: Set<String>, denied: Set<String>) {
        let w = words(of: text)
        let denying: Set<String> = ["not", "no", "never", "t"]
        let isDenied = { (i: Int) in w[max(0, i - 2)..<i].contains(where: denying.contains) }
        let own = w.indices.filter { !denying.contains(w[$0]) }
        return (Set(own.filter { !isDenied($0) }.map { stem(w[$0]) }), Set(own.filter(isDenied).map { stem(w[$0]) }))
    }

    /// The range a value starts with: "2–5", "4-8, in two teams", "2 to 12", "2+", "up to 6",
    /// or is: "2".
    static func range(_ value: String) -> ClosedRange<Int>? {
        let v = value.lowercased()
        let number = { (r: Range<String.Index>, group: Int) -> Int? in
            guard let re = try? NSRegularExpression(pattern: #"^\s*(?:up to\s+)?(\d+)\s*(?:(?:–|—|-|to)\s*(\d+)|(\+))?"#),
                let m = re.firstMatch(in: v, range: NSRange(r, in: v)), let g = Range(m.range(at: group), in: v)
            else { return nil }
            return Int(v[g])
        }
        let all = v.startIndex..<v.endIndex
        guard let first = number(all, 1) else { return nil }
        if let second = number(all, 2), second >= first { return first...second }
        if v.range(of: #"^\s*\d+\s*\+"#, options: .regularExpression) != nil { return first...Int.max }
        if v.range(of: #"^\s*up to"#, options: .regularExpression) != nil { return 1...first }
        // One number alone ("2"): that number only.
        return v.range(of: #"^\s*\d+\s*$"#, options: .regularExpression) != nil ? first...first : nil
    }
}
