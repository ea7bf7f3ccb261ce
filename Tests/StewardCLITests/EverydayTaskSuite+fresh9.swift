import Foundation

/// A ninth fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first eight: by someone who had not read the agent loop, its tools, its prompts, its tests or
/// any result. Fourteen intentions, numbered 1001 to 1014, one for each kind the issue names
/// (create; edit in place, one line of a household note corrected; append a word to a
/// vocabulary list; prepend an entry to a newest-first list without a heading; rename; move
/// several files at once into a folder; copy under a new name; delete; summarise; extract names
/// and email addresses; list-and-save, a folder's dated files newest first; convert a Markdown
/// table to CSV; a skill; a script), each worded three ways as people word them (files named by
/// path, by bare name or by what they are; folders before or after; quotes or none; chatty
/// context), run as Steward chooses. Every fixture holds a look-alike beside the right file (last
/// summer's rota, a grandparent's note, a second language's list with the same meaning, last
/// year's sayings, a list of name ideas, this year's statement, a second reference, a club on
/// the same day and one of the same kind, a bill, an old class list with out-of-date addresses,
/// a note that is not an issue, a list from an earlier move, another skill, an outline beside
/// the chapters). Judged by content as a person would (other list markers, row, column and entry
/// order, spacing, a title line, a table for a list, another date or number format, quoted CSV
/// cells, a lost final newline pass) and by "nothing else changed" (the wrong file, the wrong
/// folder, a copy where a move was asked fail). Frozen in a commit of its own before any run
/// with a model: never tune the loop on it, and run it as it is (`STEWARD_SUITE_PART=fresh9`).
extension EverydayTaskSuite {
    static let fresh9: [Intention] = [
        Intention(
            number: 1001, kind: "create: a rota of which neighbour feeds the cat on which day",
            fixtures: ["memory/cat-sitting/rota-2025.md": Fresh9.rota2025, "memory/cat-sitting/marmalade-care.md": Fresh9.catCare],
            wordings: [
                (
                    .imperative,
                    "Create memory/cat-sitting/feeding-rota.md saying who feeds Marmalade on which day: Monday Ottilie, Wednesday Rashid, Friday Bronagh"
                ),
                (
                    .request,
                    "While I'm away next week, could you set up a feeding rota for Marmalade in my cat-sitting folder under memory? Name it feeding-rota.md. Ottilie is coming on Monday, Rashid on Wednesday and Bronagh on Friday."
                ),
                (
                    .context,
                    "I'm off to a conference next week and three neighbours have kindly offered to pop in and feed Marmalade. Please put a new note called feeding-rota.md in memory/cat-sitting with one line per visit, giving the day and who's coming: Ottilie on Monday, Rashid on Wednesday and Bronagh on Friday. Last summer's rota is in the same folder and should stay exactly as it is."
                ),
            ], changed: ["memory/cat-sitting/feeding-rota.md"], check: { f in Fresh9.isRota(f("memory/cat-sitting/feeding-rota.md")) },
            solution: ops(writes: [
                ("memory/cat-sitting/feeding-rota.md", "# Feeding rota for Marmalade\n- Monday: Ottilie\n- Wednesday: Rashid\n- Friday: Bronagh\n")
            ])),
        Intention(
            number: 1002, kind: "edit in place: where the stopcock is, corrected on one line of an emergency note",
            fixtures: ["memory/house/emergency-info.md": Fresh9.emergency, "memory/house/emergency-info-gran.md": Fresh9.emergencyGran],
            wordings: [
                (
                    .imperative,
                    "In memory/house/emergency-info.md, change where the stopcock is to \"in the garage, behind the tumble dryer\""
                ),
                (
                    .request,
                    "The plumber showed me our stopcock isn't under the sink at all, it's in the garage behind the tumble dryer. Would you correct that line in my emergency info note in memory/house?"
                ),
                (
                    .context,
                    "When a pipe burst last week we wasted ten minutes searching under the kitchen sink, because emergency-info.md in memory/house says the stopcock is there; it's really in the garage, behind the tumble dryer. Please fix that one line and leave the fuse box, gas meter and boiler lines as they are. The note for Gran's bungalow is right about hers, so don't touch it."
                ),
            ], changed: ["memory/house/emergency-info.md"],
            check: { f in
                // The same lines in the same order (spacing aside), the stopcock one now in the garage behind the dryer.
                let want = Judge.lines(Fresh9.emergency)
                let got = Judge.lines(f("memory/house/emergency-info.md"))
                guard got.count == want.count, let i = want.firstIndex(where: { $0.contains("Stopcock") }) else { return false }
                let line = got[i].lowercased()
                let said = line.replacingOccurrences(of: #"not\s+(under\s+)?(the\s+)?(kitchen\s+)?sink"#, with: " ", options: .regularExpression)
                return line.contains("stopcock") && line.contains("garage") && Judge.has(line, #"\bdr[yi]er\b"#) && !said.contains("sink")
                    && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
            },
            solution: ops(writes: [
                (
                    "memory/house/emergency-info.md",
                    Fresh9.emergency.replacingOccurrences(of: "under the kitchen sink", with: "in the garage, behind the tumble dryer")
                )
            ])),
        Intention(
            number: 1003, kind: "append: a new word and its meaning at the end of a vocabulary list",
            fixtures: ["memory/languages/spanish-words.md": Fresh9.spanish, "memory/languages/portuguese-words.md": Fresh9.portuguese],
            wordings: [
                (.imperative, "Append \"el cajón: drawer\" to memory/languages/spanish-words.md"),
                (.request, "Can you add el cajón, which means drawer, to the end of my Spanish word list in memory/languages?"),
                (
                    .context,
                    "I'm learning Spanish before our trip to Seville and I keep a list of new words in memory/languages. Today's was el cajón, meaning drawer; please put it on a new line at the bottom of the Spanish list, written the same way as the others. Leave the Portuguese list alone, even though drawer is in that one too."
                ),
            ], changed: ["memory/languages/spanish-words.md"],
            check: { f in
                // The list as it was, then one new line with the word, its article and its meaning.
                let want = Judge.lines(Fresh9.spanish)
                let got = Judge.lines(f("memory/languages/spanish-words.md"))
                guard got.count == want.count + 1, Array(got.prefix(want.count)) == want, let last = got.last?.lowercased() else { return false }
                return Judge.has(last, #"\bel\s+caj[oó]n\b"#) && Judge.has(last, #"\bdrawer\b"#) && !last.contains("gaveta")
            }, solution: ops(writes: [("memory/languages/spanish-words.md", Fresh9.spanish + "- el cajón: drawer\n")])),
        Intention(
            number: 1004, kind: "prepend: a child's saying as the new first line of a newest-first list with no heading",
            fixtures: ["memory/family/things-they-say.md": Fresh9.sayings, "memory/family/things-they-say-2025.md": Fresh9.sayings2025],
            wordings: [
                (
                    .imperative,
                    "Add a new first line to memory/family/things-they-say.md: 9 Nov, Pip (5): \"The moon is following our car.\""
                ),
                (
                    .request,
                    "Could you add what Pip said tonight to the very top of my things-they-say note in memory/family? It's 9 November, Pip, aged five: \"The moon is following our car.\""
                ),
                (
                    .context,
                    "I write down the funny things the kids say in things-they-say.md in memory/family, newest at the top. On the drive home this evening, 9 November, Pip (he's five) told us \"The moon is following our car.\" Please put that above everything else, set out like the other entries, without changing the older ones; last year's file stays as it is."
                ),
            ], changed: ["memory/family/things-they-say.md"],
            check: { f in
                // The new saying first, then the older ones as they were.
                let want = Judge.lines(Fresh9.sayings)
                let got = Judge.lines(f("memory/family/things-they-say.md"))
                guard got.count == want.count + 1, Array(got.dropFirst()) == want else { return false }
                let entry = got[0].lowercased()
                return Judge.hasDate(entry, day: 9, month: 11) && Judge.has(entry, #"\bpip\b"#) && Judge.has(entry, #"\bmoon\b"#)
                    && Judge.has(entry, #"\bcar\b"#) && !entry.contains("rosalie")
            },
            solution: ops(writes: [
                ("memory/family/things-they-say.md", "- 9 Nov, Pip (5): \"The moon is following our car.\"\n" + Fresh9.sayings)
            ])),
        Intention(
            number: 1005, kind: "rename: a team's note given the name the team finally chose", fixtures: Fresh9.quiz,
            wordings: [
                (.imperative, "Rename memory/pub-quiz/team-name-tbd.md to the-quizzly-bears.md in the same folder"),
                (
                    .request,
                    "We finally picked a name for the quiz team! Could you rename team-name-tbd.md in memory/pub-quiz to the-quizzly-bears.md?"
                ),
                (
                    .context,
                    "After three weeks of arguing, our pub quiz team is officially The Quizzly Bears. The note about the team is still called team-name-tbd.md in memory/pub-quiz; please rename it to the-quizzly-bears.md, keep it in that folder and don't change what it says. The list of name ideas and the scores note stay as they are."
                ),
            ], changed: ["memory/pub-quiz/team-name-tbd.md", "memory/pub-quiz/the-quizzly-bears.md"],
            check: { f in
                Judge.moved(f, "memory/pub-quiz/team-name-tbd.md", to: "memory/pub-quiz/the-quizzly-bears.md", Fresh9.quiz)
                    && Judge.untouched(f, ["memory/pub-quiz/team-name-ideas.md", "memory/pub-quiz/scores.md"], Fresh9.quiz)
            }, solution: ops(#"{"op":"move","from":"memory/pub-quiz/team-name-tbd.md","to":"memory/pub-quiz/the-quizzly-bears.md"}"#)),
        Intention(
            number: 1006, kind: "move several: last year's tax papers into the folder for that year's return, this year's left",
            fixtures: Fresh9.paperwork,
            wordings: [
                (
                    .imperative,
                    "Move memory/paperwork/interest-statement-2025.md, memory/paperwork/pension-statement-2025.md and memory/paperwork/charity-gifts-2025.md into memory/tax-return-2025/"
                ),
                (
                    .request,
                    "Could you gather my three 2025 papers from memory/paperwork (the interest statement, the pension statement and the charity gifts note) into the memory/tax-return-2025 folder?"
                ),
                (
                    .context,
                    "I'm doing my 2025 tax return this weekend and want everything for it in one place. Please move the 2025 interest statement, the 2025 pension statement and the note of 2025 charity gifts out of memory/paperwork and into memory/tax-return-2025, where my checklist is, without renaming them. This year's interest statement and the council tax note aren't part of the return, so they stay in paperwork."
                ),
            ], changed: Set(Fresh9.taxPapers.flatMap { ["memory/paperwork/\($0)", "memory/tax-return-2025/\($0)"] }),
            check: { f in
                Fresh9.taxPapers.allSatisfy { n in Judge.moved(f, "memory/paperwork/\(n)", to: "memory/tax-return-2025/\(n)", Fresh9.paperwork) }
                    && Judge.untouched(
                        f,
                        [
                            "memory/paperwork/interest-statement-2026.md", "memory/paperwork/council-tax-2026.md",
                            "memory/tax-return-2025/checklist.md",
                        ], Fresh9.paperwork)
            },
            solution: ops(
                #"{"op":"move","from":"memory/paperwork/interest-statement-2025.md","to":"memory/tax-return-2025/interest-statement-2025.md"}"#,
                #"{"op":"move","from":"memory/paperwork/pension-statement-2025.md","to":"memory/tax-return-2025/pension-statement-2025.md"}"#,
                #"{"op":"move","from":"memory/paperwork/charity-gifts-2025.md","to":"memory/tax-return-2025/charity-gifts-2025.md"}"#)),
        Intention(
            number: 1007, kind: "copy: a reference letter into a job application folder under a shorter name", fixtures: Fresh9.jobs,
            wordings: [
                (.imperative, "Copy memory/jobs/reference-mrs-achebe.md to outputs/application-kestrel/reference.md"),
                (
                    .request,
                    "Could you put a copy of Mrs Achebe's reference into outputs/application-kestrel, named reference.md? I'd like to keep mine in memory/jobs as well."
                ),
                (
                    .context,
                    "I'm applying to be an assistant at Kestrel Books, and their form wants a reference uploaded alongside my CV. Please copy the reference Mrs Achebe wrote for me, from memory/jobs, into outputs/application-kestrel as reference.md, word for word, and leave the original where it is. Coach Pell's reference is about the football club, so it's not the one they want."
                ),
            ], changed: ["outputs/application-kestrel/reference.md"],
            check: { f in
                f("outputs/application-kestrel/reference.md") != nil
                    && Judge.lines(f("outputs/application-kestrel/reference.md")) == Judge.lines(Fresh9.jobs["memory/jobs/reference-mrs-achebe.md"])
                    && Fresh9.jobs.keys.allSatisfy { f($0) == Fresh9.jobs[$0] }
            }, solution: ops(writes: [("outputs/application-kestrel/reference.md", Fresh9.jobs["memory/jobs/reference-mrs-achebe.md"]!)])),
        Intention(
            number: 1008, kind: "delete: a club a child gave up, beside the same club on another day and another club on the same day",
            fixtures: Fresh9.clubs,
            wordings: [
                (.imperative, "Delete memory/clubs/ballet-tuesday.md"),
                (.request, "Elif has given up ballet, so could you delete the note about her Tuesday class from memory/clubs?"),
                (
                    .context,
                    "Elif decided at half term that ballet isn't for her any more, so her Tuesday class is over. Please delete the note about it from memory/clubs. Mateo still goes to ballet on Saturdays and to judo on Tuesdays, so keep both of those notes."
                ),
            ], changed: ["memory/clubs/ballet-tuesday.md"],
            check: { f in
                f("memory/clubs/ballet-tuesday.md") == nil
                    && ["memory/clubs/ballet-saturday.md", "memory/clubs/judo-tuesday.md"].allSatisfy { f($0) == Fresh9.clubs[$0] }
            }, solution: ops(#"{"op":"delete","path":"memory/clubs/ballet-tuesday.md"}"#)),
        Intention(
            number: 1009, kind: "summarise: a water company's notice of a day without water in a few short lines",
            fixtures: ["memory/water/supply-notice.md": Fresh9.notice, "memory/water/bill-spring.md": Fresh9.bill],
            wordings: [
                (.imperative, "Summarise memory/water/supply-notice.md in a few short lines in outputs/water-off.md"),
                (
                    .request,
                    "The water company sent a long letter about turning our water off. Could you boil it down to a few short lines and save them as outputs/water-off.md?"
                ),
                (
                    .context,
                    "Brookvale Water wrote to say they're cutting off our supply for a day while they work on the main, and their letter (in memory/water) is one dense paragraph. Please write a short summary, just a handful of lines on when it's off, what to get ready and what to do when it comes back, and save it as outputs/water-off.md so I can stick it on the fridge. The spring bill in that folder has nothing to do with it, so leave it out."
                ),
            ], changed: ["outputs/water-off.md"], check: { f in Fresh9.isWaterSummary(f("outputs/water-off.md")) },
            solution: ops(writes: [
                (
                    "outputs/water-off.md",
                    "- Water off on Tuesday 3 March, 9 am to about 4 pm, while the main in Alder Crescent is replaced.\n- Fill a kettle, bottles and a bucket before 9 am.\n- Bottled water at the community hall from 10 am; if you need help, call 0800 555 0192 by 27 February.\n- Afterwards, run the cold kitchen tap until the water is clear before drinking it, and wait before using the washing machine.\n"
                )
            ])),
        Intention(
            number: 1010, kind: "extract: the names and email addresses of those who said yes, from a thread of replies",
            fixtures: ["memory/reunion/replies.md": Fresh9.replies, "memory/reunion/class-list-2006.md": Fresh9.classList],
            wordings: [
                (
                    .imperative,
                    "Extract the name and email address of everyone who said yes in memory/reunion/replies.md into outputs/reunion-coming.md, one person per line"
                ),
                (
                    .request,
                    "Could you go through the reunion replies in memory/reunion and list who's coming, with their email addresses, in outputs/reunion-coming.md? One person per line, please."
                ),
                (
                    .context,
                    "I'm organising our class reunion and pasted everyone's answers into memory/reunion. Please make a list in outputs/reunion-coming.md of the people who said yes, each on their own line with the email address they gave in their reply. Leave out the no's and anyone who isn't sure yet, and don't take addresses from the old class list, as some of them are out of date."
                ),
            ], changed: ["outputs/reunion-coming.md"], check: { f in Fresh9.isComingList(f("outputs/reunion-coming.md")) },
            solution: ops(writes: [
                (
                    "outputs/reunion-coming.md",
                    "- Saoirse Quinn: saoirse.q@example.com\n- Florin Avram: florin.avram@example.net\n- Harriet Oyelaran: hoyelaran@example.org\n"
                )
            ])),
        Intention(
            number: 1011, kind: "list-and-save: a folder's monthly issues, newest first", fixtures: Fresh9.newsletters,
            wordings: [
                (.imperative, "List the dated newsletters in memory/parish-newsletters in outputs/newsletters.md, newest first, one per line"),
                (
                    .request,
                    "Could you save a list of the parish newsletters I've kept in memory/parish-newsletters to outputs/newsletters.md, with the latest one at the top?"
                ),
                (
                    .context,
                    "Someone at church asked which back issues of the parish newsletter I still have. They're in memory/parish-newsletters, one file per month; please write them to outputs/newsletters.md, one per line, with the most recent first. The note about how to subscribe isn't an issue, so leave it off."
                ),
            ], changed: ["outputs/newsletters.md"], check: { f in Fresh9.isIssueList(f("outputs/newsletters.md")) },
            solution: ops(writes: [("outputs/newsletters.md", "- 2026-02.md\n- 2026-01.md\n- 2025-12.md\n- 2025-11.md\n")])),
        Intention(
            number: 1012, kind: "convert: a Markdown table of packing boxes to a CSV file",
            fixtures: ["memory/moving/box-list.md": Fresh9.boxes, "memory/moving/box-list-2019.md": Fresh9.boxes2019],
            wordings: [
                (.imperative, "Convert the table in memory/moving/box-list.md to CSV and save it as outputs/boxes.csv"),
                (
                    .request,
                    "The removals firm wants my box list as a CSV file. Could you turn the table in my box-list note (it's in memory/moving) into outputs/boxes.csv?"
                ),
                (
                    .context,
                    "We move on Friday and the removals firm asked for our box list as a CSV they can open in a spreadsheet. Please convert the table in memory/moving/box-list.md into CSV with a header row, keeping the box number, what's in it and the room it goes to, and save it as outputs/boxes.csv. The 2019 list is from our last move, so ignore it."
                ),
            ], changed: ["outputs/boxes.csv"], check: { f in Fresh9.isBoxesCSV(f("outputs/boxes.csv")) },
            solution: ops(writes: [
                ("outputs/boxes.csv", "Box,Contents,Room\n1,books,study\n2,\"plates, bowls\",kitchen\n3,winter coats,hall\n4,bedding,spare room\n")
            ])),
        Intention(
            number: 1013, kind: "skill: suggesting meals that use up what has been in the freezer longest",
            fixtures: ["skills/README.md": "Each skill is a folder holding a SKILL.md.\n", "skills/shopping-list/SKILL.md": Fresh9.shoppingSkill],
            wordings: [
                (
                    .imperative,
                    "Create skills/freezer-meals/SKILL.md, a skill named freezer-meals with a description, that suggests meals from what is listed in memory/freezer.md, using the oldest items first, and takes an item off that list when I say I've used it"
                ),
                (
                    .request,
                    "Could you write me a freezer-meals skill? When I ask what to cook, it should look at memory/freezer.md and suggest meals that use the oldest things first, and when I tell you I've used something it should come off the list."
                ),
                (
                    .context,
                    "Our chest freezer is full of things I froze months ago and then forgot about. Please write a skill called freezer-meals, set out like the shopping-list one with a name and a description at the top, that tells you to read memory/freezer.md when I ask for dinner ideas, to suggest meals using whatever has been in there longest, and to remove an item from that list once I say I've cooked it."
                ),
            ], changed: ["skills/freezer-meals/SKILL.md"],
            check: { f in
                // Front matter naming the skill as its folder, with a description; a body carrying the file, the oldest-first rule and the crossing off.
                guard let t = f("skills/freezer-meals/SKILL.md"), let (fields, body) = Judge.skill(t) else { return false }
                let b = body.lowercased()
                let rest = b.replacingOccurrences(of: "memory/freezer.md", with: " ")
                return fields["name"] == "freezer-meals" && (fields["description"] ?? "").count >= 10 && b.count >= 40
                    && b.contains("memory/freezer.md") && Judge.has(rest, #"oldest|longest|earliest|first[- ]in|soonest|date (frozen|added)"#)
                    && Judge.has(rest, #"suggest|\bideas?\b|\bmeals?\b|recipe|\bcook|dinner"#)
                    && Judge.has(rest, #"remove|delete|cross|strike|take (it |them |that |the item )?off|\bmark|\btick|update"#)
            },
            solution: ops(writes: [
                (
                    "skills/freezer-meals/SKILL.md",
                    "---\nname: freezer-meals\ndescription: Suggest meals that use up what has been in the freezer longest.\n---\nWhen I ask what to cook, read memory/freezer.md and suggest meals that use the oldest items first.\nWhen I say I've used an item, remove it from memory/freezer.md.\n"
                )
            ])),
        Intention(
            number: 1014, kind: "script: a shell script that prints the total word count of a novel's chapters", fixtures: Fresh9.novel,
            wordings: [
                (
                    .imperative,
                    "Write memory/novel/word-count.sh, a shell script that prints the total number of words in all the chapter files in memory/novel/chapters"
                ),
                (
                    .request,
                    "Could you write me a little shell script, word-count.sh in memory/novel, that adds up the words in every chapter in memory/novel/chapters and prints the total?"
                ),
                (
                    .context,
                    "I'm aiming for fifty thousand words of my novel by the end of the month and want a quick way to check how far I've got. Please write a shell script, memory/novel/word-count.sh, that counts the words in all the chapter files in memory/novel/chapters together and prints the total. The outline and the character notes don't count, and the script should only read files, never change anything."
                ),
            ], changed: ["memory/novel/word-count.sh"], check: { f in Fresh9.isWordCountScript(f("memory/novel/word-count.sh")) },
            solution: ops(writes: [("memory/novel/word-count.sh", "#!/bin/sh\ncat memory/novel/chapters/*.md | wc -w\n")])),
    ]

    /// Correct results in other forms a careful person accepts (a table, another marker, a title,
    /// spacing, another date or number format, another order, quoted CSV cells, a lost final
    /// newline, full paths or titles for file names, another way to write the same script), at
    /// least one per intention but the delete (1008), which has no other form.
    static let fresh9Alternatives: [(Int, String)] = [
        (
            1001,
            ops(writes: [
                (
                    "memory/cat-sitting/feeding-rota.md",
                    "Feeding Marmalade next week\n\n| Day | Neighbour |\n|---|---|\n| Monday | Ottilie |\n| Wednesday | Rashid |\n| Friday | Bronagh |"
                )
            ])
        ),
        (1001, ops(writes: [("memory/cat-sitting/feeding-rota.md", "Ottilie (Mon)\nRashid (Wed)\nBronagh (Fri)")])),
        (
            1001,
            ops(writes: [
                (
                    "memory/cat-sitting/feeding-rota.md",
                    "## Who feeds Marmalade\n\n* **Mon** – Ottilie\n* **Weds** – Rashid\n* **Fri** – Bronagh\n"
                )
            ])
        ),
        (
            1002,
            ops(writes: [
                (
                    "memory/house/emergency-info.md",
                    Fresh9.emergency.replacingOccurrences(
                        of: "- Stopcock: under the kitchen sink", with: "- Stopcock:  garage (behind the tumble dryer)"
                    )
                    .trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            1002,
            ops(writes: [
                (
                    "memory/house/emergency-info.md",
                    Fresh9.emergency.replacingOccurrences(
                        of: "- Stopcock: under the kitchen sink", with: "- Stopcock: in the garage behind the tumble drier (not under the sink!)"
                    ).replacingOccurrences(of: "# Emergency info\n", with: "# Emergency info\n\n")
                )
            ])
        ),
        (1003, ops(writes: [("memory/languages/spanish-words.md", Fresh9.spanish.trimmingCharacters(in: .newlines) + "\n* el cajón — drawer")])),
        (1003, ops(writes: [("memory/languages/spanish-words.md", Fresh9.spanish + "\n- el cajon: (a) drawer\n")])),
        (
            1004,
            ops(writes: [
                (
                    "memory/family/things-they-say.md",
                    "- 09/11, Pip (5): The moon is following our car!\n\n" + Fresh9.sayings.trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            1004,
            ops(writes: [
                ("memory/family/things-they-say.md", "- 9th November, Pip (5): “The moon is following our car.”\n" + Fresh9.sayings)
            ])
        ),
        (
            1005,
            ops(
                writes: [
                    (
                        "memory/pub-quiz/the-quizzly-bears.md",
                        Fresh9.quiz["memory/pub-quiz/team-name-tbd.md"]!.trimmingCharacters(in: .newlines)
                    )
                ], #"{"op":"delete","path":"memory/pub-quiz/team-name-tbd.md"}"#)
        ),
        (
            1006,
            ops(
                writes: Fresh9.taxPapers.map { ("memory/tax-return-2025/\($0)", Fresh9.paperwork["memory/paperwork/\($0)"]! + "\n") },
                #"{"op":"delete","path":"memory/paperwork/charity-gifts-2025.md"}"#,
                #"{"op":"delete","path":"memory/paperwork/interest-statement-2025.md"}"#,
                #"{"op":"delete","path":"memory/paperwork/pension-statement-2025.md"}"#)
        ),
        (
            1007,
            ops(writes: [
                (
                    "outputs/application-kestrel/reference.md",
                    Fresh9.jobs["memory/jobs/reference-mrs-achebe.md"]!.trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            1009,
            ops(writes: [
                (
                    "outputs/water-off.md",
                    "# Water off\n\nBrookvale Water are turning the supply off on Tue 3rd March from 9am until around 4pm to replace the main. Fill the kettle, bottles and a bucket beforehand; bottled water is handed out at the community hall. When it's back, run the cold tap until it's clear before drinking.\n"
                )
            ])
        ),
        (
            1009,
            ops(writes: [
                (
                    "outputs/water-off.md",
                    "When: 03/03, 09:00–16:00\nBefore: fill kettle, bottles, bucket\nHelp: 0800 555 0192 (by 27 Feb)\nAfter: run cold tap till clear; no washing machine till then"
                )
            ])
        ),
        (
            1009,
            ops(writes: [
                (
                    "outputs/water-off.md",
                    "No water on March 3 (9am to 4pm).\nStore water beforehand.\nWater may be brown afterwards: run the cold tap until clear.\n"
                )
            ])
        ),
        (
            1010,
            ops(writes: [
                (
                    "outputs/reunion-coming.md",
                    "# Coming to the reunion\n\n| Name | Email |\n|---|---|\n| Harriet Oyelaran | hoyelaran@example.org |\n| Saoirse Quinn | saoirse.q@example.com |\n| Florin Avram | florin.avram@example.net |\n"
                )
            ])
        ),
        (
            1010,
            ops(writes: [
                (
                    "outputs/reunion-coming.md",
                    "Saoirse Quinn <saoirse.q@example.com>\nFlorin Avram <florin.avram@example.net>\nHarriet Oyelaran <hoyelaran@example.org>"
                )
            ])
        ),
        (
            1010,
            ops(writes: [
                (
                    "outputs/reunion-coming.md",
                    "Said yes:\n1. Saoirse – saoirse.q@example.com\n2. Florin (new address) – florin.avram@example.net\n3. Harriet – hoyelaran@example.org\n"
                )
            ])
        ),
        (
            1011,
            ops(writes: [
                (
                    "outputs/newsletters.md",
                    "memory/parish-newsletters/2026-02.md\nmemory/parish-newsletters/2026-01.md\nmemory/parish-newsletters/2025-12.md\nmemory/parish-newsletters/2025-11.md"
                )
            ])
        ),
        (
            1011,
            ops(writes: [
                (
                    "outputs/newsletters.md",
                    "# Parish newsletters I have\n\n1. February 2026 (pancake race)\n2. January 2026 (new year coffee morning)\n3. December 2025 (carol service)\n4. November 2025 (bonfire night)\n"
                )
            ])
        ),
        (
            1011,
            ops(writes: [
                (
                    "outputs/newsletters.md",
                    "Back issues, newest first\n| File | Issue |\n|---|---|\n| 2026-02.md | Feb 2026 |\n| 2026-01.md | Jan 2026 |\n| 2025-12.md | Dec 2025 |\n| 2025-11.md | Nov 2025 |\n"
                )
            ])
        ),
        (
            1012,
            ops(writes: [
                (
                    "outputs/boxes.csv",
                    "\"Room\",\"Box\",\"Contents\"\r\n\"hall\",\"3\",\"winter coats\"\r\n\"study\",\"1\",\"books\"\r\n\"kitchen\",\"2\",\"plates, bowls\"\r\n\"spare room\",\"4\",\"bedding\"\r\n"
                )
            ])
        ),
        (
            1012,
            ops(writes: [
                (
                    "outputs/boxes.csv",
                    "box, contents, room\n1, Books, Study\n2, \"Plates, bowls\", Kitchen\n3, Winter coats, Hall\n4, Bedding, Spare room"
                )
            ])
        ),
        (
            1013,
            ops(writes: [
                (
                    "skills/freezer-meals/SKILL.md",
                    "---\nname: \"freezer-meals\"\ndescription: >\n  Dinner ideas from the freezer, oldest food first.\n---\n\n# Freezer meals\n\n1. Read `memory/freezer.md`.\n2. Suggest two or three meals built around the items that have been frozen longest.\n3. When I say I've used something, delete its line from the list.\n"
                )
            ])
        ),
        (
            1014,
            ops(writes: [
                (
                    "memory/novel/word-count.sh",
                    "#!/usr/bin/env bash\nset -euo pipefail\nfind memory/novel/chapters -name '*.md' -exec cat {} + | wc -w\n"
                )
            ])
        ),
        (
            1014,
            ops(writes: [
                (
                    "memory/novel/word-count.sh",
                    "#!/bin/bash\ntotal=0\nfor f in memory/novel/chapters/*.md; do\n  n=$(wc -w < \"$f\")\n  total=$((total + n))\ndone\necho \"Total words: $total\"\n"
                )
            ])
        ),
        (1014, ops(writes: [("memory/novel/word-count.sh", "awk '{ words += NF } END { print words }' memory/novel/chapters/*\n")])),
        (1014, ops(writes: [("memory/novel/word-count.sh", "#!/bin/sh\nDIR=memory/novel/chapters\nwc -w \"$DIR\"/*.md | tail -n 1\n")])),
        (1014, ops(writes: [("memory/novel/word-count.sh", "#!/bin/sh\ncd \"$(dirname \"$0\")/chapters\" && cat *.md | wc -w\n")])),
        (
            1014,
            ops(writes: [
                ("memory/novel/word-count.sh", "#!/bin/zsh\n# Words so far\nwc --words memory/novel/chapters/*.md | tail -1 | awk '{print $1}'")
            ])
        ),
        (
            1014,
            ops(writes: [
                ("memory/novel/word-count.sh", "#!/bin/sh\nfind memory/novel/chapters -type f -print0 | xargs -0 cat | wc -w\n")
            ])
        ),
    ]

    /// Wrong or partial results that the ninth fresh part's checks must refuse, at least four per intention.
    static let fresh9NearMisses: [(Int, String)] = [
        (1001, ops(writes: [("memory/cat-sitting/feeding-rota.md", "Monday Ottilie, Wednesday Rashid, Friday Bronagh\n")])),
        (1001, ops(writes: [("memory/cat-sitting/feeding-rota.md", "- Monday: Rashid\n- Wednesday: Ottilie\n- Friday: Bronagh\n")])),
        (1001, ops(writes: [("memory/cat-sitting/feeding-rota.md", "- Monday: Ottilie\n- Wednesday: Rashid\n")])),
        (
            1001,
            ops(writes: [
                (
                    "memory/cat-sitting/feeding-rota.md",
                    "- Monday: Ottilie\n- Wednesday: Rashid\n- Thursday: Mrs Kowalczyk\n- Friday: Bronagh\n"
                )
            ])
        ),
        (1001, ops(writes: [("memory/cat-sitting/feeding-rota.md", "- Monday: Ottilie\n- Thursday: Rashid\n- Friday: Bronagh\n")])),
        (
            1001,
            ops(writes: [("memory/cat-sitting/rota-2025.md", Fresh9.rota2025 + "- Monday: Ottilie\n- Wednesday: Rashid\n- Friday: Bronagh\n")])
        ),
        (1001, ops(writes: [("memory/feeding-rota.md", "- Monday: Ottilie\n- Wednesday: Rashid\n- Friday: Bronagh\n")])),
        (1001, ops(writes: [("memory/cat-sitting/feeding-rota.md", "```\n- Monday: Ottilie\n- Wednesday: Rashid\n- Friday: Bronagh\n```\n")])),
        (1001, ops(writes: [("memory/cat-sitting/feeding-rota.md", Fresh9.rota2025)])),
        (
            1002,
            ops(writes: [("memory/house/emergency-info.md", Fresh9.emergency + "- Stopcock: in the garage, behind the tumble dryer\n")])
        ),
        (
            1002,
            ops(writes: [
                (
                    "memory/house/emergency-info-gran.md",
                    Fresh9.emergencyGran.replacingOccurrences(of: "under the kitchen sink", with: "in the garage, behind the tumble dryer")
                )
            ])
        ),
        (
            1002,
            ops(writes: [
                ("memory/house/emergency-info.md", Fresh9.emergency.replacingOccurrences(of: "under the kitchen sink", with: "in the garage"))
            ])
        ),
        (
            1002,
            ops(writes: [
                (
                    "memory/house/emergency-info.md",
                    Fresh9.emergency.replacingOccurrences(
                        of: "under the kitchen sink", with: "under the kitchen sink or in the garage, behind the tumble dryer")
                )
            ])
        ),
        (1002, ops(writes: [("memory/house/emergency-info.md", "- Stopcock: in the garage, behind the tumble dryer\n")])),
        (
            1002,
            ops(writes: [
                (
                    "memory/house/emergency-info.md",
                    Fresh9.emergency.replacingOccurrences(of: "under the kitchen sink", with: "in the garage, behind the tumble dryer")
                        .replacingOccurrences(of: "cupboard under the stairs", with: "in the garage")
                )
            ])
        ),
        (
            1002,
            ops(writes: [
                (
                    "memory/house/emergency-info.md",
                    "```markdown\n"
                        + Fresh9.emergency.replacingOccurrences(of: "under the kitchen sink", with: "in the garage, behind the tumble dryer")
                        + "```\n"
                )
            ])
        ),
        (1003, ops(writes: [("memory/languages/portuguese-words.md", Fresh9.portuguese + "- el cajón: drawer\n")])),
        (
            1003,
            ops(writes: [
                (
                    "memory/languages/spanish-words.md",
                    Fresh9.spanish.replacingOccurrences(of: "# Spanish words\n", with: "# Spanish words\n- el cajón: drawer\n")
                )
            ])
        ),
        (1003, ops(writes: [("memory/languages/spanish-words.md", Fresh9.spanish + "- el cajón: desk\n")])),
        (1003, ops(writes: [("memory/languages/spanish-words.md", Fresh9.spanish + "- la cajón: drawer\n")])),
        (
            1003,
            ops(writes: [
                (
                    "memory/languages/spanish-words.md",
                    Fresh9.spanish.replacingOccurrences(of: "- la almohada: pillow\n", with: "- el cajón: drawer\n")
                )
            ])
        ),
        (1003, ops(writes: [("memory/languages/spanish-words.md", "```\n" + Fresh9.spanish + "- el cajón: drawer\n```\n")])),
        (1003, ops(writes: [("memory/languages/spanish-words.md", "- el cajón: drawer\n")])),
        (1004, ops(writes: [("memory/family/things-they-say.md", Fresh9.sayings + "- 9 Nov, Pip (5): \"The moon is following our car.\"\n")])),
        (
            1004,
            ops(writes: [
                ("memory/family/things-they-say-2025.md", "- 9 Nov, Pip (5): \"The moon is following our car.\"\n" + Fresh9.sayings2025)
            ])
        ),
        (
            1004,
            ops(writes: [("memory/family/things-they-say.md", "- 9 Nov, Rosalie (8): \"The moon is following our car.\"\n" + Fresh9.sayings)])
        ),
        (1004, ops(writes: [("memory/family/things-they-say.md", "- 19 Nov, Pip (5): \"The moon is following our car.\"\n" + Fresh9.sayings)])),
        (
            1004,
            ops(writes: [
                (
                    "memory/family/things-they-say.md",
                    Fresh9.sayings.replacingOccurrences(
                        of: "- 2 Nov, Pip (5): \"Why don't fish get cold?\"\n", with: "- 9 Nov, Pip (5): \"The moon is following our car.\"\n")
                )
            ])
        ),
        (
            1004,
            ops(writes: [
                ("memory/family/things-they-say.md", "```\n- 9 Nov, Pip (5): \"The moon is following our car.\"\n" + Fresh9.sayings + "```\n")
            ])
        ),
        (
            1004,
            ops(writes: [
                (
                    "memory/family/things-they-say.md",
                    Fresh9.sayings.replacingOccurrences(
                        of: "- 27 Oct", with: "- 9 Nov, Pip (5): \"The moon is following our car.\"\n- 27 Oct")
                )
            ])
        ),
        (1005, ops(#"{"op":"move","from":"memory/pub-quiz/team-name-ideas.md","to":"memory/pub-quiz/the-quizzly-bears.md"}"#)),
        (1005, ops(#"{"op":"move","from":"memory/pub-quiz/team-name-tbd.md","to":"memory/the-quizzly-bears.md"}"#)),
        (1005, ops(writes: [("memory/pub-quiz/the-quizzly-bears.md", Fresh9.quiz["memory/pub-quiz/team-name-tbd.md"]!)])),
        (1005, ops(#"{"op":"move","from":"memory/pub-quiz/team-name-tbd.md","to":"memory/pub-quiz/the-quizzly-bears.txt"}"#)),
        (
            1005,
            ops(
                writes: [
                    (
                        "memory/pub-quiz/the-quizzly-bears.md",
                        Fresh9.quiz["memory/pub-quiz/team-name-tbd.md"]!.replacingOccurrences(
                            of: "# Our team (name to be decided)", with: "# The Quizzly Bears")
                    )
                ], #"{"op":"delete","path":"memory/pub-quiz/team-name-tbd.md"}"#)
        ),
        (
            1005,
            ops(
                #"{"op":"move","from":"memory/pub-quiz/team-name-tbd.md","to":"memory/pub-quiz/the-quizzly-bears.md"}"#,
                #"{"op":"delete","path":"memory/pub-quiz/team-name-ideas.md"}"#)
        ),
        (
            1006,
            ops(
                #"{"op":"move","from":"memory/paperwork/interest-statement-2025.md","to":"memory/tax-return-2025/interest-statement-2025.md"}"#,
                #"{"op":"move","from":"memory/paperwork/pension-statement-2025.md","to":"memory/tax-return-2025/pension-statement-2025.md"}"#)
        ),
        (
            1006,
            ops(writes: Fresh9.taxPapers.map { ("memory/tax-return-2025/\($0)", Fresh9.paperwork["memory/paperwork/\($0)"]!) })
        ),
        (
            1006,
            ops(
                #"{"op":"move","from":"memory/paperwork/interest-statement-2025.md","to":"memory/tax-return-2025/interest-statement-2025.md"}"#,
                #"{"op":"move","from":"memory/paperwork/pension-statement-2025.md","to":"memory/tax-return-2025/pension-statement-2025.md"}"#,
                #"{"op":"move","from":"memory/paperwork/charity-gifts-2025.md","to":"memory/tax-return-2025/charity-gifts-2025.md"}"#,
                #"{"op":"move","from":"memory/paperwork/interest-statement-2026.md","to":"memory/tax-return-2025/interest-statement-2026.md"}"#)
        ),
        (
            1006,
            ops(
                #"{"op":"move","from":"memory/paperwork/interest-statement-2025.md","to":"memory/tax-return/interest-statement-2025.md"}"#,
                #"{"op":"move","from":"memory/paperwork/pension-statement-2025.md","to":"memory/tax-return/pension-statement-2025.md"}"#,
                #"{"op":"move","from":"memory/paperwork/charity-gifts-2025.md","to":"memory/tax-return/charity-gifts-2025.md"}"#)
        ),
        (
            1006,
            ops(
                #"{"op":"move","from":"memory/paperwork/interest-statement-2025.md","to":"memory/tax-return-2025/interest.md"}"#,
                #"{"op":"move","from":"memory/paperwork/pension-statement-2025.md","to":"memory/tax-return-2025/pension.md"}"#,
                #"{"op":"move","from":"memory/paperwork/charity-gifts-2025.md","to":"memory/tax-return-2025/charity-gifts.md"}"#)
        ),
        (1007, ops(#"{"op":"move","from":"memory/jobs/reference-mrs-achebe.md","to":"outputs/application-kestrel/reference.md"}"#)),
        (1007, ops(writes: [("outputs/application-kestrel/reference.md", Fresh9.jobs["memory/jobs/reference-coach-pell.md"]!)])),
        (1007, ops(writes: [("outputs/application-kestrel/reference-mrs-achebe.md", Fresh9.jobs["memory/jobs/reference-mrs-achebe.md"]!)])),
        (1007, ops(writes: [("outputs/reference.md", Fresh9.jobs["memory/jobs/reference-mrs-achebe.md"]!)])),
        (
            1007,
            ops(writes: [
                (
                    "outputs/application-kestrel/reference.md",
                    Fresh9.jobs["memory/jobs/reference-mrs-achebe.md"]!.replacingOccurrences(of: "Funmi Achebe, branch manager\n", with: "")
                )
            ])
        ),
        (
            1007,
            ops(writes: [
                ("outputs/application-kestrel/reference.md", Fresh9.jobs["memory/jobs/reference-mrs-achebe.md"]!),
                ("memory/jobs/reference-mrs-achebe.md", Fresh9.jobs["memory/jobs/reference-mrs-achebe.md"]! + "Sent to Kestrel Books.\n"),
            ])
        ),
        (
            1007,
            ops(writes: [
                ("outputs/application-kestrel/reference.md", "```markdown\n" + Fresh9.jobs["memory/jobs/reference-mrs-achebe.md"]! + "```\n")
            ])
        ),
        (1008, ops(#"{"op":"delete","path":"memory/clubs/ballet-saturday.md"}"#)),
        (1008, ops(#"{"op":"delete","path":"memory/clubs/ballet-tuesday.md"}"#, #"{"op":"delete","path":"memory/clubs/ballet-saturday.md"}"#)),
        (1008, ops(writes: [("memory/clubs/ballet-tuesday.md", "")])),
        (1008, ops(#"{"op":"move","from":"memory/clubs/ballet-tuesday.md","to":"memory/clubs/old/ballet-tuesday.md"}"#)),
        (1008, ops(writes: [("memory/clubs/ballet-tuesday.md", Fresh9.clubs["memory/clubs/ballet-tuesday.md"]! + "Stopped at half term.\n")])),
        (1008, ops(#"{"op":"delete","path":"memory/clubs/judo-tuesday.md"}"#)),
        (1009, ops(writes: [("outputs/water-off.md", Fresh9.notice)])),
        (1009, ops(writes: [("outputs/water-off.md", "The water company wrote about some work they are doing soon. Worth reading the letter.\n")])),
        (1009, ops(writes: [("outputs/water-off.md", "- Spring water bill: 118.60 EUR.\n- Paid by direct debit on 20 March.\n")])),
        (
            1009,
            ops(writes: [
                (
                    "outputs/water-off.md",
                    "- Water off on Tuesday 4 March, 9 am to about 4 pm.\n- Fill a kettle, bottles and a bucket beforehand.\n- Run the cold tap until clear afterwards.\n"
                )
            ])
        ),
        (
            1009,
            ops(writes: [
                (
                    "outputs/water-off.md",
                    "- Water off on Tuesday 3 March, 8 am to about 4 pm.\n- Fill a kettle, bottles and a bucket beforehand.\n- Run the cold tap until clear afterwards.\n"
                )
            ])
        ),
        (
            1009,
            ops(writes: [
                (
                    "memory/water/water-off.md",
                    "- Water off on Tuesday 3 March, 9 am to about 4 pm.\n- Fill a kettle, bottles and a bucket beforehand.\n- Run the cold tap until clear afterwards.\n"
                )
            ])
        ),
        (
            1009,
            ops(writes: [
                (
                    "outputs/water-off.md",
                    "- Water off on Tuesday 3 March, 9 am to about 4 pm.\n- Fill a kettle, bottles and a bucket beforehand.\n- Run the cold tap until clear afterwards.\n- The spring bill of 118.60 EUR is due on 20 March.\n"
                )
            ])
        ),
        (
            1010,
            ops(writes: [
                (
                    "outputs/reunion-coming.md",
                    "- Saoirse Quinn: saoirse.q@example.com\n- Florin Avram: florin.avram@example.net\n- Leonie Marsh: leonie.m@example.org\n- Harriet Oyelaran: hoyelaran@example.org\n"
                )
            ])
        ),
        (
            1010,
            ops(writes: [
                (
                    "outputs/reunion-coming.md",
                    "- Saoirse Quinn: saoirse.q@example.com\n- Florin Avram: f.avram@example.co.uk\n- Harriet Oyelaran: hoyelaran@example.org\n"
                )
            ])
        ),
        (
            1010,
            ops(writes: [("outputs/reunion-coming.md", "- Saoirse Quinn: saoirse.q@example.com\n- Florin Avram: florin.avram@example.net\n")])
        ),
        (1010, ops(writes: [("outputs/reunion-coming.md", "saoirse.q@example.com\nflorin.avram@example.net\nhoyelaran@example.org\n")])),
        (
            1010,
            ops(writes: [
                (
                    "outputs/reunion-coming.md",
                    "Saoirse Quinn (saoirse.q@example.com), Florin Avram (florin.avram@example.net), Harriet Oyelaran (hoyelaran@example.org)\n"
                )
            ])
        ),
        (
            1010,
            ops(writes: [
                (
                    "outputs/reunion-coming.md",
                    "- Saoirse Quinn: hoyelaran@example.org\n- Florin Avram: florin.avram@example.net\n- Harriet Oyelaran: saoirse.q@example.com\n"
                )
            ])
        ),
        (
            1010,
            ops(writes: [
                (
                    "memory/reunion/reunion-coming.md",
                    "- Saoirse Quinn: saoirse.q@example.com\n- Florin Avram: florin.avram@example.net\n- Harriet Oyelaran: hoyelaran@example.org\n"
                )
            ])
        ), (1010, ops(writes: [("outputs/reunion-coming.md", Fresh9.replies)])),
        (1011, ops(writes: [("outputs/newsletters.md", "- 2025-11.md\n- 2025-12.md\n- 2026-01.md\n- 2026-02.md\n")])),
        (
            1011,
            ops(writes: [("outputs/newsletters.md", "- 2026-02.md\n- 2026-01.md\n- 2025-12.md\n- 2025-11.md\n- how-to-subscribe.md\n")])
        ),
        (1011, ops(writes: [("outputs/newsletters.md", "- 2026-02.md\n- 2026-01.md\n- 2025-11.md\n")])),
        (1011, ops(writes: [("outputs/newsletters.md", "2026-02.md, 2026-01.md, 2025-12.md, 2025-11.md\n")])),
        (1011, ops(writes: [("outputs/newsletters.md", "- 2026-02.md\n- 2025-12.md\n- 2026-01.md\n- 2025-11.md\n")])),
        (
            1011,
            ops(writes: [("memory/parish-newsletters/newsletters.md", "- 2026-02.md\n- 2026-01.md\n- 2025-12.md\n- 2025-11.md\n")])
        ),
        (1011, ops(writes: [("outputs/newsletters.md", "```\n2026-02.md\n2026-01.md\n2025-12.md\n2025-11.md\n```\n")])),
        (1011, ops(writes: [("outputs/newsletters.md", "- 2026-02.md\n- 2026-01.md\n- 2025-12.md\n- 2025-11.md\n- 2026-01.md\n")])),
        (1012, ops(writes: [("outputs/boxes.csv", Fresh9.boxes)])),
        (
            1012,
            ops(writes: [
                ("outputs/boxes.csv", "Box,Contents,Room\n1,books,study\n2,plates, bowls,kitchen\n3,winter coats,hall\n4,bedding,spare room\n")
            ])
        ),
        (1012, ops(writes: [("outputs/boxes.csv", "Box,Contents,Room\n1,books,study\n2,\"plates, bowls\",kitchen\n3,winter coats,hall\n")])),
        (1012, ops(writes: [("outputs/boxes.csv", "Box,Contents,Room\n1,records,lounge\n2,pans,kitchen\n3,garden tools,shed\n")])),
        (
            1012,
            ops(writes: [
                ("outputs/boxes.csv", "Box,Contents,Room\n1,books,hall\n2,\"plates, bowls\",kitchen\n3,winter coats,study\n4,bedding,spare room\n")
            ])
        ),
        (1012, ops(writes: [("outputs/boxes.csv", "1,books,study\n2,\"plates, bowls\",kitchen\n3,winter coats,hall\n4,bedding,spare room\n")])),
        (
            1012,
            ops(writes: [
                (
                    "outputs/boxes.csv",
                    "```csv\nBox,Contents,Room\n1,books,study\n2,\"plates, bowls\",kitchen\n3,winter coats,hall\n4,bedding,spare room\n```\n"
                )
            ])
        ),
        (
            1012,
            ops(writes: [
                ("outputs/boxes.md", "Box,Contents,Room\n1,books,study\n2,\"plates, bowls\",kitchen\n3,winter coats,hall\n4,bedding,spare room\n")
            ])
        ),
        (
            1013,
            ops(writes: [
                (
                    "skills/freezer-meals/SKILL.md",
                    "# Freezer meals\nWhen I ask what to cook, read memory/freezer.md and suggest meals that use the oldest items first. When I say I've used an item, remove it from the list.\n"
                )
            ])
        ),
        (
            1013,
            ops(writes: [
                (
                    "skills/freezer-meals/SKILL.md",
                    "---\nname: Freezer Meals\ndescription: Suggest meals from the freezer.\n---\nWhen I ask what to cook, read memory/freezer.md and suggest meals that use the oldest items first. When I say I've used an item, remove it from the list.\n"
                )
            ])
        ),
        (
            1013,
            ops(writes: [
                (
                    "skills/freezer-meals.md",
                    "---\nname: freezer-meals\ndescription: Suggest meals from the freezer.\n---\nWhen I ask what to cook, read memory/freezer.md and suggest meals that use the oldest items first. When I say I've used an item, remove it from the list.\n"
                )
            ])
        ),
        (
            1013,
            ops(writes: [
                (
                    "skills/freezer-meals/SKILL.md",
                    "---\nname: freezer-meals\n---\nWhen I ask what to cook, read memory/freezer.md and suggest meals that use the oldest items first. When I say I've used an item, remove it from the list.\n"
                )
            ])
        ),
        (
            1013,
            ops(writes: [
                (
                    "skills/freezer-meals/SKILL.md",
                    "---\nname: freezer-meals\ndescription: Suggest meals from the freezer.\n---\nWhen I ask what to cook, look in the freezer and suggest meals that use the oldest items first. When I say I've used an item, remove it from the list.\n"
                )
            ])
        ),
        (
            1013,
            ops(writes: [
                (
                    "skills/freezer-meals/SKILL.md",
                    "---\nname: freezer-meals\ndescription: Suggest meals from the freezer.\n---\nWhen I ask what to cook, read memory/freezer.md and suggest a few meals using what's there.\n"
                )
            ])
        ),
        (
            1013,
            ops(writes: [
                (
                    "skills/freezer-meals/SKILL.md",
                    "```markdown\n---\nname: freezer-meals\ndescription: Suggest meals from the freezer.\n---\nWhen I ask what to cook, read memory/freezer.md and suggest meals that use the oldest items first. When I say I've used an item, remove it from the list.\n```\n"
                )
            ])
        ),
        (
            1013,
            ops(writes: [
                (
                    "skills/shopping-list/SKILL.md",
                    Fresh9.shoppingSkill
                        + "\n## Freezer\nWhen I ask what to cook, read memory/freezer.md and suggest meals that use the oldest items first. When I say I've used an item, remove it from the list.\n"
                )
            ])
        ),
        (1014, ops(writes: [("memory/novel/word-count.sh", "#!/bin/sh\ncat memory/novel/chapters/*.md | wc -l\n")])),
        (1014, ops(writes: [("memory/novel/word-count.sh", "#!/bin/sh\ncat memory/novel/*.md | wc -w\n")])),
        (1014, ops(writes: [("memory/novel/word-count.sh", "#!/bin/sh\nls memory/novel/chapters/* | wc -w\n")])),
        (1014, ops(writes: [("memory/novel/word-count.sh", "#!/bin/sh\nwc -w memory/novel/chapters/01-arrival.md\n")])),
        (1014, ops(writes: [("memory/novel/word-count.sh", "#!/bin/sh\nfind memory/novel/chapters -type f | wc -w\n")])),
        (
            1014,
            ops(writes: [("memory/novel/word-count.sh", "#!/bin/sh\nfor f in memory/novel/chapters/*.md; do wc -w \"$f\"; done\n")])
        ),
        (1014, ops(writes: [("memory/novel/word-count.sh", "#!/bin/sh\nfind memory/novel -name '*.md' -exec cat {} + | wc -w\n")])),
        (1014, ops(writes: [("memory/novel/word-count.sh", "```bash\n#!/bin/sh\ncat memory/novel/chapters/*.md | wc -w\n```\n")])),
        (1014, ops(writes: [("memory/word-count.sh", "#!/bin/sh\ncat memory/novel/chapters/*.md | wc -w\n")])),
        (
            1014,
            ops(writes: [
                (
                    "memory/novel/word-count.sh",
                    "#!/usr/bin/env python3\nimport glob\nprint(sum(len(open(p).read().split()) for p in glob.glob(\"memory/novel/chapters/*.md\")))\n"
                )
            ])
        ),
        (
            1014,
            ops(writes: [
                ("memory/novel/word-count.sh", "#!/bin/sh\ncat memory/novel/chapters/*.md | wc -w\nrm -f memory/novel/chapters/*.bak\n")
            ])
        ),
        (1014, ops(writes: [("memory/novel/word-count.sh", "#!/bin/sh\n# cat memory/novel/chapters/*.md | wc -w\nls memory/novel\n")])),
        (1014, ops(writes: [("memory/novel/word-count.sh", "#!/bin/sh\nwc -w memory/novel/chapters\n")])),
    ]
}

/// The ninth fresh part's fixtures and the helpers its checks share.
private enum Fresh9 {
    static let rota2025 = "# Feeding Marmalade, August 2025\n- Monday: Rashid\n- Thursday: Mrs Kowalczyk\n- Saturday: Bronagh\n"
    static let catCare = "# Marmalade\nHalf a pouch morning and evening, fresh water. The litter tray is in the utility room.\n"
    static let emergency = """
        # Emergency info
        - Stopcock: under the kitchen sink
        - Fuse box: cupboard under the stairs
        - Gas meter: outside, left of the front door
        - Boiler reset: hold the red button for 5 seconds

        """
    static let emergencyGran = "# Emergency info (Gran's bungalow)\n- Stopcock: under the kitchen sink\n- Fuse box: in the porch\n"
    static let spanish = """
        # Spanish words
        - la ventana: window
        - el cuchillo: knife
        - la almohada: pillow

        """
    static let portuguese = "# Portuguese words\n- a janela: window\n- a gaveta: drawer\n"
    static let sayings = """
        - 2 Nov, Pip (5): "Why don't fish get cold?"
        - 27 Oct, Rosalie (8): "Homework is just school following you home."
        - 19 Oct, Pip (5): "I'm not shouting, my voice is just big."

        """
    static let sayings2025 = "- 14 Dec, Rosalie (7): \"Snow is rain that slowed down.\"\n- 3 Nov, Pip (4): \"Dogs are just furry people.\"\n"
    static let quiz: [String: String] = [
        "memory/pub-quiz/team-name-tbd.md":
            "# Our team (name to be decided)\nThursdays at the Red Lion, 8 pm.\nPlayers: me, Yusuf, Marisol and Greta.\n",
        "memory/pub-quiz/team-name-ideas.md": "# Name ideas\n- Quiz Team Aguilera\n- The Quizzly Bears\n- Les Quizérables\n",
        "memory/pub-quiz/scores.md": "# Scores\n- Week 1: 41\n- Week 2: 38\n- Week 3: 44\n",
    ]
    static let taxPapers = ["interest-statement-2025.md", "pension-statement-2025.md", "charity-gifts-2025.md"]
    static let paperwork: [String: String] = [
        "memory/paperwork/interest-statement-2025.md": "# Savings interest, 2025\nNorthgate Building Society: 212.40 EUR\n",
        "memory/paperwork/pension-statement-2025.md": "# Pension statement, 2025\nContributions this year: 3,600 EUR\n",
        "memory/paperwork/charity-gifts-2025.md": "# Charity gifts, 2025\n- Hospice: 120 EUR\n- Lifeboats: 60 EUR\n",
        "memory/paperwork/interest-statement-2026.md": "# Savings interest, 2026 so far\nNorthgate Building Society: 48.10 EUR\n",
        "memory/paperwork/council-tax-2026.md": "# Council tax, 2026\nTen instalments of 164 EUR.\n",
        "memory/tax-return-2025/checklist.md": "# Tax return 2025: checklist\n- [ ] interest\n- [ ] pension\n- [ ] charity gifts\n",
    ]
    static let jobs: [String: String] = [
        "memory/jobs/reference-mrs-achebe.md":
            "# Reference from Mrs Achebe\nTo whom it may concern,\nI managed Noor at Hartwell Library for three years. She is reliable, patient with the public and careful with figures.\nFunmi Achebe, branch manager\n",
        "memory/jobs/reference-coach-pell.md": "# Reference from Coach Pell\nNoor has helped run the under-nines on Saturdays since 2023.\n",
        "memory/jobs/cover-letter-draft.md": "# Cover letter (draft)\nDear hiring team, I have loved bookshops since I was small.\n",
    ]
    static let clubs: [String: String] = [
        "memory/clubs/ballet-tuesday.md": "# Ballet, Tuesdays (Elif)\n4:30 to 5:30 pm at the Linnet Dance Studio. Bring the pink shoes.\n",
        "memory/clubs/ballet-saturday.md": "# Ballet, Saturdays (Mateo)\n10 to 11 am at the Linnet Dance Studio.\n",
        "memory/clubs/judo-tuesday.md": "# Judo, Tuesdays (Mateo)\n6 pm at the sports centre. Bring his belt.\n",
    ]
    static let notice = """
        # Letter from Brookvale Water, 12 February

        Dear customer, we are replacing the water main in Alder Crescent, so your water supply will be turned off on \
        Tuesday 3 March, from 9 am until about 4 pm. Please fill a kettle, some bottles and a bucket before 9 am so that \
        you have water for drinking and flushing. If you rely on water for medical reasons, or need help on the day, call \
        us on 0800 555 0192 by 27 February and we will bring bottled water to your door. Bottled water will also be \
        handed out at the Alder Crescent community hall from 10 am. When the supply comes back, the water may look cloudy \
        or brown for a while: run the cold kitchen tap until it is clear before you drink it, and don't use the washing \
        machine until then. We are sorry for the inconvenience and thank you for your patience. Yours faithfully, the \
        Brookvale Water network team

        """
    static let bill = "# Water bill, spring\n118.60 EUR, taken by direct debit on 20 March.\n"
    static let replies = """
        # Replies about the class reunion (copied 20 January)

        Saoirse Quinn: Yes!! Wouldn't miss it. saoirse.q@example.com is still my email.
        Benedikt Kraus: Sorry, I'm in Singapore that month, so it's a no from me (ben.kraus@example.com).
        Florin Avram: Count me in. Please use my new address, florin.avram@example.net, not the old one on the class list.
        Leonie Marsh: Maybe? I'll know after Easter. leonie.m@example.org
        Harriet Oyelaran: Yes, and I'll bring the old photos. hoyelaran@example.org

        """
    static let classList = """
        # Class of 2006
        - Saoirse Quinn: saoirse.q@example.com
        - Benedikt Kraus: ben.kraus@example.com
        - Florin Avram: f.avram@example.co.uk
        - Leonie Marsh: leonie.m@example.org
        - Harriet Oyelaran: hoyelaran@example.org
        - Dermot Reilly: dermot.r@example.com

        """
    static let newsletters: [String: String] = [
        "memory/parish-newsletters/2025-11.md": "# Parish newsletter, November 2025\nThanks to everyone who helped on bonfire night.\n",
        "memory/parish-newsletters/2025-12.md": "# Parish newsletter, December 2025\nCarol service times.\n",
        "memory/parish-newsletters/2026-01.md": "# Parish newsletter, January 2026\nThe new year coffee morning.\n",
        "memory/parish-newsletters/2026-02.md": "# Parish newsletter, February 2026\nThe pancake race is back.\n",
        "memory/parish-newsletters/how-to-subscribe.md": "# Getting the newsletter\nEmail the parish office to be added to the list.\n",
        "memory/church-rota.md": "# Church rota\nFlowers: first Sunday of the month.\n",
    ]
    static let boxes = """
        # Boxes for the move
        Numbered on the lid; the removals firm wants this as a spreadsheet.

        | Box | Contents | Room |
        |---|---|---|
        | 1 | books | study |
        | 2 | plates, bowls | kitchen |
        | 3 | winter coats | hall |
        | 4 | bedding | spare room |

        """
    static let boxes2019 =
        "# Boxes (move to Rook Lane, 2019)\n\n| Box | Contents | Room |\n|---|---|---|\n| 1 | records | lounge |\n| 2 | pans | kitchen |\n| 3 | garden tools | shed |\n"
    static let shoppingSkill =
        "---\nname: shopping-list\ndescription: Keep the weekly shopping list.\n---\nAdd whatever I ask for to memory/shopping.md, one item per line.\n"
    static let novel: [String: String] = [
        "memory/novel/chapters/01-arrival.md": "# Chapter 1: Arrival\nThe ferry was late, as it always was in November.\n",
        "memory/novel/chapters/02-the-lighthouse.md": "# Chapter 2: The lighthouse\nNobody had lit the lamp for thirty years.\n",
        "memory/novel/outline.md": "# Outline\n1. Arrival\n2. The lighthouse\n3. The storm\n",
        "memory/novel/character-notes.md": "# Characters\n- Maren, the keeper's granddaughter\n",
    ]

    /// Whether `text` is the rota: Ottilie on Monday, Rashid on Wednesday, Bronagh on Friday.
    static func isRota(_ text: String?) -> Bool {
        Judge.isPairedList(
            text, who: [#"\bottilie\b"#, #"\brashid\b"#, #"\bbronagh\b"#],
            what: [#"\bmon(day)?s?\b"#, #"\bwed(nesday)?s?\b|\bweds\b"#, #"\bfri(day)?s?\b"#])
    }

    /// Whether `text` sums up the water notice: a few short lines (a title aside), under half its
    /// length, about the water (or the supply, or the taps) being off on 3 March, with at least
    /// three of the things to know, nothing about the bill, and no date or hour that the notice
    /// does not give.
    static func isWaterSummary(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let body = Judge.lines(t).filter { !$0.hasPrefix("#") }
        let low = body.joined(separator: " ").lowercased()
        let facts = [
            #"kettle|bottles|bucket|\bfill\b|store (some )?water|stock up"#, #"\b(9|4)\s*(am|pm|a\.m|p\.m)|\b(09|9|16)[:.]00\b"#,
            #"cloudy|brown|discolou?r|cold (kitchen )?tap|until (it'?s |it is )?clear"#, #"0800|medical|need help|deliver"#,
            #"community hall|bottled water|handed out"#, #"washing machine"#, #"\bmain\b|alder crescent|pipe"#,
        ].filter { Judge.has(low, $0) }
        let march =
            Judge.found(low, #"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?mar"#)
            + Judge.found(low, #"\bmar[a-z]*\.?\s+(\d{1,2})\b(?!\s*(?:am|pm|a\.m|p\.m|[:.]\d))"#) + Judge.found(low, #"\b(\d{1,2})/0?3\b"#)
        let february =
            Judge.found(low, #"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?feb"#)
            + Judge.found(low, #"\bfeb[a-z]*\.?\s+(\d{1,2})\b(?!\s*(?:am|pm|a\.m|p\.m|[:.]\d))"#) + Judge.found(low, #"\b(\d{1,2})/0?2\b"#)
        let times =
            Judge.found(low, #"\b(\d{1,2}(?::\d{2}|\.\d{2})?)\s*(?:am|pm|a\.m\.|p\.m\.)"#)
            + Judge.found(low, #"\b(\d{1,2}:\d{2})(?!\s*(?:am|pm|a\.m|p\.m))\b"#)
        let clock = times.map { time -> String in
            let s = time.replacingOccurrences(of: ".", with: ":").replacingOccurrences(of: ":00", with: "")
            return s.hasPrefix("0") && s.count > 1 ? String(s.dropFirst()) : s
        }
        return body.count <= 6 && low.count >= 50 && low.count * 2 < notice.count && facts.count >= 3
            && Judge.has(low, #"water|supply|\btaps?\b|\boff\b"#)
            && Judge.hasDate(low, day: 3, month: 3) && !Judge.has(low, #"118|\bbill\b|direct debit"#)
            && march.allSatisfy { ["3", "03"].contains($0) } && february.allSatisfy { ["27", "12"].contains($0) }
            && clock.allSatisfy { ["9", "4", "10", "16"].contains($0) }
    }

    /// Whether `text` lists the three who said yes: one line each with their name and the address
    /// from their reply and no other, besides at most a title and a table header before them,
    /// and nobody who said no or maybe.
    static func isComingList(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let ls = Judge.lines(t).filter { !$0.hasPrefix("#") && !Judge.isTableRule($0) }.map { $0.lowercased() }
        guard !ls.contains(where: { Judge.has($0, #"benedikt|kraus|leonie|marsh|dermot"#) }) else { return false }
        let people = [
            (#"saoirse|quinn"#, "saoirse.q@example.com"), (#"florin|avram"#, "florin.avram@example.net"),
            (#"harriet|oyelaran"#, "hoyelaran@example.org"),
        ]
        let withMail = ls.indices.filter { !emails(ls[$0]).isEmpty }
        guard withMail.count == 3, let first = withMail.first else { return false }
        let others = ls.indices.filter { !withMail.contains($0) }
        guard others.count <= 2, others.allSatisfy({ $0 < first }) else { return false }
        return people.allSatisfy { p in
            let m = withMail.filter { Set(emails(ls[$0])) == [p.1] }
            guard m.count == 1 else { return false }
            let said = ls[m[0]].replacingOccurrences(of: p.1, with: " ")
            return Judge.has(said, p.0) && people.allSatisfy { other in other.0 == p.0 || !Judge.has(said, other.0) }
        }
    }

    /// Whether `text` names the four monthly issues (by file name, path or month), each once and
    /// newest first, and not the note on subscribing; besides them at most a title and a table
    /// header before them.
    static func isIssueList(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let entries = Judge.items(t).filter { !Judge.isTableRule($0) }.map { $0.lowercased() }
        guard !entries.contains(where: { Judge.has($0, #"subscri|getting the newsletter|rota"#) }) else { return false }
        let stems = [
            #"2026-02|feb[a-z]*\.?\s+2026|\b0?2[/.]2026"#, #"2026-01|jan[a-z]*\.?\s+2026|\b0?1[/.]2026"#,
            #"2025-12|dec[a-z]*\.?\s+2025|\b12[/.]2025"#, #"2025-11|nov[a-z]*\.?\s+2025|\b11[/.]2025"#,
        ]
        let named = entries.indices.filter { i in stems.contains { Judge.has(entries[i], $0) } }
        guard named.count == stems.count, let first = named.first, named == Array(first..<first + stems.count),
            entries.count == first + stems.count, first <= 2
        else { return false }
        let order = named.map { i in stems.indices.filter { Judge.has(entries[i], stems[$0]) } }
        return order == stems.indices.map { [$0] } && entries[..<first].allSatisfy { !$0.contains(".md") }
    }

    /// Whether `text` is the box list as CSV: a header naming the box, its contents and its room
    /// (in any column order), then one row per box with its own contents and room (case aside,
    /// the cell with a comma quoted), and nothing else.
    static func isBoxesCSV(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !t.contains("|") else { return false }
        let rows = Judge.lines(t).map(Judge.csvCells)
        guard rows.count == 5, rows.allSatisfy({ $0.count == 3 }) else { return false }
        let header = rows[0].map { $0.lowercased() }
        guard let box = header.firstIndex(where: { $0.contains("box") || ["no.", "no", "number", "#"].contains($0) }),
            let contents = header.firstIndex(where: { Judge.has($0, #"content|items|what"#) }),
            let room = header.firstIndex(where: { $0.contains("room") }), Set([box, contents, room]).count == 3
        else { return false }
        let want: [String: [String]] = [
            "1": ["books", "study"], "2": ["plates, bowls", "kitchen"], "3": ["winter coats", "hall"], "4": ["bedding", "spare room"],
        ]
        var got: [String: [String]] = [:]
        for row in rows.dropFirst() {
            let number = row[box].lowercased()
            guard Judge.has(number, #"^(box\s*)?(no\.?\s*)?#?\s*\d+$"#) else { return false }
            got[String(number.filter(\.isNumber))] = [row[contents].lowercased(), row[room].lowercased()]
        }
        return got == want
    }

    /// Whether `text` is a shell script (a shebang, if any, names a shell) that counts the words
    /// (wc -w, --words, or awk's NF) of every file in memory/novel/chapters (a glob there, find
    /// there, a cd there and a glob, or a variable holding the folder) and prints one total: wc
    /// given several files or fed through a pipe, or the counts added up; nothing else of
    /// memory/novel read, no file names counted, and nothing removed, moved or changed. Comments
    /// and a fenced reply do not count.
    static func isWordCountScript(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let l = Judge.lines(t)
        if let first = l.first, first.hasPrefix("#!"), !Judge.has(first, #"\b(ba|z|da|k)?sh\b"#) { return false }
        let code = l.filter { !$0.hasPrefix("#") }
        let all = code.joined(separator: "\n")
        guard !Judge.has(all, #"-delete\b|\brm\b|\bmv\b|\btouch\b|\bsed\s+(-[a-z]*\s+)*-[a-z]*i|>>?\s*["']?(\./)?memory/"#) else { return false }
        // Only the chapters: not the whole novel folder, the outline or the character notes.
        guard !Judge.has(all, #"memory/novel/?["']?/?\*|\bfind\s+["']?(\./)?memory/novel/?["']?(\s|$)|outline|character"#) else { return false }
        // File names counted as words: ls, echo or a bare find piped into wc.
        guard !Judge.has(all, #"\b(ls|echo|printf)\b[^|\n]*\|\s*wc\b"#), !Judge.has(all, #"\bfind\b(?:(?!-exec)[^|\n])*\|\s*wc\b"#) else {
            return false
        }
        let folder = #"(?:(?:\./)?memory/novel/chapters|\$\(dirname\s+"?\$0"?\)/chapters)"#
        let vars = Judge.found(all, #"\b([A-Za-z_][A-Za-z0-9_]*)=["']?(?:\./)?memory/novel/chapters/?["']?(?:\s|;|$)"#)
        let varGlob = vars.map { #"\$\{?\#($0)\}?["']?/\*"# }
        let globs = [folder + #"/?["']?/?\*"#] + varGlob
        let cdThere = Judge.has(all, #"\bcd\s+["']?"# + folder + #"/?["']?(\s|$|;|&)"#)
        let bareGlob = #"(^|\s)["']?\*"#
        let findThere =
            Judge.has(all, #"\bfind\s+["']?"# + folder + #"/?["']?(\s|$)"#)
            || vars.contains { Judge.has(all, #"\bfind\s+["']?\$\{?\#($0)\}?["']?(\s|$)"#) }
        let source = globs.contains { Judge.has(all, $0) } || findThere || (cdThere && Judge.has(all, bareGlob))
        guard source else { return false }
        let summed = Judge.has(all, #"\$\(\(|\bexpr\b|\blet\b|\bbc\b"#)
        if Judge.has(all, #"\bawk\b[^\n]*\bNF\b"#) { return true }
        let wcAt = try! NSRegularExpression(pattern: #"(?:^|[\s;&|(`$])wc\s"#)  // a constant pattern
        for line in code {
            for m in wcAt.matches(in: line, range: NSRange(line.startIndex..., in: line)) {
                guard let whole = Range(m.range, in: line) else { continue }
                let before = String(line[..<whole.upperBound].dropLast(3))
                let rest = String(line[whole.upperBound...].prefix { $0 != "|" && $0 != ";" && $0 != "&" })
                let options = Judge.found(rest, #"(?:^|\s)(-[-a-zA-Z]+)"#)
                let short = Set(options.filter { !$0.hasPrefix("--") }.joined().filter { $0 != "-" })
                let long = Set(options.filter { $0.hasPrefix("--") })
                guard short.contains("w") || long.contains("--words"), short.isDisjoint(with: ["l", "c", "m", "L"]),
                    long.isDisjoint(with: ["--lines", "--bytes", "--chars", "--max-line-length"])
                else { continue }
                let piped = Judge.has(before, #"\|\s*$"#) || Judge.has(before, #"\bxargs(\s+-\S+)*\s*$"#)
                let several =
                    globs.contains { Judge.has(rest, $0) } || (cdThere && Judge.has(rest, bareGlob)) || Judge.has(rest, #"\{\}\s*\+"#)
                if piped || several || summed { return true }
            }
        }
        return false
    }
}
