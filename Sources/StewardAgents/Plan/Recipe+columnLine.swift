import Foundation

/// A new line for a log of aligned columns, made by code from what the task says (issue 19,
/// fresh28 2903: "I worked EI7XY last night, 9 April 2028 at 20:15 UTC, on 7.155 MHz SSB; I
/// gave 59 and got 58", for a radio logbook of lines such as "2028-04-02 19:42 UTC  G3ABC
/// 14.205 MHz  SSB  59/57"; the 0.5B model added "59" and "58" as two lines, or the task's
/// sentences). Each field's words are slots known by what every line has there: the same word
/// ("UTC", "MHz"), a date, a time, a figure (with its unit), figures joined ("59/57"), a code
/// of capitals and digits, or one of the words the lines have ("SSB", "CW"). Each slot takes the
/// first part of the task of its kind not taken, and the fields line up under the last line's.
extension AgentLoop {
    /// What every line of a column has at one word of a field.
    enum ColumnSlot: Equatable {
        case same(String)
        case date([String])
        case time
        case figure(decimals: Int, unit: String?)
        case joined(parts: Int, separator: Character)
        case code(lengths: ClosedRange<Int>)
        case word([String])
    }

    /// The fields of the log `text`'s lines (two spaces or a tab between fields), when two
    /// lines or more, and most lines that are not headings, have the same three fields or more.
    static func columnRecords(_ text: String) -> (lines: [String], fields: [[String]], tabs: Bool)? {
        let lines = text.split(separator: "\n").map(String.init).filter {
            let t = $0.trimmingCharacters(in: .whitespaces)
            return !t.isEmpty && !t.hasPrefix("#") && !t.hasPrefix(";")
        }
        let tabs = lines.allSatisfy { $0.contains("\t") }
        let split = lines.map { line in
            line.trimmingCharacters(in: .whitespaces).components(separatedBy: tabs ? "\t" : "  ").map {
                $0.trimmingCharacters(in: .whitespaces)
            }.filter { !$0.isEmpty }
        }
        guard let count = split.last?.count, count >= 3 else { return nil }
        var records = zip(lines, split).filter { $0.1.count == count }
        // A header of names over lines with figures is no record.
        if let first = records.first, !first.0.contains(where: \.isNumber), records.dropFirst().allSatisfy({ $0.0.contains(where: \.isNumber) }) {
            records.removeFirst()
        }
        guard records.count >= 2, records.count * 3 >= lines.count * 2 else { return nil }
        return (records.map(\.0), records.map(\.1), tabs)
    }

