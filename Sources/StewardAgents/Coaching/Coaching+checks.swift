import Foundation
import StewardJSON
import StewardSkills
import StewardTools

/// Calls refused before they run because what they would make is wrong whatever the task's
/// words: each refusal says why and shows the call meant (small models copy examples).
extension Coaching {
    /// Why `tool` with `arguments` is refused before it runs, with the call meant; nil when it
    /// may run. `changed` is what the task changed so far. (Refusing a summary that copies its
    /// source word for word was tried and measured worse: the model, told to write its own
    /// words, wrote the refusal's words instead of a copy that had passed.) A call a recipe
    /// makes `byCode` is not sent to the routed tool: the recipe chose its tool (labelled items
    /// are written with `write_file`, which `extract_from_file` cannot label).
    func refusal(_ tool: String, _ arguments: [String: JSONValue], changed: [String], byCode: Bool = false) -> String? {
        if !byCode, let routed = routedWrite(tool, arguments, changed: changed) { return routed }
        if let kept = keptTouched(tool, arguments, changed: changed) { return kept }
        guard tool == WriteFile.name, let path = arguments["path"]?.string, let content = arguments["content"]?.string else { return nil }
        // (A list a recipe made by code is no sentence for the task's listed words: fresh28
        // 2910's sends were refused for "a list of flash, redpoint, attempt", the styles the task
        // named.)
        return writeInsteadOfMove(path, changed: changed) ?? skillProblem(path, content) ?? fenced(path, content)
            ?? notJSON(path, content) ?? notCode(path, content) ?? (byCode ? nil : notListed(path, content))
    }

    /// A delete or move of a file the task says to keep ("… and keep memory/vet/luna-vaccinations.md":
    /// fresh19 2008, where the model deleted it after the copy): refused, with `finish` when
    /// something is done.
    func keptTouched(_ tool: String, _ arguments: [String: JSONValue], changed: [String]) -> String? {
        guard [DeleteFile.name, MoveFile.name].contains(tool), let path = (arguments["path"] ?? arguments["from"])?.string,
            keptPaths.contains(path.lowercased())
        else { return nil }
        return "the task says to keep \(path) as it is, so it is not \(tool == DeleteFile.name ? "deleted" : "moved")"
            + (changed.isEmpty ? "" : "; if the task is done, call \(finishCall(changed))")
    }

    /// A `.json` file whose content is not JSON (measured: a Markdown list written as is to
    /// `outputs/books.json`): refused, with the conversion when `convert_file` makes that file
    /// from a file the task names, else saying where the JSON breaks.
    func notJSON(_ path: String, _ content: String) -> String? {
        guard path.lowercased().hasSuffix(".json") else { return nil }
        let problem: String
        do {
            _ = try JSONValue.parse(content)
            return nil
        } catch {
            problem = "\(error)"
        }
        if toolNames.contains(ConvertFile.name),
            let source = taskPaths.first(where: { !Self.isFolder($0) && $0 != path && existing.contains($0) }),
            ConvertFile.converts(source, path)
        {
            return "that content is not JSON, and \(path) must be. \(ConvertFile.name) makes it from \(source): call "
                + Self.call(ConvertFile.name, ["from": .string(source), "to": .string(path)])
        }
        return "that content is not JSON (\(problem.prefix(120))), and \(path) must be; write it as JSON"
    }

    /// A file's whole content in a ``` fence: the fence would be part of the file (a skill
    /// that starts with it has no front matter, a script with it does not run). Refused with
    /// the call without it.
    func fenced(_ path: String, _ content: String) -> String? {
        let markdown = ["md", "markdown"].contains(path.split(separator: ".").last.map { $0.lowercased() } ?? "")
        guard mendedSkill(path: path, content: content) == .none, let inner = Self.unfenced(content, trailing: !markdown) else { return nil }
        return "the ``` fence around that content would be part of \(path); write the text without it, like "
            + mended(Self.writeCall(path: path, content: inner))
    }

