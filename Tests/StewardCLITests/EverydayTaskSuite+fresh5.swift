import Foundation

/// A fifth fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first four: by someone who had not read the agent loop, its tools, its prompts, its tests or
/// any result. Fourteen intentions, numbered 601 to 614, covering the kinds the issue names (two
/// of them share an intention: "edit in place" and "fix a line" are one misspelt value fixed on
/// one line of a config file; the move takes several files at once into a folder named as a
/// person names it), each worded three ways as people word them (files named by path, by bare
/// name or by what they are; folders before or after; quotes or none; chatty context), run as
/// Steward chooses. Every fixture holds a look-alike beside the right file (a last year's note, a
/// sibling config, an advert among the letters, answer sheets among the worksheets). Judged by
/// content as a person would (other list markers, key and row order, spacing, a title line, a
/// lost final newline pass) and by "nothing else changed" (the wrong file, the wrong folder, a
/// copy where a move was asked fail). Frozen in a commit of its own before any run with a model:
/// never tune the loop on it, and run it as it is (`STEWARD_SUITE_PART=fresh5`).
extension EverydayTaskSuite {
    static let fresh5: [Intention] = [
        Intention(
            number: 601, kind: "create: a note pairing each room with the paint chosen for it",
            fixtures: ["memory/house/measurements.md": Fresh5.measurements, "memory/house/paint-colours-2019.md": Fresh5.paint2019],
            wordings: [
                (
                    .imperative,
                    "Create memory/house/paint-colours.md with the colours we chose: hallway Sage Mist, bathroom Chalk White, bedroom Dusky Blue"
                ),
                (
                    .request,
                    "Could you write down the paint we picked in a new note, paint-colours.md in memory/house? Sage Mist for the hallway, Chalk White for the bathroom and Dusky Blue for the bedroom."
                ),
                (
                    .context,
                    "We finally agreed on paint at the DIY shop today, and I'll have forgotten the names by the time we go back for the tins. Please make a new note called paint-colours.md in the house folder under memory, one room per line with its colour: the hallway in Sage Mist, the bathroom in Chalk White, the bedroom in Dusky Blue. Leave the 2019 list as it is."
                ),
            ], changed: ["memory/house/paint-colours.md"],
            check: { f in Fresh5.isPaintNote(f("memory/house/paint-colours.md")) },
            solution: ops(writes: [
                ("memory/house/paint-colours.md", "# Paint colours\n- hallway: Sage Mist\n- bathroom: Chalk White\n- bedroom: Dusky Blue\n")
            ])),
        Intention(
            number: 602, kind: "edit in place: a misspelt address fixed on one line of a mail config",
            fixtures: ["memory/settings/mail.ini": Fresh5.mailINI, "memory/settings/calendar.ini": Fresh5.calendarINI],
            wordings: [
                (
                    .imperative,
                    "In memory/settings/mail.ini, correct the address line so it reads nadia.petrova@postmail.example instead of postmial"
                ),
                (
                    .request,
                    "My email program can't sign in. Would you fix the typo in my address in mail.ini? It says postmial where it should say postmail."
                ),
                (
                    .context,
                    "Since I set up the new laptop, mail keeps failing with 'unknown host', and I've just spotted why: in the mail settings file under memory/settings I typed postmial instead of postmail in my address. Please correct that one line so it reads nadia.petrova@postmail.example, and don't touch the reply-to, the sync setting or the calendar file."
                ),
            ], changed: ["memory/settings/mail.ini"],
            check: { f in
                // The same settings in the same order (spacing around "=" and quotes aside), the address corrected.
                let want = Judge.lines(Fresh5.mailINI).map(Fresh5.setting)
                let got = Judge.lines(f("memory/settings/mail.ini")).map(Fresh5.setting)
                guard got.count == want.count, let i = want.firstIndex(where: { $0.hasPrefix("address=") }) else { return false }
                return got[i] == "address=nadia.petrova@postmail.example" && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
            },
            solution: ops(writes: [
                (
                    "memory/settings/mail.ini",
                    Fresh5.mailINI.replacingOccurrences(of: "address = nadia.petrova@postmial", with: "address = nadia.petrova@postmail")
                )
            ])),
        Intention(
            number: 603, kind: "append: one more loan at the end of a list of money lent",
            fixtures: ["memory/money/lent.md": Fresh5.lent, "memory/money/borrowed.md": Fresh5.borrowed],
            wordings: [
                (.imperative, "Add \"Marek: 40 EUR, concert tickets (3 Dec)\" at the end of memory/money/lent.md"),
                (
                    .request,
                    "Can you note on my list of money I've lent (in memory/money) that Marek owes me 40 EUR for the concert tickets, 3 Dec? Put it at the bottom, after Leila."
                ),
                (
                    .context,
                    "I paid for Marek's concert ticket on 3 December and he said he'd pay me back the 40 EUR. I keep track of who owes me in lent.md in memory/money, so please add him as the last line there, in the same style as the others; it's not the list of what I owe."
                ),
            ], changed: ["memory/money/lent.md"],
            check: { f in
                // The list as it was, then one new line with Marek, the 40, the tickets and the date.
                let want = Judge.lines(Fresh5.lent)
                let got = Judge.lines(f("memory/money/lent.md"))
                guard got.count == want.count + 1, Array(got.prefix(want.count)) == want, let last = got.last?.lowercased() else { return false }
                return Judge.has(last, #"\bmarek\b"#) && Judge.has(last, #"(?<![\d.,])40(?!\d)"#) && last.contains("concert")
                    && Judge.hasDate(last, day: 3, month: 12)
            },
            solution: ops(writes: [("memory/money/lent.md", Fresh5.lent + "- Marek: 40 EUR, concert tickets (3 Dec)\n")])),
        Intention(
            number: 604, kind: "prepend: an emergency contact right under a note's title",
            fixtures: ["memory/house-sitting.md": Fresh5.houseSitting, "memory/pet-sitter-2025.md": Fresh5.petSitter],
            wordings: [
                (.imperative, "Insert \"In an emergency, call Lou on 07700 900461\" directly under the title of memory/house-sitting.md"),
                (
                    .request,
                    "Could you add a line just below the heading of my house-sitting note, before the first item? It should say: In an emergency, call Lou on 07700 900461."
                ),
                (
                    .context,
                    "Our house-sitter arrives on Friday, and the one thing missing from the instructions I wrote for her is who to ring if something goes wrong. Please put a line saying that in an emergency she should call Lou on 07700 900461 at the top of house-sitting.md in memory, under the title and above the bit about the cat, and leave the rest as it is."
                ),
            ], changed: ["memory/house-sitting.md"],
            check: { f in
                // The title, then the new line with Lou's number, then the items as they were.
                let want = Judge.lines(Fresh5.houseSitting)
                let got = Judge.lines(f("memory/house-sitting.md"))
                guard got.count == want.count + 1, got.first == want.first, Array(got.dropFirst(2)) == Array(want.dropFirst()) else { return false }
                let line = got[1].lowercased()
                return Judge.has(line, #"\blou\b"#) && line.contains("emergenc") && Fresh5.digits(line) == "07700900461"
            },
            solution: ops(writes: [
                (
                    "memory/house-sitting.md",
                    Fresh5.houseSitting.replacingOccurrences(
                        of: "# For the house-sitter\n", with: "# For the house-sitter\nIn an emergency, call Lou on 07700 900461.\n")
                )
            ])),
        Intention(
            number: 605, kind: "rename: undated minutes given the meeting's date like their neighbours",
            fixtures: Fresh5.residents,
            wordings: [
                (.imperative, "Rename memory/residents/minutes.md to minutes-2026-11-18.md"),
                (
                    .request,
                    "Can you give the November minutes in memory/residents a dated name like October's? minutes-2026-11-18.md, please."
                ),
                (
                    .context,
                    "I name the residents' association minutes after the meeting date so they sort properly, but I saved November's as plain minutes.md in memory/residents. Please rename it to 'minutes-2026-11-18.md' in the same folder, without changing anything inside it, before December's minutes come in."
                ),
            ], changed: ["memory/residents/minutes.md", "memory/residents/minutes-2026-11-18.md"],
            check: { f in
                Judge.moved(f, "memory/residents/minutes.md", to: "memory/residents/minutes-2026-11-18.md", Fresh5.residents)
                    && Judge.untouched(f, ["memory/residents/minutes-2026-10-21.md", "memory/residents/committee.md"], Fresh5.residents)
            }, solution: ops(#"{"op":"move","from":"memory/residents/minutes.md","to":"memory/residents/minutes-2026-11-18.md"}"#)),
        Intention(
            number: 606, kind: "move several: two letters out of an inbox into the folder for their subject",
            fixtures: Fresh5.post,
            wordings: [
                (.imperative, "Move memory/inbox/tax-office-letter.md and memory/inbox/council-tax-bill.md into memory/paperwork/tax"),
                (
                    .request,
                    "Could you file the two tax letters sitting in my inbox folder, the one from the tax office and the council tax bill, in the tax folder in memory/paperwork?"
                ),
                (
                    .context,
                    "I'm sorting the post that piled up in memory/inbox. The letter from the tax office and the council tax bill belong with my other tax papers, so please move both into memory/paperwork/tax and keep their file names; the bank's tax-free savings offer is just advertising, so leave it and everything else in the inbox where it is."
                ),
            ],
            changed: [
                "memory/inbox/tax-office-letter.md", "memory/inbox/council-tax-bill.md", "memory/paperwork/tax/tax-office-letter.md",
                "memory/paperwork/tax/council-tax-bill.md",
            ],
            check: { f in
                ["tax-office-letter.md", "council-tax-bill.md"].allSatisfy { n in
                    Judge.moved(f, "memory/inbox/\(n)", to: "memory/paperwork/tax/\(n)", Fresh5.post)
                }
                    && Judge.untouched(
                        f, ["memory/inbox/bank-savings-offer.md", "memory/inbox/gym-renewal.md", "memory/paperwork/tax/2025-return.md"], Fresh5.post)
            },
            solution: ops(
                #"{"op":"move","from":"memory/inbox/tax-office-letter.md","to":"memory/paperwork/tax/tax-office-letter.md"}"#,
                #"{"op":"move","from":"memory/inbox/council-tax-bill.md","to":"memory/paperwork/tax/council-tax-bill.md"}"#)),
        Intention(
            number: 607, kind: "copy: a band's set list as the start of the next gig's",
            fixtures: Fresh5.band,
            wordings: [
                (.imperative, "Copy memory/band/setlist-winter-fair.md to memory/band/setlist-new-year.md"),
                (
                    .request,
                    "We're playing the same songs on New Year's Eve. Could you make a copy of the winter fair set list in my band folder, called setlist-new-year.md?"
                ),
                (
                    .context,
                    "The pub has booked the band for New Year's Eve, and we'll start from the set we played at the winter fair and swap a couple of songs at rehearsal. Please duplicate that set list (it's in memory/band) as setlist-new-year.md right next to it, and keep the winter fair one unchanged."
                ),
            ], changed: ["memory/band/setlist-new-year.md"],
            check: { f in
                f("memory/band/setlist-new-year.md") != nil
                    && Judge.lines(f("memory/band/setlist-new-year.md")) == Judge.lines(Fresh5.band["memory/band/setlist-winter-fair.md"])
                    && Fresh5.band.keys.allSatisfy { f($0) == Fresh5.band[$0] }
            }, solution: ops(writes: [("memory/band/setlist-new-year.md", Fresh5.band["memory/band/setlist-winter-fair.md"]!)])),
        Intention(
            number: 608, kind: "delete: the note of a cancelled subscription beside similar ones",
            fixtures: Fresh5.subscriptions,
            wordings: [
                (.imperative, "Delete memory/subscriptions/cineflix.md"),
                (.request, "I've cancelled Cineflix. Could you remove its note from my subscriptions folder, please?"),
                (
                    .context,
                    "I finally cancelled the Cineflix streaming subscription, so its note in memory/subscriptions only confuses me when I add up what I pay each month. Please delete that one file; the cinema club card and the weekend paper are still running, so keep theirs."
                ),
            ], changed: ["memory/subscriptions/cineflix.md"],
            check: { f in
                f("memory/subscriptions/cineflix.md") == nil
                    && ["memory/subscriptions/cinema-club.md", "memory/subscriptions/weekend-paper.md"].allSatisfy {
                        f($0) == Fresh5.subscriptions[$0]
                    }
            }, solution: ops(#"{"op":"delete","path":"memory/subscriptions/cineflix.md"}"#)),
        Intention(
            number: 609, kind: "summarise: a holiday host's arrival email in a few short lines",
            fixtures: ["memory/emails/cottage-arrival.md": Fresh5.cottageEmail, "memory/emails/cottage-booking.md": Fresh5.cottageBooking],
            wordings: [
                (.imperative, "Summarise memory/emails/cottage-arrival.md in three or four short lines in outputs/cottage-notes.md"),
                (
                    .request,
                    "Could you give me the gist of Gwen's email about arriving at the cottage in a few short lines, saved as outputs/cottage-notes.md?"
                ),
                (
                    .context,
                    "We drive to Wales on the 27th and I'll be reading things out to the others in the car. Please sum up the arrival email from the cottage owner (it's in memory/emails) in a few short lines, mainly when we can arrive, the key, where to park and when to leave, and save it to outputs/cottage-notes.md."
                ),
            ], changed: ["outputs/cottage-notes.md"],
            check: { f in Fresh5.isCottageSummary(f("outputs/cottage-notes.md")) },
            solution: ops(writes: [
                (
                    "outputs/cottage-notes.md",
                    "- Arrive after 4 pm; the key is in the key safe left of the front door, code 2719.\n- Park on the gravel by the barn, not in the lane.\n- Bins out at the end of the drive on Monday evening.\n- Leave by 10 am and put the key back in the safe.\n"
                )
            ])),
        Intention(
            number: 610, kind: "extract: who quoted what for a job, from a rambling note",
            fixtures: ["memory/garden/fence.md": Fresh5.fence, "memory/garden/shed.md": Fresh5.shed],
            wordings: [
                (
                    .imperative,
                    "Extract the three fence quotes from memory/garden/fence.md into outputs/fence-quotes.md, one per line with who quoted and the price"
                ),
                (
                    .request,
                    "Can you pull the prices the three fencing people quoted out of my fence note and list them in outputs/fence-quotes.md, with who gave each one?"
                ),
                (
                    .context,
                    "I have to choose who builds the new fence and want the quotes side by side rather than buried in my rambling note, memory/garden/fence.md. Please list each quote (who gave it and how much) on its own line in outputs/fence-quotes.md; the deposit and what the neighbours paid aren't quotes, so leave them out."
                ),
            ], changed: ["outputs/fence-quotes.md"],
            check: { f in Fresh5.isFenceQuotes(f("outputs/fence-quotes.md")) },
            solution: ops(writes: [("outputs/fence-quotes.md", "- Greenway Fencing: £1,240\n- Oakley & Sons: £980\n- Dave (Saturday market): £700\n")]
            )),
        Intention(
            number: 611, kind: "list-and-save: the worksheets of a folder, not their answer sheets",
            fixtures: Fresh5.tutoring,
            wordings: [
                (.imperative, "List the worksheet files in memory/tutoring in outputs/worksheets.md, leaving out the answer sheets and pupils.md"),
                (
                    .request,
                    "Could you save a list of my worksheets in memory/tutoring to outputs/worksheets.md? Just the worksheets, not the answers."
                ),
                (
                    .context,
                    "Before term starts I want to see which worksheets I've already made for my tutoring pupils. Please write the names of the worksheet files in memory/tutoring to outputs/worksheets.md, one per line, without the answer sheets and without the list of pupils."
                ),
            ], changed: ["outputs/worksheets.md"],
            check: { f in Fresh5.isWorksheetList(f("outputs/worksheets.md")) },
            solution: ops(writes: [("outputs/worksheets.md", "- fractions.md\n- long-division.md\n- times-tables.md\n")])),
        Intention(
            number: 612, kind: "convert: a Markdown table inside a note to a JSON list of objects",
            fixtures: ["memory/school-run.md": Fresh5.schoolRun, "memory/swimming-lifts.md": Fresh5.swimmingLifts],
            wordings: [
                (
                    .imperative,
                    "Convert the table in memory/school-run.md to a JSON list of objects with the keys day, driver and seats, in outputs/school-run.json"
                ),
                (
                    .request,
                    "Would you turn the school run rota table into JSON for the parents' app? One object per row (day, driver, seats) in a list, saved as outputs/school-run.json."
                ),
                (
                    .context,
                    "The parents' group has an app that imports the school run rota as JSON. Please take the table in my school-run.md note in memory and write it to outputs/school-run.json as a JSON array with one object per row, using the column names day, driver and seats as the keys."
                ),
            ], changed: ["outputs/school-run.json"],
            check: { f in Fresh5.isRotaJSON(f("outputs/school-run.json")) },
            solution: ops(writes: [
                (
                    "outputs/school-run.json",
                    "[\n  {\"day\": \"Monday\", \"driver\": \"Aisha\", \"seats\": 3},\n  {\"day\": \"Wednesday\", \"driver\": \"Greg\", \"seats\": 4},\n  {\"day\": \"Friday\", \"driver\": \"Mei\", \"seats\": 2}\n]\n"
                )
            ])),
        Intention(
            number: 613, kind: "skill: how to write up rough meeting notes",
            fixtures: ["skills/README.md": "Each skill has a folder with a SKILL.md in it.\n", "skills/weekly-plan/SKILL.md": Fresh5.weeklyPlan],
            wordings: [
                (
                    .imperative,
                    "Write a skill at skills/meeting-notes/SKILL.md, named meeting-notes with a description, for writing up rough meeting notes as memory/meetings/<date>.md with a Decisions section and an Actions section that gives each action's owner"
                ),
                (
                    .request,
                    "Could you make me a meeting-notes skill? When I paste rough notes from a meeting, it should write them up in memory/meetings, in a file named by the meeting's date, with the decisions and then the actions, each with who's doing it."
                ),
                (
                    .context,
                    "I take scrappy notes in meetings and never tidy them up. Please write a skill called meeting-notes, like the weekly-plan one, with its name and a description at the top, whose instructions are: save the write-up to memory/meetings/ in a file named after the meeting's date, list the decisions first, then the actions, and give every action an owner."
                ),
            ], changed: ["skills/meeting-notes/SKILL.md"],
            check: { f in
                // Front matter naming the skill as its folder, with a description; a body carrying where, how named and what sections.
                guard let t = f("skills/meeting-notes/SKILL.md"), let (fields, body) = Judge.skill(t) else { return false }
                let b = body.lowercased()
                return fields["name"] == "meeting-notes" && (fields["description"] ?? "").count >= 10 && b.count >= 40
                    && b.contains("memory/meetings") && b.contains("date") && b.contains("decision") && b.contains("action")
                    && ["owner", "who", "responsible", "assignee"].contains { b.contains($0) }
            },
            solution: ops(writes: [
                (
                    "skills/meeting-notes/SKILL.md",
                    "---\nname: meeting-notes\ndescription: Write up rough meeting notes as a tidy note.\n---\n1. Save the write-up to memory/meetings/YYYY-MM-DD.md, named after the meeting's date.\n2. Start with a Decisions section listing what was decided.\n3. Then an Actions section: one line per action with its owner.\n"
                )
            ])),
        Intention(
            number: 614, kind: "script: a shell script that finds the notes mentioning a word",
            fixtures: Fresh5.scripts,
            wordings: [
                (
                    .imperative,
                    "Write a shell script memory/scripts/find-notes.sh that prints the names of the files under memory/ containing the word given as its first argument, ignoring case"
                ),
                (
                    .request,
                    "Can you write me a small bash script, find-notes.sh in my scripts folder in memory, that takes a word and lists which files in memory mention it, whatever the capitals?"
                ),
                (
                    .context,
                    "I can never remember which note I wrote something in. Please write memory/scripts/find-notes.sh, a shell script I can run as find-notes.sh boiler, that searches every file under memory/ for the word I pass as its first argument, ignoring upper and lower case, and prints just the names of the files that contain it."
                ),
            ], changed: ["memory/scripts/find-notes.sh"],
            check: { f in Fresh5.isFindScript(f("memory/scripts/find-notes.sh")) },
            solution: ops(writes: [("memory/scripts/find-notes.sh", "#!/bin/sh\ngrep -ril -- \"$1\" memory\n")])),
    ]

    /// Correct results in other forms a careful person accepts (a table, another marker, a title,
    /// spacing, quotes, another date or number format, another order, strings for numbers, another
    /// way to write the same script), at least one per intention but the delete (608), which has
    /// no other form.
    static let fresh5Alternatives: [(Int, String)] = [
        (
            601,
            ops(writes: [
                (
                    "memory/house/paint-colours.md",
                    "Paint colours\n\n| Room | Colour |\n|------|--------|\n| Hallway | Sage Mist |\n| Bathroom | Chalk White |\n| Bedroom | Dusky Blue |"
                )
            ])
        ),
        (601, ops(writes: [("memory/house/paint-colours.md", "* Bedroom – *Dusky Blue*\n* Hall – *Sage Mist*\n* Bathroom – *Chalk White*\n")])),
        (601, ops(writes: [("memory/house/paint-colours.md", "Sage Mist (hallway)\nChalk White (bathroom)\nDusky Blue (bedroom)\n")])),
        (
            602,
            ops(writes: [
                (
                    "memory/settings/mail.ini",
                    Fresh5.mailINI.replacingOccurrences(
                        of: "address = nadia.petrova@postmial.example", with: "address=\"nadia.petrova@postmail.example\""
                    )
                    .trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            602,
            ops(writes: [
                (
                    "memory/settings/mail.ini",
                    Fresh5.mailINI.replacingOccurrences(of: "postmial", with: "postmail").replacingOccurrences(of: "\n\n", with: "\n")
                )
            ])
        ),
        (
            603,
            ops(writes: [
                ("memory/money/lent.md", Fresh5.lent.trimmingCharacters(in: .newlines) + "\n* Marek – €40 for the concert tickets, 3 December")
            ])
        ),
        (603, ops(writes: [("memory/money/lent.md", Fresh5.lent + "\n- Marek: 40.00 EUR, concert tickets (03/12)\n")])),
        (
            604,
            ops(writes: [
                (
                    "memory/house-sitting.md",
                    Fresh5.houseSitting.replacingOccurrences(
                        of: "# For the house-sitter\n", with: "# For the house-sitter\n\n**Emergency:** call Lou on 07700 900 461\n\n")
                )
            ])
        ),
        (
            604,
            ops(writes: [
                (
                    "memory/house-sitting.md",
                    Fresh5.houseSitting.replacingOccurrences(
                        of: "# For the house-sitter\n", with: "# For the house-sitter\n- In an emergency, call Lou on 07700900461\n")
                )
            ])
        ),
        (
            605,
            ops(
                writes: [
                    ("memory/residents/minutes-2026-11-18.md", Fresh5.residents["memory/residents/minutes.md"]!.trimmingCharacters(in: .newlines))
                ],
                #"{"op":"delete","path":"memory/residents/minutes.md"}"#)
        ),
        (
            606,
            ops(
                writes: ["tax-office-letter.md", "council-tax-bill.md"].map {
                    ("memory/paperwork/tax/\($0)", Fresh5.post["memory/inbox/\($0)"]! + "\n")
                },
                #"{"op":"delete","path":"memory/inbox/council-tax-bill.md"}"#,
                #"{"op":"delete","path":"memory/inbox/tax-office-letter.md"}"#)
        ),
        (
            607,
            ops(writes: [("memory/band/setlist-new-year.md", Fresh5.band["memory/band/setlist-winter-fair.md"]!.trimmingCharacters(in: .newlines))])
        ),
        (
            609,
            ops(writes: [
                (
                    "outputs/cottage-notes.md",
                    "# Bryn Cottage\n\nArrive after 16:00 and take the key from the key safe by the door (code 2719). Park by the barn on the gravel. Leave by 10:00 on the last day.\n"
                )
            ])
        ),
        (
            609,
            ops(writes: [
                (
                    "outputs/cottage-notes.md",
                    "Arrival: from 4pm, key safe code 2719\nParking: gravel by the barn\nDeparture: 10am, key back in the safe"
                )
            ])
        ),
        (
            610,
            ops(writes: [
                (
                    "outputs/fence-quotes.md",
                    "# Fence quotes\n\n| Who | Price | Notes |\n|---|---|---|\n| Greenway Fencing | £1240 | concrete posts, start 12 January, £200 deposit |\n| Oakley & Sons | £980 | wooden posts, March |\n| Dave from the market | £700 | cash |\n"
                )
            ])
        ),
        (610, ops(writes: [("outputs/fence-quotes.md", "Market man (Dave) - 700 pounds\nOakley and Sons - 980 GBP\nGreenway - 1,240.00 GBP")])),
        (
            611,
            ops(writes: [
                (
                    "outputs/worksheets.md",
                    "# Worksheets\n\n1. [Times tables](memory/tutoring/times-tables.md)\n2. [Long division](memory/tutoring/long-division.md)\n3. [Fractions](memory/tutoring/fractions.md)\n"
                )
            ])
        ),
        (
            611,
            ops(writes: [
                (
                    "outputs/worksheets.md",
                    "Worksheets in memory/tutoring:\n`memory/tutoring/fractions.md`\n`memory/tutoring/long-division.md`\n`memory/tutoring/times-tables.md`"
                )
            ])
        ),
        (611, ops(writes: [("outputs/worksheets.md", "Worksheets\nfractions\nlong division\ntimes tables\n")])),
        (
            612,
            ops(writes: [
                (
                    "outputs/school-run.json",
                    #"[{"seats":"2","driver":"Mei","day":"Friday"},{"seats":"3","driver":"Aisha","day":"Monday"},{"seats":"4","driver":"Greg","day":"Wednesday"}]"#
                )
            ])
        ),
        (
            612,
            ops(writes: [
                (
                    "outputs/school-run.json",
                    "[\n    {\n        \"Day\": \"Monday\",\n        \"Driver\": \"Aisha\",\n        \"Seats\": 3\n    },\n    {\n        \"Day\": \"Wednesday\",\n        \"Driver\": \"Greg\",\n        \"Seats\": 4\n    },\n    {\n        \"Day\": \"Friday\",\n        \"Driver\": \"Mei\",\n        \"Seats\": 2\n    }\n]"
                )
            ])
        ),
        (
            613,
            ops(writes: [
                (
                    "skills/meeting-notes/SKILL.md",
                    "---\nname: \"meeting-notes\"\ndescription: >\n  Turn scrappy meeting notes into a clear write-up.\n---\n\n# Meeting notes\n\nWhen I paste rough notes, write them to `memory/meetings/<date>.md` (the date of the meeting).\n\n## Decisions\nList each decision.\n\n## Actions\nOne bullet per action: what, and who is doing it.\n"
                )
            ])
        ),
        (
            614,
            ops(writes: [
                (
                    "memory/scripts/find-notes.sh",
                    "#!/usr/bin/env bash\n# Print the files under memory/ that mention a word.\nset -euo pipefail\nif [ $# -lt 1 ]; then\n  echo \"usage: $0 WORD\" >&2\n  exit 1\nfi\nword=\"$1\"\ngrep --recursive --ignore-case --files-with-matches -- \"$word\" memory/\n"
                )
            ])
        ),
        (614, ops(writes: [("memory/scripts/find-notes.sh", "find memory -type f -exec grep -l -i \"${1}\" {} +")])),
        (614, ops(writes: [("memory/scripts/find-notes.sh", "#!/bin/bash\ngrep -R -i -l \"$1\" ./memory | sort\n")])),
        (614, ops(writes: [("memory/scripts/find-notes.sh", "#!/bin/zsh\ncd \"$(dirname \"$0\")/../../memory\" || exit 1\negrep -rli \"$1\" .\n")])),
    ]

    /// Wrong or partial results that the fifth fresh part's checks must refuse, at least four per intention.
    static let fresh5NearMisses: [(Int, String)] = [
        (601, ops(writes: [("memory/house/paint-colours.md", "Hallway: Sage Mist, bathroom: Chalk White, bedroom: Dusky Blue\n")])),
        (
            601,
            ops(writes: [
                ("memory/house/paint-colours-2019.md", Fresh5.paint2019 + "- hallway: Sage Mist\n- bathroom: Chalk White\n- bedroom: Dusky Blue\n")
            ])
        ),
        (601, ops(writes: [("memory/house/paint-colours.md", "- hallway: Chalk White\n- bathroom: Sage Mist\n- bedroom: Dusky Blue\n")])),
        (601, ops(writes: [("memory/house/paint-colours.md", "- hallway: Sage Mist\n- bathroom: Chalk White\n")])),
        (
            601,
            ops(writes: [
                ("memory/house/paint-colours.md", "```markdown\n- hallway: Sage Mist\n- bathroom: Chalk White\n- bedroom: Dusky Blue\n```\n")
            ])
        ),
        (
            601,
            ops(writes: [
                ("memory/house/paint-colours.md", "- hallway: Sage Mist\n- bathroom: Chalk White\n- bedroom: Dusky Blue\n- kitchen: Duck Egg\n")
            ])
        ),
        (601, ops(writes: [("memory/paint-colours.md", "- hallway: Sage Mist\n- bathroom: Chalk White\n- bedroom: Dusky Blue\n")])),
        (
            601,
            ops(writes: [
                ("memory/house/paint-colours.md", "- hallway: Sage Mist\n- bathroom: Chalk White\n- bedroom: Dusky Blue\n"),
                ("memory/house/measurements.md", Fresh5.measurements + "See paint-colours.md for the colours.\n"),
            ])
        ),
        (602, ops(writes: [("memory/settings/mail.ini", Fresh5.mailINI + "address = nadia.petrova@postmail.example\n")])),
        (602, ops(writes: [("memory/settings/calendar.ini", Fresh5.calendarINI.replacingOccurrences(of: "first_day", with: "; fixed\nfirst_day"))])),
        (602, ops(writes: [("memory/settings/mail.ini", "address = nadia.petrova@postmail.example\n")])),
        (602, ops(writes: [("memory/settings/mail.ini", Fresh5.mailINI.replacingOccurrences(of: "postmial.example", with: "postmail.exmaple"))])),
        (
            602,
            ops(writes: [
                (
                    "memory/settings/mail.ini",
                    Fresh5.mailINI.replacingOccurrences(of: "postmial", with: "postmail").replacingOccurrences(of: "= 15", with: "= 5")
                )
            ])
        ),
        (
            602,
            ops(writes: [
                (
                    "memory/settings/mail.ini",
                    Fresh5.mailINI.replacingOccurrences(of: "address = nadia.petrova@postmial.example\n", with: "")
                )
            ])
        ),
        (
            602,
            ops(writes: [("memory/settings/mail.ini", "```ini\n" + Fresh5.mailINI.replacingOccurrences(of: "postmial", with: "postmail") + "```\n")])
        ),
        (603, ops(writes: [("memory/money/borrowed.md", Fresh5.borrowed + "- Marek: 40 EUR, concert tickets (3 Dec)\n")])),
        (
            603,
            ops(writes: [
                (
                    "memory/money/lent.md",
                    Fresh5.lent.replacingOccurrences(of: "# Money I've lent\n", with: "# Money I've lent\n- Marek: 40 EUR, concert tickets (3 Dec)\n")
                )
            ])
        ),
        (
            603,
            ops(writes: [
                (
                    "memory/money/lent.md",
                    Fresh5.lent.replacingOccurrences(of: "- Leila: 15 EUR, taxi home (19 Nov)\n", with: "- Marek: 40 EUR, concert tickets (3 Dec)\n")
                )
            ])
        ),
        (603, ops(writes: [("memory/money/lent.md", Fresh5.lent + "- Marek: concert tickets (3 Dec)\n")])),
        (603, ops(writes: [("memory/money/lent.md", Fresh5.lent + "- Marek: 14 EUR, concert tickets (3 Dec)\n")])),
        (603, ops(writes: [("memory/money/lent.md", "# Money I've lent\n- Marek: 40 EUR, concert tickets (3 Dec)\n")])),
        (604, ops(writes: [("memory/house-sitting.md", "In an emergency, call Lou on 07700 900461.\n" + Fresh5.houseSitting)])),
        (604, ops(writes: [("memory/house-sitting.md", Fresh5.houseSitting + "In an emergency, call Lou on 07700 900461.\n")])),
        (
            604,
            ops(writes: [
                (
                    "memory/pet-sitter-2025.md",
                    Fresh5.petSitter.replacingOccurrences(
                        of: "(summer 2025)\n", with: "(summer 2025)\nIn an emergency, call Lou on 07700 900461.\n")
                )
            ])
        ),
        (
            604,
            ops(writes: [
                (
                    "memory/house-sitting.md",
                    Fresh5.houseSitting.replacingOccurrences(
                        of: "- Feed Biscuit (the cat) at 7 am and 6 pm; her food is under the sink.\n",
                        with: "In an emergency, call Lou on 07700 900461.\n")
                )
            ])
        ),
        (
            604,
            ops(writes: [
                (
                    "memory/house-sitting.md",
                    Fresh5.houseSitting.replacingOccurrences(
                        of: "# For the house-sitter\n", with: "# For the house-sitter\nIn an emergency, call Lou on 07700 900416.\n")
                )
            ])
        ),
        (
            604,
            ops(writes: [
                (
                    "memory/house-sitting.md",
                    Fresh5.houseSitting.replacingOccurrences(of: "# For the house-sitter\n", with: "In an emergency, call Lou on 07700 900461.\n")
                )
            ])
        ),
        (605, ops(#"{"op":"move","from":"memory/residents/minutes-2026-10-21.md","to":"memory/residents/minutes-2026-11-18.md"}"#)),
        (605, ops(writes: [("memory/residents/minutes-2026-11-18.md", Fresh5.residents["memory/residents/minutes.md"]!)])),
        (605, ops(#"{"op":"move","from":"memory/residents/minutes.md","to":"memory/minutes-2026-11-18.md"}"#)),
        (605, ops(#"{"op":"move","from":"memory/residents/minutes.md","to":"memory/residents/minutes-2026-11-21.md"}"#)),
        (
            605,
            ops(
                writes: [
                    (
                        "memory/residents/minutes-2026-11-18.md",
                        Fresh5.residents["memory/residents/minutes.md"]!.replacingOccurrences(of: "Present: 14 households.\n", with: "")
                    )
                ],
                #"{"op":"delete","path":"memory/residents/minutes.md"}"#)
        ),
        (606, ops(#"{"op":"move","from":"memory/inbox/tax-office-letter.md","to":"memory/paperwork/tax/tax-office-letter.md"}"#)),
        (
            606,
            ops(
                writes: ["tax-office-letter.md", "council-tax-bill.md"].map {
                    ("memory/paperwork/tax/\($0)", Fresh5.post["memory/inbox/\($0)"]!)
                })
        ),
        (
            606,
            ops(
                #"{"op":"move","from":"memory/inbox/tax-office-letter.md","to":"memory/paperwork/tax/tax-office-letter.md"}"#,
                #"{"op":"move","from":"memory/inbox/council-tax-bill.md","to":"memory/paperwork/tax/council-tax-bill.md"}"#,
                #"{"op":"move","from":"memory/inbox/bank-savings-offer.md","to":"memory/paperwork/tax/bank-savings-offer.md"}"#)
        ),
        (
            606,
            ops(
                #"{"op":"move","from":"memory/inbox/tax-office-letter.md","to":"memory/tax/tax-office-letter.md"}"#,
                #"{"op":"move","from":"memory/inbox/council-tax-bill.md","to":"memory/tax/council-tax-bill.md"}"#)
        ),
        (
            606,
            ops(
                #"{"op":"move","from":"memory/inbox/tax-office-letter.md","to":"memory/paperwork/tax-office-letter.md"}"#,
                #"{"op":"move","from":"memory/inbox/council-tax-bill.md","to":"memory/paperwork/council-tax-bill.md"}"#)
        ),
        (
            606,
            ops(
                #"{"op":"move","from":"memory/inbox/tax-office-letter.md","to":"memory/paperwork/tax/tax-office.md"}"#,
                #"{"op":"move","from":"memory/inbox/council-tax-bill.md","to":"memory/paperwork/tax/council-tax.md"}"#)
        ),
        (607, ops(#"{"op":"move","from":"memory/band/setlist-winter-fair.md","to":"memory/band/setlist-new-year.md"}"#)),
        (607, ops(writes: [("memory/band/setlist-new-year.md", Fresh5.band["memory/band/setlist-summer.md"]!)])),
        (607, ops(writes: [("memory/setlist-new-year.md", Fresh5.band["memory/band/setlist-winter-fair.md"]!)])),
        (
            607,
            ops(writes: [
                (
                    "memory/band/setlist-new-year.md",
                    Fresh5.band["memory/band/setlist-winter-fair.md"]!.replacingOccurrences(of: "4. Northern Lights\n", with: "")
                )
            ])
        ),
        (
            607,
            ops(writes: [
                ("memory/band/setlist-new-year.md", Fresh5.band["memory/band/setlist-winter-fair.md"]!),
                ("memory/band/setlist-winter-fair.md", Fresh5.band["memory/band/setlist-winter-fair.md"]! + "Copied for New Year's Eve.\n"),
            ])
        ),
        (
            607,
            ops(writes: [("memory/band/setlist-new-year.md", "```markdown\n" + Fresh5.band["memory/band/setlist-winter-fair.md"]! + "```\n")])
        ),
        (608, ops(#"{"op":"delete","path":"memory/subscriptions/cinema-club.md"}"#)),
        (
            608,
            ops(
                #"{"op":"delete","path":"memory/subscriptions/cineflix.md"}"#,
                #"{"op":"delete","path":"memory/subscriptions/cinema-club.md"}"#)
        ),
        (608, ops(writes: [("memory/subscriptions/cineflix.md", "")])),
        (608, ops(#"{"op":"move","from":"memory/subscriptions/cineflix.md","to":"memory/subscriptions/cancelled/cineflix.md"}"#)),
        (608, ops(writes: [("memory/subscriptions/cineflix.md", Fresh5.subscriptions["memory/subscriptions/cineflix.md"]! + "Cancelled.\n")])),
        (609, ops(writes: [("outputs/cottage-notes.md", Fresh5.cottageEmail)])),
        (609, ops(writes: [("outputs/cottage-notes.md", "Gwen sent some information about our stay at the cottage. It sounds lovely.\n")])),
        (
            609,
            ops(writes: [
                (
                    "memory/emails/cottage-notes.md",
                    "- Arrive after 4 pm; key safe code 2719.\n- Park on the gravel by the barn.\n- Leave by 10 am.\n"
                )
            ])
        ),
        (609, ops(writes: [("outputs/cottage-notes.md", "Bryn Cottage is booked from 27 to 30 December for 4 guests, and the 420 GBP is paid.\n")])),
        (
            609,
            ops(writes: [
                ("outputs/cottage-notes.md", "- Arrive after 4 pm; key safe code 2791.\n- Park on the gravel by the barn.\n- Leave by 10 am.\n")
            ])
        ),
        (
            609,
            ops(writes: [
                (
                    "outputs/cottage-notes.md",
                    "You can arrive any time after 4 pm. The key is in the key safe to the left of the front door, and the code is 2719. Please park on the gravel by the barn, not in the lane, as the farmer needs to get his tractor through. The wood burner is laid ready, with more wood in the shed. Bins are collected on Tuesday morning, so put them at the end of the drive on Monday evening. Be out by 10 am on the day you leave and put the key back in the safe. The nearest shop closes at 1 pm on Sundays.\n"
                )
            ])
        ),
        (610, ops(writes: [("outputs/fence-quotes.md", "Greenway Fencing £1,240, Oakley & Sons £980, Dave £700\n")])),
        (610, ops(writes: [("outputs/fence-quotes.md", "- Greenway Fencing: £980\n- Oakley & Sons: £1,240\n- Dave (Saturday market): £700\n")])),
        (610, ops(writes: [("outputs/fence-quotes.md", "- Greenway Fencing: £1,240\n- Oakley & Sons: £980\n")])),
        (
            610,
            ops(writes: [
                (
                    "outputs/fence-quotes.md",
                    "- Greenway Fencing: £1,240\n- Oakley & Sons: £980\n- Dave (Saturday market): £700\n- Neighbours at number 9: £1,100\n"
                )
            ])
        ),
        (
            610,
            ops(writes: [
                (
                    "outputs/fence-quotes.md",
                    "- Greenway Fencing: £1,240\n- Greenway Fencing (deposit): £200\n- Oakley & Sons: £980\n- Dave (Saturday market): £700\n"
                )
            ])
        ),
        (
            610,
            ops(writes: [("memory/garden/fence-quotes.md", "- Greenway Fencing: £1,240\n- Oakley & Sons: £980\n- Dave (Saturday market): £700\n")])
        ),
        (610, ops(writes: [("outputs/fence-quotes.md", Fresh5.fence)])),
        (
            611,
            ops(writes: [
                (
                    "outputs/worksheets.md",
                    "- fractions.md\n- fractions-answers.md\n- long-division.md\n- long-division-answers.md\n- times-tables.md\n"
                )
            ])
        ),
        (611, ops(writes: [("outputs/worksheets.md", "- fractions.md\n- long-division.md\n- pupils.md\n- times-tables.md\n")])),
        (611, ops(writes: [("outputs/worksheets.md", "- fractions.md\n- long-division.md\n")])),
        (611, ops(writes: [("outputs/worksheets.md", "fractions.md, long-division.md, times-tables.md\n")])),
        (611, ops(writes: [("memory/tutoring/worksheets.md", "- fractions.md\n- long-division.md\n- times-tables.md\n")])),
        (611, ops(writes: [("outputs/worksheets.md", "```\nfractions.md\nlong-division.md\ntimes-tables.md\n```\n")])),
        (612, ops(writes: [("outputs/school-run.json", Fresh5.schoolRun)])),
        (
            612,
            ops(writes: [
                (
                    "outputs/school-run.json",
                    #"[{"day":"day","driver":"driver","seats":"seats"},{"day":"Monday","driver":"Aisha","seats":3},{"day":"Wednesday","driver":"Greg","seats":4},{"day":"Friday","driver":"Mei","seats":2}]"#
                )
            ])
        ),
        (
            612,
            ops(writes: [
                (
                    "outputs/school-run.json",
                    #"[{"day":"Monday","driver":"Aisha","seats":3},{"day":"Wednesday","driver":"Greg","seats":2},{"day":"Friday","driver":"Mei","seats":4}]"#
                )
            ])
        ),
        (
            612,
            ops(writes: [("outputs/school-run.json", #"[{"day":"Monday","driver":"Aisha","seats":3},{"day":"Wednesday","driver":"Greg","seats":4}]"#)]
            )
        ),
        (612, ops(writes: [("outputs/school-run.json", "day,driver,seats\nMonday,Aisha,3\nWednesday,Greg,4\nFriday,Mei,2\n")])),
        (
            612,
            ops(writes: [
                (
                    "outputs/school-run.json",
                    "```json\n[{\"day\":\"Monday\",\"driver\":\"Aisha\",\"seats\":3},{\"day\":\"Wednesday\",\"driver\":\"Greg\",\"seats\":4},{\"day\":\"Friday\",\"driver\":\"Mei\",\"seats\":2}]\n```\n"
                )
            ])
        ),
        (
            612,
            ops(writes: [
                (
                    "outputs/school-run.json",
                    #"[["Monday","Aisha",3],["Wednesday","Greg",4],["Friday","Mei",2]]"#
                )
            ])
        ),
        (
            613,
            ops(writes: [
                (
                    "skills/meeting-notes/SKILL.md",
                    "# Meeting notes\n1. Save the write-up to memory/meetings/YYYY-MM-DD.md, named after the meeting's date.\n2. List the decisions.\n3. List the actions, each with its owner.\n"
                )
            ])
        ),
        (
            613,
            ops(writes: [
                (
                    "skills/meeting-notes/SKILL.md",
                    "---\nname: Meeting Notes\ndescription: Write up rough meeting notes as a tidy note.\n---\n1. Save the write-up to memory/meetings/YYYY-MM-DD.md, named after the meeting's date.\n2. List the decisions.\n3. List the actions, each with its owner.\n"
                )
            ])
        ),
        (
            613,
            ops(writes: [
                (
                    "skills/meeting-notes.md",
                    "---\nname: meeting-notes\ndescription: Write up rough meeting notes as a tidy note.\n---\n1. Save the write-up to memory/meetings/YYYY-MM-DD.md, named after the meeting's date.\n2. List the decisions.\n3. List the actions, each with its owner.\n"
                )
            ])
        ),
        (
            613,
            ops(writes: [
                (
                    "skills/meeting-notes/SKILL.md",
                    "```markdown\n---\nname: meeting-notes\ndescription: Write up rough meeting notes as a tidy note.\n---\n1. Save the write-up to memory/meetings/YYYY-MM-DD.md, named after the meeting's date.\n2. List the decisions.\n3. List the actions, each with its owner.\n```\n"
                )
            ])
        ),
        (
            613,
            ops(writes: [
                (
                    "skills/meeting-notes/SKILL.md",
                    "---\nname: meeting-notes\n---\n1. Save the write-up to memory/meetings/YYYY-MM-DD.md, named after the meeting's date.\n2. List the decisions.\n3. List the actions, each with its owner.\n"
                )
            ])
        ),
        (
            613,
            ops(writes: [
                (
                    "skills/meeting-notes/SKILL.md",
                    "---\nname: meeting-notes\ndescription: Write up rough meeting notes as a tidy note.\n---\nTidy the notes: list the decisions, then the actions with their owners.\n"
                )
            ])
        ),
        (
            613,
            ops(writes: [
                (
                    "skills/weekly-plan/SKILL.md",
                    Fresh5.weeklyPlan
                        + "\n## Meeting notes\nSave rough meeting notes to memory/meetings/YYYY-MM-DD.md with the decisions, then the actions and their owners.\n"
                )
            ])
        ),
        (614, ops(writes: [("memory/scripts/find-notes.sh", "#!/bin/sh\ngrep -ril boiler memory\n")])),
        (614, ops(writes: [("memory/scripts/find-notes.sh", "#!/bin/sh\ngrep -rl \"$1\" memory\n")])),
        (614, ops(writes: [("memory/scripts/find-notes.sh", "#!/bin/sh\ngrep -ri \"$1\" memory\n")])),
        (614, ops(writes: [("memory/scripts/find-notes.sh", "#!/bin/sh\ngrep -il \"$1\" memory\n")])),
        (614, ops(writes: [("memory/scripts/find-notes.sh", "#!/bin/sh\ngrep -ril \"$1\" /\n")])),
        (
            614,
            ops(writes: [
                (
                    "memory/scripts/find-notes.sh",
                    "#!/usr/bin/env python3\nimport pathlib, sys\nfor p in pathlib.Path(\"memory\").rglob(\"*\"):\n    if p.is_file() and sys.argv[1].lower() in p.read_text().lower():\n        print(p)\n"
                )
            ])
        ),
        (614, ops(writes: [("memory/scripts/find-notes.sh", "```bash\n#!/bin/sh\ngrep -ril \"$1\" memory\n```\n")])),
        (614, ops(writes: [("memory/find-notes.sh", "#!/bin/sh\ngrep -ril \"$1\" memory\n")])),
    ]
}

/// The fifth fresh part's fixtures and the helpers its checks share.
private enum Fresh5 {
    static let measurements = "# Measurements\n- hallway: 4.2 m by 1.1 m\n- bathroom: 2.4 m by 1.9 m\n- bedroom: 3.6 m by 3.1 m\n"
    static let paint2019 = "# Paint colours (2019)\n- hallway: Magnolia\n- kitchen: Duck Egg\n"
    static let mailINI = """
        ; Mail settings for the laptop
        [account]
        name = Nadia Petrova
        address = nadia.petrova@postmial.example
        reply_to = nadia.petrova@postmail.example

        [sync]
        check_every_minutes = 15

        """
    static let calendarINI = "[calendar]\nowner = nadia.petrova@postmail.example\nfirst_day = monday\n"
    static let lent = "# Money I've lent\n- Jonas: 20 EUR, cinema tickets (5 Nov)\n- Leila: 15 EUR, taxi home (19 Nov)\n"
    static let borrowed = "# Money I owe\n- Dad: 50 EUR, train fare (2 Nov)\n"
    static let houseSitting = """
        # For the house-sitter
        - Feed Biscuit (the cat) at 7 am and 6 pm; her food is under the sink.
        - Water the tomatoes on the balcony every evening.
        - The bins go out on Thursday night.
        - The spare key is with Mrs Albescu at number 12.

        """
    static let petSitter = "# For the pet-sitter (summer 2025)\n- Feed Biscuit twice a day.\n- Call us on 07700 900388 if she stops eating.\n"
    static let residents: [String: String] = [
        "memory/residents/minutes.md":
            "# Residents' meeting, 18 November 2026\nPresent: 14 households.\n- The bike shed gets a new lock in January.\n- Next meeting: 20 January, in the community room.\n",
        "memory/residents/minutes-2026-10-21.md":
            "# Residents' meeting, 21 October 2026\nPresent: 11 households.\n- Quotes for the bike shed lock to be collected.\n",
        "memory/residents/committee.md": "# Committee\n- Chair: Farida Nasser\n- Treasurer: Owen Pike\n",
    ]
    static let post: [String: String] = [
        "memory/inbox/tax-office-letter.md": "Tax office, 24 November: your 2025 return is accepted; a refund of 312.60 EUR is on its way.\n",
        "memory/inbox/council-tax-bill.md": "Council tax 2027: ten instalments of 148 EUR from April.\n",
        "memory/inbox/bank-savings-offer.md": "Open a tax-free savings account before 31 December and get a 50 EUR bonus!\n",
        "memory/inbox/gym-renewal.md": "Your gym membership renews on 1 January.\n",
        "memory/paperwork/tax/2025-return.md": "Tax return 2025, sent on 30 September.\n",
    ]
    static let band: [String: String] = [
        "memory/band/setlist-winter-fair.md":
            "# Set list, winter fair\n1. Blackbird Lane\n2. Paper Boats\n3. The Long Way Round\n4. Northern Lights\n5. Last Orders\n",
        "memory/band/setlist-summer.md": "# Set list, summer party\n1. Sunburn\n2. Paper Boats\n3. Last Orders\n",
        "memory/band/rehearsals.md": "# Rehearsals\nTuesdays, 7:30 pm, in Ravi's garage.\n",
    ]
    static let subscriptions: [String: String] = [
        "memory/subscriptions/cineflix.md": "# Cineflix\n9.99 EUR a month, paid by card on the 3rd.\n",
        "memory/subscriptions/cinema-club.md": "# Cinema club card\n60 EUR a year, renews in June.\n",
        "memory/subscriptions/weekend-paper.md": "# Weekend paper\n4.50 EUR a week, delivered on Saturdays.\n",
    ]
    static let cottageEmail = """
        # Email from Gwen at Bryn Cottage, 2 December

        Hello, and thank you for booking Bryn Cottage for 27 to 30 December! A few things before you travel. You can arrive \
        any time after 4 pm; the key is in the key safe to the left of the front door, and the code is 2719. Please park on \
        the gravel by the barn, not in the lane, as the farmer needs to get his tractor through. The wood burner is laid \
        ready, and there is more wood in the shed. The bins are collected on Tuesday morning, so please put them at the end \
        of the drive on Monday evening. On the day you leave, please be out by 10 am and put the key back in the safe. The \
        nearest shop closes at 1 pm on Sundays. Have a lovely stay!

        Gwen

        """
    static let cottageBooking = "# Booking confirmation, Bryn Cottage\nDates: 27 to 30 December. Guests: 4. Paid: 420 GBP.\n"
    static let fence = """
        # New fence at the back

        The old fence is 14 metres long and half of it blew down in October. Three people came round to quote. Greenway \
        Fencing quoted £1,240 for new panels and concrete posts, and they could start on 12 January. Oakley & Sons came in \
        cheaper at £980, but only with wooden posts, and not before March. The man from the Saturday market, Dave, said \
        he'd do it for £700 cash, which sounds too good to be true. Greenway also want a £200 deposit. The neighbours at \
        number 9 paid £1,100 for theirs two years ago.

        """
    static let shed = "# Shed\nGreenway Fencing also quoted £350 for a new shed roof.\n"
    static let tutoring: [String: String] = [
        "memory/tutoring/fractions.md": "# Fractions\n1. 1/2 + 1/4 =\n2. 2/3 of 12 =\n",
        "memory/tutoring/fractions-answers.md": "# Fractions: answers\n1. 3/4\n2. 8\n",
        "memory/tutoring/long-division.md": "# Long division\n1. 156 ÷ 12 =\n2. 391 ÷ 17 =\n",
        "memory/tutoring/long-division-answers.md": "# Long division: answers\n1. 13\n2. 23\n",
        "memory/tutoring/times-tables.md": "# Times tables\n- 7 × 8 =\n- 9 × 6 =\n",
        "memory/tutoring/pupils.md": "# Pupils\n- Ella (Year 5), Mondays\n- Kofi (Year 6), Thursdays\n",
    ]
    static let schoolRun = """
        # School run rota (spring term)

        | day | driver | seats |
        |---|---|---|
        | Monday | Aisha | 3 |
        | Wednesday | Greg | 4 |
        | Friday | Mei | 2 |

        On Tuesdays and Thursdays the children take the bus.

        """
    static let swimmingLifts = "# Lifts to swimming\n\n| day | driver |\n|---|---|\n| Saturday | Greg |\n"
    static let weeklyPlan =
        "---\nname: weekly-plan\ndescription: Plan the coming week from the calendar notes.\n---\nRead memory/calendar and list the week's appointments day by day.\n"
    static let scripts: [String: String] = [
        "memory/scripts/tidy-downloads.sh": "#!/bin/sh\n# Remove downloads older than 30 days.\nfind temp/downloads -type f -mtime +30 -delete\n",
        "memory/notes/bike-lock.md": "The bike lock code is in the blue notebook.\n",
        "memory/notes/wine.md": "# Wines we liked\n- a Rioja from the corner shop\n",
    ]

    /// The decimal digits of `text`, in order: a phone number however it is spaced.
    static func digits(_ text: String) -> String { String(text.filter { $0.isASCII && $0.isNumber }) }

    /// One line of an INI file with the spaces around its first `=` and the quotes around its value removed.
    static func setting(_ line: String) -> String {
        guard !line.hasPrefix(";"), !line.hasPrefix("#"), let eq = line.firstIndex(of: "=") else { return line }
        let key = line[..<eq].trimmingCharacters(in: .whitespaces)
        let value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        return key + "=" + value
    }

    /// Whether `text` is the paint note: each room on a line of its own with its own colour (the
    /// hall may be "hall"), nothing after them, and before them at most a title and a table header.
    static func isPaintNote(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let entries = Judge.items(t).filter { !Judge.isTableRule($0) }.map { $0.lowercased() }
        let rooms = [#"\bhall"#, #"\bbath\s?room"#, #"\bbed\s?room"#]
        let colours = ["sage mist", "chalk white", "dusky blue"]
        let named = entries.indices.filter { i in rooms.contains { Judge.has(entries[i], $0) } || colours.contains { entries[i].contains($0) } }
        guard named.count == 3, let first = named.first, named == Array(first..<first + 3), entries.count == first + 3, first <= 2 else {
            return false
        }
        if first == 2 && !entries[1].hasPrefix("|") { return false }
        let pairs = named.map { i in
            (rooms.indices.filter { Judge.has(entries[i], rooms[$0]) }, colours.indices.filter { entries[i].contains(colours[$0]) })
        }
        return pairs.allSatisfy { $0.0.count == 1 && $0.0 == $0.1 } && Set(pairs.map(\.0)).count == 3
    }

    /// Whether `text` sums up the cottage email: a few short lines (a title aside), under half the
    /// email's length, with at least three of its facts, and the key safe's code right if it gives one.
    static func isCottageSummary(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let body = Judge.lines(t).filter { !$0.hasPrefix("#") }
        let low = body.joined(separator: " ").lowercased()
        let facts = [
            #"\b4\s*(pm|p\.m\.)|\b16[:.]00|\bfour\b"#, #"\b2719\b"#, #"gravel|barn|\bpark"#, #"\b10\s*(am|a\.m\.)|\b10[:.]00|\bten\b"#,
            #"\bbins?\b"#, #"\bwood"#,
        ]
        .filter { Judge.has(low, $0) }
        let codes = Judge.found(low, #"\b\d{4}\b"#).filter { $0 != "2026" && $0 != "2027" }
        return body.count <= 6 && low.count >= 50 && low.count * 2 < cottageEmail.count && facts.count >= 3
            && codes.allSatisfy { $0 == "2719" }
    }

    /// Whether `text` lists the three fence quotes: one line for each who quoted, with their own
    /// price and no one else's, and no other line with a price (the deposit, the neighbours, the shed).
    static func isFenceQuotes(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let ls = Judge.lines(t).map { $0.lowercased() }.filter { !Judge.isTableRule($0) }
        let quotes = [(#"greenway"#, #"\b1[,. ]?240\b"#), (#"oakley"#, #"\b980\b"#), (#"\bdave\b|market"#, #"\b700\b"#)]
        let named = ls.filter { l in quotes.contains { Judge.has(l, $0.0) } }
        let priced = ls.filter { Judge.has($0, #"£\s?\d|\d{3}"#) }
        return named.count == 3 && priced.count == 3 && Set(priced) == Set(named)
            && quotes.allSatisfy { q in
                let m = named.filter { Judge.has($0, q.0) }
                return m.count == 1 && quotes.allSatisfy { other in Judge.has(m[0], other.1) == (other.0 == q.0) }
            }
    }

    /// Whether `text` names the three worksheets (by file name, path, link or title), each once,
    /// and neither an answer sheet nor the pupils list; at most a title before them.
    static func isWorksheetList(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let entries = Judge.items(t).map { $0.lowercased().replacingOccurrences(of: " ", with: "-") }
        let stems = ["fractions", "long-division", "times-tables"]
        let named = entries.filter { e in stems.contains { e.contains($0) } }
        guard entries.count == 3 || (entries.count == 4 && !named.contains(entries[0]) && !entries[0].contains(".md")) else { return false }
        return named.count == 3 && entries.allSatisfy { !$0.contains("answer") && !$0.contains("pupil") }
            && stems.allSatisfy { s in named.filter { $0.contains(s) }.count == 1 }
            && named.allSatisfy { e in stems.filter { e.contains($0) }.count == 1 }
    }

    /// Whether `text` is the rota as a JSON array of one object per row, with exactly the keys day,
    /// driver and seats (any case, any order), in any row order; seats a number or its digits.
    static func isRotaJSON(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), let rows = (try? JSONSerialization.jsonObject(with: Data(t.utf8))) as? [[String: Any]] else {
            return false
        }
        let want: Set<[String: String]> = [
            ["day": "Monday", "driver": "Aisha", "seats": "3"], ["day": "Wednesday", "driver": "Greg", "seats": "4"],
            ["day": "Friday", "driver": "Mei", "seats": "2"],
        ]
        let got = rows.map { row in
            row.reduce(into: [String: String]()) { d, kv in
                let value: String
                if let s = kv.value as? String {
                    value = s.trimmingCharacters(in: .whitespaces)
                } else if let n = kv.value as? Int {
                    value = String(n)
                } else if let n = kv.value as? Double, n == n.rounded(), abs(n) < 1e9 {
                    value = String(Int(n))
                } else {
                    value = "?"
                }
                d[kv.key.lowercased().trimmingCharacters(in: .whitespaces), default: ""] += value
            }
        }
        return got.count == 3 && Set(got) == want
    }

    /// Whether `text` is a shell script (a shebang, if any, names a shell) that runs grep over
    /// memory/ (named as a path anywhere in the script) recursively (-r/-R, --recursive, or under
    /// find), ignoring case (-i, --ignore-case), printing only file names (-l,
    /// --files-with-matches), for the first argument ($1); comments and a fenced reply do not count.
    static func isFindScript(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let l = Judge.lines(t)
        if let first = l.first, first.hasPrefix("#!"), !Judge.has(first, #"\b(ba|z|da|k)?sh\b"#) { return false }
        let code = l.filter { !$0.hasPrefix("#") }
        // What follows "grep" on each line that runs it, up to a pipe.
        let greps = code.compactMap { line -> String? in
            guard let r = line.range(of: #"\b[ef]?grep\b"#, options: .regularExpression) else { return nil }
            return String(line[r.upperBound...].prefix { $0 != "|" })
        }
        guard !greps.isEmpty else { return false }
        let args = greps.joined(separator: " ")
        let flags = Set(Judge.found(args, #"(?:^|\s)-([a-zA-Z]+)"#).joined())
        let all = code.joined(separator: "\n")
        let underFind = Judge.has(all, #"\bfind\s+(\./)?memory\b"#)
        let recursive = flags.contains("r") || flags.contains("R") || args.contains("--recursive") || underFind
        let ignoreCase = flags.contains("i") || args.contains("--ignore-case")
        let namesOnly = flags.contains("l") || args.contains("--files-with-matches")
        let inMemory = Judge.has(all, #"(^|[\s"'/.=])memory\b"#)
        return recursive && ignoreCase && namesOnly && inMemory && Judge.has(all, #"\$\{?1\b"#)
    }
}
