import Foundation

/// A twenty-fourth fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first twenty-three: by someone who had not read the agent loop, its tools, its prompts, its tests or
/// any result. Fourteen intentions, numbered 2501 to 2514, one for each kind the issue names
/// (create, an outward ferry crossing with its route, date, sailing time and booking reference; edit
/// in place, the recycling bin's new collection day, the black bin on the same day and the old
/// house's bins left; append the month's electricity meter reading as a new last line, the gas
/// readings and last year's left; rename a dishwasher manual saved under its model number, the
/// washing machine's look-alike left; move a finished knitting project's note from the queue into
/// the finished folder, its child-size twin left; several files, a new email address in the three
/// notes that give the old one, a partner's address on the same domain and an old record left; copy
/// the house sitter's instructions into outputs for printing, the older version and the alarm note
/// not; delete an expired insurance quote, the same insurer's contents-only quote kept; summarise a
/// tenancy renewal letter in fifty words at most, with the new rent, when it starts and the date to
/// sign by; extract a junior football team's away matches with the date and the opponent, the home
/// matches and the younger team's fixtures apart; list-and-save the houseplants watered once a
/// week, by the Water line inside each, the wish list apart; convert a holiday cottage's confirmed
/// bookings from CSV to a Markdown table, the cancelled ones apart; a skill that says which
/// documents expire within ninety days or have expired; a Python script that prints a month's
/// average daily steps and the days of at least 10,000), each worded three ways as people word them
/// (files named by path, by bare name or by what they are; details given in passing; what to leave
/// alone said casually), run as Steward chooses. Every fixture holds a look-alike beside the right
/// file (the ferry home and last year's crossing, the black bin on Tuesdays and the old house's
/// green bin, the gas readings and last year's electricity, the washing machine's manual and the
/// warranty, the child-size hat, Sam's address and the 2025 club note, the 2025 instructions and
/// the alarm code, the contents-only quote, last year's renewal letter, the home matches and the
/// under-9s, the wish list's plants, the cancelled bookings and last year's, another skill, March's
/// steps). Judged by content as a person would (other list markers, entry, row and column order,
/// spacing, a title line, a table for a list, another date, time, number or amount format, an aside
/// saying what a value was, a table without its outer pipes, a lost final newline, CRLF pass) and
/// by "nothing else changed" (the wrong file, the wrong folder, a copy where a move was asked fail).
/// Frozen in a commit of its own before any run with a model: never tune the loop on it, and run it
/// as it is (`STEWARD_SUITE_PART=fresh24`).
extension EverydayTaskSuite {
    static let fresh24: [Intention] = [
        Intention(
            number: 2501,
            kind: "create: an outward ferry crossing with its route, date, sailing time and booking reference, the ferry home and last year's apart",
            fixtures: Fresh24.ferry,
            wordings: [
                (
                    .imperative,
                    "Create memory/travel/shetland-2027/ferry-out.md for the outward ferry: NorthLink, Aberdeen to Lerwick, Friday 18 June 2027, sailing at 5 pm, booking ref NL48213"
                ),
                (
                    .request,
                    "We've finally booked the boat to Shetland! Could you make a note of the outward crossing in memory/travel/shetland-2027, called ferry-out.md? It's NorthLink from Aberdeen to Lerwick on Friday 18 June 2027, sails at 5 pm, booking reference NL48213."
                ),
                (
                    .context,
                    "I'm getting the Shetland trip organised and the ferry home already has its own note in memory/travel/shetland-2027. Please add one for the way out, ferry-out.md in the same folder: NorthLink from Aberdeen to Lerwick, Friday 18 June 2027, sailing at five in the afternoon, reference NL48213. Don't touch the ferry home note or last year's Orkney one."
                ),
            ], changed: [Fresh24.ferryOut],
            check: { f in Fresh24.isFerry(f(Fresh24.ferryOut)) && Judge.untouched(f, Array(Fresh24.ferry.keys), Fresh24.ferry) },
            solution: ops(writes: [(Fresh24.ferryOut, Fresh24.ferryNote)])),
        Intention(
            number: 2502,
            kind:
                "edit in place: the recycling bin's new collection day, the black bin on the same old day, the council letter and the old house's bins left",
            fixtures: Fresh24.bins,
            wordings: [
                (.imperative, "In memory/home/bins.md, change the green recycling bin's collection day from Tuesday to Wednesday"),
                (
                    .request,
                    "The council's moved our recycling collection to Wednesdays. Can you update the green bin line in bins.md (memory/home) so it says Wednesday instead of Tuesday?"
                ),
                (
                    .context,
                    "According to the letter from the council, green recycling bins are collected on Wednesday from now on rather than Tuesday. Please fix the green bin's day in memory/home/bins.md and leave everything else: the black and brown bins aren't changing, the letter itself stays as it is, and the note about our old house's bins is just for reference."
                ),
            ], changed: [Fresh24.binsNote],
            check: { f in
                Fresh24.isBins(f(Fresh24.binsNote)) && Judge.untouched(f, Array(Fresh24.bins.keys).filter { $0 != Fresh24.binsNote }, Fresh24.bins)
            },
            solution: ops(writes: [(Fresh24.binsNote, Fresh24.newGreen("Green bin (recycling): Wednesday, the weeks in between"))])),
        Intention(
            number: 2503,
            kind: "append: the month's electricity meter reading as a new last line of a readings log, the gas readings and last year's log left",
            fixtures: Fresh24.meters,
            wordings: [
                (.imperative, "Add today's electricity meter reading to the end of memory/home/meter-readings.md: 1 Apr 2027, 24190"),
                (
                    .request,
                    "Just read the electric meter: 24190. Could you add it as a new line at the bottom of meter-readings.md in memory/home, dated 1 April 2027 like the others?"
                ),
                (
                    .context,
                    "I send the energy company a reading on the first of each month and keep them in memory/home/meter-readings.md, oldest first. Please add this month's as a new last line in the same style: 1 April 2027, 24190. That's the electricity meter, so the gas readings file and last year's electricity file stay as they are."
                ),
            ], changed: [Fresh24.meterLog],
            check: { f in
                Fresh24.isReading(f(Fresh24.meterLog))
                    && Judge.untouched(f, Array(Fresh24.meters.keys).filter { $0 != Fresh24.meterLog }, Fresh24.meters)
            },
            solution: ops(writes: [(Fresh24.meterLog, Fresh24.meters[Fresh24.meterLog]! + "- 1 Apr 2027: 24190\n")])),
        Intention(
            number: 2504,
            kind: "rename: a dishwasher manual saved under its model number to a plain name, the washing machine's look-alike and the warranty left",
            fixtures: Fresh24.manuals,
            wordings: [
                (.imperative, "Rename memory/home/manuals/manual_DW60M6050FS_EN.md to memory/home/manuals/dishwasher-manual.md"),
                (
                    .request,
                    "I can never find the dishwasher manual because it's saved under the model number. Could you rename manual_DW60M6050FS_EN.md in memory/home/manuals to dishwasher-manual.md?"
                ),
                (
                    .context,
                    "The manuals I download all come with names like manual_DW60M6050FS_EN.md, which tells me nothing. That one is the dishwasher's, so please rename it to dishwasher-manual.md in the same folder, memory/home/manuals, keeping what's in it. The washing machine manual has a similar name but leave it for now, and the warranty note too."
                ),
            ], changed: [Fresh24.manualOld, Fresh24.manualNew],
            check: { f in
                Judge.moved(f, Fresh24.manualOld, to: Fresh24.manualNew, Fresh24.manuals)
                    && Judge.untouched(f, Array(Fresh24.manuals.keys).filter { $0 != Fresh24.manualOld }, Fresh24.manuals)
            },
            solution: ops(#"{"op":"move","from":"memory/home/manuals/manual_DW60M6050FS_EN.md","to":"memory/home/manuals/dishwasher-manual.md"}"#)),
        Intention(
            number: 2505,
            kind: "move into a folder: a finished knitting project's note from the queue into the finished folder, its child-size twin left",
            fixtures: Fresh24.knitting,
            wordings: [
                (.imperative, "Move memory/hobbies/knitting/queue/cabled-hat.md into memory/hobbies/knitting/finished"),
                (
                    .request,
                    "I cast off the cabled hat last night! Can you move cabled-hat.md from my knitting queue folder into the finished folder? Both are under memory/hobbies/knitting."
                ),
                (
                    .context,
                    "My knitting notes are split into a queue folder and a finished folder under memory/hobbies/knitting. The cabled hat is done, so please move memory/hobbies/knitting/queue/cabled-hat.md into the finished folder with the same name and contents. The child-size version hasn't even been cast on yet, so that one stays in the queue."
                ),
            ], changed: [Fresh24.hat, Fresh24.hatDone],
            check: { f in
                Judge.moved(f, Fresh24.hat, to: Fresh24.hatDone, Fresh24.knitting)
                    && Judge.untouched(f, Array(Fresh24.knitting.keys).filter { $0 != Fresh24.hat }, Fresh24.knitting)
            },
            solution: ops(
                #"{"op":"move","from":"memory/hobbies/knitting/queue/cabled-hat.md","to":"memory/hobbies/knitting/finished/cabled-hat.md"}"#)),
        Intention(
            number: 2506,
            kind:
                "several files: a new email address in the three notes that give the old one, a partner's address on the same domain and an old record left",
            fixtures: Fresh24.accounts,
            wordings: [
                (
                    .imperative,
                    "Replace my old email jo.hart@oldisp.example with jo.hart@postbox.example in memory/clubs/bridge-club.md, memory/home/utilities.md and memory/work/cv.md"
                ),
                (
                    .request,
                    "I've finally moved email providers. Could you swap jo.hart@oldisp.example for jo.hart@postbox.example in bridge-club.md (memory/clubs), utilities.md (memory/home) and my CV at memory/work/cv.md?"
                ),
                (
                    .context,
                    "My old email provider is closing down, so my address is now jo.hart@postbox.example instead of jo.hart@oldisp.example. It appears in three notes: memory/clubs/bridge-club.md, memory/home/utilities.md and memory/work/cv.md; please update my address in each. Sam's address on the water account is his, not mine, so it stays, and the 2025 bridge club note is an old record."
                ),
            ], changed: Set(Fresh24.emailNotes),
            check: { f in
                Fresh24.emailNotes.allSatisfy { Fresh24.hasNewEmail(f($0), $0) }
                    && Judge.untouched(f, ["memory/clubs/bridge-club-2025.md"], Fresh24.accounts)
            },
            solution: ops(writes: Fresh24.newEmail([Fresh24.newAddress, Fresh24.newAddress, Fresh24.newAddress]))),
        Intention(
            number: 2507,
            kind: "copy: the house sitter's instructions into outputs for printing, word for word, the older version and the alarm note not",
            fixtures: Fresh24.sitter,
            wordings: [
                (.imperative, "Copy memory/home/house-sitting.md to outputs/house-sitting.md"),
                (
                    .request,
                    "Our house sitter arrives on Friday and I want to print the instructions for her. Can you put a copy of house-sitting.md from memory/home into outputs, same name?"
                ),
                (
                    .context,
                    "We're away next week and I'd like to print the house sitter's instructions. Please copy memory/home/house-sitting.md, exactly as it is, to outputs/house-sitting.md and keep the original. The 2025 version is out of date, and the alarm note stays private, so leave both out of it."
                ),
            ], changed: [Fresh24.sitterCopy],
            check: { f in
                let copy = f(Fresh24.sitterCopy)
                return copy != nil && !Judge.fenced(copy!) && Judge.lines(copy) == Judge.lines(Fresh24.sitter[Fresh24.sitterNote])
                    && Fresh24.sitter.keys.allSatisfy { f($0) == Fresh24.sitter[$0] }
            }, solution: ops(writes: [(Fresh24.sitterCopy, Fresh24.sitter[Fresh24.sitterNote]!)])),
        Intention(
            number: 2508, kind: "delete: an expired home insurance quote, the same insurer's contents-only quote, another quote and the policy kept",
            fixtures: Fresh24.insurance,
            wordings: [
                (.imperative, "Delete memory/money/insurance/quote-harbourline-2027.md"),
                (
                    .request,
                    "That Harbourline buildings and contents quote ran out in February. Could you delete quote-harbourline-2027.md from memory/money/insurance?"
                ),
                (
                    .context,
                    "I'm comparing home insurance and the folder is cluttered. The Harbourline buildings and contents quote has expired, so please delete memory/money/insurance/quote-harbourline-2027.md. Their contents-only quote is still valid and I'm still weighing up Bluecrest, so keep those, and the current policy note too."
                ),
            ], changed: [Fresh24.expired],
            check: { f in
                f(Fresh24.expired) == nil && Judge.untouched(f, Array(Fresh24.insurance.keys).filter { $0 != Fresh24.expired }, Fresh24.insurance)
            }, solution: ops(#"{"op":"delete","path":"memory/money/insurance/quote-harbourline-2027.md"}"#)),
        Intention(
            number: 2509,
            kind: "summarise: a tenancy renewal letter in fifty words at most, with the new rent, when it starts and the date to sign by",
            fixtures: Fresh24.tenancy,
            wordings: [
                (
                    .imperative,
                    "Summarise memory/home/tenancy/renewal-2027.md in 50 words or fewer in outputs/tenancy-summary.md: the new rent, when it starts and the date to reply by"
                ),
                (
                    .request,
                    "The letting agent sent our renewal letter. Can you boil memory/home/tenancy/renewal-2027.md down to 50 words at most in outputs/tenancy-summary.md? Just the new rent, when it kicks in and when we have to get back to them."
                ),
                (
                    .context,
                    "Sam's asked what the letting agent wants this time. Please read memory/home/tenancy/renewal-2027.md and write a summary of no more than 50 words to outputs/tenancy-summary.md, giving the new monthly rent, the date it starts and the deadline for signing. Last year's renewal letter is in the same folder; keep its numbers out."
                ),
            ], changed: ["outputs/tenancy-summary.md"], check: { f in Fresh24.isTenancySummary(f("outputs/tenancy-summary.md")) },
            solution: ops(writes: [("outputs/tenancy-summary.md", Fresh24.tenancySummary)])),
        Intention(
            number: 2510,
            kind: "extract: a junior football team's away matches with the date and the opponent, the home matches and the younger team's apart",
            fixtures: Fresh24.football,
            wordings: [
                (
                    .imperative,
                    "Extract the away matches from memory/kids/u11-fixtures.md into outputs/away-matches.md, one per line with the date and the opponent"
                ),
                (
                    .request,
                    "I'm on driving duty for the away games this season. Could you pull just the away matches out of u11-fixtures.md in memory/kids and put them in outputs/away-matches.md, one a line with the date and who we're playing?"
                ),
                (
                    .context,
                    "I've offered to drive for the under-11s' away games, so I need a list of them. The fixtures are in memory/kids/u11-fixtures.md; please write each away match to outputs/away-matches.md, one per line, with the date and the team we're playing. Home games don't matter, and the under-9s' fixtures are in a separate file."
                ),
            ], changed: ["outputs/away-matches.md"], check: { f in Fresh24.isAwayMatches(f("outputs/away-matches.md")) },
            solution: ops(writes: [
                ("outputs/away-matches.md", "- Sun 18 Apr: Selby Town Colts\n- Sun 2 May: Tadcaster Albion Youth\n- Sun 16 May: Howden Clarets\n")
            ])),
        Intention(
            number: 2511,
            kind: "list-and-save: the houseplants to water once a week, by the Water line inside each, the plants on the wish list apart",
            fixtures: Fresh24.plants,
            wordings: [
                (
                    .imperative,
                    "List the plants in memory/home/plants that need watering once a week, going by the Water line in each, and save the list to outputs/water-weekly.md"
                ),
                (
                    .request,
                    "I'm setting up a watering rota. Could you check the Water line in each plant note in memory/home/plants and write the ones that want water once a week to outputs/water-weekly.md?"
                ),
                (
                    .context,
                    "My neighbour is watering the houseplants while we're away, and I want to give her the weekly ones. Each plant has a note in memory/home/plants with a Water line, so please save the plants that need watering once a week to outputs/water-weekly.md, one per line. Plants on my wish list in memory/home/plants-wishlist.md aren't ours yet, so they don't count."
                ),
            ], changed: ["outputs/water-weekly.md"], check: { f in Fresh24.isWeeklyPlants(f("outputs/water-weekly.md")) },
            solution: ops(writes: [("outputs/water-weekly.md", "- Monstera\n- Peace lily\n- Pothos\n- Calathea\n")])),
        Intention(
            number: 2512,
            kind:
                "convert: a holiday cottage's confirmed bookings from CSV to a Markdown table with the guest, arrival and nights, the cancelled apart",
            fixtures: Fresh24.cottage,
            wordings: [
                (
                    .imperative,
                    "Convert the confirmed bookings in memory/cottage/bookings-2027.csv into a Markdown table in outputs/cottage-bookings.md with the guest, arrival date and nights"
                ),
                (
                    .request,
                    "Could you turn the cottage bookings CSV, memory/cottage/bookings-2027.csv, into a Markdown table in outputs/cottage-bookings.md for the cleaner? Just the confirmed ones, with the guest, the arrival date and how many nights."
                ),
                (
                    .context,
                    "The cleaner for our holiday cottage wants to see who's coming when. The bookings are in memory/cottage/bookings-2027.csv, cancelled ones included; please convert just the confirmed bookings into a Markdown table in outputs/cottage-bookings.md with three columns: the guest, the arrival date and the number of nights. Last year's file is next to it and isn't needed."
                ),
            ], changed: ["outputs/cottage-bookings.md"], check: { f in Fresh24.isBookingsTable(f("outputs/cottage-bookings.md")) },
            solution: ops(writes: [("outputs/cottage-bookings.md", Fresh24.bookingsTable)])),
        Intention(
            number: 2513,
            kind: "skill: which passports, licences and cards expire within ninety days or have already expired, from a documents note",
            fixtures: Fresh24.documents,
            wordings: [
                (
                    .imperative,
                    "Create skills/document-renewals/SKILL.md, a skill named document-renewals with a description, that reads memory/home/documents.md and writes the documents expiring in the next 90 days or already expired, with whose they are and the expiry date, to outputs/renewals-due.md"
                ),
                (
                    .request,
                    "We nearly missed Ella's passport last time. Can you write a skill called document-renewals that reads memory/home/documents.md and puts any passport, licence or card expiring in the next 90 days, or already expired, into outputs/renewals-due.md with whose it is and the date?"
                ),
                (
                    .context,
                    "Every month or so I'd like to ask which of our documents need renewing. Please write a skill at skills/document-renewals/SKILL.md, named document-renewals with a description in its front matter like the bin-day skill, telling the agent to read memory/home/documents.md, compare each expiry date with today, keep anything that expires in the next 90 days or has already expired, and write it with whose it is and the expiry date to outputs/renewals-due.md. Leave the bin-day skill as it is."
                ),
            ], changed: ["skills/document-renewals/SKILL.md"],
            check: { f in
                Fresh24.isRenewalSkill(f("skills/document-renewals/SKILL.md")) && f("skills/bin-day/SKILL.md") == Fresh24.binSkill
            },
            solution: ops(writes: [("skills/document-renewals/SKILL.md", Fresh24.renewalSkill)])),
        Intention(
            number: 2514,
            kind: "script: a Python script that prints a month's average daily steps and how many days reached at least 10,000 from a step log",
            fixtures: Fresh24.steps,
            wordings: [
                (
                    .imperative,
                    "Write memory/health/steps-report.py, a Python script that reads memory/health/steps-2027-04.csv and prints the average steps per day and how many days reached at least 10,000"
                ),
                (
                    .request,
                    "My watch exports my steps as a CSV. Could you write a Python script, steps-report.py in memory/health, that goes through steps-2027-04.csv (same folder) and prints my daily average and the number of days I hit 10,000 or more?"
                ),
                (
                    .context,
                    "I'm trying to walk more and each month I export my daily steps to a CSV, April's being memory/health/steps-2027-04.csv. Please write a Python script, memory/health/steps-report.py, that prints April's average steps per day and how many days I managed at least 10,000 steps. March's file is in the same folder and shouldn't be counted, and the script mustn't change the CSV."
                ),
            ], changed: ["memory/health/steps-report.py"], check: { f in Fresh24.isStepsScript(f("memory/health/steps-report.py")) },
            solution: ops(writes: [("memory/health/steps-report.py", Fresh24.stepsScript)])),
    ]
}

extension EverydayTaskSuite {
    /// Correct results in other forms a careful person accepts (a table, another marker, a title,
    /// spacing, another date, time, number or amount format, an aside saying what a value was,
    /// another order, a table without its outer pipes or with its columns in another order, a lost
    /// final newline, CRLF, paths or file names for titles, another way to write the same skill or
    /// script), at least one per intention but the delete (2508), which has no other form.
    static let fresh24Alternatives: [(Int, String)] = [
        (
            2501,
            ops(writes: [
                (
                    Fresh24.ferryOut,
                    "| Ferry out | |\n|---|---|\n| Route | NorthLink, Aberdeen to Lerwick |\n| Date | 18/06/2027 |\n| Sails | 17:00 |\n| Ref | NL48213 |\n"
                )
            ])
        ),
        (2501, ops(writes: [(Fresh24.ferryOut, "Outbound: NorthLink Aberdeen → Lerwick, Fri June 18th 2027 at 5pm. Booking NL 48213")])),
        (
            2501,
            ops(writes: [
                (Fresh24.ferryOut, "# Ferry out\r\nAberdeen to Lerwick (NorthLink)\r\n2027-06-18, sailing 17.00\r\nReference: NL48213\r\n")
            ])
        ),
        (2502, ops(writes: [(Fresh24.binsNote, Fresh24.newGreen("Green bin (recycling): Wednesday (was Tuesday), the weeks in between"))])),
        (
            2502,
            ops(writes: [
                (
                    Fresh24.binsNote,
                    Fresh24.newGreen("Green bin (recycling): **Wednesdays**, the weeks in between").replacingOccurrences(of: "\n", with: "\r\n")
                )
            ])
        ),
        (
            2502,
            ops(writes: [
                (Fresh24.binsNote, Fresh24.newGreen("Green bin (recycling):   Wed, the weeks in between").trimmingCharacters(in: .newlines))
            ])
        ),
        (
            2502,
            ops(writes: [(Fresh24.binsNote, Fresh24.newGreen("Green bin (recycling): Wednesday from 5 April 2027, the weeks in between"))])
        ),
        (2503, ops(writes: [(Fresh24.meterLog, Fresh24.meters[Fresh24.meterLog]! + "- 01/04/2027: 24,190 kWh\n")])),
        (2503, ops(writes: [(Fresh24.meterLog, Fresh24.meters[Fresh24.meterLog]! + "- 2027-04-01 — 24190")])),
        (
            2503,
            ops(writes: [
                (
                    Fresh24.meterLog,
                    (Fresh24.meters[Fresh24.meterLog]! + "- Thursday 1st April 2027: 24190\n").replacingOccurrences(of: "\n", with: "\r\n")
                )
            ])
        ),
        (
            2504,
            ops(
                writes: [(Fresh24.manualNew, Fresh24.manuals[Fresh24.manualOld]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/home/manuals/manual_DW60M6050FS_EN.md"}"#)
        ),
        (
            2504,
            ops(
                writes: [(Fresh24.manualNew, Fresh24.manuals[Fresh24.manualOld]!.replacingOccurrences(of: "\n", with: "\r\n"))],
                #"{"op":"delete","path":"memory/home/manuals/manual_DW60M6050FS_EN.md"}"#)
        ),
        (
            2504,
            ops(
                writes: [(Fresh24.manualNew, Fresh24.manuals[Fresh24.manualOld]!.replacingOccurrences(of: "\n", with: "\n\n"))],
                #"{"op":"delete","path":"memory/home/manuals/manual_DW60M6050FS_EN.md"}"#)
        ),
        (
            2505,
            ops(
                writes: [(Fresh24.hatDone, Fresh24.knitting[Fresh24.hat]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/hobbies/knitting/queue/cabled-hat.md"}"#)
        ),
        (
            2505,
            ops(
                writes: [(Fresh24.hatDone, Fresh24.knitting[Fresh24.hat]!.replacingOccurrences(of: "\n", with: "\r\n"))],
                #"{"op":"delete","path":"memory/hobbies/knitting/queue/cabled-hat.md"}"#)
        ),
        (
            2505,
            ops(
                writes: [(Fresh24.hatDone, Fresh24.knitting[Fresh24.hat]!.replacingOccurrences(of: "\n", with: "\n\n"))],
                #"{"op":"delete","path":"memory/hobbies/knitting/queue/cabled-hat.md"}"#)
        ),
        (
            2506,
            ops(
                writes: Fresh24.newEmail([
                    "jo.hart@postbox.example (was jo.hart@oldisp.example)", "jo.hart@postbox.example (previously jo.hart@oldisp.example)",
                    "jo.hart@postbox.example",
                ]))
        ),
        (
            2506,
            ops(
                writes: Fresh24.newEmail([Fresh24.newAddress, Fresh24.newAddress, Fresh24.newAddress]).map {
                    ($0.0, $0.1.replacingOccurrences(of: "\n", with: "\r\n"))
                })
        ),
        (
            2506,
            ops(
                writes: Fresh24.newEmail(["Jo.Hart@postbox.example", "<jo.hart@postbox.example>", "jo.hart@postbox.example"]).map {
                    ($0.0, $0.1.trimmingCharacters(in: .newlines))
                })
        ),
        (2507, ops(writes: [(Fresh24.sitterCopy, Fresh24.sitter[Fresh24.sitterNote]!.trimmingCharacters(in: .newlines))])),
        (2507, ops(writes: [(Fresh24.sitterCopy, Fresh24.sitter[Fresh24.sitterNote]!.replacingOccurrences(of: "\n", with: "\r\n"))])),
        (2507, ops(writes: [(Fresh24.sitterCopy, Fresh24.sitter[Fresh24.sitterNote]!.replacingOccurrences(of: "\n\n", with: "\n"))])),
        (
            2509,
            ops(writes: [
                (
                    "outputs/tenancy-summary.md",
                    "# Tenancy renewal\n\n- New rent: £1,150 a month (up £55)\n- Starts: 1 August 2027\n- Reply by: 30 June 2027\n"
                )
            ])
        ),
        (
            2509,
            ops(writes: [
                (
                    "outputs/tenancy-summary.md",
                    "Rent rises to 1150 pounds a month from 01/08/2027. Sign and return the renewal by 30/06/2027, or give two months' notice."
                )
            ])
        ),
        (
            2509,
            ops(writes: [
                (
                    "outputs/tenancy-summary.md",
                    "The landlord is renewing the tenancy for a year at £1,150 a month (currently £1,095), starting August 1st 2027.\r\nDeadline to sign: June 30th, 2027.\r\n"
                )
            ])
        ),
        (
            2510,
            ops(writes: [
                (
                    "outputs/away-matches.md",
                    "# Away matches\n\n| Date | Opponent | Kick-off |\n|---|---|---|\n| Sun 18 April | Selby Town Colts | 10 am |\n| Sun 2 May | Tadcaster Albion Youth | 11 am |\n| Sun 16 May | Howden Clarets | 10 am |\n"
                )
            ])
        ),
        (2510, ops(writes: [("outputs/away-matches.md", "18/04 Selby Town Colts\n02/05 Tadcaster Albion Youth (KO 11:00)\n16/05 Howden Clarets")])),
        (
            2510,
            ops(writes: [
                (
                    "outputs/away-matches.md",
                    "Away matches:\n- Howden Clarets, Sunday 16th May 2027\n- Selby Town Colts, Sunday 18th April 2027\n- Tadcaster Albion Youth, Sunday 2nd May 2027, kick-off 11am\n"
                )
            ])
        ),
        (
            2511,
            ops(writes: [
                (
                    "outputs/water-weekly.md",
                    "# Water once a week\n\n| Plant | Water |\n|---|---|\n| Monstera | once a week |\n| Peace lily | once a week, more in summer |\n| Pothos | weekly |\n| Calathea | once a week, rainwater |\n"
                )
            ])
        ),
        (
            2511,
            ops(writes: [
                (
                    "outputs/water-weekly.md",
                    "memory/home/plants/calathea.md\nmemory/home/plants/monstera.md\nmemory/home/plants/peace-lily.md\nmemory/home/plants/pothos.md"
                )
            ])
        ),
        (
            2511,
            ops(writes: [
                ("outputs/water-weekly.md", "Weekly watering:\n1. Pothos (devil's ivy)\n2. Calathea\n3. Peace Lily\n4. Monstera\n")
            ])
        ),
        (
            2512,
            ops(writes: [
                (
                    "outputs/cottage-bookings.md",
                    "# Confirmed bookings 2027\n\n| Arrival | Guest | Nights |\n|:--|:--|--:|\n| Sat 1 May 2027 | The Okafors | 7 nights |\n| Sat 22 May 2027 | Helen Broadbent | 4 nights |\n| Sat 5 June 2027 | The Marchetti family | 7 nights |\n| Sat 26 June 2027 | Dr Patel | 5 nights |\n"
                )
            ])
        ),
        (
            2512,
            ops(writes: [
                (
                    "outputs/cottage-bookings.md",
                    "Guest | Arrives | Nights\n--- | --- | ---\nDr Patel | 26/06/2027 | 5\nThe Marchetti family | 05/06/2027 | 7\nHelen Broadbent | 22/05/2027 | 4\nThe Okafors | 01/05/2027 | 7"
                )
            ])
        ),
        (2512, ops(writes: [("outputs/cottage-bookings.md", Fresh24.bookingsTable.replacingOccurrences(of: "\n", with: "\r\n"))])),
        (
            2513,
            ops(writes: [
                (
                    "skills/document-renewals/SKILL.md",
                    "---\nname: \"document-renewals\"\ndescription: >\n  Passports, licences and cards that need renewing soon.\n---\n\n# Document renewals\n\n1. Read `memory/home/documents.md`.\n2. For each document, work out how many days are left until it expires.\n3. Keep any with ninety days or fewer left, and any that have expired already.\n4. Write the owner, the document and the expiry date to `outputs/renewals-due.md`.\n"
                )
            ])
        ),
        (
            2513,
            ops(writes: [
                (
                    "skills/document-renewals/SKILL.md",
                    "---\nname: document-renewals\ndescription: 'Which documents expire within three months.'\n---\nLook through memory/home/documents.md and list every passport, licence or card that runs out within the next three months or is already out of date, saying whose it is and when it expires. Save the list to outputs/renewals-due.md."
                )
            ])
        ),
        (
            2513,
            ops(writes: [
                (
                    "skills/document-renewals/SKILL.md",
                    "---\nname: document-renewals\ndescription: |\n  Monthly check of the family's documents.\n---\n- Source: memory/home/documents.md\n- Due: the expiry date is within 90 days of today\n- Include documents that have expired too\n- Output: outputs/renewals-due.md, one line per document with the owner and the expiry date\n"
                )
            ])
        ),
        (
            2514,
            ops(writes: [
                (
                    "memory/health/steps-report.py",
                    "import pandas as pd\n\ndf = pd.read_csv(\"memory/health/steps-2027-04.csv\")\nprint(\"Average per day:\", round(df[\"steps\"].mean()))\nprint(\"Days at 10,000 or more:\", (df[\"steps\"] >= 10_000).sum())\n"
                )
            ])
        ),
        (
            2514,
            ops(writes: [
                (
                    "memory/health/steps-report.py",
                    "from pathlib import Path\nfrom statistics import mean\n\nlines = Path(\"memory/health/steps-2027-04.csv\").read_text().splitlines()[1:]\nsteps = [int(line.split(\",\")[1]) for line in lines if line.strip()]\ngood_days = len([s for s in steps if 10000 <= s])\nprint(\"Average steps a day:\", round(mean(steps)))\nprint(\"Days of 10,000+ steps:\", good_days)\n"
                )
            ])
        ),
        (
            2514,
            ops(writes: [
                (
                    "memory/health/steps-report.py",
                    "#!/usr/bin/env python3\n\"\"\"April 2027: average daily steps and the days on or over the 10,000 goal.\"\"\"\nimport csv\n\ntotal = 0\ndays = 0\ngoal_days = 0\nwith open(\"memory/health/steps-2027-04.csv\", newline=\"\") as f:\n    reader = csv.reader(f)\n    next(reader)\n    for date, count in reader:\n        n = int(count)\n        total += n\n        days += 1\n        if n > 9999:\n            goal_days += 1\nprint(f\"Average: {total / days:.1f} steps a day, {goal_days} days of 10,000 or more\")\n"
                )
            ])
        ),
    ]

    /// Wrong or partial results that the twenty-fourth fresh part's checks must refuse, at least six per intention.
    static let fresh24NearMisses: [(Int, String)] = [
        (2501, ops(writes: [(Fresh24.ferryOut, Fresh24.ferryNote.replacingOccurrences(of: "NL48213", with: "NL48219"))])),
        (2501, ops(writes: [(Fresh24.ferryOut, Fresh24.ferryNote.replacingOccurrences(of: "18 June", with: "26 June"))])),
        (2501, ops(writes: [(Fresh24.ferryOut, Fresh24.ferryNote.replacingOccurrences(of: "18 June", with: "18 July"))])),
        (2501, ops(writes: [(Fresh24.ferryOut, Fresh24.ferryNote.replacingOccurrences(of: "sails 5 pm", with: "sails 5.30 pm"))])),
        (2501, ops(writes: [(Fresh24.ferryOut, Fresh24.ferryNote.replacingOccurrences(of: "sails 5 pm", with: "sails 5 am"))])),
        (2501, ops(writes: [(Fresh24.ferryOut, Fresh24.ferryNote.replacingOccurrences(of: "June 2027", with: "June 2026"))])),
        (2501, ops(writes: [(Fresh24.ferryOut, Fresh24.ferryNote.replacingOccurrences(of: "Aberdeen to Lerwick", with: "Lerwick to Aberdeen"))])),
        (2501, ops(writes: [(Fresh24.ferryOut, Fresh24.ferryNote.replacingOccurrences(of: "- Booking ref: NL48213\n", with: ""))])),
        (2501, ops(writes: [(Fresh24.ferryOut, Fresh24.ferryNote + "- Coming home: ref NL48219\n")])),
        (2501, ops(writes: [("memory/travel/shetland-2027/ferry.md", Fresh24.ferryNote)])),
        (
            2501,
            ops(writes: [
                (Fresh24.ferryOut, Fresh24.ferryNote),
                (
                    "memory/travel/shetland-2027/ferry-home.md",
                    Fresh24.ferry["memory/travel/shetland-2027/ferry-home.md"]! + "Outward crossing: see ferry-out.md\n"
                ),
            ])
        ),
        (2501, ops(writes: [(Fresh24.ferryOut, "```markdown\n" + Fresh24.ferryNote + "```\n")])),
        (2502, ops(writes: [(Fresh24.binsNote, Fresh24.newGreen("Green bin (recycling): Thursday, the weeks in between"))])),
        (
            2502,
            ops(writes: [
                (
                    Fresh24.binsNote,
                    Fresh24.newGreen("Green bin (recycling): Wednesday, the weeks in between").replacingOccurrences(
                        of: "Black bin (general waste): Tuesday", with: "Black bin (general waste): Wednesday")
                )
            ])
        ),
        (
            2502,
            ops(writes: [
                (
                    Fresh24.binsNote,
                    Fresh24.bins[Fresh24.binsNote]!.replacingOccurrences(
                        of: "Black bin (general waste): Tuesday", with: "Black bin (general waste): Wednesday")
                )
            ])
        ),
        (2502, ops(writes: [(Fresh24.binsNote, Fresh24.bins[Fresh24.binsNote]! + "Green bin (recycling): Wednesday\n")])),
        (2502, ops(writes: [(Fresh24.binsNote, Fresh24.newGreen("Green bin (recycling): Tuesday or Wednesday, the weeks in between"))])),
        (2502, ops(writes: [(Fresh24.binsNote, Fresh24.newGreen("Green bin: Wednesday, the weeks in between"))])),
        (
            2502,
            ops(writes: [
                (Fresh24.binsNote, Fresh24.newGreen("Green bin (recycling): Wednesday, the weeks in between")),
                (
                    "memory/home/old-house-bins.md",
                    Fresh24.bins["memory/home/old-house-bins.md"]!.replacingOccurrences(of: "Tuesday", with: "Wednesday")
                ),
            ])
        ),
        (
            2502,
            ops(writes: [
                (Fresh24.binsNote, Fresh24.newGreen("Green bin (recycling): Wednesday, the weeks in between")),
                ("memory/home/council-letter.md", Fresh24.bins["memory/home/council-letter.md"]! + "Done: bins.md updated.\n"),
            ])
        ),
        (
            2502,
            ops(writes: [
                (
                    Fresh24.binsNote,
                    Fresh24.newGreen("Green bin (recycling): Wednesday, the weeks in between").replacingOccurrences(
                        of: "Brown bin (garden waste): Friday", with: "Brown bin (garden waste): Wednesday")
                )
            ])
        ),
        (2502, ops(writes: [(Fresh24.binsNote, "# Bin days\nGreen bin (recycling): Wednesday, the weeks in between\n")])),
        (2502, ops(writes: [(Fresh24.binsNote, "```\n" + Fresh24.newGreen("Green bin (recycling): Wednesday, the weeks in between") + "```\n")])),
        (2503, ops(writes: [(Fresh24.meterLog, Fresh24.meters[Fresh24.meterLog]! + "- 1 Apr 2027: 24109\n")])),
        (2503, ops(writes: [(Fresh24.meterLog, Fresh24.meters[Fresh24.meterLog]! + "- 1 Mar 2027: 24190\n")])),
        (2503, ops(writes: [(Fresh24.meterLog, Fresh24.meters[Fresh24.meterLog]! + "- 1 Apr 2026: 24190\n")])),
        (2503, ops(writes: [(Fresh24.meterLog, Fresh24.meters[Fresh24.meterLog]! + "- 24190\n")])),
        (2503, ops(writes: [(Fresh24.meterLog, Fresh24.meters[Fresh24.meterLog]! + "- 1 Apr 2027: 24190 (329 used since March)\n")])),
        (
            2503,
            ops(writes: [
                (
                    Fresh24.meterLog,
                    Fresh24.meters[Fresh24.meterLog]!.replacingOccurrences(of: "(kWh)\n", with: "(kWh)\n- 1 Apr 2027: 24190\n")
                )
            ])
        ),
        (
            2503,
            ops(writes: [
                (
                    Fresh24.meterLog,
                    Fresh24.meters[Fresh24.meterLog]!.replacingOccurrences(of: "- 1 Jan 2027: 23145\n", with: "") + "- 1 Apr 2027: 24190\n"
                )
            ])
        ),
        (
            2503,
            ops(writes: [
                ("memory/home/gas-readings.md", Fresh24.meters["memory/home/gas-readings.md"]! + "- 1 Apr 2027: 24190\n")
            ])
        ),
        (
            2503,
            ops(writes: [
                (
                    "memory/home/meter-readings-2026.md",
                    Fresh24.meters["memory/home/meter-readings-2026.md"]! + "- 1 Apr 2027: 24190\n"
                )
            ])
        ),
        (
            2503,
            ops(writes: [
                (Fresh24.meterLog, Fresh24.meters[Fresh24.meterLog]! + "- 1 Apr 2027: 24190\n"),
                ("memory/home/gas-readings.md", Fresh24.meters["memory/home/gas-readings.md"]! + "- 1 Apr 2027: 24190\n"),
            ])
        ),
        (2503, ops(writes: [(Fresh24.meterLog, "```\n" + Fresh24.meters[Fresh24.meterLog]! + "- 1 Apr 2027: 24190\n```\n")])),
        (2504, ops(#"{"op":"move","from":"memory/home/manuals/manual_WW90T534DAW_EN.md","to":"memory/home/manuals/dishwasher-manual.md"}"#)),
        (2504, ops(#"{"op":"move","from":"memory/home/manuals/manual_DW60M6050FS_EN.md","to":"memory/home/manuals/dishwasher-manual.txt"}"#)),
        (2504, ops(#"{"op":"move","from":"memory/home/manuals/manual_DW60M6050FS_EN.md","to":"memory/home/dishwasher-manual.md"}"#)),
        (2504, ops(writes: [(Fresh24.manualNew, Fresh24.manuals[Fresh24.manualOld]!)])),
        (2504, ops(#"{"op":"delete","path":"memory/home/manuals/manual_DW60M6050FS_EN.md"}"#)),
        (
            2504,
            ops(
                writes: [
                    (
                        Fresh24.manualNew,
                        Fresh24.manuals[Fresh24.manualOld]!.replacingOccurrences(
                            of: "# Dishwasher DW60M6050FS user manual", with: "# Dishwasher manual")
                    )
                ],
                #"{"op":"delete","path":"memory/home/manuals/manual_DW60M6050FS_EN.md"}"#)
        ),
        (
            2504,
            ops(
                #"{"op":"move","from":"memory/home/manuals/manual_DW60M6050FS_EN.md","to":"memory/home/manuals/dishwasher-manual.md"}"#,
                #"{"op":"move","from":"memory/home/manuals/manual_WW90T534DAW_EN.md","to":"memory/home/manuals/washing-machine-manual.md"}"#)
        ),
        (2504, ops(#"{"op":"move","from":"memory/home/manuals/manual_DW60M6050FS_EN.md","to":"memory/home/manuals/dishwasher_manual.md"}"#)),
        (2504, ops(#"{"op":"move","from":"memory/home/manuals/manual_DW60M6050FS_EN.md","to":"memory/home/manuals/Dishwasher-Manual.md"}"#)),
        (
            2504,
            ops(
                #"{"op":"move","from":"memory/home/manuals/manual_DW60M6050FS_EN.md","to":"memory/home/manuals/dishwasher/dishwasher-manual.md"}"#
            )
        ),
        (
            2504,
            ops(
                #"{"op":"move","from":"memory/home/manuals/manual_DW60M6050FS_EN.md","to":"memory/home/manuals/dishwasher-manual.md"}"#,
                #"{"op":"move","from":"memory/home/manuals/dishwasher-warranty.md","to":"memory/home/manuals/dishwasher-manual-warranty.md"}"#
            )
        ),
        (
            2505,
            ops(
                #"{"op":"move","from":"memory/hobbies/knitting/queue/cabled-hat-kids.md","to":"memory/hobbies/knitting/finished/cabled-hat-kids.md"}"#
            )
        ),
        (2505, ops(writes: [(Fresh24.hatDone, Fresh24.knitting[Fresh24.hat]!)])),
        (2505, ops(#"{"op":"move","from":"memory/hobbies/knitting/queue/cabled-hat.md","to":"memory/hobbies/knitting/finished/hat.md"}"#)),
        (2505, ops(#"{"op":"move","from":"memory/hobbies/knitting/queue/cabled-hat.md","to":"memory/hobbies/knitting/done/cabled-hat.md"}"#)),
        (2505, ops(#"{"op":"move","from":"memory/hobbies/knitting/queue/cabled-hat.md","to":"memory/knitting/finished/cabled-hat.md"}"#)),
        (
            2505,
            ops(
                #"{"op":"move","from":"memory/hobbies/knitting/queue/cabled-hat.md","to":"memory/hobbies/knitting/finished/cabled-hat.md"}"#,
                #"{"op":"move","from":"memory/hobbies/knitting/queue/cabled-hat-kids.md","to":"memory/hobbies/knitting/finished/cabled-hat-kids.md"}"#
            )
        ),
        (2505, ops(#"{"op":"delete","path":"memory/hobbies/knitting/queue/cabled-hat.md"}"#)),
        (
            2505,
            ops(
                writes: [(Fresh24.hatDone, Fresh24.knitting[Fresh24.hat]! + "Gave it to Dad for his birthday\n")],
                #"{"op":"delete","path":"memory/hobbies/knitting/queue/cabled-hat.md"}"#)
        ),
        (
            2505,
            ops(
                writes: [
                    (
                        "memory/hobbies/knitting/finished/mittens.md",
                        Fresh24.knitting["memory/hobbies/knitting/finished/mittens.md"]! + "Next to the cabled hat now\n"
                    )
                ],
                #"{"op":"move","from":"memory/hobbies/knitting/queue/cabled-hat.md","to":"memory/hobbies/knitting/finished/cabled-hat.md"}"#)
        ),
        (
            2505,
            ops(
                #"{"op":"move","from":"memory/hobbies/knitting/queue/cabled-hat.md","to":"memory/hobbies/knitting/queue/finished/cabled-hat.md"}"#
            )
        ),
        (2506, ops(writes: Array(Fresh24.newEmail([Fresh24.newAddress, Fresh24.newAddress, Fresh24.newAddress]).prefix(2)))),
        (
            2506,
            ops(
                writes: Fresh24.newEmail([Fresh24.newAddress, Fresh24.newAddress, Fresh24.newAddress]).map {
                    ($0.0, $0.1.replacingOccurrences(of: "sam.hart@oldisp.example", with: "sam.hart@postbox.example"))
                })
        ),
        (
            2506,
            ops(
                writes: Fresh24.newEmail([Fresh24.newAddress, Fresh24.newAddress, Fresh24.newAddress]) + [
                    (
                        "memory/clubs/bridge-club-2025.md",
                        Fresh24.accounts["memory/clubs/bridge-club-2025.md"]!.replacingOccurrences(of: Fresh24.oldAddress, with: Fresh24.newAddress)
                    )
                ])
        ),
        (2506, ops(writes: Fresh24.newEmail([Fresh24.newAddress, "jo.hart@postbox.exmaple", Fresh24.newAddress]))),
        (2506, ops(writes: Fresh24.newEmail([Fresh24.newAddress, Fresh24.newAddress, "j.hart@postbox.example"]))),
        (
            2506,
            ops(writes: Fresh24.newEmail([Fresh24.newAddress, "jo.hart@postbox.example / jo.hart@oldisp.example", Fresh24.newAddress]))
        ),
        (
            2506,
            ops(
                writes: Fresh24.newEmail([Fresh24.newAddress, Fresh24.newAddress, Fresh24.newAddress]).map {
                    $0.0 == "memory/work/cv.md" ? ($0.0, Fresh24.accounts[$0.0]! + "New email: jo.hart@postbox.example\n") : $0
                })
        ),
        (
            2506,
            ops(
                writes: Fresh24.newEmail([Fresh24.newAddress, Fresh24.newAddress, Fresh24.newAddress]).map {
                    ($0.0, $0.1.replacingOccurrences(of: "07700 900318 | ", with: ""))
                })
        ),
        (
            2506,
            ops(
                writes: Fresh24.newEmail([Fresh24.newAddress, Fresh24.newAddress, Fresh24.newAddress]).map {
                    ($0.0, $0.1.replacingOccurrences(of: "Email for the newsletter: ", with: ""))
                })
        ),
        (
            2506,
            ops(
                writes: Fresh24.newEmail([Fresh24.newAddress, Fresh24.newAddress, Fresh24.newAddress]).map {
                    ($0.0, $0.1.replacingOccurrences(of: "Broadband: Lumen Fibre, router in the hall cupboard\n", with: ""))
                })
        ),
        (
            2506,
            ops(
                writes: Fresh24.newEmail([Fresh24.newAddress, Fresh24.newAddress, Fresh24.newAddress]).map {
                    ($0.0, "```\n" + $0.1 + "```\n")
                })
        ),
        (2507, ops(#"{"op":"move","from":"memory/home/house-sitting.md","to":"outputs/house-sitting.md"}"#)),
        (2507, ops(writes: [(Fresh24.sitterCopy, Fresh24.sitter["memory/home/house-sitting-2025.md"]!)])),
        (2507, ops(writes: [("outputs/house-sitting.txt", Fresh24.sitter[Fresh24.sitterNote]!)])),
        (2507, ops(writes: [("memory/home/house-sitting-copy.md", Fresh24.sitter[Fresh24.sitterNote]!)])),
        (2507, ops(writes: [(Fresh24.sitterCopy, "```markdown\n" + Fresh24.sitter[Fresh24.sitterNote]! + "```\n")])),
        (
            2507,
            ops(writes: [
                (
                    Fresh24.sitterCopy,
                    Fresh24.sitter[Fresh24.sitterNote]!.replacingOccurrences(of: "- Post: leave it on the kitchen table\n", with: "")
                )
            ])
        ),
        (2507, ops(writes: [(Fresh24.sitterCopy, Fresh24.sitter[Fresh24.sitterNote]! + "- Alarm code: 4417\n")])),
        (
            2507,
            ops(writes: [
                (
                    Fresh24.sitterCopy,
                    Fresh24.sitter[Fresh24.sitterNote]!.replacingOccurrences(of: "# For the house sitter", with: "# Welcome, Ruth!")
                )
            ])
        ),
        (
            2507,
            ops(writes: [
                (Fresh24.sitterCopy, Fresh24.sitter[Fresh24.sitterNote]!),
                (Fresh24.sitterNote, Fresh24.sitter[Fresh24.sitterNote]! + "Printed copy in outputs\n"),
            ])
        ),
        (
            2507,
            ops(writes: [(Fresh24.sitterCopy, Fresh24.sitter[Fresh24.sitterNote]!.replacingOccurrences(of: "07700 900651", with: "07700 900615"))])
        ),
        (2508, ops(#"{"op":"delete","path":"memory/money/insurance/quote-harbourline-2027-contents.md"}"#)),
        (
            2508,
            ops(
                #"{"op":"delete","path":"memory/money/insurance/quote-harbourline-2027.md"}"#,
                #"{"op":"delete","path":"memory/money/insurance/quote-harbourline-2027-contents.md"}"#)
        ),
        (2508, ops(#"{"op":"delete","path":"memory/money/insurance/quote-bluecrest-2027.md"}"#)),
        (2508, ops(writes: [(Fresh24.expired, "")])),
        (
            2508,
            ops(
                #"{"op":"move","from":"memory/money/insurance/quote-harbourline-2027.md","to":"memory/money/insurance/archive/quote-harbourline-2027.md"}"#
            )
        ),
        (
            2508,
            ops(
                writes: [
                    (
                        "memory/money/insurance/policy-2026.md",
                        Fresh24.insurance["memory/money/insurance/policy-2026.md"]! + "Harbourline quote expired and deleted.\n"
                    )
                ],
                #"{"op":"delete","path":"memory/money/insurance/quote-harbourline-2027.md"}"#)
        ),
        (2508, ops(writes: [(Fresh24.expired, "# Harbourline home insurance quote\nEXPIRED\n")])),
        (
            2508,
            ops(
                #"{"op":"delete","path":"memory/money/insurance/quote-harbourline-2027.md"}"#,
                #"{"op":"delete","path":"memory/money/insurance/policy-2026.md"}"#)
        ),
        (2509, ops(writes: [("outputs/tenancy-summary.md", Fresh24.renewalLetter)])),
        (2509, ops(writes: [("outputs/tenancy-summary.md", Fresh24.tenancySummary.replacingOccurrences(of: "£1,150", with: "£1,510"))])),
        (
            2509,
            ops(writes: [
                (
                    "outputs/tenancy-summary.md",
                    Fresh24.tenancySummary.replacingOccurrences(of: "from £1,095 to £1,150", with: "from £1,040 to £1,095")
                )
            ])
        ),
        (2509, ops(writes: [("outputs/tenancy-summary.md", Fresh24.tenancySummary.replacingOccurrences(of: "1 August", with: "1 September"))])),
        (2509, ops(writes: [("outputs/tenancy-summary.md", Fresh24.tenancySummary.replacingOccurrences(of: "30 June", with: "28 June"))])),
        (
            2509,
            ops(writes: [
                (
                    "outputs/tenancy-summary.md",
                    "The rent goes up to £1,150 a month from 30 June 2027. We need to sign and return the renewal by 1 August 2027.\n"
                )
            ])
        ),
        (
            2509,
            ops(writes: [
                (
                    "outputs/tenancy-summary.md",
                    "Castlegate Lettings will renew our tenancy for 12 months. The rent goes up from £1,095 to £1,150 a month from 1 August 2027.\n"
                )
            ])
        ),
        (
            2509,
            ops(writes: [
                (
                    "outputs/tenancy-summary.md",
                    "Castlegate Lettings will renew our tenancy for 12 months from 1 August 2027, and the rent is going up. We need to sign and return the agreement by 30 June 2027.\n"
                )
            ])
        ),
        (2509, ops(writes: [("outputs/tenancy-summary.md", "```\n" + Fresh24.tenancySummary + "```\n")])),
        (2509, ops(writes: [("memory/home/tenancy/summary.md", Fresh24.tenancySummary)])),
        (2509, ops(writes: [("outputs/tenancy-summary.md", Fresh24.tenancySummary.replacingOccurrences(of: "2027", with: "2026"))])),
        (
            2509,
            ops(writes: [
                (
                    "outputs/tenancy-summary.md",
                    "Castlegate Lettings will renew our tenancy at 22 Alder Street for another 12 months from 1 August 2027, when the rent goes up from £1,095 to £1,150 a month; everything else stays the same and the deposit stays protected with the DPS. We need to sign and return the renewal agreement by 30 June 2027, or give two months' notice if we are moving out. The yearly gas safety check is on Monday 12 July 2027, 9 am to 1 pm.\n"
                )
            ])
        ),
        (
            2510,
            ops(writes: [
                (
                    "outputs/away-matches.md",
                    "- Sun 11 Apr: Brayton Juniors\n- Sun 18 Apr: Selby Town Colts\n- Sun 2 May: Tadcaster Albion Youth\n- Sun 16 May: Howden Clarets\n"
                )
            ])
        ),
        (2510, ops(writes: [("outputs/away-matches.md", "- Sun 18 Apr: Selby Town Colts\n- Sun 2 May: Tadcaster Albion Youth\n")])),
        (
            2510,
            ops(writes: [
                (
                    "outputs/away-matches.md",
                    "- Sat 17 Apr: Selby Town Colts\n- Sun 18 Apr: Selby Town Colts\n- Sun 2 May: Tadcaster Albion Youth\n- Sun 16 May: Howden Clarets\n"
                )
            ])
        ),
        (
            2510,
            ops(writes: [
                ("outputs/away-matches.md", "- Sun 18 Apr: Tadcaster Albion Youth\n- Sun 2 May: Selby Town Colts\n- Sun 16 May: Howden Clarets\n")
            ])
        ),
        (2510, ops(writes: [("outputs/away-matches.md", "- Sun 18 Apr\n- Sun 2 May\n- Sun 16 May\n")])),
        (2510, ops(writes: [("outputs/away-matches.md", "- Selby Town Colts\n- Tadcaster Albion Youth\n- Howden Clarets\n")])),
        (
            2510,
            ops(writes: [
                ("outputs/away-matches.md", "We play away at Selby on 18 April, at Tadcaster on 2 May and at Howden on 16 May.\n")
            ])
        ),
        (
            2510,
            ops(writes: [
                (
                    "outputs/away-matches.md",
                    "```\n- Sun 18 Apr: Selby Town Colts\n- Sun 2 May: Tadcaster Albion Youth\n- Sun 16 May: Howden Clarets\n```\n"
                )
            ])
        ),
        (
            2510,
            ops(writes: [
                ("memory/kids/away-matches.md", "- Sun 18 Apr: Selby Town Colts\n- Sun 2 May: Tadcaster Albion Youth\n- Sun 16 May: Howden Clarets\n")
            ])
        ),
        (
            2510,
            ops(writes: [
                ("outputs/away-matches.md", "- Sat 17 Apr: Selby Town Colts\n- Sun 2 May: Tadcaster Albion Youth\n- Sun 16 May: Howden Clarets\n")
            ])
        ),
        (2510, ops(writes: [("outputs/away-matches.md", Fresh24.football["memory/kids/u11-fixtures.md"]!)])),
        (2511, ops(writes: [("outputs/water-weekly.md", "- Monstera\n- Peace lily\n- Pothos\n- Calathea\n- Boston fern\n")])),
        (2511, ops(writes: [("outputs/water-weekly.md", "- Monstera\n- Peace lily\n- Pothos\n")])),
        (2511, ops(writes: [("outputs/water-weekly.md", "- Monstera\n- Peace lily\n- Pothos\n- Calathea\n- Fiddle leaf fig\n")])),
        (2511, ops(writes: [("outputs/water-weekly.md", "- Monstera\n- Peace lily\n- Snake plant\n- Calathea\n")])),
        (2511, ops(writes: [("outputs/water-weekly.md", "Monstera, peace lily, pothos and calathea need water once a week.\n")])),
        (2511, ops(writes: [("outputs/water-weekly.md", "```\n- Monstera\n- Peace lily\n- Pothos\n- Calathea\n```\n")])),
        (2511, ops(writes: [("memory/home/water-weekly.md", "- Monstera\n- Peace lily\n- Pothos\n- Calathea\n")])),
        (2511, ops(writes: [("outputs/water-weekly.md", "- Monstera\n- Peace lily\n- Pothos\n- Calathea\n- Monstera\n")])),
        (
            2511,
            ops(writes: [
                (
                    "outputs/water-weekly.md",
                    "boston-fern.md\nbunny-ear-cactus.md\ncalathea.md\nmonstera.md\npeace-lily.md\npothos.md\nsnake-plant.md\nzz-plant.md\n"
                )
            ])
        ),
        (2511, ops(writes: [("outputs/water-weekly.md", "- Monstera\n- Peace lily\n- Pothos\n- Calathea\n- String of pearls\n")])),
        (2512, ops(writes: [("outputs/cottage-bookings.md", Fresh24.cottage["memory/cottage/bookings-2027.csv"]!)])),
        (
            2512,
            ops(writes: [
                (
                    "outputs/cottage-bookings.md",
                    Fresh24.bookingsTable.replacingOccurrences(
                        of: "| Helen Broadbent |", with: "| Mr and Mrs Lindqvist | 2027-05-15 | 3 |\n| Helen Broadbent |")
                )
            ])
        ),
        (
            2512,
            ops(writes: [("outputs/cottage-bookings.md", Fresh24.bookingsTable.replacingOccurrences(of: "| Dr Patel | 2027-06-26 | 5 |\n", with: ""))]
            )
        ),
        (
            2512,
            ops(writes: [
                (
                    "outputs/cottage-bookings.md",
                    Fresh24.bookingsTable.replacingOccurrences(
                        of: "| Helen Broadbent | 2027-05-22 | 4 |", with: "| Helen Broadbent | 2027-05-22 | 3 |")
                )
            ])
        ),
        (2512, ops(writes: [("outputs/cottage-bookings.md", Fresh24.bookingsTable.replacingOccurrences(of: "2027-06-05", with: "2027-06-15"))])),
        (2512, ops(writes: [("outputs/cottage-bookings.md", Fresh24.bookingsTable.replacingOccurrences(of: "|---|---|---|\n", with: ""))])),
        (2512, ops(writes: [("outputs/cottage-bookings.md", "```markdown\n" + Fresh24.bookingsTable + "```\n")])),
        (2512, ops(writes: [("memory/cottage/bookings-2027.md", Fresh24.bookingsTable)])),
        (
            2512,
            ops(writes: [
                (
                    "outputs/cottage-bookings.md",
                    "| Guest | Arrival | Nights | Status |\n|---|---|---|---|\n| The Okafors | 2027-05-01 | 7 | confirmed |\n| Mr and Mrs Lindqvist | 2027-05-15 | 3 | cancelled |\n| Helen Broadbent | 2027-05-22 | 4 | confirmed |\n| The Marchetti family | 2027-06-05 | 7 | confirmed |\n| Tom and Alice Reyes | 2027-06-19 | 2 | cancelled |\n| Dr Patel | 2027-06-26 | 5 | confirmed |\n"
                )
            ])
        ),
        (2512, ops(writes: [("outputs/cottage-bookings.md", Fresh24.bookingsTable.replacingOccurrences(of: "2027-", with: "2026-"))])),
        (
            2512,
            ops(writes: [
                (
                    "outputs/cottage-bookings.md",
                    "| Guest | Arrival |\n|---|---|\n| The Okafors | 2027-05-01 |\n| Helen Broadbent | 2027-05-22 |\n| The Marchetti family | 2027-06-05 |\n| Dr Patel | 2027-06-26 |\n"
                )
            ])
        ),
        (
            2512,
            ops(writes: [
                (
                    "outputs/cottage-bookings.md",
                    "guest,arrive,nights\nThe Okafors,2027-05-01,7\nHelen Broadbent,2027-05-22,4\nThe Marchetti family,2027-06-05,7\nDr Patel,2027-06-26,5\n"
                )
            ])
        ),
        (
            2513,
            ops(writes: [
                (
                    "skills/document-renewals/SKILL.md",
                    "# Document renewals\nRead memory/home/documents.md and write the documents that expire in the next 90 days or have already expired to outputs/renewals-due.md.\n"
                )
            ])
        ),
        (
            2513,
            ops(writes: [
                (
                    "skills/document-renewals/SKILL.md",
                    Fresh24.renewalSkill.replacingOccurrences(of: "name: document-renewals", with: "name: Document Renewals")
                )
            ])
        ),
        (2513, ops(writes: [("skills/document-renewals.md", Fresh24.renewalSkill)])),
        (
            2513,
            ops(writes: [
                (
                    "skills/document-renewals/SKILL.md",
                    Fresh24.renewalSkill.replacingOccurrences(
                        of: "description: Say which passports, licences and cards need renewing soon.\n", with: "")
                )
            ])
        ),
        (
            2513,
            ops(writes: [
                (
                    "skills/document-renewals/SKILL.md",
                    Fresh24.renewalSkill.replacingOccurrences(of: "outputs/renewals-due.md", with: "outputs/documents.md")
                )
            ])
        ),
        (
            2513,
            ops(writes: [
                (
                    "skills/document-renewals/SKILL.md",
                    Fresh24.renewalSkill.replacingOccurrences(of: "in the next 90 days", with: "in the next 30 days")
                )
            ])
        ),
        (
            2513,
            ops(writes: [
                (
                    "skills/document-renewals/SKILL.md",
                    Fresh24.renewalSkill.replacingOccurrences(of: " and any that have already expired", with: "")
                )
            ])
        ),
        (
            2513,
            ops(writes: [
                (
                    "skills/document-renewals/SKILL.md",
                    Fresh24.renewalSkill.replacingOccurrences(of: "memory/home/documents.md", with: "memory/home/bins.md")
                )
            ])
        ),
        (2513, ops(writes: [("skills/document-renewals/SKILL.md", "```markdown\n" + Fresh24.renewalSkill + "```\n")])),
        (
            2513,
            ops(writes: [
                ("skills/document-renewals/SKILL.md", Fresh24.renewalSkill),
                ("skills/bin-day/SKILL.md", Fresh24.binSkill + "Then run the document-renewals skill.\n"),
            ])
        ),
        (
            2513,
            ops(writes: [
                (
                    "skills/bin-day/SKILL.md",
                    Fresh24.binSkill
                        + "\n## Documents\nRead memory/home/documents.md and write the documents that expire in the next 90 days or have already expired to outputs/renewals-due.md.\n"
                )
            ])
        ),
        (
            2514,
            ops(writes: [
                ("memory/health/steps-report.py", Fresh24.stepsScript.replacingOccurrences(of: "steps-2027-04.csv", with: "steps-2027-03.csv"))
            ])
        ),
        (
            2514,
            ops(writes: [
                (
                    "memory/health/steps-report.py",
                    Fresh24.stepsScript.replacingOccurrences(
                        of: "with open(\"memory/health/steps-2027-04.csv\") as f:\n    for row in csv.DictReader(f):\n        steps",
                        with:
                            "for name in [\"memory/health/steps-2027-03.csv\", \"memory/health/steps-2027-04.csv\"]:\n  with open(name) as f:\n    for row in csv.DictReader(f):\n        steps"
                    )
                )
            ])
        ),
        (2514, ops(writes: [("memory/health/steps-report.py", Fresh24.stepsScript.replacingOccurrences(of: "s >= 10000", with: "s > 10000"))])),
        (2514, ops(writes: [("memory/health/steps-report.py", Fresh24.stepsScript.replacingOccurrences(of: "s >= 10000", with: "s >= 7500"))])),
        (
            2514,
            ops(writes: [
                (
                    "memory/health/steps-report.py",
                    Fresh24.stepsScript.replacingOccurrences(
                        of: "print(f\"Days with at least 10,000 steps: {sum(1 for s in steps if s >= 10000)}\")\n", with: "")
                )
            ])
        ),
        (
            2514,
            ops(writes: [
                (
                    "memory/health/steps-report.py",
                    Fresh24.stepsScript.replacingOccurrences(
                        of: "average = sum(steps) / len(steps)\nprint(f\"Average steps per day in April: {average:.0f}\")\n",
                        with: "print(f\"Total steps in April: {sum(steps)}\")\n")
                )
            ])
        ),
        (
            2514,
            ops(writes: [
                (
                    "memory/health/steps-report.py",
                    Fresh24.stepsScript
                        + "with open(\"memory/health/steps-2027-04.csv\", \"a\") as out:\n    out.write(f\"average,{average:.0f}\\n\")\n"
                )
            ])
        ),
        (2514, ops(writes: [("memory/health/steps-report.py", "```python\n" + Fresh24.stepsScript + "```\n")])),
        (
            2514,
            ops(writes: [
                (
                    "memory/health/steps-report.py",
                    Fresh24.stepsScript.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "# \($0)" }.joined(
                        separator: "\n")
                )
            ])
        ),
        (
            2514,
            ops(writes: [
                (
                    "memory/health/steps-report.py",
                    "#!/bin/sh\nawk -F, 'NR > 1 { t += $2; n++; if ($2 >= 10000) g++ } END { print t / n, g }' memory/health/steps-2027-04.csv\n"
                )
            ])
        ),
        (2514, ops(writes: [("outputs/steps-report.py", Fresh24.stepsScript)])),
        (
            2514,
            ops(writes: [
                ("memory/health/steps-report.py", Fresh24.stepsScript.replacingOccurrences(of: "int(row[\"steps\"])", with: "row[\"steps\"]"))
            ])
        ),
    ]
}

/// The twenty-fourth fresh part's fixtures and the helpers its checks share.
private enum Fresh24 {
    static let ferryOut = "memory/travel/shetland-2027/ferry-out.md"
    static let ferry: [String: String] = [
        "memory/travel/shetland-2027/ferry-home.md":
            "# Ferry home\nNorthLink, Lerwick to Aberdeen\nSaturday 26 June 2027, sails 5.30 pm\nBooking ref NL48219, cabin for two\n",
        "memory/travel/shetland-2027/packing.md": "# Packing for Shetland\n- waterproofs\n- binoculars for the puffins\n- seasickness tablets\n",
        "memory/travel/orkney-2026/ferry.md": "# Ferry to Orkney 2026\nScrabster to Stromness, Friday 12 June 2026, 8.45 am\nRef NL31706\n",
    ]
    static let ferryNote = "# Ferry out\n- NorthLink, Aberdeen to Lerwick\n- Friday 18 June 2027, sails 5 pm\n- Booking ref: NL48213\n"

    static let binsNote = "memory/home/bins.md"
    static let greenLine = "Green bin (recycling): Tuesday, the weeks in between"
    static let bins: [String: String] = [
        binsNote:
            "# Bin days\nBlack bin (general waste): Tuesday, every other week\n\(greenLine)\nBrown bin (garden waste): Friday, permit paid to March 2028\nPut them out by 7 am\n",
        "memory/home/old-house-bins.md": "# Bins at Mill Lane\nGreen bin (recycling): Tuesday\nBlack bin: Thursday\n",
        "memory/home/council-letter.md":
            "# Letter from the council, March 2027\nFrom 5 April 2027 recycling (green bins) is collected on Wednesdays. Black and brown bins are not changing.\n",
    ]
    /// The bins note with its green bin line written `line`.
    static func newGreen(_ line: String) -> String {
        bins[binsNote]!.replacingOccurrences(of: greenLine, with: line)
    }

    static let meterLog = "memory/home/meter-readings.md"
    static let meters: [String: String] = [
        meterLog: "# Electricity meter (kWh)\n- 1 Jan 2027: 23145\n- 1 Feb 2027: 23502\n- 1 Mar 2027: 23861\n",
        "memory/home/gas-readings.md": "# Gas meter (m³)\n- 1 Jan 2027: 08812\n- 1 Feb 2027: 08977\n- 1 Mar 2027: 09130\n",
        "memory/home/meter-readings-2026.md": "# Electricity meter 2026\n- 1 Dec 2026: 22790\n",
        "memory/home/energy-supplier.md": "# Energy\nSubmit readings in the app by the 5th of each month\n",
    ]

    static let manualOld = "memory/home/manuals/manual_DW60M6050FS_EN.md"
    static let manualNew = "memory/home/manuals/dishwasher-manual.md"
    static let manuals: [String: String] = [
        manualOld:
            "# Dishwasher DW60M6050FS user manual\nFilter: clean monthly, twist anticlockwise to remove\nRinse aid: refill when the light comes on\nError E4: water leak, turn off at the tap\n",
        "memory/home/manuals/manual_WW90T534DAW_EN.md": "# Washing machine WW90T534DAW user manual\nDrum clean every 40 washes\n",
        "memory/home/manuals/dishwasher-warranty.md": "# Dishwasher warranty\nBought 14 February 2026, 2 years' cover\n",
    ]

    static let hat = "memory/hobbies/knitting/queue/cabled-hat.md"
    static let hatDone = "memory/hobbies/knitting/finished/cabled-hat.md"
    static let knitting: [String: String] = [
        hat:
            "# Cabled hat\nPattern: Harbour Cables, 4.5 mm needles\nYarn: 2 balls of aran, colour moss\nStarted 3 January 2027, cast off 28 February 2027\n",
        "memory/hobbies/knitting/queue/cabled-hat-kids.md": "# Cabled hat (child size)\nSame pattern, smaller size, not cast on yet\n",
        "memory/hobbies/knitting/queue/socks.md": "# Socks\nPlain socks, 2.5 mm needles\n",
        "memory/hobbies/knitting/finished/mittens.md": "# Fair Isle mittens\nFinished December 2026\n",
    ]

    static let oldAddress = "jo.hart@oldisp.example"
    static let newAddress = "jo.hart@postbox.example"
    static let emailNotes = ["memory/clubs/bridge-club.md", "memory/home/utilities.md", "memory/work/cv.md"]
    /// The line of each of `emailNotes` that gives the old address.
    static let emailLines = [
        "Email for the newsletter: \(oldAddress)", "Energy: Brightwell Energy, login \(oldAddress)", "07700 900318 | \(oldAddress)",
    ]
    static let accounts: [String: String] = [
        "memory/clubs/bridge-club.md": "# Bridge club\nTuesday afternoons at the church hall\n\(emailLines[0])\nPartner: Margaret Ellis\n",
        "memory/home/utilities.md":
            "# Utilities\n\(emailLines[1])\nWater: joint account, letters go to sam.hart@oldisp.example\nBroadband: Lumen Fibre, router in the hall cupboard\n",
        "memory/work/cv.md": "# Jo Hart\n\(emailLines[2])\nBookkeeper with twelve years' experience\n",
        "memory/clubs/bridge-club-2025.md": "# Bridge club 2025\nRenewal sent to \(oldAddress) on 2 January 2025\n",
    ]
    /// The three notes with the old address written `addresses[0]`, `addresses[1]` and `addresses[2]` on its line.
    static func newEmail(_ addresses: [String]) -> [(String, String)] {
        zip(emailNotes, zip(emailLines, addresses)).map { path, pair in
            (path, accounts[path]!.replacingOccurrences(of: pair.0, with: pair.0.replacingOccurrences(of: oldAddress, with: pair.1)))
        }
    }

    static let sitterNote = "memory/home/house-sitting.md"
    static let sitterCopy = "outputs/house-sitting.md"
    static let sitter: [String: String] = [
        sitterNote:
            "# For the house sitter\n\n- Heating: the thermostat is in the hall, 19 degrees is fine\n- Post: leave it on the kitchen table\n- Plants: water the ones on the landing on Sundays\n- Stopcock: under the kitchen sink, turn clockwise to close\n- Neighbour with a spare key: Gwen at number 14, 07700 900651\n",
        "memory/home/house-sitting-2025.md":
            "# For the house sitter (2025)\n- Cat flap locked at night\n- Neighbour with a key: the Pattersons at number 9\n",
        "memory/home/alarm.md": "# Alarm\nCode 4417, panel behind the front door\n",
    ]

    static let expired = "memory/money/insurance/quote-harbourline-2027.md"
    static let insurance: [String: String] = [
        expired: "# Harbourline home insurance quote\nBuildings and contents, £412 a year\nValid until 28 February 2027 (expired)\n",
        "memory/money/insurance/quote-harbourline-2027-contents.md": "# Harbourline contents-only quote\n£168 a year, valid until 30 April 2027\n",
        "memory/money/insurance/quote-bluecrest-2027.md": "# Bluecrest quote\nBuildings and contents, £389 a year, valid until 15 April 2027\n",
        "memory/money/insurance/policy-2026.md": "# Home insurance policy\nCurrent insurer until 31 March 2027, renewal offered at £455\n",
    ]

    static let renewalLetter = """
        # Tenancy renewal: 22 Alder Street
        From Castlegate Lettings, 3 June 2027

        Dear Jo and Sam,

        Your landlord, Mr Whitaker, would like to renew your tenancy for another 12 months from 1 August 2027.

        The rent will go up from £1,095 to £1,150 a month from 1 August 2027. Everything else in the tenancy stays the same, and your deposit stays protected with the DPS.

        Please sign and return the renewal agreement by 30 June 2027. If you plan to move out instead, you need to give us two months' notice.

        The yearly gas safety check is booked for Monday 12 July 2027, between 9 am and 1 pm.

        Kind regards,
        Hannah Lowe, Castlegate Lettings

        """
    static let tenancy: [String: String] = [
        "memory/home/tenancy/renewal-2027.md": renewalLetter,
        "memory/home/tenancy/renewal-2026.md":
            "# Tenancy renewal\nFrom Castlegate Lettings, 1 June 2026\nRent from £1,040 to £1,095 a month from 1 August 2026. Sign by 28 June 2026.\n",
        "memory/home/tenancy/deposit.md": "# Deposit\n£1,260, protected with the DPS\n",
    ]
    static let tenancySummary =
        "Castlegate Lettings will renew our tenancy for 12 months. The rent goes up from £1,095 to £1,150 a month from 1 August 2027. We need to sign and return the agreement by 30 June 2027.\n"

    static let football: [String: String] = [
        "memory/kids/u11-fixtures.md":
            "# Under-11s fixtures, spring 2027\nKick-off 10 am unless it says otherwise\n\n- Sun 11 Apr: Brayton Juniors (home)\n- Sun 18 Apr: Selby Town Colts (away)\n- Sun 25 Apr: Riccall Rangers (home)\n- Sun 2 May: Tadcaster Albion Youth (away), KO 11 am\n- Sun 9 May: Sherburn White Rose (home)\n- Sun 16 May: Howden Clarets (away)\n",
        "memory/kids/u9-fixtures.md":
            "# Under-9s fixtures, spring 2027\n- Sat 17 Apr: Selby Town Colts (away)\n- Sat 1 May: Brayton Juniors (away)\n",
        "memory/kids/football-kit.md": "# Football kit\nShin pads, gum shield, the blue away shirt for away games\n",
    ]

    static let plants: [String: String] = [
        "memory/home/plants/monstera.md": "# Monstera\nLight: bright, no direct sun\nWater: once a week\n",
        "memory/home/plants/peace-lily.md": "# Peace lily\nLight: shade is fine\nWater: once a week, more often in summer\n",
        "memory/home/plants/snake-plant.md": "# Snake plant\nLight: anywhere\nWater: every 3 to 4 weeks\n",
        "memory/home/plants/boston-fern.md": "# Boston fern\nLight: bathroom window\nWater: twice a week, keep the soil moist\n",
        "memory/home/plants/pothos.md": "# Pothos (devil's ivy)\nLight: bright\nWater: weekly, let the top dry out\n",
        "memory/home/plants/bunny-ear-cactus.md": "# Bunny ear cactus\nLight: sunny sill\nWater: once a month, none in winter\n",
        "memory/home/plants/calathea.md": "# Calathea\nLight: indirect\nWater: once a week, with rainwater\n",
        "memory/home/plants/zz-plant.md": "# ZZ plant\nLight: low\nWater: every two to three weeks\n",
        "memory/home/plants-wishlist.md": "# Plants I want\n- String of pearls (water once a week)\n- Fiddle leaf fig (water weekly)\n",
    ]

    static let cottage: [String: String] = [
        "memory/cottage/bookings-2027.csv":
            "guest,arrive,nights,status\nThe Okafors,2027-05-01,7,confirmed\nMr and Mrs Lindqvist,2027-05-15,3,cancelled\nHelen Broadbent,2027-05-22,4,confirmed\nThe Marchetti family,2027-06-05,7,confirmed\nTom and Alice Reyes,2027-06-19,2,cancelled\nDr Patel,2027-06-26,5,confirmed\n",
        "memory/cottage/bookings-2026.csv": "guest,arrive,nights,status\nThe Okafors,2026-05-02,7,confirmed\nMr Dunmore,2026-06-13,3,confirmed\n",
        "memory/cottage/cleaning.md": "# Cleaning\nChangeover by 4 pm, fresh towels in the airing cupboard\n",
    ]
    static let bookingsTable =
        "| Guest | Arrival | Nights |\n|---|---|---|\n| The Okafors | 2027-05-01 | 7 |\n| Helen Broadbent | 2027-05-22 | 4 |\n| The Marchetti family | 2027-06-05 | 7 |\n| Dr Patel | 2027-06-26 | 5 |\n"

    static let binSkill =
        "---\nname: bin-day\ndescription: Say which bins go out this week.\n---\nRead memory/home/bins.md and write which bins go out to outputs/bins-this-week.md.\n"
    static let documents: [String: String] = [
        "skills/README.md": "Each skill lives in its own folder under skills/, as a SKILL.md with a name and a description in its front matter.\n",
        "skills/bin-day/SKILL.md": binSkill,
        "memory/home/documents.md":
            "# Documents\n- Jo's passport: expires 14 August 2027\n- Sam's passport: expires 2 March 2031\n- Ella's passport (child): expires 9 May 2027\n- Jo's driving licence photocard: expires 30 November 2027\n- Sam's railcard: expires 21 April 2027\n- GHIC cards: expire 2029\n",
    ]
    static let renewalSkill =
        "---\nname: document-renewals\ndescription: Say which passports, licences and cards need renewing soon.\n---\nRead memory/home/documents.md.\nFor each document, compare its expiry date with today's date.\nKeep the ones that expire in the next 90 days and any that have already expired.\nWrite them, with whose they are and the expiry date, to outputs/renewals-due.md.\n"

    static let steps: [String: String] = [
        "memory/health/steps-2027-04.csv": "date,steps\n"
            + zip(
                1...30,
                [
                    8412, 10233, 6120, 12987, 9540, 10000, 7311, 11402, 9998, 4875, 13210, 10561, 8890, 7025, 10320, 9105, 6642, 11876, 10004, 5230,
                    9470, 12115, 8003, 10890, 7766, 9312, 14033, 6208, 10450, 8851,
                ]
            ).map { "2027-04-\($0.0 < 10 ? "0" : "")\($0.0),\($0.1)\n" }.joined(),
        "memory/health/steps-2027-03.csv": "date,steps\n2027-03-30,8120\n2027-03-31,12044\n",
        "memory/health/step-goal.md": "# Step goal\n10,000 a day, or at least 7,500 on rest days\n",
    ]
    static let stepsScript =
        "import csv\n\nsteps = []\nwith open(\"memory/health/steps-2027-04.csv\") as f:\n    for row in csv.DictReader(f):\n        steps.append(int(row[\"steps\"]))\naverage = sum(steps) / len(steps)\nprint(f\"Average steps per day in April: {average:.0f}\")\nprint(f\"Days with at least 10,000 steps: {sum(1 for s in steps if s >= 10000)}\")\n"

    /// The day numbers `text` (lowercase) gives in the month starting `month` ("jun"), day first or
    /// month first ("18 June", "June 18th", "18/06"), a time or a year after the month's name aside.
    static func days(_ text: String, _ month: String, _ number: Int) -> [Int] {
        (Judge.found(text, #"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?\#(month)"#)
            + Judge.found(text, #"\b\#(month)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:am|pm|a\.m|p\.m|[.:]\d))"#)
            + Judge.found(text, #"\b(\d{1,2})[./]0?\#(number)\b"#)).compactMap { Int($0) }
    }

    /// A pattern for the date `day` of `month` (1 to 12) however written, as `Judge.hasDate` reads it.
    static func date(_ day: Int, _ month: Int) -> String {
        let m = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"][month - 1]
        return [
            #"\b0?\#(day)(st|nd|rd|th)?\s+(of\s+)?\#(m)"#, #"\b\#(m)[a-z]*\.?\s+0?\#(day)(st|nd|rd|th)?\b"#, #"\b0?\#(day)[./]0?\#(month)\b"#,
            #"\b\d{4}-0?\#(month)-0?\#(day)\b"#,
        ].joined(separator: "|")
    }

    /// The amounts in pounds `text` (lowercase) gives, commas removed: "£1,150", "1150 pounds".
    static func amounts(_ text: String) -> [Double] {
        (Judge.found(text, #"£\s*(\d[\d,]*(?:\.\d+)?)"#) + Judge.found(text, #"\b(\d[\d,]*(?:\.\d+)?)\s*(?:gbp|pounds?|quid)\b"#)).compactMap {
            Double($0.replacingOccurrences(of: ",", with: ""))
        }
    }

    /// `line` with an aside saying what a value was ("(was …)", "previously …") taken out.
    static func withoutAside(_ line: String) -> String {
        line.replacingOccurrences(
            of: #"\(?\b(was|previously|formerly|used to be|changed from|moved from|instead of)\b[^)]*\)?"#, with: " ",
            options: [.regularExpression, .caseInsensitive])
    }

    /// The words (runs of letters, lowercase) of `text`.
    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
    }

    /// Whether `text` gives the outward ferry: Aberdeen to Lerwick (not the other way), 18 June (a
    /// year, if given, 2027), sailing at 5 in the afternoon (17:00 or five pm pass), reference
    /// NL48213, and no other date, time or number (the ferry home's or last year's).
    static func isFerry(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let low = t.lowercased()
        let clocks = Judge.found(low, #"(?<![\d.:/])(\d{1,2}[.:]\d{2})(?![\d.:/])"#)
        let time =
            clocks.isEmpty
            ? Judge.has(low, #"\b5\s*p\.?m\b|\bfive\s*(pm|p\.m|o'clock in the (afternoon|evening)|in the (afternoon|evening))"#)
            : clocks.allSatisfy { ["5.00", "05.00", "5:00", "05:00", "17.00", "17:00"].contains($0) }
                && Judge.has(low, #"\b0?5[.:]00\s*p\.?m\b|\b17[.:]00\b"#)
        let numbers = Judge.found(low, #"(?<!\d)(\d{4,})(?!\d)"#)
        return low.contains("aberdeen") && low.contains("lerwick") && !Judge.has(low, #"lerwick\s*(to|→|->|-|–)\s*aberdeen"#)
            && Judge.hasDate(low, day: 18, month: 6) && days(low, "jun", 6).allSatisfy { $0 == 18 }
            && Judge.found(low, #"\b(20\d{2})\b"#).allSatisfy { $0 == "2027" } && time && !Judge.has(low, #"\d\s*a\.?m\b|\bmorning\b"#)
            && Judge.has(low, #"\bnl\s*-?\s*48213\b"#) && numbers.allSatisfy { ["48213", "2027"].contains($0) }
    }

    /// Whether `text` is the bins note with only its green bin line changed: Wednesday there now
    /// (Wed, Weds, bold or an aside saying what it was pass), Tuesday gone from it, every other word
    /// of the line kept, the rest as it was.
    static func isBins(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(bins[binsNote])
        let got = Judge.lines(t)
        guard got.count == want.count, let i = want.firstIndex(of: greenLine) else { return false }
        let said = withoutAside(got[i]).lowercased()
        return Judge.has(said, #"\bwed(nesday)?s?\b"#) && !Judge.has(said, #"\btue"#)
            && words(greenLine).subtracting(["tuesday"]).isSubset(of: words(said)) && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
    }

    /// Whether `text` is the electricity readings as they were with one more last line: 1 April (a
    /// year, if given, 2027) and 24190 (24,190 and kWh pass), and no other number, nor gas.
    static func isReading(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(meters[meterLog])
        let got = Judge.lines(t)
        guard got.count == want.count + 1, Array(got.prefix(want.count)) == want, let last = got.last?.lowercased() else { return false }
        let plain = last.replacingOccurrences(of: #"(\d),(\d{3})\b"#, with: "$1$2", options: .regularExpression)
        let numbers = Judge.found(plain, #"(\d+)"#).compactMap { Int($0) }
        return Judge.hasDate(plain, day: 1, month: 4) && numbers.contains(24190) && numbers.allSatisfy { [1, 4, 2027, 24190].contains($0) }
            && !Judge.has(plain, #"\bgas\b|m³|\bm3\b"#)
    }

    /// Whether `text` is the note at `path` with only the line giving the old address changed: the
    /// new address there now and no other (an aside saying what it was passes), every other word and
    /// digit of the line kept.
    static func hasNewEmail(_ text: String?, _ path: String) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(accounts[path])
        let got = Judge.lines(t)
        guard got.count == want.count, let i = want.firstIndex(where: { emailLines.contains($0) }) else { return false }
        let said = withoutAside(got[i]).lowercased()
        let rest = said.replacingOccurrences(of: newAddress, with: " ")
        let before = want[i].lowercased().replacingOccurrences(of: oldAddress, with: " ")
        return emails(said) == [newAddress] && words(before).isSubset(of: words(rest)) && rest.filter(\.isNumber) == before.filter(\.isNumber)
            && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
    }

    /// The date `low` gives first after its first word about signing or replying (else last before
    /// it), nil when none is found: "30 june", "june 30th", "30/06/2027", "2027-06-30".
    static func replyDate(_ low: String) -> String? {
        guard let at = low.range(of: #"sign|return|reply|respond|deadline|get back"#, options: .regularExpression) else { return nil }
        let months = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
        let date =
            #"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\#(months)[a-z]*|\b\#(months)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\b|\b\d{4}-\d{1,2}-\d{1,2}\b"#
        return Judge.found(String(low[at.upperBound...]), date).first ?? Judge.found(String(low[..<at.lowerBound]), date).last
    }

    /// Whether `text` sums up the renewal letter in fifty words at most (a title line aside; six
    /// lines at most): the new rent of £1,150, from 1 August, signed by 30 June, and no amount, date
    /// or year the letter does not give, nor last year's £1,040.
    static func isTenancySummary(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        var all = Judge.lines(t)
        if all.count > 1, all[0].hasPrefix("#") { all.removeFirst() }
        guard (1...6).contains(all.count) else { return false }
        let low = all.joined(separator: " ").lowercased()
        let count = low.split(separator: " ").filter { $0.contains { $0.isLetter || $0.isNumber } }.count
        guard count >= 10, count <= 50 else { return false }
        let money = amounts(low)
        return money.contains(1150) && money.allSatisfy { [1150, 1095, 55].contains($0) } && Judge.hasDate(low, day: 1, month: 8)
            && Judge.hasDate(low, day: 30, month: 6) && (replyDate(low).map { Judge.hasDate($0, day: 30, month: 6) } ?? false)
            && days(low, "jun", 6).allSatisfy { [30, 3].contains($0) } && days(low, "aug", 8).allSatisfy { $0 == 1 }
            && days(low, "jul", 7).allSatisfy { $0 == 12 } && Judge.found(low, #"\b(20\d{2})\b"#).allSatisfy { $0 == "2027" }
            && !Judge.has(low, #"\b1,?040\b|\b1,?260\b"#)
    }

    /// The away matches (the opponent's pattern and the date's) and the dates of the home matches and
    /// the under-9s' fixtures.
    static let away = [(#"selby"#, date(18, 4)), (#"tadcaster"#, date(2, 5)), (#"howden"#, date(16, 5))]
    static let notAway: [(day: Int, month: Int)] = [(11, 4), (25, 4), (9, 5), (17, 4), (1, 5)]

    /// Whether `text` lists the three away matches, one entry each in any order, each with its own
    /// date and opponent, nothing after them, before them at most a title and a table header, and no
    /// home match nor an under-9s fixture.
    static func isAwayMatches(_ text: String?) -> Bool {
        guard let t = text, !Judge.has(t, #"brayton|riccall|sherburn"#) else { return false }
        let low = t.lowercased()
        return notAway.allSatisfy { !Judge.hasDate(low, day: $0.day, month: $0.month) }
            && Judge.isPairedList(t, who: away.map(\.0), what: away.map(\.1))
    }

    /// Whether `text` lists the four plants watered once a week (monstera, peace lily, pothos,
    /// calathea), by name or file name, and none watered more or less often nor any on the wish list.
    static func isWeeklyPlants(_ text: String?) -> Bool {
        Judge.isNamedList(
            text, [#"monstera"#, #"peace[\s-]*lil"#, #"pothos|devil"#, #"calathea"#], banned: #"snake|fern|cact|\bzz|pearls|fiddle"#)
    }

    /// The confirmed bookings: the guest (a word of the name, lowercase), the arrival and the nights.
    static let bookings: [(guest: String, day: Int, month: Int, nights: Int)] = [
        ("okafor", 1, 5, 7), ("broadbent", 22, 5, 4), ("marchetti", 5, 6, 7), ("patel", 26, 6, 5),
    ]

    /// The cells of a Markdown table row, trimmed, with or without its outer pipes, or nil when
    /// `line` has no pipe.
    static func cells(_ line: String) -> [String]? {
        var l = Substring(line.trimmingCharacters(in: .whitespaces))
        guard l.contains("|") else { return nil }
        if l.hasPrefix("|") { l = l.dropFirst() }
        if l.hasSuffix("|") { l = l.dropLast() }
        return l.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// Whether `text` is a Markdown table of the four confirmed bookings (a title line before it at
    /// most): a header naming the guest, the arrival and the nights in any order, a rule, and one
    /// row for each booking in any order, each with its own arrival (another date format passes; a
    /// year, if given, 2027) and nights ("7 nights" passes), nothing else, no cancelled booking.
    static func isBookingsTable(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !Judge.has(t, #"lindqvist|reyes|dunmore"#) else { return false }
        let all = Judge.lines(t)
        guard let start = all.firstIndex(where: { cells($0) != nil }), start <= 1 else { return false }
        let rows = all[start...].compactMap(cells)
        guard rows.count == 6, start + rows.count == all.count, rows.allSatisfy({ $0.count == 3 }),
            rows[1].allSatisfy({ Judge.has($0, #"^:?-+:?$"#) })
        else { return false }
        let header = rows[0].map { $0.lowercased() }
        guard let g = header.firstIndex(where: { Judge.has($0, #"guest|name|who"#) }),
            let a = header.firstIndex(where: { Judge.has($0, #"arriv|date|check|from|start"#) }),
            let n = header.firstIndex(where: { Judge.has($0, #"night|stay|length|how long"#) }), Set([g, a, n]).count == 3
        else { return false }
        var left = Array(bookings.indices)
        for r in rows.dropFirst(2) {
            let c = r.map { $0.lowercased() }
            let hits = left.filter { c[g].contains(bookings[$0].guest) }
            guard hits.count == 1, let w = hits.first, Judge.found(c[n], #"(\d+)"#) == [String(bookings[w].nights)],
                Judge.hasDate(c[a], day: bookings[w].day, month: bookings[w].month), Judge.found(c[a], #"\b(\d{4})\b"#).allSatisfy({ $0 == "2027" })
            else { return false }
            left.removeAll { $0 == w }
        }
        return left.isEmpty
    }

    /// Whether `text` is a skill named document-renewals with a description, whose body reads the
    /// documents note, keeps what expires in the next ninety days and what has already expired, and
    /// saves them in outputs/renewals-due.md.
    static func isRenewalSkill(_ text: String?) -> Bool {
        guard let t = text, let (fields, body) = Judge.skill(t) else { return false }
        let b = body.lowercased()
        let rest = b.replacingOccurrences(of: "outputs/renewals-due.md", with: " ")
        let prose = rest.replacingOccurrences(of: "memory/home/documents.md", with: " ")
        return fields["name"] == "document-renewals" && (fields["description"] ?? "").count >= 10 && b.count >= 40
            && b.contains("outputs/renewals-due.md") && rest.contains("memory/home/documents.md")
            && Judge.has(prose, #"\b90\b|ninety|three months|\b3 months"#)
            && !Judge.has(prose, #"\b30\s+days|\b60\s+days|\b(6|six)\s+months|\b180\b|\b(1|one)\s+month\b"#)
            && Judge.has(prose, #"\bexpired\b|lapsed|out of date|overdue|already past|\bpast (its |their |the )?expiry"#)
            && Judge.has(prose, #"expir|renew"#)
    }

    /// Whether `text` is a Python script (a shebang, if any, names Python) that opens April 2027's
    /// step log (not March's), reads the counts as numbers (`int(` on its own, not inside `print(`), adds them up or takes their mean, counts
    /// the days of 10,000 or more (not more than 10,000) and prints at least two values, writing,
    /// moving or removing nothing. Comments and a fenced reply do not count; plain strings (labels)
    /// are read apart from the code.
    static func isStepsScript(_ text: String?) -> Bool {
        guard let script = Judge.readOnlyPython(text, reading: "steps-2027-04.csv", not: "steps-2027-03") else { return false }
        return script.has(["open(", "read_text(", "read_csv("]) && Judge.has(script.code, #"\bint\(|\bfloat\(|\bDecimal\(|read_csv\("#)
            && Judge.has(script.bare, #"\bsum\(|\+=|\.sum\(|\bf?mean\("#) && Judge.has(script.bare, #"[\w)\]]\s*/\s*[\w(]|\bf?mean\("#)
            && Judge.has(script.bare, #">=\s*10_?000(\.0)?\b|\b10_?000(\.0)?\s*<=|>\s*9_?999\b"#) && script.twoValues
    }
}
