import Foundation

/// A schedule line's times and temperature changed by code (issue 19, fresh21 2202: "change the
/// weekday evenings line … so it's 18.5°C and ends at 10 pm", "so weekday evenings run from 5 pm to
/// 10 pm at 18.5 degrees", of "Weekday evenings: 5 to 10.30 pm at 20°C"; asked for the new line,
/// the 0.5B model wrote the task's words into it).
extension AgentLoop {
    /// The one `Key: value` line whose key's words the task says (not in what it keeps), with a
    /// time range ("5 to 10.30 pm") or a temperature ("20°C"), made with the new start and end
    /// ("from 5 pm to 10 pm", "ends at 10 pm", "starts at 6") and the new temperature ("18.5
    /// degrees") the task gives, in the line's own style; nil when it gives neither or changes
    /// nothing.
    static func rangeEdit(_ task: String, in text: String) -> LineEdit? {
        let said = Set(words(of: withoutKeeping(task)))
        let keyed = text.split(separator: "\n").map(String.init).filter { line in
            guard let (key, _) = setting(line) else { return false }
            return Set(words(of: key)).isSubset(of: said)
        }
        guard keyed.count == 1, let line = keyed.first, let (_, value) = setting(line) else { return nil }
        let asked = clockTimes(task.lowercased())
        var new = value
        // The temperature: one the task gives, in the line's unit.
        let degrees = #"(\d+(?:\.\d+)?)\s?(°c|°f|°|degrees)"#
        if let had = allMatches(degrees, in: value.lowercased()).first,
            case let given = allMatches(degrees, in: asked).map({ $0[1] }).filter({ $0 != had[1] }), Set(given).count == 1,
            let r = new.range(of: had[1] + #"(?=\s?(°|degrees))"#, options: .regularExpression)
        {
            new.replaceSubrange(r, with: given[0])
        }
        // The range: "A to B" (or "A-B", "A until B"), each "h", "h.mm" or "h:mm", am or pm after either.
        let time = #"(\d{1,2}(?:[.:]\d{2})?)\s?(am|pm)?"#
        if let m = allMatches(time + #"\s?(to|-|–|until|till)\s?"# + time, in: new.lowercased()).first,
            let r = new.range(of: m[0], options: .caseInsensitive)
        {
            let sep = m[1].contains(".") || m[4].contains(".") ? "." : ":"
            func styled(_ t: String) -> String {
                t.replacingOccurrences(of: #"[.:]00$"#, with: "", options: .regularExpression).replacingOccurrences(of: ":", with: sep)
                    .replacingOccurrences(of: ".", with: sep)
            }
            var (start, end) = (m[1], m[4])
            // A range said as one ("run from 5 pm to 10 pm"), not a time moved ("the time from 7:30 to 8").
            let ranging = #"\b(?:run|runs|running|open|opens|on|be|is|go|goes) from "#
            // Or said bare ("change the weekday evenings to 5 to 10 pm"), not after a bare "from".
            let bare = allMatches(#"(\w+ )?"# + time + #" (?:to|until|till) "# + time, in: asked).filter { $0[1] != "from " }
            if let from = allMatches(ranging + time + #" (?:to|until|till) "# + time, in: asked).first {
                (start, end) = (styled(from[1]), styled(from[3]))
            } else if bare.count == 1, let b = bare.first {
                (start, end) = (styled(b[2]), styled(b[4]))
            } else {
                if let s = allMatches(#"\b(?:starts?|starting|begins?|on) (?:at |from )?"# + time, in: asked).first { start = styled(s[1]) }
                if let e = allMatches(#"\b(?:ends?|ending|finish(?:es)?|off|until|till) (?:at )?"# + time, in: asked).first { end = styled(e[1]) }
            }
            let range = start + (m[2].isEmpty ? "" : " " + m[2]) + " " + m[3] + " " + end + (m[5].isEmpty ? "" : " " + m[5])
            new.replaceSubrange(r, with: range.replacingOccurrences(of: " - ", with: "-"))
        }
        // Every clock time the task gives lands, or the edit is not this one.
        let clocks = allMatches(#"(\d{1,2})(?:[.:](\d{2}))?\s?(?:am|pm)\b"#, in: asked)
        let landed = clocks.allSatisfy { c in
            let shown = c[2].isEmpty || c[2] == "00" ? c[1] : c[1] + "[.:]" + c[2]
            return matches(new, #"(?<![\d.:])"# + shown + #"(?![\d.:]\d)"#)
        }
        guard new != value, landed, let at = line.range(of: value, options: .backwards) else { return nil }
        return LineEdit(old: line, new: line.replacingCharacters(in: at, with: new), word: false)
    }
}
