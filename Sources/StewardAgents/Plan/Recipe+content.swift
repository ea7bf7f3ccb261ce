import Foundation
import StewardJSON
import StewardModels
import StewardTools

/// Content recipes (create, replace, append, prepend): the model picks the line to change from
/// an enum of the file's lines and writes only what code cannot (the new line, the line to add,
/// the new file's lines); code finds the exact text and makes the call (`replace_in_file`,
/// `append_to_file`, `write_file`), so the sandbox's checks apply as to any call. Each question
/// was measured with the 0.5B model on the development wordings (figures in the commit message).
extension AgentLoop {
    /// The calls that do `plan`, or nil: no recipe, the free loop goes on.
    func contentRecipe(_ plan: TaskPlan, _ state: inout LoopState) async -> [ToolCall]? {
        let task = state.messages.last { $0.role == .user }?.content ?? state.record.prompt
        switch plan.action {
        case .replace: return await replaceRecipe(plan, task: task, &state)
        case .append, .prepend: return await addRecipe(plan, task: task, &state)
        case .create: return await createRecipe(plan, task: task, &state)
        default: return nil
        }
    }

    /// The plan's files the task names (the plan may add one it only mentions, or one coaching
    /// brought into the message: callers pass the person's own words), else all of them.
    func changedFiles(_ plan: TaskPlan, task: String) -> [String] {
        let named = plan.files.filter { Self.names(task, $0) }
        return named.isEmpty ? plan.files : named
    }

    /// The most lines of a file a question shows (a long prompt costs seconds a step).
    static let shownLines = 80

    // MARK: replace

    /// One change in each file: a checklist item ticked or crossed out, a misspelt word put
    /// right (`Recipe+lineEdit.swift`), else the line from an enum of the file's lines (shown
    /// numbered, the task after them) with its new text; the same change reused in a further
    /// file that has the same line or, else, the same changed words (the task asks it "in both
    /// files"), and in every file of the folder that has them when the task says "all" or
    /// "every" (the plan names at most three). A new line that
    /// is the old one is asked again with that line alone; the line's indentation is kept.
    func replaceRecipe(_ plan: TaskPlan, task: String, _ state: inout LoopState) async -> [ToolCall]? {
        guard toolbox.toolNames.contains(ReplaceInFile.name) else { return nil }
        var files = changedFiles(plan, task: state.record.prompt)
        guard !files.isEmpty else { return nil }
        // Of several files, the one a record's change fits, when only one does and the person
        // names no other by its path or name ("set the hold to 15 minutes for the glaze firing
        // in kiln.ini", whose glazes note the routing named too: fresh29 3002; "in fees.yaml,
        // flyer.txt and site.md" changes all three).
        let own = state.record.prompt
        let ownNames = Set(Self.fileNames(in: own))
        if files.count > 1 {
            var fitting: [String] = []
            for path in files {
                if let text = await text(of: path),
                    Self.recordSwap(own, in: text) ?? Self.recordSetting(own, in: text) != nil
                {
                    fitting.append(path)
                }
            }
            let others = files.filter { !fitting.contains($0) }
            if fitting.count == 1, !others.contains(where: { own.contains($0) || ownNames.contains(Self.lastName($0)) }) { files = fitting }
        }
        var calls: [ToolCall] = []
        var done: LineEdit?
        for path in files {
            guard let text = await text(of: path) else { return nil }
            var pairs = done.map { Self.lines($0, in: text) } ?? []
            // Not the same line there: the same words changed, where they stand; on the lines the
            // task's words name when they stand on several (fresh21 2206: the gardener's "£15 an
            // hour" in the budget changed with the cleaner's).
            var reused = done
            if pairs.isEmpty, let part = done.flatMap(Self.changedPart) { (pairs, reused) = (Self.lines(part, in: text), part) }
            if let reused, reused.word, pairs.count > 1, !Self.everyFile(state.record.prompt) {
                pairs = Self.named(pairs, task: state.record.prompt, besides: reused)
            }
            if pairs.isEmpty {
                guard let edit = await lineEdit(path: path, text: text, task: task, &state) else { return nil }
                // A whole line must be in the file once, or replace_in_file would change each.
                pairs = Self.lines(edit, in: text)
                // A value on several lines is changed on the one the task's words name, unless it
                // asks for every one ("change the pitch from 27 to 14": not "24 to 27 July").
                if edit.word, pairs.count > 1, !Self.everyFile(state.record.prompt) {
                    pairs = Self.named(pairs, task: state.record.prompt, besides: edit)
                }
                done = edit
            }
            guard !pairs.isEmpty else { return nil }
            calls += pairs.map { Self.call(ReplaceInFile.name, ["path": path, "find": $0.line, "replace": $0.new]) }
        }
        // "In all my notes": the changed words also in every other file of the folder that has
        // them; not when the person names files (then those are the ones).
        // Nor when it says how many, and these are as many ("each job has its own note, so change
        // the status in those three notes": fresh12 1306, the fourth job's note was changed too).
        if Self.everyFile(state.record.prompt), !plan.files.contains(where: { Self.names(state.record.prompt, $0) }),
            Self.statedCount(state.record.prompt) != files.count,
            let part = done.flatMap(Self.changedPart)
        {
            let folder =
                Coaching.paths(in: state.record.prompt).first(where: Coaching.isFolder).map {
                    String($0.trimmingCharacters(in: CharacterSet(charactersIn: "/")))
                }
                ?? String(Self.folder(of: files[0]).dropLast())
            let proposal = await toolbox.readingProposal()
            let all = (try? await toolbox.workspace.listFiles(under: folder, in: proposal, limit: 500).map(\.path)) ?? []
            // Not one the task says keeps its text (fresh14 1506: "The note about selling the old
            // Fiesta keeps the old registration" was changed with the others).
            let kept = Self.leftAlone(state.record.prompt, task: state.record.prompt, among: all, action: .replace)
            for file in all where !files.contains(file) && !kept.contains(file) && writable(file) {
                guard let text = await text(of: file) else { continue }
                calls += Self.lines(part, in: text).map { Self.call(ReplaceInFile.name, ["path": file, "find": $0.line, "replace": $0.new]) }
            }
        }
        return calls
    }

