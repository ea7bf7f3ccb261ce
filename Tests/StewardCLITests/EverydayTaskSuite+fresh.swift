import Foundation

/// A fresh held-out part of the everyday-task suite (issue 19), written blind: by someone who had
/// not read the agent loop, its tools, its prompts or its results, after the loop had been tuned
/// (the first held-out part's kinds were known while it was tuned). Eight intentions, numbered
/// 101 to 108, each worded three ways; frozen in a commit of its own before any run with a model.
/// Never tune the loop on it, and run it as it is (`STEWARD_SUITE_PART=fresh`).
extension EverydayTaskSuite {
    static let leak = """
        # Kitchen leak
        On Monday the plumber, Mr Novak, came to look at the leak under the kitchen sink. He found a cracked pipe behind the \
        cupboard and says it has to be replaced. The new part costs 80 euros and the work another 120 euros, to be paid in cash. \
        He will come back on Thursday at 9 in the morning, and someone has to be home to let him in. Until then, keep the tap \
        under the sink closed and do not use the dishwasher.

        """
    static let school = """
        # School letters
        The autumn term starts on 2 September. Parents' evening is on 17 October at 6 pm, and the class trip to the science \
        museum is on 5 November (bring a packed lunch). The winter concert is on 12 December; every family brings a cake.

        """
    static let birthdays = "# Birthdays\n- Mum: 14 March\n- Dad: 2 July\n- Lena: 30 February\n- Omar: 11 November\n"
    static let backup = "# Backup settings\nkeep_days: 7\nfolder: backups\ncompress: true\n"
    static let receipt = "Receipt: bike repair, 45 EUR, 12 April\n"
    static let bak: [String: String] = [
        "temp/report.md": "# Report\nDone.\n", "temp/report.md.bak": "# Report\n", "temp/todo.md": "- post the parcel\n",
        "temp/todo.md.bak": "- old list\n", "temp/data.csv": "a,b\n1,2\n", "memory/notes.md.bak": "old notes\n",
    ]

