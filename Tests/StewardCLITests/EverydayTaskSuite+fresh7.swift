import Foundation

/// A seventh fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first six: by someone who had not read the agent loop, its tools, its prompts, its tests or
/// any result. Fourteen intentions, numbered 801 to 814, one for each kind the issue names
/// (create; edit in place, one line of a note given a new value; append a row to a CSV log;
/// prepend a warning above a recipe's title; rename, a typo fixed in a file name; move a single
/// file into its event's folder; copy into another folder; delete; summarise; extract prices;
/// list-and-save, a folder's subfolders rather than its files; convert a Markdown list to JSON;
/// a skill; a script), each worded three ways as people word them (files named by path, by bare
/// name or by what they are; folders before or after; quotes or none; numbers in words; chatty
/// context), run as Steward chooses. Every fixture holds a look-alike beside the right file (last
/// year's street party, last year's book club note and running log, a sesame recipe beside the
/// peanut one, another RSVP, the autumn seating plan, the children's bike of the same make, the
/// rent email, last year's boiler service, loose notes among trip folders, the keys from before
/// the locks were changed). Judged by content as a person would (other list markers, row and key
/// order, spacing, a title line, a table for a list, another date or time format, a lost final
/// newline pass) and by "nothing else changed" (the wrong file, the wrong folder, a copy where a
/// move was asked fail). Frozen in a commit of its own before any run with a model: never tune
/// the loop on it, and run it as it is (`STEWARD_SUITE_PART=fresh7`).
extension EverydayTaskSuite {
    static let fresh7: [Intention] = [
        Intention(
            number: 801, kind: "create: a note of who is bringing what to a street party",
            fixtures: ["memory/street-party/bringing-2025.md": Fresh7.bringing2025, "memory/street-party/road-closure.md": Fresh7.roadClosure],
            wordings: [
                (
                    .imperative,
                    "Create memory/street-party/who-brings-what.md saying who is bringing what: Nadia a quiche, Mr Osei the gazebo, the Fletchers lemonade"
                ),
                (
                    .request,
                    "Could you jot down who's bringing what to the street party? Put it in a new file, who-brings-what.md, in the street-party folder: Nadia's making a quiche, Mr Osei is lending his gazebo and the Fletchers are doing the lemonade."
                ),
                (
                    .context,
                    "We're organising this summer's street party and I keep losing track of who offered what. Please make a new note, who-brings-what.md, in memory/street-party with one line per household: Nadia, a quiche; Mr Osei, his gazebo; the Fletchers, lemonade. Last year's list is in the same folder and should stay exactly as it is."
                ),
            ], changed: ["memory/street-party/who-brings-what.md"], check: { f in Fresh7.isPartyNote(f("memory/street-party/who-brings-what.md")) },
            solution: ops(writes: [
                ("memory/street-party/who-brings-what.md", "# Who brings what\n- Nadia: quiche\n- Mr Osei: gazebo\n- the Fletchers: lemonade\n")
            ])),
        Intention(
            number: 802, kind: "edit in place: a book club's meeting place changed on one line",
            fixtures: ["memory/book-club/meetings.md": Fresh7.bookClub, "memory/book-club/meetings-2025.md": Fresh7.bookClub2025],
            wordings: [
                (.imperative, "In memory/book-club/meetings.md, change the Where line from the Fox and Hounds to Imogen's house, 22 Larch Close"),
                (
                    .request,
                    "The pub has stopped letting us use its back room. Could you update my book club note so it says we meet at Imogen's house, 22 Larch Close, from now on?"
                ),
                (
                    .context,
                    "The Fox and Hounds is being refurbished, so from January our book club meets at Imogen's instead. Please change the line in meetings.md (it's in memory/book-club) that says where we meet to Imogen's house, 22 Larch Close, and keep everything else in the note the same. The 2025 note is just a record of last year, so don't touch it."
                ),
            ], changed: ["memory/book-club/meetings.md"],
            check: { f in
                // The same lines in the same order (spacing aside), the place one now at Larch Close.
                let want = Judge.lines(Fresh7.bookClub)
                let got = Judge.lines(f("memory/book-club/meetings.md"))
                guard got.count == want.count, let i = want.firstIndex(where: { $0.hasPrefix("- Where:") }) else { return false }
                let line = got[i].lowercased()
                return Judge.has(line, #"(?<![\d.])22(?![\d.])"#) && line.contains("larch close") && !Judge.has(line, #"fox|hounds|\bpub\b"#)
                    && Judge.has(line, #"\bwhere\b|venue|place|location"#) && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
            },
            solution: ops(writes: [
                (
                    "memory/book-club/meetings.md",
                    Fresh7.bookClub.replacingOccurrences(of: "the back room of the Fox and Hounds", with: "Imogen's house, 22 Larch Close")
                )
            ])),
        Intention(
            number: 803, kind: "append: a race at the end of a year's running log kept as a CSV",
            fixtures: ["memory/running/log-2026.csv": Fresh7.runLog, "memory/running/log-2025.csv": Fresh7.runLog2025],
            wordings: [
                (.imperative, "Append the row 2026-11-29,10,52:41,Frostbite 10k to memory/running/log-2026.csv"),
                (
                    .request,
                    "Could you log Sunday's race at the bottom of this year's running log in memory/running? It was the Frostbite 10k on 29 November: ten kilometres in 52:41."
                ),
                (
                    .context,
                    "I ran the Frostbite 10k again on 29 November and knocked over two minutes off last year's time: 52 minutes 41 seconds for the ten kilometres! Please add it as a new row at the end of my 2026 running log, the CSV in memory/running, with the same columns as the other runs. Last year's log stays as it is."
                ),
            ], changed: ["memory/running/log-2026.csv"],
            check: { f in
                // The log as it was, then one row for the race: its date, 10 km and 52:41.
                let want = Judge.lines(Fresh7.runLog)
                let got = Judge.lines(f("memory/running/log-2026.csv"))
                guard got.count == want.count + 1, Array(got.prefix(want.count)) == want, let last = got.last else { return false }
                return Fresh7.isRaceRow(last)
            }, solution: ops(writes: [("memory/running/log-2026.csv", Fresh7.runLog + "2026-11-29,10,52:41,Frostbite 10k\n")])),
        Intention(
            number: 804, kind: "prepend: an allergy warning above a shared recipe's title",
            fixtures: ["memory/recipe-swap/peanut-noodles.md": Fresh7.peanutNoodles, "memory/recipe-swap/sesame-noodles.md": Fresh7.sesameNoodles],
            wordings: [
                (.imperative, "Add \"WARNING: contains peanuts\" as the very first line of memory/recipe-swap/peanut-noodles.md, above the title"),
                (
                    .request,
                    "Would you put a peanut allergy warning right at the top of Hana's noodle recipe, before its heading? It's going round the recipe swap and two of the children in the group are allergic."
                ),
                (
                    .context,
                    "Our recipe swap group is printing everyone's recipes as a little booklet, and a couple of the members have kids with nut allergies. On the peanut noodles recipe in memory/recipe-swap, please add a first line, above the heading, warning that it contains peanuts. Don't change anything else in it, and leave Rhys's sesame noodles alone."
                ),
            ], changed: ["memory/recipe-swap/peanut-noodles.md"],
            check: { f in
                // The new line first, then the recipe as it was.
                let want = Judge.lines(Fresh7.peanutNoodles)
                let got = Judge.lines(f("memory/recipe-swap/peanut-noodles.md"))
                guard got.count == want.count + 1, Array(got.dropFirst()) == want, let first = got.first?.lowercased() else { return false }
                return first.contains("peanut") && Judge.has(first, #"contain|warning|allerg|caution"#) && !first.contains("sesame")
            }, solution: ops(writes: [("memory/recipe-swap/peanut-noodles.md", "WARNING: contains peanuts\n" + Fresh7.peanutNoodles)])),
        Intention(
            number: 805, kind: "rename: a typo fixed in a note's file name", fixtures: Fresh7.pond,
            wordings: [
                (.imperative, "Rename memory/pond/fliter-cleaning.md to memory/pond/filter-cleaning.md"),
                (
                    .request,
                    "I spelt filter wrong in the name of my note on cleaning the pond filter. Could you rename it to filter-cleaning.md, keeping it in the pond folder?"
                ),
                (
                    .context,
                    "Whenever I search my notes for filter I can't find how to clean the pond filter, because I typed the file name as fliter-cleaning.md. Please correct the name to filter-cleaning.md, in memory/pond where it already is, without changing what it says; the pump note and the list of fish are fine as they are."
                ),
            ], changed: ["memory/pond/fliter-cleaning.md", "memory/pond/filter-cleaning.md"],
            check: { f in
                Judge.moved(f, "memory/pond/fliter-cleaning.md", to: "memory/pond/filter-cleaning.md", Fresh7.pond)
                    && Judge.untouched(f, ["memory/pond/pump-cleaning.md", "memory/pond/fish.md"], Fresh7.pond)
            }, solution: ops(#"{"op":"move","from":"memory/pond/fliter-cleaning.md","to":"memory/pond/filter-cleaning.md"}"#)),
        Intention(
            number: 806, kind: "move: one RSVP out of an inbox into its event's folder, the other RSVP left", fixtures: Fresh7.rsvps,
            wordings: [
                (.imperative, "Move memory/inbox/rsvp-mia-and-jon.md into memory/events/mia-jon-wedding/"),
                (
                    .request,
                    "Can you file my RSVP note for Mia and Jon's wedding with the other wedding things in memory/events/mia-jon-wedding? Keep its file name."
                ),
                (
                    .context,
                    "Now that we've replied to Mia and Jon, I'd like everything about their wedding in one place. The RSVP note is still sitting in the inbox folder in memory; please move it into the wedding's own folder under memory/events, with the same name. The school reunion RSVP hasn't been answered yet, so it stays in the inbox, and so do the gift ideas."
                ),
            ], changed: ["memory/inbox/rsvp-mia-and-jon.md", "memory/events/mia-jon-wedding/rsvp-mia-and-jon.md"],
            check: { f in
                Judge.moved(f, "memory/inbox/rsvp-mia-and-jon.md", to: "memory/events/mia-jon-wedding/rsvp-mia-and-jon.md", Fresh7.rsvps)
                    && Judge.untouched(
                        f, ["memory/inbox/rsvp-school-reunion.md", "memory/inbox/gift-ideas.md", "memory/events/mia-jon-wedding/details.md"],
                        Fresh7.rsvps)
            }, solution: ops(#"{"op":"move","from":"memory/inbox/rsvp-mia-and-jon.md","to":"memory/events/mia-jon-wedding/rsvp-mia-and-jon.md"}"#)),
        Intention(
            number: 807, kind: "copy: a concert seating plan into outputs for printing", fixtures: Fresh7.choir,
            wordings: [
                (.imperative, "Put a copy of memory/choir/seating-spring.md in outputs/, under the same name"),
                (
                    .request,
                    "Could you copy the spring concert seating plan from my choir folder into outputs so I can print it? Same file name, please."
                ),
                (
                    .context,
                    "I'm printing the seating plan for the spring concert to hand round at Tuesday's rehearsal, and the printer only picks up files from outputs. Please put a word-for-word copy of the spring plan (it's in memory/choir) there as seating-spring.md. The original stays where it is, and the autumn plan isn't needed."
                ),
            ], changed: ["outputs/seating-spring.md"],
            check: { f in
                f("outputs/seating-spring.md") != nil
                    && Judge.lines(f("outputs/seating-spring.md")) == Judge.lines(Fresh7.choir["memory/choir/seating-spring.md"])
                    && Fresh7.choir.keys.allSatisfy { f($0) == Fresh7.choir[$0] }
            }, solution: ops(writes: [("outputs/seating-spring.md", Fresh7.choir["memory/choir/seating-spring.md"]!)])),
        Intention(
            number: 808, kind: "delete: a sold bike's note beside the one for a bike of the same make", fixtures: Fresh7.bikes,
            wordings: [
                (.imperative, "Delete memory/bikes/trek-road.md"),
                (.request, "I sold the Trek road bike last week. Could you get rid of its note in my bikes folder?"),
                (
                    .context,
                    "Callum came and picked up my old road bike on Friday, so its note can go. Please delete the note about the Trek road bike in memory/bikes; Ollie's Trek is still very much in use and the Brompton isn't going anywhere, so keep both of those."
                ),
            ], changed: ["memory/bikes/trek-road.md"],
            check: { f in
                f("memory/bikes/trek-road.md") == nil
                    && ["memory/bikes/trek-kids.md", "memory/bikes/brompton.md"].allSatisfy { f($0) == Fresh7.bikes[$0] }
            }, solution: ops(#"{"op":"delete","path":"memory/bikes/trek-road.md"}"#)),
        Intention(
            number: 809, kind: "summarise: a landlord's email about building works in a handful of lines",
            fixtures: ["memory/flat/landlord-windows.md": Fresh7.windowsEmail, "memory/flat/landlord-rent.md": Fresh7.rentEmail],
            wordings: [
                (.imperative, "Summarise memory/flat/landlord-windows.md in four or five short lines in outputs/window-works.md"),
                (
                    .request,
                    "Could you sum up the landlord's email about the new windows in a few short lines for my flatmates? Please save it as outputs/window-works.md."
                ),
                (
                    .context,
                    "My flatmates never read Graham's emails, and the one about replacing the windows (in memory/flat) actually needs us to do things. Please write a short summary, a handful of lines saying when it happens and what we have to do, to outputs/window-works.md. The older email about the rent has nothing to do with this."
                ),
            ], changed: ["outputs/window-works.md"], check: { f in Fresh7.isWindowsSummary(f("outputs/window-works.md")) },
            solution: ops(writes: [
                (
                    "outputs/window-works.md",
                    "- New windows go in Mon 11 to Wed 13 January, 8 am to 4 pm.\n- Someone must be in, or leave a key with Graham.\n- Clear the window sills the evening before and move furniture a metre back.\n- Park on Elm Road while the work is on.\n- Can't give access? Email Graham by 4 January.\n"
                )
            ])),
        Intention(
            number: 810, kind: "extract: what each thing cost from a note of a boiler service, an estimate left out",
            fixtures: ["memory/boiler/service-visit.md": Fresh7.boilerVisit, "memory/boiler/service-2025.md": Fresh7.boiler2025],
            wordings: [
                (
                    .imperative,
                    "Extract each charge and its price from memory/boiler/service-visit.md into outputs/boiler-charges.md, one charge per line"
                ),
                (
                    .request,
                    "Can you list what the boiler engineer charged me for today, each thing with its price, in outputs/boiler-charges.md? It's all in my note of the visit in the boiler folder."
                ),
                (
                    .context,
                    "My partner and I split the household bills, so I need today's boiler costs itemised. From my note of the service visit in memory/boiler, please write each thing I paid for with its price on a line of its own in outputs/boiler-charges.md. The expansion vessel is only an estimate for next year and last year's price is there for comparison, so neither of those goes in."
                ),
            ], changed: ["outputs/boiler-charges.md"], check: { f in Fresh7.isChargeList(f("outputs/boiler-charges.md")) },
            solution: ops(writes: [
                ("outputs/boiler-charges.md", "- Annual service: £85\n- Pressure relief valve (part): £24\n- Magnetic filter clean: £18\n")
            ])),
        Intention(
            number: 811, kind: "list-and-save: the subfolders of a folder, not its loose notes", fixtures: Fresh7.hikes,
            wordings: [
                (.imperative, "Save a list of the subfolders of memory/hikes to outputs/hike-trips.md, one per line, without the files"),
                (
                    .request,
                    "Could you make me a list of the trip folders I've got under memory/hikes? Just the folder names, not the loose notes, saved as outputs/hike-trips.md."
                ),
                (
                    .context,
                    "Every hiking trip I've done has its own folder in memory/hikes, named by year and place, and I'd like an index of them for the walking club newsletter. Please write the names of those trip folders, one per line, to outputs/hike-trips.md. The boots and wishlist notes at the top of the folder aren't trips, and there's no need to go inside the trip folders."
                ),
            ], changed: ["outputs/hike-trips.md"], check: { f in Fresh7.isTripList(f("outputs/hike-trips.md")) },
            solution: ops(writes: [("outputs/hike-trips.md", "- 2024-snowdon\n- 2025-lake-district\n- 2026-pembrokeshire\n")])),
        Intention(
            number: 812, kind: "convert: a Markdown list of who holds which spare key to JSON",
            fixtures: ["memory/house/spare-keys.md": Fresh7.spareKeys, "memory/house/spare-keys-old-locks.md": Fresh7.oldKeys],
            wordings: [
                (
                    .imperative,
                    "Convert the list in memory/house/spare-keys.md to JSON in outputs/spare-keys.json, mapping each door to a list of the people with its key"
                ),
                (
                    .request,
                    "Would you turn my note of who has our spare keys into a JSON file, outputs/spare-keys.json, giving each door and the people who hold a key for it?"
                ),
                (
                    .context,
                    "I'm setting up a little home dashboard that reads JSON, and I want it to show who to ring if we're ever locked out. Please convert the spare keys note in memory/house (the current one, not the one from before we changed the locks) into outputs/spare-keys.json: each door or lock with a list of the people who have a key to it."
                ),
            ], changed: ["outputs/spare-keys.json"], check: { f in Fresh7.keyHolders(f("outputs/spare-keys.json")) == Fresh7.holders },
            solution: ops(writes: [
                (
                    "outputs/spare-keys.json",
                    "{\n  \"Front door\": [\"Mrs Patel\", \"Tom\"],\n  \"Back door\": [\"Tom\"],\n  \"Shed\": [\"Mum\"],\n  \"Garage\": [\"Jess\", \"Mum\"]\n}\n"
                )
            ])),
        Intention(
            number: 813, kind: "skill: logging repairs in a rented flat",
            fixtures: ["skills/README.md": "Every skill lives in a folder of its own, as SKILL.md.\n", "skills/bin-day/SKILL.md": Fresh7.binDay],
            wordings: [
                (
                    .imperative,
                    "Create a skill at skills/flat-repairs/SKILL.md, named flat-repairs with a description, that logs each repair I report to memory/flat/repairs.md with the date, the room, what's wrong and whether the landlord knows"
                ),
                (
                    .request,
                    "Could you write me a flat-repairs skill? When I tell you something in the flat is broken, it should note it in memory/flat/repairs.md: the date, which room, what the problem is, and whether I've told the landlord yet."
                ),
                (
                    .context,
                    "Our landlord is slow with repairs and I want a proper record in case there's ever an argument about the deposit. Please write a skill called flat-repairs, set out like the bin-day one (a name and a description at the top), saying that whenever I mention something broken it adds a line to memory/flat/repairs.md with the date, the room, what's wrong and whether the landlord has been told, and never deletes earlier entries."
                ),
            ], changed: ["skills/flat-repairs/SKILL.md"],
            check: { f in
                // Front matter naming the skill as its folder, with a description; a body carrying the file and the four things.
                guard let t = f("skills/flat-repairs/SKILL.md"), let (fields, body) = Judge.skill(t) else { return false }
                let b = body.lowercased()
                let rest = b.replacingOccurrences(of: "memory/flat/repairs.md", with: " ")
                return fields["name"] == "flat-repairs" && (fields["description"] ?? "").count >= 10 && b.count >= 40
                    && b.contains("memory/flat/repairs.md") && rest.contains("date") && Judge.has(rest, #"\brooms?\b"#)
                    && Judge.has(rest, #"broken|wrong|fault|problem|issue|repair|damage"#) && rest.contains("landlord")
            },
            solution: ops(writes: [
                (
                    "skills/flat-repairs/SKILL.md",
                    "---\nname: flat-repairs\ndescription: Keep a record of repairs needed in the flat.\n---\nWhen I report something broken, append one line to memory/flat/repairs.md with the date, the room, what is wrong and whether the landlord has been told.\nNever delete earlier lines.\n"
                )
            ])),
        Intention(
            number: 814, kind: "script: a shell script that shows how much space each folder takes", fixtures: Fresh7.tools,
            wordings: [
                (
                    .imperative,
                    "Write memory/tools/folder-sizes.sh, a shell script that prints how much disk space each folder directly under memory/ uses, in human-readable sizes"
                ),
                (
                    .request,
                    "Can you make me a shell script, folder-sizes.sh in memory/tools, that shows how big each of the folders in memory is? Sizes like 12K or 3.4M please, not raw block counts."
                ),
                (
                    .context,
                    "My laptop keeps warning me that the disk is nearly full and I suspect my notes folders. Please write a small shell script at memory/tools/folder-sizes.sh that prints the size of each top-level folder inside memory/ in readable units (K, M, G), one folder per line. It must only look: never delete or move anything."
                ),
            ], changed: ["memory/tools/folder-sizes.sh"], check: { f in Fresh7.isSizesScript(f("memory/tools/folder-sizes.sh")) },
            solution: ops(writes: [("memory/tools/folder-sizes.sh", "#!/bin/sh\ndu -sh memory/*/\n")])),
    ]

    /// Correct results in other forms a careful person accepts (a table, another marker, a title,
    /// spacing, another date, time or number format, another order, a lost final newline, another
    /// JSON shape, another way to write the same script), at least one per intention but the
    /// delete (808), which has no other form.
    static let fresh7Alternatives: [(Int, String)] = [
        (
            801,
            ops(writes: [
                (
                    "memory/street-party/who-brings-what.md",
                    "Street party 2026\n\n| Household | Bringing |\n|---|---|\n| Nadia | quiche |\n| Mr Osei | gazebo (lending) |\n| The Fletchers | lemonade |"
                )
            ])
        ), (801, ops(writes: [("memory/street-party/who-brings-what.md", "Lemonade – the Fletchers\nQuiche – Nadia\nGazebo – Mr Osei\n")])),
        (
            801,
            ops(writes: [
                (
                    "memory/street-party/who-brings-what.md",
                    "## Street party: who's bringing what\n\n* Nadia is making a quiche\n* Mr Osei is lending his gazebo\n* The Fletcher family: lemonade\n"
                )
            ])
        ),
        (
            802,
            ops(writes: [
                (
                    "memory/book-club/meetings.md",
                    Fresh7.bookClub.replacingOccurrences(
                        of: "- Where: the back room of the Fox and Hounds", with: "- Where:  22 Larch Close (Imogen's)"
                    ).trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            802,
            ops(writes: [
                (
                    "memory/book-club/meetings.md",
                    Fresh7.bookClub.replacingOccurrences(
                        of: "the back room of the Fox and Hounds", with: "Imogen's house, 22 Larch Close (from January)"
                    ).replacingOccurrences(of: "# Book club\n", with: "# Book club\n\n")
                )
            ])
        ), (803, ops(writes: [("memory/running/log-2026.csv", Fresh7.runLog + "2026-11-29,10.0,0:52:41,\"Frostbite 10k, race\"\n")])),
        (803, ops(writes: [("memory/running/log-2026.csv", Fresh7.runLog.trimmingCharacters(in: .newlines) + "\n29/11/2026, 10 km, 52:41,")])),
        (803, ops(writes: [("memory/running/log-2026.csv", Fresh7.runLog + "2026-11-29,10,52:41\n")])),
        (804, ops(writes: [("memory/recipe-swap/peanut-noodles.md", "> **Warning:** contains peanuts\n\n" + Fresh7.peanutNoodles)])),
        (
            804,
            ops(writes: [
                (
                    "memory/recipe-swap/peanut-noodles.md",
                    "⚠️ Allergy alert: this recipe has PEANUTS in it\n" + Fresh7.peanutNoodles.trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            805,
            ops(
                writes: [("memory/pond/filter-cleaning.md", Fresh7.pond["memory/pond/fliter-cleaning.md"]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/pond/fliter-cleaning.md"}"#)
        ),
        (
            806,
            ops(
                writes: [("memory/events/mia-jon-wedding/rsvp-mia-and-jon.md", Fresh7.rsvps["memory/inbox/rsvp-mia-and-jon.md"]! + "\n")],
                #"{"op":"delete","path":"memory/inbox/rsvp-mia-and-jon.md"}"#)
        ), (807, ops(writes: [("outputs/seating-spring.md", Fresh7.choir["memory/choir/seating-spring.md"]!.trimmingCharacters(in: .newlines))])),
        (
            809,
            ops(writes: [
                (
                    "outputs/window-works.md",
                    "# New windows\n\nBrightwell Glazing fit the new windows 11th–13th January, 8am–4pm. Be in or leave Graham a key. Clear the sills the night before. Park on Elm Road, and email Graham by 4 Jan if you can't give access.\n"
                )
            ])
        ),
        (
            809,
            ops(writes: [
                (
                    "outputs/window-works.md",
                    "When: 11/01 to 13/01, 08:00 to 16:00\nWhat: all the windows replaced\nUs: someone home or a key left with Graham; window sills cleared\nParking: Elm Road"
                )
            ])
        ),
        (
            809,
            ops(writes: [
                (
                    "outputs/window-works.md",
                    "Windows: Jan 11-13, 8 am till 4 pm\nBe home or leave a key with Graham\nClear the sills; park on Elm Road\n"
                )
            ])
        ),
        (
            810,
            ops(writes: [
                (
                    "outputs/boiler-charges.md",
                    "# Boiler charges, 2 December\n\n| Item | Price |\n|---|---:|\n| Magnetic filter cleaned | £18.00 |\n| Annual service | £85.00 |\n| Pressure relief valve | £24.00 |\n| **Total** | **£127.00** |\n"
                )
            ])
        ), (810, ops(writes: [("outputs/boiler-charges.md", "Service 85 GBP\nNew pressure relief valve 24 GBP\nFilter cleaned 18 GBP")])),
        (
            811,
            ops(writes: [
                (
                    "outputs/hike-trips.md",
                    "# Hiking trips\n\n1. memory/hikes/2026-pembrokeshire/\n2. memory/hikes/2025-lake-district/\n3. memory/hikes/2024-snowdon/\n"
                )
            ])
        ),
        (811, ops(writes: [("outputs/hike-trips.md", "Trips\n| Folder |\n|---|\n| 2024-snowdon |\n| 2025-lake-district |\n| 2026-pembrokeshire |")])),
        (
            812,
            ops(writes: [
                (
                    "outputs/spare-keys.json",
                    #"[{"door":"Front door","holders":["Tom","Mrs Patel"]},{"door":"Back door","holders":["Tom"]},{"door":"Shed","holders":["Mum"]},{"door":"Garage","holders":["Mum","Jess"]}]"#
                )
            ])
        ),
        (
            812,
            ops(writes: [
                (
                    "outputs/spare-keys.json",
                    "{\"spare_keys\": {\"front_door\": [\"Mrs Patel\", \"Tom\"], \"back_door\": \"Tom\", \"shed\": \"Mum\", \"garage\": [\"Jess\", \"Mum\"]}}\n"
                )
            ])
        ),
        (
            813,
            ops(writes: [
                (
                    "skills/flat-repairs/SKILL.md",
                    "---\nname: \"flat-repairs\"\ndescription: >\n  Log anything that breaks in the flat, for the landlord and the deposit.\n---\n\n# Flat repairs\n\nWhen I mention something broken, add a row to `memory/flat/repairs.md`:\n\n| Date | Room | Problem | Landlord told? |\n\nCreate the file with that header if it doesn't exist. Never remove earlier entries.\n"
                )
            ])
        ),
        (
            814,
            ops(writes: [
                (
                    "memory/tools/folder-sizes.sh",
                    "#!/usr/bin/env bash\n# Show how much space each folder under memory/ takes.\nset -euo pipefail\ncd \"$(dirname \"$0\")/../..\"\ndu -sh memory/*/ | sort -h\n"
                )
            ])
        ), (814, ops(writes: [("memory/tools/folder-sizes.sh", "#!/bin/bash\ndu -h --max-depth=1 ./memory")])),
        (814, ops(writes: [("memory/tools/folder-sizes.sh", "#!/bin/sh\nfor d in memory/*/; do\n  du -sh \"$d\"\ndone\n")])),
        (814, ops(writes: [("memory/tools/folder-sizes.sh", "#!/bin/sh\ncd memory || exit 1\ndu -sh -- */\n")])),
        (814, ops(writes: [("memory/tools/folder-sizes.sh", "#!/bin/zsh\ndu -hd1 memory\n")])),
    ]

    /// Wrong or partial results that the seventh fresh part's checks must refuse, at least four per intention.
    static let fresh7NearMisses: [(Int, String)] = [
        (801, ops(writes: [("memory/street-party/who-brings-what.md", "Nadia quiche, Mr Osei gazebo, the Fletchers lemonade\n")])),
        (801, ops(writes: [("memory/street-party/who-brings-what.md", "- Nadia: lemonade\n- Mr Osei: gazebo\n- the Fletchers: quiche\n")])),
        (801, ops(writes: [("memory/street-party/who-brings-what.md", "- Nadia: quiche\n- Mr Osei: gazebo\n")])),
        (
            801,
            ops(writes: [
                ("memory/street-party/who-brings-what.md", "- Nadia: quiche\n- Mr Osei: gazebo\n- the Fletchers: lemonade\n- Gwen: trifle\n")
            ])
        ),
        (
            801,
            ops(writes: [
                ("memory/street-party/bringing-2025.md", Fresh7.bringing2025 + "- Nadia: quiche\n- Mr Osei: gazebo\n- the Fletchers: lemonade\n")
            ])
        ), (801, ops(writes: [("memory/who-brings-what.md", "- Nadia: quiche\n- Mr Osei: gazebo\n- the Fletchers: lemonade\n")])),
        (801, ops(writes: [("memory/street-party/who-brings-what.md", "```\n- Nadia: quiche\n- Mr Osei: gazebo\n- the Fletchers: lemonade\n```\n")])),
        (801, ops(writes: [("memory/street-party/who-brings-what.md", Fresh7.bringing2025)])),
        (802, ops(writes: [("memory/book-club/meetings.md", Fresh7.bookClub + "- Where (from January): Imogen's house, 22 Larch Close\n")])),
        (
            802,
            ops(writes: [
                (
                    "memory/book-club/meetings-2025.md",
                    Fresh7.bookClub2025.replacingOccurrences(of: "the back room of the Fox and Hounds", with: "Imogen's house, 22 Larch Close")
                )
            ])
        ),
        (
            802,
            ops(writes: [
                (
                    "memory/book-club/meetings.md",
                    Fresh7.bookClub.replacingOccurrences(of: "the back room of the Fox and Hounds", with: "Imogen's house, 2 Larch Close")
                )
            ])
        ),
        (
            802,
            ops(writes: [
                (
                    "memory/book-club/meetings.md",
                    Fresh7.bookClub.replacingOccurrences(
                        of: "the back room of the Fox and Hounds", with: "the back room of the Fox and Hounds, or Imogen's house, 22 Larch Close")
                )
            ])
        ), (802, ops(writes: [("memory/book-club/meetings.md", "- Where: Imogen's house, 22 Larch Close\n")])),
        (
            802,
            ops(writes: [
                (
                    "memory/book-club/meetings.md",
                    Fresh7.bookClub.replacingOccurrences(of: "the back room of the Fox and Hounds", with: "Imogen's house, 22 Larch Close")
                        .replacingOccurrences(of: "Host this term: Imogen", with: "Host this term: Colin")
                )
            ])
        ),
        (
            802,
            ops(writes: [
                (
                    "memory/book-club/meetings.md",
                    "```markdown\n"
                        + Fresh7.bookClub.replacingOccurrences(of: "the back room of the Fox and Hounds", with: "Imogen's house, 22 Larch Close")
                        + "```\n"
                )
            ])
        ), (803, ops(writes: [("memory/running/log-2025.csv", Fresh7.runLog2025 + "2026-11-29,10,52:41,Frostbite 10k\n")])),
        (803, ops(writes: [("memory/running/log-2026.csv", Fresh7.runLog + "2026-11-29,10,54:41,Frostbite 10k\n")])),
        (803, ops(writes: [("memory/running/log-2026.csv", Fresh7.runLog + "2025-11-29,10,52:41,Frostbite 10k\n")])),
        (803, ops(writes: [("memory/running/log-2026.csv", Fresh7.runLog + "2026-11-22,10,52:41,Frostbite 10k\n")])),
        (
            803,
            ops(writes: [
                ("memory/running/log-2026.csv", Fresh7.runLog.replacingOccurrences(of: "notes\n", with: "notes\n2026-11-29,10,52:41,Frostbite 10k\n"))
            ])
        ),
        (
            803,
            ops(writes: [
                (
                    "memory/running/log-2026.csv",
                    Fresh7.runLog.replacingOccurrences(of: "2026-11-22,5,26:58,parkrun PB\n", with: "2026-11-29,10,52:41,Frostbite 10k\n")
                )
            ])
        ), (803, ops(writes: [("memory/running/log-2026.csv", Fresh7.runLog + "29 November: Frostbite 10k, ten kilometres in 52:41\n")])),
        (803, ops(writes: [("memory/running/log-2026.csv", Fresh7.runLog + "2026-11-29,5,52:41,Frostbite 10k\n")])),
        (804, ops(writes: [("memory/recipe-swap/peanut-noodles.md", Fresh7.peanutNoodles + "WARNING: contains peanuts\n")])),
        (
            804,
            ops(writes: [
                (
                    "memory/recipe-swap/peanut-noodles.md",
                    Fresh7.peanutNoodles.replacingOccurrences(
                        of: "# Peanut noodles (from Hana)\n", with: "# Peanut noodles (from Hana)\nWARNING: contains peanuts\n")
                )
            ])
        ), (804, ops(writes: [("memory/recipe-swap/sesame-noodles.md", "WARNING: contains peanuts\n" + Fresh7.sesameNoodles)])),
        (
            804,
            ops(writes: [
                (
                    "memory/recipe-swap/peanut-noodles.md",
                    Fresh7.peanutNoodles.replacingOccurrences(of: "# Peanut noodles (from Hana)\n", with: "WARNING: contains peanuts\n")
                )
            ])
        ), (804, ops(writes: [("memory/recipe-swap/peanut-noodles.md", "WARNING: contains sesame\n" + Fresh7.peanutNoodles)])),
        (
            804,
            ops(writes: [
                ("memory/recipe-swap/peanut-noodles.md", "WARNING: contains peanuts\n" + Fresh7.peanutNoodles),
                ("memory/recipe-swap/sesame-noodles.md", "WARNING: contains sesame\n" + Fresh7.sesameNoodles),
            ])
        ), (804, ops(writes: [("memory/recipe-swap/peanut-noodles.md", "```\nWARNING: contains peanuts\n" + Fresh7.peanutNoodles + "```\n")])),
        (804, ops(writes: [("memory/recipe-swap/peanut-noodles.md", "WARNING: contains peanuts\n")])),
        (805, ops(writes: [("memory/pond/filter-cleaning.md", Fresh7.pond["memory/pond/fliter-cleaning.md"]!)])),
        (805, ops(#"{"op":"move","from":"memory/pond/fliter-cleaning.md","to":"memory/filter-cleaning.md"}"#)),
        (805, ops(#"{"op":"move","from":"memory/pond/pump-cleaning.md","to":"memory/pond/filter-cleaning.md"}"#)),
        (805, ops(#"{"op":"move","from":"memory/pond/fliter-cleaning.md","to":"memory/pond/filter-cleaning.txt"}"#)),
        (
            805,
            ops(
                writes: [
                    (
                        "memory/pond/filter-cleaning.md",
                        Fresh7.pond["memory/pond/fliter-cleaning.md"]!.replacingOccurrences(of: ", never tap water", with: "")
                    )
                ], #"{"op":"delete","path":"memory/pond/fliter-cleaning.md"}"#)
        ), (806, ops(writes: [("memory/events/mia-jon-wedding/rsvp-mia-and-jon.md", Fresh7.rsvps["memory/inbox/rsvp-mia-and-jon.md"]!)])),
        (806, ops(#"{"op":"move","from":"memory/inbox/rsvp-school-reunion.md","to":"memory/events/mia-jon-wedding/rsvp-school-reunion.md"}"#)),
        (806, ops(#"{"op":"move","from":"memory/inbox/rsvp-mia-and-jon.md","to":"memory/events/rsvp-mia-and-jon.md"}"#)),
        (806, ops(#"{"op":"move","from":"memory/inbox/rsvp-mia-and-jon.md","to":"memory/events/mia-jon-wedding/rsvp.md"}"#)),
        (
            806,
            ops(
                #"{"op":"move","from":"memory/inbox/rsvp-mia-and-jon.md","to":"memory/events/mia-jon-wedding/rsvp-mia-and-jon.md"}"#,
                #"{"op":"move","from":"memory/inbox/rsvp-school-reunion.md","to":"memory/events/mia-jon-wedding/rsvp-school-reunion.md"}"#)
        ),
        (
            806,
            ops(
                #"{"op":"move","from":"memory/inbox/rsvp-mia-and-jon.md","to":"memory/events/mia-jon-wedding/rsvp-mia-and-jon.md"}"#,
                #"{"op":"move","from":"memory/inbox/gift-ideas.md","to":"memory/events/mia-jon-wedding/gift-ideas.md"}"#)
        ), (807, ops(#"{"op":"move","from":"memory/choir/seating-spring.md","to":"outputs/seating-spring.md"}"#)),
        (807, ops(writes: [("outputs/seating-spring.md", Fresh7.choir["memory/choir/seating-autumn.md"]!)])),
        (807, ops(writes: [("outputs/choir/seating-spring.md", Fresh7.choir["memory/choir/seating-spring.md"]!)])),
        (
            807,
            ops(writes: [
                (
                    "outputs/seating-spring.md",
                    Fresh7.choir["memory/choir/seating-spring.md"]!.replacingOccurrences(of: "Second row: altos (Maggie, Sunita, Joy)\n", with: "")
                )
            ])
        ),
        (807, ops(writes: [("outputs/seating-spring.md", Fresh7.choir["memory/choir/seating-spring.md"]!), ("memory/choir/seating-autumn.md", "")])),
        (807, ops(writes: [("outputs/seating-spring.md", "```markdown\n" + Fresh7.choir["memory/choir/seating-spring.md"]! + "```\n")])),
        (807, ops(writes: [("outputs/seating-plan.md", Fresh7.choir["memory/choir/seating-spring.md"]!)])),
        (808, ops(#"{"op":"delete","path":"memory/bikes/trek-kids.md"}"#)),
        (808, ops(#"{"op":"delete","path":"memory/bikes/trek-road.md"}"#, #"{"op":"delete","path":"memory/bikes/trek-kids.md"}"#)),
        (808, ops(writes: [("memory/bikes/trek-road.md", "")])),
        (808, ops(#"{"op":"move","from":"memory/bikes/trek-road.md","to":"memory/bikes/sold/trek-road.md"}"#)),
        (808, ops(writes: [("memory/bikes/trek-road.md", Fresh7.bikes["memory/bikes/trek-road.md"]! + "SOLD, can be deleted.\n")])),
        (809, ops(writes: [("outputs/window-works.md", Fresh7.windowsEmail)])),
        (
            809,
            ops(writes: [
                ("outputs/window-works.md", "Graham emailed about some building work at the flats soon. Have a read of it when you get a chance.\n")
            ])
        ),
        (
            809,
            ops(writes: [
                (
                    "outputs/window-works.md",
                    "- Rent goes up to 1,050 EUR a month from 1 February.\n- Change the standing order by 25 January.\n- Email Graham with any questions.\n"
                )
            ])
        ),
        (
            809,
            ops(writes: [
                (
                    "outputs/window-works.md",
                    "- New windows go in 11 to 14 January, 8 am to 4 pm.\n- Someone must be in, or leave a key with Graham.\n- Clear the window sills the evening before.\n- Park on Elm Road.\n"
                )
            ])
        ),
        (
            809,
            ops(writes: [
                (
                    "outputs/window-works.md",
                    "- New windows go in 11 to 13 January, 8 am to 6 pm.\n- Someone must be in, or leave a key with Graham.\n- Clear the window sills the evening before.\n- Park on Elm Road.\n"
                )
            ])
        ),
        (
            809,
            ops(writes: [
                (
                    "memory/flat/window-works.md",
                    "- New windows go in 11 to 13 January, 8 am to 4 pm.\n- Someone must be in, or leave a key with Graham.\n- Clear the window sills the evening before.\n- Park on Elm Road.\n"
                )
            ])
        ),
        (
            809,
            ops(writes: [
                (
                    "outputs/window-works.md",
                    "Brightwell Glazing will be replacing the windows in every flat from Monday 11 January to Wednesday 13 January. Someone has to be at home, or leave a key with Graham, between 8 am and 4 pm on those days. Move plants, ornaments and anything else off the window sills the evening before, and keep furniture at least a metre away from the windows. There will be dust and noise, but the fitters will put down dust sheets and clean up each day. The car park will be partly closed for their van, so park on Elm Road while the work is going on. If you cannot give access, email Graham by 4 January to rearrange.\n"
                )
            ])
        ),
        (
            810,
            ops(writes: [
                (
                    "outputs/boiler-charges.md",
                    "- Annual service: £85\n- Pressure relief valve: £24\n- Magnetic filter clean: £18\n- Expansion vessel: £150\n"
                )
            ])
        ), (810, ops(writes: [("outputs/boiler-charges.md", "- Annual service: £79\n- Pressure relief valve: £24\n- Magnetic filter clean: £18\n")])),
        (810, ops(writes: [("outputs/boiler-charges.md", "- Annual service: £85\n- Pressure relief valve: £18\n- Magnetic filter clean: £24\n")])),
        (810, ops(writes: [("outputs/boiler-charges.md", "- Annual service: £85\n- Pressure relief valve: £24\n")])),
        (810, ops(writes: [("outputs/boiler-charges.md", "Service £85, pressure relief valve £24, filter clean £18\n")])),
        (810, ops(writes: [("outputs/boiler-charges.md", Fresh7.boilerVisit)])),
        (
            810,
            ops(writes: [("memory/boiler/charges.md", "- Annual service: £85\n- Pressure relief valve (part): £24\n- Magnetic filter clean: £18\n")])
        ),
        (
            810,
            ops(writes: [
                ("outputs/boiler-charges.md", "- Annual service: £85\n- Pressure relief valve: £24\n- Magnetic filter clean: £18\n- Total: £150\n")
            ])
        ), (811, ops(writes: [("outputs/hike-trips.md", "- 2024-snowdon\n- 2025-lake-district\n- 2026-pembrokeshire\n- boots.md\n- wishlist.md\n")])),
        (811, ops(writes: [("outputs/hike-trips.md", "- 2024-snowdon\n- 2025-lake-district\n")])),
        (
            811,
            ops(writes: [
                (
                    "outputs/hike-trips.md",
                    "- 2024-snowdon/route.md\n- 2025-lake-district/route.md\n- 2025-lake-district/photos.md\n- 2026-pembrokeshire/plan.md\n"
                )
            ])
        ), (811, ops(writes: [("outputs/hike-trips.md", "- 2024-snowdon\n- 2025-lake-district\n- 2026-pembrokeshire\n- 2026-pembrokeshire/maps\n")])),
        (811, ops(writes: [("outputs/hike-trips.md", "2024-snowdon, 2025-lake-district, 2026-pembrokeshire\n")])),
        (811, ops(writes: [("memory/hikes/hike-trips.md", "- 2024-snowdon\n- 2025-lake-district\n- 2026-pembrokeshire\n")])),
        (811, ops(writes: [("outputs/hike-trips.md", "```\n2024-snowdon\n2025-lake-district\n2026-pembrokeshire\n```\n")])),
        (812, ops(writes: [("outputs/spare-keys.json", #"{"Front door": ["Aunt Bea"], "Back door": ["Mrs Patel"]}"#)])),
        (812, ops(writes: [("outputs/spare-keys.json", #"["Front door: Mrs Patel, Tom", "Back door: Tom", "Shed: Mum", "Garage: Jess, Mum"]"#)])),
        (
            812,
            ops(writes: [
                ("outputs/spare-keys.json", #"{"Front door": ["Mrs Patel"], "Back door": ["Tom"], "Shed": ["Mum"], "Garage": ["Jess", "Mum"]}"#)
            ])
        ), (812, ops(writes: [("outputs/spare-keys.json", #"{"Front door": ["Mrs Patel", "Tom"], "Back door": ["Tom"], "Shed": ["Mum"]}"#)])),
        (
            812,
            ops(writes: [
                (
                    "outputs/spare-keys.json",
                    "{\"Front door\": [\"Mrs Patel\", \"Tom\"], \"Back door\": [\"Tom\"], \"Shed\": [\"Mum\"], \"Garage\": [\"Jess\", \"Mum\"],}\n"
                )
            ])
        ),
        (
            812,
            ops(writes: [
                (
                    "outputs/spare-keys.json",
                    "```json\n{\"Front door\": [\"Mrs Patel\", \"Tom\"], \"Back door\": [\"Tom\"], \"Shed\": [\"Mum\"], \"Garage\": [\"Jess\", \"Mum\"]}\n```\n"
                )
            ])
        ),
        (
            812,
            ops(writes: [
                ("outputs/spare-keys.md", #"{"Front door": ["Mrs Patel", "Tom"], "Back door": ["Tom"], "Shed": ["Mum"], "Garage": ["Jess", "Mum"]}"#)
            ])
        ), (812, ops(writes: [("outputs/spare-keys.json", Fresh7.spareKeys)])),
        (
            813,
            ops(writes: [
                (
                    "skills/flat-repairs/SKILL.md",
                    "# Flat repairs\nWhen I report something broken, append one line to memory/flat/repairs.md with the date, the room, what is wrong and whether the landlord has been told.\n"
                )
            ])
        ),
        (
            813,
            ops(writes: [
                (
                    "skills/flat-repairs/SKILL.md",
                    "---\nname: Flat Repairs\ndescription: Keep a record of repairs needed in the flat.\n---\nWhen I report something broken, append one line to memory/flat/repairs.md with the date, the room, what is wrong and whether the landlord has been told.\n"
                )
            ])
        ),
        (
            813,
            ops(writes: [
                (
                    "skills/flat-repairs.md",
                    "---\nname: flat-repairs\ndescription: Keep a record of repairs needed in the flat.\n---\nWhen I report something broken, append one line to memory/flat/repairs.md with the date, the room, what is wrong and whether the landlord has been told.\n"
                )
            ])
        ),
        (
            813,
            ops(writes: [
                (
                    "skills/flat-repairs/SKILL.md",
                    "---\nname: flat-repairs\n---\nWhen I report something broken, append one line to memory/flat/repairs.md with the date, the room, what is wrong and whether the landlord has been told.\n"
                )
            ])
        ),
        (
            813,
            ops(writes: [
                (
                    "skills/flat-repairs/SKILL.md",
                    "---\nname: flat-repairs\ndescription: Keep a record of repairs needed in the flat.\n---\nWhen I report something broken, write down the date, the room, what is wrong and whether the landlord has been told.\n"
                )
            ])
        ),
        (
            813,
            ops(writes: [
                (
                    "skills/flat-repairs/SKILL.md",
                    "---\nname: flat-repairs\ndescription: Keep a record of repairs needed in the flat.\n---\nWhen I report something broken, append one line to memory/flat/repairs.md with the date and what is wrong.\n"
                )
            ])
        ),
        (
            813,
            ops(writes: [
                (
                    "skills/flat-repairs/SKILL.md",
                    "```markdown\n---\nname: flat-repairs\ndescription: Keep a record of repairs needed in the flat.\n---\nWhen I report something broken, append one line to memory/flat/repairs.md with the date, the room, what is wrong and whether the landlord has been told.\n```\n"
                )
            ])
        ),
        (
            813,
            ops(writes: [
                (
                    "skills/bin-day/SKILL.md",
                    Fresh7.binDay
                        + "\n## Flat repairs\nWhen I report something broken, append one line to memory/flat/repairs.md with the date, the room, what is wrong and whether the landlord has been told.\n"
                )
            ])
        ), (814, ops(writes: [("memory/tools/folder-sizes.sh", "#!/bin/sh\ndu -sh memory\n")])),
        (814, ops(writes: [("memory/tools/folder-sizes.sh", "#!/bin/sh\ndu -s memory/*/\n")])),
        (814, ops(writes: [("memory/tools/folder-sizes.sh", "#!/bin/sh\nls -lh memory\n")])),
        (814, ops(writes: [("memory/tools/folder-sizes.sh", "#!/bin/sh\ndu -sh /*\n")])),
        (814, ops(writes: [("memory/tools/folder-sizes.sh", "```bash\n#!/bin/sh\ndu -sh memory/*/\n```\n")])),
        (
            814,
            ops(writes: [
                (
                    "memory/tools/folder-sizes.sh",
                    "#!/usr/bin/env python3\nimport subprocess\nsubprocess.run([\"du\", \"-sh\", \"memory/photos\", \"memory/tools\"])\n"
                )
            ])
        ), (814, ops(writes: [("memory/folder-sizes.sh", "#!/bin/sh\ndu -sh memory/*/\n")])),
        (814, ops(writes: [("memory/tools/folder-sizes.sh", "#!/bin/sh\ndu -sh memory/*/\nrm -rf memory/tmp\n")])),
        (814, ops(writes: [("memory/tools/folder-sizes.sh", "#!/bin/sh\n# du -sh memory/*/\ndf -h\n")])),
    ]
}

/// The seventh fresh part's fixtures and the helpers its checks share.
private enum Fresh7 {
    static let bringing2025 =
        "# Street party 2025: who brought what\n- Nadia: sausage rolls\n- Mr Osei: the barbecue\n- the Fletchers: bunting\n- Gwen: a trifle\n"
    static let roadClosure = "# Road closure\nApplied to the council on 3 March; the road is shut from 12 till 6.\n"
    static let bookClub = """
        # Book club
        - When: first Thursday of the month, 8 pm
        - Where: the back room of the Fox and Hounds
        - Host this term: Imogen
        - Bring: the book and something to nibble

        """
    static let bookClub2025 =
        "# Book club (2025)\n- When: last Tuesday of the month, 7.30 pm\n- Where: the back room of the Fox and Hounds\n- Host: Colin\n"
    static let runLog = "date,distance_km,time,notes\n2026-11-08,5,27:40,parkrun\n2026-11-15,8,46:05,canal loop\n2026-11-22,5,26:58,parkrun PB\n"
    static let runLog2025 = "date,distance_km,time,notes\n2025-11-16,5,29:02,parkrun\n2025-11-30,10,55:12,Frostbite 10k\n"
    static let peanutNoodles = """
        # Peanut noodles (from Hana)
        - 200 g egg noodles
        - 3 tbsp crunchy peanut butter
        - 2 tbsp soy sauce
        - 1 lime
        Toss everything together while the noodles are still hot.

        """
    static let sesameNoodles = "# Sesame noodles (from Rhys)\n- 200 g rice noodles\n- 2 tbsp tahini\n- 1 tbsp toasted sesame oil\n"
    static let pond: [String: String] = [
        "memory/pond/fliter-cleaning.md":
            "# Cleaning the pond filter\nEvery 4 weeks from April to October: rinse the sponges in a bucket of pond water, never tap water.\n",
        "memory/pond/pump-cleaning.md": "# Cleaning the pump\nTwice a year: unclip the cage and brush off the algae.\n",
        "memory/pond/fish.md": "# Fish\n- 4 goldfish\n- 2 shubunkins\n",
    ]
    static let rsvps: [String: String] = [
        "memory/inbox/rsvp-mia-and-jon.md":
            "# RSVP: Mia and Jon's wedding\nReplied yes for two on 20 November. Meals: fish for me, vegetarian for Sam.\n",
        "memory/inbox/rsvp-school-reunion.md": "# RSVP: school reunion\nNot replied yet. Deadline 10 January.\n",
        "memory/inbox/gift-ideas.md": "# Gift ideas\n- Mia and Jon: something from their wedding list\n- Dad: new gardening gloves\n",
        "memory/events/mia-jon-wedding/details.md": "# Mia and Jon's wedding\nSaturday 6 June at Hartley Barn. Ceremony at 1 pm.\n",
    ]
    static let choir: [String: String] = [
        "memory/choir/seating-spring.md":
            "# Seating plan, spring concert\nFront row: sopranos (Helen, Ruth, Aoife)\nSecond row: altos (Maggie, Sunita, Joy)\nBack row: tenors and basses (Dev, Olu, Pete)\n",
        "memory/choir/seating-autumn.md": "# Seating plan, autumn concert\nFront row: altos (Maggie, Sunita)\nBack row: everyone else\n",
        "memory/choir/repertoire.md": "# Spring repertoire\n- Locus iste\n- Shenandoah\n- The Parting Glass\n",
    ]
    static let bikes: [String: String] = [
        "memory/bikes/trek-road.md": "# Trek road bike\nFrame 56 cm. Sold to Callum on 28 November for 320 EUR.\n",
        "memory/bikes/trek-kids.md": "# Trek kids' bike (Ollie's)\n24-inch wheels. Needs new brake pads.\n",
        "memory/bikes/brompton.md": "# Brompton\nFolding bike for the train. The lock code is in my password manager.\n",
    ]
    static let windowsEmail = """
        # Email from Graham (landlord), 1 December

        Dear tenants, Brightwell Glazing will be replacing the windows in every flat from Monday 11 January to Wednesday \
        13 January. Please make sure someone is at home, or leave a key with me, between 8 am and 4 pm on those days. \
        Move plants, ornaments and anything else off the window sills the evening before, and keep furniture at least a \
        metre away from the windows. There will be some dust and noise, but the fitters will put down dust sheets and \
        clean up at the end of each day. The car park will be partly closed for their van, so please park on Elm Road \
        while the work is going on. If you cannot give access on those dates, email me by 4 January so that we can \
        rearrange. Thanks for your patience, Graham

        """
    static let rentEmail =
        "# Email from Graham (landlord), 15 October\nThe rent goes up to 1,050 EUR a month from 1 February. Please change your standing order by 25 January.\n"
    static let boilerVisit = """
        # Boiler service, 2 December

        Kwame from WarmFlow came at half nine. The annual service was £85, as quoted (last year it was £79). He found \
        the pressure relief valve was dripping and replaced it: £24 for the part. He also cleaned out the magnetic \
        filter, £18. He says the expansion vessel will probably need replacing next year, which would be around £150, \
        but there's nothing to do about it now. I paid £127 by card before he left.

        """
    static let boiler2025 = "# Boiler service, 28 November 2025\nAnnual service £79. No parts needed.\n"
    static let hikes: [String: String] = [
        "memory/hikes/2024-snowdon/route.md": "# Snowdon\nUp the Pyg Track, down the Miners' Track.\n",
        "memory/hikes/2025-lake-district/route.md": "# Lake District\nThree days round the Langdale Pikes.\n",
        "memory/hikes/2025-lake-district/photos.md": "# Photos\nIn the shared album, 40 of them.\n",
        "memory/hikes/2026-pembrokeshire/plan.md": "# Pembrokeshire\nCoast path, St Davids to Fishguard.\n",
        "memory/hikes/2026-pembrokeshire/maps/os-explorer.md": "# Maps\nOS Explorer OL35.\n",
        "memory/hikes/boots.md": "# Boots\nResoled in March; next pair size 43.\n",
        "memory/hikes/wishlist.md": "# Walks I'd like to do\n- West Highland Way\n- Hadrian's Wall\n",
    ]
    static let spareKeys = "# Who has a spare key\n- Front door: Mrs Patel, Tom\n- Back door: Tom\n- Shed: Mum\n- Garage: Jess, Mum\n"
    static let oldKeys = "# Spare keys (before the locks were changed in 2025)\n- Front door: Aunt Bea\n- Back door: Mrs Patel\n"
    static let holders: [String: Set<String>] = [
        "frontdoor": ["mrs patel", "tom"], "backdoor": ["tom"], "shed": ["mum"], "garage": ["jess", "mum"],
    ]
    static let binDay =
        "---\nname: bin-day\ndescription: Tell me which bins go out this week.\n---\nRead memory/home/bins.md and say which bins go out on Monday night.\n"
    static let tools: [String: String] = [
        "memory/tools/README.md": "Little helper scripts I run by hand.\n",
        "memory/tools/count-notes.sh": "#!/bin/sh\n# How many notes are there?\nfind memory -name '*.md' | wc -l\n",
    ]

    /// Whether `text` says who brings what: each household on a line of its own with its own
    /// thing, nothing after them, and before them at most a title and a table header.
    static func isPartyNote(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let entries = Judge.items(t).filter { !Judge.isTableRule($0) }.map { $0.lowercased() }
        let who = [#"\bnadia\b"#, #"\bosei\b"#, #"\bfletchers?\b"#]
        let what = [#"quiche"#, #"gazebo"#, #"lemonade"#]
        let named = entries.indices.filter { i in (who + what).contains { Judge.has(entries[i], $0) } }
        guard named.count == 3, let first = named.first, named == Array(first..<first + 3), entries.count == first + 3, first <= 2 else {
            return false
        }
        if first == 2 && !entries[1].hasPrefix("|") { return false }
        let pairs = named.map { i in (who.indices.filter { Judge.has(entries[i], who[$0]) }, what.indices.filter { Judge.has(entries[i], what[$0]) })
        }
        return pairs.allSatisfy { $0.0.count == 1 && $0.0 == $0.1 } && Set(pairs.map(\.0)).count == 3
    }

    /// Whether the CSV `line` is the race in the log's columns: 29 November (2026 if a year is
    /// given), 10 (km), 52:41, and a note or none.
    static func isRaceRow(_ line: String) -> Bool {
        let cells = Judge.csvCells(line)
        guard cells.count == 3 || cells.count == 4 else { return false }
        let date = cells[0].lowercased()
        let distance = cells[1].lowercased().replacingOccurrences(of: "km", with: "").trimmingCharacters(in: .whitespaces)
        return Judge.hasDate(date, day: 29, month: 11) && Judge.found(date, #"\b(\d{4})\b"#).allSatisfy { $0 == "2026" } && Double(distance) == 10
            && ["52:41", "0:52:41", "00:52:41"].contains(cells[2])
    }

    /// Whether `text` sums up the landlord's email: a few short lines (a title aside), under half
    /// its length, about the windows, with at least three of the things to know, and no January
    /// date or hour that the email does not give.
    static func isWindowsSummary(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let body = Judge.lines(t).filter { !$0.hasPrefix("#") }
        let low = body.joined(separator: " ").lowercased()
        let facts = [
            #"\bsills?\b|ornaments|plants"#, #"\bkeys?\b|at home|\bbe in\b|someone (is |to be )?(in|home)|access"#, #"\bpark|elm road"#,
            #"rearrange|by 4(th)? jan"#, #"\bdust"#, #"furniture|metre|meter"#,
        ].filter { Judge.has(low, $0) }
        let dates =
            Judge.found(low, #"\b(\d{1,2})(?:st|nd|rd|th)?\s+jan"#)
            + Judge.found(low, #"\bjan[a-z]*\.?\s+(\d{1,2})\b(?!\s*(?:am|pm|a\.m|p\.m|[:.]\d))"#) + Judge.found(low, #"\b(\d{1,2})/0?1\b"#)
        let hours = Judge.found(low, #"\b(\d{1,2})(?:[:.]00)?\s*(?:am|pm|a\.m\.|p\.m\.)"#) + Judge.found(low, #"\b(\d{1,2}):00\b"#)
        return body.count <= 6 && low.count >= 50 && low.count * 2 < windowsEmail.count && facts.count >= 3 && Judge.has(low, #"window|glaz"#)
            && !Judge.has(low, #"\brent\b"#) && dates.allSatisfy { ["4", "04", "11", "12", "13"].contains($0) }
            && hours.allSatisfy { ["8", "08", "4", "04", "16"].contains($0) }
    }

    /// Whether `text` lists the three charges of the visit: one line each with its own price and no
    /// other, at most one line more for the total (127), no estimate or last year's price, and
    /// besides at most a title and a table header.
    static func isChargeList(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let ls = Judge.lines(t).filter { !$0.hasPrefix("#") && !Judge.isTableRule($0) }.map { $0.lowercased() }
        let charges = [(#"\bservic"#, "85"), (#"valve"#, "24"), (#"filter"#, "18")]
        let prices = Set(charges.map(\.1) + ["150", "79", "127"])
        func amounts(_ l: String) -> [String] { Judge.found(l, #"(?<![\d.,])(\d+)(?:\.00)?(?![\d,]|\.\d)"#).filter(prices.contains) }
        guard !ls.contains(where: { Judge.has($0, #"vessel|expansion|last year|2025"#) }) else { return false }
        let priced = ls.filter { !amounts($0).isEmpty }
        let totals = priced.filter { l in amounts(l) == ["127"] && !charges.contains { Judge.has(l, $0.0) } }
        let items = priced.filter { !totals.contains($0) }
        guard totals.count <= 1, ls.count - priced.count <= 2, items.count == 3 else { return false }
        return charges.allSatisfy { c in
            let m = items.filter { Judge.has($0, c.0) }
            return m.count == 1 && amounts(m[0]) == [c.1] && charges.allSatisfy { other in other.0 == c.0 || !Judge.has(m[0], other.0) }
        }
    }

    /// Whether `text` names the three trip folders (by name, path or with a slash), each once, and
    /// no file or nested folder; before them at most a title and a table header.
    static func isTripList(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let entries = Judge.items(t).filter { !Judge.isTableRule($0) }.map { $0.lowercased() }
        let norm = entries.map { $0.replacingOccurrences(of: #"[^a-z0-9]+"#, with: "-", options: .regularExpression) }
        let stems = ["2024-snowdon", "2025-lake-district", "2026-pembrokeshire"]
        let named = norm.indices.filter { i in stems.contains { norm[i].contains($0) } }
        guard named.count == 3, let first = named.first, named == Array(first..<first + 3), entries.count == first + 3, first <= 2 else {
            return false
        }
        if first == 2 && !entries[1].hasPrefix("|") { return false }
        return entries.allSatisfy { e in !e.contains(".md") && !["boots", "wishlist", "maps"].contains { e.contains($0) } }
            && entries.prefix(first).allSatisfy { !$0.contains("/") } && stems.allSatisfy { s in named.filter { norm[$0].contains(s) }.count == 1 }
    }

    /// Who holds which key in the JSON `text` (door lowercased with only its letters → names
    /// lowercased): an object of door → list of names (one name may stand alone), or a list of
    /// objects each with a door and its names, either of them perhaps wrapped in an object of one
    /// key; nil for anything else (a fenced reply, invalid JSON or a trailing comma, names in one
    /// comma-separated string).
    static func keyHolders(_ text: String?) -> [String: Set<String>]? {
        // A trailing comma is refused too: Foundation reads it, a strict JSON reader does not.
        guard let t = text, !Judge.fenced(t), !Judge.has(t, #",\s*[\]}]"#), var o = try? JSONSerialization.jsonObject(with: Data(t.utf8))
        else { return nil }
        if let d = o as? [String: Any], d.count == 1, let inner = d.values.first, inner is [String: Any] || inner is [Any] { o = inner }
        func door(_ s: String) -> String { s.lowercased().filter(\.isLetter) }
        func names(_ v: Any) -> Set<String>? {
            if let s = v as? String, !s.contains(",") { return [s.lowercased().trimmingCharacters(in: .whitespaces)] }
            guard let a = v as? [Any] else { return nil }
            let ss = a.compactMap { ($0 as? String)?.lowercased().trimmingCharacters(in: .whitespaces) }
            return ss.count == a.count && Set(ss).count == ss.count ? Set(ss) : nil
        }
        var out: [String: Set<String>] = [:]
        if let d = o as? [String: Any] {
            for (k, v) in d {
                guard let n = names(v) else { return nil }
                out[door(k)] = n
            }
            return out.count == d.count ? out : nil
        }
        guard let rows = o as? [[String: Any]] else { return nil }
        let doors = Set(holders.keys)
        for row in rows {
            guard row.count == 2, let d = row.first(where: { ($0.value as? String).map { doors.contains(door($0)) } ?? false }),
                let other = row.first(where: { $0.key != d.key }), let n = names(other.value)
            else { return nil }
            out[door(d.value as! String)] = n
        }
        return out.count == rows.count ? out : nil
    }

    /// Whether `text` is a shell script (a shebang, if any, names a shell) that runs du in
    /// human-readable sizes (-h, --human-readable) once for each folder under memory/: summarised
    /// (-s, --summarize) over a memory/* glob (or */ after cd memory), or one level deep (-d 1,
    /// --max-depth=1) over memory; and removes, moves or changes nothing. Comments and a fenced
    /// reply do not count.
    static func isSizesScript(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let l = Judge.lines(t)
        if let first = l.first, first.hasPrefix("#!"), !Judge.has(first, #"\b(ba|z|da|k)?sh\b"#) { return false }
        let code = l.filter { !$0.hasPrefix("#") }
        // What follows "du" on each line that runs it, up to a pipe or the end of the command.
        let dus = code.compactMap { line -> String? in
            guard let r = line.range(of: #"(^|[\s;&(`$])du\s"#, options: .regularExpression) else { return nil }
            return String(line[r.upperBound...].prefix { $0 != "|" && $0 != ";" && $0 != "&" })
        }
        guard !dus.isEmpty else { return false }
        let args = dus.joined(separator: " ")
        let all = code.joined(separator: "\n")
        let flags = Set(Judge.found(args, #"(?:^|\s)-([a-zA-Z0-9]+)"#).joined())
        let human = flags.contains("h") || args.contains("--human-readable")
        let summary = flags.contains("s") || args.contains("--summarize")
        let glob =
            Judge.has(all, #"(^|[\s"'=])(\./)?memory/\*"#)
            || (Judge.has(all, #"\bcd\s+["']?(\./)?memory/?["']?(\s|$|;|&)"#) && Judge.has(args, #"(^|\s)["']?\*/?["']?(\s|$)"#))
        let depth = Judge.has(args, #"(^|\s)-[a-zA-Z]*d\s*1\b|--max-depth[= ]1\b"#) && Judge.has(args, #"(^|[\s"'/.=])memory\b"#)
        return human && ((summary && glob) || depth) && !Judge.has(all, #"-delete\b|\brm\b|\bmv\b|\btouch\b"#)
    }
}
