import Foundation
import StewardCore
import StewardJSON
import StewardModels
import StewardSandbox
import StewardSkills
import StewardTools

/// Derived recipes (issue 19): a new file made from what is there — a summary, the items of
/// one kind pulled out of a file, a folder's file list, a conversion, a skill, a script. The
/// model picks from enums (the limit's unit, the kind of item, the folder, the ending) and
/// writes only what code cannot (the summary, the skill's text, the script's code); code
/// finds the paths the task names, lists, extracts and converts, and writes the frame. Each
/// question was measured on the development wordings with the 0.5B model (issue 19's figures
/// in the commit messages); what could not be asked well is left to the free loop. The summary,
/// the extract and the script have files of their own (`Recipe+summary`, `Recipe+extract`,
/// `Recipe+script`).
extension AgentLoop {
    /// The calls that do `plan`, or nil: no recipe, the free loop goes on.
    func derivedRecipe(_ plan: TaskPlan, _ state: inout LoopState) async -> [ToolCall]? {
        let task = state.messages.last { $0.role == .user }?.content ?? state.record.prompt
        switch plan.action {
        case .summarise: return await summaryRecipe(plan, task: task, &state)
        case .extract: return await extractRecipe(plan, task: task, &state)
        case .list: return await listRecipe(plan, task: task, &state)
        case .convert: return await convertRecipe(plan, task: task, &state)
        case .skill: return await skillRecipe(task: task, &state)
        case .script: return await scriptRecipe(task: task, &state)
        default: return nil
        }
    }

    /// The most of a file a question shows the model (a long prompt costs seconds a step).
    static let readLimit = 6_000

    // MARK: list

