import Foundation

/// A twelfth fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first eleven: by someone who had not read the agent loop, its tools, its prompts, its tests or
/// any result. Fourteen intentions, numbered 1301 to 1314, one for each kind the issue names
/// (create, a pet's feeds with times and amounts given in figures or words; edit in place, one
/// line of a household note with a look-alike line beside it; append a row to a CSV log; rename a
/// scanner-numbered file found by what it holds; move a finished project's note into a folder;
/// several files, three notes of four marked done; copy a CV into an application's folder;
/// delete; summarise in three bullet points; extract recommended names and phone numbers, a
/// warned-off one left out; list-and-save by a number inside each file; convert a Markdown list
/// to JSON; a skill; a Python script that compares dates with today), each worded three ways as
/// people word them (files named by path, by bare name or by what they are; numbers in figures
/// or words; chatty context), run as Steward chooses. Every fixture holds a look-alike beside the
/// right file (the dog's old sitter notes, the garden waste line, the van's fuel log, the car
/// insurance scan, the matching hat still on the needles, the carrots not sown, an old CV and
/// another application, a sister's appointment and an eye test, last year's cottage email, the
/// street group chat, games for fewer players, last year's seeds, another skill, last year's
/// loans). Judged by content as a person would (other list markers, entry and column order,
/// spacing, a title line, a table for a list, another date, number or phone format, quoted CSV
/// cells with CRLF, another JSON shape, a lost final newline pass) and by "nothing else changed"
/// (the wrong file, the wrong folder, a copy where a move was asked fail). Frozen in a commit of
/// its own before any run with a model: never tune the loop on it, and run it as it is
/// (`STEWARD_SUITE_PART=fresh12`).
extension EverydayTaskSuite {
    static let fresh12: [Intention] = [
        Intention(
            number: 1301, kind: "create: a cat sitter's note of each feed's time and amount", fixtures: Fresh12.pets,
            wordings: [
                (
                    .imperative,
                    "Create memory/pets/cat-sitter-notes.md with Miso's feeds: 7 am one pouch of wet food, 5 pm 30 g of dry biscuits, 10 pm three treats"
                ),
                (
                    .request,
                    "Could you write down Miso's feeding times for the cat sitter in a new note, cat-sitter-notes.md, in my pets folder under memory? She has a pouch of wet food at seven in the morning, thirty grams of dry biscuits at five in the afternoon and three treats at ten at night."
                ),
                (
                    .context,
                    "We're away for a long weekend and the girl from number 9 is feeding Miso, so I want her routine written down. Please create memory/pets/cat-sitter-notes.md with one line per feed: at 7 am one pouch of wet food, at 5 pm 30 g of dry biscuits, and at 10 pm three treats, however much she begs for more. The old sitter notes from when we had the dog stay as they are."
                ),
            ], changed: ["memory/pets/cat-sitter-notes.md"],
            check: { f in Fresh12.isFeeds(f("memory/pets/cat-sitter-notes.md")) && Judge.untouched(f, Array(Fresh12.pets.keys), Fresh12.pets) },
            solution: ops(writes: [
                (
                    "memory/pets/cat-sitter-notes.md",
                    "# Miso's feeds\n- 7 am: one pouch of wet food\n- 5 pm: 30 g of dry biscuits\n- 10 pm: three treats\n"
                )
            ])),
        Intention(
            number: 1302, kind: "edit in place: a bin collection day changed on one line of a household note, a look-alike line left",
            fixtures: Fresh12.home,
            wordings: [
                (.imperative, "In memory/home/household.md, change the recycling collection from Tuesday to Thursday"),
                (
                    .request,
                    "The council has moved our recycling collection to Thursdays. Could you update that line in my household note in memory/home?"
                ),
                (
                    .context,
                    "A letter from the council says that from next month the green box recycling will be picked up every other Thursday instead of Tuesday. Please fix the recycling line in memory/home/household.md to say Thursday and keep the rest of that line. The garden waste is still collected on Tuesdays, so leave that line and everything else in the note alone, and the notes from the old house too."
                ),
            ], changed: ["memory/home/household.md"],
            check: { f in
                Fresh12.isHousehold(f("memory/home/household.md")) && f("memory/home/old-house.md") == Fresh12.home["memory/home/old-house.md"]
            },
            solution: ops(writes: [
                (
                    "memory/home/household.md",
                    Fresh12.home["memory/home/household.md"]!.replacingOccurrences(
                        of: "Recycling: every other Tuesday", with: "Recycling: every other Thursday")
                )
            ])),
        Intention(
            number: 1303, kind: "append: a fill-up as a new last row of a car's fuel log CSV", fixtures: Fresh12.car,
            wordings: [
                (.imperative, "Append a row to memory/car/fuel-log.csv: 2026-05-12, 38.5 litres, 67.40 EUR, odometer 52310"),
                (
                    .request,
                    "I filled the car up today, the twelfth of May: 38.5 litres for 67.40 euros, and the odometer said 52,310 km. Could you add that to the end of my fuel log in memory/car?"
                ),
                (
                    .context,
                    "I log every fill-up to keep an eye on what the car costs to run. This morning, 12 May 2026, I put in 38.5 litres for 67.40 EUR with the odometer at 52310 km. Please add it as a new last row of the car's fuel log CSV in memory/car, in the same columns as the rows already there. The van has its own log, which stays as it is."
                ),
            ], changed: ["memory/car/fuel-log.csv"],
            check: { f in
                Fresh12.isFuelLog(f("memory/car/fuel-log.csv"))
                    && Judge.untouched(f, ["memory/car/van-fuel-log.csv", "memory/car/service.md"], Fresh12.car)
            },
            solution: ops(writes: [("memory/car/fuel-log.csv", Fresh12.car["memory/car/fuel-log.csv"]! + "2026-05-12,38.5,67.40,52310\n")])),
        Intention(
            number: 1304, kind: "rename: a scanner-numbered file named for what it turns out to be", fixtures: Fresh12.scans,
            wordings: [
                (.imperative, "Rename memory/scans/scan-0042.txt to home-insurance-2026.txt"),
                (
                    .request,
                    "Could you give the scan of our home insurance certificate in memory/scans a proper name? Call it home-insurance-2026.txt and keep it in the same folder."
                ),
                (
                    .context,
                    "The scanner names everything scan-and-a-number and I can never find anything. The home insurance certificate I scanned yesterday is one of the files in memory/scans; please rename it to home-insurance-2026.txt in the same folder, without changing what's in it. The car insurance scan and the tax letter can keep their numbers for now."
                ),
            ], changed: ["memory/scans/scan-0042.txt", "memory/scans/home-insurance-2026.txt"],
            check: { f in
                Judge.moved(f, "memory/scans/scan-0042.txt", to: "memory/scans/home-insurance-2026.txt", Fresh12.scans)
                    && Judge.untouched(
                        f, ["memory/scans/scan-0041.txt", "memory/scans/scan-0043.txt", "memory/scans/passport-renewal.txt"], Fresh12.scans)
            }, solution: ops(#"{"op":"move","from":"memory/scans/scan-0042.txt","to":"memory/scans/home-insurance-2026.txt"}"#)),
        Intention(
            number: 1305, kind: "move into a folder: a finished knitting project's note from in-progress to finished", fixtures: Fresh12.knitting,
            wordings: [
                (.imperative, "Move memory/knitting/in-progress/fox-mittens.md into memory/knitting/finished"),
                (
                    .request,
                    "I've finally finished the fox mittens! Could you move their note from the in-progress folder to the finished one in memory/knitting?"
                ),
                (
                    .context,
                    "I sewed the ears onto the fox mittens last night, so they're done at last. Please move their note out of memory/knitting/in-progress and into the finished folder next to it, keeping the file's name. The matching fox hat is still on the needles, so it stays in progress, and so does the scarf."
                ),
            ], changed: ["memory/knitting/in-progress/fox-mittens.md", "memory/knitting/finished/fox-mittens.md"],
            check: { f in
                Judge.moved(f, "memory/knitting/in-progress/fox-mittens.md", to: "memory/knitting/finished/fox-mittens.md", Fresh12.knitting)
                    && Judge.untouched(
                        f,
                        [
                            "memory/knitting/in-progress/fox-hat.md", "memory/knitting/in-progress/cable-scarf.md",
                            "memory/knitting/finished/baby-blanket.md",
                        ], Fresh12.knitting)
            },
            solution: ops(#"{"op":"move","from":"memory/knitting/in-progress/fox-mittens.md","to":"memory/knitting/finished/fox-mittens.md"}"#)),
        Intention(
            number: 1306, kind: "several files: three garden jobs marked done, a fourth left to do", fixtures: Fresh12.jobs,
            wordings: [
                (.imperative, "Set the status to done in memory/garden/jobs/prune-roses.md, mulch-beds.md and clean-pond.md"),
                (
                    .request,
                    "I got through three garden jobs this weekend: the roses are pruned, the beds are mulched and the pond is clean. Could you mark those three as done in memory/garden/jobs?"
                ),
                (
                    .context,
                    "What a weekend in the garden: I pruned the roses, mulched all the beds and finally cleared out the pond. Each job has its own note in memory/garden/jobs with a status line, so please change the status in those three notes from to do to done, leaving the rest of each note as it is. I haven't sown the carrots yet, so that one stays to do."
                ),
            ], changed: Set(Fresh12.doneJobs.map { "memory/garden/jobs/\($0)" }),
            check: { f in
                Fresh12.doneJobs.allSatisfy { Fresh12.isMarkedDone(f("memory/garden/jobs/\($0)"), Fresh12.jobs["memory/garden/jobs/\($0)"]) }
                    && Judge.untouched(f, ["memory/garden/jobs/sow-carrots.md", "memory/garden/jobs/cut-hedge.md"], Fresh12.jobs)
            },
            solution: ops(
                writes: Fresh12.doneJobs.map {
                    (
                        "memory/garden/jobs/\($0)",
                        Fresh12.jobs["memory/garden/jobs/\($0)"]!.replacingOccurrences(of: "Status: to do", with: "Status: done")
                    )
                })),
        Intention(
            number: 1307, kind: "copy: a CV into a job application's folder, the original kept", fixtures: Fresh12.cvs,
            wordings: [
                (.imperative, "Copy memory/jobs/cv.md to memory/jobs/applications/bakery-manager/cv.md"),
                (
                    .request,
                    "Could you put a copy of my current CV in the bakery manager application folder under memory/jobs/applications? Keep the original where it is."
                ),
                (
                    .context,
                    "I'm applying for the bakery manager job at Rise & Shine and want to tailor my CV for it without touching my main one. Please copy my current CV, memory/jobs/cv.md, into that application's folder in memory/jobs/applications, also as cv.md. The 2022 CV is out of date, and the café application already has its own copy."
                ),
            ], changed: ["memory/jobs/applications/bakery-manager/cv.md"],
            check: { f in
                let copy = f("memory/jobs/applications/bakery-manager/cv.md")
                return copy != nil && !Judge.fenced(copy!) && Judge.lines(copy) == Judge.lines(Fresh12.cvs["memory/jobs/cv.md"])
                    && Fresh12.cvs.keys.allSatisfy { f($0) == Fresh12.cvs[$0] }
            }, solution: ops(writes: [("memory/jobs/applications/bakery-manager/cv.md", Fresh12.cvs["memory/jobs/cv.md"]!)])),
        Intention(
            number: 1308, kind: "delete: a cancelled appointment's note beside the family's other appointments", fixtures: Fresh12.appointments,
            wordings: [
                (.imperative, "Delete memory/appointments/dentist-leo.md"),
                (.request, "The surgery has cancelled Leo's dentist appointment. Can you get rid of its note in memory/appointments?"),
                (
                    .context,
                    "The dental surgery rang to cancel Leo's check-up on Friday; they'll send a new date by post. Please delete the note for his dentist appointment from memory/appointments. Amira's appointment is still on, and so is Leo's eye test, so keep both of those notes."
                ),
            ], changed: ["memory/appointments/dentist-leo.md"],
            check: { f in
                f("memory/appointments/dentist-leo.md") == nil
                    && Judge.untouched(f, ["memory/appointments/dentist-amira.md", "memory/appointments/optician-leo.md"], Fresh12.appointments)
            }, solution: ops(#"{"op":"delete","path":"memory/appointments/dentist-leo.md"}"#)),
        Intention(
            number: 1309, kind: "summarise: a holiday cottage owner's long email in three bullet points",
            fixtures: ["memory/holiday/cottage-email.md": Fresh12.cottageEmail, "memory/holiday/cottage-email-2025.md": Fresh12.cottageEmail2025],
            wordings: [
                (.imperative, "Summarise memory/holiday/cottage-email.md in three bullet points in outputs/cottage-summary.md"),
                (
                    .request,
                    "The owner of the cottage sent us a very long email about our stay. Could you boil it down to three bullet points and save them as outputs/cottage-summary.md? It's the cottage email in memory/holiday."
                ),
                (
                    .context,
                    "We're off to the cottage in Wales on Saturday and the owner's email about it goes on and on; I just want the practical bits for when we arrive. Please read this year's cottage email in memory/holiday (not the one from the Cornwall trip) and put a summary of it, three bullet points, in outputs/cottage-summary.md."
                ),
            ], changed: ["outputs/cottage-summary.md"], check: { f in Fresh12.isCottageSummary(f("outputs/cottage-summary.md")) },
            solution: ops(writes: [
                (
                    "outputs/cottage-summary.md",
                    "- Arrive from 4 pm on Saturday: the key is in the key safe by the front door, code 4721; leave by 10 am and put it back.\n- Logs for the wood burner are in the shed (the first basket is free) and the Wi-Fi password is on the fridge.\n- Dogs downstairs only; black bin out on Thursday night; the Spar in the village is open till 8 pm.\n"
                )
            ])),
        Intention(
            number: 1310, kind: "extract: recommended tradespeople's names and numbers from a neighbour's tips, a warned-off one left out",
            fixtures: Fresh12.neighbours,
            wordings: [
                (
                    .imperative,
                    "Extract the name and phone number of each tradesperson Gwen recommends in memory/neighbours/gwen-tips.md into outputs/tradespeople.md, one per line"
                ),
                (
                    .request,
                    "Could you pull out the tradespeople my neighbour Gwen recommended, with their phone numbers, from my notes on her tips in memory/neighbours, and list them in outputs/tradespeople.md? Skip anyone she warned me off."
                ),
                (
                    .context,
                    "Now that we own the house things keep breaking, and Gwen next door gave me a whole speech about who to call, which I wrote down in memory/neighbours/gwen-tips.md. Please list the people she recommends in outputs/tradespeople.md, one per line with what they do and their phone number. Leave out the roofer she told me to avoid; the numbers from the street group chat are another matter."
                ),
            ], changed: ["outputs/tradespeople.md"], check: { f in Fresh12.isTradespeople(f("outputs/tradespeople.md")) },
            solution: ops(writes: [
                (
                    "outputs/tradespeople.md",
                    "# Gwen's recommendations\n- Plumber: Dai Hughes, 07700 900311\n- Electrician: Priya Nair, 07700 900422\n- Window cleaner: Bob Jenkins, 07700 900533\n"
                )
            ])),
        Intention(
            number: 1311, kind: "list-and-save: the board games whose player count takes six, by the count inside each note", fixtures: Fresh12.games,
            wordings: [
                (.imperative, "List the games in memory/boardgames that six people can play and save the list to outputs/games-for-six.md"),
                (
                    .request,
                    "We've got six coming round for games night on Friday. Could you check which of my board games in memory/boardgames work for six players and save their names in outputs/games-for-six.md?"
                ),
                (
                    .context,
                    "Friday is games night, and with the neighbours there'll be six of us round the table. Each game we own has a note in memory/boardgames saying how many people can play it. Please go through them and write the ones that take six players to outputs/games-for-six.md, one per line, so I know what to get down from the shelf."
                ),
            ], changed: ["outputs/games-for-six.md"], check: { f in Fresh12.isGamesForSix(f("outputs/games-for-six.md")) },
            solution: ops(writes: [("outputs/games-for-six.md", "- codenames.md\n- sushi-go-party.md\n- wavelength.md\n")])),
        Intention(
            number: 1312, kind: "convert: a Markdown list of seeds and their sowing months to JSON",
            fixtures: ["memory/garden/seeds.md": Fresh12.seeds, "memory/garden/seeds-2025.md": Fresh12.seeds2025],
            wordings: [
                (.imperative, "Convert memory/garden/seeds.md to JSON in outputs/seeds.json, with each seed's name and sowing month"),
                (
                    .request,
                    "Could you turn my list of seeds to sow, seeds.md in memory/garden, into a JSON file at outputs/seeds.json? I need the name and the month for each one."
                ),
                (
                    .context,
                    "I'm setting up a little sowing reminder for the allotment and it wants its data as JSON. This year's seeds are a Markdown list in memory/garden/seeds.md, each with the month to sow it. Please convert that list to JSON in outputs/seeds.json, keeping each seed's name with its month. Last year's list in the same folder doesn't count."
                ),
            ], changed: ["outputs/seeds.json"], check: { f in Fresh12.isSeedsJSON(f("outputs/seeds.json")) },
            solution: ops(writes: [
                (
                    "outputs/seeds.json",
                    "[\n  {\"name\": \"Tomato\", \"month\": \"February\"},\n  {\"name\": \"Beetroot\", \"month\": \"March\"},\n  {\"name\": \"Courgette\", \"month\": \"April\"},\n  {\"name\": \"Sweet pea\", \"month\": \"October\"}\n]\n"
                )
            ])),
        Intention(
            number: 1313, kind: "skill: planning a week of dinners from what's in the fridge",
            fixtures: [
                "skills/README.md": "Each skill is a folder in skills/ holding a SKILL.md.\n", "skills/water-plants/SKILL.md": Fresh12.waterSkill,
                "memory/kitchen/fridge.md": "# In the fridge\n- half a cabbage\n- six eggs\n- feta\n- a bag of spinach\n",
            ],
            wordings: [
                (
                    .imperative,
                    "Create skills/plan-dinners/SKILL.md, a skill named plan-dinners with a description, that plans a week of dinners: read memory/kitchen/fridge.md, use up what's there first, list what to buy, and save the plan in outputs/meal-plans/"
                ),
                (
                    .request,
                    "Could you write me a skill called plan-dinners for planning the week's dinners? It should look at what's in the fridge (memory/kitchen/fridge.md), use that up first, make a shopping list for the rest, and save the plan in outputs/meal-plans."
                ),
                (
                    .context,
                    "Every Sunday I stare into the fridge wondering what we'll eat all week, and half of it ends up in the bin. Please write a skill named plan-dinners, with a name and a description at the top like my water-plants skill, that tells the agent to read the fridge list in memory/kitchen/fridge.md, plan seven dinners that use those things up first, add a shopping list of whatever else is needed, and save it all as a file in outputs/meal-plans."
                ),
            ], changed: ["skills/plan-dinners/SKILL.md"],
            check: { f in
                Fresh12.isDinnerSkill(f("skills/plan-dinners/SKILL.md")) && f("skills/water-plants/SKILL.md") == Fresh12.waterSkill
            },
            solution: ops(writes: [
                (
                    "skills/plan-dinners/SKILL.md",
                    "---\nname: plan-dinners\ndescription: Plan a week of dinners from what is in the fridge.\n---\nRead memory/kitchen/fridge.md and plan seven dinners that use those things up first.\nAdd a shopping list of what else is needed.\nSave the plan in outputs/meal-plans/.\n"
                )
            ])),
        Intention(
            number: 1314, kind: "script: a Python script that prints the library books due back within three days", fixtures: Fresh12.library,
            wordings: [
                (
                    .imperative,
                    "Write memory/library/due_soon.py, a Python script that prints the titles in memory/library/loans.csv due back within the next three days"
                ),
                (
                    .request,
                    "Could you write a little Python script, due_soon.py in memory/library, that checks loans.csv in the same folder and prints which library books are due back in the next three days?"
                ),
                (
                    .context,
                    "Between the three of us we always have a pile of library books out, and we keep paying fines. I keep the loans in memory/library/loans.csv, a title and a due date per book. Please write a Python script, memory/library/due_soon.py, that reads that file and prints the titles due back within three days of today, so I can run it each morning. The old 2025 loans file doesn't matter, and the script must not change any file."
                ),
            ], changed: ["memory/library/due_soon.py"], check: { f in Fresh12.isDueScript(f("memory/library/due_soon.py")) },
            solution: ops(writes: [
                (
                    "memory/library/due_soon.py",
                    "import csv\nfrom datetime import date, timedelta\n\nwith open(\"memory/library/loans.csv\") as f:\n    for row in csv.DictReader(f):\n        if date.fromisoformat(row[\"due\"]) <= date.today() + timedelta(days=3):\n            print(row[\"title\"])\n"
                )
            ])),
    ]
}

extension EverydayTaskSuite {
    /// Correct results in other forms a careful person accepts (a table, another marker, a title,
    /// spacing, another date, number or phone format, another order, quoted CSV cells with CRLF,
    /// another JSON shape, a lost final newline, paths or titles for file names, another way to
    /// write the same script), at least one per intention but the delete (1308), which has no
    /// other form.
    static let fresh12Alternatives: [(Int, String)] = [
        (
            1301,
            ops(writes: [
                (
                    "memory/pets/cat-sitter-notes.md",
                    "Miso: feeding routine\n\n| Time | Food |\n|---|---|\n| 07:00 | 1 pouch wet food |\n| 17:00 | 30g dry biscuits |\n| 22:00 | 3 treats |\n"
                )
            ])
        ),
        (
            1301,
            ops(writes: [
                (
                    "memory/pets/cat-sitter-notes.md",
                    "# Feeding Miso\n\n* **Morning (7am)** – a pouch of wet food\n* **Afternoon (5pm)** – dry biscuits, 30 grams\n* **Night (10pm)** – treats x 3\n\nNo more treats, however much she begs!"
                )
            ])
        ),
        (
            1301,
            ops(writes: [
                (
                    "memory/pets/cat-sitter-notes.md",
                    "10 pm: 3 treats\n5 pm: 30 g dry biscuits\n7 am: 1 pouch of wet food\n"
                )
            ])
        ),
        (
            1302,
            ops(writes: [
                (
                    "memory/home/household.md",
                    Fresh12.home["memory/home/household.md"]!.replacingOccurrences(
                        of: "Recycling: every other Tuesday", with: "Recycling: every other Thursday (was Tuesday)")
                )
            ])
        ),
        (
            1302,
            ops(writes: [
                (
                    "memory/home/household.md",
                    Fresh12.home["memory/home/household.md"]!.replacingOccurrences(
                        of: "- Recycling: every other Tuesday, green box out the night before",
                        with: "- Recycling:  every other Thursday from next month, green box out the night before"
                    ).trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            1302,
            ops(writes: [
                (
                    "memory/home/household.md",
                    Fresh12.home["memory/home/household.md"]!.replacingOccurrences(
                        of: "Recycling: every other Tuesday, green box", with: "Recycling: fortnightly on Thursdays, green box")
                )
            ])
        ),
        (
            1303,
            ops(writes: [
                ("memory/car/fuel-log.csv", Fresh12.car["memory/car/fuel-log.csv"]! + "12/05/2026,38.50,67.4,52310")
            ])
        ),
        (
            1303,
            ops(writes: [
                (
                    "memory/car/fuel-log.csv",
                    (Fresh12.car["memory/car/fuel-log.csv"]! + "\"2026-05-12\",\"38.5\",\"67.40\",\"52,310\"\n").replacingOccurrences(
                        of: "\n", with: "\r\n")
                )
            ])
        ),
        (
            1304,
            ops(
                writes: [("memory/scans/home-insurance-2026.txt", Fresh12.scans["memory/scans/scan-0042.txt"]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/scans/scan-0042.txt"}"#)
        ),
        (
            1305,
            ops(
                writes: [("memory/knitting/finished/fox-mittens.md", Fresh12.knitting["memory/knitting/in-progress/fox-mittens.md"]! + "\n")],
                #"{"op":"delete","path":"memory/knitting/in-progress/fox-mittens.md"}"#)
        ),
        (
            1306,
            ops(
                writes: Fresh12.doneJobs.map {
                    (
                        "memory/garden/jobs/\($0)",
                        Fresh12.jobs["memory/garden/jobs/\($0)"]!.replacingOccurrences(of: "Status: to do", with: "Status: done (10 May)")
                    )
                })
        ),
        (
            1306,
            ops(
                writes: Fresh12.doneJobs.map {
                    (
                        "memory/garden/jobs/\($0)",
                        Fresh12.jobs["memory/garden/jobs/\($0)"]!.replacingOccurrences(of: "Status: to do", with: "**Status:** Done ✅")
                            .trimmingCharacters(in: .newlines)
                    )
                })
        ),
        (
            1307,
            ops(writes: [
                ("memory/jobs/applications/bakery-manager/cv.md", Fresh12.cvs["memory/jobs/cv.md"]!.trimmingCharacters(in: .newlines))
            ])
        ),
        (
            1307,
            ops(writes: [
                ("memory/jobs/applications/bakery-manager/cv.md", Fresh12.cvs["memory/jobs/cv.md"]!.replacingOccurrences(of: "\n", with: "\r\n"))
            ])
        ),
        (
            1309,
            ops(writes: [
                (
                    "outputs/cottage-summary.md",
                    "# Cottage: the essentials\n\n1. Check in from 4pm; key safe left of the front door, code 4721. Check out by 10am.\n2. Wood burner logs in the shed (first basket free); Wi-Fi \"Bwthyn\", password on the fridge.\n3. Dogs welcome downstairs only. Black bin out Thursday night.\n"
                )
            ])
        ),
        (
            1309,
            ops(writes: [
                (
                    "outputs/cottage-summary.md",
                    "• Key safe code 4721, arrival from 4 p.m., leave by 10 a.m.\n• Logs in the shed, Wi-Fi password on the fridge\n• Shop (Spar) two miles away in the village, The Ship does food"
                )
            ])
        ),
        (
            1309,
            ops(writes: [
                (
                    "outputs/cottage-summary.md",
                    "* **Arrival:** any time after 16:00 on Saturday. The key is in the key safe (code 4721).\n* **Departure:** out by 10 am, key back in the safe.\n* **House rules:** dogs downstairs only, and the bin goes out on Thursday night.\n"
                )
            ])
        ),
        (
            1310,
            ops(writes: [
                (
                    "outputs/tradespeople.md",
                    "Tradespeople Gwen recommends\n\n| Trade | Name | Phone |\n|---|---|---|\n| Electrician | Priya Nair | +44 7700 900422 |\n| Window cleaner | Bob Jenkins | +44 7700 900533 |\n| Plumber | Dai Hughes | +44 7700 900311 |\n"
                )
            ])
        ),
        (
            1310,
            ops(writes: [
                (
                    "outputs/tradespeople.md",
                    "Dai Hughes (plumber) - 07700900311\nPriya Nair (electrician) - 07700-900-422\nBob Jenkins (windows, cash only) - 07700 900533"
                )
            ])
        ),
        (
            1311,
            ops(writes: [
                (
                    "outputs/games-for-six.md",
                    "# Games for six\n\n| Game | Players |\n|---|---|\n| Wavelength | 2–12 |\n| Codenames | 4–8 |\n| Sushi Go Party! | 2–8 |\n"
                )
            ])
        ),
        (
            1311,
            ops(writes: [
                (
                    "outputs/games-for-six.md",
                    "memory/boardgames/codenames.md\nmemory/boardgames/wavelength.md\nmemory/boardgames/sushi-go-party.md"
                )
            ])
        ),
        (
            1312,
            ops(writes: [
                ("outputs/seeds.json", "{\"Tomato\": \"February\", \"Beetroot\": \"March\", \"Courgette\": \"April\", \"Sweet pea\": \"October\"}")
            ])
        ),
        (
            1312,
            ops(writes: [
                (
                    "outputs/seeds.json",
                    "{\n    \"seeds\": [\n        {\"sow\": \"october\", \"seed\": \"sweet pea\"},\n        {\"sow\": \"february\", \"seed\": \"tomato\"},\n        {\"sow\": \"march\", \"seed\": \"beetroot\"},\n        {\"sow\": \"april\", \"seed\": \"courgette\"}\n    ]\n}\n"
                )
            ])
        ),
        (
            1312,
            ops(writes: [
                (
                    "outputs/seeds.json",
                    "[{\"name\":\"Tomato\",\"month\":\"Feb\",\"sown\":false},{\"name\":\"Beetroot\",\"month\":\"Mar\",\"sown\":false},{\"name\":\"Courgette\",\"month\":\"Apr\",\"sown\":false},{\"name\":\"Sweet Pea\",\"month\":\"Oct\",\"sown\":false}]"
                )
            ])
        ),
        (
            1313,
            ops(writes: [
                (
                    "skills/plan-dinners/SKILL.md",
                    "---\nname: \"plan-dinners\"\ndescription: >\n  Plans the week's dinners around what is already in the fridge.\n---\n\n# Plan dinners\n\n1. Open `memory/kitchen/fridge.md` and see what needs using.\n2. Plan 7 dinners, using up the fridge first so nothing is wasted.\n3. Write a shopping list of anything else the recipes need.\n4. Save the plan and the list in `outputs/meal-plans/`.\n"
                )
            ])
        ),
        (
            1314,
            ops(writes: [
                (
                    "memory/library/due_soon.py",
                    "import pandas as pd\n\nloans = pd.read_csv(\"memory/library/loans.csv\", parse_dates=[\"due\"])\ntoday = pd.Timestamp.today().normalize()\nsoon = loans[(loans[\"due\"] - today).dt.days <= 3]\nprint(\"\\n\".join(soon[\"title\"]))\n"
                )
            ])
        ),
        (
            1314,
            ops(writes: [
                (
                    "memory/library/due_soon.py",
                    "import csv\nfrom datetime import datetime\n\ntoday = datetime.now().date()\nwith open('memory/library/loans.csv', newline='') as f:\n    reader = csv.reader(f)\n    next(reader)\n    for row in reader:\n        due = datetime.strptime(row[1], '%Y-%m-%d').date()\n        if (due - today).days <= 3:\n            print(row[0])\n"
                )
            ])
        ),
        (
            1314,
            ops(writes: [
                (
                    "memory/library/due_soon.py",
                    "#!/usr/bin/env python3\n\"\"\"Library books due back soon.\"\"\"\nfrom datetime import date, timedelta\nfrom pathlib import Path\n\nDAYS_AHEAD = 3\n\n\ndef main():\n    lines = Path(__file__).with_name(\"loans.csv\").read_text().splitlines()[1:]\n    limit = date.today() + timedelta(days=DAYS_AHEAD)\n    for line in lines:\n        title, due = line.rsplit(\",\", 1)\n        if date.fromisoformat(due.strip()) <= limit:\n            print(f\"{title} (due {due})\")\n\n\nif __name__ == \"__main__\":\n    main()\n"
                )
            ])
        ),
    ]

    /// Wrong or partial results that the twelfth fresh part's checks must refuse, at least four per intention.
    static let fresh12NearMisses: [(Int, String)] = [
        (
            1301,
            ops(writes: [("memory/pets/cat-sitter-notes.md", "- 7 am: one pouch of wet food\n- 5 pm: 50 g of dry biscuits\n- 10 pm: three treats\n")])
        ),
        (1301, ops(writes: [("memory/pets/cat-sitter-notes.md", "- 7 am: one pouch of wet food\n- 5 pm: 30 g of dry biscuits\n")])),
        (
            1301,
            ops(writes: [
                (
                    "memory/pets/cat-sitter-notes.md",
                    "Miso has one pouch of wet food at 7 am, 30 g of dry biscuits at 5 pm and three treats at 10 pm.\n"
                )
            ])
        ),
        (
            1301,
            ops(writes: [
                ("memory/pets/sitter-notes-2024.md", "- 7 am: one pouch of wet food\n- 5 pm: 30 g of dry biscuits\n- 10 pm: three treats\n")
            ])
        ),
        (
            1301,
            ops(writes: [
                ("memory/pets/cat-sitter-notes.md", "- 7 am: three treats\n- 5 pm: one pouch of wet food\n- 10 pm: 30 g of dry biscuits\n")
            ])
        ),
        (
            1301,
            ops(writes: [
                (
                    "memory/pets/cat-sitter-notes.md",
                    "- 7 am: one pouch of wet food\n- 1 pm: a few more biscuits\n- 5 pm: 30 g of dry biscuits\n- 10 pm: three treats\n"
                )
            ])
        ),
        (
            1301,
            ops(writes: [
                ("memory/pets/cat-sitter-notes.md", "```\n- 7 am: one pouch of wet food\n- 5 pm: 30 g of dry biscuits\n- 10 pm: three treats\n```\n")
            ])
        ),
        (
            1301,
            ops(writes: [
                ("memory/pets/cat-sitter-notes.md", "- 7 am: half a pouch of wet food\n- 5 pm: 30 g of dry biscuits\n- 10 pm: three treats\n")
            ])
        ),
        (
            1302,
            ops(writes: [
                ("memory/home/household.md", Fresh12.home["memory/home/household.md"]!.replacingOccurrences(of: "Tuesday", with: "Thursday"))
            ])
        ),
        (
            1302,
            ops(writes: [
                ("memory/home/household.md", Fresh12.home["memory/home/household.md"]! + "- Recycling: every other Thursday\n")
            ])
        ),
        (
            1302,
            ops(writes: [
                (
                    "memory/home/household.md",
                    Fresh12.home["memory/home/household.md"]!.replacingOccurrences(
                        of: "Recycling: every other Tuesday", with: "Recycling: every other Wednesday")
                )
            ])
        ),
        (
            1302,
            ops(writes: [
                (
                    "memory/home/old-house.md",
                    Fresh12.home["memory/home/old-house.md"]!.replacingOccurrences(of: "Tuesday", with: "Thursday")
                )
            ])
        ),
        (
            1302,
            ops(writes: [
                (
                    "memory/home/household.md",
                    Fresh12.home["memory/home/household.md"]!.replacingOccurrences(
                        of: "Recycling: every other Tuesday", with: "Recycling: every other Tuesday and Thursday")
                )
            ])
        ),
        (
            1302,
            ops(writes: [("memory/home/household.md", "- Recycling: every other Thursday, green box out the night before\n")])
        ),
        (
            1302,
            ops(writes: [
                (
                    "memory/home/household.md",
                    "```markdown\n"
                        + Fresh12.home["memory/home/household.md"]!.replacingOccurrences(
                            of: "Recycling: every other Tuesday", with: "Recycling: every other Thursday") + "```\n"
                )
            ])
        ),
        (
            1302,
            ops(writes: [
                (
                    "memory/home/household.md",
                    Fresh12.home["memory/home/household.md"]!.replacingOccurrences(
                        of: "- Recycling: every other Tuesday, green box out the night before", with: "- Recycling: Thursday")
                )
            ])
        ),
        (
            1303,
            ops(writes: [("memory/car/van-fuel-log.csv", Fresh12.car["memory/car/van-fuel-log.csv"]! + "2026-05-12,38.5,67.40,52310\n")])
        ),
        (
            1303,
            ops(writes: [
                (
                    "memory/car/fuel-log.csv",
                    Fresh12.car["memory/car/fuel-log.csv"]!.replacingOccurrences(
                        of: "odometer_km\n", with: "odometer_km\n2026-05-12,38.5,67.40,52310\n")
                )
            ])
        ),
        (1303, ops(writes: [("memory/car/fuel-log.csv", Fresh12.car["memory/car/fuel-log.csv"]! + "2026-05-12,67.40,38.5,52310\n")])),
        (1303, ops(writes: [("memory/car/fuel-log.csv", Fresh12.car["memory/car/fuel-log.csv"]! + "2026-05-12,38.5,67.40,52130\n")])),
        (1303, ops(writes: [("memory/car/fuel-log.csv", "date,litres,cost_eur,odometer_km\n2026-05-12,38.5,67.40,52310\n")])),
        (1303, ops(writes: [("memory/car/fuel-log.csv", Fresh12.car["memory/car/fuel-log.csv"]! + "| 2026-05-12 | 38.5 | 67.40 | 52310 |\n")])),
        (1303, ops(writes: [("memory/car/fuel-log.csv", Fresh12.car["memory/car/fuel-log.csv"]! + "2026-12-05,38.5,67.40,52310\n")])),
        (
            1303,
            ops(writes: [("memory/car/fuel-log.csv", "```csv\n" + Fresh12.car["memory/car/fuel-log.csv"]! + "2026-05-12,38.5,67.40,52310\n```\n")])
        ),
        (1304, ops(#"{"op":"move","from":"memory/scans/scan-0041.txt","to":"memory/scans/home-insurance-2026.txt"}"#)),
        (1304, ops(writes: [("memory/scans/home-insurance-2026.txt", Fresh12.scans["memory/scans/scan-0042.txt"]!)])),
        (1304, ops(#"{"op":"move","from":"memory/scans/scan-0042.txt","to":"memory/home-insurance-2026.txt"}"#)),
        (1304, ops(#"{"op":"move","from":"memory/scans/scan-0042.txt","to":"memory/scans/home-insurance-2026.md"}"#)),
        (
            1304,
            ops(
                writes: [("memory/scans/home-insurance-2026.txt", "Home insurance certificate, policy HX-22817\n")],
                #"{"op":"delete","path":"memory/scans/scan-0042.txt"}"#)
        ),
        (
            1304,
            ops(
                #"{"op":"move","from":"memory/scans/scan-0042.txt","to":"memory/scans/home-insurance-2026.txt"}"#,
                #"{"op":"move","from":"memory/scans/scan-0041.txt","to":"memory/scans/car-insurance-2026.txt"}"#)
        ),
        (1305, ops(#"{"op":"move","from":"memory/knitting/in-progress/fox-hat.md","to":"memory/knitting/finished/fox-hat.md"}"#)),
        (
            1305,
            ops(
                #"{"op":"move","from":"memory/knitting/in-progress/fox-mittens.md","to":"memory/knitting/finished/fox-mittens.md"}"#,
                #"{"op":"move","from":"memory/knitting/in-progress/fox-hat.md","to":"memory/knitting/finished/fox-hat.md"}"#)
        ),
        (
            1305,
            ops(writes: [("memory/knitting/finished/fox-mittens.md", Fresh12.knitting["memory/knitting/in-progress/fox-mittens.md"]!)])
        ),
        (1305, ops(#"{"op":"move","from":"memory/knitting/in-progress/fox-mittens.md","to":"memory/knitting/fox-mittens.md"}"#)),
        (1305, ops(#"{"op":"move","from":"memory/knitting/in-progress/fox-mittens.md","to":"memory/knitting/finished/mittens.md"}"#)),
        (
            1305,
            ops(
                #"{"op":"move","from":"memory/knitting/in-progress/fox-mittens.md","to":"memory/knitting/finished/in-progress/fox-mittens.md"}"#
            )
        ),
        (
            1306,
            ops(
                writes: Fresh12.doneJobs.prefix(2).map {
                    (
                        "memory/garden/jobs/\($0)",
                        Fresh12.jobs["memory/garden/jobs/\($0)"]!.replacingOccurrences(of: "Status: to do", with: "Status: done")
                    )
                })
        ),
        (
            1306,
            ops(
                writes: (Fresh12.doneJobs + ["sow-carrots.md"]).map {
                    (
                        "memory/garden/jobs/\($0)",
                        Fresh12.jobs["memory/garden/jobs/\($0)"]!.replacingOccurrences(of: "Status: to do", with: "Status: done")
                    )
                })
        ),
        (
            1306,
            ops(writes: Fresh12.doneJobs.map { ("memory/garden/jobs/\($0)", Fresh12.jobs["memory/garden/jobs/\($0)"]! + "Status: done\n") })
        ),
        (
            1306,
            ops(
                writes: Fresh12.doneJobs.map {
                    (
                        "memory/garden/jobs/\($0)",
                        Fresh12.jobs["memory/garden/jobs/\($0)"]!.replacingOccurrences(of: "Status: to do", with: "Status: in progress")
                    )
                })
        ),
        (1306, ops(writes: Fresh12.doneJobs.map { ("memory/garden/jobs/\($0)", "Status: done\n") })),
        (
            1306,
            ops(
                #"{"op":"delete","path":"memory/garden/jobs/prune-roses.md"}"#, #"{"op":"delete","path":"memory/garden/jobs/mulch-beds.md"}"#,
                #"{"op":"delete","path":"memory/garden/jobs/clean-pond.md"}"#)
        ),
        (
            1306,
            ops(
                writes: Fresh12.doneJobs.map {
                    (
                        "memory/garden/jobs/\($0)",
                        Fresh12.jobs["memory/garden/jobs/\($0)"]!.replacingOccurrences(of: "Status: to do", with: "Status: to do (done?)")
                    )
                })
        ),
        (1307, ops(#"{"op":"move","from":"memory/jobs/cv.md","to":"memory/jobs/applications/bakery-manager/cv.md"}"#)),
        (1307, ops(writes: [("memory/jobs/applications/bakery-manager/cv.md", Fresh12.cvs["memory/jobs/cv-2022.md"]!)])),
        (1307, ops(writes: [("memory/jobs/applications/cafe-supervisor/cv.md", Fresh12.cvs["memory/jobs/cv.md"]!)])),
        (1307, ops(writes: [("memory/jobs/applications/bakery-manager/cv-copy.md", Fresh12.cvs["memory/jobs/cv.md"]!)])),
        (
            1307,
            ops(writes: [
                (
                    "memory/jobs/applications/bakery-manager/cv.md",
                    Fresh12.cvs["memory/jobs/cv.md"]!.components(separatedBy: "## Skills")[0]
                )
            ])
        ),
        (1307, ops(writes: [("memory/jobs/applications/bakery-manager/cv.md", "```markdown\n" + Fresh12.cvs["memory/jobs/cv.md"]! + "```\n")])),
        (
            1307,
            ops(writes: [
                ("memory/jobs/applications/bakery-manager/cv.md", Fresh12.cvs["memory/jobs/cv.md"]!),
                ("memory/jobs/cv.md", Fresh12.cvs["memory/jobs/cv.md"]! + "- bakery management\n"),
            ])
        ),
        (1308, ops(#"{"op":"delete","path":"memory/appointments/dentist-amira.md"}"#)),
        (
            1308,
            ops(#"{"op":"delete","path":"memory/appointments/dentist-leo.md"}"#, #"{"op":"delete","path":"memory/appointments/dentist-amira.md"}"#)
        ),
        (
            1308,
            ops(#"{"op":"delete","path":"memory/appointments/dentist-leo.md"}"#, #"{"op":"delete","path":"memory/appointments/optician-leo.md"}"#)
        ),
        (1308, ops(writes: [("memory/appointments/dentist-leo.md", "")])),
        (1308, ops(#"{"op":"move","from":"memory/appointments/dentist-leo.md","to":"memory/appointments/cancelled/dentist-leo.md"}"#)),
        (
            1308,
            ops(writes: [("memory/appointments/dentist-leo.md", "CANCELLED\n" + Fresh12.appointments["memory/appointments/dentist-leo.md"]!)])
        ),
        (1309, ops(writes: [("outputs/cottage-summary.md", Fresh12.cottageEmail)])),
        (
            1309,
            ops(writes: [
                (
                    "outputs/cottage-summary.md",
                    "- Arrive from 4 pm; key safe code 4721.\n- Leave by 10 am.\n- Logs in the shed.\n- Wi-Fi password on the fridge.\n- Dogs downstairs only.\n"
                )
            ])
        ),
        (
            1309,
            ops(writes: [
                (
                    "outputs/cottage-summary.md",
                    "Arrive from 4 pm and get the key from the key safe, code 4721. Leave by 10 am. The logs are in the shed and the Wi-Fi password is on the fridge.\n"
                )
            ])
        ),
        (
            1309,
            ops(writes: [
                (
                    "outputs/cottage-summary.md",
                    "- Arrive from 4 pm: the key is in the key safe by the front door, code 4712.\n- Logs for the wood burner are in the shed.\n- Leave by 10 am.\n"
                )
            ])
        ),
        (
            1309,
            ops(writes: [
                (
                    "outputs/cottage-summary.md",
                    "- Check in from 3 pm; the key is under the flowerpot by the back door.\n- Check out by 11 am.\n- No dogs.\n"
                )
            ])
        ),
        (
            1309,
            ops(writes: [
                (
                    "memory/holiday/cottage-summary.md",
                    "- Arrive from 4 pm: key safe by the front door, code 4721.\n- Logs in the shed; Wi-Fi password on the fridge.\n- Leave by 10 am.\n"
                )
            ])
        ),
        (
            1309,
            ops(writes: [
                (
                    "outputs/cottage-summary.md",
                    "- The cottage was Gwyneth's grandmother's.\n- The weather has been glorious.\n- The sunsets are something else.\n"
                )
            ])
        ),
        (
            1309,
            ops(writes: [
                (
                    "outputs/cottage-summary.md",
                    "```\n- Arrive from 4 pm: key safe by the front door, code 4721.\n- Logs in the shed; Wi-Fi password on the fridge.\n- Leave by 10 am.\n```\n"
                )
            ])
        ),
        (
            1310,
            ops(writes: [
                (
                    "outputs/tradespeople.md",
                    "- Dai Hughes, 07700 900311\n- Priya Nair, 07700 900422\n- Kev Price, 07700 900644\n- Bob Jenkins, 07700 900533\n"
                )
            ])
        ),
        (1310, ops(writes: [("outputs/tradespeople.md", "- Dai Hughes, 07700 900311\n- Priya Nair, 07700 900422\n")])),
        (
            1310,
            ops(writes: [
                ("outputs/tradespeople.md", "- Dai Hughes, 07700 900422\n- Priya Nair, 07700 900311\n- Bob Jenkins, 07700 900533\n")
            ])
        ),
        (
            1310,
            ops(writes: [
                ("outputs/tradespeople.md", "Dai Hughes 07700 900311, Priya Nair 07700 900422, Bob Jenkins 07700 900533\n")
            ])
        ),
        (
            1310,
            ops(writes: [
                (
                    "memory/neighbours/tradespeople.md",
                    "- Dai Hughes, 07700 900311\n- Priya Nair, 07700 900422\n- Bob Jenkins, 07700 900533\n"
                )
            ])
        ),
        (
            1310,
            ops(writes: [
                (
                    "outputs/tradespeople.md",
                    "- Dai Hughes, 07700 900311\n- Priya Nair, 07700 900422\n- Bob Jenkins, 07700 900533\n- Tomasz (builder), 07700 900755\n"
                )
            ])
        ),
        (
            1310,
            ops(writes: [
                ("outputs/tradespeople.md", "```\n- Dai Hughes, 07700 900311\n- Priya Nair, 07700 900422\n- Bob Jenkins, 07700 900533\n```\n")
            ])
        ),
        (1310, ops(writes: [("outputs/tradespeople.md", "- Plumber: Dai Hughes\n- Electrician: Priya Nair\n- Window cleaner: Bob Jenkins\n")])),
        (1311, ops(writes: [("outputs/games-for-six.md", "- codenames.md\n- sushi-go-party.md\n- wavelength.md\n- carcassonne.md\n")])),
        (1311, ops(writes: [("outputs/games-for-six.md", "- codenames.md\n- sushi-go-party.md\n")])),
        (
            1311,
            ops(writes: [
                (
                    "outputs/games-for-six.md",
                    "- azul.md\n- carcassonne.md\n- codenames.md\n- sushi-go-party.md\n- ticket-to-ride.md\n- wavelength.md\n"
                )
            ])
        ),
        (1311, ops(writes: [("outputs/games-for-six.md", "Codenames, Sushi Go Party! and Wavelength\n")])),
        (1311, ops(writes: [("memory/boardgames/games-for-six.md", "- codenames.md\n- sushi-go-party.md\n- wavelength.md\n")])),
        (1311, ops(writes: [("outputs/games-for-six.md", "```\ncodenames.md\nsushi-go-party.md\nwavelength.md\n```\n")])),
        (1311, ops(writes: [("outputs/games-for-six.md", "- Azul\n- Carcassonne\n- Ticket to Ride\n")])),
        (1312, ops(writes: [("outputs/seeds.json", Fresh12.seeds)])),
        (
            1312,
            ops(writes: [
                (
                    "outputs/seeds.json",
                    "[{\"name\": \"Tomato\", \"month\": \"February\"}, {\"name\": \"Beetroot\", \"month\": \"March\"}, {\"name\": \"Courgette\", \"month\": \"April\"}]"
                )
            ])
        ),
        (
            1312,
            ops(writes: [
                (
                    "outputs/seeds.json",
                    "[{\"name\": \"Tomato\", \"month\": \"March\"}, {\"name\": \"Beetroot\", \"month\": \"March\"}, {\"name\": \"Courgette\", \"month\": \"April\"}, {\"name\": \"Sweet pea\", \"month\": \"October\"}]"
                )
            ])
        ),
        (
            1312,
            ops(writes: [
                (
                    "outputs/seeds.json",
                    "[{\"name\": \"Tomato\", \"month\": \"March\"}, {\"name\": \"Beetroot\", \"month\": \"February\"}, {\"name\": \"Courgette\", \"month\": \"April\"}, {\"name\": \"Sweet pea\", \"month\": \"October\"}]"
                )
            ])
        ),
        (
            1312,
            ops(writes: [
                (
                    "outputs/seeds.json",
                    "```json\n[{\"name\": \"Tomato\", \"month\": \"February\"}, {\"name\": \"Beetroot\", \"month\": \"March\"}, {\"name\": \"Courgette\", \"month\": \"April\"}, {\"name\": \"Sweet pea\", \"month\": \"October\"}]\n```\n"
                )
            ])
        ),
        (
            1312,
            ops(writes: [
                (
                    "outputs/seeds.json",
                    "[{name: 'Tomato', month: 'February'}, {name: 'Beetroot', month: 'March'}, {name: 'Courgette', month: 'April'}, {name: 'Sweet pea', month: 'October'}]\n"
                )
            ])
        ),
        (1312, ops(writes: [("outputs/seeds.json", "name,month\nTomato,February\nBeetroot,March\nCourgette,April\nSweet pea,October\n")])),
        (1312, ops(writes: [("outputs/seeds.json", "[\"Tomato\", \"Beetroot\", \"Courgette\", \"Sweet pea\"]\n")])),
        (
            1312,
            ops(writes: [
                (
                    "outputs/seeds.md",
                    "[{\"name\": \"Tomato\", \"month\": \"February\"}, {\"name\": \"Beetroot\", \"month\": \"March\"}, {\"name\": \"Courgette\", \"month\": \"April\"}, {\"name\": \"Sweet pea\", \"month\": \"October\"}]"
                )
            ])
        ),
        (
            1313,
            ops(writes: [
                (
                    "skills/plan-dinners/SKILL.md",
                    "# Plan dinners\nRead memory/kitchen/fridge.md, plan seven dinners that use it up first, write a shopping list, and save it in outputs/meal-plans/.\n"
                )
            ])
        ),
        (
            1313,
            ops(writes: [
                (
                    "skills/plan-dinners/SKILL.md",
                    "---\nname: Plan Dinners\ndescription: Plan a week of dinners from the fridge.\n---\nRead memory/kitchen/fridge.md, plan seven dinners that use it up first, write a shopping list, and save it in outputs/meal-plans/.\n"
                )
            ])
        ),
        (
            1313,
            ops(writes: [
                (
                    "skills/plan-dinners.md",
                    "---\nname: plan-dinners\ndescription: Plan a week of dinners from the fridge.\n---\nRead memory/kitchen/fridge.md, plan seven dinners that use it up first, write a shopping list, and save it in outputs/meal-plans/.\n"
                )
            ])
        ),
        (
            1313,
            ops(writes: [
                (
                    "skills/plan-dinners/SKILL.md",
                    "---\nname: plan-dinners\n---\nRead memory/kitchen/fridge.md, plan seven dinners that use it up first, write a shopping list, and save it in outputs/meal-plans/.\n"
                )
            ])
        ),
        (
            1313,
            ops(writes: [
                (
                    "skills/plan-dinners/SKILL.md",
                    "---\nname: plan-dinners\ndescription: Plan a week of dinners from the fridge.\n---\nRead memory/kitchen/fridge.md, plan seven dinners that use it up first, and save them in outputs/meal-plans/.\n"
                )
            ])
        ),
        (
            1313,
            ops(writes: [
                (
                    "skills/plan-dinners/SKILL.md",
                    "---\nname: plan-dinners\ndescription: Plan a week of dinners from the fridge.\n---\nRead memory/kitchen/fridge.md, plan seven dinners that use it up first, and write a shopping list.\n"
                )
            ])
        ),
        (
            1313,
            ops(writes: [
                (
                    "skills/plan-dinners/SKILL.md",
                    "```markdown\n---\nname: plan-dinners\ndescription: Plan a week of dinners from the fridge.\n---\nRead memory/kitchen/fridge.md, plan seven dinners that use it up first, write a shopping list, and save it in outputs/meal-plans/.\n```\n"
                )
            ])
        ),
        (
            1313,
            ops(writes: [
                (
                    "skills/water-plants/SKILL.md",
                    Fresh12.waterSkill
                        + "\n## Dinners\nRead memory/kitchen/fridge.md, plan seven dinners that use it up first, write a shopping list, and save it in outputs/meal-plans/.\n"
                )
            ])
        ),
        (
            1314,
            ops(writes: [
                (
                    "memory/library/due_soon.py",
                    "import csv\n\nwith open(\"memory/library/loans.csv\") as f:\n    for row in csv.DictReader(f):\n        print(row[\"title\"])\n"
                )
            ])
        ),
        (
            1314,
            ops(writes: [
                (
                    "memory/library/due_soon.py",
                    "import csv\nfrom datetime import date, timedelta\n\nwith open(\"memory/library/loans-2025.csv\") as f:\n    for row in csv.DictReader(f):\n        if date.fromisoformat(row[\"due\"]) <= date.today() + timedelta(days=3):\n            print(row[\"title\"])\n"
                )
            ])
        ),
        (
            1314,
            ops(writes: [
                (
                    "memory/library/due_soon.py",
                    "import csv\nfrom datetime import date, timedelta\n\ntoday = date(2026, 5, 11)\nwith open(\"memory/library/loans.csv\") as f:\n    for row in csv.DictReader(f):\n        if date.fromisoformat(row[\"due\"]) <= today + timedelta(days=3):\n            print(row[\"title\"])\n"
                )
            ])
        ),
        (
            1314,
            ops(writes: [
                (
                    "memory/library/due_soon.py",
                    "import csv\nfrom datetime import date, timedelta\n\nwith open(\"memory/library/loans.csv\") as f:\n    for row in csv.DictReader(f):\n        if date.fromisoformat(row[\"due\"]) <= date.today() + timedelta(days=30):\n            print(row[\"title\"])\n"
                )
            ])
        ),
        (
            1314,
            ops(writes: [
                (
                    "memory/library/due_soon.py",
                    "```python\nimport csv\nfrom datetime import date, timedelta\n\nwith open(\"memory/library/loans.csv\") as f:\n    for row in csv.DictReader(f):\n        if date.fromisoformat(row[\"due\"]) <= date.today() + timedelta(days=3):\n            print(row[\"title\"])\n```\n"
                )
            ])
        ),
        (
            1314,
            ops(writes: [
                (
                    "memory/library/due_soon.py",
                    "#!/bin/sh\nawk -F, -v d=\"$(date -d '+3 days' +%F)\" 'NR > 1 && $2 <= d { print $1 }' memory/library/loans.csv\n"
                )
            ])
        ),
        (
            1314,
            ops(writes: [
                (
                    "outputs/due_soon.py",
                    "import csv\nfrom datetime import date, timedelta\n\nwith open(\"memory/library/loans.csv\") as f:\n    for row in csv.DictReader(f):\n        if date.fromisoformat(row[\"due\"]) <= date.today() + timedelta(days=3):\n            print(row[\"title\"])\n"
                )
            ])
        ),
        (
            1314,
            ops(writes: [
                (
                    "memory/library/due_soon.py",
                    "import csv\nfrom datetime import date, timedelta\n\nsoon = []\nwith open(\"memory/library/loans.csv\") as f:\n    for row in csv.DictReader(f):\n        if date.fromisoformat(row[\"due\"]) <= date.today() + timedelta(days=3):\n            soon.append(row[\"title\"])\nwith open(\"memory/library/loans.csv\", \"w\") as f:\n    f.write(\"\\n\".join(soon))\nprint(soon)\n"
                )
            ])
        ),
        (
            1314,
            ops(writes: [
                (
                    "memory/library/due_soon.py",
                    "# import csv\n# from datetime import date, timedelta\n# with open(\"memory/library/loans.csv\") as f:\n#     for row in csv.DictReader(f):\n#         if date.fromisoformat(row[\"due\"]) <= date.today() + timedelta(days=3):\n#             print(row[\"title\"])\n"
                )
            ])
        ),
    ]
}

/// The twelfth fresh part's fixtures and the helpers its checks share.
private enum Fresh12 {
    static let pets: [String: String] = [
        "memory/pets/vet.md": "# Vet\nHarbour Vets, 01632 960123\nMiso's boosters are due in September.\n",
        "memory/pets/sitter-notes-2024.md":
            "# For the sitter (2024, when we had Pepper)\n- 8 am: half a tin of dog food and a walk\n- 6 pm: the other half\n",
    ]
    static let home: [String: String] = [
        "memory/home/household.md": """
        # Household
        - Recycling: every other Tuesday, green box out the night before
        - Garden waste: every Tuesday, brown bin
        - Window cleaner: first Monday of the month, 15 EUR
        - Boiler service: due in October

        """,
        "memory/home/old-house.md": "# Old house (Elm Road)\n- Recycling: every Tuesday\n- Bins: Friday\n",
    ]
    static let car: [String: String] = [
        "memory/car/fuel-log.csv":
            "date,litres,cost_eur,odometer_km\n2026-03-02,41.8,70.65,51204\n2026-03-29,39.1,66.08,51733\n2026-04-22,40.3,68.51,52018\n",
        "memory/car/van-fuel-log.csv": "date,litres,cost_eur,odometer_km\n2026-04-02,62.0,104.16,88120\n2026-04-30,58.4,98.11,88790\n",
        "memory/car/service.md": "# Car service\nLast service: January, 50,800 km. Next at 60,000 km.\n",
    ]
    static let scans: [String: String] = [
        "memory/scans/scan-0041.txt": "Certificate of motor insurance\nPolicy MC-55102, valid 1 March 2026 to 28 February 2027\n",
        "memory/scans/scan-0042.txt":
            "Certificate of home insurance\nPolicy HX-22817, buildings and contents\nValid 1 June 2026 to 31 May 2027\n",
        "memory/scans/scan-0043.txt": "Letter from the tax office about this year's refund\n",
        "memory/scans/passport-renewal.txt": "Passport renewal receipt, application 7731\n",
    ]
    static let knitting: [String: String] = [
        "memory/knitting/in-progress/fox-mittens.md":
            "# Fox mittens\nYarn: 2 balls of orange DK, 1 of white\nNeedles: 3.75 mm\nBoth mittens knitted, ears sewn on\n",
        "memory/knitting/in-progress/fox-hat.md": "# Fox hat (to match the mittens)\nRibbing done, starting the ears\n",
        "memory/knitting/in-progress/cable-scarf.md": "# Cable scarf\nYarn: grey aran\nRow 212 of about 400\n",
        "memory/knitting/finished/baby-blanket.md": "# Baby blanket for Ines\nFinished in February\n",
    ]
    static let doneJobs = ["prune-roses.md", "mulch-beds.md", "clean-pond.md"]
    static let jobs: [String: String] = [
        "memory/garden/jobs/prune-roses.md": "# Prune the roses\nWhen: late winter\nStatus: to do\n",
        "memory/garden/jobs/mulch-beds.md": "# Mulch the beds\nWhen: spring, after rain\nStatus: to do\n",
        "memory/garden/jobs/clean-pond.md": "# Clean the pond\nWhen: before the frogs spawn\nStatus: to do\n",
        "memory/garden/jobs/sow-carrots.md": "# Sow carrots\nWhen: April to June\nStatus: to do\n",
        "memory/garden/jobs/cut-hedge.md": "# Cut the hedge\nWhen: autumn\nStatus: done (October)\n",
    ]
    static let cvs: [String: String] = [
        "memory/jobs/cv.md": """
        # Marta Kowalczyk
        marta.k@example.com

        ## Experience
        - 2021 to now: shift supervisor, Crumbs Bakery
        - 2018 to 2021: barista, The Daily Grind

        ## Skills
        - food hygiene level 3
        - rota planning and stock ordering

        """,
        "memory/jobs/cv-2022.md": "# Marta Kowalczyk\n## Experience\n- 2018 to 2021: barista, The Daily Grind\n",
        "memory/jobs/applications/cafe-supervisor/cv.md": "# Marta Kowalczyk\nCafé supervisor application\n- shift supervisor, Crumbs Bakery\n",
        "memory/jobs/applications/bakery-manager/advert.md": "# Bakery manager, Rise & Shine\nClosing date: 30 May\n",
    ]
    static let appointments: [String: String] = [
        "memory/appointments/dentist-leo.md": "# Dentist: Leo\nFriday 15 May, 3:40 pm, Dr Haddad\nCheck-up\n",
        "memory/appointments/dentist-amira.md": "# Dentist: Amira\nFriday 15 May, 4:00 pm, Dr Haddad\nCheck-up and clean\n",
        "memory/appointments/optician-leo.md": "# Optician: Leo\nTuesday 19 May, 10 am, eye test\n",
    ]
    static let cottageEmail = """
        # Email from Gwyneth about Bwthyn Bach, our stay from Saturday

        Hello both,

        Thank you so much for booking Bwthyn Bach! The cottage was my grandmother's and we spent years doing it up, so \
        it's lovely to see families enjoying it. The weather here has been glorious lately, though it can turn quickly, \
        so do pack waterproofs.

        You can arrive any time from 4 pm on Saturday. The key is in the key safe to the left of the front door; the \
        code is 4721. On your last day please leave by 10 am and pop the key back in the safe.

        There's a wood burner in the sitting room and the logs are in the shed at the back; the first basket is on us, \
        after that it's £6 a basket in the honesty box. The Wi-Fi is called Bwthyn and the password is on the fridge door.

        Dogs are very welcome downstairs, but please keep them off the beds and out of the upstairs rooms. The black bin \
        goes out on Thursday night for the Friday morning collection.

        The nearest shop is the Spar in the village, about two miles away and open until 8 pm, and The Ship does lovely \
        food if you don't fancy cooking. Oh, and the beach is a ten-minute walk down the lane; the sunsets are something else!

        Do shout if you need anything at all.

        Warm wishes,
        Gwyneth

        """
    static let cottageEmail2025 =
        "# Email from Jenny (cottage near St Ives, Cornwall), July 2025\nThe key is under the flowerpot by the back door. Check-in from 3 pm, check-out by 11 am. No dogs, sorry!\n"
    static let neighbours: [String: String] = [
        "memory/neighbours/gwen-tips.md": """
        # Gwen's tips (from next door)

        Gwen has lived on the street for thirty years and knows everyone. For the dripping tap she swears by her \
        plumber, Dai Hughes (07700 900311); he isn't cheap but he turns up when he says he will. Her electrician is \
        Priya Nair, 07700 900422, who rewired Gwen's kitchen last spring. She said to avoid the roofer, Kev Price \
        (07700 900644): he took a deposit and never came back. For the windows, Bob Jenkins does the whole street \
        every month, 07700 900533, cash only.

        """,
        "memory/neighbours/street-group-chat.md": "# Street group chat\nTomasz, builder, 07700 900755, did the extension at number 4.\n",
    ]
    static let games: [String: String] = [
        "memory/boardgames/carcassonne.md": "# Carcassonne\nPlayers: 2–5\nAbout 45 minutes\n",
        "memory/boardgames/codenames.md": "# Codenames\nPlayers: 4–8, in two teams\n15 minutes a round\n",
        "memory/boardgames/ticket-to-ride.md": "# Ticket to Ride\nPlayers: 2–5\nAbout an hour\n",
        "memory/boardgames/wavelength.md": "# Wavelength\nPlayers: 2–12\nA party game of guessing\n",
        "memory/boardgames/azul.md": "# Azul\nPlayers: 2–4\n",
        "memory/boardgames/sushi-go-party.md": "# Sushi Go Party!\nPlayers: 2–8\n",
    ]
    static let seeds = "# Seeds to sow this year\n- Tomato: February\n- Beetroot: March\n- Courgette: April\n- Sweet pea: October\n"
    static let seeds2025 = "# Seeds, 2025\n- Tomato: March\n- Leek: April\n"
    static let waterSkill =
        "---\nname: water-plants\ndescription: Say which house plants need watering today.\n---\nRead the plant notes in memory/plants and list the ones due for water.\n"
    static let library: [String: String] = [
        "memory/library/loans.csv": "title,due\nThe Very Hungry Caterpillar,2026-05-14\nA Field Guide to Moths,2026-05-21\nThe Gruffalo,2026-05-12\n",
        "memory/library/loans-2025.csv": "title,due\nThe Tiger Who Came to Tea,2025-11-03\n",
        "memory/library/notes.md": "# Library\nRenew online with the card number on the fridge.\n",
    ]

    /// Whether `text` gives Miso's three feeds, one entry each, any order: 7 am a pouch of wet
    /// food, 5 pm 30 g of biscuits, 10 pm three treats, and no other timed entry; lines without a
    /// time (a title, a header, a reminder) are allowed.
    static func isFeeds(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let entries = Judge.items(t).filter { !Judge.isTableRule($0) }.map { $0.lowercased() }
        let times = [
            #"\b0?7(:00)?\s*(am|a\.m\.)|\b0?7[:.]00\b|\bseven\b"#, #"\b0?5(:00)?\s*(pm|p\.m\.)|\b17[:.]00\b|\bfive\b"#,
            #"\b10(:00)?\s*(pm|p\.m\.)|\b22[:.]00\b|\bten\b"#,
        ]
        let feeds = [
            #"(?<!half )\b(1|one|a)\s+(whole\s+)?(pouch|sachet)"#, #"\b30\s*(g|grams?|gr)\b|\bthirty\s+grams?\b"#,
            #"\b(3|three)\b[^\d]*\btreats?\b|\btreats?\b[^\d]*\b(3|three)\b"#,
        ]
        let anyTime = #"\b\d{1,2}(:\d{2})?\s*(am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b"#
        let timed = entries.filter { e in Judge.has(e, anyTime) || times.contains { Judge.has(e, $0) } }
        guard timed.count == times.count else { return false }
        let which = timed.map { e in times.indices.filter { Judge.has(e, times[$0]) } }
        guard which.allSatisfy({ $0.count == 1 }), Set(which.map { $0[0] }).count == times.count else { return false }
        return timed.indices.allSatisfy { i in feeds.indices.filter { Judge.has(timed[i], feeds[$0]) } == which[i] }
    }

    /// Whether `text` is the household note with only the recycling line changed: now on
    /// Thursdays (a Tuesday it was said to have been aside), still every other week, still the
    /// green box.
    static func isHousehold(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(home["memory/home/household.md"])
        let got = Judge.lines(t)
        guard got.count == want.count, let i = want.firstIndex(where: { $0.hasPrefix("- Recycling") }) else { return false }
        let line = got[i].lowercased()
        let said = line.replacingOccurrences(
            of: #"\b(was|from|instead of|not|formerly|previously|no longer|rather than|moved from)\s+(on\s+)?(every other\s+)?tue(s|sday|sdays)?\b"#,
            with: " ", options: .regularExpression)
        return line.contains("recycl") && Judge.has(said, #"\bthu(rs)?(day)?s?\b"#) && !Judge.has(said, #"\btue(s)?(day)?s?\b"#)
            && Judge.has(line, #"every other|fortnight|alternate|every two weeks"#) && line.contains("green box")
            && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
    }

    /// Whether `text` is the fuel log as it was with one more last row: 12 May, 38.5 litres,
    /// 67.40 EUR and 52310 km in the log's four columns (another date or number format passes).
    static func isFuelLog(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !t.contains("|") else { return false }
        let want = Judge.lines(car["memory/car/fuel-log.csv"])
        let got = Judge.lines(t)
        guard got.count == want.count + 1, Array(got.prefix(want.count)) == want, let last = got.last else { return false }
        let cells = Judge.csvCells(last)
        guard cells.count == 4 else { return false }
        let number = { (s: String) in
            Double(
                s.lowercased().replacingOccurrences(of: #"eur|€|litres?|\bl\b"#, with: "", options: .regularExpression).trimmingCharacters(
                    in: .whitespaces))
        }
        return Judge.hasDate(cells[0].lowercased(), day: 12, month: 5) && number(cells[1]) == 38.5 && number(cells[2]) == 67.4
            && cells[3].filter(\.isNumber) == "52310"
    }

    /// Whether `text` is the job note `was` with only its status line changed, to done.
    static func isMarkedDone(_ text: String?, _ was: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(was)
        let got = Judge.lines(t)
        guard got.count == want.count, let i = want.firstIndex(where: { $0.hasPrefix("Status:") }) else { return false }
        let line = got[i].lowercased()
        return Judge.has(line, #"^\W*status"#) && Judge.has(line, #"\bdone\b|\bfinished\b|\bcompleted?\b|✅|✔|\[x\]"#)
            && !Judge.has(line, #"to ?-?do|not done|pending|in progress|\?"#) && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
    }

    /// Whether `text` sums up this year's cottage email in three bullet points (a short title
    /// aside), each short, with at least three of its practical facts, no code, time or detail it
    /// does not give and nothing from last year's email.
    static func isCottageSummary(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let all = Judge.lines(t)
        let marker = #"^([-*+•]|\d+[.)])\s+"#
        let bullets = all.filter { Judge.has($0, marker) }
        let others = all.filter { !Judge.has($0, marker) }
        guard bullets.count == 3, others.count <= 1, others.allSatisfy({ $0.split(separator: " ").count <= 10 }) else { return false }
        let words = bullets.map { $0.split(separator: " ").filter { $0.contains { $0.isLetter || $0.isNumber } }.count }
        guard words.allSatisfy({ $0 >= 3 && $0 <= 40 }), words.reduce(0, +) <= 90 else { return false }
        let low = bullets.joined(separator: "\n").lowercased()
        let facts = [
            #"key ?safe|4721"#, #"check[- ]?in|arriv|\b4 ?p\.?m|16[:.]00"#, #"check[- ]?out|\bleave\b|departure|10 ?a\.?m|10[:.]00"#,
            #"\blogs?\b|wood ?burner|stove|\bshed\b"#, #"wi-?fi|password|bwthyn"#, #"\bdogs?\b"#, #"\bbins?\b|rubbish"#,
            #"\bshop\b|\bspar\b|\bpub\b|the ship"#,
        ].filter { Judge.has(low, $0) }
        let codes = Judge.found(low, #"\b(\d{4})\b"#)
        let times = Judge.found(low, #"\b(\d{1,2})(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)"#)
        return facts.count >= 3 && codes.allSatisfy { $0 == "4721" } && times.allSatisfy { ["4", "10", "8"].contains($0) }
            && !Judge.has(low, #"cornwall|flower ?pot|st ives|jenny"#)
    }

    /// Whether `text` lists the three tradespeople Gwen recommends, each with their own phone
    /// number (any spacing, or +44), one entry each, any order, and not the roofer or the group
    /// chat's builder; before them at most a title and a table header, nothing after them.
    static func isTradespeople(_ text: String?) -> Bool {
        guard let t = text, !hasPhone(t, "644"), !hasPhone(t, "755"), !Judge.has(t, #"\bkev\b|\bprice\b|roofer|tomasz"#)
        else { return false }
        return Judge.isPairedList(
            t, who: [#"\bdai\b|hughes"#, #"\bpriya\b|\bnair\b"#, #"\bbob\b|jenkins"#],
            what: ["311", "422", "533"].map { #"(\+44\s*(\(0\))?\s*|\b0)7700[\s.-]*900[\s.-]*"# + $0 + #"\b"# })
    }

    /// Whether `text` lists the games that take six players (Codenames, Sushi Go Party!,
    /// Wavelength), by file name or title, one entry each, any order, and no other game; before
    /// them at most a title and a table header, nothing after them.
    static func isGamesForSix(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !Judge.has(t, #"carcassonne|ticket|azul"#) else { return false }
        let entries = Judge.items(t).filter { !Judge.isTableRule($0) }.map { $0.lowercased() }
        let games = [#"codenames"#, #"wavelength"#, #"sushi"#]
        let named = entries.indices.filter { i in games.contains { Judge.has(entries[i], $0) } }
        guard named.count == games.count, let first = named.first, named == Array(first..<first + games.count),
            entries.count == first + games.count, first <= 2
        else { return false }
        if first == 2 && !entries[1].hasPrefix("|") { return false }
        let which = named.map { i in games.indices.filter { Judge.has(entries[i], games[$0]) } }
        return which.allSatisfy { $0.count == 1 } && Set(which.map { $0[0] }).count == games.count
    }

    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// Whether `text` is valid JSON pairing each of this year's four seeds with its month (full
    /// or short, any case): an object of name to month, or a list of objects each holding one
    /// seed's name and month under any keys, bare or under one key.
    static func isSeedsJSON(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), let json = try? JSONSerialization.jsonObject(with: Data(t.utf8)) else { return false }
        return seedPairs(json) == ["tomato": "february", "beetroot": "march", "courgette": "april", "sweet pea": "october"]
    }

    /// The seed → month pairs of a JSON value as `isSeedsJSON` reads them, or nil when it is not of that shape.
    static func seedPairs(_ json: Any) -> [String: String]? {
        let names = ["tomato", "beetroot", "courgette", "sweet pea"]
        let name = { (v: Any) -> String? in (v as? String).map { Judge.spaced($0).lowercased() }.flatMap { names.contains($0) ? $0 : nil } }
        let month = { (v: Any) -> String? in
            guard let s = (v as? String)?.trimmingCharacters(in: CharacterSet(charactersIn: ". ")).lowercased(), s.count >= 3 else { return nil }
            return months.first { $0.hasPrefix(s) }
        }
        if let object = json as? [String: Any] {
            if object.count == 1, let inner = object.values.first, inner is [Any] { return seedPairs(inner) }
            var pairs: [String: String] = [:]
            for (k, v) in object {
                guard let n = name(k), let m = month(v) else { return nil }
                pairs[n] = m
            }
            return pairs
        }
        guard let list = json as? [[String: Any]] else { return nil }
        var pairs: [String: String] = [:]
        for object in list {
            let n = object.values.compactMap(name)
            let m = object.values.compactMap(month)
            guard n.count == 1, m.count == 1, pairs[n[0]] == nil else { return nil }
            pairs[n[0]] = m[0]
        }
        return pairs
    }

    /// Whether `text` is a skill named plan-dinners with a description, whose body reads the
    /// fridge, plans a week using that up first, makes a shopping list and saves in outputs/meal-plans.
    static func isDinnerSkill(_ text: String?) -> Bool {
        guard let t = text, let (fields, body) = Judge.skill(t) else { return false }
        let b = body.lowercased()
        let rest = b.replacingOccurrences(of: "outputs/meal-plans", with: " ").replacingOccurrences(of: "plan-dinners", with: " ")
            .replacingOccurrences(of: "memory/kitchen/fridge.md", with: " fridge ")
        return fields["name"] == "plan-dinners" && (fields["description"] ?? "").count >= 10 && b.count >= 40 && b.contains("outputs/meal-plans")
            && rest.contains("fridge") && Judge.has(rest, #"shopping|to buy|\bbuy\b|groceries"#) && Judge.has(rest, #"\bseven\b|\b7\b|week"#)
            && Judge.has(rest, #"\buse\b[^.\n]*\bup\b|\bfirst\b|wast|leftover"#)
    }

    /// Whether `text` is a Python script (a shebang, if any, names Python) that opens loans.csv
    /// (not last year's), reads the due dates as dates, compares them with today and three days,
    /// and prints the titles, writing, moving or removing nothing. Comments and a fenced reply do
    /// not count.
    static func isDueScript(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let l = Judge.lines(t)
        if let first = l.first, first.hasPrefix("#!"), !first.contains("python") { return false }
        let code = l.filter { !$0.hasPrefix("#") }.joined(separator: "\n")
        let has = { (words: [String]) in words.contains { code.contains($0) } }
        guard code.contains("loans.csv"), !code.contains("loans-2025") else { return false }
        guard
            !Judge.has(
                code, #"open\([^)]*,\s*(mode\s*=\s*)?["'][wax]|\.to_csv\(|os\.remove|os\.unlink|\.unlink\(|shutil|os\.rename|write_text\("#)
        else { return false }
        return has(["open(", "read_text(", "read_csv("]) && has(["fromisoformat", "strptime", "to_datetime", "parse_dates", "date("])
            && Judge.has(code, #"today\(|now\("#) && Judge.has(code, #"timedelta\(\s*(days\s*=\s*)?3\s*\)|[<>]=?\s*3\b|\b3\s*[<>]|=\s*3\b"#)
            && code.contains("print(") && Judge.has(code, #"title|\[\s*0\s*\]"#)
    }

    /// Whether `text` holds the phone number 07700 900`last` in any spacing.
    static func hasPhone(_ text: String, _ last: String) -> Bool {
        Judge.has(text, #"7700[\s.-]*900[\s.-]*"# + last + #"\b"#)
    }
}
