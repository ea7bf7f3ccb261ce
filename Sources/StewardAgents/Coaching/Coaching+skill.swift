import Foundation
import StewardJSON
import StewardSkills
import StewardTools

/// A skill written by a small model: the code makes its frame (the front matter), the model
/// only its instructions. Measured on the development part (issue 19): a 0.5B model asked for
/// a `SKILL.md` looped on the front matter's `---` lines or on ```` ```markdown ```` fences
/// (stopped, offered back, copied, looping again: 2 of 3 tasks `failed`), wrote it unclosed
/// (`description:` then the text on the next line), or wrote no description; and the
/// description Steward made for it was the body's first heading ("Notes").
extension Coaching {
    /// The skill a write of `content` to `path` makes, when `path` is `skills/NAME/SKILL.md`
    /// and `content` is not already a skill with a description that says something: the
    /// model's instructions (its front matter, a fence around them and the loop's leftover
    /// `---` and fence lines dropped) under a front matter made here, the name the task gives
    /// (else the model's, else the folder's) and a description (``skillDescription``). `.none`
    /// for any other file or a good skill; `.noInstructions` when nothing is left to keep.
    func mendedSkill(path: String, content: String) -> MendedSkill {
        let parts = path.split(separator: "/").map(String.init)
        guard parts.count == 3, parts[0] == "skills", parts[2] == "SKILL.md" else { return .none }
        let (manifest, problems) = SkillManifest.parse(Data(content.utf8), folder: nil)
        let (fields, body) = Self.skillParts(content)
        guard Self.words(body) >= 3 else { return .noInstructions }
        if let manifest, problems.allSatisfy({ $0.severity != .error }), Self.saysSomething(manifest.description, name: manifest.name),
            skillName == nil || manifest.name == skillName
        {
            return .none
        }
        let name = skillName ?? fields["name"].flatMap { SkillManifest.nameProblem($0) == nil ? $0 : nil } ?? parts[1]
        let own = fields["description"].flatMap { Self.saysSomething($0, name: name) ? $0 : nil }
        let description = own ?? skillDescription(body: body, folder: parts[1])
        return .mended(Self.skillText(name: name, description: description, body: body), name: name, description: description)
    }

    /// A `write_file` of a skill that is not one, as the write of the skill mended
    /// (`mendedSkill`), with the note that says so; nil for any other call.
    func skillWrite(_ tool: String, _ args: [String: JSONValue]) -> (arguments: [String: JSONValue], note: String)? {
        guard tool == WriteFile.name, let path = args["path"]?.string, let content = args["content"]?.string,
            case .mended(let text, let name, let description) = mendedSkill(path: path, content: content)
        else { return nil }
        var mended = args
        mended["content"] = .string(text)
        return (mended, "(its front matter was written by Steward: name: \(name), description: \(description))")
    }

    /// `text` with `note` after its first line (what the tool did), before the next step's hint.
    static func noted(_ text: String, _ note: String) -> String {
        guard let end = text.firstIndex(of: "\n") else { return text + "\n" + note }
        return text[..<end] + "\n" + note + text[end...]
    }

    /// What `mendedSkill` came to.
    enum MendedSkill: Equatable {
        case none
        case noInstructions
        case mended(String, name: String, description: String)
    }

    /// A skill's description when the model gave none worth keeping: what the task says the
    /// skill is for (``skillPurpose(in:)``), else the instructions' first sentence of three
    /// words or more that is not a heading, else the folder's name in words.
    func skillDescription(body: String, folder: String) -> String {
        if let purpose = skillPurpose { return purpose }
        for line in body.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("#") {
            if let s = Self.firstSentence(String(line)), Self.words(s) >= 3 { return s }
        }
        return folder.replacingOccurrences(of: "-", with: " ")
    }

    /// Whether a description says something: two words or more, not the skill's name again.
    static func saysSomething(_ description: String, name: String) -> Bool {
        let d = description.trimmingCharacters(in: .whitespaces)
        return words(d) >= 2 && d.lowercased().replacingOccurrences(of: " ", with: "-") != name
    }