    /// The names of a folder's files (of one ending, if the task asks) into the new file the
    /// task names: the folder the task names, else asked from the folders there are but the
    /// new file's (with it offered, the model chose "outputs" in 4 of 6 wordings; without, 6
    /// of 6); the ending asked only when the folder holds more than one.
    func listRecipe(_ plan: TaskPlan, task: String, _ state: inout LoopState) async -> [ToolCall]? {
        guard toolbox.toolNames.contains(WriteFile.name), let to = await outputPath(task, not: plan.files, &state) else { return nil }
        let folders = await existingFolders()
        let inFolders = { (text: String) in
            Coaching.paths(in: text).map { String($0.trimmingCharacters(in: CharacterSet(charactersIn: "/"))) }.filter(folders.contains)
        }
        // The one folder the person's own words name, before those the routing added ("Every
        // recipe in memory/recipes has a Freezes line …. What's already in the freezer doesn't
        // matter here": fresh17 1811, whose list was of memory/freezer).
        let own = inFolders(state.record.prompt)
        let named = Set(own).count == 1 ? own : inFolders(task)
        var folder = Set(named).count == 1 ? named.first : nil
        let asked = Self.typeEndings(task)
        if folder == nil, !asked.isEmpty {
            // The one folder holding files of the type asked ("my spreadsheets").
            let holding = Set(
                await allFiles().filter { asked.contains(Self.ending($0)) && Self.folder(of: $0) != Self.folder(of: to) }.map {
                    String(Self.folder(of: $0).dropLast())
                })
            if holding.count == 1 { folder = holding.first }
        }
        if folder == nil {
            let offered = folders.filter { $0 + "/" != Self.folder(of: to) }
            guard !offered.isEmpty else { return nil }
            let q = FormQuestion(
                system: "Which folder's files does the person want listed? Reply with JSON {\"folder\": FOLDER}.", user: task,
                schema: FormQuestion.object([("folder", FormQuestion.oneOf(offered))]), maxTokens: 30)
            folder = await form(q, &state)?["folder"]?.string
        }
        guard let folder else { return nil }
        let files = ((try? await toolbox.workspace.listFiles(under: folder, in: await toolbox.readingProposal())) ?? []).map {
            String($0.path.dropFirst(folder.count + 1))
        }.filter { !$0.isEmpty }.sorted()
        guard !files.isEmpty else { return nil }
        // Listed first, as the checks want a write made from what was seen.
        let list = toolbox.toolNames.contains(ListFiles.name) ? [Self.call(ListFiles.name, ["folder": folder])] : []
        // "A list of the trip folders in memory/hikes": the folders in it, each once, by name.
        if Self.asksForFolders(state.record.prompt) {
            var names: [String] = []
            for f in files { if let slash = f.firstIndex(of: "/"), !names.contains(String(f[..<slash])) { names.append(String(f[..<slash])) } }
            guard !names.isEmpty else { return nil }
            return list + [Self.call(WriteFile.name, ["path": to, "content": ExtractFromFile.formatted(names, for: to)])]
        }
        var endings: [String] = []
        for f in files {
            let e = Self.ending(f)
            if !e.isEmpty, !endings.contains(e) { endings.append(e) }
        }
        var ending: String?
        // (Or one it says by its letters: ".gpx routes", "the GPX files", fresh31 3211; not one it
        // leaves out, "not the .tmp file".)
        let said = Self.saidEndings(Self.withoutPaths(state.record.prompt), among: endings)
        var chosen = endings.filter { asked.contains($0) || said.contains($0) }
        if endings.count > 1, chosen.isEmpty, Self.allFilesAsked(task) { chosen = endings }
        if endings.count > 1, chosen.isEmpty {
            let q = FormQuestion(
                system:
                    "The folder \(folder) has files ending in \(endings.joined(separator: ", ")). Which files of it does the person want listed: all, or only those with one ending? Reply with JSON {\"ending\": ENDING}.",
                user: task, schema: FormQuestion.object([("ending", FormQuestion.oneOf(["all"] + endings))]), maxTokens: 20)
            guard let answer = await form(q, &state)?["ending"]?.string else { return nil }
            ending = answer == "all" ? nil : answer
        }
        if ending != nil { chosen = [] }
        let kind = files.filter { chosen.isEmpty ? ending == nil || Self.ending($0) == ending : chosen.contains(Self.ending($0)) }
        // Not the files the task leaves out ("not the answer sheets", "without pupils.md",
        // "leave it off").
        let out = Self.leftOut(state.record.prompt, among: kind).union(Self.notRead(state.record.prompt, among: kind))
        var listed = kind.filter { !out.contains($0) }
        // "The 2027 ticket files": those whose names have the year (`Recipe+listFilter`).
        if let dated = Self.namedYear(state.record.prompt, among: listed) { listed = listed.filter(dated.contains) }
        // "The games that six people can play": those whose range on a line most files have holds
        // the number (fresh12 1311: all six games were listed).
        var texts: [String: String] = [:]
        for f in listed where listed.count <= 50 { texts[f] = await text(of: folder + "/" + f) }
        // "Whose Time line is 30 minutes or less": those whose measure is within it (`Recipe+listBound`).
        if let bound = Self.bound(state.record.prompt), let picked = Self.withinBound(bound, task: state.record.prompt, texts) {
            listed = listed.filter(picked.contains)
        } else if let often = Self.frequencyAsked(state.record.prompt), let picked = Self.atFrequency(often, texts) {
            // "The plants that need watering once a week": those whose "Water: weekly" says so
            // (`Recipe+listFrequency`).
            listed = listed.filter(picked.contains)
        } else if let month = Self.monthAsked(state.record.prompt), let picked = Self.inMonth(month, texts) {
            // "The seeds that can be sown in April": those whose "Sow: March to July" takes it in.
            listed = listed.filter(picked.contains)
        } else if let n = Self.countAsked(state.record.prompt) {
            if let within = Self.within(n, texts) { listed = listed.filter(within.contains) }
        } else if let picked = Self.byField(state.record.prompt, texts) {
            // "The books the club has already discussed": those whose "Status:" says so.
            listed = listed.filter(picked.contains)
        }
        // "Newest first", "the latest one at the top": by the dates in the names, else by the
        // date inside each file ("by the date of each gig": `Recipe+dateOrder`).
        if let newest = Self.dateOrder(state.record.prompt) {
            var inside: [String: [Int]] = [:]
            if listed.filter({ Self.dateKey($0) != nil }).count < 2 {
                for f in listed { if let key = await text(of: folder + "/" + f).flatMap(Self.dateKey(inText:)) { inside[f] = key } }
            }
            listed = Self.byDate(listed, newestFirst: newest, inside: inside)
        }
        guard !listed.isEmpty else { return nil }
        // "… with each one's title", "giving its file name and its title": each name with its
        // file's first line (fresh10 1111: the names alone).
        if Self.asksTitles(state.record.prompt) {
            var titled: [String] = []
            for f in listed { titled.append(await text(of: folder + "/" + f).flatMap { TaskPlan.title($0, limit: 200) }.map { f + ": " + $0 } ?? f) }
            listed = titled
        }
        return list + [Self.call(WriteFile.name, ["path": to, "content": ExtractFromFile.formatted(listed, for: to)])]
    }

