import Foundation

/// Who is bringing what, out of an exported group chat, by code (issue 19, fresh25 2610: "go
/// through memory/chats/picnic-chat.txt and write who is bringing what … one person per line";
/// planned as an append, a list or an extract, the 0.5B model wrote the chat back as one
/// sentence). Each message is "[date, time] Name: text" (or "date, time - Name: text"); what a
/// person says they will bring ("I'll bring …", "I'm doing …", "… from me") is theirs, what
/// they later drop ("scrap the dip") goes, "instead" or a new offer without "too" takes the
/// place of the last, and who says they can't come is left out.
extension AgentLoop {
    /// Whether the task asks who brings what: "bring" or "bringing" with "who" (or "each
    /// person", "everyone") and "what".
    static func asksWhoBrings(_ task: String) -> Bool {
        let w = Coaching.taskWords(in: task)
        return w.contains(where: ["bring", "bringing", "brings"].contains) && w.contains("what")
            && (w.contains("who") || w.contains("whos") || matches(task, #"\bwho'?s\b|\beach (person|one)\b|\beveryone\b|\beverybody\b"#))
    }

    /// "Name: what they bring" for each person of the chat `text` who brings something in the
    /// end, in the order they first offered; nil when the text is not a chat (three messages
    /// at least) or no one offers anything.
    static func whoBrings(in text: String) -> [String]? {
        let message = #/^\s*(?:\[[^\]]*\]\s*|[0-9][0-9/.,: -]*[0-9]\s*-\s*)(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?):\s*(.+)$/#
        let said = text.split(whereSeparator: \.isNewline).compactMap { line -> (String, String)? in
            (try? message.wholeMatch(in: String(line))).map { (String($0.output.1), String($0.output.2)) }
        }
        guard said.count >= 3 else { return nil }
        var order: [String] = []
        var items: [String: [String]] = [:]
        for (name, words) in said {
            let low = words.lowercased().replacingOccurrences(of: "’", with: "'")
            if matches(low, #"\b(can'?t|cannot|won'?t be able to) (make it|come|be there)\b|\bnot coming\b|\bwon'?t make it\b"#) {
                items[name] = nil
                continue
            }
            let offered = offers(in: words)
            let dropped = allMatches(
                #"\b(?:scrap|forget|drop|cancel|skip|ditch|no more)\s+(?:the\s+|my\s+)?([a-z][a-z -]*?)\s*(?=[,.!;]|$|\bi'?ll\b|\binstead\b)"#,
                in: low
            )
            .map { $0[1] }
            let kept = allMatches(#"(?:^|[,.;!]\s*)([a-z][a-z -]*?)\s+(?:still|also) coming\b"#, in: low).map { $0[1] }
            guard !offered.isEmpty || !dropped.isEmpty || !kept.isEmpty else { continue }
            var mine = items[name] ?? []
            if !dropped.isEmpty {
                mine.removeAll { item in dropped.contains { itemName(item) == itemName($0) } }
            } else if !offered.isEmpty, !matches(low, #"\b(too|also|as well)\b"#) {
                // A new offer without "too" is what they bring now.
                mine = mine.filter { item in kept.contains { itemName(item) == itemName($0) } }
            }
            for item in offered where !mine.contains(where: { itemName($0) == itemName(item) }) { mine.append(item) }
            if !mine.isEmpty, !order.contains(name) { order.append(name) }
            items[name] = mine
        }
        let lines = order.compactMap { name in items[name].flatMap { $0.isEmpty ? nil : name + ": " + joined($0) } }
        return lines.isEmpty ? nil : lines
    }

    /// The things a message offers: after "I'll bring", "I'm doing", "I can make", … (to the
    /// clause's end, "instead" left off), or before "from me"; each of "A and B" its own, its
    /// article left off.
    static func offers(in message: String) -> [String] {
        let verbs = "bring|bringing|do|doing|make|making|bake|baking|grab|get|sort|handle|cover|covering"
        let offer = #"(?i)\b(?:i'?ll|i will|i'?m|i am|i can|we'?ll|we'?re|we can)\s+(?:"# + verbs + #")\s+([^,.!;]+)"#
        var phrases = allMatches(offer, in: message.replacingOccurrences(of: "’", with: "'")).map { $0[1] }
        phrases += allMatches(#"(?i)(?:^|[,.;!]\s*)([^,.;!]+?)\s+from me\b"#, in: message).map { $0[1] }
        return phrases.flatMap { phrase in
            phrase.replacingOccurrences(of: #"(?i)\s+(instead|too|as well|for (the|us|everyone)\b.*)$"#, with: "", options: .regularExpression)
                .components(separatedBy: " and ")
                .map { itemName($0) }
                .filter { !$0.isEmpty && wordCount($0) <= 4 && !["it", "that", "this", "one thing", "something"].contains($0.lowercased()) }
        }
    }

    /// `item` without its article ("the", "a", "some", "my") and spaces, its first letter small
    /// unless it names something ("Fruit salad" at a message's start is "fruit salad").
    private static func itemName(_ item: String) -> String {
        var t = item.trimmingCharacters(in: .whitespaces)
        t = t.replacingOccurrences(of: #"(?i)^(the|a|an|some|my|our)\s+"#, with: "", options: .regularExpression)
        if let first = t.first, first.isUppercase, t.dropFirst().first?.isLowercase == true { t = first.lowercased() + t.dropFirst() }
        return t
    }

    /// Items as a person says them: "A", "A and B", "A, B and C".
    private static func joined(_ items: [String]) -> String {
        items.count <= 2 ? items.joined(separator: " and ") : items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }
}