    /// Of the lines a word edit changes, those sharing the most of the task's words of three
    /// letters or more (not common ones, nor the changed words themselves), when some share one
    /// and not all share as many; else all of them.
    static func named(_ pairs: [(line: String, new: String)], task: String, besides edit: LineEdit) -> [(line: String, new: String)] {
        let changed = Set(words(of: edit.old + " " + edit.new))
        // Not the words of what the task says stays as it is ("Tom the gardener also charges £15 an
        // hour and he isn't changing": fresh21 2206).
        let said = Set(Coaching.taskWords(in: withoutKeeping(task)).filter { $0.count > 2 }.map(stem)).subtracting(commonWords).subtracting(changed)
        let scores = pairs.map { Set(words(of: $0.line).map(stem)).intersection(said).count }
        guard let top = scores.max(), top >= 1, scores.contains(where: { $0 < top }) else { return pairs }
        return zip(pairs, scores).filter { $0.1 == top }.map(\.0)
    }

    /// Whether the person asks a change in every file ("in all my notes", "each file").
    static func everyFile(_ task: String) -> Bool { !taskWords(task).isDisjoint(with: ["all", "every", "each", "everywhere"]) }

    /// The words a line edit changes, as a word edit ("Email: sam@old.example" → "Email:
    /// sam@new.example" changes "sam@old.example"): the words between what the two lines share at
    /// their start and end, punctuation both share at the ends left out. Nil when it only adds.
    static func changedPart(_ edit: LineEdit) -> LineEdit? {
        if edit.word { return edit }
        let a = edit.old.split(separator: " ").map(String.init)
        let b = edit.new.split(separator: " ").map(String.init)
        var start = 0
        while start < min(a.count, b.count) && a[start] == b[start] { start += 1 }
        var end = 0
        while end < min(a.count, b.count) - start && a[a.count - 1 - end] == b[b.count - 1 - end] { end += 1 }
        var old = a[start..<(a.count - end)].joined(separator: " ")
        var new = b[start..<(b.count - end)].joined(separator: " ")
        while let x = old.last, let y = new.last, x == y, !x.isLetter && !x.isNumber { (old, new) = (String(old.dropLast()), String(new.dropLast())) }
        while let x = old.first, let y = new.first, x == y, !x.isLetter && !x.isNumber {
            (old, new) = (String(old.dropFirst()), String(new.dropFirst()))
        }
        guard !old.isEmpty, !new.isEmpty, old != new else { return nil }
        return LineEdit(old: old, new: new, word: true)
    }

    /// The change the task makes in `text`: a mark, a value or word swap ("replace X with Y"
    /// where the file has X) or a spelling fix when the task's words ask for one (a spelling
    /// fix the model cannot name is asked as a line), else a line asked.
    func lineEdit(path: String, text: String, task: String, _ state: inout LoopState) async -> LineEdit? {
        let own = state.record.prompt
        if let mark = Self.mark(own, lines: text.split(separator: "\n").map(String.init)) {
            return await markedLine(mark, path: path, text: text, task: task, &state)
        }
        // A CSV's cell by its row and column (`Recipe+csvCell`).
        if let cell = Self.csvCellEdit(own, path: path, in: text) { return cell }
        // A table's cell given a value in words (`Recipe+tableCell`).
        if let cell = Self.tableCellEdit(own, path: path, in: text) { return cell }
        // A table row's person for another (`Recipe+tableSwap`).
        if let row = Self.tableRowSwap(own, path: path, in: text) { return row }
        // A CSV row's start and end times (`Recipe+csvTimes`).
        if let times = Self.csvTimesEdit(own, path: path, in: text) { return times }
        // "From X to Y" with X in the file first (fresh17 1802: "from Aviva, policy AV-5521-0934,
        // to Admiral, policy AD-7710-2286" was taken by `valueSwap` for a phone number's change).
        // A date first: "12" made "19" by a word swap made "Concert: 12/12" "19/19" (fresh18 1906).
        let keyed = Self.keyedValues(own, in: text)
        // The keyed lines' edit when it makes a number's change and more ("the number is now
        // 40093312 and it expires on 3 June 2027": fresh20 2102, whose number alone was taken as a
        // phone number's change).
        let value = Self.valueSwap(own, in: text).map { v in keyed.flatMap { $0.old.contains(v.old) && $0.new.contains(v.new) ? $0 : nil } ?? v }
        // A schedule line's times and temperature first (`Recipe+rangeEdit`).
        let moved: LineEdit? = Self.rangeEdit(own, in: text) ?? Self.dateSwap(own, in: text)
        // One record's name for another's, or its setting's new figure (`Recipe+recordEdit`).
        let record: LineEdit? = Self.recordSwap(own, in: text) ?? Self.recordSetting(own, in: text)
        // One subject's new name and number on its own line (`Recipe+subjectValues`).
        let subject = Self.subjectValues(own, path: path, in: text)
        if let swap = moved ?? record ?? subject ?? Self.wordSwap(own, in: text) ?? value ?? Self.insteadSwap(own, in: text)
            ?? keyed ?? Self.settingSwap(own, in: text) ?? Self.settingWordSwap(own, in: text)
        {
            return swap
        }
        if Self.fixesSpelling(own), let fix = await spellingFix(path: path, text: text, task: task, &state) { return fix }
        // The new line with the task's values as it gives them ("Teacher: Miss Adeyemi" of "Mr
        // Adeyemi": fresh20 2106).
        return await changedLine(path: path, text: text, task: task, &state).map {
            LineEdit(old: $0.line, new: Self.withGivenValues($0.new, task: own, text: text), word: false)
        }
    }

