import Foundation

/// A twenty-second fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first twenty-one: by someone who had not read the agent loop, its tools, its prompts, its tests or
/// any result. Fourteen intentions, numbered 2301 to 2314, one for each kind the issue names
/// (create, a half marathon's date, start time and bib number; edit in place, the main Wi-Fi
/// network's new password with its capitals, the guest network's left; append a finished book as a
/// new last row of a year's reading table; rename a scan saved with the scanner's default name and
/// a "(1)", its twin from the same day left; move a signed school consent form from the inbox into
/// the child's own folder; several files, an aunt's new mobile number in the three notes that give
/// it, her work line and an uncle's look-alike number left; copy a holiday itinerary into a shared
/// folder under a new name; delete a duplicated note named "(copy)", the original kept; summarise a
/// school trip letter in sixty words at most; extract the party guests who are coming and cannot eat
/// something, with what; list-and-save the board games five can play, by the Players line inside
/// each; convert a JSON list of subscriptions to CSV; a skill that says whose birthday falls in the
/// next fourteen days and the age they turn; a Python script that prints a month's total rainfall
/// and the wettest day), each worded three ways as people word them (files named by path, by bare
/// name or by what they are; details given in passing; what to leave alone said casually), run as
/// Steward chooses. Every fixture holds a look-alike beside the right file (last year's race, the
/// old flat's Wi-Fi with the same old password, last year's reading table with a row on the same
/// day and the to-read list, the other scan of that day and last year's certificate, the brother's
/// unsigned form, the work line and the uncle's number, the draft and another trip's itinerary, the
/// original note and the invoice, the brother's trip two years before, the guest who cannot come
/// and last year's guests, the games on the wish list, the cancelled subscriptions, another skill,
/// last March's rain). Judged by content as a person would (other list markers, entry, row and
/// column order, spacing, a title line, a table for a list, another date, time, number, phone or
/// amount format, an aside saying what a value was, quoted CSV cells, a lost final newline, CRLF
/// pass) and by "nothing else changed" (the wrong file, the wrong folder, a copy where a move was
/// asked fail). Frozen in a commit of its own before any run with a model: never tune the loop on
/// it, and run it as it is (`STEWARD_SUITE_PART=fresh22`).
extension EverydayTaskSuite {
    static let fresh22: [Intention] = [
        Intention(
            number: 2301, kind: "create: a half marathon's entry with its date, start time and bib number, last year's race apart",
            fixtures: Fresh22.running,
            wordings: [
                (
                    .imperative,
                    "Create memory/running/riverside-half-2027.md with my race details: Riverside Half Marathon, Sunday 9 May 2027, start 9.30 am, bib number 4172"
                ),
                (
                    .request,
                    "Got my race pack for the Riverside Half today! Can you jot the details down in a new note, riverside-half-2027.md under memory/running? It's on Sunday 9 May 2027, we start at 9.30 am and my bib number is 4172."
                ),
                (
                    .context,
                    "I always lose the email with my race number the week before a race, so I want it all in one place. Please write memory/running/riverside-half-2027.md for the Riverside Half Marathon on Sunday 9 May 2027: the start is at 9.30 am and my bib is 4172. Last year's note is in the same folder with a different number and date, so don't mix them up, and don't change it."
                ),
            ], changed: [Fresh22.race],
            check: { f in Fresh22.isRace(f(Fresh22.race)) && Judge.untouched(f, Array(Fresh22.running.keys), Fresh22.running) },
            solution: ops(writes: [(Fresh22.race, Fresh22.raceNote)])),
        Intention(
            number: 2302, kind: "edit in place: the main Wi-Fi network's new password with its capitals, the guest network's and the old flat's left",
            fixtures: Fresh22.wifi,
            wordings: [
                (.imperative, "In memory/home/wifi.md, change the main network password to Otter-Maple-731"),
                (
                    .request,
                    "I've changed the Wi-Fi password after the neighbours' kids got hold of it. Would you update wifi.md in memory/home so the main password is Otter-Maple-731? That's a capital O and a capital M."
                ),
                (
                    .context,
                    "We reset the router this morning, so the password line for the main network in memory/home/wifi.md needs to say Otter-Maple-731 now, exactly like that, capitals included. The guest network kept its password, and the note from the old flat happens to have the same old password but that's history, so leave both alone."
                ),
            ], changed: [Fresh22.wifiNote],
            check: { f in
                Fresh22.isWifi(f(Fresh22.wifiNote))
                    && Judge.untouched(f, ["memory/home/router-admin.md", "memory/home/wifi-old-flat.md"], Fresh22.wifi)
            },
            solution: ops(writes: [(Fresh22.wifiNote, Fresh22.newWifi("Main password: Otter-Maple-731"))])),
        Intention(
            number: 2303, kind: "append: a finished book as a new last row of this year's reading table, last year's table and the to-read list left",
            fixtures: Fresh22.reading,
            wordings: [
                (.imperative, "Add a row to the end of the table in memory/reading/2027.md: 12 Mar, Klara and the Sun, Kazuo Ishiguro, 4/5"),
                (
                    .request,
                    "Finished Klara and the Sun last night (12 March). Can you add it to the bottom of my reading table for this year, memory/reading/2027.md? It's by Kazuo Ishiguro and I'd give it 4/5."
                ),
                (
                    .context,
                    "I keep a table of every book I finish this year in memory/reading/2027.md, newest at the bottom. Please add Klara and the Sun by Kazuo Ishiguro as the last row, finished on 12 March, rated 4/5, written the same way as the other rows. Leave it on the to-read list for now, I clear that out at the end of the month, and don't touch last year's table."
                ),
            ], changed: [Fresh22.readingLog],
            check: { f in
                Fresh22.isReading(f(Fresh22.readingLog))
                    && Judge.untouched(f, ["memory/reading/2026.md", "memory/reading/to-read.md"], Fresh22.reading)
            },
            solution: ops(writes: [
                (Fresh22.readingLog, Fresh22.reading[Fresh22.readingLog]! + "| 12 Mar | Klara and the Sun | Kazuo Ishiguro | 4/5 |\n")
            ])),
        Intention(
            number: 2304, kind: "rename: a scan saved under the scanner's default name with a (1), its twin from the same day left",
            fixtures: Fresh22.scans,
            wordings: [
                (.imperative, "Rename \"memory/documents/scans/Scan 2027-03-02 (1).md\" to memory/documents/scans/gas-safety-2027.md"),
                (
                    .request,
                    "The scanner app called the gas safety certificate 'Scan 2027-03-02 (1).md'. Can you rename it to gas-safety-2027.md? It's in memory/documents/scans."
                ),
                (
                    .context,
                    "I scanned two things on 2 March and the app gave them useless names. The one ending in (1) is this year's gas safety certificate, so please rename memory/documents/scans/Scan 2027-03-02 (1).md to gas-safety-2027.md in the same folder, keeping what it says, so it sits next to last year's. The other scan from that day is just the window cleaner's receipt; leave it as it is."
                ),
            ], changed: [Fresh22.gasScan, Fresh22.gasNew],
            check: { f in
                Judge.moved(f, Fresh22.gasScan, to: Fresh22.gasNew, Fresh22.scans)
                    && Judge.untouched(f, Array(Fresh22.scans.keys).filter { $0 != Fresh22.gasScan }, Fresh22.scans)
            },
            solution: ops(#"{"op":"move","from":"memory/documents/scans/Scan 2027-03-02 (1).md","to":"memory/documents/scans/gas-safety-2027.md"}"#)),
        Intention(
            number: 2305,
            kind: "move into a folder: a signed school consent form from the inbox into the child's own folder, the brother's form left",
            fixtures: Fresh22.school,
            wordings: [
                (.imperative, "Move memory/school/inbox/zoo-trip-consent.md into memory/school/ella"),
                (
                    .request,
                    "I've signed Ella's zoo trip form and sent it back. Can you move zoo-trip-consent.md out of the school inbox (memory/school/inbox) into her folder, memory/school/ella?"
                ),
                (
                    .context,
                    "Anything from school lands in memory/school/inbox until it's dealt with, then it goes in that child's own folder. The Chester Zoo consent form is done and it's Ella's, so please move memory/school/inbox/zoo-trip-consent.md into memory/school/ella with the same name and contents. Jack's swimming form still needs signing, so that one stays in the inbox."
                ),
            ], changed: [Fresh22.consent, "memory/school/ella/zoo-trip-consent.md"],
            check: { f in
                Judge.moved(f, Fresh22.consent, to: "memory/school/ella/zoo-trip-consent.md", Fresh22.school)
                    && Judge.untouched(f, Array(Fresh22.school.keys).filter { $0 != Fresh22.consent }, Fresh22.school)
            },
            solution: ops(#"{"op":"move","from":"memory/school/inbox/zoo-trip-consent.md","to":"memory/school/ella/zoo-trip-consent.md"}"#)),
        Intention(
            number: 2306,
            kind: "several files: an aunt's new mobile number in the three notes that give it, her work line and an uncle's look-alike left",
            fixtures: Fresh22.family,
            wordings: [
                (
                    .imperative,
                    "Change Aunt Bea's mobile from 07700 900118 to 07700 900462 in memory/family/contacts.md, memory/family/emergency.md and memory/kids/pickup.md"
                ),
                (
                    .request,
                    "Aunt Bea's got a new phone and a new number: 07700 900462. Can you swap her old mobile for it in contacts.md and emergency.md in memory/family, and in pickup.md in memory/kids?"
                ),
                (
                    .context,
                    "Bea lost her phone on holiday and has a new mobile number, 07700 900462 instead of 07700 900118. It's in three notes, memory/family/contacts.md, memory/family/emergency.md and memory/kids/pickup.md, so please update it in each. Her work landline hasn't changed, and Uncle Ron's number looks a bit like her old one but it's his, so leave that alone."
                ),
            ], changed: Set(Fresh22.beaNotes),
            check: { f in
                Fresh22.beaNotes.allSatisfy { Fresh22.hasNewMobile(f($0), $0) } && Judge.untouched(f, ["memory/family/ron.md"], Fresh22.family)
            },
            solution: ops(writes: Fresh22.newMobile(["07700 900462", "07700 900462", "07700 900462"]))),
        Intention(
            number: 2307, kind: "copy: a holiday itinerary into a shared folder under a new name, the draft and another trip's itinerary not",
            fixtures: Fresh22.travel,
            wordings: [
                (.imperative, "Copy memory/travel/lisbon-2027/itinerary.md to memory/shared/mum/lisbon-itinerary.md"),
                (
                    .request,
                    "Mum keeps asking what we're doing in Lisbon. Can you put a copy of our itinerary in her shared folder as memory/shared/mum/lisbon-itinerary.md? It's itinerary.md in memory/travel/lisbon-2027, not the draft."
                ),
                (
                    .context,
                    "Mum's feeding the cat while we're in Lisbon and wants to know where we'll be each day. She reads the memory/shared/mum folder on her tablet, so please copy memory/travel/lisbon-2027/itinerary.md there as lisbon-itinerary.md, word for word, and keep ours where it is. The draft full of ideas and the Porto trip's itinerary aren't for her."
                ),
            ], changed: ["memory/shared/mum/lisbon-itinerary.md"],
            check: { f in
                let copy = f("memory/shared/mum/lisbon-itinerary.md")
                return copy != nil && !Judge.fenced(copy!) && Judge.lines(copy) == Judge.lines(Fresh22.travel[Fresh22.itinerary])
                    && Fresh22.travel.keys.allSatisfy { f($0) == Fresh22.travel[$0] }
            }, solution: ops(writes: [("memory/shared/mum/lisbon-itinerary.md", Fresh22.travel[Fresh22.itinerary]!)])),
        Intention(
            number: 2308, kind: "delete: a duplicated note named (copy), the original and the invoice kept",
            fixtures: Fresh22.plumber,
            wordings: [
                (.imperative, "Delete \"memory/home/plumber (copy).md\""),
                (
                    .request,
                    "I seem to have duplicated the plumber's note. Can you get rid of 'plumber (copy).md' in memory/home? Keep plumber.md."
                ),
                (
                    .context,
                    "When I moved my notes over, the plumber's details got duplicated: memory/home/plumber.md and memory/home/plumber (copy).md say exactly the same thing. Please delete the copy and keep the original, and leave his invoice from January where it is."
                ),
            ], changed: [Fresh22.plumberCopy],
            check: { f in
                f(Fresh22.plumberCopy) == nil && Judge.untouched(f, Array(Fresh22.plumber.keys).filter { $0 != Fresh22.plumberCopy }, Fresh22.plumber)
            }, solution: ops(#"{"op":"delete","path":"memory/home/plumber (copy).md"}"#)),
        Intention(
            number: 2309,
            kind: "summarise: a school residential trip letter in sixty words at most, with the dates, the cost and the deposit's deadline",
            fixtures: Fresh22.letters,
            wordings: [
                (
                    .imperative,
                    "Summarise memory/school/letters/kingswood-2027.md in outputs/kingswood-summary.md in 60 words or fewer, with the trip dates, the cost and when the deposit is due"
                ),
                (
                    .request,
                    "School sent a whole page about the Year 6 trip to Kingswood. Can you boil memory/school/letters/kingswood-2027.md down to 60 words or less in outputs/kingswood-summary.md? I mainly need the dates, what it costs and the deadline for the deposit."
                ),
                (
                    .context,
                    "My husband wants the gist of the school's letter about the Kingswood residential without reading the whole thing. Please read memory/school/letters/kingswood-2027.md and write a summary of no more than 60 words to outputs/kingswood-summary.md, giving the dates of the trip, the total cost and when the deposit has to be paid. The letter about her brother's trip two years ago is in the same folder; ignore it."
                ),
            ], changed: ["outputs/kingswood-summary.md"], check: { f in Fresh22.isTripSummary(f("outputs/kingswood-summary.md")) },
            solution: ops(writes: [("outputs/kingswood-summary.md", Fresh22.tripSummary)])),
        Intention(
            number: 2310, kind: "extract: the party guests who are coming and can't eat something, each with what, the one not coming left out",
            fixtures: Fresh22.party,
            wordings: [
                (
                    .imperative,
                    "Extract the children coming to the party who have a food allergy or can't eat something, with what it is, from memory/party/rsvps.md into outputs/party-allergies.md, one per line"
                ),
                (
                    .request,
                    "The soft play place wants to know about food allergies for Ella's party. Could you go through rsvps.md in memory/party and list each child who's coming and has an allergy or can't eat something, with what it is, in outputs/party-allergies.md?"
                ),
                (
                    .context,
                    "I'm ordering the party food and need to know who can't eat what. Please read memory/party/rsvps.md and write the children who are coming and have a food allergy or something they can't eat to outputs/party-allergies.md, one child per line with what it is. Anyone who can't come doesn't matter, and last year's guest list has nothing to do with this."
                ),
            ], changed: ["outputs/party-allergies.md"], check: { f in Fresh22.isAllergies(f("outputs/party-allergies.md")) },
            solution: ops(writes: [
                (
                    "outputs/party-allergies.md",
                    "- Noah Kaur: nuts (has an EpiPen)\n- Leo Brandt: dairy (milk allergy)\n- Isla McRae: gluten (coeliac)\n"
                )
            ])),
        Intention(
            number: 2311, kind: "list-and-save: the board games five people can play, by the Players line inside each, the wish list apart",
            fixtures: Fresh22.games,
            wordings: [
                (
                    .imperative,
                    "List the games in memory/games that can be played by 5 players, going by the Players line in each, and save the list to outputs/games-for-five.md"
                ),
                (
                    .request,
                    "There'll be five of us on Saturday night. Can you check the Players line in each game's note in memory/games and write the ones that work for five people to outputs/games-for-five.md?"
                ),
                (
                    .context,
                    "My sister and her family are coming for a games night, which makes five of us. Each game I own has a note in memory/games with a Players line saying how many can play, so please save the ones that can be played by exactly five people to outputs/games-for-five.md, one per line. The wish list is games we don't have yet, so they don't count."
                ),
            ], changed: ["outputs/games-for-five.md"], check: { f in Fresh22.isGamesList(f("outputs/games-for-five.md")) },
            solution: ops(writes: [("outputs/games-for-five.md", "- Ticket to Ride\n- Codenames\n- The Resistance\n- Wingspan\n")])),
        Intention(
            number: 2312,
            kind: "convert: a JSON list of monthly subscriptions to CSV with the name, price and renewal date, the cancelled ones apart",
            fixtures: Fresh22.subscriptions,
            wordings: [
                (
                    .imperative,
                    "Convert the subscriptions in memory/money/subscriptions.json to CSV in outputs/subscriptions.csv with columns name, monthly and renews"
                ),
                (
                    .request,
                    "I want to sort out my subscriptions in a spreadsheet. Could you turn memory/money/subscriptions.json into a CSV, outputs/subscriptions.csv, with a header and a row for each subscription: its name, what it costs a month and when it renews?"
                ),
                (
                    .context,
                    "I'm going through what we pay for every month and it's easier in a spreadsheet than in JSON. Please convert the list in memory/money/subscriptions.json to outputs/subscriptions.csv, with a header row and one row per subscription giving the name, the monthly price and the renewal date. The ones I've already cancelled are in a different note and shouldn't be in it."
                ),
            ], changed: ["outputs/subscriptions.csv"], check: { f in Fresh22.isSubscriptionsCSV(f("outputs/subscriptions.csv")) },
            solution: ops(writes: [("outputs/subscriptions.csv", Fresh22.subscriptionsCSV)])),
        Intention(
            number: 2313, kind: "skill: whose birthday falls in the next fourteen days and the age they turn, from a family birthdays note",
            fixtures: Fresh22.birthdays,
            wordings: [
                (
                    .imperative,
                    "Create skills/birthday-reminders/SKILL.md, a skill named birthday-reminders with a description, that reads memory/family/birthdays.md and writes the birthdays in the next 14 days, with the age each person turns where the year is known, to outputs/birthdays-soon.md"
                ),
                (
                    .request,
                    "I forgot Aunt Bea's birthday last year and I'm still hearing about it. Can you write me a skill called birthday-reminders that looks at memory/family/birthdays.md and puts whoever has a birthday in the next 14 days, and how old they'll be if we know the year, in outputs/birthdays-soon.md?"
                ),
                (
                    .context,
                    "I'd like to ask every Monday whose birthday is coming up so I can post cards in time. Please write a skill at skills/birthday-reminders/SKILL.md, named birthday-reminders and with a description in its front matter like the meal-plan skill has, telling the agent to read memory/family/birthdays.md, pick out the birthdays from today to 14 days ahead, work out the age each person turns when their birth year is given, and write them to outputs/birthdays-soon.md. The meal-plan skill stays as it is."
                ),
            ], changed: ["skills/birthday-reminders/SKILL.md"],
            check: { f in
                Fresh22.isBirthdaySkill(f("skills/birthday-reminders/SKILL.md")) && f("skills/meal-plan/SKILL.md") == Fresh22.mealSkill
            },
            solution: ops(writes: [("skills/birthday-reminders/SKILL.md", Fresh22.birthdaySkill)])),
        Intention(
            number: 2314, kind: "script: a Python script that prints a month's total rainfall and the wettest day with its amount",
            fixtures: Fresh22.rain,
            wordings: [
                (
                    .imperative,
                    "Write memory/garden/rain-report.py, a Python script that reads memory/garden/rain-2027-03.csv and prints the total rainfall for the month and the wettest day with its amount"
                ),
                (
                    .request,
                    "The allotment society asked how wet March was. Could you write a Python script, rain-report.py in memory/garden, that goes through my rain gauge log rain-2027-03.csv in the same folder and prints the month's total in mm and which day was the wettest, with how much fell?"
                ),
                (
                    .context,
                    "I read the rain gauge every morning and log it in memory/garden/rain-2027-03.csv, one row per day with the date and the millimetres. Please write a Python script, memory/garden/rain-report.py, that prints March's total rainfall and the wettest day along with its amount. Last March's log is in the same folder and mustn't be counted, and the script shouldn't change the log."
                ),
            ], changed: ["memory/garden/rain-report.py"], check: { f in Fresh22.isRainScript(f("memory/garden/rain-report.py")) },
            solution: ops(writes: [("memory/garden/rain-report.py", Fresh22.rainScript)])),
    ]
}

extension EverydayTaskSuite {
    /// Correct results in other forms a careful person accepts (a table, another marker, a title,
    /// spacing, another date, time, number, phone or amount format, an aside saying what a value
    /// was, another order, quoted CSV cells, columns in another order, a lost final newline, CRLF,
    /// paths or file names for titles, another way to write the same skill or script), at least one
    /// per intention but the delete (2308), which has no other form.
    static let fresh22Alternatives: [(Int, String)] = [
        (
            2301,
            ops(writes: [
                (
                    Fresh22.race,
                    "| Race | Riverside Half Marathon |\n|---|---|\n| Date | 09/05/2027 |\n| Start | 09:30 |\n| Bib | 4172 |\n"
                )
            ])
        ),
        (2301, ops(writes: [(Fresh22.race, "Riverside Half, Sun 9th May 2027, starts 9:30am, bib #4172")])),
        (
            2301,
            ops(writes: [
                (Fresh22.race, "Riverside Half Marathon\r\nMay 9, 2027 at half past nine in the morning\r\nRace number: 4172\r\n")
            ])
        ),
        (2301, ops(writes: [(Fresh22.race, "# Riverside Half\n\nWhen: 2027-05-09 09:30\nBib: 4172\n")])),
        (2302, ops(writes: [(Fresh22.wifiNote, Fresh22.newWifi("Main password: `Otter-Maple-731`"))])),
        (
            2302,
            ops(writes: [
                (Fresh22.wifiNote, Fresh22.newWifi("Main password: Otter-Maple-731 (changed 6 March 2027; was sunflower-42-Kettle)"))
            ])
        ),
        (
            2302,
            ops(writes: [
                (Fresh22.wifiNote, Fresh22.newWifi("**Main password:** Otter-Maple-731").replacingOccurrences(of: "\n", with: "\r\n"))
            ])
        ),
        (2302, ops(writes: [(Fresh22.wifiNote, Fresh22.newWifi("Main  password:   Otter-Maple-731").trimmingCharacters(in: .newlines))])),
        (
            2303,
            ops(writes: [
                (Fresh22.readingLog, Fresh22.reading[Fresh22.readingLog]! + "| 12 March 2027 | *Klara and the Sun* | Kazuo Ishiguro | 4/5 |\n")
            ])
        ),
        (2303, ops(writes: [(Fresh22.readingLog, Fresh22.reading[Fresh22.readingLog]! + "|12 Mar|Klara and the Sun|Ishiguro|4 / 5|")])),
        (
            2303,
            ops(writes: [
                (
                    Fresh22.readingLog,
                    (Fresh22.reading[Fresh22.readingLog]! + "| 12/03 | Klara And The Sun | Kazuo Ishiguro | ★★★★☆ |\n").replacingOccurrences(
                        of: "\n", with: "\r\n")
                )
            ])
        ),
        (
            2304,
            ops(
                writes: [(Fresh22.gasNew, Fresh22.scans[Fresh22.gasScan]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/documents/scans/Scan 2027-03-02 (1).md"}"#)
        ),
        (
            2304,
            ops(
                writes: [(Fresh22.gasNew, Fresh22.scans[Fresh22.gasScan]!.replacingOccurrences(of: "\n", with: "\r\n"))],
                #"{"op":"delete","path":"memory/documents/scans/Scan 2027-03-02 (1).md"}"#)
        ),
        (
            2304,
            ops(
                writes: [(Fresh22.gasNew, Fresh22.scans[Fresh22.gasScan]!.replacingOccurrences(of: "\n", with: "\n\n"))],
                #"{"op":"delete","path":"memory/documents/scans/Scan 2027-03-02 (1).md"}"#)
        ),
        (
            2305,
            ops(
                writes: [("memory/school/ella/zoo-trip-consent.md", Fresh22.school[Fresh22.consent]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/school/inbox/zoo-trip-consent.md"}"#)
        ),
        (
            2305,
            ops(
                writes: [("memory/school/ella/zoo-trip-consent.md", Fresh22.school[Fresh22.consent]!.replacingOccurrences(of: "\n", with: "\r\n"))],
                #"{"op":"delete","path":"memory/school/inbox/zoo-trip-consent.md"}"#)
        ),
        (
            2305,
            ops(
                writes: [("memory/school/ella/zoo-trip-consent.md", Fresh22.school[Fresh22.consent]!.replacingOccurrences(of: "\n", with: "\n\n"))],
                #"{"op":"delete","path":"memory/school/inbox/zoo-trip-consent.md"}"#)
        ),
        (2306, ops(writes: Fresh22.newMobile(["07700900462", "07700 900 462", "+44 7700 900462"]))),
        (2306, ops(writes: Fresh22.newMobile(["07700 900462 (was 07700 900118)", "07700 900462", "07700 900462"]))),
        (
            2306,
            ops(
                writes: Fresh22.newMobile(["07700 900462", "07700 900462", "07700 900462"]).map {
                    ($0.0, $0.1.replacingOccurrences(of: "\n", with: "\r\n"))
                })
        ),
        (
            2306,
            ops(
                writes: Fresh22.newMobile(["07700-900462", "07700 900462 (new number since March)", "07700 900462"]).map {
                    ($0.0, $0.1.trimmingCharacters(in: .newlines))
                })
        ),
        (2307, ops(writes: [("memory/shared/mum/lisbon-itinerary.md", Fresh22.travel[Fresh22.itinerary]!.trimmingCharacters(in: .newlines))])),
        (
            2307,
            ops(writes: [("memory/shared/mum/lisbon-itinerary.md", Fresh22.travel[Fresh22.itinerary]!.replacingOccurrences(of: "\n", with: "\r\n"))])
        ),
        (
            2307,
            ops(writes: [
                ("memory/shared/mum/lisbon-itinerary.md", Fresh22.travel[Fresh22.itinerary]!.replacingOccurrences(of: "\n\n", with: "\n"))
            ])
        ),
        (
            2309,
            ops(writes: [
                (
                    "outputs/kingswood-summary.md",
                    "# Kingswood\n\n- Year 6 residential at Kingswood, Dearne Valley, 14–16 June 2027\n- Costs £245 in total\n- £50 deposit (and the medical form) by 30 April; the other £195 by 28 May\n"
                )
            ])
        ),
        (
            2309,
            ops(writes: [
                (
                    "outputs/kingswood-summary.md",
                    "Year 6 go to Kingswood from June 14th to June 16th, 2027. It costs £245: a £50 deposit by April 30th, then £195 by May 28th, on ParentPay."
                )
            ])
        ),
        (
            2309,
            ops(writes: [
                (
                    "outputs/kingswood-summary.md",
                    "Kingswood trip: 14/06/2027 to 16/06/2027 (climbing, archery, raft building).\nTotal cost 245 pounds.\nDeposit of £50 due 30/04/2027, with the medical and consent form.\n"
                )
            ])
        ),
        (
            2309,
            ops(writes: [
                (
                    "outputs/kingswood-summary.md",
                    "The Year 6 residential is at Kingswood from Monday 14 to Wednesday 16 June 2027 and costs £245 altogether. A non-refundable £50 deposit has to be paid on ParentPay by Friday 30 April.\r\n"
                )
            ])
        ),
        (
            2310,
            ops(writes: [
                (
                    "outputs/party-allergies.md",
                    "| Child | Can't eat |\n|---|---|\n| Noah Kaur | Nuts (EpiPen) |\n| Leo Brandt | Dairy / milk |\n| Isla McRae | Gluten (coeliac) |\n"
                )
            ])
        ),
        (2310, ops(writes: [("outputs/party-allergies.md", "Isla - coeliac\nNoah - peanuts and other nuts\nLeo - milk")])),
        (
            2310,
            ops(writes: [
                (
                    "outputs/party-allergies.md",
                    "Allergies at the party:\n- Noah: nut allergy, carries an EpiPen\n- Leo: dairy-free\n- Isla: gluten-free (coeliac)\n"
                )
            ])
        ),
        (
            2311,
            ops(writes: [
                (
                    "outputs/games-for-five.md",
                    "# Games for five\n\n| Game | Players |\n|---|---|\n| Ticket to Ride | 2–5 |\n| Codenames | 4–8 |\n| The Resistance | 5–10 |\n| Wingspan | 1–5 |\n"
                )
            ])
        ),
        (
            2311,
            ops(writes: [
                (
                    "outputs/games-for-five.md",
                    "memory/games/codenames.md\nmemory/games/resistance.md\nmemory/games/ticket-to-ride.md\nmemory/games/wingspan.md"
                )
            ])
        ),
        (
            2311,
            ops(writes: [
                (
                    "outputs/games-for-five.md",
                    "Games for 5 players:\n1. Wingspan (1-5)\n2. The Resistance (5-10)\n3. Codenames (4-8)\n4. Ticket to Ride (2-5)\n"
                )
            ])
        ),
        (
            2312,
            ops(writes: [
                (
                    "outputs/subscriptions.csv",
                    "\"name\",\"monthly\",\"renews\"\r\n\"Netflix\",\"10.99\",\"2027-03-18\"\r\n\"Spotify Family\",\"19.99\",\"2027-03-05\"\r\n\"iCloud+ 200 GB\",\"2.99\",\"2027-03-22\"\r\n\"PureGym\",\"24.99\",\"2027-04-01\"\r\n\"Audible\",\"8.99\",\"2027-03-27\"\r\n"
                )
            ])
        ),
        (
            2312,
            ops(writes: [
                (
                    "outputs/subscriptions.csv",
                    "Next renewal,Service,Price (£)\n05/03/2027,Spotify Family,£19.99\n18/03/2027,Netflix,£10.99\n22/03/2027,iCloud+ 200 GB,£2.99\n27/03/2027,Audible,£8.99\n01/04/2027,PureGym,£24.99"
                )
            ])
        ),
        (
            2312,
            ops(writes: [
                (
                    "outputs/subscriptions.csv",
                    "Subscription,Monthly cost,Renews on\nPureGym,24.99,1 April 2027\nAudible,8.99,27 March 2027\niCloud+ 200 GB,2.99,22 March 2027\nSpotify Family,19.99,5 March 2027\nNetflix,10.99,18 March 2027\n"
                )
            ])
        ),
        (
            2313,
            ops(writes: [
                (
                    "skills/birthday-reminders/SKILL.md",
                    "---\nname: \"birthday-reminders\"\ndescription: >\n  Whose birthday is coming up in the next two weeks.\n---\n\n# Birthday reminders\n\n1. Read `memory/family/birthdays.md`.\n2. Keep everyone whose birthday falls between today and 14 days from now.\n3. Where a birth year is given, work out the age they will turn.\n4. Write them, soonest first, to `outputs/birthdays-soon.md`.\n"
                )
            ])
        ),
        (
            2313,
            ops(writes: [
                (
                    "skills/birthday-reminders/SKILL.md",
                    "---\nname: birthday-reminders\ndescription: 'Birthdays in the coming fortnight, with ages.'\n---\nLook through memory/family/birthdays.md for the birthdays within the next fortnight, counting from today. Add how old each person will be, if their year of birth is there. Save the list to outputs/birthdays-soon.md."
                )
            ])
        ),
        (
            2313,
            ops(writes: [
                (
                    "skills/birthday-reminders/SKILL.md",
                    "---\nname: birthday-reminders\ndescription: |\n  Upcoming birthdays so the cards go out in time.\n---\n- Source: memory/family/birthdays.md\n- Window: the next 14 days from the current date\n- For each person born in a known year, give the age they turn\n- Output: outputs/birthdays-soon.md\n"
                )
            ])
        ),
        (
            2314,
            ops(writes: [
                (
                    "memory/garden/rain-report.py",
                    "import pandas as pd\n\ndf = pd.read_csv(\"memory/garden/rain-2027-03.csv\")\nwettest = df.loc[df[\"mm\"].idxmax()]\nprint(f\"March total: {df['mm'].sum():.1f} mm\")\nprint(f\"Wettest day: {wettest['date']} ({wettest['mm']} mm)\")\n"
                )
            ])
        ),
        (
            2314,
            ops(writes: [
                (
                    "memory/garden/rain-report.py",
                    "from pathlib import Path\n\ntotal = 0.0\nwettest_day, wettest_mm = None, -1.0\nfor line in Path(\"memory/garden/rain-2027-03.csv\").read_text().splitlines()[1:]:\n    if not line.strip():\n        continue\n    day, mm = line.split(\",\")\n    mm = float(mm)\n    total += mm\n    if mm > wettest_mm:\n        wettest_day, wettest_mm = day, mm\nprint(\"Total:\", round(total, 1), \"mm\")\nprint(\"Wettest:\", wettest_day, wettest_mm, \"mm\")\n"
                )
            ])
        ),
        (
            2314,
            ops(writes: [
                (
                    "memory/garden/rain-report.py",
                    "#!/usr/bin/env python3\n\"\"\"March 2027 rainfall: the total and the wettest day.\"\"\"\nimport csv\nfrom decimal import Decimal\n\nwith open(\"memory/garden/rain-2027-03.csv\", newline=\"\") as f:\n    rows = [(d, Decimal(mm)) for d, mm in list(csv.reader(f))[1:]]\ntotal = sum(mm for _, mm in rows)\ndate, most = sorted(rows, key=lambda r: r[1])[-1]\nprint(f\"Total rain in March: {total} mm; wettest day {date} with {most} mm\")\n"
                )
            ])
        ),
    ]

    /// Wrong or partial results that the twenty-second fresh part's checks must refuse, at least six per intention.
    static let fresh22NearMisses: [(Int, String)] = [
        (2301, ops(writes: [(Fresh22.race, Fresh22.raceNote.replacingOccurrences(of: "4172", with: "4127"))])),
        (2301, ops(writes: [(Fresh22.race, Fresh22.raceNote.replacingOccurrences(of: "Sunday 9 May", with: "Sunday 19 May"))])),
        (2301, ops(writes: [(Fresh22.race, Fresh22.raceNote.replacingOccurrences(of: "9.30 am", with: "9.30 pm"))])),
        (2301, ops(writes: [(Fresh22.race, Fresh22.raceNote.replacingOccurrences(of: "9.30 am", with: "10.30 am"))])),
        (2301, ops(writes: [(Fresh22.race, Fresh22.raceNote.replacingOccurrences(of: "9.30 am", with: "9 am"))])),
        (2301, ops(writes: [(Fresh22.race, Fresh22.raceNote.replacingOccurrences(of: "9 May 2027", with: "9 May 2026"))])),
        (2301, ops(writes: [(Fresh22.race, Fresh22.raceNote.replacingOccurrences(of: "4172", with: "3318"))])),
        (2301, ops(writes: [(Fresh22.race, Fresh22.raceNote.replacingOccurrences(of: "- Bib number: 4172\n", with: ""))])),
        (2301, ops(writes: [(Fresh22.race, Fresh22.raceNote.replacingOccurrences(of: "- Start: 9.30 am\n", with: ""))])),
        (2301, ops(writes: [(Fresh22.race, Fresh22.raceNote + "- Last year: bib 3318, 2:07:41\n")])),
        (2301, ops(writes: [("memory/running/riverside-half.md", Fresh22.raceNote)])),
        (
            2301,
            ops(writes: [
                (Fresh22.race, Fresh22.raceNote),
                (
                    "memory/running/riverside-half-2026.md",
                    Fresh22.running["memory/running/riverside-half-2026.md"]! + "2027 entry: see riverside-half-2027.md\n"
                ),
            ])
        ),
        (2301, ops(writes: [(Fresh22.race, "```markdown\n" + Fresh22.raceNote + "```\n")])),
        (2302, ops(writes: [(Fresh22.wifiNote, Fresh22.newWifi("Main password: otter-maple-731"))])),
        (2302, ops(writes: [(Fresh22.wifiNote, Fresh22.newWifi("Main password: Otter-Maple-371"))])),
        (
            2302,
            ops(writes: [
                (
                    Fresh22.wifiNote,
                    Fresh22.newWifi("Main password: Otter-Maple-731").replacingOccurrences(
                        of: "Guest password: Pebble-Garden-58", with: "Guest password: Otter-Maple-731")
                )
            ])
        ),
        (2302, ops(writes: [(Fresh22.wifiNote, Fresh22.wifi[Fresh22.wifiNote]! + "Main password: Otter-Maple-731\n")])),
        (
            2302,
            ops(writes: [
                (
                    Fresh22.wifiNote,
                    Fresh22.wifi[Fresh22.wifiNote]!.replacingOccurrences(of: "Main network: Hartley-Home", with: "Main network: Otter-Maple-731")
                )
            ])
        ),
        (2302, ops(writes: [(Fresh22.wifiNote, Fresh22.newWifi("Main password: Otter-Maple-731 / sunflower-42-Kettle"))])),
        (
            2302,
            ops(writes: [
                (Fresh22.wifiNote, Fresh22.newWifi("Main password: Otter-Maple-731")),
                (
                    "memory/home/wifi-old-flat.md",
                    Fresh22.wifi["memory/home/wifi-old-flat.md"]!.replacingOccurrences(of: "sunflower-42-Kettle", with: "Otter-Maple-731")
                ),
            ])
        ),
        (2302, ops(writes: [(Fresh22.wifiNote, "# Wi-Fi\nMain password: Otter-Maple-731\n")])),
        (
            2302,
            ops(writes: [
                (
                    Fresh22.wifiNote,
                    Fresh22.newWifi("Main password: Otter-Maple-731").replacingOccurrences(of: "Printer: HP Envy, joins the main network\n", with: "")
                )
            ])
        ),
        (2302, ops(writes: [(Fresh22.wifiNote, "```\n" + Fresh22.newWifi("Main password: Otter-Maple-731") + "```\n")])),
        (2302, ops(writes: [(Fresh22.wifiNote, Fresh22.newWifi("Main password: Otter Maple 731"))])),
        (
            2303,
            ops(writes: [
                (
                    Fresh22.readingLog,
                    Fresh22.reading[Fresh22.readingLog]!.replacingOccurrences(
                        of: "|---|---|---|---|\n", with: "|---|---|---|---|\n| 12 Mar | Klara and the Sun | Kazuo Ishiguro | 4/5 |\n")
                )
            ])
        ),
        (2303, ops(writes: [(Fresh22.readingLog, Fresh22.reading[Fresh22.readingLog]! + "| 12 Mar | Klara and the Sun | Kazuo Ishiguro | 5/5 |\n")])),
        (2303, ops(writes: [(Fresh22.readingLog, Fresh22.reading[Fresh22.readingLog]! + "| 21 Mar | Klara and the Sun | Kazuo Ishiguro | 4/5 |\n")])),
        (2303, ops(writes: [(Fresh22.readingLog, Fresh22.reading[Fresh22.readingLog]! + "| 12 Mar | Clara and the Sun | Kazuo Ishiguro | 4/5 |\n")])),
        (2303, ops(writes: [(Fresh22.readingLog, Fresh22.reading[Fresh22.readingLog]! + "| 12 Mar | Klara and the Sun | 4/5 |\n")])),
        (2303, ops(writes: [(Fresh22.readingLog, Fresh22.reading[Fresh22.readingLog]! + "12 Mar - Klara and the Sun - Kazuo Ishiguro - 4/5\n")])),
        (
            2303,
            ops(writes: [
                (
                    "memory/reading/2026.md",
                    Fresh22.reading["memory/reading/2026.md"]! + "| 12 Mar | Klara and the Sun | Kazuo Ishiguro | 4/5 |\n"
                )
            ])
        ),
        (
            2303,
            ops(writes: [
                (Fresh22.readingLog, Fresh22.reading[Fresh22.readingLog]! + "| 12 Mar | Klara and the Sun | Kazuo Ishiguro | 4/5 |\n"),
                (
                    "memory/reading/to-read.md",
                    Fresh22.reading["memory/reading/to-read.md"]!.replacingOccurrences(of: "- Klara and the Sun (Kazuo Ishiguro)\n", with: "")
                ),
            ])
        ),
        (
            2303,
            ops(writes: [
                (
                    Fresh22.readingLog,
                    Fresh22.reading[Fresh22.readingLog]!
                        + "| 12 Mar | Klara and the Sun | Kazuo Ishiguro | 4/5 |\n| 12 Mar | Klara and the Sun | Kazuo Ishiguro | 4/5 |\n"
                )
            ])
        ),
        (
            2303,
            ops(writes: [
                (
                    Fresh22.readingLog,
                    (Fresh22.reading[Fresh22.readingLog]! + "| 12 Mar | Klara and the Sun | Kazuo Ishiguro | 4/5 |\n").replacingOccurrences(
                        of: "| Lessons in Chemistry | Bonnie Garmus | 3/5 |", with: "| Lessons in Chemistry | Bonnie Garmus | 4/5 |")
                )
            ])
        ),
        (
            2303,
            ops(writes: [
                (Fresh22.readingLog, "```\n" + Fresh22.reading[Fresh22.readingLog]! + "| 12 Mar | Klara and the Sun | Kazuo Ishiguro | 4/5 |\n```\n")
            ])
        ),
        (
            2303,
            ops(writes: [(Fresh22.readingLog, Fresh22.reading[Fresh22.readingLog]! + "| 12 Mar 2026 | Klara and the Sun | Kazuo Ishiguro | 4/5 |\n")])
        ),
        (2304, ops(#"{"op":"move","from":"memory/documents/scans/Scan 2027-03-02.md","to":"memory/documents/scans/gas-safety-2027.md"}"#)),
        (
            2304,
            ops(
                #"{"op":"move","from":"memory/documents/scans/Scan 2027-03-02 (1).md","to":"memory/documents/scans/gas-safety-2027.md"}"#,
                #"{"op":"move","from":"memory/documents/scans/Scan 2027-03-02.md","to":"memory/documents/scans/window-cleaner-2027.md"}"#)
        ),
        (2304, ops(writes: [(Fresh22.gasNew, Fresh22.scans[Fresh22.gasScan]!)])),
        (2304, ops(#"{"op":"move","from":"memory/documents/scans/Scan 2027-03-02 (1).md","to":"memory/documents/gas-safety-2027.md"}"#)),
        (
            2304,
            ops(
                #"{"op":"move","from":"memory/documents/scans/Scan 2027-03-02 (1).md","to":"memory/documents/scans/gas-safety-2026.md","overwrite":true}"#
            )
        ),
        (2304, ops(#"{"op":"move","from":"memory/documents/scans/Scan 2027-03-02 (1).md","to":"memory/documents/scans/Gas-Safety-2027.md"}"#)),
        (2304, ops(#"{"op":"move","from":"memory/documents/scans/Scan 2027-03-02 (1).md","to":"memory/documents/scans/gas-safety-2027.txt"}"#)),
        (2304, ops(#"{"op":"move","from":"memory/documents/scans/Scan 2027-03-02 (1).md","to":"memory/documents/scans/gas-safety-2027-03-02.md"}"#)),
        (2304, ops(#"{"op":"delete","path":"memory/documents/scans/Scan 2027-03-02 (1).md"}"#)),
        (
            2304,
            ops(
                writes: [
                    (
                        Fresh22.gasNew,
                        Fresh22.scans[Fresh22.gasScan]!.replacingOccurrences(of: "# Gas safety certificate (CP12)", with: "# Gas safety 2027")
                    )
                ],
                #"{"op":"delete","path":"memory/documents/scans/Scan 2027-03-02 (1).md"}"#)
        ),
        (
            2304,
            ops(
                #"{"op":"move","from":"memory/documents/scans/Scan 2027-03-02 (1).md","to":"memory/documents/scans/gas-safety-2027.md"}"#,
                #"{"op":"delete","path":"memory/documents/scans/Scan 2027-03-02.md"}"#)
        ),
        (2305, ops(#"{"op":"move","from":"memory/school/inbox/zoo-trip-consent.md","to":"memory/school/jack/zoo-trip-consent.md"}"#)),
        (
            2305,
            ops(
                #"{"op":"move","from":"memory/school/inbox/zoo-trip-consent.md","to":"memory/school/ella/zoo-trip-consent.md"}"#,
                #"{"op":"move","from":"memory/school/inbox/swimming-consent.md","to":"memory/school/jack/swimming-consent.md"}"#)
        ),
        (2305, ops(writes: [("memory/school/ella/zoo-trip-consent.md", Fresh22.school[Fresh22.consent]!)])),
        (2305, ops(#"{"op":"move","from":"memory/school/inbox/zoo-trip-consent.md","to":"memory/school/Ella/zoo-trip-consent.md"}"#)),
        (2305, ops(#"{"op":"move","from":"memory/school/inbox/zoo-trip-consent.md","to":"memory/ella/zoo-trip-consent.md"}"#)),
        (2305, ops(#"{"op":"move","from":"memory/school/inbox/zoo-trip-consent.md","to":"memory/school/ella/zoo-trip.md"}"#)),
        (2305, ops(#"{"op":"move","from":"memory/school/inbox/swimming-consent.md","to":"memory/school/ella/swimming-consent.md"}"#)),
        (2305, ops(#"{"op":"move","from":"memory/school/inbox/zoo-trip-consent.md","to":"memory/school/ella/inbox/zoo-trip-consent.md"}"#)),
        (2305, ops(#"{"op":"delete","path":"memory/school/inbox/zoo-trip-consent.md"}"#)),
        (
            2305,
            ops(
                writes: [("memory/school/ella/zoo-trip-consent.md", Fresh22.school[Fresh22.consent]! + "Filed 5 March 2027\n")],
                #"{"op":"delete","path":"memory/school/inbox/zoo-trip-consent.md"}"#)
        ),
        (
            2305,
            ops(
                writes: [
                    (
                        "memory/school/ella/reading-record.md",
                        Fresh22.school["memory/school/ella/reading-record.md"]! + "Zoo trip form: see zoo-trip-consent.md\n"
                    )
                ],
                #"{"op":"move","from":"memory/school/inbox/zoo-trip-consent.md","to":"memory/school/ella/zoo-trip-consent.md"}"#)
        ),
        (
            2306,
            ops(
                writes: Fresh22.newMobile(["07700 900462", "07700 900462", "07700 900462"]).map {
                    ($0.0, $0.1.replacingOccurrences(of: "0161 496 0734", with: "07700 900462"))
                })
        ),
        (
            2306,
            ops(
                writes: Fresh22.newMobile(["07700 900462", "07700 900462", "07700 900462"]).map {
                    ($0.0, $0.1.replacingOccurrences(of: "Uncle Ron: 07700 900811", with: "Uncle Ron: 07700 900462"))
                })
        ),
        (2306, ops(writes: Array(Fresh22.newMobile(["07700 900462", "07700 900462", "07700 900462"]).prefix(2)))),
        (2306, ops(writes: Fresh22.newMobile(["07700 900462", "07700 900426", "07700 900462"]))),
        (2306, ops(writes: Fresh22.newMobile(["07700 900118 / 07700 900462", "07700 900462", "07700 900462"]))),
        (
            2306,
            ops(
                writes: Fresh22.newMobile(["07700 900462", "07700 900462", "07700 900462"]).map {
                    $0.0 == "memory/family/contacts.md"
                        ? ($0.0, Fresh22.family[$0.0]! + "- Aunt Bea (new mobile): 07700 900462\n") : $0
                })
        ),
        (
            2306,
            ops(
                writes: Fresh22.newMobile(["07700 900462", "07700 900462", "07700 900462"]) + [
                    ("memory/family/ron.md", Fresh22.family["memory/family/ron.md"]!.replacingOccurrences(of: "07700 900811", with: "07700 900462"))
                ])
        ),
        (2306, ops(writes: Fresh22.newMobile(["07700 900462", "07700 900462", "07700 900462"]).map { ($0.0, "```\n" + $0.1 + "```\n") })),
        (
            2306,
            ops(
                writes: Fresh22.newMobile(["07700 900462", "07700 900462", "07700 900462"]).map {
                    ($0.0, $0.1.replacingOccurrences(of: " (she knows the gate code)", with: ""))
                })
        ),
        (2306, ops(writes: Fresh22.newMobile(["07700 900462", "07700 900462", "07700 900642"]))),
        (2307, ops(#"{"op":"move","from":"memory/travel/lisbon-2027/itinerary.md","to":"memory/shared/mum/lisbon-itinerary.md"}"#)),
        (2307, ops(writes: [("memory/shared/mum/lisbon-itinerary.md", Fresh22.travel["memory/travel/lisbon-2027/itinerary-draft.md"]!)])),
        (2307, ops(writes: [("memory/shared/mum/lisbon-itinerary.md", Fresh22.travel["memory/travel/porto-2025/itinerary.md"]!)])),
        (2307, ops(writes: [("memory/shared/mum/itinerary.md", Fresh22.travel[Fresh22.itinerary]!)])),
        (2307, ops(writes: [("memory/shared/lisbon-itinerary.md", Fresh22.travel[Fresh22.itinerary]!)])),
        (2307, ops(writes: [("memory/shared/mum/lisbon-itinerary.md", "```markdown\n" + Fresh22.travel[Fresh22.itinerary]! + "```\n")])),
        (
            2307,
            ops(writes: [
                ("memory/shared/mum/lisbon-itinerary.md", Fresh22.travel[Fresh22.itinerary]!.replacingOccurrences(of: "LIS 10:20", with: "LIS 10:02"))
            ])
        ),
        (
            2307,
            ops(writes: [
                (
                    "memory/shared/mum/lisbon-itinerary.md",
                    Fresh22.travel[Fresh22.itinerary]!.replacingOccurrences(
                        of: "Sat 17 Apr: day trip to Sintra, train from Rossio at 9.11 am\n", with: "")
                )
            ])
        ),
        (
            2307,
            ops(writes: [
                ("memory/shared/mum/lisbon-itinerary.md", Fresh22.travel[Fresh22.itinerary]!),
                ("memory/shared/mum/README.md", Fresh22.travel["memory/shared/mum/README.md"]! + "- lisbon-itinerary.md: where we are each day\n"),
            ])
        ),
        (2307, ops(writes: [("memory/shared/mum/lisbon-itinerary.md", Fresh22.travel[Fresh22.itinerary]! + "\nThanks for feeding Pickle, Mum!\n")])),
        (
            2307,
            ops(writes: [
                ("memory/shared/mum/lisbon-itinerary.md", Fresh22.travel[Fresh22.itinerary]!),
                (Fresh22.itinerary, Fresh22.travel[Fresh22.itinerary]! + "Copy sent to Mum.\n"),
            ])
        ),
        (
            2307,
            ops(writes: [
                ("memory/shared/mum/lisbon-itinerary.md", Fresh22.travel[Fresh22.itinerary]!),
                ("memory/shared/mum/packing.md", Fresh22.travel["memory/travel/lisbon-2027/packing.md"]!),
            ])
        ),
        (2308, ops(#"{"op":"delete","path":"memory/home/plumber.md"}"#)),
        (2308, ops(#"{"op":"delete","path":"memory/home/plumber (copy).md"}"#, #"{"op":"delete","path":"memory/home/plumber.md"}"#)),
        (2308, ops(writes: [(Fresh22.plumberCopy, "")])),
        (2308, ops(#"{"op":"move","from":"memory/home/plumber (copy).md","to":"memory/home/archive/plumber (copy).md"}"#)),
        (
            2308,
            ops(#"{"op":"delete","path":"memory/home/plumber (copy).md"}"#, #"{"op":"delete","path":"memory/home/plumber-invoice-jan-2027.md"}"#)
        ),
        (2308, ops(#"{"op":"move","from":"memory/home/plumber (copy).md","to":"memory/home/plumber-old.md"}"#)),
        (
            2308,
            ops(
                writes: [("memory/home/plumber.md", Fresh22.plumber["memory/home/plumber.md"]! + "(Duplicate removed.)\n")],
                #"{"op":"delete","path":"memory/home/plumber (copy).md"}"#)
        ),
        (2308, ops(writes: [(Fresh22.plumberCopy, "Duplicate of plumber.md: delete me\n")])),
        (2308, ops(#"{"op":"delete","path":"memory/home/plumber (copy).md"}"#, #"{"op":"delete","path":"memory/home/electrician.md"}"#)),
        (2309, ops(writes: [("outputs/kingswood-summary.md", Fresh22.kingswoodLetter)])),
        (2309, ops(writes: [("outputs/kingswood-summary.md", Fresh22.tripSummary.replacingOccurrences(of: "£245", with: "£254"))])),
        (2309, ops(writes: [("outputs/kingswood-summary.md", Fresh22.tripSummary.replacingOccurrences(of: "30 April", with: "30 March"))])),
        (2309, ops(writes: [("outputs/kingswood-summary.md", Fresh22.tripSummary.replacingOccurrences(of: "June", with: "July"))])),
        (2309, ops(writes: [("outputs/kingswood-summary.md", Fresh22.tripSummary.replacingOccurrences(of: "2027", with: "2026"))])),
        (
            2309,
            ops(writes: [
                (
                    "outputs/kingswood-summary.md",
                    "Year 6 go to Robinwood from 9 to 11 June. It costs £228, with a £40 deposit due by 30 April.\n"
                )
            ])
        ),
        (
            2309,
            ops(writes: [
                (
                    "outputs/kingswood-summary.md",
                    "Year 6 go to Kingswood, Dearne Valley, from Monday 14 June to Wednesday 16 June 2027 for climbing, archery, raft building and a night line. The whole trip costs £245, paid on ParentPay.\n"
                )
            ])
        ),
        (
            2309,
            ops(writes: [
                (
                    "outputs/kingswood-summary.md",
                    "Year 6 go to Kingswood, Dearne Valley, from Monday 14 June to Wednesday 16 June 2027. A £50 deposit is due by 30 April with the medical and consent form, and the rest by 28 May.\n"
                )
            ])
        ),
        (
            2309,
            ops(writes: [
                (
                    "outputs/kingswood-summary.md",
                    "Year 6 go to Kingswood from Monday 14 June to Wednesday 16 June 2027. It costs £245: a £50 deposit by 28 May and the other £195 by 30 April.\n"
                )
            ])
        ),
        (2309, ops(writes: [("outputs/kingswood-summary.md", "```\n" + Fresh22.tripSummary + "```\n")])),
        (2309, ops(writes: [("memory/school/letters/kingswood-summary.md", Fresh22.tripSummary)])),
        (
            2309,
            ops(writes: [
                (
                    "outputs/kingswood-summary.md",
                    "The school has written to parents and carers of Year 6 about this year's residential trip, which is a chance for the children to try lots of outdoor activities such as climbing, archery, raft building and a night line with their friends and teachers. It runs from Monday 14 June to Wednesday 16 June 2027 at Kingswood, Dearne Valley. The total cost is £245, and a non-refundable deposit of £50 is due by Friday 30 April 2027, with the balance of £195 by Friday 28 May 2027 on ParentPay.\n"
                )
            ])
        ),
        (2310, ops(writes: [("outputs/party-allergies.md", "- Noah Kaur: nuts\n- Leo Brandt: dairy\n- Isla McRae: gluten\n- Freya Lund: eggs\n")])),
        (2310, ops(writes: [("outputs/party-allergies.md", "- Noah Kaur: nuts\n- Leo Brandt: dairy\n")])),
        (2310, ops(writes: [("outputs/party-allergies.md", "- Noah Kaur: dairy\n- Leo Brandt: nuts\n- Isla McRae: gluten\n")])),
        (2310, ops(writes: [("outputs/party-allergies.md", "- Noah Kaur\n- Leo Brandt\n- Isla McRae\n")])),
        (
            2310,
            ops(writes: [("outputs/party-allergies.md", "- Noah Kaur: nuts\n- Amira Hussain: none\n- Leo Brandt: dairy\n- Isla McRae: gluten\n")])
        ),
        (2310, ops(writes: [("outputs/party-allergies.md", "Noah can't have nuts, Leo can't have dairy and Isla can't have gluten.\n")])),
        (2310, ops(writes: [("outputs/party-allergies.md", "```\n- Noah Kaur: nuts\n- Leo Brandt: dairy\n- Isla McRae: gluten\n```\n")])),
        (2310, ops(writes: [("memory/party/allergies.md", "- Noah Kaur: nuts\n- Leo Brandt: dairy\n- Isla McRae: gluten\n")])),
        (
            2310,
            ops(writes: [
                ("outputs/party-allergies.md", "- Noah Kaur: nuts\n- Leo Brandt: dairy\n- Isla McRae: gluten\n- Oliver Grant: not replied yet\n")
            ])
        ),
        (
            2310,
            ops(writes: [("outputs/party-allergies.md", "- Noah Kaur: nuts\n- Leo Brandt: dairy\n- Isla McRae: gluten\n- Ruby: shellfish\n")])
        ),
        (2310, ops(writes: [("outputs/party-allergies.md", "- Noah Kaur: nuts\n- Leo Brandt: dairy\n- Isla McRae: eggs\n")])),
        (
            2311,
            ops(writes: [("outputs/games-for-five.md", "- Ticket to Ride\n- Codenames\n- The Resistance\n- Wingspan\n- Catan\n")])
        ),
        (2311, ops(writes: [("outputs/games-for-five.md", "- Ticket to Ride\n- Codenames\n- Wingspan\n")])),
        (
            2311,
            ops(writes: [("outputs/games-for-five.md", "- Ticket to Ride\n- Codenames\n- The Resistance\n- Wingspan\n- Dixit\n")])
        ),
        (
            2311,
            ops(writes: [
                ("outputs/games-for-five.md", "Ticket to Ride, Codenames, The Resistance and Wingspan all work for five players.\n")
            ])
        ),
        (2311, ops(writes: [("outputs/games-for-five.md", "```\n- Ticket to Ride\n- Codenames\n- The Resistance\n- Wingspan\n```\n")])),
        (2311, ops(writes: [("memory/games/for-five.md", "- Ticket to Ride\n- Codenames\n- The Resistance\n- Wingspan\n")])),
        (
            2311,
            ops(writes: [("outputs/games-for-five.md", "- Ticket to Ride\n- Codenames\n- The Resistance\n- Wingspan\n- Codenames\n")])
        ),
        (
            2311,
            ops(writes: [("outputs/games-for-five.md", "- Ticket to Ride\n- Codenames\n- The Resistance\n- Wingspan\n- Jaipur\n")])
        ),
        (
            2311,
            ops(writes: [
                (
                    "outputs/games-for-five.md",
                    "azul.md\ncatan.md\ncodenames.md\njaipur.md\npandemic.md\nresistance.md\nticket-to-ride.md\nwingspan.md\n"
                )
            ])
        ),
        (2311, ops(writes: [("outputs/games-for-five.md", "- Ticket to Ride\n- Codenames\n- The Resistance\n- Pandemic\n")])),
        (
            2312,
            ops(writes: [
                (
                    "outputs/subscriptions.csv",
                    "| name | monthly | renews |\n|---|---|---|\n| Netflix | 10.99 | 2027-03-18 |\n| Spotify Family | 19.99 | 2027-03-05 |\n| iCloud+ 200 GB | 2.99 | 2027-03-22 |\n| PureGym | 24.99 | 2027-04-01 |\n| Audible | 8.99 | 2027-03-27 |\n"
                )
            ])
        ),
        (
            2312,
            ops(writes: [("outputs/subscriptions.csv", Fresh22.subscriptionsCSV.replacingOccurrences(of: "name,monthly,renews\n", with: ""))])
        ),
        (
            2312,
            ops(writes: [
                ("outputs/subscriptions.csv", Fresh22.subscriptionsCSV.replacingOccurrences(of: "PureGym,24.99,2027-04-01\n", with: ""))
            ])
        ),
        (
            2312,
            ops(writes: [
                (
                    "outputs/subscriptions.csv",
                    Fresh22.subscriptionsCSV.replacingOccurrences(of: "Netflix,10.99", with: "Netflix,19.99").replacingOccurrences(
                        of: "Spotify Family,19.99", with: "Spotify Family,10.99")
                )
            ])
        ),
        (2312, ops(writes: [("outputs/subscriptions.csv", Fresh22.subscriptionsCSV + "Disney+,7.99,2027-02-14\n")])),
        (
            2312,
            ops(writes: [
                (
                    "outputs/subscriptions.csv",
                    Fresh22.subscriptionsCSV.replacingOccurrences(of: "Netflix,10.99,2027-03-18", with: "Netflix,10.99,2027-03-08")
                )
            ])
        ),
        (2312, ops(writes: [("outputs/subscriptions.csv", "```csv\n" + Fresh22.subscriptionsCSV + "```\n")])),
        (2312, ops(writes: [("outputs/subscriptions.csv", Fresh22.subscriptions["memory/money/subscriptions.json"]!)])),
        (2312, ops(writes: [("memory/money/subscriptions.csv", Fresh22.subscriptionsCSV)])),
        (2312, ops(writes: [("outputs/subscriptions.csv", Fresh22.subscriptionsCSV + "updated,,2027-03-01\n")])),
        (
            2312,
            ops(writes: [
                ("outputs/subscriptions.csv", Fresh22.subscriptionsCSV.replacingOccurrences(of: "iCloud+ 200 GB,2.99", with: "iCloud+ 200 GB,200"))
            ])
        ),
        (
            2312,
            ops(writes: [
                (
                    "outputs/subscriptions.csv",
                    "name,renews\nNetflix,2027-03-18\nSpotify Family,2027-03-05\niCloud+ 200 GB,2027-03-22\nPureGym,2027-04-01\nAudible,2027-03-27\n"
                )
            ])
        ),
        (
            2313,
            ops(writes: [
                (
                    "skills/birthday-reminders/SKILL.md",
                    "# Birthday reminders\nRead memory/family/birthdays.md and write the birthdays in the next 14 days, with the age each person turns, to outputs/birthdays-soon.md.\n"
                )
            ])
        ),
        (
            2313,
            ops(writes: [
                (
                    "skills/birthday-reminders/SKILL.md",
                    Fresh22.birthdaySkill.replacingOccurrences(of: "name: birthday-reminders", with: "name: Birthday Reminders")
                )
            ])
        ),
        (2313, ops(writes: [("skills/birthday-reminders.md", Fresh22.birthdaySkill)])),
        (
            2313,
            ops(writes: [
                (
                    "skills/birthday-reminders/SKILL.md",
                    Fresh22.birthdaySkill.replacingOccurrences(of: "description: Say whose birthday is coming up in the next two weeks.\n", with: "")
                )
            ])
        ),
        (
            2313,
            ops(writes: [
                (
                    "skills/birthday-reminders/SKILL.md",
                    Fresh22.birthdaySkill.replacingOccurrences(of: "outputs/birthdays-soon.md", with: "outputs/birthdays.md")
                )
            ])
        ),
        (
            2313,
            ops(writes: [
                (
                    "skills/birthday-reminders/SKILL.md",
                    Fresh22.birthdaySkill.replacingOccurrences(of: "in the next 14 days", with: "in the next 7 days")
                )
            ])
        ),
        (
            2313,
            ops(writes: [
                (
                    "skills/birthday-reminders/SKILL.md",
                    Fresh22.birthdaySkill.replacingOccurrences(
                        of: "Where a birth year is given, work out the age the person turns.\n", with: "")
                )
            ])
        ),
        (
            2313,
            ops(writes: [
                (
                    "skills/birthday-reminders/SKILL.md",
                    Fresh22.birthdaySkill.replacingOccurrences(of: "memory/family/birthdays.md", with: "memory/family/contacts.md")
                )
            ])
        ),
        (2313, ops(writes: [("skills/birthday-reminders/SKILL.md", "```markdown\n" + Fresh22.birthdaySkill + "```\n")])),
        (
            2313,
            ops(writes: [
                ("skills/birthday-reminders/SKILL.md", Fresh22.birthdaySkill),
                ("skills/meal-plan/SKILL.md", Fresh22.mealSkill + "Check the birthday-reminders skill for any birthday cakes.\n"),
            ])
        ),
        (
            2313,
            ops(writes: [
                (
                    "skills/meal-plan/SKILL.md",
                    Fresh22.mealSkill
                        + "\n## Birthdays\nRead memory/family/birthdays.md and write the birthdays in the next 14 days, with the age each person turns, to outputs/birthdays-soon.md.\n"
                )
            ])
        ),
        (
            2313,
            ops(writes: [
                (
                    "skills/birthday-reminders/SKILL.md",
                    "---\nname: birthday-reminders\ndescription: Say whose birthday is coming up in the next two weeks.\n---\nRead memory/family/birthdays.md and write every birthday in it to outputs/birthdays-soon.md.\n"
                )
            ])
        ),
        (
            2314,
            ops(writes: [
                ("memory/garden/rain-report.py", Fresh22.rainScript.replacingOccurrences(of: "rain-2027-03.csv", with: "rain-2026-03.csv"))
            ])
        ),
        (
            2314,
            ops(writes: [
                (
                    "memory/garden/rain-report.py",
                    Fresh22.rainScript.replacingOccurrences(
                        of: "with open(\"memory/garden/rain-2027-03.csv\") as f:\n    for row in csv.DictReader(f):\n        days",
                        with:
                            "for name in [\"memory/garden/rain-2026-03.csv\", \"memory/garden/rain-2027-03.csv\"]:\n  with open(name) as f:\n    for row in csv.DictReader(f):\n        days"
                    )
                )
            ])
        ),
        (2314, ops(writes: [("memory/garden/rain-report.py", Fresh22.rainScript.replacingOccurrences(of: "max(", with: "min("))])),
        (
            2314,
            ops(writes: [
                (
                    "memory/garden/rain-report.py",
                    Fresh22.rainScript.replacingOccurrences(of: "total = sum(mm for _, mm in days)\n", with: "").replacingOccurrences(
                        of: "print(f\"Total rainfall in March 2027: {total:.1f} mm\")\n", with: "")
                )
            ])
        ),
        (
            2314,
            ops(writes: [
                (
                    "memory/garden/rain-report.py",
                    Fresh22.rainScript.replacingOccurrences(of: "wettest = max(days, key=lambda d: d[1])\n", with: "").replacingOccurrences(
                        of: "print(f\"Wettest day: {wettest[0]} with {wettest[1]} mm\")\n", with: "")
                )
            ])
        ),
        (
            2314,
            ops(writes: [
                (
                    "memory/garden/rain-report.py",
                    Fresh22.rainScript + "with open(\"memory/garden/rain-2027-03.csv\", \"a\") as out:\n    out.write(f\"total,{total:.1f}\\n\")\n"
                )
            ])
        ),
        (2314, ops(writes: [("memory/garden/rain-report.py", "```python\n" + Fresh22.rainScript + "```\n")])),
        (
            2314,
            ops(writes: [
                (
                    "memory/garden/rain-report.py",
                    Fresh22.rainScript.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "# \($0)" }.joined(
                        separator: "\n")
                )
            ])
        ),
        (
            2314,
            ops(writes: [
                (
                    "memory/garden/rain-report.py",
                    "#!/bin/sh\nawk -F, 'NR > 1 { t += $2; if ($2 > m) { m = $2; d = $1 } } END { print t, d, m }' memory/garden/rain-2027-03.csv\n"
                )
            ])
        ),
        (2314, ops(writes: [("outputs/rain-report.py", Fresh22.rainScript)])),
        (2314, ops(writes: [("memory/garden/rain-report.py", Fresh22.rainScript.replacingOccurrences(of: "float(", with: "int("))])),
    ]
}

/// The twenty-second fresh part's fixtures and the helpers its checks share.
private enum Fresh22 {
    static let race = "memory/running/riverside-half-2027.md"
    static let running: [String: String] = [
        "memory/running/riverside-half-2026.md": "# Riverside Half 2026\nSunday 10 May 2026, start 9 am\nBib 3318\nFinished in 2:07:41\n",
        "memory/running/training-plan.md":
            "# Training plan\n- Tuesdays: 5 km easy\n- Thursdays: intervals\n- Sundays: long run, up to 18 km by late April\n",
        "memory/running/shoes.md": "# Shoes\nBrooks Ghost 15, bought January 2027, about 420 km so far\n",
    ]
    static let raceNote = "# Riverside Half Marathon 2027\n- Date: Sunday 9 May 2027\n- Start: 9.30 am\n- Bib number: 4172\n"

    static let wifiNote = "memory/home/wifi.md"
    static let mainPassword = "Main password: sunflower-42-Kettle"
    static let wifi: [String: String] = [
        wifiNote:
            "# Wi-Fi\nRouter: BT Smart Hub 2, in the hall cupboard\nMain network: Hartley-Home\n\(mainPassword)\nGuest network: Hartley-Guest\nGuest password: Pebble-Garden-58\nPrinter: HP Envy, joins the main network\n",
        "memory/home/router-admin.md": "# Router admin page\nAddress: 192.168.1.254\nAdmin password: on the card on the back of the router\n",
        "memory/home/wifi-old-flat.md": "# Wi-Fi at the old flat\nNetwork: VM-4471\nPassword: sunflower-42-Kettle\n",
    ]
    /// The Wi-Fi note with its main password line written `line`.
    static func newWifi(_ line: String) -> String {
        wifi[wifiNote]!.replacingOccurrences(of: mainPassword, with: line)
    }

    static let readingLog = "memory/reading/2027.md"
    static let reading: [String: String] = [
        readingLog:
            "# Books finished in 2027\n\n| Finished | Title | Author | Rating |\n|---|---|---|---|\n| 4 Jan | The Thursday Murder Club | Richard Osman | 4/5 |\n| 21 Jan | Tomorrow, and Tomorrow, and Tomorrow | Gabrielle Zevin | 5/5 |\n| 9 Feb | Lessons in Chemistry | Bonnie Garmus | 3/5 |\n| 27 Feb | The Salt Path | Raynor Winn | 4/5 |\n",
        "memory/reading/2026.md":
            "# Books finished in 2026\n\n| Finished | Title | Author | Rating |\n|---|---|---|---|\n| 12 Mar | Shuggie Bain | Douglas Stuart | 5/5 |\n| 30 Dec | Hamnet | Maggie O'Farrell | 4/5 |\n",
        "memory/reading/to-read.md":
            "# To read\n- Klara and the Sun (Kazuo Ishiguro)\n- Demon Copperhead (Barbara Kingsolver)\n- The Covenant of Water\n",
    ]

    static let gasScan = "memory/documents/scans/Scan 2027-03-02 (1).md"
    static let gasNew = "memory/documents/scans/gas-safety-2027.md"
    static let scans: [String: String] = [
        gasScan:
            "# Gas safety certificate (CP12)\nBoiler: Worcester Bosch 30i, checked 2 March 2027 by K. Adeyemi, Gas Safe no. 561204\nResult: safe\nNext check due by 1 March 2028\n",
        "memory/documents/scans/Scan 2027-03-02.md": "# Receipt\nShine Bright window cleaning, £18 cash, 2 March 2027\n",
        "memory/documents/scans/gas-safety-2026.md": "# Gas safety certificate (CP12)\nChecked 3 March 2026 by K. Adeyemi\nResult: safe\n",
        "memory/documents/scans/tv-licence-2027.md": "# TV licence\nRenewed 1 February 2027, £174.50\n",
    ]

    static let consent = "memory/school/inbox/zoo-trip-consent.md"
    static let school: [String: String] = [
        consent:
            "# Year 2 trip to Chester Zoo\nThursday 20 May 2027, the coach leaves at 8.45 am\nCost: £16, paid on ParentPay\nConsent form signed and sent back on 4 March\n",
        "memory/school/inbox/swimming-consent.md": "# Year 5 swimming lessons\nFridays in the summer term, £3 a week\nForm not signed yet\n",
        "memory/school/ella/reading-record.md": "# Ella's reading\nBook band: turquoise\n",
        "memory/school/jack/times-tables.md": "# Jack's times tables\nWorking on the 7s and 8s\n",
        "memory/school/term-dates.md": "# Term dates 2026-27\nSummer term: 19 April to 21 July\n",
    ]

    static let beaNotes = ["memory/family/contacts.md", "memory/family/emergency.md", "memory/kids/pickup.md"]
    /// The line of each of `beaNotes` that gives Bea's mobile.
    static let beaLines = [
        "- Aunt Bea (mobile): 07700 900118", "2. Aunt Bea: 07700 900118",
        "- Wednesdays: Aunt Bea, 07700 900118 (she knows the gate code)",
    ]
    static let family: [String: String] = [
        "memory/family/contacts.md":
            "# Family contacts\n- Mum: 07700 900312\n\(beaLines[0])\n- Aunt Bea (work): 0161 496 0734\n- Uncle Ron: 07700 900811\n",
        "memory/family/emergency.md": "# In an emergency\n1. Mum: 07700 900312\n\(beaLines[1])\n3. Parkside Surgery: 0161 496 0200\n",
        "memory/kids/pickup.md": "# Who can collect the kids\n- Mondays: Grandad\n\(beaLines[2])\n- Fridays: me\n",
        "memory/family/ron.md": "# Uncle Ron\nMobile: 07700 900811\nBirthday: 14 August\n",
    ]
    /// The three notes with Bea's old mobile written `numbers[0]`, `numbers[1]` and `numbers[2]` on her line.
    static func newMobile(_ numbers: [String]) -> [(String, String)] {
        zip(beaNotes, zip(beaLines, numbers)).map { path, pair in
            (path, family[path]!.replacingOccurrences(of: pair.0, with: pair.0.replacingOccurrences(of: "07700 900118", with: pair.1)))
        }
    }

    static let itinerary = "memory/travel/lisbon-2027/itinerary.md"
    static let travel: [String: String] = [
        itinerary:
            "# Lisbon, 15 to 19 April 2027\n\nThu 15 Apr: fly LBA 06:40 → LIS 09:35 (Jet2 LS1531); check in at Casa do Largo after 3 pm\nFri 16 Apr: Belém (the tower, the monastery, pastéis de nata); tram 28 in the evening\nSat 17 Apr: day trip to Sintra, train from Rossio at 9.11 am\nSun 18 Apr: Alfama and the castle; fado dinner booked for 8 pm at Tasca do Chico\nMon 19 Apr: fly LIS 10:20 → LBA 13:05 (LS1532)\n\nHotel phone: +351 21 000 4417\n",
        "memory/travel/lisbon-2027/itinerary-draft.md": "# Lisbon ideas (draft)\nMaybe Cascais? Maybe Óbidos? Time Out Market one lunch\n",
        "memory/travel/lisbon-2027/packing.md": "# Packing\n- adaptor\n- sun cream\n- comfy shoes (hills!)\n",
        "memory/travel/porto-2025/itinerary.md": "# Porto, May 2025\nDay 1: Ribeira\nDay 2: port cellars in Gaia\n",
        "memory/shared/mum/README.md": "Things to share with Mum: she reads this folder on her tablet.\n",
    ]

    static let plumberCopy = "memory/home/plumber (copy).md"
    static let plumberNote = "# Plumber\nDan Whitlow, 07700 900574\nFixed the leaking stopcock in January 2027, £95\n"
    static let plumber: [String: String] = [
        "memory/home/plumber.md": plumberNote,
        plumberCopy: plumberNote,
        "memory/home/plumber-invoice-jan-2027.md":
            "# Invoice from Dan Whitlow\nStopcock replaced, 14 January 2027\nLabour £60, parts £35, total £95, paid\n",
        "memory/home/electrician.md": "# Electrician\nSparks & Co, 0161 496 0922\n",
    ]

    static let kingswoodLetter = """
        # Year 6 residential: Kingswood, Dearne Valley

        Dear parents and carers,

        We are delighted to confirm that this year's Year 6 residential will take place from Monday 14 June to \
        Wednesday 16 June 2027 at Kingswood, Dearne Valley. Children will take part in climbing, archery, raft \
        building and a night line.

        The total cost is £245. A non-refundable deposit of £50 is due by Friday 30 April 2027, with the balance \
        of £195 to be paid by Friday 28 May 2027 on ParentPay. Please speak to Mrs Okonjo in confidence if the \
        cost is a concern; help is available.

        A kit list will follow after Easter. Please return the medical and consent form by 30 April as well.

        Coaches leave school at 9 am on the Monday and return at about 3.30 pm on the Wednesday.

        Yours sincerely,
        Mr D. Farrell
        Year 6 Leader

        """
    static let letters: [String: String] = [
        "memory/school/letters/kingswood-2027.md": kingswoodLetter,
        "memory/school/letters/robinwood-2025.md":
            "# Year 6 residential: Robinwood\nFrom 9 to 11 June 2025. Cost £228; deposit £40 by 2 May 2025.\n",
        "memory/school/letters/harvest-festival.md": "# Harvest festival\nTins for the food bank by 3 October\n",
    ]
    static let tripSummary =
        "Year 6 go to Kingswood, Dearne Valley, from Monday 14 June to Wednesday 16 June 2027. The trip costs £245: a £50 deposit is due by 30 April (with the medical and consent form) and the other £195 by 28 May, on ParentPay.\n"

    static let party: [String: String] = [
        "memory/party/rsvps.md":
            "# Ella's party RSVPs (Saturday 27 March, soft play)\n\n- Noah Kaur: coming. His mum says nut allergy, he carries an EpiPen\n- Amira Hussain: coming, no allergies\n- Leo Brandt: coming; dairy-free please (milk allergy)\n- Freya Lund: sorry, can't make it (she's allergic to eggs)\n- Sam Okafor: coming! No dietary needs\n- Isla McRae: coming. Coeliac, so nothing with gluten\n- Oliver Grant: hasn't replied yet\n",
        "memory/party/food.md": "# Party food\nPizza, fruit, cake (made with eggs), squash\n",
        "memory/party/guests-2026.md": "# Last year's party\n- Ruby: shellfish allergy\n- Noah: nuts\n",
    ]

    static let games: [String: String] = [
        "memory/games/catan.md": "# Catan\nPlayers: 3–4\nTime: 60–90 min\n",
        "memory/games/ticket-to-ride.md": "# Ticket to Ride\nPlayers: 2–5\nTime: 45 min\n",
        "memory/games/codenames.md": "# Codenames\nPlayers: 4–8\nTime: 15 min\n",
        "memory/games/resistance.md": "# The Resistance\nPlayers: 5–10\nTime: 30 min\n",
        "memory/games/pandemic.md": "# Pandemic\nPlayers: 2–4\nTime: 45 min\n",
        "memory/games/azul.md": "# Azul\nPlayers: 2–4\nTime: 40 min\n",
        "memory/games/wingspan.md": "# Wingspan\nPlayers: 1–5\nTime: 70 min\n",
        "memory/games/jaipur.md": "# Jaipur\nPlayers: 2\nTime: 30 min\n",
        "memory/games/wishlist.md": "# Wish list (don't own yet)\n- Just One (3–7 players)\n- Dixit (3–8 players)\n",
    ]

    static let subscriptions: [String: String] = [
        "memory/money/subscriptions.json": """
        {
          "updated": "2027-03-01",
          "subscriptions": [
            {"name": "Netflix", "monthly": 10.99, "renews": "2027-03-18"},
            {"name": "Spotify Family", "monthly": 19.99, "renews": "2027-03-05"},
            {"name": "iCloud+ 200 GB", "monthly": 2.99, "renews": "2027-03-22"},
            {"name": "PureGym", "monthly": 24.99, "renews": "2027-04-01"},
            {"name": "Audible", "monthly": 8.99, "renews": "2027-03-27"}
          ]
        }

        """,
        "memory/money/cancelled.md": "# Cancelled\n- Disney+: cancelled 14 February 2027 (was £7.99)\n- Times digital: cancelled January 2027\n",
        "memory/money/budget.md": "# Budget\nSubscriptions: aim for under £60 a month\n",
    ]
    static let subscriptionsCSV =
        "name,monthly,renews\nNetflix,10.99,2027-03-18\nSpotify Family,19.99,2027-03-05\niCloud+ 200 GB,2.99,2027-03-22\nPureGym,24.99,2027-04-01\nAudible,8.99,2027-03-27\n"

    static let mealSkill =
        "---\nname: meal-plan\ndescription: Plan the week's dinners from the recipes folder.\n---\nRead memory/recipes and write seven dinners to outputs/meal-plan.md.\n"
    static let birthdays: [String: String] = [
        "skills/README.md": "Each skill is a folder in skills/ holding a SKILL.md with a name and a description.\n",
        "skills/meal-plan/SKILL.md": mealSkill,
        "memory/family/birthdays.md":
            "# Birthdays\n- Mum: 2 April 1958\n- Ella: 27 March 2020\n- Jack: 11 November 2016\n- Aunt Bea: 19 March\n- Grandad: 4 July 1944\n",
    ]
    static let birthdaySkill =
        "---\nname: birthday-reminders\ndescription: Say whose birthday is coming up in the next two weeks.\n---\nRead memory/family/birthdays.md.\nKeep the people whose birthday falls in the next 14 days, counting from today.\nWhere a birth year is given, work out the age the person turns.\nWrite them, with their dates, to outputs/birthdays-soon.md.\n"

    static let rain: [String: String] = [
        "memory/garden/rain-2027-03.csv": "date,mm\n"
            + zip(
                1...31,
                [
                    "2.4", "0.0", "5.1", "7.8", "0.3", "0.0", "1.2", "11.4", "3.6", "0.0", "0.0", "4.2", "9.9", "18.6", "6.3", "0.5", "0.0", "0.0",
                    "2.7", "12.1", "3.3", "0.0", "0.8", "5.5", "0.0", "0.0", "1.9", "7.2", "14.0", "0.4", "0.0",
                ]
            ).map { "2027-03-\($0.0 < 10 ? "0" : "")\($0.0),\($0.1)\n" }.joined(),
        "memory/garden/rain-2026-03.csv": "date,mm\n2026-03-30,0.0\n2026-03-31,22.2\n",
        "memory/garden/rain-gauge.md": "# Rain gauge\nRead at 8 am and emptied after reading\n",
    ]
    static let rainScript =
        "import csv\n\ndays = []\nwith open(\"memory/garden/rain-2027-03.csv\") as f:\n    for row in csv.DictReader(f):\n        days.append((row[\"date\"], float(row[\"mm\"])))\ntotal = sum(mm for _, mm in days)\nwettest = max(days, key=lambda d: d[1])\nprint(f\"Total rainfall in March 2027: {total:.1f} mm\")\nprint(f\"Wettest day: {wettest[0]} with {wettest[1]} mm\")\n"

    /// The day numbers `text` (lowercase) gives in the month starting `month` ("jun"), day first or
    /// month first ("14 June", "June 14th", "14/06"), a time or a year after the month's name aside.
    static func days(_ text: String, _ month: String, _ number: Int) -> [Int] {
        (Judge.found(text, #"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?\#(month)"#)
            + Judge.found(text, #"\b\#(month)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:am|pm|a\.m|p\.m|[.:]\d))"#)
            + Judge.found(text, #"\b(\d{1,2})[./]0?\#(number)\b"#)).compactMap { Int($0) }
    }

    /// The amounts in pounds `text` (lowercase) gives: "£245", "245 pounds", "GBP 245".
    static func amounts(_ text: String) -> [String] {
        Judge.found(text, #"£\s*(\d+(?:\.\d+)?)"#) + Judge.found(text, #"\b(\d+(?:\.\d+)?)\s*(?:gbp|pounds?|quid)\b"#)
            + Judge.found(text, #"\bgbp\s*(\d+(?:\.\d+)?)"#)
    }

    /// `line` with an aside saying what a value was ("(was …)", "previously …") taken out.
    static func withoutAside(_ line: String) -> String {
        line.replacingOccurrences(
            of: #"\(?\b(was|previously|formerly|old( number)?|used to be|changed from|instead of)\b[^)]*\)?"#, with: " ",
            options: [.regularExpression, .caseInsensitive])
    }

    /// The words (runs of letters, lowercase) of `text`.
    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
    }

    /// Whether `text` gives the race: the Riverside Half on 9 May (a year, if given, 2027), the start
    /// at 9.30 in the morning (9:30, 09:30 or half past nine), bib 4172, and no other date, time or
    /// number (last year's race's aside).
    static func isRace(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let low = t.lowercased()
        let clocks = Judge.found(low, #"(?<![\d.:/])(\d{1,2}[.:]\d{2})(?![\d.:/])"#)
        let start =
            clocks.isEmpty ? Judge.has(low, #"half past nine"#) : clocks.allSatisfy { ["9.30", "09.30", "9:30", "09:30"].contains($0) }
        let numbers = Judge.found(low, #"(?<!\d)(\d{4,})(?!\d)"#)
        return low.contains("riverside") && Judge.hasDate(low, day: 9, month: 5) && days(low, "may", 5).allSatisfy { $0 == 9 }
            && start && !Judge.has(low, #"\d\s*p\.?m\b|\bpm\b|evening"#) && numbers.contains("4172")
            && numbers.allSatisfy { ["4172", "2027"].contains($0) }
    }

    /// Whether `text` is the Wi-Fi note with only its main password line changed: Otter-Maple-731
    /// with its capitals (backticks, bold or an aside saying what it was pass), the old password
    /// gone, the line's label kept, the rest as it was.
    static func isWifi(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(wifi[wifiNote])
        let got = Judge.lines(t)
        guard got.count == want.count, let i = want.firstIndex(of: mainPassword) else { return false }
        let said = withoutAside(got[i])
        return said.range(of: #"(?<![\w-])Otter-Maple-731(?![\w-])"#, options: .regularExpression) != nil
            && !said.lowercased().contains("sunflower") && words(said).isSuperset(of: ["main", "password"])
            && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
    }

    /// Whether `text` is the reading table as it was with one more last row: 12 March (a year, if
    /// given, 2027), Klara and the Sun, (Kazuo) Ishiguro, 4 out of 5, in the table's four columns.
    static func isReading(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(reading[readingLog])
        let got = Judge.lines(t)
        guard got.count == want.count + 1, Array(got.prefix(want.count)) == want, let last = got.last, let cells = tableCells(last),
            cells.count == 4
        else { return false }
        let c = cells.map { $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "*_\"' ")) }
        return Judge.hasDate(c[0], day: 12, month: 3) && Judge.found(c[0], #"\b(\d{4})\b"#).allSatisfy { $0 == "2027" }
            && c[1] == "klara and the sun" && Judge.has(c[2], #"^(kazuo\s+)?ishiguro$"#)
            && Judge.has(c[3], #"^(4\s*/\s*5|4|4 out of 5|4 stars|★★★★☆?)$"#)
    }

    /// Whether `text` is the note at `path` with only the line giving Bea's mobile changed: 07700
    /// 900462 there now, however spaced (+44 passes; the old number said to have been aside), every
    /// other word of the line kept.
    static func hasNewMobile(_ text: String?, _ path: String) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(family[path])
        let got = Judge.lines(t)
        guard got.count == want.count, let i = want.firstIndex(where: { beaLines.contains($0) }) else { return false }
        let said = withoutAside(got[i])
        let phones = Judge.found(said, #"(\+?\d[\d -]{7,}\d)"#).map { $0.filter(\.isNumber) }
        return !phones.isEmpty && phones.allSatisfy { ["07700900462", "447700900462"].contains($0) } && words(want[i]).isSubset(of: words(said))
            && got.indices.allSatisfy { $0 == i || got[$0] == want[$0] }
    }

    /// Whether `text` sums up the Kingswood letter in sixty words at most (a title line aside; six
    /// lines at most): the start of the trip on 14 June, the cost £245, the £50 deposit by 30 April,
    /// and no amount, date or year the letter does not give, nor anything from the 2025 letter.
    static func isTripSummary(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        var all = Judge.lines(t)
        if all.count > 1, all[0].hasPrefix("#") { all.removeFirst() }
        guard (1...6).contains(all.count) else { return false }
        let low = all.joined(separator: " ").lowercased()
        let count = low.split(separator: " ").filter { $0.contains { $0.isLetter || $0.isNumber } }.count
        guard count >= 12, count <= 60 else { return false }
        let starts =
            Judge.hasDate(low, day: 14, month: 6)
            || Judge.has(low, #"\b14(th)?\s*([-–—]|to|until|till)\s*(\w+\s+)?16(th)?\s+(of\s+)?june?\b"#)
            || Judge.has(low, #"\bjune?\s+14(th)?\s*([-–—]|to|until|till)\s*16"#)
        let money = amounts(low)
        return starts && Judge.has(low, #"kingswood|residential|trip"#) && money.contains("245") && money.contains("50")
            && money.allSatisfy { ["245", "245.00", "50", "50.00", "195", "195.00"].contains($0) }
            && Judge.hasDate(low, day: 30, month: 4) && days(low, "apr", 4).allSatisfy { $0 == 30 }
            && (depositDate(low).map { Judge.hasDate($0, day: 30, month: 4) } ?? !low.contains("deposit"))
            && days(low, "jun", 6).allSatisfy { [14, 16].contains($0) } && days(low, "may", 5).allSatisfy { $0 == 28 }
            && Judge.found(low, #"\b(20\d{2})\b"#).allSatisfy { $0 == "2027" } && !Judge.has(low, #"robinwood|\b228\b|\bjuly?\b"#)
    }

    /// The date `low` gives first after its first "deposit" (else last before it), nil when none
    /// is found: "30 april", "april 30th", "30/04/2027", "2027-04-30".
    static func depositDate(_ low: String) -> String? {
        guard let at = low.range(of: "deposit") else { return nil }
        let months = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
        let date =
            #"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\#(months)[a-z]*|\b\#(months)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\b|\b\d{4}-\d{1,2}-\d{1,2}\b"#
        return Judge.found(String(low[at.upperBound...]), date).first ?? Judge.found(String(low[..<at.lowerBound]), date).last
    }

    /// Whether `text` pairs the three children who are coming and can't eat something each with
    /// what (Noah nuts, Leo dairy, Isla gluten), one entry each, any order, and nobody else.
    static func isAllergies(_ text: String?) -> Bool {
        guard let t = text, !Judge.has(t, #"freya|amira|\bsam\b|oliver|ruby|\beggs?\b|shellfish"#) else { return false }
        return Judge.isPairedList(
            t, who: [#"\bnoah\b"#, #"\bleo\b"#, #"\bisla\b"#],
            what: [#"\bnuts?\b|peanut"#, #"dairy|\bmilk\b|lactose"#, #"gluten|co?eliac"#])
    }

    /// Whether `text` lists the four games five can play (Ticket to Ride, Codenames, The Resistance,
    /// Wingspan), by title or file name, and none for fewer players nor any on the wish list.
    static func isGamesList(_ text: String?) -> Bool {
        Judge.isNamedList(
            text, [#"ticket"#, #"codenames"#, #"resistance"#, #"wingspan"#], banned: #"catan|pandemic|azul|jaipur|just one|dixit"#)
    }

    /// Whether `text` is the subscriptions as CSV: a header row (a name, a price and a renewal date,
    /// named any way, in any order) and one row for each of the five subscriptions in any order,
    /// each with its own price (a pound sign passes) and date (another format passes; a year, if
    /// given, 2027), nothing else.
    static func isSubscriptionsCSV(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !t.contains("|"), !t.contains("{"), !Judge.has(t, #"disney|times|updated"#) else {
            return false
        }
        let rows = Judge.lines(t).map(Judge.csvCells)
        guard rows.count == 6, rows.allSatisfy({ $0.count == 3 }) else { return false }
        let header = rows[0].map { $0.lowercased() }
        guard let n = header.firstIndex(where: { Judge.has($0, #"name|service|subscription"#) }),
            let p = header.firstIndex(where: { Judge.has($0, #"month|price|cost|amount|£"#) }),
            let d = header.firstIndex(where: { Judge.has($0, #"renew|date|next|due"#) }), Set([n, p, d]).count == 3
        else { return false }
        let want: [(name: String, price: Double, day: Int, month: Int)] = [
            ("netflix", 10.99, 18, 3), ("spotify", 19.99, 5, 3), ("icloud", 2.99, 22, 3), ("gym", 24.99, 1, 4), ("audible", 8.99, 27, 3),
        ]
        var left = Array(want.indices)
        for r in rows.dropFirst() {
            let hits = left.filter { Judge.has(r[n], want[$0].name) }
            let price = Double(
                r[p].lowercased().replacingOccurrences(of: "£", with: "").replacingOccurrences(of: "gbp", with: "").trimmingCharacters(
                    in: .whitespaces))
            guard hits.count == 1, let w = hits.first, let price, abs(price - want[w].price) < 0.001,
                Judge.hasDate(r[d].lowercased(), day: want[w].day, month: want[w].month),
                Judge.found(r[d], #"\b(\d{4})\b"#).allSatisfy({ $0 == "2027" })
            else { return false }
            left.removeAll { $0 == w }
        }
        return left.isEmpty
    }

    /// Whether `text` is a skill named birthday-reminders with a description, whose body reads the
    /// family birthdays note, keeps the birthdays from today to fourteen days ahead, works out the age
    /// each turns, and saves them in outputs/birthdays-soon.md.
    static func isBirthdaySkill(_ text: String?) -> Bool {
        guard let t = text, let (fields, body) = Judge.skill(t) else { return false }
        let b = body.lowercased()
        let rest = b.replacingOccurrences(of: "outputs/birthdays-soon.md", with: " ")
        return fields["name"] == "birthday-reminders" && (fields["description"] ?? "").count >= 10 && b.count >= 40
            && b.contains("outputs/birthdays-soon.md") && rest.contains("memory/family/birthdays.md")
            && Judge.has(rest, #"\b14\b|fourteen|two weeks|2 weeks|fortnight"#)
            && Judge.has(rest, #"\btoday\b|current date|\bnow\b|\bnext\b|\bahead\b|coming|upcoming"#)
            && Judge.has(rest, #"\bages?\b|\bturns?\b|how old|years old"#)
    }

    /// Whether `text` is a Python script (a shebang, if any, names Python) that opens March 2027's
    /// rain log (not last year's), reads the amounts as numbers, adds them up, finds the largest
    /// with its day and prints at least two values, writing, moving or removing nothing. Comments
    /// and a fenced reply do not count; plain strings (labels) are read apart from the code.
    static func isRainScript(_ text: String?) -> Bool {
        guard let script = Judge.readOnlyPython(text, reading: "rain-2027-03.csv", not: "rain-2026") else { return false }
        let (code, bare, twoValues) = (script.code, script.bare, script.twoValues)
        let has = script.has
        return has(["open(", "read_text(", "read_csv("]) && has(["float(", "Decimal(", "read_csv("])
            && Judge.has(bare, #"\bsum\(|\+=|\.sum\(|\bfsum\("#)
            && Judge.has(bare, #"\bmax\(|\.max\(|idxmax|nlargest|sorted\(|\.sort\(|\.sort_values\(|\s>\s*\w"#)
            && Judge.has(code, #"date|day"#) && twoValues
    }
}
