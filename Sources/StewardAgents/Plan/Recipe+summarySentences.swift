import Foundation

/// The summary's sentences (issue 19): a summary made of the text's own sentences, chosen and
/// shortened by code. Asked to summarise, the 0.5B model copied the text's first sentences
/// (cut mid-sentence by the limit), wrote labels ("Window replacement dates", "Car park
/// closure": fresh7 809, 0 of 3) or made facts up ("the network team was honored with a
/// prestigious award": fresh9 1009, 1 of 3); summarised part by part, the same. A summary of
/// sentences the text has states nothing it does not, and what a notice asks of its reader
/// (the dates, times, amounts, and "please", "must", "bring") is found by code.
extension AgentLoop {
    /// A summary of `text` within `limit`: its sentences that carry most (`weight`), as many as
    /// the limit has points, lines or sentences, or as fit its words; each shortened to its
    /// share of the words (`shortened`), in the text's order. Nil when the text has no sentences.
    static func summarySentences(_ text: String, limit: SummaryLimit, topics: [String] = []) -> String? {
        let byLine = bodySentencesByLine(text)
        let all = byLine.map(\.sentence)
        guard !all.isEmpty else { return nil }
        let ranked = weightOrder(all, lede: lede(all, of: text))
        var kept: [Int: String] = [:]
        // The points the task names, each its sentences, in the task's order (`summaryTopics`).
        // (One fewer when the task's count is a range: `summaryTopics`.) More points than the
        // limit are one where one's sentences hold another's ("which day, what hours, and what
        // I should do before" in two sentences: the day and the hours are one sentence, fresh31
        // 3209, whose summary otherwise left out what to do).
        var topics = topics
        var found = limit.unit == .words || topics.isEmpty ? nil : topicSentences(topics, in: all, ranked: ranked, lines: byLine.map(\.line))
        // (Each point's sentences found alone: together, a sentence one point took goes to
        // another only when no other says its words, "what hours" then took "longer than 12
        // hours".)
        if topics.count > limit.count, found != nil,
            case let alone = topics.compactMap({ topicSentences([$0], in: all, ranked: ranked, lines: byLine.map(\.line))?.first }),
            alone.count == topics.count
        {
            let groups = alone
            var merged: [(topic: String, group: [Int])] = []
            for (topic, group) in zip(topics, groups) {
                if let k = merged.firstIndex(where: { Set(group).isSubset(of: $0.group) || Set($0.group).isSubset(of: group) }) {
                    merged[k] = (merged[k].topic + " and " + topic, merged[k].group.count >= group.count ? merged[k].group : group)
                } else {
                    merged.append((topic, group))
                }
            }
            // Still more than the limit: each point its one sentence that says most of what it
            // asks, of those found for all of them together, neighbours joined into one, the two
            // of fewest words first ("where and when, the cost and the date to pay by, and what
            // to bring" in two sentences: fresh32 3309, whose summary left out the place and what
            // to bring).
            if limit.unit == .sentences, merged.count > limit.count, let together = found, together.count == topics.count {
                merged = zip(topics, together).compactMap { topic, group in
                    let meant = asks(topic)
                    let says = { (i: Int) in meanings(all[i]).intersection(meant).count }
                    return group.max { (says($0), -$0) < (says($1), -$1) }.map { (topic, [$0]) }
                }
            }
            while limit.unit == .sentences, merged.count > limit.count, merged.count >= 2 {
                let size = { (k: Int) in (merged[k].group + merged[k + 1].group).reduce(0) { $0 + wordCount(all[$1]) } }
                guard let k = (0..<(merged.count - 1)).min(by: { size($0) < size($1) }) else { break }
                let group = merged[k].group + merged[k + 1].group.filter { !merged[k].group.contains($0) }
                merged[k] = (merged[k].topic + " and " + merged[k + 1].topic, group)
                merged.remove(at: k + 1)
            }
            (topics, found) = merged.count <= limit.count ? (merged.map(\.topic), merged.map(\.group)) : (topics, nil)
        }
        if limit.unit != .words, !topics.isEmpty, topics.count <= limit.count, var groups = found {
            // A count given as a range ("three or four") with one point fewer named: the last
            // point the weightiest fact of a paragraph no point has (fresh19 2009: the new
            // weekly food collection).
            let covered = Set(groups.joined().map { byLine[$0].line })
            // Of a paragraph that answers a named point too, when one does ("what we have to do":
            // the gas inspection's "Please make sure someone is in", not the tenancy's end date:
            // fresh17 1809).
            // One that asks something of the reader first.
            let meant = topics.reduce(into: Set<String>()) { $0.formUnion(asks($1)) }
            let asking = Set(all.indices.filter { asksReader(all[$0]) }.map { byLine[$0].line })
            let answering = Set(all.indices.filter { !meanings(all[$0]).isDisjoint(with: meant) }.map { byLine[$0].line })
            let left = ranked.filter { weight(all[$0]) > 0 && !covered.contains(byLine[$0].line) }
            if groups.count < limit.count,
                let extra = left.first(where: { asking.contains(byLine[$0].line) }) ?? left.first(where: { answering.contains(byLine[$0].line) })
                    ?? left.first
            {
                groups.append([extra])
            }
            let share = wordCount(all.joined(separator: " ")) * 45 / 100 / topics.count
            let each = max(18, min(30, share))
            var units: [String] = []
            for (g, group) in groups.enumerated() {
                // A sentence cut for a point keeps first the clauses that say what its topic asks
                // without its words ("what it costs": the clause with the price), those no earlier
                // point says before the others ("what he can't eat": "please avoid toffee …" of a
                // sentence whose price the costs' point has).
                let meant = g < topics.count ? asks(topics[g]) : []
                let earlier = Set(units.flatMap { words(of: $0) })
                let figures = Set(units.flatMap { digitRuns($0) })
                let rank = { (clause: String) in
                    let new = !Set(words(of: clause)).isSubset(of: earlier) && Set(digitRuns(clause)).isDisjoint(with: figures)
                    return (meanings(clause).isDisjoint(with: meant) ? 0 : 2) + (new ? 1 : 0)
                }
                let point = group.enumerated().map { k, i in
                    // Three sentences of a point share one and a half times its words.
                    let room = group.count > 2 ? max(10, each * 3 / (2 * group.count)) : each
                    let s = wordCount(all[i]) <= room + room / 4 ? all[i] : shortened(all[i], words: room, rank: meant.isEmpty ? nil : rank)
                    let first = String(s.prefix { $0.isLetter })
                    let small =
                        ["The", "A", "An", "Your", "We", "Our", "It", "This", "You", "Please", "They", "There"].contains(first)
                        || askingVerbs.contains(first.lowercased())
                    return k == 0 || !small ? s : s.prefix(1).lowercased() + s.dropFirst()
                }
                // (After a colon, its list goes on with no ";": "two deductions: £85 …; £40 …".)
                let parts = point.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ". ")) }
                let joined = parts.enumerated().map { k, p in k == 0 ? p : (parts[k - 1].hasSuffix(":") ? " " : "; ") + p }.joined()
                units.append(joined + ".")
            }
            switch limit.unit {
            case .points: return units.map { "- " + $0 }.joined(separator: "\n")
            case .lines: return units.joined(separator: "\n")
            case .sentences, .words: return units.joined(separator: " ")
            }
        }
        switch limit.unit {
        case .points, .lines, .sentences:
            // Each its share of under half the text, 10 to 25 words ("a few short lines" of a
            // 170-word email: 4 of about 19); a sentence 20 to 30 (fresh14 1509: two sentences
            // of a 170-word email, 20 words each, left its departure's "put the rubbish in the
            // green bins … and leave the key back in the safe" out).
            let share = wordCount(all.joined(separator: " ")) * 45 / 100 / limit.count
            let each = limit.unit == .sentences ? min(30, max(20, share)) : min(25, max(10, share))
            // A sentence a quarter over its share is kept whole (fresh3 309: "On Friday 16
            // January, Year 5 will visit the Natural History Museum …", 18 words of 16, was
            // shortened to "On Friday 16 January.").
            let short = { (i: Int) in wordCount(all[i]) <= each + each / 4 ? all[i] : shortened(all[i], words: each) }
            var points = ranked.prefix(limit.count).map { [$0] }
            // A point or line may hold two sentences of one paragraph, when that makes room for a
            // fact of a paragraph no point has (fresh19 2009: four points of a council letter,
            // two of them about the brown bin, left out the new weekly food collection). The
            // sentence that carries less joins the other while both fit twice the share (30
            // words at least).
            let line = { (i: Int) in byLine[i].line }
            let pair = { () -> (Int, Int)? in
                for b in points.indices.reversed() {
                    guard let a = points[..<b].firstIndex(where: { line($0[0]) == line(points[b][0]) }) else { continue }
                    if wordCount((points[a] + points[b]).map(short).joined(separator: " ")) <= max(2 * each, 30) { return (a, b) }
                }
                return nil
            }
            while limit.unit != .sentences,
                let next = ranked.first(where: { i in weight(all[i]) > 0 && !points.contains { $0.contains { line($0) == line(i) } } }),
                let (a, b) = pair()
            {
                points[a] += points[b]
                points.remove(at: b)
                points.append([next])
            }
            // A point's paragraph goes on in the sentence after it, when that carries a fact too
            // and both fit ("… your claim is covered …. Your policy excess of £350 applies …":
            // fresh18 1909, three points that left the excess out).
            if limit.unit == .points {
                for k in points.indices {
                    guard let last = points[k].max(), last + 1 < all.count, line(last + 1) == line(last), weight(all[last + 1]) > 0,
                        !points.contains(where: { $0.contains(last + 1) }),
                        wordCount((points[k] + [last + 1]).map(short).joined(separator: " ")) <= max(2 * each, 30)
                    else { continue }
                    points[k].append(last + 1)
                }
            }
            for own in points.map({ $0.sorted() }) { kept[own[0]] = own.map(short).joined(separator: " ") }
            // A payment asked with no amount takes the amount said just before it ("The trip
            // costs 85 GBP, … Please pay on ParentPay by Friday 6 November": fresh16 1709, whose
            // bullet said when to pay and not how much).
            for i in kept.keys.sorted() where i > 0 && kept[i - 1] == nil {
                guard let own = kept[i], asksPayment(own), !hasMoney(own), hasMoney(all[i - 1]) else { continue }
                let amount = shortened(all[i - 1], words: 8).trimmingCharacters(in: CharacterSet(charactersIn: ".!"))
                guard hasMoney(amount), !amount.hasSuffix("…") else { continue }
                let rest = shortened(all[i], words: max(8, each - wordCount(amount)))
                // A name keeps its capital; "Please", "The", … do not.
                let first = String(rest.prefix { $0.isLetter })
                let small = ["Please", "The", "It", "This", "You", "We", "Pay", "Payment"].contains(first)
                kept[i] = amount + "; " + (small ? rest.prefix(1).lowercased() + rest.dropFirst() : rest)
            }
        case .words:
            var left = limit.count
            for i in ranked where left >= 5 {
                let s = shortened(all[i], words: min(left, max(10, limit.count / 2)))
                guard wordCount(s) <= left, !s.hasSuffix("…") || kept.isEmpty else { continue }
                kept[i] = s
                left -= wordCount(s)
            }
        }
        let chosen = kept.keys.sorted().compactMap { kept[$0] }
        switch limit.unit {
        case .points: return chosen.map { "- " + $0 }.joined(separator: "\n")
        case .lines: return chosen.joined(separator: "\n")
        case .sentences, .words: return chosen.joined(separator: " ")
        }
    }

    /// Whether `s` says an amount of money ("85 GBP", "£85", "12.50 euros").
    static func hasMoney(_ s: String) -> Bool {
        matches(s, #"[£€$]\s?\d|\d\s?(gbp|eur|usd|euros?|pounds?|dollars?|quid)\b"#)
    }

    /// Whether `s` asks for a payment ("please pay", "payment is due", "the deposit").
    static func asksPayment(_ s: String) -> Bool { matches(s, #"\b(pay|paid|payment|payments|deposit|fee|owe)\b"#) }

    /// The text's sentences: headings, an email's header lines and its greeting and closing
    /// ("Dear parents,", "Thank you, the gala committee") left out, list markers dropped.
    static func bodySentences(_ text: String) -> [String] { bodySentencesByLine(text).map(\.sentence) }

    /// `bodySentences` with the line (the paragraph) each is on, counted from 0.
    static func bodySentencesByLine(_ text: String) -> [(sentence: String, line: Int)] {
        let lines = text.split(whereSeparator: \.isNewline).map { (cleanLine(String($0)), item: matches(String($0), #"^\s*([-*+•]|\d+[.)])\s"#)) }
            .filter { !$0.0.isEmpty && !$0.0.hasPrefix("#") && !matches($0.0, #"^(from|to|subject|date|sent|cc)\s*:"#) }
        return lines.enumerated().flatMap { n, line in labelled(sentences(line.0), item: line.item).map { ($0, n) } }.compactMap {
            s, n -> (String, Int)? in
            var s = s
            if let r = s.range(of: #"^(dear|hi|hello|hey)\b[^,.!?]{0,40}[,!]\s*"#, options: [.regularExpression, .caseInsensitive]) {
                s.removeSubrange(r)
            }
            let closing =
                #"^(thanks|thank you|many thanks|yours|kind regards|best wishes|best regards|warm regards|regards|cheers|love|see you|looking forward|we are sorry|we're sorry|sorry for|we apologi[sz]e|apologies)\b"#
            // (A labelled figure is a sentence however short: "Reference: 27/00912/HH".)
            guard wordCount(s) >= 3 || matches(s, #"^[a-z][a-z ]{1,30}:\s*\S*\d"#), !matches(s, closing) else { return nil }
            return (s.prefix(1).uppercased() + s.dropFirst(), n)
        }
    }

    /// A list item's sentences with its label, a first sentence of three words at most without
    /// a figure ("1. Street party. Agreed to hold it on Saturday 10 July …"), put before the
    /// next ("Street party: Agreed to hold it …"): alone it is too short to keep, and the
    /// sentence after it says no more what it is about (fresh25 2609: "the party date" was
    /// summarised as "Agreed to hold it on Saturday 10 July 2027").
    static func labelled(_ sentences: [String], item: Bool) -> [String] {
        guard item, sentences.count >= 2, let label = sentences.first, label.hasSuffix("."), wordCount(label) <= 3,
            !label.contains(where: \.isNumber)
        else { return sentences }
        return [label.dropLast() + ": " + sentences[1]] + sentences.dropFirst(2)
    }

    /// How much a sentence or clause carries: two for each fact in it (a number, a date's
    /// month or weekday, a time, an amount, how often), at most three, and three when it asks something
    /// of its reader ("please", "must", "bring", or a verb such as "call" or "move" first) or
    /// says what was decided ("confirmed", "agreed", "declined").
    static func weight(_ s: String) -> Int {
        let words = wordsInOrder(s)
        // A phone number is one fact, not its groups of digits ("0800 123 4567").
        let phoneless = s.replacingOccurrences(of: #"\+?\d[\d ]{6,}\d"#, with: "0", options: .regularExpression)
        let facts =
            Set(digitRuns(phoneless)).count
            + words.filter {
                ($0 != "may" && Coaching.months.contains($0)) || weekdays.contains($0)
                    || ["am", "pm", "noon", "midnight", "eur", "euros", "gbp", "pounds", "usd", "dollars"].contains($0)
                    // How often is a fact ("Your blue recycling bin stays fortnightly": fresh19 2009).
                    || ["daily", "weekly", "fortnightly", "monthly", "yearly", "annually"].contains($0)
                    || (numberWords[$0] ?? moreNumberWords[$0]).map { $0 > 1 } == true
            }.count + s.filter { "€£$".contains($0) }.count
            // "Every three weeks", "every Monday" (not "every home").
            + (matches(
                s,
                #"\bevery (other |\w+ )?(day|week|month|year|morning|evening|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b"#
            ) ? 1 : 0)
        let asks = asksReader(s)
        // What a letter decides carries as much ("We are pleased to confirm that your claim is
        // covered": fresh18 1909, whose three points left out what the insurers agreed).
        let decides = matches(s, #"\b(confirm|confirms|confirmed|approved|accepted|agreed|granted|covered|declined|rejected|refused|turned down)\b"#)
        return 2 * min(facts, 3) + (asks || decides ? 3 : 0)
    }

    /// Whether `s` asks something of its reader ("please", "must", "bring", or a verb such as
    /// "call" or "move" first). What to do only if something happens is no ask ("If you need
    /// emergency accommodation, call our helpline": fresh18 1909, which took a point of three).
    /// What to do if the reader wants something is an ask ("If you would like to stay, please sign
    /// the new agreement … by 15 December": fresh17 1809, left out of what we have to do).
    static func asksReader(_ s: String) -> Bool {
        (!matches(s, #"^(if|in case|should you)\b"#) || matches(s, #"^if you(('d| would) like|'d prefer| wish| want| plan| intend) to\b"#))
            && (matches(s, #"\b(please|must|need|needs|have to|has to|should|make sure|remember|don'?t|do not|deadline|due)\b"#)
                || wordsInOrder(s).first.map(askingVerbs.contains) == true)
    }

    /// `s` in at most `words` words: whole when it fits, else (a name between commas that says
    /// who dropped first) its clauses that carry most
    /// (`weight`, the first one's subject a little more) as fit, in order, a leading "so" or
    /// "and" dropped; cut at every comma when the one that carries most does not fit, and
    /// that one cut with an ellipsis when it still does not.
    /// `rank`: the clauses ranked higher go before the others, whatever they carry.
    static func shortened(_ s: String, words: Int, rank: ((String) -> Int)? = nil) -> String {
        guard wordCount(s) > words else { return s }
        // A name between commas after who it is goes first ("A loss adjuster, Mr Craig Fenton,
        // will visit …": fresh18 1909, cut at its commas to "Will visit … to assess the…").
        let s = s.replacingOccurrences(
            of: #"(?<=\p{Ll}), (?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,2},(?= \p{Ll})"#, with: "",
            options: .regularExpression)
        // A quarter over is kept whole, as a sentence is; so is the clause that carries most.
        guard wordCount(s) > words + words / 4 else { return s }
        let ordered = { (parts: [String]) in
            let order = weightOrder(parts)
            guard let rank else { return order }
            let ranks = parts.map(rank)
            return order.enumerated().sorted { (ranks[$0.element], -$0.offset) > (ranks[$1.element], -$1.offset) }.map(\.element)
        }
        var parts = clauses(s, atCommas: false)
        var order = ordered(parts)
        if wordCount(parts[order[0]]) > words {
            parts = clauses(s, atCommas: true)
            order = ordered(parts)
        }
        guard wordCount(parts[order[0]]) <= words + words / 4 else { return trimmed(sentenceStart(parts[order[0]]), words: words) }
        var kept = [order[0]]
        // A clause that starts "which" goes with the one it is about ("Noah must wear retainers at
        // night, which cost £120 a pair").
        var head = ""
        if order[0] > 0, matches(parts[order[0]], #"^which\b"#) {
            let before = parts[order[0] - 1].components(separatedBy: ", ").last ?? ""
            if wordCount(before + " " + parts[order[0]]) <= words + words / 4 { head = before + ", " }
        }
        var count = wordCount(head) + wordCount(parts[order[0]])
        for i in order.dropFirst() where count + wordCount(parts[i]) <= words {
            kept.append(i)
            count += wordCount(parts[i])
        }
        let out = sentenceStart(kept.sorted().map { $0 == order[0] ? head + parts[$0] : parts[$0] }.joined(separator: ", "))
            .trimmingCharacters(in: CharacterSet(charactersIn: ",;: "))
        return ".!?".contains(out.last ?? " ") ? out : out + "."
    }

    /// The indices of `parts` by how much each carries, the first a little more, ties in order;
    /// the `lede` (the sentence that says what the text is about) four more.
    static func weightOrder(_ parts: [String], lede: Int? = nil) -> [Int] {
        let carries = parts.indices.map { weight(parts[$0]) + ($0 == 0 ? 1 : 0) + ($0 == lede ? 4 : 0) }
        return parts.indices.sorted { (carries[$0], $1) > (carries[$1], $0) }
    }

    /// The first of `sentences` that says a word of the text's subject and a fact (`weight`):
    /// what the text is about, and when or where (fresh13 1409: "The summer tournament is on
    /// Saturday 13 June at Ashton Park." of an email titled "Email from Coach Darren: the summer
    /// tournament" was left out for the times and the fee). The subject is a heading's or a
    /// "Subject:" line's words after their last colon; a title that only says who wrote
    /// ("Email from the insurance") has none.
    static func lede(_ sentences: [String], of text: String) -> Int? {
        let titles = text.split(whereSeparator: \.isNewline).compactMap { line -> String? in
            guard let r = line.range(of: #"^\s*(#+|subject\s*:)\s*"#, options: [.regularExpression, .caseInsensitive]) else { return nil }
            let title = String(line[r.upperBound...])
            if let colon = title.lastIndex(of: ":") { return String(title[title.index(after: colon)...]) }
            return matches(title, #"^(an? |the )?(e-?mail|letter|message|note|update|newsletter)s?\s+from\b"#) ? nil : title
        }
        let topic = Set(titles.flatMap { wordsInOrder($0) }.filter { $0.count > 3 }.map(stem)).subtracting(commonWords)
        guard !topic.isEmpty else { return nil }
        return sentences.firstIndex { s in weight(s) > 0 && !Set(wordsInOrder(s).map(stem)).isDisjoint(with: topic) }
    }

    /// A sentence's clauses: cut at ";" and ":", at a comma before "and", "but", "so", "or",
    /// "which", "while" or "because", and before "so that" and "because" (at every comma when
    /// `atCommas`); their end marks and the cut's comma dropped, one of under five words joined
    /// to the next.
    static func clauses(_ s: String, atCommas: Bool) -> [String] {
        let cut =
            #"\s*[;:]\s+|,\s+(?=(and|but|so|or|which|while|because)\b)|\s+(?=(so that|because)\b)"# + (atCommas ? #"|,\s+"# : "")
        var out: [String] = []
        var rest = Substring(s)
        while let r = rest.range(of: cut, options: .regularExpression) {
            out.append(String(rest[..<r.lowerBound]))
            rest = rest[r.upperBound...]
        }
        out.append(String(rest))
        let parts = out.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".!?, ").union(.whitespaces)) }.filter { !$0.isEmpty }
        // A clause of under five words ("On Friday 16 January") goes with the one after it.
        return parts.reduce(into: [String]()) { joined, part in
            if let last = joined.last, wordCount(last) < 5 { joined[joined.count - 1] = last + ", " + part } else { joined.append(part) }
        }
    }

    /// `clause` as a sentence's start: a leading joining word dropped, the first letter capital.
    static func sentenceStart(_ clause: String) -> String {
        var c = clause
        if let r = c.range(of: #"^(and|but|so that|so|or|which|while|because|then)\s+"#, options: [.regularExpression, .caseInsensitive]) {
            c.removeSubrange(r)
        }
        return c.prefix(1).uppercased() + c.dropFirst()
    }

    static func matches(_ s: String, _ pattern: String) -> Bool {
        s.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil
    }

    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    /// Verbs a sentence that asks something starts with ("Move plants … off the sills").
    static let askingVerbs: Set<String> = [
        "bring", "call", "email", "text", "tell", "fill", "run", "book", "send", "pay", "check", "take", "give", "leave", "put", "use",
        "wear", "offer", "keep", "move", "clear", "return", "ring", "contact", "phone", "avoid", "remove", "collect", "feed", "store",
        "arrive", "park", "sign", "let", "come", "note", "reply", "turn", "switch", "water", "lock",
    ]
}
