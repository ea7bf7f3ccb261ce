import Foundation

/// A sixth fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first five: by someone who had not read the agent loop, its tools, its prompts, its tests or
/// any result. Fourteen intentions, numbered 701 to 714, one for each kind the issue names
/// (create; edit in place, one line of a routine fixed; append; prepend at the very top of a
/// note without a title; rename; move several files at once into a folder; copy; delete;
/// summarise; extract; list-and-save; convert a CSV to a Markdown table; a skill; a script),
/// each worded three ways as people word them (files named by path, by bare name or by what
/// they are; folders before or after; quotes or none; chatty context), run as Steward chooses.
/// Every fixture holds a look-alike beside the right file (last year's sizes, last year's
/// harvest, a wish list of birds, a sewing pattern among knitting ones, an archive subfolder,
/// last month's fixtures). Judged by content as a person would (other list markers, row order,
/// spacing, a title line, a table for a list, a lost final newline pass) and by "nothing else
/// changed" (the wrong file, the wrong folder, a copy where a move was asked fail). Frozen in a
/// commit of its own before any run with a model: never tune the loop on it, and run it as it
/// is (`STEWARD_SUITE_PART=fresh6`).
extension EverydayTaskSuite {
    static let fresh6: [Intention] = [
        Intention(
            number: 701, kind: "create: a note of each child's new shoe size",
            fixtures: ["memory/kids/sizes-2025.md": Fresh6.sizes2025, "memory/kids/school-uniform.md": Fresh6.uniform],
            wordings: [
                (.imperative, "Create memory/kids/shoe-sizes.md with the children's shoe sizes: Leo 31, Ava 27, Sami 35"),
                (
                    .request,
                    "Could you start a note of the kids' current shoe sizes, shoe-sizes.md in memory/kids? Leo is a 31 now, Ava a 27 and Sami a 35."
                ),
                (
                    .context,
                    "I had all three children's feet measured at the shoe shop this morning, and I never remember the numbers when I order online. Please make a new note called shoe-sizes.md in the kids folder under memory, one child per line with their size: Leo 31, Ava 27 and Sami 35. Don't change last year's sizes note."
                ),
            ], changed: ["memory/kids/shoe-sizes.md"],
            check: { f in Fresh6.isShoeNote(f("memory/kids/shoe-sizes.md")) },
            solution: ops(writes: [("memory/kids/shoe-sizes.md", "# Shoe sizes\n- Leo: 31\n- Ava: 27\n- Sami: 35\n")])),
        Intention(
            number: 702, kind: "edit in place: the night a bin goes out, changed on one line of a weekly routine",
            fixtures: ["memory/home/routine.md": Fresh6.routine, "memory/home/cleaning-rota.md": Fresh6.cleaningRota],
            wordings: [
                (.imperative, "In memory/home/routine.md, change the garden waste line from Wednesday night to Thursday night"),
                (
                    .request,
                    "The council has moved our garden waste collection. Could you fix my weekly routine note so the garden waste bin goes out on Thursday night instead of Wednesday?"
                ),
                (
                    .context,
                    "A letter came saying the garden waste round changes from next month, and I'll forget unless my routine note says so. Please edit routine.md in memory/home so the line about the garden waste bin says Thursday night rather than Wednesday night, still every other week; leave the other days and the cleaning rota alone."
                ),
            ], changed: ["memory/home/routine.md"],
            check: { f in
                // The same lines in the same order (spacing aside), the garden waste one now on Thursday.
                let want = Judge.lines(Fresh6.routine)
                let got = Judge.lines(f("memory/home/routine.md"))
                guard got.count == want.count, let i = want.firstIndex(where: { $0.contains("garden waste") }) else { return false }
                let line = got[i].lowercased()
                return line.contains("thursday") && line.contains("garden waste") && line.contains("every other week")
                    && !line.contains("wednesday") && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
            },
            solution: ops(writes: [
                ("memory/home/routine.md", Fresh6.routine.replacingOccurrences(of: "- Wednesday night: put", with: "- Thursday night: put"))
            ])),
        Intention(
            number: 703, kind: "append: a sighting at the end of a year's bird-watching list",
            fixtures: ["memory/birds/sightings-2026.md": Fresh6.sightings, "memory/birds/hope-to-see.md": Fresh6.hopeToSee],
            wordings: [
                (.imperative, "Append \"6 Dec: kingfisher, by the lock\" to memory/birds/sightings-2026.md"),
                (
                    .request,
                    "Could you add today's sighting to the bottom of my 2026 bird list in memory/birds? A kingfisher by the lock, 6 December."
                ),
                (
                    .context,
                    "I finally saw a kingfisher on my walk this morning, 6 December, sitting right by the lock! Please log it as the last line of my list of birds seen this year in memory/birds, written like the other entries, and leave the list of birds I hope to see as it is."
                ),
            ], changed: ["memory/birds/sightings-2026.md"],
            check: { f in
                // The list as it was, then one new line with the kingfisher, the lock and the date.
                let want = Judge.lines(Fresh6.sightings)
                let got = Judge.lines(f("memory/birds/sightings-2026.md"))
                guard got.count == want.count + 1, Array(got.prefix(want.count)) == want, let last = got.last?.lowercased() else { return false }
                return last.contains("kingfisher") && Judge.has(last, #"\block\b"#) && Judge.hasDate(last, day: 6, month: 12)
            },
            solution: ops(writes: [("memory/birds/sightings-2026.md", Fresh6.sightings + "- 6 Dec: kingfisher, by the lock\n")])),
        Intention(
            number: 704, kind: "prepend: the most urgent job as the first line of an untitled list",
            fixtures: ["memory/car/jobs.md": Fresh6.carJobs, "memory/car/jobs-done.md": Fresh6.carJobsDone],
            wordings: [
                (.imperative, "Put \"book the MOT before 14 January\" as the first line of memory/car/jobs.md"),
                (
                    .request,
                    "Can you add booking the MOT to the top of my car jobs list, above the wiper blades? It has to be done before 14 January."
                ),
                (
                    .context,
                    "The reminder letter says the car's MOT runs out in the middle of January, and that matters more than anything else on my list of car jobs in memory/car. Please add a line at the very top of jobs.md saying to book the MOT before 14 January, in the same style as the other jobs, and keep the rest of the list below it unchanged; the list of jobs already done stays as it is."
                ),
            ], changed: ["memory/car/jobs.md"],
            check: { f in
                // The new line first, then the jobs as they were.
                let want = Judge.lines(Fresh6.carJobs)
                let got = Judge.lines(f("memory/car/jobs.md"))
                guard got.count == want.count + 1, Array(got.dropFirst()) == want, let first = got.first?.lowercased() else { return false }
                return Judge.has(first, #"\bmot\b"#) && first.contains("book") && Judge.hasDate(first, day: 14, month: 1)
            },
            solution: ops(writes: [("memory/car/jobs.md", "- book the MOT before 14 January\n" + Fresh6.carJobs)])),
        Intention(
            number: 705, kind: "rename: a scanned warranty given a name that says what it is",
            fixtures: Fresh6.appliances,
            wordings: [
                (.imperative, "Rename memory/appliances/scan_0091.txt to washing-machine-warranty.txt, in the same folder"),
                (
                    .request,
                    "Could you give the scanned washing machine warranty in memory/appliances a proper name? Call it washing-machine-warranty.txt."
                ),
                (
                    .context,
                    "The scanner names everything scan_ and a number, so I can never find anything. The washing machine has started making a noise and I need its warranty; it's one of the scans in memory/appliances (the other scan is a kettle receipt). Please rename it to washing-machine-warranty.txt in that folder, without changing what it says."
                ),
            ], changed: ["memory/appliances/scan_0091.txt", "memory/appliances/washing-machine-warranty.txt"],
            check: { f in
                Judge.moved(f, "memory/appliances/scan_0091.txt", to: "memory/appliances/washing-machine-warranty.txt", Fresh6.appliances)
                    && Judge.untouched(f, ["memory/appliances/scan_0092.txt", "memory/appliances/fridge-manual.txt"], Fresh6.appliances)
            },
            solution: ops(#"{"op":"move","from":"memory/appliances/scan_0091.txt","to":"memory/appliances/washing-machine-warranty.txt"}"#)),
        Intention(
            number: 706, kind: "move several: three knitting patterns out of an unsorted folder, the sewing one left",
            fixtures: Fresh6.crafts,
            wordings: [
                (
                    .imperative,
                    "Move memory/unsorted/cable-hat.md, memory/unsorted/mittens.md and memory/unsorted/fair-isle-scarf.md into memory/crafts/knitting"
                ),
                (
                    .request,
                    "Can you put the three knitting patterns from my unsorted folder (the hat, the mittens and the scarf) in memory/crafts/knitting?"
                ),
                (
                    .context,
                    "My memory/unsorted folder has become a dumping ground. The knitting patterns in it, for the cable hat, the mittens and the Fair Isle scarf, belong in the knitting folder under memory/crafts, so please move those three there under the same names. The apron is a sewing pattern and the yarn shop note isn't a pattern at all, so leave both where they are."
                ),
            ],
            changed: Set(
                Fresh6.knitting.flatMap { ["memory/unsorted/\($0)", "memory/crafts/knitting/\($0)"] }),
            check: { f in
                Fresh6.knitting.allSatisfy { n in Judge.moved(f, "memory/unsorted/\(n)", to: "memory/crafts/knitting/\(n)", Fresh6.crafts) }
                    && Judge.untouched(
                        f, ["memory/unsorted/apron.md", "memory/unsorted/yarn-shop.md", "memory/crafts/knitting/needles.md"], Fresh6.crafts)
            },
            solution: ops(
                #"{"op":"move","from":"memory/unsorted/cable-hat.md","to":"memory/crafts/knitting/cable-hat.md"}"#,
                #"{"op":"move","from":"memory/unsorted/mittens.md","to":"memory/crafts/knitting/mittens.md"}"#,
                #"{"op":"move","from":"memory/unsorted/fair-isle-scarf.md","to":"memory/crafts/knitting/fair-isle-scarf.md"}"#)),
        Intention(
            number: 707, kind: "copy: last year's Christmas card list as the start of this year's",
            fixtures: Fresh6.christmas,
            wordings: [
                (.imperative, "Copy memory/christmas/cards-2025.md to memory/christmas/cards-2026.md"),
                (
                    .request,
                    "Could you make a copy of last year's Christmas card list, in memory/christmas, named cards-2026.md? I'll cross people off myself."
                ),
                (
                    .context,
                    "It's time to write the Christmas cards again, and I mostly send them to the same people each year. Please duplicate my 2025 card list (in the christmas folder under memory) as cards-2026.md beside it, exactly as it is, so I can edit the new one; the old list and the gift list must stay as they are."
                ),
            ], changed: ["memory/christmas/cards-2026.md"],
            check: { f in
                f("memory/christmas/cards-2026.md") != nil
                    && Judge.lines(f("memory/christmas/cards-2026.md")) == Judge.lines(Fresh6.christmas["memory/christmas/cards-2025.md"])
                    && Fresh6.christmas.keys.allSatisfy { f($0) == Fresh6.christmas[$0] }
            }, solution: ops(writes: [("memory/christmas/cards-2026.md", Fresh6.christmas["memory/christmas/cards-2025.md"]!)])),
        Intention(
            number: 708, kind: "delete: an expired voucher's note beside one with a near name",
            fixtures: Fresh6.vouchers,
            wordings: [
                (.imperative, "Delete memory/vouchers/spa-day.md"),
                (.request, "The spa day voucher ran out at the end of November. Can you get rid of its note in my vouchers folder?"),
                (
                    .context,
                    "I keep the vouchers I've been given as notes in memory/vouchers so I remember to use them. The one for the spa day expired on 30 November without us going, sadly, so please delete that note; the spa discount is valid until June and the bookshop card still has money on it, so keep those two."
                ),
            ], changed: ["memory/vouchers/spa-day.md"],
            check: { f in
                f("memory/vouchers/spa-day.md") == nil
                    && ["memory/vouchers/spa-discount.md", "memory/vouchers/bookshop.md"].allSatisfy { f($0) == Fresh6.vouchers[$0] }
            }, solution: ops(#"{"op":"delete","path":"memory/vouchers/spa-day.md"}"#)),
        Intention(
            number: 709, kind: "summarise: a vet's aftercare notes in a few short lines",
            fixtures: ["memory/pets/rolo-after-surgery.md": Fresh6.aftercare, "memory/pets/rolo-vaccinations.md": Fresh6.vaccinations],
            wordings: [
                (.imperative, "Summarise memory/pets/rolo-after-surgery.md in a few short lines in outputs/rolo-aftercare.md"),
                (
                    .request,
                    "Could you boil the vet's notes about looking after Rolo after his operation down to a few short lines? Save them as outputs/rolo-aftercare.md."
                ),
                (
                    .context,
                    "Rolo came home from the vet's today and the whole family will be looking after him, but nobody will read the vet's long notes in memory/pets. Please sum up what we have to do (the cone, his tablets, walks, the check-up) in a few short lines and save that to outputs/rolo-aftercare.md so I can stick it on the fridge."
                ),
            ], changed: ["outputs/rolo-aftercare.md"],
            check: { f in Fresh6.isAftercareSummary(f("outputs/rolo-aftercare.md")) },
            solution: ops(writes: [
                (
                    "outputs/rolo-aftercare.md",
                    "- Cone on at all times for 10 days.\n- One Metacam tablet a day with food for 5 days, from tomorrow.\n- Short walks on the lead only; no running or jumping.\n- Check-up and stitches out on 15 December at 9:30.\n"
                )
            ])),
        Intention(
            number: 710, kind: "extract: the dates and opponents of a month's matches from a coach's message",
            fixtures: ["memory/football/coach-message.md": Fresh6.coachMessage, "memory/football/december-matches.md": Fresh6.decemberMatches],
            wordings: [
                (
                    .imperative,
                    "Extract the January match dates and opponents from memory/football/coach-message.md into outputs/january-matches.md, one match per line"
                ),
                (
                    .request,
                    "Could you pull the under-10s' January fixtures out of the coach's message in my football folder and list them in outputs/january-matches.md, each with its date and who we're playing?"
                ),
                (
                    .context,
                    "I help drive the kids to football and need the January games at a glance for the family calendar, not buried in Coach Dan's long message in memory/football. Please write each match on its own line in outputs/january-matches.md with the date and the other team; training, the subs deadline and the weekend with no game aren't matches, so leave them out."
                ),
            ], changed: ["outputs/january-matches.md"],
            check: { f in Fresh6.isMatchList(f("outputs/january-matches.md")) },
            solution: ops(writes: [
                (
                    "outputs/january-matches.md",
                    "- 10 January: Riverside Juniors (away)\n- 24 January: Hill Park (home)\n- 31 January: Oakfield Rovers (away)\n"
                )
            ])),
        Intention(
            number: 711, kind: "list-and-save: the manuals in a folder, leaving out its archive subfolder",
            fixtures: Fresh6.manuals,
            wordings: [
                (.imperative, "List the files in memory/manuals, without its archive subfolder, in outputs/manuals.md"),
                (
                    .request,
                    "Can you save a list of the appliance manuals I keep in memory/manuals to outputs/manuals.md? Only the current ones, not what's in the archive folder."
                ),
                (
                    .context,
                    "The landlord wants to know which appliance manuals we have for the flat. Please list the manual files in memory/manuals in outputs/manuals.md, one per line; skip the archive subfolder, since those are for things we've thrown out."
                ),
            ], changed: ["outputs/manuals.md"],
            check: { f in Fresh6.isManualList(f("outputs/manuals.md")) },
            solution: ops(writes: [("outputs/manuals.md", "- dishwasher.md\n- heat-pump.md\n- oven.md\n- router.md\n")])),
        Intention(
            number: 712, kind: "convert: a CSV of harvest weights to a Markdown table",
            fixtures: ["memory/allotment/harvest-2026.csv": Fresh6.harvest2026, "memory/allotment/harvest-2025.csv": Fresh6.harvest2025],
            wordings: [
                (.imperative, "Convert memory/allotment/harvest-2026.csv into a Markdown table in outputs/harvest-2026.md"),
                (
                    .request,
                    "Would you turn this year's allotment harvest CSV into a Markdown table for the allotment newsletter? Save it as outputs/harvest-2026.md."
                ),
                (
                    .context,
                    "The allotment society's newsletter wants everyone's harvest weights as a table, and I've been keeping mine in a CSV in memory/allotment. Please convert the 2026 file (not last year's) into a Markdown table with a header row, crop and weight in kg, and save it to outputs/harvest-2026.md."
                ),
            ], changed: ["outputs/harvest-2026.md"],
            check: { f in Fresh6.isHarvestTable(f("outputs/harvest-2026.md")) },
            solution: ops(writes: [
                (
                    "outputs/harvest-2026.md",
                    "| crop | weight_kg |\n|---|---|\n| Courgettes | 6.5 |\n| Runner beans | 3.2 |\n| Potatoes | 12 |\n| Tomatoes | 4.8 |\n"
                )
            ])),
        Intention(
            number: 713, kind: "skill: logging a car's fill-ups in a CSV",
            fixtures: ["skills/README.md": "One folder per skill, each with its SKILL.md.\n", "skills/plant-care/SKILL.md": Fresh6.plantCare],
            wordings: [
                (
                    .imperative,
                    "Write a skill at skills/fuel-log/SKILL.md, named fuel-log with a description, that records a car fill-up as a new line in memory/car/fuel-log.csv with the date, litres, price paid and mileage"
                ),
                (
                    .request,
                    "Could you set up a fuel-log skill for me? Whenever I tell you about filling up the car, it should add a line to memory/car/fuel-log.csv with the date, how many litres, what I paid and the mileage."
                ),
                (
                    .context,
                    "I want to see how much the car really costs to run. Please write a skill called fuel-log, laid out like the plant-care one (a name and a description at the top), whose instructions say: each time I report a fill-up, add one line to memory/car/fuel-log.csv with the date, the litres, the price paid and the mileage on the clock, and never change the earlier lines."
                ),
            ], changed: ["skills/fuel-log/SKILL.md"],
            check: { f in
                // Front matter naming the skill as its folder, with a description; a body carrying the file and the four fields.
                guard let t = f("skills/fuel-log/SKILL.md"), let (fields, body) = Judge.skill(t) else { return false }
                let b = body.lowercased()
                return fields["name"] == "fuel-log" && (fields["description"] ?? "").count >= 10 && b.count >= 40
                    && b.contains("memory/car/fuel-log.csv") && b.contains("date") && Judge.has(b, #"litre|liter"#)
                    && Judge.has(b, #"mileage|odometer|\bmiles\b|\bkm\b"#) && Judge.has(b, #"price|paid|cost|amount"#)
            },
            solution: ops(writes: [
                (
                    "skills/fuel-log/SKILL.md",
                    "---\nname: fuel-log\ndescription: Record a car fill-up in the fuel log.\n---\nWhen I report a fill-up, append one line to memory/car/fuel-log.csv: date,litres,price paid,mileage.\nNever change the earlier lines.\n"
                )
            ])),
        Intention(
            number: 714, kind: "script: a shell script that lists the files changed in the last week",
            fixtures: Fresh6.tools,
            wordings: [
                (
                    .imperative,
                    "Write a shell script memory/tools/recently-changed.sh that prints every file under memory/ modified in the last 7 days, files only"
                ),
                (
                    .request,
                    "Can you write me a little shell script, recently-changed.sh in memory/tools, that shows which files in memory I've changed in the past seven days? Just files, not folders."
                ),
                (
                    .context,
                    "On Fridays I like to look back at what I've worked on during the week. Please write memory/tools/recently-changed.sh, a shell script that prints the path of every file (not folder) anywhere under memory/ that was modified in the last seven days, and doesn't change or delete anything."
                ),
            ], changed: ["memory/tools/recently-changed.sh"],
            check: { f in Fresh6.isRecentScript(f("memory/tools/recently-changed.sh")) },
            solution: ops(writes: [("memory/tools/recently-changed.sh", "#!/bin/sh\nfind memory -type f -mtime -7\n")])),
    ]

    /// Correct results in other forms a careful person accepts (a table, another marker, a title,
    /// spacing, another date or number format, another order, a lost final newline, another way
    /// to write the same script), at least one per intention but the delete (708), which has no
    /// other form.
    static let fresh6Alternatives: [(Int, String)] = [
        (
            701,
            ops(writes: [
                (
                    "memory/kids/shoe-sizes.md",
                    "Shoe sizes (December)\n\n| Child | Size |\n|-------|------|\n| Leo | 31 |\n| Ava | 27 |\n| Sami | 35 |"
                )
            ])
        ),
        (701, ops(writes: [("memory/kids/shoe-sizes.md", "* Sami – size 35 (EU)\n* Leo – size 31 (EU)\n* Ava – size 27 (EU)\n")])),
        (701, ops(writes: [("memory/kids/shoe-sizes.md", "Leo 31\nAva 27\nSami 35\n")])),
        (
            702,
            ops(writes: [
                (
                    "memory/home/routine.md",
                    Fresh6.routine.replacingOccurrences(
                        of: "- Wednesday night: put the garden waste bin out (every other week)",
                        with: "- Thursday night:  put the garden waste bin out (every other week, from January)"
                    )
                    .trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            702,
            ops(writes: [
                (
                    "memory/home/routine.md",
                    Fresh6.routine.replacingOccurrences(of: "Wednesday night", with: "Thursday night").replacingOccurrences(
                        of: "# Weekly routine\n", with: "# Weekly routine\n\n")
                )
            ])
        ),
        (
            703,
            ops(writes: [
                ("memory/birds/sightings-2026.md", Fresh6.sightings.trimmingCharacters(in: .newlines) + "\n* 6 December – Kingfisher, by the lock")
            ])
        ),
        (703, ops(writes: [("memory/birds/sightings-2026.md", Fresh6.sightings + "\n- 06/12: kingfisher at the lock on my morning walk\n")])),
        (704, ops(writes: [("memory/car/jobs.md", "- Book the MOT (before 14 Jan)\n" + Fresh6.carJobs.trimmingCharacters(in: .newlines))])),
        (704, ops(writes: [("memory/car/jobs.md", "- book MOT by 14/01\n\n" + Fresh6.carJobs)])),
        (
            705,
            ops(
                writes: [
                    (
                        "memory/appliances/washing-machine-warranty.txt",
                        Fresh6.appliances["memory/appliances/scan_0091.txt"]!.trimmingCharacters(in: .newlines)
                    )
                ],
                #"{"op":"delete","path":"memory/appliances/scan_0091.txt"}"#)
        ),
        (
            706,
            ops(
                writes: Fresh6.knitting.map { ("memory/crafts/knitting/\($0)", Fresh6.crafts["memory/unsorted/\($0)"]! + "\n") },
                #"{"op":"delete","path":"memory/unsorted/mittens.md"}"#,
                #"{"op":"delete","path":"memory/unsorted/fair-isle-scarf.md"}"#,
                #"{"op":"delete","path":"memory/unsorted/cable-hat.md"}"#)
        ),
        (
            707,
            ops(writes: [
                ("memory/christmas/cards-2026.md", Fresh6.christmas["memory/christmas/cards-2025.md"]!.trimmingCharacters(in: .newlines))
            ])
        ),
        (
            709,
            ops(writes: [
                (
                    "outputs/rolo-aftercare.md",
                    "# Looking after Rolo\n\nCone on day and night for ten days. Metacam once a day with breakfast, five days. Lead walks only until the stitches come out on Dec 15th (9:30). Ring the vet if the wound is red or swollen.\n"
                )
            ])
        ),
        (
            709,
            ops(writes: [
                (
                    "outputs/rolo-aftercare.md",
                    "Cone: always, 10 days\nTablets: 1 Metacam daily with food\nWalks: short, on the lead\nCheck-up: 15/12, 9:30"
                )
            ])
        ),
        (
            710,
            ops(writes: [
                (
                    "outputs/january-matches.md",
                    "# January matches\n\n| Date | Opponent | Where |\n|---|---|---|\n| Sat 10 Jan | Riverside Juniors | away |\n| Sat 24 Jan | Hill Park | home |\n| Sat 31 Jan | Oakfield Rovers | away |\n"
                )
            ])
        ),
        (
            710,
            ops(writes: [("outputs/january-matches.md", "Oakfield Rovers – January 31st\nHill Park – January 24th\nRiverside Juniors – January 10th")]
            )
        ),
        (
            711,
            ops(writes: [
                (
                    "outputs/manuals.md",
                    "# Manuals\n\n1. [Heat pump](memory/manuals/heat-pump.md)\n2. [Oven](memory/manuals/oven.md)\n3. [Router](memory/manuals/router.md)\n4. [Dishwasher](memory/manuals/dishwasher.md)\n"
                )
            ])
        ),
        (
            711,
            ops(writes: [
                (
                    "outputs/manuals.md",
                    "`memory/manuals/dishwasher.md`\n`memory/manuals/heat-pump.md`\n`memory/manuals/oven.md`\n`memory/manuals/router.md`"
                )
            ])
        ),
        (711, ops(writes: [("outputs/manuals.md", "Manuals we have\ndishwasher\nheat pump\noven\nrouter\n")])),
        (
            712,
            ops(writes: [
                (
                    "outputs/harvest-2026.md",
                    "# Harvest 2026\n\n| Crop         | Weight (kg) |\n|:-------------|------------:|\n| Potatoes     | 12.0        |\n| Courgettes   | 6.5         |\n| Tomatoes     | 4.8         |\n| Runner beans | 3.2         |"
                )
            ])
        ),
        (
            712,
            ops(writes: [
                ("outputs/harvest-2026.md", "|Crop|kg|\n|-|-|\n|Courgettes|6.5 kg|\n|Runner beans|3.2 kg|\n|Potatoes|12 kg|\n|Tomatoes|4.8 kg|\n")
            ])
        ),
        (
            713,
            ops(writes: [
                (
                    "skills/fuel-log/SKILL.md",
                    "---\nname: \"fuel-log\"\ndescription: >\n  Keep a log of every time the car is filled up.\n---\n\n# Fuel log\n\nWhen I tell you about a fill-up, add a row to `memory/car/fuel-log.csv` with these columns:\n\n- date (YYYY-MM-DD)\n- litres\n- price paid (EUR)\n- odometer reading\n\nCreate the file with a header row if it does not exist. Do not edit earlier rows.\n"
                )
            ])
        ),
        (
            714,
            ops(writes: [
                (
                    "memory/tools/recently-changed.sh",
                    "#!/usr/bin/env bash\n# Print the files under memory/ changed in the last week.\nset -euo pipefail\ncd \"$(dirname \"$0\")/../..\"\nfind memory -type f -mtime -7 -print | sort\n"
                )
            ])
        ),
        (714, ops(writes: [("memory/tools/recently-changed.sh", "find ./memory/ -type f -newermt '7 days ago'")])),
        (714, ops(writes: [("memory/tools/recently-changed.sh", "#!/bin/zsh\nfind \"memory\" -mmin -10080 -type f\n")])),
        (714, ops(writes: [("memory/tools/recently-changed.sh", "#!/bin/sh\nfind memory -type f -mtime -7 -exec ls -l {} +\n")])),
    ]

    /// Wrong or partial results that the sixth fresh part's checks must refuse, at least four per intention.
    static let fresh6NearMisses: [(Int, String)] = [
        (701, ops(writes: [("memory/kids/shoe-sizes.md", "Leo 31, Ava 27, Sami 35\n")])),
        (701, ops(writes: [("memory/kids/shoe-sizes.md", "- Leo: 27\n- Ava: 31\n- Sami: 35\n")])),
        (701, ops(writes: [("memory/kids/shoe-sizes.md", "- Leo: 31\n- Ava: 27\n")])),
        (701, ops(writes: [("memory/kids/sizes-2025.md", Fresh6.sizes2025 + "- Leo: 31\n- Ava: 27\n- Sami: 35\n")])),
        (701, ops(writes: [("memory/shoe-sizes.md", "- Leo: 31\n- Ava: 27\n- Sami: 35\n")])),
        (701, ops(writes: [("memory/kids/shoe-sizes.md", "```\n- Leo: 31\n- Ava: 27\n- Sami: 35\n```\n")])),
        (701, ops(writes: [("memory/kids/shoe-sizes.md", "- Leo: 31\n- Ava: 27\n- Sami: 35\n- Me: 39\n")])),
        (
            701,
            ops(writes: [
                ("memory/kids/shoe-sizes.md", "- Leo: 31\n- Ava: 27\n- Sami: 35\n"),
                ("memory/kids/school-uniform.md", Fresh6.uniform + "Shoe sizes are in shoe-sizes.md.\n"),
            ])
        ),
        (702, ops(writes: [("memory/home/routine.md", Fresh6.routine + "- Thursday night: put the garden waste bin out (every other week)\n")])),
        (
            702,
            ops(writes: [
                ("memory/home/cleaning-rota.md", Fresh6.cleaningRota.replacingOccurrences(of: "Wednesday", with: "Thursday"))
            ])
        ),
        (702, ops(writes: [("memory/home/routine.md", "- Thursday night: put the garden waste bin out (every other week)\n")])),
        (
            702,
            ops(writes: [
                (
                    "memory/home/routine.md",
                    Fresh6.routine.replacingOccurrences(of: "Wednesday night", with: "Thursday night").replacingOccurrences(
                        of: "Tuesday", with: "Thursday")
                )
            ])
        ),
        (
            702,
            ops(writes: [
                (
                    "memory/home/routine.md",
                    Fresh6.routine.replacingOccurrences(
                        of: "Wednesday night: put the garden waste bin out (every other week)", with: "Thursday night: put the garden waste bin out")
                )
            ])
        ),
        (
            702,
            ops(writes: [("memory/home/routine.md", Fresh6.routine.replacingOccurrences(of: "Wednesday night", with: "Wednesday or Thursday night"))])
        ),
        (702, ops(writes: [("memory/home/routine.md", Fresh6.routine.replacingOccurrences(of: "Wednesday night", with: "Tuesday night"))])),
        (
            702,
            ops(writes: [
                (
                    "memory/home/routine.md",
                    "```markdown\n" + Fresh6.routine.replacingOccurrences(of: "Wednesday night", with: "Thursday night") + "```\n"
                )
            ])
        ),
        (703, ops(writes: [("memory/birds/hope-to-see.md", Fresh6.hopeToSee + "- 6 Dec: kingfisher, by the lock\n")])),
        (
            703,
            ops(writes: [
                (
                    "memory/birds/sightings-2026.md",
                    Fresh6.sightings.replacingOccurrences(
                        of: "# Birds seen in 2026\n", with: "# Birds seen in 2026\n- 6 Dec: kingfisher, by the lock\n")
                )
            ])
        ),
        (703, ops(writes: [("memory/birds/sightings-2026.md", Fresh6.sightings + "- 16 Dec: kingfisher, by the lock\n")])),
        (
            703,
            ops(writes: [
                (
                    "memory/birds/sightings-2026.md",
                    Fresh6.sightings.replacingOccurrences(
                        of: "- 14 Nov: grey heron, on the canal towpath\n", with: "- 6 Dec: kingfisher, by the lock\n")
                )
            ])
        ),
        (703, ops(writes: [("memory/birds/sightings-2026.md", "# Birds seen in 2026\n- 6 Dec: kingfisher, by the lock\n")])),
        (
            703,
            ops(writes: [
                ("memory/birds/sightings-2026.md", Fresh6.sightings + "- 6 Dec: kingfisher, by the lock\n"),
                ("memory/birds/hope-to-see.md", Fresh6.hopeToSee.replacingOccurrences(of: "- kingfisher\n", with: "")),
            ])
        ),
        (704, ops(writes: [("memory/car/jobs.md", Fresh6.carJobs + "- book the MOT before 14 January\n")])),
        (704, ops(writes: [("memory/car/jobs-done.md", "- book the MOT before 14 January\n" + Fresh6.carJobsDone)])),
        (
            704,
            ops(writes: [
                (
                    "memory/car/jobs.md",
                    Fresh6.carJobs.replacingOccurrences(of: "- replace the wiper blades\n", with: "- book the MOT before 14 January\n")
                )
            ])
        ),
        (704, ops(writes: [("memory/car/jobs.md", "- book the MOT before 4 January\n" + Fresh6.carJobs)])),
        (
            704,
            ops(writes: [
                (
                    "memory/car/jobs.md",
                    Fresh6.carJobs.replacingOccurrences(
                        of: "- replace the wiper blades\n", with: "- replace the wiper blades\n- book the MOT before 14 January\n")
                )
            ])
        ),
        (704, ops(writes: [("memory/car/jobs.md", "# Car jobs\n- book the MOT before 14 January\n" + Fresh6.carJobs)])),
        (704, ops(writes: [("memory/car/jobs.md", "- book the MOT before 14 January\n")])),
        (705, ops(#"{"op":"move","from":"memory/appliances/scan_0092.txt","to":"memory/appliances/washing-machine-warranty.txt"}"#)),
        (705, ops(writes: [("memory/appliances/washing-machine-warranty.txt", Fresh6.appliances["memory/appliances/scan_0091.txt"]!)])),
        (705, ops(#"{"op":"move","from":"memory/appliances/scan_0091.txt","to":"memory/washing-machine-warranty.txt"}"#)),
        (705, ops(#"{"op":"move","from":"memory/appliances/scan_0091.txt","to":"memory/appliances/washing-machine-warranty.md"}"#)),
        (
            705,
            ops(
                writes: [
                    (
                        "memory/appliances/washing-machine-warranty.txt",
                        Fresh6.appliances["memory/appliances/scan_0091.txt"]!.replacingOccurrences(of: "Cover: 5 years, parts and labour\n", with: "")
                    )
                ],
                #"{"op":"delete","path":"memory/appliances/scan_0091.txt"}"#)
        ),
        (
            706,
            ops(
                #"{"op":"move","from":"memory/unsorted/cable-hat.md","to":"memory/crafts/knitting/cable-hat.md"}"#,
                #"{"op":"move","from":"memory/unsorted/mittens.md","to":"memory/crafts/knitting/mittens.md"}"#)
        ),
        (706, ops(writes: Fresh6.knitting.map { ("memory/crafts/knitting/\($0)", Fresh6.crafts["memory/unsorted/\($0)"]!) })),
        (
            706,
            ops(
                #"{"op":"move","from":"memory/unsorted/cable-hat.md","to":"memory/crafts/knitting/cable-hat.md"}"#,
                #"{"op":"move","from":"memory/unsorted/mittens.md","to":"memory/crafts/knitting/mittens.md"}"#,
                #"{"op":"move","from":"memory/unsorted/fair-isle-scarf.md","to":"memory/crafts/knitting/fair-isle-scarf.md"}"#,
                #"{"op":"move","from":"memory/unsorted/apron.md","to":"memory/crafts/knitting/apron.md"}"#)
        ),
        (
            706,
            ops(
                #"{"op":"move","from":"memory/unsorted/cable-hat.md","to":"memory/knitting/cable-hat.md"}"#,
                #"{"op":"move","from":"memory/unsorted/mittens.md","to":"memory/knitting/mittens.md"}"#,
                #"{"op":"move","from":"memory/unsorted/fair-isle-scarf.md","to":"memory/knitting/fair-isle-scarf.md"}"#)
        ),
        (
            706,
            ops(
                #"{"op":"move","from":"memory/unsorted/cable-hat.md","to":"memory/crafts/cable-hat.md"}"#,
                #"{"op":"move","from":"memory/unsorted/mittens.md","to":"memory/crafts/mittens.md"}"#,
                #"{"op":"move","from":"memory/unsorted/fair-isle-scarf.md","to":"memory/crafts/fair-isle-scarf.md"}"#)
        ),
        (
            706,
            ops(
                #"{"op":"move","from":"memory/unsorted/cable-hat.md","to":"memory/crafts/knitting/hat.md"}"#,
                #"{"op":"move","from":"memory/unsorted/mittens.md","to":"memory/crafts/knitting/mittens.md"}"#,
                #"{"op":"move","from":"memory/unsorted/fair-isle-scarf.md","to":"memory/crafts/knitting/scarf.md"}"#)
        ),
        (707, ops(#"{"op":"move","from":"memory/christmas/cards-2025.md","to":"memory/christmas/cards-2026.md"}"#)),
        (707, ops(writes: [("memory/christmas/cards-2026.md", Fresh6.christmas["memory/christmas/gifts-2025.md"]!)])),
        (707, ops(writes: [("memory/cards-2026.md", Fresh6.christmas["memory/christmas/cards-2025.md"]!)])),
        (
            707,
            ops(writes: [
                (
                    "memory/christmas/cards-2026.md",
                    Fresh6.christmas["memory/christmas/cards-2025.md"]!.replacingOccurrences(of: "- Tomasz and Eva\n", with: "")
                )
            ])
        ),
        (
            707,
            ops(writes: [
                ("memory/christmas/cards-2026.md", Fresh6.christmas["memory/christmas/cards-2025.md"]!),
                ("memory/christmas/cards-2025.md", Fresh6.christmas["memory/christmas/cards-2025.md"]! + "Copied to cards-2026.md.\n"),
            ])
        ),
        (
            707,
            ops(writes: [("memory/christmas/cards-2026.md", "```markdown\n" + Fresh6.christmas["memory/christmas/cards-2025.md"]! + "```\n")])
        ),
        (708, ops(#"{"op":"delete","path":"memory/vouchers/spa-discount.md"}"#)),
        (708, ops(#"{"op":"delete","path":"memory/vouchers/spa-day.md"}"#, #"{"op":"delete","path":"memory/vouchers/spa-discount.md"}"#)),
        (708, ops(writes: [("memory/vouchers/spa-day.md", "")])),
        (708, ops(#"{"op":"move","from":"memory/vouchers/spa-day.md","to":"memory/vouchers/expired/spa-day.md"}"#)),
        (708, ops(writes: [("memory/vouchers/spa-day.md", Fresh6.vouchers["memory/vouchers/spa-day.md"]! + "Expired, delete.\n")])),
        (709, ops(writes: [("outputs/rolo-aftercare.md", Fresh6.aftercare)])),
        (
            709,
            ops(writes: [("outputs/rolo-aftercare.md", "Rolo had an operation at the vet's and it went well. He will need some looking after.\n")])
        ),
        (
            709,
            ops(writes: [
                (
                    "memory/pets/rolo-aftercare.md",
                    "- Cone on at all times for 10 days.\n- One Metacam tablet a day with food.\n- Lead walks only.\n- Check-up on 15 December.\n"
                )
            ])
        ),
        (
            709,
            ops(writes: [
                ("outputs/rolo-aftercare.md", "Rolo's vaccinations are up to date; his next booster is due in March 2027, at Brookside Vets.\n")
            ])
        ),
        (
            709,
            ops(writes: [
                (
                    "outputs/rolo-aftercare.md",
                    "- Cone on at all times for 10 days.\n- One Metacam tablet a day with food.\n- Lead walks only.\n- Check-up on 16 December.\n"
                )
            ])
        ),
        (
            709,
            ops(writes: [
                (
                    "outputs/rolo-aftercare.md",
                    "- Cone on at all times for 14 days.\n- One Metacam tablet a day with food.\n- Lead walks only.\n- Check-up on 15 December.\n"
                )
            ])
        ),
        (
            709,
            ops(writes: [
                (
                    "outputs/rolo-aftercare.md",
                    "Rolo had his operation and it went well. He may be sleepy and wobbly tonight, which is normal after the anaesthetic. Give him half his usual meal tonight and normal meals from tomorrow. He must wear the cone at all times for the next 10 days so he cannot lick the stitches. Give one Metacam tablet once a day with food, from tomorrow morning, for 5 days. Short walks on the lead only, no running or jumping, until the stitches come out. Check-up and stitch removal on 15 December at 9:30. If the wound is red or swollen, or he stops eating, phone the vet.\n"
                )
            ])
        ),
        (710, ops(writes: [("outputs/january-matches.md", "10 January Riverside Juniors, 24 January Hill Park, 31 January Oakfield Rovers\n")])),
        (
            710,
            ops(writes: [
                (
                    "outputs/january-matches.md",
                    "- 10 January: Hill Park (home)\n- 24 January: Riverside Juniors (away)\n- 31 January: Oakfield Rovers (away)\n"
                )
            ])
        ),
        (710, ops(writes: [("outputs/january-matches.md", "- 10 January: Riverside Juniors (away)\n- 24 January: Hill Park (home)\n")])),
        (
            710,
            ops(writes: [
                (
                    "outputs/january-matches.md",
                    "- 10 January: Riverside Juniors (away)\n- 17 January: no game\n- 24 January: Hill Park (home)\n- 31 January: Oakfield Rovers (away)\n"
                )
            ])
        ),
        (
            710,
            ops(writes: [
                (
                    "outputs/january-matches.md",
                    "- 8 January: training moves to Thursdays\n- 10 January: Riverside Juniors (away)\n- 24 January: Hill Park (home)\n- 31 January: Oakfield Rovers (away)\n"
                )
            ])
        ),
        (
            710,
            ops(writes: [
                (
                    "outputs/january-matches.md",
                    "- 6 December: Riverside Juniors (home)\n- 24 January: Hill Park (home)\n- 31 January: Oakfield Rovers (away)\n"
                )
            ])
        ),
        (
            710,
            ops(writes: [
                (
                    "memory/football/january-matches.md",
                    "- 10 January: Riverside Juniors (away)\n- 24 January: Hill Park (home)\n- 31 January: Oakfield Rovers (away)\n"
                )
            ])
        ),
        (710, ops(writes: [("outputs/january-matches.md", Fresh6.coachMessage)])),
        (
            711,
            ops(writes: [
                ("outputs/manuals.md", "- dishwasher.md\n- heat-pump.md\n- oven.md\n- router.md\n- archive/fridge-2015.md\n- archive/old-router.md\n")
            ])
        ),
        (711, ops(writes: [("outputs/manuals.md", "- dishwasher.md\n- heat-pump.md\n- oven.md\n- old-router.md\n")])),
        (711, ops(writes: [("outputs/manuals.md", "- dishwasher.md\n- oven.md\n- router.md\n")])),
        (711, ops(writes: [("outputs/manuals.md", "dishwasher.md, heat-pump.md, oven.md, router.md\n")])),
        (711, ops(writes: [("memory/manuals/manuals.md", "- dishwasher.md\n- heat-pump.md\n- oven.md\n- router.md\n")])),
        (711, ops(writes: [("outputs/manuals.md", "```\ndishwasher.md\nheat-pump.md\noven.md\nrouter.md\n```\n")])),
        (711, ops(writes: [("outputs/manuals.md", "- dishwasher.md\n- fridge-2015.md\n- heat-pump.md\n- oven.md\n- router.md\n")])),
        (712, ops(writes: [("outputs/harvest-2026.md", Fresh6.harvest2026)])),
        (
            712,
            ops(writes: [("outputs/harvest-2026.md", "| crop | weight_kg |\n|---|---|\n| Courgettes | 4.1 |\n| Potatoes | 9 |\n| Beetroot | 2.5 |\n")]
            )
        ),
        (
            712,
            ops(writes: [
                (
                    "outputs/harvest-2026.md",
                    "| crop | weight_kg |\n|---|---|\n| Courgettes | 3.2 |\n| Runner beans | 6.5 |\n| Potatoes | 12 |\n| Tomatoes | 4.8 |\n"
                )
            ])
        ),
        (
            712,
            ops(writes: [
                ("outputs/harvest-2026.md", "| crop | weight_kg |\n|---|---|\n| Courgettes | 6.5 |\n| Runner beans | 3.2 |\n| Potatoes | 12 |\n")
            ])
        ),
        (
            712,
            ops(writes: [
                (
                    "outputs/harvest-2026.md",
                    "| crop | weight_kg |\n| Courgettes | 6.5 |\n| Runner beans | 3.2 |\n| Potatoes | 12 |\n| Tomatoes | 4.8 |\n"
                )
            ])
        ),
        (
            712,
            ops(writes: [
                (
                    "outputs/harvest-2026.md",
                    "```markdown\n| crop | weight_kg |\n|---|---|\n| Courgettes | 6.5 |\n| Runner beans | 3.2 |\n| Potatoes | 12 |\n| Tomatoes | 4.8 |\n```\n"
                )
            ])
        ),
        (
            712,
            ops(writes: [
                (
                    "memory/allotment/harvest-2026.md",
                    "| crop | weight_kg |\n|---|---|\n| Courgettes | 6.5 |\n| Runner beans | 3.2 |\n| Potatoes | 12 |\n| Tomatoes | 4.8 |\n"
                )
            ])
        ),
        (
            712,
            ops(writes: [
                (
                    "outputs/harvest-2026.md",
                    "| Courgettes | 6.5 |\n|---|---|\n| Runner beans | 3.2 |\n| Potatoes | 12 |\n| Tomatoes | 4.8 |\n"
                )
            ])
        ),
        (
            713,
            ops(writes: [
                (
                    "skills/fuel-log/SKILL.md",
                    "# Fuel log\nWhen I report a fill-up, append one line to memory/car/fuel-log.csv: date, litres, price paid, mileage.\n"
                )
            ])
        ),
        (
            713,
            ops(writes: [
                (
                    "skills/fuel-log/SKILL.md",
                    "---\nname: Fuel Log\ndescription: Record a car fill-up in the fuel log.\n---\nWhen I report a fill-up, append one line to memory/car/fuel-log.csv: date, litres, price paid, mileage.\n"
                )
            ])
        ),
        (
            713,
            ops(writes: [
                (
                    "skills/fuel-log.md",
                    "---\nname: fuel-log\ndescription: Record a car fill-up in the fuel log.\n---\nWhen I report a fill-up, append one line to memory/car/fuel-log.csv: date, litres, price paid, mileage.\n"
                )
            ])
        ),
        (
            713,
            ops(writes: [
                (
                    "skills/fuel-log/SKILL.md",
                    "```markdown\n---\nname: fuel-log\ndescription: Record a car fill-up in the fuel log.\n---\nWhen I report a fill-up, append one line to memory/car/fuel-log.csv: date, litres, price paid, mileage.\n```\n"
                )
            ])
        ),
        (
            713,
            ops(writes: [
                (
                    "skills/fuel-log/SKILL.md",
                    "---\nname: fuel-log\n---\nWhen I report a fill-up, append one line to memory/car/fuel-log.csv: date, litres, price paid, mileage.\n"
                )
            ])
        ),
        (
            713,
            ops(writes: [
                (
                    "skills/fuel-log/SKILL.md",
                    "---\nname: fuel-log\ndescription: Record a car fill-up in the fuel log.\n---\nWhen I report a fill-up, write down the date, litres, price paid and mileage.\n"
                )
            ])
        ),
        (
            713,
            ops(writes: [
                (
                    "skills/fuel-log/SKILL.md",
                    "---\nname: fuel-log\ndescription: Record a car fill-up in the fuel log.\n---\nWhen I report a fill-up, append one line to memory/car/fuel-log.csv with the date and the price paid.\n"
                )
            ])
        ),
        (
            713,
            ops(writes: [
                (
                    "skills/plant-care/SKILL.md",
                    Fresh6.plantCare
                        + "\n## Fuel log\nWhen I report a fill-up, append one line to memory/car/fuel-log.csv: date, litres, price paid, mileage.\n"
                )
            ])
        ),
        (714, ops(writes: [("memory/tools/recently-changed.sh", "#!/bin/sh\nfind memory -type f -mtime +7\n")])),
        (714, ops(writes: [("memory/tools/recently-changed.sh", "#!/bin/sh\nfind memory -mtime -7\n")])),
        (714, ops(writes: [("memory/tools/recently-changed.sh", "#!/bin/sh\nfind memory -type f -mtime -7 -delete\n")])),
        (714, ops(writes: [("memory/tools/recently-changed.sh", "#!/bin/sh\nfind memory -type f -mtime -30\n")])),
        (714, ops(writes: [("memory/tools/recently-changed.sh", "#!/bin/sh\nfind / -type f -mtime -7\n")])),
        (
            714,
            ops(writes: [
                (
                    "memory/tools/recently-changed.sh",
                    "#!/usr/bin/env python3\nimport pathlib, time\nfor p in pathlib.Path(\"memory\").rglob(\"*\"):\n    if p.is_file() and time.time() - p.stat().st_mtime < 7 * 86400:\n        print(p)\n"
                )
            ])
        ),
        (714, ops(writes: [("memory/tools/recently-changed.sh", "```bash\n#!/bin/sh\nfind memory -type f -mtime -7\n```\n")])),
        (714, ops(writes: [("memory/recently-changed.sh", "#!/bin/sh\nfind memory -type f -mtime -7\n")])),
        (714, ops(writes: [("memory/tools/recently-changed.sh", "#!/bin/sh\n# find memory -type f -mtime -7\nls -R memory\n")])),
    ]
}

/// The sixth fresh part's fixtures and the helpers its checks share.
private enum Fresh6 {
    static let sizes2025 = "# Sizes (autumn 2025)\n- Leo: shoes 29, coat age 7-8\n- Ava: shoes 25, coat age 4-5\n- Sami: shoes 33, coat age 10-11\n"
    static let uniform = "# School uniform\n- Leo: 2 polo shirts, 1 jumper\n- Ava: 3 polo shirts\n"
    static let routine = """
        # Weekly routine
        - Monday night: put the black bin out
        - Tuesday: change the bed sheets
        - Wednesday night: put the garden waste bin out (every other week)
        - Friday: water the house plants
        - Sunday: order the food shop

        """
    static let cleaningRota = "# Cleaning rota\n- Wednesday: hoover upstairs (Jonah)\n- Saturday: bathroom (me)\n"
    static let sightings = """
        # Birds seen in 2026
        - 2 Feb: redwing, in the churchyard
        - 19 Apr: swallow, over the river meadow
        - 14 Nov: grey heron, on the canal towpath

        """
    static let hopeToSee = "# Birds I hope to see\n- kingfisher\n- barn owl\n- dipper\n"
    static let carJobs = "- replace the wiper blades\n- top up the screen wash\n- fix the rattle in the boot\n"
    static let carJobsDone = "- new front tyres (October)\n- oil change (August)\n"
    static let appliances: [String: String] = [
        "memory/appliances/scan_0091.txt":
            "WARRANTY CERTIFICATE\nProduct: washing machine, model WM 8400\nBought: 12 March 2025\nCover: 5 years, parts and labour\n",
        "memory/appliances/scan_0092.txt": "RECEIPT\nKettle, 34.99 EUR, paid by card\n",
        "memory/appliances/fridge-manual.txt": "Fridge manual, quick start: set the dial to 3.\n",
    ]
    static let knitting = ["cable-hat.md", "mittens.md", "fair-isle-scarf.md"]
    static let crafts: [String: String] = [
        "memory/unsorted/cable-hat.md": "# Cable hat (knitting pattern)\nNeedles: 4.5 mm circular. Cast on 96 stitches.\n",
        "memory/unsorted/mittens.md": "# Mittens (knitting pattern)\nNeedles: 4 mm double-pointed. Cast on 40 stitches.\n",
        "memory/unsorted/fair-isle-scarf.md": "# Fair Isle scarf (knitting pattern)\nNeedles: 3.5 mm. Four colours of 4-ply.\n",
        "memory/unsorted/apron.md": "# Apron (sewing pattern)\nCut two pieces of cotton, 70 by 90 cm.\n",
        "memory/unsorted/yarn-shop.md": "# Yarn shop\nOpen Tuesday to Saturday, 10 to 5.\n",
        "memory/crafts/knitting/needles.md": "# Needles I own\n- 3.5 mm\n- 4 mm\n- 4.5 mm circular\n",
    ]
    static let christmas: [String: String] = [
        "memory/christmas/cards-2025.md":
            "# Christmas cards 2025\n- Auntie Ruth and Gerald\n- the Okafors (next door)\n- Mr and Mrs Lindqvist\n- Tomasz and Eva\n- Miss Hale, my old teacher\n",
        "memory/christmas/gifts-2025.md": "# Christmas gifts 2025\n- Auntie Ruth: a scarf\n- Tomasz and Eva: a board game\n",
        "memory/christmas/menu.md": "# Christmas dinner\n- nut roast\n- roast potatoes\n- trifle\n",
    ]
    static let vouchers: [String: String] = [
        "memory/vouchers/spa-day.md": "# Spa day voucher\nFor two, at Willow Spa. Expired on 30 November 2026.\n",
        "memory/vouchers/spa-discount.md": "# Spa discount\n20% off treatments at Willow Spa, valid until June 2027.\n",
        "memory/vouchers/bookshop.md": "# Bookshop gift card\n25 EUR left, no expiry date.\n",
    ]
    static let aftercare = """
        # Rolo's discharge notes, Brookside Vets, 5 December

        Rolo had his operation this morning and everything went well. He may be sleepy and a bit wobbly this evening, \
        which is normal after the anaesthetic. Offer him a small meal tonight, about half his usual amount, and normal \
        meals from tomorrow. He must wear the cone at all times for the next 10 days so that he cannot lick the stitches. \
        Give one Metacam tablet once a day with food, starting tomorrow morning, for 5 days. Keep him on the lead for \
        short walks only, with no running or jumping, until the stitches come out. His check-up and stitch removal is \
        booked for 15 December at 9:30. If the wound looks red or swollen, or he stops eating, phone us on 01632 960418.

        """
    static let vaccinations = "# Rolo's vaccinations\n- Last booster: March 2026, Brookside Vets\n- Next booster due: March 2027\n"
    static let coachMessage = """
        # Message from Coach Dan (under-10s), 3 December

        Hi all! The fixtures for January are in. We're away at Riverside Juniors on 10 January, then at home to Hill \
        Park on 24 January, and away again at Oakfield Rovers on 31 January. There's no game on the 17th because the \
        pitches are being re-turfed. Training moves to Thursdays from 8 January, same time. Subs for the spring (35 EUR) \
        are due by 15 January. Thanks, Dan

        """
    static let decemberMatches = "# December matches\n- 6 December: home to Riverside Juniors\n- 13 December: away at Castle Town\n"
    static let manuals: [String: String] = [
        "memory/manuals/dishwasher.md": "# Dishwasher\nEco programme: 50 °C. Clean the filter monthly.\n",
        "memory/manuals/router.md": "# Router\nReset: hold the button for 10 seconds.\n",
        "memory/manuals/oven.md": "# Oven\nSelf-clean: hold both dials for 5 seconds.\n",
        "memory/manuals/heat-pump.md": "# Heat pump\nService every year in September.\n",
        "memory/manuals/archive/fridge-2015.md": "# Old fridge (gone to the tip in 2024)\n",
        "memory/manuals/archive/old-router.md": "# Old router (replaced in 2025)\n",
    ]
    static let harvest2026 = "crop,weight_kg\nCourgettes,6.5\nRunner beans,3.2\nPotatoes,12\nTomatoes,4.8\n"
    static let harvest2025 = "crop,weight_kg\nCourgettes,4.1\nPotatoes,9\nBeetroot,2.5\n"
    static let plantCare =
        "---\nname: plant-care\ndescription: Remind me which house plants need water.\n---\nRead memory/plants and list the plants due for watering today.\n"
    static let tools: [String: String] = [
        "memory/tools/README.md": "Small scripts I run by hand.\n",
        "memory/tools/count-words.sh": "#!/bin/sh\n# Count the words in a note.\nwc -w \"$1\"\n",
    ]

    /// Whether `text` is the shoe-size note: each child on a line of their own with their own
    /// size, nothing after them, and before them at most a title and a table header.
    static func isShoeNote(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let entries = Judge.items(t).filter { !Judge.isTableRule($0) }.map { $0.lowercased() }
        let kids = [#"\bleo\b"#, #"\bava\b"#, #"\bsami\b"#]
        let sizes = [#"(?<![\d.])31(?![\d.])"#, #"(?<![\d.])27(?![\d.])"#, #"(?<![\d.])35(?![\d.])"#]
        let named = entries.indices.filter { i in (kids + sizes).contains { Judge.has(entries[i], $0) } }
        guard named.count == 3, let first = named.first, named == Array(first..<first + 3), entries.count == first + 3, first <= 2 else {
            return false
        }
        if first == 2 && !entries[1].hasPrefix("|") { return false }
        let pairs = named.map { i in
            (kids.indices.filter { Judge.has(entries[i], kids[$0]) }, sizes.indices.filter { Judge.has(entries[i], sizes[$0]) })
        }
        return pairs.allSatisfy { $0.0.count == 1 && $0.0 == $0.1 } && Set(pairs.map(\.0)).count == 3
    }

    /// Whether `text` sums up the vet's notes: a few short lines (a title aside), under half the
    /// notes' length, with at least three of their instructions, and no day count, date or dose
    /// that the notes do not give.
    static func isAftercareSummary(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let body = Judge.lines(t).filter { !$0.hasPrefix("#") }
        let low = body.joined(separator: " ").lowercased()
        let facts = [
            #"\bcone\b"#, #"metacam|tablet|medicine|painkiller"#, #"\blead\b|\bwalks?\b"#, #"check-?up|stitch"#, #"half|small meal"#,
            #"\bred\b|swollen|swelling|\bphone\b|\bcall\b|\bring\b"#,
        ]
        .filter { Judge.has(low, $0) }
        let dates =
            Judge.found(low, #"\b(\d{1,2})(?:st|nd|rd|th)?\s+dec"#) + Judge.found(low, #"\bdec[a-z]*\.?\s+(\d{1,2})\b"#)
            + Judge.found(low, #"\b(\d{1,2})/12\b"#)
        let days = Judge.found(low, #"\b(\d{1,2})\s+days?\b"#)
        return body.count <= 6 && low.count >= 50 && low.count * 2 < aftercare.count && facts.count >= 3
            && dates.allSatisfy { ["5", "05", "15"].contains($0) } && days.allSatisfy { ["10", "5"].contains($0) }
            && !Judge.has(low, #"twice|two tablets"#)
    }

    /// Whether `text` lists the three January matches: one line for each opponent with its own
    /// date and no other match's, and no other line with a number (training, subs, the free week).
    static func isMatchList(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let ls = Judge.lines(t).filter { !$0.hasPrefix("#") && !Judge.isTableRule($0) }.map { $0.lowercased() }
        let matches = [(#"riverside"#, 10), (#"hill\s?park"#, 24), (#"oakfield"#, 31)]
        let named = ls.filter { l in matches.contains { Judge.has(l, $0.0) } }
        let numbered = ls.filter { Judge.has($0, #"\d"#) }
        return named.count == 3 && numbered.count == 3 && Set(numbered) == Set(named)
            && matches.allSatisfy { q in
                let m = named.filter { Judge.has($0, q.0) }
                return m.count == 1
                    && matches.allSatisfy { other in
                        Judge.has(m[0], other.0) == (other.0 == q.0) && Judge.hasDate(m[0], day: other.1, month: 1) == (other.0 == q.0)
                    }
            }
    }

    /// Whether `text` names the four manuals (by file name, path, link or title), each once, and
    /// nothing from the archive subfolder; at most a title before them.
    static func isManualList(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let entries = Judge.items(t).map { $0.lowercased().replacingOccurrences(of: " ", with: "-") }
        let stems = ["dishwasher", "router", "oven", "heat-pump"]
        let named = entries.filter { e in stems.contains { e.contains($0) } }
        guard entries.count == 4 || (entries.count == 5 && !named.contains(entries[0]) && !entries[0].contains(".md")) else { return false }
        return named.count == 4 && entries.allSatisfy { !$0.contains("archive") && !$0.contains("fridge") && !$0.contains("old-router") }
            && stems.allSatisfy { s in named.filter { $0.contains(s) }.count == 1 }
            && named.allSatisfy { e in stems.filter { e.contains($0) }.count == 1 }
    }

    /// Whether `text` is the 2026 harvest as a Markdown table: at most titles (no CSV row) before it,
    /// nothing after, a header naming the crop and the weight, a rule, then one row per crop with
    /// its own weight (a unit or trailing zeros aside) in any order.
    static func isHarvestTable(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let ls = Judge.lines(t)
        guard let start = ls.firstIndex(where: { tableCells($0) != nil }) else { return false }
        let before = ls[..<start]
        let table = ls[start...]
        guard before.allSatisfy({ $0.hasPrefix("#") || !$0.contains(",") }), table.allSatisfy({ tableCells($0) != nil }) else { return false }
        let rows = table.compactMap(tableCells)
        guard rows.count == 6, rows.allSatisfy({ $0.count == 2 }) else { return false }
        let header = rows[0].map { $0.lowercased() }
        guard header[0].contains("crop"), Judge.has(header[1], #"weight|kg"#) else { return false }
        guard rows[1].allSatisfy({ Judge.has($0, #"^:?-+:?$"#) }) else { return false }
        let want: [String: Double] = ["courgettes": 6.5, "runner beans": 3.2, "potatoes": 12, "tomatoes": 4.8]
        var got: [String: Double] = [:]
        for row in rows[2...] {
            let weight = row[1].lowercased().replacingOccurrences(of: "kg", with: "").trimmingCharacters(in: .whitespaces)
            guard let w = Double(weight) else { return false }
            got[row[0].lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "*_ "))] = w
        }
        return got == want
    }

    /// Whether `text` is a shell script (a shebang, if any, names a shell) that runs find over
    /// memory/ (named as a path anywhere in the script) for files only (-type f) modified in the
    /// last seven days (-mtime -7, -mmin -10080 or -newermt "7 days ago"), and removes, moves or
    /// changes nothing; comments and a fenced reply do not count.
    static func isRecentScript(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let l = Judge.lines(t)
        if let first = l.first, first.hasPrefix("#!"), !Judge.has(first, #"\b(ba|z|da|k)?sh\b"#) { return false }
        let code = l.filter { !$0.hasPrefix("#") }.joined(separator: "\n")
        let recent =
            Judge.has(code, #"-mtime\s+["']?-7\b"#) || Judge.has(code, #"-mmin\s+["']?-10080\b"#)
            || Judge.has(code, #"-newermt\s+["']?(-?7\s+days?|1\s+week|-1\s+week)(\s+ago)?["']?"#)
        return Judge.has(code, #"\bfind\b"#) && Judge.has(code, #"(^|[\s"'/.=])memory\b"#) && Judge.has(code, #"-type\s+["']?f\b"#) && recent
            && !Judge.has(code, #"-delete\b|\brm\b|\bmv\b|\btouch\b"#)
    }
}
