import Foundation

/// A fourteenth fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first thirteen: by someone who had not read the agent loop, its tools, its prompts, its tests or
/// any result. Fourteen intentions, numbered 1501 to 1514, one for each kind the issue names
/// (create, a plant sitter's watering note with how often each plant needs water, in figures or
/// words; edit in place, the rent on one line of a flat's note with the same figure on the
/// deposit line; append a batch of frozen chilli as a row to a freezer inventory CSV; rename a
/// scanned warranty found by what it holds; move a family cake recipe from the inbox into the
/// baking recipes; several files, a new car's registration in three account notes of four; copy
/// an invoice template to start the next invoice; delete a cancelled gym membership's note;
/// summarise a holiday cottage owner's long email in two sentences; extract a school newsletter's
/// coming events with their dates, a cancelled one left out; list-and-save the job applications
/// with no reply yet by the status inside each note; convert a street potluck's sign-up sheet
/// from CSV to a Markdown table; a skill for planning a week of dinners; a Python script that
/// prints a month's spending by category), each worded three ways as people word them (files
/// named by path, by bare name or by what they are; numbers in figures or words; chatty context),
/// run as Steward chooses. Every fixture holds a look-alike beside the right file (the repotting
/// note and the old flat's watering, the parking space's rent, the pantry CSV, the fridge's
/// warranty, the lemon tree's care note, the old car's sale note, the old template and the invoice
/// already sent, the cancellation's confirmation, last year's cottage email, the May newsletter
/// and the cancelled disco, the rejection and the interview, the Christmas potluck, another skill,
/// June's spending). Judged by content as a person would (other list markers, entry, row and
/// column order, spacing, a title line, a table for a list, another date, time, number or amount
/// format, number words, quoted CSV cells with CRLF, a lost final newline pass) and by "nothing
/// else changed" (the wrong file, the wrong folder, a copy where a move was asked fail). Frozen in
/// a commit of its own before any run with a model: never tune the loop on it, and run it as it is
/// (`STEWARD_SUITE_PART=fresh14`).
extension EverydayTaskSuite {
    static let fresh14: [Intention] = [
        Intention(
            number: 1501, kind: "create: a plant sitter's watering note with how often each plant needs water", fixtures: Fresh14.plants,
            wordings: [
                (
                    .imperative,
                    "Create memory/plants/watering.md for the plant sitter: water the fern every two days, the cactus once a week and the basil every day"
                ),
                (
                    .request,
                    "Could you write a watering note, watering.md in memory/plants, for whoever looks after my plants? The basil needs water daily, the fern every other day and the cactus just once a week."
                ),
                (
                    .context,
                    "I'm away for three weeks in July and my neighbour Kofi is looking after the flat. Please create memory/plants/watering.md telling him how often to water each plant, one line per plant: the fern every 2 days, the cactus once a week, the basil every day. The repotting note in the same folder is for me and stays as it is."
                ),
            ], changed: ["memory/plants/watering.md"],
            check: { f in Fresh14.isWatering(f("memory/plants/watering.md")) && Judge.untouched(f, Array(Fresh14.plants.keys), Fresh14.plants) },
            solution: ops(writes: [
                ("memory/plants/watering.md", "# Watering\n- fern: every 2 days\n- cactus: once a week\n- basil: every day\n")
            ])),
        Intention(
            number: 1502, kind: "edit in place: a flat's rent on one line, the deposit's same figure on another left", fixtures: Fresh14.home,
            wordings: [
                (.imperative, "In memory/home/flat.md, change the rent from 950 GBP to 985 GBP a month"),
                (
                    .request,
                    "My landlord has put the rent up to nine hundred and eighty-five pounds a month. Could you change the rent line of flat.md in memory/home?"
                ),
                (
                    .context,
                    "Mr Petrov wrote to say the rent goes up from next month, from 950 to 985 GBP a month, still due on the 1st. Please update the rent line in memory/home/flat.md. The deposit stays at 950 GBP, so leave that line and the rest of the note alone, and the parking space note too."
                ),
            ], changed: ["memory/home/flat.md"],
            check: { f in Fresh14.isFlat(f("memory/home/flat.md")) && Judge.untouched(f, ["memory/home/parking.md"], Fresh14.home) },
            solution: ops(writes: [
                (
                    "memory/home/flat.md",
                    Fresh14.home["memory/home/flat.md"]!.replacingOccurrences(of: "Rent: 950 GBP a month", with: "Rent: 985 GBP a month")
                )
            ])),
        Intention(
            number: 1503, kind: "append: a batch of frozen chilli as a new last row of a freezer inventory CSV", fixtures: Fresh14.kitchen,
            wordings: [
                (.imperative, "Append a row to memory/kitchen/freezer.csv: chilli con carne, 4 portions, frozen on 2026-08-02"),
                (
                    .request,
                    "I've just frozen four portions of chilli con carne, today, the second of August 2026. Could you add them to the end of the freezer list in memory/kitchen?"
                ),
                (
                    .context,
                    "I batch-cook on Sundays and then forget what's in the freezer, so I keep a list. On 2 August 2026 I froze 4 portions of chilli con carne. Please add that as a new last row of memory/kitchen/freezer.csv, in the same columns as the rows already there. The pantry list is another CSV in that folder and stays as it is."
                ),
            ], changed: ["memory/kitchen/freezer.csv"],
            check: { f in
                Fresh14.isFreezer(f("memory/kitchen/freezer.csv"))
                    && Judge.untouched(f, ["memory/kitchen/pantry.csv", "memory/kitchen/meal-ideas.md"], Fresh14.kitchen)
            },
            solution: ops(writes: [
                ("memory/kitchen/freezer.csv", Fresh14.kitchen["memory/kitchen/freezer.csv"]! + "chilli con carne,4,2026-08-02\n")
            ])),
        Intention(
            number: 1504, kind: "rename: a scanned warranty saved under a number, named for the appliance it covers", fixtures: Fresh14.scans,
            wordings: [
                (.imperative, "Rename memory/documents/scans/scan-0412.txt to washing-machine-warranty.txt"),
                (
                    .request,
                    "One of the scans in memory/documents/scans is the warranty for our washing machine. Could you rename it washing-machine-warranty.txt, keeping it in the same folder?"
                ),
                (
                    .context,
                    "The scanner names everything scan-and-a-number, and when the washing machine started leaking I couldn't find its warranty. Please find the washing machine's warranty among the scans in memory/documents/scans and rename it to washing-machine-warranty.txt, in the same folder and without changing what it says. The fridge warranty can keep its scan name for now."
                ),
            ], changed: ["memory/documents/scans/scan-0412.txt", "memory/documents/scans/washing-machine-warranty.txt"],
            check: { f in
                Judge.moved(f, "memory/documents/scans/scan-0412.txt", to: "memory/documents/scans/washing-machine-warranty.txt", Fresh14.scans)
                    && Judge.untouched(
                        f, ["memory/documents/scans/scan-0411.txt", "memory/documents/scans/scan-0413.txt", "memory/documents/passport-renewal.md"],
                        Fresh14.scans)
            },
            solution: ops(#"{"op":"move","from":"memory/documents/scans/scan-0412.txt","to":"memory/documents/scans/washing-machine-warranty.txt"}"#)
        ),
        Intention(
            number: 1505, kind: "move into a folder: a family cake recipe from the inbox to the baking recipes", fixtures: Fresh14.recipes,
            wordings: [
                (.imperative, "Move memory/inbox/lemon-drizzle-cake.md into memory/recipes/baking"),
                (
                    .request,
                    "Could you file Nan's lemon drizzle cake recipe? It's sitting in memory/inbox; put it in the baking folder under memory/recipes."
                ),
                (
                    .context,
                    "Nan finally gave me her lemon drizzle cake recipe and I typed it straight into my inbox folder. Please move memory/inbox/lemon-drizzle-cake.md into memory/recipes/baking, next to the banana bread, keeping its name. The note about the lemon tree is about the plant, not baking, so it stays in the inbox."
                ),
            ], changed: ["memory/inbox/lemon-drizzle-cake.md", "memory/recipes/baking/lemon-drizzle-cake.md"],
            check: { f in
                Judge.moved(f, "memory/inbox/lemon-drizzle-cake.md", to: "memory/recipes/baking/lemon-drizzle-cake.md", Fresh14.recipes)
                    && Judge.untouched(
                        f, ["memory/inbox/lemon-tree.md", "memory/inbox/dentist.md", "memory/recipes/baking/banana-bread.md"], Fresh14.recipes)
            }, solution: ops(#"{"op":"move","from":"memory/inbox/lemon-drizzle-cake.md","to":"memory/recipes/baking/lemon-drizzle-cake.md"}"#)),
        Intention(
            number: 1506, kind: "several files: a new car's registration in three account notes, the old car's sale note left",
            fixtures: Fresh14.cars,
            wordings: [
                (
                    .imperative,
                    "Change the registration to LB24 TZR in memory/car/accounts/parking-permit.md, breakdown.md and toll.md"
                ),
                (
                    .request,
                    "We've got a new car! Could you update the registration to LB24 TZR in the parking permit, breakdown cover and toll account notes in memory/car/accounts?"
                ),
                (
                    .context,
                    "The old Fiesta has gone and the new car arrived yesterday with the registration LB24 TZR. Each account that knows our car has a note in memory/car/accounts with a registration line; please change it from KX19 LMN to the new one in the parking permit, breakdown cover and toll notes, leaving the rest of each note alone. The note about selling the old Fiesta keeps the old registration."
                ),
            ], changed: Set(Fresh14.carAccounts.map { "memory/car/accounts/\($0)" }),
            check: { f in
                Fresh14.carAccounts.allSatisfy {
                    Fresh14.hasNewRegistration(f("memory/car/accounts/\($0)"), Fresh14.cars["memory/car/accounts/\($0)"])
                } && Judge.untouched(f, ["memory/car/accounts/old-car-sale.md"], Fresh14.cars)
            },
            solution: ops(
                writes: Fresh14.carAccounts.map {
                    (
                        "memory/car/accounts/\($0)",
                        Fresh14.cars["memory/car/accounts/\($0)"]!.replacingOccurrences(of: Fresh14.oldRegistration, with: Fresh14.newRegistration)
                    )
                })),
        Intention(
            number: 1507, kind: "copy: an illustrator's invoice template to start the next numbered invoice, the template kept",
            fixtures: Fresh14.invoices,
            wordings: [
                (.imperative, "Copy memory/invoices/template.md to memory/invoices/2026/invoice-031.md"),
                (
                    .request,
                    "Could you start my next invoice, number 031, as a copy of the invoice template in memory/invoices? It goes in the 2026 folder as invoice-031.md, and keep the template."
                ),
                (
                    .context,
                    "I've finished the illustrations for the Hartley book and need to bill them. Please copy my invoice template, memory/invoices/template.md, to memory/invoices/2026/invoice-031.md so I can fill it in later, and leave the template as it is. Don't use the old template with my previous bank details, and invoice 030 is already sent."
                ),
            ], changed: ["memory/invoices/2026/invoice-031.md"],
            check: { f in
                let copy = f("memory/invoices/2026/invoice-031.md")
                return copy != nil && !Judge.fenced(copy!) && Judge.lines(copy) == Judge.lines(Fresh14.invoices["memory/invoices/template.md"])
                    && Fresh14.invoices.keys.allSatisfy { f($0) == Fresh14.invoices[$0] }
            }, solution: ops(writes: [("memory/invoices/2026/invoice-031.md", Fresh14.invoices["memory/invoices/template.md"]!)])),
        Intention(
            number: 1508, kind: "delete: a cancelled gym membership's note beside its cancellation proof and a live membership",
            fixtures: Fresh14.memberships,
            wordings: [
                (.imperative, "Delete memory/memberships/fitzone-gym.md"),
                (
                    .request,
                    "I've cancelled my FitZone gym membership. Could you remove its note from memory/memberships? Keep the cancellation confirmation, though."
                ),
                (
                    .context,
                    "After a year of paying for a gym I went to four times, I finally cancelled FitZone last week. Please delete the membership note for the gym from memory/memberships. Keep the cancellation confirmation in case they charge me again, and the swimming pool pass is still going, so leave that too."
                ),
            ], changed: ["memory/memberships/fitzone-gym.md"],
            check: { f in
                f("memory/memberships/fitzone-gym.md") == nil
                    && Judge.untouched(f, ["memory/memberships/fitzone-cancellation.md", "memory/memberships/swimming-pool.md"], Fresh14.memberships)
            }, solution: ops(#"{"op":"delete","path":"memory/memberships/fitzone-gym.md"}"#)),
        Intention(
            number: 1509, kind: "summarise: a holiday cottage owner's long arrival email in two sentences",
            fixtures: ["memory/holiday/cottage-email.md": Fresh14.cottageEmail, "memory/holiday/cottage-email-2025.md": Fresh14.cottageEmail2025],
            wordings: [
                (.imperative, "Summarise memory/holiday/cottage-email.md in two sentences in outputs/cottage-summary.md"),
                (
                    .request,
                    "Bryony from the holiday cottage sent a long email before our stay. Could you sum it up in two sentences and save that as outputs/cottage-summary.md? It's cottage-email.md in memory/holiday."
                ),
                (
                    .context,
                    "We're off to Gull Cottage next month and Bryony's emails always bury the useful parts among news about the garden. Please read this year's email, memory/holiday/cottage-email.md (not last year's), and write a summary of just 2 sentences with the practical details to outputs/cottage-summary.md."
                ),
            ], changed: ["outputs/cottage-summary.md"], check: { f in Fresh14.isCottageSummary(f("outputs/cottage-summary.md")) },
            solution: ops(writes: [
                (
                    "outputs/cottage-summary.md",
                    "We stay at Gull Cottage from Saturday 1 August, arriving after 4 pm and taking the key from the key safe by the back door (code 2719), with room for one car on the gravel. We leave by 10 am on Saturday 8 August, with the rubbish in the green bins and the key back in the safe.\n"
                )
            ])),
        Intention(
            number: 1510, kind: "extract: a school newsletter's coming events with their dates, a cancelled one left out",
            fixtures: Fresh14.school,
            wordings: [
                (
                    .imperative,
                    "Extract the coming events and their dates from memory/school/newsletter.md into outputs/school-dates.md, one event per line"
                ),
                (
                    .request,
                    "Could you go through the school newsletter in memory/school/newsletter.md and list the events coming up, each with its date, in outputs/school-dates.md? I want them in my calendar."
                ),
                (
                    .context,
                    "The school newsletter always arrives as a wall of text and I miss things. Please read memory/school/newsletter.md and list every event still coming up in outputs/school-dates.md, one per line with the event and its date. The disco has been cancelled, so leave it out, and the May newsletter in the same folder is old news."
                ),
            ], changed: ["outputs/school-dates.md"], check: { f in Fresh14.isSchoolDates(f("outputs/school-dates.md")) },
            solution: ops(writes: [
                (
                    "outputs/school-dates.md",
                    "- Summer fair: Saturday 4 July\n- Sports day: Friday 10 July\n- Year 6 leavers' assembly: Wednesday 22 July\n"
                )
            ])),
        Intention(
            number: 1511, kind: "list-and-save: the job applications with no reply yet, by the status inside each note", fixtures: Fresh14.jobs,
            wordings: [
                (
                    .imperative,
                    "List the job applications in memory/jobs/applications that have had no reply yet and save the list to outputs/awaiting-reply.md"
                ),
                (
                    .request,
                    "Could you go through my job application notes in memory/jobs/applications and write the ones I still haven't heard back from into outputs/awaiting-reply.md? I want to chase them."
                ),
                (
                    .context,
                    "I've sent off a lot of job applications this spring and lost track of who has answered. Each application has a note in memory/jobs/applications with a status line. Please save the ones with no reply yet to outputs/awaiting-reply.md, one per line, so I can send polite follow-up emails; leave out the rejection and the one where I already have an interview."
                ),
            ], changed: ["outputs/awaiting-reply.md"], check: { f in Fresh14.isAwaitingReply(f("outputs/awaiting-reply.md")) },
            solution: ops(writes: [("outputs/awaiting-reply.md", "- greenleaf-library.md\n- harbour-museum.md\n- crumb-and-co.md\n")])),
        Intention(
            number: 1512, kind: "convert: a street potluck's sign-up sheet from CSV to a Markdown table",
            fixtures: ["memory/party/potluck.csv": Fresh14.potluck, "memory/party/potluck-christmas.csv": Fresh14.potluckChristmas],
            wordings: [
                (.imperative, "Convert memory/party/potluck.csv into a Markdown table in outputs/potluck.md"),
                (
                    .request,
                    "Could you turn the street party's potluck sign-up sheet, potluck.csv in memory/party, into a Markdown table and save it as outputs/potluck.md? I want to post it on the residents' forum."
                ),
                (
                    .context,
                    "I'm organising the street party on Saturday and people keep asking who is bringing what. Please convert the potluck sign-up sheet, memory/party/potluck.csv, into a Markdown table with a header row in outputs/potluck.md, keeping all four people. The Christmas potluck's sheet next to it is from last year and doesn't matter."
                ),
            ], changed: ["outputs/potluck.md"], check: { f in Fresh14.isPotluckTable(f("outputs/potluck.md")) },
            solution: ops(writes: [
                (
                    "outputs/potluck.md",
                    "| name | dish | serves |\n|---|---|---|\n| Priya | vegetable samosas | 12 |\n| Liam | pasta salad | 8 |\n| Zoë | jollof rice | 10 |\n| Henrik | apple cake | 12 |\n"
                )
            ])),
        Intention(
            number: 1513, kind: "skill: planning a week of dinners from a favourites list, with a shopping list",
            fixtures: [
                "skills/README.md": "Each skill is a folder in skills/ holding a SKILL.md.\n",
                "skills/freezer-check/SKILL.md": Fresh14.freezerSkill,
                "memory/meals/favourites.md":
                    "# Dinners we like\n- fish pie\n- veggie chilli\n- chicken fajitas\n- mushroom risotto\n- sausage and mash\n- dal with rice\n- pizza night\n- roast chicken\n",
            ],
            wordings: [
                (
                    .imperative,
                    "Create skills/weekly-meal-plan/SKILL.md, a skill named weekly-meal-plan with a description, that reads memory/meals/favourites.md, picks a dinner for each day of the week from it and writes the plan with a shopping list to outputs/meal-plan.md"
                ),
                (
                    .request,
                    "Could you write me a skill called weekly-meal-plan? It should choose a dinner for every day of the coming week from our favourite meals in memory/meals/favourites.md, add a shopping list, and save it all as outputs/meal-plan.md."
                ),
                (
                    .context,
                    "Every Sunday we argue about what to cook all week and then forget half the shopping, so I'd like the agent to plan it. Please write a skill named weekly-meal-plan, with the name and a description in front matter like my freezer-check skill, telling it to read our favourite dinners in memory/meals/favourites.md, pick one for each day from Monday to Sunday, make a shopping list for them, and save the plan and the list in outputs/meal-plan.md."
                ),
            ], changed: ["skills/weekly-meal-plan/SKILL.md"],
            check: { f in
                Fresh14.isMealPlanSkill(f("skills/weekly-meal-plan/SKILL.md")) && f("skills/freezer-check/SKILL.md") == Fresh14.freezerSkill
            },
            solution: ops(writes: [
                (
                    "skills/weekly-meal-plan/SKILL.md",
                    "---\nname: weekly-meal-plan\ndescription: Plan a week of dinners from our favourites, with a shopping list.\n---\nRead memory/meals/favourites.md.\nPick one dinner from it for each day of the week, Monday to Sunday.\nMake a shopping list of what they need.\nSave the plan and the shopping list in outputs/meal-plan.md.\n"
                )
            ])),
        Intention(
            number: 1514, kind: "script: a Python script that prints a month's spending totals by category", fixtures: Fresh14.budget,
            wordings: [
                (
                    .imperative,
                    "Write memory/budget/totals.py, a Python script that reads memory/budget/july.csv and prints the total amount spent in each category"
                ),
                (
                    .request,
                    "Could you write a small Python script, totals.py in memory/budget, that adds up my July spending in july.csv (same folder) by category and prints each category's total?"
                ),
                (
                    .context,
                    "I'm trying to see where my money actually goes each month. My July spending is in memory/budget/july.csv, one purchase per line with a date, a category and an amount. Please write a Python script, memory/budget/totals.py, that reads that file and prints how much I spent in each category altogether. June's file is separate and doesn't matter here, and the script mustn't change any file."
                ),
            ], changed: ["memory/budget/totals.py"], check: { f in Fresh14.isTotalsScript(f("memory/budget/totals.py")) },
            solution: ops(writes: [
                (
                    "memory/budget/totals.py",
                    "import csv\nfrom collections import defaultdict\n\ntotals = defaultdict(float)\nwith open(\"memory/budget/july.csv\") as f:\n    for row in csv.DictReader(f):\n        totals[row[\"category\"]] += float(row[\"amount_gbp\"])\nfor category, total in totals.items():\n    print(f\"{category}: {total:.2f} GBP\")\n"
                )
            ])),
    ]
}

extension EverydayTaskSuite {
    /// Correct results in other forms a careful person accepts (a table, another marker, a title,
    /// spacing, number words, another date, time, number or amount format, another order, quoted
    /// CSV cells with CRLF, columns in another order, a lost final newline, paths or titles for
    /// file names, another way to write the same script), at least one per intention but the
    /// delete (1508), which has no other form.
    static let fresh14Alternatives: [(Int, String)] = [
        (
            1501,
            ops(writes: [
                (
                    "memory/plants/watering.md",
                    "Watering for Kofi\n\n| Plant | How often |\n|---|---|\n| Basil | daily |\n| Fern | every other day |\n| Cactus | weekly |\n"
                )
            ])
        ),
        (
            1501,
            ops(writes: [
                (
                    "memory/plants/watering.md",
                    "# Plant watering\n\nHi Kofi, thank you for looking after them:\n\n* **Cactus**: once a week, not more\n* **Fern**: every two days\n* **Basil**: every single day (it's on the kitchen windowsill)"
                )
            ])
        ),
        (1501, ops(writes: [("memory/plants/watering.md", "Fern - every 2nd day\nCactus - once every week\nBasil - once a day\n")])),
        (
            1502,
            ops(writes: [
                (
                    "memory/home/flat.md",
                    Fresh14.home["memory/home/flat.md"]!.replacingOccurrences(
                        of: "Rent: 950 GBP a month, paid on the 1st", with: "Rent: £985 a month, paid on the 1st (was 950 GBP)")
                )
            ])
        ),
        (
            1502,
            ops(writes: [
                (
                    "memory/home/flat.md",
                    Fresh14.home["memory/home/flat.md"]!.replacingOccurrences(
                        of: "- Rent: 950 GBP a month, paid on the 1st", with: "- **Rent:**  985.00 GBP per month, paid on the first"
                    ).trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            1502,
            ops(writes: [
                (
                    "memory/home/flat.md",
                    Fresh14.home["memory/home/flat.md"]!.replacingOccurrences(
                        of: "Rent: 950 GBP a month", with: "Rent: 985 GBP/month (up from 950)")
                )
            ])
        ),
        (
            1503,
            ops(writes: [
                ("memory/kitchen/freezer.csv", Fresh14.kitchen["memory/kitchen/freezer.csv"]! + "Chilli con carne,four,02/08/2026")
            ])
        ),
        (
            1503,
            ops(writes: [
                (
                    "memory/kitchen/freezer.csv",
                    (Fresh14.kitchen["memory/kitchen/freezer.csv"]! + "\"chilli con carne\",\"4\",\"2 Aug 2026\"\n")
                        .replacingOccurrences(of: "\n", with: "\r\n")
                )
            ])
        ),
        (
            1503,
            ops(writes: [
                ("memory/kitchen/freezer.csv", Fresh14.kitchen["memory/kitchen/freezer.csv"]! + "chilli con carne, 4 portions, 2 August 2026\n")
            ])
        ),
        (
            1504,
            ops(
                writes: [
                    (
                        "memory/documents/scans/washing-machine-warranty.txt",
                        Fresh14.scans["memory/documents/scans/scan-0412.txt"]!.trimmingCharacters(in: .newlines)
                    )
                ],
                #"{"op":"delete","path":"memory/documents/scans/scan-0412.txt"}"#)
        ),
        (
            1505,
            ops(
                writes: [("memory/recipes/baking/lemon-drizzle-cake.md", Fresh14.recipes["memory/inbox/lemon-drizzle-cake.md"]! + "\n")],
                #"{"op":"delete","path":"memory/inbox/lemon-drizzle-cake.md"}"#)
        ),
        (
            1506,
            ops(
                writes: Fresh14.carAccounts.map {
                    (
                        "memory/car/accounts/\($0)",
                        Fresh14.cars["memory/car/accounts/\($0)"]!.replacingOccurrences(
                            of: Fresh14.oldRegistration, with: "Registration: LB24 TZR (was KX19 LMN)")
                    )
                })
        ),
        (
            1506,
            ops(
                writes: Fresh14.carAccounts.map {
                    (
                        "memory/car/accounts/\($0)",
                        Fresh14.cars["memory/car/accounts/\($0)"]!.replacingOccurrences(
                            of: Fresh14.oldRegistration, with: "**Registration:**  lb24tzr"
                        ).trimmingCharacters(in: .newlines)
                    )
                })
        ),
        (
            1507,
            ops(writes: [
                ("memory/invoices/2026/invoice-031.md", Fresh14.invoices["memory/invoices/template.md"]!.trimmingCharacters(in: .newlines))
            ])
        ),
        (
            1507,
            ops(writes: [
                (
                    "memory/invoices/2026/invoice-031.md",
                    Fresh14.invoices["memory/invoices/template.md"]!.replacingOccurrences(of: "\n", with: "\r\n")
                )
            ])
        ),
        (
            1509,
            ops(writes: [
                (
                    "outputs/cottage-summary.md",
                    "# Gull Cottage\n\nWe can arrive after 4 p.m. on Saturday 1 August and let ourselves in with the key safe by the back door (code 2719), parking one car on the gravel. We must leave by 10 a.m. on Saturday 8 August, with the rubbish in the green bins and the key back in the safe.\n"
                )
            ])
        ),
        (
            1509,
            ops(writes: [
                (
                    "outputs/cottage-summary.md",
                    "- Stay: Sat 01/08 to Sat 08/08; arrive from 16:00, key in the key safe by the back door, code 2719.\n- Park one car on the gravel, not the lane, and leave by 10:00 on the last day with the rubbish in the green bins."
                )
            ])
        ),
        (
            1509,
            ops(writes: [
                (
                    "outputs/cottage-summary.md",
                    "Bryony's email, in short\nArrival is from 4pm on Saturday, August 1st, with the key in the safe by the back door (code 2719) and room for one car on the gravel. On Saturday, August 8th, we leave by 10am, put the rubbish in the green bins and return the key to the safe.\n"
                )
            ])
        ),
        (
            1510,
            ops(writes: [
                (
                    "outputs/school-dates.md",
                    "| Event | Date |\n|---|---|\n| Summer fair | Saturday 4 July, 12–3 pm |\n| Sports day | Friday 10 July |\n| Year 6 leavers' assembly | Wednesday 22 July, 2 pm |\n"
                )
            ])
        ),
        (
            1510,
            ops(writes: [
                ("outputs/school-dates.md", "Dates for the diary\n04/07 - Summer fair\n10/07 - Sports day\n22/07 - Year 6 leavers' assembly")
            ])
        ),
        (
            1510,
            ops(writes: [
                (
                    "outputs/school-dates.md",
                    "- Sports day: Fri 10th July\n- Leavers' assembly (Year 6): Wed 22nd July, 2pm\n- Summer fair: Sat 4th July, 12-3pm on the field\n"
                )
            ])
        ),
        (
            1511,
            ops(writes: [
                (
                    "outputs/awaiting-reply.md",
                    "# Still waiting to hear\n\n| Job | Employer | Applied |\n|---|---|---|\n| Library assistant | Greenleaf Library | 12 May |\n| Visitor host | Harbour Museum | 20 May |\n| Shift supervisor | Crumb & Co bakery | 28 May |\n"
                )
            ])
        ),
        (
            1511,
            ops(writes: [
                (
                    "outputs/awaiting-reply.md",
                    "memory/jobs/applications/harbour-museum.md\nmemory/jobs/applications/crumb-and-co.md\nmemory/jobs/applications/greenleaf-library.md"
                )
            ])
        ),
        (
            1511,
            ops(writes: [
                (
                    "outputs/awaiting-reply.md",
                    "No reply yet:\n1. *Library assistant*, Greenleaf Library\n2. *Visitor host*, Harbour Museum\n3. *Shift supervisor*, Crumb & Co\n"
                )
            ])
        ),
        (
            1512,
            ops(writes: [
                (
                    "outputs/potluck.md",
                    "# Street party potluck\n\n| Name   | Dish              | Serves |\n|:-------|:------------------|-------:|\n| Priya  | vegetable samosas | 12     |\n| Liam   | pasta salad       | 8      |\n| Zoë    | jollof rice       | 10     |\n| Henrik | apple cake        | 12     |\n"
                )
            ])
        ),
        (
            1512,
            ops(writes: [
                (
                    "outputs/potluck.md",
                    "| Dish | Name | Serves |\n| --- | --- | --- |\n| Apple cake | Henrik | 12 people |\n| Jollof rice | Zoe | 10 people |\n| Pasta salad | Liam | 8 people |\n| Vegetable samosas | Priya | 12 people |"
                )
            ])
        ),
        (
            1513,
            ops(writes: [
                (
                    "skills/weekly-meal-plan/SKILL.md",
                    "---\nname: \"weekly-meal-plan\"\ndescription: >\n  Plans the dinners for the coming week and the shopping for them.\n---\n\n# Weekly meal plan\n\n1. Open `memory/meals/favourites.md`; each line is a dinner we like.\n2. Choose seven of them, one for every day from Monday to Sunday, without repeating one.\n3. Under the plan, write a shopping list of the ingredients the seven dinners need.\n4. Save both in `outputs/meal-plan.md`.\n"
                )
            ])
        ),
        (
            1514,
            ops(writes: [
                (
                    "memory/budget/totals.py",
                    "import pandas as pd\n\nspending = pd.read_csv(\"memory/budget/july.csv\")\nprint(spending.groupby(\"category\")[\"amount_gbp\"].sum().round(2).to_string())\n"
                )
            ])
        ),
        (
            1514,
            ops(writes: [
                (
                    "memory/budget/totals.py",
                    "#!/usr/bin/env python3\n\"\"\"July's spending by category.\"\"\"\nfrom pathlib import Path\n\nlines = Path(__file__).with_name(\"july.csv\").read_text().splitlines()[1:]\ntotals = {}\nfor line in lines:\n    day, category, amount = line.split(\",\")\n    totals[category] = totals.get(category, 0) + float(amount)\nfor category in sorted(totals):\n    print(f\"{category}: {totals[category]:.2f}\")\n"
                )
            ])
        ),
        (
            1514,
            ops(writes: [
                (
                    "memory/budget/totals.py",
                    "import csv\nfrom decimal import Decimal\n\nsums = {}\nwith open('memory/budget/july.csv', newline='') as f:\n    reader = csv.reader(f)\n    next(reader)\n    for date, category, amount in reader:\n        sums.setdefault(category, Decimal('0'))\n        sums[category] += Decimal(amount)\nfor name, value in sums.items():\n    print(name, value)\n"
                )
            ])
        ),
    ]

    /// Wrong or partial results that the fourteenth fresh part's checks must refuse, at least four per intention.
    static let fresh14NearMisses: [(Int, String)] = [
        (1501, ops(writes: [("memory/plants/watering.md", "- fern: every 3 days\n- cactus: once a week\n- basil: every day\n")])),
        (1501, ops(writes: [("memory/plants/watering.md", "- fern: every 2 days\n- cactus: once a week\n")])),
        (1501, ops(writes: [("memory/plants/watering.md", "- fern: once a week\n- cactus: every 2 days\n- basil: every day\n")])),
        (1501, ops(writes: [("memory/plants/watering.md", "Water the fern every 2 days, the cactus once a week and the basil every day.\n")])),
        (
            1501,
            ops(writes: [
                (
                    "memory/plants/repotting.md",
                    Fresh14.plants["memory/plants/repotting.md"]! + "- fern: every 2 days\n- cactus: once a week\n- basil: every day\n"
                )
            ])
        ),
        (
            1501,
            ops(writes: [
                ("memory/plants/watering.md", "- fern: every 2 days\n- cactus: once a week\n- basil: every day\n- orchid: once a fortnight\n")
            ])
        ),
        (1501, ops(writes: [("memory/plants/watering.md", "```\n- fern: every 2 days\n- cactus: once a week\n- basil: every day\n```\n")])),
        (1501, ops(writes: [("memory/plants/watering.md", "- fern\n- cactus\n- basil\n")])),
        (1501, ops(writes: [("memory/plants/watering.md", "- fern: every day\n- cactus: once a week\n- basil: every 2 days\n")])),
        (
            1502,
            ops(writes: [("memory/home/flat.md", Fresh14.home["memory/home/flat.md"]!.replacingOccurrences(of: "950 GBP", with: "985 GBP"))])
        ),
        (
            1502,
            ops(writes: [
                ("memory/home/parking.md", Fresh14.home["memory/home/parking.md"]!.replacingOccurrences(of: "60 GBP", with: "985 GBP"))
            ])
        ),
        (
            1502,
            ops(writes: [
                (
                    "memory/home/flat.md",
                    Fresh14.home["memory/home/flat.md"]!.replacingOccurrences(of: "Rent: 950 GBP a month", with: "Rent: 958 GBP a month")
                )
            ])
        ),
        (
            1502,
            ops(writes: [
                (
                    "memory/home/flat.md",
                    Fresh14.home["memory/home/flat.md"]!.replacingOccurrences(of: "Rent: 950 GBP a month", with: "Rent: 985 GBP a week")
                )
            ])
        ),
        (1502, ops(writes: [("memory/home/flat.md", Fresh14.home["memory/home/flat.md"]! + "- Rent: 985 GBP a month, paid on the 1st\n")])),
        (
            1502,
            ops(writes: [
                (
                    "memory/home/flat.md",
                    Fresh14.home["memory/home/flat.md"]!.replacingOccurrences(of: "- Rent: 950 GBP a month, paid on the 1st", with: "- Rent: 985")
                )
            ])
        ),
        (1502, ops(writes: [("memory/home/flat.md", "- Rent: 985 GBP a month, paid on the 1st\n")])),
        (
            1502,
            ops(writes: [
                (
                    "memory/home/flat.md",
                    "```markdown\n"
                        + Fresh14.home["memory/home/flat.md"]!.replacingOccurrences(of: "Rent: 950 GBP a month", with: "Rent: 985 GBP a month")
                        + "```\n"
                )
            ])
        ),
        (
            1502,
            ops(writes: [
                (
                    "memory/home/flat.md",
                    Fresh14.home["memory/home/flat.md"]!.replacingOccurrences(
                        of: "Rent: 950 GBP a month", with: "Rent: 985 GBP a month, 950 GBP a month")
                )
            ])
        ),
        (
            1503,
            ops(writes: [("memory/kitchen/pantry.csv", Fresh14.kitchen["memory/kitchen/pantry.csv"]! + "chilli con carne,4,2026-08-02\n")])
        ),
        (
            1503,
            ops(writes: [
                (
                    "memory/kitchen/freezer.csv",
                    Fresh14.kitchen["memory/kitchen/freezer.csv"]!.replacingOccurrences(
                        of: "frozen_on\n", with: "frozen_on\nchilli con carne,4,2026-08-02\n")
                )
            ])
        ),
        (1503, ops(writes: [("memory/kitchen/freezer.csv", Fresh14.kitchen["memory/kitchen/freezer.csv"]! + "chilli con carne,6,2026-08-02\n")])),
        (1503, ops(writes: [("memory/kitchen/freezer.csv", Fresh14.kitchen["memory/kitchen/freezer.csv"]! + "chilli con carne,2026-08-02,4\n")])),
        (1503, ops(writes: [("memory/kitchen/freezer.csv", "item,portions,frozen_on\nchilli con carne,4,2026-08-02\n")])),
        (
            1503,
            ops(writes: [
                ("memory/kitchen/freezer.csv", Fresh14.kitchen["memory/kitchen/freezer.csv"]! + "| chilli con carne | 4 | 2026-08-02 |\n")
            ])
        ),
        (1503, ops(writes: [("memory/kitchen/freezer.csv", Fresh14.kitchen["memory/kitchen/freezer.csv"]! + "chilli con carne,4,2026-02-08\n")])),
        (
            1503,
            ops(writes: [
                ("memory/kitchen/freezer.csv", "```csv\n" + Fresh14.kitchen["memory/kitchen/freezer.csv"]! + "chilli con carne,4,2026-08-02\n```\n")
            ])
        ),
        (1503, ops(writes: [("memory/kitchen/freezer.csv", Fresh14.kitchen["memory/kitchen/freezer.csv"]! + "bolognese sauce,4,2026-08-02\n")])),
        (1504, ops(#"{"op":"move","from":"memory/documents/scans/scan-0411.txt","to":"memory/documents/scans/washing-machine-warranty.txt"}"#)),
        (
            1504,
            ops(writes: [("memory/documents/scans/washing-machine-warranty.txt", Fresh14.scans["memory/documents/scans/scan-0412.txt"]!)])
        ),
        (1504, ops(#"{"op":"move","from":"memory/documents/scans/scan-0412.txt","to":"memory/documents/washing-machine-warranty.txt"}"#)),
        (1504, ops(#"{"op":"move","from":"memory/documents/scans/scan-0412.txt","to":"memory/documents/scans/washing-machine-warranty.md"}"#)),
        (
            1504,
            ops(
                writes: [("memory/documents/scans/washing-machine-warranty.txt", "Warranty for the Bosch washing machine, until 2029\n")],
                #"{"op":"delete","path":"memory/documents/scans/scan-0412.txt"}"#)
        ),
        (
            1504,
            ops(
                #"{"op":"move","from":"memory/documents/scans/scan-0412.txt","to":"memory/documents/scans/washing-machine-warranty.txt"}"#,
                #"{"op":"move","from":"memory/documents/scans/scan-0411.txt","to":"memory/documents/scans/fridge-warranty.txt"}"#)
        ),
        (1505, ops(#"{"op":"move","from":"memory/inbox/lemon-tree.md","to":"memory/recipes/baking/lemon-tree.md"}"#)),
        (
            1505,
            ops(
                #"{"op":"move","from":"memory/inbox/lemon-drizzle-cake.md","to":"memory/recipes/baking/lemon-drizzle-cake.md"}"#,
                #"{"op":"move","from":"memory/inbox/lemon-tree.md","to":"memory/recipes/baking/lemon-tree.md"}"#)
        ),
        (1505, ops(writes: [("memory/recipes/baking/lemon-drizzle-cake.md", Fresh14.recipes["memory/inbox/lemon-drizzle-cake.md"]!)])),
        (1505, ops(#"{"op":"move","from":"memory/inbox/lemon-drizzle-cake.md","to":"memory/recipes/lemon-drizzle-cake.md"}"#)),
        (1505, ops(#"{"op":"move","from":"memory/inbox/lemon-drizzle-cake.md","to":"memory/recipes/baking/cake.md"}"#)),
        (1505, ops(#"{"op":"move","from":"memory/inbox/lemon-drizzle-cake.md","to":"memory/recipes/baking/inbox/lemon-drizzle-cake.md"}"#)),
        (
            1505,
            ops(
                writes: [
                    (
                        "memory/recipes/baking/lemon-drizzle-cake.md",
                        Fresh14.recipes["memory/inbox/lemon-drizzle-cake.md"]!.replacingOccurrences(of: "- 4 eggs\n", with: "")
                    )
                ],
                #"{"op":"delete","path":"memory/inbox/lemon-drizzle-cake.md"}"#)
        ),
        (
            1506,
            ops(
                writes: Fresh14.carAccounts.prefix(2).map {
                    (
                        "memory/car/accounts/\($0)",
                        Fresh14.cars["memory/car/accounts/\($0)"]!.replacingOccurrences(of: Fresh14.oldRegistration, with: Fresh14.newRegistration)
                    )
                })
        ),
        (
            1506,
            ops(
                writes: (Fresh14.carAccounts + ["old-car-sale.md"]).map {
                    (
                        "memory/car/accounts/\($0)",
                        Fresh14.cars["memory/car/accounts/\($0)"]!.replacingOccurrences(of: Fresh14.oldRegistration, with: Fresh14.newRegistration)
                    )
                })
        ),
        (
            1506,
            ops(
                writes: Fresh14.carAccounts.map {
                    ("memory/car/accounts/\($0)", Fresh14.cars["memory/car/accounts/\($0)"]! + Fresh14.newRegistration + "\n")
                })
        ),
        (
            1506,
            ops(
                writes: Fresh14.carAccounts.map {
                    (
                        "memory/car/accounts/\($0)",
                        Fresh14.cars["memory/car/accounts/\($0)"]!.replacingOccurrences(
                            of: Fresh14.oldRegistration, with: "Registration: LB42 TZR")
                    )
                })
        ),
        (1506, ops(writes: Fresh14.carAccounts.map { ("memory/car/accounts/\($0)", Fresh14.newRegistration + "\n") })),
        (
            1506,
            ops(
                writes: Fresh14.carAccounts.map {
                    (
                        "memory/car/accounts/\($0)",
                        Fresh14.cars["memory/car/accounts/\($0)"]!.replacingOccurrences(
                            of: Fresh14.oldRegistration, with: "Registration: LB24 TZR, KX19 LMN")
                    )
                })
        ),
        (
            1506,
            ops(
                writes: Fresh14.carAccounts.map {
                    (
                        "memory/car/accounts/\($0)",
                        "```\n"
                            + Fresh14.cars["memory/car/accounts/\($0)"]!.replacingOccurrences(
                                of: Fresh14.oldRegistration, with: Fresh14.newRegistration) + "```\n"
                    )
                })
        ),
        (1507, ops(#"{"op":"move","from":"memory/invoices/template.md","to":"memory/invoices/2026/invoice-031.md"}"#)),
        (1507, ops(writes: [("memory/invoices/2026/invoice-031.md", Fresh14.invoices["memory/invoices/template-old.md"]!)])),
        (1507, ops(writes: [("memory/invoices/2026/invoice-31.md", Fresh14.invoices["memory/invoices/template.md"]!)])),
        (1507, ops(writes: [("memory/invoices/invoice-031.md", Fresh14.invoices["memory/invoices/template.md"]!)])),
        (
            1507,
            ops(writes: [
                (
                    "memory/invoices/2026/invoice-031.md",
                    Fresh14.invoices["memory/invoices/template.md"]!.replacingOccurrences(of: "[client]", with: "Hartley Books")
                        .replacingOccurrences(of: "[number]", with: "031")
                )
            ])
        ),
        (
            1507,
            ops(writes: [
                ("memory/invoices/2026/invoice-031.md", "```markdown\n" + Fresh14.invoices["memory/invoices/template.md"]! + "```\n")
            ])
        ),
        (
            1507,
            ops(writes: [
                ("memory/invoices/2026/invoice-031.md", Fresh14.invoices["memory/invoices/template.md"]!),
                ("memory/invoices/template.md", Fresh14.invoices["memory/invoices/template.md"]! + "Last used for invoice 031.\n"),
            ])
        ),
        (1507, ops(writes: [("memory/invoices/2026/invoice-031.md", Fresh14.invoices["memory/invoices/2026/invoice-030.md"]!)])),
        (1508, ops(#"{"op":"delete","path":"memory/memberships/fitzone-cancellation.md"}"#)),
        (
            1508,
            ops(
                #"{"op":"delete","path":"memory/memberships/fitzone-gym.md"}"#,
                #"{"op":"delete","path":"memory/memberships/fitzone-cancellation.md"}"#)
        ),
        (
            1508,
            ops(#"{"op":"delete","path":"memory/memberships/fitzone-gym.md"}"#, #"{"op":"delete","path":"memory/memberships/swimming-pool.md"}"#)
        ),
        (1508, ops(writes: [("memory/memberships/fitzone-gym.md", "")])),
        (1508, ops(#"{"op":"move","from":"memory/memberships/fitzone-gym.md","to":"memory/memberships/old/fitzone-gym.md"}"#)),
        (
            1508,
            ops(writes: [("memory/memberships/fitzone-gym.md", "CANCELLED\n" + Fresh14.memberships["memory/memberships/fitzone-gym.md"]!)])
        ),
        (1509, ops(writes: [("outputs/cottage-summary.md", Fresh14.cottageEmail)])),
        (
            1509,
            ops(writes: [
                (
                    "outputs/cottage-summary.md",
                    "We stay at Gull Cottage from Saturday 1 August to Saturday 8 August. Arrive after 4 pm; the key safe by the back door has the code 2719. Leave by 10 am and put the rubbish in the green bins.\n"
                )
            ])
        ),
        (1509, ops(writes: [("outputs/cottage-summary.md", "We stay at Gull Cottage from Saturday 1 August to Saturday 8 August.\n")])),
        (
            1509,
            ops(writes: [
                (
                    "outputs/cottage-summary.md",
                    "We stay at Gull Cottage from Saturday 1 August, arriving after 3 pm and taking the key from the key safe by the back door (code 2719). We leave by 10 am on Saturday 8 August, with the rubbish in the green bins.\n"
                )
            ])
        ),
        (
            1509,
            ops(writes: [
                (
                    "outputs/cottage-summary.md",
                    "Our stay at Gull Cottage runs from 19 to 26 July, arriving after 3 pm. The key is under the blue pot by the door and there is parking for the car.\n"
                )
            ])
        ),
        (
            1509,
            ops(writes: [
                (
                    "memory/holiday/cottage-summary.md",
                    "We stay at Gull Cottage from Saturday 1 August, arriving after 4 pm and taking the key from the key safe by the back door (code 2719). We leave by 10 am on Saturday 8 August, with the rubbish in the green bins.\n"
                )
            ])
        ),
        (
            1509,
            ops(writes: [
                (
                    "outputs/cottage-summary.md",
                    "Bryony is glad to have us back and says the garden is looking its best this year. The swallows are back in the barn, and her husband Piers lives at the farm up the hill.\n"
                )
            ])
        ),
        (
            1509,
            ops(writes: [
                (
                    "outputs/cottage-summary.md",
                    "```\nWe stay at Gull Cottage from Saturday 1 August, arriving after 4 pm and taking the key from the key safe by the back door (code 2719). We leave by 10 am on Saturday 8 August, with the rubbish in the green bins.\n```\n"
                )
            ])
        ),
        (
            1509,
            ops(writes: [
                (
                    "outputs/cottage-summary.md",
                    "We stay at Gull Cottage from Saturday 1 August, arriving after 4 pm and taking the key from the key safe by the back door (code 2791). We leave by 10 am on Saturday 8 August, with the rubbish in the green bins.\n"
                )
            ])
        ),
        (
            1509,
            ops(writes: [
                (
                    "outputs/cottage-summary.md",
                    "We stay at Gull Cottage from Saturday 1 August, arriving after 4 pm and taking the key from the key safe by the back door (code 2719). We leave by 10 am on Saturday 9 August, with the rubbish in the green bins.\n"
                )
            ])
        ),
        (
            1510,
            ops(writes: [
                (
                    "outputs/school-dates.md",
                    "- Summer fair: Saturday 4 July\n- Sports day: Friday 10 July\n- School disco: Friday 17 July\n- Year 6 leavers' assembly: Wednesday 22 July\n"
                )
            ])
        ),
        (1510, ops(writes: [("outputs/school-dates.md", "- Summer fair: Saturday 4 July\n- Year 6 leavers' assembly: Wednesday 22 July\n")])),
        (
            1510,
            ops(writes: [
                (
                    "outputs/school-dates.md",
                    "- Summer fair: Friday 10 July\n- Sports day: Saturday 4 July\n- Year 6 leavers' assembly: Wednesday 22 July\n"
                )
            ])
        ),
        (
            1510,
            ops(writes: [
                ("outputs/school-dates.md", "The summer fair is on 4 July, sports day on 10 July and the Year 6 leavers' assembly on 22 July.\n")
            ])
        ),
        (
            1510,
            ops(writes: [
                (
                    "memory/school/school-dates.md",
                    "- Summer fair: Saturday 4 July\n- Sports day: Friday 10 July\n- Year 6 leavers' assembly: Wednesday 22 July\n"
                )
            ])
        ),
        (1510, ops(writes: [("outputs/school-dates.md", "- Summer fair\n- Sports day\n- Year 6 leavers' assembly\n")])),
        (
            1510,
            ops(writes: [
                (
                    "outputs/school-dates.md",
                    "```\n- Summer fair: Saturday 4 July\n- Sports day: Friday 10 July\n- Year 6 leavers' assembly: Wednesday 22 July\n```\n"
                )
            ])
        ),
        (1510, ops(writes: [("outputs/school-dates.md", "- Class photos: Thursday 14 May\n- Bake sale: Thursday 21 May\n")])),
        (
            1510,
            ops(writes: [
                (
                    "outputs/school-dates.md",
                    "- Summer fair: Saturday 4 July\n- Sports day: Friday 10 July\n- Year 6 leavers' assembly: Wednesday 2 July\n"
                )
            ])
        ),
        (
            1511,
            ops(writes: [("outputs/awaiting-reply.md", "- greenleaf-library.md\n- harbour-museum.md\n- crumb-and-co.md\n- northgate-college.md\n")])
        ),
        (1511, ops(writes: [("outputs/awaiting-reply.md", "- greenleaf-library.md\n- crumb-and-co.md\n")])),
        (
            1511,
            ops(writes: [
                (
                    "outputs/awaiting-reply.md",
                    "- city-parks.md\n- crumb-and-co.md\n- greenleaf-library.md\n- harbour-museum.md\n- northgate-college.md\n"
                )
            ])
        ),
        (1511, ops(writes: [("outputs/awaiting-reply.md", "Greenleaf Library, Harbour Museum and Crumb & Co\n")])),
        (1511, ops(writes: [("memory/jobs/awaiting-reply.md", "- greenleaf-library.md\n- harbour-museum.md\n- crumb-and-co.md\n")])),
        (1511, ops(writes: [("outputs/awaiting-reply.md", "```\ngreenleaf-library.md\nharbour-museum.md\ncrumb-and-co.md\n```\n")])),
        (1511, ops(writes: [("outputs/awaiting-reply.md", "- city-parks.md\n- northgate-college.md\n")])),
        (1512, ops(writes: [("outputs/potluck.md", Fresh14.potluck)])),
        (
            1512,
            ops(writes: [
                (
                    "outputs/potluck.md",
                    "| name | dish | serves |\n|---|---|---|\n| Priya | vegetable samosas | 12 |\n| Liam | pasta salad | 8 |\n| Zoë | jollof rice | 10 |\n"
                )
            ])
        ),
        (
            1512,
            ops(writes: [
                (
                    "outputs/potluck.md",
                    "| name | dish | serves |\n| Priya | vegetable samosas | 12 |\n| Liam | pasta salad | 8 |\n| Zoë | jollof rice | 10 |\n| Henrik | apple cake | 12 |\n"
                )
            ])
        ),
        (
            1512,
            ops(writes: [
                ("outputs/potluck.md", "| name | dish | serves |\n|---|---|---|\n| Liam | mince pies | 24 |\n| Priya | roast potatoes | 10 |\n")
            ])
        ),
        (
            1512,
            ops(writes: [
                (
                    "outputs/potluck.md",
                    "```markdown\n| name | dish | serves |\n|---|---|---|\n| Priya | vegetable samosas | 12 |\n| Liam | pasta salad | 8 |\n| Zoë | jollof rice | 10 |\n| Henrik | apple cake | 12 |\n```\n"
                )
            ])
        ),
        (
            1512,
            ops(writes: [
                (
                    "outputs/potluck.md",
                    "| name | dish | serves |\n|---|---|---|\n| Priya | pasta salad | 12 |\n| Liam | vegetable samosas | 8 |\n| Zoë | jollof rice | 10 |\n| Henrik | apple cake | 12 |\n"
                )
            ])
        ),
        (
            1512,
            ops(writes: [
                (
                    "memory/party/potluck.md",
                    "| name | dish | serves |\n|---|---|---|\n| Priya | vegetable samosas | 12 |\n| Liam | pasta salad | 8 |\n| Zoë | jollof rice | 10 |\n| Henrik | apple cake | 12 |\n"
                )
            ])
        ),
        (
            1512,
            ops(writes: [
                (
                    "outputs/potluck.md",
                    Fresh14.potluck
                        + "\n| name | dish | serves |\n|---|---|---|\n| Priya | vegetable samosas | 12 |\n| Liam | pasta salad | 8 |\n| Zoë | jollof rice | 10 |\n| Henrik | apple cake | 12 |\n"
                )
            ])
        ),
        (
            1513,
            ops(writes: [
                (
                    "skills/weekly-meal-plan/SKILL.md",
                    "# Weekly meal plan\nRead memory/meals/favourites.md, pick a dinner for each day of the week and write the plan with a shopping list to outputs/meal-plan.md.\n"
                )
            ])
        ),
        (
            1513,
            ops(writes: [
                (
                    "skills/weekly-meal-plan/SKILL.md",
                    "---\nname: Weekly Meal Plan\ndescription: Plan a week of dinners.\n---\nRead memory/meals/favourites.md, pick a dinner for each day of the week and write the plan with a shopping list to outputs/meal-plan.md.\n"
                )
            ])
        ),
        (
            1513,
            ops(writes: [
                (
                    "skills/weekly-meal-plan.md",
                    "---\nname: weekly-meal-plan\ndescription: Plan a week of dinners.\n---\nRead memory/meals/favourites.md, pick a dinner for each day of the week and write the plan with a shopping list to outputs/meal-plan.md.\n"
                )
            ])
        ),
        (
            1513,
            ops(writes: [
                (
                    "skills/weekly-meal-plan/SKILL.md",
                    "---\nname: weekly-meal-plan\n---\nRead memory/meals/favourites.md, pick a dinner for each day of the week and write the plan with a shopping list to outputs/meal-plan.md.\n"
                )
            ])
        ),
        (
            1513,
            ops(writes: [
                (
                    "skills/weekly-meal-plan/SKILL.md",
                    "---\nname: weekly-meal-plan\ndescription: Plan a week of dinners.\n---\nRead memory/meals/favourites.md, pick a dinner for each day of the week and write the plan to outputs/meal-plan.md.\n"
                )
            ])
        ),
        (
            1513,
            ops(writes: [
                (
                    "skills/weekly-meal-plan/SKILL.md",
                    "---\nname: weekly-meal-plan\ndescription: Plan a week of dinners.\n---\nRead memory/meals/favourites.md, pick a dinner for each day of the week and make a shopping list.\n"
                )
            ])
        ),
        (
            1513,
            ops(writes: [
                (
                    "skills/weekly-meal-plan/SKILL.md",
                    "```markdown\n---\nname: weekly-meal-plan\ndescription: Plan a week of dinners.\n---\nRead memory/meals/favourites.md, pick a dinner for each day of the week and write the plan with a shopping list to outputs/meal-plan.md.\n```\n"
                )
            ])
        ),
        (
            1513,
            ops(writes: [
                (
                    "skills/freezer-check/SKILL.md",
                    Fresh14.freezerSkill
                        + "\n## Weekly meal plan\nRead memory/meals/favourites.md, pick a dinner for each day of the week and write the plan with a shopping list to outputs/meal-plan.md.\n"
                )
            ])
        ),
        (
            1513,
            ops(writes: [
                (
                    "skills/weekly-meal-plan/SKILL.md",
                    "---\nname: weekly-meal-plan\ndescription: Plan a week of dinners.\n---\nPick a dinner for each day of the week and write the plan with a shopping list to outputs/meal-plan.md.\n"
                )
            ])
        ),
        (
            1514,
            ops(writes: [
                (
                    "memory/budget/totals.py",
                    "import csv\n\nwith open(\"memory/budget/july.csv\") as f:\n    for row in csv.DictReader(f):\n        print(row[\"category\"], row[\"amount_gbp\"])\n"
                )
            ])
        ),
        (
            1514,
            ops(writes: [
                (
                    "memory/budget/totals.py",
                    "import csv\n\ntotal = 0\nwith open(\"memory/budget/july.csv\") as f:\n    for row in csv.DictReader(f):\n        total += float(row[\"amount_gbp\"])\nprint(total)\n"
                )
            ])
        ),
        (
            1514,
            ops(writes: [
                (
                    "memory/budget/totals.py",
                    "import csv\nfrom collections import defaultdict\n\ntotals = defaultdict(float)\nwith open(\"memory/budget/june.csv\") as f:\n    for row in csv.DictReader(f):\n        totals[row[\"category\"]] += float(row[\"amount_gbp\"])\nprint(dict(totals))\n"
                )
            ])
        ),
        (
            1514,
            ops(writes: [
                (
                    "memory/budget/totals.py",
                    "import csv\nfrom collections import defaultdict\n\ntotals = defaultdict(float)\nwith open(\"memory/budget/july.csv\") as f:\n    for row in csv.DictReader(f):\n        totals[row[\"date\"]] += float(row[\"amount_gbp\"])\nprint(dict(totals))\n"
                )
            ])
        ),
        (
            1514,
            ops(writes: [
                (
                    "memory/budget/totals.py",
                    "import csv\nfrom collections import Counter\n\nwith open(\"memory/budget/july.csv\") as f:\n    print(Counter(row[\"category\"] for row in csv.DictReader(f)))\n"
                )
            ])
        ),
        (
            1514,
            ops(writes: [
                (
                    "memory/budget/totals.py",
                    "```python\nimport csv\nfrom collections import defaultdict\n\ntotals = defaultdict(float)\nwith open(\"memory/budget/july.csv\") as f:\n    for row in csv.DictReader(f):\n        totals[row[\"category\"]] += float(row[\"amount_gbp\"])\nprint(dict(totals))\n```\n"
                )
            ])
        ),
        (
            1514,
            ops(writes: [
                (
                    "memory/budget/totals.py",
                    "#!/bin/sh\nawk -F, 'NR > 1 { sum[$2] += $3 } END { for (c in sum) print c, sum[c] }' memory/budget/july.csv\n"
                )
            ])
        ),
        (
            1514,
            ops(writes: [
                (
                    "outputs/totals.py",
                    "import csv\nfrom collections import defaultdict\n\ntotals = defaultdict(float)\nwith open(\"memory/budget/july.csv\") as f:\n    for row in csv.DictReader(f):\n        totals[row[\"category\"]] += float(row[\"amount_gbp\"])\nprint(dict(totals))\n"
                )
            ])
        ),
        (
            1514,
            ops(writes: [
                (
                    "memory/budget/totals.py",
                    "import csv\nfrom collections import defaultdict\n\ntotals = defaultdict(float)\nwith open(\"memory/budget/july.csv\") as f:\n    for row in csv.DictReader(f):\n        totals[row[\"category\"]] += float(row[\"amount_gbp\"])\nwith open(\"memory/budget/july.csv\", \"a\") as f:\n    for category, total in totals.items():\n        f.write(f\"total,{category},{total}\\n\")\n"
                )
            ])
        ),
        (
            1514,
            ops(writes: [
                (
                    "memory/budget/totals.py",
                    "# import csv\n# from collections import defaultdict\n# totals = defaultdict(float)\n# with open(\"memory/budget/july.csv\") as f:\n#     for row in csv.DictReader(f):\n#         totals[row[\"category\"]] += float(row[\"amount_gbp\"])\n# print(dict(totals))\n"
                )
            ])
        ),
    ]
}

/// The fourteenth fresh part's fixtures and the helpers its checks share.
private enum Fresh14 {
    static let plants: [String: String] = [
        "memory/plants/repotting.md": "# Repotting\n- the fern needs a bigger pot in spring\n- the cactus is fine until next year\n",
        "memory/plants/watering-old-flat.md": "# Watering (the old flat)\n- orchid: once a fortnight\n- spider plant: twice a week\n",
    ]
    static let home: [String: String] = [
        "memory/home/flat.md": """
        # The flat on Harbour Road
        - Landlord: Mr Petrov, 0161 496 0732
        - Rent: 950 GBP a month, paid on the 1st
        - Deposit: 950 GBP, held by MyDeposits
        - Bins: collected on Thursdays

        """,
        "memory/home/parking.md": "# Parking space behind the flats\n- Rent: 60 GBP a month, paid to Mr Petrov\n- Space number 7\n",
    ]
    static let kitchen: [String: String] = [
        "memory/kitchen/freezer.csv":
            "item,portions,frozen_on\nbolognese sauce,3,2026-06-12\nleek and potato soup,4,2026-06-30\nblackberries,2,2026-07-21\n",
        "memory/kitchen/pantry.csv": "item,quantity,best_before\nrice,2 kg,2027-01\ntinned tomatoes,6,2027-09\n",
        "memory/kitchen/meal-ideas.md": "# Meal ideas\nChilli on Friday? Ask the kids.\n",
    ]
    static let scans: [String: String] = [
        "memory/documents/scans/scan-0411.txt": "Warranty certificate\nSamsung fridge freezer RB34, serial 0G7K-22051\nCovered until 14 March 2028\n",
        "memory/documents/scans/scan-0412.txt":
            "Warranty certificate\nBosch washing machine, Serie 6, serial FD-9704-118\nCovered until 2 September 2029\n",
        "memory/documents/scans/scan-0413.txt": "Receipt\nKettle, 29.99 GBP, Argos, 5 April 2026\n",
        "memory/documents/passport-renewal.md": "# Passport renewal\nSent off on 3 May.\n",
    ]
    static let recipes: [String: String] = [
        "memory/inbox/lemon-drizzle-cake.md":
            "# Nan's lemon drizzle cake\n- 225 g butter\n- 225 g caster sugar\n- 4 eggs\n- 225 g self-raising flour\n- 2 lemons\nBake at 180 C for 45 minutes.\n",
        "memory/inbox/lemon-tree.md": "# The lemon tree\nFeed it every two weeks in summer; bring it in before the first frost.\n",
        "memory/inbox/dentist.md": "Dentist on 9 September at 10:20\n",
        "memory/recipes/baking/banana-bread.md": "# Banana bread\n- 3 ripe bananas\n- 250 g flour\n",
    ]
    static let oldRegistration = "Registration: KX19 LMN"
    static let newRegistration = "Registration: LB24 TZR"
    static let carAccounts = ["parking-permit.md", "breakdown.md", "toll.md"]
    static let cars: [String: String] = [
        "memory/car/accounts/parking-permit.md": "# Residents' parking permit\nZone C, renews on 1 October\n\(oldRegistration)\n",
        "memory/car/accounts/breakdown.md": "# Breakdown cover (RoadSure)\nMembership number 55102877\n\(oldRegistration)\n",
        "memory/car/accounts/toll.md": "# Dart Charge account\nAuto top-up at 10 GBP\n\(oldRegistration)\n",
        "memory/car/accounts/old-car-sale.md": "# Selling the old Fiesta\nSold to Motorpoint on 20 June\n\(oldRegistration)\n",
    ]
    static let invoices: [String: String] = [
        "memory/invoices/template.md": """
        # Invoice [number]
        From: Jess Kowalski Illustration
        To: [client]
        Date: [date]

        | Work | Amount |
        |---|---|
        | [description] | [amount] GBP |

        Pay to: Jess Kowalski, sort code 20-45-77, account 31926054
        Payment within 30 days, please.

        """,
        "memory/invoices/template-old.md":
            "# Invoice [number]\nFrom: Jess Kowalski\nTo: [client]\nPay to: sort code 40-11-62, account 70044219 (closed)\n",
        "memory/invoices/2026/invoice-030.md":
            "# Invoice 030\nFrom: Jess Kowalski Illustration\nTo: Pinecone Press\nDate: 2 June 2026\n| Cover illustration | 450 GBP |\n",
    ]
    static let memberships: [String: String] = [
        "memory/memberships/fitzone-gym.md": "# FitZone gym\nMember 88213, 34.99 GBP a month by direct debit\nCancelled on 30 June 2026\n",
        "memory/memberships/fitzone-cancellation.md":
            "# FitZone: cancellation confirmed\nRef CX-55190. No further payments will be taken after 30 June 2026.\n",
        "memory/memberships/swimming-pool.md": "# Westgate leisure centre pool\nAnnual pass, renews in January\n",
    ]
    static let cottageEmail = """
        # Email from Bryony (Gull Cottage)

        Hello!

        Thank you so much for booking Gull Cottage again, it's lovely to have returning guests. The garden is looking \
        its best this year and the swallows are back in the barn, so do keep an eye out for them in the evenings.

        Your stay runs from Saturday 1 August to Saturday 8 August. You can arrive any time after 4 pm; the key is in \
        the key safe beside the back door, and the code is 2719. There's space for one car on the gravel in front of \
        the cottage; please don't park on the lane, as the tractor needs to get past.

        The wifi is called GullCottage and the password is on the fridge. On the last morning, please leave by 10 am, \
        put the rubbish in the green bins by the gate and leave the key back in the safe.

        If anything goes wrong, my husband Piers lives at the farm up the hill and is usually about.

        Best wishes,
        Bryony

        """
    static let cottageEmail2025 =
        "# Email from Bryony, July 2025\nYour stay at Gull Cottage runs from 19 to 26 July. Arrive after 3 pm; the key is under the blue pot.\n"
    static let school: [String: String] = [
        "memory/school/newsletter.md": """
        # Oakfield Primary newsletter, 19 June

        What a busy half term it has been! Thank you to everyone who baked for the Easter raffle; we raised 640 GBP \
        for the library.

        Coming up: the summer fair is on Saturday 4 July from 12 to 3 pm on the field, and sports day follows on \
        Friday 10 July (bring sun hats and water bottles). The Year 6 leavers' assembly will be on Wednesday 22 July \
        at 2 pm, and parents of Year 6 are warmly invited.

        Sadly the school disco planned for Friday 17 July has been cancelled, as the hall floor is being replaced.

        Mrs Hughes, Head teacher

        """,
        "memory/school/newsletter-may.md":
            "# Oakfield Primary newsletter, May\nClass photos are on Thursday 14 May; the bake sale is on Thursday 21 May.\n",
    ]
    static let jobs: [String: String] = [
        "memory/jobs/applications/greenleaf-library.md": "# Library assistant, Greenleaf Library\nApplied: 12 May\nStatus: no reply yet\n",
        "memory/jobs/applications/harbour-museum.md": "# Visitor host, Harbour Museum\nApplied: 20 May\nStatus: no reply yet\n",
        "memory/jobs/applications/city-parks.md": "# Parks officer, City Council\nApplied: 2 May\nStatus: rejected by email on 9 June\n",
        "memory/jobs/applications/northgate-college.md":
            "# Office administrator, Northgate College\nApplied: 15 May\nStatus: interview on 2 July at 11 am\n",
        "memory/jobs/applications/crumb-and-co.md": "# Shift supervisor, Crumb & Co bakery\nApplied: 28 May\nStatus: no reply yet\n",
        "memory/jobs/cv.md": "# CV\nUpdated in April.\n",
    ]
    static let potluck = "name,dish,serves\nPriya,vegetable samosas,12\nLiam,pasta salad,8\nZoë,jollof rice,10\nHenrik,apple cake,12\n"
    static let potluckChristmas = "name,dish,serves\nLiam,mince pies,24\nPriya,roast potatoes,10\n"
    static let freezerSkill =
        "---\nname: freezer-check\ndescription: List what is in the freezer and what to eat first.\n---\nRead memory/kitchen/freezer.csv and list the oldest items first.\n"
    static let budget: [String: String] = [
        "memory/budget/july.csv":
            "date,category,amount_gbp\n2026-07-01,groceries,64.20\n2026-07-03,transport,12.50\n2026-07-08,groceries,48.75\n2026-07-12,eating out,31.00\n2026-07-19,transport,25.00\n2026-07-24,groceries,71.10\n",
        "memory/budget/june.csv": "date,category,amount_gbp\n2026-06-02,groceries,58.90\n2026-06-15,transport,18.00\n",
        "memory/budget/goals.md": "# Goals\nSpend under 150 GBP a month on groceries.\n",
    ]

    /// A pattern for the date `day` of `month` (1 to 12), with or without a year, as `Judge.hasDate` reads one.
    static func date(_ day: Int, _ month: Int) -> String {
        let m = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"][month - 1]
        return [
            #"\b0?\#(day)(st|nd|rd|th)?\s+(of\s+)?\#(m)"#, #"\b\#(m)[a-z]*\.?\s+0?\#(day)(st|nd|rd|th)?\b"#, #"\b0?\#(day)[./]0?\#(month)\b"#,
            #"\b\d{4}-0?\#(month)-0?\#(day)\b"#,
        ].joined(separator: "|")
    }

    /// Whether `text` gives the three plants each with its own watering (the fern every two days,
    /// the cactus once a week, the basil every day; figures or words), one entry each, any order,
    /// and no plant of the old flat; before them at most a title and a table header.
    static func isWatering(_ text: String?) -> Bool {
        guard let t = text, !Judge.has(t, #"orchid|spider"#) else { return false }
        return Judge.isPairedList(
            t, who: [#"\bferns?\b"#, #"\bcact(us|i)\b"#, #"\bbasil\b"#],
            what: [
                #"\bevery\s+(2|two|other|second|2nd)\s+days?\b|\balternate days\b|\bevery 48 ?h"#,
                #"\bonce\s+(a|per|every)\s+week\b|\bweekly\b|\bevery\s+(1\s+|one\s+)?week\b|\bevery\s+(7|seven)\s+days\b"#,
                #"\bevery\s+(single\s+)?day\b|\bdaily\b|\beach\s+day\b|\bonce\s+(a|per)\s+day\b"#,
            ])
    }

    /// Whether `text` is the flat's note with only the rent line changed: now 985 GBP a month (the
    /// 950 it was said to have been aside), still paid on the 1st.
    static func isFlat(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(home["memory/home/flat.md"])
        let got = Judge.lines(t)
        guard got.count == want.count, let i = want.firstIndex(where: { $0.hasPrefix("- Rent") }) else { return false }
        let line = got[i].lowercased()
        let said = line.replacingOccurrences(
            of: #"\(?\b(was|from|up from|previously|formerly|instead of|rather than|old:?)\s+(£\s*)?950(\.00)?\s*(gbp|pounds)?\)?"#, with: " ",
            options: .regularExpression)
        return Judge.has(line, #"^\W*rent"#) && Judge.has(said, #"\b985(\.00)?\b|nine hundred (and )?eighty[- ]five"#) && !said.contains("950")
            && Judge.has(said, #"\b(a|per)\s+month\b|monthly|/\s*month|\bpcm\b"#) && !Judge.has(said, #"week"#)
            && Judge.has(said, #"\b1st\b|\bfirst\b"#) && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
    }

    /// Whether `text` is the freezer list as it was with one more last row: the chilli con carne,
    /// 4 portions (in figures or a word), frozen on 2 August, in the list's three columns (another
    /// date format, quoted cells with CRLF pass).
    static func isFreezer(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !t.contains("|") else { return false }
        let want = Judge.lines(kitchen["memory/kitchen/freezer.csv"])
        let got = Judge.lines(t)
        guard got.count == want.count + 1, Array(got.prefix(want.count)) == want, let last = got.last else { return false }
        let cells = Judge.csvCells(last)
        guard cells.count == 3 else { return false }
        return Judge.has(cells[0], #"\bchilli\b"#) && Judge.has(cells[1], #"^(4|four)(\s+portions?)?$"#)
            && Judge.hasDate(cells[2].lowercased(), day: 2, month: 8)
    }

    /// Whether `text` is the account note `was` with only its registration line changed, to
    /// LB24 TZR (the old registration said to have been aside).
    static func hasNewRegistration(_ text: String?, _ was: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(was)
        let got = Judge.lines(t)
        guard got.count == want.count, let i = want.firstIndex(where: { $0.hasPrefix("Registration:") }) else { return false }
        let line = got[i].lowercased()
        let said = line.replacingOccurrences(
            of: #"\(?\b(was|previously|formerly|replacing|replaces|instead of|old( reg(istration)?)?:?)\s+kx19\s*lmn\)?"#, with: " ",
            options: .regularExpression)
        return Judge.has(line, #"^\W*(registration|reg\b|number plate)"#) && Judge.has(said, #"\blb24\s*tzr\b"#)
            && !Judge.has(said, #"kx19|lmn"#) && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
    }

    /// Whether `text` sums up this year's cottage email in two sentences (a short title aside, list
    /// markers allowed), each short, with at least four of its practical facts and no time, date,
    /// code or detail it does not give, nor any from last year's email.
    static func isCottageSummary(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        var lines = itemLines(t).filter { !$0.hasPrefix("#") }.map { Judge.spaced($0) }
        if lines.count > 1, let first = lines.first, !Judge.has(first, #"[.!?]$"#), first.split(separator: " ").count <= 8 {
            lines.removeFirst()
        }
        let body = lines.joined(separator: "\n")
            .replacingOccurrences(of: #"\b([aApP])\.[mM]\.(?=\s+[A-Z]|\s*$)"#, with: "$1m.", options: .regularExpression)
            .replacingOccurrences(of: #"\b([aApP])\.[mM]\."#, with: "$1m", options: .regularExpression)
        let sentences = body.replacingOccurrences(of: #"([.!?])\s+"#, with: "$1\n", options: .regularExpression)
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard sentences.count == 2 else { return false }
        let words = sentences.map { $0.split(separator: " ").filter { $0.contains { $0.isLetter || $0.isNumber } }.count }
        guard words.allSatisfy({ $0 >= 5 && $0 <= 50 }), words.reduce(0, +) <= 80 else { return false }
        let low = body.lowercased()
        let facts = [
            #"\b0?1(st)?\s+aug|\baug(ust)?\s+0?1(st)?\b|\b0?1/0?8\b|\bsat(urday)?\b"#, #"\b4\s*pm|\b16[:.]00|after four"#,
            #"key ?safe|\b2719\b|back door"#, #"\b10\s*am|\b10[:.]00|leave by|check[- ]?out"#,
            #"\b0?8(th)?\s+aug|\baug(ust)?\s+0?8(th)?\b|\b0?8/0?8\b"#, #"\bpark|\bone car\b|gravel"#, #"\bbins?\b|rubbish"#,
            #"wi-?fi|password"#,
        ].filter { Judge.has(low, $0) }
        let clock = Judge.found(low, #"\b(\d{1,2}:\d{2})\b"#)
        let hours = Judge.found(low, #"\b(\d{1,2})(?:[:.]\d{2})?\s*(?:am|pm)\b"#)
        let days = Judge.found(low, #"\b(\d{1,2})(?:st|nd|rd|th)?\s+aug"#) + Judge.found(low, #"\baug(?:ust)?\s+(\d{1,2})\b"#)
        let codes = Judge.found(low, #"\b(\d{4})\b"#)
        return facts.count >= 4 && clock.allSatisfy { ["16:00", "4:00", "04:00", "10:00"].contains($0) }
            && hours.allSatisfy { ["4", "04", "10"].contains($0) } && days.allSatisfy { ["1", "01", "8", "08"].contains($0) }
            && codes.allSatisfy { ["2719", "2026"].contains($0) } && !Judge.has(low, #"blue pot|\b(19|26)(th)?\s+jul|\bjul[a-z]*\s+(19|26)"#)
    }

    /// Whether `text` lists the three coming events each with its own date (the summer fair on
    /// 4 July, sports day on 10 July, the Year 6 leavers' assembly on 22 July), one entry each,
    /// any order, and not the cancelled disco nor the May newsletter's events.
    static func isSchoolDates(_ text: String?) -> Bool {
        guard let t = text, !Judge.has(t, #"disco|\b17(th)?\b|photo|bake sale|raffle"#) else { return false }
        return Judge.isPairedList(
            t, who: [#"\bfair\b"#, #"\bsports\b"#, #"leavers|assembly"#], what: [date(4, 7), date(10, 7), date(22, 7)])
    }

    /// Whether `text` lists the applications with no reply yet (Greenleaf Library, Harbour
    /// Museum, Crumb & Co), by file name or title, one entry each, any order, and no other;
    /// before them at most a title and a table header, nothing after them.
    static func isAwaitingReply(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !Judge.has(t, #"parks|council|northgate|college"#) else { return false }
        let entries = Judge.items(t).filter { !Judge.isTableRule($0) }.map { $0.lowercased() }
        let jobs = [#"greenleaf"#, #"harbour"#, #"crumb"#]
        let named = entries.indices.filter { i in jobs.contains { Judge.has(entries[i], $0) } }
        guard named.count == jobs.count, let first = named.first, named == Array(first..<first + jobs.count),
            entries.count == first + jobs.count, first <= 2
        else { return false }
        if first == 2 && !entries[1].hasPrefix("|") { return false }
        let which = named.map { i in jobs.indices.filter { Judge.has(entries[i], jobs[$0]) } }
        return which.allSatisfy { $0.count == 1 } && Set(which.map { $0[0] }).count == jobs.count
    }

    /// Whether `text` is one Markdown table of the potluck: a header row (name, dish, serves, any
    /// case, any column order), a rule, and the four people's rows in any order (accents, spacing
    /// or "people" after a number aside), and no potluck data outside it.
    static func isPotluckTable(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let lines = Judge.lines(t)
        let rows = lines.compactMap(tableCells)
        let outside = lines.filter { tableCells($0) == nil }
        guard rows.count == 6, rows[1].allSatisfy({ Judge.has($0, #"^:?-+:?$"#) }),
            !outside.contains(where: { Judge.has($0, #"priya|liam|zo[eë]|henrik|samosa|pasta|jollof|apple"#) })
        else { return false }
        let cell = { (s: String) in
            s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
                .replacingOccurrences(of: #"[*_`\s]"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #"^(\d+)(people|persons|portions|servings)$"#, with: "$1", options: .regularExpression)
        }
        let header = rows[0].map(cell)
        let columns = ["name", "dish", "serves"].compactMap { header.firstIndex(of: $0) }
        guard header.count == 3, columns.count == 3 else { return false }
        let want: Set<[String]> = [
            ["priya", "vegetablesamosas", "12"], ["liam", "pastasalad", "8"], ["zoe", "jollofrice", "10"], ["henrik", "applecake", "12"],
        ]
        let got = rows[2...].map { r in r.count == 3 ? columns.map { cell(r[$0]) } : [] }
        return got.count == want.count && Set(got) == want
    }

    /// Whether `text` is a skill named weekly-meal-plan with a description, whose body reads
    /// favourites.md, picks a dinner for each day of the week, makes a shopping list and saves in
    /// outputs/meal-plan.md.
    static func isMealPlanSkill(_ text: String?) -> Bool {
        guard let t = text, let (fields, body) = Judge.skill(t) else { return false }
        let b = body.lowercased()
        let rest = b.replacingOccurrences(of: "outputs/meal-plan.md", with: " ").replacingOccurrences(of: "weekly-meal-plan", with: " ")
            .replacingOccurrences(of: "memory/meals/favourites.md", with: " list ")
        return fields["name"] == "weekly-meal-plan" && (fields["description"] ?? "").count >= 10 && b.count >= 40
            && b.contains("outputs/meal-plan.md") && b.contains("favourites.md") && Judge.has(rest, #"\b(dinners?|meals?|suppers?|dish(es)?)\b"#)
            && Judge.has(rest, #"each day|every day|per day|\bseven\b|\b7\b|monday|days? of the week|the week|\bdaily\b"#)
            && Judge.has(rest, #"shopping|grocer(y|ies) list|ingredients to buy|what to buy"#)
    }

    /// Whether `text` is a Python script (a shebang, if any, names Python) that opens july.csv (not
    /// June's), reads the amounts as numbers, adds them up by category (a dict, defaultdict or
    /// pandas' groupby) and prints, writing, moving or removing nothing. Comments and a fenced
    /// reply do not count.
    static func isTotalsScript(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let l = Judge.lines(t)
        if let first = l.first, first.hasPrefix("#!"), !first.contains("python") { return false }
        let code = l.filter { !$0.hasPrefix("#") }.joined(separator: "\n")
        let has = { (words: [String]) in words.contains { code.contains($0) } }
        guard code.contains("july.csv"), !code.contains("june.csv") else { return false }
        guard
            !Judge.has(
                code, #"open\([^)]*,\s*(mode\s*=\s*)?["'][wax]|\.to_csv\(|os\.remove|os\.unlink|\.unlink\(|shutil|os\.rename|write_text\("#)
        else { return false }
        return has(["open(", "read_text(", "read_csv("]) && has(["float(", "Decimal(", "int(", "read_csv("])
            && Judge.has(code, #"category|\[\s*1\s*\]"#) && Judge.has(code, #"defaultdict|groupby|\.get\(|setdefault|\]\s*\+="#)
            && Judge.has(code, #"\+=|\bsum\(|\.sum\(|\+\s*(float|Decimal|int|amount)"#) && code.contains("print(")
    }
}
