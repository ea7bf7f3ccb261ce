import Foundation

/// An eighteenth fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first seventeen: by someone who had not read the agent loop, its tools, its prompts, its tests or
/// any result. Fourteen intentions, numbered 1901 to 1914, one for each kind the issue names
/// (create, a new childminder's contact note with her days, hours and rate; edit in place, a
/// mortgage's rate and monthly payment after a product switch, the rest of the note left; append a
/// bike service as a new last row of a Markdown table; rename a phone-named receipt scan to what it
/// is; move the booked removal firm's quote from the quotes folder into the booked one; several
/// files, an orchestra's concert moved a week in the three notes that give its date; copy a dog's
/// care sheet into a pet sitter's pack; delete a repair café flyer's old draft; summarise a home
/// insurance claim letter in three bullet points; extract a cub pack newsletter's dates with what
/// each is for, the cancelled one left out; list-and-save the tool library's tools available now, by
/// the Status line inside each; convert a cricket club's fixtures from JSON to CSV; a skill that
/// tallies the hens' eggs of the last seven days; a Python script that prints the solar panels'
/// total and their best day), each worded three ways as people word them (files named by path, by
/// bare name or by what they are; details given in passing; what to leave alone said casually), run
/// as Steward chooses. Every fixture holds a look-alike beside the right file (the nursery and the
/// babysitters, the 2021 offer and the budget, the sold bike's log and the spending sheet, the
/// other scans and the named receipt, the other quotes and the checklist, the hall booking, the subs
/// and last year's concert, the puppy sheet and the cat's, the final flyer and next month's draft,
/// the 2023 claim, the summer newsletter, the tile cutter that is "not available" and the wish
/// list, this season's fixtures, another skill, last year's readings). Judged by content as a
/// person would (other list markers, entry, row and column order, spacing, a title line, a table
/// for a list, another date, time, number or amount format, an aside saying what a value was,
/// quoted CSV cells with CRLF, a lost final newline pass) and by "nothing else changed" (the wrong
/// file, the wrong folder, a copy where a move was asked fail). Frozen in a commit of its own
/// before any run with a model: never tune the loop on it, and run it as it is
/// (`STEWARD_SUITE_PART=fresh18`).
extension EverydayTaskSuite {
    static let fresh18: [Intention] = [
        Intention(
            number: 1901, kind: "create: a new childminder's contact note with her phone, days, hours and hourly rate",
            fixtures: Fresh18.childcare,
            wordings: [
                (
                    .imperative,
                    "Create memory/childcare/childminder.md with the new childminder's details: Rosa Delgado, phone 07700 900318, Mondays, Wednesdays and Thursdays, 8 am to 6 pm, £6.50 an hour"
                ),
                (
                    .request,
                    "We've found a childminder for Leo from January, at last! Could you start a note for her, childminder.md in memory/childcare? She's Rosa Delgado, 07700 900318, and she'll have him Mondays, Wednesdays and Thursdays, 8 till 6, at £6.50 an hour."
                ),
                (
                    .context,
                    "Leo leaves the nursery at Christmas and Rosa Delgado will look after him from January, so I need her details somewhere I can find them. Please make a new note, memory/childcare/childminder.md, with her name, her phone number (07700 900318), her days (Monday, Wednesday and Thursday), her hours (8 am to 6 pm) and her rate (£6.50 an hour). The nursery's note stays as it is until he leaves, and so does the babysitters list."
                ),
            ], changed: ["memory/childcare/childminder.md"],
            check: { f in
                Fresh18.isChildminder(f("memory/childcare/childminder.md")) && Judge.untouched(f, Array(Fresh18.childcare.keys), Fresh18.childcare)
            },
            solution: ops(writes: [("memory/childcare/childminder.md", Fresh18.childminder)])),
        Intention(
            number: 1902, kind: "edit in place: a mortgage's rate and monthly payment after a product switch, the rest of the note left",
            fixtures: Fresh18.mortgage,
            wordings: [
                (
                    .imperative,
                    "In memory/money/mortgage.md, change the rate to 4.24% fixed until 31 October 2031 and the monthly payment to £1,031.75"
                ),
                (
                    .request,
                    "The new mortgage deal has gone through. Could you update my mortgage note in memory/money? The rate is now 4.24%, fixed until 31 October 2031, and the monthly payment goes up to £1,031.75."
                ),
                (
                    .context,
                    "My five-year fix with Nationwide ends this month and I've switched to their new deal, so memory/money/mortgage.md is out of date. Please change the rate line to 4.24% fixed until 31 October 2031 and the monthly payment to £1,031.75, and leave the rest of the note alone. I'll redo the budget myself, and the 2021 offer is just for the record."
                ),
            ], changed: ["memory/money/mortgage.md"],
            check: { f in
                Fresh18.isMortgage(f("memory/money/mortgage.md"))
                    && Judge.untouched(
                        f, ["memory/money/mortgage-offer-2021.md", "memory/money/budget.md", "memory/money/savings.md"], Fresh18.mortgage)
            },
            solution: ops(writes: [("memory/money/mortgage.md", Fresh18.newMortgage(Fresh18.newRate, Fresh18.newPayment))])),
        Intention(
            number: 1903, kind: "append: a bike service as a new last row of a Markdown table log", fixtures: Fresh18.bike,
            wordings: [
                (.imperative, "Add a row to the table in memory/bike/service-log.md: 18/10/2026, new chain and brake pads, Spokes & Co, £46"),
                (
                    .request,
                    "Picked the Dawes up from Spokes & Co today; they put on a new chain and brake pads for £46. Could you add that to the bottom of the service table in memory/bike/service-log.md? Today's 18 October 2026."
                ),
                (
                    .context,
                    "I keep a table of everything done to the Galaxy so I know what's due, in memory/bike/service-log.md. Please add a new last row for today, 18 October 2026: new chain and brake pads, done at Spokes & Co, cost £46, in the same columns and date style as the rows above. The old Raleigh's log and my spending sheet stay as they are."
                ),
            ], changed: ["memory/bike/service-log.md"],
            check: { f in
                Fresh18.isServiceLog(f("memory/bike/service-log.md"))
                    && Judge.untouched(f, ["memory/bike/raleigh-log.md", "memory/bike/wishlist.md", "memory/money/spending-2026.csv"], Fresh18.bike)
            },
            solution: ops(writes: [
                (
                    "memory/bike/service-log.md",
                    Fresh18.bike["memory/bike/service-log.md"]! + "| 18/10/2026 | New chain and brake pads | Spokes & Co | £46 |\n"
                )
            ])),
        Intention(
            number: 1904, kind: "rename: a phone-named receipt scan to its date and what it is, the other scans left", fixtures: Fresh18.receipts,
            wordings: [
                (.imperative, "Rename memory/tax/receipts/IMG_4471.txt to 2026-03-02-accountant.txt in the same folder"),
                (
                    .request,
                    "My phone gave the accountant's receipt a useless name: it's IMG_4471.txt in memory/tax/receipts. Could you rename it 2026-03-02-accountant.txt, like the printer ink one?"
                ),
                (
                    .context,
                    "I'm getting the tax receipts in order before January and my phone names every scan IMG-something. The accountant's fee receipt is memory/tax/receipts/IMG_4471.txt; please rename it to memory/tax/receipts/2026-03-02-accountant.txt without changing what it says. IMG_4470 is a different receipt and IMG_4472 is a blurry first try, so leave both of those for now."
                ),
            ], changed: ["memory/tax/receipts/IMG_4471.txt", "memory/tax/receipts/2026-03-02-accountant.txt"],
            check: { f in
                Judge.moved(f, "memory/tax/receipts/IMG_4471.txt", to: "memory/tax/receipts/2026-03-02-accountant.txt", Fresh18.receipts)
                    && Judge.untouched(
                        f,
                        [
                            "memory/tax/receipts/IMG_4470.txt", "memory/tax/receipts/IMG_4472.txt", "memory/tax/receipts/2025-11-20-printer-ink.txt",
                            "memory/tax/notes.md",
                        ], Fresh18.receipts)
            }, solution: ops(#"{"op":"move","from":"memory/tax/receipts/IMG_4471.txt","to":"memory/tax/receipts/2026-03-02-accountant.txt"}"#)),
        Intention(
            number: 1905, kind: "move into a folder: the booked removal firm's quote from the quotes folder into the booked one",
            fixtures: Fresh18.move,
            wordings: [
                (.imperative, "Move memory/move/quotes/removals-hendry.md into memory/move/booked"),
                (
                    .request,
                    "We went with Hendry & Sons for the removals and paid the deposit. Could you move their quote from memory/move/quotes into memory/move/booked, next to the solicitor's note?"
                ),
                (
                    .context,
                    "Moving day is 27 November and I want everything that's actually booked in one place. Hendry & Sons have our deposit now, so please move memory/move/quotes/removals-hendry.md into memory/move/booked with the same file name. SwiftMove's quote and the storage quote stay in quotes in case we need them, and the checklist is fine where it is."
                ),
            ], changed: ["memory/move/quotes/removals-hendry.md", "memory/move/booked/removals-hendry.md"],
            check: { f in
                Judge.moved(f, "memory/move/quotes/removals-hendry.md", to: "memory/move/booked/removals-hendry.md", Fresh18.move)
                    && Judge.untouched(
                        f,
                        [
                            "memory/move/quotes/removals-swiftmove.md", "memory/move/quotes/storage-boxit.md", "memory/move/booked/solicitor.md",
                            "memory/move/checklist.md",
                        ], Fresh18.move)
            }, solution: ops(#"{"op":"move","from":"memory/move/quotes/removals-hendry.md","to":"memory/move/booked/removals-hendry.md"}"#)),
        Intention(
            number: 1906, kind: "several files: an orchestra's concert moved a week in the three notes that give its date",
            fixtures: Fresh18.orchestra,
            wordings: [
                (
                    .imperative,
                    "Change the concert date from 12 December to 19 December in memory/orchestra/poster.md, rehearsals.md and email-to-members.md"
                ),
                (
                    .request,
                    "The hall's double-booked, so the winter concert moves a week later, to Saturday 19 December. Could you change the date on the poster, the rehearsal plan and the email to members in memory/orchestra? Same time, same place."
                ),
                (
                    .context,
                    "St Anne's gave our concert night to a wedding, so the orchestra's winter concert is now on Saturday 19 December instead of the 12th, same time. Please change the concert's date in memory/orchestra/poster.md, rehearsals.md and email-to-members.md, and touch nothing else in them: the extra rehearsal stays on 29 November. The hall booking already says the 19th, subs are still due by 12 December, and last year's concert note is history."
                ),
            ], changed: Set(Fresh18.concertNotes.map { "memory/orchestra/\($0)" }),
            check: { f in
                Fresh18.concertNotes.allSatisfy {
                    Fresh18.hasNewDate(f("memory/orchestra/\($0)"), Fresh18.orchestra["memory/orchestra/\($0)"])
                }
                    && Judge.untouched(
                        f, ["memory/orchestra/hall-booking.md", "memory/orchestra/concert-2025.md", "memory/orchestra/subs.md"], Fresh18.orchestra)
            },
            solution: ops(writes: Fresh18.movedConcert(poster: "Saturday 19 December", rehearsals: "19/12", email: "Sat 19th Dec"))),
        Intention(
            number: 1907, kind: "copy: a dog's care sheet into a pet sitter's pack, the current sheet not the puppy one", fixtures: Fresh18.pets,
            wordings: [
                (.imperative, "Copy memory/pets/biscuit-care.md to memory/holiday/sitter-pack/biscuit-care.md"),
                (
                    .request,
                    "Megan's looking after Biscuit while we're away. Can you put a copy of his care sheet in memory/holiday/sitter-pack under the same name? The one in memory/pets stays."
                ),
                (
                    .context,
                    "I'm putting together a pack for Megan, who's house-sitting and minding Biscuit over half term. Please copy memory/pets/biscuit-care.md, exactly as it is, to memory/holiday/sitter-pack/biscuit-care.md, and keep the original in memory/pets. Not the puppy sheet, he's long off puppy food, and Pepper feeds herself, so the cat's sheet isn't needed."
                ),
            ], changed: ["memory/holiday/sitter-pack/biscuit-care.md"],
            check: { f in
                let copy = f("memory/holiday/sitter-pack/biscuit-care.md")
                return copy != nil && !Judge.fenced(copy!) && Judge.lines(copy) == Judge.lines(Fresh18.pets["memory/pets/biscuit-care.md"])
                    && Fresh18.pets.keys.allSatisfy { f($0) == Fresh18.pets[$0] }
            }, solution: ops(writes: [("memory/holiday/sitter-pack/biscuit-care.md", Fresh18.pets["memory/pets/biscuit-care.md"]!)])),
        Intention(
            number: 1908, kind: "delete: a repair café flyer's old draft, the printed flyer and next month's draft kept", fixtures: Fresh18.repair,
            wordings: [
                (.imperative, "Delete memory/repair-cafe/flyer-jan-draft.md"),
                (
                    .request,
                    "The January repair café flyer went to the printer this morning. Could you delete the old draft in memory/repair-cafe? Keep the final one."
                ),
                (
                    .context,
                    "I'm clearing up the repair café folder now that the January flyer has been printed. Please delete the draft, memory/repair-cafe/flyer-jan-draft.md, but keep flyer-jan.md, which is what actually went to print. February's draft is still being worked on and the list of fixers stays too."
                ),
            ], changed: ["memory/repair-cafe/flyer-jan-draft.md"],
            check: { f in
                f("memory/repair-cafe/flyer-jan-draft.md") == nil
                    && Judge.untouched(
                        f, ["memory/repair-cafe/flyer-jan.md", "memory/repair-cafe/flyer-feb-draft.md", "memory/repair-cafe/volunteers.md"],
                        Fresh18.repair)
            }, solution: ops(#"{"op":"delete","path":"memory/repair-cafe/flyer-jan-draft.md"}"#)),
        Intention(
            number: 1909, kind: "summarise: a home insurance claim letter in three bullet points", fixtures: Fresh18.claim,
            wordings: [
                (.imperative, "Summarise memory/home/insurance-claim-letter.md in three bullet points in outputs/claim-summary.md"),
                (
                    .request,
                    "The insurers finally wrote back about the leak. Could you read insurance-claim-letter.md in memory/home and put the gist in three bullet points in outputs/claim-summary.md? Mostly what they've agreed, when the adjuster comes and what I have to send."
                ),
                (
                    .context,
                    "Kofi wants to know where we are with the ceiling claim and I don't want to forward him the whole letter. Please read memory/home/insurance-claim-letter.md and write three short bullet points to outputs/claim-summary.md: what's covered and the excess, when the loss adjuster visits, and what we have to send by when. The 2023 claim letter in the same folder is about the stolen bike, so ignore it."
                ),
            ], changed: ["outputs/claim-summary.md"], check: { f in Fresh18.isClaimSummary(f("outputs/claim-summary.md")) },
            solution: ops(writes: [("outputs/claim-summary.md", Fresh18.claimSummary)])),
        Intention(
            number: 1910, kind: "extract: a cub pack newsletter's dates with what each is for, the cancelled one left out", fixtures: Fresh18.cubs,
            wordings: [
                (.imperative, "Extract the dates in memory/cubs/newsletter-autumn.md into outputs/cubs-dates.md, one per line with what each is for"),
                (
                    .request,
                    "Could you pull the dates out of the cubs' autumn newsletter in memory/cubs and list them in outputs/cubs-dates.md, each with what it's for? I want them on the fridge."
                ),
                (
                    .context,
                    "The cubs' newsletter buries every date in a paragraph, and Sam has already missed one deadline. Please go through memory/cubs/newsletter-autumn.md and write each date we need to outputs/cubs-dates.md, one per line, with what it's for, deadlines included. The bag pack has been cancelled, so leave it out, and the summer newsletter is over and done with."
                ),
            ], changed: ["outputs/cubs-dates.md"], check: { f in Fresh18.isCubDates(f("outputs/cubs-dates.md")) },
            solution: ops(writes: [("outputs/cubs-dates.md", Fresh18.cubDates)])),
        Intention(
            number: 1911, kind: "list-and-save: the tool library's tools available now, by the Status line inside each", fixtures: Fresh18.tools,
            wordings: [
                (
                    .imperative,
                    "List the tools in memory/tool-library/tools whose Status is available and save the list to outputs/available-tools.md"
                ),
                (
                    .request,
                    "Someone on the street group asked what they can borrow this weekend. Could you check the Status line in each tool's note in memory/tool-library/tools and write the ones that are available to outputs/available-tools.md?"
                ),
                (
                    .context,
                    "I run our street's tool library and people keep asking what's in. Every tool in memory/tool-library/tools has a Status line; please save the ones whose status is available right now to outputs/available-tools.md, one per line. Anything on loan, out or being repaired doesn't count, and the wish list isn't tools we have."
                ),
            ], changed: ["outputs/available-tools.md"], check: { f in Fresh18.isToolList(f("outputs/available-tools.md")) },
            solution: ops(writes: [("outputs/available-tools.md", "- hedge-trimmer.md\n- pressure-washer.md\n- wallpaper-steamer.md\n")])),
        Intention(
            number: 1912, kind: "convert: a cricket club's season fixtures from JSON to CSV", fixtures: Fresh18.cricket,
            wordings: [
                (
                    .imperative,
                    "Convert memory/cricket/fixtures-2027.json into a CSV file, outputs/fixtures-2027.csv, with a header row and the columns date, opponent, venue and start"
                ),
                (
                    .request,
                    "The club's app exported next season's fixtures as JSON and I need them in a spreadsheet. Could you turn memory/cricket/fixtures-2027.json into outputs/fixtures-2027.csv, one row per match with the date, opponent, home or away and start time?"
                ),
                (
                    .context,
                    "I'm doing the teas rota for the 2nd XI and need the 2027 fixtures in a spreadsheet, but the league only gives JSON. Please convert memory/cricket/fixtures-2027.json into outputs/fixtures-2027.csv with a header row and one row per match: date, opponent, venue (home or away) and start time, nothing else. This season's file is done with, so leave it out."
                ),
            ], changed: ["outputs/fixtures-2027.csv"], check: { f in Fresh18.isFixturesCSV(f("outputs/fixtures-2027.csv")) },
            solution: ops(writes: [("outputs/fixtures-2027.csv", Fresh18.fixturesCSV)])),
        Intention(
            number: 1913, kind: "skill: the hens' eggs of the last seven days, totalled and averaged", fixtures: Fresh18.hens,
            wordings: [
                (
                    .imperative,
                    "Create skills/egg-tally/SKILL.md, a skill named egg-tally with a description, that reads memory/hens/egg-log.csv and writes the total eggs of the last 7 days and the average per day to outputs/egg-tally.md"
                ),
                (
                    .request,
                    "Could you write me a skill called egg-tally? It should read memory/hens/egg-log.csv, add up the eggs from the last seven days, work out the average per day and save both to outputs/egg-tally.md."
                ),
                (
                    .context,
                    "The neighbours buy our spare eggs and I want to know each week how many the hens are laying. Please write a skill named egg-tally, with its name and a description in front matter like the feed-order skill, that tells the agent to read memory/hens/egg-log.csv, total the eggs laid over the last 7 days, work out the daily average and write both to outputs/egg-tally.md. The feed-order skill stays as it is."
                ),
            ], changed: ["skills/egg-tally/SKILL.md"],
            check: { f in Fresh18.isEggSkill(f("skills/egg-tally/SKILL.md")) && f("skills/feed-order/SKILL.md") == Fresh18.feedSkill },
            solution: ops(writes: [
                (
                    "skills/egg-tally/SKILL.md",
                    "---\nname: egg-tally\ndescription: How many eggs the hens laid this week, and the average a day.\n---\nRead memory/hens/egg-log.csv (date, eggs).\nKeep the rows of the last 7 days, up to and including today.\nAdd up their eggs for the total and divide it by 7 for the average per day.\nWrite the total and the average to outputs/egg-tally.md.\n"
                )
            ])),
        Intention(
            number: 1914, kind: "script: a Python script that prints the solar panels' total generation and their best day", fixtures: Fresh18.solar,
            wordings: [
                (
                    .imperative,
                    "Write memory/home/solar-report.py, a Python script that reads memory/home/solar-2026.csv and prints the total kWh generated and the best day with its kWh"
                ),
                (
                    .request,
                    "Could you write a little Python script, solar-report.py in memory/home, that goes through this year's panel readings in solar-2026.csv in the same folder and prints how many kWh we've made in total and which day was the best?"
                ),
                (
                    .context,
                    "We had solar panels fitted last year and I want to see how they're doing. Every day in memory/home/solar-2026.csv has its date and the kWh the panels made, so please write a Python script, memory/home/solar-report.py, that prints the total kWh, all the days added up, and the best day: the date with the highest kWh, with that figure. Last year's file doesn't count, and the script should only read, never change a file."
                ),
            ], changed: ["memory/home/solar-report.py"], check: { f in Fresh18.isSolarScript(f("memory/home/solar-report.py")) },
            solution: ops(writes: [("memory/home/solar-report.py", Fresh18.solarScript)])),
    ]
}

extension EverydayTaskSuite {
    /// Correct results in other forms a careful person accepts (a table, another marker, a title,
    /// spacing, another date, time, phone or amount format, an aside saying what a value was, another
    /// order, quoted CSV cells with CRLF, columns in another order, a lost final newline, paths or
    /// titles for file names, another way to write the same script), at least one per intention but
    /// the delete (1908), which has no other form.
    static let fresh18Alternatives: [(Int, String)] = [
        (
            1901,
            ops(writes: [
                (
                    "memory/childcare/childminder.md",
                    "# Childminder\n\n| | |\n|---|---|\n| Name | Rosa Delgado |\n| Phone | +44 7700 900318 |\n| Days | Mon / Wed / Thu |\n| Hours | 08:00–18:00 |\n| Rate | £6.50 per hour |\n"
                )
            ])
        ),
        (
            1901,
            ops(writes: [
                (
                    "memory/childcare/childminder.md",
                    "Rosa Delgado, childminder for Leo from January. Tel. 07700 900 318. Monday, Wednesday and Thursday, 8 till 6, 6.50 GBP per hour."
                )
            ])
        ),
        (
            1901,
            ops(writes: [("memory/childcare/childminder.md", "Childminder\nRosa Delgado\n07700900318\nMon, Wed, Thu 8:00-18:00\n£6.5 per hour\n")])
        ),
        (
            1902,
            ops(writes: [
                (
                    "memory/money/mortgage.md",
                    Fresh18.newMortgage("Rate: 4.24% fixed until 31/10/2031 (was 1.89%)", "Monthly payment: £1,031.75 (up from £842.10)")
                )
            ])
        ),
        (
            1902,
            ops(writes: [("memory/money/mortgage.md", Fresh18.newMortgage("**Rate:** 4.24% fixed to 31 Oct 2031", "Monthly payment: 1031.75 GBP"))])
        ),
        (
            1902,
            ops(writes: [
                (
                    "memory/money/mortgage.md",
                    Fresh18.newMortgage("Interest rate: 4.24%, fixed until 31 October 2031", "Monthly repayment: £1,031.75").replacingOccurrences(
                        of: "\n", with: "\r\n"
                    ).trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            1903,
            ops(writes: [
                (
                    "memory/bike/service-log.md",
                    Fresh18.bike["memory/bike/service-log.md"]! + "| 18/10/2026 | New chain and brake pads | Spokes & Co | £46.00 |"
                )
            ])
        ),
        (
            1903,
            ops(writes: [
                (
                    "memory/bike/service-log.md",
                    Fresh18.bike["memory/bike/service-log.md"]! + "|2026-10-18|Chain + brake pads replaced|Spokes & Co|46 GBP|\n"
                )
            ])
        ),
        (
            1903,
            ops(writes: [
                (
                    "memory/bike/service-log.md",
                    (Fresh18.bike["memory/bike/service-log.md"]! + "| 18 Oct 2026 | brake pads and chain | Spokes and Co | £46 |\n")
                        .replacingOccurrences(of: "\n", with: "\r\n")
                )
            ])
        ),
        (
            1904,
            ops(
                writes: [
                    (
                        "memory/tax/receipts/2026-03-02-accountant.txt",
                        Fresh18.receipts["memory/tax/receipts/IMG_4471.txt"]!.trimmingCharacters(in: .newlines)
                    )
                ],
                #"{"op":"delete","path":"memory/tax/receipts/IMG_4471.txt"}"#)
        ),
        (
            1904,
            ops(
                writes: [
                    (
                        "memory/tax/receipts/2026-03-02-accountant.txt",
                        Fresh18.receipts["memory/tax/receipts/IMG_4471.txt"]!.replacingOccurrences(of: "\n", with: "\r\n")
                    )
                ],
                #"{"op":"delete","path":"memory/tax/receipts/IMG_4471.txt"}"#)
        ),
        (
            1904,
            ops(
                writes: [("memory/tax/receipts/2026-03-02-accountant.txt", Fresh18.receipts["memory/tax/receipts/IMG_4471.txt"]! + "\n\n")],
                #"{"op":"delete","path":"memory/tax/receipts/IMG_4471.txt"}"#)
        ),
        (
            1905,
            ops(
                writes: [("memory/move/booked/removals-hendry.md", Fresh18.move["memory/move/quotes/removals-hendry.md"]! + "\n")],
                #"{"op":"delete","path":"memory/move/quotes/removals-hendry.md"}"#)
        ),
        (
            1905,
            ops(
                writes: [
                    (
                        "memory/move/booked/removals-hendry.md",
                        Fresh18.move["memory/move/quotes/removals-hendry.md"]!.replacingOccurrences(of: "\n", with: "\r\n")
                    )
                ],
                #"{"op":"delete","path":"memory/move/quotes/removals-hendry.md"}"#)
        ),
        (
            1905,
            ops(
                writes: [
                    (
                        "memory/move/booked/removals-hendry.md",
                        Fresh18.move["memory/move/quotes/removals-hendry.md"]!.trimmingCharacters(in: .newlines)
                    )
                ],
                #"{"op":"delete","path":"memory/move/quotes/removals-hendry.md"}"#)
        ),
        (
            1906,
            ops(writes: Fresh18.movedConcert(poster: "Saturday 19th December", rehearsals: "Saturday 19 December", email: "Sat 19 Dec"))
        ),
        (
            1906,
            ops(
                writes: Fresh18.movedConcert(
                    poster: "Saturday 19 December (moved from 12 December)", rehearsals: "19/12 (was 12/12)",
                    email: "Sat 19th Dec (moved from the 12th)"))
        ),
        (
            1906,
            ops(
                writes: Fresh18.movedConcert(poster: "Saturday 19 Dec", rehearsals: "19.12", email: "Saturday 19 December").map {
                    ($0.0, $0.1.trimmingCharacters(in: .newlines))
                })
        ),
        (
            1907,
            ops(writes: [
                ("memory/holiday/sitter-pack/biscuit-care.md", Fresh18.pets["memory/pets/biscuit-care.md"]!.trimmingCharacters(in: .newlines))
            ])
        ),
        (
            1907,
            ops(writes: [
                (
                    "memory/holiday/sitter-pack/biscuit-care.md",
                    Fresh18.pets["memory/pets/biscuit-care.md"]!.replacingOccurrences(of: "\n", with: "\r\n")
                )
            ])
        ),
        (
            1907,
            ops(writes: [
                (
                    "memory/holiday/sitter-pack/biscuit-care.md",
                    Fresh18.pets["memory/pets/biscuit-care.md"]!.replacingOccurrences(of: "\n", with: "\n\n")
                )
            ])
        ),
        (
            1909,
            ops(writes: [
                (
                    "outputs/claim-summary.md",
                    "# Claim HC-448120\n\n* Covered under the buildings and contents policy; the £350 excess comes off the settlement.\n* Loss adjuster Craig Fenton visits Wed 25 Nov, 1-4 pm (keep the damaged flooring).\n* Email photos and two written repair quotes by 4 Dec.\n"
                )
            ])
        ),
        (
            1909,
            ops(writes: [
                (
                    "outputs/claim-summary.md",
                    "1. Claim accepted: yes, minus the £350 excess.\n2. Loss adjuster visit: 25/11, 13:00-16:00.\n3. To send by 04/12: photos of the damage and 2 written quotes for the repairs."
                )
            ])
        ),
        (
            1909,
            ops(writes: [
                (
                    "outputs/claim-summary.md",
                    "• Lyme Mutual have accepted the claim for the leak; we pay the first £350 (the excess).\n• Craig Fenton, the loss adjuster, comes on Wednesday 25 November, 1 to 4 pm.\n• By 4 December: email them photographs plus two repair quotes.\n"
                )
            ])
        ),
        (
            1910,
            ops(writes: [
                (
                    "outputs/cubs-dates.md",
                    "| Date | What |\n|---|---|\n| Sat 31 Oct | Autumn term subs (£45) due |\n| Fri 6 Nov | Consent forms for the sleepover |\n| Sun 8 Nov | Remembrance parade, 10.15 at the war memorial |\n| Sat 21 Nov | Sleepover at the scout hut |\n| Tue 15 Dec | Christmas party, 6.30 to 8 pm |\n"
                )
            ])
        ),
        (
            1910,
            ops(writes: [
                (
                    "outputs/cubs-dates.md",
                    "2026-10-31 subs due\n2026-11-06 sleepover consent forms\n2026-11-08 Remembrance parade\n2026-11-21 sleepover\n2026-12-15 Christmas party"
                )
            ])
        ),
        (
            1910,
            ops(writes: [
                (
                    "outputs/cubs-dates.md",
                    "Cub dates:\n* Friday 6th November: consent forms back\n* Saturday 21st November: sleepover (scout hut)\n* Tuesday 15th December: Christmas party\n* 31st October: subs due, £45 on OSM\n* Sunday 8th November: Remembrance parade\n"
                )
            ])
        ),
        (
            1911,
            ops(writes: [
                (
                    "outputs/available-tools.md",
                    "# Available to borrow\n\n| Tool | Note |\n|---|---|\n| Hedge trimmer (Bosch, cordless) | £10 deposit |\n| Pressure washer | hose a bit leaky |\n| Wallpaper steamer | just back |\n"
                )
            ])
        ),
        (
            1911,
            ops(writes: [
                (
                    "outputs/available-tools.md",
                    "memory/tool-library/tools/wallpaper-steamer.md\nmemory/tool-library/tools/hedge-trimmer.md\nmemory/tool-library/tools/pressure-washer.md"
                )
            ])
        ),
        (
            1911,
            ops(writes: [
                (
                    "outputs/available-tools.md",
                    "Available now:\n1. Hedge trimmer\n2. Pressure washer (the hose is a bit leaky)\n3. Wallpaper steamer\n"
                )
            ])
        ),
        (
            1912,
            ops(writes: [
                (
                    "outputs/fixtures-2027.csv",
                    "\"Date\",\"Opponent\",\"Venue\",\"Start\"\r\n\"2027-04-24\",\"Ashby Magna\",\"home\",\"13:30\"\r\n\"2027-05-01\",\"Kibworth\",\"away\",\"13:00\"\r\n\"2027-05-08\",\"Great Glen\",\"home\",\"13:30\"\r\n\"2027-05-15\",\"Lutterworth Town\",\"away\",\"12:30\"\r\n"
                )
            ])
        ),
        (
            1912,
            ops(writes: [
                (
                    "outputs/fixtures-2027.csv",
                    "Opponent,Date,Start time,Home/Away\nLutterworth Town,15/05/2027,12.30 pm,A\nAshby Magna,24/04/2027,1.30 pm,H\nKibworth,01/05/2027,1 pm,A\nGreat Glen,08/05/2027,1.30 pm,H"
                )
            ])
        ),
        (
            1912,
            ops(writes: [
                (
                    "outputs/fixtures-2027.csv",
                    "date,opponent,home_or_away,start_time\nSat 24 April 2027,Ashby Magna CC,home,13:30\nSat 1 May 2027,Kibworth CC,away,13:00\nSat 8 May 2027,Great Glen CC,home,13:30\nSat 15 May 2027,Lutterworth Town CC,away,12:30\n"
                )
            ])
        ),
        (
            1913,
            ops(writes: [
                (
                    "skills/egg-tally/SKILL.md",
                    "---\nname: \"egg-tally\"\ndescription: >\n  Weekly egg count from the hens.\n---\n\n# Egg tally\n\n1. Open `memory/hens/egg-log.csv`.\n2. Take the rows from the past 7 days and add up the `eggs` column.\n3. Divide the total by the number of days for the daily average.\n4. Save both numbers to `outputs/egg-tally.md`.\n"
                )
            ])
        ),
        (
            1913,
            ops(writes: [
                (
                    "skills/egg-tally/SKILL.md",
                    "---\nname: egg-tally\ndescription: |\n  How many eggs this week, and how many a day.\n---\nRead memory/hens/egg-log.csv, sum the eggs laid in the last week, work out the mean per day and write both to outputs/egg-tally.md."
                )
            ])
        ),
        (
            1913,
            ops(writes: [
                (
                    "skills/egg-tally/SKILL.md",
                    "---\nname: egg-tally\ndescription: 'Tally of the last seven days of eggs, with the average.'\n---\n- Read every row of memory/hens/egg-log.csv.\n- Keep the seven days up to today.\n- Count the eggs, and the average a day.\n- Write them to outputs/egg-tally.md.\n"
                )
            ])
        ),
        (
            1914,
            ops(writes: [
                (
                    "memory/home/solar-report.py",
                    "import pandas as pd\n\ndf = pd.read_csv(\"memory/home/solar-2026.csv\")\nprint(f\"Total: {df['kwh'].sum():.1f} kWh\")\nbest = df.loc[df['kwh'].idxmax()]\nprint(f\"Best day: {best['date']} ({best['kwh']} kWh)\")\n"
                )
            ])
        ),
        (
            1914,
            ops(writes: [
                (
                    "memory/home/solar-report.py",
                    "#!/usr/bin/env python3\n\"\"\"This year's solar generation: the total and the best day.\"\"\"\nfrom pathlib import Path\n\nrows = []\nfor line in Path(__file__).with_name(\"solar-2026.csv\").read_text().splitlines()[1:]:\n    if line:\n        day, kwh = line.split(\",\")\n        rows.append((day, float(kwh)))\nprint(\"Total:\", round(sum(k for _, k in rows), 1), \"kWh\")\nday, kwh = max(rows, key=lambda r: r[1])\nprint(\"Best day:\", day, kwh, \"kWh\")\n"
                )
            ])
        ),
        (
            1914,
            ops(writes: [
                (
                    "memory/home/solar-report.py",
                    "import csv\nfrom decimal import Decimal\n\nwith open(\"memory/home/solar-2026.csv\", newline=\"\") as f:\n    reader = csv.reader(f)\n    next(reader)\n    days = [(date, Decimal(kwh)) for date, kwh in reader]\n\ntotal = sum(kwh for _, kwh in days)\nbest = sorted(days, key=lambda d: d[1])[-1]\nprint(\"Total generated:\", total, \"kWh\")\nprint(\"Best day:\", best[0], \"with\", best[1], \"kWh\")\n"
                )
            ])
        ),
        (
            1914,
            ops(writes: [
                (
                    "memory/home/solar-report.py",
                    "import csv\n\n\ndef main():\n    total = 0.0\n    best = (\"\", 0.0)\n    with open(\"memory/home/solar-2026.csv\") as f:\n        for row in csv.DictReader(f):\n            kwh = float(row[\"kwh\"])\n            total += kwh\n            best = max(best, (row[\"date\"], kwh), key=lambda b: b[1])\n    print(f\"Generated this year: {total:,.1f} kWh\")\n    print(f\"Best day: {best[0]}, {best[1]} kWh\")\n\n\nif __name__ == \"__main__\":\n    main()\n"
                )
            ])
        ),
    ]

    /// Wrong or partial results that the eighteenth fresh part's checks must refuse, at least six per intention.
    static let fresh18NearMisses: [(Int, String)] = [
        (
            1901,
            ops(writes: [("memory/childcare/childminder.md", Fresh18.childminder.replacingOccurrences(of: "07700 900318", with: "07700 900381"))])
        ),
        (
            1901,
            ops(writes: [
                (
                    "memory/childcare/childminder.md",
                    Fresh18.childminder.replacingOccurrences(of: "Mondays, Wednesdays and Thursdays", with: "Mondays and Wednesdays")
                )
            ])
        ),
        (
            1901,
            ops(writes: [
                (
                    "memory/childcare/childminder.md",
                    Fresh18.childminder.replacingOccurrences(
                        of: "Mondays, Wednesdays and Thursdays", with: "Mondays, Tuesdays, Wednesdays and Thursdays")
                )
            ])
        ),
        (
            1901,
            ops(writes: [("memory/childcare/childminder.md", Fresh18.childminder.replacingOccurrences(of: "8 am to 6 pm", with: "7:45 to 17:30"))])
        ),
        (1901, ops(writes: [("memory/childcare/childminder.md", Fresh18.childminder.replacingOccurrences(of: "£6.50", with: "£6.05"))])),
        (1901, ops(writes: [("memory/childcare/rosa-delgado.md", Fresh18.childminder)])),
        (1901, ops(writes: [("memory/childcare/childminder.md", "```markdown\n" + Fresh18.childminder + "```\n")])),
        (
            1901,
            ops(writes: [("memory/childcare/nursery.md", Fresh18.childcare["memory/childcare/nursery.md"]! + "\n" + Fresh18.childminder)])
        ),
        (
            1901,
            ops(writes: [
                ("memory/childcare/childminder.md", Fresh18.childminder),
                (
                    "memory/childcare/nursery.md",
                    Fresh18.childcare["memory/childcare/nursery.md"]!.replacingOccurrences(
                        of: "Leo leaves at the end of December", with: "Leo leaves at the end of December; Rosa from January")
                ),
            ])
        ),
        (
            1901,
            ops(writes: [
                (
                    "memory/childcare/childminder.md",
                    Fresh18.childminder.replacingOccurrences(of: "# Childminder: Rosa Delgado", with: "# Childminder")
                )
            ])
        ),
        (
            1901,
            ops(writes: [("memory/childcare/childminder.md", Fresh18.childminder.replacingOccurrences(of: "8 am to 6 pm", with: "8 am to 5 pm"))])
        ),
        (
            1901,
            ops(writes: [("memory/childcare/childminder.md", Fresh18.childminder.replacingOccurrences(of: "07700 900318", with: "01632 960441"))])
        ),
        (1902, ops(writes: [("memory/money/mortgage.md", Fresh18.newMortgage(Fresh18.newRate, Fresh18.oldPayment))])),
        (1902, ops(writes: [("memory/money/mortgage.md", Fresh18.newMortgage(Fresh18.oldRate, Fresh18.newPayment))])),
        (1902, ops(writes: [("memory/money/mortgage.md", Fresh18.newMortgage("Rate: 4.42% fixed until 31 October 2031", Fresh18.newPayment))])),
        (1902, ops(writes: [("memory/money/mortgage.md", Fresh18.newMortgage("Rate: 4.24% fixed until 31 October 2013", Fresh18.newPayment))])),
        (1902, ops(writes: [("memory/money/mortgage.md", Fresh18.newMortgage("Rate: 4.24% fixed until 31 October 2026", Fresh18.newPayment))])),
        (
            1902,
            ops(writes: [
                ("memory/money/mortgage.md", Fresh18.newMortgage(Fresh18.newRate, Fresh18.newPayment)),
                ("memory/money/budget.md", Fresh18.mortgage["memory/money/budget.md"]!.replacingOccurrences(of: "£842.10", with: "£1,031.75")),
            ])
        ),
        (
            1902,
            ops(writes: [
                (
                    "memory/money/mortgage-offer-2021.md",
                    Fresh18.mortgage["memory/money/mortgage-offer-2021.md"]! + "\(Fresh18.newRate)\n\(Fresh18.newPayment)\n"
                )
            ])
        ),
        (1902, ops(writes: [("memory/money/mortgage.md", "```\n" + Fresh18.newMortgage(Fresh18.newRate, Fresh18.newPayment) + "```\n")])),
        (
            1902,
            ops(writes: [
                ("memory/money/mortgage.md", Fresh18.mortgage["memory/money/mortgage.md"]! + "\(Fresh18.newRate)\n\(Fresh18.newPayment)\n")
            ])
        ),
        (1902, ops(writes: [("memory/money/mortgage.md", Fresh18.newMortgage(Fresh18.newRate, "Monthly payment: £1,013.75"))])),
        (1902, ops(writes: [("memory/money/mortgage.md", "\(Fresh18.newRate)\n\(Fresh18.newPayment)\n")])),
        (
            1902,
            ops(writes: [
                (
                    "memory/money/mortgage.md",
                    Fresh18.newMortgage(Fresh18.newRate, Fresh18.newPayment).replacingOccurrences(
                        of: "Lender: Nationwide", with: "Lender: Halifax")
                )
            ])
        ),
        (
            1903,
            ops(writes: [
                (
                    "memory/bike/raleigh-log.md",
                    Fresh18.bike["memory/bike/raleigh-log.md"]! + "| 18/10/2026 | New chain and brake pads | Spokes & Co | £46 |\n"
                )
            ])
        ),
        (
            1903,
            ops(writes: [
                (
                    "memory/bike/service-log.md",
                    Fresh18.bike["memory/bike/service-log.md"]!.replacingOccurrences(
                        of: "|---|---|---|---|\n", with: "|---|---|---|---|\n| 18/10/2026 | New chain and brake pads | Spokes & Co | £46 |\n")
                )
            ])
        ),
        (
            1903,
            ops(writes: [
                (
                    "memory/bike/service-log.md",
                    Fresh18.bike["memory/bike/service-log.md"]! + "| 18/10/2025 | New chain and brake pads | Spokes & Co | £46 |\n"
                )
            ])
        ),
        (
            1903,
            ops(writes: [
                (
                    "memory/bike/service-log.md",
                    Fresh18.bike["memory/bike/service-log.md"]! + "| 18/10/2026 | New chain and brake pads | Spokes & Co | £64 |\n"
                )
            ])
        ),
        (
            1903,
            ops(writes: [
                ("memory/bike/service-log.md", Fresh18.bike["memory/bike/service-log.md"]! + "| 18/10/2026 | New chain | Spokes & Co | £46 |\n")
            ])
        ),
        (
            1903,
            ops(writes: [
                ("memory/bike/service-log.md", Fresh18.bike["memory/bike/service-log.md"]! + "| 18/10/2026 | New chain and brake pads | £46 |\n")
            ])
        ),
        (
            1903,
            ops(writes: [
                ("memory/bike/service-log.md", Fresh18.bike["memory/bike/service-log.md"]! + "18/10/2026,New chain and brake pads,Spokes & Co,£46\n")
            ])
        ),
        (
            1903,
            ops(writes: [
                (
                    "memory/bike/service-log.md",
                    "```markdown\n" + Fresh18.bike["memory/bike/service-log.md"]!
                        + "| 18/10/2026 | New chain and brake pads | Spokes & Co | £46 |\n```\n"
                )
            ])
        ),
        (
            1903,
            ops(writes: [
                (
                    "memory/bike/service-log.md",
                    Fresh18.bike["memory/bike/service-log.md"]! + "| 18/10/2026 | New chain and brake pads | Spokes & Co | £46 |\n"
                ),
                ("memory/money/spending-2026.csv", Fresh18.bike["memory/money/spending-2026.csv"]! + "2026-10-18,bike chain and brake pads,46.00\n"),
            ])
        ),
        (
            1903,
            ops(writes: [
                (
                    "memory/bike/service-log.md",
                    "| Date | Work done | Shop | Cost |\n|---|---|---|---|\n| 18/10/2026 | New chain and brake pads | Spokes & Co | £46 |\n"
                )
            ])
        ),
        (
            1903,
            ops(writes: [
                (
                    "memory/bike/service-log.md",
                    Fresh18.bike["memory/bike/service-log.md"]! + "| 18/11/2026 | New chain and brake pads | Spokes & Co | £46 |\n"
                )
            ])
        ),
        (
            1903,
            ops(writes: [
                (
                    "memory/bike/service-log.md",
                    Fresh18.bike["memory/bike/service-log.md"]!
                        + "| 18/10/2026 | New chain and brake pads | Spokes & Co | £46 |\n| 18/10/2026 | New chain and brake pads | Spokes & Co | £46 |\n"
                )
            ])
        ),
        (1904, ops(#"{"op":"move","from":"memory/tax/receipts/IMG_4472.txt","to":"memory/tax/receipts/2026-03-02-accountant.txt"}"#)),
        (1904, ops(writes: [("memory/tax/receipts/2026-03-02-accountant.txt", Fresh18.receipts["memory/tax/receipts/IMG_4471.txt"]!)])),
        (1904, ops(#"{"op":"move","from":"memory/tax/receipts/IMG_4471.txt","to":"memory/tax/receipts/2026-03-02-accountant.md"}"#)),
        (1904, ops(#"{"op":"move","from":"memory/tax/receipts/IMG_4471.txt","to":"memory/tax/2026-03-02-accountant.txt"}"#)),
        (1904, ops(#"{"op":"move","from":"memory/tax/receipts/IMG_4471.txt","to":"memory/tax/receipts/2026-02-03-accountant.txt"}"#)),
        (
            1904,
            ops(
                writes: [
                    (
                        "memory/tax/receipts/2026-03-02-accountant.txt",
                        "Accountant's fee, 2 March 2026\n" + Fresh18.receipts["memory/tax/receipts/IMG_4471.txt"]!
                    )
                ],
                #"{"op":"delete","path":"memory/tax/receipts/IMG_4471.txt"}"#)
        ),
        (
            1904,
            ops(
                #"{"op":"move","from":"memory/tax/receipts/IMG_4471.txt","to":"memory/tax/receipts/2026-03-02-accountant.txt"}"#,
                #"{"op":"move","from":"memory/tax/receipts/IMG_4470.txt","to":"memory/tax/receipts/2026-02-28-printer-paper.txt"}"#)
        ),
        (
            1904,
            ops(
                #"{"op":"move","from":"memory/tax/receipts/IMG_4471.txt","to":"memory/tax/receipts/2026-03-02-accountant.txt"}"#,
                #"{"op":"delete","path":"memory/tax/receipts/IMG_4472.txt"}"#)
        ),
        (1904, ops(#"{"op":"move","from":"memory/tax/receipts/IMG_4471.txt","to":"memory/tax/receipts/accountant-2026-03-02.txt"}"#)),
        (1904, ops(#"{"op":"move","from":"memory/tax/receipts/IMG_4471.txt","to":"memory/tax/receipts/2026/2026-03-02-accountant.txt"}"#)),
        (1904, ops(#"{"op":"delete","path":"memory/tax/receipts/IMG_4471.txt"}"#)),
        (1905, ops(#"{"op":"move","from":"memory/move/quotes/removals-swiftmove.md","to":"memory/move/booked/removals-swiftmove.md"}"#)),
        (
            1905,
            ops(
                #"{"op":"move","from":"memory/move/quotes/removals-hendry.md","to":"memory/move/booked/removals-hendry.md"}"#,
                #"{"op":"move","from":"memory/move/quotes/removals-swiftmove.md","to":"memory/move/booked/removals-swiftmove.md"}"#)
        ),
        (1905, ops(writes: [("memory/move/booked/removals-hendry.md", Fresh18.move["memory/move/quotes/removals-hendry.md"]!)])),
        (1905, ops(#"{"op":"move","from":"memory/move/quotes/removals-hendry.md","to":"memory/move/removals-hendry.md"}"#)),
        (1905, ops(#"{"op":"move","from":"memory/move/quotes/removals-hendry.md","to":"memory/move/booked/removals.md"}"#)),
        (1905, ops(#"{"op":"move","from":"memory/move/quotes/removals-hendry.md","to":"memory/booked/removals-hendry.md"}"#)),
        (
            1905,
            ops(
                writes: [("memory/move/booked/removals-hendry.md", "BOOKED\n" + Fresh18.move["memory/move/quotes/removals-hendry.md"]!)],
                #"{"op":"delete","path":"memory/move/quotes/removals-hendry.md"}"#)
        ),
        (
            1905,
            ops(
                writes: [
                    (
                        "memory/move/checklist.md",
                        Fresh18.move["memory/move/checklist.md"]!.replacingOccurrences(of: "- book the removals", with: "- [x] book the removals")
                    )
                ],
                #"{"op":"move","from":"memory/move/quotes/removals-hendry.md","to":"memory/move/booked/removals-hendry.md"}"#)
        ),
        (1905, ops(#"{"op":"move","from":"memory/move/quotes/removals-hendry.md","to":"memory/move/booked/quotes/removals-hendry.md"}"#)),
        (1905, ops(#"{"op":"delete","path":"memory/move/quotes/removals-hendry.md"}"#)),
        (
            1905,
            ops(
                #"{"op":"move","from":"memory/move/quotes/removals-hendry.md","to":"memory/move/booked/removals-hendry.md"}"#,
                #"{"op":"move","from":"memory/move/quotes/storage-boxit.md","to":"memory/move/booked/storage-boxit.md"}"#)
        ),
        (
            1906,
            ops(
                writes: Fresh18.movedConcert(poster: "Saturday 19 December", rehearsals: "19/12", email: "Sat 19th Dec").filter {
                    !$0.0.hasSuffix("rehearsals.md")
                })
        ),
        (
            1906,
            ops(
                writes: Fresh18.movedConcert(poster: "Saturday 19 December", rehearsals: "19/12", email: "Sat 19th Dec") + [
                    ("memory/orchestra/subs.md", "# Subs\n£40 a term, due by 19 December\n")
                ])
        ),
        (
            1906,
            ops(
                writes: Fresh18.movedConcert(poster: "Saturday 19 December", rehearsals: "19/12", email: "Sat 19th Dec") + [
                    ("memory/orchestra/hall-booking.md", Fresh18.orchestra["memory/orchestra/hall-booking.md"]! + "Poster and emails updated.\n")
                ])
        ),
        (
            1906,
            ops(
                writes: Fresh18.movedConcert(poster: "Saturday 19 December", rehearsals: "19/12", email: "Sat 19th Dec").filter {
                    !$0.0.hasSuffix("rehearsals.md")
                } + [
                    (
                        "memory/orchestra/concert-2025.md",
                        Fresh18.orchestra["memory/orchestra/concert-2025.md"]!.replacingOccurrences(of: "13 December", with: "19 December")
                    )
                ])
        ),
        (1906, ops(writes: Fresh18.movedConcert(poster: "Saturday 26 December", rehearsals: "26/12", email: "Sat 26th Dec"))),
        (1906, ops(writes: Fresh18.movedConcert(poster: "Sunday 19 December", rehearsals: "19/12", email: "Sat 19th Dec"))),
        (
            1906,
            ops(
                writes: Fresh18.concertNotes.map {
                    ("memory/orchestra/\($0)", Fresh18.orchestra["memory/orchestra/\($0)"]! + "Moved to Saturday 19 December\n")
                })
        ),
        (
            1906,
            ops(
                writes: Fresh18.movedConcert(poster: "Saturday 19 December", rehearsals: "19/12", email: "Sat 19th Dec").map {
                    ($0.0, "```\n" + $0.1 + "```\n")
                })
        ),
        (
            1906,
            ops(
                writes: Fresh18.movedConcert(poster: "Saturday 19 December", rehearsals: "19/12", email: "Sat 19th Dec").map {
                    ($0.0, $0.1.replacingOccurrences(of: "call time 6.15 pm", with: "call time 7.15 pm"))
                })
        ),
        (1906, ops(writes: Fresh18.movedConcert(poster: "Saturday 19 December", rehearsals: "12/12 and 19/12", email: "Sat 19th Dec"))),
        (
            1906,
            ops(
                writes: Fresh18.movedConcert(poster: "Saturday 19 December", rehearsals: "19/12", email: "Sat 19th Dec").map {
                    ($0.0, $0.1.replacingOccurrences(of: "Sunday 29 November", with: "Sunday 6 December"))
                })
        ),
        (1907, ops(#"{"op":"move","from":"memory/pets/biscuit-care.md","to":"memory/holiday/sitter-pack/biscuit-care.md"}"#)),
        (1907, ops(writes: [("memory/holiday/sitter-pack/biscuit-care.md", Fresh18.pets["memory/pets/biscuit-care-puppy.md"]!)])),
        (1907, ops(writes: [("memory/holiday/sitter-pack/biscuit-care.md", Fresh18.pets["memory/pets/pepper-care.md"]!)])),
        (1907, ops(writes: [("memory/holiday/biscuit-care.md", Fresh18.pets["memory/pets/biscuit-care.md"]!)])),
        (1907, ops(writes: [("memory/holiday/sitter-pack/biscuit.md", Fresh18.pets["memory/pets/biscuit-care.md"]!)])),
        (
            1907,
            ops(writes: [("memory/holiday/sitter-pack/biscuit-care.md", "```markdown\n" + Fresh18.pets["memory/pets/biscuit-care.md"]! + "```\n")])
        ),
        (
            1907,
            ops(writes: [
                (
                    "memory/holiday/sitter-pack/biscuit-care.md",
                    Fresh18.pets["memory/pets/biscuit-care.md"]! + "\n## Notes for Megan\n- Spare lead on the hook by the door\n"
                )
            ])
        ),
        (
            1907,
            ops(writes: [
                ("memory/holiday/sitter-pack/biscuit-care.md", Fresh18.pets["memory/pets/biscuit-care.md"]!),
                ("memory/pets/biscuit-care.md", Fresh18.pets["memory/pets/biscuit-care.md"]! + "Copied to the sitter pack.\n"),
            ])
        ),
        (
            1907,
            ops(writes: [
                (
                    "memory/holiday/sitter-pack/biscuit-care.md",
                    Fresh18.pets["memory/pets/biscuit-care.md"]!.replacingOccurrences(
                        of: "- Medicine: half a Metacam tablet with breakfast (for his hips)\n", with: "")
                )
            ])
        ),
        (
            1907,
            ops(writes: [
                ("memory/holiday/sitter-pack/biscuit-care.md", Fresh18.pets["memory/pets/biscuit-care.md"]!),
                (
                    "memory/holiday/sitter-pack/house-notes.md",
                    Fresh18.pets["memory/holiday/sitter-pack/house-notes.md"]! + "- Biscuit: see biscuit-care.md\n"
                ),
            ])
        ),
        (
            1907,
            ops(writes: [
                (
                    "memory/holiday/sitter-pack/biscuit-care.md",
                    Fresh18.pets["memory/pets/biscuit-care.md"]!.replacingOccurrences(of: "Abbey Vets, 01632 960773", with: "Castle Vets")
                )
            ])
        ),
        (1908, ops(#"{"op":"delete","path":"memory/repair-cafe/flyer-jan.md"}"#)),
        (
            1908,
            ops(#"{"op":"delete","path":"memory/repair-cafe/flyer-jan-draft.md"}"#, #"{"op":"delete","path":"memory/repair-cafe/flyer-jan.md"}"#)
        ),
        (1908, ops(#"{"op":"delete","path":"memory/repair-cafe/flyer-feb-draft.md"}"#)),
        (1908, ops(writes: [("memory/repair-cafe/flyer-jan-draft.md", "")])),
        (1908, ops(#"{"op":"move","from":"memory/repair-cafe/flyer-jan-draft.md","to":"memory/repair-cafe/archive/flyer-jan-draft.md"}"#)),
        (
            1908,
            ops(
                writes: [("memory/repair-cafe/flyer-jan.md", Fresh18.repair["memory/repair-cafe/flyer-jan-draft.md"]!)],
                #"{"op":"delete","path":"memory/repair-cafe/flyer-jan-draft.md"}"#)
        ),
        (
            1908,
            ops(writes: [
                ("memory/repair-cafe/flyer-jan-draft.md", "OLD, see flyer-jan.md\n" + Fresh18.repair["memory/repair-cafe/flyer-jan-draft.md"]!)
            ])
        ),
        (
            1908,
            ops(
                writes: [("memory/repair-cafe/volunteers.md", Fresh18.repair["memory/repair-cafe/volunteers.md"]! + "- Flyer printed\n")],
                #"{"op":"delete","path":"memory/repair-cafe/flyer-jan-draft.md"}"#)
        ),
        (
            1908,
            ops(
                #"{"op":"delete","path":"memory/repair-cafe/flyer-jan-draft.md"}"#, #"{"op":"delete","path":"memory/repair-cafe/flyer-feb-draft.md"}"#
            )
        ),
        (
            1908,
            ops(
                #"{"op":"delete","path":"memory/repair-cafe/flyer-jan-draft.md"}"#, #"{"op":"delete","path":"memory/repair-cafe/flyer-jan.md"}"#,
                #"{"op":"delete","path":"memory/repair-cafe/flyer-feb-draft.md"}"#, #"{"op":"delete","path":"memory/repair-cafe/volunteers.md"}"#)
        ),
        (1908, ops(#"{"op":"move","from":"memory/repair-cafe/flyer-jan-draft.md","to":"memory/repair-cafe/flyer-jan-draft-old.md"}"#)),
        (1909, ops(writes: [("outputs/claim-summary.md", Fresh18.claimLetter)])),
        (
            1909,
            ops(writes: [
                (
                    "outputs/claim-summary.md",
                    "- The claim is covered, less the 350 GBP excess.\n- A loss adjuster visits on Wednesday 25 November between 1 pm and 4 pm.\n"
                )
            ])
        ),
        (
            1909,
            ops(writes: [
                (
                    "outputs/claim-summary.md",
                    Fresh18.claimSummary
                        + "- The leak from the upstairs bathroom was on 3 November.\n- For emergency accommodation call the helpline on 0800 123 4567.\n"
                )
            ])
        ),
        (
            1909,
            ops(writes: [
                (
                    "outputs/claim-summary.md",
                    "The claim for the water damage is covered, less the 350 GBP excess. A loss adjuster visits on 25 November between 1 pm and 4 pm. Email photos and two repair quotes by 4 December.\n"
                )
            ])
        ),
        (1909, ops(writes: [("outputs/claim-summary.md", Fresh18.claimSummary.replacingOccurrences(of: "350 GBP", with: "250 GBP"))])),
        (
            1909,
            ops(writes: [
                ("outputs/claim-summary.md", Fresh18.claimSummary.replacingOccurrences(of: "Wednesday 25 November", with: "Monday 23 November"))
            ])
        ),
        (1909, ops(writes: [("outputs/claim-summary.md", Fresh18.claimSummary.replacingOccurrences(of: "by 4 December", with: "by 14 December"))])),
        (1909, ops(writes: [("outputs/claim-summary.md", "```\n" + Fresh18.claimSummary + "```\n")])),
        (1909, ops(writes: [("memory/home/claim-summary.md", Fresh18.claimSummary)])),
        (
            1909,
            ops(writes: [
                (
                    "outputs/claim-summary.md",
                    Fresh18.claimSummary.replacingOccurrences(
                        of: "less the 350 GBP excess.", with: "less the 350 GBP excess, as with the stolen bike claim settled at £420.")
                )
            ])
        ),
        (
            1909,
            ops(writes: [
                (
                    "outputs/claim-summary.md",
                    "- The claim for the water damage to the kitchen ceiling and flooring is covered, less the 350 GBP excess.\n- A loss adjuster, Craig Fenton, visits on Wednesday 25 November between 1 pm and 4 pm.\n- For emergency accommodation, call the 24-hour helpline on 0800 123 4567.\n"
                )
            ])
        ),
        (
            1909,
            ops(writes: [
                ("outputs/claim-summary.md", Fresh18.claimSummary.replacingOccurrences(of: "between 1 pm and 4 pm", with: "between 2 pm and 5 pm"))
            ])
        ),
        (1910, ops(writes: [("outputs/cubs-dates.md", Fresh18.cubDates + "- Bag pack at Sainsbury's: 29 November\n")])),
        (
            1910,
            ops(writes: [
                ("outputs/cubs-dates.md", Fresh18.cubDates.replacingOccurrences(of: "- Sleepover consent forms back: 6 November\n", with: ""))
            ])
        ),
        (
            1910,
            ops(writes: [
                (
                    "outputs/cubs-dates.md",
                    Fresh18.cubDates.replacingOccurrences(of: "Christmas party: 15 December", with: "Christmas party: 16 December")
                )
            ])
        ),
        (1910, ops(writes: [("outputs/cubs-dates.md", "- 31 October\n- 6 November\n- 8 November\n- 21 November\n- 15 December\n")])),
        (
            1910,
            ops(writes: [
                (
                    "outputs/cubs-dates.md",
                    "Subs are due by 31 October, consent forms by 6 November, the parade is on 8 November, the sleepover on 21 November and the party on 15 December.\n"
                )
            ])
        ),
        (1910, ops(writes: [("outputs/cubs-dates.md", "```\n" + Fresh18.cubDates + "```\n")])),
        (1910, ops(writes: [("memory/cubs/dates.md", Fresh18.cubDates)])),
        (1910, ops(writes: [("outputs/cubs-dates.md", Fresh18.cubDates + "- Camp at Beaumont Park: 10 July\n")])),
        (
            1910,
            ops(writes: [
                (
                    "outputs/cubs-dates.md",
                    "- Autumn term subs due: 31 October\n- Sleepover consent forms back: 21 November\n- Remembrance parade: 8 November\n- Sleepover at the scout hut: 6 November\n- Christmas party: 15 December\n"
                )
            ])
        ),
        (
            1910,
            ops(writes: [
                (
                    "outputs/cubs-dates.md",
                    "- Autumn term subs\n- Sleepover consent forms\n- Remembrance parade\n- Sleepover at the scout hut\n- Christmas party\n"
                )
            ])
        ),
        (1910, ops(writes: [("outputs/cubs-dates.md", Fresh18.cubDates + "- Subs due: 31 October\n")])),
        (
            1911,
            ops(writes: [
                (
                    "outputs/available-tools.md",
                    "- carpet-cleaner.md\n- drill.md\n- hedge-trimmer.md\n- ladder.md\n- pressure-washer.md\n- tile-cutter.md\n- wallpaper-steamer.md\n"
                )
            ])
        ),
        (1911, ops(writes: [("outputs/available-tools.md", "- hedge-trimmer.md\n- pressure-washer.md\n- tile-cutter.md\n- wallpaper-steamer.md\n")])),
        (1911, ops(writes: [("outputs/available-tools.md", "- hedge-trimmer.md\n- pressure-washer.md\n")])),
        (1911, ops(writes: [("outputs/available-tools.md", "- ladder.md\n- drill.md\n")])),
        (
            1911,
            ops(writes: [("outputs/available-tools.md", "The hedge trimmer, the pressure washer and the wallpaper steamer are available.\n")])
        ),
        (1911, ops(writes: [("memory/tool-library/available.md", "- hedge-trimmer.md\n- pressure-washer.md\n- wallpaper-steamer.md\n")])),
        (1911, ops(writes: [("outputs/available-tools.md", "```\nhedge-trimmer.md\npressure-washer.md\nwallpaper-steamer.md\n```\n")])),
        (
            1911,
            ops(writes: [("outputs/available-tools.md", "- hedge-trimmer.md\n- pressure-washer.md\n- wallpaper-steamer.md\n- hedge-trimmer.md\n")])
        ),
        (1911, ops(writes: [("outputs/available-tools.md", "- hedge-trimmer.md\n- pressure-washer.md\n- wallpaper-steamer.md\n- sander\n")])),
        (
            1911,
            ops(writes: [
                (
                    "outputs/available-tools.md",
                    "- hedge-trimmer.md: available\n- ladder.md: on loan\n- pressure-washer.md: available\n- carpet-cleaner.md: in repair\n- drill.md: out\n- wallpaper-steamer.md: available\n- tile-cutter.md: not available\n"
                )
            ])
        ),
        (
            1911,
            ops(writes: [("outputs/available-tools.md", "- carpet-cleaner.md\n- hedge-trimmer.md\n- pressure-washer.md\n- wallpaper-steamer.md\n")])
        ),
        (1912, ops(writes: [("outputs/fixtures-2027.csv", Fresh18.cricket["memory/cricket/fixtures-2027.json"]!)])),
        (
            1912,
            ops(writes: [("outputs/fixtures-2027.csv", Fresh18.fixturesCSV.replacingOccurrences(of: "2027-05-08,Great Glen,home,13:30\n", with: ""))])
        ),
        (1912, ops(writes: [("outputs/fixtures-2027.csv", Fresh18.fixturesCSV.replacingOccurrences(of: "date,opponent,venue,start\n", with: ""))])),
        (
            1912,
            ops(writes: [
                (
                    "outputs/fixtures-2027.csv",
                    Fresh18.fixturesCSV.replacingOccurrences(of: ",home,", with: ",HOME,").replacingOccurrences(of: ",away,", with: ",home,")
                        .replacingOccurrences(of: ",HOME,", with: ",away,")
                )
            ])
        ),
        (
            1912,
            ops(writes: [
                ("outputs/fixtures-2027.csv", Fresh18.fixturesCSV.replacingOccurrences(of: "Kibworth,away,13:00", with: "Kibworth,away,13:30"))
            ])
        ),
        (
            1912,
            ops(writes: [
                (
                    "outputs/fixtures-2027.csv",
                    "team,season,date,opponent,venue,start\nMillbrook CC 2nd XI,2027,2027-04-24,Ashby Magna,home,13:30\nMillbrook CC 2nd XI,2027,2027-05-01,Kibworth,away,13:00\nMillbrook CC 2nd XI,2027,2027-05-08,Great Glen,home,13:30\nMillbrook CC 2nd XI,2027,2027-05-15,Lutterworth Town,away,12:30\n"
                )
            ])
        ),
        (1912, ops(writes: [("outputs/fixtures-2027.csv", Fresh18.fixturesCSV.replacingOccurrences(of: ",", with: "\t"))])),
        (1912, ops(writes: [("outputs/fixtures-2027.csv", "```csv\n" + Fresh18.fixturesCSV + "```\n")])),
        (1912, ops(writes: [("outputs/fixtures-2027.csv", "date,opponent,venue,start\n2026-09-05,Fleckney,away,13:00\n")])),
        (1912, ops(writes: [("memory/cricket/fixtures-2027.csv", Fresh18.fixturesCSV)])),
        (
            1912,
            ops(writes: [
                (
                    "outputs/fixtures-2027.csv",
                    "| date | opponent | venue | start |\n|---|---|---|---|\n| 2027-04-24 | Ashby Magna | home | 13:30 |\n| 2027-05-01 | Kibworth | away | 13:00 |\n| 2027-05-08 | Great Glen | home | 13:30 |\n| 2027-05-15 | Lutterworth Town | away | 12:30 |\n"
                )
            ])
        ),
        (1912, ops(writes: [("outputs/fixtures-2027.csv", Fresh18.fixturesCSV.replacingOccurrences(of: "2027-", with: "2026-"))])),
        (
            1913,
            ops(writes: [
                (
                    "skills/egg-tally/SKILL.md",
                    "# Egg tally\nRead memory/hens/egg-log.csv, add up the eggs of the last 7 days, work out the average per day and write both to outputs/egg-tally.md.\n"
                )
            ])
        ),
        (
            1913,
            ops(writes: [
                (
                    "skills/egg-tally/SKILL.md",
                    "---\nname: Egg Tally\ndescription: Eggs laid this week, with the average.\n---\nRead memory/hens/egg-log.csv, add up the eggs of the last 7 days, work out the average per day and write both to outputs/egg-tally.md.\n"
                )
            ])
        ),
        (
            1913,
            ops(writes: [
                (
                    "skills/egg-tally.md",
                    "---\nname: egg-tally\ndescription: Eggs laid this week, with the average.\n---\nRead memory/hens/egg-log.csv, add up the eggs of the last 7 days, work out the average per day and write both to outputs/egg-tally.md.\n"
                )
            ])
        ),
        (
            1913,
            ops(writes: [
                (
                    "skills/egg-tally/SKILL.md",
                    "---\nname: egg-tally\n---\nRead memory/hens/egg-log.csv, add up the eggs of the last 7 days, work out the average per day and write both to outputs/egg-tally.md.\n"
                )
            ])
        ),
        (
            1913,
            ops(writes: [
                (
                    "skills/egg-tally/SKILL.md",
                    "---\nname: egg-tally\ndescription: Eggs laid this week, with the average.\n---\nRead memory/hens/egg-log.csv, add up the eggs of the last 7 days and work out the average per day.\n"
                )
            ])
        ),
        (
            1913,
            ops(writes: [
                (
                    "skills/egg-tally/SKILL.md",
                    "---\nname: egg-tally\ndescription: Eggs laid this month, with the average.\n---\nRead memory/hens/egg-log.csv, add up the eggs of the last 30 days, work out the average per day and write both to outputs/egg-tally.md.\n"
                )
            ])
        ),
        (
            1913,
            ops(writes: [
                (
                    "skills/egg-tally/SKILL.md",
                    "---\nname: egg-tally\ndescription: Eggs laid this week.\n---\nRead memory/hens/egg-log.csv, add up the eggs of the last 7 days and write the total to outputs/egg-tally.md.\n"
                )
            ])
        ),
        (
            1913,
            ops(writes: [
                (
                    "skills/egg-tally/SKILL.md",
                    "```markdown\n---\nname: egg-tally\ndescription: Eggs laid this week, with the average.\n---\nRead memory/hens/egg-log.csv, add up the eggs of the last 7 days, work out the average per day and write both to outputs/egg-tally.md.\n```\n"
                )
            ])
        ),
        (
            1913,
            ops(writes: [
                (
                    "skills/feed-order/SKILL.md",
                    Fresh18.feedSkill
                        + "\n## Egg tally\nRead memory/hens/egg-log.csv, add up the eggs of the last 7 days, work out the average per day and write both to outputs/egg-tally.md.\n"
                )
            ])
        ),
        (
            1913,
            ops(writes: [
                (
                    "skills/egg-tally/SKILL.md",
                    "---\nname: egg-tally\ndescription: Eggs laid this week, with the average.\n---\nRead memory/hens/eggs.csv, add up the eggs of the last 7 days, work out the average per day and write both to outputs/egg-tally.md.\n"
                )
            ])
        ),
        (
            1913,
            ops(writes: [
                (
                    "skills/egg-tally/SKILL.md",
                    "---\nname: egg-tally\ndescription: Eggs laid this week, with the average.\n---\nRead memory/hens/egg-log.csv, add up the eggs of the last 7 days, work out the average per day and write both to outputs/eggs.md.\n"
                )
            ])
        ),
        (
            1914,
            ops(writes: [
                (
                    "memory/home/solar-report.py",
                    "import csv\n\ntotal = 0.0\nwith open(\"memory/home/solar-2026.csv\") as f:\n    for row in csv.DictReader(f):\n        total += float(row[\"kwh\"])\nprint(f\"Total generated: {total:.1f} kWh\")\n"
                )
            ])
        ),
        (
            1914,
            ops(writes: [
                (
                    "memory/home/solar-report.py",
                    "import csv\n\nwith open(\"memory/home/solar-2026.csv\") as f:\n    rows = [(row[\"date\"], float(row[\"kwh\"])) for row in csv.DictReader(f)]\nbest = max(rows, key=lambda r: r[1])\nprint(f\"Best day: {best[0]} with {best[1]} kWh\")\n"
                )
            ])
        ),
        (
            1914,
            ops(writes: [
                ("memory/home/solar-report.py", Fresh18.solarScript.replacingOccurrences(of: "solar-2026.csv", with: "solar-2025.csv"))
            ])
        ),
        (
            1914,
            ops(writes: [
                (
                    "memory/home/solar-report.py",
                    Fresh18.solarScript + "with open(\"memory/home/solar-report.txt\", \"w\") as out:\n    out.write(f\"{total} {best_date}\\n\")\n"
                )
            ])
        ),
        (1914, ops(writes: [("memory/home/solar-report.py", "```python\n" + Fresh18.solarScript + "```\n")])),
        (
            1914,
            ops(writes: [
                (
                    "memory/home/solar-report.py",
                    "#!/bin/sh\nawk -F, 'NR > 1 { t += $2; if ($2 > b) { b = $2; d = $1 } } END { print t; print d, b }' memory/home/solar-2026.csv\n"
                )
            ])
        ),
        (
            1914,
            ops(writes: [
                (
                    "memory/home/solar-report.py",
                    Fresh18.solarScript.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "# \($0)" }.joined(
                        separator: "\n")
                )
            ])
        ),
        (1914, ops(writes: [("outputs/solar-report.py", Fresh18.solarScript)])),
        (
            1914,
            ops(writes: [
                (
                    "memory/home/solar-report.py",
                    "import csv\n\nwith open(\"memory/home/solar-2026.csv\") as f:\n    rows = [(row[\"date\"], float(row[\"kwh\"])) for row in csv.DictReader(f)]\nprint(\"Total:\", sum(k for _, k in rows), \"kWh\")\nworst = min(rows, key=lambda r: r[1])\nprint(\"Best day:\", worst[0], worst[1])\n"
                )
            ])
        ),
        (
            1914,
            ops(writes: [
                (
                    "memory/home/solar-report.py",
                    "import csv\n\nwith open(\"memory/home/solar-2026.csv\") as f:\n    kwhs = [float(row[\"kwh\"]) for row in csv.DictReader(f)]\nprint(\"Total:\", sum(kwhs), \"kWh\")\nprint(\"Average a day:\", sum(kwhs) / len(kwhs), \"kWh\")\n"
                )
            ])
        ),
        (
            1914,
            ops(writes: [
                (
                    "memory/home/solar-report.py",
                    "import csv\n\ntotal = 0.0\nbest_date, best_kwh = None, -1.0\nwith open(\"memory/home/solar-2026.csv\") as f:\n    for row in csv.DictReader(f):\n        kwh = float(row[\"kwh\"])\n        total += kwh\n        if kwh > best_kwh:\n            best_date, best_kwh = row[\"date\"], kwh\n"
                )
            ])
        ),
        (
            1914,
            ops(writes: [
                (
                    "memory/home/solar-report.py",
                    Fresh18.solarScript.replacingOccurrences(
                        of: "with open(\"memory/home/solar-2026.csv\") as f:\n    for row in csv.DictReader(f):",
                        with:
                            "for name in [\"memory/home/solar-2025.csv\", \"memory/home/solar-2026.csv\"]:\n  with open(name) as f:\n    for row in csv.DictReader(f):"
                    )
                )
            ])
        ),
    ]
}

/// The eighteenth fresh part's fixtures and the helpers its checks share.
private enum Fresh18 {
    static let childcare: [String: String] = [
        "memory/childcare/nursery.md":
            "# Little Acorns nursery\nPhone: 01632 960441\nTuesdays and Fridays, 7:45 to 17:30, 5.80 GBP an hour\nLeo leaves at the end of December\n",
        "memory/childcare/babysitters.md": "# Babysitters\n- Chloe: Saturday evenings, 07700 900127\n- Nan: any weekday, just ask\n",
        "memory/family/leo.md": "# Leo\nBorn 14 May 2023; starts school in September 2027\n",
    ]
    static let childminder =
        "# Childminder: Rosa Delgado\n- Phone: 07700 900318\n- Days: Mondays, Wednesdays and Thursdays\n- Hours: 8 am to 6 pm\n- Rate: £6.50 an hour\n"

    static let oldRate = "Rate: 1.89% fixed until 31 October 2026"
    static let oldPayment = "Monthly payment: £842.10"
    static let newRate = "Rate: 4.24% fixed until 31 October 2031"
    static let newPayment = "Monthly payment: £1,031.75"
    static let mortgage: [String: String] = [
        "memory/money/mortgage.md":
            "# Mortgage: 9 Orchard Close\nLender: Nationwide, account 4417 2290 0815\n\(oldRate)\n\(oldPayment)\nPaid on: the 1st of each month, by direct debit\nOverpayments: up to 10% a year without a fee\nTerm left: 19 years\n",
        "memory/money/mortgage-offer-2021.md":
            "# Mortgage offer, October 2021\nNationwide: 1.89% fixed for five years, then the standard variable rate\nBorrowing 215,000 GBP over 25 years\n",
        "memory/money/budget.md": "# Monthly budget\n- Mortgage: £842.10\n- Council tax: £168\n- Food: £520\n",
        "memory/money/savings.md": "# Savings\nEasy access with Chip: 3.1%, about 6,200 GBP\n",
    ]
    /// The mortgage note with its rate and payment lines replaced by `rate` and `payment`.
    static func newMortgage(_ rate: String, _ payment: String) -> String {
        mortgage["memory/money/mortgage.md"]!.replacingOccurrences(of: oldRate, with: rate).replacingOccurrences(of: oldPayment, with: payment)
    }

    static let bike: [String: String] = [
        "memory/bike/service-log.md":
            "# Dawes Galaxy: servicing\nFrame no. DG-20417, bought second-hand in 2021.\n\n| Date | Work done | Shop | Cost |\n|---|---|---|---|\n| 14/03/2025 | Full service, new gear cable | Spokes & Co | £65 |\n| 02/09/2025 | Rear wheel trued | Spokes & Co | £20 |\n| 11/05/2026 | New tyres (Marathon Plus) | Halfords | £58.98 |\n",
        "memory/bike/raleigh-log.md":
            "# Raleigh Pioneer (sold 2020)\n\n| Date | Work done | Shop | Cost |\n|---|---|---|---|\n| 03/06/2019 | Brake pads | Halfords | £12 |\n",
        "memory/bike/wishlist.md": "# Bike wish list\n- dynamo lights\n- Brooks B17 saddle\n",
        "memory/money/spending-2026.csv": "date,what,amount\n2026-05-11,bike tyres,58.98\n2026-10-02,train to Leeds,34.20\n",
    ]

    static let receipts: [String: String] = [
        "memory/tax/receipts/IMG_4471.txt":
            "HARPER & LOWE, Chartered Accountants\nInvoice 2291: self-assessment return 2025/26\nFee: £180.00, paid by card on 02/03/2026\n",
        "memory/tax/receipts/IMG_4470.txt": "OFFICE WORLD\nPrinter paper x2: £11.98\n28/02/2026\n",
        "memory/tax/receipts/IMG_4472.txt": "HARPER & LOWE (photo too blurred to read; taken again as IMG_4471)\n",
        "memory/tax/receipts/2025-11-20-printer-ink.txt": "INKSTATION\nHP 305 ink: £24.99\n20/11/2025\n",
        "memory/tax/notes.md": "# Tax 2025/26\nClaim: the accountant's fee, printer ink and paper, a share of the home office\n",
    ]

    static let move: [String: String] = [
        "memory/move/quotes/removals-hendry.md":
            "# Hendry & Sons Removals\nQuote Q-5531: £1,240 including packing\nMoving day: Friday 27 November, two vans, a crew of four\nDeposit of £200 paid on 9 October\n",
        "memory/move/quotes/removals-swiftmove.md": "# SwiftMove\nQuote: £1,090, no packing, one van\n",
        "memory/move/quotes/storage-boxit.md": "# BoxIt storage\n£89 a month for 50 sq ft, one month's notice\n",
        "memory/move/booked/solicitor.md": "# Solicitor: Grant Pryce LLP\nCompletion set for 27 November\n",
        "memory/move/checklist.md": "# Moving checklist\n- book the removals\n- redirect the post\n- take meter readings on the day\n",
    ]

    static let concertNotes = ["poster.md", "rehearsals.md", "email-to-members.md"]
    static let orchestra: [String: String] = [
        "memory/orchestra/poster.md":
            "# Millbrook Community Orchestra: Winter Concert\nSaturday 12 December, 7.30 pm\nSt Anne's Church Hall, Mill Lane\nTickets £8, under-16s free\n",
        "memory/orchestra/rehearsals.md":
            "# Rehearsals, autumn term\n- Thursdays, 7 to 9 pm, at the scout hut\n- Extra rehearsal: Sunday 29 November, 2 to 5 pm\n- Concert: 12/12, call time 6.15 pm\n",
        "memory/orchestra/email-to-members.md":
            "Subject: Winter concert\n\nHi all,\nThe winter concert is on Sat 12th Dec at St Anne's. Black clothes, please, and bring a music stand.\nJo\n",
        "memory/orchestra/hall-booking.md": "# St Anne's Hall booking\nMoved to Saturday 19 December, 5 pm to 10.30 pm (confirmed with the vicar)\n",
        "memory/orchestra/concert-2025.md": "# Winter concert 2025\nSaturday 13 December 2025; raised £412 for the food bank\n",
        "memory/orchestra/subs.md": "# Subs\n£40 a term, due by 12 December\n",
    ]
    /// The three concert notes with the concert's date written `poster`, `rehearsals` and `email` in each.
    static func movedConcert(poster: String, rehearsals: String, email: String) -> [(String, String)] {
        [
            (
                "memory/orchestra/poster.md",
                orchestra["memory/orchestra/poster.md"]!.replacingOccurrences(of: "Saturday 12 December", with: poster)
            ),
            (
                "memory/orchestra/rehearsals.md",
                orchestra["memory/orchestra/rehearsals.md"]!.replacingOccurrences(of: "Concert: 12/12", with: "Concert: \(rehearsals)")
            ),
            (
                "memory/orchestra/email-to-members.md",
                orchestra["memory/orchestra/email-to-members.md"]!.replacingOccurrences(of: "Sat 12th Dec", with: email)
            ),
        ]
    }

    static let pets: [String: String] = [
        "memory/pets/biscuit-care.md":
            "# Biscuit (cocker spaniel, 6)\n\n- Food: 1 cup of Burns Original at 7 am and 5 pm, no scraps\n- Walks: twice a day, on the lead near the main road\n- Medicine: half a Metacam tablet with breakfast (for his hips)\n- Vet: Abbey Vets, 01632 960773\n- Hates: the hoover and fireworks\n",
        "memory/pets/biscuit-care-puppy.md": "# Biscuit (puppy, 2020)\n- Food: puppy kibble three times a day\n- Vet: Castle Vets\n",
        "memory/pets/pepper-care.md": "# Pepper the cat\n- Feeds herself from the timer bowl\n- Flea drops on the 1st of the month\n",
        "memory/holiday/sitter-pack/house-notes.md": "# For Megan\n- Wi-fi password: on the fridge\n- Bins go out on Tuesday night\n",
    ]

    static let repair: [String: String] = [
        "memory/repair-cafe/flyer-jan-draft.md":
            "# DRAFT Repair Café, Saturday 16 January\n10 am to 1 pm, Methodist hall (TBC)\nBring: toasters, lamps, clothes to mend\n",
        "memory/repair-cafe/flyer-jan.md":
            "# Repair Café: Saturday 16 January\n10 am to 1 pm at the Methodist hall, Church Street\nBring your broken toasters, lamps, bikes and clothes. Free, donations welcome.\n",
        "memory/repair-cafe/flyer-feb-draft.md": "# DRAFT Repair Café, Saturday 20 February\nVenue to confirm\n",
        "memory/repair-cafe/volunteers.md": "# Fixers\n- Ahmed: electrics\n- Jen: sewing\n- Pete: bikes\n",
    ]

    static let claimLetter = """
        # Lyme Mutual Home Insurance: claim HC-448120

        Dear Mr Osei,

        Thank you for reporting the escape of water from the upstairs bathroom on 3 November, which damaged the kitchen \
        ceiling and the flooring below it.

        We are pleased to confirm that your claim is covered under your buildings and contents policy. Your policy excess \
        of £350 applies and will be deducted from the settlement.

        A loss adjuster, Mr Craig Fenton, will visit on Wednesday 25 November between 1 pm and 4 pm to assess the damage. \
        Please do not throw away the damaged flooring before his visit.

        To help us settle the claim quickly, please email photographs of the damage and two written quotes for the repairs \
        to claims@lymemutual.example by 4 December.

        If you need emergency accommodation, call our 24-hour helpline on 0800 123 4567.

        Yours sincerely,
        Dana Whitfield
        Claims handler

        """
    static let claim: [String: String] = [
        "memory/home/insurance-claim-letter.md": claimLetter,
        "memory/home/insurance-claim-2023.md":
            "# Lyme Mutual, claim HC-201377 (2023)\nStolen bike: settled at £420 less the £100 excess, paid on 12 June 2023.\n",
        "memory/home/policy.md": "# Home insurance\nLyme Mutual, buildings and contents; renews 1 March\n",
    ]
    static let claimSummary =
        "- The claim for the water damage to the kitchen ceiling and flooring is covered, less the 350 GBP excess.\n- A loss adjuster, Craig Fenton, visits on Wednesday 25 November between 1 pm and 4 pm; keep the damaged flooring until then.\n- Email photos of the damage and two written repair quotes to claims@lymemutual.example by 4 December.\n"

    static let newsletter = """
        # 3rd Millbrook Cubs: autumn newsletter

        Hello families! A busy half term ahead.

        Subs for the autumn term (£45) are due by the 31st Oct; please pay on the OSM app.

        We march in the Remembrance parade on Sun 8/11, meeting at the war memorial at 10.15. Full uniform, please.

        Our sleepover at the scout hut is on Saturday 21 November. Consent forms back by Friday 6th Nov at the latest, please.

        The bag pack at Sainsbury's planned for 29/11 is CANCELLED (the store said no this year).

        Last meeting of term is the Christmas party on Tues 15 December, 6.30 to 8 pm; bring a plate of food to share.

        Akela (Sue)

        """
    static let cubs: [String: String] = [
        "memory/cubs/newsletter-autumn.md": newsletter,
        "memory/cubs/newsletter-summer.md": "# Cubs: summer newsletter\nCamp at Beaumont Park, 10 to 12 July; subs due by 30 April.\n",
        "memory/cubs/uniform.md": "# Uniform\nJumper, necker and woggle; badges sewn on the left arm\n",
    ]
    static let cubDates =
        "- Autumn term subs due: 31 October\n- Sleepover consent forms back: 6 November\n- Remembrance parade: 8 November\n- Sleepover at the scout hut: 21 November\n- Christmas party: 15 December\n"
    /// The newsletter's five dates, each with a pattern for what it is for.
    static let cubEvents: [(event: String, day: Int, month: Int)] = [
        (#"\bsubs\b|subscription|\bfees?\b"#, 31, 10), (#"remembrance|parade"#, 8, 11), (#"consent|\bforms?\b"#, 6, 11),
        (#"sleep-?\s?over|overnight"#, 21, 11), (#"christmas|party"#, 15, 12),
    ]

    static let tools: [String: String] = [
        "memory/tool-library/tools/hedge-trimmer.md": "# Hedge trimmer (Bosch, cordless)\nStatus: available\nDeposit: £10\n",
        "memory/tool-library/tools/ladder.md": "# Extension ladder, 3.5 m\nStatus: on loan to Gary (back 14 Nov)\nDeposit: £15\n",
        "memory/tool-library/tools/pressure-washer.md": "# Pressure washer\nStatus: Available - the hose is a bit leaky\nDeposit: £20\n",
        "memory/tool-library/tools/carpet-cleaner.md": "# Carpet cleaner (Vax)\nStatus: in for repair, pump broken\nDeposit: £20\n",
        "memory/tool-library/tools/drill.md": "# Hammer drill\nStatus: out with Priti until Sunday\nDeposit: £10\n",
        "memory/tool-library/tools/wallpaper-steamer.md": "# Wallpaper steamer\nStatus: available\nNote: was on loan to Ade until 2 Nov, now back\n",
        "memory/tool-library/tools/tile-cutter.md": "# Tile cutter\nStatus: not available (blade missing)\nDeposit: £5\n",
        "memory/tool-library/wishlist.md": "# Wish list\n- sander\n- log splitter\n",
        "memory/tool-library/rules.md": "# Rules\nBorrow for up to a week; the deposit comes back when the tool does.\n",
    ]

    static let cricket: [String: String] = [
        "memory/cricket/fixtures-2027.json": """
        {
          "team": "Millbrook CC 2nd XI",
          "season": 2027,
          "fixtures": [
            {"date": "2027-04-24", "opponent": "Ashby Magna", "venue": "home", "start": "13:30"},
            {"date": "2027-05-01", "opponent": "Kibworth", "venue": "away", "start": "13:00"},
            {"date": "2027-05-08", "opponent": "Great Glen", "venue": "home", "start": "13:30"},
            {"date": "2027-05-15", "opponent": "Lutterworth Town", "venue": "away", "start": "12:30"}
          ]
        }

        """,
        "memory/cricket/fixtures-2026.json":
            "{\"team\": \"Millbrook CC 2nd XI\", \"season\": 2026, \"fixtures\": [{\"date\": \"2026-09-05\", \"opponent\": \"Fleckney\", \"venue\": \"away\", \"start\": \"13:00\"}]}\n",
        "memory/cricket/teas.md": "# Teas\nHome games only; two volunteers a match, sandwiches and cake\n",
    ]
    static let fixturesCSV =
        "date,opponent,venue,start\n2027-04-24,Ashby Magna,home,13:30\n2027-05-01,Kibworth,away,13:00\n2027-05-08,Great Glen,home,13:30\n2027-05-15,Lutterworth Town,away,12:30\n"
    /// The four matches: day, month, opponent (lowercase), at home, start as hhmm.
    static let matches: [(day: Int, month: Int, opponent: String, home: Bool, start: String)] = [
        (24, 4, "ashby magna", true, "1330"), (1, 5, "kibworth", false, "1300"), (8, 5, "great glen", true, "1330"),
        (15, 5, "lutterworth town", false, "1230"),
    ]

    static let feedSkill =
        "---\nname: feed-order\ndescription: Reorder layers pellets before the bin runs out.\n---\nRead memory/hens/feed.md and, if fewer than 5 kg are left, draft an order to outputs/feed-order.md.\n"
    static let hens: [String: String] = [
        "skills/README.md": "Each skill is a folder in skills/ holding a SKILL.md.\n",
        "skills/feed-order/SKILL.md": feedSkill,
        "memory/hens/egg-log.csv": "date,eggs\n2026-11-02,4\n2026-11-03,3\n2026-11-04,4\n2026-11-05,2\n2026-11-06,4\n",
        "memory/hens/flock.md": "# Flock\n- Mabel (Warren)\n- Dot (Speckledy)\n- Henrietta (Bluebelle)\n- Pip (bantam, lays small)\n",
        "memory/hens/feed.md": "# Feed\nLayers pellets: about 8 kg left\n",
    ]

    static let solar: [String: String] = [
        "memory/home/solar-2026.csv":
            "date,kwh\n2026-06-01,18.4\n2026-06-02,21.7\n2026-06-03,9.2\n2026-06-04,24.1\n2026-06-05,16.0\n2026-06-06,23.8\n",
        "memory/home/solar-2025.csv": "date,kwh\n2025-09-28,11.2\n2025-09-29,6.5\n",
        "memory/home/solar-panels.md": "# Solar panels\n12 panels, 4.8 kWp, fitted by SunRight in September 2025\n",
        "memory/money/export-payments.csv": "quarter,kwh_exported,paid_gbp\n2026-Q2,612,91.80\n",
    ]
    static let solarScript =
        "import csv\n\ntotal = 0.0\nbest_date, best_kwh = None, -1.0\nwith open(\"memory/home/solar-2026.csv\") as f:\n    for row in csv.DictReader(f):\n        kwh = float(row[\"kwh\"])\n        total += kwh\n        if kwh > best_kwh:\n            best_date, best_kwh = row[\"date\"], kwh\nprint(f\"Total generated: {total:.1f} kWh\")\nprint(f\"Best day: {best_date} with {best_kwh:.1f} kWh\")\n"

    /// Whether `text` gives the childminder's name, her phone number (07700 900318, any spacing, or
    /// +44), Monday, Wednesday and Thursday and no other day, 8 am to 6 pm (or 08:00 to 18:00), and
    /// £6.50 an hour as the only amount, and nothing from the nursery's or the babysitters' notes.
    static func isChildminder(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let low = t.lowercased()
        let digits = Judge.lines(t).map { $0.filter(\.isNumber) }
        let amounts =
            Judge.found(low, #"£\s*(\d+(?:\.\d+)?)"#) + Judge.found(low, #"(\d+(?:\.\d+)?)\s*(?:gbp|pounds?|an hour|per hour|/\s*h)"#)
        return Judge.has(low, #"\brosa\b"#) && Judge.has(low, #"\bdelgado\b"#)
            && digits.contains { $0.contains("07700900318") || $0.contains("447700900318") }
            && !digits.contains { $0.contains("01632960441") || $0.contains("07700900127") }
            && [#"\bmon(day)?s?\b"#, #"\bwed(nesday)?s?\b"#, #"\bthu(rs?(day)?)?s?\b"#].allSatisfy { Judge.has(low, $0) }
            && !Judge.has(low, #"\btue(s(day)?)?s?\b|\bfri(day)?s?\b|\bsat(urday)?s?\b|\bsun(day)?s?\b"#)
            && Judge.has(
                low,
                #"\b0?8(?:[.:]00)?\s*(?:am|a\.m\.?)?\s*(?:-|–|—|to|till|until|til)\s*(?:0?6|18)(?:[.:]00)?(?![.:]?\d)\s*(?:pm|p\.m\.?)?"#)
            && !Judge.has(low, #"7[.:]45|17[.:]30|5\.80"#)
            && Judge.has(low, #"(?<![\d.])6\.50?(?!\d)"#) && !amounts.isEmpty && amounts.allSatisfy { ["6.50", "6.5"].contains($0) }
    }

    /// Whether `text` is the mortgage note with only its rate and payment lines changed: the rate
    /// 4.24% fixed until 31 October 2031, the payment £1,031.75 (the old values said to have been
    /// aside), the rest as it was.
    static func isMortgage(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(mortgage["memory/money/mortgage.md"])
        let got = Judge.lines(t)
        guard got.count == want.count, let r = want.firstIndex(of: oldRate), let p = want.firstIndex(of: oldPayment) else { return false }
        let aside = #"\(?\b(was|previously|formerly|old:?|replacing|instead of|up from|rising from|increased from)\s+[^)]*\)?"#
        let rate = got[r].lowercased().replacingOccurrences(of: aside, with: " ", options: .regularExpression)
        let payment = got[p].lowercased().replacingOccurrences(of: aside, with: " ", options: .regularExpression)
        return Judge.has(got[r], #"^\W*(interest\s+)?rate\b"#) && Judge.has(rate, #"(?<![\d.])4\.24\s*%"#)
            && Judge.hasDate(rate, day: 31, month: 10) && Judge.found(rate, #"\b(20\d{2})\b"#) == ["2031"] && !Judge.has(rate, #"1\.89"#)
            && Judge.has(got[p], #"^\W*(monthly\s+)?(payment|repayment)"#) && Judge.has(payment, #"(?<![\d.,])1,?031\.75\b"#)
            && !Judge.has(payment, #"842"#) && got.indices.allSatisfy { $0 == r || $0 == p || got[$0] == want[$0] }
    }

    /// Whether `text` is the service log as it was with one more last table row: 18 October 2026
    /// (any date format, a year, if given, 2026), a new chain and brake pads, Spokes & Co, £46.
    static func isServiceLog(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(bike["memory/bike/service-log.md"])
        let got = Judge.lines(t)
        guard got.count == want.count + 1, Array(got.prefix(want.count)) == want, let last = got.last, let cells = tableCells(last),
            cells.count == 4
        else { return false }
        let date = cells[0].lowercased()
        return Judge.hasDate(date, day: 18, month: 10) && Judge.found(date, #"\b(\d{4})\b"#).allSatisfy { $0 == "2026" }
            && Judge.has(cells[1], #"\bchains?\b"#) && Judge.has(cells[1], #"\bbrake[\s-]*pads?\b"#) && Judge.has(cells[2], #"\bspokes\b"#)
            && Judge.has(cells[3], #"^(£\s*)?46(\.00)?(\s*(gbp|pounds))?$"#)
    }

    /// Whether `text` is the concert note `was` with only the concert's line changed: its date now
    /// 19 December, however written, not the 12th (the old date said to have been aside), and every
    /// other word of the line kept.
    static func hasNewDate(_ text: String?, _ was: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(was)
        let got = Judge.lines(t)
        guard got.count == want.count, let i = want.firstIndex(where: { Judge.hasDate($0.lowercased(), day: 12, month: 12) }) else {
            return false
        }
        let said = got[i].lowercased().replacingOccurrences(
            of: #"\(?\b(was|previously|formerly|originally|moved from|changed from|postponed from|instead of)\b[^)]*\)?"#, with: " ",
            options: .regularExpression)
        let kept = want[i].lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init).filter {
            !["12", "12th", "dec", "december"].contains($0)
        }
        return Judge.hasDate(said, day: 19, month: 12) && !Judge.hasDate(said, day: 12, month: 12) && kept.allSatisfy { said.contains($0) }
            && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
    }

    /// The day numbers `text` (lowercase) gives in the month starting `month` ("dec"), day first or
    /// month first ("4 December", "Dec 4th", "4/12"), a time after the month's name aside.
    static func days(_ text: String, _ month: String, _ number: Int) -> [String] {
        Judge.found(text, #"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?\#(month)"#)
            + Judge.found(text, #"\b\#(month)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:am|pm|a\.m|p\.m|[.:]\d|[-–]))"#)
            + Judge.found(text, #"\b(\d{1,2})/0?\#(number)\b"#)
    }

    /// Whether `text` sums up the claim letter in three bullet points (a title line before them
    /// aside; each at most forty words, about ninety in all): the claim covered with the £350
    /// excess, the adjuster's visit on 25 November, the photos and two quotes to send by 4 December,
    /// and no amount, time or date the letter does not give, nor anything from the 2023 claim.
    static func isClaimSummary(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let bullet = #"^([-*+•]|\d+[.)])\s+\S"#
        var all = Judge.lines(t)
        if all.count > 1, let first = all.first,
            first.hasPrefix("#") || (!Judge.has(first, bullet) && first.split(separator: " ").count <= 8 && !Judge.has(first, #"[.!?]$"#))
        {
            all.removeFirst()
        }
        guard all.count == 3, all.allSatisfy({ Judge.has($0, bullet) && $0.split(separator: " ").count <= 40 }) else { return false }
        let low = all.joined(separator: " ").lowercased()
        let words = low.split(separator: " ").filter { $0.contains { $0.isLetter || $0.isNumber } }.count
        guard words >= 15, words <= 90 else { return false }
        let amounts = (Judge.found(low, #"£\s*([\d,]+(?:\.\d+)?)"#) + Judge.found(low, #"\b([\d,]+(?:\.\d+)?)\s*(?:gbp|pounds?)\b"#)).map {
            $0.replacingOccurrences(of: ".00", with: "")
        }
        let clock = Judge.found(low, #"(?<![£\d.,])\b(\d{1,2}[.:]\d{2})(?!\d)"#)
        let hours = Judge.found(low, #"\b(\d{1,2})(?:[.:]\d{2})?\s*(?:am|pm|a\.m|p\.m)"#)
        return Judge.has(low, #"\bcover(ed)?\b|accept|approv|agreed|confirm"#) && Judge.has(low, #"(?<![\d,.])350(?!\d)"#)
            && Judge.has(low, #"\bexcess\b"#) && Judge.has(low, #"adjuster|visit|inspect|assess"#) && Judge.hasDate(low, day: 25, month: 11)
            && Judge.has(low, #"photo|pictures|images"#) && Judge.has(low, #"\bquotes?\b|quotations?|estimates?"#)
            && Judge.hasDate(low, day: 4, month: 12) && amounts.allSatisfy { $0 == "350" }
            && clock.allSatisfy { ["13:00", "13.00", "16:00", "16.00", "1:00", "1.00", "4:00", "4.00"].contains($0) }
            && hours.allSatisfy { ["1", "4", "13", "16"].contains($0) } && days(low, "nov", 11).allSatisfy { ["3", "25"].contains($0) }
            && days(low, "dec", 12).allSatisfy { ["4", "04"].contains($0) } && !Judge.has(low, #"420|\b100\b|201377|\bbike|stolen"#)
    }

    /// Whether `text` lists the newsletter's five dates each with what it is for (subs 31 October,
    /// the parade 8 November, the consent forms 6 November, the sleepover 21 November, the party
    /// 15 December), one entry each, any order, any date format, and not the cancelled bag pack nor
    /// the summer newsletter's. An entry about the sleepover's consent forms is the forms' entry.
    static func isCubDates(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t),
            !Judge.has(t, #"bag pack|sainsbury|cancel|\bjuly\b|30 april|\bcamp\b|beaumont|29(th)?\s+nov|29/11|nov\w*\.?\s+29"#)
        else { return false }
        let entries = Judge.items(t).filter { !Judge.isTableRule($0) }.map { $0.lowercased() }
        let event = { (e: String) -> [Int] in
            Judge.has(e, cubEvents[2].event) ? [2] : cubEvents.indices.filter { Judge.has(e, cubEvents[$0].event) }
        }
        let dates = { (e: String) -> [Int] in
            cubEvents.indices.filter { Judge.hasDate(e, day: cubEvents[$0].day, month: cubEvents[$0].month) }
        }
        let named = entries.indices.filter { !event(entries[$0]).isEmpty || !dates(entries[$0]).isEmpty }
        guard named.count == cubEvents.count, let first = named.first, named == Array(first..<first + named.count),
            entries.count == first + named.count, first <= 2
        else { return false }
        if first == 2 && !entries[1].hasPrefix("|") { return false }
        let pairs = named.map { (event(entries[$0]), dates(entries[$0])) }
        return pairs.allSatisfy { $0.0.count == 1 && $0.0 == $0.1 } && Set(pairs.map(\.0)).count == cubEvents.count
    }

    /// Whether `text` lists the three tools available now (the hedge trimmer, the pressure washer,
    /// the wallpaper steamer), by file name or title, and none on loan, out, in repair or "not
    /// available", nor anything from the wish list.
    static func isToolList(_ text: String?) -> Bool {
        Judge.isNamedList(
            text, [#"hedge"#, #"pressure"#, #"wallpaper|steamer"#], banned: #"ladder|carpet|\bdrill|tile|sander|log splitter"#)
    }

    /// `cell` as a 24-hour time, hhmm ("13:30", "1.30 pm" and "1:30pm" are "1330"), or nil.
    static func clock(_ cell: String) -> String? {
        let c = cell.lowercased().trimmingCharacters(in: .whitespaces)
        let re = try! NSRegularExpression(pattern: #"^(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$"#)  // a constant pattern
        guard let m = re.firstMatch(in: c, range: NSRange(c.startIndex..., in: c)), let r = Range(m.range(at: 1), in: c),
            var hour = Int(c[r])
        else { return nil }
        let minutes = Range(m.range(at: 2), in: c).map { String(c[$0]) } ?? "00"
        if let p = Range(m.range(at: 3), in: c), c[p].hasPrefix("p"), hour < 12 { hour += 12 }
        return (hour < 10 ? "0" : "") + "\(hour)" + minutes
    }

    /// Whether `text` is the 2027 fixtures as CSV: a header row (date, opponent, venue, start, any
    /// case, any column order) and the four matches in any order (quoted cells, CRLF, another date
    /// or time format, H or A for the venue aside), nothing else.
    static func isFixturesCSV(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !t.contains("|"), !t.contains("{") else { return false }
        let rows = Judge.lines(t).map(Judge.csvCells)
        guard rows.count == 5, rows.allSatisfy({ $0.count == 4 }) else { return false }
        let header = rows[0].map { $0.lowercased() }
        guard let d = header.firstIndex(where: { Judge.has($0, #"date|\bday\b|when"#) }),
            let o = header.firstIndex(where: { Judge.has($0, #"opp|against|\bteam\b|\bvs\b|versus|club"#) }),
            let v = header.firstIndex(where: { Judge.has($0, #"venue|home|away|where|ground|\bh/a\b"#) }),
            let s = header.firstIndex(where: { Judge.has($0, #"start|time|bowl"#) }), Set([d, o, v, s]).count == 4
        else { return false }
        var left = Array(matches.indices)
        for r in rows.dropFirst() {
            let date = r[d].lowercased()
            let opponent = r[o].lowercased().replacingOccurrences(of: #"\s+(cc|cricket club)$"#, with: "", options: .regularExpression)
            let venue = r[v].lowercased()
            let home: Bool? = ["home", "h"].contains(venue) ? true : ["away", "a"].contains(venue) ? false : nil
            guard Judge.found(date, #"\b(\d{4})\b"#).allSatisfy({ $0 == "2027" }),
                let i = left.first(where: { m in
                    Judge.hasDate(date, day: matches[m].day, month: matches[m].month) && opponent == matches[m].opponent
                        && home == matches[m].home && clock(r[s]) == matches[m].start
                })
            else { return false }
            left.removeAll { $0 == i }
        }
        return left.isEmpty
    }

    /// Whether `text` is a skill named egg-tally with a description, whose body reads egg-log.csv,
    /// keeps the last seven days (or week), totals the eggs, gives the average per day and saves
    /// them in outputs/egg-tally.md.
    static func isEggSkill(_ text: String?) -> Bool {
        guard let t = text, let (fields, body) = Judge.skill(t) else { return false }
        let b = body.lowercased()
        let rest = b.replacingOccurrences(of: "outputs/egg-tally.md", with: " ").replacingOccurrences(of: "egg-tally", with: " ")
        return fields["name"] == "egg-tally" && (fields["description"] ?? "").count >= 10 && b.count >= 40
            && b.contains("outputs/egg-tally.md") && rest.contains("egg-log.csv")
            && Judge.has(rest, #"\b7[-\s]*days?\b|\bseven[-\s]+days?\b|\b(a|one|the last|the past|last|past|this)\s+week\b"#)
            && Judge.has(rest, #"\btotal|\badd|\bsum\b|\bcount"#) && Judge.has(rest, #"\baverage|\bmean\b|per day|a day\b|daily"#)
    }

    /// Whether `text` is a Python script (a shebang, if any, names Python) that opens this year's
    /// readings (not last year's), reads the numbers, adds them up, finds the highest day with its
    /// date and prints two values, writing, moving or removing nothing. Comments and a fenced reply
    /// do not count.
    static func isSolarScript(_ text: String?) -> Bool {
        guard let script = Judge.readOnlyPython(text, reading: "solar-2026.csv", not: "solar-2025") else { return false }
        let (code, twoValues) = (script.code, script.twoValues)
        let has = script.has
        return has(["open(", "read_text(", "read_csv("]) && has(["float(", "Decimal(", "read_csv("])
            && Judge.has(code, #"\+=|\bsum\(|\.sum\("#)
            && Judge.has(code, #"\bmax\(|\.idxmax\(|\.max\(|\.nlargest\(|sort_values\(|sorted\(|\.sort\(|>=?\s*best|best\w*\s*<"#)
            && Judge.has(code, #"date|\bday"#) && twoValues
    }
}