    /// The non-empty lines of `text`, trimmed.
    static func lines(_ text: String?) -> [String] {
        (text ?? "").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The dates written out in `text` ("2 September", "2nd of Sept.", "September 2"), as "2 sep".
    static func dates(_ text: String) -> [String] {
        let m = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
        let re = try! NSRegularExpression(  // a constant pattern
            pattern: "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?\(m)|\\b\(m)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b", options: .caseInsensitive)
        return re.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            let g = (1...4).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } }
            return "\(Int(g[0] ?? g[3] ?? "") ?? 0) \((g[1] ?? g[2] ?? "").lowercased())"
        }
    }

    /// How many sentences `text` has: ends of sentence (. ! ? before a space or the end), not
    /// counting the dots of a.m., p.m., Mr., Mrs. and Dr.
    static func sentences(_ text: String) -> Int {
        var t = text.lowercased()
        for a in ["a.m.", "p.m.", "mr.", "mrs.", "dr."] { t = t.replacingOccurrences(of: a, with: "") }
        return try! NSRegularExpression(pattern: "[.!?]+(\\s|$)").numberOfMatches(in: t, range: NSRange(t.startIndex..., in: t))
    }

    static let fresh: [Intention] = [
        Intention(
            number: 101, kind: "edit: set a value in a YAML config", fixtures: ["memory/backup.yaml": backup, "memory/readme.md": "# Notes\n"],
            wordings: [
                (.imperative, "set keep_days to 30 in the backup config"),
                (.request, "Could you change memory/backup.yaml so that backups are kept for 30 days rather than 7?"),
                (
                    .context,
                    "Last month I needed a backup from two weeks before and it had already been deleted. Please change my backup settings (memory/backup.yaml) to keep backups for 30 days, and leave the other settings alone."
                ),
            ], changed: ["memory/backup.yaml"],
            check: { f in
                lines(f("memory/backup.yaml")).map { $0.hasPrefix("#") ? $0 : $0.replacingOccurrences(of: " ", with: "") }
                    == ["# Backup settings", "keep_days:30", "folder:backups", "compress:true"]
            }, solution: ops(writes: [("memory/backup.yaml", "# Backup settings\nkeep_days: 30\nfolder: backups\ncompress: true\n")])),
        Intention(
            number: 102, kind: "edit: fix a wrong line", fixtures: ["memory/birthdays.md": birthdays, "memory/readme.md": "# Notes\n"],
            wordings: [
                (.imperative, "Correct Lena's birthday in memory/birthdays.md to 3 September"),
                (.request, "can you fix the wrong date for Lena in my birthdays note? her birthday is 3 September"),
                (
                    .context,
                    "My list of birthdays says Lena was born on 30 February, which isn't even a real date; she was actually born on 3 September. Please fix that line in memory/birthdays.md and keep everyone else's dates as they are."
                ),
            ], changed: ["memory/birthdays.md"],
            check: { f in
                let l = itemLines(f("memory/birthdays.md"))
                guard l.count == 5, [l[0], l[1], l[2], l[4]] == ["# Birthdays", "Mum: 14 March", "Dad: 2 July", "Omar: 11 November"] else {
                    return false
                }
                return l[3].lowercased().contains("lena") && dates(l[3]) == ["3 sep"]
            }, solution: ops(writes: [("memory/birthdays.md", birthdays.replacingOccurrences(of: "30 February", with: "3 September"))])),
        Intention(
            number: 103, kind: "prepend a heading", fixtures: ["memory/shopping.md": "- milk\n- bread\n- apples\n", "memory/readme.md": "# Notes\n"],
            wordings: [
                (.imperative, "Prepend the heading \"# Shopping\" to memory/shopping.md"),
                (.request, "Would you add a heading, # Shopping, as the first line of my shopping list?"),
                (
                    .context,
                    "When memory/shopping.md opens on my phone there is no title, so I can never tell which list it is. Please put a Markdown heading that says Shopping above the items, without touching the items themselves."
                ),
            ], changed: ["memory/shopping.md"],
            check: { f in
                let l = lines(f("memory/shopping.md"))
                return l.count == 4 && l[0].range(of: "^#{1,6}\\s*shopping$", options: [.regularExpression, .caseInsensitive]) != nil
                    && itemLines(l.dropFirst().joined(separator: "\n")) == ["milk", "bread", "apples"]
            }, solution: ops(writes: [("memory/shopping.md", "# Shopping\n- milk\n- bread\n- apples\n")])),
        Intention(
            number: 104, kind: "move into a folder given by name",
            fixtures: [
                "memory/scan-0412.txt": receipt, "memory/receipts/scan-0305.txt": "Receipt: glasses, 180 EUR, 5 March\n",
                "memory/recipes/soup.md": "# Soup\n- leeks\n- potatoes\n",
            ],
            wordings: [
                (.imperative, "Move memory/scan-0412.txt into the receipts folder"),
                (.request, "could you file the bike repair receipt, memory/scan-0412.txt, with my other receipts?"),
                (
                    .context,
                    "I keep every receipt together in one folder for my tax return, but the scan of the bike repair, memory/scan-0412.txt, is still loose in memory. Please move it into that folder next to the others, keeping its file name."
                ),
            ], changed: ["memory/scan-0412.txt", "memory/receipts/scan-0412.txt"],
            check: { f in
                f("memory/receipts/scan-0412.txt") == receipt && f("memory/scan-0412.txt") == nil
                    && f("memory/receipts/scan-0305.txt") == "Receipt: glasses, 180 EUR, 5 March\n"
            }, solution: ops(#"{"op":"move","from":"memory/scan-0412.txt","to":"memory/receipts/scan-0412.txt"}"#)),
        Intention(
            number: 105, kind: "several files: delete those matching a description", fixtures: bak,
            wordings: [
                (.imperative, "Delete every .bak file in temp/"),
                (.request, "Can you clean out the backup copies in the temp folder, the files whose names end in .bak?"),
                (
                    .context,
                    "My editor leaves .bak copies everywhere and the ones in temp/ clutter every search. Please remove all the files in temp/ ending in .bak and keep the real files next to them."
                ),
            ], changed: ["temp/report.md.bak", "temp/todo.md.bak"],
            check: { f in
                f("temp/report.md.bak") == nil && f("temp/todo.md.bak") == nil
                    && ["temp/report.md", "temp/todo.md", "temp/data.csv", "memory/notes.md.bak"].allSatisfy { f($0) == bak[$0] }
            },
            solution: ops(#"{"op":"delete","path":"temp/report.md.bak"}"#, #"{"op":"delete","path":"temp/todo.md.bak"}"#)),
        Intention(
            number: 106, kind: "summarise in one or two sentences", fixtures: ["memory/kitchen-leak.md": leak, "memory/readme.md": "# Notes\n"],
            wordings: [
                (.imperative, "Summarise memory/kitchen-leak.md in two sentences into outputs/leak.md"),
                (.request, "Could you write a short summary, two sentences at most, of my note about the kitchen leak to outputs/leak.md?"),
                (
                    .context,
                    "My flatmate wasn't home when the plumber came and will be the one letting him in next time, so please read memory/kitchen-leak.md and write a summary of one or two sentences to outputs/leak.md that they can read at a glance."
                ),
            ], changed: ["outputs/leak.md"],
            check: { f in
                // A heading line aside, at most two sentences, much shorter than the note, with its key facts.
                let t = lines(f("outputs/leak.md")).filter { !$0.hasPrefix("#") }.joined(separator: " ").lowercased()
                return t.count >= 40 && t.count <= 280 && sentences(t) <= 2 && t.contains("thursday") && t.contains("pipe")
            },
            solution: ops(writes: [
                (
                    "outputs/leak.md",
                    "Mr Novak found a cracked pipe under the kitchen sink that must be replaced, for 200 euros in all. He comes back on Thursday at 9 a.m., someone must be home to let him in, and the tap under the sink stays closed until then.\n"
                )
            ])),
        Intention(
            number: 107, kind: "extract the dates", fixtures: ["memory/school.md": school, "memory/readme.md": "# Notes\n"],
            wordings: [
                (.imperative, "Extract all the dates from memory/school.md into outputs/school-dates.md, one per line"),
                (.request, "can you list the dates mentioned in the school note in outputs/school-dates.md, one date per line?"),
                (
                    .context,
                    "I keep missing school events, so please go through memory/school.md, pick out every date it mentions, and write them to outputs/school-dates.md as a list with one date on each line so I can copy them into my calendar."
                ),
            ], changed: ["outputs/school-dates.md"],
            check: { f in
                // One date on each line that has one (a line may say what happens then); other lines are titles without numbers.
                let l = lines(f("outputs/school-dates.md"))
                let withDates = l.map(dates).filter { !$0.isEmpty }
                return withDates.allSatisfy { $0.count == 1 } && withDates.map { $0[0] }.sorted() == ["12 dec", "17 oct", "2 sep", "5 nov"]
                    && l.filter { dates($0).isEmpty }.allSatisfy { $0.rangeOfCharacter(from: .decimalDigits) == nil }
            }, solution: ops(writes: [("outputs/school-dates.md", "- 2 September\n- 17 October\n- 5 November\n- 12 December\n")])),
        Intention(
            number: 108, kind: "convert: Markdown list to JSON",
            fixtures: ["memory/books.md": "# Books to read\n- Dune\n- The Hobbit\n- Beloved\n- Middlemarch\n", "memory/readme.md": "# Notes\n"],
            wordings: [
                (.imperative, "Convert the list in memory/books.md to a JSON array of titles in outputs/books.json"),
                (.request, "Could you turn my reading list into JSON, an array of the book titles, saved as outputs/books.json?"),
                (
                    .context,
                    "I'm writing a small reading tracker that loads a JSON file, so please take the titles from my books-to-read note, memory/books.md, and save them to outputs/books.json as a JSON array of strings in the same order."
                ),
            ], changed: ["outputs/books.json"],
            check: { f in
                guard let d = f("outputs/books.json")?.data(using: .utf8), let a = (try? JSONSerialization.jsonObject(with: d)) as? [String] else {
                    return false
                }
                return a.map { $0.trimmingCharacters(in: .whitespaces) } == ["Dune", "The Hobbit", "Beloved", "Middlemarch"]
            }, solution: ops(writes: [("outputs/books.json", "[\"Dune\", \"The Hobbit\", \"Beloved\", \"Middlemarch\"]\n")])),
    ]

    /// Wrong or partial results that the fresh checks must refuse, at least one per intention.
    static let freshNearMisses: [(Int, String)] = [
        (101, ops(writes: [("memory/backup.yaml", backup + "keep_days: 30\n")])),
        (101, ops(writes: [("memory/backup.yaml", "keep_days: 30\n")])),
        (102, ops(writes: [("memory/birthdays.md", birthdays + "- Lena: 3 September\n")])),
        (102, ops(writes: [("memory/birthdays.md", birthdays.replacingOccurrences(of: "30 February", with: "30 September"))])),
        (103, ops(writes: [("memory/shopping.md", "- milk\n- bread\n- apples\n# Shopping\n")])),
        (103, ops(writes: [("memory/shopping.md", "# Shopping\n- bread\n- apples\n")])),
        (104, ops(#"{"op":"move","from":"memory/scan-0412.txt","to":"memory/recipes/scan-0412.txt"}"#)),
        (104, ops(writes: [("memory/receipts/scan-0412.txt", receipt)])),
        (105, ops(#"{"op":"delete","path":"temp/report.md.bak"}"#)),
        (
            105,
            ops(
                #"{"op":"delete","path":"temp/report.md.bak"}"#, #"{"op":"delete","path":"temp/todo.md.bak"}"#,
                #"{"op":"delete","path":"memory/notes.md.bak"}"#)
        ),
        (105, ops(#"{"op":"delete","path":"temp/report.md.bak"}"#, #"{"op":"delete","path":"temp/report.md"}"#)),
        (106, ops(writes: [("outputs/leak.md", leak)])),
        (106, ops(writes: [("outputs/leak.md", "The plumber came to look at the leak in the kitchen.\n")])),
        (106, ops(writes: [("outputs/leak.md", "Mr Novak found a cracked pipe. It costs 200 euros. He comes back on Thursday.\n")])),
        (107, ops(writes: [("outputs/school-dates.md", "- 2 September\n- 17 October\n- 5 November\n")])),
        (107, ops(writes: [("outputs/school-dates.md", "2 September, 17 October, 5 November, 12 December\n")])),
        (107, ops(writes: [("outputs/school-dates.md", school)])),
        (108, ops(writes: [("outputs/books.json", "# Books to read\n- Dune\n- The Hobbit\n- Beloved\n- Middlemarch\n")])),
        (108, ops(writes: [("outputs/books.json", "[\"- Dune\", \"- The Hobbit\", \"- Beloved\", \"- Middlemarch\"]\n")])),
        (108, ops(writes: [("outputs/books.json", "[\"Books to read\", \"Dune\", \"The Hobbit\", \"Beloved\", \"Middlemarch\"]\n")])),
    ]
}