    /// `call` with a write of a skill that is not one as the write of its instructions only
    /// (Steward adds the front matter: `mendedSkill`), or said in words when it has none; any
    /// other call as it is, said in words when its content is a placeholder (`spoken`).
    func mended(_ call: String) -> String {
        guard let args = arguments(in: call), call.hasPrefix("{\"name\": \"\(WriteFile.name)\""), let path = args["path"]?.string,
            let content = args["content"]?.string
        else { return spoken(call) }
        switch mendedSkill(path: path, content: content) {
        case .none: return spoken(call)
        case .noInstructions: return spokenSkillWrite(path)
        case .mended: return Self.writeCall(path: path, content: Self.skillParts(content).body)
        }
    }

    /// The language of a script by its extension, for people ("Python code"); nil for a file
    /// that is not a script.
    static func scriptLanguage(_ path: String) -> String? {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        let known = [
            "py": "Python code", "sh": "shell commands", "bash": "shell commands", "js": "JavaScript code", "rb": "Ruby code", "swift": "Swift code",
        ]
        return path.contains(".") ? known[ext] : nil
    }

    /// Whether `content` reads as prose, not code: sentences (a capital first, a full stop
    /// last, three words or more) without a bracket, an operator, a quote or a `$` anywhere
    /// (measured: "This is a test file." written as a Python script; `echo hello` is code).
    static func isProse(_ content: String) -> Bool {
        let t = content.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let first = t.first, first.isUppercase, let last = t.last, ".!".contains(last), t.split(separator: " ").count >= 3 else { return false }
        return !t.contains { "()[]{}=$\"'<>|;:#_`".contains($0) }
    }

    /// A script (by its extension) whose content is a sentence, not code: refused, saying what
    /// goes there (said in words: an example's text would be copied as it is).
    func notCode(_ path: String, _ content: String) -> String? {
        guard let language = Self.scriptLanguage(path), Self.isProse(content) else { return nil }
        return "\(path) is a script, and \"\(content.trimmingCharacters(in: .whitespacesAndNewlines).prefix(60))\" is not \(language). "
            + "Call \(WriteFile.name) with \"path\": \"\(path)\" and, as \"content\", the \(language) that does what the task asks, written out in full"
    }

    /// Whether a write or an append puts the summary of the `finish` call the last result
    /// suggested ("changed skills/a/run.py") into the file: a small model answering "If that
    /// was all, call finish" by writing it (measured: `print('changed skills/wc/scripts/count.py')`
    /// appended to the script it had just written).
    func echoesFinish(_ tool: String, _ args: [String: JSONValue], changed: [String]) -> Bool {
        guard [WriteFile.name, AppendToFile.name].contains(tool), !changed.isEmpty,
            let text = args["content"]?.string ?? args["text"]?.string,
            let summary = arguments(in: finishCall(changed))?["summary"]?.string
        else { return false }
        return text.contains(summary)
    }

    /// A task that moves, renames or copies a file it names that exists: a write before that
    /// is done makes a made-up file instead (measured: "This is a letter." written to the
    /// rename's target, then the rename refused because the target exists; "a sample invoice"
    /// written beside the move's target).
    func writeInsteadOfMove(_ path: String, changed: [String]) -> String? {
        guard changed.isEmpty, let verb = taskVerbTool, [MoveFile.name, CopyFile.name].contains(verb), toolNames.contains(verb),
            let source = taskPaths.first(where: { !Self.isFolder($0) }), existing.contains(source), path != source
        else { return nil }
        // To the new file's path, when the task gives its name ("copy the blank template,
        // timesheet.md in memory/work/templates, into memory/work/timesheets as 2027-week-19.md":
        // fresh25 2607, whose example kept the template's name).
        let name = AgentLoop.lastName(path)
        let call =
            taskPaths.contains(path) || fileNames.contains(name) && name != AgentLoop.lastName(source)
            ? "{\"name\": \"\(verb)\", \"arguments\": \(JSONValue.object(["from": .string(source), "to": .string(path)]).jsonText)}" : example(verb)
        return
            "the task \(verb == CopyFile.name ? "copies" : "moves") \(source), which exists; writing \(path) would make a new file instead. Call \(call)"
    }

