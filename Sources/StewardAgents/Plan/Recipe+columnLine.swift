import Foundation

/// A new line for a log of aligned columns, made by code from what the task says (issue 19,
/// fresh28 2903: "I worked EI7XY last night, 9 April 2028 at 20:15 UTC, on 7.155 MHz SSB; I
/// gave 59 and got 58", for a radio logbook of lines such as "2028-04-02 19:42 UTC  G3ABC
/// 14.205 MHz  SSB  59/57"; the 0.5B model added "59" and "58" as two lines, or the task's
/// sentences). Each field's words are slots known by what every line has there: the same word
/// ("UTC", "MHz"), a date, a time, a figure (with its unit), figures joined ("59/57"), a code
/// of capitals and digits, or one of the words the lines have ("SSB", "CW"). Each slot takes the
/// first part of the task of its kind not taken, and the fields line up under the last line's.
/// In a log of fields parted by bars or tabs, one field may be free words ("2031-02-04 | 40 min
/// | Clair de Lune, bars 1-16": fresh31 3203, whose session the 0.5B model wrote as the task's
/// words); it takes the task's words left that are most like its cells'.
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

    /// The fields of the log `text`'s lines (two spaces, a tab or a bar between fields), when
    /// two lines or more, and most lines that are not headings, have the same three fields or
    /// more. `separator` is the tab or the bar (as the last line writes it: " | "), nil for spaces.
    static func columnRecords(_ text: String) -> (lines: [String], fields: [[String]], separator: String?)? {
        let lines = text.split(separator: "\n").map(String.init).filter {
            let t = $0.trimmingCharacters(in: .whitespaces)
            return !t.isEmpty && !t.hasPrefix("#") && !t.hasPrefix(";")
        }
        // Bars inside lines, not a Markdown table's around them.
        let bars = lines.allSatisfy { $0.contains("|") && !$0.trimmingCharacters(in: .whitespaces).hasPrefix("|") }
        let parting = lines.allSatisfy { $0.contains("\t") } ? "\t" : bars ? "|" : "  "
        let split = lines.map { line in
            line.trimmingCharacters(in: .whitespaces).components(separatedBy: parting).map {
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
        let separator =
            parting == "|"
            ? records.last.flatMap { line in line.0.range(of: #" *\| *"#, options: .regularExpression).map { String(line.0[$0]) } } : parting
        return (records.map(\.0), records.map(\.1), parting == "  " ? nil : separator)
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
        let slots = columns.map(columnSlots)
        // One field of free words, in a log parted by bars or tabs.
        let free = slots.indices.filter { slots[$0] == nil }
        guard free.isEmpty || (free.count == 1 && log.separator != nil) else { return nil }
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
                        // A unit of three letters or more may be spelled out ("45 minutes" for "min").
                        let figure = d == 0 ? #"\d+"# : #"\d+\.\d+"#
                        filled[c][k] = take(
                            #"(?<![\d.])("# + figure + #")\s*"# + NSRegularExpression.escapedPattern(for: unit)
                                + (unit.count >= 3 ? "[a-z]*" : "") + #"\b"#, group: 1, options: .caseInsensitive)
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
        var cells = fields.map { $0.joined(separator: " ") }
        if let c = free.first {
            guard let words = freeWords(like: columns[c], in: rest) else { return nil }
            cells[c] = words
        }
        if let separator = log.separator {
            let line = cells.joined(separator: separator)
            return log.lines.contains(line) ? nil : line
        }
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

    /// The part of the task's words `rest` (its taken parts blanked) most like the free `cells`
    /// of a log's field: of its sentences, the one sharing the most words of three letters or
    /// more with the cells, from its first comma-parted part that shares one to its end, without
    /// a part that only says why (", as my teacher asked") nor a leading little word ("on Clair
    /// de Lune, bars 17-26"); nil when no sentence shares a word.
    static func freeWords(like cells: [String], in rest: String) -> String? {
        let common: Set = ["and", "the", "for", "with", "from", "that", "this"]
        let known = Set(cells.flatMap { words(of: $0) }.filter { $0.count >= 3 && !common.contains($0) && $0.contains(where: \.isLetter) })
        var best: (shared: Int, text: String)?
        for sentence in rest.components(separatedBy: CharacterSet(charactersIn: ".;:!?()|\u{1}")) {
            let parts = sentence.components(separatedBy: ", ").map { $0.trimmingCharacters(in: .whitespaces) }
            let shared = parts.map { Set(words(of: $0)).intersection(known).count }
            guard let first = shared.firstIndex(where: { $0 > 0 }) else { continue }
            let why = #/^(as|because|since|so|which|while|when|like|after|before)\b/#
            let end = parts[first...].dropFirst().firstIndex { $0.lowercased().contains(why) } ?? parts.endIndex
            let total = shared.reduce(0, +)
            if total > (best?.shared ?? 0) { best = (total, parts[first..<end].joined(separator: ", ")) }
        }
        guard var text = best?.text else { return nil }
        let little = ["on", "of", "at", "to", "in", "with", "was", "just", "the", "a", "an"]
        while let word = text.split(separator: " ").first, little.contains(word.lowercased()) {
            text = String(text.dropFirst(word.count)).trimmingCharacters(in: .whitespaces)
        }
        return text.isEmpty ? nil : text
    }
}
