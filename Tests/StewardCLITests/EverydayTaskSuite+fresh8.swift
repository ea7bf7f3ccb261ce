import Foundation

/// An eighth fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first seven: by someone who had not read the agent loop, its tools, its prompts, its tests or
/// any result. Fourteen intentions, numbered 901 to 914, one for each kind the issue names
/// (create; edit in place, one amount in a list of bills; append a reading to a log; prepend an
/// entry under the heading of a newest-first log; rename; move several files at once into a
/// folder; copy into a shared folder; delete; summarise; extract names and phone numbers;
/// list-and-save, a folder's files with those in its subfolders; convert a CSV to a Markdown
/// table; a skill; a script), each worded three ways as people word them (files named by path,
/// by bare name or by what they are; folders before or after; quotes or none; numbers in words;
/// chatty context), run as Steward chooses. Every fixture holds a look-alike beside the right
/// file (an earlier party's guests, last year's bills, a relative's readings, a second starter's
/// log, a second untitled note, receipts that are not for work, a dog walked once, an
/// appointment on the same day, the club's fees, the neighbours' own numbers and a trader
/// warned against, a wish list beside the music folder, last year's takings, another skill,
/// another script). Judged by content as a person would (other list markers, row, column and
/// entry order, spacing, a title line, a table for a list, another date, time or number format,
/// a lost final newline pass) and by "nothing else changed" (the wrong file, the wrong folder,
/// a copy where a move was asked fail). Frozen in a commit of its own before any run with a
/// model: never tune the loop on it, and run it as it is (`STEWARD_SUITE_PART=fresh8`).
extension EverydayTaskSuite {
    static let fresh8: [Intention] = [
        Intention(
            number: 901, kind: "create: a note of what each dinner guest can't eat",
            fixtures: ["memory/dinner-party/easter-guests.md": Fresh8.easterGuests, "memory/dinner-party/menu.md": Fresh8.menu],
            wordings: [
                (
                    .imperative,
                    "Create memory/dinner-party/dietary-needs.md with one line per guest and what they can't eat: Keiko vegan, Bram no gluten, Dolores no shellfish"
                ),
                (
                    .request,
                    "Would you start a note of everyone's dietary needs for Saturday's dinner? Call it dietary-needs.md, in memory/dinner-party. Keiko is vegan, Bram is gluten-free and Dolores is allergic to shellfish."
                ),
                (
                    .context,
                    "I'm cooking for friends on Saturday and I really don't want to make anyone ill. Please write a new note, dietary-needs.md, in my dinner-party folder under memory, with a line for each guest saying what they need: Keiko is vegan, Bram has coeliac disease so nothing with gluten, and Dolores is allergic to shellfish. The Easter guests note in that folder was for a different meal, so leave it as it is."
                ),
            ], changed: ["memory/dinner-party/dietary-needs.md"], check: { f in Fresh8.isDietNote(f("memory/dinner-party/dietary-needs.md")) },
            solution: ops(writes: [
                (
                    "memory/dinner-party/dietary-needs.md",
                    "# Dietary needs\n- Keiko: vegan\n- Bram: gluten-free (coeliac)\n- Dolores: no shellfish (allergy)\n"
                )
            ])),
        Intention(
            number: 902, kind: "edit in place: a bill's new amount on one line of a monthly budget",
            fixtures: ["memory/budget/monthly-bills.md": Fresh8.bills, "memory/budget/monthly-bills-2025.md": Fresh8.bills2025],
            wordings: [
                (.imperative, "In memory/budget/monthly-bills.md, change the broadband from 32.00 EUR to 36.50 EUR"),
                (
                    .request,
                    "Fibrelink have put our broadband price up. Could you change it to 36.50 EUR a month in my monthly bills note in memory/budget?"
                ),
                (
                    .context,
                    "A letter from Fibrelink says our broadband goes up from 32 to 36.50 EUR a month from the next bill, and I do the household budget from monthly-bills.md in memory/budget. Please change the amount on the broadband line to 36.50 EUR, keeping the day it's paid and the other bills exactly as they are. The 2025 note is only there for comparison, so don't edit it."
                ),
            ], changed: ["memory/budget/monthly-bills.md"],
            check: { f in
                // The same lines in the same order (spacing aside), the broadband one now at 36.50.
                let want = Judge.lines(Fresh8.bills)
                let got = Judge.lines(f("memory/budget/monthly-bills.md"))
                guard got.count == want.count, let i = want.firstIndex(where: { $0.contains("Broadband") }) else { return false }
                let line = got[i].lowercased()
                return line.contains("broadband") && line.contains("fibrelink") && Judge.has(line, #"(?<![\d.,])36[.,]50?(?![\d])"#)
                    && !Judge.has(line, #"(?<![\d.,])32(?![\d])"#) && Judge.has(line, #"\b12(th)?\b"#)
                    && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
            },
            solution: ops(writes: [
                ("memory/budget/monthly-bills.md", Fresh8.bills.replacingOccurrences(of: "32.00 EUR, on the 12th", with: "36.50 EUR, on the 12th"))
            ])),
        Intention(
            number: 903, kind: "append: an evening reading at the end of a blood pressure log",
            fixtures: ["memory/health/bp-readings.md": Fresh8.bp, "memory/health/bp-readings-mum.md": Fresh8.bpMum],
            wordings: [
                (.imperative, "Add \"7 Dec, evening: 131/85, pulse 68\" as the last line of memory/health/bp-readings.md"),
                (
                    .request,
                    "Could you log tonight's blood pressure at the end of my readings in memory/health? It's the evening of 7 December: 131 over 85, pulse 68."
                ),
                (
                    .context,
                    "The GP wants a week of home blood pressure readings before my check-up. This evening's, on 7 December, was 131 over 85 with a pulse of sixty-eight; please add it as a new line at the bottom of my own readings note in memory/health, set out like the others. Mum's readings are in the same folder and must stay as they are."
                ),
            ], changed: ["memory/health/bp-readings.md"],
            check: { f in
                // The log as it was, then one new line with the date, the evening, the reading and the pulse.
                let want = Judge.lines(Fresh8.bp)
                let got = Judge.lines(f("memory/health/bp-readings.md"))
                guard got.count == want.count + 1, Array(got.prefix(want.count)) == want, let last = got.last?.lowercased() else { return false }
                return Judge.hasDate(last, day: 7, month: 12) && Judge.has(last, #"(?<![\d.])131\s*/\s*85(?![\d.])"#)
                    && Judge.has(last, #"(?<![\d./])68(?![\d./])"#) && Judge.has(last, #"evening|\bpm\b|night"#) && !last.contains("morning")
            }, solution: ops(writes: [("memory/health/bp-readings.md", Fresh8.bp + "- 7 Dec, evening: 131/85, pulse 68\n")])),
        Intention(
            number: 904, kind: "prepend: the newest feed as the first entry under a newest-first log's heading",
            fixtures: ["memory/sourdough/starter-log.md": Fresh8.starterLog, "memory/sourdough/rye-starter-log.md": Fresh8.ryeLog],
            wordings: [
                (
                    .imperative,
                    "Insert \"12 Dec: 50 g white, 50 g water; doubled in 6 hours\" as the first entry of memory/sourdough/starter-log.md, directly under the heading"
                ),
                (
                    .request,
                    "Can you add today's feed to the top of my sourdough starter log, just under its title? 12 December, 50 g of white flour and 50 g of water, and it doubled in six hours."
                ),
                (
                    .context,
                    "My starter log in memory/sourdough keeps the newest feed at the top, right below the heading. Today, 12 December, I gave it 50 g of white flour and 50 g of water and it doubled in six hours, its best all month. Please add that as the new first entry under the heading, written like the others, without touching the older entries; the rye starter has a log of its own, which stays as it is."
                ),
            ], changed: ["memory/sourdough/starter-log.md"],
            check: { f in
                // The heading, then the new entry, then the older entries as they were.
                let want = Judge.lines(Fresh8.starterLog)
                let got = Judge.lines(f("memory/sourdough/starter-log.md"))
                guard got.count == want.count + 1, got[0] == want[0], Array(got.dropFirst(2)) == Array(want.dropFirst()) else { return false }
                let entry = got[1].lowercased()
                return Judge.hasDate(entry, day: 12, month: 12) && Judge.has(entry, #"\bdoubl"#)
                    && Judge.has(entry, #"\b(6|six)\s*(hours?|hrs?|h)\b"#) && Judge.has(entry, #"(?<![\d.])50\s*g"#) && !entry.contains("rye")
            },
            solution: ops(writes: [
                (
                    "memory/sourdough/starter-log.md",
                    Fresh8.starterLog.replacingOccurrences(
                        of: "(newest first)\n", with: "(newest first)\n- 12 Dec: 50 g white, 50 g water; doubled in 6 hours\n")
                )
            ])),
        Intention(
            number: 905, kind: "rename: a note the app called new-note.md given a name that says what it is", fixtures: Fresh8.volunteering,
            wordings: [
                (.imperative, "Rename memory/volunteering/new-note.md to food-bank-shifts.md, keeping it in memory/volunteering"),
                (
                    .request,
                    "My notes app saved my food bank rota as new-note.md. Could you rename it to food-bank-shifts.md? It's in the volunteering folder."
                ),
                (
                    .context,
                    "When I jotted down my food bank shifts, the app saved them as new-note.md in memory/volunteering, and now there's a new-note-2.md about the sponsored walk as well, which is confusing. Please rename the food bank one to food-bank-shifts.md in the same folder, without changing what it says; the sponsored walk note and the litter pick note stay as they are."
                ),
            ], changed: ["memory/volunteering/new-note.md", "memory/volunteering/food-bank-shifts.md"],
            check: { f in
                Judge.moved(f, "memory/volunteering/new-note.md", to: "memory/volunteering/food-bank-shifts.md", Fresh8.volunteering)
                    && Judge.untouched(f, ["memory/volunteering/new-note-2.md", "memory/volunteering/litter-pick.md"], Fresh8.volunteering)
            }, solution: ops(#"{"op":"move","from":"memory/volunteering/new-note.md","to":"memory/volunteering/food-bank-shifts.md"}"#)),
        Intention(
            number: 906, kind: "move several: three work-from-home receipts out of a scans folder, the others left", fixtures: Fresh8.scans,
            wordings: [
                (
                    .imperative,
                    "Move memory/scans/receipt-desk-chair.md, memory/scans/receipt-monitor.md and memory/scans/receipt-headset.md into memory/home-office/receipts/"
                ),
                (
                    .request,
                    "Could you file the receipts for my desk chair, monitor and headset with the other home-office receipts in memory/home-office/receipts? At the moment they're in my scans folder."
                ),
                (
                    .context,
                    "I can claim back some of what I spent on working from home, so the receipts need to be kept together. Please move the three home-office ones out of memory/scans (the desk chair, the monitor and the headset) into memory/home-office/receipts, where the webcam receipt already is, keeping their names. The sofa receipt isn't for work and the passport note has nothing to do with it, so both stay in scans."
                ),
            ], changed: Set(Fresh8.officeReceipts.flatMap { ["memory/scans/\($0)", "memory/home-office/receipts/\($0)"] }),
            check: { f in
                Fresh8.officeReceipts.allSatisfy { n in Judge.moved(f, "memory/scans/\(n)", to: "memory/home-office/receipts/\(n)", Fresh8.scans) }
                    && Judge.untouched(
                        f, ["memory/scans/receipt-sofa.md", "memory/scans/passport-renewal.md", "memory/home-office/receipts/receipt-webcam.md"],
                        Fresh8.scans)
            },
            solution: ops(
                #"{"op":"move","from":"memory/scans/receipt-desk-chair.md","to":"memory/home-office/receipts/receipt-desk-chair.md"}"#,
                #"{"op":"move","from":"memory/scans/receipt-monitor.md","to":"memory/home-office/receipts/receipt-monitor.md"}"#,
                #"{"op":"move","from":"memory/scans/receipt-headset.md","to":"memory/home-office/receipts/receipt-headset.md"}"#)),
        Intention(
            number: 907, kind: "copy: a dog's walking instructions into a folder shared with the walker", fixtures: Fresh8.dog,
            wordings: [
                (.imperative, "Copy memory/dog/moss-walks.md to outputs/dog-walker/moss-walks.md"),
                (
                    .request,
                    "Can you put a copy of Moss's walking instructions in outputs/dog-walker for the new dog walker? Keep the same file name, please."
                ),
                (
                    .context,
                    "Nell starts walking Moss on Monday while I'm at work, and the outputs/dog-walker folder is the one I share with her. Please copy my note about walking Moss from memory/dog into that folder, word for word and under the same name, and keep my own copy where it is. The note about walking Bracken was for Mrs Dunne's dog last summer, so it isn't wanted."
                ),
            ], changed: ["outputs/dog-walker/moss-walks.md"],
            check: { f in
                f("outputs/dog-walker/moss-walks.md") != nil
                    && Judge.lines(f("outputs/dog-walker/moss-walks.md")) == Judge.lines(Fresh8.dog["memory/dog/moss-walks.md"])
                    && Fresh8.dog.keys.allSatisfy { f($0) == Fresh8.dog[$0] }
            }, solution: ops(writes: [("outputs/dog-walker/moss-walks.md", Fresh8.dog["memory/dog/moss-walks.md"]!)])),
        Intention(
            number: 908, kind: "delete: a cancelled appointment's note beside one on the same day and one with a near name",
            fixtures: Fresh8.appointments,
            wordings: [
                (.imperative, "Delete memory/appointments/physio-14-jan.md"),
                (.request, "The clinic has cancelled my physio on 14 January. Could you remove that appointment's note from memory/appointments?"),
                (
                    .context,
                    "The physio clinic rang this morning: my session on 14 January is cancelled and they've moved me to the 28th, which already has a note of its own. Please delete the note for the cancelled physio appointment in memory/appointments. Keep the one for the 28th, and the optician's note for the 14th too, since I'm still going to that."
                ),
            ], changed: ["memory/appointments/physio-14-jan.md"],
            check: { f in
                f("memory/appointments/physio-14-jan.md") == nil
                    && ["memory/appointments/physio-28-jan.md", "memory/appointments/optician-14-jan.md"].allSatisfy {
                        f($0) == Fresh8.appointments[$0]
                    }
            }, solution: ops(#"{"op":"delete","path":"memory/appointments/physio-14-jan.md"}"#)),
        Intention(
            number: 909, kind: "summarise: a swimming club's gala email in a few short lines",
            fixtures: ["memory/swimming/gala-email.md": Fresh8.galaEmail, "memory/swimming/club-fees.md": Fresh8.clubFees],
            wordings: [
                (.imperative, "Summarise memory/swimming/gala-email.md in a few short lines in outputs/swim-gala.md"),
                (
                    .request,
                    "Would you pick out what we actually need to know from the swimming club's email about the gala? Just a few short lines, saved as outputs/swim-gala.md."
                ),
                (
                    .context,
                    "Both kids are swimming in the winter gala, and the club's email about it (in memory/swimming) is one huge paragraph that my partner won't read. Please write a short summary, a handful of lines on when and where it is, what time to arrive and what to bring, and save it to outputs/swim-gala.md. The note about club fees is a separate matter, so leave it out."
                ),
            ], changed: ["outputs/swim-gala.md"], check: { f in Fresh8.isGalaSummary(f("outputs/swim-gala.md")) },
            solution: ops(writes: [
                (
                    "outputs/swim-gala.md",
                    "- Winter gala: Saturday 16 January, Kingsmead Leisure Centre.\n- Arrive by 8:15 am for the warm-up; racing from 9 am to about 1 pm.\n- Bring the red club cap, a club T-shirt, goggles, a towel, water and a snack.\n- Tell Coach Marta by 9 January if they can't swim.\n- Balcony tickets are 3 EUR; parking is tight, so share lifts.\n"
                )
            ])),
        Intention(
            number: 910, kind: "extract: recommended tradespeople and their numbers from a group chat, the one warned against left out",
            fixtures: ["memory/neighbours/group-chat.md": Fresh8.groupChat, "memory/neighbours/street-contacts.md": Fresh8.streetContacts],
            wordings: [
                (
                    .imperative,
                    "Extract the recommended tradespeople and their phone numbers from memory/neighbours/group-chat.md into outputs/tradespeople.md, one per line"
                ),
                (
                    .request,
                    "Could you pull the plumber, electrician and window cleaner the neighbours recommended, with their numbers, out of the group chat I saved in memory/neighbours? List them in outputs/tradespeople.md."
                ),
                (
                    .context,
                    "Our street's group chat had a really useful thread about local tradespeople, which I copied into memory/neighbours before it scrolled away. Please write each person who got recommended, with what they do and their phone number, on a line of their own in outputs/tradespeople.md. Leave out the one people warned against; the neighbours' own numbers aren't needed either."
                ),
            ], changed: ["outputs/tradespeople.md"], check: { f in Fresh8.isTradesList(f("outputs/tradespeople.md")) },
            solution: ops(writes: [
                (
                    "outputs/tradespeople.md",
                    "- Plumber: Ruairi Kavanagh, 07700 900318\n- Electrician: Fatima (Brightspark), 07700 900725\n- Window cleaner: Jonno, 07700 900154\n"
                )
            ])),
        Intention(
            number: 911, kind: "list-and-save: every file in a folder and its subfolders", fixtures: Fresh8.sheetMusic,
            wordings: [
                (.imperative, "List all the files under memory/sheet-music, subfolders included, in outputs/sheet-music.md, one per line"),
                (
                    .request,
                    "Could you make me a list of all the sheet music I've got in memory/sheet-music, including what's in the piano and guitar folders inside it? Save it as outputs/sheet-music.md."
                ),
                (
                    .context,
                    "My music teacher wants to know what I already have before she lends me anything. It's all in memory/sheet-music, some loose and some sorted into piano and guitar subfolders; please write every piece there, one per line, to outputs/sheet-music.md. The wishlist next to that folder is music I don't own yet, so it doesn't go in."
                ),
            ], changed: ["outputs/sheet-music.md"], check: { f in Fresh8.isMusicList(f("outputs/sheet-music.md")) },
            solution: ops(writes: [
                (
                    "outputs/sheet-music.md",
                    "- fur-elise.md\n- guitar/greensleeves.md\n- guitar/romanza.md\n- piano/clair-de-lune.md\n- piano/gymnopedie-1.md\n"
                )
            ])),
        Intention(
            number: 912, kind: "convert: a CSV of bake sale takings to a Markdown table",
            fixtures: ["memory/bake-sale/takings-2026.csv": Fresh8.takings2026, "memory/bake-sale/takings-2025.csv": Fresh8.takings2025],
            wordings: [
                (.imperative, "Turn memory/bake-sale/takings-2026.csv into a Markdown table and save it as outputs/bake-sale-takings.md"),
                (
                    .request,
                    "Could you make this year's bake sale takings CSV into a Markdown table for the school newsletter? Please save it to outputs/bake-sale-takings.md."
                ),
                (
                    .context,
                    "The PTA wants this year's bake sale results in the newsletter, and their editor only takes Markdown. Please convert the 2026 takings CSV in memory/bake-sale into a Markdown table with a header row, keeping each stall, who ran it and what it took, and save it as outputs/bake-sale-takings.md; last year's file isn't needed."
                ),
            ], changed: ["outputs/bake-sale-takings.md"], check: { f in Fresh8.isTakingsTable(f("outputs/bake-sale-takings.md")) },
            solution: ops(writes: [
                (
                    "outputs/bake-sale-takings.md",
                    "| stall | run_by | takings_eur |\n|---|---|---|\n| Cakes | Ingrid | 84.50 |\n| Tombola | Mr Adeyemi | 61.00 |\n| Books | Carys | 23.20 |\n| Plants | Femi | 40.00 |\n"
                )
            ])),
        Intention(
            number: 913, kind: "skill: keeping track of the parcels I'm expecting",
            fixtures: [
                "skills/README.md": "Each skill is a folder with a SKILL.md inside.\n", "skills/birthday-cards/SKILL.md": Fresh8.birthdayCards,
            ],
            wordings: [
                (
                    .imperative,
                    "Create skills/parcel-tracker/SKILL.md, a skill named parcel-tracker with a description, that adds each parcel I'm expecting to memory/parcels.md with the shop, the item, the expected delivery date and the tracking number, and marks it delivered when I say it has arrived"
                ),
                (
                    .request,
                    "Could you write me a parcel-tracker skill? Whenever I say I've ordered something, it should note it in memory/parcels.md (which shop, what it is, when it's due and the tracking number) and mark it as delivered once I tell you it came."
                ),
                (
                    .context,
                    "Around Christmas I lose track of what I've ordered and what has actually turned up. Please write a skill called parcel-tracker, in the same format as the birthday-cards one (a name and a description at the top), telling you to add a line to memory/parcels.md for every parcel I mention, with the shop, the item, the expected date and the tracking number, and to mark that line as delivered when I say it's arrived instead of deleting it."
                ),
            ], changed: ["skills/parcel-tracker/SKILL.md"],
            check: { f in
                // Front matter naming the skill as its folder, with a description; a body carrying the file and what each line holds.
                guard let t = f("skills/parcel-tracker/SKILL.md"), let (fields, body) = Judge.skill(t) else { return false }
                let b = body.lowercased()
                let rest = b.replacingOccurrences(of: "memory/parcels.md", with: " ")
                return fields["name"] == "parcel-tracker" && (fields["description"] ?? "").count >= 10 && b.count >= 40
                    && b.contains("memory/parcels.md") && Judge.has(rest, #"\bshops?\b|retailer|\bstores?\b|seller|sender|merchant"#)
                    && Judge.has(rest, #"\bitems?\b|contents|\bwhat\b|product|description"#) && Judge.has(rest, #"expect|\bdue\b|\bdate\b|\beta\b"#)
                    && rest.contains("tracking") && Judge.has(rest, #"delivered|arrived|received"#)
            },
            solution: ops(writes: [
                (
                    "skills/parcel-tracker/SKILL.md",
                    "---\nname: parcel-tracker\ndescription: Keep a list of the parcels I'm expecting.\n---\nWhen I mention a parcel I've ordered, add a line to memory/parcels.md with the shop, the item, the expected delivery date and the tracking number.\nWhen I say it has arrived, mark that line as delivered; never delete lines.\n"
                )
            ])),
        Intention(
            number: 914, kind: "script: a shell script that prints the unticked checkboxes in all notes", fixtures: Fresh8.helpers,
            wordings: [
                (
                    .imperative,
                    "Write memory/helpers/open-tasks.sh, a shell script that prints every unticked checkbox line (\"- [ ]\") in the notes under memory/, subfolders included, with the file each is in"
                ),
                (
                    .request,
                    "Can you write me a shell script, open-tasks.sh in memory/helpers, that finds all the unticked - [ ] boxes in my notes anywhere under memory and prints them along with which file they're in?"
                ),
                (
                    .context,
                    "I scatter to-do checkboxes through all my notes and then forget about them. Please write a small shell script at memory/helpers/open-tasks.sh that searches every note under memory/, in every subfolder, and prints each line with an empty checkbox, - [ ], together with the file it comes from, skipping the ticked [x] ones. It should only read, never change anything."
                ),
            ], changed: ["memory/helpers/open-tasks.sh"], check: { f in Fresh8.isOpenTasksScript(f("memory/helpers/open-tasks.sh")) },
            solution: ops(writes: [("memory/helpers/open-tasks.sh", "#!/bin/sh\ngrep -rn -- '- \\[ \\]' memory\n")])),
    ]

    /// Correct results in other forms a careful person accepts (a table, another marker, a title,
    /// spacing, another date, time or number format, another order, a lost final newline, a path
    /// or a title for a file name, another way to write the same script), at least one per
    /// intention but the delete (908), which has no other form.
    static let fresh8Alternatives: [(Int, String)] = [
        (
            901,
            ops(writes: [
                (
                    "memory/dinner-party/dietary-needs.md",
                    "Saturday dinner\n\n| Guest | Needs |\n|---|---|\n| Keiko | vegan |\n| Bram | no gluten |\n| Dolores | shellfish allergy |"
                )
            ])
        ),
        (
            901,
            ops(writes: [("memory/dinner-party/dietary-needs.md", "Dolores – allergic to shellfish\nKeiko – vegan\nBram – coeliac, so gluten-free\n")]
            )
        ),
        (
            901,
            ops(writes: [
                (
                    "memory/dinner-party/dietary-needs.md",
                    "## Saturday dinner: dietary needs\n\n* **Keiko** is vegan\n* **Bram** can't have gluten\n* **Dolores** must avoid shellfish\n"
                )
            ])
        ),
        (
            902,
            ops(writes: [
                (
                    "memory/budget/monthly-bills.md",
                    Fresh8.bills.replacingOccurrences(
                        of: "- Broadband (Fibrelink): 32.00 EUR, on the 12th", with: "- Broadband (Fibrelink):  36.5 EUR, on the 12th"
                    ).trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            902,
            ops(writes: [
                (
                    "memory/budget/monthly-bills.md",
                    Fresh8.bills.replacingOccurrences(of: "32.00 EUR, on the 12th", with: "€36.50, on the 12th (from January)")
                        .replacingOccurrences(of: "# Monthly bills\n", with: "# Monthly bills\n\n")
                )
            ])
        ),
        (903, ops(writes: [("memory/health/bp-readings.md", Fresh8.bp.trimmingCharacters(in: .newlines) + "\n* 07/12 evening – 131/85 (pulse 68)")])),
        (903, ops(writes: [("memory/health/bp-readings.md", Fresh8.bp + "\n- 7th December, evening: 131 / 85, pulse 68 bpm\n")])),
        (
            904,
            ops(writes: [
                (
                    "memory/sourdough/starter-log.md",
                    Fresh8.starterLog.replacingOccurrences(
                        of: "(newest first)\n", with: "(newest first)\n\n- 12/12: 50g white + 50g water; doubled in 6 hrs\n")
                )
            ])
        ),
        (
            904,
            ops(writes: [
                (
                    "memory/sourdough/starter-log.md",
                    Fresh8.starterLog.replacingOccurrences(
                        of: "(newest first)\n", with: "(newest first)\n- 12th December: 50 g white flour, 50 g water; doubled in six hours!\n"
                    ).trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            905,
            ops(
                writes: [
                    (
                        "memory/volunteering/food-bank-shifts.md",
                        Fresh8.volunteering["memory/volunteering/new-note.md"]!.trimmingCharacters(in: .newlines)
                    )
                ], #"{"op":"delete","path":"memory/volunteering/new-note.md"}"#)
        ),
        (
            906,
            ops(
                writes: Fresh8.officeReceipts.map { ("memory/home-office/receipts/\($0)", Fresh8.scans["memory/scans/\($0)"]! + "\n") },
                #"{"op":"delete","path":"memory/scans/receipt-headset.md"}"#, #"{"op":"delete","path":"memory/scans/receipt-desk-chair.md"}"#,
                #"{"op":"delete","path":"memory/scans/receipt-monitor.md"}"#)
        ),
        (907, ops(writes: [("outputs/dog-walker/moss-walks.md", Fresh8.dog["memory/dog/moss-walks.md"]!.trimmingCharacters(in: .newlines))])),
        (
            909,
            ops(writes: [
                (
                    "outputs/swim-gala.md",
                    "# Swimming gala\n\nThe winter gala is on Sat 16th January at Kingsmead Leisure Centre: arrive by 8.15am for the warm-up, racing 9am till around 1pm. Pack the red club cap, club T-shirt, goggles, towel, a drink and a snack, and let Coach Marta know by 9 Jan if they can't make it.\n"
                )
            ])
        ),
        (
            909,
            ops(writes: [
                (
                    "outputs/swim-gala.md",
                    "When: 16/01, arrive 08:15 (warm-up), finish about 13:00\nWhere: Kingsmead Leisure Centre\nBring: red cap, club T-shirt, goggles, towel, water, snack\nCan't swim? Tell Coach Marta by 9 January"
                )
            ])
        ),
        (
            909,
            ops(writes: [
                (
                    "outputs/swim-gala.md",
                    "Gala Jan 16, Kingsmead, arrive 8:15\nKit: club cap and T-shirt, goggles, towel\nVolunteers wanted for timekeeping\n"
                )
            ])
        ),
        (
            910,
            ops(writes: [
                (
                    "outputs/tradespeople.md",
                    "# Recommended tradespeople\n\n| Name | Trade | Phone |\n|---|---|---|\n| Jonno | window cleaner | 07700 900154 |\n| Ruairi Kavanagh | plumber | 07700 900318 |\n| Fatima (Brightspark) | electrician | 07700 900725 |\n"
                )
            ])
        ),
        (
            910,
            ops(writes: [
                (
                    "outputs/tradespeople.md",
                    "Ruairi Kavanagh (plumber): +44 7700 900318\nFatima, Brightspark electrics: 07700-900725\nJonno, windows: 07700900154"
                )
            ])
        ),
        (
            911,
            ops(writes: [
                (
                    "outputs/sheet-music.md",
                    "# My sheet music\n\n## Piano\n- Clair de Lune (Debussy)\n- Gymnopédie No. 1 (Satie)\n\n## Guitar\n- Romanza\n- Greensleeves\n\n## Loose\n- Für Elise (Beethoven)\n"
                )
            ])
        ),
        (
            911,
            ops(writes: [
                (
                    "outputs/sheet-music.md",
                    "memory/sheet-music/piano/clair-de-lune.md\nmemory/sheet-music/piano/gymnopedie-1.md\nmemory/sheet-music/guitar/romanza.md\nmemory/sheet-music/guitar/greensleeves.md\nmemory/sheet-music/fur-elise.md"
                )
            ])
        ),
        (
            911,
            ops(writes: [
                (
                    "outputs/sheet-music.md",
                    "Sheet music\n| Folder | File |\n|---|---|\n| piano | clair-de-lune.md |\n| piano | gymnopedie-1.md |\n| guitar | romanza.md |\n| guitar | greensleeves.md |\n| (top level) | fur-elise.md |\n"
                )
            ])
        ),
        (
            912,
            ops(writes: [
                (
                    "outputs/bake-sale-takings.md",
                    "# Bake sale takings 2026\n\n| Stall   | Run by     | Takings (EUR) |\n|:--------|:-----------|--------------:|\n| Tombola | Mr Adeyemi | 61.00         |\n| Plants  | Femi       | 40.00         |\n| Cakes   | Ingrid     | 84.50         |\n| Books   | Carys      | 23.20         |"
                )
            ])
        ),
        (
            912,
            ops(writes: [
                (
                    "outputs/bake-sale-takings.md",
                    "|Takings|Stall|Who ran it|\n|-|-|-|\n|€84.50|Cakes|Ingrid|\n|€61|Tombola|Mr Adeyemi|\n|€23.20|Books|Carys|\n|€40|Plants|Femi|\n"
                )
            ])
        ),
        (
            913,
            ops(writes: [
                (
                    "skills/parcel-tracker/SKILL.md",
                    "---\nname: \"parcel-tracker\"\ndescription: >\n  Track the parcels I'm waiting for until they arrive.\n---\n\n# Parcel tracker\n\nWhen I tell you I've ordered something, add a row to `memory/parcels.md`:\n\n| Shop | Item | Expected | Tracking number | Status |\n\nCreate the file with that header if it doesn't exist. When I say a parcel has come, set its status to delivered. Never remove rows.\n"
                )
            ])
        ),
        (
            914,
            ops(writes: [
                (
                    "memory/helpers/open-tasks.sh",
                    "#!/usr/bin/env bash\nset -eu\ncd \"$(dirname \"$0\")/../..\"\ngrep -rnF --include='*.md' '[ ]' memory/\n"
                )
            ])
        ),
        (914, ops(writes: [("memory/helpers/open-tasks.sh", "find memory -type f -name '*.md' -exec grep -Hn -e '- \\[ \\]' {} +\n")])),
        (
            914,
            ops(writes: [
                (
                    "memory/helpers/open-tasks.sh",
                    "#!/bin/bash\n# Unticked boxes, with their files.\ngrep -R -E '^[[:space:]]*[-*] \\[ \\]' ./memory/ 2>/dev/null"
                )
            ])
        ),
        (914, ops(writes: [("memory/helpers/open-tasks.sh", "#!/bin/sh\ncd memory || exit 1\ngrep -rn '\\[ \\]' .\n")])),
        (914, ops(writes: [("memory/helpers/open-tasks.sh", "#!/bin/sh\nNOTES=memory\ngrep -rn '\\- \\[ \\]' \"$NOTES\"\n")])),
        (914, ops(writes: [("memory/helpers/open-tasks.sh", "#!/bin/bash\nfind memory -name \"*.md\" -print0 | xargs -0 grep -n '\\[ \\]'\n")])),
        (
            909,
            ops(writes: [
                (
                    "outputs/swim-gala.md",
                    "Winter gala, Sat 16 Jan at Kingsmead: arrive 08:15, races 9:00–13:00.\nBring cap, T-shirt, goggles, towel.\n"
                )
            ])
        ),
        (
            910,
            ops(writes: [
                (
                    "outputs/tradespeople.md",
                    "Recommended by the neighbours:\n- Ruairi Kavanagh – plumber – 07700 900318\n- Fatima at Brightspark (electrician): 07700 900725\n- Jonno (window cleaner, Thursdays): 07700 900154\n"
                )
            ])
        ),
        (
            911,
            ops(writes: [
                (
                    "outputs/sheet-music.md",
                    "- memory/sheet-music/fur-elise.md\n- memory/sheet-music/piano/\n  - clair-de-lune.md\n  - gymnopedie-1.md\n- memory/sheet-music/guitar/\n  - greensleeves.md\n  - romanza.md\n"
                )
            ])
        ), (914, ops(writes: [("memory/helpers/open-tasks.sh", "#!/bin/sh\ngrep -rnE '^\\s*- \\[ \\]' memory/ | sort\n")])),
    ]

    /// Wrong or partial results that the eighth fresh part's checks must refuse, at least four per intention.
    static let fresh8NearMisses: [(Int, String)] = [
        (901, ops(writes: [("memory/dinner-party/dietary-needs.md", "Keiko vegan, Bram no gluten, Dolores no shellfish\n")])),
        (901, ops(writes: [("memory/dinner-party/dietary-needs.md", "- Keiko: no gluten\n- Bram: vegan\n- Dolores: no shellfish\n")])),
        (901, ops(writes: [("memory/dinner-party/dietary-needs.md", "- Keiko: vegan\n- Bram: no gluten\n")])),
        (
            901,
            ops(writes: [
                (
                    "memory/dinner-party/dietary-needs.md",
                    "- Keiko: vegan\n- Bram: no gluten\n- Dolores: no shellfish\n- Grandad Wyn: soft food only\n"
                )
            ])
        ),
        (
            901,
            ops(writes: [
                ("memory/dinner-party/easter-guests.md", Fresh8.easterGuests + "- Keiko: vegan\n- Bram: no gluten\n- Dolores: no shellfish\n")
            ])
        ),
        (901, ops(writes: [("memory/dietary-needs.md", "- Keiko: vegan\n- Bram: no gluten\n- Dolores: no shellfish\n")])),
        (901, ops(writes: [("memory/dinner-party/dietary-needs.md", "```\n- Keiko: vegan\n- Bram: no gluten\n- Dolores: no shellfish\n```\n")])),
        (901, ops(writes: [("memory/dinner-party/dietary-needs.md", Fresh8.easterGuests)])),
        (902, ops(writes: [("memory/budget/monthly-bills.md", Fresh8.bills + "- Broadband (Fibrelink): 36.50 EUR, on the 12th\n")])),
        (
            902,
            ops(writes: [
                ("memory/budget/monthly-bills-2025.md", Fresh8.bills2025.replacingOccurrences(of: "32.00 EUR", with: "36.50 EUR"))
            ])
        ), (902, ops(writes: [("memory/budget/monthly-bills.md", Fresh8.bills.replacingOccurrences(of: "32.00 EUR", with: "35.60 EUR"))])),
        (
            902,
            ops(writes: [
                ("memory/budget/monthly-bills.md", Fresh8.bills.replacingOccurrences(of: "32.00 EUR", with: "32.00 EUR, rising to 36.50 EUR"))
            ])
        ), (902, ops(writes: [("memory/budget/monthly-bills.md", "- Broadband (Fibrelink): 36.50 EUR, on the 12th\n")])),
        (
            902,
            ops(writes: [
                (
                    "memory/budget/monthly-bills.md",
                    Fresh8.bills.replacingOccurrences(of: "32.00 EUR", with: "36.50 EUR").replacingOccurrences(of: "38.40 EUR", with: "36.50 EUR")
                )
            ])
        ),
        (
            902,
            ops(writes: [
                ("memory/budget/monthly-bills.md", "```markdown\n" + Fresh8.bills.replacingOccurrences(of: "32.00 EUR", with: "36.50 EUR") + "```\n")
            ])
        ),
        (902, ops(writes: [("memory/budget/monthly-bills.md", Fresh8.bills.replacingOccurrences(of: "32.00 EUR, on the 12th", with: "36.50 EUR"))])),
        (903, ops(writes: [("memory/health/bp-readings-mum.md", Fresh8.bpMum + "- 7 Dec, evening: 131/85, pulse 68\n")])),
        (903, ops(writes: [("memory/health/bp-readings.md", Fresh8.bp + "- 7 Dec, evening: 131/58, pulse 68\n")])),
        (903, ops(writes: [("memory/health/bp-readings.md", Fresh8.bp + "- 17 Dec, evening: 131/85, pulse 68\n")])),
        (903, ops(writes: [("memory/health/bp-readings.md", Fresh8.bp + "- 7 Dec, evening: 131/85, pulse 86\n")])),
        (
            903,
            ops(writes: [
                (
                    "memory/health/bp-readings.md",
                    Fresh8.bp.replacingOccurrences(of: "readings\n", with: "readings\n- 7 Dec, evening: 131/85, pulse 68\n")
                )
            ])
        ),
        (
            903,
            ops(writes: [
                (
                    "memory/health/bp-readings.md",
                    Fresh8.bp.replacingOccurrences(of: "- 5 Dec, morning: 127/81, pulse 66\n", with: "- 7 Dec, evening: 131/85, pulse 68\n")
                )
            ])
        ), (903, ops(writes: [("memory/health/bp-readings.md", "```\n" + Fresh8.bp + "- 7 Dec, evening: 131/85, pulse 68\n```\n")])),
        (903, ops(writes: [("memory/health/bp-readings.md", Fresh8.bp + "- 7 Dec, morning: 131/85, pulse 68\n")])),
        (904, ops(writes: [("memory/sourdough/starter-log.md", Fresh8.starterLog + "- 12 Dec: 50 g white, 50 g water; doubled in 6 hours\n")])),
        (904, ops(writes: [("memory/sourdough/starter-log.md", "- 12 Dec: 50 g white, 50 g water; doubled in 6 hours\n" + Fresh8.starterLog)])),
        (
            904,
            ops(writes: [
                (
                    "memory/sourdough/rye-starter-log.md",
                    Fresh8.ryeLog.replacingOccurrences(
                        of: "(newest first)\n", with: "(newest first)\n- 12 Dec: 50 g white, 50 g water; doubled in 6 hours\n")
                )
            ])
        ),
        (
            904,
            ops(writes: [
                (
                    "memory/sourdough/starter-log.md",
                    Fresh8.starterLog.replacingOccurrences(
                        of: "- 9 Dec: 50 g white, 50 g water; doubled in 8 hours\n", with: "- 12 Dec: 50 g white, 50 g water; doubled in 6 hours\n")
                )
            ])
        ),
        (
            904,
            ops(writes: [
                (
                    "memory/sourdough/starter-log.md",
                    Fresh8.starterLog.replacingOccurrences(
                        of: "(newest first)\n", with: "(newest first)\n- 2 Dec: 50 g white, 50 g water; doubled in 6 hours\n")
                )
            ])
        ),
        (
            904,
            ops(writes: [
                (
                    "memory/sourdough/starter-log.md",
                    Fresh8.starterLog.replacingOccurrences(
                        of: "# Starter feeding log (newest first)\n", with: "- 12 Dec: 50 g white, 50 g water; doubled in 6 hours\n")
                )
            ])
        ),
        (
            904,
            ops(writes: [
                (
                    "memory/sourdough/starter-log.md",
                    "```\n"
                        + Fresh8.starterLog.replacingOccurrences(
                            of: "(newest first)\n", with: "(newest first)\n- 12 Dec: 50 g white, 50 g water; doubled in 6 hours\n") + "```\n"
                )
            ])
        ),
        (905, ops(#"{"op":"move","from":"memory/volunteering/new-note-2.md","to":"memory/volunteering/food-bank-shifts.md"}"#)),
        (905, ops(#"{"op":"move","from":"memory/volunteering/new-note.md","to":"memory/food-bank-shifts.md"}"#)),
        (905, ops(writes: [("memory/volunteering/food-bank-shifts.md", Fresh8.volunteering["memory/volunteering/new-note.md"]!)])),
        (905, ops(#"{"op":"move","from":"memory/volunteering/new-note.md","to":"memory/volunteering/food-bank-shifts.txt"}"#)),
        (
            905,
            ops(
                writes: [
                    (
                        "memory/volunteering/food-bank-shifts.md",
                        Fresh8.volunteering["memory/volunteering/new-note.md"]!.replacingOccurrences(
                            of: "Coordinator: Bernadette, 07700 900461\n", with: "")
                    )
                ], #"{"op":"delete","path":"memory/volunteering/new-note.md"}"#)
        ),
        (
            905,
            ops(
                #"{"op":"move","from":"memory/volunteering/new-note.md","to":"memory/volunteering/food-bank-shifts.md"}"#,
                #"{"op":"move","from":"memory/volunteering/new-note-2.md","to":"memory/volunteering/sponsored-walk.md"}"#)
        ),
        (
            906,
            ops(
                #"{"op":"move","from":"memory/scans/receipt-desk-chair.md","to":"memory/home-office/receipts/receipt-desk-chair.md"}"#,
                #"{"op":"move","from":"memory/scans/receipt-monitor.md","to":"memory/home-office/receipts/receipt-monitor.md"}"#)
        ), (906, ops(writes: Fresh8.officeReceipts.map { ("memory/home-office/receipts/\($0)", Fresh8.scans["memory/scans/\($0)"]!) })),
        (
            906,
            ops(
                #"{"op":"move","from":"memory/scans/receipt-desk-chair.md","to":"memory/home-office/receipts/receipt-desk-chair.md"}"#,
                #"{"op":"move","from":"memory/scans/receipt-monitor.md","to":"memory/home-office/receipts/receipt-monitor.md"}"#,
                #"{"op":"move","from":"memory/scans/receipt-headset.md","to":"memory/home-office/receipts/receipt-headset.md"}"#,
                #"{"op":"move","from":"memory/scans/receipt-sofa.md","to":"memory/home-office/receipts/receipt-sofa.md"}"#)
        ),
        (
            906,
            ops(
                #"{"op":"move","from":"memory/scans/receipt-desk-chair.md","to":"memory/home-office/receipt-desk-chair.md"}"#,
                #"{"op":"move","from":"memory/scans/receipt-monitor.md","to":"memory/home-office/receipt-monitor.md"}"#,
                #"{"op":"move","from":"memory/scans/receipt-headset.md","to":"memory/home-office/receipt-headset.md"}"#)
        ),
        (
            906,
            ops(
                #"{"op":"move","from":"memory/scans/receipt-desk-chair.md","to":"memory/home-office/receipts/desk-chair.md"}"#,
                #"{"op":"move","from":"memory/scans/receipt-monitor.md","to":"memory/home-office/receipts/monitor.md"}"#,
                #"{"op":"move","from":"memory/scans/receipt-headset.md","to":"memory/home-office/receipts/headset.md"}"#)
        ), (907, ops(#"{"op":"move","from":"memory/dog/moss-walks.md","to":"outputs/dog-walker/moss-walks.md"}"#)),
        (907, ops(writes: [("outputs/dog-walker/moss-walks.md", Fresh8.dog["memory/dog/bracken-walks.md"]!)])),
        (907, ops(writes: [("outputs/moss-walks.md", Fresh8.dog["memory/dog/moss-walks.md"]!)])),
        (
            907,
            ops(writes: [
                (
                    "outputs/dog-walker/moss-walks.md",
                    Fresh8.dog["memory/dog/moss-walks.md"]!.replacingOccurrences(of: "- Keep her away from the sheep field\n", with: "")
                )
            ])
        ),
        (
            907,
            ops(writes: [
                ("outputs/dog-walker/moss-walks.md", Fresh8.dog["memory/dog/moss-walks.md"]!),
                ("memory/dog/moss-walks.md", Fresh8.dog["memory/dog/moss-walks.md"]! + "Copied for Nell.\n"),
            ])
        ), (907, ops(writes: [("outputs/dog-walker/moss-walks.md", "```markdown\n" + Fresh8.dog["memory/dog/moss-walks.md"]! + "```\n")])),
        (907, ops(writes: [("outputs/dog-walker/walking.md", Fresh8.dog["memory/dog/moss-walks.md"]!)])),
        (908, ops(#"{"op":"delete","path":"memory/appointments/optician-14-jan.md"}"#)),
        (
            908,
            ops(#"{"op":"delete","path":"memory/appointments/physio-14-jan.md"}"#, #"{"op":"delete","path":"memory/appointments/physio-28-jan.md"}"#)
        ),
        (908, ops(writes: [("memory/appointments/physio-14-jan.md", "")])),
        (908, ops(#"{"op":"move","from":"memory/appointments/physio-14-jan.md","to":"memory/appointments/cancelled/physio-14-jan.md"}"#)),
        (908, ops(writes: [("memory/appointments/physio-14-jan.md", Fresh8.appointments["memory/appointments/physio-14-jan.md"]! + "CANCELLED.\n")])),
        (908, ops(#"{"op":"delete","path":"memory/appointments/physio-28-jan.md"}"#)),
        (909, ops(writes: [("outputs/swim-gala.md", Fresh8.galaEmail)])),
        (
            909,
            ops(writes: [
                ("outputs/swim-gala.md", "The swimming club sent an email about a gala in the new year. It has lots of details, so have a look.\n")
            ])
        ),
        (909, ops(writes: [("outputs/swim-gala.md", "- Spring term fees: 96 EUR.\n- Pay by 10 January.\n- Gala entry is included in the fees.\n")])),
        (
            909,
            ops(writes: [
                (
                    "outputs/swim-gala.md",
                    "- Winter gala: Saturday 17 January, Kingsmead Leisure Centre.\n- Arrive by 8:15 am for the warm-up.\n- Bring the red club cap, goggles and a towel.\n"
                )
            ])
        ),
        (
            909,
            ops(writes: [
                (
                    "outputs/swim-gala.md",
                    "- Winter gala: Saturday 16 January, Kingsmead Leisure Centre.\n- Arrive by 8:45 am for the warm-up.\n- Bring the red club cap, goggles and a towel.\n"
                )
            ])
        ),
        (
            909,
            ops(writes: [
                (
                    "memory/swimming/swim-gala.md",
                    "- Winter gala: Saturday 16 January, Kingsmead Leisure Centre.\n- Arrive by 8:15 am for the warm-up.\n- Bring the red club cap, goggles and a towel.\n"
                )
            ])
        ),
        (
            909,
            ops(writes: [
                (
                    "outputs/swim-gala.md",
                    "The winter gala is on Saturday 16 January at Kingsmead Leisure Centre. Swimmers must arrive by 8:15 am for the warm-up, and the first race starts at 9 am; it should finish at about 1 pm. Every swimmer needs their red club cap and a club T-shirt to wear between races, plus goggles, a towel, a water bottle and a snack. Parents can watch from the balcony, where tickets are 3 EUR at the door and children under 5 go free. If your child cannot swim, tell Coach Marta by 9 January so the relay teams can be changed. Four volunteers are needed for timekeeping; the sign-up sheet is on the noticeboard by the pool. Parking is limited, so share lifts.\n"
                )
            ])
        ),
        (
            910,
            ops(writes: [
                (
                    "outputs/tradespeople.md",
                    "- Plumber: Ruairi Kavanagh, 07700 900318\n- Electrician: Fatima (Brightspark), 07700 900725\n- Window cleaner: Jonno, 07700 900154\n- Handyman: QuickFix Dave, 07700 900999\n"
                )
            ])
        ),
        (
            910,
            ops(writes: [
                (
                    "outputs/tradespeople.md",
                    "- Plumber: Ruairi Kavanagh, 07700 900725\n- Electrician: Fatima (Brightspark), 07700 900318\n- Window cleaner: Jonno, 07700 900154\n"
                )
            ])
        ),
        (
            910,
            ops(writes: [("outputs/tradespeople.md", "- Plumber: Ruairi Kavanagh, 07700 900318\n- Electrician: Fatima (Brightspark), 07700 900725\n")]
            )
        ),
        (910, ops(writes: [("outputs/tradespeople.md", "Ruairi Kavanagh 07700 900318, Fatima 07700 900725, Jonno 07700 900154\n")])),
        (910, ops(writes: [("outputs/tradespeople.md", "- Lorcan: 07700 900402\n- Sue: 07700 900877\n- Priti: 07700 900533\n")])),
        (
            910,
            ops(writes: [("outputs/tradespeople.md", "- Plumber: Ruairi Kavanagh\n- Electrician: Fatima (Brightspark)\n- Window cleaner: Jonno\n")])
        ),
        (
            910,
            ops(writes: [
                (
                    "memory/neighbours/tradespeople.md",
                    "- Plumber: Ruairi Kavanagh, 07700 900318\n- Electrician: Fatima (Brightspark), 07700 900725\n- Window cleaner: Jonno, 07700 900154\n"
                )
            ])
        ), (910, ops(writes: [("outputs/tradespeople.md", Fresh8.groupChat)])),
        (911, ops(writes: [("outputs/sheet-music.md", "- fur-elise.md\n- guitar/\n- piano/\n")])),
        (911, ops(writes: [("outputs/sheet-music.md", "- fur-elise.md\n- piano/clair-de-lune.md\n- piano/gymnopedie-1.md\n")])),
        (
            911,
            ops(writes: [
                (
                    "outputs/sheet-music.md",
                    "- fur-elise.md\n- guitar/greensleeves.md\n- guitar/romanza.md\n- piano/clair-de-lune.md\n- piano/gymnopedie-1.md\n- Moonlight Sonata\n- Cavatina\n"
                )
            ])
        ),
        (911, ops(writes: [("outputs/sheet-music.md", "fur-elise.md, greensleeves.md, romanza.md, clair-de-lune.md, gymnopedie-1.md\n")])),
        (
            911,
            ops(writes: [
                (
                    "memory/sheet-music/sheet-music.md",
                    "- fur-elise.md\n- guitar/greensleeves.md\n- guitar/romanza.md\n- piano/clair-de-lune.md\n- piano/gymnopedie-1.md\n"
                )
            ])
        ),
        (
            911,
            ops(writes: [
                (
                    "outputs/sheet-music.md",
                    "```\nfur-elise.md\nguitar/greensleeves.md\nguitar/romanza.md\npiano/clair-de-lune.md\npiano/gymnopedie-1.md\n```\n"
                )
            ])
        ),
        (
            911,
            ops(writes: [
                (
                    "outputs/sheet-music.md",
                    "- fur-elise.md\n- guitar/greensleeves.md\n- guitar/romanza.md\n- piano/clair-de-lune.md\n- piano/gymnopedie-1.md\n- piano/clair-de-lune.md\n"
                )
            ])
        ), (912, ops(writes: [("outputs/bake-sale-takings.md", Fresh8.takings2026)])),
        (
            912,
            ops(writes: [
                (
                    "outputs/bake-sale-takings.md",
                    "| stall | run_by | takings_eur |\n|---|---|---|\n| Cakes | Ingrid | 72.00 |\n| Tombola | Rosalind | 55.50 |\n| Books | Carys | 18.00 |\n"
                )
            ])
        ),
        (
            912,
            ops(writes: [
                (
                    "outputs/bake-sale-takings.md",
                    "| stall | run_by | takings_eur |\n|---|---|---|\n| Cakes | Ingrid | 61.00 |\n| Tombola | Mr Adeyemi | 84.50 |\n| Books | Carys | 23.20 |\n| Plants | Femi | 40.00 |\n"
                )
            ])
        ),
        (
            912,
            ops(writes: [
                (
                    "outputs/bake-sale-takings.md",
                    "| stall | run_by | takings_eur |\n|---|---|---|\n| Cakes | Ingrid | 84.50 |\n| Tombola | Mr Adeyemi | 61.00 |\n| Books | Carys | 23.20 |\n"
                )
            ])
        ),
        (
            912,
            ops(writes: [
                (
                    "outputs/bake-sale-takings.md",
                    "| stall | run_by | takings_eur |\n| Cakes | Ingrid | 84.50 |\n| Tombola | Mr Adeyemi | 61.00 |\n| Books | Carys | 23.20 |\n| Plants | Femi | 40.00 |\n"
                )
            ])
        ),
        (
            912,
            ops(writes: [
                (
                    "outputs/bake-sale-takings.md",
                    "| stall | takings_eur |\n|---|---|\n| Cakes | 84.50 |\n| Tombola | 61.00 |\n| Books | 23.20 |\n| Plants | 40.00 |\n"
                )
            ])
        ),
        (
            912,
            ops(writes: [
                (
                    "outputs/bake-sale-takings.md",
                    "```markdown\n| stall | run_by | takings_eur |\n|---|---|---|\n| Cakes | Ingrid | 84.50 |\n| Tombola | Mr Adeyemi | 61.00 |\n| Books | Carys | 23.20 |\n| Plants | Femi | 40.00 |\n```\n"
                )
            ])
        ),
        (
            912,
            ops(writes: [
                (
                    "outputs/takings.md",
                    "| stall | run_by | takings_eur |\n|---|---|---|\n| Cakes | Ingrid | 84.50 |\n| Tombola | Mr Adeyemi | 61.00 |\n| Books | Carys | 23.20 |\n| Plants | Femi | 40.00 |\n"
                )
            ])
        ),
        (
            913,
            ops(writes: [
                (
                    "skills/parcel-tracker/SKILL.md",
                    "# Parcel tracker\nWhen I mention a parcel I've ordered, add a line to memory/parcels.md with the shop, the item, the expected delivery date and the tracking number. When I say it has arrived, mark it as delivered.\n"
                )
            ])
        ),
        (
            913,
            ops(writes: [
                (
                    "skills/parcel-tracker/SKILL.md",
                    "---\nname: Parcel Tracker\ndescription: Keep a list of the parcels I'm expecting.\n---\nWhen I mention a parcel I've ordered, add a line to memory/parcels.md with the shop, the item, the expected delivery date and the tracking number. When I say it has arrived, mark it as delivered.\n"
                )
            ])
        ),
        (
            913,
            ops(writes: [
                (
                    "skills/parcel-tracker.md",
                    "---\nname: parcel-tracker\ndescription: Keep a list of the parcels I'm expecting.\n---\nWhen I mention a parcel I've ordered, add a line to memory/parcels.md with the shop, the item, the expected delivery date and the tracking number. When I say it has arrived, mark it as delivered.\n"
                )
            ])
        ),
        (
            913,
            ops(writes: [
                (
                    "skills/parcel-tracker/SKILL.md",
                    "---\nname: parcel-tracker\n---\nWhen I mention a parcel I've ordered, add a line to memory/parcels.md with the shop, the item, the expected delivery date and the tracking number. When I say it has arrived, mark it as delivered.\n"
                )
            ])
        ),
        (
            913,
            ops(writes: [
                (
                    "skills/parcel-tracker/SKILL.md",
                    "---\nname: parcel-tracker\ndescription: Keep a list of the parcels I'm expecting.\n---\nWhen I mention a parcel I've ordered, write down the shop, the item, the expected delivery date and the tracking number. When I say it has arrived, mark it as delivered.\n"
                )
            ])
        ),
        (
            913,
            ops(writes: [
                (
                    "skills/parcel-tracker/SKILL.md",
                    "---\nname: parcel-tracker\ndescription: Keep a list of the parcels I'm expecting.\n---\nWhen I mention a parcel I've ordered, add a line to memory/parcels.md with the shop, the item and the expected delivery date. When I say it has arrived, mark it as delivered.\n"
                )
            ])
        ),
        (
            913,
            ops(writes: [
                (
                    "skills/parcel-tracker/SKILL.md",
                    "```markdown\n---\nname: parcel-tracker\ndescription: Keep a list of the parcels I'm expecting.\n---\nWhen I mention a parcel I've ordered, add a line to memory/parcels.md with the shop, the item, the expected delivery date and the tracking number. When I say it has arrived, mark it as delivered.\n```\n"
                )
            ])
        ),
        (
            913,
            ops(writes: [
                (
                    "skills/birthday-cards/SKILL.md",
                    Fresh8.birthdayCards
                        + "\n## Parcels\nWhen I mention a parcel I've ordered, add a line to memory/parcels.md with the shop, the item, the expected delivery date and the tracking number. When I say it has arrived, mark it as delivered.\n"
                )
            ])
        ), (914, ops(writes: [("memory/helpers/open-tasks.sh", "#!/bin/sh\ngrep -rn -- '- [ ]' memory\n")])),
        (914, ops(writes: [("memory/helpers/open-tasks.sh", "#!/bin/sh\ngrep -rn '\\[x\\]' memory\n")])),
        (914, ops(writes: [("memory/helpers/open-tasks.sh", "#!/bin/sh\ngrep -n '\\[ \\]' memory/*.md\n")])),
        (914, ops(writes: [("memory/helpers/open-tasks.sh", "#!/bin/sh\ngrep -rh '\\[ \\]' memory\n")])),
        (914, ops(writes: [("memory/helpers/open-tasks.sh", "#!/bin/sh\ngrep -rc '\\[ \\]' memory\n")])),
        (914, ops(writes: [("memory/helpers/open-tasks.sh", "#!/bin/sh\ngrep -rn '\\[ \\]' memory/todo.md\n")])),
        (914, ops(writes: [("memory/helpers/open-tasks.sh", "#!/bin/sh\nfind memory -name '*.md' -exec grep '\\[ \\]' {} \\;\n")])),
        (
            914,
            ops(writes: [
                (
                    "memory/helpers/open-tasks.sh",
                    "#!/usr/bin/env python3\nimport pathlib\nfor p in pathlib.Path(\"memory\").rglob(\"*.md\"):\n    for line in p.read_text().splitlines():\n        if \"- [ ]\" in line:\n            print(p, line)\n"
                )
            ])
        ), (914, ops(writes: [("memory/helpers/open-tasks.sh", "```bash\n#!/bin/sh\ngrep -rn -- '- \\[ \\]' memory\n```\n")])),
        (914, ops(writes: [("memory/open-tasks.sh", "#!/bin/sh\ngrep -rn -- '- \\[ \\]' memory\n")])),
        (
            914,
            ops(writes: [("memory/helpers/open-tasks.sh", "#!/bin/sh\ngrep -rn -- '- \\[ \\]' memory\nsed -i 's/- \\[ \\]/- [x]/' memory/todo.md\n")])
        ),
        (914, ops(writes: [("memory/helpers/open-tasks.sh", "#!/bin/sh\n# grep -rn -- '- \\[ \\]' memory\nls memory\n")])),
        (914, ops(writes: [("memory/helpers/open-tasks.sh", "#!/bin/sh\ngrep -rn \"- \\[ \\]\" memory/\n")])),
        (914, ops(writes: [("memory/helpers/open-tasks.sh", "#!/bin/sh\ngrep -rvn '\\[ \\]' memory\n")])),
    ]
}

/// The eighth fresh part's fixtures and the helpers its checks share.
private enum Fresh8 {
    static let easterGuests = "# Easter lunch guests\n- Keiko: no pork\n- Bram: no nuts\n- Grandad Wyn: soft food only\n"
    static let menu = "# Saturday dinner: menu ideas\n- starter: roasted squash soup\n- main: mushroom and chestnut pie\n- pudding: poached pears\n"
    static let bills = """
        # Monthly bills
        - Rent: 950 EUR, on the 1st
        - Broadband (Fibrelink): 32.00 EUR, on the 12th
        - Water: 38.40 EUR, on the 20th
        - Mobile phones: 27.00 EUR, on the 25th
        - Streaming: 11.99 EUR, on the 28th

        """
    static let bills2025 =
        "# Monthly bills (2025)\n- Rent: 910 EUR, on the 1st\n- Broadband (Fibrelink): 32.00 EUR, on the 12th\n- Water: 36.10 EUR, on the 20th\n"
    static let bp = """
        # Blood pressure readings
        - 1 Dec, morning: 134/86, pulse 72
        - 3 Dec, evening: 129/83, pulse 70
        - 5 Dec, morning: 127/81, pulse 66

        """
    static let bpMum = "# Mum's blood pressure\n- 2 Dec: 141/88, pulse 75\n- 6 Dec: 138/85, pulse 73\n"
    static let starterLog = """
        # Starter feeding log (newest first)
        - 9 Dec: 50 g white, 50 g water; doubled in 8 hours
        - 6 Dec: 50 g white, 50 g water; sluggish, cold kitchen
        - 2 Dec: 50 g white, 50 g water; doubled in 7 hours

        """
    static let ryeLog =
        "# Rye starter log (newest first)\n- 10 Dec: 40 g rye, 40 g water; bubbly after 5 hours\n- 4 Dec: 40 g rye, 40 g water; slow\n"
    static let volunteering: [String: String] = [
        "memory/volunteering/new-note.md":
            "# Food bank shifts\n- Tuesdays, 4 to 7 pm: sorting donations\n- First Saturday of the month: the supermarket collection\nCoordinator: Bernadette, 07700 900461\n",
        "memory/volunteering/new-note-2.md": "# Sponsored walk\n12 miles on 21 March for the hospice. Raised 210 EUR so far.\n",
        "memory/volunteering/litter-pick.md": "# Litter pick\nLast Sunday of the month, 10 am, meet at the church gate.\n",
    ]
    static let officeReceipts = ["receipt-desk-chair.md", "receipt-monitor.md", "receipt-headset.md"]
    static let scans: [String: String] = [
        "memory/scans/receipt-desk-chair.md": "# Receipt: desk chair\nOfficeHub, 14 October, 189 EUR\n",
        "memory/scans/receipt-monitor.md": "# Receipt: monitor\n27-inch, Pixel Planet, 3 November, 245 EUR\n",
        "memory/scans/receipt-headset.md": "# Receipt: headset\nFor video calls, 22 November, 59 EUR\n",
        "memory/scans/receipt-sofa.md": "# Receipt: sofa\nLiving room, Cosy Living, 30 September, 899 EUR\n",
        "memory/scans/passport-renewal.md": "# Passport renewal\nPhotos done; form posted on 2 December.\n",
        "memory/home-office/receipts/receipt-webcam.md": "# Receipt: webcam\n8 September, 45 EUR\n",
    ]
    static let dog: [String: String] = [
        "memory/dog/moss-walks.md":
            "# Walking Moss\n- Twice a day, about 40 minutes each\n- On the lead by the road; off the lead in Hollins Park only\n- Keep her away from the sheep field\n- Treats are in the blue tin by the door\n",
        "memory/dog/bracken-walks.md": "# Walking Bracken (Mrs Dunne's dog, summer 2025)\n- Once a day, 20 minutes\n- Always on the lead\n",
        "memory/dog/moss-vet.md": "# Moss at the vet\nBooster due in April. The microchip number is in the kitchen drawer.\n",
    ]
    static let appointments: [String: String] = [
        "memory/appointments/physio-14-jan.md":
            "# Physio, 14 January\n10:15 with Aisling at the Canal Street clinic. Cancelled by the clinic; moved to 28 January.\n",
        "memory/appointments/physio-28-jan.md": "# Physio, 28 January\n11:40 with Aisling at the Canal Street clinic. Bring the exercise sheet.\n",
        "memory/appointments/optician-14-jan.md": "# Optician, 14 January\n3 pm: eye test, and choose new reading glasses.\n",
    ]
    static let galaEmail = """
        # Email from Otterbrook Swimming Club, 4 December

        Dear parents, our winter gala is on Saturday 16 January at Kingsmead Leisure Centre. Swimmers must arrive by \
        8:15 am for the warm-up, and the first race starts at 9 am; we expect to finish at about 1 pm. Every swimmer needs \
        their red club cap and a club T-shirt to wear between races, plus goggles, a towel, a water bottle and a snack. \
        Parents can watch from the balcony: tickets are 3 EUR at the door, and children under 5 go free. If your child \
        cannot swim on the day, please tell Coach Marta by 9 January so that we can change the relay teams. We also need \
        four volunteers to help with timekeeping; the sign-up sheet is on the noticeboard by the pool. Parking at the \
        leisure centre is limited, so please share lifts where you can. Thank you, the gala committee

        """
    static let clubFees = "# Club fees\nSpring term: 96 EUR, due by 10 January. Gala entry is included.\n"
    static let groupChat = """
        # Beech Road group chat: tradespeople (copied 8 December)

        Priti: Can anyone recommend a plumber? Our kitchen tap won't stop dripping.
        Lorcan: Ruairi Kavanagh sorted our boiler pipes last month. Quick and a fair price: 07700 900318
        Sue: Seconding Ruairi! And for anything electrical we always use Fatima at Brightspark, 07700 900725.
        Hamza: Whatever you do, don't use QuickFix Dave (07700 900999). He took a deposit and never came back.
        Lorcan: Also, if anyone needs a window cleaner, Jonno does the whole road on Thursdays. 07700 900154
        Priti: Thanks, everyone. Booking Ruairi now!

        """
    static let streetContacts = "# Neighbours\n- Lorcan (no. 12): 07700 900402\n- Sue (no. 15): 07700 900877\n- Priti (no. 20): 07700 900533\n"
    static let sheetMusic: [String: String] = [
        "memory/sheet-music/fur-elise.md": "# Für Elise (Beethoven)\nThe easy arrangement.\n",
        "memory/sheet-music/piano/clair-de-lune.md": "# Clair de Lune (Debussy)\nPedal marks pencilled in.\n",
        "memory/sheet-music/piano/gymnopedie-1.md": "# Gymnopédie No. 1 (Satie)\n",
        "memory/sheet-music/guitar/romanza.md": "# Romanza\nStandard tuning, no capo.\n",
        "memory/sheet-music/guitar/greensleeves.md": "# Greensleeves\nArranged for two guitars.\n",
        "memory/sheet-music-wishlist.md": "# Music I'd like\n- Moonlight Sonata\n- Cavatina\n",
        "memory/music-lessons.md": "# Lessons\nPiano on Wednesdays at 5 pm with Mr Haddad.\n",
    ]
    static let takings2026 = "stall,run_by,takings_eur\nCakes,Ingrid,84.50\nTombola,Mr Adeyemi,61.00\nBooks,Carys,23.20\nPlants,Femi,40.00\n"
    static let takings2025 = "stall,run_by,takings_eur\nCakes,Ingrid,72.00\nTombola,Rosalind,55.50\nBooks,Carys,18.00\n"
    static let birthdayCards =
        "---\nname: birthday-cards\ndescription: Remind me whose birthday cards to post this week.\n---\nRead memory/family/birthdays.md and list the cards to post by Friday.\n"
    static let helpers: [String: String] = [
        "memory/helpers/README.md": "Scripts I run from the workspace folder.\n",
        "memory/helpers/done-count.sh": "#!/bin/sh\n# How many boxes have I ticked in my notes?\ngrep -ro '\\[x\\]' memory | wc -l\n",
    ]

    /// Whether `text` notes each guest's need: Keiko vegan, Bram no gluten, Dolores no shellfish.
    static func isDietNote(_ text: String?) -> Bool {
        Judge.isPairedList(
            text, who: [#"\bkeiko\b"#, #"\bbram\b"#, #"\bdolores\b"#],
            what: [#"\bvegan|plant-based|animal products"#, #"gluten|co?eliac"#, #"shellfish"#])
    }

    /// Whether `text` sums up the gala email: a few short lines (a title aside), under half its
    /// length, about the gala on 16 January, with at least three of the things to know, nothing
    /// about the fees, and no January date or time that the email does not give.
    static func isGalaSummary(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let body = Judge.lines(t).filter { !$0.hasPrefix("#") }
        let low = body.joined(separator: " ").lowercased()
        let facts = [
            #"\bcaps?\b|t-?shirt|goggles|towel|\bkit\b"#, #"8[:.]15|warm-?up|arrive"#, #"marta|can'?t swim|cannot swim|unable to swim|relay"#,
            #"volunteer|timekeep|sign-?up"#, #"balcony|tickets?|spectat"#, #"\bpark|\blifts?\b|car-?shar"#, #"kingsmead|leisure cent"#,
            #"\bfinish|first race|\brac(es|ing)\b|\b(9|1)\s*(am|pm)\b|\b(9|13)[:.]00\b"#,
        ].filter { Judge.has(low, $0) }
        let dates =
            Judge.found(low, #"\b(\d{1,2})(?:st|nd|rd|th)?\s+jan"#)
            + Judge.found(low, #"\bjan[a-z]*\.?\s+(\d{1,2})\b(?!\s*(?:am|pm|a\.m|p\.m|[:.]\d))"#) + Judge.found(low, #"\b(\d{1,2})/0?1\b"#)
        let times =
            Judge.found(low, #"\b(\d{1,2}(?::\d{2}|\.\d{2})?)\s*(?:am|pm|a\.m\.|p\.m\.)"#)
            + Judge.found(low, #"\b(\d{1,2}:\d{2})(?!\s*(?:am|pm|a\.m|p\.m))\b"#)
        let clock = times.map { time -> String in
            let s = time.replacingOccurrences(of: ".", with: ":").replacingOccurrences(of: ":00", with: "")
            return s.hasPrefix("0") && s.count > 1 ? String(s.dropFirst()) : s
        }
        return body.count <= 6 && low.count >= 50 && low.count * 2 < galaEmail.count && facts.count >= 3
            && Judge.has(low, #"gala|\brac(e|ing)\b|\bswim"#)
            && Judge.hasDate(low, day: 16, month: 1) && !Judge.has(low, #"(?<![\d.])96(?![\d.])|\bfees?\b"#)
            && dates.allSatisfy { ["16", "9", "09"].contains($0) } && clock.allSatisfy { ["8:15", "9", "1", "13"].contains($0) }
    }

    /// The UK mobile numbers on `line` (07700 900318, +44 7700 900318, 07700-900318), by their last six digits.
    static func phones(_ line: String) -> [String] {
        let compact = line.replacingOccurrences(of: #"[\s().-]"#, with: "", options: .regularExpression)
        return Judge.found(compact, #"(?:\+44|0044|0)7700(\d{6})(?!\d)"#)
    }

    /// Whether `text` lists the three recommended tradespeople: one line each with their own number
    /// and no other, besides at most a title and a table header, and nobody warned against or
    /// any neighbour's own number.
    static func isTradesList(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let ls = Judge.lines(t).filter { !$0.hasPrefix("#") && !Judge.isTableRule($0) }.map { $0.lowercased() }
        let people = [(#"ruairi|kavanagh"#, "900318"), (#"fatima|brightspark"#, "900725"), (#"\bjonno\b"#, "900154")]
        guard !ls.contains(where: { Judge.has($0, #"\bdave\b|quickfix"#) }) else { return false }
        let numbered = ls.filter { !phones($0).isEmpty }
        guard numbered.count == 3, ls.count - numbered.count <= 2 else { return false }
        return people.allSatisfy { p in
            let m = numbered.filter { Judge.has($0, p.0) }
            return m.count == 1 && phones(m[0]) == [p.1] && people.allSatisfy { other in other.0 == p.0 || !Judge.has(m[0], other.0) }
        }
    }

    /// Whether `text` names the five pieces (by file name, path or title), each once, and nothing
    /// from beside the folder; besides them at most subfolder labels, and a title and a table
    /// header before them.
    static func isMusicList(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let entries = Judge.items(t).filter { !Judge.isTableRule($0) }.map { $0.lowercased() }
        guard !entries.contains(where: { Judge.has($0, #"moonlight|cavatina|wish|lesson|haddad"#) }) else { return false }
        let stems = [#"clair.?de.?lune"#, #"gymnop[ée]die"#, #"romanza"#, #"greensleeves"#, #"f[üu]r.?elise"#]
        let named = entries.indices.filter { i in stems.contains { Judge.has(entries[i], $0) } }
        guard named.count == stems.count, let first = named.first,
            stems.allSatisfy({ s in named.filter { Judge.has(entries[$0], s) }.count == 1 }),
            named.allSatisfy({ i in stems.filter { Judge.has(entries[i], $0) }.count == 1 })
        else { return false }
        let label =
            #"^\(?((memory/)?(sheet-music/)?(piano|guitar)|(memory/)?sheet-music|top[- ]level|loose|other|root)( (pieces|music|files|folder))?/?\)?$"#
        let others = entries.indices.filter { !named.contains($0) && !Judge.has(entries[$0], label) }
        return others.count <= 2 && others.allSatisfy { $0 < first && !entries[$0].contains(".md") }
    }

    /// Whether `text` is the 2026 takings as a Markdown table: at most titles (no CSV row) before
    /// it, nothing after, a header naming the stall, who ran it and the takings (in any column
    /// order), a rule, then one row per stall with its own person and amount (a currency aside).
    static func isTakingsTable(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let ls = Judge.lines(t)
        guard let start = ls.firstIndex(where: { tableCells($0) != nil }) else { return false }
        guard ls[..<start].allSatisfy({ $0.hasPrefix("#") || !$0.contains(",") }), ls[start...].allSatisfy({ tableCells($0) != nil }) else {
            return false
        }
        let rows = ls[start...].compactMap(tableCells)
        guard rows.count == 6, rows.allSatisfy({ $0.count == 3 }), rows[1].allSatisfy({ Judge.has($0, #"^:?-+:?$"#) }) else { return false }
        let header = rows[0].map { $0.lowercased() }
        guard let stall = header.firstIndex(where: { $0.contains("stall") }),
            let who = header.firstIndex(where: { !$0.contains("stall") && Judge.has($0, #"\brun|\bby\b|\bwho\b|volunteer|helper|\bname"#) }),
            let money = header.firstIndex(where: { Judge.has($0, #"taking|eur|€|amount|total|raised|money|sales"#) }),
            Set([stall, who, money]).count == 3
        else { return false }
        let want: [String: String] = ["cakes": "ingrid", "tombola": "mr adeyemi", "books": "carys", "plants": "femi"]
        let amounts: [String: Double] = ["cakes": 84.5, "tombola": 61, "books": 23.2, "plants": 40]
        var got: [String: String] = [:]
        var took: [String: Double] = [:]
        for row in rows[2...] {
            let name = row[stall].lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "*_ "))
            let amount = row[money].lowercased().replacingOccurrences(of: #"eur|€|\*|\s"#, with: "", options: .regularExpression)
            guard let a = Double(amount) else { return false }
            got[name] = row[who].lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "*_ "))
            took[name] = a
        }
        return got == want && took == amounts
    }

    /// A grep command's options, patterns and operands, as `grep` reads its words.
    struct GrepCall {
        var flags: Set<Character> = []
        var long: Set<String> = []
        var patterns: [String] = []
        var operands: [String] = []
    }

    /// The words of a shell command as the shell hands them on (quotes removed, a backslash
    /// escaping the next character), up to an unquoted `|`, `;` or `&`.
    static func shellWords(_ s: Substring) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            let next = s.index(after: i)
            if let q = quote {
                if c == q {
                    quote = nil
                } else if q == "\"", c == "\\", next < s.endIndex, "$`\"\\".contains(s[next]) {
                    word.append(s[next])
                    i = next
                } else {
                    word.append(c)
                }
            } else if c == "'" || c == "\"" {
                quote = c
                inWord = true
            } else if c == "\\" {
                if next < s.endIndex {
                    word.append(s[next])
                    i = next
                }
                inWord = true
            } else if c == " " || c == "\t" {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else if "|;&".contains(c) {
                break
            } else {
                word.append(c)
                inWord = true
            }
            i = s.index(after: i)
        }
        if inWord { words.append(word) }
        return words
    }

    /// How grep reads `words` (the words after its name): short options bundled or not, the ones
    /// that take an argument, long options, `--`, redirections skipped.
    static func grepCall(_ words: [String]) -> GrepCall {
        var call = GrepCall()
        var ended = false
        var i = 0
        let takesArgument: Set<Character> = ["e", "f", "m", "A", "B", "C", "d", "D"]
        while i < words.count {
            let w = words[i]
            if !ended && w == "--" {
                ended = true
            } else if !ended && w.hasPrefix("--") {
                let name = String(w.dropFirst(2).prefix { $0 != "=" })
                call.long.insert(name)
                if name == "regexp" {
                    if let eq = w.firstIndex(of: "=") {
                        call.patterns.append(String(w[w.index(after: eq)...]))
                    } else if i + 1 < words.count {
                        i += 1
                        call.patterns.append(words[i])
                    }
                }
            } else if !ended && w.hasPrefix("-") && w.count > 1 {
                var rest = Substring(w.dropFirst())
                while let c = rest.first {
                    rest = rest.dropFirst()
                    if takesArgument.contains(c) {
                        var argument = String(rest)
                        if rest.isEmpty && i + 1 < words.count {
                            i += 1
                            argument = words[i]
                        }
                        if c == "e" { call.patterns.append(argument) }
                        break
                    }
                    call.flags.insert(c)
                }
            } else if !w.contains(">") && !w.contains("<") {
                call.operands.append(w)
            }
            i += 1
        }
        if call.patterns.isEmpty, !call.operands.isEmpty { call.patterns = [call.operands.removeFirst()] }
        return call
    }

    /// Whether grep's `pattern` (basic unless `extended`, a plain string when `fixed`) matches `line`.
    static func grepMatches(_ pattern: String, fixed: Bool, extended: Bool, ignoreCase: Bool, _ line: String) -> Bool {
        if fixed { return ignoreCase ? line.lowercased().contains(pattern.lowercased()) : line.contains(pattern) }
        var re = ""
        if extended {
            re = pattern
        } else {
            // A basic expression in ICU's terms: \( \) \{ \} \| \+ \? are the operators, the bare characters literal.
            let cs = Array(pattern)
            var i = 0
            while i < cs.count {
                if cs[i] == "\\", i + 1 < cs.count {
                    re += "(){}|+?".contains(cs[i + 1]) ? String(cs[i + 1]) : "\\" + String(cs[i + 1])
                    i += 2
                } else {
                    re += "(){}|+?".contains(cs[i]) ? "\\" + String(cs[i]) : String(cs[i])
                    i += 1
                }
            }
        }
        guard let r = try? NSRegularExpression(pattern: re, options: ignoreCase ? [.caseInsensitive] : []) else { return false }
        return r.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
    }

    /// Whether `text` is a shell script (a shebang, if any, names a shell) that greps every note
    /// under memory/ (recursively, or through find, or a ** glob) for unticked checkboxes, with
    /// the file names shown; the pattern matches "- [ ]" and neither "- [x]" nor a plain list
    /// line; and it removes, moves or changes nothing. Comments and a fenced reply do not count.
    static func isOpenTasksScript(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let l = Judge.lines(t)
        if let first = l.first, first.hasPrefix("#!"), !Judge.has(first, #"\b(ba|z|da|k)?sh\b"#) { return false }
        let code = l.filter { !$0.hasPrefix("#") }
        let all = code.joined(separator: "\n")
        guard !Judge.has(all, #"-delete\b|\brm\b|\bmv\b|\btouch\b|\bsed\s+(-[a-z]*\s+)*-[a-z]*i|>>?\s*["']?(\./)?memory/"#) else { return false }
        let memoryVars = Set(Judge.found(all, #"\b([A-Za-z_][A-Za-z0-9_]*)=["']?(?:\./)?memory/?["']?(?:\s|;|$)"#))
        let cdMemory = Judge.has(all, #"\bcd\s+["']?(\./)?memory/?["']?(\s|$|;|&|\|)"#)
        let grepAt = try! NSRegularExpression(pattern: #"(?:^|[\s;&|(`$])([ef]?grep)\s"#)  // a constant pattern
        func isMemory(_ operand: String) -> Bool {
            if Judge.has(operand, #"^(\./)?memory(/|/\*|/\*/)?$"#) { return true }
            let name = operand.trimmingCharacters(in: CharacterSet(charactersIn: "${}"))
            return operand.hasPrefix("$") && memoryVars.contains(name)
        }
        for line in code {
            for m in grepAt.matches(in: line, range: NSRange(line.startIndex..., in: line)) {
                guard let whole = Range(m.range, in: line), let name = Range(m.range(at: 1), in: line) else { continue }
                let call = grepCall(shellWords(line[whole.upperBound...]))
                let flags = call.flags
                let quiet: Set<Character> = ["v", "c", "l", "L", "q", "h"]
                guard flags.isDisjoint(with: quiet),
                    call.long.isDisjoint(with: [
                        "invert-match", "count", "files-with-matches", "files-without-match", "quiet", "silent", "no-filename",
                    ]),
                    !call.patterns.isEmpty
                else { continue }
                let fixed = flags.contains("F") || call.long.contains("fixed-strings") || line[name] == "fgrep"
                let extended = flags.contains("E") || flags.contains("P") || call.long.contains("extended-regexp") || line[name] == "egrep"
                let ignoreCase = flags.contains("i") || call.long.contains("ignore-case")
                func hits(_ s: String) -> Bool {
                    call.patterns.contains { grepMatches($0, fixed: fixed, extended: extended, ignoreCase: ignoreCase, s) }
                }
                guard hits("- [ ] ring the plumber"), !hits("- [x] ring the plumber"), !hits("- ring the plumber") else { continue }
                let recursive =
                    flags.contains("r") || flags.contains("R") || call.long.contains("recursive") || call.long.contains("dereference-recursive")
                let named = flags.contains("H") || call.long.contains("with-filename")
                let viaFind =
                    Judge.has(line, #"\bfind\s+["']?((\./)?memory/?|\$\{?[A-Za-z_]+\}?)["']?\s"#)
                    && (named || Judge.has(line, #"\{\}\s*\+|\bxargs\b"#))
                let searchesMemory =
                    (recursive
                        && (call.operands.contains(where: isMemory)
                            || (cdMemory && call.operands.allSatisfy { [".", "./", "*"].contains($0) })))
                    || viaFind || (call.operands.contains { $0.contains("memory/**") } && all.contains("globstar"))
                if searchesMemory { return true }
            }
        }
        return false
    }
}
