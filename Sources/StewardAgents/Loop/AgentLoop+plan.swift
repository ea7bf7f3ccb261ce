import Foundation
import StewardCore
import StewardJSON
import StewardModels

/// The plan step (issue 19, "plan, then fill in a form"): before the free loop, a model with
/// tools in the prompt is asked what the task is (`TaskPlan`), its replies held to a schema
/// when its server can hold them, else read leniently (`form`); a recipe turns that into tool
/// calls, asking only small typed questions for what only the model can write. The calls run
/// as a round, checked and recorded exactly like the model's own. Whatever does not work
/// leaves the task to the free loop, with the conversation so far: nothing is lost.
extension AgentLoop {
    /// Plans and runs the recipe: `.end(.done, …)` when every call worked; nil when the free
    /// loop should go on (no plan asked, an unusable answer, no recipe, a call refused).
    func plan(_ state: inout LoopState) async -> Next? {
        guard planning(state) else { return nil }
        let task = state.messages.last { $0.role == .user }?.content ?? state.record.prompt
        guard let planned = await taskPlan(task, &state) else { return nil }
        let plan = await marking(planned, words: state.record.prompt)
        await step(&state, .note, output: "plan: \(plan.action.rawValue) \(plan.files.joined(separator: ", "))")
        let calls: [ToolCall]?
        switch plan.action {
        case .move, .rename, .copy, .delete: calls = await fileRecipe(plan, &state)
        case .create, .replace, .append, .prepend: calls = await contentRecipe(plan, &state)
        case .summarise, .extract, .list, .convert, .skill, .script: calls = await derivedRecipe(plan, &state)
        case .other: calls = nil
        }
        guard let calls, !calls.isEmpty, let model = await toolbox.currentModel.flatMap({ router.config.models[$0] }) else { return nil }
        // Checked against the person's words before any call runs (`Recipe+check`): a result
        // that does not fit writes nothing, and the free loop starts clean.
        if let misfit = await misfit(calls, plan, state) {
            await step(&state, .note, output: "plan: not used, \(misfit)")
            return nil
        }
        var done: [String] = []
        // A recipe may use any of the agent's tools, also those the model is not offered
        // (`save_file_list`; `extract_from_file` for a kind the task's words did not name).
        await toolbox.setByCode(true)
        for call in calls {
            // One call a round, so a refusal stops the recipe where it is.
            let round = await round([call], repaired: false, reply: .assistant(""), from: model, &state)
            guard !round.failed, round.finished == nil else {
                await toolbox.setByCode(false)
                return nil
            }
            let said = state.messages.last?.content.split(separator: "\n").first.map(String.init) ?? call.name
            done.append(said)
        }
        await toolbox.setByCode(false)
        return .end(.done, summary: Self.summaryLine(done.joined(separator: "; ")))
    }

