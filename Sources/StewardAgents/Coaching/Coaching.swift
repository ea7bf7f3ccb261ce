import Foundation
import StewardCore
import StewardJSON
import StewardModels
import StewardTools

/// Coaching for small models: hints, guesses of the tool a model meant, whole example calls
/// built from the task, nudges towards the next step. A value computed from the task (the
/// paths and words it names) and the tools the agent has; what the conversation did so far
/// (paths worked on, changes, the last result read) is passed to each question. The
/// dispatcher and the loop ask it for texts; it runs nothing.
public struct Coaching: Sendable {
    /// The agent being coached (its first folder is the example's folder to list).
    let kind: AgentKind
    /// The tools the agent has, in the order it was offered them.
    let toolNames: [String]
    /// Each offered tool's JSON Schema, by name.
    let parameters: [String: JSONValue]
    /// The approved skills offered to the agent.
    let skills: AgentSkills
    /// Workspace paths the task names, in order (for concrete examples in corrections).
    let taskPaths: [String]
    /// Of `taskPaths`, those the routing put in brackets after the words that call them
    /// (`withNamedPaths`: "The garage (memory/car/garage.md) emailed …"), not the person's own.
    let routedPaths: Set<String>
    /// The task's own words, lowercased: not those inside the paths it names (`taskWords(in:)`).
    let taskWords: [String]
    /// The words of the file names the task names (`nameWords(in:)`): what its result is called.
    let nameWords: [String]
    /// The file names the task gives, bare or as its paths' last part ("2027-06.md").
    let fileNames: Set<String>
    /// "replace X with Y" (or "change X to Y") in the task, if it says so.
    let replacement: (String, String)?
    /// The text the task asks to add, if it says which.
    let added: String?
    /// The items the task lists ("passport, charger and socks") as a Markdown list, if it lists some.
    let listed: String?
    /// The paths the task names that are files on `main` when it starts (never a write's
    /// target in an example: a write over a file not read is refused).
    let existing: Set<String>
    /// The skill name the task gives ("named tidy-notes"), if it gives one.
    let skillName: String?
    /// What the task says the skill it asks for is for ("How to tidy a notes folder"), if it says.
    let skillPurpose: String?
    /// What the task asks to pull out of one file into another, if it does (`+routed`).
    let extraction: ExtractFromFile.Kind?
    /// The ready-made script the task asks for, if it asks for one (`+routed`).
    let script: ScriptRecipe?
    /// Whether the task adds its text before a file's first line (`+place`).
    let prepends: Bool
    /// `folder/*.ext` when the task deletes the files of a folder by their ending (`+place`).
    let deletePattern: String?
    /// The values the task gives ("30", "3 September"), for a setting's line (`+value`).
    let values: [String]
    /// At most how many sentences the task asks for, if it says (`+place`).
    let sentenceLimit: Int?
    /// The task's words that can be its verbs, lowercased, in order: a path is "" and a
    /// hyphenated compound "-" ("books-to-read" names a note, it asks no reading).
    let verbWords: [String]
    /// The texts on `main` of the files the task names, by path (a setting's line is known
    /// before any read: `+value`).
    let texts: [String: String]
    /// The paths the task says to keep, lowercased (`AgentLoop.keptPaths`): never deleted or
    /// moved away.
    let keptPaths: Set<String>

