import Foundation
import StewardTools

extension Coaching {
    /// The tool a model most likely meant by a name it invented (small models say
    /// `rename_file`, `create_file`, `add_line`, `remove_file`, `ls`, …).
    public static func meant(_ name: String) -> String? {
        let n = name.lowercased()
        let table: [(String, [String])] = [
            (WriteScript.name, ["write_script", "create_script", "make_script", "script"]),
            (ExtractFromFile.name, ["extract", "pull", "collect", "find_email", "get_email"]),
            (MoveFile.name, ["rename", "move", "mv"]),
            (WriteFile.name, ["create", "write", "save", "new_file", "make_file"]),
            (AppendToFile.name, ["append", "add", "insert"]),
            (DeleteFile.name, ["delete", "remove", "rm", "unlink"]),
            (ReadFile.name, ["read", "open", "cat", "view", "show", "get_file"]),
            (ListFiles.name, ["list", "ls", "dir", "files"]),
            (ReplaceInFile.name, ["edit", "replace", "update", "modify", "patch", "change", "set_"]),
            (SearchFiles.name, ["search", "grep", "find"]), (CopyFile.name, ["copy", "cp", "duplicate"]),
            (ConvertFile.name, ["convert", "csv_to", "to_table", "to_markdown", "to_json"]),
            (Finish.name, ["finish", "done", "complete", "final", "answer"]),
        ]
        // A name's first word decides ("replace_files" is an edit), then any later word.
        let pick =
            table.first { _, words in words.contains { n.hasPrefix($0) } }
            ?? table.first { _, words in words.contains { n.contains("_" + $0) } }
        return pick?.0
    }

    /// Verbs of a task, as whole words, and the tool each asks for.
    static let taskVerbs: [String: String] = [
        "create": WriteFile.name, "write": WriteFile.name, "make": WriteFile.name,
        "save": WriteFile.name, "append": AppendToFile.name,
        "add": AppendToFile.name, "replace": ReplaceInFile.name, "change": ReplaceInFile.name,
        "update": ReplaceInFile.name,
        "edit": ReplaceInFile.name, "set": ReplaceInFile.name, "fix": ReplaceInFile.name,
        // A value changed, as people say it ("bump the timeout to 45", "raise the limit to 10").
        "bump": ReplaceInFile.name, "raise": ReplaceInFile.name, "lower": ReplaceInFile.name,
        "increase": ReplaceInFile.name, "decrease": ReplaceInFile.name, "adjust": ReplaceInFile.name,
        "modify": ReplaceInFile.name, "switch": ReplaceInFile.name, "swap": ReplaceInFile.name,
        "tweak": ReplaceInFile.name, "amend": ReplaceInFile.name,
        // Other everyday words for the same steps.
        "duplicate": CopyFile.name, "erase": DeleteFile.name, "trash": DeleteFile.name,
        "insert": AppendToFile.name, "relocate": MoveFile.name, "store": WriteFile.name,
        "rename": MoveFile.name, "move": MoveFile.name,
        "copy": CopyFile.name, "put": MoveFile.name, "delete": DeleteFile.name,
        "remove": DeleteFile.name, "list": ListFiles.name,
        "read": ReadFile.name, "correct": ReplaceInFile.name, "prepend": AppendToFile.name,
        "summarise": ReadFile.name, "summarize": ReadFile.name, "convert": ConvertFile.name,
        "turn": ConvertFile.name,
    ]

    /// The words of `task` that can be its verbs (`verbWords`): lowercased, split at what is
    /// not a letter, except that a path or a file's name ("copy.md") is one word "" and a hyphenated compound ("books-to-read",
    /// "read-only", "to-do") one word "-": they name things, they ask nothing.
    static func verbWords(in task: String) -> [String] {
        task.lowercased().split(whereSeparator: \.isWhitespace).flatMap { token -> [String] in
            if token.contains("/") || isFileName(bare(String(token))) { return [""] }
            return token.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map {
                $0.contains("-") ? "-" : String($0)
            }
        }
    }

    /// Words after which a verb's word is a noun ("the list", "my copy", "a change").
    static let determiners: Set<String> = [
        "the", "a", "an", "my", "your", "our", "his", "her", "their", "its", "this", "these", "those",
        "each", "every", "another", "no", "some", "any",
    ]

    /// The tool the task asks for: its first verb that names one ("Could you append a line…"
    /// is an append); "X instead of Y" is a replacement whatever its verb. A word after a
    /// determiner or a hyphenated compound is a noun ("my shopping list", "the to-do list").
    static func intent(of words: [String]) -> String? {
        let joined = " " + words.joined(separator: " ") + " "
        if joined.contains(" instead of ") { return ReplaceInFile.name }
        // What comes after "please" or "you" is the request ("My list of birthdays … Please fix
        // that line" fixes; "could you file the receipt with the others" moves).
        for (i, w) in words.enumerated().dropLast() where ["please", "you"].contains(w) {
            if words[i + 1] == "file" { return MoveFile.name }
            if words[i + 1] != "put", let tool = taskVerbs[words[i + 1]] { return tool }
        }
        let first = words.indices.first { i in
            taskVerbs[words[i]] != nil && (i == 0 || !determiners.contains(words[i - 1]) && words[i - 1] != "-")
        }.map { words[$0] }
        // "put a copy of A in B" is a copy.
        if first == "put" && words.contains("copy") { return CopyFile.name }
        return first.flatMap { taskVerbs[$0] }
    }

