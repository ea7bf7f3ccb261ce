import Foundation

/// A twenty-seventh fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first twenty-six: by someone who had not read the agent loop, its tools, its prompts, its tests or
/// any result. Fourteen intentions, numbered 2801 to 2814, one for each kind the issue names
/// (create, a home-brew batch as an INI file with a section header and key = value lines like the
/// batch before it, the measured gravity not the recipe's target; edit in place, one Sunday's tea
/// person in a YAML choir rota, her other Sunday, that week's music and last autumn's rota left;
/// append a dated job with its distance at the end of one bike's maintenance log, the other bike's
/// log and the parts list left; rename a phone's voice memo transcript to a dated name like the
/// meeting before it, the same day's evening memo and a memo whose date reads alike left; move a
/// finished book's notes from a book club's current folder into this year's read folder, next
/// month's near-named book left; several files, a car-share's new pick-up point in a JSON object, a
/// week's Markdown plan and a message draft, the school run and the trips log left; copy a quiz
/// round's questions under another name into a quiz night's folder, its answers and last year's
/// round not; delete a finished antibiotics course's schedule, the course still going and the daily
/// schedule kept; summarise a letting agent's deposit email in three sentences at most, with what
/// comes back, the deductions and the last day to dispute; extract the bake sale items whose quoted
/// allergens include nuts with their bakers, a nut-free item, a coconut one and last year's apart;
/// list-and-save one year's gig ticket files named by date, last year's, a refunded subfolder and a
/// wishlist named with the year apart; convert an INI watering schedule to a JSON array of objects
/// with the interval as a number, a commented-out section and an older schedule apart; a skill that
/// matches a seed swap's wants with its offers, never a member with themselves, while packets are
/// left; a Python script that prints a month's swims and the distance in metres from a log of
/// timestamped lines, a closed day, the month before and a lessons log apart), each worded three
/// ways as people word them (files named by path, by bare name or by what they are; details given in
/// passing; what to leave alone said casually), run as Steward chooses. Every fixture holds a
/// look-alike beside the right file. Judged by content as a person would (other list markers, entry,
/// row, key and object order, spacing, a title line, a table for a list, another date, number or
/// amount format, quoted values, a trailing comment, an aside saying what a place was, JSON laid out
/// another way, descriptions for file names, a lost final newline, CRLF pass) and by "nothing else
/// changed" (the wrong file, the wrong folder, a copy where a move was asked fail). Frozen in a commit
/// of its own before any run with a model: never tune the loop on it, and run it as it is
/// (`STEWARD_SUITE_PART=fresh27`).
extension EverydayTaskSuite {
    static let fresh27: [Intention] = [
        Intention(
            number: 2801,
            kind:
                "create: a home-brew batch as an INI file with a [batch] section and key = value lines like the batch before it, the measured gravity not the recipe's target",
            fixtures: Fresh27.brewing,
            wordings: [
                (
                    .imperative,
                    "Create memory/brewing/batches/batch-07.ini in the same INI layout as batch-06.ini: number 7, name Harbour Stout, style stout, brewed 2027-04-02, og 1.058, yeast S-04"
                ),
                (
                    .request,
                    "I brewed the stout yesterday, could you log it as batch-07.ini next to batch-06.ini in memory/brewing/batches? It's batch 7, Harbour Stout, a stout, brewed on 2 April 2027, original gravity 1.058 and S-04 yeast."
                ),
                (
                    .context,
                    "I keep one INI file per home-brew batch in memory/brewing/batches. Please add memory/brewing/batches/batch-07.ini, laid out like batch-06.ini with a [batch] section and key = value lines: it's number 7, Harbour Stout, style stout, brewed 2 April 2027. The recipe aimed for 1.060 but I measured an original gravity of 1.058, and I used S-04 yeast. Leave the recipe and batch 6 as they are."
                ),
            ], changed: [Fresh27.batch],
            check: { f in Fresh27.isBatch(f(Fresh27.batch)) && Judge.untouched(f, Array(Fresh27.brewing.keys), Fresh27.brewing) },
            solution: ops(writes: [(Fresh27.batch, Fresh27.batchRecord)])),
        Intention(
            number: 2802,
            kind:
                "edit in place: one Sunday's tea person in a YAML choir rota, her other Sunday, that week's music and last autumn's rota left",
            fixtures: Fresh27.choir,
            wordings: [
                (.imperative, "In memory/choir/rota-autumn-2027.yaml, put Malcolm on teas for 19 September instead of Hilary"),
                (
                    .request,
                    "Hilary can't do the teas on the 19th of September, and Malcolm has said he'll cover. Could you change that in the choir rota, rota-autumn-2027.yaml in memory/choir? She's still doing the 5th."
                ),
                (
                    .context,
                    "I look after the choir's tea and music rota, kept as YAML in memory/choir/rota-autumn-2027.yaml. Hilary is away on Sunday 19 September 2027, so please make Malcolm the tea person for that date and nothing else: Joan still plays that week, Hilary keeps the 5th, and last autumn's rota is only there for reference."
                ),
            ], changed: [Fresh27.rota],
            check: { f in
                Fresh27.isRota(f(Fresh27.rota)) && Judge.untouched(f, Array(Fresh27.choir.keys).filter { $0 != Fresh27.rota }, Fresh27.choir)
            },
            solution: ops(writes: [(Fresh27.rota, Fresh27.rotaText(tea19: "Malcolm"))])),
        Intention(
            number: 2803,
            kind:
                "append: a dated job with its distance as the last line of one bike's maintenance log, the other bike's log and the parts list left",
            fixtures: Fresh27.bike,
            wordings: [
                (
                    .imperative,
                    "Add a line to the end of memory/bike/road-bike.log for 2027-06-14: new chain, KMC X11, at 3,412 km, in the same format as the other lines"
                ),
                (
                    .request,
                    "I put a new chain on the road bike today (14 June 2027), a KMC X11, with 3,412 km on the clock. Could you log it at the bottom of road-bike.log in memory/bike, the same way as the other entries?"
                ),
                (
                    .context,
                    "I keep a maintenance log for each bike in memory/bike, one dated line per job with the distance in brackets. Please add today's job, 14 June 2027, to the end of memory/bike/road-bike.log: a new KMC X11 chain fitted at 3,412 km. The commuter's log is a different bike, and leave the parts-to-buy list alone."
                ),
            ], changed: [Fresh27.bikeLog],
            check: { f in
                Fresh27.isBikeLog(f(Fresh27.bikeLog))
                    && Judge.untouched(f, Array(Fresh27.bike.keys).filter { $0 != Fresh27.bikeLog }, Fresh27.bike)
            },
            solution: ops(writes: [(Fresh27.bikeLog, Fresh27.bike[Fresh27.bikeLog]! + "2027-06-14  new chain, KMC X11 (3,412 km)\n")])),
        Intention(
            number: 2804,
            kind:
                "rename: a phone's voice memo transcript to a dated name like the meeting before it, the same day's evening memo and a memo whose date reads alike left",
            fixtures: Fresh27.memos,
            wordings: [
                (.imperative, "Rename memory/voice-memos/memo-0612.txt to allotment-committee-2027-06-12.txt in the same folder"),
                (
                    .request,
                    "The phone called my recording of the allotment committee memo-0612.txt. Can you rename it allotment-committee-2027-06-12.txt, like the May one, in memory/voice-memos?"
                ),
                (
                    .context,
                    "My voice memos land in memory/voice-memos with names like memo-0612.txt. The one from 12 June 2027 is the allotment committee meeting, so please rename memo-0612.txt to allotment-committee-2027-06-12.txt in that folder to match the May meeting's file, keeping the transcript as it is. The evening memo from the same day and the one from the 21st stay as they are."
                ),
            ], changed: [Fresh27.memo, Fresh27.committee],
            check: { f in
                Judge.moved(f, Fresh27.memo, to: Fresh27.committee, Fresh27.memos)
                    && Judge.untouched(f, Array(Fresh27.memos.keys).filter { $0 != Fresh27.memo }, Fresh27.memos)
            },
            solution: ops(#"{"op":"move","from":"memory/voice-memos/memo-0612.txt","to":"memory/voice-memos/allotment-committee-2027-06-12.txt"}"#)),
        Intention(
            number: 2805,
            kind:
                "move into a folder: a finished book's notes from a book club's current folder into this year's read folder, next month's near-named book and last year's folder left",
            fixtures: Fresh27.books,
            wordings: [
                (.imperative, "Move memory/book-club/current/the-salt-road.md into memory/book-club/read/2027"),
                (
                    .request,
                    "We've finished The Salt Road at book club. Could you move its notes (the-salt-road.md in memory/book-club/current) over to the read/2027 folder in memory/book-club?"
                ),
                (
                    .context,
                    "Book club met last night and we're done with The Salt Road, so its notes belong with the other books we've read this year. Please move memory/book-club/current/the-salt-road.md into memory/book-club/read/2027/, keeping the name. The Salt Marsh is next month's book, so it stays in current, and the 2026 folder is for last year."
                ),
            ], changed: [Fresh27.finished, Fresh27.shelved],
            check: { f in
                Judge.moved(f, Fresh27.finished, to: Fresh27.shelved, Fresh27.books)
                    && Judge.untouched(f, Array(Fresh27.books.keys).filter { $0 != Fresh27.finished }, Fresh27.books)
            },
            solution: ops(#"{"op":"move","from":"memory/book-club/current/the-salt-road.md","to":"memory/book-club/read/2027/the-salt-road.md"}"#)),
        Intention(
            number: 2806,
            kind:
                "several files: a car-share's new pick-up point in a JSON object, a week's Markdown plan and a message draft, the school run and the trips log left",
            fixtures: Fresh27.carshare,
            wordings: [
                (
                    .imperative,
                    "Change the pick-up point Tesco car park, Hollin Lane to Library car park, Otley Road in memory/carshare/work.json, memory/carshare/this-week.md and memory/carshare/message-draft.txt"
                ),
                (
                    .request,
                    "The Tesco on Hollin Lane is closing its car park, so the work car-share now meets at the Library car park, Otley Road. Could you update work.json, this-week.md and message-draft.txt in memory/carshare? The school run isn't changing."
                ),
                (
                    .context,
                    "From next week our work car-share picks up at the Library car park, Otley Road rather than Tesco car park, Hollin Lane. Please change it in the three places I keep it: memory/carshare/work.json, this week's plan in memory/carshare/this-week.md and the message I'm about to send, memory/carshare/message-draft.txt. The school run still uses Tesco, and the trips log records where we actually met, so leave both of those."
                ),
            ], changed: Set(Fresh27.pickedUp),
            check: { f in
                Fresh27.pickedUp.allSatisfy { Fresh27.hasNewPickup(f($0), $0) }
                    && Judge.untouched(f, Array(Fresh27.carshare.keys).filter { !Fresh27.pickedUp.contains($0) }, Fresh27.carshare)
            },
            solution: ops(writes: Fresh27.newPickup(Fresh27.newPlace))),
        Intention(
            number: 2807,
            kind:
                "copy: a quiz round's questions under another name into a quiz night's folder, word for word, its answers and last year's round not",
            fixtures: Fresh27.quiz,
            wordings: [
                (.imperative, "Copy memory/pub-quiz/rounds/round-3-music.md to memory/pub-quiz/2027-10-14/round-3.md"),
                (
                    .request,
                    "Could you put a copy of the music round (round-3-music.md in memory/pub-quiz/rounds) into the folder for the 14 October quiz, memory/pub-quiz/2027-10-14, as round-3.md?"
                ),
                (
                    .context,
                    "I'm hosting the pub quiz on 14 October 2027 and I'm reusing my music round. Please copy memory/pub-quiz/rounds/round-3-music.md into memory/pub-quiz/2027-10-14/ under the name round-3.md, word for word. Only the questions: the answers file and last year's version stay where they are, and keep the original in rounds."
                ),
            ], changed: [Fresh27.roundCopy],
            check: { f in
                guard let copy = f(Fresh27.roundCopy), !Judge.fenced(copy) else { return false }
                return Judge.lines(copy) == Judge.lines(Fresh27.quiz[Fresh27.round]) && Judge.untouched(f, Array(Fresh27.quiz.keys), Fresh27.quiz)
            }, solution: ops(writes: [(Fresh27.roundCopy, Fresh27.quiz[Fresh27.round]!)])),
        Intention(
            number: 2808,
            kind: "delete: a finished antibiotics course's schedule, the steroid course still going, the daily schedule and the allergies note kept",
            fixtures: Fresh27.meds,
            wordings: [
                (.imperative, "Delete memory/health/meds/course-amoxicillin-2027-05.md"),
                (
                    .request,
                    "I've finished the antibiotics, so I don't need that schedule any more. Can you delete course-amoxicillin-2027-05.md from memory/health/meds?"
                ),
                (
                    .context,
                    "I'm tidying my medicines notes in memory/health/meds. The amoxicillin course from May 2027 is finished, so please delete memory/health/meds/course-amoxicillin-2027-05.md. I'm still on the prednisolone course, so keep that file, and the daily schedule and allergies notes too."
                ),
            ], changed: [Fresh27.course],
            check: { f in
                f(Fresh27.course) == nil && Judge.untouched(f, Array(Fresh27.meds.keys).filter { $0 != Fresh27.course }, Fresh27.meds)
            }, solution: ops(#"{"op":"delete","path":"memory/health/meds/course-amoxicillin-2027-05.md"}"#)),
        Intention(
            number: 2809,
            kind:
                "summarise: a letting agent's deposit email in three sentences at most, with what comes back, each deduction and the last day to dispute",
            fixtures: Fresh27.flat,
            wordings: [
                (
                    .imperative,
                    "Summarise memory/flat/emails/2027-09-02-deposit-return.txt in outputs/deposit-summary.md in three sentences at most: how much I get back, the deductions and the deadline for a dispute"
                ),
                (
                    .request,
                    "The letting agent has emailed about my deposit. Could you sum it up in no more than three sentences in outputs/deposit-summary.md? It's 2027-09-02-deposit-return.txt in memory/flat/emails. I need what's coming back, what they're taking off and by when I'd have to dispute it."
                ),
                (
                    .context,
                    "I moved out of the flat at the end of August and Castle Lettings have written about the deposit. Please read memory/flat/emails/2027-09-02-deposit-return.txt and write a summary of three sentences or fewer to outputs/deposit-summary.md, with the amount to be returned, each deduction and the last date to raise a dispute. The earlier check-out email mentions a charge that never happened, so don't mix it in."
                ),
            ], changed: ["outputs/deposit-summary.md"], check: { f in Fresh27.isDepositSummary(f("outputs/deposit-summary.md")) },
            solution: ops(writes: [("outputs/deposit-summary.md", Fresh27.depositSummary)])),
        Intention(
            number: 2810,
            kind:
                "extract: the bake sale items whose quoted allergens include nuts, each with its baker, a nut-free item, a coconut one and last year's entries apart",
            fixtures: Fresh27.bakeSale,
            wordings: [
                (
                    .imperative,
                    "From memory/bake-sale/2027-entries.csv, list every item whose allergens include nuts, with its baker, in outputs/nut-items.md"
                ),
                (
                    .request,
                    "For the bake sale labels, could you pull out everything that contains nuts from 2027-entries.csv in memory/bake-sale, and write each one with who baked it to outputs/nut-items.md?"
                ),
                (
                    .context,
                    "We have to flag anything containing nuts at Saturday's bake sale. Please go through memory/bake-sale/2027-entries.csv (the allergens column is in quotes because it holds commas) and save each item whose allergens include nuts, together with its baker, to outputs/nut-items.md, one per line. Go by the allergens, not the name, and ignore last year's entries."
                ),
            ], changed: ["outputs/nut-items.md"], check: { f in Fresh27.isNutList(f("outputs/nut-items.md")) },
            solution: ops(writes: [("outputs/nut-items.md", Fresh27.nutItems)])),
        Intention(
            number: 2811,
            kind:
                "list-and-save: one year's gig ticket files named by date, last year's tickets, a refunded subfolder and a wishlist named with the year apart",
            fixtures: Fresh27.gigs,
            wordings: [
                (
                    .imperative,
                    "List the 2027 ticket files in memory/gig-tickets, not the refunded folder or the wishlist, and save the list to outputs/gigs-2027.md"
                ),
                (
                    .request,
                    "Can you make me a list of the gigs I've got tickets for this year? They're the files starting 2027 in memory/gig-tickets; put them in outputs/gigs-2027.md. The refunded folder doesn't count and the wishlist isn't a ticket."
                ),
                (
                    .context,
                    "I keep one text file per gig ticket in memory/gig-tickets, named by date, band and city. Please list the ticket files for gigs in 2027 in outputs/gigs-2027.md, one per line. Leave out last year's tickets, anything in the refunded subfolder since those gigs were cancelled, and the 2027 wishlist, which is not a ticket."
                ),
            ], changed: ["outputs/gigs-2027.md"], check: { f in Fresh27.isGigList(f("outputs/gigs-2027.md")) },
            solution: ops(writes: [("outputs/gigs-2027.md", Fresh27.gigList)])),
        Intention(
            number: 2812,
            kind:
                "convert: an INI watering schedule to a JSON array of objects with each plant's name, room and interval in days as a number, a commented-out plant and an older schedule apart",
            fixtures: Fresh27.plants,
            wordings: [
                (
                    .imperative,
                    "Convert memory/plants/watering.ini to a JSON array in outputs/watering.json, one object per plant with its name, room and watering interval in days as a number"
                ),
                (
                    .request,
                    "Could you turn my plant watering schedule (watering.ini in memory/plants) into JSON at outputs/watering.json? An array with one object per plant: the name, the room and how many days between waterings as a number. The spider plant is commented out because I gave it away."
                ),
                (
                    .context,
                    "I'm writing a little reminder app and need my watering schedule as JSON. Please convert memory/plants/watering.ini, one section per plant, into outputs/watering.json as an array of objects, each with the plant's name, its room and the number of days between waterings as a number, not a string. Skip the commented-out spider plant and ignore the 2025 schedule."
                ),
            ], changed: ["outputs/watering.json"], check: { f in Fresh27.isWatering(f("outputs/watering.json")) },
            solution: ops(writes: [("outputs/watering.json", Fresh27.wateringJSON)])),
        Intention(
            number: 2813,
            kind:
                "skill: match a seed swap's wants with its offers of the same variety, never a member with themselves and only while packets are left",
            fixtures: Fresh27.seeds,
            wordings: [
                (
                    .imperative,
                    "Write a skill at skills/seed-swap-match/SKILL.md, named seed-swap-match with a description, that reads memory/seed-swap/offers.csv and memory/seed-swap/wants.csv, pairs each want with a member offering the same variety (never themselves, only while they have packets left) and writes the pairs to outputs/seed-swap-matches.md"
                ),
                (
                    .request,
                    "Every spring I match up the seed swap by hand. Could you write me a skill called seed-swap-match that goes through the offers in memory/seed-swap/offers.csv and the wants in memory/seed-swap/wants.csv, matches each want to someone offering that variety, but never to the person who asked and only while they still have packets left, and saves the pairs to outputs/seed-swap-matches.md?"
                ),
                (
                    .context,
                    "Our seed swap has an offers list and a wants list, memory/seed-swap/offers.csv and memory/seed-swap/wants.csv. Please create skills/seed-swap-match/SKILL.md with name seed-swap-match and a description in its front matter, like the seed-inventory skill. Its body should tell the agent to match each want with a member offering the same variety, never with the member themselves, and only while the offering member has packets left, then write the matches to outputs/seed-swap-matches.md. Leave the seed-inventory skill as it is."
                ),
            ], changed: [Fresh27.swapSkillPath],
            check: { f in Fresh27.isSwapSkill(f(Fresh27.swapSkillPath)) && Judge.untouched(f, Array(Fresh27.seeds.keys), Fresh27.seeds) },
            solution: ops(writes: [(Fresh27.swapSkillPath, Fresh27.swapSkill)])),
        Intention(
            number: 2814,
            kind:
                "script: a Python script that prints a month's swims and the distance in metres from a log of timestamped lines, a closed day, the month before and a lessons log apart",
            fixtures: Fresh27.swimming,
            wordings: [
                (
                    .imperative,
                    "Write memory/swimming/june-total.py, a Python script that reads memory/swimming/june-2027.log and prints the number of swims and the total distance in metres, at 25 m a length"
                ),
                (
                    .request,
                    "Could you write a little Python script, june-total.py in memory/swimming, that goes through june-2027.log in the same folder and prints how many times I swam and how far in metres? It's a 25 m pool and the lengths are on each line."
                ),
                (
                    .context,
                    "I log every swim in memory/swimming/june-2027.log as a dated line with lengths=N, in a 25 metre pool. Please write a Python script, memory/swimming/june-total.py, that reads that log and prints the number of swims and the total distance in metres. The day the pool was closed is not a swim, May's log and the kids' lessons log are separate, and the script shouldn't change the log."
                ),
            ], changed: [Fresh27.swimScriptPath], check: { f in Fresh27.isSwimScript(f(Fresh27.swimScriptPath)) },
            solution: ops(writes: [(Fresh27.swimScriptPath, Fresh27.swimScript)])),
    ]
}

extension EverydayTaskSuite {
    /// Correct results in other forms a careful person accepts (capitalised keys, another key order,
    /// a comment, quoted values, another date, distance or amount format, another indentation, an
    /// aside saying what a place was, JSON laid out another way, a table for a list, descriptions or
    /// paths for file names, another way to write the same skill or script, a lost final newline,
    /// CRLF), at least one per intention but the delete (2808), which has no other form.
    static let fresh27Alternatives: [(Int, String)] = [
        (
            2801,
            ops(writes: [
                (
                    Fresh27.batch,
                    "[Batch]\r\nNumber = 7\r\nName = Harbour Stout\r\nStyle = Stout\r\nBrewed = 02/04/2027\r\nOG = 1.058\r\nYeast = S-04\r\n"
                )
            ])
        ),
        (
            2801,
            ops(writes: [
                (
                    Fresh27.batch,
                    "; Harbour Stout, brewed from the recipe\n[batch]\nname: Harbour Stout\nnumber: 7\nstyle: stout\nbrewed: 2027-04-02\nyeast: Safale S-04\noriginal_gravity: 1.058 ; measured with the hydrometer\n"
                )
            ])
        ),
        (
            2801,
            ops(writes: [
                (
                    Fresh27.batch,
                    "[batch 7]\nnumber = 07\nname = \"Harbour Stout\"\nstyle = stout\nbrewed = 2 April 2027\nog = 1.058\nyeast = S-04"
                )
            ])
        ),
        (2802, ops(writes: [(Fresh27.rota, Fresh27.rotaText(tea19: "\"Malcolm\""))])),
        (
            2802,
            ops(writes: [
                (Fresh27.rota, Fresh27.rotaText(tea19: "Malcolm  # covering for Hilary").replacingOccurrences(of: "\n", with: "\r\n"))
            ])
        ),
        (
            2802,
            ops(writes: [
                (
                    Fresh27.rota,
                    Fresh27.rotaText(tea19: "Malcolm").replacingOccurrences(of: "\n  ", with: "\n    ").trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            2803,
            ops(writes: [
                (
                    Fresh27.bikeLog,
                    (Fresh27.bike[Fresh27.bikeLog]! + "2027-06-14  new chain fitted, KMC X11 (3,412 km)\n").replacingOccurrences(
                        of: "\n", with: "\r\n")
                )
            ])
        ),
        (2803, ops(writes: [(Fresh27.bikeLog, Fresh27.bike[Fresh27.bikeLog]! + "14/06/2027 new chain (KMC X11) at 3412 km")])),
        (
            2803,
            ops(writes: [
                (Fresh27.bikeLog, Fresh27.bike[Fresh27.bikeLog]! + "\n2027-06-14 - replaced the chain with a KMC X11 (3,412 km)\n")
            ])
        ),
        (
            2804,
            ops(
                writes: [(Fresh27.committee, Fresh27.memos[Fresh27.memo]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/voice-memos/memo-0612.txt"}"#)
        ),
        (
            2804,
            ops(
                writes: [(Fresh27.committee, Fresh27.memos[Fresh27.memo]!.replacingOccurrences(of: "\n", with: "\r\n"))],
                #"{"op":"delete","path":"memory/voice-memos/memo-0612.txt"}"#)
        ),
        (
            2804,
            ops(
                writes: [(Fresh27.committee, Fresh27.memos[Fresh27.memo]!.replacingOccurrences(of: "\n", with: "\n\n"))],
                #"{"op":"delete","path":"memory/voice-memos/memo-0612.txt"}"#)
        ),
        (
            2805,
            ops(
                writes: [(Fresh27.shelved, Fresh27.books[Fresh27.finished]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/book-club/current/the-salt-road.md"}"#)
        ),
        (
            2805,
            ops(
                writes: [(Fresh27.shelved, Fresh27.books[Fresh27.finished]!.replacingOccurrences(of: "\n", with: "\r\n"))],
                #"{"op":"delete","path":"memory/book-club/current/the-salt-road.md"}"#)
        ),
        (
            2805,
            ops(
                writes: [(Fresh27.shelved, Fresh27.books[Fresh27.finished]!.replacingOccurrences(of: "\n", with: "\n\n"))],
                #"{"op":"delete","path":"memory/book-club/current/the-salt-road.md"}"#)
        ),
        (
            2806,
            ops(
                writes: Fresh27.newPickup(Fresh27.newPlace).map {
                    $0.0 == Fresh27.workJSON
                        ? (
                            $0.0,
                            "{\"group\":\"Work car-share\",\"members\":[\"Asha\",\"Ben\",\"Carys\",\"me\"],\"pickup\":\"Library car park, Otley Road\",\"leave_at\":\"07:40\"}"
                        )
                        : $0
                })
        ),
        (2806, ops(writes: Fresh27.newPickup("library car park, Otley road"))),
        (
            2806,
            ops(
                writes: Fresh27.newPickup(Fresh27.newPlace).map {
                    $0.0 == Fresh27.workJSON
                        ? $0
                        : (
                            $0.0,
                            Fresh27.carshare[$0.0]!.replacingOccurrences(
                                of: Fresh27.oldPlace, with: "the Library car park, Otley Road (was Tesco car park, Hollin Lane)"
                            ).replacingOccurrences(of: "\n", with: "\r\n")
                        )
                })
        ),
        (2807, ops(writes: [(Fresh27.roundCopy, Fresh27.quiz[Fresh27.round]!.trimmingCharacters(in: .newlines))])),
        (2807, ops(writes: [(Fresh27.roundCopy, Fresh27.quiz[Fresh27.round]!.replacingOccurrences(of: "\n", with: "\r\n"))])),
        (2807, ops(writes: [(Fresh27.roundCopy, Fresh27.quiz[Fresh27.round]!.replacingOccurrences(of: "\n", with: "\n\n"))])),
        (
            2809,
            ops(writes: [
                (
                    "outputs/deposit-summary.md",
                    "# Deposit\n- Back to me: £1,025 (from £1,150)\n- Deductions: £85 carpet cleaning, £40 missing window key\n- Dispute with the TDS by 30/09/2027\n"
                )
            ])
        ),
        (
            2809,
            ops(writes: [
                (
                    "outputs/deposit-summary.md",
                    "I get £1,025 back after £125 is deducted for carpet cleaning and a lost window key. If I disagree, I have until September 30th to dispute it with the Tenancy Deposit Scheme.\r\n"
                )
            ])
        ),
        (
            2809,
            ops(writes: [
                (
                    "outputs/deposit-summary.md",
                    "Castle Lettings will return £1,025.00 of my £1,150.00 deposit, keeping £85.00 for carpet cleaning and £40.00 for a missing window key; it will be paid within 10 days of agreeing. To dispute the deductions, contact the TDS by 30 Sept 2027."
                )
            ])
        ),
        (
            2810,
            ops(writes: [
                (
                    "outputs/nut-items.md",
                    "| Item | Baker |\n|---|---|\n| Coffee and walnut cake | Jo Hart |\n| Bakewell tart | Sam Okoro |\n| Pistachio shortbread | Dan Moss |\n| Banana bread | Ruth Lee |\n"
                )
            ])
        ),
        (
            2810,
            ops(writes: [
                (
                    "outputs/nut-items.md",
                    "Contains nuts:\r\n1. Banana bread, Ruth Lee\r\n2. Bakewell tart, Sam Okoro\r\n3. Coffee and walnut cake, Jo Hart\r\n4. Pistachio shortbread, Dan Moss\r\n"
                )
            ])
        ),
        (
            2810,
            ops(writes: [
                (
                    "outputs/nut-items.md",
                    "# Nut items\n* Jo Hart: Coffee and walnut cake (£4.50)\n* Sam Okoro: Bakewell tart (£5.00)\n* Dan Moss: Pistachio shortbread (£3.00)\n* Ruth Lee: Banana bread (£3.50)"
                )
            ])
        ),
        (
            2811,
            ops(writes: [
                (
                    "outputs/gigs-2027.md",
                    "| File |\n|---|\n| memory/gig-tickets/2027-02-14-marla-and-the-tides-manchester.txt |\n| memory/gig-tickets/2027-04-09-cold-harbour-york.txt |\n| memory/gig-tickets/2027-06-21-the-lanterns-sheffield.txt |\n"
                )
            ])
        ),
        (
            2811,
            ops(writes: [
                (
                    "outputs/gigs-2027.md",
                    "# Gigs in 2027\n- 14 Feb 2027: Marla and the Tides, Manchester\n- 9 Apr 2027: Cold Harbour, York\n- 21 Jun 2027: The Lanterns, Sheffield\n"
                )
            ])
        ),
        (
            2811,
            ops(writes: [
                (
                    "outputs/gigs-2027.md",
                    "- [ ] 2027-06-21-the-lanterns-sheffield.txt\r\n- [ ] 2027-04-09-cold-harbour-york.txt\r\n- [ ] 2027-02-14-marla-and-the-tides-manchester.txt"
                )
            ])
        ),
        (
            2812,
            ops(writes: [
                (
                    "outputs/watering.json",
                    "[{\"plant\":\"fiddle-leaf fig\",\"room\":\"living room\",\"water_every_days\":7,\"feed\":\"monthly\"},{\"plant\":\"monstera\",\"room\":\"living room\",\"water_every_days\":10,\"feed\":\"monthly\"},{\"plant\":\"peace lily\",\"room\":\"bathroom\",\"water_every_days\":5,\"feed\":\"none\"},{\"plant\":\"string of pearls\",\"room\":\"bedroom\",\"water_every_days\":14,\"feed\":\"spring only\"}]"
                )
            ])
        ),
        (
            2812,
            ops(writes: [
                (
                    "outputs/watering.json",
                    "[\r\n    {\r\n        \"every_days\": 5,\r\n        \"location\": \"Bathroom\",\r\n        \"name\": \"Peace lily\"\r\n    },\r\n    {\r\n        \"every_days\": 14,\r\n        \"location\": \"Bedroom\",\r\n        \"name\": \"String of pearls\"\r\n    },\r\n    {\r\n        \"every_days\": 7,\r\n        \"location\": \"Living room\",\r\n        \"name\": \"Fiddle-leaf fig\"\r\n    },\r\n    {\r\n        \"every_days\": 10,\r\n        \"location\": \"Living room\",\r\n        \"name\": \"Monstera\"\r\n    }\r\n]\r\n"
                )
            ])
        ),
        (
            2812,
            ops(writes: [
                (
                    "outputs/watering.json",
                    "[\n  {\"interval_days\": 7.0, \"name\": \"Fiddle leaf fig\", \"room\": \"living room\"},\n  {\"interval_days\": 10, \"name\": \"Monstera\", \"room\": \"living room\"},\n  {\"interval_days\": 5, \"name\": \"Peace lily\", \"room\": \"bathroom\"},\n  {\"interval_days\": 14, \"name\": \"String of pearls\", \"room\": \"bedroom\"}\n]\n"
                )
            ])
        ),
        (
            2813,
            ops(writes: [
                (
                    Fresh27.swapSkillPath,
                    "---\nname: \"seed-swap-match\"\ndescription: >\n  Pair up the seed swap.\n---\n\n# Seed swap matching\n\n1. Read `memory/seed-swap/offers.csv` and `memory/seed-swap/wants.csv`.\n2. For each want, find a member offering the same variety who is not the member who wants it.\n3. Only use an offer while it has packets remaining; take one off per match.\n4. Write each pair to `outputs/seed-swap-matches.md`.\n"
                )
            ])
        ),
        (
            2813,
            ops(writes: [
                (
                    Fresh27.swapSkillPath,
                    "---\nname: seed-swap-match\ndescription: 'Seed swap: who gives which seeds to whom.'\n---\nGo through memory/seed-swap/wants.csv and, for every want, look in memory/seed-swap/offers.csv for someone else offering that variety. Nobody is matched with themselves, and an offer is used only while it has packets left. Save the pairs in outputs/seed-swap-matches.md."
                )
            ])
        ),
        (
            2813,
            ops(writes: [
                (
                    Fresh27.swapSkillPath,
                    "---\nname: seed-swap-match\ndescription: |\n  Match seed swap wants and offers.\n---\n- Offers: memory/seed-swap/offers.csv (member, variety, packets)\n- Wants: memory/seed-swap/wants.csv (member, variety)\n- Pair each want with an offer of the same variety from a different member, never their own offer\n- Skip offers with no packets left\n- Output: outputs/seed-swap-matches.md\n"
                )
            ])
        ),
        (
            2814,
            ops(writes: [
                (
                    Fresh27.swimScriptPath,
                    "import re\nfrom pathlib import Path\n\ntext = Path(\"memory/swimming/june-2027.log\").read_text()\nlengths = [int(n) for n in re.findall(r\"lengths=(\\d+)\", text)]\nprint(\"Swims:\", len(lengths))\nprint(\"Total distance (m):\", sum(lengths) * 25)\n"
                )
            ])
        ),
        (
            2814,
            ops(writes: [
                (
                    Fresh27.swimScriptPath,
                    "#!/usr/bin/env python3\nPOOL_METRES = 25\n\nswims = 0\ntotal = 0\nwith open(\"memory/swimming/june-2027.log\", encoding=\"utf-8\") as log:\n    for line in log:\n        if \"lengths=\" not in line:\n            continue\n        lengths = int(line.strip().split(\"lengths=\")[1])\n        swims += 1\n        total += lengths * POOL_METRES\nprint(f\"{swims} swims, {total} metres\")\n"
                )
            ])
        ),
        (
            2814,
            ops(writes: [
                (
                    Fresh27.swimScriptPath,
                    "def main():\n    swims = []\n    with open(\"memory/swimming/june-2027.log\") as f:\n        for line in f:\n            for word in line.split():\n                if word.startswith(\"lengths=\"):\n                    swims.append(int(word.split(\"=\")[1]))\n    print(\"number of swims:\", len(swims))\n    print(\"total metres:\", 25 * sum(swims))\n\n\nmain()\n"
                )
            ])
        ),
    ]

    /// Wrong or partial results that the twenty-seventh fresh part's checks must refuse, at least six per intention.
    static let fresh27NearMisses: [(Int, String)] = [
        (2801, ops(writes: [(Fresh27.batch, Fresh27.batchRecord.replacingOccurrences(of: "1.058", with: "1.060"))])),
        (2801, ops(writes: [(Fresh27.batch, Fresh27.batchRecord.replacingOccurrences(of: "2027-04-02", with: "2027-04-20"))])),
        (2801, ops(writes: [(Fresh27.batch, Fresh27.batchRecord.replacingOccurrences(of: "S-04", with: "US-05"))])),
        (2801, ops(writes: [(Fresh27.batch, Fresh27.batchRecord.replacingOccurrences(of: "number = 7", with: "number = 6"))])),
        (2801, ops(writes: [("memory/brewing/batches/batch-06.ini", Fresh27.batchRecord)])),
        (2801, ops(writes: [("memory/brewing/batch-07.ini", Fresh27.batchRecord)])),
        (2801, ops(writes: [(Fresh27.batch, "```ini\n" + Fresh27.batchRecord + "```\n")])),
        (2801, ops(writes: [(Fresh27.batch, Fresh27.batchRecord.replacingOccurrences(of: "[batch]\n", with: ""))])),
        (2801, ops(writes: [(Fresh27.batch, "Batch 7, Harbour Stout (stout), brewed 2 April 2027, OG 1.058, S-04 yeast.\n")])),
        (2801, ops(writes: [(Fresh27.batch, Fresh27.batchRecord.replacingOccurrences(of: "yeast = S-04\n", with: ""))])),
        (
            2801,
            ops(writes: [
                (Fresh27.batch, Fresh27.batchRecord),
                (
                    "memory/brewing/recipes/harbour-stout.md",
                    Fresh27.brewing["memory/brewing/recipes/harbour-stout.md"]! + "Brewed as batch 7 on 2 April 2027\n"
                ),
            ])
        ),
        (2801, ops(writes: [(Fresh27.batch, Fresh27.batchRecord.replacingOccurrences(of: "Harbour Stout", with: "Harbour Porter"))])),
        (2801, ops(writes: [(Fresh27.batch, Fresh27.batchRecord + "fg = 1.016\n")])),
        (
            2802,
            ops(writes: [
                (
                    Fresh27.rota,
                    Fresh27.rotaText(tea19: "Hilary").replacingOccurrences(
                        of: "- date: 2027-09-05\n  tea: Hilary", with: "- date: 2027-09-05\n  tea: Malcolm")
                )
            ])
        ),
        (
            2802,
            ops(writes: [
                (
                    Fresh27.rota,
                    Fresh27.rotaText(tea19: "Hilary").replacingOccurrences(
                        of: "- date: 2027-09-19\n  tea: Hilary\n  music: Joan", with: "- date: 2027-09-19\n  tea: Hilary\n  music: Malcolm")
                )
            ])
        ),
        (
            2802,
            ops(writes: [
                (
                    Fresh27.rota,
                    Fresh27.rotaText(tea19: "Malcolm").replacingOccurrences(
                        of: "- date: 2027-09-05\n  tea: Hilary", with: "- date: 2027-09-05\n  tea: Malcolm")
                )
            ])
        ),
        (
            2802,
            ops(writes: [
                (
                    "memory/choir/rota-autumn-2026.yaml",
                    Fresh27.choir["memory/choir/rota-autumn-2026.yaml"]!.replacingOccurrences(of: "tea: Hilary", with: "tea: Malcolm")
                )
            ])
        ),
        (
            2802,
            ops(writes: [
                (
                    Fresh27.rota,
                    Fresh27.rotaText(tea19: "Hilary").replacingOccurrences(of: "- date: 2027-09-19\n  tea: Hilary\n  music: Joan\n", with: "")
                )
            ])
        ),
        (2802, ops(writes: [(Fresh27.rota, Fresh27.rotaText(tea19: "Malcom"))])),
        (2802, ops(writes: [(Fresh27.rota, Fresh27.rotaText(tea19: "Malcolm").replacingOccurrences(of: "\n  ", with: "\n"))])),
        (2802, ops(writes: [(Fresh27.rota, "```yaml\n" + Fresh27.rotaText(tea19: "Malcolm") + "```\n")])),
        (2802, ops(writes: [(Fresh27.rota, Fresh27.rotaText(tea19: "Hilary and Malcolm"))])),
        (
            2802,
            ops(writes: [
                (
                    Fresh27.rota,
                    Fresh27.rotaText(tea19: "Malcolm").replacingOccurrences(
                        of: "- date: 2027-09-26\n  tea: Priya", with: "- date: 2027-09-26\n  tea: Hilary")
                )
            ])
        ),
        (
            2802,
            ops(writes: [(Fresh27.rota, Fresh27.rotaText(tea19: "Hilary") + "- date: 2027-09-19\n  tea: Malcolm\n  music: Joan\n")])
        ),
        (
            2803,
            ops(writes: [
                ("memory/bike/commuter.log", Fresh27.bike["memory/bike/commuter.log"]! + "2027-06-14  new chain, KMC X11 (3,412 km)\n")
            ])
        ),
        (2803, ops(writes: [(Fresh27.bikeLog, "2027-06-14  new chain, KMC X11 (3,412 km)\n" + Fresh27.bike[Fresh27.bikeLog]!)])),
        (2803, ops(writes: [(Fresh27.bikeLog, Fresh27.bike[Fresh27.bikeLog]! + "2027-06-14  new chain, KMC X11 (3,142 km)\n")])),
        (2803, ops(writes: [(Fresh27.bikeLog, Fresh27.bike[Fresh27.bikeLog]! + "2027-06-04  new chain, KMC X11 (3,412 km)\n")])),
        (2803, ops(writes: [(Fresh27.bikeLog, Fresh27.bike[Fresh27.bikeLog]! + "2027-06-14  new chain, KMC X10 (3,412 km)\n")])),
        (2803, ops(writes: [(Fresh27.bikeLog, "2027-06-14  new chain, KMC X11 (3,412 km)\n")])),
        (
            2803,
            ops(writes: [
                (
                    Fresh27.bikeLog,
                    Fresh27.bike[Fresh27.bikeLog]!.replacingOccurrences(of: "2027-03-02  chain cleaned and lubed (2,140 km)\n", with: "")
                        + "2027-06-14  new chain, KMC X11 (3,412 km)\n"
                )
            ])
        ),
        (
            2803,
            ops(writes: [
                (Fresh27.bikeLog, Fresh27.bike[Fresh27.bikeLog]! + "2027-06-14  new chain, KMC X11 (3,412 km)\n"),
                ("memory/bike/parts-to-buy.md", "# Parts to buy\n- inner tubes 700x25\n"),
            ])
        ),
        (2803, ops(writes: [(Fresh27.bikeLog, Fresh27.bike[Fresh27.bikeLog]! + "2027-06-14  new chain, KMC X11\n")])),
        (2803, ops(writes: [(Fresh27.bikeLog, "```\n" + Fresh27.bike[Fresh27.bikeLog]! + "2027-06-14  new chain, KMC X11 (3,412 km)\n```\n")])),
        (
            2803,
            ops(writes: [
                (
                    Fresh27.bikeLog,
                    Fresh27.bike[Fresh27.bikeLog]! + "2027-06-14  new chain, KMC X11 (3,412 km)\n2027-06-14  new chain, KMC X11 (3,412 km)\n"
                )
            ])
        ),
        (2803, ops(writes: [(Fresh27.bikeLog, Fresh27.bike[Fresh27.bikeLog]! + "2027-06-14  chain cleaned and lubed (3,412 km)\n")])),
        (2804, ops(#"{"op":"move","from":"memory/voice-memos/memo-0621.txt","to":"memory/voice-memos/allotment-committee-2027-06-12.txt"}"#)),
        (2804, ops(#"{"op":"move","from":"memory/voice-memos/memo-0612b.txt","to":"memory/voice-memos/allotment-committee-2027-06-12.txt"}"#)),
        (2804, ops(writes: [(Fresh27.committee, Fresh27.memos[Fresh27.memo]!)])),
        (2804, ops(#"{"op":"move","from":"memory/voice-memos/memo-0612.txt","to":"memory/allotment/allotment-committee-2027-06-12.txt"}"#)),
        (2804, ops(#"{"op":"move","from":"memory/voice-memos/memo-0612.txt","to":"memory/voice-memos/allotment-committee-12-06-2027.txt"}"#)),
        (2804, ops(#"{"op":"move","from":"memory/voice-memos/memo-0612.txt","to":"memory/voice-memos/allotment-committee-2027-06-12.md"}"#)),
        (
            2804,
            ops(
                writes: [(Fresh27.committee, Fresh27.memos[Fresh27.memo]!.replacingOccurrences(of: "£38", with: "£40"))],
                #"{"op":"delete","path":"memory/voice-memos/memo-0612.txt"}"#)
        ),
        (2804, ops(#"{"op":"delete","path":"memory/voice-memos/memo-0612.txt"}"#)),
        (
            2804,
            ops(
                #"{"op":"move","from":"memory/voice-memos/memo-0612.txt","to":"memory/voice-memos/allotment-committee-2027-06-12.txt"}"#,
                #"{"op":"move","from":"memory/voice-memos/memo-0612b.txt","to":"memory/voice-memos/plot-ideas-2027-06-12.txt"}"#)
        ),
        (2805, ops(#"{"op":"move","from":"memory/book-club/current/the-salt-marsh.md","to":"memory/book-club/read/2027/the-salt-marsh.md"}"#)),
        (
            2805,
            ops(
                #"{"op":"move","from":"memory/book-club/current/the-salt-road.md","to":"memory/book-club/read/2027/the-salt-road.md"}"#,
                #"{"op":"move","from":"memory/book-club/current/the-salt-marsh.md","to":"memory/book-club/read/2027/the-salt-marsh.md"}"#)
        ),
        (2805, ops(#"{"op":"move","from":"memory/book-club/current/the-salt-road.md","to":"memory/book-club/read/2026/the-salt-road.md"}"#)),
        (2805, ops(#"{"op":"move","from":"memory/book-club/current/the-salt-road.md","to":"memory/book-club/read/the-salt-road.md"}"#)),
        (2805, ops(writes: [(Fresh27.shelved, Fresh27.books[Fresh27.finished]!)])),
        (2805, ops(#"{"op":"move","from":"memory/book-club/current/the-salt-road.md","to":"memory/book-club/read/2027/the-salt-road-2027.md"}"#)),
        (
            2805,
            ops(
                writes: [(Fresh27.shelved, Fresh27.books[Fresh27.finished]! + "Next: The Salt Marsh\n")],
                #"{"op":"delete","path":"memory/book-club/current/the-salt-road.md"}"#)
        ),
        (2805, ops(#"{"op":"delete","path":"memory/book-club/current/the-salt-road.md"}"#)),
        (
            2805,
            ops(#"{"op":"move","from":"memory/book-club/current/the-salt-road.md","to":"memory/book-club/read/2027/current/the-salt-road.md"}"#)
        ),
        (2806, ops(writes: Array(Fresh27.newPickup(Fresh27.newPlace).prefix(2)))),
        (
            2806,
            ops(
                writes: Fresh27.newPickup(Fresh27.newPlace) + [
                    (
                        "memory/carshare/school-run.json",
                        Fresh27.carshare["memory/carshare/school-run.json"]!.replacingOccurrences(of: Fresh27.oldPlace, with: Fresh27.newPlace)
                    )
                ])
        ),
        (
            2806,
            ops(
                writes: Fresh27.newPickup(Fresh27.newPlace) + [
                    (
                        "memory/carshare/trips.log",
                        Fresh27.carshare["memory/carshare/trips.log"]!.replacingOccurrences(of: Fresh27.oldPlace, with: Fresh27.newPlace)
                    )
                ])
        ),
        (2806, ops(writes: Fresh27.newPickup("Library car park, Otley Lane"))),
        (
            2806,
            ops(
                writes: Fresh27.newPickup(Fresh27.newPlace).map {
                    $0.0 == "memory/carshare/this-week.md"
                        ? (
                            $0.0,
                            Fresh27.carshare[$0.0]!.replacingOccurrences(
                                of: "Ben drives, pick-up at Tesco car park, Hollin Lane", with: "Ben drives, pick-up at Library car park, Otley Road")
                        )
                        : $0
                })
        ),
        (
            2806,
            ops(
                writes: Fresh27.newPickup(Fresh27.newPlace).map {
                    $0.0 == Fresh27.workJSON ? ($0.0, $0.1.replacingOccurrences(of: "\"07:40\"", with: "\"07:30\"")) : $0
                })
        ),
        (2806, ops(writes: Fresh27.newPickup(Fresh27.newPlace).map { $0.0 == Fresh27.workJSON ? ($0.0, "```json\n" + $0.1 + "```\n") : $0 })),
        (
            2806,
            ops(
                writes: Fresh27.newPickup(Fresh27.newPlace).map {
                    $0.0 == "memory/carshare/message-draft.txt"
                        ? (
                            $0.0,
                            Fresh27.carshare[$0.0]!.replacingOccurrences(
                                of: Fresh27.oldPlace, with: "Tesco car park, Hollin Lane (now Library car park, Otley Road)")
                        )
                        : $0
                })
        ),
        (2806, ops(writes: Fresh27.newPickup("Library car park"))),
        (
            2806,
            ops(
                writes: Fresh27.newPickup(Fresh27.newPlace).map {
                    $0.0 == "memory/carshare/message-draft.txt" ? ($0.0, $0.1.replacingOccurrences(of: "07:40", with: "07:50")) : $0
                })
        ),
        (2807, ops(writes: [(Fresh27.roundCopy, Fresh27.quiz["memory/pub-quiz/rounds/round-3-music-answers.md"]!)])),
        (2807, ops(writes: [(Fresh27.roundCopy, Fresh27.quiz["memory/pub-quiz/rounds/round-3-music-old.md"]!)])),
        (2807, ops(#"{"op":"move","from":"memory/pub-quiz/rounds/round-3-music.md","to":"memory/pub-quiz/2027-10-14/round-3.md"}"#)),
        (2807, ops(writes: [("memory/pub-quiz/2027-10-14/round-3-music.md", Fresh27.quiz[Fresh27.round]!)])),
        (2807, ops(writes: [("memory/pub-quiz/round-3.md", Fresh27.quiz[Fresh27.round]!)])),
        (
            2807,
            ops(writes: [
                (Fresh27.roundCopy, Fresh27.quiz[Fresh27.round]!),
                ("memory/pub-quiz/2027-10-14/round-3-answers.md", Fresh27.quiz["memory/pub-quiz/rounds/round-3-music-answers.md"]!),
            ])
        ),
        (2807, ops(writes: [(Fresh27.roundCopy, Fresh27.quiz[Fresh27.round]!.replacingOccurrences(of: "in 2023", with: "in 2022"))])),
        (2807, ops(writes: [(Fresh27.roundCopy, "```markdown\n" + Fresh27.quiz[Fresh27.round]! + "```\n")])),
        (
            2807,
            ops(writes: [
                (Fresh27.roundCopy, Fresh27.quiz[Fresh27.round]!),
                (
                    "memory/pub-quiz/2027-10-14/running-order.md",
                    Fresh27.quiz["memory/pub-quiz/2027-10-14/running-order.md"]!.replacingOccurrences(
                        of: "3. Music", with: "3. Music (round-3.md)")
                ),
            ])
        ),
        (
            2807,
            ops(writes: [
                (Fresh27.roundCopy, Fresh27.quiz[Fresh27.round]!.replacingOccurrences(of: #"(?m)^\d\. "#, with: "- ", options: .regularExpression))
            ])
        ),
        (2808, ops(#"{"op":"delete","path":"memory/health/meds/course-prednisolone-2027-05.md"}"#)),
        (
            2808,
            ops(
                #"{"op":"delete","path":"memory/health/meds/course-amoxicillin-2027-05.md"}"#,
                #"{"op":"delete","path":"memory/health/meds/course-prednisolone-2027-05.md"}"#)
        ),
        (2808, ops(writes: [(Fresh27.course, "")])),
        (
            2808,
            ops(
                #"{"op":"move","from":"memory/health/meds/course-amoxicillin-2027-05.md","to":"memory/health/meds/archive/course-amoxicillin-2027-05.md"}"#
            )
        ),
        (
            2808,
            ops(
                writes: [
                    (
                        "memory/health/meds/daily-schedule.md",
                        "# Daily\n- 08:00 levothyroxine 50 mcg, before breakfast\n- amoxicillin course finished 18 May\n"
                    )
                ],
                #"{"op":"delete","path":"memory/health/meds/course-amoxicillin-2027-05.md"}"#)
        ),
        (
            2808,
            ops(
                #"{"op":"move","from":"memory/health/meds/course-amoxicillin-2027-05.md","to":"memory/health/meds/course-amoxicillin-2027-05.md.old"}"#
            )
        ),
        (2808, ops(#"{"op":"delete","path":"memory/health/meds/allergies.md"}"#)),
        (2808, ops(writes: [(Fresh27.course, "# Amoxicillin course\nFinished\n")])),
        (
            2809,
            ops(writes: [
                (
                    "outputs/deposit-summary.md",
                    "The whole £1,150 deposit comes back to me. Nothing is deducted. Any dispute must go to the Tenancy Deposit Scheme by 30 September 2027.\n"
                )
            ])
        ),
        (
            2809,
            ops(writes: [
                ("outputs/deposit-summary.md", Fresh27.depositSummary.replacingOccurrences(of: "30 September 2027", with: "30 August 2027"))
            ])
        ),
        (
            2809,
            ops(writes: [
                (
                    "outputs/deposit-summary.md",
                    "£1,025 of the £1,150 deposit comes back to me. The landlord deducts £85 for carpet cleaning and £40 for a missing window key.\n"
                )
            ])
        ),
        (
            2809,
            ops(writes: [
                (
                    "outputs/deposit-summary.md",
                    "£1,025 of the £1,150 deposit comes back to me. Any dispute must go to the Tenancy Deposit Scheme by 30 September 2027.\n"
                )
            ])
        ),
        (2809, ops(writes: [("outputs/deposit-summary.md", Fresh27.flat[Fresh27.depositEmail]!)])),
        (
            2809,
            ops(writes: [
                (
                    "outputs/deposit-summary.md",
                    "Castle Lettings wrote on 2 September 2027 about my deposit for Flat 3. The deposit was £1,150. They deduct £85 for carpet cleaning. They also deduct £40 for a missing window key. So £1,025 comes back within 10 days if I agree. Any dispute must go to the Tenancy Deposit Scheme by 30 September 2027.\n"
                )
            ])
        ),
        (
            2809,
            ops(writes: [
                (
                    "outputs/deposit-summary.md",
                    Fresh27.depositSummary.replacingOccurrences(
                        of: "£40 for a missing window key.", with: "£40 for a missing window key, plus £60 because the oven was not cleaned.")
                )
            ])
        ),
        (2809, ops(writes: [("memory/flat/deposit-summary.md", Fresh27.depositSummary)])),
        (2809, ops(writes: [("outputs/deposit-summary.md", "```\n" + Fresh27.depositSummary + "```\n")])),
        (2809, ops(writes: [("outputs/deposit-summary.md", Fresh27.depositSummary.replacingOccurrences(of: "£1,025", with: "£1,052"))])),
        (
            2809,
            ops(writes: [
                ("outputs/deposit-summary.md", Fresh27.depositSummary.replacingOccurrences(of: "30 September 2027", with: "30 September 2026"))
            ])
        ),
        (
            2809,
            ops(writes: [
                (
                    "outputs/deposit-summary.md",
                    "- £1,025 comes back\n- £85 off for carpet cleaning\n- £40 off for a missing window key\n- Dispute by 30 September 2027\n"
                )
            ])
        ),
        (2810, ops(writes: [("outputs/nut-items.md", Fresh27.nutItems + "- Nut-free chocolate brownies (Tom Reid)\n")])),
        (2810, ops(writes: [("outputs/nut-items.md", Fresh27.nutItems + "- Coconut macaroons (Ellie Ward)\n")])),
        (2810, ops(writes: [("outputs/nut-items.md", Fresh27.nutItems.replacingOccurrences(of: "- Banana bread (Ruth Lee)\n", with: ""))])),
        (2810, ops(writes: [("outputs/nut-items.md", Fresh27.nutItems + "- Almond croissants (Jo Hart)\n")])),
        (
            2810,
            ops(writes: [
                (
                    "outputs/nut-items.md",
                    "- Coffee and walnut cake (Jo Hart)\n- Bakewell tart (Dan Moss)\n- Pistachio shortbread (Sam Okoro)\n- Banana bread (Ruth Lee)\n"
                )
            ])
        ),
        (
            2810,
            ops(writes: [("outputs/nut-items.md", "- Coffee and walnut cake\n- Bakewell tart\n- Pistachio shortbread\n- Banana bread\n")])
        ),
        (
            2810,
            ops(writes: [
                (
                    "outputs/nut-items.md",
                    "Jo Hart's coffee and walnut cake, Sam Okoro's Bakewell tart, Dan Moss's pistachio shortbread and Ruth Lee's banana bread contain nuts.\n"
                )
            ])
        ),
        (2810, ops(writes: [("memory/bake-sale/nut-items.md", Fresh27.nutItems)])),
        (2810, ops(writes: [("outputs/nut-items.md", "```\n" + Fresh27.nutItems + "```\n")])),
        (
            2810,
            ops(writes: [
                (
                    "outputs/nut-items.md",
                    "- Coffee and walnut cake (Jo Hart)\n- Nut-free chocolate brownies (Tom Reid)\n- Bakewell tart (Sam Okoro)\n- Pistachio shortbread (Dan Moss)\n"
                )
            ])
        ),
        (2811, ops(writes: [("outputs/gigs-2027.md", Fresh27.gigList + "- 2026-11-03-the-lanterns-leeds.txt\n")])),
        (2811, ops(writes: [("outputs/gigs-2027.md", Fresh27.gigList + "- 2027-wishlist.md\n")])),
        (2811, ops(writes: [("outputs/gigs-2027.md", Fresh27.gigList + "- refunded/2027-03-18-static-bloom-leeds.txt\n")])),
        (
            2811,
            ops(writes: [
                ("outputs/gigs-2027.md", "- 2027-02-14-marla-and-the-tides-manchester.txt\n- 2027-04-09-cold-harbour-york.txt\n")
            ])
        ),
        (
            2811,
            ops(writes: [
                (
                    "outputs/gigs-2027.md",
                    "This year: 2027-02-14-marla-and-the-tides-manchester.txt, 2027-04-09-cold-harbour-york.txt and 2027-06-21-the-lanterns-sheffield.txt.\n"
                )
            ])
        ),
        (2811, ops(writes: [("outputs/gigs-2027.md", "```\n" + Fresh27.gigList + "```\n")])),
        (2811, ops(writes: [("memory/gig-tickets/gigs-2027.md", Fresh27.gigList)])),
        (2811, ops(writes: [("outputs/gigs-2027.md", Fresh27.gigList + "- 2027-04-09-cold-harbour-york.txt\n")])),
        (2811, ops(writes: [("outputs/gigs-2027.md", Fresh27.gigList + "- README.md\n")])),
        (
            2811,
            ops(writes: [
                (
                    "outputs/gigs-2027.md",
                    "- 2026-11-03-the-lanterns-leeds.txt\n- 2027-02-14-marla-and-the-tides-manchester.txt\n- 2027-04-09-cold-harbour-york.txt\n"
                )
            ])
        ),
        (
            2812,
            ops(writes: [
                (
                    "outputs/watering.json",
                    Fresh27.wateringJSON.replacingOccurrences(
                        of: "\n]", with: ",\n  {\"name\": \"spider plant\", \"room\": \"kitchen\", \"water_every_days\": 7}\n]")
                )
            ])
        ),
        (
            2812,
            ops(writes: [
                (
                    "outputs/watering.json",
                    Fresh27.wateringJSON.replacingOccurrences(
                        of: #"("water_every_days": )(\d+)"#, with: "$1\"$2\"", options: .regularExpression)
                )
            ])
        ),
        (
            2812,
            ops(writes: [
                (
                    "outputs/watering.json",
                    Fresh27.wateringJSON.replacingOccurrences(
                        of: "\"monstera\", \"room\": \"living room\", \"water_every_days\": 10",
                        with: "\"monstera\", \"room\": \"living room\", \"water_every_days\": 7")
                )
            ])
        ),
        (
            2812,
            ops(writes: [
                (
                    "outputs/watering.json",
                    Fresh27.wateringJSON.replacingOccurrences(of: #""room": "[a-z ]+", "#, with: "", options: .regularExpression)
                )
            ])
        ),
        (
            2812,
            ops(writes: [
                (
                    "outputs/watering.json",
                    "{\n  \"fiddle-leaf fig\": {\"room\": \"living room\", \"water_every_days\": 7},\n  \"monstera\": {\"room\": \"living room\", \"water_every_days\": 10},\n  \"peace lily\": {\"room\": \"bathroom\", \"water_every_days\": 5},\n  \"string of pearls\": {\"room\": \"bedroom\", \"water_every_days\": 14}\n}\n"
                )
            ])
        ),
        (
            2812,
            ops(writes: [
                (
                    "outputs/watering.json",
                    Fresh27.wateringJSON.replacingOccurrences(
                        of: "{\"name\": \"string of pearls\", \"room\": \"bedroom\", \"water_every_days\": 14}",
                        with: "{\"name\": \"cactus\", \"room\": \"kitchen\", \"water_every_days\": 21}")
                )
            ])
        ),
        (2812, ops(writes: [("outputs/watering.json", "```json\n" + Fresh27.wateringJSON + "```\n")])),
        (2812, ops(writes: [("outputs/watering.ini", Fresh27.wateringJSON)])),
        (
            2812,
            ops(writes: [
                (
                    "outputs/watering.json",
                    "name,room,water_every_days\nfiddle-leaf fig,living room,7\nmonstera,living room,10\npeace lily,bathroom,5\nstring of pearls,bedroom,14\n"
                )
            ])
        ),
        (
            2812,
            ops(writes: [
                (
                    "outputs/watering.json",
                    Fresh27.wateringJSON.replacingOccurrences(
                        of: "{\"name\": \"peace lily\", \"room\": \"bathroom\", \"water_every_days\": 5},\n  ", with: "")
                )
            ])
        ),
        (
            2813,
            ops(writes: [
                (
                    Fresh27.swapSkillPath,
                    "# Seed swap match\nRead memory/seed-swap/offers.csv and memory/seed-swap/wants.csv, pair each want with a member offering the same variety, never their own offer and only while packets are left, and write the pairs to outputs/seed-swap-matches.md.\n"
                )
            ])
        ),
        (
            2813,
            ops(writes: [
                (Fresh27.swapSkillPath, Fresh27.swapSkill.replacingOccurrences(of: "name: seed-swap-match", with: "name: Seed Swap Match"))
            ])
        ),
        (
            2813,
            ops(writes: [
                (Fresh27.swapSkillPath, Fresh27.swapSkill.replacingOccurrences(of: "- never match a member with their own offer;\n", with: ""))
            ])
        ),
        (
            2813,
            ops(writes: [
                (
                    Fresh27.swapSkillPath,
                    Fresh27.swapSkill.replacingOccurrences(
                        of: "- only use an offer while it still has packets left, and take one packet off for each match.\n", with: "")
                )
            ])
        ),
        (
            2813,
            ops(writes: [
                (
                    Fresh27.swapSkillPath,
                    Fresh27.swapSkill.replacingOccurrences(of: "outputs/seed-swap-matches.md", with: "outputs/matches.md")
                )
            ])
        ),
        (
            2813,
            ops(writes: [
                (
                    "skills/seed-inventory/SKILL.md",
                    Fresh27.seeds["skills/seed-inventory/SKILL.md"]!
                        + "\n## Swap\nPair each want in memory/seed-swap/wants.csv with an offer of the same variety in memory/seed-swap/offers.csv, never a member's own, only while packets are left, and write outputs/seed-swap-matches.md.\n"
                )
            ])
        ),
        (2813, ops(writes: [(Fresh27.swapSkillPath, "```markdown\n" + Fresh27.swapSkill + "```\n")])),
        (
            2813,
            ops(writes: [
                (Fresh27.swapSkillPath, Fresh27.swapSkill.replacingOccurrences(of: "memory/seed-swap/wants.csv", with: "the wants list"))
            ])
        ),
        (2813, ops(writes: [("skills/seed-swap-match.md", Fresh27.swapSkill)])),
        (
            2813,
            ops(writes: [
                (
                    Fresh27.swapSkillPath,
                    Fresh27.swapSkill.replacingOccurrences(
                        of: "description: Match the seed swap's wants with the offers, never a member with themselves.\n", with: "")
                )
            ])
        ),
        (
            2813,
            ops(writes: [
                (Fresh27.swapSkillPath, Fresh27.swapSkill),
                ("skills/seed-inventory/SKILL.md", Fresh27.seeds["skills/seed-inventory/SKILL.md"]! + "After the swap, run seed-swap-match.\n"),
            ])
        ),
        (
            2814,
            ops(writes: [
                (Fresh27.swimScriptPath, Fresh27.swimScript.replacingOccurrences(of: "june-2027.log", with: "may-2027.log"))
            ])
        ),
        (
            2814,
            ops(writes: [
                (
                    Fresh27.swimScriptPath,
                    Fresh27.swimScript.replacingOccurrences(
                        of: "with open(\"memory/swimming/june-2027.log\") as f:\n    for line in f:\n",
                        with:
                            "for name in [\"memory/swimming/may-2027.log\", \"memory/swimming/june-2027.log\"]:\n  with open(name) as f:\n    for line in f:\n"
                    )
                )
            ])
        ),
        (
            2814,
            ops(writes: [
                (Fresh27.swimScriptPath, Fresh27.swimScript.replacingOccurrences(of: "int(m.group(1)) * 25", with: "int(m.group(1))"))
            ])
        ),
        (
            2814,
            ops(writes: [
                (
                    Fresh27.swimScriptPath,
                    Fresh27.swimScript
                        + "with open(\"memory/swimming/june-2027.log\", \"a\") as f:\n    f.write(f\"# total: {swims} swims, {metres} m\\n\")\n"
                )
            ])
        ),
        (
            2814,
            ops(writes: [
                (Fresh27.swimScriptPath, Fresh27.swimScript.replacingOccurrences(of: "print(f\"Swims: {swims}\")\n", with: ""))
            ])
        ),
        (2814, ops(writes: [(Fresh27.swimScriptPath, "```python\n" + Fresh27.swimScript + "```\n")])),
        (
            2814,
            ops(writes: [
                (
                    Fresh27.swimScriptPath,
                    "#!/bin/bash\ngrep -c 'lengths=' memory/swimming/june-2027.log\ngrep -o 'lengths=[0-9]*' memory/swimming/june-2027.log | cut -d= -f2 | awk '{s+=$1*25} END {print s}'\n"
                )
            ])
        ),
        (
            2814,
            ops(writes: [
                (
                    Fresh27.swimScriptPath,
                    Fresh27.swimScript.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "# \($0)" }.joined(
                        separator: "\n")
                )
            ])
        ),
        (2814, ops(writes: [("outputs/june-total.py", Fresh27.swimScript)])),
        (
            2814,
            ops(writes: [
                (
                    Fresh27.swimScriptPath,
                    Fresh27.swimScript.replacingOccurrences(
                        of: "with open(\"memory/swimming/june-2027.log\") as f:",
                        with: "with open(\"memory/swimming/june-2027.log\") as f, open(\"memory/swimming/kids-lessons.log\") as k:")
                )
            ])
        ),
    ]
}

/// The twenty-seventh fresh part's fixtures and the helpers its checks share.
private enum Fresh27 {
    static let batch = "memory/brewing/batches/batch-07.ini"
    static let brewing: [String: String] = [
        "memory/brewing/batches/batch-06.ini":
            "[batch]\nnumber = 6\nname = Porch Pale\nstyle = pale ale\nbrewed = 2027-03-14\nog = 1.048\nyeast = US-05\n",
        "memory/brewing/recipes/harbour-stout.md":
            "# Harbour Stout (recipe)\nTarget OG 1.060, target FG 1.016\nYeast: S-04\nMash at 67 °C for 60 minutes\n",
        "memory/brewing/README.md": "# Brewing\nOne .ini file per batch in batches/, recipes in recipes/\n",
    ]
    static let batchRecord = "[batch]\nnumber = 7\nname = Harbour Stout\nstyle = stout\nbrewed = 2027-04-02\nog = 1.058\nyeast = S-04\n"

    /// Whether `text` is batch 7's INI file: a section header first (comment lines aside), then key =
    /// value (or key: value) lines, one each for the number 7, the name Harbour Stout, the style
    /// stout, the day brewed 2 April 2027 (any date format), the measured gravity 1.058 and the yeast
    /// S-04 (quoted values, capitalised keys, another key order and comments pass), and no number
    /// nor anything else of batch 6's or the recipe's.
    static func isBatch(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !Judge.has(t, #"porch|pale|us-?05|1\.048|1\.060|1\.016|03-14|14 mar"#) else { return false }
        let all = Judge.lines(t).map { $0.lowercased() }.filter { !$0.hasPrefix(";") && !$0.hasPrefix("#") }
        guard let first = all.first, Judge.has(first, #"^\[[^\]]+\]$"#) else { return false }
        let pairs = all.dropFirst().map {
            $0.replacingOccurrences(of: #"\s+[;#].*$"#, with: "", options: .regularExpression).replacingOccurrences(of: "\"", with: "")
                .replacingOccurrences(of: "'", with: "")
        }
        guard pairs.allSatisfy({ Judge.has($0, #"^[a-z][a-z0-9_ .()-]*\s*[=:]"#) }) else { return false }
        let facts: [(String) -> Bool] = [
            { Judge.has($0, #"^[a-z _-]*(number|no|num|batch|id)\s*[=:]\s*#?0*7$"#) },
            { Judge.has($0, #"^[a-z _-]*(name|beer)\s*[=:]\s*harbour stout$"#) },
            { Judge.has($0, #"^style\s*[=:]\s*[a-z ]*stout$"#) },
            {
                Judge.has($0, #"^(brewed|brew[ _-]?(date|day|on)|date[a-z _-]*)\s*[=:]"#) && Judge.hasDate($0, day: 2, month: 4)
                    && Judge.days($0, month: 4) == [2]
            },
            { Judge.has($0, #"^[a-z _.()-]*(og|gravity)[a-z _.()-]*\s*[=:]\s*1\.058$"#) },
            { Judge.has($0, #"^yeast\s*[=:]\s*[a-z ]*s-?04$"#) },
        ]
        let at = facts.map { fact in pairs.indices.filter { fact(pairs[$0]) } }
        let numbers = pairs.flatMap { Judge.found($0, #"(\d+(?:\.\d+)?)"#) }
        return at.allSatisfy { $0.count == 1 } && Set(at.map { $0[0] }).count == facts.count
            && numbers.allSatisfy { ["7", "07", "2027", "4", "04", "2", "02", "1.058"].contains($0) }
    }

    static let rota = "memory/choir/rota-autumn-2027.yaml"
    /// The autumn rota with `tea19` making the teas on 19 September.
    static func rotaText(tea19: String) -> String {
        "# St Barnabas choir: tea and music rota, autumn 2027\n- date: 2027-09-05\n  tea: Hilary\n  music: Gareth\n- date: 2027-09-12\n  tea: Priya\n  music: Gareth\n- date: 2027-09-19\n  tea: \(tea19)\n  music: Joan\n- date: 2027-09-26\n  tea: Priya\n  music: Joan\n"
    }
    static let choir: [String: String] = [
        rota: rotaText(tea19: "Hilary"),
        "memory/choir/rota-autumn-2026.yaml":
            "- date: 2026-09-20\n  tea: Hilary\n  music: Gareth\n- date: 2026-09-27\n  tea: Malcolm\n  music: Joan\n",
        "memory/choir/members.md": "# Members\n- Hilary (alto)\n- Malcolm (bass)\n- Priya (soprano)\n- Gareth (organ)\n- Joan (piano)\n",
    ]

    /// The lines of a YAML text, each with whether it is indented and its text without a trailing
    /// comment or quotes, spaces collapsed, lowercased; blank lines left out.
    static func yamlLines(_ text: String) -> [(indented: Bool, text: String)] {
        text.split(whereSeparator: \.isNewline).compactMap { raw in
            let l = String(raw).replacingOccurrences(of: #"\s+#.*$"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: "\"", with: "").replacingOccurrences(of: "'", with: "")
            let s = Judge.spaced(l).lowercased()
            return s.isEmpty ? nil : (raw.first == " " || raw.first == "\t", s)
        }
    }

    /// Whether `text` is the rota with only the teas on 19 September given to Malcolm (quotes, a
    /// trailing comment, another indentation pass), every other line, its indentation included, as
    /// it was.
    static func isRota(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        var want = yamlLines(choir[rota]!)
        guard let i = want.firstIndex(where: { $0.text == "- date: 2027-09-19" }) else { return false }
        want[i + 1].text = "tea: malcolm"
        let got = yamlLines(t)
        return got.count == want.count && zip(got, want).allSatisfy { $0.indented == $1.indented && $0.text == $1.text }
    }

    static let bikeLog = "memory/bike/road-bike.log"
    static let bike: [String: String] = [
        bikeLog:
            "2027-03-02  chain cleaned and lubed (2,140 km)\n2027-04-18  new rear brake pads, Shimano L05A (2,610 km)\n2027-05-20  tyres pumped to 80 psi, bar tape replaced (3,005 km)\n",
        "memory/bike/commuter.log": "2027-02-11  mudguards fitted (8,920 km)\n2027-05-02  new chain, KMC X9 (9,450 km)\n",
        "memory/bike/parts-to-buy.md": "# Parts to buy\n- KMC X11 chain\n- inner tubes 700x25\n",
    ]

    /// Whether `text` is the road bike's log as it was with one more line at the end: opening with
    /// 14 June 2027 (any date format), a new KMC X11 chain and 3,412 km, and no other date or number.
    static func isBikeLog(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(bike[bikeLog])
        let got = Judge.lines(t)
        guard got.count == want.count + 1, Array(got.prefix(want.count)) == want, let last = got.last?.lowercased() else { return false }
        let numbers = Judge.found(last, #"(\d[\d,]*)"#).map { $0.replacingOccurrences(of: ",", with: "") }
        return Judge.has(last, #"^(\d|jun)"#) && Judge.hasDate(last, day: 14, month: 6) && Judge.days(last, month: 6) == [14]
            && [1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12].allSatisfy { Judge.days(last, month: $0).isEmpty } && Judge.has(last, #"\bchain\b"#)
            && Judge.has(last, #"\bkmc\b"#) && Judge.has(last, #"\bx11\b"#) && Judge.has(last, #"\b3,?412\s*km\b"#)
            && !Judge.has(last, #"clean|lube"#) && numbers.allSatisfy { ["2027", "06", "6", "14", "3412", "11"].contains($0) }
    }

    static let memo = "memory/voice-memos/memo-0612.txt"
    static let committee = "memory/voice-memos/allotment-committee-2027-06-12.txt"
    static let memos: [String: String] = [
        memo:
            "Transcript, 12 June 2027, allotment committee\nAgreed: water butts for plots 4 to 9. Rent stays £38 a year. Next meeting 10 July.\n",
        "memory/voice-memos/memo-0621.txt": "Transcript, 21 June 2027\nReminder to self: buy netting for the brassicas.\n",
        "memory/voice-memos/memo-0612b.txt": "Transcript, 12 June 2027, evening\nIdeas for the plot: a second compost bay.\n",
        "memory/voice-memos/allotment-committee-2027-05-08.txt": "Transcript, 8 May 2027, allotment committee\nAgreed: skip hire in June.\n",
    ]

    static let finished = "memory/book-club/current/the-salt-road.md"
    static let shelved = "memory/book-club/read/2027/the-salt-road.md"
    static let books: [String: String] = [
        finished: "# The Salt Road\nDiscussed 3 June 2027 at Fran's\nVerdict: 4 of 6 liked it; the ending split us\n",
        "memory/book-club/current/the-salt-marsh.md": "# The Salt Marsh\nFor 1 July 2027 at Dev's\nRead up to chapter 12 by then\n",
        "memory/book-club/read/2027/the-lighthouse-year.md": "# The Lighthouse Year\nDiscussed 6 May 2027 at mine\nVerdict: everyone liked it\n",
        "memory/book-club/read/2026/winter-orchard.md": "# Winter Orchard\nDiscussed 3 December 2026\n",
    ]

    static let oldPlace = "Tesco car park, Hollin Lane"
    static let newPlace = "Library car park, Otley Road"
    static let workJSON = "memory/carshare/work.json"
    static let pickedUp = [workJSON, "memory/carshare/this-week.md", "memory/carshare/message-draft.txt"]
    static let carshare: [String: String] = [
        workJSON: """
        {
          "group": "Work car-share",
          "members": ["Asha", "Ben", "Carys", "me"],
          "pickup": "Tesco car park, Hollin Lane",
          "leave_at": "07:40"
        }

        """,
        "memory/carshare/this-week.md":
            "# Car-share, week of 6 September\n- Monday: Ben drives, pick-up at Tesco car park, Hollin Lane, 07:40\n- Wednesday: I drive, pick-up at Tesco car park, Hollin Lane, 07:40\n- Friday: Carys drives, pick-up at Tesco car park, Hollin Lane, 07:40\n",
        "memory/carshare/message-draft.txt":
            "Hi all! Pick-up is at Tesco car park, Hollin Lane, 07:40 sharp. Text me if you can't make it.\n",
        "memory/carshare/school-run.json":
            "{\"group\": \"School run\", \"members\": [\"Jo\", \"me\"], \"pickup\": \"Tesco car park, Hollin Lane\", \"leave_at\": \"08:20\"}\n",
        "memory/carshare/trips.log":
            "2027-08-30 07:40 Tesco car park, Hollin Lane: Ben drove, 4 in the car\n2027-09-01 07:42 Tesco car park, Hollin Lane: I drove, 3 in the car\n",
    ]
    /// The three files with the pick-up point written `place`.
    static func newPickup(_ place: String) -> [(String, String)] {
        pickedUp.map { ($0, carshare[$0]!.replacingOccurrences(of: oldPlace, with: place)) }
    }

    /// `text` parsed as JSON and written back with sorted keys, nil when it is not JSON.
    static func json(_ text: String) -> Data? {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))).flatMap { try? JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]) }
    }

    /// Whether `text` is the file at `path` with the pick-up point written Library car park, Otley
    /// Road (in any case, with "the" before it, and in a note an aside saying what it was, pass),
    /// everything else as it was; the JSON however laid out.
    static func hasNewPickup(_ text: String?, _ path: String) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let plain = t.replacingOccurrences(
            of: #"(?i)\b(the\s+)?library\s+car\s+park,?\s+otley\s+road\b"#, with: newPlace, options: .regularExpression)
        let wanted = carshare[path]!.replacingOccurrences(of: oldPlace, with: newPlace)
        if path == workJSON { return json(plain) != nil && json(plain) == json(wanted) }
        let got = Judge.lines(plain).map {
            $0.replacingOccurrences(
                of: #"\s*\((was|previously|formerly|old|no longer|moved from|new)\b[^)]*\)"#, with: "",
                options: [.regularExpression, .caseInsensitive])
        }
        return got == Judge.lines(wanted)
    }

    static let round = "memory/pub-quiz/rounds/round-3-music.md"
    static let roundCopy = "memory/pub-quiz/2027-10-14/round-3.md"
    static let quiz: [String: String] = [
        round:
            "# Round 3: Music\n1. Which band released the album \"Parklife\" in 1994?\n2. How many strings does a standard cello have?\n3. Who composed \"The Planets\"?\n4. In which city was the Eurovision Song Contest held in 2023?\n5. What does \"forte\" mean in sheet music?\n",
        "memory/pub-quiz/rounds/round-3-music-answers.md": "# Round 3 answers\n1. Blur\n2. Four\n3. Gustav Holst\n4. Liverpool\n5. Loud\n",
        "memory/pub-quiz/rounds/round-3-music-old.md":
            "# Round 3: Music (2026)\n1. Who sang \"Rolling in the Deep\"?\n2. How many keys does a standard piano have?\n",
        "memory/pub-quiz/2027-10-14/running-order.md":
            "# Quiz night 14 October 2027\n1. General knowledge\n2. Geography\n3. Music\n4. Picture round\n",
    ]

    static let course = "memory/health/meds/course-amoxicillin-2027-05.md"
    static let meds: [String: String] = [
        course: "# Amoxicillin course\n500 mg three times a day for 7 days, from 12 May 2027\nFinished 18 May\n",
        "memory/health/meds/course-prednisolone-2027-05.md":
            "# Prednisolone course\nReducing dose from 20 May 2027: 30 mg, then 20 mg, then 10 mg, a week each\n",
        "memory/health/meds/daily-schedule.md": "# Daily\n- 08:00 levothyroxine 50 mcg, before breakfast\n",
        "memory/health/meds/allergies.md": "# Allergies\n- sticking plasters (adhesive)\n",
    ]

    static let depositEmail = "memory/flat/emails/2027-09-02-deposit-return.txt"
    static let flat: [String: String] = [
        depositEmail: """
        From: Lettings team, Castle Lettings <lettings@castlelettings.example>
        To: me
        Date: 2 September 2027
        Subject: Your deposit, Flat 3, 21 Quarry Street

        Thank you for returning the keys at the check-out on 28 August.

        Your deposit was £1,150. After the check-out inspection the landlord proposes two deductions:
        - £85 for professional carpet cleaning in the bedroom
        - £40 to replace a missing window key

        That leaves £1,025 to be returned to you. If you agree, reply to this email and the money will be paid within 10 days.
        If you disagree with the deductions, you can raise a dispute with the Tenancy Deposit Scheme by 30 September 2027.

        """,
        "memory/flat/emails/2027-08-20-checkout.txt":
            "From: Castle Lettings\nDate: 20 August 2027\nSubject: Check-out\n\nThe check-out inspection is on 28 August at 10 am. Expect a £60 cleaning charge if the oven is not cleaned.\n",
        "memory/flat/deposit-certificate.txt":
            "Deposit protection certificate\nScheme: Tenancy Deposit Scheme\nDeposit ID: TDS-4471902\nAmount: £1,150\nProtected: 14 September 2025\n",
    ]
    static let depositSummary =
        "£1,025 of the £1,150 deposit comes back to me. The landlord deducts £85 for carpet cleaning and £40 for a missing window key. Any dispute must go to the Tenancy Deposit Scheme by 30 September 2027.\n"

    /// Whether `text` sums up the deposit email in three sentences (or three lines) at most, a title
    /// aside, seventy words at most: £1,025 back, the £85 and £40 deductions (or £125 for the carpet
    /// and the key) and a dispute by 30 September, with no other amount, date or year, and nothing
    /// of the oven charge in the earlier email.
    static func isDepositSummary(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        var all = Judge.lines(t)
        if all.count > 1, all[0].hasPrefix("#") || all[0].hasSuffix(":") { all.removeFirst() }
        let low = all.joined(separator: "\n").lowercased()
        let words = low.split(whereSeparator: { $0 == " " || $0 == "\n" }).filter { $0.contains { $0.isLetter || $0.isNumber } }.count
        guard (1...3).contains(all.count), words >= 8, words <= 70, Judge.found(low, #"[.!?](?=\s|$)"#).count <= 3 else { return false }
        let amounts = Set(Judge.amounts(low))
        guard amounts.contains(1025), amounts.isSubset(of: [1150, 1025, 85, 40, 125]), !Judge.has(low, #"oven|£\s*60\b"#) else { return false }
        let deductions =
            (amounts.contains(85) && amounts.contains(40))
            || (amounts.contains(125) && Judge.has(low, "carpet") && Judge.has(low, #"\bkey\b"#))
        let dispute = Judge.lines(low).contains {
            Judge.has($0, #"disput|disagree|challenge|contest"#) && Judge.hasDate($0, day: 30, month: 9)
        }
        return deductions && dispute && Judge.days(low, month: 9).allSatisfy { [30, 2].contains($0) }
            && Judge.days(low, month: 8).allSatisfy { $0 == 28 }
            && [1, 2, 3, 4, 5, 6, 7, 10, 11, 12].allSatisfy { Judge.days(low, month: $0).isEmpty }
            && Judge.found(low, #"\b(20\d{2})\b"#).allSatisfy { $0 == "2027" }
    }

    static let bakeSale: [String: String] = [
        "memory/bake-sale/2027-entries.csv": """
        item,baker,allergens,price
        "Coffee and walnut cake","Jo Hart","nuts, dairy, gluten, eggs",4.50
        "Lemon drizzle","Priya Shah","dairy, gluten, eggs",3.50
        "Nut-free chocolate brownies","Tom Reid","dairy, eggs",2.00
        "Bakewell tart","Sam Okoro","nuts, dairy, gluten, eggs",5.00
        "Coconut macaroons","Ellie Ward","eggs",1.50
        "Pistachio shortbread","Dan Moss","nuts, dairy, gluten",3.00
        "Banana bread","Ruth Lee","eggs, gluten, nuts",3.50
        "Oat flapjacks","Maya Chen","gluten, dairy",1.50

        """,
        "memory/bake-sale/2026-entries.csv":
            "item,baker,allergens,price\n\"Almond croissants\",\"Jo Hart\",\"nuts, dairy, gluten\",2.50\n\"Scones\",\"Ruth Lee\",\"dairy, gluten\",1.00\n",
        "memory/bake-sale/signs.md": "# Signs\nLabel everything with nuts in red\n",
    ]
    static let nutItems =
        "- Coffee and walnut cake (Jo Hart)\n- Bakewell tart (Sam Okoro)\n- Pistachio shortbread (Dan Moss)\n- Banana bread (Ruth Lee)\n"

    /// Whether `text` lists the four items whose allergens include nuts, each with its own baker (a
    /// table, another marker, another order pass), and not the nut-free brownies, the coconut
    /// macaroons, the other items nor last year's croissants.
    static func isNutList(_ text: String?) -> Bool {
        guard let t = text?.replacingOccurrences(of: "\r\n", with: "\n"),
            !Judge.has(t, #"lemon|brownie|macaroon|coconut|flapjack|almond|croissant|scone|priya|\btom\b|ellie|maya|nut-free"#)
        else { return false }
        return Judge.isPairedList(
            t, who: [#"walnut"#, #"bakewell"#, #"pistachio"#, #"banana"#], what: [#"\bjo\b"#, #"\bsam\b"#, #"\bdan\b"#, #"\bruth\b"#])
    }

    static let gigs: [String: String] = [
        "memory/gig-tickets/2026-11-03-the-lanterns-leeds.txt": "The Lanterns, Leeds Beckett SU, 3 November 2026, standing\n",
        "memory/gig-tickets/2027-02-14-marla-and-the-tides-manchester.txt":
            "Marla and the Tides, Albert Hall Manchester, 14 February 2027, balcony row C\n",
        "memory/gig-tickets/2027-04-09-cold-harbour-york.txt": "Cold Harbour, York Barbican, 9 April 2027, seat F12\n",
        "memory/gig-tickets/2027-06-21-the-lanterns-sheffield.txt": "The Lanterns, Sheffield Leadmill, 21 June 2027, standing\n",
        "memory/gig-tickets/2027-wishlist.md": "# Gigs I'd like to see in 2027\n- Paper Lions\n- The Orchard Room\n",
        "memory/gig-tickets/refunded/2027-03-18-static-bloom-leeds.txt": "Static Bloom, Leeds Brudenell, 18 March 2027 (cancelled, refunded)\n",
        "memory/gig-tickets/README.md": "One file per ticket, named date-band-city\n",
    ]
    static let gigList =
        "- 2027-02-14-marla-and-the-tides-manchester.txt\n- 2027-04-09-cold-harbour-york.txt\n- 2027-06-21-the-lanterns-sheffield.txt\n"

    /// Whether `text` lists this year's three tickets (by file name, path or gig), one entry each in
    /// any order, and not last year's ticket, the refunded one, the wishlist nor the README.
    static func isGigList(_ text: String?) -> Bool {
        Judge.isNamedList(
            text?.replacingOccurrences(of: "\r\n", with: "\n"), [#"marla"#, #"cold[- ]harbour"#, #"sheffield"#],
            banned: #"2026|leeds|wish|static|bloom|refund|readme"#)
    }

    static let plants: [String: String] = [
        "memory/plants/watering.ini":
            "; How often each houseplant needs water\n[fiddle-leaf fig]\nroom = living room\nwater_every_days = 7\nfeed = monthly\n\n[monstera]\nroom = living room\nwater_every_days = 10\nfeed = monthly\n\n[peace lily]\nroom = bathroom\nwater_every_days = 5\nfeed = none\n\n[string of pearls]\nroom = bedroom\nwater_every_days = 14\nfeed = spring only\n\n; gave the spider plant to Nell in May\n; [spider plant]\n; room = kitchen\n; water_every_days = 7\n",
        "memory/plants/watering-2025.ini":
            "[fiddle-leaf fig]\nroom = hall\nwater_every_days = 6\n\n[cactus]\nroom = kitchen\nwater_every_days = 21\n",
        "memory/plants/README.md": "# Plants\nwatering.ini is the current schedule\n",
    ]
    static let wateringJSON = """
        [
          {"name": "fiddle-leaf fig", "room": "living room", "water_every_days": 7},
          {"name": "monstera", "room": "living room", "water_every_days": 10},
          {"name": "peace lily", "room": "bathroom", "water_every_days": 5},
          {"name": "string of pearls", "room": "bedroom", "water_every_days": 14}
        ]

        """
    /// Each plant in the schedule (a pattern for its name), its room and the days between waterings.
    static let watered: [(name: String, room: String, days: Double)] = [
        ("fiddle[- ]?leaf", "living room", 7), ("monstera", "living room", 10), ("peace lily", "bathroom", 5),
        ("string of pearls", "bedroom", 14),
    ]

    /// Whether `text` is a JSON array of four objects, one per plant in any order, each with one key
    /// for its name, one for its room (any case) and one for the days between waterings as a JSON
    /// number (another key name, another key order, other keys such as the feeding pass), and not
    /// the commented-out spider plant nor the older schedule's cactus.
    static func isWatering(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), let array = (try? JSONSerialization.jsonObject(with: Data(t.utf8))) as? [[String: Any]],
            array.count == watered.count
        else { return false }
        var left = Array(watered.indices)
        for object in array {
            let names = object.keys.filter { Judge.has($0, #"name|plant"#) }
            let rooms = object.keys.filter { Judge.has($0, #"room|location|place"#) }
            let days = object.keys.filter { Judge.has($0, #"water|day|every|interval|freq"#) && !names.contains($0) && !rooms.contains($0) }
            guard names.count == 1, rooms.count == 1, days.count == 1, let name = (object[names[0]] as? String)?.lowercased(),
                let room = (object[rooms[0]] as? String)?.lowercased().trimmingCharacters(in: .whitespaces),
                let value = object[days[0]], !(value is String), let n = Judge.jsonNumber(value)
            else { return false }
            let hits = left.filter { Judge.has(name, watered[$0].name) }
            guard hits.count == 1, let w = hits.first, room == watered[w].room, n == watered[w].days else { return false }
            left.removeAll { $0 == w }
        }
        return left.isEmpty
    }

    static let swapSkillPath = "skills/seed-swap-match/SKILL.md"
    static let seeds: [String: String] = [
        "skills/README.md": "Skills go in skills/<name>/SKILL.md, with a name and a description in the front matter.\n",
        "skills/seed-inventory/SKILL.md":
            "---\nname: seed-inventory\ndescription: Keep the seed tin's inventory up to date.\n---\nWhen seeds are sown or saved, update memory/seed-swap/my-seeds.csv with the variety and the number of packets.\n",
        "memory/seed-swap/offers.csv": "member,variety,packets\nAlex,Tomato Sungold,3\nBea,Runner bean Enorma,2\nCal,Tomato Sungold,1\n",
        "memory/seed-swap/wants.csv": "member,variety\nBea,Tomato Sungold\nAlex,Runner bean Enorma\nCal,Tomato Sungold\n",
        "memory/seed-swap/my-seeds.csv": "variety,packets\nKale Nero di Toscana,4\n",
    ]
    static let swapSkill =
        "---\nname: seed-swap-match\ndescription: Match the seed swap's wants with the offers, never a member with themselves.\n---\nRead memory/seed-swap/offers.csv and memory/seed-swap/wants.csv.\nFor each want, pair it with a member who offers the same variety:\n- never match a member with their own offer;\n- only use an offer while it still has packets left, and take one packet off for each match.\nWrite the pairs to outputs/seed-swap-matches.md, one line each: who gives, who gets, the variety.\n"

    /// Whether `text` is a skill named seed-swap-match with a description, whose body reads
    /// memory/seed-swap/offers.csv and memory/seed-swap/wants.csv, matches wants with offers of the
    /// same variety, never a member with themselves, only while packets are left, and saves the
    /// pairs in outputs/seed-swap-matches.md.
    static func isSwapSkill(_ text: String?) -> Bool {
        guard let t = text, let (fields, body) = Judge.skill(t) else { return false }
        let b = body.lowercased()
        let paths = ["memory/seed-swap/offers.csv", "memory/seed-swap/wants.csv", "outputs/seed-swap-matches.md"]
        let prose = paths.reduce(b) { $0.replacingOccurrences(of: $1, with: " ") }
        return fields["name"] == "seed-swap-match" && (fields["description"] ?? "").count >= 10 && b.count >= 40
            && paths.allSatisfy { b.contains($0) } && Judge.has(prose, #"\b(match|pair)"#) && Judge.has(prose, #"variet"#)
            && Judge.has(
                prose,
                #"themselves|their own|own offer|\bself\b|same (person|member)|(different|another|other) (person|member)|someone else|(person|member) who (asked|wants)"#
            )
            && Judge.has(prose, #"packets?\b[^.\n]*\b(left|remain|available)|run out|no packets|packets? remaining|in stock"#)
    }

    static let swimScriptPath = "memory/swimming/june-total.py"
    static let swimming: [String: String] = [
        "memory/swimming/june-2027.log":
            "# 25 m pool, lengths per session\n2027-06-01 07:02 swim lengths=40\n2027-06-03 07:05 swim lengths=36\n2027-06-06 09:30 swim lengths=50\n2027-06-09 07:00 pool closed (maintenance)\n2027-06-10 07:04 swim lengths=44\n2027-06-13 09:12 swim lengths=60\n",
        "memory/swimming/may-2027.log": "# 25 m pool\n2027-05-28 07:03 swim lengths=38\n2027-05-30 09:20 swim lengths=52\n",
        "memory/swimming/kids-lessons.log": "2027-06-05 10:00 lesson Ava level 3\n2027-06-12 10:00 lesson Ava level 3\n",
    ]
    static let swimScript =
        "import re\n\nswims = 0\nmetres = 0\nwith open(\"memory/swimming/june-2027.log\") as f:\n    for line in f:\n        m = re.search(r\"lengths=(\\d+)\", line)\n        if m:\n            swims += 1\n            metres += int(m.group(1)) * 25\nprint(f\"Swims: {swims}\")\nprint(f\"Distance: {metres} m\")\n"

    /// Whether `text` is a Python script (a shebang, if any, names Python) that reads June's log (not
    /// May's nor the lessons log), takes the lengths from its lines as numbers, counts the swims,
    /// adds up, multiplies by 25 (a constant holding it passes) and prints two values, writing,
    /// moving or removing nothing. Comments and a fenced reply do not count; plain strings (labels)
    /// are read apart.
    static func isSwimScript(_ text: String?) -> Bool {
        guard let script = Judge.readOnlyPython(text, reading: "june-2027.log", not: "may-2027"), !script.code.contains("kids") else {
            return false
        }
        return script.code.contains("lengths") && Judge.has(script.bare, #"\b25\b"#) && script.bare.contains("*")
            && Judge.has(script.bare, #"\+=|sum\("#) && Judge.has(script.bare, #"\+=\s*1\b|len\(|count"#)
            && Judge.has(script.bare, #"int\(|float\("#) && script.twoValues
    }
}
