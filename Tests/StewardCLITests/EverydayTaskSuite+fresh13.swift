import Foundation

/// A thirteenth fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first twelve: by someone who had not read the agent loop, its tools, its prompts, its tests or
/// any result. Fourteen intentions, numbered 1401 to 1414, one for each kind the issue names
/// (create, a first week of a 10k running plan with each day's distance given in figures or
/// words; edit in place, the rehearsal time on one line of a choir note with a look-alike time on
/// the concert line; append a purchase as a row to a renovation spending CSV; rename a school
/// letter found by what it holds; move a bike chain's receipt from downloads into a receipts
/// folder; several files, a new address in three account notes of four after moving house; copy
/// a camping kit list into a trip's folder; delete an expired voucher's note; summarise a football
/// coach's long email in two sentences; extract wedding guests' diets, a guest no longer coming
/// left out; list-and-save the book club's books by the status inside each note; convert a
/// café's volunteer rota from CSV to a Markdown table; a skill for birthday thank-you notes; a
/// Python script that prints the electricity used between meter readings), each worded three
/// ways as people word them (files named by path, by bare name or by what they are; numbers in
/// figures or words; chatty context), run as Steward chooses. Every fixture holds a look-alike
/// beside the right file (last year's half-marathon plan, the concert's 7:30, the tradespeople's
/// quotes CSV, the farm trip letter, the tyre receipt for another bike, the old house's council
/// tax, the winter kit list and last year's trip folder, this year's cinema voucher, last
/// summer's email, the caterer's menu, the book up next and the one only suggested, the spring
/// rota, another skill, the gas readings). Judged by content as a person would (other list
/// markers, entry, row and column order, spacing, a title line, a table for a list, another date,
/// time, number or amount format, number words, quoted CSV cells with CRLF, a lost final newline
/// pass) and by "nothing else changed" (the wrong file, the wrong folder, a copy where a move was
/// asked fail). Frozen in a commit of its own before any run with a model: never tune the loop on
/// it, and run it as it is (`STEWARD_SUITE_PART=fresh13`).
extension EverydayTaskSuite {
    static let fresh13: [Intention] = [
        Intention(
            number: 1401, kind: "create: the first week of a 10k running plan with each run's day and distance", fixtures: Fresh13.running,
            wordings: [
                (
                    .imperative,
                    "Create memory/running/10k-week-1.md with this week's runs: Monday 5 km easy, Wednesday 7 km of hills, Saturday 10 km long run"
                ),
                (
                    .request,
                    "Could you start a note for the first week of my 10k plan, 10k-week-1.md in memory/running? Five kilometres easy on Monday, seven kilometres of hills on Wednesday and a ten-kilometre long run on Saturday."
                ),
                (
                    .context,
                    "I've signed up for the city 10k in September and my knee finally feels fine again, so I'm starting a proper plan. Please create memory/running/10k-week-1.md with one line per run: on Monday an easy 5 km, on Wednesday 7 km of hill repeats, and on Saturday a slow 10 km long run. Last year's half marathon plan in the same folder stays as it is."
                ),
            ], changed: ["memory/running/10k-week-1.md"],
            check: { f in Fresh13.isRunWeek(f("memory/running/10k-week-1.md")) && Judge.untouched(f, Array(Fresh13.running.keys), Fresh13.running) },
            solution: ops(writes: [
                ("memory/running/10k-week-1.md", "# 10k plan, week 1\n- Monday: 5 km easy\n- Wednesday: 7 km of hills\n- Saturday: 10 km long run\n")
            ])),
        Intention(
            number: 1402, kind: "edit in place: a choir's rehearsal time on one line, the concert's same time on another left",
            fixtures: Fresh13.choir,
            wordings: [
                (.imperative, "In memory/choir/choir.md, change the rehearsal time from 7:30 pm to 7 pm"),
                (
                    .request,
                    "Choir rehearsals start half an hour earlier from now on, at seven. Could you change the time on the rehearsals line of my choir note in memory/choir?"
                ),
                (
                    .context,
                    "Our choir director wants more time for warm-ups, so from next week the Wednesday rehearsals begin at 7 pm rather than half past seven, still in the church hall. Please update the rehearsals line in memory/choir/choir.md. The summer concert still starts at 7:30 pm, so leave that line and the rest of the note alone, and the old 2024 choir note too."
                ),
            ], changed: ["memory/choir/choir.md"],
            check: { f in
                Fresh13.isChoir(f("memory/choir/choir.md")) && f("memory/choir/choir-2024.md") == Fresh13.choir["memory/choir/choir-2024.md"]
            },
            solution: ops(writes: [
                (
                    "memory/choir/choir.md",
                    Fresh13.choir["memory/choir/choir.md"]!.replacingOccurrences(
                        of: "Rehearsals: Wednesdays, 7:30 pm", with: "Rehearsals: Wednesdays, 7 pm")
                )
            ])),
        Intention(
            number: 1403, kind: "append: a purchase as a new last row of a home renovation's spending CSV", fixtures: Fresh13.renovation,
            wordings: [
                (.imperative, "Append a row to memory/renovation/spending.csv: 2026-06-03, bathroom floor tiles, Tegelhuis, 412.80"),
                (
                    .request,
                    "I bought the bathroom floor tiles at Tegelhuis today, the third of June, for four hundred and twelve euros eighty. Could you add them to the end of the renovation spending log in memory/renovation?"
                ),
                (
                    .context,
                    "The renovation is eating money faster than I'd like, so I log every purchase. On 3 June 2026 I paid 412.80 EUR at Tegelhuis for the bathroom floor tiles. Please add that as a new last row of memory/renovation/spending.csv, in the same columns as the rows already there. The tradespeople's quotes are in another CSV in that folder, which stays as it is."
                ),
            ], changed: ["memory/renovation/spending.csv"],
            check: { f in
                Fresh13.isSpending(f("memory/renovation/spending.csv"))
                    && Judge.untouched(f, ["memory/renovation/quotes.csv", "memory/renovation/budget.md"], Fresh13.renovation)
            },
            solution: ops(writes: [
                (
                    "memory/renovation/spending.csv",
                    Fresh13.renovation["memory/renovation/spending.csv"]! + "2026-06-03,bathroom floor tiles,Tegelhuis,412.80\n"
                )
            ])),
        Intention(
            number: 1404, kind: "rename: a school letter saved under a number, named for the trip it is about", fixtures: Fresh13.letters,
            wordings: [
                (.imperative, "Rename memory/school/letters/letter-2.txt to science-museum-trip.txt"),
                (
                    .request,
                    "One of the school letters in memory/school/letters is about Year 4's trip to the Science Museum. Could you rename it science-museum-trip.txt, in the same folder?"
                ),
                (
                    .context,
                    "Every letter from school gets saved as letter-and-a-number and then I can't find the one I need when the consent slip is due. Please find the letter in memory/school/letters about the Science Museum trip and rename it to science-museum-trip.txt, keeping it where it is and not changing what it says. The farm trip letter is for my younger one and can stay as it is."
                ),
            ], changed: ["memory/school/letters/letter-2.txt", "memory/school/letters/science-museum-trip.txt"],
            check: { f in
                Judge.moved(f, "memory/school/letters/letter-2.txt", to: "memory/school/letters/science-museum-trip.txt", Fresh13.letters)
                    && Judge.untouched(
                        f, ["memory/school/letters/letter-1.txt", "memory/school/letters/letter-3.txt", "memory/school/letters/photo-day.txt"],
                        Fresh13.letters)
            }, solution: ops(#"{"op":"move","from":"memory/school/letters/letter-2.txt","to":"memory/school/letters/science-museum-trip.txt"}"#)),
        Intention(
            number: 1405, kind: "move into a folder: a bike chain's receipt from downloads to the bike's receipts", fixtures: Fresh13.bike,
            wordings: [
                (.imperative, "Move memory/downloads/cycle-hub-chain-receipt.txt into memory/bike/receipts"),
                (
                    .request,
                    "Could you file the receipt for my new bike chain? It's in memory/downloads; put it in the receipts folder under memory/bike."
                ),
                (
                    .context,
                    "I had a new chain fitted on the road bike yesterday and it comes with a two-year guarantee, so I want to keep the receipt with the others. Please move the Cycle Hub chain receipt from memory/downloads into memory/bike/receipts, keeping its name. The tyre receipt is for Maya's bike and stays in downloads for now."
                ),
            ], changed: ["memory/downloads/cycle-hub-chain-receipt.txt", "memory/bike/receipts/cycle-hub-chain-receipt.txt"],
            check: { f in
                Judge.moved(f, "memory/downloads/cycle-hub-chain-receipt.txt", to: "memory/bike/receipts/cycle-hub-chain-receipt.txt", Fresh13.bike)
                    && Judge.untouched(
                        f,
                        [
                            "memory/downloads/cycle-hub-tyre-receipt.txt", "memory/downloads/boiler-manual.txt",
                            "memory/bike/receipts/brake-pads-2025.txt",
                        ],
                        Fresh13.bike)
            },
            solution: ops(
                #"{"op":"move","from":"memory/downloads/cycle-hub-chain-receipt.txt","to":"memory/bike/receipts/cycle-hub-chain-receipt.txt"}"#)),
        Intention(
            number: 1406, kind: "several files: a new address in three account notes after a move of house, the old house's note left",
            fixtures: Fresh13.accounts,
            wordings: [
                (
                    .imperative,
                    "Change the address to 4 Quarry Lane, Bath BA2 3LP in memory/moving/accounts/bank.md, phone.md and magazine.md"
                ),
                (
                    .request,
                    "We've moved! Could you update my address to 4 Quarry Lane, Bath BA2 3LP in the bank, mobile phone and magazine notes in memory/moving/accounts?"
                ),
                (
                    .context,
                    "The removal van has gone and we're finally in the new house, 4 Quarry Lane, Bath BA2 3LP, though half the boxes are still in the hall. Each account I need to tell has a note in memory/moving/accounts with an address line; please change the address in the bank, phone and magazine notes from 12 Elm Close to the new one, leaving the rest of each note alone. The council tax note is for the old house and keeps the Elm Close address."
                ),
            ], changed: Set(Fresh13.movedAccounts.map { "memory/moving/accounts/\($0)" }),
            check: { f in
                Fresh13.movedAccounts.allSatisfy {
                    Fresh13.hasNewAddress(f("memory/moving/accounts/\($0)"), Fresh13.accounts["memory/moving/accounts/\($0)"])
                } && Judge.untouched(f, ["memory/moving/accounts/council-tax.md"], Fresh13.accounts)
            },
            solution: ops(
                writes: Fresh13.movedAccounts.map {
                    (
                        "memory/moving/accounts/\($0)",
                        Fresh13.accounts["memory/moving/accounts/\($0)"]!.replacingOccurrences(of: Fresh13.oldAddress, with: Fresh13.newAddress)
                    )
                })),
        Intention(
            number: 1407, kind: "copy: a summer camping kit list into this year's trip folder, the original kept", fixtures: Fresh13.camping,
            wordings: [
                (.imperative, "Copy memory/camping/kit-list.md to memory/camping/trips/lake-district-2026/kit-list.md"),
                (
                    .request,
                    "Could you put a copy of my summer camping kit list in the Lake District trip's folder, under memory/camping/trips? Keep the original."
                ),
                (
                    .context,
                    "We're camping in Great Langdale for three nights in August and I like to tick things off a copy of the kit list for each trip. Please copy the summer kit list, memory/camping/kit-list.md, into this year's Lake District folder in memory/camping/trips under the same name, and leave the original as it is. The winter list is no use in August, and last year's Skye folder already has its own copy."
                ),
            ], changed: ["memory/camping/trips/lake-district-2026/kit-list.md"],
            check: { f in
                let copy = f("memory/camping/trips/lake-district-2026/kit-list.md")
                return copy != nil && !Judge.fenced(copy!) && Judge.lines(copy) == Judge.lines(Fresh13.camping["memory/camping/kit-list.md"])
                    && Fresh13.camping.keys.allSatisfy { f($0) == Fresh13.camping[$0] }
            }, solution: ops(writes: [("memory/camping/trips/lake-district-2026/kit-list.md", Fresh13.camping["memory/camping/kit-list.md"]!)])),
        Intention(
            number: 1408, kind: "delete: an expired cinema voucher's note beside a valid one and a gift card", fixtures: Fresh13.vouchers,
            wordings: [
                (.imperative, "Delete memory/vouchers/cinema-2025.md"),
                (.request, "The old cinema voucher ran out at the end of March. Can you get rid of its note in memory/vouchers?"),
                (
                    .context,
                    "I tried to use the cinema voucher Gran gave us last year and the lady at the till said it expired on 31 March, which is annoying. Please delete the note for that expired voucher from memory/vouchers. This year's cinema voucher is still good, and so is the bookshop gift card, so keep both."
                ),
            ], changed: ["memory/vouchers/cinema-2025.md"],
            check: { f in
                f("memory/vouchers/cinema-2025.md") == nil
                    && Judge.untouched(f, ["memory/vouchers/cinema-2026.md", "memory/vouchers/bookshop.md"], Fresh13.vouchers)
            }, solution: ops(#"{"op":"delete","path":"memory/vouchers/cinema-2025.md"}"#)),
        Intention(
            number: 1409, kind: "summarise: a football coach's long email about a tournament in two sentences",
            fixtures: ["memory/football/coach-email.md": Fresh13.coachEmail, "memory/football/coach-email-2025.md": Fresh13.coachEmail2025],
            wordings: [
                (.imperative, "Summarise memory/football/coach-email.md in two sentences in outputs/tournament-summary.md"),
                (
                    .request,
                    "Coach Darren sent a really long email about the summer tournament. Could you sum it up in two sentences and save that as outputs/tournament-summary.md? It's the coach email in memory/football."
                ),
                (
                    .context,
                    "Ollie's football coach writes emails like novels and I only need the practical bits for the tournament. Please read this year's coach email in memory/football (not last summer's one) and write a summary of it, just 2 sentences, to outputs/tournament-summary.md."
                ),
            ], changed: ["outputs/tournament-summary.md"], check: { f in Fresh13.isTournamentSummary(f("outputs/tournament-summary.md")) },
            solution: ops(writes: [
                (
                    "outputs/tournament-summary.md",
                    "The summer tournament is on Saturday 13 June at Ashton Park: the children meet at the main gate at 8:45 am for a 9:30 kick-off and finish around 3 pm. They need the red home kit, shin pads, water and a packed lunch, and the 6 GBP entry fee goes to Darren in cash by Wednesday.\n"
                )
            ])),
        Intention(
            number: 1410, kind: "extract: wedding guests' dietary needs from the RSVP notes, a guest no longer coming left out",
            fixtures: Fresh13.wedding,
            wordings: [
                (
                    .imperative,
                    "Extract each guest's dietary requirement from memory/wedding/rsvps.md into outputs/dietary-needs.md, one guest per line"
                ),
                (
                    .request,
                    "The caterer needs to know who has special diets. Could you go through the RSVPs note in memory/wedding and list each guest who's coming with their dietary requirement in outputs/dietary-needs.md?"
                ),
                (
                    .context,
                    "The caterer wants final numbers and any special diets by Friday, and I've been scribbling RSVPs into memory/wedding/rsvps.md as they come in. Please list every guest who is coming and has a dietary requirement in outputs/dietary-needs.md, one per line with the name and the diet. Uncle Bill isn't coming any more, so leave him out; the caterer's menu in the same folder is another thing altogether."
                ),
            ], changed: ["outputs/dietary-needs.md"], check: { f in Fresh13.isDietList(f("outputs/dietary-needs.md")) },
            solution: ops(writes: [("outputs/dietary-needs.md", "- Auntie Rose: vegetarian\n- Sam Okafor: gluten-free (coeliac)\n- Lena: vegan\n")])),
        Intention(
            number: 1411, kind: "list-and-save: the book club's books already discussed, by the status inside each note", fixtures: Fresh13.books,
            wordings: [
                (
                    .imperative,
                    "List the books in memory/bookclub/books that the club has already discussed and save the list to outputs/books-discussed.md"
                ),
                (
                    .request,
                    "Could you check my book club notes in memory/bookclub/books and write the titles we've already talked about into outputs/books-discussed.md? New members keep asking."
                ),
                (
                    .context,
                    "Two new people are joining the book club next month and want to know what we've read so far, so they don't suggest it again. Every book has a note in memory/bookclub/books with a status line. Please save the ones we've already discussed to outputs/books-discussed.md, one per line; leave out the one coming up in May and anything only suggested."
                ),
            ], changed: ["outputs/books-discussed.md"], check: { f in Fresh13.isDiscussedBooks(f("outputs/books-discussed.md")) },
            solution: ops(writes: [("outputs/books-discussed.md", "- klara-and-the-sun.md\n- lessons-in-chemistry.md\n- piranesi.md\n")])),
        Intention(
            number: 1412, kind: "convert: a community café's volunteer rota from CSV to a Markdown table",
            fixtures: ["memory/cafe/rota.csv": Fresh13.rota, "memory/cafe/rota-spring.csv": Fresh13.rotaSpring],
            wordings: [
                (.imperative, "Convert memory/cafe/rota.csv into a Markdown table in outputs/rota.md"),
                (
                    .request,
                    "Could you turn the café's volunteer rota, rota.csv in memory/cafe, into a Markdown table and save it as outputs/rota.md? I want to pin it in the group chat."
                ),
                (
                    .context,
                    "I coordinate the volunteers at the community café, and the noticeboard app only understands Markdown. Please convert this summer's rota, memory/cafe/rota.csv, into a Markdown table with a header row in outputs/rota.md, keeping all four shifts. The spring rota next to it is finished and doesn't matter."
                ),
            ], changed: ["outputs/rota.md"], check: { f in Fresh13.isRotaTable(f("outputs/rota.md")) },
            solution: ops(writes: [
                (
                    "outputs/rota.md",
                    "| day | volunteer | shift |\n|---|---|---|\n| Monday | Aisha | 9:00-12:00 |\n| Tuesday | Gordon | 9:00-12:00 |\n| Thursday | Mei | 12:00-15:00 |\n| Saturday | Tomás | 10:00-14:00 |\n"
                )
            ])),
        Intention(
            number: 1413, kind: "skill: drafting thank-you notes for a child's birthday presents",
            fixtures: [
                "skills/README.md": "Each skill is a folder in skills/ holding a SKILL.md.\n",
                "skills/birthday-reminders/SKILL.md": Fresh13.remindersSkill,
                "memory/birthday/gifts.md":
                    "# Nadia's 7th birthday: presents\n- Lego treehouse, from Grandma Pat\n- art set, from the Bakers\n- roller skates, from Uncle Tom\n",
            ],
            wordings: [
                (
                    .imperative,
                    "Create skills/thank-you-notes/SKILL.md, a skill named thank-you-notes with a description, that reads memory/birthday/gifts.md and writes a short thank-you note for each present, naming the present and who gave it, saved in outputs/thank-you/"
                ),
                (
                    .request,
                    "Could you write me a skill called thank-you-notes? It should go through the list of presents in memory/birthday/gifts.md and draft a short thank-you note for each one, mentioning the present and the giver, and save them in outputs/thank-you."
                ),
                (
                    .context,
                    "Nadia had her seventh birthday party on Saturday and I'm hopeless at thank-you notes, so I'd like the agent to draft them. Please write a skill named thank-you-notes, with the name and a description in front matter like my birthday-reminders skill, telling it to read the present list in memory/birthday/gifts.md, write one short note per present that says what it was and who it came from, and save the notes in outputs/thank-you."
                ),
            ], changed: ["skills/thank-you-notes/SKILL.md"],
            check: { f in
                Fresh13.isThanksSkill(f("skills/thank-you-notes/SKILL.md")) && f("skills/birthday-reminders/SKILL.md") == Fresh13.remindersSkill
            },
            solution: ops(writes: [
                (
                    "skills/thank-you-notes/SKILL.md",
                    "---\nname: thank-you-notes\ndescription: Draft a thank-you note for each birthday present.\n---\nRead memory/birthday/gifts.md.\nFor each present, write a short thank-you note that names the present and who gave it.\nSave the notes in outputs/thank-you/.\n"
                )
            ])),
        Intention(
            number: 1414, kind: "script: a Python script that prints the electricity used between monthly meter readings", fixtures: Fresh13.energy,
            wordings: [
                (
                    .imperative,
                    "Write memory/energy/usage.py, a Python script that reads memory/energy/electricity.csv and prints, for each reading after the first, the kWh used since the reading before"
                ),
                (
                    .request,
                    "Could you write a little Python script, usage.py in memory/energy, that goes through my electricity meter readings in electricity.csv in the same folder and prints how many kWh we used between each reading and the previous one?"
                ),
                (
                    .context,
                    "Since the heat pump went in I want to keep an eye on how much electricity we use each month. I note the meter reading at the end of every month in memory/energy/electricity.csv, a date and a reading per line. Please write a Python script, memory/energy/usage.py, that reads that file and prints for each month the difference from the reading before, so I can see the usage. The gas readings are a separate file and don't matter here, and the script mustn't change any file."
                ),
            ], changed: ["memory/energy/usage.py"], check: { f in Fresh13.isUsageScript(f("memory/energy/usage.py")) },
            solution: ops(writes: [
                (
                    "memory/energy/usage.py",
                    "import csv\n\nwith open(\"memory/energy/electricity.csv\") as f:\n    rows = list(csv.DictReader(f))\nfor before, after in zip(rows, rows[1:]):\n    print(after[\"date\"], int(after[\"reading_kwh\"]) - int(before[\"reading_kwh\"]), \"kWh\")\n"
                )
            ])),
    ]
}

extension EverydayTaskSuite {
    /// Correct results in other forms a careful person accepts (a table, another marker, a title,
    /// spacing, number words, another date, time, number or amount format, another order, quoted
    /// CSV cells with CRLF, columns in another order, a lost final newline, paths or titles for
    /// file names, another way to write the same script), at least one per intention but the
    /// delete (1408), which has no other form.
    static let fresh13Alternatives: [(Int, String)] = [
        (
            1401,
            ops(writes: [
                (
                    "memory/running/10k-week-1.md",
                    "10k plan: week 1\n\n| Day | Run |\n|---|---|\n| Mon | 5 km, easy |\n| Wed | 7 km hill repeats |\n| Sat | 10k long, slow |\n"
                )
            ])
        ),
        (
            1401,
            ops(writes: [
                (
                    "memory/running/10k-week-1.md",
                    "# Week 1\n\n* **Saturday**: long run, ten kilometres, nice and slow\n* **Monday**: five kilometres, easy\n* **Wednesday**: hills, 7 km"
                )
            ])
        ),
        (1401, ops(writes: [("memory/running/10k-week-1.md", "Mon - 5km easy\nWed - 7km hill repeats (6 x 200 m)\nSat - 10km long slow run\n")])),
        (
            1402,
            ops(writes: [
                (
                    "memory/choir/choir.md",
                    Fresh13.choir["memory/choir/choir.md"]!.replacingOccurrences(of: "Wednesdays, 7:30 pm", with: "Wednesdays, 19:00")
                )
            ])
        ),
        (
            1402,
            ops(writes: [
                (
                    "memory/choir/choir.md",
                    Fresh13.choir["memory/choir/choir.md"]!.replacingOccurrences(of: "Wednesdays, 7:30 pm", with: "Wednesdays, 7 pm (was 7:30 pm)")
                )
            ])
        ),
        (
            1402,
            ops(writes: [
                (
                    "memory/choir/choir.md",
                    Fresh13.choir["memory/choir/choir.md"]!.replacingOccurrences(of: "Wednesdays, 7:30 pm,", with: "Wednesdays,  7.00pm sharp,")
                        .trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            1403,
            ops(writes: [
                (
                    "memory/renovation/spending.csv",
                    Fresh13.renovation["memory/renovation/spending.csv"]! + "03/06/2026,Bathroom floor tiles,Tegelhuis,412.8"
                )
            ])
        ),
        (
            1403,
            ops(writes: [
                (
                    "memory/renovation/spending.csv",
                    (Fresh13.renovation["memory/renovation/spending.csv"]! + "\"2026-06-03\",\"floor tiles (bathroom)\",\"Tegelhuis\",\"412,80\"\n")
                        .replacingOccurrences(of: "\n", with: "\r\n")
                )
            ])
        ),
        (
            1403,
            ops(writes: [
                (
                    "memory/renovation/spending.csv",
                    Fresh13.renovation["memory/renovation/spending.csv"]! + "3 June 2026, bathroom floor tiles, Tegelhuis, €412.80\n"
                )
            ])
        ),
        (
            1404,
            ops(
                writes: [
                    (
                        "memory/school/letters/science-museum-trip.txt",
                        Fresh13.letters["memory/school/letters/letter-2.txt"]!.trimmingCharacters(in: .newlines)
                    )
                ],
                #"{"op":"delete","path":"memory/school/letters/letter-2.txt"}"#)
        ),
        (
            1405,
            ops(
                writes: [("memory/bike/receipts/cycle-hub-chain-receipt.txt", Fresh13.bike["memory/downloads/cycle-hub-chain-receipt.txt"]! + "\n")],
                #"{"op":"delete","path":"memory/downloads/cycle-hub-chain-receipt.txt"}"#)
        ),
        (
            1406,
            ops(
                writes: Fresh13.movedAccounts.map {
                    (
                        "memory/moving/accounts/\($0)",
                        Fresh13.accounts["memory/moving/accounts/\($0)"]!.replacingOccurrences(
                            of: Fresh13.oldAddress, with: "Address: 4 Quarry Lane, Bath, BA2 3LP (was 12 Elm Close)")
                    )
                })
        ),
        (
            1406,
            ops(
                writes: Fresh13.movedAccounts.map {
                    (
                        "memory/moving/accounts/\($0)",
                        Fresh13.accounts["memory/moving/accounts/\($0)"]!.replacingOccurrences(
                            of: Fresh13.oldAddress, with: "**Address:**  4, Quarry Lane, BATH BA2 3LP"
                        ).trimmingCharacters(in: .newlines)
                    )
                })
        ),
        (
            1407,
            ops(writes: [
                (
                    "memory/camping/trips/lake-district-2026/kit-list.md",
                    Fresh13.camping["memory/camping/kit-list.md"]!.trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            1407,
            ops(writes: [
                (
                    "memory/camping/trips/lake-district-2026/kit-list.md",
                    Fresh13.camping["memory/camping/kit-list.md"]!.replacingOccurrences(of: "\n", with: "\r\n")
                )
            ])
        ),
        (
            1409,
            ops(writes: [
                (
                    "outputs/tournament-summary.md",
                    "# Summer tournament\n\nSaturday 13 June, Ashton Park: be at the main gate by 8.45 a.m., first match 9.30, done by about 3 p.m. Bring the red kit, shin pads, water, a packed lunch and £6 in cash for Darren by Wednesday.\n"
                )
            ])
        ),
        (
            1409,
            ops(writes: [
                (
                    "outputs/tournament-summary.md",
                    "- Tournament on Sat 13 June at Ashton Park; meet 08:45 at the main gate, kick-off 09:30, home around 15:00.\n- Kids need the red kit, shin pads, water and lunch; entry is six pounds, cash to Darren by Wednesday."
                )
            ])
        ),
        (
            1409,
            ops(writes: [
                (
                    "outputs/tournament-summary.md",
                    "**Tournament, 13/06**\nOllie's team plays at Ashton Park on Saturday, arriving for 8:45am with kick-off at 9:30am. He needs his kit, shin pads, water and a packed lunch, plus the £6.00 entry fee for Darren.\n"
                )
            ])
        ),
        (
            1410,
            ops(writes: [
                (
                    "outputs/dietary-needs.md",
                    "| Guest | Diet |\n|---|---|\n| Lena | Vegan |\n| Sam Okafor | Gluten free (coeliac) |\n| Auntie Rose | Vegetarian (no fish) |\n"
                )
            ])
        ),
        (
            1410,
            ops(writes: [
                (
                    "outputs/dietary-needs.md",
                    "Dietary requirements for the caterer\n\nRose - veggie\nSam Okafor - coeliac, so gluten-free\nLena - vegan"
                )
            ])
        ),
        (
            1411,
            ops(writes: [
                (
                    "outputs/books-discussed.md",
                    "# Books we've discussed\n\n| Book | Author | Month |\n|---|---|---|\n| Klara and the Sun | Kazuo Ishiguro | January |\n| Lessons in Chemistry | Bonnie Garmus | February |\n| Piranesi | Susanna Clarke | March |\n"
                )
            ])
        ),
        (
            1411,
            ops(writes: [
                (
                    "outputs/books-discussed.md",
                    "memory/bookclub/books/piranesi.md\nmemory/bookclub/books/klara-and-the-sun.md\nmemory/bookclub/books/lessons-in-chemistry.md"
                )
            ])
        ),
        (
            1411,
            ops(writes: [
                (
                    "outputs/books-discussed.md",
                    "Already discussed:\n1. *Klara and the Sun* by Kazuo Ishiguro\n2. *Lessons in Chemistry* by Bonnie Garmus\n3. *Piranesi* by Susanna Clarke\n"
                )
            ])
        ),
        (
            1412,
            ops(writes: [
                (
                    "outputs/rota.md",
                    "# Café rota (summer)\n\n| Day      | Volunteer | Shift       |\n|:---------|:----------|:------------|\n| Monday   | Aisha     | 9:00-12:00  |\n| Tuesday  | Gordon    | 9:00-12:00  |\n| Thursday | Mei       | 12:00-15:00 |\n| Saturday | Tomás     | 10:00-14:00 |\n"
                )
            ])
        ),
        (
            1412,
            ops(writes: [
                (
                    "outputs/rota.md",
                    "| Volunteer | Day | Shift |\n| --- | --- | --- |\n| Tomas | Saturday | 10:00–14:00 |\n| Mei | Thursday | 12:00 – 15:00 |\n| Gordon | Tuesday | 09:00–12:00 |\n| Aisha | Monday | 09:00 to 12:00 |"
                )
            ])
        ),
        (
            1413,
            ops(writes: [
                (
                    "skills/thank-you-notes/SKILL.md",
                    "---\nname: \"thank-you-notes\"\ndescription: >\n  Drafts short thank-you notes for the presents from a birthday.\n---\n\n# Thank-you notes\n\n1. Open `memory/birthday/gifts.md`; each line is a present and the person it came from.\n2. For every present, write two or three friendly sentences thanking the giver by name and saying what the present was.\n3. Save each note as its own file in `outputs/thank-you/`.\n"
                )
            ])
        ),
        (
            1414,
            ops(writes: [
                (
                    "memory/energy/usage.py",
                    "import pandas as pd\n\nreadings = pd.read_csv(\"memory/energy/electricity.csv\")\nreadings[\"used_kwh\"] = readings[\"reading_kwh\"].diff()\nprint(readings.dropna()[[\"date\", \"used_kwh\"]].to_string(index=False))\n"
                )
            ])
        ),
        (
            1414,
            ops(writes: [
                (
                    "memory/energy/usage.py",
                    "#!/usr/bin/env python3\n\"\"\"Electricity used between meter readings.\"\"\"\nfrom pathlib import Path\n\nlines = Path(__file__).with_name(\"electricity.csv\").read_text().splitlines()[1:]\nprevious = None\nfor line in lines:\n    day, reading = line.split(\",\")\n    reading = int(reading)\n    if previous is not None:\n        print(f\"{day}: {reading - previous} kWh\")\n    previous = reading\n"
                )
            ])
        ),
        (
            1414,
            ops(writes: [
                (
                    "memory/energy/usage.py",
                    "import csv\n\nwith open('memory/energy/electricity.csv', newline='') as f:\n    reader = csv.reader(f)\n    next(reader)\n    last = None\n    for date, reading in reader:\n        reading = float(reading)\n        if last is not None:\n            print(f'{date}: {reading - last:.0f} kWh')\n        last = reading\n"
                )
            ])
        ),
    ]

    /// Wrong or partial results that the thirteenth fresh part's checks must refuse, at least four per intention.
    static let fresh13NearMisses: [(Int, String)] = [
        (1401, ops(writes: [("memory/running/10k-week-1.md", "- Monday: 5 km easy\n- Wednesday: 8 km of hills\n- Saturday: 10 km long run\n")])),
        (1401, ops(writes: [("memory/running/10k-week-1.md", "- Monday: 5 km easy\n- Wednesday: 7 km of hills\n")])),
        (1401, ops(writes: [("memory/running/10k-week-1.md", "- Monday: 10 km easy\n- Wednesday: 7 km of hills\n- Saturday: 5 km long run\n")])),
        (1401, ops(writes: [("memory/running/10k-week-1.md", "Monday 5 km easy, Wednesday 7 km of hills, Saturday 10 km long run.\n")])),
        (
            1401,
            ops(writes: [
                (
                    "memory/running/plan-2025-half.md",
                    Fresh13.running["memory/running/plan-2025-half.md"]!
                        + "- Monday: 5 km easy\n- Wednesday: 7 km of hills\n- Saturday: 10 km long run\n"
                )
            ])
        ),
        (
            1401,
            ops(writes: [
                ("memory/running/10k-week-1.md", "- Monday: 5 km easy\n- Wednesday: 7 km of hills\n- Friday: 3 km easy\n- Saturday: 10 km long run\n")
            ])
        ),
        (
            1401,
            ops(writes: [("memory/running/10k-week-1.md", "```\n- Monday: 5 km easy\n- Wednesday: 7 km of hills\n- Saturday: 10 km long run\n```\n")])
        ),
        (1401, ops(writes: [("memory/running/10k-week-1.md", "- Monday: 5 km\n- Wednesday: 7 km\n- Saturday: 10 km\n")])),
        (
            1402,
            ops(writes: [("memory/choir/choir.md", Fresh13.choir["memory/choir/choir.md"]!.replacingOccurrences(of: "7:30 pm", with: "7 pm"))])
        ),
        (
            1402,
            ops(writes: [
                ("memory/choir/choir-2024.md", Fresh13.choir["memory/choir/choir-2024.md"]!.replacingOccurrences(of: "7:30 pm", with: "7 pm"))
            ])
        ),
        (
            1402,
            ops(writes: [
                (
                    "memory/choir/choir.md",
                    Fresh13.choir["memory/choir/choir.md"]!.replacingOccurrences(of: "Wednesdays, 7:30 pm", with: "Wednesdays, 7:00 am")
                )
            ])
        ),
        (
            1402,
            ops(writes: [
                ("memory/choir/choir.md", Fresh13.choir["memory/choir/choir.md"]! + "- Rehearsals: Wednesdays, 7 pm, church hall on Mill Street\n")
            ])
        ),
        (
            1402,
            ops(writes: [
                (
                    "memory/choir/choir.md",
                    Fresh13.choir["memory/choir/choir.md"]!.replacingOccurrences(
                        of: "- Rehearsals: Wednesdays, 7:30 pm, church hall on Mill Street", with: "- Rehearsals: 7 pm")
                )
            ])
        ),
        (
            1402,
            ops(writes: [
                (
                    "memory/choir/choir.md",
                    Fresh13.choir["memory/choir/choir.md"]!.replacingOccurrences(of: "Wednesdays, 7:30 pm", with: "Wednesdays, 6:30 pm")
                )
            ])
        ),
        (1402, ops(writes: [("memory/choir/choir.md", "- Rehearsals: Wednesdays, 7 pm, church hall on Mill Street\n")])),
        (
            1402,
            ops(writes: [
                (
                    "memory/choir/choir.md",
                    "```markdown\n"
                        + Fresh13.choir["memory/choir/choir.md"]!.replacingOccurrences(of: "Wednesdays, 7:30 pm", with: "Wednesdays, 7 pm") + "```\n"
                )
            ])
        ),
        (
            1403,
            ops(writes: [
                (
                    "memory/renovation/quotes.csv",
                    Fresh13.renovation["memory/renovation/quotes.csv"]! + "2026-06-03,bathroom floor tiles,Tegelhuis,412.80\n"
                )
            ])
        ),
        (
            1403,
            ops(writes: [
                (
                    "memory/renovation/spending.csv",
                    Fresh13.renovation["memory/renovation/spending.csv"]!.replacingOccurrences(
                        of: "amount_eur\n", with: "amount_eur\n2026-06-03,bathroom floor tiles,Tegelhuis,412.80\n")
                )
            ])
        ),
        (
            1403,
            ops(writes: [
                (
                    "memory/renovation/spending.csv",
                    Fresh13.renovation["memory/renovation/spending.csv"]! + "2026-06-03,bathroom floor tiles,Tegelhuis,421.80\n"
                )
            ])
        ),
        (
            1403,
            ops(writes: [
                (
                    "memory/renovation/spending.csv",
                    Fresh13.renovation["memory/renovation/spending.csv"]! + "2026-06-03,Tegelhuis,bathroom floor tiles,412.80\n"
                )
            ])
        ),
        (1403, ops(writes: [("memory/renovation/spending.csv", "date,item,shop,amount_eur\n2026-06-03,bathroom floor tiles,Tegelhuis,412.80\n")])),
        (
            1403,
            ops(writes: [
                (
                    "memory/renovation/spending.csv",
                    Fresh13.renovation["memory/renovation/spending.csv"]! + "| 2026-06-03 | bathroom floor tiles | Tegelhuis | 412.80 |\n"
                )
            ])
        ),
        (
            1403,
            ops(writes: [
                (
                    "memory/renovation/spending.csv",
                    Fresh13.renovation["memory/renovation/spending.csv"]! + "2026-03-06,bathroom floor tiles,Tegelhuis,412.80\n"
                )
            ])
        ),
        (
            1403,
            ops(writes: [
                (
                    "memory/renovation/spending.csv",
                    "```csv\n" + Fresh13.renovation["memory/renovation/spending.csv"]! + "2026-06-03,bathroom floor tiles,Tegelhuis,412.80\n```\n"
                )
            ])
        ),
        (1404, ops(#"{"op":"move","from":"memory/school/letters/letter-3.txt","to":"memory/school/letters/science-museum-trip.txt"}"#)),
        (1404, ops(writes: [("memory/school/letters/science-museum-trip.txt", Fresh13.letters["memory/school/letters/letter-2.txt"]!)])),
        (1404, ops(#"{"op":"move","from":"memory/school/letters/letter-2.txt","to":"memory/school/science-museum-trip.txt"}"#)),
        (1404, ops(#"{"op":"move","from":"memory/school/letters/letter-2.txt","to":"memory/school/letters/science-museum-trip.md"}"#)),
        (
            1404,
            ops(
                writes: [("memory/school/letters/science-museum-trip.txt", "Year 4 trip to the Science Museum, Friday 16 October\n")],
                #"{"op":"delete","path":"memory/school/letters/letter-2.txt"}"#)
        ),
        (
            1404,
            ops(
                #"{"op":"move","from":"memory/school/letters/letter-2.txt","to":"memory/school/letters/science-museum-trip.txt"}"#,
                #"{"op":"move","from":"memory/school/letters/letter-3.txt","to":"memory/school/letters/farm-trip.txt"}"#)
        ),
        (1405, ops(#"{"op":"move","from":"memory/downloads/cycle-hub-tyre-receipt.txt","to":"memory/bike/receipts/cycle-hub-tyre-receipt.txt"}"#)),
        (
            1405,
            ops(
                #"{"op":"move","from":"memory/downloads/cycle-hub-chain-receipt.txt","to":"memory/bike/receipts/cycle-hub-chain-receipt.txt"}"#,
                #"{"op":"move","from":"memory/downloads/cycle-hub-tyre-receipt.txt","to":"memory/bike/receipts/cycle-hub-tyre-receipt.txt"}"#)
        ),
        (
            1405,
            ops(writes: [("memory/bike/receipts/cycle-hub-chain-receipt.txt", Fresh13.bike["memory/downloads/cycle-hub-chain-receipt.txt"]!)])
        ),
        (1405, ops(#"{"op":"move","from":"memory/downloads/cycle-hub-chain-receipt.txt","to":"memory/bike/cycle-hub-chain-receipt.txt"}"#)),
        (1405, ops(#"{"op":"move","from":"memory/downloads/cycle-hub-chain-receipt.txt","to":"memory/bike/receipts/chain.txt"}"#)),
        (
            1405,
            ops(
                #"{"op":"move","from":"memory/downloads/cycle-hub-chain-receipt.txt","to":"memory/bike/receipts/downloads/cycle-hub-chain-receipt.txt"}"#
            )
        ),
        (
            1406,
            ops(
                writes: Fresh13.movedAccounts.prefix(2).map {
                    (
                        "memory/moving/accounts/\($0)",
                        Fresh13.accounts["memory/moving/accounts/\($0)"]!.replacingOccurrences(of: Fresh13.oldAddress, with: Fresh13.newAddress)
                    )
                })
        ),
        (
            1406,
            ops(
                writes: (Fresh13.movedAccounts + ["council-tax.md"]).map {
                    (
                        "memory/moving/accounts/\($0)",
                        Fresh13.accounts["memory/moving/accounts/\($0)"]!.replacingOccurrences(of: Fresh13.oldAddress, with: Fresh13.newAddress)
                    )
                })
        ),
        (
            1406,
            ops(
                writes: Fresh13.movedAccounts.map {
                    ("memory/moving/accounts/\($0)", Fresh13.accounts["memory/moving/accounts/\($0)"]! + Fresh13.newAddress + "\n")
                })
        ),
        (
            1406,
            ops(
                writes: Fresh13.movedAccounts.map {
                    (
                        "memory/moving/accounts/\($0)",
                        Fresh13.accounts["memory/moving/accounts/\($0)"]!.replacingOccurrences(
                            of: Fresh13.oldAddress, with: "Address: 4 Quarry Lane, Bath")
                    )
                })
        ),
        (
            1406,
            ops(
                writes: Fresh13.movedAccounts.map {
                    (
                        "memory/moving/accounts/\($0)",
                        Fresh13.accounts["memory/moving/accounts/\($0)"]!.replacingOccurrences(
                            of: Fresh13.oldAddress, with: "Address: 14 Quarry Lane, Bath BA2 3LP")
                    )
                })
        ),
        (1406, ops(writes: Fresh13.movedAccounts.map { ("memory/moving/accounts/\($0)", Fresh13.newAddress + "\n") })),
        (
            1406,
            ops(
                writes: Fresh13.movedAccounts.map {
                    (
                        "memory/moving/accounts/\($0)",
                        Fresh13.accounts["memory/moving/accounts/\($0)"]!.replacingOccurrences(
                            of: Fresh13.oldAddress, with: "Address: 4 Quarry Lane, Bath BA2 3LP, Bristol BS5 6QT")
                    )
                })
        ),
        (1407, ops(#"{"op":"move","from":"memory/camping/kit-list.md","to":"memory/camping/trips/lake-district-2026/kit-list.md"}"#)),
        (1407, ops(writes: [("memory/camping/trips/lake-district-2026/kit-list.md", Fresh13.camping["memory/camping/kit-list-winter.md"]!)])),
        (1407, ops(writes: [("memory/camping/trips/skye-2025/kit-list.md", Fresh13.camping["memory/camping/kit-list.md"]!)])),
        (1407, ops(writes: [("memory/camping/trips/lake-district-2026/kit-list-copy.md", Fresh13.camping["memory/camping/kit-list.md"]!)])),
        (
            1407,
            ops(writes: [
                (
                    "memory/camping/trips/lake-district-2026/kit-list.md",
                    Fresh13.camping["memory/camping/kit-list.md"]!.replacingOccurrences(of: "- head torches\n- midge spray\n", with: "")
                )
            ])
        ),
        (
            1407,
            ops(writes: [
                ("memory/camping/trips/lake-district-2026/kit-list.md", "```markdown\n" + Fresh13.camping["memory/camping/kit-list.md"]! + "```\n")
            ])
        ),
        (
            1407,
            ops(writes: [
                ("memory/camping/trips/lake-district-2026/kit-list.md", Fresh13.camping["memory/camping/kit-list.md"]!),
                ("memory/camping/kit-list.md", Fresh13.camping["memory/camping/kit-list.md"]! + "- copied for the Lake District\n"),
            ])
        ),
        (1408, ops(#"{"op":"delete","path":"memory/vouchers/cinema-2026.md"}"#)),
        (1408, ops(#"{"op":"delete","path":"memory/vouchers/cinema-2025.md"}"#, #"{"op":"delete","path":"memory/vouchers/cinema-2026.md"}"#)),
        (1408, ops(#"{"op":"delete","path":"memory/vouchers/cinema-2025.md"}"#, #"{"op":"delete","path":"memory/vouchers/bookshop.md"}"#)),
        (1408, ops(writes: [("memory/vouchers/cinema-2025.md", "")])),
        (1408, ops(#"{"op":"move","from":"memory/vouchers/cinema-2025.md","to":"memory/vouchers/expired/cinema-2025.md"}"#)),
        (1408, ops(writes: [("memory/vouchers/cinema-2025.md", "EXPIRED\n" + Fresh13.vouchers["memory/vouchers/cinema-2025.md"]!)])),
        (1409, ops(writes: [("outputs/tournament-summary.md", Fresh13.coachEmail)])),
        (
            1409,
            ops(writes: [
                (
                    "outputs/tournament-summary.md",
                    "The tournament is on Saturday 13 June at Ashton Park. Meet at the main gate at 8:45 am; kick-off is at 9:30. Bring the red kit, shin pads, water and a packed lunch, and 6 GBP for Darren.\n"
                )
            ])
        ),
        (1409, ops(writes: [("outputs/tournament-summary.md", "The tournament is on Saturday 13 June at Ashton Park.\n")])),
        (
            1409,
            ops(writes: [
                (
                    "outputs/tournament-summary.md",
                    "The tournament is on Saturday 13 June at Ashton Park, meeting at the main gate at 9:45 am. Bring the red kit, shin pads, water and a packed lunch, and 6 GBP for Darren.\n"
                )
            ])
        ),
        (
            1409,
            ops(writes: [
                (
                    "outputs/tournament-summary.md",
                    "The tournament is on Sunday 15 June at Kingsway Fields, meeting at 10 am. Bring your kit, water and lunch, and 5 GBP for the entry.\n"
                )
            ])
        ),
        (
            1409,
            ops(writes: [
                (
                    "memory/football/tournament-summary.md",
                    "The tournament is on Saturday 13 June at Ashton Park, meeting at the main gate at 8:45 am. Bring the red kit, shin pads, water and a packed lunch, and 6 GBP for Darren.\n"
                )
            ])
        ),
        (
            1409,
            ops(writes: [
                (
                    "outputs/tournament-summary.md",
                    "Darren thanked everyone for all their help this season. He still remembers the win against Longwell in April.\n"
                )
            ])
        ),
        (
            1409,
            ops(writes: [
                (
                    "outputs/tournament-summary.md",
                    "```\nThe tournament is on Saturday 13 June at Ashton Park, meeting at the main gate at 8:45 am. Bring the red kit, shin pads, water and a packed lunch, and 6 GBP for Darren.\n```\n"
                )
            ])
        ),
        (
            1409,
            ops(writes: [
                (
                    "outputs/tournament-summary.md",
                    "The tournament is on Saturday 13 June at Ashton Park, meeting at the main gate at 8:45 am. Bring the red kit, shin pads, water and a packed lunch, and £10 for Darren.\n"
                )
            ])
        ),
        (
            1410,
            ops(writes: [
                ("outputs/dietary-needs.md", "- Auntie Rose: vegetarian\n- Sam Okafor: gluten-free\n- Lena: vegan\n- Uncle Bill: nut allergy\n")
            ])
        ),
        (1410, ops(writes: [("outputs/dietary-needs.md", "- Auntie Rose: vegetarian\n- Sam Okafor: gluten-free\n")])),
        (1410, ops(writes: [("outputs/dietary-needs.md", "- Auntie Rose: vegan\n- Sam Okafor: gluten-free\n- Lena: vegetarian\n")])),
        (1410, ops(writes: [("outputs/dietary-needs.md", "Auntie Rose is vegetarian, Sam Okafor gluten-free and Lena vegan.\n")])),
        (1410, ops(writes: [("memory/wedding/dietary-needs.md", "- Auntie Rose: vegetarian\n- Sam Okafor: gluten-free\n- Lena: vegan\n")])),
        (1410, ops(writes: [("outputs/dietary-needs.md", "- Auntie Rose\n- Sam Okafor\n- Lena\n")])),
        (
            1410,
            ops(writes: [
                (
                    "outputs/dietary-needs.md",
                    "- Auntie Rose: vegetarian\n- Sam Okafor: gluten-free\n- Lena: vegan\n- Lena's boyfriend: eats anything\n"
                )
            ])
        ),
        (1410, ops(writes: [("outputs/dietary-needs.md", "```\n- Auntie Rose: vegetarian\n- Sam Okafor: gluten-free\n- Lena: vegan\n```\n")])),
        (
            1411,
            ops(writes: [("outputs/books-discussed.md", "- klara-and-the-sun.md\n- lessons-in-chemistry.md\n- piranesi.md\n- demon-copperhead.md\n")])
        ),
        (1411, ops(writes: [("outputs/books-discussed.md", "- klara-and-the-sun.md\n- piranesi.md\n")])),
        (
            1411,
            ops(writes: [
                (
                    "outputs/books-discussed.md",
                    "- demon-copperhead.md\n- klara-and-the-sun.md\n- lessons-in-chemistry.md\n- piranesi.md\n- the-overstory.md\n"
                )
            ])
        ),
        (1411, ops(writes: [("outputs/books-discussed.md", "Klara and the Sun, Lessons in Chemistry and Piranesi\n")])),
        (1411, ops(writes: [("memory/bookclub/books-discussed.md", "- klara-and-the-sun.md\n- lessons-in-chemistry.md\n- piranesi.md\n")])),
        (1411, ops(writes: [("outputs/books-discussed.md", "```\nklara-and-the-sun.md\nlessons-in-chemistry.md\npiranesi.md\n```\n")])),
        (1411, ops(writes: [("outputs/books-discussed.md", "- Demon Copperhead\n- The Overstory\n")])),
        (1412, ops(writes: [("outputs/rota.md", Fresh13.rota)])),
        (
            1412,
            ops(writes: [
                (
                    "outputs/rota.md",
                    "| day | volunteer | shift |\n|---|---|---|\n| Monday | Aisha | 9:00-12:00 |\n| Tuesday | Gordon | 9:00-12:00 |\n| Thursday | Mei | 12:00-15:00 |\n"
                )
            ])
        ),
        (
            1412,
            ops(writes: [
                (
                    "outputs/rota.md",
                    "| day | volunteer | shift |\n| Monday | Aisha | 9:00-12:00 |\n| Tuesday | Gordon | 9:00-12:00 |\n| Thursday | Mei | 12:00-15:00 |\n| Saturday | Tomás | 10:00-14:00 |\n"
                )
            ])
        ),
        (
            1412,
            ops(writes: [
                (
                    "outputs/rota.md",
                    "| day | volunteer | shift |\n|---|---|---|\n| Monday | Gordon | 9:00-12:00 |\n| Friday | Aisha | 12:00-15:00 |\n"
                )
            ])
        ),
        (
            1412,
            ops(writes: [
                (
                    "outputs/rota.md",
                    "```markdown\n| day | volunteer | shift |\n|---|---|---|\n| Monday | Aisha | 9:00-12:00 |\n| Tuesday | Gordon | 9:00-12:00 |\n| Thursday | Mei | 12:00-15:00 |\n| Saturday | Tomás | 10:00-14:00 |\n```\n"
                )
            ])
        ),
        (
            1412,
            ops(writes: [
                (
                    "outputs/rota.md",
                    "| day | volunteer | shift |\n|---|---|---|\n| Monday | Gordon | 9:00-12:00 |\n| Tuesday | Aisha | 9:00-12:00 |\n| Thursday | Mei | 12:00-15:00 |\n| Saturday | Tomás | 10:00-14:00 |\n"
                )
            ])
        ),
        (
            1412,
            ops(writes: [
                (
                    "memory/cafe/rota.md",
                    "| day | volunteer | shift |\n|---|---|---|\n| Monday | Aisha | 9:00-12:00 |\n| Tuesday | Gordon | 9:00-12:00 |\n| Thursday | Mei | 12:00-15:00 |\n| Saturday | Tomás | 10:00-14:00 |\n"
                )
            ])
        ),
        (
            1412,
            ops(writes: [
                (
                    "outputs/rota.md",
                    Fresh13.rota
                        + "\n| day | volunteer | shift |\n|---|---|---|\n| Monday | Aisha | 9:00-12:00 |\n| Tuesday | Gordon | 9:00-12:00 |\n| Thursday | Mei | 12:00-15:00 |\n| Saturday | Tomás | 10:00-14:00 |\n"
                )
            ])
        ),
        (
            1413,
            ops(writes: [
                (
                    "skills/thank-you-notes/SKILL.md",
                    "# Thank-you notes\nRead memory/birthday/gifts.md and write a short thank-you note for each present, naming the present and who gave it. Save them in outputs/thank-you/.\n"
                )
            ])
        ),
        (
            1413,
            ops(writes: [
                (
                    "skills/thank-you-notes/SKILL.md",
                    "---\nname: Thank You Notes\ndescription: Draft birthday thank-you notes.\n---\nRead memory/birthday/gifts.md and write a short thank-you note for each present, naming the present and who gave it. Save them in outputs/thank-you/.\n"
                )
            ])
        ),
        (
            1413,
            ops(writes: [
                (
                    "skills/thank-you-notes.md",
                    "---\nname: thank-you-notes\ndescription: Draft birthday thank-you notes.\n---\nRead memory/birthday/gifts.md and write a short thank-you note for each present, naming the present and who gave it. Save them in outputs/thank-you/.\n"
                )
            ])
        ),
        (
            1413,
            ops(writes: [
                (
                    "skills/thank-you-notes/SKILL.md",
                    "---\nname: thank-you-notes\n---\nRead memory/birthday/gifts.md and write a short thank-you note for each present, naming the present and who gave it. Save them in outputs/thank-you/.\n"
                )
            ])
        ),
        (
            1413,
            ops(writes: [
                (
                    "skills/thank-you-notes/SKILL.md",
                    "---\nname: thank-you-notes\ndescription: Draft birthday thank-you notes.\n---\nRead memory/birthday/gifts.md and write a short thank-you note for each present, naming the present and who gave it.\n"
                )
            ])
        ),
        (
            1413,
            ops(writes: [
                (
                    "skills/thank-you-notes/SKILL.md",
                    "---\nname: thank-you-notes\ndescription: Draft birthday thank-you notes.\n---\nRead memory/birthday/gifts.md and write a short thank-you note for each present. Save them in outputs/thank-you/.\n"
                )
            ])
        ),
        (
            1413,
            ops(writes: [
                (
                    "skills/thank-you-notes/SKILL.md",
                    "```markdown\n---\nname: thank-you-notes\ndescription: Draft birthday thank-you notes.\n---\nRead memory/birthday/gifts.md and write a short thank-you note for each present, naming the present and who gave it. Save them in outputs/thank-you/.\n```\n"
                )
            ])
        ),
        (
            1413,
            ops(writes: [
                (
                    "skills/birthday-reminders/SKILL.md",
                    Fresh13.remindersSkill
                        + "\n## Thank-you notes\nRead memory/birthday/gifts.md and write a short thank-you note for each present, naming the present and who gave it. Save them in outputs/thank-you/.\n"
                )
            ])
        ),
        (
            1414,
            ops(writes: [
                (
                    "memory/energy/usage.py",
                    "import csv\n\nwith open(\"memory/energy/electricity.csv\") as f:\n    for row in csv.DictReader(f):\n        print(row[\"date\"], row[\"reading_kwh\"])\n"
                )
            ])
        ),
        (
            1414,
            ops(writes: [
                (
                    "memory/energy/usage.py",
                    "import csv\n\nwith open(\"memory/energy/gas.csv\") as f:\n    rows = list(csv.DictReader(f))\nfor before, after in zip(rows, rows[1:]):\n    print(after[\"date\"], int(after[\"reading_m3\"]) - int(before[\"reading_m3\"]))\n"
                )
            ])
        ),
        (
            1414,
            ops(writes: [
                (
                    "memory/energy/usage.py",
                    "import csv\n\nwith open(\"memory/energy/electricity.csv\") as f:\n    rows = list(csv.reader(f))[1:]\nprint(int(rows[-1][1]) - int(rows[0][1]), \"kWh\")\n"
                )
            ])
        ),
        (
            1414,
            ops(writes: [
                (
                    "memory/energy/usage.py",
                    "import csv\n\ntotal = 0\nwith open(\"memory/energy/electricity.csv\") as f:\n    for row in csv.DictReader(f):\n        total += int(row[\"reading_kwh\"])\nprint(total)\n"
                )
            ])
        ),
        (
            1414,
            ops(writes: [
                (
                    "memory/energy/usage.py",
                    "```python\nimport csv\n\nwith open(\"memory/energy/electricity.csv\") as f:\n    rows = list(csv.DictReader(f))\nfor before, after in zip(rows, rows[1:]):\n    print(after[\"date\"], int(after[\"reading_kwh\"]) - int(before[\"reading_kwh\"]))\n```\n"
                )
            ])
        ),
        (
            1414,
            ops(writes: [
                (
                    "memory/energy/usage.py",
                    "#!/bin/sh\nawk -F, 'NR > 2 { print $1, $2 - prev } NR > 1 { prev = $2 }' memory/energy/electricity.csv\n"
                )
            ])
        ),
        (
            1414,
            ops(writes: [
                (
                    "outputs/usage.py",
                    "import csv\n\nwith open(\"memory/energy/electricity.csv\") as f:\n    rows = list(csv.DictReader(f))\nfor before, after in zip(rows, rows[1:]):\n    print(after[\"date\"], int(after[\"reading_kwh\"]) - int(before[\"reading_kwh\"]))\n"
                )
            ])
        ),
        (
            1414,
            ops(writes: [
                (
                    "memory/energy/usage.py",
                    "import csv\n\nwith open(\"memory/energy/electricity.csv\") as f:\n    rows = list(csv.DictReader(f))\nwith open(\"memory/energy/electricity.csv\", \"w\") as f:\n    for before, after in zip(rows, rows[1:]):\n        f.write(f\"{after['date']},{int(after['reading_kwh']) - int(before['reading_kwh'])}\\n\")\n"
                )
            ])
        ),
        (
            1414,
            ops(writes: [
                (
                    "memory/energy/usage.py",
                    "# import csv\n# with open(\"memory/energy/electricity.csv\") as f:\n#     rows = list(csv.DictReader(f))\n# for before, after in zip(rows, rows[1:]):\n#     print(after[\"date\"], int(after[\"reading_kwh\"]) - int(before[\"reading_kwh\"]))\n"
                )
            ])
        ),
    ]
}

/// The thirteenth fresh part's fixtures and the helpers its checks share.
private enum Fresh13 {
    static let running: [String: String] = [
        "memory/running/plan-2025-half.md": "# Half marathon plan (2025)\n- Tuesday: 6 km easy\n- Thursday: 8 km tempo\n- Sunday: 16 km long run\n",
        "memory/running/shoes.md": "# Shoes\nBought the new trainers in March, about 180 km on them now.\n",
    ]
    static let choir: [String: String] = [
        "memory/choir/choir.md": """
        # Riverside Community Choir
        - Rehearsals: Wednesdays, 7:30 pm, church hall on Mill Street
        - Summer concert: Saturday 4 July, 7:30 pm, St Mark's church
        - Subs: 5 GBP a week, paid to Ruth
        - Folder: the blue one, bring a pencil

        """,
        "memory/choir/choir-2024.md": "# Choir (2024)\n- Rehearsals: Tuesdays, 7:30 pm, at the primary school\n",
    ]
    static let renovation: [String: String] = [
        "memory/renovation/spending.csv":
            "date,item,shop,amount_eur\n2026-04-18,paint and rollers,Brico,86.40\n2026-05-02,bathroom taps,Sanitair Plus,149.00\n2026-05-20,skip hire,Van Dam Containers,230.00\n",
        "memory/renovation/quotes.csv": "trade,company,quote_eur\ntiler,Tegelwerk Jansen,1850.00\nelectrician,Stroom & Zo,960.00\n",
        "memory/renovation/budget.md": "# Renovation budget\nTotal: 8,000 EUR\nBathroom first, then the kitchen.\n",
    ]
    static let letters: [String: String] = [
        "memory/school/letters/letter-1.txt": "Dear parents,\nThe autumn term starts on Thursday 3 September. Please label all uniform.\n",
        "memory/school/letters/letter-2.txt":
            "Dear parents,\nYear 4 will visit the Science Museum on Friday 16 October. The trip costs 12 GBP; please return the consent slip by 9 October.\n",
        "memory/school/letters/letter-3.txt": "Dear parents,\nYear 2 will visit Hollow Farm on Tuesday 13 October. Wellies, please!\n",
        "memory/school/letters/photo-day.txt": "School photos are on Thursday 24 September.\n",
    ]
    static let bike: [String: String] = [
        "memory/downloads/cycle-hub-chain-receipt.txt":
            "Cycle Hub receipt, 11 May 2026\n1 x chain, Shimano 11-speed, 34.99 GBP, fitted\nFor: road bike\n",
        "memory/downloads/cycle-hub-tyre-receipt.txt": "Cycle Hub receipt, 9 May 2026\n1 x tyre, 24 inch, 18.50 GBP\nFor: Maya's bike\n",
        "memory/downloads/boiler-manual.txt": "Boiler manual, model 30i\n",
        "memory/bike/receipts/brake-pads-2025.txt": "Cycle Hub receipt, 2 August 2025\n2 x brake pads, 12.00 GBP\n",
    ]
    static let oldAddress = "Address: 12 Elm Close, Bristol BS5 6QT"
    static let newAddress = "Address: 4 Quarry Lane, Bath BA2 3LP"
    static let movedAccounts = ["bank.md", "phone.md", "magazine.md"]
    static let accounts: [String: String] = [
        "memory/moving/accounts/bank.md": "# Bank: Northway Building Society\nAccount ending 4417\n\(oldAddress)\n",
        "memory/moving/accounts/phone.md": "# Mobile phone contract (Tellco)\nNumber 07700 900818\n\(oldAddress)\n",
        "memory/moving/accounts/magazine.md": "# Gardeners' Monthly subscription\nRenews in November\n\(oldAddress)\n",
        "memory/moving/accounts/council-tax.md": "# Council tax (the Elm Close house)\nFinal bill paid on 30 May\n\(oldAddress)\n",
    ]
    static let camping: [String: String] = [
        "memory/camping/kit-list.md":
            "# Camping kit (summer)\n- tent and pegs\n- 2 sleeping bags, 2 mats\n- stove, gas, pan, mugs\n- head torches\n- midge spray\n",
        "memory/camping/kit-list-winter.md": "# Camping kit (winter)\n- 4-season tent\n- down sleeping bags\n- hot water bottles\n",
        "memory/camping/trips/lake-district-2026/campsite.md": "# Great Langdale campsite\nPitch 14, 7 to 10 August\n",
        "memory/camping/trips/skye-2025/kit-list.md": "# Kit for Skye\n- tent\n- midge nets\n",
    ]
    static let vouchers: [String: String] = [
        "memory/vouchers/cinema-2025.md": "# Cinema voucher (Odeon), from Gran\nCode 7H2K-99QL, 2 tickets\nExpired 31 March 2026\n",
        "memory/vouchers/cinema-2026.md": "# Cinema voucher (Odeon)\nCode PX4M-31ZT, 2 tickets\nValid until 31 December 2026\n",
        "memory/vouchers/bookshop.md": "# Bookshop gift card\n25 GBP, from Auntie Jo\nNo expiry\n",
    ]
    static let coachEmail = """
        # Email from Coach Darren: the summer tournament

        Hi all,

        What a season! I can't thank you enough for all the lifts, the oranges at half time and the cheering from \
        the touchline, even in February's hailstorm. The win against Longwell in April is one I'll remember for a long time.

        Now for the big one. The summer tournament is on Saturday 13 June at Ashton Park. Please have the kids at the \
        main gate by 8:45 am so we can warm up together; our first match kicks off at 9:30. We play four group games \
        and, if it goes well, a semi-final, so expect to finish around 3 pm.

        The children need the red home kit, shin pads, a big bottle of water and a packed lunch, plus sun cream if the \
        forecast holds. The entry fee is 6 GBP per child; please give it to me in cash by Wednesday's training.

        Parents who can spare an hour for the tea stall, let Sandra know. And a reminder that there's no training on \
        the Thursday after, as the pitch is being re-seeded.

        Cheers,
        Darren

        """
    static let coachEmail2025 =
        "# Email from Darren, June 2025\nThe summer tournament is on Sunday 15 June at Kingsway Fields. Meet at 10 am; the entry is 5 GBP.\n"
    static let wedding: [String: String] = [
        "memory/wedding/rsvps.md": """
        # RSVPs so far

        Auntie Rose rang on Sunday: she's coming, and she's vegetarian now, so no fish for her. Sam Okafor replied \
        by email, yes for both days; he's coeliac, so his meal has to be gluten-free. Lena and her boyfriend are \
        coming too; Lena is vegan, and her boyfriend eats anything. Uncle Bill can't make it after all (his hip), so \
        forget about his nut allergy. The Morgans are coming and eat everything.

        """,
        "memory/wedding/menu.md":
            "# Menu from the caterer\nStarter: smoked trout, or beetroot tart (vegetarian)\nMain: lamb, or mushroom risotto (vegan, gluten-free)\n",
    ]
    static let books: [String: String] = [
        "memory/bookclub/books/klara-and-the-sun.md": "# Klara and the Sun\nBy Kazuo Ishiguro\nStatus: discussed in January\n",
        "memory/bookclub/books/lessons-in-chemistry.md": "# Lessons in Chemistry\nBy Bonnie Garmus\nStatus: discussed in February\n",
        "memory/bookclub/books/piranesi.md": "# Piranesi\nBy Susanna Clarke\nStatus: discussed in March\n",
        "memory/bookclub/books/the-overstory.md": "# The Overstory\nBy Richard Powers\nStatus: suggested by Femi, not chosen yet\n",
        "memory/bookclub/books/demon-copperhead.md": "# Demon Copperhead\nBy Barbara Kingsolver\nStatus: up next, for the May meeting\n",
        "memory/bookclub/members.md": "# Members\nFemi, Joanna, Priti, Hal and me\n",
    ]
    static let rota =
        "day,volunteer,shift\nMonday,Aisha,9:00-12:00\nTuesday,Gordon,9:00-12:00\nThursday,Mei,12:00-15:00\nSaturday,Tomás,10:00-14:00\n"
    static let rotaSpring = "day,volunteer,shift\nMonday,Gordon,9:00-12:00\nFriday,Aisha,12:00-15:00\n"
    static let remindersSkill =
        "---\nname: birthday-reminders\ndescription: List the birthdays coming up in the next two weeks.\n---\nRead memory/birthdays.md and list the birthdays in the next 14 days.\n"
    static let energy: [String: String] = [
        "memory/energy/electricity.csv": "date,reading_kwh\n2026-01-31,15204\n2026-02-28,15530\n2026-03-31,15822\n2026-04-30,16071\n",
        "memory/energy/gas.csv": "date,reading_m3\n2026-01-31,8821\n2026-02-28,8990\n",
        "memory/energy/tariff.md": "# Tariff\nElectricity 0.27 GBP per kWh, standing charge 0.53 GBP a day\n",
    ]

    /// Whether `text` gives the week's three runs, one entry each, any order: Monday 5 km easy,
    /// Wednesday 7 km of hills, Saturday a 10 km long run (figures or words, km or k), and no
    /// other day; lines without a day (a title, a table header) are allowed.
    static func isRunWeek(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let entries = Judge.items(t).filter { !Judge.isTableRule($0) }.map { $0.lowercased() }
        let days = [#"\bmon(day)?\b"#, #"\bwed(nes)?(day)?s?\b"#, #"\bsat(ur)?(day)?\b"#]
        let anyDay = #"\b(mon|tues?|wed(nes)?|thu(rs?)?|fri|sat(ur)?|sun)(day)?s?\b"#
        let distance = { (n: String) in #"\b("# + n + #")(\.0)?[\s-]*(kms?|k|kilomet(re|er)s?)\b"# }
        let runs = [distance("5|five"), distance("7|seven"), distance("10|ten")]
        let kinds = [#"\beas(y|ily)\b|gentle|relaxed|recovery"#, #"\bhill"#, #"\blong\b"#]
        let dated = entries.filter { Judge.has($0, anyDay) }
        guard dated.count == days.count else { return false }
        let which = dated.map { e in days.indices.filter { Judge.has(e, days[$0]) } }
        guard which.allSatisfy({ $0.count == 1 }), Set(which.map { $0[0] }).count == days.count else { return false }
        return dated.indices.allSatisfy { i in
            runs.indices.filter { Judge.has(dated[i], runs[$0]) } == which[i] && Judge.has(dated[i], kinds[which[i][0]])
        }
    }

    /// Whether `text` is the choir note with only the rehearsal line changed: now at 7 pm (the
    /// 7:30 it was said to have been aside), still on Wednesdays, still in the church hall.
    static func isChoir(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(choir["memory/choir/choir.md"])
        let got = Judge.lines(t)
        guard got.count == want.count, let i = want.firstIndex(where: { $0.hasPrefix("- Rehearsals") }) else { return false }
        let line = got[i].lowercased()
        let said = line.replacingOccurrences(
            of:
                #"\b(was|from|instead of|not|formerly|previously|no longer|rather than|moved from|used to be)\s+(at\s+)?(7[:.]30\s*(pm|p\.m\.)?|19[:.]30|half past seven)"#,
            with: " ", options: .regularExpression)
        return Judge.has(line, #"^\W*rehears"#) && Judge.has(said, #"\b0?7([:.]00)?\s*(pm|p\.m\.)|\b19[:.]00\b|\bseven\b"#)
            && !Judge.has(said, #"7[:.]30|19[:.]30|half past|seven[- ]thirty"#) && Judge.has(line, #"\bwed"#) && line.contains("church hall")
            && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
    }

    /// Whether `text` is the spending log as it was with one more last row: 3 June, the bathroom
    /// floor tiles, Tegelhuis and 412.80 EUR in the log's four columns (another date or amount
    /// format, a euro sign or a decimal comma in quotes passes).
    static func isSpending(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !t.contains("|") else { return false }
        let want = Judge.lines(renovation["memory/renovation/spending.csv"])
        let got = Judge.lines(t)
        guard got.count == want.count + 1, Array(got.prefix(want.count)) == want, let last = got.last else { return false }
        let cells = Judge.csvCells(last)
        guard cells.count == 4 else { return false }
        var amount = cells[3].lowercased().replacingOccurrences(of: #"eur|€"#, with: "", options: .regularExpression)
            .trimmingCharacters(in: .whitespaces)
        if Judge.has(amount, #"^\d+,\d{1,2}$"#) { amount = amount.replacingOccurrences(of: ",", with: ".") }
        return Judge.hasDate(cells[0].lowercased(), day: 3, month: 6) && Judge.has(cells[1], #"\btiles?\b"#)
            && Judge.has(cells[2], #"^tegelhuis$"#) && Double(amount) == 412.8
    }

    /// Whether `text` is the account note `was` with only its address line changed, to 4 Quarry
    /// Lane, Bath BA2 3LP (the old address said to have been aside).
    static func hasNewAddress(_ text: String?, _ was: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(was)
        let got = Judge.lines(t)
        guard got.count == want.count, let i = want.firstIndex(where: { $0.hasPrefix("Address:") }) else { return false }
        let line = got[i].lowercased()
        let said = line.replacingOccurrences(
            of: #"\(?\b(was|previously|formerly|moved from|old address:?|old:)\s+12 elm close[^)]*\)?"#, with: " ", options: .regularExpression)
        return Judge.has(line, #"^\W*address"#) && Judge.has(said, #"(^|[^\d])\b4,? quarry lane\b"#) && said.contains("bath")
            && Judge.has(said, #"\bba2\s*3lp\b"#) && !Judge.has(said, #"elm|bristol|bs5"#)
            && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
    }

    /// Whether `text` sums up this year's coach email in two sentences (a short title aside,
    /// list markers allowed), each short, with at least four of its practical facts and no
    /// time, amount or detail it does not give, nor any from last year's email.
    static func isTournamentSummary(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        var lines = itemLines(t).filter { !$0.hasPrefix("#") }.map { Judge.spaced($0) }
        if lines.count > 1, let first = lines.first, !Judge.has(first, #"[.!?]$"#), first.split(separator: " ").count <= 8 {
            lines.removeFirst()
        }
        let body = lines.joined(separator: "\n")
            .replacingOccurrences(of: #"\b([aApP])\.[mM]\.(?=\s+[A-Z]|\s*$)"#, with: "$1m.", options: .regularExpression)
            .replacingOccurrences(of: #"\b([aApP])\.[mM]\."#, with: "$1m", options: .regularExpression)
        let sentences = body.replacingOccurrences(of: #"([.!?])\s+"#, with: "$1\n", options: .regularExpression)
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard sentences.count == 2 else { return false }
        let words = sentences.map { $0.split(separator: " ").filter { $0.contains { $0.isLetter || $0.isNumber } }.count }
        guard words.allSatisfy({ $0 >= 5 && $0 <= 50 }), words.reduce(0, +) <= 80 else { return false }
        let low = body.lowercased()
        let facts = [
            #"\b13(th)?\s+june|june\s+13|13/0?6|\bsat(urday)?\b"#, #"ashton"#, #"8[:.]45|main gate|warm[- ]?up"#,
            #"9[:.]30|kick[- ]?off|first match"#,
            #"shin ?pads|water|lunch|\bkit\b|sun ?cream"#, #"£\s*6\b|\b6(\.00)?\s*(gbp|pounds?)|\bsix pounds|entry|\bfee\b"#,
            #"\b3\s*pm|15[:.]00|finish|\bdone\b|home around"#,
        ].filter { Judge.has(low, $0) }
        let clock = Judge.found(low, #"\b(\d{1,2}:\d{2})\b"#)
        let hours = Judge.found(low, #"\b(\d{1,2})(?:[:.]\d{2})?\s*(?:am|pm)\b"#)
        let money = Judge.found(low, #"£\s*(\d+(?:\.\d{2})?)"#) + Judge.found(low, #"\b(\d+(?:\.\d{2})?)\s*(?:gbp|pounds?|quid)\b"#)
        return facts.count >= 4 && clock.allSatisfy { ["8:45", "08:45", "9:30", "09:30", "15:00"].contains($0) }
            && hours.allSatisfy { ["8", "08", "9", "09", "3"].contains($0) } && money.allSatisfy { ["6", "6.00"].contains($0) }
            && !Judge.has(low, #"kingsway|sunday|15(th)?\s+june|june\s+15"#)
    }

    /// Whether `text` lists the three guests coming with a special diet, each with their own
    /// (Rose vegetarian, Sam Okafor gluten-free, Lena vegan), one entry each, any order, and not
    /// Uncle Bill or his allergy; before them at most a title and a table header, nothing after.
    static func isDietList(_ text: String?) -> Bool {
        guard let t = text, !Judge.has(t, #"\bbill\b|\bnuts?\b"#) else { return false }
        return Judge.isPairedList(
            t, who: [#"\brose\b"#, #"\bsam\b|okafor"#, #"\blena\b"#], what: [#"vegetarian|veggie"#, #"gluten|coeliac|celiac"#, #"\bvegan\b"#])
    }

    /// Whether `text` lists the books the club has discussed (Klara and the Sun, Lessons in
    /// Chemistry, Piranesi), by file name or title, one entry each, any order, and no other book;
    /// before them at most a title and a table header, nothing after them.
    static func isDiscussedBooks(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !Judge.has(t, #"overstory|demon|copperhead|kingsolver"#) else { return false }
        let entries = Judge.items(t).filter { !Judge.isTableRule($0) }.map { $0.lowercased() }
        let books = [#"klara"#, #"chemistry"#, #"piranesi"#]
        let named = entries.indices.filter { i in books.contains { Judge.has(entries[i], $0) } }
        guard named.count == books.count, let first = named.first, named == Array(first..<first + books.count),
            entries.count == first + books.count, first <= 2
        else { return false }
        if first == 2 && !entries[1].hasPrefix("|") { return false }
        let which = named.map { i in books.indices.filter { Judge.has(entries[i], books[$0]) } }
        return which.allSatisfy { $0.count == 1 } && Set(which.map { $0[0] }).count == books.count
    }

    /// Whether `text` is one Markdown table of the summer rota: a header row (day, volunteer,
    /// shift, any case, any column order), a rule, and the four shifts in any order (accents,
    /// spacing, leading zeros or another dash in a time aside), and no rota data outside it.
    static func isRotaTable(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let lines = Judge.lines(t)
        let rows = lines.compactMap(tableCells)
        let outside = lines.filter { tableCells($0) == nil }
        guard rows.count == 6, rows[1].allSatisfy({ Judge.has($0, #"^:?-+:?$"#) }),
            !outside.contains(where: { Judge.has($0, #"aisha|gordon|\bmei\b|tom[aá]s|monday|tuesday|thursday|saturday"#) })
        else { return false }
        let cell = { (s: String) in
            s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
                .replacingOccurrences(of: #"[*_`\s]"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #"(?<=\d)(–|—|to)(?=\d)"#, with: "-", options: .regularExpression)
                .replacingOccurrences(of: #"(^|-)0(\d)"#, with: "$1$2", options: .regularExpression)
        }
        let header = rows[0].map(cell)
        let columns = ["day", "volunteer", "shift"].compactMap { header.firstIndex(of: $0) }
        guard header.count == 3, columns.count == 3 else { return false }
        let want: Set<[String]> = [
            ["monday", "aisha", "9:00-12:00"], ["tuesday", "gordon", "9:00-12:00"], ["thursday", "mei", "12:00-15:00"],
            ["saturday", "tomas", "10:00-14:00"],
        ]
        let got = rows[2...].map { r in r.count == 3 ? columns.map { cell(r[$0]) } : [] }
        return got.count == want.count && Set(got) == want
    }

    /// Whether `text` is a skill named thank-you-notes with a description, whose body reads
    /// gifts.md, writes a thank-you note for each present naming the giver, and saves in
    /// outputs/thank-you.
    static func isThanksSkill(_ text: String?) -> Bool {
        guard let t = text, let (fields, body) = Judge.skill(t) else { return false }
        let b = body.lowercased()
        let rest = b.replacingOccurrences(of: "outputs/thank-you", with: " ").replacingOccurrences(of: "thank-you-notes", with: " ")
            .replacingOccurrences(of: "memory/birthday/gifts.md", with: " list ")
        return fields["name"] == "thank-you-notes" && (fields["description"] ?? "").count >= 10 && b.count >= 40
            && b.contains("outputs/thank-you") && b.contains("gifts.md") && Judge.has(rest, #"\bthank"#)
            && Judge.has(rest, #"\beach\b|\bevery\b|\bper\b"#) && Judge.has(rest, #"\b(present|gift)s?\b|what (it|each one) (was|is)"#)
            && Judge.has(rest, #"who (gave|sent|it came|they came)|\bgivers?\b|\bfrom\b|\bsender\b|\bgave\b|by name"#)
    }

    /// Whether `text` is a Python script (a shebang, if any, names Python) that opens
    /// electricity.csv (not the gas readings), reads the readings as numbers, takes each one from
    /// the next in a loop (or pandas' diff) and prints, writing, moving or removing nothing.
    /// Comments and a fenced reply do not count.
    static func isUsageScript(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let l = Judge.lines(t)
        if let first = l.first, first.hasPrefix("#!"), !first.contains("python") { return false }
        let code = l.filter { !$0.hasPrefix("#") }.joined(separator: "\n")
        let has = { (words: [String]) in words.contains { code.contains($0) } }
        guard code.contains("electricity.csv"), !code.contains("gas.csv") else { return false }
        guard
            !Judge.has(
                code, #"open\([^)]*,\s*(mode\s*=\s*)?["'][wax]|\.to_csv\(|os\.remove|os\.unlink|\.unlink\(|shutil|os\.rename|write_text\("#)
        else { return false }
        return has(["open(", "read_text(", "read_csv("]) && has(["int(", "float(", "read_csv(", "Decimal("])
            && (Judge.has(code, #"[\w\])]\s*-\s*[\w(]"#) || code.contains(".diff(")) && Judge.has(code, #"\bfor\b|\.diff\("#)
            && code.contains("print(")
    }
}
