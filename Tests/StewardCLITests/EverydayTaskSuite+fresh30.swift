import Foundation

/// A thirtieth fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first twenty-nine: by someone who had not read the agent loop, its tools, its prompts, its tests
/// or any result. Fourteen intentions, numbered 3101 to 3114, one for each kind the issue names
/// (create, a road bike's repair as a JSON record like its last one, the commuter bike's repair the
/// same day apart; edit in place, one rehearsal's tea duty in a choir's YAML rota, the same singer's
/// other duties and last term's rota left; append a parkrun result as a CSV row at the end of this
/// year's results, last year's result and the personal bests left; rename a scanned MOT certificate
/// to a dated name like last year's, a tyre receipt and a scan numbered alike left; move a wine's
/// tasting note from the inbox into its rack's folder, another vintage of the same wine left; several
/// files, one dog's pickup time in a Markdown schedule, a walker's JSON file and a notes file, the
/// other dog at the same time, last year's schedule and an invoice left; copy a band's setlist into a
/// gig's folder under another name, word for word, the acoustic set and another set not; delete a
/// cancelled holiday let booking, the same guests' other booking and last year's kept; summarise a
/// boiler service letter in two sentences at most, with the day, the time window and the deadline to
/// rebook, last year's letter apart; extract the frosts from a greenhouse thermometer log with their
/// dates and minimums, a night at exactly 0.0 and last month's log apart; list-and-save a folder's
/// sewing patterns, a backup archive, a traced subfolder, the README and a stash list outside apart;
/// convert a JSON list of seed swap offers to CSV, a name with a comma and last year's list apart; a
/// skill that works out each week's electricity use from meter readings and flags the weeks above
/// 60 kWh; a Python script that prints how many board games a lending library has out and the
/// deposits held for them, last year's loans and the members list apart), each worded three ways as
/// people word them (files named by path, by bare name or by what they are; details given in
/// passing; what to leave alone said casually), run as Steward chooses. Every fixture holds a
/// look-alike beside the right file. Judged by content as a person would (other list markers, entry,
/// row, column and key order, spacing, a title line, a table for a list, another date, time or
/// amount format, quoted values, a trailing comment, titles or paths for file names, JSON laid out
/// another way, a lost final newline, CRLF pass) and by "nothing else changed" (the wrong file, the
/// wrong folder, a copy where a move was asked fail). Frozen in a commit of its own before any run
/// with a model: never tune the loop on it, and run it as it is (`STEWARD_SUITE_PART=fresh30`).
extension EverydayTaskSuite {
    static let fresh30: [Intention] = [
        Intention(
            number: 3101,
            kind: "create: a road bike's repair as a JSON record like its last repair, the commuter bike's repair the same day apart",
            fixtures: Fresh30.bikes,
            wordings: [
                (
                    .imperative,
                    "Create memory/bike-repairs/road/2030-03-09.json like 2030-02-22.json: date 2030-03-09, bike road, job brake pads replaced, parts Shimano B01S pads, cost 18.50"
                ),
                (
                    .request,
                    "I replaced the brake pads on the road bike today, 9 March 2030, with Shimano B01S pads, which cost £18.50. Could you log it as 2030-03-09.json in memory/bike-repairs/road, the same way as the last repair?"
                ),
                (
                    .context,
                    "I keep a JSON file for every repair in memory/bike-repairs, one folder per bike, each with date, bike, job, parts and cost. Please add memory/bike-repairs/road/2030-03-09.json for today's job on the road bike, 9 March 2030: brake pads replaced, parts Shimano B01S pads, cost 18.50. I fixed a puncture on the commuter the same day and that already has its own file, so keep it out of this one."
                ),
            ], changed: [Fresh30.repair],
            check: { f in Fresh30.isRepair(f(Fresh30.repair)) && Judge.untouched(f, Array(Fresh30.bikes.keys), Fresh30.bikes) },
            solution: ops(writes: [(Fresh30.repair, Fresh30.repairRecord)])),
        Intention(
            number: 3102,
            kind:
                "edit in place: one rehearsal's tea duty in a choir's YAML rota, the same singer's other duties and last term's rota left",
            fixtures: Fresh30.choir,
            wordings: [
                (.imperative, "In memory/choir/rota.yaml, make Olu the tea person for the 2030-04-16 rehearsal instead of Margaret"),
                (
                    .request,
                    "Margaret can't do the teas on 16 April after all and Olu has offered to swap. Could you change that in rota.yaml in memory/choir? Only the 16th."
                ),
                (
                    .context,
                    "Our altos' rehearsal rota is in memory/choir/rota.yaml, one entry per rehearsal with who makes the tea and who sets out the music. Margaret is away on 16 April 2030, so please put Olu down for the tea that evening. Margaret still does the tea on the 9th and the music on the 23rd, and last term's rota-autumn-2029.yaml stays as it is."
                ),
            ], changed: [Fresh30.rotaPath],
            check: { f in
                Fresh30.isRota(f(Fresh30.rotaPath))
                    && Judge.untouched(f, Array(Fresh30.choir.keys).filter { $0 != Fresh30.rotaPath }, Fresh30.choir)
            },
            solution: ops(writes: [(Fresh30.rotaPath, Fresh30.rotaText(tea16: "Olu"))])),
        Intention(
            number: 3103,
            kind: "append: a parkrun result as a CSV row at the end of this year's results, last year's same run and the personal bests left",
            fixtures: Fresh30.running,
            wordings: [
                (.imperative, "Add a row to the end of memory/running-club/parkrun-2030.csv: 2030-05-18, Tom Reyes, 24:37, 41"),
                (
                    .request,
                    "Tom Reyes ran parkrun this morning (18 May 2030) in 24:37 and came 41st. Could you add his result at the bottom of parkrun-2030.csv in memory/running-club, in the same columns?"
                ),
                (
                    .context,
                    "I keep our running club's parkrun results in memory/running-club/parkrun-2030.csv with the date, runner, time and finishing position. Please append Saturday's result: on 18 May 2030 Tom Reyes finished 41st in 24:37. It's a personal best, but I'll update pbs.md myself, and last year's results file is not to be touched."
                ),
            ], changed: [Fresh30.resultsPath],
            check: { f in
                Fresh30.isResults(f(Fresh30.resultsPath))
                    && Judge.untouched(f, Array(Fresh30.running.keys).filter { $0 != Fresh30.resultsPath }, Fresh30.running)
            },
            solution: ops(writes: [(Fresh30.resultsPath, Fresh30.running[Fresh30.resultsPath]! + Fresh30.newResult)])),
        Intention(
            number: 3104,
            kind: "rename: a scanned MOT certificate to a dated name like last year's, a tyre receipt and a scan numbered alike left",
            fixtures: Fresh30.car,
            wordings: [
                (.imperative, "Rename memory/car/scans/scan-0042.txt to 2030-03-mot-certificate.txt in the same folder"),
                (
                    .request,
                    "scan-0042.txt in memory/car/scans is this year's MOT certificate. Could you rename it 2030-03-mot-certificate.txt so it sits next to last year's?"
                ),
                (
                    .context,
                    "The scanner names everything scan-and-a-number and drops it in memory/car/scans. scan-0042.txt is the MOT certificate from March 2030, so please rename memory/car/scans/scan-0042.txt to 2030-03-mot-certificate.txt in the same folder, like 2029-03-mot-certificate.txt, without changing what it says. scan-0041.txt is a tyre receipt and scan-0420.txt the parking permit; leave those alone."
                ),
            ], changed: [Fresh30.scan, Fresh30.renamedScan],
            check: { f in
                Judge.moved(f, Fresh30.scan, to: Fresh30.renamedScan, Fresh30.car)
                    && Judge.untouched(f, Array(Fresh30.car.keys).filter { $0 != Fresh30.scan }, Fresh30.car)
            },
            solution: ops(#"{"op":"move","from":"memory/car/scans/scan-0042.txt","to":"memory/car/scans/2030-03-mot-certificate.txt"}"#)),
        Intention(
            number: 3105,
            kind: "move into a folder: a wine's tasting note from the inbox into its rack's folder, another vintage of the same wine left",
            fixtures: Fresh30.wine,
            wordings: [
                (.imperative, "Move memory/wine/inbox/rioja-reserva-2016.md into memory/wine/cellar/rack-b"),
                (
                    .request,
                    "I've put the 2016 Rioja Reserva in rack B. Could you move its note, rioja-reserva-2016.md, from memory/wine/inbox into memory/wine/cellar/rack-b?"
                ),
                (
                    .context,
                    "New bottles' notes land in memory/wine/inbox until I shelve them, and each rack has a folder under memory/wine/cellar. The 2016 Rioja Reserva went into rack B tonight, so please move memory/wine/inbox/rioja-reserva-2016.md into memory/wine/cellar/rack-b/, keeping its name. The 2018 is still in the box by the door, so its note stays in the inbox."
                ),
            ], changed: [Fresh30.tasting, Fresh30.filedTasting],
            check: { f in
                Judge.moved(f, Fresh30.tasting, to: Fresh30.filedTasting, Fresh30.wine)
                    && Judge.untouched(f, Array(Fresh30.wine.keys).filter { $0 != Fresh30.tasting }, Fresh30.wine)
            },
            solution: ops(#"{"op":"move","from":"memory/wine/inbox/rioja-reserva-2016.md","to":"memory/wine/cellar/rack-b/rioja-reserva-2016.md"}"#)),
        Intention(
            number: 3106,
            kind:
                "several files: one dog's pickup time in a Markdown schedule, a walker's JSON file and a notes file, the other dog at the same time, last year's schedule and an invoice left",
            fixtures: Fresh30.dogs,
            wordings: [
                (
                    .imperative,
                    "Change Biscuit's pickup time from 11:00 to 12:30 in memory/dog-walking/schedule.md, memory/dog-walking/walker.json and memory/dog-walking/notes.txt"
                ),
                (
                    .request,
                    "Biscuit's walk is moving to 12:30 because of his new medication. Could you update his pickup time in schedule.md, walker.json and notes.txt in memory/dog-walking? Pepper stays at 11:00."
                ),
                (
                    .context,
                    "From next week the vet wants Biscuit walked after his lunchtime tablet, so Rosa will pick him up at 12:30 instead of 11:00. Please change his pickup time in memory/dog-walking/schedule.md, memory/dog-walking/walker.json and memory/dog-walking/notes.txt. Pepper is also collected at 11:00 and that doesn't change; last year's schedule and the invoices are records."
                ),
            ], changed: Set(Fresh30.pickupFiles),
            check: { f in
                Fresh30.pickupFiles.allSatisfy { Fresh30.hasNewPickup(f($0), $0) }
                    && Judge.untouched(f, Array(Fresh30.dogs.keys).filter { !Fresh30.pickupFiles.contains($0) }, Fresh30.dogs)
            },
            solution: ops(writes: Fresh30.newPickup())),
        Intention(
            number: 3107,
            kind: "copy: a band's setlist into a gig's folder under another name, word for word, the acoustic set and another set not",
            fixtures: Fresh30.band,
            wordings: [
                (.imperative, "Copy memory/band/setlists/summer-fair.md to memory/band/gigs/2030-07-05-village-hall/setlist.md"),
                (
                    .request,
                    "We're playing the summer fair set at the village hall on 5 July. Could you put a copy of summer-fair.md from memory/band/setlists in memory/band/gigs/2030-07-05-village-hall, named setlist.md?"
                ),
                (
                    .context,
                    "Each gig gets a folder in memory/band/gigs, and for the village hall on 5 July 2030 we're doing the full summer fair set. Please copy memory/band/setlists/summer-fair.md into memory/band/gigs/2030-07-05-village-hall/ as setlist.md, exactly as it is, and keep the original with the other setlists. Not the acoustic version, and not the Christmas one."
                ),
            ], changed: [Fresh30.setlistCopy],
            check: { f in
                guard let copy = f(Fresh30.setlistCopy), !Judge.fenced(copy) else { return false }
                return Judge.lines(copy) == Judge.lines(Fresh30.band[Fresh30.setlist])
                    && Judge.untouched(f, Array(Fresh30.band.keys), Fresh30.band)
            }, solution: ops(writes: [(Fresh30.setlistCopy, Fresh30.band[Fresh30.setlist]!)])),
        Intention(
            number: 3108,
            kind: "delete: a cancelled holiday let booking, the same guests' other booking, last year's booking and the calendar kept",
            fixtures: Fresh30.holidayLet,
            wordings: [
                (.imperative, "Delete memory/holiday-let/bookings/2030-07-12-hughes.ini"),
                (
                    .request,
                    "The Hughes family cancelled their July week at the cottage. Can you delete 2030-07-12-hughes.ini from memory/holiday-let/bookings? Their August stay is still on."
                ),
                (
                    .context,
                    "I'm tidying the cottage bookings: the Hughes family have cancelled the week from 12 July 2030, so please delete memory/holiday-let/bookings/2030-07-12-hughes.ini. They're still coming on 2 August, they also stayed from 12 July last year, and the calendar stays as it is, so keep those files."
                ),
            ], changed: [Fresh30.cancelled],
            check: { f in
                f(Fresh30.cancelled) == nil
                    && Judge.untouched(f, Array(Fresh30.holidayLet.keys).filter { $0 != Fresh30.cancelled }, Fresh30.holidayLet)
            }, solution: ops(#"{"op":"delete","path":"memory/holiday-let/bookings/2030-07-12-hughes.ini"}"#)),
        Intention(
            number: 3109,
            kind:
                "summarise: a boiler service letter in two sentences at most, with the day, the time window and the deadline to rebook, last year's letter apart",
            fixtures: Fresh30.home,
            wordings: [
                (
                    .imperative,
                    "Summarise memory/home/letters/2030-04-22-boiler-service.txt in two sentences at most in outputs/boiler-visit.md: the day and time window of the visit and the date to rebook by"
                ),
                (
                    .request,
                    "Could you read the housing association's boiler letter (2030-04-22-boiler-service.txt in memory/home/letters) and write me a two-sentence summary in outputs/boiler-visit.md? I need the day, the time slot and by when I'd have to call if it doesn't suit."
                ),
                (
                    .context,
                    "The housing association has written about this year's boiler service and I'll forget the details, so please summarise memory/home/letters/2030-04-22-boiler-service.txt in no more than two sentences in outputs/boiler-visit.md: which day the engineer comes, the time window, and the last day to rebook. Last year's letter is in the same folder and has a different date and slot, so leave it out."
                ),
            ], changed: [Fresh30.boilerSummaryPath], check: { f in Fresh30.isBoilerSummary(f(Fresh30.boilerSummaryPath)) },
            solution: ops(writes: [(Fresh30.boilerSummaryPath, Fresh30.boilerSummary)])),
        Intention(
            number: 3110,
            kind:
                "extract: the frosts from a greenhouse thermometer log with their dates and minimums, a night at exactly 0.0 and last month's log apart",
            fixtures: Fresh30.greenhouse,
            wordings: [
                (
                    .imperative,
                    "From memory/greenhouse/thermometer-2030-03.log, list every night the minimum went below 0, with the date and the minimum, in outputs/frosts.md"
                ),
                (
                    .request,
                    "Could you check the greenhouse thermometer log for March (thermometer-2030-03.log in memory/greenhouse) and write down in outputs/frosts.md each date the minimum dropped below freezing, with how low it got?"
                ),
                (
                    .context,
                    "I lost some seedlings in the greenhouse and want to know which nights froze. Please go through memory/greenhouse/thermometer-2030-03.log and save to outputs/frosts.md every day whose minimum was below 0 °C (a minimum of exactly 0.0 doesn't count), one per line with the date and the minimum. February's log is in the same folder and isn't wanted."
                ),
            ], changed: [Fresh30.frostsPath], check: { f in Fresh30.isFrosts(f(Fresh30.frostsPath)) },
            solution: ops(writes: [(Fresh30.frostsPath, Fresh30.frosts)])),
        Intention(
            number: 3111,
            kind:
                "list-and-save: a folder's sewing patterns, a backup archive, a traced subfolder, the README and a stash list outside the folder apart",
            fixtures: Fresh30.sewing,
            wordings: [
                (
                    .imperative,
                    "List the PDF patterns in memory/sewing/patterns, not the zip backup or the traced folder, and save the list to outputs/sewing-patterns.md"
                ),
                (
                    .request,
                    "Could you make me a list of my sewing patterns? They're the PDFs in memory/sewing/patterns. Put it in outputs/sewing-patterns.md, and skip patterns.zip and anything in traced."
                ),
                (
                    .context,
                    "I've been buying PDF sewing patterns and keep them in memory/sewing/patterns. Please write a list of them to outputs/sewing-patterns.md, one per line. Leave out patterns.zip, which is only a backup, the traced subfolder with my tracings, and the README; the fabric stash list next door isn't a pattern either."
                ),
            ], changed: [Fresh30.patternsListPath], check: { f in Fresh30.isPatternList(f(Fresh30.patternsListPath)) },
            solution: ops(writes: [(Fresh30.patternsListPath, Fresh30.patternList)])),
        Intention(
            number: 3112,
            kind: "convert: a JSON list of seed swap offers to CSV with a header row, a seed name holding a comma and last year's offers apart",
            fixtures: Fresh30.seeds,
            wordings: [
                (.imperative, "Convert memory/seed-swap/offers.json to CSV in outputs/seed-offers.csv, with a header row and one row per offer"),
                (
                    .request,
                    "Could you turn this year's seed swap offers (offers.json in memory/seed-swap) into a CSV file, outputs/seed-offers.csv, with the seed, type, packets and who's offering them?"
                ),
                (
                    .context,
                    "The seed swap's organiser wants the offers as a spreadsheet. Please convert memory/seed-swap/offers.json into outputs/seed-offers.csv: a header row, then one row per offer with the seed, its type, the number of packets and who it's from. One variety has a comma in its name, so quote it properly, and last year's offers-2029.json isn't part of it."
                ),
            ], changed: [Fresh30.offersCsvPath], check: { f in Fresh30.isOffersCsv(f(Fresh30.offersCsvPath)) },
            solution: ops(writes: [(Fresh30.offersCsvPath, Fresh30.offersCsv)])),
        Intention(
            number: 3113,
            kind: "skill: each week's electricity use worked out from meter readings, the weeks above 60 kWh flagged",
            fixtures: Fresh30.energy,
            wordings: [
                (
                    .imperative,
                    "Write a skill at skills/energy-weekly/SKILL.md, named energy-weekly with a description, that reads memory/energy/meter-readings.csv, works out each week's use as the difference between readings and writes it to outputs/energy-weekly.md, flagging any week over 60 kWh"
                ),
                (
                    .request,
                    "Our electricity bills keep creeping up. Could you write me a skill called energy-weekly that takes the weekly meter readings in memory/energy/meter-readings.csv, subtracts each one from the next to get the week's use, and writes the weeks to outputs/energy-weekly.md with any week above 60 kWh flagged?"
                ),
                (
                    .context,
                    "Every Sunday I note the electricity meter reading in memory/energy/meter-readings.csv (date and reading in kWh). Please create skills/energy-weekly/SKILL.md with name energy-weekly and a description in its front matter, like the bin-day skill. Its body should tell the agent to work out each week's use as the difference between a reading and the one before, write the weeks to outputs/energy-weekly.md and flag every week that used more than 60 kWh. Leave the bin-day skill alone."
                ),
            ], changed: [Fresh30.energySkillPath],
            check: { f in
                Fresh30.isEnergySkill(f(Fresh30.energySkillPath)) && Judge.untouched(f, Array(Fresh30.energy.keys), Fresh30.energy)
            },
            solution: ops(writes: [(Fresh30.energySkillPath, Fresh30.energySkill)])),
        Intention(
            number: 3114,
            kind:
                "script: a Python script that prints how many board games a lending library has out and the deposits held for them, last year's loans and the members list apart",
            fixtures: Fresh30.games,
            wordings: [
                (
                    .imperative,
                    "Write memory/game-library/out-now.py, a Python script that reads memory/game-library/lending.csv and prints how many games are out and the total deposit held for them"
                ),
                (
                    .request,
                    "Could you write a small Python script, out-now.py in memory/game-library, that goes through lending.csv in the same folder and prints the number of games not yet returned and how much deposit we're holding for them?"
                ),
                (
                    .context,
                    "Our board game lending library logs each loan in memory/game-library/lending.csv; a loan with an empty returned column is still out, and each has the deposit paid. Please write a Python script, memory/game-library/out-now.py, that reads that file and prints how many games are out right now and the total of their deposits. Last year's lending-2029.csv and the members list don't come into it, and the script mustn't change any file."
                ),
            ], changed: [Fresh30.outNowPath], check: { f in Fresh30.isOutNowScript(f(Fresh30.outNowPath)) },
            solution: ops(writes: [(Fresh30.outNowPath, Fresh30.outNowScript)])),
    ]
}

extension EverydayTaskSuite {
    /// Correct results in other forms a careful person accepts (another key order or layout, a
    /// comment, quoted values, another date, time or amount format, a table for a list, titles or
    /// paths for file names, columns and rows in another order, another way to write the same skill
    /// or script, a lost final newline, CRLF), at least one per intention but the delete (3108),
    /// which has no other form.
    static let fresh30Alternatives: [(Int, String)] = [
        (
            3101,
            ops(writes: [
                (
                    Fresh30.repair,
                    "{\n    \"bike\": \"road\",\n    \"date\": \"2030-03-09\",\n    \"job\": \"brake pads replaced\",\n    \"parts\": \"Shimano B01S pads\",\n    \"cost\": 18.5\n}"
                )
            ])
        ),
        (
            3101,
            ops(writes: [
                (
                    Fresh30.repair,
                    "{\"date\": \"09/03/2030\", \"bike\": \"Road bike\", \"job\": \"Replaced the brake pads\", \"parts\": \"Shimano B01S\", \"cost\": \"£18.50\"}\r\n"
                )
            ])
        ),
        (
            3101,
            ops(writes: [
                (
                    Fresh30.repair,
                    "{\"date\": \"9 March 2030\", \"bike\": \"road\", \"job\": \"new brake pads\", \"parts\": \"Shimano B01S brake pads\", \"cost\": \"18.50\"}\n"
                )
            ])
        ),
        (3102, ops(writes: [(Fresh30.rotaPath, Fresh30.rotaText(tea16: "\"Olu\"  # swapped with Margaret"))])),
        (3102, ops(writes: [(Fresh30.rotaPath, Fresh30.rotaText(tea16: "Olu").replacingOccurrences(of: "\n", with: "\r\n"))])),
        (
            3102,
            ops(writes: [
                (
                    Fresh30.rotaPath,
                    Fresh30.rotaText(tea16: "'Olu'").replacingOccurrences(of: "\n  ", with: "\n    ").trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            3103,
            ops(writes: [
                (
                    Fresh30.resultsPath,
                    (Fresh30.running[Fresh30.resultsPath]! + Fresh30.newResult).replacingOccurrences(of: "\n", with: "\r\n")
                )
            ])
        ),
        (3103, ops(writes: [(Fresh30.resultsPath, Fresh30.running[Fresh30.resultsPath]! + "18/05/2030,Tom Reyes,00:24:37,41st")])),
        (3103, ops(writes: [(Fresh30.resultsPath, Fresh30.running[Fresh30.resultsPath]! + "\n18 May 2030,\"Tom Reyes\",24:37,41\n")])),
        (
            3104,
            ops(
                writes: [(Fresh30.renamedScan, Fresh30.car[Fresh30.scan]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/car/scans/scan-0042.txt"}"#)
        ),
        (
            3104,
            ops(
                writes: [(Fresh30.renamedScan, Fresh30.car[Fresh30.scan]!.replacingOccurrences(of: "\n", with: "\r\n"))],
                #"{"op":"delete","path":"memory/car/scans/scan-0042.txt"}"#)
        ),
        (
            3104,
            ops(
                writes: [(Fresh30.renamedScan, Fresh30.car[Fresh30.scan]!.replacingOccurrences(of: "\n", with: "\n\n"))],
                #"{"op":"delete","path":"memory/car/scans/scan-0042.txt"}"#)
        ),
        (
            3105,
            ops(
                writes: [(Fresh30.filedTasting, Fresh30.wine[Fresh30.tasting]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/wine/inbox/rioja-reserva-2016.md"}"#)
        ),
        (
            3105,
            ops(
                writes: [(Fresh30.filedTasting, Fresh30.wine[Fresh30.tasting]!.replacingOccurrences(of: "\n", with: "\r\n"))],
                #"{"op":"delete","path":"memory/wine/inbox/rioja-reserva-2016.md"}"#)
        ),
        (
            3105,
            ops(
                writes: [(Fresh30.filedTasting, Fresh30.wine[Fresh30.tasting]!.replacingOccurrences(of: "\n", with: "\n\n"))],
                #"{"op":"delete","path":"memory/wine/inbox/rioja-reserva-2016.md"}"#)
        ),
        (
            3106,
            ops(
                writes: Fresh30.newPickup().map {
                    $0.0 == Fresh30.walker
                        ? (
                            $0.0,
                            "{\n    \"dogs\": [\n        {\n            \"address\": \"2 Mill Lane\",\n            \"name\": \"Pepper\",\n            \"pickup\": \"11:00\"\n        },\n        {\n            \"address\": \"14 Elm Road\",\n            \"name\": \"Biscuit\",\n            \"pickup\": \"12:30\"\n        }\n    ],\n    \"walker\": \"Rosa Diaz\"\n}"
                        ) : $0
                })
        ),
        (3106, ops(writes: Fresh30.newPickup().map { ($0.0, $0.1.replacingOccurrences(of: "\n", with: "\r\n")) })),
        (3106, ops(writes: Fresh30.newPickup(time: "12.30pm"))),
        (3107, ops(writes: [(Fresh30.setlistCopy, Fresh30.band[Fresh30.setlist]!.trimmingCharacters(in: .newlines))])),
        (3107, ops(writes: [(Fresh30.setlistCopy, Fresh30.band[Fresh30.setlist]!.replacingOccurrences(of: "\n", with: "\r\n"))])),
        (3107, ops(writes: [(Fresh30.setlistCopy, Fresh30.band[Fresh30.setlist]!.replacingOccurrences(of: "\n", with: "\n\n"))])),
        (
            3109,
            ops(writes: [
                (
                    Fresh30.boilerSummaryPath,
                    "# Boiler service\n- Boiler service Tue 14/05, 8am-1pm, adult must be home.\n- To rebook, phone by 07/05 (missing it costs £35).\n"
                )
            ])
        ),
        (
            3109,
            ops(writes: [
                (
                    Fresh30.boilerSummaryPath,
                    "Northgate Homes will service the boiler on May 14th, some time from 8:00 to 13:00. Ring 0800 123 4567 by May 7th 2030 if you need to rearrange.\r\n"
                )
            ])
        ),
        (
            3109,
            ops(writes: [
                (
                    Fresh30.boilerSummaryPath,
                    "The gas safety check is on Tuesday 14 May between 8 and 1, and if it doesn't suit you must call to rebook by Tuesday 7 May."
                )
            ])
        ),
        (
            3110,
            ops(writes: [
                (
                    Fresh30.frostsPath,
                    "| Date | Minimum (°C) |\n|---|---:|\n| 2030-03-02 | -1.2 |\n| 2030-03-04 | -3.4 |\n| 2030-03-06 | -0.6 |\n"
                )
            ])
        ),
        (3110, ops(writes: [(Fresh30.frostsPath, "Frosts in March:\r\n1. 06/03 −0.6C\r\n2. 04/03 −3.4C\r\n3. 02/03 −1.2C\r\n")])),
        (
            3110,
            ops(writes: [
                (Fresh30.frostsPath, "# Frosty nights\n* Sat 2nd March: **-1.2 °C**\n* Mon 4th March: **-3.4 °C**\n* Wed 6th March: **-0.6 °C**")
            ])
        ),
        (
            3111,
            ops(writes: [
                (
                    Fresh30.patternsListPath,
                    "| Pattern |\n|---|\n| memory/sewing/patterns/apron.pdf |\n| memory/sewing/patterns/pyjama-bottoms.pdf |\n| memory/sewing/patterns/tote-bag.pdf |\n"
                )
            ])
        ),
        (3111, ops(writes: [(Fresh30.patternsListPath, "# Sewing patterns\n- Tote bag\n- Cross-back apron\n- Pyjama bottoms\n")])),
        (3111, ops(writes: [(Fresh30.patternsListPath, "- [ ] `pyjama-bottoms.pdf`\r\n- [ ] `apron.pdf`\r\n- [ ] `tote-bag.pdf`")])),
        (
            3112,
            ops(writes: [
                (
                    Fresh30.offersCsvPath,
                    "from,seed,packets,type\r\nIvy,Cherokee Trail of Tears,3,bean\r\nDev,\"Sweet pea, Cupani\",5,flower\r\nIvy,Red Russian,2,kale\r\nMarta,Gardener's Delight,4,tomato\r\n"
                )
            ])
        ),
        (
            3112,
            ops(writes: [
                (
                    Fresh30.offersCsvPath,
                    "\"Seed\",\"Type\",\"Packets\",\"From\"\n\"Gardener's Delight\",\"tomato\",\"4\",\"Marta\"\n\"Red Russian\",\"kale\",\"2\",\"Ivy\"\n\"Sweet pea, Cupani\",\"flower\",\"5\",\"Dev\"\n\"Cherokee Trail of Tears\",\"bean\",\"3\",\"Ivy\""
                )
            ])
        ),
        (
            3112,
            ops(writes: [
                (
                    Fresh30.offersCsvPath,
                    Fresh30.offersCsv.replacingOccurrences(of: "seed,type,packets,from", with: "Variety, Type, Packets, Offered by")
                )
            ])
        ),
        (
            3113,
            ops(writes: [
                (
                    Fresh30.energySkillPath,
                    "---\nname: \"energy-weekly\"\ndescription: >\n  Weekly electricity use from the meter.\n---\n\n# Energy weekly\n\n1. Open `memory/energy/meter-readings.csv`.\n2. For each reading after the first, the week's use is the difference from the reading before.\n3. Mark any week above 60 kWh with a warning sign.\n4. Save the weeks to `outputs/energy-weekly.md`.\n"
                )
            ])
        ),
        (
            3113,
            ops(writes: [
                (
                    Fresh30.energySkillPath,
                    "---\nname: energy-weekly\ndescription: 'Electricity: how much each week used.'\n---\nGo through memory/energy/meter-readings.csv in date order. Take each reading minus the one before it to get that week's kWh. Write every week with its use to outputs/energy-weekly.md, and highlight the weeks over 60 kWh."
                )
            ])
        ),
        (
            3113,
            ops(writes: [
                (
                    Fresh30.energySkillPath,
                    "---\nname: energy-weekly\ndescription: |\n  Weekly electricity use.\n---\n- Input: memory/energy/meter-readings.csv (date, reading_kwh)\n- Use per week: subtract the previous reading\n- Flag: weeks using more than 60 kWh\n- Output: outputs/energy-weekly.md\n"
                )
            ])
        ),
        (
            3114,
            ops(writes: [
                (
                    Fresh30.outNowPath,
                    "import pandas as pd\n\ndf = pd.read_csv(\"memory/game-library/lending.csv\")\nout = df[df[\"returned\"].isna()]\nprint(\"games out:\", len(out))\nprint(\"deposits held:\", out[\"deposit\"].sum())\n"
                )
            ])
        ),
        (
            3114,
            ops(writes: [
                (
                    Fresh30.outNowPath,
                    "#!/usr/bin/env python3\nimport csv\n\ncount = 0\ntotal = 0\nwith open(\"memory/game-library/lending.csv\", encoding=\"utf-8\") as f:\n    for row in csv.DictReader(f):\n        if row[\"returned\"].strip() == \"\":\n            count += 1\n            total += int(row[\"deposit\"])\nprint(f\"{count} games out, £{total} in deposits\")\n"
                )
            ])
        ),
        (
            3114,
            ops(writes: [
                (
                    Fresh30.outNowPath,
                    "import sys\n\n\ndef main(path=\"memory/game-library/lending.csv\"):\n    with open(path) as f:\n        lines = f.read().splitlines()\n    header = lines[0].split(\",\")\n    deposit = header.index(\"deposit\")\n    returned = header.index(\"returned\")\n    out = [l.split(\",\") for l in lines[1:] if l and not l.split(\",\")[returned]]\n    print(\"Games out:\", len(out))\n    print(\"Deposits held:\", sum(float(r[deposit]) for r in out))\n\n\nmain(*sys.argv[1:])\n"
                )
            ])
        ),
    ]

    /// Wrong or partial results that the thirtieth fresh part's checks must refuse, at least six per intention.
    static let fresh30NearMisses: [(Int, String)] = [
        (3101, ops(writes: [("memory/bike-repairs/commuter/2030-03-09.json", Fresh30.repairRecord)])),
        (3101, ops(writes: [(Fresh30.repair, Fresh30.repairRecord.replacingOccurrences(of: "18.50", with: "15.80"))])),
        (3101, ops(writes: [(Fresh30.repair, Fresh30.repairRecord.replacingOccurrences(of: "\"bike\": \"road\"", with: "\"bike\": \"commuter\""))])),
        (3101, ops(writes: [(Fresh30.repair, Fresh30.repairRecord.replacingOccurrences(of: "2030-03-09", with: "2030-02-22"))])),
        (3101, ops(writes: [(Fresh30.repair, Fresh30.repairRecord.replacingOccurrences(of: ", \"parts\": \"Shimano B01S pads\"", with: ""))])),
        (3101, ops(writes: [(Fresh30.repair, "```json\n" + Fresh30.repairRecord + "```\n")])),
        (
            3101,
            ops(writes: [(Fresh30.repair, Fresh30.repairRecord.replacingOccurrences(of: "}\n", with: ", \"notes\": \"puncture on the commuter\"}\n"))]
            )
        ),
        (
            3101,
            ops(writes: [
                (Fresh30.repair, "date: 2030-03-09\nbike: road\njob: brake pads replaced\nparts: Shimano B01S pads\ncost: 18.50\n")
            ])
        ),
        (
            3101,
            ops(writes: [
                (Fresh30.repair, Fresh30.repairRecord),
                ("memory/bike-repairs/bikes.md", Fresh30.bikes["memory/bike-repairs/bikes.md"]! + "- road: brake pads, 9 March 2030\n"),
            ])
        ),
        (3101, ops(writes: [("memory/bike-repairs/road/2030-02-22.json", Fresh30.repairRecord)])),
        (3101, ops(writes: [(Fresh30.repair, Fresh30.repairRecord.replacingOccurrences(of: "brake pads replaced", with: "brake cables replaced"))])),
        (3101, ops(writes: [(Fresh30.repair, Fresh30.repairRecord.replacingOccurrences(of: "B01S", with: "B03S"))])),
        (3101, ops(writes: [(Fresh30.repair, "Road bike, 9 March 2030: brake pads replaced, Shimano B01S pads, £18.50.\n")])),
        (
            3102,
            ops(writes: [
                (
                    Fresh30.rotaPath,
                    Fresh30.rotaText(tea16: "Olu").replacingOccurrences(of: "tea: Margaret\n  music: Anil", with: "tea: Olu\n  music: Anil")
                )
            ])
        ),
        (3102, ops(writes: [(Fresh30.rotaPath, Fresh30.rotaText(tea16: "Olu").replacingOccurrences(of: "Margaret", with: "Olu"))])),
        (3102, ops(writes: [(Fresh30.rotaPath, Fresh30.rotaText(tea16: "Margaret").replacingOccurrences(of: "music: Priya", with: "music: Olu"))])),
        (
            3102,
            ops(writes: [
                (
                    "memory/choir/rota-autumn-2029.yaml",
                    Fresh30.choir["memory/choir/rota-autumn-2029.yaml"]!.replacingOccurrences(of: "tea: Margaret", with: "tea: Olu")
                )
            ])
        ),
        (3102, ops(writes: [(Fresh30.rotaPath, "```yaml\n" + Fresh30.rotaText(tea16: "Olu") + "```\n")])),
        (3102, ops(writes: [(Fresh30.rotaPath, Fresh30.rotaText(tea16: "Ola"))])),
        (3102, ops(writes: [(Fresh30.rotaPath, Fresh30.rotaText(tea16: "Olu").replacingOccurrences(of: "  music: Priya\n", with: ""))])),
        (3102, ops(writes: [(Fresh30.rotaPath, Fresh30.rotaText(tea16: "Olu").replacingOccurrences(of: "2030-04-16", with: "2030-04-17"))])),
        (3102, ops(writes: [(Fresh30.rotaPath, Fresh30.rotaText(tea16: "Margaret") + "- date: 2030-04-16\n  tea: Olu\n")])),
        (
            3102,
            ops(writes: [
                (Fresh30.rotaPath, Fresh30.rotaText(tea16: "Olu")),
                ("memory/choir/members.md", Fresh30.choir["memory/choir/members.md"]! + "Olu does the tea on 16 April\n"),
            ])
        ),
        (3102, ops(writes: [(Fresh30.rotaPath, Fresh30.rotaText(tea16: "Margaret"))])),
        (3102, ops(writes: [(Fresh30.rotaPath, Fresh30.rotaText(tea16: "Olu, Margaret"))])),
        (
            3103,
            ops(writes: [
                ("memory/running-club/parkrun-2029.csv", Fresh30.running["memory/running-club/parkrun-2029.csv"]! + Fresh30.newResult)
            ])
        ),
        (
            3103,
            ops(writes: [
                (
                    Fresh30.resultsPath,
                    Fresh30.running[Fresh30.resultsPath]!.replacingOccurrences(
                        of: "date,runner,time,position\n", with: "date,runner,time,position\n" + Fresh30.newResult)
                )
            ])
        ),
        (3103, ops(writes: [(Fresh30.resultsPath, Fresh30.running[Fresh30.resultsPath]! + "2030-05-18,Tom Reyes,24:37,14\n")])),
        (3103, ops(writes: [(Fresh30.resultsPath, Fresh30.running[Fresh30.resultsPath]! + "2030-05-18,Tom Reyes,24:51,41\n")])),
        (3103, ops(writes: [(Fresh30.resultsPath, Fresh30.running[Fresh30.resultsPath]! + "2030-05-18,Tom Rees,24:37,41\n")])),
        (3103, ops(writes: [(Fresh30.resultsPath, Fresh30.running[Fresh30.resultsPath]! + "2030-05-18\tTom Reyes\t24:37\t41\n")])),
        (3103, ops(writes: [(Fresh30.resultsPath, Fresh30.running[Fresh30.resultsPath]! + "2030-05-18,Tom Reyes,24:37\n")])),
        (3103, ops(writes: [(Fresh30.resultsPath, "date,runner,time,position\n" + Fresh30.newResult)])),
        (3103, ops(writes: [(Fresh30.resultsPath, Fresh30.running[Fresh30.resultsPath]! + Fresh30.newResult + Fresh30.newResult)])),
        (3103, ops(writes: [(Fresh30.resultsPath, "```csv\n" + Fresh30.running[Fresh30.resultsPath]! + Fresh30.newResult + "```\n")])),
        (
            3103,
            ops(writes: [
                (Fresh30.resultsPath, Fresh30.running[Fresh30.resultsPath]! + Fresh30.newResult),
                (
                    "memory/running-club/pbs.md",
                    Fresh30.running["memory/running-club/pbs.md"]!.replacingOccurrences(of: "Tom Reyes: 24:51", with: "Tom Reyes: 24:37")
                ),
            ])
        ),
        (3103, ops(writes: [(Fresh30.resultsPath, Fresh30.running[Fresh30.resultsPath]! + "2030-05-11,Tom Reyes,24:37,41\n")])),
        (3103, ops(writes: [(Fresh30.resultsPath, Fresh30.running[Fresh30.resultsPath]! + "2030-05-18,Tom Reyes,24:37,41,PB\n")])),
        (3104, ops(#"{"op":"move","from":"memory/car/scans/scan-0041.txt","to":"memory/car/scans/2030-03-mot-certificate.txt"}"#)),
        (3104, ops(#"{"op":"move","from":"memory/car/scans/scan-0420.txt","to":"memory/car/scans/2030-03-mot-certificate.txt"}"#)),
        (3104, ops(writes: [(Fresh30.renamedScan, Fresh30.car[Fresh30.scan]!)])),
        (3104, ops(#"{"op":"move","from":"memory/car/scans/scan-0042.txt","to":"memory/car/2030-03-mot-certificate.txt"}"#)),
        (3104, ops(#"{"op":"move","from":"memory/car/scans/scan-0042.txt","to":"memory/car/scans/2030-3-mot-certificate.txt"}"#)),
        (3104, ops(#"{"op":"move","from":"memory/car/scans/scan-0042.txt","to":"memory/car/scans/2030-03-mot-certificate.md"}"#)),
        (
            3104,
            ops(
                writes: [(Fresh30.renamedScan, Fresh30.car[Fresh30.scan]!.replacingOccurrences(of: "48,213", with: "48,231"))],
                #"{"op":"delete","path":"memory/car/scans/scan-0042.txt"}"#)
        ),
        (3104, ops(#"{"op":"delete","path":"memory/car/scans/scan-0042.txt"}"#)),
        (
            3104,
            ops(
                #"{"op":"move","from":"memory/car/scans/scan-0042.txt","to":"memory/car/scans/2030-03-mot-certificate.txt"}"#,
                #"{"op":"move","from":"memory/car/scans/scan-0041.txt","to":"memory/car/scans/2030-03-tyre-receipt.txt"}"#)
        ),
        (
            3104,
            ops(
                writes: [(Fresh30.renamedScan, Fresh30.car[Fresh30.scan]!.replacingOccurrences(of: "Expires: 10 March 2031\n", with: ""))],
                #"{"op":"delete","path":"memory/car/scans/scan-0042.txt"}"#)
        ),
        (3104, ops(#"{"op":"move","from":"memory/car/scans/scan-0042.txt","to":"memory/car/scans/2029-03-mot-certificate.txt","overwrite":true}"#)),
        (3105, ops(#"{"op":"move","from":"memory/wine/inbox/rioja-reserva-2018.md","to":"memory/wine/cellar/rack-b/rioja-reserva-2018.md"}"#)),
        (3105, ops(#"{"op":"move","from":"memory/wine/inbox/rioja-reserva-2016.md","to":"memory/wine/cellar/rack-d/rioja-reserva-2016.md"}"#)),
        (3105, ops(#"{"op":"move","from":"memory/wine/inbox/rioja-reserva-2016.md","to":"memory/wine/cellar/rioja-reserva-2016.md"}"#)),
        (3105, ops(writes: [(Fresh30.filedTasting, Fresh30.wine[Fresh30.tasting]!)])),
        (
            3105,
            ops(
                #"{"op":"move","from":"memory/wine/inbox/rioja-reserva-2016.md","to":"memory/wine/cellar/rack-b/rioja-reserva-2016.md"}"#,
                #"{"op":"move","from":"memory/wine/inbox/rioja-reserva-2018.md","to":"memory/wine/cellar/rack-b/rioja-reserva-2018.md"}"#)
        ),
        (3105, ops(#"{"op":"move","from":"memory/wine/inbox/rioja-reserva-2016.md","to":"memory/wine/cellar/rack-b/rioja-2016.md"}"#)),
        (
            3105,
            ops(
                writes: [(Fresh30.filedTasting, Fresh30.wine[Fresh30.tasting]!.replacingOccurrences(of: "6 bottles", with: "5 bottles"))],
                #"{"op":"delete","path":"memory/wine/inbox/rioja-reserva-2016.md"}"#)
        ),
        (3105, ops(#"{"op":"delete","path":"memory/wine/inbox/rioja-reserva-2016.md"}"#)),
        (3105, ops(#"{"op":"move","from":"memory/wine/inbox/rioja-reserva-2016.md","to":"memory/wine/cellar/rack-b/inbox/rioja-reserva-2016.md"}"#)),
        (
            3105,
            ops(
                writes: [("memory/wine/cellar/rack-b/musar-2015.md", "# Chateau Musar 2015\n2 bottles\nRioja Reserva 2016 beside it\n")],
                #"{"op":"move","from":"memory/wine/inbox/rioja-reserva-2016.md","to":"memory/wine/cellar/rack-b/rioja-reserva-2016.md"}"#)
        ),
        (3106, ops(writes: Array(Fresh30.newPickup().prefix(2)))),
        (
            3106,
            ops(
                writes: Fresh30.newPickup().map {
                    $0.0 == Fresh30.walker ? ($0.0, Fresh30.dogs[Fresh30.walker]!.replacingOccurrences(of: "11:00", with: "12:30")) : $0
                })
        ),
        (
            3106,
            ops(
                writes: Fresh30.newPickup().map {
                    $0.0 == Fresh30.schedule ? ($0.0, Fresh30.dogs[Fresh30.schedule]!.replacingOccurrences(of: "11:00", with: "12:30")) : $0
                })
        ),
        (
            3106,
            ops(
                writes: Fresh30.newPickup() + [
                    (
                        "memory/dog-walking/schedule-2029.md",
                        Fresh30.dogs["memory/dog-walking/schedule-2029.md"]!.replacingOccurrences(of: "11:00", with: "12:30")
                    )
                ])
        ),
        (3106, ops(writes: Fresh30.newPickup(time: "12:00"))),
        (3106, ops(writes: Fresh30.newPickup(time: "11:00"))),
        (3106, ops(writes: Fresh30.newPickup(time: "13:30"))),
        (
            3106,
            ops(
                writes: Fresh30.newPickup() + [
                    ("memory/dog-walking/invoices/2030-03.txt", "Rosa Diaz, March 2030\nBiscuit: 20 walks at 12:30, £240\n")
                ])
        ),
        (3106, ops(writes: Fresh30.newPickup().map { $0.0 == Fresh30.walker ? ($0.0, "```json\n" + $0.1 + "```\n") : $0 })),
        (
            3106,
            ops(
                writes: Fresh30.newPickup().map {
                    $0.0 == Fresh30.walker ? ($0.0, $0.1.replacingOccurrences(of: "\"pickup\": \"12:30\"", with: "\"time\": \"12:30\"")) : $0
                })
        ),
        (
            3106,
            ops(
                writes: Fresh30.newPickup().map {
                    $0.0 == Fresh30.dogNotes ? ($0.0, $0.1.replacingOccurrences(of: "Pay Rosa on Fridays\n", with: "")) : $0
                })
        ),
        (
            3106,
            ops(
                writes: Fresh30.newPickup().map {
                    $0.0 == Fresh30.schedule ? ($0.0, Fresh30.dogs[Fresh30.schedule]! + "- Biscuit now at 12:30\n") : $0
                })
        ),
        (3107, ops(writes: [(Fresh30.setlistCopy, Fresh30.band["memory/band/setlists/summer-fair-acoustic.md"]!)])),
        (3107, ops(writes: [(Fresh30.setlistCopy, Fresh30.band["memory/band/setlists/christmas.md"]!)])),
        (3107, ops(#"{"op":"move","from":"memory/band/setlists/summer-fair.md","to":"memory/band/gigs/2030-07-05-village-hall/setlist.md"}"#)),
        (3107, ops(writes: [("memory/band/gigs/2030-07-05-village-hall/summer-fair.md", Fresh30.band[Fresh30.setlist]!)])),
        (3107, ops(writes: [("memory/band/gigs/setlist.md", Fresh30.band[Fresh30.setlist]!)])),
        (
            3107,
            ops(writes: [
                (Fresh30.setlistCopy, Fresh30.band[Fresh30.setlist]!),
                (
                    "memory/band/gigs/2030-07-05-village-hall/details.md",
                    "# Village hall, 5 July 2030\nLoad in 6 pm, on stage 8 pm\nSet: summer fair\n"
                ),
            ])
        ),
        (3107, ops(writes: [(Fresh30.setlistCopy, Fresh30.band[Fresh30.setlist]!.replacingOccurrences(of: "E flat", with: "E"))])),
        (3107, ops(writes: [(Fresh30.setlistCopy, "```\n" + Fresh30.band[Fresh30.setlist]! + "```\n")])),
        (3107, ops(writes: [(Fresh30.setlistCopy, Fresh30.band[Fresh30.setlist]!.replacingOccurrences(of: "Encore: Come On Eileen\n", with: ""))])),
        (3107, ops(writes: [("memory/band/setlists/setlist.md", Fresh30.band[Fresh30.setlist]!)])),
        (3107, ops(writes: [(Fresh30.setlistCopy, "See memory/band/setlists/summer-fair.md\n")])),
        (3108, ops(#"{"op":"delete","path":"memory/holiday-let/bookings/2030-08-02-hughes.ini"}"#)),
        (3108, ops(#"{"op":"delete","path":"memory/holiday-let/bookings/2029-07-12-hughes.ini"}"#)),
        (
            3108,
            ops(
                #"{"op":"delete","path":"memory/holiday-let/bookings/2030-07-12-hughes.ini"}"#,
                #"{"op":"delete","path":"memory/holiday-let/bookings/2030-08-02-hughes.ini"}"#)
        ),
        (3108, ops(writes: [(Fresh30.cancelled, "")])),
        (
            3108,
            ops(
                #"{"op":"move","from":"memory/holiday-let/bookings/2030-07-12-hughes.ini","to":"memory/holiday-let/bookings/cancelled/2030-07-12-hughes.ini"}"#
            )
        ),
        (
            3108,
            ops(
                writes: [("memory/holiday-let/calendar.md", "# Summer 2030\n- 2 August: Hughes\n")],
                #"{"op":"delete","path":"memory/holiday-let/bookings/2030-07-12-hughes.ini"}"#)
        ),
        (
            3108,
            ops(
                #"{"op":"move","from":"memory/holiday-let/bookings/2030-07-12-hughes.ini","to":"memory/holiday-let/bookings/2030-07-12-hughes.ini.bak"}"#
            )
        ),
        (
            3109,
            ops(writes: [
                (
                    Fresh30.boilerSummaryPath,
                    "The boiler service is on Monday 20 May 2029 between 12 pm and 5 pm. Missed appointments cost £30.\n"
                )
            ])
        ),
        (3109, ops(writes: [(Fresh30.boilerSummaryPath, Fresh30.boilerSummary.replacingOccurrences(of: "14 May", with: "15 May"))])),
        (
            3109,
            ops(writes: [
                (
                    Fresh30.boilerSummaryPath,
                    "The boiler service and gas safety check is on Tuesday 14 May 2030 between 8 am and 1 pm, and an adult must be in.\n"
                )
            ])
        ),
        (
            3109,
            ops(writes: [
                (
                    Fresh30.boilerSummaryPath,
                    "The boiler service and gas safety check is on Tuesday 14 May 2030, and an adult must be in. If that doesn't suit, call 0800 123 4567 by Tuesday 7 May to rebook.\n"
                )
            ])
        ),
        (3109, ops(writes: [(Fresh30.boilerSummaryPath, Fresh30.home[Fresh30.boilerLetter]!)])),
        (
            3109,
            ops(writes: [
                (
                    Fresh30.boilerSummaryPath,
                    "The boiler service is on Tuesday 14 May 2030. The engineer comes between 8 am and 1 pm. An adult must be in. Call by Tuesday 7 May to rebook.\n"
                )
            ])
        ),
        (3109, ops(writes: [(Fresh30.boilerSummaryPath, "```\n" + Fresh30.boilerSummary + "```\n")])),
        (3109, ops(writes: [("memory/home/boiler-visit.md", Fresh30.boilerSummary)])),
        (3109, ops(writes: [(Fresh30.boilerSummaryPath, Fresh30.boilerSummary.replacingOccurrences(of: "7 May", with: "7 June"))])),
        (3109, ops(writes: [(Fresh30.boilerSummaryPath, Fresh30.boilerSummary.replacingOccurrences(of: "1 pm", with: "5 pm"))])),
        (3109, ops(writes: [(Fresh30.boilerSummaryPath, Fresh30.boilerSummary.replacingOccurrences(of: "2030", with: "2029"))])),
        (
            3109,
            ops(writes: [
                (
                    Fresh30.boilerSummaryPath,
                    Fresh30.boilerSummary.replacingOccurrences(of: "to rebook.", with: "to rebook, or pay £53 if you miss it.")
                )
            ])
        ),
        (3109, ops(writes: [(Fresh30.boilerSummaryPath, Fresh30.boilerSummary.replacingOccurrences(of: " by Tuesday 7 May", with: ""))])),
        (3110, ops(writes: [(Fresh30.frostsPath, Fresh30.frosts + "- 3 March 2030: 0.0 °C\n")])),
        (3110, ops(writes: [(Fresh30.frostsPath, Fresh30.frosts.replacingOccurrences(of: "- 6 March 2030: -0.6 °C\n", with: ""))])),
        (3110, ops(writes: [(Fresh30.frostsPath, Fresh30.frosts + "- 27 February 2030: -5.0 °C\n")])),
        (3110, ops(writes: [(Fresh30.frostsPath, "- 2 March 2030: -3.4 °C\n- 4 March 2030: -1.2 °C\n- 6 March 2030: -0.6 °C\n")])),
        (3110, ops(writes: [(Fresh30.frostsPath, "- 2 March 2030\n- 4 March 2030\n- 6 March 2030\n")])),
        (3110, ops(writes: [(Fresh30.frostsPath, "It froze on 2 March (-1.2 °C), 4 March (-3.4 °C) and 6 March (-0.6 °C).\n")])),
        (3110, ops(writes: [("memory/greenhouse/frosts.md", Fresh30.frosts)])),
        (3110, ops(writes: [(Fresh30.frostsPath, "```\n" + Fresh30.frosts + "```\n")])),
        (3110, ops(writes: [(Fresh30.frostsPath, "- 2 March 2030: 11.0 °C\n- 4 March 2030: 8.1 °C\n- 6 March 2030: 10.4 °C\n")])),
        (3110, ops(writes: [(Fresh30.frostsPath, Fresh30.frosts + "- 4 March 2030: -3.4 °C\n")])),
        (3110, ops(writes: [(Fresh30.frostsPath, Fresh30.home[Fresh30.boilerLetter] ?? "")])),
        (3110, ops(writes: [(Fresh30.frostsPath, Fresh30.greenhouse[Fresh30.thermometerLog]!)])),
        (3110, ops(writes: [(Fresh30.frostsPath, "- 2 March 2030: -1.2 °C\n- 4 March 2030: -3.4 °C\n- 5 March 2030: -0.6 °C\n")])),
        (3111, ops(writes: [(Fresh30.patternsListPath, Fresh30.patternList + "- patterns.zip\n")])),
        (3111, ops(writes: [(Fresh30.patternsListPath, Fresh30.patternList + "- traced/apron-traced.pdf\n")])),
        (3111, ops(writes: [(Fresh30.patternsListPath, Fresh30.patternList.replacingOccurrences(of: "- pyjama-bottoms.pdf\n", with: ""))])),
        (3111, ops(writes: [(Fresh30.patternsListPath, Fresh30.patternList + "- README.md\n")])),
        (3111, ops(writes: [(Fresh30.patternsListPath, "tote-bag.pdf, apron.pdf, pyjama-bottoms.pdf\n")])),
        (3111, ops(writes: [(Fresh30.patternsListPath, "```\n" + Fresh30.patternList + "```\n")])),
        (3111, ops(writes: [("memory/sewing/patterns/index.md", Fresh30.patternList)])),
        (3111, ops(writes: [(Fresh30.patternsListPath, Fresh30.patternList + "- apron.pdf\n")])),
        (3111, ops(writes: [(Fresh30.patternsListPath, Fresh30.patternList + "- ../fabric-stash.md\n")])),
        (3111, ops(writes: [(Fresh30.patternsListPath, Fresh30.patternList + "Also: the backup in the zip\n")])),
        (3111, ops(writes: [(Fresh30.patternsListPath, "- tote-bag.pdf\n- apron.pdf\n")])),
        (
            3112,
            ops(writes: [(Fresh30.offersCsvPath, Fresh30.offersCsv.replacingOccurrences(of: "\"Sweet pea, Cupani\"", with: "Sweet pea, Cupani"))])
        ),
        (3112, ops(writes: [(Fresh30.offersCsvPath, Fresh30.offersCsv.replacingOccurrences(of: "Red Russian,kale,2,Ivy\n", with: ""))])),
        (3112, ops(writes: [(Fresh30.offersCsvPath, Fresh30.offersCsv + "Crimson Flowered,broad bean,6,Ivy\n")])),
        (3112, ops(writes: [(Fresh30.offersCsvPath, Fresh30.offersCsv.replacingOccurrences(of: "bean,3,Ivy", with: "bean,2,Ivy"))])),
        (3112, ops(writes: [(Fresh30.offersCsvPath, Fresh30.offersCsv.replacingOccurrences(of: "seed,type,packets,from\n", with: ""))])),
        (
            3112,
            ops(writes: [
                (
                    Fresh30.offersCsvPath,
                    "| seed | type | packets | from |\n|---|---|---|---|\n| Cherokee Trail of Tears | bean | 3 | Ivy |\n| Sweet pea, Cupani | flower | 5 | Dev |\n| Red Russian | kale | 2 | Ivy |\n| Gardener's Delight | tomato | 4 | Marta |\n"
                )
            ])
        ),
        (3112, ops(writes: [("memory/seed-swap/offers.csv", Fresh30.offersCsv)])),
        (3112, ops(writes: [(Fresh30.offersCsvPath, Fresh30.offersCsv.replacingOccurrences(of: ",", with: "\t"))])),
        (3112, ops(writes: [(Fresh30.offersCsvPath, "```csv\n" + Fresh30.offersCsv + "```\n")])),
        (
            3112,
            ops(writes: [
                (
                    Fresh30.offersCsvPath,
                    Fresh30.offersCsv.replacingOccurrences(of: "kale,2,Ivy", with: "kale,2,Marta").replacingOccurrences(
                        of: "tomato,4,Marta", with: "tomato,4,Ivy")
                )
            ])
        ),
        (
            3112,
            ops(writes: [(Fresh30.offersCsvPath, Fresh30.offersCsv.replacingOccurrences(of: "seed,type,packets,from", with: "seed,type,packets"))])
        ),
        (3112, ops(writes: [(Fresh30.offersCsvPath, Fresh30.offersCsv + "Red Russian,kale,2,Ivy\n")])),
        (
            3113,
            ops(writes: [
                (
                    Fresh30.energySkillPath,
                    "# Energy weekly\nRead memory/energy/meter-readings.csv, subtract each reading from the next, flag weeks over 60 kWh and write them to outputs/energy-weekly.md.\n"
                )
            ])
        ),
        (
            3113,
            ops(writes: [(Fresh30.energySkillPath, Fresh30.energySkill.replacingOccurrences(of: "name: energy-weekly", with: "name: Energy Weekly"))])
        ),
        (
            3113,
            ops(writes: [
                (
                    Fresh30.energySkillPath,
                    Fresh30.energySkill.replacingOccurrences(of: "Flag any week that used more than 60 kWh.\n", with: "")
                )
            ])
        ),
        (
            3113,
            ops(writes: [
                (
                    Fresh30.energySkillPath,
                    Fresh30.energySkill.replacingOccurrences(
                        of: "For each week, subtract the previous reading from this one to get the kWh used.\n", with: "List each reading.\n")
                )
            ])
        ),
        (
            3113,
            ops(writes: [
                (Fresh30.energySkillPath, Fresh30.energySkill.replacingOccurrences(of: "outputs/energy-weekly.md", with: "outputs/energy.md"))
            ])
        ),
        (
            3113,
            ops(writes: [
                (
                    "skills/bin-day/SKILL.md",
                    Fresh30.energy["skills/bin-day/SKILL.md"]!
                        + "\n## Energy\nRead memory/energy/meter-readings.csv, subtract each reading from the next and flag the weeks over 60 kWh in outputs/energy-weekly.md.\n"
                )
            ])
        ),
        (3113, ops(writes: [(Fresh30.energySkillPath, "```markdown\n" + Fresh30.energySkill + "```\n")])),
        (
            3113,
            ops(writes: [
                (
                    Fresh30.energySkillPath,
                    Fresh30.energySkill.replacingOccurrences(of: "memory/energy/meter-readings.csv", with: "the meter readings")
                )
            ])
        ),
        (3113, ops(writes: [("skills/energy-weekly.md", Fresh30.energySkill)])),
        (
            3113,
            ops(writes: [
                (
                    Fresh30.energySkillPath,
                    Fresh30.energySkill.replacingOccurrences(
                        of: "description: Work out the weekly electricity use from the meter readings.\n", with: "")
                )
            ])
        ),
        (3113, ops(writes: [(Fresh30.energySkillPath, Fresh30.energySkill.replacingOccurrences(of: "more than 60 kWh", with: "more than 80 kWh"))])),
        (
            3113,
            ops(writes: [
                (Fresh30.energySkillPath, Fresh30.energySkill),
                ("memory/energy/meter-readings.csv", "date,reading_kwh\n2030-01-06,18240\n2030-01-13,18302\n"),
            ])
        ),
        (3114, ops(writes: [(Fresh30.outNowPath, Fresh30.outNowScript.replacingOccurrences(of: "lending.csv", with: "lending-2029.csv"))])),
        (
            3114,
            ops(writes: [
                (
                    Fresh30.outNowPath,
                    Fresh30.outNowScript.replacingOccurrences(of: "out = [loan for loan in loans if not loan[\"returned\"]]", with: "out = loans")
                )
            ])
        ),
        (
            3114,
            ops(writes: [
                (
                    Fresh30.outNowPath,
                    Fresh30.outNowScript.replacingOccurrences(
                        of: "print(f\"Deposits held: {sum(int(loan['deposit']) for loan in out)}\")\n", with: "")
                )
            ])
        ),
        (
            3114,
            ops(writes: [
                (
                    Fresh30.outNowPath,
                    Fresh30.outNowScript + "with open(\"memory/game-library/out.txt\", \"w\") as f:\n    f.write(str(len(out)))\n"
                )
            ])
        ),
        (3114, ops(writes: [(Fresh30.outNowPath, "```python\n" + Fresh30.outNowScript + "```\n")])),
        (3114, ops(writes: [(Fresh30.outNowPath, "#!/bin/sh\n" + Fresh30.outNowScript)])),
        (3114, ops(writes: [("memory/game-library/out_now.py", Fresh30.outNowScript)])),
        (
            3114,
            ops(writes: [
                (
                    Fresh30.outNowPath,
                    Fresh30.outNowScript.replacingOccurrences(of: "if not loan[\"returned\"]", with: "if loan[\"returned\"] != \"\"")
                )
            ])
        ),
        (
            3114,
            ops(writes: [
                (
                    Fresh30.outNowPath,
                    Fresh30.outNowScript.replacingOccurrences(
                        of: "print(f\"Deposits held: {sum(int(loan['deposit']) for loan in out)}\")\n",
                        with: "print(f\"Borrowers: {len({loan['borrower'] for loan in out})}\")\n")
                )
            ])
        ),
        (
            3114,
            ops(writes: [
                (
                    Fresh30.outNowPath,
                    "import csv\n\nwith open(\"memory/game-library/lending.csv\") as f, open(\"memory/game-library/members.csv\") as m:\n    loans = list(csv.DictReader(f))\nout = [loan for loan in loans if not loan[\"returned\"]]\nprint(len(out))\nprint(sum(int(loan[\"deposit\"]) for loan in out))\n"
                )
            ])
        ),
        (3114, ops(writes: [(Fresh30.outNowPath, "# prints the games out and the deposits held\n")])),
    ]
}

/// The thirtieth fresh part's fixtures and the helpers its checks share.
private enum Fresh30 {
    static let repair = "memory/bike-repairs/road/2030-03-09.json"
    static let bikes: [String: String] = [
        "memory/bike-repairs/road/2030-02-22.json":
            "{\"date\": \"2030-02-22\", \"bike\": \"road\", \"job\": \"new chain\", \"parts\": \"KMC X11 chain\", \"cost\": 32.00}\n",
        "memory/bike-repairs/commuter/2030-03-09.json":
            "{\"date\": \"2030-03-09\", \"bike\": \"commuter\", \"job\": \"puncture repaired\", \"parts\": \"inner tube\", \"cost\": 6.50}\n",
        "memory/bike-repairs/bikes.md": "# Bikes\n- road: Ribble, bought 2027\n- commuter: Dawes, bought 2019\n",
    ]
    static let repairRecord =
        "{\"date\": \"2030-03-09\", \"bike\": \"road\", \"job\": \"brake pads replaced\", \"parts\": \"Shimano B01S pads\", \"cost\": 18.50}\n"

    /// Whether `text` is the road bike's repair of 9 March 2030 as one JSON object with exactly the
    /// date (any format), bike, job, parts and cost keys (any order or layout; the cost a number or a
    /// string, a pound sign aside), and no other year.
    static func isRepair(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t),
            let o = (try? JSONSerialization.jsonObject(with: Data(t.utf8))) as? [String: Any],
            Set(o.keys) == ["date", "bike", "job", "parts", "cost"], let date = (o["date"] as? String)?.lowercased(),
            let bike = (o["bike"] as? String)?.lowercased(), let job = (o["job"] as? String)?.lowercased(),
            let parts = (o["parts"] as? String)?.lowercased(), let costValue = o["cost"], let cost = Judge.jsonNumber(costValue)
        else { return false }
        return Judge.hasDate(date, day: 9, month: 3) && Judge.days(date, month: 3) == [9]
            && Judge.found(date, #"(\d{4})"#).allSatisfy { $0 == "2030" } && Judge.has(bike, #"^road( bike)?$"#)
            && Judge.has(job, #"^((replaced|new|fitted) )?(the )?brake pads( (replaced|fitted))?$"#)
            && Judge.has(parts, #"^shimano b01s( (brake )?pads)?$"#) && abs(cost - 18.5) < 0.001
    }

    static let rotaPath = "memory/choir/rota.yaml"
    /// The altos' rota with `tea16` making the tea on 16 April.
    static func rotaText(tea16: String) -> String {
        "# Altos' rehearsal rota, spring term 2030\n- date: 2030-04-09\n  tea: Margaret\n  music: Anil\n- date: 2030-04-16\n  tea: \(tea16)\n  music: Priya\n- date: 2030-04-23\n  tea: Joan\n  music: Margaret\n"
    }
    static let choir: [String: String] = [
        rotaPath: rotaText(tea16: "Margaret"),
        "memory/choir/rota-autumn-2029.yaml": "- date: 2029-11-12\n  tea: Margaret\n  music: Joan\n- date: 2029-11-19\n  tea: Olu\n  music: Anil\n",
        "memory/choir/members.md": "# Altos\n- Anil\n- Joan\n- Margaret\n- Olu\n- Priya\n",
    ]

    /// The lines of a YAML text without trailing comments, quotes and spaces, lowercased; blank
    /// lines left out (a whole comment line kept).
    static func yamlLines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { raw in
            let l = String(raw).replacingOccurrences(of: #"\s+#.*$"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: "\"", with: "").replacingOccurrences(of: "'", with: "")
                .replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\t", with: "").lowercased()
            return l.isEmpty ? nil : l
        }
    }

    /// Whether `text` is the rota with only the tea on 16 April made Olu's (quotes, spacing, a
    /// trailing comment pass), every other line as it was.
    static func isRota(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        return yamlLines(t) == yamlLines(rotaText(tea16: "Olu"))
    }

    static let resultsPath = "memory/running-club/parkrun-2030.csv"
    static let running: [String: String] = [
        resultsPath: "date,runner,time,position\n2030-05-04,Tom Reyes,25:02,48\n2030-05-04,Aisha Bello,22:15,19\n2030-05-11,Aisha Bello,21:58,16\n",
        "memory/running-club/parkrun-2029.csv": "date,runner,time,position\n2029-05-18,Tom Reyes,26:40,55\n",
        "memory/running-club/pbs.md": "# Personal bests\n- Tom Reyes: 24:51\n- Aisha Bello: 21:58\n",
    ]
    static let newResult = "2030-05-18,Tom Reyes,24:37,41\n"

    /// Whether `text` is this year's results as they were with one more CSV row at the end: 18 May
    /// 2030 (any date format), Tom Reyes, 24:37 and 41st, and no other number.
    static func isResults(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let rows: (String) -> [[String]] = { s in
            s.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map {
                Judge.csvCells($0)
            }
        }
        let want = rows(running[resultsPath]!)
        let got = rows(t)
        guard got.count == want.count + 1, Array(got.prefix(want.count)) == want, let last = got.last?.map({ $0.lowercased() }), last.count == 4
        else { return false }
        let numbers = last.flatMap { Judge.found($0, #"(\d+)"#) }
        return Judge.hasDate(last[0], day: 18, month: 5) && Judge.days(last[0], month: 5) == [18] && last[1] == "tom reyes"
            && Judge.has(last[2], #"^(0?0:)?24:37$"#) && Judge.has(last[3], #"^41(st)?$"#)
            && numbers.allSatisfy { ["2030", "05", "5", "18", "00", "0", "24", "37", "41"].contains($0) }
    }

    static let scan = "memory/car/scans/scan-0042.txt"
    static let renamedScan = "memory/car/scans/2030-03-mot-certificate.txt"
    static let car: [String: String] = [
        scan:
            "MOT test certificate\nVehicle: Skoda Fabia, KX19 ZTD\nTest date: 11 March 2030\nResult: pass\nMileage: 48,213\nExpires: 10 March 2031\n",
        "memory/car/scans/scan-0041.txt": "Kwik Fit receipt\n2 tyres, 185/60 R15, £142.00\n",
        "memory/car/scans/scan-0420.txt": "Parking permit renewal, zone C, 2030\n",
        "memory/car/scans/2029-03-mot-certificate.txt":
            "MOT test certificate\nVehicle: Skoda Fabia, KX19 ZTD\nTest date: 8 March 2029\nResult: pass\nMileage: 41,870\n",
    ]

    static let tasting = "memory/wine/inbox/rioja-reserva-2016.md"
    static let filedTasting = "memory/wine/cellar/rack-b/rioja-reserva-2016.md"
    static let wine: [String: String] = [
        tasting: "# Rioja Reserva 2016\nBought 6 bottles, March 2030\nCherry, vanilla, soft tannins\nDrink 2026 to 2032\n",
        "memory/wine/inbox/rioja-reserva-2018.md": "# Rioja Reserva 2018\nBought 3 bottles, March 2030\nStill tight, leave a few years\n",
        "memory/wine/cellar/rack-b/musar-2015.md": "# Chateau Musar 2015\n2 bottles\n",
        "memory/wine/cellar/rack-d/port-2017.md": "# LBV port 2017\n1 bottle\n",
    ]

    static let schedule = "memory/dog-walking/schedule.md"
    static let walker = "memory/dog-walking/walker.json"
    static let dogNotes = "memory/dog-walking/notes.txt"
    static let pickupFiles = [schedule, walker, dogNotes]
    static let dogs: [String: String] = [
        schedule: "# Weekday walks\n- Biscuit (spaniel): pick up 11:00, 14 Elm Road\n- Pepper (terrier): pick up 11:00, 2 Mill Lane\n",
        walker:
            "{\n  \"walker\": \"Rosa Diaz\",\n  \"dogs\": [\n    {\"name\": \"Biscuit\", \"pickup\": \"11:00\", \"address\": \"14 Elm Road\"},\n    {\"name\": \"Pepper\", \"pickup\": \"11:00\", \"address\": \"2 Mill Lane\"}\n  ]\n}\n",
        dogNotes: "Biscuit: pick up at 11:00, lead on the hook by the door\nPepper: pick up at 11:00, key under the blue pot\nPay Rosa on Fridays\n",
        "memory/dog-walking/schedule-2029.md": "# Weekday walks 2029\n- Biscuit (spaniel): pick up 11:00, 14 Elm Road\n",
        "memory/dog-walking/invoices/2030-03.txt": "Rosa Diaz, March 2030\nBiscuit: 20 walks at 11:00, £240\n",
    ]
    /// The three files with Biscuit's pickup made `time`.
    static func newPickup(time: String = "12:30") -> [(String, String)] {
        [
            (schedule, dogs[schedule]!.replacingOccurrences(of: "Biscuit (spaniel): pick up 11:00", with: "Biscuit (spaniel): pick up \(time)")),
            (
                walker,
                dogs[walker]!.replacingOccurrences(
                    of: "{\"name\": \"Biscuit\", \"pickup\": \"11:00\"", with: "{\"name\": \"Biscuit\", \"pickup\": \"\(time)\"")
            ),
            (dogNotes, dogs[dogNotes]!.replacingOccurrences(of: "Biscuit: pick up at 11:00", with: "Biscuit: pick up at \(time)")),
        ]
    }

    /// `text` with 12:30 however written (12.30, 12:30 pm) made 12:30.
    static func halfTwelve(_ text: String) -> String {
        text.replacingOccurrences(of: #"\b12[.:]30\s*(pm|p\.m\.)?"#, with: "12:30", options: [.regularExpression, .caseInsensitive])
    }

    /// Whether `text` is the file at `path` with Biscuit's pickup made 12:30 (another time format,
    /// JSON laid out another way or the dogs in another order pass), Pepper's and every other line
    /// or key as it was.
    static func hasNewPickup(_ text: String?, _ path: String) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        if path == walker {
            guard let o = (try? JSONSerialization.jsonObject(with: Data(t.utf8))) as? [String: Any], Set(o.keys) == ["walker", "dogs"],
                o["walker"] as? String == "Rosa Diaz", let list = o["dogs"] as? [Any]
            else { return false }
            let all = list.compactMap { $0 as? [String: String] }
            let biscuit = all.filter { $0["name"] == "Biscuit" }
            guard all.count == 2, list.count == 2, biscuit.count == 1, let b = biscuit.first else { return false }
            return all.filter { $0["name"] == "Pepper" } == [["name": "Pepper", "pickup": "11:00", "address": "2 Mill Lane"]]
                && Set(b.keys) == ["name", "pickup", "address"] && b["address"] == "14 Elm Road" && halfTwelve(b["pickup"] ?? "") == "12:30"
        }
        let want = newPickup().first { $0.0 == path }.map { Judge.lines($0.1) } ?? []
        return Judge.lines(t).map(halfTwelve) == want
    }

    static let setlist = "memory/band/setlists/summer-fair.md"
    static let setlistCopy = "memory/band/gigs/2030-07-05-village-hall/setlist.md"
    static let band: [String: String] = [
        setlist:
            "# Summer fair set\n1. Valerie (in E flat)\n2. Dancing in the Moonlight\n3. Mr Brightside\n4. Sweet Caroline\n5. Don't Look Back in Anger\nEncore: Come On Eileen\n",
        "memory/band/setlists/summer-fair-acoustic.md": "# Summer fair, acoustic set\n1. Wonderwall\n2. Valerie\n3. Zombie\n",
        "memory/band/setlists/christmas.md": "# Christmas set\n1. Fairytale of New York\n2. Merry Xmas Everybody\n",
        "memory/band/gigs/2030-07-05-village-hall/details.md": "# Village hall, 5 July 2030\nLoad in 6 pm, on stage 8 pm\n",
    ]

    static let cancelled = "memory/holiday-let/bookings/2030-07-12-hughes.ini"
    static let holidayLet: [String: String] = [
        cancelled: "[booking]\nguest = Hughes\narrive = 2030-07-12\nnights = 7\nstatus = cancelled\n",
        "memory/holiday-let/bookings/2030-08-02-hughes.ini": "[booking]\nguest = Hughes\narrive = 2030-08-02\nnights = 4\nstatus = confirmed\n",
        "memory/holiday-let/bookings/2029-07-12-hughes.ini": "[booking]\nguest = Hughes\narrive = 2029-07-12\nnights = 7\nstatus = stayed\n",
        "memory/holiday-let/calendar.md": "# Summer 2030\n- 12 July: Hughes (cancelled)\n- 2 August: Hughes\n",
    ]

    static let boilerLetter = "memory/home/letters/2030-04-22-boiler-service.txt"
    static let boilerSummaryPath = "outputs/boiler-visit.md"
    static let home: [String: String] = [
        boilerLetter: """
        Dear Resident,

        Your annual gas safety check and boiler service is due. Our engineer will call on Tuesday 14 May 2030 between 8 am and 1 pm.
        An adult aged 18 or over must be at home to let the engineer in. Please clear access to the boiler cupboard.
        If this appointment is not convenient, call us on 0800 123 4567 by Tuesday 7 May to rebook.
        A missed appointment without notice is charged at £35.

        Northgate Homes, Repairs Team

        """,
        "memory/home/letters/2029-04-19-boiler-service.txt":
            "Dear Resident,\nOur engineer will call on Monday 20 May 2029 between 12 pm and 5 pm for your boiler service. Missed appointments are charged at £30.\n",
        "memory/home/tenancy.md": "# Tenancy\nNorthgate Homes, flat 4, rent due on the 1st\n",
    ]
    static let boilerSummary =
        "The boiler service and gas safety check is on Tuesday 14 May 2030 between 8 am and 1 pm, and an adult must be in. If that doesn't suit, call 0800 123 4567 by Tuesday 7 May to rebook.\n"

    /// Whether `text` sums up the boiler letter in two sentences (or two lines) at most, a title
    /// aside, sixty words at most: the boiler or gas check, 14 May, the 8 to 1 window and calling or
    /// rebooking by 7 May (the letter's own date may be said), with no other amount than the £35
    /// charge, no other date or year, and nothing of last year's letter.
    static func isBoilerSummary(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        var all = Judge.lines(t)
        if all.count > 1, all[0].hasPrefix("#") || all[0].hasSuffix(":") { all.removeFirst() }
        let low = all.joined(separator: "\n").lowercased()
        let words = low.split(whereSeparator: { $0 == " " || $0 == "\n" }).filter { $0.contains { $0.isLetter || $0.isNumber } }.count
        guard (1...2).contains(all.count), words >= 8, words <= 60, Judge.found(low, #"[.!?](?=\s|$)"#).count <= 2 else { return false }
        guard Set(Judge.amounts(low)).isSubset(of: [35]), !Judge.has(low, #"\b20 may|may 20\b|\b12 ?pm|\b5 ?pm|monday"#) else { return false }
        let may = Set(Judge.days(low, month: 5))
        let window = #"\b0?8(?:[:.]00)?\s*(?:am)?\s*(?:-|–|to|and|until)\s*(?:0?1|13)(?:[:.]00)?\s*(?:pm)?\b"#
        return Judge.has(low, #"boiler|gas safety"#) && may == [7, 14] && Judge.has(low, window)
            && Set(Judge.days(low, month: 4)).isSubset(of: [22])
            && [1, 2, 3, 6, 7, 8, 9, 10, 11, 12].allSatisfy { Judge.days(low, month: $0).isEmpty }
            && Judge.found(low, #"\b(20\d{2})\b"#).allSatisfy { $0 == "2030" }
            && Judge.has(low, #"rebook|re-book|rearrange|change|call|phone|ring|contact"#)
    }

    static let thermometerLog = "memory/greenhouse/thermometer-2030-03.log"
    static let frostsPath = "outputs/frosts.md"
    static let greenhouse: [String: String] = [
        thermometerLog:
            "2030-03-01 06:00 min=1.5C max=14.2C\n2030-03-02 06:00 min=-1.2C max=11.0C\n2030-03-03 06:00 min=0.0C max=9.8C\n2030-03-04 06:00 min=-3.4C max=8.1C\n2030-03-05 06:00 min=2.2C max=12.6C\n2030-03-06 06:00 min=-0.6C max=10.4C\n",
        "memory/greenhouse/thermometer-2030-02.log": "2030-02-27 06:00 min=-5.0C max=6.3C\n2030-02-28 06:00 min=-2.1C max=7.7C\n",
        "memory/greenhouse/sowings.md": "# Sowings\n- tomatoes, 1 March\n- chillies, 20 February\n",
    ]
    static let frosts = "- 2 March 2030: -1.2 °C\n- 4 March 2030: -3.4 °C\n- 6 March 2030: -0.6 °C\n"
    /// Each frost's day in March and minimum (patterns).
    static let frostDays = [2, 4, 6].map { d in
        #"\b0?\#(d)(st|nd|rd|th)?\s+(of\s+)?mar|\bmar[a-z]*\.?\s+0?\#(d)(st|nd|rd|th)?\b|\b\d{4}-0?3-0?\#(d)\b|\b0?\#(d)[./]0?3\b"#
    }
    static let frostMinimums = [#"[-−–]\s?1\.2(?!\d)"#, #"[-−–]\s?3\.4(?!\d)"#, #"[-−–]\s?0\.6(?!\d)"#]

    /// Whether `text` lists the three nights below 0 °C, one entry each in any order (a table,
    /// another marker, another date format pass), each with its own day in March and minimum, and
    /// not the 0.0 night, a night above freezing nor February's.
    static func isFrosts(_ text: String?) -> Bool {
        guard let t = text?.replacingOccurrences(of: "\r\n", with: "\n"),
            !Judge.has(
                t,
                #"(?<![\d.])(1\.5|2\.2|0\.0)(?!\d)|\b5\.0(?!\d)|\b2\.1(?!\d)|feb|\b2030-0?3-0?[135]\b|\b0?[135](st|nd|rd|th)?\s+(of\s+)?mar|\bmar[a-z]*\.?\s+0?[135]\b|\b0?[135][./]0?3\b"#
            )
        else { return false }
        return Judge.isPairedList(t, who: frostDays, what: frostMinimums)
    }

    static let patternsListPath = "outputs/sewing-patterns.md"
    static let sewing: [String: String] = [
        "memory/sewing/patterns/tote-bag.pdf": "PDF pattern: tote bag, 4 pages\n",
        "memory/sewing/patterns/apron.pdf": "PDF pattern: cross-back apron, 12 pages\n",
        "memory/sewing/patterns/pyjama-bottoms.pdf": "PDF pattern: pyjama bottoms, sizes 8 to 20\n",
        "memory/sewing/patterns/patterns.zip": "backup of the three patterns\n",
        "memory/sewing/patterns/traced/apron-traced.pdf": "tracing of the apron in size 12\n",
        "memory/sewing/patterns/README.md": "# Patterns\nPrint at 100%, check the test square\n",
        "memory/sewing/fabric-stash.md": "# Fabric stash\n- 2 m navy linen\n- 1 m floral cotton\n",
    ]
    static let patternList = "- tote-bag.pdf\n- apron.pdf\n- pyjama-bottoms.pdf\n"

    /// Whether `text` lists the three patterns (by file name, path or title), one entry each in any
    /// order, and not the backup, the tracing, the README nor the stash list.
    static func isPatternList(_ text: String?) -> Bool {
        Judge.isNamedList(
            text?.replacingOccurrences(of: "\r\n", with: "\n"), [#"tote"#, #"apron"#, #"pyjama"#],
            banned: #"zip|backup|traced|tracing|readme|fabric|stash"#)
    }

    static let offersCsvPath = "outputs/seed-offers.csv"
    static let seeds: [String: String] = [
        "memory/seed-swap/offers.json": """
        [
          {"seed": "Cherokee Trail of Tears", "type": "bean", "packets": 3, "from": "Ivy"},
          {"seed": "Sweet pea, Cupani", "type": "flower", "packets": 5, "from": "Dev"},
          {"seed": "Red Russian", "type": "kale", "packets": 2, "from": "Ivy"},
          {"seed": "Gardener's Delight", "type": "tomato", "packets": 4, "from": "Marta"}
        ]

        """,
        "memory/seed-swap/offers-2029.json":
            "[\n  {\"seed\": \"Crimson Flowered\", \"type\": \"broad bean\", \"packets\": 6, \"from\": \"Ivy\"}\n]\n",
        "memory/seed-swap/rules.md": "# Seed swap rules\n- bring what you saved yourself\n- label every packet\n",
    ]
    static let offers = [
        ["Cherokee Trail of Tears", "bean", "3", "Ivy"], ["Sweet pea, Cupani", "flower", "5", "Dev"], ["Red Russian", "kale", "2", "Ivy"],
        ["Gardener's Delight", "tomato", "4", "Marta"],
    ]
    static let offersCsv =
        "seed,type,packets,from\nCherokee Trail of Tears,bean,3,Ivy\n\"Sweet pea, Cupani\",flower,5,Dev\nRed Russian,kale,2,Ivy\nGardener's Delight,tomato,4,Marta\n"

    /// Whether `text` is CSV with a header row naming the seed, type, packets and from columns (any
    /// order or wording; no other column) and one row per offer in any order, the comma in a name
    /// quoted, nothing of last year's offers.
    static func isOffersCsv(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !Judge.has(t, #"crimson|broad bean"#) else { return false }
        let rows = Judge.lines(t).map { Judge.csvCells($0).map { $0.lowercased() } }
        guard rows.count == offers.count + 1, rows.allSatisfy({ $0.count == 4 }) else { return false }
        let header = rows[0]
        let patterns = [
            #"^(seeds?|variety|name|seed name)$"#, #"^(type|crop|kind|plant)$"#, #"^(packets|count|number|qty|quantity|packets offered)$"#,
            #"^(from|donor|offered by|given by|who|member)$"#,
        ]
        let at = patterns.map { p in header.indices.filter { Judge.has(header[$0], p) } }
        guard at.allSatisfy({ $0.count == 1 }), Set(at.map { $0[0] }).count == 4 else { return false }
        let got = rows.dropFirst().map { r in at.map { r[$0[0]] }.joined(separator: "|") }
        return got.count == offers.count && Set(got) == Set(offers.map { $0.joined(separator: "|").lowercased() })
    }

    static let energySkillPath = "skills/energy-weekly/SKILL.md"
    static let energy: [String: String] = [
        "skills/README.md": "Each skill is a folder in skills/ holding a SKILL.md, whose front matter gives its name and a description.\n",
        "skills/bin-day/SKILL.md":
            "---\nname: bin-day\ndescription: Say which bins go out this week.\n---\nRead memory/home/bins.md and write this week's bins to outputs/bins.md.\n",
        "memory/energy/meter-readings.csv": "date,reading_kwh\n2030-01-06,18240\n2030-01-13,18302\n2030-01-20,18371\n2030-01-27,18425\n",
        "memory/energy/tariff.md": "# Tariff\n- 24.5p per kWh\n- standing charge 53p a day\n",
    ]
    static let energySkill =
        "---\nname: energy-weekly\ndescription: Work out the weekly electricity use from the meter readings.\n---\nRead memory/energy/meter-readings.csv (date, reading in kWh).\nFor each week, subtract the previous reading from this one to get the kWh used.\nFlag any week that used more than 60 kWh.\nWrite the weeks to outputs/energy-weekly.md, one per line.\n"

    /// Whether `text` is a skill named energy-weekly with a description, whose body reads
    /// memory/energy/meter-readings.csv, works out each week's use as the difference between
    /// readings, flags the weeks above 60 kWh and writes to outputs/energy-weekly.md.
    static func isEnergySkill(_ text: String?) -> Bool {
        guard let t = text, let (fields, body) = Judge.skill(t) else { return false }
        let b = body.lowercased()
        let paths = ["memory/energy/meter-readings.csv", "outputs/energy-weekly.md"]
        let prose = paths.reduce(b) { $0.replacingOccurrences(of: $1, with: " ") }
        return fields["name"] == "energy-weekly" && (fields["description"] ?? "").count >= 10 && b.count >= 40
            && paths.allSatisfy { b.contains($0) } && Judge.has(prose, #"differen|subtract|minus|take away|take the previous|deduct"#)
            && Judge.has(prose, #"\b(more than|over|above|exceed[a-z]*|greater than|>)\s*60\b|\b60\s*kwh\b"#)
            && Judge.has(prose, #"\b(flag|mark|highlight|star|warn)"#)
    }

    static let outNowPath = "memory/game-library/out-now.py"
    static let games: [String: String] = [
        "memory/game-library/lending.csv":
            "game,borrower,deposit,out,returned\nWingspan,Harper,10,2030-05-02,\nCatan,Ollie,5,2030-04-20,2030-05-01\nAzul,Harper,5,2030-05-10,\nPandemic,Jess,8,2030-05-12,\nDixit,Ollie,5,2030-03-30,2030-04-06\n",
        "memory/game-library/lending-2029.csv": "game,borrower,deposit,out,returned\nScrabble,Jess,5,2029-12-01,\n",
        "memory/game-library/members.csv": "name,household\nHarper,12 Oak Street\nOllie,3 Mill Row\nJess,7 Oak Street\n",
    ]
    static let outNowScript =
        "import csv\n\nwith open(\"memory/game-library/lending.csv\", newline=\"\") as f:\n    loans = list(csv.DictReader(f))\nout = [loan for loan in loans if not loan[\"returned\"]]\nprint(f\"Games out: {len(out)}\")\nprint(f\"Deposits held: {sum(int(loan['deposit']) for loan in out)}\")\n"

    /// Whether `text` is a Python script (a shebang, if any, names Python) that reads this year's
    /// lending log (not 2029's nor the members list) as CSV, keeps the loans with no return date,
    /// counts them, adds up their deposits and prints two values, writing, moving or removing
    /// nothing. Comments and a fenced reply do not count; plain strings (labels) are read apart.
    static func isOutNowScript(_ text: String?) -> Bool {
        guard let script = Judge.readOnlyPython(text, reading: "lending.csv", not: "2029"), !script.code.contains("members") else {
            return false
        }
        return Judge.has(script.bare, #"csv\.|read_csv|split\("#) && script.code.contains("returned") && script.code.contains("deposit")
            && Judge.has(script.bare, #"\bnot\b|==\s*(""|''|None)|isna|isnull"#) && Judge.has(script.bare, #"sum\(|\+="#)
            && Judge.has(script.bare, #"len\(|\+=\s*1\b|count"#) && script.twoValues
    }
}
