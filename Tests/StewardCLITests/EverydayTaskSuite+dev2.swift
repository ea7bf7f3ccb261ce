import Foundation

/// The second development part of the everyday-task suite (issue 19): fourteen intentions, 401 to
/// 414, one for each kind the issue names, each worded three ways, run as Steward chooses (no
/// agent given). The loop may be tuned on it: it widens what development sees (files named by
/// description as well as by path, quoted names, a name with a space, folders named before files,
/// a nested value in JSON, a line to fix), so fixes are general rather than fitted to the first
/// part's thirty tasks. Written without reading the loop, as a person would word the tasks.
///
/// The checks accept what a person would accept: another list marker, a title line, another key
/// order or spacing in JSON, a lost final newline; they refuse the wrong file, the wrong folder, a
/// copy where a move was asked, a value changed in the wrong place, anything else touched.
extension EverydayTaskSuite {
    static let dev2Insurance = """
        # Email from the insurance, 28 November
        Dear customer, your home insurance renews on 1 January. The yearly price goes up from 310 to 335 euros because \
        repairs have become more expensive in your area. Cover for bicycles is now included at no extra cost. If you want \
        to cancel, write to us before 15 December. Nothing else changes in your contract.

        """
    static let dev2HolidayCosts = """
        # Weekend in Lyon
        We left on 14 November. The train was 84.50 euros and the hotel 210 euros for two nights. The museum pass cost \
        32 euros, and lunch on Sunday came to 27.80 euros.

        """
    static let dev2Thermostat = """
        {
          "room": "living room",
          "schedule": {
            "morning": 20,
            "night": 16
          },
          "unit": "C"
        }

        """
    static let dev2Seeds = "# Seeds to buy\n- tomatoes\n- basil\n- sunflowers\n"
    static let dev2Guests = "Towels are in the hall cupboard.\nThe heating switch is by the front door.\n"
    static let dev2Plants = "# Watering\n\n| plant | water every |\n|---|---|\n| basil | 2 days |\n| cactus | 3 weeks |\n| fern | 4 days |\n"

    static func dev2Invitation(_ name: String, fixed: Bool = false) -> String {
        "Dear \(name),\nYou are invited to my party on Saturday at 7 pm.\n\(fixed ? "Please" : "Pleese") bring something to drink.\nBest wishes, John\n"
    }

    /// `text` parsed as JSON and written again with sorted keys, so spacing and key order do not count.
    static func dev2CanonicalJSON(_ text: String?) -> String? {
        guard let text, let o = try? JSONSerialization.jsonObject(with: Data(text.utf8)),
            let d = try? JSONSerialization.data(withJSONObject: o, options: [.sortedKeys])
        else { return nil }
        return String(decoding: d, as: UTF8.self)
    }

