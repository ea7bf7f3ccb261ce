import Foundation
import StewardCore
import StewardModels
import Testing

@testable import StewardAgents
@testable import StewardTools

/// What the thirty-second blind part's traces (fresh32, issue 19) showed the plan getting
/// wrong, each made by code, on fixtures of their own (not the part's).
@Suite("Plan: the thirty-second blind part's traces")
struct PlanThirtySecondPartTests {
    /// A script of a tab-separated log's column reads it with a tab as the delimiter.
    @Test func aScriptOfATabSeparatedLog() async throws {
        let path = "memory/bees/honey-2032.tsv"
        let log = "date\tkg\tframes\n2032-06-02\t12.5\t8\n2032-07-14\t9\t6\n2032-08-20\t14\t9\n"
        let task =
            "Write memory/bees/honey_totals.py, a Python script that reads the tab-separated memory/bees/honey-2032.tsv and prints the total kg of honey and the most kg taken in one day (kg, not frames)"
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: [path]), kind: .research, files: [path: log],
            ScriptedModel([.text(#"{"action": "create"}"#)]))
        let script = try #require(run.files["memory/bees/honey_totals.py"], "\(run.steps.map(\.output))")
        #expect(script.contains("delimiter='\\t'"), "\(script)")
        #expect(try PlanStepTests.python(script, files: [path: log]) == "Total kg: 35.5\nMost date: 2032-08-20 (14 kg)\n", "\(script)")
    }

    static let fridge = "item\tshelf\tuse_by\nyoghurt\ttop\t2033-02-03\nham\tmiddle\t2033-01-28\nmilk\tdoor\t2033-02-01\ncheese\ttop\t2033-01-20\n"

    /// The rows of a table dated before a day: said as a date, or as today's date and "past",
    /// "earlier than today"; a row dated that day itself is not before it.
    @Test(arguments: [
        "From memory/food/fridge.tsv, list every item whose use_by date is before 2033-02-01, with that date, in outputs/old.md",
        "It's 1 February 2033 and I'm clearing the fridge. Could you write the things already past their use-by date to outputs/old.md, each with its date?",
        "Today is 1 February 2033. Please save to outputs/old.md every item whose use-by date is earlier than today, one per line with its date.",
    ])
    func rowsDatedBeforeADay(task: String) {
        #expect(AgentLoop.rowsByDate(task, path: "memory/food/fridge.tsv", text: Self.fridge) == ["ham: 2033-01-28", "cheese: 2033-01-20"])
    }

    /// No date said, or one no row is past, is no such list.
    @Test func noDateSaidIsNoList() {
        #expect(AgentLoop.rowsByDate("List every item in the fridge with its date", path: "f.tsv", text: Self.fridge) == nil)
        #expect(AgentLoop.rowsByDate("List every item dated before 2030-01-01", path: "f.tsv", text: Self.fridge) == nil)
        let side = AgentLoop.saidDateSide("the parcel arrived after 3 march 2033, as promised")
        #expect(side?.op == ">" && side?.day == [2033, 3, 3])
    }

    static let visit =
        "Dear Parents,\n\nOur Year 5 class will visit the Science Museum in Leeds on Tuesday 8 June 2032.\nThe coach leaves at 9 am and returns by 3 pm.\nChildren need a packed lunch and a raincoat.\nThe visit costs £12 per child; please pay online by Friday 28 May.\n\nMr Cole\n"

    /// More points than sentences, each in a sentence of its own: neighbours share one, so the
    /// place, the cost and what to bring all stay.
    @Test func morePointsThanSentencesEachApart() throws {
        let task =
            "Summarise memory/school/visit.txt in two sentences at most in outputs/visit.md: where and when, the cost and the date to pay by, and what to bring"
        let topics = AgentLoop.summaryTopics(task, count: 2)
        let summary = try #require(
            AgentLoop.summarySentences(Self.visit, limit: AgentLoop.SummaryLimit(unit: .sentences, count: 2), topics: topics))
        #expect(
            summary.contains("Science Museum") && summary.contains("8 June") && summary.contains("£12") && summary.contains("28 May")
                && summary.contains("packed lunch"), "\(topics) \(summary)")
        #expect(AgentLoop.sentences(summary).count == 2, "\(summary)")
        // Of a point's sentences, the one that says most of what it asks: the cost's and the
        // day to pay by's, not the coach's times.
        let asked =
            "Please summarise memory/school/visit.txt in no more than two sentences in outputs/visit.md: where they're going and on which day, what it costs and by when we have to pay, and what she needs to bring."
        let other = try #require(
            AgentLoop.summarySentences(
                Self.visit, limit: AgentLoop.SummaryLimit(unit: .sentences, count: 2), topics: AgentLoop.summaryTopics(asked, count: 2)))
        #expect(other.contains("£12") && other.contains("packed lunch") && !other.contains("9 am"), "\(other)")
    }

    static let rota = "day\tjob\twho\nMonday\tdrying\tAmy\nTuesday\tdrying\tBen\nTuesday\trecycling\tAmy\nFriday\tdrying\tCal\n"

    /// One row's person for another in a TSV chart, the row by its other cells in the clause
    /// with the new name; planned as an append, it is a change.
    @Test(arguments: [
        ("In memory/home/jobs.tsv, give Tuesday's drying to Cal instead of Ben", "append"),
        (
            "We keep the jobs in memory/home/jobs.tsv. Ben has band on Tuesdays now, so Cal takes over Tuesday's drying; please change just that row. Amy still does the recycling on Tuesday.",
            "replace"
        ),
    ])
    func aPersonForAnotherInATableRow(task: String, action: String) async throws {
        let path = "memory/home/jobs.tsv"
        #expect(
            AgentLoop.tableRowSwap(task, path: path, in: Self.rota)
                == AgentLoop.LineEdit(old: "Tuesday\tdrying\tBen", new: "Tuesday\tdrying\tCal", word: false))
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: [path]), files: [path: Self.rota],
            ScriptedModel([
                .text(#"{"action": "\#(action)"}"#), .text(#"{"line": "Tuesday\trecycling\tAmy", "new_line": "Tuesday\trecycling\tCal"}"#),
            ]))
        #expect(
            run.files[path] == Self.rota.replacingOccurrences(of: "Tuesday\tdrying\tBen", with: "Tuesday\tdrying\tCal"), "\(run.steps.map(\.output))")
    }

    /// A key's verb is not its value ("stores are low"); a table row's count said in words,
    /// not the year of its date, and the species without it.
    @Test func aValueAfterItsVerbAndACountInWords() async throws {
        #expect(AgentLoop.writtenValue("stores", in: "saw the queen, stores are low and they were calm") == "low")
        let path = "memory/birds/garden.md"
        let table = "# Garden birds\n| Date | Species | Count |\n|---|---|---|\n| 2032-03-02 | Robin | 1 |\n| 2032-03-09 | Wren | 2 |\n"
        let task =
            "Five goldfinches came to the feeder today, 12 April 2032! Could you add them as a new row at the bottom of the table in garden.md in memory/birds?"
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: [path]), files: [path: table],
            ScriptedModel([.text(#"{"action": "append"}"#), .text(#"{"Species": "Five goldfinches"}"#)]))
        #expect(run.files[path] == table + "| 2032-04-12 | Goldfinches | 5 |\n", "\(run.files[path] ?? "none")")
    }

    static let team = "coach:\n  name: Jo Park\n  email: jo.park@oldmail.example\nassistant:\n  name: Raj Bell\n  email: raj.bell@oldmail.example\n"

    /// A new address for one of several: the old one the task writes, else the one whose
    /// words the new one or the task's (not what it keeps) say.
    @Test func aNewAddressForOneOfSeveral() {
        let edit = AgentLoop.LineEdit(old: "jo.park@oldmail.example", new: "jo@riverside.example", word: true)
        #expect(
            AgentLoop.valueSwap(
                "Jo now uses jo@riverside.example instead of jo.park@oldmail.example. Raj is still on oldmail, so his stays.", in: Self.team) == edit)
        #expect(AgentLoop.valueSwap("Coach Jo has a new club email, jo@riverside.example. Raj keeps his old one.", in: Self.team) == edit)
        #expect(
            AgentLoop.valueSwap("Our coach has a new club email, coach@riverside.example. Please update it.", in: Self.team) == nil,
            "no word says whose")
    }

    /// Filing a file the task names into a folder, planned as a create because of a "new"
    /// thing, is a move.
    @Test func filingPlannedAsACreate() async throws {
        let files = [
            "memory/bikes/inbox/lock-receipt.txt": "Receipt: D-lock, £45\n", "memory/bikes/gear/lock/notes.md": "# Lock\nKeys: 2\n",
            "memory/bikes/inbox/light-receipt.txt": "Receipt: rear light, £15\n",
        ]
        let task =
            "Could you file the receipt for the new lock? It's lock-receipt.txt in memory/bikes/inbox and it belongs in memory/bikes/gear/lock with the notes."
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: Array(files.keys)), files: files,
            ScriptedModel([.text(#"{"action": "create"}"#), .text(#"{"folder": "memory/bikes/gear/lock"}"#)]))
        #expect(run.files["memory/bikes/gear/lock/lock-receipt.txt"] == files["memory/bikes/inbox/lock-receipt.txt"], "\(run.files.keys.sorted())")
        #expect(run.files["memory/bikes/inbox/lock-receipt.txt"] == nil)
    }

    /// A skill's listed steps keep a "where" part with the step before it, and a skill of
    /// dates coming up says to count from today.
    @Test func aSkillOfDatesComingUp() async throws {
        #expect(
            AgentLoop.imperative(["looks at a.yaml", "where each card has its date", "writes the ones due to b.md"])
                == ["look at a.yaml, where each card has its date", "write the ones due to b.md"])
        let task =
            "I always forget the car's MOT. Could you write me a skill called mot-soon that looks at memory/car/dates.yaml, where each check has its date, and writes the ones due in the next two months to outputs/mot-soon.md?"
        let form =
            #"{"name": "mot-soon", "description": "Finds the car checks due soon.", "steps": ["Read dates.yaml", "Find the checks due in the next two months", "Write them to mot-soon.md"]}"#
        let run = try await PlanStepTests.run(
            task, kind: .code, files: ["memory/car/dates.yaml": "- check: MOT\n  date: 2032-09-01\n"],
            ScriptedModel([.text(#"{"action": "skill"}"#), .text(form)]))
        let skill = try #require(run.files["skills/mot-soon/SKILL.md"])
        #expect(skill.contains("today's date"), "\(skill)")
    }

    /// An ending its clause says is no such file ("The .old file is just a backup") is not
    /// among the endings said.
    @Test func anEndingSaidToBeABackup() {
        #expect(
            AgentLoop.saidEndings(
                "Each one is a .csv file in memory/coins/trays; save it to outputs/trays.md. The .old file is just a backup and the photos folder isn't a tray.",
                among: [".csv", ".old", ".md"]) == [".csv"])
        #expect(AgentLoop.saidEndings("List the .csv and .old files in memory/coins/trays", among: [".csv", ".old", ".md"]) == [".csv", ".old"])
    }

    /// A TSV row the task writes with commas (fresh29 3003's, seen again beside fresh32's): a
    /// part per column, "due" of a `due` column dropped, parted by tabs.
    @Test func aTSVRowWrittenWithCommas() async throws {
        let path = "memory/library/loans.tsv"
        let loans = "date\tbook\tborrower\tdue\n2032-04-28\tDune\tAnn Lee\t2032-05-12\n2032-05-01\tEmma\tBo Tan\t2032-05-15\n"
        #expect(AgentLoop.rowOfParts("2032-05-03, The Hobbit, Cy Moss, due 2032-05-17", of: loans) == "2032-05-03\tThe Hobbit\tCy Moss\t2032-05-17")
        #expect(AgentLoop.rowOfParts("2032-05-03, The Hobbit, Cy Moss", of: loans) == nil, "a part short")
        let task = "Add a loan to the end of memory/library/loans.tsv, tab-separated like the others: 2032-05-03, The Hobbit, Cy Moss, due 2032-05-17"
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: [path]), files: [path: loans],
            ScriptedModel([.text(#"{"action": "append"}"#), .text(#"{"book": "Add", "borrower": "Cy Moss"}"#)]))
        #expect(run.files[path] == loans + "2032-05-03\tThe Hobbit\tCy Moss\t2032-05-17\n", "\(run.steps.map(\.output))")
        // A cell asked is the person's words, not a path's ("loans.tsv" is no book).
        let told =
            "I log each loan as a tab-separated line in memory/library/loans.tsv. Please add that Cy Moss took The Hobbit on 3 May 2032, due back on 17 May 2032."
        let asked = try await PlanStepTests.run(
            told, said: Coaching.withNamedPaths(told, files: [path]), files: [path: loans],
            ScriptedModel([.text(#"{"action": "append"}"#), .text(#"{"book": "loans.tsv", "borrower": "Cy Moss"}"#)]))
        #expect(!(asked.files[path] ?? "").contains("\tloans.tsv\t"), "\(asked.files[path] ?? "none")")
    }

    /// A record like the last whose date the task says only in the new file's name (fresh29
    /// 3001's, seen again): its date key takes that name's date.
    @Test func aRecordDatedByItsFileName() async throws {
        let last = "memory/garden/logs/2032-05-26.yaml"
        let sample = "date: 2032-05-26\nbed: north\nwatered: yes\nnotes: weeded\n"
        let task = "Create memory/garden/logs/2032-06-02.yaml in the same layout as 2032-05-26.yaml: bed south, watered, notes: picked beans"
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: [last]), files: [last: sample],
            ScriptedModel([.text(#"{"action": "create"}"#), .text(#"{"date": "2032-06-02"}"#)]))
        let record = try #require(run.files["memory/garden/logs/2032-06-02.yaml"], "\(run.steps.map(\.output))")
        #expect(record.hasPrefix("date: 2032-06-02\nbed: south\n"), "\(record)")
    }

    /// How many records are still out and with how many different people, by code, of JSON
    /// records whose `back` is null (fresh29 3014's, seen again).
    @Test(arguments: [
        "Write memory/tools/out.py, a Python script that reads memory/tools/lent.json and prints how many tools are still out and how many different people have them",
        "Could you write a Python script, out.py in memory/tools, that reads lent.json in the same folder and prints the number of tools not yet back and the number of different borrowers who have them?",
    ])
    func stillOutAndWithHowManyPeople(task: String) async throws {
        let path = "memory/tools/lent.json"
        let lent =
            "[\n  {\"tool\": \"Drill\", \"borrower\": \"Ann\", \"back\": null},\n  {\"tool\": \"Saw\", \"borrower\": \"Ann\", \"back\": null},\n  {\"tool\": \"Ladder\", \"borrower\": \"Bo\", \"back\": \"2032-05-01\"},\n  {\"tool\": \"Sander\", \"borrower\": \"Cy\", \"back\": null}\n]\n"
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: [path]), kind: .research, files: [path: lent],
            ScriptedModel([.text(#"{"action": "create"}"#)]))
        let script = try #require(run.files["memory/tools/out.py"], "\(run.steps.map(\.output))")
        let printed = try PlanStepTests.python(script, files: [path: lent])
        #expect(printed.hasPrefix("Still out (no back): 3\nDifferent ") && printed.hasSuffix(": 2\n"), "\(printed) \(script)")
    }

    /// A place with a comma in it "rather than" another written alike: both whole (fresh27
    /// 2806's, seen again: "Tesco car park" became "park Otley Road").
    @Test func aPlaceWithACommaRatherThanAnother() {
        let note = "Pick-up: Station car park, Mill Lane, 07:40\nDrop-off: Station car park, Mill Lane, 17:30\n"
        let task =
            "From Monday the pick-up is at the Leisure Centre, Park Road rather than Station car park, Mill Lane. The drop-off stays where it is."
        #expect(
            AgentLoop.insteadSwap(task, in: note)
                == AgentLoop.LineEdit(
                    old: "Pick-up: Station car park, Mill Lane, 07:40", new: "Pick-up: Leisure Centre, Park Road, 07:40", word: false))
    }
}
