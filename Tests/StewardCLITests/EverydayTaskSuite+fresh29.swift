import Foundation

/// A twenty-ninth fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first twenty-eight: by someone who had not read the agent loop, its tools, its prompts, its tests
/// or any result. Fourteen intentions, numbered 3001 to 3014, one for each kind the issue names
/// (create, a beehive inspection as a YAML file of key: value lines like the hive's last one, the
/// other hive's inspection that day apart; edit in place, the glaze firing's hold in a pottery kiln's
/// INI file, the bisque section's same hold and the sold kiln's file left; append a tool library loan
/// as a tab-separated line at the end of this year's loans, last year's same loan and the returns
/// left; rename a bird-count app's untitled CSV to a dated name like last year's garden birdwatch,
/// a park walk and a count numbered alike left; move an allotment plot's soil test from the inbox
/// into its plot's folder, the neighbouring plot's test with a look-alike number and last year's
/// test left; several files, a cat's new vet and phone number in a Markdown care sheet, a sitter's
/// JSON file and an emergency note, the dog at the old vet in the same files, his sheet and an
/// invoice left; copy an adult hat's knitting pattern into a gift's folder under another name, word
/// for word, the child's size and a scarf not; delete a declined home insurance quote, the accepted
/// one, last year's quote from the same insurer and the policy kept; summarise a school trip letter
/// in three sentences at most, with where, when, the cost and the deadline, last year's letter
/// apart; extract the high tides above 5.0 m from a TSV tide table with their dates, times and
/// heights, a tide of exactly 5.0 m, the low tides and last month's table apart; list-and-save a
/// folder's camping checklists, a template, an archive subfolder and a notes file apart; convert a
/// TOML list of a village fete's stalls to a Markdown table with each stall's holder and pitch, a
/// commented-out stall and last year's list apart; a skill that lists the freezer's items frozen
/// more than three months ago, oldest first, the empty ones left out; a Python script that prints
/// how many books a book swap shelf has still out and how many different people have them, last
/// year's loans and the members list apart), each worded three ways as people word them (files
/// named by path, by bare name or by what they are; details given in passing; what to leave alone
/// said casually), run as Steward chooses. Every fixture holds a look-alike beside the right file.
/// Judged by content as a person would (other list markers, entry, row, column and key order,
/// spacing, a title line, a table for a list, another date, time or amount format, quoted values, a
/// trailing comment, titles or paths for file names, JSON laid out another way, a lost final newline,
/// CRLF pass) and by "nothing else changed" (the wrong file, the wrong folder, a copy where a move
/// was asked fail). Frozen in a commit of its own before any run with a model: never tune the loop
/// on it, and run it as it is (`STEWARD_SUITE_PART=fresh29`).
extension EverydayTaskSuite {
    static let fresh29: [Intention] = [
        Intention(
            number: 3001,
            kind:
                "create: a beehive inspection as a YAML file of key: value lines like the hive's last inspection, the other hive's inspection the same day apart",
            fixtures: Fresh29.bees,
            wordings: [
                (
                    .imperative,
                    "Create memory/beekeeping/inspections/hive-2/2029-05-11.yaml in the same layout as 2029-05-04.yaml: hive 2, queen seen, 7 frames of brood, calm, notes: fed sugar syrup"
                ),
                (
                    .request,
                    "I inspected hive 2 today, 11 May 2029: saw the queen, 7 frames of brood, very calm, and I fed them sugar syrup. Could you write it up as 2029-05-11.yaml in memory/beekeeping/inspections/hive-2, like the last one?"
                ),
                (
                    .context,
                    "I record each hive inspection as a YAML file in memory/beekeeping/inspections, one folder per hive, with date, hive, queen_seen, brood_frames, temper and notes. Please add memory/beekeeping/inspections/hive-2/2029-05-11.yaml for today's inspection of hive 2 on 11 May 2029: queen seen, 7 frames of brood, calm, and the note fed sugar syrup. Hive 1 was inspected the same day and already has its own file; don't mix its details in."
                ),
            ], changed: [Fresh29.inspection],
            check: { f in Fresh29.isInspection(f(Fresh29.inspection)) && Judge.untouched(f, Array(Fresh29.bees.keys), Fresh29.bees) },
            solution: ops(writes: [(Fresh29.inspection, Fresh29.inspectionRecord)])),
        Intention(
            number: 3002,
            kind:
                "edit in place: the glaze firing's hold in a pottery kiln's INI file, the bisque section's same hold and the sold kiln's file left",
            fixtures: Fresh29.kiln,
            wordings: [
                (.imperative, "In memory/pottery/kiln.ini, change hold_minutes in the [glaze] section to 15"),
                (
                    .request,
                    "My glazes keep pinholing, so I want a longer soak. Could you set the hold to 15 minutes for the glaze firing in kiln.ini in memory/pottery? The bisque hold stays at 10."
                ),
                (
                    .context,
                    "The studio kiln's firing programs are in memory/pottery/kiln.ini, one section per firing. The celadon keeps coming out pinholed, so please make the glaze firing hold at peak for 15 minutes instead of 10. Leave the bisque section alone even though it also holds for 10, and don't touch kiln-old.ini, which is for the kiln we sold."
                ),
            ], changed: [Fresh29.kilnPath],
            check: { f in
                Fresh29.isKiln(f(Fresh29.kilnPath))
                    && Judge.untouched(f, Array(Fresh29.kiln.keys).filter { $0 != Fresh29.kilnPath }, Fresh29.kiln)
            },
            solution: ops(writes: [(Fresh29.kilnPath, Fresh29.kilnText(glazeHold: "15"))])),
        Intention(
            number: 3003,
            kind:
                "append: a tool library loan as a tab-separated line at the end of this year's loans, last year's same loan and the returns file left",
            fixtures: Fresh29.tools,
            wordings: [
                (
                    .imperative,
                    "Add a loan to the end of memory/tool-library/loans-2029.tsv, tab-separated like the others: 2029-05-03, hedge trimmer, Gwen Morris, due 2029-05-10"
                ),
                (
                    .request,
                    "Gwen Morris has just borrowed the hedge trimmer today (3 May 2029) and it's due back a week later, on 10 May. Could you add that as a new line at the bottom of loans-2029.tsv in memory/tool-library, same columns as the rest?"
                ),
                (
                    .context,
                    "I run our street's tool library and log each loan as a tab-separated line in memory/tool-library/loans-2029.tsv: date, tool, borrower, due date. Please append today's loan: on 3 May 2029 Gwen Morris took the hedge trimmer, due back on 10 May 2029. She borrowed it on the same day last year too, but that's in loans-2028.tsv, which stays as it is, and the returns file isn't for new loans."
                ),
            ], changed: [Fresh29.loansPath],
            check: { f in
                Fresh29.isLoans(f(Fresh29.loansPath))
                    && Judge.untouched(f, Array(Fresh29.tools.keys).filter { $0 != Fresh29.loansPath }, Fresh29.tools)
            },
            solution: ops(writes: [(Fresh29.loansPath, Fresh29.tools[Fresh29.loansPath]! + Fresh29.newLoan)])),
        Intention(
            number: 3004,
            kind:
                "rename: a bird-count app's untitled CSV to a dated name like last year's garden birdwatch, a park walk's count and one numbered alike left",
            fixtures: Fresh29.birds,
            wordings: [
                (.imperative, "Rename memory/birds/counts/untitled-3.csv to 2029-01-27-garden-birdwatch.csv in the same folder"),
                (
                    .request,
                    "untitled-3.csv in memory/birds/counts is this year's garden birdwatch count. Could you rename it to 2029-01-27-garden-birdwatch.csv so it matches last year's?"
                ),
                (
                    .context,
                    "The bird-count app saves every count in memory/birds/counts as untitled-something.csv. untitled-3.csv is the hour I did for the garden birdwatch on 27 January 2029, so please rename memory/birds/counts/untitled-3.csv to 2029-01-27-garden-birdwatch.csv in the same folder, like 2028-01-28-garden-birdwatch.csv, and don't change the counts. untitled-2.csv is the walk round the park lake and untitled-30.csv is another day, so leave them as they are."
                ),
            ], changed: [Fresh29.untitled, Fresh29.renamedCount],
            check: { f in
                Judge.moved(f, Fresh29.untitled, to: Fresh29.renamedCount, Fresh29.birds)
                    && Judge.untouched(f, Array(Fresh29.birds.keys).filter { $0 != Fresh29.untitled }, Fresh29.birds)
            },
            solution: ops(#"{"op":"move","from":"memory/birds/counts/untitled-3.csv","to":"memory/birds/counts/2029-01-27-garden-birdwatch.csv"}"#)),
        Intention(
            number: 3005,
            kind:
                "move into a folder: an allotment plot's soil test from the inbox into its plot's folder, the neighbouring plot's look-alike test and last year's test left",
            fixtures: Fresh29.allotment,
            wordings: [
                (.imperative, "Move memory/allotment/inbox/soil-test-plot12-2029-04.txt into memory/allotment/plots/12"),
                (
                    .request,
                    "The soil test for my allotment came back. Could you file soil-test-plot12-2029-04.txt from memory/allotment/inbox into plot 12's folder, memory/allotment/plots/12?"
                ),
                (
                    .context,
                    "The allotment society sent everyone's soil tests to memory/allotment/inbox. Mine is plot 12, so please move memory/allotment/inbox/soil-test-plot12-2029-04.txt into memory/allotment/plots/12/, keeping its name, next to last year's test. The plot 21 result is my neighbour's and stays in the inbox."
                ),
            ], changed: [Fresh29.soilTest, Fresh29.filedSoilTest],
            check: { f in
                Judge.moved(f, Fresh29.soilTest, to: Fresh29.filedSoilTest, Fresh29.allotment)
                    && Judge.untouched(f, Array(Fresh29.allotment.keys).filter { $0 != Fresh29.soilTest }, Fresh29.allotment)
            },
            solution: ops(
                #"{"op":"move","from":"memory/allotment/inbox/soil-test-plot12-2029-04.txt","to":"memory/allotment/plots/12/soil-test-plot12-2029-04.txt"}"#
            )),
        Intention(
            number: 3006,
            kind:
                "several files: a cat's new vet and phone number in a Markdown care sheet, a sitter's JSON file and an emergency note, the dog still at the old vet in the same files, his sheet and an invoice left",
            fixtures: Fresh29.pets,
            wordings: [
                (
                    .imperative,
                    "Change Mittens' vet to Castle Street Vets, 01632 960555, in memory/pets/mittens.md, memory/pets/sitter.json and memory/pets/emergency.txt"
                ),
                (
                    .request,
                    "We've moved Mittens to Castle Street Vets (01632 960555). Could you update her vet in mittens.md, sitter.json and emergency.txt in memory/pets? Bramble is staying with Hollybank."
                ),
                (
                    .context,
                    "Before the pet sitter comes next week I need the notes right: Mittens the cat is now registered at Castle Street Vets, phone 01632 960555, instead of Hollybank Vets. Please change her vet and its number in memory/pets/mittens.md, memory/pets/sitter.json and memory/pets/emergency.txt. Bramble the dog is still at Hollybank, so his entries stay as they are, and the old invoice is a record."
                ),
            ], changed: Set(Fresh29.vetFiles),
            check: { f in
                Fresh29.vetFiles.allSatisfy { Fresh29.hasNewVet(f($0), $0) }
                    && Judge.untouched(f, Array(Fresh29.pets.keys).filter { !Fresh29.vetFiles.contains($0) }, Fresh29.pets)
            },
            solution: ops(writes: Fresh29.newVet())),
        Intention(
            number: 3007,
            kind:
                "copy: an adult hat's knitting pattern into a gift's folder under another name, word for word, the child's size and a scarf pattern not",
            fixtures: Fresh29.knitting,
            wordings: [
                (.imperative, "Copy memory/knitting/patterns/aran-hat.txt to memory/knitting/gifts/2029-dad/hat-pattern.txt"),
                (
                    .request,
                    "I'm knitting Dad a hat for his birthday. Could you put a copy of the adult Aran hat pattern (aran-hat.txt in memory/knitting/patterns) in memory/knitting/gifts/2029-dad as hat-pattern.txt?"
                ),
                (
                    .context,
                    "I keep a folder for each gift I knit, and this year's for Dad is memory/knitting/gifts/2029-dad. Please copy memory/knitting/patterns/aran-hat.txt there as hat-pattern.txt, word for word, and keep the original with the other patterns. It's the adult one, not aran-hat-child.txt, and not the scarf."
                ),
            ], changed: [Fresh29.patternCopy],
            check: { f in
                guard let copy = f(Fresh29.patternCopy), !Judge.fenced(copy) else { return false }
                return Judge.lines(copy) == Judge.lines(Fresh29.knitting[Fresh29.pattern])
                    && Judge.untouched(f, Array(Fresh29.knitting.keys), Fresh29.knitting)
            }, solution: ops(writes: [(Fresh29.patternCopy, Fresh29.knitting[Fresh29.pattern]!)])),
        Intention(
            number: 3008,
            kind: "delete: a declined home insurance quote, the accepted quote, last year's quote from the same insurer and the policy note kept",
            fixtures: Fresh29.insurance,
            wordings: [
                (.imperative, "Delete memory/house/insurance/quote-bluewave-2029.json"),
                (
                    .request,
                    "I turned down the Bluewave quote for this year's home insurance. Can you delete quote-bluewave-2029.json from memory/house/insurance? Keep the Harbour one."
                ),
                (
                    .context,
                    "We renewed the home insurance with Harbour Mutual, so this year's Bluewave quote is no use any more: please delete memory/house/insurance/quote-bluewave-2029.json. Keep the Harbour quote, last year's Bluewave quote (we were with them then) and the policy note."
                ),
            ], changed: [Fresh29.declined],
            check: { f in
                f(Fresh29.declined) == nil
                    && Judge.untouched(f, Array(Fresh29.insurance.keys).filter { $0 != Fresh29.declined }, Fresh29.insurance)
            }, solution: ops(#"{"op":"delete","path":"memory/house/insurance/quote-bluewave-2029.json"}"#)),
        Intention(
            number: 3009,
            kind:
                "summarise: a school trip letter in three sentences at most, with where, when, the cost and the deadline to pay, last year's letter apart",
            fixtures: Fresh29.school,
            wordings: [
                (
                    .imperative,
                    "Summarise memory/school/letters/2029-09-18-year5-trip.txt in no more than three sentences in outputs/trip-summary.md: where and when the trip is, what it costs and the deadline"
                ),
                (
                    .request,
                    "Could you read the school's trip letter (2029-09-18-year5-trip.txt in memory/school/letters) and put a short summary, three sentences at most, in outputs/trip-summary.md? I mainly need where they're going, the date, the cost and when we have to pay by."
                ),
                (
                    .context,
                    "Another letter came home in the book bag and I'll lose it, so please summarise memory/school/letters/2029-09-18-year5-trip.txt in three sentences or fewer in outputs/trip-summary.md: where Year 5 are going and on what day, how much it costs, and the deadline for paying and sending the slip back. Last year's trip letter is in the same folder; don't mix it in."
                ),
            ], changed: [Fresh29.tripSummaryPath], check: { f in Fresh29.isTripSummary(f(Fresh29.tripSummaryPath)) },
            solution: ops(writes: [(Fresh29.tripSummaryPath, Fresh29.tripSummary)])),
        Intention(
            number: 3010,
            kind:
                "extract: the high tides above 5.0 m from a TSV tide table, each with its date, time and height, a tide of exactly 5.0 m, the low tides and last month's table apart",
            fixtures: Fresh29.tides,
            wordings: [
                (
                    .imperative,
                    "From memory/sailing/tide-table-2029-08.tsv, list every high tide above 5.0 m, with its date, time and height, in outputs/big-tides.md"
                ),
                (
                    .request,
                    "We can only get the boat off the mud on a tide over 5 metres. Could you go through tide-table-2029-08.tsv in memory/sailing and write every high tide higher than 5.0 m, with its date, time and height, to outputs/big-tides.md?"
                ),
                (
                    .context,
                    "Our mooring dries out, so we can only sail on tides of more than 5.0 metres. Please pick out of memory/sailing/tide-table-2029-08.tsv each high tide above 5.0 m (exactly 5.0 isn't enough) and save them to outputs/big-tides.md, one per line with the date, the time and the height. July's table is in the same folder and doesn't count."
                ),
            ], changed: [Fresh29.bigTidesPath], check: { f in Fresh29.isBigTides(f(Fresh29.bigTidesPath)) },
            solution: ops(writes: [(Fresh29.bigTidesPath, Fresh29.bigTides)])),
        Intention(
            number: 3011,
            kind:
                "list-and-save: a folder's camping checklists, a template to copy, an archive subfolder, a notes file and a trips list outside the folder apart",
            fixtures: Fresh29.camping,
            wordings: [
                (
                    .imperative,
                    "List the checklist files in memory/camping/checklists, not the template or the archive folder, and save the list to outputs/checklists.md"
                ),
                (
                    .request,
                    "Can you make me an index of my camping checklists? They're the .md files in memory/camping/checklists; save it to outputs/checklists.md. Skip _template.md and whatever's in archive."
                ),
                (
                    .context,
                    "Before each trip I print one of the packing checklists kept as Markdown files in memory/camping/checklists. Please list them in outputs/checklists.md, one per line. Leave out _template.md, which is only a blank to copy, the old ones in the archive subfolder, and the notes.txt beside them."
                ),
            ], changed: [Fresh29.checklistsPath], check: { f in Fresh29.isChecklistList(f(Fresh29.checklistsPath)) },
            solution: ops(writes: [(Fresh29.checklistsPath, Fresh29.checklistList)])),
        Intention(
            number: 3012,
            kind:
                "convert: a TOML list of a village fete's stalls to a Markdown table with each stall's holder and pitch, a commented-out stall and last year's list apart",
            fixtures: Fresh29.fete,
            wordings: [
                (
                    .imperative,
                    "Convert memory/village-fete/stalls.toml into a Markdown table in outputs/stalls.md with columns for the stall, the holder and the pitch"
                ),
                (
                    .request,
                    "Could you turn the fete's stall list (stalls.toml in memory/village-fete) into a Markdown table at outputs/stalls.md, with the stall name, who's running it and the pitch number?"
                ),
                (
                    .context,
                    "I'm putting the village fete's stall plan in the parish newsletter, which takes Markdown. Please convert memory/village-fete/stalls.toml into a table in outputs/stalls.md with a header row and one row per stall: its name, its holder and its pitch number. The pony rides are commented out because they cancelled, so leave them out, and last year's stalls-2028.toml doesn't count."
                ),
            ], changed: [Fresh29.stallsPath], check: { f in Fresh29.isStallsTable(f(Fresh29.stallsPath)) },
            solution: ops(writes: [(Fresh29.stallsPath, Fresh29.stallsTable)])),
        Intention(
            number: 3013,
            kind: "skill: list the freezer's items frozen more than three months ago, oldest first, the items with no portions left out",
            fixtures: Fresh29.freezer,
            wordings: [
                (
                    .imperative,
                    "Write a skill at skills/freezer-check/SKILL.md, named freezer-check with a description, that reads memory/kitchen/freezer.csv and writes to outputs/use-up.md the items frozen more than 3 months ago, oldest first, skipping any with 0 portions left"
                ),
                (
                    .request,
                    "Things get lost at the bottom of our freezer. Could you write me a skill called freezer-check that goes through memory/kitchen/freezer.csv and puts everything frozen more than 3 months ago into outputs/use-up.md, oldest first? Leave out anything with 0 portions left, since that's just a row I forgot to delete."
                ),
                (
                    .context,
                    "Our freezer's contents are in memory/kitchen/freezer.csv with the item, the date it was frozen and how many portions are left. Please create skills/freezer-check/SKILL.md with name freezer-check and a description in its front matter, like the meal-plan skill. Its body should tell the agent to find the items frozen more than 3 months ago that still have portions left (more than 0) and write them, oldest first, to outputs/use-up.md. Leave the meal-plan skill as it is."
                ),
            ], changed: [Fresh29.freezerSkillPath],
            check: { f in
                Fresh29.isFreezerSkill(f(Fresh29.freezerSkillPath)) && Judge.untouched(f, Array(Fresh29.freezer.keys), Fresh29.freezer)
            },
            solution: ops(writes: [(Fresh29.freezerSkillPath, Fresh29.freezerSkill)])),
        Intention(
            number: 3014,
            kind:
                "script: a Python script that prints how many books a JSON book swap log has still out and how many different people have them, last year's loans and the members list apart",
            fixtures: Fresh29.bookSwap,
            wordings: [
                (
                    .imperative,
                    "Write memory/book-swap/still-out.py, a Python script that reads memory/book-swap/loans.json and prints how many books are still out and how many different people have them"
                ),
                (
                    .request,
                    "Could you write a little Python script, still-out.py in memory/book-swap, that looks at loans.json in the same folder and prints the number of books not yet returned and the number of different borrowers who have them?"
                ),
                (
                    .context,
                    "I run a book swap shelf at work and log each loan in memory/book-swap/loans.json; a loan whose returned date is null is still out. Please write a Python script, memory/book-swap/still-out.py, that reads that file and prints how many books are still out and how many different people have them (Ella has two, so count her once). The 2028 loans and the members list are separate files, and the script mustn't change anything."
                ),
            ], changed: [Fresh29.stillOutPath], check: { f in Fresh29.isStillOutScript(f(Fresh29.stillOutPath)) },
            solution: ops(writes: [(Fresh29.stillOutPath, Fresh29.stillOutScript)])),
    ]
}

extension EverydayTaskSuite {
    /// Correct results in other forms a careful person accepts (capitalised keys, another key order,
    /// a comment, quoted values, another date, time or amount format, a table for a list, titles or
    /// paths for file names, columns and rows in another order, JSON laid out another way, another way
    /// to write the same skill or script, a lost final newline, CRLF), at least one per intention but
    /// the delete (3008), which has no other form.
    static let fresh29Alternatives: [(Int, String)] = [
        (
            3001,
            ops(writes: [
                (
                    Fresh29.inspection,
                    "---\ndate: \"2029-05-11\"\nhive: 2\nqueen_seen: true\nbrood_frames: 7\ntemper: calm\nnotes: \"fed sugar syrup\"\n"
                )
            ])
        ),
        (
            3001,
            ops(writes: [
                (
                    Fresh29.inspection,
                    "Date: 11 May 2029\r\nHive: 2\r\nQueen seen: yes\r\nBrood frames: 7\r\nTemper: very calm\r\nNotes: Fed them sugar syrup\r\n"
                )
            ])
        ),
        (
            3001,
            ops(writes: [
                (
                    Fresh29.inspection,
                    "# Hive 2 inspection\nhive: 2\ndate: 2029-05-11\nbrood_frames: 7\nqueen_seen: yes\nnotes: fed sugar syrup\ntemper: calm  # gentle all through"
                )
            ])
        ),
        (3002, ops(writes: [(Fresh29.kilnPath, Fresh29.kilnText(glazeHold: "15  ; was 10, for the celadon"))])),
        (
            3002,
            ops(writes: [
                (
                    Fresh29.kilnPath,
                    Fresh29.kilnText(glazeHold: "15").replacingOccurrences(of: " = ", with: "=").replacingOccurrences(of: "\n", with: "\r\n")
                )
            ])
        ),
        (
            3002,
            ops(writes: [
                (
                    Fresh29.kilnPath,
                    Fresh29.kilnText(glazeHold: "\"15\"").replacingOccurrences(of: "\n\n", with: "\n").trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            3003,
            ops(writes: [
                (Fresh29.loansPath, (Fresh29.tools[Fresh29.loansPath]! + Fresh29.newLoan).replacingOccurrences(of: "\n", with: "\r\n"))
            ])
        ),
        (3003, ops(writes: [(Fresh29.loansPath, Fresh29.tools[Fresh29.loansPath]! + "03/05/2029\thedge trimmer\tGwen Morris\t10/05/2029")])),
        (3003, ops(writes: [(Fresh29.loansPath, Fresh29.tools[Fresh29.loansPath]! + "\n3 May 2029\tHedge trimmer\tGwen Morris\t10 May 2029\n")])),
        (
            3004,
            ops(
                writes: [(Fresh29.renamedCount, Fresh29.birds[Fresh29.untitled]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/birds/counts/untitled-3.csv"}"#)
        ),
        (
            3004,
            ops(
                writes: [(Fresh29.renamedCount, Fresh29.birds[Fresh29.untitled]!.replacingOccurrences(of: "\n", with: "\r\n"))],
                #"{"op":"delete","path":"memory/birds/counts/untitled-3.csv"}"#)
        ),
        (
            3004,
            ops(
                writes: [(Fresh29.renamedCount, Fresh29.birds[Fresh29.untitled]!.replacingOccurrences(of: "\n", with: "\n\n"))],
                #"{"op":"delete","path":"memory/birds/counts/untitled-3.csv"}"#)
        ),
        (
            3005,
            ops(
                writes: [(Fresh29.filedSoilTest, Fresh29.allotment[Fresh29.soilTest]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/allotment/inbox/soil-test-plot12-2029-04.txt"}"#)
        ),
        (
            3005,
            ops(
                writes: [(Fresh29.filedSoilTest, Fresh29.allotment[Fresh29.soilTest]!.replacingOccurrences(of: "\n", with: "\r\n"))],
                #"{"op":"delete","path":"memory/allotment/inbox/soil-test-plot12-2029-04.txt"}"#)
        ),
        (
            3005,
            ops(
                writes: [(Fresh29.filedSoilTest, Fresh29.allotment[Fresh29.soilTest]!.replacingOccurrences(of: "\n", with: "\n\n"))],
                #"{"op":"delete","path":"memory/allotment/inbox/soil-test-plot12-2029-04.txt"}"#)
        ),
        (
            3006,
            ops(
                writes: Fresh29.newVet(phone: "01632960555").map {
                    $0.0 == Fresh29.sitter
                        ? (
                            $0.0,
                            "{\n    \"key_safe\": \"behind the water butt\",\n    \"dog\": {\n        \"vet_phone\": \"01632 960123\",\n        \"vet\": \"Hollybank Vets\",\n        \"name\": \"Bramble\"\n    },\n    \"cat\": {\n        \"vet\": \"Castle Street Vets\",\n        \"vet_phone\": \"01632960555\",\n        \"name\": \"Mittens\"\n    }\n}"
                        ) : $0
                })
        ),
        (3006, ops(writes: Fresh29.newVet().map { ($0.0, $0.1.replacingOccurrences(of: "\n", with: "\r\n")) })),
        (
            3006,
            ops(
                writes: Fresh29.newVet().map {
                    $0.0 == Fresh29.sitter
                        ? $0 : ($0.0, $0.1.replacingOccurrences(of: "Castle Street Vets, 01632 960555", with: "Castle Street Vets (01632 960555)"))
                })
        ),
        (3007, ops(writes: [(Fresh29.patternCopy, Fresh29.knitting[Fresh29.pattern]!.trimmingCharacters(in: .newlines))])),
        (3007, ops(writes: [(Fresh29.patternCopy, Fresh29.knitting[Fresh29.pattern]!.replacingOccurrences(of: "\n", with: "\r\n"))])),
        (3007, ops(writes: [(Fresh29.patternCopy, Fresh29.knitting[Fresh29.pattern]!.replacingOccurrences(of: "\n", with: "\n\n"))])),
        (
            3009,
            ops(writes: [
                (
                    Fresh29.tripSummaryPath,
                    "# Year 5 trip\n- Segedunum Roman fort, Thu 11/10.\n- £14 a child.\n- Pay on ParentPay and send the slip back by 28/09.\n"
                )
            ])
        ),
        (
            3009,
            ops(writes: [
                (
                    Fresh29.tripSummaryPath,
                    "On 11 October Year 5 go to Segedunum, a Roman fort, leaving at 8.45 am and back by 3.30 pm; children need a packed lunch and a coat. The trip is £14.00 per child. Payment on ParentPay and the consent slip are due by 28th September 2029.\r\n"
                )
            ])
        ),
        (
            3009,
            ops(writes: [
                (
                    Fresh29.tripSummaryPath,
                    "The Year 5 trip to Segedunum Roman Fort is on October 11th 2029, costs 14 pounds, and must be paid for (with the form returned) by September 28th."
                )
            ])
        ),
        (
            3010,
            ops(writes: [
                (
                    Fresh29.bigTidesPath,
                    "| Date | Time | Height (m) |\n|---|---|---:|\n| 2029-08-10 | 04:51 | 5.4 |\n| 2029-08-11 | 05:37 | 5.8 |\n| 2029-08-11 | 18:01 | 5.6 |\n"
                )
            ])
        ),
        (
            3010,
            ops(writes: [(Fresh29.bigTidesPath, "High tides above 5 m:\r\n1. 11/08 18:01 5.6 m\r\n2. 11/08 05:37 5.8 m\r\n3. 10/08 04:51 5.4 m\r\n")])
        ),
        (
            3010,
            ops(writes: [
                (
                    Fresh29.bigTidesPath,
                    "# Big tides, August 2029\n* Fri 10th August, 04:51, **5.4 metres**\n* Sat 11th August, 05:37, **5.8 metres**\n* Sat 11th August, 18:01, **5.6 metres**"
                )
            ])
        ),
        (
            3011,
            ops(writes: [
                (
                    Fresh29.checklistsPath,
                    "| Checklist |\n|---|\n| memory/camping/checklists/festival.md |\n| memory/camping/checklists/weekend.md |\n| memory/camping/checklists/wild-camp.md |\n"
                )
            ])
        ),
        (3011, ops(writes: [(Fresh29.checklistsPath, "# Camping checklists\n- Weekend\n- Wild camp\n- Festival\n")])),
        (3011, ops(writes: [(Fresh29.checklistsPath, "- [ ] `wild-camp.md`\r\n- [ ] `festival.md`\r\n- [ ] `weekend.md`")])),
        (
            3012,
            ops(writes: [
                (
                    Fresh29.stallsPath,
                    "| Pitch | Stall | Run by |\n|:---:|:---|:---|\n| 1 | Plant sale | Sue Patel |\n| 3 | Tombola | Brian Cole |\n| 7 | Cakes and jams | WI |\n| 9 | Guess the weight of the cake | Scouts |\n"
                )
            ])
        ),
        (
            3012,
            ops(writes: [
                (
                    Fresh29.stallsPath,
                    "# Fete stalls\n\nStall | Holder | Pitch\n--- | --- | ---\nTombola | Brian Cole | 3\nCakes & jams | Women's Institute | 7\nPlant sale | Sue Patel | 1\nGuess the weight of the cake | Scouts | 9"
                )
            ])
        ),
        (
            3012,
            ops(writes: [
                (
                    Fresh29.stallsPath,
                    Fresh29.stallsTable.replacingOccurrences(of: "| 3 |", with: "| Pitch 3 |").replacingOccurrences(of: "\n", with: "\r\n")
                )
            ])
        ),
        (
            3013,
            ops(writes: [
                (
                    Fresh29.freezerSkillPath,
                    "---\nname: \"freezer-check\"\ndescription: >\n  Find what in the freezer needs eating soon.\n---\n\n# Freezer check\n\n1. Open `memory/kitchen/freezer.csv`.\n2. Keep the items frozen more than three months ago.\n3. Leave out items with no portions left.\n4. Sort them oldest first and save the list to `outputs/use-up.md`.\n"
                )
            ])
        ),
        (
            3013,
            ops(writes: [
                (
                    Fresh29.freezerSkillPath,
                    "---\nname: freezer-check\ndescription: 'Freezer: what to use up.'\n---\nGo through memory/kitchen/freezer.csv and find every item frozen over 90 days ago whose portions are more than 0. Write them to outputs/use-up.md, earliest frozen first, with the date each was frozen."
                )
            ])
        ),
        (
            3013,
            ops(writes: [
                (
                    Fresh29.freezerSkillPath,
                    "---\nname: freezer-check\ndescription: |\n  Freezer items to use up.\n---\n- Input: memory/kitchen/freezer.csv (item, frozen, portions)\n- Frozen: more than 3 months ago\n- Portions: skip rows with 0\n- Order: oldest first\n- Output: outputs/use-up.md\n"
                )
            ])
        ),
        (
            3014,
            ops(writes: [
                (
                    Fresh29.stillOutPath,
                    "import pandas as pd\n\ndf = pd.read_json(\"memory/book-swap/loans.json\")\nout = df[df[\"returned\"].isna()]\nprint(\"still out:\", len(out))\nprint(\"borrowers:\", out[\"borrower\"].nunique())\n"
                )
            ])
        ),
        (
            3014,
            ops(writes: [
                (
                    Fresh29.stillOutPath,
                    "#!/usr/bin/env python3\nimport json\n\ncount = 0\nborrowers = set()\nwith open(\"memory/book-swap/loans.json\", encoding=\"utf-8\") as f:\n    for loan in json.load(f):\n        if not loan.get(\"returned\"):\n            count += 1\n            borrowers.add(loan[\"borrower\"])\nprint(f\"{count} books still out, with {len(borrowers)} people\")\n"
                )
            ])
        ),
        (
            3014,
            ops(writes: [
                (
                    Fresh29.stillOutPath,
                    "import json\nimport sys\n\n\ndef main(path=\"memory/book-swap/loans.json\"):\n    with open(path) as f:\n        loans = json.load(f)\n    still_out = [l for l in loans if l[\"returned\"] is None]\n    people = []\n    for l in still_out:\n        if l[\"borrower\"] not in people:\n            people.append(l[\"borrower\"])\n    print(\"Books still out:\", len(still_out))\n    print(\"People who have them:\", len(people))\n\n\nmain(*sys.argv[1:])\n"
                )
            ])
        ),
    ]

    /// Wrong or partial results that the twenty-ninth fresh part's checks must refuse, at least six per intention.
    static let fresh29NearMisses: [(Int, String)] = [
        (3001, ops(writes: [("memory/beekeeping/inspections/hive-1/2029-05-11.yaml", Fresh29.inspectionRecord)])),
        (3001, ops(writes: [(Fresh29.inspection, Fresh29.inspectionRecord.replacingOccurrences(of: "brood_frames: 7", with: "brood_frames: 6"))])),
        (3001, ops(writes: [(Fresh29.inspection, Fresh29.inspectionRecord.replacingOccurrences(of: "queen_seen: yes", with: "queen_seen: no"))])),
        (3001, ops(writes: [(Fresh29.inspection, Fresh29.inspectionRecord.replacingOccurrences(of: "temper: calm", with: "temper: defensive"))])),
        (3001, ops(writes: [(Fresh29.inspection, Fresh29.inspectionRecord.replacingOccurrences(of: "2029-05-11", with: "2029-05-04"))])),
        (3001, ops(writes: [(Fresh29.inspection, Fresh29.inspectionRecord.replacingOccurrences(of: "notes: fed sugar syrup\n", with: ""))])),
        (3001, ops(writes: [(Fresh29.inspection, "```yaml\n" + Fresh29.inspectionRecord + "```\n")])),
        (
            3001,
            ops(writes: [
                (
                    Fresh29.inspection,
                    "{\"date\": \"2029-05-11\", \"hive\": 2, \"queen_seen\": true, \"brood_frames\": 7, \"temper\": \"calm\", \"notes\": \"fed sugar syrup\"}\n"
                )
            ])
        ),
        (
            3001,
            ops(writes: [
                (Fresh29.inspection, Fresh29.inspectionRecord),
                ("memory/beekeeping/apiary.md", Fresh29.bees["memory/beekeeping/apiary.md"]! + "- hive 2 inspected 11 May 2029\n"),
            ])
        ),
        (3001, ops(writes: [(Fresh29.inspection, Fresh29.inspectionRecord.replacingOccurrences(of: "hive: 2", with: "hive: 1"))])),
        (3001, ops(writes: [("memory/beekeeping/inspections/hive-2/2029-05-04.yaml", Fresh29.inspectionRecord)])),
        (3001, ops(writes: [(Fresh29.inspection, "Hive 2, 11 May 2029: queen seen, 7 frames of brood, calm, fed sugar syrup.\n")])),
        (3001, ops(writes: [(Fresh29.inspection, Fresh29.inspectionRecord + "notes: queen cells found\n")])),
        (
            3002,
            ops(writes: [
                (Fresh29.kilnPath, Fresh29.kilnText(glazeHold: "15").replacingOccurrences(of: "hold_minutes = 10", with: "hold_minutes = 15"))
            ])
        ),
        (
            3002,
            ops(writes: [
                (
                    Fresh29.kilnPath,
                    Fresh29.kilnText(glazeHold: "10").replacingOccurrences(
                        of: "ramp_per_hour = 100\nhold_minutes = 10", with: "ramp_per_hour = 100\nhold_minutes = 15")
                )
            ])
        ),
        (3002, ops(writes: [(Fresh29.kilnPath, Fresh29.kilnText(glazeHold: "150"))])),
        (
            3002,
            ops(writes: [
                (
                    "memory/pottery/kiln-old.ini",
                    Fresh29.kiln["memory/pottery/kiln-old.ini"]!.replacingOccurrences(
                        of: "peak_temp = 1220\nhold_minutes = 10", with: "peak_temp = 1220\nhold_minutes = 15")
                )
            ])
        ),
        (3002, ops(writes: [(Fresh29.kilnPath, "```ini\n" + Fresh29.kilnText(glazeHold: "15") + "```\n")])),
        (3002, ops(writes: [(Fresh29.kilnPath, Fresh29.kilnText(glazeHold: "10") + "hold_minutes = 15\n")])),
        (
            3002,
            ops(writes: [
                (
                    Fresh29.kilnPath,
                    Fresh29.kilnText(glazeHold: "10").replacingOccurrences(
                        of: "ramp_per_hour = 150\nhold_minutes = 10\n", with: "ramp_per_hour = 150\n")
                )
            ])
        ),
        (
            3002,
            ops(writes: [
                (Fresh29.kilnPath, Fresh29.kilnText(glazeHold: "15")),
                ("memory/pottery/glazes.md", "# Glazes\n- celadon: cone 6, hold 15 minutes\n- tenmoku: cone 6, no hold\n"),
            ])
        ),
        (
            3002,
            ops(writes: [
                (Fresh29.kilnPath, Fresh29.kilnText(glazeHold: "10").replacingOccurrences(of: "ramp_per_hour = 150", with: "ramp_per_hour = 15"))
            ])
        ),
        (3002, ops(writes: [(Fresh29.kilnPath, Fresh29.kilnText(glazeHold: "15").replacingOccurrences(of: "[glaze]\n", with: ""))])),
        (3002, ops(writes: [(Fresh29.kilnPath, Fresh29.kilnText(glazeHold: "10"))])),
        (
            3003,
            ops(writes: [
                (
                    "memory/tool-library/loans-2028.tsv",
                    Fresh29.tools["memory/tool-library/loans-2028.tsv"]! + Fresh29.newLoan
                )
            ])
        ),
        (
            3003,
            ops(writes: [
                (
                    "memory/tool-library/returns-2029.tsv",
                    Fresh29.tools["memory/tool-library/returns-2029.tsv"]! + Fresh29.newLoan
                )
            ])
        ),
        (
            3003,
            ops(writes: [
                (
                    Fresh29.loansPath,
                    Fresh29.tools[Fresh29.loansPath]!.replacingOccurrences(
                        of: "date\ttool\tborrower\tdue\n", with: "date\ttool\tborrower\tdue\n" + Fresh29.newLoan)
                )
            ])
        ),
        (3003, ops(writes: [(Fresh29.loansPath, Fresh29.tools[Fresh29.loansPath]! + "2029-05-03\thedge trimmer\tGwen Morris\t2029-05-17\n")])),
        (3003, ops(writes: [(Fresh29.loansPath, Fresh29.tools[Fresh29.loansPath]! + "2029-05-03\thedge trimmer\tGwen Morrison\t2029-05-10\n")])),
        (3003, ops(writes: [(Fresh29.loansPath, Fresh29.tools[Fresh29.loansPath]! + "2029-05-03,hedge trimmer,Gwen Morris,2029-05-10\n")])),
        (3003, ops(writes: [(Fresh29.loansPath, Fresh29.tools[Fresh29.loansPath]! + "2029-05-03  hedge trimmer  Gwen Morris  2029-05-10\n")])),
        (3003, ops(writes: [(Fresh29.loansPath, Fresh29.tools[Fresh29.loansPath]! + "2029-05-03\thedge trimmer\tGwen Morris\n")])),
        (3003, ops(writes: [(Fresh29.loansPath, "date\ttool\tborrower\tdue\n" + Fresh29.newLoan)])),
        (3003, ops(writes: [(Fresh29.loansPath, Fresh29.tools[Fresh29.loansPath]! + Fresh29.newLoan + Fresh29.newLoan)])),
        (3003, ops(writes: [(Fresh29.loansPath, "```\n" + Fresh29.tools[Fresh29.loansPath]! + Fresh29.newLoan + "```\n")])),
        (
            3003,
            ops(writes: [
                (Fresh29.loansPath, Fresh29.tools[Fresh29.loansPath]! + Fresh29.newLoan),
                (
                    "memory/tool-library/inventory.md",
                    Fresh29.tools["memory/tool-library/inventory.md"]!.replacingOccurrences(of: "(petrol)", with: "(petrol, out to Gwen)")
                ),
            ])
        ),
        (3003, ops(writes: [(Fresh29.loansPath, Fresh29.tools[Fresh29.loansPath]! + "2028-05-03\thedge trimmer\tGwen Morris\t2028-05-10\n")])),
        (3003, ops(writes: [(Fresh29.loansPath, Fresh29.tools[Fresh29.loansPath]! + "2029-05-03\tladder (3 m)\tGwen Morris\t2029-05-10\n")])),
        (3004, ops(#"{"op":"move","from":"memory/birds/counts/untitled-2.csv","to":"memory/birds/counts/2029-01-27-garden-birdwatch.csv"}"#)),
        (3004, ops(#"{"op":"move","from":"memory/birds/counts/untitled-30.csv","to":"memory/birds/counts/2029-01-27-garden-birdwatch.csv"}"#)),
        (3004, ops(writes: [(Fresh29.renamedCount, Fresh29.birds[Fresh29.untitled]!)])),
        (3004, ops(#"{"op":"move","from":"memory/birds/counts/untitled-3.csv","to":"memory/birds/2029-01-27-garden-birdwatch.csv"}"#)),
        (3004, ops(#"{"op":"move","from":"memory/birds/counts/untitled-3.csv","to":"memory/birds/counts/2029-1-27-garden-birdwatch.csv"}"#)),
        (3004, ops(#"{"op":"move","from":"memory/birds/counts/untitled-3.csv","to":"memory/birds/counts/2029-01-27-garden-birdwatch.txt"}"#)),
        (
            3004,
            ops(
                writes: [(Fresh29.renamedCount, Fresh29.birds[Fresh29.untitled]!.replacingOccurrences(of: "goldfinch,6", with: "goldfinch,5"))],
                #"{"op":"delete","path":"memory/birds/counts/untitled-3.csv"}"#)
        ),
        (3004, ops(#"{"op":"delete","path":"memory/birds/counts/untitled-3.csv"}"#)),
        (
            3004,
            ops(
                #"{"op":"move","from":"memory/birds/counts/untitled-3.csv","to":"memory/birds/counts/2029-01-27-garden-birdwatch.csv"}"#,
                #"{"op":"move","from":"memory/birds/counts/untitled-2.csv","to":"memory/birds/counts/2029-01-27-park-lake.csv"}"#)
        ),
        (
            3004,
            ops(
                writes: [
                    (
                        Fresh29.renamedCount,
                        Fresh29.birds[Fresh29.untitled]!.replacingOccurrences(of: "species,count\n", with: "")
                    )
                ], #"{"op":"delete","path":"memory/birds/counts/untitled-3.csv"}"#)
        ),
        (
            3005,
            ops(
                #"{"op":"move","from":"memory/allotment/inbox/soil-test-plot21-2029-04.txt","to":"memory/allotment/plots/12/soil-test-plot21-2029-04.txt"}"#
            )
        ),
        (
            3005,
            ops(
                #"{"op":"move","from":"memory/allotment/inbox/soil-test-plot12-2029-04.txt","to":"memory/allotment/plots/21/soil-test-plot12-2029-04.txt"}"#
            )
        ),
        (
            3005,
            ops(
                #"{"op":"move","from":"memory/allotment/inbox/soil-test-plot12-2029-04.txt","to":"memory/allotment/plots/soil-test-plot12-2029-04.txt"}"#
            )
        ),
        (3005, ops(writes: [(Fresh29.filedSoilTest, Fresh29.allotment[Fresh29.soilTest]!)])),
        (
            3005,
            ops(
                #"{"op":"move","from":"memory/allotment/inbox/soil-test-plot12-2029-04.txt","to":"memory/allotment/plots/12/soil-test-plot12-2029-04.txt"}"#,
                #"{"op":"move","from":"memory/allotment/inbox/soil-test-plot21-2029-04.txt","to":"memory/allotment/plots/21/soil-test-plot21-2029-04.txt"}"#
            )
        ),
        (
            3005,
            ops(#"{"op":"move","from":"memory/allotment/inbox/soil-test-plot12-2029-04.txt","to":"memory/allotment/plots/12/soil-test-2029-04.txt"}"#)
        ),
        (
            3005,
            ops(
                writes: [(Fresh29.filedSoilTest, Fresh29.allotment[Fresh29.soilTest]!.replacingOccurrences(of: "pH 6.4", with: "pH 7.1"))],
                #"{"op":"delete","path":"memory/allotment/inbox/soil-test-plot12-2029-04.txt"}"#)
        ),
        (3005, ops(#"{"op":"delete","path":"memory/allotment/inbox/soil-test-plot12-2029-04.txt"}"#)),
        (
            3005,
            ops(
                #"{"op":"move","from":"memory/allotment/inbox/soil-test-plot12-2029-04.txt","to":"memory/allotment/plots/12/inbox/soil-test-plot12-2029-04.txt"}"#
            )
        ),
        (
            3005,
            ops(
                #"{"op":"delete","path":"memory/allotment/plots/12/soil-test-plot12-2028-04.txt"}"#,
                #"{"op":"move","from":"memory/allotment/inbox/soil-test-plot12-2029-04.txt","to":"memory/allotment/plots/12/soil-test-plot12-2028-04.txt"}"#
            )
        ),
        (
            3005,
            ops(
                writes: [("memory/allotment/plots/12/notes.md", "# Plot 12\nRaspberries along the north edge\nSoil test April 2029: pH 6.4\n")],
                #"{"op":"move","from":"memory/allotment/inbox/soil-test-plot12-2029-04.txt","to":"memory/allotment/plots/12/soil-test-plot12-2029-04.txt"}"#
            )
        ),
        (3006, ops(writes: Array(Fresh29.newVet().prefix(2)))),
        (
            3006,
            ops(
                writes: Fresh29.newVet().map {
                    $0.0 == Fresh29.sitter
                        ? (
                            $0.0,
                            Fresh29.pets[Fresh29.sitter]!.replacingOccurrences(of: "Hollybank Vets", with: "Castle Street Vets").replacingOccurrences(
                                of: "960123", with: "960555")
                        )
                        : $0
                })
        ),
        (
            3006,
            ops(
                writes: Fresh29.newVet().map {
                    $0.0 == Fresh29.emergency
                        ? (
                            $0.0,
                            Fresh29.pets[Fresh29.emergency]!.replacingOccurrences(
                                of: "Hollybank Vets, 01632 960123", with: "Castle Street Vets, 01632 960555")
                        )
                        : $0
                })
        ),
        (
            3006,
            ops(
                writes: Fresh29.newVet() + [
                    (
                        "memory/pets/bramble.md",
                        Fresh29.pets["memory/pets/bramble.md"]!.replacingOccurrences(
                            of: "Hollybank Vets, 01632 960123", with: "Castle Street Vets, 01632 960555")
                    )
                ])
        ),
        (3006, ops(writes: Fresh29.newVet(phone: "01632 960556"))),
        (3006, ops(writes: Fresh29.newVet(phone: "01632 960123"))),
        (3006, ops(writes: Fresh29.newVet(name: "Hollybank Vets"))),
        (
            3006,
            ops(
                writes: Fresh29.newVet() + [
                    ("memory/pets/invoices/2029-02-hollybank.txt", "Castle Street Vets, 01632 960555\nMittens: booster vaccination, £48.00\n")
                ])
        ),
        (3006, ops(writes: Fresh29.newVet().map { $0.0 == Fresh29.sitter ? ($0.0, "```json\n" + $0.1 + "```\n") : $0 })),
        (
            3006,
            ops(
                writes: Fresh29.newVet().map {
                    $0.0 == Fresh29.sitter
                        ? ($0.0, $0.1.replacingOccurrences(of: "\"vet_phone\": \"01632 960555\"", with: "\"phone\": \"01632 960555\"")) : $0
                })
        ),
        (
            3006,
            ops(
                writes: Fresh29.newVet().map {
                    $0.0 == Fresh29.emergency ? ($0.0, $0.1.replacingOccurrences(of: "Out of hours: PetsNight, 01632 960999\n", with: "")) : $0
                })
        ),
        (
            3006,
            ops(
                writes: Fresh29.newVet().map {
                    $0.0 == Fresh29.mittens ? ($0.0, Fresh29.pets[Fresh29.mittens]! + "- New vet: Castle Street Vets, 01632 960555\n") : $0
                })
        ),
        (3007, ops(writes: [(Fresh29.patternCopy, Fresh29.knitting["memory/knitting/patterns/aran-hat-child.txt"]!)])),
        (3007, ops(writes: [(Fresh29.patternCopy, Fresh29.knitting["memory/knitting/patterns/aran-scarf.txt"]!)])),
        (3007, ops(#"{"op":"move","from":"memory/knitting/patterns/aran-hat.txt","to":"memory/knitting/gifts/2029-dad/hat-pattern.txt"}"#)),
        (3007, ops(writes: [("memory/knitting/gifts/2029-dad/aran-hat.txt", Fresh29.knitting[Fresh29.pattern]!)])),
        (3007, ops(writes: [("memory/knitting/gifts/hat-pattern.txt", Fresh29.knitting[Fresh29.pattern]!)])),
        (
            3007,
            ops(writes: [
                (Fresh29.patternCopy, Fresh29.knitting[Fresh29.pattern]!),
                (
                    "memory/knitting/gifts/2029-dad/notes.md",
                    "# Dad's birthday, 9 November\n- hat in oatmeal, pattern copied\n- card from all of us\n"
                ),
            ])
        ),
        (3007, ops(writes: [(Fresh29.patternCopy, Fresh29.knitting[Fresh29.pattern]!.replacingOccurrences(of: "96 stitches", with: "69 stitches"))])),
        (3007, ops(writes: [(Fresh29.patternCopy, "```\n" + Fresh29.knitting[Fresh29.pattern]! + "```\n")])),
        (
            3007,
            ops(writes: [
                (Fresh29.patternCopy, Fresh29.knitting[Fresh29.pattern]!.replacingOccurrences(of: "Draw the yarn through and fasten off\n", with: ""))
            ])
        ),
        (3007, ops(writes: [("memory/knitting/patterns/hat-pattern.txt", Fresh29.knitting[Fresh29.pattern]!)])),
        (3007, ops(writes: [(Fresh29.patternCopy, "See memory/knitting/patterns/aran-hat.txt\n")])),
        (3008, ops(#"{"op":"delete","path":"memory/house/insurance/quote-bluewave-2028.json"}"#)),
        (3008, ops(#"{"op":"delete","path":"memory/house/insurance/quote-harbour-2029.json"}"#)),
        (
            3008,
            ops(
                #"{"op":"delete","path":"memory/house/insurance/quote-bluewave-2029.json"}"#,
                #"{"op":"delete","path":"memory/house/insurance/quote-bluewave-2028.json"}"#)
        ),
        (3008, ops(writes: [(Fresh29.declined, "")])),
        (
            3008,
            ops(
                #"{"op":"move","from":"memory/house/insurance/quote-bluewave-2029.json","to":"memory/house/insurance/archive/quote-bluewave-2029.json"}"#
            )
        ),
        (
            3008,
            ops(
                writes: [
                    (
                        "memory/house/insurance/policy-2029.md",
                        Fresh29.insurance["memory/house/insurance/policy-2029.md"]! + "Bluewave quote declined and deleted\n"
                    )
                ],
                #"{"op":"delete","path":"memory/house/insurance/quote-bluewave-2029.json"}"#)
        ),
        (
            3008,
            ops(#"{"op":"move","from":"memory/house/insurance/quote-bluewave-2029.json","to":"memory/house/insurance/quote-bluewave-2029.json.old"}"#)
        ),
        (
            3009,
            ops(writes: [
                (Fresh29.tripSummaryPath, "Year 4 visit the Great North Museum on 15 October 2028. It costs £9 per child. Reply by 1 October.\n")
            ])
        ),
        (3009, ops(writes: [(Fresh29.tripSummaryPath, Fresh29.tripSummary.replacingOccurrences(of: "£14", with: "£41"))])),
        (
            3009,
            ops(writes: [
                (
                    Fresh29.tripSummaryPath,
                    "Year 5 are visiting the Roman fort at Segedunum on Thursday 11 October 2029. It costs £14 per child, paid on ParentPay.\n"
                )
            ])
        ),
        (
            3009,
            ops(writes: [
                (
                    Fresh29.tripSummaryPath,
                    "Year 5 are visiting the Roman fort at Segedunum. It costs £14 per child. Pay and return the consent slip by Friday 28 September.\n"
                )
            ])
        ),
        (3009, ops(writes: [(Fresh29.tripSummaryPath, Fresh29.school[Fresh29.tripLetter]!)])),
        (
            3009,
            ops(writes: [
                (
                    Fresh29.tripSummaryPath,
                    "Year 5 are visiting the Roman fort at Segedunum on Thursday 11 October 2029. The coach leaves at 8.45 am. It returns by 3.30 pm. It costs £14 per child. Pay and return the consent slip by Friday 28 September.\n"
                )
            ])
        ),
        (3009, ops(writes: [(Fresh29.tripSummaryPath, "```\n" + Fresh29.tripSummary + "```\n")])),
        (3009, ops(writes: [("memory/school/trip-summary.md", Fresh29.tripSummary)])),
        (3009, ops(writes: [(Fresh29.tripSummaryPath, Fresh29.tripSummary.replacingOccurrences(of: "11 October", with: "11 November"))])),
        (3009, ops(writes: [(Fresh29.tripSummaryPath, Fresh29.tripSummary.replacingOccurrences(of: "28 September", with: "28 October"))])),
        (
            3009,
            ops(writes: [
                (
                    Fresh29.tripSummaryPath,
                    "Year 5 are visiting the Roman fort at Segedunum on Thursday 11 October 2029, like last year's Great North Museum trip. It costs £14 per child, paid on ParentPay. Pay and return the consent slip by Friday 28 September.\n"
                )
            ])
        ),
        (3009, ops(writes: [(Fresh29.tripSummaryPath, Fresh29.tripSummary.replacingOccurrences(of: "2029", with: "2028"))])),
        (3010, ops(writes: [(Fresh29.bigTidesPath, Fresh29.bigTides + "- 10 August 2029, 17:14, 5.0 m\n")])),
        (3010, ops(writes: [(Fresh29.bigTidesPath, Fresh29.bigTides.replacingOccurrences(of: "- 11 August 2029, 18:01, 5.6 m\n", with: ""))])),
        (3010, ops(writes: [(Fresh29.bigTidesPath, Fresh29.bigTides + "- 12 July 2029, 05:05, 5.9 m\n")])),
        (
            3010,
            ops(writes: [
                (Fresh29.bigTidesPath, "- 10 August 2029, 04:51, 5.8 m\n- 11 August 2029, 05:37, 5.4 m\n- 11 August 2029, 18:01, 5.6 m\n")
            ])
        ),
        (3010, ops(writes: [(Fresh29.bigTidesPath, "- 10 August 2029, 04:51\n- 11 August 2029, 05:37\n- 11 August 2029, 18:01\n")])),
        (
            3010,
            ops(writes: [
                (
                    Fresh29.bigTidesPath,
                    "The big tides are on 10 August at 04:51 (5.4 m) and on 11 August at 05:37 (5.8 m) and 18:01 (5.6 m).\n"
                )
            ])
        ),
        (3010, ops(writes: [("memory/sailing/big-tides.md", Fresh29.bigTides)])),
        (3010, ops(writes: [(Fresh29.bigTidesPath, "```\n" + Fresh29.bigTides + "```\n")])),
        (
            3010,
            ops(writes: [
                (Fresh29.bigTidesPath, "- 11 August 2029, 04:51, 5.4 m\n- 11 August 2029, 05:37, 5.8 m\n- 11 August 2029, 18:01, 5.6 m\n")
            ])
        ),
        (3010, ops(writes: [(Fresh29.bigTidesPath, Fresh29.bigTides + "- 11 August 2029, 05:37, 5.8 m\n")])),
        (3010, ops(writes: [(Fresh29.bigTidesPath, Fresh29.bigTides + "- 10 August 2029, 11:02, 1.6 m (low)\n")])),
        (
            3010,
            ops(writes: [
                (
                    Fresh29.bigTidesPath,
                    "date\ttime\theight\ttide\n2029-08-10\t04:51\t5.4\thigh\n2029-08-10\t17:14\t5.0\thigh\n2029-08-11\t05:37\t5.8\thigh\n2029-08-11\t18:01\t5.6\thigh\n"
                )
            ])
        ),
        (3011, ops(writes: [(Fresh29.checklistsPath, Fresh29.checklistList + "- _template.md\n")])),
        (3011, ops(writes: [(Fresh29.checklistsPath, Fresh29.checklistList + "- archive/caravan-2027.md\n")])),
        (3011, ops(writes: [(Fresh29.checklistsPath, Fresh29.checklistList.replacingOccurrences(of: "- festival.md\n", with: ""))])),
        (3011, ops(writes: [(Fresh29.checklistsPath, Fresh29.checklistList + "- notes.txt\n")])),
        (3011, ops(writes: [(Fresh29.checklistsPath, "weekend.md, wild-camp.md, festival.md\n")])),
        (3011, ops(writes: [(Fresh29.checklistsPath, "```\n" + Fresh29.checklistList + "```\n")])),
        (3011, ops(writes: [("memory/camping/checklists/index.md", Fresh29.checklistList)])),
        (3011, ops(writes: [(Fresh29.checklistsPath, Fresh29.checklistList + "- weekend.md\n")])),
        (3011, ops(writes: [(Fresh29.checklistsPath, Fresh29.checklistList + "- ../trips.md\n")])),
        (3011, ops(writes: [(Fresh29.checklistsPath, Fresh29.checklistList + "Also: the old caravan list\n")])),
        (3011, ops(writes: [(Fresh29.checklistsPath, "- weekend.md\n- wild-camp.md\n")])),
        (3012, ops(writes: [(Fresh29.stallsPath, Fresh29.stallsTable + "| Pony rides | Hill Farm | 12 |\n")])),
        (3012, ops(writes: [(Fresh29.stallsPath, Fresh29.stallsTable.replacingOccurrences(of: "| Plant sale | Sue Patel | 1 |\n", with: ""))])),
        (3012, ops(writes: [(Fresh29.stallsPath, Fresh29.stallsTable.replacingOccurrences(of: "|---|---|---|\n", with: ""))])),
        (
            3012,
            ops(writes: [
                (
                    Fresh29.stallsPath,
                    "stall,holder,pitch\nTombola,Brian Cole,3\nCakes and jams,WI,7\nPlant sale,Sue Patel,1\nGuess the weight of the cake,Scouts,9\n"
                )
            ])
        ),
        (
            3012,
            ops(writes: [
                (
                    Fresh29.stallsPath,
                    Fresh29.stallsTable.replacingOccurrences(of: "Cole | 3 |", with: "Cole | 7 |").replacingOccurrences(
                        of: "WI | 7 |", with: "WI | 3 |")
                )
            ])
        ),
        (3012, ops(writes: [(Fresh29.stallsPath, "```markdown\n" + Fresh29.stallsTable + "```\n")])),
        (3012, ops(writes: [("memory/village-fete/stalls.md", Fresh29.stallsTable)])),
        (3012, ops(writes: [(Fresh29.stallsPath, Fresh29.stallsTable.replacingOccurrences(of: "Cole | 3 |", with: "Cole | 4 |"))])),
        (3012, ops(writes: [(Fresh29.stallsPath, Fresh29.stallsTable.replacingOccurrences(of: "| Stall | Holder | Pitch |\n", with: ""))])),
        (
            3012,
            ops(writes: [
                (
                    Fresh29.stallsPath,
                    "| Stall | Pitch |\n|---|---|\n| Tombola | 3 |\n| Cakes and jams | 7 |\n| Plant sale | 1 |\n| Guess the weight of the cake | 9 |\n"
                )
            ])
        ),
        (3012, ops(writes: [(Fresh29.stallsPath, Fresh29.stallsTable + "| Tombola | Brian Cole | 3 |\n")])),
        (3012, ops(writes: [(Fresh29.stallsPath, Fresh29.stallsTable.replacingOccurrences(of: "Sue Patel", with: "Brian Cole"))])),
        (
            3013,
            ops(writes: [
                (
                    Fresh29.freezerSkillPath,
                    "# Freezer check\nRead memory/kitchen/freezer.csv, pick the items frozen more than 3 months ago, skip any with 0 portions left, and write them oldest first to outputs/use-up.md.\n"
                )
            ])
        ),
        (
            3013,
            ops(writes: [
                (Fresh29.freezerSkillPath, Fresh29.freezerSkill.replacingOccurrences(of: "name: freezer-check", with: "name: Freezer Check"))
            ])
        ),
        (
            3013,
            ops(writes: [
                (
                    Fresh29.freezerSkillPath,
                    Fresh29.freezerSkill.replacingOccurrences(of: "Pick the items frozen more than 3 months ago.\n", with: "Pick the old items.\n")
                )
            ])
        ),
        (3013, ops(writes: [(Fresh29.freezerSkillPath, Fresh29.freezerSkill.replacingOccurrences(of: "oldest first, ", with: ""))])),
        (
            3013,
            ops(writes: [(Fresh29.freezerSkillPath, Fresh29.freezerSkill.replacingOccurrences(of: "Skip any item with 0 portions left.\n", with: ""))]
            )
        ),
        (
            3013,
            ops(writes: [
                (Fresh29.freezerSkillPath, Fresh29.freezerSkill.replacingOccurrences(of: "outputs/use-up.md", with: "outputs/freezer.md"))
            ])
        ),
        (
            3013,
            ops(writes: [
                (
                    "skills/meal-plan/SKILL.md",
                    Fresh29.freezer["skills/meal-plan/SKILL.md"]!
                        + "\n## Freezer\nRead memory/kitchen/freezer.csv and write the items frozen more than 3 months ago, oldest first, skipping any with 0 portions left, to outputs/use-up.md.\n"
                )
            ])
        ),
        (3013, ops(writes: [(Fresh29.freezerSkillPath, "```markdown\n" + Fresh29.freezerSkill + "```\n")])),
        (
            3013,
            ops(writes: [
                (Fresh29.freezerSkillPath, Fresh29.freezerSkill.replacingOccurrences(of: "memory/kitchen/freezer.csv", with: "the freezer list"))
            ])
        ),
        (3013, ops(writes: [("skills/freezer-check.md", Fresh29.freezerSkill)])),
        (
            3013,
            ops(writes: [
                (
                    Fresh29.freezerSkillPath,
                    Fresh29.freezerSkill.replacingOccurrences(of: "description: List what to use up from the freezer.\n", with: "")
                )
            ])
        ),
        (
            3013,
            ops(writes: [
                (Fresh29.freezerSkillPath, Fresh29.freezerSkill),
                ("memory/kitchen/freezer.csv", "item,frozen,portions\nchilli,2029-01-12,2\nbread rolls,2029-04-30,6\nsoup,2028-12-19,3\n"),
            ])
        ),
        (3014, ops(writes: [(Fresh29.stillOutPath, Fresh29.stillOutScript.replacingOccurrences(of: "loans.json", with: "loans-2028.json"))])),
        (
            3014,
            ops(writes: [
                (
                    Fresh29.stillOutPath,
                    Fresh29.stillOutScript.replacingOccurrences(
                        of: "out = [loan for loan in loans if loan[\"returned\"] is None]", with: "out = loans")
                )
            ])
        ),
        (
            3014,
            ops(writes: [
                (
                    Fresh29.stillOutPath,
                    Fresh29.stillOutScript.replacingOccurrences(
                        of: "people = {loan[\"borrower\"] for loan in out}", with: "people = [loan[\"borrower\"] for loan in out]")
                )
            ])
        ),
        (
            3014,
            ops(writes: [
                (
                    Fresh29.stillOutPath,
                    Fresh29.stillOutScript
                        + "with open(\"outputs/still-out.txt\", \"w\") as report:\n    report.write(f\"{len(out)} {len(people)}\\n\")\n"
                )
            ])
        ),
        (
            3014,
            ops(writes: [
                (Fresh29.stillOutPath, Fresh29.stillOutScript.replacingOccurrences(of: "print(f\"Different borrowers: {len(people)}\")\n", with: ""))
            ])
        ),
        (3014, ops(writes: [(Fresh29.stillOutPath, "```python\n" + Fresh29.stillOutScript + "```\n")])),
        (
            3014,
            ops(writes: [
                (
                    Fresh29.stillOutPath,
                    "#!/bin/bash\njq '[.[] | select(.returned == null)] | length' memory/book-swap/loans.json\njq '[.[] | select(.returned == null) | .borrower] | unique | length' memory/book-swap/loans.json\n"
                )
            ])
        ),
        (3014, ops(writes: [("outputs/still-out.py", Fresh29.stillOutScript)])),
        (
            3014,
            ops(writes: [
                (
                    Fresh29.stillOutPath,
                    Fresh29.stillOutScript.replacingOccurrences(
                        of: "people = {loan[\"borrower\"] for loan in out}",
                        with:
                            "members = open(\"memory/book-swap/members.csv\").read()\npeople = {loan[\"borrower\"] for loan in out if loan[\"borrower\"] in members}"
                    )
                )
            ])
        ),
        (
            3014,
            ops(writes: [
                (
                    Fresh29.stillOutPath,
                    Fresh29.stillOutScript.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "# \($0)" }.joined(
                        separator: "\n")
                )
            ])
        ),
        (
            3014,
            ops(writes: [
                (
                    Fresh29.stillOutPath,
                    Fresh29.stillOutScript + "with open(\"memory/book-swap/loans.json\", \"w\") as f:\n    json.dump(loans, f)\n"
                )
            ])
        ),
    ]
}

/// The twenty-ninth fresh part's fixtures and the helpers its checks share.
private enum Fresh29 {
    static let inspection = "memory/beekeeping/inspections/hive-2/2029-05-11.yaml"
    static let bees: [String: String] = [
        "memory/beekeeping/inspections/hive-2/2029-05-04.yaml":
            "date: 2029-05-04\nhive: 2\nqueen_seen: yes\nbrood_frames: 6\ntemper: calm\nnotes: added a super\n",
        "memory/beekeeping/inspections/hive-1/2029-05-11.yaml":
            "date: 2029-05-11\nhive: 1\nqueen_seen: no\nbrood_frames: 4\ntemper: defensive\nnotes: queen cells found\n",
        "memory/beekeeping/apiary.md": "# Apiary\n- hive 1: National, bought 2027\n- hive 2: National, swarm caught 2028\n",
    ]
    static let inspectionRecord = "date: 2029-05-11\nhive: 2\nqueen_seen: yes\nbrood_frames: 7\ntemper: calm\nnotes: fed sugar syrup\n"

    /// Whether `text` is hive 2's inspection of 11 May 2029: key: value lines (a `---` line and
    /// comment lines aside), one each for the date (any format), the hive 2, the queen seen, 7 frames
    /// of brood, a calm temper and a note of feeding syrup (quoted values, capitalised keys, another
    /// key order and trailing comments pass), and no other number nor anything of the other hive's
    /// inspection or the last one's note.
    static func isInspection(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !Judge.has(t, #"defensive|queen cells|super|hive[- ]?1\b|national|swarm"#) else {
            return false
        }
        let all = Judge.lines(t).filter { !$0.hasPrefix("#") && $0 != "---" }.map {
            $0.replacingOccurrences(of: #"\s+#.*$"#, with: "", options: .regularExpression).replacingOccurrences(of: "\"", with: "")
                .replacingOccurrences(of: "'", with: "").lowercased()
        }
        guard !all.isEmpty, all.allSatisfy({ Judge.has($0, #"^[a-z][a-z0-9_ -]*:\s*\S"#) }) else { return false }
        let facts: [(String) -> Bool] = [
            { Judge.has($0, #"^date\s*:"#) && Judge.hasDate($0, day: 11, month: 5) && Judge.days($0, month: 5) == [11] },
            { Judge.has($0, #"^hive[a-z _]*:\s*(hive\s*)?(no\.?\s*)?2$"#) },
            { Judge.has($0, #"^queen[a-z _]*:\s*(yes|true|y|seen)$"#) },
            { Judge.has($0, #"^[a-z _]*brood[a-z _]*:\s*7( frames)?$"#) },
            { Judge.has($0, #"^(temper|temperament|mood|behaviou?r)\s*:\s*(very )?calm$"#) },
            { Judge.has($0, #"^notes?\s*:\s*(fed|feed)\b[a-z ]*\bsyrup$"#) },
        ]
        let at = facts.map { fact in all.indices.filter { fact(all[$0]) } }
        let numbers = all.flatMap { Judge.found($0, #"(\d+)"#) }
        return at.allSatisfy { $0.count == 1 } && Set(at.map { $0[0] }).count == facts.count
            && numbers.allSatisfy { ["2029", "05", "5", "11", "2", "7"].contains($0) }
    }

    static let kilnPath = "memory/pottery/kiln.ini"
    /// The studio kiln's programs with `glazeHold` as the glaze firing's hold.
    static func kilnText(glazeHold: String) -> String {
        "; Studio kiln, Skutt KM-818\n[bisque]\npeak_temp = 1000\nramp_per_hour = 100\nhold_minutes = 10\n\n[glaze]\npeak_temp = 1240\nramp_per_hour = 150\nhold_minutes = \(glazeHold)\n"
    }
    static let kiln: [String: String] = [
        kilnPath: kilnText(glazeHold: "10"),
        "memory/pottery/kiln-old.ini":
            "; Old kiln, sold March 2029\n[bisque]\npeak_temp = 980\nhold_minutes = 10\n\n[glaze]\npeak_temp = 1220\nhold_minutes = 10\n",
        "memory/pottery/glazes.md": "# Glazes\n- celadon: cone 6, hold 10 minutes\n- tenmoku: cone 6, no hold\n",
    ]

    /// The lines of an INI text without trailing comments, quotes and spaces, lowercased; blank
    /// lines left out (a whole comment line kept).
    static func iniLines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { raw in
            let l = String(raw).replacingOccurrences(of: #"\s+[;#].*$"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: "\"", with: "").replacingOccurrences(of: "'", with: "")
                .replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\t", with: "").lowercased()
            return l.isEmpty ? nil : l
        }
    }

    /// Whether `text` is the kiln's programs with only the glaze firing's hold made 15 (quotes,
    /// spacing, a trailing comment pass), every other line as it was.
    static func isKiln(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        return iniLines(t) == iniLines(kilnText(glazeHold: "15"))
    }

    static let loansPath = "memory/tool-library/loans-2029.tsv"
    static let tools: [String: String] = [
        loansPath:
            "date\ttool\tborrower\tdue\n2029-04-28\tpressure washer\tDerek Hale\t2029-05-05\n2029-05-01\tladder (3 m)\tAmira Khan\t2029-05-03\n2029-05-02\twallpaper steamer\tJo Price\t2029-05-09\n",
        "memory/tool-library/loans-2028.tsv": "date\ttool\tborrower\tdue\n2028-05-03\thedge trimmer\tGwen Morris\t2028-05-10\n",
        "memory/tool-library/returns-2029.tsv": "date\ttool\tborrower\n2029-05-03\tladder (3 m)\tAmira Khan\n",
        "memory/tool-library/inventory.md": "# Tools\n- hedge trimmer (petrol)\n- ladder (3 m)\n- pressure washer\n- wallpaper steamer\n",
    ]
    static let newLoan = "2029-05-03\thedge trimmer\tGwen Morris\t2029-05-10\n"

    /// The rows of a TSV text: its non-blank lines split at tabs, each cell trimmed.
    static func tsvRows(_ text: String) -> [[String]] {
        text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }

    /// Whether `text` is this year's loans as they were with one more tab-separated row at the end:
    /// 3 May 2029 (any date format), the hedge trimmer, Gwen Morris and due 10 May 2029, and no other
    /// number.
    static func isLoans(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = tsvRows(tools[loansPath]!)
        let got = tsvRows(t)
        guard got.count == want.count + 1, Array(got.prefix(want.count)) == want, let last = got.last?.map({ $0.lowercased() }), last.count == 4
        else { return false }
        let numbers = last.flatMap { Judge.found($0, #"(\d+)"#) }
        return Judge.hasDate(last[0], day: 3, month: 5) && Judge.days(last[0], month: 5) == [3] && Judge.has(last[1], #"^hedge trimmer"#)
            && last[2] == "gwen morris" && Judge.hasDate(last[3], day: 10, month: 5) && Judge.days(last[3], month: 5) == [10]
            && numbers.allSatisfy { ["2029", "05", "5", "03", "3", "10"].contains($0) }
    }

    static let untitled = "memory/birds/counts/untitled-3.csv"
    static let renamedCount = "memory/birds/counts/2029-01-27-garden-birdwatch.csv"
    static let birds: [String: String] = [
        untitled: "species,count\nblackbird,3\nblue tit,4\nrobin,1\ngoldfinch,6\nwood pigeon,2\n",
        "memory/birds/counts/untitled-2.csv": "species,count\nmallard,14\nmute swan,2\ncoot,5\n",
        "memory/birds/counts/untitled-30.csv": "species,count\nrobin,2\nstarling,11\n",
        "memory/birds/counts/2028-01-28-garden-birdwatch.csv": "species,count\nblackbird,2\nblue tit,3\nhouse sparrow,8\n",
    ]

    static let soilTest = "memory/allotment/inbox/soil-test-plot12-2029-04.txt"
    static let filedSoilTest = "memory/allotment/plots/12/soil-test-plot12-2029-04.txt"
    static let allotment: [String: String] = [
        soilTest:
            "Soil test, plot 12, taken 14 April 2029\npH 6.4\nnitrogen: low\nphosphorus: medium\npotassium: high\nAdvice: dig in well-rotted manure before planting\n",
        "memory/allotment/inbox/soil-test-plot21-2029-04.txt":
            "Soil test, plot 21, taken 14 April 2029\npH 7.1\nnitrogen: medium\nphosphorus: high\npotassium: medium\n",
        "memory/allotment/plots/12/soil-test-plot12-2028-04.txt": "Soil test, plot 12, taken 9 April 2028\npH 6.1\nnitrogen: low\n",
        "memory/allotment/plots/12/notes.md": "# Plot 12\nRaspberries along the north edge\n",
        "memory/allotment/plots/21/notes.md": "# Plot 21\nLet to the Okafor family since 2027\n",
    ]

    static let mittens = "memory/pets/mittens.md"
    static let sitter = "memory/pets/sitter.json"
    static let emergency = "memory/pets/emergency.txt"
    static let vetFiles = [mittens, sitter, emergency]
    static let pets: [String: String] = [
        mittens: "# Mittens\n- Food: half a pouch, morning and evening\n- Flea drops: first of the month\n- Vet: Hollybank Vets, 01632 960123\n",
        sitter:
            "{\n  \"cat\": {\"name\": \"Mittens\", \"vet\": \"Hollybank Vets\", \"vet_phone\": \"01632 960123\"},\n  \"dog\": {\"name\": \"Bramble\", \"vet\": \"Hollybank Vets\", \"vet_phone\": \"01632 960123\"},\n  \"key_safe\": \"behind the water butt\"\n}\n",
        emergency:
            "Mittens (cat): Hollybank Vets, 01632 960123\nBramble (dog): Hollybank Vets, 01632 960123\nOut of hours: PetsNight, 01632 960999\n",
        "memory/pets/bramble.md": "# Bramble\n- Walks: twice a day, not near the river\n- Vet: Hollybank Vets, 01632 960123\n",
        "memory/pets/invoices/2029-02-hollybank.txt": "Hollybank Vets, 01632 960123\nMittens: booster vaccination, £48.00\n",
    ]
    /// The three files with Mittens' vet made `name`, `phone`.
    static func newVet(name: String = "Castle Street Vets", phone: String = "01632 960555") -> [(String, String)] {
        [
            (mittens, pets[mittens]!.replacingOccurrences(of: "Hollybank Vets, 01632 960123", with: "\(name), \(phone)")),
            (
                sitter,
                pets[sitter]!.replacingOccurrences(
                    of: "{\"name\": \"Mittens\", \"vet\": \"Hollybank Vets\", \"vet_phone\": \"01632 960123\"}",
                    with: "{\"name\": \"Mittens\", \"vet\": \"\(name)\", \"vet_phone\": \"\(phone)\"}")
            ),
            (
                emergency,
                pets[emergency]!.replacingOccurrences(of: "Mittens (cat): Hollybank Vets, 01632 960123", with: "Mittens (cat): \(name), \(phone)")
            ),
        ]
    }

    /// Whether the lowercased `line` names Castle Street Vets with 01632 960555 (spaced or not) as
    /// its only number, and not Hollybank.
    static func isNewVet(_ line: String) -> Bool {
        let low = line.lowercased()
        let squeezed = low.replacingOccurrences(of: #"(?<=\d)[ -](?=\d)"#, with: "", options: .regularExpression)
        return low.contains("castle street vets") && !low.contains("hollybank") && Judge.found(squeezed, #"(\d+)"#) == ["01632960555"]
    }

    /// Whether `text` is the file at `path` with Mittens' vet made Castle Street Vets, 01632 960555
    /// (JSON laid out another way, the number unspaced, the number in brackets pass), Bramble's vet
    /// and every other line or key as it was.
    static func hasNewVet(_ text: String?, _ path: String) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        if path == sitter {
            guard let o = (try? JSONSerialization.jsonObject(with: Data(t.utf8))) as? [String: Any], Set(o.keys) == ["cat", "dog", "key_safe"],
                let cat = o["cat"] as? [String: String], Set(cat.keys) == ["name", "vet", "vet_phone"]
            else { return false }
            return o["dog"] as? [String: String] == ["name": "Bramble", "vet": "Hollybank Vets", "vet_phone": "01632 960123"]
                && o["key_safe"] as? String == "behind the water butt" && cat["name"] == "Mittens"
                && cat["vet"]?.lowercased() == "castle street vets" && cat["vet_phone"]?.filter(\.isNumber) == "01632960555"
                && cat["vet_phone"]?.allSatisfy({ $0.isNumber || $0 == " " }) == true
        }
        let got = Judge.lines(t)
        let want = Judge.lines(pets[path])
        guard got.count == want.count else { return false }
        if path == mittens {
            return Array(got.prefix(3)) == Array(want.prefix(3)) && Judge.has(got[3], #"^- vet:"#) && isNewVet(got[3])
        }
        return Judge.has(got[0], #"^mittens \(cat\):"#) && isNewVet(got[0]) && Array(got.dropFirst()) == Array(want.dropFirst())
    }

    static let pattern = "memory/knitting/patterns/aran-hat.txt"
    static let patternCopy = "memory/knitting/gifts/2029-dad/hat-pattern.txt"
    static let knitting: [String: String] = [
        pattern:
            "Aran hat, adult size\nYarn: 100 g aran weight, oatmeal\nNeedles: 4.5 mm and 5 mm circular\nCast on 96 stitches with the 4.5 mm needle\nRib k2, p2 for 6 cm\nChange to 5 mm and work the cable panel 8 times round\nDecrease every other round down to 12 stitches\nDraw the yarn through and fasten off\n",
        "memory/knitting/patterns/aran-hat-child.txt":
            "Aran hat, child size\nYarn: 80 g aran weight\nNeedles: 4.5 mm and 5 mm circular\nCast on 80 stitches with the 4.5 mm needle\nRib k2, p2 for 5 cm\nChange to 5 mm and work the cable panel 6 times round\nDecrease every other round down to 10 stitches\n",
        "memory/knitting/patterns/aran-scarf.txt":
            "Aran scarf\nYarn: 300 g aran weight\nCast on 42 stitches\nMoss stitch border, cable down the middle\n",
        "memory/knitting/gifts/2029-dad/notes.md": "# Dad's birthday, 9 November\n- hat in oatmeal\n- card from all of us\n",
    ]

    static let declined = "memory/house/insurance/quote-bluewave-2029.json"
    static let insurance: [String: String] = [
        declined: "{\"insurer\": \"Bluewave\", \"year\": 2029, \"premium\": 412.80, \"excess\": 250, \"status\": \"declined\"}\n",
        "memory/house/insurance/quote-harbour-2029.json":
            "{\"insurer\": \"Harbour Mutual\", \"year\": 2029, \"premium\": 389.50, \"excess\": 100, \"status\": \"accepted\"}\n",
        "memory/house/insurance/quote-bluewave-2028.json":
            "{\"insurer\": \"Bluewave\", \"year\": 2028, \"premium\": 371.10, \"excess\": 250, \"status\": \"accepted\"}\n",
        "memory/house/insurance/policy-2029.md": "# Home insurance 2029\nHarbour Mutual, policy HM-88231, renews 1 June 2030\n",
    ]

    static let tripLetter = "memory/school/letters/2029-09-18-year5-trip.txt"
    static let tripSummaryPath = "outputs/trip-summary.md"
    static let school: [String: String] = [
        tripLetter: """
        Dear Parents and Carers,

        Year 5 will visit the Roman fort at Segedunum on Thursday 11 October 2029 as part of our history topic.
        The coach leaves school at 8.45 am and returns by 3.30 pm. Children need a packed lunch, a waterproof coat and comfortable shoes.
        The cost is £14 per child. Please pay on ParentPay and return the consent slip by Friday 28 September.
        If the cost is a difficulty, please speak to the office in confidence.

        Mrs Adeyemi, Year 5 teacher

        """,
        "memory/school/letters/2028-09-20-year4-trip.txt":
            "Dear Parents and Carers,\nYear 4 will visit the Great North Museum on 15 October 2028. The cost is £9 per child. Please reply by 1 October.\n",
        "memory/school/term-dates.md": "# Autumn term 2029\n- starts 4 September\n- half term 29 October to 2 November\n",
    ]
    static let tripSummary =
        "Year 5 are visiting the Roman fort at Segedunum on Thursday 11 October 2029. It costs £14 per child, paid on ParentPay. Pay and return the consent slip by Friday 28 September.\n"

    /// Whether `text` sums up the trip letter in three sentences (or three lines) at most, a title
    /// aside, seventy words at most: Segedunum or the Roman fort, 11 October, £14 and paying or
    /// sending the slip back by 28 September (the letter's own date may be said), with no other
    /// amount, date or year, and nothing of last year's letter.
    static func isTripSummary(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        var all = Judge.lines(t)
        if all.count > 1, all[0].hasPrefix("#") || all[0].hasSuffix(":") { all.removeFirst() }
        let low = all.joined(separator: "\n").lowercased()
        let words = low.split(whereSeparator: { $0 == " " || $0 == "\n" }).filter { $0.contains { $0.isLetter || $0.isNumber } }.count
        guard (1...3).contains(all.count), words >= 8, words <= 70, Judge.found(low, #"[.!?](?=\s|$)"#).count <= 3 else { return false }
        guard Set(Judge.amounts(low)) == [14], !Judge.has(low, #"museum|great north|year 4|\b15 oct"#) else { return false }
        let september = Set(Judge.days(low, month: 9))
        return Judge.has(low, #"segedunum|roman fort"#) && Set(Judge.days(low, month: 10)) == [11] && september.contains(28)
            && september.isSubset(of: [18, 28]) && [1, 2, 3, 4, 5, 6, 7, 8, 11, 12].allSatisfy { Judge.days(low, month: $0).isEmpty }
            && Judge.found(low, #"\b(20\d{2})\b"#).allSatisfy { $0 == "2029" } && Judge.has(low, #"\bpa(y|id|yment)|parentpay|slip|consent|form"#)
    }

    static let tideTable = "memory/sailing/tide-table-2029-08.tsv"
    static let bigTidesPath = "outputs/big-tides.md"
    static let tides: [String: String] = [
        tideTable:
            "# Porthcawl, August 2029, heights in metres\ndate\ttime\theight\ttide\n2029-08-10\t04:51\t5.4\thigh\n2029-08-10\t11:02\t1.6\tlow\n2029-08-10\t17:14\t5.0\thigh\n2029-08-11\t05:37\t5.8\thigh\n2029-08-11\t11:49\t1.2\tlow\n2029-08-11\t18:01\t5.6\thigh\n2029-08-12\t06:20\t4.9\thigh\n2029-08-12\t12:31\t0.9\tlow\n",
        "memory/sailing/tide-table-2029-07.tsv":
            "# Porthcawl, July 2029, heights in metres\ndate\ttime\theight\ttide\n2029-07-12\t05:05\t5.9\thigh\n2029-07-12\t11:20\t1.1\tlow\n2029-07-12\t17:30\t5.7\thigh\n",
        "memory/sailing/boat.md": "# Boat\nBilge keel, drying mooring at Porthcawl\n",
    ]
    static let bigTides = "- 10 August 2029, 04:51, 5.4 m\n- 11 August 2029, 05:37, 5.8 m\n- 11 August 2029, 18:01, 5.6 m\n"
    /// Each big tide's time, height (patterns) and day in August.
    static let bigTideTimes = [#"\b0?4[:.h]51\b"#, #"\b0?5[:.h]37\b"#, #"\b18[:.h]01\b"#]
    static let bigTideHeights = [#"\b5\.4(?!\d)"#, #"\b5\.8(?!\d)"#, #"\b5\.6(?!\d)"#]
    static let bigTideDays = [10, 11, 11]

    /// Whether `text` lists the three high tides above 5.0 m, one entry each in any order (a table,
    /// another marker, another date format pass), each with its own time, height and day in August,
    /// and not the 5.0 m tide, the 4.9 m one, a low tide nor July's.
    static func isBigTides(_ text: String?) -> Bool {
        guard let t = text?.replacingOccurrences(of: "\r\n", with: "\n"),
            !Judge.has(
                t,
                #"17[:.h]14|11[:.h]02|11[:.h]49|06[:.h]20|12[:.h]31|05[:.h]05|17[:.h]30|11[:.h]20|\b5\.0(?!\d)|\b4\.9(?!\d)|\b5\.9(?!\d)|\b5\.7(?!\d)|\b[01]\.\d(?!\d)|july|\blow\b"#
            ),
            Judge.isPairedList(t, who: bigTideTimes, what: bigTideHeights)
        else { return false }
        let entries = Judge.items(t).map { $0.lowercased().replacingOccurrences(of: #"\b\d\.\d(?!\d)"#, with: " ", options: .regularExpression) }
        return bigTideTimes.indices.allSatisfy { i in
            entries.filter { Judge.has($0, bigTideTimes[i]) }.allSatisfy { e in
                Set(Judge.days(e, month: 8)) == [bigTideDays[i]]
                    && [1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12].allSatisfy { Judge.days(e, month: $0).isEmpty }
            }
        }
    }

    static let checklistsPath = "outputs/checklists.md"
    static let camping: [String: String] = [
        "memory/camping/checklists/weekend.md": "# Weekend\n- tent\n- stove\n- sleeping bags\n",
        "memory/camping/checklists/wild-camp.md": "# Wild camp\n- bivvy bag\n- water filter\n",
        "memory/camping/checklists/festival.md": "# Festival\n- earplugs\n- wellies\n",
        "memory/camping/checklists/_template.md": "# Template\n- item\n",
        "memory/camping/checklists/archive/caravan-2027.md": "# Caravan\n- hook-up cable\n",
        "memory/camping/checklists/notes.txt": "Print these before each trip\n",
        "memory/camping/trips.md": "# Trips 2029\n- Dartmoor, June\n",
    ]
    static let checklistList = "- weekend.md\n- wild-camp.md\n- festival.md\n"

    /// Whether `text` lists the three checklists (by file name, path or title), one entry each in
    /// any order, and not the template, the archive, the notes nor the trips list.
    static func isChecklistList(_ text: String?) -> Bool {
        Judge.isNamedList(
            text?.replacingOccurrences(of: "\r\n", with: "\n"), [#"weekend"#, #"wild[- ]?camp"#, #"festival"#],
            banned: #"template|archive|caravan|notes|trips|dartmoor"#)
    }

    static let stallsPath = "outputs/stalls.md"
    static let fete: [String: String] = [
        "memory/village-fete/stalls.toml": """
        # Stalls for the village fete, Saturday 14 July 2029
        [[stall]]
        name = "Tombola"
        holder = "Brian Cole"
        pitch = 3

        [[stall]]
        name = "Cakes and jams"
        holder = "WI"
        pitch = 7

        # [[stall]]
        # name = "Pony rides"
        # holder = "Hill Farm"
        # pitch = 12

        [[stall]]
        name = "Plant sale"
        holder = "Sue Patel"
        pitch = 1

        [[stall]]
        name = "Guess the weight of the cake"
        holder = "Scouts"
        pitch = 9

        """,
        "memory/village-fete/stalls-2028.toml":
            "[[stall]]\nname = \"Tombola\"\nholder = \"Brian Cole\"\npitch = 4\n\n[[stall]]\nname = \"Pony rides\"\nholder = \"Hill Farm\"\npitch = 12\n\n[[stall]]\nname = \"Coconut shy\"\nholder = \"Rotary\"\npitch = 5\n",
        "memory/village-fete/README.md": "# Village fete\nstalls.toml is this year's plan\n",
    ]
    static let stallsTable =
        "| Stall | Holder | Pitch |\n|---|---|---|\n| Tombola | Brian Cole | 3 |\n| Cakes and jams | WI | 7 |\n| Plant sale | Sue Patel | 1 |\n| Guess the weight of the cake | Scouts | 9 |\n"
    /// Each stall (a pattern for its name), its holder (a pattern) and its pitch.
    static let stalls: [(name: String, holder: String, pitch: String)] = [
        (#"^tombola$"#, #"^brian cole$"#, "3"), (#"^cakes? (and|&) jams?$"#, #"^(the )?(wi|women's institute)$"#, "7"),
        (#"^plant sale$"#, #"^sue patel$"#, "1"), (#"^guess the weight of the cake$"#, #"^(the )?scouts$"#, "9"),
    ]

    /// Whether `text` is a Markdown table (a title line before it aside) with a header row naming
    /// a stall, a holder and a pitch column (any order or wording; no other column), a rule, and one
    /// row per stall in any order, each with its own holder and pitch, and not the commented-out
    /// pony rides nor anything of last year's list.
    static func isStallsTable(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !Judge.has(t, #"pony|hill farm|coconut|rotary"#) else { return false }
        var l = Judge.lines(t)
        if let first = l.first, !first.contains("|"), first.hasPrefix("#") || first.hasSuffix(":") { l.removeFirst() }
        guard l.count == stalls.count + 2, l.allSatisfy({ $0.contains("|") }), Judge.isTableRule(l[1]), !Judge.isTableRule(l[0]) else {
            return false
        }
        let rows = l.map { (Judge.cells($0) ?? []).map { $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "*_` ")) } }
        let header = rows[0]
        let name = header.indices.filter { Judge.has(header[$0], #"stall|name"#) }
        let holder = header.indices.filter { Judge.has(header[$0], #"holder|run|who|organi[sz]|owner|host|group"#) && !name.contains($0) }
        let pitch = header.indices.filter {
            Judge.has(header[$0], #"pitch|plot|spot|place|number|\bno\b|#"#) && !name.contains($0) && !holder.contains($0)
        }
        guard header.count == 3, name.count == 1, holder.count == 1, pitch.count == 1 else { return false }
        var left = Array(stalls.indices)
        for row in rows.dropFirst(2) {
            guard row.count == header.count else { return false }
            let hits = left.filter { Judge.has(row[name[0]], stalls[$0].name) }
            guard hits.count == 1, let w = hits.first, Judge.has(row[holder[0]], stalls[w].holder),
                Judge.has(row[pitch[0]], #"^(pitch\s*|no\.?\s*|#)?\#(stalls[w].pitch)$"#)
            else { return false }
            left.removeAll { $0 == w }
        }
        return left.isEmpty
    }

    static let freezerSkillPath = "skills/freezer-check/SKILL.md"
    static let freezer: [String: String] = [
        "skills/README.md": "Each skill is a folder in skills/ holding a SKILL.md, whose front matter gives its name and a description.\n",
        "skills/meal-plan/SKILL.md":
            "---\nname: meal-plan\ndescription: Plan the week's dinners.\n---\nRead memory/kitchen/recipes.md and write seven dinners, one per day, to outputs/meal-plan.md.\n",
        "memory/kitchen/freezer.csv": "item,frozen,portions\nchilli,2029-01-12,2\nbread rolls,2029-04-30,6\npeas,2028-11-02,0\nsoup,2028-12-19,3\n",
        "memory/kitchen/recipes.md": "# Recipes\n- chilli\n- leek and potato soup\n",
    ]
    static let freezerSkill =
        "---\nname: freezer-check\ndescription: List what to use up from the freezer.\n---\nRead memory/kitchen/freezer.csv (item, date frozen, portions left).\nPick the items frozen more than 3 months ago.\nSkip any item with 0 portions left.\nWrite them to outputs/use-up.md, oldest first, one per line.\n"

    /// Whether `text` is a skill named freezer-check with a description, whose body reads
    /// memory/kitchen/freezer.csv, picks the items frozen more than three months ago, leaves out
    /// those with no portions left, orders them oldest first and writes them to outputs/use-up.md.
    static func isFreezerSkill(_ text: String?) -> Bool {
        guard let t = text, let (fields, body) = Judge.skill(t) else { return false }
        let b = body.lowercased()
        let paths = ["memory/kitchen/freezer.csv", "outputs/use-up.md"]
        let prose = paths.reduce(b) { $0.replacingOccurrences(of: $1, with: " ") }
        return fields["name"] == "freezer-check" && (fields["description"] ?? "").count >= 10 && b.count >= 40
            && paths.allSatisfy { b.contains($0) } && Judge.has(prose, #"\b(3|three) months\b|\b90 days\b|\b(12|13|twelve|thirteen) weeks\b"#)
            && Judge.has(prose, #"oldest|earliest|sort|order"#)
            && Judge.has(
                prose,
                #"\b(skip|leave out|left out|exclude|omit|ignore|drop|not|only|without|no)\b[^.\n]*portion|portion[^.\n]*(\b0\b|\bzero\b|\bnone\b|empty|more than|at least|above)"#
            )
    }

    static let stillOutPath = "memory/book-swap/still-out.py"
    static let bookSwap: [String: String] = [
        "memory/book-swap/loans.json": """
        [
          {"book": "The Hobbit", "borrower": "Ella", "out": "2029-03-02", "returned": null},
          {"book": "Wolf Hall", "borrower": "Marcus", "out": "2029-03-15", "returned": null},
          {"book": "Atonement", "borrower": "Dev", "out": "2029-03-20", "returned": "2029-04-12"},
          {"book": "Circe", "borrower": "Ella", "out": "2029-04-01", "returned": null},
          {"book": "Persuasion", "borrower": "Nell", "out": "2029-04-20", "returned": null},
          {"book": "Stoner", "borrower": "Marcus", "out": "2029-02-11", "returned": "2029-03-01"}
        ]

        """,
        "memory/book-swap/loans-2028.json": "[\n  {\"book\": \"Rebecca\", \"borrower\": \"Dev\", \"out\": \"2028-11-03\", \"returned\": null}\n]\n",
        "memory/book-swap/members.csv": "name,desk\nElla,3rd floor\nMarcus,2nd floor\nDev,2nd floor\nNell,3rd floor\n",
    ]
    static let stillOutScript =
        "import json\n\nwith open(\"memory/book-swap/loans.json\") as f:\n    loans = json.load(f)\nout = [loan for loan in loans if loan[\"returned\"] is None]\npeople = {loan[\"borrower\"] for loan in out}\nprint(f\"Books still out: {len(out)}\")\nprint(f\"Different borrowers: {len(people)}\")\n"

    /// Whether `text` is a Python script (a shebang, if any, names Python) that reads this year's
    /// loans (not 2028's nor the members list) as JSON, keeps the loans not returned, counts them,
    /// counts their different borrowers and prints two values, writing, moving or removing nothing.
    /// Comments and a fenced reply do not count; plain strings (labels) are read apart.
    static func isStillOutScript(_ text: String?) -> Bool {
        guard let script = Judge.readOnlyPython(text, reading: "loans.json", not: "2028"), !script.code.contains("members") else {
            return false
        }
        return Judge.has(script.bare, #"json\.load|read_json"#) && script.code.contains("returned") && script.code.contains("borrower")
            && Judge.has(script.bare, #"\bNone\b|\bnot\b|isna|isnull|notna|notnull"#)
            && Judge.has(script.bare, #"set\(|\.add\(|\{[^}\n]*\bfor\b|nunique|unique\(|drop_duplicates|\bnot in\b"#)
            && Judge.has(script.bare, #"len\(|\+=\s*1\b|sum\(|count"#) && script.twoValues
    }
}
