import Foundation
import StewardCore
import StewardJSON
import StewardModels
import StewardTools

/// The extract recipe (issue 19): the items of one kind in a file (dates, emails, amounts, …)
/// found by code, into the new file the task names; when the task asks whose or what each
/// item is ("each person's birthday, with the date"), each item's label is asked of the model
/// from the sentence the item is in, and checked against that sentence.
extension AgentLoop {
    /// The kinds a task may ask to pull out, as the model is offered them (the money first:
    /// offered after "numbers", "amounts" lost to "numbers" in 3 of 3 wordings; first, 6 of 6),
    /// and the words `extract_from_file` takes for each.
    static let extractKinds: [(offered: String, what: String)] = [
        ("amounts of money", "amounts of money"), ("emails", "emails"), ("links", "links"), ("dates", "dates"),
        ("phone numbers", "phone numbers"), ("other numbers", "numbers"),
    ]

    /// The most items labelled one question each (a question is a second or two).
    static let mostLabels = 12

    /// The items of one kind in the plan's file, into the new file the task names: the kind
    /// from an enum, the items found by `extract_from_file` (or, when the agent is not offered
    /// it, found the same way here and written with `write_file`); labelled items written with
    /// `write_file`, "label: item" a line.
    func extractRecipe(_ plan: TaskPlan, task: String, _ state: inout LoopState) async -> [ToolCall]? {
        guard let source = await sourceFile(plan, task: task), let to = await outputPath(task, not: [source], &state) else { return nil }
        // Someone's actions ("Ravi's action points", "I'm Ravi … my actions"): by code (`Recipe+actions`).
        if let name = Self.actionsOf(state.record.prompt), toolbox.toolNames.contains(WriteFile.name), let text = await text(of: source) {
            let found = Self.actions(of: name, in: text)
            guard !found.isEmpty else { return nil }
            return Self.readFirst(source, tools: toolbox.toolNames) + [
                Self.call(WriteFile.name, ["path": to, "content": ExtractFromFile.formatted(found, for: to)])
            ]
        }
        // Who brings what, out of a group chat: by code (`Recipe+whoBrings`).
        if Self.asksWhoBrings(state.record.prompt), toolbox.toolNames.contains(WriteFile.name), let text = await text(of: source),
            let lines = Self.whoBrings(in: text)
        {
            return Self.readFirst(source, tools: toolbox.toolNames) + [
                Self.call(WriteFile.name, ["path": to, "content": ExtractFromFile.formatted(lines, for: to)])
            ]
        }
        // The writer's own entries of a rota ("my shifts (I'm Priya)"): by code (`Recipe+ownEntries`).
        if let name = Self.ownEntriesOf(state.record.prompt), toolbox.toolNames.contains(WriteFile.name), let text = await text(of: source),
            let found = Self.entries(of: name, in: text)
        {
            return Self.readFirst(source, tools: toolbox.toolNames) + [
                Self.call(WriteFile.name, ["path": to, "content": ExtractFromFile.formatted(found, for: to)])
            ]
        }
        // The items of a list the task names by what they are (`Recipe+extractList`).
        if Self.statedKind(state.record.prompt) == nil, toolbox.toolNames.contains(WriteFile.name), let text = await text(of: source),
            let items = Self.namedListItems(state.record.prompt, in: text)
        {
            return Self.readFirst(source, tools: toolbox.toolNames) + [
                Self.call(WriteFile.name, ["path": to, "content": ExtractFromFile.formatted(items, for: to)])
            ]
        }
        // The lines of a list that say the word the task tells them by ("the away matches":
        // `Recipe+extractList`), when it asks for no kind of item but dates ("with the date").
        if [nil, "dates"].contains(Self.statedKind(state.record.prompt)), toolbox.toolNames.contains(WriteFile.name),
            let text = await text(of: source), let items = Self.taggedItems(state.record.prompt, in: text)
        {
            return Self.readFirst(source, tools: toolbox.toolNames) + [
                Self.call(WriteFile.name, ["path": to, "content": ExtractFromFile.formatted(items, for: to)])
            ]
        }
        // The people of a "Name: what they said" list who are as the task asks (`Recipe+extractWho`).
        if Self.statedKind(state.record.prompt) == nil, toolbox.toolNames.contains(WriteFile.name), let text = await text(of: source),
            let people = Self.peopleWho(state.record.prompt, in: text)
        {
            return Self.readFirst(source, tools: toolbox.toolNames) + [
                Self.call(WriteFile.name, ["path": to, "content": ExtractFromFile.formatted(people, for: to)])
            ]
        }
        // The rows of a table past a figure ("worth more than £500"), at a grade or past it
        // ("at 6B or harder": `Recipe+extractGrades`), holding a word ("whose allergens
        // include nuts"): `Recipe+extractRows`; or dated before a day ("past their best-before
        // date"): `Recipe+extractDates`.
        if toolbox.toolNames.contains(WriteFile.name), let text = await text(of: source),
            let rows = Self.rowsPast(state.record.prompt, path: source, text: text)
                ?? Self.rowsAtGrade(state.record.prompt, path: source, text: text)
                ?? Self.rowsHolding(state.record.prompt, path: source, text: text)
                ?? Self.rowsByDate(state.record.prompt, path: source, text: text)
        {
            return Self.readFirst(source, tools: toolbox.toolNames) + [
                Self.call(WriteFile.name, ["path": to, "content": ExtractFromFile.formatted(rows, for: to)])
            ]
        }
        let what: String
        if let stated = Self.statedKind(state.record.prompt) {
            what = stated
        } else {
            guard let asked = await extractKind(task, &state) else { return nil }
            what = asked
        }
        guard let kind = ExtractFromFile.Kind(what) else { return nil }
        let labelled = Self.asksWhose(task)
        let which = Self.qualifiers(state.record.prompt, kind: what)
        let recommended = Self.asksRecommended(state.record.prompt)
        let extracts = toolbox.toolNames.contains(ExtractFromFile.name)
        if !labelled, which.isEmpty, !recommended, extracts, what != "dates" {
            return [Self.call(ExtractFromFile.name, ["from": source, "what": what, "to": to])]
        }
        guard let text = await text(of: source) else { return nil }
        var found = Self.only(kind.find(in: text), saying: which, in: text)
        if recommended { found = Self.notWarnedOff(found, in: text) }
        if !Self.asksCancelled(state.record.prompt) { found = Self.notCancelled(found, in: text) }
        if labelled { found = Self.notOnlyInTitle(found, in: text) }
        if !labelled, extracts, found == kind.find(in: text) {
            return [Self.call(ExtractFromFile.name, ["from": source, "what": what, "to": to])]
        }
        guard toolbox.toolNames.contains(WriteFile.name), !found.isEmpty, !labelled || found.count <= Self.mostLabels else { return nil }
        // Who still owes how much (`Recipe+owed`).
        if labelled, kind == .amounts, Self.asksOwed(state.record.prompt) {
            guard let lines = await owedLines(found, in: text, task: task, &state) else { return nil }
            return Self.readFirst(source, tools: toolbox.toolNames) + [
                Self.call(WriteFile.name, ["path": to, "content": ExtractFromFile.formatted(lines, for: to)])
            ]
        }
        if labelled {
            var lines: [String] = []
            var from = text.startIndex
            for item in found {
                guard let at = text.range(of: item, range: from..<text.endIndex) ?? text.range(of: item) else { return nil }
                from = at.upperBound
                // Apart from every item of the kind, those left out too (a cancelled booking's).
                let all = kind.find(in: text)
                let own = Self.clause(holding: item, of: Self.sentence(around: at, in: text), apartFrom: all)
                // What a date is for is the words before it in its clause, by code (`clauseLabel`).
                if kind == .dates, Self.asksWhatFor(state.record.prompt), let label = Self.clauseLabel(item, in: own) {
                    lines.append(label + ": " + item)
                    continue
                }
                let sentence = Self.paragraph(around: at, in: text, apartFrom: all.filter { $0 != item }) ?? own
                // Asked what each is for, a label the model makes up or gives as the item itself is
                // the clause's words (fresh17 1810: "ART-77215" for the hotel's reference; "the Artemide is booked under
                // reference ART-77215" gives "Artemide").
                // Not for whose an item is: a name made up stays refused.
                let byClause = Self.asksWhatFor(state.record.prompt) ? Self.clauseLabel(item, in: own) : nil
                guard var label = await itemLabel(item, sentence: sentence, task: task, &state) ?? byClause else { return nil }
                // A kind of number names no one ("my mobile, 07700 900417"): said in the first
                // person, it is the writer's, by the name the text is signed with (fresh19 2010).
                if kind == .phoneNumbers, Self.phoneKinds.contains(label.lowercased()), Self.matches(own, #"\b(my|me|i|i'm)\b"#),
                    let writer = Self.signature(text)
                {
                    label = writer + " (" + label.lowercased() + ")"
                }
                // A reference's label with no word of the one name its paragraph gives ("airport" for
                // "From the airport we take the Leonardo Express. … ticket code LE-3093-XK":
                // fresh17 1810) takes that name too.
                if kind == .references, Self.asksWhatFor(state.record.prompt), let name = Self.onlyName(in: sentence),
                    Set(Self.words(of: name)).isDisjoint(with: Self.words(of: label))
                {
                    label += " (" + name + ")"
                }
                lines.append(label + ": " + item)
            }
            found = lines
        }
        return Self.readFirst(source, tools: toolbox.toolNames) + [
            Self.call(WriteFile.name, ["path": to, "content": ExtractFromFile.formatted(found, for: to)])
        ]
    }

    /// The kind of items to pull out, asked from an enum (`extractKinds`).
    func extractKind(_ task: String, _ state: inout LoopState) async -> String? {
        let q = FormQuestion(
            system: "What does the person's task ask to pick out of a file? Reply with JSON {\"what\": KIND}, one of: "
                + Self.extractKinds.map(\.offered).joined(separator: ", ") + ".",
            user: task, schema: FormQuestion.object([("what", FormQuestion.oneOf(Self.extractKinds.map(\.offered)))]), maxTokens: 20)
        guard let offered = await form(q, &state)?["what"]?.string else { return nil }
        return Self.extractKinds.first(where: { $0.offered == offered })?.what
    }

    /// The words saying which items of the kind the task asks for: the word after the kind's
    /// word and "of" ("the dates of the classes", "the date of every class"), or the one
    /// before it ("the class dates"); none when it says neither, or only what any item is
    /// ("all the dates", "the email addresses").
    static func qualifiers(_ task: String, kind: String) -> [String] {
        // Not in a sentence that says what to leave out ("the fee deadline isn't one either, so
        // leave those out": fee is no qualifier).
        let negations: Set<String> = ["no", "not", "isn", "aren", "t", "without", "leave", "ignore", "except", "skip"]
        let w = sentences(task).map { Coaching.taskWords(in: $0) }.filter { $0.allSatisfy { !negations.contains($0) } }.flatMap { $0 + ["."] }
        let own = kindWords.first { $0.kind == kind }?.words ?? []
        var said = own.union(words(of: kind)).union(["address", "addresses", "mail", "number", "numbers", "amount", "amounts", "item", "items"])
        // "The booking references" are all the references (fresh17 1810).
        if kind == ExtractFromFile.Kind.references.rawValue { said.formUnion(ExtractFromFile.Kind.referenceQualifiers) }
        let vague: Set<String> = [
            "all", "any", "key", "important", "main", "these", "those", "some", "other", "them", "it", "me", "us", "who", "still", "much",
        ]
        let skipped = beforeNouns.union(["all", "of"])
        var found: [String] = []
        for i in w.indices where said.contains(w[i]) {
            var j = i + 1
            if j < w.count, w[j] == "of" {
                j += 1
                while j < w.count, skipped.contains(w[j]) { j += 1 }
                if j < w.count { found.append(w[j]) }
            } else if i > 0 {
                found.append(w[i - 1])
            }
        }
        let words = found.filter {
            !said.contains($0) && !vague.contains($0) && !beforeNouns.contains($0) && !commonWords.contains($0) && $0.count > 2
        }
        return words.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }

    /// The kind the task's own words name, when they name exactly one: prices, costs, quotes or
    /// amounts are money; dates, birthdays or deadlines dates; e-mail addresses emails; links,
    /// URLs or web addresses links; phone numbers phones (measured: "the three fence quotes
    /// … with who quoted and the price", asked, was "emails"). Nil: asked.
    static func statedKind(_ task: String) -> String? {
        func kinds(_ text: String) -> [String] {
            // "Out of date" and "up to date" name no date ("The 2025 version is out of date":
            // fresh24 2507, whose copy was planned as an extract of dates).
            let text = text.replacingOccurrences(
                of: #"\b(out|up)[ -]of[ -]date\b|\bup[ -]to[ -]date\b"#, with: " ", options: [.regularExpression, .caseInsensitive])
            let words = Set(Coaching.taskWords(in: text))
            var named = kindWords.filter { !$0.words.isDisjoint(with: words) }.map(\.kind)
            // "With how much each".
            if matches(text, #"\bhow much\b"#), !named.contains("amounts of money") { named.append("amounts of money") }
            // "The order numbers", "my policy number".
            if !words.isDisjoint(with: ["number", "numbers"]), !words.isDisjoint(with: ExtractFromFile.Kind.referenceQualifiers),
                !named.contains("references")
            {
                named.append("references")
            }
            // "e-mail" is split at its dash: "e" alone counts only beside "mail".
            return named.filter { $0 != "emails" || words.contains("email") || words.contains("emails") || words.contains("mail") }
        }
        let all = kinds(task)
        if all.count == 1 { return all[0] }
        // Several: the one the sentences naming a file name ("… I don't want to be scrolling
        // through emails at check-in. Please go through memory/travel/rome-bookings.md and write
        // every booking reference … to outputs/rome-references.md": fresh17 1810).
        let asking = sentences(task).filter { !Coaching.paths(in: $0).isEmpty }.joined(separator: " ")
        let said = asking.isEmpty ? [] : kinds(asking)
        return all.count > 1 && said.count == 1 ? said[0] : nil
    }

    /// The words that name each kind `extract_from_file` takes ("numbers" alone name none: they
    /// are asked).
    static let kindWords: [(kind: String, words: Set<String>)] = [
        (
            "amounts of money",
            [
                "price", "prices", "cost", "costs", "quote", "quotes", "quoted", "amount", "amounts", "money", "paid", "spent", "owe", "owes",
                "owed", "owing",
            ]
        ),
        ("emails", ["email", "emails", "e"]),
        ("links", ["link", "links", "url", "urls", "web", "website", "websites"]),
        ("dates", ["date", "dates", "birthday", "birthdays", "deadline", "deadlines"]),
        ("phone numbers", ["phone", "phones", "telephone", "mobile"]),
        ("references", ExtractFromFile.Kind.referenceWords),
    ]

    /// Whose or what each item is, asked with the sentence it is in: a few words that sentence
    /// has (a name, a thing), not the item itself; nil when the answer is not in the sentence.
    func itemLabel(_ item: String, sentence: String, task: String, _ state: inout LoopState) async -> String? {
        let q = FormQuestion(
            system: "The person's task: \(task)\n\nIn the text, who or what is \"\(item)\" for? Reply with JSON {\"label\": LABEL}: "
                + "the name or thing, in the text's own words, without \"\(item)\".",
            user: sentence,
            schema: FormQuestion.object([("label", .object(["type": "string", "pattern": .string("^[^\\n:]{1,40}$"), "maxLength": .number(40)]))]),
            maxTokens: 24)
        guard let answer = await form(q, &state)?["label"]?.string else { return nil }
        return Self.label(answer, item: item, sentence: sentence)
    }

    /// The words that say what kind of phone number one is, not whose.
    static let phoneKinds: Set<String> = ["mobile", "landline", "home", "work", "office", "phone", "number", "mobile number", "main", "fax"]

    /// The name a letter or email is signed with: its last line of two or three capitalised
    /// words ("Emeka Okafor"), not a heading; nil when it ends otherwise.
    static func signature(_ text: String) -> String? {
        let last = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.last { !$0.isEmpty }
        guard let last, !last.hasPrefix("#"), matches(last, #"^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}'-]+){1,2}$"#) else { return nil }
        return last
    }

    /// `answer` as an item's label: trimmed, a possessive "'s" dropped ("Grandpa Joe's" →
    /// "Grandpa Joe"), a word the sentence has only as a plural written as it does ("Spark &
    /// Son" of "Sparks & Son": fresh19 2010); nil when empty, when it holds the item, or when a
    /// word of it is not in the sentence (a label the model made up).
    static func label(_ answer: String, item: String, sentence: String) -> String? {
        var l = answer.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\"'.,;-")))
        for s in ["'s", "\u{2019}s"] where l.hasSuffix(s) { l = String(l.dropLast(s.count)) }
        let words = self.words(of: l)
        let said = Set(self.words(of: sentence))
        guard !words.isEmpty, !l.lowercased().contains(item.lowercased()), words.allSatisfy({ said.contains($0) || said.contains($0 + "s") })
        else { return nil }
        for w in Set(words) where !said.contains(w) {
            l = l.replacingOccurrences(of: #"(?i)\b"# + NSRegularExpression.escapedPattern(for: w) + #"\b"#, with: "$0s", options: .regularExpression)
        }
        return l
    }

    /// The sentence of `text` around `range`: from after the last ". ", "! ", "? " or line
    /// break before it to the next one after it (not at "; ": "Leo loves it; his birthday is…").
    static func sentence(around range: Range<String.Index>, in text: String) -> String {
        func isEnd(_ i: String.Index) -> Bool {
            let c = text[i]
            if c.isNewline { return true }
            let next = text.index(after: i)
            return ".!?".contains(c) && (next == text.endIndex || text[next].isWhitespace)
        }
        var start = range.lowerBound
        while start > text.startIndex, !isEnd(text.index(before: start)) { start = text.index(before: start) }
        var end = range.upperBound
        while end < text.endIndex, !isEnd(end) { end = text.index(after: end) }
        if end < text.endIndex, !text[end].isNewline { end = text.index(after: end) }
        return text[start..<end].trimmingCharacters(in: .whitespaces)
    }

    /// What an item is for, by code (a date's, or a reference's when the model's label is no
    /// use): the words of its clause before it ("Subs for the autumn term
    /// are due by the 31st Oct": "Subs for the autumn term are due"), the words that join it
    /// ("is on", "by the", a weekday) dropped; else the words after it to the next comma
    /// ("On Saturday 4 July, the fair opens at noon": "the fair opens at noon"); from the last
    /// comma before it when words follow that ("Coming up, the fair is on 4 July": "Fair"); at
    /// most eight words, nil for none. (fresh18 1910: asked, the 0.5B model labelled the subs'
    /// deadline "OSM app", the app to pay with, and the consent forms' with the sentence itself.)
    static func clauseLabel(_ item: String, in clause: String) -> String? {
        guard let at = clause.range(of: item) else { return nil }
        let joining: Set<String> = [
            "on", "by", "from", "until", "till", "for", "at", "before", "after", "the", "is", "are", "was", "were", "will", "be", "of", "in",
            "and", "but", "so", "then", "under", "with", "booked", "confirmed", "reference", "ref", "code", "number", "no",
        ]
        let weekday = #"^(mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|rsday|urday)?$"#
        let dropped = { (t: Substring) in
            let w = t.lowercased().trimmingCharacters(in: .punctuationCharacters)
            return w.isEmpty || joining.contains(w) || w.range(of: weekday, options: .regularExpression) != nil
        }
        let trim = { (words: [Substring]) in
            var w = words
            while let last = w.last, dropped(last) { w.removeLast() }
            while let first = w.first, dropped(first) { w.removeFirst() }
            return w
        }
        let head = clause[..<at.lowerBound]
        // From its last comma or colon when words follow it ("Coming up, the summer fair is on").
        let cut = head.lastIndex(where: { ",;:".contains($0) }).map { trim(head[head.index(after: $0)...].split(whereSeparator: \.isWhitespace)) }
        var words = cut.flatMap { $0.isEmpty ? nil : $0 } ?? trim(head.split(whereSeparator: \.isWhitespace))
        if words.isEmpty {
            let rest = clause[at.upperBound...].drop { ",;: ".contains($0) }.prefix { !",;.!?".contains($0) }
            words = rest.split(whereSeparator: \.isWhitespace)
            while let first = words.first, dropped(first) { words.removeFirst() }
        }
        guard !words.isEmpty else { return nil }
        let label = words.suffix(8).joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ",;:- "))
        return label.prefix(1).uppercased() + label.dropFirst()
    }

