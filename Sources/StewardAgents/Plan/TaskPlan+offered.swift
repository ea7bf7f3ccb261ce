import Foundation

/// Which files the plan's files question offers, and in what order (issue 19): a person names
/// the file they mean by what it is ("my 2026 bird list in memory/birds", "the vet's notes in
/// memory/pets") and says which files to leave alone ("leave the cleaning rota alone"). The
/// 0.5B model, offered every file of the workspace, picked `outputs/README.md` for the vet's
/// notes and the wish list it was told to leave; offered the named folder's files, closest
/// first, it has fewer and likelier ones to choose from.
extension AgentLoop {
    /// The files the task says to leave as they are: for a delete, those `kept` finds; for an
    /// action that changes a file, only those the task does not also name outside what it says
    /// to leave ("add the receipt to budget.md so I can keep track of the budget" leaves
    /// nothing); none for one that reads it ("duplicate my winter list …, and keep the winter
    /// one unchanged" copies it), but for a summary, extract, conversion or list, those it says
    /// to leave out (`notRead`).
    static func leftAlone(_ words: String, task: String, among files: [String], action: TaskPlan.Action) -> [String] {
        if [.summarise, .extract, .convert, .list].contains(action) { return notRead(words, among: files) }
        guard action != .copy else { return [] }
        let kept = kept(words, among: files)
        guard action != .delete, !kept.isEmpty else { return kept }
        let outside = withoutKeeping(task)
        // "I read the meters on the first and keep them in memory/home/readings.csv": where the
        // person keeps things is the file an add or a change is for.
        let keptIn = [.append, .prepend, .replace].contains(action) ? Self.keptIn(words) : []
        return kept.filter { !names(outside, $0) && !keptIn.contains($0) }
    }