    /// The text a task asks to add: the first quoted phrase, else the words after "add" or
    /// "append" (past "a line saying" and the like) up to "to", "as", "at", "in"…
    static func addedText(in task: String) -> String? {
        if let q = quotedTexts(in: task).first { return q }
        let tokens = task.split(separator: " ").map(String.init)
        let stops: Set<String> = [
            "to", "as", "at", "in", "into", "on", "onto", "under", "below", "after", "above", "before",
        ]
        // A Markdown heading: "# Shopping" as written, or "a heading that says Shopping".
        if let heading = Self.heading(tokens) { return heading }
        guard
            let verb = tokens.firstIndex(where: {
                ["add", "append", "prepend", "insert"].contains(bare($0).lowercased())
            })
        else { return nil }
        // A label's value runs on to where the text says where it goes ("insert Wi-Fi password:
        // on the fridge before everything else": dev2 403, whose text was cut at "password").
        let placing: Set<[String]> = [
            ["before", "everything"], ["above", "everything"], ["at", "the"], ["to", "the"], ["at", "top"], ["in", "memory"], ["to", "memory"],
        ]
        let filler: Set<String> = [
            "a", "an", "line", "new", "item", "entry", "saying", "that", "says", "reading", "text",
        ]
        var words: [String] = []
        var labelled = false
        for (i, t) in tokens.enumerated().dropFirst(verb + 1) {
            let w = bare(t)
            if words.isEmpty && filler.contains(w.lowercased()) { continue }
            let next = i + 1 < tokens.count ? bare(tokens[i + 1]).lowercased() : ""
            if labelled
                ? placing.contains([w.lowercased(), next]) || next.contains("/") && stops.contains(w.lowercased()) : stops.contains(w.lowercased())
            {
                break
            }
            if w.contains("/") { break }
            if !labelled, t.hasSuffix(":"), i + 1 < tokens.count {
                words.append(t)
                labelled = true
                continue
            }
            words.append(w)
            if t != w && !t.hasSuffix("'s") { break }  // punctuation ends the phrase
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// The texts the task gives in quotes ("…", “…”, '…' or `…`), in the order it gives them,
    /// not paths or file names; an apostrophe inside a word ("it's", "March's") opens and closes
    /// nothing. The one parser of quotes: the coaching's added text, the plan's line to add and
    /// its checks all read quotes here.
    static func quotedTexts(in task: String) -> [String] {
        let pattern = #""([^"]+)"|“([^”]+)”|(?<![\p{L}\p{N}])'([^']+?)'(?![\p{L}\p{N}])|`([^`]+)`"#
        guard let re = try? NSRegularExpression(pattern: pattern) else { return [] }
        var found: [String] = []
        for m in re.matches(in: task, range: NSRange(task.startIndex..., in: task)) {
            for i in 1...4 {
                guard let r = Range(m.range(at: i), in: task) else { continue }
                let q = task[r].trimmingCharacters(in: .whitespaces)
                if q.count > 1, !q.contains("/"), !isFileName(q) { found.append(q) }
            }
        }
        return found
    }

    /// A word without the punctuation around it.
    static func bare(_ token: String) -> String {
        token.trimmingCharacters(in: CharacterSet(charactersIn: "\"'`.,;:!?()\u{201C}\u{201D}"))
    }

    /// The Markdown heading a task gives: "# Shopping" (marks and up to four words, to a
    /// punctuation mark or a word like "to"), or "a heading that says Shopping" ("saying",
    /// "called", "named" too) as "# Shopping"; nil when it gives none.
    static func heading(_ tokens: [String]) -> String? {
        let stops: Set<String> = [
            "to", "as", "at", "in", "into", "on", "onto", "under", "below", "after", "above", "before",
            "and",
        ]
        for (i, t) in tokens.enumerated() {
            var start: Int
            var marks = "#"
            if !t.isEmpty, t.count <= 6, t.allSatisfy({ $0 == "#" }) {
                (start, marks) = (i + 1, t)
            } else if ["heading", "title"].contains(bare(t).lowercased()), t == bare(t) {
                let says = tokens[(i + 1)...].prefix(2).map { bare($0).lowercased() }
                if says.first == "that" && says.count == 2 && ["says", "reads"].contains(says[1]) {
                    start = i + 3
                } else if let w = says.first, ["saying", "called", "named", "reading"].contains(w) {
                    start = i + 2
                } else {
                    continue
                }
            } else {
                continue
            }
            var words: [String] = []
            for t in tokens[min(start, tokens.count)...] {
                let w = bare(t)
                if stops.contains(w.lowercased()) || w.contains("/") || w.isEmpty { break }
                words.append(w)
                if t != w || words.count == 4 { break }  // punctuation ends it
            }
            if !words.isEmpty { return marks + " " + words.joined(separator: " ") }
        }
        return nil
    }
}
