import Foundation

/// A twenty-first fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first twenty: by someone who had not read the agent loop, its tools, its prompts, its tests or
/// any result. Fourteen intentions, numbered 2201 to 2214, one for each kind the issue names
/// (create, a contact lens prescription with each eye's power, the plan's monthly price and the
/// next check; edit in place, the weekday evenings' heating times and temperature on one line, the
/// mornings and weekends left; append a child's height as a new last row of a family heights CSV;
/// rename a bill note saved with capitals and spaces, in lower case with hyphens like its
/// neighbours; move a laptop's warranty note from the active folder into the expired one; several
/// files, a cleaner's new hourly rate in the three notes that give it, the gardener's same rate
/// left; copy a car's service history into the folder for its sale; delete a recipe the family did
/// not like, a near-named one kept; summarise an energy supplier's price-change letter in two or
/// three sentences; extract the medicines a grandfather takes now with their doses from a discharge
/// letter, the stopped one left out; list-and-save the weeknight recipes ready in 30 minutes or
/// less, by the Time line inside each; convert a Markdown list of the house's alarms to CSV; a
/// skill that says which houseplants are due for water today; a Python script that prints a
/// month's average sleep a night and the nights under 7 hours), each worded three ways as people
/// word them (files named by path, by bare name or by what they are; details given in passing;
/// what to leave alone said casually), run as Steward chooses. Every fixture holds a look-alike
/// beside the right file (the old glasses prescription, the mornings, the weekends and the old
/// flat's heating, the sibling not measured and the clothes sizes, another note with capitals and
/// spaces, the fridge freezer still covered and a warranty that ended before, the gardener at the
/// same rate on the next line, the old car's history and the advert, the lentil soup and the to-try
/// list, last year's letter, the old list of tablets and the stopped aspirin, the dal that takes 45
/// minutes and the untried ideas, the old house's alarms and the testing reminder, another skill,
/// January's sleep log). Judged by content as a person would (other list markers, entry, row and
/// column order, spacing, a title line, a table for a list, another date, time, number, dose or
/// amount format, a unicode minus or the word minus, an aside saying what a value was, quoted CSV
/// cells, a lost final newline, CRLF pass) and by "nothing else changed" (the wrong file, the wrong
/// folder, a copy where a move was asked fail). Frozen in a commit of its own before any run with
/// a model: never tune the loop on it, and run it as it is (`STEWARD_SUITE_PART=fresh21`).
extension EverydayTaskSuite {
    static let fresh21: [Intention] = [
        Intention(
            number: 2201, kind: "create: a contact lens prescription with each eye's power, the plan's monthly price and the next check",
            fixtures: Fresh21.eyes,
            wordings: [
                (
                    .imperative,
                    "Create memory/health/contact-lenses.md with my lens prescription: right eye -1.75, left eye -2.25, plan £21.50 a month, next check 9 September 2027"
                ),
                (
                    .request,
                    "I've just had my contact lens fitting at ClearView. Could you start a note, contact-lenses.md in memory/health, with the new prescription? It's -1.75 in my right eye and -2.25 in the left. The daily lenses come on a plan at £21.50 a month, and they want to see me again on 9 September 2027."
                ),
                (
                    .context,
                    "I've switched from glasses to daily contact lenses and I'll never remember the numbers when I reorder. Please write memory/health/contact-lenses.md saying the right eye is -1.75 and the left is -2.25, that the plan costs £21.50 a month, and that my next check is on 9 September 2027. The old glasses prescription stays as it is; its numbers are different."
                ),
            ], changed: ["memory/health/contact-lenses.md"],
            check: { f in Fresh21.isLenses(f("memory/health/contact-lenses.md")) && Judge.untouched(f, Array(Fresh21.eyes.keys), Fresh21.eyes) },
            solution: ops(writes: [("memory/health/contact-lenses.md", Fresh21.lenses)])),
        Intention(
            number: 2202,
            kind: "edit in place: the weekday evenings' heating times and temperature on one line, the mornings and weekends left",
            fixtures: Fresh21.heating,
            wordings: [
                (.imperative, "In memory/home/heating.md, change the weekday evenings to 5 to 10 pm at 18.5°C"),
                (
                    .request,
                    "The gas bill's gone up again. Could you change the weekday evenings line in heating.md in memory/home so it's 18.5°C and ends at 10 pm instead of half ten? It still starts at 5."
                ),
                (
                    .context,
                    "We're trying to cut the gas bill without freezing, so we've agreed to turn the heating down a bit on weekday evenings. Please update memory/home/heating.md so weekday evenings run from 5 pm to 10 pm at 18.5 degrees. The mornings and the weekends stay as they are, and so does everything else in the note."
                ),
            ], changed: [Fresh21.heatingNote],
            check: { f in
                Fresh21.isHeating(f(Fresh21.heatingNote))
                    && Judge.untouched(f, ["memory/home/energy.md", "memory/home/heating-old-flat.md"], Fresh21.heating)
            },
            solution: ops(writes: [(Fresh21.heatingNote, Fresh21.newHeating("Weekday evenings: 5 to 10 pm at 18.5°C"))])),
        Intention(
            number: 2203, kind: "append: a child's height as a new last row of a family heights CSV, the sibling not measured left out",
            fixtures: Fresh21.heights,
            wordings: [
                (.imperative, "Append a row to memory/family/heights.csv: 2027-03-07, Oscar, 131.5"),
                (
                    .request,
                    "Oscar's shot up again: 131.5 cm against the kitchen door this morning! Could you add him to the bottom of heights.csv in memory/family? Today's 7 March 2027."
                ),
                (
                    .context,
                    "Twice a year we measure the kids against the kitchen door frame, and I keep it all in memory/family/heights.csv, oldest first. Please add today's measurement for Oscar as a new row at the bottom, in the same columns: 7 March 2027, 131.5 cm. Maisie's at a sleepover so she'll be done next weekend; don't put a row in for her, and leave the clothes sizes note alone."
                ),
            ], changed: [Fresh21.heightsLog],
            check: { f in
                Fresh21.isHeights(f(Fresh21.heightsLog))
                    && Judge.untouched(f, ["memory/family/clothes-sizes.md", "memory/family/measuring.md"], Fresh21.heights)
            },
            solution: ops(writes: [(Fresh21.heightsLog, Fresh21.heights[Fresh21.heightsLog]! + "2027-03-07,Oscar,131.5\n")])),
        Intention(
            number: 2204, kind: "rename: a bill note saved with capitals and spaces, named in lower case with hyphens like its neighbours",
            fixtures: Fresh21.bills,
            wordings: [
                (.imperative, "Rename \"memory/bills/Council Tax 2027-28.md\" to memory/bills/council-tax-2027-28.md"),
                (
                    .request,
                    "My phone saved the council tax note as 'Council Tax 2027-28.md', with capitals and spaces. Could you rename it to council-tax-2027-28.md in memory/bills, like the others?"
                ),
                (
                    .context,
                    "Everything in memory/bills is named in lower case with hyphens, like water-2027-28.md, except the council tax note I made on my phone, memory/bills/Council Tax 2027-28.md. Please rename it to council-tax-2027-28.md in the same folder without touching what it says. Home Insurance.md has the same problem, but it renews next week and I'll sort that one out then."
                ),
            ], changed: [Fresh21.councilTax, "memory/bills/council-tax-2027-28.md"],
            check: { f in
                Judge.moved(f, Fresh21.councilTax, to: "memory/bills/council-tax-2027-28.md", Fresh21.bills)
                    && Judge.untouched(
                        f, ["memory/bills/Home Insurance.md", "memory/bills/water-2027-28.md", "memory/bills/tv-licence.md"], Fresh21.bills)
            },
            solution: ops(
                #"{"op":"move","from":"memory/bills/Council Tax 2027-28.md","to":"memory/bills/council-tax-2027-28.md"}"#)),
        Intention(
            number: 2205, kind: "move into a folder: a laptop's warranty note from the active folder into the expired one",
            fixtures: Fresh21.warranties,
            wordings: [
                (.imperative, "Move memory/warranties/active/laptop.md into memory/warranties/expired"),
                (
                    .request,
                    "The laptop's warranty ran out at the end of February. Could you move its note from the active folder to the expired one in memory/warranties?"
                ),
                (
                    .context,
                    "I keep a note for everything under warranty in memory/warranties/active, and once the cover's over it goes in memory/warranties/expired so I don't try to claim on it. The laptop's two years ended on 28 February, so please move memory/warranties/active/laptop.md over to expired, keeping its name and what it says. The fridge freezer is covered until 2029, so that one stays where it is."
                ),
            ], changed: ["memory/warranties/active/laptop.md", "memory/warranties/expired/laptop.md"],
            check: { f in
                Judge.moved(f, "memory/warranties/active/laptop.md", to: "memory/warranties/expired/laptop.md", Fresh21.warranties)
                    && Judge.untouched(
                        f,
                        [
                            "memory/warranties/active/fridge-freezer.md", "memory/warranties/expired/kettle.md",
                            "memory/warranties/how-to-claim.md",
                        ], Fresh21.warranties)
            },
            solution: ops(#"{"op":"move","from":"memory/warranties/active/laptop.md","to":"memory/warranties/expired/laptop.md"}"#)),
        Intention(
            number: 2206, kind: "several files: a cleaner's new hourly rate in the three notes that give it, the gardener's same rate left",
            fixtures: Fresh21.cleaning,
            wordings: [
                (
                    .imperative,
                    "Change Magda's rate from £15 to £16.50 an hour in memory/home/cleaner.md, memory/money/budget.md and memory/home/while-away.md"
                ),
                (
                    .request,
                    "Magda's putting her price up to £16.50 an hour from April, which is fair enough. Could you change it in the three notes that mention her rate: cleaner.md and while-away.md in memory/home, and budget.md in memory/money?"
                ),
                (
                    .context,
                    "Our cleaner, Magda, has told us she's charging £16.50 an hour from April instead of £15. Please update her rate in memory/home/cleaner.md, memory/money/budget.md and memory/home/while-away.md, and only her rate. Tom the gardener also charges £15 an hour and he isn't changing, so his line in the budget and his own note stay exactly as they are."
                ),
            ], changed: Set(Fresh21.cleanerNotes),
            check: { f in
                Fresh21.cleanerNotes.allSatisfy { Fresh21.hasNewRate(f($0), $0) }
                    && Judge.untouched(f, ["memory/home/gardener.md"], Fresh21.cleaning)
            },
            solution: ops(writes: Fresh21.newRate(["£16.50", "£16.50", "£16.50"]))),
        Intention(
            number: 2207, kind: "copy: a car's service history into the folder for its sale, the old car's history not",
            fixtures: Fresh21.car,
            wordings: [
                (.imperative, "Copy memory/car/service-history.md to memory/car/sale/service-history.md"),
                (
                    .request,
                    "A buyer wants to see the Fabia's service history before Saturday. Could you put a copy of service-history.md in memory/car/sale, same name? Keep mine where it is."
                ),
                (
                    .context,
                    "I'm selling the Skoda and I keep everything for the buyers in memory/car/sale. Please copy memory/car/service-history.md into that folder, unchanged and under the same name, and leave the original where it is. Not the old Focus's history, that car went years ago, and the advert doesn't need touching."
                ),
            ], changed: ["memory/car/sale/service-history.md"],
            check: { f in
                let copy = f("memory/car/sale/service-history.md")
                return copy != nil && !Judge.fenced(copy!) && Judge.lines(copy) == Judge.lines(Fresh21.car[Fresh21.history])
                    && Fresh21.car.keys.allSatisfy { f($0) == Fresh21.car[$0] }
            }, solution: ops(writes: [("memory/car/sale/service-history.md", Fresh21.car[Fresh21.history]!)])),
        Intention(
            number: 2208, kind: "delete: a recipe the family didn't like, a near-named recipe and the to-try list kept",
            fixtures: Fresh21.recipes,
            wordings: [
                (.imperative, "Delete memory/recipes/lentil-bake.md"),
                (
                    .request,
                    "Nobody ate the lentil bake last night, so it's not going on the menu again. Could you delete lentil-bake.md from memory/recipes? The lentil soup's a keeper though."
                ),
                (
                    .context,
                    "I tried a lentil and squash bake on Tuesday and the verdict was unanimous: never again. Please delete its note, memory/recipes/lentil-bake.md, and nothing else. The red lentil soup and the squash risotto are family favourites, and leave the to-try list as it is too."
                ),
            ], changed: ["memory/recipes/lentil-bake.md"],
            check: { f in
                f("memory/recipes/lentil-bake.md") == nil
                    && Judge.untouched(
                        f, ["memory/recipes/lentil-soup.md", "memory/recipes/squash-risotto.md", "memory/recipes/to-try.md"], Fresh21.recipes)
            }, solution: ops(#"{"op":"delete","path":"memory/recipes/lentil-bake.md"}"#)),
        Intention(
            number: 2209, kind: "summarise: an energy supplier's price-change letter in two or three sentences", fixtures: Fresh21.energy,
            wordings: [
                (.imperative, "Summarise memory/home/energy-letter.md in two or three sentences in outputs/energy-summary.md"),
                (
                    .request,
                    "Northern Spark have written about new prices again and I can't face the small print. Could you read energy-letter.md in memory/home and sum it up in two or three sentences in outputs/energy-summary.md? Mainly what's going up, by how much and from when."
                ),
                (
                    .context,
                    "Our energy supplier sent a letter about prices changing in April and my partner wants the short version. Please read memory/home/energy-letter.md and write a summary of two or three sentences to outputs/energy-summary.md covering what changes, when, and what happens to our monthly payment. Last year's letter is in the same folder but it's out of date, so leave it out."
                ),
            ], changed: ["outputs/energy-summary.md"], check: { f in Fresh21.isEnergySummary(f("outputs/energy-summary.md")) },
            solution: ops(writes: [("outputs/energy-summary.md", Fresh21.energySummary)])),
        Intention(
            number: 2210,
            kind: "extract: the medicines a grandfather takes now with their doses, from a hospital discharge letter, the stopped one left out",
            fixtures: Fresh21.grandad,
            wordings: [
                (
                    .imperative,
                    "Extract the medicines Grandad takes now, with their doses, from memory/family/grandad/discharge-letter.md into outputs/grandad-medicines.md, one per line"
                ),
                (
                    .request,
                    "Grandad came home from hospital with a letter full of medicines. Could you list the ones he's on now, each with its dose, in outputs/grandad-medicines.md? The letter's discharge-letter.md in memory/family/grandad."
                ),
                (
                    .context,
                    "I'm sorting out Grandad's pill organiser now he's out of hospital. Please read memory/family/grandad/discharge-letter.md and write the medicines he should be taking now to outputs/grandad-medicines.md, one per line with the dose. The one they stopped mustn't be on it, and ignore his old list from before he went in."
                ),
            ], changed: ["outputs/grandad-medicines.md"], check: { f in Fresh21.isMedicines(f("outputs/grandad-medicines.md")) },
            solution: ops(writes: [("outputs/grandad-medicines.md", Fresh21.medicines)])),
        Intention(
            number: 2211, kind: "list-and-save: the weeknight recipes ready in 30 minutes or less, by the Time line inside each",
            fixtures: Fresh21.weeknight,
            wordings: [
                (
                    .imperative,
                    "List the recipes in memory/recipes/weeknight whose Time line is 30 minutes or less and save the list to outputs/quick-dinners.md"
                ),
                (
                    .request,
                    "Tuesdays are mad with swimming, so I need dinners that take half an hour at most. Could you look at the Time line in each recipe in memory/recipes/weeknight and put the ones that take 30 minutes or less in outputs/quick-dinners.md?"
                ),
                (
                    .context,
                    "On club nights I've got half an hour, tops, to get dinner on the table. Every recipe in memory/recipes/weeknight has a Time line, so please write the ones that take 30 minutes or less to outputs/quick-dinners.md, one per line. Anything longer doesn't count, and the ideas note is just things I haven't tried yet."
                ),
            ], changed: ["outputs/quick-dinners.md"], check: { f in Fresh21.isQuickList(f("outputs/quick-dinners.md")) },
            solution: ops(writes: [("outputs/quick-dinners.md", "- Pesto pasta with peas\n- Egg fried rice\n- Fish tacos\n- Halloumi wraps\n")])),
        Intention(
            number: 2212, kind: "convert: a Markdown list of the house's smoke, heat and CO alarms to CSV, one row per alarm",
            fixtures: Fresh21.alarms,
            wordings: [
                (.imperative, "Convert the list in memory/home/alarms.md to CSV in outputs/alarms.csv with columns location, type and date"),
                (
                    .request,
                    "The insurance form wants our alarms as a spreadsheet. Could you turn the list in memory/home/alarms.md into a CSV at outputs/alarms.csv, one row per alarm, with where it is, what kind it is and the date on its line?"
                ),
                (
                    .context,
                    "The home insurer has asked for a record of our smoke, heat and carbon monoxide alarms, and their portal takes a CSV file. Please convert the list in memory/home/alarms.md into outputs/alarms.csv with a header row and one row per alarm: its location, its type and the date given for it. The reminder about testing isn't an alarm, and the old house's alarms don't belong in it."
                ),
            ], changed: ["outputs/alarms.csv"], check: { f in Fresh21.isAlarmsCSV(f("outputs/alarms.csv")) },
            solution: ops(writes: [("outputs/alarms.csv", Fresh21.alarmsCSV)])),
        Intention(
            number: 2213, kind: "skill: which houseplants are due or overdue for water today, from how often and when each was last watered",
            fixtures: Fresh21.plants,
            wordings: [
                (
                    .imperative,
                    "Create skills/watering-due/SKILL.md, a skill named watering-due with a description, that reads memory/plants/plants.md and memory/plants/watered.md and writes the plants due or overdue for water today to outputs/water-today.md"
                ),
                (
                    .request,
                    "Could you make me a skill called watering-due? It should check how often each plant needs water in memory/plants/plants.md against when I last watered it in memory/plants/watered.md, and put the ones that need doing today, or are overdue, in outputs/water-today.md."
                ),
                (
                    .context,
                    "I keep killing the basil because I lose track of what I watered when. Please write a skill named watering-due, with a name and a description in front matter like the bin-day skill, telling the agent to read how often each plant wants water from memory/plants/plants.md and when each was last watered from memory/plants/watered.md, work out which are due today or overdue, and write those to outputs/water-today.md. The bin-day skill stays as it is."
                ),
            ], changed: ["skills/watering-due/SKILL.md"],
            check: { f in Fresh21.isWateringSkill(f("skills/watering-due/SKILL.md")) && f("skills/bin-day/SKILL.md") == Fresh21.binSkill },
            solution: ops(writes: [("skills/watering-due/SKILL.md", Fresh21.wateringSkill)])),
        Intention(
            number: 2214, kind: "script: a Python script that prints a month's average sleep a night and the nights under 7 hours",
            fixtures: Fresh21.sleep,
            wordings: [
                (
                    .imperative,
                    "Write memory/health/sleep-report.py, a Python script that reads memory/health/sleep-2027-02.csv and prints the average hours slept a night and how many nights were under 7 hours"
                ),
                (
                    .request,
                    "The GP wants to know how I've been sleeping. Could you write me a small Python script, sleep-report.py in memory/health, that goes through February's log, sleep-2027-02.csv in the same folder, and prints my average hours a night and the number of nights I got less than 7 hours?"
                ),
                (
                    .context,
                    "I've logged my sleep every night of February in memory/health/sleep-2027-02.csv, one row per night with the date and the hours. Please write a Python script, memory/health/sleep-report.py, that prints the average hours a night and how many nights fell short of 7 hours, for my appointment on 15 March. January's file is a separate month, so it mustn't be counted, and the script should only read the log, never change it."
                ),
            ], changed: ["memory/health/sleep-report.py"], check: { f in Fresh21.isSleepScript(f("memory/health/sleep-report.py")) },
            solution: ops(writes: [("memory/health/sleep-report.py", Fresh21.sleepScript)])),
    ]
}

extension EverydayTaskSuite {
    /// Correct results in other forms a careful person accepts (a table, another marker, a title,
    /// spacing, another date, time, number, dose or amount format, a unicode minus or the word
    /// minus, an aside saying what a value was, another order, quoted CSV cells, columns in another
    /// order, a lost final newline, CRLF, paths or file names for titles, another way to write the
    /// same skill or script), at least one per intention but the delete (2208), which has no other form.
    static let fresh21Alternatives: [(Int, String)] = [
        (
            2201,
            ops(writes: [
                (
                    "memory/health/contact-lenses.md",
                    "# Contact lenses (daily, from ClearView)\n\n| Eye | Power |\n|---|---|\n| Right (OD) | −1.75 |\n| Left (OS) | −2.25 |\n\nPlan: £21.50/month\nNext check: 09/09/2027\n"
                )
            ])
        ),
        (
            2201,
            ops(writes: [
                (
                    "memory/health/contact-lenses.md",
                    "# Lenses\nR: −1.75 D / L: −2.25 D (dailies)\nCost: £21.50 monthly, ClearView plan\nNext check: 9/9/27\n"
                )
            ])
        ),
        (2201, ops(writes: [("memory/health/contact-lenses.md", "Contact lenses: R -1.75, L -2.25; £21.50 a month; next check 9th Sept 2027")])),
        (
            2201,
            ops(writes: [
                (
                    "memory/health/contact-lenses.md",
                    "My right eye is minus 1.75 and my left eye is minus 2.25. The lenses cost 21.50 pounds a month. Next check-up: September 9, 2027.\n"
                )
            ])
        ),
        (
            2201,
            ops(writes: [
                ("memory/health/contact-lenses.md", "Lens prescription\r\n-1.75 right\r\n-2.25 left\r\nMonthly: GBP 21.50\r\nReview 2027-09-09\r\n")
            ])
        ),
        (
            2202,
            ops(writes: [
                (Fresh21.heatingNote, Fresh21.newHeating("Weekday evenings: 17:00–22:00 at 18.5 °C (was 5 to 10.30 pm at 20°C)"))
            ])
        ),
        (
            2202,
            ops(writes: [
                (
                    Fresh21.heatingNote,
                    Fresh21.newHeating("**Weekday evenings:** 5pm-10pm, 18.5C").replacingOccurrences(of: "\n", with: "\r\n")
                )
            ])
        ),
        (
            2202,
            ops(writes: [
                (
                    Fresh21.heatingNote,
                    Fresh21.newHeating("Weekday evenings: from 5 pm to 10 pm at 18.5 degrees").trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (2202, ops(writes: [(Fresh21.heatingNote, Fresh21.newHeating("Weekday evenings: 5pm – 10pm @ 18.5℃"))])),
        (
            2203,
            ops(writes: [
                (
                    Fresh21.heightsLog,
                    (Fresh21.heights[Fresh21.heightsLog]! + "\"2027-03-07\",\"Oscar\",\"131.5\"").replacingOccurrences(of: "\n", with: "\r\n")
                )
            ])
        ),
        (2203, ops(writes: [(Fresh21.heightsLog, Fresh21.heights[Fresh21.heightsLog]! + "07/03/2027,Oscar,131.5 cm\n")])),
        (2203, ops(writes: [(Fresh21.heightsLog, Fresh21.heights[Fresh21.heightsLog]! + "7 March 2027, Oscar, 131.50\n\n")])),
        (
            2204,
            ops(
                writes: [("memory/bills/council-tax-2027-28.md", Fresh21.bills[Fresh21.councilTax]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/bills/Council Tax 2027-28.md"}"#)
        ),
        (
            2204,
            ops(
                writes: [
                    ("memory/bills/council-tax-2027-28.md", Fresh21.bills[Fresh21.councilTax]!.replacingOccurrences(of: "\n", with: "\r\n"))
                ],
                #"{"op":"delete","path":"memory/bills/Council Tax 2027-28.md"}"#)
        ),
        (
            2204,
            ops(
                writes: [("memory/bills/council-tax-2027-28.md", Fresh21.bills[Fresh21.councilTax]!.replacingOccurrences(of: "\n", with: "\n\n"))],
                #"{"op":"delete","path":"memory/bills/Council Tax 2027-28.md"}"#)
        ),
        (
            2205,
            ops(
                writes: [
                    (
                        "memory/warranties/expired/laptop.md",
                        Fresh21.warranties["memory/warranties/active/laptop.md"]!.trimmingCharacters(in: .newlines)
                    )
                ],
                #"{"op":"delete","path":"memory/warranties/active/laptop.md"}"#)
        ),
        (
            2205,
            ops(
                writes: [
                    (
                        "memory/warranties/expired/laptop.md",
                        Fresh21.warranties["memory/warranties/active/laptop.md"]!.replacingOccurrences(of: "\n", with: "\r\n")
                    )
                ],
                #"{"op":"delete","path":"memory/warranties/active/laptop.md"}"#)
        ),
        (
            2205,
            ops(
                writes: [
                    (
                        "memory/warranties/expired/laptop.md",
                        Fresh21.warranties["memory/warranties/active/laptop.md"]!.replacingOccurrences(of: "\n", with: "\n\n")
                    )
                ],
                #"{"op":"delete","path":"memory/warranties/active/laptop.md"}"#)
        ),
        (2206, ops(writes: Fresh21.newRate(["£16.50 (was £15)", "£16.50", "£16.50"]))),
        (
            2206,
            ops(writes: Fresh21.newRate(["16.50 GBP", "£16.50", "£16.50"]).map { ($0.0, $0.1.replacingOccurrences(of: "\n", with: "\r\n")) })
        ),
        (
            2206,
            ops(
                writes: Fresh21.newRate(["£16.50", "£16.50 (from April; was £15)", "£16.5"]).map {
                    ($0.0, $0.1.trimmingCharacters(in: .newlines))
                })
        ),
        (
            2206,
            ops(
                writes: Fresh21.newRate(["£16.50", "£16.50", "£16.50"]).map {
                    ($0.0, $0.1.replacingOccurrences(of: "£16.50 an hour", with: "£16.50/hour"))
                })
        ),
        (2207, ops(writes: [("memory/car/sale/service-history.md", Fresh21.car[Fresh21.history]!.trimmingCharacters(in: .newlines))])),
        (
            2207,
            ops(writes: [("memory/car/sale/service-history.md", Fresh21.car[Fresh21.history]!.replacingOccurrences(of: "\n", with: "\r\n"))])
        ),
        (
            2207,
            ops(writes: [
                ("memory/car/sale/service-history.md", Fresh21.car[Fresh21.history]!.replacingOccurrences(of: "\n\n", with: "\n") + "\n")
            ])
        ),
        (
            2209,
            ops(writes: [
                (
                    "outputs/energy-summary.md",
                    "# Energy prices from April\n\nFrom 1/4/2027 electricity costs more (26.1p/kWh, standing charge 55.9p a day); gas doesn't change. The Direct Debit rises to £127 a month from 15 April.\n"
                )
            ])
        ),
        (
            2209,
            ops(writes: [
                (
                    "outputs/energy-summary.md",
                    "- Electricity goes up on 1 April: 26.1p per kWh (was 24.5p) and a 55.9p daily standing charge.\n- Gas stays the same.\n- The Direct Debit goes up from £112 to £127 a month from 15 April.\n"
                )
            ])
        ),
        (
            2209,
            ops(writes: [
                (
                    "outputs/energy-summary.md",
                    "On April 1st, 2027 our electricity gets dearer and the monthly direct debit goes from 112 pounds to 127 pounds (from April 15th). Gas is unchanged, and we could fix our prices until 2029 if we sign up by March 31st."
                )
            ])
        ),
        (
            2209,
            ops(writes: [
                (
                    "outputs/energy-summary.md",
                    "The Direct Debit goes up by £15 to £127 a month from 15 April, because from 1 April 2027 electricity costs 26.1p per kWh (1.6p more) and the standing charge rises to 55.9p a day. Gas prices don't change.\n"
                )
            ])
        ),
        (
            2210,
            ops(writes: [
                (
                    "outputs/grandad-medicines.md",
                    "# Grandad's medicines now\n\n| Medicine | Dose | When |\n|---|---|---|\n| Ramipril | 5mg | morning |\n| Atorvastatin | 40mg | night |\n| Lansoprazole | 15mg | before breakfast |\n| Paracetamol | 1g | up to 4 times a day, as needed |\n"
                )
            ])
        ),
        (
            2210,
            ops(writes: [
                (
                    "outputs/grandad-medicines.md",
                    "Paracetamol 1000 mg (two 500 mg tablets), up to 4x a day\nRamipril 5 milligrams\nAtorvastatin 40 mg\nLansoprazole 15 mg\n"
                )
            ])
        ),
        (
            2210,
            ops(writes: [
                (
                    "outputs/grandad-medicines.md",
                    "Medicines now:\nRamipril: 5 mg (new)\nAtorvastatin: 40 mg\nLansoprazole: 15 mg (new)\nParacetamol: 1 gram when needed"
                )
            ])
        ),
        (
            2211,
            ops(writes: [
                (
                    "outputs/quick-dinners.md",
                    "# Quick dinners (30 minutes or less)\n\n| Recipe | Time |\n|---|---|\n| Egg fried rice | 15 mins |\n| Pesto pasta with peas | 20 minutes |\n| Halloumi wraps | 25 min |\n| Fish tacos | 30 minutes |\n"
                )
            ])
        ),
        (
            2211,
            ops(writes: [
                (
                    "outputs/quick-dinners.md",
                    "memory/recipes/weeknight/egg-fried-rice.md\nmemory/recipes/weeknight/fish-tacos.md\nmemory/recipes/weeknight/halloumi-wraps.md\nmemory/recipes/weeknight/pesto-pasta.md"
                )
            ])
        ),
        (
            2211,
            ops(writes: [
                (
                    "outputs/quick-dinners.md",
                    "Quick dinners:\n1. halloumi-wraps.md (25 min)\n2. egg-fried-rice.md (15 mins)\n3. pesto-pasta.md (20 minutes)\n4. fish-tacos.md (30 minutes, only just)\n"
                )
            ])
        ),
        (
            2212,
            ops(writes: [
                (
                    "outputs/alarms.csv",
                    "\"Type\",\"Room\",\"Battery date\"\r\n\"Smoke alarm\",\"Hall (downstairs)\",\"12/01/2027\"\r\n\"Smoke alarm\",\"Landing\",\"12/01/2027\"\r\n\"Heat alarm\",\"Kitchen\",\"03/10/2026\"\r\n\"Carbon monoxide alarm\",\"Boiler cupboard\",\"20/05/2025\"\r\n"
                )
            ])
        ),
        (
            2212,
            ops(writes: [
                (
                    "outputs/alarms.csv",
                    "where,kind,battery_changed\nHall,smoke,12 January 2027\nLanding,smoke,12 January 2027\nKitchen,heat,3 October 2026\nBoiler cupboard,CO,20 May 2025 (sealed; lasts 7 years)"
                )
            ])
        ),
        (
            2212,
            ops(writes: [
                (
                    "outputs/alarms.csv",
                    "Location,Alarm,Battery changed\nBoiler cupboard,Carbon monoxide,20 May 2025\nKitchen,Heat,3 Oct 2026\nLanding,Smoke,12 Jan 2027\n\"Hall, downstairs\",Smoke,12 Jan 2027\n"
                )
            ])
        ),
        (
            2212,
            ops(writes: [
                (
                    "outputs/alarms.csv",
                    "location,type,date\nHall (downstairs),Smoke,12.01.2027\nLanding,Smoke,12.01.2027\nKitchen,Heat,03.10.2026\nBoiler cupboard,Carbon Monoxide (CO),20.05.2025\n"
                )
            ])
        ),
        (
            2213,
            ops(writes: [
                (
                    "skills/watering-due/SKILL.md",
                    "---\nname: \"watering-due\"\ndescription: >\n  Which houseplants need water today.\n---\n\n# Watering due\n\n1. Read `memory/plants/plants.md` (how many days between waterings for each plant).\n2. Read `memory/plants/watered.md` (the date each plant was last watered).\n3. For each plant, count the days since it was last watered; if that is at least its interval, it is due (or overdue).\n4. Write the plants due today and the overdue ones to `outputs/water-today.md`.\n"
                )
            ])
        ),
        (
            2213,
            ops(writes: [
                (
                    "skills/watering-due/SKILL.md",
                    "---\nname: watering-due\ndescription: |\n  Tells me what to water.\n---\n- How often: memory/plants/plants.md\n- Last watered: memory/plants/watered.md\n- A plant needs water when more days have passed since its last watering than its interval allows, or exactly as many.\n- Save the list of plants to water today in outputs/water-today.md\n"
                )
            ])
        ),
        (
            2213,
            ops(writes: [
                (
                    "skills/watering-due/SKILL.md",
                    "---\nname: watering-due\ndescription: 'List the plants due or overdue for watering, so none dries out.'\n---\nCompare today's date with when each plant was last watered (memory/plants/watered.md) and how often it needs water (memory/plants/plants.md). Write every plant that is due now or overdue to outputs/water-today.md, one per line."
                )
            ])
        ),
        (
            2214,
            ops(writes: [
                (
                    "memory/health/sleep-report.py",
                    "import pandas as pd\n\ndf = pd.read_csv(\"memory/health/sleep-2027-02.csv\")\nprint(\"Average hours:\", round(df[\"hours\"].mean(), 2))\nprint(\"Nights under 7 hours:\", int((df[\"hours\"] < 7).sum()))\n"
                )
            ])
        ),
        (
            2214,
            ops(writes: [
                (
                    "memory/health/sleep-report.py",
                    "#!/usr/bin/env python3\n\"\"\"The average sleep in February and the short nights.\"\"\"\nfrom pathlib import Path\nfrom statistics import mean\n\nTARGET = 7\nrows = Path(\"memory/health/sleep-2027-02.csv\").read_text().splitlines()[1:]\nhours = [float(r.split(\",\")[1]) for r in rows if r.strip()]\nprint(f\"Average: {mean(hours):.1f} h\")\nprint(f\"Short nights (under {TARGET} h): {len([h for h in hours if h < TARGET])}\")\n"
                )
            ])
        ),
        (
            2214,
            ops(writes: [
                (
                    "memory/health/sleep-report.py",
                    "import csv\nfrom decimal import Decimal\n\n\ndef main():\n    total = Decimal(0)\n    nights = 0\n    short = 0\n    with open(\"memory/health/sleep-2027-02.csv\", newline=\"\") as f:\n        reader = csv.reader(f)\n        next(reader)\n        for date, hours in reader:\n            h = Decimal(hours)\n            total += h\n            nights += 1\n            if h < 7:\n                short += 1\n    print(\"Average hours a night:\", round(total / nights, 2))\n    print(\"Nights under 7 hours:\", short)\n\n\nif __name__ == \"__main__\":\n    main()\n"
                )
            ])
        ),
    ]

    /// Wrong or partial results that the twenty-first fresh part's checks must refuse, at least six per intention.
    static let fresh21NearMisses: [(Int, String)] = [
        (
            2201,
            ops(writes: [
                (
                    "memory/health/contact-lenses.md",
                    Fresh21.lenses.replacingOccurrences(of: "Right eye: -1.75", with: "Right eye: -2.25").replacingOccurrences(
                        of: "Left eye: -2.25", with: "Left eye: -1.75")
                )
            ])
        ),
        (
            2201,
            ops(writes: [
                (
                    "memory/health/contact-lenses.md",
                    Fresh21.lenses.replacingOccurrences(of: "-1.75", with: "1.75").replacingOccurrences(of: "-2.25", with: "2.25")
                )
            ])
        ),
        (2201, ops(writes: [("memory/health/contact-lenses.md", Fresh21.lenses.replacingOccurrences(of: "-1.75", with: "-1.57"))])),
        (2201, ops(writes: [("memory/health/contact-lenses.md", Fresh21.lenses.replacingOccurrences(of: "£21.50", with: "£12.50"))])),
        (2201, ops(writes: [("memory/health/contact-lenses.md", Fresh21.lenses.replacingOccurrences(of: "9 September", with: "9 October"))])),
        (2201, ops(writes: [("memory/health/contact-lenses.md", Fresh21.lenses.replacingOccurrences(of: "September 2027", with: "September 2026"))])),
        (2201, ops(writes: [("memory/health/contact-lenses.md", Fresh21.lenses.replacingOccurrences(of: "a month", with: "a year"))])),
        (
            2201,
            ops(writes: [
                ("memory/health/contact-lenses.md", Fresh21.lenses.replacingOccurrences(of: "- Daily lenses on a plan: £21.50 a month\n", with: ""))
            ])
        ),
        (
            2201,
            ops(writes: [("memory/health/contact-lenses.md", Fresh21.lenses + "- Old glasses: right -1.50, left -2.00\n")])
        ),
        (2201, ops(writes: [("memory/health/lenses.md", Fresh21.lenses)])),
        (
            2201,
            ops(writes: [
                ("memory/health/contact-lenses.md", Fresh21.lenses),
                ("memory/health/glasses-2025.md", Fresh21.eyes["memory/health/glasses-2025.md"]! + "Now in contact lenses: see contact-lenses.md\n"),
            ])
        ),
        (2201, ops(writes: [("memory/health/contact-lenses.md", "```markdown\n" + Fresh21.lenses + "```\n")])),
        (
            2202,
            ops(writes: [
                (
                    Fresh21.heatingNote,
                    Fresh21.newHeating("Weekday evenings: 5 to 10 pm at 18.5°C").replacingOccurrences(
                        of: "Weekends: 8 am to 10.30 pm at 20°C", with: "Weekends: 8 am to 10 pm at 18.5°C")
                )
            ])
        ),
        (2202, ops(writes: [(Fresh21.heatingNote, Fresh21.newHeating("Weekday evenings: 5 to 10.30 pm at 18.5°C"))])),
        (2202, ops(writes: [(Fresh21.heatingNote, Fresh21.newHeating("Weekday evenings: 5 to 10 pm at 20°C"))])),
        (2202, ops(writes: [(Fresh21.heatingNote, Fresh21.newHeating("Weekday evenings: 5 to 10 pm at 18°C"))])),
        (2202, ops(writes: [(Fresh21.heatingNote, Fresh21.newHeating("Weekday evenings: 5 to 10 am at 18.5°C"))])),
        (2202, ops(writes: [(Fresh21.heatingNote, Fresh21.newHeating("Weekday evenings: 6 to 10 pm at 18.5°C"))])),
        (2202, ops(writes: [(Fresh21.heatingNote, Fresh21.newHeating("Weekday evenings: 5 to 10 pm at 18.5°F"))])),
        (
            2202,
            ops(writes: [
                (
                    Fresh21.heatingNote,
                    Fresh21.heating[Fresh21.heatingNote]!.replacingOccurrences(
                        of: "Weekday mornings: 6.30 to 8 am at 20°C", with: "Weekday mornings: 6.30 to 8 am at 18.5°C")
                )
            ])
        ),
        (
            2202,
            ops(writes: [(Fresh21.heatingNote, Fresh21.heating[Fresh21.heatingNote]! + "Weekday evenings: 5 to 10 pm at 18.5°C\n")])
        ),
        (
            2202,
            ops(writes: [(Fresh21.heatingNote, Fresh21.newHeating("Weekday evenings: 5 to 10.30 pm at 20°C, now 5 to 10 pm at 18.5°C"))])
        ),
        (
            2202,
            ops(writes: [
                (Fresh21.heatingNote, Fresh21.newHeating("Weekday evenings: 5 to 10 pm at 18.5°C")),
                ("memory/home/energy.md", Fresh21.heating["memory/home/energy.md"]! + "Heating turned down on weekday evenings\n"),
            ])
        ),
        (2202, ops(writes: [(Fresh21.heatingNote, "```\n" + Fresh21.newHeating("Weekday evenings: 5 to 10 pm at 18.5°C") + "```\n")])),
        (
            2202,
            ops(writes: [
                (
                    Fresh21.heatingNote,
                    Fresh21.newHeating("Weekday evenings: 5 to 10 pm at 18.5°C").replacingOccurrences(
                        of: "Boiler serviced every October\n", with: "")
                )
            ])
        ),
        (2203, ops(writes: [(Fresh21.heightsLog, Fresh21.heights[Fresh21.heightsLog]! + "2027-03-07,Maisie,131.5\n")])),
        (2203, ops(writes: [(Fresh21.heightsLog, Fresh21.heights[Fresh21.heightsLog]! + "2027-03-07,Oscar,113.5\n")])),
        (2203, ops(writes: [(Fresh21.heightsLog, Fresh21.heights[Fresh21.heightsLog]! + "2026-03-07,Oscar,131.5\n")])),
        (2203, ops(writes: [(Fresh21.heightsLog, Fresh21.heights[Fresh21.heightsLog]! + "2027-03-08,Oscar,131.5\n")])),
        (2203, ops(writes: [(Fresh21.heightsLog, Fresh21.heights[Fresh21.heightsLog]! + "2027-03-07,Oscar,1.315 m\n")])),
        (
            2203,
            ops(writes: [
                (
                    Fresh21.heightsLog,
                    Fresh21.heights[Fresh21.heightsLog]!.replacingOccurrences(of: "height_cm\n", with: "height_cm\n2027-03-07,Oscar,131.5\n")
                )
            ])
        ),
        (2203, ops(writes: [(Fresh21.heightsLog, Fresh21.heights[Fresh21.heightsLog]! + "2027-03-07,Oscar,131.5\n2027-03-07,Maisie,\n")])),
        (2203, ops(writes: [(Fresh21.heightsLog, Fresh21.heights[Fresh21.heightsLog]! + "| 2027-03-07 | Oscar | 131.5 |\n")])),
        (2203, ops(writes: [(Fresh21.heightsLog, "date,child,height_cm\n2027-03-07,Oscar,131.5\n")])),
        (2203, ops(writes: [(Fresh21.heightsLog, Fresh21.heights[Fresh21.heightsLog]! + "2027-03-07,Oscar,131.5,cm\n")])),
        (
            2203,
            ops(writes: [
                (Fresh21.heightsLog, Fresh21.heights[Fresh21.heightsLog]! + "2027-03-07,Oscar,131.5\n"),
                (
                    "memory/family/clothes-sizes.md",
                    Fresh21.heights["memory/family/clothes-sizes.md"]!.replacingOccurrences(of: "8 to 9", with: "9 to 10")
                ),
            ])
        ),
        (2203, ops(writes: [(Fresh21.heightsLog, "```csv\n" + Fresh21.heights[Fresh21.heightsLog]! + "2027-03-07,Oscar,131.5\n```\n")])),
        (
            2203,
            ops(writes: [(Fresh21.heightsLog, Fresh21.heights[Fresh21.heightsLog]! + "2027-03-07,Oscar,131.5\n2027-03-07,Oscar,131.5\n")])
        ),
        (2204, ops(#"{"op":"move","from":"memory/bills/Home Insurance.md","to":"memory/bills/home-insurance.md"}"#)),
        (
            2204,
            ops(
                #"{"op":"move","from":"memory/bills/Council Tax 2027-28.md","to":"memory/bills/council-tax-2027-28.md"}"#,
                #"{"op":"move","from":"memory/bills/Home Insurance.md","to":"memory/bills/home-insurance.md"}"#)
        ),
        (2204, ops(writes: [("memory/bills/council-tax-2027-28.md", Fresh21.bills[Fresh21.councilTax]!)])),
        (2204, ops(#"{"op":"move","from":"memory/bills/Council Tax 2027-28.md","to":"memory/bills/council_tax_2027-28.md"}"#)),
        (2204, ops(#"{"op":"move","from":"memory/bills/Council Tax 2027-28.md","to":"memory/bills/council-tax-2027.md"}"#)),
        (2204, ops(#"{"op":"move","from":"memory/bills/Council Tax 2027-28.md","to":"memory/bills/Council-Tax-2027-28.md"}"#)),
        (2204, ops(#"{"op":"move","from":"memory/bills/Council Tax 2027-28.md","to":"memory/council-tax-2027-28.md"}"#)),
        (2204, ops(#"{"op":"move","from":"memory/bills/Council Tax 2027-28.md","to":"memory/bills/council-tax-2027-28.txt"}"#)),
        (2204, ops(#"{"op":"delete","path":"memory/bills/Council Tax 2027-28.md"}"#)),
        (
            2204,
            ops(
                writes: [
                    (
                        "memory/bills/council-tax-2027-28.md",
                        Fresh21.bills[Fresh21.councilTax]!.replacingOccurrences(of: "# Council tax 2027-28", with: "# Council tax 2027/28")
                    )
                ],
                #"{"op":"delete","path":"memory/bills/Council Tax 2027-28.md"}"#)
        ),
        (
            2204,
            ops(
                #"{"op":"move","from":"memory/bills/Council Tax 2027-28.md","to":"memory/bills/council-tax-2027-28.md"}"#,
                #"{"op":"delete","path":"memory/bills/Home Insurance.md"}"#)
        ),
        (2205, ops(#"{"op":"move","from":"memory/warranties/active/fridge-freezer.md","to":"memory/warranties/expired/fridge-freezer.md"}"#)),
        (
            2205,
            ops(
                #"{"op":"move","from":"memory/warranties/active/laptop.md","to":"memory/warranties/expired/laptop.md"}"#,
                #"{"op":"move","from":"memory/warranties/active/fridge-freezer.md","to":"memory/warranties/expired/fridge-freezer.md"}"#)
        ),
        (2205, ops(writes: [("memory/warranties/expired/laptop.md", Fresh21.warranties["memory/warranties/active/laptop.md"]!)])),
        (2205, ops(#"{"op":"move","from":"memory/warranties/active/laptop.md","to":"memory/warranties/laptop.md"}"#)),
        (2205, ops(#"{"op":"move","from":"memory/warranties/active/laptop.md","to":"memory/warranties/expired/laptop-expired.md"}"#)),
        (2205, ops(#"{"op":"move","from":"memory/warranties/active/laptop.md","to":"memory/expired/laptop.md"}"#)),
        (2205, ops(#"{"op":"move","from":"memory/warranties/active/laptop.md","to":"memory/warranties/expired/active/laptop.md"}"#)),
        (2205, ops(#"{"op":"delete","path":"memory/warranties/active/laptop.md"}"#)),
        (
            2205,
            ops(
                writes: [
                    (
                        "memory/warranties/expired/laptop.md",
                        Fresh21.warranties["memory/warranties/active/laptop.md"]! + "EXPIRED 28 February 2027\n"
                    )
                ],
                #"{"op":"delete","path":"memory/warranties/active/laptop.md"}"#)
        ),
        (
            2205,
            ops(
                writes: [
                    (
                        "memory/warranties/expired/kettle.md",
                        Fresh21.warranties["memory/warranties/expired/kettle.md"]! + "Laptop ended 28 February 2027\n"
                    )
                ],
                #"{"op":"move","from":"memory/warranties/active/laptop.md","to":"memory/warranties/expired/laptop.md"}"#)
        ),
        (
            2205,
            ops(
                writes: [
                    (
                        "memory/warranties/expired/laptop.md",
                        Fresh21.warranties["memory/warranties/active/laptop.md"]!.replacingOccurrences(of: "£649", with: "£694")
                    )
                ],
                #"{"op":"delete","path":"memory/warranties/active/laptop.md"}"#)
        ),
        (
            2206,
            ops(
                writes: Fresh21.newRate(["£16.50", "£16.50", "£16.50"]).map {
                    ($0.0, $0.1.replacingOccurrences(of: "Gardener (Tom): £15", with: "Gardener (Tom): £16.50"))
                })
        ),
        (
            2206,
            ops(
                writes: Fresh21.newRate(["£16.50", "£16.50", "£16.50"]) + [
                    (
                        "memory/home/gardener.md",
                        Fresh21.cleaning["memory/home/gardener.md"]!.replacingOccurrences(of: "£15", with: "£16.50")
                    )
                ])
        ),
        (2206, ops(writes: Array(Fresh21.newRate(["£16.50", "£16.50", "£16.50"]).prefix(2)))),
        (2206, ops(writes: Fresh21.newRate(["£16.05", "£16.05", "£16.05"]))),
        (2206, ops(writes: Fresh21.newRate(["£16.50", "£15.60", "£16.50"]))),
        (
            2206,
            ops(
                writes: Fresh21.newRate(["£16.50", "£16.50", "£16.50"]).map {
                    ($0.0, $0.1.replacingOccurrences(of: "Rate: £16.50 an hour", with: "Rate: £16.50 a month"))
                })
        ),
        (
            2206,
            ops(
                writes: Fresh21.cleanerNotes.map { path in
                    (path, Fresh21.cleaning[path]! + "Magda's rate from April: £16.50 an hour\n")
                })
        ),
        (2206, ops(writes: Fresh21.newRate(["£15 an hour, now £16.50", "£16.50", "£16.50"]))),
        (
            2206,
            ops(
                writes: Fresh21.newRate(["£16.50", "£16.50", "£16.50"]).map {
                    ($0.0, $0.1.replacingOccurrences(of: "£16.50 an hour, about 12 hours a month", with: "£16.50 an hour"))
                })
        ),
        (
            2206,
            ops(
                writes: Fresh21.newRate(["£16.50", "£16.50", "£16.50"]).map {
                    ($0.0, $0.1.replacingOccurrences(of: "- Broadband: £32\n", with: "- Broadband: £32\n- Total for Magda: £198 a month\n"))
                })
        ),
        (2206, ops(writes: Fresh21.newRate(["£16.50", "£16.50", "£16.50"]).map { ($0.0, "```\n" + $0.1 + "```\n") })),
        (2207, ops(#"{"op":"move","from":"memory/car/service-history.md","to":"memory/car/sale/service-history.md"}"#)),
        (2207, ops(writes: [("memory/car/sale/service-history.md", Fresh21.car["memory/car/focus-service-history.md"]!)])),
        (2207, ops(writes: [("memory/sale/service-history.md", Fresh21.car[Fresh21.history]!)])),
        (2207, ops(writes: [("memory/car/sale/history.md", Fresh21.car[Fresh21.history]!)])),
        (2207, ops(writes: [("memory/car/sale/service-history.md", "```markdown\n" + Fresh21.car[Fresh21.history]! + "```\n")])),
        (
            2207,
            ops(writes: [
                (
                    "memory/car/sale/service-history.md",
                    Fresh21.car[Fresh21.history]!.replacingOccurrences(
                        of: "| 20/05/2022 | 27,950 | Marshall Skoda | Interim service | £139 |\n", with: "")
                )
            ])
        ),
        (
            2207,
            ops(writes: [
                ("memory/car/sale/service-history.md", Fresh21.car[Fresh21.history]!),
                (
                    "memory/car/sale/advert.md",
                    Fresh21.car["memory/car/sale/advert.md"]! + "Service history: see service-history.md in this folder\n"
                ),
            ])
        ),
        (
            2207,
            ops(writes: [
                ("memory/car/sale/service-history.md", Fresh21.car[Fresh21.history]! + "\nAll receipts are in the glovebox.\n")
            ])
        ),
        (
            2207,
            ops(writes: [
                ("memory/car/sale/service-history.md", Fresh21.car[Fresh21.history]!.replacingOccurrences(of: "60,410", with: "60,401"))
            ])
        ),
        (
            2207,
            ops(writes: [
                ("memory/car/sale/service-history.md", Fresh21.car[Fresh21.history]!),
                (Fresh21.history, Fresh21.car[Fresh21.history]! + "Copied to the sale folder.\n"),
            ])
        ),
        (
            2207,
            ops(writes: [
                (
                    "memory/car/sale/service-history.md",
                    Fresh21.car[Fresh21.history]!.replacingOccurrences(of: "Full service and cambelt", with: "Full service")
                )
            ])
        ),
        (2208, ops(#"{"op":"delete","path":"memory/recipes/lentil-soup.md"}"#)),
        (
            2208,
            ops(#"{"op":"delete","path":"memory/recipes/lentil-bake.md"}"#, #"{"op":"delete","path":"memory/recipes/lentil-soup.md"}"#)
        ),
        (2208, ops(writes: [("memory/recipes/lentil-bake.md", "")])),
        (2208, ops(#"{"op":"move","from":"memory/recipes/lentil-bake.md","to":"memory/recipes/archive/lentil-bake.md"}"#)),
        (
            2208,
            ops(
                writes: [
                    (
                        "memory/recipes/to-try.md",
                        Fresh21.recipes["memory/recipes/to-try.md"]!.replacingOccurrences(of: "- lentil bake (tried, see its note)\n", with: "")
                    )
                ],
                #"{"op":"delete","path":"memory/recipes/lentil-bake.md"}"#)
        ),
        (2208, ops(#"{"op":"move","from":"memory/recipes/lentil-bake.md","to":"memory/recipes/lentil-bake-never-again.md"}"#)),
        (
            2208,
            ops(#"{"op":"delete","path":"memory/recipes/lentil-bake.md"}"#, #"{"op":"delete","path":"memory/recipes/squash-risotto.md"}"#)
        ),
        (
            2208,
            ops(
                #"{"op":"delete","path":"memory/recipes/lentil-bake.md"}"#, #"{"op":"delete","path":"memory/recipes/lentil-soup.md"}"#,
                #"{"op":"delete","path":"memory/recipes/squash-risotto.md"}"#, #"{"op":"delete","path":"memory/recipes/to-try.md"}"#)
        ),
        (2208, ops(writes: [("memory/recipes/lentil-bake.md", "DELETED: nobody liked it\n")])),
        (
            2208,
            ops(
                writes: [("memory/recipes/lentil-soup.md", Fresh21.recipes["memory/recipes/lentil-soup.md"]! + "(Not the bake: that's gone.)\n")],
                #"{"op":"delete","path":"memory/recipes/lentil-bake.md"}"#)
        ),
        (2209, ops(writes: [("outputs/energy-summary.md", Fresh21.energyLetter)])),
        (2209, ops(writes: [("outputs/energy-summary.md", Fresh21.energySummary.replacingOccurrences(of: "£127", with: "£172"))])),
        (2209, ops(writes: [("outputs/energy-summary.md", Fresh21.energySummary.replacingOccurrences(of: "1 April", with: "1 May"))])),
        (2209, ops(writes: [("outputs/energy-summary.md", Fresh21.energySummary.replacingOccurrences(of: "15 April", with: "15 May"))])),
        (2209, ops(writes: [("outputs/energy-summary.md", Fresh21.energySummary.replacingOccurrences(of: "26.1p", with: "62.1p"))])),
        (
            2209,
            ops(writes: [
                (
                    "outputs/energy-summary.md",
                    "Northern Spark is putting the Direct Debit up from £98 to £112 a month from 15 April, because prices change on 1 April. Electricity goes up to 26.1p per kWh.\n"
                )
            ])
        ),
        (
            2209,
            ops(writes: [
                (
                    "outputs/energy-summary.md",
                    "Both gas and electricity go up from 1 April 2027: the unit rate to 26.1p per kWh and the standing charge to 55.9p a day. Our monthly Direct Debit rises from £112 to £127 from 15 April.\n"
                )
            ])
        ),
        (
            2209,
            ops(writes: [
                (
                    "outputs/energy-summary.md",
                    "From 1 April 2027 the electricity unit rate goes up from 24.5p to 26.1p per kWh and the standing charge from 53.4p to 55.9p a day; gas prices stay the same.\n"
                )
            ])
        ),
        (
            2209,
            ops(writes: [
                (
                    "outputs/energy-summary.md",
                    "Northern Spark Energy wrote on 3 March 2027.\nThe tariff is changing.\nFrom 1 April 2027 electricity costs 26.1p per kWh instead of 24.5p.\nThe standing charge goes from 53.4p to 55.9p a day.\nGas is not changing.\nThe Direct Debit goes up from £112 to £127 from 15 April 2027.\nYou can fix your prices until 31 March 2027 on 0330 010 4455.\n"
                )
            ])
        ),
        (2209, ops(writes: [("outputs/energy-summary.md", "```\n" + Fresh21.energySummary + "```\n")])),
        (2209, ops(writes: [("memory/home/energy-summary.md", Fresh21.energySummary)])),
        (2210, ops(writes: [("outputs/grandad-medicines.md", Fresh21.medicines + "- Aspirin 75 mg in the morning\n")])),
        (
            2210,
            ops(writes: [
                ("outputs/grandad-medicines.md", Fresh21.medicines.replacingOccurrences(of: "Ramipril 5 mg", with: "Amlodipine 5 mg"))
            ])
        ),
        (
            2210,
            ops(writes: [
                (
                    "outputs/grandad-medicines.md",
                    Fresh21.medicines.replacingOccurrences(of: "- Lansoprazole 15 mg once a day before breakfast\n", with: "")
                )
            ])
        ),
        (
            2210,
            ops(writes: [
                (
                    "outputs/grandad-medicines.md",
                    Fresh21.medicines.replacingOccurrences(of: "Ramipril 5 mg", with: "Ramipril 15 mg").replacingOccurrences(
                        of: "Lansoprazole 15 mg", with: "Lansoprazole 5 mg")
                )
            ])
        ),
        (
            2210,
            ops(writes: [("outputs/grandad-medicines.md", Fresh21.medicines.replacingOccurrences(of: "Paracetamol 1 g", with: "Paracetamol 500 mg"))])
        ),
        (
            2210,
            ops(writes: [
                ("outputs/grandad-medicines.md", Fresh21.medicines.replacingOccurrences(of: "Atorvastatin 40 mg", with: "Atorvastatin 20 mg"))
            ])
        ),
        (2210, ops(writes: [("outputs/grandad-medicines.md", "- Ramipril\n- Atorvastatin\n- Lansoprazole\n- Paracetamol\n")])),
        (
            2210,
            ops(writes: [
                (
                    "outputs/grandad-medicines.md",
                    "Grandad now takes ramipril 5 mg, atorvastatin 40 mg, lansoprazole 15 mg and paracetamol 1 g when needed.\n"
                )
            ])
        ),
        (2210, ops(writes: [("outputs/grandad-medicines.md", "```\n" + Fresh21.medicines + "```\n")])),
        (2210, ops(writes: [("memory/family/grandad/medicines-now.md", Fresh21.medicines)])),
        (2210, ops(writes: [("outputs/grandad-medicines.md", Fresh21.medicines + "- Blood test at the GP in 2 weeks\n")])),
        (
            2210,
            ops(writes: [
                (
                    "outputs/grandad-medicines.md",
                    "- Ramipril 5 mg\n- Atorvastatin 40 mg\n- Lansoprazole 15 mg\n- Paracetamol 1 g\n- Aspirin 75 mg (stopped)\n"
                )
            ])
        ),
        (
            2211,
            ops(writes: [("outputs/quick-dinners.md", "- Pesto pasta with peas\n- Egg fried rice\n- Fish tacos\n- Halloumi wraps\n- Tarka dal\n")])
        ),
        (2211, ops(writes: [("outputs/quick-dinners.md", "- Pesto pasta with peas\n- Egg fried rice\n- Halloumi wraps\n")])),
        (
            2211,
            ops(writes: [
                (
                    "outputs/quick-dinners.md",
                    "- Pesto pasta with peas\n- Egg fried rice\n- Fish tacos\n- Halloumi wraps\n- Chicken and potato traybake\n"
                )
            ])
        ),
        (
            2211,
            ops(writes: [
                ("outputs/quick-dinners.md", "- Pesto pasta with peas\n- Egg fried rice\n- Fish tacos\n- Halloumi wraps\n- 10-minute noodle soup\n")
            ])
        ),
        (
            2211,
            ops(writes: [
                ("outputs/quick-dinners.md", "The pesto pasta, the egg fried rice, the fish tacos and the halloumi wraps take 30 minutes or less.\n")
            ])
        ),
        (2211, ops(writes: [("outputs/quick-dinners.md", "```\npesto-pasta.md\negg-fried-rice.md\nfish-tacos.md\nhalloumi-wraps.md\n```\n")])),
        (2211, ops(writes: [("memory/recipes/weeknight/quick.md", "- Pesto pasta with peas\n- Egg fried rice\n- Fish tacos\n- Halloumi wraps\n")])),
        (
            2211,
            ops(writes: [
                ("outputs/quick-dinners.md", "- Pesto pasta with peas\n- Egg fried rice\n- Fish tacos\n- Halloumi wraps\n- Egg fried rice\n")
            ])
        ),
        (
            2211,
            ops(writes: [
                ("outputs/quick-dinners.md", "- Pesto pasta with peas\n- Egg fried rice\n- Fish tacos\n- Halloumi wraps\n- Shepherd's pie\n")
            ])
        ),
        (
            2211,
            ops(writes: [
                (
                    "outputs/quick-dinners.md",
                    "- Pesto pasta with peas: 20 minutes\n- Chicken and potato traybake: 1 hour\n- Egg fried rice: 15 mins\n- Fish tacos: 30 minutes\n- Tarka dal: 45 minutes\n- Shepherd's pie: 1 hr 20 min\n- Halloumi wraps: 25 min\n"
                )
            ])
        ),
        (2211, ops(writes: [("outputs/quick-dinners.md", "- Pesto pasta with peas\n- Egg fried rice\n- Halloumi wraps\n- Quesadillas\n")])),
        (
            2212,
            ops(writes: [
                (
                    "outputs/alarms.csv",
                    "| Location | Type | Date |\n|---|---|---|\n| Hall, downstairs | smoke | 2027-01-12 |\n| Landing | smoke | 2027-01-12 |\n| Kitchen | heat | 2026-10-03 |\n| Boiler cupboard | carbon monoxide | 2025-05-20 |\n"
                )
            ])
        ),
        (
            2212,
            ops(writes: [("outputs/alarms.csv", Fresh21.alarmsCSV.replacingOccurrences(of: "Boiler cupboard,carbon monoxide,2025-05-20\n", with: ""))]
            )
        ),
        (
            2212,
            ops(writes: [
                (
                    "outputs/alarms.csv",
                    Fresh21.alarmsCSV.replacingOccurrences(of: "Landing,smoke,2027-01-12", with: "Landing,smoke,2026-10-03").replacingOccurrences(
                        of: "Kitchen,heat,2026-10-03", with: "Kitchen,heat,2027-01-12")
                )
            ])
        ),
        (2212, ops(writes: [("outputs/alarms.csv", Fresh21.alarmsCSV.replacingOccurrences(of: "Kitchen,heat", with: "Kitchen,smoke"))])),
        (2212, ops(writes: [("outputs/alarms.csv", Fresh21.alarmsCSV + "Garage,heat,2024-03-01\n")])),
        (2212, ops(writes: [("outputs/alarms.csv", Fresh21.alarmsCSV + "Test them all on the first Sunday of the month,,\n")])),
        (2212, ops(writes: [("outputs/alarms.csv", Fresh21.alarmsCSV.replacingOccurrences(of: "location,type,date\n", with: ""))])),
        (2212, ops(writes: [("outputs/alarms.csv", "```csv\n" + Fresh21.alarmsCSV + "```\n")])),
        (
            2212,
            ops(writes: [
                (
                    "outputs/alarms.csv",
                    Fresh21.alarmsCSV.replacingOccurrences(of: "\"Hall, downstairs\",smoke,2027-01-12", with: "\"Hall, downstairs\",smoke,2026-01-12")
                )
            ])
        ),
        (2212, ops(writes: [("memory/home/alarms.csv", Fresh21.alarmsCSV)])),
        (2212, ops(writes: [("outputs/alarms.csv", Fresh21.alarmsCSV.replacingOccurrences(of: "\"Hall, downstairs\"", with: "Hall, downstairs"))])),
        (
            2212,
            ops(writes: [
                ("outputs/alarms.csv", Fresh21.alarmsCSV.replacingOccurrences(of: "Boiler cupboard,carbon monoxide", with: "Boiler cupboard,smoke"))
            ])
        ),
        (
            2213,
            ops(writes: [
                (
                    "skills/watering-due/SKILL.md",
                    "# Watering due\nRead memory/plants/plants.md and memory/plants/watered.md and write the plants due or overdue for water today to outputs/water-today.md.\n"
                )
            ])
        ),
        (
            2213,
            ops(writes: [
                ("skills/watering-due/SKILL.md", Fresh21.wateringSkill.replacingOccurrences(of: "name: watering-due", with: "name: Watering Due"))
            ])
        ),
        (2213, ops(writes: [("skills/watering-due.md", Fresh21.wateringSkill)])),
        (
            2213,
            ops(writes: [
                (
                    "skills/watering-due/SKILL.md",
                    Fresh21.wateringSkill.replacingOccurrences(of: "description: Say which houseplants need watering today.\n", with: "")
                )
            ])
        ),
        (
            2213,
            ops(writes: [
                (
                    "skills/watering-due/SKILL.md",
                    Fresh21.wateringSkill.replacingOccurrences(
                        of: "Read memory/plants/watered.md for the date each plant was last watered.\n", with: "")
                )
            ])
        ),
        (
            2213,
            ops(writes: [
                (
                    "skills/watering-due/SKILL.md",
                    Fresh21.wateringSkill.replacingOccurrences(of: "outputs/water-today.md", with: "outputs/watering.md")
                )
            ])
        ),
        (
            2213,
            ops(writes: [
                (
                    "skills/watering-due/SKILL.md",
                    Fresh21.wateringSkill.replacingOccurrences(
                        of: "Read memory/plants/plants.md for how many days each plant can go between waterings.\n", with: "")
                )
            ])
        ),
        (
            2213,
            ops(writes: [
                (
                    "skills/watering-due/SKILL.md",
                    "---\nname: watering-due\ndescription: Say which houseplants need watering today.\n---\nRead memory/plants/plants.md and memory/plants/watered.md.\nWrite every plant in them to outputs/water-today.md.\n"
                )
            ])
        ),
        (2213, ops(writes: [("skills/watering-due/SKILL.md", "```markdown\n" + Fresh21.wateringSkill + "```\n")])),
        (
            2213,
            ops(writes: [
                (
                    "skills/bin-day/SKILL.md",
                    Fresh21.binSkill
                        + "\n## Watering\nRead memory/plants/plants.md and memory/plants/watered.md and write the plants due or overdue today to outputs/water-today.md.\n"
                )
            ])
        ),
        (
            2213,
            ops(writes: [
                ("skills/watering-due/SKILL.md", Fresh21.wateringSkill),
                ("skills/bin-day/SKILL.md", Fresh21.binSkill + "See also the watering-due skill.\n"),
            ])
        ),
        (
            2214,
            ops(writes: [
                ("memory/health/sleep-report.py", Fresh21.sleepScript.replacingOccurrences(of: "sleep-2027-02.csv", with: "sleep-2027-01.csv"))
            ])
        ),
        (
            2214,
            ops(writes: [
                (
                    "memory/health/sleep-report.py",
                    Fresh21.sleepScript.replacingOccurrences(
                        of: "with open(\"memory/health/sleep-2027-02.csv\") as f:\n    for row in csv.DictReader(f):\n        hours",
                        with:
                            "for name in [\"memory/health/sleep-2027-01.csv\", \"memory/health/sleep-2027-02.csv\"]:\n  with open(name) as f:\n    for row in csv.DictReader(f):\n        hours"
                    )
                )
            ])
        ),
        (2214, ops(writes: [("memory/health/sleep-report.py", Fresh21.sleepScript.replacingOccurrences(of: "h < 7", with: "h <= 7"))])),
        (2214, ops(writes: [("memory/health/sleep-report.py", Fresh21.sleepScript.replacingOccurrences(of: "h < 7", with: "h < 8"))])),
        (
            2214,
            ops(writes: [
                (
                    "memory/health/sleep-report.py",
                    Fresh21.sleepScript.replacingOccurrences(of: "print(f\"Nights under 7 hours: {sum(1 for h in hours if h < 7)}\")\n", with: "")
                )
            ])
        ),
        (
            2214,
            ops(writes: [
                ("memory/health/sleep-report.py", Fresh21.sleepScript.replacingOccurrences(of: "sum(hours) / len(hours)", with: "sum(hours)"))
            ])
        ),
        (
            2214,
            ops(writes: [
                (
                    "memory/health/sleep-report.py",
                    Fresh21.sleepScript
                        + "with open(\"memory/health/sleep-report.txt\", \"w\") as out:\n    out.write(f\"{sum(hours) / len(hours):.2f}\\n\")\n"
                )
            ])
        ),
        (2214, ops(writes: [("memory/health/sleep-report.py", "```python\n" + Fresh21.sleepScript + "```\n")])),
        (
            2214,
            ops(writes: [
                (
                    "memory/health/sleep-report.py",
                    Fresh21.sleepScript.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "# \($0)" }.joined(
                        separator: "\n")
                )
            ])
        ),
        (
            2214,
            ops(writes: [
                (
                    "memory/health/sleep-report.py",
                    "#!/bin/sh\nawk -F, 'NR > 1 { t += $2; n++; if ($2 < 7) s++ } END { print t / n, s }' memory/health/sleep-2027-02.csv\n"
                )
            ])
        ),
        (2214, ops(writes: [("outputs/sleep-report.py", Fresh21.sleepScript)])),
        (2214, ops(writes: [("memory/health/sleep-report.py", Fresh21.sleepScript.replacingOccurrences(of: "float(", with: "int("))])),
    ]
}

/// The twenty-first fresh part's fixtures and the helpers its checks share.
private enum Fresh21 {
    static let eyes: [String: String] = [
        "memory/health/glasses-2025.md":
            "# Glasses prescription, May 2025\nRight: -1.50\nLeft: -2.00\nFrom ClearView Opticians; next eye test due May 2027\n",
        "memory/health/optician.md": "# Optician\nClearView Opticians, 14 Market Street, 0113 496 0572\nEye test £25, free on a lens plan\n",
        "memory/health/gp.md": "# GP\nDr Shah at Parkside Surgery, 0113 496 0811\n",
    ]
    static let lenses =
        "# Contact lenses\n- Right eye: -1.75\n- Left eye: -2.25\n- Daily lenses on a plan: £21.50 a month\n- Next check: 9 September 2027\n"

    static let heatingNote = "memory/home/heating.md"
    static let evenings = "Weekday evenings: 5 to 10.30 pm at 20°C"
    static let heating: [String: String] = [
        heatingNote:
            "# Heating schedule (thermostat in the hall)\nWeekday mornings: 6.30 to 8 am at 20°C\n\(evenings)\nWeekends: 8 am to 10.30 pm at 20°C\nAway (frost setting): 7°C\nBoiler serviced every October\n",
        "memory/home/energy.md": "# Energy\nFixed tariff with Northern Spark until 31 August 2027\nGas meter under the stairs\n",
        "memory/home/heating-old-flat.md": "# Heating at the old flat\nStorage heaters on overnight; evenings 5 to 10.30 pm at 20°C\n",
    ]
    /// The heating note with its weekday evenings line written `line`.
    static func newHeating(_ line: String) -> String {
        heating[heatingNote]!.replacingOccurrences(of: evenings, with: line)
    }

    static let heightsLog = "memory/family/heights.csv"
    static let heights: [String: String] = [
        heightsLog:
            "date,child,height_cm\n2025-09-07,Oscar,121.5\n2025-09-07,Maisie,106.0\n2026-03-08,Oscar,124.5\n2026-03-08,Maisie,109.0\n2026-09-06,Oscar,128.0\n2026-09-06,Maisie,111.5\n",
        "memory/family/clothes-sizes.md": "# Clothes sizes\n- Oscar: age 8 to 9\n- Maisie: age 5 to 6\n",
        "memory/family/measuring.md": "# Measuring\nBack against the kitchen door frame, no shoes, a book flat on the head\n",
    ]

    static let councilTax = "memory/bills/Council Tax 2027-28.md"
    static let bills: [String: String] = [
        councilTax:
            "# Council tax 2027-28\nBand C: £1,947.30 for the year\n10 payments of £194.73 by direct debit from 1 April\nAccount number: 40018827\n",
        "memory/bills/Home Insurance.md": "# Home insurance\nRenews 16 March with Harbour, £318.40\n",
        "memory/bills/water-2027-28.md": "# Water 2027-28\n£41.20 a month from April\n",
        "memory/bills/tv-licence.md": "# TV licence\n£174.50, renews 1 November\n",
    ]

    static let warranties: [String: String] = [
        "memory/warranties/active/laptop.md":
            "# Laptop (Lenovo IdeaPad 5)\nBought 1 March 2025 from Currys, £649\nWarranty: 2 years, ends 28 February 2027\nSerial: PF3K9Q2L\n",
        "memory/warranties/active/fridge-freezer.md": "# Fridge freezer (Bosch)\nBought 14 June 2024\nWarranty: 5 years, ends 13 June 2029\n",
        "memory/warranties/expired/kettle.md": "# Kettle\nWarranty ended 2 January 2026\n",
        "memory/warranties/how-to-claim.md": "# Claiming\nKeep the receipt; ring the maker first, not the shop\n",
    ]

    static let cleanerNotes = ["memory/home/cleaner.md", "memory/money/budget.md", "memory/home/while-away.md"]
    /// The line of each of `cleanerNotes` that gives Magda's rate.
    static let magdaLines = [
        "Rate: £15 an hour, paid in cash", "- Cleaner (Magda): £15 an hour, about 12 hours a month",
        "- Magda still comes on Thursdays: leave £15 an hour in the kitchen drawer",
    ]
    static let cleaning: [String: String] = [
        "memory/home/cleaner.md": "# Magda (cleaner)\nThursdays, 9 am to 12\n\(magdaLines[0])\nKey: in the lockbox by the back door\n",
        "memory/money/budget.md":
            "# Monthly budget\n- Council tax: £194.73\n\(magdaLines[1])\n- Gardener (Tom): £15 an hour, about 4 hours a month\n- Broadband: £32\n",
        "memory/home/while-away.md":
            "# While we're away\n\(magdaLines[2])\n- Tom cuts the grass every other Monday\n- Bins: ask next door\n",
        "memory/home/gardener.md": "# Tom (gardener)\nEvery other Monday, 2 hours\nRate: £15 an hour, by bank transfer\n",
    ]
    /// The three notes with Magda's £15 written `rates[0]`, `rates[1]` and `rates[2]` on her line.
    static func newRate(_ rates: [String]) -> [(String, String)] {
        zip(cleanerNotes, zip(magdaLines, rates)).map { path, pair in
            (path, cleaning[path]!.replacingOccurrences(of: pair.0, with: pair.0.replacingOccurrences(of: "£15", with: pair.1)))
        }
    }

    static let history = "memory/car/service-history.md"
    static let car: [String: String] = [
        history:
            "# Service history: Skoda Fabia (YR19 KXT)\n\n| Date | Mileage | Garage | Work | Cost |\n|---|---|---|---|---|\n| 12/04/2021 | 18,204 | Marshall Skoda | Full service | £219 |\n| 20/05/2022 | 27,950 | Marshall Skoda | Interim service | £139 |\n| 03/05/2023 | 36,118 | KwikFit | Full service and front brake pads | £312 |\n| 29/04/2024 | 44,870 | KwikFit | Interim service | £149 |\n| 06/05/2025 | 52,603 | Dave's Motors | Full service and cambelt | £585 |\n| 11/05/2026 | 60,410 | Dave's Motors | Interim service | £165 |\n",
        "memory/car/focus-service-history.md":
            "# Service history: Ford Focus (sold in 2019)\n| 2017 | Full service | £240 |\n| 2018 | Interim service | £130 |\n",
        "memory/car/sale/advert.md": "# For sale: Skoda Fabia 1.0 SE, 2019, 63,000 miles\n£6,250 or near offer; full service history; two keys\n",
        "memory/car/sale/buyers.md": "# Interested\n- Lee: coming Saturday at 11\n- Priya: wants to see the service history first\n",
    ]

    static let recipes: [String: String] = [
        "memory/recipes/lentil-bake.md": "# Lentil and squash bake\nServes 4, 1 hour 10 minutes\nVerdict: nobody finished it\n",
        "memory/recipes/lentil-soup.md": "# Red lentil soup\nServes 4, 35 minutes\nVerdict: everyone loved it\n",
        "memory/recipes/squash-risotto.md": "# Squash risotto\nServes 3, 40 minutes\n",
        "memory/recipes/to-try.md": "# To try\n- lentil bake (tried, see its note)\n- shakshuka\n",
    ]

    static let energyLetter = """
        # Letter from Northern Spark Energy, 3 March 2027

        Dear Ms Okafor,

        Your tariff is changing. From 1 April 2027 your electricity unit rate goes up from 24.5p to 26.1p per kWh, \
        and the daily standing charge from 53.4p to 55.9p. Your gas prices are not changing.

        Based on your use over the last year, we are raising your monthly Direct Debit from £112 to £127, starting \
        with the payment on 15 April 2027.

        If you would rather fix your prices, our Fix Till 2029 tariff is open until 31 March 2027: call us on \
        0330 010 4455 or switch in the app. There are no exit fees on your current tariff.

        Your account number is NSE-0082716.

        Yours sincerely,
        The Customer Team

        """
    static let energy: [String: String] = [
        "memory/home/energy-letter.md": energyLetter,
        "memory/home/energy-letter-2026.md":
            "# Letter from Northern Spark Energy, March 2026\nDirect Debit going up from £98 to £112 a month from 15 April 2026.\n",
        "memory/home/meter-readings.csv": "date,electricity,gas\n2027-03-01,31877,9043\n",
    ]
    static let energySummary =
        "Northern Spark is putting the electricity unit rate up from 24.5p to 26.1p per kWh and the standing charge from 53.4p to 55.9p a day from 1 April 2027; gas prices stay the same. Our monthly Direct Debit goes up from £112 to £127, starting with the payment on 15 April. We can fix our prices on Fix Till 2029 by calling or switching in the app before 31 March.\n"

    static let dischargeLetter = """
        # St Mary's Hospital: discharge summary

        Patient: Arthur Pennington, 81
        Admitted on 22 February 2027 after a fall at home; discharged on 1 March 2027.

        Medicines on discharge:
        - Ramipril 5 mg once a day, in the morning (NEW: replaces amlodipine, for blood pressure)
        - Atorvastatin 40 mg at night (continue as before)
        - Aspirin 75 mg: STOPPED, please do not restart
        - Lansoprazole 15 mg once a day before breakfast (NEW, to protect the stomach)
        - Paracetamol 1 g up to four times a day when needed for pain

        Follow-up: blood test at the GP in 2 weeks to check his kidneys; fracture clinic on 15 March 2027 at 10.40 am.

        """
    static let grandad: [String: String] = [
        "memory/family/grandad/discharge-letter.md": dischargeLetter,
        "memory/family/grandad/medicines-before.md":
            "# Grandad's tablets (before hospital)\n- Amlodipine 5 mg in the morning\n- Atorvastatin 40 mg at night\n- Aspirin 75 mg in the morning\n",
        "memory/family/grandad/contacts.md": "# Grandad\nGP: Dr Shah, Parkside Surgery\nPharmacy: Boots on the High Street, delivers on Fridays\n",
    ]
    static let medicines =
        "- Ramipril 5 mg once a day in the morning\n- Atorvastatin 40 mg at night\n- Lansoprazole 15 mg once a day before breakfast\n- Paracetamol 1 g up to four times a day when needed\n"

    static let weeknight: [String: String] = [
        "memory/recipes/weeknight/pesto-pasta.md": "# Pesto pasta with peas\nServes 4\nTime: 20 minutes\n",
        "memory/recipes/weeknight/chicken-traybake.md": "# Chicken and potato traybake\nServes 4\nTime: 1 hour\n",
        "memory/recipes/weeknight/egg-fried-rice.md": "# Egg fried rice\nServes 3\nTime: 15 mins\n",
        "memory/recipes/weeknight/fish-tacos.md": "# Fish tacos\nServes 4\nTime: 30 minutes\n",
        "memory/recipes/weeknight/dal.md": "# Tarka dal\nServes 4\nTime: 45 minutes (30 of them simmering)\n",
        "memory/recipes/weeknight/shepherds-pie.md": "# Shepherd's pie\nServes 6\nTime: 1 hr 20 min\n",
        "memory/recipes/weeknight/halloumi-wraps.md": "# Halloumi wraps\nServes 2\nTime: 25 min\n",
        "memory/recipes/weeknight/ideas.md": "# Ideas (not tried yet)\n- 10-minute noodle soup\n- quesadillas\n",
    ]

    static let alarms: [String: String] = [
        "memory/home/alarms.md":
            "# Smoke and CO alarms\n- Hall, downstairs: smoke alarm, battery changed 12 January 2027\n- Landing: smoke alarm, battery changed 12 January 2027\n- Kitchen: heat alarm, battery changed 3 October 2026\n- Boiler cupboard: carbon monoxide alarm, fitted 20 May 2025 (sealed battery, lasts 7 years)\n\nTest them all on the first Sunday of the month.\n",
        "memory/home/old-house-alarms.md": "# Alarms at Elm Road (sold)\n- Hall: smoke alarm, battery changed 1 March 2024\n- Garage: heat alarm\n",
        "memory/home/insurance.md": "# Home insurance\nHarbour, policy HB-220917; they asked for the alarm list by 31 March\n",
    ]
    static let alarmsCSV =
        "location,type,date\n\"Hall, downstairs\",smoke,2027-01-12\nLanding,smoke,2027-01-12\nKitchen,heat,2026-10-03\nBoiler cupboard,carbon monoxide,2025-05-20\n"

    static let binSkill =
        "---\nname: bin-day\ndescription: Say which bins go out this week.\n---\nRead memory/home/bins.md and write which bins go out to outputs/bins.md.\n"
    static let plants: [String: String] = [
        "skills/README.md": "Each skill is a folder in skills/ holding a SKILL.md.\n",
        "skills/bin-day/SKILL.md": binSkill,
        "memory/plants/plants.md":
            "# Plants and how often they need water\n- Monstera: every 7 days\n- Fern: every 3 days\n- Snake plant: every 14 days\n- Basil: every 2 days\n",
        "memory/plants/watered.md": "# Last watered\n- Monstera: 1 March\n- Fern: 4 March\n- Snake plant: 20 February\n- Basil: 5 March\n",
    ]
    static let wateringSkill =
        "---\nname: watering-due\ndescription: Say which houseplants need watering today.\n---\nRead memory/plants/plants.md for how many days each plant can go between waterings.\nRead memory/plants/watered.md for the date each plant was last watered.\nA plant is due when that many days or more have passed since it was last watered; overdue ones count too.\nWrite the plants due today or overdue, one per line, to outputs/water-today.md.\n"

    static let sleep: [String: String] = [
        "memory/health/sleep-2027-02.csv":
            "date,hours\n2027-02-01,6.5\n2027-02-02,7.25\n2027-02-03,5.75\n2027-02-04,8\n2027-02-05,7\n2027-02-06,9.25\n2027-02-07,6.75\n2027-02-08,7.5\n2027-02-09,6\n2027-02-10,7\n2027-02-11,8.25\n2027-02-12,5.5\n2027-02-13,7.75\n2027-02-14,6.25\n2027-02-15,7\n2027-02-16,8.5\n2027-02-17,6.5\n2027-02-18,7.25\n2027-02-19,4.75\n2027-02-20,7\n2027-02-21,9\n2027-02-22,6.75\n2027-02-23,7.5\n2027-02-24,6\n2027-02-25,8\n2027-02-26,7.25\n2027-02-27,6.5\n2027-02-28,7.75\n",
        "memory/health/sleep-2027-01.csv": "date,hours\n2027-01-30,7.5\n2027-01-31,6\n",
        "memory/health/sleep-notes.md": "# Sleep\nThe GP said to aim for 7 to 9 hours; no screens after 10 pm\n",
    ]
    static let sleepScript =
        "import csv\n\nhours = []\nwith open(\"memory/health/sleep-2027-02.csv\") as f:\n    for row in csv.DictReader(f):\n        hours.append(float(row[\"hours\"]))\nprint(f\"Average: {sum(hours) / len(hours):.2f} hours a night\")\nprint(f\"Nights under 7 hours: {sum(1 for h in hours if h < 7)}\")\n"

    /// The day numbers `text` (lowercase) gives in the month starting `month` ("sep"), day first or
    /// month first ("9 September", "Sept 9th", "9/09"), a time or a year after the month's name aside.
    static func days(_ text: String, _ month: String, _ number: Int) -> [String] {
        Judge.found(text, #"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?\#(month)"#)
            + Judge.found(text, #"\b\#(month)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:am|pm|a\.m|p\.m|[.:]\d|[-–]))"#)
            + Judge.found(text, #"\b(\d{1,2})/0?\#(number)\b"#)
    }

    /// The amounts in pounds `text` (lowercase) gives: "£21.50", "21.50 GBP", "GBP 21.50" or "21.50 pounds".
    static func amounts(_ text: String) -> [String] {
        Judge.found(text, #"£\s*(\d(?:[\d,]*\d)?(?:\.\d+)?)"#) + Judge.found(text, #"\b(\d(?:[\d,]*\d)?(?:\.\d+)?)\s*(?:gbp|pounds?|quid)\b"#)
            + Judge.found(text, #"\bgbp\s*(\d(?:[\d,]*\d)?(?:\.\d+)?)"#)
    }

    /// Whether `text` gives the lens prescription: each eye with its own power, read in the order
    /// written (the eye before its power or after it; right, R or OD; left, L or OS; an eye named
    /// twice in a row read once), the right -1.75 and the left -2.25 (a hyphen, a unicode minus or
    /// the word minus), and no other power; £21.50 a month as the only amount (not a year); the next
    /// check on 9 September (a year, if given, 2027).
    static func isLenses(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let low = t.lowercased()
        let re = try! NSRegularExpression(
            pattern:
                #"\b(right|left|od|os)\b|(?<![\w.])([rl])(?=\s*[:=]?\s*(?:[-−–+]|minus|plus)?\s*\d)|(?<![\d.£])([-−–+]|minus\s+|plus\s+)?\s?(\d\.\d{1,2})(?!\d)"#
        )
        let ns = low as NSString
        var tokens: [(eye: String?, power: String?)] = []
        for m in re.matches(in: low, range: NSRange(location: 0, length: ns.length)) {
            if m.range(at: 1).location != NSNotFound || m.range(at: 2).location != NSNotFound {
                let word = ns.substring(with: m.range(at: m.range(at: 1).location != NSNotFound ? 1 : 2))
                let eye = ["right", "od", "r"].contains(word) ? "right" : "left"
                if let last = tokens.last, last.eye == eye { continue }
                tokens.append((eye, nil))
            } else {
                let sign = m.range(at: 3).location != NSNotFound ? ns.substring(with: m.range(at: 3)).trimmingCharacters(in: .whitespaces) : ""
                let minus = ["-", "−", "–", "minus"].contains(sign)
                tokens.append((nil, (minus ? "-" : "+") + ns.substring(with: m.range(at: 4))))
            }
        }
        guard tokens.count == 4 else { return false }
        let eyeFirst = tokens[0].eye != nil
        var powers: [String: String] = [:]
        for k in [0, 2] {
            let (a, b) = (tokens[k], tokens[k + 1])
            guard let eye = eyeFirst ? a.eye : b.eye, let power = eyeFirst ? b.power : a.power, powers[eye] == nil else { return false }
            powers[eye] = power
        }
        let money = amounts(low)
        return powers["right"] == "-1.75" && powers["left"] == "-2.25" && !money.isEmpty && money.allSatisfy { ["21.50", "21.5"].contains($0) }
            && Judge.has(low, #"\bmonth|\bpcm\b"#) && !Judge.has(low, #"\b(a|per|each) year\b|\byearly\b|\bannual|/\s*y(ea)?r\b"#)
            && Judge.hasDate(low, day: 9, month: 9) && days(low, "sep", 9).allSatisfy { ["9", "09"].contains($0) }
            && Judge.found(low, #"\b(20\d{2})\b"#).allSatisfy { $0 == "2027" }
    }

    /// Whether `text` is the heating note with only its weekday evenings line changed: from 5 pm to
    /// 10 pm (or 17:00 to 22:00) at 18.5°C (the old times or temperature said to have been aside),
    /// the rest as it was.
    static func isHeating(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(heating[heatingNote])
        let got = Judge.lines(t)
        guard got.count == want.count, let i = want.firstIndex(of: evenings) else { return false }
        let line = got[i].lowercased()
        let said = line.replacingOccurrences(
            of: #"\(?\b(was|previously|formerly|down from|used to be|instead of|until now|old:?)\b[^)]*\)?"#, with: " ",
            options: .regularExpression)
        let temperature = #"(\d{1,2}(?:[.,]\d)?)\s*(?:°\s*c?|º\s*c?|℃|degrees(?:\s+c(?:elsius)?)?|c\b)"#
        let temps = Judge.found(said, temperature)
        let times = Judge.found(said.replacingOccurrences(of: temperature, with: " ", options: .regularExpression), #"(\d{1,2}(?:[.:]\d{2})?)"#)
        return Judge.has(line, #"^\W*weekday evenings?\b"#) && !temps.isEmpty && temps.allSatisfy { ["18.5", "18,5"].contains($0) }
            && !Judge.has(said, #"°\s*f|º\s*f|fahrenheit|\bam\b|a\.m"#) && times.count == 2
            && ["5", "5.00", "5:00", "17", "17.00", "17:00"].contains(times[0])
            && ["10", "10.00", "10:00", "22", "22.00", "22:00"].contains(times[1])
            && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
    }

    /// Whether `text` is the heights log as it was with one more last row: 7 March 2027 (another
    /// date format passes; a year, if given, 2027), Oscar, 131.5 (cm said or not), in the log's
    /// three columns (quoted cells, CRLF pass).
    static func isHeights(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !t.contains("|") else { return false }
        let want = Judge.lines(heights[heightsLog])
        let got = Judge.lines(t)
        guard got.count == want.count + 1, Array(got.prefix(want.count)) == want, let last = got.last else { return false }
        let cells = Judge.csvCells(last).map { $0.lowercased() }
        guard cells.count == 3 else { return false }
        return Judge.hasDate(cells[0], day: 7, month: 3) && Judge.found(cells[0], #"\b(\d{4})\b"#).allSatisfy { $0 == "2027" }
            && cells[1] == "oscar" && Judge.has(cells[2], #"^131\.50?(\s*cm)?$"#)
    }

    /// Whether `text` is the note at `path` with only the line giving Magda's rate changed: £16.50
    /// an hour there now (the old £15 said to have been aside), every other word of the line kept.
    static func hasNewRate(_ text: String?, _ path: String) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(cleaning[path])
        let got = Judge.lines(t)
        guard got.count == want.count, let i = want.firstIndex(where: { magdaLines.contains($0) }) else { return false }
        let said = got[i].lowercased().replacingOccurrences(
            of: #"\(?\b(was|previously|formerly|up from|used to be|instead of|rising from|old:?)\b[^)]*\)?"#, with: " ",
            options: .regularExpression)
        let words = { (s: String) in Set(s.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)) }
        let money = amounts(said)
        return words(want[i]).subtracting(["a", "an"]).isSubset(of: words(said)) && !money.isEmpty
            && money.allSatisfy { ["16.50", "16.5"].contains($0) } && !Judge.has(said, #"(?<![\d.])15(?![\d])"#)
            && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
    }

    /// Whether `text` sums up the energy letter in two or three sentences (a title line before them
    /// aside; at most three lines, about eighty words): the change on 1 April, electricity dearer,
    /// the Direct Debit now £127, gas not changing if it is mentioned, and no amount, price or date
    /// the letter does not give, nor anything from last year's letter.
    static func isEnergySummary(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        var all = Judge.lines(t)
        if all.count > 1, let first = all.first,
            first.hasPrefix("#") || (first.split(separator: " ").count <= 8 && !Judge.has(first, #"[.!?]$"#))
        {
            all.removeFirst()
        }
        guard (1...3).contains(all.count) else { return false }
        let low = all.joined(separator: " ").lowercased()
        let words = low.split(separator: " ").filter { $0.contains { $0.isLetter || $0.isNumber } }.count
        let plain = low.replacingOccurrences(of: #"\b[ap]\.m\.|\b(e\.g|i\.e|etc|no|mr|mrs|ms|dr)\."#, with: " ", options: .regularExpression)
        let sentences = Judge.found(plain, #"[.!?](?=\s|$)"#).count
        guard words >= 15, words <= 80, sentences <= 4 else { return false }
        let money = amounts(low)
        let pence = Judge.found(low, #"(?<![\d.£])(\d+(?:\.\d+)?)\s*p\b"#)
        let gas = low.components(separatedBy: CharacterSet(charactersIn: ";!?")).flatMap {
            $0.components(separatedBy: ". ")
        }.filter { $0.contains("gas") }
        return Judge.hasDate(low, day: 1, month: 4) && Judge.has(low, #"(?<![\d.,])127(\.00)?(?![\d])"#)
            && Judge.has(low, #"electric|unit rate|standing charge|kwh"#) && !money.isEmpty
            && money.allSatisfy { ["112", "112.00", "127", "127.00", "15", "15.00"].contains($0) }
            && pence.allSatisfy { ["24.5", "26.1", "53.4", "55.9", "1.6", "2.5"].contains($0) }
            && Judge.found(low, #"\b(20\d{2})\b"#).allSatisfy { ["2027", "2029"].contains($0) }
            && days(low, "apr", 4).allSatisfy { ["1", "01", "15"].contains($0) } && days(low, "mar", 3).allSatisfy { ["31", "3", "03"].contains($0) }
            && days(low, "may", 5).isEmpty && !Judge.has(low, #"(?<![\d.,])98(?![\d])|2026"#)
            && gas.allSatisfy { Judge.has($0, #"\bnot\b|n't|\bno change|unchanged|\bsame\b|\bstay|\bfrozen\b"#) }
    }

    /// Whether `text` pairs the four medicines Grandad takes now each with its dose (ramipril 5 mg,
    /// atorvastatin 40 mg, lansoprazole 15 mg, paracetamol 1 g), one entry each, any order, and not
    /// the stopped aspirin nor the amlodipine ramipril replaces.
    static func isMedicines(_ text: String?) -> Bool {
        guard let t = text, !Judge.has(t, #"aspirin|amlodipine|(?<![\d.])75\s*mg"#) else { return false }
        return Judge.isPairedList(
            t, who: [#"\bramipril\b"#, #"\batorvastatin\b"#, #"\blansoprazole\b"#, #"\bparacetamol\b"#],
            what: [
                #"(?<![\d.])5\s*(mg|milligrams?)\b"#, #"(?<![\d.])40\s*(mg|milligrams?)\b"#, #"(?<![\d.])15\s*(mg|milligrams?)\b"#,
                #"(?<![\d.,])1\s*(g|grams?)\b|(?<![\d.,])1,?000\s*(mg|milligrams?)\b|\b(2|two)\s*(x|×)?\s*500\s*(mg|milligrams?)\b"#,
            ])
    }

    /// Whether `text` lists the four recipes ready in 30 minutes or less (the pesto pasta, the egg
    /// fried rice, the fish tacos, the halloumi wraps), by title or file name, and none that takes
    /// longer nor any of the untried ideas.
    static func isQuickList(_ text: String?) -> Bool {
        Judge.isNamedList(
            text, [#"pesto"#, #"fried[- ]rice"#, #"tacos?\b"#, #"halloumi"#],
            banned: #"traybake|\bdal\b|tarka|shepherd|\bpie\b|noodle|quesadilla"#)
    }

    /// Whether `text` is the alarm list as CSV: a header row (a location, a type and a date, named
    /// any way, in any order) and one row for each of the four alarms in any order, each with its
    /// own place, one kind and date (another date format, quoted cells, CRLF, CO for carbon monoxide,
    /// a note in the date's cell pass), nothing else.
    static func isAlarmsCSV(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !t.contains("|"), !Judge.has(t, #"garage|elm road|2024"#) else { return false }
        let rows = Judge.lines(t).map(Judge.csvCells)
        guard rows.count == 5, rows.allSatisfy({ $0.count == 3 }) else { return false }
        let header = rows[0].map { $0.lowercased() }
        guard let l = header.firstIndex(where: { Judge.has($0, #"where|location|room|place"#) }),
            let k = header.firstIndex(where: { Judge.has($0, #"type|kind|alarm"#) }),
            let d = header.firstIndex(where: { Judge.has($0, #"date|battery|changed|fitted|when"#) }), Set([l, k, d]).count == 3
        else { return false }
        let (smoke, heat, monoxide) = (#"\bsmoke\b"#, #"\bheat\b"#, #"carbon monoxide|\bco\b"#)
        let want: [(place: String, kind: String, day: Int, month: Int, year: String)] = [
            (#"\bhall\b"#, smoke, 12, 1, "2027"), (#"\blanding\b"#, smoke, 12, 1, "2027"), (#"\bkitchen\b"#, heat, 3, 10, "2026"),
            (#"\bboiler\b"#, monoxide, 20, 5, "2025"),
        ]
        var left = Array(want.indices)
        for r in rows.dropFirst() {
            let (place, kind, date) = (r[l].lowercased(), r[k].lowercased(), r[d].lowercased())
            let matches = left.filter { w in
                Judge.has(place, want[w].place) && [smoke, heat, monoxide].filter { Judge.has(kind, $0) } == [want[w].kind]
                    && Judge.hasDate(date, day: want[w].day, month: want[w].month)
                    && Judge.found(date, #"\b(\d{4})\b"#).allSatisfy { $0 == want[w].year }
            }
            guard let w = matches.first, want.indices.filter({ Judge.has(place, want[$0].place) }).count == 1 else { return false }
            left.removeAll { $0 == w }
        }
        return left.isEmpty
    }

    /// Whether `text` is a skill named watering-due with a description, whose body reads how often
    /// each plant needs water and when each was last watered, keeps the plants due today or overdue
    /// (by the days since the last watering), and saves them in outputs/water-today.md.
    static func isWateringSkill(_ text: String?) -> Bool {
        guard let t = text, let (fields, body) = Judge.skill(t) else { return false }
        let b = body.lowercased()
        let rest = b.replacingOccurrences(of: "outputs/water-today.md", with: " ").replacingOccurrences(of: "watering-due", with: " ")
        return fields["name"] == "watering-due" && (fields["description"] ?? "").count >= 10 && b.count >= 40
            && b.contains("outputs/water-today.md") && rest.contains("plants/plants.md") && rest.contains("watered.md")
            && Judge.has(rest, #"\bdue\b|overdue|\bsince\b|days? ago|how long|elapsed|\bpassed\b|more than|at least|or more|\bcompare"#)
            && Judge.has(rest, #"\btoday\b|current date|\bnow\b"#)
    }

    /// Whether `text` is a Python script (a shebang, if any, names Python) that opens February's
    /// sleep log (not January's), reads the hours as numbers, averages them, counts the nights under
    /// 7 hours (strictly, with 7 written or named in a constant) and prints two values, writing,
    /// moving or removing nothing. Comments and a fenced reply do not count; plain strings (labels)
    /// are read apart from the arithmetic.
    static func isSleepScript(_ text: String?) -> Bool {
        guard let script = Judge.readOnlyPython(text, reading: "sleep-2027-02.csv", not: "sleep-2027-01") else { return false }
        let (code, bare, twoValues) = (script.code, script.bare, script.twoValues)
        let has = script.has
        let seven = Judge.found(code, #"(?m)^\s*([A-Za-z_]\w*)\s*=\s*7(?:\.0+)?\s*$"#)
        let under =
            Judge.has(bare, #"<\s*7(\.0+)?(?![\d.])|(?<![\d.])7(\.0+)?\s*>(?!=)"#)
            || seven.contains { Judge.has(bare, #"<\s*\#($0)\b"#) && !Judge.has(bare, #"<=\s*\#($0)\b"#) }
        return has(["open(", "read_text(", "read_csv("]) && has(["float(", "Decimal(", "read_csv("])
            && Judge.has(bare, #"\bmean\(|\bfmean\(|\.mean\(|[\w\])]\s*/(?!/)\s*[\w(]"#) && under
            && !Judge.has(bare, #"<=\s*7|7\s*>="#) && twoValues
    }
}
