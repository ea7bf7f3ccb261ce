import Foundation

/// A thirty-third fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first thirty-two: by someone who had not read the agent loop, its tools, its prompts, its tests or
/// any result. Fourteen intentions, numbered 3401 to 3414, one for each kind the issue names
/// (create, a chimney sweep's visit as an iCalendar file like last year's sweep, the boiler service
/// the same day apart; edit in place, one boat's berth in a sailing club's JSON berth list, a boat
/// with a near name, the owner's other boat and last season's list left; append a blood donation as
/// a JSON line at the end of a donations log, a partner's log and the next-appointment note left;
/// rename a gas safety record named after its job number to a dated name like last year's, its
/// invoice with the same number and the other flat's record left; move a window cleaner's invoice
/// from the inbox into its folder, the same firm's gutters invoice and the old cleaner's folder
/// left; several files, a community fridge's web address in a YAML file, an HTML poster (link and
/// text) and a Markdown README, the volunteer form on the same old host, last year's poster and a
/// sent newsletter left; copy a rowing club's safety plan into a regatta folder under another name,
/// word for word, the winter plan and an old one not; delete a cancelled climbing wall booking's
/// JSON file, the brother's booking for the same session, next week's booking and the membership
/// note kept; summarise a road resurfacing notice in three sentences at most, with the days, where
/// to park and when to move the car by, last year's pavement notice apart; extract the donations of
/// £50 or more from a fundraising page's CSV export with the donors and amounts, a donor named with a
/// comma, a donation of exactly £50 in and one of £49.50 out, last year's export apart; list-and-save
/// a folder's holiday videos, an unfinished download, a clips subfolder, a notes file and a to-edit
/// list outside apart; convert a CSV of direct debits to a YAML list, a payee with a comma and last
/// year's file apart; a skill that lists the repeat prescriptions to reorder from the tablets left and
/// the daily dose, a fourteen-day window; a Python script that prints a month's litter collected from
/// a JSON log of beach cleans and the heaviest clean, last month's log, the bags and volunteers and
/// the sponsors list apart), each worded three ways as people word them (files named by path, by bare
/// name or by what they are; details given in passing; what to leave alone said casually), run as
/// Steward chooses. Every fixture holds a look-alike beside the right file. Judged by content as a
/// person would (other list markers, entry, row, key and property order, spacing, a title line, a
/// table for a list, another date, time or amount format, quoted values, a time zone named, JSON
/// laid out another way, YAML in block or flow style, a comment, titles or paths for file names, a
/// trailing slash, a lost final newline, CRLF pass) and by "nothing else changed" (the wrong file,
/// the wrong folder, a copy where a move was asked fail). Frozen in a commit of its own before any
/// run with a model: never tune the loop on it, and run it as it is (`STEWARD_SUITE_PART=fresh33`).
extension EverydayTaskSuite {
    static let fresh33: [Intention] = [
        Intention(
            number: 3401,
            kind: "create: a chimney sweep's visit as an iCalendar file like last year's sweep, the boiler service the same day apart",
            fixtures: Fresh33.calendar,
            wordings: [
                (
                    .imperative,
                    "Create memory/home/calendar/2033-09-14-chimney-sweep.ics like 2032-09-20-chimney-sweep.ics: 14 September 2033, 8.30 to 9.30 am, living room wood burner, Soot & Sons, £70"
                ),
                (
                    .request,
                    "The chimney sweep's booked for 14 September 2033, half eight till half nine in the morning, and Soot & Sons have gone up to £70. Could you put it in memory/home/calendar as 2033-09-14-chimney-sweep.ics, done the same way as last year's sweep?"
                ),
                (
                    .context,
                    "Our calendar lives in memory/home/calendar as one .ics file per appointment. Please add 2033-09-14-chimney-sweep.ics for this year's sweep of the living room wood burner: Wednesday 14 September 2033, 8.30 to 9.30 in the morning, Soot & Sons again, £70 this time. Copy the layout of last year's 2032-09-20-chimney-sweep.ics; the boiler service is the same day but already has its own file, so leave that alone."
                ),
            ], changed: [Fresh33.sweep],
            check: { f in Fresh33.isSweep(f(Fresh33.sweep)) && Judge.untouched(f, Array(Fresh33.calendar.keys), Fresh33.calendar) },
            solution: ops(writes: [(Fresh33.sweep, Fresh33.sweepEvent)])),
        Intention(
            number: 3402,
            kind:
                "edit in place: one boat's berth in a sailing club's JSON berth list, a boat with a near name, the owner's other boat and last season's list left",
            fixtures: Fresh33.sailing,
            wordings: [
                (.imperative, "In memory/sailing/berths.json, move Kittiwake from berth A3 to D5"),
                (
                    .request,
                    "The harbourmaster has put Kittiwake on D5 for the season while pontoon A is repaired. Could you change her berth in berths.json (memory/sailing) to D5? Kittiwake II stays where she is."
                ),
                (
                    .context,
                    "We keep the club's berth allocations in memory/sailing/berths.json, one entry per boat with the berth, boat, owner and length. Pontoon A is being rebuilt, so Ros Pender's Kittiwake goes from A3 to D5 this season; please change just her berth. Huw's Kittiwake II on A4 and Ros's little Saltmarsh don't move, and last year's berths-2032.json is a record, so leave it."
                ),
            ], changed: [Fresh33.berths],
            check: { f in
                Fresh33.isBerths(f(Fresh33.berths))
                    && Judge.untouched(f, Array(Fresh33.sailing.keys).filter { $0 != Fresh33.berths }, Fresh33.sailing)
            },
            solution: ops(writes: [(Fresh33.berths, Fresh33.berthsText(kittiwake: "D5"))])),
        Intention(
            number: 3403,
            kind: "append: a blood donation as a JSON line at the end of a donations log, a partner's log and the next-appointment note left",
            fixtures: Fresh33.donations,
            wordings: [
                (
                    .imperative,
                    "Add a line at the end of memory/health/donations.jsonl for donation number 22: 2033-03-04, Leeds Donor Centre, whole blood"
                ),
                (
                    .request,
                    "Gave blood again today, 4 March 2033, at the Leeds Donor Centre: that's my 22nd! Could you add it to the end of donations.jsonl in memory/health, same as the others?"
                ),
                (
                    .context,
                    "I log every blood donation in memory/health/donations.jsonl, one JSON object per line with the date, the centre, the type and a running number. Please add today's at the bottom: 4 March 2033, whole blood at the Leeds Donor Centre, number 22. Sam's log is next to mine and the next-appointment note stays as it is."
                ),
            ], changed: [Fresh33.donationLog],
            check: { f in
                Fresh33.isDonation(f(Fresh33.donationLog))
                    && Judge.untouched(f, Array(Fresh33.donations.keys).filter { $0 != Fresh33.donationLog }, Fresh33.donations)
            },
            solution: ops(writes: [(Fresh33.donationLog, Fresh33.donations[Fresh33.donationLog]! + Fresh33.donationLine)])),
        Intention(
            number: 3404,
            kind:
                "rename: a gas safety record named after its job number to a dated name like last year's, its invoice and the other flat's record left",
            fixtures: Fresh33.lettings,
            wordings: [
                (.imperative, "Rename memory/lettings/flat-2/certificates/GasSafe-88213.txt to 2033-gas-safety.txt in the same folder"),
                (
                    .request,
                    "GasSafe-88213.txt in memory/lettings/flat-2/certificates is this year's gas safety record for flat 2. Could you rename it 2033-gas-safety.txt so it sits with last year's?"
                ),
                (
                    .context,
                    "The gas engineer sends his records named after the job number, but I keep each flat's certificates in memory/lettings/flat-N/certificates named by year and type. Please rename GasSafe-88213.txt in flat 2's folder to 2033-gas-safety.txt, next to 2032-gas-safety.txt, without changing what's in it. The invoice with the same job number stays as it is, and 88214 is flat 1's record, so leave that too."
                ),
            ], changed: [Fresh33.record, Fresh33.namedRecord],
            check: { f in
                Judge.moved(f, Fresh33.record, to: Fresh33.namedRecord, Fresh33.lettings)
                    && Judge.untouched(f, Array(Fresh33.lettings.keys).filter { $0 != Fresh33.record }, Fresh33.lettings)
            },
            solution: ops(
                #"{"op":"move","from":"memory/lettings/flat-2/certificates/GasSafe-88213.txt","to":"memory/lettings/flat-2/certificates/2033-gas-safety.txt"}"#
            )),
        Intention(
            number: 3405,
            kind:
                "move into a folder: a window cleaner's invoice from the inbox into its folder, the same firm's gutters invoice and the old cleaner's folder left",
            fixtures: Fresh33.house,
            wordings: [
                (.imperative, "Move memory/house/inbox/window-cleaner-2033-03.txt into memory/house/services/window-cleaner"),
                (
                    .request,
                    "Could you file March's window cleaning invoice? It's window-cleaner-2033-03.txt in memory/house/inbox and it goes in memory/house/services/window-cleaner with February's."
                ),
                (
                    .context,
                    "Bills land in memory/house/inbox until I file them under memory/house/services, one folder per tradesperson. Please move memory/house/inbox/window-cleaner-2033-03.txt into memory/house/services/window-cleaner/, keeping its name. Not the window-cleaner-old folder, that's the firm we stopped using, and the gutters invoice from the same firm can wait in the inbox."
                ),
            ], changed: [Fresh33.invoice, Fresh33.filedInvoice],
            check: { f in
                Judge.moved(f, Fresh33.invoice, to: Fresh33.filedInvoice, Fresh33.house)
                    && Judge.untouched(f, Array(Fresh33.house.keys).filter { $0 != Fresh33.invoice }, Fresh33.house)
            },
            solution: ops(
                #"{"op":"move","from":"memory/house/inbox/window-cleaner-2033-03.txt","to":"memory/house/services/window-cleaner/window-cleaner-2033-03.txt"}"#
            )),
        Intention(
            number: 3406,
            kind:
                "several files: a community fridge's web address in a YAML file, an HTML poster's link and text and a Markdown README, the volunteer form on the same old host, last year's poster and a sent newsletter left",
            fixtures: Fresh33.fridge,
            wordings: [
                (
                    .imperative,
                    "Replace https://kingsroadfridge.oldhost.example with https://kingsroadfridge.example in memory/fridge/site.yaml, memory/fridge/poster.html and memory/fridge/README.md"
                ),
                (
                    .request,
                    "The fridge has its own web address now, https://kingsroadfridge.example. Could you put it in place of the old one in site.yaml, poster.html and README.md in memory/fridge? The volunteer form hasn't moved."
                ),
                (
                    .context,
                    "Our community fridge's website has moved from https://kingsroadfridge.oldhost.example to https://kingsroadfridge.example. Please update the address in memory/fridge/site.yaml, memory/fridge/poster.html (it's in the link and in the text people read) and memory/fridge/README.md. The volunteer sign-up form is still on forms.oldhost.example, so don't touch that link, and last year's poster and the newsletter we already sent are records, so leave them."
                ),
            ], changed: Set(Fresh33.siteFiles),
            check: { f in
                Fresh33.siteFiles.allSatisfy { Fresh33.hasNewSite(f($0), $0) }
                    && Judge.untouched(f, Array(Fresh33.fridge.keys).filter { !Fresh33.siteFiles.contains($0) }, Fresh33.fridge)
            },
            solution: ops(writes: Fresh33.newSites())),
        Intention(
            number: 3407,
            kind: "copy: a rowing club's safety plan into a regatta folder under another name, word for word, the winter plan and an old one not",
            fixtures: Fresh33.rowing,
            wordings: [
                (.imperative, "Copy memory/rowing/safety-plan.md to memory/rowing/regattas/2033-06-town-regatta/safety-for-crews.md"),
                (
                    .request,
                    "For the town regatta in June, could you put a copy of the club's safety plan (safety-plan.md in memory/rowing) into memory/rowing/regattas/2033-06-town-regatta as safety-for-crews.md?"
                ),
                (
                    .context,
                    "Everything for this June's town regatta goes in memory/rowing/regattas/2033-06-town-regatta. Please copy our summer safety plan, memory/rowing/safety-plan.md, into that folder as safety-for-crews.md, word for word, and keep the original where it is. Not the winter plan, and not the 2031 one, which still has the old radio channel."
                ),
            ], changed: [Fresh33.safetyCopy],
            check: { f in
                guard let copy = f(Fresh33.safetyCopy), !Judge.fenced(copy) else { return false }
                return Judge.lines(copy) == Judge.lines(Fresh33.rowing[Fresh33.safetyPlan])
                    && Judge.untouched(f, Array(Fresh33.rowing.keys), Fresh33.rowing)
            }, solution: ops(writes: [(Fresh33.safetyCopy, Fresh33.rowing[Fresh33.safetyPlan]!)])),
        Intention(
            number: 3408,
            kind:
                "delete: a cancelled climbing wall booking's JSON file, the brother's booking for the same session, next week's booking and the membership note kept",
            fixtures: Fresh33.climbing,
            wordings: [
                (.imperative, "Delete memory/climbing/bookings/2033-02-11-1800-mia.json"),
                (
                    .request,
                    "Mia's off to a party on Friday, so I've cancelled her climbing session that evening. Can you delete 2033-02-11-1800-mia.json from memory/climbing/bookings? Leo is still going."
                ),
                (
                    .context,
                    "I've cancelled Mia's kids' club slot at the climbing wall on Friday 11 February 2033 because of a birthday party, so please delete memory/climbing/bookings/2033-02-11-1800-mia.json. Leo's booking for the same session stands, so does Mia's the week after, and the membership note stays as it is."
                ),
            ], changed: [Fresh33.booking],
            check: { f in
                f(Fresh33.booking) == nil && Judge.untouched(f, Array(Fresh33.climbing.keys).filter { $0 != Fresh33.booking }, Fresh33.climbing)
            }, solution: ops(#"{"op":"delete","path":"memory/climbing/bookings/2033-02-11-1800-mia.json"}"#)),
        Intention(
            number: 3409,
            kind:
                "summarise: a road resurfacing notice in three sentences at most, with the days, where to park and when to move the car by, last year's pavement notice apart",
            fixtures: Fresh33.street,
            wordings: [
                (
                    .imperative,
                    "Summarise memory/street/notices/2033-05-02-resurfacing.txt in three sentences at most in outputs/road-closure.md: the dates, where to park and when the car has to be moved by"
                ),
                (
                    .request,
                    "Could you read the council's letter about the road resurfacing (2033-05-02-resurfacing.txt in memory/street/notices) and sum it up in no more than three sentences in outputs/road-closure.md? I mainly need the dates, where we can park and by when the car has to be off the road."
                ),
                (
                    .context,
                    "The council has written about Orchard Lane being resurfaced and I want a short version to send round the street, so please summarise memory/street/notices/2033-05-02-resurfacing.txt in at most three sentences in outputs/road-closure.md: which days the road is shut, where we can park instead, and the time by which cars have to be moved. The older notice in the same folder is about last year's pavement repair; leave it out."
                ),
            ], changed: [Fresh33.closureSummaryPath], check: { f in Fresh33.isClosureSummary(f(Fresh33.closureSummaryPath)) },
            solution: ops(writes: [(Fresh33.closureSummaryPath, Fresh33.closureSummary)])),
        Intention(
            number: 3410,
            kind:
                "extract: the donations of £50 or more from a fundraising page's CSV export with donor and amount, exactly £50 in, £49.50 out and last year's export apart",
            fixtures: Fresh33.fundraising,
            wordings: [
                (
                    .imperative,
                    "From memory/fundraising/page-2033-export.csv, list every donation of £50 or more with the donor and the amount in outputs/big-donations.md"
                ),
                (
                    .request,
                    "I want to send proper thank-you cards to everyone who gave £50 or more on my fundraising page. Could you go through page-2033-export.csv in memory/fundraising and write those donors and their amounts to outputs/big-donations.md?"
                ),
                (
                    .context,
                    "My half marathon fundraising page exports its donations to memory/fundraising/page-2033-export.csv (donor, amount, date, message). Please save to outputs/big-donations.md each donation of at least £50, one per line with who gave it and how much; exactly £50 counts, anything under doesn't. Last year's export in the same folder isn't part of this."
                ),
            ], changed: [Fresh33.bigDonationsPath], check: { f in Fresh33.isBigDonations(f(Fresh33.bigDonationsPath)) },
            solution: ops(writes: [(Fresh33.bigDonationsPath, Fresh33.bigDonations)])),
        Intention(
            number: 3411,
            kind:
                "list-and-save: a folder's holiday videos, an unfinished download, a clips subfolder, a notes file and a to-edit list outside the folder apart",
            fixtures: Fresh33.videos,
            wordings: [
                (
                    .imperative,
                    "List the .mp4 videos in memory/videos/cornwall-2032, not the .part file or the clips folder, and save the list to outputs/cornwall-videos.md"
                ),
                (
                    .request,
                    "Could you list the holiday videos from Cornwall for me? They're the .mp4 files in memory/videos/cornwall-2032. Save the list as outputs/cornwall-videos.md, and skip the half-downloaded .part file and anything in clips."
                ),
                (
                    .context,
                    "Our Cornwall holiday videos are the .mp4 files in memory/videos/cornwall-2032, and I'd like a list of them in outputs/cornwall-videos.md, one per line, so we can pick some for a family film night. Leave out the fireworks file that never finished downloading (.part), the short cuts in the clips subfolder and the notes file; the to-edit list next to the folder isn't a video either."
                ),
            ], changed: [Fresh33.videoListPath], check: { f in Fresh33.isVideoList(f(Fresh33.videoListPath)) },
            solution: ops(writes: [(Fresh33.videoListPath, Fresh33.videoList)])),
        Intention(
            number: 3412,
            kind: "convert: a CSV of direct debits to a YAML list with payee, amount and day, a payee holding a comma and last year's file apart",
            fixtures: Fresh33.money,
            wordings: [
                (
                    .imperative,
                    "Convert memory/money/direct-debits-2033.csv to YAML in outputs/direct-debits.yaml, one entry per direct debit with payee, amount and day"
                ),
                (
                    .request,
                    "Could you turn this year's direct debits (direct-debits-2033.csv in memory/money) into a YAML list and save it as outputs/direct-debits.yaml? Keep the payee, amount and day for each."
                ),
                (
                    .context,
                    "I'm moving our budget into a tool that reads YAML, so please convert memory/money/direct-debits-2033.csv into outputs/direct-debits.yaml: a list with one entry per direct debit, each with its payee, amount and day of the month. The accountants' name has a comma in it, so keep it as one payee, and leave last year's file out of it."
                ),
            ], changed: [Fresh33.debitsYAMLPath], check: { f in Fresh33.isDebitsYAML(f(Fresh33.debitsYAMLPath)) },
            solution: ops(writes: [(Fresh33.debitsYAMLPath, Fresh33.debitsYAML)])),
        Intention(
            number: 3413,
            kind: "skill: the repeat prescriptions to reorder, worked out from the tablets left and the daily dose with a fourteen-day window",
            fixtures: Fresh33.meds,
            wordings: [
                (
                    .imperative,
                    "Write a skill at skills/reorder-repeats/SKILL.md, named reorder-repeats with a description, that reads memory/meds/repeats.yaml, works out how many days each medicine will last from tablets_left and per_day, and writes those with fewer than 14 days left to outputs/reorder.md"
                ),
                (
                    .request,
                    "I keep running out of Dad's tablets before the repeat comes through. Could you write me a skill called reorder-repeats that looks at memory/meds/repeats.yaml (tablets left and how many a day for each) and puts the ones that will run out within two weeks in outputs/reorder.md?"
                ),
                (
                    .context,
                    "Dad's repeat prescriptions are in memory/meds/repeats.yaml, each medicine with how many tablets are left and how many he takes a day. Please create skills/reorder-repeats/SKILL.md with name reorder-repeats and a description in its front matter, like the plant-feed skill. Its body should tell the agent to divide the tablets left by the daily dose to get the days left, and write every medicine with fewer than 14 days left to outputs/reorder.md so we can order it in time. Leave the plant-feed skill as it is."
                ),
            ], changed: [Fresh33.reorderSkillPath],
            check: { f in
                Fresh33.isReorderSkill(f(Fresh33.reorderSkillPath)) && Judge.untouched(f, Array(Fresh33.meds.keys), Fresh33.meds)
            },
            solution: ops(writes: [(Fresh33.reorderSkillPath, Fresh33.reorderSkill)])),
        Intention(
            number: 3414,
            kind:
                "script: a Python script that prints a month's litter collected from a JSON log of beach cleans and the heaviest clean, last month's log, the bags, the volunteers and the sponsors apart",
            fixtures: Fresh33.beach,
            wordings: [
                (
                    .imperative,
                    "Write memory/beach-clean/april_totals.py, a Python script that reads memory/beach-clean/cleans-2033-04.json and prints the total kg of litter collected and the most kg from a single clean"
                ),
                (
                    .request,
                    "Could you write a small Python script, april_totals.py in memory/beach-clean, that goes through cleans-2033-04.json in the same folder and prints how many kilos of litter we picked up in April altogether and the biggest haul from one clean?"
                ),
                (
                    .context,
                    "Our beach clean group logs each clean in memory/beach-clean/cleans-2033-04.json: a JSON object whose cleans list has the date, beach, volunteers, bags and kg for each one. Please write a Python script, memory/beach-clean/april_totals.py, that reads that file and prints the total weight in kg for April and the heaviest single clean (by kg, not bags or volunteers). March's file and the sponsors list don't come into it, and the script mustn't change any file."
                ),
            ], changed: [Fresh33.beachScriptPath], check: { f in Fresh33.isBeachScript(f(Fresh33.beachScriptPath)) },
            solution: ops(writes: [(Fresh33.beachScriptPath, Fresh33.beachScript)])),
    ]
}

extension EverydayTaskSuite {
    /// Correct results in other forms a careful person accepts (another property, key, entry or row
    /// order, a time zone named, extra calendar fields, JSON laid out another way, a number as a
    /// string, another date or amount format, quoted values, a trailing slash, a table for a list,
    /// titles or paths for file names, YAML under a key or in flow style, another way to write the
    /// same skill or script, a lost final newline, CRLF), at least one per intention but the delete
    /// (3408), which has no other form.
    static let fresh33Alternatives: [(Int, String)] = [
        (
            3401,
            ops(writes: [
                (
                    Fresh33.sweep,
                    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Home//Calendar//EN\r\nBEGIN:VEVENT\r\nUID:chimney-sweep-2033@home\r\nDTSTAMP:20330801T120000Z\r\nDTSTART:20330914T083000\r\nDTEND:20330914T093000\r\nSUMMARY:Chimney sweep\r\nDESCRIPTION:Soot & Sons\\, £70\r\nLOCATION:Living room wood burner\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                )
            ])
        ),
        (
            3401,
            ops(writes: [
                (
                    Fresh33.sweep,
                    "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:Chimney sweep (Soot & Sons)\nDTSTART;TZID=Europe/London:20330914T083000\nDTEND;TZID=Europe/London:20330914T093000\nLOCATION:Wood burner, living room\nDESCRIPTION:£70.00, pay on the day\nEND:VEVENT\nEND:VCALENDAR\n"
                )
            ])
        ),
        (
            3401,
            ops(writes: [
                (
                    Fresh33.sweep,
                    "BEGIN:VCALENDAR\nVERSION:2.0\n\nBEGIN:VEVENT\n  SUMMARY:Chimney sweep\n  DTSTART:20330914T083000\n  DTEND:20330914T093000\n  LOCATION:Living room wood burner\n  DESCRIPTION:Soot and Sons - 70 GBP\nEND:VEVENT\nEND:VCALENDAR"
                )
            ])
        ),
        (
            3402,
            ops(writes: [
                (
                    Fresh33.berths,
                    "{\n    \"berths\": [\n        {\n            \"boat\": \"Kittiwake\",\n            \"berth\": \"D5\",\n            \"owner\": \"Ros Pender\",\n            \"length_m\": 7.2\n        },\n        {\n            \"boat\": \"Kittiwake II\",\n            \"berth\": \"A4\",\n            \"owner\": \"Huw Pender\",\n            \"length_m\": 6.1\n        },\n        {\n            \"boat\": \"Saltmarsh\",\n            \"berth\": \"B1\",\n            \"owner\": \"Ros Pender\",\n            \"length_m\": 5.4\n        },\n        {\n            \"boat\": \"Blue Jay\",\n            \"berth\": \"C2\",\n            \"owner\": \"Tomasz Wrona\",\n            \"length_m\": 8.4\n        }\n    ],\n    \"season\": 2033\n}\n"
                )
            ])
        ),
        (
            3402,
            ops(writes: [
                (
                    Fresh33.berths,
                    "{\"season\":2033,\"berths\":[{\"berth\":\"D5\",\"boat\":\"Kittiwake\",\"owner\":\"Ros Pender\",\"length_m\":7.2},{\"berth\":\"A4\",\"boat\":\"Kittiwake II\",\"owner\":\"Huw Pender\",\"length_m\":6.1},{\"berth\":\"B1\",\"boat\":\"Saltmarsh\",\"owner\":\"Ros Pender\",\"length_m\":5.4},{\"berth\":\"C2\",\"boat\":\"Blue Jay\",\"owner\":\"Tomasz Wrona\",\"length_m\":8.4}]}"
                )
            ])
        ),
        (
            3402,
            ops(writes: [
                (
                    Fresh33.berths,
                    Fresh33.berthsText(kittiwake: "D5").replacingOccurrences(of: "7.2}", with: "7.20}").replacingOccurrences(of: "\n", with: "\r\n")
                )
            ])
        ),
        (
            3403,
            ops(writes: [
                (
                    Fresh33.donationLog,
                    (Fresh33.donations[Fresh33.donationLog]!
                        + "{\"date\":\"2033-03-04\",\"centre\":\"Leeds Donor Centre\",\"type\":\"whole blood\",\"number\":22}\n")
                        .replacingOccurrences(of: "\n", with: "\r\n")
                )
            ])
        ),
        (
            3403,
            ops(writes: [
                (
                    Fresh33.donationLog,
                    Fresh33.donations[Fresh33.donationLog]!
                        + "{\"number\": \"22\", \"type\": \"Whole blood\", \"date\": \"04/03/2033\", \"centre\": \"Leeds Donor Centre\"}"
                )
            ])
        ),
        (
            3403,
            ops(writes: [
                (
                    Fresh33.donationLog,
                    Fresh33.donations[Fresh33.donationLog]!
                        + "\n{\"date\": \"4 March 2033\", \"centre\": \"Leeds Donor Centre, Bridge Street\", \"type\": \"whole blood\", \"number\": 22}\n"
                )
            ])
        ),
        (
            3404,
            ops(
                writes: [(Fresh33.namedRecord, Fresh33.lettings[Fresh33.record]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/lettings/flat-2/certificates/GasSafe-88213.txt"}"#)
        ),
        (
            3404,
            ops(
                writes: [(Fresh33.namedRecord, Fresh33.lettings[Fresh33.record]!.replacingOccurrences(of: "\n", with: "\r\n"))],
                #"{"op":"delete","path":"memory/lettings/flat-2/certificates/GasSafe-88213.txt"}"#)
        ),
        (
            3404,
            ops(
                writes: [(Fresh33.namedRecord, Fresh33.lettings[Fresh33.record]!.replacingOccurrences(of: "\n", with: "\n\n"))],
                #"{"op":"delete","path":"memory/lettings/flat-2/certificates/GasSafe-88213.txt"}"#)
        ),
        (
            3405,
            ops(
                writes: [(Fresh33.filedInvoice, Fresh33.house[Fresh33.invoice]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/house/inbox/window-cleaner-2033-03.txt"}"#)
        ),
        (
            3405,
            ops(
                writes: [(Fresh33.filedInvoice, Fresh33.house[Fresh33.invoice]!.replacingOccurrences(of: "\n", with: "\r\n"))],
                #"{"op":"delete","path":"memory/house/inbox/window-cleaner-2033-03.txt"}"#)
        ),
        (
            3405,
            ops(
                writes: [(Fresh33.filedInvoice, Fresh33.house[Fresh33.invoice]!.replacingOccurrences(of: "\n", with: "\n\n"))],
                #"{"op":"delete","path":"memory/house/inbox/window-cleaner-2033-03.txt"}"#)
        ),
        (3406, ops(writes: Fresh33.newSites().map { ($0.0, $0.1.replacingOccurrences(of: "\n", with: "\r\n")) })),
        (
            3406,
            ops(
                writes: Fresh33.newSites().map {
                    (
                        $0.0,
                        $0.1.replacingOccurrences(
                            of: "website: https://kingsroadfridge.example", with: "website: \"https://kingsroadfridge.example/\""
                        )
                        .replacingOccurrences(
                            of: "- Website: https://kingsroadfridge.example", with: "- Website: <https://kingsroadfridge.example/>")
                    )
                })
        ),
        (
            3406,
            ops(
                writes: Fresh33.newSites().map {
                    $0.0 == Fresh33.poster
                        ? (
                            $0.0,
                            $0.1.replacingOccurrences(of: "<p>", with: "  <p>").replacingOccurrences(
                                of: "href=\"https://kingsroadfridge.example\"", with: "href='https://kingsroadfridge.example/'")
                        ) : ($0.0, $0.1.trimmingCharacters(in: .newlines))
                })
        ),
        (3407, ops(writes: [(Fresh33.safetyCopy, Fresh33.rowing[Fresh33.safetyPlan]!.trimmingCharacters(in: .newlines))])),
        (3407, ops(writes: [(Fresh33.safetyCopy, Fresh33.rowing[Fresh33.safetyPlan]!.replacingOccurrences(of: "\n", with: "\r\n"))])),
        (3407, ops(writes: [(Fresh33.safetyCopy, Fresh33.rowing[Fresh33.safetyPlan]!.replacingOccurrences(of: "\n", with: "\n\n"))])),
        (
            3409,
            ops(writes: [
                (
                    Fresh33.closureSummaryPath,
                    "# Orchard Lane closure\n- Closed Mon 13–Wed 15 June, 7.30am–6pm.\n- Cars off the road by 7am on 13/06 or they may be towed; park free at the Station Road car park.\n"
                )
            ])
        ),
        (
            3409,
            ops(writes: [
                (
                    Fresh33.closureSummaryPath,
                    "Orchard Lane will be shut for resurfacing from the 13th to the 15th of June 2033 (7.30am to 6pm).\r\nCars must be moved off the road by 7:00 am on the 13th, and you can park for free in the Station Road car park.\r\n"
                )
            ])
        ),
        (
            3409,
            ops(writes: [
                (
                    Fresh33.closureSummaryPath,
                    "Orchard Lane is being resurfaced from Monday 13 June to Wednesday 15 June 2033. Move cars off the road before 7 am on the Monday; free parking is at Station Road car park. Bins go out on Thursday 16 June instead."
                )
            ])
        ),
        (
            3410,
            ops(writes: [
                (
                    Fresh33.bigDonationsPath,
                    "| Donor | Amount |\n|---|---|\n| Chidi Okafor | £50.00 |\n| Uncle Ray | £100.00 |\n| Westfield Bakery | £75.00 |\n"
                )
            ])
        ),
        (
            3410,
            ops(writes: [
                (
                    Fresh33.bigDonationsPath,
                    "Thank-you cards (£50 or more):\r\n1. Uncle Ray — £100\r\n2. Westfield Bakery — £75\r\n3. Chidi Okafor — £50\r\n"
                )
            ])
        ),
        (
            3410,
            ops(writes: [
                (
                    Fresh33.bigDonationsPath,
                    "# Big donations\n* **Westfield Bakery**: 75 pounds\n* **Okafor, Chidi**: 50 pounds (2 March)\n* **Uncle Ray**: 100 pounds"
                )
            ])
        ),
        (
            3411,
            ops(writes: [
                (
                    Fresh33.videoListPath,
                    "| Video |\n|---|\n| memory/videos/cornwall-2032/beach-day.mp4 |\n| memory/videos/cornwall-2032/surf-lesson.mp4 |\n| memory/videos/cornwall-2032/tintagel-walk.mp4 |\n"
                )
            ])
        ),
        (3411, ops(writes: [(Fresh33.videoListPath, "# Cornwall 2032\n- Tintagel walk\n- Surf lesson\n- Beach day\n")])),
        (3411, ops(writes: [(Fresh33.videoListPath, "- [x] `surf-lesson.mp4`\r\n- [x] `beach-day.mp4`\r\n- [x] `tintagel-walk.mp4`")])),
        (
            3412,
            ops(writes: [
                (
                    Fresh33.debitsYAMLPath,
                    "direct_debits:\n  - payee: \"Council tax\"\n    amount: \"£164.00\"\n    day: 1\n  - payee: \"Fenwick, Hale & Co\"\n    amount: \"£40.00\"\n    day: 28\n  - payee: \"Home insurance\"\n    amount: \"£21.75\"\n    day: 3\n  - payee: \"Broadband\"\n    amount: \"£32.00\"\n    day: 22\n  - payee: \"Gym\"\n    amount: \"£29.99\"\n    day: 5\n  - payee: \"Water\"\n    amount: \"£38.50\"\n    day: 15\n"
                )
            ])
        ),
        (
            3412,
            ops(writes: [
                (
                    Fresh33.debitsYAMLPath,
                    "- {payee: Council tax, amount: 164.00, day: 1}\r\n- {payee: \"Fenwick, Hale & Co\", amount: 40.00, day: 28}\r\n- {payee: Home insurance, amount: 21.75, day: 3}\r\n- {payee: Broadband, amount: 32.00, day: 22}\r\n- {payee: Gym, amount: 29.99, day: 5}\r\n- {payee: Water, amount: 38.50, day: 15}\r\n"
                )
            ])
        ),
        (
            3412,
            ops(writes: [
                (
                    Fresh33.debitsYAMLPath,
                    "# From direct-debits-2033.csv\n---\n- day: 1\n  payee: Council tax\n  amount: 164\n- day: 3\n  payee: Home insurance\n  amount: 21.75\n- day: 5\n  payee: Gym\n  amount: 29.99\n- day: 15\n  payee: Water\n  amount: 38.5\n- day: 22\n  payee: Broadband\n  amount: 32\n- day: 28\n  payee: 'Fenwick, Hale & Co'\n  amount: 40"
                )
            ])
        ),
        (
            3413,
            ops(writes: [
                (
                    Fresh33.reorderSkillPath,
                    "---\nname: \"reorder-repeats\"\ndescription: >\n  Repeat prescriptions to order before they run out.\n---\n\n# Reorder repeats\n\n1. Open `memory/meds/repeats.yaml`.\n2. For each medicine, divide `tablets_left` by `per_day` to get the days of supply left.\n3. If that is under 14 days, it needs reordering.\n4. Write those medicines to `outputs/reorder.md`.\n"
                )
            ])
        ),
        (
            3413,
            ops(writes: [
                (
                    Fresh33.reorderSkillPath,
                    "---\nname: reorder-repeats\ndescription: 'Tablets: which repeats to order now.'\n---\nGo through memory/meds/repeats.yaml. Work out how many days each medicine will last (tablets left ÷ tablets a day). Anything that runs out within two weeks should be re-ordered; list those in outputs/reorder.md."
                )
            ])
        ),
        (
            3413,
            ops(writes: [
                (
                    Fresh33.reorderSkillPath,
                    "---\nname: reorder-repeats\ndescription: |\n  Medicines running low.\n---\n- Input: memory/meds/repeats.yaml\n- Days left = tablets_left / per_day\n- Under a fortnight: needs reordering\n- Output: outputs/reorder.md\n"
                )
            ])
        ),
        (
            3414,
            ops(writes: [
                (
                    Fresh33.beachScriptPath,
                    "import json\nimport pandas as pd\n\nwith open(\"memory/beach-clean/cleans-2033-04.json\") as f:\n    data = json.load(f)\ndf = pd.DataFrame(data[\"cleans\"])\nprint(\"kg collected:\", df[\"kg\"].sum())\nprint(\"heaviest clean:\", df[\"kg\"].max())\n"
                )
            ])
        ),
        (
            3414,
            ops(writes: [
                (
                    Fresh33.beachScriptPath,
                    "#!/usr/bin/env python3\nimport json\n\ntotal = 0\nmost = 0\nwith open(\"memory/beach-clean/cleans-2033-04.json\") as f:\n    for clean in json.load(f)[\"cleans\"]:\n        total += clean[\"kg\"]\n        if clean[\"kg\"] > most:\n            most = clean[\"kg\"]\nprint(\"Total:\", round(total, 1), \"kg\")\nprint(\"Heaviest clean:\", most, \"kg\")\n"
                )
            ])
        ),
        (
            3414,
            ops(writes: [
                (
                    Fresh33.beachScriptPath,
                    "import json\nimport sys\n\npath = sys.argv[1] if len(sys.argv) > 1 else \"memory/beach-clean/cleans-2033-04.json\"\nwith open(path) as f:\n    kgs = sorted(c.get(\"kg\", 0) for c in json.load(f)[\"cleans\"])\nprint(f\"{sum(kgs):.1f} kg in April, {kgs[-1]} kg at most in one clean\")\n"
                )
            ])
        ),
    ]

    /// Wrong or partial results that the thirty-third fresh part's checks must refuse, at least six per intention.
    static let fresh33NearMisses: [(Int, String)] = [
        (3401, ops(writes: [("memory/home/calendar/2033-09-14-boiler-service.ics", Fresh33.sweepEvent)])),
        (3401, ops(writes: [("memory/home/calendar/2032-09-20-chimney-sweep.ics", Fresh33.sweepEvent)])),
        (
            3401,
            ops(writes: [
                (
                    Fresh33.sweep,
                    Fresh33.sweepEvent.replacingOccurrences(of: "T083000", with: "T093000").replacingOccurrences(
                        of: "DTEND:20330914T093000", with: "DTEND:20330914T103000")
                )
            ])
        ),
        (3401, ops(writes: [(Fresh33.sweep, Fresh33.sweepEvent.replacingOccurrences(of: "20330914", with: "20330915"))])),
        (3401, ops(writes: [(Fresh33.sweep, Fresh33.sweepEvent.replacingOccurrences(of: "20330914", with: "20320914"))])),
        (3401, ops(writes: [(Fresh33.sweep, Fresh33.sweepEvent.replacingOccurrences(of: "£70", with: "£65"))])),
        (3401, ops(writes: [(Fresh33.sweep, "```\n" + Fresh33.sweepEvent + "```\n")])),
        (3401, ops(writes: [(Fresh33.sweep, Fresh33.sweepEvent.replacingOccurrences(of: "DTEND:20330914T093000\n", with: ""))])),
        (3401, ops(writes: [(Fresh33.sweep, Fresh33.sweepEvent.replacingOccurrences(of: "END:VCALENDAR\n", with: ""))])),
        (3401, ops(writes: [(Fresh33.sweep, Fresh33.sweepEvent.replacingOccurrences(of: "T083000", with: "T083000Z"))])),
        (
            3401,
            ops(writes: [
                (
                    Fresh33.sweep,
                    "{\"summary\": \"Chimney sweep\", \"start\": \"2033-09-14T08:30\", \"end\": \"2033-09-14T09:30\", \"location\": \"Living room wood burner\", \"description\": \"Soot & Sons, £70\"}\n"
                )
            ])
        ),
        (
            3401,
            ops(writes: [
                (
                    Fresh33.sweep,
                    Fresh33.sweepEvent.replacingOccurrences(of: "DTSTART:20330914T083000", with: "DTSTART:2033-09-14 08:30")
                        .replacingOccurrences(of: "DTEND:20330914T093000", with: "DTEND:2033-09-14 09:30")
                )
            ])
        ),
        (
            3401,
            ops(writes: [
                (Fresh33.sweep, Fresh33.sweepEvent),
                ("memory/home/wood-burner.md", Fresh33.calendar["memory/home/wood-burner.md"]! + "- swept 14 September 2033\n"),
            ])
        ),
        (3401, ops(writes: [(Fresh33.sweep, Fresh33.calendar["memory/home/calendar/2033-09-14-boiler-service.ics"]!)])),
        (3402, ops(writes: [(Fresh33.berths, Fresh33.berthsText(kittiwake: "A3").replacingOccurrences(of: "\"A4\"", with: "\"D5\""))])),
        (
            3402,
            ops(writes: [(Fresh33.berths, Fresh33.berthsText(kittiwake: "D5").replacingOccurrences(of: "\"A4\"", with: "\"D5\""))])
        ),
        (
            3402,
            ops(writes: [(Fresh33.berths, Fresh33.berthsText(kittiwake: "D5").replacingOccurrences(of: "\"B1\"", with: "\"D5\""))])
        ),
        (3402, ops(writes: [(Fresh33.berths, Fresh33.berthsText(kittiwake: "A5"))])),
        (
            3402,
            ops(writes: [
                (
                    "memory/sailing/berths-2032.json",
                    Fresh33.sailing["memory/sailing/berths-2032.json"]!.replacingOccurrences(of: "\"A3\"", with: "\"D5\"")
                )
            ])
        ),
        (3402, ops(writes: [(Fresh33.berths, "```json\n" + Fresh33.berthsText(kittiwake: "D5") + "```\n")])),
        (
            3402,
            ops(writes: [
                (
                    Fresh33.berths,
                    Fresh33.berthsText(kittiwake: "D5").replacingOccurrences(
                        of: "\"owner\": \"Ros Pender\", \"length_m\": 7.2}", with: "\"owner\": \"Ros Pender\", \"length_m\": 7.2, \"was\": \"A3\"}")
                )
            ])
        ),
        (3402, ops(writes: [(Fresh33.berths, Fresh33.berthsText(kittiwake: "D5").replacingOccurrences(of: "8.4}\n", with: "8.4},\n"))])),
        (
            3402,
            ops(writes: [
                (
                    Fresh33.berths,
                    Fresh33.berthsText(kittiwake: "A3").replacingOccurrences(
                        of: "8.4}\n",
                        with: "8.4},\n    {\"berth\": \"D5\", \"boat\": \"Kittiwake\", \"owner\": \"Ros Pender\", \"length_m\": 7.2}\n")
                )
            ])
        ),
        (
            3402,
            ops(writes: [
                (Fresh33.berths, Fresh33.berthsText(kittiwake: "D5")),
                ("memory/sailing/waiting-list.md", Fresh33.sailing["memory/sailing/waiting-list.md"]! + "- A3 free while pontoon A is rebuilt\n"),
            ])
        ),
        (
            3402,
            ops(writes: [(Fresh33.berths, Fresh33.berthsText(kittiwake: "D5").replacingOccurrences(of: "\"season\": 2033", with: "\"season\": 2034"))]
            )
        ),
        (
            3402,
            ops(writes: [
                (
                    Fresh33.berths,
                    Fresh33.berthsText(kittiwake: "D5").replacingOccurrences(
                        of: "    {\"berth\": \"C2\", \"boat\": \"Blue Jay\", \"owner\": \"Tomasz Wrona\", \"length_m\": 8.4}\n", with: ""
                    ).replacingOccurrences(of: "5.4},\n", with: "5.4}\n")
                )
            ])
        ),
        (
            3403,
            ops(writes: [
                ("memory/health/donations-sam.jsonl", Fresh33.donations["memory/health/donations-sam.jsonl"]! + Fresh33.donationLine)
            ])
        ),
        (
            3403,
            ops(writes: [
                (
                    Fresh33.donationLog,
                    Fresh33.donations[Fresh33.donationLog]! + Fresh33.donationLine.replacingOccurrences(of: "\"number\": 22", with: "\"number\": 21")
                )
            ])
        ),
        (
            3403,
            ops(writes: [
                (
                    Fresh33.donationLog,
                    Fresh33.donations[Fresh33.donationLog]! + Fresh33.donationLine.replacingOccurrences(of: "2033-03-04", with: "2033-04-03")
                )
            ])
        ),
        (
            3403,
            ops(writes: [
                (
                    Fresh33.donationLog,
                    Fresh33.donations[Fresh33.donationLog]! + Fresh33.donationLine.replacingOccurrences(of: "2033-03-04", with: "2032-03-04")
                )
            ])
        ),
        (3403, ops(writes: [(Fresh33.donationLog, Fresh33.donationLine + Fresh33.donations[Fresh33.donationLog]!)])),
        (3403, ops(writes: [(Fresh33.donationLog, Fresh33.donationLine)])),
        (
            3403,
            ops(writes: [
                (
                    Fresh33.donationLog,
                    "[\n" + Judge.lines(Fresh33.donations[Fresh33.donationLog]! + Fresh33.donationLine).joined(separator: ",\n") + "\n]\n"
                )
            ])
        ),
        (3403, ops(writes: [(Fresh33.donationLog, "```json\n" + Fresh33.donations[Fresh33.donationLog]! + Fresh33.donationLine + "```\n")])),
        (
            3403,
            ops(writes: [
                (
                    Fresh33.donationLog,
                    Fresh33.donations[Fresh33.donationLog]! + Fresh33.donationLine.replacingOccurrences(of: "\"centre\"", with: "\"site\"")
                )
            ])
        ),
        (
            3403,
            ops(writes: [
                (
                    Fresh33.donationLog,
                    Fresh33.donations[Fresh33.donationLog]! + Fresh33.donationLine.replacingOccurrences(of: ", \"number\": 22", with: "")
                )
            ])
        ),
        (3403, ops(writes: [(Fresh33.donationLog, Fresh33.donations[Fresh33.donationLog]! + Fresh33.donationLine + Fresh33.donationLine)])),
        (
            3403,
            ops(writes: [
                (Fresh33.donationLog, Fresh33.donations[Fresh33.donationLog]! + Fresh33.donationLine),
                (
                    "memory/health/next-appointment.md",
                    Fresh33.donations["memory/health/next-appointment.md"]! + "- last donation: 4 March 2033\n"
                ),
            ])
        ),
        (
            3403,
            ops(writes: [
                (
                    Fresh33.donationLog,
                    Fresh33.donations[Fresh33.donationLog]! + Fresh33.donationLine.replacingOccurrences(of: "}\n", with: "},\n")
                )
            ])
        ),
        (3403, ops(writes: [(Fresh33.donationLog, Fresh33.donations[Fresh33.donationLog]! + "2033-03-04, Leeds Donor Centre, whole blood, 22\n")])),
        (
            3404,
            ops(
                #"{"op":"move","from":"memory/lettings/flat-2/certificates/GasSafe-88213-invoice.txt","to":"memory/lettings/flat-2/certificates/2033-gas-safety.txt"}"#
            )
        ),
        (
            3404,
            ops(
                #"{"op":"move","from":"memory/lettings/flat-1/certificates/GasSafe-88214.txt","to":"memory/lettings/flat-2/certificates/2033-gas-safety.txt"}"#
            )
        ),
        (3404, ops(writes: [(Fresh33.namedRecord, Fresh33.lettings[Fresh33.record]!)])),
        (
            3404,
            ops(
                #"{"op":"move","from":"memory/lettings/flat-2/certificates/GasSafe-88213.txt","to":"memory/lettings/flat-2/2033-gas-safety.txt"}"#
            )
        ),
        (
            3404,
            ops(
                #"{"op":"move","from":"memory/lettings/flat-2/certificates/GasSafe-88213.txt","to":"memory/lettings/flat-2/certificates/2033-gas-safety.md"}"#
            )
        ),
        (
            3404,
            ops(
                writes: [
                    (Fresh33.namedRecord, Fresh33.lettings[Fresh33.record]!.replacingOccurrences(of: "20 March 2034", with: "20 March 2033"))
                ],
                #"{"op":"delete","path":"memory/lettings/flat-2/certificates/GasSafe-88213.txt"}"#)
        ),
        (3404, ops(#"{"op":"delete","path":"memory/lettings/flat-2/certificates/GasSafe-88213.txt"}"#)),
        (
            3404,
            ops(
                #"{"op":"move","from":"memory/lettings/flat-2/certificates/GasSafe-88213.txt","to":"memory/lettings/flat-2/certificates/2033-gas-safety.txt"}"#,
                #"{"op":"move","from":"memory/lettings/flat-2/certificates/GasSafe-88213-invoice.txt","to":"memory/lettings/flat-2/certificates/2033-gas-safety-invoice.txt"}"#
            )
        ),
        (
            3404,
            ops(
                #"{"op":"move","from":"memory/lettings/flat-2/certificates/GasSafe-88213.txt","to":"memory/lettings/flat-2/certificates/2032-gas-safety.txt","overwrite":true}"#
            )
        ),
        (
            3404,
            ops(
                #"{"op":"move","from":"memory/lettings/flat-2/certificates/GasSafe-88213.txt","to":"memory/lettings/flat-2/certificates/2033-Gas-Safety.txt"}"#
            )
        ),
        (
            3404,
            ops(
                #"{"op":"move","from":"memory/lettings/flat-2/certificates/GasSafe-88213.txt","to":"memory/lettings/flat-2/certificates/gas-safety-2033.txt"}"#
            )
        ),
        (
            3404,
            ops(
                writes: [
                    (
                        Fresh33.namedRecord,
                        Fresh33.lettings[Fresh33.record]!.replacingOccurrences(of: "Appliances: boiler (pass), hob (pass)\n", with: "")
                    )
                ],
                #"{"op":"delete","path":"memory/lettings/flat-2/certificates/GasSafe-88213.txt"}"#)
        ),
        (
            3405,
            ops(
                #"{"op":"move","from":"memory/house/inbox/gutters-2033-03.txt","to":"memory/house/services/window-cleaner/gutters-2033-03.txt"}"#
            )
        ),
        (
            3405,
            ops(
                #"{"op":"move","from":"memory/house/inbox/window-cleaner-2033-03.txt","to":"memory/house/services/window-cleaner-old/window-cleaner-2033-03.txt"}"#
            )
        ),
        (
            3405,
            ops(#"{"op":"move","from":"memory/house/inbox/window-cleaner-2033-03.txt","to":"memory/house/services/window-cleaner-2033-03.txt"}"#)
        ),
        (3405, ops(writes: [(Fresh33.filedInvoice, Fresh33.house[Fresh33.invoice]!)])),
        (
            3405,
            ops(
                #"{"op":"move","from":"memory/house/inbox/window-cleaner-2033-03.txt","to":"memory/house/services/window-cleaner/window-cleaner-2033-03.txt"}"#,
                #"{"op":"move","from":"memory/house/inbox/gutters-2033-03.txt","to":"memory/house/services/window-cleaner/gutters-2033-03.txt"}"#
            )
        ),
        (
            3405,
            ops(
                #"{"op":"move","from":"memory/house/inbox/window-cleaner-2033-03.txt","to":"memory/house/services/window-cleaner/2033-03.txt"}"#
            )
        ),
        (
            3405,
            ops(
                writes: [(Fresh33.filedInvoice, Fresh33.house[Fresh33.invoice]!.replacingOccurrences(of: "£28", with: "£26"))],
                #"{"op":"delete","path":"memory/house/inbox/window-cleaner-2033-03.txt"}"#)
        ),
        (3405, ops(#"{"op":"delete","path":"memory/house/inbox/window-cleaner-2033-03.txt"}"#)),
        (
            3405,
            ops(
                #"{"op":"move","from":"memory/house/inbox/window-cleaner-2033-03.txt","to":"memory/house/services/window-cleaner/inbox/window-cleaner-2033-03.txt"}"#
            )
        ),
        (
            3405,
            ops(
                writes: [
                    (
                        "memory/house/services/window-cleaner/window-cleaner-2033-02.txt",
                        Fresh33.house["memory/house/services/window-cleaner/window-cleaner-2033-02.txt"]! + "March filed\n"
                    )
                ],
                #"{"op":"move","from":"memory/house/inbox/window-cleaner-2033-03.txt","to":"memory/house/services/window-cleaner/window-cleaner-2033-03.txt"}"#
            )
        ),
        (
            3405,
            ops(
                #"{"op":"move","from":"memory/house/inbox/window-cleaner-2033-03.txt","to":"memory/house/window-cleaner/window-cleaner-2033-03.txt"}"#
            )
        ),
        (
            3406,
            ops(writes: Fresh33.siteFiles.map { ($0, Fresh33.fridge[$0]!.replacingOccurrences(of: "oldhost.example", with: "example")) })
        ),
        (3406, ops(writes: Array(Fresh33.newSites().prefix(2)))),
        (
            3406,
            ops(
                writes: Fresh33.newSites() + [
                    (
                        "memory/fridge/poster-2032.html",
                        Fresh33.fridge["memory/fridge/poster-2032.html"]!.replacingOccurrences(of: Fresh33.oldSite, with: Fresh33.newSite)
                    )
                ])
        ),
        (
            3406,
            ops(
                writes: Fresh33.newSites() + [
                    (
                        "memory/fridge/emails/2033-01-10-newsletter.txt",
                        Fresh33.fridge["memory/fridge/emails/2033-01-10-newsletter.txt"]!.replacingOccurrences(
                            of: Fresh33.oldSite, with: Fresh33.newSite)
                    )
                ])
        ),
        (3406, ops(writes: Fresh33.newSites("https://kingsroadfrige.example"))),
        (3406, ops(writes: Fresh33.newSites("http://kingsroadfridge.example"))),
        (
            3406,
            ops(
                writes: Fresh33.newSites().map {
                    $0.0 == Fresh33.poster
                        ? (
                            $0.0,
                            Fresh33.fridge[Fresh33.poster]!.replacingOccurrences(
                                of: "href=\"https://kingsroadfridge.oldhost.example\"", with: "href=\"https://kingsroadfridge.example\"")
                        ) : $0
                })
        ),
        (3406, ops(writes: Fresh33.newSites().map { $0.0 == Fresh33.readme ? ($0.0, "```markdown\n" + $0.1 + "```\n") : $0 })),
        (3406, ops(writes: Fresh33.newSites("https://kingsroadfridge.oldhost.example, https://kingsroadfridge.example"))),
        (
            3406,
            ops(
                writes: Fresh33.newSites().map {
                    $0.0 == Fresh33.siteYAML
                        ? (
                            $0.0,
                            $0.1.replacingOccurrences(of: "website: https://kingsroadfridge.example", with: "url: https://kingsroadfridge.example")
                        ) : $0
                })
        ),
        (
            3406,
            ops(
                writes: Fresh33.newSites().map {
                    $0.0 == Fresh33.readme
                        ? ($0.0, Fresh33.fridge[Fresh33.readme]! + "- New website: https://kingsroadfridge.example\n") : $0
                })
        ),
        (
            3406,
            ops(
                writes: Fresh33.newSites().map {
                    (
                        $0.0,
                        $0.1.replacingOccurrences(
                            of: "https://forms.oldhost.example/kings-road-volunteers", with: "https://kingsroadfridge.example/volunteer")
                    )
                })
        ),
        (3407, ops(writes: [(Fresh33.safetyCopy, Fresh33.rowing["memory/rowing/safety-plan-winter.md"]!)])),
        (3407, ops(writes: [(Fresh33.safetyCopy, Fresh33.rowing["memory/rowing/safety-plan-2031.md"]!)])),
        (
            3407,
            ops(#"{"op":"move","from":"memory/rowing/safety-plan.md","to":"memory/rowing/regattas/2033-06-town-regatta/safety-for-crews.md"}"#)
        ),
        (3407, ops(writes: [("memory/rowing/regattas/2033-06-town-regatta/safety-plan.md", Fresh33.rowing[Fresh33.safetyPlan]!)])),
        (3407, ops(writes: [("memory/rowing/regattas/safety-for-crews.md", Fresh33.rowing[Fresh33.safetyPlan]!)])),
        (3407, ops(writes: [("memory/rowing/safety-for-crews.md", Fresh33.rowing[Fresh33.safetyPlan]!)])),
        (
            3407,
            ops(writes: [
                (Fresh33.safetyCopy, Fresh33.rowing[Fresh33.safetyPlan]!),
                (
                    "memory/rowing/regattas/2033-06-town-regatta/entries.md",
                    Fresh33.rowing["memory/rowing/regattas/2033-06-town-regatta/entries.md"]! + "Safety plan copied\n"
                ),
            ])
        ),
        (3407, ops(writes: [(Fresh33.safetyCopy, Fresh33.rowing[Fresh33.safetyPlan]!.replacingOccurrences(of: "channel 72", with: "channel 16"))])),
        (3407, ops(writes: [(Fresh33.safetyCopy, "```markdown\n" + Fresh33.rowing[Fresh33.safetyPlan]! + "```\n")])),
        (
            3407,
            ops(writes: [
                (
                    Fresh33.safetyCopy,
                    Fresh33.rowing[Fresh33.safetyPlan]!.components(separatedBy: "\n## Emergencies").first! + "\n"
                )
            ])
        ),
        (3407, ops(writes: [(Fresh33.safetyCopy, "See memory/rowing/safety-plan.md\n")])),
        (3408, ops(#"{"op":"delete","path":"memory/climbing/bookings/2033-02-11-1800-leo.json"}"#)),
        (3408, ops(#"{"op":"delete","path":"memory/climbing/bookings/2033-02-18-1800-mia.json"}"#)),
        (
            3408,
            ops(
                #"{"op":"delete","path":"memory/climbing/bookings/2033-02-11-1800-mia.json"}"#,
                #"{"op":"delete","path":"memory/climbing/bookings/2033-02-11-1800-leo.json"}"#)
        ),
        (
            3408,
            ops(
                #"{"op":"delete","path":"memory/climbing/bookings/2033-02-11-1800-mia.json"}"#,
                #"{"op":"delete","path":"memory/climbing/bookings/2033-02-18-1800-mia.json"}"#)
        ),
        (3408, ops(writes: [(Fresh33.booking, "")])),
        (
            3408,
            ops(
                #"{"op":"move","from":"memory/climbing/bookings/2033-02-11-1800-mia.json","to":"memory/climbing/bookings/cancelled/2033-02-11-1800-mia.json"}"#
            )
        ),
        (
            3408,
            ops(
                writes: [
                    ("memory/climbing/membership.md", Fresh33.climbing["memory/climbing/membership.md"]! + "- Mia missed 11 February (party)\n")
                ],
                #"{"op":"delete","path":"memory/climbing/bookings/2033-02-11-1800-mia.json"}"#)
        ),
        (
            3408,
            ops(
                #"{"op":"move","from":"memory/climbing/bookings/2033-02-11-1800-mia.json","to":"memory/climbing/bookings/2033-02-11-1800-mia.json.bak"}"#
            )
        ),
        (
            3408,
            ops(writes: [
                (Fresh33.booking, Fresh33.climbing[Fresh33.booking]!.replacingOccurrences(of: "\"ref\"", with: "\"status\": \"cancelled\", \"ref\""))
            ])
        ),
        (
            3409,
            ops(writes: [
                (
                    Fresh33.closureSummaryPath,
                    "The pavement on Orchard Lane is being repaired on Tuesday 4 October 2032, and there is no parking on the north side from 8 am to 4 pm.\n"
                )
            ])
        ),
        (
            3409,
            ops(writes: [
                (
                    Fresh33.closureSummaryPath,
                    Fresh33.closureSummary.replacingOccurrences(of: "13", with: "14").replacingOccurrences(of: "15", with: "16")
                )
            ])
        ),
        (
            3409,
            ops(writes: [
                (
                    Fresh33.closureSummaryPath,
                    Fresh33.closureSummary.replacingOccurrences(of: " and park free in the Station Road car park", with: "")
                )
            ])
        ),
        (
            3409,
            ops(writes: [
                (
                    Fresh33.closureSummaryPath,
                    Fresh33.closureSummary.replacingOccurrences(
                        of: "Move your car off the road by 7 am on Monday 13 June (cars left may be towed) and park", with: "Park")
                )
            ])
        ),
        (3409, ops(writes: [(Fresh33.closureSummaryPath, Fresh33.closureSummary.replacingOccurrences(of: "by 7 am", with: "by 8 am"))])),
        (3409, ops(writes: [(Fresh33.closureSummaryPath, Fresh33.street[Fresh33.notice]!)])),
        (
            3409,
            ops(writes: [
                (
                    Fresh33.closureSummaryPath,
                    "Orchard Lane is being resurfaced. It is closed from Monday 13 June. It reopens after Wednesday 15 June 2033. Move your car by 7 am on the 13th. Park in the Station Road car park.\n"
                )
            ])
        ),
        (3409, ops(writes: [(Fresh33.closureSummaryPath, "```\n" + Fresh33.closureSummary + "```\n")])),
        (3409, ops(writes: [("memory/street/road-closure.md", Fresh33.closureSummary)])),
        (3409, ops(writes: [(Fresh33.closureSummaryPath, Fresh33.closureSummary.replacingOccurrences(of: "2033", with: "2032"))])),
        (3409, ops(writes: [(Fresh33.closureSummaryPath, Fresh33.closureSummary.replacingOccurrences(of: "Station Road", with: "Church Street"))])),
        (
            3409,
            ops(writes: [
                (
                    Fresh33.closureSummaryPath,
                    Fresh33.closureSummary.trimmingCharacters(in: .newlines)
                        + " Last year's pavement repair on 4 October 2032 closed the north side.\n"
                )
            ])
        ),
        (3410, ops(writes: [(Fresh33.bigDonationsPath, Fresh33.bigDonations + "- Priya and Tom: £49.50\n")])),
        (3410, ops(writes: [(Fresh33.bigDonationsPath, Fresh33.bigDonations.replacingOccurrences(of: "- Chidi Okafor: £50.00\n", with: ""))])),
        (3410, ops(writes: [(Fresh33.bigDonationsPath, Fresh33.bigDonations + "- Northgate Garage: £120.00\n")])),
        (
            3410,
            ops(writes: [(Fresh33.bigDonationsPath, "- Chidi Okafor: £100.00\n- Uncle Ray: £50.00\n- Westfield Bakery: £75.00\n")])
        ),
        (3410, ops(writes: [(Fresh33.bigDonationsPath, "- Chidi Okafor\n- Uncle Ray\n- Westfield Bakery\n")])),
        (
            3410,
            ops(writes: [
                (
                    Fresh33.bigDonationsPath,
                    "Chidi Okafor (£50), Uncle Ray (£100) and Westfield Bakery (£75) gave £50 or more.\n"
                )
            ])
        ),
        (3410, ops(writes: [("memory/fundraising/big-donations.md", Fresh33.bigDonations)])),
        (3410, ops(writes: [(Fresh33.bigDonationsPath, "```\n" + Fresh33.bigDonations + "```\n")])),
        (3410, ops(writes: [(Fresh33.bigDonationsPath, Fresh33.fundraising[Fresh33.export]!)])),
        (3410, ops(writes: [(Fresh33.bigDonationsPath, Fresh33.bigDonations + "- Uncle Ray: £100.00\n")])),
        (3410, ops(writes: [(Fresh33.bigDonationsPath, "- £50.00 (2033-03-02)\n- £100.00 (2033-03-05)\n- £75.00 (2033-03-11)\n")])),
        (
            3410,
            ops(writes: [
                (
                    Fresh33.bigDonationsPath,
                    Fresh33.bigDonations.replacingOccurrences(of: "- Chidi Okafor: £50.00\n", with: "- Okafor: £50.00\n- Chidi: £50.00\n")
                )
            ])
        ),
        (3411, ops(writes: [(Fresh33.videoListPath, Fresh33.videoList + "- harbour-fireworks.mp4.part\n")])),
        (3411, ops(writes: [(Fresh33.videoListPath, Fresh33.videoList + "- clips/surf-lesson-short.mp4\n")])),
        (3411, ops(writes: [(Fresh33.videoListPath, Fresh33.videoList.replacingOccurrences(of: "- tintagel-walk.mp4\n", with: ""))])),
        (3411, ops(writes: [(Fresh33.videoListPath, Fresh33.videoList + "- notes.txt\n")])),
        (3411, ops(writes: [(Fresh33.videoListPath, "beach-day.mp4, surf-lesson.mp4, tintagel-walk.mp4\n")])),
        (3411, ops(writes: [(Fresh33.videoListPath, "```\n" + Fresh33.videoList + "```\n")])),
        (3411, ops(writes: [("memory/videos/cornwall-2032/index.md", Fresh33.videoList)])),
        (3411, ops(writes: [(Fresh33.videoListPath, Fresh33.videoList + "- beach-day.mp4\n")])),
        (3411, ops(writes: [(Fresh33.videoListPath, Fresh33.videoList + "- ../to-edit.md\n")])),
        (3411, ops(writes: [(Fresh33.videoListPath, Fresh33.videoList + "The fireworks video is still downloading\n")])),
        (3411, ops(writes: [(Fresh33.videoListPath, "- beach-day.mp4\n- surf-lesson.mp4\n")])),
        (3412, ops(writes: [(Fresh33.debitsYAMLPath, Fresh33.debitsYAML2032)])),
        (
            3412,
            ops(writes: [
                (
                    Fresh33.debitsYAMLPath,
                    Fresh33.debitsYAML.replacingOccurrences(
                        of: "- payee: \"Fenwick, Hale & Co\"\n  amount: 40.00\n  day: 28\n",
                        with: "- payee: Fenwick\n  amount: Hale & Co\n  day: 40.00\n")
                )
            ])
        ),
        (
            3412,
            ops(writes: [
                (Fresh33.debitsYAMLPath, Fresh33.debitsYAML.replacingOccurrences(of: "- payee: Gym\n  amount: 29.99\n  day: 5\n", with: ""))
            ])
        ),
        (3412, ops(writes: [(Fresh33.debitsYAMLPath, Fresh33.debitsYAML.replacingOccurrences(of: "38.50", with: "3.85"))])),
        (3412, ops(writes: [(Fresh33.debitsYAMLPath, Fresh33.money[Fresh33.debitsCSV]!)])),
        (3412, ops(writes: [(Fresh33.debitsYAMLPath, "```yaml\n" + Fresh33.debitsYAML + "```\n")])),
        (
            3412,
            ops(writes: [
                (
                    Fresh33.debitsYAMLPath,
                    "[{\"payee\": \"Council tax\", \"amount\": 164.00, \"day\": 1}, {\"payee\": \"Fenwick, Hale & Co\", \"amount\": 40.00, \"day\": 28}, {\"payee\": \"Home insurance\", \"amount\": 21.75, \"day\": 3}, {\"payee\": \"Broadband\", \"amount\": 32.00, \"day\": 22}, {\"payee\": \"Gym\", \"amount\": 29.99, \"day\": 5}, {\"payee\": \"Water\", \"amount\": 38.50, \"day\": 15}]\n"
                )
            ])
        ),
        (3412, ops(writes: [("memory/money/direct-debits.yaml", Fresh33.debitsYAML)])),
        (3412, ops(writes: [(Fresh33.debitsYAMLPath, Fresh33.debitsYAML.replacingOccurrences(of: "payee:", with: "name:"))])),
        (3412, ops(writes: [(Fresh33.debitsYAMLPath, "- payee: payee\n  amount: amount\n  day: day\n" + Fresh33.debitsYAML)])),
        (3412, ops(writes: [(Fresh33.debitsYAMLPath, Fresh33.debitsYAML + "- payee: TV licence\n  amount: 14.50\n  day: 1\n")])),
        (3412, ops(writes: [(Fresh33.debitsYAMLPath, Fresh33.debitsYAML.replacingOccurrences(of: "day: 22", with: "day: 2"))])),
        (
            3413,
            ops(writes: [
                (
                    Fresh33.reorderSkillPath,
                    "# Reorder repeats\nRead memory/meds/repeats.yaml, divide tablets_left by per_day to get the days left, and write the medicines with fewer than 14 days left to outputs/reorder.md to reorder them.\n"
                )
            ])
        ),
        (
            3413,
            ops(writes: [
                (Fresh33.reorderSkillPath, Fresh33.reorderSkill.replacingOccurrences(of: "name: reorder-repeats", with: "name: Reorder Repeats"))
            ])
        ),
        (
            3413,
            ops(writes: [
                (
                    Fresh33.reorderSkillPath,
                    Fresh33.reorderSkill.replacingOccurrences(of: "If fewer than 14 days are left, it needs reordering.\n", with: "")
                )
            ])
        ),
        (
            3413,
            ops(writes: [
                (Fresh33.reorderSkillPath, Fresh33.reorderSkill.replacingOccurrences(of: "outputs/reorder.md", with: "outputs/prescriptions.md"))
            ])
        ),
        (
            3413,
            ops(writes: [
                (Fresh33.reorderSkillPath, Fresh33.reorderSkill.replacingOccurrences(of: "memory/meds/repeats.yaml", with: "the medicines list"))
            ])
        ),
        (
            3413,
            ops(writes: [
                (
                    "skills/plant-feed/SKILL.md",
                    Fresh33.meds["skills/plant-feed/SKILL.md"]!
                        + "\n## Repeats\nRead memory/meds/repeats.yaml, divide tablets_left by per_day, and write the medicines with fewer than 14 days left to outputs/reorder.md.\n"
                )
            ])
        ),
        (3413, ops(writes: [(Fresh33.reorderSkillPath, "```markdown\n" + Fresh33.reorderSkill + "```\n")])),
        (3413, ops(writes: [("skills/reorder-repeats.md", Fresh33.reorderSkill)])),
        (
            3413,
            ops(writes: [
                (
                    Fresh33.reorderSkillPath,
                    Fresh33.reorderSkill.replacingOccurrences(
                        of: "description: List the repeat prescriptions that will run out within two weeks.\n", with: "")
                )
            ])
        ),
        (
            3413,
            ops(writes: [
                (Fresh33.reorderSkillPath, Fresh33.reorderSkill),
                ("memory/meds/repeats.yaml", "- medicine: amlodipine 5 mg\n  tablets_left: 12\n  per_day: 1\n"),
            ])
        ),
        (
            3413,
            ops(writes: [
                (
                    Fresh33.reorderSkillPath,
                    "---\nname: reorder-repeats\ndescription: List the medicines.\n---\nRead memory/meds/repeats.yaml and write every medicine to outputs/reorder.md.\n"
                )
            ])
        ),
        (
            3413,
            ops(writes: [(Fresh33.reorderSkillPath, Fresh33.reorderSkill.replacingOccurrences(of: "fewer than 14 days", with: "fewer than 7 days"))])
        ),
        (
            3414,
            ops(writes: [
                (Fresh33.beachScriptPath, Fresh33.beachScript.replacingOccurrences(of: "cleans-2033-04.json", with: "cleans-2033-03.json"))
            ])
        ),
        (
            3414,
            ops(writes: [
                (
                    Fresh33.beachScriptPath,
                    Fresh33.beachScript.replacingOccurrences(of: "print(f\"Heaviest single clean: {max(kgs)} kg\")\n", with: "")
                )
            ])
        ),
        (
            3414,
            ops(writes: [
                (
                    Fresh33.beachScriptPath,
                    Fresh33.beachScript + "with open(\"memory/beach-clean/april-total.txt\", \"w\") as out:\n    out.write(str(sum(kgs)))\n"
                )
            ])
        ),
        (3414, ops(writes: [(Fresh33.beachScriptPath, "```python\n" + Fresh33.beachScript + "```\n")])),
        (3414, ops(writes: [(Fresh33.beachScriptPath, "#!/bin/sh\n" + Fresh33.beachScript)])),
        (3414, ops(writes: [("memory/beach-clean/totals.py", Fresh33.beachScript)])),
        (
            3414,
            ops(writes: [
                (Fresh33.beachScriptPath, Fresh33.beachScript.replacingOccurrences(of: "c[\"kg\"]", with: "c[\"bags\"]"))
            ])
        ),
        (
            3414,
            ops(writes: [
                (
                    Fresh33.beachScriptPath,
                    Fresh33.beachScript.replacingOccurrences(
                        of: "print(f\"Heaviest single clean: {max(kgs)} kg\")\n",
                        with: "print(f\"Biggest turnout: {max(c['volunteers'] for c in cleans)}\")\n")
                )
            ])
        ),
        (
            3414,
            ops(writes: [
                (
                    Fresh33.beachScriptPath,
                    Fresh33.beachScript.replacingOccurrences(
                        of: "import json\n", with: "import json\n\nsponsors = open(\"memory/beach-clean/sponsors.md\").read()\n")
                )
            ])
        ),
        (3414, ops(writes: [(Fresh33.beachScriptPath, Fresh33.beachScript.replacingOccurrences(of: "{max(kgs)}", with: "{len(kgs)}"))])),
        (3414, ops(writes: [(Fresh33.beachScriptPath, "# prints April's litter total and the heaviest clean\n")])),
    ]
}

/// The thirty-third fresh part's fixtures and the helpers its checks share.
private enum Fresh33 {
    static let sweep = "memory/home/calendar/2033-09-14-chimney-sweep.ics"
    static let calendar: [String: String] = [
        "memory/home/calendar/2032-09-20-chimney-sweep.ics":
            "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:Chimney sweep\nDTSTART:20320920T090000\nDTEND:20320920T100000\nLOCATION:Living room wood burner\nDESCRIPTION:Soot & Sons, £65\nEND:VEVENT\nEND:VCALENDAR\n",
        "memory/home/calendar/2033-09-14-boiler-service.ics":
            "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:Boiler service\nDTSTART:20330914T130000\nDTEND:20330914T140000\nLOCATION:Kitchen boiler\nDESCRIPTION:HeatRight, £90\nEND:VEVENT\nEND:VCALENDAR\n",
        "memory/home/wood-burner.md": "# Wood burner\n- Clearview 500, fitted 2029\n- swept once a year, before the winter\n",
    ]
    static let sweepEvent =
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:Chimney sweep\nDTSTART:20330914T083000\nDTEND:20330914T093000\nLOCATION:Living room wood burner\nDESCRIPTION:Soot & Sons, £70\nEND:VEVENT\nEND:VCALENDAR\n"

    /// The content lines of an iCalendar text as (name uppercased, parameters lowercased, value),
    /// in order, or nil when a line is not `NAME[;PARAMS]:value`.
    static func icsLines(_ text: String) -> [(name: String, params: String, value: String)]? {
        var out: [(name: String, params: String, value: String)] = []
        for line in Judge.lines(text) {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let head = line[..<colon].split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false)
            let name = head[0].trimmingCharacters(in: .whitespaces).uppercased()
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
            out.append(
                (name, head.count > 1 ? String(head[1]).lowercased() : "", line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        return out
    }

    /// Whether `text` is the sweep's visit as one iCalendar event with last year's properties (any
    /// order; a UID, a DTSTAMP or a PRODID may be added): 14 September 2033 from 8.30 to 9.30 local
    /// time (Europe/London may be named, not UTC), the sweep, the wood burner, Soot & Sons and £70,
    /// nothing of the boiler or of last year's price.
    static func isSweep(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), let props = icsLines(t), props.count >= 6 else { return false }
        let marks = props.map { "\($0.name):\($0.value.uppercased())" }
        guard marks.first == "BEGIN:VCALENDAR", marks.last == "END:VCALENDAR", let begin = marks.firstIndex(of: "BEGIN:VEVENT"),
            let end = marks.firstIndex(of: "END:VEVENT"), begin < end, marks.filter({ $0.hasPrefix("BEGIN:") || $0.hasPrefix("END:") }).count == 4
        else { return false }
        let outer = props.indices.filter { $0 != 0 && $0 != props.count - 1 && ($0 < begin || $0 > end) }.map { props[$0].name }
        let event = Array(props[(begin + 1)..<end])
        let names = event.map(\.name)
        let required: Set<String> = ["SUMMARY", "DTSTART", "DTEND", "LOCATION", "DESCRIPTION"]
        guard outer.contains("VERSION"), Set(outer).isSubset(of: ["VERSION", "PRODID", "CALSCALE"]), Set(outer).count == outer.count,
            Set(names).count == names.count, required.isSubset(of: Set(names)),
            Set(names).isSubset(of: required.union(["UID", "DTSTAMP"])),
            props.first(where: { $0.name == "VERSION" })?.value == "2.0"
        else { return false }
        func at(_ name: String, _ value: String) -> Bool {
            event.contains { $0.name == name && $0.value.uppercased() == value && ["", "tzid=europe/london"].contains($0.params) }
        }
        let words = event.filter { ["SUMMARY", "LOCATION", "DESCRIPTION"].contains($0.name) }.map(\.value).joined(separator: "\n").lowercased()
        let summary = event.first { $0.name == "SUMMARY" }?.value ?? ""
        let location = event.first { $0.name == "LOCATION" }?.value ?? ""
        return at("DTSTART", "20330914T083000") && at("DTEND", "20330914T093000") && Judge.has(summary, #"sweep"#)
            && Judge.has(location, #"wood ?burner|living room"#) && Judge.has(words, #"soot"#)
            && Judge.has(words, #"(?<![\d.])70(\.00)?(?!\d)"#) && !Judge.has(words, #"(?<![\d.])65(?!\d)|boiler|heatright"#)
    }

    static let berths = "memory/sailing/berths.json"
    /// The berth list with Kittiwake on `kittiwake`.
    static func berthsText(kittiwake: String) -> String {
        "{\n  \"season\": 2033,\n  \"berths\": [\n    {\"berth\": \"\(kittiwake)\", \"boat\": \"Kittiwake\", \"owner\": \"Ros Pender\", \"length_m\": 7.2},\n    {\"berth\": \"A4\", \"boat\": \"Kittiwake II\", \"owner\": \"Huw Pender\", \"length_m\": 6.1},\n    {\"berth\": \"B1\", \"boat\": \"Saltmarsh\", \"owner\": \"Ros Pender\", \"length_m\": 5.4},\n    {\"berth\": \"C2\", \"boat\": \"Blue Jay\", \"owner\": \"Tomasz Wrona\", \"length_m\": 8.4}\n  ]\n}\n"
    }
    static let sailing: [String: String] = [
        berths: berthsText(kittiwake: "A3"),
        "memory/sailing/berths-2032.json":
            "{\n  \"season\": 2032,\n  \"berths\": [\n    {\"berth\": \"A3\", \"boat\": \"Kittiwake\", \"owner\": \"Ros Pender\", \"length_m\": 7.2},\n    {\"berth\": \"A4\", \"boat\": \"Kittiwake II\", \"owner\": \"Huw Pender\", \"length_m\": 6.1}\n  ]\n}\n",
        "memory/sailing/waiting-list.md": "# Waiting list\n- Nell Fraser, Wayfarer, since 2031\n",
    ]

    /// A JSON value written one way whatever its layout: objects with their keys sorted, numbers
    /// as numbers, strings as strings.
    static func canonical(_ value: Any) -> String {
        if let d = value as? [String: Any] { return "{" + d.keys.sorted().map { "\($0)=\(canonical(d[$0]!))" }.joined(separator: ",") + "}" }
        if let a = value as? [Any] { return "[" + a.map(canonical).joined(separator: ",") + "]" }
        if let s = value as? String { return "s:" + s }
        if let n = Judge.jsonNumber(value) { return "n:\(n)" }
        return "?"
    }

    /// `text` parsed as strict JSON, or nil (a trailing comma, which the parser may let pass, is
    /// no JSON a person's tools read).
    static func parsed(_ text: String) -> Any? {
        guard !Judge.has(text, #",\s*[\]}]"#) else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    /// Whether `text` is the berth list, laid out any way, with only Kittiwake's berth now D5.
    static func isBerths(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), let got = parsed(t), let want = parsed(berthsText(kittiwake: "D5")) else { return false }
        return canonical(got) == canonical(want)
    }

    static let donationLog = "memory/health/donations.jsonl"
    static let donations: [String: String] = [
        donationLog:
            "{\"date\": \"2032-04-02\", \"centre\": \"Leeds Donor Centre\", \"type\": \"whole blood\", \"number\": 19}\n{\"date\": \"2032-07-30\", \"centre\": \"Leeds Donor Centre\", \"type\": \"whole blood\", \"number\": 20}\n{\"date\": \"2032-11-19\", \"centre\": \"Otley Civic Centre\", \"type\": \"whole blood\", \"number\": 21}\n",
        "memory/health/donations-sam.jsonl":
            "{\"date\": \"2032-12-02\", \"centre\": \"Leeds Donor Centre\", \"type\": \"platelets\", \"number\": 7}\n",
        "memory/health/next-appointment.md": "# Next donation\n- no sooner than 12 weeks after the last one\n- book online or by phone\n",
    ]
    static let donationLine = "{\"date\": \"2033-03-04\", \"centre\": \"Leeds Donor Centre\", \"type\": \"whole blood\", \"number\": 22}\n"

    /// Whether `text` is the donations log as it was (each line the same JSON object, laid out any
    /// way) with one more line at the end: an object with the same four keys, 4 March 2033 in any
    /// date format, the Leeds centre, whole blood and number 22 (a number or a string).
    static func isDonation(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let got = Judge.lines(t)
        let want = Judge.lines(donations[donationLog])
        guard got.count == want.count + 1 else { return false }
        for (g, w) in zip(got, want) {
            guard let a = parsed(g), let b = parsed(w), canonical(a) == canonical(b) else { return false }
        }
        guard let last = parsed(got[want.count]) as? [String: Any], Set(last.keys) == ["date", "centre", "type", "number"],
            let date = (last["date"] as? String)?.lowercased(), let centre = last["centre"] as? String, let type = last["type"] as? String,
            let number = last["number"].flatMap({ Judge.jsonNumber($0) })
        else { return false }
        return Judge.hasDate(date, day: 4, month: 3) && Judge.days(date, month: 3) == [4]
            && Judge.found(date, #"(\d{4})"#).allSatisfy { $0 == "2033" } && Judge.has(centre, #"leeds"#)
            && type.lowercased() == "whole blood" && number == 22
    }

    static let record = "memory/lettings/flat-2/certificates/GasSafe-88213.txt"
    static let namedRecord = "memory/lettings/flat-2/certificates/2033-gas-safety.txt"
    static let lettings: [String: String] = [
        record:
            "Landlord Gas Safety Record\nProperty: Flat 2, 14 Quarry Street\nDate of inspection: 21 March 2033\nEngineer: K. Adebayo, Gas Safe 530117\nAppliances: boiler (pass), hob (pass)\nNext check due by: 20 March 2034\n",
        "memory/lettings/flat-2/certificates/GasSafe-88213-invoice.txt":
            "Invoice 88213\nGas safety check, Flat 2, 14 Quarry Street\n£75, due in 14 days\n",
        "memory/lettings/flat-2/certificates/2032-gas-safety.txt":
            "Landlord Gas Safety Record\nProperty: Flat 2, 14 Quarry Street\nDate of inspection: 24 March 2032\nAppliances: boiler (pass), hob (pass)\n",
        "memory/lettings/flat-1/certificates/GasSafe-88214.txt":
            "Landlord Gas Safety Record\nProperty: Flat 1, 14 Quarry Street\nDate of inspection: 21 March 2033\nAppliances: boiler (pass)\n",
    ]

    static let invoice = "memory/house/inbox/window-cleaner-2033-03.txt"
    static let filedInvoice = "memory/house/services/window-cleaner/window-cleaner-2033-03.txt"
    static let house: [String: String] = [
        invoice: "Clearview Windows\nInvoice 3310, March 2033\nFront and back, conservatory roof\n£28, paid by bank transfer\n",
        "memory/house/inbox/gutters-2033-03.txt": "Clearview Windows\nInvoice 3311, March 2033\nGutters cleared, front and back\n£60\n",
        "memory/house/services/window-cleaner/window-cleaner-2033-02.txt":
            "Clearview Windows\nInvoice 3265, February 2033\nFront and back\n£22, paid by bank transfer\n",
        "memory/house/services/window-cleaner-old/notes.md": "# Shine Bright (stopped 2032)\nCame monthly, £25\n",
    ]

    static let siteYAML = "memory/fridge/site.yaml"
    static let poster = "memory/fridge/poster.html"
    static let readme = "memory/fridge/README.md"
    static let siteFiles = [siteYAML, poster, readme]
    static let oldSite = "https://kingsroadfridge.oldhost.example"
    static let newSite = "https://kingsroadfridge.example"
    static let fridge: [String: String] = [
        siteYAML:
            "name: Kings Road Community Fridge\nwebsite: https://kingsroadfridge.oldhost.example\nvolunteer_form: https://forms.oldhost.example/kings-road-volunteers\nopen: daily, 9am to 8pm\n",
        poster:
            "<!DOCTYPE html>\n<html>\n<body>\n<h1>Kings Road Community Fridge</h1>\n<p>Take what you need, leave what you can. Open daily, 9am to 8pm.</p>\n<p>More at <a href=\"https://kingsroadfridge.oldhost.example\">https://kingsroadfridge.oldhost.example</a></p>\n<p>Volunteer: <a href=\"https://forms.oldhost.example/kings-road-volunteers\">sign up here</a></p>\n</body>\n</html>\n",
        readme:
            "# Kings Road Community Fridge\n- Website: https://kingsroadfridge.oldhost.example\n- Volunteer sign-up: https://forms.oldhost.example/kings-road-volunteers\n- Food safety lead: Amara Obi\n",
        "memory/fridge/poster-2032.html":
            "<html>\n<body>\n<h1>Kings Road Community Fridge</h1>\n<p>More at <a href=\"https://kingsroadfridge.oldhost.example\">https://kingsroadfridge.oldhost.example</a></p>\n</body>\n</html>\n",
        "memory/fridge/emails/2033-01-10-newsletter.txt":
            "Subject: Fridge news, January\nThank you for a busy December! Rotas are on https://kingsroadfridge.oldhost.example\n",
    ]
    /// The three files with the fridge's site as `address`.
    static func newSites(_ address: String = newSite) -> [(String, String)] {
        siteFiles.map { ($0, fridge[$0]!.replacingOccurrences(of: oldSite, with: address)) }
    }

    /// The lines of a YAML, HTML or Markdown text, lowercased, a trailing slash after the new
    /// address dropped, without quotes, angle brackets or backticks, spaces around `=`, `:` and
    /// `|` removed.
    static func siteLines(_ text: String) -> [String] {
        Judge.lines(text).map { line in
            var l = line.lowercased().replacingOccurrences(
                of: #"kingsroadfridge\.example/(?=["'<>`)\s]|$)"#, with: "kingsroadfridge.example", options: .regularExpression)
            l = l.filter { !"\"'`<>".contains($0) }
            return l.replacingOccurrences(of: #"\s*([=:|])\s*"#, with: "$1", options: .regularExpression)
        }
    }

    /// Whether `text` is the file at `path` with the fridge's new address wherever the old one
    /// was (quotes, angle brackets, a trailing slash or spacing pass), every other line as it was.
    static func hasNewSite(_ text: String?, _ path: String) -> Bool {
        guard let t = text, !Judge.fenced(t), let want = newSites().first(where: { $0.0 == path })?.1 else { return false }
        return siteLines(t) == siteLines(want)
    }

    static let safetyPlan = "memory/rowing/safety-plan.md"
    static let safetyCopy = "memory/rowing/regattas/2033-06-town-regatta/safety-for-crews.md"
    static let rowing: [String: String] = [
        safetyPlan:
            "# Safety plan: summer river\n\n## Before going out\n- Check the flag at the boathouse: red means no crews out\n- Coxes wear a lifejacket; juniors wear one at all times\n- Sign out in the book with the crew and the time back\n\n## On the water\n- Keep to the right, turn only at the marked posts\n- The launch follows junior crews; radio channel 72\n\n## Emergencies\nCall 999 and ask for the ambulance to the boathouse slipway; club captain Eleni Markou, 07700 900146\n",
        "memory/rowing/safety-plan-winter.md":
            "# Safety plan: winter\n- No singles before 9 am\n- Two crews out together at all times\n",
        "memory/rowing/safety-plan-2031.md":
            "# Safety plan (2031)\n- Check the flag at the boathouse\n- The launch follows junior crews; radio channel 16\n",
        "memory/rowing/regattas/2033-06-town-regatta/entries.md": "# Entries\n- J16 coxed four\n- Masters double\n",
    ]

    static let booking = "memory/climbing/bookings/2033-02-11-1800-mia.json"
    static let climbing: [String: String] = [
        booking: "{\"session\": \"Friday 11 February 2033, 18:00\", \"climber\": \"Mia\", \"type\": \"kids' club\", \"ref\": \"CW-4471\"}\n",
        "memory/climbing/bookings/2033-02-11-1800-leo.json":
            "{\"session\": \"Friday 11 February 2033, 18:00\", \"climber\": \"Leo\", \"type\": \"kids' club\", \"ref\": \"CW-4472\"}\n",
        "memory/climbing/bookings/2033-02-18-1800-mia.json":
            "{\"session\": \"Friday 18 February 2033, 18:00\", \"climber\": \"Mia\", \"type\": \"kids' club\", \"ref\": \"CW-4490\"}\n",
        "memory/climbing/membership.md": "# Membership\n- Family pass, renews 1 June 2033\n",
    ]

    static let notice = "memory/street/notices/2033-05-02-resurfacing.txt"
    static let closureSummaryPath = "outputs/road-closure.md"
    static let street: [String: String] = [
        notice: """
        Dear Resident,

        Orchard Lane will be closed to traffic from Monday 13 June to Wednesday 15 June 2033 while the road is resurfaced.
        Work will run from 7.30 am to 6 pm each day, and the road will not be open to vehicles until the work is finished.
        Please move any vehicle off the road by 7 am on Monday 13 June; vehicles left on the road may be towed away.
        During the works residents may park free of charge in the Station Road car park; please show this letter to the attendant.
        Access on foot to all homes will be kept at all times. Bins will be collected on Thursday 16 June instead of Monday.

        Highways Team, Dale District Council
        Ref: HW/2211

        """,
        "memory/street/notices/2032-09-20-pavement.txt":
            "Dear Resident,\nThe pavement on Orchard Lane will be repaired on Tuesday 4 October 2032. Parking will be suspended on the north side between 8 am and 4 pm.\n",
        "memory/street/residents.md": "# Orchard Lane residents\n- WhatsApp group: Orchard Lane neighbours\n",
    ]
    static let closureSummary =
        "Orchard Lane is closed for resurfacing from Monday 13 to Wednesday 15 June 2033, 7.30 am to 6 pm each day. Move your car off the road by 7 am on Monday 13 June (cars left may be towed) and park free in the Station Road car park.\n"

    /// Whether `text` sums up the resurfacing notice in three sentences (or three lines) at most,
    /// a title aside, twelve to seventy-five words: the 13th to the 15th of June (the bins' 16 June
    /// may be said), the Station Road car park, moving the car by 7 am, no other month or year,
    /// and nothing of last year's pavement notice.
    static func isClosureSummary(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        var all = Judge.lines(t)
        if all.count > 1, all[0].hasPrefix("#") || all[0].hasSuffix(":") { all.removeFirst() }
        let low = all.joined(separator: "\n").lowercased()
        let words = low.split(whereSeparator: { $0 == " " || $0 == "\n" }).filter { $0.contains { $0.isLetter || $0.isNumber } }.count
        guard (1...3).contains(all.count), words >= 12, words <= 75, Judge.found(low, #"[.!?](?=\s|$)"#).count <= 3 else { return false }
        guard !Judge.has(low, #"pavement|north side|church|tuesday 4"#) else { return false }
        let june = Set(Judge.days(low, month: 6))
        return Judge.has(low, #"\b13(th)?\b"#) && Judge.has(low, #"\b15(th)?\b"#) && !june.isEmpty && june.isSubset(of: [13, 14, 15, 16])
            && (1...12).filter({ $0 != 6 }).allSatisfy { Judge.days(low, month: $0).isEmpty }
            && Judge.found(low, #"\b(20\d{2})\b"#).allSatisfy { $0 == "2033" } && Judge.has(low, #"station road"#)
            && Judge.has(low, #"\b0?7([.:]00)?\s*(am\b|a\.m)"#) && Judge.has(low, #"\bmov|off the road|\btow"#)
    }

    static let export = "memory/fundraising/page-2033-export.csv"
    static let bigDonationsPath = "outputs/big-donations.md"
    static let fundraising: [String: String] = [
        export:
            "donor,amount,date,message\nHelen Marsh,25.00,2033-03-02,Good luck!\n\"Okafor, Chidi\",50.00,2033-03-02,Go well\nUncle Ray,100.00,2033-03-05,\nPriya and Tom,49.50,2033-03-09,You've got this\nWestfield Bakery,75.00,2033-03-11,From all the team\nGran,20.00,2033-03-12,Proud of you\n",
        "memory/fundraising/page-2032-export.csv":
            "donor,amount,date,message\nNorthgate Garage,120.00,2032-04-10,Run fast\nHelen Marsh,20.00,2032-04-11,\n",
        "memory/fundraising/thank-you-sent.md": "# Thank-you cards sent\n- Helen Marsh\n",
    ]
    static let bigDonations = "- Chidi Okafor: £50.00\n- Uncle Ray: £100.00\n- Westfield Bakery: £75.00\n"

    /// Whether `text` lists the three donations of £50 or more, one entry each in any order (a
    /// table, another marker, another amount format or the name as exported pass), each with its
    /// own amount, and not the £49.50, a smaller one nor last year's.
    static func isBigDonations(_ text: String?) -> Bool {
        guard let t = text?.replacingOccurrences(of: "\r\n", with: "\n"), !Judge.has(t, #"priya|helen|\bgran\b|northgate|49\.5"#) else {
            return false
        }
        return Judge.isPairedList(
            t, who: [#"okafor|chidi"#, #"uncle ray|\bray\b"#, #"westfield"#],
            what: [#"(?<![\d.,])50(\.0{1,2})?(?!\d)"#, #"(?<![\d.,])100(\.0{1,2})?(?!\d)"#, #"(?<![\d.,])75(\.0{1,2})?(?!\d)"#])
    }

    static let videoListPath = "outputs/cornwall-videos.md"
    static let videos: [String: String] = [
        "memory/videos/cornwall-2032/beach-day.mp4": "MP4 video: beach day at Polzeath, 3 min\n",
        "memory/videos/cornwall-2032/surf-lesson.mp4": "MP4 video: surf lesson, 5 min\n",
        "memory/videos/cornwall-2032/tintagel-walk.mp4": "MP4 video: walk to Tintagel castle, 4 min\n",
        "memory/videos/cornwall-2032/harbour-fireworks.mp4.part": "MP4 video: harbour firew\n",
        "memory/videos/cornwall-2032/clips/surf-lesson-short.mp4": "MP4 video: surf lesson, cut to 30 s\n",
        "memory/videos/cornwall-2032/notes.txt": "Filmed on the old phone\n",
        "memory/videos/to-edit.md": "# To edit\n- Cornwall fireworks, once it downloads\n",
    ]
    static let videoList = "- beach-day.mp4\n- surf-lesson.mp4\n- tintagel-walk.mp4\n"

    /// Whether `text` lists the three videos (by file name, path or title), one entry each in any
    /// order, and not the unfinished download, the clip, the notes file nor the to-edit list.
    static func isVideoList(_ text: String?) -> Bool {
        Judge.isNamedList(
            text?.replacingOccurrences(of: "\r\n", with: "\n"), [#"beach.?day"#, #"surf.?lesson"#, #"tintagel"#],
            banned: #"firework|\.part|clips|short|notes\.txt|to.?edit"#)
    }

    static let debitsCSV = "memory/money/direct-debits-2033.csv"
    static let debitsYAMLPath = "outputs/direct-debits.yaml"
    static let money: [String: String] = [
        debitsCSV:
            "payee,amount,day\nCouncil tax,164.00,1\n\"Fenwick, Hale & Co\",40.00,28\nHome insurance,21.75,3\nBroadband,32.00,22\nGym,29.99,5\nWater,38.50,15\n",
        "memory/money/direct-debits-2032.csv": "payee,amount,day\nCouncil tax,151.00,1\nBroadband,28.00,22\n",
        "memory/money/budget.md": "# Budget 2033\n- bills come out of the joint account\n",
    ]
    static let debits = [
        ("council tax", 164.0, 1), ("fenwick, hale & co", 40.0, 28), ("home insurance", 21.75, 3), ("broadband", 32.0, 22),
        ("gym", 29.99, 5), ("water", 38.5, 15),
    ]
    static let debitsYAML =
        "- payee: Council tax\n  amount: 164.00\n  day: 1\n- payee: \"Fenwick, Hale & Co\"\n  amount: 40.00\n  day: 28\n- payee: Home insurance\n  amount: 21.75\n  day: 3\n- payee: Broadband\n  amount: 32.00\n  day: 22\n- payee: Gym\n  amount: 29.99\n  day: 5\n- payee: Water\n  amount: 38.50\n  day: 15\n"
    static let debitsYAML2032 = "- payee: Council tax\n  amount: 151.00\n  day: 1\n- payee: Broadband\n  amount: 28.00\n  day: 22\n"

    /// A YAML `key: value` pair (the key lowercased, quotes around the value removed, a trailing
    /// comment after an unquoted value dropped), or nil.
    static func yamlPair(_ text: String) -> (String, String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = text[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: "\"' ")).lowercased()
        var value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        if let q = value.first, q == "\"" || q == "'" {
            guard value.count >= 2, value.last == q else { return nil }
            value = String(value.dropFirst().dropLast())
        } else if let r = value.range(of: #"\s+#.*$"#, options: .regularExpression) {
            value.removeSubrange(r)
        }
        guard !key.isEmpty, !key.contains(" ") else { return nil }
        return (key, value)
    }

    /// The entries of a YAML list of flat mappings, block (`- key: value` then indented pairs) or
    /// flow (`- {key: value, …}`) style, under one top-level key or none, comments and a `---`
    /// aside; nil when a line is something else or a key comes twice.
    static func yamlItems(_ text: String) -> [[String: String]]? {
        var items: [[String: String]] = []
        var wrapped = false
        func add(_ pair: (String, String)?) -> Bool {
            guard let (k, v) = pair, !items.isEmpty, items[items.count - 1][k] == nil else { return false }
            items[items.count - 1][k] = v
            return true
        }
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line == "---" { continue }
            if line == "-" || line.hasPrefix("- ") {
                let rest = line.dropFirst().trimmingCharacters(in: .whitespaces)
                items.append([:])
                if rest.isEmpty { continue }
                if rest.hasPrefix("{") && rest.hasSuffix("}") {
                    for pair in Judge.cells(String(rest.dropFirst().dropLast()), separator: ",") where !add(yamlPair(pair)) { return nil }
                } else if !add(yamlPair(rest)) {
                    return nil
                }
            } else if items.isEmpty {
                guard !wrapped, line.hasSuffix(":"), !line.dropLast().contains(":") else { return nil }
                wrapped = true
            } else if !add(yamlPair(line)) {
                return nil
            }
        }
        return items
    }

    /// Whether `text` is a YAML list (block or flow style, under a key or not) with one entry per
    /// direct debit in any order, each with exactly a payee, an amount (a pound sign or quotes
    /// pass) and a day, the accountants' name whole, and nothing else.
    static func isDebitsYAML(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), let items = yamlItems(t), items.count == debits.count else { return false }
        var got: [String] = []
        for item in items {
            guard Set(item.keys) == ["payee", "amount", "day"], let payee = item["payee"],
                let amount = Double(item["amount"]!.replacingOccurrences(of: "£", with: "").trimmingCharacters(in: .whitespaces)),
                let day = Int(item["day"]!)
            else { return false }
            got.append("\(payee.lowercased())|\(String(format: "%.2f", amount))|\(day)")
        }
        return got.sorted() == debits.map { "\($0.0)|\(String(format: "%.2f", $0.1))|\($0.2)" }.sorted()
    }

    static let reorderSkillPath = "skills/reorder-repeats/SKILL.md"
    static let meds: [String: String] = [
        "skills/README.md": "Each skill is a folder in skills/ with a SKILL.md; its front matter names it and says what it does.\n",
        "skills/plant-feed/SKILL.md":
            "---\nname: plant-feed\ndescription: Say which plants to feed this week.\n---\nRead memory/plants/feeding.md and write the plants due a feed to outputs/plant-feed.md.\n",
        "memory/meds/repeats.yaml":
            "- medicine: amlodipine 5 mg\n  tablets_left: 12\n  per_day: 1\n- medicine: metformin 500 mg\n  tablets_left: 30\n  per_day: 2\n- medicine: atorvastatin 20 mg\n  tablets_left: 40\n  per_day: 1\n",
        "memory/meds/pharmacy.md": "# Pharmacy\nBridge Street Pharmacy; repeats take three working days\n",
    ]
    static let reorderSkill =
        "---\nname: reorder-repeats\ndescription: List the repeat prescriptions that will run out within two weeks.\n---\nRead memory/meds/repeats.yaml (medicine, tablets_left, per_day).\nFor each medicine, divide tablets_left by per_day to get the days left.\nIf fewer than 14 days are left, it needs reordering.\nWrite those medicines with their days left to outputs/reorder.md, fewest days first.\n"

    /// Whether `text` is a skill named reorder-repeats with a description, whose body reads
    /// memory/meds/repeats.yaml, works out each medicine's days left from the tablets left and the
    /// tablets a day, keeps those under fourteen days and writes them, to reorder, to
    /// outputs/reorder.md.
    static func isReorderSkill(_ text: String?) -> Bool {
        guard let t = text, let (fields, body) = Judge.skill(t) else { return false }
        let b = body.lowercased()
        let paths = ["memory/meds/repeats.yaml", "outputs/reorder.md"]
        let prose = paths.reduce(b) { $0.replacingOccurrences(of: $1, with: " ") }
        return fields["name"] == "reorder-repeats" && (fields["description"] ?? "").count >= 10 && b.count >= 40
            && paths.allSatisfy { b.contains($0) } && Judge.has(prose, #"tablets?_left|tablets? left|tablets|pills"#)
            && Judge.has(prose, #"per_day|per day|a day|daily|each day"#)
            && Judge.has(prose, #"divid|÷|\s/\s|days? left|days? of supply|how many days|will last|run out"#)
            && Judge.has(prose, #"\b14\b|fourteen|two weeks|2 weeks|fortnight"#) && Judge.has(prose, #"re-?order|\border"#)
    }

    static let beachScriptPath = "memory/beach-clean/april_totals.py"
    static let beach: [String: String] = [
        "memory/beach-clean/cleans-2033-04.json":
            "{\"month\": \"2033-04\", \"cleans\": [\n  {\"date\": \"2033-04-02\", \"beach\": \"North Bay\", \"volunteers\": 14, \"bags\": 9, \"kg\": 31.5},\n  {\"date\": \"2033-04-09\", \"beach\": \"South Sands\", \"volunteers\": 8, \"bags\": 5, \"kg\": 18.0},\n  {\"date\": \"2033-04-16\", \"beach\": \"North Bay\", \"volunteers\": 21, \"bags\": 12, \"kg\": 44.2},\n  {\"date\": \"2033-04-23\", \"beach\": \"Harbour Steps\", \"volunteers\": 6, \"bags\": 3, \"kg\": 9.8}\n]}\n",
        "memory/beach-clean/cleans-2033-03.json":
            "{\"month\": \"2033-03\", \"cleans\": [\n  {\"date\": \"2033-03-26\", \"beach\": \"North Bay\", \"volunteers\": 11, \"bags\": 7, \"kg\": 25.1}\n]}\n",
        "memory/beach-clean/sponsors.md": "# Sponsors\n- Bay Surf School: gloves and pickers\n- The Harbour Café: tea after each clean\n",
    ]
    static let beachScript =
        "import json\n\nwith open(\"memory/beach-clean/cleans-2033-04.json\") as f:\n    cleans = json.load(f)[\"cleans\"]\nkgs = [c[\"kg\"] for c in cleans]\nprint(f\"Litter collected in April: {sum(kgs):.1f} kg\")\nprint(f\"Heaviest single clean: {max(kgs)} kg\")\n"

    /// Whether `text` is a Python script (a shebang, if any, names Python) that reads April's JSON
    /// log of cleans (not March's nor the sponsors), takes the kg (not the bags nor the
    /// volunteers), adds them up, finds the largest and prints two values, writing, moving or
    /// removing nothing. Comments and a fenced reply do not count; plain strings (labels) are
    /// read apart.
    static func isBeachScript(_ text: String?) -> Bool {
        guard let script = Judge.readOnlyPython(text, reading: "cleans-2033-04.json", not: "2033-03"), !script.code.contains("sponsors") else {
            return false
        }
        return Judge.has(script.bare, #"json\.|read_json"#) && Judge.has(script.bare, #"\bkg\b"#)
            && !Judge.has(script.bare, #"bags|volunteers"#) && Judge.has(script.bare, #"sum\(|\+="#)
            && Judge.has(script.bare, #"max\(|sorted\(|\.sort\(|nlargest|idxmax|\s>=?\s*\w"#) && script.twoValues
    }
}
