import Foundation

/// An eleventh fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first ten: by someone who had not read the agent loop, its tools, its prompts, its tests or
/// any result. Fourteen intentions, numbered 1201 to 1214, one for each kind the issue names
/// (create, measurements given partly in words; edit in place, a value said as "it's now X";
/// append a numbered item; prepend a row under the header of a newest-first table; rename after
/// a change of surname; move several files at once into a folder named by what it holds; copy
/// as a backup beside the original; delete; summarise within a word limit; extract one person's
/// actions from minutes, the others' left out; list-and-save in the order of a date inside each
/// file, one left out; convert a vCard export to CSV; a skill; a Python script that filters and
/// sums), each worded three ways as people word them (files named by path, by bare name or by
/// what they are; folders by path or by description; numbers in figures or words; chatty
/// context), run as Steward chooses. Every fixture holds a look-alike beside the right file (an
/// old flat's sizes, a sibling's lessons at the same fee, a list of films already seen, the gas
/// readings, a second Sophie, a receipt, a boarding pass and a ukulele folder, last year's
/// budget, a fern of another kind, last term's notes, last month's minutes, a gig already been
/// to, an older export, another skill, last year's reading list). Judged by content as a person
/// would (other list markers, row, column and entry order, spacing, a title line, a table for a
/// list, another date, number or phone format, quoted CSV cells with CRLF, a lost final newline
/// pass) and by "nothing else changed" (the wrong file, the wrong folder, a copy where a move
/// was asked fail). Frozen in a commit of its own before any run with a model: never tune the
/// loop on it, and run it as it is (`STEWARD_SUITE_PART=fresh11`).
extension EverydayTaskSuite {
    static let fresh11: [Intention] = [
        Intention(
            number: 1201, kind: "create: a note of each window's width and height, measured for new curtains", fixtures: Fresh11.curtains,
            wordings: [
                (
                    .imperative,
                    "Create memory/home/curtains/window-sizes.md with the window measurements, width by height: living room 140 x 120 cm, bedroom 90 x 110 cm, kitchen 60 x 75 cm"
                ),
                (
                    .request,
                    "Could you jot down the window sizes for the new curtains in a file called window-sizes.md in my curtains folder under memory/home? The living room is a hundred and forty wide by a hundred and twenty high, the bedroom ninety wide by a hundred and ten high, and the kitchen sixty wide by seventy-five high, all in centimetres."
                ),
                (
                    .context,
                    "I'm going to the fabric shop on Saturday and want the window measurements with me. I measured them last night: the living room window is 140 cm wide and 120 cm tall, the bedroom one 90 cm wide and 110 cm tall, and the little kitchen window 60 cm wide and 75 cm tall. Please put them in a new note, window-sizes.md, in memory/home/curtains, one line per window with its width and height. The fabric ideas and the sizes from the old flat in that folder stay as they are."
                ),
            ], changed: ["memory/home/curtains/window-sizes.md"],
            check: { f in
                Fresh11.isWindowSizes(f("memory/home/curtains/window-sizes.md")) && Judge.untouched(f, Array(Fresh11.curtains.keys), Fresh11.curtains)
            },
            solution: ops(writes: [
                (
                    "memory/home/curtains/window-sizes.md",
                    "# Window sizes (cm, width x height)\n- Living room: 140 x 120\n- Bedroom: 90 x 110\n- Kitchen: 60 x 75\n"
                )
            ])),
        Intention(
            number: 1202, kind: "edit in place: a music lesson's new fee, said as what it is now, on one line of a note",
            fixtures: ["memory/music/piano-lessons.md": Fresh11.piano, "memory/music/violin-lessons.md": Fresh11.violin],
            wordings: [
                (.imperative, "Update memory/music/piano-lessons.md: the fee is now 32 EUR a lesson"),
                (
                    .request,
                    "Zara's piano teacher has put her prices up, it's thirty-two euros a lesson now. Could you change the fee in the piano lessons note in memory/music?"
                ),
                (
                    .context,
                    "Mrs Adeyemi wrote to say that from next month Zara's piano lessons cost 32 EUR instead of 28. Please change the fee line in the piano lessons note in memory/music to 32, keeping the rest of that line and every other line as they are. Theo's violin lessons still cost 28, so his note stays the same."
                ),
            ], changed: ["memory/music/piano-lessons.md"],
            check: { f in
                // The same lines in the same order (spacing aside), the fee one now 32, still a lesson's fee paid monthly.
                let want = Judge.lines(Fresh11.piano)
                let got = Judge.lines(f("memory/music/piano-lessons.md"))
                guard !Judge.fenced(f("memory/music/piano-lessons.md") ?? ""), got.count == want.count,
                    let i = want.firstIndex(where: { $0.hasPrefix("- Fee") })
                else { return false }
                let line = got[i].lowercased()
                let said = line.replacingOccurrences(
                    of:
                        #"\b(was|from|instead of|not|formerly|previously|up from|rather than)\s+(eur\s*|€\s*)?28\b|\b28\s*(eur|euros?|€)?\s*(before|previously|until)\b"#,
                    with: " ", options: .regularExpression)
                return line.contains("fee") && Judge.has(said, #"(?<![\d.,])32(?![\d])|thirty[- ]two"#)
                    && !Judge.has(said, #"(?<![\d.,])28(?![\d])"#) && line.contains("lesson") && line.contains("month")
                    && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] } && f("memory/music/violin-lessons.md") == Fresh11.violin
            },
            solution: ops(writes: [
                ("memory/music/piano-lessons.md", Fresh11.piano.replacingOccurrences(of: "- Fee: 28 EUR", with: "- Fee: 32 EUR"))
            ])),
        Intention(
            number: 1203, kind: "append: a film as the next numbered item at the end of a family watchlist", fixtures: Fresh11.films,
            wordings: [
                (.imperative, "Add The Iron Giant as number five at the end of memory/films/watchlist.md"),
                (.request, "Could you put The Iron Giant at the bottom of the kids' film watchlist in memory/films?"),
                (
                    .context,
                    "My brother swears the kids will love The Iron Giant, the old cartoon about a boy who befriends a giant robot. Please add it as the last film on our watchlist in memory/films, numbered like the others, and don't touch the list of films we've already seen."
                ),
            ], changed: ["memory/films/watchlist.md"],
            check: { f in
                // The list as it was, then one more line, numbered 5, naming the film.
                let t = f("memory/films/watchlist.md") ?? ""
                let want = Judge.lines(Fresh11.films["memory/films/watchlist.md"])
                let got = Judge.lines(t)
                guard !Judge.fenced(t), got.count == want.count + 1, Array(got.prefix(want.count)) == want, let last = got.last else {
                    return false
                }
                return Judge.has(last, #"^5[.)]\s+\S"#) && Judge.has(last, #"\biron\s+giant\b"#)
                    && f("memory/films/watched.md") == Fresh11.films["memory/films/watched.md"]
            },
            solution: ops(writes: [("memory/films/watchlist.md", Fresh11.films["memory/films/watchlist.md"]! + "5. The Iron Giant\n")])),
        Intention(
            number: 1204, kind: "prepend: a meter reading as the first row under the header of a newest-first table",
            fixtures: Fresh11.meters,
            wordings: [
                (.imperative, "Put a new first row in the table of memory/home/meter-readings/electricity.md: 14 Mar, 48213"),
                (
                    .request,
                    "I've just read the electricity meter: 48213 on the fourteenth of March. Could you add it to the top of the readings table in the electricity note in memory/home/meter-readings? It's newest first."
                ),
                (
                    .context,
                    "I read the meters on the 14th of every month to check the supplier's bills. Today, 14 March, the electricity meter said 48213. Please add that as the newest reading in the electricity table in memory/home/meter-readings, which runs newest first, so it goes straight under the header row. The gas readings are in their own note and stay as they are."
                ),
            ], changed: ["memory/home/meter-readings/electricity.md"],
            check: { f in
                Fresh11.isElectricityTable(f("memory/home/meter-readings/electricity.md"))
                    && f("memory/home/meter-readings/gas.md") == Fresh11.meters["memory/home/meter-readings/gas.md"]
            },
            solution: ops(writes: [
                (
                    "memory/home/meter-readings/electricity.md",
                    Fresh11.meters["memory/home/meter-readings/electricity.md"]!.replacingOccurrences(
                        of: "|---|---|\n", with: "|---|---|\n| 14 Mar | 48213 |\n")
                )
            ])),
        Intention(
            number: 1205, kind: "rename: a friend's contact note given her married surname, as its neighbours are named",
            fixtures: Fresh11.contacts,
            wordings: [
                (.imperative, "Rename memory/contacts/sophie-turner.md to sophie-okafor.md"),
                (
                    .request,
                    "Sophie Turner got married last month and she's Sophie Okafor now. Could you rename her contact note in memory/contacts to match, without changing what's in it?"
                ),
                (
                    .context,
                    "My friend Sophie from the antenatal class married Daniel in June and took his surname, Okafor. My contact notes in memory/contacts are named first name, dash, surname, so please rename hers from sophie-turner.md to sophie-okafor.md, and leave what the note says alone; I'll update it myself. Sophie Lane is a different Sophie, so don't touch her note."
                ),
            ], changed: ["memory/contacts/sophie-turner.md", "memory/contacts/sophie-okafor.md"],
            check: { f in
                Judge.moved(f, "memory/contacts/sophie-turner.md", to: "memory/contacts/sophie-okafor.md", Fresh11.contacts)
                    && Judge.untouched(f, ["memory/contacts/sophie-lane.md", "memory/contacts/tom-reid.md"], Fresh11.contacts)
            }, solution: ops(#"{"op":"move","from":"memory/contacts/sophie-turner.md","to":"memory/contacts/sophie-okafor.md"}"#)),
        Intention(
            number: 1206, kind: "move several: three downloaded chord sheets into the folder of guitar songs, a receipt and a pass left",
            fixtures: Fresh11.downloads,
            wordings: [
                (
                    .imperative,
                    "Move chords-jolene.md, chords-wonderwall.md and chords-hallelujah.md from memory/downloads into memory/music/guitar-songs"
                ),
                (
                    .request,
                    "Could you move the three chord sheets I downloaded, the ones for Jolene, Wonderwall and Hallelujah, into the folder where I keep my guitar songs? Keep their names."
                ),
                (
                    .context,
                    "I've been learning new songs on the guitar and saved three chord sheets, Jolene, Wonderwall and Hallelujah, in memory/downloads. Please move all three into the folder with my other guitar songs under memory/music, names unchanged. The receipt for the strings and my boarding pass stay in downloads, and the ukulele songs are a different folder."
                ),
            ], changed: Set(Fresh11.chordSheets.flatMap { ["memory/downloads/\($0)", "memory/music/guitar-songs/\($0)"] }),
            check: { f in
                Fresh11.chordSheets.allSatisfy { n in Judge.moved(f, "memory/downloads/\(n)", to: "memory/music/guitar-songs/\(n)", Fresh11.downloads)
                }
                    && Judge.untouched(
                        f,
                        [
                            "memory/downloads/guitar-strings-receipt.md", "memory/downloads/boarding-pass.md",
                            "memory/music/guitar-songs/chords-country-roads.md", "memory/music/ukulele-songs/chords-riptide.md",
                        ], Fresh11.downloads)
            },
            solution: ops(
                #"{"op":"move","from":"memory/downloads/chords-jolene.md","to":"memory/music/guitar-songs/chords-jolene.md"}"#,
                #"{"op":"move","from":"memory/downloads/chords-wonderwall.md","to":"memory/music/guitar-songs/chords-wonderwall.md"}"#,
                #"{"op":"move","from":"memory/downloads/chords-hallelujah.md","to":"memory/music/guitar-songs/chords-hallelujah.md"}"#)),
        Intention(
            number: 1207, kind: "copy: a backup of this year's budget beside it before reworking it", fixtures: Fresh11.money,
            wordings: [
                (.imperative, "Make a backup copy of memory/money/budget.csv called budget-backup.csv in the same folder"),
                (
                    .request,
                    "Before I start fiddling with my budget, could you make a backup of the budget spreadsheet in memory/money? Put it next to it as budget-backup.csv."
                ),
                (
                    .context,
                    "I'm about to rework this year's budget and I'm bound to make a mess of it, so I'd like a safety copy first. Please copy budget.csv in memory/money to budget-backup.csv in the same folder, exactly as it is, and leave the original where it is. The 2025 budget is old, so don't copy that one."
                ),
            ], changed: ["memory/money/budget-backup.csv"],
            check: { f in
                f("memory/money/budget-backup.csv") != nil && !Judge.fenced(f("memory/money/budget-backup.csv")!)
                    && Judge.lines(f("memory/money/budget-backup.csv")) == Judge.lines(Fresh11.money["memory/money/budget.csv"])
                    && Fresh11.money.keys.allSatisfy { f($0) == Fresh11.money[$0] }
            }, solution: ops(writes: [("memory/money/budget-backup.csv", Fresh11.money["memory/money/budget.csv"]!)])),
        Intention(
            number: 1208, kind: "delete: a dead houseplant's care note beside a fern of another kind and a thriving plant",
            fixtures: Fresh11.plants,
            wordings: [
                (.imperative, "Delete memory/plants/boston-fern.md"),
                (.request, "The Boston fern didn't survive the winter, sadly. Can you remove its care note from my plants folder?"),
                (
                    .context,
                    "I've finally given up on the Boston fern in the kitchen; it dropped all its leaves and went on the compost heap. Please delete its care note from memory/plants. The asparagus fern on the landing is doing fine and so is the monstera, so keep both of their notes."
                ),
            ], changed: ["memory/plants/boston-fern.md"],
            check: { f in
                f("memory/plants/boston-fern.md") == nil
                    && ["memory/plants/asparagus-fern.md", "memory/plants/monstera.md"].allSatisfy { f($0) == Fresh11.plants[$0] }
            }, solution: ops(#"{"op":"delete","path":"memory/plants/boston-fern.md"}"#)),
        Intention(
            number: 1209, kind: "summarise: notes from a parents' evening in sixty words or fewer",
            fixtures: [
                "memory/school/parents-evening-march.md": Fresh11.parentsEvening,
                "memory/school/parents-evening-november.md": Fresh11.parentsEveningNovember,
            ],
            wordings: [
                (.imperative, "Summarise memory/school/parents-evening-march.md in sixty words or fewer in outputs/parents-evening.md"),
                (
                    .request,
                    "Could you boil my notes from Noor's parents' evening this March, in memory/school, down to sixty words at most for her dad, and save that as outputs/parents-evening.md?"
                ),
                (
                    .context,
                    "Noor's dad couldn't come to parents' evening this month, so I want to send him the gist. My notes from the meeting with her teacher are in memory/school (the March ones; November's are from last term and don't count). Please write a summary of no more than 60 words, covering how she's doing and what we need to do, to outputs/parents-evening.md."
                ),
            ], changed: ["outputs/parents-evening.md"], check: { f in Fresh11.isParentsSummary(f("outputs/parents-evening.md")) },
            solution: ops(writes: [
                (
                    "outputs/parents-evening.md",
                    "Noor reads well above her age, but her seven and eight times tables are weak: ten minutes of practice every evening with the app. Her handwriting has improved. The Science Museum trip is on 22 April; the consent form and 12 EUR are due by 10 April.\n"
                )
            ])),
        Intention(
            number: 1210, kind: "extract: one member's own actions from a residents' meeting's minutes, the others' left out",
            fixtures: ["memory/residents/minutes-may.md": Fresh11.minutesMay, "memory/residents/minutes-april.md": Fresh11.minutesApril],
            wordings: [
                (.imperative, "Extract Ravi's action points from memory/residents/minutes-may.md into outputs/my-actions.md, one per line"),
                (
                    .request,
                    "I'm Ravi. Could you pull out just the things I said I'd do at the May residents' meeting, from the minutes in memory/residents, and list them in outputs/my-actions.md?"
                ),
                (
                    .context,
                    "I'm Ravi and I got volunteered for a few jobs at the residents' association meeting in May, but I've lost track of which. Please go through the May minutes in memory/residents and list only my actions in outputs/my-actions.md, one per line. Helen's and Marcus's jobs aren't mine, the decisions aren't actions, and April's minutes are done with."
                ),
            ], changed: ["outputs/my-actions.md"], check: { f in Fresh11.isRaviActions(f("outputs/my-actions.md")) },
            solution: ops(writes: [
                (
                    "outputs/my-actions.md",
                    "# My actions (May meeting)\n- Ask the council to repair the broken streetlight outside number 12\n- Book the community hall for the summer fair on 12 July\n- Put the summer newsletter through every door by the end of the month\n"
                )
            ])),
        Intention(
            number: 1211, kind: "list-and-save: ticket notes in the order of the date inside each, soonest first, one already been to left out",
            fixtures: Fresh11.tickets,
            wordings: [
                (
                    .imperative,
                    "List the ticket files in memory/tickets in date order, soonest first, leaving out folk-night.md, and save the list to outputs/upcoming-gigs.md"
                ),
                (
                    .request,
                    "Could you list the gig tickets in memory/tickets by the date of each gig, earliest first, and save it as outputs/upcoming-gigs.md? Leave off the one I've already been to."
                ),
                (
                    .context,
                    "I keep a note for each concert ticket in memory/tickets, with the date of the gig inside, and I'd like to see what's coming up. Please write outputs/upcoming-gigs.md listing the ticket files, one per line, in the order the gigs happen, soonest first. The folk night has already happened (its note says so), so leave it out."
                ),
            ], changed: ["outputs/upcoming-gigs.md"], check: { f in Fresh11.isGigList(f("outputs/upcoming-gigs.md")) },
            solution: ops(writes: [("outputs/upcoming-gigs.md", "- june-jazz.md\n- lanterns-leeds.md\n- harbour-choir.md\n")])),
        Intention(
            number: 1212, kind: "convert: a phone's vCard export of contacts to a CSV file",
            fixtures: [
                "memory/phone/contacts.vcf": Fresh11.vcard, "memory/phone/contacts-2023.vcf": Fresh11.vcard2023,
                "memory/phone/notes.md": "# Phone\nBack up the photos before the trade-in.\n",
            ],
            wordings: [
                (.imperative, "Convert memory/phone/contacts.vcf to outputs/contacts.csv with the columns name, phone and email"),
                (
                    .request,
                    "Could you turn my phone's contacts export, contacts.vcf in memory/phone, into a CSV file at outputs/contacts.csv, with a header row and each person's name, phone number and email?"
                ),
                (
                    .context,
                    "I'm putting my contacts into a spreadsheet to send out the wedding invitations, and my phone exported them as a vCard file, memory/phone/contacts.vcf. Please convert it to CSV in outputs/contacts.csv: a header row, then one row per person with their full name, phone number and email address. The 2023 export in the same folder is out of date, so leave it alone."
                ),
            ], changed: ["outputs/contacts.csv"], check: { f in Fresh11.isContactsCSV(f("outputs/contacts.csv")) },
            solution: ops(writes: [
                (
                    "outputs/contacts.csv",
                    "name,phone,email\nBernadette Walsh,+353 87 123 4567,bernie.walsh@example.ie\nKofi Mensah,+44 7700 900456,kofi@example.co.uk\nLucía Fernández,+34 912 345 678,lucia.f@example.es\n"
                )
            ])),
        Intention(
            number: 1213, kind: "skill: drafting a polite reply that turns an invitation down",
            fixtures: [
                "skills/README.md": "Each skill is a folder in skills/ holding a SKILL.md.\n", "skills/weekly-review/SKILL.md": Fresh11.weeklySkill,
            ],
            wordings: [
                (
                    .imperative,
                    "Create skills/decline-invitation/SKILL.md, a skill named decline-invitation with a description, that drafts a short, polite reply turning down an invitation: thank them, say no without a long excuse, suggest meeting another time, and save the draft in outputs/replies/"
                ),
                (
                    .request,
                    "I'm hopeless at saying no. Could you write me a skill called decline-invitation that drafts a polite reply turning an invitation down? It should thank the person, decline kindly without a long excuse, offer to meet up another time, and save the draft in outputs/replies."
                ),
                (
                    .context,
                    "I get asked to far more things than I can go to and always agonise over the reply. Please write a skill named decline-invitation, with a name and a description at the top like my weekly-review skill, telling the agent to draft a short, warm reply that thanks the person for asking, says no without inventing a long excuse, suggests another time to meet, and saves the draft as a file in outputs/replies."
                ),
            ], changed: ["skills/decline-invitation/SKILL.md"],
            check: { f in
                // Front matter naming the skill as its folder, with a description; a body carrying the thanks, the no, another time and where the draft goes.
                guard let t = f("skills/decline-invitation/SKILL.md"), let (fields, body) = Judge.skill(t) else { return false }
                let b = body.lowercased()
                let rest = b.replacingOccurrences(of: "outputs/replies", with: " ").replacingOccurrences(of: "decline-invitation", with: " ")
                return fields["name"] == "decline-invitation" && (fields["description"] ?? "").count >= 10 && b.count >= 40
                    && b.contains("outputs/replies") && Judge.has(rest, #"\bthank"#)
                    && Judge.has(
                        rest,
                        #"declin|turn(s|ing)?\s+(it\s+|them\s+|the\s+invit\w*\s+|an\s+invit\w*\s+)?down|say(s|ing)?\s+no\b|can'?t\s+(come|make|go|attend)|cannot\s+(come|make|go|attend)|not\s+able\s+to"#
                    )
                    && Judge.has(
                        rest,
                        #"another\s+(time|day|date|occasion)|other\s+time|different\s+(time|day|date)|later\s+date|rain\s*check|meet\s+up|get\s+together|\bsuggest|\boffer"#
                    ) && f("skills/weekly-review/SKILL.md") == Fresh11.weeklySkill
            },
            solution: ops(writes: [
                (
                    "skills/decline-invitation/SKILL.md",
                    "---\nname: decline-invitation\ndescription: Draft a short, polite reply turning down an invitation.\n---\nThank the person for the invitation, say no kindly without a long excuse, and suggest meeting another time.\nSave the draft in outputs/replies/.\n"
                )
            ])),
        Intention(
            number: 1214, kind: "script: a Python script that prints the total pages of the books finished this year", fixtures: Fresh11.reading,
            wordings: [
                (
                    .imperative,
                    "Write memory/reading/pages.py, a Python script that prints the total pages of the books marked finished in memory/reading/books-2026.csv"
                ),
                (
                    .request,
                    "Could you write a small Python script, pages.py in memory/reading, that adds up the pages of the books I've finished from books-2026.csv in that folder and prints the total? Books I haven't finished don't count."
                ),
                (
                    .context,
                    "My reading challenge this year is ten thousand pages, and I log every book in memory/reading/books-2026.csv with a finished column saying yes or no. Please write a Python script, memory/reading/pages.py, that reads that file and prints the total number of pages of the books I've finished, skipping the ones still marked no. Last year's list doesn't count, and the script must not change any file."
                ),
            ], changed: ["memory/reading/pages.py"], check: { f in Fresh11.isPagesScript(f("memory/reading/pages.py")) },
            solution: ops(writes: [
                (
                    "memory/reading/pages.py",
                    "import csv\n\nwith open(\"memory/reading/books-2026.csv\") as f:\n    total = sum(int(row[\"pages\"]) for row in csv.DictReader(f) if row[\"finished\"] == \"yes\")\nprint(total)\n"
                )
            ])),
    ]
}

extension EverydayTaskSuite {
    /// Correct results in other forms a careful person accepts (a table, another marker, a title,
    /// spacing, another date, number or phone format, another order, quoted CSV cells with CRLF, a
    /// lost final newline, titles for file names, another way to write the same script), at least
    /// one per intention but the delete (1208), which has no other form.
    static let fresh11Alternatives: [(Int, String)] = [
        (
            1201,
            ops(writes: [
                (
                    "memory/home/curtains/window-sizes.md",
                    "Window measurements\n\n| Window | Width (cm) | Height (cm) |\n|---|---|---|\n| Living room | 140 | 120 |\n| Bedroom | 90 | 110 |\n| Kitchen | 60 | 75 |\n"
                )
            ])
        ),
        (
            1201,
            ops(writes: [
                (
                    "memory/home/curtains/window-sizes.md",
                    "Kitchen: 60 cm wide, 75 cm high\nBedroom: 90 cm wide, 110 cm high\nLiving room: 140 cm wide, 120 cm high"
                )
            ])
        ),
        (
            1201,
            ops(writes: [
                (
                    "memory/home/curtains/window-sizes.md",
                    "## Curtains: window sizes\n\n* **Living room** – height 120 cm, width 140 cm\n* **Bedroom** – height 110 cm, width 90 cm\n* **Kitchen** – height 75 cm, width 60 cm\n"
                )
            ])
        ),
        (
            1201,
            ops(writes: [
                (
                    "memory/home/curtains/window-sizes.md",
                    "| Room | Height | Width |\n|:--|--:|--:|\n| Lounge | 120 cm | 140 cm |\n| Bedroom | 110 cm | 90 cm |\n| Kitchen | 75 cm | 60 cm |\n"
                )
            ])
        ),
        (
            1202,
            ops(writes: [
                (
                    "memory/music/piano-lessons.md",
                    Fresh11.piano.replacingOccurrences(of: "- Fee: 28 EUR a lesson", with: "- Fee: €32 a lesson (was 28)")
                )
            ])
        ),
        (
            1202,
            ops(writes: [
                (
                    "memory/music/piano-lessons.md",
                    Fresh11.piano.replacingOccurrences(of: "- Fee: 28 EUR a lesson", with: "- Fee:  32 EUR per lesson (up from 28 EUR)")
                        .trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            1202,
            ops(writes: [
                (
                    "memory/music/piano-lessons.md",
                    Fresh11.piano.replacingOccurrences(
                        of: "- Fee: 28 EUR a lesson, paid monthly", with: "- Fee: 32 euros a lesson from next month, paid monthly")
                )
            ])
        ),
        (
            1203,
            ops(writes: [
                (
                    "memory/films/watchlist.md",
                    Fresh11.films["memory/films/watchlist.md"]! + "5. *The Iron Giant* (1999, a boy and a giant robot)"
                )
            ])
        ),
        (1203, ops(writes: [("memory/films/watchlist.md", Fresh11.films["memory/films/watchlist.md"]! + "\n5) The Iron Giant\n")])),
        (
            1204,
            ops(writes: [
                (
                    "memory/home/meter-readings/electricity.md",
                    Fresh11.meters["memory/home/meter-readings/electricity.md"]!.replacingOccurrences(
                        of: "|---|---|\n", with: "|---|---|\n| 2026-03-14 | 48,213 |\n")
                )
            ])
        ),
        (
            1204,
            ops(writes: [
                (
                    "memory/home/meter-readings/electricity.md",
                    Fresh11.meters["memory/home/meter-readings/electricity.md"]!.replacingOccurrences(
                        of: "|---|---|\n", with: "|---|---|\n|14/03|48213 kWh|\n"
                    ).trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            1204,
            ops(writes: [
                (
                    "memory/home/meter-readings/electricity.md",
                    Fresh11.meters["memory/home/meter-readings/electricity.md"]!.replacingOccurrences(
                        of: "|---|---|\n", with: "|---|---|\n| 14th March | 48213 |\n")
                )
            ])
        ),
        (
            1205,
            ops(
                writes: [
                    ("memory/contacts/sophie-okafor.md", Fresh11.contacts["memory/contacts/sophie-turner.md"]!.trimmingCharacters(in: .newlines))
                ],
                #"{"op":"delete","path":"memory/contacts/sophie-turner.md"}"#)
        ),
        (
            1206,
            ops(
                writes: Fresh11.chordSheets.map { ("memory/music/guitar-songs/\($0)", Fresh11.downloads["memory/downloads/\($0)"]! + "\n") },
                #"{"op":"delete","path":"memory/downloads/chords-hallelujah.md"}"#, #"{"op":"delete","path":"memory/downloads/chords-jolene.md"}"#,
                #"{"op":"delete","path":"memory/downloads/chords-wonderwall.md"}"#)
        ),
        (
            1207,
            ops(writes: [("memory/money/budget-backup.csv", Fresh11.money["memory/money/budget.csv"]!.trimmingCharacters(in: .newlines))])
        ),
        (
            1207,
            ops(writes: [
                ("memory/money/budget-backup.csv", Fresh11.money["memory/money/budget.csv"]!.replacingOccurrences(of: "\n", with: "\r\n"))
            ])
        ),
        (
            1209,
            ops(writes: [
                (
                    "outputs/parents-evening.md",
                    "# Noor: parents' evening (March)\n\n- Reading: well above her age.\n- Maths: 7 and 8 times tables still shaky; 10 min practice each evening.\n- Handwriting much better, pen licence earned.\n- Science Museum trip 22/04: consent form + 12 EUR by 10/04.\n"
                )
            ])
        ),
        (
            1209,
            ops(writes: [
                (
                    "outputs/parents-evening.md",
                    "Mr Osei says Noor is a strong reader and her handwriting has come on a lot. Her times tables (7s and 8s) need daily practice on the app. Don't forget the consent form for the museum trip, due April 10th."
                )
            ])
        ),
        (
            1209,
            ops(writes: [
                (
                    "outputs/parents-evening.md",
                    "Noor is doing well overall. The one worry is maths: she muddles her 7x and 8x tables, so ten minutes on the times tables app every evening. Also, the consent form and 12 EUR for the Science Museum trip (22 April) must be in by 10 April.\n"
                )
            ])
        ),
        (
            1210,
            ops(writes: [
                (
                    "outputs/my-actions.md",
                    "Ravi's actions from the May meeting\n\n| Action | By |\n|---|---|\n| Book the community hall for the summer fair | 12 July |\n| Deliver the summer newsletter to every door | end of May |\n| Ask the council to fix the streetlight outside no. 12 | |\n"
                )
            ])
        ),
        (
            1210,
            ops(writes: [
                (
                    "outputs/my-actions.md",
                    "1. Ask the council to repair the street light outside number 12.\n2. Book the community hall for the summer fair.\n3. Put the summer newsletter through every door by the end of the month."
                )
            ])
        ),
        (
            1211,
            ops(writes: [
                (
                    "outputs/upcoming-gigs.md",
                    "# Upcoming gigs\n\n| File | Gig | Date |\n|---|---|---|\n| june-jazz.md | Jazz on the Green | 6 June 2026 |\n| lanterns-leeds.md | The Lanterns, Leeds Academy | 18 October 2026 |\n| harbour-choir.md | Harbour Choir Christmas concert | 12 December 2026 |\n"
                )
            ])
        ),
        (
            1211,
            ops(writes: [
                (
                    "outputs/upcoming-gigs.md",
                    "memory/tickets/june-jazz.md (6 June)\nmemory/tickets/lanterns-leeds.md (18 October)\nmemory/tickets/harbour-choir.md (12 December)"
                )
            ])
        ),
        (
            1211,
            ops(writes: [
                (
                    "outputs/upcoming-gigs.md",
                    "1. Jazz on the Green, 2026-06-06\n2. The Lanterns at Leeds Academy, 2026-10-18\n3. Harbour Choir Christmas concert, 2026-12-12\n"
                )
            ])
        ),
        (
            1212,
            ops(writes: [
                (
                    "outputs/contacts.csv",
                    "\"Email\",\"Full name\",\"Phone\"\r\n\"kofi@example.co.uk\",\"Kofi Mensah\",\"+44 7700 900456\"\r\n\"lucia.f@example.es\",\"Lucía Fernández\",\"+34 912 345 678\"\r\n\"bernie.walsh@example.ie\",\"Bernadette Walsh\",\"+353 87 123 4567\"\r\n"
                )
            ])
        ),
        (
            1212,
            ops(writes: [
                (
                    "outputs/contacts.csv",
                    "Name, Phone number, E-mail\nBernadette Walsh, +353871234567, bernie.walsh@example.ie\nKofi Mensah, +447700900456, kofi@example.co.uk\nLucia Fernandez, +34912345678, lucia.f@example.es"
                )
            ])
        ),
        (
            1213,
            ops(writes: [
                (
                    "skills/decline-invitation/SKILL.md",
                    "---\nname: \"decline-invitation\"\ndescription: >\n  Write a kind reply that says no to an invitation.\n---\n\n# Decline an invitation\n\n1. Thank them warmly for thinking of me.\n2. Say I can't make it, with no long excuse.\n3. Offer another date to get together.\n4. Save the draft as a file in `outputs/replies/`.\n"
                )
            ])
        ),
        (
            1214,
            ops(writes: [
                (
                    "memory/reading/pages.py",
                    "import pandas as pd\n\nbooks = pd.read_csv(\"memory/reading/books-2026.csv\")\nprint(books[books[\"finished\"] == \"yes\"][\"pages\"].sum())\n"
                )
            ])
        ),
        (
            1214,
            ops(writes: [
                (
                    "memory/reading/pages.py",
                    "total = 0\nwith open('memory/reading/books-2026.csv') as f:\n    next(f)\n    for line in f:\n        parts = line.strip().split(',')\n        if parts[3] == 'yes':\n            total += int(parts[2])\nprint(total)\n"
                )
            ])
        ),
        (
            1214,
            ops(writes: [
                (
                    "memory/reading/pages.py",
                    "#!/usr/bin/env python3\n\"\"\"Total pages of the books I finished in 2026.\"\"\"\nimport csv\nfrom pathlib import Path\n\n\ndef main():\n    path = Path(__file__).parent / \"books-2026.csv\"\n    with path.open(newline=\"\") as f:\n        rows = list(csv.DictReader(f))\n    pages = sum(int(r[\"pages\"]) for r in rows if r[\"finished\"].strip().lower() == \"yes\")\n    print(f\"Pages read: {pages}\")\n\n\nif __name__ == \"__main__\":\n    main()\n"
                )
            ])
        ),
    ]

    /// Wrong or partial results that the eleventh fresh part's checks must refuse, at least four per intention.
    static let fresh11NearMisses: [(Int, String)] = [
        (
            1201,
            ops(writes: [("memory/home/curtains/window-sizes.md", "- Living room: 120 x 140\n- Bedroom: 110 x 90\n- Kitchen: 75 x 60\n")])
        ),
        (1201, ops(writes: [("memory/home/curtains/window-sizes.md", "- Living room: 140 x 120\n- Bedroom: 90 x 110\n")])),
        (
            1201,
            ops(writes: [
                ("memory/home/curtains/window-sizes.md", "Living room 140 x 120 cm, bedroom 90 x 110 cm, kitchen 60 x 75 cm\n")
            ])
        ),
        (
            1201,
            ops(writes: [("memory/home/window-sizes.md", "- Living room: 140 x 120\n- Bedroom: 90 x 110\n- Kitchen: 60 x 75\n")])
        ),
        (
            1201,
            ops(writes: [
                (
                    "memory/home/curtains/old-flat-sizes.md",
                    "# Window sizes (cm)\n- Living room: 140 x 120\n- Bedroom: 90 x 110\n- Kitchen: 60 x 75\n"
                )
            ])
        ),
        (
            1201,
            ops(writes: [("memory/home/curtains/window-sizes.md", "- Living room: 140 x 120\n- Bedroom: 90 x 100\n- Kitchen: 60 x 75\n")])
        ),
        (
            1201,
            ops(writes: [
                ("memory/home/curtains/window-sizes.md", "```\n- Living room: 140 x 120\n- Bedroom: 90 x 110\n- Kitchen: 60 x 75\n```\n")
            ])
        ),
        (
            1201,
            ops(writes: [
                (
                    "memory/home/curtains/window-sizes.md",
                    "- Living room: 140 x 120\n- Bedroom: 90 x 110\n- Kitchen: 60 x 75\n- Landing: 50 x 50\n"
                )
            ])
        ),
        (
            1202,
            ops(writes: [("memory/music/piano-lessons.md", Fresh11.piano.replacingOccurrences(of: "28", with: "32"))])
        ),
        (
            1202,
            ops(writes: [("memory/music/violin-lessons.md", Fresh11.violin.replacingOccurrences(of: "28 EUR", with: "32 EUR"))])
        ),
        (
            1202,
            ops(writes: [
                ("memory/music/piano-lessons.md", Fresh11.piano.replacingOccurrences(of: "- Fee: 28 EUR", with: "- Fee: 32 EUR")),
                ("memory/music/violin-lessons.md", Fresh11.violin.replacingOccurrences(of: "28 EUR", with: "32 EUR")),
            ])
        ),
        (1202, ops(writes: [("memory/music/piano-lessons.md", Fresh11.piano + "- Fee: 32 EUR a lesson, paid monthly\n")])),
        (
            1202,
            ops(writes: [("memory/music/piano-lessons.md", Fresh11.piano.replacingOccurrences(of: "- Fee: 28 EUR", with: "- Fee: 23 EUR"))])
        ),
        (
            1202,
            ops(writes: [
                ("memory/music/piano-lessons.md", Fresh11.piano.replacingOccurrences(of: "- Fee: 28 EUR", with: "- Fee: 28 or 32 EUR"))
            ])
        ),
        (
            1202,
            ops(writes: [
                (
                    "memory/music/piano-lessons.md",
                    "```markdown\n" + Fresh11.piano.replacingOccurrences(of: "- Fee: 28 EUR", with: "- Fee: 32 EUR") + "```\n"
                )
            ])
        ),
        (1202, ops(writes: [("memory/music/piano-lessons.md", "- Fee: 32 EUR a lesson, paid monthly\n")])),
        (1203, ops(writes: [("memory/films/watched.md", Fresh11.films["memory/films/watched.md"]! + "4. The Iron Giant\n")])),
        (
            1203,
            ops(writes: [
                (
                    "memory/films/watchlist.md",
                    Fresh11.films["memory/films/watchlist.md"]!.replacingOccurrences(of: "1. Paddington", with: "1. The Iron Giant\n1. Paddington")
                )
            ])
        ),
        (1203, ops(writes: [("memory/films/watchlist.md", Fresh11.films["memory/films/watchlist.md"]! + "4. The Iron Giant\n")])),
        (1203, ops(writes: [("memory/films/watchlist.md", Fresh11.films["memory/films/watchlist.md"]! + "5. The Iron Man\n")])),
        (
            1203,
            ops(writes: [
                (
                    "memory/films/watchlist.md",
                    Fresh11.films["memory/films/watchlist.md"]!.replacingOccurrences(
                        of: "4. Wallace & Gromit: The Curse of the Were-Rabbit", with: "4. The Iron Giant")
                )
            ])
        ),
        (1203, ops(writes: [("memory/films/watchlist.md", "# Films to watch with the kids\n5. The Iron Giant\n")])),
        (
            1203,
            ops(writes: [("memory/films/watchlist.md", "```\n" + Fresh11.films["memory/films/watchlist.md"]! + "5. The Iron Giant\n```\n")])
        ),
        (
            1204,
            ops(writes: [
                ("memory/home/meter-readings/electricity.md", Fresh11.meters["memory/home/meter-readings/electricity.md"]! + "| 14 Mar | 48213 |\n")
            ])
        ),
        (
            1204,
            ops(writes: [
                (
                    "memory/home/meter-readings/gas.md",
                    Fresh11.meters["memory/home/meter-readings/gas.md"]!.replacingOccurrences(
                        of: "|---|---|\n", with: "|---|---|\n| 14 Mar | 48213 |\n")
                )
            ])
        ),
        (
            1204,
            ops(writes: [
                (
                    "memory/home/meter-readings/electricity.md",
                    Fresh11.meters["memory/home/meter-readings/electricity.md"]!.replacingOccurrences(
                        of: "| Date | Reading (kWh) |\n", with: "| 14 Mar | 48213 |\n| Date | Reading (kWh) |\n")
                )
            ])
        ),
        (
            1204,
            ops(writes: [
                (
                    "memory/home/meter-readings/electricity.md",
                    Fresh11.meters["memory/home/meter-readings/electricity.md"]!.replacingOccurrences(
                        of: "|---|---|\n", with: "|---|---|\n| 14 Mar | 48231 |\n")
                )
            ])
        ),
        (
            1204,
            ops(writes: [
                (
                    "memory/home/meter-readings/electricity.md",
                    Fresh11.meters["memory/home/meter-readings/electricity.md"]!.replacingOccurrences(
                        of: "| 14 Feb | 48032 |\n", with: "| 14 Mar | 48213 |\n")
                )
            ])
        ),
        (
            1204,
            ops(writes: [
                (
                    "memory/home/meter-readings/electricity.md",
                    Fresh11.meters["memory/home/meter-readings/electricity.md"]!.replacingOccurrences(
                        of: "(newest first)\n", with: "(newest first)\n14 March: 48213\n")
                )
            ])
        ),
        (
            1204,
            ops(writes: [
                (
                    "memory/home/meter-readings/electricity.md",
                    Fresh11.meters["memory/home/meter-readings/electricity.md"]!.replacingOccurrences(
                        of: "|---|---|\n", with: "|---|---|\n\n| 14 Mar | 48213 |\n\n")
                )
            ])
        ),
        (
            1204,
            ops(writes: [
                (
                    "memory/home/meter-readings/electricity.md",
                    Fresh11.meters["memory/home/meter-readings/electricity.md"]!.replacingOccurrences(
                        of: "|---|---|\n", with: "|---|---|\n| 14 Apr | 48213 |\n")
                )
            ])
        ),
        (1205, ops(#"{"op":"move","from":"memory/contacts/sophie-lane.md","to":"memory/contacts/sophie-okafor.md"}"#)),
        (1205, ops(writes: [("memory/contacts/sophie-okafor.md", Fresh11.contacts["memory/contacts/sophie-turner.md"]!)])),
        (1205, ops(#"{"op":"move","from":"memory/contacts/sophie-turner.md","to":"memory/contacts/sophie-turner-okafor.md"}"#)),
        (1205, ops(#"{"op":"move","from":"memory/contacts/sophie-turner.md","to":"memory/sophie-okafor.md"}"#)),
        (
            1205,
            ops(
                writes: [
                    (
                        "memory/contacts/sophie-okafor.md",
                        Fresh11.contacts["memory/contacts/sophie-turner.md"]!.replacingOccurrences(of: "Sophie Turner", with: "Sophie Okafor")
                    )
                ],
                #"{"op":"delete","path":"memory/contacts/sophie-turner.md"}"#)
        ),
        (1205, ops(#"{"op":"move","from":"memory/contacts/sophie-turner.md","to":"memory/contacts/Sophie Okafor.md"}"#)),
        (
            1206,
            ops(
                #"{"op":"move","from":"memory/downloads/chords-jolene.md","to":"memory/music/guitar-songs/chords-jolene.md"}"#,
                #"{"op":"move","from":"memory/downloads/chords-wonderwall.md","to":"memory/music/guitar-songs/chords-wonderwall.md"}"#)
        ),
        (
            1206,
            ops(writes: Fresh11.chordSheets.map { ("memory/music/guitar-songs/\($0)", Fresh11.downloads["memory/downloads/\($0)"]!) })
        ),
        (
            1206,
            ops(
                #"{"op":"move","from":"memory/downloads/chords-jolene.md","to":"memory/music/ukulele-songs/chords-jolene.md"}"#,
                #"{"op":"move","from":"memory/downloads/chords-wonderwall.md","to":"memory/music/ukulele-songs/chords-wonderwall.md"}"#,
                #"{"op":"move","from":"memory/downloads/chords-hallelujah.md","to":"memory/music/ukulele-songs/chords-hallelujah.md"}"#)
        ),
        (
            1206,
            ops(
                #"{"op":"move","from":"memory/downloads/chords-jolene.md","to":"memory/music/guitar-songs/chords-jolene.md"}"#,
                #"{"op":"move","from":"memory/downloads/chords-wonderwall.md","to":"memory/music/guitar-songs/chords-wonderwall.md"}"#,
                #"{"op":"move","from":"memory/downloads/chords-hallelujah.md","to":"memory/music/guitar-songs/chords-hallelujah.md"}"#,
                #"{"op":"move","from":"memory/downloads/guitar-strings-receipt.md","to":"memory/music/guitar-songs/guitar-strings-receipt.md"}"#)
        ),
        (
            1206,
            ops(
                #"{"op":"move","from":"memory/downloads/chords-jolene.md","to":"memory/music/chords-jolene.md"}"#,
                #"{"op":"move","from":"memory/downloads/chords-wonderwall.md","to":"memory/music/chords-wonderwall.md"}"#,
                #"{"op":"move","from":"memory/downloads/chords-hallelujah.md","to":"memory/music/chords-hallelujah.md"}"#)
        ),
        (
            1206,
            ops(
                #"{"op":"move","from":"memory/downloads/chords-jolene.md","to":"memory/music/guitar-songs/jolene.md"}"#,
                #"{"op":"move","from":"memory/downloads/chords-wonderwall.md","to":"memory/music/guitar-songs/wonderwall.md"}"#,
                #"{"op":"move","from":"memory/downloads/chords-hallelujah.md","to":"memory/music/guitar-songs/hallelujah.md"}"#)
        ),
        (1207, ops(#"{"op":"move","from":"memory/money/budget.csv","to":"memory/money/budget-backup.csv"}"#)),
        (1207, ops(writes: [("memory/money/budget-backup.csv", Fresh11.money["memory/money/budget-2025.csv"]!)])),
        (1207, ops(writes: [("memory/money/budget-copy.csv", Fresh11.money["memory/money/budget.csv"]!)])),
        (1207, ops(writes: [("outputs/budget-backup.csv", Fresh11.money["memory/money/budget.csv"]!)])),
        (
            1207,
            ops(writes: [
                ("memory/money/budget-backup.csv", Fresh11.money["memory/money/budget.csv"]!.replacingOccurrences(of: "transport,90\n", with: ""))
            ])
        ),
        (
            1207,
            ops(writes: [
                ("memory/money/budget-backup.csv", Fresh11.money["memory/money/budget.csv"]!),
                ("memory/money/budget.csv", Fresh11.money["memory/money/budget.csv"]! + "holidays,100\n"),
            ])
        ),
        (1207, ops(writes: [("memory/money/budget-backup.csv", "```csv\n" + Fresh11.money["memory/money/budget.csv"]! + "```\n")])),
        (1208, ops(#"{"op":"delete","path":"memory/plants/asparagus-fern.md"}"#)),
        (1208, ops(#"{"op":"delete","path":"memory/plants/boston-fern.md"}"#, #"{"op":"delete","path":"memory/plants/asparagus-fern.md"}"#)),
        (1208, ops(writes: [("memory/plants/boston-fern.md", "")])),
        (1208, ops(#"{"op":"move","from":"memory/plants/boston-fern.md","to":"memory/plants/archive/boston-fern.md"}"#)),
        (1208, ops(writes: [("memory/plants/boston-fern.md", Fresh11.plants["memory/plants/boston-fern.md"]! + "Died in the winter.\n")])),
        (1208, ops(#"{"op":"delete","path":"memory/plants/monstera.md"}"#)),
        (1209, ops(writes: [("outputs/parents-evening.md", Fresh11.parentsEvening)])),
        (
            1209,
            ops(writes: [
                (
                    "outputs/parents-evening.md",
                    "Notes from the parents' evening with Mr Osei in March. Worth reading in full before the next one in June.\n"
                )
            ])
        ),
        (
            1209,
            ops(writes: [
                (
                    "outputs/parents-evening.md",
                    "Noor's spelling needs work, so weekly spelling tests at home. Swimming lessons start in January. She is quiet in class but happy.\n"
                )
            ])
        ),
        (
            1209,
            ops(writes: [
                (
                    "outputs/parents-evening.md",
                    "Noor reads well above her age, but her seven and eight times tables are weak: ten minutes of practice every evening with the app. The Science Museum trip is on 24 April; the consent form and 12 EUR are due by 10 April.\n"
                )
            ])
        ),
        (
            1209,
            ops(writes: [
                (
                    "outputs/parents-evening.md",
                    "Noor reads well above her age and gets through a book a week, and she has been telling the whole class all about the Narnia books, though Mr Osei would like her to try some non-fiction as well. Maths is the weak spot: she still muddles her seven and eight times tables, so he suggests ten minutes of practice every evening with the app. Her handwriting has improved a lot.\n"
                )
            ])
        ),
        (
            1209,
            ops(writes: [
                (
                    "memory/school/parents-evening-summary.md",
                    "Noor reads well above her age, but her seven and eight times tables are weak: ten minutes of practice every evening with the app. Her handwriting has improved.\n"
                )
            ])
        ),
        (
            1209,
            ops(writes: [
                (
                    "outputs/parents-evening.md",
                    "Noor reads well above her age, but her times tables are weak: ten minutes of practice every evening. Spelling still needs the weekly tests.\n"
                )
            ])
        ),
        (
            1210,
            ops(writes: [
                (
                    "outputs/my-actions.md",
                    "- Ask the council to repair the broken streetlight\n- Book the community hall for the summer fair\n- Put the newsletter through every door\n- Get three quotes for repainting the railings\n"
                )
            ])
        ),
        (
            1210,
            ops(writes: [
                ("outputs/my-actions.md", "- Ask the council to repair the broken streetlight\n- Book the community hall for the summer fair\n")
            ])
        ),
        (
            1210,
            ops(writes: [
                (
                    "outputs/my-actions.md",
                    "- Ask the council to repair the broken streetlight\n- Book the community hall for the summer fair\n- Put the newsletter through every door\n- Fix the noticeboard by the shop\n"
                )
            ])
        ),
        (
            1210,
            ops(writes: [
                (
                    "outputs/my-actions.md",
                    "Ask the council to repair the streetlight, book the community hall for the summer fair, and put the newsletter through every door.\n"
                )
            ])
        ),
        (
            1210,
            ops(writes: [
                (
                    "outputs/my-actions.md",
                    "- Ask the council to repair the broken streetlight\n- Book the community hall for the summer fair\n- Put the newsletter through every door\n- Raise the yearly subscription to 5 EUR\n"
                )
            ])
        ),
        (
            1210,
            ops(writes: [
                (
                    "memory/residents/my-actions.md",
                    "- Ask the council to repair the broken streetlight\n- Book the community hall for the summer fair\n- Put the newsletter through every door\n"
                )
            ])
        ),
        (
            1210,
            ops(writes: [
                (
                    "outputs/my-actions.md",
                    "```\n- Ask the council to repair the broken streetlight\n- Book the community hall for the summer fair\n- Put the newsletter through every door\n```\n"
                )
            ])
        ),
        (1211, ops(writes: [("outputs/upcoming-gigs.md", "- harbour-choir.md\n- june-jazz.md\n- lanterns-leeds.md\n")])),
        (1211, ops(writes: [("outputs/upcoming-gigs.md", "- folk-night.md\n- june-jazz.md\n- lanterns-leeds.md\n- harbour-choir.md\n")])),
        (1211, ops(writes: [("outputs/upcoming-gigs.md", "- harbour-choir.md\n- lanterns-leeds.md\n- june-jazz.md\n")])),
        (1211, ops(writes: [("outputs/upcoming-gigs.md", "- june-jazz.md\n- lanterns-leeds.md\n")])),
        (1211, ops(writes: [("outputs/upcoming-gigs.md", "june-jazz.md, lanterns-leeds.md, harbour-choir.md\n")])),
        (1211, ops(writes: [("memory/tickets/upcoming-gigs.md", "- june-jazz.md\n- lanterns-leeds.md\n- harbour-choir.md\n")])),
        (1211, ops(writes: [("outputs/upcoming-gigs.md", "```\njune-jazz.md\nlanterns-leeds.md\nharbour-choir.md\n```\n")])),
        (1212, ops(writes: [("outputs/contacts.csv", Fresh11.vcard)])),
        (
            1212,
            ops(writes: [
                (
                    "outputs/contacts.csv",
                    "name,phone,email\nBernadette Walsh,+353 87 123 4567,bernie.walsh@example.ie\nKofi Mensah,+44 7700 900456,kofi@example.co.uk\n"
                )
            ])
        ),
        (
            1212,
            ops(writes: [
                (
                    "outputs/contacts.csv",
                    "name,phone,email\nKofi Mensah,+44 7700 900111,kofi.mensah@oldmail.example.com\nDermot Byrne,+353 86 555 0101,dermot@example.ie\n"
                )
            ])
        ),
        (
            1212,
            ops(writes: [
                (
                    "outputs/contacts.csv",
                    "name,phone,email\nBernadette Walsh,+44 7700 900456,bernie.walsh@example.ie\nKofi Mensah,+353 87 123 4567,kofi@example.co.uk\nLucía Fernández,+34 912 345 678,lucia.f@example.es\n"
                )
            ])
        ),
        (
            1212,
            ops(writes: [
                (
                    "outputs/contacts.csv",
                    "Bernadette Walsh,+353 87 123 4567,bernie.walsh@example.ie\nKofi Mensah,+44 7700 900456,kofi@example.co.uk\nLucía Fernández,+34 912 345 678,lucia.f@example.es\n"
                )
            ])
        ),
        (
            1212,
            ops(writes: [
                (
                    "outputs/contacts.csv",
                    "| name | phone | email |\n|---|---|---|\n| Bernadette Walsh | +353 87 123 4567 | bernie.walsh@example.ie |\n| Kofi Mensah | +44 7700 900456 | kofi@example.co.uk |\n| Lucía Fernández | +34 912 345 678 | lucia.f@example.es |\n"
                )
            ])
        ),
        (
            1212,
            ops(writes: [
                (
                    "outputs/contacts.md",
                    "name,phone,email\nBernadette Walsh,+353 87 123 4567,bernie.walsh@example.ie\nKofi Mensah,+44 7700 900456,kofi@example.co.uk\nLucía Fernández,+34 912 345 678,lucia.f@example.es\n"
                )
            ])
        ),
        (
            1212,
            ops(writes: [
                (
                    "outputs/contacts.csv",
                    "```csv\nname,phone,email\nBernadette Walsh,+353 87 123 4567,bernie.walsh@example.ie\nKofi Mensah,+44 7700 900456,kofi@example.co.uk\nLucía Fernández,+34 912 345 678,lucia.f@example.es\n```\n"
                )
            ])
        ),
        (
            1212,
            ops(writes: [
                (
                    "outputs/contacts.csv",
                    "first name,last name,phone,email\nBernadette,Walsh,+353 87 123 4567,bernie.walsh@example.ie\nKofi,Mensah,+44 7700 900456,kofi@example.co.uk\nLucía,Fernández,+34 912 345 678,lucia.f@example.es\n"
                )
            ])
        ),
        (
            1213,
            ops(writes: [
                (
                    "skills/decline-invitation/SKILL.md",
                    "# Decline an invitation\nThank the person, say no kindly without a long excuse, suggest another time, and save the draft in outputs/replies/.\n"
                )
            ])
        ),
        (
            1213,
            ops(writes: [
                (
                    "skills/decline-invitation/SKILL.md",
                    "---\nname: Decline Invitation\ndescription: Turn down invitations politely.\n---\nThank the person, say no kindly without a long excuse, suggest another time, and save the draft in outputs/replies/.\n"
                )
            ])
        ),
        (
            1213,
            ops(writes: [
                (
                    "skills/decline-invitation.md",
                    "---\nname: decline-invitation\ndescription: Turn down invitations politely.\n---\nThank the person, say no kindly without a long excuse, suggest another time, and save the draft in outputs/replies/.\n"
                )
            ])
        ),
        (
            1213,
            ops(writes: [
                (
                    "skills/decline-invitation/SKILL.md",
                    "---\nname: decline-invitation\n---\nThank the person, say no kindly without a long excuse, suggest another time, and save the draft in outputs/replies/.\n"
                )
            ])
        ),
        (
            1213,
            ops(writes: [
                (
                    "skills/decline-invitation/SKILL.md",
                    "---\nname: decline-invitation\ndescription: Turn down invitations politely.\n---\nThank the person and say no kindly without a long excuse. Save the draft in outputs/replies/.\n"
                )
            ])
        ),
        (
            1213,
            ops(writes: [
                (
                    "skills/decline-invitation/SKILL.md",
                    "---\nname: decline-invitation\ndescription: Turn down invitations politely.\n---\nThank the person, say no kindly without a long excuse, and suggest another time.\n"
                )
            ])
        ),
        (
            1213,
            ops(writes: [
                (
                    "skills/decline-invitation/SKILL.md",
                    "```markdown\n---\nname: decline-invitation\ndescription: Turn down invitations politely.\n---\nThank the person, say no kindly without a long excuse, suggest another time, and save the draft in outputs/replies/.\n```\n"
                )
            ])
        ),
        (
            1213,
            ops(writes: [
                (
                    "skills/weekly-review/SKILL.md",
                    Fresh11.weeklySkill
                        + "\n## Declining invitations\nThank the person, say no kindly without a long excuse, suggest another time, and save the draft in outputs/replies/.\n"
                )
            ])
        ),
        (
            1214,
            ops(writes: [
                (
                    "memory/reading/pages.py",
                    "import csv\n\nwith open(\"memory/reading/books-2026.csv\") as f:\n    print(sum(int(row[\"pages\"]) for row in csv.DictReader(f)))\n"
                )
            ])
        ),
        (
            1214,
            ops(writes: [
                (
                    "memory/reading/pages.py",
                    "import csv\n\nwith open(\"memory/reading/books-2025.csv\") as f:\n    total = sum(int(row[\"pages\"]) for row in csv.DictReader(f) if row[\"finished\"] == \"yes\")\nprint(total)\n"
                )
            ])
        ),
        (
            1214,
            ops(writes: [
                (
                    "memory/reading/pages.py",
                    "import csv\n\nwith open(\"memory/reading/books-2026.csv\") as f:\n    print(sum(1 for row in csv.DictReader(f) if row[\"finished\"] == \"yes\"))\n"
                )
            ])
        ),
        (
            1214,
            ops(writes: [
                (
                    "memory/reading/pages.py",
                    "#!/bin/sh\nawk -F, 'NR > 1 && $4 == \"yes\" { s += $3 } END { print s }' memory/reading/books-2026.csv\n"
                )
            ])
        ),
        (
            1214,
            ops(writes: [
                (
                    "memory/reading/pages.py",
                    "```python\nimport csv\n\nwith open(\"memory/reading/books-2026.csv\") as f:\n    total = sum(int(row[\"pages\"]) for row in csv.DictReader(f) if row[\"finished\"] == \"yes\")\nprint(total)\n```\n"
                )
            ])
        ),
        (
            1214,
            ops(writes: [
                (
                    "memory/pages.py",
                    "import csv\n\nwith open(\"memory/reading/books-2026.csv\") as f:\n    total = sum(int(row[\"pages\"]) for row in csv.DictReader(f) if row[\"finished\"] == \"yes\")\nprint(total)\n"
                )
            ])
        ),
        (
            1214,
            ops(writes: [
                (
                    "memory/reading/pages.py",
                    "import csv\n\nwith open(\"memory/reading/books-2026.csv\") as f:\n    total = sum(int(row[\"pages\"]) for row in csv.DictReader(f) if row[\"finished\"] == \"yes\")\nwith open(\"memory/reading/books-2026.csv\", \"a\") as f:\n    f.write(f\"total,,{total},\\n\")\nprint(total)\n"
                )
            ])
        ),
        (
            1214,
            ops(writes: [
                (
                    "memory/reading/pages.py",
                    "# import csv\n# with open(\"memory/reading/books-2026.csv\") as f:\n#     total = sum(int(row[\"pages\"]) for row in csv.DictReader(f) if row[\"finished\"] == \"yes\")\n# print(total)\n"
                )
            ])
        ),
    ]
}

/// The eleventh fresh part's fixtures and the helpers its checks share.
private enum Fresh11 {
    static let curtains: [String: String] = [
        "memory/home/curtains/fabric-ideas.md":
            "# Fabric ideas\n- sage green linen for the living room\n- blackout lining for the bedroom\n- something wipeable for the kitchen\n",
        "memory/home/curtains/old-flat-sizes.md": "# Window sizes, old flat (cm)\n- Living room: 180 x 130\n- Bedroom: 100 x 120\n",
    ]
    static let piano = """
        # Piano lessons (Zara)
        - Teacher: Mrs Adeyemi
        - When: Tuesdays, 4:30 to 5 pm
        - Fee: 28 EUR a lesson, paid monthly
        - Working on: Grade 3 pieces, and the scales on page 28 of the blue book

        """
    static let violin = "# Violin lessons (Theo)\n- Teacher: Mr Castellano\n- When: Thursdays, 5 pm\n- Fee: 28 EUR a lesson, paid monthly\n"
    static let films: [String: String] = [
        "memory/films/watchlist.md":
            "# Films to watch with the kids\n1. Paddington 2\n2. My Neighbour Totoro\n3. The Princess Bride\n4. Wallace & Gromit: The Curse of the Were-Rabbit\n",
        "memory/films/watched.md": "# Films we've already seen\n1. Up\n2. Coco\n3. Moana\n",
    ]
    static let meters: [String: String] = [
        "memory/home/meter-readings/electricity.md": """
        # Electricity meter readings (newest first)

        | Date | Reading (kWh) |
        |---|---|
        | 14 Feb | 48032 |
        | 14 Jan | 47815 |
        | 14 Dec | 47561 |

        """,
        "memory/home/meter-readings/gas.md":
            "# Gas meter readings (newest first)\n\n| Date | Reading (m³) |\n|---|---|\n| 14 Feb | 7721 |\n| 14 Jan | 7650 |\n",
    ]
    static let contacts: [String: String] = [
        "memory/contacts/sophie-turner.md":
            "# Sophie Turner\nPhone: 07700 900123\nBirthday: 3 August\nMet at the antenatal class; her son is Alfie.\n",
        "memory/contacts/sophie-lane.md": "# Sophie Lane\nPhone: 07700 900987\nWorks with Tom at the library.\n",
        "memory/contacts/tom-reid.md": "# Tom Reid\nPhone: 07700 900555\n",
    ]
    static let chordSheets = ["chords-jolene.md", "chords-wonderwall.md", "chords-hallelujah.md"]
    static let downloads: [String: String] = [
        "memory/downloads/chords-jolene.md": "# Jolene (Dolly Parton)\nCapo 4. Am C G Am, G Em Am\n",
        "memory/downloads/chords-wonderwall.md": "# Wonderwall (Oasis)\nCapo 2. Em7 G Dsus4 A7sus4\n",
        "memory/downloads/chords-hallelujah.md": "# Hallelujah (Leonard Cohen)\nC Am C Am, F G C G\n",
        "memory/downloads/guitar-strings-receipt.md": "# Receipt\nAcoustic guitar strings, light gauge, 14.99 EUR\n",
        "memory/downloads/boarding-pass.md": "# Boarding pass\nFlight to Porto, 6 May, seat 14C\n",
        "memory/music/guitar-songs/chords-country-roads.md": "# Take Me Home, Country Roads (John Denver)\nG Em D C\n",
        "memory/music/ukulele-songs/chords-riptide.md": "# Riptide (Vance Joy)\nAm G C\n",
    ]
    static let money: [String: String] = [
        "memory/money/budget.csv": "category,monthly\nrent,950\nfood,420\nenergy,135\ntransport,90\nsavings,200\n",
        "memory/money/budget-2025.csv": "category,monthly\nrent,900\nfood,380\nenergy,160\n",
        "memory/money/notes.md": "# Money notes\nThe rent goes up again in April.\n",
    ]
    static let plants: [String: String] = [
        "memory/plants/boston-fern.md": "# Boston fern\nKitchen windowsill. Mist twice a week and keep the soil damp.\n",
        "memory/plants/asparagus-fern.md": "# Asparagus fern\nOn the landing. Water when the top of the soil is dry.\n",
        "memory/plants/monstera.md": "# Monstera\nLiving room, by the east window. Water every ten days.\n",
    ]
    static let parentsEvening = """
        # Parents' evening, March: Noor (Year 4, Mr Osei)

        We had ten minutes with Mr Osei on Tuesday. He started with reading: Noor reads well above her age, gets \
        through a book a week and has been telling the whole class about the Narnia books. He'd like her to try some \
        non-fiction too. Maths is the weak spot: she's fine with adding and taking away but still muddles her seven \
        and eight times tables, which slows her down in everything else. He suggested ten minutes of times tables \
        practice every evening with the times tables app the school uses. Her handwriting has improved a lot since \
        the autumn and she now has her pen licence. She gets on well with everyone and has settled at her new table. \
        Practical things: the class trip to the Science Museum is on 22 April, and the consent form and 12 EUR have to \
        be in by 10 April. The next parents' evening is in June.

        """
    static let parentsEveningNovember = """
        # Parents' evening, November: Noor (Year 4, Mr Osei)

        Spelling needs work, so weekly spelling tests at home. Swimming lessons with the school start in January. \
        Quiet in class but happy.

        """
    static let minutesMay = """
        # Residents' association, May meeting

        Present: Helen (chair), Marcus, Ravi, Joan and eleven others. Ravi thanked Helen for organising the plant sale, \
        which raised 230 EUR.

        Street lights: the light outside number 12 has been out since March. Ravi will ask the council to repair the \
        broken streetlight.

        Summer fair: we agreed to hold it on 12 July. Ravi is to book the community hall for the day, and Joan will run \
        the cake stall.

        Railings: Helen will get three quotes for repainting the railings by the park.

        Bins: the overflowing bins behind the flats came up again. Marcus agreed to chase the landlord about them.

        Newsletter: Ravi will put the summer newsletter through every door by the end of the month.

        Subscriptions: it was agreed to raise the yearly subscription to 5 EUR.

        """
    static let minutesApril = "# Residents' association, April meeting\nRavi will fix the noticeboard by the shop. Helen will book the speaker.\n"
    static let tickets: [String: String] = [
        "memory/tickets/lanterns-leeds.md": "# The Lanterns, Leeds Academy\nDate: 18 October 2026\nStanding, two tickets\n",
        "memory/tickets/harbour-choir.md": "# Harbour Choir Christmas concert\nDate: 12 December 2026\nSeats F11 and F12\n",
        "memory/tickets/june-jazz.md": "# Jazz on the Green\nDate: 6 June 2026\nBring a blanket and a picnic\n",
        "memory/tickets/folk-night.md": "# Folk night at the Crown\nDate: 14 February 2026\nWent: yes, a brilliant night\n",
    ]
    static let vcard = """
        BEGIN:VCARD
        VERSION:3.0
        FN:Bernadette Walsh
        N:Walsh;Bernadette;;;
        TEL;TYPE=CELL:+353 87 123 4567
        EMAIL:bernie.walsh@example.ie
        END:VCARD
        BEGIN:VCARD
        VERSION:3.0
        FN:Kofi Mensah
        N:Mensah;Kofi;;;
        TEL;TYPE=CELL:+44 7700 900456
        EMAIL:kofi@example.co.uk
        END:VCARD
        BEGIN:VCARD
        VERSION:3.0
        FN:Lucía Fernández
        N:Fernández;Lucía;;;
        TEL;TYPE=HOME:+34 912 345 678
        EMAIL:lucia.f@example.es
        END:VCARD

        """
    static let vcard2023 = """
        BEGIN:VCARD
        VERSION:3.0
        FN:Kofi Mensah
        TEL;TYPE=CELL:+44 7700 900111
        EMAIL:kofi.mensah@oldmail.example.com
        END:VCARD
        BEGIN:VCARD
        VERSION:3.0
        FN:Dermot Byrne
        TEL;TYPE=CELL:+353 86 555 0101
        EMAIL:dermot@example.ie
        END:VCARD

        """
    static let weeklySkill =
        "---\nname: weekly-review\ndescription: Look back over the week's notes every Sunday.\n---\nRead the notes changed this week in memory/ and list what is still open.\n"
    static let reading: [String: String] = [
        "memory/reading/books-2026.csv":
            "title,author,pages,finished\nThe Salt Path,Raynor Winn,288,yes\nPiranesi,Susanna Clarke,272,yes\nWolf Hall,Hilary Mantel,653,no\nKlara and the Sun,Kazuo Ishiguro,303,yes\n",
        "memory/reading/books-2025.csv": "title,author,pages,finished\nMiddlemarch,George Eliot,880,yes\nThe Hobbit,J. R. R. Tolkien,310,yes\n",
        "memory/reading/wishlist.md": "# To read\n- The Overstory\n- Tomorrow, and Tomorrow, and Tomorrow\n",
    ]

    /// Whether `text` gives each of the three windows on an entry of its own with its width and then
    /// its height (or the height first where the entry or a header says so), in centimetres, any
    /// order of windows; before them at most a title and a table header, nothing after them.
    static func isWindowSizes(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let entries = Judge.items(t).filter { !Judge.isTableRule($0) }.map { $0.lowercased() }
        let rooms = [#"\bliving\s*-?room\b|\blounge\b|\bsitting\s*-?room\b"#, #"\bbedroom\b"#, #"\bkitchen\b"#]
        let sizes = [["140", "120"], ["90", "110"], ["60", "75"]]
        let named = entries.indices.filter { i in rooms.contains { Judge.has(entries[i], $0) } }
        guard named.count == rooms.count, let first = named.first, named == Array(first..<first + rooms.count),
            entries.count == first + rooms.count, first <= 2
        else { return false }
        if first == 2 && !entries[1].hasPrefix("|") { return false }
        let before = entries[..<first].joined(separator: " ")
        var seen = Set<Int>()
        for i in named {
            let which = rooms.indices.filter { Judge.has(entries[i], rooms[$0]) }
            guard which.count == 1 else { return false }
            let heightFirst = Self.heightFirst(entries[i]) ?? Self.heightFirst(before) ?? false
            let want = heightFirst ? Array(sizes[which[0]].reversed()) : sizes[which[0]]
            guard Judge.found(entries[i], #"\d+(?:[.,]\d+)?"#) == want else { return false }
            seen.insert(which[0])
        }
        return seen.count == rooms.count
    }

    /// Whether `text` names the height before the width, or nil when it does not name both.
    static func heightFirst(_ text: String) -> Bool? {
        guard let h = text.range(of: #"height|high|tall|\bh\b"#, options: .regularExpression),
            let w = text.range(of: #"width|wide|\bw\b"#, options: .regularExpression)
        else { return nil }
        return h.lowerBound < w.lowerBound
    }

    /// Whether `text` is the electricity table as it was with one row right under its rule (no
    /// blank line before or after it) giving 14 March and 48213 in the table's two columns.
    static func isElectricityTable(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(meters["memory/home/meter-readings/electricity.md"])
        let got = Judge.lines(t)
        guard got.count == want.count + 1, let rule = want.firstIndex(where: Judge.isTableRule),
            Array(got.prefix(rule + 1)) == Array(want.prefix(rule + 1)), Array(got.dropFirst(rule + 2)) == Array(want.dropFirst(rule + 1)),
            let row = tableCells(got[rule + 1]), row.count == 2
        else { return false }
        let raw = t.components(separatedBy: "\n").map { Judge.spaced($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard let at = raw.firstIndex(of: got[rule + 1]), at > 0, at + 1 < raw.count, raw[at - 1] == want[rule], raw[at + 1] == want[rule + 1]
        else { return false }
        let cells = row.map { $0.lowercased() }
        return Judge.hasDate(cells[0], day: 14, month: 3) && Judge.has(cells[1], #"^[\d,. ]+(kwh)?$"#)
            && cells[1].filter(\.isNumber) == "48213"
    }

    /// Whether `text` sums up the March parents' evening in sixty words or fewer (a short heading
    /// aside), with at least one thing about how Noor is doing and one thing to do, three in all,
    /// nothing from November's notes and no April date the notes do not give.
    static func isParentsSummary(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let all = Judge.lines(t)
        let body = all.filter { !$0.hasPrefix("#") }
        let words = body.joined(separator: " ").split(separator: " ").filter { $0.contains { $0.isLetter || $0.isNumber } }
        let low = body.joined(separator: " ").lowercased()
        let doing = [
            #"\bread(s|er|ing)?\b|\bbooks?\b|narnia"#, #"times[- ]?tables?|\bmaths?\b|multiplication"#, #"handwriting|pen licen[cs]e"#,
        ].filter { Judge.has(low, $0) }
        let todo = [#"practi[cs]e|\bapp\b|(10|ten) min"#, #"\btrip\b|science museum"#, #"consent|\bform\b|12 ?eur|€ ?12"#].filter {
            Judge.has(low, $0)
        }
        let april =
            Judge.found(low, #"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?apr"#) + Judge.found(low, #"\bapr[a-z]*\.?\s+(\d{1,2})\b"#)
            + Judge.found(low, #"\b(\d{1,2})/0?4\b"#)
        return all.filter { $0.hasPrefix("#") }.allSatisfy { $0.split(separator: " ").count <= 10 } && words.count >= 15
            && words.count <= 60 && !doing.isEmpty && !todo.isEmpty && doing.count + todo.count >= 3
            && !Judge.has(low, #"spelling|swimming|\bquiet\b|november"#) && april.allSatisfy { ["22", "10"].contains($0) }
    }

    /// Whether `text` lists Ravi's three actions (the streetlight, the hall, the newsletter), one
    /// entry each and each once, in any order, and nothing of the others' jobs, the decisions or
    /// April's minutes; before them at most a title and a table header, nothing after them.
    static func isRaviActions(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t),
            !Judge.has(t, #"railing|landlord|\bbins?\b|subscription|\bsubs\b|cake|plant sale|noticeboard|speaker|\bhelen\b|\bmarcus\b|\bjoan\b"#)
        else { return false }
        let entries = Judge.items(t).filter { !Judge.isTableRule($0) }.map { $0.lowercased() }
        let actions = [#"street\s?-?lights?|lamp\s?-?post|\blight\b"#, #"\bhall\b"#, #"newsletter"#]
        let named = entries.indices.filter { i in actions.contains { Judge.has(entries[i], $0) } }
        guard named.count == actions.count, let first = named.first, named == Array(first..<first + actions.count),
            entries.count == first + actions.count, first <= 2
        else { return false }
        if first == 2 && !entries[1].hasPrefix("|") { return false }
        let which = named.map { i in actions.indices.filter { Judge.has(entries[i], actions[$0]) } }
        return which.allSatisfy { $0.count == 1 } && Set(which.map { $0[0] }).count == actions.count
    }

    /// Whether `text` lists the three gigs still to come, by file name or by title, one entry each,
    /// soonest first (June, October, December), and not the folk night; before them at most a
    /// title and a table header, nothing after them.
    static func isGigList(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !Judge.has(t, #"folk|crown"#) else { return false }
        let entries = Judge.items(t).filter { !Judge.isTableRule($0) }.map { $0.lowercased() }
        let gigs = [#"june[- ]jazz|jazz on the green"#, #"lanterns"#, #"harbour[- ]choir"#]
        let named = entries.indices.filter { i in gigs.contains { Judge.has(entries[i], $0) } }
        guard named.count == gigs.count, let first = named.first, named == Array(first..<first + gigs.count), entries.count == first + gigs.count,
            first <= 2
        else { return false }
        if first == 2 && !entries[1].hasPrefix("|") { return false }
        let which = named.map { i in gigs.indices.filter { Judge.has(entries[i], gigs[$0]) } }
        return which == [[0], [1], [2]]
    }

    /// Whether `text` is the contacts as CSV: a header naming the name, phone and email (in any
    /// column order, any case), then one row per person with their own values (accents, case
    /// and a phone number's spacing aside), and nothing else.
    static func isContactsCSV(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !t.contains("|"), !t.contains("BEGIN:") else { return false }
        let rows = Judge.lines(t).map { Judge.csvCells($0).map(Judge.spaced) }
        guard rows.count == 4, rows.allSatisfy({ $0.count == 3 }) else { return false }
        let header = rows[0].map { $0.lowercased() }
        guard let name = header.firstIndex(where: { $0.contains("name") }),
            let phone = header.firstIndex(where: { Judge.has($0, #"phone|\btel|mobile|number"#) }),
            let email = header.firstIndex(where: { $0.contains("mail") }), Set([name, phone, email]).count == 3
        else { return false }
        let fold = { (s: String) in s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil) }
        let want: [String: [String]] = [
            "bernadette walsh": ["353871234567", "bernie.walsh@example.ie"], "kofi mensah": ["447700900456", "kofi@example.co.uk"],
            "lucia fernandez": ["34912345678", "lucia.f@example.es"],
        ]
        var got: [String: [String]] = [:]
        for row in rows.dropFirst() { got[fold(row[name])] = [row[phone].filter(\.isNumber), row[email].lowercased()] }
        return got == want
    }

    /// Whether `text` is a Python script (a shebang, if any, names Python) that opens
    /// books-2026.csv (not last year's), reads the pages as numbers, keeps only the books marked
    /// finished, adds them up and prints the total, and writes, moves or removes nothing.
    /// Comments and a fenced reply do not count.
    static func isPagesScript(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let l = Judge.lines(t)
        if let first = l.first, first.hasPrefix("#!"), !first.contains("python") { return false }
        let code = l.filter { !$0.hasPrefix("#") }.joined(separator: "\n")
        let has = { (words: [String]) in words.contains { code.contains($0) } }
        guard code.contains("books-2026.csv"), !code.contains("books-2025") else { return false }
        guard !Judge.has(code, #"open\([^)]*,\s*(mode\s*=\s*)?["'][wax]|\.to_csv\(|os\.remove|os\.unlink|\.unlink\(|shutil|os\.rename"#) else {
            return false
        }
        return has(["open(", "read_text(", "read_csv("]) && (code.contains("pages") || Judge.has(code, #"\[\s*2\s*\]"#))
            && has(["int(", "float(", "read_csv("]) && Judge.has(code, #"["'](yes|no)["']"#) && has(["sum(", "+="]) && code.contains("print(")
    }
}