    /// Whether `text` and `expected` are the same once surrounding white space is trimmed (a file
    /// rewritten without its final newline is still the same file to a person).
    static func dev2Same(_ text: String?, _ expected: String) -> Bool {
        text?.trimmingCharacters(in: .whitespacesAndNewlines) == expected.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether each of `patterns` (regular expressions) matches a line of `lines` of its own (no
    /// line serves two).
    static func dev2EachOnItsOwnLine(_ lines: [String], _ patterns: [String]) -> Bool {
        let found = patterns.map { p in lines.indices.filter { lines[$0].range(of: p, options: [.regularExpression, .caseInsensitive]) != nil } }
        return found.allSatisfy { $0.count == 1 } && Set(found.map { $0[0] }).count == patterns.count
    }

    /// The value after `key:` in front-matter `lines`, trimmed, without surrounding quotes.
    static func dev2FrontValue(_ lines: [String], _ key: String) -> String? {
        guard let line = lines.first(where: { $0.hasPrefix("\(key):") }) else { return nil }
        var v = line.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
        if v.count >= 2, let f = v.first, f == "\"" || f == "'", v.last == f { v = String(v.dropFirst().dropLast()) }
        return v
    }

    static let dev2: [Intention] = [
        Intention(
            number: 401, kind: "create a file in a folder", fixtures: ["memory/recipes/pancakes.md": "# Pancakes\n- eggs\n- flour\n- milk\n"],
            wordings: [
                (.imperative, "In memory/recipes, create soup.md with the ingredients leeks, potatoes and vegetable stock, one per line"),
                (
                    .request,
                    "Could you start a new recipe file called 'soup.md' in my memory/recipes folder, listing leeks, potatoes and vegetable stock?"
                ),
                (
                    .context,
                    "I want to make leek soup on Sunday, so please add a file soup.md to the memory/recipes folder that lists what it needs: leeks, potatoes and vegetable stock."
                ),
            ], changed: ["memory/recipes/soup.md"],
            check: { f in
                guard let t = f("memory/recipes/soup.md")?.lowercased() else { return false }
                return ["leek", "potato", "stock"].allSatisfy { t.contains($0) }
            }, solution: ops(writes: [("memory/recipes/soup.md", "- leeks\n- potatoes\n- vegetable stock\n")])),
        Intention(
            number: 402, kind: "edit a nested value in a JSON config",
            fixtures: ["memory/thermostat.json": dev2Thermostat, "memory/readme.md": "# Notes\n"],
            wordings: [
                (.imperative, "In memory/thermostat.json, set the night temperature of the schedule to 17"),
                (.request, "Could you make my thermostat settings (memory/thermostat.json) keep the night at 17 degrees instead of 16?"),
                (
                    .context,
                    "The bedroom gets too cold at night, so please raise the night value of the schedule in memory/thermostat.json from 16 to 17 and leave the morning one and everything else as it is."
                ),
            ], changed: ["memory/thermostat.json"],
            check: { f in
                dev2CanonicalJSON(f("memory/thermostat.json"))
                    == dev2CanonicalJSON(#"{"room": "living room", "schedule": {"morning": 20, "night": 17}, "unit": "C"}"#)
            }, solution: ops(writes: [("memory/thermostat.json", dev2Thermostat.replacingOccurrences(of: "\"night\": 16", with: "\"night\": 17"))])),
        Intention(
            number: 403, kind: "prepend a line", fixtures: ["memory/guest-notes.txt": dev2Guests],
            wordings: [
                (.imperative, "Put \"Wi-Fi password: on the fridge\" as the first line of memory/guest-notes.txt"),
                (.request, "Could you add the line Wi-Fi password: on the fridge at the very top of my notes for guests, memory/guest-notes.txt?"),
                (
                    .context,
                    "Guests always ask for the Wi-Fi first, so in the memory folder please open 'guest-notes.txt' and insert Wi-Fi password: on the fridge before everything else, keeping the other lines as they are."
                ),
            ], changed: ["memory/guest-notes.txt"],
            check: { f in
                let l = itemLines(f("memory/guest-notes.txt"))
                guard l.count == 3 else { return false }
                let first = l[0].lowercased().replacingOccurrences(of: "-", with: "")
                return first.contains("wifi password") && first.contains("fridge") && Array(l[1...]) == itemLines(dev2Guests)
            }, solution: ops(writes: [("memory/guest-notes.txt", "Wi-Fi password: on the fridge\n" + dev2Guests)])),
        Intention(
            number: 404, kind: "rename in place",
            fixtures: [
                "memory/photos/IMG_2041.txt": "Grandma's 80th birthday, the whole family in the garden.\n",
                "memory/photos/IMG_2040.txt": "The cake.\n",
            ],
            wordings: [
                (.imperative, "Rename memory/photos/IMG_2041.txt to grandma-80th.txt"),
                (.request, "Can you give the photo note IMG_2041.txt in my memory/photos folder a proper name, grandma-80th.txt?"),
                (
                    .context,
                    "I can never find the note about the family picture from grandma's 80th birthday because it is called IMG_2041.txt; please rename it to \"grandma-80th.txt\", in the same folder, memory/photos."
                ),
            ], changed: ["memory/photos/IMG_2041.txt", "memory/photos/grandma-80th.txt"],
            check: { f in
                dev2Same(f("memory/photos/grandma-80th.txt"), "Grandma's 80th birthday, the whole family in the garden.")
                    && f("memory/photos/IMG_2041.txt") == nil
            }, solution: ops(#"{"op":"move","from":"memory/photos/IMG_2041.txt","to":"memory/photos/grandma-80th.txt"}"#)),
        Intention(
            number: 405, kind: "file into a folder",
            fixtures: [
                "memory/downloads/boarding-pass.txt": "Flight LH 2041, seat 14C, 9 December\n", "memory/downloads/wallpaper.txt": "mountains\n",
                "memory/travel/hotel.txt": "Hotel Adler, 2 nights from 9 December\n",
            ],
            wordings: [
                (.imperative, "Move the boarding pass memory/downloads/boarding-pass.txt into memory/travel"),
                (.request, "Could you file my boarding pass from the memory/downloads folder into memory/travel, next to the hotel booking?"),
                (
                    .context,
                    "To keep everything for the trip together, please take boarding-pass.txt out of memory/downloads and put it into the memory/travel folder under the same name."
                ),
            ], changed: ["memory/downloads/boarding-pass.txt", "memory/travel/boarding-pass.txt"],
            check: { f in
                dev2Same(f("memory/travel/boarding-pass.txt"), "Flight LH 2041, seat 14C, 9 December")
                    && f("memory/downloads/boarding-pass.txt") == nil
            }, solution: ops(#"{"op":"move","from":"memory/downloads/boarding-pass.txt","to":"memory/travel/boarding-pass.txt"}"#)),
        Intention(
            number: 406, kind: "copy into a folder",
            fixtures: ["memory/garden/seeds.md": dev2Seeds, "memory/shared/readme.md": "Files I share with the neighbours.\n"],
            wordings: [
                (.imperative, "Copy memory/garden/seeds.md into the memory/shared folder"),
                (.request, "Could you put a copy of my seed list from memory/garden into memory/shared, keeping the same name?"),
                (
                    .context,
                    "My neighbour wants to see which seeds I am ordering, so please copy memory/garden/seeds.md into memory/shared/ under the same name and leave my own list where it is."
                ),
            ], changed: ["memory/shared/seeds.md"],
            check: { f in dev2Same(f("memory/shared/seeds.md"), dev2Seeds) && f("memory/garden/seeds.md") == dev2Seeds },
            solution: ops(writes: [("memory/shared/seeds.md", dev2Seeds)])),
        Intention(
            number: 407, kind: "delete a duplicate",
            fixtures: [
                "memory/garden/plan.md": "Beds: carrots by the fence, beans by the shed.\n",
                "memory/garden/plan copy.md": "Beds: carrots by the fence, beans by the shed.\n",
            ],
            wordings: [
                (.imperative, "Delete 'memory/garden/plan copy.md'"),
                (.request, "Could you remove the duplicate of my garden plan in memory/garden? It is the one called \"plan copy.md\"."),
                (
                    .context,
                    "I saved my garden plan twice by mistake; please delete the extra copy, plan copy.md, from the memory/garden folder and keep plan.md."
                ),
            ], changed: ["memory/garden/plan copy.md"],
            check: { f in
                f("memory/garden/plan copy.md") == nil && f("memory/garden/plan.md") == "Beds: carrots by the fence, beans by the shed.\n"
            }, solution: ops(#"{"op":"delete","path":"memory/garden/plan copy.md"}"#)),
        Intention(
            number: 408, kind: "fix a line in two files",
            fixtures: [
                "memory/invitations/anna.md": dev2Invitation("Anna"), "memory/invitations/ben.md": dev2Invitation("Ben"),
                "memory/invitations/guests.md": "Anna\nBen\n",
            ],
            wordings: [
                (.imperative, "Fix the typo \"Pleese\" in memory/invitations/anna.md and memory/invitations/ben.md"),
                (
                    .request,
                    "Could you correct the spelling mistake in the line about drinks in both invitations, anna.md and ben.md in memory/invitations?"
                ),
                (
                    .context,
                    "I wrote the party invitations in a hurry and both memory/invitations/anna.md and memory/invitations/ben.md say \"Pleese bring something to drink\"; please fix that line to \"Please bring something to drink\" in each and change nothing else."
                ),
            ], changed: ["memory/invitations/anna.md", "memory/invitations/ben.md"],
            check: { f in
                ["Anna", "Ben"].allSatisfy { n in itemLines(f("memory/invitations/\(n.lowercased()).md")) == itemLines(dev2Invitation(n, fixed: true))
                }
            },
            solution: ops(writes: [
                ("memory/invitations/anna.md", dev2Invitation("Anna", fixed: true)),
                ("memory/invitations/ben.md", dev2Invitation("Ben", fixed: true)),
            ])),
        Intention(
            number: 409, kind: "summarise within a word limit", fixtures: ["memory/emails/insurance.md": dev2Insurance],
            wordings: [
                (.imperative, "Summarise memory/emails/insurance.md in at most 25 words in outputs/insurance-summary.md"),
                (
                    .request,
                    "Could you tell me in 25 words or fewer what the insurance email (memory/emails/insurance.md) says, and save that as outputs/insurance-summary.md?"
                ),
                (
                    .context,
                    "I have no time to read the whole insurance email today; please read memory/emails/insurance.md and write its gist, no more than 25 words, to outputs/insurance-summary.md."
                ),
            ], changed: ["outputs/insurance-summary.md"],
            check: { f in
                guard let t = f("outputs/insurance-summary.md")?.lowercased() else { return false }
                // About 25 words (a few over is still short), on at most three lines, about the email's facts.
                let words = t.split(whereSeparator: { $0.isWhitespace }).filter { $0.contains { $0.isLetter || $0.isNumber } }
                return (5...30).contains(words.count) && itemLines(t).count <= 3 && ["335", "price", "renew"].contains { t.contains($0) }
            },
            solution: ops(writes: [
                (
                    "outputs/insurance-summary.md",
                    "The home insurance renews on 1 January at 335 euros a year instead of 310; bicycles are now covered; cancel before 15 December.\n"
                )
            ])),
        Intention(
            number: 410, kind: "extract the amounts into a list", fixtures: ["memory/holiday-costs.md": dev2HolidayCosts],
            wordings: [
                (.imperative, "Extract the amounts of money in memory/holiday-costs.md into outputs/costs.md, one per line"),
                (
                    .request,
                    "Can you pull out what we spent in Lyon from my note memory/holiday-costs.md, one amount per line, into outputs/costs.md?"
                ),
                (
                    .context,
                    "I want to split the costs of the Lyon weekend with my friend, so please go through memory/holiday-costs.md and list every amount we paid, with what it was for, one per line in outputs/costs.md."
                ),
            ], changed: ["outputs/costs.md"],
            check: { f in
                // Lines with a number are the amounts (the date is not one); each amount on a line of its own.
                let lines = itemLines(f("outputs/costs.md")).filter { $0.rangeOfCharacter(from: .decimalDigits) != nil }
                let amounts = [
                    #"(^|[^0-9.,])84[.,]50?([^0-9]|$)"#, #"(^|[^0-9.,])210([^0-9]|$)"#, #"(^|[^0-9.,])32([^0-9]|$)"#,
                    #"(^|[^0-9.,])27[.,]80?([^0-9]|$)"#,
                ]
                return lines.count == 4 && dev2EachOnItsOwnLine(lines, amounts)
            },
            solution: ops(writes: [
                (
                    "outputs/costs.md",
                    "- train: 84.50 euros\n- hotel, two nights: 210 euros\n- museum pass: 32 euros\n- lunch on Sunday: 27.80 euros\n"
                )
            ])),
        Intention(
            number: 411, kind: "index a folder",
            fixtures: [
                "memory/music/autumn-leaves.txt": "The falling leaves drift by the window\n",
                "memory/music/blue-moon.txt": "Blue moon, you saw me standing alone\n",
                "memory/music/summertime.txt": "Summertime, and the livin' is easy\n", "memory/music-wishlist.md": "- Fly Me to the Moon\n",
            ],
            wordings: [
                (.imperative, "Save the list of files in memory/music to outputs/songs.md"),
                (.request, "Could you write down which songs I have in my memory/music folder, one file name per line, in outputs/songs.md?"),
                (
                    .context,
                    "I am choosing songs for the choir and want to see which ones I already have the words for, so please list the files in the memory/music folder and save that list in outputs/songs.md."
                ),
            ], changed: ["outputs/songs.md"],
            check: { f in
                let l = itemLines(f("outputs/songs.md"))
                return dev2EachOnItsOwnLine(l, [#"autumn-leaves\.txt"#, #"blue-moon\.txt"#, #"summertime\.txt"#])
                    && l.filter { $0.contains(".txt") }.count == 3
                    && !l.contains { $0.lowercased().contains("wishlist") }
            }, solution: ops(writes: [("outputs/songs.md", "- autumn-leaves.txt\n- blue-moon.txt\n- summertime.txt\n")])),
        Intention(
            number: 412, kind: "convert: Markdown table to CSV", fixtures: ["memory/plants.md": dev2Plants],
            wordings: [
                (.imperative, "Convert the table in memory/plants.md to CSV in outputs/plants.csv"),
                (.request, "Could you turn my watering table (memory/plants.md) into a CSV file, outputs/plants.csv, with a header row?"),
                (
                    .context,
                    "I want to open my plant-watering table in a spreadsheet, so please convert the Markdown table in memory/plants.md into CSV, header row first, and save it as outputs/plants.csv."
                ),
            ], changed: ["outputs/plants.csv"],
            check: { f in
                // Rows of comma-separated cells; spaces after commas and quotes around cells do not count.
                let rows = (f("outputs/plants.csv") ?? "").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                    !$0.isEmpty
                }.map {
                    $0.split(separator: ",", omittingEmptySubsequences: false).map {
                        $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"")).lowercased()
                    }
                }
                return rows == [["plant", "water every"], ["basil", "2 days"], ["cactus", "3 weeks"], ["fern", "4 days"]]
            }, solution: ops(writes: [("outputs/plants.csv", "plant,water every\nbasil,2 days\ncactus,3 weeks\nfern,4 days\n")])),
        Intention(
            number: 413, kind: "write a SKILL.md", fixtures: ["skills/README.md": "Skills live here, one folder each.\n"],
            wordings: [
                (
                    .imperative,
                    "Create skills/thank-you-note/SKILL.md: a skill named thank-you-note, with a description, whose body explains how to write a thank-you note for a present"
                ),
                (
                    .request,
                    "Could you write me a skill called thank-you-note (in skills/thank-you-note/SKILL.md) with a short description and the steps for writing a thank-you note after I get a present?"
                ),
                (
                    .context,
                    "After every birthday I put off writing thank-you notes; please make a skill at skills/thank-you-note/SKILL.md, with front matter giving name: thank-you-note and a one-line description, and a body listing the steps for writing one."
                ),
            ], changed: ["skills/thank-you-note/SKILL.md"],
            check: { f in
                guard let t = f("skills/thank-you-note/SKILL.md") else { return false }
                let lines = t.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n", omittingEmptySubsequences: false).map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
                guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else { return false }
                let front = Array(lines[1..<end])
                let body = lines[(end + 1)...].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
                return dev2FrontValue(front, "name") == "thank-you-note" && (dev2FrontValue(front, "description")?.count ?? 0) >= 10
                    && body.count >= 30 && body.lowercased().contains("thank")
            },
            solution: ops(writes: [
                (
                    "skills/thank-you-note/SKILL.md",
                    "---\nname: thank-you-note\ndescription: Write a thank-you note for a present.\n---\n1. Name the present.\n2. Say what you like about it and thank the giver.\n"
                )
            ])),
        Intention(
            number: 414, kind: "write a Python script", fixtures: ["skills/README.md": "Skills live here, one folder each.\n"],
            wordings: [
                (
                    .imperative,
                    "Write skills/countdown/scripts/days_until.py, a Python script that prints how many days are left until the date (YYYY-MM-DD) given as its first argument"
                ),
                (
                    .request,
                    "Could you write me a small Python script at skills/countdown/scripts/days_until.py that takes a date like 2027-01-31 as its first argument and prints the number of days from today until then?"
                ),
                (
                    .context,
                    "I keep counting the days to deadlines by hand; please write a Python script, skills/countdown/scripts/days_until.py, that reads a date in YYYY-MM-DD form from its first command-line argument and prints how many days remain until it."
                ),
            ], changed: ["skills/countdown/scripts/days_until.py"],
            check: { f in
                guard let t = f("skills/countdown/scripts/days_until.py") else { return false }
                // The argument, today's date, the date parsed, a difference in days, printed.
                return (t.contains("argv") || t.contains("argparse")) && (t.contains("today()") || t.contains("now("))
                    && ["strptime", "fromisoformat", "split(\"-\")", "split('-')"].contains { t.contains($0) } && t.contains(".days")
                    && t.contains("print(")
            },
            solution: ops(writes: [
                (
                    "skills/countdown/scripts/days_until.py",
                    "import sys\nfrom datetime import date\n\nprint((date.fromisoformat(sys.argv[1]) - date.today()).days)\n"
                )
            ])),
    ]

    /// A wrong result for each intention of `dev2`, of the kinds a small model gives (the wrong
    /// folder, a copy where a move was asked, the value changed in the wrong place, a second file
    /// touched, the note copied as its summary, everything on one line).
    static let dev2NearMisses: [(Int, String)] = [
        (401, ops(writes: [("memory/soup.md", "- leeks\n- potatoes\n- vegetable stock\n")])),
        (401, ops(writes: [("memory/recipes/soup.md", "- leeks\n- potatoes\n")])),
        (402, ops(writes: [("memory/thermostat.json", dev2Thermostat.replacingOccurrences(of: "\"night\": 16", with: "\"night\": \"17\""))])),
        (
            402,
            ops(writes: [
                ("memory/thermostat.json", dev2Thermostat.replacingOccurrences(of: "\"unit\": \"C\"", with: "\"unit\": \"C\",\n  \"night\": 17"))
            ])
        ),
        (
            402,
            ops(writes: [
                ("memory/thermostat.json", dev2Thermostat.replacingOccurrences(of: "20", with: "17").replacingOccurrences(of: "16", with: "17"))
            ])
        ),
        (402, ops(writes: [("memory/thermostat.json", "{\"schedule\": {\"night\": 17}}\n")])),
        (403, ops(writes: [("memory/guest-notes.txt", dev2Guests + "Wi-Fi password: on the fridge\n")])),
        (403, ops(writes: [("memory/guest-notes.txt", "Wi-Fi password: on the fridge\n")])),
        (404, ops(writes: [("memory/photos/grandma-80th.txt", "Grandma's 80th birthday, the whole family in the garden.\n")])),
        (404, ops(#"{"op":"move","from":"memory/photos/IMG_2041.txt","to":"memory/grandma-80th.txt"}"#)),
        (405, ops(writes: [("memory/travel/boarding-pass.txt", "Flight LH 2041, seat 14C, 9 December\n")])),
        (405, ops(#"{"op":"move","from":"memory/downloads/boarding-pass.txt","to":"memory/boarding-pass.txt"}"#)),
        (406, ops(#"{"op":"move","from":"memory/garden/seeds.md","to":"memory/shared/seeds.md"}"#)),
        (406, ops(writes: [("memory/shared-seeds.md", dev2Seeds)])),
        (407, ops(#"{"op":"delete","path":"memory/garden/plan.md"}"#)),
        (407, ops(#"{"op":"delete","path":"memory/garden/plan copy.md"}"#, #"{"op":"delete","path":"memory/garden/plan.md"}"#)),
        (408, ops(writes: [("memory/invitations/anna.md", dev2Invitation("Anna", fixed: true))])),
        (
            408,
            ops(writes: [
                ("memory/invitations/anna.md", "Please bring something to drink.\n"),
                ("memory/invitations/ben.md", dev2Invitation("Ben", fixed: true)),
            ])
        ),
        (409, ops(writes: [("outputs/insurance-summary.md", dev2Insurance)])),
        (409, ops(writes: [("outputs/insurance-summary.md", "Insurance email.\n")])),
        (
            409,
            ops(writes: [
                (
                    "outputs/insurance-summary.md",
                    "The home insurance renews on 1 January. The yearly price goes up from 310 to 335 euros because repairs cost more in the area. Bicycles are now covered at no extra cost. To cancel, write before 15 December.\n"
                )
            ])
        ),
        (410, ops(writes: [("outputs/costs.md", "84.50, 210, 32, 27.80\n")])),
        (410, ops(writes: [("outputs/costs.md", "- 14 November\n- 84.50\n- 210\n- 32\n- 27.80\n")])),
        (410, ops(writes: [("outputs/costs.md", "- 84.50\n- 210\n- 27.80\n")])),
        (410, ops(writes: [("outputs/costs.md", dev2HolidayCosts)])),
        (411, ops(writes: [("outputs/songs.md", "autumn-leaves.txt, blue-moon.txt, summertime.txt\n")])),
        (411, ops(writes: [("outputs/songs.md", "- autumn-leaves.txt\n- blue-moon.txt\n- summertime.txt\n- music-wishlist.md\n")])),
        (412, ops(writes: [("outputs/plants.csv", dev2Plants)])),
        (412, ops(writes: [("outputs/plants.csv", "basil,2 days\ncactus,3 weeks\nfern,4 days\n")])),
        (412, ops(writes: [("outputs/plants.csv", "plant,water every\n---,---\nbasil,2 days\ncactus,3 weeks\nfern,4 days\n")])),
        (
            413,
            ops(writes: [
                (
                    "skills/thank-you-note/SKILL.md",
                    "name: thank-you-note\ndescription: Write a thank-you note.\nThank the giver and name the present you got.\n"
                )
            ])
        ),
        (
            413,
            ops(writes: [
                (
                    "skills/thank-you-note.md",
                    "---\nname: thank-you-note\ndescription: Write a thank-you note for a present.\n---\nThank the giver and name the present you got.\n"
                )
            ])
        ),
        (
            413,
            ops(writes: [
                (
                    "skills/thank-you-note/SKILL.md",
                    "---\nname: thank-you\ndescription: Write a thank-you note for a present.\n---\nThank the giver and name the present you got.\n"
                )
            ])
        ),
        (414, ops(writes: [("skills/countdown/scripts/days_until.py", "from datetime import date\n\nprint(date.today())\n")])),
        (
            414,
            ops(writes: [
                (
                    "skills/countdown/days_until.py",
                    "import sys\nfrom datetime import date\n\nprint((date.fromisoformat(sys.argv[1]) - date.today()).days)\n"
                )
            ])
        ),
    ]

    /// Correct results written another harmless way (a title line, other list markers, another key
    /// order and spacing, a lost final newline, quoted cells and front matter, argparse), which pass.
    static let dev2Alternatives: [(Int, String)] = [
        (401, ops(writes: [("memory/recipes/soup.md", "# Leek soup\n\nIngredients:\n\n* 3 leeks\n* 4 potatoes\n* 1 litre vegetable stock\n")])),
        (402, ops(writes: [("memory/thermostat.json", #"{"unit":"C","schedule":{"night":17,"morning":20},"room":"living room"}"#)])),
        (403, ops(writes: [("memory/guest-notes.txt", "- WiFi password: on the fridge\n\n" + dev2Guests)])),
        (
            404,
            ops(
                writes: [("memory/photos/grandma-80th.txt", "Grandma's 80th birthday, the whole family in the garden.")],
                #"{"op":"delete","path":"memory/photos/IMG_2041.txt"}"#)
        ),
        (
            405,
            ops(
                writes: [("memory/travel/boarding-pass.txt", "Flight LH 2041, seat 14C, 9 December")],
                #"{"op":"delete","path":"memory/downloads/boarding-pass.txt"}"#)
        ),
        (406, ops(writes: [("memory/shared/seeds.md", "# Seeds to buy\n- tomatoes\n- basil\n- sunflowers")])),
        (
            408,
            ops(writes: [
                ("memory/invitations/anna.md", dev2Invitation("Anna", fixed: true) + "\n"),
                (
                    "memory/invitations/ben.md",
                    "Dear Ben,\n\nYou are invited to my party on Saturday at 7 pm.\nPlease bring something to drink.\nBest wishes, John"
                ),
            ])
        ),
        (
            409,
            ops(writes: [
                (
                    "outputs/insurance-summary.md",
                    "# Insurance\n\nRenews 1 January at 335 euros a year (was 310); bicycles now covered; cancel by 15 December.\n"
                )
            ])
        ),
        (
            410,
            ops(writes: [
                ("outputs/costs.md", "# Lyon\n\n1. Train: €84.50\n2. Hotel (two nights): €210.00\n3. Museum pass: €32\n4. Lunch on Sunday: €27.8\n")
            ])
        ),
        (
            411,
            ops(writes: [
                ("outputs/songs.md", "# Songs\n\n1. memory/music/autumn-leaves.txt\n2. memory/music/blue-moon.txt\n3. memory/music/summertime.txt\n")
            ])
        ),
        (
            412,
            ops(writes: [("outputs/plants.csv", "\"Plant\", \"Water every\"\n\"basil\", \"2 days\"\n\"cactus\", \"3 weeks\"\n\"fern\", \"4 days\"")])
        ),
        (
            413,
            ops(writes: [
                (
                    "skills/thank-you-note/SKILL.md",
                    "---\nname: \"thank-you-note\"\ndescription: 'Write a short thank-you note after getting a present'\n---\n\n# Thank-you note\n\n- Name the present.\n- Say thank you and how you will use it.\n"
                )
            ])
        ),
        (
            414,
            ops(writes: [
                (
                    "skills/countdown/scripts/days_until.py",
                    "import argparse\nimport datetime\n\np = argparse.ArgumentParser()\np.add_argument(\"date\")\nd = datetime.datetime.strptime(p.parse_args().date, \"%Y-%m-%d\")\nprint((d - datetime.datetime.now()).days + 1)\n"
                )
            ])
        ),
    ]
}
