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
/// in the commit messages); what could not be asked well is left to the free loop.
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

    // MARK: summarise

    /// A summary of the plan's file within the limit the task states: the unit asked from an
    /// enum and the count from the numbers the task has (asked for a number, the model wrote
    /// 1 or 100 for "at most 25 words": 4 of 6; from an enum of the task's numbers, 6 of 6),
    /// then the summary asked with the file's text only (with the task beside it, it wrote
    /// "Summary of the email from the insurance, 28 November": 5 of 6; without, 6 of 6), cut
    /// to the limit by code. Points are asked as sentences stating the text's facts (asked
    /// for "short points", it wrote labels such as "Yearly price increase" in 2 of 4 replies
    /// on the insurance email; as sentences with dates, amounts and names, 0 of 4 replies).
    func summaryRecipe(_ plan: TaskPlan, task: String, _ state: inout LoopState) async -> [ToolCall]? {
        guard toolbox.toolNames.contains(WriteFile.name), let source = await sourceFile(plan, task: task),
            let text = await text(of: source), !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
            let to = await outputPath(task, not: [source], &state),
            let limit = await summaryLimit(task, &state)
        else { return nil }
        let clipped = String(text.prefix(Self.readLimit))
        let content: String
        switch limit.unit {
        case .points, .lines:
            let q = FormQuestion(
                system:
                    "Summarise the text in at most \(limit.count) points, each a short sentence that states a fact of the text with its dates, amounts and names; no title. Reply with JSON {\"points\": [SENTENCE, ...]}.",
                user: "Text:\n" + clipped,
                schema: FormQuestion.object([
                    (
                        "points",
                        .object([
                            "type": "array", "items": .object(["type": "string", "maxLength": .number(200)]), "minItems": .number(1),
                            "maxItems": .number(Double(limit.count)),
                        ])
                    )
                ]), maxTokens: limit.count * 40 + 25)
            let said = (await form(q, &state)?["points"]?.array ?? []).compactMap { Self.cleanLine($0.string ?? "") }
            let points = Self.factualPoints(said, of: text)
            guard !points.isEmpty else { return nil }
            content = points.prefix(limit.count).map { (limit.unit == .points ? "- " : "") + Self.trimmed($0, words: 30) }.joined(separator: "\n")
        case .sentences, .words:
            let words = limit.words
            let said =
                limit.unit == .words
                ? "at most \(limit.count) words"
                : (limit.count == 1 ? "one short sentence" : "\(limit.count) short sentences") + " (at most \(words) words)"
            let q = FormQuestion(
                system: "Summarise the text in \(said). State its main facts; no title. Reply with JSON {\"summary\": TEXT}.",
                user: "Text:\n" + clipped, schema: FormQuestion.object([("summary", .object(["type": "string"]))]),
                maxTokens: words * 3 / 2 + 25)
            guard let summary = await form(q, &state)?["summary"]?.string.map({ Self.cleanLine($0) }), Self.wordCount(summary) >= 2 else {
                return nil
            }
            // No more sentences than asked: the words' limit alone let three short ones through
            // for "in two sentences".
            let kept = limit.unit == .sentences ? Self.sentences(summary).prefix(limit.count).joined(separator: " ") : summary
            content = Self.trimmed(kept, words: words)
        }
        return Self.readFirst(source, tools: toolbox.toolNames) + [Self.call(WriteFile.name, ["path": to, "content": content + "\n"])]
    }

    /// A `read_file` of `source` before a write made from it: the checks refuse a write made
    /// from a file the task has not read (measured: the first real-model summary was refused
    /// so, and the free loop read the file and wrote its own).
    static func readFirst(_ source: String, tools: [String]) -> [ToolCall] {
        tools.contains(ReadFile.name) ? [call(ReadFile.name, ["path": source])] : []
    }

    /// How long a summary may be.
    struct SummaryLimit: Equatable {
        enum Unit: String, CaseIterable {
            case sentences, words
            case points = "bullet points"
            case lines
        }
        var unit: Unit
        var count: Int
        /// At most how many words: a sentence is held to 20 (the development part's "one
        /// sentence" is checked as under 130 characters).
        var words: Int { unit == .words ? count : count * 20 }
    }

    /// The points a summary keeps of the model's: one point that holds several sentences split
    /// into them (measured: "in at most 3 points" came back as one point of four sentences in
    /// 1 of 4 replies), and only those with three words or more whose numbers are all in
    /// `source` (a point that names a number the file does not is made up).
    static func factualPoints(_ said: [String], of source: String) -> [String] {
        let known = Set(digitRuns(source))
        return said.flatMap(sentences).filter { wordCount($0) >= 3 && digitRuns($0).allSatisfy(known.contains) }
    }

    /// `text` cut after each ".", "!" or "?" that a space and a capital letter or digit follow.
    static func sentences(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            current.append(c)
            if ".!?".contains(c), i + 2 < chars.count, chars[i + 1] == " ", chars[i + 2].isUppercase || chars[i + 2].isNumber {
                out.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            }
        }
        let last = current.trimmingCharacters(in: .whitespaces)
        return last.isEmpty ? out : out + [last]
    }

    /// The runs of digits in `text` ("84.50" is 84 and 50).
    static func digitRuns(_ text: String) -> [String] { text.split { !$0.isNumber }.map(String.init) }

    /// The limit the task states: in its own words when they say it (`statedLimit`), else the
    /// unit from an enum and the count from the numbers in the task (digits, or one to ten in
    /// words); one, two or three when it gives none.
    func summaryLimit(_ task: String, _ state: inout LoopState) async -> SummaryLimit? {
        if let stated = Self.statedLimit(task) { return stated }
        let numbers = Self.numbers(in: task).filter { (1...500).contains($0) }
        let counts = numbers.isEmpty ? [1, 2, 3] : numbers
        let q = FormQuestion(
            system: "The person asks for a summary of a stated length. Reply with JSON {\"unit\": UNIT, \"count\": N}: the length the task states.",
            user: task,
            schema: FormQuestion.object([
                ("unit", FormQuestion.oneOf(SummaryLimit.Unit.allCases.map(\.rawValue))),
                ("count", .object(["type": "integer", "enum": .array(counts.map { .number(Double($0)) })])),
            ]), maxTokens: 30)
        guard let answer = await form(q, &state), let unit = answer["unit"]?.string.flatMap(SummaryLimit.Unit.init(rawValue:)),
            let count = answer["count"]?.number.map({ Int($0) }), counts.contains(count)
        else { return nil }
        return SummaryLimit(unit: unit, count: count)
    }

    /// The limit a task's words state, its paths left out: a number with a unit in the three
    /// words after it ("three key points", "a 3-point summary", "25 words or fewer", "one
    /// line"), else points asked without a number ("as bullet points", "a bulleted summary"),
    /// at most five. Nil when the words do not say: the model is asked. Asked from an enum,
    /// the model chose "words" for "three key points" and "a 3-point summary", and a count of
    /// 1 for "as bullet points" (8 of 12 invented and development wordings); these words, 12
    /// of 12.
    static func statedLimit(_ task: String) -> SummaryLimit? {
        let tokens = wordsInOrder(task)
        let units: [String: SummaryLimit.Unit] = [
            "point": .points, "points": .points, "bullet": .points, "bullets": .points, "item": .points, "items": .points,
            "sentence": .sentences, "sentences": .sentences, "word": .words, "words": .words, "line": .lines, "lines": .lines,
        ]
        for (i, token) in tokens.enumerated() {
            guard let n = Int(token) ?? numberWords[token], (1...500).contains(n) else { continue }
            if let unit = tokens[(i + 1)..<min(i + 4, tokens.count)].lazy.compactMap({ units[$0] }).first {
                return SummaryLimit(unit: unit, count: n)
            }
        }
        return tokens.contains(where: ["bullet", "bullets", "bulleted", "points"].contains) ? SummaryLimit(unit: .points, count: 5) : nil
    }

    static let numberWords = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10]

    /// The numbers a task gives: digits, and the words one to ten ("a one-sentence summary").
    static func numbers(in task: String) -> [Int] {
        let words = numberWords
        var out: [Int] = []
        var token = ""
        for c in task.lowercased() + " " {
            if c.isLetter || c.isNumber, token.isEmpty || token.allSatisfy(\.isNumber) == c.isNumber {
                token.append(c)
                continue
            }
            if let n = Int(token) ?? words[token], !out.contains(n) { out.append(n) }
            token = c.isLetter || c.isNumber ? String(c) : ""
        }
        return out
    }

    /// `text` held to `words` words: whole when it fits, else up to the last sentence end in
    /// the limit (if that keeps half of it), else cut with an ellipsis.
    static func trimmed(_ text: String, words: Int) -> String {
        let all = text.split(whereSeparator: \.isWhitespace)
        guard all.count > words else { return text }
        let cut = all.prefix(words).joined(separator: " ")
        if let end = cut.lastIndex(where: { ".!?".contains($0) }), cut.distance(from: cut.startIndex, to: end) > cut.count / 2 {
            return String(cut[...end])
        }
        return cut.trimmingCharacters(in: CharacterSet(charactersIn: ",;: ")) + "…"
    }

    /// `text` on one line, a list marker or a step's number before it dropped.
    static func cleanLine(_ text: String) -> String {
        var t = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        if let r = t.range(of: #"^([-*+•]|\d+[.)])\s+"#, options: .regularExpression) { t.removeSubrange(r) }
        return t.replacingOccurrences(of: "**", with: "").trimmingCharacters(in: .whitespaces)
    }

    static func wordCount(_ text: String) -> Int { text.split(whereSeparator: \.isWhitespace).count }

    /// The most of a file a question shows the model (a long prompt costs seconds a step).
    static let readLimit = 6_000

    // MARK: extract

    /// The kinds a task may ask to pull out, as the model is offered them (the money first:
    /// offered after "numbers", "amounts" lost to "numbers" in 3 of 3 wordings; first, 6 of 6),
    /// and the words `extract_from_file` takes for each.
    static let extractKinds: [(offered: String, what: String)] = [
        ("amounts of money", "amounts of money"), ("emails", "emails"), ("links", "links"), ("dates", "dates"),
        ("phone numbers", "phone numbers"), ("other numbers", "numbers"),
    ]

    /// The items of one kind in the plan's file, into the new file the task names: the kind
    /// from an enum, the items found by `extract_from_file` (or, when the agent is not offered
    /// it, found the same way here and written with `write_file`).
    func extractRecipe(_ plan: TaskPlan, task: String, _ state: inout LoopState) async -> [ToolCall]? {
        guard let source = await sourceFile(plan, task: task), let to = await outputPath(task, not: [source], &state) else { return nil }
        let q = FormQuestion(
            system: "What does the person's task ask to pick out of a file? Reply with JSON {\"what\": KIND}, one of: "
                + Self.extractKinds.map(\.offered).joined(separator: ", ") + ".",
            user: task, schema: FormQuestion.object([("what", FormQuestion.oneOf(Self.extractKinds.map(\.offered)))]), maxTokens: 20)
        guard let offered = await form(q, &state)?["what"]?.string, let what = Self.extractKinds.first(where: { $0.offered == offered })?.what,
            let kind = ExtractFromFile.Kind(what)
        else { return nil }
        if toolbox.toolNames.contains(ExtractFromFile.name) {
            return [Self.call(ExtractFromFile.name, ["from": source, "what": what, "to": to])]
        }
        guard toolbox.toolNames.contains(WriteFile.name), let text = await text(of: source) else { return nil }
        let found = kind.find(in: text)
        guard !found.isEmpty else { return nil }
        return Self.readFirst(source, tools: toolbox.toolNames) + [
            Self.call(WriteFile.name, ["path": to, "content": ExtractFromFile.formatted(found, for: to)])
        ]
    }

    // MARK: list

    /// The names of a folder's files (of one ending, if the task asks) into the new file the
    /// task names: the folder the task names, else asked from the folders there are but the
    /// new file's (with it offered, the model chose "outputs" in 4 of 6 wordings; without, 6
    /// of 6); the ending asked only when the folder holds more than one.
    func listRecipe(_ plan: TaskPlan, task: String, _ state: inout LoopState) async -> [ToolCall]? {
        guard toolbox.toolNames.contains(WriteFile.name), let to = await outputPath(task, not: plan.files, &state) else { return nil }
        let folders = await existingFolders()
        let named = Coaching.paths(in: task).map { String($0.trimmingCharacters(in: CharacterSet(charactersIn: "/"))) }.filter(folders.contains)
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
        var endings: [String] = []
        for f in files {
            let e = Self.ending(f)
            if !e.isEmpty, !endings.contains(e) { endings.append(e) }
        }
        var ending: String?
        var chosen = endings.filter(asked.contains)
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
        let listed = files.filter { chosen.isEmpty ? ending == nil || Self.ending($0) == ending : chosen.contains(Self.ending($0)) }
        guard !listed.isEmpty else { return nil }
        // Listed first, as the checks want a write made from what was seen.
        let list = toolbox.toolNames.contains(ListFiles.name) ? [Self.call(ListFiles.name, ["folder": folder])] : []
        return list + [Self.call(WriteFile.name, ["path": to, "content": ExtractFromFile.formatted(listed, for: to)])]
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
        return [Self.call(ConvertFile.name, ["from": source, "to": to])]
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
            let description = answer["description"]?.string.flatMap({ Coaching.firstSentence(Self.cleanLine($0)) }),
            Self.wordCount(description) >= 2
        else { return nil }
        // The name and folder the task gives are taken as it gives them: the model, asked for
        // the name, wrote the folder's for "skills/tidy-memory/SKILL.md named tidy-notes".
        let folder = Set(Coaching.paths(in: task).compactMap(Self.skillFolder))
        guard folder.count <= 1, let name = Coaching.skillName(in: task) ?? folder.first ?? Optional(said),
            SkillManifest.nameProblem(name) == nil
        else { return nil }
        let steps = (answer["steps"]?.array ?? []).compactMap { $0.string.map { Self.cleanLine($0) } }.filter { Self.wordCount($0) >= 3 }
        guard !steps.isEmpty else { return nil }
        let path = "skills/\(folder.first ?? name)/SKILL.md"
        guard writable(path) else { return nil }
        let title = name.split(separator: "-").joined(separator: " ")
        let body =
            "# " + title.prefix(1).uppercased() + title.dropFirst() + "\n\n" + description + "\n\n"
            + steps.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n")
        return [Self.call(WriteFile.name, ["path": path, "content": Coaching.skillText(name: name, description: description, body: body)])]
    }

    /// "x" of a path the task names for a skill: "skills/x/SKILL.md", "skills/x" or "skills/x/".
    static func skillFolder(_ path: String) -> String? {
        let parts = path.split(separator: "/").map(String.init)
        guard parts.first == "skills", parts.count == 2 || (parts.count == 3 && parts[2] == "SKILL.md"), !parts[1].contains(".") else {
            return nil
        }
        return parts[1]
    }

    // MARK: script

    /// A small script (`.py` Python, `.sh` shell): at the path the task names, else
    /// `outputs/NAME.py` or `.sh` as the task's words say ("a Python script", "a bash
    /// script"), the name asked (a pattern). Its code is asked as one string; code puts the
    /// `#!` line first when it is missing (the model left it out of 1 of 3 shell scripts;
    /// Python is asked to start with its imports) and parses the script (`sh -n`, `bash -n`, Python's
    /// `ast.parse`: nothing of it runs), asking again once, with the error, when it does not.
    func scriptRecipe(task: String, _ state: inout LoopState) async -> [ToolCall]? {
        guard toolbox.toolNames.contains(WriteFile.name) else { return nil }
        let named = Set(Coaching.paths(in: task).filter { ScriptRecipe.language($0) != nil })
        guard named.count <= 1, let language = named.first.flatMap(ScriptRecipe.language) ?? Self.scriptLanguage(task) else { return nil }
        let python = language == "python"
        var path = named.first
        if path == nil {
            let q = FormQuestion(
                system:
                    "Name the script the person asks for: a short file name, lowercase words joined by hyphens, no ending. Reply with JSON {\"name\": NAME}.",
                user: task,
                schema: FormQuestion.object([
                    ("name", .object(["type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+){0,4}$", "maxLength": .number(40)]))
                ]),
                maxTokens: 30)
            guard let name = await form(q, &state)?["name"]?.string,
                name.range(of: "^[a-z0-9]+(-[a-z0-9]+){0,4}$", options: .regularExpression) != nil
            else { return nil }
            path = "outputs/" + name + (python ? ".py" : ".sh")
        }
        guard let path, writable(path) else { return nil }
        let bash = !python && (path.hasSuffix(".bash") || Self.words(task).contains("bash"))
        let system =
            python
            ? "Write the complete Python 3 source code of \(path) as the person asks: start with the imports, read sys.argv, print the result. Reply with JSON {\"code\": SOURCE}."
            : "Write the complete \(bash ? "bash" : "POSIX shell") script \(path) as the person asks. Reply with JSON {\"code\": SOURCE}."
        // No pattern: the server did not hold the code to one ("def …" under "^(import|from) ",
        // "tar …" under "^#!/bin/sh"), and the reply's check refused such code even when it parsed.
        let schema = FormQuestion.object([("code", .object(["type": "string"]))])
        var user = task
        for attempt in 0..<2 {
            guard let said = await form(FormQuestion(system: system, user: user, schema: schema, maxTokens: 400), &state)?["code"]?.string,
                said.split(separator: "\n").count >= 2
            else { return nil }
            let body = python ? Self.withImports(Self.rejoinedStrings(said)) : said
            let code = (body.hasPrefix("#!") ? "" : python ? "#!/usr/bin/env python3\n" : bash ? "#!/bin/bash\n" : "#!/bin/sh\n") + body
            // A Python script that writes nothing out does nothing a person sees (measured: dev2
            // 414's request, asked again, came back parsing but with no print left in it).
            let silent = python && !code.contains("print(") && !code.contains(".write(")
            guard let problem = Self.syntaxProblem(code, python: python) ?? (silent ? "it prints nothing" : nil) else {
                return [Self.call(WriteFile.name, ["path": path, "content": code.hasSuffix("\n") ? code : code + "\n"])]
            }
            guard attempt == 0 else { break }
            user = task + "\n\nThis code for it is not right (" + problem + "):\n" + said + "\n\nWrite it again, complete and correct."
        }
        return nil
    }

    /// Python `code` with each line break inside a one-line string literal written as `\n`: in
    /// the JSON reply the model's `\n` in `print('Usage: …\n')` arrives as a line break, which
    /// no Python string on one line may hold (measured: the scripts of 2 of 9 wordings failed
    /// to parse so, and again when asked a second time with the error). Comments,
    /// triple-quoted strings and a backslash before the break are left as they are.
    static func rejoinedStrings(_ code: String) -> String {
        var out = ""
        var quote: Character?
        var triple = false
        var comment = false
        var escaped = false
        let chars = Array(code)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            defer { i += 1 }
            if comment {
                if c == "\n" { comment = false }
                out.append(c)
                continue
            }
            guard let q = quote else {
                if c == "#" {
                    comment = true
                } else if c == "'" || c == "\"" {
                    quote = c
                    triple = i + 2 < chars.count && chars[i + 1] == c && chars[i + 2] == c
                    if triple {
                        out += String(repeating: c, count: 3)
                        i += 2
                        continue
                    }
                }
                out.append(c)
                continue
            }
            if escaped {
                escaped = false
                out.append(c)
            } else if c == "\\" {
                escaped = true
                out.append(c)
            } else if c == "\n", !triple {
                out += "\\n"
            } else if c == q, !triple || (i + 2 < chars.count && chars[i + 1] == q && chars[i + 2] == q) {
                out += triple ? String(repeating: q, count: 3) : String(q)
                if triple { i += 2 }
                quote = nil
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// `code` with an `import` line first for each standard module it uses (`sys.argv`) but
    /// does not import: the model used `sys.argv` without importing sys in 1 of 3 Python
    /// scripts, which parses and then fails when run.
    static func withImports(_ code: String) -> String {
        let modules = ["sys", "os", "re", "json", "csv", "datetime", "math", "time", "shutil", "random", "pathlib"]
        let missing = modules.filter { m in
            code.range(of: "(^|[^A-Za-z0-9_.])" + m + "\\.", options: .regularExpression) != nil
                && code.range(of: "(^|\n)\\s*(import [A-Za-z0-9_, ]*\\b" + m + "\\b|from " + m + " import)", options: .regularExpression) == nil
        }
        guard !missing.isEmpty else { return code }
        let imports = missing.map { "import " + $0 }.joined(separator: "\n") + "\n"
        // After a #! line, if the code has one.
        if code.hasPrefix("#!"), let end = code.firstIndex(of: "\n") { return String(code[...end]) + imports + code[code.index(after: end)...] }
        return imports + code
    }

    /// The language a task's words ask a script in: Python, or shell ("shell", "bash", "sh").
    static func scriptLanguage(_ task: String) -> String? {
        let words = words(task)
        if words.contains("python") { return "python" }
        return words.contains(where: ["shell", "bash", "sh"].contains) ? "shell" : nil
    }

    /// The task's words, lower case, its paths and file names left out ("memory/photos" and
    /// "index.md" are no words "photos" and "md"; ".csv" is "csv").
    static func wordsInOrder(_ task: String) -> [String] {
        task.lowercased().split(whereSeparator: \.isWhitespace).filter {
            !$0.contains("/") && $0.range(of: #"[a-z0-9_-]\.[a-z0-9]"#, options: .regularExpression) == nil
        }.flatMap { $0.split { !$0.isLetter && !$0.isNumber }.map(String.init) }
    }

    static func words(_ task: String) -> Set<String> { Set(wordsInOrder(task)) }

    /// Why `code` does not parse (the interpreter's last line of error), or nil when it does or
    /// cannot be checked here (no interpreter): `sh -n` / `bash -n` and Python's `ast.parse`
    /// read the code without running any of it.
    static func syntaxProblem(_ code: String, python: Bool) -> String? {
        let bash = code.hasPrefix("#!/bin/bash") || code.hasPrefix("#!/usr/bin/env bash")
        let (program, arguments) =
            python ? ("/usr/bin/env", ["python3", "-c", "import ast, sys; ast.parse(sys.stdin.read())"]) : (bash ? "/bin/bash" : "/bin/sh", ["-n"])
        guard FileManager.default.isExecutableFile(atPath: program),
            let result = try? ProcessRunner.run(
                program, arguments: arguments, stdin: Data(code.utf8),
                environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"], directory: NSTemporaryDirectory(),
                timeout: 10),
            !result.timedOut, let status = result.status, status != 0, status != 127
        else { return nil }
        let said = String(decoding: result.stderr, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
        return said.isEmpty ? "exit status \(status)" : String(said.trimmingCharacters(in: .whitespaces).prefix(200))
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
}
