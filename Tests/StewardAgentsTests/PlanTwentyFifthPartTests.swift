import Foundation
import StewardCore
import StewardModels
import Testing

@testable import StewardAgents
@testable import StewardTools

/// What the twenty-fifth blind part's traces (fresh25, issue 19) showed the plan getting wrong,
/// each made by code, on fixtures of their own (not the part's). The whole loop runs where it
/// says so (`PlanStepTests.run`: a scripted model on a real HTTP server, a real workspace).
@Suite("Plan: the twenty-fifth blind part's traces")
struct PlanTwentyFifthPartTests {
    static let films =
        "# Films 2027\n\n| Film | Director | Watched | Stars |\n|---|---|---|---|\n| Aftersun | Charlotte Wells | 3 Mar | 4/5 |\n| Perfect Days | Wim Wenders | 19 Mar | 5/5 |\n"

    /// A table's new row: the date and the score the task gives are written by code, the
    /// title and the maker asked, a cell without the comma a reply held off digits stops at.
    @Test func aTablesNewRowTakesTheDateAndScoreFromTheTask() async throws {
        let task = "Add a row to the table in memory/films/2027.md for Past Lives by Celine Song, watched 12 April, 4/5"
        let cells = AgentLoop.tableCellsByCode(["Film", "Director", "Watched", "Stars"], rows: AgentLoop.tableOf(Self.films)!.rows, task: task)
        #expect(cells == [0: "Past Lives", 1: "Celine Song", 2: "12 Apr", 3: "4/5"])
        #expect(
            AgentLoop.madeBy(["Film", "Director", "Watched"], task: "Add Past Lives by Celine Song as the newest row") == [
                0: "Past Lives", 1: "Celine Song",
            ])
        #expect(AgentLoop.madeBy(["Film", "Seen with", "Watched"], task: "Add Past Lives by Celine Song as the newest row").isEmpty)
        let run = try await PlanStepTests.run(
            task, kind: .research, files: ["memory/films/2027.md": Self.films],
            ScriptedModel([.text(#"{"action": "append"}"#), .text(#"{"Film": "Past Lives", "Director": "Celine Song,          "}"#)]))
        #expect(run.files["memory/films/2027.md"] == Self.films + "| Past Lives | Celine Song | 12 Apr | 4/5 |\n")
        // A score in words; a cell that is a sentence is asked again from the names the task writes.
        let said =
            "Saw Past Lives at last! Could you add it to memory/films/2027.md? It's by Celine Song, I watched it on 12 April, and I'd give it four out of five."
        #expect(
            AgentLoop.tableCellsByCode(["Film", "Director", "Watched", "Stars"], rows: AgentLoop.tableOf(Self.films)!.rows, task: said)[3] == "4/5")
        let again = try await PlanStepTests.run(
            said, kind: .research, files: ["memory/films/2027.md": Self.films],
            ScriptedModel([
                .text(#"{"action": "append"}"#), .text(#"{"Film": "Saw Past Lives at last!", "Director": "Celine Song"}"#),
                .text(#"{"Film": "Past Lives"}"#),
            ]))
        #expect(again.files["memory/films/2027.md"] == Self.films + "| Past Lives | Celine Song | 12 Apr | 4/5 |\n")
    }

    /// A string's pattern in a question's schema lets no double quote or backslash through
    /// (llama.cpp's server holds the reply's raw JSON text to it: a quote let through ended
    /// the string inside it), and means what it meant for every other character.
    @Test func aQuestionsPatternsLetNoQuoteThrough() throws {
        #expect(FormQuestion.jsonSafe(#"^[^|\n0-9]{1,60}$"#) == #"^[^"\\|\n0-9]{1,60}$"#)
        #expect(FormQuestion.jsonSafe(#"^- .*$"#) == #"^- [^"\\\n]*$"#)
        #expect(FormQuestion.jsonSafe(#"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,60}\.[a-z]{1,8}$"#) == #"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,60}\.[a-z]{1,8}$"#)
        let schema = FormQuestion.object([("Author", .object(["type": "string", "pattern": #"^[^|\n0-9]{1,60}$"#]))])
        let pattern = try #require(schema["properties"]?["Author"]?["pattern"]?.string)
        #expect("Maggie O'Farrell".range(of: pattern, options: .regularExpression) != nil)
        #expect(#"Maggie O'Farrell", "Finished": "Sept"#.range(of: pattern, options: .regularExpression) == nil)
        #expect(#"C:\books"#.range(of: pattern, options: .regularExpression) == nil)
    }

    /// A numbered item's short first sentence is the label of the next: a summary says what the
    /// date it keeps is of.
    @Test func aListItemsLabelStaysWithItsSentence() async throws {
        let minutes =
            "# Allotment committee\nMinutes of the meeting on Tuesday 4 March 2027\n\n1. Open day. Agreed to hold it on Sunday 8 June 2027, 10 am to 3 pm. Priya will make the posters.\n2. Rent. Each plot holder pays £35 for the year, due by 1 April.\n3. Next meeting: Tuesday 1 April 2027, 7 pm, in the hut.\n"
        let task =
            "Summarise memory/allotment/minutes.md in outputs/allotment.md as three bullet points at most: the open day date, what each plot holder pays and the next meeting"
        let run = try await PlanStepTests.run(
            task, kind: .research, files: ["memory/allotment/minutes.md": minutes], ScriptedModel([.text(#"{"action": "summarise"}"#)]))
        let summary = try #require(run.files["outputs/allotment.md"])
        #expect(summary.contains("Open day: Agreed to hold it on Sunday 8 June 2027"), "\(summary)")
        #expect(summary.split(separator: "\n").count <= 3, "\(summary)")
        // Planned as a move, a summary the words ask for is one.
        let move = try await PlanStepTests.run(
            "The new neighbours asked what was decided. Please read memory/allotment/minutes.md and write a short summary for them to outputs/allotment.md, three bullet points or fewer.",
            kind: .research, files: ["memory/allotment/minutes.md": minutes], ScriptedModel([.text(#"{"action": "move"}"#)]))
        #expect(move.files["outputs/allotment.md"]?.contains("Sunday 8 June 2027") == true)
        #expect(move.files["memory/allotment/minutes.md"] == minutes)
        #expect(AgentLoop.labelled(["Thanks all.", "See you soon."], item: false) == ["Thanks all.", "See you soon."])
        #expect(AgentLoop.labelled(["Rent.", "Each pays £35."], item: true) == ["Rent: Each pays £35."])
        #expect(AgentLoop.labelled(["Rent went up by 5.", "Each pays £35."], item: true).count == 2)
    }

    static let gigs = """
        {
          "fan": "Kim",
          "gigs": [
            {"artist": "Self Esteem", "date": "2027-02-11", "venue": "Brudenell", "price": 38.5, "seat": "B12"},
            {"artist": "Wet Leg", "date": "2027-03-02", "venue": "O2 Academy", "price": 42, "seat": "standing"},
            {"artist": "Fontaines D.C.", "date": "2027-04-20", "venue": "First Direct Arena", "price": 55, "seat": "C3"}
          ]
        }

        """

    /// A conversion of records keeps the columns the task lists, in its order: by a shared word,
    /// and the one left by the column naming each record ("the gig" of a gig's "artist").
    @Test func aConversionKeepsTheColumnsTheTaskLists() async throws {
        let files = ["memory/music/gigs-2027.json": Self.gigs]
        let task = "Convert memory/music/gigs-2027.json to a CSV file, outputs/gigs.csv, with columns for the gig, the date and the ticket price"
        let run = try await PlanStepTests.run(task, kind: .research, files: files, ScriptedModel([.text(#"{"action": "convert"}"#)]))
        #expect(
            run.files["outputs/gigs.csv"] == "artist,date,price\nSelf Esteem,2027-02-11,38.5\nWet Leg,2027-03-02,42\nFontaines D.C.,2027-04-20,55\n")
        // Without a list of columns, those it names, not those it does not need.
        let rows = try #require(ConvertFile.rows(of: "gigs.json", text: Self.gigs))
        let picked = AgentLoop.askedRows(
            "Turn my gigs into outputs/gigs.csv: the artist, the date and the price. I don't need the venues or seats.", rows)
        #expect(picked?.first == ["artist", "date", "price"])
        #expect(AgentLoop.askedRows("Turn my gigs into outputs/gigs.csv", rows) == nil)
        // A column by the values the listed name says; a listed name no column has keeps them all.
        let seats = AgentLoop.askedRows("Convert them to outputs/gigs.csv, one row per gig with the artist, standing or seated and the price", rows)
        #expect(seats == nil, "no column holds just 'standing' and 'seated'")
        let fixtures = [
            ["date", "opponent", "venue"], ["2027-04-24", "Ashby", "home"], ["2027-05-01", "Kibworth", "away"], ["2027-05-08", "Glen", "home"],
        ]
        #expect(
            AgentLoop.askedRows("Turn it into outputs/f.csv, one row per match with the date and home or away", fixtures)?.first == ["date", "venue"])
        // A Markdown table's conversion keeps its columns (its "Due back" said as "due date").
        let table = "# Films out\n\n| Title | Shop | Due back |\n|---|---|---|\n| Heat | Blockbuster | 4 May |\n| Ran | Civic | 6 May |\n"
        let json = try await PlanStepTests.run(
            "Could you turn the table in memory/films/out.md into outputs/out.json? Each film as an object with its title, shop and due date.",
            kind: .research, files: ["memory/films/out.md": table], ScriptedModel([.text(#"{"action": "convert"}"#)]))
        #expect(json.files["outputs/out.json"]?.contains("\"Due back\": \"4 May\"") == true)
    }

    /// A script's asks are read from the task's words, not its paths': "harvest-by-crop.py"
    /// asks no "by" (which made every ask of the task one no code writes).
    @Test func aScriptsNameAsksNothing() async throws {
        let task = "Write memory/garden/harvest-by-crop.py, a Python script that reads memory/garden/harvest.csv and prints the total kg of each crop"
        let asks = try #require(AgentLoop.columnAsks(task))
        #expect(asks.total && asks.groups == ["crop"])
        let csv = "date,crop,kg\n2027-07-01,beans,1.2\n2027-07-03,courgettes,2.5\n2027-07-05,beans,0.8\n"
        let run = try await PlanStepTests.run(task, files: ["memory/garden/harvest.csv": csv], ScriptedModel([.text(#"{"action": "script"}"#)]))
        let script = try #require(run.files["memory/garden/harvest-by-crop.py"])
        let printed = try PlanStepTests.python(script, files: ["memory/garden/harvest.csv": csv])
        #expect(printed == "beans: 2 kg\ncourgettes: 2.5 kg\n", "\(printed)")
        // A figure's column that says only what it is is no unit.
        let spent = "date,category,amount\n2027-05-01,food,54.20\n2027-05-02,fuel,61.75\n2027-05-06,food,38.65\n"
        let each = "Write memory/money/by-category.py, a Python script that reads memory/money/spent.csv and prints the total spent in each category"
        let script2 = try #require(
            AgentLoop.columnAsks(each).flatMap { AgentLoop.columnScript($0, task: each, path: "memory/money/spent.csv", text: spent) })
        #expect(
            try PlanStepTests.python("#!/usr/bin/env python3\n" + script2, files: ["memory/money/spent.csv": spent]) == "food: 92.85\nfuel: 61.75\n")
    }

    static let members =
        "name,phone,email,joined\nJo Marsh,07700 900311,jo@example.net,2025-04-01\nTed Marsh,07700 900312,ted@example.net,2025-04-01\nJo Bright,07700 900313,jo.b@work.example,2026-01-15\n"

    /// A CSV's cell changed by code: the row the task names by a cell of its own, the column by
    /// its header's word, not a row or column said in what the task keeps.
    @Test func aCSVsCellIsChangedByItsRowAndColumn() async throws {
        let task =
            "Jo Marsh emailed to say her email is now jo.marsh@example.org. Please change it in memory/club/members.csv and leave her phone alone; Jo Bright is someone else."
        let files = ["memory/club/members.csv": Self.members]
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: Array(files.keys)), kind: .research, files: files,
            ScriptedModel([.text(#"{"action": "replace"}"#)]))
        #expect(run.files["memory/club/members.csv"] == Self.members.replacingOccurrences(of: "jo@example.net", with: "jo.marsh@example.org"))
        // Planned as an addition, and with a year that says which file is meant, the same.
        let added =
            "Ted's got a new phone, 07700 900999. Could you update him in members.csv (it's in memory/club)? He's Ted Marsh in there; the 2025 copy is a backup."
        let update = try await PlanStepTests.run(
            added, said: Coaching.withNamedPaths(added, files: Array(files.keys)), kind: .research, files: files,
            ScriptedModel([.text(#"{"action": "append"}"#)]))
        #expect(update.files["memory/club/members.csv"] == Self.members.replacingOccurrences(of: "07700 900312", with: "07700 900999"))
        // A new phone number in a file where every row has one; the row named in another sentence.
        let phone = AgentLoop.csvCellEdit(
            "Ted's got a new phone, 07700 900999. He's Ted Marsh in memory/club/members.csv.", path: "memory/club/members.csv", in: Self.members)
        #expect(phone?.new == "Ted Marsh,07700 900999,ted@example.net,2025-04-01")
        // Two rows named where the value is: no edit by code.
        #expect(AgentLoop.csvCellEdit("Jo Marsh and Jo Bright share 07700 900999 now", path: "m.csv", in: Self.members) == nil)
        #expect(AgentLoop.csvCellEdit("Change Jo Marsh's phone to 07700 900999", path: "m.md", in: Self.members) == nil)
    }

    /// A new note's items the task lists, in its own words, when the model's lines lose one of
    /// them: a recipe's ingredients, a short one without a number among them.
    @Test func aNewNotesListedItemsAreTheTasksWords() async throws {
        let task =
            "Gran just gave me her flapjack recipe, can you save it as memory/kitchen/flapjacks.md? It's 200g oats, 100g butter, a pinch of salt and 3 tbsp golden syrup, baked for 20 mins."
        let run = try await PlanStepTests.run(
            task, kind: .research, files: ["memory/kitchen/shopping.md": "# Shopping\n- milk\n"],
            ScriptedModel([.text(#"{"action": "create"}"#), .text(#"{"lines": ["flapjacks.md"]}"#)]))
        #expect(run.files["memory/kitchen/flapjacks.md"] == "200g oats\n100g butter\na pinch of salt and 3 tbsp golden syrup\nbaked for 20 mins\n")
        #expect(AgentLoop.listedItems("Leave the dal, the soup and the shopping list alone") == nil)
    }

    /// A rename of "it" is of the file named last before it, not the one named first; a name
    /// with spaces and brackets is one name.
    @Test func aRenameOfItIsOfTheFileNamedLastBeforeIt() async throws {
        let files = [
            "memory/docs/scan.md": "# Scan\nboiler\n", "memory/docs/scan (1).md": "# Scan\npassport\n", "memory/docs/scan (2).md": "# Scan\nlease\n",
        ]
        let task =
            "My scanner saved everything in memory/docs as scan.md, scan (1).md and scan (2).md. scan (1).md is my passport scan; please rename it to passport.md in the same folder. The boiler and the lease can wait."
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: Array(files.keys)), kind: .research, files: files,
            ScriptedModel([.text(#"{"action": "rename"}"#)]))
        #expect(run.files["memory/docs/passport.md"] == "# Scan\npassport\n")
        #expect(run.files["memory/docs/scan.md"] == "# Scan\nboiler\n" && run.files["memory/docs/scan (1).md"] == nil)
    }

    /// "Copy the blank template, X in A, into B as Y": a copy of the file there to the new name
    /// in the other folder, not a new file; the refusal of a write names the copy to that name.
    @Test func aCopyOfATemplateUnderANewNameIsACopy() async throws {
        let template = "# Budget for ____\n| Item | Planned | Spent |\n|---|---|---|\n"
        let files = ["memory/money/templates/budget.md": template, "memory/money/budgets/2027-05.md": "# Budget for May\n"]
        let task =
            "Can you start this month's budget? Just copy the blank template, budget.md in memory/money/templates, into memory/money/budgets as 2027-06.md and I'll fill it in."
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: Array(files.keys)), kind: .research, files: files,
            ScriptedModel([.text(#"{"action": "create"}"#)]))
        #expect(run.files["memory/money/budgets/2027-06.md"] == template)
        #expect(run.files["memory/money/templates/budget.md"] == template)
        #expect(Set(run.files.keys.filter { $0.hasPrefix("memory/money/") }) == Set(files.keys).union(["memory/money/budgets/2027-06.md"]))
    }

    /// "Change X to Y wherever she appears in …": Y ends before "wherever".
    @Test func aReplacementEndsBeforeWherever() {
        #expect(
            Coaching.replacement(in: "Please change Rachel Green to Rachel Adeyemi wherever she appears in a.md")! == (
                "Rachel Green", "Rachel Adeyemi"
            ))
        #expect(Coaching.replacement(in: "Change Tom Hale to Tom Reed across all three notes")! == ("Tom Hale", "Tom Reed"))
    }

    /// Who brings what, out of a group chat: each person's last word on it, what they drop
    /// gone, who can't come left out; planned as an addition to the chat, an extract.
    @Test func whoBringsWhatOutOfAGroupChat() async throws {
        let chat = """
            [03/08/2027, 09:10] Sam: Potluck at mine on Friday! Bring a dish 😊
            [03/08/2027, 09:12] Leila: I'll bring a lasagne
            [03/08/2027, 09:20] Tom: Can't come this time, sorry
            [03/08/2027, 09:31] Priya: Garlic bread from me
            [03/08/2027, 09:40] Sam: I'm doing the drinks and the ice
            [03/08/2027, 10:02] Noor: I'll make a salad and some brownies
            [03/08/2027, 11:15] Noor: Actually forget the salad, I'll bring a cheesecake instead, brownies still coming
            [03/08/2027, 11:20] Leila: 👍

            """
        let files = ["memory/chats/potluck.txt": chat]
        let task = "Could you read potluck.txt in memory/chats and put who's bringing what into outputs/potluck.md? One line for each person."
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: Array(files.keys)), kind: .research, files: files,
            ScriptedModel([.text(#"{"action": "append"}"#)]))
        #expect(
            run.files["outputs/potluck.md"] == "- Leila: lasagne\n- Priya: garlic bread\n- Sam: drinks and ice\n- Noor: brownies and cheesecake\n")
        #expect(run.files["memory/chats/potluck.txt"] == chat)
        #expect(AgentLoop.whoBrings(in: "# Potluck\n- Leila: lasagne\n") == nil, "not a chat")
        #expect(!AgentLoop.asksWhoBrings("Summarise memory/chats/potluck.txt in three lines"))
    }

    /// "Insert Key: value before everything else": the labelled line, whole, at the top (dev2
    /// 403, a development wording).
    @Test func aLabelledLineInsertedBeforeEverythingElse() async throws {
        let notes = "Bins go out on Tuesday.\nThe spare key is under the pot.\n"
        let task =
            "Visitors always ask for the door code first, so in the memory folder please open 'house-notes.txt' and insert Door code: 4821 on the keypad before everything else, keeping the other lines as they are."
        #expect(Coaching.addedText(in: task) == "Door code: 4821 on the keypad")
        #expect(AgentLoop.statedEnd(task) == .prepend)
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: ["memory/house-notes.txt"]), kind: .research, files: ["memory/house-notes.txt": notes],
            ScriptedModel([.text(#"{"action": "append"}"#), .text(#"{"text": "Door code: 4821 on the keypad"}"#)]))
        #expect(run.files["memory/house-notes.txt"] == "Door code: 4821 on the keypad\n" + notes)
    }

    /// A folder whose name has a space, quoted or written with its closing slash, is one path: a
    /// move goes into it, not into a folder named by its first word.
    @Test func aMoveIntoAFolderWithASpaceInItsName() async throws {
        let files = ["memory/inbox/lease-2027.md": "# Lease\n", "memory/home/Flat Papers/deposit.md": "# Deposit\n"]
        for task in [
            #"Move memory/inbox/lease-2027.md into the "memory/home/Flat Papers" folder"#,
            "Please move memory/inbox/lease-2027.md into memory/home/Flat Papers/ (there's a space in that name), keeping its name.",
        ] {
            let run = try await PlanStepTests.run(
                task, said: Coaching.withNamedPaths(task, files: Array(files.keys)), kind: .research, files: files,
                ScriptedModel([.text(#"{"action": "move"}"#)]))
            #expect(run.files["memory/home/Flat Papers/lease-2027.md"] == "# Lease\n", "\(task): \(run.files.keys.sorted())")
            #expect(run.files["memory/inbox/lease-2027.md"] == nil)
        }
    }

    /// A new note "in the same key: value style as" one that is there takes its keys' colons.
    @Test func aNewNoteWrittenLikeTheNoteItNames() async throws {
        let rex = "name: Rex\nbreed: Border collie\nborn: 2018\nchip: 985141000998877\n"
        let task =
            "Create memory/pets/dogs/bramble.txt for our new dog in the same key: value style as rex.txt: name Bramble, breed Whippet, born 2022, chip 985141002224466"
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: ["memory/pets/dogs/rex.txt"]), kind: .research,
            files: ["memory/pets/dogs/rex.txt": rex],
            ScriptedModel([
                .text(#"{"action": "create"}"#), .text(#"{"lines": ["name Bramble", "breed Whippet", "born 2022", "chip 985141002224466"]}"#),
            ]))
        #expect(run.files["memory/pets/dogs/bramble.txt"] == "name: Bramble\nbreed: Whippet\nborn: 2022\nchip: 985141002224466\n")
        #expect(
            AgentLoop.keyedLike(["Bramble is lovely", "born 2022"], sample: rex) == ["Bramble is lovely", "born 2022"], "one line is not a style")
    }

    /// A rename to a new name with spaces the person writes whole is to that name, not to its
    /// last words.
    @Test func aRenameToANameWithSpaces() async throws {
        let files = ["memory/bees/Hive 2 notes 2027-06-01.md": "# Hive 1\nQueen seen\n", "memory/bees/Hive 2 notes 2027-05-20.md": "# Hive 2\n"]
        let task = "I filed it under the wrong hive. Could you rename Hive 2 notes 2027-06-01.md in memory/bees to Hive 1 notes 2027-06-01.md?"
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: Array(files.keys)), kind: .research, files: files,
            ScriptedModel([.text(#"{"action": "rename"}"#), .text(#"{"name": "Hive 1 notes 2027-06-01.md"}"#)]))
        #expect(run.files["memory/bees/Hive 1 notes 2027-06-01.md"] == "# Hive 1\nQueen seen\n", "\(run.files.keys.sorted())")
        #expect(run.files["memory/bees/Hive 2 notes 2027-05-20.md"] == "# Hive 2\n")
    }

    /// A list leaves out the files of a subfolder the task says are gone.
    @Test func aListLeavesOutTheFolderTheTaskSaysIsGone() async throws {
        let files = [
            "memory/bikes/commuter.md": "# Commuter\n", "memory/bikes/gravel.md": "# Gravel\n", "memory/bikes/sold/old-racer.md": "# Racer\n",
        ]
        let task =
            "Could you make me a list of my bikes? There's one note per bike in memory/bikes; write them to outputs/bikes.md. The ones in the sold folder are gone."
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: Array(files.keys)), kind: .research, files: files,
            ScriptedModel([.text(#"{"action": "list"}"#)]))
        let list = try #require(run.files["outputs/bikes.md"])
        #expect(list.contains("commuter.md") && list.contains("gravel.md") && !list.contains("racer"), "\(list)")
    }
}
