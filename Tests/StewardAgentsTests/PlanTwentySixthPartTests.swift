import Foundation
import StewardCore
import StewardModels
import Testing

@testable import StewardAgents
@testable import StewardTools

/// What the twenty-sixth blind part's traces (fresh26, issue 19) showed the plan getting wrong,
/// each made by code, on fixtures of their own (not the part's). The whole loop runs where it
/// says so (`PlanStepTests.run`: a scripted model on a real HTTP server, a real workspace).
@Suite("Plan: the twenty-sixth blind part's traces")
struct PlanTwentySixthPartTests {
    static let gear =
        "item\tshelf\tyear\tprice_gbp\tstate\nTent\tLoft\t2021\t420\tkept\nStove\tGarage\t2023\t95\tkept\nCanoe\tGarage\t2019\t780\tsold\nBackpack\tLoft\t2024\t230\tkept\nSleeping bag\tLoft\t2022\t260\tkept\n"

    /// Cells split at a file's own separator: a tab-separated list and a semicolon CSV read as
    /// a comma CSV is; a comma still wins a tie, and quotes still hold a separator.
    @Test func aDelimitedFilesCellsAtItsOwnSeparator() {
        #expect(ConvertFile.separator(of: Self.gear) == "\t")
        #expect(ConvertFile.rows(csv: "class;day;from\nPilates;Mon;18:00\n") == [["class", "day", "from"], ["Pilates", "Mon", "18:00"]])
        #expect(ConvertFile.rows(csv: "name,note\nAda,\"a; b; c\"\n") == [["name", "note"], ["Ada", "a; b; c"]])
        #expect(ConvertFile.separator(of: "a;b,c\n") == ",")
        #expect(ConvertFile.separator(of: "") == ",")
        #expect(ConvertFile.rows(of: "memory/gear.tsv", text: Self.gear)?[2] == ["Stove", "Garage", "2023", "95", "kept"])
        #expect(ConvertFile.written([["a", "b"], ["1", "2"]], as: "out.tsv") == nil, "a TSV is not written as a comma CSV")
        #expect(ConvertFile.converts("memory/gear.tsv", "outputs/gear.md"))
    }