    /// Coaching for `task` done by a `kind` agent with `tools` (and `skills`).
    public init(
        task: String, kind: AgentKind, tools: [ToolDefinition], skills: AgentSkills = .none,
        existing: Set<String> = [], texts: [String: String] = [:]
    ) {
        self.existing = existing
        self.texts = texts
        self.verbWords = Self.verbWords(in: task)
        self.kind = kind
        self.toolNames = tools.map(\.name)
        self.parameters = Dictionary(
            tools.map { ($0.name, $0.parameters) }, uniquingKeysWith: { first, _ in first })
        self.skills = skills
        self.taskPaths = Self.paths(in: task)
        self.routedPaths = Set(taskPaths.filter { task.contains("(" + $0 + ")") })
        self.taskWords = Self.taskWords(in: task)
        self.nameWords = Self.nameWords(in: task)
        self.fileNames = Set(AgentLoop.fileNames(in: task) + taskPaths.map(AgentLoop.lastName))
        self.replacement = Self.replacement(in: task)
        self.added = Self.addedText(in: task)
        self.skillName = Self.skillName(in: task)
        self.skillPurpose = Self.skillPurpose(in: task)
        self.listed = Self.enumeration(in: task).map {
            $0.map { "- " + $0 }.joined(separator: "\n") + "\n"
        }
        self.extraction = Self.extraction(words: taskWords + nameWords, paths: taskPaths, existing: existing)
        self.script = Self.scriptRecipe(task: task, words: taskWords, paths: taskPaths)
        self.prepends = Self.prepends(task)
        self.deletePattern = Self.deletePattern(task, words: taskWords, paths: taskPaths)
        self.values = Self.values(in: task)
        self.sentenceLimit = Self.sentenceLimit(taskWords)
        self.keptPaths = AgentLoop.keptPaths(task)
    }

    /// X and Y of "replace X with Y", "change X to Y" or "from X to Y" (or of "Y, replacing X"
    /// when X has a figure and Y is the task's one other value written as X is): up to four words each
    /// as the task wrote them ("Owner: Sam"), quotes and the punctuation around them dropped;
    /// a punctuation mark, a path or a word like "in" ends Y.
    static func replacement(in task: String) -> (String, String)? {
        let tokens = task.split(separator: " ").map(String.init)
        let lower = tokens.map { bare($0).lowercased() }
        let stops: Set<String> = [
            "in", "and", "so", "for", "on", "at", "of", "everywhere", "throughout", "please", "but",
            // ("… to Rachel Adeyemi wherever she appears": fresh25 2606.)
            "wherever", "whenever", "where", "across",
        ]
        // When it holds, written in lower case ("goes from A3 to D5 this season": fresh33 3402,
        // whose berth was made "D5 this season"; not "This Is Us", a title).
        let when: Set<String> = ["this", "next", "until", "till", "from", "starting", "today", "tomorrow", "tonight"]
        let edges = CharacterSet(charactersIn: "\"'`.,;:!?\u{201C}\u{201D}")
        for (i, verb) in lower.enumerated() {
            let joiner: String
            switch verb {
            case "replace": joiner = "with"
            case "change", "rename", "from": joiner = "to"
            default: continue
            }
            // (Up to ten words: "change the pick-up point Tesco car park, Hollin Lane to …".)
            guard let j = lower[(i + 1)...].prefix(10).firstIndex(of: joiner), j > i + 1 else { continue }
            // "change the owner from Sam to Priya": the "from" finds X.
            if verb != "from" && lower[(i + 1)..<j].contains("from") { continue }
            var y: [String] = []
            for t in tokens[(j + 1)...].prefix(4) {
                let w = bare(t)
                if stops.contains(w.lowercased()) || when.contains(w) || w.contains("/") || w.isEmpty { break }
                y.append(t)
                if t.hasSuffix(",") || t.hasSuffix(";") || t.hasSuffix(".") || t.hasSuffix("?")
                    || t.hasSuffix("!")
                {
                    break
                }
            }
            let x = tokens[(i + 1)..<j].joined(separator: " ").trimmingCharacters(in: edges)
            // "From Aviva, policy AV-5521-0934, to Admiral, policy AD-7710-2286": Y has as many
            // parts between commas as X (fresh17 1802: "Admiral" alone was taken).
            if x.contains(", "), y.last?.hasSuffix(",") == true {
                let parts = x.components(separatedBy: ", ").count
                var more = y
                var commas = 1
                var k = j + 1 + y.count
                while k < tokens.count, more.count < 12 {
                    let t = tokens[k]
                    let w = bare(t)
                    if commas >= parts - 1, stops.contains(w.lowercased()) || w.contains("/") { break }
                    more.append(t)
                    k += 1
                    if t.hasSuffix(",") {
                        commas += 1
                        if commas >= parts { break }
                    }
                    if [".", ";", "?", "!"].contains(where: { t.hasSuffix($0) }) { break }
                }
                if more.joined(separator: " ").trimmingCharacters(in: edges).components(separatedBy: ", ").count == parts { y = more }
            }
            var to = y.joined(separator: " ").trimmingCharacters(in: edges)
            // "From KX19 LMN to the new one": the value the task gives elsewhere, written as X is
            // (fresh14 1506: "the new one" was written into three notes).
            if to.range(of: #"^(the|a|our|my) new( [a-z]+)?$"#, options: [.regularExpression, .caseInsensitive]) != nil {
                guard let given = alike(x, in: task) else { continue }
                to = given
            }
            if !x.isEmpty, !to.isEmpty, !x.contains("/") { return (x, to) }
        }
        // "My new plate, EL19 MAE, …, replacing YK19 RWT", "… in place of YK19 RWT" (fresh26
        // 2706): the value replaced, and the one other value the task writes as it is written.
        for i in lower.indices where lower[i] == "replacing" || (lower[i] == "in" && lower.dropFirst(i + 1).prefix(2) == ["place", "of"]) {
            var x: [String] = []
            for t in tokens.dropFirst(lower[i] == "replacing" ? i + 1 : i + 3).prefix(4) {
                let w = bare(t)
                if stops.contains(w.lowercased()) || w.contains("/") || w.isEmpty { break }
                x.append(w)
                if let end = t.last, ",;.?!".contains(end) { break }
            }
            let old = x.joined(separator: " ")
            if old.contains(where: \.isNumber), let new = alike(old, in: task) { return (old, new) }
        }
        return nil
    }

