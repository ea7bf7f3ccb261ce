import Foundation

/// A third fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first two: by someone who had not read the agent loop, its tools, its prompts or any result.
/// Fourteen intentions, numbered 301 to 314, one per kind the issue names, each worded three ways
/// (folder named before file, quoted and compound names, files named by what they are), judged
/// by content and "nothing else changed"; frozen in a commit of its own before any run with a
/// model. Never tune the loop on it, and run it as it is (`STEWARD_SUITE_PART=fresh3`).
extension EverydayTaskSuite {
    static let fresh3: [Intention] = [
        Intention(
            number: 301, kind: "create a short list under a compound file name",
            fixtures: ["memory/films-to-watch.md": "# Films to watch\n- Alien\n- Up\n", "memory/readme.md": "# Notes\n"],
            wordings: [
                (.imperative, "Start a books-to-read list at memory/books-to-read.md with Middlemarch, Dune and The Hobbit"),
                (
                    .request,
                    "Could you make me a reading list called books-to-read.md in my memory folder? Put Middlemarch, Dune and The Hobbit on it."
                ),
                (
                    .context,
                    "Friends keep recommending novels and I have forgotten them by the weekend. Please create memory/books-to-read.md, like my films-to-watch list, with three titles for now (Middlemarch, Dune and The Hobbit), one per line."
                ),
            ], changed: ["memory/books-to-read.md"],
            check: { f in
                // Each title on a line of its own, once; at most a title line before them.
                guard let t = f("memory/books-to-read.md"), !Fresh3.fenced(t) else { return false }
                let l = Fresh3.items(t).map { $0.lowercased() }
                let titles = ["middlemarch", "dune", "hobbit"]
                let withTitle = l.filter { line in titles.contains { line.contains($0) } }
                return titles.allSatisfy { title in withTitle.filter { $0.contains(title) }.count == 1 } && withTitle.count == 3
                    && (l.count == 3 || (l.count == 4 && !withTitle.contains(l[0])))
            }, solution: ops(writes: [("memory/books-to-read.md", "# Books to read\n- Middlemarch\n- Dune\n- The Hobbit\n")])),
        Intention(
            number: 302, kind: "edit: tick off one item of a checklist", fixtures: ["memory/todo.md": Fresh3.todo],
            wordings: [
                (.imperative, "Tick off \"pay the rent\" in memory/todo.md"),
                (.request, "I've paid the rent, so could you mark it as done on my to-do list?"),
                (
                    .context,
                    "The rent went out this morning, so in memory/todo.md please check the box for pay the rent, the way return the library books is already checked, and leave the other items alone."
                ),
            ], changed: ["memory/todo.md"],
            check: { f in
                // The same lines in the same order, the rent's box ticked ([x] or [X], - or * as the marker).
                let want = Fresh3.lines(Fresh3.todo.replacingOccurrences(of: "[ ] pay", with: "[x] pay"))
                return Fresh3.lines(f("memory/todo.md")).map(Fresh3.checklistLine) == want
            }, solution: ops(writes: [("memory/todo.md", Fresh3.todo.replacingOccurrences(of: "[ ] pay", with: "[x] pay"))])),
        Intention(
            number: 303, kind: "prepend an entry to a newest-first log", fixtures: ["memory/running-log.md": Fresh3.runningLog],
            wordings: [
                (.imperative, "Add \"3 December: 5 km in the park\" as the first entry in memory/running-log.md"),
                (.request, "Can you put today's run at the top of my running log? 3 December: 5 km in the park."),
                (
                    .context,
                    "I keep my running log newest-first so I can see my latest run at a glance. I went out this morning, so please add an entry saying 3 December: 5 km in the park above the 1 December one in memory/running-log.md, below the title."
                ),
            ], changed: ["memory/running-log.md"],
            check: { f in
                // The title, then the new entry, then the old entries as they were.
                let l = itemLines(f("memory/running-log.md")).map(Fresh3.spaced)
                guard l.count == 4, l[0] == "# Running log", Array(l[2...]) == Array(itemLines(Fresh3.runningLog)[1...]) else { return false }
                let new = l[1].lowercased()
                return new.range(of: #"\b3(rd)? december\b|\bdecember 3(rd)?\b"#, options: .regularExpression) != nil
                    && new.range(of: #"\b5 ?km\b"#, options: .regularExpression) != nil && new.contains("park")
            },
            solution: ops(writes: [
                ("memory/running-log.md", Fresh3.runningLog.replacingOccurrences(of: "\n- 1 ", with: "\n- 3 December: 5 km in the park\n- 1 "))
            ])
        ),
        Intention(
            number: 304, kind: "rename a file inside the folder named first",
            fixtures: ["memory/recipes/untitled.md": Fresh3.soup, "memory/recipes/flapjacks.md": Fresh3.flapjacks],
            wordings: [
                (.imperative, "In memory/recipes, rename untitled.md to lentil-soup.md"),
                (.request, "Could you rename the file 'untitled.md' in my recipes folder to 'lentil-soup.md'?"),
                (
                    .context,
                    "I saved my lentil soup recipe in a hurry and it ended up as memory/recipes/untitled.md. Please give it a proper name, lentil-soup.md, in the same folder, without changing the recipe itself."
                ),
            ], changed: ["memory/recipes/untitled.md", "memory/recipes/lentil-soup.md"],
            check: { f in
                f("memory/recipes/untitled.md") == nil && f("memory/recipes/lentil-soup.md") != nil
                    && Fresh3.lines(f("memory/recipes/lentil-soup.md")) == Fresh3.lines(Fresh3.soup)
                    && f("memory/recipes/flapjacks.md") == Fresh3.flapjacks
            }, solution: ops(#"{"op":"move","from":"memory/recipes/untitled.md","to":"memory/recipes/lentil-soup.md"}"#)),
        Intention(
            number: 305, kind: "move a stray note into the folder where its kind lives", fixtures: Fresh3.trips,
            wordings: [
                (.imperative, "Put memory/holiday-ideas.md in memory/trips"),
                (.request, "Could you move my holiday ideas note into the trips folder in memory? Keep the name as it is."),
                (
                    .context,
                    "All my travel notes live in memory/trips except one I left at the top level, memory/holiday-ideas.md. Please move it into that trips folder so they're all together; the file name can stay the same."
                ),
            ], changed: ["memory/holiday-ideas.md", "memory/trips/holiday-ideas.md"],
            check: { f in
                f("memory/holiday-ideas.md") == nil && f("memory/trips/holiday-ideas.md") != nil
                    && Fresh3.lines(f("memory/trips/holiday-ideas.md")) == Fresh3.lines(Fresh3.trips["memory/holiday-ideas.md"])
                    && ["memory/trips/lisbon-2024.md", "memory/trips/rome-2025.md"].allSatisfy { f($0) == Fresh3.trips[$0] }
            }, solution: ops(#"{"op":"move","from":"memory/holiday-ideas.md","to":"memory/trips/holiday-ideas.md"}"#)),
        Intention(
            number: 306, kind: "duplicate a document under a new name elsewhere",
            fixtures: ["memory/cv.md": Fresh3.cv, "memory/readme.md": "# Notes\n"],
            wordings: [
                (.imperative, "Duplicate memory/cv.md as outputs/cv-bakery.md"),
                (.request, "Can you make a second copy of my CV called cv-bakery.md in outputs? The original should stay where it is."),
                (
                    .context,
                    "I'm applying for a job at the bakery on the corner and want to tailor my CV for it without losing the general one. Please copy memory/cv.md to outputs/cv-bakery.md exactly as it is; I'll edit the copy myself."
                ),
            ], changed: ["outputs/cv-bakery.md"],
            check: { f in
                f("outputs/cv-bakery.md") != nil && Fresh3.lines(f("outputs/cv-bakery.md")) == Fresh3.lines(Fresh3.cv)
                    && f("memory/cv.md") == Fresh3.cv
            }, solution: ops(writes: [("outputs/cv-bakery.md", Fresh3.cv)])),
        Intention(
            number: 307, kind: "delete the older of two dated files", fixtures: Fresh3.shopping,
            wordings: [
                (.imperative, "Delete memory/shopping/2026-11-26.md"),
                (.request, "Can you get rid of last week's shopping list? It's the 26 November one in memory/shopping."),
                (
                    .context,
                    "I've done last week's shop, so the old list in memory/shopping (the one dated 2026-11-26) is no use any more; please delete it but keep this week's list, 2026-12-03.md."
                ),
            ], changed: ["memory/shopping/2026-11-26.md"],
            check: { f in
                f("memory/shopping/2026-11-26.md") == nil && f("memory/shopping/2026-12-03.md") == Fresh3.shopping["memory/shopping/2026-12-03.md"]
            }, solution: ops(#"{"op":"delete","path":"memory/shopping/2026-11-26.md"}"#)),
        Intention(
            number: 308, kind: "several files: the same word changed in two of a folder's notes", fixtures: Fresh3.chessClub,
            wordings: [
                (.imperative, "Replace Thursday with Tuesday in memory/chess-club/rota.md and memory/chess-club/poster.md"),
                (
                    .request,
                    "The chess club has moved to Tuesdays. Could you update the rota and the poster in memory/chess-club so they say Tuesday instead of Thursday?"
                ),
                (
                    .context,
                    "The library can't host us on Thursdays any more, so from next week the chess club meets on Tuesday evenings. Please change Thursday to Tuesday wherever it appears in the club's rota and poster (both in memory/chess-club); the members list doesn't need touching."
                ),
            ], changed: ["memory/chess-club/rota.md", "memory/chess-club/poster.md"],
            check: { f in
                ["memory/chess-club/rota.md", "memory/chess-club/poster.md"].allSatisfy { p in
                    f(p) != nil && Fresh3.lines(f(p)) == Fresh3.lines(Fresh3.chessClub[p]!.replacingOccurrences(of: "Thursday", with: "Tuesday"))
                } && f("memory/chess-club/members.md") == Fresh3.chessClub["memory/chess-club/members.md"]
            },
            solution: ops(
                writes: ["memory/chess-club/rota.md", "memory/chess-club/poster.md"].map {
                    ($0, Fresh3.chessClub[$0]!.replacingOccurrences(of: "Thursday", with: "Tuesday"))
                })),
        Intention(
            number: 309, kind: "summarise a letter in three bullet points",
            fixtures: ["memory/school-trip-letter.md": Fresh3.schoolLetter, "memory/readme.md": "# Notes\n"],
            wordings: [
                (.imperative, "Summarise memory/school-trip-letter.md in three bullet points in outputs/school-trip.md"),
                (
                    .request,
                    "Could you boil the school trip letter in my memory folder down to three bullet points and save them as outputs/school-trip.md?"
                ),
                (
                    .context,
                    "The school sent a long letter about Maya's museum trip and my partner only wants the gist. Please read memory/school-trip-letter.md and write the three most important points, as bullet points, to outputs/school-trip.md."
                ),
            ], changed: ["outputs/school-trip.md"],
            check: { f in
                // Three points (a title line aside), much shorter than the letter, carrying at least three of its facts.
                guard let t = f("outputs/school-trip.md"), !Fresh3.fenced(t) else { return false }
                let points = itemLines(t).filter { !$0.hasPrefix("#") && !$0.hasSuffix(":") }
                let low = t.lowercased()
                let facts = [#"museum"#, #"\b16\b|friday"#, #"\b12\b"#, #"lunch|water bottle|coat"#, #"helper"#].filter {
                    low.range(of: $0, options: .regularExpression) != nil
                }
                return points.count == 3 && points.allSatisfy { $0.count >= 12 } && t.count * 5 < Fresh3.schoolLetter.count * 3 && facts.count >= 3
            },
            solution: ops(writes: [
                (
                    "outputs/school-trip.md",
                    "- Year 5 visit the Natural History Museum on Friday 16 January (coach 8:45 am to 3:30 pm).\n- It costs £12, paid in the school app by 9 January.\n- Bring a packed lunch, a water bottle and a coat; no money or phones.\n"
                )
            ])),
        Intention(
            number: 310, kind: "extract the web links into a list",
            fixtures: ["memory/reading-notes.md": Fresh3.readingNotes, "memory/readme.md": "# Notes\n"],
            wordings: [
                (.imperative, "Extract the links from memory/reading-notes.md into outputs/links.md, one per line"),
                (.request, "Can you collect the web addresses in my reading notes and list them in outputs/links.md?"),
                (
                    .context,
                    "I want to open everything I meant to read on my laptop later, so please go through memory/reading-notes.md, pick out every URL, and save them to outputs/links.md with one link on each line."
                ),
            ], changed: ["outputs/links.md"],
            check: { f in
                // Each line with a link has one (bare, in <>, in parentheses or as a Markdown link); each link once, exactly.
                guard let t = f("outputs/links.md"), !Fresh3.fenced(t) else { return false }
                let perLine = Fresh3.lines(t).map { Set(Fresh3.urls($0)) }.filter { !$0.isEmpty }
                return perLine.allSatisfy { $0.count == 1 } && perLine.compactMap(\.first).sorted() == Fresh3.links.sorted()
            }, solution: ops(writes: [("outputs/links.md", Fresh3.links.map { "- \($0)\n" }.joined())])),
        Intention(
            number: 311, kind: "list the files of one type in a folder and save the list", fixtures: Fresh3.downloads,
            wordings: [
                (.imperative, "Save a list of the CSV files in temp/downloads to outputs/csv-files.md"),
                (.request, "Which CSV files do I have in my downloads folder under temp? Could you write their names to outputs/csv-files.md?"),
                (
                    .context,
                    "I'm clearing out temp/downloads and want to keep the spreadsheets. Please write the names of just the .csv files in that folder to outputs/csv-files.md, one per line, and leave the other files out of the list."
                ),
            ], changed: ["outputs/csv-files.md"],
            check: { f in
                // One file per line (a name or its path, in backticks or not), in any order; titles aside.
                guard let t = f("outputs/csv-files.md"), !Fresh3.fenced(t) else { return false }
                let names = Fresh3.items(t).map { line -> String in
                    var n = line
                    for p in ["./", "temp/", "downloads/"] where n.hasPrefix(p) { n.removeFirst(p.count) }
                    return n
                }
                return names.sorted() == ["bank-statement-nov.csv", "meter-readings.csv"]
            }, solution: ops(writes: [("outputs/csv-files.md", "- bank-statement-nov.csv\n- meter-readings.csv\n")])),
        Intention(
            number: 312, kind: "convert: a Markdown list of details to a JSON object",
            fixtures: ["memory/bike.md": Fresh3.bike, "memory/readme.md": "# Notes\n"],
            wordings: [
                (.imperative, "Convert the list in memory/bike.md to a JSON object in outputs/bike.json"),
                (.request, "Could you turn my bike details (memory/bike.md) into JSON and save it as outputs/bike.json?"),
                (
                    .context,
                    "The insurance company's form takes JSON, so please take the details listed in memory/bike.md and write them to outputs/bike.json as one JSON object, with each detail's name as the key and what follows the colon as the value."
                ),
            ], changed: ["outputs/bike.json"],
            check: { f in Fresh3.isBike(f("outputs/bike.json")) },
            solution: ops(writes: [
                ("outputs/bike.json", "{\n  \"brand\": \"Dawes\",\n  \"colour\": \"green\",\n  \"frame\": \"54 cm\",\n  \"bought\": \"2021\"\n}\n")
            ])
        ),
        Intention(
            number: 313, kind: "write a skill whose steps use the person's notes",
            fixtures: ["skills/README.md": "One folder per skill, each with a SKILL.md.\n", "memory/pantry.md": Fresh3.pantry],
            wordings: [
                (
                    .imperative,
                    "Write a skill at skills/meal-plan/SKILL.md, named meal-plan with a description, for planning the week's dinners: read memory/pantry.md, suggest five dinners, and save a shopping list to outputs/shopping.md"
                ),
                (
                    .request,
                    "Could you set up a meal-plan skill for me? It should look at what's in my pantry note, come up with five dinners for the week and put the shopping list in outputs/shopping.md."
                ),
                (
                    .context,
                    "On Sunday afternoons I plan the week's dinners and always end up buying things I already have. Please write me a skill called meal-plan, with its name and a description at the top, whose steps are to check memory/pantry.md first, suggest five dinners, and write what I need to buy to outputs/shopping.md."
                ),
            ], changed: ["skills/meal-plan/SKILL.md"],
            check: { f in
                // Front matter naming the skill as its folder, with a description; a body carrying the three steps.
                guard let t = f("skills/meal-plan/SKILL.md"), let (fields, body) = Fresh3.skill(t) else { return false }
                let b = body.lowercased()
                return fields["name"] == "meal-plan" && (fields["description"] ?? "").count >= 10 && b.contains("pantry")
                    && ["five", "5"].contains { b.contains($0) } && ["dinner", "meal"].contains { b.contains($0) } && b.contains("shopping")
            },
            solution: ops(writes: [
                (
                    "skills/meal-plan/SKILL.md",
                    "---\nname: meal-plan\ndescription: Plan the week's dinners from what is in the pantry.\n---\n# Meal plan\n1. Read memory/pantry.md.\n2. Suggest five dinners for the week, using what is there first.\n3. Write what is missing as a shopping list to outputs/shopping.md.\n"
                )
            ])),
        Intention(
            number: 314, kind: "write a small Python script that totals a CSV column",
            fixtures: ["memory/spending/november.csv": Fresh3.november, "memory/scripts/README.md": "Scripts I use now and then.\n"],
            wordings: [
                (
                    .imperative,
                    "Write a Python script memory/scripts/total.py that adds up the amount column of the CSV file named as its first argument and prints the total"
                ),
                (
                    .request,
                    "can you write me a python script, total.py in my scripts folder, that prints the sum of the amount column of whatever CSV file I pass it?"
                ),
                (
                    .context,
                    "Every month I export my spending as a CSV like memory/spending/november.csv and add up the amount column by hand. Please write a small Python script, memory/scripts/total.py, that takes the CSV file's path as its first argument and prints the total of the amount column."
                ),
            ], changed: ["memory/scripts/total.py"],
            check: { f in Fresh3.isTotalScript(f("memory/scripts/total.py")) },
            solution: ops(writes: [
                (
                    "memory/scripts/total.py",
                    "import csv\nimport sys\n\nwith open(sys.argv[1], newline=\"\") as f:\n    print(sum(float(row[\"amount\"]) for row in csv.DictReader(f)))\n"
                )
            ])),
    ]

    /// Correct results in other forms a careful person accepts (spacing, list markers, order where
    /// none was asked, titles, another way to write the same script), at least one per intention
    /// but the delete (307), which has no other form.
    static let fresh3Alternatives: [(Int, String)] = [
        (301, ops(writes: [("memory/books-to-read.md", "Books to read\n\n* [ ] *Middlemarch* (George Eliot)\n* [ ] Dune\n* [ ] The Hobbit")])),
        (301, ops(writes: [("memory/books-to-read.md", "The Hobbit\nMiddlemarch\nDune\n")])),
        (
            302,
            ops(writes: [
                (
                    "memory/todo.md",
                    Fresh3.todo.replacingOccurrences(of: "- [ ] pay", with: "* [X]  pay").replacingOccurrences(of: "\n-", with: "\n\n-")
                )
            ])
        ),
        (302, ops(writes: [("memory/todo.md", Fresh3.todo.replacingOccurrences(of: "[ ] pay the rent", with: "[x] ~~pay the rent~~"))])),
        (
            303,
            ops(writes: [
                (
                    "memory/running-log.md",
                    "# Running log\n\n- December 3: 5km in the park\n- 1 December: 4 km along the river\n- 28 November: 3 km in the rain"
                )
            ])
        ),
        (
            304,
            ops(
                writes: [("memory/recipes/lentil-soup.md", Fresh3.soup.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/recipes/untitled.md"}"#)
        ),
        (
            305,
            ops(
                writes: [("memory/trips/holiday-ideas.md", Fresh3.trips["memory/holiday-ideas.md"]!)],
                #"{"op":"delete","path":"memory/holiday-ideas.md"}"#)
        ),
        (306, ops(writes: [("outputs/cv-bakery.md", Fresh3.cv + "\n")])),
        (
            308,
            ops(
                writes: ["memory/chess-club/rota.md", "memory/chess-club/poster.md"].map {
                    ($0, Fresh3.chessClub[$0]!.replacingOccurrences(of: "Thursday", with: "Tuesday").replacingOccurrences(of: "\n", with: "  \n"))
                })
        ),
        (
            309,
            ops(writes: [
                (
                    "outputs/school-trip.md",
                    "# School trip\n\nKey points:\n\n1. Museum trip on Friday 16 January, back by 3:30.\n2. £12 by 9 January through the app.\n3. We need two more parent helpers.\n"
                )
            ])
        ),
        (
            310,
            ops(writes: [
                (
                    "outputs/links.md",
                    "# Links\n\n1. [Sourdough guide](https://example.org/sourdough-guide)\n2. Bin days: <https://council.example.gov/bins>.\n3. The long read on sleep (https://news.example.com/2026/sleep-science)\n"
                )
            ])
        ),
        (
            311,
            ops(writes: [
                (
                    "outputs/csv-files.md",
                    "CSV files in temp/downloads:\n\n* `temp/downloads/meter-readings.csv`\n* `temp/downloads/bank-statement-nov.csv`\n"
                )
            ])
        ),
        (312, ops(writes: [("outputs/bike.json", #"{"bought":2021,"frame":"54 cm","colour":"green","brand":"Dawes"}"#)])),
        (312, ops(writes: [("outputs/bike.json", #"{"bike": {"brand": "Dawes", "colour": "green", "frame": "54 cm", "bought": "2021"}}"#)])),
        (
            313,
            ops(writes: [
                (
                    "skills/meal-plan/SKILL.md",
                    "---\nname: \"meal-plan\"\ndescription: >\n  Plans the week's dinners around the pantry.\n---\n\nCheck the pantry note first, then pick 5 meals for the week and write a shopping list of what is missing to outputs/shopping.md.\n"
                )
            ])
        ),
        (
            314,
            ops(writes: [
                (
                    "memory/scripts/total.py",
                    "#!/usr/bin/env python3\n\"\"\"Print the total of the amount column.\"\"\"\nimport csv\nimport sys\nfrom decimal import Decimal\n\n\ndef main():\n    total = Decimal(0)\n    with open(sys.argv[1]) as f:\n        reader = csv.reader(f)\n        header = next(reader)\n        i = header.index(\"amount\")\n        for row in reader:\n            total += Decimal(row[i])\n    print(total)\n\n\nif __name__ == \"__main__\":\n    main()\n"
                )
            ])
        ),
        (314, ops(writes: [("memory/scripts/total.py", "import sys\nimport pandas as pd\n\nprint(pd.read_csv(sys.argv[1])[\"amount\"].sum())\n")])),
    ]

    /// Wrong or partial results that the third fresh part's checks must refuse, at least one per intention.
    static let fresh3NearMisses: [(Int, String)] = [
        (301, ops(writes: [("memory/books.md", "- Middlemarch\n- Dune\n- The Hobbit\n")])),
        (301, ops(writes: [("memory/books-to-read.md", "Middlemarch, Dune, The Hobbit\n")])),
        (301, ops(writes: [("memory/books-to-read.md", "# Books to read\n- Middlemarch\n- Dune\n")])),
        (301, ops(writes: [("memory/books-to-read.md", "```markdown\n- Middlemarch\n- Dune\n- The Hobbit\n```\n")])),
        (
            301,
            ops(writes: [
                ("memory/books-to-read.md", "- Middlemarch\n- Dune\n- The Hobbit\n"),
                ("memory/films-to-watch.md", "# Films to watch\n- Alien\n- Up\n- Dune\n"),
            ])
        ),
        (302, ops(writes: [("memory/todo.md", Fresh3.todo.replacingOccurrences(of: "- [ ] pay the rent\n", with: ""))])),
        (302, ops(writes: [("memory/todo.md", Fresh3.todo.replacingOccurrences(of: "[ ] book", with: "[x] book"))])),
        (302, ops(writes: [("memory/todo.md", Fresh3.todo + "- [x] pay the rent\n")])),
        (
            302,
            ops(writes: [
                (
                    "memory/todo.md",
                    Fresh3.todo.replacingOccurrences(of: "[ ] pay", with: "[x] pay").replacingOccurrences(of: "[x] return", with: "[ ] return")
                )
            ])
        ),
        (302, ops(writes: [("memory/todo.md", "# This week\n- [x] pay the rent\n")])),
        (303, ops(writes: [("memory/running-log.md", Fresh3.runningLog + "- 3 December: 5 km in the park\n")])),
        (303, ops(writes: [("memory/running-log.md", "- 3 December: 5 km in the park\n" + Fresh3.runningLog)])),
        (303, ops(writes: [("memory/running-log.md", "# Running log\n- 3 December: 5 km in the park\n- 28 November: 3 km in the rain\n")])),
        (
            303,
            ops(writes: [
                ("memory/running-log.md", Fresh3.runningLog.replacingOccurrences(of: "\n- 1 ", with: "\n- 3 December: run in the park\n- 1 "))
            ])
        ),
        (304, ops(writes: [("memory/recipes/lentil-soup.md", Fresh3.soup)])),
        (304, ops(#"{"op":"move","from":"memory/recipes/untitled.md","to":"memory/lentil-soup.md"}"#)),
        (304, ops(#"{"op":"move","from":"memory/recipes/untitled.md","to":"memory/recipes/lentil soup.md"}"#)),
        (304, ops(#"{"op":"move","from":"memory/recipes/flapjacks.md","to":"memory/recipes/lentil-soup.md"}"#)),
        (
            304,
            ops(
                writes: [
                    (
                        "memory/recipes/lentil-soup.md",
                        "# Lentil soup (untitled)\n" + Fresh3.soup.split(separator: "\n").dropFirst().joined(separator: "\n")
                    )
                ],
                #"{"op":"delete","path":"memory/recipes/untitled.md"}"#)
        ),
        (305, ops(writes: [("memory/trips/holiday-ideas.md", Fresh3.trips["memory/holiday-ideas.md"]!)])),
        (305, ops(#"{"op":"move","from":"memory/holiday-ideas.md","to":"memory/trip/holiday-ideas.md"}"#)),
        (305, ops(#"{"op":"move","from":"memory/holiday-ideas.md","to":"memory/trips/holiday-ideas-2026.md"}"#)),
        (306, ops(#"{"op":"move","from":"memory/cv.md","to":"outputs/cv-bakery.md"}"#)),
        (306, ops(writes: [("outputs/cv.md", Fresh3.cv)])),
        (306, ops(writes: [("outputs/cv-bakery.md", Fresh3.cv + "Objective: a job at the bakery.\n")])),
        (306, ops(writes: [("outputs/cv-bakery.md", Fresh3.cv), ("memory/cv.md", Fresh3.cv + "See also outputs/cv-bakery.md.\n")])),
        (307, ops(#"{"op":"delete","path":"memory/shopping/2026-11-26.md"}"#, #"{"op":"delete","path":"memory/shopping/2026-12-03.md"}"#)),
        (307, ops(#"{"op":"delete","path":"memory/shopping/2026-12-03.md"}"#)),
        (307, ops(#"{"op":"move","from":"memory/shopping/2026-11-26.md","to":"memory/archive/2026-11-26.md"}"#)),
        (
            308,
            ops(writes: [
                (
                    "memory/chess-club/poster.md",
                    Fresh3.chessClub["memory/chess-club/poster.md"]!.replacingOccurrences(of: "Thursday", with: "Tuesday")
                )
            ])
        ),
        (
            308,
            ops(
                writes: ["memory/chess-club/rota.md", "memory/chess-club/poster.md"].map {
                    ($0, Fresh3.chessClub[$0]!.replacingOccurrences(of: "Thursday", with: "Wednesday"))
                })
        ),
        (
            308,
            ops(
                writes: ["memory/chess-club/rota.md", "memory/chess-club/poster.md"].map { ($0, Fresh3.chessClub[$0]! + "Now on Tuesday.\n") })
        ),
        (
            308,
            ops(
                writes: ["memory/chess-club/rota.md", "memory/chess-club/poster.md", "memory/chess-club/members.md"].map {
                    (
                        $0,
                        Fresh3.chessClub[$0]!.replacingOccurrences(of: "Thursday", with: "Tuesday")
                            + ($0.hasSuffix("members.md") ? "Meets on Tuesday.\n" : "")
                    )
                })
        ),
        (309, ops(writes: [("outputs/school-trip.md", Fresh3.schoolLetter)])),
        (
            309,
            ops(writes: [
                (
                    "outputs/school-trip.md",
                    "Year 5 go to the Natural History Museum on Friday 16 January; it costs £12 and they need a packed lunch.\n"
                )
            ])
        ),
        (
            309,
            ops(writes: [
                (
                    "outputs/school-trip.md",
                    "- Museum trip on Friday 16 January.\n- It costs £12.\n- Pay by 9 January.\n- Bring a packed lunch.\n- Two more parent helpers needed.\n"
                )
            ])
        ),
        (309, ops(writes: [("outputs/school-trip.md", "- A letter from the school.\n- It is about a trip for Year 5.\n- Please read it soon.\n")])),
        (
            309,
            ops(writes: [
                ("memory/school-trip.md", "- Museum trip on Friday 16 January.\n- It costs £12, paid by 9 January.\n- Bring a packed lunch.\n")
            ])
        ),
        (310, ops(writes: [("outputs/links.md", Fresh3.links.joined(separator: ", ") + "\n")])),
        (
            310,
            ops(writes: [
                (
                    "outputs/links.md",
                    "https://example.org/sourdough-guide\nhttps://council.example.gov/bins\nhttps://news.example.com/2026/sleep-science)\n"
                )
            ])
        ),
        (310, ops(writes: [("outputs/links.md", "https://example.org/sourdough-guide\nhttps://news.example.com/2026/sleep-science\n")])),
        (310, ops(writes: [("outputs/links.md", Fresh3.readingNotes)])),
        (310, ops(writes: [("outputs/links.md", Fresh3.links.map { "\($0)\n" }.joined() + "https://example.org/sourdough-guide\n")])),
        (
            311,
            ops(writes: [
                ("outputs/csv-files.md", Fresh3.downloads.keys.filter { $0.hasPrefix("temp/downloads/") }.sorted().map { "- \($0)\n" }.joined())
            ])
        ),
        (311, ops(writes: [("outputs/csv-files.md", "- bank-statement-nov.csv\n- meter-readings.csv\n- old-export.csv\n")])),
        (311, ops(writes: [("outputs/csv-files.md", "bank-statement-nov.csv, meter-readings.csv\n")])),
        (311, ops(writes: [("temp/downloads/csv-files.md", "- bank-statement-nov.csv\n- meter-readings.csv\n")])),
        (312, ops(writes: [("outputs/bike.json", #"{"brand": "Dawes", "colour": "green", "frame": 54, "bought": 2021}"#)])),
        (312, ops(writes: [("outputs/bike.json", #"{"brand": "Dawes", "colour": "green", "frame": "54 cm"}"#)])),
        (312, ops(writes: [("outputs/bike.json", #"["brand: Dawes", "colour: green", "frame: 54 cm", "bought: 2021"]"#)])),
        (
            312,
            ops(writes: [
                ("outputs/bike.json", "```json\n{\"brand\": \"Dawes\", \"colour\": \"green\", \"frame\": \"54 cm\", \"bought\": 2021}\n```\n")
            ])
        ),
        (312, ops(writes: [("outputs/bike.md", #"{"brand": "Dawes", "colour": "green", "frame": "54 cm", "bought": 2021}"#)])),
        (
            313,
            ops(writes: [
                (
                    "skills/meal-plan/SKILL.md",
                    "# Meal plan\n1. Read memory/pantry.md.\n2. Suggest five dinners.\n3. Write a shopping list to outputs/shopping.md.\n"
                )
            ])
        ),
        (
            313,
            ops(writes: [
                (
                    "skills/meal-plan/SKILL.md",
                    "---\nname: Meal Plan\ndescription: Plan the week's dinners.\n---\n1. Read memory/pantry.md.\n2. Suggest five dinners.\n3. Write a shopping list to outputs/shopping.md.\n"
                )
            ])
        ),
        (
            313,
            ops(writes: [
                (
                    "skills/meal-plan/SKILL.md",
                    "---\nname: meal-plan\n---\n1. Read memory/pantry.md.\n2. Suggest five dinners.\n3. Write a shopping list to outputs/shopping.md.\n"
                )
            ])
        ),
        (
            313,
            ops(writes: [
                (
                    "skills/meal-plan/SKILL.md",
                    "```markdown\n---\nname: meal-plan\ndescription: Plan the week's dinners.\n---\n1. Read memory/pantry.md.\n2. Suggest five dinners.\n3. Write a shopping list to outputs/shopping.md.\n```\n"
                )
            ])
        ),
        (
            313,
            ops(writes: [
                (
                    "skills/meal-plan/SKILL.md",
                    "---\nname: meal-plan\ndescription: Plan the week's dinners.\n---\n1. Read memory/pantry.md.\n2. Suggest five dinners.\n"
                )
            ])
        ),
        (
            313,
            ops(writes: [
                (
                    "skills/meal-plan.md",
                    "---\nname: meal-plan\ndescription: Plan the week's dinners.\n---\n1. Read memory/pantry.md.\n2. Suggest five dinners.\n3. Write a shopping list to outputs/shopping.md.\n"
                )
            ])
        ),
        (
            314,
            ops(writes: [
                (
                    "memory/scripts/total.py",
                    "```python\nimport csv, sys\nprint(sum(float(r[\"amount\"]) for r in csv.DictReader(open(sys.argv[1]))))\n```\n"
                )
            ])
        ),
        (
            314,
            ops(writes: [
                (
                    "memory/scripts/total.py",
                    "import csv\nprint(sum(float(r[\"amount\"]) for r in csv.DictReader(open(\"memory/spending/november.csv\"))))\n"
                )
            ])
        ),
        (
            314,
            ops(writes: [
                (
                    "memory/scripts/total.py",
                    "import csv, sys\ntotal = sum(int(r[\"amount\"]) for r in csv.DictReader(open(sys.argv[1])))\nprint(total)\n"
                )
            ])
        ),
        (314, ops(writes: [("memory/scripts/total.py", "#!/bin/sh\nawk -F, 'NR > 1 { s += $3 } END { print s }' \"$1\"\n")])),
        (
            314,
            ops(writes: [
                (
                    "memory/scripts/total.py",
                    "import csv, sys\n\ndef total(path):\n    return sum(float(r[\"amount\"]) for r in csv.DictReader(open(path)))\n"
                )
            ])
        ),
        (
            314,
            ops(writes: [
                ("memory/scripts/total.sh", "import csv, sys\nprint(sum(float(r[\"amount\"]) for r in csv.DictReader(open(sys.argv[1]))))\n")
            ])
        ),
    ]
}

/// The third fresh part's fixtures and the helpers its checks share.
private enum Fresh3 {
    static let todo = "# This week\n- [ ] pay the rent\n- [ ] book the dentist\n- [x] return the library books\n- [ ] call Grandma\n"
    static let runningLog = "# Running log\n- 1 December: 4 km along the river\n- 28 November: 3 km in the rain\n"
    static let soup = "# Lentil soup\n- 200 g red lentils\n- 1 onion\n- 1 litre of stock\nSimmer for 25 minutes, then blend.\n"
    static let flapjacks = "# Flapjacks\n- 250 g oats\n- 125 g butter\n- 3 tbsp golden syrup\n"
    static let trips: [String: String] = [
        "memory/holiday-ideas.md": "# Holiday ideas\n- Porto in May\n- A week walking in the Lake District\n",
        "memory/trips/lisbon-2024.md": "# Lisbon, April 2024\nTram 28 was packed; the custard tarts were worth it.\n",
        "memory/trips/rome-2025.md": "# Rome, October 2025\nBook the Vatican museums ahead next time.\n",
        "memory/readme.md": "# Notes\n",
    ]
    static let cv = """
        # Jamie Doyle
        jamie.doyle@example.com

        ## Experience
        - 2023-2026: barista, Harbour Café
        - 2021-2023: kitchen assistant, The Green Room

        ## Skills
        - food hygiene certificate
        - early starts

        """
    static let shopping: [String: String] = [
        "memory/shopping/2026-11-26.md": "# Shopping, 26 November\n- milk\n- eggs\n- bin bags\n",
        "memory/shopping/2026-12-03.md": "# Shopping, 3 December\n- bread\n- apples\n- coffee\n",
        "memory/readme.md": "# Notes\n",
    ]
    static let chessClub: [String: String] = [
        "memory/chess-club/rota.md": "# Rota\nSetting up on Thursday: Ben\nTidying up on Thursday: Ines\n",
        "memory/chess-club/poster.md": "# Chess club\nEvery Thursday, 7 pm, at the library.\nAll levels welcome.\n",
        "memory/chess-club/members.md": "# Members\n- Ben\n- Ines\n- Ola\n",
    ]
    static let schoolLetter = """
        Dear parents,

        On Friday 16 January, Year 5 will visit the Natural History Museum as part of our topic on fossils. The coach leaves \
        school at 8:45 am and comes back by 3:30 pm, so please collect your child at the usual time.

        The trip costs £12, which can be paid through the school app by 9 January. Children will need a packed lunch, a water \
        bottle and a coat; no money or phones, please.

        We also need two more parent helpers for the day. If you can come, please tell the class teacher, Mrs Hughes.

        Kind regards,
        Mr Lewis, Head of Year 5

        """
    static let readingNotes = """
        # Things to read
        A friend sent https://example.org/sourdough-guide about starters, and the council's page on bin days is at https://council.example.gov/bins.
        Also the long read on sleep (https://news.example.com/2026/sleep-science) looked good.

        """
    static let links = ["https://example.org/sourdough-guide", "https://council.example.gov/bins", "https://news.example.com/2026/sleep-science"]
    static let downloads: [String: String] = [
        "temp/downloads/bank-statement-nov.csv": "date,description,amount\n2026-11-03,rent,-950.00\n",
        "temp/downloads/boarding-pass.txt": "Flight 2417, seat 14C\n",
        "temp/downloads/meter-readings.csv": "date,reading\n2026-11-01,40211\n",
        "temp/downloads/router-manual.md": "# Router\nHold reset for 10 seconds.\n",
        "temp/old-export.csv": "a,b\n1,2\n",
    ]
    static let bike = "# Bike\n- brand: Dawes\n- colour: green\n- frame: 54 cm\n- bought: 2021\n"
    static let pantry = "# Pantry\n- rice\n- tinned tomatoes\n- red lentils\n- pasta\n"
    static let november = "date,shop,amount\n2026-11-02,market,12.40\n2026-11-09,bakery,3.80\n2026-11-16,market,15.10\n"

    /// `line` with its runs of spaces and tabs made one space.
    static func spaced(_ line: String) -> String { line.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ") }

    /// The non-empty lines of `text`, trimmed, spaces collapsed.
    static func lines(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: \.isNewline).map { spaced(String($0)) }.filter { !$0.isEmpty }
    }

    /// A checklist `line` as written in `todo`: `*` as `-`, `[X]` as `[x]`, strikethrough removed.
    static func checklistLine(_ line: String) -> String {
        var l = line.replacingOccurrences(of: "~~", with: "")
        if l.hasPrefix("* ") { l = "- " + l.dropFirst(2) }
        return spaced(l.replacingOccurrences(of: "[X]", with: "[x]"))
    }

    /// Whether `text` has a line that opens a fenced code block: a reply pasted, not the file's content.
    static func fenced(_ text: String) -> Bool { lines(text).contains { $0.hasPrefix("```") || $0.hasPrefix("~~~") } }

    /// The entries of a list: `itemLines` without headings and lines ending in ':' (titles), with a
    /// checkbox and the emphasis, quotes or backticks around an entry removed.
    static func items(_ text: String?) -> [String] {
        itemLines(text).filter { !$0.hasPrefix("#") && !$0.hasSuffix(":") }.map { line in
            var l = spaced(line)
            if let r = l.range(of: #"^\[[ xX]\]\s*"#, options: .regularExpression) { l.removeSubrange(r) }
            return l.trimmingCharacters(in: CharacterSet(charactersIn: "`*_\"' "))
        }
    }

    /// The web links in `line`, without the punctuation that ends a sentence or closes the
    /// parentheses (or Markdown link) they are written in.
    static func urls(_ line: String) -> [String] {
        let re = try! NSRegularExpression(pattern: #"https?://[^\s<>\[\]"'`]+"#)  // a constant pattern
        return re.matches(in: line, range: NSRange(line.startIndex..., in: line)).compactMap { m -> String? in
            guard let r = Range(m.range, in: line) else { return nil }
            var u = String(line[r])
            while let last = u.last, ".,;:!?".contains(last) { u.removeLast() }
            if u.hasSuffix(")"), line[..<r.lowerBound].hasSuffix("(") { u.removeLast() }
            return u
        }
    }

    /// Whether `text` is the bike's details as one JSON object (or one wrapped under "bike"):
    /// these keys exactly, the frame with its unit, the year as a string or a number.
    static func isBike(_ text: String?) -> Bool {
        guard let d = text?.data(using: .utf8), var o = (try? JSONSerialization.jsonObject(with: d)) as? [String: Any] else { return false }
        if o.count == 1, o.keys.first?.lowercased() == "bike", let inner = o.values.first as? [String: Any] { o = inner }
        guard Set(o.keys) == ["brand", "colour", "frame", "bought"] else { return false }
        let strings = ["brand": "Dawes", "colour": "green", "frame": "54 cm"]
        guard strings.allSatisfy({ k, v in (o[k] as? String).map(spaced) == v }) else { return false }
        if let s = o["bought"] as? String { return s.trimmingCharacters(in: .whitespaces) == "2021" }
        return (o["bought"] as? NSNumber)?.doubleValue == 2021
    }

    /// The front matter (key → value, quotes removed; a `>` or `|` block joined) and the body of
    /// a `SKILL.md`, or nil when it does not open with a `---` line closed by another, or is fenced.
    static func skill(_ text: String) -> (fields: [String: String], body: String)? {
        let all = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !fenced(text), all.first == "---", let end = all.dropFirst().firstIndex(of: "---") else { return nil }
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
        return (fields, all[(end + 1)...].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Whether `text` is a Python script (a shebang, if any, names Python) that reads the file
    /// named by its first argument as CSV, turns the amount column into numbers without
    /// dropping the pence, adds them and prints the total; comments and a fenced reply do not count.
    static func isTotalScript(_ text: String?) -> Bool {
        guard let t = text, !fenced(t) else { return false }
        let l = lines(t)
        if let first = l.first, first.hasPrefix("#!"), !first.contains("python") { return false }
        let code = l.filter { !$0.hasPrefix("#") }.joined(separator: "\n")
        let has = { (words: [String]) in words.contains { code.contains($0) } }
        return has(["argv", "argparse", "fileinput"]) && has(["csv", "split(\",\")", "split(',')", "read_csv"]) && code.contains("amount")
            && has(["float(", "Decimal(", "read_csv"]) && has(["sum(", "+=", ".sum()"]) && code.contains("print(")
    }
}