    /// The plan, in two questions: the action (a short prompt: all a task with no recipe
    /// costs), then, for an action on existing files, which: the files the task names, in the
    /// order it names them, else asked with the action said. A delete always asks: a file the
    /// task names may be the one to keep.
    func taskPlan(_ task: String, _ state: inout LoopState) async -> TaskPlan? {
        guard let name = await form(TaskPlan.actionQuestion(task: task), &state)?["action"]?.string,
            var action = TaskPlan.Action(rawValue: name)
        else { return nil }
        action = await worded(action, task: task, words: state.record.prompt)
        guard action.actsOnFiles else { return TaskPlan(action: action, files: []) }
        let files = await planFiles(task)
        // Never a file the task says to leave as it is ("… and leave the cleaning rota alone").
        let kept = Self.leftAlone(state.record.prompt, task: task, among: files, action: action)
        // Nor, for a move or a copy, a file already in the folder it goes into ("… into
        // memory/tax-return-2025, where my checklist is": measured, the checklist was moved out).
        let into =
            [.move, .copy].contains(action)
            ? Self.destinations(
                task, action: action,
                known: Set(Coaching.paths(in: task).filter(Coaching.isFolder).map(Coaching.withoutSlash) + files.map(Coaching.parent))) : []
        // Those the person's own words name before those the routing added ("The insurance form
        // (memory/home/insurance.md) wants our alarms … turn the list in memory/home/alarms.md into
        // a CSV": fresh21 2212, which converted the insurance note).
        let own = Set(files.filter { Self.names(state.record.prompt, $0) })
        var named = files.filter { f in Self.names(task, f) && !kept.contains(f) && !into.contains(Coaching.parent(f)) }.sorted {
            (own.contains($0) ? 0 : 1, Self.firstMention($0, in: task)) < (own.contains($1) ? 0 : 1, Self.firstMention($1, in: task))
        }
        // "Delete the copy and keep the original" of `plumber.md` and `plumber (copy).md`: the one
        // named as a copy (fresh22 2308, where both, named as a list in another sentence, went).
        if action == .delete, let copy = Self.theCopy(state.record.prompt, among: named) { return TaskPlan(action: action, files: [copy]) }
        // Files named as a list ("move a.txt and b.txt into 2025/", "delete a.md, b.md") are
        // each moved, copied or deleted; for a delete, in the sentence that asks it.
        if [.move, .copy, .delete].contains(action), named.count > 1, Self.listed(named, in: task),
            action != .delete || Self.sentences(state.record.prompt).contains(where: { s in Self.listed(named, in: s) && Self.asksDelete(s) })
        {
            return TaskPlan(action: action, files: named)
        }
        // "Move both into …", "file the two tax letters": that many, each acted on; those named
        // when they are as many, else asked for (the named ones offered first).
        let stated = [.move, .copy, .delete].contains(action) ? Self.statedCount(state.record.prompt) : nil
        if action != .delete, let stated, named.count == stated { return TaskPlan(action: action, files: named) }
        // "The three chord sheets I downloaded, the ones for Jolene, Wonderwall and Hallelujah":
        // the files a word of whose own name the task says, when as many as it states (fresh11
        // 1206: asked, the model picked a song already in the destination).
        if action != .delete, let stated, named.count < stated {
            let byWords = Self.namedBy(
                Set(Coaching.taskWords(in: state.record.prompt)), among: files.filter { !kept.contains($0) && !into.contains(Coaching.parent($0)) })
            if byWords.count == stated { return TaskPlan(action: action, files: byWords) }
        }
        // "I got through three garden jobs: the roses are pruned, the beds are mulched and the
        // pond is clean. Could you mark those three as done?": a change of as many files as the
        // task states, those a word of whose own name it says (fresh12 1306: asked, the model
        // picked the hedge, done in October).
        if [.replace, .append, .prepend].contains(action), named.isEmpty, let n = Self.statedCount(state.record.prompt), n > 1 {
            let byWords = Self.namedBy(Set(Coaching.taskWords(in: state.record.prompt)), among: files.filter { !kept.contains($0) })
            if byWords.count == n { return TaskPlan(action: action, files: byWords) }
        }
        // "Put my new address on the library, allotment and running club notes": each file the
        // list names by its bare name (`listedByName`), also when the routing found some of them
        // by their words ("the spring newsletter, the welcome pack and the Facebook post":
        // fresh19 2006, whose plan had the last two).
        if [.replace, .append, .prepend].contains(action) {
            // In the folders the task names, when it names any.
            let folders = Coaching.paths(in: task).filter(Coaching.isFolder).map { Coaching.withoutSlash($0) + "/" }
            let near = files.filter { f in !kept.contains(f) && (folders.isEmpty || folders.contains { f.hasPrefix($0) }) }
            let listed = Self.listedByName(state.record.prompt, among: near)
            if listed.count > named.count, Set(named).isSubset(of: listed) { return TaskPlan(action: action, files: listed) }
        }
        // A rename to a name that is one named file's own, restyled ("rename memory/bills/Council
        // Tax 2027-28.md to council-tax-2027-28.md", "like water-2027-28.md": fresh21 2204, which
        // renamed the example): that file.
        if action == .rename, named.count > 1 {
            let new = Self.fileNames(in: task).filter { n in !named.contains { Self.lastName($0) == n } }
            let restyled = named.filter { f in new.contains { Self.styledName(Self.lastName(f), like: $0) == $0 } }
            if restyled.count == 1 { return TaskPlan(action: action, files: restyled) }
            // "… letter (1).md is the consent letter for the Year 5 trip; please rename it …"
            // (fresh25 2604, which renamed letter.md, named first): the one named last before it.
            if let it = Self.renamedBefore(state.record.prompt, among: named) { return TaskPlan(action: action, files: [it]) }
        }
        // What is read is what the person's own words name by path, when they name any, not a
        // file the routing found by a word ("The garage emailed a long service report … Could
        // you sum up memory/car/service-2027-03.md": fresh23 2409, whose plan had the garage's
        // note too, and the summary waited on reading it).
        if [.summarise, .extract, .convert].contains(action), case let mine = named.filter(own.contains), !mine.isEmpty { named = mine }
        // Not a file the task names as an example of the name it wants ("I name each one after
        // its year, like self-assessment-2025-26.md, but this year's is still called
        // self-assessment-draft.md": fresh23 2404, which renamed the example).
        if action == .rename, case let meant = named.filter({ !Self.namedAsExample(state.record.prompt, $0) }), !meant.isEmpty {
            named = meant
        }
        // A move, rename or copy acts on one file, the one named first ("copy a.md to b.md").
        let most = [TaskPlan.Action.move, .rename, .copy].contains(action) ? 1 : 3
        if action != .delete && !named.isEmpty && (stated ?? 0) < named.count {
            return TaskPlan(action: action, files: Array(named.prefix(most)))
        }
        // A delete of the one file the person's own words name in the sentence that asks it
        // ("Could you delete lentil-bake.md from memory/recipes? The lentil soup's a keeper":
        // fresh21 2208, where asked, the model picked the soup, then the risotto).
        if action == .delete, named.count == 1, own.contains(named[0]),
            Self.sentences(state.record.prompt).contains(where: { Self.deletes($0, named[0]) })
        {
            return TaskPlan(action: action, files: named)
        }
        // Not offered the files the task says to keep ("…, but keep v2"); those in the folder
        // it names, closest first (`offered`).
        var offered = Self.offered(files.filter { !kept.contains($0) && !into.contains(Coaching.parent($0)) }, task: task, action: action)
        guard !offered.isEmpty else { return nil }
        var titles: [String: String] = [:]
        var texts: [String: String] = [:]
        if offered.count <= TaskPlan.mostTitled {
            for f in offered { texts[f] = await text(of: f) }
            titles = TaskPlan.titles(texts)
            // Nor one the task says to keep by what it holds (`keptByTitles`).
            if [.move, .rename, .replace, .append, .prepend, .delete].contains(action) {
                let keptByTitle = Self.keptByTitles(state.record.prompt, titles: titles)
                if !keptByTitle.isEmpty, keptByTitle.count < offered.count {
                    offered.removeAll(where: keptByTitle.contains)
                    titles = titles.filter { offered.contains($0.key) }
                }
            }
            offered = Self.offered(offered, task: task, action: action, titles: titles)
        }
        let count = stated.flatMap { $0 <= offered.count ? $0 : nil }
        let question = TaskPlan.filesQuestion(task: task, action: action, files: offered, titles: titles, count: count)
        var picked = TaskPlan.files(await form(question, &state), offered: offered)
        if let count, picked.count != count { return nil }
        // One file moved, copied or renamed: the one whose text alone has a name or a figure the
        // task says, when the model picked another ("Trailhaus finally refunded the boots, £89.99
        // back on my card. Could you move their note …": fresh20 2105 picked the desk lamp's).
        if [.move, .copy, .rename].contains(action), count == nil, named.isEmpty,
            let pointed = Self.pointed(by: state.record.prompt, among: texts), !picked.contains(pointed)
        {
            picked = [pointed]
        }
        // A file the task does not name is changed or read alone unless it says how many
        // (measured: "add today's sighting to … my 2026 bird list" was answered with the wish
        // list too, and the line went into both).
        // Unless the task calls each one picked by a word of its name ("change my name in the
        // library, dentist and electricity notes": fresh15 1606, where only the dentist's
        // changed).
        if count == nil, named.isEmpty, ![.move, .copy, .delete].contains(action),
            picked.count < 2 || Self.namedBy(Set(Coaching.taskWords(in: state.record.prompt)), among: picked).count < picked.count
        {
            picked = Self.closest(picked, task: task, titles: titles).map { [$0] } ?? []
        }
        // Nor is more than one deleted when the task deletes "the note" (fresh12 1308: "Please
        // delete the note for his dentist appointment … keep both of those notes" was answered
        // with the dentist's note and the optician's).
        if count == nil, action == .delete, picked.count > 1, Self.deletesOne(state.record.prompt) {
            picked = Self.closest(picked, task: task, titles: titles).map { [$0] } ?? []
        }
        // A delete's answer with none of the files the task names is not trusted: measured, the
        // 0.5B model answered "Delete 'memory/garden/plan copy.md'" with plan.md and two READMEs.
        // Nor one for a task naming several files (measured unconstrained, "delete the extra
        // copy, plan copy.md, … and keep plan.md" was answered plan.md): the loop decides. A
        // file named to keep is not one of those.
        let toAct = named.filter { !kept.contains($0) }
        guard !picked.isEmpty, toAct.isEmpty || picked.contains(where: toAct.contains), action != .delete || toAct.count < 2 else { return nil }
        return TaskPlan(action: action, files: picked)
    }

