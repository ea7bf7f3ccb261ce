import Foundation

/// A twenty-eighth fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first twenty-seven: by someone who had not read the agent loop, its tools, its prompts, its tests
/// or any result. Fourteen intentions, numbered 2901 to 2914, one for each kind the issue names
/// (create, a model railway locomotive's TOML file with a [loco] table like the other loco's, the
/// sold loco's details apart; edit in place, one weekday's court in a TOML list of a badminton
/// club's sessions, the other sessions on the same court and last autumn's file left; append a
/// radio contact as the last line of a ham radio logbook in its column layout, last year's logbook
/// and a contest log left; rename a scanned census transcript to a name like the earlier census's,
/// a scan numbered alike and the neighbours' scan left; move a kayak club trip report from the
/// drafts into this year's published folder, next month's draft of the same river and last year's
/// report of it left; several files, a play's adult ticket price in a YAML show file, a poster and
/// a box office note, the concessions, last year's show and a workshop at the same price left; copy
/// an orienteering course's GPX file into an event's folder under another name, word for word, last
/// year's course and another course not; delete a photo book order's duplicate, the order itself and
/// last year's order kept; summarise a netball club's AGM minutes in three sentences at most, with
/// the new subs, the new captain and where training moves, last year's minutes apart; extract the
/// boulder problems sent at 6B or harder from a JSON logbook with their grades, the attempts, the
/// easier sends and last year's log apart; list-and-save a stamp collection's album files, a backup,
/// a scans subfolder, the README and a want list outside the folder apart; convert a YAML list of
/// bell towers to CSV with each tower's bells and practice night, the quoted commas in the names, a
/// commented-out tower and an older list apart; a skill that lists library loans due within a week
/// that can still be renewed; a Python script that prints how many LPs a record collection holds and
/// what they cost, the singles, the want list and the sold records apart), each worded three ways as
/// people word them (files named by path, by bare name or by what they are; details given in
/// passing; what to leave alone said casually), run as Steward chooses. Every fixture holds a
/// look-alike beside the right file. Judged by content as a person would (other list markers, entry,
/// row, column and key order, spacing, a title line, a table for a list, another date, time or
/// amount format, quoted values, a trailing comment, titles or paths for file names, a lost final
/// newline, CRLF pass) and by "nothing else changed" (the wrong file, the wrong folder, a copy where
/// a move was asked fail). Frozen in a commit of its own before any run with a model: never tune the
/// loop on it, and run it as it is (`STEWARD_SUITE_PART=fresh28`).
extension EverydayTaskSuite {
    static let fresh28: [Intention] = [
        Intention(
            number: 2901,
            kind:
                "create: a model railway locomotive's TOML file with a [loco] table and key = value lines like the other loco's, the sold loco's details apart",
            fixtures: Fresh28.railway,
            wordings: [
                (
                    .imperative,
                    "Create memory/model-railway/locos/47-401.toml laid out like 37-025.toml: number 47401, name North Eastern, class 47, livery BR blue, DCC address 401"
                ),
                (
                    .request,
                    "I've just bought a class 47, 47401 North Eastern in BR blue, and set its DCC address to 401. Could you give it a file, 47-401.toml, next to 37-025.toml in memory/model-railway/locos?"
                ),
                (
                    .context,
                    "I keep one TOML file per locomotive in memory/model-railway/locos, each with a [loco] table of key = value lines. A new one arrived today: please add memory/model-railway/locos/47-401.toml in the same layout as 37-025.toml, for number 47401, named North Eastern, class 47, in BR blue livery, on DCC address 401. The 47 I sold, 47404 Hadrian, still has a file in the sold folder; don't copy its details, and leave the wishlist alone."
                ),
            ], changed: [Fresh28.loco],
            check: { f in Fresh28.isLoco(f(Fresh28.loco)) && Judge.untouched(f, Array(Fresh28.railway.keys), Fresh28.railway) },
            solution: ops(writes: [(Fresh28.loco, Fresh28.locoRecord)])),
        Intention(
            number: 2902,
            kind:
                "edit in place: one weekday's court in a TOML list of a badminton club's sessions, the other sessions on the same court and last autumn's sessions left",
            fixtures: Fresh28.badminton,
            wordings: [
                (.imperative, "In memory/badminton/sessions-spring-2028.toml, move the Thursday session to court 2"),
                (
                    .request,
                    "The leisure centre says we can't have court 3 on Thursdays any more. Could you change Thursday's session to court 2 in sessions-spring-2028.toml in memory/badminton? Tuesday keeps court 3."
                ),
                (
                    .context,
                    "I book the courts for our badminton club, and this spring's sessions are in memory/badminton/sessions-spring-2028.toml. Court 3 is being resurfaced on Thursday evenings, so please put the Thursday session on court 2, same time. The Tuesday session stays on court 3, Saturday is unchanged, and last autumn's file is just a record."
                ),
            ], changed: [Fresh28.sessions],
            check: { f in
                Fresh28.isSessions(f(Fresh28.sessions))
                    && Judge.untouched(f, Array(Fresh28.badminton.keys).filter { $0 != Fresh28.sessions }, Fresh28.badminton)
            },
            solution: ops(writes: [(Fresh28.sessions, Fresh28.sessionsText(thursdayCourt: "2"))])),
        Intention(
            number: 2903,
            kind:
                "append: a radio contact as the last line of a ham radio logbook in its column layout, last year's logbook and a contest log left",
            fixtures: Fresh28.radio,
            wordings: [
                (
                    .imperative,
                    "Append a line to memory/radio/logbook-2028.txt in the same layout: 2028-04-09 20:15 UTC, EI7XY, 7.155 MHz, SSB, reports 59/58"
                ),
                (
                    .request,
                    "I worked EI7XY last night, 9 April 2028 at 20:15 UTC, on 7.155 MHz SSB; I gave 59 and got 58. Could you add it to the bottom of logbook-2028.txt in memory/radio, like the other contacts?"
                ),
                (
                    .context,
                    "I log every radio contact as one line in memory/radio/logbook-2028.txt: date, time in UTC, callsign, frequency, mode and the reports sent and received. Please add last night's contact at the end: EI7XY on 9 April 2028 at 20:15 UTC, 7.155 MHz, SSB, 59 sent and 58 received. Don't touch the 2027 logbook or the contest log."
                ),
            ], changed: [Fresh28.logbook],
            check: { f in
                Fresh28.isLogbook(f(Fresh28.logbook))
                    && Judge.untouched(f, Array(Fresh28.radio.keys).filter { $0 != Fresh28.logbook }, Fresh28.radio)
            },
            solution: ops(writes: [(Fresh28.logbook, Fresh28.radio[Fresh28.logbook]! + "2028-04-09 20:15 UTC  EI7XY   7.155 MHz   SSB  59/58\n")])),
        Intention(
            number: 2904,
            kind: "rename: a scanned census transcript to a name like the earlier census's, a scan numbered alike and the neighbours' scan left",
            fixtures: Fresh28.census,
            wordings: [
                (.imperative, "Rename memory/family-tree/census/scan-0031.txt to 1911-census-hargreaves.txt in the same folder"),
                (
                    .request,
                    "scan-0031.txt in memory/family-tree/census is the Hargreaves family in the 1911 census. Can you rename it to 1911-census-hargreaves.txt so it sits with the 1901 one?"
                ),
                (
                    .context,
                    "I'm transcribing census pages for the family tree in memory/family-tree/census, and the scanner names them scan-0031.txt and so on. Scan 31 is our Hargreaves family in 1911, so please rename memory/family-tree/census/scan-0031.txt to 1911-census-hargreaves.txt in the same folder, like 1901-census-hargreaves.txt, without changing the transcript. Scan 13 and scan 32 are other pages and stay as they are."
                ),
            ], changed: [Fresh28.scan, Fresh28.renamedScan],
            check: { f in
                Judge.moved(f, Fresh28.scan, to: Fresh28.renamedScan, Fresh28.census)
                    && Judge.untouched(f, Array(Fresh28.census.keys).filter { $0 != Fresh28.scan }, Fresh28.census)
            },
            solution: ops(
                #"{"op":"move","from":"memory/family-tree/census/scan-0031.txt","to":"memory/family-tree/census/1911-census-hargreaves.txt"}"#)),
        Intention(
            number: 2905,
            kind:
                "move into a folder: a kayak club trip report from the drafts into this year's published folder, next month's draft of the same river and last year's report left",
            fixtures: Fresh28.kayak,
            wordings: [
                (.imperative, "Move memory/kayak-club/reports/drafts/2028-05-20-river-wye.md into memory/kayak-club/reports/published/2028"),
                (
                    .request,
                    "The Wye trip report from 20 May is finished. Could you move it (2028-05-20-river-wye.md in memory/kayak-club/reports/drafts) into the published/2028 folder under memory/kayak-club/reports?"
                ),
                (
                    .context,
                    "I edit the kayak club's trip reports. The write-up of our River Wye trip on 20 May 2028 is done, so please move memory/kayak-club/reports/drafts/2028-05-20-river-wye.md into memory/kayak-club/reports/published/2028/, keeping its name. The June Wye draft isn't written yet, so it stays in drafts, and last year's Wye report is in the 2027 folder where it belongs."
                ),
            ], changed: [Fresh28.report, Fresh28.published],
            check: { f in
                Judge.moved(f, Fresh28.report, to: Fresh28.published, Fresh28.kayak)
                    && Judge.untouched(f, Array(Fresh28.kayak.keys).filter { $0 != Fresh28.report }, Fresh28.kayak)
            },
            solution: ops(
                #"{"op":"move","from":"memory/kayak-club/reports/drafts/2028-05-20-river-wye.md","to":"memory/kayak-club/reports/published/2028/2028-05-20-river-wye.md"}"#
            )),
        Intention(
            number: 2906,
            kind:
                "several files: a play's adult ticket price in a YAML show file, a poster and a box office note, the concessions, last year's show and a workshop at the same price left",
            fixtures: Fresh28.theatre,
            wordings: [
                (
                    .imperative,
                    "Change the adult ticket price from £12 to £14 in memory/am-dram/show-2028.yaml, memory/am-dram/poster.txt and memory/am-dram/box-office.md"
                ),
                (
                    .request,
                    "The committee voted to put adult tickets for Earnest up to £14. Could you change the £12 adult price in show-2028.yaml, poster.txt and box-office.md in memory/am-dram? Concessions stay at £8."
                ),
                (
                    .context,
                    "Our drama group's spring play is The Importance of Being Earnest, and the hall hire went up, so adult tickets are now £14 instead of £12. Please update the adult price in the three places it appears: memory/am-dram/show-2028.yaml, the poster in memory/am-dram/poster.txt and memory/am-dram/box-office.md. Concessions stay at £8, last year's show file is history, and the make-up workshop is still £12 a head."
                ),
            ], changed: Set(Fresh28.priced),
            check: { f in
                Fresh28.priced.allSatisfy { Fresh28.hasNewPrice(f($0), $0) }
                    && Judge.untouched(f, Array(Fresh28.theatre.keys).filter { !Fresh28.priced.contains($0) }, Fresh28.theatre)
            },
            solution: ops(writes: Fresh28.newPrice())),
        Intention(
            number: 2907,
            kind:
                "copy: an orienteering course's GPX file into an event's folder under another name, word for word, last year's course and another course not",
            fixtures: Fresh28.orienteering,
            wordings: [
                (.imperative, "Copy memory/orienteering/courses/blue-course.gpx to memory/orienteering/events/2028-04-16-hebden/blue.gpx"),
                (
                    .request,
                    "Could you put a copy of the blue course (blue-course.gpx in memory/orienteering/courses) into the folder for the Hebden event, memory/orienteering/events/2028-04-16-hebden, named blue.gpx?"
                ),
                (
                    .context,
                    "I'm planning the orienteering event in Hebden woods on 16 April 2028 and want this year's blue course in the event folder. Please copy memory/orienteering/courses/blue-course.gpx to memory/orienteering/events/2028-04-16-hebden/blue.gpx exactly as it is, and keep the original in courses. Not last year's blue course, and not the green one."
                ),
            ], changed: [Fresh28.courseCopy],
            check: { f in
                guard let copy = f(Fresh28.courseCopy), !Judge.fenced(copy) else { return false }
                return Judge.lines(copy) == Judge.lines(Fresh28.orienteering[Fresh28.course])
                    && Judge.untouched(f, Array(Fresh28.orienteering.keys), Fresh28.orienteering)
            }, solution: ops(writes: [(Fresh28.courseCopy, Fresh28.orienteering[Fresh28.course]!)])),
        Intention(
            number: 2908,
            kind: "delete: a photo book order's duplicate with a space in its name, the order itself, last year's order and the layout kept",
            fixtures: Fresh28.photoBook,
            wordings: [
                (.imperative, "Delete \"memory/photo-book/order copy.json\""),
                (
                    .request,
                    "I ended up with a duplicate of the photo book order, \"order copy.json\" in memory/photo-book. Can you delete it? Keep order.json."
                ),
                (
                    .context,
                    "While ordering the Lake District photo book I accidentally duplicated the order file, so memory/photo-book now has both order.json and \"order copy.json\" with the same content. Please delete memory/photo-book/order copy.json and keep order.json, last year's order-2027.json and the layout notes."
                ),
            ], changed: [Fresh28.duplicate],
            check: { f in
                f(Fresh28.duplicate) == nil
                    && Judge.untouched(f, Array(Fresh28.photoBook.keys).filter { $0 != Fresh28.duplicate }, Fresh28.photoBook)
            }, solution: ops(#"{"op":"delete","path":"memory/photo-book/order copy.json"}"#)),
        Intention(
            number: 2909,
            kind:
                "summarise: a netball club's AGM minutes in three sentences at most, with the new subs, the new captain and where training moves, last year's minutes apart",
            fixtures: Fresh28.netball,
            wordings: [
                (
                    .imperative,
                    "Summarise memory/netball-club/minutes/2028-06-12-agm.md in at most three sentences in outputs/agm-summary.md: the new subs, the new captain and where training moves"
                ),
                (
                    .request,
                    "I couldn't make the netball AGM. Could you sum up the minutes (2028-06-12-agm.md in memory/netball-club/minutes) in no more than three sentences in outputs/agm-summary.md? Mainly the subs, who's captain now and where we train over the summer."
                ),
                (
                    .context,
                    "I missed our netball club's AGM on 12 June 2028 and the minutes are in memory/netball-club/minutes/2028-06-12-agm.md. Please write a summary of three sentences or fewer to outputs/agm-summary.md covering what happens to the subs, who the new captain is and where training moves while the courts are resurfaced. Last year's minutes are in the same folder, so don't mix those in."
                ),
            ], changed: [Fresh28.summaryPath], check: { f in Fresh28.isAGMSummary(f(Fresh28.summaryPath)) },
            solution: ops(writes: [(Fresh28.summaryPath, Fresh28.agmSummary)])),
        Intention(
            number: 2910,
            kind:
                "extract: the boulder problems sent at 6B or harder from a JSON logbook, each with its grade, the attempts, the easier sends and last year's log apart",
            fixtures: Fresh28.bouldering,
            wordings: [
                (
                    .imperative,
                    "From memory/bouldering/logbook-2028.json, list every problem I flashed or redpointed at grade 6B or harder, with its grade, in outputs/hard-sends.md"
                ),
                (
                    .request,
                    "Could you go through logbook-2028.json in memory/bouldering and write the problems I actually sent at 6B or above, each with its grade, to outputs/hard-sends.md? Attempts don't count."
                ),
                (
                    .context,
                    "I log my bouldering in memory/bouldering/logbook-2028.json, one object per go, with the style flash, redpoint or attempt. For my coach, please save to outputs/hard-sends.md, one per line, each problem I completed (a flash or a redpoint, not an attempt) at 6B or harder, with its grade. Font grades go 6A, 6A+, 6B, 6B+, 6C; last year's logbook doesn't count."
                ),
            ], changed: [Fresh28.sendsPath], check: { f in Fresh28.isSendList(f(Fresh28.sendsPath)) },
            solution: ops(writes: [(Fresh28.sendsPath, Fresh28.sendList)])),
        Intention(
            number: 2911,
            kind:
                "list-and-save: a stamp collection's album files in one folder, a backup, a scans subfolder, the README and a want list outside the folder apart",
            fixtures: Fresh28.stamps,
            wordings: [
                (
                    .imperative,
                    "List the album CSV files in memory/stamps/albums, not the backup, the scans or the README, and save the list to outputs/stamp-albums.md"
                ),
                (
                    .request,
                    "Can you make me a list of my stamp albums? Each one is a .csv file in memory/stamps/albums; save it to outputs/stamp-albums.md. The .bak file is just a backup and the scans folder isn't an album."
                ),
                (
                    .context,
                    "I keep each stamp album as a CSV file in memory/stamps/albums. Please list those album files in outputs/stamp-albums.md, one per line. Leave out the .bak backup, anything in the scans subfolder, the README, and my want list, which lives one folder up and isn't an album."
                ),
            ], changed: [Fresh28.albumsPath], check: { f in Fresh28.isAlbumList(f(Fresh28.albumsPath)) },
            solution: ops(writes: [(Fresh28.albumsPath, Fresh28.albumList)])),
        Intention(
            number: 2912,
            kind:
                "convert: a YAML list of bell towers to CSV with each tower's name, bells and practice night, the commas in the names quoted, a commented-out tower and an older list apart",
            fixtures: Fresh28.bells,
            wordings: [
                (
                    .imperative,
                    "Convert memory/bell-ringing/towers.yaml to CSV in outputs/towers.csv with a header row and columns for the tower, the number of bells and the practice night"
                ),
                (
                    .request,
                    "Could you turn the towers list for our ringing band (towers.yaml in memory/bell-ringing) into a CSV at outputs/towers.csv? One row per tower with its name, how many bells it has and the practice night, and a header row."
                ),
                (
                    .context,
                    "Our bell-ringing band's towers are listed in memory/bell-ringing/towers.yaml, and the district secretary wants a spreadsheet. Please convert it to outputs/towers.csv with a header row and one row per tower: the tower's name, the number of bells and the practice night. The names have commas in them, so quote them properly. St Giles is commented out because its bells are unsafe, so leave it out, and ignore the 2025 list."
                ),
            ], changed: [Fresh28.towersPath], check: { f in Fresh28.isTowersCSV(f(Fresh28.towersPath)) },
            solution: ops(writes: [(Fresh28.towersPath, Fresh28.towersCSV)])),
        Intention(
            number: 2913,
            kind: "skill: list the library loans due within a week that can still be renewed, the loans at the renewal limit left out",
            fixtures: Fresh28.library,
            wordings: [
                (
                    .imperative,
                    "Write a skill at skills/library-renewals/SKILL.md, named library-renewals with a description, that reads memory/library/loans.csv and writes to outputs/renew-these.md the loans due within the next 7 days, leaving out any already renewed 3 times"
                ),
                (
                    .request,
                    "I keep getting library fines. Could you write me a skill called library-renewals that looks at my loans in memory/library/loans.csv and puts the ones due in the next 7 days into outputs/renew-these.md, but skips any I've already renewed 3 times, since that's the limit?"
                ),
                (
                    .context,
                    "My library loans are in memory/library/loans.csv with the title, the due date and how many times each has been renewed, and the library allows at most 3 renewals. Please create skills/library-renewals/SKILL.md with name library-renewals and a description in its front matter, like the reading-log skill. Its body should tell the agent to find the loans due within the next 7 days that have been renewed fewer than 3 times and write them to outputs/renew-these.md. Leave the reading-log skill as it is."
                ),
            ], changed: [Fresh28.renewSkillPath],
            check: { f in Fresh28.isRenewSkill(f(Fresh28.renewSkillPath)) && Judge.untouched(f, Array(Fresh28.library.keys), Fresh28.library) },
            solution: ops(writes: [(Fresh28.renewSkillPath, Fresh28.renewSkill)])),
        Intention(
            number: 2914,
            kind:
                "script: a Python script that prints how many LPs a CSV record collection holds and what they cost in total, the singles, the want list and the sold records apart",
            fixtures: Fresh28.vinyl,
            wordings: [
                (
                    .imperative,
                    "Write memory/vinyl/lp-total.py, a Python script that reads memory/vinyl/collection.csv and prints the number of LPs and the total paid for them"
                ),
                (
                    .request,
                    "Could you write a small Python script, lp-total.py in memory/vinyl, that goes through collection.csv in the same folder and prints how many LPs I have and how much I paid for them altogether? Singles don't count."
                ),
                (
                    .context,
                    "My record collection is in memory/vinyl/collection.csv, one row per record with the artist, title, year, format (LP or single) and what I paid. Please write a Python script, memory/vinyl/lp-total.py, that reads it and prints the number of LPs and the total paid for them, leaving the singles out. The want list and the sold records are separate files, and the script shouldn't change anything."
                ),
            ], changed: [Fresh28.lpScriptPath], check: { f in Fresh28.isLPScript(f(Fresh28.lpScriptPath)) },
            solution: ops(writes: [(Fresh28.lpScriptPath, Fresh28.lpScript)])),
    ]
}

extension EverydayTaskSuite {
    /// Correct results in other forms a careful person accepts (capitalised keys, another key order,
    /// a comment, quoted values, another date, time or amount format, another indentation, a table for
    /// a list, titles or paths for file names, columns in another order, another way to write the same
    /// skill or script, a lost final newline, CRLF), at least one per intention but the delete
    /// (2908), which has no other form.
    static let fresh28Alternatives: [(Int, String)] = [
        (
            2901,
            ops(writes: [
                (
                    Fresh28.loco,
                    "[loco]\r\nNumber = 47401\r\nName = North Eastern\r\nClass = 47\r\nLivery = BR Blue\r\nDCC_Address = 401\r\n"
                )
            ])
        ),
        (
            2901,
            ops(writes: [
                (
                    Fresh28.loco,
                    "# Bought 2028, Bachmann\n[loco]\nname = 'North Eastern'\nnumber = \"47 401\"\nlivery = \"BR blue\"\ndcc_address = 401  # long address\nclass = 47\nscale = \"OO\"\n"
                )
            ])
        ),
        (
            2901,
            ops(writes: [
                (Fresh28.loco, "[47401]\nrunning_number = \"47401\"\nname = \"North Eastern\"\nclass = \"47\"\nlivery = \"BR blue\"\ndcc = 401")
            ])
        ),
        (2902, ops(writes: [(Fresh28.sessions, Fresh28.sessionsText(thursdayCourt: "2  # court 3 resurfaced on Thursdays"))])),
        (2902, ops(writes: [(Fresh28.sessions, Fresh28.sessionsText(thursdayCourt: "\"2\"").replacingOccurrences(of: "\n", with: "\r\n"))])),
        (
            2902,
            ops(writes: [
                (
                    Fresh28.sessions,
                    Fresh28.sessionsText(thursdayCourt: "2").replacingOccurrences(of: " = ", with: "=").replacingOccurrences(
                        of: "\n\n", with: "\n"
                    ).replacingOccurrences(of: "\nday", with: "\n  day").trimmingCharacters(in: .newlines)
                )
            ])
        ),
        (
            2903,
            ops(writes: [
                (
                    Fresh28.logbook,
                    (Fresh28.radio[Fresh28.logbook]! + "2028-04-09 20:15 UTC  EI7XY   7.155 MHz   SSB  59/58\n").replacingOccurrences(
                        of: "\n", with: "\r\n")
                )
            ])
        ),
        (2903, ops(writes: [(Fresh28.logbook, Fresh28.radio[Fresh28.logbook]! + "09/04/2028 20:15 UTC EI7XY 7.155 MHz SSB 59/58")])),
        (
            2903,
            ops(writes: [(Fresh28.logbook, Fresh28.radio[Fresh28.logbook]! + "\n9 April 2028  20:15 UTC  ei7xy  7.155 MHz  SSB  59 / 58\n")])
        ),
        (
            2904,
            ops(
                writes: [(Fresh28.renamedScan, Fresh28.census[Fresh28.scan]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/family-tree/census/scan-0031.txt"}"#)
        ),
        (
            2904,
            ops(
                writes: [(Fresh28.renamedScan, Fresh28.census[Fresh28.scan]!.replacingOccurrences(of: "\n", with: "\r\n"))],
                #"{"op":"delete","path":"memory/family-tree/census/scan-0031.txt"}"#)
        ),
        (
            2904,
            ops(
                writes: [(Fresh28.renamedScan, Fresh28.census[Fresh28.scan]!.replacingOccurrences(of: "\n", with: "\n\n"))],
                #"{"op":"delete","path":"memory/family-tree/census/scan-0031.txt"}"#)
        ),
        (
            2905,
            ops(
                writes: [(Fresh28.published, Fresh28.kayak[Fresh28.report]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/kayak-club/reports/drafts/2028-05-20-river-wye.md"}"#)
        ),
        (
            2905,
            ops(
                writes: [(Fresh28.published, Fresh28.kayak[Fresh28.report]!.replacingOccurrences(of: "\n", with: "\r\n"))],
                #"{"op":"delete","path":"memory/kayak-club/reports/drafts/2028-05-20-river-wye.md"}"#)
        ),
        (
            2905,
            ops(
                writes: [(Fresh28.published, Fresh28.kayak[Fresh28.report]!.replacingOccurrences(of: "\n", with: "\n\n"))],
                #"{"op":"delete","path":"memory/kayak-club/reports/drafts/2028-05-20-river-wye.md"}"#)
        ),
        (
            2906,
            ops(
                writes: Fresh28.newPrice().map {
                    $0.0 == Fresh28.showFile ? ($0.0, $0.1.replacingOccurrences(of: "adult: 14", with: "adult: 14  # was 12 until 2028")) : $0
                })
        ),
        (
            2906,
            ops(
                writes: Fresh28.newPrice("14.00").map {
                    $0.0 == Fresh28.showFile
                        ? (
                            $0.0,
                            $0.1.replacingOccurrences(of: "adult: 14.00", with: "adult: \"£14\"").replacingOccurrences(of: "\n  ", with: "\n    ")
                        )
                        : $0
                })
        ),
        (2906, ops(writes: Fresh28.newPrice().map { ($0.0, $0.1.replacingOccurrences(of: "\n", with: "\r\n")) })),
        (2907, ops(writes: [(Fresh28.courseCopy, Fresh28.orienteering[Fresh28.course]!.trimmingCharacters(in: .newlines))])),
        (2907, ops(writes: [(Fresh28.courseCopy, Fresh28.orienteering[Fresh28.course]!.replacingOccurrences(of: "\n", with: "\r\n"))])),
        (2907, ops(writes: [(Fresh28.courseCopy, Fresh28.orienteering[Fresh28.course]!.replacingOccurrences(of: "\n", with: "\n\n"))])),
        (
            2909,
            ops(writes: [
                (
                    Fresh28.summaryPath,
                    "# AGM summary\n- Subs rise to £45 a year from 1/9.\n- Maureen Giles is captain.\n- Summer training is at Parkway Leisure Centre until 31 Aug.\n"
                )
            ])
        ),
        (
            2909,
            ops(writes: [
                (
                    Fresh28.summaryPath,
                    "The annual subscription goes up to £45.00 (from £40.00) in September, Maureen Giles replaces Sophie Ames as captain, and training moves to the leisure centre for the summer while the school courts are resurfaced.\r\n"
                )
            ])
        ),
        (
            2909,
            ops(writes: [
                (
                    Fresh28.summaryPath,
                    "At the AGM on 12 June 2028 the club, £310 in credit, agreed to raise subs to £45 from September 1st. Maureen is the new captain. Until August 31st we train at Parkway Leisure Centre."
                )
            ])
        ),
        (
            2910,
            ops(writes: [
                (
                    Fresh28.sendsPath,
                    "| Problem | Grade | Style | Date |\n|---|---|---|---|\n| Blue Arete | 6B | redpoint | 2028-01-22 |\n| Pinch Me | 6B+ | flash | 2028-02-05 |\n| Sloper Soup | 6C | redpoint | 2028-02-19 |\n"
                )
            ])
        ),
        (2910, ops(writes: [(Fresh28.sendsPath, "Sends at 6B or harder:\r\n1. 6C: Sloper Soup\r\n2. 6B+: Pinch Me\r\n3. 6B: Blue Arete\r\n")])),
        (2910, ops(writes: [(Fresh28.sendsPath, "# Hard sends 2028\n* **Blue Arête**, 6b\n* **Pinch Me**, 6b+ (flash)\n* **Sloper Soup**, 6c")])),
        (
            2911,
            ops(writes: [
                (
                    Fresh28.albumsPath,
                    "| Album file |\n|---|\n| memory/stamps/albums/commonwealth.csv |\n| memory/stamps/albums/great-britain-1840-1900.csv |\n| memory/stamps/albums/great-britain-1901-1950.csv |\n"
                )
            ])
        ),
        (2911, ops(writes: [(Fresh28.albumsPath, "# Stamp albums\n- Great Britain 1840–1900\n- Great Britain 1901–1950\n- Commonwealth\n")])),
        (
            2911,
            ops(writes: [
                (Fresh28.albumsPath, "- [ ] `great-britain-1901-1950.csv`\r\n- [ ] `commonwealth.csv`\r\n- [ ] `great-britain-1840-1900.csv`")
            ])
        ),
        (
            2912,
            ops(writes: [
                (
                    Fresh28.towersPath,
                    "\"Tower\",\"Bells\",\"Practice night\"\r\n\"St Andrew, Ashby\",\"8\",\"Tuesday\"\r\n\"All Saints, Brampton\",\"6\",\"Thursday\"\r\n\"Holy Trinity, Dunmere\",\"10\",\"Wednesday\"\r\n\"St Peter, Elsworth\",\"6\",\"Friday\"\r\n"
                )
            ])
        ),
        (
            2912,
            ops(writes: [
                (
                    Fresh28.towersPath,
                    "practice,bells,tower\nFriday,6,\"St Peter, Elsworth\"\nWednesday,10,\"Holy Trinity, Dunmere\"\nThursday,6,\"All Saints, Brampton\"\nTuesday,8,\"St Andrew, Ashby\""
                )
            ])
        ),
        (
            2912,
            ops(writes: [
                (
                    Fresh28.towersPath,
                    "name, bells, practice_day, place\n\"St Andrew, Ashby\", 8, Tue, Ashby\n\"All Saints, Brampton\", 6, Thu, Brampton\n\"Holy Trinity, Dunmere\", 10, Wed, Dunmere\n\"St Peter, Elsworth\", 6, Fri, Elsworth\n"
                )
            ])
        ),
        (
            2913,
            ops(writes: [
                (
                    Fresh28.renewSkillPath,
                    "---\nname: \"library-renewals\"\ndescription: >\n  Which library books to renew before they are due.\n---\n\n# Library renewals\n\n1. Open `memory/library/loans.csv`.\n2. Keep the loans whose due date is within the next seven days.\n3. Skip any loan that has already been renewed three times; the library won't renew it again.\n4. Save the list to `outputs/renew-these.md`.\n"
                )
            ])
        ),
        (
            2913,
            ops(writes: [
                (
                    Fresh28.renewSkillPath,
                    "---\nname: library-renewals\ndescription: 'Library: loans to renew.'\n---\nGo through memory/library/loans.csv and find every loan that is due in the next 7 days and has fewer than 3 renewals (3 is the limit). Write those to outputs/renew-these.md with their due dates."
                )
            ])
        ),
        (
            2913,
            ops(writes: [
                (
                    Fresh28.renewSkillPath,
                    "---\nname: library-renewals\ndescription: |\n  Find library loans to renew.\n---\n- Input: memory/library/loans.csv (title, due, renewals)\n- Due within a week: yes\n- Renewals: must be under 3, the maximum\n- Output: outputs/renew-these.md\n"
                )
            ])
        ),
        (
            2914,
            ops(writes: [
                (
                    Fresh28.lpScriptPath,
                    "import pandas as pd\n\ndf = pd.read_csv(\"memory/vinyl/collection.csv\")\nlps = df[df[\"format\"] == \"LP\"]\nprint(\"LPs:\", len(lps))\nprint(\"Total paid:\", lps[\"paid\"].sum())\n"
                )
            ])
        ),
        (
            2914,
            ops(writes: [
                (
                    Fresh28.lpScriptPath,
                    "#!/usr/bin/env python3\nfrom decimal import Decimal\n\nn = 0\ntotal = Decimal(\"0\")\nwith open(\"memory/vinyl/collection.csv\", encoding=\"utf-8\") as f:\n    next(f)\n    for line in f:\n        parts = line.strip().split(\",\")\n        if len(parts) == 5 and parts[3] == \"LP\":\n            n += 1\n            total += Decimal(parts[4])\nprint(f\"{n} LPs, £{total} paid\")\n"
                )
            ])
        ),
        (
            2914,
            ops(writes: [
                (
                    Fresh28.lpScriptPath,
                    "import csv\n\n\ndef main():\n    with open(\"memory/vinyl/collection.csv\") as f:\n        prices = [float(r[\"paid\"]) for r in csv.DictReader(f) if r[\"format\"].upper() == 'LP']\n    print(\"number of LPs:\", len(prices))\n    print(\"total paid:\", round(sum(prices), 2))\n\n\nmain()\n"
                )
            ])
        ),
    ]

    /// Wrong or partial results that the twenty-eighth fresh part's checks must refuse, at least six per intention.
    static let fresh28NearMisses: [(Int, String)] = [
        (2901, ops(writes: [(Fresh28.loco, Fresh28.locoRecord.replacingOccurrences(of: "North Eastern", with: "Hadrian"))])),
        (2901, ops(writes: [(Fresh28.loco, Fresh28.locoRecord.replacingOccurrences(of: "dcc_address = 401", with: "dcc_address = 404"))])),
        (2901, ops(writes: [(Fresh28.loco, Fresh28.locoRecord.replacingOccurrences(of: "class = 47", with: "class = 37"))])),
        (2901, ops(writes: [(Fresh28.loco, Fresh28.locoRecord.replacingOccurrences(of: "BR blue", with: "Railfreight grey"))])),
        (2901, ops(writes: [("memory/model-railway/sold/47-401.toml", Fresh28.locoRecord)])),
        (2901, ops(writes: [("memory/model-railway/locos/37-025.toml", Fresh28.locoRecord)])),
        (2901, ops(writes: [(Fresh28.loco, "```toml\n" + Fresh28.locoRecord + "```\n")])),
        (2901, ops(writes: [(Fresh28.loco, Fresh28.locoRecord.replacingOccurrences(of: "[loco]\n", with: ""))])),
        (2901, ops(writes: [(Fresh28.loco, Fresh28.locoRecord.replacingOccurrences(of: "livery = \"BR blue\"\n", with: ""))])),
        (
            2901,
            ops(writes: [
                (
                    Fresh28.loco,
                    "{\"number\": \"47401\", \"name\": \"North Eastern\", \"class\": 47, \"livery\": \"BR blue\", \"dcc_address\": 401}\n"
                )
            ])
        ),
        (
            2901,
            ops(writes: [
                (Fresh28.loco, Fresh28.locoRecord),
                ("memory/model-railway/wishlist.md", "# Wishlist\n- a pair of class 20s\n"),
            ])
        ),
        (2901, ops(writes: [(Fresh28.loco, Fresh28.locoRecord.replacingOccurrences(of: "47401", with: "47410"))])),
        (2901, ops(writes: [(Fresh28.loco, Fresh28.locoRecord + "year = 2028\n")])),
        (
            2902,
            ops(writes: [
                (
                    Fresh28.sessions,
                    Fresh28.sessionsText(thursdayCourt: "3").replacingOccurrences(
                        of: "court = 3\n\n[[session]]\nday = \"Thursday\"", with: "court = 2\n\n[[session]]\nday = \"Thursday\"")
                )
            ])
        ),
        (2902, ops(writes: [(Fresh28.sessions, Fresh28.sessionsText(thursdayCourt: "2").replacingOccurrences(of: "court = 3", with: "court = 2"))])),
        (
            2902,
            ops(writes: [
                (Fresh28.sessions, Fresh28.sessionsText(thursdayCourt: "2").replacingOccurrences(of: "time = \"20:00\"", with: "time = \"19:00\""))
            ])
        ),
        (
            2902,
            ops(writes: [
                (
                    "memory/badminton/sessions-autumn-2027.toml",
                    "[[session]]\nday = \"Tuesday\"\ntime = \"19:00\"\ncourt = 3\n\n[[session]]\nday = \"Thursday\"\ntime = \"20:00\"\ncourt = 2\n"
                )
            ])
        ),
        (
            2902,
            ops(writes: [
                (
                    Fresh28.sessions,
                    Fresh28.sessionsText(thursdayCourt: "3").replacingOccurrences(
                        of: "[[session]]\nday = \"Thursday\"\ntime = \"20:00\"\ncourt = 3\n\n", with: "")
                )
            ])
        ),
        (2902, ops(writes: [(Fresh28.sessions, Fresh28.sessionsText(thursdayCourt: "12"))])),
        (2902, ops(writes: [(Fresh28.sessions, "```toml\n" + Fresh28.sessionsText(thursdayCourt: "2") + "```\n")])),
        (
            2902,
            ops(writes: [
                (
                    Fresh28.sessions,
                    Fresh28.sessionsText(thursdayCourt: "3") + "\n[[session]]\nday = \"Thursday\"\ntime = \"20:00\"\ncourt = 2\n"
                )
            ])
        ),
        (2902, ops(writes: [(Fresh28.sessions, Fresh28.sessionsText(thursdayCourt: "3"))])),
        (
            2902,
            ops(writes: [
                (Fresh28.sessions, Fresh28.sessionsText(thursdayCourt: "2")),
                ("memory/badminton/members.csv", "name,paid\nLiam,yes\nNadia,yes\nOwen,no\nThursday: court 2\n"),
            ])
        ),
        (
            2903,
            ops(writes: [
                (
                    "memory/radio/logbook-2027.txt",
                    Fresh28.radio["memory/radio/logbook-2027.txt"]! + "2028-04-09 20:15 UTC  EI7XY   7.155 MHz   SSB  59/58\n"
                )
            ])
        ),
        (
            2903,
            ops(writes: [(Fresh28.logbook, "2028-04-09 20:15 UTC  EI7XY   7.155 MHz   SSB  59/58\n" + Fresh28.radio[Fresh28.logbook]!)])
        ),
        (2903, ops(writes: [(Fresh28.logbook, Fresh28.radio[Fresh28.logbook]! + "2028-04-09 20:15 UTC  EI7XY   7.515 MHz   SSB  59/58\n")])),
        (2903, ops(writes: [(Fresh28.logbook, Fresh28.radio[Fresh28.logbook]! + "2028-04-09 20:15 UTC  EI7YX   7.155 MHz   SSB  59/58\n")])),
        (2903, ops(writes: [(Fresh28.logbook, Fresh28.radio[Fresh28.logbook]! + "2028-04-09 20:15 UTC  EI7XY   7.155 MHz   SSB  58/59\n")])),
        (2903, ops(writes: [(Fresh28.logbook, Fresh28.radio[Fresh28.logbook]! + "2028-04-19 20:15 UTC  EI7XY   7.155 MHz   SSB  59/58\n")])),
        (2903, ops(writes: [(Fresh28.logbook, Fresh28.radio[Fresh28.logbook]! + "2028-04-09 UTC  EI7XY   7.155 MHz   SSB  59/58\n")])),
        (2903, ops(writes: [(Fresh28.logbook, "2028-04-09 20:15 UTC  EI7XY   7.155 MHz   SSB  59/58\n")])),
        (
            2903,
            ops(writes: [
                (
                    Fresh28.logbook,
                    Fresh28.radio[Fresh28.logbook]! + "2028-04-09 20:15 UTC  EI7XY   7.155 MHz   SSB  59/58\n"
                        + "2028-04-09 20:15 UTC  EI7XY   7.155 MHz   SSB  59/58\n"
                )
            ])
        ),
        (
            2903,
            ops(writes: [(Fresh28.logbook, "```\n" + Fresh28.radio[Fresh28.logbook]! + "2028-04-09 20:15 UTC  EI7XY   7.155 MHz   SSB  59/58\n```\n")]
            )
        ),
        (2903, ops(writes: [(Fresh28.logbook, Fresh28.radio[Fresh28.logbook]! + "2028-04-09 20:15 UTC  EI7XY   7.155 MHz   CW  59/58\n")])),
        (
            2903,
            ops(writes: [
                (Fresh28.logbook, Fresh28.radio[Fresh28.logbook]! + "2028-04-09 20:15 UTC  EI7XY   7.155 MHz   SSB  59/58\n"),
                ("memory/radio/station.md", "# Station\nCallsign M0TLW, 100 W into a dipole\nLast contact: EI7XY\n"),
            ])
        ),
        (2904, ops(#"{"op":"move","from":"memory/family-tree/census/scan-0013.txt","to":"memory/family-tree/census/1911-census-hargreaves.txt"}"#)),
        (2904, ops(#"{"op":"move","from":"memory/family-tree/census/scan-0032.txt","to":"memory/family-tree/census/1911-census-hargreaves.txt"}"#)),
        (2904, ops(writes: [(Fresh28.renamedScan, Fresh28.census[Fresh28.scan]!)])),
        (2904, ops(#"{"op":"move","from":"memory/family-tree/census/scan-0031.txt","to":"memory/family-tree/1911-census-hargreaves.txt"}"#)),
        (2904, ops(#"{"op":"move","from":"memory/family-tree/census/scan-0031.txt","to":"memory/family-tree/census/1911-census-hargreaves.md"}"#)),
        (2904, ops(#"{"op":"move","from":"memory/family-tree/census/scan-0031.txt","to":"memory/family-tree/census/hargreaves-1911-census.txt"}"#)),
        (
            2904,
            ops(
                writes: [(Fresh28.renamedScan, Fresh28.census[Fresh28.scan]!.replacingOccurrences(of: "head, 42", with: "head, 24"))],
                #"{"op":"delete","path":"memory/family-tree/census/scan-0031.txt"}"#)
        ),
        (2904, ops(#"{"op":"delete","path":"memory/family-tree/census/scan-0031.txt"}"#)),
        (
            2904,
            ops(
                #"{"op":"move","from":"memory/family-tree/census/scan-0031.txt","to":"memory/family-tree/census/1911-census-hargreaves.txt"}"#,
                #"{"op":"move","from":"memory/family-tree/census/scan-0032.txt","to":"memory/family-tree/census/1911-census-whitehead.txt"}"#)
        ),
        (
            2905,
            ops(
                #"{"op":"move","from":"memory/kayak-club/reports/drafts/2028-06-17-river-wye.md","to":"memory/kayak-club/reports/published/2028/2028-06-17-river-wye.md"}"#
            )
        ),
        (
            2905,
            ops(
                #"{"op":"move","from":"memory/kayak-club/reports/drafts/2028-05-20-river-wye.md","to":"memory/kayak-club/reports/published/2027/2028-05-20-river-wye.md"}"#
            )
        ),
        (
            2905,
            ops(
                #"{"op":"move","from":"memory/kayak-club/reports/drafts/2028-05-20-river-wye.md","to":"memory/kayak-club/reports/published/2028-05-20-river-wye.md"}"#
            )
        ),
        (2905, ops(writes: [(Fresh28.published, Fresh28.kayak[Fresh28.report]!)])),
        (
            2905,
            ops(
                #"{"op":"move","from":"memory/kayak-club/reports/drafts/2028-05-20-river-wye.md","to":"memory/kayak-club/reports/published/2028/2028-05-20-river-wye.md"}"#,
                #"{"op":"move","from":"memory/kayak-club/reports/drafts/2028-06-17-river-wye.md","to":"memory/kayak-club/reports/published/2028/2028-06-17-river-wye.md"}"#
            )
        ),
        (
            2905,
            ops(
                #"{"op":"move","from":"memory/kayak-club/reports/drafts/2028-05-20-river-wye.md","to":"memory/kayak-club/reports/published/2028/river-wye.md"}"#
            )
        ),
        (
            2905,
            ops(
                writes: [(Fresh28.published, Fresh28.kayak[Fresh28.report]!.replacingOccurrences(of: "8 paddlers", with: "6 paddlers"))],
                #"{"op":"delete","path":"memory/kayak-club/reports/drafts/2028-05-20-river-wye.md"}"#)
        ),
        (2905, ops(#"{"op":"delete","path":"memory/kayak-club/reports/drafts/2028-05-20-river-wye.md"}"#)),
        (
            2905,
            ops(
                #"{"op":"move","from":"memory/kayak-club/reports/drafts/2028-05-20-river-wye.md","to":"memory/kayak-club/reports/published/2028/drafts/2028-05-20-river-wye.md"}"#
            )
        ),
        (2906, ops(writes: Array(Fresh28.newPrice().prefix(2)))),
        (2906, ops(writes: Fresh28.newPrice().map { ($0.0, $0.1.replacingOccurrences(of: "8", with: "10")) })),
        (
            2906,
            ops(
                writes: Fresh28.newPrice() + [
                    (
                        "memory/am-dram/show-2027.yaml",
                        Fresh28.theatre["memory/am-dram/show-2027.yaml"]!.replacingOccurrences(of: "adult: 12", with: "adult: 14")
                    )
                ])
        ),
        (
            2906,
            ops(
                writes: Fresh28.newPrice() + [
                    ("memory/am-dram/workshops.md", Fresh28.theatre["memory/am-dram/workshops.md"]!.replacingOccurrences(of: "£12", with: "£14"))
                ])
        ),
        (2906, ops(writes: Fresh28.newPrice("41"))),
        (2906, ops(writes: Fresh28.newPrice().map { $0.0 == Fresh28.showFile ? ($0.0, "```yaml\n" + $0.1 + "```\n") : $0 })),
        (
            2906,
            ops(
                writes: Fresh28.newPrice().map {
                    $0.0 == Fresh28.showFile ? ($0.0, $0.1.replacingOccurrences(of: "  concession: 8\n", with: "")) : $0
                })
        ),
        (
            2906,
            ops(
                writes: Fresh28.newPrice().map {
                    $0.0 == "memory/am-dram/poster.txt" ? ($0.0, Fresh28.theatre[$0.0]!) : $0
                })
        ),
        (
            2906,
            ops(
                writes: Fresh28.newPrice().map {
                    $0.0 == Fresh28.showFile ? ($0.0, $0.1.replacingOccurrences(of: "\n  ", with: "\n")) : $0
                })
        ),
        (
            2906,
            ops(
                writes: Fresh28.newPrice().map {
                    $0.0 == "memory/am-dram/box-office.md" ? ($0.0, $0.1.replacingOccurrences(of: "- Cash or card on the door\n", with: "")) : $0
                })
        ),
        (2907, ops(writes: [(Fresh28.courseCopy, Fresh28.orienteering["memory/orienteering/courses/blue-course-2027.gpx"]!)])),
        (2907, ops(writes: [(Fresh28.courseCopy, Fresh28.orienteering["memory/orienteering/courses/green-course.gpx"]!)])),
        (
            2907,
            ops(#"{"op":"move","from":"memory/orienteering/courses/blue-course.gpx","to":"memory/orienteering/events/2028-04-16-hebden/blue.gpx"}"#)
        ),
        (2907, ops(writes: [("memory/orienteering/events/2028-04-16-hebden/blue-course.gpx", Fresh28.orienteering[Fresh28.course]!)])),
        (2907, ops(writes: [("memory/orienteering/events/blue.gpx", Fresh28.orienteering[Fresh28.course]!)])),
        (
            2907,
            ops(writes: [
                (Fresh28.courseCopy, Fresh28.orienteering[Fresh28.course]!),
                ("memory/orienteering/events/2028-04-16-hebden/entries.csv", "name,course,file\nRuth,blue,blue.gpx\nOmar,green,\n"),
            ])
        ),
        (2907, ops(writes: [(Fresh28.courseCopy, Fresh28.orienteering[Fresh28.course]!.replacingOccurrences(of: "53.7473", with: "53.7437"))])),
        (2907, ops(writes: [(Fresh28.courseCopy, "```xml\n" + Fresh28.orienteering[Fresh28.course]! + "```\n")])),
        (
            2907,
            ops(writes: [
                (
                    Fresh28.courseCopy,
                    "name,lat,lon\nStart,53.7421,-2.0148\nControl 1,53.7450,-2.0102\nControl 2,53.7473,-2.0066\nControl 3,53.7459,-2.0019\nFinish,53.7436,-2.0031\n"
                )
            ])
        ),
        (
            2907,
            ops(writes: [
                (
                    Fresh28.courseCopy,
                    Fresh28.orienteering[Fresh28.course]!.replacingOccurrences(
                        of: "  <wpt lat=\"53.7459\" lon=\"-2.0019\"><name>Control 3</name></wpt>\n", with: "")
                )
            ])
        ),
        (2908, ops(#"{"op":"delete","path":"memory/photo-book/order.json"}"#)),
        (2908, ops(#"{"op":"delete","path":"memory/photo-book/order.json"}"#, #"{"op":"delete","path":"memory/photo-book/order copy.json"}"#)),
        (2908, ops(writes: [(Fresh28.duplicate, "")])),
        (2908, ops(#"{"op":"move","from":"memory/photo-book/order copy.json","to":"memory/photo-book/trash/order copy.json"}"#)),
        (2908, ops(#"{"op":"delete","path":"memory/photo-book/order-2027.json"}"#)),
        (
            2908,
            ops(
                writes: [("memory/photo-book/layout.md", "# Layout\n- pages 1-4: Ambleside\n- pages 5-12: Helvellyn\n- duplicate order deleted\n")],
                #"{"op":"delete","path":"memory/photo-book/order copy.json"}"#)
        ),
        (2908, ops(#"{"op":"move","from":"memory/photo-book/order copy.json","to":"memory/photo-book/order-copy.json"}"#)),
        (
            2909,
            ops(writes: [
                (
                    Fresh28.summaryPath,
                    "Subs stay at £40. Sophie Ames was re-elected captain. Training stays at Hillside School all summer.\n"
                )
            ])
        ),
        (2909, ops(writes: [(Fresh28.summaryPath, Fresh28.agmSummary.replacingOccurrences(of: "£45", with: "£54"))])),
        (
            2909,
            ops(writes: [
                (
                    Fresh28.summaryPath,
                    "Annual subs go up from £40 to £45 from 1 September 2028. While the Hillside School courts are resurfaced, summer training moves to Parkway Leisure Centre until 31 August.\n"
                )
            ])
        ),
        (
            2909,
            ops(writes: [
                (
                    Fresh28.summaryPath,
                    "Annual subs go up from £40 to £45 from 1 September 2028. Maureen Giles is the new captain, taking over from Sophie Ames.\n"
                )
            ])
        ),
        (2909, ops(writes: [(Fresh28.summaryPath, Fresh28.netball["memory/netball-club/minutes/2028-06-12-agm.md"]!)])),
        (
            2909,
            ops(writes: [
                (
                    Fresh28.summaryPath,
                    "The AGM was on 12 June 2028 with 23 members. The club is £310 in credit. Subs rise from £40 to £45. Maureen Giles is captain. Training moves to Parkway Leisure Centre. The social is on 1 July.\n"
                )
            ])
        ),
        (2909, ops(writes: [(Fresh28.summaryPath, Fresh28.agmSummary + "New bibs were bought for £120.\n")])),
        (2909, ops(writes: [("memory/netball-club/agm-summary.md", Fresh28.agmSummary)])),
        (2909, ops(writes: [(Fresh28.summaryPath, "```\n" + Fresh28.agmSummary + "```\n")])),
        (2909, ops(writes: [(Fresh28.summaryPath, Fresh28.agmSummary.replacingOccurrences(of: "1 September 2028", with: "1 September 2027"))])),
        (2909, ops(writes: [(Fresh28.summaryPath, Fresh28.agmSummary.replacingOccurrences(of: "31 August", with: "31 July"))])),
        (2910, ops(writes: [(Fresh28.sendsPath, Fresh28.sendList + "- The Overhang (6B)\n")])),
        (2910, ops(writes: [(Fresh28.sendsPath, Fresh28.sendList + "- Crimp City (6A+)\n")])),
        (2910, ops(writes: [(Fresh28.sendsPath, Fresh28.sendList.replacingOccurrences(of: "- Sloper Soup (6C)\n", with: ""))])),
        (2910, ops(writes: [(Fresh28.sendsPath, "- Blue Arete (6B+)\n- Pinch Me (6B)\n- Sloper Soup (6C)\n")])),
        (2910, ops(writes: [(Fresh28.sendsPath, "- Blue Arete\n- Pinch Me\n- Sloper Soup\n")])),
        (2910, ops(writes: [(Fresh28.sendsPath, "I sent Blue Arete (6B), Pinch Me (6B+) and Sloper Soup (6C).\n")])),
        (2910, ops(writes: [("memory/bouldering/hard-sends.md", Fresh28.sendList)])),
        (2910, ops(writes: [(Fresh28.sendsPath, "```\n" + Fresh28.sendList + "```\n")])),
        (2910, ops(writes: [(Fresh28.sendsPath, Fresh28.sendList + "- Roof Dog (6C)\n")])),
        (2910, ops(writes: [(Fresh28.sendsPath, Fresh28.sendList + "- Big Roof (7A)\n")])),
        (2910, ops(writes: [(Fresh28.sendsPath, Fresh28.sendList + "- Blue Arete (6B)\n")])),
        (2911, ops(writes: [(Fresh28.albumsPath, Fresh28.albumList + "- great-britain-1840-1900.csv.bak\n")])),
        (2911, ops(writes: [(Fresh28.albumsPath, Fresh28.albumList + "- README.md\n")])),
        (2911, ops(writes: [(Fresh28.albumsPath, Fresh28.albumList + "- scans/penny-black.txt\n")])),
        (2911, ops(writes: [(Fresh28.albumsPath, Fresh28.albumList.replacingOccurrences(of: "- commonwealth.csv\n", with: ""))])),
        (
            2911,
            ops(writes: [
                (Fresh28.albumsPath, "great-britain-1840-1900.csv, great-britain-1901-1950.csv, commonwealth.csv\n")
            ])
        ),
        (2911, ops(writes: [(Fresh28.albumsPath, "```\n" + Fresh28.albumList + "```\n")])),
        (2911, ops(writes: [("memory/stamps/albums/stamp-albums.md", Fresh28.albumList)])),
        (2911, ops(writes: [(Fresh28.albumsPath, Fresh28.albumList + "- wantlist.csv\n")])),
        (2911, ops(writes: [(Fresh28.albumsPath, Fresh28.albumList + "- commonwealth.csv\n")])),
        (2911, ops(writes: [(Fresh28.albumsPath, Fresh28.albumList + "Also: penny-black scan\n")])),
        (2912, ops(writes: [(Fresh28.towersPath, Fresh28.towersCSV + "\"St Giles, Coxley\",5,Monday\n")])),
        (2912, ops(writes: [(Fresh28.towersPath, Fresh28.towersCSV.replacingOccurrences(of: "\"", with: ""))])),
        (2912, ops(writes: [(Fresh28.towersPath, Fresh28.towersCSV.replacingOccurrences(of: "Dunmere\",10", with: "Dunmere\",8"))])),
        (
            2912,
            ops(writes: [
                (
                    Fresh28.towersPath,
                    "tower,bells\n\"St Andrew, Ashby\",8\n\"All Saints, Brampton\",6\n\"Holy Trinity, Dunmere\",10\n\"St Peter, Elsworth\",6\n"
                )
            ])
        ),
        (
            2912,
            ops(writes: [
                (
                    Fresh28.towersPath,
                    "[{\"tower\": \"St Andrew, Ashby\", \"bells\": 8, \"practice\": \"Tuesday\"}, {\"tower\": \"All Saints, Brampton\", \"bells\": 6, \"practice\": \"Thursday\"}, {\"tower\": \"Holy Trinity, Dunmere\", \"bells\": 10, \"practice\": \"Wednesday\"}, {\"tower\": \"St Peter, Elsworth\", \"bells\": 6, \"practice\": \"Friday\"}]\n"
                )
            ])
        ),
        (
            2912,
            ops(writes: [
                (
                    Fresh28.towersPath,
                    "| Tower | Bells | Practice night |\n|---|---|---|\n| St Andrew, Ashby | 8 | Tuesday |\n| All Saints, Brampton | 6 | Thursday |\n| Holy Trinity, Dunmere | 10 | Wednesday |\n| St Peter, Elsworth | 6 | Friday |\n"
                )
            ])
        ),
        (2912, ops(writes: [(Fresh28.towersPath, "```csv\n" + Fresh28.towersCSV + "```\n")])),
        (2912, ops(writes: [("outputs/towers.yaml", Fresh28.towersCSV)])),
        (2912, ops(writes: [(Fresh28.towersPath, Fresh28.towersCSV.replacingOccurrences(of: "\"St Peter, Elsworth\",6,Friday\n", with: ""))])),
        (
            2912,
            ops(writes: [
                (
                    Fresh28.towersPath,
                    Fresh28.towersCSV.replacingOccurrences(of: "8,Tuesday", with: "8,Thursday").replacingOccurrences(
                        of: "6,Thursday", with: "6,Tuesday")
                )
            ])
        ),
        (2912, ops(writes: [(Fresh28.towersPath, Fresh28.towersCSV.replacingOccurrences(of: "tower,bells,practice_night\n", with: ""))])),
        (
            2913,
            ops(writes: [
                (
                    Fresh28.renewSkillPath,
                    "# Library renewals\nRead memory/library/loans.csv, pick the loans due within the next 7 days, leave out any already renewed 3 times, and write them to outputs/renew-these.md.\n"
                )
            ])
        ),
        (
            2913,
            ops(writes: [
                (Fresh28.renewSkillPath, Fresh28.renewSkill.replacingOccurrences(of: "name: library-renewals", with: "name: Library Renewals"))
            ])
        ),
        (
            2913,
            ops(writes: [
                (
                    Fresh28.renewSkillPath,
                    Fresh28.renewSkill.replacingOccurrences(of: "Pick the loans due within the next 7 days.\n", with: "Pick the loans.\n")
                )
            ])
        ),
        (
            2913,
            ops(writes: [
                (
                    Fresh28.renewSkillPath,
                    Fresh28.renewSkill.replacingOccurrences(
                        of: "Leave out any loan already renewed 3 times: that is the library's limit.\n", with: "")
                )
            ])
        ),
        (
            2913,
            ops(writes: [
                (Fresh28.renewSkillPath, Fresh28.renewSkill.replacingOccurrences(of: "outputs/renew-these.md", with: "outputs/renewals.md"))
            ])
        ),
        (
            2913,
            ops(writes: [
                (
                    "skills/reading-log/SKILL.md",
                    Fresh28.library["skills/reading-log/SKILL.md"]!
                        + "\n## Renewals\nRead memory/library/loans.csv and write the loans due within the next 7 days, not those already renewed 3 times, to outputs/renew-these.md.\n"
                )
            ])
        ),
        (2913, ops(writes: [(Fresh28.renewSkillPath, "```markdown\n" + Fresh28.renewSkill + "```\n")])),
        (
            2913,
            ops(writes: [
                (Fresh28.renewSkillPath, Fresh28.renewSkill.replacingOccurrences(of: "memory/library/loans.csv", with: "the loans list"))
            ])
        ),
        (2913, ops(writes: [("skills/library-renewals.md", Fresh28.renewSkill)])),
        (
            2913,
            ops(writes: [
                (
                    Fresh28.renewSkillPath,
                    Fresh28.renewSkill.replacingOccurrences(of: "description: List the library loans to renew this week.\n", with: "")
                )
            ])
        ),
        (
            2913,
            ops(writes: [
                (Fresh28.renewSkillPath, Fresh28.renewSkill),
                ("memory/library/loans.csv", "title,due,renewals\nThe Overstory,2028-03-14,2\nSapiens,2028-03-20,3\nThe Salt Path,2028-04-02,0\n"),
            ])
        ),
        (
            2914,
            ops(writes: [
                (Fresh28.lpScriptPath, Fresh28.lpScript.replacingOccurrences(of: "collection.csv", with: "wantlist.csv"))
            ])
        ),
        (
            2914,
            ops(writes: [
                (
                    Fresh28.lpScriptPath,
                    Fresh28.lpScript.replacingOccurrences(
                        of: "        if row[\"format\"] == \"LP\":\n            count += 1\n            total += float(row[\"paid\"])\n",
                        with: "        count += 1\n        total += float(row[\"paid\"])\n")
                )
            ])
        ),
        (
            2914,
            ops(writes: [
                (Fresh28.lpScriptPath, Fresh28.lpScript.replacingOccurrences(of: "total += float(row[\"paid\"])", with: "total += row[\"paid\"]"))
            ])
        ),
        (
            2914,
            ops(writes: [
                (
                    Fresh28.lpScriptPath,
                    Fresh28.lpScript + "with open(\"memory/vinyl/collection.csv\", \"a\") as f:\n    f.write(f\"# {count} LPs, {total}\\n\")\n"
                )
            ])
        ),
        (
            2914,
            ops(writes: [
                (Fresh28.lpScriptPath, Fresh28.lpScript.replacingOccurrences(of: "print(f\"LPs: {count}\")\n", with: ""))
            ])
        ),
        (2914, ops(writes: [(Fresh28.lpScriptPath, "```python\n" + Fresh28.lpScript + "```\n")])),
        (
            2914,
            ops(writes: [
                (
                    Fresh28.lpScriptPath,
                    "#!/bin/bash\ngrep -c ',LP,' memory/vinyl/collection.csv\nawk -F, '$4 == \"LP\" {s += $5} END {print s}' memory/vinyl/collection.csv\n"
                )
            ])
        ),
        (
            2914,
            ops(writes: [
                (
                    Fresh28.lpScriptPath,
                    Fresh28.lpScript.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "# \($0)" }.joined(
                        separator: "\n")
                )
            ])
        ),
        (2914, ops(writes: [("outputs/lp-total.py", Fresh28.lpScript)])),
        (
            2914,
            ops(writes: [
                (
                    Fresh28.lpScriptPath,
                    Fresh28.lpScript.replacingOccurrences(
                        of: "with open(\"memory/vinyl/collection.csv\", newline=\"\") as f:",
                        with: "with open(\"memory/vinyl/collection.csv\", newline=\"\") as f, open(\"memory/vinyl/sold.csv\") as s:")
                )
            ])
        ),
    ]
}

/// The twenty-eighth fresh part's fixtures and the helpers its checks share.
private enum Fresh28 {
    static let loco = "memory/model-railway/locos/47-401.toml"
    static let railway: [String: String] = [
        "memory/model-railway/locos/37-025.toml":
            "[loco]\nnumber = \"37025\"\nname = \"Inverness TMD\"\nclass = 37\nlivery = \"BR large logo blue\"\ndcc_address = 25\n",
        "memory/model-railway/sold/47-404.toml":
            "[loco]\nnumber = \"47404\"\nname = \"Hadrian\"\nclass = 47\nlivery = \"Railfreight grey\"\ndcc_address = 404\n",
        "memory/model-railway/wishlist.md": "# Wishlist\n- a class 47 in two-tone green\n- a pair of class 20s\n",
    ]
    static let locoRecord = "[loco]\nnumber = \"47401\"\nname = \"North Eastern\"\nclass = 47\nlivery = \"BR blue\"\ndcc_address = 401\n"

    /// Whether `text` is 47401's TOML file: a table header first (comment lines aside), then key =
    /// value (or key: value) lines, one each for the number 47401, the name North Eastern, the class
    /// 47, the livery BR blue and the DCC address 401 (quoted or bare values, capitalised keys,
    /// another key order, comments and other keys without numbers pass), and nothing of the sold
    /// loco's, the other loco's or the wishlist's.
    static func isLoco(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t),
            !Judge.has(t, #"hadrian|404|railfreight|grey|37025|37-025|inverness|large logo|two-tone|green|\b25\b"#)
        else { return false }
        let all = Judge.lines(t).map { $0.lowercased() }.filter { !$0.hasPrefix("#") }
        guard let first = all.first, Judge.has(first, #"^\[\[?[^\]]+\]\]?$"#) else { return false }
        let pairs = all.dropFirst().map {
            $0.replacingOccurrences(of: #"\s+#.*$"#, with: "", options: .regularExpression).replacingOccurrences(of: "\"", with: "")
                .replacingOccurrences(of: "'", with: "")
        }
        guard pairs.allSatisfy({ Judge.has($0, #"^[a-z][a-z0-9_ .-]*\s*[=:]"#) }) else { return false }
        let facts: [(String) -> Bool] = [
            { Judge.has($0, #"^[a-z _-]*(number|no|num|id)\s*[=:]\s*47\s?401$"#) && !Judge.has($0, #"dcc|address"#) },
            { Judge.has($0, #"^[a-z _-]*name\s*[=:]\s*north eastern$"#) },
            { Judge.has($0, #"^class\s*[=:]\s*(class\s*)?47$"#) },
            { Judge.has($0, #"^(livery|colou?rs?|paint)\s*[=:]\s*br blue$"#) },
            { Judge.has($0, #"^[a-z _-]*(dcc|address)[a-z _-]*\s*[=:]\s*0*401$"#) },
        ]
        let at = facts.map { fact in pairs.indices.filter { fact(pairs[$0]) } }
        let numbers = pairs.flatMap { Judge.found($0.replacingOccurrences(of: "47 401", with: "47401"), #"(\d+)"#) }
        return at.allSatisfy { $0.count == 1 } && Set(at.map { $0[0] }).count == facts.count
            && numbers.allSatisfy { ["47401", "47", "401"].contains($0) }
    }

    static let sessions = "memory/badminton/sessions-spring-2028.toml"
    /// The spring sessions with `thursdayCourt` as Thursday's court.
    static func sessionsText(thursdayCourt: String) -> String {
        "# Riverside Badminton Club, spring 2028\n[[session]]\nday = \"Tuesday\"\ntime = \"19:00\"\ncourt = 3\n\n[[session]]\nday = \"Thursday\"\ntime = \"20:00\"\ncourt = \(thursdayCourt)\n\n[[session]]\nday = \"Saturday\"\ntime = \"10:00\"\ncourt = 1\n"
    }
    static let badminton: [String: String] = [
        sessions: sessionsText(thursdayCourt: "3"),
        "memory/badminton/sessions-autumn-2027.toml":
            "[[session]]\nday = \"Tuesday\"\ntime = \"19:00\"\ncourt = 3\n\n[[session]]\nday = \"Thursday\"\ntime = \"20:00\"\ncourt = 3\n",
        "memory/badminton/members.csv": "name,paid\nLiam,yes\nNadia,yes\nOwen,no\n",
    ]

    /// The lines of a TOML text without trailing comments, quotes and spaces, lowercased; blank
    /// lines left out.
    static func tomlLines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { raw in
            let l = String(raw).replacingOccurrences(of: #"\s+#.*$"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: "\"", with: "").replacingOccurrences(of: "'", with: "")
                .replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\t", with: "").lowercased()
            return l.isEmpty ? nil : l
        }
    }

    /// Whether `text` is the spring sessions with only Thursday's court made 2 (quotes, spacing,
    /// indentation and a trailing comment pass), every other line as it was.
    static func isSessions(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        return tomlLines(t) == tomlLines(sessionsText(thursdayCourt: "2"))
    }

    static let logbook = "memory/radio/logbook-2028.txt"
    static let radio: [String: String] = [
        logbook:
            "2028-04-02 19:42 UTC  G3ABC   14.205 MHz  SSB  59/57\n2028-04-04 07:10 UTC  DL2KQ   7.025 MHz   CW   599/579\n2028-04-06 21:05 UTC  F5NRT   3.760 MHz   SSB  57/55\n",
        "memory/radio/logbook-2027.txt": "2027-12-30 18:20 UTC  EI7XY   7.160 MHz   SSB  57/57\n",
        "memory/radio/contest-2028-03.txt": "# March contest\n2028-03-18 14:02 UTC  ON4AB  21.250 MHz  SSB  59/59 001\n",
        "memory/radio/station.md": "# Station\nCallsign M0TLW, 100 W into a dipole\n",
    ]

    /// Whether `text` is the 2028 logbook as it was with one more line at the end: opening with 9
    /// April 2028 (any date format), 20:15, EI7XY, 7.155 MHz, SSB and the reports 59 sent, 58
    /// received, and no other date or number.
    static func isLogbook(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(radio[logbook])
        let got = Judge.lines(t)
        guard got.count == want.count + 1, Array(got.prefix(want.count)) == want, let last = got.last?.lowercased() else { return false }
        let numbers = Judge.found(last.replacingOccurrences(of: "ei7xy", with: " "), #"(\d+)"#)
        return Judge.has(last, #"^(\d|apr)"#) && Judge.hasDate(last, day: 9, month: 4) && Judge.days(last, month: 4) == [9]
            && [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12].allSatisfy { Judge.days(last, month: $0).isEmpty } && Judge.has(last, #"\b20:15\b"#)
            && Judge.has(last, #"\bei7xy\b"#) && Judge.has(last, #"\b7\.155\b"#) && Judge.has(last, #"\bssb\b"#)
            && Judge.has(last, #"\b59\s*/\s*58\b"#)
            && numbers.allSatisfy { ["2028", "04", "4", "09", "9", "20", "15", "7", "155", "59", "58"].contains($0) }
    }

    static let scan = "memory/family-tree/census/scan-0031.txt"
    static let renamedScan = "memory/family-tree/census/1911-census-hargreaves.txt"
    static let census: [String: String] = [
        scan:
            "1911 census, 14 Mill Row, Todmorden\nJames Hargreaves, head, 42, cotton weaver\nAlice Hargreaves, wife, 39\nEdith Hargreaves, daughter, 12, school\n",
        "memory/family-tree/census/scan-0013.txt": "1891 census, Todmorden, page 7\nMostly illegible; no Hargreaves found\n",
        "memory/family-tree/census/scan-0032.txt": "1911 census, 16 Mill Row, Todmorden\nThomas Whitehead, head, 51, carter\n",
        "memory/family-tree/census/1901-census-hargreaves.txt": "1901 census, 3 Bank Street, Todmorden\nJames Hargreaves, son, 32, cotton weaver\n",
    ]

    static let report = "memory/kayak-club/reports/drafts/2028-05-20-river-wye.md"
    static let published = "memory/kayak-club/reports/published/2028/2028-05-20-river-wye.md"
    static let kayak: [String: String] = [
        report: "# River Wye, 20 May 2028\nGlasbury to Hay, 8 paddlers, water level 0.6 m\nOne swim at Hay bridge; nobody hurt\n",
        "memory/kayak-club/reports/drafts/2028-06-17-river-wye.md": "# River Wye, 17 June 2028 (planned)\nTo be written after the trip\n",
        "memory/kayak-club/reports/published/2028/2028-04-15-llangorse-lake.md": "# Llangorse Lake, 15 April 2028\nFlatwater session, 12 paddlers\n",
        "memory/kayak-club/reports/published/2027/2027-05-21-river-wye.md": "# River Wye, 21 May 2027\nGlasbury to Hay, 6 paddlers\n",
    ]

    static let showFile = "memory/am-dram/show-2028.yaml"
    static let priced = [showFile, "memory/am-dram/poster.txt", "memory/am-dram/box-office.md"]
    static let theatre: [String: String] = [
        showFile:
            "show: The Importance of Being Earnest\nvenue: St Mary's Hall\nnights: [2028-03-16, 2028-03-17, 2028-03-18]\ntickets:\n  adult: 12\n  concession: 8\n",
        "memory/am-dram/poster.txt":
            "THE IMPORTANCE OF BEING EARNEST\nSt Mary's Hall, 16 to 18 March 2028, 7.30 pm\nTickets £12, concessions £8\nBox office: 01632 960418\n",
        "memory/am-dram/box-office.md": "# Box office\n- Adult: £12\n- Concession: £8\n- Cash or card on the door\n",
        "memory/am-dram/show-2027.yaml": "show: Blithe Spirit\nvenue: St Mary's Hall\ntickets:\n  adult: 12\n  concession: 8\n",
        "memory/am-dram/workshops.md": "# Stage make-up workshop\nSaturday 24 February 2028, £12 a head\n",
    ]
    /// The three files with the adult price written `price` (in the YAML file, the number alone).
    static func newPrice(_ price: String = "14") -> [(String, String)] {
        [
            (showFile, theatre[showFile]!.replacingOccurrences(of: "adult: 12", with: "adult: \(price)")),
            ("memory/am-dram/poster.txt", theatre["memory/am-dram/poster.txt"]!.replacingOccurrences(of: "£12", with: "£\(price)")),
            ("memory/am-dram/box-office.md", theatre["memory/am-dram/box-office.md"]!.replacingOccurrences(of: "£12", with: "£\(price)")),
        ]
    }

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

    /// Whether `text` is the file at `path` with the adult price made £14 (in the YAML file 14,
    /// 14.00 or £14, quoted or not, a trailing comment passing; elsewhere £14 or £14.00),
    /// everything else as it was.
    static func hasNewPrice(_ text: String?, _ path: String) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let wanted = newPrice().first { $0.0 == path }!.1
        if path == showFile {
            let got = yamlLines(t).map {
                (
                    $0.indented,
                    $0.text.replacingOccurrences(of: #"^adult:\s*£?14(\.00?)?$"#, with: "adult: 14", options: .regularExpression)
                )
            }
            let want = yamlLines(wanted)
            return got.count == want.count && zip(got, want).allSatisfy { $0.0 == $1.indented && $0.1 == $1.text }
        }
        return Judge.lines(t.replacingOccurrences(of: "£14.00", with: "£14")) == Judge.lines(wanted)
    }

    static let course = "memory/orienteering/courses/blue-course.gpx"
    static let courseCopy = "memory/orienteering/events/2028-04-16-hebden/blue.gpx"
    static let orienteering: [String: String] = [
        course: """
        <?xml version="1.0" encoding="UTF-8"?>
        <gpx version="1.1" creator="course-planner">
          <metadata><name>Blue course, Hebden woods, 2028</name></metadata>
          <wpt lat="53.7421" lon="-2.0148"><name>Start</name></wpt>
          <wpt lat="53.7450" lon="-2.0102"><name>Control 1</name></wpt>
          <wpt lat="53.7473" lon="-2.0066"><name>Control 2</name></wpt>
          <wpt lat="53.7459" lon="-2.0019"><name>Control 3</name></wpt>
          <wpt lat="53.7436" lon="-2.0031"><name>Finish</name></wpt>
        </gpx>

        """,
        "memory/orienteering/courses/blue-course-2027.gpx": """
        <?xml version="1.0" encoding="UTF-8"?>
        <gpx version="1.1" creator="course-planner">
          <metadata><name>Blue course, Hebden woods, 2027</name></metadata>
          <wpt lat="53.7421" lon="-2.0148"><name>Start</name></wpt>
          <wpt lat="53.7488" lon="-2.0090"><name>Control 1</name></wpt>
          <wpt lat="53.7436" lon="-2.0031"><name>Finish</name></wpt>
        </gpx>

        """,
        "memory/orienteering/courses/green-course.gpx": """
        <?xml version="1.0" encoding="UTF-8"?>
        <gpx version="1.1" creator="course-planner">
          <metadata><name>Green course, Hebden woods, 2028</name></metadata>
          <wpt lat="53.7421" lon="-2.0148"><name>Start</name></wpt>
          <wpt lat="53.7430" lon="-2.0120"><name>Control 1</name></wpt>
          <wpt lat="53.7436" lon="-2.0031"><name>Finish</name></wpt>
        </gpx>

        """,
        "memory/orienteering/events/2028-04-16-hebden/entries.csv": "name,course\nRuth,blue\nOmar,green\n",
    ]

    static let duplicate = "memory/photo-book/order copy.json"
    static let photoBook: [String: String] = [
        "memory/photo-book/order.json":
            "{\"book\": \"Lake District 2027\", \"pages\": 40, \"size\": \"A4 landscape\", \"cover\": \"hardback\", \"price\": 54.99}\n",
        duplicate:
            "{\"book\": \"Lake District 2027\", \"pages\": 40, \"size\": \"A4 landscape\", \"cover\": \"hardback\", \"price\": 54.99}\n",
        "memory/photo-book/order-2027.json":
            "{\"book\": \"Cornwall 2026\", \"pages\": 32, \"size\": \"A4 portrait\", \"cover\": \"softback\", \"price\": 38.50}\n",
        "memory/photo-book/layout.md": "# Layout\n- pages 1-4: Ambleside\n- pages 5-12: Helvellyn\n",
    ]

    static let summaryPath = "outputs/agm-summary.md"
    static let netball: [String: String] = [
        "memory/netball-club/minutes/2028-06-12-agm.md": """
        # Hillside Netball Club AGM, 12 June 2028
        Present: 23 members. Apologies: 4.

        1. Treasurer's report: the club ended the season £310 in credit.
        2. Subscriptions: agreed to raise the annual subs from £40 to £45 from 1 September 2028, to cover the higher court hire.
        3. Elections: Maureen Giles was elected captain; Sophie Ames steps down after three years as captain. The rest of the committee stays.
        4. Courts: the outdoor courts at Hillside School are being resurfaced, so summer training moves to Parkway Leisure Centre until 31 August.
        5. Any other business: the end-of-season social is on 1 July at the Bell.

        """,
        "memory/netball-club/minutes/2027-06-14-agm.md":
            "# Hillside Netball Club AGM, 14 June 2027\n1. Subs stay at £40.\n2. Sophie Ames re-elected captain.\n3. New bibs bought for £120.\n4. Training stays at Hillside School all summer.\n",
        "memory/netball-club/fixtures.md": "# Fixtures\n- 20 September 2028: away at Oakfield\n",
    ]
    static let agmSummary =
        "Annual subs go up from £40 to £45 from 1 September 2028. Maureen Giles is the new captain, taking over from Sophie Ames. While the Hillside School courts are resurfaced, summer training moves to Parkway Leisure Centre until 31 August.\n"

    /// Whether `text` sums up the AGM minutes in three sentences (or three lines) at most, a title
    /// aside, seventy words at most: subs of £45 (the old £40 may be said), Maureen as captain and
    /// training at the leisure centre, with no other amount, date or year, and nothing of last year's
    /// minutes (a re-election, the bibs, training staying at the school).
    static func isAGMSummary(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        var all = Judge.lines(t)
        if all.count > 1, all[0].hasPrefix("#") || all[0].hasSuffix(":") { all.removeFirst() }
        let low = all.joined(separator: "\n").lowercased()
        let words = low.split(whereSeparator: { $0 == " " || $0 == "\n" }).filter { $0.contains { $0.isLetter || $0.isNumber } }.count
        guard (1...3).contains(all.count), words >= 8, words <= 70, Judge.found(low, #"[.!?](?=\s|$)"#).count <= 3 else { return false }
        let amounts = Set(Judge.amounts(low))
        guard amounts.contains(45), amounts.isSubset(of: [40, 45, 310]), !Judge.has(low, #"re-?elected|bibs|£\s*120\b|stays at hillside"#)
        else { return false }
        return Judge.has(low, #"\b(subs|subscriptions?|membership|fees?)\b"#) && Judge.has(low, #"\bmaureen\b"#)
            && Judge.has(low, #"\bcaptain"#) && Judge.has(low, #"leisure cent(re|er)|parkway"#)
            && Judge.days(low, month: 9).allSatisfy { $0 == 1 } && Judge.days(low, month: 8).allSatisfy { $0 == 31 }
            && Judge.days(low, month: 7).allSatisfy { $0 == 1 } && Judge.days(low, month: 6).allSatisfy { $0 == 12 }
            && [1, 2, 3, 4, 5, 10, 11, 12].allSatisfy { Judge.days(low, month: $0).isEmpty }
            && Judge.found(low, #"\b(20\d{2})\b"#).allSatisfy { $0 == "2028" }
    }

    static let sendsPath = "outputs/hard-sends.md"
    static let bouldering: [String: String] = [
        "memory/bouldering/logbook-2028.json": """
        [
          {"date": "2028-01-08", "problem": "Green Slab", "grade": "5+", "style": "flash"},
          {"date": "2028-01-08", "problem": "The Overhang", "grade": "6B", "style": "attempt"},
          {"date": "2028-01-15", "problem": "Crimp City", "grade": "6A+", "style": "redpoint"},
          {"date": "2028-01-22", "problem": "Blue Arete", "grade": "6B", "style": "redpoint"},
          {"date": "2028-01-29", "problem": "The Overhang", "grade": "6B", "style": "attempt"},
          {"date": "2028-02-05", "problem": "Pinch Me", "grade": "6B+", "style": "flash"},
          {"date": "2028-02-12", "problem": "Roof Dog", "grade": "6C", "style": "attempt"},
          {"date": "2028-02-19", "problem": "Sloper Soup", "grade": "6C", "style": "redpoint"},
          {"date": "2028-02-26", "problem": "Yellow Traverse", "grade": "6A", "style": "flash"}
        ]

        """,
        "memory/bouldering/logbook-2027.json":
            "[\n  {\"date\": \"2027-11-20\", \"problem\": \"Big Roof\", \"grade\": \"7A\", \"style\": \"redpoint\"}\n]\n",
        "memory/bouldering/goals.md": "# Goals\n- send Roof Dog\n- try a 7A\n",
    ]
    static let sendList = "- Blue Arete (6B)\n- Pinch Me (6B+)\n- Sloper Soup (6C)\n"

    /// Whether `text` lists the three problems sent at 6B or harder, each with its own grade (a
    /// table, another marker, another order, the style or date beside it pass), and not the
    /// attempts, the easier sends nor last year's problem.
    static func isSendList(_ text: String?) -> Bool {
        guard let t = text?.replacingOccurrences(of: "\r\n", with: "\n"),
            !Judge.has(t, #"overhang|roof|crimp|slab|yellow|traverse|7a|attempt"#)
        else { return false }
        return Judge.isPairedList(
            t, who: [#"blue ar[eê]te"#, #"pinch me"#, #"sloper soup"#], what: [#"\b6b(?!\+)"#, #"\b6b\+"#, #"\b6c\b"#])
    }

    static let albumsPath = "outputs/stamp-albums.md"
    static let stamps: [String: String] = [
        "memory/stamps/albums/great-britain-1840-1900.csv": "stamp,year,condition\nPenny Black,1840,used\nPenny Red,1841,mint\n",
        "memory/stamps/albums/great-britain-1901-1950.csv": "stamp,year,condition\nSeahorse 2s 6d,1913,used\n",
        "memory/stamps/albums/commonwealth.csv": "stamp,year,condition\nCanada Bluenose,1929,used\n",
        "memory/stamps/albums/great-britain-1840-1900.csv.bak": "stamp,year,condition\nPenny Black,1840,used\n",
        "memory/stamps/albums/scans/penny-black.txt": "Scan of the Penny Black, plate 5, lettered AB\n",
        "memory/stamps/albums/README.md": "One CSV file per album\n",
        "memory/stamps/wantlist.csv": "stamp,year,max_price\nPenny Blue,1840,£80\n",
    ]
    static let albumList = "- great-britain-1840-1900.csv\n- great-britain-1901-1950.csv\n- commonwealth.csv\n"

    /// Whether `text` lists the three album files (by file name, path or title), one entry each in
    /// any order, and not the backup, the scan, the README nor the want list.
    static func isAlbumList(_ text: String?) -> Bool {
        Judge.isNamedList(
            text?.replacingOccurrences(of: "\r\n", with: "\n"), [#"1840"#, #"1901"#, #"commonwealth"#],
            banned: #"\.bak|backup|scan|penny|readme|want"#)
    }

    static let towersPath = "outputs/towers.csv"
    static let bells: [String: String] = [
        "memory/bell-ringing/towers.yaml":
            "# Towers our band rings at\n- tower: St Andrew, Ashby\n  bells: 8\n  practice: Tuesday\n- tower: All Saints, Brampton\n  bells: 6\n  practice: Thursday\n# - tower: St Giles, Coxley (bells unsafe, not rung since 2026)\n#   bells: 5\n#   practice: Monday\n- tower: Holy Trinity, Dunmere\n  bells: 10\n  practice: Wednesday\n- tower: St Peter, Elsworth\n  bells: 6\n  practice: Friday\n",
        "memory/bell-ringing/towers-2025.yaml":
            "- tower: St Giles, Coxley\n  bells: 5\n  practice: Monday\n- tower: St Andrew, Ashby\n  bells: 6\n  practice: Tuesday\n",
        "memory/bell-ringing/README.md": "# Bell ringing\ntowers.yaml is the current list\n",
    ]
    static let towersCSV =
        "tower,bells,practice_night\n\"St Andrew, Ashby\",8,Tuesday\n\"All Saints, Brampton\",6,Thursday\n\"Holy Trinity, Dunmere\",10,Wednesday\n\"St Peter, Elsworth\",6,Friday\n"
    /// Each tower (a pattern for its name), its bells and its practice night (a pattern).
    static let towers: [(name: String, bells: String, night: String)] = [
        (#"^st\.? andrew,? ashby$"#, "8", "^tue"), (#"^all saints,? brampton$"#, "6", "^thu"),
        (#"^holy trinity,? dunmere$"#, "10", "^wed"), (#"^st\.? peter,? elsworth$"#, "6", "^fri"),
    ]

    /// Whether `text` is CSV with a header row naming a tower, a bells and a practice night column
    /// (any order, case or wording; other columns pass) and one row per tower in any order, each
    /// with as many cells as the header (so a name's comma quoted), its own bells as a number and
    /// its own night, and not the commented-out St Giles nor anything of the 2025 list.
    static func isTowersCSV(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !Judge.has(t, #"coxley|giles|monday"#) else { return false }
        let rows = Judge.lines(t).map { Judge.csvCells($0).map { $0.lowercased() } }
        guard rows.count == towers.count + 1, let header = rows.first else { return false }
        let name = header.indices.filter { Judge.has(header[$0], #"tower|name|church"#) }
        let count = header.indices.filter { Judge.has(header[$0], #"bell"#) && !name.contains($0) }
        let night = header.indices.filter { Judge.has(header[$0], #"practi|night|day"#) && !name.contains($0) && !count.contains($0) }
        guard name.count == 1, count.count == 1, night.count == 1 else { return false }
        var left = Array(towers.indices)
        for row in rows.dropFirst() {
            guard row.count == header.count else { return false }
            let hits = left.filter { Judge.has(row[name[0]], towers[$0].name) }
            guard hits.count == 1, let w = hits.first, row[count[0]] == towers[w].bells, Judge.has(row[night[0]], towers[w].night) else {
                return false
            }
            left.removeAll { $0 == w }
        }
        return left.isEmpty
    }

    static let renewSkillPath = "skills/library-renewals/SKILL.md"
    static let library: [String: String] = [
        "skills/README.md": "Each skill is a folder in skills/ holding a SKILL.md, whose front matter gives its name and a description.\n",
        "skills/reading-log/SKILL.md":
            "---\nname: reading-log\ndescription: Add finished books to the reading log.\n---\nWhen I finish a book, add a line to memory/library/read-2028.md with the title and the date.\n",
        "memory/library/loans.csv": "title,due,renewals\nThe Overstory,2028-03-14,1\nSapiens,2028-03-20,3\nThe Salt Path,2028-04-02,0\n",
        "memory/library/read-2028.md": "# Read in 2028\n- Small Things Like These, 2 January\n",
    ]
    static let renewSkill =
        "---\nname: library-renewals\ndescription: List the library loans to renew this week.\n---\nRead memory/library/loans.csv (title, due date, renewals so far).\nPick the loans due within the next 7 days.\nLeave out any loan already renewed 3 times: that is the library's limit.\nWrite the titles and due dates to outputs/renew-these.md, one per line.\n"

    /// Whether `text` is a skill named library-renewals with a description, whose body reads
    /// memory/library/loans.csv, picks the loans due within the next seven days, leaves out those
    /// renewed three times (the limit) and writes them to outputs/renew-these.md.
    static func isRenewSkill(_ text: String?) -> Bool {
        guard let t = text, let (fields, body) = Judge.skill(t) else { return false }
        let b = body.lowercased()
        let paths = ["memory/library/loans.csv", "outputs/renew-these.md"]
        let prose = paths.reduce(b) { $0.replacingOccurrences(of: $1, with: " ") }
        return fields["name"] == "library-renewals" && (fields["description"] ?? "").count >= 10 && b.count >= 40
            && paths.allSatisfy { b.contains($0) } && Judge.has(prose, #"\bdue\b"#)
            && Judge.has(prose, #"\b(7|seven) days\b|\ba week\b|\bnext week\b|\bthis week\b"#)
            && Judge.has(prose, #"renew[a-z]*\b[^.\n]*\b(3|three)\b|\b(3|three)\b[^.\n]*\brenew"#)
            && Judge.has(prose, #"limit|max|at most|already|skip|leave out|left out|exclude|omit|ignore|fewer|less than|under|no more|cannot|can't"#)
    }

    static let lpScriptPath = "memory/vinyl/lp-total.py"
    static let vinyl: [String: String] = [
        "memory/vinyl/collection.csv":
            "artist,title,year,format,paid\nNick Drake,Pink Moon,1972,LP,18.00\nThe Specials,Ghost Town,1981,single,4.50\nKate Bush,Hounds of Love,1985,LP,22.50\nBlur,Parklife,1994,LP,15.00\nThe Smiths,This Charming Man,1983,single,6.00\n",
        "memory/vinyl/wantlist.csv": "artist,title,format,max_price\nCocteau Twins,Heaven or Las Vegas,LP,25.00\n",
        "memory/vinyl/sold.csv": "artist,title,format,sold_for\nOasis,Definitely Maybe,LP,40.00\n",
    ]
    static let lpScript =
        "import csv\n\ncount = 0\ntotal = 0.0\nwith open(\"memory/vinyl/collection.csv\", newline=\"\") as f:\n    for row in csv.DictReader(f):\n        if row[\"format\"] == \"LP\":\n            count += 1\n            total += float(row[\"paid\"])\nprint(f\"LPs: {count}\")\nprint(f\"Total paid: £{total:.2f}\")\n"

    /// Whether `text` is a Python script (a shebang, if any, names Python) that reads the collection
    /// (not the want list nor the sold records), keeps the LPs by their format, counts them, adds up
    /// what was paid as numbers and prints two values, writing, moving or removing nothing.
    /// Comments and a fenced reply do not count; plain strings (labels) are read apart.
    static func isLPScript(_ text: String?) -> Bool {
        guard let script = Judge.readOnlyPython(text, reading: "collection.csv", not: "wantlist"), !script.code.contains("sold") else {
            return false
        }
        return Judge.has(script.code, #"["']lp["']"#) && Judge.has(script.code, #"paid|\[\s*(4|-1)\s*\]"#)
            && Judge.has(script.bare, #"float\(|decimal\(|read_csv"#) && Judge.has(script.bare, #"\+=|sum\("#)
            && Judge.has(script.bare, #"\+=\s*1\b|len\(|count|shape"#) && script.twoValues
    }
}
