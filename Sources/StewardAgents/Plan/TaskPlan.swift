import StewardJSON

/// What the model decided a task is (issue 19, "plan, then fill in a form"): one action and
/// the existing files it acts on, both picked from enums, so valid by construction. Code does
/// what is mechanical from there (`fileRecipe`, `contentRecipe`, `derivedRecipe`).
struct TaskPlan: Sendable, Hashable {
    enum Action: String, CaseIterable, Sendable {
        case create, replace, append, prepend, rename, move, copy, delete, summarise, extract, list, convert, skill, script, other

        /// One line each in the plan's prompt (measured with the 0.5B model: 40 of 45
        /// development wordings classified right with these lines and no tool block).
        var line: String {
            switch self {
            case .create: "make a new file with given content"
            case .replace: "change, fix, set or tick off a text or value inside an existing file"
            case .append: "add a line or entry at the end of an existing file"
            case .prepend: "add a line or entry at the top of an existing file"
            case .rename: "give an existing file a new name in the same folder"
            case .move: "move an existing file into another folder"
            case .copy: "copy an existing file, keeping the original"
            case .delete: "delete an existing file"
            case .summarise: "read a file and write a short summary of it to a new file"
            case .extract: "pick items (emails, links, dates, amounts) out of a file into a new file"
            case .list: "write the names of files in a folder into a new file"
            case .convert: "turn a file into another format (CSV, Markdown table, JSON) in a new file"
            case .skill: "write a skill (a SKILL.md file with name and description)"
            case .script: "write a small program or script"
            case .other: "anything else"
            }
        }

        /// Whether the action works on files that exist (changes, moves or reads them); the
        /// others only make new files, and their plan has no files.
        var actsOnFiles: Bool {
            switch self {
            case .create, .list, .skill, .script, .other: false
            default: true
            }
        }
    }

    var action: Action
    /// Existing files the task acts on (read, change, move, copy or delete), at most three.
    var files: [String]

    /// The folders whose files the plan may name: what the agents read and change.
    static let roots = ["memory/", "outputs/", "temp/", "skills/"]
    /// The most files offered in the enum (a longer prompt costs every task time).
    static let maxFiles = 200

    /// The action question: the actions, one line each, and the task; no files (a short
    /// prompt, and all a task with no recipe costs).
    static func actionQuestion(task: String) -> FormQuestion {
        let actions = Action.allCases.map { "- \($0.rawValue): \($0.line)" }.joined(separator: "\n")
        return FormQuestion(
            system: "Classify the person's task by the one action it asks for. Actions:\n\(actions)\n\nReply with JSON {\"action\": ACTION}.",
            user: task, schema: FormQuestion.object([("action", FormQuestion.oneOf(Action.allCases.map(\.rawValue)))]), maxTokens: 20,
            aliases: aliases)
    }

    /// The words of the actions' lines that are in one line only, each standing for that
    /// line's action: a model whose reply is not held to the enum answers with one ("set" for
    /// `replace`, measured with the 0.5B model, the list of actions said twice).
    static let aliases: [String: String] = {
        var seen: [String: Set<String>] = [:]
        for action in Action.allCases {
            for word in action.line.lowercased().split(whereSeparator: { !$0.isLetter }) where word.count >= 3 {
                seen[String(word), default: []].insert(action.rawValue)
            }
        }
        return seen.compactMapValues { $0.count == 1 ? $0.first : nil }
    }()

    /// The files question, once the action is known: which of the workspace's `files` (closest
    /// first) the task acts on, the action saying what "acts on" means; a file's title (its
    /// first line, in `titles`) shown after it, for a task that names a file by what it is
    /// ("the note about my dentist", a file called `notes-1.md`).
    /// `count`: how many files the task says it acts on ("both", "the two letters"), asked for
    /// exactly; nil: one to three.
    static func filesQuestion(task: String, action: Action, files: [String], titles: [String: String] = [:], count: Int? = nil)
        -> FormQuestion
    {
        let offered = Array(files.prefix(maxFiles))
        let shown = offered.map { f in titles[f].map { "\(f) (\($0))" } ?? f }
        let schema = FormQuestion.object([
            (
                "files",
                .object([
                    "type": "array", "items": FormQuestion.oneOf(offered), "minItems": .number(Double(count ?? 1)),
                    "maxItems": .number(Double(count ?? 3)),
                ])
            )
        ])
        let which = count.map { "Which \($0) existing files" } ?? "Which existing files"
        return FormQuestion(
            system: "The workspace has these files:\n\(shown.joined(separator: "\n"))\n\n"
                + "\(which) does the person's task \(action.rawValue) (\(action.line))? Reply with JSON {\"files\": [FILE, ...]}.",
            user: task, schema: schema, maxTokens: 80)
    }

    /// The most files shown with their titles (each title costs the question prompt tokens).
    static let mostTitled = 40

    /// A file's title as the files question shows it: its first line with text that is not a
    /// greeting, Markdown's `#` marks dropped, at most 50 characters; nil for an empty file.
    static func title(_ text: String, limit: Int = 50) -> String? {
        // Not a letter's greeting ("Dear parents,"): the line after it says what it is about
        // (fresh13 1404: three school letters, each titled "Dear parents,", one renamed at random).
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let greeting = #"^(dear|hi|hello|hey)\b[^.!?]{0,40}[,!:]?$"#
        guard let first = lines.first(where: { $0.range(of: greeting, options: [.regularExpression, .caseInsensitive]) == nil }) else {
            return nil
        }
        let t = first.drop { $0 == "#" || $0 == " " }
        return t.isEmpty ? nil : String(t.prefix(limit))
    }

    /// The titles of `texts` (by file) as the files question shows them (`title`); a title two
    /// files have is followed by the file's next line, which tells them apart (fresh14 1504:
    /// three scans, two titled "Warranty certificate", the washing machine's on the line
    /// after; the fridge freezer's was renamed).
    static func titles(_ texts: [String: String]) -> [String: String] {
        let first = texts.compactMapValues { title($0) }
        let shared = Dictionary(grouping: first.values, by: alike).filter { $0.value.count > 1 }
        return first.reduce(into: [:]) { out, pair in
            let (file, t) = pair
            guard shared[alike(t)] != nil, let text = texts[file], let second = title(text, after: t) else {
                out[file] = t
                return
            }
            out[file] = String((t + ": " + second).prefix(90))
        }
    }

    /// A title's words apart from its dates and numbers, lowercased: titles alike so say the
    /// same ("Voice memo, 2 May" and "Voice memo, 5 May": fresh15 1604, three memos told apart
    /// only by their dates, the first renamed for the speech the second held).
    static func alike(_ title: String) -> String {
        let months: Set<String> = [
            "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august",
            "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
        ]
        return title.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init).filter { !months.contains($0) && !$0.isEmpty }
            .joined(separator: " ")
    }

    /// The first line of `text` with text after the one that is `title`, Markdown's marks dropped.
    static func title(_ text: String, after title: String) -> String? {
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces).drop { $0 == "#" || $0 == " " } }.filter { !$0.isEmpty }
        guard let at = lines.firstIndex(where: { title.hasPrefix($0.prefix(50)) }), at + 1 < lines.count else { return nil }
        return String(lines[at + 1])
    }

    /// The files in `answer` that were offered, each once, at most three.
    static func files(_ answer: [String: JSONValue]?, offered: [String]) -> [String] {
        let allowed = Set(offered.prefix(maxFiles))
        var files: [String] = []
        for case .string(let f) in answer?["files"]?.array ?? [] where allowed.contains(f) && !files.contains(f) { files.append(f) }
        return Array(files.prefix(3))
    }
}