    /// An add the task's words say is a mark ("tick off \"pay the rent\"", "mark it as done")
    /// on an item its files have, or a setting's new number (`changesSetting`): a replace of those files (measured: the 0.5B model planned
    /// "Tick off \"pay the rent\" in memory/todo.md" as an append, which added the item again).
    /// Not when the task quotes a text a file does not have: that is the line to add.
    func marking(_ plan: TaskPlan, words: String) async -> TaskPlan {
        guard [.append, .prepend].contains(plan.action) else { return plan }
        var marked: [String] = []
        for path in plan.files {
            guard let text = await text(of: path) else { continue }
            let mark =
                Self.mark(words, lines: text.split(separator: "\n").map(String.init)) != nil
                && Coaching.quotedTexts(in: words).allSatisfy({ text.lowercased().contains($0.lowercased()) })
            // "Glenmoor Farm have moved us to pitch 14. Could you update the pitch number …"
            // (fresh10 1102: planned as an append, which wrote the task's words).
            if mark || Self.changesSetting(words, in: text) { marked.append(path) }
        }
        return marked.isEmpty ? plan : TaskPlan(action: .replace, files: marked)
    }

    /// How many files the task's words say it acts on: "both" is 2, "the / these / my / all two
    /// (three)" 2 (3), else as many as it lists after its verb (`listedCount`); nil when they
    /// say no number.
    static func statedCount(_ task: String) -> Int? {
        // Not a number said of what to keep (fresh13 1408: "… and so is the bookshop gift
        // card, so keep both" made the delete of one note a delete of two).
        let words = withoutKeeping(task).split(whereSeparator: { !$0.isLetter }).map(String.init)
        // Not "both" that says where things are ("Both are in memory/hobbies/photography", of
        // two folders: fresh23 2405, where both herons were moved) or of folders.
        let whereWords: Set<String> = ["are", "were", "live", "sit", "folders", "places"]
        if words.indices.contains(where: { words[$0] == "both" && ($0 + 1 == words.count || !whereWords.contains(words[$0 + 1])) }) {
            return 2
        }
        let numbers = ["two": 2, "three": 3]
        for (i, w) in words.enumerated().dropFirst() where ["the", "these", "those", "my", "all", "both"].contains(words[i - 1]) {
            if let n = numbers[w] { return n }
        }
        return listedCount(task)
    }

