import Foundation
import StewardCore
import StewardJSON
import StewardModels
import StewardTools

/// The check of a recipe's calls before any of them runs (issue 19): what they would change
/// and write is held against the person's own words (the task as they wrote it, not as
/// coaching added paths to it), as a careful reader checks a colleague's change without
/// knowing how it will be tested. A recipe that picked the wrong action or file, or wrote the
/// task's sentence as a file's text, is then never `done`: nothing of it is written, and the
/// free loop starts from the task as if no plan had been asked (measured on dev: three of the
/// four tasks the plan lost were such results, and in the fourth a refused recipe call left
/// its text in the conversation, which the 0.5B model then copied into the file).
extension AgentLoop {
    /// Why `calls` do not do the person's task, or nil when nothing says so.
    func misfit(_ calls: [ToolCall], _ plan: TaskPlan, _ state: LoopState) async -> String? {
        let files = await workspaceFiles()
        // (A path with spaces the person wrote without quotes is that file: `withSpacedPathsQuoted`,
        // fresh22 2304, whose rename was refused for "memory/documents/scans/Scan/gas-safety-2027.md".)
        let words = Coaching.withSpacedPathsQuoted(state.record.prompt, files: files)
        let named = Coaching.paths(in: words)
        // The files that are there which the person names, by path or by file name, but not
        // those they say to leave as they are.
        let leftAlone = Self.leftAlone(words, task: words, among: files, action: plan.action)
        let namedFiles = files.filter { (Self.names(words, $0) || named.contains($0)) && !leftAlone.contains($0) }
        // The new file the person names, when they name exactly one.
        let newFiles = Set(named.filter { !Coaching.isFolder($0) && !files.contains($0) })
        let newFile = newFiles.count == 1 ? newFiles.first : nil
        let folders = Set(named.filter(Coaching.isFolder).map(Coaching.withoutSlash))
        var before: [String: String] = [:]
        var written: [(path: String, old: String?, new: String)] = []
        for call in calls {
            let args = ((try? JSONValue.parse(call.arguments))?.object ?? [:]).compactMapValues(\.string)
            for (key, source) in Self.sources(of: call.name, args) {
                guard files.contains(source) else { continue }
                // Nor changes one it says to leave as it is (read, it may be: "convert the 2026
                // file, not last year's").
                let reads = [ReadFile.name, ConvertFile.name, ExtractFromFile.name, CopyFile.name].contains(call.name)
                if !reads, leftAlone.contains(source) {
                    return "\(call.name) \(key) \(source), a file the task says to keep"
                }
                // Not for a delete: the file a task names may be the one to keep ("delete the old
                // note and keep memory/keep.md").
                // Nor for as many files as the task says ("gas-bill.md and the water one, both").
                let counted = plan.files.count > 1 && Self.statedCount(words) == plan.files.count && plan.files.contains(source)
                if call.name != DeleteFile.name, !namedFiles.isEmpty, !namedFiles.contains(source), !counted {
                    return "\(call.name) \(key) \(source), a file the task does not name (it names \(namedFiles.joined(separator: ", ")))"
                }
                // Nor moves one it says no word of (name or title), outside the folders it names,
                // or copies one but to the new file the task names (fresh12 1302: "The council
                // has moved our recycling collection to Thursdays. Could you update that line in
                // my household note in memory/home?" moved memory/README.md into memory/home).
                if call.name == MoveFile.name || (call.name == CopyFile.name && newFile == nil), namedFiles.isEmpty,
                    !folders.contains(Coaching.parent(source))
                {
                    let title = await text(of: source).flatMap { TaskPlan.title($0) }
                    if Self.closeness([source], task: words, titles: title.map { [source: $0] } ?? [:])[source] == 0 {
                        return "\(call.name) \(key) \(source), a file the task says no word of"
                    }
                }
                // A task that names only files not there yet names where its text goes ("write a
                // note to memory/groceries.md listing milk…", planned as an append to
                // memory/README.md): a change in place of a file that is there is not it.
                if namedFiles.isEmpty, !newFiles.isEmpty, [AppendToFile.name, ReplaceInFile.name, WriteFile.name].contains(call.name) {
                    let told = newFiles.sorted().joined(separator: ", ")
                    return "\(call.name) \(key) \(source), a file the task does not name (it names \(told), not there yet)"
                }
                if before[source] == nil, let text = await text(of: source) { before[source] = text }
            }
            if let made = Self.made(by: call.name, args) {
                // Not for a skill or a script: the path it names may be one the skill or
                // script writes when it runs ("a script that saves the count to outputs/n.txt").
                // A new file the person names bare ("it goes in the 2026 folder as
                // invoice-031.md"), which `Coaching.paths` put in the folder they name by path, may
                // be in a folder of that one (fresh14 1507: the copy into memory/invoices/2026 was
                // refused for memory/invoices/invoice-031.md).
                let bare =
                    newFile.map { !words.contains($0) && made.hasSuffix("/" + Self.lastName($0)) && made.hasPrefix(Self.folder(of: $0)) } ?? false
                // Nor a name with spaces the person writes whole, the task's path its last words
                // ("to Hive 1 inspection 2027-05-14.md": fresh26 2704).
                let spaced =
                    newFile.map {
                        made.hasSuffix(" " + Self.lastName($0)) && words.contains(" " + Self.lastName(made))
                            && Self.folder(of: made) == Self.folder(of: $0)
                    }
                    ?? false
                if !files.contains(made), let newFile, made != newFile, !bare, !spaced, ![.skill, .script].contains(plan.action) {
                    return "\(call.name) makes \(made), but the task names \(newFile)"
                }
                if [MoveFile.name, CopyFile.name].contains(call.name), plan.action != .rename, let from = args["from"] {
                    let into = Coaching.parent(made)
                    let told = folders.subtracting([Coaching.parent(from)])
                    // "in the tax folder in memory/paperwork": a folder of the named one that the
                    // task calls by its name.
                    let described =
                        told.contains(Coaching.parent(into))
                        && Self.callsFolder(words, Self.lastName(into))
                    // "Into the published/2028 folder under memory/kayak-club/reports": a folder
                    // the task names by its path below another (fresh28 2905).
                    let below = told.contains { r in into.hasSuffix("/" + r) }
                    if !told.isEmpty, !told.contains(into), !described, !below, newFile == nil {
                        return "\(call.name) into \(into), but the task names \(told.sorted().joined(separator: ", "))"
                    }
                }
            }
            switch call.name {
            case ReplaceInFile.name:
                if let path = args["path"], let find = args["find"], let new = args["replace"] { written.append((path, find, new)) }
            case AppendToFile.name:
                if let path = args["path"], let text = args["text"] { written.append((path, nil, text)) }
            case WriteFile.name where [.create, .summarise].contains(plan.action):
                if let path = args["path"], let content = args["content"] { written.append((path, nil, content)) }
            default: break
            }
        }
        return Self.misfit(written: written, before: before, action: plan.action, task: words)
    }

