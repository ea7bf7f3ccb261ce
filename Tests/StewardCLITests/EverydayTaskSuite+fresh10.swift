import Foundation

/// A tenth fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first nine: by someone who had not read the agent loop, its tools, its prompts, its tests or
/// any result. Fourteen intentions, numbered 1101 to 1114, one for each kind the issue names
/// (create; edit in place, one number on one line of a booking; append a row to a Markdown
/// table; prepend an entry under the heading of a newest-first log; rename, a file's ending
/// changed; move several files at once into a folder; copy beside the original under the next
/// year's name; delete; summarise; extract dates; list-and-save, each file of a folder with the
/// title on its first line; convert a JSON list of records to CSV; a skill; a Python script),
/// each worded three ways as people word them (files named by path, by bare name or by what they
/// are; folders before or after; quotes or none; chatty context), run as Steward chooses. Every
/// fixture holds a look-alike beside the right file (last month's list, last year's booking,
/// last autumn's log, a second hive, a second plain-text note, a quote for another job from the
/// same builder, an older checklist, an accessory's listing with a near name, a note of
/// payments, a note of firing dates, a note outside the folder, last year's export, another
/// skill, last year's scores). Judged by content as a person would (other list markers, row,
/// column and entry order, spacing, a title line, a table for a list, another date or number
/// format, quoted CSV cells, a lost final newline pass) and by "nothing else changed" (the wrong
/// file, the wrong folder, a copy where a move was asked fail). Frozen in a commit of its own
/// before any run with a model: never tune the loop on it, and run it as it is
/// (`STEWARD_SUITE_PART=fresh10`).
extension EverydayTaskSuite {
    static let fresh10: [Intention] = [
        Intention(
            number: 1101, kind: "create: a note of which friend brings which board game to a games night",
            fixtures: Fresh10.gamesNight,
            wordings: [
                (
                    .imperative,
                    "Create memory/games-night/november-bring-list.md saying who brings which game: Imogen Ticket to Ride, Dev Catan, Ruairi Codenames"
                ),
                (
                    .request,
                    "For games night next Friday, could you make a November bring list in memory/games-night? Call it november-bring-list.md. Imogen is bringing Ticket to Ride, Dev is bringing Catan and Ruairi has Codenames."
                ),
                (
                    .context,
                    "I host a board games night every month and like a note of who's bringing what, so we don't end up with three copies of the same game. Please write november-bring-list.md in memory/games-night with one line per person and their game: Imogen brings Ticket to Ride, Dev brings Catan and Ruairi brings Codenames. October's list is in the same folder and should stay as it was."
                ),
            ], changed: ["memory/games-night/november-bring-list.md"],
            check: { f in
                Fresh10.isBringList(f("memory/games-night/november-bring-list.md"))
                    && Judge.untouched(f, Array(Fresh10.gamesNight.keys), Fresh10.gamesNight)
            },
            solution: ops(writes: [
                (
                    "memory/games-night/november-bring-list.md",
                    "# Games night, November\n- Imogen: Ticket to Ride\n- Dev: Catan\n- Ruairi: Codenames\n"
                )
            ])),
        Intention(
            number: 1102, kind: "edit in place: a campsite booking's pitch number changed on one line",
            fixtures: ["memory/camping/booking-2026.md": Fresh10.booking, "memory/camping/booking-2025.md": Fresh10.booking2025],
            wordings: [
                (.imperative, "In memory/camping/booking-2026.md, change the pitch from 27 to 14"),
                (
                    .request,
                    "Glenmoor Farm have moved us to pitch 14. Could you update the pitch number in this summer's camping booking note in memory/camping?"
                ),
                (
                    .context,
                    "The campsite rang to say pitch 27 is waterlogged after the storms, so they've put us on pitch 14 instead for our July stay. Please change the pitch line in booking-2026.md in memory/camping to 14 and leave the dates, check-in and deposit lines exactly as they are. Last year's booking is in the same folder; don't touch it."
                ),
            ], changed: ["memory/camping/booking-2026.md"],
            check: { f in
                // The same lines in the same order (spacing aside), the pitch one now 14.
                let want = Judge.lines(Fresh10.booking)
                let got = Judge.lines(f("memory/camping/booking-2026.md"))
                guard got.count == want.count, let i = want.firstIndex(where: { $0.contains("Pitch") }) else { return false }
                let line = got[i].lowercased()
                let said = line.replacingOccurrences(
                    of: #"\b(was|from|instead of|not|formerly|previously)\s+(pitch\s+)?(no\.?\s*|number\s+)?#?27\b"#, with: " ",
                    options: .regularExpression)
                return line.contains("pitch") && Judge.has(said, #"(?<![\d.])14(?![\d])"#) && !Judge.has(said, #"(?<![\d.])27(?![\d])"#)
                    && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
                    && f("memory/camping/booking-2025.md") == Fresh10.booking2025
            },
            solution: ops(writes: [("memory/camping/booking-2026.md", Fresh10.booking.replacingOccurrences(of: "- Pitch: 27", with: "- Pitch: 14"))])),
        Intention(
            number: 1103, kind: "append: a night's observation as a new row at the end of a Markdown table",
            fixtures: Fresh10.astronomy,
            wordings: [
                (
                    .imperative,
                    "Add a row to the end of the table in memory/astronomy/observing-log.md: 21 Jan, Orion Nebula, seeing 4"
                ),
                (
                    .request,
                    "Could you log last night's observation at the bottom of the table in my observing log in memory/astronomy? 21 January, the Orion Nebula, and the seeing was a 4."
                ),
                (
                    .context,
                    "The sky was finally clear last night, 21 January, and I got a lovely view of the Orion Nebula through the telescope, with the seeing about 4 out of 5. Please add it as a new row at the bottom of the table in this winter's observing log in memory/astronomy, in the same columns as the others. Last autumn's log and my list of things to look for stay as they are."
                ),
            ], changed: ["memory/astronomy/observing-log.md"],
            check: { f in
                Fresh10.isObservingLog(f("memory/astronomy/observing-log.md"))
                    && Judge.untouched(
                        f, ["memory/astronomy/observing-log-autumn-2025.md", "memory/astronomy/to-find.md"], Fresh10.astronomy)
            },
            solution: ops(writes: [
                ("memory/astronomy/observing-log.md", Fresh10.astronomy["memory/astronomy/observing-log.md"]! + "| 21 Jan | Orion Nebula | 4 |\n")
            ])),
        Intention(
            number: 1104, kind: "prepend: the latest inspection as the first entry under the heading of one hive's newest-first log",
            fixtures: ["memory/bees/clover-hive.md": Fresh10.clover, "memory/bees/heather-hive.md": Fresh10.heather],
            wordings: [
                (
                    .imperative,
                    "Insert \"9 May: queen cells found, added a super\" as the first entry of memory/bees/clover-hive.md, right under its heading"
                ),
                (
                    .request,
                    "Could you add today's inspection to the top of the Clover hive log in memory/bees, just under the title? 9 May: I found queen cells and added a super."
                ),
                (
                    .context,
                    "I keep an inspection log for each of my two beehives in memory/bees, newest entry first, just below the heading. At today's inspection of the Clover hive, on 9 May, I found queen cells and put on a super, so please add that as the new first entry under the heading, written like the others, leaving the older entries alone. The Heather hive's log is separate and stays as it is."
                ),
            ], changed: ["memory/bees/clover-hive.md"],
            check: { f in
                // The heading, then the new entry, then the older entries as they were.
                let want = Judge.lines(Fresh10.clover)
                let got = Judge.lines(f("memory/bees/clover-hive.md"))
                guard !Judge.fenced(f("memory/bees/clover-hive.md") ?? ""), got.count == want.count + 1, got[0] == want[0],
                    Array(got.dropFirst(2)) == Array(want.dropFirst())
                else { return false }
                let entry = got[1].lowercased()
                return Judge.hasDate(entry, day: 9, month: 5) && Judge.has(entry, #"queen\s+cells?"#) && Judge.has(entry, #"\bsuper\b"#)
                    && !entry.contains("heather") && f("memory/bees/heather-hive.md") == Fresh10.heather
            },
            solution: ops(writes: [
                (
                    "memory/bees/clover-hive.md",
                    Fresh10.clover.replacingOccurrences(of: "(newest first)\n", with: "(newest first)\n- 9 May: queen cells found, added a super\n")
                )
            ])),
        Intention(
            number: 1105, kind: "rename: a plain-text note given the .md ending the rest of its folder has", fixtures: Fresh10.house,
            wordings: [
                (.imperative, "Rename memory/house/chimney-sweep.txt to memory/house/chimney-sweep.md"),
                (
                    .request,
                    "Could you change the chimney sweep note in memory/house from a .txt file to a .md file, keeping the rest of its name?"
                ),
                (
                    .context,
                    "All my house notes are Markdown files except the one about the chimney sweep, which I saved as chimney-sweep.txt in memory/house by mistake. Please rename it to chimney-sweep.md in the same folder without changing what it says. The gutters note is a .txt too, but leave that one as it is for now."
                ),
            ], changed: ["memory/house/chimney-sweep.txt", "memory/house/chimney-sweep.md"],
            check: { f in
                Judge.moved(f, "memory/house/chimney-sweep.txt", to: "memory/house/chimney-sweep.md", Fresh10.house)
                    && Judge.untouched(f, ["memory/house/gutters.txt", "memory/house/smoke-alarms.md"], Fresh10.house)
            }, solution: ops(#"{"op":"move","from":"memory/house/chimney-sweep.txt","to":"memory/house/chimney-sweep.md"}"#)),
        Intention(
            number: 1106, kind: "move several: three builders' quotes for a loft conversion into its folder, a garage quote left",
            fixtures: Fresh10.quotes,
            wordings: [
                (
                    .imperative,
                    "Move memory/inbox/quote-hartley-loft.md, memory/inbox/quote-brennan-loft.md and memory/inbox/quote-okoro-loft.md into memory/loft-conversion/"
                ),
                (
                    .request,
                    "Could you move the three loft conversion quotes out of memory/inbox and into memory/loft-conversion, keeping their names?"
                ),
                (
                    .context,
                    "We've had three builders round to quote for converting the loft, Hartley, Brennan and Okoro, and their quotes are sitting in memory/inbox. Please move those three quotes into memory/loft-conversion, next to the plans, without renaming them. Brennan also quoted for the garage roof, but that's a different job, so that quote stays in the inbox along with the parking permit note."
                ),
            ], changed: Set(Fresh10.loftQuotes.flatMap { ["memory/inbox/\($0)", "memory/loft-conversion/\($0)"] }),
            check: { f in
                Fresh10.loftQuotes.allSatisfy { n in Judge.moved(f, "memory/inbox/\(n)", to: "memory/loft-conversion/\(n)", Fresh10.quotes) }
                    && Judge.untouched(
                        f,
                        ["memory/inbox/quote-brennan-garage-roof.md", "memory/inbox/parking-permit.md", "memory/loft-conversion/plans.md"],
                        Fresh10.quotes)
            },
            solution: ops(
                #"{"op":"move","from":"memory/inbox/quote-hartley-loft.md","to":"memory/loft-conversion/quote-hartley-loft.md"}"#,
                #"{"op":"move","from":"memory/inbox/quote-brennan-loft.md","to":"memory/loft-conversion/quote-brennan-loft.md"}"#,
                #"{"op":"move","from":"memory/inbox/quote-okoro-loft.md","to":"memory/loft-conversion/quote-okoro-loft.md"}"#)),
        Intention(
            number: 1107, kind: "copy: last winter's ski packing checklist beside it under this winter's name", fixtures: Fresh10.ski,
            wordings: [
                (.imperative, "Copy memory/ski/checklist-2025.md to memory/ski/checklist-2026.md"),
                (
                    .request,
                    "Can you start this winter's ski checklist by copying last winter's, checklist-2025.md in memory/ski, to checklist-2026.md in the same folder?"
                ),
                (
                    .context,
                    "We're off skiing again in February and last winter's packing checklist worked well, so I'd like to start this year's from it. Please copy checklist-2025.md in memory/ski to a new checklist-2026.md in that folder, exactly as it is, and keep the 2025 one too. The 2024 list is older and missed half the things, so don't use that."
                ),
            ], changed: ["memory/ski/checklist-2026.md"],
            check: { f in
                f("memory/ski/checklist-2026.md") != nil && !Judge.fenced(f("memory/ski/checklist-2026.md")!)
                    && Judge.lines(f("memory/ski/checklist-2026.md")) == Judge.lines(Fresh10.ski["memory/ski/checklist-2025.md"])
                    && Fresh10.ski.keys.allSatisfy { f($0) == Fresh10.ski[$0] }
            }, solution: ops(writes: [("memory/ski/checklist-2026.md", Fresh10.ski["memory/ski/checklist-2025.md"]!)])),
        Intention(
            number: 1108, kind: "delete: a sold pram's listing beside the listing of its rain cover and of a high chair",
            fixtures: Fresh10.selling,
            wordings: [
                (.imperative, "Delete memory/selling/pram.md"),
                (.request, "The pram sold this morning! Could you delete its listing note from memory/selling?"),
                (
                    .context,
                    "A couple from the next village came and bought the pram today, so I don't need its listing any more. Please delete the pram's note from memory/selling. The rain cover didn't go with it and the high chair is still for sale, so keep both of those listings."
                ),
            ], changed: ["memory/selling/pram.md"],
            check: { f in
                f("memory/selling/pram.md") == nil
                    && ["memory/selling/pram-rain-cover.md", "memory/selling/high-chair.md"].allSatisfy { f($0) == Fresh10.selling[$0] }
            }, solution: ops(#"{"op":"delete","path":"memory/selling/pram.md"}"#)),
        Intention(
            number: 1109, kind: "summarise: a driving instructor's email about test day in a few short lines",
            fixtures: ["memory/driving/test-day-email.md": Fresh10.testEmail, "memory/driving/lesson-payments.md": Fresh10.payments],
            wordings: [
                (.imperative, "Summarise memory/driving/test-day-email.md in a few short lines in outputs/driving-test.md"),
                (
                    .request,
                    "My instructor sent a long email about my driving test. Could you sum it up in a few short lines and save that as outputs/driving-test.md?"
                ),
                (
                    .context,
                    "My driving test is coming up and Gwen, my instructor, sent a long email about the day, which I've saved in memory/driving. I'm nervous and just want the essentials: please write a short summary, a handful of lines on when and where it is, what to bring and what happens before and during it, to outputs/driving-test.md. The note of what I've paid for lessons has nothing to do with it, so leave it out."
                ),
            ], changed: ["outputs/driving-test.md"], check: { f in Fresh10.isTestSummary(f("outputs/driving-test.md")) },
            solution: ops(writes: [
                (
                    "outputs/driving-test.md",
                    "- Driving test: Thursday 16 April at 10:40, Pelham Road test centre.\n- Gwen picks me up at 9:30 for a one-hour warm-up lesson first.\n- Bring the photocard licence (no licence, no test) and wear comfortable flat shoes.\n- About 40 minutes, including 20 minutes of independent driving with the sat nav.\n- If unwell, tell Gwen by Monday 13 April.\n"
                )
            ])),
        Intention(
            number: 1110, kind: "extract: the dates of an evening course's classes from a college letter, the break and a deadline left out",
            fixtures: ["memory/pottery/welcome-letter.md": Fresh10.potteryLetter, "memory/pottery/kiln-notes.md": Fresh10.kilnNotes],
            wordings: [
                (
                    .imperative,
                    "Extract the dates of the classes from memory/pottery/welcome-letter.md into outputs/pottery-dates.md, one date per line"
                ),
                (
                    .request,
                    "Could you pick out the class dates from the pottery course's welcome letter in memory/pottery and list them in outputs/pottery-dates.md, one per line?"
                ),
                (
                    .context,
                    "I've signed up for a beginners' pottery course and want the class dates in my calendar, but they're scattered through the college's welcome letter in memory/pottery. Please list the date of every class in outputs/pottery-dates.md, one per line. The week off for half term isn't a class and the fee deadline isn't one either, so leave those out, and ignore the kiln notes."
                ),
            ], changed: ["outputs/pottery-dates.md"], check: { f in Fresh10.isClassDates(f("outputs/pottery-dates.md")) },
            solution: ops(writes: [("outputs/pottery-dates.md", "- 14 January\n- 21 January\n- 28 January\n- 11 February\n- 18 February\n")])),
        Intention(
            number: 1111, kind: "list-and-save: each file of a folder with the title on its first line", fixtures: Fresh10.podcast,
            wordings: [
                (
                    .imperative,
                    "List the files in memory/podcast/episodes with each one's title in outputs/episodes.md, one file per line"
                ),
                (
                    .request,
                    "Could you make me a list of the episode files in memory/podcast/episodes, each with the title from its first line, and save it as outputs/episodes.md?"
                ),
                (
                    .context,
                    "I'm putting together the show notes page for my little podcast. The episodes are one file each in memory/podcast/episodes, with the title as the heading at the top. Please write outputs/episodes.md with a line for each file giving its file name and its title. My guest ideas note isn't an episode, so leave it off."
                ),
            ], changed: ["outputs/episodes.md"], check: { f in Fresh10.isEpisodeList(f("outputs/episodes.md")) },
            solution: ops(writes: [
                (
                    "outputs/episodes.md",
                    "- ep01.md: Why does bread go stale?\n- ep02.md: The history of the humble pencil\n- ep03.md: Can you really hear the sea in a shell?\n"
                )
            ])),
        Intention(
            number: 1112, kind: "convert: a JSON list of a flock's hens to a CSV file",
            fixtures: [
                "memory/hens/flock.json": Fresh10.flockJSON, "memory/hens/flock-2024.json": Fresh10.flock2024JSON,
                "memory/hens/feed.md": "# Feed\nLayers pellets, a scoop each morning; mixed corn in the afternoon.\n",
            ],
            wordings: [
                (.imperative, "Convert memory/hens/flock.json to a CSV file at outputs/flock.csv, with a header row"),
                (
                    .request,
                    "Could you turn the JSON list of our hens in memory/hens into a CSV file, outputs/flock.csv, with a header row, so I can open it in a spreadsheet?"
                ),
                (
                    .context,
                    "The poultry club wants a spreadsheet of everyone's birds for the spring show, and all I have is the JSON my flock app exported to memory/hens/flock.json. Please convert it to CSV with a header row, one hen per row with her name, breed, the year she hatched and the notes, and save it as outputs/flock.csv. The 2024 export is out of date (Nugget is no longer with us), so don't use it."
                ),
            ], changed: ["outputs/flock.csv"], check: { f in Fresh10.isFlockCSV(f("outputs/flock.csv")) },
            solution: ops(writes: [
                (
                    "outputs/flock.csv",
                    "name,breed,hatched,notes\nHenrietta,Buff Orpington,2023,the boss\nMabel,Light Sussex,2024,lays most days\nPepper,Black Copper Marans,2022,\"dark brown eggs, goes broody\"\nDoris,Cream Legbar,2024,blue eggs\n"
                )
            ])),
        Intention(
            number: 1113, kind: "skill: checking the medicine cabinet for anything past its expiry date",
            fixtures: [
                "skills/README.md": "Each skill is a folder holding a SKILL.md.\n", "skills/birthday-reminders/SKILL.md": Fresh10.birthdaySkill,
            ],
            wordings: [
                (
                    .imperative,
                    "Create skills/medicine-check/SKILL.md, a skill named medicine-check with a description, that reads memory/medicine-cabinet.md, lists anything past its expiry date and adds a replacement for each to memory/shopping.md"
                ),
                (
                    .request,
                    "Could you write me a medicine-check skill? When I ask, it should go through memory/medicine-cabinet.md, tell me what has expired, and put replacements for those on my shopping list in memory/shopping.md."
                ),
                (
                    .context,
                    "Last winter I reached for cough syrup that had expired two years earlier, so I'd like a skill to stop that happening again. Please write one called medicine-check, laid out like the birthday-reminders skill with a name and a description at the top, that tells you to read memory/medicine-cabinet.md, point out everything past its expiry date, and add a replacement for each of those to my shopping list in memory/shopping.md."
                ),
            ], changed: ["skills/medicine-check/SKILL.md"],
            check: { f in
                // Front matter naming the skill as its folder, with a description; a body carrying both files, the expiry rule and the replacements.
                guard let t = f("skills/medicine-check/SKILL.md"), let (fields, body) = Judge.skill(t) else { return false }
                let b = body.lowercased()
                let rest = b.replacingOccurrences(of: "memory/medicine-cabinet.md", with: " ").replacingOccurrences(
                    of: "memory/shopping.md", with: " ")
                return fields["name"] == "medicine-check" && (fields["description"] ?? "").count >= 10 && b.count >= 40
                    && b.contains("memory/medicine-cabinet.md") && b.contains("memory/shopping.md")
                    && Judge.has(rest, #"expir|out of date|out-of-date|past (its|their|the) (date|use-by|best)|use-by"#)
                    && Judge.has(rest, #"replace|\bnew\b|\bbuy\b|restock"#) && Judge.has(rest, #"\badd|\bput\b|\bwrite|append|\blist\b"#)
                    && f("skills/birthday-reminders/SKILL.md") == Fresh10.birthdaySkill
            },
            solution: ops(writes: [
                (
                    "skills/medicine-check/SKILL.md",
                    "---\nname: medicine-check\ndescription: Find expired medicines and put replacements on the shopping list.\n---\nWhen I ask, read memory/medicine-cabinet.md and tell me every item past its expiry date.\nFor each expired item, add a replacement to memory/shopping.md.\n"
                )
            ])),
        Intention(
            number: 1114, kind: "script: a Python script that prints the average score of this year's golf rounds", fixtures: Fresh10.golf,
            wordings: [
                (.imperative, "Write memory/golf/average.py, a Python script that prints the average score from memory/golf/rounds-2026.csv"),
                (
                    .request,
                    "Could you write a little Python script, average.py in memory/golf, that works out my average score from this year's rounds in memory/golf/rounds-2026.csv and prints it?"
                ),
                (
                    .context,
                    "I'm trying to get my golf handicap down and record every round's score in memory/golf/rounds-2026.csv. Please write a Python script, memory/golf/average.py, that reads that file and prints my average score for the year. Last year's file in the same folder doesn't count, and the script should only read, never change anything."
                ),
            ], changed: ["memory/golf/average.py"], check: { f in Fresh10.isAverageScript(f("memory/golf/average.py")) },
            solution: ops(writes: [
                (
                    "memory/golf/average.py",
                    "import csv\n\nwith open(\"memory/golf/rounds-2026.csv\") as f:\n    scores = [int(row[\"score\"]) for row in csv.DictReader(f)]\nprint(sum(scores) / len(scores))\n"
                )
            ])),
    ]

    /// Correct results in other forms a careful person accepts (a table, another marker, a title,
    /// spacing, another date or number format, another order, quoted CSV cells with CRLF, a lost
    /// final newline, full paths for file names, another way to write the same script), at least
    /// one per intention but the delete (1108), which has no other form.
    static let fresh10Alternatives: [(Int, String)] = [
        (
            1101,
            ops(writes: [
                (
                    "memory/games-night/november-bring-list.md",
                    "Games night, November\n\n| Who | Game |\n|---|---|\n| Imogen | Ticket to Ride |\n| Dev | Catan |\n| Ruairi | Codenames |"
                )
            ])
        ),
        (1101, ops(writes: [("memory/games-night/november-bring-list.md", "Ticket to Ride (Imogen)\nCatan (Dev)\nCodenames (Ruairi)")])),
        (
            1101,
            ops(writes: [
                (
                    "memory/games-night/november-bring-list.md",
                    "## Who's bringing what\n\n* **Imogen** – *Ticket to Ride*\n* **Dev** – Settlers of Catan\n* **Ruairí** – Codenames\n"
                )
            ])
        ),
        (
            1102,
            ops(writes: [
                (
                    "memory/camping/booking-2026.md",
                    Fresh10.booking.replacingOccurrences(of: "- Pitch: 27", with: "- Pitch:  14 (moved from 27)").trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            1102,
            ops(writes: [
                (
                    "memory/camping/booking-2026.md",
                    Fresh10.booking.replacingOccurrences(of: "- Pitch: 27", with: "- Pitch: no. 14").replacingOccurrences(
                        of: "summer 2026\n", with: "summer 2026\n\n")
                )
            ])
        ),
        (
            1103,
            ops(writes: [
                (
                    "memory/astronomy/observing-log.md",
                    Fresh10.astronomy["memory/astronomy/observing-log.md"]! + "| 21 January 2026 | Orion Nebula (M42) | 4/5 |"
                )
            ])
        ),
        (
            1103,
            ops(writes: [
                (
                    "memory/astronomy/observing-log.md",
                    Fresh10.astronomy["memory/astronomy/observing-log.md"]! + "|21/01|M42, the Orion Nebula|4|\n"
                )
            ])
        ),
        (
            1104,
            ops(writes: [
                (
                    "memory/bees/clover-hive.md",
                    Fresh10.clover.replacingOccurrences(
                        of: "(newest first)\n", with: "(newest first)\n\n- 09/05: queen cells found; added a super\n")
                )
            ])
        ),
        (
            1104,
            ops(writes: [
                (
                    "memory/bees/clover-hive.md",
                    Fresh10.clover.replacingOccurrences(
                        of: "(newest first)\n", with: "(newest first)\n- 9th May: found queen cells, put a super on\n"
                    ).trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            1105,
            ops(
                writes: [("memory/house/chimney-sweep.md", Fresh10.house["memory/house/chimney-sweep.txt"]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/house/chimney-sweep.txt"}"#)
        ),
        (
            1106,
            ops(
                writes: Fresh10.loftQuotes.map { ("memory/loft-conversion/\($0)", Fresh10.quotes["memory/inbox/\($0)"]! + "\n") },
                #"{"op":"delete","path":"memory/inbox/quote-okoro-loft.md"}"#, #"{"op":"delete","path":"memory/inbox/quote-hartley-loft.md"}"#,
                #"{"op":"delete","path":"memory/inbox/quote-brennan-loft.md"}"#)
        ),
        (
            1107,
            ops(writes: [("memory/ski/checklist-2026.md", Fresh10.ski["memory/ski/checklist-2025.md"]!.trimmingCharacters(in: .newlines))])
        ),
        (
            1109,
            ops(writes: [
                (
                    "outputs/driving-test.md",
                    "# Test day\n\nMy driving test is on Thu 16th April at 10.40am at Pelham Road. Gwen collects me at 9.30am for a warm-up lesson, and we use her car. I must bring my photocard licence and wear flat shoes; the test lasts about 40 minutes.\n"
                )
            ])
        ),
        (
            1109,
            ops(writes: [
                (
                    "outputs/driving-test.md",
                    "When: 16/04, 10:40 (pick-up 09:30)\nWhere: Pelham Road test centre\nBring: photocard licence, flat shoes\nDuring: ~40 min, incl. 20 min independent driving (sat nav)"
                )
            ])
        ),
        (
            1109,
            ops(writes: [
                (
                    "outputs/driving-test.md",
                    "Driving test on April 16.\nWarm-up lesson with Gwen beforehand.\nDon't forget the licence!\nIll? Tell Gwen by 13 April to keep the fee.\n"
                )
            ])
        ),
        (
            1110,
            ops(writes: [
                (
                    "outputs/pottery-dates.md",
                    "# Pottery classes (Wednesdays, 7 to 9 pm)\n\n| Class | Date |\n|---|---|\n| 1 | 2026-01-14 |\n| 2 | 2026-01-21 |\n| 3 | 2026-01-28 |\n| 4 | 2026-02-11 |\n| 5 | 2026-02-18 |\n"
                )
            ])
        ),
        (
            1110,
            ops(writes: [
                (
                    "outputs/pottery-dates.md",
                    "Wednesday 14 January\nWednesday 21 January\nWednesday 28 January\nWednesday 11 February\nWednesday 18 February (take pieces home)"
                )
            ])
        ),
        (1110, ops(writes: [("outputs/pottery-dates.md", "Class dates:\n1. Jan 14\n2. Jan 21st\n3. Jan 28\n4. Feb 11\n5. Feb 18\n")])),
        (
            1111,
            ops(writes: [
                (
                    "outputs/episodes.md",
                    "# Episodes\n\n| File | Title |\n|---|---|\n| ep03.md | Can you really hear the sea in a shell? |\n| ep01.md | Why does bread go stale? |\n| ep02.md | The history of the humble pencil |\n"
                )
            ])
        ),
        (
            1111,
            ops(writes: [
                (
                    "outputs/episodes.md",
                    "memory/podcast/episodes/ep01.md — Why does bread go stale?\nmemory/podcast/episodes/ep02.md — The history of the humble pencil\nmemory/podcast/episodes/ep03.md — Can you really hear the sea in a shell?"
                )
            ])
        ),
        (
            1111,
            ops(writes: [
                (
                    "outputs/episodes.md",
                    "* \"Why does bread go stale?\" (`ep01.md`)\n* \"The history of the humble pencil\" (`ep02.md`)\n* \"Can you really hear the sea in a shell?\" (`ep03.md`)\n"
                )
            ])
        ),
        (
            1112,
            ops(writes: [
                (
                    "outputs/flock.csv",
                    "\"notes\",\"name\",\"hatched\",\"breed\"\r\n\"blue eggs\",\"Doris\",\"2024\",\"Cream Legbar\"\r\n\"the boss\",\"Henrietta\",\"2023\",\"Buff Orpington\"\r\n\"lays most days\",\"Mabel\",\"2024\",\"Light Sussex\"\r\n\"dark brown eggs, goes broody\",\"Pepper\",\"2022\",\"Black Copper Marans\"\r\n"
                )
            ])
        ),
        (
            1112,
            ops(writes: [
                (
                    "outputs/flock.csv",
                    "Name, Breed, Year hatched, Notes\nHenrietta, Buff Orpington, 2023, The boss\nMabel, Light Sussex, 2024, Lays most days\nPepper, Black Copper Marans, 2022, \"Dark brown eggs, goes broody\"\nDoris, Cream Legbar, 2024, Blue eggs"
                )
            ])
        ),
        (
            1113,
            ops(writes: [
                (
                    "skills/medicine-check/SKILL.md",
                    "---\nname: \"medicine-check\"\ndescription: >\n  Check the medicine cabinet for out-of-date items.\n---\n\n# Medicine check\n\n1. Read `memory/medicine-cabinet.md`.\n2. List every medicine whose expiry date has passed.\n3. For each of them, append a line to `memory/shopping.md` so I buy a new one.\n"
                )
            ])
        ),
        (
            1114,
            ops(writes: [
                ("memory/golf/average.py", "import pandas as pd\n\nprint(pd.read_csv(\"memory/golf/rounds-2026.csv\")[\"score\"].mean())\n")
            ])
        ),
        (
            1114,
            ops(writes: [
                (
                    "memory/golf/average.py",
                    "#!/usr/bin/env python3\n\"\"\"Print my average golf score for 2026.\"\"\"\nimport csv\nimport statistics\n\n\ndef main():\n    with open(\"memory/golf/rounds-2026.csv\", newline=\"\") as f:\n        scores = [float(r[\"score\"]) for r in csv.DictReader(f)]\n    print(f\"Average score: {statistics.mean(scores):.1f}\")\n\n\nif __name__ == \"__main__\":\n    main()\n"
                )
            ])
        ),
        (
            1114,
            ops(writes: [
                (
                    "memory/golf/average.py",
                    "total = 0\ncount = 0\nwith open('memory/golf/rounds-2026.csv') as f:\n    next(f)\n    for line in f:\n        total += int(line.strip().split(',')[2])\n        count += 1\nprint(total / count)\n"
                )
            ])
        ),
        (
            1114,
            ops(writes: [
                (
                    "memory/golf/average.py",
                    "import csv\nimport os\n\npath = os.path.join(os.path.dirname(__file__), \"rounds-2026.csv\")\nrows = list(csv.reader(open(path)))[1:]\nprint(round(sum(int(r[-1]) for r in rows) / len(rows), 1))"
                )
            ])
        ),
    ]

    /// Wrong or partial results that the tenth fresh part's checks must refuse, at least four per intention.
    static let fresh10NearMisses: [(Int, String)] = [
        (1101, ops(writes: [("memory/games-night/november-bring-list.md", "Imogen Ticket to Ride, Dev Catan, Ruairi Codenames\n")])),
        (1101, ops(writes: [("memory/games-night/november-bring-list.md", "- Imogen: Catan\n- Dev: Ticket to Ride\n- Ruairi: Codenames\n")])),
        (1101, ops(writes: [("memory/games-night/november-bring-list.md", "- Imogen: Ticket to Ride\n- Dev: Catan\n")])),
        (
            1101,
            ops(writes: [
                ("memory/games-night/november-bring-list.md", "- Imogen: Ticket to Ride\n- Dev: Catan\n- Ruairi: Codenames\n- Ruairi: Azul\n")
            ])
        ),
        (
            1101,
            ops(writes: [
                (
                    "memory/games-night/october-bring-list.md",
                    Fresh10.gamesNight["memory/games-night/october-bring-list.md"]! + "- Imogen: Ticket to Ride\n- Dev: Catan\n- Ruairi: Codenames\n"
                )
            ])
        ),
        (1101, ops(writes: [("memory/november-bring-list.md", "- Imogen: Ticket to Ride\n- Dev: Catan\n- Ruairi: Codenames\n")])),
        (
            1101,
            ops(writes: [("memory/games-night/november-bring-list.md", "```\n- Imogen: Ticket to Ride\n- Dev: Catan\n- Ruairi: Codenames\n```\n")])
        ),
        (1101, ops(writes: [("memory/games-night/november-bring-list.md", Fresh10.gamesNight["memory/games-night/october-bring-list.md"]!)])),
        (1102, ops(writes: [("memory/camping/booking-2026.md", Fresh10.booking.replacingOccurrences(of: "27", with: "14"))])),
        (1102, ops(writes: [("memory/camping/booking-2026.md", Fresh10.booking + "- Pitch: 14\n")])),
        (
            1102,
            ops(writes: [("memory/camping/booking-2025.md", Fresh10.booking2025.replacingOccurrences(of: "- Pitch: 31", with: "- Pitch: 14"))])
        ),
        (1102, ops(writes: [("memory/camping/booking-2026.md", Fresh10.booking.replacingOccurrences(of: "- Pitch: 27", with: "- Pitch: 14 or 27"))])),
        (1102, ops(writes: [("memory/camping/booking-2026.md", "- Pitch: 14\n")])),
        (1102, ops(writes: [("memory/camping/booking-2026.md", Fresh10.booking.replacingOccurrences(of: "- Pitch: 27", with: "- Pitch: 41"))])),
        (
            1102,
            ops(writes: [
                (
                    "memory/camping/booking-2026.md",
                    "```markdown\n" + Fresh10.booking.replacingOccurrences(of: "- Pitch: 27", with: "- Pitch: 14") + "```\n"
                )
            ])
        ),
        (
            1102,
            ops(writes: [
                (
                    "memory/camping/booking-2026.md",
                    Fresh10.booking.replacingOccurrences(of: "- Pitch: 27", with: "- Pitch: 14").replacingOccurrences(
                        of: "45 EUR", with: "45 EUR (paid)")
                )
            ])
        ),
        (
            1103,
            ops(writes: [
                (
                    "memory/astronomy/observing-log-autumn-2025.md",
                    Fresh10.astronomy["memory/astronomy/observing-log-autumn-2025.md"]! + "| 21 Jan | Orion Nebula | 4 |\n"
                )
            ])
        ),
        (
            1103,
            ops(writes: [
                ("memory/astronomy/observing-log.md", Fresh10.astronomy["memory/astronomy/observing-log.md"]! + "| 21 Jan | Orion Nebula | 3 |\n")
            ])
        ),
        (
            1103,
            ops(writes: [
                (
                    "memory/astronomy/observing-log.md",
                    Fresh10.astronomy["memory/astronomy/observing-log.md"]!.replacingOccurrences(
                        of: "|---|---|---|\n", with: "|---|---|---|\n| 21 Jan | Orion Nebula | 4 |\n")
                )
            ])
        ),
        (
            1103,
            ops(writes: [
                ("memory/astronomy/observing-log.md", Fresh10.astronomy["memory/astronomy/observing-log.md"]! + "\n| 21 Jan | Orion Nebula | 4 |\n")
            ])
        ),
        (
            1103,
            ops(writes: [
                ("memory/astronomy/observing-log.md", Fresh10.astronomy["memory/astronomy/observing-log.md"]! + "21 Jan: Orion Nebula, seeing 4\n")
            ])
        ),
        (
            1103,
            ops(writes: [
                (
                    "memory/astronomy/observing-log.md",
                    Fresh10.astronomy["memory/astronomy/observing-log.md"]!.replacingOccurrences(
                        of: "| 15 Jan | Andromeda Galaxy | 2 |\n", with: "| 21 Jan | Orion Nebula | 4 |\n")
                )
            ])
        ),
        (
            1103,
            ops(writes: [
                (
                    "memory/astronomy/observing-log.md",
                    "```\n" + Fresh10.astronomy["memory/astronomy/observing-log.md"]! + "| 21 Jan | Orion Nebula | 4 |\n```\n"
                )
            ])
        ),
        (
            1103,
            ops(writes: [
                ("memory/astronomy/observing-log.md", Fresh10.astronomy["memory/astronomy/observing-log.md"]! + "| 12 Jan | Orion Nebula | 4 |\n")
            ])
        ),
        (1104, ops(writes: [("memory/bees/clover-hive.md", Fresh10.clover + "- 9 May: queen cells found, added a super\n")])),
        (1104, ops(writes: [("memory/bees/clover-hive.md", "- 9 May: queen cells found, added a super\n" + Fresh10.clover)])),
        (
            1104,
            ops(writes: [
                (
                    "memory/bees/heather-hive.md",
                    Fresh10.heather.replacingOccurrences(of: "(newest first)\n", with: "(newest first)\n- 9 May: queen cells found, added a super\n")
                )
            ])
        ),
        (
            1104,
            ops(writes: [
                (
                    "memory/bees/clover-hive.md",
                    Fresh10.clover.replacingOccurrences(of: "(newest first)\n", with: "(newest first)\n- 19 May: queen cells found, added a super\n")
                )
            ])
        ),
        (
            1104,
            ops(writes: [
                (
                    "memory/bees/clover-hive.md",
                    Fresh10.clover.replacingOccurrences(
                        of: "- 2 May: queen seen, eggs and young brood, calm\n", with: "- 9 May: queen cells found, added a super\n")
                )
            ])
        ),
        (
            1104,
            ops(writes: [
                (
                    "memory/bees/clover-hive.md",
                    Fresh10.clover.replacingOccurrences(of: "(newest first)\n", with: "(newest first)\n- 9 May: queen cells found\n")
                )
            ])
        ),
        (
            1104,
            ops(writes: [
                (
                    "memory/bees/clover-hive.md",
                    "```\n"
                        + Fresh10.clover.replacingOccurrences(
                            of: "(newest first)\n", with: "(newest first)\n- 9 May: queen cells found, added a super\n") + "```\n"
                )
            ])
        ),
        (1105, ops(#"{"op":"move","from":"memory/house/gutters.txt","to":"memory/house/gutters.md"}"#)),
        (1105, ops(#"{"op":"move","from":"memory/house/chimney-sweep.txt","to":"memory/house/chimney-sweep.txt.md"}"#)),
        (1105, ops(writes: [("memory/house/chimney-sweep.md", Fresh10.house["memory/house/chimney-sweep.txt"]!)])),
        (1105, ops(#"{"op":"move","from":"memory/house/chimney-sweep.txt","to":"memory/chimney-sweep.md"}"#)),
        (
            1105,
            ops(
                #"{"op":"move","from":"memory/house/chimney-sweep.txt","to":"memory/house/chimney-sweep.md"}"#,
                #"{"op":"move","from":"memory/house/gutters.txt","to":"memory/house/gutters.md"}"#)
        ),
        (
            1105,
            ops(
                writes: [("memory/house/chimney-sweep.md", "# Chimney sweep\n" + Fresh10.house["memory/house/chimney-sweep.txt"]!)],
                #"{"op":"delete","path":"memory/house/chimney-sweep.txt"}"#)
        ),
        (
            1106,
            ops(
                #"{"op":"move","from":"memory/inbox/quote-hartley-loft.md","to":"memory/loft-conversion/quote-hartley-loft.md"}"#,
                #"{"op":"move","from":"memory/inbox/quote-brennan-loft.md","to":"memory/loft-conversion/quote-brennan-loft.md"}"#)
        ),
        (1106, ops(writes: Fresh10.loftQuotes.map { ("memory/loft-conversion/\($0)", Fresh10.quotes["memory/inbox/\($0)"]!) })),
        (
            1106,
            ops(
                #"{"op":"move","from":"memory/inbox/quote-hartley-loft.md","to":"memory/loft-conversion/quote-hartley-loft.md"}"#,
                #"{"op":"move","from":"memory/inbox/quote-brennan-loft.md","to":"memory/loft-conversion/quote-brennan-loft.md"}"#,
                #"{"op":"move","from":"memory/inbox/quote-okoro-loft.md","to":"memory/loft-conversion/quote-okoro-loft.md"}"#,
                #"{"op":"move","from":"memory/inbox/quote-brennan-garage-roof.md","to":"memory/loft-conversion/quote-brennan-garage-roof.md"}"#)
        ),
        (
            1106,
            ops(
                #"{"op":"move","from":"memory/inbox/quote-hartley-loft.md","to":"memory/loft-conversion/quotes/quote-hartley-loft.md"}"#,
                #"{"op":"move","from":"memory/inbox/quote-brennan-loft.md","to":"memory/loft-conversion/quotes/quote-brennan-loft.md"}"#,
                #"{"op":"move","from":"memory/inbox/quote-okoro-loft.md","to":"memory/loft-conversion/quotes/quote-okoro-loft.md"}"#)
        ),
        (
            1106,
            ops(
                #"{"op":"move","from":"memory/inbox/quote-hartley-loft.md","to":"memory/loft-conversion/hartley.md"}"#,
                #"{"op":"move","from":"memory/inbox/quote-brennan-loft.md","to":"memory/loft-conversion/brennan.md"}"#,
                #"{"op":"move","from":"memory/inbox/quote-okoro-loft.md","to":"memory/loft-conversion/okoro.md"}"#)
        ),
        (1107, ops(#"{"op":"move","from":"memory/ski/checklist-2025.md","to":"memory/ski/checklist-2026.md"}"#)),
        (1107, ops(writes: [("memory/ski/checklist-2026.md", Fresh10.ski["memory/ski/checklist-2024.md"]!)])),
        (1107, ops(writes: [("memory/ski/checklist2026.md", Fresh10.ski["memory/ski/checklist-2025.md"]!)])),
        (
            1107,
            ops(writes: [
                ("memory/ski/checklist-2026.md", Fresh10.ski["memory/ski/checklist-2025.md"]!),
                ("memory/ski/checklist-2025.md", Fresh10.ski["memory/ski/checklist-2025.md"]! + "Copied to 2026.\n"),
            ])
        ),
        (
            1107,
            ops(writes: [
                (
                    "memory/ski/checklist-2026.md",
                    Fresh10.ski["memory/ski/checklist-2025.md"]!.replacingOccurrences(
                        of: "# Ski packing checklist (2025)", with: "# Ski packing checklist"
                    )
                    .replacingOccurrences(of: "- [ ] goggles\n", with: "")
                )
            ])
        ),
        (1107, ops(writes: [("memory/ski/checklist-2026.md", "```markdown\n" + Fresh10.ski["memory/ski/checklist-2025.md"]! + "```\n")])),
        (1107, ops(writes: [("outputs/checklist-2026.md", Fresh10.ski["memory/ski/checklist-2025.md"]!)])),
        (1108, ops(#"{"op":"delete","path":"memory/selling/pram-rain-cover.md"}"#)),
        (1108, ops(#"{"op":"delete","path":"memory/selling/pram.md"}"#, #"{"op":"delete","path":"memory/selling/pram-rain-cover.md"}"#)),
        (1108, ops(writes: [("memory/selling/pram.md", "")])),
        (1108, ops(#"{"op":"move","from":"memory/selling/pram.md","to":"memory/selling/sold/pram.md"}"#)),
        (1108, ops(writes: [("memory/selling/pram.md", Fresh10.selling["memory/selling/pram.md"]! + "SOLD.\n")])),
        (1108, ops(#"{"op":"delete","path":"memory/selling/high-chair.md"}"#)),
        (1109, ops(writes: [("outputs/driving-test.md", Fresh10.testEmail)])),
        (1109, ops(writes: [("outputs/driving-test.md", "Gwen wrote about the driving test. It's worth reading the whole email before the day.\n")])),
        (1109, ops(writes: [("outputs/driving-test.md", "- Ten lessons paid, 320 EUR.\n- Five lessons still owed, 160 EUR.\n")])),
        (
            1109,
            ops(writes: [
                (
                    "outputs/driving-test.md",
                    "- Driving test: Thursday 17 April at 10:40, Pelham Road.\n- Bring the photocard licence and wear flat shoes.\n- Warm-up lesson first.\n"
                )
            ])
        ),
        (
            1109,
            ops(writes: [
                (
                    "outputs/driving-test.md",
                    "- Driving test: Thursday 16 April at 10:30, Pelham Road.\n- Bring the photocard licence and wear flat shoes.\n- Warm-up lesson first.\n"
                )
            ])
        ),
        (
            1109,
            ops(writes: [
                (
                    "memory/driving/driving-test.md",
                    "- Driving test: Thursday 16 April at 10:40, Pelham Road.\n- Bring the photocard licence and wear flat shoes.\n- Warm-up lesson first.\n"
                )
            ])
        ),
        (
            1109,
            ops(writes: [
                (
                    "outputs/driving-test.md",
                    "- Driving test: Thursday 16 April at 10:40, Pelham Road.\n- Bring the photocard licence and wear flat shoes.\n- Warm-up lesson first.\n- Still owe Gwen 160 EUR for five lessons.\n"
                )
            ])
        ),
        (
            1110,
            ops(writes: [("outputs/pottery-dates.md", "- 14 January\n- 21 January\n- 28 January\n- 4 February\n- 11 February\n- 18 February\n")])
        ),
        (
            1110,
            ops(writes: [("outputs/pottery-dates.md", "- 9 January\n- 14 January\n- 21 January\n- 28 January\n- 11 February\n- 18 February\n")])
        ),
        (1110, ops(writes: [("outputs/pottery-dates.md", "- 14 January\n- 21 January\n- 28 January\n- 11 February\n")])),
        (1110, ops(writes: [("outputs/pottery-dates.md", "14 January, 21 January, 28 January, 11 February, 18 February\n")])),
        (1110, ops(writes: [("outputs/pottery-dates.md", "```\n14 January\n21 January\n28 January\n11 February\n18 February\n```\n")])),
        (1110, ops(writes: [("memory/pottery/pottery-dates.md", "- 14 January\n- 21 January\n- 28 January\n- 11 February\n- 18 February\n")])),
        (
            1110,
            ops(writes: [
                ("outputs/pottery-dates.md", "- 14 January\n- 21 January\n- 28 January\n- 11 February\n- 18 February\n- 25 February (glaze firing)\n")
            ])
        ),
        (1110, ops(writes: [("outputs/pottery-dates.md", "- 14 January\n- 21 January\n- 21 January\n- 28 January\n- 11 February\n")])),
        (1111, ops(writes: [("outputs/episodes.md", "- ep01.md\n- ep02.md\n- ep03.md\n")])),
        (
            1111,
            ops(writes: [
                ("outputs/episodes.md", "- Why does bread go stale?\n- The history of the humble pencil\n- Can you really hear the sea in a shell?\n")
            ])
        ),
        (
            1111,
            ops(writes: [
                (
                    "outputs/episodes.md",
                    "- ep01.md: Why does bread go stale?\n- ep02.md: The history of the humble pencil\n- ep03.md: Can you really hear the sea in a shell?\n- guest-ideas.md: Guest ideas\n"
                )
            ])
        ),
        (
            1111,
            ops(writes: [
                (
                    "outputs/episodes.md",
                    "- ep01.md: The history of the humble pencil\n- ep02.md: Why does bread go stale?\n- ep03.md: Can you really hear the sea in a shell?\n"
                )
            ])
        ),
        (
            1111,
            ops(writes: [
                (
                    "outputs/episodes.md",
                    "ep01.md (Why does bread go stale?), ep02.md (The history of the humble pencil), ep03.md (Can you really hear the sea in a shell?)\n"
                )
            ])
        ),
        (
            1111,
            ops(writes: [
                (
                    "outputs/episodes.md",
                    "```\nep01.md: Why does bread go stale?\nep02.md: The history of the humble pencil\nep03.md: Can you really hear the sea in a shell?\n```\n"
                )
            ])
        ),
        (
            1111,
            ops(writes: [
                (
                    "memory/podcast/episodes/episodes.md",
                    "- ep01.md: Why does bread go stale?\n- ep02.md: The history of the humble pencil\n- ep03.md: Can you really hear the sea in a shell?\n"
                )
            ])
        ),
        (1111, ops(writes: [("outputs/episodes.md", "- ep01.md: Why does bread go stale?\n- ep03.md: Can you really hear the sea in a shell?\n")])),
        (1112, ops(writes: [("outputs/flock.csv", Fresh10.flockJSON)])),
        (
            1112,
            ops(writes: [
                (
                    "outputs/flock.csv",
                    "name,breed,hatched,notes\nHenrietta,Buff Orpington,2023,the boss\nMabel,Light Sussex,2024,lays most days\nPepper,Black Copper Marans,2022,dark brown eggs, goes broody\nDoris,Cream Legbar,2024,blue eggs\n"
                )
            ])
        ),
        (
            1112,
            ops(writes: [
                (
                    "outputs/flock.csv",
                    "name,breed,hatched,notes\nHenrietta,Buff Orpington,2023,the boss\nMabel,Light Sussex,2024,lays most days\nNugget,Rhode Island Red,2021,escapes\n"
                )
            ])
        ),
        (
            1112,
            ops(writes: [
                (
                    "outputs/flock.csv",
                    "name,breed,hatched,notes\nHenrietta,Buff Orpington,2023,the boss\nMabel,Light Sussex,2024,lays most days\nDoris,Cream Legbar,2024,blue eggs\n"
                )
            ])
        ),
        (
            1112,
            ops(writes: [
                (
                    "outputs/flock.csv",
                    "Henrietta,Buff Orpington,2023,the boss\nMabel,Light Sussex,2024,lays most days\nPepper,Black Copper Marans,2022,\"dark brown eggs, goes broody\"\nDoris,Cream Legbar,2024,blue eggs\n"
                )
            ])
        ),
        (
            1112,
            ops(writes: [
                (
                    "outputs/flock.csv",
                    "```csv\nname,breed,hatched,notes\nHenrietta,Buff Orpington,2023,the boss\nMabel,Light Sussex,2024,lays most days\nPepper,Black Copper Marans,2022,\"dark brown eggs, goes broody\"\nDoris,Cream Legbar,2024,blue eggs\n```\n"
                )
            ])
        ),
        (
            1112,
            ops(writes: [
                (
                    "outputs/flock.md",
                    "name,breed,hatched,notes\nHenrietta,Buff Orpington,2023,the boss\nMabel,Light Sussex,2024,lays most days\nPepper,Black Copper Marans,2022,\"dark brown eggs, goes broody\"\nDoris,Cream Legbar,2024,blue eggs\n"
                )
            ])
        ),
        (
            1112,
            ops(writes: [
                (
                    "outputs/flock.csv",
                    "| name | breed | hatched | notes |\n|---|---|---|---|\n| Henrietta | Buff Orpington | 2023 | the boss |\n| Mabel | Light Sussex | 2024 | lays most days |\n| Pepper | Black Copper Marans | 2022 | dark brown eggs, goes broody |\n| Doris | Cream Legbar | 2024 | blue eggs |\n"
                )
            ])
        ),
        (
            1112,
            ops(writes: [
                (
                    "outputs/flock.csv",
                    "name,breed,hatched,notes\nHenrietta,Light Sussex,2023,the boss\nMabel,Buff Orpington,2024,lays most days\nPepper,Black Copper Marans,2022,\"dark brown eggs, goes broody\"\nDoris,Cream Legbar,2024,blue eggs\n"
                )
            ])
        ),
        (
            1113,
            ops(writes: [
                (
                    "skills/medicine-check/SKILL.md",
                    "# Medicine check\nRead memory/medicine-cabinet.md and list every item past its expiry date. Add a replacement for each to memory/shopping.md.\n"
                )
            ])
        ),
        (
            1113,
            ops(writes: [
                (
                    "skills/medicine-check/SKILL.md",
                    "---\nname: Medicine Check\ndescription: Find expired medicines.\n---\nRead memory/medicine-cabinet.md and list every item past its expiry date. Add a replacement for each to memory/shopping.md.\n"
                )
            ])
        ),
        (
            1113,
            ops(writes: [
                (
                    "skills/medicine-check.md",
                    "---\nname: medicine-check\ndescription: Find expired medicines.\n---\nRead memory/medicine-cabinet.md and list every item past its expiry date. Add a replacement for each to memory/shopping.md.\n"
                )
            ])
        ),
        (
            1113,
            ops(writes: [
                (
                    "skills/medicine-check/SKILL.md",
                    "---\nname: medicine-check\n---\nRead memory/medicine-cabinet.md and list every item past its expiry date. Add a replacement for each to memory/shopping.md.\n"
                )
            ])
        ),
        (
            1113,
            ops(writes: [
                (
                    "skills/medicine-check/SKILL.md",
                    "---\nname: medicine-check\ndescription: Find expired medicines.\n---\nRead memory/medicine-cabinet.md and list every item past its expiry date.\n"
                )
            ])
        ),
        (
            1113,
            ops(writes: [
                (
                    "skills/medicine-check/SKILL.md",
                    "---\nname: medicine-check\ndescription: Find expired medicines.\n---\nLook in the medicine cabinet and list every item past its expiry date. Add a replacement for each to memory/shopping.md.\n"
                )
            ])
        ),
        (
            1113,
            ops(writes: [
                (
                    "skills/medicine-check/SKILL.md",
                    "```markdown\n---\nname: medicine-check\ndescription: Find expired medicines.\n---\nRead memory/medicine-cabinet.md and list every item past its expiry date. Add a replacement for each to memory/shopping.md.\n```\n"
                )
            ])
        ),
        (
            1113,
            ops(writes: [
                (
                    "skills/birthday-reminders/SKILL.md",
                    Fresh10.birthdaySkill
                        + "\n## Medicines\nRead memory/medicine-cabinet.md and list every item past its expiry date. Add a replacement for each to memory/shopping.md.\n"
                )
            ])
        ),
        (
            1114,
            ops(writes: [
                (
                    "memory/golf/average.py",
                    "import csv\n\nwith open(\"memory/golf/rounds-2026.csv\") as f:\n    scores = [int(row[\"score\"]) for row in csv.DictReader(f)]\nprint(sum(scores))\n"
                )
            ])
        ),
        (
            1114,
            ops(writes: [
                (
                    "memory/golf/average.py",
                    "import csv\n\nwith open(\"memory/golf/rounds-2025.csv\") as f:\n    scores = [int(row[\"score\"]) for row in csv.DictReader(f)]\nprint(sum(scores) / len(scores))\n"
                )
            ])
        ),
        (
            1114,
            ops(writes: [
                (
                    "memory/golf/average.py",
                    "import csv\n\nwith open(\"memory/golf/rounds-2026.csv\") as f:\n    scores = [int(row[\"score\"]) for row in csv.DictReader(f)]\nprint(min(scores))\n"
                )
            ])
        ),
        (
            1114,
            ops(writes: [
                ("memory/golf/average.py", "#!/bin/sh\nawk -F, 'NR > 1 { s += $3; n++ } END { print s / n }' memory/golf/rounds-2026.csv\n")
            ])
        ),
        (
            1114,
            ops(writes: [
                (
                    "memory/golf/average.py",
                    "```python\nimport csv\n\nwith open(\"memory/golf/rounds-2026.csv\") as f:\n    scores = [int(row[\"score\"]) for row in csv.DictReader(f)]\nprint(sum(scores) / len(scores))\n```\n"
                )
            ])
        ),
        (
            1114,
            ops(writes: [
                (
                    "memory/average.py",
                    "import csv\n\nwith open(\"memory/golf/rounds-2026.csv\") as f:\n    scores = [int(row[\"score\"]) for row in csv.DictReader(f)]\nprint(sum(scores) / len(scores))\n"
                )
            ])
        ),
        (
            1114,
            ops(writes: [
                (
                    "memory/golf/average.py",
                    "import csv\n\nwith open(\"memory/golf/rounds-2026.csv\") as f:\n    scores = [int(row[\"score\"]) for row in csv.DictReader(f)]\naverage = sum(scores) / len(scores)\nwith open(\"memory/golf/rounds-2026.csv\", \"a\") as f:\n    f.write(f\"average,,{average}\\n\")\nprint(average)\n"
                )
            ])
        ),
        (
            1114,
            ops(writes: [
                (
                    "memory/golf/average.py",
                    "import csv\n\nwith open(\"memory/golf/rounds-2026.csv\") as f:\n    rows = list(csv.DictReader(f))\nprint(len(rows))\n"
                )
            ])
        ),
        (
            1114,
            ops(writes: [
                (
                    "memory/golf/average.py",
                    "# import csv\n# with open(\"memory/golf/rounds-2026.csv\") as f:\n#     scores = [int(row[\"score\"]) for row in csv.DictReader(f)]\n# print(sum(scores) / len(scores))\n"
                )
            ])
        ),
    ]
}

/// The tenth fresh part's fixtures and the helpers its checks share.
private enum Fresh10 {
    static let gamesNight: [String: String] = [
        "memory/games-night/october-bring-list.md": "# Games night, October\n- Imogen: Carcassonne\n- Dev: Codenames\n- Ruairi: Azul\n",
        "memory/games-night/house-rules.md": "# House rules\nWhoever loses tidies the box away. No phones at the table.\n",
    ]
    static let booking = """
        # Camping at Glenmoor Farm, summer 2026
        - Dates: 24 to 27 July (3 nights)
        - Pitch: 27
        - Check-in: from 2 pm, at the farm shop
        - Deposit paid: 45 EUR, the rest on arrival

        """
    static let booking2025 = "# Camping at Glenmoor Farm, summer 2025\n- Dates: 2 to 5 August (3 nights)\n- Pitch: 31\n- Check-in: from 2 pm\n"
    static let astronomy: [String: String] = [
        "memory/astronomy/observing-log.md": """
        # Observing log, winter 2026

        | Date | Object | Seeing (1–5) |
        |---|---|---|
        | 3 Jan | Jupiter and its moons | 3 |
        | 9 Jan | the Pleiades | 4 |
        | 15 Jan | Andromeda Galaxy | 2 |

        """,
        "memory/astronomy/observing-log-autumn-2025.md":
            "# Observing log, autumn 2025\n\n| Date | Object | Seeing (1–5) |\n|---|---|---|\n| 12 Oct | Saturn's rings | 4 |\n| 2 Nov | the Double Cluster | 3 |\n",
        "memory/astronomy/to-find.md": "# Still to find\n- the Orion Nebula\n- the Crab Nebula\n- Uranus\n",
    ]
    static let clover = """
        # Clover hive: inspections (newest first)
        - 2 May: queen seen, eggs and young brood, calm
        - 25 Apr: six frames of brood, plenty of stores
        - 18 Apr: first inspection of the year, colony strong

        """
    static let heather =
        "# Heather hive: inspections (newest first)\n- 3 May: no queen seen but eggs present, a little tetchy\n- 26 Apr: four frames of brood\n"
    static let house: [String: String] = [
        "memory/house/chimney-sweep.txt":
            "Chimney sweep: Ollie Brandt\nSwept the living room flue on 14 October. Next sweep due next October.\nThe certificate is in the blue folder.\n",
        "memory/house/gutters.txt": "Gutters cleared by Ollie's brother in September. Downpipe by the back door still drips.\n",
        "memory/house/smoke-alarms.md": "# Smoke alarms\nTest them on the first of every month.\n",
    ]
    static let loftQuotes = ["quote-hartley-loft.md", "quote-brennan-loft.md", "quote-okoro-loft.md"]
    static let quotes: [String: String] = [
        "memory/inbox/quote-hartley-loft.md": "# Quote: Hartley Builders\nLoft conversion with a dormer, 38,500 EUR, six weeks.\n",
        "memory/inbox/quote-brennan-loft.md": "# Quote: Brennan & Sons\nLoft conversion with roof windows only, 29,900 EUR, five weeks.\n",
        "memory/inbox/quote-okoro-loft.md":
            "# Quote: Okoro Construction\nLoft conversion with a dormer and a shower room, 44,000 EUR, eight weeks.\n",
        "memory/inbox/quote-brennan-garage-roof.md": "# Quote: Brennan & Sons\nNew felt roof for the garage, 2,150 EUR.\n",
        "memory/inbox/parking-permit.md": "# Parking permit\nRenew online by 31 March.\n",
        "memory/loft-conversion/plans.md": "# Loft conversion\nThe architect's drawings were approved in January.\n",
    ]
    static let ski: [String: String] = [
        "memory/ski/checklist-2025.md":
            "# Ski packing checklist (2025)\n- [ ] ski jackets and trousers\n- [ ] thermals\n- [ ] goggles\n- [ ] gloves and spare gloves\n- [ ] sun cream and lip balm\n- [ ] lift pass holders\n- [ ] blister plasters\n",
        "memory/ski/checklist-2024.md": "# Ski packing checklist (2024)\n- [ ] jackets\n- [ ] gloves\n",
        "memory/ski/resort-info.md": "# Resort\nChalet Les Airelles, key from the bakery below. Lifts open at 8:45.\n",
    ]
    static let selling: [String: String] = [
        "memory/selling/pram.md": "# For sale: pram\nGrey, folds flat, 120 EUR or nearest offer. Collection only.\n",
        "memory/selling/pram-rain-cover.md": "# For sale: pram rain cover\nFits most prams, 10 EUR.\n",
        "memory/selling/high-chair.md": "# For sale: high chair\nWooden, adjustable, 35 EUR.\n",
    ]
    static let testEmail = """
        # Email from Gwen (driving instructor), 2 April

        Hi Tamsin, good news: your practical test is booked for Thursday 16 April at 10:40 at the Pelham Road test \
        centre. I'll pick you up at 9:30 so we can have a one-hour warm-up lesson first and drive the roundabouts near \
        the centre once more. Please bring your photocard licence, because without it the examiner won't let you take \
        the test, and wear comfortable flat shoes. We'll use my car, so you don't need to arrange any insurance. The test \
        itself lasts about 40 minutes, including around 20 minutes of independent driving following the sat nav. If you \
        feel unwell, tell me by Monday 13 April so we can move the date without losing the fee. Don't worry about the \
        "show me, tell me" questions: we'll go through them on the way there. And try to get a good night's sleep the \
        night before! Gwen

        """
    static let payments = "# Lesson payments\n- 10 lessons, 320 EUR, paid 1 March\n- 5 lessons, 160 EUR, still owed\n"
    static let potteryLetter = """
        # Welcome to Beginners' Pottery (Riverside College)

        Dear student,

        Thank you for enrolling. Classes run on Wednesday evenings from 7 to 9 pm in room B4. The first class is on \
        14 January, and then we meet on 21 January and 28 January. There is no class on 4 February because of the \
        half-term break. We start again on 11 February, and the last class, when you can take your pieces home, is on \
        18 February. Please pay the materials fee of 25 EUR by 9 January. Wear old clothes!

        Best wishes, Marguerite Fell, course tutor

        """
    static let kilnNotes = "# Kiln firing\nThe glaze firing is on 25 February; pieces ready to collect from 2 March.\n"
    static let podcast: [String: String] = [
        "memory/podcast/episodes/ep01.md": "# Why does bread go stale?\nGuest: a baker from Leith. Recorded 3 March.\n",
        "memory/podcast/episodes/ep02.md": "# The history of the humble pencil\nRecorded 17 March.\n",
        "memory/podcast/episodes/ep03.md": "# Can you really hear the sea in a shell?\nRecorded 31 March, on the beach.\n",
        "memory/podcast/guest-ideas.md": "# Guest ideas\n- a lock-keeper\n- a bell-ringer\n",
    ]
    static let flockJSON = """
        [
          {"name": "Henrietta", "breed": "Buff Orpington", "hatched": 2023, "notes": "the boss"},
          {"name": "Mabel", "breed": "Light Sussex", "hatched": 2024, "notes": "lays most days"},
          {"name": "Pepper", "breed": "Black Copper Marans", "hatched": 2022, "notes": "dark brown eggs, goes broody"},
          {"name": "Doris", "breed": "Cream Legbar", "hatched": 2024, "notes": "blue eggs"}
        ]

        """
    static let flock2024JSON = """
        [
          {"name": "Henrietta", "breed": "Buff Orpington", "hatched": 2023, "notes": "shy"},
          {"name": "Pepper", "breed": "Black Copper Marans", "hatched": 2022, "notes": "dark brown eggs"},
          {"name": "Nugget", "breed": "Rhode Island Red", "hatched": 2021, "notes": "escapes"}
        ]

        """
    static let birthdaySkill =
        "---\nname: birthday-reminders\ndescription: Remind me of birthdays coming up.\n---\nRead memory/birthdays.md and tell me whose birthday falls in the next two weeks.\n"
    static let golf: [String: String] = [
        "memory/golf/rounds-2026.csv":
            "date,course,score\n2026-03-07,Hollins Park,94\n2026-03-21,Hollins Park,91\n2026-04-04,Brackley Heath,97\n2026-04-18,Hollins Park,88\n",
        "memory/golf/rounds-2025.csv": "date,course,score\n2025-09-13,Hollins Park,103\n2025-10-04,Brackley Heath,99\n",
        "memory/golf/handicap.md": "# Handicap\nCurrently 22. Aiming for 18 by the autumn.\n",
    ]

    /// Whether `text` is the bring list: Imogen with Ticket to Ride, Dev with Catan, Ruairi with Codenames.
    static func isBringList(_ text: String?) -> Bool {
        Judge.isPairedList(
            text, who: [#"\bimogen\b"#, #"\bdev\b"#, #"\bruair[ií]\b"#], what: [#"ticket\s+to\s+ride"#, #"\bcatan\b"#, #"\bcode\s*names\b"#])
    }

    /// Whether `text` is the winter log as it was, then one row right under the last (no blank
    /// line ending the table first) giving 21 January, the Orion Nebula and a seeing of 4, in the
    /// table's own columns.
    static func isObservingLog(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(astronomy["memory/astronomy/observing-log.md"])
        let got = Judge.lines(t)
        guard got.count == want.count + 1, Array(got.prefix(want.count)) == want, let last = got.last, let row = tableCells(last), row.count == 3
        else { return false }
        let raw = t.components(separatedBy: "\n").map { Judge.spaced($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard let at = raw.lastIndex(of: last), at > 0, raw[at - 1] == want.last else { return false }
        let cells = row.map { $0.lowercased() }
        return Judge.hasDate(cells[0], day: 21, month: 1) && Judge.has(cells[1], #"\borion\b|\bm\s?42\b"#)
            && Judge.has(cells[2], #"^4(\s*(/|out of)\s*5)?$"#)
    }

    /// Whether `text` sums up the test-day email: a few short lines (a title aside), under half
    /// its length, about the test on 16 April, with at least three of the things to know, nothing
    /// about the lesson payments, and no April date or time that the email does not give.
    static func isTestSummary(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let body = Judge.lines(t).filter { !$0.hasPrefix("#") }
        let low = body.joined(separator: " ").lowercased()
        let facts = [
            #"10[:.]40"#, #"9[:.]30|pick(s|ing)?\s+(you|me)\s+up|collect|warm-?up|lesson (first|before)"#, #"licen[cs]e"#, #"\bshoes\b"#,
            #"her car|gwen'?s car|instructor'?s car|insurance"#, #"40\s*min|forty min|independent|sat ?nav"#, #"pelham"#,
            #"unwell|\bill\b|sick|move the date|reschedul"#, #"show me|tell me"#,
        ].filter { Judge.has(low, $0) }
        let april =
            Judge.found(low, #"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?apr"#)
            + Judge.found(low, #"\bapr[a-z]*\.?\s+(\d{1,2})\b(?!\s*(?:am|pm|a\.m|p\.m|[:.]\d))"#) + Judge.found(low, #"\b(\d{1,2})/0?4\b"#)
        let times =
            Judge.found(low, #"\b(\d{1,2}(?::\d{2}|\.\d{2})?)\s*(?:am|pm|a\.m\.|p\.m\.)"#)
            + Judge.found(low, #"\b(\d{1,2}:\d{2})(?!\s*(?:am|pm|a\.m|p\.m))\b"#)
        let clock = times.map { time -> String in
            let s = time.replacingOccurrences(of: ".", with: ":").replacingOccurrences(of: ":00", with: "")
            return s.hasPrefix("0") && s.count > 1 ? String(s.dropFirst()) : s
        }
        return body.count <= 6 && low.count >= 40 && low.count * 2 < testEmail.count && facts.count >= 3 && Judge.has(low, #"\btest\b"#)
            && Judge.hasDate(low, day: 16, month: 4) && !Judge.has(low, #"(?<![\d.])(320|160)(?![\d])|\bowed?\b|\bpayments?\b"#)
            && april.allSatisfy { ["16", "13", "2", "02"].contains($0) } && clock.allSatisfy { ["10:40", "9:30"].contains($0) }
    }

    /// Whether `text` gives the five class dates, one entry each and each once (any order, any
    /// date format), and no other date of the letter or the kiln notes; besides them at most a
    /// title and a table header before them.
    static func isClassDates(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let entries = Judge.items(t).filter { !Judge.isTableRule($0) }.map { $0.lowercased() }
        let classes = [(14, 1), (21, 1), (28, 1), (11, 2), (18, 2)]
        let others = [(4, 2), (9, 1), (25, 2), (2, 3)]
        guard !entries.contains(where: { e in others.contains { Judge.hasDate(e, day: $0.0, month: $0.1) } }) else { return false }
        let dated = entries.indices.filter { i in classes.contains { Judge.hasDate(entries[i], day: $0.0, month: $0.1) } }
        guard dated.count == classes.count, let first = dated.first, dated == Array(first..<first + classes.count),
            entries.count == first + classes.count, first <= 2
        else { return false }
        if first == 2 && !entries[1].hasPrefix("|") { return false }
        let which = dated.map { i in classes.indices.filter { Judge.hasDate(entries[i], day: classes[$0].0, month: classes[$0].1) } }
        return which.allSatisfy { $0.count == 1 } && Set(which.map { $0[0] }).count == classes.count
    }

    /// Whether `text` pairs each episode file with its own title, one entry each, and nothing else.
    static func isEpisodeList(_ text: String?) -> Bool {
        Judge.isPairedList(
            text, who: [#"\bep0?1\b"#, #"\bep0?2\b"#, #"\bep0?3\b"#],
            what: [#"\bbread\b|\bstale\b"#, #"\bpencil\b"#, #"\bshell\b|hear the sea"#])
    }

    /// Whether `text` is the flock as CSV: a header naming the name, breed, year hatched and notes
    /// (in any column order, any case), then one row per hen with her own values (case aside, the
    /// cell with a comma quoted), and nothing else.
    static func isFlockCSV(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !t.contains("|") else { return false }
        let rows = Judge.lines(t).map { Judge.csvCells($0).map(Judge.spaced) }
        guard rows.count == 5, rows.allSatisfy({ $0.count == 4 }) else { return false }
        let header = rows[0].map { $0.lowercased() }
        guard let name = header.firstIndex(where: { $0.contains("name") }), let breed = header.firstIndex(where: { $0.contains("breed") }),
            let hatched = header.firstIndex(where: { Judge.has($0, #"hatch|\byear\b|\bborn\b"#) }),
            let notes = header.firstIndex(where: { Judge.has($0, #"note|comment"#) }), Set([name, breed, hatched, notes]).count == 4
        else { return false }
        let want: [String: [String]] = [
            "henrietta": ["buff orpington", "2023", "the boss"], "mabel": ["light sussex", "2024", "lays most days"],
            "pepper": ["black copper marans", "2022", "dark brown eggs, goes broody"], "doris": ["cream legbar", "2024", "blue eggs"],
        ]
        var got: [String: [String]] = [:]
        for row in rows.dropFirst() {
            got[row[name].lowercased()] = [row[breed].lowercased(), row[hatched].lowercased(), row[notes].lowercased()]
        }
        return got == want
    }

    /// Whether `text` is a Python script (a shebang, if any, names Python) that opens
    /// rounds-2026.csv (not last year's), reads the score column as numbers, divides their sum by
    /// their count (or takes their mean) and prints it, and writes, moves or removes nothing.
    /// Comments and a fenced reply do not count.
    static func isAverageScript(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let l = Judge.lines(t)
        if let first = l.first, first.hasPrefix("#!"), !first.contains("python") { return false }
        let code = l.filter { !$0.hasPrefix("#") }.joined(separator: "\n")
        // The code with its string literals emptied: a path's slashes are not a division.
        let bare = code.replacingOccurrences(of: #""[^"\n]*"|'[^'\n]*'"#, with: "\"\"", options: .regularExpression)
        let has = { (words: [String]) in words.contains { code.contains($0) } }
        guard code.contains("rounds-2026.csv"), !code.contains("rounds-2025") else { return false }
        guard !Judge.has(code, #"open\([^)]*,\s*(mode\s*=\s*)?["'][wax]|\.to_csv\(|os\.remove|os\.unlink|\.unlink\(|shutil|os\.rename"#) else {
            return false
        }
        return has(["open(", "read_text(", "read_csv(", "loadtxt(", "genfromtxt("])
            && (code.contains("score") || Judge.has(code, #"\[\s*(2|-1)\s*\]"#))
            && has(["int(", "float(", "Decimal(", "read_csv(", "loadtxt(", "genfromtxt("])
            && (Judge.has(code, #"\bf?mean\("#) || Judge.has(bare, #"[\w)\]]\s*/\s*[\w(]"#)) && code.contains("print(")
    }
}
