import Foundation

/// A twentieth fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first nineteen: by someone who had not read the agent loop, its tools, its prompts, its tests or
/// any result. Fourteen intentions, numbered 2101 to 2114, one for each kind the issue names
/// (create, a piano tuner's booked visit with her name, day, time, fee and phone; edit in place, a
/// child's renewed passport's number and expiry lines, the rest of the note left; append fish as a
/// new last row of an aquarium's stock CSV; rename a home-brew batch note saved with a typo in its
/// name; move a returned parcel's note from the waiting folder into the refunded one; several
/// files, a new class teacher's name in the three notes that give it; copy a band's set list into
/// the sound engineer's folder; delete an old draft of a complaint, the sent letter, the reply and
/// another draft kept; summarise an orthodontist's treatment letter in three or four bullet points;
/// extract who still owes their share of the rent and how much, the one who has paid left out;
/// list-and-save the jigsaws that are complete, by the Complete line inside each; convert a garden
/// bird count from a Markdown table to JSON; a skill that shares out the children's chores so
/// nobody repeats last week's; a Python script that prints the business miles driven and the claim
/// at 45p a mile), each worded three ways as people word them (files named by path, by bare name or
/// by what they are; details given in passing; what to leave alone said casually), run as Steward
/// chooses. Every fixture holds a look-alike beside the right file (last year's tuning and the
/// lessons, the brother's passport with the same expiry and the checklist, the shrimp tank and the
/// water tests, the other note with the same typo and the previous batch, the parcel still waiting
/// and one refunded before, the autumn report and the parents' evening, the set list's draft and
/// the gigs list, the sent letter, the reply and the unfinished draft, last summer's check-up, the
/// flatmate who has paid and the writer's own share, the puzzles missing pieces or not checked and
/// the wish list, last year's count, another skill, last year's mileage). Judged by content as a
/// person would (other list markers, entry, row, key and column order, spacing, a title line, a
/// table for a list, another date, time, number or amount format, an aside saying what a value
/// was, strings for numbers, a wrapped JSON list, quoted CSV cells, a lost final newline, CRLF
/// pass) and by "nothing else changed" (the wrong file, the wrong folder, a copy where a move was
/// asked fail). Frozen in a commit of its own before any run with a model: never tune the loop on
/// it, and run it as it is (`STEWARD_SUITE_PART=fresh20`).
extension EverydayTaskSuite {
    static let fresh20: [Intention] = [
        Intention(
            number: 2101, kind: "create: a piano tuner's booked visit with her name, the day, the time, her fee and her phone",
            fixtures: Fresh20.piano,
            wordings: [
                (
                    .imperative,
                    "Create memory/piano/tuning-2027.md with this year's tuning: Ruth Lindqvist, Tuesday 16 February 2027 at 10 am, £85, phone 07700 900238"
                ),
                (
                    .request,
                    "Gerald's retired, so I've booked a new piano tuner, Ruth Lindqvist. Could you put it in a new note, tuning-2027.md in memory/piano? She's coming on Tuesday 16 February 2027 at 10 in the morning, it's £85, and her mobile is 07700 900238."
                ),
                (
                    .context,
                    "The piano hasn't been tuned for a year and Maya's exam is in June, so I've booked someone new. Please write memory/piano/tuning-2027.md with the tuner's name (Ruth Lindqvist), the day (Tuesday 16 February 2027), the time (10 am), her fee (£85) and her number, 07700 900238. Leave last year's tuning note and the lessons note alone."
                ),
            ], changed: ["memory/piano/tuning-2027.md"],
            check: { f in Fresh20.isTuning(f("memory/piano/tuning-2027.md")) && Judge.untouched(f, Array(Fresh20.piano.keys), Fresh20.piano) },
            solution: ops(writes: [("memory/piano/tuning-2027.md", Fresh20.tuning)])),
        Intention(
            number: 2102, kind: "edit in place: a child's renewed passport's number and expiry, the brother's with the same expiry left",
            fixtures: Fresh20.passports,
            wordings: [
                (.imperative, "In memory/documents/passport-ella.md, change the number to 583920164 and the expiry to 4 March 2032"),
                (
                    .request,
                    "Ella's new passport came today! Could you update passport-ella.md in memory/documents? The new number's 583920164 and it expires on 4 March 2032."
                ),
                (
                    .context,
                    "Ella's passport was about to run out and the renewed one arrived this morning. Please update memory/documents/passport-ella.md: the number is now 583920164 and it expires on 4 March 2032. Everything else in the note stays, and don't touch Leo's, his renewal is still in the post even though his old one has the same expiry date."
                ),
            ], changed: ["memory/documents/passport-ella.md"],
            check: { f in
                Fresh20.isPassport(f("memory/documents/passport-ella.md"))
                    && Judge.untouched(
                        f, ["memory/documents/passport-leo.md", "memory/documents/travel-insurance.md", "memory/documents/checklist.md"],
                        Fresh20.passports)
            },
            solution: ops(writes: [("memory/documents/passport-ella.md", Fresh20.newPassport(Fresh20.newNumber, Fresh20.newExpiry))])),
        Intention(
            number: 2103, kind: "append: new fish as a last row of an aquarium's stock CSV, the shrimp tank's file left", fixtures: Fresh20.aquarium,
            wordings: [
                (.imperative, "Add a row to the end of memory/aquarium/stock.csv: 2027-01-23, harlequin rasbora, 8, 2.25"),
                (
                    .request,
                    "Just got eight harlequin rasboras for the big tank, £2.25 each. Could you add them to the bottom of memory/aquarium/stock.csv? Today's 23 January 2027."
                ),
                (
                    .context,
                    "I log every fish that goes into the big tank in memory/aquarium/stock.csv, one row each time, newest at the bottom. Please add today's: 23 January 2027, 8 harlequin rasboras at 2.25 each, in the same columns as the rest. The shrimp tank has its own file, which stays as it is, and so do the water tests."
                ),
            ], changed: ["memory/aquarium/stock.csv"],
            check: { f in
                Fresh20.isStock(f("memory/aquarium/stock.csv"))
                    && Judge.untouched(
                        f, ["memory/aquarium/shrimp-tank.csv", "memory/aquarium/water-tests.csv", "memory/aquarium/tank.md"], Fresh20.aquarium)
            },
            solution: ops(writes: [
                ("memory/aquarium/stock.csv", Fresh20.aquarium["memory/aquarium/stock.csv"]! + "2027-01-23,harlequin rasbora,8,2.25\n")
            ])),
        Intention(
            number: 2104, kind: "rename: a home-brew batch note saved with a typo in its name, another with the same typo left",
            fixtures: Fresh20.brewing,
            wordings: [
                (.imperative, "Rename memory/brewing/ipa-bactch-7.md to memory/brewing/ipa-batch-7.md"),
                (
                    .request,
                    "I typed 'bactch' when I saved my last IPA note. Could you rename ipa-bactch-7.md in memory/brewing to ipa-batch-7.md so it sits next to batch 6?"
                ),
                (
                    .context,
                    "My brewing notes are named ipa-batch-6 and so on, but I fat-fingered the newest one as memory/brewing/ipa-bactch-7.md. Please rename it to memory/brewing/ipa-batch-7.md and don't change anything inside it. The stout note has the same typo, but I'm binning it soon anyway, so leave it be."
                ),
            ], changed: ["memory/brewing/ipa-bactch-7.md", "memory/brewing/ipa-batch-7.md"],
            check: { f in
                Judge.moved(f, "memory/brewing/ipa-bactch-7.md", to: "memory/brewing/ipa-batch-7.md", Fresh20.brewing)
                    && Judge.untouched(
                        f, ["memory/brewing/stout-bactch-2.md", "memory/brewing/ipa-batch-6.md", "memory/brewing/kit.md"], Fresh20.brewing)
            }, solution: ops(#"{"op":"move","from":"memory/brewing/ipa-bactch-7.md","to":"memory/brewing/ipa-batch-7.md"}"#)),
        Intention(
            number: 2105, kind: "move into a folder: a returned parcel's note from the waiting folder into the refunded one",
            fixtures: Fresh20.returns,
            wordings: [
                (.imperative, "Move memory/shopping/returns/waiting/walking-boots.md into memory/shopping/returns/refunded"),
                (
                    .request,
                    "Trailhaus finally refunded the boots, £89.99 back on my card. Could you move their note from the waiting folder to the refunded one in memory/shopping/returns?"
                ),
                (
                    .context,
                    "I keep a note for each parcel I send back in memory/shopping/returns/waiting until the money's back, then it goes in memory/shopping/returns/refunded. The £89.99 for the walking boots came through today, so please move memory/shopping/returns/waiting/walking-boots.md to the refunded folder, same name and same words. The rain coat is still waiting, so that one stays put."
                ),
            ], changed: ["memory/shopping/returns/waiting/walking-boots.md", "memory/shopping/returns/refunded/walking-boots.md"],
            check: { f in
                Judge.moved(
                    f, "memory/shopping/returns/waiting/walking-boots.md", to: "memory/shopping/returns/refunded/walking-boots.md", Fresh20.returns)
                    && Judge.untouched(
                        f,
                        [
                            "memory/shopping/returns/waiting/rain-coat.md", "memory/shopping/returns/refunded/desk-lamp.md",
                            "memory/shopping/returns/how-to-return.md",
                        ], Fresh20.returns)
            },
            solution: ops(
                #"{"op":"move","from":"memory/shopping/returns/waiting/walking-boots.md","to":"memory/shopping/returns/refunded/walking-boots.md"}"#)),
        Intention(
            number: 2106, kind: "several files: a new class teacher's name in the three notes that give it, the old reports left",
            fixtures: Fresh20.school,
            wordings: [
                (.imperative, "Replace Miss Green with Mr Adeyemi in memory/school/amir/class-contacts.md, pickup.md and reading.md"),
                (
                    .request,
                    "Miss Green's gone on maternity leave and Amir's class has Mr Adeyemi until the summer. Could you change her name to his in class-contacts.md, pickup.md and reading.md in memory/school/amir?"
                ),
                (
                    .context,
                    "From February Amir's teacher is Mr Adeyemi, covering Miss Green's maternity leave. Please put Mr Adeyemi where Miss Green is in memory/school/amir/class-contacts.md, pickup.md and reading.md, and change nothing else in them. The autumn report and the parents' evening notes are what she said back then, so they stay as they are, and Zara's notes have nothing to do with it."
                ),
            ], changed: Set(Fresh20.teacherNotes.map { "memory/school/amir/\($0)" }),
            check: { f in
                Fresh20.teacherNotes.allSatisfy {
                    Fresh20.hasNewTeacher(f("memory/school/amir/\($0)"), Fresh20.school["memory/school/amir/\($0)"])
                }
                    && Judge.untouched(
                        f,
                        ["memory/school/amir/report-autumn.md", "memory/school/amir/parents-evening.md", "memory/school/zara/class-contacts.md"],
                        Fresh20.school)
            },
            solution: ops(writes: Fresh20.newTeacher(contacts: "Mr Adeyemi", pickup: "Mr Adeyemi", reading: "Mr Adeyemi"))),
        Intention(
            number: 2107, kind: "copy: a band's set list into the sound engineer's folder, the final one not the draft",
            fixtures: Fresh20.band,
            wordings: [
                (.imperative, "Copy memory/band/setlist-fox-and-hounds.md to memory/band/sound/setlist-fox-and-hounds.md"),
                (
                    .request,
                    "Dev's doing our sound on Saturday and wants the set list. Could you put a copy of setlist-fox-and-hounds.md in his folder, memory/band/sound, under the same name? Ours stays where it is."
                ),
                (
                    .context,
                    "For the Fox & Hounds gig Dev, our sound guy, reads everything from memory/band/sound. Please copy memory/band/setlist-fox-and-hounds.md into that folder with the same name, exactly as it is, and keep the original. Not the draft, that's from before Kev changed the songs, and the gigs list is none of his business."
                ),
            ], changed: ["memory/band/sound/setlist-fox-and-hounds.md"],
            check: { f in
                let copy = f("memory/band/sound/setlist-fox-and-hounds.md")
                return copy != nil && !Judge.fenced(copy!) && Judge.lines(copy) == Judge.lines(Fresh20.band["memory/band/setlist-fox-and-hounds.md"])
                    && Fresh20.band.keys.allSatisfy { f($0) == Fresh20.band[$0] }
            }, solution: ops(writes: [("memory/band/sound/setlist-fox-and-hounds.md", Fresh20.band["memory/band/setlist-fox-and-hounds.md"]!)])),
        Intention(
            number: 2108, kind: "delete: an old draft of a luggage complaint, the sent letter, the reply and an unfinished draft kept",
            fixtures: Fresh20.complaints,
            wordings: [
                (.imperative, "Delete memory/complaints/skyways-luggage-draft.md"),
                (
                    .request,
                    "The Skyways complaint's long gone off, so I don't need the draft any more. Could you delete skyways-luggage-draft.md from memory/complaints? The one I sent and their reply stay."
                ),
                (
                    .context,
                    "I sent the proper luggage complaint to Skyways weeks ago and the old draft just confuses me. Please delete memory/complaints/skyways-luggage-draft.md, and only that: the sent letter and Skyways' reply stay, and the pothole draft is one I haven't finished yet, so definitely keep it."
                ),
            ], changed: ["memory/complaints/skyways-luggage-draft.md"],
            check: { f in
                f("memory/complaints/skyways-luggage-draft.md") == nil
                    && Judge.untouched(
                        f, ["memory/complaints/skyways-luggage-sent.md", "memory/complaints/skyways-reply.md", "memory/complaints/pothole-draft.md"],
                        Fresh20.complaints)
            }, solution: ops(#"{"op":"delete","path":"memory/complaints/skyways-luggage-draft.md"}"#)),
        Intention(
            number: 2109, kind: "summarise: an orthodontist's letter about a child's brace in three or four bullet points",
            fixtures: Fresh20.brace,
            wordings: [
                (.imperative, "Summarise memory/family/noah/orthodontist-letter.md in three or four bullet points in outputs/noah-brace-summary.md"),
                (
                    .request,
                    "The orthodontist's letter about Noah's brace is a lot to take in. Could you read orthodontist-letter.md in memory/family/noah and put the gist in three or four bullet points in outputs/noah-brace-summary.md? Mostly when it goes on, how long it all takes, what it costs us and what he can't eat."
                ),
                (
                    .context,
                    "Noah's getting a brace and his dad hasn't read the orthodontist's letter. Please read memory/family/noah/orthodontist-letter.md and write three or four short bullet points to outputs/noah-brace-summary.md: when the brace is fitted, how long the treatment lasts, what we'll have to pay for, and the foods to avoid. The check-up note from last summer is old news, so leave it out."
                ),
            ], changed: ["outputs/noah-brace-summary.md"], check: { f in Fresh20.isBraceSummary(f("outputs/noah-brace-summary.md")) },
            solution: ops(writes: [("outputs/noah-brace-summary.md", Fresh20.braceSummary)])),
        Intention(
            number: 2110, kind: "extract: the flatmates who still owe their share of the rent with how much, the one who paid left out",
            fixtures: Fresh20.flat,
            wordings: [
                (
                    .imperative,
                    "Extract who still owes rent and how much from memory/flat/february-rent.md into outputs/rent-owed.md, one person per line"
                ),
                (
                    .request,
                    "Could you go through my rent message in memory/flat/february-rent.md and list in outputs/rent-owed.md who still has to pay me for February, with how much each?"
                ),
                (
                    .context,
                    "I collect the flat's rent and pay the agent, and February's split is in the message I sent, memory/flat/february-rent.md. Please write to outputs/rent-owed.md each flatmate who still owes me, one per line with their amount. Anyone who's already paid doesn't go on it, and neither do I, and the Wi-Fi is a separate thing."
                ),
            ], changed: ["outputs/rent-owed.md"], check: { f in Fresh20.isRentOwed(f("outputs/rent-owed.md")) },
            solution: ops(writes: [("outputs/rent-owed.md", Fresh20.rentOwed)])),
        Intention(
            number: 2111, kind: "list-and-save: the jigsaws with all their pieces, by the Complete line inside each", fixtures: Fresh20.jigsaws,
            wordings: [
                (.imperative, "List the jigsaws in memory/jigsaws whose Complete line says yes and save the list to outputs/complete-jigsaws.md"),
                (
                    .request,
                    "The charity shop only takes jigsaws with all their pieces. Could you check the Complete line in each note in memory/jigsaws and put the ones that are complete in outputs/complete-jigsaws.md?"
                ),
                (
                    .context,
                    "I'm clearing out the jigsaw cupboard, and every puzzle has a note in memory/jigsaws with a Complete line. Please write the ones marked complete to outputs/complete-jigsaws.md, one per line, so I know which can go to the charity shop. Ones missing pieces or not checked yet don't count, and the wishlist is puzzles I haven't even got."
                ),
            ], changed: ["outputs/complete-jigsaws.md"], check: { f in Fresh20.isJigsawList(f("outputs/complete-jigsaws.md")) },
            solution: ops(writes: [("outputs/complete-jigsaws.md", "- Lighthouse at Dusk\n- Vintage World Map\n- Seaside Beach Huts\n")])),
        Intention(
            number: 2112, kind: "convert: a garden bird count from a Markdown table to JSON, one object per species", fixtures: Fresh20.birds,
            wordings: [
                (
                    .imperative,
                    "Convert the table in memory/birds/garden-count-2027.md to JSON in outputs/garden-count-2027.json: a list with one object per species and its count"
                ),
                (
                    .request,
                    "The bird count website lets you upload a JSON file. Could you turn the table in memory/birds/garden-count-2027.md into outputs/garden-count-2027.json, one object per bird with its species and how many?"
                ),
                (
                    .context,
                    "I did the garden bird count at the weekend and typed the results up as a table in memory/birds/garden-count-2027.md. Please convert that table to JSON in outputs/garden-count-2027.json: a list of objects, one per species, each with the species and the count as a number. Last year's count is separate, so don't mix it in."
                ),
            ], changed: ["outputs/garden-count-2027.json"], check: { f in Fresh20.isBirdJSON(f("outputs/garden-count-2027.json")) },
            solution: ops(writes: [("outputs/garden-count-2027.json", Fresh20.birdJSON)])),
        Intention(
            number: 2113, kind: "skill: a children's chores rota that gives nobody the chore they had last week", fixtures: Fresh20.chores,
            wordings: [
                (
                    .imperative,
                    "Create skills/chores-rota/SKILL.md, a skill named chores-rota with a description, that shares the chores in memory/family/chores.md among the children in memory/family/children.md, giving nobody a chore they had in memory/family/rota-last-week.md, and writes the rota to outputs/chores-rota.md"
                ),
                (
                    .request,
                    "Could you make me a skill called chores-rota? Each Sunday it should take the jobs in memory/family/chores.md, split them between the kids listed in memory/family/children.md so no one gets the same job as last week (that's in memory/family/rota-last-week.md), and save the new rota to outputs/chores-rota.md."
                ),
                (
                    .context,
                    "The kids argue every week about whose turn it is. Please write a skill named chores-rota, with a name and a description in front matter like the packed-lunches skill, telling the agent to read the chores in memory/family/chores.md and the children in memory/family/children.md, hand the chores out so nobody repeats a chore they had last week according to memory/family/rota-last-week.md, and write the new rota to outputs/chores-rota.md. The packed-lunches skill stays as it is."
                ),
            ], changed: ["skills/chores-rota/SKILL.md"],
            check: { f in Fresh20.isChoresSkill(f("skills/chores-rota/SKILL.md")) && f("skills/packed-lunches/SKILL.md") == Fresh20.lunchesSkill },
            solution: ops(writes: [("skills/chores-rota/SKILL.md", Fresh20.choresSkill)])),
        Intention(
            number: 2114, kind: "script: a Python script that prints a tax year's business miles and the claim at 45p a mile",
            fixtures: Fresh20.mileage,
            wordings: [
                (
                    .imperative,
                    "Write memory/work/mileage-claim.py, a Python script that reads memory/work/mileage-2026-27.csv and prints the total miles and the claim at 45p a mile"
                ),
                (
                    .request,
                    "Could you write me a little Python script, mileage-claim.py in memory/work, that adds up the miles in this tax year's log, mileage-2026-27.csv in the same folder, and prints the total and what I can claim at 45p a mile?"
                ),
                (
                    .context,
                    "Work pays 45p a mile for driving to clients, and I log every trip in memory/work/mileage-2026-27.csv with the date, where from and to, the miles and why. Please write a Python script, memory/work/mileage-claim.py, that adds up the miles and prints the total and the amount to claim in pounds. Last year's log has been claimed already, so it mustn't be counted, and the script should only read, never change a file."
                ),
            ], changed: ["memory/work/mileage-claim.py"], check: { f in Fresh20.isMileageScript(f("memory/work/mileage-claim.py")) },
            solution: ops(writes: [("memory/work/mileage-claim.py", Fresh20.mileageScript)])),
    ]
}

extension EverydayTaskSuite {
    /// Correct results in other forms a careful person accepts (a table, another marker, a title,
    /// spacing, another date, time, number or amount format, an aside saying what a value was,
    /// another order, quoted CSV cells, strings for numbers, a wrapped JSON list with its keys named
    /// otherwise, a lost final newline, CRLF, paths or titles for names, another way to write the
    /// same skill or script), at least one per intention but the delete (2108), which has no other form.
    static let fresh20Alternatives: [(Int, String)] = [
        // The task's own words for the rule ("giving nobody a chore they had in …": the blind run's reply).
        (
            2113,
            ops(writes: [
                (
                    "skills/chores-rota/SKILL.md",
                    "---\nname: chores-rota\ndescription: Shares the chores among the children.\n---\n# Chores rota\n\n1. Shares the chores in memory/family/chores.md among the children in memory/family/children.md.\n2. Giving nobody a chore they had in memory/family/rota-last-week.md.\n3. Writes the rota to outputs/chores-rota.md.\n"
                )
            ])
        ),
        // One line, a comma after the fee (the blind run's own reply, refused for "85,").
        (2101, ops(writes: [("memory/piano/tuning-2027.md", "Ruth Lindqvist, Tuesday 16 February 2027 at 10 am, £85, phone 07700 900238\n")])),
        (
            2101,
            ops(writes: [
                (
                    "memory/piano/tuning-2027.md",
                    "# Tuning 2027\n\n| | |\n|---|---|\n| Tuner | Ruth Lindqvist (new; Gerald has retired) |\n| Date | Tue 16/02/2027 |\n| Time | 10:00 |\n| Price | £85.00 |\n| Mobile | +44 7700 900238 |\n"
                )
            ])
        ),
        (
            2101,
            ops(writes: [
                (
                    "memory/piano/tuning-2027.md",
                    "Ruth Lindqvist is tuning the piano on the 16th of February 2027 at ten in the morning. She charges 85 pounds. Her number is 07700900238."
                )
            ])
        ),
        (
            2101,
            ops(writes: [("memory/piano/tuning-2027.md", "Piano tuner\r\nRuth Lindqvist - 07700-900-238\r\n2027-02-16 at 10am\r\nGBP 85\r\n")])
        ),
        (
            2102,
            ops(writes: [
                (
                    "memory/documents/passport-ella.md",
                    Fresh20.newPassport("Number: 583920164 (was 561203847)", "Expires: 4 March 2032 (the old one ran out on 9 August 2026)")
                )
            ])
        ),
        (2102, ops(writes: [("memory/documents/passport-ella.md", Fresh20.newPassport("**Number:** 583 920 164", "**Expires:** 04/03/2032"))])),
        (
            2102,
            ops(writes: [
                (
                    "memory/documents/passport-ella.md",
                    Fresh20.newPassport("Number: 583920164", "Expiry: 4th March 2032").replacingOccurrences(of: "\n", with: "\r\n")
                        .trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            2103,
            ops(writes: [
                ("memory/aquarium/stock.csv", Fresh20.aquarium["memory/aquarium/stock.csv"]! + "\"2027-01-23\",\"Harlequin rasbora\",\"8\",\"£2.25\"")
            ])
        ),
        (
            2103,
            ops(writes: [
                (
                    "memory/aquarium/stock.csv",
                    (Fresh20.aquarium["memory/aquarium/stock.csv"]! + "23/01/2027,harlequin rasboras,eight,2.25\n").replacingOccurrences(
                        of: "\n", with: "\r\n")
                )
            ])
        ),
        (
            2103,
            ops(writes: [("memory/aquarium/stock.csv", Fresh20.aquarium["memory/aquarium/stock.csv"]! + "2027-01-23, harlequin rasbora, 8, 2.25\n\n")]
            )
        ),
        (
            2104,
            ops(
                writes: [("memory/brewing/ipa-batch-7.md", Fresh20.brewing["memory/brewing/ipa-bactch-7.md"]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/brewing/ipa-bactch-7.md"}"#)
        ),
        (
            2104,
            ops(
                writes: [
                    ("memory/brewing/ipa-batch-7.md", Fresh20.brewing["memory/brewing/ipa-bactch-7.md"]!.replacingOccurrences(of: "\n", with: "\r\n"))
                ],
                #"{"op":"delete","path":"memory/brewing/ipa-bactch-7.md"}"#)
        ),
        (
            2104,
            ops(
                writes: [("memory/brewing/ipa-batch-7.md", Fresh20.brewing["memory/brewing/ipa-bactch-7.md"]! + "\n\n")],
                #"{"op":"delete","path":"memory/brewing/ipa-bactch-7.md"}"#)
        ),
        (
            2105,
            ops(
                writes: [
                    (
                        "memory/shopping/returns/refunded/walking-boots.md",
                        Fresh20.returns["memory/shopping/returns/waiting/walking-boots.md"]!.trimmingCharacters(in: .newlines)
                    )
                ],
                #"{"op":"delete","path":"memory/shopping/returns/waiting/walking-boots.md"}"#)
        ),
        (
            2105,
            ops(
                writes: [
                    (
                        "memory/shopping/returns/refunded/walking-boots.md",
                        Fresh20.returns["memory/shopping/returns/waiting/walking-boots.md"]!.replacingOccurrences(of: "\n", with: "\r\n")
                    )
                ],
                #"{"op":"delete","path":"memory/shopping/returns/waiting/walking-boots.md"}"#)
        ),
        (
            2105,
            ops(
                writes: [
                    (
                        "memory/shopping/returns/refunded/walking-boots.md",
                        Fresh20.returns["memory/shopping/returns/waiting/walking-boots.md"]!.replacingOccurrences(of: "\n", with: "\n\n")
                    )
                ],
                #"{"op":"delete","path":"memory/shopping/returns/waiting/walking-boots.md"}"#)
        ),
        (2106, ops(writes: Fresh20.newTeacher(contacts: "Mr Adeyemi (covering for Miss Green)", pickup: "Mr Adeyemi", reading: "Mr Adeyemi"))),
        (
            2106,
            ops(
                writes: Fresh20.newTeacher(contacts: "Mr. Adeyemi", pickup: "Mr. Adeyemi", reading: "Mr Adeyemi").map {
                    ($0.0, $0.1.trimmingCharacters(in: .newlines))
                })
        ),
        (
            2106,
            ops(
                writes: Fresh20.newTeacher(
                    contacts: "Mr Adeyemi (maternity cover until July)", pickup: "Mr Adeyemi", reading: "Mr Adeyemi (was Miss Green)"
                ).map { ($0.0, $0.1.replacingOccurrences(of: "\n", with: "\r\n")) })
        ),
        (
            2107,
            ops(writes: [
                (
                    "memory/band/sound/setlist-fox-and-hounds.md",
                    Fresh20.band["memory/band/setlist-fox-and-hounds.md"]!.trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            2107,
            ops(writes: [
                (
                    "memory/band/sound/setlist-fox-and-hounds.md",
                    Fresh20.band["memory/band/setlist-fox-and-hounds.md"]!.replacingOccurrences(of: "\n", with: "\r\n")
                )
            ])
        ),
        (
            2107,
            ops(writes: [
                (
                    "memory/band/sound/setlist-fox-and-hounds.md",
                    Fresh20.band["memory/band/setlist-fox-and-hounds.md"]!.replacingOccurrences(of: "\n\n", with: "\n") + "\n"
                )
            ])
        ),
        (
            2109,
            ops(writes: [
                (
                    "outputs/noah-brace-summary.md",
                    "# Noah's brace\n\n* Fitted Tue 23/02/2027 at 16:10 (about an hour); adjustments every 6-8 weeks after that.\n* Treatment lasts about eighteen months.\n* Free on the NHS; a broken bracket costs £35 to repair each time, and night-time retainers at the end are £120 a pair.\n* Avoid toffee, popcorn, hard crusts and anything sticky.\n"
                )
            ])
        ),
        (
            2109,
            ops(writes: [
                (
                    "outputs/noah-brace-summary.md",
                    "1. Brace goes on Feb 23rd, 4:10pm.\n2. Takes around a year and a half in total.\n3. Nothing to pay on the NHS, except 35 GBP per repair if a bracket breaks.\n4. No hard or sticky food: toffee, popcorn and crusts are out."
                )
            ])
        ),
        (
            2109,
            ops(writes: [
                (
                    "outputs/noah-brace-summary.md",
                    "• The fixed brace is fitted on 23 February at 4.10 pm and stays on for about 18 months.\n• It's NHS, so free, but each repair visit for a broken bracket is £35.\n• He has to avoid hard and sticky food like toffee and popcorn.\n"
                )
            ])
        ),
        (
            2110,
            ops(writes: [
                (
                    "outputs/rent-owed.md",
                    "# Still to pay for February\n\n| Flatmate | Owes |\n|---|---|\n| Joel (big room) | £612.50 |\n| Sinead | £540.00 |\n| Priti | £495.00 |\n"
                )
            ])
        ),
        (2110, ops(writes: [("outputs/rent-owed.md", "Priti owes 495 GBP\nSinead owes 540 GBP\nJoel owes 612.5 GBP")])),
        (2110, ops(writes: [("outputs/rent-owed.md", "Still to pay:\n* Sinéad - £540\n* Joel - £612.50\n* Priti - £495\n")])),
        (
            2111,
            ops(writes: [
                (
                    "outputs/complete-jigsaws.md",
                    "# Complete, for the charity shop\n\n| Jigsaw | Pieces |\n|---|---|\n| Lighthouse at Dusk | 1000 |\n| Vintage World Map | 1500 |\n| Seaside Beach Huts | 750 |\n"
                )
            ])
        ),
        (
            2111,
            ops(writes: [
                ("outputs/complete-jigsaws.md", "memory/jigsaws/beach-huts.md\nmemory/jigsaws/lighthouse.md\nmemory/jigsaws/world-map.md")
            ])
        ),
        (2111, ops(writes: [("outputs/complete-jigsaws.md", "Complete:\n1. world-map.md\n2. lighthouse.md\n3. beach-huts.md (box squashed)\n")])),
        (
            2112,
            ops(writes: [
                (
                    "outputs/garden-count-2027.json",
                    "{\"date\":\"2027-01-25\",\"birds\":[{\"count\":2,\"species\":\"Wood pigeon\"},{\"count\":1,\"species\":\"Robin\"},{\"count\":5,\"species\":\"Goldfinch\"},{\"count\":2,\"species\":\"Blackbird\"},{\"count\":3,\"species\":\"Blue tit\"},{\"count\":7,\"species\":\"House sparrow\"}]}"
                )
            ])
        ),
        (
            2112,
            ops(writes: [
                (
                    "outputs/garden-count-2027.json",
                    "[\r\n  {\"Species\": \"House sparrow\", \"Most seen at once\": \"7\"},\r\n  {\"Species\": \"Blue tit\", \"Most seen at once\": \"3\"},\r\n  {\"Species\": \"Blackbird\", \"Most seen at once\": \"2\"},\r\n  {\"Species\": \"Goldfinch\", \"Most seen at once\": \"5\"},\r\n  {\"Species\": \"Robin\", \"Most seen at once\": \"1\"},\r\n  {\"Species\": \"Wood pigeon\", \"Most seen at once\": \"2\"}\r\n]\r\n"
                )
            ])
        ),
        (
            2112,
            ops(writes: [
                (
                    "outputs/garden-count-2027.json",
                    "[\n    {\n        \"bird\": \"house sparrow\",\n        \"number\": 7\n    },\n    {\n        \"bird\": \"blue tit\",\n        \"number\": 3\n    },\n    {\n        \"bird\": \"blackbird\",\n        \"number\": 2\n    },\n    {\n        \"bird\": \"goldfinch\",\n        \"number\": 5\n    },\n    {\n        \"bird\": \"robin\",\n        \"number\": 1\n    },\n    {\n        \"bird\": \"wood pigeon\",\n        \"number\": 2\n    }\n]"
                )
            ])
        ),
        (
            2113,
            ops(writes: [
                (
                    "skills/chores-rota/SKILL.md",
                    "---\nname: \"chores-rota\"\ndescription: >\n  This week's chores rota for the children.\n---\n\n# Chores rota\n\n1. Read `memory/family/chores.md` and `memory/family/children.md`.\n2. Read `memory/family/rota-last-week.md`.\n3. Assign each chore to a child, making sure no child gets the same chore as last week.\n4. Save the rota to `outputs/chores-rota.md`.\n"
                )
            ])
        ),
        (
            2113,
            ops(writes: [
                (
                    "skills/chores-rota/SKILL.md",
                    "---\nname: chores-rota\ndescription: |\n  Who does which chore this week.\n---\nTake the list in memory/family/chores.md and split it between the children in memory/family/children.md. Look at memory/family/rota-last-week.md first: nobody may repeat a chore from it. Write the result to outputs/chores-rota.md."
                )
            ])
        ),
        (
            2113,
            ops(writes: [
                (
                    "skills/chores-rota/SKILL.md",
                    "---\nname: chores-rota\ndescription: 'Weekly chores for Isla, Finn and Rosie, rotated fairly.'\n---\n- Chores: memory/family/chores.md\n- Children: memory/family/children.md\n- Last week: memory/family/rota-last-week.md\n- Give each child a fair share of the chores, each one different from the chore they did last week.\n- Output: outputs/chores-rota.md\n"
                )
            ])
        ),
        (
            2114,
            ops(writes: [
                (
                    "memory/work/mileage-claim.py",
                    "import pandas as pd\n\ndf = pd.read_csv(\"memory/work/mileage-2026-27.csv\")\nmiles = df[\"miles\"].sum()\nprint(f\"{miles:g} miles\")\nprint(f\"Claim: £{miles * 45 / 100:.2f}\")\n"
                )
            ])
        ),
        (
            2114,
            ops(writes: [
                (
                    "memory/work/mileage-claim.py",
                    "#!/usr/bin/env python3\n\"\"\"Business miles this tax year and the claim at 45p a mile.\"\"\"\nfrom decimal import Decimal\nfrom pathlib import Path\n\nRATE = Decimal(\"0.45\")\nrows = Path(__file__).with_name(\"mileage-2026-27.csv\").read_text().splitlines()[1:]\nmiles = sum(Decimal(r.split(\",\")[3]) for r in rows if r)\nprint(\"Miles:\", miles)\nprint(\"Claim: £\" + str((miles * RATE).quantize(Decimal(\"0.01\"))))\n"
                )
            ])
        ),
        (
            2114,
            ops(writes: [
                (
                    "memory/work/mileage-claim.py",
                    "import csv\n\n\ndef main():\n    with open(\"memory/work/mileage-2026-27.csv\", newline=\"\") as f:\n        miles = sum(float(row[\"miles\"]) for row in csv.DictReader(f))\n    claim = miles * 0.45\n    print(f\"{miles} miles, claim £{claim:.2f}\")\n\n\nif __name__ == \"__main__\":\n    main()\n"
                )
            ])
        ),
    ]

    /// Wrong or partial results that the twentieth fresh part's checks must refuse, at least six per intention.
    static let fresh20NearMisses: [(Int, String)] = [
        (2101, ops(writes: [("memory/piano/tuning-2027.md", Fresh20.tuning.replacingOccurrences(of: "16 February", with: "17 February"))])),
        (2101, ops(writes: [("memory/piano/tuning-2027.md", Fresh20.tuning.replacingOccurrences(of: "10 am", with: "10 pm"))])),
        (2101, ops(writes: [("memory/piano/tuning-2027.md", Fresh20.tuning.replacingOccurrences(of: "10 am", with: "11 am"))])),
        (2101, ops(writes: [("memory/piano/tuning-2027.md", Fresh20.tuning.replacingOccurrences(of: "£85", with: "£58"))])),
        (2101, ops(writes: [("memory/piano/tuning-2027.md", Fresh20.tuning.replacingOccurrences(of: "£85", with: "£70"))])),
        (2101, ops(writes: [("memory/piano/tuning-2027.md", Fresh20.tuning.replacingOccurrences(of: "900238", with: "900283"))])),
        (2101, ops(writes: [("memory/piano/tuning-2027.md", Fresh20.tuning.replacingOccurrences(of: "- Phone: 07700 900238\n", with: ""))])),
        (2101, ops(writes: [("memory/piano/tuning-2027.md", Fresh20.tuning.replacingOccurrences(of: "Ruth Lindqvist", with: "Gerald Moss"))])),
        (2101, ops(writes: [("memory/piano/tuning-2027.md", Fresh20.tuning.replacingOccurrences(of: "February 2027", with: "February 2026"))])),
        (2101, ops(writes: [("memory/piano/tuning-2027.md", Fresh20.tuning.replacingOccurrences(of: "Tuesday", with: "Wednesday"))])),
        (2101, ops(writes: [("memory/piano/tuning.md", Fresh20.tuning)])),
        (2101, ops(writes: [("memory/piano/tuning-2026.md", Fresh20.piano["memory/piano/tuning-2026.md"]! + "\n" + Fresh20.tuning)])),
        (
            2101,
            ops(writes: [
                ("memory/piano/tuning-2027.md", Fresh20.tuning),
                ("memory/piano/tuning-2026.md", Fresh20.piano["memory/piano/tuning-2026.md"]! + "Next: Ruth Lindqvist, 16 February 2027\n"),
            ])
        ),
        (2101, ops(writes: [("memory/piano/tuning-2027.md", "```markdown\n" + Fresh20.tuning + "```\n")])),
        (2102, ops(writes: [("memory/documents/passport-ella.md", Fresh20.newPassport(Fresh20.newNumber, Fresh20.oldExpiry))])),
        (2102, ops(writes: [("memory/documents/passport-ella.md", Fresh20.newPassport(Fresh20.oldNumber, Fresh20.newExpiry))])),
        (2102, ops(writes: [("memory/documents/passport-ella.md", Fresh20.newPassport("Number: 583920146", Fresh20.newExpiry))])),
        (2102, ops(writes: [("memory/documents/passport-ella.md", Fresh20.newPassport(Fresh20.newNumber, "Expires: 3 April 2032"))])),
        (2102, ops(writes: [("memory/documents/passport-ella.md", Fresh20.newPassport(Fresh20.newNumber, "Expires: 4 March 2031"))])),
        (
            2102,
            ops(writes: [("memory/documents/passport-ella.md", Fresh20.newPassport(Fresh20.newNumber, "Expires: 9 August 2026, now 4 March 2032"))])
        ),
        (
            2102,
            ops(writes: [
                ("memory/documents/passport-ella.md", Fresh20.newPassport(Fresh20.newNumber, Fresh20.newExpiry)),
                (
                    "memory/documents/passport-leo.md",
                    Fresh20.passports["memory/documents/passport-leo.md"]!.replacingOccurrences(of: "9 August 2026", with: "4 March 2032")
                ),
            ])
        ),
        (
            2102,
            ops(writes: [
                (
                    "memory/documents/passport-leo.md",
                    Fresh20.passports["memory/documents/passport-leo.md"]!.replacingOccurrences(of: "561203851", with: "583920164")
                        .replacingOccurrences(of: "9 August 2026", with: "4 March 2032")
                )
            ])
        ),
        (
            2102,
            ops(writes: [
                ("memory/documents/passport-ella.md", Fresh20.passports[Fresh20.ella]! + "\(Fresh20.newNumber)\n\(Fresh20.newExpiry)\n")
            ])
        ),
        (
            2102,
            ops(writes: [
                (
                    "memory/documents/passport-ella.md",
                    Fresh20.newPassport(Fresh20.newNumber, Fresh20.newExpiry).replacingOccurrences(
                        of: "Kept in: the blue folder in the desk\n", with: "")
                )
            ])
        ),
        (
            2102,
            ops(writes: [("memory/documents/passport-ella.md", "```\n" + Fresh20.newPassport(Fresh20.newNumber, Fresh20.newExpiry) + "```\n")])
        ),
        (
            2102,
            ops(writes: [
                ("memory/documents/passport-ella.md", Fresh20.newPassport(Fresh20.newNumber, Fresh20.newExpiry)),
                (
                    "memory/documents/checklist.md",
                    Fresh20.passports["memory/documents/checklist.md"]!.replacingOccurrences(
                        of: "- Ella's passport\n", with: "- Ella's passport (new, 583920164)\n")
                ),
            ])
        ),
        (2102, ops(writes: [("memory/documents/passport-ella.md", "# Ella's passport\n\(Fresh20.newNumber)\n\(Fresh20.newExpiry)\n")])),
        (
            2103,
            ops(writes: [
                ("memory/aquarium/shrimp-tank.csv", Fresh20.aquarium["memory/aquarium/shrimp-tank.csv"]! + "2027-01-23,harlequin rasbora,8,2.25\n")
            ])
        ),
        (
            2103,
            ops(writes: [
                (
                    "memory/aquarium/stock.csv",
                    Fresh20.aquarium["memory/aquarium/stock.csv"]!.replacingOccurrences(
                        of: "price_each\n", with: "price_each\n2027-01-23,harlequin rasbora,8,2.25\n")
                )
            ])
        ),
        (
            2103,
            ops(writes: [("memory/aquarium/stock.csv", Fresh20.aquarium["memory/aquarium/stock.csv"]! + "2027-01-23,harlequin rasbora,6,2.25\n")])
        ),
        (
            2103,
            ops(writes: [("memory/aquarium/stock.csv", Fresh20.aquarium["memory/aquarium/stock.csv"]! + "2027-01-23,harlequin rasbora,8,2.52\n")])
        ),
        (
            2103,
            ops(writes: [("memory/aquarium/stock.csv", Fresh20.aquarium["memory/aquarium/stock.csv"]! + "2027-01-22,harlequin rasbora,8,2.25\n")])
        ),
        (
            2103,
            ops(writes: [("memory/aquarium/stock.csv", Fresh20.aquarium["memory/aquarium/stock.csv"]! + "2026-01-23,harlequin rasbora,8,2.25\n")])
        ),
        (
            2103,
            ops(writes: [("memory/aquarium/stock.csv", Fresh20.aquarium["memory/aquarium/stock.csv"]! + "2027-01-23,rummy-nose rasbora,8,2.25\n")])
        ),
        (
            2103,
            ops(writes: [("memory/aquarium/stock.csv", Fresh20.aquarium["memory/aquarium/stock.csv"]! + "2027-01-23,harlequin rasbora,2.25,8\n")])
        ),
        (
            2103,
            ops(writes: [("memory/aquarium/stock.csv", Fresh20.aquarium["memory/aquarium/stock.csv"]! + "2027-01-23,harlequin rasbora,8,18.00\n")])
        ),
        (
            2103,
            ops(writes: [
                ("memory/aquarium/stock.csv", Fresh20.aquarium["memory/aquarium/stock.csv"]! + "| 2027-01-23 | harlequin rasbora | 8 | 2.25 |\n")
            ])
        ),
        (
            2103,
            ops(writes: [
                (
                    "memory/aquarium/stock.csv",
                    Fresh20.aquarium["memory/aquarium/stock.csv"]! + "2027-01-23,harlequin rasbora,8,2.25\n2027-01-23,harlequin rasbora,8,2.25\n"
                )
            ])
        ),
        (2103, ops(writes: [("memory/aquarium/stock.csv", "date_added,fish,count,price_each\n2027-01-23,harlequin rasbora,8,2.25\n")])),
        (2103, ops(writes: [("memory/aquarium/stock.csv", Fresh20.aquarium["memory/aquarium/stock.csv"]! + "2027-01-23,harlequin rasbora,8\n")])),
        (
            2103,
            ops(writes: [
                (
                    "memory/aquarium/stock.csv",
                    "```csv\n" + Fresh20.aquarium["memory/aquarium/stock.csv"]! + "2027-01-23,harlequin rasbora,8,2.25\n```\n"
                )
            ])
        ),
        (
            2103,
            ops(writes: [
                ("memory/aquarium/stock.csv", Fresh20.aquarium["memory/aquarium/stock.csv"]! + "2027-01-23,harlequin rasbora,8,2.25\n"),
                ("memory/aquarium/tank.md", Fresh20.aquarium["memory/aquarium/tank.md"]! + "8 harlequin rasboras added 23 January\n"),
            ])
        ),
        (2104, ops(#"{"op":"move","from":"memory/brewing/stout-bactch-2.md","to":"memory/brewing/stout-batch-2.md"}"#)),
        (
            2104,
            ops(
                #"{"op":"move","from":"memory/brewing/ipa-bactch-7.md","to":"memory/brewing/ipa-batch-7.md"}"#,
                #"{"op":"move","from":"memory/brewing/stout-bactch-2.md","to":"memory/brewing/stout-batch-2.md"}"#)
        ),
        (2104, ops(writes: [("memory/brewing/ipa-batch-7.md", Fresh20.brewing["memory/brewing/ipa-bactch-7.md"]!)])),
        (2104, ops(#"{"op":"move","from":"memory/brewing/ipa-bactch-7.md","to":"memory/brewing/ipa-batch7.md"}"#)),
        (2104, ops(#"{"op":"move","from":"memory/brewing/ipa-bactch-7.md","to":"memory/brewing/ipa-batch-07.md"}"#)),
        (2104, ops(#"{"op":"move","from":"memory/brewing/ipa-bactch-7.md","to":"memory/ipa-batch-7.md"}"#)),
        (2104, ops(#"{"op":"move","from":"memory/brewing/ipa-bactch-7.md","to":"memory/brewing/ipa-batch-7.txt"}"#)),
        (2104, ops(#"{"op":"delete","path":"memory/brewing/ipa-bactch-7.md"}"#)),
        (
            2104,
            ops(
                writes: [
                    (
                        "memory/brewing/ipa-batch-7.md",
                        Fresh20.brewing["memory/brewing/ipa-bactch-7.md"]!.replacingOccurrences(
                            of: "# IPA, batch 7", with: "# IPA batch 7 (Citra/Mosaic)")
                    )
                ],
                #"{"op":"delete","path":"memory/brewing/ipa-bactch-7.md"}"#)
        ),
        (
            2104,
            ops(
                writes: [
                    (
                        "memory/brewing/ipa-batch-7.md",
                        Fresh20.brewing["memory/brewing/ipa-bactch-7.md"]!.replacingOccurrences(of: "Bottled 30 January: 38 bottles\n", with: "")
                    )
                ],
                #"{"op":"delete","path":"memory/brewing/ipa-bactch-7.md"}"#)
        ),
        (
            2104,
            ops(
                #"{"op":"move","from":"memory/brewing/ipa-bactch-7.md","to":"memory/brewing/ipa-batch-7.md"}"#,
                #"{"op":"delete","path":"memory/brewing/stout-bactch-2.md"}"#)
        ),
        (2105, ops(#"{"op":"move","from":"memory/shopping/returns/waiting/rain-coat.md","to":"memory/shopping/returns/refunded/rain-coat.md"}"#)),
        (
            2105,
            ops(
                #"{"op":"move","from":"memory/shopping/returns/waiting/walking-boots.md","to":"memory/shopping/returns/refunded/walking-boots.md"}"#,
                #"{"op":"move","from":"memory/shopping/returns/waiting/rain-coat.md","to":"memory/shopping/returns/refunded/rain-coat.md"}"#)
        ),
        (
            2105,
            ops(writes: [
                ("memory/shopping/returns/refunded/walking-boots.md", Fresh20.returns["memory/shopping/returns/waiting/walking-boots.md"]!)
            ])
        ),
        (2105, ops(#"{"op":"move","from":"memory/shopping/returns/waiting/walking-boots.md","to":"memory/shopping/returns/walking-boots.md"}"#)),
        (
            2105,
            ops(
                #"{"op":"move","from":"memory/shopping/returns/waiting/walking-boots.md","to":"memory/shopping/returns/refunded/walking-boots-refunded.md"}"#
            )
        ),
        (2105, ops(#"{"op":"move","from":"memory/shopping/returns/waiting/walking-boots.md","to":"memory/shopping/refunded/walking-boots.md"}"#)),
        (
            2105,
            ops(
                #"{"op":"move","from":"memory/shopping/returns/waiting/walking-boots.md","to":"memory/shopping/returns/refunded/waiting/walking-boots.md"}"#
            )
        ),
        (
            2105,
            ops(
                writes: [
                    (
                        "memory/shopping/returns/refunded/walking-boots.md",
                        Fresh20.returns["memory/shopping/returns/waiting/walking-boots.md"]! + "Refunded £89.99 today\n"
                    )
                ],
                #"{"op":"delete","path":"memory/shopping/returns/waiting/walking-boots.md"}"#)
        ),
        (2105, ops(#"{"op":"delete","path":"memory/shopping/returns/waiting/walking-boots.md"}"#)),
        (
            2105,
            ops(
                writes: [
                    (
                        "memory/shopping/returns/refunded/desk-lamp.md",
                        Fresh20.returns["memory/shopping/returns/refunded/desk-lamp.md"]! + "Walking boots refunded too, £89.99\n"
                    )
                ],
                #"{"op":"move","from":"memory/shopping/returns/waiting/walking-boots.md","to":"memory/shopping/returns/refunded/walking-boots.md"}"#)
        ),
        (
            2105,
            ops(
                writes: [
                    (
                        "memory/shopping/returns/refunded/walking-boots.md",
                        Fresh20.returns["memory/shopping/returns/waiting/walking-boots.md"]!.replacingOccurrences(of: "£89.99", with: "£98.99")
                    )
                ],
                #"{"op":"delete","path":"memory/shopping/returns/waiting/walking-boots.md"}"#)
        ),
        (
            2106,
            ops(
                writes: Fresh20.newTeacher(contacts: "Mr Adeyemi", pickup: "Mr Adeyemi", reading: "Mr Adeyemi").filter {
                    !$0.0.hasSuffix("reading.md")
                })
        ),
        (
            2106,
            ops(
                writes: Fresh20.newTeacher(contacts: "Mr Adeyemi", pickup: "Mr Adeyemi", reading: "Mr Adeyemi") + [
                    (
                        "memory/school/amir/report-autumn.md",
                        Fresh20.school["memory/school/amir/report-autumn.md"]!.replacingOccurrences(of: "Miss Green", with: "Mr Adeyemi")
                    )
                ])
        ),
        (
            2106,
            ops(
                writes: Fresh20.newTeacher(contacts: "Mr Adeyemi", pickup: "Mr Adeyemi", reading: "Mr Adeyemi") + [
                    (
                        "memory/school/amir/parents-evening.md",
                        Fresh20.school["memory/school/amir/parents-evening.md"]!.replacingOccurrences(of: "Miss Green", with: "Mr Adeyemi")
                    )
                ])
        ),
        (
            2106,
            ops(
                writes: Fresh20.newTeacher(contacts: "Mr Adeyemi", pickup: "Mr Adeyemi", reading: "Mr Adeyemi") + [
                    (
                        "memory/school/zara/class-contacts.md",
                        Fresh20.school["memory/school/zara/class-contacts.md"]! + "Amir's teacher is now Mr Adeyemi\n"
                    )
                ])
        ),
        (2106, ops(writes: Fresh20.newTeacher(contacts: "Mrs Adeyemi", pickup: "Mrs Adeyemi", reading: "Mrs Adeyemi"))),
        (2106, ops(writes: Fresh20.newTeacher(contacts: "Mr Adeyami", pickup: "Mr Adeyami", reading: "Mr Adeyami"))),
        (
            2106,
            ops(
                writes: Fresh20.newTeacher(contacts: "Miss Green / Mr Adeyemi", pickup: "Miss Green or Mr Adeyemi", reading: "Mr Adeyemi"))
        ),
        (
            2106,
            ops(
                writes: Fresh20.teacherNotes.map {
                    ("memory/school/amir/\($0)", Fresh20.school["memory/school/amir/\($0)"]! + "Teacher from February: Mr Adeyemi\n")
                })
        ),
        (
            2106,
            ops(
                writes: Fresh20.newTeacher(contacts: "Mr Adeyemi", pickup: "Mr Adeyemi", reading: "Mr Adeyemi").map {
                    ($0.0, $0.1.replacingOccurrences(of: "Teaching assistant: Mrs Begum", with: "Teaching assistant: Miss Green"))
                })
        ),
        (
            2106,
            ops(
                writes: Fresh20.newTeacher(contacts: "Mr Adeyemi", pickup: "Mr Adeyemi", reading: "Mr Adeyemi").map {
                    ($0.0, $0.1.replacingOccurrences(of: "3.15 pm", with: "3.30 pm"))
                })
        ),
        (
            2106,
            ops(
                writes: Fresh20.newTeacher(contacts: "Mr Adeyemi", pickup: "Mr Adeyemi", reading: "Mr Adeyemi").map {
                    ($0.0, $0.1.replacingOccurrences(of: "Wednesdays: Nana collects\n", with: ""))
                })
        ),
        (
            2106,
            ops(
                writes: Fresh20.newTeacher(contacts: "Mr Adeyemi", pickup: "Mr Adeyemi", reading: "Mr Adeyemi").map {
                    ($0.0, "```\n" + $0.1 + "```\n")
                })
        ),
        (2107, ops(#"{"op":"move","from":"memory/band/setlist-fox-and-hounds.md","to":"memory/band/sound/setlist-fox-and-hounds.md"}"#)),
        (2107, ops(writes: [("memory/band/sound/setlist-fox-and-hounds.md", Fresh20.band["memory/band/setlist-draft.md"]!)])),
        (2107, ops(writes: [("memory/band/sound/setlist-fox-and-hounds.md", Fresh20.band["memory/band/sound/stage-plot.md"]!)])),
        (2107, ops(writes: [("memory/sound/setlist-fox-and-hounds.md", Fresh20.band["memory/band/setlist-fox-and-hounds.md"]!)])),
        (2107, ops(writes: [("memory/band/sound/setlist.md", Fresh20.band["memory/band/setlist-fox-and-hounds.md"]!)])),
        (
            2107,
            ops(writes: [
                ("memory/band/sound/setlist-fox-and-hounds.md", "```markdown\n" + Fresh20.band["memory/band/setlist-fox-and-hounds.md"]! + "```\n")
            ])
        ),
        (
            2107,
            ops(writes: [
                (
                    "memory/band/sound/setlist-fox-and-hounds.md",
                    Fresh20.band["memory/band/setlist-fox-and-hounds.md"]! + "\n## For Dev\n- Keep the vocals up in Set 2\n"
                )
            ])
        ),
        (
            2107,
            ops(writes: [
                ("memory/band/sound/setlist-fox-and-hounds.md", Fresh20.band["memory/band/setlist-fox-and-hounds.md"]!),
                ("memory/band/setlist-fox-and-hounds.md", Fresh20.band["memory/band/setlist-fox-and-hounds.md"]! + "Copied to Dev's folder.\n"),
            ])
        ),
        (
            2107,
            ops(writes: [
                (
                    "memory/band/sound/setlist-fox-and-hounds.md",
                    Fresh20.band["memory/band/setlist-fox-and-hounds.md"]!.replacingOccurrences(of: "Encore: Chelsea Dagger\n", with: "")
                )
            ])
        ),
        (
            2107,
            ops(writes: [
                (
                    "memory/band/sound/setlist-fox-and-hounds.md",
                    Fresh20.band["memory/band/setlist-fox-and-hounds.md"]!.replacingOccurrences(
                        of: "1. Mr Brightside\n2. Valerie\n", with: "1. Valerie\n2. Mr Brightside\n")
                )
            ])
        ),
        (
            2107,
            ops(writes: [
                (
                    "memory/band/sound/stage-plot.md",
                    Fresh20.band["memory/band/sound/stage-plot.md"]! + "\n" + Fresh20.band["memory/band/setlist-fox-and-hounds.md"]!
                )
            ])
        ),
        (
            2107,
            ops(writes: [
                (
                    "memory/band/sound/setlist-fox-and-hounds.md",
                    Fresh20.band["memory/band/setlist-fox-and-hounds.md"]!.replacingOccurrences(of: "Set 2 (9.45 pm)", with: "Set 2 (9.30 pm)")
                )
            ])
        ),
        (2108, ops(#"{"op":"delete","path":"memory/complaints/skyways-luggage-sent.md"}"#)),
        (2108, ops(#"{"op":"delete","path":"memory/complaints/pothole-draft.md"}"#)),
        (
            2108,
            ops(
                #"{"op":"delete","path":"memory/complaints/skyways-luggage-draft.md"}"#,
                #"{"op":"delete","path":"memory/complaints/pothole-draft.md"}"#)
        ),
        (
            2108,
            ops(
                #"{"op":"delete","path":"memory/complaints/skyways-luggage-draft.md"}"#,
                #"{"op":"delete","path":"memory/complaints/skyways-luggage-sent.md"}"#)
        ),
        (2108, ops(writes: [("memory/complaints/skyways-luggage-draft.md", "")])),
        (
            2108,
            ops(#"{"op":"move","from":"memory/complaints/skyways-luggage-draft.md","to":"memory/complaints/archive/skyways-luggage-draft.md"}"#)
        ),
        (
            2108,
            ops(
                writes: [("memory/complaints/skyways-reply.md", Fresh20.complaints["memory/complaints/skyways-reply.md"]! + "Draft deleted.\n")],
                #"{"op":"delete","path":"memory/complaints/skyways-luggage-draft.md"}"#)
        ),
        (
            2108,
            ops(#"{"op":"move","from":"memory/complaints/skyways-luggage-draft.md","to":"memory/complaints/skyways-luggage-draft-old.md"}"#)
        ),
        (
            2108,
            ops(writes: [
                (
                    "memory/complaints/skyways-luggage-draft.md",
                    "SENT, see skyways-luggage-sent.md\n" + Fresh20.complaints["memory/complaints/skyways-luggage-draft.md"]!
                )
            ])
        ),
        (
            2108,
            ops(
                #"{"op":"delete","path":"memory/complaints/skyways-luggage-draft.md"}"#,
                #"{"op":"delete","path":"memory/complaints/skyways-luggage-sent.md"}"#,
                #"{"op":"delete","path":"memory/complaints/skyways-reply.md"}"#, #"{"op":"delete","path":"memory/complaints/pothole-draft.md"}"#)
        ),
        (2109, ops(writes: [("outputs/noah-brace-summary.md", Fresh20.orthodontistLetter)])),
        (
            2109,
            ops(writes: [
                (
                    "outputs/noah-brace-summary.md",
                    "- The brace goes on on Tuesday 23 February 2027 at 4.10 pm and treatment takes about 18 months.\n- It's free on the NHS, but each repair of a broken bracket costs £35.\n"
                )
            ])
        ),
        (
            2109,
            ops(writes: [
                (
                    "outputs/noah-brace-summary.md",
                    "Noah's brace goes on on Tuesday 23 February 2027 at 4.10 pm and treatment takes about 18 months. It's free on the NHS, but each repair of a broken bracket costs £35, so no toffee, popcorn or hard crusts.\n"
                )
            ])
        ),
        (2109, ops(writes: [("outputs/noah-brace-summary.md", Fresh20.braceSummary.replacingOccurrences(of: "23 February", with: "24 February"))])),
        (2109, ops(writes: [("outputs/noah-brace-summary.md", Fresh20.braceSummary.replacingOccurrences(of: "4.10 pm", with: "4.10 am"))])),
        (2109, ops(writes: [("outputs/noah-brace-summary.md", Fresh20.braceSummary.replacingOccurrences(of: "£35", with: "£53"))])),
        (2109, ops(writes: [("outputs/noah-brace-summary.md", Fresh20.braceSummary.replacingOccurrences(of: "18 months", with: "18 weeks"))])),
        (
            2109,
            ops(writes: [
                (
                    "outputs/noah-brace-summary.md",
                    Fresh20.braceSummary.replacingOccurrences(
                        of: "It's free on the NHS, but each repair of a broken bracket costs £35.", with: "Each repair of a broken bracket costs £35."
                    )
                )
            ])
        ),
        (
            2109,
            ops(writes: [
                (
                    "outputs/noah-brace-summary.md",
                    Fresh20.braceSummary.replacingOccurrences(
                        of: "- No toffee, popcorn, sticky food or hard crusts, so the brackets stay on.\n", with: ""
                    )
                    .replacingOccurrences(of: "a broken bracket", with: "a bracket that breaks")
                )
            ])
        ),
        (2109, ops(writes: [("outputs/noah-brace-summary.md", "```\n" + Fresh20.braceSummary + "```\n")])),
        (2109, ops(writes: [("memory/family/noah/brace-summary.md", Fresh20.braceSummary)])),
        (
            2109,
            ops(writes: [
                (
                    "outputs/noah-brace-summary.md",
                    Fresh20.braceSummary.replacingOccurrences(
                        of: "at £120 a pair.", with: "at £120 a pair; his next check-up at the dentist is in February too.")
                )
            ])
        ),
        (2109, ops(writes: [("outputs/noah-brace-summary.md", Fresh20.braceSummary.replacingOccurrences(of: "£120", with: "£150"))])),
        (
            2109,
            ops(writes: [
                (
                    "outputs/noah-brace-summary.md",
                    Fresh20.braceSummary + "- Give 48 hours' notice to cancel, on 01632 960771.\n"
                )
            ])
        ),
        (2110, ops(writes: [("outputs/rent-owed.md", Fresh20.rentOwed + "- Marcus: £540\n")])),
        (2110, ops(writes: [("outputs/rent-owed.md", Fresh20.rentOwed + "- Hana: £507.50\n")])),
        (2110, ops(writes: [("outputs/rent-owed.md", Fresh20.rentOwed.replacingOccurrences(of: "612.50", with: "621.50"))])),
        (2110, ops(writes: [("outputs/rent-owed.md", "- Joel: £612.50\n- Sinead: £540\n")])),
        (2110, ops(writes: [("outputs/rent-owed.md", "- Joel\n- Sinead\n- Priti\n")])),
        (2110, ops(writes: [("outputs/rent-owed.md", "- Joel: £540\n- Sinead: £612.50\n- Priti: £495\n")])),
        (2110, ops(writes: [("outputs/rent-owed.md", "Joel owes £612.50, Sinead £540 and Priti £495.\n")])),
        (2110, ops(writes: [("outputs/rent-owed.md", "```\n" + Fresh20.rentOwed + "```\n")])),
        (2110, ops(writes: [("memory/flat/rent-owed.md", Fresh20.rentOwed)])),
        (2110, ops(writes: [("outputs/rent-owed.md", Fresh20.rentOwed + "- Wi-Fi: £34 a month, to sort out next month\n")])),
        (2110, ops(writes: [("outputs/rent-owed.md", "- £612.50\n- £540\n- £495\n")])),
        (2110, ops(writes: [("outputs/rent-owed.md", "- Joel: £612.50\n- Sinead: £540\n- Marcus: £540\n- Priti: £495\n- Hana: £507.50\n")])),
        (
            2111,
            ops(writes: [
                (
                    "outputs/complete-jigsaws.md",
                    "- Lighthouse at Dusk\n- Cats in the Library\n- Vintage World Map\n- London Underground Map\n- Seaside Beach Huts\n- Autumn Forest\n"
                )
            ])
        ),
        (
            2111,
            ops(writes: [
                ("outputs/complete-jigsaws.md", "- Lighthouse at Dusk\n- Vintage World Map\n- London Underground Map\n- Seaside Beach Huts\n")
            ])
        ),
        (2111, ops(writes: [("outputs/complete-jigsaws.md", "- Lighthouse at Dusk\n- Vintage World Map\n")])),
        (
            2111,
            ops(writes: [("outputs/complete-jigsaws.md", "- Lighthouse at Dusk\n- Vintage World Map\n- Seaside Beach Huts\n- Cats in the Library\n")])
        ),
        (
            2111,
            ops(writes: [("outputs/complete-jigsaws.md", "The Lighthouse at Dusk, the Vintage World Map and the Seaside Beach Huts are complete.\n")])
        ),
        (2111, ops(writes: [("outputs/complete-jigsaws.md", "```\nlighthouse.md\nworld-map.md\nbeach-huts.md\n```\n")])),
        (2111, ops(writes: [("memory/jigsaws/complete.md", "- Lighthouse at Dusk\n- Vintage World Map\n- Seaside Beach Huts\n")])),
        (
            2111,
            ops(writes: [
                ("outputs/complete-jigsaws.md", "- Lighthouse at Dusk\n- Vintage World Map\n- Seaside Beach Huts\n- Starry Night\n- Puffins\n")
            ])
        ),
        (
            2111,
            ops(writes: [("outputs/complete-jigsaws.md", "- Lighthouse at Dusk\n- Vintage World Map\n- Seaside Beach Huts\n- Lighthouse at Dusk\n")])
        ),
        (
            2111,
            ops(writes: [
                (
                    "outputs/complete-jigsaws.md",
                    "- lighthouse.md: yes\n- cats-in-the-library.md: no\n- world-map.md: yes\n- tube-map.md: not checked\n- beach-huts.md: yes\n- autumn-forest.md: no\n"
                )
            ])
        ),
        (2111, ops(writes: [("outputs/complete-jigsaws.md", "- Vintage World Map\n- Seaside Beach Huts\n- Autumn Forest\n")])),
        (2112, ops(writes: [("outputs/garden-count-2027.json", Fresh20.birds["memory/birds/garden-count-2027.md"]!)])),
        (
            2112,
            ops(writes: [
                (
                    "outputs/garden-count-2027.json",
                    Fresh20.birdJSON.replacingOccurrences(of: "  {\"species\": \"Robin\", \"count\": 1},\n", with: "")
                )
            ])
        ),
        (
            2112,
            ops(writes: [
                (
                    "outputs/garden-count-2027.json",
                    Fresh20.birdJSON.replacingOccurrences(of: "\"House sparrow\", \"count\": 7", with: "\"House sparrow\", \"count\": 9")
                )
            ])
        ),
        (
            2112,
            ops(writes: [
                (
                    "outputs/garden-count-2027.json",
                    Fresh20.birdJSON.replacingOccurrences(of: "2}\n]", with: "2},\n  {\"species\": \"Starling\", \"count\": 4}\n]")
                )
            ])
        ),
        (
            2112,
            ops(writes: [
                (
                    "outputs/garden-count-2027.json",
                    "[[\"Species\", \"Most seen at once\"], [\"House sparrow\", 7], [\"Blue tit\", 3], [\"Blackbird\", 2], [\"Goldfinch\", 5], [\"Robin\", 1], [\"Wood pigeon\", 2]]\n"
                )
            ])
        ),
        (2112, ops(writes: [("outputs/garden-count-2027.json", "```json\n" + Fresh20.birdJSON + "```\n")])),
        (2112, ops(writes: [("memory/birds/garden-count-2027.json", Fresh20.birdJSON)])),
        (
            2112,
            ops(writes: [
                (
                    "outputs/garden-count-2027.json",
                    Fresh20.birdJSON.replacingOccurrences(of: "\"Robin\", \"count\": 1", with: "\"Robin\", \"count\": true")
                )
            ])
        ),
        (
            2112,
            ops(writes: [
                (
                    "outputs/garden-count-2027.json",
                    Fresh20.birdJSON.replacingOccurrences(of: "2}\n]", with: "2},\n  {\"species\": \"Total\", \"count\": 20}\n]")
                )
            ])
        ),
        (
            2112,
            ops(writes: [
                (
                    "outputs/garden-count-2027.json",
                    "[\n  {\"species\": \"House sparrow\", \"count\": 9},\n  {\"species\": \"Starling\", \"count\": 4},\n  {\"species\": \"Blue tit\", \"count\": 2}\n]\n"
                )
            ])
        ),
        (
            2112,
            ops(writes: [
                (
                    "outputs/garden-count-2027.json",
                    Fresh20.birdJSON.replacingOccurrences(of: "\"Blue tit\", \"count\": 3", with: "\"Blue tit\", \"count\": 2")
                        .replacingOccurrences(of: "\"Blackbird\", \"count\": 2", with: "\"Blackbird\", \"count\": 3")
                )
            ])
        ),
        (
            2112,
            ops(writes: [
                (
                    "outputs/garden-count-2027.json",
                    "[\n  {\"species\": \"House sparrow\"},\n  {\"species\": \"Blue tit\"},\n  {\"species\": \"Blackbird\"},\n  {\"species\": \"Goldfinch\"},\n  {\"species\": \"Robin\"},\n  {\"species\": \"Wood pigeon\"}\n]\n"
                )
            ])
        ),
        (
            2112,
            ops(writes: [
                (
                    "outputs/garden-count-2027.json",
                    Fresh20.birdJSON.replacingOccurrences(of: "\"count\": 7}", with: "\"count\": 7, \"date\": \"2027-01-25\"}")
                )
            ])
        ),
        (
            2113,
            ops(writes: [
                (
                    "skills/chores-rota/SKILL.md",
                    "# Chores rota\nRead memory/family/chores.md, memory/family/children.md and memory/family/rota-last-week.md, give each child chores they did not have last week and write the rota to outputs/chores-rota.md.\n"
                )
            ])
        ),
        (
            2113,
            ops(writes: [
                ("skills/chores-rota/SKILL.md", Fresh20.choresSkill.replacingOccurrences(of: "name: chores-rota", with: "name: Chores Rota"))
            ])
        ),
        (2113, ops(writes: [("skills/chores-rota.md", Fresh20.choresSkill)])),
        (
            2113,
            ops(writes: [
                (
                    "skills/chores-rota/SKILL.md",
                    Fresh20.choresSkill.replacingOccurrences(
                        of: "description: Share out the children's chores for the week, so nobody does the same chore two weeks running.\n", with: "")
                )
            ])
        ),
        (
            2113,
            ops(writes: [
                (
                    "skills/chores-rota/SKILL.md",
                    Fresh20.choresSkill.replacingOccurrences(
                        of:
                            "Give every chore to one child, sharing them out as evenly as you can, and never give a child a chore they had last week.\n",
                        with: "Give every chore to one child, sharing them out as evenly as you can.\n")
                )
            ])
        ),
        (
            2113,
            ops(writes: [
                ("skills/chores-rota/SKILL.md", Fresh20.choresSkill.replacingOccurrences(of: "outputs/chores-rota.md", with: "outputs/rota.md"))
            ])
        ),
        (
            2113,
            ops(writes: [
                (
                    "skills/chores-rota/SKILL.md",
                    Fresh20.choresSkill.replacingOccurrences(of: "memory/family/chores.md", with: "memory/family/jobs.md")
                )
            ])
        ),
        (
            2113,
            ops(writes: [
                (
                    "skills/chores-rota/SKILL.md",
                    Fresh20.choresSkill.replacingOccurrences(
                        of: "Check memory/family/rota-last-week.md to see who did what last week.\n", with: "")
                )
            ])
        ),
        (
            2113,
            ops(writes: [
                (
                    "skills/chores-rota/SKILL.md",
                    Fresh20.choresSkill.replacingOccurrences(of: " and the children in memory/family/children.md", with: "")
                )
            ])
        ),
        (2113, ops(writes: [("skills/chores-rota/SKILL.md", "```markdown\n" + Fresh20.choresSkill + "```\n")])),
        (
            2113,
            ops(writes: [
                (
                    "skills/packed-lunches/SKILL.md",
                    Fresh20.lunchesSkill
                        + "\n## Chores rota\nRead memory/family/chores.md and memory/family/children.md, give nobody a chore they had in memory/family/rota-last-week.md and write the rota to outputs/chores-rota.md.\n"
                )
            ])
        ),
        (
            2113,
            ops(writes: [
                ("skills/chores-rota/SKILL.md", Fresh20.choresSkill),
                ("skills/packed-lunches/SKILL.md", Fresh20.lunchesSkill + "See also the chores-rota skill.\n"),
            ])
        ),
        (
            2114,
            ops(writes: [
                ("memory/work/mileage-claim.py", Fresh20.mileageScript.replacingOccurrences(of: "mileage-2026-27.csv", with: "mileage-2025-26.csv"))
            ])
        ),
        (
            2114,
            ops(writes: [
                (
                    "memory/work/mileage-claim.py",
                    "import csv\n\ntotal = 0.0\nwith open(\"memory/work/mileage-2026-27.csv\") as f:\n    for row in csv.DictReader(f):\n        total += float(row[\"miles\"])\nprint(f\"Total: {total:g} miles\")\n"
                )
            ])
        ),
        (2114, ops(writes: [("memory/work/mileage-claim.py", Fresh20.mileageScript.replacingOccurrences(of: "0.45", with: "0.40"))])),
        (
            2114,
            ops(writes: [
                ("memory/work/mileage-claim.py", Fresh20.mileageScript.replacingOccurrences(of: "£{total * 0.45:.2f}", with: "£{total * 45:.2f}"))
            ])
        ),
        (
            2114,
            ops(writes: [
                (
                    "memory/work/mileage-claim.py",
                    Fresh20.mileageScript
                        + "with open(\"memory/work/mileage-claim.txt\", \"w\") as out:\n    out.write(f\"{total} miles, £{total * 0.45:.2f}\\n\")\n"
                )
            ])
        ),
        (2114, ops(writes: [("memory/work/mileage-claim.py", "```python\n" + Fresh20.mileageScript + "```\n")])),
        (
            2114,
            ops(writes: [
                (
                    "memory/work/mileage-claim.py",
                    "#!/bin/sh\nawk -F, 'NR > 1 { m += $4 } END { print m, m * 0.45 }' memory/work/mileage-2026-27.csv\n"
                )
            ])
        ),
        (
            2114,
            ops(writes: [
                (
                    "memory/work/mileage-claim.py",
                    Fresh20.mileageScript.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "# \($0)" }.joined(
                        separator: "\n")
                )
            ])
        ),
        (2114, ops(writes: [("outputs/mileage-claim.py", Fresh20.mileageScript)])),
        (2114, ops(writes: [("memory/work/mileage-claim.py", Fresh20.mileageScript.replacingOccurrences(of: "float(", with: "int("))])),
        (
            2114,
            ops(writes: [
                (
                    "memory/work/mileage-claim.py",
                    Fresh20.mileageScript.replacingOccurrences(
                        of: "with open(\"memory/work/mileage-2026-27.csv\") as f:\n    for row in csv.DictReader(f):\n        total",
                        with:
                            "for name in [\"memory/work/mileage-2025-26.csv\", \"memory/work/mileage-2026-27.csv\"]:\n  with open(name) as f:\n    for row in csv.DictReader(f):\n        total"
                    )
                )
            ])
        ),
        (
            2114,
            ops(writes: [
                (
                    "memory/work/mileage-claim.py",
                    "import csv\n\nwith open(\"memory/work/mileage-2026-27.csv\") as f:\n    trips = list(csv.DictReader(f))\nprint(f\"Trips: {len(trips)}\")\nprint(f\"Claim: £{len(trips) * 0.45:.2f}\")\n"
                )
            ])
        ),
    ]
}

/// The twentieth fresh part's fixtures and the helpers its checks share.
private enum Fresh20 {
    static let piano: [String: String] = [
        "memory/piano/tuning-2026.md":
            "# Piano tuning 2026\nTuned by Gerald Moss on 3 February 2026, £70\nMiddle C sticks when it's damp; he eased it\n",
        "memory/piano/piano.md": "# The piano\nYamaha U1 upright, bought secondhand in 2019 for £1,450\nKeep it off the radiator wall\n",
        "memory/piano/lessons.md": "# Maya's lessons\nWednesdays at 4.15 pm with Mrs Ellery, £22 a lesson\nGrade 3 exam on 12 June\n",
    ]
    static let tuning = "# Piano tuning 2027\n- Tuner: Ruth Lindqvist\n- When: Tuesday 16 February 2027, 10 am\n- Fee: £85\n- Phone: 07700 900238\n"

    static let ella = "memory/documents/passport-ella.md"
    static let oldNumber = "Number: 561203847"
    static let oldExpiry = "Expires: 9 August 2026"
    static let newNumber = "Number: 583920164"
    static let newExpiry = "Expires: 4 March 2032"
    static let passports: [String: String] = [
        ella:
            "# Ella's passport\nName: Ella Rose Hartley\n\(oldNumber)\n\(oldExpiry)\nKept in: the blue folder in the desk\nRenew at: gov.uk, allow three weeks\n",
        "memory/documents/passport-leo.md":
            "# Leo's passport\nName: Leo James Hartley\nNumber: 561203851\nExpires: 9 August 2026\nKept in: the blue folder in the desk\n",
        "memory/documents/travel-insurance.md": "# Travel insurance\nFamily annual policy with Harbour, £96.40 a year, renews 1 May\n",
        "memory/documents/checklist.md": "# Before Spain in July\n- Ella's passport\n- Leo's passport\n- EHIC cards\n",
    ]
    /// Ella's passport note with its number and expiry lines replaced by `number` and `expiry`.
    static func newPassport(_ number: String, _ expiry: String) -> String {
        passports[ella]!.replacingOccurrences(of: oldNumber, with: number).replacingOccurrences(of: oldExpiry, with: expiry)
    }

    static let aquarium: [String: String] = [
        "memory/aquarium/stock.csv":
            "date_added,fish,count,price_each\n2026-09-12,neon tetra,10,1.75\n2026-09-12,bristlenose pleco,1,6.50\n2026-10-03,cherry barb,6,2.40\n2026-11-21,corydoras panda,5,3.95\n",
        "memory/aquarium/shrimp-tank.csv": "date_added,shrimp,count,price_each\n2026-10-10,cherry shrimp,12,1.20\n",
        "memory/aquarium/water-tests.csv": "date,ammonia,nitrite,nitrate,ph\n2027-01-16,0,0,20,7.2\n",
        "memory/aquarium/tank.md": "# The big tank\n120 litres, planted\nWater change: 25% every Sunday\n",
    ]

    static let brewing: [String: String] = [
        "memory/brewing/ipa-bactch-7.md":
            "# IPA, batch 7\nBrewed 9 January 2027\nOG 1.062, FG 1.012, about 6.6%\nHops: Citra and Mosaic, dry-hopped on day 5\nBottled 30 January: 38 bottles\n",
        "memory/brewing/stout-bactch-2.md": "# Oatmeal stout, batch 2 (tipped away, infected)\nBrewed 14 November 2026\n",
        "memory/brewing/ipa-batch-6.md": "# IPA, batch 6\nBrewed 31 October 2026\nOG 1.060, FG 1.011\n",
        "memory/brewing/kit.md": "# Kit\n- 23 litre fermenter\n- bottling wand\n- hydrometer\n",
    ]

    static let returns: [String: String] = [
        "memory/shopping/returns/waiting/walking-boots.md":
            "# Walking boots (Trailhaus)\nSent back 8 January from the Evri shop, tracking EV4471029\nRefund due: £89.99\n",
        "memory/shopping/returns/waiting/rain-coat.md":
            "# Rain coat (Northwind)\nSent back 15 January by post, tracking RM220918GB\nRefund due: £64.00\n",
        "memory/shopping/returns/refunded/desk-lamp.md": "# Desk lamp\nRefund of £24.50 received 4 December\n",
        "memory/shopping/returns/how-to-return.md": "# Returns\nMost shops give 28 days; keep the drop-off receipt until the money's back\n",
    ]

    static let teacherNotes = ["class-contacts.md", "pickup.md", "reading.md"]
    static let school: [String: String] = [
        "memory/school/amir/class-contacts.md":
            "# Amir's class: Year 3 Oak\nTeacher: Miss Green\nTeaching assistant: Mrs Begum\nOffice: office@brookfield.example.sch.uk\n",
        "memory/school/amir/pickup.md":
            "# Pick-up\nYear 3 come out of the side gate at 3.15 pm; wave to Miss Green at the door so the school knows who's collecting\nWednesdays: Nana collects\n",
        "memory/school/amir/reading.md": "# Reading diary\nSign it every Friday; Miss Green checks it on Mondays\nBook band: purple\n",
        "memory/school/amir/report-autumn.md":
            "# Autumn report (December 2026)\nMiss Green: reading is a real strength; times tables need practice at home\n",
        "memory/school/amir/parents-evening.md": "# Parents' evening, 18 November\nSaw Miss Green: settling in well, a bit chatty on the carpet\n",
        "memory/school/zara/class-contacts.md": "# Zara's class: Year 6 Ash\nTeacher: Mr Okoro\nSATs week: 10 May\n",
    ]
    /// The three notes with Miss Green written `contacts`, `pickup` and `reading` in each.
    static func newTeacher(contacts: String, pickup: String, reading: String) -> [(String, String)] {
        zip(teacherNotes, [contacts, pickup, reading]).map { note, name in
            ("memory/school/amir/\(note)", school["memory/school/amir/\(note)"]!.replacingOccurrences(of: "Miss Green", with: name))
        }
    }

    static let band: [String: String] = [
        "memory/band/setlist-fox-and-hounds.md":
            "# Set list: Fox & Hounds, Saturday 6 March\n\nSet 1 (8.30 pm)\n1. Mr Brightside\n2. Valerie\n3. Dakota\n4. Seven Nation Army\n\nSet 2 (9.45 pm)\n5. Sweet Caroline\n6. Dancing in the Moonlight\n7. Don't Look Back in Anger\nEncore: Chelsea Dagger\n",
        "memory/band/setlist-draft.md": "# Set list (DRAFT, before Kev's changes)\n1. Valerie\n2. Wonderwall\n3. Mr Brightside\n",
        "memory/band/sound/stage-plot.md": "# Stage plot\nDrums back centre; two vocal mics; bass through the DI\n",
        "memory/band/gigs.md": "# Gigs\n- 6 March: Fox & Hounds, £250\n- 3 April: The Railway, £200\n",
    ]

    static let complaints: [String: String] = [
        "memory/complaints/skyways-luggage-draft.md":
            "# DRAFT: complaint to Skyways\nMy suitcase never turned up on SK482 and nobody answers the phone... (half written, angrier than the one I sent)\n",
        "memory/complaints/skyways-luggage-sent.md":
            "# Complaint to Skyways, sent 12 January 2027\nFlight SK482 from Malaga on 4 January; the suitcase came 6 days late. Claiming £146.80 for clothes and toiletries.\n",
        "memory/complaints/skyways-reply.md": "# Skyways' reply, 22 January\nOffered £120 and a £30 voucher; reference SKY-55810\n",
        "memory/complaints/pothole-draft.md":
            "# DRAFT: pothole on Mill Lane, to the council\nBuckled the front wheel on 2 January; still need to add the photos\n",
    ]

    static let orthodontistLetter = """
        # Brightsmile Orthodontics: Noah's treatment plan

        Dear Mr and Mrs Kaur,

        Following Noah's assessment on 11 January, we recommend a fixed brace on his upper and lower teeth. \
        Treatment is expected to take about 18 months.

        The brace will be fitted on Tuesday 23 February 2027 at 4.10 pm; the appointment takes around an hour. \
        After that, Noah will need an adjustment every six to eight weeks.

        As Noah qualifies for NHS treatment, there is nothing to pay for the brace itself. If a bracket breaks \
        because of hard or sticky food, each repair visit costs £35, so please avoid toffee, popcorn and hard crusts.

        When the treatment ends, Noah must wear retainers at night, which cost £120 a pair.

        If you cannot make an appointment, please give us 48 hours' notice on 01632 960771.

        Yours sincerely,
        Dr Helen Ward

        """
    static let brace: [String: String] = [
        "memory/family/noah/orthodontist-letter.md": orthodontistLetter,
        "memory/family/noah/dentist-checkup-2026.md":
            "# Dentist check-up, August 2026\nAll fine, nothing to pay (under 18). Referred to the orthodontist; next check-up in February.\n",
        "memory/family/noah/school.md": "# Noah, Year 8\nPE on Tuesdays and Thursdays\n",
    ]
    static let braceSummary =
        "- The brace goes on on Tuesday 23 February 2027 at 4.10 pm; treatment takes about 18 months, with an adjustment every 6 to 8 weeks.\n- It's free on the NHS, but each repair of a broken bracket costs £35.\n- No toffee, popcorn, sticky food or hard crusts, so the brackets stay on.\n- Afterwards he wears retainers at night, at £120 a pair.\n"

    static let rentMessage = """
        # February rent (my message to the flat group, 26 January)

        Hi all! February's rent (£2,695) goes to Canalside Homes on the 1st, so please get your share to me by \
        Friday 29 January. Same split by room size as always: Joel £612.50 for the big room, Sinead £540, Marcus \
        £540, Priti £495, and mine's £507.50. Marcus has already paid, thank you!

        Separately, the Wi-Fi has gone up to £34 a month; I'll sort that out next month.

        Hana x

        """
    static let flat: [String: String] = [
        "memory/flat/february-rent.md": rentMessage,
        "memory/flat/house-rules.md": "# House rules\n- bins out on Sunday night\n- quiet after 11 pm on weeknights\n",
        "memory/flat/deposit.md": "# Deposit\n£3,100 held by the TDS, reference TDS-0093318\n",
    ]
    static let rentOwed = "- Joel: £612.50\n- Sinead: £540\n- Priti: £495\n"

    static let jigsaws: [String: String] = [
        "memory/jigsaws/lighthouse.md": "# Lighthouse at Dusk\nPieces: 1000\nComplete: yes, counted in January\nMaker: Ravensburger\n",
        "memory/jigsaws/cats-in-the-library.md": "# Cats in the Library\nPieces: 500\nComplete: no, two edge pieces missing\n",
        "memory/jigsaws/world-map.md": "# Vintage World Map\nPieces: 1500\nComplete: Yes\nMaker: Gibsons\n",
        "memory/jigsaws/tube-map.md": "# London Underground Map\nPieces: 1000\nComplete: not checked yet\n",
        "memory/jigsaws/beach-huts.md": "# Seaside Beach Huts\nPieces: 750\nComplete: yes (box a bit squashed)\n",
        "memory/jigsaws/autumn-forest.md": "# Autumn Forest\nPieces: 1000\nComplete: no, the dog chewed one piece\n",
        "memory/jigsaws/wishlist.md": "# Want to do next\n- Starry Night, 1000\n- Puffins, 500\n",
    ]

    static let birds: [String: String] = [
        "memory/birds/garden-count-2027.md":
            "# Garden bird count, 25 January 2027\nOne hour, 10 to 11 am, from the kitchen window.\n\n| Species | Most seen at once |\n|---|---|\n| House sparrow | 7 |\n| Blue tit | 3 |\n| Blackbird | 2 |\n| Goldfinch | 5 |\n| Robin | 1 |\n| Wood pigeon | 2 |\n",
        "memory/birds/garden-count-2026.md":
            "# Garden bird count, 28 January 2026\n\n| Species | Most seen at once |\n|---|---|\n| House sparrow | 9 |\n| Starling | 4 |\n| Blue tit | 2 |\n",
        "memory/birds/feeders.md": "# Feeders\nSunflower hearts in the big feeder; fat balls on the fence\n",
    ]
    static let birdJSON = """
        [
          {"species": "House sparrow", "count": 7},
          {"species": "Blue tit", "count": 3},
          {"species": "Blackbird", "count": 2},
          {"species": "Goldfinch", "count": 5},
          {"species": "Robin", "count": 1},
          {"species": "Wood pigeon", "count": 2}
        ]

        """
    /// The 2027 count's six rows: the species (lowercase) and how many.
    static let birdCounts: [(species: String, count: Double)] = [
        ("house sparrow", 7), ("blue tit", 3), ("blackbird", 2), ("goldfinch", 5), ("robin", 1), ("wood pigeon", 2),
    ]

    static let lunchesSkill =
        "---\nname: packed-lunches\ndescription: Plan the week's packed lunches.\n---\nRead memory/family/lunch-likes.md and write five lunches to outputs/lunches.md.\n"
    static let chores: [String: String] = [
        "skills/README.md": "Each skill is a folder in skills/ holding a SKILL.md.\n",
        "skills/packed-lunches/SKILL.md": lunchesSkill,
        "memory/family/chores.md": "# Chores\n- empty the dishwasher\n- feed the rabbit\n- set the table\n- take the recycling out\n",
        "memory/family/children.md": "# Children\n- Isla (11)\n- Finn (9)\n- Rosie (6)\n",
        "memory/family/rota-last-week.md":
            "# Rota, week of 18 January\n- Isla: empty the dishwasher, take the recycling out\n- Finn: feed the rabbit\n- Rosie: set the table\n",
    ]
    static let choresSkill =
        "---\nname: chores-rota\ndescription: Share out the children's chores for the week, so nobody does the same chore two weeks running.\n---\nRead the chores in memory/family/chores.md and the children in memory/family/children.md.\nCheck memory/family/rota-last-week.md to see who did what last week.\nGive every chore to one child, sharing them out as evenly as you can, and never give a child a chore they had last week.\nWrite the new rota, one child per line with their chores, to outputs/chores-rota.md.\n"

    static let mileage: [String: String] = [
        "memory/work/mileage-2026-27.csv":
            "date,from,to,miles,purpose\n2026-04-14,home,Leeds office,38,team day\n2026-05-02,home,Harrogate,22.5,client visit\n2026-06-19,home,York,41,training\n2026-09-08,home,Leeds office,38,team day\n2026-11-27,home,Bradford,17.5,client visit\n",
        "memory/work/mileage-2025-26.csv": "date,from,to,miles,purpose\n2025-10-03,home,York,41,training\n2026-02-11,home,Leeds office,38,team day\n",
        "memory/work/expenses-policy.md": "# Expenses\nCar: 45p a mile for the first 10,000 miles; claim by the 5th of the next month\n",
    ]
    static let mileageScript =
        "import csv\n\ntotal = 0.0\nwith open(\"memory/work/mileage-2026-27.csv\") as f:\n    for row in csv.DictReader(f):\n        total += float(row[\"miles\"])\nprint(f\"Total: {total:g} miles\")\nprint(f\"Claim at 45p a mile: £{total * 0.45:.2f}\")\n"

    /// The day numbers `text` (lowercase) gives in the month starting `month` ("feb"), day first or
    /// month first ("16 February", "Feb 16th", "16/02"), a time or a year after the month's name aside.
    static func days(_ text: String, _ month: String, _ number: Int) -> [String] {
        Judge.found(text, #"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?\#(month)"#)
            + Judge.found(text, #"\b\#(month)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:am|pm|a\.m|p\.m|[.:]\d|[-–]))"#)
            + Judge.found(text, #"\b(\d{1,2})/0?\#(number)\b"#)
    }

    /// The amounts in pounds `text` (lowercase) gives: "£85", "85 GBP", "GBP 85" or "85 pounds".
    static func amounts(_ text: String) -> [String] {
        // (A comma after the figure ends it: "£85, phone …".)
        Judge.found(text, #"£\s*(\d(?:[\d,]*\d)?(?:\.\d+)?)"#) + Judge.found(text, #"\b(\d(?:[\d,]*\d)?(?:\.\d+)?)\s*(?:gbp|pounds?|quid)\b"#)
            + Judge.found(text, #"\bgbp\s*(\d(?:[\d,]*\d)?(?:\.\d+)?)"#)
    }

    /// Whether `text` gives the tuning booking: Ruth Lindqvist, 16 February (a year, if given, 2027;
    /// a weekday, if given, Tuesday), 10 in the morning, £85 as the only amount and her mobile
    /// 07700 900238 (any spacing, or +44) as the only one.
    static func isTuning(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let low = t.lowercased()
        let money = amounts(low)
        let clocks = Judge.found(low, #"(?<![£\d.,])\b(\d{1,2}[.:]\d{2})(?!\d)"#).filter { !money.contains($0) }
        let hours = Judge.found(low, #"\b(\d{1,2})(?:[.:]\d{2})?\s*(?:am|pm|a\.m|p\.m)"#)
        let mobiles = Judge.found(low, #"7700[\s-]?(\d{3}[\s-]?\d{3})(?!\d)"#).map { $0.filter(\.isNumber) }
        return Judge.has(low, #"\blindqvist\b"#) && Judge.hasDate(low, day: 16, month: 2) && days(low, "feb", 2).allSatisfy { $0 == "16" }
            && Judge.found(low, #"\b(20\d{2})\b"#).allSatisfy { $0 == "2027" }
            && !Judge.has(low, #"\b(monday|wednesday|thursday|friday|saturday|sunday|mon|wed|thu|thur|thurs|fri|sat|sun)\b"#)
            && Judge.has(
                low,
                #"(?<![\d.:£/])10\s*(am|a\.m)|(?<![\d.:£/])10[.:]00(?!\d)|\bten\s+(o'clock\s+)?(am|in the morning)\b|(?<![\d.:£/])10\s+(o'clock\s+)?in the morning"#
            )
            && !Judge.has(low, #"(?<![\d.:£/])10([.:]00)?\s*(pm|p\.m)|\bten\s+(pm|in the evening|at night)"#)
            && clocks.allSatisfy { ["10:00", "10.00", "16.02"].contains($0) } && hours.allSatisfy { $0 == "10" }
            && !money.isEmpty && money.allSatisfy { ["85", "85.00"].contains($0) }
            && Judge.has(low, #"(\+44\s?(\(0\)\s?)?|(?<!\d)0)7700[\s-]?900[\s-]?238(?!\d)"#) && mobiles.allSatisfy { $0 == "900238" }
    }

    /// Whether `text` is Ella's passport note with only its number and expiry lines changed: the
    /// number 583920164 (any spacing), the expiry 4 March 2032 (the old values said to have been
    /// aside), the rest as it was.
    static func isPassport(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(passports[ella])
        let got = Judge.lines(t)
        guard got.count == want.count, let n = want.firstIndex(of: oldNumber), let e = want.firstIndex(of: oldExpiry) else { return false }
        let aside = #"\(?\b(was|previously|formerly|old( one| number| passport)?|replac\w*|instead of|used to be|ran out|expired)\b[^)]*\)?"#
        let number = got[n].lowercased().replacingOccurrences(of: aside, with: " ", options: .regularExpression)
        let expiry = got[e].lowercased().replacingOccurrences(of: aside, with: " ", options: .regularExpression)
        return Judge.has(got[n], #"^\W*(passport\s+)?(number|no\.?)\W"#) && number.filter(\.isNumber) == "583920164"
            && Judge.has(got[e], #"^\W*(expires|expiry|expiry date|valid until|valid to)\b"#) && Judge.hasDate(expiry, day: 4, month: 3)
            && Judge.found(expiry, #"\b(\d{4})\b"#) == ["2032"] && !Judge.has(expiry, #"aug|2026"#)
            && got.indices.allSatisfy { $0 == n || $0 == e || got[$0] == want[$0] }
    }

    /// Whether `text` is the stock log as it was with one more last row: 23 January 2027 (another
    /// date format passes; a year, if given, 2027), harlequin rasbora(s), 8, 2.25 each, in the log's
    /// four columns (quoted cells, CRLF, a pound sign, number words pass).
    static func isStock(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !t.contains("|") else { return false }
        let want = Judge.lines(aquarium["memory/aquarium/stock.csv"])
        let got = Judge.lines(t)
        guard got.count == want.count + 1, Array(got.prefix(want.count)) == want, let last = got.last else { return false }
        let cells = Judge.csvCells(last).map { $0.lowercased() }
        guard cells.count == 4 else { return false }
        return Judge.hasDate(cells[0], day: 23, month: 1) && Judge.found(cells[0], #"\b(\d{4})\b"#).allSatisfy { $0 == "2027" }
            && Judge.has(cells[1], #"^harlequin\s+rasboras?$"#) && ["8", "eight"].contains(cells[2])
            && Judge.has(cells[3], #"^£?\s*2\.25(\s*(gbp|each))?$"#)
    }

    /// Whether `text` is the class note `was` with only the line naming Miss Green changed: Mr
    /// Adeyemi there now (Miss Green said to have been aside, as what he covers), every other word
    /// of the line kept.
    static func hasNewTeacher(_ text: String?, _ was: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(was)
        let got = Judge.lines(t)
        guard got.count == want.count, let i = want.firstIndex(where: { $0.contains("Miss Green") }) else { return false }
        let said = got[i].lowercased().replacingOccurrences(
            of:
                #"\(?\b(was|previously|formerly|covering( for)?|cover for|instead of|replac\w*|in place of|standing in for|maternity|until)\b[^)]*\)?"#,
            with: " ", options: .regularExpression)
        let kept = want[i].lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init).filter {
            !["miss", "green"].contains($0)
        }
        let words = Set(said.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
        return Judge.has(said, #"\bmr\.?\s+adeyemi\b"#) && !Judge.has(said, #"green"#) && kept.allSatisfy { words.contains($0) }
            && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
    }

    /// Whether `text` sums up the orthodontist's letter in three or four bullet points (a title line
    /// before them aside; each at most forty words, about a hundred and twenty in all): fitted on
    /// 23 February at 4.10 pm, about 18 months, free on the NHS, £35 for each repair, the foods to
    /// avoid, and no amount, date or time the letter does not give, nor anything from the check-up.
    static func isBraceSummary(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let bullet = #"^([-*+•]|\d+[.)])\s+\S"#
        var all = Judge.lines(t)
        if all.count > 1, let first = all.first,
            first.hasPrefix("#") || (!Judge.has(first, bullet) && first.split(separator: " ").count <= 8 && !Judge.has(first, #"[.!?]$"#))
        {
            all.removeFirst()
        }
        guard (3...4).contains(all.count), all.allSatisfy({ Judge.has($0, bullet) && $0.split(separator: " ").count <= 40 }) else {
            return false
        }
        let low = all.joined(separator: " ").lowercased()
        let words = low.split(separator: " ").filter { $0.contains { $0.isLetter || $0.isNumber } }.count
        guard words >= 20, words <= 120 else { return false }
        let money = amounts(low)
        let clocks = Judge.found(low, #"(?<![£\d.,])\b(\d{1,2}[.:]\d{2})(?!\d)"#).filter { !money.contains($0) }
        let hours = Judge.found(low, #"\b(\d{1,2})(?:[.:]\d{2})?\s*(?:am|pm|a\.m|p\.m)"#)
        return Judge.hasDate(low, day: 23, month: 2) && days(low, "feb", 2).allSatisfy { $0 == "23" }
            && Judge.found(low, #"\b(20\d{2})\b"#).allSatisfy { $0 == "2027" }
            && Judge.has(low, #"(?<![\d.:£])(4[.:]10\s*(pm|p\.m)|16[.:]10)(?!\d)"#) && !Judge.has(low, #"4[.:]10\s*(am|a\.m)"#)
            && clocks.allSatisfy { ["4.10", "4:10", "16:10", "16.10"].contains($0) } && hours.allSatisfy { $0 == "4" }
            && Judge.has(low, #"\b(18|eighteen)\s+months?\b|a year and a half|\b1\.5 years|one and a half years"#)
            && Judge.has(low, #"\bnhs\b|\bfree\b|nothing to pay|no charge|costs? nothing|(don't|do not|won't|will not) (have to )?pay"#)
            && Judge.has(low, #"(?<![\d.,])35(?![\d])"#) && Judge.has(low, #"toffee|popcorn|sticky|\bhard\b|crusts?"#)
            && money.allSatisfy { ["35", "35.00", "120", "120.00"].contains($0) } && !Judge.has(low, #"check-?up|referred|under 18|august"#)
    }

    /// Whether `text` pairs Joel, Sinead and Priti each with what they owe (£612.50, £540, £495),
    /// one entry each, any order, and not Marcus, who has paid, nor the writer's own share, the
    /// whole rent or the Wi-Fi.
    static func isRentOwed(_ text: String?) -> Bool {
        guard let t = text, !Judge.has(t, #"marcus|hana|507|2,?695|wi-?fi|(?<![\d.,])34(?![\d])"#) else { return false }
        return Judge.isPairedList(
            t, who: [#"\bjoel\b"#, #"\bsin[eé]ad\b"#, #"\bpriti\b"#],
            what: [#"(?<![\d.,])612\.50?(?![\d])"#, #"(?<![\d.,])540(\.00)?(?![\d.])"#, #"(?<![\d.,])495(\.00)?(?![\d.])"#])
    }

    /// Whether `text` lists the three complete jigsaws (the lighthouse, the world map, the beach
    /// huts), by title or file name, and none missing pieces or not checked, nor any on the wish list.
    static func isJigsawList(_ text: String?) -> Bool {
        Judge.isNamedList(
            text, [#"lighthouse"#, #"world"#, #"huts|seaside"#],
            banned: #"cats|library|tube|underground|london|autumn|forest|starry|puffin"#)
    }

    /// Whether `text` is the 2027 count as JSON: a list (or an object holding one list) of six
    /// objects, any order, each with exactly a species and a count (key names and order free, a
    /// number or a string of one), nothing else.
    static func isBirdJSON(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), let data = t.data(using: .utf8),
            let top = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return false }
        var rows: [Any]
        if let list = top as? [Any] {
            rows = list
        } else if let object = top as? [String: Any], object.values.compactMap({ $0 as? [Any] }).count == 1 {
            rows = object.values.compactMap { $0 as? [Any] }[0]
        } else {
            return false
        }
        guard rows.count == birdCounts.count else { return false }
        var left = Array(birdCounts.indices)
        for r in rows {
            guard let o = r as? [String: Any], o.count == 2,
                let species = o.first(where: { Judge.has($0.key, #"species|bird|name"#) }),
                let count = o.first(where: { Judge.has($0.key, #"count|number|most|seen|how many|max|total|qty|quantity|^n$"#) }),
                species.key != count.key, let name = species.value as? String, let n = Judge.jsonNumber(count.value)
            else { return false }
            let s = Judge.spaced(name.lowercased()).trimmingCharacters(in: .whitespaces)
            guard let i = left.first(where: { birdCounts[$0].species == s && birdCounts[$0].count == n }) else { return false }
            left.removeAll { $0 == i }
        }
        return left.isEmpty
    }

    /// Whether `text` is a skill named chores-rota with a description, whose body reads the chores,
    /// the children and last week's rota, shares the chores out so no child repeats last week's, and
    /// saves the rota in outputs/chores-rota.md.
    static func isChoresSkill(_ text: String?) -> Bool {
        guard let t = text, let (fields, body) = Judge.skill(t) else { return false }
        let b = body.lowercased()
        let rest = b.replacingOccurrences(of: "outputs/chores-rota.md", with: " ").replacingOccurrences(of: "chores-rota", with: " ")
        return fields["name"] == "chores-rota" && (fields["description"] ?? "").count >= 10 && b.count >= 40
            && b.contains("outputs/chores-rota.md") && rest.contains("memory/family/chores.md") && rest.contains("children.md")
            && rest.contains("rota-last-week.md")
            && Judge.has(
                rest,
                #"\bassign|\bshar(e|ing)|\bsplit|\bdivid|\bgive|\bhand(ing)? (them |the chores |each chore )?out|\bspread|\ballocat|\bdistribut"#)
            && Judge.has(
                rest,
                #"\bsame\b|\bagain\b|\brepeat|\bdifferent\b|\btwo weeks running|\bin a row|\bnot[^.\n]*\blast week|\bnever[^.\n]*\blast week|(didn't|did not|wasn't|was not)[^.\n]*\blast week|\b(nobody|no one)\b[^.\n]*\bthey had\b"#
            )
    }

    /// Whether `text` is a Python script (a shebang, if any, names Python) that opens this tax year's
    /// mileage log (not last year's), reads the miles as numbers, adds them up, multiplies by 45p
    /// (0.45, or 45 over 100) and prints two values, writing, moving or removing nothing. Comments
    /// and a fenced reply do not count; plain strings (labels) are read apart from the arithmetic.
    static func isMileageScript(_ text: String?) -> Bool {
        guard let script = Judge.readOnlyPython(text, reading: "mileage-2026-27.csv", not: "mileage-2025-26") else { return false }
        let (code, bare, twoValues) = (script.code, script.bare, script.twoValues)
        let has = script.has
        return has(["open(", "read_text(", "read_csv("]) && has(["float(", "Decimal(", "read_csv("])
            && Judge.has(code, #"\+=|\bsum\(|\.sum\("#) && Judge.has(code, #"(?<![\w.])0?\.45(?![\d])|\b45\s*/\s*100\b|/\s*100(?![\d.])"#)
            && Judge.has(bare, #"[\w\])]\s*\*(?!\*)\s*[\w(\[.]"#) && Judge.has(code, #"miles"#) && twoValues
    }
}
