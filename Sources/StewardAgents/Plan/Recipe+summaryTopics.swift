import Foundation

/// A summary whose points the task names (issue 19): "write three short bullet points: what's
/// covered and the excess, when the loss adjuster visits, and what we have to send by when"
/// (fresh18 1909: chosen by weight alone, the points were the visit, the photos and the
/// helpline, and neither the cover nor the excess). Each point is the text's sentence that says
/// most of its words (two when each says a word the other does not: "covered", "excess"); a
/// point whose words no sentence says takes the weightiest sentence left.
extension AgentLoop {
    /// The points the task names for a summary of `count` points, lines or sentences: a list
    /// after a colon, "mostly", "covering" or "especially", as many parts as `count` (split at
    /// its commas, its last part at "and" when one short), or one more (two may share a
    /// sentence: `summarySentences`); after "I need to know" or "tell me" too; none else.
    /// When the task gives the count as a range ("three or four bullet points: the new day,
    /// how often each bin goes and what we have to do": fresh19 2009), one part fewer too.
    static func summaryTopics(_ task: String, count: Int) -> [String] {
        guard count >= 2 else { return [] }
        let range = matches(task, #"\b(\w+) (or|to) (\w+) (short |brief |key |main |quick )?(bullet ?points|bullets|points|lines|sentences)\b"#)
        for sentence in sentences(task) {
            let lower = " " + sentence.lowercased()
            // ("Mainly the new day, how often each bin goes and what we have to do": fresh19 2009.)
            // ("I need to know which day, what hours, and what I should do before": fresh31 3209.)
            let starts = [
                ": ", " mostly ", " mainly ", " chiefly ", " covering ", " especially ", " particularly ", " in particular ", " namely ",
                " i need to know ", " i need ", " i want to know ", " tell me ",
            ].compactMap { lower.range(of: $0)?.upperBound }
            for start in starts {
                let list = lower[start...].trimmingCharacters(in: CharacterSet(charactersIn: ".!? "))
                guard Coaching.paths(in: list).isEmpty else { continue }
                var parts = list.replacingOccurrences(of: ", and ", with: ", ").components(separatedBy: ", ")
                let fewest = range && count > 2 ? count - 1 : count
                if parts.count < count, parts.count >= fewest - 1, let last = parts.last, let and = last.range(of: " and ", options: .backwards) {
                    parts = parts.dropLast() + [String(last[..<and.lowerBound]), String(last[and.upperBound...])]
                }
                let topics = parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                if (fewest...count).contains(topics.count) { return topics }
                // One more than the count, when two share a sentence (`summarySentences`).
                if topics.count == count + 1, parts.count > 2 { return topics }
            }
        }
        return []
    }

    /// For each of `topics`, the indices of `sentences` that say its words (`summaryTopics`),
    /// in the topics' order; a topic no sentence answers gets the weightiest one left (`ranked`
    /// is the sentences by weight). Nil when no topic is answered by its words.
    /// `lines`: the line (paragraph) each sentence is on; the next sentence of a topic's own
    /// line joins it when it carries a fact too and both fit ("what we have to do": the brown
    /// bin's fee and "Sign up … by 20 March", fresh19 2009).
    static func topicSentences(_ topics: [String], in sentences: [String], ranked: [Int], lines: [Int]? = nil) -> [[Int]]? {
        let small: Set<String> = [
            "what", "when", "where", "who", "how", "which", "our", "your", "they", "them", "their", "was", "were", "are", "has", "had",
            "will", "its", "all", "any", "get", "got", "need", "needs", "want", "one", "two", "three", "there", "then", "than", "about",
            "new", "now",
            // (Nor "instead" or "time": "where we can park instead" is no "bins collected on
            // Thursday instead of Monday", "the time by which cars have to be moved" no "access
            // on foot at all times", fresh33 3409; a time is asked by its meaning, `asks`.)
            "instead", "time", "times",
        ]
        let stems = { (s: String) in
            Set(words(of: s).filter { $0.count >= 3 && !commonWords.contains($0) && !small.contains($0) }.map { String(stem($0).prefix(5)) })
        }
        // "How often" is answered by a sentence that says how often ("every three weeks",
        // "fortnightly": fresh19 2009's "how often each bin goes"), whatever its other words.
        let often = #"\b(daily|weekly|fortnightly|monthly|yearly|annually|every)\b"#
        // "What we have to do" by a sentence that asks it of the reader; "the day" by one that
        // gives a weekday.
        let todo = #"\bwhat (we|i|you|they) (have to|has to|must|need to|should) do\b|\bwhat to do\b"#
        // "What they've agreed" by one that says what was decided.
        let decided = #"\b(confirm|confirms|confirmed|approved|accepted|agreed|granted|covered|declined|rejected|refused|turned down)\b"#
        let decision = #"\b(agree|agreed|decide|decided|decision|approve|approved|accept|accepted|cover|covered)\b"#
        let own = sentences.map { s in
            stems(s).union(matches(s, often) ? ["\u{1}often"] : []).union(asksReader(s) ? ["\u{1}ask"] : [])
                .union(matches(s, decided) ? ["\u{1}decided"] : [])
                .union(Set(wordsInOrder(s)).isDisjoint(with: weekdays) ? [] : ["day"]).union(meanings(s))
        }
        var used: Set<Int> = []
        // A sentence an earlier topic took is another's only when no other says its words
        // (fresh19 2009: the brown bin's fee twice, for "what we must do about the brown bin"
        // and "by when").
        var taken: Set<Int> = []
        var picked: [[Int]?] = topics.map { topic in
            // (The words asking what is planned are that ask, not words a sentence must share:
            // "what they're planning" is no "Notice of planning application".)
            let asked = stems(topic.replacingOccurrences(of: Self.plannedAsk, with: " ", options: [.regularExpression, .caseInsensitive]))
                .union(matches(topic, #"\bhow often\b"#) ? ["\u{1}often"] : []).union(matches(topic, todo) ? ["\u{1}ask"] : [])
                .union(matches(topic, decision) ? ["\u{1}decided"] : []).union(asks(topic))
            let all = own.indices.map { i in (i, own[i].intersection(asked)) }.filter { !$0.1.isEmpty }
            let fresh = all.filter { !taken.contains($0.0) }
            let scored = fresh.isEmpty ? all : fresh
            guard let best = scored.max(by: { ($0.1.count, -$0.0) < ($1.1.count, -$1.0) }) else { return nil }
            var chosen = [best.0]
            // A sentence that ends in a colon goes on in the list under it, and that is the
            // point ("… proposes two deductions:" and its "- £85 for …" and "- £40 for …" lines:
            // fresh27 2809, whose summary said there were two and not what they were).
            if sentences[best.0].hasSuffix(":"), let lines {
                var next = best.0 + 1
                while next < sentences.count, next - best.0 <= 6, lines[next] != lines[next - 1], !taken.contains(next),
                    wordCount(sentences[next]) <= 15
                {
                    chosen.append(next)
                    next += 1
                }
                if chosen.count > 1 {
                    taken.formUnion(chosen)
                    return chosen
                }
            }
            // A second sentence for a word the first does not say ("covered" and "the excess").
            if let other = scored.filter({ !$0.1.isSubset(of: best.1) && $0.0 != best.0 }).max(by: { ($0.1.count, -$0.0) < ($1.1.count, -$1.0) }) {
                chosen.append(other.0)
            }
            // What something costs is each sentence that says a price or that it is free, up to
            // three ("what it costs us": "nothing to pay for the brace itself", "each repair visit
            // costs £35", "retainers … cost £120 a pair": fresh20 2109, which had the £35 alone).
            // (Not what comes back, which is one amount: "how much I get back" is the £1,025
            // "to be returned", not the deposit and each deduction: fresh27 2809.)
            if asked.contains("\u{1}money"), !asked.contains("\u{1}back") {
                let more = scored.filter { $0.1.contains("\u{1}money") && !chosen.contains($0.0) }.map(\.0)
                chosen = Array((chosen + more).sorted().prefix(3))
                if !chosen.contains(best.0) { chosen[chosen.count - 1] = best.0 }
            }
            if chosen.count == 1, let lines, best.0 + 1 < sentences.count, lines[best.0 + 1] == lines[best.0], !taken.contains(best.0 + 1),
                weight(sentences[best.0 + 1]) > 0, wordCount(sentences[best.0] + " " + sentences[best.0 + 1]) <= 32
            {
                chosen.append(best.0 + 1)
            }
            taken.formUnion(chosen)
            return chosen.sorted()
        }
        guard picked.contains(where: { $0 != nil }) else { return nil }
        for p in picked.compactMap({ $0 }) { used.formUnion(p) }
        for i in picked.indices where picked[i] == nil {
            guard let next = ranked.first(where: { !used.contains($0) }) else { return nil }
            picked[i] = [next]
            used.insert(next)
        }
        return picked.compactMap { $0 }
    }

    /// What a topic asks in words a sentence may not share (`meanings`): when ("when it goes
    /// on": a date, the more so with a time), how long (a length of time), what it costs (an
    /// amount, or that it is free), what to eat (food) and what someone plans ("what they want
    /// to build": a proposal, fresh26 2709, whose summary took the site's line instead).
    static func asks(_ topic: String) -> Set<String> {
        var out: Set<String> = []
        // (After another ask too: "where and when", fresh32 3309.)
        if matches(
            topic, #"(^|\band |\bor )(by |from |until |till |since )?(when|what time|what day|which day|what date)\b|\b(the|what) (date|time)\b"#)
        {
            out.formUnion(["\u{1}when", "\u{1}clock"])
        }
        // ("What hours", "the time slot": a time of day, fresh31 3209.)
        if matches(topic, #"\b(what|which|the) (hours|times|time slot|time window|slot|window)\b"#) { out.insert("\u{1}clock") }
        if matches(topic, #"\bhow long\b|\bhow many (minutes|hours|days|weeks|months|years)\b|\bduration\b|\blasts?\b"#) { out.insert("\u{1}long") }
        if matches(topic, #"\b(cost|costs|costing|pay|paying|price|prices|fee|fees|charge|charges|how much|money|spend|afford)\b"#) {
            out.insert("\u{1}money")
        }
        if matches(topic, #"\b(eat|eating|food|foods|meal|meals|snack|snacks|diet|drink)\b"#) { out.insert("\u{1}food") }
        // ("What to bring", "what Ada has to take": fresh32 3309, a trip letter's "Children will
        // need a packed lunch …".)
        if matches(topic, #"\b(bring|take|pack|wear)\b"#) { out.insert("\u{1}bring") }
        if matches(topic, backAsk) { out.insert("\u{1}back") }
        if matches(topic, plannedAsk) { out.insert("\u{1}plan") }
        if matches(
            topic,
            #"\b(chang(e|es|ed|ing)|what'?s new|different|differs?|go(es|ing)? (up|down)|rise|rising|increas(e|es|ing)|decreas(e|es|ing)|dearer|cheaper)\b"#
        ) {
            out.formUnion(["\u{1}change", "\u{1}shift"])
        }
        return out
    }

    /// A topic's words asking what comes back ("how much I get back", "what's coming back", "the
    /// refund").
    static let backAsk = #"\b(get|getting|gets|come|comes|coming|paid|pay|given) back\b|\b(returned|refund|refunded|repaid)\b|\bto be returned\b"#

    /// A topic's words asking what someone plans ("what they want to build", "what they're
    /// planning", "what is proposed").
    static let plannedAsk =
        #"\bwhat (they|he|she|we|you|the \w+|\w+)('re| are| is| was| were|'s)? (want|wants|wanting|planning|plan|plans|propose|proposes|proposing|intend|intends|hope|hoping)( to (build|do|make|add|put up|change))?\b|\bwhat('s| is| was) (being )?(proposed|planned)\b"#

    /// What a sentence says that a topic may ask without its words (`asks`).
    static func meanings(_ s: String) -> Set<String> {
        var out: Set<String> = []
        let said = Set(wordsInOrder(s))
        let month =
            #"\b\d{1,2}(st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}\b"#
        if matches(s, month) || !said.isDisjoint(with: weekdays) { out.insert("\u{1}when") }
        if matches(s, #"\b\d{1,2}([.:]\d{2})? ?(am|pm|a\.m|p\.m)\b|\b\d{1,2}:\d{2}\b|\bnoon\b"#) { out.insert("\u{1}clock") }
        let count = #"(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|a few|several|a couple of)"#
        if matches(s, #"\b"# + count + #" (more |extra )?(minutes?|hours?|days?|weeks?|months?|years?)\b"#) { out.insert("\u{1}long") }
        if hasMoney(s) || matches(s, #"\b(free|nothing to pay|no charge|free of charge|costs?|fees?|to pay|charged?)\b"#) { out.insert("\u{1}money") }
        if matches(s, #"\b(eat|eating|food|foods|meals?|snacks?|diet|drinks?|avoid)\b"#) { out.insert("\u{1}food") }
        if matches(s, #"\b(bring|brings|pack|packed|wear|need|needs)\b"#) { out.insert("\u{1}bring") }
        if matches(s, #"\b(returned|refund|refunded|repaid|paid back|back to you|comes? back|coming back|get back)\b"#) { out.insert("\u{1}back") }
        if matches(s, #"\bpropos(al|als|e|es|ed|ing)\b|\bplans? (to|for)\b|\bintends? to\b|\b(extension|conversion|renovation|demolition)\b"#) {
            out.insert("\u{1}plan")
        }
        // A change said outright ("the rent will go up from 1,075 GBP to 1,150 GBP") over one
        // only called new.
        let shift =
            #"\b(go(es)? (up|down)|goes? up|rise|rises|rising|increase[sd]?|decrease[sd]?|fall|falls|drop|drops|cut|raised?|lowered?|changes? (to|from)|will change|moves? (to|from))\b|\bfrom [£€$]?\d[\d,.]*\s?[a-z]{0,6} to [£€$]?\d"#
        if matches(s, shift) { out.formUnion(["\u{1}change", "\u{1}shift"]) }
        if matches(s, #"\b(new|no longer|instead|now|from now on|changes?|changed|changing)\b"#) { out.insert("\u{1}change") }
        return out
    }
}
