import Foundation

/// The judging helpers that more than one fresh part's checks share (a line's spacing, a text's
/// lines, a fenced reply, a list's entries, a `SKILL.md`'s front matter and body, a pattern
/// found, a table's rule, a table row's cells, a date however written, the days given in a
/// month, amounts in pounds, a list of named entries).
enum Judge {
    /// Whether `text` lists each of `names` (patterns, lowercase) in one entry of its own, any order,
    /// and nothing `banned`; before them at most a title and a table header, nothing after them.
    static func isNamedList(_ text: String?, _ names: [String], banned: String) -> Bool {
        guard let t = text, !Judge.fenced(t), !Judge.has(t, banned) else { return false }
        let entries = Judge.items(t).filter { !Judge.isTableRule($0) }.map { $0.lowercased() }
        let named = entries.indices.filter { i in names.contains { Judge.has(entries[i], $0) } }
        guard named.count == names.count, let first = named.first, named == Array(first..<first + names.count),
            entries.count == first + names.count, first <= 2
        else { return false }
        if first == 2 && !entries[1].hasPrefix("|") { return false }
        let which = named.map { i in names.indices.filter { Judge.has(entries[i], names[$0]) } }
        return which.allSatisfy { $0.count == 1 } && Set(which.map { $0[0] }).count == names.count
    }

    /// `value` as a number: a JSON number, or a string holding one (a pound sign aside); not
    /// `true` or `false` (read by their type's code, as a 1 read from JSON on Linux also passes
    /// `is Bool`).
    static func jsonNumber(_ value: Any) -> Double? {
        if let s = value as? String { return Double(s.replacingOccurrences(of: "£", with: "").trimmingCharacters(in: .whitespaces)) }
        guard let n = value as? NSNumber, String(cString: n.objCType) != "c" else { return nil }
        return n.doubleValue
    }

