import Foundation
import StewardCore
import StewardModels
import Testing

@testable import StewardAgents
@testable import StewardTools

/// What the twenty-eighth blind part's traces (fresh28, issue 19) showed the plan getting
/// wrong, each made by code, on fixtures of their own (not the part's). The whole loop runs
/// where it says so (`PlanStepTests.run`: a scripted model on a real HTTP server, a real
/// workspace).
@Suite("Plan: the twenty-eighth blind part's traces")
struct PlanTwentyEighthPartTests {
    static let ponds =
        "# Ponds we survey\n- pond: Mill Pond, Hadley\n  depth_m: 1.5\n  newts: yes\n# - pond: Old Quarry (filled in)\n#   depth_m: 0\n- pond: Church Green\n  depth_m: 0.8\n  newts: no\n  notes: [reeds, \"lilies\"]\n"

    /// YAML records (Yams' parse) are rows: a list of mappings, a mapping holding one list, a
    /// mapping of named mappings; a commented-out item is none; text that is no records is
    /// refused.
    @Test func yamlRecordsConvert() async throws {
        #expect(
            ConvertFile.rows(yaml: Self.ponds) == [
                ["pond", "depth_m", "newts", "notes"], ["Mill Pond, Hadley", "1.5", "yes", ""], ["Church Green", "0.8", "no", "reeds, lilies"],
            ])
        #expect(
            ConvertFile.rows(yaml: "ponds:\n  - pond: A\n    depth_m: 1\n  - pond: B\n    depth_m: 2\n")?.count == 3, "a mapping holding one list")
        #expect(
            ConvertFile.rows(yaml: "Mill Pond:\n  depth_m: 1.5\nChurch Green:\n  depth_m: 0.8\n") == [
                ["name", "depth_m"], ["Mill Pond", "1.5"], ["Church Green", "0.8"],
            ])
        #expect(ConvertFile.rows(yaml: "title: Ponds\nsurveyed: 2028\n") == nil, "settings are no records")
        #expect(ConvertFile.rows(yaml: "- just\n- words\n") == nil)
        #expect(ConvertFile.rows(yaml: "- a: [unclosed\n") == nil, "not YAML")
        #expect(ConvertFile.converts("memory/ponds.yml", "outputs/ponds.csv"))
        let run = try await PlanStepTests.run(
            "Convert memory/wildlife/ponds.yaml to a CSV at outputs/ponds.csv", kind: .research, files: ["memory/wildlife/ponds.yaml": Self.ponds],
            ScriptedModel([.text(#"{"action": "convert"}"#)]))
        #expect(run.files["outputs/ponds.csv"] == "pond,depth_m,newts,notes\n\"Mill Pond, Hadley\",1.5,yes,\nChurch Green,0.8,no,\"reeds, lilies\"\n")
    }

    static let classes =
        "# Pottery classes, summer 2028\n[[class]]\nday = \"Monday\"\ntime = \"18:30\"\nwheel = 4\n\n[[class]]\nday = \"Wednesday\"\ntime = \"18:30\"\nwheel = 4\n\n[[class]]\nday = \"Friday\"\ntime = \"10:00\"\nwheel = 2\n"

    /// One record's setting given the task's new figure: the record by a word only it has, in
    /// the part of the task that says the key and the figure, written on that record alone; the
    /// whole loop makes it when the plan said a move or an addition.
    @Test func oneRecordsSettingChanged() async throws {
        let moved = Self.classes.replacingOccurrences(
            of: "\"Wednesday\"\ntime = \"18:30\"\nwheel = 4", with: "\"Wednesday\"\ntime = \"18:30\"\nwheel = 6")
        let edit = try #require(AgentLoop.recordSetting("In memory/pottery/classes.toml, move the Wednesday class to wheel 6", in: Self.classes))
        #expect(Self.classes.replacingOccurrences(of: edit.old, with: edit.new) == moved)
        #expect(
            AgentLoop.recordSetting(
                "Wheel 4 is broken on Wednesdays, so please put the Wednesday class on wheel 6, same time. Monday stays on wheel 4.", in: Self.classes
            )
                == edit, "the part that says the new figure; a figure as it is changes nothing")
        #expect(AgentLoop.recordSetting("Put the class on wheel 6", in: Self.classes) == nil, "no record named")
        #expect(AgentLoop.recordSetting("Put the Wednesday class on wheel 4", in: Self.classes) == nil, "already so")
        #expect(AgentLoop.recordSetting("Move the Wednesday class to room 2", in: Self.classes) == nil, "no such key")
        for (said, plan) in [
            ("In memory/pottery/classes.toml, move the Wednesday class to wheel 6", "move"),
            ("Wheel 4 is broken, so please put the Wednesday class in memory/pottery/classes.toml on wheel 6. Friday is unchanged.", "append"),
        ] {
            let run = try await PlanStepTests.run(
                said, files: ["memory/pottery/classes.toml": Self.classes, "memory/pottery/glazes.md": "- celadon\n"],
                ScriptedModel([.text(#"{"action": "\#(plan)"}"#)]))
            #expect(run.files["memory/pottery/classes.toml"] == moved, "\(said)")
            #expect(run.files["memory/pottery/glazes.md"] == "- celadon\n")
        }
    }
}

extension PlanTwentyEighthPartTests {
    static let games = "title,format,paid\nCatan,board,42.00\nHanabi,card,9.50\nAzul,board,31.00\nThe Crew,card,12.00\nPandemic,board,38.50\n"

    /// A script over one value of a CSV's other column ("the number of board games and the total
    /// paid for them"): those rows alone, counted and added up, by code; the script runs.
    @Test func aScriptOverTheRowsOfOneValue() async throws {
        let task =
            "Write memory/games/board-total.py, a Python script that reads memory/games/shelf.csv and prints the number of board games and the total paid for them"
        let run = try await PlanStepTests.run(
            task, kind: .research, files: ["memory/games/shelf.csv": Self.games], ScriptedModel([.text(#"{"action": "extract"}"#)]))
        let script = try #require(run.files["memory/games/board-total.py"])
        #expect(script.contains("== 'board'"), "\(script)")
        let printed = try PlanStepTests.python(script, files: ["memory/games/shelf.csv": Self.games])
        #expect(printed == "Total paid: 111.5\nboard: 3\n", "\(printed)")
        let all = try await PlanStepTests.run(
            "Write memory/games/total.py, a Python script that reads memory/games/shelf.csv and prints the total paid", kind: .research,
            files: ["memory/games/shelf.csv": Self.games], ScriptedModel([.text(#"{"action": "extract"}"#)]))
        let every = try #require(all.files["memory/games/total.py"])
        #expect(try PlanStepTests.python(every, files: ["memory/games/shelf.csv": Self.games]) == "Total paid: 133\n", "no value said: every row")
        // A short value said in the plural ("the number of LPs").
        let records = "artist,format,paid\nNick Drake,LP,18.00\nThe Specials,single,4.50\nBlur,LP,15.00\n"
        let lps = "Write a Python script that reads memory/vinyl/records.csv and prints the number of LPs and the total paid for them"
        let lpScript = try #require(
            AgentLoop.columnAsks(lps).flatMap { AgentLoop.columnScript($0, task: lps, path: "memory/vinyl/records.csv", text: records) })
        #expect(try PlanStepTests.python(lpScript, files: ["memory/vinyl/records.csv": records]) == "Total paid: 33\nLP: 2\n")
    }
}

extension PlanTwentyEighthPartTests {
    static let club: [String: String] = [
        "memory/club/fees.yaml": "season: 2028\nfees:\n  adult: 30\n  junior: 15\n",
        "memory/club/flyer.txt": "JOIN THE CLUB\nMembership £30 a year, juniors £15\n",
        "memory/club/site.md": "# Fees\n- Adult: £30\n- Junior: £15\n",
    ]

    /// A new price said as "now £35 instead of £30" is £35, written as each file writes its
    /// figures: "35" in the YAML, "£35" where "£30" stood, never "££35".
    @Test func aNewPriceWrittenAsEachFileWritesIt() async throws {
        let task =
            "Our costs went up, so adult membership is now £35 instead of £30. Please update the adult fee in memory/club/fees.yaml, memory/club/flyer.txt and memory/club/site.md. Juniors stay at £15."
        let run = try await PlanStepTests.run(task, files: Self.club, ScriptedModel([.text(#"{"action": "replace"}"#)]))
        #expect(run.files["memory/club/fees.yaml"] == "season: 2028\nfees:\n  adult: 35\n  junior: 15\n")
        #expect(run.files["memory/club/flyer.txt"] == "JOIN THE CLUB\nMembership £35 a year, juniors £15\n")
        #expect(run.files["memory/club/site.md"] == "# Fees\n- Adult: £35\n- Junior: £15\n")
    }
}

extension PlanTwentyEighthPartTests {
    /// A folder named by its path below another the task names ("into the published/2028
    /// folder under memory/club/reports") is where the file goes; the whole loop moves it.
    @Test func aFolderNamedBelowAnother() async throws {
        let files = [
            "memory/club/reports/drafts/2028-05-20-wye.md": "# Wye trip\n", "memory/club/reports/published/2028/2028-04-02-usk.md": "# Usk\n",
            "memory/club/reports/published/2027/2027-09-10-dee.md": "# Dee\n",
        ]
        let task =
            "The Wye report is finished. Could you move it (2028-05-20-wye.md in memory/club/reports/drafts) into the published/2028 folder under memory/club/reports?"
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: Array(files.keys)), files: files,
            ScriptedModel([.text(#"{"action": "move"}"#), .text(#"{"folder": "memory/club/reports/published/2028"}"#)]))
        #expect(run.files["memory/club/reports/published/2028/2028-05-20-wye.md"] == "# Wye trip\n", "\(run.files.keys.sorted())")
        #expect(run.files["memory/club/reports/drafts/2028-05-20-wye.md"] == nil)
    }
}

extension PlanTwentyEighthPartTests {
    static let routes =
        "date,route,grade,style\n2029-03-02,Pillar Crack,6a,onsight\n2029-03-02,Black Slab,6b,toprope\n2029-03-09,Pillar Crack,6a,redpoint\n2029-03-16,Red Wall,6b+,redpoint\n2029-03-23,Big Groove,6c,toprope\n2029-03-30,Orange Arete,6c,onsight\n2029-04-06,Easy Ramp,5,onsight\n"

    /// The rows at a grade or past it ("6b or harder", "6b+ or above"), of the styles the task
    /// says and not those it leaves out, each once with its grade; the order of grades by their
    /// parts, or by the run the task lists.
    @Test func rowsAtAGradeOrPast() async throws {
        let path = "memory/climbing/routes.csv"
        #expect(
            AgentLoop.rowsAtGrade(
                "From \(path), list every route I onsighted or redpointed at 6b or harder, with its grade", path: path, text: Self.routes)
                == ["Red Wall (6b+)", "Orange Arete (6c)"])
        #expect(
            AgentLoop.rowsAtGrade("List the routes at 6b or above from \(path). Toprope ascents don't count.", path: path, text: Self.routes)
                == ["Red Wall (6b+)", "Orange Arete (6c)"], "left out by what does not count")
        #expect(
            AgentLoop.rowsAtGrade("Each route I climbed (not a toprope) at 6a or easier from \(path)", path: path, text: Self.routes)
                == ["Pillar Crack (6a)", "Easy Ramp (5)"])
        #expect(AgentLoop.rowsAtGrade("List every route I climbed from \(path)", path: path, text: Self.routes) == nil, "no grade said")
        #expect(AgentLoop.rowsAtGrade("Routes at 7a or harder from \(path)", path: path, text: Self.routes) == nil, "no such grade")
        // The order of grades: by their parts, or by the run the task lists.
        let parts = AgentLoop.gradeOrder(stated: "", values: [])
        let yds = ["5.9", "5.10a", "5.10b", "5.11a"]
        let keys = yds.compactMap(parts)
        #expect(keys.count == 4 && zip(keys, keys.dropFirst()).allSatisfy { $0.lexicographicallyPrecedes($1) }, "\(keys)")
        let belts = AgentLoop.gradeOrder(stated: "belts go white, yellow, green, blue", values: ["white", "yellow", "green", "blue"])
        #expect(belts("green").map { [2.0] == $0 } == true)
    }

    /// An addition planned to a file that is there, when the person saves to a new file: an
    /// extract, which the whole loop makes by code from the logbook.
    @Test func savedToANewFileIsAnExtract() async throws {
        let task =
            "I keep my climbs in memory/climbing/routes.csv with the style onsight, redpoint or toprope. Please save to outputs/hard-routes.md, one per line, each route I led (an onsight or a redpoint, not a toprope) at 6b or harder, with its grade."
        let run = try await PlanStepTests.run(
            task, kind: .research, files: ["memory/climbing/routes.csv": Self.routes], ScriptedModel([.text(#"{"action": "append"}"#)]))
        #expect(run.files["outputs/hard-routes.md"] == "- Red Wall (6b+)\n- Orange Arete (6c)\n")
        #expect(run.files["memory/climbing/routes.csv"] == Self.routes)
    }
}

extension PlanTwentyEighthPartTests {
    static let bikes: [String: String] = [
        "memory/bikes/trek-520.toml": "[bike]\nname = \"Trek Touring\"\nframe_cm = 56\ncolour = \"slate grey\"\nbought = 2019\n",
        "memory/bikes/sold/dawes.toml": "[bike]\nname = \"Dawes Galaxy\"\nframe_cm = 54\ncolour = \"red\"\nbought = 2012\n",
    ]

    /// A new record like another, though the task says not to copy the one it sold: its values
    /// by code where the task writes them after their keys ("named …", "frame cm 53"), the
    /// form's without another key's words, each quoted as the sample quotes it (TOML).
    @Test func aNewRecordLikeAnotherNotACopy() async throws {
        let task =
            "I keep one TOML file per bike in memory/bikes. Please add memory/bikes/surly.toml in the same layout as trek-520.toml, named Surly Disc Trucker, frame cm 53, in forest green colour, bought 2028. The Dawes I sold still has a file in the sold folder; don't copy its details."
        #expect(!AgentLoop.asksCopy(task), "a copy the task says not to make")
        #expect(AgentLoop.asksCopy("Copy memory/bikes/trek-520.toml to memory/bikes/spare.toml"))
        #expect(AgentLoop.writtenValue("name", in: task) == "Surly Disc Trucker")
        #expect(AgentLoop.writtenValue("colour", in: task) == "forest green", "said before its key")
        #expect(AgentLoop.writtenValue("colour", in: "Paint it in the colour.") == nil)
        #expect(AgentLoop.ownValue("forest green colour, on frame cm 53", of: "colour", among: ["name", "frame_cm", "colour"]) == "forest green")
        #expect(AgentLoop.ownValue("The Crew", of: "name", among: ["name", "colour"]) == "The Crew")
        #expect(AgentLoop.quotedLike("name = \"Trek Touring\"", "Surly") == "\"Surly\"")
        #expect(AgentLoop.quotedLike("frame_cm = 56", "53") == "53")
        let run = try await PlanStepTests.run(
            task, files: Self.bikes,
            ScriptedModel([.text(#"{"action": "append"}"#), .text(#"{"colour": "forest green colour, frame cm 53"}"#)]))
        #expect(
            run.files["memory/bikes/surly.toml"]
                == "[bike]\nname = \"Surly Disc Trucker\"\nframe_cm = 53\ncolour = \"forest green\"\nbought = 2028\n",
            "\(run.files["memory/bikes/surly.toml"] ?? "none")")
        #expect(run.files["memory/bikes/trek-520.toml"] == Self.bikes["memory/bikes/trek-520.toml"])
    }
}

extension PlanTwentyEighthPartTests {
    static let ringing =
        "# Ringing log 2029\n2029-05-01 06:40  BLUTI  Z12345  11.2 g  adult\n2029-05-02 07:05  ROBIN  Z12346  17.9 g  juv\n2029-05-03 07:20  BLUTI  Z12347  10.8 g  adult\n"

    /// A log of aligned columns gets its new line by code, slot by slot: a date written as the
    /// lines write theirs, a time, one of the words a column has, a code, a figure with its
    /// unit, figures joined as the lines join them; the fields under the last line's. Nil when
    /// a slot finds nothing, or the file is no such log.
    @Test func aColumnLogsLineFromASentence() async throws {
        let task =
            "I ringed a robin this morning, 4 May 2029 at 07:55, ring Z12351, 18.1 g, a juv. Could you add it to the bottom of ringing-2029.txt in memory/birds like the others?"
        #expect(AgentLoop.columnLine(task, in: Self.ringing) == "2029-05-04 07:55  ROBIN  Z12351  18.1 g  juv")
        #expect(AgentLoop.columnLine("Add a robin, ring Z12351, 18.1 g, a juv", in: Self.ringing) == nil, "no date or time")
        #expect(AgentLoop.columnLine(task, in: "# Birds\n- robin\n- blue tit\n") == nil, "no columns")
        let parkruns = "2029-03-02  Ashby parkrun   24:31  112/340\n2029-03-09  Hadley parkrun  24:05  87/298\n"
        #expect(
            AgentLoop.columnLine(
                "Did Hadley parkrun on 16 March 2029 in 23:58 and came 98th of 351. Add it to memory/running/parkruns.txt.", in: parkruns)
                == "2029-03-16  Hadley parkrun  23:58  98/351")
        let tabbed = "date\tbird\tweight\n2029-05-01\tBLUTI\t11.2\n2029-05-02\tROBIN\t17.9\n"
        #expect(AgentLoop.columnLine("A robin at 18.1 on 4 May 2029", in: tabbed) == "2029-05-04\tROBIN\t18.1")
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: ["memory/birds/ringing-2029.txt"]),
            files: ["memory/birds/ringing-2029.txt": Self.ringing, "memory/birds/ringing-2028.txt": Self.ringing],
            ScriptedModel([.text(#"{"action": "append"}"#)]))
        #expect(run.files["memory/birds/ringing-2029.txt"] == Self.ringing + "2029-05-04 07:55  ROBIN  Z12351  18.1 g  juv\n")
        #expect(run.files["memory/birds/ringing-2028.txt"] == Self.ringing)
    }
}