    /// The one other value in `task` written as `value` is (`shape`: "LB24 TZR" for "KX19
    /// LMN"), as many words long; nil when `value` has no figure (a word is written as any
    /// word is) or the task has none or several.
    static func alike(_ value: String, in task: String) -> String? {
        let n = value.split(separator: " ").count
        guard value.contains(where: \.isNumber) else { return nil }
        let words = task.split(separator: " ").map { bare(String($0)) }
        guard words.count >= n else { return nil }
        var found: Set<String> = []
        for i in 0...(words.count - n) {
            let w = words[i..<(i + n)].joined(separator: " ")
            if w != value, shape(w) == shape(value) { found.insert(w) }
        }
        return found.count == 1 ? found.first : nil
    }

    /// How `text` is written: each run of capitals "A", of small letters "a", of figures "9",
    /// anything else as it is ("KX19 LMN" → "A9 A").
    static func shape(_ text: String) -> String {
        var out = ""
        for c in text {
            let k: Character = c.isUppercase ? "A" : c.isLowercase ? "a" : c.isNumber ? "9" : c
            if out.last != k || !"Aa9".contains(k) { out.append(k) }
        }
        return out
    }

    /// The items of "A, B and C" (or "A, B, or C") in a task: three or more words, none a
    /// path (one word each: "passport, charger and socks"), not said with a "not" ("anything
    /// on loan, out or being repaired doesn't count").
    static func enumeration(in task: String) -> [String]? {
        let tokens = task.split(separator: " ").map(String.init)
        // Not one in brackets, which says what a field holds ("her days (Monday, Wednesday and
        // Thursday)": fresh18 1901, where the new note was refused for not listing the days).
        for (i, t) in tokens.enumerated() where t.hasSuffix(",") && !t.hasPrefix("(") {
            var items = [bare(t)]
            var j = i + 1
            while j < tokens.count, tokens[j].hasSuffix(",") {
                items.append(bare(tokens[j]))
                j += 1
            }
            // "A, B and C", or "A, B, and C".
            if j + 2 < tokens.count, !["and", "or"].contains(tokens[j].lowercased()) {
                items.append(bare(tokens[j]))
                j += 1
            }
            guard j + 1 < tokens.count, ["and", "or"].contains(tokens[j].lowercased()) else { continue }
            items.append(lastItem(tokens[(j + 1)...]))
            // Not what the task says does not count ("Anything on loan, out or being repaired
            // doesn't count": fresh18 1911, whose right list was refused for not listing them).
            let clause = tokens[max(0, i - 3)...min(tokens.count - 1, j + 2 + (items.last?.split(separator: " ").count ?? 0))]
            if clause.contains(where: {
                ["not", "no", "except", "anything", "nothing", "without"].contains(bare($0).lowercased()) || $0.lowercased().hasSuffix("n't")
            }) {
                continue
            }
            if items.count >= 3, items.allSatisfy({ !$0.isEmpty && !$0.contains("/") }) { return items }
        }
        return nil
    }