    /// The number of words with a letter in `text`.
    static func words(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).filter { $0.contains(where: \.isLetter) }.count
    }

    /// What a task says the skill it asks for is for: "how to …" wherever it is, else the
    /// clause after "skill" that starts with "that", "which", "to", "for" or "about", up to a
    /// punctuation mark, a path or a word that names something else ("named", "with"…);
    /// capitalised, two to twelve words. Nil when the task says no such thing.
    static func skillPurpose(in task: String) -> String? {
        let tokens = task.split(whereSeparator: \.isWhitespace).map(String.init)
        let lower = tokens.map { bare($0).lowercased() }
        var start: Int?
        if let i = lower.indices.dropLast().first(where: { lower[$0] == "how" && lower[$0 + 1] == "to" }) {
            start = i
        } else if let s = lower.firstIndex(where: { $0 == "skill" }) {
            if let i = lower[(s + 1)...].firstIndex(where: { ["that", "which"].contains($0) }) {
                start = i + 1
            } else {
                start = lower[(s + 1)...].firstIndex { ["to", "for", "about"].contains($0) }
            }
        }
        guard let start else { return nil }
        let stops: Set<String> = ["named", "called", "name", "with", "whose", "please"]
        var kept: [String] = []
        for (t, l) in zip(tokens[start...], lower[start...]) {
            if stops.contains(l) || t.contains("/") || l.isEmpty { break }
            kept.append(bare(t))
            if t.last.map({ ",;.?!:()".contains($0) }) == true { break }
        }
        guard (2...12).contains(kept.count) else { return nil }
        let text = kept.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// A model's `SKILL.md` split into the fields of the front matter it wrote (closed or not)
    /// and its instructions: a fence around it all, `---` and fence lines left by a loop at its
    /// start or end, and blank lines around it, dropped.
    static func skillParts(_ content: String) -> (fields: [String: String], body: String) {
        var lines = (unfenced(content) ?? content).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func trimmed(_ i: Int) -> String { lines[i].trimmingCharacters(in: .whitespaces) }
        func isDebris(_ s: String) -> Bool { s.isEmpty || s == "---" || s.hasPrefix("```") }
        var fields: [String: String] = [:]
        if let first = lines.indices.first(where: { !trimmed($0).isEmpty }), trimmed(first) == "---" {
            var i = first + 1
            // `key: value` lines; an empty `description:` is followed by its text on the next line.
            while i < lines.count {
                let line = trimmed(i)
                guard let r = line.range(of: #"^[a-z][a-z_-]{0,20}:"#, options: .regularExpression) else { break }
                let key = String(line[..<line.index(before: r.upperBound)])
                let value = line[r.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
                if !value.isEmpty { fields[key] = value }
                i += 1
            }
            // A front matter closed a line or two later ("---\ntidy-notes\n---"): up to its close.
            if let close = (i..<min(i + 2, lines.count)).first(where: { trimmed($0) == "---" }) { i = close + 1 }
            lines.removeSubrange(0..<i)
        }
        while let first = lines.first, isDebris(first.trimmingCharacters(in: .whitespaces)) { lines.removeFirst() }
        while let last = lines.last, isDebris(last.trimmingCharacters(in: .whitespaces)) { lines.removeLast() }
        return (fields, lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n")
    }

    /// A write of a `SKILL.md` that has no instructions: refused, saying what goes there.
    func skillWithoutInstructions(_ path: String) -> String {
        "\(path) has no instructions. Call " + spokenSkillWrite(path)
    }

    /// The write of a skill said in words (a small model copies an example's text as it is):
    /// its instructions as the content, and the front matter said to be added by Steward.
    func spokenSkillWrite(_ path: String) -> String {
        let name = skillName ?? path.split(separator: "/").dropFirst().first.map(String.init) ?? "NAME"
        let what =
            skillPurpose.map { "the skill's instructions (\($0.prefix(1).lowercased() + $0.dropFirst())), step by step" }
            ?? "the skill's instructions"
        return "\(WriteFile.name) with \"path\": \"\(path)\" and, as \"content\", \(what), written out in full; "
            + "Steward adds its front matter (name: \(name) and a description)"
    }

    /// Whether the task asks for a new skill: "skill" after a making verb within five words
    /// ("write a skill called …", "set up a fuel-log skill"), not one to use ("use the
    /// plant-care skill").
    static func asksForSkill(_ task: String) -> Bool {
        let words = taskWords(in: task)
        let making: Set<String> = ["write", "make", "create", "set", "build", "draft", "add", "new", "turn", "save"]
        return words.indices.contains { i in
            ["skill", "skills"].contains(words[i]) && words[max(0, i - 5)..<i].contains(where: making.contains)
                && !words[max(0, i - 5)..<i].contains(where: ["use", "using", "run", "follow"].contains)
        }
    }
}