    /// How many things the task lists, each with its determiner, between a verb that moves,
    /// copies or deletes files and where they go or come from: "move the 2025 interest
    /// statement, the 2025 pension statement and the note of 2025 charity gifts out of …" is 3
    /// (measured: planned as a move of one). Paths listed are `listed`'s; nil when none.
    static func listedCount(_ task: String) -> Int? {
        let verbs = ["move", "copy", "delete", "remove", "put", "gather", "collect", "transfer", "bin"]
        let ends = [" out of ", " from ", " into ", " to ", " in ", " inside ", " over ", " across "]
        let determiners: Set<String> = ["the", "my", "our", "his", "her", "their", "your"]
        for sentence in sentences(task) {
            let lower = " " + sentence.lowercased() + " "
            for verb in verbs {
                guard let v = lower.range(of: " \(verb) ") else { continue }
                let rest = lower[v.upperBound...]
                let end = ends.compactMap { rest.range(of: $0)?.lowerBound }.min() ?? rest.endIndex
                let parts = rest[..<end].replacingOccurrences(of: ", and ", with: ", ").replacingOccurrences(of: " and ", with: ", ")
                    .replacingOccurrences(of: " & ", with: ", ").components(separatedBy: ", ").map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count >= 2, !parts.contains(where: { $0.contains("/") }),
                    parts.allSatisfy({ determiners.contains(String($0.split(separator: " ").first ?? "")) })
                else { continue }
                return parts.count
            }
        }
        return nil
    }