    /// A list the task asks for, of the items it names ("a packing list with passport, charger
    /// and socks"), written as a sentence: refused with the items one per line.
    func notListed(_ path: String, _ content: String) -> String? {
        guard let listed, taskPaths.contains(path), taskWords.contains(where: { ["list", "listing", "line", "lines"].contains($0) }) else {
            return nil
        }
        let lines = content.lowercased().split(separator: "\n")
        let items = listed.split(separator: "\n").map { $0.dropFirst(2).lowercased() }
        guard !items.allSatisfy({ item in lines.contains { $0.contains(item) && $0.count <= item.count + 12 } }) else { return nil }
        return
            "the task asks for a list of \(items.joined(separator: ", ")): one per line. Call it like \(Self.writeCall(path: path, content: listed))"
    }

    /// A `SKILL.md` under `skills/NAME/` with no instructions: refused, saying what goes there.
    /// One without a front matter (or a broken one) is written mended (`mendedSkill`).
    func skillProblem(_ path: String, _ content: String) -> String? {
        mendedSkill(path: path, content: content) == .noInstructions ? skillWithoutInstructions(path) : nil
    }

    /// A skill's text: front matter with `name` and `description`, then `body`.
    static func skillText(name: String, description: String, body: String) -> String {
        "---\nname: \(name)\ndescription: \(yamlScalar(description))\n---\n" + body.trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
    }

    /// `text` as a YAML value on one line: as it is when plain, else in double quotes.
    static func yamlScalar(_ text: String) -> String {
        let plain = text.allSatisfy { $0.isLetter || $0.isNumber || " ,.()'/-".contains($0) } && text.first.map(\.isLetter) == true
        return plain ? text : JSONValue.string(text).jsonText
    }

    /// The first sentence of `text` with letters in it, Markdown marks dropped, at most 120
    /// characters cut at a word's end (a description); nil when there is none.
    static func firstSentence(_ text: String) -> String? {
        for line in text.split(separator: "\n") {
            var l = line.trimmingCharacters(in: .whitespaces)
            if let r = l.range(of: #"^(#+|[-*+]|\d+[.)])\s*"#, options: .regularExpression) { l.removeSubrange(r) }
            guard l.contains(where: \.isLetter), !l.hasPrefix("```") else { continue }
            // A sentence ends at ".", "!" or "?" before a space or the end, not inside a word
            // or a path ("memory/meetings/<date>.md", "e.g.x").
            let chars = Array(l)
            if let end = chars.indices.first(where: { ".!?".contains(chars[$0]) && ($0 + 1 == chars.count || chars[$0 + 1] == " ") }) {
                l = String(chars[...end])
            }
            l = l.trimmingCharacters(in: CharacterSet(charactersIn: " :"))
            guard l.count > 120 else { return l }
            // Cut at a word's end, not inside one (measured: "… it should come off the l").
            let cut = String(l.prefix(121))
            let words = cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(l.prefix(120))
            return words.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:-"))
        }
        return nil
    }

    /// The skill name a task gives ("named tidy-notes", "name: tidy-notes", "called x"), if
    /// it is a valid one.
    static func skillName(in task: String) -> String? {
        let tokens = task.split(whereSeparator: \.isWhitespace).map { bare(String($0)) }
        for (i, t) in tokens.enumerated() where ["named", "name", "called"].contains(t.lowercased()) && i + 1 < tokens.count {
            let name = tokens[i + 1]
            if SkillManifest.nameProblem(name) == nil, name.contains(where: \.isLetter), !["after", "the", "a", "an", "for", "it"].contains(name) {
                return name
            }
        }
        return nil
    }
}
