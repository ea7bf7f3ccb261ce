import Foundation
import StewardJSON
import StewardTools

/// A new note of `Key: value` (or INI `key = value`) lines like one the task points to (issue
/// 19, fresh26 2701: "Could you make him a record like Shelly's, basil.txt in
/// memory/pets/tortoises? He's Basil, a Hermann's tortoise, hatched in 2019, weighs 412g …";
/// asked for the note's lines, the 0.5B model wrote the task's clauses, or "Shelly: 412
/// grams"; fresh27 2801, a brewing batch's INI file "in the same INI layout as batch-06.ini").
/// A key the task writes with its value ("og 1.058") is filled by code, the others asked as
/// one form's properties, each answer words of the task; a key the task gives no value for is
/// left out (Shelly's vet is hers). The sample's section lines (`[batch]`) and its way of
/// joining a key to its value are kept.
extension AgentLoop {
    /// A note of keyed lines: its keys in order, how a key is joined to its value (": " or
    /// " = "), and its lines as they are.
    struct KeyedSample {
        var keys: [String]
        var joiner: String
        var text: String
        /// A JSON object's layout, when the sample is one (`Recipe+jsonRecord`): its `text` is
        /// then its members as `key: value` lines.
        var json: JSONLayout? = nil

        /// The text with the values of `keys` shown as "?".
        func blanking(_ keys: [String]) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                guard keys.contains(where: { line.hasPrefix($0) }), let at = line.firstIndex(where: { ":=".contains($0) }) else {
                    return String(line)
                }
                return String(line[...at]) + " ?"
            }.joined(separator: "\n")
        }

        /// The value `key`'s line has, without quotes ("" when there is none).
        func value(of key: String) -> String {
            let line = text.split(whereSeparator: \.isNewline).first { $0.hasPrefix(key) }.map(String.init) ?? ""
            return line.drop { !":=".contains($0) }.dropFirst().trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
        }
    }

    /// The keys of `text`'s `Key: value` or `key = value` lines (a key of a letter, then up to
    /// 24 letters, digits, spaces or `_`), in its order, when they are two or more and half its
    /// lines at least (section lines such as `[batch]` and `;` or `#` comments aside); or a
    /// flat JSON object's keys (`jsonSample(of:)`).
    static func keyedSample(of text: String) -> KeyedSample? {
        if let sample = jsonSample(of: text) { return sample }
        let own = text.split(whereSeparator: \.isNewline).map(String.init).filter {
            let t = $0.trimmingCharacters(in: .whitespaces)
            return !t.isEmpty && !t.hasPrefix("[") && !t.hasPrefix(";") && !t.hasPrefix("#")
        }
        let colon = own.compactMap { $0.wholeMatch(of: #/([A-Za-z][A-Za-z0-9 _]{0,24}):\s.*/#).map { String($0.output.1) } }
        let equals = own.compactMap { $0.wholeMatch(of: #/([A-Za-z][A-Za-z0-9_]{0,24})\s*=\s*.*/#).map { String($0.output.1) } }
        let (keys, joiner) = equals.count > colon.count ? (equals, " = ") : (colon, ": ")
        return keys.count >= 2 && keys.count * 2 >= own.count ? KeyedSample(keys: keys, joiner: joiner, text: text) : nil
    }

    /// The keys of `text`'s keyed lines (`keyedSample(of:)`).
    static func keys(of text: String) -> [String]? { keyedSample(of: text)?.keys }

    /// The note the new one at `path` is to be like: one the task names by path, or by file name
    /// in the new note's folder ("in the same INI layout as batch-06.ini"), else by a possessive
    /// after "like" ("a record like Shelly's") there. Nil when there is none, or its lines are
    /// not keyed (`keyedSample(of:)`).
    func keyedSample(_ task: String, path: String) async -> KeyedSample? {
        let near = Self.fileNames(in: task).filter { $0 != Self.lastName(path) }.map { Self.folder(of: path) + $0 }
        for sample in Coaching.paths(in: task) + near where sample != path && !Coaching.isFolder(sample) {
            if let text = await text(of: sample) { return Self.keyedSample(of: text) }
        }
        guard let name = Self.allMatches(#"\blike ([A-Z][a-z]+)['’]s\b"#, in: task).first?[1].lowercased() else {
            return await latestSample(task, path: path)
        }
        let named = await workspaceFiles().filter {
            Self.folder(of: $0) == Self.folder(of: path) && Self.lastName($0).lowercased().split(separator: ".").first.map(String.init) == name
        }
        guard named.count == 1, let text = await text(of: named[0]) else { return nil }
        return Self.keyedSample(of: text)
    }

    /// The last keyed file (by name) of the new one's folder with its ending, when the task says
    /// the new one is like another ("like the last one", "in the same layout") or names two of
    /// its keys as written ("with date, hive, queen_seen, brood_frames …"): fresh29 3001, a
    /// hive's inspections one file per day, the last one named by no path.
    func latestSample(_ task: String, path: String) async -> KeyedSample? {
        let ending = Self.ending(path)
        let siblings = await workspaceFiles().filter { $0 != path && Self.folder(of: $0) == Self.folder(of: path) && Self.ending($0) == ending }
        guard let last = siblings.sorted().last, let text = await text(of: last), let sample = Self.keyedSample(of: text) else { return nil }
        let likened = Self.matches(task, #"\b(like|same (layout|format|way|fields|keys|style) as|as before|as usual)\b"#)
        // (Or all its keys, three or more, as words: "a JSON file for every repair …, each with
        // date, bike, job, parts and cost", fresh30 3101.)
        let said = Set(Self.words(of: task.lowercased()))
        let keysNamed =
            sample.keys.filter { $0.contains("_") && task.contains($0) }.count >= 2
            || (sample.keys.count >= 3
                && sample.keys.allSatisfy { k in k.contains("_") ? task.lowercased().contains(k.lowercased()) : said.contains(k.lowercased()) })
        return likened || keysNamed ? sample : nil
    }

    /// The value the task writes right after `key` ("og 1.058", "brewed on 2 April 2027"), to
    /// a comma, a semicolon, a sentence's end or "and"; five words at most, with a figure when
    /// `figure` (the sample's value has one: not "made plum jam yesterday" for a date); else
    /// the words before it after "in", "on" or "with" ("in BR blue livery"); nil when neither.
    static func writtenValue(_ key: String, in words: String, figure: Bool = false) -> String? {
        // (A plural key said in the singular too: "the note fed sugar syrup" for `notes`.)
        let bare = key.replacingOccurrences(of: "_", with: " ")
        let spoken =
            bare.count > 3 && bare.hasSuffix("s")
            ? NSRegularExpression.escapedPattern(for: String(bare.dropLast())) + "s?" : NSRegularExpression.escapedPattern(for: bare)
        // (A one-word key said as a verb: "named North Eastern", fresh28 2901; "set its DCC
        // address to 401". Its verb is not the value: "stores are low", fresh32 3301.)
        let verb = key.contains(where: { !$0.isLetter }) ? "" : "(?:d|ed)?"
        let pattern =
            #"(?i)\b"# + spoken + verb + #"\s*:?\s+(?:(is|was|are|were|on|of|at|in|to)\s+)?([^,;!?]+?)(?=\s*(?:,|;|[.!?:](?:\s|$)|\s+and\s|$))"#
        // (Not a list's next item: "… temper and notes"; nor what the key is of: "today's job
        // on the road bike", fresh30 3101.)
        // (Nor when it was done: "the road bike today", fresh30 3101.)
        // (Nor a word that says only "as well": "I tested the shrimp tank too", fresh31 3201.)
        let when = #"^(today|yesterday|tonight|tomorrow|now|this (morning|afternoon|evening|week)|too|also|again|as well|here|there)$"#
        let after = allMatches(pattern, in: words).filter { m in !matches(m[2].lowercased(), when) }.filter { m in
            let first = m[2].lowercased().split(separator: " ").first.map(String.init) ?? ""
            return !["on", "of", "at", "in", "to"].contains(m[1].lowercased())
                || !["the", "a", "an", "my", "our", "his", "her", "their"].contains(first)
        }.map { $0[2] }.first {
            !$0.isEmpty && wordCount($0) <= 5 && (!figure || $0.contains(where: \.isNumber))
                && !["and", "or", "but", "then"].contains($0.lowercased().split(separator: " ").first.map(String.init) ?? "")
        }
        // Or said before the key, after "in", "on", "with" or "of" ("in BR blue livery": fresh28
        // 2901; "this morning's test of the community tank", fresh31 3201), an article dropped.
        let before = allMatches(#"(?i)\b(?:in|on|with|of)\s+(?:(?:the|a|an)\s+)?((?:[\w'-]+\s+){0,3}?[\w'-]+)\s+"# + spoken + #"\b"#, in: words)
            .map { $0[1] }.first {
                !["a", "an", "the", "my", "our", "its", "their", "this", "that", "his", "her", "your"].contains(
                    $0.lowercased().split(separator: " ").first.map(String.init) ?? "") && (!figure || $0.contains(where: \.isNumber))
            }
        return after ?? before
    }

    /// The yes and the no of a value that is one of them ("yes", "no", "true", "false"; "Y"
    /// and "N"), lowercased; nil for another value.
    static func yesNoPair(of value: String) -> (yes: String, no: String)? {
        [("yes", "no"), ("true", "false"), ("y", "n")].first { [$0.0, $0.1].contains(value.lowercased()) }.map { (yes: $0.0, no: $0.1) }
    }

    /// A form's value for `key` without what belongs to another ("BR blue livery, on DCC
    /// address 401" for the livery: fresh28 2901) or names its own key ("BR blue livery"):
    /// cut before another key's words, the key's own word and the joining words at its ends
    /// dropped (`keepOwn`: not the key's word at its end).
    static func ownValue(_ value: String, of key: String, among keys: [String], given: [String] = [], keepOwn: Bool = false) -> String {
        var v = value
        // Of a list of parts, the one part that names no other key and is no other key's value
        // ("road bike, Shimano B01S pads, £18.50" for the parts, the bike and the cost said
        // apart: fresh30 3101).
        let parts = v.components(separatedBy: ", ").map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count > 1 {
            let own = parts.filter { part in
                !keys.contains { other in
                    other != key
                        && part.range(
                            of: #"(?i)\b"# + NSRegularExpression.escapedPattern(for: other.replacingOccurrences(of: "_", with: " ")) + #"\b"#,
                            options: .regularExpression) != nil
                } && !given.contains { g in g.contains(where: \.isNumber) ? hasNumber(g, in: part) : part.lowercased() == g.lowercased() }
            }
            if own.count == 1 { v = own[0] }
        }
        for other in keys where other != key {
            let spoken = NSRegularExpression.escapedPattern(for: other.replacingOccurrences(of: "_", with: " "))
            if let r = v.range(of: #"(?i)\b"# + spoken + #"\b"#, options: .regularExpression), r.lowerBound > v.startIndex {
                v = String(v[..<r.lowerBound])
            }
        }
        let own = NSRegularExpression.escapedPattern(for: key.replacingOccurrences(of: "_", with: " "))
        let trailing = keepOwn ? "" : #"|\s+"# + own
        let ends = #"(?i)^(?:(?:on|in|at|of|and|with|is)\s+|"# + own + #"\s+)+|(?:\s+(?:on|in|at|of|and|with)"# + trailing + #"|[\s,;])+$"#
        v = v.replacingOccurrences(of: ends, with: "", options: .regularExpression)
        return v.isEmpty ? value : v
    }

    /// Whether `value`, written plain after a YAML key, would not read back as itself: it has
    /// ": " or " #", ends with a colon, or starts with a character YAML gives a meaning.
    static func breaksYAML(_ value: String) -> Bool {
        value.contains(": ") || value.contains(" #") || value.hasSuffix(":") || value.first.map { "[]{}&*!|>'\"%@`#,?-".contains($0) } == true
    }

    /// `value` quoted as the sample's line `line` quotes its own (`name = "Inverness TMD"`:
    /// TOML's strings are quoted, and a bare one is no TOML), else as it is.
    static func quotedLike(_ line: String, _ value: String) -> String {
        let old = line.drop { !":=".contains($0) }.dropFirst().trimmingCharacters(in: .whitespaces)
        for q in ["\"", "'"] where old.count >= 2 && old.hasPrefix(q) && old.hasSuffix(q) && !value.hasPrefix(q) {
            return q + (q == "\"" ? value.replacingOccurrences(of: "\"", with: "\\\"") : value.replacingOccurrences(of: "'", with: "")) + q
        }
        return value
    }

    /// The new note's lines: the sample's section lines where it has them, and `key: value` for
    /// each key of the sample whose value the task gives (written after the key, else asked of
    /// the model as one form: its words, not the key itself); a date written as the sample
    /// writes it. Nil when fewer than half the keys get one, or most figures the task gives
    /// are in none.
    /// (`constant`: the value a key takes when the task gives none: a log's value every record
    /// has, `jsonLogLine`.)
    func keyedRecord(
        _ sample: KeyedSample, path: String, task: String, words: String, constant: [String: String] = [:], _ state: inout LoopState
    ) async -> [String]? {
        var seen: Set<String> = []
        let keys = sample.keys.filter { seen.insert($0).inserted }
        var values: [String: String] = [:]
        let pathless = Self.withoutPaths(words)
        let figured = Set(
            sample.text.split(whereSeparator: \.isNewline).compactMap { line in
                keys.first { line.hasPrefix($0) && line.dropFirst($0.count).contains(where: \.isNumber) }
            })
        for key in keys {
            let was = sample.value(of: key)
            // A yes-or-no key ("queen_seen: yes") is said by code: "queen seen" is its yes, "no
            // queen seen" its no (`yesOrNo`, as a CSV's column), whatever words follow.
            if let pair = Self.yesNoPair(of: was), let said = Self.yesOrNo(key, values: [pair.yes, pair.no], in: pathless) {
                values[key] = said
                continue
            }
            // A key whose value is one short code ("coop: A") takes the first word written after
            // it ("coop A this morning").
            // Not words that name another key ("today's job on the road bike" is no job when
            // `bike` is a key: fresh30 3101); that one is asked.
            // (Not a key whose values are names ending in its word: "the Leeds Donor Centre:
            // that's my 22nd!" gives no `centre` "that's my 22nd", fresh33 3403.)
            let naming = sample.value(of: key).lowercased().hasSuffix(" " + key.lowercased())
            let written = (naming ? nil : Self.writtenValue(key, in: pathless, figure: figured.contains(key))).flatMap { value in
                let own = Set(Self.words(of: value.lowercased()))
                return keys.contains { $0 != key && own.contains($0.lowercased()) } ? nil : value
            }
            values[key] = !was.isEmpty && was.count <= 3 && !was.contains(" ") ? written?.split(separator: " ").first.map(String.init) : written
        }
        let asked = keys.filter { values[$0] == nil }
        if !asked.isEmpty {
            let q = FormQuestion(
                system:
                    "You write a new note like the one shown, as the person asks. For each key, write the new note's value with the task's own words, "
                    + "or \"\" when the task does not give one. Reply with JSON {"
                    + asked.map { JSONValue.string($0).jsonText + ": VALUE" }.joined(separator: ", ") + "}.",
                // The asked keys' values are not shown: the 0.5B model copied them (fresh29
                // 3001: "brood_frames": "6", "notes": "added a super", the last inspection's).
                user: "Note like it:\n" + sample.blanking(asked) + "\nTask: " + task,
                // A yes-or-no key the words did not settle is one of its two values ("saw the
                // queen" was answered "Queen": fresh29 3001).
                schema: FormQuestion.object(
                    asked.map { key in
                        let yesNo = Self.yesNoPair(of: sample.value(of: key)).map { FormQuestion.oneOf([$0.yes, $0.no]) }
                        return (key, yesNo ?? .object(["type": "string", "pattern": "^[^|\\n]{0,60}$", "maxLength": .number(60)]))
                    }),
                maxTokens: 24 + 24 * asked.count)
            guard let answer = await form(q, &state) else { return nil }
            // (The person's words outside paths: "memory/aquarium/tests/community" is no tank,
            // though its last folder may be, "community": fresh31 3201.)
            // (An ordinal's figure is said too: "22" of "my 22nd", fresh33 3403.)
            let spoken = Self.words(of: Self.withoutPaths(words))
            let said = Set(
                spoken.map(Self.stem) + spoken.compactMap { $0.wholeMatch(of: #/(\d+)(?:st|nd|rd|th)/#).map { String($0.output.1) } })
            // (Or a date the task says otherwise: "2031-01-18" of "18 January 2031", fresh31 3201.)
            let saidDates = Self.dateMentions(in: pathless).map { [$0.day, $0.month] }
            let saysDate = { (v: String) in
                let iso = Self.allMatches(#"^\d{4}-(\d{2})-(\d{2})$"#, in: v).first.map { [Int($0[2]) ?? 0, Int($0[1]) ?? 0] }
                return (iso ?? Self.dateMentions(in: v).first.map { [$0.day, $0.month] }).map(saidDates.contains) == true
            }
            for key in asked {
                guard var value = answer[key]?.string?.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: ",;."))),
                    !value.isEmpty, value.lowercased() != key.lowercased(), !value.contains(where: { "!?".contains($0) })
                else { continue }
                if value.contains("/"), !value.contains(" "), let last = value.split(separator: "/").last { value = String(last) }
                let own = Self.words(of: value).map(Self.stem)
                if ["yes", "no", "true", "false"].contains(value), Self.yesNoPair(of: sample.value(of: key)) != nil {
                    values[key] = value
                } else if !own.isEmpty, own.allSatisfy({ said.contains($0) }) || saysDate(value) {
                    // (A name that ends in the key's word keeps it when the sample's does: "Leeds
                    // Donor Centre" for `centre`, fresh33 3403.)
                    let named = sample.value(of: key).lowercased().hasSuffix(key.lowercased())
                    values[key] = Self.ownValue(
                        value, of: key, among: keys, given: keys.compactMap { $0 == key ? nil : values[$0] }, keepOwn: named)
                }
            }
        }
        // The one date key left of an ISO date takes the new file's dated name ("Create
        // hive-2/2029-05-11.yaml in the same layout as 2029-05-04.yaml: …", fresh29 3001, whose
        // date the task says only in the path).
        let datesLeft = keys.filter { values[$0] == nil && sample.value(of: $0).wholeMatch(of: #/\d{4}-\d{2}-\d{2}/#) != nil }
        if datesLeft.count == 1, let named = Self.allMatches(#"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)"#, in: Self.lastName(path)).first {
            values[datesLeft[0]] = named[1]
        } else if datesLeft.count == 1 {
            // Else the one date the task writes ("… for donation number 22: 2033-03-04, …", or "4
            // March 2033", written as the sample writes dates below: fresh33 3403, whose date the
            // model answered "2023-03-04").
            let iso = Set(Self.allMatches(#"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)"#, in: pathless).map { $0[1] })
            let mentions = Self.dateMentions(in: pathless)
            if iso.count == 1 {
                values[datesLeft[0]] = iso.first
            } else if iso.isEmpty, mentions.count == 1, let m = mentions.first {
                let year = Self.allMatches(#"^,?\s*(\d{4})\b"#, in: String(pathless[m.range.upperBound...])).first.map { " " + $0[1] } ?? ""
                values[datesLeft[0]] = String(pathless[m.range]) + year
            }
        }
        // The one figure the task gives that no value holds goes to the one key of figures left
        // ("… nitrate 40 and 25.0 degrees" for `temp_c`: fresh31 3201).
        let figuredLeft = keys.filter { figured.contains($0) && values[$0] == nil }
        // (The task's dates are no such figure: "9 April 2031" of a date written "2031-04-09".)
        var undated = pathless.replacingOccurrences(of: #"\b\d{4}-\d{2}-\d{2}\b"#, with: " ", options: .regularExpression)
        for m in Self.dateMentions(in: undated).reversed() { undated.replaceSubrange(m.range, with: " ") }
        let unplaced = Self.givenNumbers(in: undated).filter { n in !values.values.contains { Self.hasNumber(n, in: $0) } }
        if figuredLeft.count == 1, unplaced.count == 1 { values[figuredLeft[0]] = unplaced[0] }
        for (key, value) in constant where values[key] == nil { values[key] = value }
        guard values.count * 2 >= keys.count else { return nil }
        // A key whose value is a plain figure gets the figure its value starts with ("hive 2
        // today", "7 frames of brood": fresh29 3001).
        for (key, value) in values {
            let was = sample.value(of: key)
            if was.range(of: #"^\d+(\.\d+)?$"#, options: .regularExpression) != nil,
                // (Or an ordinal's: "my 22nd" for a running number, fresh33 3403.)
                let figure = value.range(of: #"^\d+(\.\d+)?(?=\s|$|(?:st|nd|rd|th)\b)"#, options: .regularExpression)
            {
                values[key] = String(value[figure])
            }
        }
        // A date as the sample writes it ("2 April 2027" in a note whose dates are "2027-03-14").
        let sampleValues = sample.text.split(whereSeparator: \.isNewline).compactMap { line -> String? in
            guard let at = line.range(of: sample.joiner.trimmingCharacters(in: .whitespaces)) else { return nil }
            return line[at.upperBound...].trimmingCharacters(in: .whitespaces)
        }
        let sampleDates = sampleValues.filter { Self.dateFormat($0) != nil }
        for (key, value) in values {
            guard let date = Self.dateMentions(in: value).first, date.range.lowerBound == value.startIndex,
                value[date.range.upperBound...].range(of: #"^,?\s*(\d{4})?$"#, options: .regularExpression) != nil, sampleDates.count == 1,
                let written = Self.writtenLike(sampleDates, day: date.day, month: date.month, in: words)
            else { continue }
            values[key] = written
        }
        var lines: [String] = []
        var pairs: [(key: String, value: String)] = []
        for line in sample.text.split(whereSeparator: \.isNewline).map(String.init) {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("[") && t.hasSuffix("]") {
                lines.append(t)
                continue
            }
            guard
                let key = keys.first(where: {
                    t.hasPrefix($0) && t.dropFirst($0.count).trimmingCharacters(in: .whitespaces).first.map { ":=".contains($0) } == true
                }),
                let value = values.removeValue(forKey: key)
            else { continue }
            // (A YAML value that would not read as one is quoted: "notes: 11 May 2029: saw the
            // queen" was refused as no YAML, fresh29 3001.)
            let yaml = [".yaml", ".yml"].contains(Self.ending(path))
            lines.append(key + sample.joiner + (yaml && Self.breaksYAML(value) ? JSONValue.string(value).jsonText : Self.quotedLike(t, value)))
            pairs.append((key, value))
        }
        // (Not a date's figures, written as the sample writes dates: "8 May 2032" as "2032-05-08".)
        let given = Self.givenNumbers(in: undated)
        let kept = given.filter { n in lines.contains { Self.hasNumber(n, in: $0) } }
        guard kept.count * 2 >= given.count else { return nil }
        return sample.json.map { [$0.text(pairs)] } ?? lines
    }
}