    /// The last item of a list, which may be several words ("vegetable stock", "The Hobbit"):
    /// up to four, to a punctuation mark, a path or a word that starts what follows ("one per
    /// line", "in memory/a.md").
    static func lastItem(_ tokens: ArraySlice<String>) -> String {
        let stops: Set<String> = [
            "in", "into", "to", "on", "at", "one", "each", "please", "so", "as", "then", "with", "under", "from", "and", "or", "for",
        ]
        var words: [String] = []
        for t in tokens.prefix(4) {
            let w = bare(t)
            if w.isEmpty || w.contains("/") || (!words.isEmpty && stops.contains(w.lowercased())) { break }
            words.append(w)
            if let c = t.last, ",.;:!?)".contains(c) { break }
        }
        return words.joined(separator: " ")
    }

    /// What the task most likely wants done first, from its first verb that names a tool
    /// ("Could you append a line…" is an append).
    /// A conversion convert_file cannot make ("turn the notes into a summary") starts by reading.
    /// "put" moves a file the task names into another place it names, else it writes.
    var taskVerbTool: String? {
        // A result made by code (an extraction, a ready-made script): its tool, whatever the verb.
        if let routed = routedTool { return routed }
        // Files of a folder deleted by their ending; a text put before a file's first line.
        if deletePattern != nil { return DeleteFile.name }
        if prepends, taskPaths.contains(where: existing.contains) { return AppendToFile.name }
        let intent = Self.intent(of: verbWords)
        // "put A in the B folder" moves A; "put milk and eggs in A" writes A.
        if intent == MoveFile.name, verbWords.first(where: { Self.taskVerbs[$0] != nil }) == "put",
            taskPaths.count < 2
        {
            return WriteFile.name
        }
        let files = taskPaths.filter { !Self.isFolder($0) }
        // A file on main saved as a new file of a type convert_file makes from it (a list to
        // .json, a .csv to a .md table): the conversion, whatever the verb ("take the titles from
        // A.md and save them to B.json").
        if [nil, WriteFile.name].contains(intent), files.count > 1, existing.contains(files[0]),
            !existing.contains(files[files.count - 1]), ConvertFile.converts(files[0], files[files.count - 1])
        {
            return ConvertFile.name
        }
        guard intent == ConvertFile.name else { return intent }
        return files.count > 1 && ConvertFile.converts(files[0], files[files.count - 1])
            ? intent : ReadFile.name
    }

    /// Whether the task changes the files it names in place (adds to them, replaces a text).
    var changesInPlace: Bool {
        taskVerbTool == AppendToFile.name || taskVerbTool == ReplaceInFile.name
    }

    /// Whether the task asks for something made from what it reads (a table, a summary), not a copy.
    /// The name of what it writes counts ("outputs/summary.md").
    var transformsWhatItReads: Bool { (taskWords + nameWords).contains { Self.transformingWords.contains($0) } }

    /// Words of a task that asks for something made from what is read, not a copy of it.
    static let transformingWords: Set<String> = [
        "convert", "summary", "summarise", "summarize", "summarising", "summarizing", "translate",
        "table", "turn", "rewrite", "reformat", "format",
        "sort", "shorten",
    ]

    /// The skill the task most likely means: the only one, or one the task names.
    var likelySkill: String? {
        let names = skills.skills.map(\.name)
        if names.count == 1 { return names.first }
        let words = taskWords.joined(separator: " ")
        return names.first {
            taskWords.contains($0) || words.contains($0.replacingOccurrences(of: "-", with: " "))
        }
    }
}
