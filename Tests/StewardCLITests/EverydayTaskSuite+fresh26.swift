import Foundation

/// A twenty-sixth fresh held-out part of the everyday-task suite (issue 19), written blind like the
/// first twenty-five: by someone who had not read the agent loop, its tools, its prompts, its tests or
/// any result. Fourteen intentions, numbered 2701 to 2714, one for each kind the issue names
/// (create, a rescued tortoise's record as key: value lines like the other tortoise's, with its
/// name, species, hatch year, weight and microchip; edit in place, one evening's booking times in a
/// semicolon-separated village hall sheet, the same class's other weeks, the yoga after it and last
/// year's sheet left; append a new snag as item 6 at the end of a new house's numbered snagging
/// list, the fixed snags and the old flat's repairs left; rename a beehive inspection note saved
/// under the other hive's number, its name holding spaces and capitals; move a jury summons from the
/// post folder into a folder whose name has a space, the expenses form left; several files, a car's
/// new private plate in a key: value insurance note, a parking permits JSON and a breakdown cover
/// note, the partner's car, the MOT history and the DVLA letter left; copy the children's sizes JSON
/// into a grandmother's shared folder, last year's sizes and the wish list not; delete last year's
/// festival packing list, this year's near-named list, the tickets and another festival's list
/// kept; summarise a council's planning notice about a neighbour's extension in three bullet points
/// at most, with what is planned, the reference and the last day to comment; extract the items worth
/// more than £500 from a tab-separated home contents list, the sold one and last year's list apart;
/// list-and-save the smart-home device files in one folder, its removed subfolder, a backup and the
/// hub's file apart; convert key: value blocks of garden fruit trees to a Markdown table, the removed
/// tree and the wish list apart; a skill that makes a caravan trip's packing list from a checklist,
/// the nights and the forecast; a Python script that prints a season's singles matches played, won
/// and the win percentage from a JSON log), each worded three ways as people word them (files named
/// by path, by bare name or by what they are; details given in passing; what to leave alone said
/// casually), run as Steward chooses. Every fixture holds a look-alike beside the right file (the
/// other tortoise, last year's bookings and the same class's other weeks, the fixed snags and the old
/// flat's repairs, both hives' earlier notes, the expenses form, the partner's permit and the DVLA
/// letter, last year's sizes and the wish list, this year's packing list, an older planning notice,
/// last year's contents list, the removed devices and a backup, the wish list's trees, another
/// caravan skill, last season's and the doubles log). Judged by content as a person would (other
/// list markers, entry, row and column order, spacing, a title line, a table for a list, another
/// date, time, weight, plate or amount format, quoted cells, JSON laid out another way, device names
/// for file names, a table without its outer pipes, a lost final newline, CRLF pass) and by "nothing
/// else changed" (the wrong file, the wrong folder, a copy where a move was asked fail). Frozen in a
/// commit of its own before any run with a model: never tune the loop on it, and run it as it is
/// (`STEWARD_SUITE_PART=fresh26`).
extension EverydayTaskSuite {
    static let fresh26: [Intention] = [
        Intention(
            number: 2701,
            kind:
                "create: a rescued tortoise's record as key: value lines like the other tortoise's, with name, species, hatch year, weight and microchip, hers apart",
            fixtures: Fresh26.tortoises,
            wordings: [
                (
                    .imperative,
                    "Create memory/pets/tortoises/basil.txt for our new tortoise in the same key: value style as shelly.txt: name Basil, species Hermann's tortoise, hatched 2019, weight 412 g, microchip 985141002345678"
                ),
                (
                    .request,
                    "We've adopted a second tortoise! Could you make him a record like Shelly's, basil.txt in memory/pets/tortoises? He's Basil, a Hermann's tortoise, hatched in 2019, weighs 412g, and his microchip number is 985141002345678."
                ),
                (
                    .context,
                    "The rescue gave us Basil today, a Hermann's tortoise who hatched in 2019. At his first weigh-in he was 412 grams, and the vet scanned his microchip: 985141002345678. Please start a record for him at memory/pets/tortoises/basil.txt, laid out with one key: value per line like Shelly's, and leave her file and the hibernation notes as they are."
                ),
            ], changed: [Fresh26.basil],
            check: { f in Fresh26.isBasil(f(Fresh26.basil)) && Judge.untouched(f, Array(Fresh26.tortoises.keys), Fresh26.tortoises) },
            solution: ops(writes: [(Fresh26.basil, Fresh26.basilRecord)])),
        Intention(
            number: 2702,
            kind:
                "edit in place: one evening's booking times in a semicolon-separated village hall sheet, the same class's other weeks, the yoga after it and last year's sheet left",
            fixtures: Fresh26.hall,
            wordings: [
                (.imperative, "In memory/village-hall/bookings-2027.csv, change the Pilates booking on 14 June to 17:00–18:00"),
                (
                    .request,
                    "Dee's asked if Pilates on the 14th of June can be an hour earlier, 5 till 6. Could you change it in the hall bookings (bookings-2027.csv in memory/village-hall)? The other Mondays stay at 6."
                ),
                (
                    .context,
                    "I do the bookings for the village hall. Dee Rowe needs the Pilates class on Monday 14 June 2027 moved an hour earlier, so it runs 17:00 to 18:00; please update that row in memory/village-hall/bookings-2027.csv, which uses semicolons between the columns. Her other weeks stay at 18:00, the yoga after her doesn't move, and last year's sheet is only for reference."
                ),
            ], changed: [Fresh26.bookings],
            check: { f in
                Fresh26.isBookings(f(Fresh26.bookings))
                    && Judge.untouched(f, Array(Fresh26.hall.keys).filter { $0 != Fresh26.bookings }, Fresh26.hall)
            },
            solution: ops(writes: [(Fresh26.bookings, Fresh26.retimed("17:00", "18:00"))])),
        Intention(
            number: 2703,
            kind: "append: a new snag as item 6 at the end of a new house's numbered snagging list, the fixed snags and the old flat's repairs left",
            fixtures: Fresh26.snags,
            wordings: [
                (.imperative, "Add \"En-suite extractor fan rattles when it's on\" as item 6 at the end of memory/house/snagging.md"),
                (
                    .request,
                    "Another one for the builders: the extractor fan in the en-suite rattles whenever it's on. Can you add it to the bottom of my snagging list (snagging.md in memory/house) as number 6?"
                ),
                (
                    .context,
                    "We're still finding faults in the new house. Please add the en-suite extractor fan, which rattles when it's running, as the next numbered item at the end of memory/house/snagging.md, after the garage door. The fixed snags have their own list and the old flat's repairs list is finished with, so leave both."
                ),
            ], changed: [Fresh26.snagList],
            check: { f in
                Fresh26.isSnagList(f(Fresh26.snagList))
                    && Judge.untouched(f, Array(Fresh26.snags.keys).filter { $0 != Fresh26.snagList }, Fresh26.snags)
            },
            solution: ops(writes: [(Fresh26.snagList, Fresh26.snags[Fresh26.snagList]! + "6. En-suite extractor fan rattles when it's on\n")])),
        Intention(
            number: 2704,
            kind: "rename: a beehive inspection note saved under the other hive's number, with spaces in its name, both hives' earlier notes left",
            fixtures: Fresh26.bees,
            wordings: [
                (.imperative, "Rename \"memory/bees/Hive 2 inspection 2027-05-14.md\" to \"Hive 1 inspection 2027-05-14.md\" in the same folder"),
                (
                    .request,
                    "I saved Friday's inspection under the wrong hive, it says Hive 2 but it was Hive 1. Could you rename Hive 2 inspection 2027-05-14.md in memory/bees to Hive 1 inspection 2027-05-14.md?"
                ),
                (
                    .context,
                    "My bee notes in memory/bees are named by hive and date. The 14 May 2027 note is about Hive 1 (it says so at the top) but I named it Hive 2 inspection 2027-05-14.md. Please rename it Hive 1 inspection 2027-05-14.md, same folder, without touching what's inside. The two notes from 7 May are named correctly."
                ),
            ], changed: [Fresh26.misnamed, Fresh26.inspection],
            check: { f in
                Judge.moved(f, Fresh26.misnamed, to: Fresh26.inspection, Fresh26.bees)
                    && Judge.untouched(f, Array(Fresh26.bees.keys).filter { $0 != Fresh26.misnamed }, Fresh26.bees)
            },
            solution: ops(#"{"op":"move","from":"memory/bees/Hive 2 inspection 2027-05-14.md","to":"memory/bees/Hive 1 inspection 2027-05-14.md"}"#)),
        Intention(
            number: 2705,
            kind:
                "move into a folder: a jury summons from the post folder into a folder whose name has a space, the expenses form and a council letter left",
            fixtures: Fresh26.post,
            wordings: [
                (.imperative, "Move memory/post/jury-summons-2027.md into the \"memory/admin/Jury Service\" folder"),
                (
                    .request,
                    "I've replied to the jury summons now. Can you file it away? It's jury-summons-2027.md in memory/post, and it goes in the Jury Service folder under memory/admin."
                ),
                (
                    .context,
                    "My jury service is confirmed for September, so the summons doesn't belong with the unopened post any more. Please move memory/post/jury-summons-2027.md into memory/admin/Jury Service/ (there's a space in that folder name), next to the court details, keeping its name. The expenses form stays in memory/post until I've filled it in, along with the council tax letter."
                ),
            ], changed: [Fresh26.summons, Fresh26.filed],
            check: { f in
                Judge.moved(f, Fresh26.summons, to: Fresh26.filed, Fresh26.post)
                    && Judge.untouched(f, Array(Fresh26.post.keys).filter { $0 != Fresh26.summons }, Fresh26.post)
            },
            solution: ops(#"{"op":"move","from":"memory/post/jury-summons-2027.md","to":"memory/admin/Jury Service/jury-summons-2027.md"}"#)),
        Intention(
            number: 2706,
            kind:
                "several files: a car's new private plate in an insurance note, a parking permits JSON and a breakdown cover note, the partner's car, the MOT history and the DVLA letter left",
            fixtures: Fresh26.car,
            wordings: [
                (
                    .imperative,
                    "Change the registration YK19 RWT to EL19 MAE in memory/car/insurance.txt, memory/house/parking-permits.json and memory/car/breakdown-cover.md"
                ),
                (
                    .request,
                    "My private plate's gone on the Skoda, so it's EL19 MAE now instead of YK19 RWT. Could you update it in insurance.txt and breakdown-cover.md (both in memory/car) and in the parking permits file, memory/house/parking-permits.json? Tom's car hasn't changed."
                ),
                (
                    .context,
                    "The DVLA has put my private plate, EL19 MAE, on the Skoda, replacing YK19 RWT. Please change the registration in the three places I keep it: memory/car/insurance.txt, my permit in memory/house/parking-permits.json and memory/car/breakdown-cover.md. Tom's permit is for his own car, the MOT history records what the plate was at the time, and the DVLA letter should stay as written."
                ),
            ], changed: Set(Fresh26.plated),
            check: { f in
                Fresh26.plated.allSatisfy { Fresh26.hasNewPlate(f($0), $0) }
                    && Judge.untouched(f, Array(Fresh26.car.keys).filter { !Fresh26.plated.contains($0) }, Fresh26.car)
            },
            solution: ops(writes: Fresh26.newPlate("EL19 MAE"))),
        Intention(
            number: 2707,
            kind:
                "copy: the children's clothes and shoe sizes JSON into a grandmother's shared folder, word for word, last year's sizes and the wish list not",
            fixtures: Fresh26.sizes,
            wordings: [
                (.imperative, "Copy memory/kids/sizes.json to memory/shared/grandma/sizes.json"),
                (
                    .request,
                    "Grandma keeps asking what size the kids are for their birthday clothes. Could you copy their sizes file (sizes.json in memory/kids) into her shared folder, memory/shared/grandma, same name?"
                ),
                (
                    .context,
                    "Grandma Jean wants to buy the children some clothes, so she needs their current sizes. Please put a copy of memory/kids/sizes.json in memory/shared/grandma/ as sizes.json, exactly as it is. Last year's sizes are out of date and the wish list is a surprise, so don't copy either of those, and keep the original in memory/kids."
                ),
            ], changed: [Fresh26.sizesCopy],
            check: { f in
                guard let copy = f(Fresh26.sizesCopy), !Judge.fenced(copy) else { return false }
                let original = Fresh26.sizes[Fresh26.sizesFile]!
                return (Judge.lines(copy) == Judge.lines(original) || (Fresh26.json(copy) != nil && Fresh26.json(copy) == Fresh26.json(original)))
                    && Judge.untouched(f, Array(Fresh26.sizes.keys), Fresh26.sizes)
            }, solution: ops(writes: [(Fresh26.sizesCopy, Fresh26.sizes[Fresh26.sizesFile]!)])),
        Intention(
            number: 2708,
            kind: "delete: last year's festival packing list, this year's near-named list, the tickets and another festival's list kept",
            fixtures: Fresh26.festival,
            wordings: [
                (.imperative, "Delete memory/festivals/green-man-2026-packing.md"),
                (
                    .request,
                    "I've made this year's Green Man list, so last year's isn't needed. Can you delete green-man-2026-packing.md from memory/festivals?"
                ),
                (
                    .context,
                    "I'm clearing out the festivals folder before this summer. The Green Man packing list from 2026 is out of date now that I've written the 2027 one, so please delete memory/festivals/green-man-2026-packing.md. Keep the 2027 list, the tickets and the Towersey list (I might reuse that)."
                ),
            ], changed: [Fresh26.oldPacking],
            check: { f in
                f(Fresh26.oldPacking) == nil
                    && Judge.untouched(f, Array(Fresh26.festival.keys).filter { $0 != Fresh26.oldPacking }, Fresh26.festival)
            }, solution: ops(#"{"op":"delete","path":"memory/festivals/green-man-2026-packing.md"}"#)),
        Intention(
            number: 2709,
            kind:
                "summarise: a council's planning notice about a neighbour's extension in three bullet points at most, with what is planned, the reference and the last day to comment",
            fixtures: Fresh26.planning,
            wordings: [
                (
                    .imperative,
                    "Summarise memory/neighbours/planning-27-04417.txt in outputs/planning-summary.md as three bullet points at most: what they want to build, the application number and the last day for comments"
                ),
                (
                    .request,
                    "We got a planning notice about number 12's building work. Can you boil it down to three bullet points or fewer in outputs/planning-summary.md? It's planning-27-04417.txt in memory/neighbours. I mainly need what they're planning, the reference and when comments have to be in by."
                ),
                (
                    .context,
                    "The council sent a notice about the Okafors' plans next door and I want to decide whether to comment. Please read memory/neighbours/planning-27-04417.txt and write a summary of no more than three bullet points to outputs/planning-summary.md, saying what is proposed, the application number and the deadline for comments. The older notice in the same folder is about a different house, so leave its details out."
                ),
            ], changed: ["outputs/planning-summary.md"], check: { f in Fresh26.isPlanningSummary(f("outputs/planning-summary.md")) },
            solution: ops(writes: [("outputs/planning-summary.md", Fresh26.planningSummary)])),
        Intention(
            number: 2710,
            kind:
                "extract: the items worth more than £500 from a tab-separated home contents list with their values, the sold one and last year's list apart",
            fixtures: Fresh26.contents,
            wordings: [
                (
                    .imperative,
                    "From memory/house/contents-2027.tsv, list every item worth more than £500 with its value in outputs/high-value-items.md, leaving out anything marked sold"
                ),
                (
                    .request,
                    "The insurers want a list of anything worth over £500. Could you go through my contents list (contents-2027.tsv in memory/house) and write those items with their values to outputs/high-value-items.md? Anything I've sold doesn't count."
                ),
                (
                    .context,
                    "Our contents insurance renews in August and the form asks for single items over £500. Please read memory/house/contents-2027.tsv (it's tab-separated, with the value in pounds in the fourth column) and save each item worth more than £500 with its value to outputs/high-value-items.md, one per line. Leave out anything whose status says sold, and ignore last year's list."
                ),
            ], changed: ["outputs/high-value-items.md"], check: { f in Fresh26.isValuables(f("outputs/high-value-items.md")) },
            solution: ops(writes: [
                (
                    "outputs/high-value-items.md",
                    "- Sofa: £1,200\n- TV (55 inch): £649\n- Laptop: £999\n- Engagement ring: £2,300\n- Lawn mower: £520\n"
                )
            ])),
        Intention(
            number: 2711,
            kind: "list-and-save: the smart-home device files in one folder, its removed subfolder, a backup and the hub's file apart",
            fixtures: Fresh26.devices,
            wordings: [
                (
                    .imperative,
                    "List the .json files in memory/smart-home/devices, not the removed subfolder, and save the list to outputs/devices.md"
                ),
                (
                    .request,
                    "Could you make me a list of the smart home devices I've got set up? There's one .json file per device in memory/smart-home/devices; write them to outputs/devices.md. The ones in the removed folder are gone."
                ),
                (
                    .context,
                    "I'm resetting the smart home hub and want a checklist of every device to pair again. Each device has its own JSON file in memory/smart-home/devices; please list those files in outputs/devices.md, one per line. Skip the devices/removed folder, since those are unplugged, and the .bak backup, and the hub's own file isn't a device."
                ),
            ], changed: ["outputs/devices.md"], check: { f in Fresh26.isDeviceList(f("outputs/devices.md")) },
            solution: ops(writes: [("outputs/devices.md", "- hall-lights.json\n- thermostat.json\n- doorbell.json\n- garden-plug.json\n")])),
        Intention(
            number: 2712,
            kind:
                "convert: key: value blocks of garden fruit trees to a Markdown table with the tree, variety and year planted, the removed tree and the wish list apart",
            fixtures: Fresh26.trees,
            wordings: [
                (
                    .imperative,
                    "Convert memory/garden/fruit-trees.txt to a Markdown table in outputs/fruit-trees.md with columns for the tree, the variety and the year planted, leaving out the removed plum"
                ),
                (
                    .request,
                    "Can you turn my fruit tree notes (fruit-trees.txt in memory/garden) into a proper table in outputs/fruit-trees.md? Just the tree, the variety and when it was planted. The plum came out last year so leave it off."
                ),
                (
                    .context,
                    "I keep notes on each fruit tree in the garden as key: value lines in memory/garden/fruit-trees.txt, one block per tree. Please convert them into a Markdown table at outputs/fruit-trees.md with three columns: the tree, its variety and the year it was planted. Skip any tree marked as removed, and the wish list isn't planted yet so it doesn't belong."
                ),
            ], changed: ["outputs/fruit-trees.md"], check: { f in Fresh26.isTreesTable(f("outputs/fruit-trees.md")) },
            solution: ops(writes: [("outputs/fruit-trees.md", Fresh26.treesTable)])),
        Intention(
            number: 2713,
            kind: "skill: a caravan trip's packing list from a checklist, with clothes for each night and the rain things only when rain is forecast",
            fixtures: Fresh26.caravan,
            wordings: [
                (
                    .imperative,
                    "Write a skill at skills/caravan-packing/SKILL.md, named caravan-packing with a description, that reads memory/caravan/checklist.md and a trip's note in memory/caravan/trips and writes a packing list to outputs/caravan-packing.md, with clothes for the number of nights and the rain things only if rain is forecast"
                ),
                (
                    .request,
                    "Before every caravan trip I make the packing list by hand. Could you write me a skill called caravan-packing that takes the trip's note from memory/caravan/trips, goes through my checklist in memory/caravan/checklist.md, packs a change of clothes for each night, adds the wet-weather things only when the forecast says rain, and saves the list to outputs/caravan-packing.md?"
                ),
                (
                    .context,
                    "I want to ask for a caravan packing list and get one that fits the trip. Please create skills/caravan-packing/SKILL.md with name caravan-packing and a description in its front matter, like the caravan-arrival skill. It should tell the agent to read the trip's note in memory/caravan/trips for the number of nights and the forecast, then work through memory/caravan/checklist.md: everything under Always, one change of clothes per person per night, and the rain things only if rain or showers are forecast. The list goes in outputs/caravan-packing.md. Leave the arrival skill as it is."
                ),
            ], changed: ["skills/caravan-packing/SKILL.md"],
            check: { f in
                Fresh26.isPackingSkill(f("skills/caravan-packing/SKILL.md")) && Judge.untouched(f, Array(Fresh26.caravan.keys), Fresh26.caravan)
            },
            solution: ops(writes: [("skills/caravan-packing/SKILL.md", Fresh26.packingSkill)])),
        Intention(
            number: 2714,
            kind:
                "script: a Python script that prints a season's singles matches played, won and the win percentage from a JSON match log, last season and doubles apart",
            fixtures: Fresh26.tennis,
            wordings: [
                (
                    .imperative,
                    "Write memory/tennis/win-rate.py, a Python script that reads memory/tennis/singles-2027.json and prints how many matches I played, how many I won and my win percentage"
                ),
                (
                    .request,
                    "Could you write me a small Python script, win-rate.py in memory/tennis, that goes through this season's singles results in singles-2027.json (same folder) and prints matches played, matches won and the percentage I won?"
                ),
                (
                    .context,
                    "I log my singles matches for the club ladder in memory/tennis/singles-2027.json, each with a result of won or lost. Please write a Python script, memory/tennis/win-rate.py, that reads that file and prints the number of matches played, the number won and the win percentage. Last season's file and the doubles log are separate and shouldn't be counted, and the script must not change the JSON."
                ),
            ], changed: ["memory/tennis/win-rate.py"], check: { f in Fresh26.isWinScript(f("memory/tennis/win-rate.py")) },
            solution: ops(writes: [("memory/tennis/win-rate.py", Fresh26.winScript)])),
    ]
}

extension EverydayTaskSuite {
    /// Correct results in other forms a careful person accepts (a table, another marker, a title,
    /// spacing, another key order, weight, time, date, plate or amount format, quoted cells, an
    /// aside saying what a plate was, JSON laid out another way, device names for file names,
    /// columns in another order, a table without its outer pipes, a lost final newline, CRLF,
    /// another way to write the same skill or script), at least one per intention but the delete
    /// (2708), which has no other form.
    static let fresh26Alternatives: [(Int, String)] = [
        (
            2701,
            ops(writes: [
                (
                    Fresh26.basil,
                    "Name: Basil\r\nSpecies: Hermann's tortoise (Testudo hermanni)\r\nHatched: 2019\r\nWeight: 0.412 kg\r\nMicrochip: 985 141 002 345 678\r\n"
                )
            ])
        ),
        (
            2701,
            ops(writes: [
                (
                    Fresh26.basil,
                    "# Basil\n\n- **Name:** Basil\n- **Species:** Hermann's tortoise\n- **Hatch year:** 2019\n- **Weight:** 412g\n- **Microchip:** 985141002345678\n"
                )
            ])
        ),
        (
            2701,
            ops(writes: [
                (Fresh26.basil, "species: Hermann's tortoise\nname: Basil\nhatched: 2019\nmicrochip: 985141002345678\nweight: 412 grams")
            ])
        ),
        (2702, ops(writes: [(Fresh26.bookings, Fresh26.retimed("\"17:00\"", "\"18:00\""))])),
        (2702, ops(writes: [(Fresh26.bookings, Fresh26.retimed("17:00", "18:00").replacingOccurrences(of: "\n", with: "\r\n"))])),
        (2702, ops(writes: [(Fresh26.bookings, Fresh26.retimed("17.00", "18.00").trimmingCharacters(in: .newlines))])),
        (2703, ops(writes: [(Fresh26.snagList, Fresh26.snags[Fresh26.snagList]! + "6) en-suite extractor fan rattles when it is on")])),
        (
            2703,
            ops(writes: [
                (
                    Fresh26.snagList,
                    (Fresh26.snags[Fresh26.snagList]! + "6. Ensuite extractor fan: rattles when running\n").replacingOccurrences(
                        of: "\n", with: "\r\n")
                )
            ])
        ),
        (
            2703,
            ops(writes: [
                (Fresh26.snagList, Fresh26.snags[Fresh26.snagList]! + "\n6. **En suite** extractor fan rattles when it's switched on\n")
            ])
        ),
        (
            2704,
            ops(
                writes: [(Fresh26.inspection, Fresh26.bees[Fresh26.misnamed]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/bees/Hive 2 inspection 2027-05-14.md"}"#)
        ),
        (
            2704,
            ops(
                writes: [(Fresh26.inspection, Fresh26.bees[Fresh26.misnamed]!.replacingOccurrences(of: "\n", with: "\r\n"))],
                #"{"op":"delete","path":"memory/bees/Hive 2 inspection 2027-05-14.md"}"#)
        ),
        (
            2704,
            ops(
                writes: [(Fresh26.inspection, Fresh26.bees[Fresh26.misnamed]!.replacingOccurrences(of: "\n", with: "\n\n"))],
                #"{"op":"delete","path":"memory/bees/Hive 2 inspection 2027-05-14.md"}"#)
        ),
        (
            2705,
            ops(
                writes: [(Fresh26.filed, Fresh26.post[Fresh26.summons]!.trimmingCharacters(in: .newlines))],
                #"{"op":"delete","path":"memory/post/jury-summons-2027.md"}"#)
        ),
        (
            2705,
            ops(
                writes: [(Fresh26.filed, Fresh26.post[Fresh26.summons]!.replacingOccurrences(of: "\n", with: "\r\n"))],
                #"{"op":"delete","path":"memory/post/jury-summons-2027.md"}"#)
        ),
        (
            2705,
            ops(
                writes: [(Fresh26.filed, Fresh26.post[Fresh26.summons]!.replacingOccurrences(of: "\n", with: "\n\n"))],
                #"{"op":"delete","path":"memory/post/jury-summons-2027.md"}"#)
        ),
        (
            2706,
            ops(
                writes: Fresh26.newPlate("EL19 MAE").map {
                    $0.0 == Fresh26.permits
                        ? (
                            $0.0,
                            "{\"zone\":\"Headingley B\",\"permits\":[{\"holder\":\"Jen\",\"registration\":\"EL19 MAE\",\"expires\":\"2028-01-31\"},{\"holder\":\"Tom\",\"registration\":\"KP68 LZD\",\"expires\":\"2028-01-31\"}]}"
                        )
                        : $0
                })
        ),
        (2706, ops(writes: Fresh26.newPlate("EL19MAE"))),
        (
            2706,
            ops(
                writes: Fresh26.newPlate("EL19 MAE").map {
                    (
                        $0.0,
                        $0.1.replacingOccurrences(of: "registration: EL19 MAE", with: "registration: EL19 MAE (was YK19 RWT)").replacingOccurrences(
                            of: "\n", with: "\r\n")
                    )
                })
        ),
        (2707, ops(writes: [(Fresh26.sizesCopy, Fresh26.sizes[Fresh26.sizesFile]!.trimmingCharacters(in: .newlines))])),
        (2707, ops(writes: [(Fresh26.sizesCopy, Fresh26.sizes[Fresh26.sizesFile]!.replacingOccurrences(of: "\n", with: "\r\n"))])),
        (
            2707,
            ops(writes: [
                (
                    Fresh26.sizesCopy,
                    "{\n    \"children\": [\n        {\n            \"age\": 7,\n            \"clothes\": \"7-8 years\",\n            \"coat\": \"8-9 years\",\n            \"name\": \"Maisie\",\n            \"shoes\": \"13\"\n        },\n        {\n            \"age\": 4,\n            \"clothes\": \"4-5 years\",\n            \"coat\": \"5-6 years\",\n            \"name\": \"Arlo\",\n            \"shoes\": \"9\"\n        }\n    ],\n    \"updated\": \"2027-05-01\"\n}\n"
                )
            ])
        ),
        (
            2709,
            ops(writes: [
                (
                    "outputs/planning-summary.md",
                    "# Planning notice: 12 Beech Road\n1. Two-storey extension at the back plus a dormer in the rear roof\n2. Reference 27/04417/FU\n3. Last day for comments: Friday 2 July\n"
                )
            ])
        ),
        (
            2709,
            ops(writes: [
                (
                    "outputs/planning-summary.md",
                    "* Proposal: 2-storey rear extension and rear dormer window (12 Beech Road)\n* Ref: 27/04417/FU\n* Deadline for comments 02/07/2027; decision expected by 30/07/2027\n"
                )
            ])
        ),
        (
            2709,
            ops(writes: [
                (
                    "outputs/planning-summary.md",
                    "- Two storey rear extension and a rear dormer planned at 12 Beech Road\r\n- Application 27/04417/FU\r\n- Have your say by July 2nd\r\n"
                )
            ])
        ),
        (
            2710,
            ops(writes: [
                (
                    "outputs/high-value-items.md",
                    "| Item | Value |\n|---|---|\n| Engagement ring | £2,300 |\n| Sofa | £1,200 |\n| Laptop | £999 |\n| TV (55 inch) | £649 |\n| Lawn mower | £520 |\n"
                )
            ])
        ),
        (
            2710,
            ops(writes: [
                (
                    "outputs/high-value-items.md",
                    "1. Engagement ring, 2300 GBP\r\n2. Sofa, 1200 GBP\r\n3. Laptop, 999 GBP\r\n4. TV (55 inch), 649 GBP\r\n5. Lawn mower, 520 GBP\r\n"
                )
            ])
        ),
        (
            2710,
            ops(writes: [
                (
                    "outputs/high-value-items.md",
                    "Items over £500:\n* Sofa — £1,200.00\n* TV (55\") — £649.00\n* Laptop — £999.00\n* Engagement ring — £2,300.00\n* Lawn mower — £520.00"
                )
            ])
        ),
        (2711, ops(writes: [("outputs/devices.md", "# Devices to pair again\n- Hall lights\n- Thermostat\n- Front doorbell\n- Garden plug\n")])),
        (
            2711,
            ops(writes: [
                (
                    "outputs/devices.md",
                    "| File |\n|---|\n| memory/smart-home/devices/doorbell.json |\n| memory/smart-home/devices/garden-plug.json |\n| memory/smart-home/devices/hall-lights.json |\n| memory/smart-home/devices/thermostat.json |\n"
                )
            ])
        ),
        (
            2711,
            ops(writes: [
                ("outputs/devices.md", "- [ ] garden-plug.json\r\n- [ ] doorbell.json\r\n- [ ] hall-lights.json\r\n- [ ] thermostat.json")
            ])
        ),
        (
            2712,
            ops(writes: [
                (
                    "outputs/fruit-trees.md",
                    "Tree | Variety | Year planted\n--- | --- | ---\nCherry | Stella | 2022\nApple | Bramley | 2021\nApple | Egremont Russet | 2018\nPear | Conference | 2020"
                )
            ])
        ),
        (
            2712,
            ops(writes: [
                (
                    "outputs/fruit-trees.md",
                    "# Fruit trees\n\n| Variety | Tree | Planted |\n| :-- | :-- | --: |\n| Egremont Russet | apple | 2018 |\n| Conference | pear | 2020 |\n| Stella | cherry | 2022 |\n| Bramley | apple | 2021 |\n"
                )
            ])
        ),
        (
            2712,
            ops(writes: [
                (
                    "outputs/fruit-trees.md",
                    "| Fruit | Variety | Year |\r\n|---|---|---|\r\n| Apple tree | Egremont Russet | 2018 |\r\n| Pear tree | Conference | 2020 |\r\n| Cherry tree | Stella | 2022 |\r\n| Apple tree | Bramley | 2021 |\r\n"
                )
            ])
        ),
        (
            2713,
            ops(writes: [
                (
                    "skills/caravan-packing/SKILL.md",
                    "---\nname: \"caravan-packing\"\ndescription: >\n  Packing list for a caravan trip.\n---\n\n# Caravan packing\n\n1. Open the trip's note in `memory/caravan/trips/` and note the number of nights and the forecast.\n2. Take everything under Always in `memory/caravan/checklist.md`.\n3. Add a change of clothes for each person for every night.\n4. When the forecast mentions rain or showers, add the items under If rain is forecast.\n5. Save the list as `outputs/caravan-packing.md`.\n"
                )
            ])
        ),
        (
            2713,
            ops(writes: [
                (
                    "skills/caravan-packing/SKILL.md",
                    "---\nname: caravan-packing\ndescription: 'Caravan trip packing list.'\n---\nLook up the trip in memory/caravan/trips, count its nights and check the forecast. Pack everything from memory/caravan/checklist.md that is always needed, plus a change of clothes per night for each of us. Only add waterproofs, wellies and the awning skirts if rain is forecast. Save the result in outputs/caravan-packing.md."
                )
            ])
        ),
        (
            2713,
            ops(writes: [
                (
                    "skills/caravan-packing/SKILL.md",
                    "---\nname: caravan-packing\ndescription: |\n  Pack for a caravan trip.\n---\n- Trip notes: memory/caravan/trips (nights, forecast)\n- Checklist: memory/caravan/checklist.md\n- Always section: pack all of it\n- Clothes: one change per person per night\n- Rain items: only when showers or rain are forecast\n- Output: outputs/caravan-packing.md\n"
                )
            ])
        ),
        (
            2714,
            ops(writes: [
                (
                    "memory/tennis/win-rate.py",
                    "from pathlib import Path\nimport json\n\nseason = json.loads(Path(\"memory/tennis/singles-2027.json\").read_text())\nresults = [m[\"result\"] for m in season[\"matches\"]]\nwon = results.count(\"won\")\nprint(f\"{won} won out of {len(results)} played ({won / len(results):.0%})\")\n"
                )
            ])
        ),
        (
            2714,
            ops(writes: [
                (
                    "memory/tennis/win-rate.py",
                    "#!/usr/bin/env python3\nimport json\n\nwith open(\"memory/tennis/singles-2027.json\", encoding=\"utf-8\") as f:\n    season = json.load(f)\n\nplayed = 0\nwon = 0\nfor match in season[\"matches\"]:\n    played += 1\n    if match[\"result\"] == \"won\":\n        won += 1\n\nprint(\"Matches played:\", played)\nprint(\"Matches won:\", won)\nprint(\"Win percentage:\", round(100 * won / played, 1))\n"
                )
            ])
        ),
        (
            2714,
            ops(writes: [
                (
                    "memory/tennis/win-rate.py",
                    "import json\nfrom collections import Counter\n\nwith open(\"memory/tennis/singles-2027.json\") as f:\n    matches = json.load(f)[\"matches\"]\ncounts = Counter(m[\"result\"] for m in matches)\nplayed = len(matches)\nprint(\"played\", played)\nprint(\"won\", counts[\"won\"])\nprint(\"win %\", f\"{counts['won'] / played * 100:.1f}\")\n"
                )
            ])
        ),
    ]

    /// Wrong or partial results that the twenty-sixth fresh part's checks must refuse, at least six per intention.
    static let fresh26NearMisses: [(Int, String)] = [
        (2701, ops(writes: [(Fresh26.basil, Fresh26.basilRecord.replacingOccurrences(of: "412 g", with: "421 g"))])),
        (2701, ops(writes: [(Fresh26.basil, Fresh26.basilRecord.replacingOccurrences(of: "2019", with: "2009"))])),
        (2701, ops(writes: [(Fresh26.basil, Fresh26.basilRecord.replacingOccurrences(of: "985141002345678", with: "98514100234567"))])),
        (2701, ops(writes: [(Fresh26.basil, Fresh26.basilRecord.replacingOccurrences(of: "Hermann's tortoise", with: "Horsfield tortoise"))])),
        (2701, ops(writes: [("memory/pets/tortoises/shelly.txt", Fresh26.basilRecord)])),
        (2701, ops(writes: [("memory/pets/basil.txt", Fresh26.basilRecord)])),
        (
            2701,
            ops(writes: [
                (Fresh26.basil, "Basil is a Hermann's tortoise who hatched in 2019; he weighs 412 g and his microchip is 985141002345678.\n")
            ])
        ),
        (2701, ops(writes: [(Fresh26.basil, "```\n" + Fresh26.basilRecord + "```\n")])),
        (2701, ops(writes: [(Fresh26.basil, Fresh26.basilRecord.replacingOccurrences(of: "microchip: 985141002345678\n", with: ""))])),
        (2701, ops(writes: [(Fresh26.basil, Fresh26.basilRecord.replacingOccurrences(of: "412 g", with: "655 g"))])),
        (
            2701,
            ops(writes: [
                (Fresh26.basil, Fresh26.basilRecord),
                (
                    "memory/pets/tortoises/hibernation-2026.md",
                    Fresh26.tortoises["memory/pets/tortoises/hibernation-2026.md"]! + "Basil: not hibernating this year\n"
                ),
            ])
        ),
        (2701, ops(writes: [(Fresh26.basil, Fresh26.basilRecord + "vet: Kirkstall Vets\n")])),
        (
            2702,
            ops(writes: [
                (Fresh26.bookings, Fresh26.hall[Fresh26.bookings]!.replacingOccurrences(of: ";18:00;19:00;Pilates", with: ";17:00;18:00;Pilates"))
            ])
        ),
        (2702, ops(writes: [(Fresh26.bookings, Fresh26.retimed("17:00", "19:00"))])),
        (2702, ops(writes: [(Fresh26.bookings, Fresh26.retimed("19:00", "20:00"))])),
        (
            2702,
            ops(writes: [
                (
                    "memory/village-hall/bookings-2026.csv",
                    Fresh26.hall["memory/village-hall/bookings-2026.csv"]!.replacingOccurrences(
                        of: "15/06/2026;18:00;19:00", with: "15/06/2026;17:00;18:00")
                )
            ])
        ),
        (2702, ops(writes: [(Fresh26.bookings, Fresh26.retimed("17:00", "18:00").replacingOccurrences(of: ";", with: ","))])),
        (2702, ops(writes: [(Fresh26.bookings, Fresh26.hall[Fresh26.bookings]! + "14/06/2027;17:00;18:00;Pilates;Dee Rowe\n")])),
        (
            2702,
            ops(writes: [
                (
                    Fresh26.bookings,
                    Fresh26.hall[Fresh26.bookings]!.replacingOccurrences(of: "07/06/2027;18:00;19:00;Pilates", with: "07/06/2027;17:00;18:00;Pilates")
                )
            ])
        ),
        (
            2702,
            ops(writes: [
                (Fresh26.bookings, Fresh26.retimed("17:00", "18:00").replacingOccurrences(of: "date;start;end;group;contact\n", with: ""))
            ])
        ),
        (2702, ops(writes: [(Fresh26.bookings, "```csv\n" + Fresh26.retimed("17:00", "18:00") + "```\n")])),
        (
            2702,
            ops(writes: [
                (
                    Fresh26.bookings,
                    Fresh26.retimed("17:00", "18:00").replacingOccurrences(of: "14/06/2027;19:30;21:00;Yoga", with: "14/06/2027;18:30;20:00;Yoga")
                )
            ])
        ),
        (2702, ops(writes: [(Fresh26.bookings, Fresh26.hall[Fresh26.bookings]!.replacingOccurrences(of: Fresh26.pilatesRow + "\n", with: ""))])),
        (
            2703,
            ops(writes: [
                (
                    "memory/house/snagging-fixed.md",
                    Fresh26.snags["memory/house/snagging-fixed.md"]! + "3. En-suite extractor fan rattles when it's on\n"
                )
            ])
        ),
        (
            2703,
            ops(writes: [
                (
                    Fresh26.snagList,
                    Fresh26.snags[Fresh26.snagList]!.replacingOccurrences(
                        of: "1. Front door sticks", with: "1. En-suite extractor fan rattles when it's on\n2. Front door sticks")
                )
            ])
        ),
        (2703, ops(writes: [(Fresh26.snagList, Fresh26.snags[Fresh26.snagList]! + "5. En-suite extractor fan rattles when it's on\n")])),
        (
            2703,
            ops(writes: [
                (
                    Fresh26.snagList,
                    Fresh26.snags[Fresh26.snagList]!.replacingOccurrences(of: "3. Kitchen tap drips\n", with: "")
                        + "6. En-suite extractor fan rattles when it's on\n"
                )
            ])
        ),
        (2703, ops(writes: [(Fresh26.snagList, Fresh26.snags[Fresh26.snagList]! + "6. Extractor fan rattles when it's on\n")])),
        (
            2703,
            ops(writes: [
                (Fresh26.snagList, Fresh26.snags[Fresh26.snagList]! + "6. En-suite extractor fan rattles when it's on\n"),
                (
                    "memory/house/old-flat-repairs.md",
                    Fresh26.snags["memory/house/old-flat-repairs.md"]! + "3. En-suite extractor fan rattles when it's on\n"
                ),
            ])
        ),
        (2703, ops(writes: [(Fresh26.snagList, "6. En-suite extractor fan rattles when it's on\n")])),
        (
            2703,
            ops(writes: [
                (
                    Fresh26.snagList,
                    Fresh26.snags[Fresh26.snagList]!
                        + "6. En-suite extractor fan rattles when it's on\n7. En-suite extractor fan rattles when it's on\n"
                )
            ])
        ),
        (
            2703,
            ops(writes: [(Fresh26.snagList, "```\n" + Fresh26.snags[Fresh26.snagList]! + "6. En-suite extractor fan rattles when it's on\n```\n")])
        ),
        (
            2703,
            ops(writes: [
                (
                    Fresh26.snagList,
                    Fresh26.snags[Fresh26.snagList]!.replacingOccurrences(of: "3. Kitchen tap drips", with: "3. Kitchen tap drips (fixed)")
                        + "6. En-suite extractor fan rattles when it's on\n"
                )
            ])
        ),
        (2703, ops(writes: [(Fresh26.snagList, Fresh26.snags[Fresh26.snagList]! + "6. En-suite extractor fan not working\n")])),
        (2704, ops(#"{"op":"move","from":"memory/bees/Hive 2 inspection 2027-05-07.md","to":"memory/bees/Hive 1 inspection 2027-05-14.md"}"#)),
        (2704, ops(#"{"op":"move","from":"memory/bees/Hive 2 inspection 2027-05-14.md","to":"memory/bees/hive-1-inspection-2027-05-14.md"}"#)),
        (2704, ops(writes: [(Fresh26.inspection, Fresh26.bees[Fresh26.misnamed]!)])),
        (2704, ops(writes: [(Fresh26.misnamed, Fresh26.bees[Fresh26.misnamed]!.replacingOccurrences(of: "Hive 1", with: "Hive 2"))])),
        (2704, ops(#"{"op":"move","from":"memory/bees/Hive 2 inspection 2027-05-14.md","to":"memory/bees/Hive 1/Hive 1 inspection 2027-05-14.md"}"#)),
        (2704, ops(#"{"op":"delete","path":"memory/bees/Hive 2 inspection 2027-05-14.md"}"#)),
        (2704, ops(#"{"op":"move","from":"memory/bees/Hive 2 inspection 2027-05-14.md","to":"memory/bees/Hive 1 inspection 14-05-2027.md"}"#)),
        (
            2704,
            ops(
                writes: [(Fresh26.inspection, Fresh26.bees[Fresh26.misnamed]! + "Renamed from Hive 2\n")],
                #"{"op":"delete","path":"memory/bees/Hive 2 inspection 2027-05-14.md"}"#)
        ),
        (2704, ops(#"{"op":"move","from":"memory/bees/Hive 2 inspection 2027-05-14.md","to":"memory/bees/Hive 1 inspection 2027-05-14.txt"}"#)),
        (
            2705,
            ops(
                #"{"op":"move","from":"memory/post/jury-summons-2027.md","to":"memory/admin/Jury Service/jury-summons-2027.md"}"#,
                #"{"op":"move","from":"memory/post/jury-expenses-form.md","to":"memory/admin/Jury Service/jury-expenses-form.md"}"#)
        ),
        (2705, ops(#"{"op":"move","from":"memory/post/jury-expenses-form.md","to":"memory/admin/Jury Service/jury-expenses-form.md"}"#)),
        (2705, ops(writes: [(Fresh26.filed, Fresh26.post[Fresh26.summons]!)])),
        (2705, ops(#"{"op":"move","from":"memory/post/jury-summons-2027.md","to":"memory/admin/jury-service/jury-summons-2027.md"}"#)),
        (2705, ops(#"{"op":"move","from":"memory/post/jury-summons-2027.md","to":"memory/admin/jury-summons-2027.md"}"#)),
        (2705, ops(#"{"op":"move","from":"memory/post/jury-summons-2027.md","to":"memory/admin/Jury Service/summons.md"}"#)),
        (
            2705,
            ops(
                writes: [(Fresh26.filed, Fresh26.post[Fresh26.summons]! + "Replied online on 20 May 2027\n")],
                #"{"op":"delete","path":"memory/post/jury-summons-2027.md"}"#)
        ),
        (2705, ops(#"{"op":"delete","path":"memory/post/jury-summons-2027.md"}"#)),
        (2705, ops(#"{"op":"move","from":"memory/post/jury-summons-2027.md","to":"memory/admin/Jury Service/post/jury-summons-2027.md"}"#)),
        (2706, ops(writes: Array(Fresh26.newPlate("EL19 MAE").prefix(2)))),
        (2706, ops(writes: Fresh26.newPlate("EL19 MAE").map { ($0.0, $0.1.replacingOccurrences(of: "KP68 LZD", with: "EL19 MAE")) })),
        (
            2706,
            ops(
                writes: Fresh26.newPlate("EL19 MAE") + [
                    (
                        "memory/car/mot-history.md",
                        Fresh26.car["memory/car/mot-history.md"]!.replacingOccurrences(of: "YK19 RWT", with: "EL19 MAE")
                    )
                ])
        ),
        (
            2706,
            ops(
                writes: Fresh26.newPlate("EL19 MAE") + [
                    (
                        "memory/car/plate-transfer.md",
                        Fresh26.car["memory/car/plate-transfer.md"]!.replacingOccurrences(of: "YK19 RWT", with: "EL19 MAE")
                    )
                ])
        ),
        (2706, ops(writes: Fresh26.newPlate("EL19 MEA"))),
        (
            2706,
            ops(
                writes: Fresh26.newPlate("EL19 MAE").map {
                    $0.0 == Fresh26.permits
                        ? (
                            $0.0,
                            Fresh26.car[$0.0]!.replacingOccurrences(
                                of: "{\"holder\": \"Jen\", \"registration\": \"YK19 RWT\", \"expires\": \"2028-01-31\"},",
                                with:
                                    "{\"holder\": \"Jen\", \"registration\": \"YK19 RWT\", \"expires\": \"2028-01-31\"},\n    {\"holder\": \"Jen\", \"registration\": \"EL19 MAE\", \"expires\": \"2028-01-31\"},"
                            )
                        )
                        : $0
                })
        ),
        (
            2706,
            ops(
                writes: Fresh26.newPlate("EL19 MAE").map {
                    $0.0 == "memory/car/insurance.txt"
                        ? (
                            $0.0,
                            Fresh26.car[$0.0]!.replacingOccurrences(
                                of: "registration: YK19 RWT\n", with: "registration: YK19 RWT\nregistration: EL19 MAE\n")
                        )
                        : $0
                })
        ),
        (2706, ops(writes: Fresh26.newPlate("EL19 MAE").map { $0.0 == Fresh26.permits ? ($0.0, "```json\n" + $0.1 + "```\n") : $0 })),
        (2706, ops(writes: Fresh26.newPlate("EL19 MAE").map { ($0.0, $0.1.replacingOccurrences(of: "6620931", with: "6620913")) })),
        (
            2706,
            ops(
                writes: Fresh26.newPlate("EL19 MAE").map {
                    ($0.0, $0.1.replacingOccurrences(of: "renewal: 2 October 2027\n", with: ""))
                })
        ),
        (2707, ops(writes: [(Fresh26.sizesCopy, Fresh26.sizes["memory/kids/sizes-2026.json"]!)])),
        (2707, ops(writes: [("memory/shared/grandma/wishlist.json", Fresh26.sizes["memory/kids/wishlist.json"]!)])),
        (2707, ops(#"{"op":"move","from":"memory/kids/sizes.json","to":"memory/shared/grandma/sizes.json"}"#)),
        (2707, ops(writes: [("memory/shared/grandma/kids-sizes.json", Fresh26.sizes[Fresh26.sizesFile]!)])),
        (2707, ops(writes: [("memory/shared/sizes.json", Fresh26.sizes[Fresh26.sizesFile]!)])),
        (
            2707,
            ops(writes: [
                (Fresh26.sizesCopy, Fresh26.sizes[Fresh26.sizesFile]!.replacingOccurrences(of: "\"shoes\": \"13\"", with: "\"shoes\": \"12\""))
            ])
        ),
        (2707, ops(writes: [(Fresh26.sizesCopy, "```json\n" + Fresh26.sizes[Fresh26.sizesFile]! + "```\n")])),
        (
            2707,
            ops(writes: [
                (Fresh26.sizesCopy, Fresh26.sizes[Fresh26.sizesFile]!),
                ("memory/shared/grandma/wishlist.json", Fresh26.sizes["memory/kids/wishlist.json"]!),
            ])
        ),
        (
            2707,
            ops(writes: [
                (
                    Fresh26.sizesCopy,
                    "# Sizes\n- Maisie (7): clothes 7-8 years, shoes 13, coat 8-9 years\n- Arlo (4): clothes 4-5 years, shoes 9, coat 5-6 years\n"
                )
            ])
        ),
        (
            2707,
            ops(writes: [
                (Fresh26.sizesCopy, Fresh26.sizes[Fresh26.sizesFile]!),
                (Fresh26.sizesFile, Fresh26.sizes[Fresh26.sizesFile]!.replacingOccurrences(of: "2027-05-01", with: "2027-05-20")),
            ])
        ),
        (2708, ops(#"{"op":"delete","path":"memory/festivals/green-man-2027-packing.md"}"#)),
        (
            2708,
            ops(
                #"{"op":"delete","path":"memory/festivals/green-man-2026-packing.md"}"#,
                #"{"op":"delete","path":"memory/festivals/green-man-2027-packing.md"}"#)
        ),
        (
            2708,
            ops(
                #"{"op":"delete","path":"memory/festivals/green-man-2026-packing.md"}"#,
                #"{"op":"delete","path":"memory/festivals/Towersey 2026 packing.md"}"#)
        ),
        (2708, ops(writes: [(Fresh26.oldPacking, "")])),
        (2708, ops(#"{"op":"move","from":"memory/festivals/green-man-2026-packing.md","to":"memory/festivals/archive/green-man-2026-packing.md"}"#)),
        (
            2708,
            ops(
                writes: [
                    (
                        "memory/festivals/green-man-2027-packing.md",
                        Fresh26.festival["memory/festivals/green-man-2027-packing.md"]! + "- 2 camping chairs\n"
                    )
                ],
                #"{"op":"delete","path":"memory/festivals/green-man-2026-packing.md"}"#)
        ),
        (2708, ops(#"{"op":"move","from":"memory/festivals/green-man-2026-packing.md","to":"memory/festivals/green-man-2026-packing.md.old"}"#)),
        (2708, ops(#"{"op":"delete","path":"memory/festivals/green-man-2027-tickets.md"}"#)),
        (2709, ops(writes: [("outputs/planning-summary.md", Fresh26.planningSummary + "- The council expects to decide by 30 July 2027\n")])),
        (
            2709,
            ops(writes: [
                (
                    "outputs/planning-summary.md",
                    "12 Beech Road wants a two-storey rear extension and a rear dormer window (application 27/04417/FU); comments must reach the council by 2 July 2027.\n"
                )
            ])
        ),
        (2709, ops(writes: [("outputs/planning-summary.md", Fresh26.planningSummary.replacingOccurrences(of: "27/04417/FU", with: "25/01190/FU"))])),
        (2709, ops(writes: [("outputs/planning-summary.md", Fresh26.planningSummary.replacingOccurrences(of: "2 July 2027", with: "30 July 2027"))])),
        (2709, ops(writes: [("outputs/planning-summary.md", Fresh26.planningSummary.replacingOccurrences(of: "2 July 2027", with: "2 June 2027"))])),
        (
            2709,
            ops(writes: [
                (
                    "outputs/planning-summary.md",
                    Fresh26.planningSummary.replacingOccurrences(
                        of: "- Application number 27/04417/FU, plans on the council's website\n", with: "")
                )
            ])
        ),
        (
            2709,
            ops(writes: [
                (
                    "outputs/planning-summary.md",
                    Fresh26.planningSummary.replacingOccurrences(
                        of: "want a two-storey rear extension and a rear dormer window", with: "want a rear dormer window")
                )
            ])
        ),
        (
            2709,
            ops(writes: [
                (
                    "outputs/planning-summary.md",
                    Fresh26.planningSummary.replacingOccurrences(
                        of: ", plans on the council's website", with: "; number 8 also had a garage conversion approved")
                )
            ])
        ),
        (2709, ops(writes: [("outputs/planning-summary.md", "```\n" + Fresh26.planningSummary + "```\n")])),
        (2709, ops(writes: [("memory/neighbours/planning-summary.md", Fresh26.planningSummary)])),
        (2709, ops(writes: [("outputs/planning-summary.md", Fresh26.planning["memory/neighbours/planning-27-04417.txt"]!)])),
        (2709, ops(writes: [("outputs/planning-summary.md", Fresh26.planningSummary.replacingOccurrences(of: "2 July 2027", with: "2 July 2025"))])),
        (2709, ops(writes: [("outputs/planning-summary.md", Fresh26.planningSummary.replacingOccurrences(of: "two-storey", with: "single-storey"))])),
        (
            2709,
            ops(writes: [
                (
                    "outputs/planning-summary.md",
                    "- Mr and Mrs Okafor at 12 Beech Road, Leeds LS7 2AJ, have applied for permission to build a two-storey rear extension on the back of their house together with a dormer window in the rear roof slope, and the plans can be seen on the council's website\n- The application number is 27/04417/FU, which you need to quote when you search for the plans or write to the council about them\n- Comments must reach Planning Services at Merrion House by 2 July 2027, either online or by letter, and the council expects to make its decision by 30 July 2027\n"
                )
            ])
        ),
        (
            2710,
            ops(writes: [
                (
                    "outputs/high-value-items.md",
                    "- Sofa: £1,200\n- TV (55 inch): £649\n- Road bike: £850\n- Laptop: £999\n- Engagement ring: £2,300\n- Lawn mower: £520\n"
                )
            ])
        ),
        (
            2710,
            ops(writes: [
                (
                    "outputs/high-value-items.md",
                    "- Sofa: £1,200\n- TV (55 inch): £649\n- Laptop: £999\n- Dining table and chairs: £480\n- Engagement ring: £2,300\n- Lawn mower: £520\n"
                )
            ])
        ),
        (2710, ops(writes: [("outputs/high-value-items.md", "- Sofa: £1,200\n- TV (55 inch): £649\n- Laptop: £999\n- Engagement ring: £2,300\n")])),
        (
            2710,
            ops(writes: [
                (
                    "outputs/high-value-items.md",
                    "- Sofa: £1,200\n- TV (55 inch): £649\n- Laptop: £999\n- Engagement ring: £2,300\n- Lawn mower: £520\n- Piano: £1,500\n"
                )
            ])
        ),
        (
            2710,
            ops(writes: [
                (
                    "outputs/high-value-items.md",
                    "- Sofa: £1,200\n- TV (55 inch): £999\n- Laptop: £649\n- Engagement ring: £2,300\n- Lawn mower: £520\n"
                )
            ])
        ),
        (
            2710,
            ops(writes: [
                (
                    "outputs/high-value-items.md",
                    "Sofa (£1,200), TV (£649), laptop (£999), engagement ring (£2,300) and lawn mower (£520).\n"
                )
            ])
        ),
        (
            2710,
            ops(writes: [
                (
                    "outputs/high-value-items.md",
                    "```\n- Sofa: £1,200\n- TV (55 inch): £649\n- Laptop: £999\n- Engagement ring: £2,300\n- Lawn mower: £520\n```\n"
                )
            ])
        ),
        (
            2710,
            ops(writes: [
                (
                    "memory/house/high-value-items.md",
                    "- Sofa: £1,200\n- TV (55 inch): £649\n- Laptop: £999\n- Engagement ring: £2,300\n- Lawn mower: £520\n"
                )
            ])
        ),
        (2710, ops(writes: [("outputs/high-value-items.md", "- Sofa\n- TV (55 inch)\n- Laptop\n- Engagement ring\n- Lawn mower\n")])),
        (
            2710,
            ops(writes: [
                (
                    "outputs/high-value-items.md",
                    "- Sofa: £1,100\n- TV (55 inch): £649\n- Laptop: £999\n- Engagement ring: £2,300\n- Lawn mower: £520\n"
                )
            ])
        ),
        (
            2711,
            ops(writes: [
                ("outputs/devices.md", "- hall-lights.json\n- thermostat.json\n- doorbell.json\n- garden-plug.json\n- removed/old-kettle-plug.json\n")
            ])
        ),
        (
            2711,
            ops(writes: [
                ("outputs/devices.md", "- hall-lights.json\n- thermostat.json\n- thermostat.json.bak\n- doorbell.json\n- garden-plug.json\n")
            ])
        ),
        (2711, ops(writes: [("outputs/devices.md", "- hall-lights.json\n- thermostat.json\n- doorbell.json\n- garden-plug.json\n- hub.json\n")])),
        (2711, ops(writes: [("outputs/devices.md", "- hall-lights.json\n- thermostat.json\n- doorbell.json\n")])),
        (2711, ops(writes: [("outputs/devices.md", "The devices are hall-lights.json, thermostat.json, doorbell.json and garden-plug.json.\n")])),
        (2711, ops(writes: [("outputs/devices.md", "```\nhall-lights.json\nthermostat.json\ndoorbell.json\ngarden-plug.json\n```\n")])),
        (2711, ops(writes: [("memory/smart-home/devices.md", "- hall-lights.json\n- thermostat.json\n- doorbell.json\n- garden-plug.json\n")])),
        (
            2711,
            ops(writes: [("outputs/devices.md", "- hall-lights.json\n- thermostat.json\n- doorbell.json\n- garden-plug.json\n- thermostat.json\n")])
        ),
        (2711, ops(writes: [("outputs/devices.md", "- devices/\n- devices/removed/\n")])),
        (
            2711,
            ops(writes: [("outputs/devices.md", "- hall-lights.json\n- thermostat.json\n- doorbell.json\n- garden-plug.json\n- README.md\n")])
        ),
        (2712, ops(writes: [("outputs/fruit-trees.md", Fresh26.treesTable + "| Plum | Victoria | 2016 |\n")])),
        (
            2712,
            ops(writes: [
                (
                    "outputs/fruit-trees.md",
                    "| Tree | Variety | Planted | Rootstock |\n|---|---|---|---|\n| Apple | Egremont Russet | 2018 | MM106 |\n| Pear | Conference | 2020 | Quince A |\n| Cherry | Stella | 2022 | Gisela 5 |\n| Apple | Bramley | 2021 | M26 |\n"
                )
            ])
        ),
        (
            2712,
            ops(writes: [
                (
                    "outputs/fruit-trees.md",
                    "tree,variety,planted\napple,Egremont Russet,2018\npear,Conference,2020\ncherry,Stella,2022\napple,Bramley,2021\n"
                )
            ])
        ),
        (2712, ops(writes: [("outputs/fruit-trees.md", Fresh26.treesTable + "| Apricot | Tomcot | |\n")])),
        (
            2712,
            ops(writes: [
                (
                    "outputs/fruit-trees.md",
                    Fresh26.treesTable.replacingOccurrences(of: "Egremont Russet | 2018", with: "Egremont Russet | 2021").replacingOccurrences(
                        of: "Bramley | 2021", with: "Bramley | 2018")
                )
            ])
        ),
        (2712, ops(writes: [("outputs/fruit-trees.md", Fresh26.treesTable.replacingOccurrences(of: "| Cherry | Stella | 2022 |\n", with: ""))])),
        (2712, ops(writes: [("outputs/fruit-trees.md", "```markdown\n" + Fresh26.treesTable + "```\n")])),
        (2712, ops(writes: [("memory/garden/fruit-trees.md", Fresh26.treesTable)])),
        (
            2712,
            ops(writes: [
                ("outputs/fruit-trees.md", Fresh26.treesTable.replacingOccurrences(of: "| Tree | Variety | Planted |\n|---|---|---|\n", with: ""))
            ])
        ),
        (2712, ops(writes: [("outputs/fruit-trees.md", Fresh26.treesTable.replacingOccurrences(of: "Bramley | 2021", with: "Bramley | 2012"))])),
        (
            2712,
            ops(writes: [
                (
                    "outputs/fruit-trees.md",
                    Fresh26.trees["memory/garden/fruit-trees.txt"]!.replacingOccurrences(
                        of: "\ntree: plum\nvariety: Victoria\nplanted: 2016\nrootstock: St Julien A\nstatus: removed (silver leaf), 2026\n", with: "")
                )
            ])
        ),
        (
            2712,
            ops(writes: [
                (
                    "outputs/fruit-trees.md",
                    "| Tree | Planted |\n|---|---|\n| Apple (Egremont Russet) | 2018 |\n| Pear (Conference) | 2020 |\n| Cherry (Stella) | 2022 |\n| Apple (Bramley) | 2021 |\n"
                )
            ])
        ),
        (
            2713,
            ops(writes: [
                (
                    "skills/caravan-packing/SKILL.md",
                    "# Caravan packing\nRead the trip's note in memory/caravan/trips and memory/caravan/checklist.md, pack a change of clothes for each night, add the rain things only if rain is forecast and write the list to outputs/caravan-packing.md.\n"
                )
            ])
        ),
        (
            2713,
            ops(writes: [
                (
                    "skills/caravan-packing/SKILL.md",
                    Fresh26.packingSkill.replacingOccurrences(of: "name: caravan-packing", with: "name: Caravan Packing")
                )
            ])
        ),
        (
            2713,
            ops(writes: [
                (
                    "skills/caravan-packing/SKILL.md",
                    Fresh26.packingSkill.replacingOccurrences(of: "outputs/caravan-packing.md", with: "outputs/packing.md")
                )
            ])
        ),
        (
            2713,
            ops(writes: [
                (
                    "skills/caravan-packing/SKILL.md",
                    Fresh26.packingSkill.replacingOccurrences(of: "memory/caravan/checklist.md", with: "the checklist")
                )
            ])
        ),
        (
            2713,
            ops(writes: [
                (
                    "skills/caravan-packing/SKILL.md",
                    Fresh26.packingSkill.replacingOccurrences(of: "in memory/caravan/trips", with: "for the trip")
                )
            ])
        ),
        (
            2713,
            ops(writes: [
                (
                    "skills/caravan-packing/SKILL.md",
                    Fresh26.packingSkill.replacingOccurrences(
                        of: "- add the rain things (waterproofs, wellies, awning skirts) only if rain or showers are forecast.\n",
                        with: "- always add the rain things: waterproofs, wellies and awning skirts.\n")
                )
            ])
        ),
        (
            2713,
            ops(writes: [
                (
                    "skills/caravan-packing/SKILL.md",
                    Fresh26.packingSkill.replacingOccurrences(of: "- pack one change of clothes per person for each night;\n", with: "")
                        .replacingOccurrences(of: "to find how many nights it is and what the forecast says", with: "to see what the forecast says")
                )
            ])
        ),
        (2713, ops(writes: [("skills/caravan-packing/SKILL.md", "```markdown\n" + Fresh26.packingSkill + "```\n")])),
        (2713, ops(writes: [("skills/caravan-packing.md", Fresh26.packingSkill)])),
        (
            2713,
            ops(writes: [
                ("skills/caravan-packing/SKILL.md", Fresh26.packingSkill),
                ("skills/caravan-arrival/SKILL.md", Fresh26.arrivalSkill + "Run caravan-packing before you leave home.\n"),
            ])
        ),
        (
            2713,
            ops(writes: [
                (
                    "skills/caravan-arrival/SKILL.md",
                    Fresh26.arrivalSkill
                        + "\n## Packing\nRead the trip's note in memory/caravan/trips and memory/caravan/checklist.md, pack a change of clothes for each night, add the rain things only if rain is forecast and write the list to outputs/caravan-packing.md.\n"
                )
            ])
        ),
        (
            2713,
            ops(writes: [
                (
                    "skills/caravan-packing/SKILL.md",
                    Fresh26.packingSkill.replacingOccurrences(
                        of: "description: Make a packing list for a caravan trip from the checklist, the nights and the forecast.\n", with: "")
                )
            ])
        ),
        (
            2714,
            ops(writes: [
                ("memory/tennis/win-rate.py", Fresh26.winScript.replacingOccurrences(of: "singles-2027.json", with: "singles-2026.json"))
            ])
        ),
        (
            2714,
            ops(writes: [
                (
                    "memory/tennis/win-rate.py",
                    Fresh26.winScript.replacingOccurrences(
                        of: "with open(\"memory/tennis/singles-2027.json\") as f:\n    data = json.load(f)\n\nmatches = data[\"matches\"]\n",
                        with:
                            "matches = []\nfor name in [\"memory/tennis/singles-2026.json\", \"memory/tennis/singles-2027.json\"]:\n    with open(name) as f:\n        matches += json.load(f)[\"matches\"]\n"
                    )
                )
            ])
        ),
        (
            2714,
            ops(writes: [
                ("memory/tennis/win-rate.py", Fresh26.winScript.replacingOccurrences(of: "singles-2027.json", with: "doubles-2027.json"))
            ])
        ),
        (
            2714,
            ops(writes: [
                (
                    "memory/tennis/win-rate.py",
                    Fresh26.winScript.replacingOccurrences(of: "m[\"result\"] == \"won\"", with: "m[\"result\"] == \"lost\"")
                )
            ])
        ),
        (
            2714,
            ops(writes: [
                (
                    "memory/tennis/win-rate.py",
                    Fresh26.winScript.replacingOccurrences(of: "print(f\"Win rate: {won / played * 100:.0f}%\")\n", with: "")
                )
            ])
        ),
        (
            2714,
            ops(writes: [
                (
                    "memory/tennis/win-rate.py",
                    Fresh26.winScript.replacingOccurrences(of: "{won / played * 100:.0f}", with: "{won // played * 100}")
                )
            ])
        ),
        (
            2714,
            ops(writes: [
                (
                    "memory/tennis/win-rate.py",
                    Fresh26.winScript
                        + "data[\"win_rate\"] = round(won / played * 100)\nwith open(\"memory/tennis/singles-2027.json\", \"w\") as f:\n    json.dump(data, f, indent=2)\n"
                )
            ])
        ),
        (2714, ops(writes: [("memory/tennis/win-rate.py", "```python\n" + Fresh26.winScript + "```\n")])),
        (
            2714,
            ops(writes: [
                (
                    "memory/tennis/win-rate.py",
                    "#!/bin/bash\njq '.matches | length' memory/tennis/singles-2027.json\njq '[.matches[] | select(.result == \"won\")] | length' memory/tennis/singles-2027.json\n"
                )
            ])
        ),
        (
            2714,
            ops(writes: [
                (
                    "memory/tennis/win-rate.py",
                    Fresh26.winScript.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "# \($0)" }.joined(
                        separator: "\n")
                )
            ])
        ),
        (2714, ops(writes: [("outputs/win-rate.py", Fresh26.winScript)])),
        (
            2714,
            ops(writes: [
                ("memory/tennis/win-rate.py", Fresh26.winScript.replacingOccurrences(of: "matches = data[\"matches\"]", with: "matches = data"))
            ])
        ),
    ]
}

/// The twenty-sixth fresh part's fixtures and the helpers its checks share.
private enum Fresh26 {
    static let basil = "memory/pets/tortoises/basil.txt"
    static let tortoises: [String: String] = [
        "memory/pets/tortoises/shelly.txt":
            "name: Shelly\nspecies: Horsfield tortoise\nhatched: 2014\nweight: 655 g\nmicrochip: 985141000112233\nvet: Kirkstall Vets\n",
        "memory/pets/tortoises/hibernation-2026.md":
            "# Hibernation 2026\nShelly went in the fridge on 20 November 2026 at 672 g and woke on 2 March 2027 at 655 g\n",
        "memory/pets/tortoises/shopping.md": "# Tortoise shopping\n- UV bulb\n- dandelion seeds\n- calcium powder\n",
    ]
    static let basilRecord = "name: Basil\nspecies: Hermann's tortoise\nhatched: 2019\nweight: 412 g\nmicrochip: 985141002345678\n"

    /// Whether `text` is Basil's record: his name, Hermann's tortoise, hatched 2019, 412 g (0.412 kg
    /// passes) and microchip 985141002345678 (in groups passes), each on a key: value line of its own
    /// (a list marker, emphasis or a title aside), and no other number nor anything of Shelly's.
    static func isBasil(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !Judge.has(t, #"horsfield|kirkstall|\b655\b|\b2014\b|985141000112233"#) else { return false }
        let compact = t.replacingOccurrences(of: #"(\d)[ -](?=\d)"#, with: "$1", options: .regularExpression)
        let lines = Judge.lines(compact).map { $0.lowercased() }
        let facts = [
            #"name[^:]*:[\s*_]*basil\b"#, #"hermann"#, #"\b2019\b"#, #"\b412\s*(g|grams?|grammes?)\b|\b0\.412\s*(kg|kilos?|kilograms?)\b"#,
            #"\b985141002345678\b"#,
        ]
        let at = facts.map { f in lines.indices.filter { Judge.has(lines[$0], f) } }
        let numbers = Judge.found(compact, #"(\d+(?:\.\d+)?)"#)
        return at.allSatisfy { $0.count == 1 && lines[$0[0]].contains(":") } && Set(at.map { $0[0] }).count == facts.count
            && numbers.allSatisfy { ["2019", "412", "0.412", "985141002345678"].contains($0) }
    }

    static let bookings = "memory/village-hall/bookings-2027.csv"
    static let pilatesRow = "14/06/2027;18:00;19:00;Pilates;Dee Rowe"
    static let hall: [String: String] = [
        bookings:
            "date;start;end;group;contact\n07/06/2027;18:00;19:00;Pilates;Dee Rowe\n07/06/2027;19:30;21:00;Yoga;Sam Kerr\n\(pilatesRow)\n14/06/2027;19:30;21:00;Yoga;Sam Kerr\n21/06/2027;18:00;19:00;Pilates;Dee Rowe\n21/06/2027;19:30;21:00;Yoga;Sam Kerr\n26/06/2027;14:00;17:00;Birthday party;Priti Das\n",
        "memory/village-hall/bookings-2026.csv":
            "date;start;end;group;contact\n08/06/2026;18:00;19:00;Pilates;Dee Rowe\n15/06/2026;18:00;19:00;Pilates;Dee Rowe\n",
        "memory/village-hall/keyholders.md": "# Keyholders\n- Dee Rowe (Pilates)\n- Sam Kerr (Yoga)\n- me\n",
    ]
    /// The bookings with the Pilates class on 14 June from `start` to `end`.
    static func retimed(_ start: String, _ end: String) -> String {
        hall[bookings]!.replacingOccurrences(of: pilatesRow, with: "14/06/2027;\(start);\(end);Pilates;Dee Rowe")
    }

    /// The cells of a semicolon-separated line, trimmed, split at semicolons outside double quotes,
    /// the quotes removed.
    static func semicolonCells(_ line: String) -> [String] { Judge.cells(line, separator: ";") }

    /// A clock time ("17:00", "17.00", "5pm", "5:00 pm") in minutes after midnight, nil when it is not one.
    static func minutes(_ cell: String) -> Int? {
        let low = cell.lowercased()
        guard let m = low.range(of: #"^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$"#, options: .regularExpression).map({ String(low[$0]) }) else {
            return nil
        }
        let n = Judge.found(m, #"(\d+)"#).compactMap { Int($0) }
        let pm = m.hasSuffix("pm")
        guard let h = n.first, n.count == 2 || m.hasSuffix("m") else { return nil }
        let hour = pm && h < 12 ? h + 12 : (m.hasSuffix("am") && h == 12 ? 0 : h)
        let minute = n.count == 2 ? n[1] : 0
        return hour < 24 && minute < 60 ? hour * 60 + minute : nil
    }

    /// Whether `text` is the bookings, still separated by semicolons, with only the Pilates class
    /// on 14 June 2027 moved to 17:00 to 18:00 (another time format or quoted cells pass), every
    /// other row and cell as it was.
    static func isBookings(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(hall[bookings])
        let got = Judge.lines(t)
        guard got.count == want.count, got.allSatisfy({ $0.contains(";") }), let i = want.firstIndex(of: pilatesRow) else { return false }
        let row = semicolonCells(got[i])
        return row.count == 5 && row[0] == "14/06/2027" && minutes(row[1]) == 17 * 60 && minutes(row[2]) == 18 * 60
            && Array(row[3...]) == ["Pilates", "Dee Rowe"]
            && got.indices.allSatisfy { $0 == i || semicolonCells(got[$0]) == semicolonCells(want[$0]) }
    }

    static let snagList = "memory/house/snagging.md"
    static let snags: [String: String] = [
        snagList:
            "# Snagging list, 14 Larch Close\nReported to Hollins Homes on 3 May 2027\n\n1. Front door sticks at the bottom\n2. Crack in the plaster above the stairs\n3. Kitchen tap drips\n4. Missing grout behind the bath\n5. Garage door remote only works close up\n",
        "memory/house/snagging-fixed.md": "# Fixed snags\n1. Loose bannister, fixed 28 April\n2. Bedroom 2 radiator cold, fixed 2 May\n",
        "memory/house/old-flat-repairs.md": "# Old flat repairs\n1. Extractor fan in the bathroom\n2. Damp in the hall cupboard\n",
    ]

    /// Whether `text` is the snagging list as it was with one more entry at the end: the en-suite's
    /// extractor fan rattling, numbered 6 (another list marker, or none, passes; another number not).
    static func isSnagList(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let want = Judge.lines(snags[snagList])
        let got = Judge.lines(t)
        guard got.count == want.count + 1, Array(got.prefix(want.count)) == want, let last = got.last?.lowercased() else { return false }
        let marker = Judge.found(last, #"^([-*+]|\d+[.)])\s"#).first
        return (marker == nil || ["-", "*", "+", "6.", "6)"].contains(marker!)) && Judge.has(last, #"en[- ]?suite"#)
            && Judge.has(last, #"extractor"#) && Judge.has(last, #"\bfan\b"#) && Judge.has(last, #"rattl"#)
    }

    static let misnamed = "memory/bees/Hive 2 inspection 2027-05-14.md"
    static let inspection = "memory/bees/Hive 1 inspection 2027-05-14.md"
    static let bees: [String: String] = [
        misnamed:
            "# Hive 1 inspection, 14 May 2027\nQueen seen, eggs and young larvae\n7 frames of brood, 2 empty queen cups\nAdded a second super\n",
        "memory/bees/Hive 1 inspection 2027-05-07.md": "# Hive 1 inspection, 7 May 2027\nEggs seen, queen not spotted\n6 frames of brood\n",
        "memory/bees/Hive 2 inspection 2027-05-07.md": "# Hive 2 inspection, 7 May 2027\nQueen seen, calm colony\n4 frames of brood\n",
        "memory/bees/varroa-treatments.md": "# Varroa\nBoth hives treated with oxalic acid on 28 December 2026\n",
    ]

    static let summons = "memory/post/jury-summons-2027.md"
    static let filed = "memory/admin/Jury Service/jury-summons-2027.md"
    static let post: [String: String] = [
        summons:
            "# Jury summons\nLeeds Combined Court, from Monday 6 September 2027 for two weeks\nJuror number 4418273\nReply online within 7 days\n",
        "memory/post/jury-expenses-form.md": "# Juror expenses form\nTravel, parking and loss of earnings; fill in after the service\n",
        "memory/post/council-tax-2027.md": "# Council tax 2027-28\nBand C, £1,912 a year in 10 instalments\n",
        "memory/admin/Jury Service/court-details.md": "# Court\nLeeds Combined Court Centre, 1 Oxford Row\nArrive by 9 am on the first day\n",
    ]

    static let plated = ["memory/car/insurance.txt", "memory/house/parking-permits.json", "memory/car/breakdown-cover.md"]
    static let permits = "memory/house/parking-permits.json"
    static let car: [String: String] = [
        "memory/car/insurance.txt":
            "insurer: Brightside Motor\npolicy: BSM-882014\ncar: Skoda Octavia estate\nregistration: YK19 RWT\nrenewal: 2 October 2027\n",
        permits: """
        {
          "zone": "Headingley B",
          "permits": [
            {"holder": "Jen", "registration": "YK19 RWT", "expires": "2028-01-31"},
            {"holder": "Tom", "registration": "KP68 LZD", "expires": "2028-01-31"}
          ]
        }

        """,
        "memory/car/breakdown-cover.md":
            "# Breakdown cover\nGreen Flag, membership 6620931\nCovers the Skoda (YK19 RWT), roadside and recovery\nCall 0800 400 600\n",
        "memory/car/plate-transfer.md":
            "# Private plate\nDVLA letter: EL19 MAE assigned to the Skoda from 18 May 2027; the old number YK19 RWT goes back to the DVLA\n",
        "memory/car/mot-history.md": "# MOT history\n2025: pass (YK19 RWT)\n2026: pass with advisories (YK19 RWT)\n",
    ]
    /// The three notes with the Skoda's registration written `plate`.
    static func newPlate(_ plate: String) -> [(String, String)] {
        plated.map { ($0, car[$0]!.replacingOccurrences(of: "YK19 RWT", with: plate)) }
    }

    /// `text` parsed as JSON and written back with sorted keys, nil when it is not JSON.
    static func json(_ text: String) -> Data? {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))).flatMap { try? JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]) }
    }

    /// Whether `text` is the note at `path` with YK19 RWT written EL19 MAE (without the space or
    /// in lower case passes, and in a note an aside saying what it was), everything else as it was;
    /// the permits JSON however laid out.
    static func hasNewPlate(_ text: String?, _ path: String) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let plain = t.replacingOccurrences(of: #"(?i)\bel19\s*mae\b"#, with: "EL19 MAE", options: .regularExpression)
        let wanted = car[path]!.replacingOccurrences(of: "YK19 RWT", with: "EL19 MAE")
        if path == permits { return json(plain) != nil && json(plain) == json(wanted) }
        let got = Judge.lines(plain).map {
            $0.replacingOccurrences(of: #"\s*\((was|previously|formerly|old)\b[^)]*\)"#, with: "", options: [.regularExpression, .caseInsensitive])
        }
        return got == Judge.lines(wanted)
    }

    static let sizesFile = "memory/kids/sizes.json"
    static let sizesCopy = "memory/shared/grandma/sizes.json"
    static let sizes: [String: String] = [
        sizesFile: """
        {
          "updated": "2027-05-01",
          "children": [
            {"name": "Maisie", "age": 7, "clothes": "7-8 years", "shoes": "13", "coat": "8-9 years"},
            {"name": "Arlo", "age": 4, "clothes": "4-5 years", "shoes": "9", "coat": "5-6 years"}
          ]
        }

        """,
        "memory/kids/sizes-2026.json":
            "{\n  \"updated\": \"2026-04-12\",\n  \"children\": [\n    {\"name\": \"Maisie\", \"age\": 6, \"clothes\": \"6-7 years\", \"shoes\": \"12\"},\n    {\"name\": \"Arlo\", \"age\": 3, \"clothes\": \"3-4 years\", \"shoes\": \"8\"}\n  ]\n}\n",
        "memory/kids/wishlist.json": "{\"Maisie\": [\"roller skates\", \"a microscope\"], \"Arlo\": [\"dinosaur wellies\", \"a scooter\"]}\n",
        "memory/shared/grandma/README.md": "Things to share with Grandma Jean\n",
    ]

    static let oldPacking = "memory/festivals/green-man-2026-packing.md"
    static let festival: [String: String] = [
        oldPacking: "# Green Man 2026 packing\n- tent\n- wellies\n- head torch\n- 2 camping chairs\n",
        "memory/festivals/green-man-2027-packing.md": "# Green Man 2027 packing\n- tent (the new one)\n- wellies\n- head torch\n- power bank\n",
        "memory/festivals/green-man-2027-tickets.md": "# Green Man 2027\n2 adult weekend tickets, order GM27-55019\nGates open Thursday 19 August\n",
        "memory/festivals/Towersey 2026 packing.md": "# Towersey 2026\n- gazebo\n- fairy lights\n",
    ]

    static let planning: [String: String] = [
        "memory/neighbours/planning-27-04417.txt": """
        LEEDS CITY COUNCIL - PLANNING SERVICES
        Notice of planning application

        Application number: 27/04417/FU
        Site: 12 Beech Road, Leeds LS7 2AJ
        Proposal: Two-storey rear extension and a dormer window to the rear roof
        Applicant: Mr and Mrs Okafor

        You are a neighbouring occupier. The plans can be viewed on the council's website by searching for the application number.
        Comments must reach us by 2 July 2027. Comments can be made online or by letter to Planning Services, Merrion House.
        We expect to decide the application by 30 July 2027.

        """,
        "memory/neighbours/planning-25-01190.txt":
            "LEEDS CITY COUNCIL - PLANNING SERVICES\nApplication number: 25/01190/FU\nSite: 8 Beech Road\nProposal: Single-storey garage conversion\nComments by 14 March 2025\nDecision: approved 2 May 2025\n",
    ]
    static let planningSummary =
        "- 12 Beech Road (Mr and Mrs Okafor) want a two-storey rear extension and a rear dormer window\n- Application number 27/04417/FU, plans on the council's website\n- Comments must reach the council by 2 July 2027, online or by letter\n"

    /// A date in a lowercased text: "2 july", "july 2nd", "02/07/2027", "2027-07-02".
    static let date =
        #"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\b|\b\d{4}-\d{1,2}-\d{1,2}\b"#

    /// Whether, on the lines of the lowercased `low` that name `keyword` and give a date, the date
    /// nearest the keyword is `day` of `month`, and there is such a line.
    static func nearestDate(_ low: String, _ keyword: String, day: Int, month: Int) -> Bool {
        let k = try! NSRegularExpression(pattern: keyword)  // a constant pattern
        let d = try! NSRegularExpression(pattern: date)
        let near: [String] = Judge.lines(low).compactMap { line in
            let all = NSRange(line.startIndex..., in: line)
            guard let at = k.firstMatch(in: line, range: all)?.range else { return nil }
            let gap = { (r: NSRange) in r.location >= at.location ? r.location - NSMaxRange(at) : at.location - NSMaxRange(r) }
            return d.matches(in: line, range: all).min { gap($0.range) < gap($1.range) }.flatMap { Range($0.range, in: line) }.map {
                String(line[$0])
            }
        }
        return !near.isEmpty && near.allSatisfy { Judge.hasDate($0, day: day, month: month) }
    }

    /// Whether `text` sums up the planning notice in one to three bullet points (a title line aside),
    /// seventy words at most: the two-storey extension, the reference 27/04417/FU and comments by
    /// 2 July (the decision date aside), and nothing of the older notice, no other date nor year.
    static func isPlanningSummary(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t) else { return false }
        let bullet = #"^([-*+•]|\d+[.)])\s+"#
        var all = Judge.lines(t)
        if all.count > 1, all[0].hasPrefix("#") || (all[0].hasSuffix(":") && !Judge.has(all[0], bullet)) { all.removeFirst() }
        guard (1...3).contains(all.count), all.allSatisfy({ Judge.has($0, bullet) }) else { return false }
        let low = all.joined(separator: "\n").lowercased()
        let count = low.split(whereSeparator: { $0 == " " || $0 == "\n" }).filter { $0.contains { $0.isLetter || $0.isNumber } }.count
        guard count >= 8, count <= 70 else { return false }
        return low.contains("27/04417/fu") && Judge.has(low, #"\b(two|2)[- ]stor(e)?y\b"#) && low.contains("extension")
            && !Judge.has(low, #"25/01190|garage|single[- ]stor|\b8 beech|number 8"#) && Judge.hasDate(low, day: 2, month: 7)
            && Judge.days(low, month: 7).allSatisfy { [2, 30].contains($0) }
            && [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12].allSatisfy { Judge.days(low, month: $0).isEmpty }
            && Judge.found(low, #"\b(20\d{2})\b"#).allSatisfy { $0 == "2027" }
            && nearestDate(low, #"comment|object|have your say|respond|representation|deadline"#, day: 2, month: 7)
    }

    static let contents: [String: String] = [
        "memory/house/contents-2027.tsv":
            "item\troom\tbought\tvalue_gbp\tstatus\nSofa\tLiving room\t2023\t1200\tkept\nTV (55 inch)\tLiving room\t2024\t649\tkept\nRoad bike\tGarage\t2021\t850\tsold\nLaptop\tStudy\t2025\t999\tkept\nDining table and chairs\tKitchen\t2022\t480\tkept\nEngagement ring\tBedroom\t2019\t2300\tkept\nCoffee machine\tKitchen\t2026\t310\tkept\nLawn mower\tGarage\t2024\t520\tkept\n",
        "memory/house/contents-2026.tsv":
            "item\troom\tbought\tvalue_gbp\tstatus\nSofa\tLiving room\t2023\t1100\tkept\nPiano\tLiving room\t2010\t1500\tkept\nRoad bike\tGarage\t2021\t850\tkept\n",
        "memory/house/insurance-renewal.md": "# Contents insurance\nRenews 1 August 2027. Single items over £500 must be listed on the form.\n",
    ]

    /// Whether `text` lists the five kept items worth more than £500, each with its own value (a
    /// table, another marker or amount format, another order pass), and not the sold bike, the
    /// cheaper items nor last year's piano or sofa value.
    static func isValuables(_ text: String?) -> Bool {
        guard let t = text?.replacingOccurrences(of: "\r\n", with: "\n"),
            !Judge.has(t, #"bike|\b850\b|dining|\b480\b|coffee|\b310\b|piano|1,?500|1,?100"#)
        else { return false }
        return Judge.isPairedList(
            t, who: [#"sofa"#, #"\btv\b"#, #"laptop"#, #"\bring\b"#, #"mower"#],
            what: [#"\b1,?200\b"#, #"\b649\b"#, #"\b999\b"#, #"\b2,?300\b"#, #"\b520\b"#])
    }

    static let devices: [String: String] = [
        "memory/smart-home/devices/hall-lights.json": "{\"name\": \"Hall lights\", \"type\": \"bulb\", \"room\": \"hall\"}\n",
        "memory/smart-home/devices/thermostat.json": "{\"name\": \"Thermostat\", \"type\": \"heating\", \"room\": \"landing\"}\n",
        "memory/smart-home/devices/doorbell.json": "{\"name\": \"Front doorbell\", \"type\": \"video doorbell\", \"room\": \"porch\"}\n",
        "memory/smart-home/devices/garden-plug.json": "{\"name\": \"Garden plug\", \"type\": \"smart plug\", \"room\": \"garden\"}\n",
        "memory/smart-home/devices/thermostat.json.bak": "{\"name\": \"Thermostat\", \"type\": \"heating\", \"room\": \"hall\"}\n",
        "memory/smart-home/devices/removed/old-kettle-plug.json": "{\"name\": \"Kettle plug\", \"type\": \"smart plug\", \"room\": \"kitchen\"}\n",
        "memory/smart-home/hub.json": "{\"name\": \"Hub\", \"firmware\": \"4.2.1\"}\n",
        "memory/smart-home/README.md": "# Smart home\nOne JSON file per device in devices/; unplugged ones go in devices/removed/\n",
    ]

    /// Whether `text` lists the four devices (by file name, path or device name), one entry each in
    /// any order, and not the removed kettle plug, the backup nor the hub.
    static func isDeviceList(_ text: String?) -> Bool {
        Judge.isNamedList(
            text?.replacingOccurrences(of: "\r\n", with: "\n"), [#"hall[- ]lights"#, #"thermostat"#, #"doorbell"#, #"garden[- ]plug"#],
            banned: #"\.bak|kettle|hub\.json|readme"#)
    }

    static let trees: [String: String] = [
        "memory/garden/fruit-trees.txt":
            "tree: apple\nvariety: Egremont Russet\nplanted: 2018\nrootstock: MM106\n\ntree: pear\nvariety: Conference\nplanted: 2020\nrootstock: Quince A\n\ntree: plum\nvariety: Victoria\nplanted: 2016\nrootstock: St Julien A\nstatus: removed (silver leaf), 2026\n\ntree: cherry\nvariety: Stella\nplanted: 2022\nrootstock: Gisela 5\n\ntree: apple\nvariety: Bramley\nplanted: 2021\nrootstock: M26\n",
        "memory/garden/fruit-wishlist.txt": "tree: apricot\nvariety: Tomcot\n\ntree: quince\nvariety: Meech's Prolific\n",
        "memory/garden/pruning.md": "# Pruning\nApples and pears in winter, plums and cherries in summer\n",
    ]
    static let treesTable =
        "| Tree | Variety | Planted |\n|---|---|---|\n| Apple | Egremont Russet | 2018 |\n| Pear | Conference | 2020 |\n| Cherry | Stella | 2022 |\n| Apple | Bramley | 2021 |\n"
    /// Each tree standing (a pattern for the tree and one for its variety) and the year it was planted.
    static let standing: [(tree: String, variety: String, year: String)] = [
        ("apple", "egremont|russet", "2018"), ("pear", "conference", "2020"), ("cherry", "stella", "2022"), ("apple", "bramley", "2021"),
    ]

    /// Whether `text` is a Markdown table (a title line aside, outer pipes or not) with a header
    /// naming the tree, the variety and the year planted in any order, a rule, and one row for each
    /// of the four trees standing in any order with its own variety and year, nothing else: not the
    /// removed plum, the wish list's trees nor the rootstocks.
    static func isTreesTable(_ text: String?) -> Bool {
        guard let t = text, !Judge.fenced(t), !Judge.has(t, #"plum|victoria|apricot|quince|tomcot|rootstock|mm106"#) else { return false }
        var all = Judge.lines(t)
        if let first = all.first, first.hasPrefix("#") { all.removeFirst() }
        guard all.count == standing.count + 2, Judge.isTableRule(all[1]), let header = Judge.cells(all[0])?.map({ $0.lowercased() }),
            header.count == 3, let tr = header.firstIndex(where: { Judge.has($0, #"tree|fruit"#) }),
            let v = header.firstIndex(where: { Judge.has($0, #"variety|cultivar"#) }),
            let y = header.firstIndex(where: { Judge.has($0, #"plant|year"#) }), Set([tr, v, y]).count == 3
        else { return false }
        var left = Array(standing.indices)
        for line in all.dropFirst(2) {
            guard let c = Judge.cells(line)?.map({ $0.lowercased() }), c.count == 3 else { return false }
            let hits = left.filter { Judge.has(c[tr], #"\b\#(standing[$0].tree)"#) && Judge.has(c[v], standing[$0].variety) }
            guard hits.count == 1, let w = hits.first, Judge.found(c[y], #"(\d+)"#) == [standing[w].year] else { return false }
            left.removeAll { $0 == w }
        }
        return left.isEmpty
    }

    static let arrivalSkill =
        "---\nname: caravan-arrival\ndescription: The steps for setting up the caravan on a new pitch.\n---\nRead memory/caravan/setup.md and go through it step by step: level the van, hook up the electrics, fill the water.\n"
    static let caravan: [String: String] = [
        "skills/README.md": "Skills go in skills/<name>/SKILL.md, with a name and a description in the front matter.\n",
        "skills/caravan-arrival/SKILL.md": arrivalSkill,
        "memory/caravan/checklist.md":
            "# Caravan checklist\n## Always\n- gas bottle\n- hook-up cable\n- levelling ramps\n- first aid kit\n## Per night\n- one change of clothes each\n## If rain is forecast\n- waterproofs\n- wellies\n- awning skirts\n",
        "memory/caravan/trips/2027-07-whitby.md": "# Whitby, Sandfield House Farm\nFrom 24 July, 5 nights\nForecast: showers most days\n",
        "memory/caravan/trips/2027-08-dales.md": "# Wensleydale\nFrom 20 August, 3 nights\n",
    ]
    static let packingSkill =
        "---\nname: caravan-packing\ndescription: Make a packing list for a caravan trip from the checklist, the nights and the forecast.\n---\nRead the trip's note in memory/caravan/trips to find how many nights it is and what the forecast says.\nThen go through memory/caravan/checklist.md:\n- pack everything under Always;\n- pack one change of clothes per person for each night;\n- add the rain things (waterproofs, wellies, awning skirts) only if rain or showers are forecast.\nWrite the packing list to outputs/caravan-packing.md.\n"

    /// Whether `text` is a skill named caravan-packing with a description, whose body reads the
    /// trip's note in memory/caravan/trips and memory/caravan/checklist.md, packs clothes by the
    /// nights, adds the rain things only when rain is forecast, and saves the list in
    /// outputs/caravan-packing.md.
    static func isPackingSkill(_ text: String?) -> Bool {
        guard let t = text, let (fields, body) = Judge.skill(t) else { return false }
        let b = body.lowercased()
        let paths = ["outputs/caravan-packing.md", "memory/caravan/checklist.md", "memory/caravan/trips"]
        let prose = paths.reduce(b) { $0.replacingOccurrences(of: $1, with: " ") }
        return fields["name"] == "caravan-packing" && (fields["description"] ?? "").count >= 10 && b.count >= 40
            && paths.allSatisfy { b.contains($0) } && Judge.has(prose, #"\bnights?\b"#) && Judge.has(prose, #"cloth|change of|outfit"#)
            && Judge.has(
                prose,
                #"\b(if|when|whenever|unless|only)\b[^.\n]*\b(rain|showers?|wet)\b|\b(rain|showers?|wet|waterproofs?)\b[^.\n]*\b(if|when|only)\b[^.\n]*\b(forecast|expected)"#
            )
    }

    static let tennis: [String: String] = [
        "memory/tennis/singles-2027.json": """
        {
          "player": "Nadia",
          "season": 2027,
          "matches": [
            {"date": "2027-04-10", "opponent": "Beth Moss", "result": "won", "score": "6-3 6-4"},
            {"date": "2027-04-17", "opponent": "Kay Trent", "result": "lost", "score": "4-6 2-6"},
            {"date": "2027-04-24", "opponent": "Ruth Pell", "result": "won", "score": "7-5 6-2"},
            {"date": "2027-05-08", "opponent": "Ama Boateng", "result": "won", "score": "6-1 6-1"},
            {"date": "2027-05-15", "opponent": "Kay Trent", "result": "lost", "score": "6-7 3-6"},
            {"date": "2027-05-29", "opponent": "Jo Speight", "result": "won", "score": "6-4 3-6 10-7"}
          ]
        }

        """,
        "memory/tennis/singles-2026.json":
            "{\n  \"player\": \"Nadia\",\n  \"season\": 2026,\n  \"matches\": [\n    {\"date\": \"2026-05-02\", \"opponent\": \"Kay Trent\", \"result\": \"lost\", \"score\": \"3-6 4-6\"},\n    {\"date\": \"2026-05-16\", \"opponent\": \"Beth Moss\", \"result\": \"won\", \"score\": \"6-4 6-4\"}\n  ]\n}\n",
        "memory/tennis/doubles-2027.json":
            "{\n  \"partner\": \"Ruth Pell\",\n  \"matches\": [\n    {\"date\": \"2027-04-11\", \"result\": \"won\"},\n    {\"date\": \"2027-05-09\", \"result\": \"won\"}\n  ]\n}\n",
        "memory/tennis/club.md": "# Club\nSingles ladder on Saturdays, doubles on Sundays\n",
    ]
    static let winScript =
        "import json\n\nwith open(\"memory/tennis/singles-2027.json\") as f:\n    data = json.load(f)\n\nmatches = data[\"matches\"]\nplayed = len(matches)\nwon = sum(1 for m in matches if m[\"result\"] == \"won\")\nprint(f\"Played: {played}\")\nprint(f\"Won: {won}\")\nprint(f\"Win rate: {won / played * 100:.0f}%\")\n"

    /// Whether `text` is a Python script (a shebang, if any, names Python) that loads this season's
    /// singles JSON (not last season's nor the doubles), takes its matches, counts those won, divides
    /// (not with `//`) for a percentage and prints more than one value, writing, moving or removing
    /// nothing. Comments and a fenced reply do not count; plain strings (labels) are read apart.
    static func isWinScript(_ text: String?) -> Bool {
        guard let script = Judge.readOnlyPython(text, reading: "singles-2027.json", not: "singles-2026"), !script.code.contains("doubles")
        else { return false }
        return Judge.has(script.code, #"json\.loads?\(|read_json\("#) && Judge.has(script.code, #"["']matches["']"#)
            && Judge.has(script.code, #"["']result["']"#) && Judge.has(script.code, #"["']won["']"#)
            && Judge.has(script.bare, #"[\w)\]]\s*/(?!/)\s*[\w(]"#) && !script.bare.contains("//")
            && Judge.has(script.bare, #"\*\s*100\b|\b100(\.0)?\s*\*|:\.?\d*%"#) && script.twoValues
    }
}
