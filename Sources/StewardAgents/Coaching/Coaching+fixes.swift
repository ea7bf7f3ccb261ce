import StewardJSON
import StewardTools

/// Calls put right: the model's own call with the one thing it got wrong changed (small models
/// copy a whole example, so the example is their call, mended).
extension Coaching {
    /// The call `tool` with `arguments`, its path put right, when the path is not one the task
    /// names and the task names a file it most likely meant: the only one with the same file
    /// name ("app.toml" for "memory/app.toml"), or, for a write, the only file the task names
    /// that no call has worked on yet ("words/words.md" when the task asks for
    /// "skills/words/scripts/words.py"). Nil when there is no such file.
    func withTaskPath(_ tool: String, arguments: [String: JSONValue], touched: Set<String>) -> (
        path: String, call: String
    )? {
        guard let key = pathKeys(of: tool).first, key != "to", let given = arguments[key]?.string,
            !taskPaths.contains(given)
        else { return nil }
        let files = taskPaths.filter { !Self.isFolder($0) }
        let name = given.split(separator: "/").last.map(String.init)
        let sameName = files.filter { $0.split(separator: "/").last.map(String.init) == name }
        let untouched = files.filter { !touched.contains($0) }
        let path =
            sameName.count == 1
            ? sameName[0] : tool == WriteFile.name && untouched.count == 1 ? untouched[0] : nil
        guard let path else { return nil }
        var args = arguments
        args[key] = .string(path)
        // A made-up sentence is no script: said in words (`spoken`), not carried over.
        if tool == WriteFile.name, Self.scriptLanguage(path) != nil,
            Self.isProse(args["content"]?.string ?? "")
        {
            args["content"] = .string(Self.placeholder)
        }
        return (path, Self.call(tool, args))
    }

    /// A whole call, name first (as models print calls; sorted keys would put "arguments" first).
    static func call(_ tool: String, _ arguments: [String: JSONValue]) -> String {
        "{\"name\": \"\(tool)\", \"arguments\": \(JSONValue.object(arguments).jsonText)}"
    }