    /// The paragraph of `text` around `range` when it has more than the sentence, holds none of
    /// `others` and is prose, not a list's or a table's lines: what an item is for may be said
    /// in the sentence before it ("From the airport we take the Leonardo Express. The tickets
    /// are already paid for, ticket code LE-3093-XK": fresh17 1810, labelled "tickets").
    static func paragraph(around range: Range<String.Index>, in text: String, apartFrom others: [String]) -> String? {
        let start = text.range(of: "\n\n", options: .backwards, range: text.startIndex..<range.lowerBound)?.upperBound ?? text.startIndex
        let end = text.range(of: "\n\n", range: range.upperBound..<text.endIndex)?.lowerBound ?? text.endIndex
        let block = text[start..<end].split(separator: "\n")
        let prose = block.allSatisfy { line in
            let t = line.trimmingCharacters(in: .whitespaces)
            return !(t.hasPrefix("#") || t.hasPrefix("|") || t.hasPrefix("- ") || t.hasPrefix("* ") || t.first?.isNumber == true)
        }
        let p = block.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        guard prose, p.count <= 400, p != sentence(around: range, in: text), !others.contains(where: p.contains) else { return nil }
        return p
    }

    /// Whether the task asks whose or what each item is, besides the items: "each person's
    /// birthday", "a name and a date on each line", "who they're from", "with what it is for".
    static func asksWhose(_ task: String) -> Bool {
        let t = " " + words(of: task).joined(separator: " ") + " "
        let asks = [
            " who ", " whose ", " each person ", " per person ", " everyone s ", " everybody s ", " name and ", " names and ", " with a name ",
            " with the name ", " with their ", " with its ", " with whom ", " what each ", " what it s for ", " what they re for ",
            " what for ", " birthdays ", " birthday ", " and who ", " and their ", " and its ", " each with ",
        ]
        return asks.contains { t.contains($0) }
    }

