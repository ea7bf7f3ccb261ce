import Foundation

/// The people of a "Name: what they said" list who are as the task's words ask (issue 19,
/// fresh22 2310: "the children who are coming and have a food allergy or something they can't
/// eat" of a party's RSVP list; asked the kind of item, the 0.5B model answered "emails", and
/// the free loop wrote the food note's words). Found by code: each condition the task joins
/// with "and" must hold, one of its "or" alternatives, by a word of it the item says, not after
/// "no" or "not" ("coming, no allergies" has no allergy); what someone can't eat is also said
/// as "dairy-free", "nothing with gluten", "coeliac", "vegan", ….
extension AgentLoop {
    /// What someone can't eat, said without "allergy" or "eat".
    static let dietWords =
        #"\b(allerg\w*|intoleran\w*|coeliac|celiac|vegan|vegetarian|halal|kosher|\w+-free|nothing with \w+|no (nuts?|dairy|gluten|eggs?|meat|fish|pork|milk|wheat|shellfish|sesame)|can'?t (eat|have)|cannot (eat|have))\b"#

    /// An allergy, said as such.
    static let allergyWords = #"\b(allerg\w*|intoleran\w*|coeliac|celiac)\b"#

    /// The task's conditions on whom it asks for: the words after "who" (and a participle before
    /// it: "the children coming to the party who …") to a comma, "with", "into", a path or the
    /// sentence's end; cut at "and" into conditions, each at "or" into alternatives, each
    /// alternative its words of four letters or more (or "eat"), the common ones left out. Nil
    /// without a "who".
    static func whoConditions(_ task: String) -> [[Set<String>]]? {
        var said = " " + task.replacingOccurrences(of: "\u{2019}", with: "'") + " "
        for p in Coaching.paths(in: task) { said = said.replacingOccurrences(of: p, with: " \u{1} ") }
        // Not a question's "who" ("I need to know who can't eat what": fresh22 2310's context).
        let asking = #"(?<!\b(?:know|ask|asks|asked|tell|see|wonder|sure|remember|decide|out|check))"#
        guard
            let who = said.range(
                of: asking + #"\s(who|who's|that)\s+(?=(is|are|has|have|can|can't|cannot|won't|will|were|was|did|didn't|coming|going)\b)"#,
                options: [.regularExpression, .caseInsensitive])
                ?? said.range(of: asking + #"\swho's\s"#, options: [.regularExpression, .caseInsensitive])
        else { return nil }
        var clause = String(said[who.upperBound...])
        if let end = clause.range(of: #",|\bwith\b|\binto\b|\bfrom\b|\bin\s+\x{01}|\bto\s+\x{01}|\x{01}|[.?!;]"#, options: .regularExpression) {
            clause = String(clause[..<end.lowerBound])
        }
        // A participle just before "who" is a condition too ("coming to the party who …").
        let before = said[..<who.lowerBound].split(whereSeparator: \.isWhitespace).suffix(6).map(String.init)
        // (Not one said of the writer: "I'm ordering the food".)
        let subjects: Set<String> = ["i", "i'm", "we", "we're", "you", "you're", "they", "they're", "am", "is", "are", "was", "were", "be", "been"]
        if let i = before.lastIndex(where: {
            $0.lowercased().hasSuffix("ing") && !["something", "anything", "nothing", "thing"].contains($0.lowercased())
        }), i == 0 || !subjects.contains(before[i - 1].lowercased()) {
            clause = before[i...].joined(separator: " ") + " and " + clause
        }
        let stop: Set<String> = commonWords.union(["have", "has", "something", "anything", "they", "them", "their", "what", "it's", "which"])
        let conditions = clause.lowercased().components(separatedBy: " and ").map { part in
            part.components(separatedBy: " or ").map { alternative in
                Set(words(of: alternative).filter { ($0.count >= 4 || $0 == "eat") && !stop.contains($0) })
            }.filter { !$0.isEmpty }
        }.filter { !$0.isEmpty }
        return conditions.isEmpty ? nil : conditions
    }

    /// The items of the one list in `text` whose lines are "Name: what they said" (three or
    /// more; a name of one to four capitalised words) for which every one of the task's
    /// conditions holds, each "Name: what they said" without the words that only say a condition
    /// ("coming. "); nil when the task has no conditions, or none or all of the items hold them.
    static func peopleWho(_ task: String, in text: String) -> [String]? {
        guard let conditions = whoConditions(task) else { return nil }
        let items = text.split(separator: "\n").map(String.init).compactMap { line -> (name: String, said: String)? in
            guard let m = line.wholeMatch(of: #/\s*[-*]\s+((?:\p{Lu}[\p{L}'’-]*\s?){1,4}):\s+(.+)/#) else { return nil }
            return (String(m.output.1).trimmingCharacters(in: .whitespaces), String(m.output.2))
        }
        guard items.count >= 3 else { return nil }
        var plainWords: Set<String> = []
        let food: Set<String> = ["eat", "food", "allergy", "allergies", "allergic", "diet", "dietary"]
        let negators: Set<String> = ["no", "not", "without", "never", "nor", "t"]
        let holds = { (said: String, alternative: Set<String>) -> Bool in
            let own = words(of: said.replacingOccurrences(of: "\u{2019}", with: "'"))
            // ("t" is what is left of "can't", "isn't".)
            for (k, w) in own.enumerated() where alternative.subtracting(food).contains(where: { sameKeyWord($0, w) }) {
                if own[max(0, k - 2)..<k].allSatisfy({ !negators.contains($0) }) { return true }
            }
            // What someone can't eat, in its own words, not after "no" or "not" ("no allergies";
            // "no nuts" says one).
            // An allergy asked alone is one said as such ("allergic", "intolerant", "coeliac").
            let pattern =
                !alternative.isDisjoint(with: ["eat", "diet", "dietary"])
                ? dietWords : !alternative.isDisjoint(with: ["allergy", "allergies", "allergic"]) ? allergyWords : nil
            guard let pattern else { return false }
            let lower = said.lowercased()
            return values(pattern, in: lower).contains { found in
                guard !found.hasPrefix("no"), let at = lower.range(of: found) else { return true }
                return words(of: String(lower[..<at.lowerBound])).suffix(2).allSatisfy { !negators.contains($0) }
            }
        }
        let picked = items.filter { item in conditions.allSatisfy { alternatives in alternatives.contains { holds(item.said, $0) } } }
        guard !picked.isEmpty, picked.count < items.count else { return nil }
        // The words that only say a condition, at the start ("coming. His mum says nut allergy"):
        // those of a condition not about food.
        for c in conditions where c.allSatisfy({ $0.isDisjoint(with: food) }) { for a in c { plainWords.formUnion(a) } }
        return picked.map { item in
            var said = item.said
            while let cut = said.range(of: #"^[^.;,!]+[.;,!]\s*"#, options: .regularExpression),
                Set(words(of: String(said[cut]))).isSubset(of: plainWords), cut.upperBound < said.endIndex
            {
                said = String(said[cut.upperBound...])
            }
            return item.name + ": " + said.prefix(1).uppercased() + said.dropFirst()
        }
    }
}
