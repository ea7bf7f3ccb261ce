import Foundation

/// A seventeenth fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first sixteen: by someone who had not read the agent loop, its tools, its prompts, its tests or
/// any result. Fourteen intentions, numbered 1801 to 1814, one for each kind the issue names
/// (create, a book club's reading schedule for three months; edit in place, a car's insurer and
/// policy number changed with the other car's note and the renewal date left; append a month's
/// meter readings as a row to a readings CSV; rename a trip's note saved under the wrong year;
/// move a new washing machine's receipt from the inbox into the appliances folder; several files,
/// a new email address on three membership notes of four; copy an allergy card into a trip's
/// folder; delete a sold bike's listing; summarise a letting agent's tenancy renewal letter in two
/// or three sentences; extract a trip's booking references with what each is for, the cancelled
/// hotel's left out; list-and-save the recipes that freeze, by the line inside each; convert a seed
/// packet table from Markdown to CSV; a skill that lists the renewals due in the next 30 days; a
/// Python script that prints the heating oil spent and the average price per litre), each worded
/// three ways as people word them (files named by path, by bare name or by what they are; details
/// given in passing; what to leave alone said casually), run as Steward chooses. Every fixture
/// holds a look-alike beside the right file (this year's schedule and the reading list, the other
/// car's note and the renewals list, last year's readings and the water meter, the real trip of
/// last year and the packing list, the supermarket receipt and the manual notes, the lapsed
/// membership and the to-do note, the old allergy card and the itinerary, the sale note and the
/// cot still for sale, last year's letter, the cancelled hotel and last year's trip, the freezer's
/// contents and the meal plan, last year's seed list, another skill, last winter's deliveries).
/// Judged by content as a person would (other list markers, entry, row and column order, spacing,
/// a title line, a table for a list, another date, time, number or amount format, number words,
/// quoted CSV cells with CRLF, a lost final newline pass) and by "nothing else changed" (the wrong
/// file, the wrong folder, a copy where a move was asked fail). Frozen in a commit of its own
/// before any run with a model: never tune the loop on it, and run it as it is
/// (`STEWARD_SUITE_PART=fresh17`).
extension EverydayTaskSuite {
    static let fresh17: [Intention] = [
        Intention(
            number: 1801, kind: "create: a book club's reading schedule for three months, each month with its book", fixtures: Fresh17.club,
            wordings: [
                (
                    .imperative,
                    "Create memory/book-club/schedule-2027.md with the book club's picks: Piranesi in January, Small Things Like These in February and The Remains of the Day in March"
                ),
                (
                    .request,
                    "We chose the book club books for the start of next year last night. Would you mind putting them in a new file, schedule-2027.md in memory/book-club? January is Piranesi, February Small Things Like These, and March The Remains of the Day."
                ),
                (
                    .context,
                    "I'm the one who keeps the book club organised, and people always ask what we're reading when. Please make memory/book-club/schedule-2027.md with one line per month: January, Piranesi; February, Small Things Like These; March, The Remains of the Day. This year's schedule is finished, so just leave that file and the members list alone."
                ),
            ], changed: ["memory/book-club/schedule-2027.md"],
            check: { f in
                Fresh17.isSchedule(f("memory/book-club/schedule-2027.md")) && Judge.untouched(f, Array(Fresh17.club.keys), Fresh17.club)
            },
            solution: ops(writes: [
                (
                    "memory/book-club/schedule-2027.md",
                    "# Book club 2027\n- January: Piranesi\n- February: Small Things Like These\n- March: The Remains of the Day\n"
                )
            ])),
        Intention(
            number: 1802, kind: "edit in place: a car's insurer and policy number changed, the other car's note and the renewal date left",
            fixtures: Fresh17.car,
            wordings: [
                (.imperative, "In memory/car/golf.md, change the insurer from Aviva, policy AV-5521-0934, to Admiral, policy AD-7710-2286"),
                (
                    .request,
                    "I've moved the Golf's insurance over to Admiral, new policy number AD-7710-2286. Could you fix the insurer line in its note in memory/car?"
                ),
                (
                    .context,
                    "Aviva wanted ninety pounds more to renew the Golf, so I've gone with Admiral from the renewal on 14 March. Please update memory/car/golf.md so the insurer reads Admiral, policy AD-7710-2286. The renewal date stays the same, and Emma's Fiesta is still with Aviva, so her note doesn't change."
                ),
            ], changed: ["memory/car/golf.md"],
            check: { f in
                Fresh17.isInsurance(f("memory/car/golf.md")) && Judge.untouched(f, ["memory/car/fiesta.md", "memory/admin/renewals.md"], Fresh17.car)
            },
            solution: ops(writes: [
                ("memory/car/golf.md", Fresh17.car["memory/car/golf.md"]!.replacingOccurrences(of: Fresh17.oldInsurer, with: Fresh17.newInsurer))
            ])),
        Intention(
            number: 1803, kind: "append: a month's electricity and gas meter readings as a new last row of a readings CSV",
            fixtures: Fresh17.meters,
            wordings: [
                (.imperative, "Add a row to memory/home/meter-readings.csv for 1 November 2026: electricity 48213 kWh, gas 7698.5 m3"),
                (
                    .request,
                    "Took the meter readings this morning, 1 November: 48213 on the electricity and 7698.5 on the gas. Can you add them at the bottom of this year's readings in memory/home/meter-readings.csv?"
                ),
                (
                    .context,
                    "Octopus keep estimating my bills, so I send them readings on the first of every month and keep a copy in memory/home/meter-readings.csv. Today's, for 1 November 2026, are 48213 kWh for electricity and 7698.5 m3 for gas. Please add them as a new last row in the same columns as the others; last year's readings file and the water meter note stay as they are."
                ),
            ], changed: ["memory/home/meter-readings.csv"],
            check: { f in
                Fresh17.isMeterLog(f("memory/home/meter-readings.csv"))
                    && Judge.untouched(
                        f, ["memory/home/meter-readings-2025.csv", "memory/home/energy.md", "memory/home/water-meter.md"], Fresh17.meters)
            },
            solution: ops(writes: [
                ("memory/home/meter-readings.csv", Fresh17.meters["memory/home/meter-readings.csv"]! + "2026-11-01,48213,7698.5\n")
            ])),
        Intention(
            number: 1804, kind: "rename: a trip's note saved under the wrong year, last year's real trip kept", fixtures: Fresh17.travel,
            wordings: [
                (.imperative, "Rename memory/travel/lisbon-2025.md to lisbon-2026.md in the same folder"),
                (
                    .request,
                    "I saved the Lisbon trip note with the wrong year in the name. It's lisbon-2025.md in memory/travel, but we go in April 2026; could you rename it to lisbon-2026.md?"
                ),
                (
                    .context,
                    "When I started planning Lisbon I typed 2025 in the file name by mistake, and now I can never find it. Please rename memory/travel/lisbon-2025.md to memory/travel/lisbon-2026.md without changing what's in it. The Porto note really is from 2025, so it keeps its name, and the packing list is fine as it is."
                ),
            ], changed: ["memory/travel/lisbon-2025.md", "memory/travel/lisbon-2026.md"],
            check: { f in
                Judge.moved(f, "memory/travel/lisbon-2025.md", to: "memory/travel/lisbon-2026.md", Fresh17.travel)
                    && Judge.untouched(
                        f, ["memory/travel/lisbon-packing.md", "memory/travel/porto-2025.md", "memory/travel/ideas.md"], Fresh17.travel)
            }, solution: ops(#"{"op":"move","from":"memory/travel/lisbon-2025.md","to":"memory/travel/lisbon-2026.md"}"#)),
        Intention(
            number: 1805, kind: "move into a folder: a new washing machine's receipt from the inbox into the appliances folder",
            fixtures: Fresh17.appliances,
            wordings: [
                (.imperative, "Move memory/inbox/washing-machine-receipt.md into memory/home/appliances"),
                (
                    .request,
                    "Could you file the new washing machine's receipt with the other appliance paperwork? It's in memory/inbox and should go in memory/home/appliances."
                ),
                (
                    .context,
                    "The new washing machine arrived on Saturday and I want its receipt next to the fridge freezer's guarantee. Please move memory/inbox/washing-machine-receipt.md into memory/home/appliances, keeping the file name. The supermarket receipt can sit in the inbox for now, and the manual notes are already where they belong in memory/home/manuals."
                ),
            ], changed: ["memory/inbox/washing-machine-receipt.md", "memory/home/appliances/washing-machine-receipt.md"],
            check: { f in
                Judge.moved(f, "memory/inbox/washing-machine-receipt.md", to: "memory/home/appliances/washing-machine-receipt.md", Fresh17.appliances)
                    && Judge.untouched(
                        f,
                        [
                            "memory/inbox/supermarket-receipt.md", "memory/inbox/dentist-letter.md", "memory/home/appliances/fridge-freezer.md",
                            "memory/home/manuals/washing-machine-manual.md",
                        ], Fresh17.appliances)
            },
            solution: ops(
                #"{"op":"move","from":"memory/inbox/washing-machine-receipt.md","to":"memory/home/appliances/washing-machine-receipt.md"}"#)),
        Intention(
            number: 1806, kind: "several files: a new email address on three membership notes of four, the lapsed one's left",
            fixtures: Fresh17.memberships,
            wordings: [
                (
                    .imperative,
                    "Change the email from ben.carter77@hotmail.co.uk to ben.carter@fastmail.com in memory/memberships/library.md, allotment.md and running-club.md"
                ),
                (
                    .request,
                    "I'm finally giving up my old Hotmail. Could you put my new address, ben.carter@fastmail.com, on the library, allotment and running club notes in memory/memberships? Don't bother with the cinema club, I let that lapse."
                ),
                (
                    .context,
                    "Hotmail is closing my old account at the end of the month, so the places I'm still a member of need my new address, ben.carter@fastmail.com. Each note in memory/memberships has an Email line; please change it in the library, allotment and running club notes and leave the rest of each note as it is. The cinema club lapsed in 2024, so that one can keep the old address, and my to-do note in memory/admin stays as it is."
                ),
            ], changed: Set(Fresh17.updatedNotes.map { "memory/memberships/\($0)" }),
            check: { f in
                Fresh17.updatedNotes.allSatisfy {
                    Fresh17.hasNewEmail(f("memory/memberships/\($0)"), Fresh17.memberships["memory/memberships/\($0)"])
                } && Judge.untouched(f, ["memory/memberships/cinema-club.md", "memory/admin/email-move.md"], Fresh17.memberships)
            },
            solution: ops(
                writes: Fresh17.updatedNotes.map {
                    (
                        "memory/memberships/\($0)",
                        Fresh17.memberships["memory/memberships/\($0)"]!.replacingOccurrences(of: Fresh17.oldEmail, with: Fresh17.newEmail)
                    )
                })),
        Intention(
            number: 1807, kind: "copy: an allergy card into a trip's folder, the current card not the old one", fixtures: Fresh17.allergy,
            wordings: [
                (.imperative, "Copy memory/health/allergy-card.md to memory/travel/japan-2027/allergy-card.md"),
                (
                    .request,
                    "Can you put a copy of Nina's allergy card in the Japan trip folder, memory/travel/japan-2027, under the same name? The original in memory/health has to stay put."
                ),
                (
                    .context,
                    "We're having Nina's allergy card translated into Japanese before the trip, and I'd rather work on a copy than the one in memory/health. Please copy memory/health/allergy-card.md, just as it is, to memory/travel/japan-2027/allergy-card.md. Not the 2019 card, mind; she's developed the tree nut allergy since then."
                ),
            ], changed: ["memory/travel/japan-2027/allergy-card.md"],
            check: { f in
                let copy = f("memory/travel/japan-2027/allergy-card.md")
                return copy != nil && !Judge.fenced(copy!) && Judge.lines(copy) == Judge.lines(Fresh17.allergy["memory/health/allergy-card.md"])
                    && Fresh17.allergy.keys.allSatisfy { f($0) == Fresh17.allergy[$0] }
            }, solution: ops(writes: [("memory/travel/japan-2027/allergy-card.md", Fresh17.allergy["memory/health/allergy-card.md"]!)])),
        Intention(
            number: 1808, kind: "delete: a sold bike's listing beside its sale note and a listing still up", fixtures: Fresh17.selling,
            wordings: [
                (.imperative, "Delete memory/selling/road-bike.md"),
                (
                    .request,
                    "The road bike's sold at last! Could you get rid of its listing note in memory/selling? The note about who bought it should stay."
                ),
                (
                    .context,
                    "James came round on Sunday and bought the Specialized, so the for-sale note about it is no use any more. Please delete the road bike's listing in memory/selling but keep the sale note, as it's my only record of the price. The cot is still for sale, so its note stays, and so does my list of this year's sales."
                ),
            ], changed: ["memory/selling/road-bike.md"],
            check: { f in
                f("memory/selling/road-bike.md") == nil
                    && Judge.untouched(
                        f, ["memory/selling/road-bike-sold.md", "memory/selling/cot.md", "memory/money/sales-2026.md"], Fresh17.selling)
            }, solution: ops(#"{"op":"delete","path":"memory/selling/road-bike.md"}"#)),
        Intention(
            number: 1809, kind: "summarise: a letting agent's tenancy renewal letter in two or three sentences", fixtures: Fresh17.tenancy,
            wordings: [
                (.imperative, "Summarise memory/home/tenancy-letter.md in two or three sentences in outputs/tenancy-summary.md"),
                (
                    .request,
                    "The letting agent sent a long letter about renewing our tenancy. Could you read tenancy-letter.md in memory/home and sum it up in two or three sentences in outputs/tenancy-summary.md, mainly what changes and what we have to do?"
                ),
                (
                    .context,
                    "I've read the letting agent's letter twice and still can't remember the dates. Please read memory/home/tenancy-letter.md and write a short summary of two or three sentences to outputs/tenancy-summary.md: what's changing, what I need to do and by when. Last year's letter is in the same folder but it's out of date, so ignore it."
                ),
            ], changed: ["outputs/tenancy-summary.md"], check: { f in Fresh17.isTenancySummary(f("outputs/tenancy-summary.md")) },
            solution: ops(writes: [("outputs/tenancy-summary.md", Fresh17.tenancySummary)])),
        Intention(
            number: 1810, kind: "extract: a trip's booking references with what each is for, the cancelled hotel's left out",
            fixtures: Fresh17.rome,
            wordings: [
                (
                    .imperative,
                    "Extract the booking references in memory/travel/rome-bookings.md into outputs/rome-references.md, one per line with what each is for"
                ),
                (
                    .request,
                    "Could you dig the booking references out of my Rome bookings note in memory/travel and list them in outputs/rome-references.md, each with what it's for? I'll want them to hand at the airport."
                ),
                (
                    .context,
                    "We fly to Rome on 3 May and I don't want to be scrolling through emails at check-in. Please go through memory/travel/rome-bookings.md and write every booking reference we'll need to outputs/rome-references.md, one per line, saying what each one is for. I cancelled the Santa Chiara hotel, so leave its reference out, and the Florence notes from last year have nothing to do with it."
                ),
            ], changed: ["outputs/rome-references.md"], check: { f in Fresh17.isBookingRefs(f("outputs/rome-references.md")) },
            solution: ops(writes: [("outputs/rome-references.md", Fresh17.romeRefs)])),
        Intention(
            number: 1811, kind: "list-and-save: the recipes that freeze, by the Freezes line inside each", fixtures: Fresh17.recipes,
            wordings: [
                (.imperative, "List the recipes in memory/recipes that can be frozen and save the list to outputs/freezer-recipes.md"),
                (
                    .request,
                    "I'm batch cooking on Sunday. Could you look through memory/recipes and write down which ones freeze in outputs/freezer-recipes.md? Each recipe has a Freezes line."
                ),
                (
                    .context,
                    "I want to fill the freezer before the baby arrives, so I need to know which of my recipes freeze. Every recipe in memory/recipes has a Freezes line saying yes or no; please save the ones marked yes to outputs/freezer-recipes.md, one per line. What's already in the freezer doesn't matter here."
                ),
            ], changed: ["outputs/freezer-recipes.md"], check: { f in Fresh17.isFreezerList(f("outputs/freezer-recipes.md")) },
            solution: ops(writes: [("outputs/freezer-recipes.md", "- chilli.md\n- lasagne.md\n- lentil-soup.md\n")])),
        Intention(
            number: 1812, kind: "convert: a seed packet table from Markdown to CSV", fixtures: Fresh17.seeds,
            wordings: [
                (.imperative, "Convert the table in memory/garden/seeds.md into CSV in outputs/seeds.csv, with a header row"),
                (
                    .request,
                    "The allotment society wants everyone's seed list as a spreadsheet. Could you turn the table in memory/garden/seeds.md into a CSV file, outputs/seeds.csv?"
                ),
                (
                    .context,
                    "Our allotment society is pooling seed orders and the secretary can only import CSV. Please convert the seed packet table in memory/garden/seeds.md into outputs/seeds.csv, with a header row of the same columns and one row per packet line. Last year's seed list is no use to them, so leave it out."
                ),
            ], changed: ["outputs/seeds.csv"], check: { f in Fresh17.isSeedsCSV(f("outputs/seeds.csv")) },
            solution: ops(writes: [("outputs/seeds.csv", Fresh17.seedsCSV)])),
        Intention(
            number: 1813, kind: "skill: the renewals due in the next 30 days, with their dates", fixtures: Fresh17.renewals,
            wordings: [
                (
                    .imperative,
                    "Create skills/renewals-due/SKILL.md, a skill named renewals-due with a description, that reads memory/admin/renewals.csv and writes the renewals due in the next 30 days, with their dates, to outputs/renewals-due.md"
                ),
                (
                    .request,
                    "Could you write a skill called renewals-due? It should look at memory/admin/renewals.csv, work out which things renew in the next 30 days, and save those with their dates to outputs/renewals-due.md."
                ),
                (
                    .context,
                    "I keep getting caught out by insurance and licences renewing automatically at a higher price. Please write a skill named renewals-due, with its name and a description in front matter like the weekly-review skill, telling the agent to read memory/admin/renewals.csv, pick out whatever renews within the next 30 days and save those items with their renewal dates to outputs/renewals-due.md. Leave the weekly review skill as it is."
                ),
            ], changed: ["skills/renewals-due/SKILL.md"],
            check: { f in Fresh17.isRenewalsSkill(f("skills/renewals-due/SKILL.md")) && f("skills/weekly-review/SKILL.md") == Fresh17.reviewSkill },
            solution: ops(writes: [
                (
                    "skills/renewals-due/SKILL.md",
                    "---\nname: renewals-due\ndescription: List the bills and policies that renew in the next 30 days.\n---\nRead memory/admin/renewals.csv (item, renews_on, cost_gbp).\nKeep the items whose renews_on date falls between today and 30 days from today.\nWrite each of them with its renewal date and cost to outputs/renewals-due.md, soonest first.\n"
                )
            ])),
        Intention(
            number: 1814, kind: "script: a Python script that prints the heating oil spent and the average price per litre", fixtures: Fresh17.oil,
            wordings: [
                (
                    .imperative,
                    "Write memory/home/oil-cost.py, a Python script that reads memory/home/oil-deliveries.csv and prints the total spent on heating oil and the average price per litre"
                ),
                (
                    .request,
                    "Could you write me a small Python script, oil-cost.py in memory/home, that goes through this winter's oil deliveries in oil-deliveries.csv in the same folder and prints how much I've spent altogether and what I paid per litre on average?"
                ),
                (
                    .context,
                    "Heating oil has been a shock this winter. Every delivery in memory/home/oil-deliveries.csv has the litres and the price per litre, so please write a Python script, memory/home/oil-cost.py, that prints the total cost, the litres times the price for each delivery added up, and the average price per litre, the total cost divided by the total litres. Last winter's file doesn't count, and the script should only read, never change a file."
                ),
            ], changed: ["memory/home/oil-cost.py"], check: { f in Fresh17.isOilScript(f("memory/home/oil-cost.py")) },
            solution: ops(writes: [("memory/home/oil-cost.py", Fresh17.oilScript)])),
    ]
}

extension EverydayTaskSuite {
    /// Correct results in other forms a careful person accepts (a table, another marker, a title,
    /// spacing, number words, another date, time, number or amount format, another order, quoted
    /// CSV cells with CRLF, columns in another order, a lost final newline, paths or titles for
    /// file names, another way to write the same script), at least one per intention but the
    /// delete (1808), which has no other form.
    static let fresh17Alternatives: [(Int, String)] = [
        (
            1801,
            ops(writes: [
                (
                    "memory/book-club/schedule-2027.md",
                    "# Book club 2027\n\n| Month | Book | Author |\n|---|---|---|\n| January | Piranesi | Susanna Clarke |\n| February | Small Things Like These | Claire Keegan |\n| March | The Remains of the Day | Kazuo Ishiguro |\n"
                )
            ])
        ),
        (
            1801,
            ops(writes: [
                (
                    "memory/book-club/schedule-2027.md",
                    "Book club, first three months of 2027\n\n1. *Piranesi* (Jan)\n2. *Small Things Like These* (Feb)\n3. *The Remains of the Day* (Mar)"
                )
            ])
        ),
        (
            1801,
            ops(writes: [
                (
                    "memory/book-club/schedule-2027.md",
                    "# Book Club 2027\n\n## January\nPiranesi by Susanna Clarke\n\n## February\nSmall Things Like These by Claire Keegan\n\n## March\nThe Remains of the Day by Kazuo Ishiguro\n"
                )
            ])
        ),
        (
            1801,
            ops(writes: [
                (
                    "memory/book-club/schedule-2027.md",
                    "* March - The Remains of the Day, Kazuo Ishiguro\n* January - Piranesi, Susanna Clarke\n* February - Small Things Like These, Claire Keegan\n"
                )
            ])
        ),
        (
            1802,
            ops(writes: [
                (
                    "memory/car/golf.md",
                    Fresh17.car["memory/car/golf.md"]!.replacingOccurrences(
                        of: Fresh17.oldInsurer, with: "- **Insurer:** Admiral (policy no. AD-7710-2286)")
                )
            ])
        ),
        (
            1802,
            ops(writes: [
                (
                    "memory/car/golf.md",
                    Fresh17.car["memory/car/golf.md"]!.replacingOccurrences(
                        of: Fresh17.oldInsurer, with: "- Insurer: Admiral, policy AD-7710-2286 (was Aviva, AV-5521-0934)")
                )
            ])
        ),
        (
            1802,
            ops(writes: [
                (
                    "memory/car/golf.md",
                    Fresh17.car["memory/car/golf.md"]!.replacingOccurrences(
                        of: Fresh17.oldInsurer, with: "- Insurer:  Admiral - policy number AD 7710 2286"
                    ).trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            1803,
            ops(writes: [
                (
                    "memory/home/meter-readings.csv",
                    (Fresh17.meters["memory/home/meter-readings.csv"]! + "\"01/11/2026\",\"48213\",\"7698.5\"\n").replacingOccurrences(
                        of: "\n", with: "\r\n")
                )
            ])
        ),
        (
            1803,
            ops(writes: [("memory/home/meter-readings.csv", Fresh17.meters["memory/home/meter-readings.csv"]! + "1 Nov 2026, 48213 kWh, 7698.5 m3")])
        ),
        (
            1803,
            ops(writes: [("memory/home/meter-readings.csv", Fresh17.meters["memory/home/meter-readings.csv"]! + "2026-11-01,48213,7698.50\n")])
        ),
        (
            1804,
            ops(
                writes: [("memory/travel/lisbon-2026.md", Fresh17.travel["memory/travel/lisbon-2025.md"]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/travel/lisbon-2025.md"}"#)
        ),
        (
            1804,
            ops(
                writes: [
                    ("memory/travel/lisbon-2026.md", Fresh17.travel["memory/travel/lisbon-2025.md"]!.replacingOccurrences(of: "\n", with: "\r\n"))
                ],
                #"{"op":"delete","path":"memory/travel/lisbon-2025.md"}"#)
        ),
        (
            1804,
            ops(
                writes: [("memory/travel/lisbon-2026.md", Fresh17.travel["memory/travel/lisbon-2025.md"]! + "\n\n")],
                #"{"op":"delete","path":"memory/travel/lisbon-2025.md"}"#)
        ),
        (
            1805,
            ops(
                writes: [
                    (
                        "memory/home/appliances/washing-machine-receipt.md",
                        Fresh17.appliances["memory/inbox/washing-machine-receipt.md"]! + "\n"
                    )
                ],
                #"{"op":"delete","path":"memory/inbox/washing-machine-receipt.md"}"#)
        ),
        (
            1805,
            ops(
                writes: [
                    (
                        "memory/home/appliances/washing-machine-receipt.md",
                        Fresh17.appliances["memory/inbox/washing-machine-receipt.md"]!.replacingOccurrences(of: "\n", with: "\r\n")
                    )
                ],
                #"{"op":"delete","path":"memory/inbox/washing-machine-receipt.md"}"#)
        ),
        (
            1805,
            ops(
                writes: [
                    (
                        "memory/home/appliances/washing-machine-receipt.md",
                        Fresh17.appliances["memory/inbox/washing-machine-receipt.md"]!.trimmingCharacters(in: .newlines)
                    )
                ],
                #"{"op":"delete","path":"memory/inbox/washing-machine-receipt.md"}"#)
        ),
        (
            1806,
            ops(
                writes: Fresh17.updatedNotes.map {
                    (
                        "memory/memberships/\($0)",
                        Fresh17.memberships["memory/memberships/\($0)"]!.replacingOccurrences(
                            of: "Email: \(Fresh17.oldEmail)", with: "E-mail:  \(Fresh17.newEmail)"
                        ).trimmingCharacters(in: .newlines)
                    )
                })
        ),
        (
            1806,
            ops(
                writes: Fresh17.updatedNotes.map {
                    (
                        "memory/memberships/\($0)",
                        Fresh17.memberships["memory/memberships/\($0)"]!.replacingOccurrences(
                            of: "Email: \(Fresh17.oldEmail)", with: "Email: \(Fresh17.newEmail) (was \(Fresh17.oldEmail))")
                    )
                })
        ),
        (
            1806,
            ops(
                writes: Fresh17.updatedNotes.map {
                    (
                        "memory/memberships/\($0)",
                        Fresh17.memberships["memory/memberships/\($0)"]!.replacingOccurrences(
                            of: "Email: \(Fresh17.oldEmail)", with: "**Email:** [\(Fresh17.newEmail)](mailto:\(Fresh17.newEmail))")
                    )
                })
        ),
        (
            1807,
            ops(writes: [
                ("memory/travel/japan-2027/allergy-card.md", Fresh17.allergy["memory/health/allergy-card.md"]!.trimmingCharacters(in: .newlines))
            ])
        ),
        (
            1807,
            ops(writes: [
                (
                    "memory/travel/japan-2027/allergy-card.md",
                    Fresh17.allergy["memory/health/allergy-card.md"]!.replacingOccurrences(of: "\n", with: "\r\n")
                )
            ])
        ),
        (
            1807,
            ops(writes: [
                (
                    "memory/travel/japan-2027/allergy-card.md",
                    Fresh17.allergy["memory/health/allergy-card.md"]!.replacingOccurrences(of: "\n", with: "\n\n")
                )
            ])
        ),
        (
            1809,
            ops(writes: [
                (
                    "outputs/tenancy-summary.md",
                    "# Tenancy renewal\n\nThe rent goes up to £1,150 a month (from £1,075) when the new 12-month tenancy starts on 1 Feb. Sign the new agreement online and send it back by 15 December if we're staying. Someone needs to be in for the gas safety check on 9 January, 10am to 12pm, or leave a key at the office.\n"
                )
            ])
        ),
        (
            1809,
            ops(writes: [
                (
                    "outputs/tenancy-summary.md",
                    "Rent: 1150 GBP a month from 1 February, up 75 GBP.\nTo stay: sign and return the new agreement by 15/12.\nGas safety inspection on 9 Jan, 10:00-12:00; be in or leave a key with Brightwell."
                )
            ])
        ),
        (
            1809,
            ops(writes: [
                (
                    "outputs/tenancy-summary.md",
                    "Brightwell are offering a new one-year tenancy from 1 February at 1,150 GBP a month instead of 1,075 GBP; to stay, sign and return the agreement online by 15 December. The gas safety inspection is on 9 January, 10 am to 12 pm, so someone has to be in or leave a key at their office (closed 24 December to 2 January).\n"
                )
            ])
        ),
        (
            1810,
            ops(writes: [
                (
                    "outputs/rome-references.md",
                    "# Rome booking references\n\n| Booking | Reference |\n|---|---|\n| Flights BA 2548 / BA 2557 | K7PQ2M |\n| Hotel Artemide | ART-77215 |\n| Leonardo Express | LE-3093-XK |\n| Vatican Museums tour, 5 May | VM-556102 |\n"
                )
            ])
        ),
        (
            1810,
            ops(writes: [
                (
                    "outputs/rome-references.md",
                    "VM-556102 - Vatican tour\nLE-3093-XK - airport train\nART-77215 - hotel\nK7PQ2M - British Airways flights, both ways"
                )
            ])
        ),
        (
            1810,
            ops(writes: [
                (
                    "outputs/rome-references.md",
                    "Booking references for Rome:\n1. **Flights (BA):** `K7PQ2M`\n2. **Hotel (Artemide):** `ART-77215`\n3. **Train (Leonardo Express):** `LE-3093-XK`\n4. **Tour (Vatican Museums):** `VM-556102`\n"
                )
            ])
        ),
        (
            1811,
            ops(writes: [
                (
                    "outputs/freezer-recipes.md",
                    "# Freezer-friendly recipes\n\n| Recipe | Serves |\n|---|---|\n| Beef chilli | 6 |\n| Lasagne | 8 |\n| Red lentil soup | 4 |\n"
                )
            ])
        ),
        (1811, ops(writes: [("outputs/freezer-recipes.md", "memory/recipes/lentil-soup.md\nmemory/recipes/chilli.md\nmemory/recipes/lasagne.md")])),
        (
            1811,
            ops(writes: [
                ("outputs/freezer-recipes.md", "Freezer-friendly:\n1. *Beef chilli* (up to 3 months)\n2. *Lasagne*\n3. *Red lentil soup*\n")
            ])
        ),
        (
            1812,
            ops(writes: [
                (
                    "outputs/seeds.csv",
                    "\"Packets\",\"Vegetable\",\"Variety\",\"Sow from\"\r\n\"2\",\"Tomato\",\"Gardener's Delight\",\"March\"\r\n\"1\",\"Carrot\",\"Early Nantes\",\"April\"\r\n\"3\",\"Runner bean\",\"Scarlet Emperor\",\"May\"\r\n\"1\",\"Courgette\",\"Defender\",\"April\"\r\n"
                )
            ])
        ),
        (
            1812,
            ops(writes: [
                (
                    "outputs/seeds.csv",
                    "Vegetable, Variety, Sow from, Packets\nCourgette, Defender, Apr, 1\nRunner bean, Scarlet Emperor, May, 3\nCarrot, Early Nantes, Apr, 1\nTomato, Gardener's Delight, Mar, 2"
                )
            ])
        ),
        (
            1812,
            ops(writes: [
                (
                    "outputs/seeds.csv",
                    "crop,variety,month,quantity\ntomato,Gardener’s Delight,march,two\ncarrot,Early Nantes,april,one\nrunner bean,Scarlet Emperor,may,three\ncourgette,Defender,april,one\n"
                )
            ])
        ),
        (
            1813,
            ops(writes: [
                (
                    "skills/renewals-due/SKILL.md",
                    "---\nname: \"renewals-due\"\ndescription: >\n  Warns me about renewals coming up within a month.\n---\n\n# Renewals due\n\n1. Open `memory/admin/renewals.csv`.\n2. Compare each row's `renews_on` date with today's date and keep the ones in the next 30 days.\n3. Save them, with their dates, to `outputs/renewals-due.md`.\n"
                )
            ])
        ),
        (
            1813,
            ops(writes: [
                (
                    "skills/renewals-due/SKILL.md",
                    "---\nname: renewals-due\ndescription: |\n  Which renewals are coming up soon.\n---\nFrom memory/admin/renewals.csv, take every item that renews within thirty days of today and list it with its renewal date in outputs/renewals-due.md."
                )
            ])
        ),
        (
            1813,
            ops(writes: [
                (
                    "skills/renewals-due/SKILL.md",
                    "---\nname: renewals-due\ndescription: 'Renewals in the coming month, so nothing auto-renews unnoticed.'\n---\n- Read the rows of memory/admin/renewals.csv.\n- Keep the items that renew in the next month.\n- Write them to outputs/renewals-due.md with the date each one renews and what it costs.\n"
                )
            ])
        ),
        (
            1814,
            ops(writes: [
                (
                    "memory/home/oil-cost.py",
                    "import pandas as pd\n\noil = pd.read_csv(\"memory/home/oil-deliveries.csv\")\nspent = (oil[\"litres\"] * oil[\"price_per_litre\"]).sum()\nprint(f\"Spent on heating oil: £{spent:.2f}\")\nprint(f\"Average price: {spent / oil['litres'].sum():.3f} GBP per litre\")\n"
                )
            ])
        ),
        (
            1814,
            ops(writes: [
                (
                    "memory/home/oil-cost.py",
                    "#!/usr/bin/env python3\n\"\"\"Heating oil this winter: the total cost and the average price per litre.\"\"\"\nfrom pathlib import Path\n\nrows = Path(__file__).with_name(\"oil-deliveries.csv\").read_text().splitlines()[1:]\nlitres = 0.0\ncost = 0.0\nfor line in rows:\n    if line:\n        _, amount, price = line.split(\",\")\n        litres += float(amount)\n        cost += float(amount) * float(price)\nprint(f\"Total spent: £{cost:.2f}\")\nprint(f\"Average price per litre: £{cost / litres:.3f}\")\n"
                )
            ])
        ),
        (
            1814,
            ops(writes: [
                (
                    "memory/home/oil-cost.py",
                    "import csv\nfrom decimal import Decimal\n\ntotal_litres = Decimal(\"0\")\ntotal_cost = Decimal(\"0\")\nwith open(\"memory/home/oil-deliveries.csv\", newline=\"\") as f:\n    reader = csv.reader(f)\n    next(reader)\n    for date, litres, price in reader:\n        total_litres += Decimal(litres)\n        total_cost += Decimal(litres) * Decimal(price)\nprint(\"Total spent on oil:\", round(total_cost, 2), \"GBP\")\nprint(\"Average price per litre:\", round(total_cost / total_litres, 3), \"GBP\")\n"
                )
            ])
        ),
        (
            1814,
            ops(writes: [
                (
                    "memory/home/oil-cost.py",
                    "import csv\n\n\ndef main():\n    volume = 0.0\n    spend = 0.0\n    with open(\"memory/home/oil-deliveries.csv\") as f:\n        for row in csv.DictReader(f):\n            l = float(row[\"litres\"])\n            volume += l\n            spend += l * float(row[\"price_per_litre\"])\n    print(\"Total spent:\", f\"£{spend:,.2f}\")\n    print(\"Average price per litre:\", f\"{spend / volume * 100:.1f}p\")\n\n\nif __name__ == \"__main__\":\n    main()\n"
                )
            ])
        ),
    ]

    /// Wrong or partial results that the seventeenth fresh part's checks must refuse, at least six per intention.
    static let fresh17NearMisses: [(Int, String)] = [
        (
            1801,
            ops(writes: [
                (
                    "memory/book-club/schedule-2027.md",
                    "- January: Piranesi\n- February: The Remains of the Day\n- March: Small Things Like These\n"
                )
            ])
        ),
        (1801, ops(writes: [("memory/book-club/schedule-2027.md", "- January: Piranesi\n- February: Small Things Like These\n")])),
        (
            1801,
            ops(writes: [
                (
                    "memory/book-club/schedule-2026.md",
                    Fresh17.club["memory/book-club/schedule-2026.md"]!
                        + "- January: Piranesi\n- February: Small Things Like These\n- March: The Remains of the Day\n"
                )
            ])
        ),
        (
            1801,
            ops(writes: [
                ("memory/schedule-2027.md", "- January: Piranesi\n- February: Small Things Like These\n- March: The Remains of the Day\n")
            ])
        ),
        (
            1801,
            ops(writes: [
                (
                    "memory/book-club/schedule-2027.md",
                    "```\n- January: Piranesi\n- February: Small Things Like These\n- March: The Remains of the Day\n```\n"
                )
            ])
        ),
        (1801, ops(writes: [("memory/book-club/schedule-2027.md", "- Piranesi\n- Small Things Like These\n- The Remains of the Day\n")])),
        (
            1801,
            ops(writes: [
                (
                    "memory/book-club/schedule-2027.md",
                    "- January: Piranesi\n- February: Small Things Like These\n- March: The Remains of the Day\n- April: Lessons in Chemistry\n"
                )
            ])
        ),
        (
            1801,
            ops(writes: [
                (
                    "memory/book-club/schedule-2027.md",
                    "We read Piranesi in January, Small Things Like These in February and The Remains of the Day in March.\n"
                )
            ])
        ),
        (
            1801,
            ops(writes: [
                (
                    "memory/book-club/schedule-2027.md",
                    "- December: A Christmas Carol\n- January: Piranesi\n- February: Small Things Like These\n- March: The Remains of the Day\n"
                )
            ])
        ),
        (1801, ops(writes: [("memory/book-club/schedule-2027.md", "- January\n- February\n- March\n")])),
        (
            1801,
            ops(writes: [
                (
                    "memory/book-club/schedule-2027.md",
                    "- January: Small Things Like These\n- February: Piranesi\n- March: The Remains of the Day\n"
                )
            ])
        ),
        (
            1802,
            ops(writes: [
                (
                    "memory/car/fiesta.md",
                    Fresh17.car["memory/car/fiesta.md"]!.replacingOccurrences(
                        of: "- Insurer: Aviva, policy AV-6610-2087", with: "- Insurer: Admiral, policy AD-7710-2286")
                )
            ])
        ),
        (
            1802,
            ops(writes: [
                ("memory/car/golf.md", Fresh17.car["memory/car/golf.md"]!.replacingOccurrences(of: Fresh17.oldInsurer, with: Fresh17.newInsurer)),
                (
                    "memory/car/fiesta.md",
                    Fresh17.car["memory/car/fiesta.md"]!.replacingOccurrences(
                        of: "- Insurer: Aviva, policy AV-6610-2087", with: "- Insurer: Admiral, policy AD-7710-2286")
                ),
            ])
        ),
        (
            1802,
            ops(writes: [
                ("memory/car/golf.md", Fresh17.car["memory/car/golf.md"]!.replacingOccurrences(of: Fresh17.oldInsurer, with: "- Insurer: Admiral"))
            ])
        ),
        (
            1802,
            ops(writes: [
                (
                    "memory/car/golf.md",
                    Fresh17.car["memory/car/golf.md"]!.replacingOccurrences(of: Fresh17.oldInsurer, with: "- Insurer: Admiral, policy AD-7710-2268")
                )
            ])
        ),
        (
            1802,
            ops(writes: [
                (
                    "memory/car/golf.md",
                    Fresh17.car["memory/car/golf.md"]!.replacingOccurrences(
                        of: Fresh17.oldInsurer, with: Fresh17.oldInsurer + "\n" + Fresh17.newInsurer)
                )
            ])
        ),
        (1802, ops(writes: [("memory/car/golf.md", Fresh17.newInsurer + "\n")])),
        (
            1802,
            ops(writes: [
                (
                    "memory/car/golf.md",
                    "```markdown\n"
                        + Fresh17.car["memory/car/golf.md"]!.replacingOccurrences(of: Fresh17.oldInsurer, with: Fresh17.newInsurer) + "```\n"
                )
            ])
        ),
        (
            1802,
            ops(writes: [
                (
                    "memory/car/golf.md",
                    Fresh17.car["memory/car/golf.md"]!.replacingOccurrences(of: Fresh17.oldInsurer, with: Fresh17.newInsurer)
                        .replacingOccurrences(of: "- Renews: 14 March", with: "- Renews: 14 March (Admiral)")
                )
            ])
        ),
        (
            1802,
            ops(writes: [
                (
                    "memory/car/golf.md",
                    Fresh17.car["memory/car/golf.md"]!.replacingOccurrences(of: Fresh17.oldInsurer, with: "- Insurer: Admiral, policy AV-5521-0934")
                )
            ])
        ),
        (
            1802,
            ops(writes: [
                (
                    "memory/car/golf.md",
                    Fresh17.car["memory/car/golf.md"]!.replacingOccurrences(of: Fresh17.oldInsurer, with: "- Insurer: Aviva, policy AD-7710-2286")
                )
            ])
        ),
        (
            1802,
            ops(writes: [
                ("memory/car/golf.md", Fresh17.car["memory/car/golf.md"]!.replacingOccurrences(of: Fresh17.oldInsurer, with: Fresh17.newInsurer)),
                (
                    "memory/admin/renewals.md",
                    Fresh17.car["memory/admin/renewals.md"]!.replacingOccurrences(
                        of: "- Golf insurance: 14 March", with: "- Golf insurance (Admiral): 14 March")
                ),
            ])
        ),
        (
            1803,
            ops(writes: [
                ("memory/home/meter-readings-2025.csv", Fresh17.meters["memory/home/meter-readings-2025.csv"]! + "2026-11-01,48213,7698.5\n")
            ])
        ),
        (
            1803,
            ops(writes: [
                (
                    "memory/home/meter-readings.csv",
                    Fresh17.meters["memory/home/meter-readings.csv"]!.replacingOccurrences(
                        of: "gas_m3\n", with: "gas_m3\n" + "2026-11-01,48213,7698.5\n")
                )
            ])
        ),
        (1803, ops(writes: [("memory/home/meter-readings.csv", Fresh17.meters["memory/home/meter-readings.csv"]! + "2026-11-01,7698.5,48213\n")])),
        (1803, ops(writes: [("memory/home/meter-readings.csv", Fresh17.meters["memory/home/meter-readings.csv"]! + "2026-11-10,48213,7698.5\n")])),
        (1803, ops(writes: [("memory/home/meter-readings.csv", Fresh17.meters["memory/home/meter-readings.csv"]! + "2026-11-01,48213\n")])),
        (
            1803,
            ops(writes: [("memory/home/meter-readings.csv", Fresh17.meters["memory/home/meter-readings.csv"]! + "| 2026-11-01 | 48213 | 7698.5 |\n")])
        ),
        (
            1803,
            ops(writes: [
                (
                    "memory/home/meter-readings.csv",
                    "```csv\n" + Fresh17.meters["memory/home/meter-readings.csv"]! + "2026-11-01,48213,7698.5\n" + "```\n"
                )
            ])
        ),
        (1803, ops(writes: [("memory/home/meter-readings.csv", "date,electricity_kwh,gas_m3\n" + "2026-11-01,48213,7698.5\n")])),
        (1803, ops(writes: [("memory/home/meter-readings.csv", Fresh17.meters["memory/home/meter-readings.csv"]! + "2026-11-01,48231,7698.5\n")])),
        (
            1803,
            ops(writes: [
                ("memory/home/meter-readings.csv", Fresh17.meters["memory/home/meter-readings.csv"]! + "2026-11-01,48213,7698.5\n"),
                ("memory/home/energy.md", Fresh17.meters["memory/home/energy.md"]! + "Last sent: 1 November\n"),
            ])
        ),
        (1803, ops(writes: [("memory/home/meter-readings.csv", Fresh17.meters["memory/home/meter-readings.csv"]! + "2025-11-01,48213,7698.5\n")])),
        (
            1803,
            ops(writes: [
                ("memory/home/meter-readings.csv", Fresh17.meters["memory/home/meter-readings.csv"]! + "2026-11-01,48213,7698.5,read by me\n")
            ])
        ),
        (1804, ops(#"{"op":"move","from":"memory/travel/porto-2025.md","to":"memory/travel/porto-2026.md"}"#)),
        (1804, ops(writes: [("memory/travel/lisbon-2026.md", Fresh17.travel["memory/travel/lisbon-2025.md"]!)])),
        (1804, ops(#"{"op":"move","from":"memory/travel/lisbon-2025.md","to":"memory/travel/lisbon-2026.txt"}"#)),
        (1804, ops(#"{"op":"move","from":"memory/travel/lisbon-2025.md","to":"memory/travel/2026/lisbon.md"}"#)),
        (
            1804,
            ops(
                writes: [
                    (
                        "memory/travel/lisbon-2026.md",
                        Fresh17.travel["memory/travel/lisbon-2025.md"]!.replacingOccurrences(
                            of: "# Lisbon, 14 to 18 April 2026", with: "# Lisbon 2026")
                    )
                ],
                #"{"op":"delete","path":"memory/travel/lisbon-2025.md"}"#)
        ),
        (
            1804,
            ops(
                #"{"op":"move","from":"memory/travel/lisbon-2025.md","to":"memory/travel/lisbon-2026.md"}"#,
                #"{"op":"move","from":"memory/travel/lisbon-packing.md","to":"memory/travel/lisbon-2026-packing.md"}"#)
        ),
        (1804, ops(#"{"op":"move","from":"memory/travel/lisbon-2025.md","to":"memory/travel/lisbon_2026.md"}"#)),
        (1804, ops(#"{"op":"move","from":"memory/travel/lisbon-2025.md","to":"memory/lisbon-2026.md"}"#)),
        (
            1804,
            ops(
                writes: [("memory/travel/lisbon-2026.md", "# Lisbon, April 2026\nFlights booked, hotel in Alfama.\n")],
                #"{"op":"delete","path":"memory/travel/lisbon-2025.md"}"#)
        ),
        (
            1804,
            ops(
                writes: [("memory/travel/ideas.md", Fresh17.travel["memory/travel/ideas.md"]! + "- Lisbon: see lisbon-2026.md\n")],
                #"{"op":"move","from":"memory/travel/lisbon-2025.md","to":"memory/travel/lisbon-2026.md"}"#)
        ),
        (1805, ops(#"{"op":"move","from":"memory/inbox/supermarket-receipt.md","to":"memory/home/appliances/supermarket-receipt.md"}"#)),
        (
            1805,
            ops(
                #"{"op":"move","from":"memory/inbox/washing-machine-receipt.md","to":"memory/home/appliances/washing-machine-receipt.md"}"#,
                #"{"op":"move","from":"memory/inbox/supermarket-receipt.md","to":"memory/home/appliances/supermarket-receipt.md"}"#)
        ),
        (
            1805,
            ops(writes: [
                ("memory/home/appliances/washing-machine-receipt.md", Fresh17.appliances["memory/inbox/washing-machine-receipt.md"]!)
            ])
        ),
        (1805, ops(#"{"op":"move","from":"memory/inbox/washing-machine-receipt.md","to":"memory/home/manuals/washing-machine-receipt.md"}"#)),
        (1805, ops(#"{"op":"move","from":"memory/inbox/washing-machine-receipt.md","to":"memory/home/washing-machine-receipt.md"}"#)),
        (1805, ops(#"{"op":"move","from":"memory/inbox/washing-machine-receipt.md","to":"memory/home/appliances/receipt.md"}"#)),
        (
            1805,
            ops(#"{"op":"move","from":"memory/inbox/washing-machine-receipt.md","to":"memory/home/appliances/inbox/washing-machine-receipt.md"}"#)
        ),
        (
            1805,
            ops(
                writes: [
                    (
                        "memory/home/appliances/washing-machine-receipt.md",
                        Fresh17.appliances["memory/inbox/washing-machine-receipt.md"]!.replacingOccurrences(
                            of: "register it within 28 days", with: "registered on 24 October")
                    )
                ],
                #"{"op":"delete","path":"memory/inbox/washing-machine-receipt.md"}"#)
        ),
        (
            1805,
            ops(
                writes: [
                    (
                        "memory/home/appliances/fridge-freezer.md",
                        Fresh17.appliances["memory/home/appliances/fridge-freezer.md"]! + "See also washing-machine-receipt.md\n"
                    )
                ],
                #"{"op":"move","from":"memory/inbox/washing-machine-receipt.md","to":"memory/home/appliances/washing-machine-receipt.md"}"#)
        ),
        (1805, ops(#"{"op":"move","from":"memory/inbox/washing-machine-receipt.md","to":"memory/appliances/washing-machine-receipt.md"}"#)),
        (
            1806,
            ops(
                writes: (Fresh17.updatedNotes + ["cinema-club.md"]).map {
                    (
                        "memory/memberships/\($0)",
                        Fresh17.memberships["memory/memberships/\($0)"]!.replacingOccurrences(of: Fresh17.oldEmail, with: Fresh17.newEmail)
                    )
                })
        ),
        (
            1806,
            ops(
                writes: Fresh17.updatedNotes.prefix(2).map {
                    (
                        "memory/memberships/\($0)",
                        Fresh17.memberships["memory/memberships/\($0)"]!.replacingOccurrences(of: Fresh17.oldEmail, with: Fresh17.newEmail)
                    )
                })
        ),
        (
            1806,
            ops(
                writes: Fresh17.updatedNotes.map {
                    ("memory/memberships/\($0)", Fresh17.memberships["memory/memberships/\($0)"]! + "Email: \(Fresh17.newEmail)\n")
                })
        ),
        (
            1806,
            ops(
                writes: Fresh17.updatedNotes.map {
                    (
                        "memory/memberships/\($0)",
                        Fresh17.memberships["memory/memberships/\($0)"]!.replacingOccurrences(of: Fresh17.oldEmail, with: "ben.carter@fastmail.co")
                    )
                })
        ),
        (
            1806,
            ops(
                writes: Fresh17.updatedNotes.map {
                    (
                        "memory/memberships/\($0)",
                        Fresh17.memberships["memory/memberships/\($0)"]!.replacingOccurrences(
                            of: Fresh17.oldEmail, with: "\(Fresh17.newEmail) / \(Fresh17.oldEmail)")
                    )
                })
        ),
        (1806, ops(writes: Fresh17.updatedNotes.map { ("memory/memberships/\($0)", "Email: \(Fresh17.newEmail)\n") })),
        (
            1806,
            ops(
                writes: Fresh17.updatedNotes.map {
                    (
                        "memory/memberships/\($0)",
                        "```\n"
                            + Fresh17.memberships["memory/memberships/\($0)"]!.replacingOccurrences(of: Fresh17.oldEmail, with: Fresh17.newEmail)
                            + "```\n"
                    )
                })
        ),
        (
            1806,
            ops(
                writes: Fresh17.updatedNotes.map {
                    (
                        "memory/memberships/\($0)",
                        Fresh17.memberships["memory/memberships/\($0)"]!.replacingOccurrences(of: Fresh17.oldEmail, with: Fresh17.newEmail)
                            .replacingOccurrences(of: "Card number: 2940 1177 3\n", with: "")
                    )
                })
        ),
        (
            1806,
            ops(
                writes: Fresh17.updatedNotes.map {
                    (
                        "memory/memberships/\($0)",
                        Fresh17.memberships["memory/memberships/\($0)"]!.replacingOccurrences(of: Fresh17.oldEmail, with: Fresh17.newEmail)
                    )
                } + [
                    (
                        "memory/admin/email-move.md",
                        Fresh17.memberships["memory/admin/email-move.md"]!.replacingOccurrences(
                            of: "Still to do: library, allotment, running club", with: "Done: library, allotment, running club")
                    )
                ])
        ),
        (
            1806,
            ops(
                writes: Fresh17.updatedNotes.map {
                    (
                        "memory/memberships/\($0)",
                        Fresh17.memberships["memory/memberships/\($0)"]!.replacingOccurrences(of: Fresh17.oldEmail, with: "ben.carter77@fastmail.com")
                    )
                })
        ),
        (1807, ops(#"{"op":"move","from":"memory/health/allergy-card.md","to":"memory/travel/japan-2027/allergy-card.md"}"#)),
        (1807, ops(writes: [("memory/travel/japan-2027/allergy-card.md", Fresh17.allergy["memory/health/allergy-card-2019.md"]!)])),
        (1807, ops(writes: [("memory/travel/japan-2027/allergy-card.md", Fresh17.allergy["memory/health/vaccinations.md"]!)])),
        (1807, ops(writes: [("memory/travel/allergy-card.md", Fresh17.allergy["memory/health/allergy-card.md"]!)])),
        (1807, ops(writes: [("memory/travel/japan-2027/allergy-card-copy.md", Fresh17.allergy["memory/health/allergy-card.md"]!)])),
        (
            1807,
            ops(writes: [("memory/travel/japan-2027/allergy-card.md", "```markdown\n" + Fresh17.allergy["memory/health/allergy-card.md"]! + "```\n")])
        ),
        (
            1807,
            ops(writes: [
                (
                    "memory/travel/japan-2027/allergy-card.md",
                    Fresh17.allergy["memory/health/allergy-card.md"]! + "\n## In Japanese\n- (translation to follow)\n"
                )
            ])
        ),
        (
            1807,
            ops(writes: [
                ("memory/travel/japan-2027/allergy-card.md", Fresh17.allergy["memory/health/allergy-card.md"]!),
                ("memory/health/allergy-card.md", Fresh17.allergy["memory/health/allergy-card.md"]! + "Copied for the Japan trip.\n"),
            ])
        ),
        (
            1807,
            ops(writes: [
                (
                    "memory/travel/japan-2027/allergy-card.md",
                    Fresh17.allergy["memory/health/allergy-card.md"]!.replacingOccurrences(
                        of: "- Emergency contact: Tom Walsh, +44 7700 900412\n", with: "")
                )
            ])
        ),
        (
            1807,
            ops(writes: [
                ("memory/travel/japan-2027/allergy-card.md", Fresh17.allergy["memory/health/allergy-card.md"]!),
                (
                    "memory/travel/japan-2027/itinerary.md",
                    Fresh17.allergy["memory/travel/japan-2027/itinerary.md"]! + "- Allergy card: allergy-card.md\n"
                ),
            ])
        ),
        (1808, ops(#"{"op":"delete","path":"memory/selling/road-bike-sold.md"}"#)),
        (
            1808,
            ops(#"{"op":"delete","path":"memory/selling/road-bike.md"}"#, #"{"op":"delete","path":"memory/selling/road-bike-sold.md"}"#)
        ),
        (1808, ops(#"{"op":"delete","path":"memory/selling/road-bike.md"}"#, #"{"op":"delete","path":"memory/selling/cot.md"}"#)),
        (1808, ops(writes: [("memory/selling/road-bike.md", "")])),
        (1808, ops(#"{"op":"move","from":"memory/selling/road-bike.md","to":"memory/selling/archive/road-bike.md"}"#)),
        (1808, ops(writes: [("memory/selling/road-bike.md", "SOLD\n" + Fresh17.selling["memory/selling/road-bike.md"]!)])),
        (1808, ops(#"{"op":"delete","path":"memory/selling/cot.md"}"#)),
        (
            1808,
            ops(
                writes: [("memory/money/sales-2026.md", Fresh17.selling["memory/money/sales-2026.md"]! + "- Listing deleted\n")],
                #"{"op":"delete","path":"memory/selling/road-bike.md"}"#)
        ),
        (1808, ops(#"{"op":"delete","path":"memory/money/sales-2026.md"}"#)),
        (
            1808,
            ops(
                writes: [
                    (
                        "memory/selling/road-bike-sold.md",
                        Fresh17.selling["memory/selling/road-bike-sold.md"]! + Fresh17.selling["memory/selling/road-bike.md"]!
                    )
                ],
                #"{"op":"delete","path":"memory/selling/road-bike.md"}"#)
        ),
        (1809, ops(writes: [("outputs/tenancy-summary.md", Fresh17.tenancyLetter)])),
        (1809, ops(writes: [("outputs/tenancy-summary.md", "The rent goes up from 1,075 GBP to 1,150 GBP a month from 1 February.\n")])),
        (1809, ops(writes: [("outputs/tenancy-summary.md", Fresh17.tenancySummary.replacingOccurrences(of: "to 1,150 GBP", with: "to 1,105 GBP"))])),
        (
            1809,
            ops(writes: [("outputs/tenancy-summary.md", Fresh17.tenancySummary.replacingOccurrences(of: "by 15 December", with: "by 5 December"))])
        ),
        (1809, ops(writes: [("outputs/tenancy-summary.md", Fresh17.tenancySummary.replacingOccurrences(of: "on 9 January", with: "on 19 January"))])),
        (
            1809,
            ops(writes: [
                (
                    "outputs/tenancy-summary.md",
                    "The rent goes up from 1,020 GBP to 1,075 GBP a month from 1 February 2025. Please sign the new agreement by 20 December. The gas safety inspection is on 9 January.\n"
                )
            ])
        ),
        (1809, ops(writes: [("outputs/tenancy-summary.md", "```\n" + Fresh17.tenancySummary + "```\n")])),
        (1809, ops(writes: [("memory/home/tenancy-summary.md", Fresh17.tenancySummary)])),
        (
            1809,
            ops(writes: [
                (
                    "outputs/tenancy-summary.md",
                    Fresh17.tenancySummary.replacingOccurrences(of: "between 10 am and 12 pm", with: "between 9 am and 11 am")
                )
            ])
        ),
        (
            1809,
            ops(writes: [
                (
                    "outputs/tenancy-summary.md",
                    "- New twelve-month tenancy from 1 February.\n- Rent up from 1,075 GBP to 1,150 GBP a month.\n- Deposit unchanged, still with the DPS.\n- Sign and return the agreement online by 15 December.\n- Gas safety inspection on 9 January, 10 am to 12 pm.\n"
                )
            ])
        ),
        (
            1809,
            ops(writes: [
                (
                    "outputs/tenancy-summary.md",
                    Fresh17.tenancySummary.replacingOccurrences(of: "a month.", with: "a month, and the deposit goes up to 1,500 GBP.")
                )
            ])
        ),
        (
            1809,
            ops(writes: [
                (
                    "outputs/tenancy-summary.md",
                    "New tenancy from 1 February. Rent is 1,150 GBP a month. It was 1,075 GBP. Sign online. Return it by 15 December. The gas safety inspection is on 9 January. Be in from 10 am to 12 pm.\n"
                )
            ])
        ),
        (
            1810,
            ops(writes: [("outputs/rome-references.md", Fresh17.romeRefs + "- Hotel Santa Chiara: HSC-40918\n")])
        ),
        (
            1810,
            ops(writes: [
                (
                    "outputs/rome-references.md",
                    Fresh17.romeRefs.replacingOccurrences(of: "Hotel Artemide: ART-77215", with: "Hotel Santa Chiara: HSC-40918")
                )
            ])
        ),
        (
            1810,
            ops(writes: [
                (
                    "outputs/rome-references.md",
                    "- Flights (BA 2548 and BA 2557): K7PQ2M\n- Hotel Artemide: ART-77215\n- Leonardo Express train: LE-3093-XK\n"
                )
            ])
        ),
        (1810, ops(writes: [("outputs/rome-references.md", "- K7PQ2M\n- ART-77215\n- LE-3093-XK\n- VM-556102\n")])),
        (
            1810,
            ops(writes: [
                (
                    "outputs/rome-references.md",
                    "The flights are K7PQ2M, the hotel ART-77215, the train LE-3093-XK and the Vatican tour VM-556102.\n"
                )
            ])
        ),
        (1810, ops(writes: [("outputs/rome-references.md", "```\n" + Fresh17.romeRefs + "```\n")])),
        (1810, ops(writes: [("memory/travel/rome-references.md", Fresh17.romeRefs)])),
        (
            1810,
            ops(writes: [
                (
                    "outputs/rome-references.md",
                    "- Flights: BA 2548, BA 2557\n- Hotel Artemide: ART-77215\n- Leonardo Express train: LE-3093-XK\n- Vatican Museums tour: VM-556102\n"
                )
            ])
        ),
        (
            1810,
            ops(writes: [("outputs/rome-references.md", Fresh17.romeRefs + "- Florence flights: ZQ4L8T\n- Uffizi tickets: UF-20931\n")])
        ),
        (
            1810,
            ops(writes: [
                (
                    "outputs/rome-references.md",
                    "- Flights (BA 2548 and BA 2557): K7PQ2M\n- Hotel Artemide: LE-3093-XK\n- Leonardo Express train: ART-77215\n- Vatican Museums tour: VM-556102\n"
                )
            ])
        ),
        (1810, ops(writes: [("outputs/rome-references.md", Fresh17.romeRefs.replacingOccurrences(of: "VM-556102", with: "VM-556120"))])),
        (
            1811,
            ops(writes: [
                (
                    "outputs/freezer-recipes.md",
                    "- caesar-salad.md\n- chilli.md\n- lasagne.md\n- lentil-soup.md\n- risotto.md\n- stir-fry.md\n"
                )
            ])
        ),
        (1811, ops(writes: [("outputs/freezer-recipes.md", "- chilli.md\n- lasagne.md\n")])),
        (1811, ops(writes: [("outputs/freezer-recipes.md", "- caesar-salad.md\n- risotto.md\n- stir-fry.md\n")])),
        (1811, ops(writes: [("outputs/freezer-recipes.md", "- chilli.md\n- lasagne.md\n- lentil-soup.md\n- risotto.md\n")])),
        (1811, ops(writes: [("outputs/freezer-recipes.md", "The chilli, the lasagne and the lentil soup all freeze.\n")])),
        (1811, ops(writes: [("memory/recipes/freezer-recipes.md", "- chilli.md\n- lasagne.md\n- lentil-soup.md\n")])),
        (1811, ops(writes: [("outputs/freezer-recipes.md", "```\nchilli.md\nlasagne.md\nlentil-soup.md\n```\n")])),
        (1811, ops(writes: [("outputs/freezer-recipes.md", "- chilli.md\n- lasagne.md\n- lentil-soup.md\n- chilli.md\n")])),
        (1811, ops(writes: [("outputs/freezer-recipes.md", "- peas\n- fish fingers\n- half a loaf\n")])),
        (
            1811,
            ops(writes: [
                (
                    "outputs/freezer-recipes.md",
                    "- chilli.md (yes)\n- lasagne.md (yes)\n- lentil-soup.md (yes)\n- risotto.md (no)\n- stir-fry.md (no)\n"
                )
            ])
        ),
        (1812, ops(writes: [("outputs/seeds.csv", Fresh17.seeds["memory/garden/seeds.md"]!)])),
        (
            1812,
            ops(writes: [
                ("outputs/seeds.csv", Fresh17.seedsCSV.replacingOccurrences(of: "Courgette,Defender,April,1\n", with: ""))
            ])
        ),
        (
            1812,
            ops(writes: [("outputs/seeds.csv", Fresh17.seedsCSV.replacingOccurrences(of: "Scarlet Emperor,May,3", with: "Scarlet Emperor,May,2"))])
        ),
        (1812, ops(writes: [("outputs/seeds.csv", Fresh17.seedsCSV + "Beetroot,Boltardy,April,1\nLettuce,Little Gem,March,2\n")])),
        (1812, ops(writes: [("outputs/seeds.csv", "```csv\n" + Fresh17.seedsCSV + "```\n")])),
        (
            1812,
            ops(writes: [
                (
                    "outputs/seeds.csv",
                    "Tomato,Gardener's Delight,March,2\nCarrot,Early Nantes,April,1\nRunner bean,Scarlet Emperor,May,3\nCourgette,Defender,April,1\n"
                )
            ])
        ),
        (1812, ops(writes: [("outputs/seeds.csv", "# Seed packets for 2027\n" + Fresh17.seedsCSV)])),
        (1812, ops(writes: [("outputs/seeds.csv", Fresh17.seedsCSV + "Bought from the allotment shop on 12 November,,,\n")])),
        (1812, ops(writes: [("memory/garden/seeds.csv", Fresh17.seedsCSV)])),
        (
            1812,
            ops(writes: [
                (
                    "outputs/seeds.csv",
                    "vegetable,sow_from,packets\nTomato Gardener's Delight,March,2\nCarrot Early Nantes,April,1\nRunner bean Scarlet Emperor,May,3\nCourgette Defender,April,1\n"
                )
            ])
        ),
        (1812, ops(writes: [("outputs/seeds.csv", Fresh17.seedsCSV.replacingOccurrences(of: ",", with: "\t"))])),
        (1812, ops(writes: [("outputs/seeds.csv", Fresh17.seedsCSV.replacingOccurrences(of: "Early Nantes,April", with: "Early Nantes,March"))])),
        (
            1813,
            ops(writes: [
                (
                    "skills/renewals-due/SKILL.md",
                    "# Renewals due\nRead memory/admin/renewals.csv, keep the items that renew in the next 30 days and write them with their dates to outputs/renewals-due.md.\n"
                )
            ])
        ),
        (
            1813,
            ops(writes: [
                (
                    "skills/renewals-due/SKILL.md",
                    "---\nname: Renewals Due\ndescription: List the renewals coming up soon.\n---\nRead memory/admin/renewals.csv, keep the items that renew in the next 30 days and write them with their dates to outputs/renewals-due.md.\n"
                )
            ])
        ),
        (
            1813,
            ops(writes: [
                (
                    "skills/renewals-due.md",
                    "---\nname: renewals-due\ndescription: List the renewals coming up soon.\n---\nRead memory/admin/renewals.csv, keep the items that renew in the next 30 days and write them with their dates to outputs/renewals-due.md.\n"
                )
            ])
        ),
        (
            1813,
            ops(writes: [
                (
                    "skills/renewals-due/SKILL.md",
                    "---\nname: renewals-due\n---\nRead memory/admin/renewals.csv, keep the items that renew in the next 30 days and write them with their dates to outputs/renewals-due.md.\n"
                )
            ])
        ),
        (
            1813,
            ops(writes: [
                (
                    "skills/renewals-due/SKILL.md",
                    "---\nname: renewals-due\ndescription: List the renewals coming up soon.\n---\nRead memory/admin/renewals.csv, keep the items that renew in the next 30 days and list them with their dates.\n"
                )
            ])
        ),
        (
            1813,
            ops(writes: [
                (
                    "skills/renewals-due/SKILL.md",
                    "---\nname: renewals-due\ndescription: List the renewals coming up soon.\n---\nRead memory/admin/renewals.csv, keep the items that renew in the next 90 days and write them with their dates to outputs/renewals-due.md.\n"
                )
            ])
        ),
        (
            1813,
            ops(writes: [
                (
                    "skills/renewals-due/SKILL.md",
                    "---\nname: renewals-due\ndescription: List all my renewals.\n---\nRead memory/admin/renewals.csv and write every renewal with its date to outputs/renewals-due.md.\n"
                )
            ])
        ),
        (
            1813,
            ops(writes: [
                (
                    "skills/renewals-due/SKILL.md",
                    "```markdown\n---\nname: renewals-due\ndescription: List the renewals coming up soon.\n---\nRead memory/admin/renewals.csv, keep the items that renew in the next 30 days and write them with their dates to outputs/renewals-due.md.\n```\n"
                )
            ])
        ),
        (
            1813,
            ops(writes: [
                (
                    "skills/weekly-review/SKILL.md",
                    Fresh17.reviewSkill
                        + "\n## Renewals due\nRead memory/admin/renewals.csv, keep the items that renew in the next 30 days and write them with their dates to outputs/renewals-due.md.\n"
                )
            ])
        ),
        (
            1813,
            ops(writes: [
                (
                    "skills/renewals-due/SKILL.md",
                    "---\nname: renewals-due\ndescription: List the renewals coming up soon.\n---\nRead memory/admin/renewals.md, keep the items that renew in the next 30 days and write them with their dates to outputs/renewals-due.md.\n"
                )
            ])
        ),
        (
            1813,
            ops(writes: [
                (
                    "skills/renewals-due/SKILL.md",
                    "---\nname: renewals-due\ndescription: List the renewals coming up soon.\n---\nRead memory/admin/renewals.csv, keep the items that renew in the next 30 days and write them with their dates to outputs/renewals.md.\n"
                )
            ])
        ),
        (
            1814,
            ops(writes: [
                (
                    "memory/home/oil-cost.py",
                    "import csv\n\ntotal_cost = 0.0\nwith open(\"memory/home/oil-deliveries.csv\") as f:\n    for row in csv.DictReader(f):\n        total_cost += float(row[\"litres\"]) * float(row[\"price_per_litre\"])\nprint(f\"Total spent: £{total_cost:.2f}\")\n"
                )
            ])
        ),
        (
            1814,
            ops(writes: [
                (
                    "memory/home/oil-cost.py",
                    "import csv\n\ntotal_litres = 0.0\ntotal_cost = 0.0\nwith open(\"memory/home/oil-deliveries.csv\") as f:\n    for row in csv.DictReader(f):\n        litres = float(row[\"litres\"])\n        total_litres += litres\n        total_cost += litres * float(row[\"price_per_litre\"])\nprint(f\"Average price: £{total_cost / total_litres:.3f} per litre\")\n"
                )
            ])
        ),
        (
            1814,
            ops(writes: [
                ("memory/home/oil-cost.py", Fresh17.oilScript.replacingOccurrences(of: "oil-deliveries.csv", with: "oil-deliveries-2024.csv"))
            ])
        ),
        (
            1814,
            ops(writes: [
                (
                    "memory/home/oil-cost.py",
                    Fresh17.oilScript
                        + "with open(\"memory/home/oil-deliveries.csv\", \"a\") as f:\n    f.write(f\"total,{total_litres},{total_cost}\\n\")\n"
                )
            ])
        ),
        (1814, ops(writes: [("memory/home/oil-cost.py", "```python\n" + Fresh17.oilScript + "```\n")])),
        (
            1814,
            ops(writes: [
                (
                    "memory/home/oil-cost.py",
                    "#!/bin/sh\nawk -F, 'NR > 1 { l += $2; c += $2 * $3 } END { print c, c / l }' memory/home/oil-deliveries.csv\n"
                )
            ])
        ),
        (
            1814,
            ops(writes: [
                (
                    "memory/home/oil-cost.py",
                    Fresh17.oilScript.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "# \($0)" }.joined(
                        separator: "\n")
                )
            ])
        ),
        (1814, ops(writes: [("outputs/oil-cost.py", Fresh17.oilScript)])),
        (
            1814,
            ops(writes: [
                (
                    "memory/home/oil-cost.py",
                    Fresh17.oilScript.replacingOccurrences(
                        of: "£{total_cost / total_litres:.3f} per litre", with: "{total_litres / total_cost:.2f} litres per pound")
                )
            ])
        ),
        (
            1814,
            ops(writes: [
                (
                    "memory/home/oil-cost.py",
                    "import csv\n\ntotal_cost = 0.0\nprices = []\nwith open(\"memory/home/oil-deliveries.csv\") as f:\n    for row in csv.DictReader(f):\n        price = float(row[\"price_per_litre\"])\n        prices.append(price)\n        total_cost += float(row[\"litres\"]) * price\nprint(f\"Total spent: £{total_cost:.2f}\")\nprint(f\"Average price: £{sum(prices) / len(prices):.3f} per litre\")\n"
                )
            ])
        ),
        (
            1814,
            ops(writes: [
                (
                    "memory/home/oil-cost.py",
                    "import csv\n\ntotal_litres = 0.0\ntotal_cost = 0.0\nwith open(\"memory/home/oil-deliveries.csv\") as f:\n    for row in csv.DictReader(f):\n        total_litres += float(row[\"litres\"])\n        total_cost += float(row[\"price_per_litre\"])\nprint(f\"Total spent: £{total_cost:.2f}\")\nprint(f\"Average price: £{total_cost / total_litres:.3f} per litre\")\n"
                )
            ])
        ),
        (
            1814,
            ops(writes: [
                (
                    "memory/home/oil-cost.py",
                    "import csv\n\ntotal_litres = 0.0\ntotal_cost = 0.0\nwith open(\"memory/home/oil-deliveries.csv\") as f:\n    for row in csv.DictReader(f):\n        litres = float(row[\"litres\"])\n        total_litres += litres\n        total_cost += litres * float(row[\"price_per_litre\"])\naverage = total_cost / total_litres\n"
                )
            ])
        ),
    ]
}

/// The seventeenth fresh part's fixtures and the helpers its checks share.
private enum Fresh17 {
    static let club: [String: String] = [
        "memory/book-club/schedule-2026.md":
            "# Book club 2026\n- October: Tomorrow, and Tomorrow, and Tomorrow\n- November: The Marriage Portrait\n- December: A Christmas Carol\n",
        "memory/book-club/members.md":
            "# Members\nHelen hosts in January; then Tom, Aisha and Rob take turns.\nWe meet on the first Thursday of the month.\n",
        "memory/reading/to-read.md": "# To read\n- Lessons in Chemistry\n- Piranesi\n",
    ]
    static let oldInsurer = "- Insurer: Aviva, policy AV-5521-0934"
    static let newInsurer = "- Insurer: Admiral, policy AD-7710-2286"
    static let car: [String: String] = [
        "memory/car/golf.md": "# VW Golf, LK19 XPT\n\(oldInsurer)\n- Renews: 14 March\n- Breakdown cover: AA, renews 2 May\n- MOT due: 30 June\n",
        "memory/car/fiesta.md": "# Ford Fiesta (Emma's)\n- Insurer: Aviva, policy AV-6610-2087\n- Renews: 2 September\n",
        "memory/admin/renewals.md": "# Renewals\n- Golf insurance: 14 March\n- Home insurance: 1 July\n",
    ]
    static let meters: [String: String] = [
        "memory/home/meter-readings.csv": "date,electricity_kwh,gas_m3\n2026-08-01,45120,7540.2\n2026-09-01,46010,7561.8\n2026-10-01,47055,7612.0\n",
        "memory/home/meter-readings-2025.csv": "date,electricity_kwh,gas_m3\n2025-10-01,43980,7301.6\n2025-11-01,44890,7388.9\n",
        "memory/home/energy.md": "# Energy\nSupplier: Octopus, account A-3F2C91\nSend the readings on the 1st of each month.\n",
        "memory/home/water-meter.md": "# Water meter\n1183 m3 on 1 October\n",
    ]
    static let travel: [String: String] = [
        "memory/travel/lisbon-2025.md":
            "# Lisbon, 14 to 18 April 2026\nFlights: TP 1363 from Gatwick at 07:05\nHotel: Casa do Largo in Alfama, 4 nights\nMust do: tram 28, Belem pastries, LX Factory\n",
        "memory/travel/lisbon-packing.md": "# Packing for Lisbon\n- sandals\n- plug adaptor\n- phrasebook\n",
        "memory/travel/porto-2025.md": "# Porto, October 2025\nStayed in Ribeira, 3 nights; port tasting at Graham's\n",
        "memory/travel/ideas.md": "# Trip ideas\n- Seville in spring\n- the Azores\n",
    ]
    static let appliances: [String: String] = [
        "memory/inbox/washing-machine-receipt.md":
            "# Currys receipt, order 88120455\nBosch Series 6 washing machine: 549 GBP\nBought 22 October 2026; 2-year guarantee, register it within 28 days\n",
        "memory/inbox/supermarket-receipt.md": "# Tesco receipt\n21 October: 63.40 GBP\n",
        "memory/inbox/dentist-letter.md": "# Dentist\nCheck-up on 4 December at 9:20\n",
        "memory/home/appliances/fridge-freezer.md": "# Fridge freezer\nBeko, bought March 2022; guarantee to March 2027\n",
        "memory/home/manuals/washing-machine-manual.md": "# Bosch Series 6: manual notes\nCottons at 40 takes 3 h 19 min\n",
    ]
    static let oldEmail = "ben.carter77@hotmail.co.uk"
    static let newEmail = "ben.carter@fastmail.com"
    static let updatedNotes = ["library.md", "allotment.md", "running-club.md"]
    static let memberships: [String: String] = [
        "memory/memberships/library.md": "# Library card\nCard number: 2940 1177 3\nEmail: \(oldEmail)\nRenew books online every three weeks\n",
        "memory/memberships/allotment.md": "# Allotment society\nPlot 14B\nEmail: \(oldEmail)\nRent: 42 GBP a year, due in January\n",
        "memory/memberships/running-club.md":
            "# Harriers running club\nMember since 2023\nEmail: \(oldEmail)\nRuns on Tuesday and Thursday evenings\n",
        "memory/memberships/cinema-club.md": "# Cinema club\nEmail: \(oldEmail)\nLapsed in 2024, not renewing\n",
        "memory/admin/email-move.md": "# Moving off Hotmail\nNew address: \(newEmail)\nStill to do: library, allotment, running club\n",
    ]
    static let allergy: [String: String] = [
        "memory/health/allergy-card.md": """
        # Allergy card: Nina Walsh

        - Severe allergy: peanuts and tree nuts
        - Carries: two EpiPens (adrenaline 0.3 mg)
        - Mild allergy: penicillin (gives her a rash)
        - Emergency contact: Tom Walsh, +44 7700 900412

        """,
        "memory/health/allergy-card-2019.md": "# Allergy card: Nina Walsh (2019)\n- Severe allergy: peanuts\n- Carries: one EpiPen\n",
        "memory/health/vaccinations.md": "# Vaccinations\n- Tetanus booster: 2021\n- Japanese encephalitis: ask the travel clinic\n",
        "memory/travel/japan-2027/itinerary.md": "# Japan, April 2027\n- Tokyo, 4 nights\n- Kyoto, 3 nights\n- Osaka, 2 nights\n",
    ]
    static let selling: [String: String] = [
        "memory/selling/road-bike.md": "# For sale: Specialized Allez road bike\n56 cm frame, new chain in May\nAsking 350 GBP on Marketplace\n",
        "memory/selling/road-bike-sold.md": "# Road bike: sold\nSold to James Reid on 2 November for 320 GBP, cash\n",
        "memory/selling/cot.md": "# For sale: cot bed\nAsking 80 GBP, collection only\n",
        "memory/money/sales-2026.md": "# Sold this year\n- Road bike: 320 GBP\n- Lego sets: 145 GBP\n",
    ]
    static let tenancyLetter = """
        # Brightwell Lettings: your tenancy at 27 Elm Road

        Dear Ms Novak,

        Your fixed-term tenancy ends on 31 January. Your landlord, Mr Hughes, is happy to offer you a new twelve-month \
        tenancy starting on 1 February.

        The rent will go up from 1,075 GBP to 1,150 GBP a month from 1 February. Your deposit stays the same and remains \
        protected with the DPS.

        If you would like to stay, please sign the new agreement online and return it by 15 December. If we have not \
        heard from you by then, we will assume you plan to leave and will start marketing the property.

        Separately, the annual gas safety inspection is booked for 9 January between 10 am and 12 pm. Please make sure \
        someone is in, or leave a key with us at the office.

        Our office will be closed from 24 December to 2 January.

        Kind regards,
        Priya Shah
        Lettings manager

        """
    static let tenancy: [String: String] = [
        "memory/home/tenancy-letter.md": tenancyLetter,
        "memory/home/tenancy-letter-2025.md":
            "# Brightwell Lettings, December 2024\nThe rent goes up from 1,020 GBP to 1,075 GBP a month from 1 February 2025. Please sign by 20 December.\n",
        "memory/home/inventory.md": "# Inventory\nTwo keys and one fob; smoke alarms tested on 3 March\n",
    ]
    static let tenancySummary =
        "Brightwell Lettings offer a new twelve-month tenancy from 1 February, with the rent going up from 1,075 GBP to 1,150 GBP a month. To stay, sign the new agreement online and return it by 15 December. The gas safety inspection is on 9 January between 10 am and 12 pm, so someone must be in or leave a key at the office.\n"
    static let rome: [String: String] = [
        "memory/travel/rome-bookings.md": """
        # Rome, 3 to 7 May: bookings

        Flights are with British Airways: BA 2548 from Heathrow on 3 May and BA 2557 back on 7 May, both under booking \
        reference K7PQ2M.

        I first booked the Hotel Santa Chiara (reference HSC-40918) but cancelled it when the price at the Hotel Artemide \
        dropped; the Artemide is booked under reference ART-77215, four nights with breakfast.

        From the airport we take the Leonardo Express. The tickets are already paid for, ticket code LE-3093-XK.

        The Vatican Museums tour on 5 May at 9:30 is confirmed, reference VM-556102.

        """,
        "memory/travel/florence-2025.md": "# Florence, June 2025\nEasyJet booking ZQ4L8T; Hotel Brunelleschi ref HB-11873; Uffizi tickets UF-20931\n",
        "memory/travel/rome-ideas.md": "# Rome ideas\n- gelato at Giolitti\n- Trastevere on the Saturday night\n",
    ]
    static let romeRefs =
        "- Flights (BA 2548 and BA 2557): K7PQ2M\n- Hotel Artemide: ART-77215\n- Leonardo Express train: LE-3093-XK\n- Vatican Museums tour: VM-556102\n"
    static let recipes: [String: String] = [
        "memory/recipes/chilli.md": "# Beef chilli\nServes 6\nFreezes: yes, up to 3 months\n",
        "memory/recipes/lasagne.md": "# Lasagne\nServes 8\nFreezes: yes\n",
        "memory/recipes/lentil-soup.md": "# Red lentil soup\nServes 4\nFreezes: yes\n",
        "memory/recipes/risotto.md": "# Mushroom risotto\nServes 4\nFreezes: no, the rice goes gluey\n",
        "memory/recipes/caesar-salad.md": "# Chicken Caesar salad\nServes 2\nFreezes: no\n",
        "memory/recipes/stir-fry.md": "# Chicken stir-fry\nServes 3\nFreezes: no\n",
        "memory/freezer/contents.md": "# In the freezer\n- peas\n- fish fingers\n- half a loaf\n",
        "memory/meal-plans/week-44.md": "# Week 44\n- Monday: chilli\n- Tuesday: risotto\n",
    ]
    static let seeds: [String: String] = [
        "memory/garden/seeds.md": """
        # Seed packets for 2027

        | Vegetable | Variety | Sow from | Packets |
        |---|---|---|---|
        | Tomato | Gardener's Delight | March | 2 |
        | Carrot | Early Nantes | April | 1 |
        | Runner bean | Scarlet Emperor | May | 3 |
        | Courgette | Defender | April | 1 |

        Bought from the allotment shop on 12 November.

        """,
        "memory/garden/seeds-2026.md":
            "# Seed packets for 2026\n\n| Vegetable | Variety | Sow from | Packets |\n|---|---|---|---|\n| Beetroot | Boltardy | April | 1 |\n| Lettuce | Little Gem | March | 2 |\n",
        "memory/garden/allotment-rules.md": "# Allotment rules\nNo bonfires between May and September.\n",
    ]
    static let seedsCSV =
        "vegetable,variety,sow_from,packets\nTomato,Gardener's Delight,March,2\nCarrot,Early Nantes,April,1\nRunner bean,Scarlet Emperor,May,3\nCourgette,Defender,April,1\n"
    static let reviewSkill =
        "---\nname: weekly-review\ndescription: Look back over the week's notes every Sunday.\n---\nRead this week's notes in memory and write three highlights to outputs/weekly-review.md.\n"
    static let renewals: [String: String] = [
        "skills/README.md": "Each skill is a folder in skills/ holding a SKILL.md.\n",
        "skills/weekly-review/SKILL.md": reviewSkill,
        "memory/admin/renewals.csv":
            "item,renews_on,cost_gbp\nCar insurance,2027-03-14,412.00\nHome insurance,2027-07-01,289.50\nTV licence,2026-11-01,174.50\nBreakdown cover,2027-05-02,96.00\n",
    ]
    static let oil: [String: String] = [
        "memory/home/oil-deliveries.csv": "date,litres,price_per_litre\n2025-10-14,500,0.68\n2025-12-09,650,0.71\n2026-02-03,600,0.74\n",
        "memory/home/oil-deliveries-2024.csv": "date,litres,price_per_litre\n2024-11-02,900,0.79\n",
        "memory/home/oil-tank.md": "# Oil tank\nHolds 1,200 litres; order when the gauge shows a quarter.\n",
        "memory/money/bills.csv": "month,electricity,water\n2026-01,88.10,41.00\n",
    ]
    static let oilScript =
        "import csv\n\ntotal_litres = 0.0\ntotal_cost = 0.0\nwith open(\"memory/home/oil-deliveries.csv\") as f:\n    for row in csv.DictReader(f):\n        litres = float(row[\"litres\"])\n        total_litres += litres\n        total_cost += litres * float(row[\"price_per_litre\"])\nprint(f\"Total spent: £{total_cost:.2f}\")\nprint(f\"Average price: £{total_cost / total_litres:.3f} per litre\")\n"

    /// Whether `text` gives the three months each with its own book (January Piranesi, February
    /// Small Things Like These, March The Remains of the Day), one entry each, any order, and none
    /// of this year's books nor the reading list's. A month given as a heading over its book's
    /// line is read as one entry with it.
    static func isSchedule(_ text: String?) -> Bool {
        guard let t = text, !Judge.has(t, #"tomorrow, and|marriage portrait|christmas carol|lessons in chemistry"#) else { return false }
        var lines: [String] = []
        for line in Judge.lines(t) {
            if let last = lines.last, Judge.has(last, #"^#+\s*(jan|feb|mar)[a-z]*\W*$"#), !line.hasPrefix("#") {
                lines[lines.count - 1] = last.replacingOccurrences(of: #"^#+\s*"#, with: "", options: .regularExpression) + ": " + line
            } else {
                lines.append(line)
            }
        }
        return Judge.isPairedList(
            lines.joined(separator: "\n"), who: [#"\bjan(uary)?\b"#, #"\bfeb(ruary)?\b"#, #"\bmar(ch)?\b"#],
            what: [#"piranesi"#, #"small things"#, #"remains of the day"#])
    }

    /// Whether `text` is the Golf's note with only its insurer line changed: now Admiral, policy
    /// AD-7710-2286 (the old insurer said to have been aside), the rest as it was.
    static func isInsurance(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(car["memory/car/golf.md"])
        let got = Judge.lines(t)
        guard got.count == want.count, let i = want.firstIndex(of: oldInsurer) else { return false }
        let line = got[i].lowercased()
        let said = line.replacingOccurrences(
            of: #"\(?\b(was|previously|formerly|switched from|moved from|instead of|replacing|old:?)\s+aviva[^)]*\)?"#, with: " ",
            options: .regularExpression)
        return Judge.has(line, #"^\W*insur(er|ance)\b"#) && Judge.has(said, #"\badmiral\b"#) && Judge.has(said, #"\bad[-\s]?7710[-\s]?2286\b"#)
            && !Judge.has(said, #"aviva|5521|0934"#) && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
    }

    /// Whether `text` is the readings log as it was with one more last row: 1 November 2026,
    /// electricity 48213, gas 7698.5, in the log's three columns (another date format, units in a
    /// cell, quoted cells with CRLF pass; a year, if given, 2026).
    static func isMeterLog(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !t.contains("|") else { return false }
        let want = Judge.lines(meters["memory/home/meter-readings.csv"])
        let got = Judge.lines(t)
        guard got.count == want.count + 1, Array(got.prefix(want.count)) == want, let last = got.last else { return false }
        let cells = Judge.csvCells(last)
        guard cells.count == 3 else { return false }
        let date = cells[0].lowercased()
        return Judge.hasDate(date, day: 1, month: 11) && Judge.found(date, #"\b(\d{4})\b"#).allSatisfy { $0 == "2026" }
            && Judge.has(cells[1], #"^48,?213(\s*kwh)?$"#) && Judge.has(cells[2], #"^7,?698\.50?(\s*(m3|m³))?$"#)
    }

    /// Whether `text` is the membership note `was` with only its email line changed, to the new
    /// address alone (the old one said to have been aside).
    static func hasNewEmail(_ text: String?, _ was: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(was)
        let got = Judge.lines(t)
        guard got.count == want.count, let i = want.firstIndex(where: { $0.hasPrefix("Email:") }) else { return false }
        let line = got[i].lowercased()
        let said = line.replacingOccurrences(
            of: #"\(?\b(was|formerly|previously|old:?|replacing|replaces|instead of)\s+\S*hotmail[^)]*\)?"#, with: " ",
            options: .regularExpression)
        return Judge.has(line, #"^\W*e-?mail(\s+address)?\b"#) && Set(emails(said)) == [newEmail] && !said.contains("hotmail")
            && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
    }

    /// The day numbers `text` (lowercase) gives in the month starting `month` ("dec"), day first or
    /// month first ("15 December", "Dec 15th", "15/12"), a time after the month's name aside.
    static func days(_ text: String, _ month: String, _ number: Int) -> [String] {
        Judge.found(text, #"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?\#(month)"#)
            + Judge.found(text, #"\b\#(month)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:am|pm|a\.m|p\.m|[:.]\d|[-–]))"#)
            + Judge.found(text, #"\b(\d{1,2})/0?\#(number)\b"#)
    }

    /// Whether `text` sums up the letting agent's letter in two or three sentences (a title line
    /// before them aside; at most three lines, about eighty words), with the new rent, the date to
    /// sign by and the gas safety inspection's date, and no amount, time or date it does not give,
    /// nor anything from last year's letter.
    static func isTenancySummary(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        var all = Judge.lines(t)
        if all.count > 1, let first = all.first,
            first.hasPrefix("#") || (first.split(separator: " ").count <= 8 && !Judge.has(first, #"[.!?]$"#))
        {
            all.removeFirst()
        }
        guard (1...3).contains(all.count) else { return false }
        let body = all.joined(separator: " ")
        let low = body.lowercased()
        let words = low.split(separator: " ").filter { $0.contains { $0.isLetter || $0.isNumber } }.count
        let plain = low.replacingOccurrences(of: #"\b[ap]\.m\.|\b(e\.g|i\.e|etc|no|mr|mrs|ms|dr)\."#, with: " ", options: .regularExpression)
        let sentences = Judge.found(plain, #"[.!?](?=\s|$)"#).count
        guard words >= 15, words <= 80, sentences <= 4 else { return false }
        let amounts = (Judge.found(low, #"£\s*([\d,]+)"#) + Judge.found(low, #"\b([\d,]+)(?:\.00)?\s*(?:gbp|pounds?|quid)\b"#)).map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: ","))
        }
        let clock = Judge.found(low, #"(?<![£\d.,])\b(\d{1,2}[:.]\d{2})(?!\d)(?!\s*(gbp|pounds))"#)
        let hours = Judge.found(low, #"\b(\d{1,2})(?:[:.]\d{2})?\s*(?:am|pm|a\.m|p\.m)"#)
        return Judge.has(low, #"(?<![\d,.])1,?150(?!\d)"#) && Judge.hasDate(low, day: 15, month: 12)
            && Judge.has(low, #"\bsign|\breturn|\breply|\bconfirm|let (them|the agent|brightwell) know"#)
            && Judge.has(low, #"\bgas\b|inspection|safety check"#) && Judge.hasDate(low, day: 9, month: 1)
            && amounts.allSatisfy { ["1,150", "1150", "1,075", "1075", "75"].contains($0) }
            && clock.allSatisfy { ["10:00", "10.00", "12:00", "12.00"].contains($0) } && hours.allSatisfy { ["10", "12"].contains($0) }
            && days(low, "dec", 12).allSatisfy { ["15", "24"].contains($0) }
            && days(low, "jan", 1).allSatisfy { ["9", "09", "2", "31"].contains($0) }
            && days(low, "feb", 2).allSatisfy { ["1", "01"].contains($0) } && !Judge.has(low, #"1,?020"#)
    }

    /// Whether `text` lists the four booking references each with what it is for (the flights
    /// K7PQ2M, the hotel ART-77215, the train LE-3093-XK, the tour VM-556102), one entry each, any
    /// order, and not the cancelled hotel's nor last year's trip's.
    static func isBookingRefs(_ text: String?) -> Bool {
        guard let t = text, !Judge.has(t, #"hsc|40918|santa chiara|zq4l8t|hb-?11873|uf-?20931|florence|uffizi"#) else { return false }
        return Judge.isPairedList(
            t,
            who: [
                #"\bflights?\b|\bba\s?25|british airways|\bplanes?\b"#, #"\bhotel\b|artemide"#, #"\btrains?\b|leonardo|express"#,
                #"\btour\b|vatican|museum"#,
            ],
            what: [#"\bk7pq2m\b"#, #"\bart[-\s]?77215\b"#, #"\ble[-\s]?3093[-\s]?xk\b"#, #"\bvm[-\s]?556102\b"#])
    }

    /// Whether `text` lists the three recipes that freeze (the chilli, the lasagne, the lentil
    /// soup), by file name or title, and none that does not nor anything from the freezer.
    static func isFreezerList(_ text: String?) -> Bool {
        Judge.isNamedList(text, [#"chill?i"#, #"lasagn[ae]"#, #"lentil"#], banned: #"risotto|caesar|salad|stir[- ]?fry|\bpeas\b|fish fingers|loaf"#)
    }

    /// Whether `text` is the 2027 seed table as CSV: a header row (vegetable, variety, sow from,
    /// packets, any case, any column order) and the four packet lines in any order (quoted cells,
    /// CRLF, a month's first three letters, number words aside), nothing else.
    static func isSeedsCSV(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !t.contains("|") else { return false }
        let rows = Judge.lines(t).map(Judge.csvCells)
        guard rows.count == 5, rows.allSatisfy({ $0.count == 4 }) else { return false }
        let header = rows[0].map { $0.lowercased() }
        guard let v = header.firstIndex(where: { Judge.has($0, #"veg|crop|plant"#) }),
            let k = header.firstIndex(where: { Judge.has($0, #"variety|cultivar"#) }),
            let s = header.firstIndex(where: { Judge.has($0, #"sow|month|when"#) }),
            let p = header.firstIndex(where: { Judge.has($0, #"packet|qty|quantity|how many|count"#) }), Set([v, k, s, p]).count == 4
        else { return false }
        let clean = { (c: String) in
            c.lowercased().replacingOccurrences(of: "’", with: "'").trimmingCharacters(in: CharacterSet(charactersIn: "*_` "))
        }
        let numbers = ["one": "1", "two": "2", "three": "3"]
        let got = rows.dropFirst().map { r in "\(clean(r[v]))|\(clean(r[k]))|\(clean(r[s]).prefix(3))|\(numbers[clean(r[p])] ?? clean(r[p]))" }
        let want: Set<String> = [
            "tomato|gardener's delight|mar|2", "carrot|early nantes|apr|1", "runner bean|scarlet emperor|may|3", "courgette|defender|apr|1",
        ]
        return got.count == want.count && Set(got) == want
    }

    /// Whether `text` is a skill named renewals-due with a description, whose body reads
    /// renewals.csv, keeps what renews in the next 30 days (or month), with the dates, and saves
    /// them in outputs/renewals-due.md.
    static func isRenewalsSkill(_ text: String?) -> Bool {
        guard let t = text, let (fields, body) = Judge.skill(t) else { return false }
        let b = body.lowercased()
        let rest = b.replacingOccurrences(of: "outputs/renewals-due.md", with: " ").replacingOccurrences(of: "renewals-due", with: " ")
        return fields["name"] == "renewals-due" && (fields["description"] ?? "").count >= 10 && b.count >= 40
            && b.contains("outputs/renewals-due.md") && rest.contains("renewals.csv")
            && Judge.has(rest, #"\b30[-\s]*days?\b|\bthirty[-\s]+days?\b|\b(a|one|the next|the coming|next)\s+month\b"#)
            && Judge.has(rest, #"\bdates?\b|renews_on|\bwhen\b"#)
    }

    /// Whether `text` is a Python script (a shebang, if any, names Python) that opens the oil
    /// deliveries file (not last winter's), reads the numbers, multiplies litres by price, adds
    /// them up, divides the cost by the litres (not the other way round) and prints two values,
    /// writing, moving or removing nothing. Comments and a fenced reply do not count; plain
    /// strings (labels such as "per litre") are read apart from the arithmetic, a key in brackets kept.
    static func isOilScript(_ text: String?) -> Bool {
        guard let script = Judge.readOnlyPython(text, reading: "oil-deliveries.csv", not: "oil-deliveries-2024") else { return false }
        let (code, bare, twoValues) = (script.code, script.bare, script.twoValues)
        let has = script.has
        return has(["open(", "read_text(", "read_csv("]) && has(["float(", "Decimal(", "read_csv("])
            && Judge.has(code, #"\+=|\bsum\(|\.sum\("#) && Judge.has(bare, #"[\w\])]\s*\*(?!\*)\s*[\w(\[]"#)
            && Judge.has(bare, #"(cost|spen[td]|paid|money|total|amount|gbp|pound|£)[^\n/{}]*/[^\n/{}]*(litre|liter|volume|quantity)"#)
            && !Judge.has(bare, #"(litre|liter|volume|quantity)[^\n/{}]*/[^\n/{}]*(cost|spen[td]|paid|money|total|amount|gbp|pound|£)"#)
            && twoValues
    }
}