    /// The one name of two or more capitalised words `text` gives, a sentence's first word
    /// aside ("Leonardo Express" of "From the airport we take the Leonardo Express."); nil for
    /// none or several.
    static func onlyName(in text: String) -> String? {
        var names: [String] = []
        for m in allMatches(#"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+"#, in: text) {
            var name = m[0]
            if let r = text.range(of: name), r.lowerBound == text.startIndex || matches(String(text[..<r.lowerBound]), #"[.!?:]\s*$"#) {
                name = name.split(separator: " ").dropFirst().joined(separator: " ")
            }
            if name.contains(" "), !names.contains(name) { names.append(name) }
        }
        return names.count == 1 ? names[0] : nil
    }

    /// Whether the task asks what each item is for, not whose it is: "with what each is for",
    /// "the events and their dates"; not "who", "whose", "each person's", "birthdays" or "name".
    static func asksWhatFor(_ task: String) -> Bool {
        let t = " " + words(of: task).joined(separator: " ") + " "
        let who = [" who ", " whose ", " each person ", " per person ", " everyone s ", " everybody s ", " name ", " names ", " birthday", " whom "]
        let what = [" what each ", " what it s for ", " what they re for ", " what for ", " what each one ", " event ", " events ", " what s on "]
        return what.contains { t.contains($0) } && !who.contains { t.contains($0) }
    }
}
