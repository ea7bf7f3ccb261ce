import Foundation

/// A second fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first: by someone who had not read the agent loop, its tools, its prompts, its results or the
/// development part's wordings. Ten intentions, numbered 201 to 210, each worded three ways, of the
/// kinds the earlier parts cover least; frozen in a commit of its own before any run with a model.
/// Never tune the loop on it, and run it as it is (`STEWARD_SUITE_PART=fresh2`).
extension EverydayTaskSuite {
    static let dentist = "# Dentist\nDr Okafor, Bridge Street Dental\nPhone: 020 7946 0456\n"
    static let photoApp = """
        {
          "window": { "width": 800, "height": 600 },
          "export": { "width": 800, "format": "png", "quality": 90 }
        }

        """
    static let expenses = "date,item,amount\n2026-11-28,bus pass,35.00\n2026-11-30,books,18.90\n"
    static let numberedNotes: [String: String] = [
        "memory/notes-1.md": "Car insurance renews in March; compare prices in February.\n",
        "memory/notes-2.md": "The boiler service is due in January. The engineer leaves a sticker on the side of the boiler.\n",
        "memory/notes-3.md": "Piano lessons move to Wednesdays after school from next term.\n",
    ]
    static let letterTemplate = "Sam Carter\n4 Elm Road\n\nDear ___,\n\n___\n\nKind regards,\nSam Carter\n"
    static let bankLetter = "Dear Sir or Madam,\n\nPlease close my savings account.\n\nKind regards,\nSam Carter\n"
    static let annaNotes: [String: String] = [
        "memory/contacts.md": "# Contacts\n- Anna Berg: anna.berg@oldmail.example\n- Tom Reid: tom.reid@example.org\n",
        "memory/book-club.md":
            "# Book club\nNext meeting: the first Friday of the month.\nSend the book list to anna.berg@oldmail.example before then.\n",
        "memory/garden.md": "# Garden\nAnna Berg lends us her hedge trimmer in spring.\n",
        "memory/readme.md": "# Notes\n",
    ]
    static let movingDay = """
        # Moving day
        The van from Parker Removals comes on 14 December at 8 am; if they are late, call them on 020 7946 0811. The new flat \
        is at 27 Orchard Lane, flat 3. Mrs Patel, the landlady, has the keys and can be reached on 07700 900123. Remember to \
        ring the electricity company on 0800 123 4567 to give them the meter reading, and book the broadband for the 16th.

        """
    static let invoiceFiles = ["2026-09-electricity.txt", "2026-10-electricity.txt", "2026-10-water.txt", "2026-11-electricity.txt"]
    static let journal = "# Journal\n2026-12-01\nQuiet day, walked to the lake.\n"

    /// The decimal digits of `text`, in order: a phone number however it is spaced.
    static func digits(_ text: String) -> String { String(text.filter(\.isASCII).filter(\.isNumber)) }

    /// Whether `text` has a line that opens a fenced code block: the file holds a reply, not the content.
    static func fenced(_ text: String) -> Bool { lines(text).contains { $0.hasPrefix("```") || $0.hasPrefix("~~~") } }

