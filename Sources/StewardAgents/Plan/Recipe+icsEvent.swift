import Foundation

/// A new iCalendar event like another (issue 19, fresh33 3401: "Create
/// memory/home/calendar/2033-09-14-chimney-sweep.ics like 2032-09-20-chimney-sweep.ics: 14
/// September 2033, 8.30 to 9.30 am, living room wood burner, Soot & Sons, £70"; measured: the
/// 0.5B model wrote the task's clauses as the file's lines, no iCalendar at all). The sample's
/// lines are kept as they are but for the event's start and end, made the task's day and times,
/// and a price, made the one the task gives; the sample's own `UID` and stamps are left out.
extension AgentLoop {
    /// The new event at `path` (an `.ics`) like the sample: the one `.ics` the task names, else
    /// the last of the new one's folder whose name, its date aside, is the new one's
    /// ("2032-09-20-chimney-sweep.ics" for "2033-09-14-chimney-sweep.ics", not the boiler
    /// service's). Nil without such a sample, or a day and a start and end time the task gives.
    func icsEvent(_ task: String, path: String) async -> String? {
        guard Self.ending(path) == ".ics" else { return nil }
        let siblings = await workspaceFiles().filter { $0 != path && Self.ending($0) == ".ics" }
        let kind = { (p: String) in
            Self.lastName(p).lowercased().replacingOccurrences(of: #"^\d{4}-\d{2}-\d{2}[-_ ]?|\.ics$"#, with: "", options: .regularExpression)
        }
        let named = siblings.filter { task.contains(Self.lastName($0)) }
        let alike = siblings.filter { Self.folder(of: $0) == Self.folder(of: path) && !kind(path).isEmpty && kind($0) == kind(path) }
        guard let sample = named.count == 1 ? named.first : alike.sorted().last, let text = await text(of: sample),
            text.contains("BEGIN:VEVENT"), let day = Self.eventDay(task, path: path), let (start, end) = Self.eventTimes(task)
        else { return nil }
        let money = #"[£$€]\d+(?:\.\d{2})?"#
        let given = Self.allMatches(money, in: Self.withoutPaths(task)).map { $0[0] }
        let had = Self.allMatches(money, in: text).map { $0[0] }
        var lines: [String] = []
        for line in text.split(whereSeparator: \.isNewline).map(String.init) {
            guard let colon = line.firstIndex(of: ":") else {
                lines.append(line)
                continue
            }
            let head = String(line[..<colon])
            let name = head.split(separator: ";").first.map { $0.uppercased() } ?? ""
            let value = String(line[line.index(after: colon)...])
            switch name {
            case "UID", "DTSTAMP", "CREATED", "LAST-MODIFIED", "SEQUENCE": continue
            case "DTSTART", "DTEND":
                lines.append(head + ":" + day + "T" + (name == "DTSTART" ? start : end) + (value.hasSuffix("Z") ? "Z" : ""))
            default:
                // The price the task gives for the one the sample has.
                if given.count == 1, Set(had).count == 1, let old = had.first, value.contains(old) {
                    lines.append(head + ":" + value.replacingOccurrences(of: old, with: given[0]))
                } else {
                    lines.append(line)
                }
            }
        }
        return lines.joined(separator: text.contains("\r\n") ? "\r\n" : "\n") + (text.contains("\r\n") ? "\r\n" : "\n")
    }

    /// The event's day as iCalendar writes it ("20330914"): the new file's name's date, else
    /// the task's one date in figures, else its one date in words with a year it writes.
    static func eventDay(_ task: String, path: String) -> String? {
        let iso = #"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"#
        if let m = allMatches(iso, in: lastName(path)).first { return m[1] + m[2] + m[3] }
        let words = withoutPaths(task)
        let written = Set(allMatches(iso, in: words).map { $0[1] + $0[2] + $0[3] })
        if written.count == 1 { return written.first }
        let dates = dateMentions(in: words)
        let years = Set(allMatches(#"\b(20\d{2})\b"#, in: words).map { $0[1] })
        guard dates.count == 1, years.count == 1, let year = years.first, let date = dates.first else { return nil }
        return year + String(format: "%02d%02d", date.month, date.day)
    }

    /// The start and end times the task gives ("8.30 to 9.30 am", "half eight till half nine
    /// in the morning", "2pm-3.15pm") as "HHMMSS"; a start without "am" or "pm" takes the
    /// end's, unless that puts it after the end ("11 to 1 pm"). Nil unless it gives one such
    /// span, with minutes or "am"/"pm" said.
    static func eventTimes(_ task: String) -> (String, String)? {
        var t = clockTimes(withoutPaths(task).lowercased())
        let hours = numberWords.map { ($0.key, $0.value) } + [("eleven", 11), ("twelve", 12)]
        for (word, h) in hours {
            // "Half eight" is half past it, as British English says it.
            t = t.replacingOccurrences(of: #"\bhalf "# + word + #"\b"#, with: "\(h):30", options: .regularExpression)
            t = t.replacingOccurrences(
                of: #"\b"# + word + #"\b(?=\s*(?:to|till|until|-|am|pm|a\.m\.|p\.m\.|in the|o'clock)\b)"#, with: "\(h)", options: .regularExpression)
            t = t.replacingOccurrences(of: #"(?<=\b(?:to|till|until) )"# + word + #"\b"#, with: "\(h)", options: .regularExpression)
        }
        t = t.replacingOccurrences(of: #"\bhalf (\d{1,2})\b"#, with: "$1:30", options: .regularExpression)
        let clock = #"(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?"#
        let span = #"(?<![\d.:£$€])"# + clock + #"\s*(?:to|till|until|-|–)\s*"# + clock + #"(?:\s*(in the morning|in the afternoon|in the evening))?"#
        let found = allMatches(span, in: t)
        guard found.count == 1, let m = found.first, let h1 = Int(m[1]), let h2 = Int(m[4]) else { return nil }
        let m1 = Int(m[2]) ?? 0
        let m2 = Int(m[5]) ?? 0
        let after = m[7].isEmpty ? nil : (m[7] == "in the morning" ? "am" : "pm")
        let endHalf = m[6].isEmpty ? after : String(m[6].prefix(1)) + "m"
        guard endHalf != nil || !m[3].isEmpty || !m[2].isEmpty || !m[5].isEmpty, h1 <= 23, h2 <= 23, m1 < 60, m2 < 60 else { return nil }
        let in24 = { (h: Int, half: String?) -> Int in
            switch half {
            case "pm": h < 12 ? h + 12 : h
            case "am": h == 12 ? 0 : h
            default: h
            }
        }
        let end = in24(h2, endHalf)
        var start = in24(h1, m[3].isEmpty ? endHalf : String(m[3].prefix(1)) + "m")
        if m[3].isEmpty, start * 60 + m1 > end * 60 + m2 { start = in24(h1, "am") }
        guard start * 60 + m1 < end * 60 + m2 else { return nil }
        return (String(format: "%02d%02d00", start, m1), String(format: "%02d%02d00", end, m2))
    }
}
