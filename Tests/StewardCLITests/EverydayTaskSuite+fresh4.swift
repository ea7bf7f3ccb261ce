import Foundation

/// A fourth fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first three: by someone who had not read the agent loop, its tools, its prompts or any result.
/// Fourteen intentions, numbered 501 to 514, covering the kinds the issue names (two of them
/// share an intention: several files moved into a folder at once; a wrong line fixed by its
/// value), each worded three ways as people word them (files named by path, by bare name or by
/// what they are; folders before or after; quotes or none; chatty context), run as Steward
/// chooses. Judged by content as a person would (other list markers, key and row order, spacing,
/// a lost final newline pass) and by "nothing else changed" (the wrong file, the wrong folder, a
/// copy where a move was asked fail). Frozen in a commit of its own before any run with a model:
/// never tune the loop on it, and run it as it is (`STEWARD_SUITE_PART=fresh4`).
extension EverydayTaskSuite {
    static let fresh4: [Intention] = [
        Intention(
            number: 501, kind: "create: a new note holding the items the person names",
            fixtures: [
                "memory/gift-ideas-mum.md": "# Gift ideas for Mum\n- a cookbook\n- garden gloves\n",
                "memory/birthdays.md": "# Birthdays\n- Dad: 20 December\n- Mum: 3 April\n",
                "memory/readme.md": "# Notes\n",
            ],
            wordings: [
                (
                    .imperative,
                    "Create memory/gift-ideas-dad.md with three gift ideas: a wool scarf, a jigsaw puzzle, coffee beans"
                ),
                (
                    .request,
                    "Would you start a gift ideas note for my dad, like the one I have for Mum? Call it gift-ideas-dad.md, in memory, and put a wool scarf, a jigsaw puzzle and coffee beans on it."
                ),
                (
                    .context,
                    "Dad's birthday is on the 20th and I keep thinking of presents at odd moments and then forgetting them. Please make a new note, memory/gift-ideas-dad.md, with the three ideas I have so far (a wool scarf, a jigsaw puzzle, some coffee beans), each on its own line."
                ),
            ], changed: ["memory/gift-ideas-dad.md"],
            check: { f in
                // Each idea on a line of its own, once; at most a title line before them.
                guard let t = f("memory/gift-ideas-dad.md"), !Judge.fenced(t) else { return false }
                let entries = Judge.items(t).map { $0.lowercased() }
                let ideas = ["scarf", "jigsaw", "coffee"]
                let withIdea = entries.filter { e in ideas.contains { e.contains($0) } }
                return ideas.allSatisfy { i in withIdea.filter { $0.contains(i) }.count == 1 }
                    && withIdea.count == 3
                    && (entries.count == 3 || (entries.count == 4 && !withIdea.contains(entries[0])))
            },
            solution: ops(writes: [
                (
                    "memory/gift-ideas-dad.md",
                    "# Gift ideas for Dad\n- a wool scarf\n- a jigsaw puzzle\n- coffee beans\n"
                )
            ])),
        Intention(
            number: 502, kind: "edit in place: a wrong number fixed on one line of a recipe",
            fixtures: [
                "memory/recipes/banana-bread.md": Fresh4.bananaBread,
                "memory/recipes/scones.md": Fresh4.scones,
            ],
            wordings: [
                (
                    .imperative,
                    "In memory/recipes/banana-bread.md, fix the line \"Bake at 18 °C for 50 minutes.\" so it says 180 °C"
                ),
                (
                    .request,
                    "Could you correct the oven temperature in my banana bread recipe? It says 18 °C where it should be 180 °C."
                ),
                (
                    .context,
                    "I nearly ruined a loaf last night because my banana bread recipe tells me to bake it at 18 degrees; I must have dropped a zero when I typed it up. Please fix that line in the recipe (it's in memory/recipes) so it reads 180 °C for 50 minutes, and leave the ingredients alone."
                ),
            ], changed: ["memory/recipes/banana-bread.md"],
            check: { f in
                // The same lines in the same order, but the baking line, which says 180 degrees and still 50 minutes.
                let want = Judge.lines(Fresh4.bananaBread)
                let got = Judge.lines(f("memory/recipes/banana-bread.md"))
                guard got.count == want.count, let i = want.firstIndex(where: { $0.hasPrefix("Bake at") })
                else { return false }
                let bake = got[i].lowercased()
                return got.indices.allSatisfy { $0 == i || got[$0] == want[$0] } && bake.contains("bake")
                    && bake.range(of: #"\b180\s*(°\s*c\b|c\b|degrees)"#, options: .regularExpression) != nil
                    && bake.range(of: #"\b50\s*min"#, options: .regularExpression) != nil
                    && bake.range(of: #"\b18\s*(°|c\b|degrees)"#, options: .regularExpression) == nil
            },
            solution: ops(writes: [
                (
                    "memory/recipes/banana-bread.md",
                    Fresh4.bananaBread.replacingOccurrences(of: "Bake at 18 °C", with: "Bake at 180 °C")
                )
            ])),
        Intention(
            number: 503, kind: "append: a dated entry at the end of a service history",
            fixtures: [
                "memory/car.md": Fresh4.car, "memory/house/boiler.md": Fresh4.boiler,
                "memory/readme.md": "# Notes\n",
            ],
            wordings: [
                (.imperative, "Append \"2026-12-01: winter tyres fitted, 70,350 km\" to memory/car.md"),
                (
                    .request,
                    "Can you add this to the bottom of my car note, please? 2026-12-01: winter tyres fitted, 70,350 km"
                ),
                (
                    .context,
                    "I had the winter tyres put on the car on Tuesday, at 70,350 km on the clock. Please add a line for it at the end of the service history in my car note, after the brake pads: 2026-12-01: winter tyres fitted, 70,350 km."
                ),
            ], changed: ["memory/car.md"],
            check: { f in
                // The note as it was, then one new line with the date, the tyres and the distance.
                let want = Judge.lines(Fresh4.car)
                let got = Judge.lines(f("memory/car.md"))
                guard got.count == want.count + 1, Array(got.prefix(want.count)) == want,
                    let last = got.last?.lowercased()
                else { return false }
                return last.range(
                    of: #"2026-12-01|\b1(st)? dec|\bdec\w* 1(st)?\b"#, options: .regularExpression) != nil
                    && (last.contains("tyre") || last.contains("tire"))
                    && last.range(of: #"\b70[,. ]?350\b"#, options: .regularExpression) != nil
            },
            solution: ops(writes: [
                ("memory/car.md", Fresh4.car + "- 2026-12-01: winter tyres fitted, 70,350 km\n")
            ])),
        Intention(
            number: 504, kind: "prepend: a date line above a letter's greeting",
            fixtures: [
                "memory/letters/landlord.md": Fresh4.landlordLetter,
                "memory/letters/bank.md": Fresh4.bankLetter,
            ],
            wordings: [
                (.imperative, "Add 4 December 2026 as the first line of memory/letters/landlord.md"),
                (
                    .request,
                    "Could you put today's date, 4 December 2026, at the top of my letter to the landlord, above \"Dear Mr Hale,\"?"
                ),
                (
                    .context,
                    "I'm printing the letter about the dripping tap for my landlord this afternoon and only now noticed it has no date. Please add 4 December 2026 on its own line at the very top, before the greeting; the letter is in my letters folder under memory."
                ),
            ], changed: ["memory/letters/landlord.md"],
            check: { f in
                // A short first line with the date, then the letter as it was.
                let want = Judge.lines(Fresh4.landlordLetter)
                let got = Judge.lines(f("memory/letters/landlord.md"))
                guard got.count == want.count + 1, Array(got.dropFirst()) == want else { return false }
                let d = got[0].lowercased()
                return d.count <= 40
                    && d.range(
                        of:
                            #"\b4(th)? december,? 2026\b|\bdecember 4(th)?,? 2026\b|\b2026-12-04\b|\b0?4[./]12[./]2026\b"#,
                        options: .regularExpression) != nil
            },
            solution: ops(writes: [
                ("memory/letters/landlord.md", "4 December 2026\n\n" + Fresh4.landlordLetter)
            ])),
        Intention(
            number: 505, kind: "rename: the note about one subject, in its own folder",
            fixtures: Fresh4.health,
            wordings: [
                (.imperative, "Rename memory/health/notes-1.md to dentist.md"),
                (
                    .request,
                    "Could you please rename the note about the dentist in memory/health to dentist.md?"
                ),
                (
                    .context,
                    "My health folder is full of files called notes-1, notes-2 and notes-3 and I can never find anything in it. Let's start with the one about my dentist: give it the name dentist.md, in the same folder, and leave what it says alone."
                ),
            ], changed: ["memory/health/notes-1.md", "memory/health/dentist.md"],
            check: { f in
                Judge.moved(f, "memory/health/notes-1.md", to: "memory/health/dentist.md", Fresh4.health)
                    && Judge.untouched(f, ["memory/health/notes-2.md", "memory/health/notes-3.md"], Fresh4.health)
            },
            solution: ops(
                #"{"op":"move","from":"memory/health/notes-1.md","to":"memory/health/dentist.md"}"#)),
        Intention(
            number: 506, kind: "move several files at once into a subfolder", fixtures: Fresh4.payslips,
            wordings: [
                (
                    .imperative,
                    "Move payslip-2025-11.txt and payslip-2025-12.txt from memory/payslips into memory/payslips/2025"
                ),
                (
                    .request,
                    "Could you put my November and December 2025 payslips in the 2025 folder with the others? They're loose in memory/payslips."
                ),
                (
                    .context,
                    "The tax year is closed, so I'm filing last year's payslips away. November's and December's are still sitting in memory/payslips; please move both into the 2025 folder inside it, where October's already is, keep their names, and leave January 2026's where it is."
                ),
            ],
            changed: [
                "memory/payslips/payslip-2025-11.txt", "memory/payslips/payslip-2025-12.txt",
                "memory/payslips/2025/payslip-2025-11.txt",
                "memory/payslips/2025/payslip-2025-12.txt",
            ],
            check: { f in
                ["payslip-2025-11.txt", "payslip-2025-12.txt"].allSatisfy { n in
                    Judge.moved(f, "memory/payslips/\(n)", to: "memory/payslips/2025/\(n)", Fresh4.payslips)
                }
                    && Judge.untouched(f, ["memory/payslips/payslip-2026-01.txt", "memory/payslips/2025/payslip-2025-10.txt"], Fresh4.payslips)
            },
            solution: ops(
                #"{"op":"move","from":"memory/payslips/payslip-2025-11.txt","to":"memory/payslips/2025/payslip-2025-11.txt"}"#,
                #"{"op":"move","from":"memory/payslips/payslip-2025-12.txt","to":"memory/payslips/2025/payslip-2025-12.txt"}"#
            )),
        Intention(
            number: 507, kind: "copy: a list to a new name beside the original",
            fixtures: [
                "memory/trips/packing-list.md": Fresh4.packing,
                "memory/trips/lisbon-2026.md": "# Lisbon, May 2026\nHotel near the river.\n",
            ],
            wordings: [
                (.imperative, "Copy memory/trips/packing-list.md to memory/trips/packing-list-skiing.md"),
                (
                    .request,
                    "Can you make a duplicate of my packing list next to it, named packing-list-skiing.md? I want to keep the original as it is."
                ),
                (
                    .context,
                    "We're going skiing in February and I want to adapt my usual packing list without spoiling the original. Please copy the packing list in memory/trips to a new file beside it called \"packing-list-skiing.md\" (same contents for now, I'll add the ski things myself)."
                ),
            ], changed: ["memory/trips/packing-list-skiing.md"],
            check: { f in
                f("memory/trips/packing-list-skiing.md") != nil
                    && Judge.lines(f("memory/trips/packing-list-skiing.md")) == Judge.lines(Fresh4.packing)
                    && f("memory/trips/packing-list.md") == Fresh4.packing
            }, solution: ops(writes: [("memory/trips/packing-list-skiing.md", Fresh4.packing)])),
        Intention(
            number: 508, kind: "delete: a first draft that a later version replaced",
            fixtures: Fresh4.drafts,
            wordings: [
                (.imperative, "Delete memory/drafts/complaint-airline-v1.md"),
                (
                    .request,
                    "Please get rid of the first draft of my complaint to the airline; I only need v2 now."
                ),
                (
                    .context,
                    "I sent the complaint to the airline yesterday, and version 2 is the one that went out. The first version is just clutter in my drafts folder, so please delete it, but keep v2 and my birthday speech."
                ),
            ], changed: ["memory/drafts/complaint-airline-v1.md"],
            check: { f in
                f("memory/drafts/complaint-airline-v1.md") == nil
                    && ["memory/drafts/complaint-airline-v2.md", "memory/drafts/birthday-speech.md"]
                        .allSatisfy { f($0) == Fresh4.drafts[$0] }
            }, solution: ops(#"{"op":"delete","path":"memory/drafts/complaint-airline-v1.md"}"#)),
        Intention(
            number: 509, kind: "summarise: what a council letter asks, in two or three sentences",
            fixtures: [
                "memory/letters/council-bulky-waste.md": Fresh4.councilLetter,
                "memory/letters/library.md": Fresh4.libraryLetter,
            ],
            wordings: [
                (
                    .imperative,
                    "Summarise memory/letters/council-bulky-waste.md in two or three sentences and save it to outputs/bulky-waste.md"
                ),
                (
                    .request,
                    "Could you read the council's letter about the bulky waste pickup and write me a short summary, two or three sentences, in outputs/bulky-waste.md?"
                ),
                (
                    .context,
                    "My flatmate will be home on collection day and I won't, so they need to know what to do without reading the whole council letter. Please write a summary of two or three sentences of the bulky waste letter in memory/letters to outputs/bulky-waste.md, mainly when, where to put things and what gets taken."
                ),
            ], changed: ["outputs/bulky-waste.md"],
            check: { f in
                // A few lines (a title aside), under three fifths of the letter, carrying at least three of its facts.
                guard let t = f("outputs/bulky-waste.md"), !Judge.fenced(t) else { return false }
                let text = Judge.lines(t).filter { !$0.hasPrefix("#") }
                let low = text.joined(separator: " ").lowercased()
                let facts = [
                    #"\b9\b|wednesday"#, #"\b7\b|7 ?am|7:00|seven"#, #"sofa|chair"#,
                    #"gate|outside|kerb|curb|pavement"#, #"0300|call|phone"#,
                ]
                .filter { low.range(of: $0, options: .regularExpression) != nil }
                return text.count <= 4 && low.count >= 60 && low.count * 5 < Fresh4.councilLetter.count * 3
                    && facts.count >= 3
            },
            solution: ops(writes: [
                (
                    "outputs/bulky-waste.md",
                    "The council collects the sofa and the two chairs on Wednesday 9 December, between 7 am and 1 pm. Put them outside the front gate by 7 am that day, not before 6 pm the evening before. The fee is paid; to change the date, call 0300 555 0142 two working days ahead.\n"
                )
            ])),
        Intention(
            number: 510, kind: "extract: each person's birthday from a chatty note",
            fixtures: ["memory/family-news.md": Fresh4.familyNews, "memory/readme.md": "# Notes\n"],
            wordings: [
                (
                    .imperative,
                    "Extract everyone's birthday from memory/family-news.md into outputs/birthdays.md, one person per line with the date"
                ),
                (
                    .request,
                    "Can you go through the family news note and list the birthdays it mentions in outputs/birthdays.md, with a name and a date on each line?"
                ),
                (
                    .context,
                    "I always miss family birthdays, and my cousin's latest news mentions a few of them in passing. Please pick the birthdays out of memory/family-news.md and save them to outputs/birthdays.md, each person with their date on one line, so I can put them in my calendar."
                ),
            ], changed: ["outputs/birthdays.md"],
            check: { f in
                // One line per person (no line names two), each with that person's own date.
                guard let t = f("outputs/birthdays.md"), !Judge.fenced(t) else { return false }
                let ls = Judge.lines(t).map { $0.lowercased() }
                let people = [("rosa", 14, 2), ("leo", 2, 3), ("joe", 19, 7), ("mira", 30, 8)]
                let named = ls.filter { l in people.contains { Fresh4.hasWord(l, $0.0) } }
                return named.count == 4
                    && people.allSatisfy { p in
                        let m = named.filter { Fresh4.hasWord($0, p.0) }
                        return m.count == 1 && Judge.hasDate(m[0], day: p.1, month: p.2)
                    }
            },
            solution: ops(writes: [
                (
                    "outputs/birthdays.md",
                    "- Aunt Rosa: 14 February\n- Leo: 2 March\n- Grandpa Joe: 19 July\n- Mira: 30 August\n"
                )
            ])),
        Intention(
            number: 511, kind: "list-and-save: a folder's files, its subfolder's included",
            fixtures: Fresh4.recipes,
            wordings: [
                (
                    .imperative,
                    "List every recipe file under memory/recipes, including the baking subfolder, in outputs/recipe-index.md"
                ),
                (
                    .request,
                    "Could you make me an index of all my recipes, the ones in memory/recipes and in its baking folder, and save it as outputs/recipe-index.md?"
                ),
                (
                    .context,
                    "I want to print a contents page for my recipe collection. Please write the names of all the files in memory/recipes, and in memory/recipes/baking too, into outputs/recipe-index.md, one per line; nothing else from memory needs to be in it."
                ),
            ], changed: ["outputs/recipe-index.md"],
            check: { f in
                // One recipe per entry (a name, a path or a link, in any order); titles and the subfolder's own name aside.
                guard let t = f("outputs/recipe-index.md"), !Judge.fenced(t) else { return false }
                let stems = ["chilli", "risotto", "brownies", "focaccia"]
                let entries = Judge.items(t).map { $0.lowercased() }.filter {
                    !["baking", "baking/"].contains($0)
                }
                return entries.count == 4
                    && stems.allSatisfy { s in entries.filter { $0.contains(s) }.count == 1 }
                    && entries.allSatisfy { e in stems.filter { e.contains($0) }.count == 1 }
            },
            solution: ops(writes: [
                (
                    "outputs/recipe-index.md",
                    "- memory/recipes/chilli.md\n- memory/recipes/risotto.md\n- memory/recipes/baking/brownies.md\n- memory/recipes/baking/focaccia.md\n"
                )
            ])),
        Intention(
            number: 512, kind: "convert: a JSON array of records to a CSV file",
            fixtures: ["memory/contacts.json": Fresh4.contactsJSON, "memory/readme.md": "# Notes\n"],
            wordings: [
                (
                    .imperative,
                    "Convert memory/contacts.json to a CSV file at outputs/contacts.csv with a header row"
                ),
                (
                    .request,
                    "could you turn my contacts JSON into a CSV I can open in a spreadsheet? Save it as outputs/contacts.csv, please."
                ),
                (
                    .context,
                    "My new phone only imports contacts from CSV, and all I have is the JSON export in memory/contacts.json. Please convert it to outputs/contacts.csv with a header line (name, phone, city) and one contact per row."
                ),
            ], changed: ["outputs/contacts.csv"],
            check: { f in Fresh4.isContactsCSV(f("outputs/contacts.csv")) },
            solution: ops(writes: [
                (
                    "outputs/contacts.csv",
                    "name,phone,city\nInes Moreau,+33 6 12 34 56 78,Lyon\nKarl Berg,+49 151 2345 6789,Bremen\nAda Okafor,+44 7700 900123,Leeds\n"
                )
            ])),
        Intention(
            number: 513, kind: "skill: house rules for writing thank-you notes",
            fixtures: [
                "skills/README.md": "One folder per skill, each with a SKILL.md.\n",
                "memory/readme.md": "# Notes\n",
            ],
            wordings: [
                (
                    .imperative,
                    "Create a skill skills/thank-you-note/SKILL.md named thank-you-note, with a description, that says how to write a short thank-you note for a gift, sign it Sam and save it in outputs/"
                ),
                (
                    .request,
                    "Could you write me a skill called thank-you-note (with the usual name and description at the top) for writing short thank-you notes for presents? They should mention the gift, be signed Sam, and go in outputs/."
                ),
                (
                    .context,
                    "After every birthday I owe a dozen thank-you notes and they all follow the same pattern. Please make a skill named thank-you-note in the skills folder, with its name and a description in the front matter, whose instructions are: thank the person by name for the gift, keep it to three or four sentences, sign it Sam, and save the note in outputs/."
                ),
            ], changed: ["skills/thank-you-note/SKILL.md"],
            check: { f in
                // Front matter naming the skill as its folder, with a description; a body carrying the rules.
                guard let t = f("skills/thank-you-note/SKILL.md"), let (fields, body) = Judge.skill(t)
                else { return false }
                let b = body.lowercased()
                return fields["name"] == "thank-you-note" && (fields["description"] ?? "").count >= 10
                    && b.count >= 40 && b.contains("thank")
                    && ["gift", "present"].contains { b.contains($0) } && Fresh4.hasWord(b, "sam")
                    && b.contains("outputs")
            },
            solution: ops(writes: [
                (
                    "skills/thank-you-note/SKILL.md",
                    "---\nname: thank-you-note\ndescription: Write a short thank-you note for a gift.\n---\n1. Thank the person by name for the gift, in three or four sentences.\n2. Sign it Sam.\n3. Save the note in outputs/.\n"
                )
            ])),
        Intention(
            number: 514, kind: "script: a shell script that copies a folder under a dated name",
            fixtures: Fresh4.notesAndBackups,
            wordings: [
                (
                    .imperative,
                    "Write a shell script memory/scripts/backup-notes.sh that copies the memory/notes folder into temp/backups/ under a name with today's date"
                ),
                (
                    .request,
                    "Can you write me a little bash script, backup-notes.sh in memory/scripts, that copies my notes folder (memory/notes) to temp/backups with today's date in the name?"
                ),
                (
                    .context,
                    "I've lost notes before by editing the wrong file, so before big changes I'd like to run one command that takes a copy of memory/notes. Please write memory/scripts/backup-notes.sh, a shell script that copies that folder into temp/backups and puts the date in the copy's name (like notes-2026-12-04)."
                ),
            ], changed: ["memory/scripts/backup-notes.sh"],
            check: { f in Fresh4.isBackupScript(f("memory/scripts/backup-notes.sh")) },
            solution: ops(writes: [
                (
                    "memory/scripts/backup-notes.sh",
                    "#!/bin/sh\nset -e\nmkdir -p temp/backups\ncp -r memory/notes \"temp/backups/notes-$(date +%F)\"\n"
                )
            ])),
    ]

    /// Correct results in other forms a careful person accepts (spacing, list markers, a title,
    /// another order, another date format, quoted CSV, another way to write the same script), at
    /// least one per intention but the delete (508), which has no other form.
    static let fresh4Alternatives: [(Int, String)] = [
        (
            501,
            ops(writes: [
                (
                    "memory/gift-ideas-dad.md",
                    "Gift ideas for Dad:\n\n1. A wool scarf\n2. A jigsaw puzzle\n3. Coffee beans"
                )
            ])
        ),
        (
            501,
            ops(writes: [
                ("memory/gift-ideas-dad.md", "* [ ] coffee beans\n* [ ] wool scarf\n* [ ] jigsaw puzzle\n")
            ])
        ),
        (
            501,
            ops(writes: [
                ("memory/gift-ideas-dad.md", "Dad\n- wool scarf\n- jigsaw puzzle\n- coffee beans\n")
            ])
        ),
        (
            502,
            ops(writes: [
                (
                    "memory/recipes/banana-bread.md",
                    Fresh4.bananaBread.replacingOccurrences(
                        of: "Bake at 18 °C for 50 minutes.\n", with: "Bake at 180°C for 50 minutes.")
                )
            ])
        ),
        (
            502,
            ops(writes: [
                (
                    "memory/recipes/banana-bread.md",
                    Fresh4.bananaBread.replacingOccurrences(
                        of: "Bake at 18 °C", with: "Bake at 180 degrees (fan 160 °C)")
                )
            ])
        ),
        (
            503,
            ops(writes: [
                (
                    "memory/car.md",
                    Fresh4.car.trimmingCharacters(in: .newlines)
                        + "\n* 2026-12-01: winter tyres fitted, 70 350 km"
                )
            ])
        ),
        (
            503,
            ops(writes: [
                ("memory/car.md", Fresh4.car + "\n- 1 December 2026: winter tyres on (70350 km)\n")
            ])
        ),
        (
            504,
            ops(writes: [
                ("memory/letters/landlord.md", "Date: 4 December 2026\n" + Fresh4.landlordLetter)
            ])
        ),
        (
            504,
            ops(writes: [
                (
                    "memory/letters/landlord.md",
                    "December 4, 2026\n\n" + Fresh4.landlordLetter.trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (504, ops(writes: [("memory/letters/landlord.md", "2026-12-04\n" + Fresh4.landlordLetter)])),
        (
            505,
            ops(
                writes: [
                    (
                        "memory/health/dentist.md",
                        Fresh4.health["memory/health/notes-1.md"]!.trimmingCharacters(in: .newlines)
                    )
                ],
                #"{"op":"delete","path":"memory/health/notes-1.md"}"#)
        ),
        (
            506,
            ops(
                writes: ["payslip-2025-11.txt", "payslip-2025-12.txt"].map {
                    (
                        "memory/payslips/2025/\($0)",
                        Fresh4.payslips["memory/payslips/\($0)"]!.trimmingCharacters(in: .newlines)
                    )
                },
                #"{"op":"delete","path":"memory/payslips/payslip-2025-11.txt"}"#,
                #"{"op":"delete","path":"memory/payslips/payslip-2025-12.txt"}"#)
        ),
        (
            507,
            ops(writes: [
                ("memory/trips/packing-list-skiing.md", Fresh4.packing.trimmingCharacters(in: .newlines))
            ])
        ),
        (
            509,
            ops(writes: [
                (
                    "outputs/bulky-waste.md",
                    "# Bulky waste collection\n\n- Wednesday 9 December, 7 am to 1 pm: the sofa and two chairs go.\n- Put them by the front gate that morning, not the night before.\n- Already paid; to move the date call 0300 555 0142.\n"
                )
            ])
        ),
        (
            510,
            ops(writes: [
                (
                    "outputs/birthdays.md",
                    "| Name | Birthday |\n|---|---|\n| Rosa | 14 Feb |\n| Leo | 2 Mar |\n| Joe | 19 Jul |\n| Mira | 30 Aug |\n"
                )
            ])
        ),
        (
            510,
            ops(writes: [
                (
                    "outputs/birthdays.md",
                    "Birthdays\n\nMira — August 30\nJoe — July 19th\nLeo — 02/03\nRosa — 14.02\n"
                )
            ])
        ),
        (
            511,
            ops(writes: [
                (
                    "outputs/recipe-index.md",
                    "# Recipes\n\n- chilli.md\n- risotto.md\n\n## baking\n\n- brownies.md\n- focaccia.md\n"
                )
            ])
        ),
        (
            511,
            ops(writes: [
                (
                    "outputs/recipe-index.md",
                    "Recipes:\n1. [Focaccia](memory/recipes/baking/focaccia.md)\n2. [Brownies](memory/recipes/baking/brownies.md)\n3. [Risotto](memory/recipes/risotto.md)\n4. [Chilli](memory/recipes/chilli.md)"
                )
            ])
        ),
        (
            511,
            ops(writes: [
                ("outputs/recipe-index.md", "chilli\nrisotto\nbaking/\nbaking/brownies\nbaking/focaccia\n")
            ])
        ),
        (
            512,
            ops(writes: [
                (
                    "outputs/contacts.csv",
                    "\"city\",\"name\",\"phone\"\r\n\"Leeds\",\"Ada Okafor\",\"+44 7700 900123\"\r\n\"Lyon\",\"Ines Moreau\",\"+33 6 12 34 56 78\"\r\n\"Bremen\",\"Karl Berg\",\"+49 151 2345 6789\"\r\n"
                )
            ])
        ),
        (
            512,
            ops(writes: [
                (
                    "outputs/contacts.csv",
                    "Name, Phone, City\nInes Moreau, +33 6 12 34 56 78, Lyon\nKarl Berg, +49 151 2345 6789, Bremen\nAda Okafor, +44 7700 900123, Leeds"
                )
            ])
        ),
        (
            513,
            ops(writes: [
                (
                    "skills/thank-you-note/SKILL.md",
                    "---\nname: \"thank-you-note\"\ndescription: >\n  Short, warm thank-you notes for presents.\n---\n\n# Thank-you note\n\nWhen asked for a thank-you note, thank the giver by name for the present in three or four sentences, sign it \"Sam\", and write it to a file in outputs/.\n"
                )
            ])
        ),
        (
            514,
            ops(writes: [
                (
                    "memory/scripts/backup-notes.sh",
                    "#!/usr/bin/env bash\n# Copy memory/notes to a dated folder.\nset -euo pipefail\nSRC=\"memory/notes\"\nDEST=\"temp/backups/notes-$(date +%Y-%m-%d)\"\nmkdir -p \"$DEST\"\ncp -R \"$SRC/.\" \"$DEST/\"\necho \"Backed up to $DEST\"\n"
                )
            ])
        ),
        (
            514,
            ops(writes: [
                (
                    "memory/scripts/backup-notes.sh",
                    "mkdir -p temp/backups\ntar -czf temp/backups/notes-`date '+%F'`.tar.gz memory/notes\n"
                )
            ])
        ),
        (
            514,
            ops(writes: [
                (
                    "memory/scripts/backup-notes.sh",
                    "#!/bin/bash\nrsync -a memory/notes/ \"temp/backups/notes-$(date +%F)/\"\n"
                )
            ])
        ),
    ]

    /// Wrong or partial results that the fourth fresh part's checks must refuse, at least one per intention.
    static let fresh4NearMisses: [(Int, String)] = [
        (
            501,
            ops(writes: [
                ("memory/gift-ideas-dad.md", "Gift ideas: a wool scarf, a jigsaw puzzle, coffee beans\n")
            ])
        ),
        (
            501,
            ops(writes: [("memory/gift-ideas.md", "- a wool scarf\n- a jigsaw puzzle\n- coffee beans\n")])
        ),
        (
            501,
            ops(writes: [
                (
                    "memory/gift-ideas-mum.md",
                    "# Gift ideas for Mum\n- a cookbook\n- garden gloves\n- a wool scarf\n- a jigsaw puzzle\n- coffee beans\n"
                )
            ])
        ),
        (501, ops(writes: [("memory/gift-ideas-dad.md", "- a wool scarf\n- a jigsaw puzzle\n")])),
        (
            501,
            ops(writes: [
                (
                    "memory/gift-ideas-dad.md",
                    "```markdown\n- a wool scarf\n- a jigsaw puzzle\n- coffee beans\n```\n"
                )
            ])
        ),
        (
            501,
            ops(writes: [
                ("memory/gift-ideas-dad.md", "- a wool scarf\n- a jigsaw puzzle\n- coffee beans\n"),
                (
                    "memory/birthdays.md",
                    "# Birthdays\n- Dad: 20 December (see gift-ideas-dad.md)\n- Mum: 3 April\n"
                ),
            ])
        ),
        (
            502,
            ops(writes: [
                ("memory/recipes/scones.md", Fresh4.scones.replacingOccurrences(of: "220", with: "180"))
            ])
        ),
        (
            502,
            ops(writes: [
                (
                    "memory/recipes/banana-bread.md",
                    Fresh4.bananaBread.replacingOccurrences(of: "Bake at 18 °C", with: "Bake at 180 °C")
                ),
                ("memory/recipes/scones.md", Fresh4.scones.replacingOccurrences(of: "220", with: "180")),
            ])
        ),
        (
            502,
            ops(writes: [
                ("memory/recipes/banana-bread.md", Fresh4.bananaBread + "Bake at 180 °C for 50 minutes.\n")
            ])
        ),
        (
            502,
            ops(writes: [
                (
                    "memory/recipes/banana-bread.md",
                    Fresh4.bananaBread.replacingOccurrences(
                        of: "Bake at 18 °C for 50 minutes.", with: "Bake at 180 °C.")
                )
            ])
        ),
        (
            502,
            ops(writes: [
                (
                    "memory/recipes/banana-bread.md",
                    Fresh4.bananaBread.replacingOccurrences(of: "Bake at 18 °C", with: "Bake at 180 °C")
                        .replacingOccurrences(
                            of: "- 2 eggs\n", with: "")
                )
            ])
        ),
        (
            503,
            ops(writes: [
                (
                    "memory/car.md",
                    Fresh4.car.replacingOccurrences(
                        of: "## Service history\n",
                        with: "## Service history\n- 2026-12-01: winter tyres fitted, 70,350 km\n")
                )
            ])
        ),
        (
            503,
            ops(writes: [
                ("memory/house/boiler.md", Fresh4.boiler + "- 2026-12-01: winter tyres fitted, 70,350 km\n")
            ])
        ),
        (
            503,
            ops(writes: [
                (
                    "memory/car.md",
                    Fresh4.car.replacingOccurrences(
                        of: "- 2026-02-02: new brake pads, 61,900 km\n",
                        with: "- 2026-12-01: winter tyres fitted, 70,350 km\n")
                )
            ])
        ),
        (503, ops(writes: [("memory/car.md", Fresh4.car + "- 2026-12-01: winter tyres fitted\n")])),
        (
            503, ops(writes: [("memory/car.md", "# Car\n- 2026-12-01: winter tyres fitted, 70,350 km\n")])
        ),
        (
            504,
            ops(writes: [("memory/letters/landlord.md", Fresh4.landlordLetter + "4 December 2026\n")])
        ),
        (504, ops(writes: [("memory/letters/bank.md", "4 December 2026\n\n" + Fresh4.bankLetter)])),
        (
            504,
            ops(writes: [
                (
                    "memory/letters/landlord.md",
                    Fresh4.landlordLetter.replacingOccurrences(of: "Dear Mr Hale,", with: "4 December 2026")
                )
            ])
        ),
        (
            504,
            ops(writes: [("memory/letters/landlord.md", "3 December 2026\n\n" + Fresh4.landlordLetter)])
        ),
        (
            504,
            ops(writes: [
                ("memory/letters/landlord.md", "4 December 2026\n\n" + Fresh4.landlordLetter),
                ("memory/letters/bank.md", "4 December 2026\n\n" + Fresh4.bankLetter),
            ])
        ),
        (505, ops(#"{"op":"move","from":"memory/health/notes-1.md","to":"memory/dentist.md"}"#)),
        (505, ops(#"{"op":"move","from":"memory/health/notes-2.md","to":"memory/health/dentist.md"}"#)),
        (505, ops(writes: [("memory/health/dentist.md", Fresh4.health["memory/health/notes-1.md"]!)])),
        (505, ops(#"{"op":"move","from":"memory/health/notes-1.md","to":"memory/health/dentist"}"#)),
        (
            505,
            ops(
                writes: [
                    ("memory/health/dentist.md", "# Dentist\n" + Fresh4.health["memory/health/notes-1.md"]!)
                ],
                #"{"op":"delete","path":"memory/health/notes-1.md"}"#)
        ),
        (
            506,
            ops(
                #"{"op":"move","from":"memory/payslips/payslip-2025-11.txt","to":"memory/payslips/2025/payslip-2025-11.txt"}"#
            )
        ),
        (
            506,
            ops(
                writes: ["payslip-2025-11.txt", "payslip-2025-12.txt"].map {
                    ("memory/payslips/2025/\($0)", Fresh4.payslips["memory/payslips/\($0)"]!)
                })
        ),
        (
            506,
            ops(
                #"{"op":"move","from":"memory/payslips/payslip-2025-11.txt","to":"memory/payslips/2025/payslip-2025-11.txt"}"#,
                #"{"op":"move","from":"memory/payslips/payslip-2025-12.txt","to":"memory/payslips/2025/payslip-2025-12.txt"}"#,
                #"{"op":"move","from":"memory/payslips/payslip-2026-01.txt","to":"memory/payslips/2025/payslip-2026-01.txt"}"#
            )
        ),
        (
            506,
            ops(
                #"{"op":"move","from":"memory/payslips/payslip-2025-11.txt","to":"memory/2025/payslip-2025-11.txt"}"#,
                #"{"op":"move","from":"memory/payslips/payslip-2025-12.txt","to":"memory/2025/payslip-2025-12.txt"}"#
            )
        ),
        (
            507,
            ops(
                #"{"op":"move","from":"memory/trips/packing-list.md","to":"memory/trips/packing-list-skiing.md"}"#
            )
        ),
        (507, ops(writes: [("memory/packing-list-skiing.md", Fresh4.packing)])),
        (
            507,
            ops(writes: [
                ("memory/trips/packing-list-skiing.md", Fresh4.packing + "- ski goggles\n- thermal socks\n")
            ])
        ),
        (
            507,
            ops(writes: [
                ("memory/trips/packing-list-skiing.md", "# Lisbon, May 2026\nHotel near the river.\n")
            ])
        ),
        (
            507,
            ops(writes: [
                ("memory/trips/packing-list-skiing.md", Fresh4.packing),
                ("memory/trips/packing-list.md", Fresh4.packing + "See also the skiing list.\n"),
            ])
        ),
        (508, ops(#"{"op":"delete","path":"memory/drafts/complaint-airline-v2.md"}"#)),
        (
            508,
            ops(
                #"{"op":"delete","path":"memory/drafts/complaint-airline-v1.md"}"#,
                #"{"op":"delete","path":"memory/drafts/complaint-airline-v2.md"}"#)
        ),
        (
            508,
            ops(
                #"{"op":"move","from":"memory/drafts/complaint-airline-v1.md","to":"memory/archive/complaint-airline-v1.md"}"#
            )
        ),
        (508, ops(writes: [("memory/drafts/complaint-airline-v1.md", "")])),
        (509, ops(writes: [("outputs/bulky-waste.md", Fresh4.councilLetter)])),
        (
            509,
            ops(writes: [
                (
                    "outputs/bulky-waste.md",
                    "The council wrote about a bulky waste collection. It will happen soon.\n"
                )
            ])
        ),
        (
            509,
            ops(writes: [
                (
                    "memory/letters/bulky-waste-summary.md",
                    "The council collects the sofa and the two chairs on Wednesday 9 December, between 7 am and 1 pm. Put them outside the front gate by 7 am.\n"
                )
            ])
        ),
        (
            509,
            ops(writes: [
                (
                    "outputs/bulky-waste.md",
                    "Thank you for booking a bulky waste collection. The crew comes to your street on Wednesday 9 December between 7 am and 1 pm. Put the items outside your front gate by 7 am on the day, not before 6 pm the evening before. They collect the sofa and the two chairs on the booking; anything else left out stays. The £25 fee is paid. To change the date, call 0300 555 0142 two working days before.\n"
                )
            ])
        ),
        (510, ops(writes: [("outputs/birthdays.md", Fresh4.familyNews)])),
        (
            510,
            ops(writes: [
                ("outputs/birthdays.md", "- Rosa: 14 February\n- Leo: 2 March\n- Mira: 30 August\n")
            ])
        ),
        (
            510,
            ops(writes: [
                (
                    "outputs/birthdays.md",
                    "- Rosa: 14 February\n- Leo: 19 July\n- Joe: 2 March\n- Mira: 30 August\n"
                )
            ])
        ),
        (
            510,
            ops(writes: [
                ("outputs/birthdays.md", "Rosa 14 February, Leo 2 March, Joe 19 July, Mira 30 August\n")
            ])
        ),
        (
            510,
            ops(writes: [
                (
                    "memory/birthdays.md",
                    "- Rosa: 14 February\n- Leo: 2 March\n- Joe: 19 July\n- Mira: 30 August\n"
                )
            ])
        ),
        (
            510,
            ops(writes: [
                (
                    "outputs/birthdays.md",
                    "- Rosa: 14 February 1957\n- Leo: 2 March\n- Joe: 19 July\n- Mira: 30 August\n- Rosa turns 70\n"
                )
            ])
        ),
        (511, ops(writes: [("outputs/recipe-index.md", "- chilli.md\n- risotto.md\n- baking/\n")])),
        (
            511,
            ops(writes: [
                (
                    "outputs/recipe-index.md",
                    "- chilli.md\n- risotto.md\n- brownies.md\n- focaccia.md\n- shopping.md\n"
                )
            ])
        ),
        (
            511,
            ops(writes: [
                (
                    "outputs/recipe-index.md",
                    "chilli.md, risotto.md, baking/brownies.md, baking/focaccia.md\n"
                )
            ])
        ),
        (
            511,
            ops(writes: [
                (
                    "memory/recipes/index.md",
                    "- chilli.md\n- risotto.md\n- baking/brownies.md\n- baking/focaccia.md\n"
                )
            ])
        ),
        (
            511,
            ops(writes: [
                (
                    "outputs/recipe-index.md",
                    "```\nchilli.md\nrisotto.md\nbaking/brownies.md\nbaking/focaccia.md\n```\n"
                )
            ])
        ),
        (512, ops(writes: [("outputs/contacts.csv", Fresh4.contactsJSON)])),
        (
            512,
            ops(writes: [
                (
                    "outputs/contacts.csv",
                    "Ines Moreau,+33 6 12 34 56 78,Lyon\nKarl Berg,+49 151 2345 6789,Bremen\nAda Okafor,+44 7700 900123,Leeds\n"
                )
            ])
        ),
        (
            512,
            ops(writes: [
                (
                    "outputs/contacts.csv",
                    "name,phone,city\nInes Moreau,Lyon,+33 6 12 34 56 78\nKarl Berg,Bremen,+49 151 2345 6789\nAda Okafor,Leeds,+44 7700 900123\n"
                )
            ])
        ),
        (
            512,
            ops(writes: [
                (
                    "outputs/contacts.csv",
                    "| name | phone | city |\n|---|---|---|\n| Ines Moreau | +33 6 12 34 56 78 | Lyon |\n| Karl Berg | +49 151 2345 6789 | Bremen |\n| Ada Okafor | +44 7700 900123 | Leeds |\n"
                )
            ])
        ),
        (
            512,
            ops(writes: [
                (
                    "outputs/contacts.csv",
                    "name,phone,city\nInes Moreau,+33 6 12 34 56 78,Lyon\nKarl Berg,+49 151 2345 6789,Bremen\n"
                )
            ])
        ),
        (
            512,
            ops(writes: [
                (
                    "outputs/contacts.md",
                    "name,phone,city\nInes Moreau,+33 6 12 34 56 78,Lyon\nKarl Berg,+49 151 2345 6789,Bremen\nAda Okafor,+44 7700 900123,Leeds\n"
                )
            ])
        ),
        (
            513,
            ops(writes: [
                (
                    "skills/thank-you-note/SKILL.md",
                    "# Thank-you note\n1. Thank the person by name for the gift, in three or four sentences.\n2. Sign it Sam.\n3. Save the note in outputs/.\n"
                )
            ])
        ),
        (
            513,
            ops(writes: [
                (
                    "skills/thank-you-note/SKILL.md",
                    "---\nname: Thank You Note\ndescription: Write a short thank-you note for a gift.\n---\n1. Thank the person by name for the gift, in three or four sentences.\n2. Sign it Sam.\n3. Save the note in outputs/.\n"
                )
            ])
        ),
        (
            513,
            ops(writes: [
                (
                    "skills/thank-you-note/SKILL.md",
                    "---\nname: thank-you-note\n---\n1. Thank the person by name for the gift, in three or four sentences.\n2. Sign it Sam.\n3. Save the note in outputs/.\n"
                )
            ])
        ),
        (
            513,
            ops(writes: [
                (
                    "skills/thank-you-note/SKILL.md",
                    "---\nname: thank-you-note\ndescription: Write a short thank-you note for a gift.\n---\nThank the person by name for the gift, in three or four sentences, and save the note in outputs/.\n"
                )
            ])
        ),
        (
            513,
            ops(writes: [
                (
                    "skills/thank-you-note.md",
                    "---\nname: thank-you-note\ndescription: Write a short thank-you note for a gift.\n---\n1. Thank the person by name for the gift, in three or four sentences.\n2. Sign it Sam.\n3. Save the note in outputs/.\n"
                )
            ])
        ),
        (
            513,
            ops(writes: [
                (
                    "skills/thank-you-note/SKILL.md",
                    "```markdown\n---\nname: thank-you-note\ndescription: Write a short thank-you note for a gift.\n---\n1. Thank the person by name for the gift.\n2. Sign it Sam.\n3. Save the note in outputs/.\n```\n"
                )
            ])
        ),
        (
            514,
            ops(writes: [
                ("memory/scripts/backup-notes.sh", "#!/bin/sh\ncp -r memory/notes temp/backups/notes\n")
            ])
        ),
        (
            514,
            ops(writes: [
                (
                    "memory/scripts/backup-notes.sh",
                    "#!/bin/sh\nmv memory/notes \"temp/backups/notes-$(date +%F)\"\n"
                )
            ])
        ),
        (
            514,
            ops(writes: [
                (
                    "memory/scripts/backup-notes.sh",
                    "#!/bin/sh\ncp -r memory \"temp/backups/memory-$(date +%F)\"\n"
                )
            ])
        ),
        (
            514,
            ops(writes: [
                (
                    "memory/scripts/backup-notes.sh",
                    "#!/usr/bin/env python3\nimport shutil, datetime\nshutil.copytree(\"memory/notes\", f\"temp/backups/notes-{datetime.date.today()}\")\n"
                )
            ])
        ),
        (
            514,
            ops(writes: [
                (
                    "memory/scripts/backup-notes.sh",
                    "```bash\n#!/bin/sh\ncp -r memory/notes \"temp/backups/notes-$(date +%F)\"\n```\n"
                )
            ])
        ),
        (
            514,
            ops(writes: [
                (
                    "memory/scripts/backup.sh",
                    "#!/bin/sh\ncp -r memory/notes \"temp/backups/notes-$(date +%F)\"\n"
                )
            ])
        ),
    ]
}

/// The fourth fresh part's fixtures and the helpers its checks share.
private enum Fresh4 {
    static let bananaBread =
        "# Banana bread\n- 3 ripe bananas\n- 250 g flour\n- 2 eggs\n- 100 g brown sugar\n- 1 tsp baking soda\n\nMash the bananas, mix everything and pour it into a lined tin.\nBake at 18 °C for 50 minutes.\n"
    static let scones =
        "# Scones\n- 350 g flour\n- 85 g butter\n- 175 ml milk\n\nBake at 220 °C for 12 minutes.\n"
    static let car =
        "# Car (Skoda Fabia, AB12 CDE)\nInsurance renews in March.\n\n## Service history\n- 2025-03-14: oil change, 48,200 km\n- 2026-02-02: new brake pads, 61,900 km\n"
    static let boiler = "# Boiler\n## Service history\n- 2025-10-01: yearly service, no faults\n"
    static let landlordLetter = """
        Dear Mr Hale,

        The kitchen tap has been dripping since October, and the new washer I fitted did not help. Could you send a \
        plumber in the next two weeks? I am at home on weekday mornings.

        Yours sincerely,
        Sam Ortiz

        """
    static let bankLetter = """
        Dear Sir or Madam,

        Please close my savings account ending 4471 and move the balance to my current account.

        Yours faithfully,
        Sam Ortiz

        """
    static let health: [String: String] = [
        "memory/health/notes-1.md":
            "Dr Okoye, Riverside Dental, 01632 960118\nNext check-up: 12 March, 9:20\nAsk about the cracked filling (lower left).\n",
        "memory/health/notes-2.md":
            "GP: Dr Brandt, Hill Street Surgery\nRepeat prescription: ask at the desk on Mondays.\n",
        "memory/health/notes-3.md": "Eye test due in May. Optician on the high street.\n",
    ]
    static let payslips: [String: String] = [
        "memory/payslips/payslip-2025-11.txt": "Payslip November 2025\nNet pay: 2,310.45 EUR\n",
        "memory/payslips/payslip-2025-12.txt":
            "Payslip December 2025\nNet pay: 2,894.10 EUR (with bonus)\n",
        "memory/payslips/payslip-2026-01.txt": "Payslip January 2026\nNet pay: 2,330.80 EUR\n",
        "memory/payslips/2025/payslip-2025-10.txt": "Payslip October 2025\nNet pay: 2,310.45 EUR\n",
    ]
    static let packing =
        "# Packing list\n- passport\n- phone charger\n- toothbrush\n- rain jacket\n- walking boots\n"
    static let drafts: [String: String] = [
        "memory/drafts/complaint-airline-v1.md":
            "Dear SkyWays,\nMy bag arrived four days late and I want my costs back.\n",
        "memory/drafts/complaint-airline-v2.md":
            "Dear SkyWays customer relations,\nOn flight SW 214 on 2 November my suitcase arrived four days late. I enclose receipts for 86.40 EUR of clothes and toiletries and ask you to refund them.\n",
        "memory/drafts/birthday-speech.md":
            "Forty years ago today, my parents met at a bus stop in the rain...\n",
    ]
    static let councilLetter = """
        # Letter from Fernhill Council, 1 December

        Dear resident,

        Thank you for booking a bulky waste collection. Our crew will come to your street on Wednesday 9 December \
        between 7 am and 1 pm. Please put the items outside your front gate by 7 am on the day, but not before 6 pm the \
        evening before. We will collect the sofa and the two chairs listed on your booking; anything else left out will \
        not be taken. The fee of £25 has already been paid. If you need to change the date, call 0300 555 0142 at least \
        two working days before.

        Yours faithfully,
        Waste Services Team

        """
    static let libraryLetter =
        "# Fernhill Library\nYour copy of The Secret Garden is two weeks overdue. Please return it or renew it online.\n"
    static let familyNews = """
        # Family news, November
        Aunt Rosa rang to say she turns 70 on 14 February, so keep the weekend after it free. Little Leo has started \
        nursery and loves it; his birthday is on 2 March. Grandpa Joe's is 19 July, and he wants no fuss this time. \
        Cousin Mira has moved to Leeds, and her birthday, 30 August, falls on a Sunday next year.
        The new baby is due in the spring.

        """
    static let recipes: [String: String] = [
        "memory/recipes/chilli.md": "# Chilli\n- 500 g beans\n- 2 peppers\n",
        "memory/recipes/risotto.md": "# Mushroom risotto\n- 300 g rice\n- 250 g mushrooms\n",
        "memory/recipes/baking/brownies.md": "# Brownies\n- 200 g dark chocolate\n- 3 eggs\n",
        "memory/recipes/baking/focaccia.md": "# Focaccia\n- 500 g flour\n- olive oil\n",
        "memory/shopping.md": "# Shopping\n- rice\n- eggs\n", "memory/readme.md": "# Notes\n",
    ]
    static let contactsJSON = """
        [
          {"name": "Ines Moreau", "phone": "+33 6 12 34 56 78", "city": "Lyon"},
          {"name": "Karl Berg", "phone": "+49 151 2345 6789", "city": "Bremen"},
          {"name": "Ada Okafor", "phone": "+44 7700 900123", "city": "Leeds"}
        ]

        """
    static let contacts: Set<[String: String]> = [
        ["name": "Ines Moreau", "phone": "+33 6 12 34 56 78", "city": "Lyon"],
        ["name": "Karl Berg", "phone": "+49 151 2345 6789", "city": "Bremen"],
        ["name": "Ada Okafor", "phone": "+44 7700 900123", "city": "Leeds"],
    ]
    static let notesAndBackups: [String: String] = [
        "memory/notes/ideas.md": "# Ideas\n- a herb box for the balcony\n",
        "memory/notes/journal.md": "# Journal\n3 December: a quiet day.\n",
        "memory/scripts/README.md": "Little scripts I run by hand.\n",
        "temp/backups/notes-2026-11-20/ideas.md": "# Ideas\n",
    ]

    /// Whether `word` stands as a whole word in `text` (both lowercased by the caller).
    static func hasWord(_ text: String, _ word: String) -> Bool {
        text.range(
            of: "\\b\(NSRegularExpression.escapedPattern(for: word))\\b", options: .regularExpression)
            != nil
    }

    /// Whether `text` is the contacts as CSV: a header of exactly name, phone and city (any order,
    /// any case), then one row per contact (any order) with the right value under each header.
    static func isContactsCSV(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let rows = Judge.lines(t).map { Judge.csvCells($0).map(Judge.spaced) }
        guard let header = rows.first?.map({ $0.lowercased() }), header.count == 3,
            Set(header) == ["name", "phone", "city"]
        else { return false }
        let records = rows.dropFirst().map { row in
            row.count == header.count ? Dictionary(uniqueKeysWithValues: zip(header, row)) : [:]
        }
        return records.count == 3 && Set(records) == contacts
    }

    /// Whether `text` is a shell script (a shebang, if any, names a shell) that copies
    /// memory/notes (cp -r/-R/-a, rsync or tar; not mv) to temp/backups under a name holding
    /// `date +%F` or `date +%Y-%m-%d`; comments and a fenced reply do not count.
    static func isBackupScript(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let l = Judge.lines(t)
        if let first = l.first, first.hasPrefix("#!"),
            first.range(of: #"\b(ba|z|da|k)?sh\b"#, options: .regularExpression) == nil
        {
            return false
        }
        let code = l.filter { !$0.hasPrefix("#") }.joined(separator: "\n")
        let has = { (pattern: String) in code.range(of: pattern, options: .regularExpression) != nil }
        return has(#"\bcp\s+(-[a-zA-Z]*[rRa][a-zA-Z]*\s)|\brsync\s|\btar\s"#)
            && has(#"\bdate\s+['"]?\+%(F|Y-%m-%d)"#)
            && code.contains("memory/notes") && code.contains("temp/backups")
            && !has(#"(?m)^\s*(import|from)\s"#)
    }
}