    /// The edit a write over an existing file most likely meant, as a whole `replace_in_file`
    /// call: the model wrote a line of the file with a new value ("port = 9090" for a file
    /// holding "port = 8080"; "Owner: Priya" for "Owner: Sam"), as the whole new content. A
    /// line's key is what comes before its first `=` or `:`. Nil when no new line of `content`
    /// has the key of exactly one line of `old`.
    func editMeant(path: String, old: String, content: String) -> String? {
        guard toolNames.contains(ReplaceInFile.name) else { return nil }
        let oldLines = old.split(separator: "\n").map { String($0) }
        let kept = Set(oldLines.map { $0.trimmingCharacters(in: .whitespaces) })
        for line in content.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) })
        where !kept.contains(line) {
            guard let key = Self.key(line) else { continue }
            let matches = oldLines.filter { Self.key($0.trimmingCharacters(in: .whitespaces)) == key }
            if matches.count == 1 {
                return Self.call(
                    ReplaceInFile.name,
                    ["path": .string(path), "find": .string(matches[0]), "replace": .string(line)])
            }
        }
        return nil
    }

    /// The key of a `key = value` or `key: value` line, lowercased, spaces dropped; nil for a
    /// line without one (a short key of letters, digits, `_`, `-`, `.`, quoted or not, and a
    /// value after it that is not `{` or `[`; a `:` followed by a space, so that "at 10:30" is no key).
    static func key(_ line: String) -> String? {
        // A list item's entry ("- Lena: 30 February") is keyed by what follows its marker.
        var line = line
        if let r = line.range(of: #"^([-*+]|\d+[.)])\s+"#, options: .regularExpression) {
            line.removeSubrange(r)
        }
        let chars = Array(line)
        guard
            let i = chars.indices.first(where: {
                chars[$0] == "=" || (chars[$0] == ":" && $0 + 1 < chars.count && chars[$0 + 1] == " ")
            })
        else { return nil }
        let sep = line.index(line.startIndex, offsetBy: i)
        var key = line[..<sep].trimmingCharacters(in: .whitespaces).lowercased()
        // A JSON key ("night": 16) is keyed by its words; a value that opens an object or a
        // list ("schedule": {) is a section, not a setting.
        if key.count > 2, key.hasPrefix("\""), key.hasSuffix("\"") { key = String(key.dropFirst().dropLast()) }
        let value = line[line.index(after: sep)...].trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty, key.count <= 40, !value.isEmpty, value != "{", value != "[",
            key.allSatisfy({ $0.isLetter || $0.isNumber || "_-. ".contains($0) })
        else {
            return nil
        }
        return key.replacingOccurrences(of: " ", with: "")
    }

    /// `call` as the model should read it: a write whose content is the placeholder is said in
    /// words (a small model copies the placeholder itself, again and again, whatever the
    /// refusal says); any other call as it is.
    func spoken(_ call: String) -> String {
        guard call.contains("\"name\": \"\(WriteFile.name)\""), call.contains(Self.placeholder),
            let path = writeTarget(in: call)
        else { return call }
        // A skill: its instructions; Steward adds the front matter (`Coaching+skill`).
        if mendedSkill(path: path, content: "") == .noInstructions { return spokenSkillWrite(path) }
        let what =
            Self.scriptLanguage(path).map { "the \($0) that does what the task asks" }
            ?? "the whole text the task asks for"
        return
            "\(WriteFile.name) with \"path\": \"\(path)\" and, as \"content\", \(what), written out in full"
    }

    /// Whether what a read gave may be offered as the content of the next write: when the task
    /// copies or lists (the read is the content), or the read was a listing. A task that makes
    /// something from what it reads (extracts, summarises, converts) would get a copy of its
    /// source, which a small model writes as it is.
    func copiesWhatItReads(_ read: String) -> Bool {
        taskVerbTool == CopyFile.name || Self.material(read) != read
    }

    /// The replacement meant when `find` names a setting instead of quoting its line ("the
    /// port" or "port" for the line "port = 8080"; a leading "the" dropped) and `replace` is a
    /// value: a whole `replace_in_file` call of that line with its value set (`port = 9090`).
    /// Nil when `find` is no line's key (or more than one's), or `replace` holds a separator.
    func settingCall(path: String, text: String, find: String, replace: String) -> String? {
        var name = find.trimmingCharacters(in: .whitespaces)
        if name.lowercased().hasPrefix("the ") { name = String(name.dropFirst(4)) }
        guard let key = Self.key(name + " = x"), !replace.contains("="), !replace.contains(": ") else {
            return nil
        }
        let lines = text.split(separator: "\n").map(String.init).filter {
            Self.key($0.trimmingCharacters(in: .whitespaces)) == key
        }
        guard lines.count == 1, let sep = lines[0].firstIndex(where: { $0 == "=" || $0 == ":" }) else {
            return nil
        }
        let head = lines[0][...sep]
        let new =
            head + (lines[0][lines[0].index(after: sep)...].hasPrefix(" ") ? " " : "")
            + replace.trimmingCharacters(in: .whitespaces)
        return new == lines[0]
            ? nil
            : Self.call(
                ReplaceInFile.name,
                ["path": .string(path), "find": .string(lines[0]), "replace": .string(String(new))])
    }

    /// Whether `replace` reads as a setting's value rather than a name: no letters (a number,
    /// a date), a quoted text, or a truth value.
    static func isValue(_ replace: String) -> Bool {
        let r = replace.trimmingCharacters(in: .whitespaces)
        return !r.contains { $0.isLetter } || r.first?.isNumber == true || r.hasPrefix("\"")
            || r.hasPrefix("'")
            || ["true", "false", "yes", "no", "on", "off"].contains(r.lowercased())
    }
}
