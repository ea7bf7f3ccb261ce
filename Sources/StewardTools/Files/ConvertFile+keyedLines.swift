import Foundation

/// Records written one a line as `key=value` fields after a date and a time, as loggers and
/// meters write them ("2030-03-02 06:00 min=-1.2C max=11.0C": fresh30 3110, a greenhouse
/// thermometer's log, whose frosts the extract recipe read as the log's dates).
extension ConvertFile {
    /// The lines of `text` as rows, the header first: the fields before the first `key=value`
    /// named by their shape ("date", "time", else "field 1", …), then the keys in their order.
    /// A blank line or one starting "#" is left out; a bare word after a keyed field goes on
    /// its value ("note=frost on glass"); a key a line does not have is an empty cell. Nil
    /// unless there are two lines or more, each with as many leading fields, one key at least
    /// and none twice.
    public static func rows(keyedLines text: String) -> [[String]]? {
        var lines: [(lead: [String], keys: [String], values: [String])] = []
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            var lead: [String] = []
            var keys: [String] = []
            var values: [String] = []
            for token in line.split(whereSeparator: \.isWhitespace).map(String.init) {
                if let sign = token.firstIndex(of: "="), token[..<sign].wholeMatch(of: #/[A-Za-z][A-Za-z0-9_]{0,30}/#) != nil {
                    keys.append(String(token[..<sign]))
                    values.append(String(token[token.index(after: sign)...]))
                } else if keys.isEmpty {
                    lead.append(token)
                } else {
                    values[values.count - 1] += " " + token
                }
            }
            guard !keys.isEmpty else { return nil }
            lines.append((lead, keys, values.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }))
        }
        guard lines.count >= 2, let first = lines.first,
            lines.allSatisfy({ $0.lead.count == first.lead.count && Set($0.keys).count == $0.keys.count })
        else { return nil }
        var keys: [String] = []
        for line in lines { for key in line.keys where !keys.contains(key) { keys.append(key) } }
        var names: [String] = []
        for (i, _) in first.lead.enumerated() {
            let column = lines.map { $0.lead[i] }
            let shape =
                column.allSatisfy { $0.wholeMatch(of: #/\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/#) != nil }
                ? "date"
                : column.allSatisfy { $0.wholeMatch(of: #/\d{1,2}:\d{2}(:\d{2})?/#) != nil } ? "time" : "field \(i + 1)"
            names.append(names.contains(shape) || keys.contains(shape) ? "field \(i + 1)" : shape)
        }
        return [names + keys]
            + lines.map { line in line.lead + keys.map { key in line.keys.firstIndex(of: key).map { line.values[$0] } ?? "" } }
    }
}
