import Foundation

/// A thirty-second fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first thirty-one: by someone who had not read the agent loop, its tools, its prompts, its tests or
/// any result. Fourteen intentions, numbered 3301 to 3314, one for each kind the issue names
/// (create, a beehive inspection as an INI file like the hive's last inspection, the other hive's
/// inspection the same day apart; edit in place, one evening's washing-up turn in a family chore chart
/// TSV, the same child's other chores and last term's chart left; append a garden bird sighting as a
/// row at the end of this year's Markdown table, last year's table and the patch walk notes left;
/// rename a scanned school report to a dated name like last year's, a sibling's report and a
/// permission slip numbered alike left; move a tent's warranty from the inbox into its gear folder,
/// the stove's warranty and the sold tent's folder left; several files, a coach's email address in a
/// YAML team file, an INI mailing list and a Markdown contacts table, the assistant on the same old
/// domain, last season's file and a sent email left; copy a children's allergy sheet into a trip
/// folder under another name, word for word, the school version and an old one not; delete a
/// cancelled dentist appointment's calendar file, the sibling's appointment the same day, an optician
/// appointment and the to-book list kept; summarise a school trip letter in two sentences at most,
/// with the place, the day, the cost, the date to pay by and what to bring, last year's letter apart;
/// extract the items past their best-before date from a TSV cupboard list with their dates, an item
/// dated exactly today and the freezer list apart; list-and-save a folder's e-books, an unfinished
/// download, a samples subfolder, the README and a reading log outside apart; convert an allotment
/// society's TSV plot list to a Markdown table, an empty cell kept and last year's list apart; a skill
/// that lists the household documents due for renewal from their expiry dates and a six-month window;
/// a Python script that prints a month's egg count from a TSV log and the most eggs in one day, last
/// month's log, the feed column and the flock list apart), each worded three ways as people word them
/// (files named by path, by bare name or by what they are; details given in passing; what to leave
/// alone said casually), run as Steward chooses. Every fixture holds a look-alike beside the right
/// file. Judged by content as a person would (other list markers, entry, row, column and key order,
/// spacing, a title line, a table for a list, another date, time or amount format, quoted values, a
/// trailing comment, titles or paths for file names, a lost final newline, CRLF pass) and by "nothing
/// else changed" (the wrong file, the wrong folder, a copy where a move was asked fail). Frozen in a
/// commit of its own before any run with a model: never tune the loop on it, and run it as it is
/// (`STEWARD_SUITE_PART=fresh32`).
extension EverydayTaskSuite {
    static let fresh32: [Intention] = [
        Intention(
            number: 3301,
            kind: "create: a beehive inspection as an INI file like the hive's last inspection, the other hive's inspection the same day apart",
            fixtures: Fresh32.bees,
            wordings: [
                (
                    .imperative,
                    "Create memory/bees/inspections/hive-2/2032-05-09.ini like 2032-05-02.ini: date 2032-05-09, hive 2, queen_seen yes, brood_frames 6, stores low, temper calm"
                ),
                (
                    .request,
                    "I went through hive 2 today, 9 May 2032: saw the queen, 6 frames of brood, stores are low and they were calm. Could you save it as 2032-05-09.ini in memory/bees/inspections/hive-2, set out like the last inspection?"
                ),
                (
                    .context,
                    "Each hive inspection goes in an INI file under memory/bees/inspections, one folder per hive, with an [inspection] section and the same keys every time (date, hive, queen_seen, brood_frames, stores, temper). Please add memory/bees/inspections/hive-2/2032-05-09.ini for this afternoon's inspection of hive 2, 9 May 2032: queen seen, 6 brood frames, stores low, temper calm. Hive 1 was inspected today too and already has its own file, so don't mix them up."
                ),
            ], changed: [Fresh32.inspection],
            check: { f in Fresh32.isInspection(f(Fresh32.inspection)) && Judge.untouched(f, Array(Fresh32.bees.keys), Fresh32.bees) },
            solution: ops(writes: [(Fresh32.inspection, Fresh32.inspectionRecord)])),
        Intention(
            number: 3302,
            kind:
                "edit in place: one evening's washing-up turn in a family chore chart TSV, the same child's other chores and last term's chart left",
            fixtures: Fresh32.chores,
            wordings: [
                (.imperative, "In memory/family/chores.tsv, give Wednesday's washing-up to Iris instead of Leo"),
                (
                    .request,
                    "Leo's got football on Wednesday evenings now. Could you change the chore chart (chores.tsv in memory/family) so Iris does the washing-up on Wednesdays? Only that one."
                ),
                (
                    .context,
                    "We keep the children's chores in memory/family/chores.tsv, a tab-separated chart of day, chore and who. From this week Leo has football practice on Wednesday evenings, so Iris takes over Wednesday's washing-up; please change just that row. Leo keeps his Tuesday washing-up and the Saturday bins, Maya still does the bins on Wednesday, and last term's chart is only a record, so leave it."
                ),
            ], changed: [Fresh32.choresPath],
            check: { f in
                Fresh32.isChores(f(Fresh32.choresPath))
                    && Judge.untouched(f, Array(Fresh32.chores.keys).filter { $0 != Fresh32.choresPath }, Fresh32.chores)
            },
            solution: ops(writes: [(Fresh32.choresPath, Fresh32.choresText(wednesday: "Iris"))])),
        Intention(
            number: 3303,
            kind: "append: a garden bird sighting as a row at the end of this year's Markdown table, last year's table and the patch walk notes left",
            fixtures: Fresh32.birding,
            wordings: [
                (.imperative, "Add a row at the end of the table in memory/birding/garden-2032.md: 2032-04-11, Long-tailed tit, 7"),
                (
                    .request,
                    "Seven long-tailed tits came to the feeder today, 11 April 2032! Could you add them as a new row at the bottom of the table in garden-2032.md in memory/birding?"
                ),
                (
                    .context,
                    "I record the birds I see in the garden as a table in memory/birding/garden-2032.md, one row per sighting with the date, the species and how many. Please add today's sighting at the end: 11 April 2032, a flock of 7 long-tailed tits. Last year's table and my patch walk notes stay as they are."
                ),
            ], changed: [Fresh32.birdList],
            check: { f in
                Fresh32.isSighting(f(Fresh32.birdList))
                    && Judge.untouched(f, Array(Fresh32.birding.keys).filter { $0 != Fresh32.birdList }, Fresh32.birding)
            },
            solution: ops(writes: [(Fresh32.birdList, Fresh32.birding[Fresh32.birdList]! + Fresh32.birdRow)])),
        Intention(
            number: 3304,
            kind: "rename: a scanned school report to a dated name like last year's, a sibling's report and a permission slip numbered alike left",
            fixtures: Fresh32.reports,
            wordings: [
                (.imperative, "Rename memory/school/reports/scan0042.txt to 2032-summer-ada.txt in the same folder"),
                (
                    .request,
                    "scan0042.txt in memory/school/reports is Ada's summer report. Could you rename it 2032-summer-ada.txt, like last year's?"
                ),
                (
                    .context,
                    "The scanner names everything scan and a number, and I file the children's school reports in memory/school/reports by year, term and child. scan0042.txt is Ada's summer report for 2032, so please rename memory/school/reports/scan0042.txt to 2032-summer-ada.txt in the same folder, next to 2031-summer-ada.txt, without changing what's in it. scan0041 is Ben's report and scan00420 is a permission slip; leave both."
                ),
            ], changed: [Fresh32.scan, Fresh32.namedReport],
            check: { f in
                Judge.moved(f, Fresh32.scan, to: Fresh32.namedReport, Fresh32.reports)
                    && Judge.untouched(f, Array(Fresh32.reports.keys).filter { $0 != Fresh32.scan }, Fresh32.reports)
            },
            solution: ops(#"{"op":"move","from":"memory/school/reports/scan0042.txt","to":"memory/school/reports/2032-summer-ada.txt"}"#)),
        Intention(
            number: 3305,
            kind: "move into a folder: a tent's warranty from the inbox into its gear folder, the stove's warranty and the sold tent's folder left",
            fixtures: Fresh32.camping,
            wordings: [
                (.imperative, "Move memory/camping/inbox/tent-warranty.txt into memory/camping/gear/tent"),
                (
                    .request,
                    "Could you file the warranty for the new tent? It's tent-warranty.txt in memory/camping/inbox and it belongs in memory/camping/gear/tent with the pitching notes."
                ),
                (
                    .context,
                    "Receipts and warranties land in memory/camping/inbox until I file them with the kit they're for under memory/camping/gear. Please move memory/camping/inbox/tent-warranty.txt into memory/camping/gear/tent/, keeping its name. Not tent-old, that's the tent we sold, and the stove's warranty can stay in the inbox for now."
                ),
            ], changed: [Fresh32.warranty, Fresh32.filedWarranty],
            check: { f in
                Judge.moved(f, Fresh32.warranty, to: Fresh32.filedWarranty, Fresh32.camping)
                    && Judge.untouched(f, Array(Fresh32.camping.keys).filter { $0 != Fresh32.warranty }, Fresh32.camping)
            },
            solution: ops(#"{"op":"move","from":"memory/camping/inbox/tent-warranty.txt","to":"memory/camping/gear/tent/tent-warranty.txt"}"#)),
        Intention(
            number: 3306,
            kind:
                "several files: a coach's email address in a YAML team file, an INI mailing list and a Markdown contacts table, the assistant on the same old domain, last season's file and a sent email left",
            fixtures: Fresh32.football,
            wordings: [
                (
                    .imperative,
                    "Replace dana.reyes@oldmail.example with dana@riversidefc.example in memory/football/team.yaml, memory/football/mailing.ini and memory/football/contacts.md"
                ),
                (
                    .request,
                    "Coach Dana has a new club email, dana@riversidefc.example. Could you update her address in team.yaml, mailing.ini and contacts.md in memory/football? Sam keeps his old one."
                ),
                (
                    .context,
                    "Our under-10s coach, Dana Reyes, now uses dana@riversidefc.example instead of dana.reyes@oldmail.example. Please change her address in memory/football/team.yaml, memory/football/mailing.ini and memory/football/contacts.md. Sam and Priya are still on oldmail, so their addresses stay; last season's team-2031.yaml and the emails she's already sent are records, so don't touch them."
                ),
            ], changed: Set(Fresh32.emailFiles),
            check: { f in
                Fresh32.emailFiles.allSatisfy { Fresh32.hasNewEmail(f($0), $0) }
                    && Judge.untouched(f, Array(Fresh32.football.keys).filter { !Fresh32.emailFiles.contains($0) }, Fresh32.football)
            },
            solution: ops(writes: Fresh32.newEmails())),
        Intention(
            number: 3307,
            kind: "copy: a children's allergy sheet into a trip folder under another name, word for word, the school version and an old one not",
            fixtures: Fresh32.family,
            wordings: [
                (.imperative, "Copy memory/family/allergies.md to memory/family/trips/2032-07-nana/allergies-for-nana.md"),
                (
                    .request,
                    "The kids are staying with Nana in July. Could you put a copy of allergies.md from memory/family into memory/family/trips/2032-07-nana, called allergies-for-nana.md?"
                ),
                (
                    .context,
                    "Ada and Ben spend a week at Nana's from 24 July 2032, and everything for that trip is in memory/family/trips/2032-07-nana. Please copy the full allergies and medicines sheet, memory/family/allergies.md, into that folder as allergies-for-nana.md, word for word, and keep the original where it is. Not the short school version, and not the 2030 one, which is out of date."
                ),
            ], changed: [Fresh32.allergiesCopy],
            check: { f in
                guard let copy = f(Fresh32.allergiesCopy), !Judge.fenced(copy) else { return false }
                return Judge.lines(copy) == Judge.lines(Fresh32.family[Fresh32.allergies])
                    && Judge.untouched(f, Array(Fresh32.family.keys), Fresh32.family)
            }, solution: ops(writes: [(Fresh32.allergiesCopy, Fresh32.family[Fresh32.allergies]!)])),
        Intention(
            number: 3308,
            kind:
                "delete: a cancelled dentist appointment's calendar file, the sibling's appointment the same day, an optician appointment and the to-book list kept",
            fixtures: Fresh32.appointments,
            wordings: [
                (.imperative, "Delete memory/appointments/2032-06-03-dentist-ada.ics"),
                (
                    .request,
                    "The dentist cancelled Ada's appointment on 3 June and will ring to rebook. Can you delete 2032-06-03-dentist-ada.ics from memory/appointments? Ben's is still on."
                ),
                (
                    .context,
                    "I'm tidying our appointments folder: the dentist has cancelled Ada's check-up on 3 June 2032 and will call with a new date, so please delete memory/appointments/2032-06-03-dentist-ada.ics. Ben's appointment straight after hers still stands, so does Ada's optician appointment the week after, and the to-book list stays as it is, so keep those files."
                ),
            ], changed: [Fresh32.appointment],
            check: { f in
                f(Fresh32.appointment) == nil
                    && Judge.untouched(f, Array(Fresh32.appointments.keys).filter { $0 != Fresh32.appointment }, Fresh32.appointments)
            }, solution: ops(#"{"op":"delete","path":"memory/appointments/2032-06-03-dentist-ada.ics"}"#)),
        Intention(
            number: 3309,
            kind:
                "summarise: a school trip letter in two sentences at most, with the place, the day, the cost, the date to pay by and what to bring, last year's letter apart",
            fixtures: Fresh32.school,
            wordings: [
                (
                    .imperative,
                    "Summarise memory/school/letters/2032-04-19-year-4-trip.txt in two sentences at most in outputs/school-trip.md: where and when, the cost and the date to pay by, and what to bring"
                ),
                (
                    .request,
                    "Could you read the school's trip letter (2032-04-19-year-4-trip.txt in memory/school/letters) and write me a two-sentence summary in outputs/school-trip.md? I need where they're going and when, how much it is and when to pay, and what Ada has to take."
                ),
                (
                    .context,
                    "Ada brought home a letter about a Year 4 trip and I'll lose it before the day, so please summarise memory/school/letters/2032-04-19-year-4-trip.txt in no more than two sentences in outputs/school-trip.md: where they're going and on which day, what it costs and by when we have to pay, and what she needs to bring. Last year's trip letter is in the same folder and is about a different trip; leave it out."
                ),
            ], changed: [Fresh32.tripSummaryPath], check: { f in Fresh32.isTripSummary(f(Fresh32.tripSummaryPath)) },
            solution: ops(writes: [(Fresh32.tripSummaryPath, Fresh32.tripSummary)])),
        Intention(
            number: 3310,
            kind:
                "extract: the items past their best-before date from a TSV cupboard list with their dates, an item dated exactly today and the freezer list apart",
            fixtures: Fresh32.pantry,
            wordings: [
                (
                    .imperative,
                    "From memory/pantry/cupboard.tsv, list every item whose best_before date is before 2032-03-01, with that date, in outputs/past-best-before.md"
                ),
                (
                    .request,
                    "It's 1 March 2032 and I'm clearing out the cupboard. Could you look through cupboard.tsv in memory/pantry and write the things already past their best-before date to outputs/past-best-before.md, each with its date?"
                ),
                (
                    .context,
                    "Today is 1 March 2032 and I want to sort out the food cupboard. Please go through memory/pantry/cupboard.tsv and save to outputs/past-best-before.md every item whose best-before date is earlier than today, one per line with its best-before date (anything dated 1 March itself is still fine). The freezer list in the same folder isn't part of this."
                ),
            ], changed: [Fresh32.pastBestBeforePath], check: { f in Fresh32.isPastBestBefore(f(Fresh32.pastBestBeforePath)) },
            solution: ops(writes: [(Fresh32.pastBestBeforePath, Fresh32.pastBestBefore)])),
        Intention(
            number: 3311,
            kind:
                "list-and-save: a folder's e-books, an unfinished download, a samples subfolder, the README and a reading log outside the folder apart",
            fixtures: Fresh32.ebooks,
            wordings: [
                (
                    .imperative,
                    "List the .epub books in memory/ebooks/library, not the .crdownload file or the samples folder, and save the list to outputs/ebooks.md"
                ),
                (
                    .request,
                    "Could you make me a list of the e-books I own? They're the .epub files in memory/ebooks/library. Put it in outputs/ebooks.md, and skip the unfinished .crdownload download and anything in samples."
                ),
                (
                    .context,
                    "I keep the e-books I've bought as .epub files in memory/ebooks/library. Please write a list of them to outputs/ebooks.md, one per line. Leave out the .crdownload file, which is a download that never finished, the samples subfolder with free first chapters, and the README; the reading log next to the folder isn't a book either."
                ),
            ], changed: [Fresh32.ebooksListPath], check: { f in Fresh32.isEbookList(f(Fresh32.ebooksListPath)) },
            solution: ops(writes: [(Fresh32.ebooksListPath, Fresh32.ebookList)])),
        Intention(
            number: 3312,
            kind:
                "convert: an allotment society's TSV plot list to a Markdown table with a header row, an empty cell kept and last year's list apart",
            fixtures: Fresh32.allotment,
            wordings: [
                (.imperative, "Convert memory/allotment/plots-2032.tsv into a Markdown table with a header row in outputs/plots-2032.md"),
                (
                    .request,
                    "Could you turn this year's plot list (plots-2032.tsv in memory/allotment) into a Markdown table and save it as outputs/plots-2032.md? Keep the same columns."
                ),
                (
                    .context,
                    "The allotment society's newsletter is written in Markdown, so please convert memory/allotment/plots-2032.tsv into a Markdown table, header row included, in outputs/plots-2032.md, with the plot, holder, size and paid columns. One holder hasn't said yet whether they've paid, so leave that cell empty rather than shifting the row, and last year's plots-2031.tsv isn't part of it."
                ),
            ], changed: [Fresh32.plotsTablePath], check: { f in Fresh32.isPlotsTable(f(Fresh32.plotsTablePath)) },
            solution: ops(writes: [(Fresh32.plotsTablePath, Fresh32.plotsTable)])),
        Intention(
            number: 3313,
            kind: "skill: the household documents due for renewal, worked out from their expiry dates and a six-month window",
            fixtures: Fresh32.documents,
            wordings: [
                (
                    .imperative,
                    "Write a skill at skills/renew-soon/SKILL.md, named renew-soon with a description, that reads memory/documents/expiry.yaml, finds the documents expiring within six months of today, and writes them to outputs/renew-soon.md"
                ),
                (
                    .request,
                    "I always notice too late that a passport has run out. Could you write me a skill called renew-soon that looks at memory/documents/expiry.yaml, where each document has its expiry date, and writes the ones running out in the next six months to outputs/renew-soon.md?"
                ),
                (
                    .context,
                    "We note every passport, licence, card and policy with its expiry date in memory/documents/expiry.yaml. Please create skills/renew-soon/SKILL.md with name renew-soon and a description in its front matter, like the meal-plan skill. Its body should tell the agent to compare each expiry date with today and write the documents that expire within six months, or have already expired, to outputs/renew-soon.md so we can renew them in time. Leave the meal-plan skill alone."
                ),
            ], changed: [Fresh32.renewSkillPath],
            check: { f in
                Fresh32.isRenewSkill(f(Fresh32.renewSkillPath)) && Judge.untouched(f, Array(Fresh32.documents.keys), Fresh32.documents)
            },
            solution: ops(writes: [(Fresh32.renewSkillPath, Fresh32.renewSkill)])),
        Intention(
            number: 3314,
            kind:
                "script: a Python script that prints a month's egg count from a TSV log and the most eggs in one day, last month's log, the feed column and the flock list apart",
            fixtures: Fresh32.hens,
            wordings: [
                (
                    .imperative,
                    "Write memory/hens/egg_totals.py, a Python script that reads the tab-separated memory/hens/eggs-2032-04.tsv and prints the total number of eggs and the most eggs laid in one day"
                ),
                (
                    .request,
                    "Could you write a little Python script, egg_totals.py in memory/hens, that goes through eggs-2032-04.tsv in the same folder and prints how many eggs the hens laid in April altogether and the most they laid on a single day?"
                ),
                (
                    .context,
                    "I log the hens' eggs every day in memory/hens/eggs-2032-04.tsv, a tab-separated file with the date, the eggs and the grams of feed. Please write a Python script, memory/hens/egg_totals.py, that reads that file and prints the total eggs for April and the highest number of eggs in one day (eggs, not feed). March's log and the flock list don't come into it, and the script mustn't change any file."
                ),
            ], changed: [Fresh32.eggScriptPath], check: { f in Fresh32.isEggScript(f(Fresh32.eggScriptPath)) },
            solution: ops(writes: [(Fresh32.eggScriptPath, Fresh32.eggScript)])),
    ]
}

extension EverydayTaskSuite {
    /// Correct results in other forms a careful person accepts (another key order or layout, a
    /// comment, quoted values, another date or amount format, a table for a list, titles or paths
    /// for file names, rows and columns in another order, another way to write the same skill or
    /// script, a lost final newline, CRLF), at least one per intention but the delete (3308), which
    /// has no other form.
    static let fresh32Alternatives: [(Int, String)] = [
        (
            3301,
            ops(writes: [
                (
                    Fresh32.inspection,
                    "; hive 2, afternoon\n[inspection]\ntemper = calm\nstores = low\nbrood_frames = 6   ; up from 5\nqueen_seen = yes\nhive = 2\ndate = 2032-05-09\n"
                )
            ])
        ),
        (
            3301,
            ops(writes: [
                (
                    Fresh32.inspection,
                    "date = \"09/05/2032\"\r\nhive = \"2\"\r\nqueen_seen = \"yes\"\r\nbrood_frames = \"6\"\r\nstores = \"low\"\r\ntemper = \"calm\"\r\n"
                )
            ])
        ),
        (
            3301,
            ops(writes: [
                (Fresh32.inspection, "[inspection]\ndate: 9 May 2032\nhive: hive 2\nqueen_seen: true\nbrood_frames: 6\nstores: Low\ntemper: Calm")
            ])
        ),
        (3302, ops(writes: [(Fresh32.choresPath, Fresh32.choresText(wednesday: "Iris").replacingOccurrences(of: "\n", with: "\r\n"))])),
        (3302, ops(writes: [(Fresh32.choresPath, Fresh32.choresText(wednesday: "iris").trimmingCharacters(in: .newlines))])),
        (3302, ops(writes: [(Fresh32.choresPath, Fresh32.choresText(wednesday: "Iris ") + "\n")])),
        (3303, ops(writes: [(Fresh32.birdList, Fresh32.birding[Fresh32.birdList]! + "| 11/04/2032 | Long-tailed Tit | 7 |")])),
        (
            3303,
            ops(writes: [
                (Fresh32.birdList, (Fresh32.birding[Fresh32.birdList]! + Fresh32.birdRow).replacingOccurrences(of: "\n", with: "\r\n"))
            ])
        ),
        (
            3303,
            ops(writes: [
                (
                    Fresh32.birdList,
                    "# Garden birds 2032\n| Date        | Species          | Count |\n|:------------|:-----------------|------:|\n| 2032-03-02  | Blackbird        | 2     |\n| 2032-03-09  | Blue tit         | 4     |\n| 2032-03-21  | Goldfinch        | 3     |\n| 11 Apr 2032 | Long-tailed tits | 7     |\n"
                )
            ])
        ),
        (
            3304,
            ops(
                writes: [(Fresh32.namedReport, Fresh32.reports[Fresh32.scan]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/school/reports/scan0042.txt"}"#)
        ),
        (
            3304,
            ops(
                writes: [(Fresh32.namedReport, Fresh32.reports[Fresh32.scan]!.replacingOccurrences(of: "\n", with: "\r\n"))],
                #"{"op":"delete","path":"memory/school/reports/scan0042.txt"}"#)
        ),
        (
            3304,
            ops(
                writes: [(Fresh32.namedReport, Fresh32.reports[Fresh32.scan]!.replacingOccurrences(of: "\n", with: "\n\n"))],
                #"{"op":"delete","path":"memory/school/reports/scan0042.txt"}"#)
        ),
        (
            3305,
            ops(
                writes: [(Fresh32.filedWarranty, Fresh32.camping[Fresh32.warranty]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/camping/inbox/tent-warranty.txt"}"#)
        ),
        (
            3305,
            ops(
                writes: [(Fresh32.filedWarranty, Fresh32.camping[Fresh32.warranty]!.replacingOccurrences(of: "\n", with: "\r\n"))],
                #"{"op":"delete","path":"memory/camping/inbox/tent-warranty.txt"}"#)
        ),
        (
            3305,
            ops(
                writes: [(Fresh32.filedWarranty, Fresh32.camping[Fresh32.warranty]!.replacingOccurrences(of: "\n", with: "\n\n"))],
                #"{"op":"delete","path":"memory/camping/inbox/tent-warranty.txt"}"#)
        ),
        (3306, ops(writes: Fresh32.newEmails().map { ($0.0, $0.1.replacingOccurrences(of: "\n", with: "\r\n")) })),
        (
            3306,
            ops(
                writes: Fresh32.newEmails().map {
                    (
                        $0.0,
                        $0.1.replacingOccurrences(of: "email: dana@riversidefc.example", with: "email: \"dana@riversidefc.example\"")
                            .replacingOccurrences(of: "reply_to = dana@riversidefc.example", with: "reply_to=dana@riversidefc.example")
                            .replacingOccurrences(of: "| dana@riversidefc.example |", with: "| <dana@riversidefc.example> |")
                    )
                })
        ),
        (
            3306,
            ops(
                writes: Fresh32.newEmails().map {
                    $0.0 == Fresh32.contacts
                        ? (
                            $0.0,
                            "# Contacts\n| Role      | Name       | Email                     |\n|:----------|:-----------|:--------------------------|\n| Coach     | Dana Reyes | dana@riversidefc.example  |\n| Assistant | Sam Okoro  | sam.okoro@oldmail.example |\n| Kit       | Priya Shah | priya.kit@oldmail.example |"
                        ) : ($0.0, $0.1.trimmingCharacters(in: .newlines))
                })
        ),
        (3307, ops(writes: [(Fresh32.allergiesCopy, Fresh32.family[Fresh32.allergies]!.trimmingCharacters(in: .newlines))])),
        (3307, ops(writes: [(Fresh32.allergiesCopy, Fresh32.family[Fresh32.allergies]!.replacingOccurrences(of: "\n", with: "\r\n"))])),
        (3307, ops(writes: [(Fresh32.allergiesCopy, Fresh32.family[Fresh32.allergies]!.replacingOccurrences(of: "\n", with: "\n\n"))])),
        (
            3309,
            ops(writes: [
                (
                    Fresh32.tripSummaryPath,
                    "# Year 4 trip\n- Fri 14/05: Natural History Museum, coach 8:15–16:30.\n- £14.50 on ParentPay by 30/04; packed lunch, drink, waterproof.\n"
                )
            ])
        ),
        (
            3309,
            ops(writes: [
                (
                    Fresh32.tripSummaryPath,
                    "Year 4 are going to the Natural History Museum in London on May 14th (back by 4.30pm), and the £14.50 must be paid on ParentPay by April 30th.\r\nPack a lunch in a throwaway bag, a drink and a waterproof coat.\r\n"
                )
            ])
        ),
        (
            3309,
            ops(writes: [
                (
                    Fresh32.tripSummaryPath,
                    "On Friday 14 May 2032 Year 4 go to the Natural History Museum; it costs £14.50 per child, paid by 30 April, and they need a packed lunch, a drink and a coat."
                )
            ])
        ),
        (
            3310,
            ops(writes: [
                (
                    Fresh32.pastBestBeforePath,
                    "| Item | Best before |\n|---|---|\n| Oat flakes | 11 Feb 2032 |\n| Cocoa powder | 5 Dec 2031 |\n| Dried apricots | 27 Feb 2032 |\n"
                )
            ])
        ),
        (
            3310,
            ops(writes: [
                (
                    Fresh32.pastBestBeforePath,
                    "Past best before:\r\n1. Cocoa powder (top shelf), 05/12/2031\r\n2. Oat flakes (middle shelf), 11/02/2032\r\n3. Dried apricots (bottom shelf), 27/02/2032\r\n"
                )
            ])
        ),
        (
            3310,
            ops(writes: [
                (
                    Fresh32.pastBestBeforePath,
                    "# Use up or throw out\n* **Dried apricots**: February 27th, 2032\n* **Oat flakes**: February 11th, 2032\n* **Cocoa powder**: December 5th, 2031"
                )
            ])
        ),
        (
            3311,
            ops(writes: [
                (
                    Fresh32.ebooksListPath,
                    "| Book |\n|---|\n| memory/ebooks/library/the-hobbit.epub |\n| memory/ebooks/library/circe.epub |\n| memory/ebooks/library/project-hail-mary.epub |\n"
                )
            ])
        ),
        (
            3311,
            ops(writes: [
                (
                    Fresh32.ebooksListPath,
                    "# My e-books\n- Project Hail Mary (Andy Weir)\n- Circe (Madeline Miller)\n- The Hobbit (J. R. R. Tolkien)\n"
                )
            ])
        ),
        (3311, ops(writes: [(Fresh32.ebooksListPath, "- [x] `circe.epub`\r\n- [x] `project-hail-mary.epub`\r\n- [x] `the-hobbit.epub`")])),
        (
            3312,
            ops(writes: [
                (
                    Fresh32.plotsTablePath,
                    "# Allotment plots 2032\n| Plot | Holder | Size | Paid |\n|:---|:---|:---|:---:|\n| 1A | June Harlow | half | yes |\n| 1B | Ravi Patel | full | yes |\n| 2A | Marek Nowak | full | — |\n| 2B | Esi Boateng | half | yes |\n| 3 | The Lindqvist family | full | no |\n"
                )
            ])
        ),
        (
            3312,
            ops(writes: [
                (
                    Fresh32.plotsTablePath,
                    "| holder | plot | paid | size |\r\n|---|---|---|---|\r\n| The Lindqvist family | 3 | no | full |\r\n| Esi Boateng | 2B | yes | half |\r\n| Marek Nowak | 2A |  | full |\r\n| Ravi Patel | 1B | yes | full |\r\n| June Harlow | 1A | yes | half |\r\n"
                )
            ])
        ),
        (
            3312,
            ops(writes: [
                (
                    Fresh32.plotsTablePath,
                    "plot | holder | size | paid\n--- | --- | --- | ---\n1A | June Harlow | half | yes\n1B | Ravi Patel | full | yes\n2A | Marek Nowak | full | -\n2B | Esi Boateng | half | yes\n3 | The Lindqvist family | full | no"
                )
            ])
        ),
        (
            3313,
            ops(writes: [
                (
                    Fresh32.renewSkillPath,
                    "---\nname: \"renew-soon\"\ndescription: >\n  Documents to renew in the next six months.\n---\n\n# Renew soon\n\n1. Open `memory/documents/expiry.yaml`.\n2. For every document, work out how many days there are between today and its `expires` date.\n3. If that is 183 days or fewer (or the date has passed), it must be renewed.\n4. Write those documents to `outputs/renew-soon.md`.\n"
                )
            ])
        ),
        (
            3313,
            ops(writes: [
                (
                    Fresh32.renewSkillPath,
                    "---\nname: renew-soon\ndescription: 'Passports and cards: which to renew.'\n---\nGo through memory/documents/expiry.yaml. Any document whose expiry date falls within 6 months of the current date, or is already past, should be renewed; list them in outputs/renew-soon.md."
                )
            ])
        ),
        (
            3313,
            ops(writes: [
                (
                    Fresh32.renewSkillPath,
                    "---\nname: renew-soon\ndescription: |\n  Documents running out soon.\n---\n- Input: memory/documents/expiry.yaml\n- For each document: the time from now until it expires\n- Keep those expiring in under half a year, or already expired, as due to renew\n- Output: outputs/renew-soon.md\n"
                )
            ])
        ),
        (
            3314,
            ops(writes: [
                (
                    Fresh32.eggScriptPath,
                    "import pandas as pd\n\ndf = pd.read_csv(\"memory/hens/eggs-2032-04.tsv\", sep=\"\\t\")\nprint(\"eggs this month:\", df[\"eggs\"].sum())\nprint(\"best day:\", df[\"eggs\"].max())\n"
                )
            ])
        ),
        (
            3314,
            ops(writes: [
                (
                    Fresh32.eggScriptPath,
                    "#!/usr/bin/env python3\nimport csv\n\ntotal = 0\nbest = 0\nwith open(\"memory/hens/eggs-2032-04.tsv\") as f:\n    reader = csv.reader(f, delimiter=\"\\t\")\n    next(reader)\n    for row in reader:\n        n = int(row[1])\n        total += n\n        if n > best:\n            best = n\nprint(\"Eggs this month:\", total)\nprint(\"Most in one day:\", best)\n"
                )
            ])
        ),
        (
            3314,
            ops(writes: [
                (
                    Fresh32.eggScriptPath,
                    "import sys\n\npath = sys.argv[1] if len(sys.argv) > 1 else \"memory/hens/eggs-2032-04.tsv\"\nwith open(path) as f:\n    rows = [line.split() for line in f if line.strip()][1:]\ncounts = sorted(int(r[1]) for r in rows)\nprint(f\"{sum(counts)} eggs in April, {counts[-1]} at most in one day\")\n"
                )
            ])
        ),
    ]

    /// Wrong or partial results that the thirty-second fresh part's checks must refuse, at least six per intention.
    static let fresh32NearMisses: [(Int, String)] = [
        (3301, ops(writes: [("memory/bees/inspections/hive-1/2032-05-09.ini", Fresh32.inspectionRecord)])),
        (3301, ops(writes: [(Fresh32.inspection, Fresh32.inspectionRecord.replacingOccurrences(of: "brood_frames = 6", with: "brood_frames = 5"))])),
        (3301, ops(writes: [(Fresh32.inspection, Fresh32.inspectionRecord.replacingOccurrences(of: "hive = 2", with: "hive = 1"))])),
        (3301, ops(writes: [(Fresh32.inspection, Fresh32.inspectionRecord.replacingOccurrences(of: "2032-05-09", with: "2032-05-02"))])),
        (3301, ops(writes: [(Fresh32.inspection, Fresh32.inspectionRecord.replacingOccurrences(of: "temper = calm\n", with: ""))])),
        (3301, ops(writes: [(Fresh32.inspection, "```ini\n" + Fresh32.inspectionRecord + "```\n")])),
        (3301, ops(writes: [(Fresh32.inspection, Fresh32.inspectionRecord + "notes = hive 1 done too\n")])),
        (
            3301,
            ops(writes: [
                (
                    Fresh32.inspection,
                    "{\"date\": \"2032-05-09\", \"hive\": 2, \"queen_seen\": \"yes\", \"brood_frames\": 6, \"stores\": \"low\", \"temper\": \"calm\"}\n"
                )
            ])
        ),
        (
            3301,
            ops(writes: [
                (Fresh32.inspection, Fresh32.inspectionRecord),
                ("memory/bees/apiary.md", Fresh32.bees["memory/bees/apiary.md"]! + "- both hives inspected 9 May 2032\n"),
            ])
        ),
        (3301, ops(writes: [("memory/bees/inspections/hive-2/2032-05-02.ini", Fresh32.inspectionRecord)])),
        (3301, ops(writes: [(Fresh32.inspection, Fresh32.inspectionRecord.replacingOccurrences(of: "queen_seen = yes", with: "queen_seen = no"))])),
        (3301, ops(writes: [(Fresh32.inspection, Fresh32.inspectionRecord.replacingOccurrences(of: "stores = low", with: "stores = good"))])),
        (3301, ops(writes: [(Fresh32.inspection, "[hive-2]\n" + Fresh32.inspectionRecord)])),
        (3301, ops(writes: [(Fresh32.inspection, Fresh32.inspectionRecord.replacingOccurrences(of: "2032-05-09", with: "2032-09-05"))])),
        (
            3302,
            ops(writes: [
                (
                    Fresh32.choresPath,
                    Fresh32.choresText(wednesday: "Leo").replacingOccurrences(of: "Tuesday\twashing-up\tLeo", with: "Tuesday\twashing-up\tIris")
                )
            ])
        ),
        (3302, ops(writes: [(Fresh32.choresPath, Fresh32.choresText(wednesday: "Leo").replacingOccurrences(of: "Leo", with: "Iris"))])),
        (
            3302,
            ops(writes: [
                (
                    Fresh32.choresPath,
                    Fresh32.choresText(wednesday: "Leo").replacingOccurrences(of: "Wednesday\tbins\tMaya", with: "Wednesday\tbins\tIris")
                )
            ])
        ),
        (
            3302,
            ops(writes: [
                (
                    Fresh32.choresPath,
                    Fresh32.choresText(wednesday: "Iris").replacingOccurrences(of: "Thursday\twashing-up\tIris", with: "Thursday\twashing-up\tLeo")
                )
            ])
        ),
        (
            3302,
            ops(writes: [
                (
                    "memory/family/chores-autumn-2031.tsv",
                    Fresh32.chores["memory/family/chores-autumn-2031.tsv"]!.replacingOccurrences(
                        of: "Wednesday\twashing-up\tLeo", with: "Wednesday\twashing-up\tIris")
                )
            ])
        ),
        (3302, ops(writes: [(Fresh32.choresPath, "```tsv\n" + Fresh32.choresText(wednesday: "Iris") + "```\n")])),
        (3302, ops(writes: [(Fresh32.choresPath, Fresh32.choresText(wednesday: "Iris").replacingOccurrences(of: "\t", with: " "))])),
        (
            3302,
            ops(writes: [
                (
                    Fresh32.choresPath,
                    Fresh32.choresText(wednesday: "Leo").replacingOccurrences(of: "Wednesday\twashing-up\tLeo\n", with: "")
                        + "Wednesday\twashing-up\tIris\n"
                )
            ])
        ),
        (3302, ops(writes: [(Fresh32.choresPath, Fresh32.choresText(wednesday: "Iris").replacingOccurrences(of: "day\tchore\twho\n", with: ""))])),
        (
            3302,
            ops(writes: [
                (Fresh32.choresPath, Fresh32.choresText(wednesday: "Iris")),
                ("memory/family/pocket-money.md", Fresh32.chores["memory/family/pocket-money.md"]! + "- Iris: washing-up on Wednesdays too\n"),
            ])
        ),
        (3302, ops(writes: [(Fresh32.choresPath, Fresh32.choresText(wednesday: "Isis"))])),
        (3302, ops(writes: [(Fresh32.choresPath, Fresh32.choresText(wednesday: "Iris") + "# Leo has football on Wednesdays\n")])),
        (
            3303,
            ops(writes: [("memory/birding/garden-2031.md", Fresh32.birding["memory/birding/garden-2031.md"]! + Fresh32.birdRow)])
        ),
        (
            3303,
            ops(writes: [
                (
                    Fresh32.birdList,
                    Fresh32.birding[Fresh32.birdList]!.replacingOccurrences(of: "|---|---|---|\n", with: "|---|---|---|\n" + Fresh32.birdRow)
                )
            ])
        ),
        (3303, ops(writes: [(Fresh32.birdList, Fresh32.birding[Fresh32.birdList]! + "| 2032-04-11 | Long-tailed tit | 6 |\n")])),
        (3303, ops(writes: [(Fresh32.birdList, Fresh32.birding[Fresh32.birdList]! + "| 2032-04-12 | Long-tailed tit | 7 |\n")])),
        (3303, ops(writes: [(Fresh32.birdList, Fresh32.birding[Fresh32.birdList]! + "| 2032-04-11 | Blue tit | 7 |\n")])),
        (3303, ops(writes: [(Fresh32.birdList, "```markdown\n" + Fresh32.birding[Fresh32.birdList]! + Fresh32.birdRow + "```\n")])),
        (3303, ops(writes: [(Fresh32.birdList, Fresh32.birding[Fresh32.birdList]! + "- 2032-04-11 Long-tailed tit 7\n")])),
        (3303, ops(writes: [(Fresh32.birdList, Fresh32.birding[Fresh32.birdList]! + Fresh32.birdRow + Fresh32.birdRow)])),
        (
            3303,
            ops(writes: [
                (
                    Fresh32.birdList,
                    Fresh32.birding[Fresh32.birdList]!.replacingOccurrences(of: "| 2032-03-21 | Goldfinch | 3 |\n", with: "") + Fresh32.birdRow
                )
            ])
        ),
        (
            3303,
            ops(writes: [
                (Fresh32.birdList, Fresh32.birding[Fresh32.birdList]! + Fresh32.birdRow),
                (
                    "memory/birding/patch-walks.md",
                    Fresh32.birding["memory/birding/patch-walks.md"]! + "- 11 April 2032, the garden: long-tailed tit, 7\n"
                ),
            ])
        ),
        (3303, ops(writes: [(Fresh32.birdList, Fresh32.birding[Fresh32.birdList]! + "| 2032-04-11 | Long-tailed tit | 7 | feeder |\n")])),
        (3303, ops(writes: [(Fresh32.birdList, Fresh32.birding[Fresh32.birdList]! + "| 2031-04-11 | Long-tailed tit | 7 |\n")])),
        (3303, ops(writes: [(Fresh32.birdList, Fresh32.birdRow)])),
        (3304, ops(#"{"op":"move","from":"memory/school/reports/scan0041.txt","to":"memory/school/reports/2032-summer-ada.txt"}"#)),
        (3304, ops(#"{"op":"move","from":"memory/school/reports/scan00420.txt","to":"memory/school/reports/2032-summer-ada.txt"}"#)),
        (3304, ops(writes: [(Fresh32.namedReport, Fresh32.reports[Fresh32.scan]!)])),
        (3304, ops(#"{"op":"move","from":"memory/school/reports/scan0042.txt","to":"memory/school/2032-summer-ada.txt"}"#)),
        (3304, ops(#"{"op":"move","from":"memory/school/reports/scan0042.txt","to":"memory/school/reports/2032-Summer-Ada.txt"}"#)),
        (3304, ops(#"{"op":"move","from":"memory/school/reports/scan0042.txt","to":"memory/school/reports/2032-summer-ada.md"}"#)),
        (
            3304,
            ops(
                writes: [(Fresh32.namedReport, Fresh32.reports[Fresh32.scan]!.replacingOccurrences(of: "97%", with: "79%"))],
                #"{"op":"delete","path":"memory/school/reports/scan0042.txt"}"#)
        ),
        (3304, ops(#"{"op":"delete","path":"memory/school/reports/scan0042.txt"}"#)),
        (
            3304,
            ops(
                #"{"op":"move","from":"memory/school/reports/scan0042.txt","to":"memory/school/reports/2032-summer-ada.txt"}"#,
                #"{"op":"move","from":"memory/school/reports/scan0041.txt","to":"memory/school/reports/2032-summer-ben.txt"}"#)
        ),
        (
            3304,
            ops(
                writes: [
                    (Fresh32.namedReport, Fresh32.reports[Fresh32.scan]!.replacingOccurrences(of: "Hillside Primary School\n", with: ""))
                ],
                #"{"op":"delete","path":"memory/school/reports/scan0042.txt"}"#)
        ),
        (
            3304,
            ops(
                #"{"op":"move","from":"memory/school/reports/scan0042.txt","to":"memory/school/reports/2031-summer-ada.txt","overwrite":true}"#)
        ),
        (3304, ops(#"{"op":"move","from":"memory/school/reports/scan0042.txt","to":"memory/school/reports/2032-ada-summer.txt"}"#)),
        (3305, ops(#"{"op":"move","from":"memory/camping/inbox/stove-warranty.txt","to":"memory/camping/gear/tent/stove-warranty.txt"}"#)),
        (3305, ops(#"{"op":"move","from":"memory/camping/inbox/tent-warranty.txt","to":"memory/camping/gear/tent-old/tent-warranty.txt"}"#)),
        (3305, ops(#"{"op":"move","from":"memory/camping/inbox/tent-warranty.txt","to":"memory/camping/gear/tent-warranty.txt"}"#)),
        (3305, ops(writes: [(Fresh32.filedWarranty, Fresh32.camping[Fresh32.warranty]!)])),
        (
            3305,
            ops(
                #"{"op":"move","from":"memory/camping/inbox/tent-warranty.txt","to":"memory/camping/gear/tent/tent-warranty.txt"}"#,
                #"{"op":"move","from":"memory/camping/inbox/stove-warranty.txt","to":"memory/camping/gear/tent/stove-warranty.txt"}"#)
        ),
        (3305, ops(#"{"op":"move","from":"memory/camping/inbox/tent-warranty.txt","to":"memory/camping/gear/tent/warranty.txt"}"#)),
        (
            3305,
            ops(
                writes: [(Fresh32.filedWarranty, Fresh32.camping[Fresh32.warranty]!.replacingOccurrences(of: "3 years", with: "2 years"))],
                #"{"op":"delete","path":"memory/camping/inbox/tent-warranty.txt"}"#)
        ),
        (3305, ops(#"{"op":"delete","path":"memory/camping/inbox/tent-warranty.txt"}"#)),
        (3305, ops(#"{"op":"move","from":"memory/camping/inbox/tent-warranty.txt","to":"memory/camping/gear/tent/inbox/tent-warranty.txt"}"#)),
        (
            3305,
            ops(
                writes: [
                    ("memory/camping/gear/tent/pitching.md", Fresh32.camping["memory/camping/gear/tent/pitching.md"]! + "Warranty filed here\n")
                ],
                #"{"op":"move","from":"memory/camping/inbox/tent-warranty.txt","to":"memory/camping/gear/tent/tent-warranty.txt"}"#)
        ),
        (3305, ops(#"{"op":"move","from":"memory/camping/inbox/tent-warranty.txt","to":"memory/camping/tent/tent-warranty.txt"}"#)),
        (
            3306,
            ops(
                writes: Fresh32.emailFiles.map {
                    ($0, Fresh32.football[$0]!.replacingOccurrences(of: "oldmail.example", with: "riversidefc.example"))
                })
        ),
        (3306, ops(writes: Array(Fresh32.newEmails().prefix(2)))),
        (
            3306,
            ops(
                writes: Fresh32.newEmails() + [
                    (
                        "memory/football/team-2031.yaml",
                        Fresh32.football["memory/football/team-2031.yaml"]!.replacingOccurrences(of: Fresh32.oldEmail, with: Fresh32.newEmail)
                    )
                ])
        ),
        (
            3306,
            ops(
                writes: Fresh32.newEmails() + [
                    (
                        "memory/football/emails/2032-03-01-welcome.txt",
                        Fresh32.football["memory/football/emails/2032-03-01-welcome.txt"]!.replacingOccurrences(
                            of: Fresh32.oldEmail, with: Fresh32.newEmail)
                    )
                ])
        ),
        (3306, ops(writes: Fresh32.newEmails("dana@riversidfc.example"))),
        (
            3306,
            ops(
                writes: Fresh32.newEmails().map {
                    $0.0 == Fresh32.teamFile ? ($0.0, $0.1.replacingOccurrences(of: "  email: dana@", with: "  e-mail: dana@")) : $0
                })
        ),
        (3306, ops(writes: Fresh32.newEmails().map { $0.0 == Fresh32.contacts ? ($0.0, "```markdown\n" + $0.1 + "```\n") : $0 })),
        (
            3306,
            ops(
                writes: Fresh32.newEmails().map {
                    $0.0 == Fresh32.mailing
                        ? (
                            $0.0,
                            Fresh32.football[Fresh32.mailing]!.replacingOccurrences(
                                of: "cc = sam.okoro@oldmail.example", with: "cc = dana@riversidefc.example")
                        )
                        : $0
                })
        ),
        (
            3306,
            ops(
                writes: Fresh32.newEmails().map {
                    $0.0 == Fresh32.contacts
                        ? ($0.0, Fresh32.football[Fresh32.contacts]! + "| Coach | Dana Reyes | dana@riversidefc.example |\n") : $0
                })
        ),
        (3306, ops(writes: Fresh32.newEmails("dana.reyes@oldmail.example, dana@riversidefc.example"))),
        (3306, ops(writes: Fresh32.newEmails("dana.reyes@riversidefc.example"))),
        (
            3306,
            ops(
                writes: Fresh32.newEmails().map {
                    $0.0 == Fresh32.teamFile
                        ? ($0.0, $0.1.replacingOccurrences(of: "assistant:\n  name: Sam Okoro\n  email: sam.okoro@oldmail.example\n", with: "")) : $0
                })
        ),
        (3307, ops(writes: [(Fresh32.allergiesCopy, Fresh32.family["memory/family/allergies-school.md"]!)])),
        (3307, ops(writes: [(Fresh32.allergiesCopy, Fresh32.family["memory/family/allergies-2030.md"]!)])),
        (3307, ops(#"{"op":"move","from":"memory/family/allergies.md","to":"memory/family/trips/2032-07-nana/allergies-for-nana.md"}"#)),
        (3307, ops(writes: [("memory/family/trips/2032-07-nana/allergies.md", Fresh32.family[Fresh32.allergies]!)])),
        (3307, ops(writes: [("memory/family/trips/allergies-for-nana.md", Fresh32.family[Fresh32.allergies]!)])),
        (
            3307,
            ops(writes: [
                (Fresh32.allergiesCopy, Fresh32.family[Fresh32.allergies]!),
                ("memory/family/trips/2032-07-nana/plan.md", Fresh32.family["memory/family/trips/2032-07-nana/plan.md"]! + "Allergy sheet copied\n"),
            ])
        ),
        (3307, ops(writes: [(Fresh32.allergiesCopy, Fresh32.family[Fresh32.allergies]!.replacingOccurrences(of: "red bag", with: "blue bag"))])),
        (3307, ops(writes: [(Fresh32.allergiesCopy, "```markdown\n" + Fresh32.family[Fresh32.allergies]! + "```\n")])),
        (
            3307,
            ops(writes: [
                (
                    Fresh32.allergiesCopy,
                    Fresh32.family[Fresh32.allergies]!.replacingOccurrences(of: "\n## Doctor\nDr Osei, Brook Lane Surgery, 01632 960415\n", with: "")
                )
            ])
        ),
        (3307, ops(writes: [("memory/family/allergies-for-nana.md", Fresh32.family[Fresh32.allergies]!)])),
        (3307, ops(writes: [(Fresh32.allergiesCopy, "See memory/family/allergies.md\n")])),
        (3308, ops(#"{"op":"delete","path":"memory/appointments/2032-06-03-dentist-ben.ics"}"#)),
        (3308, ops(#"{"op":"delete","path":"memory/appointments/2032-06-10-optician-ada.ics"}"#)),
        (
            3308,
            ops(
                #"{"op":"delete","path":"memory/appointments/2032-06-03-dentist-ada.ics"}"#,
                #"{"op":"delete","path":"memory/appointments/2032-06-03-dentist-ben.ics"}"#)
        ),
        (3308, ops(writes: [(Fresh32.appointment, "")])),
        (
            3308,
            ops(
                #"{"op":"move","from":"memory/appointments/2032-06-03-dentist-ada.ics","to":"memory/appointments/cancelled/2032-06-03-dentist-ada.ics"}"#
            )
        ),
        (
            3308,
            ops(
                writes: [("memory/appointments/to-book.md", Fresh32.appointments["memory/appointments/to-book.md"]! + "- Ada: dentist check-up\n")],
                #"{"op":"delete","path":"memory/appointments/2032-06-03-dentist-ada.ics"}"#)
        ),
        (
            3308,
            ops(#"{"op":"move","from":"memory/appointments/2032-06-03-dentist-ada.ics","to":"memory/appointments/2032-06-03-dentist-ada.ics.bak"}"#)
        ),
        (
            3308,
            ops(writes: [
                (
                    Fresh32.appointment,
                    Fresh32.appointments[Fresh32.appointment]!.replacingOccurrences(of: "END:VEVENT", with: "STATUS:CANCELLED\nEND:VEVENT")
                )
            ])
        ),
        (
            3309,
            ops(writes: [
                (
                    Fresh32.tripSummaryPath,
                    "Year 3 visit the Roman museum in Colchester on Monday 9 June 2031. It costs £9, to pay by 30 May, and children need a packed lunch.\n"
                )
            ])
        ),
        (3309, ops(writes: [(Fresh32.tripSummaryPath, Fresh32.tripSummary.replacingOccurrences(of: "14 May", with: "15 May"))])),
        (
            3309,
            ops(writes: [
                (
                    Fresh32.tripSummaryPath,
                    Fresh32.tripSummary.replacingOccurrences(of: "It costs £14.50 (pay on ParentPay by 30 April), and c", with: "C")
                )
            ])
        ),
        (3309, ops(writes: [(Fresh32.tripSummaryPath, Fresh32.tripSummary.replacingOccurrences(of: "a packed lunch, ", with: ""))])),
        (3309, ops(writes: [(Fresh32.tripSummaryPath, Fresh32.school[Fresh32.tripLetter]!)])),
        (
            3309,
            ops(writes: [
                (
                    Fresh32.tripSummaryPath,
                    "Year 4 are going to the Natural History Museum. The date is Friday 14 May 2032. It costs £14.50, to pay by 30 April. Bring a packed lunch.\n"
                )
            ])
        ),
        (3309, ops(writes: [(Fresh32.tripSummaryPath, "```\n" + Fresh32.tripSummary + "```\n")])),
        (3309, ops(writes: [("memory/school/school-trip.md", Fresh32.tripSummary)])),
        (3309, ops(writes: [(Fresh32.tripSummaryPath, Fresh32.tripSummary.replacingOccurrences(of: "£14.50", with: "£15.40"))])),
        (3309, ops(writes: [(Fresh32.tripSummaryPath, Fresh32.tripSummary.replacingOccurrences(of: "30 April", with: "30 May"))])),
        (3309, ops(writes: [(Fresh32.tripSummaryPath, Fresh32.tripSummary.replacingOccurrences(of: "2032", with: "2031"))])),
        (3309, ops(writes: [(Fresh32.tripSummaryPath, Fresh32.tripSummary.replacingOccurrences(of: " (pay on ParentPay by 30 April)", with: ""))])),
        (3310, ops(writes: [(Fresh32.pastBestBeforePath, Fresh32.pastBestBefore + "- coconut milk (tin): 2032-03-01\n")])),
        (
            3310,
            ops(writes: [(Fresh32.pastBestBeforePath, Fresh32.pastBestBefore.replacingOccurrences(of: "- cocoa powder: 2031-12-05\n", with: ""))])
        ),
        (3310, ops(writes: [(Fresh32.pastBestBeforePath, Fresh32.pastBestBefore + "- fish fingers: 2032-01-15\n")])),
        (3310, ops(writes: [(Fresh32.pastBestBeforePath, "- oat flakes: 2032-02-27\n- cocoa powder: 2031-12-05\n- dried apricots: 2032-02-11\n")])),
        (3310, ops(writes: [(Fresh32.pastBestBeforePath, "- oat flakes\n- cocoa powder\n- dried apricots\n")])),
        (
            3310,
            ops(writes: [
                (
                    Fresh32.pastBestBeforePath,
                    "The oat flakes (2032-02-11), the cocoa powder (2031-12-05) and the dried apricots (2032-02-27) are past their best.\n"
                )
            ])
        ),
        (3310, ops(writes: [("memory/pantry/past-best-before.md", Fresh32.pastBestBefore)])),
        (3310, ops(writes: [(Fresh32.pastBestBeforePath, "```\n" + Fresh32.pastBestBefore + "```\n")])),
        (3310, ops(writes: [(Fresh32.pastBestBeforePath, Fresh32.pantry["memory/pantry/cupboard.tsv"]!)])),
        (3310, ops(writes: [(Fresh32.pastBestBeforePath, Fresh32.pastBestBefore + "- oat flakes: 2032-02-11\n")])),
        (
            3310,
            ops(writes: [(Fresh32.pastBestBeforePath, "- oat flakes (middle shelf)\n- cocoa powder (top shelf)\n- dried apricots (bottom shelf)\n")])
        ),
        (3311, ops(writes: [(Fresh32.ebooksListPath, Fresh32.ebookList + "- the-overstory.epub.crdownload\n")])),
        (3311, ops(writes: [(Fresh32.ebooksListPath, Fresh32.ebookList + "- samples/klara-and-the-sun-sample.epub\n")])),
        (3311, ops(writes: [(Fresh32.ebooksListPath, Fresh32.ebookList.replacingOccurrences(of: "- project-hail-mary.epub\n", with: ""))])),
        (3311, ops(writes: [(Fresh32.ebooksListPath, Fresh32.ebookList + "- README.md\n")])),
        (3311, ops(writes: [(Fresh32.ebooksListPath, "the-hobbit.epub, circe.epub, project-hail-mary.epub\n")])),
        (3311, ops(writes: [(Fresh32.ebooksListPath, "```\n" + Fresh32.ebookList + "```\n")])),
        (3311, ops(writes: [("memory/ebooks/library/index.md", Fresh32.ebookList)])),
        (3311, ops(writes: [(Fresh32.ebooksListPath, Fresh32.ebookList + "- circe.epub\n")])),
        (3311, ops(writes: [(Fresh32.ebooksListPath, Fresh32.ebookList + "- ../reading-log.md\n")])),
        (3311, ops(writes: [(Fresh32.ebooksListPath, Fresh32.ebookList + "Also one sample in the subfolder\n")])),
        (3311, ops(writes: [(Fresh32.ebooksListPath, "- the-hobbit.epub\n- circe.epub\n")])),
        (
            3312,
            ops(writes: [
                (
                    Fresh32.plotsTablePath,
                    "| plot | holder | size | paid |\n|---|---|---|---|\n| 1A | June Harlow | half | yes |\n| 2A | Tom Fenwick | full | yes |\n"
                )
            ])
        ),
        (
            3312,
            ops(writes: [
                (
                    Fresh32.plotsTablePath,
                    Fresh32.plotsTable.replacingOccurrences(of: "| 2A | Marek Nowak | full |  |", with: "| 2A | Marek Nowak | full |")
                )
            ])
        ),
        (3312, ops(writes: [(Fresh32.plotsTablePath, Fresh32.plotsTable.replacingOccurrences(of: "|---|---|---|---|\n", with: ""))])),
        (
            3312,
            ops(writes: [
                (
                    Fresh32.plotsTablePath,
                    "plot,holder,size,paid\n1A,June Harlow,half,yes\n1B,Ravi Patel,full,yes\n2A,Marek Nowak,full,\n2B,Esi Boateng,half,yes\n3,The Lindqvist family,full,no\n"
                )
            ])
        ),
        (3312, ops(writes: [(Fresh32.plotsTablePath, "```markdown\n" + Fresh32.plotsTable + "```\n")])),
        (
            3312,
            ops(writes: [
                (Fresh32.plotsTablePath, Fresh32.plotsTable.replacingOccurrences(of: "| 3 | The Lindqvist family | full | no |\n", with: ""))
            ])
        ),
        (
            3312,
            ops(writes: [
                (
                    Fresh32.plotsTablePath,
                    Fresh32.plotsTable.replacingOccurrences(of: "| 2A | Marek Nowak | full |  |", with: "| 2A | Marek Nowak | full | yes |")
                )
            ])
        ),
        (3312, ops(writes: [(Fresh32.plotsTablePath, Fresh32.plotsTable.replacingOccurrences(of: "| plot | holder | size | paid |\n", with: ""))])),
        (3312, ops(writes: [("memory/allotment/plots-2032.md", Fresh32.plotsTable)])),
        (
            3312,
            ops(writes: [
                (
                    Fresh32.plotsTablePath,
                    Fresh32.plotsTable.replacingOccurrences(of: "| plot | holder | size | paid |", with: "| plot | size | holder | paid |")
                )
            ])
        ),
        (3312, ops(writes: [(Fresh32.plotsTablePath, Fresh32.allotment["memory/allotment/plots-2032.tsv"]!)])),
        (3312, ops(writes: [(Fresh32.plotsTablePath, Fresh32.plotsTable + "\nMarek hasn't paid yet.\n")])),
        (
            3313,
            ops(writes: [
                (
                    Fresh32.renewSkillPath,
                    "# Renew soon\nRead memory/documents/expiry.yaml, compare each expiry date with today, and write the documents expiring within six months to outputs/renew-soon.md so they can be renewed.\n"
                )
            ])
        ),
        (3313, ops(writes: [(Fresh32.renewSkillPath, Fresh32.renewSkill.replacingOccurrences(of: "name: renew-soon", with: "name: Renew Soon"))])),
        (
            3313,
            ops(writes: [
                (
                    Fresh32.renewSkillPath,
                    Fresh32.renewSkill.replacingOccurrences(
                        of: "If it expires within the next six months, or has already expired, it needs renewing.\n", with: "")
                )
            ])
        ),
        (
            3313,
            ops(writes: [(Fresh32.renewSkillPath, Fresh32.renewSkill.replacingOccurrences(of: "outputs/renew-soon.md", with: "outputs/renewals.md"))])
        ),
        (
            3313,
            ops(writes: [
                (Fresh32.renewSkillPath, Fresh32.renewSkill.replacingOccurrences(of: "memory/documents/expiry.yaml", with: "the documents list"))
            ])
        ),
        (
            3313,
            ops(writes: [
                (
                    "skills/meal-plan/SKILL.md",
                    Fresh32.documents["skills/meal-plan/SKILL.md"]!
                        + "\n## Renewals\nRead memory/documents/expiry.yaml and write the documents expiring within six months of today to outputs/renew-soon.md.\n"
                )
            ])
        ),
        (3313, ops(writes: [(Fresh32.renewSkillPath, "```markdown\n" + Fresh32.renewSkill + "```\n")])),
        (3313, ops(writes: [("skills/renew-soon.md", Fresh32.renewSkill)])),
        (
            3313,
            ops(writes: [
                (
                    Fresh32.renewSkillPath,
                    Fresh32.renewSkill.replacingOccurrences(of: "description: List the documents that expire within six months.\n", with: "")
                )
            ])
        ),
        (
            3313,
            ops(writes: [
                (Fresh32.renewSkillPath, Fresh32.renewSkill),
                ("memory/documents/expiry.yaml", "- document: passport (Ada)\n  expires: 2032-11-02\n"),
            ])
        ),
        (
            3313,
            ops(writes: [
                (
                    Fresh32.renewSkillPath,
                    "---\nname: renew-soon\ndescription: List the documents.\n---\nRead memory/documents/expiry.yaml and write every document to outputs/renew-soon.md.\n"
                )
            ])
        ),
        (3313, ops(writes: [(Fresh32.renewSkillPath, Fresh32.renewSkill.replacingOccurrences(of: "today's date", with: "1 January 2032"))])),
        (3314, ops(writes: [(Fresh32.eggScriptPath, Fresh32.eggScript.replacingOccurrences(of: "eggs-2032-04.tsv", with: "eggs-2032-03.tsv"))])),
        (
            3314,
            ops(writes: [(Fresh32.eggScriptPath, Fresh32.eggScript.replacingOccurrences(of: "print(f\"Most in one day: {max(eggs)}\")\n", with: ""))])
        ),
        (
            3314,
            ops(writes: [
                (
                    Fresh32.eggScriptPath,
                    Fresh32.eggScript + "with open(\"memory/hens/april-total.txt\", \"w\") as out:\n    out.write(str(sum(eggs)))\n"
                )
            ])
        ),
        (3314, ops(writes: [(Fresh32.eggScriptPath, "```python\n" + Fresh32.eggScript + "```\n")])),
        (3314, ops(writes: [(Fresh32.eggScriptPath, "#!/bin/sh\n" + Fresh32.eggScript)])),
        (3314, ops(writes: [("memory/hens/eggs.py", Fresh32.eggScript)])),
        (
            3314,
            ops(writes: [
                (
                    Fresh32.eggScriptPath,
                    Fresh32.eggScript.replacingOccurrences(of: "row[\"eggs\"]", with: "row[\"feed_g\"]").replacingOccurrences(
                        of: "Eggs this month", with: "Total")
                )
            ])
        ),
        (
            3314,
            ops(writes: [
                (
                    Fresh32.eggScriptPath,
                    "import csv\n\nwith open(\"memory/hens/eggs-2032-04.tsv\") as f, open(\"memory/hens/flock.md\") as fl:\n    eggs = [int(row[\"eggs\"]) for row in csv.DictReader(f, delimiter=\"\\t\")]\nprint(sum(eggs))\nprint(max(eggs))\n"
                )
            ])
        ),
        (3314, ops(writes: [(Fresh32.eggScriptPath, Fresh32.eggScript.replacingOccurrences(of: "{max(eggs)}", with: "{len(eggs)}"))])),
        (3314, ops(writes: [(Fresh32.eggScriptPath, "# prints April's egg total and the best day\n")])),
        (3314, ops(writes: [(Fresh32.eggScriptPath, Fresh32.eggScript.replacingOccurrences(of: ", delimiter=\"\\t\"", with: ""))])),
    ]
}

/// The thirty-second fresh part's fixtures and the helpers its checks share.
private enum Fresh32 {
    static let inspection = "memory/bees/inspections/hive-2/2032-05-09.ini"
    static let bees: [String: String] = [
        "memory/bees/inspections/hive-2/2032-05-02.ini":
            "[inspection]\ndate = 2032-05-02\nhive = 2\nqueen_seen = yes\nbrood_frames = 5\nstores = good\ntemper = calm\n",
        "memory/bees/inspections/hive-1/2032-05-09.ini":
            "[inspection]\ndate = 2032-05-09\nhive = 1\nqueen_seen = no\nbrood_frames = 7\nstores = low\ntemper = defensive\n",
        "memory/bees/apiary.md": "# Apiary\n- hive 1: National, Buckfast queen\n- hive 2: National, from a swarm caught in June 2031\n",
    ]
    static let inspectionRecord = "[inspection]\ndate = 2032-05-09\nhive = 2\nqueen_seen = yes\nbrood_frames = 6\nstores = low\ntemper = calm\n"

    /// The `key = value` (or `key: value`) pairs of a flat INI text (keys and values lowercased,
    /// quotes and a trailing `;` or `#` comment removed; comment lines and one `[inspection]`
    /// header aside), or nil when a line is not a pair, a key comes twice or another header is there.
    static func iniPairs(_ text: String) -> [String: String]? {
        var pairs: [String: String] = [:]
        var headers: [String] = []
        for line in Judge.lines(text) where !line.hasPrefix("#") && !line.hasPrefix(";") {
            if line.hasPrefix("[") && line.hasSuffix("]") {
                headers.append(line.lowercased().replacingOccurrences(of: " ", with: ""))
                continue
            }
            guard let eq = line.firstIndex(where: { $0 == "=" || $0 == ":" }) else { return nil }
            let key = line[..<eq].trimmingCharacters(in: CharacterSet(charactersIn: "\"' ")).lowercased()
            var value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            if let q = value.first, q == "\"" || q == "'" {
                let rest = value.dropFirst()
                guard let close = rest.firstIndex(of: q) else { return nil }
                value = String(rest[..<close])
            } else {
                value = value.replacingOccurrences(of: #"\s+[;#].*$"#, with: "", options: .regularExpression)
            }
            guard !key.isEmpty, pairs[key] == nil else { return nil }
            pairs[key] = value.trimmingCharacters(in: .whitespaces).lowercased()
        }
        return headers.allSatisfy({ $0 == "[inspection]" }) && headers.count <= 1 ? pairs : nil
    }

    /// Whether `text` is hive 2's inspection of 9 May 2032 as flat INI with exactly the last
    /// inspection's keys (any order; the date in any format, the values quoted or not, yes as
    /// true), and no other year.
    static func isInspection(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), let p = iniPairs(t),
            Set(p.keys) == ["date", "hive", "queen_seen", "brood_frames", "stores", "temper"], let date = p["date"]
        else { return false }
        return Judge.hasDate(date, day: 9, month: 5) && Judge.days(date, month: 5) == [9]
            && Judge.found(date, #"(\d{4})"#).allSatisfy { $0 == "2032" } && Judge.has(p["hive"] ?? "", #"^(hive\s*-?\s*)?(2|two)$"#)
            && Judge.has(p["queen_seen"] ?? "", #"^(yes|y|true|1)$"#) && Judge.has(p["brood_frames"] ?? "", #"^(6|six)(\s*frames)?$"#)
            && p["stores"] == "low" && p["temper"] == "calm"
    }

    static let choresPath = "memory/family/chores.tsv"
    /// The chore chart with Wednesday's washing-up done by `wednesday`.
    static func choresText(wednesday: String) -> String {
        "day\tchore\twho\nMonday\twashing-up\tMaya\nTuesday\twashing-up\tLeo\nWednesday\twashing-up\t\(wednesday)\nWednesday\tbins\tMaya\nThursday\twashing-up\tIris\nFriday\twashing-up\tMaya\nSaturday\tbins\tLeo\n"
    }
    static let chores: [String: String] = [
        choresPath: choresText(wednesday: "Leo"),
        "memory/family/chores-autumn-2031.tsv": "day\tchore\twho\nWednesday\twashing-up\tLeo\nThursday\twashing-up\tMaya\n",
        "memory/family/pocket-money.md": "# Pocket money\n- Maya: £5 a week\n- Leo: £4 a week\n- Iris: £3 a week\n",
    ]

    /// The rows of a TSV text, its blank lines aside, each cell trimmed and lowercased.
    static func tsvRows(_ text: String) -> [[String]] {
        text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map {
            Judge.cells($0, separator: "\t").map { $0.lowercased() }
        }
    }

    /// Whether `text` is the chore chart, still tab-separated, with only Wednesday's washing-up
    /// given to Iris, every other row as it was, in its place.
    static func isChores(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        return tsvRows(t) == tsvRows(choresText(wednesday: "Iris"))
    }

    static let birdList = "memory/birding/garden-2032.md"
    static let birding: [String: String] = [
        birdList:
            "# Garden birds 2032\n| Date | Species | Count |\n|---|---|---|\n| 2032-03-02 | Blackbird | 2 |\n| 2032-03-09 | Blue tit | 4 |\n| 2032-03-21 | Goldfinch | 3 |\n",
        "memory/birding/garden-2031.md":
            "# Garden birds 2031\n| Date | Species | Count |\n|---|---|---|\n| 2031-04-11 | Long-tailed tit | 6 |\n| 2031-04-19 | Wren | 1 |\n",
        "memory/birding/patch-walks.md": "# Patch walks\n- 7 April 2032, the reservoir: great crested grebe, 2\n",
    ]
    static let birdRow = "| 2032-04-11 | Long-tailed tit | 7 |\n"

    /// The lines of a Markdown text, a table row as its cells (trimmed, emphasis removed,
    /// lowercased) and a table's rule as "rule".
    static func tableLines(_ text: String) -> [String] {
        Judge.lines(text).map { line in
            if Judge.isTableRule(line) { return "rule" }
            guard let cells = Judge.cells(line) else { return line.lowercased() }
            return cells.map { $0.replacingOccurrences(of: "*", with: "").trimmingCharacters(in: .whitespaces).lowercased() }.joined(
                separator: "|")
        }
    }

    /// Whether `text` is this year's table as it was with one more row at the end: 11 April 2032
    /// (any date format), long-tailed tit and 7, in three cells.
    static func isSighting(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = tableLines(birding[birdList]!)
        let got = tableLines(t)
        guard got.count == want.count + 1, Array(got.prefix(want.count)) == want, let last = Judge.lines(t).last,
            let cells = Judge.cells(last)?.map({ $0.replacingOccurrences(of: "*", with: "").lowercased() }), cells.count == 3
        else { return false }
        return Judge.hasDate(cells[0], day: 11, month: 4) && Judge.days(cells[0], month: 4) == [11]
            && Judge.found(cells[0], #"(\d{4})"#).allSatisfy { $0 == "2032" } && Judge.has(cells[1], #"^long[- ]tailed tits?$"#)
            && Judge.has(cells[2], #"^(7|seven)$"#)
    }

    static let scan = "memory/school/reports/scan0042.txt"
    static let namedReport = "memory/school/reports/2032-summer-ada.txt"
    static let reports: [String: String] = [
        scan:
            "Hillside Primary School\nSummer report 2032\nPupil: Ada Mensah, Year 4\nReading: above the expected level\nMaths: at the expected level\nAttendance: 97%\n",
        "memory/school/reports/scan0041.txt":
            "Hillside Primary School\nSummer report 2032\nPupil: Ben Mensah, Year 2\nReading: at the expected level\nAttendance: 95%\n",
        "memory/school/reports/scan00420.txt": "Hillside Primary School\nPermission slip: farm visit, 2 July 2032\n",
        "memory/school/reports/2031-summer-ada.txt":
            "Hillside Primary School\nSummer report 2031\nPupil: Ada Mensah, Year 3\nReading: at the expected level\nAttendance: 96%\n",
    ]

    static let warranty = "memory/camping/inbox/tent-warranty.txt"
    static let filedWarranty = "memory/camping/gear/tent/tent-warranty.txt"
    static let camping: [String: String] = [
        warranty: "Vango Odyssey 300 tent\nBought: 18 April 2032, Outdoor World\nWarranty: 3 years\nReceipt: 55817\n",
        "memory/camping/inbox/stove-warranty.txt": "Trangia 27 stove\nBought: 18 April 2032, Outdoor World\nWarranty: 2 years\n",
        "memory/camping/gear/tent/pitching.md": "# Pitching the Odyssey\nInner tent first, poles are colour coded\n",
        "memory/camping/gear/tent-old/notes.md": "# Old tent (sold 2031)\nColeman, four berth\n",
    ]

    static let teamFile = "memory/football/team.yaml"
    static let mailing = "memory/football/mailing.ini"
    static let contacts = "memory/football/contacts.md"
    static let emailFiles = [teamFile, mailing, contacts]
    static let oldEmail = "dana.reyes@oldmail.example"
    static let newEmail = "dana@riversidefc.example"
    static let football: [String: String] = [
        teamFile:
            "team: Riverside Under-10s\nseason: 2032\ncoach:\n  name: Dana Reyes\n  email: dana.reyes@oldmail.example\nassistant:\n  name: Sam Okoro\n  email: sam.okoro@oldmail.example\n",
        mailing: "[list]\nname = Riverside U10 parents\nreply_to = dana.reyes@oldmail.example\ncc = sam.okoro@oldmail.example\n",
        contacts:
            "# Contacts\n| Role | Name | Email |\n|---|---|---|\n| Coach | Dana Reyes | dana.reyes@oldmail.example |\n| Assistant | Sam Okoro | sam.okoro@oldmail.example |\n| Kit | Priya Shah | priya.kit@oldmail.example |\n",
        "memory/football/team-2031.yaml": "team: Riverside Under-9s\nseason: 2031\ncoach:\n  name: Dana Reyes\n  email: dana.reyes@oldmail.example\n",
        "memory/football/emails/2032-03-01-welcome.txt":
            "From: dana.reyes@oldmail.example\nSubject: Welcome to the new season\nTraining is on Tuesdays at 5 pm.\n",
    ]
    /// The three files with Dana's address as `address`.
    static func newEmails(_ address: String = newEmail) -> [(String, String)] {
        emailFiles.map { ($0, football[$0]!.replacingOccurrences(of: oldEmail, with: address)) }
    }

    /// The lines of a YAML, INI or Markdown text, lowercased, without quotes, angle brackets,
    /// backticks, emphasis or `mailto:`, spaces around `=`, `:` and `|` and a table's outer pipes
    /// removed, a table's rule as "rule".
    static func contactLines(_ text: String) -> [String] {
        Judge.lines(text).map { line in
            if Judge.isTableRule(line) { return "rule" }
            var l = line.lowercased().replacingOccurrences(of: "mailto:", with: "").filter { !"\"'`<>*".contains($0) }
            l = l.replacingOccurrences(of: #"\s*([=:|])\s*"#, with: "$1", options: .regularExpression)
            return l.trimmingCharacters(in: CharacterSet(charactersIn: "| "))
        }
    }

    /// Whether `text` is the file at `path` with Dana's new address in place of the old one
    /// (quotes, angle brackets, spacing or a table laid out another way pass), every other line
    /// as it was.
    static func hasNewEmail(_ text: String?, _ path: String) -> Bool {
        guard let t = text, !Judge.fenced(t), let want = newEmails().first(where: { $0.0 == path })?.1 else { return false }
        return contactLines(t) == contactLines(want)
    }

    static let allergies = "memory/family/allergies.md"
    static let allergiesCopy = "memory/family/trips/2032-07-nana/allergies-for-nana.md"
    static let family: [String: String] = [
        allergies:
            "# Ada and Ben: allergies and medicines\n\n## Ada\n- Peanuts and tree nuts: severe, EpiPen in the red bag\n- Hay fever: one antihistamine in the morning, May to July\n\n## Ben\n- Egg: mild, no raw egg (baked is fine)\n- Eczema: cream after the bath\n\n## Doctor\nDr Osei, Brook Lane Surgery, 01632 960415\n",
        "memory/family/allergies-school.md": "# Allergies (for school)\nAda: nuts, EpiPen in the office\nBen: egg\n",
        "memory/family/allergies-2030.md": "# Allergies\nAda: nuts\nBen: milk and egg, no EpiPen yet\n",
        "memory/family/trips/2032-07-nana/plan.md": "# Staying with Nana\n24 to 31 July 2032, train on the 24th\n",
    ]

    static let appointment = "memory/appointments/2032-06-03-dentist-ada.ics"
    static let appointments: [String: String] = [
        appointment:
            "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:Dentist, Ada\nDTSTART:20320603T154000\nLOCATION:Smile Dental, High Street\nEND:VEVENT\nEND:VCALENDAR\n",
        "memory/appointments/2032-06-03-dentist-ben.ics":
            "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:Dentist, Ben\nDTSTART:20320603T160000\nLOCATION:Smile Dental, High Street\nEND:VEVENT\nEND:VCALENDAR\n",
        "memory/appointments/2032-06-10-optician-ada.ics":
            "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:Optician, Ada\nDTSTART:20320610T093000\nLOCATION:Clear View Opticians\nEND:VEVENT\nEND:VCALENDAR\n",
        "memory/appointments/to-book.md": "# To book\n- Ben: haircut\n",
    ]

    static let tripLetter = "memory/school/letters/2032-04-19-year-4-trip.txt"
    static let tripSummaryPath = "outputs/school-trip.md"
    static let school: [String: String] = [
        tripLetter: """
        Dear Parents and Carers,

        As part of our topic on fossils, Year 4 will visit the Natural History Museum in London on Friday 14 May 2032.
        The coach leaves school at 8.15 am sharp and will be back by 4.30 pm, so please have your child at school by 8 am.
        Children will need a packed lunch in a disposable bag, a drink (no fizzy drinks) and a waterproof coat.
        The trip costs £14.50 per child; please pay on ParentPay by Friday 30 April.
        We still need two parent helpers; if you can come, please tell the class teacher by 23 April.

        Mrs Adeyemi, Year 4 team

        """,
        "memory/school/letters/2031-05-20-year-3-trip.txt":
            "Dear Parents and Carers,\nYear 3 will visit the Roman museum in Colchester on Monday 9 June 2031. The trip costs £9; please pay by 30 May.\n",
        "memory/school/term-dates.md": "# Summer term 2032\n- half term: 31 May to 4 June\n",
    ]
    static let tripSummary =
        "Year 4 visit the Natural History Museum in London on Friday 14 May 2032, leaving at 8.15 am and back by 4.30 pm. It costs £14.50 (pay on ParentPay by 30 April), and children need a packed lunch, a drink and a waterproof coat.\n"

    /// Whether `text` sums up the trip letter in two sentences (or two lines) at most, a title
    /// aside, sixty words at most: the museum, 14 May, the £14.50, paying by 30 April and the
    /// packed lunch (the helpers' 23 April may be said), with no other amount, date or year, and
    /// nothing of last year's letter.
    static func isTripSummary(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        var all = Judge.lines(t)
        if all.count > 1, all[0].hasPrefix("#") || all[0].hasSuffix(":") { all.removeFirst() }
        let low = all.joined(separator: "\n").lowercased()
        let words = low.split(whereSeparator: { $0 == " " || $0 == "\n" }).filter { $0.contains { $0.isLetter || $0.isNumber } }.count
        guard (1...2).contains(all.count), words >= 10, words <= 60, Judge.found(low, #"[.!?](?=\s|$)"#).count <= 2 else { return false }
        guard Set(Judge.amounts(low)) == [14.5], !Judge.has(low, #"colchester|roman|year 3|june|monday"#) else { return false }
        let april = Set(Judge.days(low, month: 4))
        return Judge.has(low, #"natural history|museum"#) && Set(Judge.days(low, month: 5)) == [14] && april.contains(30)
            && april.isSubset(of: [23, 30]) && ([1, 2, 3] + Array(6...12)).allSatisfy { Judge.days(low, month: $0).isEmpty }
            && Judge.found(low, #"\b(20\d{2})\b"#).allSatisfy { $0 == "2032" } && Judge.has(low, #"lunch"#)
    }

    static let pastBestBeforePath = "outputs/past-best-before.md"
    static let pantry: [String: String] = [
        "memory/pantry/cupboard.tsv":
            "item\tshelf\tbest_before\nchickpeas (tin)\ttop\t2032-05-20\noat flakes\tmiddle\t2032-02-11\nbasmati rice\tmiddle\t2033-01-30\ncocoa powder\ttop\t2031-12-05\ncoconut milk (tin)\tbottom\t2032-03-01\ndried apricots\tbottom\t2032-02-27\n",
        "memory/pantry/freezer.tsv": "item\tdrawer\tbest_before\nfrozen peas\t1\t2031-10-02\nfish fingers\t2\t2032-01-15\n",
        "memory/pantry/shopping.md": "# To buy\n- oat flakes\n- tinned tomatoes\n",
    ]
    static let pastBestBefore = "- oat flakes: 2032-02-11\n- cocoa powder: 2031-12-05\n- dried apricots: 2032-02-27\n"

    /// A pattern for the date `day` of `month` in `year`, however written ("2032-02-11", "11 Feb",
    /// "February 11th", "11/02").
    static func datePattern(_ year: Int, _ month: Int, _ day: Int) -> String {
        let m = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"][month - 1]
        return
            #"\b\#(year)-0?\#(month)-0?\#(day)\b|\b0?\#(day)(st|nd|rd|th)?\s+(of\s+)?\#(m)|\b\#(m)[a-z]*\.?\s+0?\#(day)(st|nd|rd|th)?\b|\b0?\#(day)[./]0?\#(month)\b"#
    }
    /// Each item past its date (patterns) and that date.
    static let oldItems = [#"\boat"#, #"cocoa"#, #"apricot"#]
    static let oldDates = [datePattern(2032, 2, 11), datePattern(2031, 12, 5), datePattern(2032, 2, 27)]

    /// Whether `text` lists the three items dated before 1 March 2032, one entry each in any order
    /// (a table, another marker, another date format pass), each with its own date, and not the
    /// item dated 1 March, a later one nor the freezer's.
    static func isPastBestBefore(_ text: String?) -> Bool {
        guard let t = text?.replacingOccurrences(of: "\r\n", with: "\n"),
            !Judge.has(t, #"chickpea|basmati|\brice\b|coconut|\bpeas\b|fish finger|tomato|2032-03-01|2033|2032-05-20"#)
        else { return false }
        return Judge.isPairedList(t, who: oldItems, what: oldDates)
    }

    static let ebooksListPath = "outputs/ebooks.md"
    static let ebooks: [String: String] = [
        "memory/ebooks/library/the-hobbit.epub": "EPUB: The Hobbit, J. R. R. Tolkien\n",
        "memory/ebooks/library/circe.epub": "EPUB: Circe, Madeline Miller\n",
        "memory/ebooks/library/project-hail-mary.epub": "EPUB: Project Hail Mary, Andy Weir\n",
        "memory/ebooks/library/the-overstory.epub.crdownload": "EPUB: The Overst\n",
        "memory/ebooks/library/samples/klara-and-the-sun-sample.epub": "EPUB sample: Klara and the Sun, first three chapters\n",
        "memory/ebooks/library/README.md": "# E-books\nBought from Kobo, DRM-free\n",
        "memory/ebooks/reading-log.md": "# Read in 2032\n- Circe, March\n",
    ]
    static let ebookList = "- the-hobbit.epub\n- circe.epub\n- project-hail-mary.epub\n"

    /// Whether `text` lists the three e-books (by file name, path or title), one entry each in any
    /// order, and not the unfinished download, the sample, the README nor the reading log.
    static func isEbookList(_ text: String?) -> Bool {
        Judge.isNamedList(
            text?.replacingOccurrences(of: "\r\n", with: "\n"), [#"hobbit"#, #"circe"#, #"hail.?mary"#],
            banned: #"overstory|crdownload|klara|sample|readme|reading.?log"#)
    }

    static let plotsTablePath = "outputs/plots-2032.md"
    static let allotment: [String: String] = [
        "memory/allotment/plots-2032.tsv":
            "plot\tholder\tsize\tpaid\n1A\tJune Harlow\thalf\tyes\n1B\tRavi Patel\tfull\tyes\n2A\tMarek Nowak\tfull\t\n2B\tEsi Boateng\thalf\tyes\n3\tThe Lindqvist family\tfull\tno\n",
        "memory/allotment/plots-2031.tsv": "plot\tholder\tsize\tpaid\n1A\tJune Harlow\thalf\tyes\n2A\tTom Fenwick\tfull\tyes\n",
        "memory/allotment/waiting-list.md": "# Waiting list\n- Carys Lloyd, since 2030\n",
    ]
    static let plots = [
        ["1a", "june harlow", "half", "yes"], ["1b", "ravi patel", "full", "yes"], ["2a", "marek nowak", "full", ""],
        ["2b", "esi boateng", "half", "yes"], ["3", "the lindqvist family", "full", "no"],
    ]
    static let plotsTable =
        "| plot | holder | size | paid |\n|---|---|---|---|\n| 1A | June Harlow | half | yes |\n| 1B | Ravi Patel | full | yes |\n| 2A | Marek Nowak | full |  |\n| 2B | Esi Boateng | half | yes |\n| 3 | The Lindqvist family | full | no |\n"

    /// Whether `text` is a Markdown table (a title line before it aside, outer pipes or not) with a
    /// header row of plot, holder, size and paid in any order, its rule, and one row per plot in
    /// any order, four cells each, the unpaid cell empty (or a dash), and nothing else.
    static func isPlotsTable(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        var rows = Judge.lines(t)
        if let first = rows.first, first.hasPrefix("#") { rows.removeFirst() }
        guard rows.count == plots.count + 2, Judge.isTableRule(rows[1]),
            let header = Judge.cells(rows[0])?.map({ $0.replacingOccurrences(of: "*", with: "").lowercased() }), header.count == 4
        else { return false }
        let order = ["plot", "holder", "size", "paid"].compactMap { header.firstIndex(of: $0) }
        guard order.count == 4 else { return false }
        var got: [String] = []
        for line in rows[2...] {
            guard let cells = Judge.cells(line), cells.count == 4 else { return false }
            let values = order.map { i -> String in
                let c = cells[i].replacingOccurrences(of: "*", with: "").trimmingCharacters(in: .whitespaces).lowercased()
                return ["-", "–", "—"].contains(c) ? "" : c
            }
            got.append(values.joined(separator: "|"))
        }
        return got.sorted() == plots.map { $0.joined(separator: "|") }.sorted()
    }

    static let renewSkillPath = "skills/renew-soon/SKILL.md"
    static let documents: [String: String] = [
        "skills/README.md": "Each skill is a folder in skills/ holding a SKILL.md, whose front matter gives its name and a description.\n",
        "skills/meal-plan/SKILL.md":
            "---\nname: meal-plan\ndescription: Plan the week's dinners.\n---\nRead memory/kitchen/recipes.md and write seven dinners to outputs/meal-plan.md.\n",
        "memory/documents/expiry.yaml":
            "- document: passport (Ada)\n  expires: 2032-11-02\n- document: driving licence (Kofi)\n  expires: 2035-04-18\n- document: European health card\n  expires: 2032-08-30\n- document: home insurance\n  expires: 2032-09-14\n",
        "memory/documents/where-things-are.md": "# Where things are\n- passports: the blue folder, top drawer\n",
    ]
    static let renewSkill =
        "---\nname: renew-soon\ndescription: List the documents that expire within six months.\n---\nRead memory/documents/expiry.yaml (document, expires).\nFor each document, compare its expiry date with today's date.\nIf it expires within the next six months, or has already expired, it needs renewing.\nWrite those documents with their expiry dates to outputs/renew-soon.md, soonest first.\n"

    /// Whether `text` is a skill named renew-soon with a description, whose body reads
    /// memory/documents/expiry.yaml, compares each expiry date with today, keeps those within six
    /// months and writes them, to be renewed, to outputs/renew-soon.md.
    static func isRenewSkill(_ text: String?) -> Bool {
        guard let t = text, let (fields, body) = Judge.skill(t) else { return false }
        let b = body.lowercased()
        let paths = ["memory/documents/expiry.yaml", "outputs/renew-soon.md"]
        let prose = paths.reduce(b) { $0.replacingOccurrences(of: $1, with: " ") }
        return fields["name"] == "renew-soon" && (fields["description"] ?? "").count >= 10 && b.count >= 40
            && paths.allSatisfy { b.contains($0) } && Judge.has(prose, #"expir"#)
            && Judge.has(prose, #"six months|6 months|six-month|6-month|18[0-3] days|half a year"#)
            && Judge.has(prose, #"\btoday|current date|\bnow\b"#) && Judge.has(prose, #"renew"#)
    }

    static let eggScriptPath = "memory/hens/egg_totals.py"
    static let hens: [String: String] = [
        "memory/hens/eggs-2032-04.tsv":
            "date\teggs\tfeed_g\n2032-04-01\t4\t450\n2032-04-02\t5\t480\n2032-04-03\t3\t450\n2032-04-04\t6\t500\n2032-04-05\t5\t470\n",
        "memory/hens/eggs-2032-03.tsv": "date\teggs\tfeed_g\n2032-03-30\t7\t520\n2032-03-31\t6\t500\n",
        "memory/hens/flock.md": "# The flock\n- Bramble, Speckledy\n- Hazel, Light Sussex\n- Clover, Pekin bantam\n",
    ]
    static let eggScript =
        "import csv\n\nwith open(\"memory/hens/eggs-2032-04.tsv\", newline=\"\") as f:\n    eggs = [int(row[\"eggs\"]) for row in csv.DictReader(f, delimiter=\"\\t\")]\nprint(f\"Eggs this month: {sum(eggs)}\")\nprint(f\"Most in one day: {max(eggs)}\")\n"

    /// Whether `text` is a Python script (a shebang, if any, names Python) that reads April's egg
    /// log (not March's nor the flock list) split at tabs, takes the eggs column (not the feed),
    /// adds it up, finds its largest value and prints two values, writing, moving or removing
    /// nothing. Comments and a fenced reply do not count; plain strings (labels) are read apart.
    static func isEggScript(_ text: String?) -> Bool {
        guard let script = Judge.readOnlyPython(text, reading: "eggs-2032-04.tsv", not: "2032-03"), !script.code.contains("flock") else {
            return false
        }
        return Judge.has(script.bare, #"csv\.|read_csv|read_table|split\("#) && Judge.has(script.code, #"\\t|excel.tab|split\(\s*\)"#)
            && Judge.has(script.bare, #"eggs|\[\s*1\s*\]"#) && !Judge.has(script.bare, #"feed|\[\s*2\s*\]"#)
            && Judge.has(script.bare, #"sum\(|\+="#) && Judge.has(script.bare, #"max\(|sorted\(|\.sort\(|nlargest|idxmax|\s>=?\s*\w"#)
            && script.twoValues
    }
}