    /// The files a task says things are kept in: a file's path after "keep" (or "keeping") and
    /// "in" or "on" in the same sentence, a few words apart ("keep a copy in memory/x.csv", "I
    /// keep a table of everything done to the bike so I know what's due, in
    /// memory/bike/service-log.md").
    static func keptIn(_ task: String) -> Set<String> {
        guard let re = try? NSRegularExpression(pattern: #"\bkeep(?:ing)?\b[^.;!?]{0,80}?\b(?:in|on)\s+([^\s/]*/\S+)"#, options: [.caseInsensitive])
        else {
            return []
        }
        let found = re.matches(in: task, range: NSRange(task.startIndex..., in: task)).compactMap { m in
            Range(m.range(at: 1), in: task).map { Coaching.bare(String(task[$0])) }
        }
        return Set(found.filter { $0.contains("/") && !Coaching.isFolder($0) })
    }

    /// The files the task says to keep by what they hold, not by their names: a word of what it
    /// keeps (the subject, the sentence's first clause, when the keep points back) that one of
    /// `titles` alone has ("The scan of the boiler service invoice is about the boiler too, but it
    /// isn't the warranty, so it keeps its name": fresh16 1704, three scans titled "Scanned 14
    /// October", the invoice renamed for the warranty).
    static func keptByTitles(_ words: String, titles: [String: String]) -> [String] {
        var told: [String] = []
        // What "stays" or "keeps …": its subject, the sentence's first clause when it points back.
        for c in keepClauses(words, after: stayTriggers) {
            told.append(c.pointing.map { String($0.split(separator: ",", maxSplits: 1).first ?? $0) } ?? String(c.clause))
        }
        // What "keep" or "leave" names after it; not "leave it in that folder", which points back
        // to the file the task acts on.
        for c in keepClauses(words, after: keepTriggers.filter { !stayTriggers.contains($0) }) where c.pointing == nil {
            told.append(String(c.clause))
        }
        var said = Set(told.flatMap { Self.words(of: $0).filter { $0.count > 3 }.map(stem) })
        said.subtract(commonWords.map(stem))
        let own = titles.mapValues { Set(Self.words(of: $0).map(stem)) }
        return own.keys.filter { f in
            own[f, default: []].contains { t in said.contains(t) && !own.contains { $0.key != f && $0.value.contains(t) } }
        }.sorted()
    }

    /// `task` without what it says to keep (`keepClauses`: a clause after a keep trigger, the
    /// whole sentence when the clause points back to it).
    static func withoutKeeping(_ task: String) -> String {
        var text = " " + task.lowercased().replacingOccurrences(of: "\u{2019}", with: "'") + " "
        for c in keepClauses(task, after: keepTriggers) {
            if let r = text.range(of: String(c.pointing ?? c.clause)) { text.removeSubrange(r) }
        }
        return text
    }

    /// The files a summary, extract, conversion or list is told not to read: named in words
    /// between "leave" and "out" or "off" ("leave the fees note out"; "…, so leave it off"
    /// points back to its sentence), or before "has nothing to do with", "isn't needed", "doesn't go in", "is a
    /// separate matter" in their clause ("the older email about the rent has nothing to do with
    /// this", "last year's file isn't needed"). Measured: the summary of a gala email read the
    /// club-fees note the task said to leave out, whose path the routing had added.
    static func notRead(_ words: String, among files: [String], now: Date = Date()) -> [String] {
        // ("Last year's lengths-2030.csv and the pools list don't come into it", "last year's
        // journal … isn't wanted": fresh31 3214, 3210.)
        let before = [
            " has nothing to do", " have nothing to do", " isn't needed", " is not needed", " aren't needed", " are not needed",
            " doesn't go in", " don't go in", " does not go in", " do not go in", " is a separate matter", " are a separate matter",
            " doesn't come into it", " don't come into it", " does not come into it", " do not come into it", " isn't wanted",
            " is not wanted", " aren't wanted", " are not wanted",
        ]
        // A plural verb's subject may be two ("A and B don't come into it").
        let plural = [" have ", " aren't ", " are ", " don't ", " do "]
        var said: Set<String> = []
        // Sentences as they end (a path's dot does not end one), and the parts a ";" joins.
        let parts = sentences(words).flatMap { $0.lowercased().split(separator: ";") }
        for sentence in parts.map({ " " + $0.trimmingCharacters(in: CharacterSet(charactersIn: ".!?")) + " " }) {
            var clauses: [Substring] = []
            if let leave = sentence.range(of: " leave ") ?? sentence.range(of: " leaving "),
                let out = sentence[leave.upperBound...].range(of: " out ") ?? sentence[leave.upperBound...].range(of: " off ")
            {
                let between = sentence[leave.upperBound..<out.lowerBound]
                clauses.append(
                    Self.words(of: String(between)).first.map { ["it", "them", "that", "this", "those", "these"].contains($0) } == true
                        ? sentence[..<leave.lowerBound] : between)
            }
            for trigger in before {
                guard let r = sentence.range(of: trigger) else { continue }
                let head = sentence[..<r.lowerBound]
                let cuts = plural.contains(where: { trigger.hasPrefix($0) }) ? [", ", " but ", " so "] : [", ", " and ", " but ", " so "]
                let start = cuts.compactMap { head.range(of: $0, options: .backwards)?.upperBound }.max() ?? head.startIndex
                clauses.append(head[start...])
            }
            for c in clauses {
                said.formUnion(Self.words(of: String(c)))
                said.formUnion(years(String(c), now: now))
            }
        }
        return namedBy(said.subtracting(commonWords), among: files)
    }

    /// `files` as the files question offers them: those under the folders the task names when
    /// any are, not those in a folder it puts something into (`destinations`), then the ones
    /// whose name and title share most words with the task first.
    static func offered(_ files: [String], task: String, action: TaskPlan.Action, titles: [String: String] = [:], now: Date = Date())
        -> [String]
    {
        var pool = files
        let folders = Set(Coaching.paths(in: task).filter(Coaching.isFolder).map(Coaching.withoutSlash))
        let into = destinations(task, action: action, known: folders.union(files.map(Coaching.parent)))
        let inNamed = files.filter { f in folders.subtracting(into).contains { f.hasPrefix($0 + "/") } }
        if !inNamed.isEmpty { pool = inNamed }
        let notThere = pool.filter { f in !into.contains { f.hasPrefix($0 + "/") } }
        if !notThere.isEmpty { pool = notThere }
        // A year the task gives ("my three 2025 papers") is the files' year: one with another
        // year in its name is not offered (measured: the 0.5B model picked council-tax-2026.md
        // as one of the three), when some have the year said.
        let said = Self.saidYears(task, now: now)
        let ofYear = pool.filter { !Self.yearsIn(Self.lastName($0)).isDisjoint(with: said) }
        if !ofYear.isEmpty { pool = pool.filter { f in Self.yearsIn(Self.lastName(f)).isEmpty || ofYear.contains(f) } }
        let scores = closeness(pool, task: task, titles: titles, now: now)
        // Stable: the named files first as `planFiles` put them, then by score.
        return pool.enumerated().sorted { a, b in
            let (x, y) = (scores[a.element] ?? 0, scores[b.element] ?? 0)
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
    }

    /// How many of the task's words (a plural's "s" aside, common words not) each file's name
    /// and title have.
    static func closeness(_ files: [String], task: String, titles: [String: String] = [:], now: Date = Date()) -> [String: Int] {
        let words = Set(Coaching.taskWords(in: task).filter { $0.count > 2 }.map(stem)).subtracting(commonWords).union(years(task, now: now))
        func score(_ f: String) -> Int {
            let own = nameWords(f).union(titles[f].map { Set(Self.words(of: $0)) } ?? [])
            return Set(own.map(stem)).intersection(words).count
        }
        return Dictionary(files.map { ($0, score($0)) }, uniquingKeysWith: { a, _ in a })
    }

    /// The one file of the model's `picked` to change or read alone: its first, unless another
    /// it picked is closer to the task's words than every other (measured: for "my note on
    /// cleaning the pond filter", the 0.5B model listed fish.md first, fliter-cleaning.md last).
    /// Of those as close, the one whose name has no year but one the task says (fresh13 1402:
    /// "the rehearsals line of my choir note in memory/choir" was planned on choir-2024.md, as
    /// close as choir.md and listed first).
    static func closest(_ picked: [String], task: String, titles: [String: String] = [:], now: Date = Date()) -> String? {
        let scores = closeness(picked, task: task, titles: titles, now: now)
        guard let top = picked.compactMap({ scores[$0] }).max() else { return picked.first }
        let best = picked.filter { scores[$0] == top }
        if best.count == 1 { return best[0] }
        let current = best.filter { !otherYear($0, task: task, now: now) }
        return current.count == 1 ? current[0] : picked.first
    }

    /// Whether the file's name has a year and none the task says ("choir-2024.md" for "my choir
    /// note"): another year's file, not the one a person calls by its name alone.
    static func otherYear(_ file: String, task: String, now: Date = Date()) -> Bool {
        let own = yearsIn(lastName(file))
        return !own.isEmpty && own.isDisjoint(with: saidYears(task, now: now))
    }

    /// The folders among `known` the task puts something into: a folder named by its path or
    /// called by its name ("the knitting folder") right after "into" or "to" (determiners
    /// between allowed); for a move that says neither, the last one after "in" (for a copy,
    /// after "under") ("put the
    /// patterns from my unsorted folder in memory/crafts/knitting", "… belong in the knitting
    /// folder under memory/crafts"), not one before it ("the bills sitting in my post folder").
    static func destinations(_ task: String, action: TaskPlan.Action, known: Set<String>) -> Set<String> {
        // (Not the quotes around a path: "the Jury Service folder ("memory/admin/Jury Service/")".)
        let tokens = Coaching.pathTokens(in: task).map(Coaching.trimmed).filter { !$0.isEmpty }
        var places: [(folders: Set<String>, word: String, byPath: Bool)] = []
        for (i, t) in tokens.enumerated() {
            let path = Coaching.withoutSlash(t)
            var found: Set<String> = []
            var j = i - 1
            if t.contains("/"), known.contains(path) {
                found = [path]
            } else if i + 1 < tokens.count, ["folder", "one"].contains(Coaching.bare(tokens[i + 1]).lowercased()), !t.contains("/") {
                found = known.filter { lastName($0).lowercased() == Coaching.bare(t).lowercased() }
                // A name of two words ("the Jury Service folder": fresh26 2705).
                if found.isEmpty, i >= 1, !tokens[i - 1].contains("/") {
                    let two = (Coaching.bare(tokens[i - 1]) + " " + Coaching.bare(t)).lowercased()
                    found = known.filter { lastName($0).lowercased() == two }
                    j = i - 2
                }
            }
            guard !found.isEmpty else { continue }
            // A path after its folder's own name ("to the refunded (memory/shop/refunded/) one", as
            // the routing writes it: fresh20 2105 took "refunded" for the word before it).
            if j >= 0, t.contains("/"), Coaching.bare(tokens[j]).lowercased() == lastName(path).lowercased() { j -= 1 }
            while j >= 0, Coaching.determiners.contains(Coaching.bare(tokens[j]).lowercased()) { j -= 1 }
            // A path after the folder it names ("it belongs in her folder, memory/pets/biscuit":
            // fresh15 1605, where "sitting in memory/inbox" before it was taken for the place;
            // "into the folder memory/x"): the word before that folder's words.
            if j >= 0, Coaching.bare(tokens[j]).lowercased() == "folder" {
                var k = j - 1
                while k >= max(0, j - 4), !["in", "into", "to", "under"].contains(Coaching.bare(tokens[k]).lowercased()) { k -= 1 }
                if k >= max(0, j - 4) { j = k }
            }
            places.append((found, j >= 0 ? Coaching.bare(tokens[j]).lowercased() : "", t.contains("/")))
        }
        // A folder named by its path before one called by its name ("I typed it straight into my
        // inbox folder. Please move memory/inbox/lemon-drizzle-cake.md into memory/recipes/baking":
        // fresh14 1505, the recipe was taken for one already there).
        let toward = places.filter { ["into", "to"].contains($0.word) }
        let byPath = toward.filter(\.byPath)
        let into = (byPath.isEmpty ? toward : byPath).reduce(into: Set<String>()) { $0.formUnion($1.folders) }
        guard into.isEmpty else { return into }
        if action == .move { return places.last { $0.word == "in" }?.folders ?? [] }
        // "Put a copy of my kit list in the Lake District trip's folder, under
        // memory/camping/trips" (fresh13 1407: the copy was of a file already there); "in" is
        // as often where the copy is from ("copy my plan in memory/notes into outputs"), but not
        // after "put a copy of …" ("Can you put a copy of his care sheet in
        // memory/holiday/sitter-pack under the same name? The one in memory/pets stays": fresh18
        // 1907, where a file already in the sitter's pack was copied out to memory/pets).
        guard action == .copy else { return [] }
        if let under = places.last(where: { $0.word == "under" }) { return under.folders }
        let put =
            #"\b(put|place|save|drop|pop|stick|leave)\b[^.?!]{0,60}?\bcopy\b[^.?!]{0,80}?\bin\s+(?:the\s+|my\s+|her\s+|his\s+|our\s+)?([^\s/]+/\S*)"#
        guard let re = try? NSRegularExpression(pattern: put, options: [.caseInsensitive]),
            let m = re.firstMatch(in: task, range: NSRange(task.startIndex..., in: task)), let r = Range(m.range(at: 2), in: task)
        else { return [] }
        let folder = Coaching.withoutSlash(Coaching.trimmed(String(task[r])))
        return known.contains(folder) ? [folder] : []
    }

    /// The years the task's own words give, outside its paths ("my 2025 papers", "last year's").
    static func saidYears(_ task: String, now: Date) -> Set<String> {
        let words = Coaching.pathTokens(in: task).map(Coaching.trimmed).filter { !$0.contains("/") && !Coaching.isFileName($0) }
        return yearsIn(words.joined(separator: " ")).union(years(task, now: now))
    }

    /// The years (1900–2099) written in `text` as numbers of their own.
    static func yearsIn(_ text: String) -> Set<String> {
        let re = try? NSRegularExpression(pattern: "(?<![0-9])(19|20)[0-9]{2}(?![0-9])")
        return Set(
            (re?.matches(in: text, range: NSRange(text.startIndex..., in: text)) ?? []).compactMap {
                Range($0.range, in: text).map { String(text[$0]) }
            })
    }

    /// The years a task says by "this year", "last year" and "this spring / summer / autumn"
    /// ("this year's harvest CSV" is the 2026 one in 2026, not `harvest-2025.csv` beside it).
    static func years(_ task: String, now: Date) -> Set<String> {
        let year = Calendar(identifier: .gregorian).component(.year, from: now)
        let w = Coaching.taskWords(in: task)
        var found: Set<String> = []
        for (a, b) in zip(w, w.dropFirst()) where b == "year" {
            if a == "this" { found.insert(String(year)) }
            if a == "last" { found.insert(String(year - 1)) }
        }
        // "This summer's booking" is this year's too (fresh10 1102: the 2025 booking was
        // changed); "last summer" may be this year's or the one before, so it says neither.
        for (a, b) in zip(w, w.dropFirst()) where a == "this" && ["spring", "summer", "autumn"].contains(b) { found.insert(String(year)) }
        return found
    }

    /// Words that say nothing of which file is meant.
    static let commonWords: Set<String> = [
        "the", "and", "file", "note", "notes", "list", "folder", "memory", "outputs", "please", "could", "you", "can", "would",
        "with", "from", "into", "that", "this", "have", "for", "line", "lines", "new",
    ]

    /// A word without a plural's "s" ("birds" → "bird"), for matching names to words.
    static func stem(_ w: String) -> String { w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") ? String(w.dropLast()) : w }

    /// The words after which a task names what to leave as it is.
    /// ("… so it stays in the inbox, and so do the gift ideas"; "The note about selling the old
    /// Fiesta keeps the old registration": fresh14 1506).
    static let keepTriggers =
        [
            "keep ", "keeping ", "only need ", "only want ", "leave ", "except ", "but not ", "and so do ",
        ] + doneByThemselves + stayTriggers

    /// What the person will see to themselves ("I'll redo the budget myself": fresh18 1902,
    /// whose plan changed the budget note too).
    static let doneByThemselves = ["redo ", "do ", "update ", "sort ", "see to ", "deal with ", "handle ", "change ", "fix ", "edit ", "tidy "]
        .flatMap { ["i'll " + $0, "i will " + $0, "i'm going to " + $0] }

    /// The keep triggers after what they keep ("the receipt stays", "the invoice keeps its name",
    /// "the final meter reading template has to keep 14 Mill Lane").
    /// (Or kept as a record: "the 2021 offer is just for the record", fresh18 1902, whose "2021"
    /// the changed note was asked to have.)
    /// (And what the person will see to, said before it: "The quote, the old manual notes and the
    /// appliances list I'll deal with myself": fresh19 2002.)
    static let stayTriggers =
        [
            "stays ", "stay ", "should stay ", "can stay ", "remains ", "keeps ", "has to keep ", "have to keep ", "must keep ", "needs to keep ",
            "should keep ", "is just for the record", "are just for the record", "is for the record", "are for the record",
            "is only for the record", "is just for reference", "is for reference", "are for reference",
            // ("The 2025 bridge club note is an old record": fresh24 2506, whose changed notes were
            // asked to have "2025".)
            // (Not "is out of date": "memory/money/mortgage.md is out of date. Please change …",
            // fresh18 1902, is the note to change.)
            "is an old record", "are old records", "is a record", "is history",
            // ("The lentil soup's a keeper though": fresh21 2208, whose delete asked for it.)
            "is a keeper", "are keepers", "is a favourite", "are favourites", "is a family favourite", "are family favourites",
            "is a favorite", "are favorites",
            // ("Pepper is also collected at 11:00 and that doesn't change": fresh30 3106, whose
            // Pepper line was changed too.)
            "doesn't change", "does not change", "don't change", "do not change", "isn't changing", "is not changing",
            "aren't changing", "are not changing", "is unchanged", "are unchanged",
            // ("The volunteer form hasn't moved": fresh33 3406.)
            "hasn't changed", "has not changed", "haven't changed", "have not changed", "hasn't moved", "has not moved", "haven't moved",
            "have not moved",
        ]
        + doneByThemselves.flatMap { verb in ["", "them ", "those ", "these ", "it ", "that "].map { verb + $0 + "myself" } }
}

extension AgentLoop {
    /// The files a task names as a list of their bare names before what they are: "the
    /// library, allotment and running club notes" is library.md, allotment.md and
    /// running-club.md (fresh17 1806: asked, the 0.5B model picked the lapsed cinema club's note
    /// and a to-do note). Each part names the one file of `files` whose name has all its words;
    /// none when a part names no file or more than one, or the list has fewer than two parts.
    static func listedByName(_ task: String, among files: [String]) -> [String] {
        let kinds: Set<String> = ["notes", "files", "pages", "sheets", "documents", "letters", "lists", "cards"]
        let determiners: Set<String> = ["the", "my", "our", "his", "her", "their", "your", "these", "those"]
        let tokens = task.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        for (k, token) in tokens.enumerated() where kinds.contains(token.trimmingCharacters(in: .punctuationCharacters)) {
            var start = k
            while start > 0, !determiners.contains(tokens[start - 1]), k - start < 12,
                !tokens[start - 1].hasSuffix("."), !tokens[start - 1].contains("/")
            {
                start -= 1
            }
            guard start > 0, start < k, determiners.contains(tokens[start - 1]) else { continue }
            let parts = tokens[start..<k].joined(separator: " ").replacingOccurrences(of: ", and ", with: ", ")
                .replacingOccurrences(of: " and ", with: ", ").replacingOccurrences(of: " & ", with: ", ").components(separatedBy: ", ")
                .map { Self.words(of: $0).map(stem) }
            guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 }) else { continue }
            return filesNamed(parts, among: files)
        }
        return listedEachByName(task, among: files)
    }

    /// For each of `names` (stemmed words), the one file of `files` whose name has them all;
    /// none when a name fits no file, more than one, or one another name took.
    static func filesNamed(_ names: [[String]], among files: [String]) -> [String] {
        var picked: [String] = []
        for name in names {
            let matching = files.filter { f in Set(name).isSubset(of: Set(nameWords(f).map(stem))) }
            guard matching.count == 1, !picked.contains(matching[0]) else { return [] }
            picked.append(matching[0])
        }
        return picked
    }

    /// The files a task names as a list of their names, each with its own "the" ("the spring
    /// newsletter, the welcome pack and the Facebook post in memory/choir": fresh19 2006, whose
    /// plan left the newsletter out): each part the one file whose name has all its words;
    /// none when a part names no file or more than one, or the list has fewer than two parts.
    static func listedEachByName(_ task: String, among files: [String]) -> [String] {
        let determiners: Set<String> = ["the", "my", "our", "his", "her", "their", "your"]
        let ends: Set<String> = ["in", "on", "at", "from", "to", "into", "for", "with", "so", "please"]
        for sentence in sentences(task) {
            let parts = sentence.lowercased().replacingOccurrences(of: ", and ", with: ", ").replacingOccurrences(of: " and ", with: ", ")
                .components(separatedBy: ", ")
            var names: [[String]] = []
            for part in parts {
                var w = part.split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters) }
                // The first part's name starts at its last "the" ("change the venue in the spring newsletter").
                if names.isEmpty, let d = w.lastIndex(where: determiners.contains) { w = Array(w[d...]) }
                let name = w.first.map(determiners.contains) == true ? Array(w.dropFirst().prefix { !ends.contains($0) && !$0.contains("/") }) : []
                guard (1...3).contains(name.count) else {
                    if names.count >= 2 { break }
                    names = []
                    continue
                }
                names.append(name.map(stem))
            }
            guard names.count >= 2 else { continue }
            return filesNamed(names, among: files)
        }
        return []
    }
}