    /// Why the texts a recipe's model wrote do not fit the task: the task's sentence written
    /// back; a text or number the task gives that is not in the file yet and does not land;
    /// a "replace X with Y" that changes a line without X; a changed line that keeps nothing
    /// of the line it was.
    static func misfit(written: [(path: String, old: String?, new: String)], before: [String: String], action: TaskPlan.Action, task: String)
        -> String?
    {
        let quotes = Coaching.quotedTexts(in: task)
        let unquoted = quotes.reduce(task) { $0.replacingOccurrences(of: $1, with: " ") }
        // A task starts with what it asks ("Could you put…", "I missed the meeting; please…"),
        // seldom with the text it gives: its first words again in a file are the task copied.
        let opening = words(of: unquoted).prefix(8).joined(separator: " ")
        for w in written {
            let new = w.new.lowercased()
            if let p = Coaching.paths(in: unquoted).first(where: { $0.contains("/") && new.contains($0.lowercased()) }) {
                return "the text written to \(w.path) repeats the task's path \(p)"
            }
            if words(of: unquoted).count >= 6, (" " + words(of: w.new).joined(separator: " ") + " ").contains(" " + opening + " ") {
                return "the text written to \(w.path) repeats the task's words"
            }
        }
        guard [.replace, .append, .prepend, .create].contains(action) else { return nil }
        // What the task gives that should land: its quoted texts and (not for a new file's
        // list) its numbers, each that the file does not have yet; not a number said only of
        // what to leave as it is (fresh13 1402: "… and the old 2024 choir note too" refused the
        // rehearsal line for lacking "2024").
        // Nor a year that says which thing is meant ("the 2025 copy of the contacts is just a
        // backup": fresh25 2602, which refused the mobile's change for lacking "2025").
        let naming = withoutKeeping(unquoted).replacingOccurrences(
            of: #"\b(the|my|our|that|this|last year's|this year's) (19|20)\d\d (?=[a-z])"#, with: "$1 ",
            options: [.regularExpression, .caseInsensitive])
        let given = quotes + (action == .create ? [] : givenNumbers(in: naming))
        for w in written {
            let had = (before[w.path] ?? "").lowercased()
            // "52,310" is written 52310 in a CSV's row.
            for g in given
            where !had.contains(g.lowercased()) && !w.new.lowercased().contains(g.lowercased())
                && !w.new.contains(g.replacingOccurrences(of: ",", with: ""))
            {
                return "\(w.path) would not have \"\(g)\", which the task gives"
            }
        }
        guard action == .replace else { return nil }
        // "replace X with Y" where X is in a changed file (or a changed line): every changed line
        // has X and becomes one with Y ("replace apples with pears" once changed "# Shopping").
        if let (x, y) = Coaching.replacement(in: task),
            written.contains(where: { (($0.old ?? "") + "\n" + (before[$0.path] ?? "")).lowercased().contains(x.lowercased()) })
        {
            // A date moved however the file writes it passes ("12/12" made "19/12": `dateSwap`).
            for w in written
            where (!(w.old ?? "").lowercased().contains(x.lowercased()) || !w.new.lowercased().contains(y.lowercased()))
                && !movesDate(x, to: y, old: w.old ?? "", new: w.new)
            {
                return "the line changed in \(w.path) is not \"\(x)\" made \"\(y)\", as the task asks"
            }
        }
        for w in written {
            let old = Set(words(of: w.old ?? ""))
            if old.count >= 3, old.isDisjoint(with: words(of: w.new)) {
                return "the new line in \(w.path) keeps nothing of the line it changes"
            }
        }
        return nil
    }