    /// Whether `text` pairs each of `who` with its own `what`, one entry each (patterns, lowercase):
    /// nothing after them, and before them at most a title and a table header.
    static func isPairedList(_ text: String?, who: [String], what: [String]) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let entries = Judge.items(t).filter { !Judge.isTableRule($0) }.map { $0.lowercased() }
        let named = entries.indices.filter { i in (who + what).contains { Judge.has(entries[i], $0) } }
        guard named.count == who.count, let first = named.first, named == Array(first..<first + who.count), entries.count == first + who.count,
            first <= 2
        else { return false }
        if first == 2 && !entries[1].hasPrefix("|") { return false }
        let pairs = named.map { i in (who.indices.filter { Judge.has(entries[i], who[$0]) }, what.indices.filter { Judge.has(entries[i], what[$0]) })
        }
        return pairs.allSatisfy { $0.0.count == 1 && $0.0 == $0.1 } && Set(pairs.map(\.0)).count == who.count
    }

    /// The cells of a CSV line, trimmed, split at commas outside double quotes, the quotes removed.
    static func csvCells(_ line: String) -> [String] { cells(line, separator: ",") }

    /// The cells of a line, trimmed, split at `separator` outside double quotes, the quotes removed.
    static func cells(_ line: String, separator: Character) -> [String] {
        var cells: [String] = []
        var cell = ""
        var quoted = false
        for c in line {
            if c == "\"" {
                quoted.toggle()
            } else if c == separator && !quoted {
                cells.append(cell.trimmingCharacters(in: .whitespaces))
                cell = ""
            } else {
                cell.append(c)
            }
        }
        cells.append(cell.trimmingCharacters(in: .whitespaces))
        return cells
    }

    /// `line` with its runs of spaces and tabs made one space.
    static func spaced(_ line: String) -> String {
        line.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// Whether `from` is gone and `to` holds its lines as `fixtures` had them: a move or rename
    /// that kept what the file says.
    static func moved(_ f: (String) -> String?, _ from: String, to: String, _ fixtures: [String: String]) -> Bool {
        f(from) == nil && f(to) != nil && lines(f(to)) == lines(fixtures[from])
    }

    /// Whether each of `paths` is as `fixtures` had it: nothing else changed.
    static func untouched(_ f: (String) -> String?, _ paths: [String], _ fixtures: [String: String]) -> Bool {
        paths.allSatisfy { f($0) == fixtures[$0] }
    }

    /// The non-empty lines of `text`, trimmed, spaces collapsed.
    static func lines(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: \.isNewline).map { spaced(String($0)) }.filter {
            !$0.isEmpty
        }
    }

    /// A Python script as the script parts check one: its code without comment lines (`code`),
    /// that code with its plain strings (labels) emptied (`bare`; not a key, `row['x']` or
    /// `row.get('x')`), and whether it prints two
    /// values (two prints, or an f-string print of two).
    struct PythonScript {
        let code: String
        let bare: String
        let twoValues: Bool

        /// Whether the code has one of `words`.
        func has(_ words: [String]) -> Bool { words.contains { code.contains($0) } }
    }

    /// `text` as a Python script that opens `file`, not `other`, and writes, moves or removes
    /// nothing; nil when it is a fenced reply, its shebang names another interpreter, or it
    /// does not.
    static func readOnlyPython(_ text: String?, reading file: String, not other: String) -> PythonScript? {
        guard let t = text, !fenced(t) else { return nil }
        let l = lines(t)
        if let first = l.first, first.hasPrefix("#!"), !first.contains("python") { return nil }
        let code = l.filter { !$0.hasPrefix("#") }.joined(separator: "\n")
        guard code.contains(file), !code.contains(other) else { return nil }
        guard
            !has(
                code,
                #"open\([^)]*,\s*(mode\s*=\s*)?["'][wax]|\.to_csv\(|os\.remove|os\.unlink|\.unlink\(|shutil|os\.rename|write_text\(|\.write\("#)
        else { return nil }
        // (A key read with `.get('lengths')` is no label: fresh31 3214's script read its column so.)
        let bare = code.replacingOccurrences(of: #"(?<![\[\w])(?<!get\()(["'])[^"'{\n]*\1"#, with: "\"\"", options: .regularExpression)
        let prints = code.components(separatedBy: "print(").count - 1
        let twoValues = prints >= 2 || found(code, #"print\(f["'][^\n]*"#).contains { $0.filter { $0 == "{" }.count >= 2 }
        return PythonScript(code: code, bare: bare, twoValues: twoValues)
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

    /// Whether the regular expression `pattern` matches somewhere in `text`, ignoring case.
    static func has(_ text: String, _ pattern: String) -> Bool {
        text.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil
    }

    /// What the regular expression `pattern` finds in `text`, in order: its first group when it has one, else the whole match.
    static func found(_ text: String, _ pattern: String) -> [String] {
        let re = try! NSRegularExpression(pattern: pattern)  // a constant pattern
        return re.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { m in
            Range(m.range(at: m.numberOfRanges > 1 ? 1 : 0), in: text).map { String(text[$0]) }
        }
    }

    /// Whether `line` is a Markdown table's rule (`|---|:--:|`).
    static func isTableRule(_ line: String) -> Bool {
        line.contains("-") && line.allSatisfy { "|-: ".contains($0) }
    }

    /// Whether the lowercased `line` gives the date `day` of `month` (1 to 12), with or without a
    /// year: "3 December", "Dec 3rd", "03/12", "3.12", "2026-12-03".
    static func hasDate(_ line: String, day: Int, month: Int) -> Bool {
        let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        let m = names[month - 1]
        let patterns = [
            #"\b0?\#(day)(st|nd|rd|th)?\s+(of\s+)?\#(m)"#, #"\b\#(m)[a-z]*\.?\s+0?\#(day)(st|nd|rd|th)?\b"#,
            #"\b0?\#(day)[./]0?\#(month)\b"#, #"\b\d{4}-0?\#(month)-0?\#(day)\b"#,
        ]
        return patterns.contains { has(line, $0) }
    }

    /// The day numbers the lowercased `text` gives in `month` (1 to 12), day first, month first,
    /// with numbers or as an ISO date ("18 June", "June 18th", "18/06", "2027-06-18"), a time or a
    /// year after the month's name aside.
    static func days(_ text: String, month: Int) -> [Int] {
        let m = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"][month - 1]
        return
            (found(text, #"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?\#(m)"#)
            + found(text, #"\b\#(m)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:am|pm|a\.m|p\.m|[.:]\d))"#)
            + found(text, #"\b(\d{1,2})[./]0?\#(month)\b"#) + found(text, #"\b\d{4}-0?\#(month)-(\d{1,2})\b"#)).compactMap { Int($0) }
    }

    /// The amounts in pounds the lowercased `text` gives, commas removed: "£1,150", "£8.00", "8 pounds".
    static func amounts(_ text: String) -> [Double] {
        (found(text, #"£\s*(\d[\d,]*(?:\.\d+)?)"#) + found(text, #"\b(\d[\d,]*(?:\.\d+)?)\s*(?:gbp|pounds?|quid)\b"#)).compactMap {
            Double($0.replacingOccurrences(of: ",", with: ""))
        }
    }

    /// The cells of a Markdown table row, trimmed, with or without its outer pipes, or nil when
    /// `line` has no pipe.
    static func cells(_ line: String) -> [String]? {
        var l = Substring(line.trimmingCharacters(in: .whitespaces))
        guard l.contains("|") else { return nil }
        if l.hasPrefix("|") { l = l.dropFirst() }
        if l.hasSuffix("|") { l = l.dropLast() }
        return l.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
