import Foundation

/// The judging helpers that more than one fresh part's checks share (a line's spacing, a text's
/// lines, a fenced reply, a list's entries, a `SKILL.md`'s front matter and body).
enum Judge {
    /// `line` with its runs of spaces and tabs made one space.
    static func spaced(_ line: String) -> String {
        line.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// The non-empty lines of `text`, trimmed, spaces collapsed.
    static func lines(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: \.isNewline).map { spaced(String($0)) }.filter {
            !$0.isEmpty
        }
    }

    /// Whether `text` has a line that opens a fenced code block: a reply pasted, not the file's content.
    static func fenced(_ text: String) -> Bool {
        lines(text).contains { $0.hasPrefix("```") || $0.hasPrefix("~~~") }
    }

    /// The entries of a list: `itemLines` without headings and lines ending in ':' (titles), with a
    /// checkbox and the emphasis, quotes or backticks around an entry removed.
    static func items(_ text: String?) -> [String] {
        itemLines(text).filter { !$0.hasPrefix("#") && !$0.hasSuffix(":") }.map { line in
            var l = spaced(line)
            if let r = l.range(of: #"^\[[ xX]\]\s*"#, options: .regularExpression) { l.removeSubrange(r) }
            return l.trimmingCharacters(in: CharacterSet(charactersIn: "`*_\"' "))
        }
    }

    /// The front matter (key → value, quotes removed; a `>` or `|` block joined) and the body of
    /// a `SKILL.md`, or nil when it does not open with a `---` line closed by another, or is fenced.
    static func skill(_ text: String) -> (fields: [String: String], body: String)? {
        let all = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !fenced(text), all.first == "---", let end = all.dropFirst().firstIndex(of: "---") else {
            return nil
        }
        var fields: [String: String] = [:]
        var key: String?
        for line in all[1..<end] where !line.isEmpty {
            if let colon = line.firstIndex(of: ":"),
                line[..<colon].allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" })
            {
                let k = String(line[..<colon]).lowercased()
                let v = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                key = k
                fields[k] =
                    [">", "|", ">-", "|-"].contains(v)
                    ? "" : v.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            } else if let k = key {
                fields[k] = ((fields[k] ?? "") + " " + line).trimmingCharacters(in: .whitespaces)
            }
        }
        return (
            fields,
            all[(end + 1)...].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        )
    }
}