    /// The rows of a table past a figure the task says, by code: the money column (not the
    /// years), the rows it leaves out gone, each written with its value and the task's £.
    @Test func aTablesRowsPastAFigure() async throws {
        let task =
            "From memory/camping/gear.tsv, list every item worth more than £200 with its value in outputs/dear-gear.md, leaving out anything marked sold"
        #expect(
            AgentLoop.rowsPast(task, path: "memory/camping/gear.tsv", text: Self.gear) == [
                "Tent: £420", "Backpack: £230", "Sleeping bag: £260",
            ])
        #expect(
            AgentLoop.rowsPast("List the items that cost £250 or more from memory/camping/gear.tsv", path: "memory/camping/gear.tsv", text: Self.gear)
                == ["Tent: £420", "Canoe: £780", "Sleeping bag: £260"])
        #expect(AgentLoop.rowsPast("List the items in memory/camping/gear.tsv", path: "memory/camping/gear.tsv", text: Self.gear) == nil)
        #expect(
            AgentLoop.rowsPast("List the items over 2000 in memory/camping/gear.tsv", path: "memory/camping/gear.tsv", text: Self.gear) == nil,
            "no row past it: no list")
        let run = try await PlanStepTests.run(
            task, kind: .research, files: ["memory/camping/gear.tsv": Self.gear], ScriptedModel([.text(#"{"action": "extract"}"#)]))
        #expect(run.files["outputs/dear-gear.md"] == "- Tent: £420\n- Backpack: £230\n- Sleeping bag: £260\n")
        #expect(run.files["memory/camping/gear.tsv"] == Self.gear)
    }

    static let log = """
        {
          "runner": "Sam",
          "races": [
            {"date": "2027-03-05", "event": "Parkrun", "result": "finished"},
            {"date": "2027-03-12", "event": "Parkrun", "result": "dnf"},
            {"date": "2027-03-19", "event": "10k", "result": "finished"},
            {"date": "2027-03-26", "event": "Parkrun", "result": "finished"}
          ]
        }

        """

    /// How many records, those of a value and their share: a script written by code, its
    /// records read as the file holds them (an object's one array, a semicolon CSV).
    @Test func aScriptCountsRecordsOfAValueAndTheirShare() async throws {
        let task =
            "Write memory/running/finish-rate.py, a Python script that reads memory/running/races.json and prints how many races I entered, how many I finished and my finish percentage"
        let run = try await PlanStepTests.run(
            task, files: ["memory/running/races.json": Self.log], ScriptedModel([.text(#"{"action": "script"}"#)]))
        let script = try #require(run.files["memory/running/finish-rate.py"])
        #expect(script.contains("data['races']"))
        let printed = try PlanStepTests.python(script, files: ["memory/running/races.json": Self.log])
        #expect(printed == "Races: 4\nFinished: 3\nFinish percentage: 75%\n", "\(printed)")
        let csv = "date;event;result\n2027-03-05;Parkrun;finished\n2027-03-12;Parkrun;dnf\n2027-03-19;10k;dnf\n"
        let fromCSV = try #require(
            AgentLoop.shareScript(
                "Write a Python script that prints how many races there were, how many I finished and the percentage", path: "races.csv",
                text: csv))
        #expect(try PlanStepTests.python(fromCSV, files: ["races.csv": csv]) == "Races: 3\nFinished: 1\nFinished percentage: 33.3%\n")
        #expect(AgentLoop.shareScript("Write a script that prints how many races I finished", path: "races.csv", text: csv) == nil, "no share asked")
        let plain = try #require(
            AgentLoop.shareScript(
                "Write a Python script that prints races run, races finished and the percentage I finished", path: "races.csv", text: csv))
        #expect(try PlanStepTests.python(plain, files: ["races.csv": csv]) == "Races: 3\nFinished: 1\nFinished percentage: 33.3%\n")
        let timed = "date,event,result,minutes\n2027-03-05,Parkrun,finished,31\n2027-03-12,Parkrun,dnf,40\n2027-03-19,10k,finished,58\n"
        #expect(
            AgentLoop.shareScript("Write a script that prints the minutes of the races I finished as a percentage", path: "r.csv", text: timed)
                == nil,
            "a column of figures named asks something else")
        #expect(
            AgentLoop.shareScript("Write a script that prints how many races and the percentage run", path: "races.csv", text: csv) == nil,
            "no value said")
    }
}

extension PlanTwentySixthPartTests {
    static let bikes =
        "# Bikes\n\nbike: commuter\nmake: Dawes\nbought: 2019\nframe: steel\n\nbike: racer\nmake: Ribble\nbought: 2022\nframe: carbon\nstatus: stolen, 2026\n\nbike: tourer\nmake: Surly\nbought: 2024\nframe: steel\n"

    /// Notes kept as "key: value" blocks are records: `convert_file` writes them as a table, and
    /// a conversion asked for some columns, leaving a row out, gets those.
    @Test func keyValueBlocksConvertAsRecords() async throws {
        let rows = try #require(ConvertFile.rows(blocks: Self.bikes))
        #expect(rows.first == ["bike", "make", "bought", "frame", "status"])
        #expect(rows[2] == ["racer", "Ribble", "2022", "carbon", "stolen, 2026"])
        #expect(rows[3].last == "")
        #expect(ConvertFile.rows(blocks: "bike: commuter\nmake: Dawes\n") == nil, "one block is no records")
        #expect(ConvertFile.rows(blocks: "Dear Sam,\n\nThe bikes: two of them, both stolen.\n\nLove, Jo\n") == nil, "a letter is no records")
        let task =
            "Turn memory/bikes.txt into a Markdown table at outputs/bikes.md with columns for the bike, the make and the year bought, leaving out the stolen one"
        let run = try await PlanStepTests.run(
            task, kind: .research, files: ["memory/bikes.txt": Self.bikes], ScriptedModel([.text(#"{"action": "convert"}"#)]))
        #expect(run.files["outputs/bikes.md"] == "| bike | make | bought |\n|---|---|---|\n| commuter | Dawes | 2019 |\n| tourer | Surly | 2024 |\n")
        // A row's own value said as left out is no pick of it alone.
        let racer = [["bike", "make"], ["commuter", "Dawes"], ["racer", "Ribble"], ["tourer", "Surly"]]
        #expect(
            AgentLoop.askedRows("Convert it to a table, leaving out the racer", racer) == [
                ["bike", "make"], ["commuter", "Dawes"], ["tourer", "Surly"],
            ])
        #expect(AgentLoop.askedRows("Convert just the racer to a table", racer) == [["make"], ["Ribble"]])
        let all = try await PlanStepTests.run(
            "Convert memory/bikes.txt to outputs/bikes.csv", kind: .research, files: ["memory/bikes.txt": Self.bikes],
            ScriptedModel([.text(#"{"action": "convert"}"#)]))
        #expect(
            all.files["outputs/bikes.csv"]?.hasPrefix(
                "bike,make,bought,frame,status\ncommuter,Dawes,2019,steel,\nracer,Ribble,2022,carbon,\"stolen, 2026\"\n") == true)
    }
}

extension PlanTwentySixthPartTests {
    /// A summary's point asking what someone plans is the text's proposal, not its heading
    /// that says "planning" nor the weightiest line left; the whole loop writes the three.
    @Test func aSummarysPointOnWhatIsPlannedIsTheProposal() async throws {
        let sentences = [
            "Notice of a planning application.", "Address: 4 Mill Lane, Frome.", "Proposal: A single garage to the side, with a pitched roof.",
            "Comments must reach us by 9 May 2027.",
        ]
        #expect(AgentLoop.topicSentences(["what they want to build"], in: sentences, ranked: [1, 0, 2, 3]) == [[2]])
        #expect(AgentLoop.topicSentences(["what they're planning"], in: sentences, ranked: [1, 0, 2, 3]) == [[2]])
        #expect(AgentLoop.topicSentences(["the address"], in: sentences, ranked: [2, 0, 1, 3]) == [[1]], "other topics as before")
        let notice =
            "TOWN COUNCIL - PLANNING\nNotice of a planning application\n\nReference: 27/00912/HH\nAddress: 4 Mill Lane, Frome\nProposal: A single garage to the side, with a pitched roof\nApplicant: Ms Ivy Cole\n\nThe plans are on the council's website.\nComments must reach us by 9 May 2027. Comments can be sent online or by post.\nWe expect to decide by 30 May 2027.\n"
        let task =
            "Summarise memory/home/notice.txt in outputs/notice.md as three bullet points at most: what they want to build, the reference and the last day for comments"
        let run = try await PlanStepTests.run(
            task, kind: .research, files: ["memory/home/notice.txt": notice], ScriptedModel([.text(#"{"action": "summarise"}"#)]))
        let summary = try #require(run.files["outputs/notice.md"])
        #expect(summary.contains("garage") && summary.contains("27/00912/HH") && summary.contains("9 May 2027"), "\(summary)")
        #expect(!summary.contains("Mill Lane"), "\(summary)")
    }
}

extension PlanTwentySixthPartTests {
    /// "As number 6" says where an item goes, its number too: no span of the task's words to add
    /// is the bare number.
    @Test func anItemsNumberIsNoTextToAdd() {
        let task =
            "One more for the landlord: the bathroom light flickers at night. Can you add it to the end of my repairs list (repairs.md in memory/flat) as number 4?"
        let spans = AgentLoop.textSpans(task)
        #expect(!spans.contains("4") && !spans.contains("number 4"))
        #expect(spans.contains("the bathroom light flickers at night"))
        #expect(!AgentLoop.textSpans("Add \"Damp in the hall cupboard\" as item 7 to memory/flat/repairs.md").contains("7"))
        #expect(AgentLoop.textSpans("Add 4 eggs to my shopping list").contains("4 eggs"), "a number that is no item's stays")
    }
}

extension PlanTwentySixthPartTests {
    /// A folder whose name has a space, called by its name: the routing quotes its path, the
    /// plan is a move, and the file goes into it (not its parent, also named).
    @Test func aFileFiledIntoAFolderWhoseNameHasASpace() async throws {
        let files = [
            "memory/inbox/boiler-service-2027.md": "# Boiler service\nDone 3 March 2027\n", "memory/inbox/parking-fine.md": "# Parking fine\n",
            "memory/home/Boiler Papers/warranty.md": "# Warranty\n",
        ]
        let task =
            "The boiler's been serviced. Can you file the note away? It's boiler-service-2027.md in memory/inbox, and it goes in the Boiler Papers folder under memory/home."
        let said = Coaching.withNamedPaths(task, files: Array(files.keys))
        #expect(said.contains(#"the Boiler Papers folder ("memory/home/Boiler Papers/")"#), "\(said)")
        let known: Set<String> = ["memory/inbox", "memory/home", "memory/home/Boiler Papers"]
        #expect(AgentLoop.destinations(task, action: .move, known: known) == ["memory/home/Boiler Papers"])
        #expect(AgentLoop.destinations(said, action: .move, known: known) == ["memory/home/Boiler Papers"])
        let run = try await PlanStepTests.run(task, said: said, kind: .research, files: files, ScriptedModel([.text(#"{"action": "create"}"#)]))
        #expect(run.files["memory/home/Boiler Papers/boiler-service-2027.md"] == files["memory/inbox/boiler-service-2027.md"])
        #expect(run.files["memory/inbox/boiler-service-2027.md"] == nil && run.files["memory/inbox/parking-fine.md"] != nil)
    }
}

extension PlanTwentySixthPartTests {
    /// A new note "like Ziggy's", whose keys the task does not write: each key asked, a value of
    /// the task's words kept, one it does not give (the other's vet, the key itself) left out.
    @Test func aRecordLikeAnothersKeyValueNote() async throws {
        let files = [
            "memory/pets/snakes/ziggy.txt": "name: Ziggy\nspecies: corn snake\nhatched: 2018\nlength: 120 cm\nvet: Ashby Vets\n",
            "memory/pets/snakes/feeding.md": "# Feeding\nEvery 10 days\n",
        ]
        let task =
            "We've got a second snake! Could you make her a record like Ziggy's, nova.txt in memory/pets/snakes? She's Nova, a royal python, hatched in 2022, and she's 90 cm long."
        let said = Coaching.withNamedPaths(task, files: Array(files.keys))
        let run = try await PlanStepTests.run(
            task, said: said, kind: .research, files: files,
            ScriptedModel([
                .text(#"{"action": "create"}"#),
                .text(#"{"name": "Nova", "species": "royal python", "hatched": "2022", "length": "90 cm", "vet": "Ashby Vets"}"#),
            ]))
        #expect(run.files["memory/pets/snakes/nova.txt"] == "name: Nova\nspecies: royal python\nhatched: 2022\nlength: 90 cm\n")
        #expect(run.files["memory/pets/snakes/ziggy.txt"] == files["memory/pets/snakes/ziggy.txt"])
        #expect(AgentLoop.keys(of: "# Snakes\nZiggy and Nova\n") == nil)
    }
}

extension PlanTwentySixthPartTests {
    static let pitches =
        "date;from;to;team;coach\n05/05/2027;18:00;19:30;Under 9s;Ali Shah\n05/05/2027;19:30;21:00;Under 12s;Jo Fry\n12/05/2027;18:00;19:30;Under 9s;Ali Shah\n12/05/2027;19:30;21:00;Under 12s;Jo Fry\n"

    /// A row's start and end times by code: the row by its date (written another way) and a
    /// word cell, the times as the sheet writes them, past noon for "5 till 6"; planned as an
    /// addition, a change.
    @Test func aSheetRowsTimesChangedToARange() async throws {
        let path = "memory/club/pitches.csv"
        let edit = try #require(
            AgentLoop.csvTimesEdit("In \(path), change the Under 9s session on 12 May to 17:00–18:30", path: path, in: Self.pitches))
        #expect(edit.old == "12/05/2027;18:00;19:30;Under 9s;Ali Shah" && edit.new == "12/05/2027;17:00;18:30;Under 9s;Ali Shah")
        let said =
            "Ali asked if the Under 9s on the 12th of May can start an hour early, 5 till 6. Could you change it in pitches.csv in memory/club?"
        #expect(AgentLoop.csvTimesEdit(said, path: path, in: Self.pitches)?.new == "12/05/2027;17:00;18:00;Under 9s;Ali Shah")
        #expect(AgentLoop.csvTimesEdit("Change the Under 9s session to 17:00–18:30", path: path, in: Self.pitches) == nil, "no date: no one row")
        let run = try await PlanStepTests.run(
            "Please update the Under 9s row for 12 May in memory/club/pitches.csv so it runs 17:00 to 18:30; the other weeks stay at 18:00.",
            kind: .research, files: [path: Self.pitches], ScriptedModel([.text(#"{"action": "append"}"#)]))
        #expect(run.files[path] == Self.pitches.replacingOccurrences(of: "12/05/2027;18:00;19:30;Under 9s", with: "12/05/2027;17:00;18:30;Under 9s"))
    }
}

extension PlanTwentySixthPartTests {
    /// "Y, replacing X" is a change of X to Y in the files named; "the places I keep it" is
    /// where the files are, not files to leave.
    @Test func aValueReplacingAnotherInThePlacesIKeepIt() async throws {
        let files = [
            "memory/van/cover.txt": "insurer: Northway\nregistration: VN21 KTE\n", "memory/van/service.md": "# Service\nVan: VN21 KTE\n",
            "memory/van/history.md": "# History\n- 2025: VN21 KTE\n",
        ]
        let task =
            "The van has a new plate, GX24 BDA, replacing VN21 KTE. Please change it in the two places I keep it: memory/van/cover.txt and memory/van/service.md. The history records what it was."
        #expect(Coaching.replacement(in: task)! == ("VN21 KTE", "GX24 BDA"))
        #expect(AgentLoop.kept(task, among: Array(files.keys)).isEmpty)
        #expect(!AgentLoop.kept("Delete the draft and keep memory/van/cover.txt", among: Array(files.keys)).isEmpty, "a keep still keeps")
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: Array(files.keys)), kind: .research, files: files,
            ScriptedModel([.text(#"{"action": "replace"}"#)]))
        #expect(run.files["memory/van/cover.txt"] == "insurer: Northway\nregistration: GX24 BDA\n")
        #expect(run.files["memory/van/service.md"] == "# Service\nVan: GX24 BDA\n")
        #expect(run.files["memory/van/history.md"] == files["memory/van/history.md"])
    }

    /// "Insert Key: value … before everything else": the labelled line, whole, at the top,
    /// its value without a figure too (dev2 403's wording).
    @Test func aLabelledLineWithoutAFigureInsertedAtTheTop() async throws {
        let task =
            "Visitors always ask for the parking first, so in the memory folder please open 'visitor-notes.txt' and insert Parking permit: in the hall drawer before everything else, keeping the other lines as they are."
        let notes = "The bins go out on Tuesday.\n"
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: ["memory/visitor-notes.txt"]), kind: .research,
            files: ["memory/visitor-notes.txt": notes], ScriptedModel([.text(#"{"action": "append"}"#)]))
        #expect(run.files["memory/visitor-notes.txt"] == "Parking permit: in the hall drawer\n" + notes)
    }
}

extension PlanTwentySixthPartTests {
    static let jam = "[batch]\nnumber = 3\nfruit = damson\nmade = 2027-08-14\njars = 6\n"

    /// A new INI file like another the task names by file name: its section line and `key =
    /// value` lines, the values the task writes after their keys by code, the others asked,
    /// a date written as the other file writes it; planned as an addition to the other, a new file.
    @Test func anINIFileLikeAnother() async throws {
        let sample = try #require(AgentLoop.keyedSample(of: Self.jam))
        #expect(sample.keys == ["number", "fruit", "made", "jars"] && sample.joiner == " = ")
        #expect(AgentLoop.writtenValue("made", in: "It's batch 4, made on 2 September 2027, and 5 jars.") == "2 September 2027")
        #expect(AgentLoop.writtenValue("fruit", in: "It's batch 4, made on 2 September 2027.") == nil)
        #expect(AgentLoop.writtenValue("made", in: "I made plum jam! It's batch 4, made on 2 September 2027.", figure: true) == "2 September 2027")
        let files = ["memory/jam/batch-3.ini": Self.jam, "memory/jam/recipes.md": "# Recipes\n- damson: 1 kg fruit\n"]
        let written = try await PlanStepTests.run(
            "Create memory/jam/batch-4.ini in the same layout as batch-3.ini: number 4, fruit plum, made 2027-09-02, jars 5", kind: .research,
            files: files, ScriptedModel([.text(#"{"action": "create"}"#)]))
        #expect(written.files["memory/jam/batch-4.ini"] == "[batch]\nnumber = 4\nfruit = plum\nmade = 2027-09-02\njars = 5\n")
        let said =
            "I made plum jam yesterday! Could you log it as batch-4.ini next to batch-3.ini in memory/jam? It's batch 4, made on 2 September 2027, five jars."
        let run = try await PlanStepTests.run(
            said, said: Coaching.withNamedPaths(said, files: Array(files.keys)), kind: .research, files: files,
            ScriptedModel([.text(#"{"action": "append"}"#), .text(#"{"number": "4", "fruit": "plum", "jars": "five"}"#)]))
        #expect(run.files["memory/jam/batch-4.ini"] == "[batch]\nnumber = 4\nfruit = plum\nmade = 2027-09-02\njars = five\n")
    }
}

extension PlanTwentySixthPartTests {
    static let plants =
        "plant,grower,hazards,price\n\"Foxglove\",\"Ann Lee\",\"toxic, irritant\",4.00\n\"Lavender\",\"Raj Patel\",\"none\",3.50\n\"Toxic-free fern\",\"Bo Chan\",\"irritant\",2.00\n\"Oleander\",\"Cy Moss\",\"toxic\",6.00\n"

    /// The rows of a table whose cell holds the word the task says they include, each with the
    /// other column it asks for (by its first four letters), the name's own words no match.
    @Test func aTablesRowsHoldingAWord() async throws {
        let task = "From memory/plants/sale.csv, list every plant whose hazards include toxic, with its grower, in outputs/toxic.md"
        #expect(AgentLoop.rowsHolding(task, path: "memory/plants/sale.csv", text: Self.plants) == ["Foxglove: Ann Lee", "Oleander: Cy Moss"])
        #expect(
            AgentLoop.rowsHolding(
                "Could you pull out everything that contains toxic from sale.csv and write each with who grows it?", path: "sale.csv",
                text: Self.plants)
                == ["Foxglove: Ann Lee", "Oleander: Cy Moss"])
        #expect(AgentLoop.rowsHolding("List the plants in sale.csv", path: "sale.csv", text: Self.plants) == nil)
        let run = try await PlanStepTests.run(
            task, kind: .research, files: ["memory/plants/sale.csv": Self.plants], ScriptedModel([.text(#"{"action": "extract"}"#)]))
        #expect(run.files["outputs/toxic.md"] == "- Foxglove: Ann Lee\n- Oleander: Cy Moss\n")
    }
}

extension PlanTwentySixthPartTests {
    /// "Change the meeting point X, Y to Z, W in a, b and c": a change (planned as an append),
    /// X said by what it is first, found in each file as it stands there.
    @Test func aValueSaidByWhatItIsChangedInSeveralFiles() async throws {
        let files = [
            "memory/walks/group.json": "{\"meet\": \"Mill car park, Bank Street\", \"time\": \"09:30\"}\n",
            "memory/walks/next.md": "# Next walk\nMeet at Mill car park, Bank Street, 09:30\n",
            "memory/walks/old.md": "# Old walks\nMet at Mill car park, Bank Street\n",
        ]
        let task =
            "Change the meeting point Mill car park, Bank Street to Station forecourt, Kings Road in memory/walks/group.json and memory/walks/next.md"
        let pair = try #require(Coaching.replacement(in: task))
        #expect(pair == ("the meeting point Mill car park, Bank Street", "Station forecourt, Kings Road"))
        let run = try await PlanStepTests.run(task, kind: .research, files: files, ScriptedModel([.text(#"{"action": "append"}"#)]))
        #expect(run.files["memory/walks/group.json"] == "{\"meet\": \"Station forecourt, Kings Road\", \"time\": \"09:30\"}\n")
        #expect(run.files["memory/walks/next.md"] == "# Next walk\nMeet at Station forecourt, Kings Road, 09:30\n")
        #expect(run.files["memory/walks/old.md"] == files["memory/walks/old.md"])
        #expect(AgentLoop.wordSwap("Change the time to 9:30", in: "Time: 9:00\n") == nil, "a thing said by what it is alone is no swap")
    }
}
