import Foundation
import StewardCore
import StewardModels
import Testing

@testable import StewardAgents
@testable import StewardTools

/// What the thirty-first blind part's traces (fresh31, issue 19) showed the plan getting
/// wrong, each made by code, on fixtures of their own (not the part's).
@Suite("Plan: the thirty-first blind part's traces")
struct PlanThirtyFirstPartTests {
    static let rides = "date,route,km,minutes\n2031-03-01,Canal,32,80\n2031-03-04,Hills,41,130\n2031-03-09,Canal,30,74\n"

    /// A script asked by its name and folder, planned as a summary, is a script; a column the
    /// task says is not the one ("km, not minutes") is not.
    @Test func aScriptPlannedAsASummary() async throws {
        let path = "memory/cycling/rides-2031.csv"
        let task =
            "Could you write a little Python script, totals.py in memory/cycling, that goes through rides-2031.csv in the same folder and prints how many km I've ridden altogether and the most km in a single ride (km, not minutes)?"
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: [path]), kind: .research, files: [path: Self.rides],
            ScriptedModel([.text(#"{"action": "summarise"}"#)]))
        let script = try #require(run.files["memory/cycling/totals.py"], "\(run.steps.map(\.output))")
        #expect(try PlanStepTests.python(script, files: [path: Self.rides]) == "Total km: 103\nMost date: 2031-03-04 (41 km)\n", "\(script)")
    }

    /// Rows past a score said "or higher", with the columns asked (one by "where it's from");
    /// the list of a folder's files of the ending the task says by its letters, not the one it
    /// leaves out.
    @Test func aScoreOrHigherAndAnEndingSaid() throws {
        let beers =
            "- beer: Pale\n  brewery: Moor\n  score: 8.5\n- beer: Stout\n  brewery: Titanic\n  score: 7\n- beer: Saison\n  brewery: Burning Sky\n  score: 8\n"
        #expect(
            AgentLoop.rowsPast("List every beer scored 8 or higher, with its brewery and score", path: "memory/beer/2031.yaml", text: beers)
                == ["Pale, Moor, 8.5", "Saison, Burning Sky, 8"])
        let coffees = "- coffee: Yirgacheffe\n  origin: Ethiopia\n  score: 8.5\n- coffee: House\n  origin: Brazil\n  score: 6\n"
        #expect(
            AgentLoop.rowsPast(
                "Write the coffees I scored 8 or more, each with where it's from and its score", path: "memory/coffee/2031.yaml", text: coffees)
                == ["Yirgacheffe, Ethiopia, 8.5"], "an origin asked by the question it answers")
        let endings = [".gpx", ".tmp", ".md", ".log"]
        #expect(AgentLoop.saidEndings("List the .gpx routes, not the .tmp file", among: endings) == [".gpx"])
        #expect(AgentLoop.saidEndings("They're the GPX files; skip the half-downloaded .tmp file", among: endings) == [".gpx"])
        #expect(AgentLoop.saidEndings("the gpx files, and the walk log next to them", among: endings) == [".gpx"], "a log is no .log")
        #expect(AgentLoop.saidEndings("every route I have saved", among: endings).isEmpty)
    }

    static let soil: [String: String] = [
        "memory/garden/soil/north/2031-04-02.toml": "date = 2031-04-02\nbed = \"north\"\nph = 6.5\nnitrogen = 20\nmoisture_pct = 35\n",
        "memory/garden/soil/south/2031-04-09.toml": "date = 2031-04-09\nbed = \"south\"\nph = 7.1\nnitrogen = 15\nmoisture_pct = 30\n",
    ]

