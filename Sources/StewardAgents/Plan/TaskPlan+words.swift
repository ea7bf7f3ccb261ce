import Foundation
import StewardTools

/// The action the plan's first question answered, corrected from the person's own words when
/// they say it plainly (issue 19): the 0.5B model's action answer was wrong in ways the words
/// settle ("a new note … x.md" planned as an append, "duplicate … as x.md" as an append, "the
/// gist" as an extract, a new script named in a task that "lists" files as a list).
extension AgentLoop {
    /// `answered` corrected by the task's words (`words`: the person's own; `task`: as the plan
    /// sees it).
    func worded(_ answered: TaskPlan.Action, task: String, words: String) async -> TaskPlan.Action {
        var action = answered
        // The person's words ask for the new file; the task's, with the folder the routing found,
        // say where ("Put it in a new file, who-brings-what.md, in the street-party folder").
        if [.append, .prepend, .replace].contains(action), await newFileAsked(task, said: words) { action = .create }
        // "Log it as batch-07.ini next to batch-06.ini", "add …/batch-07.ini, laid out like
        // batch-06.ini" (fresh27 2801: planned as an append to the other): a new file like one there.
        // Or "log it as 2030-03-09.json in memory/bike-repairs/road, the same way as the last
        // repair" (fresh30 3101: planned as a replace in the bikes' list), a new file of the
        // ending the others in its folder have.
        if [.append, .prepend, .replace].contains(action), Self.matches(words, #"\b(like|next to|same (layout|style|format|way) as)\b"#) {
            let all = await workspaceFiles()
            let names = Self.fileNames(in: words) + Coaching.paths(in: words).filter { !Coaching.isFolder($0) }.map(Self.lastName)
            let new = Set(names.filter { n in !all.contains { Self.lastName($0) == n } })
            let named = Coaching.paths(in: task).filter { $0.contains("/") && !Coaching.isFolder($0) && !all.contains($0) }
            let newPath = named.count == 1 ? named.first : named.isEmpty ? await namedInAFolder(words) : nil
            let likeNamed = new.count == 1 && Set(names).subtracting(new).contains { n in new.contains { Self.ending($0) == Self.ending(n) } }
            let besideItsKind = newPath.map { p in all.contains { Self.folder(of: $0) == Self.folder(of: p) && Self.ending($0) == Self.ending(p) } }
            if likeNamed || besideItsKind == true {
                action = .create
            }
        }
        // A new script or skill the task names, planned as a list of files or an extract
        // (measured: "write me a small bash script, find-notes.sh … that lists which files …").
        if let made = Self.made(task) {
            if action == .create {
                action = made
            } else if [.list, .extract, .other, .append, .prepend, .replace, .summarise, .convert].contains(action), await madeIsNew(task) {
                // (Fresh11 1214: "a Python script that prints the total pages of the books in
                // books-2026.csv" planned as a list, "pages.py in memory/reading" as an append;
                // fresh31 3214: "a little Python script, totals.py in memory/swimming, that … prints
                // how many lengths I've swum altogether" as a summary.)
                action = made
            }
        }
        // "Please go through memory/tea/tasting-2031.yaml and save to outputs/best-teas.md every tea
        // with a rating of 8 or higher" (fresh31 3210: planned as a rename): items out of a file
        // into a new one, with no word of the other action.
        if [.rename, .move, .copy].contains(action), Self.outOfAFile(words),
            !Self.asVerb(["rename", "name", "call", "move", "copy", "duplicate", "put", "file"], in: Coaching.taskWords(in: words)),
            await namesNew(words)
        {
            action = .extract
        }
        // "Can you get rid of 'plumber (copy).md' in memory/home?" (fresh22 2308: planned as a
        // rename): a delete a sentence asks of a file it names, with no word of the other action.
        if [.rename, .move, .copy].contains(action),
            !Self.asVerb(["rename", "name", "call", "move", "copy", "duplicate", "put", "file"], in: Coaching.taskWords(in: words)),
            Self.sentences(words).contains(where: { s in Coaching.paths(in: s).contains { Self.deletes(s, $0) } })
        {
            action = .delete
        }
        // "Could you tell me in 25 words or fewer what the insurance email (…) says, and save that as
        // outputs/insurance-summary.md?" (dev2 409: planned as an extract, which wrote the email's
        // sentences): a file that is there said in as many words or sentences is a summary.
        if [.extract, .create, .other].contains(action), let limit = Self.statedLimit(words), [.words, .sentences].contains(limit.unit),
            Self.matches(words, #"\bwhat\b(?:[^.?!]|[.?!](?=\S)){0,80}\b(says?|said|is about|tells?)\b"#), await namesExisting(words)
        {
            action = .summarise
        }
        // (And a conversion: "boil it down to a few short lines and save them as x.md", measured.)
        if [.extract, .list, .create, .convert, .other].contains(action), Self.asksSummary(words) { action = .summarise }
        // "Write who is bringing what to outputs/picnic-list.md" of a group chat there (fresh25
        // 2610: planned as an append, a list, an extract): an extract (`Recipe+whoBrings`).
        if action != .extract, Self.asksWhoBrings(words), await namesExisting(words), await namesNew(words) { action = .extract }
        // (Or a move: "read memory/street/minutes-2027-05.md and write a short summary for them
        // to outputs/street-meeting.md": fresh25 2609, whose plan moved the minutes.)
        if [.move, .copy, .rename].contains(action), Self.asksSummary(words),
            !Self.asVerb(["move", "copy", "rename", "file"], in: Coaching.taskWords(in: words)),
            await namesNew(words), await namesExisting(words)
        {
            action = .summarise
        }
        // "Duplicate that set list … as setlist-new-year.md": a copy to the new file it names.
        // (Or a file there to a new one: "copy the blank template, timesheet.md in
        // memory/work/templates, into memory/work/timesheets as 2027-week-19.md": fresh25 2607,
        // planned as a create.)
        if [.append, .prepend, .create, .other].contains(action), Self.asksCopy(words) {
            let toNew = await newFileAsked(task, said: words, any: true)
            let fromThere = await namesExisting(words)
            let new = await namesNew(words)
            let placed = await namedInAFolder(words)
            if toNew || fromThere && (new || placed != nil) { action = .copy }
        }
        // "Please read memory/pets/vet-letter.md and write three short bullet points with what we
        // have to do to outputs/juno-aftercare.md": a new file made from one that is there
        // (fresh15 1609: planned as a create, whose lines were the task's own sentences).
        if action == .create, Self.outOfAFile(words), await namesExisting(words) { action = .summarise }
        // "Give the November minutes a dated name … minutes-2026-11-18.md": a rename.
        if action == .create, Self.asksNewName(words) { action = .rename }
        // "Please read memory/home/council-bins-letter.md and write three or four short bullet
        // points …: the new collection day and when it starts, …" (fresh19 2009: planned as a
        // list, then an extract of its dates): a number of points out of a file is a summary.
        if [.list, .extract].contains(action), Self.asksPoints(words), Self.outOfAFile(words) { action = .summarise }
        // "Pull the prices … out of my fence note and list them": items of a kind out of a file.
        // (Or as a move: "go through memory/flat/welcome-letter.md and write each phone number
        // … to outputs/flat-contacts.md": fresh19 2010, which moved the letter.)
        // Not a move the words ask ("until the money's back …, so please move memory/x/boots.md to
        // the refunded folder": fresh20 2105, planned as an extract of its amounts).
        // (Or as an append to it: "February's split is in the message I sent, memory/x/rent.md.
        // Please write to outputs/rent-owed.md each flatmate who still owes me": fresh20 2110,
        // which appended a sentence of the task to the message; a file it names is not there yet.)
        var missing = false
        if !Coaching.paths(in: words).isEmpty { missing = !(await namesOnlyExisting(words)) }
        let kindOf = [.list, .move, .copy, .rename, .other].contains(action) || ([.append, .prepend].contains(action) && missing)
        // Nor a rename the words ask ("rename it to boiler-service-2026.md", of "the note I saved
        // from my phone": a kind, phone numbers, out of a file).
        let renames = action == .rename && Self.asVerb(["rename"], in: Coaching.taskWords(in: words))
        if kindOf, !renames, Self.statedKind(words) != nil, Self.outOfAFile(words), !(await asksMove(words)) {
            action = .extract
        }
        // "Please read memory/house/kitchen-quotes.md and write every firm whose quote still
        // stands … one firm per line" (fresh15 1610: planned as a list of the folder's files):
        // items out of a file it names, when it names no folder to list.
        // Unless it asks for bullet points ("write three short bullet points with what we need to
        // do": fresh16 1709), a summary.
        // (Named by its name and its folder, the routing's path: "thermometer-2030-03.log in
        // memory/greenhouse".)
        if action == .list, Self.outOfAFile(words), !Self.asksFolderList(words), await namesExisting(words + "\n" + task) {
            action = Self.statedLimit(words)?.unit == .points ? .summarise : .extract
        }
        // "I'm Ravi. Could you pull out just the things I said I'd do at the May meeting …"
        // (fresh11 1210: planned as a list of the folder's files).
        // "Could you pull out just my food bank shifts … I'm Priya on the rota" (fresh23 2410).
        if [.list, .other, .create, .summarise].contains(action), Self.actionsOf(words) != nil || Self.ownEntriesOf(words) != nil {
            action = .extract
        }
        // "Save a list of the newsletters in memory/parish-newsletters to outputs/newsletters.md",
        // "… write them to outputs/newsletters.md, one per line" (measured: planned as an append
        // to one of them, or to the note the task leaves off).
        // A file it names that is there, the one it leaves out, is no place to add to ("Seeds I still
        // need to buy are listed in memory/garden/seeds-to-buy.md and don't count": fresh23 2411).
        if [.append, .prepend, .replace].contains(action), Self.asksFolderList(words), await namesNew(words) { action = .list }
        // Or as a new file's lines, when it says each note of the folder is read ("Each plant
        // has a note in memory/home/plants …, so please save the plants that need watering once
        // a week to outputs/water-weekly.md, one per line": fresh24 2511).
        let joined = " " + Coaching.taskWords(in: words).joined(separator: " ") + " "
        if action == .create, Self.asksFolderList(words), joined.contains(" one per line ") || joined.contains(" the ones "),
            joined.contains(" each ") || joined.contains(" every "), await namesNew(words)
        {
            action = .list
        }
        // "Can you make me an index of my camping checklists? They're the .md files in
        // memory/camping/checklists; save it to outputs/checklists.md" (fresh29 3011: planned as
        // a create, which wrote "camping/checklists.md"): the files of an ending in a folder.
        if action == .create, Self.asksFolderList(words), Self.matches(words, #"(^|\s)\.[A-Za-z0-9]{1,6} files\b"#), await namesNew(words) {
            action = .list
        }
        // "My address is now jo@new.example instead of jo@old.example … please update my address
        // in each" (fresh24 2506: planned as an extract of emails): a value in place of another
        // is a change, whatever the model answered.
        if [.extract, .rename, .move, .copy, .other, .list].contains(action), Self.insteadOfValue(words) { action = .replace }
        // "… cost £4.00 rather than £3.50. Please update that price in a.csv, b.md and c.json"
        // (fresh31 3206: planned as an append, which added the task's sentence).
        if [.append, .prepend].contains(action), Self.insteadOfValue(words), Self.matches(words, #"\b(update|change|correct|amend)\b"#) {
            action = .replace
        }
        // "Would you correct that line in my emergency info note" (measured: planned as an
        // append, which added the task's sentence).
        if [.append, .prepend].contains(action), Self.asksFix(words) { action = .replace }
        // "Change the pick-up point X to Y in a.json, b.md and c.txt" (fresh27 2806: planned as an
        // append): a change of X the files have, when the words ask no addition.
        if [.append, .prepend].contains(action), Coaching.intent(of: Coaching.taskWords(in: words)) == ReplaceInFile.name,
            Coaching.replacement(in: words) != nil
        {
            action = .replace
        }
        // "Add a line at the very top of jobs.md" (measured: planned as an append).
        if [.append, .prepend].contains(action), let end = Self.statedEnd(words) { action = end }
        // "Can you put the three knitting patterns … in memory/crafts/knitting?" (measured:
        // planned as an append to one of them); "file the receipts … with the others in
        // memory/home-office/receipts" planned as a rename (no new name: `asksMove` is false
        // when the task names a file that is not there).
        // Planned as a create, when nothing new is asked for ("gather my three 2025 papers from
        // memory/paperwork into the memory/tax-return-2025 folder": measured, a new PDF was written).
        // "The council has moved our recycling collection to Thursdays. Could you update that
        // line in my household note?" (fresh12 1302: planned as a move, which moved the README).
        if [.move, .copy, .delete, .rename].contains(action), Self.asksFix(words) { action = .replace }
        // A new value of a row a CSV has ("Auntie Pam's got a new mobile, 07700 900482. Could you
        // update her in contacts.csv? She's Pam Whitlock in there": fresh25 2602, planned as an
        // append) is a change of its cell (`Recipe+csvCell`).
        if [.append, .prepend].contains(action), case let csvs = Coaching.paths(in: task).filter({ $0.lowercased().hasSuffix(".csv") }),
            csvs.count == 1,
            let text = await text(of: csvs[0]),
            Self.csvCellEdit(words, path: csvs[0], in: text) != nil || Self.csvTimesEdit(words, path: csvs[0], in: text) != nil
        {
            action = .replace
        }
        // One dated record's name for another's ("put Malcolm on teas for 19 September instead
        // of Hilary": fresh27 2802, planned as an append), or one record's setting ("move the
        // Thursday session to court 2": fresh28 2902, planned as a move) is a change
        // (`Recipe+recordEdit`).
        // (Of the files the task names, the one such a change fits: "My glazes keep pinholing …
        // set the hold to 15 minutes for the glaze firing in kiln.ini", fresh29 3002, whose
        // glazes note the routing named too.)
        if [.append, .prepend, .move].contains(action) {
            var fits = 0
            for f in Coaching.paths(in: task) where !Coaching.isFolder(f) {
                // (Or a table row's person for another: fresh32 3302, `Recipe+tableSwap`.)
                if let text = await text(of: f),
                    Self.recordSwap(words, in: text) ?? Self.recordSetting(words, in: text) ?? Self.tableRowSwap(words, path: f, in: text) != nil
                {
                    fits += 1
                }
            }
            if fits == 1 { action = .replace }
        }
        // "We've moved! Could you update my address to 4 Quarry Lane …" (fresh13 1406: planned
        // as a move of the READMEs): a change, when the words ask no move.
        if action == .move, !Set(Coaching.taskWords(in: words)).isDisjoint(with: ["update", "change", "correct", "amend"]), !(await asksMove(words)) {
            action = .replace
        }
        // "In memory/sailing/berths.json, move Kittiwake from berth A3 to D5" (fresh33 3402,
        // planned as a move of the file): a value moved in a file, when "from" names one the
        // file has and the words ask no move of files.
        if action == .move, await movesValue(words), !(await asksMove(words)) { action = .replace }
        // "Could you put our new address, 3 Canal Wharf, Leeds LS11 5BB, in the invoice, letterhead
        // and email signature templates in memory/work/templates?" (fresh16 1706: planned as a
        // move): a new value for a `Key: value` line the folder's files have (`keyedSwaps`).
        // (Not a rename the words ask by its new name: "Could you rename it 2031-01-heating-oil.txt"
        // of a note whose "Delivered:" line the task's "January's oil delivery" seemed to give,
        // fresh31 3204.)
        if [.move, .rename, .other].contains(action), !(action == .rename && Self.asksNewName(words)), await givesKeyedValue(words) {
            return .replace
        }
        // "Could you put my new address, ben.carter@fastmail.com, on the library, allotment and
        // running club notes in memory/memberships?" (fresh17 1806: planned as an append): the
        // person's own new address or number for the one each file has.
        if [.append, .prepend].contains(action), Self.matches(words, #"\b(my|our) new\b"#), await givesKeyedValue(words, values: true) {
            return .replace
        }
        // "Could you update my mortgage note in memory/money? The rate is now 4.24%, fixed until
        // 31 October 2031, and the monthly payment goes up to £1,031.75" (fresh18 1902: planned
        // as an append): new values for `Key: value` lines a file there has.
        if [.append, .prepend].contains(action), Self.matches(words, #"\b(update|now|change|changed|goes up|goes down)\b"#),
            await givesKeyedValue(words)
        {
            return .replace
        }
        // (A create whose "new" is of a thing, not a file, when the files it names are all there:
        // "Could you file the warranty for the new tent? It's tent-warranty.txt in … and it
        // belongs in memory/camping/gear/tent", fresh32 3305.)
        let onlyThere = await !namesNew(words) && !Self.fileNames(in: words).isEmpty
        let moving =
            [.append, .prepend, .other, .rename].contains(action) || (action == .create && (!Self.asksNewThing(words) || onlyThere))
        if moving, await asksMove(words) { action = .move }
        // "I'm Aisha Okafor now! Could you change my name in the library, dentist and electricity
        // notes?" (fresh15 1606: planned as a rename of the dentist's note to the task's words):
        // a change inside files, when the words ask no new name and give no file's name or ending
        // ("from a .txt file to a .md file" is a rename).
        // Nor one when every file it names is there ("Please change the concert's date in
        // memory/orchestra/poster.md, rehearsals.md and email-to-members.md": fresh18 1906,
        // planned as a rename of the hall booking).
        // (Or one thing in place of another: "make Olu the tea person for the 2030-04-16
        // rehearsal instead of Margaret", fresh30 3102, planned as a rename of the rota.)
        let noNewName = Self.fileNames(in: words).isEmpty ? true : await namesOnlyExisting(task)
        if action == .rename, !Self.asksNewName(words), noNewName,
            words.range(of: #"(^|\s)\.[A-Za-z0-9]{1,6}\b"#, options: .regularExpression) == nil,
            !Set(Coaching.taskWords(in: words)).isDisjoint(with: ["update", "change", "correct", "amend", "fix"])
                || Self.matches(words, #"\b(instead of|rather than|in place of)\b"#)
        {
            action = .replace
        }
        // An addition to a file that is not there, when the person's words name no file that is,
        // and no rule above made it another action, is a new file ("Please add one for the way
        // out, ferry-out.md in the same folder: …", fresh24 2501, planned as an append to the
        // ferry home note).
        if [.append, .prepend].contains(action), await namesOnlyNew(words) { action = .create }
        // "For my coach, please save to outputs/hard-sends.md, one per line, each problem I
        // completed …" of a logbook the task names (fresh28 2910: planned as an append to the
        // logbook): what is taken from a file there and saved to a new one is an extract.
        if [.append, .prepend].contains(action), await savesToNew(words), await namesExisting(words) { action = .extract }
        return action
    }

    /// Whether the person's words save or write to a file they name by path that is not there
    /// ("save to outputs/x.md", "write them into notes/y.txt").
    func savesToNew(_ words: String) async -> Bool {
        for f in Coaching.paths(in: words) where !Coaching.isFolder(f) {
            guard await text(of: f) == nil else { continue }
            let saying = #"\b(save|saved|write|written|put)\b[^.?!]{0,40}?\b(to|in|into|as)\s+"# + NSRegularExpression.escapedPattern(for: f)
            if Self.matches(words, saying) { return true }
        }
        return false
    }

    /// The end of a file the task's words put a line at: "at the (very) top", "the
    /// beginning", "the first line" (`prepend`); "at the bottom", "the end", "the last line"
    /// (`append`); nil when they say neither, or both.
    static func statedEnd(_ task: String) -> TaskPlan.Action? {
        let w = Coaching.taskWords(in: task)
        let pairs = Array(zip(w, w.dropFirst()))
        let items: Set<String> = ["line", "item", "entry", "thing", "job", "task", "row", "reading", "record"]
        let top =
            w.contains("top") || w.contains("beginning")
            || pairs.contains { ($0 == "first" && items.contains($1)) || (["the", "very"].contains($0) && $1 == "start") }
            || pairs.contains { ["before", "above"].contains($0) && $1 == "everything" }
        let bottom =
            w.contains("bottom")
            || pairs.contains { ($0 == "last" && items.contains($1)) || (["the", "very"].contains($0) && $1 == "end") }
        return top == bottom ? nil : top ? .prepend : .append
    }

    /// Whether the task's words ask for something new: "new", "create", "write", "make",
    /// "draft", "start".
    static func asksNewThing(_ task: String) -> Bool {
        Coaching.taskWords(in: task).contains(where: ["new", "create", "write", "make", "draft", "start"].contains)
    }

    /// Whether the task's words ask for a list of a folder's things: a folder's path, and "list"
    /// (or "index") or "one per line", or "the ones" of "each" note ("check the Complete line in each note in
    /// memory/jigsaws and put the ones that are complete in …": fresh20 2111, planned as an
    /// append).
    static func asksFolderList(_ task: String) -> Bool {
        let w = Coaching.taskWords(in: task)
        let joined = " " + w.joined(separator: " ") + " "
        let perLine = joined.contains(" one per line ")
        let ones = joined.contains(" the ones ") && (w.contains("each") || w.contains("every"))
        return Coaching.paths(in: task).contains(where: Coaching.isFolder) && (w.contains("list") || w.contains("index") || perLine || ones)
    }

    /// Whether the task's words ask to change what a line says, and not to add one: "correct",
    /// "fix", "amend" or "update" with "line" or "entry" in the same sentence, or "update" or
    /// "change" something "to" a value with a figure ("update the registration to LB24 TZR":
    /// fresh14 1506, planned as an append of the task's first sentence); and no "add",
    /// "append", "insert" or "new line".
    static func asksFix(_ task: String) -> Bool {
        let adds: Set<String> = ["add", "append", "insert", "prepend", "jot"]
        return sentences(task).contains { sentence in
            let w = Coaching.taskWords(in: sentence)
            let line = w.contains(where: ["correct", "fix", "amend", "update"].contains) && w.contains(where: ["line", "entry"].contains)
            let value =
                sentence.range(
                    of: #"\b(update|change|correct|amend)\b[^.!?]{0,60}?\bto\s+[^\s.!?]*[0-9]"#, options: [.regularExpression, .caseInsensitive])
                != nil
            return (line || value) && !w.contains(where: adds.contains) && !zip(w, w.dropFirst()).contains { $0 == "new" && $1 == "line" }
        } && !Coaching.taskWords(in: task).contains(where: adds.contains)
    }

    /// Whether the task puts existing files into a folder that is there: a moving verb
    /// ("put", "move", "file", "shift", "pop", "stick", "place", "gather", …) and a folder there is that it
    /// puts them into (`destinations`), not one a file it names is in; no new file named, and no
    /// place in a file ("put it at the bottom"). `task`: the person's own words (measured: the
    /// routing's "(in memory/money)" after a named note made "put it at the bottom" a move).
    func asksMove(_ task: String) async -> Bool {
        let verbs: Set<String> = ["put", "move", "file", "shift", "pop", "stick", "place", "relocate", "gather", "collect", "transfer"]
        // "Put it at the bottom": a place in a file, not a folder; "from a .txt file to a .md
        // file" says no move (measured: fresh10 1105 was planned as a move of a README).
        guard Self.asVerb(verbs, in: Coaching.taskWords(in: task)), Self.statedEnd(task) == nil else { return false }
        let files = Coaching.paths(in: task).filter { !Coaching.isFolder($0) }
        for f in files where await text(of: f) == nil { return false }
        // Nor a file given by a name no file has ("put a rota in my cat-sitting folder, named
        // feeding-rota.md"): a new one.
        let bare = Self.fileNames(in: task).filter { n in !files.contains { $0 == n || $0.hasSuffix("/" + n) } }
        if !bare.isEmpty {
            let all = await workspaceFiles()
            if bare.contains(where: { n in !all.contains { $0.hasSuffix("/" + n) } }) { return false }
        }
        // Into a folder the named files are not in already.
        let into = Self.destinations(task, action: .move, known: Set(await existingFolders()))
        return !into.isEmpty && !files.contains { into.contains(Coaching.parent($0)) }
    }

    /// Whether the task moves a value "from" one a file it names has "to" another that is no
    /// folder or file ("move Kittiwake from berth A3 to D5" of berths.json's "A3").
    func movesValue(_ task: String) async -> Bool {
        let pairs = Self.allMatches(#"(?i)\bfrom\s+(?:[a-z]+\s+)?([\w:.£$€-]*\d[\w:.-]*)\s+to\s+(?:[a-z]+\s+)?([\w:.£$€-]*\d[\w:.-]*)\b"#, in: task)
        guard !pairs.isEmpty else { return false }
        let all = await workspaceFiles()
        let named =
            Coaching.paths(in: task).filter { !Coaching.isFolder($0) }
            + Self.fileNames(in: task).flatMap { n in all.filter { $0.hasSuffix("/" + n) } }
        for f in Set(named) {
            guard let text = await text(of: f) else { continue }
            if pairs.contains(where: { Self.standsAlone($0[1], in: text) && !Self.standsAlone($0[2], in: text) }) { return true }
        }
        return false
    }

    /// Whether the task gives a new value for a `Key: value` line of a file in a folder it
    /// names (`keyedSwaps`), or with `values`, a new e-mail address or phone number for the one
    /// such a file has (`valueSwap`); a dozen files looked at at most.
    func givesKeyedValue(_ task: String, values: Bool = false) async -> Bool {
        let paths = Coaching.paths(in: task)
        let folders = paths.filter(Coaching.isFolder).map { Coaching.withoutSlash($0) + "/" }
        let named = paths.filter { !Coaching.isFolder($0) }
        guard !folders.isEmpty || !named.isEmpty else { return false }
        // (A file named by its path too: "Please update memory/documents/passport-ella.md: the
        // number is now …, and it expires on …": fresh20 2102, planned as an append.)
        for f in await workspaceFiles().filter({ f in named.contains(f) || folders.contains { f.hasPrefix($0) } }).prefix(12) {
            guard let text = await text(of: f) else { continue }
            if !Self.keyedSwaps(task, in: text).isEmpty || !Self.settingValues(task, in: text).isEmpty
                || (values && Self.valueSwap(task, in: text) != nil)
            {
                return true
            }
        }
        return false
    }

    /// Whether the task names files by path and every one is there (none is a new name).
    func namesOnlyExisting(_ task: String) async -> Bool {
        let files = Coaching.paths(in: task).filter { !Coaching.isFolder($0) }
        guard !files.isEmpty else { return false }
        for f in files where await text(of: f) == nil { return false }
        return true
    }

    /// Whether "instead of", "rather than", "in place of" or "replacing" is followed by a value (a token with "@" or a
    /// figure), not a place: "jo@new.example instead of jo@old.example".
    static func insteadOfValue(_ task: String) -> Bool {
        matches(task, #"\b(instead of|rather than|in place of|replacing)\s+(the\s+)?[^\s/]*[@0-9£$€][^\s/]*(\s|[.,;!?]|$)"#)
    }

    /// Whether the person's words name files by path or by file name, none of them there (the
    /// recipe check's own test: `misfit`).
    func namesOnlyNew(_ words: String) async -> Bool {
        let files = await workspaceFiles()
        let named = Coaching.paths(in: words)
        guard !files.contains(where: { Self.names(words, $0) || named.contains($0) }) else { return false }
        return named.contains { !Coaching.isFolder($0) && !files.contains($0) }
    }

    /// Whether the task names by path a file that is not there yet.
    func namesNew(_ task: String) async -> Bool {
        for f in Coaching.paths(in: task) where !Coaching.isFolder(f) {
            if await text(of: f) == nil { return true }
        }
        return false
    }

    func namesExisting(_ task: String) async -> Bool {
        for f in Coaching.paths(in: task) where !Coaching.isFolder(f) {
            if await text(of: f) != nil { return true }
        }
        return false
    }

    /// Whether the task asks for a new file ("in a new note, paint-colours.md in memory/house",
    /// "add a file soup.md to …") and names only files that are not there yet: a create, not a change (measured: planned
    /// as an append, the files question then picked the 2019 list beside it).
    /// `any`: whatever the words say (a new script or skill is known by its file's name).
    /// `said`: the words that must ask for it, when not the task's own.
    func newFileAsked(_ task: String, said: String? = nil, any: Bool = false) async -> Bool {
        let words = Coaching.taskWords(in: said ?? task)
        let kinds: Set<String> = ["note", "file", "document", "list", "page", "sheet"]
        // "A new note …"; or "add a file soup.md to …" (dev2 401: answered as an append once,
        // which the files question put in a README).
        let making: Set<String> = ["add", "make", "create", "start", "write", "save", "put"]
        let asked = words.indices.contains { i in
            if words[i] == "new" { return words[(i + 1)..<min(words.count, i + 3)].contains(where: kinds.contains) }
            guard i >= 1, i + 1 < words.count, words[i] == "a" || words[i] == "an" else { return false }
            // Not "save a list of …": a list of files is its own action. One word may say what
            // of ("write a bedtimes note … as bedtimes.md": fresh15 1601, planned as an append
            // to the babysitter's note).
            return making.contains(words[i - 1])
                && words[(i + 1)..<min(words.count, i + 3)].contains(where: ["file", "note", "document", "page"].contains)
        }
        guard any || asked else { return false }
        // Not a file the routing put in brackets after the words that call it (`withNamedPaths`:
        // "a bedtimes note for Chloe, our babysitter (memory/family/babysitter.md)", fresh15
        // 1601), unless the person's own words name it.
        let own = said ?? task
        let files = Coaching.paths(in: task).filter { !Coaching.isFolder($0) && (own.contains($0) || !task.contains("(" + $0 + ")")) }
        guard !files.isEmpty else { return false }
        for f in files where await text(of: f) != nil { return false }
        return true
    }

    /// Whether the task asks for a number of bullet points ("three or four short bullet
    /// points", "3 key points").
    static func asksPoints(_ task: String) -> Bool {
        matches(
            task,
            #"\b(one|two|three|four|five|six|seven|eight|\d)( (or|to) (\w+))? (short |brief |key |main |quick |simple )?(bullet ?points|bullets|points)\b"#
        )
    }

    /// Whether the task's words ask for a summary: "summarise", "summary", "sum up", "the gist",
    /// "boil … down", "in a nutshell", "recap", "overview", "tl;dr", "the key points", "the
    /// main points", "the highlights", "in brief", "what we need to know"
    /// (measured: "give me the gist of Gwen's email … in a few short lines" planned as an
    /// extract, which listed the folder's files; "pick out what we actually need to know from
    /// the swimming club's email … just a few short lines", the same).
    static func asksSummary(_ task: String) -> Bool {
        let words = Coaching.taskWords(in: task)
        let said: Set<String> = [
            "summarise", "summarize", "summary", "gist", "summarised", "summarized", "condense", "nutshell", "recap", "overview", "tldr",
            "highlights",
        ]
        let runs: Set<[String]> = [["sum", "up"], ["key", "points"], ["main", "points"], ["in", "brief"], ["tl", "dr"], ["need", "to", "know"]]
        // "I need to know which of my recipes freeze" asks a question of the files, not the gist
        // of one (fresh17 1811: planned as a summary of the freezer's note).
        let question: Set<String> = ["which", "whether", "if", "who", "when", "where", "how", "what"]
        return words.contains(where: said.contains)
            || words.indices.contains { i in
                runs.contains { run in
                    i + run.count <= words.count && Array(words[i..<(i + run.count)]) == run
                        && !(run == ["need", "to", "know"] && i + 3 < words.count && question.contains(words[i + 3]))
                }
            }
            // "Boil the vet's notes … down to a few short lines".
            || words.indices.contains { words[$0] == "boil" && words[$0..<min(words.count, $0 + 16)].contains("down") }
    }

    /// Whether the sentence that deletes says one file: "delete the note for his dentist
    /// appointment", "bin that file", "remove it"; not "the notes", "them", "both", "all", nor
    /// with "and" ("the old note and the ticket")
    static func deletesOne(_ task: String) -> Bool {
        let verbs: Set<String> = ["delete", "remove", "bin", "trash", "erase"]
        let one: Set<String> = ["note", "file", "entry", "it", "one", "document", "page"]
        let many: Set<String> = ["notes", "files", "entries", "them", "both", "all", "every", "these", "those", "ones", "documents", "pages"]
        let deleting = sentences(task).map { Coaching.taskWords(in: $0) }.filter { $0.contains(where: verbs.contains) }
        // Not two things ("the old note and the ticket").
        return deleting.count == 1 && deleting[0].contains(where: one.contains) && !deleting[0].contains(where: many.contains)
            && !deleting[0].contains("and")
    }

    /// Whether the task's words ask for a copy: "copy", "duplicate" as a verb (not after "the"
    /// or "a": "delete the duplicate"), "make a copy", "a backup", "back it up".
    static func asksCopy(_ task: String) -> Bool {
        // Not a copy the task says not to make ("don't copy its details": fresh28 2901, a new
        // record like another planned as a copy of it).
        let said = Coaching.taskWords(in: task)
        // Nor the copy of a file's form ("Copy the layout of last year's …ics": fresh33 3401, a
        // new event like another planned as a copy of it).
        let form: Set<String> = ["layout", "format", "style", "shape", "structure", "way", "fields", "keys", "pattern", "template"]
        let words = said.indices.map { i in
            (i > 0 && ["t", "not", "never", "no"].contains(said[i - 1]))
                || (said[i] == "copy" && said[(i + 1)..<min(said.count, i + 3)].contains(where: form.contains)) ? "" : said[i]
        }
        // "Make a copy", "save the copy as packing.md" (fresh15 1607: planned as a create, which
        // wrote "packing.md" into the new file).
        let making: Set<String> = ["make", "save", "keep", "put", "call", "name"]
        return Self.asVerb(["copy", "duplicate"], in: words)
            || words.indices.contains { i in words[i] == "copy" && i > 1 && ["a", "the"].contains(words[i - 1]) && making.contains(words[i - 2]) }
            // "Make a backup of the budget … as budget-backup.csv", "back it up".
            || words.contains("backup")
            || words.indices.contains { i in words[i] == "back" && words[(i + 1)..<min(words.count, i + 3)].contains("up") }
    }

    /// The words after which a verb's word is a thing ("the duplicate", "a .txt file", "the
    /// right place").
    static let beforeNouns: Set<String> = [
        "a", "an", "the", "that", "this", "its", "my", "your", "our", "their", "each", "every", "one", "same", "new", "other", "right",
        "text", "txt", "md", "markdown", "pdf", "csv", "json", "plain",
    ]

    /// Whether one of `verbs` is among `words` as a verb: not after a word that makes it a thing
    /// (`beforeNouns`).
    static func asVerb(_ verbs: Set<String>, in words: [String]) -> Bool {
        words.indices.contains { i in verbs.contains(words[i]) && (i == 0 || !beforeNouns.contains(words[i - 1])) }
    }

    /// Whether the task's words ask for a file's new name: "rename", or "give … a (new, dated,
    /// better) name" (measured: "Can you give the November minutes in memory/residents a dated
    /// name like October's? minutes-2026-11-18.md, please." planned as a create, which wrote the
    /// file name into a new file).
    static func asksNewName(_ task: String) -> Bool {
        let words = Coaching.taskWords(in: task)
        if words.contains("rename") { return true }
        return words.indices.contains { i in
            words[i] == "name" && words[max(0, i - 12)..<i].contains("give")
                && words[max(0, i - 3)..<i].contains(where: ["a", "new", "its", "the"].contains)
        }
    }

    /// Whether the task takes something "out of", "from" or "through" a file or note (not a
    /// folder), reads one, or names one "in" a letter, email or note: "out of my fence note",
    /// "from memory/garden/fence.md", "from the pottery course's welcome letter", "read
    /// memory/school/newsletter.md and list …".
    static func outOfAFile(_ task: String) -> Bool {
        let words = task.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        // (Or a kind of document: "pull the dates out of the cubs' autumn newsletter in
        // memory/cubs": fresh18 1910, planned as a list of the folder's files.)
        let kinds: Set<String> = [
            "note", "notes", "file", "email", "letter", "message", "page", "newsletter", "minutes", "leaflet", "flyer", "notice", "invoice",
            "receipt", "report", "programme", "schedule", "timetable", "statement", "bill", "itinerary", "confirmation", "document", "memo",
            "bulletin", "agenda", "brochure", "contract", "log", "diary", "journal",
        ]
        // "Scattered through the college's welcome letter" too; "in" only before such a word, not
        // a path ("in outputs/dates.md" is where the list goes).
        let folders: Set<String> = ["folder", "folders"]
        // "Please read memory/school/newsletter.md and list every event …" (fresh14 1510: planned
        // as a list of the folder's files).
        // "Could you check the greenhouse thermometer log for March …" (fresh30 3110: planned as a
        // list of the folder's files).
        for (i, w) in words.enumerated()
        where ["from", "through", "in", "read", "check"].contains(w) || (w == "of" && i > 0 && words[i - 1] == "out") {
            let window = words[(i + 1)..<min(words.count, i + 7)].map { $0.trimmingCharacters(in: .punctuationCharacters) }
            for (j, bare) in window.enumerated() {
                if folders.contains(bare) { break }
                // "My notes folder" is a folder.
                if kinds.contains(bare), j + 1 == window.count || !folders.contains(window[j + 1]) { return true }
                if w == "in" {
                    if bare.contains("/") { break }
                } else if Coaching.isFileName(bare)
                    || (bare.contains("/") && !bare.hasSuffix("/") && Coaching.isFileName(String(bare.split(separator: "/").last ?? "")))
                {
                    return true
                }
            }
        }
        return false
    }

    /// What a new file the task names is by its name, when a recipe of its own makes it: a
    /// `SKILL.md` a skill, a `.py` or `.sh` file a script (the 0.5B model planned "write a skill
    /// at skills/x/SKILL.md" as `create` in 3 of 3 dev2 wordings, and its lines had no steps).
    static func made(_ task: String) -> TaskPlan.Action? {
        let names = fileNames(in: task)
        if names.contains("SKILL.md") { return .skill }
        if names.contains(where: { $0.hasSuffix(".py") || $0.hasSuffix(".sh") }) { return .script }
        return nil
    }

    /// Whether the scripts or skills the task names (`made`) are not there yet: a path no file
    /// has, a bare name no file ends with; the files it reads may be.
    func madeIsNew(_ task: String) async -> Bool {
        let names = Self.fileNames(in: task).filter { $0 == "SKILL.md" || $0.hasSuffix(".py") || $0.hasSuffix(".sh") }
        guard !names.isEmpty else { return false }
        let paths = Coaching.paths(in: task)
        let all = await workspaceFiles()
        for n in names {
            if let p = paths.first(where: { $0 == n || $0.hasSuffix("/" + n) }) {
                if await text(of: p) != nil { return false }
            } else if all.contains(where: { $0 == n || $0.hasSuffix("/" + n) }) {
                return false
            }
        }
        return true
    }
}