    /// Where `task` first names `path` (whole, else its file name), for the order of the files.
    static func firstMention(_ path: String, in task: String) -> Int {
        mention(path, in: task).map { task.distance(from: task.startIndex, to: $0.lowerBound) } ?? task.count
    }

    /// Whether every time `task` names `path` (whole or by its file name) it is as an example:
    /// after "like", "such as", "e.g." or "for example".
    static func namedAsExample(_ task: String, _ path: String) -> Bool {
        let name = NSRegularExpression.escapedPattern(for: path.split(separator: "/").last.map(String.init) ?? path)
        let all = "(?:[\\w./-]*/)?" + name
        let example = "\\b(?:like|such as|e\\.g\\.|for example|for instance),?\\s+" + all
        return matches(task, all)
            && task.replacingOccurrences(of: example, with: "", options: [.regularExpression, .caseInsensitive]).range(
                of: all, options: .regularExpression) == nil
    }

    /// The file of `named` a rename of "it", "that" or "this (one)" points back to: the one
    /// `task` names last before those words, by its path or its file name, as a word of its own.
    static func renamedBefore(_ task: String, among named: [String]) -> String? {
        guard let r = task.range(of: #"\brename (it|that|this)( one)?\b"#, options: [.regularExpression, .caseInsensitive]) else { return nil }
        let before = String(task[..<r.lowerBound])
        let last = named.compactMap { path -> (String, Int)? in
            let names = [path, lastName(path)].map(NSRegularExpression.escapedPattern(for:))
            let at = names.flatMap { allRanges(#"(?<![\w./-])"# + $0 + #"(?![\w/-])"#, in: before) }.map {
                before.distance(from: before.startIndex, to: $0.lowerBound)
            }
            return at.max().map { (path, $0) }
        }
        return last.max { $0.1 < $1.1 }?.0
    }

    /// Where `task` first names `path`: whole, else its file name.
    static func mention(_ path: String, in task: String) -> Range<String.Index>? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return task.range(of: path) ?? task.range(of: name)
    }

    /// Whether the task names `files` (in the order it names them) one after another as a
    /// list: nothing but commas, "and", "&" or "as well as" between them ("a.txt and b.txt",
    /// "a.md, b.md & c.md"); not "move a.md next to b.md" nor "delete a.md and keep b.md".
    static func listed(_ files: [String], in task: String) -> Bool {
        let at = files.compactMap { mention($0, in: task) }
        guard at.count == files.count, at.count > 1 else { return false }
        let joiners: Set<String> = ["", ",", "and", ", and", "&", "as well as", "plus"]
        return zip(at, at.dropFirst()).allSatisfy { a, b in
            a.upperBound <= b.lowerBound
                && joiners.contains(
                    task[a.upperBound..<b.lowerBound].trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\"'`")))
                        .lowercased())
        }
    }

    /// Whether the plan is asked: `[agents] plan` on, a fresh task (no proposal yet: a revision
    /// or a task taken over has work in it a plan knows nothing of), and a first model on the
    /// route with tools in the prompt (a model with native tool calls runs the free loop).
    func planning(_ state: LoopState) -> Bool {
        guard limits.plan, state.record.proposal == nil, state.record.revisionOf == nil else { return false }
        return planModel(state)?.toolCalls == "prompt"
    }

    /// The first model on the agent's route not given up on: the one the plan is asked of.
    func planModel(_ state: LoopState) -> ModelSpec? {
        let route = options.model.map { [$0] } ?? router.config.route(toolbox.kind.rawValue)
        return route.first { !options.exclude.contains($0) && !state.excluded.contains($0) }.flatMap { router.config.models[$0] }
    }

    /// The files the plan may name: those under the agents' folders as the task's proposal has
    /// them, the ones the task names first (a short enum is read better, and these are the
    /// likely answers), at most `TaskPlan.maxFiles`.
    func planFiles(_ task: String) async -> [String] {
        let proposal = await toolbox.readingProposal()
        var all: [String] = []
        for root in TaskPlan.roots {
            all += (try? await toolbox.workspace.listFiles(under: root, in: proposal, limit: TaskPlan.maxFiles * 4).map(\.path)) ?? []
        }
        let named = all.filter { Self.names(task, $0) }
        return Array((named + all.filter { !named.contains($0) }).prefix(TaskPlan.maxFiles))
    }

    /// The one file of `texts` whose text alone has a name (a capitalised word of four letters
    /// or more) or a figure (three characters or more with a digit) the task says; nil when
    /// none or several are.
    static func pointed(by task: String, among texts: [String: String]) -> String? {
        var words = task
        for p in Coaching.paths(in: task) { words = words.replacingOccurrences(of: p, with: " ") }
        let tokens = words.split(whereSeparator: \.isWhitespace).map { Coaching.bare(String($0)) }.filter { t in
            (t.count >= 4 && t.first?.isUppercase == true && t.allSatisfy(\.isLetter) && !commonWords.contains(t.lowercased()))
                || (t.count >= 3 && t.contains(where: \.isNumber))
        }
        let found = Set(
            tokens.compactMap { t -> String? in
                let having = texts.filter { $0.value.contains(t) }.map(\.key)
                return having.count == 1 ? having[0] : nil
            })
        return found.count == 1 ? found.first : nil
    }

    /// Whether `task` names `path`: whole, or its file name as a word (or words: "plan copy.md").
    static func names(_ task: String, _ path: String) -> Bool {
        if task.contains(path) { return true }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name.contains(" ") { return task.contains(name) }
        let words = task.split(whereSeparator: { $0.isWhitespace || "\"'`,;:()".contains($0) }).map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: ".!?"))
        }
        guard let at = words.firstIndex(where: { $0 == name || $0.hasSuffix("/" + name) }) else { return false }
        // "A copy of setlist.md in his folder, memory/band/sound": the file copied, not one there
        // (fresh20 2107).
        if at > 0, words[at - 1].lowercased() == "of" { return true }
        // A bare name the task puts in another folder names the file there, not one of that name
        // elsewhere ("save the copy as packing.md in memory/trips/2026-lake-district": fresh15
        // 1607, where last year's packing.md was taken for a file the task names).
        let placed = Coaching.paths(in: task).filter { $0.hasSuffix("/" + name) }
        return placed.isEmpty || placed.contains(path)
    }

    /// A sentence's delete word ("delete", "remove", "get rid of", …), if it has one.
    static func deleteWord(_ sentence: String) -> Range<String.Index>? {
        sentence.range(of: #"\b(delete|remove|bin|trash|get rid of|throw away|throw out|erase)\b"#, options: [.regularExpression, .caseInsensitive])
    }

    /// Whether `sentence` has a delete word.
    static func asksDelete(_ sentence: String) -> Bool { deleteWord(sentence) != nil }

    /// The one of `files` whose name says it is a copy ("plumber (copy).md", "plan copy 2.md",
    /// "notes (1).md", "… duplicate.md") when a sentence of `task` deletes "the copy", "the
    /// duplicate" or "the extra one" and no other file named is such a copy.
    static func theCopy(_ task: String, among files: [String]) -> String? {
        guard files.count > 1,
            sentences(task).contains(where: { s in
                guard let verb = deleteWord(s) else { return false }
                return matches(String(s[verb.upperBound...]), #"^\s+(?:the|that)\s+(?:copy|duplicate|duplicated one|extra one|second one)\b"#)
            })
        else { return nil }
        let copies = files.filter { f in
            matches(lastName(f).lowercased(), #"\bcopy\b|\bduplicate\b|\(\d+\)\.[a-z0-9]+$"#)
        }
        return copies.count == 1 ? copies[0] : nil
    }

    /// Whether `sentence` asks to delete `file`: a delete word, then within six words and no
    /// "not", "except", "but", "keep" or "leave" the file's path or name ("delete its note,
    /// memory/recipes/lentil-bake.md", "delete lentil-bake.md from …"; not "delete the drafts
    /// but keep final.md").
    static func deletes(_ sentence: String, _ file: String) -> Bool {
        guard let verb = deleteWord(sentence), let at = mention(file, in: sentence), verb.upperBound <= at.lowerBound
        else { return false }
        let between = String(sentence[verb.upperBound..<at.lowerBound])
        return wordCount(between) <= 6 && !matches(between, #"\b(not|except|but|keep|keeping|leave|without)\b|n't\b"#)
    }
}
