import Foundation

/// A fifteenth fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first fourteen: by someone who had not read the agent loop, its tools, its prompts, its tests or
/// any result. Fourteen intentions, numbered 1601 to 1614, one for each kind the issue names
/// (create, a babysitter's note of three children's bedtimes, in figures or words; edit in place,
/// a road bike's rear tyre pressure with the same figure on the front tyre's line; append a
/// finished book as a row to a yearly reading log CSV; rename a numbered voice memo transcript
/// found by what it holds; move a cat's vaccination record from the inbox into her pet folder;
/// several files, a married surname on three account notes of four; copy a camping checklist to
/// start a trip's packing list; delete a sold sofa's listing note; summarise a vet's aftercare
/// letter in three bullet points; extract the kitchen firms whose quotes still stand with their
/// totals, a withdrawn one left out; list-and-save the vegetarian mains by the diet line inside
/// each recipe; convert an allotment harvest log from a Markdown table to CSV; a skill for birthday
/// reminders with a gift idea each; a Python script that prints a month's total rainfall and its
/// wettest day), each worded three ways as people word them (files named by path, by bare name or
/// by what they are; numbers and times in figures or words; chatty context), run as Steward
/// chooses. Every fixture holds a look-alike beside the right file (the babysitter's and the
/// school run's notes, the front tyre and the child's bike, the to-read list, the stag do's memo,
/// the oat biscuit recipe and the dog's folder, the passport in the old name, the city break
/// checklist and last year's ticked list, the sale's record and the bookcase still for sale, last
/// year's dental letter, the withdrawn quote and the bathroom's quotes, the meat and fish mains,
/// July's harvest and the comment under the table, another skill, last year's rainfall). Judged
/// by content as a person would (other list markers, entry, row and column order, spacing, a
/// title line, a table for a list, another date, time, number or amount format, number words,
/// quoted CSV cells with CRLF, a lost final newline pass) and by "nothing else changed" (the
/// wrong file, the wrong folder, a copy where a move was asked fail). Frozen in a commit of its
/// own before any run with a model: never tune the loop on it, and run it as it is
/// (`STEWARD_SUITE_PART=fresh15`).
extension EverydayTaskSuite {
    static let fresh15: [Intention] = [
        Intention(
            number: 1601, kind: "create: a babysitter's note of three children's bedtimes, in figures or words", fixtures: Fresh15.family,
            wordings: [
                (.imperative, "Create memory/family/bedtimes.md for the babysitter: Ella goes to bed at 7 pm, Sam at 7:30 pm and Noor at 8:15 pm"),
                (
                    .request,
                    "Could you write a bedtimes note for Chloe, our babysitter, as bedtimes.md in memory/family? Ella, the youngest, goes to bed at seven in the evening, Sam at half past seven and Noor, our eldest, at a quarter past eight."
                ),
                (
                    .context,
                    "We're out at a wedding on Saturday night and Chloe is babysitting for the first time. Please create memory/family/bedtimes.md with each child's bedtime, one line per child: Ella at 7 pm, Sam at half past seven and Noor at 8:15 pm. The babysitter note and the school run note in that folder are fine as they are."
                ),
            ], changed: ["memory/family/bedtimes.md"],
            check: { f in Fresh15.isBedtimes(f("memory/family/bedtimes.md")) && Judge.untouched(f, Array(Fresh15.family.keys), Fresh15.family) },
            solution: ops(writes: [("memory/family/bedtimes.md", "# Bedtimes\n- Ella: 7 pm\n- Sam: 7:30 pm\n- Noor: 8:15 pm\n")])),
        Intention(
            number: 1602, kind: "edit in place: a road bike's rear tyre pressure, the front tyre's same figure left", fixtures: Fresh15.bike,
            wordings: [
                (.imperative, "In memory/bike/setup.md, change the rear tyre pressure from 80 psi to 85 psi"),
                (
                    .request,
                    "The bike shop says my back tyre should be pumped to eighty-five psi now. Could you update the rear tyre line in the note about my road bike in memory/bike?"
                ),
                (
                    .context,
                    "After two punctures in a month, the mechanic at Spokes told me to run the rear tyre harder, at 85 psi instead of 80. Please change the rear tyre pressure in memory/bike/setup.md. The front tyre stays at 80 psi, so leave that line and the rest of the note as they are, and Maya's bike note too."
                ),
            ], changed: ["memory/bike/setup.md"],
            check: { f in Fresh15.isBike(f("memory/bike/setup.md")) && Judge.untouched(f, ["memory/bike/kids-bike.md"], Fresh15.bike) },
            solution: ops(writes: [
                (
                    "memory/bike/setup.md",
                    Fresh15.bike["memory/bike/setup.md"]!.replacingOccurrences(of: "Tyre pressure rear: 80 psi", with: "Tyre pressure rear: 85 psi")
                )
            ])),
        Intention(
            number: 1603, kind: "append: a finished book as a new last row of a yearly reading log CSV", fixtures: Fresh15.books,
            wordings: [
                (.imperative, "Append a row to memory/books/read-2026.csv: The Salt Path by Raynor Winn, finished on 2026-09-14, 4 stars"),
                (
                    .request,
                    "I finished The Salt Path by Raynor Winn on the fourteenth of September and I'd give it four stars. Could you add it at the bottom of my list of books read this year, in memory/books?"
                ),
                (
                    .context,
                    "I log every book I finish so I can pick my favourites at the end of the year. On 14 September 2026 I finished The Salt Path by Raynor Winn, four stars out of five. Please add it as a new last row of memory/books/read-2026.csv, in the same columns as the rows above. The to-read list is a different CSV in that folder and stays as it is."
                ),
            ], changed: ["memory/books/read-2026.csv"],
            check: { f in
                Fresh15.isReadingLog(f("memory/books/read-2026.csv"))
                    && Judge.untouched(f, ["memory/books/to-read.csv", "memory/books/book-club.md"], Fresh15.books)
            },
            solution: ops(writes: [
                ("memory/books/read-2026.csv", Fresh15.books["memory/books/read-2026.csv"]! + "The Salt Path,Raynor Winn,2026-09-14,4\n")
            ])),
        Intention(
            number: 1604, kind: "rename: a numbered voice memo transcript, named for the best man speech it holds", fixtures: Fresh15.memos,
            wordings: [
                (.imperative, "Rename memory/voice-notes/memo-18.txt to best-man-speech.txt, keeping it in the same folder"),
                (
                    .request,
                    "One of the voice memo transcripts in memory/voice-notes is my first go at the best man speech for Tariq's wedding. Could you rename it best-man-speech.txt and leave it in that folder?"
                ),
                (
                    .context,
                    "My phone names every voice memo with a number, and I nearly lost the one where I rambled out my best man speech. Please find the transcript of the speech in memory/voice-notes and rename it to best-man-speech.txt, in the same folder and without changing a word. The memo about the stag do is wedding stuff too, but it isn't the speech, so it keeps its name."
                ),
            ], changed: ["memory/voice-notes/memo-18.txt", "memory/voice-notes/best-man-speech.txt"],
            check: { f in
                Judge.moved(f, "memory/voice-notes/memo-18.txt", to: "memory/voice-notes/best-man-speech.txt", Fresh15.memos)
                    && Judge.untouched(
                        f, ["memory/voice-notes/memo-17.txt", "memory/voice-notes/memo-19.txt", "memory/wedding/gift-ideas.md"], Fresh15.memos)
            }, solution: ops(#"{"op":"move","from":"memory/voice-notes/memo-18.txt","to":"memory/voice-notes/best-man-speech.txt"}"#)),
        Intention(
            number: 1605, kind: "move into a folder: a cat's vaccination record from the inbox to her pet folder", fixtures: Fresh15.pets,
            wordings: [
                (.imperative, "Move memory/inbox/biscuit-vaccinations.md into memory/pets/biscuit"),
                (
                    .request,
                    "Could you file our cat Biscuit's vaccination record? It's sitting in memory/inbox, and it belongs in her folder, memory/pets/biscuit."
                ),
                (
                    .context,
                    "The vet emailed Biscuit's vaccination record and I saved it straight into my inbox folder. Please move memory/inbox/biscuit-vaccinations.md into memory/pets/biscuit, next to her insurance note, keeping the file's name. The oat biscuit recipe in the inbox has nothing to do with the cat, so it stays where it is, and Pepper's folder is the dog's."
                ),
            ], changed: ["memory/inbox/biscuit-vaccinations.md", "memory/pets/biscuit/biscuit-vaccinations.md"],
            check: { f in
                Judge.moved(f, "memory/inbox/biscuit-vaccinations.md", to: "memory/pets/biscuit/biscuit-vaccinations.md", Fresh15.pets)
                    && Judge.untouched(
                        f,
                        [
                            "memory/inbox/biscuit-recipe.md", "memory/inbox/council-tax.md", "memory/pets/biscuit/insurance.md",
                            "memory/pets/pepper/vaccinations.md",
                        ], Fresh15.pets)
            }, solution: ops(#"{"op":"move","from":"memory/inbox/biscuit-vaccinations.md","to":"memory/pets/biscuit/biscuit-vaccinations.md"}"#)),
        Intention(
            number: 1606, kind: "several files: a married surname on three account notes, the passport's old name left",
            fixtures: Fresh15.accounts,
            wordings: [
                (
                    .imperative,
                    "Change the name from Aisha Rahman to Aisha Okafor in memory/admin/accounts/library.md, dentist.md and electricity.md"
                ),
                (
                    .request,
                    "I got married, so I'm Aisha Okafor now! Could you change my name in the library, dentist and electricity notes in memory/admin/accounts? My passport is still in my old name, so not that one."
                ),
                (
                    .context,
                    "Since the wedding I've been telling everyone my new surname, Okafor, and I want my notes to match. Each account has a note in memory/admin/accounts with a Name line; please change Rahman to Okafor on it in the library card, dentist and electricity notes, and leave the rest of each note alone. The passport note stays as Aisha Rahman until I renew it."
                ),
            ], changed: Set(Fresh15.renamedAccounts.map { "memory/admin/accounts/\($0)" }),
            check: { f in
                Fresh15.renamedAccounts.allSatisfy {
                    Fresh15.hasNewName(f("memory/admin/accounts/\($0)"), Fresh15.accounts["memory/admin/accounts/\($0)"])
                } && Judge.untouched(f, ["memory/admin/accounts/passport.md"], Fresh15.accounts)
            },
            solution: ops(
                writes: Fresh15.renamedAccounts.map {
                    (
                        "memory/admin/accounts/\($0)",
                        Fresh15.accounts["memory/admin/accounts/\($0)"]!.replacingOccurrences(of: Fresh15.oldName, with: Fresh15.newName)
                    )
                })),
        Intention(
            number: 1607, kind: "copy: a camping checklist to start a trip's packing list, the checklist kept", fixtures: Fresh15.trips,
            wordings: [
                (.imperative, "Copy memory/trips/checklists/camping.md to memory/trips/2026-lake-district/packing.md"),
                (
                    .request,
                    "Could you start a packing list for our Lake District trip from my camping checklist in memory/trips/checklists? Save the copy as packing.md in memory/trips/2026-lake-district and keep the checklist as it is."
                ),
                (
                    .context,
                    "We're camping in Great Langdale in August and I always start packing from my camping checklist. Please copy memory/trips/checklists/camping.md to memory/trips/2026-lake-district/packing.md, unchanged, so I can tick things off there without spoiling the checklist. Don't use the city break checklist or last year's Snowdonia list, which has everything ticked."
                ),
            ], changed: ["memory/trips/2026-lake-district/packing.md"],
            check: { f in
                let copy = f("memory/trips/2026-lake-district/packing.md")
                return copy != nil && !Judge.fenced(copy!) && Judge.lines(copy) == Judge.lines(Fresh15.trips["memory/trips/checklists/camping.md"])
                    && Fresh15.trips.keys.allSatisfy { f($0) == Fresh15.trips[$0] }
            }, solution: ops(writes: [("memory/trips/2026-lake-district/packing.md", Fresh15.trips["memory/trips/checklists/camping.md"]!)])),
        Intention(
            number: 1608, kind: "delete: a sold sofa's listing note beside the sale's record and a listing still live", fixtures: Fresh15.selling,
            wordings: [
                (.imperative, "Delete memory/selling/sofa-listing.md"),
                (
                    .request,
                    "The sofa's sold, hooray! Could you delete its listing note from memory/selling? Keep the note of the sale, though."
                ),
                (
                    .context,
                    "Dan picked up the grey sofa on Saturday and paid, so its Marketplace listing is finished. Please delete the sofa's listing note in memory/selling, but keep the note recording the sale in case there's any dispute; the bookcase is still for sale, so leave its listing alone."
                ),
            ], changed: ["memory/selling/sofa-listing.md"],
            check: { f in
                f("memory/selling/sofa-listing.md") == nil
                    && Judge.untouched(f, ["memory/selling/sofa-receipt.md", "memory/selling/bookcase-listing.md"], Fresh15.selling)
            }, solution: ops(#"{"op":"delete","path":"memory/selling/sofa-listing.md"}"#)),
        Intention(
            number: 1609, kind: "summarise: a vet's aftercare letter after a dog's operation, in three bullet points",
            fixtures: ["memory/pets/vet-letter.md": Fresh15.vetLetter, "memory/pets/vet-letter-2025.md": Fresh15.vetLetter2025],
            wordings: [
                (.imperative, "Summarise memory/pets/vet-letter.md in three bullet points in outputs/juno-aftercare.md"),
                (
                    .request,
                    "Could you boil the vet's letter about Juno's operation down to three bullet points for the family? It's vet-letter.md in memory/pets; save the bullets as outputs/juno-aftercare.md."
                ),
                (
                    .context,
                    "Juno came home from the vet yesterday with a long letter that nobody in the house will read to the end. Please read memory/pets/vet-letter.md and write three short bullet points with what we have to do for her to outputs/juno-aftercare.md, so I can stick it on the fridge. The 2025 letter about her teeth is old and doesn't come into it."
                ),
            ], changed: ["outputs/juno-aftercare.md"], check: { f in Fresh15.isAftercare(f("outputs/juno-aftercare.md")) },
            solution: ops(writes: [
                (
                    "outputs/juno-aftercare.md",
                    "- Keep Juno's cone on at all times, even at night, so she can't lick her stitches.\n- Give her 1.5 ml of Metacam once a day with food for 5 days, and for two weeks walk her on the lead only, about 10 minutes at a time, with no running or jumping.\n- Her stitches come out at the check-up on Thursday 22 October at 4:30 pm; call the vet straight away if the wound is red, swollen or oozing.\n"
                )
            ])),
        Intention(
            number: 1610, kind: "extract: the kitchen firms whose quotes still stand, each with its total, a withdrawn one left out",
            fixtures: Fresh15.house,
            wordings: [
                (
                    .imperative,
                    "Extract the kitchen firms whose quotes still stand, each with its total, from memory/house/kitchen-quotes.md into outputs/kitchen-quotes.md, one firm per line"
                ),
                (
                    .request,
                    "Could you go through my notes on the kitchen quotes, memory/house/kitchen-quotes.md, and list every firm that's still quoting, with its total price, in outputs/kitchen-quotes.md? I want to compare them side by side."
                ),
                (
                    .context,
                    "We're finally redoing the kitchen and the quotes came in over three weeks of emails. Please read memory/house/kitchen-quotes.md and write every firm whose quote still stands, with its total, to outputs/kitchen-quotes.md, one firm per line. Mason & Sons withdrew theirs, so leave them out, and the bathroom quotes are a different job."
                ),
            ], changed: ["outputs/kitchen-quotes.md"], check: { f in Fresh15.isKitchenQuotes(f("outputs/kitchen-quotes.md")) },
            solution: ops(writes: [
                (
                    "outputs/kitchen-quotes.md",
                    "- Hollis Joinery: 8,450 GBP\n- Brightwater Kitchens: 7,980 GBP\n- Oakline Interiors: 9,125 GBP\n"
                )
            ])),
        Intention(
            number: 1611, kind: "list-and-save: the vegetarian main-course recipes, by the diet line inside each", fixtures: Fresh15.recipes,
            wordings: [
                (.imperative, "List the recipes in memory/recipes/mains that are vegetarian and save the list to outputs/vegetarian-mains.md"),
                (
                    .request,
                    "Could you look through my main-course recipes in memory/recipes/mains and write down the vegetarian ones in outputs/vegetarian-mains.md? Each recipe says its diet inside."
                ),
                (
                    .context,
                    "Ravi and Jo are vegetarian and coming to our dinner party, so I need to know which of my mains I can make for everyone. Each recipe in memory/recipes/mains has a Diet line. Please save the vegetarian ones to outputs/vegetarian-mains.md, one per line, and leave out anything with meat or fish."
                ),
            ], changed: ["outputs/vegetarian-mains.md"], check: { f in Fresh15.isVegetarianList(f("outputs/vegetarian-mains.md")) },
            solution: ops(writes: [("outputs/vegetarian-mains.md", "- mushroom-stroganoff.md\n- chickpea-curry.md\n- halloumi-traybake.md\n")])),
        Intention(
            number: 1612, kind: "convert: an allotment's harvest log from a Markdown table to CSV",
            fixtures: ["memory/allotment/harvest.md": Fresh15.harvest, "memory/allotment/harvest-july.md": Fresh15.harvestJuly],
            wordings: [
                (.imperative, "Convert the table in memory/allotment/harvest.md into a CSV file, outputs/harvest.csv, with a header row"),
                (
                    .request,
                    "Could you turn my August harvest table, harvest.md in memory/allotment, into a CSV I can open in a spreadsheet? Save it as outputs/harvest.csv, please."
                ),
                (
                    .context,
                    "The allotment society wants everyone's harvest figures as a spreadsheet. Please convert the table in memory/allotment/harvest.md into CSV, with a header row and one row per crop, and save it as outputs/harvest.csv. Only the table, not my comment under it, and July's harvest file has already been sent in."
                ),
            ], changed: ["outputs/harvest.csv"], check: { f in Fresh15.isHarvestCSV(f("outputs/harvest.csv")) },
            solution: ops(writes: [
                (
                    "outputs/harvest.csv",
                    "Crop,Weight (kg),Picked on\nCourgettes,3.2,4 August\nRunner beans,1.8,9 August\nTomatoes,4.5,15 August\nPotatoes,6.0,22 August\n"
                )
            ])),
        Intention(
            number: 1613, kind: "skill: reminders of the birthdays in the next two weeks, with a gift idea for each",
            fixtures: [
                "skills/README.md": "Each skill is a folder in skills/ holding a SKILL.md.\n",
                "skills/thank-you-notes/SKILL.md": Fresh15.thankYouSkill,
                "memory/people/birthdays.md": "# Birthdays\n- Mum: 3 March\n- Grandad Joe: 19 June\n- Lucy: 7 October\n- Ben: 28 November\n",
            ],
            wordings: [
                (
                    .imperative,
                    "Create skills/birthday-reminders/SKILL.md, a skill named birthday-reminders with a description, that reads memory/people/birthdays.md, finds the birthdays in the next 14 days and writes them, each with a gift idea, to outputs/upcoming-birthdays.md"
                ),
                (
                    .request,
                    "Could you write me a skill called birthday-reminders? It should check memory/people/birthdays.md for anyone whose birthday falls in the next two weeks and put them in outputs/upcoming-birthdays.md, with an idea for a present for each."
                ),
                (
                    .context,
                    "I'm hopeless with birthdays and only notice them the day before. Please write a skill named birthday-reminders, with its name and a description in front matter like my thank-you-notes skill, that tells the agent to read the birthdays in memory/people/birthdays.md, pick out the ones coming up in the next fortnight, and save them with a gift idea for each person to outputs/upcoming-birthdays.md."
                ),
            ], changed: ["skills/birthday-reminders/SKILL.md"],
            check: { f in
                Fresh15.isBirthdaySkill(f("skills/birthday-reminders/SKILL.md")) && f("skills/thank-you-notes/SKILL.md") == Fresh15.thankYouSkill
            },
            solution: ops(writes: [
                (
                    "skills/birthday-reminders/SKILL.md",
                    "---\nname: birthday-reminders\ndescription: List the birthdays coming up in the next two weeks, with a gift idea for each.\n---\nRead memory/people/birthdays.md.\nFind everyone whose birthday falls in the next 14 days.\nWrite each of them, with the date and a gift idea, to outputs/upcoming-birthdays.md.\n"
                )
            ])),
        Intention(
            number: 1614, kind: "script: a Python script that prints a month's total rainfall and its wettest day", fixtures: Fresh15.garden,
            wordings: [
                (
                    .imperative,
                    "Write memory/garden/rain.py, a Python script that reads memory/garden/rainfall.csv and prints the total rainfall and the wettest day"
                ),
                (
                    .request,
                    "Could you write a little Python script, rain.py in memory/garden, that reads this September's rain gauge readings in rainfall.csv (same folder) and prints the month's total in mm and which day was the wettest?"
                ),
                (
                    .context,
                    "I read my rain gauge every morning and type the figure into memory/garden/rainfall.csv, one line per day with the date and the millimetres. Please write a Python script, memory/garden/rain.py, that reads that file and prints the total rainfall for the month and the date of the wettest day with how much fell. Last year's file is separate and doesn't matter here, and the script mustn't change any file."
                ),
            ], changed: ["memory/garden/rain.py"], check: { f in Fresh15.isRainScript(f("memory/garden/rain.py")) },
            solution: ops(writes: [
                (
                    "memory/garden/rain.py",
                    "import csv\n\ntotal = 0.0\nwettest = None\nwith open(\"memory/garden/rainfall.csv\") as f:\n    for row in csv.DictReader(f):\n        mm = float(row[\"mm\"])\n        total += mm\n        if wettest is None or mm > wettest[1]:\n            wettest = (row[\"date\"], mm)\nprint(f\"Total rainfall: {total:.1f} mm\")\nprint(f\"Wettest day: {wettest[0]} with {wettest[1]} mm\")\n"
                )
            ])),
    ]
}

extension EverydayTaskSuite {
    /// Correct results in other forms a careful person accepts (a table, another marker, a title,
    /// spacing, number words, another date, time, number or amount format, another order, quoted
    /// CSV cells with CRLF, columns in another order, a lost final newline, paths or titles for
    /// file names, another way to write the same script), at least one per intention but the
    /// delete (1608), which has no other form.
    static let fresh15Alternatives: [(Int, String)] = [
        (
            1601,
            ops(writes: [
                ("memory/family/bedtimes.md", "Bedtimes\n\n| Child | Bedtime |\n|---|---|\n| Noor | 20:15 |\n| Ella | 19:00 |\n| Sam | 19:30 |\n")
            ])
        ),
        (
            1601,
            ops(writes: [
                (
                    "memory/family/bedtimes.md",
                    "# Bedtimes (for Chloe)\n\nThanks for looking after them!\n\n* **Ella**: seven o'clock\n* **Sam**: half past seven\n* **Noor**: a quarter past eight"
                )
            ])
        ),
        (1601, ops(writes: [("memory/family/bedtimes.md", "Ella - 7pm\nSam - 7.30pm\nNoor - 8.15pm\n")])),
        (
            1602,
            ops(writes: [
                (
                    "memory/bike/setup.md",
                    Fresh15.bike["memory/bike/setup.md"]!.replacingOccurrences(
                        of: "Tyre pressure rear: 80 psi", with: "Tyre pressure rear: 85 psi (was 80)")
                )
            ])
        ),
        (
            1602,
            ops(writes: [
                (
                    "memory/bike/setup.md",
                    Fresh15.bike["memory/bike/setup.md"]!.replacingOccurrences(
                        of: "- Tyre pressure rear: 80 psi", with: "- **Tyre pressure rear:**  85psi"
                    ).trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            1602,
            ops(writes: [
                (
                    "memory/bike/setup.md",
                    Fresh15.bike["memory/bike/setup.md"]!.replacingOccurrences(
                        of: "Tyre pressure rear: 80 psi", with: "Tyre pressure rear: 85 PSI (up from 80 psi)")
                )
            ])
        ),
        (
            1603,
            ops(writes: [
                (
                    "memory/books/read-2026.csv",
                    (Fresh15.books["memory/books/read-2026.csv"]! + "\"The Salt Path\",\"Raynor Winn\",\"14/09/2026\",\"4\"\n")
                        .replacingOccurrences(of: "\n", with: "\r\n")
                )
            ])
        ),
        (
            1603,
            ops(writes: [
                ("memory/books/read-2026.csv", Fresh15.books["memory/books/read-2026.csv"]! + "the salt path,Raynor Winn,14 Sept 2026,four stars")
            ])
        ),
        (
            1603,
            ops(writes: [
                ("memory/books/read-2026.csv", Fresh15.books["memory/books/read-2026.csv"]! + "The Salt Path, Raynor Winn, 2026-09-14, 4/5\n")
            ])
        ),
        (
            1604,
            ops(
                writes: [
                    (
                        "memory/voice-notes/best-man-speech.txt",
                        Fresh15.memos["memory/voice-notes/memo-18.txt"]!.trimmingCharacters(in: .newlines)
                    )
                ],
                #"{"op":"delete","path":"memory/voice-notes/memo-18.txt"}"#)
        ),
        (
            1604,
            ops(
                writes: [
                    (
                        "memory/voice-notes/best-man-speech.txt",
                        Fresh15.memos["memory/voice-notes/memo-18.txt"]!.replacingOccurrences(of: "\n", with: "\r\n")
                    )
                ],
                #"{"op":"delete","path":"memory/voice-notes/memo-18.txt"}"#)
        ),
        (
            1605,
            ops(
                writes: [("memory/pets/biscuit/biscuit-vaccinations.md", Fresh15.pets["memory/inbox/biscuit-vaccinations.md"]! + "\n")],
                #"{"op":"delete","path":"memory/inbox/biscuit-vaccinations.md"}"#)
        ),
        (
            1605,
            ops(
                writes: [
                    (
                        "memory/pets/biscuit/biscuit-vaccinations.md",
                        Fresh15.pets["memory/inbox/biscuit-vaccinations.md"]!.replacingOccurrences(of: "\n", with: "\r\n")
                    )
                ],
                #"{"op":"delete","path":"memory/inbox/biscuit-vaccinations.md"}"#)
        ),
        (
            1606,
            ops(
                writes: Fresh15.renamedAccounts.map {
                    (
                        "memory/admin/accounts/\($0)",
                        Fresh15.accounts["memory/admin/accounts/\($0)"]!.replacingOccurrences(
                            of: Fresh15.oldName, with: "Name: Aisha Okafor (née Rahman)")
                    )
                })
        ),
        (
            1606,
            ops(
                writes: Fresh15.renamedAccounts.map {
                    (
                        "memory/admin/accounts/\($0)",
                        Fresh15.accounts["memory/admin/accounts/\($0)"]!.replacingOccurrences(
                            of: Fresh15.oldName, with: "**Name:**  Aisha Okafor"
                        ).trimmingCharacters(in: .newlines)
                    )
                })
        ),
        (
            1606,
            ops(
                writes: Fresh15.renamedAccounts.map {
                    (
                        "memory/admin/accounts/\($0)",
                        Fresh15.accounts["memory/admin/accounts/\($0)"]!.replacingOccurrences(
                            of: Fresh15.oldName, with: "Name: Aisha Okafor (formerly Rahman)")
                    )
                })
        ),
        (
            1607,
            ops(writes: [
                (
                    "memory/trips/2026-lake-district/packing.md",
                    Fresh15.trips["memory/trips/checklists/camping.md"]!.trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            1607,
            ops(writes: [
                (
                    "memory/trips/2026-lake-district/packing.md",
                    Fresh15.trips["memory/trips/checklists/camping.md"]!.replacingOccurrences(of: "\n", with: "\r\n")
                )
            ])
        ),
        (
            1609,
            ops(writes: [
                (
                    "outputs/juno-aftercare.md",
                    "# Juno's aftercare\n\n* Cone on day and night so she leaves the stitches alone.\n* Metacam 1.5 ml once daily with food for five days; lead walks of ten minutes only, no running or jumping, for 2 weeks.\n* Check-up and stitches out Thu 22/10 at 16:30; ring the vet at once if the wound is red, swollen or oozing."
                )
            ])
        ),
        (
            1609,
            ops(writes: [
                (
                    "outputs/juno-aftercare.md",
                    "What to do for Juno:\n1. Her cone stays on all the time, nights included, so she can't get at the stitches.\n2. One 1.5ml dose of Metacam (the painkiller) with food each day for 5 days, and only short 10-minute walks on the lead for two weeks.\n3. The stitches come out at her check-up on October 22nd at 4.30pm; phone the vet at once if the wound is red, swollen or oozing.\n"
                )
            ])
        ),
        (
            1609,
            ops(writes: [
                (
                    "outputs/juno-aftercare.md",
                    "• Keep the cone on Juno at all times and give her the Metacam painkiller, 1.5 ml with food once a day, for 5 days.\n• Lead walks only for two weeks, 10 minutes at a time, and no running or jumping.\n• Check-up to take the stitches out on Thursday 22 October at 4:30 pm; the lump's results come by phone, and call if the wound is red or swollen.\n"
                )
            ])
        ),
        (
            1610,
            ops(writes: [
                (
                    "outputs/kitchen-quotes.md",
                    "Kitchen quotes still standing\n\n| Firm | Total |\n|---|---|\n| Brightwater Kitchens | £7,980 |\n| Hollis Joinery | £8,450 |\n| Oakline Interiors | £9,125 |\n"
                )
            ])
        ),
        (
            1610,
            ops(writes: [
                ("outputs/kitchen-quotes.md", "- 8450 GBP: Hollis Joinery\n- 9125 GBP: Oakline Interiors\n- 7980 GBP: Brightwater Kitchens")
            ])
        ),
        (
            1610,
            ops(writes: [
                (
                    "outputs/kitchen-quotes.md",
                    "Quotes:\n1. Hollis Joinery — 8,450 GBP (can start in May)\n2. Brightwater Kitchens — 7,980 GBP (fitters busy until July)\n3. Oakline Interiors — 9,125 GBP, new sink and tap included\n"
                )
            ])
        ),
        (
            1611,
            ops(writes: [
                (
                    "outputs/vegetarian-mains.md",
                    "# Vegetarian mains\n\n| Recipe | Serves | Time |\n|---|---|---|\n| Mushroom stroganoff | 4 | 30 minutes |\n| Chickpea and spinach curry | 4 | 40 minutes |\n| Halloumi and vegetable traybake | 3 | 45 minutes |\n"
                )
            ])
        ),
        (
            1611,
            ops(writes: [
                (
                    "outputs/vegetarian-mains.md",
                    "memory/recipes/mains/halloumi-traybake.md\nmemory/recipes/mains/mushroom-stroganoff.md\nmemory/recipes/mains/chickpea-curry.md"
                )
            ])
        ),
        (
            1611,
            ops(writes: [
                (
                    "outputs/vegetarian-mains.md",
                    "Vegetarian:\n1. *Chickpea and spinach curry*\n2. *Halloumi and vegetable traybake*\n3. *Mushroom stroganoff*\n"
                )
            ])
        ),
        (
            1612,
            ops(writes: [
                (
                    "outputs/harvest.csv",
                    "\"Crop\",\"Weight (kg)\",\"Picked on\"\r\n\"Courgettes\",\"3.2\",\"4 August\"\r\n\"Runner beans\",\"1.8\",\"9 August\"\r\n\"Tomatoes\",\"4.5\",\"15 August\"\r\n\"Potatoes\",\"6.0\",\"22 August\"\r\n"
                )
            ])
        ),
        (
            1612,
            ops(writes: [
                (
                    "outputs/harvest.csv",
                    "picked_on,crop,weight_kg\n2026-08-22,potatoes,6\n2026-08-04,courgettes,3.2\n2026-08-15,tomatoes,4.5\n2026-08-09,runner beans,1.8\n"
                )
            ])
        ),
        (
            1612,
            ops(writes: [
                (
                    "outputs/harvest.csv",
                    "Crop,Weight,Date picked\nCourgettes,3.2 kg,4 Aug\nRunner beans,1.8 kg,9 Aug\nTomatoes,4.5 kg,15 Aug\nPotatoes,6 kg,22 Aug"
                )
            ])
        ),
        (
            1613,
            ops(writes: [
                (
                    "skills/birthday-reminders/SKILL.md",
                    "---\nname: \"birthday-reminders\"\ndescription: >\n  Reminds me of birthdays that are coming up soon, with present ideas.\n---\n\n# Birthday reminders\n\n1. Open `memory/people/birthdays.md`; each line is a person and their birthday.\n2. Work out whose birthday is within the next fortnight from today.\n3. For each of them, suggest a present they would like.\n4. Save the list in `outputs/upcoming-birthdays.md`.\n"
                )
            ])
        ),
        (
            1613,
            ops(writes: [
                (
                    "skills/birthday-reminders/SKILL.md",
                    "---\nname: birthday-reminders\ndescription: |\n  Upcoming birthdays and gift ideas.\n---\nLook at the dates in memory/people/birthdays.md and keep those falling in the next 2 weeks. Write them to outputs/upcoming-birthdays.md as a list: name, date, and one gift idea."
                )
            ])
        ),
        (
            1614,
            ops(writes: [
                (
                    "memory/garden/rain.py",
                    "import pandas as pd\n\nrain = pd.read_csv(\"memory/garden/rainfall.csv\")\nprint(\"Total:\", round(rain[\"mm\"].sum(), 1), \"mm\")\nwettest = rain.loc[rain[\"mm\"].idxmax()]\nprint(\"Wettest day:\", wettest[\"date\"], wettest[\"mm\"], \"mm\")\n"
                )
            ])
        ),
        (
            1614,
            ops(writes: [
                (
                    "memory/garden/rain.py",
                    "#!/usr/bin/env python3\n\"\"\"September's rain: the total and the wettest day.\"\"\"\nfrom pathlib import Path\n\nlines = Path(__file__).with_name(\"rainfall.csv\").read_text().splitlines()[1:]\nreadings = [(day, float(mm)) for day, mm in (line.split(\",\") for line in lines if line)]\nprint(f\"Total: {sum(mm for _, mm in readings):.1f} mm\")\nday, most = max(readings, key=lambda r: r[1])\nprint(f\"Wettest day: {day} ({most} mm)\")\n"
                )
            ])
        ),
        (
            1614,
            ops(writes: [
                (
                    "memory/garden/rain.py",
                    "import csv\nfrom decimal import Decimal\n\ntotal = Decimal('0')\nbest_day, best_mm = '', Decimal('-1')\nwith open('memory/garden/rainfall.csv', newline='') as f:\n    reader = csv.reader(f)\n    next(reader)\n    for date, mm in reader:\n        amount = Decimal(mm)\n        total += amount\n        if amount > best_mm:\n            best_day, best_mm = date, amount\nprint('Total rainfall:', total, 'mm')\nprint('Wettest day:', best_day, best_mm, 'mm')\n"
                )
            ])
        ),
    ]

    /// Wrong or partial results that the fifteenth fresh part's checks must refuse, at least four per intention.
    static let fresh15NearMisses: [(Int, String)] = [
        (1601, ops(writes: [("memory/family/bedtimes.md", "- Ella: 7 pm\n- Sam: 8:30 pm\n- Noor: 8:15 pm\n")])),
        (1601, ops(writes: [("memory/family/bedtimes.md", "- Ella: 7 pm\n- Sam: 7:30 pm\n")])),
        (1601, ops(writes: [("memory/family/bedtimes.md", "- Ella: 8:15 pm\n- Sam: 7:30 pm\n- Noor: 7 pm\n")])),
        (1601, ops(writes: [("memory/family/bedtimes.md", "Ella goes to bed at 7 pm, Sam at 7:30 pm and Noor at 8:15 pm.\n")])),
        (
            1601,
            ops(writes: [
                ("memory/family/babysitter.md", Fresh15.family["memory/family/babysitter.md"]! + "- Ella: 7 pm\n- Sam: 7:30 pm\n- Noor: 8:15 pm\n")
            ])
        ),
        (1601, ops(writes: [("memory/family/bedtimes.md", "- Ella: 7 pm\n- Sam: 7:30 pm\n- Noor: 8:15 pm\n- Leo: 9 pm\n")])),
        (1601, ops(writes: [("memory/family/bedtimes.md", "```\n- Ella: 7 pm\n- Sam: 7:30 pm\n- Noor: 8:15 pm\n```\n")])),
        (1601, ops(writes: [("memory/family/bedtimes.md", "- Ella\n- Sam\n- Noor\n")])),
        (1601, ops(writes: [("memory/family/bedtimes.md", "- Ella: 7 am\n- Sam: 7:30 am\n- Noor: 8:15 am\n")])),
        (1601, ops(writes: [("memory/bedtimes.md", "- Ella: 7 pm\n- Sam: 7:30 pm\n- Noor: 8:15 pm\n")])),
        (
            1602,
            ops(writes: [("memory/bike/setup.md", Fresh15.bike["memory/bike/setup.md"]!.replacingOccurrences(of: "80 psi", with: "85 psi"))])
        ),
        (
            1602,
            ops(writes: [
                (
                    "memory/bike/setup.md",
                    Fresh15.bike["memory/bike/setup.md"]!.replacingOccurrences(of: "Tyre pressure front: 80 psi", with: "Tyre pressure front: 85 psi")
                )
            ])
        ),
        (
            1602,
            ops(writes: [
                (
                    "memory/bike/setup.md",
                    Fresh15.bike["memory/bike/setup.md"]!.replacingOccurrences(of: "Tyre pressure rear: 80 psi", with: "Tyre pressure rear: 58 psi")
                )
            ])
        ),
        (
            1602,
            ops(writes: [
                (
                    "memory/bike/setup.md",
                    Fresh15.bike["memory/bike/setup.md"]!.replacingOccurrences(of: "Tyre pressure rear: 80 psi", with: "Tyre pressure rear: 85 bar")
                )
            ])
        ),
        (1602, ops(writes: [("memory/bike/setup.md", Fresh15.bike["memory/bike/setup.md"]! + "- Tyre pressure rear: 85 psi\n")])),
        (
            1602,
            ops(writes: [
                (
                    "memory/bike/setup.md",
                    Fresh15.bike["memory/bike/setup.md"]!.replacingOccurrences(of: "- Tyre pressure rear: 80 psi", with: "- Tyre pressure rear: 85")
                )
            ])
        ),
        (1602, ops(writes: [("memory/bike/setup.md", "- Tyre pressure rear: 85 psi\n")])),
        (
            1602,
            ops(writes: [
                (
                    "memory/bike/setup.md",
                    "```markdown\n"
                        + Fresh15.bike["memory/bike/setup.md"]!.replacingOccurrences(
                            of: "Tyre pressure rear: 80 psi", with: "Tyre pressure rear: 85 psi") + "```\n"
                )
            ])
        ),
        (
            1602,
            ops(writes: [
                (
                    "memory/bike/setup.md",
                    Fresh15.bike["memory/bike/setup.md"]!.replacingOccurrences(
                        of: "Tyre pressure rear: 80 psi", with: "Tyre pressure rear: 85 psi, 80 psi")
                )
            ])
        ),
        (
            1602,
            ops(writes: [
                ("memory/bike/kids-bike.md", Fresh15.bike["memory/bike/kids-bike.md"]!.replacingOccurrences(of: "40 psi", with: "85 psi"))
            ])
        ),
        (
            1603,
            ops(writes: [("memory/books/to-read.csv", Fresh15.books["memory/books/to-read.csv"]! + "The Salt Path,Raynor Winn,2026-09-14,4\n")])
        ),
        (
            1603,
            ops(writes: [
                (
                    "memory/books/read-2026.csv",
                    Fresh15.books["memory/books/read-2026.csv"]!.replacingOccurrences(
                        of: "stars\n", with: "stars\nThe Salt Path,Raynor Winn,2026-09-14,4\n")
                )
            ])
        ),
        (
            1603,
            ops(writes: [("memory/books/read-2026.csv", Fresh15.books["memory/books/read-2026.csv"]! + "The Salt Path,Raynor Winn,2026-09-14,5\n")])
        ),
        (
            1603,
            ops(writes: [("memory/books/read-2026.csv", Fresh15.books["memory/books/read-2026.csv"]! + "The Salt Path,Raynor Winn,4,2026-09-14\n")])
        ),
        (1603, ops(writes: [("memory/books/read-2026.csv", "title,author,finished,stars\nThe Salt Path,Raynor Winn,2026-09-14,4\n")])),
        (
            1603,
            ops(writes: [
                ("memory/books/read-2026.csv", Fresh15.books["memory/books/read-2026.csv"]! + "| The Salt Path | Raynor Winn | 2026-09-14 | 4 |\n")
            ])
        ),
        (
            1603,
            ops(writes: [("memory/books/read-2026.csv", Fresh15.books["memory/books/read-2026.csv"]! + "The Salt Path,Raynor Winn,2026-09-04,4\n")])
        ),
        (
            1603,
            ops(writes: [
                (
                    "memory/books/read-2026.csv",
                    "```csv\n" + Fresh15.books["memory/books/read-2026.csv"]! + "The Salt Path,Raynor Winn,2026-09-14,4\n```\n"
                )
            ])
        ),
        (
            1603,
            ops(writes: [("memory/books/read-2026.csv", Fresh15.books["memory/books/read-2026.csv"]! + "The Salt Path by Raynor Winn,2026-09-14,4\n")]
            )
        ),
        (
            1603,
            ops(writes: [
                ("memory/books/read-2026.csv", Fresh15.books["memory/books/read-2026.csv"]! + "The Overstory,Richard Powers,2026-09-14,4\n")
            ])
        ),
        (1604, ops(#"{"op":"move","from":"memory/voice-notes/memo-19.txt","to":"memory/voice-notes/best-man-speech.txt"}"#)),
        (1604, ops(writes: [("memory/voice-notes/best-man-speech.txt", Fresh15.memos["memory/voice-notes/memo-18.txt"]!)])),
        (1604, ops(#"{"op":"move","from":"memory/voice-notes/memo-18.txt","to":"memory/wedding/best-man-speech.txt"}"#)),
        (1604, ops(#"{"op":"move","from":"memory/voice-notes/memo-18.txt","to":"memory/voice-notes/best-man-speech.md"}"#)),
        (
            1604,
            ops(
                writes: [("memory/voice-notes/best-man-speech.txt", "Best man speech\nTariq, Lena: here's to you both.\n")],
                #"{"op":"delete","path":"memory/voice-notes/memo-18.txt"}"#)
        ),
        (
            1604,
            ops(
                #"{"op":"move","from":"memory/voice-notes/memo-18.txt","to":"memory/voice-notes/best-man-speech.txt"}"#,
                #"{"op":"move","from":"memory/voice-notes/memo-19.txt","to":"memory/voice-notes/stag-do.txt"}"#)
        ),
        (1604, ops(#"{"op":"move","from":"memory/voice-notes/memo-18.txt","to":"memory/voice-notes/best-man-speech"}"#)),
        (1605, ops(#"{"op":"move","from":"memory/inbox/biscuit-recipe.md","to":"memory/pets/biscuit/biscuit-recipe.md"}"#)),
        (
            1605,
            ops(
                #"{"op":"move","from":"memory/inbox/biscuit-vaccinations.md","to":"memory/pets/biscuit/biscuit-vaccinations.md"}"#,
                #"{"op":"move","from":"memory/inbox/biscuit-recipe.md","to":"memory/pets/biscuit/biscuit-recipe.md"}"#)
        ),
        (1605, ops(writes: [("memory/pets/biscuit/biscuit-vaccinations.md", Fresh15.pets["memory/inbox/biscuit-vaccinations.md"]!)])),
        (1605, ops(#"{"op":"move","from":"memory/inbox/biscuit-vaccinations.md","to":"memory/pets/biscuit-vaccinations.md"}"#)),
        (1605, ops(#"{"op":"move","from":"memory/inbox/biscuit-vaccinations.md","to":"memory/pets/pepper/biscuit-vaccinations.md"}"#)),
        (1605, ops(#"{"op":"move","from":"memory/inbox/biscuit-vaccinations.md","to":"memory/pets/biscuit/vaccinations.md"}"#)),
        (1605, ops(#"{"op":"move","from":"memory/inbox/biscuit-vaccinations.md","to":"memory/pets/biscuit/inbox/biscuit-vaccinations.md"}"#)),
        (
            1605,
            ops(
                writes: [
                    (
                        "memory/pets/biscuit/biscuit-vaccinations.md",
                        Fresh15.pets["memory/inbox/biscuit-vaccinations.md"]!.replacingOccurrences(of: "Next booster due: March 2027\n", with: "")
                    )
                ],
                #"{"op":"delete","path":"memory/inbox/biscuit-vaccinations.md"}"#)
        ),
        (
            1606,
            ops(
                writes: Fresh15.renamedAccounts.prefix(2).map {
                    (
                        "memory/admin/accounts/\($0)",
                        Fresh15.accounts["memory/admin/accounts/\($0)"]!.replacingOccurrences(of: Fresh15.oldName, with: Fresh15.newName)
                    )
                })
        ),
        (
            1606,
            ops(
                writes: (Fresh15.renamedAccounts + ["passport.md"]).map {
                    (
                        "memory/admin/accounts/\($0)",
                        Fresh15.accounts["memory/admin/accounts/\($0)"]!.replacingOccurrences(of: Fresh15.oldName, with: Fresh15.newName)
                    )
                })
        ),
        (
            1606,
            ops(
                writes: Fresh15.renamedAccounts.map {
                    ("memory/admin/accounts/\($0)", Fresh15.accounts["memory/admin/accounts/\($0)"]! + Fresh15.newName + "\n")
                })
        ),
        (
            1606,
            ops(
                writes: Fresh15.renamedAccounts.map {
                    (
                        "memory/admin/accounts/\($0)",
                        Fresh15.accounts["memory/admin/accounts/\($0)"]!.replacingOccurrences(of: Fresh15.oldName, with: "Name: Aisha Okafur")
                    )
                })
        ),
        (1606, ops(writes: Fresh15.renamedAccounts.map { ("memory/admin/accounts/\($0)", Fresh15.newName + "\n") })),
        (
            1606,
            ops(
                writes: Fresh15.renamedAccounts.map {
                    (
                        "memory/admin/accounts/\($0)",
                        Fresh15.accounts["memory/admin/accounts/\($0)"]!.replacingOccurrences(
                            of: Fresh15.oldName, with: "Name: Aisha Rahman-Okafor")
                    )
                })
        ),
        (
            1606,
            ops(
                writes: Fresh15.renamedAccounts.map {
                    (
                        "memory/admin/accounts/\($0)",
                        "```\n"
                            + Fresh15.accounts["memory/admin/accounts/\($0)"]!.replacingOccurrences(of: Fresh15.oldName, with: Fresh15.newName)
                            + "```\n"
                    )
                })
        ),
        (
            1606,
            ops(
                writes: Fresh15.renamedAccounts.map {
                    (
                        "memory/admin/accounts/\($0)",
                        Fresh15.accounts["memory/admin/accounts/\($0)"]!.replacingOccurrences(of: Fresh15.oldName, with: "Name: Okafor")
                    )
                })
        ),
        (1607, ops(#"{"op":"move","from":"memory/trips/checklists/camping.md","to":"memory/trips/2026-lake-district/packing.md"}"#)),
        (1607, ops(writes: [("memory/trips/2026-lake-district/packing.md", Fresh15.trips["memory/trips/checklists/city-break.md"]!)])),
        (1607, ops(writes: [("memory/trips/2026-lake-district/packing.md", Fresh15.trips["memory/trips/2025-snowdonia/packing.md"]!)])),
        (1607, ops(writes: [("memory/trips/2026-lake-district/packing-list.md", Fresh15.trips["memory/trips/checklists/camping.md"]!)])),
        (1607, ops(writes: [("memory/trips/packing.md", Fresh15.trips["memory/trips/checklists/camping.md"]!)])),
        (
            1607,
            ops(writes: [
                ("memory/trips/2026-lake-district/packing.md", "```markdown\n" + Fresh15.trips["memory/trips/checklists/camping.md"]! + "```\n")
            ])
        ),
        (
            1607,
            ops(writes: [
                (
                    "memory/trips/2026-lake-district/packing.md",
                    Fresh15.trips["memory/trips/checklists/camping.md"]!.replacingOccurrences(of: "- [ ]", with: "- [x]")
                )
            ])
        ),
        (
            1607,
            ops(writes: [
                ("memory/trips/2026-lake-district/packing.md", Fresh15.trips["memory/trips/checklists/camping.md"]!),
                ("memory/trips/checklists/camping.md", Fresh15.trips["memory/trips/checklists/camping.md"]! + "Copied for the Lake District.\n"),
            ])
        ),
        (
            1607,
            ops(writes: [
                ("memory/trips/2026-lake-district/packing.md", Fresh15.trips["memory/trips/checklists/camping.md"]! + "- [ ] midge spray\n")
            ])
        ),
        (1608, ops(#"{"op":"delete","path":"memory/selling/sofa-receipt.md"}"#)),
        (
            1608,
            ops(#"{"op":"delete","path":"memory/selling/sofa-listing.md"}"#, #"{"op":"delete","path":"memory/selling/sofa-receipt.md"}"#)
        ),
        (
            1608,
            ops(#"{"op":"delete","path":"memory/selling/sofa-listing.md"}"#, #"{"op":"delete","path":"memory/selling/bookcase-listing.md"}"#)
        ),
        (1608, ops(writes: [("memory/selling/sofa-listing.md", "")])),
        (1608, ops(#"{"op":"move","from":"memory/selling/sofa-listing.md","to":"memory/selling/sold/sofa-listing.md"}"#)),
        (1608, ops(writes: [("memory/selling/sofa-listing.md", "SOLD\n" + Fresh15.selling["memory/selling/sofa-listing.md"]!)])),
        (1608, ops(#"{"op":"delete","path":"memory/selling/bookcase-listing.md"}"#)),
        (1609, ops(writes: [("outputs/juno-aftercare.md", Fresh15.vetLetter)])),
        (
            1609,
            ops(writes: [
                (
                    "outputs/juno-aftercare.md",
                    "- Keep Juno's cone on at all times, even at night, so she can't lick her stitches.\n- Give her 1.5 ml of Metacam once a day with food for 5 days, and for two weeks walk her on the lead only, about 10 minutes at a time, with no running or jumping.\n"
                )
            ])
        ),
        (
            1609,
            ops(writes: [
                (
                    "outputs/juno-aftercare.md",
                    "- Keep Juno's cone on at all times, even at night, so she can't lick her stitches.\n- Give her 1.5 ml of Metacam once a day with food for 5 days.\n- For two weeks walk her on the lead only, about 10 minutes at a time, with no running or jumping.\n- Her stitches come out at the check-up on Thursday 22 October at 4:30 pm.\n"
                )
            ])
        ),
        (
            1609,
            ops(writes: [
                (
                    "outputs/juno-aftercare.md",
                    "- Keep Juno's cone on at all times, even at night, so she can't lick her stitches.\n- Give her 1.5 ml of Metacam once a day with food for 5 days, and for two weeks walk her on the lead only, about 10 minutes at a time, with no running or jumping.\n- Her stitches come out at the check-up on Thursday 22 October at 5:30 pm; call the vet straight away if the wound is red, swollen or oozing.\n"
                )
            ])
        ),
        (
            1609,
            ops(writes: [
                (
                    "outputs/juno-aftercare.md",
                    "- Keep Juno's cone on at all times, even at night, so she can't lick her stitches.\n- Give her 2.5 ml of Metacam once a day with food for 5 days, and for two weeks walk her on the lead only, about 10 minutes at a time, with no running or jumping.\n- Her stitches come out at the check-up on Thursday 22 October at 4:30 pm; call the vet straight away if the wound is red, swollen or oozing.\n"
                )
            ])
        ),
        (
            1609,
            ops(writes: [
                (
                    "outputs/juno-aftercare.md",
                    "- Juno may only have soft food for 3 days after her teeth were cleaned.\n- Her check-up is on 14 May at 9:15 am.\n- Keep her cone on and call the vet if the gums look red or swollen.\n"
                )
            ])
        ),
        (
            1609,
            ops(writes: [
                (
                    "outputs/juno-aftercare.md",
                    "- Juno was a very good girl, says nurse Tamsin.\n- Riverside Vets now runs a cat clinic on Saturday mornings.\n- There is free parking behind the surgery.\n"
                )
            ])
        ),
        (
            1609,
            ops(writes: [
                (
                    "outputs/juno-aftercare.md",
                    "```\n- Keep Juno's cone on at all times, even at night, so she can't lick her stitches.\n- Give her 1.5 ml of Metacam once a day with food for 5 days, and for two weeks walk her on the lead only, about 10 minutes at a time, with no running or jumping.\n- Her stitches come out at the check-up on Thursday 22 October at 4:30 pm; call the vet straight away if the wound is red, swollen or oozing.\n```\n"
                )
            ])
        ),
        (
            1609,
            ops(writes: [
                (
                    "memory/pets/juno-aftercare.md",
                    "- Keep Juno's cone on at all times, even at night, so she can't lick her stitches.\n- Give her 1.5 ml of Metacam once a day with food for 5 days, and for two weeks walk her on the lead only, about 10 minutes at a time, with no running or jumping.\n- Her stitches come out at the check-up on Thursday 22 October at 4:30 pm; call the vet straight away if the wound is red, swollen or oozing.\n"
                )
            ])
        ),
        (
            1609,
            ops(writes: [
                (
                    "outputs/juno-aftercare.md",
                    "Keep Juno's cone on at all times, even at night, so she can't lick her stitches. Give her 1.5 ml of Metacam once a day with food for 5 days, and for two weeks walk her on the lead only, with no running or jumping. Her stitches come out at the check-up on Thursday 22 October at 4:30 pm; call the vet if the wound is red, swollen or oozing.\n"
                )
            ])
        ),
        (
            1609,
            ops(writes: [
                (
                    "outputs/juno-aftercare.md",
                    "- Keep Juno's cone on at all times, even at night, so she can't lick her stitches.\n- Give her 1.5 ml of Metacam once a day with food for 5 days, and for two weeks walk her on the lead only, about 10 minutes at a time, with no running or jumping.\n- Her stitches come out at the check-up on Friday 23 October at 4:30 pm; call the vet straight away if the wound is red, swollen or oozing.\n"
                )
            ])
        ),
        (
            1609,
            ops(writes: [
                (
                    "outputs/juno-aftercare.md",
                    "- Keep Juno's cone on at all times, even at night, so she can't lick her stitches.\n- Give her 1.5 ml of Metacam once a day with food for 5 days, and for 5 weeks walk her on the lead only, about 10 minutes at a time, with no running or jumping.\n- Her stitches come out at the check-up on Thursday 22 October at 4:30 pm; call the vet straight away if the wound is red, swollen or oozing.\n"
                )
            ])
        ),
        (
            1610,
            ops(writes: [
                (
                    "outputs/kitchen-quotes.md",
                    "- Hollis Joinery: 8,450 GBP\n- Brightwater Kitchens: 7,980 GBP\n- Oakline Interiors: 9,125 GBP\n- Mason & Sons: 6,900 GBP\n"
                )
            ])
        ),
        (1610, ops(writes: [("outputs/kitchen-quotes.md", "- Hollis Joinery: 8,450 GBP\n- Oakline Interiors: 9,125 GBP\n")])),
        (
            1610,
            ops(writes: [
                ("outputs/kitchen-quotes.md", "- Hollis Joinery: 7,980 GBP\n- Brightwater Kitchens: 8,450 GBP\n- Oakline Interiors: 9,125 GBP\n")
            ])
        ),
        (
            1610,
            ops(writes: [
                (
                    "outputs/kitchen-quotes.md",
                    "Hollis Joinery quoted 8,450 GBP, Brightwater Kitchens 7,980 GBP and Oakline Interiors 9,125 GBP.\n"
                )
            ])
        ),
        (
            1610,
            ops(writes: [
                (
                    "memory/house/kitchen-quotes-list.md",
                    "- Hollis Joinery: 8,450 GBP\n- Brightwater Kitchens: 7,980 GBP\n- Oakline Interiors: 9,125 GBP\n"
                )
            ])
        ),
        (1610, ops(writes: [("outputs/kitchen-quotes.md", "- Hollis Joinery\n- Brightwater Kitchens\n- Oakline Interiors\n")])),
        (
            1610,
            ops(writes: [
                (
                    "outputs/kitchen-quotes.md",
                    "```\n- Hollis Joinery: 8,450 GBP\n- Brightwater Kitchens: 7,980 GBP\n- Oakline Interiors: 9,125 GBP\n```\n"
                )
            ])
        ),
        (1610, ops(writes: [("outputs/kitchen-quotes.md", "- Tidewater Tiling: 3,200 GBP\n- Ferris Plumbing: 2,750 GBP\n")])),
        (
            1610,
            ops(writes: [
                ("outputs/kitchen-quotes.md", "- Hollis Joinery: 8,540 GBP\n- Brightwater Kitchens: 7,980 GBP\n- Oakline Interiors: 9,125 GBP\n")
            ])
        ),
        (1610, ops(writes: [("outputs/kitchen-quotes.md", "- Brightwater Kitchens: 7,980 GBP (the cheapest)\n")])),
        (
            1611,
            ops(writes: [
                (
                    "outputs/vegetarian-mains.md",
                    "- chickpea-curry.md\n- cottage-pie.md\n- halloumi-traybake.md\n- mushroom-stroganoff.md\n- salmon-teriyaki.md\n"
                )
            ])
        ),
        (1611, ops(writes: [("outputs/vegetarian-mains.md", "- mushroom-stroganoff.md\n- chickpea-curry.md\n")])),
        (1611, ops(writes: [("outputs/vegetarian-mains.md", "- cottage-pie.md\n- salmon-teriyaki.md\n")])),
        (1611, ops(writes: [("outputs/vegetarian-mains.md", "Mushroom stroganoff, chickpea curry and halloumi traybake are vegetarian.\n")])),
        (
            1611,
            ops(writes: [("memory/recipes/vegetarian-mains.md", "- mushroom-stroganoff.md\n- chickpea-curry.md\n- halloumi-traybake.md\n")])
        ),
        (1611, ops(writes: [("outputs/vegetarian-mains.md", "```\nmushroom-stroganoff.md\nchickpea-curry.md\nhalloumi-traybake.md\n```\n")])),
        (
            1611,
            ops(writes: [
                (
                    "outputs/vegetarian-mains.md",
                    "- mushroom-stroganoff.md\n- chickpea-curry.md\n- halloumi-traybake.md\n- mushroom-stroganoff.md\n"
                )
            ])
        ),
        (
            1611,
            ops(writes: [
                ("outputs/vegetarian-mains.md", "- mushroom-stroganoff.md\n- chickpea-curry.md\n- halloumi-traybake.md\n- cottage-pie.md\n")
            ])
        ),
        (1612, ops(writes: [("outputs/harvest.csv", Fresh15.harvest)])),
        (
            1612,
            ops(writes: [
                ("outputs/harvest.csv", "Crop,Weight (kg),Picked on\nCourgettes,3.2,4 August\nRunner beans,1.8,9 August\nTomatoes,4.5,15 August\n")
            ])
        ),
        (
            1612,
            ops(writes: [
                ("outputs/harvest.csv", "Courgettes,3.2,4 August\nRunner beans,1.8,9 August\nTomatoes,4.5,15 August\nPotatoes,6.0,22 August\n")
            ])
        ),
        (
            1612,
            ops(writes: [
                (
                    "outputs/harvest.csv",
                    "Crop;Weight (kg);Picked on\nCourgettes;3.2;4 August\nRunner beans;1.8;9 August\nTomatoes;4.5;15 August\nPotatoes;6.0;22 August\n"
                )
            ])
        ),
        (1612, ops(writes: [("outputs/harvest.csv", "Crop,Weight (kg),Picked on\nStrawberries,2.4,3 July\nLettuce,0.9,17 July\n")])),
        (
            1612,
            ops(writes: [
                (
                    "outputs/harvest.csv",
                    "Crop,Weight (kg),Picked on\nCourgettes,3.2,4 August\nRunner beans,1.8,9 August\nTomatoes,5.4,15 August\nPotatoes,6.0,22 August\n"
                )
            ])
        ),
        (
            1612,
            ops(writes: [
                (
                    "outputs/harvest.csv",
                    "```csv\nCrop,Weight (kg),Picked on\nCourgettes,3.2,4 August\nRunner beans,1.8,9 August\nTomatoes,4.5,15 August\nPotatoes,6.0,22 August\n```\n"
                )
            ])
        ),
        (
            1612,
            ops(writes: [
                (
                    "outputs/harvest.md",
                    "Crop,Weight (kg),Picked on\nCourgettes,3.2,4 August\nRunner beans,1.8,9 August\nTomatoes,4.5,15 August\nPotatoes,6.0,22 August\n"
                )
            ])
        ),
        (
            1612,
            ops(writes: [
                (
                    "outputs/harvest.csv",
                    "Crop,Weight (kg),Picked on\n---,---,---\nCourgettes,3.2,4 August\nRunner beans,1.8,9 August\nTomatoes,4.5,15 August\nPotatoes,6.0,22 August\n"
                )
            ])
        ),
        (
            1612,
            ops(writes: [
                (
                    "outputs/harvest.csv",
                    "Crop,Weight (kg),Picked on\nCourgettes,3.2,4 August\nRunner beans,1.8,9 August\nTomatoes,4.5,15 August\nPotatoes,6.0,22 August\nBest month yet for tomatoes.\n"
                )
            ])
        ),
        (
            1613,
            ops(writes: [
                (
                    "skills/birthday-reminders/SKILL.md",
                    "# Birthday reminders\nRead memory/people/birthdays.md, find the birthdays in the next 14 days and write them, each with a gift idea, to outputs/upcoming-birthdays.md.\n"
                )
            ])
        ),
        (
            1613,
            ops(writes: [
                (
                    "skills/birthday-reminders/SKILL.md",
                    "---\nname: Birthday Reminders\ndescription: Upcoming birthdays with gift ideas.\n---\nRead memory/people/birthdays.md, find the birthdays in the next 14 days and write them, each with a gift idea, to outputs/upcoming-birthdays.md.\n"
                )
            ])
        ),
        (
            1613,
            ops(writes: [
                (
                    "skills/birthday-reminders.md",
                    "---\nname: birthday-reminders\ndescription: Upcoming birthdays with gift ideas.\n---\nRead memory/people/birthdays.md, find the birthdays in the next 14 days and write them, each with a gift idea, to outputs/upcoming-birthdays.md.\n"
                )
            ])
        ),
        (
            1613,
            ops(writes: [
                (
                    "skills/birthday-reminders/SKILL.md",
                    "---\nname: birthday-reminders\n---\nRead memory/people/birthdays.md, find the birthdays in the next 14 days and write them, each with a gift idea, to outputs/upcoming-birthdays.md.\n"
                )
            ])
        ),
        (
            1613,
            ops(writes: [
                (
                    "skills/birthday-reminders/SKILL.md",
                    "---\nname: birthday-reminders\ndescription: Upcoming birthdays with gift ideas.\n---\nRead memory/people/birthdays.md, find the birthdays in the next 14 days and list them, each with a gift idea.\n"
                )
            ])
        ),
        (
            1613,
            ops(writes: [
                (
                    "skills/birthday-reminders/SKILL.md",
                    "---\nname: birthday-reminders\ndescription: Upcoming birthdays with gift ideas.\n---\nRead memory/people/birthdays.md, find the birthdays coming up soon and write them, each with a gift idea, to outputs/upcoming-birthdays.md.\n"
                )
            ])
        ),
        (
            1613,
            ops(writes: [
                (
                    "skills/birthday-reminders/SKILL.md",
                    "---\nname: birthday-reminders\ndescription: Upcoming birthdays with gift ideas.\n---\nRead memory/people/birthdays.md, find the birthdays in the next 14 days and write them with their dates to outputs/upcoming-birthdays.md.\n"
                )
            ])
        ),
        (
            1613,
            ops(writes: [
                (
                    "skills/birthday-reminders/SKILL.md",
                    "```markdown\n---\nname: birthday-reminders\ndescription: Upcoming birthdays with gift ideas.\n---\nRead memory/people/birthdays.md, find the birthdays in the next 14 days and write them, each with a gift idea, to outputs/upcoming-birthdays.md.\n```\n"
                )
            ])
        ),
        (
            1613,
            ops(writes: [
                (
                    "skills/thank-you-notes/SKILL.md",
                    Fresh15.thankYouSkill
                        + "\n## Birthday reminders\nRead memory/people/birthdays.md, find the birthdays in the next 14 days and write them, each with a gift idea, to outputs/upcoming-birthdays.md.\n"
                )
            ])
        ),
        (
            1613,
            ops(writes: [
                (
                    "skills/birthday-reminders/SKILL.md",
                    "---\nname: birthday-reminders\ndescription: Upcoming birthdays with gift ideas.\n---\nFind the birthdays in the next 14 days and write them, each with a gift idea, to outputs/upcoming-birthdays.md.\n"
                )
            ])
        ),
        (
            1614,
            ops(writes: [
                (
                    "memory/garden/rain.py",
                    "import csv\n\ntotal = 0.0\nwith open(\"memory/garden/rainfall.csv\") as f:\n    for row in csv.DictReader(f):\n        total += float(row[\"mm\"])\nprint(f\"Total rainfall: {total:.1f} mm\")\n"
                )
            ])
        ),
        (
            1614,
            ops(writes: [
                (
                    "memory/garden/rain.py",
                    "import csv\n\nwith open(\"memory/garden/rainfall.csv\") as f:\n    rows = list(csv.DictReader(f))\nwettest = max(rows, key=lambda r: float(r[\"mm\"]))\nprint(\"Wettest day:\", wettest[\"date\"], wettest[\"mm\"])\n"
                )
            ])
        ),
        (
            1614,
            ops(writes: [
                (
                    "memory/garden/rain.py",
                    "import csv\n\ntotal = 0.0\nwettest = None\nwith open(\"memory/garden/rainfall-2025.csv\") as f:\n    for row in csv.DictReader(f):\n        mm = float(row[\"mm\"])\n        total += mm\n        if wettest is None or mm > wettest[1]:\n            wettest = (row[\"date\"], mm)\nprint(total, wettest)\n"
                )
            ])
        ),
        (
            1614,
            ops(writes: [
                (
                    "memory/garden/rain.py",
                    "import csv\n\ntotal = 0.0\nwettest = None\nwith open(\"memory/garden/rainfall.csv\") as f:\n    for row in csv.DictReader(f):\n        mm = float(row[\"mm\"])\n        total += mm\n        if wettest is None or mm > wettest[1]:\n            wettest = (row[\"date\"], mm)\nprint(total, wettest)\nwith open(\"memory/garden/rainfall.csv\", \"a\") as f:\n    f.write(f\"total,{total}\\n\")\n"
                )
            ])
        ),
        (
            1614,
            ops(writes: [
                (
                    "memory/garden/rain.py",
                    "```python\nimport csv\n\ntotal = 0.0\nwettest = None\nwith open(\"memory/garden/rainfall.csv\") as f:\n    for row in csv.DictReader(f):\n        mm = float(row[\"mm\"])\n        total += mm\n        if wettest is None or mm > wettest[1]:\n            wettest = (row[\"date\"], mm)\nprint(total, wettest)\n```\n"
                )
            ])
        ),
        (
            1614,
            ops(writes: [
                (
                    "memory/garden/rain.py",
                    "#!/bin/sh\nawk -F, 'NR > 1 { t += $2; if ($2 > m) { m = $2; d = $1 } } END { print t, d, m }' memory/garden/rainfall.csv\n"
                )
            ])
        ),
        (
            1614,
            ops(writes: [
                (
                    "memory/garden/rain.py",
                    "# import csv\n# total = 0.0\n# wettest = None\n# with open(\"memory/garden/rainfall.csv\") as f:\n#     for row in csv.DictReader(f):\n#         mm = float(row[\"mm\"])\n#         total += mm\n#         if wettest is None or mm > wettest[1]:\n#             wettest = (row[\"date\"], mm)\n# print(total, wettest)\n"
                )
            ])
        ),
        (
            1614,
            ops(writes: [
                (
                    "outputs/rain.py",
                    "import csv\n\ntotal = 0.0\nwettest = None\nwith open(\"memory/garden/rainfall.csv\") as f:\n    for row in csv.DictReader(f):\n        mm = float(row[\"mm\"])\n        total += mm\n        if wettest is None or mm > wettest[1]:\n            wettest = (row[\"date\"], mm)\nprint(total, wettest)\n"
                )
            ])
        ),
        (
            1614,
            ops(writes: [
                (
                    "memory/garden/rain.py",
                    "import csv\n\nwith open(\"memory/garden/rainfall.csv\") as f:\n    rows = list(csv.DictReader(f))\nprint(\"Total:\", sum(float(r[\"mm\"]) for r in rows))\ndriest = min(rows, key=lambda r: float(r[\"mm\"]))\nprint(\"Wettest day:\", driest[\"date\"], driest[\"mm\"])\n"
                )
            ])
        ),
        (
            1614,
            ops(writes: [
                (
                    "memory/garden/rain.py",
                    "import csv\n\nwith open(\"memory/garden/rainfall.csv\") as f:\n    rows = list(csv.DictReader(f))\nwettest = max(rows, key=lambda r: float(r[\"mm\"]))\nprint(\"Days recorded:\", len(rows))\nprint(\"Wettest day:\", wettest[\"date\"], wettest[\"mm\"])\n"
                )
            ])
        ),
        (
            1614,
            ops(writes: [
                (
                    "memory/garden/rain.py",
                    "import csv\n\ntotal = 0.0\nwettest = None\nwith open(\"memory/garden/rainfall.csv\") as f:\n    for row in csv.DictReader(f):\n        mm = float(row[\"mm\"])\n        total += mm\n        if wettest is None or mm > wettest[1]:\n            wettest = (row[\"date\"], mm)\n"
                )
            ])
        ),
    ]
}

/// The fifteenth fresh part's fixtures and the helpers its checks share.
private enum Fresh15 {
    static let family: [String: String] = [
        "memory/family/babysitter.md": "# Babysitter\nChloe, 12 GBP an hour, usually Fridays from 6 pm.\nPhone: 07700 900 381\n",
        "memory/family/school-run.md": "# School run\nMonday and Wednesday: me. Tuesday and Thursday: Dad. Friday: we walk.\n",
    ]
    static let bike: [String: String] = [
        "memory/bike/setup.md": """
        # My road bike
        - Frame: Ribble Endurance, 56 cm
        - Tyre pressure front: 80 psi
        - Tyre pressure rear: 80 psi
        - Saddle height: 74 cm from the pedal axle
        - Chain replaced: March 2026

        """,
        "memory/bike/kids-bike.md": "# Maya's bike\n- Tyre pressure: 40 psi\n- Saddle height: 52 cm\n",
    ]
    static let books: [String: String] = [
        "memory/books/read-2026.csv":
            "title,author,finished,stars\nKlara and the Sun,Kazuo Ishiguro,2026-07-02,4\nThe Thursday Murder Club,Richard Osman,2026-07-28,3\nBraiding Sweetgrass,Robin Wall Kimmerer,2026-08-30,5\n",
        "memory/books/to-read.csv": "title,author,recommended_by\nThe Overstory,Richard Powers,Dad\nDemon Copperhead,Barbara Kingsolver,book club\n",
        "memory/books/book-club.md": "# Book club\nNext meeting: 2 October, at Hana's.\n",
    ]
    static let memos: [String: String] = [
        "memory/voice-notes/memo-17.txt": "Voice memo, 2 May\nShopping: oat milk, bin bags, batteries for the smoke alarm.\n",
        "memory/voice-notes/memo-18.txt":
            "Voice memo, 5 May\nBest man speech, first go. I've known Tariq since we were eleven, when he talked me into climbing onto the school roof. Lena, thank you for making him finally buy a proper coat. Tariq and Lena: here's to you both.\n",
        "memory/voice-notes/memo-19.txt":
            "Voice memo, 9 May\nStag do: book the go-karting for twelve people, and ask Tariq's brother about the minibus.\n",
        "memory/wedding/gift-ideas.md": "# Gift for Tariq and Lena\nA framed map of where they met.\n",
    ]
    static let pets: [String: String] = [
        "memory/inbox/biscuit-vaccinations.md":
            "# Biscuit: vaccination record\nCat flu and enteritis booster: 3 March 2026\nNext booster due: March 2027\nVet: Riverside Vets\n",
        "memory/inbox/biscuit-recipe.md": "# Oat biscuits\n- 100 g oats\n- 75 g butter\n- 2 tbsp golden syrup\nBake at 170 C for 12 minutes.\n",
        "memory/inbox/council-tax.md": "Council tax: 1,842 GBP for 2026/27, in 10 instalments\n",
        "memory/pets/biscuit/insurance.md": "# Biscuit's insurance\nPetPlan, policy 4471-902\n",
        "memory/pets/pepper/vaccinations.md": "# Pepper (dog): vaccinations\nBooster: 12 January 2026\n",
    ]
    static let oldName = "Name: Aisha Rahman"
    static let newName = "Name: Aisha Okafor"
    static let renamedAccounts = ["library.md", "dentist.md", "electricity.md"]
    static let accounts: [String: String] = [
        "memory/admin/accounts/library.md": "# Library card\nCard number 20417733\n\(oldName)\nBranch: Northfield\n",
        "memory/admin/accounts/dentist.md": "# Dentist (Smile Street Dental)\n\(oldName)\nNext check-up: 18 November\n",
        "memory/admin/accounts/electricity.md": "# Electricity (Brightside Energy)\nAccount 7720-5519\n\(oldName)\nTariff: fixed until 2027\n",
        "memory/admin/accounts/passport.md": "# Passport\n\(oldName)\nExpires: 2031\n",
    ]
    static let trips: [String: String] = [
        "memory/trips/checklists/camping.md":
            "# Camping checklist\n- [ ] tent and pegs\n- [ ] sleeping bags and mats\n- [ ] camping stove and gas\n- [ ] head torches\n- [ ] waterproofs\n- [ ] first aid kit\n",
        "memory/trips/checklists/city-break.md": "# City break checklist\n- [ ] passports\n- [ ] travel adaptor\n- [ ] walking shoes\n",
        "memory/trips/2025-snowdonia/packing.md":
            "# Packing, Snowdonia 2025\n- [x] tent and pegs\n- [x] sleeping bags and mats\n- [x] camping stove and gas\n- [x] midge spray\n",
        "memory/trips/2026-lake-district/campsite.md": "# Campsite\nGreat Langdale, pitch 23, 14 to 18 August\n",
    ]
    static let selling: [String: String] = [
        "memory/selling/sofa-listing.md":
            "# For sale: grey three-seater sofa\nAsking 180 GBP, collection only\nListed on Facebook Marketplace on 1 September\n",
        "memory/selling/sofa-receipt.md": "# Sofa sold\nSold to Dan Whitfield for 160 GBP on 12 September, paid by bank transfer\n",
        "memory/selling/bookcase-listing.md": "# For sale: oak bookcase\nAsking 45 GBP\nListed on 5 September\n",
    ]
    static let vetLetter = """
        # Letter from Riverside Vets

        Dear Mr and Mrs Adeyemi,

        Thank you for bringing Juno in on Monday 12 October. It was lovely to meet her, and our nurse Tamsin says she \
        was a very good girl.

        The operation went well: we removed the small lump from her left hind leg and sent it off for testing, and we \
        will phone you with the results. Please keep her cone on at all times, even at night, so that she cannot lick \
        the stitches.

        Give her 1.5 ml of Metacam once a day with food for the next 5 days; it is a painkiller and an \
        anti-inflammatory. For two weeks, walk her on the lead only, for about 10 minutes at a time, with no running or \
        jumping.

        Her stitches will come out at her check-up on Thursday 22 October at 4:30 pm. If the wound looks red or \
        swollen, or anything oozes from it, please call us straight away on 01632 960418.

        You may also like to know that we now run a cat clinic on Saturday mornings, and that there is free parking \
        behind the surgery.

        Kind regards,
        Dr Helen Marsh

        """
    static let vetLetter2025 =
        "# Letter from Riverside Vets, May 2025\nJuno had her teeth cleaned on 6 May. Soft food only for 3 days; check-up on 14 May at 9:15 am.\n"
    static let house: [String: String] = [
        "memory/house/kitchen-quotes.md": """
        # Kitchen refit: the quotes (from the emails)

        We asked four firms to quote for the new kitchen in March.

        Hollis Joinery came round on 3 March and quoted 8,450 GBP in total, fitting and VAT included; they could \
        start in May. Brightwater Kitchens quoted 7,980 GBP all in, but their fitters are booked until July. Oakline \
        Interiors sent a total of 9,125 GBP, which includes a new sink and tap.

        Mason & Sons quoted 6,900 GBP, but on 10 March they withdrew their quote because they are closing down.

        Every firm wants a 20% deposit before work starts.

        """,
        "memory/house/bathroom-quotes.md": "# Bathroom quotes\nTidewater Tiling quoted 3,200 GBP; Ferris Plumbing quoted 2,750 GBP.\n",
    ]
    static let recipes: [String: String] = [
        "memory/recipes/mains/mushroom-stroganoff.md": "# Mushroom stroganoff\nDiet: vegetarian\nServes 4, 30 minutes\n",
        "memory/recipes/mains/chickpea-curry.md": "# Chickpea and spinach curry\nDiet: vegetarian\nServes 4, 40 minutes\n",
        "memory/recipes/mains/cottage-pie.md": "# Cottage pie\nDiet: contains meat (beef mince)\nServes 6, 1 hour 20 minutes\n",
        "memory/recipes/mains/salmon-teriyaki.md": "# Salmon teriyaki\nDiet: contains fish\nServes 2, 25 minutes\n",
        "memory/recipes/mains/halloumi-traybake.md": "# Halloumi and vegetable traybake\nDiet: vegetarian\nServes 3, 45 minutes\n",
        "memory/recipes/dinner-party.md": "# Dinner party on the 20th\nSix guests; Ravi and Jo are vegetarian.\n",
    ]
    static let harvest = """
        # Harvest log, August

        | Crop | Weight (kg) | Picked on |
        |---|---|---|
        | Courgettes | 3.2 | 4 August |
        | Runner beans | 1.8 | 9 August |
        | Tomatoes | 4.5 | 15 August |
        | Potatoes | 6.0 | 22 August |

        Best month yet for tomatoes.

        """
    static let harvestJuly =
        "# Harvest log, July\n\n| Crop | Weight (kg) | Picked on |\n|---|---|---|\n| Strawberries | 2.4 | 3 July |\n| Lettuce | 0.9 | 17 July |\n"
    static let thankYouSkill =
        "---\nname: thank-you-notes\ndescription: Draft short thank-you notes after a party.\n---\nRead memory/parties/gifts.md and draft one note per guest in outputs/thank-you.md.\n"
    static let garden: [String: String] = [
        "memory/garden/rainfall.csv":
            "date,mm\n2026-09-01,0.0\n2026-09-02,4.2\n2026-09-03,12.6\n2026-09-04,0.8\n2026-09-05,0.0\n2026-09-06,7.4\n2026-09-07,2.1\n",
        "memory/garden/rainfall-2025.csv": "date,mm\n2025-09-01,3.3\n2025-09-02,0.0\n2025-09-03,18.9\n",
        "memory/garden/notes.md": "# Garden notes\nThe water butt overflows when more than 10 mm falls in a day.\n",
    ]

    /// Patterns for the three bedtimes, in figures or words, each apart from the others: 7 pm,
    /// half past seven and a quarter past eight.
    static let sevenPM =
        #"(?<!half past )(?<!half-past )(?<!half )(?<!quarter past )(\b7(?!\d)|\bseven\b)(?!\s*[:.]\s*\d)(?![- ]thirty)(?!\s*(am|a\.m))|\b0?7[:.]00(?!\d)(?!\s*(am|a\.m))|\b19[:.]00(?!\d)"#
    static let halfPastSeven = #"\b0?7[:.]30(?!\d)|\b19[:.]30(?!\d)|half[- ]past (7|seven)\b|\bhalf (7|seven)\b|\bseven[- ]thirty\b"#
    static let quarterPastEight = #"\b0?8[:.]15(?!\d)|\b20[:.]15(?!\d)|quarter[- ]past (8|eight)\b|\beight[- ]fifteen\b"#

    /// Whether `text` gives the three children each with their own bedtime (Ella at 7 pm, Sam at
    /// half past seven, Noor at a quarter past eight; figures or words), one entry each, any order;
    /// before them at most a title and a table header.
    static func isBedtimes(_ text: String?) -> Bool {
        Judge.isPairedList(text, who: [#"\bella\b"#, #"\bsam\b"#, #"\bnoor\b"#], what: [sevenPM, halfPastSeven, quarterPastEight])
    }

    /// Whether `text` is the road bike's note with only the rear tyre's line changed: now 85 psi
    /// (the 80 it was said to have been aside), the front tyre's 80 psi left.
    static func isBike(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(bike["memory/bike/setup.md"])
        let got = Judge.lines(t)
        guard got.count == want.count, let i = want.firstIndex(where: { $0.hasPrefix("- Tyre pressure rear") }) else { return false }
        let line = got[i].lowercased()
        let said = line.replacingOccurrences(
            of: #"\(?\b(was|from|up from|previously|formerly|instead of|rather than|old:?)\s+80(\.0)?\s*(psi)?\)?"#, with: " ",
            options: .regularExpression)
        return Judge.has(line, #"\b(rear|back)\b"#) && Judge.has(line, #"tyre|tire|pressure"#)
            && Judge.has(said, #"\b85(\.0)?(?!\d)|eighty[- ]five"#) && !said.contains("80")
            && Judge.has(said, #"psi|pounds per square inch"#) && !Judge.has(said, #"\bbar\b"#)
            && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
    }

    /// Whether `text` is the reading log as it was with one more last row: The Salt Path, Raynor
    /// Winn, finished on 14 September, four stars (in figures or a word), in the log's four
    /// columns (another date format, quoted cells with CRLF pass).
    static func isReadingLog(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !t.contains("|") else { return false }
        let want = Judge.lines(books["memory/books/read-2026.csv"])
        let got = Judge.lines(t)
        guard got.count == want.count + 1, Array(got.prefix(want.count)) == want, let last = got.last else { return false }
        let cells = Judge.csvCells(last)
        guard cells.count == 4 else { return false }
        return Judge.has(cells[0], #"^(the\s+)?salt path$"#) && Judge.has(cells[1], #"^raynor winn$"#)
            && Judge.hasDate(cells[2].lowercased(), day: 14, month: 9)
            && Judge.has(cells[3], #"^(4|four)(\s*(stars?|/\s*5|out of (5|five)))?$"#)
    }

    /// Whether `text` is the account note `was` with only its name line changed, to Aisha Okafor
    /// (the old surname said to have been aside).
    static func hasNewName(_ text: String?, _ was: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(was)
        let got = Judge.lines(t)
        guard got.count == want.count, let i = want.firstIndex(where: { $0.hasPrefix("Name:") }) else { return false }
        let line = got[i].lowercased()
        let said = line.replacingOccurrences(
            of: #"\(?\b(n[ée]e|formerly|was|previously|born|maiden name:?)\s+(aisha\s+)?rahman\)?"#, with: " ", options: .regularExpression)
        return Judge.has(line, #"^\W*(full\s+)?name\b"#) && Judge.has(said, #"\baisha\s+okafor\b"#) && !said.contains("rahman")
            && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
    }

    /// Whether `text` sums up the vet's letter in three bullet points (a title line before them
    /// aside), each short, with at least four of its practical facts and no dose, time, date or
    /// span it does not give, nor anything from last year's letter about her teeth.
    static func isAftercare(_ text: String?) -> Bool {
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
        let facts = [
            #"\bcone\b|collar"#, #"metacam|pain ?killer|pain relief|medicine|medication"#, #"1\.5\s*ml|once a day|daily|with food"#,
            #"stitches|check[- ]?up|\b22(nd)?\s+oct|\boct[a-z]*\.?\s+22\b|\b22/10\b"#,
            #"\blead\b|no running|jump|short walks|\b10[\s-]*min|\bten[\s-]*min"#, #"\bred\b|swollen|swelling|ooz"#, #"result|lump|test"#,
        ].filter { Judge.has(low, $0) }
        let clock = Judge.found(low, #"\b(\d{1,2}[:.]\d{2})(?!\d)"#)
        let hours = Judge.found(low, #"\b(\d{1,2})(?:[:.]\d{2})?\s*(?:am|pm|a\.m|p\.m)\b"#)
        let octDays = Judge.found(low, #"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?oct"#) + Judge.found(low, #"\boct[a-z]*\.?\s+(\d{1,2})\b"#)
        let doses = Judge.found(low, #"\b(\d+(?:\.\d+)?)\s*ml\b"#)
        let days = Judge.found(low, #"\b(\d+)[\s-]*days?\b"#)
        let weeks = Judge.found(low, #"\b(\d+)[\s-]*weeks?\b"#)
        let minutes = Judge.found(low, #"\b(\d+)[\s-]*min"#)
        return facts.count >= 4 && clock.allSatisfy { ["4:30", "4.30", "04:30", "16:30", "16.30"].contains($0) }
            && hours.allSatisfy { ["4", "04", "16"].contains($0) } && octDays.allSatisfy { ["12", "22"].contains($0) }
            && doses.allSatisfy { $0 == "1.5" } && days.allSatisfy { ["5", "10"].contains($0) } && weeks.allSatisfy { $0 == "2" }
            && minutes.allSatisfy { $0 == "10" }
            && !Judge.has(low, #"teeth|dental|soft food|9[:.]15|\b(6|14)(th)?\s+may\b|\bmay\s+(6|14)\b"#)
    }

    /// Whether `text` lists the three kitchen firms whose quotes still stand each with its own
    /// total (Hollis Joinery 8,450, Brightwater Kitchens 7,980, Oakline Interiors 9,125), one entry
    /// each, any order, and not the withdrawn quote nor the bathroom's.
    static func isKitchenQuotes(_ text: String?) -> Bool {
        guard let t = text, !Judge.has(t, #"mason|6[,. ]?900|tidewater|ferris|3[,. ]?200|2[,. ]?750"#) else { return false }
        return Judge.isPairedList(
            t, who: [#"hollis"#, #"brightwater"#, #"oakline"#], what: [#"\b8[,. ]?450\b"#, #"\b7[,. ]?980\b"#, #"\b9[,. ]?125\b"#])
    }

    /// Whether `text` lists the vegetarian mains (the mushroom stroganoff, the chickpea curry, the
    /// halloumi traybake), by file name or title, one entry each, any order, and no other; before
    /// them at most a title and a table header, nothing after them.
    static func isVegetarianList(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !Judge.has(t, #"cottage|salmon|teriyaki"#) else { return false }
        let entries = Judge.items(t).filter { !Judge.isTableRule($0) }.map { $0.lowercased() }
        let mains = [#"stroganoff"#, #"chickpea"#, #"halloumi"#]
        let named = entries.indices.filter { i in mains.contains { Judge.has(entries[i], $0) } }
        guard named.count == mains.count, let first = named.first, named == Array(first..<first + mains.count),
            entries.count == first + mains.count, first <= 2
        else { return false }
        if first == 2 && !entries[1].hasPrefix("|") { return false }
        let which = named.map { i in mains.indices.filter { Judge.has(entries[i], mains[$0]) } }
        return which.allSatisfy { $0.count == 1 } && Set(which.map { $0[0] }).count == mains.count
    }

    /// Whether `text` is the August harvest as CSV: a header row (crop, weight, date picked, any
    /// case, any column order) and the four crops' rows in any order (another date format, units
    /// in a cell, 6 for 6.0, quoted cells with CRLF aside), and nothing else.
    static func isHarvestCSV(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !t.contains("|") else { return false }
        let rows = Judge.lines(t).map(Judge.csvCells)
        guard rows.count == 5, rows.allSatisfy({ $0.count == 3 }) else { return false }
        let header = rows[0].map { $0.lowercased() }
        guard let c = header.firstIndex(where: { Judge.has($0, #"crop"#) }), let w = header.firstIndex(where: { Judge.has($0, #"weight|kg"#) }),
            let d = header.firstIndex(where: { Judge.has($0, #"picked|date"#) }), Set([c, w, d]).count == 3
        else { return false }
        let got = rows.dropFirst().map { r -> String in
            let crop = r[c].lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "*_` "))
            let weight = Double(r[w].lowercased().replacingOccurrences(of: "kg", with: "").trimmingCharacters(in: .whitespaces))
            let days = [4, 9, 15, 22].filter { Judge.hasDate(r[d].lowercased(), day: $0, month: 8) }
            return "\(crop)|\(weight.map { String(format: "%.1f", $0) } ?? "?")|\(days)"
        }
        let want: Set<String> = ["courgettes|3.2|[4]", "runner beans|1.8|[9]", "tomatoes|4.5|[15]", "potatoes|6.0|[22]"]
        return got.count == want.count && Set(got) == want
    }

    /// Whether `text` is a skill named birthday-reminders with a description, whose body reads
    /// birthdays.md, picks the birthdays in the next 14 days, gives a gift idea for each and saves
    /// in outputs/upcoming-birthdays.md.
    static func isBirthdaySkill(_ text: String?) -> Bool {
        guard let t = text, let (fields, body) = Judge.skill(t) else { return false }
        let b = body.lowercased()
        let rest = b.replacingOccurrences(of: "outputs/upcoming-birthdays.md", with: " ").replacingOccurrences(of: "birthday-reminders", with: " ")
        return fields["name"] == "birthday-reminders" && (fields["description"] ?? "").count >= 10 && b.count >= 40
            && b.contains("outputs/upcoming-birthdays.md") && rest.contains("birthdays.md")
            && Judge.has(rest, #"\b(14|fourteen)\s+days\b|\b(two|2)\s+weeks\b|fortnight"#) && Judge.has(rest, #"\b(gifts?|presents?)\b"#)
    }

    /// Whether `text` is a Python script (a shebang, if any, names Python) that opens rainfall.csv
    /// (not last year's), reads the millimetres as numbers, adds them up, finds the largest (not
    /// the smallest) and prints, writing, moving or removing nothing. Comments and a fenced reply
    /// do not count.
    static func isRainScript(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let l = Judge.lines(t)
        if let first = l.first, first.hasPrefix("#!"), !first.contains("python") { return false }
        let code = l.filter { !$0.hasPrefix("#") }.joined(separator: "\n")
        let has = { (words: [String]) in words.contains { code.contains($0) } }
        guard code.contains("rainfall.csv"), !code.contains("rainfall-2025") else { return false }
        guard
            !Judge.has(
                code, #"open\([^)]*,\s*(mode\s*=\s*)?["'][wax]|\.to_csv\(|os\.remove|os\.unlink|\.unlink\(|shutil|os\.rename|write_text\("#)
        else { return false }
        return has(["open(", "read_text(", "read_csv("]) && has(["float(", "Decimal(", "read_csv("])
            && Judge.has(code, #"\+=|\bsum\(|\.sum\("#)
            && Judge.has(code, #"\bmax\(|\.max\(|idxmax|nlargest|reverse\s*=\s*True|\bif\b[^\n]*>"#)
            && !Judge.has(code, #"\bmin\(|\.min\(|idxmin|nsmallest"#) && code.contains("print(")
    }
}