    /// Whether a list's words ask for each file's title: "title", "titles", "heading" or
    /// "headings".
    static func asksTitles(_ task: String) -> Bool {
        Coaching.taskWords(in: task).contains(where: ["title", "titles", "heading", "headings"].contains)
    }

    /// The endings of the file types a task's words name, its paths left out: an ending itself
    /// (".csv", "csv files") or a kind of file ("spreadsheets", "markdown notes", "pictures").
    /// Measured: asked "all, or one ending?", the model answered "all" for six invented
    /// wordings, five of them asking for one type (1 of 6); by these words, 6 of 6.
    static func typeEndings(_ task: String) -> Set<String> {
        let tokens = words(task)
        let kinds: [([String], [String])] = [
            (["csv", "spreadsheet", "spreadsheets"], [".csv", ".tsv", ".xlsx", ".xls", ".ods"]),
            (["markdown", "md"], [".md", ".markdown"]), (["txt"], [".txt"]), (["json"], [".json"]), (["pdf", "pdfs"], [".pdf"]),
            (
                ["picture", "pictures", "photo", "photos", "image", "images", "jpg", "jpeg", "png"],
                [".jpg", ".jpeg", ".png", ".gif", ".heic", ".webp"]
            ),
            (["yaml", "yml"], [".yaml", ".yml"]), (["toml"], [".toml"]), (["python"], [".py"]), (["shell"], [".sh"]), (["log", "logs"], [".log"]),
        ]
        let textFiles = wordsInOrder(task).joined(separator: " ").range(of: #"\btext files?\b"#, options: .regularExpression) != nil ? [".txt"] : []
        return Set(kinds.filter { $0.0.contains(where: tokens.contains) }.flatMap(\.1) + textFiles)
    }

    /// The endings of `endings` the task says: dotted (".gpx"), in capitals ("GPX"), or before
    /// "file" or "files" ("gpx files"); not where a word that leaves it out comes in the four
    /// words before ("not the .tmp file", "skip the half-downloaded .tmp file"), nor where its
    /// clause says after it that it is no such file ("The .bak file is just a backup": fresh28
    /// 2911).
    static func saidEndings(_ task: String, among endings: [String]) -> Set<String> {
        let leaving: Set<String> = ["not", "skip", "without", "except", "leave", "leaving", "excluding", "ignore", "ignoring", "but", "no"]
        let other: Set<String> = ["backup", "backups", "isn", "aren", "copy", "copies", "partial", "temporary", "leftover", "unfinished"]
        var said: Set<String> = []
        for ending in endings {
            let letters = NSRegularExpression.escapedPattern(for: String(ending.dropFirst()))
            let pattern = #"(?<![\w.])\."# + letters + #"\b|\b"# + letters.uppercased() + #"\b|(?i:\b"# + letters + #"\s+files?\b)"#
            guard !letters.isEmpty, let re = try? NSRegularExpression(pattern: pattern) else { continue }
            for m in re.matches(in: task, range: NSRange(task.startIndex..., in: task)) {
                guard let r = Range(m.range, in: task) else { continue }
                let before = words(of: String(task[..<r.lowerBound])).suffix(4)
                let clause = task[r.upperBound...].prefix { !".,;!?".contains($0) }
                let after = words(of: String(clause.components(separatedBy: " and ").first ?? "")).prefix(6)
                if !before.contains(where: leaving.contains), !after.contains(where: other.contains) { said.insert(ending) }
            }
        }
        return said
    }

    /// Whether the task asks for a folder's folders, not its files: "subfolders", "folders" or
    /// "folder names", and "files" only as what to leave out ("without the files"). Folders the
    /// listed things are in do not count ("what's in the piano and guitar folders", "sorted into
    /// subfolders", "subfolders included": measured, a list of sheet music became "- guitar",
    /// "- piano").
    static func asksForFolders(_ task: String) -> Bool {
        let w = Coaching.taskWords(in: task)
        let places: Set<String> = ["in", "into", "inside", "including", "within", "from"]
        let after: Set<String> = ["included", "too", "inside"]
        let listed = w.indices.contains { (i: Int) -> Bool in
            guard w[i] == "folders" || w[i] == "subfolders" else { return false }
            let before: ArraySlice<String> = w[max(0, i - 5)..<i]
            let next: String = i + 1 < w.count ? w[i + 1] : ""
            return !before.contains(where: places.contains) && !after.contains(next)
        }
        guard listed || zip(w, w.dropFirst()).contains(where: { $0 == "folder" && $1 == "names" }) else { return false }
        return !w.indices.contains { i in w[i] == "files" && !w[max(0, i - 2)..<i].contains(where: ["without", "not", "no"].contains) }
    }

    /// Whether the task asks for every file ("all the files", "every file").
    static func allFilesAsked(_ task: String) -> Bool {
        task.lowercased().range(of: #"\b(all( of)?( the| my)? files|every file|each file)\b"#, options: .regularExpression) != nil
    }

    /// Every file under the agents' folders as the task's proposal has them.
    func allFiles() async -> [String] {
        let proposal = await toolbox.readingProposal()
        var all: [String] = []
        for root in TaskPlan.roots { all += ((try? await toolbox.workspace.listFiles(under: root, in: proposal, limit: 2_000)) ?? []).map(\.path) }
        return all
    }

    /// ".md" of "a/b.md", "" when the name has no ending.
    static func ending(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[dot...]).lowercased()
    }

    // MARK: convert

    /// The plan's file converted by `convert_file` into the new file the task names, when the
    /// tool converts between their two endings; nothing is asked but where it goes.
    func convertRecipe(_ plan: TaskPlan, task: String, _ state: inout LoopState) async -> [ToolCall]? {
        guard toolbox.toolNames.contains(ConvertFile.name), let source = await sourceFile(plan, task: task),
            let to = await outputPath(task, not: [source], &state), ConvertFile.converts(source, to)
        else { return nil }
        var args = ["from": source, "to": to]
        if Self.asksLists(task) { args["values"] = "lists" }
        // A Markdown list to CSV: the columns the person's words give (`Recipe+convertColumns`).
        if source.lowercased().hasSuffix(".md"), to.lowercased().hasSuffix(".csv"), let text = await text(of: source),
            ConvertFile.tableRows(markdown: text) == nil,
            let columns = Self.columnNames(state.record.prompt)
        {
            args["columns"] = columns.joined(separator: ", ")
        }
        // Of CSV, JSON or "key: value" records, the rows and columns the task asks (`Recipe+convertRows`),
        // written as the tool writes them. (Not a Markdown table's: "with its title, author and
        // due date" of a "Due back" column left the dates out, fresh23 2412.)
        if toolbox.toolNames.contains(WriteFile.name), [".csv", ".tsv", ".json", ".txt"].contains(where: source.lowercased().hasSuffix),
            let text = await text(of: source), let all = ConvertFile.rows(of: source, text: text),
            let rows = Self.askedRows(state.record.prompt, all), let content = ConvertFile.written(rows, as: to)
        {
            return Self.readFirst(source, tools: toolbox.toolNames) + [Self.call(WriteFile.name, ["path": to, "content": content])]
        }
        return [Self.call(ConvertFile.name, args)]
    }

    /// Whether a conversion's words give each thing a list ("mapping each door to a list of
    /// the people with its key"): "each" and, later in the sentence, "a list of", "lists of" or
    /// "an array of" (not "my list of wines", the list converted).
    static func asksLists(_ task: String) -> Bool {
        task.lowercased().split(whereSeparator: { ".;!?".contains($0) }).contains { sentence in
            let w = Coaching.taskWords(in: String(sentence))
            guard let each = w.firstIndex(of: "each") else { return false }
            return zip(w[each...], w[each...].dropFirst()).contains { ["list", "lists", "array", "arrays"].contains($0) && $1 == "of" }
        }
    }

    // MARK: skill

    /// A `SKILL.md`: its name, description and steps asked as one form (6 of 6 development
    /// wordings with the name the task gives, a description and steps about the task's
    /// subject); code writes the front matter and the body (a title from the name, the
    /// description, the steps numbered). The path is the one the task names, else
    /// `skills/NAME/SKILL.md`.
    func skillRecipe(task: String, _ state: inout LoopState) async -> [ToolCall]? {
        guard toolbox.toolNames.contains(WriteFile.name) else { return nil }
        let q = FormQuestion(
            system:
                "Write the skill the person asks for: its name (lowercase words joined by hyphens, as the task gives it), a one-line description of what it is for, and its steps. Reply with JSON {\"name\": NAME, \"description\": TEXT, \"steps\": [STEP, ...]}.",
            user: task,
            schema: FormQuestion.object([
                ("name", .object(["type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": .number(40)])),
                ("description", .object(["type": "string", "maxLength": .number(160)])),
                (
                    "steps",
                    .object([
                        "type": "array", "items": .object(["type": "string", "maxLength": .number(160)]), "minItems": .number(3),
                        "maxItems": .number(6),
                    ])
                ),
            ]), maxTokens: 450)
        guard let answer = await form(q, &state), let said = answer["name"]?.string,
            let whole = answer["description"]?.string.map({ Self.uncut(Self.cleanLine($0), limit: 160) }),
            let description = Coaching.firstSentence(whole), Self.wordCount(description) >= 2
        else { return nil }
        // The name and folder the task gives are taken as it gives them: the model, asked for
        // the name, wrote the folder's for "skills/tidy-memory/SKILL.md named tidy-notes".
        // The person's own words: not a skill the routing found for "like the weekly-review
        // skill" (fresh17 1813, which wrote over that one).
        let folder = Set(Coaching.paths(in: state.record.prompt).compactMap(Self.skillFolder))
        guard folder.count <= 1, let name = Coaching.skillName(in: task) ?? folder.first ?? Optional(said),
            SkillManifest.nameProblem(name) == nil
        else { return nil }
        // The files the skill works on, as the task names them: by their paths where the model
        // wrote their bare names ("Open the fuel-log.csv file").
        let used = Coaching.paths(in: state.record.prompt).filter { !Coaching.isFolder($0) && !$0.hasPrefix("skills/") }
        // Folders too, where a step cut one short ("in outputs/." for outputs/replies/).
        let places = used + Coaching.paths(in: state.record.prompt).filter { Coaching.isFolder($0) && !$0.hasPrefix("skills/") }
        var steps = (answer["steps"]?.array ?? []).compactMap { $0.string.map { Self.withPaths(Self.cleanLine($0), places) } }
            .filter { Self.wordCount($0) >= 3 }
        // The steps the task lists ("It should thank the person, decline kindly …, offer to meet
        // up another time, and save the draft in outputs/replies"), when the model's leave out
        // one of their verbs (fresh11 1213: "thank" was left out).
        if let listed = Self.listedSteps(state.record.prompt) {
            let written = Set(Self.words(of: steps.joined(separator: " ")).map(Self.stem))
            if listed.contains(where: { s in Self.words(of: s).first.map { !written.contains(Self.stem($0)) } ?? false }) {
                steps = Self.imperative(listed).map { Self.withPaths($0.prefix(1).uppercased() + $0.dropFirst() + ".", places) }
            }
        }
        guard !steps.isEmpty else { return nil }
        let path = "skills/\(folder.first ?? name)/SKILL.md"
        guard writable(path) else { return nil }
        let title = name.split(separator: "-").joined(separator: " ")
        var body =
            // The body has the whole description; the front matter its first sentence, at most 120
            // characters (cut there, "… each action's owner" was lost from both).
            "# " + title.prefix(1).uppercased() + title.dropFirst() + "\n\n" + Self.withPaths(whole, used) + "\n\n"
            + steps.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n")
        // A file the steps leave out, or a thing the skill is to do with the files it names: the
        // person's own sentence that says so (measured: a fuel-log skill whose steps never said
        // which CSV file; fresh15 1613, a birthday skill whose steps and cut description left
        // out "with an idea for a present for each").
        let missing = used.filter { !body.contains($0) }
        let written = Set(Self.words(of: body).map(Self.stem))
        // What comes after the last file a sentence names says what goes in it ("… put them in
        // outputs/upcoming-birthdays.md, with an idea for a present for each"); a sentence
        // naming a file with three words of what to do the body does not have says how
        // ("… that looks at plants.csv, where each plant has the date it was last watered and
        // how many days it goes between waterings, and writes …": fresh31 3213, whose steps
        // never said how often).
        let unwritten = { (text: String) in
            Self.words(of: text).filter { $0.count > 3 && !Self.commonWords.contains($0) && !written.contains(Self.stem($0)) }
        }
        let told = Self.sentences(state.record.prompt).filter { s in
            guard !missing.contains(where: s.contains) else { return true }
            guard let last = used.compactMap({ s.range(of: $0, options: .backwards) }).max(by: { $0.upperBound < $1.upperBound }) else {
                return false
            }
            return !unwritten(String(s[last.upperBound...])).isEmpty || Set(unwritten(Self.withoutPaths(s))).count >= 3
        }
        if !told.isEmpty { body += "\n\n" + told.map(Self.asInstruction).joined(separator: " ") }
        // A skill of dates due or coming up says from when ("the ones running out in the next six
        // months": fresh32 3313, whose body never said today's date).
        if Self.matches(state.record.prompt, #"\b(next|coming|within|overdue|due|running out|runs? out|expir\w*|upcoming)\b"#),
            !Self.matches(body, #"\btoday|current date|\bnow\b"#)
        {
            body += "\n\nCount from today's date."
        }
        return [Self.call(WriteFile.name, ["path": path, "content": Coaching.skillText(name: name, description: description, body: body)])]
    }

    /// `text` as the model wrote it, or, when it ran to the reply's `limit` and ends with no
    /// full stop, up to its last
    /// whole word, a word that joins ("and", "or", "the") dropped, with a full stop
    /// (fresh19 2013: a skill's description ended "… pantry.md and w").
    static func uncut(_ text: String, limit: Int) -> String {
        guard (limit - 3...limit).contains(text.count), let end = text.last, !".!?)\"".contains(end), let space = text.lastIndex(of: " ") else {
            return text
        }
        var out = String(text[..<space])
        while let last = out.split(separator: " ").last, ["and", "or", "the", "a", "an", "to", "of", "in", "with"].contains(last.lowercased()) {
            out = String(out.dropLast(last.count)).trimmingCharacters(in: .whitespaces)
        }
        return out.trimmingCharacters(in: CharacterSet(charactersIn: " ,;")) + "."
    }

    /// Listed steps said of the skill ("reads …, gathers …, leaves out … and writes …") as
    /// instructions ("read …", "gather …", "leave out …", "write …": fresh19 2013, whose steps
    /// read "Leaves out …"); a step's " and " before another such verb starts a step of its own.
    static func imperative(_ steps: [String]) -> [String] {
        let third = { (w: String) in w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") && w.allSatisfy(\.isLetter) }
        // A part that says where or which of the one before is that one's ("looks at
        // expiry.yaml, where each document has its expiry date, and writes …": fresh32 3313).
        var steps = steps
        for i in steps.indices.dropFirst().reversed()
        where ["where", "which", "whose", "who", "when"].contains(steps[i].split(separator: " ").first.map { $0.lowercased() } ?? "") {
            steps[i - 1] += ", " + steps[i]
            steps.remove(at: i)
        }
        guard steps.allSatisfy({ $0.split(separator: " ").first.map { third(String($0)) } ?? false }) else { return steps }
        let base = { (w: String) -> String in
            if w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
            if ["ches", "shes", "sses", "xes", "zes", "oes"].contains(where: w.hasSuffix) { return String(w.dropLast(2)) }
            return String(w.dropLast())
        }
        return steps.flatMap { step -> [String] in
            var parts: [String] = []
            var current: [String] = []
            let words = step.split(separator: " ").map(String.init)
            for (i, w) in words.enumerated() {
                if w == "and", i + 1 < words.count, third(words[i + 1]), !current.isEmpty {
                    parts.append(current.joined(separator: " "))
                    current = []
                    continue
                }
                current.append(current.isEmpty ? base(w) : w)
            }
            return parts + [current.joined(separator: " ")]
        }
    }

    /// A person's sentence about a skill as its instruction: "It should check …" is "Check …".
    /// The ask for a skill "that" does things is those things: "Could you write me a skill
    /// called watering-due that looks at a.csv, …, and writes …?" is "Look at a.csv, … and
    /// write …."
    static func asInstruction(_ sentence: String) -> String {
        if let r = sentence.range(of: #"^[^.]*?\bskill\b[^.]*?\b(that|which) (?=[a-z]+s\b)"#, options: .regularExpression) {
            let parts = imperative([String(sentence[r.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: " .?!"))])
            let said = parts.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " ,")) }.joined(separator: " and ")
            return said.prefix(1).uppercased() + said.dropFirst() + "."
        }
        guard let r = sentence.range(of: #"^(It|The skill|This skill) (should|must|will|needs to|has to) "#, options: .regularExpression),
            let first = sentence[r.upperBound...].first
        else { return sentence }
        return first.uppercased() + sentence[r.upperBound...].dropFirst()
    }

    /// `text` with each of `paths` written whole where it has only the file's name.
    static func withPaths(_ text: String, _ paths: [String]) -> String {
        var out = text
        for path in paths where !out.contains(path) {
            let name = lastName(path)
            guard name != path else { continue }
            // The name as a word of its own, not inside another ("memory-freezer.md" stays:
            // measured, it became "memory-memory/freezer.md"); a folder's name is a word too.
            if !Coaching.isFolder(path) {
                let alone = "(?<![A-Za-z0-9/_.-])" + NSRegularExpression.escapedPattern(for: name) + "(?![A-Za-z0-9_-])"
                out = out.replacingOccurrences(of: alone, with: NSRegularExpression.escapedTemplate(for: path), options: .regularExpression)
            }
            // Cut short to a folder above it ("save the draft in outputs/." for outputs/replies/,
            // fresh11 1213): the whole path.
            let parts = path.split(separator: "/")
            for n in stride(from: parts.count - 1, through: 1, by: -1) where !out.contains(path) {
                let parent = parts.prefix(n).joined(separator: "/") + "/"
                let pattern = "(?<![A-Za-z0-9/_.-])" + NSRegularExpression.escapedPattern(for: parent) + "(?![A-Za-z0-9_-])"
                if let r = out.range(of: pattern, options: .regularExpression) { out.replaceSubrange(r, with: path) }
            }
        }
        return out
    }

    /// The steps a task lists for a skill: after ": ", "should " or "that ", three to eight
    /// parts joined by commas and "and", each of two to twelve words, starting with a
    /// lowercase word that is not "a", "an" or "the" ("thank the person, decline kindly
    /// without a long excuse, …"); nil when it lists none.
    static func listedSteps(_ task: String) -> [String]? {
        for sentence in sentences(task) {
            for marker in [": ", " should ", " that "] {
                var rest = sentence[...]
                while let r = rest.range(of: marker) {
                    let tail = sentence[r.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " .!?"))
                    let parts = tail.replacingOccurrences(of: ", and ", with: ", ").components(separatedBy: ", ")
                        .map { $0.trimmingCharacters(in: .whitespaces) }
                    let stepLike = { (p: String) in
                        let w = p.split(separator: " ")
                        return (2...12).contains(w.count) && w[0].first?.isLowercase == true && !["a", "an", "the"].contains(String(w[0]))
                    }
                    if (3...8).contains(parts.count), parts.allSatisfy(stepLike) { return parts }
                    rest = sentence[r.upperBound...]
                }
            }
        }
        return nil
    }

    /// "x" of a path the task names for a skill: "skills/x/SKILL.md", "skills/x" or "skills/x/".
    static func skillFolder(_ path: String) -> String? {
        let parts = path.split(separator: "/").map(String.init)
        guard parts.first == "skills", parts.count == 2 || (parts.count == 3 && parts[2] == "SKILL.md"), !parts[1].contains(".") else {
            return nil
        }
        return parts[1]
    }

    // MARK: paths

    /// The file the task reads: the plan's first, else the one existing file the task names.
    func sourceFile(_ plan: TaskPlan, task: String) async -> String? {
        if let first = plan.files.first { return first }
        var found: [String] = []
        for p in Coaching.paths(in: task) where !Coaching.isFolder(p) && !found.contains(p) {
            if await text(of: p) != nil { found.append(p) }
        }
        return found.count == 1 ? found[0] : nil
    }

    /// The new file the task writes: the one file it names that is not there yet (nor one of
    /// `not`); among several, asked from them; when it names none, asked as a path (34 of 36
    /// development wordings right; the task's own path, 36 of 36).
    func outputPath(_ task: String, not: [String], _ state: inout LoopState) async -> String? {
        var fresh: [String] = []
        for p in Coaching.paths(in: task) where !Coaching.isFolder(p) && !not.contains(p) && !fresh.contains(p) && writable(p) {
            if await text(of: p) == nil { fresh.append(p) }
        }
        if fresh.count == 1 { return fresh[0] }
        if fresh.isEmpty, let placed = await namedInAFolder(task) { return placed }
        let pattern = "^(memory|outputs|temp|skills)/[A-Za-z0-9._/-]+\\.[A-Za-z0-9]+$"
        let schema: JSONValue =
            fresh.isEmpty ? .object(["type": "string", "pattern": .string(pattern), "maxLength": .number(160)]) : FormQuestion.oneOf(fresh)
        let q = FormQuestion(
            system: (not.isEmpty ? "Workspace files:\n" + not.joined(separator: "\n") + "\n" : "")
                + "Which new file does the person's task ask to write? Reply with JSON {\"path\": PATH}.",
            user: task, schema: FormQuestion.object([("path", schema)]), maxTokens: 50)
        guard let path = await form(q, &state)?["path"]?.string, path.range(of: pattern, options: .regularExpression) != nil, writable(path),
            !not.contains(path)
        else { return nil }
        return path
    }

    /// A new file the task gives by its bare name and the folder it names or calls by its name
    /// ("… in my cat-sitting folder under memory? Name it feeding-rota.md"): the file there
    /// (measured: asked, the 0.5B model answered memory/feeding-rota.md). Nil unless there is
    /// one such name and one such folder, and no file there by that name.
    func namedInAFolder(_ task: String) async -> String? {
        let paths = Coaching.paths(in: task)
        let bare = Set(Self.fileNames(in: task).filter { n in !paths.contains { $0 == n || $0.hasSuffix("/" + n) } })
        guard bare.count == 1, let name = bare.first else { return nil }
        let folders = await existingFolders()
        let told = Set(paths.filter(Coaching.isFolder).map(Coaching.withoutSlash).filter(folders.contains))
        let called = folders.filter { Self.callsFolder(task, Self.lastName($0)) }
        guard let place = told.count == 1 ? told.first : told.isEmpty && called.count == 1 ? called.first : nil else { return nil }
        let path = place + "/" + name
        guard writable(path), await text(of: path) == nil else { return nil }
        return path
    }
}
