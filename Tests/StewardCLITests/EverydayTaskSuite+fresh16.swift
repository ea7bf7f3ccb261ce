import Foundation

/// A sixteenth fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first fifteen: by someone who had not read the agent loop, its tools, its prompts, its tests or
/// any result. Fourteen intentions, numbered 1701 to 1714, one for each kind the issue names
/// (create, a house-sitter's watering note for three plants, how often in figures or words; edit in
/// place, one child's weekly pocket money raised with the same amount on the other's line; append a
/// donation as a row to a Gift Aid donations log CSV; rename a numbered scan found by what it
/// holds; move a school trip's consent form from downloads into the child's school folder; several
/// files, a new office address on three work templates of four; copy a CV into a job application's
/// folder; delete a cancelled gym membership's note; summarise a school's residential trip letter
/// in three bullet points; extract the households coming to a barbecue with how many, the one that
/// said no and the one that has not answered left out; list-and-save the tools lent out, by the
/// status line inside each; convert a swimming timetable from JSON to a Markdown table; a skill
/// that checks the month's spending against a budget; a Python script that prints the total
/// distance run and the average pace), each worded three ways as people word them (files named by
/// path, by bare name or by what they are; numbers and times in figures or words; chatty context),
/// run as Steward chooses. Every fixture holds a look-alike beside the right file (the keys and
/// bins notes, the other child's line, last year's donations log and the sponsorship note, the
/// boiler service invoice's scan, the family zoo tickets and the brother's folder, the old office's
/// meter reading, the old CV and the cover letter, the cancellation and the climbing wall, last
/// year's farm letter, the no and the no-answer, the tools in the shed, the spring term's
/// timetable, another skill, last year's runs). Judged by content as a person would (other list
/// markers, entry, row and column order, spacing, a title line, a table for a list, another date,
/// time, number or amount format, number words, quoted CSV cells with CRLF, a lost final newline
/// pass) and by "nothing else changed" (the wrong file, the wrong folder, a copy where a move was
/// asked fail). Frozen in a commit of its own before any run with a model: never tune the loop on
/// it, and run it as it is (`STEWARD_SUITE_PART=fresh16`).
extension EverydayTaskSuite {
    static let fresh16: [Intention] = [
        Intention(
            number: 1701, kind: "create: a house-sitter's watering note for three plants, each with how often, in figures or words",
            fixtures: Fresh16.sitting,
            wordings: [
                (
                    .imperative,
                    "Create memory/house-sitting/watering.md for Mrs Patel: water the fern every 2 days, the orchid once a week and the cactus every 3 weeks"
                ),
                (
                    .request,
                    "Could you write a watering note for Mrs Patel, who's minding the house, as watering.md in memory/house-sitting? The fern needs water every other day, the orchid once a week and the cactus only every three weeks."
                ),
                (
                    .context,
                    "We're away for a month from Friday and our neighbour Mrs Patel is looking after the house plants. Please create memory/house-sitting/watering.md with one line per plant saying how often to water it: the fern every second day, the orchid weekly, and the cactus just once every three weeks. The keys and bins notes in that folder stay as they are."
                ),
            ], changed: ["memory/house-sitting/watering.md"],
            check: { f in
                Fresh16.isWatering(f("memory/house-sitting/watering.md")) && Judge.untouched(f, Array(Fresh16.sitting.keys), Fresh16.sitting)
            },
            solution: ops(writes: [
                ("memory/house-sitting/watering.md", "# Watering\n- Fern: every 2 days\n- Orchid: once a week\n- Cactus: every 3 weeks\n")
            ])),
        Intention(
            number: 1702, kind: "edit in place: one child's weekly pocket money raised, the other's same amount left", fixtures: Fresh16.pocket,
            wordings: [
                (.imperative, "In memory/family/pocket-money.md, raise Leo's pocket money from 5 GBP to 6 GBP a week"),
                (
                    .request,
                    "Leo turned twelve and we agreed he'd get six pounds a week from now on. Could you update his line in the pocket money note in memory/family?"
                ),
                (
                    .context,
                    "Leo has been doing extra jobs around the house, so from this Saturday his pocket money goes up to £6 a week instead of £5. Please change his amount in memory/family/pocket-money.md. Mia stays on 5 GBP, so leave her line and the rest of the note as they are, and the chores note too."
                ),
            ], changed: ["memory/family/pocket-money.md"],
            check: { f in
                Fresh16.isPocketMoney(f("memory/family/pocket-money.md"))
                    && Judge.untouched(f, ["memory/family/chores.md", "memory/money/kids-savings.md"], Fresh16.pocket)
            },
            solution: ops(writes: [
                (
                    "memory/family/pocket-money.md",
                    Fresh16.pocket["memory/family/pocket-money.md"]!.replacingOccurrences(of: "- Leo: 5 GBP a week", with: "- Leo: 6 GBP a week")
                )
            ])),
        Intention(
            number: 1703, kind: "append: a charity donation as a new last row of a Gift Aid donations log CSV", fixtures: Fresh16.giving,
            wordings: [
                (.imperative, "Append a row to memory/money/donations-2026.csv: 3 October 2026, Shelter, 25.00 GBP, Gift Aid yes"),
                (
                    .request,
                    "I gave £25 to Shelter on the third of October and ticked the Gift Aid box. Could you add it to the bottom of this year's donations log in memory/money?"
                ),
                (
                    .context,
                    "I keep a log of my charity donations so I can claim the Gift Aid on my tax return. On 3 October 2026 I gave 25 GBP to Shelter, with Gift Aid. Please add it as a new last row of memory/money/donations-2026.csv, in the same columns as the rows above. Last year's log is a separate file and stays as it is, and so does the sponsorship note."
                ),
            ], changed: ["memory/money/donations-2026.csv"],
            check: { f in
                Fresh16.isDonationsLog(f("memory/money/donations-2026.csv"))
                    && Judge.untouched(
                        f, ["memory/money/donations-2025.csv", "memory/money/sponsorship.md", "memory/admin/tax-return.md"], Fresh16.giving)
            },
            solution: ops(writes: [
                ("memory/money/donations-2026.csv", Fresh16.giving["memory/money/donations-2026.csv"]! + "2026-10-03,Shelter,25.00,yes\n")
            ])),
        Intention(
            number: 1704, kind: "rename: a numbered scan, named for the boiler warranty it holds", fixtures: Fresh16.scans,
            wordings: [
                (.imperative, "Rename memory/scans/scan-0042.txt to boiler-warranty.txt in the same folder"),
                (
                    .request,
                    "One of the scans in memory/scans is the boiler's warranty certificate. Could you rename it boiler-warranty.txt and keep it in that folder?"
                ),
                (
                    .context,
                    "The scanner names everything scan-and-a-number, and I could never find the boiler warranty when the engineer asked for it. Please find the scanned warranty in memory/scans and rename it to boiler-warranty.txt, in the same folder and with its text unchanged. The scan of the boiler service invoice is about the boiler too, but it isn't the warranty, so it keeps its name."
                ),
            ], changed: ["memory/scans/scan-0042.txt", "memory/scans/boiler-warranty.txt"],
            check: { f in
                Judge.moved(f, "memory/scans/scan-0042.txt", to: "memory/scans/boiler-warranty.txt", Fresh16.scans)
                    && Judge.untouched(f, ["memory/scans/scan-0041.txt", "memory/scans/scan-0043.txt", "memory/house/boiler.md"], Fresh16.scans)
            }, solution: ops(#"{"op":"move","from":"memory/scans/scan-0042.txt","to":"memory/scans/boiler-warranty.txt"}"#)),
        Intention(
            number: 1705, kind: "move into a folder: a school trip's consent form from downloads into the child's school folder",
            fixtures: Fresh16.school,
            wordings: [
                (.imperative, "Move memory/downloads/zoo-trip-consent.md into memory/school/ruby"),
                (
                    .request,
                    "Could you file Ruby's consent form for the zoo trip? It's in memory/downloads and belongs in her school folder, memory/school/ruby."
                ),
                (
                    .context,
                    "Ruby's teacher emailed the consent form for the class trip to Chester Zoo and I saved it in my downloads folder. Please move memory/downloads/zoo-trip-consent.md into memory/school/ruby, next to her reading record, keeping its name. The zoo tickets in downloads are for our family day out, so they stay put, and Finn's folder is her brother's."
                ),
            ], changed: ["memory/downloads/zoo-trip-consent.md", "memory/school/ruby/zoo-trip-consent.md"],
            check: { f in
                Judge.moved(f, "memory/downloads/zoo-trip-consent.md", to: "memory/school/ruby/zoo-trip-consent.md", Fresh16.school)
                    && Judge.untouched(
                        f,
                        [
                            "memory/downloads/zoo-tickets.md", "memory/downloads/train-times.md", "memory/school/ruby/reading-record.md",
                            "memory/school/finn/swimming-consent.md",
                        ], Fresh16.school)
            }, solution: ops(#"{"op":"move","from":"memory/downloads/zoo-trip-consent.md","to":"memory/school/ruby/zoo-trip-consent.md"}"#)),
        Intention(
            number: 1706, kind: "several files: a new office address on three work templates of four, the old office's left",
            fixtures: Fresh16.templates,
            wordings: [
                (
                    .imperative,
                    "Change the address from 14 Mill Lane, Leeds LS2 7PQ to 3 Canal Wharf, Leeds LS11 5BB in memory/work/templates/invoice.md, letterhead.md and email-signature.md"
                ),
                (
                    .request,
                    "We've moved office! Could you put our new address, 3 Canal Wharf, Leeds LS11 5BB, in the invoice, letterhead and email signature templates in memory/work/templates? The final meter reading one is about the old office, so not that."
                ),
                (
                    .context,
                    "Harper Design moved into the new office at 3 Canal Wharf, Leeds LS11 5BB on Monday, and clients keep getting the old address. Each template in memory/work/templates has an Address line; please change it to the new address in the invoice, letterhead and email signature templates and leave everything else in them alone. The final meter reading template has to keep 14 Mill Lane, since it's about the old place."
                ),
            ], changed: Set(Fresh16.updatedTemplates.map { "memory/work/templates/\($0)" }),
            check: { f in
                Fresh16.updatedTemplates.allSatisfy {
                    Fresh16.hasNewAddress(f("memory/work/templates/\($0)"), Fresh16.templates["memory/work/templates/\($0)"])
                } && Judge.untouched(f, ["memory/work/templates/final-meter-reading.md", "memory/work/clients.md"], Fresh16.templates)
            },
            solution: ops(
                writes: Fresh16.updatedTemplates.map {
                    (
                        "memory/work/templates/\($0)",
                        Fresh16.templates["memory/work/templates/\($0)"]!.replacingOccurrences(of: Fresh16.oldAddress, with: Fresh16.newAddress)
                    )
                })),
        Intention(
            number: 1707, kind: "copy: a CV into a job application's folder, the master kept", fixtures: Fresh16.jobs,
            wordings: [
                (.imperative, "Copy memory/work/cv.md to memory/work/applications/greenleaf-trust/cv.md"),
                (
                    .request,
                    "Could you put a copy of my current CV, cv.md in memory/work, into the folder for my Greenleaf Trust application, memory/work/applications/greenleaf-trust? Keep the name cv.md and leave the original where it is."
                ),
                (
                    .context,
                    "I'm applying to be volunteer manager at the Greenleaf Trust and want to tailor my CV for them without spoiling the master copy. Please copy memory/work/cv.md, unchanged, to memory/work/applications/greenleaf-trust/cv.md. Don't use the old 2016 CV, and the cover letter template isn't needed yet."
                ),
            ], changed: ["memory/work/applications/greenleaf-trust/cv.md"],
            check: { f in
                let copy = f("memory/work/applications/greenleaf-trust/cv.md")
                return copy != nil && !Judge.fenced(copy!) && Judge.lines(copy) == Judge.lines(Fresh16.jobs["memory/work/cv.md"])
                    && Fresh16.jobs.keys.allSatisfy { f($0) == Fresh16.jobs[$0] }
            }, solution: ops(writes: [("memory/work/applications/greenleaf-trust/cv.md", Fresh16.jobs["memory/work/cv.md"]!)])),
        Intention(
            number: 1708, kind: "delete: a cancelled gym membership's note beside its cancellation and a membership still paid",
            fixtures: Fresh16.subscriptions,
            wordings: [
                (.imperative, "Delete memory/subscriptions/gym.md"),
                (
                    .request,
                    "I've finally cancelled the gym! Could you delete its membership note from memory/subscriptions? Keep the cancellation confirmation, though."
                ),
                (
                    .context,
                    "My PureGym membership ended after the last payment on 1 October, so the note about it is out of date. Please delete the gym membership note in memory/subscriptions, but keep the cancellation confirmation in case they try to charge me again; I still go to the climbing wall, so leave its note alone, and the direct debits list too."
                ),
            ], changed: ["memory/subscriptions/gym.md"],
            check: { f in
                f("memory/subscriptions/gym.md") == nil
                    && Judge.untouched(
                        f,
                        ["memory/subscriptions/gym-cancellation.md", "memory/subscriptions/climbing-wall.md", "memory/money/direct-debits.md"],
                        Fresh16.subscriptions)
            }, solution: ops(#"{"op":"delete","path":"memory/subscriptions/gym.md"}"#)),
        Intention(
            number: 1709, kind: "summarise: a school's residential trip letter in three bullet points of what to do",
            fixtures: [
                "memory/school/whitby-letter.md": Fresh16.tripLetter, "memory/school/farm-letter-2025.md": Fresh16.farmLetter2025,
                "memory/family/calendar.md": "# November\n- 7 November: fireworks at the park\n- 14 November: Gran's birthday\n",
            ],
            wordings: [
                (.imperative, "Summarise memory/school/whitby-letter.md in three bullet points in outputs/whitby-trip.md"),
                (
                    .request,
                    "Could you boil the school's letter about Alfie's Whitby trip down to three bullet points, so I know what we have to do? It's whitby-letter.md in memory/school; save the bullets as outputs/whitby-trip.md."
                ),
                (
                    .context,
                    "Alfie's school sent a long letter about the Year 6 residential trip and I keep missing the important bits. Please read memory/school/whitby-letter.md and write three short bullet points with what we need to do and when to outputs/whitby-trip.md, so I can pin it up by the calendar. The 2025 farm letter is from last year and doesn't come into it."
                ),
            ], changed: ["outputs/whitby-trip.md"], check: { f in Fresh16.isTripSummary(f("outputs/whitby-trip.md")) },
            solution: ops(writes: [("outputs/whitby-trip.md", Fresh16.tripBullets)])),
        Intention(
            number: 1710, kind: "extract: the households coming to a barbecue, each with how many, the no and the no-answer left out",
            fixtures: Fresh16.party,
            wordings: [
                (
                    .imperative,
                    "Extract the households that said yes to the barbecue, each with how many are coming, from memory/party/rsvps.md into outputs/barbecue-guests.md, one per line"
                ),
                (
                    .request,
                    "Could you go through the barbecue replies in memory/party/rsvps.md and list everyone who's coming, with how many people in each party, in outputs/barbecue-guests.md? I need numbers for the butcher."
                ),
                (
                    .context,
                    "I'm ordering the meat for Saturday's barbecue and need to know who is actually coming. Please read memory/party/rsvps.md and write each household that said yes, with the number of people coming, to outputs/barbecue-guests.md, one per line. The Hendersons said no and the Lius haven't answered, so leave them out, and last year's guest list has nothing to do with it."
                ),
            ], changed: ["outputs/barbecue-guests.md"], check: { f in Fresh16.isGuestList(f("outputs/barbecue-guests.md")) },
            solution: ops(writes: [("outputs/barbecue-guests.md", "- The Mortons: 4\n- Aunt Grace: 1\n- The Pereiras: 3\n")])),
        Intention(
            number: 1711, kind: "list-and-save: the tools lent out to neighbours, by the status line inside each", fixtures: Fresh16.tools,
            wordings: [
                (.imperative, "List the tools in memory/tools that are lent out and save the list to outputs/lent-tools.md"),
                (
                    .request,
                    "Could you check my tool notes in memory/tools and write down which ones are lent out at the moment in outputs/lent-tools.md? Each note has a Status line."
                ),
                (
                    .context,
                    "Half my tools seem to be at the neighbours' and I want them back before winter. Each note in memory/tools has a Status line saying where the tool is. Please save the ones currently lent to someone to outputs/lent-tools.md, one per line, and leave out anything that's in the shed or the garage."
                ),
            ], changed: ["outputs/lent-tools.md"], check: { f in Fresh16.isLentList(f("outputs/lent-tools.md")) },
            solution: ops(writes: [("outputs/lent-tools.md", "- hedge-trimmer.md\n- pressure-washer.md\n- wheelbarrow.md\n")])),
        Intention(
            number: 1712, kind: "convert: a swimming lesson timetable from JSON to a Markdown table", fixtures: Fresh16.swimming,
            wordings: [
                (.imperative, "Convert memory/kids/swimming.json into a Markdown table in outputs/swimming.md, with a header row"),
                (
                    .request,
                    "Could you turn the kids' swimming timetable, swimming.json in memory/kids, into a Markdown table I can print for the fridge? Save it as outputs/swimming.md, please."
                ),
                (
                    .context,
                    "The leisure centre's app only lets me export the children's swimming lessons as JSON, which nobody at home can read. Please convert memory/kids/swimming.json into a Markdown table with a header row and one row per lesson, and save it as outputs/swimming.md. The spring term file is out of date, so leave it out."
                ),
            ], changed: ["outputs/swimming.md"], check: { f in Fresh16.isSwimmingTable(f("outputs/swimming.md")) },
            solution: ops(writes: [
                (
                    "outputs/swimming.md",
                    "| Child | Day | Time | Pool |\n|---|---|---|---|\n| Isla | Monday | 17:00 | Main pool |\n| Isla | Thursday | 17:30 | Learner pool |\n| Rory | Tuesday | 16:15 | Learner pool |\n| Rory | Saturday | 09:00 | Main pool |\n"
                )
            ])),
        Intention(
            number: 1713, kind: "skill: a monthly budget check that flags the spending categories over budget", fixtures: Fresh16.money,
            wordings: [
                (
                    .imperative,
                    "Create skills/budget-check/SKILL.md, a skill named budget-check with a description, that adds up memory/money/spending.csv by category, compares each total with memory/money/budget.md and writes the categories over budget to outputs/budget-check.md"
                ),
                (
                    .request,
                    "Could you write me a skill called budget-check? It should total my spending in memory/money/spending.csv for each category, compare that with my budget in memory/money/budget.md, and list any category I've overspent in outputs/budget-check.md."
                ),
                (
                    .context,
                    "I always find out I've overspent when it's too late. Please write a skill named budget-check, with its name and a description in front matter like my meal-plan skill, that tells the agent to add up what I've spent per category in memory/money/spending.csv, check each total against the limits in memory/money/budget.md, and save the categories that have gone over budget to outputs/budget-check.md."
                ),
            ], changed: ["skills/budget-check/SKILL.md"],
            check: { f in Fresh16.isBudgetSkill(f("skills/budget-check/SKILL.md")) && f("skills/meal-plan/SKILL.md") == Fresh16.mealPlanSkill },
            solution: ops(writes: [
                (
                    "skills/budget-check/SKILL.md",
                    "---\nname: budget-check\ndescription: Total the month's spending by category and flag any category over its budget.\n---\nRead memory/money/spending.csv and add up the amounts for each category.\nCompare each total with that category's limit in memory/money/budget.md.\nWrite every category that is over budget, with its total and its limit, to outputs/budget-check.md.\n"
                )
            ])),
        Intention(
            number: 1714, kind: "script: a Python script that prints the total distance run and the average pace", fixtures: Fresh16.running,
            wordings: [
                (
                    .imperative,
                    "Write memory/running/pace.py, a Python script that reads memory/running/runs.csv and prints the total distance in km and the average pace in minutes per km"
                ),
                (
                    .request,
                    "Could you write a small Python script, pace.py in memory/running, that reads my runs from runs.csv in the same folder and prints how many kilometres I've run in total and my average pace per kilometre?"
                ),
                (
                    .context,
                    "I'm training for a half marathon and log every run in memory/running/runs.csv with the date, the kilometres and the minutes it took. Please write a Python script, memory/running/pace.py, that reads that file and prints my total distance and my average pace, the total minutes divided by the total kilometres. Last year's runs are in another file that doesn't count, and the script mustn't change any file."
                ),
            ], changed: ["memory/running/pace.py"], check: { f in Fresh16.isPaceScript(f("memory/running/pace.py")) },
            solution: ops(writes: [("memory/running/pace.py", Fresh16.paceScript)])),
    ]
}

extension EverydayTaskSuite {
    /// Correct results in other forms a careful person accepts (a table, another marker, a title,
    /// spacing, number words, another date, time, number or amount format, another order, quoted
    /// CSV cells with CRLF, columns in another order, a lost final newline, paths or titles for
    /// file names, another way to write the same script), at least one per intention but the
    /// delete (1708), which has no other form.
    static let fresh16Alternatives: [(Int, String)] = [
        (
            1701,
            ops(writes: [
                (
                    "memory/house-sitting/watering.md",
                    "Watering\n\n| Plant | How often |\n|---|---|\n| Cactus | every 21 days |\n| Fern | every 48 hours |\n| Orchid | weekly |\n"
                )
            ])
        ),
        (
            1701,
            ops(writes: [
                (
                    "memory/house-sitting/watering.md",
                    "# Watering for Mrs Patel\n\nThank you so much!\n\n* **Fern**: every other day\n* **Orchid**: once a week\n* **Cactus**: once every three weeks"
                )
            ])
        ),
        (
            1701,
            ops(writes: [
                (
                    "memory/house-sitting/watering.md",
                    "Fern - every two days\nOrchid - every 7 days\nCactus - every three weeks (it likes to dry out)\n"
                )
            ])
        ),
        (
            1702,
            ops(writes: [
                (
                    "memory/family/pocket-money.md",
                    Fresh16.pocket["memory/family/pocket-money.md"]!.replacingOccurrences(
                        of: "- Leo: 5 GBP a week", with: "- Leo: £6 a week (was £5)")
                )
            ])
        ),
        (
            1702,
            ops(writes: [
                (
                    "memory/family/pocket-money.md",
                    Fresh16.pocket["memory/family/pocket-money.md"]!.replacingOccurrences(
                        of: "- Leo: 5 GBP a week", with: "- **Leo:**  6.00 GBP per week"
                    ).trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            1702,
            ops(writes: [
                (
                    "memory/family/pocket-money.md",
                    Fresh16.pocket["memory/family/pocket-money.md"]!.replacingOccurrences(
                        of: "- Leo: 5 GBP a week", with: "- Leo: six pounds a week (up from 5 GBP since he turned 12)")
                )
            ])
        ),
        (
            1703,
            ops(writes: [
                (
                    "memory/money/donations-2026.csv",
                    (Fresh16.giving["memory/money/donations-2026.csv"]! + "\"03/10/2026\",\"Shelter\",\"25.00\",\"yes\"\n").replacingOccurrences(
                        of: "\n", with: "\r\n")
                )
            ])
        ),
        (
            1703,
            ops(writes: [("memory/money/donations-2026.csv", Fresh16.giving["memory/money/donations-2026.csv"]! + "2026-10-03, Shelter, 25, yes")])
        ),
        (
            1703,
            ops(writes: [("memory/money/donations-2026.csv", Fresh16.giving["memory/money/donations-2026.csv"]! + "3 Oct 2026,Shelter,£25.00,Yes\n")])
        ),
        (
            1704,
            ops(
                writes: [("memory/scans/boiler-warranty.txt", Fresh16.scans["memory/scans/scan-0042.txt"]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/scans/scan-0042.txt"}"#)
        ),
        (
            1704,
            ops(
                writes: [
                    ("memory/scans/boiler-warranty.txt", Fresh16.scans["memory/scans/scan-0042.txt"]!.replacingOccurrences(of: "\n", with: "\r\n"))
                ],
                #"{"op":"delete","path":"memory/scans/scan-0042.txt"}"#)
        ),
        (
            1704,
            ops(
                writes: [("memory/scans/boiler-warranty.txt", Fresh16.scans["memory/scans/scan-0042.txt"]! + "\n\n")],
                #"{"op":"delete","path":"memory/scans/scan-0042.txt"}"#)
        ),
        (
            1705,
            ops(
                writes: [("memory/school/ruby/zoo-trip-consent.md", Fresh16.school["memory/downloads/zoo-trip-consent.md"]! + "\n")],
                #"{"op":"delete","path":"memory/downloads/zoo-trip-consent.md"}"#)
        ),
        (
            1705,
            ops(
                writes: [
                    (
                        "memory/school/ruby/zoo-trip-consent.md",
                        Fresh16.school["memory/downloads/zoo-trip-consent.md"]!.replacingOccurrences(of: "\n", with: "\r\n")
                    )
                ],
                #"{"op":"delete","path":"memory/downloads/zoo-trip-consent.md"}"#)
        ),
        (
            1705,
            ops(
                writes: [
                    (
                        "memory/school/ruby/zoo-trip-consent.md",
                        Fresh16.school["memory/downloads/zoo-trip-consent.md"]!.trimmingCharacters(in: .newlines)
                    )
                ],
                #"{"op":"delete","path":"memory/downloads/zoo-trip-consent.md"}"#)
        ),
        (
            1706,
            ops(
                writes: Fresh16.updatedTemplates.map {
                    (
                        "memory/work/templates/\($0)",
                        Fresh16.templates["memory/work/templates/\($0)"]!.replacingOccurrences(
                            of: Fresh16.oldAddress, with: "Address: 3 Canal Wharf, Leeds, LS11 5BB")
                    )
                })
        ),
        (
            1706,
            ops(
                writes: Fresh16.updatedTemplates.map {
                    (
                        "memory/work/templates/\($0)",
                        Fresh16.templates["memory/work/templates/\($0)"]!.replacingOccurrences(
                            of: Fresh16.oldAddress, with: "**Address:**  3 Canal Wharf, Leeds LS11 5BB"
                        ).trimmingCharacters(in: .newlines)
                    )
                })
        ),
        (
            1706,
            ops(
                writes: Fresh16.updatedTemplates.map {
                    (
                        "memory/work/templates/\($0)",
                        Fresh16.templates["memory/work/templates/\($0)"]!.replacingOccurrences(
                            of: Fresh16.oldAddress, with: "Address: 3 Canal Wharf, Leeds LS11 5BB (formerly 14 Mill Lane)")
                    )
                })
        ),
        (
            1707,
            ops(writes: [
                ("memory/work/applications/greenleaf-trust/cv.md", Fresh16.jobs["memory/work/cv.md"]!.trimmingCharacters(in: .newlines))
            ])
        ),
        (
            1707,
            ops(writes: [
                (
                    "memory/work/applications/greenleaf-trust/cv.md",
                    Fresh16.jobs["memory/work/cv.md"]!.replacingOccurrences(of: "\n", with: "\r\n")
                )
            ])
        ),
        (
            1707,
            ops(writes: [
                (
                    "memory/work/applications/greenleaf-trust/cv.md",
                    Fresh16.jobs["memory/work/cv.md"]!.replacingOccurrences(of: "\n", with: "\n\n")
                )
            ])
        ),
        (
            1709,
            ops(writes: [
                (
                    "outputs/whitby-trip.md",
                    "# Whitby trip\n\n* Pay £85 on ParentPay by Fri 6/11.\n* Consent and medical form back by 30/10, with any allergies or medicines.\n* Coach leaves 08:15 on 18 Nov, back about 15:30 on 20 Nov; pack sleeping bag, wellies, waterproof, torch; no phones, max £10 pocket money."
                )
            ])
        ),
        (
            1709,
            ops(writes: [
                (
                    "outputs/whitby-trip.md",
                    "What we need to do for Alfie's trip:\n1. Sign and return the consent and medical form by Friday 30 October (list any allergies or medicines).\n2. Pay the 85 GBP on ParentPay by Friday 6 November.\n3. Drop him at school for the 8.15am coach on 18 November with a sleeping bag, wellies, waterproof and torch, and pick him up around 3.30pm on the 20th.\n"
                )
            ])
        ),
        (
            1709,
            ops(writes: [
                (
                    "outputs/whitby-trip.md",
                    "• Trip: Whitby Outdoor Centre, Wed 18 to Fri 20 Nov; the coach goes at 8:15 am and is back about 3:30 pm.\n• It costs eighty-five pounds, to pay on ParentPay by 6 November; up to £10 pocket money, no phones.\n• Consent and medical form back by 30 Oct, listing allergies and medicines.\n"
                )
            ])
        ),
        (
            1710,
            ops(writes: [
                (
                    "outputs/barbecue-guests.md",
                    "Coming to the barbecue (12 September)\n\n| Household | People |\n|---|---|\n| The Mortons | 4 |\n| Aunt Grace | 1 |\n| The Pereiras | 3 |\n"
                )
            ])
        ),
        (1710, ops(writes: [("outputs/barbecue-guests.md", "- 4: the Mortons\n- 1: Aunt Grace\n- 3: the Pereiras")])),
        (
            1710,
            ops(writes: [
                (
                    "outputs/barbecue-guests.md",
                    "1. The Mortons — all four of them\n2. Aunt Grace — just herself\n3. The Pereiras — three (the eldest is away at university)\n"
                )
            ])
        ),
        (
            1711,
            ops(writes: [
                (
                    "outputs/lent-tools.md",
                    "# Lent out\n\n| Tool | Who has it |\n|---|---|\n| Hedge trimmer | Mr Okoro (number 14) |\n| Pressure washer | Sue (number 8) |\n| Wheelbarrow | Dave next door |\n"
                )
            ])
        ),
        (
            1711,
            ops(writes: [
                ("outputs/lent-tools.md", "memory/tools/wheelbarrow.md\nmemory/tools/hedge-trimmer.md\nmemory/tools/pressure-washer.md")
            ])
        ),
        (
            1711,
            ops(writes: [("outputs/lent-tools.md", "Lent out:\n1. *Hedge trimmer* (Mr Okoro)\n2. *Pressure washer* (Sue)\n3. *Wheelbarrow* (Dave)\n")]
            )
        ),
        (
            1712,
            ops(writes: [
                (
                    "outputs/swimming.md",
                    "# Swimming lessons (autumn term)\n\n| Day | Time | Child | Pool |\n|:---:|:---:|:---:|:---:|\n| Tue | 4:15 pm | Rory | Learner pool |\n| Mon | 5 pm | Isla | Main pool |\n| Sat | 9am | Rory | Main pool |\n| Thu | 5.30pm | Isla | Learner pool |"
                )
            ])
        ),
        (
            1712,
            ops(writes: [
                (
                    "outputs/swimming.md",
                    "| Name | Day | Start time | Where |\n|---|---|---|---|\n| **Isla** | Monday | 17.00 | main pool |\n| **Isla** | Thursday | 17.30 | learner pool |\n| **Rory** | Tuesday | 16.15 | learner pool |\n| **Rory** | Saturday | 09.00 | main pool |\n"
                )
            ])
        ),
        (
            1712,
            ops(writes: [
                (
                    "outputs/swimming.md",
                    "| Pool | Child | Day | Time |\r\n| --- | --- | --- | --- |\r\n| Main pool | Rory | Saturday | 9:00 am |\r\n| Main pool | Isla | Monday | 5:00 pm |\r\n| Learner pool | Rory | Tuesday | 4:15 pm |\r\n| Learner pool | Isla | Thursday | 5:30 pm |\r\n"
                )
            ])
        ),
        (
            1713,
            ops(writes: [
                (
                    "skills/budget-check/SKILL.md",
                    "---\nname: \"budget-check\"\ndescription: >\n  Checks my spending against the monthly budget, category by category.\n---\n\n# Budget check\n\n1. Open `memory/money/spending.csv` and sum the amount column for each category.\n2. Look up each category's limit in `memory/money/budget.md`.\n3. List the categories where I spent more than the limit in `outputs/budget-check.md`, with how much over.\n"
                )
            ])
        ),
        (
            1713,
            ops(writes: [
                (
                    "skills/budget-check/SKILL.md",
                    "---\nname: budget-check\ndescription: |\n  Flags overspending by category.\n---\nTotal up each category in memory/money/spending.csv, then for every category whose total exceeds its limit in memory/money/budget.md, write the category, the total and the limit to outputs/budget-check.md."
                )
            ])
        ),
        (
            1713,
            ops(writes: [
                (
                    "skills/budget-check/SKILL.md",
                    "---\nname: budget-check\ndescription: 'Which spending categories have gone over budget this month.'\n---\n- Read the rows of memory/money/spending.csv (date, category, amount_gbp).\n- Work out the total for every category.\n- Compare each total with memory/money/budget.md; keep the ones above the budget.\n- Save them to outputs/budget-check.md as a short list.\n"
                )
            ])
        ),
        (
            1714,
            ops(writes: [
                (
                    "memory/running/pace.py",
                    "import pandas as pd\n\nruns = pd.read_csv(\"memory/running/runs.csv\")\ntotal_km = runs[\"km\"].sum()\nprint(f\"Total distance: {total_km:.1f} km\")\nprint(f\"Average pace: {runs['minutes'].sum() / total_km:.2f} min/km\")\n"
                )
            ])
        ),
        (
            1714,
            ops(writes: [
                (
                    "memory/running/pace.py",
                    "#!/usr/bin/env python3\n\"\"\"My runs: the total distance and the average pace.\"\"\"\nfrom pathlib import Path\n\nrows = Path(__file__).with_name(\"runs.csv\").read_text().splitlines()[1:]\nkm = [float(r.split(\",\")[1]) for r in rows if r]\nminutes = [float(r.split(\",\")[2]) for r in rows if r]\nprint(f\"Total: {sum(km):.1f} km\")\npace = sum(minutes) / sum(km)\nprint(f\"Average pace: {int(pace)}:{round(pace % 1 * 60):02d} per km\")\n"
                )
            ])
        ),
        (
            1714,
            ops(writes: [
                (
                    "memory/running/pace.py",
                    "import csv\nfrom decimal import Decimal\n\ntotal_km = Decimal(\"0\")\ntotal_min = Decimal(\"0\")\nwith open(\"memory/running/runs.csv\", newline=\"\") as f:\n    reader = csv.reader(f)\n    next(reader)\n    for date, km, minutes in reader:\n        total_km += Decimal(km)\n        total_min += Decimal(minutes)\npace = total_min / total_km\nmins, secs = divmod(round(pace * 60), 60)\nprint(\"Total distance:\", total_km, \"km\")\nprint(f\"Average pace: {mins}:{secs:02d} min/km\")\n"
                )
            ])
        ),
    ]

    /// Wrong or partial results that the sixteenth fresh part's checks must refuse, at least six per intention.
    static let fresh16NearMisses: [(Int, String)] = [
        (1701, ops(writes: [("memory/house-sitting/watering.md", "- Fern: every 2 days\n- Orchid: once a week\n- Cactus: every 2 weeks\n")])),
        (1701, ops(writes: [("memory/house-sitting/watering.md", "- Fern: every 2 days\n- Orchid: once a week\n")])),
        (1701, ops(writes: [("memory/house-sitting/watering.md", "- Fern: once a week\n- Orchid: every 2 days\n- Cactus: every 3 weeks\n")])),
        (
            1701,
            ops(writes: [
                ("memory/house-sitting/watering.md", "Water the fern every 2 days, the orchid once a week and the cactus every 3 weeks.\n")
            ])
        ),
        (
            1701,
            ops(writes: [
                (
                    "memory/house-sitting/keys.md",
                    Fresh16.sitting["memory/house-sitting/keys.md"]! + "- Fern: every 2 days\n- Orchid: once a week\n- Cactus: every 3 weeks\n"
                )
            ])
        ),
        (
            1701,
            ops(writes: [
                ("memory/house-sitting/watering.md", "- Fern: every 2 days\n- Orchid: once a week\n- Cactus: every 3 weeks\n- Basil: every day\n")
            ])
        ),
        (
            1701,
            ops(writes: [("memory/house-sitting/watering.md", "```\n- Fern: every 2 days\n- Orchid: once a week\n- Cactus: every 3 weeks\n```\n")])
        ),
        (1701, ops(writes: [("memory/house-sitting/watering.md", "- Fern\n- Orchid\n- Cactus\n")])),
        (1701, ops(writes: [("memory/watering.md", "- Fern: every 2 days\n- Orchid: once a week\n- Cactus: every 3 weeks\n")])),
        (1701, ops(writes: [("memory/house-sitting/watering.md", "- Fern: every 2 days\n- Orchid: once a week\n- Cactus: every 3 days\n")])),
        (1701, ops(writes: [("memory/house-sitting/watering.md", "- Fern: every 2 days\n- Orchid: every 3 weeks\n- Cactus: once a week\n")])),
        (
            1702,
            ops(writes: [
                (
                    "memory/family/pocket-money.md",
                    Fresh16.pocket["memory/family/pocket-money.md"]!.replacingOccurrences(of: "5 GBP a week", with: "6 GBP a week")
                )
            ])
        ),
        (
            1702,
            ops(writes: [
                (
                    "memory/family/pocket-money.md",
                    Fresh16.pocket["memory/family/pocket-money.md"]!.replacingOccurrences(of: "- Mia: 5 GBP a week", with: "- Mia: 6 GBP a week")
                )
            ])
        ),
        (
            1702,
            ops(writes: [
                (
                    "memory/family/pocket-money.md",
                    Fresh16.pocket["memory/family/pocket-money.md"]!.replacingOccurrences(of: "- Leo: 5 GBP a week", with: "- Leo: 7 GBP a week")
                )
            ])
        ),
        (
            1702,
            ops(writes: [
                (
                    "memory/family/pocket-money.md",
                    Fresh16.pocket["memory/family/pocket-money.md"]!.replacingOccurrences(of: "- Leo: 5 GBP a week", with: "- Leo: 6 GBP a month")
                )
            ])
        ),
        (1702, ops(writes: [("memory/family/pocket-money.md", Fresh16.pocket["memory/family/pocket-money.md"]! + "- Leo: 6 GBP a week\n")])),
        (1702, ops(writes: [("memory/family/pocket-money.md", "- Leo: 6 GBP a week\n")])),
        (
            1702,
            ops(writes: [
                (
                    "memory/family/pocket-money.md",
                    "```markdown\n"
                        + Fresh16.pocket["memory/family/pocket-money.md"]!.replacingOccurrences(
                            of: "- Leo: 5 GBP a week", with: "- Leo: 6 GBP a week") + "```\n"
                )
            ])
        ),
        (
            1702,
            ops(writes: [
                (
                    "memory/family/pocket-money.md",
                    Fresh16.pocket["memory/family/pocket-money.md"]!.replacingOccurrences(of: "- Leo: 5 GBP a week", with: "- Leo: 6 a week")
                )
            ])
        ),
        (
            1702,
            ops(writes: [
                ("memory/family/chores.md", Fresh16.pocket["memory/family/chores.md"]!.replacingOccurrences(of: "50p extra", with: "1 GBP extra"))
            ])
        ),
        (
            1702,
            ops(writes: [
                (
                    "memory/family/pocket-money.md",
                    Fresh16.pocket["memory/family/pocket-money.md"]!.replacingOccurrences(of: "- Leo: 5 GBP a week", with: "- Leo: 6 GBP a week")
                        .replacingOccurrences(of: "- Rule: half goes into their savings\n", with: "")
                )
            ])
        ),
        (
            1702,
            ops(writes: [
                (
                    "memory/family/pocket-money.md",
                    Fresh16.pocket["memory/family/pocket-money.md"]!.replacingOccurrences(
                        of: "- Leo: 5 GBP a week", with: "- Leo: 5 GBP a week, 6 GBP from Saturday")
                )
            ])
        ),
        (
            1703,
            ops(writes: [
                ("memory/money/donations-2025.csv", Fresh16.giving["memory/money/donations-2025.csv"]! + "2026-10-03,Shelter,25.00,yes\n")
            ])
        ),
        (
            1703,
            ops(writes: [
                (
                    "memory/money/donations-2026.csv",
                    Fresh16.giving["memory/money/donations-2026.csv"]!.replacingOccurrences(
                        of: "gift_aid\n", with: "gift_aid\n" + "2026-10-03,Shelter,25.00,yes\n")
                )
            ])
        ),
        (
            1703,
            ops(writes: [("memory/money/donations-2026.csv", Fresh16.giving["memory/money/donations-2026.csv"]! + "2026-10-03,Shelter,52.00,yes\n")])
        ),
        (
            1703,
            ops(writes: [("memory/money/donations-2026.csv", Fresh16.giving["memory/money/donations-2026.csv"]! + "2026-10-03,25.00,Shelter,yes\n")])
        ),
        (1703, ops(writes: [("memory/money/donations-2026.csv", "date,charity,amount_gbp,gift_aid\n" + "2026-10-03,Shelter,25.00,yes\n")])),
        (
            1703,
            ops(writes: [
                ("memory/money/donations-2026.csv", Fresh16.giving["memory/money/donations-2026.csv"]! + "| 2026-10-03 | Shelter | 25.00 | yes |\n")
            ])
        ),
        (
            1703,
            ops(writes: [("memory/money/donations-2026.csv", Fresh16.giving["memory/money/donations-2026.csv"]! + "2026-10-13,Shelter,25.00,yes\n")])
        ),
        (
            1703,
            ops(writes: [
                (
                    "memory/money/donations-2026.csv",
                    "```csv\n" + Fresh16.giving["memory/money/donations-2026.csv"]! + "2026-10-03,Shelter,25.00,yes\n" + "```\n"
                )
            ])
        ),
        (
            1703,
            ops(writes: [("memory/money/donations-2026.csv", Fresh16.giving["memory/money/donations-2026.csv"]! + "2026-10-03,Shelter,25.00,no\n")])
        ),
        (1703, ops(writes: [("memory/money/donations-2026.csv", Fresh16.giving["memory/money/donations-2026.csv"]! + "2026-10-03,Shelter,25.00\n")])),
        (
            1703,
            ops(writes: [("memory/money/donations-2026.csv", Fresh16.giving["memory/money/donations-2026.csv"]! + "2026-10-03,Oxfam,25.00,yes\n")])
        ),
        (
            1703,
            ops(writes: [
                ("memory/money/donations-2026.csv", Fresh16.giving["memory/money/donations-2026.csv"]! + "2026-10-03,Shelter,25.00,yes\n"),
                ("memory/admin/tax-return.md", Fresh16.giving["memory/admin/tax-return.md"]! + "Shelter: 25 GBP on 3 October\n"),
            ])
        ),
        (1704, ops(#"{"op":"move","from":"memory/scans/scan-0043.txt","to":"memory/scans/boiler-warranty.txt"}"#)),
        (1704, ops(writes: [("memory/scans/boiler-warranty.txt", Fresh16.scans["memory/scans/scan-0042.txt"]!)])),
        (1704, ops(#"{"op":"move","from":"memory/scans/scan-0042.txt","to":"memory/house/boiler-warranty.txt"}"#)),
        (1704, ops(#"{"op":"move","from":"memory/scans/scan-0042.txt","to":"memory/scans/boiler-warranty.md"}"#)),
        (
            1704,
            ops(
                writes: [("memory/scans/boiler-warranty.txt", "Boiler warranty: 10 years from 9 June 2024.\n")],
                #"{"op":"delete","path":"memory/scans/scan-0042.txt"}"#)
        ),
        (
            1704,
            ops(
                #"{"op":"move","from":"memory/scans/scan-0042.txt","to":"memory/scans/boiler-warranty.txt"}"#,
                #"{"op":"move","from":"memory/scans/scan-0043.txt","to":"memory/scans/boiler-service-invoice.txt"}"#)
        ),
        (1704, ops(#"{"op":"move","from":"memory/scans/scan-0042.txt","to":"memory/scans/boiler-warranty"}"#)),
        (1704, ops(#"{"op":"move","from":"memory/scans/scan-0042.txt","to":"memory/scans/boiler_warranty.txt"}"#)),
        (1704, ops(#"{"op":"move","from":"memory/scans/scan-0042.txt","to":"memory/scans/boiler/boiler-warranty.txt"}"#)),
        (
            1704,
            ops(
                writes: [("memory/house/boiler.md", Fresh16.scans["memory/house/boiler.md"]! + "Warranty: memory/scans/boiler-warranty.txt\n")],
                #"{"op":"move","from":"memory/scans/scan-0042.txt","to":"memory/scans/boiler-warranty.txt"}"#)
        ),
        (1705, ops(#"{"op":"move","from":"memory/downloads/zoo-tickets.md","to":"memory/school/ruby/zoo-tickets.md"}"#)),
        (
            1705,
            ops(
                #"{"op":"move","from":"memory/downloads/zoo-trip-consent.md","to":"memory/school/ruby/zoo-trip-consent.md"}"#,
                #"{"op":"move","from":"memory/downloads/zoo-tickets.md","to":"memory/school/ruby/zoo-tickets.md"}"#)
        ),
        (1705, ops(writes: [("memory/school/ruby/zoo-trip-consent.md", Fresh16.school["memory/downloads/zoo-trip-consent.md"]!)])),
        (1705, ops(#"{"op":"move","from":"memory/downloads/zoo-trip-consent.md","to":"memory/school/zoo-trip-consent.md"}"#)),
        (1705, ops(#"{"op":"move","from":"memory/downloads/zoo-trip-consent.md","to":"memory/school/finn/zoo-trip-consent.md"}"#)),
        (1705, ops(#"{"op":"move","from":"memory/downloads/zoo-trip-consent.md","to":"memory/school/ruby/consent.md"}"#)),
        (1705, ops(#"{"op":"move","from":"memory/downloads/zoo-trip-consent.md","to":"memory/school/ruby/downloads/zoo-trip-consent.md"}"#)),
        (
            1705,
            ops(
                writes: [
                    (
                        "memory/school/ruby/zoo-trip-consent.md",
                        Fresh16.school["memory/downloads/zoo-trip-consent.md"]!.replacingOccurrences(
                            of: "Signed: ________", with: "Signed: Kate Hale")
                    )
                ],
                #"{"op":"delete","path":"memory/downloads/zoo-trip-consent.md"}"#)
        ),
        (1705, ops(#"{"op":"move","from":"memory/downloads/zoo-trip-consent.md","to":"memory/school/ruby/zoo-trip-consent.txt"}"#)),
        (
            1705,
            ops(
                writes: [
                    (
                        "memory/school/ruby/reading-record.md",
                        Fresh16.school["memory/school/ruby/reading-record.md"]! + "Zoo trip consent: filed\n"
                    )
                ],
                #"{"op":"move","from":"memory/downloads/zoo-trip-consent.md","to":"memory/school/ruby/zoo-trip-consent.md"}"#)
        ),
        (
            1706,
            ops(
                writes: Fresh16.updatedTemplates.prefix(2).map {
                    (
                        "memory/work/templates/\($0)",
                        Fresh16.templates["memory/work/templates/\($0)"]!.replacingOccurrences(of: Fresh16.oldAddress, with: Fresh16.newAddress)
                    )
                })
        ),
        (
            1706,
            ops(
                writes: (Fresh16.updatedTemplates + ["final-meter-reading.md"]).map {
                    (
                        "memory/work/templates/\($0)",
                        Fresh16.templates["memory/work/templates/\($0)"]!.replacingOccurrences(of: Fresh16.oldAddress, with: Fresh16.newAddress)
                    )
                })
        ),
        (
            1706,
            ops(
                writes: Fresh16.updatedTemplates.map {
                    ("memory/work/templates/\($0)", Fresh16.templates["memory/work/templates/\($0)"]! + Fresh16.newAddress + "\n")
                })
        ),
        (
            1706,
            ops(
                writes: Fresh16.updatedTemplates.map {
                    (
                        "memory/work/templates/\($0)",
                        Fresh16.templates["memory/work/templates/\($0)"]!.replacingOccurrences(
                            of: Fresh16.oldAddress, with: "Address: 3 Canal Wharf, Leeds LS1 5BB")
                    )
                })
        ),
        (1706, ops(writes: Fresh16.updatedTemplates.map { ("memory/work/templates/\($0)", Fresh16.newAddress + "\n") })),
        (
            1706,
            ops(
                writes: Fresh16.updatedTemplates.map {
                    (
                        "memory/work/templates/\($0)",
                        Fresh16.templates["memory/work/templates/\($0)"]!.replacingOccurrences(
                            of: Fresh16.oldAddress, with: "Address: 3 Canal Wharf, Leeds LS11 5BB / 14 Mill Lane, Leeds LS2 7PQ")
                    )
                })
        ),
        (
            1706,
            ops(
                writes: Fresh16.updatedTemplates.map {
                    (
                        "memory/work/templates/\($0)",
                        "```\n"
                            + Fresh16.templates["memory/work/templates/\($0)"]!.replacingOccurrences(
                                of: Fresh16.oldAddress, with: Fresh16.newAddress) + "```\n"
                    )
                })
        ),
        (
            1706,
            ops(
                writes: Fresh16.updatedTemplates.map {
                    (
                        "memory/work/templates/\($0)",
                        Fresh16.templates["memory/work/templates/\($0)"]!.replacingOccurrences(
                            of: Fresh16.oldAddress, with: "Address: 3 Canal Wharf, Leeds")
                    )
                })
        ),
        (
            1706,
            ops(
                writes: Fresh16.updatedTemplates.map {
                    (
                        "memory/work/templates/\($0)",
                        Fresh16.templates["memory/work/templates/\($0)"]!.replacingOccurrences(
                            of: Fresh16.oldAddress, with: "Address: 13 Canal Wharf, Leeds LS11 5BB")
                    )
                })
        ),
        (
            1706,
            ops(
                writes: Fresh16.updatedTemplates.map {
                    (
                        "memory/work/templates/\($0)",
                        Fresh16.templates["memory/work/templates/\($0)"]!.replacingOccurrences(of: Fresh16.oldAddress, with: Fresh16.newAddress)
                    )
                } + [("memory/work/clients.md", Fresh16.templates["memory/work/clients.md"]! + "Our address: 3 Canal Wharf, Leeds LS11 5BB\n")])
        ),
        (1707, ops(#"{"op":"move","from":"memory/work/cv.md","to":"memory/work/applications/greenleaf-trust/cv.md"}"#)),
        (1707, ops(writes: [("memory/work/applications/greenleaf-trust/cv.md", Fresh16.jobs["memory/work/cv-2016.md"]!)])),
        (1707, ops(writes: [("memory/work/applications/greenleaf-trust/cv.md", Fresh16.jobs["memory/work/cover-letter-template.md"]!)])),
        (1707, ops(writes: [("memory/work/applications/greenleaf-trust/cv-greenleaf.md", Fresh16.jobs["memory/work/cv.md"]!)])),
        (1707, ops(writes: [("memory/work/applications/cv.md", Fresh16.jobs["memory/work/cv.md"]!)])),
        (
            1707,
            ops(writes: [("memory/work/applications/greenleaf-trust/cv.md", "```markdown\n" + Fresh16.jobs["memory/work/cv.md"]! + "```\n")])
        ),
        (
            1707,
            ops(writes: [
                (
                    "memory/work/applications/greenleaf-trust/cv.md",
                    Fresh16.jobs["memory/work/cv.md"]! + "\n## Why Greenleaf\n- I love working with volunteers\n"
                )
            ])
        ),
        (
            1707,
            ops(writes: [
                ("memory/work/applications/greenleaf-trust/cv.md", Fresh16.jobs["memory/work/cv.md"]!),
                ("memory/work/cv.md", Fresh16.jobs["memory/work/cv.md"]! + "Copied for Greenleaf Trust.\n"),
            ])
        ),
        (
            1707,
            ops(writes: [
                (
                    "memory/work/applications/greenleaf-trust/cv.md",
                    Fresh16.jobs["memory/work/cv.md"]!.replacingOccurrences(
                        of: "\n## Skills\n- Rota planning, Excel, first aid certificate\n", with: "\n")
                )
            ])
        ),
        (1707, ops(writes: [("memory/work/greenleaf-trust/cv.md", Fresh16.jobs["memory/work/cv.md"]!)])),
        (1708, ops(#"{"op":"delete","path":"memory/subscriptions/gym-cancellation.md"}"#)),
        (
            1708,
            ops(#"{"op":"delete","path":"memory/subscriptions/gym.md"}"#, #"{"op":"delete","path":"memory/subscriptions/gym-cancellation.md"}"#)
        ),
        (
            1708,
            ops(#"{"op":"delete","path":"memory/subscriptions/gym.md"}"#, #"{"op":"delete","path":"memory/subscriptions/climbing-wall.md"}"#)
        ),
        (1708, ops(writes: [("memory/subscriptions/gym.md", "")])),
        (1708, ops(#"{"op":"move","from":"memory/subscriptions/gym.md","to":"memory/subscriptions/old/gym.md"}"#)),
        (1708, ops(writes: [("memory/subscriptions/gym.md", "CANCELLED\n" + Fresh16.subscriptions["memory/subscriptions/gym.md"]!)])),
        (1708, ops(#"{"op":"delete","path":"memory/subscriptions/climbing-wall.md"}"#)),
        (
            1708,
            ops(
                writes: [
                    (
                        "memory/money/direct-debits.md",
                        Fresh16.subscriptions["memory/money/direct-debits.md"]!.replacingOccurrences(of: "- PureGym (cancelled)\n", with: "")
                    )
                ],
                #"{"op":"delete","path":"memory/subscriptions/gym.md"}"#)
        ),
        (1708, ops(#"{"op":"delete","path":"memory/money/direct-debits.md"}"#)),
        (1709, ops(writes: [("outputs/whitby-trip.md", Fresh16.tripLetter)])),
        (
            1709,
            ops(writes: [
                (
                    "outputs/whitby-trip.md",
                    "- Pay the 85 GBP for the Whitby trip on ParentPay by Friday 6 November.\n- Return the signed consent and medical form, with any allergies or medicines, by Friday 30 October.\n"
                )
            ])
        ),
        (
            1709,
            ops(writes: [
                (
                    "outputs/whitby-trip.md",
                    Fresh16.tripBullets + "- The PTA Halloween disco is on Friday 23 October.\n"
                )
            ])
        ),
        (
            1709,
            ops(writes: [("outputs/whitby-trip.md", Fresh16.tripBullets.replacingOccurrences(of: "by Friday 6 November", with: "by 16 November"))])
        ),
        (1709, ops(writes: [("outputs/whitby-trip.md", Fresh16.tripBullets.replacingOccurrences(of: "85 GBP", with: "58 GBP"))])),
        (1709, ops(writes: [("outputs/whitby-trip.md", Fresh16.tripBullets.replacingOccurrences(of: "8:15 am", with: "8:45 am"))])),
        (
            1709,
            ops(writes: [
                (
                    "outputs/whitby-trip.md",
                    "- Year 5 visit Sandfield Farm on 12 June.\n- The visit costs 12 GBP each.\n- Bring a packed lunch and wellies.\n"
                )
            ])
        ),
        (
            1709,
            ops(writes: [
                (
                    "outputs/whitby-trip.md",
                    "- The PTA Halloween disco is on Friday 23 October.\n- A new climbing frame will be ready after half term.\n- Speak to Mrs Dunn in the office if paying is difficult.\n"
                )
            ])
        ),
        (1709, ops(writes: [("outputs/whitby-trip.md", "```\n" + Fresh16.tripBullets + "```\n")])),
        (1709, ops(writes: [("memory/school/whitby-trip.md", Fresh16.tripBullets)])),
        (
            1709,
            ops(writes: [
                (
                    "outputs/whitby-trip.md",
                    "Pay the 85 GBP on ParentPay by Friday 6 November. Return the consent and medical form by Friday 30 October. The coach leaves at 8:15 am on 18 November and is back about 3:30 pm on 20 November.\n"
                )
            ])
        ),
        (
            1709,
            ops(writes: [("outputs/whitby-trip.md", Fresh16.tripBullets.replacingOccurrences(of: "by Friday 30 October", with: "by 13 October"))])
        ),
        (1710, ops(writes: [("outputs/barbecue-guests.md", "- The Mortons: 4\n- Aunt Grace: 1\n- The Pereiras: 3\n- The Hendersons: 0\n")])),
        (1710, ops(writes: [("outputs/barbecue-guests.md", "- The Mortons: 4\n- Aunt Grace: 1\n- The Pereiras: 3\n- The Lius: no answer yet\n")])),
        (1710, ops(writes: [("outputs/barbecue-guests.md", "- The Mortons: 5\n- Aunt Grace: 1\n- The Pereiras: 3\n")])),
        (1710, ops(writes: [("outputs/barbecue-guests.md", "- The Mortons: 4\n- The Pereiras: 3\n")])),
        (1710, ops(writes: [("outputs/barbecue-guests.md", "The Mortons (4), Aunt Grace (1) and the Pereiras (3) are coming.\n")])),
        (1710, ops(writes: [("outputs/barbecue-guests.md", "- The Mortons\n- Aunt Grace\n- The Pereiras\n")])),
        (1710, ops(writes: [("outputs/barbecue-guests.md", "```\n- The Mortons: 4\n- Aunt Grace: 1\n- The Pereiras: 3\n```\n")])),
        (1710, ops(writes: [("memory/party/barbecue-guests.md", "- The Mortons: 4\n- Aunt Grace: 1\n- The Pereiras: 3\n")])),
        (1710, ops(writes: [("outputs/barbecue-guests.md", "- The Mortons: 4\n- The Hendersons: 2\n- The Baileys: 5\n")])),
        (1710, ops(writes: [("outputs/barbecue-guests.md", "- The Mortons: 3\n- Aunt Grace: 1\n- The Pereiras: 4\n")])),
        (1710, ops(writes: [("outputs/barbecue-guests.md", "- The Mortons: 4\n- Aunt Grace: 2\n- The Pereiras: 3\n")])),
        (
            1711,
            ops(writes: [
                (
                    "outputs/lent-tools.md",
                    "- drill.md\n- hedge-trimmer.md\n- ladder.md\n- lawnmower.md\n- pressure-washer.md\n- wheelbarrow.md\n"
                )
            ])
        ),
        (1711, ops(writes: [("outputs/lent-tools.md", "- hedge-trimmer.md\n- pressure-washer.md\n")])),
        (1711, ops(writes: [("outputs/lent-tools.md", "- ladder.md\n- drill.md\n- lawnmower.md\n")])),
        (1711, ops(writes: [("outputs/lent-tools.md", "- hedge-trimmer.md\n- pressure-washer.md\n- wheelbarrow.md\n- lawnmower.md\n")])),
        (1711, ops(writes: [("outputs/lent-tools.md", "The hedge trimmer, pressure washer and wheelbarrow are lent out.\n")])),
        (1711, ops(writes: [("memory/tools/lent-tools.md", "- hedge-trimmer.md\n- pressure-washer.md\n- wheelbarrow.md\n")])),
        (1711, ops(writes: [("outputs/lent-tools.md", "```\nhedge-trimmer.md\npressure-washer.md\nwheelbarrow.md\n```\n")])),
        (1711, ops(writes: [("outputs/lent-tools.md", "- hedge-trimmer.md\n- pressure-washer.md\n- wheelbarrow.md\n- hedge-trimmer.md\n")])),
        (1711, ops(writes: [("outputs/lent-tools.md", "- leaf blower\n- pruning saw\n")])),
        (1711, ops(writes: [("outputs/lent-tools.md", "- Mr Okoro\n- Sue\n- Dave\n")])),
        (1712, ops(writes: [("outputs/swimming.md", Fresh16.swimming["memory/kids/swimming.json"]!)])),
        (
            1712,
            ops(writes: [
                (
                    "outputs/swimming.md",
                    "child,day,time,pool\nIsla,Monday,17:00,Main pool\nIsla,Thursday,17:30,Learner pool\nRory,Tuesday,16:15,Learner pool\nRory,Saturday,09:00,Main pool\n"
                )
            ])
        ),
        (
            1712,
            ops(writes: [
                (
                    "outputs/swimming.md",
                    "| Child | Day | Time | Pool |\n|---|---|---|---|\n| Isla | Monday | 17:00 | Main pool |\n| Isla | Thursday | 17:30 | Learner pool |\n| Rory | Tuesday | 16:15 | Learner pool |\n"
                )
            ])
        ),
        (
            1712,
            ops(writes: [
                (
                    "outputs/swimming.md",
                    "| Child | Day | Time | Pool |\n| Isla | Monday | 17:00 | Main pool |\n| Isla | Thursday | 17:30 | Learner pool |\n| Rory | Tuesday | 16:15 | Learner pool |\n| Rory | Saturday | 09:00 | Main pool |\n"
                )
            ])
        ),
        (1712, ops(writes: [("outputs/swimming.md", Fresh16.swimmingTable.replacingOccurrences(of: "16:15", with: "16:45"))])),
        (1712, ops(writes: [("outputs/swimming.md", Fresh16.swimmingTable + "| Isla | Wednesday | 16:30 | Main pool |\n")])),
        (1712, ops(writes: [("outputs/swimming.md", "```markdown\n" + Fresh16.swimmingTable + "```\n")])),
        (1712, ops(writes: [("memory/kids/swimming.md", Fresh16.swimmingTable)])),
        (
            1712,
            ops(writes: [("outputs/swimming.md", Fresh16.swimmingTable.replacingOccurrences(of: "| Isla | Monday |", with: "| Isla | Tuesday |"))])
        ),
        (
            1712,
            ops(writes: [
                (
                    "outputs/swimming.md",
                    "| Child | Day | Time |\n|---|---|---|\n| Isla | Monday | 17:00 |\n| Isla | Thursday | 17:30 |\n| Rory | Tuesday | 16:15 |\n| Rory | Saturday | 09:00 |\n"
                )
            ])
        ),
        (
            1712,
            ops(writes: [
                (
                    "outputs/swimming.md",
                    Fresh16.swimmingTable.replacingOccurrences(of: "17:00", with: "5 am").replacingOccurrences(of: "17:30", with: "5:30 am")
                )
            ])
        ),
        (
            1713,
            ops(writes: [
                (
                    "skills/budget-check/SKILL.md",
                    "# Budget check\nAdd up memory/money/spending.csv by category, compare each total with memory/money/budget.md and write the categories over budget to outputs/budget-check.md.\n"
                )
            ])
        ),
        (
            1713,
            ops(writes: [
                (
                    "skills/budget-check/SKILL.md",
                    "---\nname: Budget Check\ndescription: Flag the categories over budget.\n---\nAdd up memory/money/spending.csv by category, compare each total with memory/money/budget.md and write the categories over budget to outputs/budget-check.md.\n"
                )
            ])
        ),
        (
            1713,
            ops(writes: [
                (
                    "skills/budget-check.md",
                    "---\nname: budget-check\ndescription: Flag the categories over budget.\n---\nAdd up memory/money/spending.csv by category, compare each total with memory/money/budget.md and write the categories over budget to outputs/budget-check.md.\n"
                )
            ])
        ),
        (
            1713,
            ops(writes: [
                (
                    "skills/budget-check/SKILL.md",
                    "---\nname: budget-check\n---\nAdd up memory/money/spending.csv by category, compare each total with memory/money/budget.md and write the categories over budget to outputs/budget-check.md.\n"
                )
            ])
        ),
        (
            1713,
            ops(writes: [
                (
                    "skills/budget-check/SKILL.md",
                    "---\nname: budget-check\ndescription: Flag the categories over budget.\n---\nAdd up memory/money/spending.csv by category, compare each total with memory/money/budget.md and list the categories over budget.\n"
                )
            ])
        ),
        (
            1713,
            ops(writes: [
                (
                    "skills/budget-check/SKILL.md",
                    "---\nname: budget-check\ndescription: Total the spending by category.\n---\nAdd up memory/money/spending.csv by category and write the totals to outputs/budget-check.md.\n"
                )
            ])
        ),
        (
            1713,
            ops(writes: [
                (
                    "skills/budget-check/SKILL.md",
                    "---\nname: budget-check\ndescription: Flag the categories over budget.\n---\nAdd up my spending by category, compare each total with memory/money/budget.md and write the categories over budget to outputs/budget-check.md.\n"
                )
            ])
        ),
        (
            1713,
            ops(writes: [
                (
                    "skills/budget-check/SKILL.md",
                    "```markdown\n---\nname: budget-check\ndescription: Flag the categories over budget.\n---\nAdd up memory/money/spending.csv by category, compare each total with memory/money/budget.md and write the categories over budget to outputs/budget-check.md.\n```\n"
                )
            ])
        ),
        (
            1713,
            ops(writes: [
                (
                    "skills/meal-plan/SKILL.md",
                    Fresh16.mealPlanSkill
                        + "\n## Budget check\nAdd up memory/money/spending.csv by category, compare each total with memory/money/budget.md and write the categories over budget to outputs/budget-check.md.\n"
                )
            ])
        ),
        (
            1713,
            ops(writes: [
                (
                    "skills/budget-check/SKILL.md",
                    "---\nname: budget-check\ndescription: Say whether the month is over budget.\n---\nAdd up everything in memory/money/spending.csv, compare the sum with the total in memory/money/budget.md and write whether I am over budget to outputs/budget-check.md.\n"
                )
            ])
        ),
        (
            1714,
            ops(writes: [
                (
                    "memory/running/pace.py",
                    "import csv\n\ntotal_km = 0.0\nwith open(\"memory/running/runs.csv\") as f:\n    for row in csv.DictReader(f):\n        total_km += float(row[\"km\"])\nprint(f\"Total distance: {total_km:.1f} km\")\n"
                )
            ])
        ),
        (
            1714,
            ops(writes: [
                (
                    "memory/running/pace.py",
                    "import csv\n\ntotal_km = 0.0\ntotal_minutes = 0.0\nwith open(\"memory/running/runs.csv\") as f:\n    for row in csv.DictReader(f):\n        total_km += float(row[\"km\"])\n        total_minutes += float(row[\"minutes\"])\nprint(f\"Average pace: {total_minutes / total_km:.2f} min/km\")\n"
                )
            ])
        ),
        (
            1714,
            ops(writes: [("memory/running/pace.py", Fresh16.paceScript.replacingOccurrences(of: "runs.csv", with: "runs-2025.csv"))])
        ),
        (
            1714,
            ops(writes: [
                (
                    "memory/running/pace.py",
                    Fresh16.paceScript
                        + "with open(\"memory/running/runs.csv\", \"a\") as f:\n    f.write(f\"total,{total_km},{total_minutes}\\n\")\n"
                )
            ])
        ),
        (1714, ops(writes: [("memory/running/pace.py", "```python\n" + Fresh16.paceScript + "```\n")])),
        (
            1714,
            ops(writes: [
                (
                    "memory/running/pace.py",
                    "#!/bin/sh\nawk -F, 'NR > 1 { k += $2; m += $3 } END { print k, m / k }' memory/running/runs.csv\n"
                )
            ])
        ),
        (
            1714,
            ops(writes: [
                (
                    "memory/running/pace.py",
                    Fresh16.paceScript.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "# \($0)" }.joined(
                        separator: "\n")
                )
            ])
        ),
        (1714, ops(writes: [("outputs/pace.py", Fresh16.paceScript)])),
        (
            1714,
            ops(writes: [
                (
                    "memory/running/pace.py",
                    Fresh16.paceScript.replacingOccurrences(
                        of: "{total_minutes / total_km:.2f} minutes per km", with: "{total_km / total_minutes:.2f} km per minute")
                )
            ])
        ),
        (
            1714,
            ops(writes: [
                (
                    "memory/running/pace.py",
                    "import csv\n\ntotal_km = 0.0\ntotal_minutes = 0.0\nwith open(\"memory/running/runs.csv\") as f:\n    for row in csv.DictReader(f):\n        total_km += float(row[\"km\"])\n        total_minutes += float(row[\"minutes\"])\npace = total_minutes / total_km\n"
                )
            ])
        ),
        (
            1714,
            ops(writes: [
                (
                    "memory/running/pace.py",
                    "import csv\n\nwith open(\"memory/running/runs.csv\") as f:\n    kms = [float(row[\"km\"]) for row in csv.DictReader(f)]\nprint(\"Total distance:\", sum(kms), \"km\")\nprint(\"Average run:\", sum(kms) / len(kms), \"km\")\n"
                )
            ])
        ),
    ]
}

/// The sixteenth fresh part's fixtures and the helpers its checks share.
private enum Fresh16 {
    static let sitting: [String: String] = [
        "memory/house-sitting/keys.md": "# Keys\nSpare key with Mrs Patel at number 12.\nBack door key on the hook by the fridge.\n",
        "memory/house-sitting/bins.md": "# Bins\nGreen bin out on Tuesday night; black bin every other Thursday.\n",
        "memory/garden/lawn.md": "# Lawn\nMow every 10 days in summer, every 3 weeks in autumn.\n",
    ]
    static let pocket: [String: String] = [
        "memory/family/pocket-money.md":
            "# Pocket money\n- Leo: 5 GBP a week\n- Mia: 5 GBP a week\n- Paid on: Saturday mornings\n- Rule: half goes into their savings\n",
        "memory/family/chores.md": "# Chores\n- Leo: empty the dishwasher, 50p extra a week\n- Mia: feed the fish\n",
        "memory/money/kids-savings.md": "# Savings accounts\n- Leo: 142 GBP\n- Mia: 96 GBP\n",
    ]
    static let giving: [String: String] = [
        "memory/money/donations-2026.csv":
            "date,charity,amount_gbp,gift_aid\n2026-01-15,British Red Cross,20.00,yes\n2026-04-02,Oxfam,15.00,yes\n2026-06-21,Local food bank,30.00,no\n",
        "memory/money/donations-2025.csv": "date,charity,amount_gbp,gift_aid\n2025-12-05,Crisis,25.00,yes\n",
        "memory/money/sponsorship.md": "# Sponsorship\nSponsored Priya's fun run: 10 GBP, paid in cash.\n",
        "memory/admin/tax-return.md": "# Tax return\nClaim the Gift Aid donations as a higher-rate taxpayer.\n",
    ]
    static let scans: [String: String] = [
        "memory/scans/scan-0041.txt": "Scanned 14 October\nTV licence renewal: 174.50 GBP, due 1 November.\n",
        "memory/scans/scan-0042.txt":
            "Scanned 14 October\nWorcester Bosch Greenstar 30i: manufacturer's warranty, 10 years from installation on 9 June 2024.\nKeep the annual service receipts or the warranty is void.\n",
        "memory/scans/scan-0043.txt": "Scanned 14 October\nHeatwise Plumbing invoice 3317: annual boiler service, 85 GBP, paid.\n",
        "memory/house/boiler.md": "# Boiler\nGreenstar 30i in the airing cupboard. Next service due: June 2027.\n",
    ]
    static let school: [String: String] = [
        "memory/downloads/zoo-trip-consent.md":
            "# Year 3 trip to Chester Zoo: consent form\nPupil: Ruby Hale\nDate of trip: Friday 13 March\nCost: 18 GBP\nSigned: ________\n",
        "memory/downloads/zoo-tickets.md": "# Chester Zoo family tickets\nSunday 5 April, 4 tickets, booking ref CZ-88213\n",
        "memory/downloads/train-times.md": "Trains to Manchester: 08:12, 08:42, 09:12\n",
        "memory/school/ruby/reading-record.md": "# Ruby's reading record\nBook band: turquoise\n",
        "memory/school/finn/swimming-consent.md": "# Finn: swimming lessons consent\nSigned on 2 February\n",
    ]
    static let oldAddress = "Address: 14 Mill Lane, Leeds LS2 7PQ"
    static let newAddress = "Address: 3 Canal Wharf, Leeds LS11 5BB"
    static let updatedTemplates = ["invoice.md", "letterhead.md", "email-signature.md"]
    static let templates: [String: String] = [
        "memory/work/templates/invoice.md":
            "# Invoice template\nHarper Design Ltd\n\(oldAddress)\nVAT number: GB 284 7719 05\nPayment within 30 days\n",
        "memory/work/templates/letterhead.md": "# Letterhead\nHarper Design Ltd\n\(oldAddress)\nPhone: 0113 496 0721\n",
        "memory/work/templates/email-signature.md": "# Email signature\nJo Harper, Director\nHarper Design Ltd\n\(oldAddress)\n",
        "memory/work/templates/final-meter-reading.md": "# Final meter reading for the old office\n\(oldAddress)\nElectricity meter: 40218\n",
        "memory/work/clients.md": "# Clients\nNorthlight Studio, 22 Park Row, Leeds LS1 5HD\n",
    ]
    static let jobs: [String: String] = [
        "memory/work/cv.md": """
        # Sam Okoye: CV

        ## Experience
        - 2021 to now: Volunteer coordinator, Hillside Food Bank
        - 2016 to 2021: Office manager, Carter & Webb Solicitors

        ## Skills
        - Rota planning, Excel, first aid certificate

        """,
        "memory/work/cv-2016.md": "# Sam Okoye: CV (2016)\n- 2012 to 2016: Receptionist, Carter & Webb Solicitors\n",
        "memory/work/cover-letter-template.md": "Dear ___,\nI am writing to apply for the role of ___.\n",
        "memory/work/applications/greenleaf-trust/job-advert.md": "# Greenleaf Trust: Volunteer Manager\nClosing date: 14 November\n",
    ]
    static let subscriptions: [String: String] = [
        "memory/subscriptions/gym.md": "# PureGym membership\n24.99 GBP a month, paid on the 1st\nMember number 55172043\n",
        "memory/subscriptions/gym-cancellation.md":
            "# PureGym: cancellation confirmed\nCancelled on 28 September; last payment 1 October; reference CX-20931\n",
        "memory/subscriptions/climbing-wall.md": "# The Depot climbing wall\n39 GBP a month, still going\n",
        "memory/money/direct-debits.md": "# Direct debits\n- Council tax\n- PureGym (cancelled)\n- The Depot\n",
    ]
    static let tripLetter = """
        # Letter from Oakfield Primary School: Year 6 residential trip

        Dear parents and carers,

        We are delighted to confirm that Year 6 will stay at the Whitby Outdoor Centre from Wednesday 18 November to \
        Friday 20 November. The children will try canoeing, climbing and a night walk on the beach.

        The trip costs 85 GBP, which covers the coach, meals and all the activities. Please pay on ParentPay by Friday \
        6 November; if this is difficult, have a quiet word with Mrs Dunn in the office.

        Please return the signed consent and medical form by Friday 30 October, and list any allergies or medicines on it.

        The coach leaves school at 8:15 am on 18 November and should be back at about 3:30 pm on 20 November. Children \
        need a sleeping bag, wellies, a waterproof coat and a torch. Phones are not allowed, and they may bring up to \
        10 GBP pocket money.

        On another note, the PTA Halloween disco is on Friday 23 October, and the new climbing frame will be ready after \
        half term.

        Best wishes,
        Mr Ian Cole
        Year 6 teacher

        """
    static let farmLetter2025 =
        "# Letter from Oakfield Primary School, May 2025\nYear 5 visit to Sandfield Farm on 12 June; 12 GBP each; a packed lunch is needed.\n"
    static let tripBullets =
        "- Pay the 85 GBP for the Whitby trip on ParentPay by Friday 6 November.\n- Return the signed consent and medical form, with any allergies or medicines, by Friday 30 October.\n- The coach leaves school at 8:15 am on 18 November and is back about 3:30 pm on 20 November; pack a sleeping bag, wellies, a waterproof and a torch, no phones and at most 10 GBP pocket money.\n"
    static let party: [String: String] = [
        "memory/party/rsvps.md": """
        # Barbecue on Saturday 12 September: the replies

        I sent the invitations to five households on 20 August.

        The Mortons replied first: yes, all four of them are coming. Aunt Grace is coming too, just herself, and she'll \
        bring a trifle. The Pereiras said yes for three of them, as their eldest is away at university. The Hendersons \
        can't make it because they're at a wedding that day. Still no answer from the Lius; I'll ring them on Thursday.

        """,
        "memory/party/guests-2025.md": "# Last year's barbecue\nThe Mortons (4), the Hendersons (2) and the Baileys (5) came.\n",
        "memory/shopping/butcher.md": "# Butcher\nOrder from Hobbs & Son by Thursday: burgers, sausages, chicken thighs.\n",
    ]
    static let tools: [String: String] = [
        "memory/tools/hedge-trimmer.md": "# Hedge trimmer\nBosch, cordless\nStatus: lent to Mr Okoro at number 14\n",
        "memory/tools/ladder.md": "# Extending ladder\n3.5 m, aluminium\nStatus: in the garage\n",
        "memory/tools/pressure-washer.md": "# Pressure washer\nKarcher K4\nStatus: lent to Sue at number 8\n",
        "memory/tools/drill.md": "# Cordless drill\nMakita, two batteries\nStatus: in the shed\n",
        "memory/tools/wheelbarrow.md": "# Wheelbarrow\nGreen, new tyre in April\nStatus: lent to Dave next door\n",
        "memory/tools/lawnmower.md": "# Lawnmower\nHayter, petrol\nStatus: in the shed (Dave brought it back on 3 May)\n",
        "memory/shopping/wishlist.md": "# Wishlist\n- a leaf blower\n- a pruning saw\n",
    ]
    static let swimming: [String: String] = [
        "memory/kids/swimming.json": """
        [
          {"child": "Isla", "day": "Monday", "time": "17:00", "pool": "Main pool"},
          {"child": "Isla", "day": "Thursday", "time": "17:30", "pool": "Learner pool"},
          {"child": "Rory", "day": "Tuesday", "time": "16:15", "pool": "Learner pool"},
          {"child": "Rory", "day": "Saturday", "time": "09:00", "pool": "Main pool"}
        ]

        """,
        "memory/kids/swimming-spring.json": "[\n  {\"child\": \"Isla\", \"day\": \"Wednesday\", \"time\": \"16:30\", \"pool\": \"Main pool\"}\n]\n",
        "memory/kids/clubs.md": "# Clubs\nRory: Beavers on Wednesdays at 6 pm\n",
        "memory/school/term-dates.md": "Autumn term: 3 September to 18 December\n",
    ]
    static let swimmingTable =
        "| Child | Day | Time | Pool |\n|---|---|---|---|\n| Isla | Monday | 17:00 | Main pool |\n| Isla | Thursday | 17:30 | Learner pool |\n| Rory | Tuesday | 16:15 | Learner pool |\n| Rory | Saturday | 09:00 | Main pool |\n"
    static let mealPlanSkill =
        "---\nname: meal-plan\ndescription: Plan the week's dinners from my recipes.\n---\nRead memory/recipes and write seven dinners to outputs/meal-plan.md.\n"
    static let money: [String: String] = [
        "skills/README.md": "Each skill is a folder in skills/ holding a SKILL.md.\n",
        "skills/meal-plan/SKILL.md": mealPlanSkill,
        "memory/money/spending.csv":
            "date,category,amount_gbp\n2026-10-02,groceries,64.30\n2026-10-04,eating out,38.00\n2026-10-09,groceries,71.15\n2026-10-12,transport,45.00\n",
        "memory/money/budget.md": "# Monthly budget\n- groceries: 280 GBP\n- eating out: 60 GBP\n- transport: 90 GBP\n",
    ]
    static let running: [String: String] = [
        "memory/running/runs.csv": "date,km,minutes\n2026-10-01,5.2,29.5\n2026-10-03,8.0,46.0\n2026-10-05,5.0,27.8\n2026-10-08,12.1,71.4\n",
        "memory/running/runs-2025.csv": "date,km,minutes\n2025-10-02,4.0,25.1\n2025-10-06,6.5,39.0\n",
        "memory/running/goals.md": "# Goals\nHalf marathon in March, under 2 hours: about 5:40 per km.\n",
        "memory/health/steps.csv": "date,steps\n2026-10-01,11250\n",
    ]
    static let paceScript =
        "import csv\n\ntotal_km = 0.0\ntotal_minutes = 0.0\nwith open(\"memory/running/runs.csv\") as f:\n    for row in csv.DictReader(f):\n        total_km += float(row[\"km\"])\n        total_minutes += float(row[\"minutes\"])\nprint(f\"Total distance: {total_km:.1f} km\")\nprint(f\"Average pace: {total_minutes / total_km:.2f} minutes per km\")\n"

    /// Patterns for the three watering intervals, in figures or words, each apart from the others:
    /// every other day, once a week and every three weeks.
    static let everyOtherDay =
        #"\bevery\s+(other|second|2nd)\s+day\b|\bevery\s+(2|two)\s+days\b|\balternate\s+days\b|\bevery\s+48\s*(h|hours)\b"#
    static let onceAWeek = #"\bonce\s+(a|per|every)\s+week\b|\bweekly\b|\bevery\s+week\b|\bevery\s+(7|seven)\s+days\b"#
    static let everyThreeWeeks =
        #"\bevery\s+(3|three)\s+weeks\b|\bevery\s+(21|twenty[- ]one)\s+days\b|\b(3|three)[- ]weekly\b|\bonce\s+in\s+(3|three)\s+weeks\b"#

    /// Whether `text` gives the three plants each with its own interval (the fern every other day,
    /// the orchid once a week, the cactus every three weeks; figures or words), one entry each,
    /// any order; before them at most a title and a table header.
    static func isWatering(_ text: String?) -> Bool {
        Judge.isPairedList(
            text, who: [#"\bferns?\b"#, #"\borchids?\b"#, #"\bcact(us|i)\b"#], what: [everyOtherDay, onceAWeek, everyThreeWeeks])
    }

    /// Whether `text` is the pocket money note with only Leo's line changed: now 6 pounds a week
    /// (the 5 it was said to have been aside), Mia's 5 left.
    static func isPocketMoney(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(pocket["memory/family/pocket-money.md"])
        let got = Judge.lines(t)
        guard got.count == want.count, let i = want.firstIndex(where: { $0.hasPrefix("- Leo") }) else { return false }
        let line = got[i].lowercased()
        let said = line.replacingOccurrences(
            of: #"\(?\b(was|from|up from|previously|formerly|instead of|rather than|old:?)\s+(£\s*)?5(\.00)?\s*(gbp|pounds?|quid)?\)?"#,
            with: " ", options: .regularExpression)
        return Judge.has(line, #"^\W*leo\b"#)
            && Judge.has(said, #"£\s*6(\.00)?(?![\d.])|\b6(\.00)?\s*(gbp|pounds?|quid)\b|\bsix\s+(pounds?|gbp|quid)\b"#)
            && !said.contains("5") && Judge.has(said, #"\bweek"#) && !Judge.has(said, #"month|\bday\b|daily"#)
            && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
    }

    /// Whether `text` is the donations log as it was with one more last row: 3 October 2026,
    /// Shelter, 25 pounds, Gift Aid yes, in the log's four columns (another date format, a pound
    /// sign in a cell, quoted cells with CRLF pass).
    static func isDonationsLog(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !t.contains("|") else { return false }
        let want = Judge.lines(giving["memory/money/donations-2026.csv"])
        let got = Judge.lines(t)
        guard got.count == want.count + 1, Array(got.prefix(want.count)) == want, let last = got.last else { return false }
        let cells = Judge.csvCells(last)
        guard cells.count == 4 else { return false }
        return Judge.hasDate(cells[0].lowercased(), day: 3, month: 10) && Judge.has(cells[1], #"^shelter$"#)
            && Judge.has(cells[2], #"^(£\s*)?25(\.00)?\s*(gbp)?$"#) && Judge.has(cells[3], #"^(yes|y|true)$"#)
    }

    /// Whether `text` is the template `was` with only its address line changed, to 3 Canal Wharf,
    /// Leeds LS11 5BB (the old address said to have been aside).
    static func hasNewAddress(_ text: String?, _ was: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(was)
        let got = Judge.lines(t)
        guard got.count == want.count, let i = want.firstIndex(where: { $0.hasPrefix("Address:") }) else { return false }
        let line = got[i].lowercased()
        let said = line.replacingOccurrences(
            of: #"\(?\b(formerly|was|previously|moved from|old address:?)\s+14 mill lane[^)]*\)?"#, with: " ", options: .regularExpression)
        return Judge.has(line, #"^\W*((new|office|postal)\s+)?address\b"#) && Judge.has(said, #"(?<![\d.])\b3,?\s+canal\s+wharf\b"#)
            && Judge.has(said, #"\bleeds\b"#) && Judge.has(said, #"\bls11\s*5bb\b"#) && !Judge.has(said, #"mill lane|ls2\s*7pq|\b14\b"#)
            && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
    }

    /// Whether `text` sums up the school's letter in three bullet points (a title line before
    /// them aside), each short, with the payment, the form and at least two more of its practical
    /// facts, and no amount, time or date it does not give, nor anything from last year's letter.
    static func isTripSummary(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let all = Judge.lines(t)
        let marker = #"^([-*+•]|\d+[.)])\s+"#
        let bullets = all.filter { Judge.has($0, marker) }
        let others = all.filter { !Judge.has($0, marker) }
        guard bullets.count == 3, others.count <= 1 else { return false }
        if let o = others.first {
            guard o == all.first, o.hasPrefix("#") || (o.split(separator: " ").count <= 10 && !Judge.has(o, #"[.!?]$"#)) else { return false }
        }
        let items = bullets.map { $0.replacingOccurrences(of: marker, with: "", options: .regularExpression) }
        let words = items.map { $0.split(separator: " ").filter { $0.contains { $0.isLetter || $0.isNumber } }.count }
        guard words.allSatisfy({ $0 >= 4 && $0 <= 45 }), words.reduce(0, +) <= 110 else { return false }
        let low = items.joined(separator: "\n").lowercased()
        let cost = #"\b85\b|eighty[- ]five"#
        let form = #"consent|medical|\bform\b"#
        let facts = [
            cost, #"parentpay"#, form, #"coach|\b0?8[:.]15\b"#, #"sleeping bag|wellies|wellington|waterproof|torch"#,
            #"\bphones?\b|pocket money"#, #"whitby|residential|outdoor centre"#,
        ].filter { Judge.has(low, $0) }
        let clock = Judge.found(low, #"(?<![£\d.,])\b(\d{1,2}[:.]\d{2})(?!\d)(?!\s*(gbp|pounds))"#)
        let hours = Judge.found(low, #"\b(\d{1,2})(?:[:.]\d{2})?\s*(?:am|pm|a\.m|p\.m)\b"#)
        let novDays =
            Judge.found(low, #"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?nov"#) + Judge.found(low, #"\bnov[a-z]*\.?\s+(\d{1,2})\b"#)
            + Judge.found(low, #"\b(\d{1,2})/11\b"#)
        let octDays =
            Judge.found(low, #"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?oct"#) + Judge.found(low, #"\boct[a-z]*\.?\s+(\d{1,2})\b"#)
            + Judge.found(low, #"\b(\d{1,2})/10\b"#)
        let amounts = Judge.found(low, #"£\s*(\d+)"#) + Judge.found(low, #"\b(\d+)(?:\.00)?\s*(?:gbp|pounds?|quid)\b"#)
        return facts.count >= 4 && Judge.has(low, cost) && Judge.has(low, form)
            && clock.allSatisfy { ["8:15", "8.15", "08:15", "08.15", "3:30", "3.30", "15:30", "15.30"].contains($0) }
            && hours.allSatisfy { ["8", "08", "3", "03", "15"].contains($0) } && novDays.allSatisfy { ["6", "06", "18", "20"].contains($0) }
            && octDays.allSatisfy { $0 == "30" } && amounts.allSatisfy { ["85", "10"].contains($0) }
            && !Judge.has(low, #"sandfield|farm|year 5|packed lunch|\b12(th)?\s+june"#)
    }

    /// Whether `text` lists the three households coming to the barbecue each with its own number
    /// (the Mortons 4, Aunt Grace 1, the Pereiras 3; figures or words), one entry each, any
    /// order, and not the one that said no, the one that has not answered, nor last year's guests.
    static func isGuestList(_ text: String?) -> Bool {
        guard let t = text, !Judge.has(t, #"henderson|\blius?\b|bailey"#) else { return false }
        return Judge.isPairedList(
            t, who: [#"morton"#, #"grace"#, #"pereira"#],
            what: [#"\b4\b|\bfour\b"#, #"\b1\b|\bone\b|just (her|herself)\b|on her own|\balone\b"#, #"\b3\b|\bthree\b"#])
    }

    /// Whether `text` lists the three tools lent out (the hedge trimmer, the pressure washer, the
    /// wheelbarrow), by file name or title, one entry each, any order, and no other; before them
    /// at most a title and a table header, nothing after them.
    static func isLentList(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !Judge.has(t, #"ladder|drill|lawn ?mower|leaf blower|pruning saw"#) else { return false }
        let entries = Judge.items(t).filter { !Judge.isTableRule($0) }.map { $0.lowercased() }
        let lent = [#"hedge[- ]?trimmer"#, #"pressure[- ]?washer"#, #"wheel ?barrow"#]
        let named = entries.indices.filter { i in lent.contains { Judge.has(entries[i], $0) } }
        guard named.count == lent.count, let first = named.first, named == Array(first..<first + lent.count),
            entries.count == first + lent.count, first <= 2
        else { return false }
        if first == 2 && !entries[1].hasPrefix("|") { return false }
        let which = named.map { i in lent.indices.filter { Judge.has(entries[i], lent[$0]) } }
        return which.allSatisfy { $0.count == 1 } && Set(which.map { $0[0] }).count == lent.count
    }

    /// The minutes after midnight of a time such as "17:00", "5 pm", "5.30pm" or "09:00", or nil.
    static func minutes(_ s: String) -> Int? {
        let l = s.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "*_` "))
        let re = try! NSRegularExpression(pattern: #"^(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?$"#)  // a constant pattern
        guard let m = re.firstMatch(in: l, range: NSRange(l.startIndex..., in: l)) else { return nil }
        let group = { (i: Int) in Range(m.range(at: i), in: l).map { String(l[$0]) } }
        guard var hour = group(1).flatMap({ Int($0) }) else { return nil }
        let minute = group(2).flatMap { Int($0) } ?? 0
        guard group(2) != nil || group(3) != nil else { return nil }
        if let half = group(3) {
            if half.hasPrefix("p") && hour < 12 { hour += 12 } else if half.hasPrefix("a") && hour == 12 { hour = 0 }
        }
        return hour < 24 && minute < 60 ? hour * 60 + minute : nil
    }

    /// Whether `text` is the autumn swimming timetable as a Markdown table: at most a title line,
    /// then a header row (child, day, time, pool, any case, any column order), its rule and the four
    /// lessons in any order (another time format, a day's first three letters aside), nothing else.
    static func isSwimmingTable(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let lines = Judge.lines(t)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("|") }), start <= 1, lines[start...].allSatisfy({ tableCells($0) != nil })
        else { return false }
        let rows = lines[start...].compactMap(tableCells)
        guard rows.count == 6, rows.allSatisfy({ $0.count == 4 }), rows[1].allSatisfy({ Judge.has($0, #"^:?-{3,}:?$"#) }) else { return false }
        let header = rows[0].map { $0.lowercased() }
        guard let c = header.firstIndex(where: { Judge.has($0, #"child|name|swimmer|\bwho\b"#) }),
            let d = header.firstIndex(where: { Judge.has($0, #"\bday"#) }), let h = header.firstIndex(where: { Judge.has($0, #"time|start"#) }),
            let p = header.firstIndex(where: { Judge.has($0, #"pool|where|venue"#) }), Set([c, d, h, p]).count == 4
        else { return false }
        let clean = { (s: String) in s.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "*_` ")) }
        let got = rows.dropFirst(2).map { r -> String in
            let pool = clean(r[p])
            let which = pool.contains("main") ? "main" : pool.contains("learner") ? "learner" : "?"
            return "\(clean(r[c]))|\(clean(r[d]).prefix(3))|\(minutes(r[h]).map(String.init) ?? "?")|\(which)"
        }
        let want: Set<String> = ["isla|mon|1020|main", "isla|thu|1050|learner", "rory|tue|975|learner", "rory|sat|540|main"]
        return got.count == want.count && Set(got) == want
    }

    /// Whether `text` is a skill named budget-check with a description, whose body reads
    /// spending.csv, totals it by category, compares each total with budget.md, keeps the
    /// categories over budget and saves them in outputs/budget-check.md.
    static func isBudgetSkill(_ text: String?) -> Bool {
        guard let t = text, let (fields, body) = Judge.skill(t) else { return false }
        let b = body.lowercased()
        let rest = b.replacingOccurrences(of: "outputs/budget-check.md", with: " ").replacingOccurrences(of: "budget-check", with: " ")
        return fields["name"] == "budget-check" && (fields["description"] ?? "").count >= 10 && b.count >= 40
            && b.contains("outputs/budget-check.md") && rest.contains("spending.csv") && rest.contains("budget.md")
            && Judge.has(rest, #"categor"#) && Judge.has(rest, #"\bover\b|overspen|exceed|more than|above"#)
            && Judge.has(rest, #"\btotals?\b|\badd(s|ing)?\s+(them\s+|it\s+)?up\b|\bsum"#)
    }

    /// Whether `text` is a Python script (a shebang, if any, names Python) that opens runs.csv
    /// (not last year's), reads the numbers, adds them up, divides the minutes by the kilometres
    /// (not the other way round) and prints two values, writing, moving or removing nothing.
    /// Comments and a fenced reply do not count; plain strings (labels such as "min/km") are read
    /// apart from the arithmetic, a key in brackets kept.
    static func isPaceScript(_ text: String?) -> Bool {
        guard let script = Judge.readOnlyPython(text, reading: "runs.csv", not: "runs-2025") else { return false }
        let (code, bare, twoValues) = (script.code, script.bare, script.twoValues)
        let has = script.has
        return has(["open(", "read_text(", "read_csv("]) && has(["float(", "Decimal(", "read_csv("])
            && Judge.has(code, #"\+=|\bsum\(|\.sum\("#) && Judge.has(bare, #"min[^\n/{}]*/[^\n/{}]*(km|kilomet|dist)"#)
            && !Judge.has(bare, #"(km|kilomet|dist)[^\n/{}]*/[^\n/{}]*min"#) && twoValues
    }
}
