import Foundation

/// What `convert_file` makes of a vCard file (`.vcf`, a phone's or a mail program's export of
/// contacts): one record per card, in CSV, a Markdown table or JSON records like any others.
extension ConvertFile {
    /// The columns a card's properties give, in this order, and the header each has; a property
    /// a card gives twice (two phone numbers) is one cell, its values joined by "; ".
    static let vcardColumns: [(property: String, header: String)] = [
        ("FN", "name"), ("NICKNAME", "nickname"), ("ORG", "organisation"), ("TITLE", "title"), ("TEL", "phone"), ("EMAIL", "email"),
        ("ADR", "address"), ("BDAY", "birthday"), ("URL", "url"), ("NOTE", "note"),
    ]

    /// The cards of vCard text as rows, the header first: the columns (`vcardColumns`) that
    /// some card has, a card's name from `N` when it has no `FN`. Folded lines are unfolded,
    /// `\,` `\;` `\n` unescaped, a structured value's parts (an address's) joined by ", ".
    /// Nil when the text has no card.
    public static func rows(vcard text: String) -> [[String]]? {
        // Unfold: a line starting with a space or a tab goes on the one before it (RFC 6350 3.2).
        var lines: [String] = []
        for raw in text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            if let first = raw.first, first == " " || first == "\t", !lines.isEmpty {
                lines[lines.count - 1] += raw.dropFirst()
            } else {
                lines.append(String(raw))
            }
        }
        var cards: [[String: [String]]] = []
        var card: [String: [String]]?
        for line in lines {
            let upper = line.trimmingCharacters(in: .whitespaces).uppercased()
            if upper == "BEGIN:VCARD" {
                card = [:]
                continue
            }
            if upper == "END:VCARD" {
                if let c = card { cards.append(c) }
                card = nil
                continue
            }
            guard card != nil, let colon = line.firstIndex(of: ":") else { continue }
            // "item1.TEL;TYPE=cell" is TEL.
            let key = line[..<colon].split(separator: ";").first.map { $0.split(separator: ".").last.map(String.init) ?? "" }?.uppercased() ?? ""
            let value = unescaped(String(line[line.index(after: colon)...]), structured: ["N", "ADR", "ORG"].contains(key))
            if !value.isEmpty { card?[key, default: []].append(value) }
        }
        guard !cards.isEmpty else { return nil }
        for i in cards.indices where cards[i]["FN"] == nil {
            if let n = cards[i]["N"]?.first {
                // "Family, Given" as "Given Family".
                let parts = n.components(separatedBy: ", ")
                cards[i]["FN"] = [parts.count >= 2 ? ([parts[1], parts[0]] + parts.dropFirst(2)).joined(separator: " ") : n]
            }
        }
        let columns = vcardColumns.filter { column in cards.contains { $0[column.property] != nil } }
        guard !columns.isEmpty else { return nil }
        return [columns.map(\.header)] + cards.map { card in columns.map { (card[$0.property] ?? []).joined(separator: "; ") } }
    }

    /// A vCard value as written: `\,` `\;` `\\` as the character, `\n` a space; a structured
    /// value's empty parts left out and the rest joined by ", ".
    static func unescaped(_ value: String, structured: Bool) -> String {
        var parts: [String] = []
        var current = ""
        var escaped = false
        for c in value {
            if escaped {
                current.append(c == "n" || c == "N" ? " " : c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == ";" && structured {
                parts.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        parts.append(current)
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
