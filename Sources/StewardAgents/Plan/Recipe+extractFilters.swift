import Foundation

/// Which of the items an extract found go into its file (issue 19, `Recipe+extract`): those of
/// the kind the task qualifies ("the class dates"), not one warned against when it asks what
/// someone recommends, not a cancelled event's date, not the text's own date in its title;
/// and the words each is labelled from.
extension AgentLoop {
    /// Of the `found` items, those a sentence of `text` holds that names one of `which` not
    /// after a "no" or "not" ("The first class is on 14 January", not "There is no class on 4
    /// February", nor "pay the fee by 9 January"); all of them when `which` is empty or none
    /// is so named (fresh10 1110: the half-term break's date and the fee deadline were listed as
    /// class dates).
    static func only(_ found: [String], saying which: [String], in text: String) -> [String] {
        guard !which.isEmpty else { return found }
        let negations: Set<String> = ["no", "not", "isn", "aren", "t", "without", "cancelled", "canceled", "never", "except"]
        // One word or its plural ("class", "classes").
        let said = { (w: String) in which.contains { $0 == w || [w + "s", w + "es"].contains($0) || [$0 + "s", $0 + "es"].contains(w) } }
        func names(_ sentence: String) -> Bool {
            let w = words(of: sentence)
            return w.indices.contains { i in said(w[i]) && w[max(0, i - 3)..<i].allSatisfy { !negations.contains($0) } }
        }
        let kept = found.filter { item in
            var from = text.startIndex
            while let at = text.range(of: item, range: from..<text.endIndex) {
                if names(sentence(around: at, in: text)) { return true }
                from = at.upperBound
            }
            return false
        }
        return kept.isEmpty ? found : kept
    }

    /// Whether the task asks for what someone recommends, or to leave out what they warned
    /// against: "recommend(s/ed)", "recommendation(s)", "warned", "avoid".
    static func asksRecommended(_ task: String) -> Bool {
        Coaching.taskWords(in: task).contains { $0.hasPrefix("recommend") || ["warned", "warn", "avoid"].contains($0) }
    }

    /// Of the `found` items, those no sentence of `text` that holds them warns against ("She
    /// said to avoid the roofer, Kev Price (07700 900644)": fresh12 1310, where the 0.5B
    /// model's labelled list had him among the recommended).
    static func notWarnedOff(_ found: [String], in text: String) -> [String] {
        let warning =
            #"\b(avoid|warned|steer clear|stay away|never (use|call|hire|book|again)|don'?t (use|call|hire|book|bother)|do not (use|call|hire|book)|not recommend|rip-?off|cowboys?)\b"#
        return found.filter { item in
            guard let at = text.range(of: item) else { return true }
            return sentence(around: at, in: text).range(of: warning, options: [.regularExpression, .caseInsensitive]) == nil
        }
    }

    /// Whether the task speaks of cancelled things itself ("the cancelled trips"): then their
    /// dates are what it asks for, or it says what to do with them; not in a sentence that says
    /// to leave it out ("The disco has been cancelled, so leave it out" asks for no cancelled
    /// date: fresh14 1510).
    static func asksCancelled(_ task: String) -> Bool {
        // Not a sentence that says to leave it out ("I cancelled the Santa Chiara hotel, so leave
        // its reference out": fresh17 1810, where its reference was listed).
        sentences(task).contains { s in
            matches(s, #"\b(cancel(l?ed|lations?|s)?|called off|withdr(aw|awn|ew)|pulled out)\b"#)
                && !matches(s, #"\b(leave|leaving)\b[^.;!?]{0,40}\b(out|off)\b|\b(skip|ignore|exclude|omit|drop|don'?t (include|list|add))\b"#)
        }
    }

    /// Of the `found` items, those no sentence of `text` that holds them says is cancelled,
    /// called off or withdrawn ("Sadly the school disco planned for Friday 17 July has been
    /// cancelled": fresh14 1510, where it was listed among the coming events; "Mason & Sons
    /// quoted 6,900 GBP, but on 10 March they withdrew their quote": fresh15 1610, listed among
    /// the quotes that still stand), or is out of use ("My old landline, 01632 960120, is no
    /// longer in use": fresh19 2010). Of a sentence that holds another item too, the item's own
    /// clause ("I first booked the Hotel Santa Chiara (reference HSC-40918) but cancelled it …;
    /// the Artemide is booked under reference ART-77215": fresh17 1810).
    static func notCancelled(_ found: [String], in text: String) -> [String] {
        found.filter { item in
            guard let at = text.range(of: item) else { return true }
            return !matches(
                clause(holding: item, of: sentence(around: at, in: text), apartFrom: found),
                #"\b(cancell?ed|called off|withdr(awn|ew)|pulled out|no longer (happening|on|going ahead|valid|stands?|in use|used|works?|working|connected|in service)|(isn'?t|is not|not) in use|out of use|disconnected|won'?t go ahead)\b"#
            )
        }
    }

    /// Of the `found` items, those the text holds outside its title (its first line, a
    /// heading): a newsletter's "# Oakfield Primary newsletter, 19 June" dates the newsletter,
    /// not an event in it, and has no label but itself (fresh14 1510).
    static func notOnlyInTitle(_ found: [String], in text: String) -> [String] {
        let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard let title = lines.first, title.hasPrefix("#"), lines.count > 1 else { return found }
        return found.filter { !title.contains($0) || lines[1].contains($0) }
    }

    /// The clause of `sentence` that holds `item`, when the sentence holds another of `items`
    /// too ("the summer fair is on Saturday 4 July …, and sports day follows on Friday 10 July":
    /// asked whose each date is, the model named the same event for both); the sentence else.
    static func clause(holding item: String, of sentence: String, apartFrom items: [String]) -> String {
        guard items.contains(where: { $0 != item && sentence.contains($0) }) else { return sentence }
        let own = clauses(sentence, atCommas: false).filter { c in c.contains(item) && !items.contains { $0 != item && c.contains($0) } }
        return own.count == 1 ? sentenceStart(own[0]) : sentence
    }
}