    /// The line of `text` the task changes and its new text, or nil.
    func changedLine(path: String, text: String, task: String, _ state: inout LoopState) async -> (line: String, new: String)? {
        let all = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var lines: [String] = []
        for l in all where !l.trimmingCharacters(in: .whitespaces).isEmpty && !lines.contains(l) { lines.append(l) }
        guard !lines.isEmpty, all.count <= Self.shownLines else { return nil }
        let numbered = (text.hasSuffix("\n") ? all.dropLast() : all[...]).enumerated().map { "\($0.offset + 1): \($0.element)" }
        let longest = lines.map(\.count).max() ?? 0
        let q = FormQuestion(
            system: "You change one line of a file as the person asks. Pick the line to change and write its new text in full. "
                + "Reply with JSON {\"line\": LINE, \"new_line\": TEXT}.",
            user: "File \(path):\n" + numbered.joined(separator: "\n") + "\n\nTask: " + task,
            schema: FormQuestion.object([
                ("line", FormQuestion.oneOf(Self.likeliest(Self.changeable(lines, task: state.record.prompt), task: state.record.prompt))),
                // Held to a length, the reply ends: a new line run on into the task's next
                // sentences reached the token cap with its JSON unclosed (fresh23 2406).
                ("new_line", .object(["type": "string", "maxLength": .number(Double(longest + 40))])),
            ]),
            maxTokens: 24 + longest)
        guard let answer = await form(q, &state), let line = answer["line"]?.string, lines.contains(line),
            var new = answer["new_line"]?.string
        else { return nil }
        // The same line, its bullet aside ("Stopcock: under the kitchen sink" for "- Stopcock: …").
        let item = { (l: String) in
            l.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: #"^(?:[-*+]|\d+[.)]) "#, with: "", options: .regularExpression)
        }
        if item(new) == item(line) {
            // Asked with the line alone, the model changes it (measured: the enum question kept
            // "Pleese" as it was; this one wrote "Please").
            let again = FormQuestion(
                system: "You change a line of a file as the person asks. Write the line as it reads after the change. "
                    + "Reply with JSON {\"new_line\": TEXT}.",
                user: "Line: \(line)\n\nTask: \(task)",
                schema: FormQuestion.object([("new_line", .object(["type": "string", "maxLength": .number(Double(line.count + 40))]))]),
                maxTokens: 24 + line.count)
            guard let retried = await form(again, &state)?["new_line"]?.string else { return nil }
            new = retried
        }
        new = Self.cutAtNextSentence(new, of: state.record.prompt)
        let indent = String(line.prefix { $0 == " " || $0 == "\t" })
        // The list item stays one: its bullet, when the model left it off (measured: "- Stopcock:
        // under the kitchen sink" was answered "Stopcock: under the garage").
        if let bullet = line.dropFirst(indent.count).range(of: #"^(?:[-*+]|\d+[.)]) "#, options: .regularExpression).map({
            String(line.dropFirst(indent.count)[$0])
        }), new.trimmingCharacters(in: .whitespaces).range(of: #"^(?:[-*+]|\d+[.)]) "#, options: .regularExpression) == nil {
            new = bullet + new.trimmingCharacters(in: .whitespaces)
        }
        if !new.hasPrefix(indent) { new = indent + new.trimmingCharacters(in: .whitespaces) }
        // The sentence's full stop the model left off (dev2 408 context: "Please bring something to drink").
        if let end = line.last, ".!?".contains(end), let last = new.last, last.isLetter || last.isNumber { new.append(end) }
        guard !new.trimmingCharacters(in: .whitespaces).isEmpty, new != line, !new.contains("\n") else { return nil }
        // A new line holding other lines of the file is the file written back into one line
        // (dev2 408 request: "Dear Anna," became the whole letter): not a change to make.
        let others = lines.filter { $0 != line && $0.trimmingCharacters(in: .whitespaces).count >= 8 }
        guard !others.contains(where: { new.contains($0.trimmingCharacters(in: .whitespaces)) }) else { return nil }
        return (line, new)
    }

    /// `new` up to where it runs on into a sentence of the task after its first ("… at Elm Road
    /// Community Centre for good. The hall is named in": fresh23 2406), the full stop before
    /// it left off.
    static func cutAtNextSentence(_ new: String, of task: String) -> String {
        for sentence in sentences(task).dropFirst() where sentence.count >= 8 {
            if let r = new.range(of: ". " + sentence.prefix(10)) { return String(new[..<r.lowerBound]) }
        }
        return new
    }

    /// The lines a task's change may be in: those sharing the most words with the person's
    /// words, or one fewer, when any shares one; else all (measured: offered every line, the
    /// 0.5B model picked a note's title for "… so the garden waste bin goes out on Thursday").
    static func likeliest(_ lines: [String], task: String) -> [String] {
        let said = Set(Coaching.taskWords(in: task).map(stem)).subtracting(commonWords)
        let scores = lines.map { Set(words(of: $0).map(stem)).intersection(said).count }
        guard let top = scores.max(), top >= 1 else { return lines }
        return zip(lines, scores).filter { $0.1 >= max(1, top - 1) }.map(\.0)
    }

    /// The lines a change may be in: not a Markdown heading unless the task's words say
    /// "title", "heading" or "header" (measured: "correct that line in my emergency info note"
    /// changed the note's "# Emergency info", which shares the words naming the note), unless
    /// there is nothing else.
    /// (Nor a line the task says to keep: "Kittiwake II stays where she is", fresh33 3402, whose
    /// Kittiwake II line was changed for Kittiwake's: `keptLines`.)
    static func changeable(_ lines: [String], task: String) -> [String] {
        let kept = keptLines(lines, task: task)
        let open = lines.filter { !kept.contains($0) }
        let lines = open.isEmpty ? lines : open
        let words = Coaching.taskWords(in: task)
        guard !words.contains(where: ["title", "heading", "header", "headline"].contains) else { return lines }
        let body = lines.filter { !$0.hasPrefix("#") }
        return body.isEmpty ? lines : body
    }

    /// The lines a keep clause of the task names: those with all the clause's words that the
    /// file has, one of them said nowhere else in the task ("Kittiwake II stays" keeps the
    /// Kittiwake II line, not Kittiwake's, which the task names apart).
    static func keptLines(_ lines: [String], task: String) -> Set<String> {
        let own = lines.map { Set(words(of: $0.lowercased()).map(stem)) }
        let inFile = own.reduce(into: Set<String>()) { $0.formUnion($1) }
        let elsewhere = Set(words(of: withoutKeeping(task)).map(stem))
        var kept: Set<String> = []
        for c in keepClauses(task, after: keepTriggers) {
            let named = Set(words(of: String(c.pointing ?? c.clause)).map(stem)).subtracting(commonWords).intersection(inFile)
            guard !named.isEmpty, !named.isSubset(of: elsewhere) else { continue }
            for (line, w) in zip(lines, own) where named.isSubset(of: w) { kept.insert(line) }
        }
        return kept
    }

    static func occurrences(of part: String, in text: String) -> Int { text.components(separatedBy: part).count - 1 }

    // MARK: append, prepend

    /// The line to add: the text the task quotes, else picked by the model from the spans of the
    /// task's words (`Recipe+addedText.swift`; written by it when there are none), with the file
    /// and the task in front of it; added by `append_to_file` at the end (or, for a prepend, the
    /// start, under a title).
    func addRecipe(_ plan: TaskPlan, task: String, _ state: inout LoopState) async -> [ToolCall]? {
        guard toolbox.toolNames.contains(AppendToFile.name), let path = changedFiles(plan, task: state.record.prompt).first,
            let text = await text(of: path)
        else { return nil }
        var line: String
        // What is added comes from the person's own words, not what coaching put in the message.
        let own = state.record.prompt
        // A text the file has already says where, not what ("at the top, above \"Dear Mr Hale,\"").
        let had = { (t: String) in text.lowercased().contains(t.lowercased()) }
        // A quote inside a file whose records quote someone ("- 2 Nov, Pip (5): \"…\"") is part of
        // the new record, not all of it (measured on fresh9's sayings: the quote alone was added).
        let quoting = Self.quotesInRecords(text)
        // (A table's row after a colon may hold a score or a date in figures: "…: 12 Mar, Klara and
        // the Sun, Kazuo Ishiguro, 4/5", fresh22 2303.)
        let colon = Self.colonText(in: own, figures: Self.tableColumns(text) != nil)
        let written = [colon, Self.quotedText(in: own), Self.saidText(in: own)].compactMap { $0 }.filter { !had($0) }
        if let columns = Self.tableColumns(text), !written.contains(where: { Self.tableRow($0, in: text) != nil }) {
            // A table's row is asked cell by cell when the task does not write it out (fresh11
            // 1204: "48213 on the fourteenth of March" went above the table as a line).
            guard let row = await tableRowAsked(columns, path: path, text: text, task: task, words: own, &state) else { return nil }
            line = row
        } else if let record = await jsonLogLine(path: path, text: text, task: task, words: own, &state) {
            // A log of JSON lines gets its object made by code (`Recipe+jsonRecord`).
            line = record
        } else if path.lowercased().hasSuffix(".tsv"), own.contains(": "),
            let row = own.components(separatedBy: ": ").last.flatMap({
                Self.rowOfParts($0.trimmingCharacters(in: CharacterSet(charactersIn: " .")), of: text)
            })
        {
            // A TSV row the task writes with commas after a colon (`rowOfParts`).
            line = row
        } else if [".csv", ".tsv"].contains(where: path.lowercased().hasSuffix), !written.contains(where: { Self.fitsRow($0, of: text) }),
            let row = await csvRow(task, path: path, in: text, words: own, &state)
        {
            // A CSV log's row by its columns, when the task's own text is no such row
            // (fresh15 1603: "The Salt Path by Raynor Winn, finished on 2026-09-14, 4 stars"
            // after a colon was added as it stood, under "title,author,finished,stars").
            line = row
        } else if let row = Self.columnLine(own, in: text) {
            // A log of aligned columns gets its line made by code, field by field
            // (`Recipe+columnLine`: fresh28 2903, whose contact was added as the task's words).
            line = row
        } else if let given = colon, !had(given) {
            line = given
        } else if !quoting, let quoted = Self.quotedText(in: own), !had(quoted) {
            line = quoted
        } else if let said = Self.saidText(in: own), !had(said) {
            line = said
        } else if let labelled = Coaching.addedText(in: own),
            labelled.range(of: #"^[A-Z][\w-]*(?: [\w-]+){0,2}: \S"#, options: .regularExpression) != nil, !had(labelled)
        {
            // A labelled line after the verb, to where it goes ("insert Wi-Fi password: on the
            // fridge before everything else": dev2 403, whose spans were picked wrong).
            line = labelled
        } else if let written = await recordLine(path: path, text: text, task: task, words: own, &state) {
            line = written
        } else {
            // The text is picked from the spans of the task's words when there are any.
            let anchors = Coaching.quotedTexts(in: own).filter(had).map { " " + Self.words(of: $0).joined(separator: " ") + " " }
            let spans = Self.textSpans(own).filter { span in
                !had(span) && !anchors.contains { (" " + Self.words(of: span).joined(separator: " ") + " ").contains($0) }
            }
            let shown = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(Self.shownLines).joined(separator: "\n")
            let q = FormQuestion(
                system: spans.isEmpty
                    ? "You add a line to a file as the person asks. Write only the text of the new line. Reply with JSON {\"text\": TEXT}."
                    : "You add a line to a file as the person asks. Pick the words of the task that are the new line, exactly as it will read in the file. Reply with JSON {\"text\": TEXT}.",
                user: "File \(path):\n\(shown)\nTask: \(task)",
                schema: FormQuestion.object([("text", spans.isEmpty ? .object(["type": "string"]) : FormQuestion.oneOf(spans))]), maxTokens: 60)
            guard let answer = await form(q, &state)?["text"]?.string, spans.isEmpty || spans.contains(answer) else { return nil }
            line = spans.isEmpty ? answer.trimmingCharacters(in: .whitespacesAndNewlines) : Self.withArticle(answer, in: own)
        }
        for (open, close) in [("\"", "\""), ("'", "'"), ("“", "”")] where line.count > 2 && line.hasPrefix(open) && line.hasSuffix(close) {
            line = String(line.dropFirst().dropLast())
        }
        guard !line.isEmpty else { return nil }
        // A file that ends with a table gets a row (fresh10 1103: "21 Jan, Orion Nebula, seeing 4"
        // was added as a line under it).
        let atStart = plan.action == .prepend || Self.saysStart(own)
        if let row = line.hasPrefix("|") && Self.tableColumns(text) != nil ? line : Self.tableRow(line, in: text) {
            // At the start: the table's first row, under its header (a newest-first table).
            if atStart, toolbox.toolNames.contains(ReplaceInFile.name), let above = Self.aboveFirstRow(row, in: text) {
                return [Self.call(ReplaceInFile.name, ["path": path, "find": above.find, "replace": above.replace])]
            }
            if !atStart { line = row }
        }
        // A title names the file: the person's first line goes under it.
        // The person's words say where, whatever the plan took ("at the very top" planned as an append).
        // Under the title, unless the words put it above ("… as the very first line, above the title").
        if atStart, !line.hasPrefix("#"), !Coaching.aboveTitle(own), toolbox.toolNames.contains(ReplaceInFile.name),
            let below = Self.belowTitle(line, in: text)
        {
            return [Self.call(ReplaceInFile.name, ["path": path, "find": below.find, "replace": below.replace])]
        }
        var args = ["path": path, "text": line]
        if atStart { args["at"] = "start" }
        return [Self.call(AppendToFile.name, args)]
    }

    /// `line` as a row of the Markdown table `text` ends with (a header, its separator, a row at
    /// least): its parts between commas ("21 Jan, Orion Nebula, seeing 4"), as many as the
    /// table's columns, each without a leading word that is its column's name ("seeing 4" under
    /// "Seeing" is "4"). Nil when the file does not end with a table, `line` is a row already, or
    /// the parts are not as many as the columns.
    static func tableRow(_ line: String, in text: String) -> String? {
        guard let columns = tableColumns(text), !line.hasPrefix("|") else { return nil }
        let cells = { (row: String) in
            row.trimmingCharacters(in: CharacterSet(charactersIn: "| ")).components(separatedBy: "|").map {
                $0.trimmingCharacters(in: .whitespaces)
            }
        }
        // Cells between bars ("21 Jan | Orion Nebula | 4", measured from the 1.5B model), else
        // parts between commas.
        let parts = (line.contains("|") ? cells(line) : line.replacingOccurrences(of: ", and ", with: ", ").components(separatedBy: ", ")).map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: " .;"))
        }
        guard parts.count == columns.count, !parts.contains(where: \.isEmpty) else { return nil }
        let row = zip(parts, columns).map { part, column -> String in
            // "seeing 4", "the seeing was a 4" under "Seeing (1-5)": "4".
            guard let name = column.split(separator: " ").first.map({ NSRegularExpression.escapedPattern(for: String($0)) }),
                let r = part.range(
                    of: "^(?:the )?" + name + " (?:(?:was|is|of|at) )?(?:(?:a|an) )?", options: [.regularExpression, .caseInsensitive]),
                r.upperBound < part.endIndex
            else { return part }
            return String(part[r.upperBound...])
        }
        return "| " + row.joined(separator: " | ") + " |"
    }

    /// The replace that puts `row` first in the Markdown table `text` ends with, under its
    /// header and separator: `find` is the separator and the first row, found once. Nil when
    /// the table has no row or that text is there twice.
    static func aboveFirstRow(_ row: String, in text: String) -> (find: String, replace: String)? {
        let all = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard
            let separator = all.indices.first(where: {
                all[$0].range(of: #"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$"#, options: .regularExpression) != nil
            }), separator + 1 < all.count, all[separator + 1].trimmingCharacters(in: .whitespaces).hasPrefix("|")
        else { return nil }
        let find = all[separator] + "\n" + all[separator + 1]
        guard occurrences(of: find, in: text) == 1 else { return nil }
        return (find, all[separator] + "\n" + row + "\n" + all[separator + 1])
    }

    /// The replace that puts `line` under the file's title (a first line that is a Markdown
    /// heading, `# Notes`), before its first line of text, blank lines after the title kept:
    /// `find` is the title through that line, so it is found once. A bare line added above a
    /// list's first item gets the item's bullet. Nil when the file starts with no title (or the
    /// text is there twice).
    static func belowTitle(_ line: String, in text: String) -> (find: String, replace: String)? {
        let all = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let title = all.first, title.range(of: "^#{1,6} \\S", options: .regularExpression) != nil else { return nil }
        guard let first = all.indices.dropFirst().first(where: { !all[$0].trimmingCharacters(in: .whitespaces).isEmpty }) else {
            return occurrences(of: title, in: text) == 1 ? (title, title + "\n" + line) : nil
        }
        let head = all[..<first].joined(separator: "\n") + "\n"
        var added = line
        if AppendToFile.item(line) == line, let bullet = ["- ", "* ", "+ "].first(where: { all[first].hasPrefix($0) }) { added = bullet + line }
        let find = head + all[first]
        guard occurrences(of: find, in: text) == 1 else { return nil }
        return (find, head + added + "\n" + all[first])
    }

    // MARK: create

    /// A new file: its path as the derived recipes find a new file's (the one the task names
    /// that is not there, else asked), its lines asked as a short list.
    func createRecipe(_ plan: TaskPlan, task: String, _ state: inout LoopState) async -> [ToolCall]? {
        guard toolbox.toolNames.contains(WriteFile.name), let path = await outputPath(task, not: plan.files, &state) else { return nil }
        // An iCalendar event like another (`Recipe+icsEvent`).
        if let event = await icsEvent(state.record.prompt, path: path) {
            return [Self.call(WriteFile.name, ["path": path, "content": event])]
        }
        // Like a keyed note the task points to ("a record like Shelly's", "in the same INI layout
        // as batch-06.ini": `Recipe+keyedRecord`).
        if let sample = await keyedSample(state.record.prompt, path: path),
            let lines = await keyedRecord(sample, path: path, task: task, words: state.record.prompt, &state)
        {
            return [Self.call(WriteFile.name, ["path": path, "content": lines.joined(separator: "\n") + "\n"])]
        }
        let q = FormQuestion(
            system: "You write the lines of a new file the person asks for: only the items the task names, one short item per line, "
                + "nothing added. Reply with JSON {\"lines\": [LINE, ...]}.",
            // The person's own words: not the paths the routing put in brackets (fresh18 1901:
            // "Leo (memory/family/leo.md)" came back as the new note's first line).
            user: "Task: " + state.record.prompt,
            schema: FormQuestion.object([
                (
                    "lines",
                    .object([
                        "type": "array", "items": .object(["type": "string", "maxLength": .number(120)]), "minItems": .number(1),
                        "maxItems": .number(20),
                    ])
                )
            ]), maxTokens: 160)
        var lines = (await form(q, &state)?["lines"]?.array ?? []).compactMap(\.string)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        // Items the task lists with their values ("Leo is a 31 now, Ava a 27 and Sami a 35"),
        // one a line, when the model's lines leave out a value (measured: "Leo's current shoe
        // sizes:", "27", "Sami's current shoe sizes:", "35") or a name (fresh10 1101: "Ticket to
        // Ride", "Catan", "Ruairi" for who brings which game).
        if let items = Self.listedItems(state.record.prompt) {
            let written = Set(Self.words(of: lines.joined(separator: " ")))
            let said = items.flatMap(Self.digitRuns) + items.flatMap(Self.capitalised).map { $0.lowercased() } + items.flatMap(Self.numberWordsIn)
            // Nor a word of an item with a figure (fresh25 2601: "1.2 litres of vegetable stock"
            // came back as "1.2 litres of veg." and "stock, simmered …"); the other items' words
            // may be said otherwise ("Imogen: Ticket to Ride" of "Imogen is bringing …").
            let saidWords = items.filter { !Self.digitRuns($0).isEmpty }.flatMap(Self.words(of:)).filter {
                $0.count >= 4 && !Self.commonWords.contains($0)
            }
            // The model's lines with a name the items do not say stay, first (fresh20 2101: "Ruth
            // Lindqvist", said in the sentence before the items, was lost); a file's name does not.
            if said.contains(where: { !written.contains($0) }) || saidWords.contains(where: { !written.contains($0) }) {
                let itemWords = Set(Self.words(of: items.joined(separator: " ")))
                let named = lines.filter { line in
                    Self.fileNames(in: line).isEmpty && Coaching.paths(in: line).isEmpty
                        && Self.capitalised(line).contains { !itemWords.contains($0.lowercased()) && state.record.prompt.contains($0) }
                }
                lines = named + items
            }
        }
        // What the task says the note says, clause by clause ("saying the right eye is -1.75 and the
        // left is -2.25, that the plan costs £21.50 a month, and that my next check is on 9
        // September 2027": fresh21 2201, whose model lines were the two figures alone), when the
        // model's lines leave out a figure of it.
        if let said = Self.saidThat(state.record.prompt) {
            let written = Set(Self.digitRuns(lines.joined(separator: " ")))
            if said.flatMap(Self.digitRuns).contains(where: { !written.contains($0) }) { lines = said }
        }
        // What the note is for, then what the task says of it ("write x.md for the Riverside Half
        // Marathon on Sunday 9 May 2027: the start is at 9.30 am and my bib is 4172": fresh22 2301,
        // whose model lines were the time and the number alone), when the model's lines leave out
        // a figure of it.
        if let said = Self.forClauses(state.record.prompt, path: path) {
            let written = Set(Self.digitRuns(lines.joined(separator: " ")))
            if said.flatMap(Self.digitRuns).contains(where: { !written.contains($0) }) { lines = said }
        }
        lines = lines.map { Self.withGivenValues($0, task: state.record.prompt) }
        // Written like a note the task names that is there ("in the same key: value style as
        // shelly.txt": fresh26 2701, whose lines came back as "name Basil").
        for sample in Coaching.paths(in: task) where sample != path && !Coaching.isFolder(sample) {
            guard let text = await text(of: sample) else { continue }
            lines = Self.keyedLike(lines, sample: text)
            break
        }
        guard !lines.isEmpty else { return nil }
        if let title = Self.titleByName(path, lines: lines) { lines.insert(title, at: 0) }
        return [Self.call(WriteFile.name, ["path": path, "content": lines.joined(separator: "\n") + "\n"])]
    }

    /// `lines` with the keys of `sample`'s `Key: value` lines (half its lines at least, two or
    /// more) written as it writes them, where a line starts with one without its colon ("name
    /// Basil" is "name: Basil"); as they were unless two lines or more do.
    static func keyedLike(_ lines: [String], sample: String) -> [String] {
        guard let keys = keys(of: sample) else { return lines }
        let keyed = lines.map { line -> String? in
            guard !line.contains(":"), let key = keys.first(where: { line.lowercased().hasPrefix($0.lowercased() + " ") }) else { return nil }
            return key + ": " + line.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
        }
        guard keyed.compactMap({ $0 }).count >= 2 else { return lines }
        return zip(lines, keyed).map { $1 ?? $0 }
    }

    /// A title for a new note from its file's name ("# Booster 2027" of "booster-2027.md"), when
    /// no line says a word of it: the note says what it is about (fresh23 2401, whose one line
    /// "Oakfield Vets, Tuesday 14 September 2027, 4.15 pm, …" said nothing of the dog's jabs).
    /// Only for a note of one line (items the task lists are what they are: "passport",
    /// "charger", "socks" in packing.md); nil when the line says a word of the name, or the
    /// name has no word of three letters or more, or the note is no text note or a heading.
    static func titleByName(_ path: String, lines: [String]) -> String? {
        let base = lastName(path).split(separator: ".").dropLast().joined(separator: ".")
        let named = words(of: base)
        let said = Set(words(of: lines.joined(separator: " ")).map(stem))
        let own = named.filter { $0.count >= 3 && $0.allSatisfy(\.isLetter) && !commonWords.contains($0) }
        guard [".md", ".markdown", ".txt"].contains(where: path.lowercased().hasSuffix), lines.count == 1, lines[0].first != "#", !own.isEmpty,
            said.isDisjoint(with: own.map(stem))
        else { return nil }
        let title = named.joined(separator: " ")
        return (path.hasSuffix(".md") ? "# " : "") + title.prefix(1).uppercased() + title.dropFirst()
    }

    /// The lines of a new note the task gives right after its path: "for" (or "about") what it
    /// is, a colon, then clauses joined by "and" before "the", "my", "it", … ("… for the Riverside
    /// Half Marathon on Sunday 9 May 2027: the start is at 9.30 am and my bib is 4172"), one a
    /// line; nil without the colon, or for fewer than two clauses after it.
    static func forClauses(_ task: String, path: String) -> [String]? {
        let name = lastName(path)
        for sentence in sentences(task) {
            guard let at = sentence.range(of: path) ?? sentence.range(of: name),
                let head = sentence[at.upperBound...].range(of: #"^\s+(?:for|about)\s+(?:the\s+|my\s+)?"#, options: .regularExpression),
                let colon = sentence[head.upperBound...].firstIndex(of: ":")
            else { continue }
            let what = sentence[head.upperBound..<colon].trimmingCharacters(in: .whitespaces)
            let rest = sentence[sentence.index(after: colon)...].trimmingCharacters(in: CharacterSet(charactersIn: ".!? "))
            let parts = rest.replacingOccurrences(
                of: #"(?:,?\s+and|;)\s+(?=(?:the|my|our|its|his|her|their|it|it's|she|he|they|I|we|you)\s)"#, with: "\u{0}",
                options: .regularExpression
            ).split(separator: "\u{0}").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !what.isEmpty, Self.wordCount(what) <= 12, parts.count >= 2 else { return nil }
            return [what] + parts.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        }
        return nil
    }

    /// The clauses a task says a new note says, one a line: after "saying (that)" to the end of
    /// its sentence, cut at ", that" and ", and that"; nil for fewer than two.
    static func saidThat(_ task: String) -> [String]? {
        for sentence in sentences(task) {
            guard let r = sentence.range(of: #"\b(saying|which says|that says)( that)?\s+"#, options: [.regularExpression, .caseInsensitive]) else {
                continue
            }
            let rest = sentence[r.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: ".!? "))
            let parts = rest.replacingOccurrences(of: #",(\s*and)?\s+that\s+"#, with: "\u{0}", options: .regularExpression)
                .split(separator: "\u{0}").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard parts.count >= 2 else { return nil }
            return parts.map { $0.prefix(1).uppercased() + $0.dropFirst() + "." }
        }
        return nil
    }

    /// A new file's line with the values the task gives as it gives them: an amount's currency
    /// ("6.50 an hour" of "£6.50 an hour"), a name the line mixed up with another's ("Leo
    /// Delgado" where the task names only Rosa Delgado and Leo) or misspells: fresh18 1901, whose note
    /// gave the childminder the child's first name and her rate no currency. (`text`: the file
    /// a changed line is in.)
    static func withGivenValues(_ line: String, task: String, text: String = "") -> String {
        var line = line
        for m in allMatches(#"([£€$])\s?(\d[\d,]*(?:\.\d+)?)"#, in: task) where m.count == 3 {
            let bare = NSRegularExpression.escapedPattern(for: m[2])
            line = line.replacingOccurrences(
                of: #"(?<![£€$\d.,])"# + bare + #"(?![\d])"#, with: NSRegularExpression.escapedTemplate(for: m[1] + m[2]),
                options: .regularExpression)
        }
        // A name is the task's run of capitalised words with the same last word and as many
        // words ("Sam Reyes" of "Pay Sam Reyes"), when the task has one such.
        let name = #"\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+\b"#
        let said = allMatches(name, in: task).map { $0[0].split(separator: " ").map(String.init) }
        for m in allMatches(name, in: line) where !task.contains(m[0]) {
            let own = m[0].split(separator: " ").map(String.init)
            let same = Set(said.filter { $0.count >= own.count && $0.last == own.last }.map { $0.suffix(own.count).joined(separator: " ") })
            if same.count == 1, let other = same.first { line = line.replacingOccurrences(of: m[0], with: other) }
        }
        // A name the line misspells: a capitalised word of the task, written a letter or two
        // off ("Pirananesi in January" of "Piranesi in January": fresh17 1801).
        let names = Set(writtenWords(task).filter { $0.count >= 4 && $0.first?.isUppercase == true })
        for word in writtenWords(line) where word.count >= 4 && !task.contains(word) {
            // (Not a word the file has: "Pleese" is the typo a task quotes.)
            let right = names.filter { misspelt(word, of: $0) && !line.contains($0) && !text.contains($0) }
            guard right.count == 1, let name = right.first else { continue }
            line = line.replacingOccurrences(of: #"\b"# + word + #"\b"#, with: name, options: .regularExpression)
        }
        return line
    }

    /// Each match of `pattern` in `text`: the whole match, then its groups ("" for one unmatched).
    static func allMatches(_ pattern: String, in text: String) -> [[String]] {
        guard let re = try? NSRegularExpression(pattern: pattern) else { return [] }
        return re.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { m in
            (0..<m.numberOfRanges).map { Range(m.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
        }
    }

    /// The items a task lists, each with a number or a name: the sentence (or the part after a
    /// colon) that is three or more short parts joined by commas and "and", none a path
    /// ("Leo 31, Ava 27, Sami 35", "Leo is a 31 now, Ava a 27 and Sami a 35", "Imogen is
    /// bringing Ticket to Ride, Dev is bringing Catan and Ruairi has Codenames"); nil when none.
    static func listedItems(_ task: String) -> [String]? {
        var parts: [String] = []
        // A few words between commas that say who a name is are no item ("Ella, the youngest,
        // goes to bed at seven …, Sam at half past seven and Noor, our eldest, at a quarter past
        // eight": fresh15 1601, whose lines came back as the times alone).
        let task = task.replacingOccurrences(
            of: #"(\p{Lu}\p{L}+), (?:the|our|my|his|her|their|your) \p{Ll}+(?: \p{Ll}+)?,"#, with: "$1", options: .regularExpression)
        for sentence in sentences(task) {
            let after = sentence.range(of: ": ").map { String(sentence[$0.upperBound...]) } ?? sentence
            parts.append(after.trimmingCharacters(in: CharacterSet(charactersIn: " .!?")))
        }
        for part in parts.reversed() {
            // Cut at commas; the last part at its last "and" too, unless another part has one
            // ("140 cm wide and 120 cm tall, …": an item's own "and").
            var items = part.replacingOccurrences(of: ", and ", with: ", ").components(separatedBy: ", ").map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            if let last = items.last, items.dropLast().allSatisfy({ !$0.contains(" and ") }), let and = last.range(of: " and ", options: .backwards) {
                items[items.count - 1] = String(last[..<and.lowerBound])
                items.append(String(last[and.upperBound...]))
            }
            // An item with a number may be longer ("thirty grams of dry biscuits at five in the
            // afternoon": fresh12 1301, where the model's lines read "Thirty grams of dry biscuits at 5 in 10").
            // Without what only starts the sentence or the step ("It's 250g red lentils", "then
            // 250 grams …": fresh25 2601).
            items = items.enumerated().map { i, item in
                item.replacingOccurrences(
                    of: i == 0 ? #"^(?:it's|it is|then)\s+"# : #"^then\s+"#, with: "", options: [.regularExpression, .caseInsensitive])
            }
            let counted = { (item: String) in !digitRuns(item).isEmpty || !numberWordsIn(item).isEmpty }
            // Among two counted items or more, a short one may have neither a number nor a
            // name ("an onion" of a recipe's ingredients).
            let counts = items.filter(counted).count
            let fits = { (item: String) in
                !item.contains("/")
                    && ((counted(item) || !capitalised(item).isEmpty) && wordCount(item) <= (counted(item) ? 12 : 6)
                        || counts >= 2 && wordCount(item) <= 4)
            }
            if items.count >= 3, items.allSatisfy(fits) { return items }
        }
        return nil
    }

    /// The numbers `text` says in words ("thirty", "seven", "a hundred"), as said.
    static func numberWordsIn(_ text: String) -> [String] {
        words(of: text).filter { numberWords[$0] != nil || moreNumberWords[$0] != nil || $0 == "hundred" }
    }

    /// The words of `text` written with a capital, as names are, of two letters or more.
    static func capitalised(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count > 1 && $0.first?.isUppercase == true }
    }
}