    /// The rows of a comma-separated `text`, each cell trimmed and without surrounding quotes.
    static func csvRows(_ text: String?) -> [[String]] {
        lines(text).map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            }
        }
    }

    /// The JSON value of `text` when it parses, compared as Foundation objects (1200 and 1200.0 are equal, "1200" is not).
    static func jsonValue(_ text: String?) -> NSObject? {
        guard let d = text?.data(using: .utf8) else { return nil }
        return (try? JSONSerialization.jsonObject(with: d, options: [.fragmentsAllowed])) as? NSObject
    }

    /// The front matter (key → value, quotes removed; a `>` or `|` block joined) and the body of a
    /// `SKILL.md`, or nil when the file does not open with a `---` line closed by another.
    static func skillParts(_ text: String?) -> (fields: [String: String], body: String)? {
        let all = (text ?? "").components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard all.first == "---", let end = all.dropFirst().firstIndex(of: "---") else { return nil }
        var fields: [String: String] = [:]
        var key: String?
        for line in all[1..<end] where !line.isEmpty {
            if let colon = line.firstIndex(of: ":"), line[..<colon].allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" }) {
                let k = String(line[..<colon]).lowercased()
                let v = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                key = k
                fields[k] = [">", "|", ">-", "|-"].contains(v) ? "" : v.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            } else if let k = key {
                fields[k] = ((fields[k] ?? "") + " " + line).trimmingCharacters(in: .whitespaces)
            }
        }
        return (fields, all[(end + 1)...].joined(separator: "\n"))
    }

    static let fresh2: [Intention] = [
        Intention(
            number: 201, kind: "create: a note with given facts in an existing folder",
            fixtures: [
                "memory/contacts/dentist.md": dentist, "memory/contacts/plumber.md": "# Plumber\nMr Jansen\nPhone: 07700 900417\n",
                "memory/readme.md": "# Notes\n",
            ],
            wordings: [
                (.imperative, "Create memory/contacts/vet.md with the vet's details: Dr Ruiz, phone 020 7946 0123"),
                (.request, "can you add a note for our vet to my contacts folder? call it vet.md. She's Dr Ruiz and the number is 020 7946 0123"),
                (
                    .context,
                    "We've just registered the cat with a new vet and I want her number to hand like the others. Please make a file called vet.md in my contacts folder, in the same style as the dentist's note, with her name, Dr Ruiz, and her phone number, 020 7946 0123."
                ),
            ], changed: ["memory/contacts/vet.md"],
            check: { f in
                // The name and the number (however spaced), no other digits, not a fenced reply, a short note.
                guard let t = f("memory/contacts/vet.md") else { return false }
                return t.lowercased().contains("ruiz") && digits(t) == "02079460123" && !fenced(t) && t.count <= 300
            }, solution: ops(writes: [("memory/contacts/vet.md", "# Vet\nDr Ruiz\nPhone: 020 7946 0123\n")])),
        Intention(
            number: 202, kind: "edit: change a nested value in a JSON settings file",
            fixtures: ["memory/photo-app.json": photoApp, "memory/readme.md": "# Notes\n"],
            wordings: [
                (.imperative, "Set the export width to 1200 in memory/photo-app.json"),
                (.request, "could you make my photo app export pictures 1200 pixels wide? it's in the photo app's settings file in memory"),
                (
                    .context,
                    "The pictures my photo app exports come out 800 pixels wide, which is too small to print. Please change the export width in the photo app's settings (memory/photo-app.json) to 1200, and leave the window size as it is."
                ),
            ], changed: ["memory/photo-app.json"],
            check: { f in
                // The same JSON with only export.width changed (any spacing or key order), still a number.
                let want = jsonValue(photoApp.replacingOccurrences(of: "\"width\": 800, \"format\"", with: "\"width\": 1200, \"format\""))
                return want != nil && jsonValue(f("memory/photo-app.json")) == want
            },
            solution: ops(writes: [
                ("memory/photo-app.json", photoApp.replacingOccurrences(of: "\"width\": 800, \"format\"", with: "\"width\": 1200, \"format\""))
            ])),
        Intention(
            number: 203, kind: "append a row to a CSV file", fixtures: ["memory/expenses.csv": expenses, "memory/readme.md": "# Notes\n"],
            wordings: [
                (.imperative, "Append a row to memory/expenses.csv: 2026-12-02, groceries, 42.50"),
                (.request, "Please add today's shopping to the bottom of my expenses csv: 2026-12-02, groceries, 42.50"),
                (
                    .context,
                    "I log everything I spend in memory/expenses.csv, one row per purchase with the newest at the bottom. I've just paid 42.50 for groceries on 2 December 2026; please add that as a new last row in the same format as the others."
                ),
            ], changed: ["memory/expenses.csv"],
            check: { f in
                // The three rows as they were, then date, item and amount (42.5 and 42.50 alike).
                let rows = csvRows(f("memory/expenses.csv"))
                guard rows.count == 4, Array(rows.prefix(3)) == csvRows(expenses), rows[3].count == 3 else { return false }
                return rows[3][0] == "2026-12-02" && rows[3][1].lowercased() == "groceries" && Double(rows[3][2]) == 42.5
            }, solution: ops(writes: [("memory/expenses.csv", expenses + "2026-12-02,groceries,42.50\n")])),
        Intention(
            number: 204, kind: "rename a note picked by what it is about",
            fixtures: numberedNotes.merging(["memory/readme.md": "# Notes\n"]) { a, _ in a },
            wordings: [
                (.imperative, "Rename the note about the boiler in memory to boiler.md"),
                (.request, "Could you give my boiler note a sensible name? boiler.md, in the same folder, please."),
                (
                    .context,
                    "My notes in memory are called notes-1, notes-2 and notes-3 and I never remember which is which. Please rename the one about the boiler service to boiler.md, keep it in the same folder and don't change what it says."
                ),
            ], changed: ["memory/notes-2.md", "memory/boiler.md"],
            check: { f in
                f("memory/notes-2.md") == nil && f("memory/boiler.md") != nil
                    && lines(f("memory/boiler.md")) == lines(numberedNotes["memory/notes-2.md"])
                    && ["memory/notes-1.md", "memory/notes-3.md"].allSatisfy { f($0) == numberedNotes[$0] }
            }, solution: ops(#"{"op":"move","from":"memory/notes-2.md","to":"memory/boiler.md"}"#)),
        Intention(
            number: 205, kind: "copy a template into another folder under a new name",
            fixtures: ["memory/templates/letter.md": letterTemplate, "memory/letters/bank.md": bankLetter],
            wordings: [
                (.imperative, "Copy memory/templates/letter.md to memory/letters/landlord.md"),
                (.request, "can you make me a copy of my letter template in the letters folder, named landlord.md?"),
                (
                    .context,
                    "I need to write to my landlord about the broken heating and I always start from my letter template. Please copy the template into my letters folder as landlord.md and leave the template itself as it is; I'll fill in the text myself."
                ),
            ], changed: ["memory/letters/landlord.md"],
            check: { f in
                f("memory/letters/landlord.md") != nil && lines(f("memory/letters/landlord.md")) == lines(letterTemplate)
                    && f("memory/templates/letter.md") == letterTemplate && f("memory/letters/bank.md") == bankLetter
            }, solution: ops(writes: [("memory/letters/landlord.md", letterTemplate)])),
        Intention(
            number: 206, kind: "several files: replace an email address in every note", fixtures: annaNotes,
            wordings: [
                (.imperative, "Replace anna.berg@oldmail.example with anna.berg@newmail.example in all my notes"),
                (
                    .request,
                    "Anna has a new email address, anna.berg@newmail.example. Could you update it in every note where her old one, anna.berg@oldmail.example, appears?"
                ),
                (
                    .context,
                    "Anna Berg changed email provider and her old address, anna.berg@oldmail.example, stops working at the end of the month. Please go through my notes in memory and wherever that old address is written put her new one, anna.berg@newmail.example, instead; leave everything else in the notes as it is."
                ),
            ], changed: ["memory/contacts.md", "memory/book-club.md"],
            check: { f in
                let new = { (p: String) in annaNotes[p]!.replacingOccurrences(of: "@oldmail.", with: "@newmail.") }
                return ["memory/contacts.md", "memory/book-club.md"].allSatisfy { f($0) != nil && lines(f($0)) == lines(new($0)) }
                    && ["memory/garden.md", "memory/readme.md"].allSatisfy { f($0) == annaNotes[$0] }
            },
            solution: ops(
                writes: ["memory/contacts.md", "memory/book-club.md"].map {
                    ($0, annaNotes[$0]!.replacingOccurrences(of: "@oldmail.", with: "@newmail."))
                }
            )),
        Intention(
            number: 207, kind: "extract the phone numbers", fixtures: ["memory/moving-day.md": movingDay, "memory/readme.md": "# Notes\n"],
            wordings: [
                (.imperative, "Extract the phone numbers from memory/moving-day.md into outputs/phone-numbers.md, one per line"),
                (
                    .request,
                    "could you pull all the phone numbers out of my moving day note and put them in outputs/phone-numbers.md, one on each line?"
                ),
                (
                    .context,
                    "On moving day I'll be carrying boxes and won't want to scroll through my whole plan, so please take every phone number from memory/moving-day.md and write them to outputs/phone-numbers.md, one per line; you can put whose number it is next to it."
                ),
            ], changed: ["outputs/phone-numbers.md"],
            check: { f in
                // Each line with digits holds one of the numbers and no other digits (not the dates, not the address);
                // each number once; other lines are titles or names.
                guard let t = f("outputs/phone-numbers.md"), !fenced(t) else { return false }
                let numbers = itemLines(t).map(digits).filter { !$0.isEmpty }
                return numbers.sorted() == ["02079460811", "07700900123", "08001234567"]
            },
            solution: ops(writes: [
                ("outputs/phone-numbers.md", "- Parker Removals: 020 7946 0811\n- Mrs Patel: 07700 900123\n- Electricity: 0800 123 4567\n")
            ])),
        Intention(
            number: 208, kind: "list the files of a folder given by name and save the list",
            fixtures: Dictionary(uniqueKeysWithValues: invoiceFiles.map { ("memory/invoices/\($0)", "Invoice \($0.prefix(7))\n") }).merging([
                "memory/receipts/bike.txt": "Receipt: bike repair\n", "memory/readme.md": "# Notes\n",
            ]) { a, _ in a },
            wordings: [
                (.imperative, "List the files in memory/invoices in outputs/invoice-files.md"),
                (.request, "Can you save a list of what's in my invoices folder to outputs/invoice-files.md?"),
                (
                    .context,
                    "My accountant wants to know which invoices I have before she asks me for copies. Please write the names of all the files in my invoices folder to outputs/invoice-files.md, one per line, so I can paste the list into an email."
                ),
            ], changed: ["outputs/invoice-files.md"],
            check: { f in
                // One file per line (a name or its path, in backticks or not); headings and lines ending in ':' are titles.
                guard let t = f("outputs/invoice-files.md"), !fenced(t) else { return false }
                let names = itemLines(t).filter { !$0.hasPrefix("#") && !$0.hasSuffix(":") }.map { line -> String in
                    var n = line.trimmingCharacters(in: CharacterSet(charactersIn: "`*\"' "))
                    for p in ["./", "memory/", "invoices/"] where n.hasPrefix(p) { n.removeFirst(p.count) }
                    return n
                }
                return names.sorted() == invoiceFiles
            }, solution: ops(writes: [("outputs/invoice-files.md", invoiceFiles.map { "- \($0)\n" }.joined())])),
        Intention(
            number: 209, kind: "write a skill from the steps a person describes",
            fixtures: ["skills/README.md": "One folder per skill.\n", "memory/todo.md": "# To do\n- [ ] book the dentist\n- [x] pay the rent\n"],
            wordings: [
                (
                    .imperative,
                    "Write a skill called weekly-review that walks me through a weekly review: go through my to-do list, archive what's done, and pick three goals for next week"
                ),
                (
                    .request,
                    "Could you make me a skill, weekly-review, for my Sunday review? It should have me go through the to-do list, archive the finished items and choose three goals for the coming week."
                ),
                (
                    .context,
                    "Every Sunday evening I try to do a weekly review but always forget half of it. Please write a skill named weekly-review, with a short description, whose steps are: go through my to-do list, move the finished items to an archive, and choose three goals for next week."
                ),
            ], changed: ["skills/weekly-review/SKILL.md"],
            check: { f in
                // Front matter with the folder's name and a description; a body that carries the three steps.
                guard let (fields, body) = skillParts(f("skills/weekly-review/SKILL.md")) else { return false }
                let b = body.lowercased()
                return fields["name"] == "weekly-review" && (fields["description"] ?? "").count >= 10
                    && ["to-do", "todo", "to do"].contains { b.contains($0) } && b.contains("archiv")
                    && ["three", "3"].contains { b.contains($0) } && b.contains("goal")
            },
            solution: ops(writes: [
                (
                    "skills/weekly-review/SKILL.md",
                    "---\nname: weekly-review\ndescription: Walk through a weekly review on Sunday evening.\n---\n# Weekly review\n1. Go through the to-do list in memory/todo.md.\n2. Move the finished items to an archive.\n3. Choose three goals for next week.\n"
                )
            ])),
        Intention(
            number: 210, kind: "write a small shell script that appends to a note",
            fixtures: ["memory/journal.md": journal, "memory/scripts/README.md": "Small scripts I run by hand.\n"],
            wordings: [
                (.imperative, "Write a shell script memory/scripts/new-day.sh that appends today's date to memory/journal.md"),
                (
                    .request,
                    "could you write me a little shell script, new-day.sh in my scripts folder, that adds today's date as a new line at the end of my journal?"
                ),
                (
                    .context,
                    "Each morning I start my journal entry by typing the date by hand at the bottom of memory/journal.md. Please write a small shell script, saved as new-day.sh in my scripts folder, that adds today's date as a new last line of the journal without touching what's already there."
                ),
            ], changed: ["memory/scripts/new-day.sh"],
            check: { f in
                // A shell script (a shebang, if any, names a shell) that runs `date` and appends to the journal
                // (>> or tee -a), and has no command that overwrites it (>); comments do not count.
                guard let t = f("memory/scripts/new-day.sh"), !fenced(t) else { return false }
                let l = lines(t)
                if let first = l.first, first.hasPrefix("#!"), first.range(of: #"\b(ba|z|da|k)?sh\b"#, options: .regularExpression) == nil {
                    return false
                }
                let code = l.filter { !$0.hasPrefix("#") }
                let runsDate = code.contains { $0.range(of: #"\bdate\b"#, options: .regularExpression) != nil }
                let appends = code.contains { $0.contains("journal.md") && ($0.contains(">>") || $0.contains("tee -a")) }
                let overwrites = code.contains { $0.range(of: #"(^|[^>])>\s*[^>\s]*journal\.md"#, options: .regularExpression) != nil }
                return runsDate && appends && !overwrites
            }, solution: ops(writes: [("memory/scripts/new-day.sh", "#!/bin/sh\ndate +%Y-%m-%d >> memory/journal.md\n")])),
    ]

    /// Correct results in other harmless forms (spacing, order of keys, list markers, quotes) that
    /// the checks must accept, so that they judge the substance and not one way of writing it.
    static let fresh2Alternatives: [(Int, String)] = [
        (201, ops(writes: [("memory/contacts/vet.md", "Vet: Dr Ruiz, tel. 020-7946-0123")])),
        (
            202,
            ops(writes: [("memory/photo-app.json", #"{"export":{"quality":90,"format":"png","width":1200.0},"window":{"height":600,"width":800}}"#)])
        ),
        (203, ops(writes: [("memory/expenses.csv", expenses + "2026-12-02, \"groceries\", 42.5")])),
        (
            204,
            ops(
                writes: [("memory/boiler.md", numberedNotes["memory/notes-2.md"]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/notes-2.md"}"#)
        ),
        (205, ops(writes: [("memory/letters/landlord.md", letterTemplate + "\n")])),
        (
            206,
            ops(writes: [
                ("memory/contacts.md", "# Contacts\n- Anna Berg: anna.berg@newmail.example\n- Tom Reid: tom.reid@example.org"),
                (
                    "memory/book-club.md",
                    "# Book club\n\nNext meeting: the first Friday of the month.\nSend the book list to anna.berg@newmail.example before then.\n"
                ),
            ])
        ),
        (
            207,
            ops(writes: [
                ("outputs/phone-numbers.md", "# Phone numbers\n\n1. 07700 900123 (Mrs Patel, landlady)\n2. 020 7946 0811\n3. 0800 123 4567\n")
            ])
        ),
        (
            208,
            ops(writes: [
                (
                    "outputs/invoice-files.md",
                    "Files in my invoices folder:\n\n" + invoiceFiles.reversed().map { "* `memory/invoices/\($0)`\n" }.joined()
                )
            ])
        ),
        (
            209,
            ops(writes: [
                (
                    "skills/weekly-review/SKILL.md",
                    "---\nname: \"weekly-review\"\ndescription: >\n  A Sunday review: the to-do list, an archive, next week's goals.\n---\n\nGo through the todo list, archiving the done items. Pick 3 goals for next week.\n"
                )
            ])
        ),
        (
            210,
            ops(writes: [
                (
                    "memory/scripts/new-day.sh",
                    "#!/usr/bin/env bash\n# add today's date\necho \"$(date +%F)\" >> \"$HOME/steward/memory/journal.md\"\n"
                )
            ])
        ),
        (
            210,
            ops(writes: [("memory/scripts/new-day.sh", "#!/bin/bash -e\ntoday=$(date +%F)\necho \"$today\" | tee -a ../journal.md > /dev/null\n")])
        ),
        (210, ops(writes: [("memory/scripts/new-day.sh", "date +%F >>memory/journal.md")])),
    ]

    /// Wrong or partial results that the second fresh part's checks must refuse, at least one per intention.
    static let fresh2NearMisses: [(Int, String)] = [
        (201, ops(writes: [("memory/vet.md", "# Vet\nDr Ruiz\nPhone: 020 7946 0123\n")])),
        (201, ops(writes: [("memory/contacts/vet.md", "# Vet\nDr Ruiz\nPhone: 020 7946 0132\n")])),
        (201, ops(writes: [("memory/contacts/vet.md", "# Vet\nPhone: 020 7946 0123\n")])),
        (201, ops(writes: [("memory/contacts/vet.md", "```markdown\n# Vet\nDr Ruiz\nPhone: 020 7946 0123\n```\n")])),
        (201, ops(writes: [("memory/contacts/dentist.md", dentist + "\n# Vet\nDr Ruiz\nPhone: 020 7946 0123\n")])),
        (
            202,
            ops(writes: [
                ("memory/photo-app.json", photoApp.replacingOccurrences(of: "\"width\": 800, \"height\"", with: "\"width\": 1200, \"height\""))
            ])
        ),
        (202, ops(writes: [("memory/photo-app.json", photoApp.replacingOccurrences(of: "800", with: "1200"))])),
        (
            202,
            ops(writes: [
                ("memory/photo-app.json", photoApp.replacingOccurrences(of: "\"width\": 800, \"format\"", with: "\"width\": \"1200\", \"format\""))
            ])
        ),
        (202, ops(writes: [("memory/photo-app.json", #"{"export": {"width": 1200}}"#)])),
        (
            202,
            ops(writes: [
                (
                    "memory/photo-app.json",
                    "```json\n" + photoApp.replacingOccurrences(of: "\"width\": 800, \"format\"", with: "\"width\": 1200, \"format\"") + "```\n"
                )
            ])
        ),
        (
            203,
            ops(writes: [("memory/expenses.csv", "date,item,amount\n2026-12-02,groceries,42.50\n2026-11-28,bus pass,35.00\n2026-11-30,books,18.90\n")]
            )
        ),
        (203, ops(writes: [("memory/expenses.csv", "date,item,amount\n2026-12-02,groceries,42.50\n")])),
        (203, ops(writes: [("memory/expenses.csv", expenses + "2 December 2026,groceries,42.50\n")])),
        (203, ops(writes: [("memory/expenses.csv", expenses + "2026-12-02; groceries; 42.50\n")])),
        (203, ops(writes: [("memory/expenses.csv", expenses + "2026-12-02,groceries,4250\n")])),
        (204, ops(#"{"op":"move","from":"memory/notes-1.md","to":"memory/boiler.md"}"#)),
        (204, ops(writes: [("memory/boiler.md", numberedNotes["memory/notes-2.md"]!)])),
        (204, ops(#"{"op":"move","from":"memory/notes-2.md","to":"outputs/boiler.md"}"#)),
        (204, ops(#"{"op":"move","from":"memory/notes-2.md","to":"memory/boiler"}"#)),
        (205, ops(#"{"op":"move","from":"memory/templates/letter.md","to":"memory/letters/landlord.md"}"#)),
        (205, ops(writes: [("memory/templates/landlord.md", letterTemplate)])),
        (
            205,
            ops(writes: [
                (
                    "memory/letters/landlord.md",
                    letterTemplate.replacingOccurrences(of: "Dear ___,\n\n___", with: "Dear landlord,\n\nThe heating is broken.")
                )
            ])
        ),
        (205, ops(writes: [("memory/letters/landlord.md", letterTemplate), ("memory/letters/bank.md", letterTemplate)])),
        (206, ops(writes: [("memory/contacts.md", annaNotes["memory/contacts.md"]!.replacingOccurrences(of: "@oldmail.", with: "@newmail."))])),
        (
            206,
            ops(
                writes: ["memory/contacts.md", "memory/book-club.md"].map {
                    ($0, annaNotes[$0]!.replacingOccurrences(of: "anna.berg@oldmail.", with: "anna@newmail."))
                })
        ),
        (
            206,
            ops(writes: [
                ("memory/contacts.md", annaNotes["memory/contacts.md"]!.replacingOccurrences(of: "@oldmail.", with: "@newmail.")),
                ("memory/book-club.md", "# Book club\nSend the book list to anna.berg@newmail.example before then.\n"),
            ])
        ),
        (
            206,
            ops(
                writes: ["memory/contacts.md", "memory/book-club.md"].map {
                    ($0, annaNotes[$0]!.replacingOccurrences(of: "@oldmail.", with: "@newmail."))
                }
                    + [("memory/garden.md", annaNotes["memory/garden.md"]! + "Email: anna.berg@newmail.example\n")])
        ),
        (207, ops(writes: [("outputs/phone-numbers.md", "020 7946 0811\n07700 900123\n")])),
        (207, ops(writes: [("outputs/phone-numbers.md", "020 7946 0811, 07700 900123, 0800 123 4567\n")])),
        (207, ops(writes: [("outputs/phone-numbers.md", "020 7946 0811\n07700 900123\n0800 123 4567\n27 Orchard Lane, flat 3\n")])),
        (207, ops(writes: [("outputs/phone-numbers.md", movingDay)])),
        (207, ops(writes: [("memory/phone-numbers.md", "020 7946 0811\n07700 900123\n0800 123 4567\n")])),
        (208, ops(writes: [("outputs/invoice-files.md", invoiceFiles.dropLast().map { "- \($0)\n" }.joined())])),
        (208, ops(writes: [("outputs/invoice-files.md", (invoiceFiles + ["bike.txt"]).map { "- \($0)\n" }.joined())])),
        (208, ops(writes: [("outputs/invoice-files.md", invoiceFiles.joined(separator: ", ") + "\n")])),
        (208, ops(writes: [("memory/invoices/invoice-files.md", invoiceFiles.map { "- \($0)\n" }.joined())])),
        (
            209,
            ops(writes: [
                (
                    "skills/weekly-review/SKILL.md",
                    "# Weekly review\n1. Go through the to-do list.\n2. Archive what is done.\n3. Pick three goals for next week.\n"
                )
            ])
        ),
        (
            209,
            ops(writes: [
                (
                    "skills/weekly-review/SKILL.md",
                    "---\nname: weekly-review\n---\n1. Go through the to-do list.\n2. Archive what is done.\n3. Pick three goals for next week.\n"
                )
            ])
        ),
        (
            209,
            ops(writes: [
                (
                    "skills/weekly-review/SKILL.md",
                    "---\nname: Weekly Review\ndescription: A weekly review on Sunday evening.\n---\n1. Go through the to-do list.\n2. Archive what is done.\n3. Pick three goals for next week.\n"
                )
            ])
        ),
        (
            209,
            ops(writes: [
                (
                    "skills/weekly-review/SKILL.md",
                    "```markdown\n---\nname: weekly-review\ndescription: A weekly review on Sunday evening.\n---\n1. Go through the to-do list.\n2. Archive what is done.\n3. Pick three goals for next week.\n```\n"
                )
            ])
        ),
        (
            209,
            ops(writes: [
                (
                    "skills/weekly-review/SKILL.md",
                    "---\nname: weekly-review\ndescription: A weekly review on Sunday evening.\n---\n1. Go through the to-do list.\n2. Archive what is done.\n"
                )
            ])
        ),
        (
            209,
            ops(writes: [
                (
                    "skills/weekly-review.md",
                    "---\nname: weekly-review\ndescription: A weekly review on Sunday evening.\n---\n1. Go through the to-do list.\n2. Archive what is done.\n3. Pick three goals for next week.\n"
                )
            ])
        ),
        (210, ops(writes: [("memory/scripts/new-day.sh", "#!/bin/sh\ndate +%Y-%m-%d > memory/journal.md\n")])),
        (210, ops(writes: [("memory/scripts/new-day.sh", "#!/bin/sh\necho $(date +%F)\n")])),
        (210, ops(writes: [("memory/scripts/new-day.sh", "```sh\n#!/bin/sh\ndate +%Y-%m-%d >> memory/journal.md\n```\n")])),
        (210, ops(writes: [("memory/scripts/new-day.sh", "#!/bin/sh\n# date +%Y-%m-%d >> memory/journal.md\n")])),
        (210, ops(writes: [("memory/journal.md", journal + "2026-12-03\n")])),
        (
            210,
            ops(writes: [
                (
                    "memory/scripts/new-day.sh",
                    "#!/usr/bin/env python3\nimport datetime\nopen('memory/journal.md', 'a').write(str(datetime.date.today()) + '\\n')\n"
                )
            ])
        ),
        (210, ops(writes: [("memory/new-day.sh", "#!/bin/sh\ndate +%Y-%m-%d >> memory/journal.md\n")])),
    ]
}
