import Foundation
import StewardCore
import StewardTools

/// Who still owes how much (issue 19, fresh20 2110: "list who still has to pay me for February,
/// with how much each" out of "Same split as always: Joel £612.50 for the big room, Sinead £540,
/// Marcus £540, Priti £495, and mine's £507.50. Marcus has already paid"). Each amount where it
/// stands (two people may owe the same), labelled from its own comma-piece, by code when a name
/// stands before it; then left out: the total of the others, the writer's own share, whoever the
/// text says has paid, and amounts in a paragraph that speaks of no paying at all.
extension AgentLoop {
    /// Whether the task asks who still owes: "owe(s/d)", "owing", "still (has|have) to pay",
    /// "still to pay", "yet to pay", "hasn't/haven't paid".
    static func asksOwed(_ task: String) -> Bool {
        matches(
            task, #"\b(owes?|owed|owing)\b|\bstill (has |have |got )?to pay\b|\byet to pay\b|\b(hasn'?t|haven'?t|has not|have not|not yet) paid\b"#)
    }

    /// The lines "name: amount" of who still owes, in the text's order; nil when an amount's
    /// label cannot be had.
    func owedLines(_ found: [String], in text: String, task: String, _ state: inout LoopState) async -> [String]? {
        // (`find` may give an item once a place it stands, or once.)
        let items = found.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        var places = items.flatMap { item in Self.ranges(of: item, in: text).map { (item: item, at: $0) } }
        places.sort { $0.at.lowerBound < $1.at.lowerBound }
        places = places.filter { !Self.isTotal($0.at, of: places.map(\.at), in: text) }
        let paying = places.filter { Self.speaksOfPaying(Self.block(around: $0.at, in: text)) }
        if !paying.isEmpty { places = paying }
        let writer = Self.signature(text).map { Self.words(of: $0) } ?? []
        var lines: [String] = []
        for (item, at) in places {
            let piece = Self.piece(around: at, in: text)
            if Self.matches(piece, #"^(and |but )?(mine|my (share|part|bit)|me|i)\b"#) { continue }
            var label = Self.nameBefore(item, in: piece)
            if label == nil { label = await itemLabel(item, sentence: piece, task: task, &state) }
            guard let label else { return nil }
            let said = Self.words(of: label)
            if said.allSatisfy(["my", "mine", "me", "i", "own", "share", "myself", "s"].contains) { continue }
            if !writer.isEmpty, said == writer || said == [writer[0]] { continue }
            if Self.hasPaid(label, in: text) { continue }
            lines.append(label + ": " + item)
        }
        return lines.isEmpty ? nil : lines
    }

    /// Every place `item` stands in `text`.
    static func ranges(of item: String, in text: String) -> [Range<String.Index>] {
        var out: [Range<String.Index>] = []
        var from = text.startIndex
        while let r = text.range(of: item, range: from..<text.endIndex) {
            out.append(r)
            from = r.upperBound
        }
        return out
    }

    /// An amount's value: its digits and point, the thousands' commas dropped ("£2,695" 2695).
    static func value(_ amount: String) -> Double? {
        Double(amount.filter { $0.isNumber || $0 == "." }.trimmingCharacters(in: CharacterSet(charactersIn: ".")))
    }

    /// Whether the amount at `at` is the total of two or more other amounts of its paragraph
    /// ("February's rent (£2,695)" of the five shares after it).
    static func isTotal(_ at: Range<String.Index>, of all: [Range<String.Index>], in text: String) -> Bool {
        guard let own = value(String(text[at])) else { return false }
        let others = all.filter { $0 != at && blockRange(around: $0, in: text) == blockRange(around: at, in: text) }
        let sum = others.compactMap { value(String(text[$0])) }.reduce(0, +)
        return others.count >= 2 && abs(sum - own) < 0.005
    }

    /// The paragraph around `at` (between blank lines), and its range.
    static func block(around at: Range<String.Index>, in text: String) -> String { String(text[blockRange(around: at, in: text)]) }
    static func blockRange(around at: Range<String.Index>, in text: String) -> Range<String.Index> {
        let start = text.range(of: "\n\n", options: .backwards, range: text.startIndex..<at.lowerBound)?.upperBound ?? text.startIndex
        let end = text.range(of: "\n\n", range: at.upperBound..<text.endIndex)?.lowerBound ?? text.endIndex
        return start..<end
    }

    /// Whether a paragraph speaks of paying or sharing a cost ("please get your share to me";
    /// not "the Wi-Fi has gone up to £34 a month").
    static func speaksOfPaying(_ paragraph: String) -> Bool {
        matches(paragraph, #"\b(pay|pays|paid|paying|owe|owes|owed|owing|share|shares|split|due|chip in|send me|transfer)\b"#)
    }

    /// The comma-piece of its sentence an amount stands in ("Sinead £540" of "…: Joel £612.50 for
    /// the big room, Sinead £540, Marcus £540, …"): from the last ",", ";", ":" or "(" before it
    /// to the next after it, a comma between digits ("£2,695") not counted, a leading "and" kept.
    static func piece(around at: Range<String.Index>, in text: String) -> String {
        let sentence = sentence(around: at, in: text)
        guard let r = sentence.range(of: String(text[at])) else { return sentence }
        // The occurrence in the sentence that is this one: count those before it in the text.
        let start = text.range(of: sentence)?.lowerBound ?? text.startIndex
        let before = ranges(of: String(text[at]), in: String(text[start..<at.lowerBound])).count
        let mine = ranges(of: String(text[at]), in: sentence).dropFirst(before).first ?? r
        func cut(_ i: String.Index) -> Bool {
            let c = sentence[i]
            guard ",;:()".contains(c) else { return false }
            if c == ",", i > sentence.startIndex, sentence[sentence.index(before: i)].isNumber, sentence.index(after: i) < sentence.endIndex,
                sentence[sentence.index(after: i)].isNumber
            {
                return false
            }
            return true
        }
        var lo = mine.lowerBound
        while lo > sentence.startIndex, !cut(sentence.index(before: lo)) { lo = sentence.index(before: lo) }
        var hi = mine.upperBound
        while hi < sentence.endIndex, !cut(hi) { hi = sentence.index(after: hi) }
        return sentence[lo..<hi].trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ".!?")))
    }