    /// A TOML record like the folder's last: a form's path answer is its last folder when the
    /// person says that word ("north"), a date answered as ISO is the one said in words, and
    /// the one figure no value holds goes to the one key of
    /// figures left ("40 percent moisture" for `moisture_pct`).
    @Test func aTOMLRecordWithAFigureLeftOver() async throws {
        let task =
            "I tested the north bed's soil today, 9 April 2031: pH 6.8, nitrogen 25 and 40 percent moisture. Could you save it as 2031-04-09.toml in memory/garden/soil/north, set out like the last test?"
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: Array(Self.soil.keys)), files: Self.soil,
            ScriptedModel([
                .text(#"{"action": "append"}"#), .text(#"{"date": "2031-04-09", "bed": "memory/garden/soil/north", "moisture_pct": ""}"#),
            ]))
        #expect(
            run.files["memory/garden/soil/north/2031-04-09.toml"]
                == "date = 2031-04-09\nbed = \"north\"\nph = 6.8\nnitrogen = 25\nmoisture_pct = 40\n",
            "\(run.files["memory/garden/soil/north/2031-04-09.toml"] ?? "none")")
        #expect(run.files["memory/garden/soil/south/2031-04-09.toml"] == Self.soil["memory/garden/soil/south/2031-04-09.toml"])
    }

    static let closure =
        "Dear Resident,\n\nWe are resurfacing Mill Lane. The road will be closed on Tuesday 4 March 2031 between 7 am and 6 pm.\nPlease move your car off the street the evening before. Buses will divert via Station Road.\nIf you need access for a disability, call us on 0300 123 4567 by Friday 28 February and we will arrange it.\nIf the road stays closed for more than 12 hours, residents may park at the school.\n\nHighways Team\n"

    /// More points than sentences, where one sentence holds two of them ("which day, what
    /// hours"): each point still its sentence, what to do among them; "what hours" is the
    /// closure's time, not a later sentence's "12 hours".
    @Test func morePointsThanSentences() throws {
        let task =
            "Could you read the council's letter (2031-02-20-road-closure.txt in memory/letters) and put a two-sentence summary in outputs/road.md? I need to know which day, what hours, and what I should do before."
        let topics = AgentLoop.summaryTopics(task, count: 2)
        #expect(topics.count == 3, "\(topics)")
        let summary = try #require(
            AgentLoop.summarySentences(Self.closure, limit: AgentLoop.SummaryLimit(unit: .sentences, count: 2), topics: topics))
        #expect(summary.contains("4 March") && summary.contains("7 am") && summary.contains("move your car"), "\(summary)")
        #expect(AgentLoop.sentences(summary).count == 2, "\(summary)")
    }

    static let rota =
        "# Bell ringing, spring 2031\n| Date | Tower | Leader |\n|---|---|---|\n| 2031-04-06 | St Mary's | Ann |\n| 2031-04-13 | All Saints | Ann |\n| 2031-04-20 | St Mary's | Ravi |\n| 2031-04-27 | All Saints | Ann |\n"

    /// A table's cell given a value in words: the row by its date, or by its date and a cell
    /// only some rows have; the column by its header; the value after "to", a figure's dot
    /// kept; nothing when the row or the value is not plain.
    @Test func aTableCellByRowAndColumn() async throws {
        let path = "memory/bells/rota.md"
        let changed = Self.rota.replacingOccurrences(of: "| 2031-04-13 | All Saints | Ann |", with: "| 2031-04-13 | All Saints | Ravi |")
        for said in [
            "In memory/bells/rota.md, change the leader of the 2031-04-13 practice to Ravi",
            "Ann is away on 13 April 2031, so the practice at All Saints that day goes to Ravi; please update its leader. The practice at All Saints on the 27th stays with Ann.",
        ] {
            let edit = AgentLoop.tableCellEdit(said, path: path, in: Self.rota)
            #expect(edit.map { Self.rota.replacingOccurrences(of: $0.old, with: $0.new) } == changed, "\(said)")
        }
        #expect(AgentLoop.tableCellEdit("Change the leader of the All Saints practice to Ravi", path: path, in: Self.rota) == nil, "two rows")
        #expect(AgentLoop.tableCellEdit("Rename the Leader column to Ringer", path: path, in: Self.rota) == nil, "no row")
        #expect(
            AgentLoop.tableCellEdit("On 13 April 2031 Ravi has agreed to take it; please update its leader.", path: path, in: Self.rota) == nil,
            "a name's column takes a name")
        let prices = "item,price\nStrawberry jam,3.50\nRaspberry jam,3.50\nMarmalade,3.00\n"
        let edit = try #require(
            AgentLoop.tableCellEdit("Change the price of the strawberry jam from 3.50 to 4.00.", path: "memory/stall/prices.csv", in: prices))
        #expect(edit.new == "Strawberry jam,4.00")
        let run = try await PlanStepTests.run(
            "In memory/bells/rota.md, change the leader of the 2031-04-13 practice to Ravi", files: [path: Self.rota],
            ScriptedModel([.text(#"{"action": "replace"}"#)]))
        #expect(run.files[path] == changed, "\(run.files[path] ?? "none")")
    }

    /// A file the task says does not come into it is not the script's ("last year's
    /// rides-2030.csv and the routes list don't come into it": both), so the one CSV left is
    /// read by code.
    @Test func aScriptBesideAFileThatDoesNotComeIntoIt() async throws {
        let files = [
            "memory/cycling/rides-2031.csv": Self.rides, "memory/cycling/rides-2030.csv": "date,route,km,minutes\n2030-12-30,Canal,90,200\n",
            "memory/cycling/routes.md": "# Routes\n- Canal: flat\n",
        ]
        let task =
            "I log every ride in memory/cycling/rides-2031.csv with the date, the route, the km and the minutes. Please write a Python script, memory/cycling/totals.py, that reads that file and prints the total km so far this year and the highest number of km in one ride (km, not minutes). Last year's rides-2030.csv and the routes list don't come into it."
        #expect(Set(AgentLoop.notRead(task, among: Array(files.keys))) == ["memory/cycling/rides-2030.csv", "memory/cycling/routes.md"])
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: Array(files.keys)), kind: .research, files: files,
            ScriptedModel([.text(#"{"action": "create"}"#)]))
        let script = try #require(run.files["memory/cycling/totals.py"], "\(run.steps.map(\.output))")
        #expect(try PlanStepTests.python(script, files: files) == "Total km: 103\nHighest date: 2031-03-04 (41 km)\n", "\(script)")
    }

    /// Items out of a file, planned as a rename with no word of one, are an extract; a key's
    /// value said before it after "of", its article dropped, and not "too".
    @Test func anExtractPlannedAsARename() async throws {
        #expect(
            AgentLoop.writtenValue("tank", in: "this morning's test of the community tank, 18 January: pH 7.0. I tested the shrimp tank too")
                == "community")
        let beers =
            "- beer: Pale\n  brewery: Moor\n  score: 8.5\n- beer: Stout\n  brewery: Titanic\n  score: 7\n- beer: Saison\n  brewery: Burning Sky\n  score: 8\n"
        let run = try await PlanStepTests.run(
            "Please go through memory/beer/2031.yaml and save to outputs/best.md every beer with a score of 8 or higher, one per line with its brewery and its score.",
            kind: .research, files: ["memory/beer/2031.yaml": beers], ScriptedModel([.text(#"{"action": "rename"}"#)]))
        #expect(run.files["outputs/best.md"] == "- Pale, Moor, 8.5\n- Saison, Burning Sky, 8\n", "\(run.files["outputs/best.md"] ?? "none")")
        #expect(run.files["memory/beer/2031.yaml"] == beers)
    }

    /// A rename the words ask by its new name stays a rename, though the task's words seem to
    /// give a `Key: value` line of the note a new value ("January's oil delivery" of
    /// "Delivered: 14 January 2031").
    @Test func aRenameByItsNewNameIsNoValueChange() async throws {
        let files = [
            "memory/house/coal/delivery-note-41.txt": "Delivery note 41\nDelivered: 3 February 2031\nCoal: 10 bags\n",
            "memory/house/coal/2030-11-coal.txt": "Delivery note 39\nDelivered: 8 November 2030\n",
        ]
        let task =
            "delivery-note-41.txt in memory/house/coal is February's coal delivery. Could you rename it 2031-02-coal.txt, like the one from last November?"
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: Array(files.keys)), files: files, ScriptedModel([.text(#"{"action": "rename"}"#)]))
        #expect(run.files["memory/house/coal/2031-02-coal.txt"] == files["memory/house/coal/delivery-note-41.txt"], "\(run.files.keys.sorted())")
        #expect(run.files["memory/house/coal/delivery-note-41.txt"] == nil)
    }

    /// A line of a log whose fields are parted by bars, made by code: the date and the minutes
    /// by their slots ("55 minutes" for "min"), the free field from the sentence most like its
    /// cells, without the words that say why; the model's copy of the last line is not asked.
    @Test func aBarLogLineWithFreeWords() async throws {
        let log = "2031-01-03 | 40 min | Scarf, rows 1-20\n2031-01-05 | 35 min | Scarf, rows 21-38\n2031-01-09 | 50 min | Hat, brim\n"
        #expect(
            AgentLoop.columnLine(
                "I knitted for 55 minutes this evening (12 January 2031), the hat, crown decreases. Could you add that to the end of knitting.log in the same format?",
                in: log) == "2031-01-12 | 55 min | hat, crown decreases")
        let path = "memory/knitting/knitting.log"
        let task =
            "I log my knitting in memory/knitting/knitting.log, one line each with the date, how long and what I knitted, parted by bars. Please add tonight's: 12 January 2031, 55 minutes on the scarf, rows 39-52, as the pattern says."
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: [path]), files: [path: log],
            ScriptedModel([.text(#"{"action": "append"}"#), .text(#"{"text": "2031-01-09 | 50 min | Hat, brim"}"#)]))
        #expect(run.files[path] == log + "2031-01-12 | 55 min | scarf, rows 39-52\n", "\(run.files[path] ?? "none")")
    }

    static let honey: [String: String] = [
        "memory/honey/prices.csv": "honey,jar,price\nheather,454 g,6.50\nwildflower,454 g,6.50\nheather,227 g,3.75\n",
        "memory/honey/labels.md": "# Labels\n- Heather honey, 454 g: £6.50\n- Wildflower honey, 454 g: £6.50\n- Heather honey, 227 g: £3.75\n",
        "memory/honey/stall.json":
            "[\n  {\"honey\": \"heather\", \"jar\": \"454 g\", \"price\": 6.50},\n  {\"honey\": \"wildflower\", \"jar\": \"454 g\", \"price\": 6.50}\n]\n",
    ]

    /// A price "instead of" the old one in several files, each changed on the one line of the
    /// thing named (the other at the old price stays); in a file of bare figures, without the
    /// sign. Planned as an append, the words asking an update of it make it a change.
    @Test(arguments: [
        (
            "The big jars of heather honey will be £7.00 instead of £6.50. Could you change that in prices.csv, labels.md and stall.json in memory/honey? Wildflower stays at £6.50.",
            "replace"
        ),
        (
            "From Saturday the 454 g jars of heather honey cost £7.00 rather than £6.50. Please update that price in memory/honey/prices.csv, memory/honey/labels.md and memory/honey/stall.json. The wildflower is also £6.50 and keeps that price.",
            "append"
        ),
    ])
    func aPriceInsteadOfTheOldInSeveralFiles(task: String, action: String) async throws {
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: Array(Self.honey.keys)), files: Self.honey,
            ScriptedModel([.text(#"{"action": "\#(action)"}"#)]))
        #expect(
            run.files["memory/honey/prices.csv"] == "honey,jar,price\nheather,454 g,7.00\nwildflower,454 g,6.50\nheather,227 g,3.75\n",
            "\(run.steps.map(\.output))")
        #expect(
            run.files["memory/honey/labels.md"]
                == Self.honey["memory/honey/labels.md"]?.replacingOccurrences(of: "454 g: £6.50\n- Wild", with: "454 g: £7.00\n- Wild"))
        #expect(
            run.files["memory/honey/stall.json"]
                == Self.honey["memory/honey/stall.json"]?.replacingOccurrences(
                    of: "6.50},\n  {\"honey\": \"wild", with: "7.00},\n  {\"honey\": \"wild"))
    }

    /// A skill asked in one sentence of what it "looks at" and how keeps that how in its body,
    /// as an instruction, when the model's steps leave it out.
    @Test func aSkillKeepsHowItWorksOut() async throws {
        let task =
            "I keep forgetting to feed the fish. Could you write me a skill called feed-due that looks at memory/pets/feeding.csv, where each tank has the time it was last fed and how many hours it goes between meals, and writes the ones due now to outputs/feed-due.md?"
        let form =
            #"{"name": "feed-due", "description": "Finds the tanks due a feed.", "steps": ["Read feeding.csv", "Find the tanks due a feed", "Write them to feed-due.md"]}"#
        let files = ["memory/pets/feeding.csv": "tank,last_fed,every_hours\nguppies,2031-01-02 08:00,24\n"]
        let run = try await PlanStepTests.run(task, kind: .code, files: files, ScriptedModel([.text(#"{"action": "skill"}"#), .text(form)]))
        let skill = try #require(run.files["skills/feed-due/SKILL.md"])
        #expect(
            skill.contains(
                "Look at memory/pets/feeding.csv, where each tank has the time it was last fed and how many hours it goes between meals and write the ones due now to outputs/feed-due.md."
            ), "\(skill)")
    }
}
