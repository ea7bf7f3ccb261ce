import Foundation

/// A nineteenth fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first eighteen: by someone who had not read the agent loop, its tools, its prompts, its tests or
/// any result. Fourteen intentions, numbered 2001 to 2014, one for each kind the issue names
/// (create, a car's MOT booking note with the garage, day, time, price and reference; edit in place,
/// a new boiler's model and warranty lines, the rest of the note left; append a half marathon as a
/// new last entry of a race list; rename an untitled recipe to what it is; move a paid school trip
/// letter from the to-pay folder into the paid one; several files, a choir's rehearsals moved to a
/// new venue in the three notes that give it; copy the wedding day's timeline into the best man's
/// folder; delete a duplicate of a cat's vaccination record; summarise a council's letter about the
/// bin collections in three or four bullet points; extract a landlord's welcome letter's phone
/// numbers with whose each is, the old landline left out; list-and-save the wedding guests who are
/// coming, by the Attending line inside each reply; convert a garden centre order from CSV to JSON;
/// a skill that turns the week's meal plan into a shopping list, what is in the cupboard left out; a
/// Python script that prints the allotment's harvest per crop, the heaviest first), each worded
/// three ways as people word them (files named by path, by bare name or by what they are; details
/// given in passing; what to leave alone said casually), run as Steward chooses. Every fixture
/// holds a look-alike beside the right file (last year's MOT and the service history, the boiler
/// quote, the old manual and the appliances list, a partner's race list and the training plan, the
/// other untitled recipes and the failed half batch, the younger child's trip and the calendar, the
/// summer concert in the church and last year's hall hire, the timeline's draft and the seating
/// plan, the record itself and the other cat's, last Christmas's bin letter, the old landline, the
/// guests who said no, maybe or nothing yet and the one who said yes to something else, last year's
/// order, another skill, last year's harvest). Judged by content as a person would (other list
/// markers, entry, row, key and column order, spacing, a title line, a table for a list, another
/// date, time, number or amount format, an aside saying what a value was, strings for numbers, a
/// wrapped JSON list, a lost final newline, CRLF pass) and by "nothing else changed" (the wrong
/// file, the wrong folder, a copy where a move was asked fail). Frozen in a commit of its own before
/// any run with a model: never tune the loop on it, and run it as it is (`STEWARD_SUITE_PART=fresh19`).
extension EverydayTaskSuite {
    static let fresh19: [Intention] = [
        Intention(
            number: 2001, kind: "create: a car's MOT booking note with the garage, day, time, price and booking reference",
            fixtures: Fresh19.car,
            wordings: [
                (
                    .imperative,
                    "Create memory/car/mot-booking.md with the MOT booking: Hillside Garage, Thursday 11 March 2027 at 8.30 am, £54.85, reference HG-40219"
                ),
                (
                    .request,
                    "I've finally booked the Panda's MOT! Could you make a note of it in memory/car, called mot-booking.md? It's at Hillside Garage on Thursday 11 March 2027, 8.30 in the morning, £54.85, and the booking reference is HG-40219."
                ),
                (
                    .context,
                    "The Panda's MOT runs out in March and I'll forget the details otherwise. Please write a new note, memory/car/mot-booking.md, with the garage (Hillside Garage), the day (Thursday 11 March 2027), the time (8.30 am), the price (£54.85) and the booking reference, HG-40219. Last year's MOT note and the service history stay as they are."
                ),
            ], changed: ["memory/car/mot-booking.md"],
            check: { f in Fresh19.isMOT(f("memory/car/mot-booking.md")) && Judge.untouched(f, Array(Fresh19.car.keys), Fresh19.car) },
            solution: ops(writes: [("memory/car/mot-booking.md", Fresh19.motBooking)])),
        Intention(
            number: 2002, kind: "edit in place: a new boiler's model and warranty lines, the engineer and the rest of the note left",
            fixtures: Fresh19.boiler,
            wordings: [
                (
                    .imperative,
                    "In memory/home/boiler.md, change the model to Vaillant ecoTEC plus 832 combi, fitted 2 February 2027, and the warranty to run until 2 February 2034"
                ),
                (
                    .request,
                    "The new boiler's in and working, hooray. Could you update boiler.md in memory/home? It's a Vaillant ecoTEC plus 832 combi now, fitted on 2 February 2027, and the warranty runs until 2 February 2034."
                ),
                (
                    .context,
                    "We finally replaced the old Baxi, so memory/home/boiler.md is wrong. Please change the model line to the Vaillant ecoTEC plus 832 combi, fitted 2 February 2027, and the warranty line to until 2 February 2034 (it's a seven-year one), and leave the rest alone: Dan still services it. The quote, the old manual notes and the appliances list I'll deal with myself."
                ),
            ], changed: ["memory/home/boiler.md"],
            check: { f in
                Fresh19.isBoiler(f("memory/home/boiler.md"))
                    && Judge.untouched(
                        f, ["memory/home/boiler-quote.md", "memory/home/old-boiler-manual.md", "memory/home/appliances.md"], Fresh19.boiler)
            },
            solution: ops(writes: [("memory/home/boiler.md", Fresh19.newBoiler(Fresh19.newModel, Fresh19.newWarranty))])),
        Intention(
            number: 2003, kind: "append: a half marathon as a new last entry of a list of races with dates and times", fixtures: Fresh19.running,
            wordings: [
                (.imperative, "Add to the end of memory/running/races.md: 07/03/2027, Ashby Half Marathon, 1:52:14"),
                (
                    .request,
                    "Did the Ashby Half Marathon this morning in 1:52:14, a PB! Could you add it to the bottom of my race list, memory/running/races.md? Today's Sunday 7 March 2027."
                ),
                (
                    .context,
                    "I keep every race I've run in memory/running/races.md, oldest first. Please add the one from today, 7 March 2027, as a new last entry in the same style as the others: the Ashby Half Marathon, finished in 1:52:14. Sam's list is his to keep up, and the training plan doesn't need changing."
                ),
            ], changed: ["memory/running/races.md"],
            check: { f in
                Fresh19.isRaceList(f("memory/running/races.md"))
                    && Judge.untouched(
                        f, ["memory/running/races-sam.md", "memory/running/training-plan.md", "memory/running/club.md"], Fresh19.running)
            },
            solution: ops(writes: [
                ("memory/running/races.md", Fresh19.running["memory/running/races.md"]! + "- 07/03/2027: Ashby Half Marathon, 1:52:14\n")
            ])),
        Intention(
            number: 2004, kind: "rename: an untitled recipe to what it is, the other untitled ones left", fixtures: Fresh19.recipes,
            wordings: [
                (.imperative, "Rename memory/recipes/untitled-3.md to memory/recipes/lemon-drizzle.md"),
                (
                    .request,
                    "Nan's lemon drizzle recipe is hiding as untitled-3.md in memory/recipes. Could you rename it lemon-drizzle.md so I can find it?"
                ),
                (
                    .context,
                    "My recipe folder is full of untitled files from when I typed them up on my phone. The proper lemon drizzle, Nan's, is memory/recipes/untitled-3.md; please rename it to memory/recipes/lemon-drizzle.md without changing a word of it. untitled-4 is my half batch that sank, and untitled-2 is flapjacks I'll name later, so leave those."
                ),
            ], changed: ["memory/recipes/untitled-3.md", "memory/recipes/lemon-drizzle.md"],
            check: { f in
                Judge.moved(f, "memory/recipes/untitled-3.md", to: "memory/recipes/lemon-drizzle.md", Fresh19.recipes)
                    && Judge.untouched(
                        f, ["memory/recipes/untitled-2.md", "memory/recipes/untitled-4.md", "memory/recipes/banana-bread.md"], Fresh19.recipes)
            }, solution: ops(#"{"op":"move","from":"memory/recipes/untitled-3.md","to":"memory/recipes/lemon-drizzle.md"}"#)),
        Intention(
            number: 2005, kind: "move into a folder: a paid school trip letter from the to-pay folder into the paid one",
            fixtures: Fresh19.school,
            wordings: [
                (.imperative, "Move memory/school/to-pay/year5-science-museum.md into memory/school/paid"),
                (
                    .request,
                    "I've paid for Amira's Science Museum trip on ParentPay. Could you move its letter out of memory/school/to-pay and into memory/school/paid?"
                ),
                (
                    .context,
                    "I keep the school letters that want money in memory/school/to-pay and move them to memory/school/paid once they're sorted. Amira's Year 5 trip is paid now, so please move memory/school/to-pay/year5-science-museum.md into memory/school/paid, same name. Zain's farm trip isn't paid yet, so it stays where it is, and the calendar is fine."
                ),
            ], changed: ["memory/school/to-pay/year5-science-museum.md", "memory/school/paid/year5-science-museum.md"],
            check: { f in
                Judge.moved(f, "memory/school/to-pay/year5-science-museum.md", to: "memory/school/paid/year5-science-museum.md", Fresh19.school)
                    && Judge.untouched(
                        f, ["memory/school/to-pay/year2-farm-trip.md", "memory/school/paid/photos-autumn.md", "memory/school/calendar.md"],
                        Fresh19.school)
            },
            solution: ops(
                #"{"op":"move","from":"memory/school/to-pay/year5-science-museum.md","to":"memory/school/paid/year5-science-museum.md"}"#)),
        Intention(
            number: 2006, kind: "several files: a choir's rehearsals moved to a new venue in the three notes that give it",
            fixtures: Fresh19.choir,
            wordings: [
                (
                    .imperative,
                    "Change the rehearsal venue from St Mark's Hall to the Friends Meeting House in memory/choir/newsletter-spring.md, welcome-pack.md and facebook-post.md"
                ),
                (
                    .request,
                    "St Mark's Hall is closing for repairs, so from January the choir rehearses at the Friends Meeting House on Bridge Street. Could you change the venue in the spring newsletter, the welcome pack and the Facebook post in memory/choir? Same night, same times."
                ),
                (
                    .context,
                    "The roof of St Mark's Hall needs fixing, so Millbrook Voices will rehearse at the Friends Meeting House from now on. Please change where we rehearse in memory/choir/newsletter-spring.md, welcome-pack.md and facebook-post.md, and nothing else in them. The summer concert is still in St Mark's Church itself, last year's hall hire note is just a record, and the members list doesn't mention the venue."
                ),
            ], changed: Set(Fresh19.venueNotes.map { "memory/choir/\($0)" }),
            check: { f in
                Fresh19.venueNotes.allSatisfy { Fresh19.hasNewVenue(f("memory/choir/\($0)"), Fresh19.choir["memory/choir/\($0)"]) }
                    && Judge.untouched(
                        f, ["memory/choir/concert-july.md", "memory/choir/hall-hire-2026.md", "memory/choir/members.md"], Fresh19.choir)
            },
            solution: ops(
                writes: Fresh19.movedVenue(
                    newsletter: "the Friends Meeting House", welcome: "the Friends Meeting House, Bridge Street",
                    post: "the Friends Meeting House on Bridge Street"))),
        Intention(
            number: 2007, kind: "copy: a wedding day's timeline into the best man's folder, the final one not the draft",
            fixtures: Fresh19.wedding,
            wordings: [
                (.imperative, "Copy memory/wedding/timeline.md to memory/wedding/best-man/timeline.md"),
                (
                    .request,
                    "Josh keeps asking when his speech is. Could you put a copy of our wedding day timeline in his folder, memory/wedding/best-man, with the same name? Keep ours where it is."
                ),
                (
                    .context,
                    "I'm giving Josh, the best man, everything he needs for the day in memory/wedding/best-man. Please copy memory/wedding/timeline.md there, word for word, as memory/wedding/best-man/timeline.md, and leave the original where it is. Not the draft, the times in that one are all wrong, and he doesn't need the seating plan."
                ),
            ], changed: ["memory/wedding/best-man/timeline.md"],
            check: { f in
                let copy = f("memory/wedding/best-man/timeline.md")
                return copy != nil && !Judge.fenced(copy!) && Judge.lines(copy) == Judge.lines(Fresh19.wedding["memory/wedding/timeline.md"])
                    && Fresh19.wedding.keys.allSatisfy { f($0) == Fresh19.wedding[$0] }
            }, solution: ops(writes: [("memory/wedding/best-man/timeline.md", Fresh19.wedding["memory/wedding/timeline.md"]!)])),
        Intention(
            number: 2008, kind: "delete: a duplicate of a cat's vaccination record, the record itself and the other cat's kept",
            fixtures: Fresh19.vet,
            wordings: [
                (.imperative, "Delete memory/vet/luna-vaccinations-copy.md"),
                (
                    .request,
                    "There's a stray copy of Luna's vaccination record in memory/vet, luna-vaccinations-copy.md. Could you delete it? The real one stays."
                ),
                (
                    .context,
                    "I must have duplicated Luna's vaccination record at some point, and the copy is missing her last booster, which is confusing. Please delete memory/vet/luna-vaccinations-copy.md and keep memory/vet/luna-vaccinations.md, which is up to date. Milo's record and the insurance note stay too."
                ),
            ], changed: ["memory/vet/luna-vaccinations-copy.md"],
            check: { f in
                f("memory/vet/luna-vaccinations-copy.md") == nil
                    && Judge.untouched(
                        f, ["memory/vet/luna-vaccinations.md", "memory/vet/milo-vaccinations.md", "memory/vet/insurance.md"], Fresh19.vet)
            }, solution: ops(#"{"op":"delete","path":"memory/vet/luna-vaccinations-copy.md"}"#)),
        Intention(
            number: 2009, kind: "summarise: a council's letter about changes to the bin collections in three or four bullet points",
            fixtures: Fresh19.bins,
            wordings: [
                (.imperative, "Summarise memory/home/council-bins-letter.md in three or four bullet points in outputs/bins-summary.md"),
                (
                    .request,
                    "The council's sent a long letter about the bins changing. Could you read council-bins-letter.md in memory/home and boil it down to three or four bullet points in outputs/bins-summary.md? Mainly the new day, how often each bin goes and what we have to do."
                ),
                (
                    .context,
                    "Everyone in the house keeps putting the wrong bin out, and nobody will read the council's letter. Please read memory/home/council-bins-letter.md and write three or four short bullet points to outputs/bins-summary.md: the new collection day and when it starts, how often the bins go now, and what we must do about the brown bin, by when. The old Christmas letter in the same folder is out of date, so ignore it."
                ),
            ], changed: ["outputs/bins-summary.md"], check: { f in Fresh19.isBinSummary(f("outputs/bins-summary.md")) },
            solution: ops(writes: [("outputs/bins-summary.md", Fresh19.binSummary)])),
        Intention(
            number: 2010, kind: "extract: a landlord's welcome letter's phone numbers with whose each is, the old landline left out",
            fixtures: Fresh19.flat,
            wordings: [
                (
                    .imperative,
                    "Extract the phone numbers in memory/flat/welcome-letter.md into outputs/flat-contacts.md, one per line with whose number it is"
                ),
                (
                    .request,
                    "Could you pull the phone numbers out of the landlord's welcome letter in memory/flat and list them in outputs/flat-contacts.md, each with who it's for? I want them by the front door."
                ),
                (
                    .context,
                    "We've just moved into the flat and the landlord's letter hides every number in a paragraph. Please go through memory/flat/welcome-letter.md and write each phone number we might need to outputs/flat-contacts.md, one per line, with whose it is. His old landline isn't in use any more, so leave it out, and the inventory is nothing to do with this."
                ),
            ], changed: ["outputs/flat-contacts.md"], check: { f in Fresh19.isFlatContacts(f("outputs/flat-contacts.md")) },
            solution: ops(writes: [("outputs/flat-contacts.md", Fresh19.flatContacts)])),
        Intention(
            number: 2011, kind: "list-and-save: the wedding guests who are coming, by the Attending line inside each reply",
            fixtures: Fresh19.rsvps,
            wordings: [
                (
                    .imperative,
                    "List the guests in memory/wedding/rsvps whose Attending line says yes and save the list to outputs/guests-coming.md"
                ),
                (
                    .request,
                    "The caterer wants numbers. Could you go through the replies in memory/wedding/rsvps, check the Attending line in each, and write the ones who are coming to outputs/guests-coming.md?"
                ),
                (
                    .context,
                    "Every wedding reply we've had is a note in memory/wedding/rsvps with an Attending line. Please save the guests whose Attending says yes to outputs/guests-coming.md, one per line. Anyone who said no, maybe or hasn't replied doesn't count, and the guest list is everyone we invited, not who's coming."
                ),
            ], changed: ["outputs/guests-coming.md"], check: { f in Fresh19.isGuestList(f("outputs/guests-coming.md")) },
            solution: ops(writes: [("outputs/guests-coming.md", "- Aunt Carol and Uncle Jim\n- The Okonjo family\n- Lucy Tran\n")])),
        Intention(
            number: 2012, kind: "convert: a garden centre order from CSV to JSON, one object per item", fixtures: Fresh19.garden,
            wordings: [
                (
                    .imperative,
                    "Convert memory/garden/order-2027.csv into JSON in outputs/order-2027.json: a list with one object per item, with its item, quantity and price"
                ),
                (
                    .request,
                    "The garden centre's click-and-collect form wants the order as JSON. Could you turn memory/garden/order-2027.csv into outputs/order-2027.json, one object per line of the order with the item, quantity and price?"
                ),
                (
                    .context,
                    "I'm ordering for the spring from the garden centre and their website takes a JSON file. Please convert memory/garden/order-2027.csv into outputs/order-2027.json: a list of objects, one per item, each with the item's name, the quantity and the price, numbers as numbers. Last year's order is done with, so leave it out."
                ),
            ], changed: ["outputs/order-2027.json"], check: { f in Fresh19.isOrderJSON(f("outputs/order-2027.json")) },
            solution: ops(writes: [("outputs/order-2027.json", Fresh19.orderJSON)])),
        Intention(
            number: 2013, kind: "skill: a shopping list from the week's meal plan and recipes, what is in the cupboard left out",
            fixtures: Fresh19.kitchen,
            wordings: [
                (
                    .imperative,
                    "Create skills/shopping-list/SKILL.md, a skill named shopping-list with a description, that reads memory/kitchen/meal-plan.md, gathers the ingredients of each meal from its recipe in memory/recipes, leaves out anything in memory/kitchen/pantry.md and writes the list to outputs/shopping-list.md"
                ),
                (
                    .request,
                    "Could you write me a skill called shopping-list? It should look at the week's meals in memory/kitchen/meal-plan.md, pull the ingredients from each one's recipe in memory/recipes, skip whatever's already in memory/kitchen/pantry.md and save what's left to outputs/shopping-list.md."
                ),
                (
                    .context,
                    "Every Saturday I work out the shopping from the meal plan by hand. Please write a skill named shopping-list, with its name and a description in front matter like the meal-ideas skill, that tells the agent to read memory/kitchen/meal-plan.md, find each meal's recipe in memory/recipes and collect its ingredients, leave out what we already have in memory/kitchen/pantry.md, and write the list to outputs/shopping-list.md. The meal-ideas skill stays as it is."
                ),
            ], changed: ["skills/shopping-list/SKILL.md"],
            check: { f in Fresh19.isShoppingSkill(f("skills/shopping-list/SKILL.md")) && f("skills/meal-ideas/SKILL.md") == Fresh19.mealIdeasSkill },
            solution: ops(writes: [("skills/shopping-list/SKILL.md", Fresh19.shoppingSkill)])),
        Intention(
            number: 2014, kind: "script: a Python script that prints an allotment's harvest per crop, the heaviest first",
            fixtures: Fresh19.allotment,
            wordings: [
                (
                    .imperative,
                    "Write memory/allotment/harvest-report.py, a Python script that reads memory/allotment/harvest-2026.csv and prints the total kg of each crop, highest first"
                ),
                (
                    .request,
                    "Could you write a small Python script, harvest-report.py in memory/allotment, that goes through this year's harvest log, harvest-2026.csv in the same folder, and prints how many kilos of each crop we picked, biggest first?"
                ),
                (
                    .context,
                    "I weigh everything we pick at the allotment, and each picking in memory/allotment/harvest-2026.csv has its date, crop and kg. Please write a Python script, memory/allotment/harvest-report.py, that adds up the kg for each crop and prints every crop with its total, the heaviest at the top. Last year's log doesn't count, and the script should only read, never change a file."
                ),
            ], changed: ["memory/allotment/harvest-report.py"], check: { f in Fresh19.isHarvestScript(f("memory/allotment/harvest-report.py")) },
            solution: ops(writes: [("memory/allotment/harvest-report.py", Fresh19.harvestScript)])),
    ]
}

extension EverydayTaskSuite {
    /// Correct results in other forms a careful person accepts (a table, another marker, a title,
    /// spacing, another date, time or amount format, an aside saying what a value was, another
    /// order, strings for numbers, a wrapped JSON list with its keys named otherwise, a lost final
    /// newline, CRLF, paths or titles for names, another way to write the same script), at least
    /// one per intention but the delete (2008), which has no other form.
    static let fresh19Alternatives: [(Int, String)] = [
        (
            2001,
            ops(writes: [
                (
                    "memory/car/mot-booking.md",
                    "# Panda MOT 2027\n\n| | |\n|---|---|\n| Where | Hillside Garage |\n| When | Thu 11/03/2027, 08:30 |\n| Cost | £54.85 |\n| Booking ref | HG-40219 |\n| Car | KP19 XWD |\n"
                )
            ])
        ),
        (
            2001,
            ops(writes: [
                (
                    "memory/car/mot-booking.md",
                    "MOT booked at Hillside Garage for 11 March 2027, half past eight in the morning. It costs 54.85 GBP; the reference is HG 40219."
                )
            ])
        ),
        (
            2001,
            ops(writes: [
                ("memory/car/mot-booking.md", "MOT\r\nHillside Garage\r\n2027-03-11 8:30am\r\n£54.85\r\nRef: HG40219\r\n")
            ])
        ),
        (
            2002,
            ops(writes: [
                (
                    "memory/home/boiler.md",
                    Fresh19.newBoiler(
                        "Model: Vaillant ecoTEC plus 832 combi, fitted 2 February 2027 (replaced the Baxi Duo-tec 28 from 2011)",
                        "Warranty: until 2 February 2034 (7 years; the old one ended in 2016)")
                )
            ])
        ),
        (
            2002,
            ops(writes: [
                ("memory/home/boiler.md", Fresh19.newBoiler("**Model:** Vaillant ecoTEC Plus 832, fitted 02/02/2027", "**Warranty:** to 02/02/2034"))
            ])
        ),
        (
            2002,
            ops(writes: [
                (
                    "memory/home/boiler.md",
                    Fresh19.newBoiler("Model: Vaillant ecoTEC plus 832 combi (fitted 2nd Feb 2027)", "Warranty: 7 years, until 2nd Feb 2034")
                        .replacingOccurrences(of: "\n", with: "\r\n").trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            2003,
            ops(writes: [
                ("memory/running/races.md", Fresh19.running["memory/running/races.md"]! + "- 7 March 2027: Ashby Half Marathon, 1:52:14 (PB)")
            ])
        ),
        (
            2003,
            ops(writes: [
                ("memory/running/races.md", Fresh19.running["memory/running/races.md"]! + "* 2027-03-07 — Ashby Half Marathon — 1h 52m 14s\n")
            ])
        ),
        (
            2003,
            ops(writes: [
                (
                    "memory/running/races.md",
                    (Fresh19.running["memory/running/races.md"]! + "- 07/03/2027: Ashby half marathon, 1:52:14\n").replacingOccurrences(
                        of: "\n", with: "\r\n")
                )
            ])
        ),
        (
            2004,
            ops(
                writes: [("memory/recipes/lemon-drizzle.md", Fresh19.recipes["memory/recipes/untitled-3.md"]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/recipes/untitled-3.md"}"#)
        ),
        (
            2004,
            ops(
                writes: [
                    ("memory/recipes/lemon-drizzle.md", Fresh19.recipes["memory/recipes/untitled-3.md"]!.replacingOccurrences(of: "\n", with: "\r\n"))
                ],
                #"{"op":"delete","path":"memory/recipes/untitled-3.md"}"#)
        ),
        (
            2004,
            ops(
                writes: [("memory/recipes/lemon-drizzle.md", Fresh19.recipes["memory/recipes/untitled-3.md"]! + "\n\n")],
                #"{"op":"delete","path":"memory/recipes/untitled-3.md"}"#)
        ),
        (
            2005,
            ops(
                writes: [
                    (
                        "memory/school/paid/year5-science-museum.md",
                        Fresh19.school["memory/school/to-pay/year5-science-museum.md"]!.trimmingCharacters(in: .newlines)
                    )
                ],
                #"{"op":"delete","path":"memory/school/to-pay/year5-science-museum.md"}"#)
        ),
        (
            2005,
            ops(
                writes: [
                    (
                        "memory/school/paid/year5-science-museum.md",
                        Fresh19.school["memory/school/to-pay/year5-science-museum.md"]!.replacingOccurrences(of: "\n", with: "\r\n")
                    )
                ],
                #"{"op":"delete","path":"memory/school/to-pay/year5-science-museum.md"}"#)
        ),
        (
            2005,
            ops(
                writes: [
                    (
                        "memory/school/paid/year5-science-museum.md",
                        Fresh19.school["memory/school/to-pay/year5-science-museum.md"]!.replacingOccurrences(of: "\n", with: "\n\n")
                    )
                ],
                #"{"op":"delete","path":"memory/school/to-pay/year5-science-museum.md"}"#)
        ),
        (
            2006,
            ops(
                writes: Fresh19.movedVenue(
                    newsletter: "the Friends Meeting House (previously St Mark's Hall)",
                    welcome: "the Quaker Meeting House on Bridge Street (was St Mark's Hall)", post: "Friends Meeting House, Bridge Street"))
        ),
        (
            2006,
            ops(
                writes: Fresh19.movedVenue(
                    newsletter: "the Friends' Meeting House, Bridge Street", welcome: "Friends Meeting House",
                    post: "the Friends Meeting House on Bridge Street (instead of St Mark's Hall)"
                ).map { ($0.0, $0.1.trimmingCharacters(in: .newlines)) })
        ),
        (
            2006,
            ops(
                writes: Fresh19.movedVenue(
                    newsletter: "the Friends Meeting House", welcome: "the Friends Meeting House", post: "the Friends Meeting House"
                ).map { ($0.0, $0.1.replacingOccurrences(of: "\n", with: "\r\n")) })
        ),
        (
            2007,
            ops(writes: [
                ("memory/wedding/best-man/timeline.md", Fresh19.wedding["memory/wedding/timeline.md"]!.trimmingCharacters(in: .newlines))
            ])
        ),
        (
            2007,
            ops(writes: [
                (
                    "memory/wedding/best-man/timeline.md",
                    Fresh19.wedding["memory/wedding/timeline.md"]!.replacingOccurrences(of: "\n", with: "\r\n")
                )
            ])
        ),
        (
            2007,
            ops(writes: [
                (
                    "memory/wedding/best-man/timeline.md",
                    Fresh19.wedding["memory/wedding/timeline.md"]!.replacingOccurrences(of: "\n\n", with: "\n") + "\n"
                )
            ])
        ),
        (
            2009,
            ops(writes: [
                (
                    "outputs/bins-summary.md",
                    "# Bins from April\n\n* Collection day moves from Tuesday to Thursday, starting Thu 8 Apr.\n* Black bin every 3 weeks, blue recycling every 2 weeks.\n* Food waste goes every week; we get a caddy and a food bin in March.\n* Brown bin: subscribe (£52/year) at millbrook.gov.example/garden by 20 Mar.\n"
                )
            ])
        ),
        (
            2009,
            ops(writes: [
                (
                    "outputs/bins-summary.md",
                    "1. Thursdays, not Tuesdays, from 08/04/2027.\n2. General waste (black bin) is now three-weekly; recycling stays fortnightly.\n3. New food waste collection, weekly.\n4. Garden waste needs a 52 GBP yearly subscription, signed up for by 20/03."
                )
            ])
        ),
        (
            2009,
            ops(writes: [
                (
                    "outputs/bins-summary.md",
                    "• From 8 April the bins are collected on Thursdays; the black bin only every three weeks.\n• Food waste will be collected once a week, with a caddy delivered during March.\n• The brown bin costs £52 a year from now on: sign up before 20 March or it stops.\n"
                )
            ])
        ),
        (
            2010,
            ops(writes: [
                (
                    "outputs/flat-contacts.md",
                    "# Flat numbers\n\n| Who | Number |\n|---|---|\n| Emergency plumber, Flowright (leaks, no hot water) | 0800 496 0712 |\n| Electrician: Sparks & Son | 07700 900655 |\n| Parkside Lettings (rent) | 01632 960884 |\n| Landlord, Mr Okafor (text first) | 07700 900417 |\n"
                )
            ])
        ),
        (
            2010,
            ops(writes: [
                (
                    "outputs/flat-contacts.md",
                    "Landlord: +44 7700 900417\nLetting agent: +44 1632 960884\nPlumber (out of hours): +44 800 496 0712\nElectrician: +44 7700 900655"
                )
            ])
        ),
        (
            2010,
            ops(writes: [
                (
                    "outputs/flat-contacts.md",
                    "Contacts:\n* 07700900417: Emeka Okafor, landlord\n* 01632960884: Parkside Lettings\n* 08004960712: Flowright, emergency plumber\n* 07700900655: Sparks & Son, electrician\n"
                )
            ])
        ),
        (
            2011,
            ops(writes: [
                (
                    "outputs/guests-coming.md",
                    "# Coming to the wedding\n\n| Guest | Meal |\n|---|---|\n| Aunt Carol and Uncle Jim | 2 x chicken |\n| The Okonjo family (4) | 2 x vegetarian, 2 x children's |\n| Lucy Tran + Sam | fish |\n"
                )
            ])
        ),
        (
            2011,
            ops(writes: [
                (
                    "outputs/guests-coming.md",
                    "memory/wedding/rsvps/lucy-tran.md\nmemory/wedding/rsvps/the-okonjos.md\nmemory/wedding/rsvps/aunt-carol.md"
                )
            ])
        ),
        (
            2011,
            ops(writes: [("outputs/guests-coming.md", "Attending:\n1. aunt-carol.md\n2. the-okonjos.md\n3. lucy-tran.md (with a plus one)\n")])
        ),
        (
            2012,
            ops(writes: [
                (
                    "outputs/order-2027.json",
                    "{\"order\":[{\"price\":0.75,\"item\":\"Tomato plug plants\",\"quantity\":12},{\"price\":8.49,\"item\":\"Bark chippings 70L\",\"quantity\":2},{\"price\":4.5,\"item\":\"Lavender Hidcote 2L\",\"quantity\":6},{\"price\":6.99,\"item\":\"Multi-purpose compost 50L\",\"quantity\":4}]}"
                )
            ])
        ),
        (
            2012,
            ops(writes: [
                (
                    "outputs/order-2027.json",
                    "[\r\n  {\"Item\": \"Multi-purpose compost 50L\", \"Qty\": \"4\", \"Price (£)\": \"6.99\"},\r\n  {\"Item\": \"Lavender Hidcote 2L\", \"Qty\": \"6\", \"Price (£)\": \"4.50\"},\r\n  {\"Item\": \"Bark chippings 70L\", \"Qty\": \"2\", \"Price (£)\": \"8.49\"},\r\n  {\"Item\": \"Tomato plug plants\", \"Qty\": \"12\", \"Price (£)\": \"0.75\"}\r\n]\r\n"
                )
            ])
        ),
        (
            2012,
            ops(writes: [
                (
                    "outputs/order-2027.json",
                    "{\n    \"year\": 2027,\n    \"items\": [\n        {\"name\": \"Multi-purpose compost 50L\", \"quantity\": 4, \"unit_price\": \"£6.99\"},\n        {\"name\": \"Lavender Hidcote 2L\", \"quantity\": 6, \"unit_price\": \"£4.50\"},\n        {\"name\": \"Bark chippings 70L\", \"quantity\": 2, \"unit_price\": \"£8.49\"},\n        {\"name\": \"Tomato plug plants\", \"quantity\": 12, \"unit_price\": \"£0.75\"}\n    ]\n}\n"
                )
            ])
        ),
        (
            2013,
            ops(writes: [
                (
                    "skills/shopping-list/SKILL.md",
                    "---\nname: \"shopping-list\"\ndescription: >\n  Weekly shopping list built from the meal plan.\n---\n\n# Shopping list\n\n1. Open `memory/kitchen/meal-plan.md` and note each meal.\n2. For every meal, read its recipe in `memory/recipes/` and write down the ingredients.\n3. Skip anything already in `memory/kitchen/pantry.md`.\n4. Save the list to `outputs/shopping-list.md`.\n"
                )
            ])
        ),
        (
            2013,
            ops(writes: [
                (
                    "skills/shopping-list/SKILL.md",
                    "---\nname: shopping-list\ndescription: |\n  What to buy this week.\n---\nRead memory/kitchen/meal-plan.md, look up each meal's recipe in memory/recipes and list what it needs, except what memory/kitchen/pantry.md says we already have; write that to outputs/shopping-list.md."
                )
            ])
        ),
        (
            2013,
            ops(writes: [
                (
                    "skills/shopping-list/SKILL.md",
                    "---\nname: shopping-list\ndescription: 'Shopping list for the meals planned this week.'\n---\n- Read memory/kitchen/meal-plan.md.\n- Find the recipe for each meal under memory/recipes/ and gather the ingredients, adding up repeats.\n- Remove whatever appears in memory/kitchen/pantry.md.\n- Write what is left to outputs/shopping-list.md.\n"
                )
            ])
        ),
        (
            2014,
            ops(writes: [
                (
                    "memory/allotment/harvest-report.py",
                    "import pandas as pd\n\ndf = pd.read_csv(\"memory/allotment/harvest-2026.csv\")\ntotals = df.groupby(\"crop\")[\"kg\"].sum().sort_values(ascending=False)\nfor crop, kg in totals.items():\n    print(f\"{crop}: {kg:.1f} kg\")\n"
                )
            ])
        ),
        (
            2014,
            ops(writes: [
                (
                    "memory/allotment/harvest-report.py",
                    "#!/usr/bin/env python3\n\"\"\"This year's harvest: kg per crop, heaviest first.\"\"\"\nfrom collections import Counter\nfrom pathlib import Path\n\ntotals = Counter()\nfor line in Path(__file__).with_name(\"harvest-2026.csv\").read_text().splitlines()[1:]:\n    if line:\n        _, crop, kg = line.split(\",\")\n        totals[crop] += float(kg)\nfor crop, kg in totals.most_common():\n    print(crop, round(kg, 1), \"kg\")\n"
                )
            ])
        ),
        (
            2014,
            ops(writes: [
                (
                    "memory/allotment/harvest-report.py",
                    "import csv\nfrom decimal import Decimal\n\n\ndef main():\n    totals = {}\n    with open(\"memory/allotment/harvest-2026.csv\", newline=\"\") as f:\n        for row in csv.DictReader(f):\n            totals[row[\"crop\"]] = totals.get(row[\"crop\"], Decimal(0)) + Decimal(row[\"kg\"])\n    for crop, kg in sorted(totals.items(), key=lambda c: -c[1]):\n        print(f\"{crop:<12} {kg} kg\")\n\n\nif __name__ == \"__main__\":\n    main()\n"
                )
            ])
        ),
    ]

    /// Wrong or partial results that the nineteenth fresh part's checks must refuse, at least six per intention.
    static let fresh19NearMisses: [(Int, String)] = [
        (2001, ops(writes: [("memory/car/mot-booking.md", Fresh19.motBooking.replacingOccurrences(of: "11 March", with: "12 March"))])),
        (2001, ops(writes: [("memory/car/mot-booking.md", Fresh19.motBooking.replacingOccurrences(of: "8.30 am", with: "9.30 am"))])),
        (2001, ops(writes: [("memory/car/mot-booking.md", Fresh19.motBooking.replacingOccurrences(of: "8.30 am", with: "8.30 pm"))])),
        (2001, ops(writes: [("memory/car/mot-booking.md", Fresh19.motBooking.replacingOccurrences(of: "£54.85", with: "£45.85"))])),
        (2001, ops(writes: [("memory/car/mot-booking.md", Fresh19.motBooking.replacingOccurrences(of: "HG-40219", with: "HG-40291"))])),
        (2001, ops(writes: [("memory/car/mot-booking.md", Fresh19.motBooking.replacingOccurrences(of: "Hillside Garage", with: "Quick Tyres"))])),
        (2001, ops(writes: [("memory/car/mot-booking.md", Fresh19.motBooking.replacingOccurrences(of: "2027", with: "2026"))])),
        (2001, ops(writes: [("memory/car/mot-booking.md", Fresh19.motBooking.replacingOccurrences(of: "Thursday", with: "Friday"))])),
        (2001, ops(writes: [("memory/car/mot-booking.md", Fresh19.motBooking.replacingOccurrences(of: "- Reference: HG-40219\n", with: ""))])),
        (2001, ops(writes: [("memory/car/mot.md", Fresh19.motBooking)])),
        (2001, ops(writes: [("memory/car/mot-booking.md", "```markdown\n" + Fresh19.motBooking + "```\n")])),
        (2001, ops(writes: [("memory/car/mot-2026.md", Fresh19.car["memory/car/mot-2026.md"]! + "\n" + Fresh19.motBooking)])),
        (
            2001,
            ops(writes: [
                ("memory/car/mot-booking.md", Fresh19.motBooking),
                ("memory/car/panda.md", Fresh19.car["memory/car/panda.md"]!.replacingOccurrences(of: "MOT due: March", with: "MOT booked: 11 March")),
            ])
        ),
        (
            2001,
            ops(writes: [
                ("memory/car/mot-booking.md", Fresh19.motBooking + "- Last year: passed at Quick Tyres, £45.00\n")
            ])
        ),
        (2002, ops(writes: [("memory/home/boiler.md", Fresh19.newBoiler(Fresh19.newModel, Fresh19.oldWarranty))])),
        (2002, ops(writes: [("memory/home/boiler.md", Fresh19.newBoiler(Fresh19.oldModel, Fresh19.newWarranty))])),
        (2002, ops(writes: [("memory/home/boiler.md", Fresh19.newBoiler(Fresh19.newModel, "Warranty: until 2 February 2037"))])),
        (2002, ops(writes: [("memory/home/boiler.md", Fresh19.newBoiler(Fresh19.newModel, "Warranty: until 2 March 2034"))])),
        (
            2002,
            ops(writes: [
                ("memory/home/boiler.md", Fresh19.newBoiler("Model: Vaillant ecoTEC plus 823 combi, fitted 2 February 2027", Fresh19.newWarranty))
            ])
        ),
        (
            2002,
            ops(writes: [
                ("memory/home/boiler.md", Fresh19.newBoiler("Model: Vaillant ecoTEC plus 832 combi, fitted 2 February 2011", Fresh19.newWarranty))
            ])
        ),
        (
            2002,
            ops(writes: [
                ("memory/home/boiler.md", Fresh19.boiler["memory/home/boiler.md"]! + "\(Fresh19.newModel)\n\(Fresh19.newWarranty)\n")
            ])
        ),
        (2002, ops(writes: [("memory/home/boiler.md", "```\n" + Fresh19.newBoiler(Fresh19.newModel, Fresh19.newWarranty) + "```\n")])),
        (2002, ops(writes: [("memory/home/boiler.md", "# Boiler\n\(Fresh19.newModel)\n\(Fresh19.newWarranty)\n")])),
        (
            2002,
            ops(writes: [
                ("memory/home/boiler.md", Fresh19.newBoiler(Fresh19.newModel, Fresh19.newWarranty)),
                (
                    "memory/home/appliances.md",
                    Fresh19.boiler["memory/home/appliances.md"]!.replacingOccurrences(of: "Baxi Duo-tec 28", with: "Vaillant ecoTEC plus 832")
                ),
            ])
        ),
        (
            2002,
            ops(writes: [
                (
                    "memory/home/boiler.md",
                    Fresh19.newBoiler(Fresh19.newModel, Fresh19.newWarranty).replacingOccurrences(
                        of: "Engineer: Dan Price (Gas Safe 558201), 07700 900562", with: "Engineer: Warm Homes Ltd")
                )
            ])
        ),
        (
            2002,
            ops(writes: [
                ("memory/home/boiler-quote.md", Fresh19.boiler["memory/home/boiler-quote.md"]! + "\(Fresh19.newModel)\n\(Fresh19.newWarranty)\n")
            ])
        ),
        (
            2002,
            ops(writes: [
                ("memory/home/boiler.md", Fresh19.newBoiler("Model: Baxi Duo-tec 28 combi, fitted 2 February 2027", Fresh19.newWarranty))
            ])
        ),
        (
            2003,
            ops(writes: [
                ("memory/running/races-sam.md", Fresh19.running["memory/running/races-sam.md"]! + "- 07/03/2027: Ashby Half Marathon, 1:52:14\n")
            ])
        ),
        (
            2003,
            ops(writes: [
                (
                    "memory/running/races.md",
                    Fresh19.running["memory/running/races.md"]!.replacingOccurrences(
                        of: "# My races\n", with: "# My races\n- 07/03/2027: Ashby Half Marathon, 1:52:14\n")
                )
            ])
        ),
        (
            2003,
            ops(writes: [
                ("memory/running/races.md", Fresh19.running["memory/running/races.md"]! + "- 07/03/2026: Ashby Half Marathon, 1:52:14\n")
            ])
        ),
        (
            2003,
            ops(writes: [
                ("memory/running/races.md", Fresh19.running["memory/running/races.md"]! + "- 07/03/2027: Ashby Half Marathon, 1:52:41\n")
            ])
        ),
        (
            2003,
            ops(writes: [("memory/running/races.md", Fresh19.running["memory/running/races.md"]! + "- 07/03/2027: Ashby 10K, 1:52:14\n")])
        ),
        (
            2003,
            ops(writes: [("memory/running/races.md", Fresh19.running["memory/running/races.md"]! + "- 07/03/2027: Ashby Half Marathon\n")])
        ),
        (
            2003,
            ops(writes: [
                ("memory/running/races.md", Fresh19.running["memory/running/races.md"]! + "- 03/07/2027: Ashby Half Marathon, 1:52:14\n")
            ])
        ),
        (
            2003,
            ops(writes: [("memory/running/races.md", "# My races\n- 07/03/2027: Ashby Half Marathon, 1:52:14\n")])
        ),
        (
            2003,
            ops(writes: [
                (
                    "memory/running/races.md",
                    Fresh19.running["memory/running/races.md"]!
                        + "- 07/03/2027: Ashby Half Marathon, 1:52:14\n- 07/03/2027: Ashby Half Marathon, 1:52:14\n"
                )
            ])
        ),
        (
            2003,
            ops(writes: [
                (
                    "memory/running/races.md",
                    "```markdown\n" + Fresh19.running["memory/running/races.md"]! + "- 07/03/2027: Ashby Half Marathon, 1:52:14\n```\n"
                )
            ])
        ),
        (
            2003,
            ops(writes: [
                ("memory/running/races.md", Fresh19.running["memory/running/races.md"]! + "- 07/03/2027: Ashby Half Marathon, 1:52:14\n"),
                (
                    "memory/running/training-plan.md",
                    Fresh19.running["memory/running/training-plan.md"]! + "- Ashby Half done 7 March in 1:52:14\n"
                ),
            ])
        ),
        (
            2003,
            ops(writes: [
                (
                    "memory/running/races.md",
                    Fresh19.running["memory/running/races.md"]!.replacingOccurrences(of: "2:01:37", with: "2:01:37\n")
                        + "07/03/2027: Ashby Half Marathon, 1:52:14\n"
                )
            ])
        ),
        (2004, ops(#"{"op":"move","from":"memory/recipes/untitled-4.md","to":"memory/recipes/lemon-drizzle.md"}"#)),
        (2004, ops(writes: [("memory/recipes/lemon-drizzle.md", Fresh19.recipes["memory/recipes/untitled-3.md"]!)])),
        (2004, ops(#"{"op":"move","from":"memory/recipes/untitled-3.md","to":"memory/recipes/lemon-drizzle.txt"}"#)),
        (2004, ops(#"{"op":"move","from":"memory/recipes/untitled-3.md","to":"memory/lemon-drizzle.md"}"#)),
        (2004, ops(#"{"op":"move","from":"memory/recipes/untitled-3.md","to":"memory/recipes/nans-lemon-drizzle.md"}"#)),
        (
            2004,
            ops(
                writes: [("memory/recipes/lemon-drizzle.md", Fresh19.recipes["memory/recipes/untitled-3.md"]! + "Serves 12.\n")],
                #"{"op":"delete","path":"memory/recipes/untitled-3.md"}"#)
        ),
        (
            2004,
            ops(
                #"{"op":"move","from":"memory/recipes/untitled-3.md","to":"memory/recipes/lemon-drizzle.md"}"#,
                #"{"op":"move","from":"memory/recipes/untitled-2.md","to":"memory/recipes/flapjacks.md"}"#)
        ),
        (
            2004,
            ops(
                #"{"op":"move","from":"memory/recipes/untitled-3.md","to":"memory/recipes/lemon-drizzle.md"}"#,
                #"{"op":"delete","path":"memory/recipes/untitled-4.md"}"#)
        ),
        (2004, ops(#"{"op":"delete","path":"memory/recipes/untitled-3.md"}"#)),
        (2004, ops(#"{"op":"move","from":"memory/recipes/untitled-3.md","to":"memory/recipes/lemon-drizzle/untitled-3.md"}"#)),
        (
            2004,
            ops(
                writes: [
                    (
                        "memory/recipes/lemon-drizzle.md",
                        Fresh19.recipes["memory/recipes/untitled-3.md"]!.replacingOccurrences(of: "# Nan's lemon drizzle", with: "# Lemon drizzle")
                    )
                ],
                #"{"op":"delete","path":"memory/recipes/untitled-3.md"}"#)
        ),
        (2005, ops(#"{"op":"move","from":"memory/school/to-pay/year2-farm-trip.md","to":"memory/school/paid/year2-farm-trip.md"}"#)),
        (
            2005,
            ops(
                #"{"op":"move","from":"memory/school/to-pay/year5-science-museum.md","to":"memory/school/paid/year5-science-museum.md"}"#,
                #"{"op":"move","from":"memory/school/to-pay/year2-farm-trip.md","to":"memory/school/paid/year2-farm-trip.md"}"#)
        ),
        (
            2005,
            ops(writes: [
                ("memory/school/paid/year5-science-museum.md", Fresh19.school["memory/school/to-pay/year5-science-museum.md"]!)
            ])
        ),
        (2005, ops(#"{"op":"move","from":"memory/school/to-pay/year5-science-museum.md","to":"memory/school/year5-science-museum.md"}"#)),
        (2005, ops(#"{"op":"move","from":"memory/school/to-pay/year5-science-museum.md","to":"memory/school/paid/science-museum.md"}"#)),
        (2005, ops(#"{"op":"move","from":"memory/school/to-pay/year5-science-museum.md","to":"memory/paid/year5-science-museum.md"}"#)),
        (
            2005,
            ops(
                writes: [
                    (
                        "memory/school/paid/year5-science-museum.md",
                        Fresh19.school["memory/school/to-pay/year5-science-museum.md"]! + "PAID on ParentPay\n"
                    )
                ],
                #"{"op":"delete","path":"memory/school/to-pay/year5-science-museum.md"}"#)
        ),
        (
            2005,
            ops(
                writes: [
                    (
                        "memory/school/calendar.md",
                        Fresh19.school["memory/school/calendar.md"]!.replacingOccurrences(
                            of: "Year 5 Science Museum trip", with: "Year 5 Science Museum trip (paid)")
                    )
                ],
                #"{"op":"move","from":"memory/school/to-pay/year5-science-museum.md","to":"memory/school/paid/year5-science-museum.md"}"#)
        ),
        (
            2005,
            ops(#"{"op":"move","from":"memory/school/to-pay/year5-science-museum.md","to":"memory/school/paid/to-pay/year5-science-museum.md"}"#)
        ),
        (2005, ops(#"{"op":"delete","path":"memory/school/to-pay/year5-science-museum.md"}"#)),
        (
            2006,
            ops(
                writes: Fresh19.movedVenue(
                    newsletter: "the Friends Meeting House", welcome: "the Friends Meeting House", post: "the Friends Meeting House"
                ).filter { !$0.0.hasSuffix("welcome-pack.md") })
        ),
        (
            2006,
            ops(
                writes: Fresh19.movedVenue(
                    newsletter: "the Friends Meeting House", welcome: "the Friends Meeting House", post: "the Friends Meeting House") + [
                        (
                            "memory/choir/concert-july.md",
                            Fresh19.choir["memory/choir/concert-july.md"]!.replacingOccurrences(
                                of: "in St Mark's Church itself (not the hall)", with: "at the Friends Meeting House")
                        )
                    ])
        ),
        (
            2006,
            ops(
                writes: Fresh19.movedVenue(
                    newsletter: "the Friends Meeting House", welcome: "the Friends Meeting House", post: "the Friends Meeting House") + [
                        (
                            "memory/choir/hall-hire-2026.md",
                            Fresh19.choir["memory/choir/hall-hire-2026.md"]! + "Rehearsals now at the Friends Meeting House.\n"
                        )
                    ])
        ),
        (
            2006,
            ops(
                writes: Fresh19.venueNotes.map {
                    ("memory/choir/\($0)", Fresh19.choir["memory/choir/\($0)"]! + "Rehearsals are now at the Friends Meeting House.\n")
                })
        ),
        (
            2006,
            ops(
                writes: Fresh19.movedVenue(
                    newsletter: "the Methodist Hall, Bridge Street", welcome: "the Methodist Hall, Bridge Street",
                    post: "the Methodist Hall, Bridge Street"))
        ),
        (
            2006,
            ops(
                writes: Fresh19.movedVenue(
                    newsletter: "the Friends Meeting House", welcome: "the Friends Meeting House", post: "the Friends Meeting House"
                ).map { ($0.0, $0.1.replacingOccurrences(of: "Tuesday", with: "Thursday")) })
        ),
        (
            2006,
            ops(
                writes: Fresh19.movedVenue(
                    newsletter: "the Friends Meeting House", welcome: "the Friends Meeting House", post: "the Friends Meeting House"
                ).map { ($0.0, $0.1.replacingOccurrences(of: "7.30", with: "7")) })
        ),
        (
            2006,
            ops(
                writes: Fresh19.movedVenue(
                    newsletter: "the Friends Meeting House", welcome: "St Mark's Hall or the Friends Meeting House",
                    post: "the Friends Meeting House"))
        ),
        (
            2006,
            ops(
                writes: Fresh19.movedVenue(
                    newsletter: "the Friends Meeting House", welcome: "the Friends Meeting House", post: "the Friends Meeting House"
                ).map { ($0.0, "```\n" + $0.1 + "```\n") })
        ),
        (
            2006,
            ops(
                writes: Fresh19.movedVenue(
                    newsletter: "the Friends Meeting House", welcome: "the Friends Meeting House", post: "the Friends Meeting House"
                ).map { ($0.0, $0.1.replacingOccurrences(of: "Subs stay at £60 a term.\n", with: "")) })
        ),
        (2007, ops(#"{"op":"move","from":"memory/wedding/timeline.md","to":"memory/wedding/best-man/timeline.md"}"#)),
        (2007, ops(writes: [("memory/wedding/best-man/timeline.md", Fresh19.wedding["memory/wedding/timeline-draft.md"]!)])),
        (2007, ops(writes: [("memory/wedding/best-man/timeline.md", Fresh19.wedding["memory/wedding/seating-plan.md"]!)])),
        (2007, ops(writes: [("memory/best-man/timeline.md", Fresh19.wedding["memory/wedding/timeline.md"]!)])),
        (2007, ops(writes: [("memory/wedding/best-man/wedding-timeline.md", Fresh19.wedding["memory/wedding/timeline.md"]!)])),
        (
            2007,
            ops(writes: [("memory/wedding/best-man/timeline.md", "```markdown\n" + Fresh19.wedding["memory/wedding/timeline.md"]! + "```\n")])
        ),
        (
            2007,
            ops(writes: [
                (
                    "memory/wedding/best-man/timeline.md",
                    Fresh19.wedding["memory/wedding/timeline.md"]! + "\n## For Josh\n- Rings in your left pocket\n"
                )
            ])
        ),
        (
            2007,
            ops(writes: [
                ("memory/wedding/best-man/timeline.md", Fresh19.wedding["memory/wedding/timeline.md"]!),
                ("memory/wedding/timeline.md", Fresh19.wedding["memory/wedding/timeline.md"]! + "Copied to Josh's folder.\n"),
            ])
        ),
        (
            2007,
            ops(writes: [
                (
                    "memory/wedding/best-man/timeline.md",
                    Fresh19.wedding["memory/wedding/timeline.md"]!.replacingOccurrences(of: "- Midnight: taxis\n", with: "")
                )
            ])
        ),
        (
            2007,
            ops(writes: [
                ("memory/wedding/best-man/timeline.md", Fresh19.wedding["memory/wedding/timeline.md"]!),
                (
                    "memory/wedding/best-man/speech-notes.md",
                    Fresh19.wedding["memory/wedding/best-man/speech-notes.md"]! + "- speeches at 5.30 pm, see timeline.md\n"
                ),
            ])
        ),
        (
            2007,
            ops(writes: [
                (
                    "memory/wedding/best-man/timeline.md",
                    Fresh19.wedding["memory/wedding/timeline.md"]!.replacingOccurrences(of: "5.30 pm: speeches", with: "6 pm: speeches")
                )
            ])
        ),
        (2008, ops(#"{"op":"delete","path":"memory/vet/luna-vaccinations.md"}"#)),
        (
            2008,
            ops(#"{"op":"delete","path":"memory/vet/luna-vaccinations-copy.md"}"#, #"{"op":"delete","path":"memory/vet/luna-vaccinations.md"}"#)
        ),
        (2008, ops(#"{"op":"delete","path":"memory/vet/milo-vaccinations.md"}"#)),
        (2008, ops(writes: [("memory/vet/luna-vaccinations-copy.md", "")])),
        (2008, ops(#"{"op":"move","from":"memory/vet/luna-vaccinations-copy.md","to":"memory/vet/old/luna-vaccinations-copy.md"}"#)),
        (
            2008,
            ops(
                writes: [("memory/vet/luna-vaccinations.md", Fresh19.vet["memory/vet/luna-vaccinations-copy.md"]!)],
                #"{"op":"delete","path":"memory/vet/luna-vaccinations-copy.md"}"#)
        ),
        (
            2008,
            ops(writes: [
                (
                    "memory/vet/luna-vaccinations-copy.md",
                    "DUPLICATE, see luna-vaccinations.md\n" + Fresh19.vet["memory/vet/luna-vaccinations-copy.md"]!
                )
            ])
        ),
        (
            2008,
            ops(
                writes: [("memory/vet/insurance.md", Fresh19.vet["memory/vet/insurance.md"]! + "Tidied the vet folder.\n")],
                #"{"op":"delete","path":"memory/vet/luna-vaccinations-copy.md"}"#)
        ),
        (
            2008,
            ops(#"{"op":"move","from":"memory/vet/luna-vaccinations-copy.md","to":"memory/vet/luna-vaccinations-old.md"}"#)
        ),
        (
            2008,
            ops(
                #"{"op":"delete","path":"memory/vet/luna-vaccinations-copy.md"}"#, #"{"op":"delete","path":"memory/vet/luna-vaccinations.md"}"#,
                #"{"op":"delete","path":"memory/vet/milo-vaccinations.md"}"#, #"{"op":"delete","path":"memory/vet/insurance.md"}"#)
        ),
        (2009, ops(writes: [("outputs/bins-summary.md", Fresh19.binsLetter)])),
        (
            2009,
            ops(writes: [
                (
                    "outputs/bins-summary.md",
                    "- From Thursday 8 April 2027 the bins go out on Thursdays, not Tuesdays.\n- The black bin is emptied every three weeks; recycling stays fortnightly.\n"
                )
            ])
        ),
        (
            2009,
            ops(writes: [
                (
                    "outputs/bins-summary.md",
                    Fresh19.binSummary + "- For help with the bins or a bigger bin, call 01632 960500.\n"
                )
            ])
        ),
        (
            2009,
            ops(writes: [
                (
                    "outputs/bins-summary.md",
                    "From Thursday 8 April 2027 the bins go out on Thursdays. The black bin is emptied every three weeks. Food waste is collected weekly. The brown bin now costs £52 a year: sign up by 20 March.\n"
                )
            ])
        ),
        (2009, ops(writes: [("outputs/bins-summary.md", Fresh19.binSummary.replacingOccurrences(of: "£52", with: "£48"))])),
        (2009, ops(writes: [("outputs/bins-summary.md", Fresh19.binSummary.replacingOccurrences(of: "8 April", with: "5 April"))])),
        (2009, ops(writes: [("outputs/bins-summary.md", Fresh19.binSummary.replacingOccurrences(of: "by 20 March", with: "by 30 March"))])),
        (
            2009,
            ops(writes: [("outputs/bins-summary.md", Fresh19.binSummary.replacingOccurrences(of: "every three weeks", with: "every two weeks"))])
        ),
        (
            2009,
            ops(writes: [
                (
                    "outputs/bins-summary.md",
                    Fresh19.binSummary.replacingOccurrences(
                        of: "From Thursday 8 April 2027 the bins go out on Thursdays, not Tuesdays.",
                        with: "From 8 April 2027 the bins go out on Tuesdays as before.")
                )
            ])
        ),
        (2009, ops(writes: [("outputs/bins-summary.md", "```\n" + Fresh19.binSummary + "```\n")])),
        (2009, ops(writes: [("memory/home/bins-summary.md", Fresh19.binSummary)])),
        (
            2009,
            ops(writes: [
                (
                    "outputs/bins-summary.md",
                    Fresh19.binSummary.replacingOccurrences(
                        of: "sign up by 20 March.", with: "sign up by 20 March (it was £48 last Christmas).")
                )
            ])
        ),
        (
            2009,
            ops(writes: [
                (
                    "outputs/bins-summary.md",
                    Fresh19.binSummary.replacingOccurrences(
                        of: "- A new weekly food waste collection starts then; the caddy and food bin arrive in March.\n", with: "")
                )
            ])
        ),
        (2010, ops(writes: [("outputs/flat-contacts.md", Fresh19.flatContacts + "- Landlord's old landline: 01632 960120\n")])),
        (
            2010,
            ops(writes: [
                (
                    "outputs/flat-contacts.md",
                    Fresh19.flatContacts.replacingOccurrences(of: "- Electrician (Sparks & Son): 07700 900655\n", with: "")
                )
            ])
        ),
        (
            2010,
            ops(writes: [
                ("outputs/flat-contacts.md", Fresh19.flatContacts.replacingOccurrences(of: "0800 496 0712", with: "0800 496 0721"))
            ])
        ),
        (2010, ops(writes: [("outputs/flat-contacts.md", "- 07700 900417\n- 01632 960884\n- 0800 496 0712\n- 07700 900655\n")])),
        (
            2010,
            ops(writes: [
                (
                    "outputs/flat-contacts.md",
                    "The landlord is on 07700 900417, Parkside Lettings on 01632 960884, the emergency plumber on 0800 496 0712 and the electrician on 07700 900655.\n"
                )
            ])
        ),
        (
            2010,
            ops(writes: [
                (
                    "outputs/flat-contacts.md",
                    "- Landlord (Emeka Okafor): 07700 900655\n- Parkside Lettings, for the rent: 01632 960884\n- Emergency plumber (Flowright): 0800 496 0712\n- Electrician (Sparks & Son): 07700 900417\n"
                )
            ])
        ),
        (2010, ops(writes: [("outputs/flat-contacts.md", "```\n" + Fresh19.flatContacts + "```\n")])),
        (2010, ops(writes: [("memory/flat/contacts.md", Fresh19.flatContacts)])),
        (2010, ops(writes: [("outputs/flat-contacts.md", Fresh19.flatContacts + "- Bins: Wednesday night\n")])),
        (
            2010,
            ops(writes: [
                ("outputs/flat-contacts.md", "- Landlord\n- Parkside Lettings\n- Emergency plumber (Flowright)\n- Electrician (Sparks & Son)\n")
            ])
        ),
        (2010, ops(writes: [("outputs/flat-contacts.md", Fresh19.flatContacts + "- Landlord (Emeka Okafor), mobile: 07700 900417\n")])),
        (
            2011,
            ops(writes: [
                (
                    "outputs/guests-coming.md",
                    "- Aunt Carol and Uncle Jim\n- Ben Harris\n- The Okonjo family\n- Grandad Ray\n- Lucy Tran\n- Mike and Dee\n- Sophie Walsh\n"
                )
            ])
        ),
        (2011, ops(writes: [("outputs/guests-coming.md", "- Aunt Carol and Uncle Jim\n- The Okonjo family\n- Lucy Tran\n- Sophie Walsh\n")])),
        (2011, ops(writes: [("outputs/guests-coming.md", "- Aunt Carol and Uncle Jim\n- The Okonjo family\n")])),
        (2011, ops(writes: [("outputs/guests-coming.md", "- Aunt Carol and Uncle Jim\n- The Okonjo family\n- Lucy Tran\n- Mike and Dee\n")])),
        (2011, ops(writes: [("outputs/guests-coming.md", "Aunt Carol and Uncle Jim, the Okonjo family and Lucy Tran are coming.\n")])),
        (2011, ops(writes: [("memory/wedding/coming.md", "- Aunt Carol and Uncle Jim\n- The Okonjo family\n- Lucy Tran\n")])),
        (2011, ops(writes: [("outputs/guests-coming.md", "```\naunt-carol.md\nthe-okonjos.md\nlucy-tran.md\n```\n")])),
        (
            2011,
            ops(writes: [("outputs/guests-coming.md", "- Aunt Carol and Uncle Jim\n- The Okonjo family\n- Lucy Tran\n- Aunt Carol and Uncle Jim\n")])
        ),
        (2011, ops(writes: [("outputs/guests-coming.md", "- Aunt Carol and Uncle Jim\n- The Okonjo family\n- Lucy Tran\n- Priya Shah\n")])),
        (
            2011,
            ops(writes: [
                (
                    "outputs/guests-coming.md",
                    "- aunt-carol.md: yes\n- ben-harris.md: no\n- the-okonjos.md: yes\n- grandad-ray.md: not replied\n- lucy-tran.md: yes\n- mike-and-dee.md: maybe\n- sophie-walsh.md: no\n"
                )
            ])
        ),
        (2011, ops(writes: [("outputs/guests-coming.md", "- Aunt Carol and Uncle Jim\n- Grandad Ray\n- The Okonjo family\n- Lucy Tran\n")])),
        (2012, ops(writes: [("outputs/order-2027.json", Fresh19.garden["memory/garden/order-2027.csv"]!)])),
        (
            2012,
            ops(writes: [
                (
                    "outputs/order-2027.json",
                    Fresh19.orderJSON.replacingOccurrences(
                        of: "  {\"item\": \"Bark chippings 70L\", \"quantity\": 2, \"price\": 8.49},\n", with: "")
                )
            ])
        ),
        (2012, ops(writes: [("outputs/order-2027.json", Fresh19.orderJSON.replacingOccurrences(of: "4.50", with: "4.05"))])),
        (
            2012,
            ops(writes: [("outputs/order-2027.json", Fresh19.orderJSON.replacingOccurrences(of: "\"quantity\": 12", with: "\"quantity\": 1"))])
        ),
        (
            2012,
            ops(writes: [
                (
                    "outputs/order-2027.json",
                    "[[\"item\", \"quantity\", \"price\"], [\"Multi-purpose compost 50L\", 4, 6.99], [\"Lavender Hidcote 2L\", 6, 4.5], [\"Bark chippings 70L\", 2, 8.49], [\"Tomato plug plants\", 12, 0.75]]\n"
                )
            ])
        ),
        (
            2012,
            ops(writes: [
                (
                    "outputs/order-2027.json",
                    "[\n  {\"item\": \"Grass seed 1kg\", \"quantity\": 1, \"price\": 12.99},\n  {\"item\": \"Multi-purpose compost 50L\", \"quantity\": 3, \"price\": 5.99}\n]\n"
                )
            ])
        ),
        (
            2012,
            ops(writes: [
                (
                    "outputs/order-2027.json",
                    Fresh19.orderJSON.replacingOccurrences(
                        of: "0.75}\n]", with: "0.75},\n  {\"item\": \"Total\", \"quantity\": 24, \"price\": 72.47}\n]")
                )
            ])
        ),
        (
            2012,
            ops(writes: [
                (
                    "outputs/order-2027.json",
                    "[\n  {\"item\": \"Multi-purpose compost 50L\", \"quantity\": 4},\n  {\"item\": \"Lavender Hidcote 2L\", \"quantity\": 6},\n  {\"item\": \"Bark chippings 70L\", \"quantity\": 2},\n  {\"item\": \"Tomato plug plants\", \"quantity\": 12}\n]\n"
                )
            ])
        ),
        (
            2012,
            ops(writes: [
                ("outputs/order-2027.json", Fresh19.orderJSON.replacingOccurrences(of: "Multi-purpose compost 50L", with: "Compost"))
            ])
        ),
        (2012, ops(writes: [("outputs/order-2027.json", "```json\n" + Fresh19.orderJSON + "```\n")])),
        (2012, ops(writes: [("memory/garden/order-2027.json", Fresh19.orderJSON)])),
        (
            2012,
            ops(writes: [
                (
                    "outputs/order-2027.json",
                    Fresh19.orderJSON.replacingOccurrences(of: "\"quantity\": 4, \"price\": 6.99", with: "\"quantity\": 6.99, \"price\": 4")
                )
            ])
        ),
        (
            2013,
            ops(writes: [
                (
                    "skills/shopping-list/SKILL.md",
                    "# Shopping list\nRead memory/kitchen/meal-plan.md, collect the ingredients from each recipe in memory/recipes, leave out what is in memory/kitchen/pantry.md and write the list to outputs/shopping-list.md.\n"
                )
            ])
        ),
        (
            2013,
            ops(writes: [
                (
                    "skills/shopping-list/SKILL.md",
                    Fresh19.shoppingSkill.replacingOccurrences(of: "name: shopping-list", with: "name: Shopping List")
                )
            ])
        ),
        (2013, ops(writes: [("skills/shopping-list.md", Fresh19.shoppingSkill)])),
        (
            2013,
            ops(writes: [
                (
                    "skills/shopping-list/SKILL.md",
                    Fresh19.shoppingSkill.replacingOccurrences(
                        of: "description: The week's shopping list from the meal plan, without what is already in the cupboard.\n", with: "")
                )
            ])
        ),
        (
            2013,
            ops(writes: [
                (
                    "skills/shopping-list/SKILL.md",
                    Fresh19.shoppingSkill.replacingOccurrences(of: "Leave out anything listed in memory/kitchen/pantry.md.\n", with: "")
                )
            ])
        ),
        (
            2013,
            ops(writes: [
                (
                    "skills/shopping-list/SKILL.md",
                    Fresh19.shoppingSkill.replacingOccurrences(of: "outputs/shopping-list.md", with: "outputs/shopping.md")
                )
            ])
        ),
        (
            2013,
            ops(writes: [
                (
                    "skills/shopping-list/SKILL.md",
                    Fresh19.shoppingSkill.replacingOccurrences(of: "memory/kitchen/meal-plan.md", with: "memory/kitchen/meals.md")
                )
            ])
        ),
        (2013, ops(writes: [("skills/shopping-list/SKILL.md", "```markdown\n" + Fresh19.shoppingSkill + "```\n")])),
        (
            2013,
            ops(writes: [
                (
                    "skills/meal-ideas/SKILL.md",
                    Fresh19.mealIdeasSkill
                        + "\n## Shopping list\nRead memory/kitchen/meal-plan.md, collect the ingredients from each recipe in memory/recipes, leave out what is in memory/kitchen/pantry.md and write the list to outputs/shopping-list.md.\n"
                )
            ])
        ),
        (
            2013,
            ops(writes: [
                (
                    "skills/shopping-list/SKILL.md",
                    "---\nname: shopping-list\ndescription: The week's shopping list from the meal plan.\n---\nRead memory/kitchen/meal-plan.md and memory/kitchen/pantry.md and write a shopping list to outputs/shopping-list.md.\n"
                )
            ])
        ),
        (
            2013,
            ops(writes: [
                ("skills/shopping-list/SKILL.md", Fresh19.shoppingSkill),
                ("skills/meal-ideas/SKILL.md", Fresh19.mealIdeasSkill + "See also the shopping-list skill.\n"),
            ])
        ),
        (
            2014,
            ops(writes: [
                (
                    "memory/allotment/harvest-report.py",
                    "import csv\n\ntotal = 0.0\nwith open(\"memory/allotment/harvest-2026.csv\") as f:\n    for row in csv.DictReader(f):\n        total += float(row[\"kg\"])\nprint(f\"Total harvest: {total:.1f} kg\")\n"
                )
            ])
        ),
        (
            2014,
            ops(writes: [
                (
                    "memory/allotment/harvest-report.py",
                    Fresh19.harvestScript.replacingOccurrences(of: "key=lambda c: c[1], reverse=True", with: "key=lambda c: c[1]")
                )
            ])
        ),
        (
            2014,
            ops(writes: [
                (
                    "memory/allotment/harvest-report.py",
                    Fresh19.harvestScript.replacingOccurrences(of: "key=lambda c: c[1], reverse=True", with: "reverse=True")
                )
            ])
        ),
        (
            2014,
            ops(writes: [
                (
                    "memory/allotment/harvest-report.py",
                    Fresh19.harvestScript.replacingOccurrences(of: "harvest-2026.csv", with: "harvest-2025.csv")
                )
            ])
        ),
        (
            2014,
            ops(writes: [
                (
                    "memory/allotment/harvest-report.py",
                    Fresh19.harvestScript
                        + "with open(\"memory/allotment/harvest-report.txt\", \"w\") as out:\n    for crop, kg in totals.items():\n        out.write(f\"{crop},{kg}\\n\")\n"
                )
            ])
        ),
        (2014, ops(writes: [("memory/allotment/harvest-report.py", "```python\n" + Fresh19.harvestScript + "```\n")])),
        (
            2014,
            ops(writes: [
                (
                    "memory/allotment/harvest-report.py",
                    "#!/bin/sh\nawk -F, 'NR > 1 { t[$2] += $3 } END { for (c in t) print c, t[c] }' memory/allotment/harvest-2026.csv | sort -k2 -rn\n"
                )
            ])
        ),
        (
            2014,
            ops(writes: [
                (
                    "memory/allotment/harvest-report.py",
                    Fresh19.harvestScript.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "# \($0)" }.joined(
                        separator: "\n")
                )
            ])
        ),
        (2014, ops(writes: [("outputs/harvest-report.py", Fresh19.harvestScript)])),
        (
            2014,
            ops(writes: [
                (
                    "memory/allotment/harvest-report.py",
                    "import csv\nfrom collections import defaultdict\n\ntotals = defaultdict(float)\nwith open(\"memory/allotment/harvest-2026.csv\") as f:\n    for row in csv.DictReader(f):\n        totals[row[\"crop\"]] += float(row[\"kg\"])\n"
                )
            ])
        ),
        (
            2014,
            ops(writes: [
                (
                    "memory/allotment/harvest-report.py",
                    Fresh19.harvestScript.replacingOccurrences(
                        of: "with open(\"memory/allotment/harvest-2026.csv\") as f:\n    for row in csv.DictReader(f):\n        totals",
                        with:
                            "for name in [\"memory/allotment/harvest-2025.csv\", \"memory/allotment/harvest-2026.csv\"]:\n  with open(name) as f:\n    for row in csv.DictReader(f):\n        totals"
                    )
                )
            ])
        ),
    ]
}

/// The nineteenth fresh part's fixtures and the helpers its checks share.
private enum Fresh19 {
    static let car: [String: String] = [
        "memory/car/panda.md": "# Fiat Panda\nReg: KP19 XWD\nMOT due: March\nInsurance: renews in August\n",
        "memory/car/mot-2026.md": "# MOT 2026\nPassed at Quick Tyres on 9 March 2026, £45.00\nAdvisory: front tyres close to the limit\n",
        "memory/car/service-history.md":
            "# Service history\n- 14/10/2026: full service at Hillside Garage, £189\n- 02/03/2025: new front tyres, Quick Tyres, £118\n",
    ]
    static let motBooking =
        "# MOT booking\n- Garage: Hillside Garage\n- Date: Thursday 11 March 2027\n- Time: 8.30 am\n- Price: £54.85\n- Reference: HG-40219\n"

    static let oldModel = "Model: Baxi Duo-tec 28 combi, fitted 2011"
    static let oldWarranty = "Warranty: ended in 2016"
    static let newModel = "Model: Vaillant ecoTEC plus 832 combi, fitted 2 February 2027"
    static let newWarranty = "Warranty: until 2 February 2034"
    static let boiler: [String: String] = [
        "memory/home/boiler.md":
            "# Boiler\n\(oldModel)\n\(oldWarranty)\nEngineer: Dan Price (Gas Safe 558201), 07700 900562\nService: every October, about £85\nPressure: keep between 1 and 1.5 bar\nStopcock: under the kitchen sink\n",
        "memory/home/boiler-quote.md":
            "# Quote from Warm Homes Ltd\nVaillant ecoTEC plus 832 combi, fitted, with a 7-year warranty: £2,950\nAccepted on 12 January 2027\n",
        "memory/home/old-boiler-manual.md":
            "# Baxi Duo-tec 28: manual notes\nReset: hold the reset button for 5 seconds\nFault E133: no gas, check the meter\n",
        "memory/home/appliances.md":
            "# Appliances\n- Boiler: Baxi Duo-tec 28 (see boiler.md)\n- Fridge freezer: Bosch, 2019\n- Washing machine: Beko, 2022\n",
    ]
    /// The boiler note with its model and warranty lines replaced by `model` and `warranty`.
    static func newBoiler(_ model: String, _ warranty: String) -> String {
        boiler["memory/home/boiler.md"]!.replacingOccurrences(of: oldModel, with: model).replacingOccurrences(of: oldWarranty, with: warranty)
    }

    static let running: [String: String] = [
        "memory/running/races.md":
            "# My races\n- 14/09/2025: Millbrook 10K, 52:08\n- 23/11/2025: Hollowfield Trail 15K, 1:34:50\n- 10/05/2026: Great Manchester Run 10K, 49:55\n- 13/09/2026: Great North Run, 2:01:37\n",
        "memory/running/races-sam.md": "# Sam's races\n- 13/09/2026: Great North Run, 1:48:20\n",
        "memory/running/training-plan.md": "# Training plan to March\n- Tuesdays: intervals with the club\n- Sundays: long run, building to 18 km\n",
        "memory/running/club.md": "# Millbrook Harriers\nSubs £30 a year; track nights Tuesday and Thursday\n",
    ]

    static let recipes: [String: String] = [
        "memory/recipes/untitled-3.md":
            "# Nan's lemon drizzle\n- 225 g butter\n- 225 g caster sugar\n- 4 eggs\n- 275 g self-raising flour\n- 2 lemons\nBake at 180°C for 45 minutes; pour the lemon syrup over while it's warm.\n",
        "memory/recipes/untitled-2.md": "# Flapjacks\n- 250 g oats\n- 125 g butter\n- 125 g golden syrup\n",
        "memory/recipes/untitled-4.md": "# Lemon drizzle, half batch (sank in the middle)\n- 110 g butter\n- 2 eggs\n",
        "memory/recipes/banana-bread.md": "# Banana bread\n- 3 ripe bananas\n- 250 g flour\n",
    ]

    static let school: [String: String] = [
        "memory/school/to-pay/year5-science-museum.md":
            "# Year 5 trip: Science Museum\nThursday 22 April, the coach leaves at 8 am\nCost: £18.50 on ParentPay by 9 April\nPacked lunch, no fizzy drinks\n",
        "memory/school/to-pay/year2-farm-trip.md": "# Year 2 trip: Wellbrook Farm\nFriday 14 May\nCost: £9 on ParentPay by 30 April\n",
        "memory/school/paid/photos-autumn.md": "# School photos, autumn\nPaid £14.99 for the pack on 3 November\n",
        "memory/school/calendar.md": "# Summer term\n- 22 April: Year 5 Science Museum trip\n- 14 May: Year 2 farm trip\n- 23 July: last day\n",
    ]

    static let venueNotes = ["newsletter-spring.md", "welcome-pack.md", "facebook-post.md"]
    static let choir: [String: String] = [
        "memory/choir/newsletter-spring.md":
            "# Millbrook Voices: spring newsletter\nRehearsals restart on Tuesday 12 January, 7.30 to 9.30 pm, at St Mark's Hall.\nNew music this term: Fauré's Requiem and a Beatles medley.\nSubs stay at £60 a term.\n",
        "memory/choir/welcome-pack.md":
            "# Welcome to Millbrook Voices\n- We rehearse on Tuesdays, 7.30 to 9.30 pm, at St Mark's Hall\n- Bring a pencil and a bottle of water\n- Your first two weeks are free\n",
        "memory/choir/facebook-post.md":
            "New season! Millbrook Voices meets every Tuesday at 7.30 pm at St Mark's Hall. No auditions, everyone welcome.\n",
        "memory/choir/concert-july.md": "# Summer concert\nSaturday 3 July, 7 pm, in St Mark's Church itself (not the hall)\n",
        "memory/choir/hall-hire-2026.md": "# St Mark's Hall hire, 2026\n£18 an hour, invoiced termly; paid in full\n",
        "memory/choir/members.md": "# Members\n- Sopranos: 14\n- Altos: 11\n- Tenors: 5\n- Basses: 7\n",
    ]
    /// The three venue notes with St Mark's Hall written `newsletter`, `welcome` and `post` in each.
    static func movedVenue(newsletter: String, welcome: String, post: String) -> [(String, String)] {
        zip(venueNotes, [newsletter, welcome, post]).map { note, venue in
            ("memory/choir/\(note)", choir["memory/choir/\(note)"]!.replacingOccurrences(of: "St Mark's Hall", with: venue))
        }
    }

    static let wedding: [String: String] = [
        "memory/wedding/timeline.md":
            "# Wedding day: Saturday 18 September\n\n- 12.30 pm: ceremony at Hartley Register Office\n- 1.15 pm: photos in Victoria Park\n- 2.30 pm: drinks at the Old Mill\n- 4 pm: wedding breakfast\n- 5.30 pm: speeches (the best man goes third)\n- 7.30 pm: evening guests arrive; the band starts at 8\n- Midnight: taxis\n",
        "memory/wedding/timeline-draft.md": "# Wedding day (DRAFT)\n- 1 pm: ceremony\n- 3 pm: drinks\n- 6 pm: speeches\n",
        "memory/wedding/seating-plan.md": "# Seating plan\nTop table: us, both mums, Dad, Josh (best man), Aisha (maid of honour)\n",
        "memory/wedding/best-man/speech-notes.md": "# Josh's speech notes\n- the caravan story\n- keep it under ten minutes\n",
    ]

    static let vet: [String: String] = [
        "memory/vet/luna-vaccinations.md":
            "# Luna: vaccinations\n- 12/03/2024: first course\n- 15/03/2025: booster\n- 14/03/2026: booster (next due March 2027)\nVet: Greenway Vets, 01632 960347\n",
        "memory/vet/luna-vaccinations-copy.md":
            "# Luna: vaccinations\n- 12/03/2024: first course\n- 15/03/2025: booster\nVet: Greenway Vets, 01632 960347\n",
        "memory/vet/milo-vaccinations.md": "# Milo: vaccinations\n- 02/06/2025: first course\n- 01/06/2026: booster\n",
        "memory/vet/insurance.md": "# Pet insurance\nPetPlan, both cats, £31.40 a month\n",
    ]

    static let binsLetter = """
        # Millbrook District Council: changes to your bin collections

        Dear resident,

        From Thursday 8 April 2027 your bins will be collected on Thursdays instead of Tuesdays.

        Your black bin (general waste) will be emptied every three weeks rather than every two. Your blue recycling bin \
        stays fortnightly.

        A new weekly food waste collection starts on the same day. We will deliver a kitchen caddy and an outdoor food \
        bin to every home during March.

        The garden waste service (the brown bin) now needs a yearly subscription of £52. Sign up at \
        millbrook.gov.example/garden by 20 March to keep it emptied without a break.

        If you need help putting your bins out, or a larger bin for medical reasons, call us on 01632 960500.

        Yours faithfully,
        Waste and Recycling Team

        """
    static let bins: [String: String] = [
        "memory/home/council-bins-letter.md": binsLetter,
        "memory/home/council-bins-christmas.md":
            "# Christmas bin collections 2025\nTuesday collections move to Saturday 27 December. Garden waste stays at £48 a year.\n",
        "memory/home/council-tax.md": "# Council tax\nBand C, £1,842 a year in ten instalments\n",
    ]
    static let binSummary =
        "- From Thursday 8 April 2027 the bins go out on Thursdays, not Tuesdays.\n- The black bin is emptied every three weeks; recycling stays fortnightly.\n- A new weekly food waste collection starts then; the caddy and food bin arrive in March.\n- The brown garden waste bin now costs £52 a year: sign up by 20 March.\n"

    static let welcomeLetter = """
        # Welcome to Flat 4, 22 Canal Street

        Hi Priya and Tom,

        Welcome! A few numbers you'll want. I'm your landlord, and the best way to reach me is my mobile, \
        07700 900417 (text first if it's not urgent). For anything about the rent, call the agents, Parkside Lettings, \
        on 01632 960884.

        If there's a leak or no hot water out of hours, ring the emergency plumber, Flowright, on 0800 496 0712. The \
        electrician we use is Sparks & Son, 07700 900655.

        My old landline, 01632 960120, is no longer in use, so please don't ring it.

        The bins go out on Wednesday night, and the cleaner does the stairs on Fridays.

        Best wishes,
        Emeka Okafor

        """
    static let flat: [String: String] = [
        "memory/flat/welcome-letter.md": welcomeLetter,
        "memory/flat/inventory.md": "# Inventory\n- sofa (small stain on the left arm)\n- 2 keys and a fob\n- smoke alarm tested 1 June\n",
        "memory/flat/tenancy.md": "# Tenancy\nRent £950 a month, paid on the 1st\n",
    ]
    static let flatContacts =
        "- Landlord (Emeka Okafor), mobile: 07700 900417\n- Parkside Lettings, for the rent: 01632 960884\n- Emergency plumber (Flowright): 0800 496 0712\n- Electrician (Sparks & Son): 07700 900655\n"
    /// The letter's four numbers that are in use: whose each is (a pattern, lowercase) and its digits.
    static let phones: [(who: String, digits: String)] = [
        (#"landlord|okafor|emeka"#, "07700900417"), (#"agent|parkside|letting|\brent\b"#, "01632960884"),
        (#"plumb|flowright|emergency|out of hours"#, "08004960712"), (#"electric|sparks"#, "07700900655"),
    ]

    static let rsvps: [String: String] = [
        "memory/wedding/rsvps/aunt-carol.md": "# Aunt Carol and Uncle Jim\nAttending: yes\nMeal: 2 x chicken\n",
        "memory/wedding/rsvps/ben-harris.md": "# Ben Harris\nAttending: no, he's in Canada that week\nGift: sent a toaster\n",
        "memory/wedding/rsvps/the-okonjos.md": "# The Okonjo family (4)\nAttending: Yes, all four\nMeal: 2 x vegetarian, 2 x children's\n",
        "memory/wedding/rsvps/grandad-ray.md": "# Grandad Ray\nAttending: not replied yet (Mum will ask him)\n",
        "memory/wedding/rsvps/lucy-tran.md": "# Lucy Tran\nAttending: yes, with Sam as her plus one\nMeal: fish\n",
        "memory/wedding/rsvps/mike-and-dee.md": "# Mike and Dee\nAttending: maybe, if they find a babysitter\n",
        "memory/wedding/rsvps/sophie-walsh.md": "# Sophie Walsh\nAttending: no (her sister's 40th)\nPhotos: yes please, send her the link\n",
        "memory/wedding/guest-list.md":
            "# Invited\nAunt Carol and Uncle Jim, Ben Harris, the Okonjos, Grandad Ray, Lucy Tran, Mike and Dee, Sophie Walsh, Priya Shah\n",
    ]

    static let garden: [String: String] = [
        "memory/garden/order-2027.csv":
            "item,quantity,price\nMulti-purpose compost 50L,4,6.99\nLavender Hidcote 2L,6,4.50\nBark chippings 70L,2,8.49\nTomato plug plants,12,0.75\n",
        "memory/garden/order-2026.csv": "item,quantity,price\nGrass seed 1kg,1,12.99\nMulti-purpose compost 50L,3,5.99\n",
        "memory/garden/plan.md": "# Spring jobs\n- lavender along the path\n- bark on the back bed\n- tomatoes in the greenhouse\n",
    ]
    static let orderJSON = """
        [
          {"item": "Multi-purpose compost 50L", "quantity": 4, "price": 6.99},
          {"item": "Lavender Hidcote 2L", "quantity": 6, "price": 4.50},
          {"item": "Bark chippings 70L", "quantity": 2, "price": 8.49},
          {"item": "Tomato plug plants", "quantity": 12, "price": 0.75}
        ]

        """
    /// The order's four lines: the item (lowercase), quantity and price.
    static let orderItems: [(item: String, quantity: Double, price: Double)] = [
        ("multi-purpose compost 50l", 4, 6.99), ("lavender hidcote 2l", 6, 4.5), ("bark chippings 70l", 2, 8.49),
        ("tomato plug plants", 12, 0.75),
    ]

    static let mealIdeasSkill =
        "---\nname: meal-ideas\ndescription: Suggest dinners from what is in the cupboard.\n---\nRead memory/kitchen/pantry.md and suggest three dinners to outputs/meal-ideas.md.\n"
    static let kitchen: [String: String] = [
        "skills/README.md": "Each skill is a folder in skills/ holding a SKILL.md.\n",
        "skills/meal-ideas/SKILL.md": mealIdeasSkill,
        "memory/kitchen/meal-plan.md": "# This week\n- Mon: chilli\n- Tue: fish pie\n- Wed: leftovers\n- Thu: veg curry\n",
        "memory/kitchen/pantry.md": "# In the cupboard\n- rice\n- tinned tomatoes\n- curry paste\n- frozen peas\n",
        "memory/recipes/chilli.md": "# Chilli\n- 500 g mince\n- 1 tin kidney beans\n- 2 tins tomatoes\n- 1 onion\n",
        "memory/recipes/fish-pie.md": "# Fish pie\n- 400 g fish pie mix\n- 1 kg potatoes\n- 500 ml milk\n- frozen peas\n",
    ]
    static let shoppingSkill =
        "---\nname: shopping-list\ndescription: The week's shopping list from the meal plan, without what is already in the cupboard.\n---\nRead memory/kitchen/meal-plan.md.\nFor each meal, open its recipe in memory/recipes and collect the ingredients.\nLeave out anything listed in memory/kitchen/pantry.md.\nWrite the rest, one item per line, to outputs/shopping-list.md.\n"

    static let allotment: [String: String] = [
        "memory/allotment/harvest-2026.csv":
            "date,crop,kg\n2026-06-14,broad beans,1.2\n2026-06-28,broad beans,0.8\n2026-07-05,courgettes,2.4\n2026-07-12,potatoes,6.5\n2026-07-19,courgettes,3.1\n2026-08-02,tomatoes,1.9\n2026-08-16,potatoes,4.0\n2026-08-30,tomatoes,2.6\n",
        "memory/allotment/harvest-2025.csv": "date,crop,kg\n2025-07-20,potatoes,3.2\n2025-08-10,runner beans,1.5\n",
        "memory/allotment/plot.md": "# Plot 14B\nRent £38 a year; water from the trough by the gate\n",
    ]
    static let harvestScript =
        "import csv\nfrom collections import defaultdict\n\ntotals = defaultdict(float)\nwith open(\"memory/allotment/harvest-2026.csv\") as f:\n    for row in csv.DictReader(f):\n        totals[row[\"crop\"]] += float(row[\"kg\"])\nfor crop, kg in sorted(totals.items(), key=lambda c: c[1], reverse=True):\n    print(f\"{crop}: {kg:.1f} kg\")\n"

    /// The day numbers `text` (lowercase) gives in the month starting `month` ("mar"), day first or
    /// month first ("11 March", "Mar 11th", "11/03"), a time after the month's name aside.
    static func days(_ text: String, _ month: String, _ number: Int) -> [String] {
        Judge.found(text, #"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?\#(month)"#)
            + Judge.found(text, #"\b\#(month)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:am|pm|a\.m|p\.m|[.:]\d|[-–]))"#)
            + Judge.found(text, #"\b(\d{1,2})/0?\#(number)\b"#)
    }

    /// The amounts in pounds `text` (lowercase) gives, "£54.85", "54.85 GBP" or "54.85 pounds".
    static func amounts(_ text: String) -> [String] {
        Judge.found(text, #"£\s*([\d,]+(?:\.\d+)?)"#) + Judge.found(text, #"\b([\d,]+(?:\.\d+)?)\s*(?:gbp|pounds?)\b"#)
    }

    /// Whether `text` gives the MOT booking: Hillside Garage, 11 March (a year, if given, 2027; a
    /// weekday, if given, Thursday), 8.30 in the morning, £54.85 as the only amount and the
    /// reference HG-40219, and nothing from last year's MOT or the service history.
    static func isMOT(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let low = t.lowercased()
        let clocks = Judge.found(low, #"(?<![£\d.,])\b(\d{1,2}[.:]\d{2})(?![\d])"#).filter { !amounts(low).contains($0) }
        let hours = Judge.found(low, #"\b(\d{1,2})(?:[.:]\d{2})?\s*(?:am|pm|a\.m|p\.m)"#)
        return Judge.has(low, #"\bhillside\b"#) && Judge.hasDate(low, day: 11, month: 3)
            && days(low, "mar", 3).allSatisfy { ["11", "11th"].contains($0) } && Judge.found(low, #"\b(20\d{2})\b"#).allSatisfy { $0 == "2027" }
            && !Judge.has(low, #"\b(monday|tuesday|wednesday|friday|saturday|sunday|mon|tue|tues|wed|fri|sat|sun)\b"#)
            && (Judge.has(low, #"(?<![\d.])0?8[.:]30(?!\d)"#) || Judge.has(low, #"half past eight"#))
            && !Judge.has(low, #"8[.:]30\s*(pm|p\.m)|half past eight (in the )?(evening|pm)"#)
            && clocks.allSatisfy { ["8.30", "8:30", "08.30", "08:30"].contains($0) } && hours.allSatisfy { ["8", "08"].contains($0) }
            && !amounts(low).isEmpty && amounts(low).allSatisfy { $0 == "54.85" } && Judge.has(low, #"\bhg[-\s]?40219\b"#)
            && Judge.found(low, #"\bhg[-\s]?(\d+)"#).allSatisfy { $0 == "40219" }
            && !Judge.has(low, #"quick tyres|\b189\b|45\.00|advisory"#)
    }

    /// Whether `text` is the boiler note with only its model and warranty lines changed: the model a
    /// Vaillant ecoTEC plus 832 fitted 2 February 2027, the warranty until 2 February 2034 (the old
    /// values said to have been aside), the rest as it was.
    static func isBoiler(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(boiler["memory/home/boiler.md"])
        let got = Judge.lines(t)
        guard got.count == want.count, let m = want.firstIndex(of: oldModel), let w = want.firstIndex(of: oldWarranty) else { return false }
        let aside = #"\(?\b(was|previously|formerly|old:?|replac\w*|instead of|swapped for|used to be)\s+[^)]*\)?"#
        let model = got[m].lowercased().replacingOccurrences(of: aside, with: " ", options: .regularExpression)
        let warranty = got[w].lowercased().replacingOccurrences(of: aside, with: " ", options: .regularExpression)
        return Judge.has(got[m], #"^\W*(boiler\s+)?(model|boiler)\b"#) && Judge.has(model, #"\bvaillant\b"#) && Judge.has(model, #"\becotec\b"#)
            && Judge.has(model, #"(?<!\d)832(?!\d)"#) && Judge.hasDate(model, day: 2, month: 2)
            && Judge.found(model, #"\b(\d{4})\b"#).allSatisfy { $0 == "2027" } && !Judge.has(model, #"baxi|duo|2011|\b28\b"#)
            && Judge.has(got[w], #"^\W*warranty"#) && Judge.hasDate(warranty, day: 2, month: 2)
            && Judge.found(warranty, #"\b(20\d{2})\b"#) == ["2034"] && !Judge.has(warranty, #"ended|2016"#)
            && got.indices.allSatisfy { $0 == m || $0 == w || got[$0] == want[$0] }
    }

    /// Whether `text` is the race list as it was with one more last entry, marked like the others:
    /// 7 March (any date format, a year, if given, 2027), the Ashby Half Marathon, 1:52:14.
    static func isRaceList(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(running["memory/running/races.md"])
        let got = Judge.lines(t)
        guard got.count == want.count + 1, Array(got.prefix(want.count)) == want, let last = got.last?.lowercased() else { return false }
        return Judge.has(last, #"^[-*+•]\s"#) && Judge.hasDate(last, day: 7, month: 3)
            && Judge.found(last, #"\b(\d{4})\b"#).allSatisfy { $0 == "2027" } && Judge.has(last, #"\bashby\b"#)
            && Judge.has(last, #"\bhalf\b"#) && !Judge.has(last, #"\b10k\b|\bfull\b"#)
            && Judge.found(last, #"\b(\d{1,2}:\d{2}(?::\d{2})?)\b"#).allSatisfy { $0 == "1:52:14" }
            && Judge.has(last, #"\b1:52:14\b|\b1\s*h\w*\s*52\s*m\w*\s*14\s*s"#)
    }

    /// Whether `text` is the choir note `was` with only the rehearsal venue's line changed: the
    /// Friends (or Quaker) Meeting House now, not St Mark's Hall (the old venue said to have been
    /// aside), and every other word of the line kept.
    static func hasNewVenue(_ text: String?, _ was: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(was)
        let got = Judge.lines(t)
        guard got.count == want.count, let i = want.firstIndex(where: { $0.contains("St Mark's Hall") }) else { return false }
        let said = got[i].lowercased().replacingOccurrences(
            of: #"\(?\b(was|previously|formerly|originally|moved from|changed from|instead of|no longer at|rather than)\b[^)]*\)?"#, with: " ",
            options: .regularExpression)
        let kept = want[i].lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init).filter {
            !["st", "mark", "s", "hall"].contains($0)
        }
        return Judge.has(said, #"\b(friends|quaker)(['’]s?)?\s+meeting\s*house\b"#) && !Judge.has(said, #"\bst\.?\s+mark|\bmark['’]?s hall"#)
            && kept.allSatisfy { said.contains($0) } && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
    }

    /// Whether `text` sums up the bin letter in three or four bullet points (a title line before
    /// them aside; each at most forty words, about a hundred and twenty in all): Thursdays from
    /// 8 April, the black bin every three weeks, the weekly food waste, the brown bin's £52 by
    /// 20 March, and no amount or date the letter does not give, nor anything from the Christmas
    /// letter.
    static func isBinSummary(_ text: String?) -> Bool {
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
        let food = all.map { $0.lowercased() }.filter { Judge.has($0, #"\bfood\b"#) }
        return Judge.has(low, #"\bthursdays?\b"#) && Judge.hasDate(low, day: 8, month: 4)
            && Judge.has(low, #"\b(three|3)[-\s]+weeks?\b|\b(three|3)-weekly\b|every third week"#)
            && food.contains { Judge.has($0, #"(?<!three-)(?<!3-)\bweekly\b|\bevery week\b|\beach week\b|\bonce a week\b"#) }
            && Judge.has(low, #"\bgarden\b|\bbrown\b"#) && Judge.has(low, #"(?<![\d,.])52(?![\d])"#) && Judge.hasDate(low, day: 20, month: 3)
            && amounts(low).allSatisfy { $0 == "52" || $0 == "52.00" } && days(low, "apr", 4).allSatisfy { ["8", "08"].contains($0) }
            && days(low, "mar", 3).allSatisfy { $0 == "20" } && Judge.found(low, #"\b(20\d{2})\b"#).allSatisfy { $0 == "2027" }
            && !Judge.has(low, #"\b48\b|27 dec|christmas|1,?842|band c"#)
    }

    /// Whether `text` lists the letter's four numbers in use, each in an entry of its own with whose
    /// it is (any spacing, or +44), any order, and not the old landline; before them at most a title
    /// and a table header, nothing after them.
    static func isFlatContacts(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !t.filter(\.isNumber).contains("1632960120"), !Judge.has(t, #"landline|no longer"#) else {
            return false
        }
        let entries = Judge.items(t).filter { !Judge.isTableRule($0) }.map { $0.lowercased() }
        let number = { (e: String) -> [Int] in
            let d = e.filter(\.isNumber)
            return phones.indices.filter { d.contains(phones[$0].digits) || d.contains("44" + phones[$0].digits.dropFirst()) }
        }
        let who = { (e: String) -> [Int] in phones.indices.filter { Judge.has(e, phones[$0].who) } }
        let named = entries.indices.filter { !number(entries[$0]).isEmpty || !who(entries[$0]).isEmpty }
        guard named.count == phones.count, let first = named.first, named == Array(first..<first + named.count),
            entries.count == first + named.count, first <= 2
        else { return false }
        if first == 2 && !entries[1].hasPrefix("|") { return false }
        let pairs = named.map { (who(entries[$0]), number(entries[$0])) }
        return pairs.allSatisfy { $0.0.count == 1 && $0.0 == $0.1 } && Set(pairs.map(\.0)).count == phones.count
    }

    /// Whether `text` lists the three replies that say yes (Aunt Carol and Uncle Jim, the Okonjos,
    /// Lucy Tran), by name or file name, and none that said no, maybe or nothing yet, nor anyone
    /// only on the guest list.
    static func isGuestList(_ text: String?) -> Bool {
        Judge.isNamedList(
            text, [#"carol|\bjim\b"#, #"okonjo"#, #"lucy|\btran\b"#],
            banned: #"\bben\b|harris|grandad|\bray\b|\bmike\b|\bdee\b|sophie|walsh|priya|\bshah\b"#)
    }

    /// Whether `text` is the 2027 order as JSON: a list (or an object holding one list) of four
    /// objects, any order, each with exactly an item (name), a quantity and a price (key names and
    /// order free, numbers or strings of them, a pound sign aside), nothing else.
    static func isOrderJSON(_ text: String?) -> Bool {
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
        guard rows.count == orderItems.count else { return false }
        var left = Array(orderItems.indices)
        for r in rows {
            guard let o = r as? [String: Any], o.count == 3,
                let item = o.first(where: { Judge.has($0.key, #"item|name|product|plant|description"#) }),
                let quantity = o.first(where: { Judge.has($0.key, #"qty|quant|count|number|^units?$|how many"#) }),
                let price = o.first(where: { Judge.has($0.key, #"price|cost|each|£"#) }),
                Set([item.key, quantity.key, price.key]).count == 3, let name = item.value as? String, let q = Judge.jsonNumber(quantity.value),
                let p = Judge.jsonNumber(price.value)
            else { return false }
            let n = Judge.spaced(name.lowercased()).trimmingCharacters(in: .whitespaces)
            guard let i = left.first(where: { orderItems[$0].item == n && orderItems[$0].quantity == q && abs(orderItems[$0].price - p) < 0.001 })
            else { return false }
            left.removeAll { $0 == i }
        }
        return left.isEmpty
    }

    /// Whether `text` is a skill named shopping-list with a description, whose body reads the meal
    /// plan, gathers the ingredients from the recipes, leaves out what the pantry holds and saves the
    /// list in outputs/shopping-list.md.
    static func isShoppingSkill(_ text: String?) -> Bool {
        guard let t = text, let (fields, body) = Judge.skill(t) else { return false }
        let b = body.lowercased()
        let rest = b.replacingOccurrences(of: "outputs/shopping-list.md", with: " ").replacingOccurrences(of: "shopping-list", with: " ")
        return fields["name"] == "shopping-list" && (fields["description"] ?? "").count >= 10 && b.count >= 40
            && b.contains("outputs/shopping-list.md") && rest.contains("meal-plan.md") && rest.contains("pantry.md")
            && Judge.has(rest, #"\brecipes?\b"#) && Judge.has(rest, #"ingredient|\bneeds?\b"#)
            && Judge.has(
                rest,
                #"leave out|leaving out|\bskip|\bexcept|\bomit|\bexclud|\bremove|cross (it |them )?off|\bunless\b|\bminus\b|already (have|has|got|in)|not (already )?in\b|(don't|do not|never) (buy|include|list|add|put)"#
            )
    }

    /// Whether `text` is a Python script (a shebang, if any, names Python) that opens this year's
    /// harvest log (not last year's), reads the numbers, adds them up per crop, sorts the crops
    /// heaviest first and prints them, writing, moving or removing nothing. Comments and a fenced
    /// reply do not count.
    static func isHarvestScript(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let l = Judge.lines(t)
        if let first = l.first, first.hasPrefix("#!"), !first.contains("python") { return false }
        let code = l.filter { !$0.hasPrefix("#") }.joined(separator: "\n")
        let has = { (words: [String]) in words.contains { code.contains($0) } }
        guard code.contains("harvest-2026.csv"), !code.contains("harvest-2025") else { return false }
        guard
            !Judge.has(
                code,
                #"open\([^)]*,\s*(mode\s*=\s*)?["'][wax]|\.to_csv\(|os\.remove|os\.unlink|\.unlink\(|shutil|os\.rename|write_text\(|\.write\("#)
        else { return false }
        let descending =
            Judge.has(code, #"most_common\(|sort_values\([^)]*ascending\s*=\s*False|\.nlargest\(|key\s*=\s*lambda[^:\n]*:\s*-"#)
            || (Judge.has(code, #"reverse\s*=\s*True"#) && Judge.has(code, #"key\s*="#))
        return has(["open(", "read_text(", "read_csv("]) && has(["float(", "Decimal(", "read_csv("])
            && Judge.has(code, #"defaultdict|Counter\(|\.get\(|setdefault|groupby|\[[^\]\n]+\]\s*\+=|pivot_table"#) && descending
            && code.contains("print(") && Judge.has(code, #"crop"#)
    }
}