    /// The slots of one column's words, or nil when its cells are not alike word for word.
    static func columnSlots(_ cells: [String]) -> [ColumnSlot]? {
        let words = cells.map { $0.split(separator: " ").map(String.init) }
        guard let n = words.first?.count, words.allSatisfy({ $0.count == n }) else { return nil }
        var slots: [ColumnSlot] = []
        for k in 0..<n {
            let column = words.map { $0[k] }
            let all = { (pattern: String) in column.allSatisfy { $0.range(of: pattern, options: .regularExpression) != nil } }
            if Set(column).count == 1, column.count >= 2 {
                slots.append(.same(column[0]))
            } else if column.allSatisfy({ dateFormat($0) != nil }) {
                slots.append(.date(column))
            } else if all(#"^\d{1,2}:\d{2}(:\d{2})?$"#) {
                slots.append(.time)
            } else if all(#"^\d+(\.\d+)?$"#) {
                let decimals = column.last.map { $0.split(separator: ".").dropFirst().first?.count ?? 0 } ?? 0
                slots.append(.figure(decimals: decimals, unit: nil))
            } else if let sep = ["/", ":", "-"].first(where: { s in all(#"^\d+(\#(s)\d+)+$"#) }),
                case let parts = Set(column.map { $0.split(separator: Character(sep)).count }), parts.count == 1, let p = parts.first
            {
                slots.append(.joined(parts: p, separator: Character(sep)))
            } else if all(#"^(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*[0-9])[A-Z0-9]{3,}$"#), let lo = column.map(\.count).min(),
                let hi = column.map(\.count).max()
            {
                slots.append(.code(lengths: max(3, lo - 1)...(hi + 2)))
            } else if all(#"^[A-Za-z]+$"#) {
                slots.append(.word(Array(Set(column)).sorted()))
            } else {
                return nil
            }
        }
        // A unit after a figure ("14.205 MHz") is the figure's.
        for k in slots.indices.dropLast() {
            if case .figure(let d, nil) = slots[k], case .same(let unit) = slots[k + 1], unit.allSatisfy(\.isLetter) {
                slots[k] = .figure(decimals: d, unit: unit)
            }
        }
        return slots
    }

    /// The new line for the log `text` from the task's `words`, its fields lined up under the
    /// last line's; nil when the log is no such columns or a slot finds nothing in the task.
    static func columnLine(_ words: String, in text: String) -> String? {
        guard let log = columnRecords(text) else { return nil }
        let columns = (0..<log.fields[0].count).map { c in log.fields.map { $0[c] } }
        guard case let slots = columns.map(columnSlots), slots.allSatisfy({ $0 != nil }) else { return nil }
        var rest = Self.withoutPaths(words)
        // A part of the task taken is blanked (U+0001, `\\x{01}` to the patterns), so no other
        // slot takes it.
        func take(_ pattern: String, group: Int = 0, options: NSRegularExpression.Options = []) -> String? {
            guard let re = try? NSRegularExpression(pattern: pattern, options: options),
                let m = re.firstMatch(in: rest, range: NSRange(rest.startIndex..., in: rest)), let whole = Range(m.range, in: rest),
                let part = Range(m.range(at: group), in: rest)
            else { return nil }
            let found = String(rest[part])
            rest.replaceSubrange(whole, with: String(repeating: "\u{1}", count: rest[whole].count))
            return found
        }
        let number = #"(?<![\d.:/\-\x{01}])\d+(?![\d:/]|\.\d)"#
        var filled = slots.map { ($0 ?? []).map { _ in String?.none } }
        // The kinds in the order they are taken: the most telling first.
        let order: [(ColumnSlot) -> Bool] = [
            { if case .date = $0 { true } else { false } }, { $0 == .time }, { if case .word = $0 { true } else { false } },
            { if case .figure(_, let u) = $0 { u != nil } else { false } }, { if case .code = $0 { true } else { false } },
            { if case .joined = $0 { true } else { false } }, { if case .figure(_, let u) = $0 { u == nil } else { false } },
        ]
        for kind in order {
            for c in slots.indices {
                for (k, slot) in (slots[c] ?? []).enumerated() where kind(slot) && filled[c][k] == nil {
                    switch slot {
                    case .same(let w): filled[c][k] = w
                    case .date(let column):
                        if let format = column.last,
                            let shape = [#"\d{4}-\d{2}-\d{2}"#, #"\d{2}/\d{2}/\d{4}"#].first(where: {
                                format.range(of: "^" + $0 + "$", options: .regularExpression) != nil
                            }), let written = take(#"\b"# + shape + #"\b"#)
                        {
                            filled[c][k] = written
                        } else if let m = dateMentions(in: rest).first,
                            let written = writtenLike(column, day: m.day, month: m.month, in: rest)
                        {
                            let end =
                                rest[m.range.upperBound...].range(of: #"^,?\s+20\d\d\b"#, options: .regularExpression)?.upperBound
                                ?? m.range.upperBound
                            rest.replaceSubrange(
                                m.range.lowerBound..<end, with: String(repeating: "\u{1}", count: rest[m.range.lowerBound..<end].count))
                            filled[c][k] = written
                        }
                    case .time: filled[c][k] = take(#"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])"#)
                    case .word(let values):
                        let any = values.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")
                        filled[c][k] = take(#"\b("# + any + #")\b"#, group: 1, options: .caseInsensitive).flatMap { said in
                            values.first { $0.lowercased() == said.lowercased() }
                        }
                    case .figure(let d, let unit?):
                        let figure = d == 0 ? #"\d+"# : #"\d+\.\d+"#
                        filled[c][k] = take(
                            #"(?<![\d.])("# + figure + #")\s*"# + NSRegularExpression.escapedPattern(for: unit) + #"\b"#, group: 1,
                            options: .caseInsensitive)
                    case .code(let lengths):
                        filled[c][k] = take(#"\b(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*[0-9])[A-Z0-9]{\#(lengths.lowerBound),\#(lengths.upperBound)}\b"#)
                    case .joined(let parts, let sep):
                        let s = NSRegularExpression.escapedPattern(for: String(sep))
                        if let written = take(#"(?<![\d.:/\-])\d+(?:"# + s + #"\d+){\#(parts - 1)}(?![\d.:/\-])"#) {
                            filled[c][k] = written
                        } else {
                            let figures = (0..<parts).compactMap { _ in take(number) }
                            filled[c][k] = figures.count == parts ? figures.joined(separator: String(sep)) : nil
                        }
                    case .figure(let d, nil):
                        filled[c][k] = take(d == 0 ? number : #"(?<![\d.:/\-\x{01}])\d+\.\d{\#(d)}(?![\d.:/])"#)
                    }
                }
            }
        }
        for c in slots.indices {
            for (k, slot) in (slots[c] ?? []).enumerated() { if case .same(let w) = slot { filled[c][k] = w } }
        }
        let fields = filled.map { $0.compactMap { $0 } }
        guard zip(fields, filled).allSatisfy({ $0.count == $1.count }), let last = log.lines.last else { return nil }
        let cells = fields.map { $0.joined(separator: " ") }
        if log.tabs { return cells.joined(separator: "\t") }
        // Each field where the last line's starts, two spaces after the one before at least.
        var starts: [Int] = []
        var from = last.startIndex
        for cell in log.fields.last ?? [] {
            guard let r = last.range(of: cell, range: from..<last.endIndex) else { return nil }
            starts.append(last.distance(from: last.startIndex, to: r.lowerBound))
            from = r.upperBound
        }
        var line = ""
        for (i, cell) in cells.enumerated() {
            if i > 0 { line += String(repeating: " ", count: max(2, starts[i] - line.count)) }
            line += cell
        }
        return log.lines.contains(line) ? nil : line
    }
}