    /// The files a call reads or changes as they are, by argument: a write's path only when
    /// the file is there (the caller checks), a move's or copy's source, an edit's file.
    static func sources(of tool: String, _ args: [String: String]) -> [(String, String)] {
        let keys: [String] =
            switch tool {
            case ReplaceInFile.name, AppendToFile.name, DeleteFile.name, ReadFile.name, WriteFile.name: ["path"]
            case MoveFile.name, CopyFile.name, ConvertFile.name, ExtractFromFile.name: ["from"]
            default: []
            }
        return keys.compactMap { k in args[k].map { (k, $0) } }
    }

    /// The file a call makes or overwrites whole: a write's path, a move's or copy's
    /// destination, a conversion's, extraction's or list's new file.
    static func made(by tool: String, _ args: [String: String]) -> String? {
        switch tool {
        case WriteFile.name, WriteScript.name: args["path"]
        case MoveFile.name, CopyFile.name: args["from"].flatMap { from in args["to"].map { FileTools.destination(from, $0) } }
        case ConvertFile.name, ExtractFromFile.name, SaveFileList.name: args["to"]
        default: nil
        }
    }

    /// The files under the agents' folders now (the task's proposal, else `main`).
    func workspaceFiles() async -> [String] {
        let proposal = await toolbox.readingProposal()
        var all: [String] = []
        for root in TaskPlan.roots {
            all += (try? await toolbox.workspace.listFiles(under: root, in: proposal, limit: 2_000).map(\.path)) ?? []
        }
        return all
    }

    /// The files the task says to keep ("delete the first draft, but keep v2 and my birthday
    /// speech", "I only need v2 now", "everything except notes.md"): those with a word of their
    /// name that no other file of their folder has ("v2" of `complaint-airline-v2.md` beside
    /// `-v1.md`) in the words after "keep", "only need", "leave", "except" or "but not", to the
    /// end of that sentence.
    static func kept(_ task: String, among files: [String]) -> [String] {
        var byPath = keptPaths(task)
        // A bare name no other file has ("Keep plumber.md.": fresh22 2308, where both were offered).
        for name in keptPaths(task, bare: true) {
            let having = files.filter { lastName($0).lowercased() == name }
            if having.count == 1 { byPath.insert(having[0].lowercased()) }
        }
        return files.filter { byPath.contains($0.lowercased()) }
            + namedBy(clauseWords(task, after: keepTriggers), among: files).filter {
                !byPath.contains($0.lowercased())
            }
    }

