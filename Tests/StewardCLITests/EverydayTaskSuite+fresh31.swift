import Foundation

/// A thirty-first fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first thirty: by someone who had not read the agent loop, its tools, its prompts, its tests or
/// any result. Fourteen intentions, numbered 3201 to 3214, one for each kind the issue names
/// (create, an aquarium's water test as a TOML file like the tank's last test, the other tank's test
/// the same day apart; edit in place, one quiz league fixture's venue in a Markdown table, the same
/// opponent's return match and last season's fixtures left; append a piano practice session as a
/// line at the end of this year's practice log, last year's log and the teacher's notes left; rename
/// a heating oil delivery note to a dated name like last autumn's, a coal delivery and a quote
/// numbered alike left; move a bookshelf's cut list from the inbox into its project's folder, a
/// bench's cut list and a look-alike bookcase folder left; several files, one jam's price in a CSV
/// price list, a Markdown labels sheet and a stall's JSON file, another jam at the same price, the
/// smaller jar of the same jam, last year's list and the takings left; copy a house's guest guide
/// into a house-sit's folder under another name, word for word, the short guide and an old one not;
/// delete a cancelled library hold, the audiobook of the same title, another hold and the loans
/// kept; summarise a water supply interruption letter in two sentences at most, with the day, the
/// hours and what to do beforehand, last year's letter apart; extract the teas rated 8 or more from a
/// YAML tasting journal with their origins and ratings, a tea at 7.9 and last year's journal apart;
/// list-and-save a folder's GPX routes, a partial download, a planned subfolder, the README and a
/// walk log outside apart; convert a book club's Markdown schedule to JSON, a title with commas and
/// last year's schedule apart; a skill that lists the houseplants due for watering from when each was
/// last watered and how often; a Python script that prints a swimming log's total lengths and the
/// most in one swim, last year's log, the minutes and the pools list apart), each worded three ways
/// as people word them (files named by path, by bare name or by what they are; details given in
/// passing; what to leave alone said casually), run as Steward chooses. Every fixture holds a
/// look-alike beside the right file. Judged by content as a person would (other list markers, entry,
/// row and key order, spacing, a title line, a table for a list, another date, time or amount
/// format, quoted values, units, a trailing comment, titles or paths for file names, JSON laid out
/// another way, a lost final newline, CRLF pass) and by "nothing else changed" (the wrong file, the
/// wrong folder, a copy where a move was asked fail). Frozen in a commit of its own before any run
/// with a model: never tune the loop on it, and run it as it is (`STEWARD_SUITE_PART=fresh31`).
extension EverydayTaskSuite {
    static let fresh31: [Intention] = [
        Intention(
            number: 3201,
            kind: "create: an aquarium's water test as a TOML file like the tank's last test, the other tank's test the same day apart",
            fixtures: Fresh31.aquarium,
            wordings: [
                (
                    .imperative,
                    "Create memory/aquarium/tests/community/2031-01-18.toml like 2031-01-11.toml: date 2031-01-18, tank community, ph 7.0, ammonia 0, nitrite 0.25, nitrate 40, temp_c 25.0"
                ),
                (
                    .request,
                    "I tested the community tank's water today, 18 January 2031: pH 7.0, ammonia 0, nitrite 0.25, nitrate 40 and 25.0 degrees. Could you save it as 2031-01-18.toml in memory/aquarium/tests/community, set out like the last test?"
                ),
                (
                    .context,
                    "Every water test goes in a TOML file under memory/aquarium/tests, one folder per tank, with the same keys each time (date, tank, ph, ammonia, nitrite, nitrate, temp_c). Please add memory/aquarium/tests/community/2031-01-18.toml for this morning's test of the community tank, 18 January 2031: pH 7.0, ammonia 0, nitrite 0.25, nitrate 40, temperature 25.0. I tested the shrimp tank too and it already has its own file for today, so don't mix them up."
                ),
            ], changed: [Fresh31.tankTest],
            check: { f in Fresh31.isTankTest(f(Fresh31.tankTest)) && Judge.untouched(f, Array(Fresh31.aquarium.keys), Fresh31.aquarium) },
            solution: ops(writes: [(Fresh31.tankTest, Fresh31.tankRecord)])),
        Intention(
            number: 3202,
            kind:
                "edit in place: one quiz league fixture's venue in a Markdown table, the same opponent's return match and last season's fixtures left",
            fixtures: Fresh31.quiz,
            wordings: [
                (.imperative, "In memory/quiz-team/fixtures.md, change the venue of the 2031-03-12 match to The Plough"),
                (
                    .request,
                    "The Red Lion has double-booked, so our quiz against Quizzly Bears on 12 March is at The Plough now. Could you change that in fixtures.md in memory/quiz-team? Just that one match."
                ),
                (
                    .context,
                    "Our pub quiz team keeps the spring league fixtures as a table in memory/quiz-team/fixtures.md. The Red Lion can't host on 12 March 2031, so the match against Quizzly Bears that night moves to The Plough; please update its venue. The return match against them on the 26th is still at The Red Lion, and last season's fixtures file is a record, so leave those."
                ),
            ], changed: [Fresh31.fixturesPath],
            check: { f in
                Fresh31.isFixtures(f(Fresh31.fixturesPath))
                    && Judge.untouched(f, Array(Fresh31.quiz.keys).filter { $0 != Fresh31.fixturesPath }, Fresh31.quiz)
            },
            solution: ops(writes: [(Fresh31.fixturesPath, Fresh31.fixturesText(venue12: "The Plough"))])),
        Intention(
            number: 3203,
            kind: "append: a piano practice session as a line at the end of this year's practice log, last year's log and the teacher's notes left",
            fixtures: Fresh31.piano,
            wordings: [
                (.imperative, "Add a line at the end of memory/piano/practice-2031.log: 2031-02-06 | 45 min | Clair de Lune, bars 17-26"),
                (
                    .request,
                    "I practised for 45 minutes today (6 February 2031), Clair de Lune bars 17 to 26. Could you add that to the bottom of practice-2031.log in memory/piano, in the same format as the other lines?"
                ),
                (
                    .context,
                    "I log every piano practice in memory/piano/practice-2031.log, one line each with the date, how long and what I played, separated by bars. Please append tonight's session: 6 February 2031, 45 minutes on Clair de Lune, bars 17-26, as my teacher asked. Her notes file and last year's log stay as they are."
                ),
            ], changed: [Fresh31.practiceLog],
            check: { f in
                Fresh31.isPractice(f(Fresh31.practiceLog))
                    && Judge.untouched(f, Array(Fresh31.piano.keys).filter { $0 != Fresh31.practiceLog }, Fresh31.piano)
            },
            solution: ops(writes: [(Fresh31.practiceLog, Fresh31.piano[Fresh31.practiceLog]! + Fresh31.practiceEntry)])),
        Intention(
            number: 3204,
            kind: "rename: a heating oil delivery note to a dated name like last autumn's, a coal delivery and a quote numbered alike left",
            fixtures: Fresh31.oil,
            wordings: [
                (.imperative, "Rename memory/house/heating-oil/delivery-note-88.txt to 2031-01-heating-oil.txt in the same folder"),
                (
                    .request,
                    "delivery-note-88.txt in memory/house/heating-oil is January's oil delivery. Could you rename it 2031-01-heating-oil.txt, like the one from last October?"
                ),
                (
                    .context,
                    "The oil company's delivery notes arrive as delivery-note-and-a-number, and I file them in memory/house/heating-oil by month. delivery-note-88.txt is the kerosene delivered in January 2031, so please rename memory/house/heating-oil/delivery-note-88.txt to 2031-01-heating-oil.txt in the same folder, next to 2030-10-heating-oil.txt, without changing its contents. Note 87 is the coal and 880 is a quote from another supplier; those stay as they are."
                ),
            ], changed: [Fresh31.deliveryNote, Fresh31.renamedNote],
            check: { f in
                Judge.moved(f, Fresh31.deliveryNote, to: Fresh31.renamedNote, Fresh31.oil)
                    && Judge.untouched(f, Array(Fresh31.oil.keys).filter { $0 != Fresh31.deliveryNote }, Fresh31.oil)
            },
            solution: ops(
                #"{"op":"move","from":"memory/house/heating-oil/delivery-note-88.txt","to":"memory/house/heating-oil/2031-01-heating-oil.txt"}"#)),
        Intention(
            number: 3205,
            kind:
                "move into a folder: a bookshelf's cut list from the inbox into its project's folder, a bench's cut list and a bookcase folder left",
            fixtures: Fresh31.woodwork,
            wordings: [
                (.imperative, "Move memory/woodwork/inbox/bookshelf-cut-list.txt into memory/woodwork/projects/bookshelf"),
                (
                    .request,
                    "I've started on the oak bookshelf. Could you move its cut list, bookshelf-cut-list.txt, out of memory/woodwork/inbox and into the bookshelf project folder, memory/woodwork/projects/bookshelf?"
                ),
                (
                    .context,
                    "Cut lists sit in memory/woodwork/inbox until I start a build, then go in the project's folder under memory/woodwork/projects. I've begun the landing bookshelf, so please move memory/woodwork/inbox/bookshelf-cut-list.txt into memory/woodwork/projects/bookshelf/, keeping its name. Not the old bookcase folder, that was a different build, and the bench's cut list stays in the inbox for now."
                ),
            ], changed: [Fresh31.cutList, Fresh31.filedCutList],
            check: { f in
                Judge.moved(f, Fresh31.cutList, to: Fresh31.filedCutList, Fresh31.woodwork)
                    && Judge.untouched(f, Array(Fresh31.woodwork.keys).filter { $0 != Fresh31.cutList }, Fresh31.woodwork)
            },
            solution: ops(
                #"{"op":"move","from":"memory/woodwork/inbox/bookshelf-cut-list.txt","to":"memory/woodwork/projects/bookshelf/bookshelf-cut-list.txt"}"#
            )),
        Intention(
            number: 3206,
            kind:
                "several files: one jam's price in a CSV price list, a Markdown labels sheet and a stall's JSON file, another jam at the same price, the same jam's smaller jar, last year's list and the takings left",
            fixtures: Fresh31.jam,
            wordings: [
                (
                    .imperative,
                    "Change the price of the 340 g strawberry jam from 3.50 to 4.00 in memory/jam-stall/price-list.csv, memory/jam-stall/labels.md and memory/jam-stall/stall.json"
                ),
                (
                    .request,
                    "Sugar's gone up, so the big jars of strawberry jam will be £4.00 instead of £3.50. Could you change that in price-list.csv, labels.md and stall.json in memory/jam-stall? Raspberry stays at £3.50."
                ),
                (
                    .context,
                    "From this Saturday the 340 g jars of strawberry jam on our stall cost £4.00 rather than £3.50. Please update that price in memory/jam-stall/price-list.csv, memory/jam-stall/labels.md and memory/jam-stall/stall.json. The raspberry is also £3.50 and keeps that price, the small 190 g strawberry jars don't change, and last year's price list and the takings are records."
                ),
            ], changed: Set(Fresh31.priceFiles),
            check: { f in
                Fresh31.priceFiles.allSatisfy { Fresh31.hasNewPrice(f($0), $0) }
                    && Judge.untouched(f, Array(Fresh31.jam.keys).filter { !Fresh31.priceFiles.contains($0) }, Fresh31.jam)
            },
            solution: ops(writes: Fresh31.newPrices())),
        Intention(
            number: 3207,
            kind: "copy: a house's guest guide into a house-sit's folder under another name, word for word, the short guide and an old one not",
            fixtures: Fresh31.house,
            wordings: [
                (.imperative, "Copy memory/house/guest-guide.md to memory/house-sitting/2031-02-okafor/welcome.md"),
                (
                    .request,
                    "The Okafors are house-sitting for us in February. Could you put a copy of guest-guide.md from memory/house into memory/house-sitting/2031-02-okafor, named welcome.md?"
                ),
                (
                    .context,
                    "Each house-sit gets a folder under memory/house-sitting, and the Okafors are looking after the place from 14 February 2031. Please copy our full guest guide, memory/house/guest-guide.md, into memory/house-sitting/2031-02-okafor/ as welcome.md, exactly as it is, and keep the original where it is. Not the short version and not the 2029 one, which still mentions the old cat."
                ),
            ], changed: [Fresh31.guideCopy],
            check: { f in
                guard let copy = f(Fresh31.guideCopy), !Judge.fenced(copy) else { return false }
                return Judge.lines(copy) == Judge.lines(Fresh31.house[Fresh31.guide])
                    && Judge.untouched(f, Array(Fresh31.house.keys), Fresh31.house)
            }, solution: ops(writes: [(Fresh31.guideCopy, Fresh31.house[Fresh31.guide]!)])),
        Intention(
            number: 3208,
            kind: "delete: a cancelled library hold, the audiobook hold of the same title, another hold by the same author and the loans kept",
            fixtures: Fresh31.library,
            wordings: [
                (.imperative, "Delete memory/library/holds/the-salt-path.yaml"),
                (
                    .request,
                    "A friend lent me The Salt Path, so I've cancelled the library hold on the paperback. Can you delete the-salt-path.yaml from memory/library/holds? I still want the audiobook."
                ),
                (
                    .context,
                    "I'm tidying my library holds: I cancelled the paperback of The Salt Path because a friend lent me hers, so please delete memory/library/holds/the-salt-path.yaml. The audiobook hold for the same book is still on, so is The Wild Silence, and the loans list stays as it is, so keep those files."
                ),
            ], changed: [Fresh31.hold],
            check: { f in
                f(Fresh31.hold) == nil && Judge.untouched(f, Array(Fresh31.library.keys).filter { $0 != Fresh31.hold }, Fresh31.library)
            }, solution: ops(#"{"op":"delete","path":"memory/library/holds/the-salt-path.yaml"}"#)),
        Intention(
            number: 3209,
            kind:
                "summarise: a water supply interruption letter in two sentences at most, with the day, the hours and what to do beforehand, last year's letter apart",
            fixtures: Fresh31.water,
            wordings: [
                (
                    .imperative,
                    "Summarise memory/home/letters/2031-01-27-water-supply.txt in two sentences at most in outputs/water-off.md: the day, the hours the water is off and what to do beforehand"
                ),
                (
                    .request,
                    "Could you read the water company's letter (2031-01-27-water-supply.txt in memory/home/letters) and put a two-sentence summary in outputs/water-off.md? I need to know which day, what hours, and what I should do before."
                ),
                (
                    .context,
                    "The water company has written about some works on our street and I'll never remember the details, so please summarise memory/home/letters/2031-01-27-water-supply.txt in no more than two sentences in outputs/water-off.md: the day the water goes off, between which hours, and what we should do to get ready. There's an older letter from last summer in the same folder about a different day; leave that one out."
                ),
            ], changed: [Fresh31.waterSummaryPath], check: { f in Fresh31.isWaterSummary(f(Fresh31.waterSummaryPath)) },
            solution: ops(writes: [(Fresh31.waterSummaryPath, Fresh31.waterSummary)])),
        Intention(
            number: 3210,
            kind:
                "extract: the teas rated 8 or more from a YAML tasting journal with their origins and ratings, a tea at 7.9 and last year's journal apart",
            fixtures: Fresh31.tea,
            wordings: [
                (
                    .imperative,
                    "From memory/tea/tasting-2031.yaml, list every tea rated 8 or higher, with its origin and rating, in outputs/best-teas.md"
                ),
                (
                    .request,
                    "Could you look through my tea tasting journal (tasting-2031.yaml in memory/tea) and write the teas I rated 8 or more to outputs/best-teas.md, each with where it's from and its rating?"
                ),
                (
                    .context,
                    "I want to reorder my favourite teas. Please go through memory/tea/tasting-2031.yaml and save to outputs/best-teas.md every tea with a rating of 8 or higher (an 8 counts, anything below doesn't), one per line with its origin and its rating. Last year's journal is in the same folder and isn't wanted."
                ),
            ], changed: [Fresh31.bestTeasPath], check: { f in Fresh31.isBestTeas(f(Fresh31.bestTeasPath)) },
            solution: ops(writes: [(Fresh31.bestTeasPath, Fresh31.bestTeas)])),
        Intention(
            number: 3211,
            kind:
                "list-and-save: a folder's GPX walking routes, a partial download, a planned subfolder, the README and a walk log outside the folder apart",
            fixtures: Fresh31.hiking,
            wordings: [
                (
                    .imperative,
                    "List the .gpx routes in memory/hiking/routes, not the .tmp file or the planned folder, and save the list to outputs/hiking-routes.md"
                ),
                (
                    .request,
                    "Could you make me a list of the walking routes I've saved? They're the GPX files in memory/hiking/routes. Put it in outputs/hiking-routes.md, and skip the half-downloaded .tmp file and anything in planned."
                ),
                (
                    .context,
                    "I export every walk I've done as a GPX file into memory/hiking/routes. Please write a list of those routes to outputs/hiking-routes.md, one per line. Leave out the .tmp file, which is a download that didn't finish, the planned subfolder with walks I haven't done yet, and the README; the walk log next door isn't a route either."
                ),
            ], changed: [Fresh31.routesListPath], check: { f in Fresh31.isRouteList(f(Fresh31.routesListPath)) },
            solution: ops(writes: [(Fresh31.routesListPath, Fresh31.routeList)])),
        Intention(
            number: 3212,
            kind: "convert: a book club's Markdown schedule table to a JSON list, a title with commas and last year's schedule apart",
            fixtures: Fresh31.bookClub,
            wordings: [
                (
                    .imperative,
                    "Convert the table in memory/book-club/schedule-2031.md to JSON in outputs/book-club-2031.json, one object per month with month, book, author and host"
                ),
                (
                    .request,
                    "Could you turn this year's book club schedule (schedule-2031.md in memory/book-club) into a JSON file, outputs/book-club-2031.json, with the month, book, author and host for each meeting?"
                ),
                (
                    .context,
                    "Our book club's website wants the schedule as JSON. Please convert the table in memory/book-club/schedule-2031.md into outputs/book-club-2031.json: a list with one object per meeting giving the month, the book, its author and who hosts. One title has commas in it, so keep it whole, and last year's schedule-2030.md isn't part of it."
                ),
            ], changed: [Fresh31.bookClubJsonPath], check: { f in Fresh31.isBookClubJson(f(Fresh31.bookClubJsonPath)) },
            solution: ops(writes: [(Fresh31.bookClubJsonPath, Fresh31.bookClubJson)])),
        Intention(
            number: 3213,
            kind: "skill: the houseplants due for watering worked out from when each was last watered and how often it needs it",
            fixtures: Fresh31.plants,
            wordings: [
                (
                    .imperative,
                    "Write a skill at skills/watering-due/SKILL.md, named watering-due with a description, that reads memory/houseplants/plants.csv, works out from each plant's last_watered date and every_days which plants are due today, and writes them to outputs/watering-due.md"
                ),
                (
                    .request,
                    "I keep forgetting to water the plants. Could you write me a skill called watering-due that looks at memory/houseplants/plants.csv, where each plant has the date it was last watered and how many days it goes between waterings, and writes the ones due today to outputs/watering-due.md?"
                ),
                (
                    .context,
                    "Whenever I water a houseplant I note the date in memory/houseplants/plants.csv, which also says how often each one needs water (every_days). Please create skills/watering-due/SKILL.md with name watering-due and a description in its front matter, like the shopping-list skill. Its body should tell the agent to work out, from the last watered date and the interval, which plants are due or overdue today and write them to outputs/watering-due.md. Leave the shopping-list skill alone."
                ),
            ], changed: [Fresh31.wateringSkillPath],
            check: { f in
                Fresh31.isWateringSkill(f(Fresh31.wateringSkillPath)) && Judge.untouched(f, Array(Fresh31.plants.keys), Fresh31.plants)
            },
            solution: ops(writes: [(Fresh31.wateringSkillPath, Fresh31.wateringSkill)])),
        Intention(
            number: 3214,
            kind:
                "script: a Python script that prints a swimming log's total lengths and the most lengths in one swim, last year's log, the minutes and the pools list apart",
            fixtures: Fresh31.swimming,
            wordings: [
                (
                    .imperative,
                    "Write memory/swimming/totals.py, a Python script that reads memory/swimming/lengths-2031.csv and prints the total number of lengths and the most lengths in one swim"
                ),
                (
                    .request,
                    "Could you write a little Python script, totals.py in memory/swimming, that goes through lengths-2031.csv in the same folder and prints how many lengths I've swum altogether and the most I've done in a single swim?"
                ),
                (
                    .context,
                    "I log every swim in memory/swimming/lengths-2031.csv with the date, the pool, the lengths and the minutes. Please write a Python script, memory/swimming/totals.py, that reads that file and prints the total lengths so far this year and the highest number of lengths in one swim (lengths, not minutes). Last year's lengths-2030.csv and the pools list don't come into it, and the script mustn't change any file."
                ),
            ], changed: [Fresh31.swimScriptPath], check: { f in Fresh31.isSwimScript(f(Fresh31.swimScriptPath)) },
            solution: ops(writes: [(Fresh31.swimScriptPath, Fresh31.swimScript)])),
    ]
}

extension EverydayTaskSuite {
    /// Correct results in other forms a careful person accepts (another key order or layout, a
    /// comment, quoted values, units, another date, time or amount format, a table for a list,
    /// titles or paths for file names, rows in another order, another way to write the same skill
    /// or script, a lost final newline, CRLF), at least one per intention but the delete (3208),
    /// which has no other form.
    static let fresh31Alternatives: [(Int, String)] = [
        (
            3201,
            ops(writes: [
                (
                    Fresh31.tankTest,
                    "# Water test, community tank\ntank = \"community\"\ndate = 2031-01-18\ntemp_c = 25\nph = 7   # a little low\nnitrate = 40\nnitrite = 0.25\nammonia = 0.0\n"
                )
            ])
        ),
        (
            3201,
            ops(writes: [
                (
                    Fresh31.tankTest,
                    "date = \"18/01/2031\"\r\ntank = \"community\"\r\nph = \"7.0\"\r\nammonia = \"0\"\r\nnitrite = \"0.25\"\r\nnitrate = \"40\"\r\ntemp_c = \"25.0\"\r\n"
                )
            ])
        ),
        (
            3201,
            ops(writes: [
                (
                    Fresh31.tankTest,
                    "[test]\ndate = 2031-01-18\ntank = 'community'\nph = 7.0\nammonia = \"0 ppm\"\nnitrite = \"0.25 ppm\"\nnitrate = \"40 ppm\"\ntemp_c = \"25 °C\""
                )
            ])
        ),
        (
            3202,
            ops(writes: [
                (
                    Fresh31.fixturesPath,
                    "# Spring league 2031\n| Date       | Opponent         | Venue        |\n|:-----------|:-----------------|:-------------|\n| 2031-03-05 | The Brainy Bunch | The Red Lion |\n| 2031-03-12 | Quizzly Bears    | The Plough   |\n| 2031-03-19 | Les Quizerables  | The Plough   |\n| 2031-03-26 | Quizzly Bears    | The Red Lion |\n"
                )
            ])
        ),
        (3202, ops(writes: [(Fresh31.fixturesPath, Fresh31.fixturesText(venue12: "The Plough").replacingOccurrences(of: "\n", with: "\r\n"))])),
        (
            3202,
            ops(writes: [
                (
                    Fresh31.fixturesPath,
                    Fresh31.fixturesText(venue12: "**The Plough** (moved from The Red Lion)").trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            3203,
            ops(writes: [
                (Fresh31.practiceLog, (Fresh31.piano[Fresh31.practiceLog]! + Fresh31.practiceEntry).replacingOccurrences(of: "\n", with: "\r\n"))
            ])
        ),
        (
            3203,
            ops(writes: [(Fresh31.practiceLog, Fresh31.piano[Fresh31.practiceLog]! + "06/02/2031 | 45 minutes | Clair de Lune, bars 17–26")])
        ),
        (
            3203,
            ops(writes: [(Fresh31.practiceLog, Fresh31.piano[Fresh31.practiceLog]! + "\n2031-02-06 | 45 min | Clair de Lune (bars 17 to 26)\n")])
        ),
        (
            3204,
            ops(
                writes: [(Fresh31.renamedNote, Fresh31.oil[Fresh31.deliveryNote]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/house/heating-oil/delivery-note-88.txt"}"#)
        ),
        (
            3204,
            ops(
                writes: [(Fresh31.renamedNote, Fresh31.oil[Fresh31.deliveryNote]!.replacingOccurrences(of: "\n", with: "\r\n"))],
                #"{"op":"delete","path":"memory/house/heating-oil/delivery-note-88.txt"}"#)
        ),
        (
            3204,
            ops(
                writes: [(Fresh31.renamedNote, Fresh31.oil[Fresh31.deliveryNote]!.replacingOccurrences(of: "\n", with: "\n\n"))],
                #"{"op":"delete","path":"memory/house/heating-oil/delivery-note-88.txt"}"#)
        ),
        (
            3205,
            ops(
                writes: [(Fresh31.filedCutList, Fresh31.woodwork[Fresh31.cutList]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/woodwork/inbox/bookshelf-cut-list.txt"}"#)
        ),
        (
            3205,
            ops(
                writes: [(Fresh31.filedCutList, Fresh31.woodwork[Fresh31.cutList]!.replacingOccurrences(of: "\n", with: "\r\n"))],
                #"{"op":"delete","path":"memory/woodwork/inbox/bookshelf-cut-list.txt"}"#)
        ),
        (
            3205,
            ops(
                writes: [(Fresh31.filedCutList, Fresh31.woodwork[Fresh31.cutList]!.replacingOccurrences(of: "\n", with: "\n\n"))],
                #"{"op":"delete","path":"memory/woodwork/inbox/bookshelf-cut-list.txt"}"#)
        ),
        (3206, ops(writes: Fresh31.newPrices("4"))),
        (3206, ops(writes: Fresh31.newPrices().map { ($0.0, $0.1.replacingOccurrences(of: "\n", with: "\r\n")) })),
        (
            3206,
            ops(
                writes: Fresh31.newPrices().map {
                    $0.0 == Fresh31.stall
                        ? (
                            $0.0,
                            "{\n    \"jams\": [\n        {\n            \"flavour\": \"raspberry\",\n            \"jar\": \"340 g\",\n            \"price\": 3.5\n        },\n        {\n            \"flavour\": \"strawberry\",\n            \"jar\": \"340 g\",\n            \"price\": \"£4.00\"\n        },\n        {\n            \"flavour\": \"blackcurrant\",\n            \"jar\": \"340 g\",\n            \"price\": 3.75\n        },\n        {\n            \"flavour\": \"strawberry\",\n            \"jar\": \"190 g\",\n            \"price\": 2.25\n        }\n    ],\n    \"stall\": \"Hill Farm Preserves\"\n}"
                        ) : $0
                })
        ),
        (3207, ops(writes: [(Fresh31.guideCopy, Fresh31.house[Fresh31.guide]!.trimmingCharacters(in: .newlines))])),
        (3207, ops(writes: [(Fresh31.guideCopy, Fresh31.house[Fresh31.guide]!.replacingOccurrences(of: "\n", with: "\r\n"))])),
        (3207, ops(writes: [(Fresh31.guideCopy, Fresh31.house[Fresh31.guide]!.replacingOccurrences(of: "\n", with: "\n\n"))])),
        (
            3209,
            ops(writes: [
                (
                    Fresh31.waterSummaryPath,
                    "# Water off\n- Thu 06/02: no water 09:00–16:00 (new main in Orchard Way).\n- Fill bottles and the kettle beforehand; £30 back if it's off over 12 hours.\n"
                )
            ])
        ),
        (
            3209,
            ops(writes: [
                (
                    Fresh31.waterSummaryPath,
                    "Water supply off on February 6th from 9 until 4 (fill bottles the night before). Call 0345 600 1234 by 3 Feb if you need water for medical reasons.\r\n"
                )
            ])
        ),
        (
            3209,
            ops(writes: [
                (
                    Fresh31.waterSummaryPath,
                    "Thursday 6 Feb: the water is shut off 9am-4pm for the new main, so store drinking water in bottles the day before and expect it cloudy afterwards."
                )
            ])
        ),
        (
            3210,
            ops(writes: [
                (
                    Fresh31.bestTeasPath,
                    "| Tea | Origin | Rating |\n|---|---|---:|\n| Darjeeling first flush | India | 8.5 |\n| Gyokuro | Japan | 9 |\n| Tieguanyin | China | 8 |\n"
                )
            ])
        ),
        (
            3210,
            ops(writes: [
                (
                    Fresh31.bestTeasPath,
                    "Teas rated 8 or more:\r\n1. Tieguanyin (China) 8/10\r\n2. Gyokuro (Japan) 9/10\r\n3. Darjeeling first flush (India) 8.5/10\r\n"
                )
            ])
        ),
        (
            3210,
            ops(writes: [
                (
                    Fresh31.bestTeasPath,
                    "# Best teas\n* **Gyokuro** – Japan – 9.0\n* **Darjeeling first flush** – India – 8.5\n* **Tieguanyin** – China – 8.0"
                )
            ])
        ),
        (
            3211,
            ops(writes: [
                (
                    Fresh31.routesListPath,
                    "| Route |\n|---|\n| memory/hiking/routes/kinder-scout.gpx |\n| memory/hiking/routes/mam-tor-ridge.gpx |\n| memory/hiking/routes/stanage-edge.gpx |\n"
                )
            ])
        ),
        (
            3211,
            ops(writes: [
                (Fresh31.routesListPath, "# Walking routes\n- Stanage Edge circular\n- Mam Tor and the Great Ridge\n- Kinder Scout from Edale\n")
            ])
        ),
        (3211, ops(writes: [(Fresh31.routesListPath, "- [x] `mam-tor-ridge.gpx`\r\n- [x] `kinder-scout.gpx`\r\n- [x] `stanage-edge.gpx`")])),
        (
            3212,
            ops(writes: [
                (
                    Fresh31.bookClubJsonPath,
                    "[\n    {\n        \"Month\": \"January\",\n        \"Title\": \"The Remains of the Day\",\n        \"Author\": \"Kazuo Ishiguro\",\n        \"Hosted by\": \"Nadia\"\n    },\n    {\n        \"Month\": \"February\",\n        \"Title\": \"Small Things Like These\",\n        \"Author\": \"Claire Keegan\",\n        \"Hosted by\": \"Tom\"\n    },\n    {\n        \"Month\": \"March\",\n        \"Title\": \"Eat, Pray, Love\",\n        \"Author\": \"Elizabeth Gilbert\",\n        \"Hosted by\": \"Priti\"\n    },\n    {\n        \"Month\": \"April\",\n        \"Title\": \"The Hitchhiker’s Guide to the Galaxy\",\n        \"Author\": \"Douglas Adams\",\n        \"Hosted by\": \"Tom\"\n    }\n]"
                )
            ])
        ),
        (
            3212,
            ops(writes: [
                (
                    Fresh31.bookClubJsonPath,
                    "{\"meetings\": [\n{\"host\": \"Nadia\", \"author\": \"Kazuo Ishiguro\", \"book\": \"The Remains of the Day\", \"month\": \"January 2031\"},\n{\"host\": \"Tom\", \"author\": \"Claire Keegan\", \"book\": \"Small Things Like These\", \"month\": \"February 2031\"},\n{\"host\": \"Priti\", \"author\": \"Elizabeth Gilbert\", \"book\": \"Eat, Pray, Love\", \"month\": \"March 2031\"},\n{\"host\": \"Tom\", \"author\": \"Douglas Adams\", \"book\": \"The Hitchhiker's Guide to the Galaxy\", \"month\": \"April 2031\"}\n]}\r\n"
                )
            ])
        ),
        (
            3212,
            ops(writes: [
                (
                    Fresh31.bookClubJsonPath,
                    "[{\"month\":\"2031-04\",\"book\":\"The Hitchhiker's Guide to the Galaxy\",\"author\":\"Douglas Adams\",\"host\":\"Tom\"},{\"month\":\"2031-03\",\"book\":\"Eat, Pray, Love\",\"author\":\"Elizabeth Gilbert\",\"host\":\"Priti\"},{\"month\":\"2031-02\",\"book\":\"Small Things Like These\",\"author\":\"Claire Keegan\",\"host\":\"Tom\"},{\"month\":\"2031-01\",\"book\":\"The Remains of the Day\",\"author\":\"Kazuo Ishiguro\",\"host\":\"Nadia\"}]"
                )
            ])
        ),
        (
            3213,
            ops(writes: [
                (
                    Fresh31.wateringSkillPath,
                    "---\nname: \"watering-due\"\ndescription: >\n  Which houseplants need water today.\n---\n\n# Watering due\n\n1. Open `memory/houseplants/plants.csv`.\n2. For every plant, work out the next watering date: last_watered plus every_days.\n3. If that date is on or before today, the plant needs watering.\n4. Write those plants to `outputs/watering-due.md`.\n"
                )
            ])
        ),
        (
            3213,
            ops(writes: [
                (
                    Fresh31.wateringSkillPath,
                    "---\nname: watering-due\ndescription: 'Houseplants: which ones to water.'\n---\nGo through memory/houseplants/plants.csv. A plant is due when the days since it was last watered reach its interval (every_days). Compare against today's date and list the due plants in outputs/watering-due.md."
                )
            ])
        ),
        (
            3213,
            ops(writes: [
                (
                    Fresh31.wateringSkillPath,
                    "---\nname: watering-due\ndescription: |\n  Plants to water now.\n---\n- Input: memory/houseplants/plants.csv\n- For each plant: days since the last watering compared with how often it needs water\n- Keep the ones due now or overdue\n- Output: outputs/watering-due.md\n"
                )
            ])
        ),
        (
            3214,
            ops(writes: [
                (
                    Fresh31.swimScriptPath,
                    "import pandas as pd\n\ndf = pd.read_csv(\"memory/swimming/lengths-2031.csv\")\nprint(\"total lengths:\", df[\"lengths\"].sum())\nprint(\"most in one swim:\", df[\"lengths\"].max())\n"
                )
            ])
        ),
        (
            3214,
            ops(writes: [
                (
                    Fresh31.swimScriptPath,
                    "#!/usr/bin/env python3\nimport csv\n\ntotal = 0\nbest = 0\nwith open(\"memory/swimming/lengths-2031.csv\") as f:\n    reader = csv.reader(f)\n    next(reader)\n    for row in reader:\n        n = int(row[2])\n        total += n\n        if n > best:\n            best = n\nprint(\"Total lengths:\", total)\nprint(\"Most in one swim:\", best)\n"
                )
            ])
        ),
        (
            3214,
            ops(writes: [
                (
                    Fresh31.swimScriptPath,
                    "import sys\n\npath = sys.argv[1] if len(sys.argv) > 1 else \"memory/swimming/lengths-2031.csv\"\nwith open(path) as f:\n    rows = [line.strip().split(\",\") for line in f if line.strip()][1:]\nlengths = sorted(int(r[2]) for r in rows)\nprint(f\"{sum(lengths)} lengths in all, {lengths[-1]} at most in one swim\")\n"
                )
            ])
        ),
    ]

    /// Wrong or partial results that the thirty-first fresh part's checks must refuse, at least six per intention.
    static let fresh31NearMisses: [(Int, String)] = [
        (3201, ops(writes: [("memory/aquarium/tests/shrimp/2031-01-18.toml", Fresh31.tankRecord)])),
        (3201, ops(writes: [(Fresh31.tankTest, Fresh31.tankRecord.replacingOccurrences(of: "nitrite = 0.25", with: "nitrite = 0.52"))])),
        (3201, ops(writes: [(Fresh31.tankTest, Fresh31.tankRecord.replacingOccurrences(of: "\"community\"", with: "\"shrimp\""))])),
        (3201, ops(writes: [(Fresh31.tankTest, Fresh31.tankRecord.replacingOccurrences(of: "2031-01-18", with: "2031-01-11"))])),
        (3201, ops(writes: [(Fresh31.tankTest, Fresh31.tankRecord.replacingOccurrences(of: "nitrate = 40\n", with: ""))])),
        (3201, ops(writes: [(Fresh31.tankTest, "```toml\n" + Fresh31.tankRecord + "```\n")])),
        (3201, ops(writes: [(Fresh31.tankTest, Fresh31.tankRecord + "notes = \"shrimp tank tested too\"\n")])),
        (
            3201,
            ops(writes: [
                (
                    Fresh31.tankTest,
                    "{\"date\": \"2031-01-18\", \"tank\": \"community\", \"ph\": 7.0, \"ammonia\": 0, \"nitrite\": 0.25, \"nitrate\": 40, \"temp_c\": 25.0}\n"
                )
            ])
        ),
        (
            3201,
            ops(writes: [
                (Fresh31.tankTest, Fresh31.tankRecord),
                ("memory/aquarium/tanks.md", Fresh31.aquarium["memory/aquarium/tanks.md"]! + "- last tested 18 January 2031\n"),
            ])
        ),
        (3201, ops(writes: [("memory/aquarium/tests/community/2031-01-11.toml", Fresh31.tankRecord)])),
        (3201, ops(writes: [(Fresh31.tankTest, Fresh31.tankRecord.replacingOccurrences(of: "temp_c", with: "temperature"))])),
        (3201, ops(writes: [(Fresh31.tankTest, Fresh31.tankRecord.replacingOccurrences(of: " = ", with: ": "))])),
        (3201, ops(writes: [(Fresh31.tankTest, Fresh31.tankRecord.replacingOccurrences(of: "temp_c = 25.0", with: "temp_c = 52.0"))])),
        (
            3202,
            ops(writes: [
                (
                    Fresh31.fixturesPath,
                    Fresh31.fixturesText(venue12: "The Red Lion").replacingOccurrences(
                        of: "| 2031-03-26 | Quizzly Bears | The Red Lion |", with: "| 2031-03-26 | Quizzly Bears | The Plough |")
                )
            ])
        ),
        (
            3202,
            ops(writes: [
                (Fresh31.fixturesPath, Fresh31.fixturesText(venue12: "The Red Lion").replacingOccurrences(of: "The Red Lion", with: "The Plough"))
            ])
        ),
        (
            3202,
            ops(writes: [
                (
                    Fresh31.fixturesPath,
                    Fresh31.fixturesText(venue12: "The Plough").replacingOccurrences(
                        of: "| 2031-03-26 | Quizzly Bears | The Red Lion |", with: "| 2031-03-26 | Quizzly Bears | The Plough |")
                )
            ])
        ),
        (
            3202,
            ops(writes: [
                (
                    "memory/quiz-team/fixtures-autumn-2030.md",
                    Fresh31.quiz["memory/quiz-team/fixtures-autumn-2030.md"]!.replacingOccurrences(
                        of: "Quizzly Bears | The Red Lion", with: "Quizzly Bears | The Plough")
                )
            ])
        ),
        (3202, ops(writes: [(Fresh31.fixturesPath, "```markdown\n" + Fresh31.fixturesText(venue12: "The Plough") + "```\n")])),
        (
            3202,
            ops(writes: [
                (
                    Fresh31.fixturesPath,
                    Fresh31.fixturesText(venue12: "The Red Lion").replacingOccurrences(
                        of: "| 2031-03-12 | Quizzly Bears | The Red Lion |\n", with: "")
                        + "| 2031-03-12 | Quizzly Bears | The Plough |\n"
                )
            ])
        ),
        (3202, ops(writes: [(Fresh31.fixturesPath, Fresh31.fixturesText(venue12: "The Ploughman"))])),
        (
            3202,
            ops(writes: [
                (
                    Fresh31.fixturesPath,
                    Fresh31.fixturesText(venue12: "The Red Lion").replacingOccurrences(
                        of: "| 2031-03-12 | Quizzly Bears |", with: "| 2031-03-12 | The Plough |")
                )
            ])
        ),
        (
            3202,
            ops(writes: [
                (
                    Fresh31.fixturesPath,
                    Fresh31.fixturesText(venue12: "The Plough").replacingOccurrences(of: "| 2031-03-12 |", with: "| 2031-03-13 |")
                )
            ])
        ),
        (
            3202,
            ops(writes: [
                (Fresh31.fixturesPath, Fresh31.fixturesText(venue12: "The Plough")),
                ("memory/quiz-team/team.md", Fresh31.quiz["memory/quiz-team/team.md"]! + "12 March: at The Plough\n"),
            ])
        ),
        (
            3202,
            ops(writes: [
                (Fresh31.fixturesPath, Fresh31.fixturesText(venue12: "The Red Lion") + "\nNote: the 12 March match is now at The Plough.\n")
            ])
        ),
        (3202, ops(writes: [(Fresh31.fixturesPath, Fresh31.fixturesText(venue12: "The Red Lion"))])),
        (
            3203,
            ops(writes: [("memory/piano/practice-2030.log", Fresh31.piano["memory/piano/practice-2030.log"]! + Fresh31.practiceEntry)])
        ),
        (3203, ops(writes: [(Fresh31.practiceLog, Fresh31.practiceEntry + Fresh31.piano[Fresh31.practiceLog]!)])),
        (3203, ops(writes: [(Fresh31.practiceLog, Fresh31.piano[Fresh31.practiceLog]! + "2031-02-06 | 54 min | Clair de Lune, bars 17-26\n")])),
        (3203, ops(writes: [(Fresh31.practiceLog, Fresh31.piano[Fresh31.practiceLog]! + "2031-02-06 | 45 min | Clair de Lune, bars 16-26\n")])),
        (3203, ops(writes: [(Fresh31.practiceLog, Fresh31.piano[Fresh31.practiceLog]! + "2031-02-05 | 45 min | Clair de Lune, bars 17-26\n")])),
        (3203, ops(writes: [(Fresh31.practiceLog, "```\n" + Fresh31.piano[Fresh31.practiceLog]! + Fresh31.practiceEntry + "```\n")])),
        (3203, ops(writes: [(Fresh31.practiceLog, Fresh31.practiceEntry)])),
        (3203, ops(writes: [(Fresh31.practiceLog, Fresh31.piano[Fresh31.practiceLog]! + Fresh31.practiceEntry + Fresh31.practiceEntry)])),
        (
            3203,
            ops(writes: [
                (Fresh31.practiceLog, Fresh31.piano[Fresh31.practiceLog]! + Fresh31.practiceEntry),
                (
                    "memory/piano/teacher-notes.md",
                    Fresh31.piano["memory/piano/teacher-notes.md"]!.replacingOccurrences(of: "slowly", with: "done 6 February")
                ),
            ])
        ),
        (3203, ops(writes: [(Fresh31.practiceLog, Fresh31.piano[Fresh31.practiceLog]! + "2031-02-06 | Clair de Lune, bars 17-26\n")])),
        (3203, ops(writes: [(Fresh31.practiceLog, Fresh31.piano[Fresh31.practiceLog]! + "2031-02-06 | 45 min | Für Elise, bars 17-26\n")])),
        (3203, ops(writes: [(Fresh31.practiceLog, Fresh31.piano[Fresh31.practiceLog]! + "2031-02-06, 45 min, Clair de Lune bars 17-26\n")])),
        (
            3203,
            ops(writes: [
                (
                    Fresh31.practiceLog,
                    Fresh31.piano[Fresh31.practiceLog]!.replacingOccurrences(of: "2031-02-02 | 25 min | Clair de Lune, bars 1-8\n", with: "")
                        + Fresh31.practiceEntry
                )
            ])
        ),
        (
            3204,
            ops(#"{"op":"move","from":"memory/house/heating-oil/delivery-note-87.txt","to":"memory/house/heating-oil/2031-01-heating-oil.txt"}"#)
        ),
        (
            3204,
            ops(#"{"op":"move","from":"memory/house/heating-oil/delivery-note-880.txt","to":"memory/house/heating-oil/2031-01-heating-oil.txt"}"#)
        ),
        (3204, ops(writes: [(Fresh31.renamedNote, Fresh31.oil[Fresh31.deliveryNote]!)])),
        (3204, ops(#"{"op":"move","from":"memory/house/heating-oil/delivery-note-88.txt","to":"memory/house/2031-01-heating-oil.txt"}"#)),
        (
            3204,
            ops(#"{"op":"move","from":"memory/house/heating-oil/delivery-note-88.txt","to":"memory/house/heating-oil/2031-1-heating-oil.txt"}"#)
        ),
        (
            3204,
            ops(#"{"op":"move","from":"memory/house/heating-oil/delivery-note-88.txt","to":"memory/house/heating-oil/2031-01-heating-oil.md"}"#)
        ),
        (
            3204,
            ops(
                writes: [(Fresh31.renamedNote, Fresh31.oil[Fresh31.deliveryNote]!.replacingOccurrences(of: "615.60", with: "651.60"))],
                #"{"op":"delete","path":"memory/house/heating-oil/delivery-note-88.txt"}"#)
        ),
        (3204, ops(#"{"op":"delete","path":"memory/house/heating-oil/delivery-note-88.txt"}"#)),
        (
            3204,
            ops(
                #"{"op":"move","from":"memory/house/heating-oil/delivery-note-88.txt","to":"memory/house/heating-oil/2031-01-heating-oil.txt"}"#,
                #"{"op":"move","from":"memory/house/heating-oil/delivery-note-87.txt","to":"memory/house/heating-oil/2030-12-coal.txt"}"#)
        ),
        (
            3204,
            ops(
                writes: [(Fresh31.renamedNote, Fresh31.oil[Fresh31.deliveryNote]!.replacingOccurrences(of: "Fenland Fuels\n", with: ""))],
                #"{"op":"delete","path":"memory/house/heating-oil/delivery-note-88.txt"}"#)
        ),
        (
            3204,
            ops(
                #"{"op":"move","from":"memory/house/heating-oil/delivery-note-88.txt","to":"memory/house/heating-oil/2030-10-heating-oil.txt","overwrite":true}"#
            )
        ),
        (
            3204,
            ops(
                #"{"op":"move","from":"memory/house/heating-oil/delivery-note-88.txt","to":"memory/house/heating-oil/2031-01-14-heating-oil.txt"}"#
            )
        ),
        (
            3205,
            ops(#"{"op":"move","from":"memory/woodwork/inbox/bench-cut-list.txt","to":"memory/woodwork/projects/bookshelf/bench-cut-list.txt"}"#)
        ),
        (
            3205,
            ops(
                #"{"op":"move","from":"memory/woodwork/inbox/bookshelf-cut-list.txt","to":"memory/woodwork/projects/bookcase/bookshelf-cut-list.txt"}"#
            )
        ),
        (3205, ops(#"{"op":"move","from":"memory/woodwork/inbox/bookshelf-cut-list.txt","to":"memory/woodwork/projects/bookshelf-cut-list.txt"}"#)),
        (3205, ops(writes: [(Fresh31.filedCutList, Fresh31.woodwork[Fresh31.cutList]!)])),
        (
            3205,
            ops(
                #"{"op":"move","from":"memory/woodwork/inbox/bookshelf-cut-list.txt","to":"memory/woodwork/projects/bookshelf/bookshelf-cut-list.txt"}"#,
                #"{"op":"move","from":"memory/woodwork/inbox/bench-cut-list.txt","to":"memory/woodwork/projects/bookshelf/bench-cut-list.txt"}"#)
        ),
        (3205, ops(#"{"op":"move","from":"memory/woodwork/inbox/bookshelf-cut-list.txt","to":"memory/woodwork/projects/bookshelf/cut-list.txt"}"#)),
        (
            3205,
            ops(
                writes: [(Fresh31.filedCutList, Fresh31.woodwork[Fresh31.cutList]!.replacingOccurrences(of: "764 x 230", with: "746 x 230"))],
                #"{"op":"delete","path":"memory/woodwork/inbox/bookshelf-cut-list.txt"}"#)
        ),
        (3205, ops(#"{"op":"delete","path":"memory/woodwork/inbox/bookshelf-cut-list.txt"}"#)),
        (
            3205,
            ops(
                #"{"op":"move","from":"memory/woodwork/inbox/bookshelf-cut-list.txt","to":"memory/woodwork/projects/bookshelf/inbox/bookshelf-cut-list.txt"}"#
            )
        ),
        (
            3205,
            ops(
                writes: [("memory/woodwork/projects/bookshelf/sketch.md", "# Bookshelf\nFour shelves, oak, for the landing\nCut list filed\n")],
                #"{"op":"move","from":"memory/woodwork/inbox/bookshelf-cut-list.txt","to":"memory/woodwork/projects/bookshelf/bookshelf-cut-list.txt"}"#
            )
        ),
        (3205, ops(#"{"op":"move","from":"memory/woodwork/inbox/bookshelf-cut-list.txt","to":"memory/woodwork/bookshelf/bookshelf-cut-list.txt"}"#)),
        (
            3206,
            ops(
                writes: Fresh31.priceFiles.map {
                    ($0, Fresh31.jam[$0]!.replacingOccurrences(of: "3.50", with: "4.00"))
                })
        ),
        (
            3206,
            ops(
                writes: Fresh31.newPrices().map { file in
                    (
                        file.0,
                        file.1.replacingOccurrences(of: "strawberry,190 g,2.25", with: "strawberry,190 g,4.00").replacingOccurrences(
                            of: "Strawberry jam, 190 g: £2.25", with: "Strawberry jam, 190 g: £4.00"
                        ).replacingOccurrences(
                            of: "\"strawberry\", \"jar\": \"190 g\", \"price\": 2.25", with: "\"strawberry\", \"jar\": \"190 g\", \"price\": 4.00")
                    )
                })
        ),
        (3206, ops(writes: Array(Fresh31.newPrices().prefix(2)))),
        (
            3206,
            ops(
                writes: Fresh31.newPrices() + [
                    (
                        "memory/jam-stall/price-list-2030.csv",
                        Fresh31.jam["memory/jam-stall/price-list-2030.csv"]!.replacingOccurrences(
                            of: "strawberry,340 g,3.25", with: "strawberry,340 g,4.00")
                    )
                ])
        ),
        (3206, ops(writes: Fresh31.newPrices("4.50"))),
        (
            3206,
            ops(
                writes: Fresh31.newPrices() + [
                    ("memory/jam-stall/takings.md", "# Takings, last Saturday\n- 12 strawberry (340 g) at £4.00: £48.00\n")
                ])
        ),
        (
            3206,
            ops(
                writes: Fresh31.newPrices().map {
                    $0.0 == Fresh31.stall ? ($0.0, $0.1.replacingOccurrences(of: "\"price\": 4.00", with: "\"cost\": 4.00")) : $0
                })
        ),
        (3206, ops(writes: Fresh31.newPrices().map { $0.0 == Fresh31.stall ? ($0.0, "```json\n" + $0.1 + "```\n") : $0 })),
        (
            3206,
            ops(
                writes: Fresh31.newPrices().map {
                    $0.0 == Fresh31.labels ? ($0.0, Fresh31.jam[Fresh31.labels]! + "- Strawberry jam, 340 g: now £4.00\n") : $0
                })
        ),
        (3206, ops(writes: Fresh31.newPrices("400"))),
        (
            3206,
            ops(
                writes: Fresh31.newPrices().map {
                    $0.0 == Fresh31.stall
                        ? (
                            $0.0,
                            $0.1.replacingOccurrences(
                                of: "  \"jams\": [\n",
                                with: "  \"jams\": [\n    {\"flavour\": \"strawberry\", \"jar\": \"340 g\", \"price\": 3.50},\n")
                        )
                        : $0
                })
        ),
        (
            3206,
            ops(
                writes: Fresh31.newPrices().map {
                    $0.0 == Fresh31.stall ? ($0.0, $0.1.replacingOccurrences(of: "Hill Farm Preserves", with: "Hill Farm Jams")) : $0
                })
        ),
        (3207, ops(writes: [(Fresh31.guideCopy, Fresh31.house["memory/house/guest-guide-short.md"]!)])),
        (3207, ops(writes: [(Fresh31.guideCopy, Fresh31.house["memory/house/guest-guide-2029.md"]!)])),
        (3207, ops(#"{"op":"move","from":"memory/house/guest-guide.md","to":"memory/house-sitting/2031-02-okafor/welcome.md"}"#)),
        (3207, ops(writes: [("memory/house-sitting/2031-02-okafor/guest-guide.md", Fresh31.house[Fresh31.guide]!)])),
        (3207, ops(writes: [("memory/house-sitting/welcome.md", Fresh31.house[Fresh31.guide]!)])),
        (
            3207,
            ops(writes: [
                (Fresh31.guideCopy, Fresh31.house[Fresh31.guide]!),
                ("memory/house-sitting/2031-02-okafor/dates.md", "# The Okafors' house-sit\n14 to 21 February 2031\nWelcome guide copied\n"),
            ])
        ),
        (3207, ops(writes: [(Fresh31.guideCopy, Fresh31.house[Fresh31.guide]!.replacingOccurrences(of: "on Tuesday", with: "on Thursday"))])),
        (3207, ops(writes: [(Fresh31.guideCopy, "```markdown\n" + Fresh31.house[Fresh31.guide]! + "```\n")])),
        (
            3207,
            ops(writes: [
                (Fresh31.guideCopy, Fresh31.house[Fresh31.guide]!.replacingOccurrences(of: "\n## Spare key\nWith Jan at number 12\n", with: ""))
            ])
        ),
        (3207, ops(writes: [("memory/house/welcome.md", Fresh31.house[Fresh31.guide]!)])),
        (3207, ops(writes: [(Fresh31.guideCopy, "See memory/house/guest-guide.md\n")])),
        (3208, ops(#"{"op":"delete","path":"memory/library/holds/the-salt-path-audiobook.yaml"}"#)),
        (3208, ops(#"{"op":"delete","path":"memory/library/holds/the-wild-silence.yaml"}"#)),
        (
            3208,
            ops(
                #"{"op":"delete","path":"memory/library/holds/the-salt-path.yaml"}"#,
                #"{"op":"delete","path":"memory/library/holds/the-salt-path-audiobook.yaml"}"#)
        ),
        (3208, ops(writes: [(Fresh31.hold, "")])),
        (3208, ops(#"{"op":"move","from":"memory/library/holds/the-salt-path.yaml","to":"memory/library/holds/cancelled/the-salt-path.yaml"}"#)),
        (
            3208,
            ops(
                writes: [("memory/library/loans.md", "# On loan\n- Landmarks, due 3 February 2031\n- The Salt Path, from a friend\n")],
                #"{"op":"delete","path":"memory/library/holds/the-salt-path.yaml"}"#)
        ),
        (3208, ops(#"{"op":"move","from":"memory/library/holds/the-salt-path.yaml","to":"memory/library/holds/the-salt-path.yaml.bak"}"#)),
        (3208, ops(writes: [(Fresh31.hold, Fresh31.library[Fresh31.hold]! + "status: cancelled\n")])),
        (
            3209,
            ops(writes: [
                (
                    Fresh31.waterSummaryPath,
                    "The water will be off on Wednesday 18 June 2030 between 10 am and 2 pm while a new meter is fitted. Fill some bottles the night before.\n"
                )
            ])
        ),
        (3209, ops(writes: [(Fresh31.waterSummaryPath, Fresh31.waterSummary.replacingOccurrences(of: "6 February", with: "7 February"))])),
        (
            3209,
            ops(writes: [
                (
                    Fresh31.waterSummaryPath,
                    "Anglia Water will turn the water off on Thursday 6 February 2031 while they replace the main. Fill some bottles and the kettle the night before.\n"
                )
            ])
        ),
        (
            3209,
            ops(writes: [
                (
                    Fresh31.waterSummaryPath,
                    "Anglia Water will turn the water off on Thursday 6 February 2031 between 9 am and 4 pm while they replace the main.\n"
                )
            ])
        ),
        (3209, ops(writes: [(Fresh31.waterSummaryPath, Fresh31.water[Fresh31.waterLetter]!)])),
        (
            3209,
            ops(writes: [
                (
                    Fresh31.waterSummaryPath,
                    "The water main in Orchard Way is being replaced. The water is off on Thursday 6 February 2031. It is off between 9 am and 4 pm. Fill some bottles the night before.\n"
                )
            ])
        ),
        (3209, ops(writes: [(Fresh31.waterSummaryPath, "```\n" + Fresh31.waterSummary + "```\n")])),
        (3209, ops(writes: [("memory/home/water-off.md", Fresh31.waterSummary)])),
        (3209, ops(writes: [(Fresh31.waterSummaryPath, Fresh31.waterSummary.replacingOccurrences(of: "4 pm", with: "6 pm"))])),
        (3209, ops(writes: [(Fresh31.waterSummaryPath, Fresh31.waterSummary.replacingOccurrences(of: "2031", with: "2030"))])),
        (
            3209,
            ops(writes: [
                (
                    Fresh31.waterSummaryPath,
                    Fresh31.waterSummary.replacingOccurrences(of: "comes back cloudy.", with: "comes back cloudy; you get £50 if it runs over.")
                )
            ])
        ),
        (
            3209,
            ops(writes: [
                (
                    Fresh31.waterSummaryPath,
                    Fresh31.waterSummary.replacingOccurrences(of: " on Thursday 6 February 2031", with: "")
                )
            ])
        ),
        (3210, ops(writes: [(Fresh31.bestTeasPath, Fresh31.bestTeas + "- Assam breakfast (India): 7.9\n")])),
        (3210, ops(writes: [(Fresh31.bestTeasPath, Fresh31.bestTeas.replacingOccurrences(of: "- Tieguanyin (China): 8\n", with: ""))])),
        (3210, ops(writes: [(Fresh31.bestTeasPath, Fresh31.bestTeas + "- Sencha (Japan): 9.5\n")])),
        (3210, ops(writes: [(Fresh31.bestTeasPath, "- Darjeeling first flush (India): 9\n- Gyokuro (Japan): 8.5\n- Tieguanyin (China): 8\n")])),
        (3210, ops(writes: [(Fresh31.bestTeasPath, "- Darjeeling first flush\n- Gyokuro\n- Tieguanyin\n")])),
        (
            3210,
            ops(writes: [
                (Fresh31.bestTeasPath, "My best teas were Darjeeling first flush (India, 8.5), Gyokuro (Japan, 9) and Tieguanyin (China, 8).\n")
            ])
        ),
        (3210, ops(writes: [("memory/tea/best-teas.md", Fresh31.bestTeas)])),
        (3210, ops(writes: [(Fresh31.bestTeasPath, "```\n" + Fresh31.bestTeas + "```\n")])),
        (3210, ops(writes: [(Fresh31.bestTeasPath, Fresh31.tea["memory/tea/tasting-2031.yaml"]!)])),
        (3210, ops(writes: [(Fresh31.bestTeasPath, Fresh31.bestTeas + "- Gyokuro (Japan): 9\n")])),
        (3210, ops(writes: [(Fresh31.bestTeasPath, "- Darjeeling first flush (Japan): 8.5\n- Gyokuro (India): 9\n- Tieguanyin (China): 8\n")])),
        (3211, ops(writes: [(Fresh31.routesListPath, Fresh31.routeList + "- stanage-edge.gpx.tmp\n")])),
        (3211, ops(writes: [(Fresh31.routesListPath, Fresh31.routeList + "- planned/bleaklow.gpx\n")])),
        (3211, ops(writes: [(Fresh31.routesListPath, Fresh31.routeList.replacingOccurrences(of: "- stanage-edge.gpx\n", with: ""))])),
        (3211, ops(writes: [(Fresh31.routesListPath, Fresh31.routeList + "- README.md\n")])),
        (3211, ops(writes: [(Fresh31.routesListPath, "kinder-scout.gpx, mam-tor-ridge.gpx, stanage-edge.gpx\n")])),
        (3211, ops(writes: [(Fresh31.routesListPath, "```\n" + Fresh31.routeList + "```\n")])),
        (3211, ops(writes: [("memory/hiking/routes/index.md", Fresh31.routeList)])),
        (3211, ops(writes: [(Fresh31.routesListPath, Fresh31.routeList + "- kinder-scout.gpx\n")])),
        (3211, ops(writes: [(Fresh31.routesListPath, Fresh31.routeList + "- ../walk-log.md\n")])),
        (3211, ops(writes: [(Fresh31.routesListPath, Fresh31.routeList + "Also one planned walk in the subfolder\n")])),
        (3211, ops(writes: [(Fresh31.routesListPath, "- kinder-scout.gpx\n- stanage-edge.gpx\n")])),
        (
            3212,
            ops(writes: [
                (
                    Fresh31.bookClubJsonPath,
                    "[\n  {\"month\": \"November\", \"book\": \"Piranesi\", \"author\": \"Susanna Clarke\", \"host\": \"Nadia\"},\n  {\"month\": \"December\", \"book\": \"A Christmas Carol\", \"author\": \"Charles Dickens\", \"host\": \"Priti\"}\n]\n"
                )
            ])
        ),
        (
            3212,
            ops(writes: [
                (
                    Fresh31.bookClubJsonPath,
                    Fresh31.bookClubJson.replacingOccurrences(
                        of:
                            ",\n  {\"month\": \"April\", \"book\": \"The Hitchhiker's Guide to the Galaxy\", \"author\": \"Douglas Adams\", \"host\": \"Tom\"}",
                        with: "")
                )
            ])
        ),
        (
            3212,
            ops(writes: [
                (
                    Fresh31.bookClubJsonPath,
                    Fresh31.bookClubJson.replacingOccurrences(
                        of: "\"book\": \"Eat, Pray, Love\", \"author\": \"Elizabeth Gilbert\", \"host\": \"Priti\"",
                        with: "\"book\": \"Eat\", \"author\": \"Pray\", \"host\": \"Love\"")
                )
            ])
        ),
        (
            3212,
            ops(writes: [
                (
                    Fresh31.bookClubJsonPath,
                    "month,book,author,host\nJanuary,The Remains of the Day,Kazuo Ishiguro,Nadia\nFebruary,Small Things Like These,Claire Keegan,Tom\nMarch,\"Eat, Pray, Love\",Elizabeth Gilbert,Priti\nApril,The Hitchhiker's Guide to the Galaxy,Douglas Adams,Tom\n"
                )
            ])
        ),
        (3212, ops(writes: [(Fresh31.bookClubJsonPath, "```json\n" + Fresh31.bookClubJson + "```\n")])),
        (
            3212,
            ops(writes: [
                (
                    Fresh31.bookClubJsonPath,
                    Fresh31.bookClubJson.replacingOccurrences(of: "\"host\": \"Nadia\"", with: "\"host\": \"Priti\"").replacingOccurrences(
                        of: "\"Elizabeth Gilbert\", \"host\": \"Priti\"", with: "\"Elizabeth Gilbert\", \"host\": \"Nadia\"")
                )
            ])
        ),
        (
            3212,
            ops(writes: [
                (
                    Fresh31.bookClubJsonPath,
                    Fresh31.bookClubJson.replacingOccurrences(of: #", "host": "[A-Za-z]+"\}"#, with: "}", options: .regularExpression)
                )
            ])
        ),
        (
            3212,
            ops(writes: [(Fresh31.bookClubJsonPath, Fresh31.bookClubJson.replacingOccurrences(of: "{\"month\"", with: "{\"year\": 2031, \"month\""))])
        ),
        (3212, ops(writes: [("memory/book-club/schedule-2031.json", Fresh31.bookClubJson)])),
        (3212, ops(writes: [(Fresh31.bookClubJsonPath, Fresh31.bookClub["memory/book-club/schedule-2031.md"]!)])),
        (
            3212,
            ops(writes: [
                (
                    Fresh31.bookClubJsonPath,
                    Fresh31.bookClubJson.replacingOccurrences(
                        of: "\n]\n",
                        with:
                            ",\n  {\"month\": \"April\", \"book\": \"The Hitchhiker's Guide to the Galaxy\", \"author\": \"Douglas Adams\", \"host\": \"Tom\"}\n]\n"
                    )
                )
            ])
        ),
        (
            3213,
            ops(writes: [
                (
                    Fresh31.wateringSkillPath,
                    "# Watering due\nRead memory/houseplants/plants.csv, add every_days to each last_watered date, and write the plants due today to outputs/watering-due.md.\n"
                )
            ])
        ),
        (
            3213,
            ops(writes: [
                (Fresh31.wateringSkillPath, Fresh31.wateringSkill.replacingOccurrences(of: "name: watering-due", with: "name: Watering Due"))
            ])
        ),
        (
            3213,
            ops(writes: [
                (
                    Fresh31.wateringSkillPath,
                    Fresh31.wateringSkill.replacingOccurrences(of: "If that date is today or earlier, the plant is due.\n", with: "")
                )
            ])
        ),
        (
            3213,
            ops(writes: [
                (Fresh31.wateringSkillPath, Fresh31.wateringSkill.replacingOccurrences(of: "outputs/watering-due.md", with: "outputs/watering.md"))
            ])
        ),
        (
            3213,
            ops(writes: [
                (
                    Fresh31.wateringSkillPath,
                    Fresh31.wateringSkill.replacingOccurrences(of: "memory/houseplants/plants.csv", with: "the plants list")
                )
            ])
        ),
        (
            3213,
            ops(writes: [
                (
                    "skills/shopping-list/SKILL.md",
                    Fresh31.plants["skills/shopping-list/SKILL.md"]!
                        + "\n## Watering\nRead memory/houseplants/plants.csv, add every_days to last_watered and write the plants due today to outputs/watering-due.md.\n"
                )
            ])
        ),
        (3213, ops(writes: [(Fresh31.wateringSkillPath, "```markdown\n" + Fresh31.wateringSkill + "```\n")])),
        (3213, ops(writes: [("skills/watering-due.md", Fresh31.wateringSkill)])),
        (
            3213,
            ops(writes: [
                (
                    Fresh31.wateringSkillPath,
                    Fresh31.wateringSkill.replacingOccurrences(of: "description: List the houseplants due for watering today.\n", with: "")
                )
            ])
        ),
        (
            3213,
            ops(writes: [
                (Fresh31.wateringSkillPath, Fresh31.wateringSkill),
                ("memory/houseplants/plants.csv", "plant,last_watered,every_days\nmonstera,2031-03-08,7\n"),
            ])
        ),
        (
            3213,
            ops(writes: [
                (
                    Fresh31.wateringSkillPath,
                    "---\nname: watering-due\ndescription: List the houseplants.\n---\nRead memory/houseplants/plants.csv and write every plant to outputs/watering-due.md.\n"
                )
            ])
        ),
        (
            3214,
            ops(writes: [(Fresh31.swimScriptPath, Fresh31.swimScript.replacingOccurrences(of: "lengths-2031.csv", with: "lengths-2030.csv"))])
        ),
        (
            3214,
            ops(writes: [
                (Fresh31.swimScriptPath, Fresh31.swimScript.replacingOccurrences(of: "print(f\"Most in one swim: {max(swims)}\")\n", with: ""))
            ])
        ),
        (
            3214,
            ops(writes: [
                (
                    Fresh31.swimScriptPath,
                    Fresh31.swimScript + "with open(\"memory/swimming/summary.txt\", \"w\") as out:\n    out.write(str(sum(swims)))\n"
                )
            ])
        ),
        (3214, ops(writes: [(Fresh31.swimScriptPath, "```python\n" + Fresh31.swimScript + "```\n")])),
        (3214, ops(writes: [(Fresh31.swimScriptPath, "#!/bin/sh\n" + Fresh31.swimScript)])),
        (3214, ops(writes: [("memory/swimming/totals-2031.py", Fresh31.swimScript)])),
        (
            3214,
            ops(writes: [
                (
                    Fresh31.swimScriptPath,
                    Fresh31.swimScript.replacingOccurrences(of: "row[\"lengths\"]", with: "row[\"minutes\"]").replacingOccurrences(
                        of: "Total lengths", with: "Total")
                )
            ])
        ),
        (
            3214,
            ops(writes: [
                (
                    Fresh31.swimScriptPath,
                    "import csv\n\nwith open(\"memory/swimming/lengths-2031.csv\") as f, open(\"memory/swimming/pools.md\") as p:\n    swims = [int(row[\"lengths\"]) for row in csv.DictReader(f)]\nprint(sum(swims))\nprint(max(swims))\n"
                )
            ])
        ),
        (
            3214,
            ops(writes: [(Fresh31.swimScriptPath, Fresh31.swimScript.replacingOccurrences(of: "{max(swims)}", with: "{len(swims)}"))])
        ),
        (3214, ops(writes: [(Fresh31.swimScriptPath, "# prints the total lengths and the most in one swim\n")])),
    ]
}

/// The thirty-first fresh part's fixtures and the helpers its checks share.
private enum Fresh31 {
    static let tankTest = "memory/aquarium/tests/community/2031-01-18.toml"
    static let aquarium: [String: String] = [
        "memory/aquarium/tests/community/2031-01-11.toml":
            "date = 2031-01-11\ntank = \"community\"\nph = 7.2\nammonia = 0\nnitrite = 0\nnitrate = 20\ntemp_c = 25.5\n",
        "memory/aquarium/tests/shrimp/2031-01-18.toml":
            "date = 2031-01-18\ntank = \"shrimp\"\nph = 6.8\nammonia = 0\nnitrite = 0\nnitrate = 10\ntemp_c = 22.0\n",
        "memory/aquarium/tanks.md": "# Tanks\n- community: 120 litres, neon tetras and corydoras\n- shrimp: 30 litres, cherry shrimp\n",
    ]
    static let tankRecord = "date = 2031-01-18\ntank = \"community\"\nph = 7.0\nammonia = 0\nnitrite = 0.25\nnitrate = 40\ntemp_c = 25.0\n"

    /// The `key = value` pairs of a flat TOML text (keys and values lowercased, quotes and a
    /// trailing comment removed; comment lines and one table header aside), or nil when a line is
    /// not a pair or a key comes twice.
    static func tomlPairs(_ text: String) -> [String: String]? {
        var pairs: [String: String] = [:]
        var headers = 0
        for line in Judge.lines(text) where !line.hasPrefix("#") {
            if line.hasPrefix("[") && line.hasSuffix("]") {
                headers += 1
                continue
            }
            guard let eq = line.firstIndex(of: "=") else { return nil }
            let key = line[..<eq].trimmingCharacters(in: CharacterSet(charactersIn: "\"' ")).lowercased()
            var value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            if let q = value.first, q == "\"" || q == "'" {
                let rest = value.dropFirst()
                guard let close = rest.firstIndex(of: q) else { return nil }
                value = String(rest[..<close])
            } else {
                value = value.replacingOccurrences(of: #"\s*#.*$"#, with: "", options: .regularExpression)
            }
            guard !key.isEmpty, pairs[key] == nil else { return nil }
            pairs[key] = value.trimmingCharacters(in: .whitespaces).lowercased()
        }
        return headers <= 1 ? pairs : nil
    }

    /// `value` as a number, a unit after it (ppm, mg/l, °c) aside.
    static func reading(_ value: String?) -> Double? {
        guard let v = value, let n = Judge.found(v, #"^(-?\d+(?:\.\d+)?)\s*(?:ppm|mg/l|°c|c)?$"#).first else { return nil }
        return Double(n)
    }

    /// Whether `text` is the community tank's test of 18 January 2031 as flat TOML with exactly the
    /// last test's keys (any order; the date as a TOML date or a string in any format, the readings
    /// as numbers or strings, units aside), and no other year.
    static func isTankTest(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), let p = tomlPairs(t),
            Set(p.keys) == ["date", "tank", "ph", "ammonia", "nitrite", "nitrate", "temp_c"], let date = p["date"], let tank = p["tank"]
        else { return false }
        let want: [String: Double] = ["ph": 7.0, "ammonia": 0, "nitrite": 0.25, "nitrate": 40, "temp_c": 25.0]
        return Judge.hasDate(date, day: 18, month: 1) && Judge.days(date, month: 1) == [18]
            && Judge.found(date, #"(\d{4})"#).allSatisfy { $0 == "2031" } && Judge.has(tank, #"^community( tank)?$"#)
            && want.allSatisfy { key, value in reading(p[key]).map { abs($0 - value) < 0.001 } ?? false }
    }

    static let fixturesPath = "memory/quiz-team/fixtures.md"
    /// The spring league's fixtures with the 12 March match at `venue12`.
    static func fixturesText(venue12: String) -> String {
        "# Spring league 2031\n| Date | Opponent | Venue |\n|---|---|---|\n| 2031-03-05 | The Brainy Bunch | The Red Lion |\n| 2031-03-12 | Quizzly Bears | \(venue12) |\n| 2031-03-19 | Les Quizerables | The Plough |\n| 2031-03-26 | Quizzly Bears | The Red Lion |\n"
    }
    static let quiz: [String: String] = [
        fixturesPath: fixturesText(venue12: "The Red Lion"),
        "memory/quiz-team/fixtures-autumn-2030.md":
            "# Autumn league 2030\n| Date | Opponent | Venue |\n|---|---|---|\n| 2030-11-12 | Quizzly Bears | The Red Lion |\n| 2030-11-19 | The Brainy Bunch | The Plough |\n",
        "memory/quiz-team/team.md": "# Team\n- Ruth (captain)\n- Dev\n- Marcus\n- Ines\n",
    ]

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

    /// Whether `text` is the fixtures with only the 12 March match moved to The Plough (spacing,
    /// the table's alignment, emphasis and a note in brackets after the venue pass), every other
    /// line and row as it was, in its place.
    static func isFixtures(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let got = tableLines(t).map {
            $0.hasPrefix("2031-03-12|")
                ? $0.replacingOccurrences(of: #"\|(the )?plough(\s*\([^)]*\))?$"#, with: "|the plough", options: .regularExpression) : $0
        }
        return got == tableLines(fixturesText(venue12: "The Plough"))
    }

    static let practiceLog = "memory/piano/practice-2031.log"
    static let piano: [String: String] = [
        practiceLog:
            "2031-02-01 | 30 min | scales in C, G and D major\n2031-02-02 | 25 min | Clair de Lune, bars 1-8\n2031-02-04 | 40 min | Clair de Lune, bars 1-16 and scales\n",
        "memory/piano/practice-2030.log": "2030-02-06 | 45 min | Für Elise, bars 17-26\n2030-02-08 | 30 min | scales\n",
        "memory/piano/teacher-notes.md": "# Lesson notes\n- 3 February: next, Clair de Lune bars 17-26, slowly\n- grade 5 exam in June\n",
    ]
    static let practiceEntry = "2031-02-06 | 45 min | Clair de Lune, bars 17-26\n"

    /// Whether `text` is this year's practice log as it was with one more line at the end, its
    /// three fields parted by bars: 6 February 2031 (any date format), 45 minutes (any unit
    /// spelling) and Clair de Lune bars 17 to 26, and no other number.
    static func isPractice(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(piano[practiceLog])
        let got = Judge.lines(t)
        guard got.count == want.count + 1, Array(got.prefix(want.count)) == want, let last = got.last?.lowercased() else { return false }
        let fields = last.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard fields.count == 3 else { return false }
        return Judge.hasDate(fields[0], day: 6, month: 2) && Judge.days(fields[0], month: 2) == [6]
            && Judge.found(fields[0], #"(\d{4})"#).allSatisfy { $0 == "2031" } && Judge.has(fields[1], #"^45\s*(m|min|mins|minutes)?\.?$"#)
            && fields[2].contains("clair de lune") && Judge.has(fields[2], #"\b17\s*(-|–|to)\s*26\b"#)
            && Judge.found(last, #"(\d+)"#).allSatisfy { ["2031", "02", "2", "06", "6", "45", "17", "26"].contains($0) }
    }

    static let deliveryNote = "memory/house/heating-oil/delivery-note-88.txt"
    static let renamedNote = "memory/house/heating-oil/2031-01-heating-oil.txt"
    static let oil: [String: String] = [
        deliveryNote: "Delivery note 88\nFenland Fuels\nDelivered: 14 January 2031\nKerosene: 900 litres at 68.4p\nTotal: £615.60\n",
        "memory/house/heating-oil/delivery-note-87.txt":
            "Delivery note 87\nFenland Fuels\nDelivered: 2 December 2030\nSmokeless coal: 10 bags\nTotal: £154.00\n",
        "memory/house/heating-oil/delivery-note-880.txt": "Quote 880\nBroadland Oil\nKerosene: 900 litres at 71.2p\n",
        "memory/house/heating-oil/2030-10-heating-oil.txt":
            "Delivery note 61\nFenland Fuels\nDelivered: 9 October 2030\nKerosene: 1000 litres at 64.9p\nTotal: £649.00\n",
    ]

    static let cutList = "memory/woodwork/inbox/bookshelf-cut-list.txt"
    static let filedCutList = "memory/woodwork/projects/bookshelf/bookshelf-cut-list.txt"
    static let woodwork: [String: String] = [
        cutList: "Bookshelf, oak, 18 mm\n2 sides: 900 x 240\n4 shelves: 764 x 230\n1 back: 900 x 800, 6 mm ply\n",
        "memory/woodwork/inbox/bench-cut-list.txt": "Garden bench, larch\n4 legs: 450 x 70 x 70\n3 slats: 1200 x 95\n",
        "memory/woodwork/projects/bookshelf/sketch.md": "# Bookshelf\nFour shelves, oak, for the landing\n",
        "memory/woodwork/projects/bookcase/notes.md": "# Bookcase (finished 2029)\nPine, five shelves\n",
    ]

    static let priceList = "memory/jam-stall/price-list.csv"
    static let labels = "memory/jam-stall/labels.md"
    static let stall = "memory/jam-stall/stall.json"
    static let priceFiles = [priceList, labels, stall]
    static let jam: [String: String] = [
        priceList: "jam,jar,price\nstrawberry,340 g,3.50\nraspberry,340 g,3.50\nblackcurrant,340 g,3.75\nstrawberry,190 g,2.25\n",
        labels:
            "# Jar labels\n- Strawberry jam, 340 g: £3.50\n- Raspberry jam, 340 g: £3.50\n- Blackcurrant jam, 340 g: £3.75\n- Strawberry jam, 190 g: £2.25\n",
        stall:
            "{\n  \"stall\": \"Hill Farm Preserves\",\n  \"jams\": [\n    {\"flavour\": \"strawberry\", \"jar\": \"340 g\", \"price\": 3.50},\n    {\"flavour\": \"raspberry\", \"jar\": \"340 g\", \"price\": 3.50},\n    {\"flavour\": \"blackcurrant\", \"jar\": \"340 g\", \"price\": 3.75},\n    {\"flavour\": \"strawberry\", \"jar\": \"190 g\", \"price\": 2.25}\n  ]\n}\n",
        "memory/jam-stall/price-list-2030.csv": "jam,jar,price\nstrawberry,340 g,3.25\nraspberry,340 g,3.25\n",
        "memory/jam-stall/takings.md": "# Takings, last Saturday\n- 12 strawberry (340 g) at £3.50: £42.00\n",
    ]
    /// The three files with the 340 g strawberry jam at `price`.
    static func newPrices(_ price: String = "4.00") -> [(String, String)] {
        [
            (priceList, jam[priceList]!.replacingOccurrences(of: "strawberry,340 g,3.50", with: "strawberry,340 g,\(price)")),
            (labels, jam[labels]!.replacingOccurrences(of: "Strawberry jam, 340 g: £3.50", with: "Strawberry jam, 340 g: £\(price)")),
            (
                stall,
                jam[stall]!.replacingOccurrences(
                    of: "\"strawberry\", \"jar\": \"340 g\", \"price\": 3.50", with: "\"strawberry\", \"jar\": \"340 g\", \"price\": \(price)")
            ),
        ]
    }

    /// `text` with each amount after a pound sign written with two decimals ("£4" is "£4.00").
    static func twoDecimals(_ text: String) -> String {
        let re = try! NSRegularExpression(pattern: #"£\s*(\d+(?:\.\d+)?)"#)  // a constant pattern
        let ns = text as NSString
        var out = ""
        var last = 0
        for m in re.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            out += ns.substring(with: NSRange(location: last, length: m.range.location - last))
            out += String(format: "£%.2f", Double(ns.substring(with: m.range(at: 1))) ?? 0)
            last = m.range.location + m.range.length
        }
        return out + ns.substring(from: last)
    }

    /// The rows of a CSV text, each cell lowercased and a number (a pound sign aside) written with two decimals.
    static func priceRows(_ text: String) -> [[String]] {
        Judge.lines(text).map {
            Judge.csvCells($0).map { cell in
                let c = cell.lowercased()
                return Double(c.replacingOccurrences(of: "£", with: "")).map { String(format: "%.2f", $0) } ?? c
            }
        }
    }

    /// Whether `text` is the file at `path` with the 340 g strawberry jam at £4.00 (another amount
    /// format, another list marker, JSON laid out another way or the jams in another order pass),
    /// every other line, row or key as it was.
    static func hasNewPrice(_ text: String?, _ path: String) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = newPrices().first { $0.0 == path }?.1 ?? ""
        if path == priceList { return priceRows(t) == priceRows(want) }
        if path == labels {
            let norm: (String) -> [String] = { s in
                Judge.lines(s).map {
                    twoDecimals($0.lowercased()).replacingOccurrences(of: #"^[-*+]\s+"#, with: "- ", options: .regularExpression)
                }
            }
            return norm(t) == norm(want)
        }
        guard let o = (try? JSONSerialization.jsonObject(with: Data(t.utf8))) as? [String: Any], Set(o.keys) == ["stall", "jams"],
            o["stall"] as? String == "Hill Farm Preserves", let list = o["jams"] as? [Any]
        else { return false }
        let rows = list.compactMap { $0 as? [String: Any] }
        guard rows.count == list.count, rows.allSatisfy({ Set($0.keys) == ["flavour", "jar", "price"] }) else { return false }
        let got = rows.compactMap { r -> String? in
            guard let flavour = r["flavour"] as? String, let jar = r["jar"] as? String, let p = r["price"].flatMap(Judge.jsonNumber) else {
                return nil
            }
            return "\(flavour.lowercased())|\(jar.lowercased())|\(String(format: "%.2f", p))"
        }
        return got.count == rows.count
            && got.sorted() == ["blackcurrant|340 g|3.75", "raspberry|340 g|3.50", "strawberry|190 g|2.25", "strawberry|340 g|4.00"]
    }

    static let guide = "memory/house/guest-guide.md"
    static let guideCopy = "memory/house-sitting/2031-02-okafor/welcome.md"
    static let house: [String: String] = [
        guide:
            "# Welcome\n\n## Wi-fi\nNetwork: Larkspur-5G, the password is on the fridge\n\n## Bins\nBlack bin on Tuesday, green bin every other Friday\n\n## Pip the cat\nOne pouch at 7 am and 6 pm, keep the biscuit bowl topped up\n\n## Spare key\nWith Jan at number 12\n",
        "memory/house/guest-guide-short.md": "# Welcome (short)\nWi-fi on the fridge, bins on Tuesday, feed Pip twice a day\n",
        "memory/house/guest-guide-2029.md": "# Welcome\nWi-fi: Larkspur, password on the fridge\nFeed Pip and Moss twice a day\n",
        "memory/house-sitting/2031-02-okafor/dates.md": "# The Okafors' house-sit\n14 to 21 February 2031\n",
    ]

    static let hold = "memory/library/holds/the-salt-path.yaml"
    static let library: [String: String] = [
        hold: "title: The Salt Path\nauthor: Raynor Winn\nformat: paperback\nbranch: Central\nplaced: 2031-01-20\n",
        "memory/library/holds/the-salt-path-audiobook.yaml":
            "title: The Salt Path\nauthor: Raynor Winn\nformat: audiobook\nbranch: online\nplaced: 2031-01-20\n",
        "memory/library/holds/the-wild-silence.yaml":
            "title: The Wild Silence\nauthor: Raynor Winn\nformat: paperback\nbranch: Central\nplaced: 2031-01-22\n",
        "memory/library/loans.md": "# On loan\n- Landmarks, due 3 February 2031\n",
    ]

    static let waterLetter = "memory/home/letters/2031-01-27-water-supply.txt"
    static let waterSummaryPath = "outputs/water-off.md"
    static let water: [String: String] = [
        waterLetter: """
        Dear Customer,

        We are replacing the water main in Orchard Way. Your water supply will be turned off on Thursday 6 February 2031 between 9 am and 4 pm.
        Please fill a few bottles and the kettle with drinking water the night before. When the supply comes back the water may look cloudy; run the cold kitchen tap until it clears.
        If you rely on water for medical reasons, call us on 0345 600 1234 by Monday 3 February and we will bring bottled water.
        If the supply is off for longer than 12 hours you will receive £30 compensation.

        Anglia Water, Network Team

        """,
        "memory/home/letters/2030-06-10-water-supply.txt":
            "Dear Customer,\nYour water supply will be off on Wednesday 18 June 2030 between 10 am and 2 pm while we fit a new meter.\n",
        "memory/home/utilities.md": "# Utilities\n- water: Anglia Water, account 4471 2290\n",
    ]
    static let waterSummary =
        "Anglia Water will turn the water off on Thursday 6 February 2031 between 9 am and 4 pm while they replace the main. Fill some bottles and the kettle the night before, and run the cold tap if it comes back cloudy.\n"

    /// Whether `text` sums up the water letter in two sentences (or two lines) at most, a title
    /// aside, sixty words at most: the water off, 6 February, the 9 to 4 window and filling or
    /// storing water beforehand (the letter's date, the day before and the 3 February call may be
    /// said), with no other amount than the £30, no other date or year, and nothing of last year's
    /// letter.
    static func isWaterSummary(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        var all = Judge.lines(t)
        if all.count > 1, all[0].hasPrefix("#") || all[0].hasSuffix(":") { all.removeFirst() }
        let low = all.joined(separator: "\n").lowercased()
        let words = low.split(whereSeparator: { $0 == " " || $0 == "\n" }).filter { $0.contains { $0.isLetter || $0.isNumber } }.count
        guard (1...2).contains(all.count), words >= 8, words <= 60, Judge.found(low, #"[.!?](?=\s|$)"#).count <= 2 else { return false }
        guard Set(Judge.amounts(low)).isSubset(of: [30]), !Judge.has(low, #"\b2 ?pm|\b10 ?am|june|meter"#) else { return false }
        let february = Set(Judge.days(low, month: 2))
        let window = #"\b0?9(?:[:.]00)?\s*(?:am|a\.m\.)?\s*(?:-|–|to|and|until|till)\s*(?:0?4|16)(?!\d)"#
        return Judge.has(low, #"water"#) && Judge.has(low, #"\boff\b|no water|without water|cut|shut|interrupt"#) && february.contains(6)
            && february.isSubset(of: [3, 5, 6]) && Judge.has(low, window) && Set(Judge.days(low, month: 1)).isSubset(of: [27])
            && (3...12).allSatisfy { Judge.days(low, month: $0).isEmpty } && Judge.found(low, #"\b(20\d{2})\b"#).allSatisfy { $0 == "2031" }
            && Judge.has(low, #"\bfill|\bstore|stock up|keep (some )?water|save (some )?water|\bbottles\b|kettle"#)
    }

    static let bestTeasPath = "outputs/best-teas.md"
    static let tea: [String: String] = [
        "memory/tea/tasting-2031.yaml":
            "- tea: Darjeeling first flush\n  origin: India\n  rating: 8.5\n- tea: Lapsang souchong\n  origin: China\n  rating: 6\n- tea: Gyokuro\n  origin: Japan\n  rating: 9\n- tea: Assam breakfast\n  origin: India\n  rating: 7.9\n- tea: Tieguanyin\n  origin: China\n  rating: 8\n- tea: Rooibos\n  origin: South Africa\n  rating: 5.5\n",
        "memory/tea/tasting-2030.yaml": "- tea: Sencha\n  origin: Japan\n  rating: 9.5\n- tea: Kenyan black\n  origin: Kenya\n  rating: 8\n",
        "memory/tea/shopping.md": "# To buy\n- more Gyokuro\n- a new strainer\n",
    ]
    static let bestTeas = "- Darjeeling first flush (India): 8.5\n- Gyokuro (Japan): 9\n- Tieguanyin (China): 8\n"
    /// Each good tea (patterns) and its origin with its rating.
    static let goodTeas = [#"darjeeling"#, #"gyokuro"#, #"tieguanyin|tie guan yin|iron goddess"#]
    static let goodTeaOrigins = [
        #"india[^\n]*(?<![\d.])8\.5(?!\d)|(?<![\d.])8\.5(?!\d)[^\n]*india"#,
        #"japan[^\n]*(?<![\d.])9(?:\.0)?(?![\d.])|(?<![\d.])9(?:\.0)?(?![\d.])[^\n]*japan"#,
        #"china[^\n]*(?<![\d.])8(?:\.0)?(?![\d.])|(?<![\d.])8(?:\.0)?(?![\d.])[^\n]*china"#,
    ]

    /// Whether `text` lists the three teas rated 8 or more, one entry each in any order (a table,
    /// another marker, a rating out of ten pass), each with its own origin and rating, and not the
    /// 7.9, a tea rated lower nor last year's.
    static func isBestTeas(_ text: String?) -> Bool {
        guard let t = text?.replacingOccurrences(of: "\r\n", with: "\n"),
            !Judge.has(t, #"assam|lapsang|rooibos|sencha|kenya|south africa|7\.9|5\.5|2030"#)
        else { return false }
        return Judge.isPairedList(t, who: goodTeas, what: goodTeaOrigins)
    }

    static let routesListPath = "outputs/hiking-routes.md"
    static let hiking: [String: String] = [
        "memory/hiking/routes/kinder-scout.gpx": "<gpx><trk><name>Kinder Scout from Edale</name></trk></gpx>\n",
        "memory/hiking/routes/mam-tor-ridge.gpx": "<gpx><trk><name>Mam Tor and the Great Ridge</name></trk></gpx>\n",
        "memory/hiking/routes/stanage-edge.gpx": "<gpx><trk><name>Stanage Edge circular</name></trk></gpx>\n",
        "memory/hiking/routes/stanage-edge.gpx.tmp": "<gpx><trk><name>Stanage Ed\n",
        "memory/hiking/routes/planned/bleaklow.gpx": "<gpx><trk><name>Bleaklow from Glossop</name></trk></gpx>\n",
        "memory/hiking/routes/README.md": "# Routes\nExported from the phone app after each walk\n",
        "memory/hiking/walk-log.md": "# Walks done\n- Mam Tor, 4 January 2031\n",
    ]
    static let routeList = "- kinder-scout.gpx\n- mam-tor-ridge.gpx\n- stanage-edge.gpx\n"

    /// Whether `text` lists the three routes (by file name, path or title), one entry each in any
    /// order, and not the partial download, the planned walk, the README nor the walk log.
    static func isRouteList(_ text: String?) -> Bool {
        Judge.isNamedList(
            text?.replacingOccurrences(of: "\r\n", with: "\n"), [#"kinder"#, #"mam.?tor"#, #"stanage"#],
            banned: #"tmp|bleaklow|planned|readme|walk.?log|walks done"#)
    }

    static let bookClubJsonPath = "outputs/book-club-2031.json"
    static let bookClub: [String: String] = [
        "memory/book-club/schedule-2031.md":
            "# Book club 2031\n| Month | Book | Author | Host |\n|---|---|---|---|\n| January | The Remains of the Day | Kazuo Ishiguro | Nadia |\n| February | Small Things Like These | Claire Keegan | Tom |\n| March | Eat, Pray, Love | Elizabeth Gilbert | Priti |\n| April | The Hitchhiker's Guide to the Galaxy | Douglas Adams | Tom |\n",
        "memory/book-club/schedule-2030.md":
            "# Book club 2030\n| Month | Book | Author | Host |\n|---|---|---|---|\n| November | Piranesi | Susanna Clarke | Nadia |\n| December | A Christmas Carol | Charles Dickens | Priti |\n",
        "memory/book-club/suggestions.md": "# Suggestions\n- Tomorrow, and Tomorrow, and Tomorrow\n- The Secret History\n",
    ]
    static let books = [
        ["january", "the remains of the day", "kazuo ishiguro", "nadia"], ["february", "small things like these", "claire keegan", "tom"],
        ["march", "eat, pray, love", "elizabeth gilbert", "priti"], ["april", "the hitchhiker's guide to the galaxy", "douglas adams", "tom"],
    ]
    static let bookClubJson =
        "[\n  {\"month\": \"January\", \"book\": \"The Remains of the Day\", \"author\": \"Kazuo Ishiguro\", \"host\": \"Nadia\"},\n  {\"month\": \"February\", \"book\": \"Small Things Like These\", \"author\": \"Claire Keegan\", \"host\": \"Tom\"},\n  {\"month\": \"March\", \"book\": \"Eat, Pray, Love\", \"author\": \"Elizabeth Gilbert\", \"host\": \"Priti\"},\n  {\"month\": \"April\", \"book\": \"The Hitchhiker's Guide to the Galaxy\", \"author\": \"Douglas Adams\", \"host\": \"Tom\"}\n]\n"

    /// Whether `text` is JSON holding a list (bare, or the one value of an object) with one object
    /// per meeting in any order, each with exactly a month (a name, with or without the year, or
    /// 2031-MM), book or title, author and host key (any case), the title with commas whole, and
    /// nothing of last year's schedule.
    static func isBookClubJson(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), let any = try? JSONSerialization.jsonObject(with: Data(t.utf8)) else { return false }
        var list = any as? [Any]
        if list == nil, let o = any as? [String: Any], o.count == 1 { list = o.values.first as? [Any] }
        guard let rows = list, rows.count == books.count else { return false }
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        let patterns = [#"^month$"#, #"^(book|title)$"#, #"^(author|writer)$"#, #"^(host|hosted[ _]?by|hosting)$"#]
        var got: [String] = []
        for row in rows {
            guard let o = row as? [String: Any], o.count == 4 else { return false }
            let at = patterns.map { p in o.keys.filter { Judge.has($0, p) } }
            guard at.allSatisfy({ $0.count == 1 }), Set(at.map { $0[0] }).count == 4 else { return false }
            var values = at.map {
                ((o[$0[0]] as? String) ?? "").replacingOccurrences(of: "’", with: "'").trimmingCharacters(in: .whitespaces).lowercased()
            }
            values[0] = values[0].replacingOccurrences(of: #"\s+2031$"#, with: "", options: .regularExpression)
            if let m = Judge.found(values[0], #"^2031-(\d{2})$"#).first.flatMap({ Int($0) }), (1...12).contains(m) { values[0] = months[m - 1] }
            got.append(values.joined(separator: "|"))
        }
        return got.sorted() == books.map { $0.joined(separator: "|") }.sorted()
    }

    static let wateringSkillPath = "skills/watering-due/SKILL.md"
    static let plants: [String: String] = [
        "skills/README.md": "Each skill is a folder in skills/ holding a SKILL.md, whose front matter gives its name and a description.\n",
        "skills/shopping-list/SKILL.md":
            "---\nname: shopping-list\ndescription: Gather the week's shopping list.\n---\nRead memory/kitchen/meals.md and write what to buy to outputs/shopping.md.\n",
        "memory/houseplants/plants.csv":
            "plant,last_watered,every_days\nmonstera,2031-03-01,7\nfiddle-leaf fig,2031-03-04,10\ncalathea,2031-03-06,4\nsnake plant,2031-02-10,21\n",
        "memory/houseplants/repotting.md": "# Repotting\n- monstera in April\n",
    ]
    static let wateringSkill =
        "---\nname: watering-due\ndescription: List the houseplants due for watering today.\n---\nRead memory/houseplants/plants.csv (plant, last_watered, every_days).\nFor each plant, add every_days to the last_watered date.\nIf that date is today or earlier, the plant is due.\nWrite the plants that are due to outputs/watering-due.md, one per line.\n"

    /// Whether `text` is a skill named watering-due with a description, whose body reads
    /// memory/houseplants/plants.csv, works from the last watered date and the interval, compares
    /// with today, picks the plants due and writes them to outputs/watering-due.md.
    static func isWateringSkill(_ text: String?) -> Bool {
        guard let t = text, let (fields, body) = Judge.skill(t) else { return false }
        let b = body.lowercased()
        let paths = ["memory/houseplants/plants.csv", "outputs/watering-due.md"]
        let prose = paths.reduce(b) { $0.replacingOccurrences(of: $1, with: " ") }
        return fields["name"] == "watering-due" && (fields["description"] ?? "").count >= 10 && b.count >= 40
            && paths.allSatisfy { b.contains($0) } && Judge.has(prose, #"last.?watered|last watering|watered last"#)
            && Judge.has(prose, #"every.?days|interval|how often|frequency"#) && Judge.has(prose, #"\btoday|current date|\bnow\b"#)
            && Judge.has(prose, #"\bdue\b|overdue|needs? (water|watering)|should be watered"#)
    }

    static let swimScriptPath = "memory/swimming/totals.py"
    static let swimming: [String: String] = [
        "memory/swimming/lengths-2031.csv":
            "date,pool,lengths,minutes\n2031-01-04,Leisure Centre,40,35\n2031-01-07,Lido,24,20\n2031-01-11,Leisure Centre,64,55\n2031-01-15,Leisure Centre,50,42\n",
        "memory/swimming/lengths-2030.csv": "date,pool,lengths,minutes\n2030-12-28,Lido,80,70\n",
        "memory/swimming/pools.md": "# Pools\n- Leisure Centre: 25 m\n- Lido: 33 m\n",
    ]
    static let swimScript =
        "import csv\n\nwith open(\"memory/swimming/lengths-2031.csv\", newline=\"\") as f:\n    swims = [int(row[\"lengths\"]) for row in csv.DictReader(f)]\nprint(f\"Total lengths: {sum(swims)}\")\nprint(f\"Most in one swim: {max(swims)}\")\n"

    /// Whether `text` is a Python script (a shebang, if any, names Python) that reads this year's
    /// swimming log (not 2030's nor the pools list) as CSV, takes the lengths column (not the
    /// minutes), adds it up, finds its largest value and prints two values, writing, moving or
    /// removing nothing. Comments and a fenced reply do not count; plain strings (labels) are read
    /// apart.
    static func isSwimScript(_ text: String?) -> Bool {
        guard let script = Judge.readOnlyPython(text, reading: "lengths-2031.csv", not: "2030"), !script.code.contains("pools") else {
            return false
        }
        return Judge.has(script.bare, #"csv\.|read_csv|split\("#) && Judge.has(script.bare, #"lengths|\[\s*2\s*\]"#)
            && !Judge.has(script.bare, #"minutes|\[\s*3\s*\]"#) && Judge.has(script.bare, #"sum\(|\+="#)
            && Judge.has(script.bare, #"max\(|sorted\(|\.sort\(|nlargest|idxmax|\s>=?\s*\w"#) && script.twoValues
    }
}
