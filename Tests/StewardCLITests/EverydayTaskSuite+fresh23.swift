import Foundation

/// A twenty-third fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first twenty-two: by someone who had not read the agent loop, its tools, its prompts, its tests or
/// any result. Fourteen intentions, numbered 2401 to 2414, one for each kind the issue names
/// (create, a dog's booster appointment with the vet's name, date, time and booking reference; edit
/// in place, a car's next MOT date after it passed, the insurance date and the sold car's note left;
/// append a morning's blood pressure reading as a new last line of a home log; rename a tax return
/// draft after its tax year like last year's; move a chosen photo's note from the ideas folder into a
/// club competition's folder, its softer twin left; several files, a choir's new rehearsal venue in
/// the three notes that name the old hall, the concert church and an old term's note left; copy last
/// year's Christmas card list as this year's; delete a cancelled dentist appointment's note, the
/// rebooked one and the same day's hygienist kept; summarise a garage's service report in fifty words
/// at most, with the cost, the work needed soon and the next service; extract one volunteer's food
/// bank shifts, with the date and the session, a near-named volunteer's apart; list-and-save the seeds
/// that can be sown in April, by the Sow line inside each; convert a Markdown table of library books
/// still out to JSON, the returned ones apart; a skill that says which pets' flea or worming
/// treatments are due within a week or overdue; a Python script that prints a year's fuel spend and
/// the average price per litre), each worded three ways as people word them (files named by path, by
/// bare name or by what they are; details given in passing; what to leave alone said casually), run
/// as Steward chooses. Every fixture holds a look-alike beside the right file (last year's booster,
/// the sold car's MOT line and the MOT history, last year's readings and the GP's target, last
/// year's filed return and the P60, the heron in flight, the concert in the church and the 2025
/// term, the 2025 card list and the presents, the hygienist on the same day and the rebooked
/// dentist, last year's service report, Priyanka and March's rota, the seeds still to buy, the
/// returned books, another skill, last year's fuel log). Judged by content as a person would (other
/// list markers, entry, row and key order, spacing, a title line, a table for a list, another date,
/// time, number or amount format, an aside saying what a value was, JSON in another shape, a lost
/// final newline, CRLF pass) and by "nothing else changed" (the wrong file, the wrong folder, a copy
/// where a move was asked fail). Frozen in a commit of its own before any run with a model: never
/// tune the loop on it, and run it as it is (`STEWARD_SUITE_PART=fresh23`).
extension EverydayTaskSuite {
    static let fresh23: [Intention] = [
        Intention(
            number: 2401, kind: "create: a dog's booster appointment with the vet's name, date, time and booking reference, last year's apart",
            fixtures: Fresh23.pets,
            wordings: [
                (
                    .imperative,
                    "Create memory/pets/biscuit/booster-2027.md for Biscuit's booster at Oakfield Vets on Tuesday 14 September 2027 at 4.15 pm, booking ref 60729"
                ),
                (
                    .request,
                    "The vet just rang to book Biscuit in for his yearly jabs. Could you make a note of it, booster-2027.md in memory/pets/biscuit? Oakfield Vets, Tuesday 14 September 2027, 4.15 pm, and the booking reference is 60729."
                ),
                (
                    .context,
                    "Biscuit's annual booster is booked and I don't want to miss it like I nearly did last year. Please write a new note, memory/pets/biscuit/booster-2027.md, saying it's at Oakfield Vets on Tuesday 14 September 2027 at quarter past four in the afternoon, reference 60729. Last year's booster note sits next to it with a different date and reference; leave that one as it is."
                ),
            ], changed: [Fresh23.booster],
            check: { f in Fresh23.isBooster(f(Fresh23.booster)) && Judge.untouched(f, Array(Fresh23.pets.keys), Fresh23.pets) },
            solution: ops(writes: [(Fresh23.booster, Fresh23.boosterNote)])),
        Intention(
            number: 2402, kind: "edit in place: a car's next MOT date after it passed, the insurance date, the sold car and the MOT history left",
            fixtures: Fresh23.car,
            wordings: [
                (.imperative, "In memory/car/fiesta.md, change the MOT due date to 11 April 2028"),
                (
                    .request,
                    "Good news, the Fiesta sailed through its MOT this morning! Can you update fiesta.md in memory/car so the next MOT is due 11 April 2028?"
                ),
                (
                    .context,
                    "The Fiesta passed its MOT today, so the date on the MOT due line in memory/car/fiesta.md should now be 11 April 2028. Only that line needs to change: the insurance renewal is a different thing, the note for the old Corsa we sold is history, and I keep the MOT history note up to date myself."
                ),
            ], changed: [Fresh23.fiesta],
            check: { f in
                Fresh23.isMOT(f(Fresh23.fiesta)) && Judge.untouched(f, Array(Fresh23.car.keys).filter { $0 != Fresh23.fiesta }, Fresh23.car)
            },
            solution: ops(writes: [(Fresh23.fiesta, Fresh23.newMOT("MOT due: 11 April 2028"))])),
        Intention(
            number: 2403, kind: "append: a morning's blood pressure reading as a new last line of a home log, last year's log and the GP letter left",
            fixtures: Fresh23.health,
            wordings: [
                (.imperative, "Add this morning's reading to the end of memory/health/blood-pressure.md: Mon 8 Mar 2027, 7.45 am, 127/81, pulse 64"),
                (
                    .request,
                    "Can you log my blood pressure from this morning in blood-pressure.md (memory/health)? 127 over 81, pulse 64, taken at 7.45 am on Monday 8 March 2027. Put it at the bottom like the others."
                ),
                (
                    .context,
                    "The GP wants two weeks of home readings before my review, so I'm logging them in memory/health/blood-pressure.md, oldest first. Please add today's as a new last line in the same style: Monday 8 March 2027 at 7.45 am, 127/81 with a pulse of 64. Last year's log is a separate file and shouldn't change."
                ),
            ], changed: [Fresh23.bpLog],
            check: { f in
                Fresh23.isBloodPressure(f(Fresh23.bpLog))
                    && Judge.untouched(f, Array(Fresh23.health.keys).filter { $0 != Fresh23.bpLog }, Fresh23.health)
            },
            solution: ops(writes: [(Fresh23.bpLog, Fresh23.health[Fresh23.bpLog]! + "- Mon 8 Mar 2027, 7.45 am: 127/81, pulse 64\n")])),
        Intention(
            number: 2404, kind: "rename: a tax return draft named after its tax year like last year's, the filed return and the P60 left",
            fixtures: Fresh23.tax,
            wordings: [
                (.imperative, "Rename memory/money/tax/self-assessment-draft.md to memory/money/tax/self-assessment-2026-27.md"),
                (
                    .request,
                    "My tax return draft is basically finished. Could you rename self-assessment-draft.md in memory/money/tax to self-assessment-2026-27.md so it matches last year's?"
                ),
                (
                    .context,
                    "I name each tax return note after its tax year, like self-assessment-2025-26.md, but this year's is still called self-assessment-draft.md. Please rename it to self-assessment-2026-27.md in the same folder, memory/money/tax, without changing anything inside; last year's filed one and the P60 stay as they are."
                ),
            ], changed: [Fresh23.taxDraft, Fresh23.taxNew],
            check: { f in
                Judge.moved(f, Fresh23.taxDraft, to: Fresh23.taxNew, Fresh23.tax)
                    && Judge.untouched(f, Array(Fresh23.tax.keys).filter { $0 != Fresh23.taxDraft }, Fresh23.tax)
            },
            solution: ops(#"{"op":"move","from":"memory/money/tax/self-assessment-draft.md","to":"memory/money/tax/self-assessment-2026-27.md"}"#)),
        Intention(
            number: 2405,
            kind: "move into a folder: a chosen photo's note from the ideas folder into a club competition's folder, its softer twin left",
            fixtures: Fresh23.photos,
            wordings: [
                (.imperative, "Move memory/hobbies/photography/ideas/heron-at-dawn.md into memory/hobbies/photography/competition-2027"),
                (
                    .request,
                    "I've decided the heron at dawn is my entry for the club competition. Can you move heron-at-dawn.md from the ideas folder into competition-2027? Both are in memory/hobbies/photography."
                ),
                (
                    .context,
                    "The camera club's wildlife competition closes at the end of March and I've picked my entry: the heron at dawn. Please move memory/hobbies/photography/ideas/heron-at-dawn.md into memory/hobbies/photography/competition-2027, keeping its name and what it says. The heron in flight was too soft, so it stays in ideas with the others."
                ),
            ], changed: [Fresh23.heron, Fresh23.heronEntry],
            check: { f in
                Judge.moved(f, Fresh23.heron, to: Fresh23.heronEntry, Fresh23.photos)
                    && Judge.untouched(f, Array(Fresh23.photos.keys).filter { $0 != Fresh23.heron }, Fresh23.photos)
            },
            solution: ops(
                #"{"op":"move","from":"memory/hobbies/photography/ideas/heron-at-dawn.md","to":"memory/hobbies/photography/competition-2027/heron-at-dawn.md"}"#
            )),
        Intention(
            number: 2406,
            kind: "several files: a choir's new rehearsal venue in the three notes that name the old hall, the concert church and an old term left",
            fixtures: Fresh23.choir,
            wordings: [
                (
                    .imperative,
                    "Replace St Mark's Hall with Elm Road Community Centre as the choir's rehearsal venue in memory/choir/rehearsals.md, memory/choir/welcome-pack.md and memory/calendar/weekly.md"
                ),
                (
                    .request,
                    "Choir's moving! From next week we rehearse at Elm Road Community Centre instead of St Mark's Hall. Could you change it in rehearsals.md and welcome-pack.md in memory/choir, and in my weekly calendar, memory/calendar/weekly.md?"
                ),
                (
                    .context,
                    "St Mark's Hall is being re-roofed, so Harbour Voices rehearsals move to Elm Road Community Centre for good. The hall is named in three notes: memory/choir/rehearsals.md, memory/choir/welcome-pack.md and memory/calendar/weekly.md; please update each. The summer concert is still in St Mark's Church, and the old 2025 term note is history, so leave those."
                ),
            ], changed: Set(Fresh23.venueNotes),
            check: { f in
                Fresh23.venueNotes.allSatisfy { Fresh23.hasNewVenue(f($0), $0) } && Judge.untouched(f, ["memory/choir/2025-term.md"], Fresh23.choir)
            },
            solution: ops(writes: Fresh23.newVenue(["Elm Road Community Centre", "Elm Road Community Centre", "Elm Road Community Centre"]))),
        Intention(
            number: 2407, kind: "copy: last year's Christmas card list as this year's, word for word, the older list and the presents not",
            fixtures: Fresh23.cards,
            wordings: [
                (.imperative, "Copy memory/family/christmas-cards-2026.md to memory/family/christmas-cards-2027.md"),
                (
                    .request,
                    "Time to start thinking about Christmas cards (I know, I know). Can you make this year's list by copying last year's, christmas-cards-2026.md in memory/family, to christmas-cards-2027.md in the same folder? Exactly as it is for now."
                ),
                (
                    .context,
                    "I start each year's Christmas card list from the one before and then cross people off. Please copy memory/family/christmas-cards-2026.md to memory/family/christmas-cards-2027.md word for word, and keep the 2026 one as it is. The 2025 list is older and out of date, and the presents list has nothing to do with it."
                ),
            ], changed: [Fresh23.cardsNew],
            check: { f in
                let copy = f(Fresh23.cardsNew)
                return copy != nil && !Judge.fenced(copy!) && Judge.lines(copy) == Judge.lines(Fresh23.cards[Fresh23.cardsOld])
                    && Fresh23.cards.keys.allSatisfy { f($0) == Fresh23.cards[$0] }
            }, solution: ops(writes: [(Fresh23.cardsNew, Fresh23.cards[Fresh23.cardsOld]!)])),
        Intention(
            number: 2408, kind: "delete: a cancelled dentist appointment's note, the rebooked one and the same day's hygienist kept",
            fixtures: Fresh23.appointments,
            wordings: [
                (.imperative, "Delete memory/health/appointments/dentist-2027-04-06.md"),
                (
                    .request,
                    "The dentist cancelled my appointment on the 6th and moved it to the 20th. Can you delete the old note, dentist-2027-04-06.md in memory/health/appointments? The new one's already there."
                ),
                (
                    .context,
                    "My appointments folder is getting confusing: the practice cancelled my dentist appointment on 6 April and rebooked me for the 20th, which already has its own note. Please delete memory/health/appointments/dentist-2027-04-06.md. The hygienist appointment on the same day is still happening, so keep that one, and the new dentist note too."
                ),
            ], changed: [Fresh23.cancelled],
            check: { f in
                f(Fresh23.cancelled) == nil
                    && Judge.untouched(f, Array(Fresh23.appointments.keys).filter { $0 != Fresh23.cancelled }, Fresh23.appointments)
            }, solution: ops(#"{"op":"delete","path":"memory/health/appointments/dentist-2027-04-06.md"}"#)),
        Intention(
            number: 2409,
            kind: "summarise: a garage's service report in fifty words at most, with the cost, the work needed soon and the next service",
            fixtures: Fresh23.service,
            wordings: [
                (
                    .imperative,
                    "Summarise memory/car/service-2027-03.md in no more than 50 words in outputs/car-service-summary.md: what it cost, what needs doing soon and when the next service is due"
                ),
                (
                    .request,
                    "The garage emailed a long service report for the Fiesta. Could you sum up memory/car/service-2027-03.md in 50 words or fewer in outputs/car-service-summary.md? Just what we paid, anything that needs fixing soon and when it's next due."
                ),
                (
                    .context,
                    "My partner handles the car money and asked what happened at the service. Please read memory/car/service-2027-03.md and write a summary of at most 50 words to outputs/car-service-summary.md, covering the total we paid, the work that needs doing soon, and when the next service is due. Last year's report is in the same folder; don't mix it in."
                ),
            ], changed: ["outputs/car-service-summary.md"], check: { f in Fresh23.isServiceSummary(f("outputs/car-service-summary.md")) },
            solution: ops(writes: [("outputs/car-service-summary.md", Fresh23.serviceSummary)])),
        Intention(
            number: 2410, kind: "extract: one volunteer's food bank shifts with the date and the session, a near-named volunteer's left out",
            fixtures: Fresh23.rota,
            wordings: [
                (
                    .imperative,
                    "Extract my shifts (I'm Priya) from memory/volunteering/foodbank-rota.md into outputs/my-shifts.md, one per line with the date and whether it's morning or afternoon"
                ),
                (
                    .request,
                    "Could you pull out just my food bank shifts from foodbank-rota.md in memory/volunteering and list them in outputs/my-shifts.md, one per line with the date and morning or afternoon? I'm Priya on the rota."
                ),
                (
                    .context,
                    "I want my food bank shifts in my own list so I can put them in the family calendar. The rota is memory/volunteering/foodbank-rota.md and I'm down as Priya; please write each of my shifts to outputs/my-shifts.md, one per line, with the date and whether it's the morning or the afternoon shift. Careful, Priyanka is someone else, and March's rota is in a different file."
                ),
            ], changed: ["outputs/my-shifts.md"], check: { f in Fresh23.isShifts(f("outputs/my-shifts.md")) },
            solution: ops(writes: [("outputs/my-shifts.md", "- Sat 3 Apr: morning\n- Sat 17 Apr: afternoon\n- Sat 8 May: morning\n")])),
        Intention(
            number: 2411, kind: "list-and-save: the seeds that can be sown in April, by the Sow line inside each, the seeds still to buy apart",
            fixtures: Fresh23.seeds,
            wordings: [
                (
                    .imperative,
                    "List the seeds in memory/garden/seeds that can be sown in April, going by the Sow line in each, and save the list to outputs/sow-in-april.md"
                ),
                (
                    .request,
                    "April's nearly here. Can you look at the Sow line in each seed note in memory/garden/seeds and write the ones I can sow in April to outputs/sow-in-april.md?"
                ),
                (
                    .context,
                    "I'm planning the April sowing at the allotment. Every packet I've got has a note in memory/garden/seeds with a Sow line giving the months, so please save the ones whose sowing months include April to outputs/sow-in-april.md, one per line. Seeds I still need to buy are listed in memory/garden/seeds-to-buy.md and don't count."
                ),
            ], changed: ["outputs/sow-in-april.md"], check: { f in Fresh23.isSowList(f("outputs/sow-in-april.md")) },
            solution: ops(writes: [("outputs/sow-in-april.md", "- Carrots\n- Beetroot\n- Lettuce\n- Parsnips\n")])),
        Intention(
            number: 2412,
            kind: "convert: a Markdown table of the library books still out to JSON with title, author and due date, the returned ones apart",
            fixtures: Fresh23.library,
            wordings: [
                (
                    .imperative,
                    "Convert the Still out table in memory/family/library-loans.md to JSON in outputs/library-loans.json: a list of objects with title, author and due"
                ),
                (
                    .request,
                    "I'm trying out a library reminder app that imports JSON. Could you turn the books we still have out, from the table in memory/family/library-loans.md, into outputs/library-loans.json? Each book as an object with its title, author and due date."
                ),
                (
                    .context,
                    "I keep our library books in memory/family/library-loans.md: a table of the ones still out and, under it, a table of the ones we've returned. Please convert just the books still out into JSON at outputs/library-loans.json, a list with one object per book giving the title, the author and the date it's due back. The returned ones shouldn't be in it."
                ),
            ], changed: ["outputs/library-loans.json"], check: { f in Fresh23.isLoansJSON(f("outputs/library-loans.json")) },
            solution: ops(writes: [("outputs/library-loans.json", Fresh23.loansJSON)])),
        Intention(
            number: 2413, kind: "skill: which pets' flea or worming treatments fall due within a week or are overdue, from a treatments note",
            fixtures: Fresh23.treatments,
            wordings: [
                (
                    .imperative,
                    "Create skills/pet-treatments/SKILL.md, a skill named pet-treatments with a description, that reads memory/pets/treatments.md and writes which flea and worming treatments are due in the next 7 days or overdue, and for which pet, to outputs/pet-treatments-due.md"
                ),
                (
                    .request,
                    "I keep forgetting the dog's and cat's flea and worming stuff. Can you write a skill called pet-treatments that checks memory/pets/treatments.md and puts anything due in the next 7 days, or already overdue, with the pet's name, into outputs/pet-treatments-due.md?"
                ),
                (
                    .context,
                    "Every Sunday I'd like to ask what the pets need that week. Please write a skill at skills/pet-treatments/SKILL.md, named pet-treatments with a description in its front matter like the weekly-shop skill, telling the agent to read memory/pets/treatments.md, work out from each pet's last dose and how often it's given which flea or worming treatments fall due in the next 7 days or are overdue, and write them with the pet's name to outputs/pet-treatments-due.md. Leave the weekly-shop skill alone."
                ),
            ], changed: ["skills/pet-treatments/SKILL.md"],
            check: { f in
                Fresh23.isTreatmentSkill(f("skills/pet-treatments/SKILL.md")) && f("skills/weekly-shop/SKILL.md") == Fresh23.shopSkill
            },
            solution: ops(writes: [("skills/pet-treatments/SKILL.md", Fresh23.treatmentSkill)])),
        Intention(
            number: 2414, kind: "script: a Python script that prints a year's total fuel spend and the average price per litre from a fill-up log",
            fixtures: Fresh23.fuel,
            wordings: [
                (
                    .imperative,
                    "Write memory/car/fuel-report.py, a Python script that reads memory/car/fuel-2027.csv and prints the total spent on fuel and the average price per litre"
                ),
                (
                    .request,
                    "Fuel's been so expensive this year. Could you write a Python script, fuel-report.py in memory/car, that goes through my fill-ups in fuel-2027.csv (same folder) and prints how much I've spent in total and what I've paid per litre on average?"
                ),
                (
                    .context,
                    "Every time I fill up I add a row to memory/car/fuel-2027.csv with the date, the litres and what it cost. Please write a Python script, memory/car/fuel-report.py, that prints this year's total spend on fuel and the average price per litre. Last year's log, fuel-2026.csv, is in the same folder and must not be included, and the script shouldn't change the log."
                ),
            ], changed: ["memory/car/fuel-report.py"], check: { f in Fresh23.isFuelScript(f("memory/car/fuel-report.py")) },
            solution: ops(writes: [("memory/car/fuel-report.py", Fresh23.fuelScript)])),
    ]
}

extension EverydayTaskSuite {
    /// Correct results in other forms a careful person accepts (a table, another marker, a title,
    /// spacing, another date, time, number or amount format, an aside saying what a value was,
    /// another order, JSON in another shape or key order, a lost final newline, CRLF, paths or file
    /// names for titles, another way to write the same skill or script), at least one per intention
    /// but the delete (2408), which has no other form.
    static let fresh23Alternatives: [(Int, String)] = [
        (
            2401,
            ops(writes: [
                (
                    Fresh23.booster,
                    "| What | Biscuit's annual booster |\n|---|---|\n| Vet | Oakfield Vets |\n| Date | 14/09/2027 |\n| Time | 16:15 |\n| Ref | 60729 |\n"
                )
            ])
        ),
        (2401, ops(writes: [(Fresh23.booster, "Biscuit - booster jabs, Oakfield Vets, Tue Sept 14th 2027 at 4:15pm. Booking #60729")])),
        (
            2401,
            ops(writes: [
                (Fresh23.booster, "# Booster 2027\r\nOakfield Vets\r\n2027-09-14, quarter past four in the afternoon\r\nReference: 60729\r\n")
            ])
        ),
        (2402, ops(writes: [(Fresh23.fiesta, Fresh23.newMOT("MOT due: 11/04/2028"))])),
        (2402, ops(writes: [(Fresh23.fiesta, Fresh23.newMOT("MOT due: 11 April 2028 (was 12 April 2027)"))])),
        (2402, ops(writes: [(Fresh23.fiesta, Fresh23.newMOT("**MOT due:** 11th April 2028").replacingOccurrences(of: "\n", with: "\r\n"))])),
        (2402, ops(writes: [(Fresh23.fiesta, Fresh23.newMOT("MOT due:   2028-04-11").trimmingCharacters(in: .newlines))])),
        (2403, ops(writes: [(Fresh23.bpLog, Fresh23.health[Fresh23.bpLog]! + "- Mon 8 Mar 2027, 07:45: 127 / 81, pulse 64\n")])),
        (2403, ops(writes: [(Fresh23.bpLog, Fresh23.health[Fresh23.bpLog]! + "- 2027-03-08 7:45 am — 127/81 (pulse 64)")])),
        (
            2403,
            ops(writes: [
                (
                    Fresh23.bpLog,
                    (Fresh23.health[Fresh23.bpLog]! + "- Monday 8 March 2027, 7.45 am: 127 over 81, pulse 64\n").replacingOccurrences(
                        of: "\n", with: "\r\n")
                )
            ])
        ),
        (
            2404,
            ops(
                writes: [(Fresh23.taxNew, Fresh23.tax[Fresh23.taxDraft]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/money/tax/self-assessment-draft.md"}"#)
        ),
        (
            2404,
            ops(
                writes: [(Fresh23.taxNew, Fresh23.tax[Fresh23.taxDraft]!.replacingOccurrences(of: "\n", with: "\r\n"))],
                #"{"op":"delete","path":"memory/money/tax/self-assessment-draft.md"}"#)
        ),
        (
            2404,
            ops(
                writes: [(Fresh23.taxNew, Fresh23.tax[Fresh23.taxDraft]!.replacingOccurrences(of: "\n", with: "\n\n"))],
                #"{"op":"delete","path":"memory/money/tax/self-assessment-draft.md"}"#)
        ),
        (
            2405,
            ops(
                writes: [(Fresh23.heronEntry, Fresh23.photos[Fresh23.heron]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/hobbies/photography/ideas/heron-at-dawn.md"}"#)
        ),
        (
            2405,
            ops(
                writes: [(Fresh23.heronEntry, Fresh23.photos[Fresh23.heron]!.replacingOccurrences(of: "\n", with: "\r\n"))],
                #"{"op":"delete","path":"memory/hobbies/photography/ideas/heron-at-dawn.md"}"#)
        ),
        (
            2405,
            ops(
                writes: [(Fresh23.heronEntry, Fresh23.photos[Fresh23.heron]!.replacingOccurrences(of: "\n", with: "\n\n"))],
                #"{"op":"delete","path":"memory/hobbies/photography/ideas/heron-at-dawn.md"}"#)
        ),
        (2406, ops(writes: Fresh23.newVenue(["Elm Rd Community Centre", "the Elm Road Community Centre", "Elm Road community centre"]))),
        (
            2406,
            ops(
                writes: Fresh23.newVenue(["Elm Road Community Centre", "Elm Road Community Centre", "Elm Road Community Centre"]).map {
                    ($0.0, $0.1.replacingOccurrences(of: "\n", with: "\r\n"))
                })
        ),
        (
            2406,
            ops(
                writes: Fresh23.newVenue(["Elm Road Community Centre", "Elm Road Community Center", "Elm Road Community Centre"]).map {
                    ($0.0, $0.1.trimmingCharacters(in: .newlines))
                })
        ),
        (2407, ops(writes: [(Fresh23.cardsNew, Fresh23.cards[Fresh23.cardsOld]!.trimmingCharacters(in: .newlines))])),
        (2407, ops(writes: [(Fresh23.cardsNew, Fresh23.cards[Fresh23.cardsOld]!.replacingOccurrences(of: "\n", with: "\r\n"))])),
        (2407, ops(writes: [(Fresh23.cardsNew, Fresh23.cards[Fresh23.cardsOld]!.replacingOccurrences(of: "\n\n", with: "\n"))])),
        (
            2409,
            ops(writes: [
                (
                    "outputs/car-service-summary.md",
                    "# Fiesta service, March 2027\n\n- Paid £318.40 in total\n- Rear brake pads due within 1,000 miles (about £145)\n- Next service: March 2028 or 48,000 miles\n"
                )
            ])
        ),
        (
            2409,
            ops(writes: [
                (
                    "outputs/car-service-summary.md",
                    "Full service done for 318.40 pounds. Needs new rear brake pads soon. Next one due by 48,000 miles or in a year, whichever comes first."
                )
            ])
        ),
        (
            2409,
            ops(writes: [
                (
                    "outputs/car-service-summary.md",
                    "The service cost £318.40 (parts £171.90, labour £146.50).\r\nThe back brake pads are down to 3 mm and should be replaced soon.\r\nNext service: March 2028.\r\n"
                )
            ])
        ),
        (
            2410,
            ops(writes: [
                (
                    "outputs/my-shifts.md",
                    "# My food bank shifts\n\n| Date | Shift |\n|---|---|\n| Sat 3 April | Morning (9.30–12.30) |\n| Sat 17 April | Afternoon (2–5 pm) |\n| Sat 8 May | Morning (9.30–12.30) |\n"
                )
            ])
        ),
        (2410, ops(writes: [("outputs/my-shifts.md", "03/04 9:30-12:30\n17/04 14:00-17:00\n08/05 9:30-12:30")])),
        (
            2410,
            ops(writes: [
                (
                    "outputs/my-shifts.md",
                    "My shifts:\n- 8 May 2027, morning, with Jo\n- 3 April 2027, morning, with Tom\n- 17 April 2027, afternoon, with Ahmed\n"
                )
            ])
        ),
        (
            2411,
            ops(writes: [
                (
                    "outputs/sow-in-april.md",
                    "# Sow in April\n\n| Seed | Sow |\n|---|---|\n| Carrots | March to July |\n| Beetroot | April to July |\n| Lettuce | March to September |\n| Parsnips | February to April |\n"
                )
            ])
        ),
        (
            2411,
            ops(writes: [
                (
                    "outputs/sow-in-april.md",
                    "memory/garden/seeds/beetroot.md\nmemory/garden/seeds/carrots.md\nmemory/garden/seeds/lettuce.md\nmemory/garden/seeds/parsnips.md"
                )
            ])
        ),
        (
            2411,
            ops(writes: [
                (
                    "outputs/sow-in-april.md",
                    "Seeds to sow in April:\n1. Parsnips (Feb–Apr)\n2. Lettuce (Mar–Sep)\n3. Beetroot (Apr–Jul)\n4. Carrots (Mar–Jul)\n"
                )
            ])
        ),
        (
            2412,
            ops(writes: [
                (
                    "outputs/library-loans.json",
                    "{\"books\": [{\"due_back\": \"24/04/2027\", \"title\": \"Wonder\", \"author\": \"R.J. Palacio\"}, {\"due_back\": \"24/04/2027\", \"title\": \"The Gruffalo\", \"author\": \"Julia Donaldson\"}, {\"due_back\": \"08/05/2027\", \"title\": \"Dog Man\", \"author\": \"Dav Pilkey\"}, {\"due_back\": \"01/05/2027\", \"title\": \"The Midnight Library\", \"author\": \"Matt Haig\"}]}"
                )
            ])
        ),
        (
            2412,
            ops(writes: [
                (
                    "outputs/library-loans.json",
                    "[\r\n  {\"Title\": \"The Gruffalo\", \"Author\": \"Julia Donaldson\", \"Due back\": \"24 April 2027\"},\r\n  {\"Title\": \"Wonder\", \"Author\": \"R. J. Palacio\", \"Due back\": \"24 April 2027\"},\r\n  {\"Title\": \"The Midnight Library\", \"Author\": \"Matt Haig\", \"Due back\": \"1 May 2027\"},\r\n  {\"Title\": \"Dog Man\", \"Author\": \"Dav Pilkey\", \"Due back\": \"8 May 2027\"}\r\n]\r\n"
                )
            ])
        ),
        (2412, ops(writes: [("outputs/library-loans.json", Fresh23.loansJSON.replacingOccurrences(of: "\"due\"", with: "\"due_date\""))])),
        (
            2413,
            ops(writes: [
                (
                    "skills/pet-treatments/SKILL.md",
                    "---\nname: \"pet-treatments\"\ndescription: >\n  Flea and worming treatments coming up for Biscuit and Mochi.\n---\n\n# Pet treatments\n\n1. Read `memory/pets/treatments.md`.\n2. For each treatment, add the interval to the last date to get the next due date.\n3. Keep anything due within seven days from today, and anything overdue.\n4. Write the pet, the treatment and the due date to `outputs/pet-treatments-due.md`.\n"
                )
            ])
        ),
        (
            2413,
            ops(writes: [
                (
                    "skills/pet-treatments/SKILL.md",
                    "---\nname: pet-treatments\ndescription: 'Which flea or worm doses are due in the coming week.'\n---\nLook at memory/pets/treatments.md and list every flea or worming dose that is late or will be due in the coming week, naming the pet. Save the list to outputs/pet-treatments-due.md."
                )
            ])
        ),
        (
            2413,
            ops(writes: [
                (
                    "skills/pet-treatments/SKILL.md",
                    "---\nname: pet-treatments\ndescription: |\n  Weekly check of the pets' flea and worming.\n---\n- Source: memory/pets/treatments.md\n- Next due = last dose + how often it is given\n- Include: due in the next 7 days, or overdue\n- Output: outputs/pet-treatments-due.md, one line per pet and treatment\n"
                )
            ])
        ),
        (
            2414,
            ops(writes: [
                (
                    "memory/car/fuel-report.py",
                    "import pandas as pd\n\ndf = pd.read_csv(\"memory/car/fuel-2027.csv\")\nprint(f\"Total spent: £{df['cost'].sum():.2f}\")\nprint(f\"Average per litre: £{df['cost'].sum() / df['litres'].sum():.3f}\")\n"
                )
            ])
        ),
        (
            2414,
            ops(writes: [
                (
                    "memory/car/fuel-report.py",
                    "from pathlib import Path\n\nlitres = []\ncosts = []\nfor line in Path(\"memory/car/fuel-2027.csv\").read_text().splitlines()[1:]:\n    if not line.strip():\n        continue\n    _, l, c = line.split(\",\")\n    litres.append(float(l))\n    costs.append(float(c))\ntotal = sum(costs)\nprint(\"Total spent:\", round(total, 2))\nprint(\"Average price per litre:\", round(total / sum(litres), 3))\n"
                )
            ])
        ),
        (
            2414,
            ops(writes: [
                (
                    "memory/car/fuel-report.py",
                    "#!/usr/bin/env python3\n\"\"\"Fuel in 2027: the total spend and the average price per litre.\"\"\"\nimport csv\nfrom decimal import Decimal\n\nwith open(\"memory/car/fuel-2027.csv\", newline=\"\") as f:\n    rows = [(Decimal(l), Decimal(c)) for _, l, c in list(csv.reader(f))[1:]]\nspent = sum(c for _, c in rows)\nlitres = sum(l for l, _ in rows)\nprint(f\"Spent £{spent} on {litres} litres, {spent / litres:.3f} a litre\")\n"
                )
            ])
        ),
    ]

    /// Wrong or partial results that the twenty-third fresh part's checks must refuse, at least six per intention.
    static let fresh23NearMisses: [(Int, String)] = [
        (2401, ops(writes: [(Fresh23.booster, Fresh23.boosterNote.replacingOccurrences(of: "60729", with: "60792"))])),
        (2401, ops(writes: [(Fresh23.booster, Fresh23.boosterNote.replacingOccurrences(of: "14 September", with: "14 October"))])),
        (2401, ops(writes: [(Fresh23.booster, Fresh23.boosterNote.replacingOccurrences(of: "14 September", with: "4 September"))])),
        (2401, ops(writes: [(Fresh23.booster, Fresh23.boosterNote.replacingOccurrences(of: "4.15 pm", with: "4.15 am"))])),
        (2401, ops(writes: [(Fresh23.booster, Fresh23.boosterNote.replacingOccurrences(of: "4.15 pm", with: "5.40 pm"))])),
        (2401, ops(writes: [(Fresh23.booster, Fresh23.boosterNote.replacingOccurrences(of: "2027, 4.15", with: "2026, 4.15"))])),
        (2401, ops(writes: [(Fresh23.booster, Fresh23.boosterNote.replacingOccurrences(of: "- Booking ref: 60729\n", with: ""))])),
        (2401, ops(writes: [(Fresh23.booster, Fresh23.boosterNote.replacingOccurrences(of: "- Where: Oakfield Vets\n", with: ""))])),
        (2401, ops(writes: [(Fresh23.booster, Fresh23.boosterNote + "- Last year: ref 88314\n")])),
        (2401, ops(writes: [("memory/pets/biscuit/booster.md", Fresh23.boosterNote)])),
        (
            2401,
            ops(writes: [
                (Fresh23.booster, Fresh23.boosterNote),
                ("memory/pets/biscuit/booster-2026.md", Fresh23.pets["memory/pets/biscuit/booster-2026.md"]! + "Next: see booster-2027.md\n"),
            ])
        ),
        (2401, ops(writes: [(Fresh23.booster, "```markdown\n" + Fresh23.boosterNote + "```\n")])),
        (2402, ops(writes: [(Fresh23.fiesta, Fresh23.newMOT("MOT due: 11 April 2027"))])),
        (2402, ops(writes: [(Fresh23.fiesta, Fresh23.newMOT("MOT due: 12 April 2028"))])),
        (2402, ops(writes: [(Fresh23.fiesta, Fresh23.newMOT("MOT due: 11 March 2028"))])),
        (2402, ops(writes: [(Fresh23.fiesta, Fresh23.car[Fresh23.fiesta]! + "MOT due: 11 April 2028\n")])),
        (2402, ops(writes: [(Fresh23.fiesta, Fresh23.newMOT("MOT due: 11 April 2028 / 12 April 2027"))])),
        (
            2402,
            ops(writes: [
                (
                    Fresh23.fiesta,
                    Fresh23.newMOT("MOT due: 11 April 2028").replacingOccurrences(
                        of: "Insurance renews: 3 June 2027", with: "Insurance renews: 11 April 2028")
                )
            ])
        ),
        (
            2402,
            ops(writes: [
                (Fresh23.fiesta, Fresh23.newMOT("MOT due: 11 April 2028")),
                (
                    "memory/car/corsa-sold.md",
                    Fresh23.car["memory/car/corsa-sold.md"]!.replacingOccurrences(of: "20 April 2027", with: "11 April 2028")
                ),
            ])
        ),
        (
            2402,
            ops(writes: [
                (Fresh23.fiesta, Fresh23.newMOT("MOT due: 11 April 2028")),
                ("memory/car/mot-history.md", Fresh23.car["memory/car/mot-history.md"]! + "- 12 April 2027: pass\n"),
            ])
        ),
        (2402, ops(writes: [(Fresh23.fiesta, "# Ford Fiesta (KX19 LTN)\nMOT due: 11 April 2028\n")])),
        (2402, ops(writes: [(Fresh23.fiesta, "```\n" + Fresh23.newMOT("MOT due: 11 April 2028") + "```\n")])),
        (2402, ops(writes: [(Fresh23.fiesta, Fresh23.newMOT("11 April 2028"))])),
        (2403, ops(writes: [(Fresh23.bpLog, Fresh23.health[Fresh23.bpLog]! + "- Mon 8 Mar 2027, 7.45 am: 81/127, pulse 64\n")])),
        (2403, ops(writes: [(Fresh23.bpLog, Fresh23.health[Fresh23.bpLog]! + "- Mon 8 Mar 2027, 7.45 am: 127/81, pulse 46\n")])),
        (2403, ops(writes: [(Fresh23.bpLog, Fresh23.health[Fresh23.bpLog]! + "- Mon 8 Apr 2027, 7.45 am: 127/81, pulse 64\n")])),
        (2403, ops(writes: [(Fresh23.bpLog, Fresh23.health[Fresh23.bpLog]! + "- Mon 8 Mar 2027, 7.45 pm: 127/81, pulse 64\n")])),
        (2403, ops(writes: [(Fresh23.bpLog, Fresh23.health[Fresh23.bpLog]! + "- Mon 8 Mar 2027, 7.45 am: 127/81\n")])),
        (2403, ops(writes: [(Fresh23.bpLog, Fresh23.health[Fresh23.bpLog]! + "- Mon 8 Mar 2026, 7.45 am: 127/81, pulse 64\n")])),
        (
            2403,
            ops(writes: [
                (
                    Fresh23.bpLog,
                    Fresh23.health[Fresh23.bpLog]!.replacingOccurrences(
                        of: "left arm)\n", with: "left arm)\n- Mon 8 Mar 2027, 7.45 am: 127/81, pulse 64\n")
                )
            ])
        ),
        (
            2403,
            ops(writes: [
                (
                    "memory/health/blood-pressure-2026.md",
                    Fresh23.health["memory/health/blood-pressure-2026.md"]! + "- Mon 8 Mar 2027, 7.45 am: 127/81, pulse 64\n"
                )
            ])
        ),
        (
            2403,
            ops(writes: [
                (
                    Fresh23.bpLog,
                    Fresh23.health[Fresh23.bpLog]!.replacingOccurrences(of: "- Fri 5 Mar 2027, 7.50 am: 131/85, pulse 66\n", with: "")
                        + "- Mon 8 Mar 2027, 7.45 am: 127/81, pulse 64\n"
                )
            ])
        ),
        (
            2403,
            ops(writes: [
                (Fresh23.bpLog, Fresh23.health[Fresh23.bpLog]! + "- Mon 8 Mar 2027, 7.45 am: 127/81, pulse 64 (average so far 130/84)\n")
            ])
        ),
        (2403, ops(writes: [(Fresh23.bpLog, "```\n" + Fresh23.health[Fresh23.bpLog]! + "- Mon 8 Mar 2027, 7.45 am: 127/81, pulse 64\n```\n")])),
        (2404, ops(#"{"op":"move","from":"memory/money/tax/self-assessment-draft.md","to":"memory/money/tax/self-assessment-2026.md"}"#)),
        (2404, ops(#"{"op":"move","from":"memory/money/tax/self-assessment-draft.md","to":"memory/money/tax/self-assessment-2026-27.txt"}"#)),
        (2404, ops(#"{"op":"move","from":"memory/money/tax/self-assessment-draft.md","to":"memory/money/self-assessment-2026-27.md"}"#)),
        (2404, ops(writes: [(Fresh23.taxNew, Fresh23.tax[Fresh23.taxDraft]!)])),
        (2404, ops(#"{"op":"delete","path":"memory/money/tax/self-assessment-draft.md"}"#)),
        (
            2404,
            ops(
                writes: [
                    (
                        Fresh23.taxNew,
                        Fresh23.tax[Fresh23.taxDraft]!.replacingOccurrences(
                            of: "# Self assessment 2026-27 (draft)", with: "# Self assessment 2026-27")
                    )
                ],
                #"{"op":"delete","path":"memory/money/tax/self-assessment-draft.md"}"#)
        ),
        (
            2404,
            ops(
                #"{"op":"move","from":"memory/money/tax/self-assessment-2025-26.md","to":"memory/money/tax/self-assessment-2026-27.md"}"#)
        ),
        (
            2404,
            ops(
                #"{"op":"move","from":"memory/money/tax/self-assessment-draft.md","to":"memory/money/tax/self-assessment-2026-27.md"}"#,
                #"{"op":"move","from":"memory/money/tax/p60-2026.md","to":"memory/money/tax/p60-2025-26.md"}"#)
        ),
        (2404, ops(#"{"op":"move","from":"memory/money/tax/self-assessment-draft.md","to":"memory/money/tax/Self-Assessment-2026-27.md"}"#)),
        (
            2405,
            ops(
                #"{"op":"move","from":"memory/hobbies/photography/ideas/heron-in-flight.md","to":"memory/hobbies/photography/competition-2027/heron-in-flight.md"}"#
            )
        ),
        (2405, ops(writes: [(Fresh23.heronEntry, Fresh23.photos[Fresh23.heron]!)])),
        (
            2405,
            ops(
                #"{"op":"move","from":"memory/hobbies/photography/ideas/heron-at-dawn.md","to":"memory/hobbies/photography/competition-2027/entry.md"}"#
            )
        ),
        (
            2405,
            ops(
                #"{"op":"move","from":"memory/hobbies/photography/ideas/heron-at-dawn.md","to":"memory/hobbies/photography/competition/heron-at-dawn.md"}"#
            )
        ),
        (
            2405,
            ops(
                #"{"op":"move","from":"memory/hobbies/photography/ideas/heron-at-dawn.md","to":"memory/photography/competition-2027/heron-at-dawn.md"}"#
            )
        ),
        (
            2405,
            ops(
                #"{"op":"move","from":"memory/hobbies/photography/ideas/heron-at-dawn.md","to":"memory/hobbies/photography/competition-2027/heron-at-dawn.md"}"#,
                #"{"op":"move","from":"memory/hobbies/photography/ideas/heron-in-flight.md","to":"memory/hobbies/photography/competition-2027/heron-in-flight.md"}"#
            )
        ),
        (2405, ops(#"{"op":"delete","path":"memory/hobbies/photography/ideas/heron-at-dawn.md"}"#)),
        (
            2405,
            ops(
                writes: [(Fresh23.heronEntry, Fresh23.photos[Fresh23.heron]! + "Entered 20 March 2027\n")],
                #"{"op":"delete","path":"memory/hobbies/photography/ideas/heron-at-dawn.md"}"#)
        ),
        (
            2405,
            ops(
                writes: [
                    (
                        "memory/hobbies/photography/competition-2027/rules.md",
                        Fresh23.photos["memory/hobbies/photography/competition-2027/rules.md"]! + "My entry: heron-at-dawn.md\n"
                    )
                ],
                #"{"op":"move","from":"memory/hobbies/photography/ideas/heron-at-dawn.md","to":"memory/hobbies/photography/competition-2027/heron-at-dawn.md"}"#
            )
        ),
        (
            2405,
            ops(
                #"{"op":"move","from":"memory/hobbies/photography/ideas/heron-at-dawn.md","to":"memory/hobbies/photography/ideas/competition-2027/heron-at-dawn.md"}"#
            )
        ),
        (
            2406,
            ops(writes: Array(Fresh23.newVenue(["Elm Road Community Centre", "Elm Road Community Centre", "Elm Road Community Centre"]).prefix(2)))
        ),
        (
            2406,
            ops(
                writes: Fresh23.newVenue(["Elm Road Community Centre", "Elm Road Community Centre", "Elm Road Community Centre"]).map {
                    ($0.0, $0.1.replacingOccurrences(of: "St Mark's Church", with: "Elm Road Community Centre"))
                })
        ),
        (
            2406,
            ops(
                writes: Fresh23.newVenue(["Elm Road Community Centre", "Elm Road Community Centre", "Elm Road Community Centre"]) + [
                    (
                        "memory/choir/2025-term.md",
                        Fresh23.choir["memory/choir/2025-term.md"]!.replacingOccurrences(of: "St Mark's Hall", with: "Elm Road Community Centre")
                    )
                ])
        ),
        (2406, ops(writes: Fresh23.newVenue(["Elm Road Community Centre", "Elm Road Church Hall", "Elm Road Community Centre"]))),
        (
            2406,
            ops(
                writes: Fresh23.newVenue(["Elm Road Community Centre", "Elm Road Community Centre (not St Mark's Hall)", "Elm Road Community Centre"])
            )
        ),
        (
            2406,
            ops(
                writes: Fresh23.newVenue(["Elm Road Community Centre", "Elm Road Community Centre", "Elm Road Community Centre"]).map {
                    $0.0 == "memory/calendar/weekly.md"
                        ? ($0.0, Fresh23.choir[$0.0]! + "- Thu: choir now at Elm Road Community Centre\n") : $0
                })
        ),
        (
            2406,
            ops(
                writes: Fresh23.newVenue(["Elm Road Community Centre", "Elm Road Community Centre", "Elm Road Community Centre"]).map {
                    ($0.0, $0.1.replacingOccurrences(of: ", 7.30 pm", with: ""))
                })
        ),
        (
            2406,
            ops(
                writes: Fresh23.newVenue(["Elm Road Community Centre", "Elm Road Community Centre", "Elm Road Community Centre"]).map {
                    ($0.0, "```\n" + $0.1 + "```\n")
                })
        ),
        (
            2406,
            ops(
                writes: Fresh23.newVenue(["Elm Road Community Centre", "Elm Road Community Centre", "Elm Road Community Centre"]).map {
                    ($0.0, $0.1.replacingOccurrences(of: "- Sat: parkrun\n", with: ""))
                })
        ),
        (2407, ops(#"{"op":"move","from":"memory/family/christmas-cards-2026.md","to":"memory/family/christmas-cards-2027.md"}"#)),
        (2407, ops(writes: [(Fresh23.cardsNew, Fresh23.cards["memory/family/christmas-cards-2025.md"]!)])),
        (2407, ops(writes: [("memory/family/christmas-cards-2027.txt", Fresh23.cards[Fresh23.cardsOld]!)])),
        (2407, ops(writes: [("outputs/christmas-cards-2027.md", Fresh23.cards[Fresh23.cardsOld]!)])),
        (2407, ops(writes: [(Fresh23.cardsNew, "```markdown\n" + Fresh23.cards[Fresh23.cardsOld]! + "```\n")])),
        (
            2407,
            ops(writes: [
                (Fresh23.cardsNew, Fresh23.cards[Fresh23.cardsOld]!.replacingOccurrences(of: "- Mrs Hargreaves (next door but one)\n", with: ""))
            ])
        ),
        (
            2407,
            ops(writes: [
                (Fresh23.cardsNew, Fresh23.cards[Fresh23.cardsOld]!.replacingOccurrences(of: "# Christmas cards", with: "# Christmas cards 2027"))
            ])
        ),
        (2407, ops(writes: [(Fresh23.cardsNew, Fresh23.cards[Fresh23.cardsOld]!.replacingOccurrences(of: "HU1 2AB", with: "HU12AB"))])),
        (
            2407,
            ops(writes: [
                (Fresh23.cardsNew, Fresh23.cards[Fresh23.cardsOld]!),
                (Fresh23.cardsOld, Fresh23.cards[Fresh23.cardsOld]! + "Copied to christmas-cards-2027.md\n"),
            ])
        ),
        (
            2407,
            ops(writes: [(Fresh23.cardsNew, Fresh23.cards[Fresh23.cardsOld]! + "- Mr and Mrs Bell (moved away)\n")])
        ),
        (2408, ops(#"{"op":"delete","path":"memory/health/appointments/dentist-2027-04-20.md"}"#)),
        (2408, ops(#"{"op":"delete","path":"memory/health/appointments/hygienist-2027-04-06.md"}"#)),
        (
            2408,
            ops(
                #"{"op":"delete","path":"memory/health/appointments/dentist-2027-04-06.md"}"#,
                #"{"op":"delete","path":"memory/health/appointments/hygienist-2027-04-06.md"}"#)
        ),
        (2408, ops(writes: [(Fresh23.cancelled, "")])),
        (
            2408,
            ops(
                #"{"op":"move","from":"memory/health/appointments/dentist-2027-04-06.md","to":"memory/health/appointments/cancelled/dentist-2027-04-06.md"}"#
            )
        ),
        (
            2408,
            ops(
                writes: [
                    (
                        "memory/health/appointments/dentist-2027-04-20.md",
                        Fresh23.appointments["memory/health/appointments/dentist-2027-04-20.md"]! + "(Rebooked from 6 April.)\n"
                    )
                ],
                #"{"op":"delete","path":"memory/health/appointments/dentist-2027-04-06.md"}"#)
        ),
        (2408, ops(writes: [(Fresh23.cancelled, "# Dentist\nCANCELLED\n")])),
        (
            2408,
            ops(
                #"{"op":"delete","path":"memory/health/appointments/dentist-2027-04-06.md"}"#,
                #"{"op":"delete","path":"memory/health/appointments/optician-2027-05-11.md"}"#)
        ),
        (2409, ops(writes: [("outputs/car-service-summary.md", Fresh23.serviceReport)])),
        (2409, ops(writes: [("outputs/car-service-summary.md", Fresh23.serviceSummary.replacingOccurrences(of: "£318.40", with: "£381.40"))])),
        (2409, ops(writes: [("outputs/car-service-summary.md", Fresh23.serviceSummary.replacingOccurrences(of: "£318.40", with: "£189.00"))])),
        (2409, ops(writes: [("outputs/car-service-summary.md", Fresh23.serviceSummary.replacingOccurrences(of: "rear brake", with: "front brake"))])),
        (
            2409,
            ops(writes: [
                (
                    "outputs/car-service-summary.md",
                    Fresh23.serviceSummary.replacingOccurrences(of: "March 2028 or at 48,000 miles", with: "March 2027")
                )
            ])
        ),
        (
            2409,
            ops(writes: [
                (
                    "outputs/car-service-summary.md",
                    "The Fiesta's full service on 16 March 2027 cost £318.40. The next service is due in March 2028 or at 48,000 miles.\n"
                )
            ])
        ),
        (
            2409,
            ops(writes: [
                (
                    "outputs/car-service-summary.md",
                    "The Fiesta had a full service on 16 March 2027. The rear brake pads need replacing within 1,000 miles. The next service is due in March 2028 or at 48,000 miles.\n"
                )
            ])
        ),
        (
            2409,
            ops(writes: [
                (
                    "outputs/car-service-summary.md",
                    "On 16 March 2027 Hartley Road Garage gave the Fiesta a full service at 38,412 miles: oil and filter, air filter and pollen filter, new brake fluid and new wiper blades. It cost £318.40 in all, £171.90 of parts and £146.50 of labour. The rear brake pads are at 3 mm and need replacing within the next 1,000 miles, for £145 fitted, and the front nearside tyre should be watched. The next service is due in March 2028 or at 48,000 miles.\n"
                )
            ])
        ),
        (2409, ops(writes: [("outputs/car-service-summary.md", "```\n" + Fresh23.serviceSummary + "```\n")])),
        (2409, ops(writes: [("memory/car/service-summary.md", Fresh23.serviceSummary)])),
        (
            2409,
            ops(writes: [
                (
                    "outputs/car-service-summary.md",
                    Fresh23.serviceSummary + "Last year's interim service was £189.00.\n"
                )
            ])
        ),
        (
            2410,
            ops(writes: [
                (
                    "outputs/my-shifts.md",
                    "- Sat 3 Apr: morning\n- Sat 3 Apr: afternoon\n- Sat 10 Apr: morning\n- Sat 17 Apr: afternoon\n- Sat 1 May: afternoon\n- Sat 8 May: morning\n"
                )
            ])
        ),
        (2410, ops(writes: [("outputs/my-shifts.md", "- Sat 3 Apr: morning\n- Sat 17 Apr: afternoon\n")])),
        (2410, ops(writes: [("outputs/my-shifts.md", "- Sat 3 Apr: morning\n- Sat 17 Apr: morning\n- Sat 8 May: morning\n")])),
        (2410, ops(writes: [("outputs/my-shifts.md", "- Sat 3 Apr: afternoon\n- Sat 17 Apr: afternoon\n- Sat 8 May: morning\n")])),
        (2410, ops(writes: [("outputs/my-shifts.md", "- Sat 3 Apr\n- Sat 17 Apr\n- Sat 8 May\n")])),
        (
            2410,
            ops(writes: [("outputs/my-shifts.md", "- Sat 20 Mar: morning\n- Sat 3 Apr: morning\n- Sat 17 Apr: afternoon\n- Sat 8 May: morning\n")])
        ),
        (2410, ops(writes: [("outputs/my-shifts.md", "I'm on the morning of 3 April, the afternoon of 17 April and the morning of 8 May.\n")])),
        (2410, ops(writes: [("outputs/my-shifts.md", "```\n- Sat 3 Apr: morning\n- Sat 17 Apr: afternoon\n- Sat 8 May: morning\n```\n")])),
        (2410, ops(writes: [("memory/volunteering/my-shifts.md", "- Sat 3 Apr: morning\n- Sat 17 Apr: afternoon\n- Sat 8 May: morning\n")])),
        (2410, ops(writes: [("outputs/my-shifts.md", "- Sat 3 Apr: morning\n- Sat 17 Apr: afternoon\n- Sat 1 May: afternoon\n")])),
        (
            2410,
            ops(writes: [
                ("outputs/my-shifts.md", "- Sat 3 Apr: morning\n- Sat 17 Apr: afternoon\n- Sat 8 May: morning\n- Priyanka: 3 Apr, 10 Apr, 1 May\n")
            ])
        ),
        (2411, ops(writes: [("outputs/sow-in-april.md", "- Carrots\n- Beetroot\n- Lettuce\n- Parsnips\n- Peas\n")])),
        (2411, ops(writes: [("outputs/sow-in-april.md", "- Carrots\n- Beetroot\n- Lettuce\n")])),
        (2411, ops(writes: [("outputs/sow-in-april.md", "- Carrots\n- Beetroot\n- Lettuce\n- Parsnips\n- Runner beans\n")])),
        (2411, ops(writes: [("outputs/sow-in-april.md", "- Carrots\n- Lettuce\n- Parsnips\n- Sweet peas\n")])),
        (2411, ops(writes: [("outputs/sow-in-april.md", "Carrots, beetroot, lettuce and parsnips can all be sown in April.\n")])),
        (2411, ops(writes: [("outputs/sow-in-april.md", "```\n- Carrots\n- Beetroot\n- Lettuce\n- Parsnips\n```\n")])),
        (2411, ops(writes: [("memory/garden/sow-in-april.md", "- Carrots\n- Beetroot\n- Lettuce\n- Parsnips\n")])),
        (2411, ops(writes: [("outputs/sow-in-april.md", "- Carrots\n- Beetroot\n- Lettuce\n- Parsnips\n- Carrots\n")])),
        (
            2411,
            ops(writes: [
                (
                    "outputs/sow-in-april.md",
                    "beetroot.md\ncarrots.md\nkale.md\nlettuce.md\nparsnips.md\nrunner-beans.md\nsweet-peas.md\n"
                )
            ])
        ),
        (2411, ops(writes: [("outputs/sow-in-april.md", "- Carrots\n- Beetroot\n- Lettuce\n- Parsnips\n- Spinach\n")])),
        (
            2412,
            ops(writes: [
                (
                    "outputs/library-loans.json",
                    "| Title | Author | Due back |\n|---|---|---|\n| The Gruffalo | Julia Donaldson | 24 April 2027 |\n| Wonder | R. J. Palacio | 24 April 2027 |\n| The Midnight Library | Matt Haig | 1 May 2027 |\n| Dog Man | Dav Pilkey | 8 May 2027 |\n"
                )
            ])
        ),
        (
            2412,
            ops(writes: [
                (
                    "outputs/library-loans.json",
                    Fresh23.loansJSON.replacingOccurrences(
                        of: "\n]", with: ",\n  {\"title\": \"Matilda\", \"author\": \"Roald Dahl\", \"due\": \"2027-03-27\"}\n]")
                )
            ])
        ),
        (
            2412,
            ops(writes: [
                (
                    "outputs/library-loans.json",
                    Fresh23.loansJSON.replacingOccurrences(
                        of: ",\n  {\"title\": \"Dog Man\", \"author\": \"Dav Pilkey\", \"due\": \"2027-05-08\"}", with: "")
                )
            ])
        ),
        (
            2412,
            ops(writes: [
                (
                    "outputs/library-loans.json",
                    Fresh23.loansJSON.replacingOccurrences(
                        of: "\"Wonder\", \"author\": \"R. J. Palacio\", \"due\": \"2027-04-24\"",
                        with: "\"Wonder\", \"author\": \"R. J. Palacio\", \"due\": \"2027-05-01\"")
                )
            ])
        ),
        (
            2412,
            ops(writes: [
                (
                    "outputs/library-loans.json",
                    "[\"The Gruffalo\", \"Wonder\", \"The Midnight Library\", \"Dog Man\"]\n"
                )
            ])
        ),
        (
            2412,
            ops(writes: [
                (
                    "outputs/library-loans.json",
                    "[\n  {\"title\": \"The Gruffalo\", \"due\": \"2027-04-24\"},\n  {\"title\": \"Wonder\", \"due\": \"2027-04-24\"},\n  {\"title\": \"The Midnight Library\", \"due\": \"2027-05-01\"},\n  {\"title\": \"Dog Man\", \"due\": \"2027-05-08\"}\n]\n"
                )
            ])
        ),
        (2412, ops(writes: [("outputs/library-loans.json", "```json\n" + Fresh23.loansJSON + "```\n")])),
        (2412, ops(writes: [("memory/family/library-loans.json", Fresh23.loansJSON)])),
        (
            2412,
            ops(writes: [
                (
                    "outputs/library-loans.json",
                    "title,author,due\nThe Gruffalo,Julia Donaldson,2027-04-24\nWonder,R. J. Palacio,2027-04-24\nThe Midnight Library,Matt Haig,2027-05-01\nDog Man,Dav Pilkey,2027-05-08\n"
                )
            ])
        ),
        (2412, ops(writes: [("outputs/library-loans.json", Fresh23.loansJSON.replacingOccurrences(of: "2027-", with: "2026-"))])),
        (
            2412,
            ops(writes: [
                (
                    "outputs/library-loans.json",
                    Fresh23.loansJSON.replacingOccurrences(of: "\"Matt Haig\"", with: "\"Julia Donaldson\"")
                )
            ])
        ),
        (
            2413,
            ops(writes: [
                (
                    "skills/pet-treatments/SKILL.md",
                    "# Pet treatments\nRead memory/pets/treatments.md and write the flea and worming treatments due in the next 7 days or overdue to outputs/pet-treatments-due.md.\n"
                )
            ])
        ),
        (
            2413,
            ops(writes: [
                (
                    "skills/pet-treatments/SKILL.md",
                    Fresh23.treatmentSkill.replacingOccurrences(of: "name: pet-treatments", with: "name: Pet Treatments")
                )
            ])
        ),
        (2413, ops(writes: [("skills/pet-treatments.md", Fresh23.treatmentSkill)])),
        (
            2413,
            ops(writes: [
                (
                    "skills/pet-treatments/SKILL.md",
                    Fresh23.treatmentSkill.replacingOccurrences(
                        of: "description: Say which pets' flea or worming treatments are due this week.\n", with: "")
                )
            ])
        ),
        (
            2413,
            ops(writes: [
                (
                    "skills/pet-treatments/SKILL.md",
                    Fresh23.treatmentSkill.replacingOccurrences(of: "outputs/pet-treatments-due.md", with: "outputs/pets.md")
                )
            ])
        ),
        (
            2413,
            ops(writes: [
                ("skills/pet-treatments/SKILL.md", Fresh23.treatmentSkill.replacingOccurrences(of: "in the next 7 days", with: "in the next 14 days"))
            ])
        ),
        (
            2413,
            ops(writes: [
                (
                    "skills/pet-treatments/SKILL.md",
                    Fresh23.treatmentSkill.replacingOccurrences(of: " and any that are overdue", with: "")
                )
            ])
        ),
        (
            2413,
            ops(writes: [
                (
                    "skills/pet-treatments/SKILL.md",
                    Fresh23.treatmentSkill.replacingOccurrences(of: "memory/pets/treatments.md", with: "memory/pets/biscuit/food.md")
                )
            ])
        ),
        (2413, ops(writes: [("skills/pet-treatments/SKILL.md", "```markdown\n" + Fresh23.treatmentSkill + "```\n")])),
        (
            2413,
            ops(writes: [
                ("skills/pet-treatments/SKILL.md", Fresh23.treatmentSkill),
                ("skills/weekly-shop/SKILL.md", Fresh23.shopSkill + "Add any flea drops from the pet-treatments skill.\n"),
            ])
        ),
        (
            2413,
            ops(writes: [
                (
                    "skills/weekly-shop/SKILL.md",
                    Fresh23.shopSkill
                        + "\n## Pets\nRead memory/pets/treatments.md and write the flea and worming treatments due in the next 7 days or overdue to outputs/pet-treatments-due.md.\n"
                )
            ])
        ),
        (
            2414,
            ops(writes: [
                ("memory/car/fuel-report.py", Fresh23.fuelScript.replacingOccurrences(of: "fuel-2027.csv", with: "fuel-2026.csv"))
            ])
        ),
        (
            2414,
            ops(writes: [
                (
                    "memory/car/fuel-report.py",
                    Fresh23.fuelScript.replacingOccurrences(
                        of: "with open(\"memory/car/fuel-2027.csv\") as f:\n    for row in csv.DictReader(f):\n        total_cost",
                        with:
                            "for name in [\"memory/car/fuel-2026.csv\", \"memory/car/fuel-2027.csv\"]:\n  with open(name) as f:\n    for row in csv.DictReader(f):\n        total_cost"
                    )
                )
            ])
        ),
        (
            2414,
            ops(writes: [
                (
                    "memory/car/fuel-report.py",
                    Fresh23.fuelScript.replacingOccurrences(
                        of: "print(f\"Average price per litre: £{total_cost / total_litres:.3f}\")\n",
                        with: "print(f\"Litres: {total_litres:.1f}\")\n")
                )
            ])
        ),
        (
            2414,
            ops(writes: [
                (
                    "memory/car/fuel-report.py",
                    "import csv\n\nwith open(\"memory/car/fuel-2027.csv\") as f:\n    rows = list(csv.DictReader(f))\nlast = rows[-1]\nprint(\"Last fill:\", float(last[\"cost\"]))\nprint(\"Per litre:\", float(last[\"cost\"]) / float(last[\"litres\"]))\n"
                )
            ])
        ),
        (
            2414,
            ops(writes: [
                (
                    "memory/car/fuel-report.py",
                    Fresh23.fuelScript.replacingOccurrences(of: "print(f\"Total spent on fuel in 2027: £{total_cost:.2f}\")\n", with: "")
                        .replacingOccurrences(
                            of: "print(f\"Average price per litre: £{total_cost / total_litres:.3f}\")\n",
                            with: "print(f\"{total_cost / total_litres:.3f}\")\n")
                )
            ])
        ),
        (
            2414,
            ops(writes: [
                (
                    "memory/car/fuel-report.py",
                    Fresh23.fuelScript + "with open(\"memory/car/fuel-2027.csv\", \"a\") as out:\n    out.write(f\"total,,{total_cost:.2f}\\n\")\n"
                )
            ])
        ),
        (2414, ops(writes: [("memory/car/fuel-report.py", "```python\n" + Fresh23.fuelScript + "```\n")])),
        (
            2414,
            ops(writes: [
                (
                    "memory/car/fuel-report.py",
                    Fresh23.fuelScript.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "# \($0)" }.joined(
                        separator: "\n")
                )
            ])
        ),
        (
            2414,
            ops(writes: [
                (
                    "memory/car/fuel-report.py",
                    "#!/bin/sh\nawk -F, 'NR > 1 { c += $3; l += $2 } END { print c, c / l }' memory/car/fuel-2027.csv\n"
                )
            ])
        ),
        (2414, ops(writes: [("outputs/fuel-report.py", Fresh23.fuelScript)])),
        (2414, ops(writes: [("memory/car/fuel-report.py", Fresh23.fuelScript.replacingOccurrences(of: "float(", with: "int("))])),
    ]
}

/// The twenty-third fresh part's fixtures and the helpers its checks share.
private enum Fresh23 {
    static let booster = "memory/pets/biscuit/booster-2027.md"
    static let pets: [String: String] = [
        "memory/pets/biscuit/booster-2026.md":
            "# Biscuit's booster 2026\nThursday 10 September 2026, 5.40 pm at Oakfield Vets\nRef 88314\nCost £58\n",
        "memory/pets/biscuit/food.md": "# Biscuit's food\nBurns Original, 2 scoops a day, split morning and evening\n",
        "memory/pets/vets.md": "# Vets\nOakfield Vets, 01632 960455, open till 7 pm on weekdays\n",
    ]
    static let boosterNote = "# Biscuit's booster 2027\n- Where: Oakfield Vets\n- When: Tuesday 14 September 2027, 4.15 pm\n- Booking ref: 60729\n"

    static let fiesta = "memory/car/fiesta.md"
    static let motLine = "MOT due: 12 April 2027"
    static let car: [String: String] = [
        fiesta:
            "# Ford Fiesta (KX19 LTN)\n\(motLine)\nInsurance renews: 3 June 2027 (Admiral, policy P-448120)\nRoad tax: paid monthly by direct debit\nTyre pressures: 33 psi front, 30 psi rear\n",
        "memory/car/corsa-sold.md": "# Vauxhall Corsa (sold in 2026)\nMOT due: 20 April 2027\nSold to a dealer for £1,900\n",
        "memory/car/mot-history.md": "# Fiesta MOT history\n- 13 April 2026: pass (advisory: rear tyre wearing)\n- 9 April 2025: pass\n",
    ]
    /// The Fiesta's note with its MOT line written `line`.
    static func newMOT(_ line: String) -> String {
        car[fiesta]!.replacingOccurrences(of: motLine, with: line)
    }

    static let bpLog = "memory/health/blood-pressure.md"
    static let health: [String: String] = [
        bpLog:
            "# Blood pressure (home monitor, left arm)\n- Mon 1 Mar 2027, 7.40 am: 134/86, pulse 68\n- Wed 3 Mar 2027, 7.35 am: 129/83, pulse 71\n- Fri 5 Mar 2027, 7.50 am: 131/85, pulse 66\n",
        "memory/health/blood-pressure-2026.md": "# Blood pressure 2026\n- 8 Mar 2026, 7.45 am: 141/90, pulse 72\n",
        "memory/health/gp-letter.md":
            "# From Dr Moreno\nAim for below 135/85 at home. Two weeks of morning readings before the review on 22 March.\n",
    ]

    static let taxDraft = "memory/money/tax/self-assessment-draft.md"
    static let taxNew = "memory/money/tax/self-assessment-2026-27.md"
    static let tax: [String: String] = [
        taxDraft:
            "# Self assessment 2026-27 (draft)\nTax year 6 April 2026 to 5 April 2027\nRental income: £7,800\nAllowable expenses: £1,240\nFile online by 31 January 2028\n",
        "memory/money/tax/self-assessment-2025-26.md": "# Self assessment 2025-26 (filed)\nFiled 18 January 2027\nRental income: £7,200\n",
        "memory/money/tax/p60-2026.md": "# P60 2025-26\nPay £31,450, tax £3,776\n",
    ]

    static let heron = "memory/hobbies/photography/ideas/heron-at-dawn.md"
    static let heronEntry = "memory/hobbies/photography/competition-2027/heron-at-dawn.md"
    static let photos: [String: String] = [
        heron: "# Heron at dawn\nShot 2 March 2027 at Fairburn Ings, 400 mm, 1/2000 s, f/6.3, ISO 1600\nEdited: cropped, warmed slightly\n",
        "memory/hobbies/photography/ideas/heron-in-flight.md": "# Heron in flight\nShot 2 March 2027, a bit soft, maybe try again\n",
        "memory/hobbies/photography/ideas/bluebells.md": "# Bluebells\nWait for late April, Middleton Woods\n",
        "memory/hobbies/photography/competition-2027/rules.md": "# Club competition 2027: Wildlife\nOne entry per member, closes 31 March\n",
    ]

    static let venueNotes = ["memory/choir/rehearsals.md", "memory/choir/welcome-pack.md", "memory/calendar/weekly.md"]
    /// The line of each of `venueNotes` that names the old hall.
    static let venueLines = [
        "Thursdays 7.30 to 9.30 pm at St Mark's Hall", "We rehearse on Thursday evenings at St Mark's Hall.",
        "- Thu: choir, St Mark's Hall, 7.30 pm",
    ]
    static let choir: [String: String] = [
        "memory/choir/rehearsals.md": "# Rehearsals\n\(venueLines[0])\nBring your folder and a pencil\n",
        "memory/choir/welcome-pack.md":
            "# Welcome to Harbour Voices\n\(venueLines[1])\nSubs are £15 a month.\nSummer concert: Saturday 3 July at St Mark's Church\n",
        "memory/calendar/weekly.md": "# Every week\n- Mon: bins out\n- Tue: Pilates, 6 pm\n\(venueLines[2])\n- Sat: parkrun\n",
        "memory/choir/2025-term.md": "# Autumn term 2025\nRehearsals at St Mark's Hall, first night 11 September\n",
    ]
    /// The three notes with the old hall written `venues[0]`, `venues[1]` and `venues[2]` on its line.
    static func newVenue(_ venues: [String]) -> [(String, String)] {
        zip(venueNotes, zip(venueLines, venues)).map { path, pair in
            (path, choir[path]!.replacingOccurrences(of: pair.0, with: pair.0.replacingOccurrences(of: "St Mark's Hall", with: pair.1)))
        }
    }

    static let cardsOld = "memory/family/christmas-cards-2026.md"
    static let cardsNew = "memory/family/christmas-cards-2027.md"
    static let cards: [String: String] = [
        cardsOld:
            "# Christmas cards\n\n- Auntie Pat and Geoff, 14 Ferry Road, Hull HU1 2AB\n- The Osei family, 7 Linden Close, Leeds LS6 4QT\n- Mrs Hargreaves (next door but one)\n- Uncle Dev, 22 Marine Parade, Whitby YO21 3PR\n- Grandma Joan, Rowan House care home, room 12\n",
        "memory/family/christmas-cards-2025.md": "# Christmas cards\n\n- Auntie Pat and Geoff\n- Mr and Mrs Bell (moved away)\n",
        "memory/family/presents-2026.md": "# Presents 2026\n- Ella: art set\n- Jack: football boots\n",
    ]

    static let cancelled = "memory/health/appointments/dentist-2027-04-06.md"
    static let appointments: [String: String] = [
        cancelled: "# Dentist\nTuesday 6 April 2027, 10.20 am, Dr Malik\nCancelled by the practice, moved to 20 April\n",
        "memory/health/appointments/dentist-2027-04-20.md": "# Dentist\nTuesday 20 April 2027, 2.40 pm, Dr Malik\nCheck-up, scale and polish\n",
        "memory/health/appointments/hygienist-2027-04-06.md": "# Hygienist\nTuesday 6 April 2027, 11 am\nStill on\n",
        "memory/health/appointments/optician-2027-05-11.md": "# Optician\nTuesday 11 May 2027, 9 am, eye test\n",
    ]

    static let serviceReport = """
        # Service report: Ford Fiesta KX19 LTN
        Hartley Road Garage, 16 March 2027, mileage 38,412

        Work done: full service (oil and filter, air filter, pollen filter), brake fluid changed, wiper blades replaced.

        Advisories:
        - Rear brake pads at 3 mm: replace within the next 1,000 miles. Quote: £145 fitted.
        - Front nearside tyre at 3.5 mm: keep an eye on it.

        Total paid: £318.40 (parts £171.90, labour £146.50)

        Next service due: March 2028 or at 48,000 miles, whichever comes first.

        """
    static let service: [String: String] = [
        "memory/car/service-2027-03.md": serviceReport,
        "memory/car/service-2026-03.md":
            "# Service report\nHartley Road Garage, 11 March 2026\nInterim service. Total paid: £189.00\nNext service due: March 2027\n",
        "memory/car/garage.md": "# Garage\nHartley Road Garage, ask for Gemma\n",
    ]
    static let serviceSummary =
        "The Fiesta's full service on 16 March 2027 cost £318.40. The rear brake pads need replacing within 1,000 miles (quoted £145). The next service is due in March 2028 or at 48,000 miles.\n"

    static let rota: [String: String] = [
        "memory/volunteering/foodbank-rota.md":
            "# Food bank rota, April and early May 2027\nMorning shift 9.30 am to 12.30 pm, afternoon shift 2 to 5 pm\n\n- Sat 3 Apr, morning: Priya, Tom\n- Sat 3 Apr, afternoon: Priyanka, Ahmed\n- Sat 10 Apr, morning: Jo, Priyanka\n- Sat 17 Apr, afternoon: Priya, Ahmed\n- Sat 24 Apr, morning: Tom, Jo\n- Sat 1 May, afternoon: Priyanka, Tom\n- Sat 8 May, morning: Priya, Jo\n",
        "memory/volunteering/foodbank-rota-march.md":
            "# Food bank rota, March 2027\n- Sat 20 Mar, morning: Priya, Ahmed\n- Sat 27 Mar, afternoon: Jo, Tom\n",
        "memory/volunteering/foodbank.md": "# Food bank\nSt Anne's, Church Street. Ring Helen if you can't make a shift.\n",
    ]

    static let seeds: [String: String] = [
        "memory/garden/seeds/carrots.md": "# Carrots (Nantes 2)\nSow: March to July\nRows 15 cm apart\n",
        "memory/garden/seeds/beetroot.md": "# Beetroot (Boltardy)\nSow: April to July\n",
        "memory/garden/seeds/runner-beans.md": "# Runner beans\nSow: May to June\n",
        "memory/garden/seeds/lettuce.md": "# Lettuce (Little Gem)\nSow: March to September\n",
        "memory/garden/seeds/parsnips.md": "# Parsnips\nSow: February to April\n",
        "memory/garden/seeds/kale.md": "# Kale (Nero di Toscana)\nSow: May to July\n",
        "memory/garden/seeds/sweet-peas.md": "# Sweet peas\nSow: October to November, or January to March\n",
        "memory/garden/seeds-to-buy.md": "# Seeds to buy\n- Peas (sow April to June)\n- Spinach (sow March to May)\n",
    ]

    static let library: [String: String] = [
        "memory/family/library-loans.md":
            "# Library books\n\n## Still out\n\n| Title | Author | Due back |\n|---|---|---|\n| The Gruffalo | Julia Donaldson | 24 April 2027 |\n| Wonder | R. J. Palacio | 24 April 2027 |\n| The Midnight Library | Matt Haig | 1 May 2027 |\n| Dog Man | Dav Pilkey | 8 May 2027 |\n\n## Returned\n\n| Title | Author | Returned |\n|---|---|---|\n| Matilda | Roald Dahl | 27 March 2027 |\n| Hamnet | Maggie O'Farrell | 27 March 2027 |\n",
        "memory/family/library-cards.md": "# Library cards\nMine and Ella's, both at Headingley library\n",
    ]
    static let loansJSON = """
        [
          {"title": "The Gruffalo", "author": "Julia Donaldson", "due": "2027-04-24"},
          {"title": "Wonder", "author": "R. J. Palacio", "due": "2027-04-24"},
          {"title": "The Midnight Library", "author": "Matt Haig", "due": "2027-05-01"},
          {"title": "Dog Man", "author": "Dav Pilkey", "due": "2027-05-08"}
        ]

        """

    static let shopSkill =
        "---\nname: weekly-shop\ndescription: Build the weekly shopping list from the meal plan.\n---\nRead outputs/meal-plan.md and write what to buy to outputs/shopping.md.\n"
    static let treatments: [String: String] = [
        "skills/README.md": "Skills are folders in skills/, each with a SKILL.md that has a name and a description at the top.\n",
        "skills/weekly-shop/SKILL.md": shopSkill,
        "memory/pets/treatments.md":
            "# Flea and worming\n- Biscuit (dog): flea drops monthly, last 2 March 2027; wormer every 3 months, last 10 January 2027\n- Mochi (cat): flea drops monthly, last 20 February 2027; wormer every 3 months, last 20 February 2027\n",
    ]
    static let treatmentSkill =
        "---\nname: pet-treatments\ndescription: Say which pets' flea or worming treatments are due this week.\n---\nRead memory/pets/treatments.md.\nFor each pet, work out when each flea and worming treatment is next due from the last dose and how often it is given.\nKeep the ones due in the next 7 days and any that are overdue.\nWrite them, with the pet's name and the date, to outputs/pet-treatments-due.md.\n"

    static let fuel: [String: String] = [
        "memory/car/fuel-2027.csv":
            "date,litres,cost\n2027-01-04,38.2,55.02\n2027-01-21,35.6,51.62\n2027-02-09,40.1,57.34\n2027-02-27,36.8,53.73\n2027-03-15,39.4,58.31\n",
        "memory/car/fuel-2026.csv": "date,litres,cost\n2026-12-10,37.9,53.82\n2026-12-29,41.0,57.40\n",
        "memory/car/fiesta-notes.md": "# Fiesta\nFuel: unleaded (E10 is fine), tank 42 litres\n",
    ]
    static let fuelScript =
        "import csv\n\ntotal_cost = 0.0\ntotal_litres = 0.0\nwith open(\"memory/car/fuel-2027.csv\") as f:\n    for row in csv.DictReader(f):\n        total_cost += float(row[\"cost\"])\n        total_litres += float(row[\"litres\"])\nprint(f\"Total spent on fuel in 2027: £{total_cost:.2f}\")\nprint(f\"Average price per litre: £{total_cost / total_litres:.3f}\")\n"

    /// The day numbers `text` (lowercase) gives in the month starting `month` ("sep"), day first or
    /// month first ("14 September", "Sept 14th", "14/09"), a time or a year after the month's name aside.
    static func days(_ text: String, _ month: String, _ number: Int) -> [Int] {
        (Judge.found(text, #"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?\#(month)"#)
            + Judge.found(text, #"\b\#(month)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:am|pm|a\.m|p\.m|[.:]\d))"#)
            + Judge.found(text, #"\b(\d{1,2})[./]0?\#(number)\b"#)).compactMap { Int($0) }
    }

    /// The amounts in pounds `text` (lowercase) gives, commas removed: "£318.40", "145 pounds".
    static func amounts(_ text: String) -> [Double] {
        (Judge.found(text, #"£\s*(\d[\d,]*(?:\.\d+)?)"#) + Judge.found(text, #"\b(\d[\d,]*(?:\.\d+)?)\s*(?:gbp|pounds?|quid)\b"#)).compactMap {
            Double($0.replacingOccurrences(of: ",", with: ""))
        }
    }

    /// `line` with an aside saying what a value was ("(was …)", "previously …") taken out.
    static func withoutAside(_ line: String) -> String {
        line.replacingOccurrences(
            of: #"\(?\b(was|previously|formerly|passed|used to be|changed from|instead of)\b[^)]*\)?"#, with: " ",
            options: [.regularExpression, .caseInsensitive])
    }

    /// The words (runs of letters, lowercase) of `text`.
    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
    }

    /// Whether `text` gives the booster: at Oakfield Vets on 14 September (a year, if given, 2027), at
    /// 4.15 in the afternoon (16:15 or quarter past four pass), reference 60729, and no other date,
    /// time or number (last year's booster's aside).
    static func isBooster(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let low = t.lowercased()
        let clocks = Judge.found(low, #"(?<![\d.:/])(\d{1,2}[.:]\d{2})(?![\d.:/])"#)
        let time =
            clocks.isEmpty
            ? Judge.has(low, #"quarter past four"#) : clocks.allSatisfy { ["4.15", "04.15", "4:15", "04:15", "16.15", "16:15"].contains($0) }
        let numbers = Judge.found(low, #"(?<!\d)(\d{4,})(?!\d)"#)
        return Judge.has(low, #"booster|vaccin|\bjabs?\b"#) && low.contains("oakfield") && Judge.hasDate(low, day: 14, month: 9)
            && days(low, "sep", 9).allSatisfy { $0 == 14 } && time && !Judge.has(low, #"\d\s*a\.?m\b|\bam\b|morning"#)
            && numbers.contains("60729") && numbers.allSatisfy { ["60729", "2027"].contains($0) }
    }

    /// Whether `text` is the Fiesta's note with only its MOT line changed: due 11 April 2028 (another
    /// date format, bold or an aside saying what it was pass), the label kept, the rest as it was.
    static func isMOT(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(car[fiesta])
        let got = Judge.lines(t)
        guard got.count == want.count, let i = want.firstIndex(of: motLine) else { return false }
        let said = withoutAside(got[i]).lowercased()
        return Judge.hasDate(said, day: 11, month: 4) && Judge.found(said, #"\b(\d{4})\b"#) == ["2028"]
            && days(said, "apr", 4).allSatisfy { $0 == 11 }
            && words(said).isSuperset(of: ["mot", "due"]) && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
    }

    /// Whether `text` is the blood pressure log as it was with one more last line: 8 March (a year,
    /// if given, 2027), 7.45 in the morning, 127/81, pulse 64, and no other number.
    static func isBloodPressure(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(health[bpLog])
        let got = Judge.lines(t)
        guard got.count == want.count + 1, Array(got.prefix(want.count)) == want, let last = got.last?.lowercased() else { return false }
        let numbers = Judge.found(last, #"(\d+)"#).compactMap { Int($0) }
        return Judge.hasDate(last, day: 8, month: 3) && Judge.has(last, #"\b127\s*(/|over)\s*81\b"#) && Judge.has(last, #"\b64\b"#)
            && Judge.has(last, #"\b0?7[.:]45\b"#) && !Judge.has(last, #"\bpm\b|p\.m|evening"#)
            && numbers.allSatisfy { [8, 3, 2027, 7, 45, 127, 81, 64].contains($0) }
    }

    /// Whether `text` is the note at `path` with only the line naming the old hall changed: Elm Road
    /// Community Centre there now, St Mark's gone from it, every other word of the line kept.
    static func hasNewVenue(_ text: String?, _ path: String) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(choir[path])
        let got = Judge.lines(t)
        guard got.count == want.count, let i = want.firstIndex(where: { venueLines.contains($0) }) else { return false }
        let said = got[i].lowercased()
        return Judge.has(said, #"\belm\s+r(oa)?d\.?\s+community\s+cent(re|er)\b"#) && !Judge.has(said, #"\bst\.?\s+mark"#)
            && words(want[i]).subtracting(["st", "mark", "s", "hall"]).isSubset(of: words(said))
            && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
    }

    /// Whether `text` sums up the service report in fifty words at most (a title line aside; six
    /// lines at most): the £318.40 paid, the (rear) brake pads needed soon, the next service in 2028
    /// or at 48,000 miles, and no amount or year the report does not give, nor last year's £189.
    static func isServiceSummary(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        var all = Judge.lines(t)
        if all.count > 1, all[0].hasPrefix("#") { all.removeFirst() }
        guard (1...6).contains(all.count) else { return false }
        let low = all.joined(separator: " ").lowercased()
        let count = low.split(separator: " ").filter { $0.contains { $0.isLetter || $0.isNumber } }.count
        guard count >= 10, count <= 50 else { return false }
        let money = amounts(low)
        return money.contains(318.4) && money.allSatisfy { [318.4, 145, 171.9, 146.5].contains($0) } && Judge.has(low, #"\bbrake"#)
            && !Judge.has(low, #"\bfront\s+(brake|pad)"#) && Judge.has(low, #"\b2028\b|48,?000"#)
            && Judge.found(low, #"\b(20\d{2})\b"#).allSatisfy { ["2027", "2028"].contains($0) } && !Judge.has(low, #"\b189\b"#)
    }

    /// Priya's shifts (day, month, whether the morning one) and the rota's other Saturdays.
    static let shifts: [(day: Int, month: Int, morning: Bool)] = [(3, 4, true), (17, 4, false), (8, 5, true)]
    static let otherDays: [(day: Int, month: Int)] = [(10, 4), (24, 4), (1, 5), (20, 3), (27, 3)]

    /// Whether `text` lists Priya's three shifts, one entry each in any order, each with its own date
    /// and session (morning or 9.30, afternoon or 2 to 5), nothing after them, before them at most a
    /// title and a table header, and no other Saturday nor Priyanka.
    static func isShifts(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !t.lowercased().contains("priyanka") else { return false }
        let entries = Judge.items(t).filter { !Judge.isTableRule($0) }.map { $0.lowercased() }
        let all = shifts.map { ($0.day, $0.month) } + otherDays.map { ($0.day, $0.month) }
        let dated = entries.indices.filter { i in all.contains { Judge.hasDate(entries[i], day: $0.0, month: $0.1) } }
        guard dated.count == 3, let first = dated.first, dated == Array(first..<first + 3), entries.count == first + 3, first <= 2 else {
            return false
        }
        if first == 2 && !entries[1].hasPrefix("|") { return false }
        var seen = Set<Int>()
        for i in dated {
            let e = entries[i]
            let hits = shifts.indices.filter { Judge.hasDate(e, day: shifts[$0].day, month: shifts[$0].month) }
            guard hits.count == 1, otherDays.allSatisfy({ !Judge.hasDate(e, day: $0.day, month: $0.month) }) else { return false }
            let morning = Judge.has(e, #"morning|\b0?9[.:]30"#)
            let afternoon = Judge.has(e, #"afternoon|\b(2|14)([.:]00)?\s*(pm\s*)?(-|–|—|to|until)\s*(5|17)\b"#)
            guard morning != afternoon, morning == shifts[hits[0]].morning else { return false }
            seen.insert(hits[0])
        }
        return seen.count == 3
    }

    /// Whether `text` lists the four seeds whose Sow line takes in April (carrots, beetroot, lettuce,
    /// parsnips), by name or file name, and none sown only in other months nor any still to buy.
    static func isSowList(_ text: String?) -> Bool {
        Judge.isNamedList(
            text, [#"carrot"#, #"beetroot"#, #"lettuce"#, #"parsnip"#], banned: #"runner|\bbeans?\b|kale|sweet|\bpeas?\b|spinach"#)
    }

    /// The books still out: title, author (letters only, lowercase) and due date.
    static let loans: [(title: String, author: String, day: Int, month: Int)] = [
        ("thegruffalo", "juliadonaldson", 24, 4), ("wonder", "rjpalacio", 24, 4), ("themidnightlibrary", "matthaig", 1, 5),
        ("dogman", "davpilkey", 8, 5),
    ]

    /// `value`'s letters, lowercase, or nil when it is not a string.
    static func letters(_ value: Any?) -> String? {
        (value as? String).map { String($0.lowercased().filter(\.isLetter)) }
    }

    /// Whether `text` is JSON holding the four books still out (a list, or an object with one key
    /// holding it), one object each in any order with three keys, a title, an author and a due date
    /// (named any way, another date format passes; a year, if given, 2027), nothing else.
    static func isLoansJSON(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), let top = try? JSONSerialization.jsonObject(with: Data(t.utf8)) else { return false }
        var list = top as? [Any]
        if list == nil, let d = top as? [String: Any], d.count == 1 { list = d.values.first as? [Any] }
        guard let list, list.count == 4 else { return false }
        var left = Array(loans.indices)
        for item in list {
            guard let b = item as? [String: Any], b.count == 3,
                let tk = b.keys.first(where: { Judge.has($0, "title|book") }), let ak = b.keys.first(where: { Judge.has($0, "author|writer") }),
                let dk = b.keys.first(where: { Judge.has($0, "due|return|date") }), Set([tk, ak, dk]).count == 3,
                let title = letters(b[tk]), let author = letters(b[ak]), let due = (b[dk] as? String)?.lowercased()
            else { return false }
            let hits = left.filter { loans[$0].title == title && loans[$0].author == author }
            guard hits.count == 1, let w = hits.first, Judge.hasDate(due, day: loans[w].day, month: loans[w].month),
                Judge.found(due, #"\b(\d{4})\b"#).allSatisfy({ $0 == "2027" })
            else { return false }
            left.removeAll { $0 == w }
        }
        return left.isEmpty
    }

    /// Whether `text` is a skill named pet-treatments with a description, whose body reads the
    /// treatments note, keeps what falls due in the next seven days and what is overdue, and saves
    /// them in outputs/pet-treatments-due.md.
    static func isTreatmentSkill(_ text: String?) -> Bool {
        guard let t = text, let (fields, body) = Judge.skill(t) else { return false }
        let b = body.lowercased()
        let rest = b.replacingOccurrences(of: "outputs/pet-treatments-due.md", with: " ")
        let prose = rest.replacingOccurrences(of: "memory/pets/treatments.md", with: " ")
        return fields["name"] == "pet-treatments" && (fields["description"] ?? "").count >= 10 && b.count >= 40
            && b.contains("outputs/pet-treatments-due.md") && rest.contains("memory/pets/treatments.md")
            && Judge.has(prose, #"\b7\b|\bseven\b|\b(a|one|next|coming|this)\s+week\b"#)
            && !Judge.has(prose, #"\b14\b|fortnight|two weeks|\b30 days|\bmonth ahead"#)
            && Judge.has(prose, #"overdue|\blate\b|missed|past due|already due"#) && Judge.has(prose, #"flea|worm|treatment|\bdoses?\b"#)
    }

    /// Whether `text` is a Python script (a shebang, if any, names Python) that opens 2027's fuel log
    /// (not last year's), reads the amounts as numbers, adds them up, divides for a price per litre
    /// and prints at least two values, writing, moving or removing nothing. Comments and a fenced
    /// reply do not count; plain strings (labels) are read apart from the code.
    static func isFuelScript(_ text: String?) -> Bool {
        guard let script = Judge.readOnlyPython(text, reading: "fuel-2027.csv", not: "fuel-2026") else { return false }
        return script.has(["open(", "read_text(", "read_csv("]) && script.has(["float(", "Decimal(", "read_csv("])
            && Judge.has(script.bare, #"\bsum\(|\+=|\.sum\(|\bfsum\("#) && Judge.has(script.bare, #"[\w)\]]\s*/\s*[\w(]"#)
            && script.twoValues
    }
}