    /// The paths (lowercased) the task names in what it says to keep ("delete
    /// memory/vet/luna-vaccinations-copy.md and keep memory/vet/luna-vaccinations.md": fresh19
    /// 2008, where no word of the kept file's name was its own and it was deleted too).
    /// Those after a keep trigger, to a comma or a word that starts another clause ("keep X",
    /// "leave X and Y"; not "To keep everything for the trip together, please take
    /// boarding-pass.txt …": dev2 405), and the last one before a "stays" ("… and memory/a.md
    /// stays": not the sentence's other paths).
    /// (`bare`: the file names without a folder in what it says to keep, lowercased.)
    static func keptPaths(_ task: String, bare: Bool = false) -> Set<String> {
        let after = keepClauses(task, after: keepTriggers.filter { !stayTriggers.contains($0) }).flatMap { c in
            let own =
                c.clause.range(of: #",|\b(please|so|but|then|because|while)\b"#, options: .regularExpression).map { c.clause[..<$0.lowerBound] }
                ?? c.clause
            return bare ? fileNames(in: String(own)).filter { !$0.contains("/") } : Coaching.paths(in: String(own))
        }
        if bare { return Set(after.map { $0.lowercased() }) }
        let before = keepClauses(task, after: stayTriggers).compactMap { c -> String? in
            guard let pointing = c.pointing, pointing.count > c.clause.count else { return nil }
            return Coaching.paths(in: String(pointing.dropLast(c.clause.count))).last
        }
        return Set((after + before).map { $0.lowercased() })
    }

    /// The files with a word of their name, a plural's "s" aside, that `said` has and no other
    /// file of their folder has ("saturday" of `ballet-saturday.md` in "ballet on Saturdays",
    /// beside `ballet-tuesday.md`).
    static func namedBy(_ said: Set<String>, among files: [String]) -> [String] {
        let said = Set(said.map(stem))
        guard !said.isEmpty else { return [] }
        let own = { (f: String) in Set(nameWords(f).map(stem)) }
        return files.filter { f in
            let others = files.filter { $0 != f && Coaching.parent($0) == Coaching.parent(f) }.map(own)
            return own(f).contains { t in said.contains(t) && !others.contains { $0.contains(t) } }
        }
    }

    /// The words a list's task says what it leaves out after.
    static let leaveOutTriggers = [
        "not ", "without ", "leaving out ", "leave out ", "except ", "excluding ", "apart from ", "skip ", "skipping ", "ignore ", "ignoring ",
        "other than ",
    ]

    /// The files a list leaves out by the task's words ("the worksheets, not the answer
    /// sheets", "leaving out pupils.md", "without the drafts"): after one of `leaveOutTriggers`
    /// to the end of that sentence (or where a next step starts), or in what the task says does
    /// not count, each thing listed (between commas, "and", "or") leaves out the files whose
    /// names, and folders below the listed one, have all of its words that any name has, a
    /// plural's "s" aside.
    static func leftOut(_ task: String, among files: [String]) -> Set<String> {
        let common: Set<String> = [
            "the", "a", "an", "and", "or", "my", "their", "his", "her", "its", "our", "your", "of", "file", "list", "any", "them",
        ]
        let clauses = keepClauses(task, after: leaveOutTriggers).map { String($0.pointing ?? $0.clause) } + notCountedClauses(task)
        // The words of its folders in the listed one too ("without its archive subfolder").
        let named = Dictionary(
            uniqueKeysWithValues: files.map { f in
                (f, Set(nameWords(f).union(Coaching.parent(f).split(separator: "/").flatMap { words(of: String($0)) }).map(stem)))
            })
        let anyName = named.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        // Each thing the clause lists ("the refunded folder", "the 2027 wishlist") leaves out the
        // files whose names have all its words that any name has: "the 2027 wishlist" is the
        // wishlist, not every 2027 ticket (fresh27 2811, whose list kept only the 2026 one).
        var out: Set<String> = []
        for clause in clauses {
            for part in clause.components(separatedBy: ",").flatMap({ $0.components(separatedBy: " and ") }).flatMap({
                $0.components(separatedBy: " or ")
            }) {
                let said = Set(words(of: part).filter { $0.count >= 3 || $0.contains(where: \.isNumber) }.map(stem)).subtracting(common)
                    .intersection(anyName)
                guard !said.isEmpty else { continue }
                out.formUnion(files.filter { said.isSubset(of: named[$0] ?? []) })
            }
        }
        return out
    }

    /// The words after each of `triggers` in `task` (lowercased), to the end of that sentence;
    /// the whole sentence when they start with a word that points back ("The apron is a
    /// sewing pattern and the yarn shop note isn't one, so leave both where they are"), or
    /// when the word before them does ("The reunion RSVP isn't answered, so it stays").
    static func clauseWords(_ task: String, after triggers: [String]) -> Set<String> {
        var said: Set<String> = []
        for c in keepClauses(task, after: triggers) { said.formUnion(words(of: String(c.pointing ?? c.clause))) }
        return said
    }

    /// Each clause of `task` (lowercased, a space in front) after one of `triggers`, to the end
    /// of its sentence, and, when it points back ("leave both …", "so it stays …"), the whole
    /// sentence. A sentence ends at ".", ";", "!" or "?" before a space or the end, not at a
    /// path's or an ending's dot ("gutters.txt", "a .txt too": measured, the gutters note to
    /// leave was cut off from its "leave that one as it is" and renamed).
    static func keepClauses(_ task: String, after triggers: [String]) -> [(clause: Substring, pointing: Substring?)] {
        // ("The lentil soup's a keeper": fresh21 2208.)
        let lower =
            " " + task.lowercased().replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "'s a keeper", with: " is a keeper")
            + " "
        let back: Set<String> = ["both", "them", "those", "these", "it", "they", "that", "this"]
        let ends = { (i: String.Index) in
            ".;!?".contains(lower[i]) && lower.index(after: i) < lower.endIndex && lower[lower.index(after: i)].isWhitespace
        }
        var found: [(clause: Substring, pointing: Substring?)] = []
        for trigger in triggers {
            var rest = lower[...]
            // (A trigger may end its sentence: "The drop-off time stays." keeps it too.)
            let word = trigger.hasSuffix(" ") ? " " + trigger.dropLast() : " " + trigger
            while let match = rest.range(of: word) {
                // (`lower` ends with a space, so a word trigger has a character after it.)
                let next = trigger.hasSuffix(" ") && match.upperBound < lower.endIndex ? lower[match.upperBound] : nil
                if let next, !next.isWhitespace, !".,;!?".contains(next) {
                    rest = rest[match.upperBound...]
                    continue
                }
                let r = next?.isWhitespace == true ? match.lowerBound..<lower.index(after: match.upperBound) : match
                var end = lower[r.upperBound...].indices.first(where: ends) ?? lower.endIndex
                // A clause also ends where the next thing to do starts ("not the refunded folder or
                // the wishlist, and save the list to outputs/gigs-2027.md": fresh27 2811, whose
                // "2027" of the list's path left every 2027 ticket out).
                if let next = nextStep(in: lower[r.upperBound..<end]) { end = next }
                let clause = lower[r.upperBound..<end]
                // Pointing back after the words ("leave both …") or before them ("so it stays …").
                let start = lower[..<r.lowerBound].indices.last(where: ends).map { lower.index(after: $0) } ?? lower.startIndex
                let before = words(of: String(lower[start..<r.lowerBound]))
                // "The three places I keep it", "where we keep the spare key": where things are kept,
                // not what to leave (fresh26 2706 left the three files named after it as they were).
                if trigger.hasPrefix("keep "), let last = before.last, ["i", "we", "they"].contains(last) {
                    rest = rest[r.upperBound...]
                    continue
                }
                // "Except" keeps in a request ("delete the drafts except v2"), not in a saying of
                // what is ("all my notes are Markdown except the chimney sweep one": fresh10 1105
                // kept the file to rename).
                // (A verb as a verb: not "in lower case", "the list": fresh21 2204, whose "named in
                // lower case …, except the council tax note" kept the file to rename.)
                let asks = before.indices.contains { (i: Int) -> Bool in
                    guard Coaching.taskVerbs[before[i]] != nil else { return false }
                    let next: String = i + 1 < before.count ? before[i + 1] : ""
                    let previous: String = i > 0 ? before[i - 1] : ""
                    return next != "case" && previous != "in" && !beforeNouns.contains(previous)
                }
                if trigger == "except ", !asks, !before.contains(where: { ["please", "you"].contains($0) }) {
                    rest = rest[r.upperBound...]
                    continue
                }
                // What stays is said before the trigger: "the receipt and my pass stay in
                // downloads" (from the last comma, "where" or "which"), and the whole sentence
                // when that part points back ("…, so his note stays the same").
                // ("The final meter reading template has to keep 14 Mill Lane": fresh16 1706.)
                if stayTriggers.contains(trigger) {
                    let head = lower[start..<r.lowerBound]
                    // (Or a colon: "… and touch nothing else in them: the extra rehearsal stays on 29
                    // November" keeps the rehearsal, not the files "them" points to: fresh18 1906.)
                    let from =
                        [",", ":", " where ", " which ", " while "].compactMap { head.range(of: $0, options: .backwards)?.upperBound }.max()
                        ?? start
                    let pointsBack = words(of: String(lower[from..<r.lowerBound])).contains(
                        where: back.union(["his", "her", "their", "its"]).contains)
                    found.append((clause, pointsBack ? lower[start..<end] : lower[from..<end]))
                    rest = rest[r.upperBound...]
                    continue
                }
                // ("The cinema club lapsed in 2024, so that one can keep the old address": the
                // subject since the last comma points back; fresh17 1806 refused the new address
                // for lacking "2024".)
                let subject = words(of: String(lower[start..<r.lowerBound]).components(separatedBy: ",").last ?? "")
                let thatOne = zip(subject, subject.dropFirst()).contains { ["that", "this"].contains($0) && ["one", "note", "file"].contains($1) }
                let points =
                    words(of: String(clause)).first.map(back.contains) == true || before.last.map(back.contains) == true || thatOne
                found.append((clause, points ? lower[start..<end] : nil))
                rest = rest[r.upperBound...]
            }
        }
        return found
    }

