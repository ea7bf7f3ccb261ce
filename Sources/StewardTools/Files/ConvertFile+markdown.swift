import Foundation
import StewardJSON

/// What `convert_file` makes of Markdown: a table's rows as CSV, a list as JSON.
extension ConvertFile {
    /// The rows of the first Markdown table in `markdown` (its header row first, the `|---|`
    /// line left out; it ends at the first line without a `|`), each cell trimmed, `\|` as
    /// `|`; nil when there is no table. A row with fewer cells than the header is filled with
    /// empty ones.
    public static func tableRows(markdown: String) -> [[String]]? {
        let lines = markdown.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let start = lines.indices.dropLast().first(where: { lines[$0].contains("|") && isDivider(lines[$0 + 1]) }) else {
            return nil
        }
        let header = cells(lines[start])
        var rows = [header]
        for line in lines[(start + 2)...] {
            guard line.contains("|") else { break }
            let row = cells(line)
            rows.append(row + Array(repeating: "", count: max(0, header.count - row.count)))
        }
        return rows
    }

    /// Whether a line is a table's divider: `|---|:---:|`, with or without the outer bars.
    static func isDivider(_ line: String) -> Bool {
        line.range(of: #"^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$"#, options: .regularExpression) != nil
    }

    /// The cells of a table row: split at `|` (not `\|`), the outer bars' empty cells dropped.
    static func cells(_ line: String) -> [String] {
        var out: [String] = []
        var cell = ""
        var escaped = false
        for c in line {
            if escaped {
                cell.append(c == "|" ? "|" : "\\\(c)")
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == "|" {
                out.append(cell)
                cell = ""
            } else {
                cell.append(c)
            }
        }
        if escaped { cell.append("\\") }
        out.append(cell)
        if line.hasPrefix("|") { out.removeFirst() }
        if line.hasSuffix("|") && !line.hasSuffix("\\|") && !out.isEmpty { out.removeLast() }
        return out.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// Rows as CSV (RFC 4180): a cell holding a comma, a quote or a line break is quoted, its
    /// quotes doubled; lines end with `\n`.
    public static func csv(rows: [[String]]) -> String {
        func field(_ s: String) -> String {
            guard s.contains(where: { ",\"\n\r".contains($0) }) else { return s }
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// A Markdown list's items as JSON: one object when every item is "name: value" and no
    /// name comes twice (a person's details, a bike's parts: "- Make: Trek"), its keys in the
    /// list's order; otherwise (a shopping list, or a name twice, which an object would lose)
    /// an array of the items as strings. A value is a JSON number when the number writes back
    /// as the same text ("2019", "9.5"), so nothing written changes: "54 cm", "12.50", "007"
    /// and "1,200" stay strings. `lists`: each value of an object is an array of its parts
    /// ("Front door: Mrs Patel, Tom and Jess" → ["Mrs Patel", "Tom", "Jess"]).
    public static func json(items: [String], lists: Bool = false) -> String {
        let pairs = items.compactMap(pair)
        guard !items.isEmpty, pairs.count == items.count, Set(pairs.map(\.0)).count == pairs.count else {
            return JSONValue.array(items.map { .string($0) }).jsonText + "\n"
        }
        let members = pairs.map { key, value in
            "  " + JSONValue.string(key).jsonText + ": " + (lists ? .array(parts(value).map(Self.value)) : Self.value(value)).jsonText
        }
        return "{\n" + members.joined(separator: ",\n") + "\n}\n"
    }

    /// A list item as `count` CSV cells: its "name:" first, then its parts at commas outside
    /// brackets ("Hall, downstairs: smoke alarm, fitted 20 May 2025 (sealed, 7 years)" is "Hall,
    /// downstairs", "smoke alarm", "fitted 20 May 2025 (sealed, 7 years)"); parts past the last
    /// cell join it, cells past the parts are empty.
    static func cells(item: String, count: Int) -> [String] {
        var fields: [String] = []
        var rest = item
        if let (name, value) = pair(item) { (fields, rest) = ([name], value) }
        var depth = 0
        var field = ""
        for c in rest {
            if "([".contains(c) { depth += 1 }
            if ")]".contains(c) { depth = max(0, depth - 1) }
            if c == ",", depth == 0 {
                fields.append(field.trimmingCharacters(in: .whitespaces))
                field = ""
            } else {
                field.append(c)
            }
        }
        fields.append(field.trimmingCharacters(in: .whitespaces))
        fields = fields.filter { !$0.isEmpty }
        if fields.count > count, count > 0 { fields = Array(fields.prefix(count - 1)) + [fields.dropFirst(count - 1).joined(separator: ", ")] }
        return fields + Array(repeating: "", count: max(0, count - fields.count))
    }

    /// The parts of a value that lists several: split at commas, semicolons and a last " and "
    /// (or " & "); none for an empty value.
    static func parts(_ value: String) -> [String] {
        value.replacingOccurrences(of: " & ", with: ", ").replacingOccurrences(of: " and ", with: ", ")
            .split(whereSeparator: { ",;".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// An item's name and value when it reads "name: value" (or "**name:** value"): the name
    /// has no colon, and the colon is followed by a space or ends the item ("10:30 call Ann"
    /// and "https://…" are not pairs).
    static func pair(_ item: String) -> (String, String)? {
        var s = item.trimmingCharacters(in: .whitespaces)
        // The bold around a name ("**Make:** Trek", "**Make**: Trek") is not part of it.
        if s.hasPrefix("**"), let end = s.dropFirst(2).range(of: "**") {
            s = String(s[s.index(s.startIndex, offsetBy: 2)..<end.lowerBound]) + String(s[end.upperBound...])
        }
        guard let colon = s.firstIndex(of: ":") else { return nil }
        let name = s[..<colon].trimmingCharacters(in: .whitespaces)
        let rest = s[s.index(after: colon)...]
        guard !name.isEmpty, rest.isEmpty || rest.first?.isWhitespace == true else { return nil }
        return (name, rest.trimmingCharacters(in: .whitespaces))
    }

    /// `text` as a JSON number when it writes back as the same text, else as a string.
    static func value(_ text: String) -> JSONValue {
        guard text.range(of: #"^-?(0|[1-9][0-9]{0,14})(\.[0-9]{1,6})?$"#, options: .regularExpression) != nil, let d = Double(text),
            JSONValue.number(d).jsonText == text
        else { return .string(text) }
        return .number(d)
    }
}