    /// The name that stands right before `item` in its piece, as people list shares ("Sinead
    /// £540", "Joel: £612.50", "Priti owes £495"): one to three capitalised words; nil else.
    static func nameBefore(_ item: String, in piece: String) -> String? {
        guard let at = piece.range(of: item) else { return nil }
        let head = piece[..<at.lowerBound].trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ":-–=")))
        let name = head.replacingOccurrences(
            of: #"^(and|but|then)\s+|\s+(owes|pays|paid|has|is|needs to pay|to pay)$"#, with: "", options: .regularExpression)
        // Case matters here (`matches` ignores it).
        return name.range(of: #"^\p{Lu}[\p{L}'-]*( \p{Lu}[\p{L}'-]*){0,2}$"#, options: .regularExpression) != nil ? name : nil
    }

    /// Whether the text says `name` has paid: a clause with the name and "paid", "settled" or
    /// "transferred", and no "not", "n't", "yet" or "still" ("Marcus has already paid, thank
    /// you!").
    static func hasPaid(_ name: String, in text: String) -> Bool {
        let pattern = #"\b"# + NSRegularExpression.escapedPattern(for: name) + #"\b"#
        return text.components(separatedBy: CharacterSet(charactersIn: ",;.!?\n")).contains { clause in
            matches(clause, pattern) && matches(clause, #"\b(paid|settled|transferred|sent (it|the money|theirs|his|hers))\b"#)
                && !matches(clause, #"\b(not|yet|still|hasn'?t|haven'?t|never)\b|n't\b"#)
        }
    }
}