    /// Where a new step starts in `clause`: at ", and", ", then" or " and then" before a verb
    /// of a task ("…, and save the list to …"); nil when none does.
    static func nextStep(in clause: Substring) -> String.Index? {
        // try!: a constant pattern, compiled by the unit tests.
        let re = try! NSRegularExpression(pattern: #"(?:,\s*(?:and\s+)?(?:then\s+)?|\s+and\s+then\s+)([a-z]+)\b"#)
        let text = String(clause)
        for m in re.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let verb = Range(m.range(at: 1), in: text), Coaching.taskVerbs[String(text[verb])] != nil,
                let start = Range(m.range, in: text)
            else { continue }
            return clause.index(clause.startIndex, offsetBy: text.distance(from: text.startIndex, to: start.lowerBound))
        }
        return nil
    }

    /// The words of a file's name without its ending ("complaint-airline-v2.md" → complaint,
    /// airline, v2).
    static func nameWords(_ path: String) -> Set<String> {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let stem = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
        return Set(words(of: stem))
    }

    /// The numbers the task gives, as written ("9090", "17", "9:30", "1,031.75" of "£1,031.75"),
    /// not those that say where ("line 3", "item 2") nor those in paths. (A comma between
    /// digits is no break: fresh18 1902's "£1,031.75" was taken for "031.75", which the
    /// changed note did not have.)
    static func givenNumbers(in task: String) -> [String] {
        let places: Set<String> = ["line", "lines", "item", "items", "row", "rows", "step", "entry", "point", "number", "no", "#"]
        let joined = task.replacingOccurrences(of: #"(?<=\d),(?=\d)"#, with: "\u{1}", options: .regularExpression)
        let tokens = joined.split(whereSeparator: { $0.isWhitespace || "(),;\"'`".contains($0) }).map {
            $0.replacingOccurrences(of: "\u{1}", with: ",")
        }
        var found: [String] = []
        for (i, raw) in tokens.enumerated() where !raw.contains("/") && !Coaching.isFileName(raw) {
            var t = raw
            while let c = t.last, ".:!?".contains(c) { t.removeLast() }
            while let c = t.first, "£€$".contains(c) { t.removeFirst() }
            guard t.first?.isNumber == true, t.allSatisfy({ $0.isNumber || ".:,".contains($0) }) else { continue }
            if i > 0, places.contains(tokens[i - 1].lowercased()) { continue }
            if !found.contains(t) { found.append(t) }
        }
        return found
    }

    /// A text's words, lowercased: runs of letters and digits.
    static func words(of text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }
}
