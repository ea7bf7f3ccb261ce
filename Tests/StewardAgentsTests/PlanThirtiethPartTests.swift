import Foundation
import StewardCore
import StewardModels
import Testing

@testable import StewardAgents
@testable import StewardTools

/// What the thirtieth blind part's traces (fresh30, issue 19) showed the plan getting wrong,
/// each made by code, on fixtures of their own (not the part's). The whole loop runs where it
/// says so (`PlanStepTests.run`: a scripted model on a real HTTP server, a real workspace).
@Suite("Plan: the thirtieth blind part's traces")
struct PlanThirtiethPartTests {
    static let services: [String: String] = [
        "memory/boats/dinghy/2031-01-10.json":
            "{\"date\": \"2031-01-10\", \"boat\": \"dinghy\", \"job\": \"new mainsheet\", \"parts\": \"8mm braid\", \"cost\": 42.00}\n",
        "memory/boats/kayak/2031-02-03.json":
            "{\"date\": \"2031-02-03\", \"boat\": \"kayak\", \"job\": \"seat refitted\", \"parts\": \"none\", \"cost\": 0}\n",
        "memory/boats/boats.md": "# Boats\n- dinghy: Laser, bought 2025\n- kayak: Perception, bought 2028\n",
    ]
    static let serviced =
        "{\"date\": \"2031-02-03\", \"boat\": \"dinghy\", \"job\": \"rudder pintle replaced\", \"parts\": \"Allen A4120 pintle\", \"cost\": 16.50}\n"

    /// A flat JSON object is a keyed sample: its keys in the text's order, its figures as
    /// written; the new record keeps each value's kind and the sample's layout.
    @Test func aJSONRecordIsAKeyedSample() throws {
        let sample = try #require(AgentLoop.keyedSample(of: "{\n  \"name\": \"Ada\",\n  \"age\": 31.0,\n  \"member\": true,\n  \"notes\": null\n}\n"))
        #expect(sample.keys == ["name", "age", "member", "notes"])
        #expect(sample.value(of: "age") == "31.0")
        let layout = try #require(sample.json)
        #expect(
            layout.text([("name", "Bo \"B\""), ("age", "£40"), ("member", "no"), ("notes", "new")])
                == "{\n  \"name\": \"Bo \\\"B\\\"\",\n  \"age\": 40,\n  \"member\": false,\n  \"notes\": \"new\"\n}")
        #expect(layout.text([("age", "about forty")]) == "{\n  \"age\": \"about forty\"\n}", "no figure: a string")
        let spelt = try #require(AgentLoop.keyedSample(of: "{\"next\": \"cost\", \"date\": \"2031-01-02\", \"cost\": 4}"))
        #expect(spelt.keys == ["next", "date", "cost"], "a value that spells a key is not the key")
        #expect(AgentLoop.keyedSample(of: "{\"a\": [1, 2], \"b\": 3}") == nil, "not flat")
        #expect(AgentLoop.keyedSample(of: "{\"a\": 1}") == nil, "one key")
        #expect(AgentLoop.keyedSample(of: "[{\"a\": 1, \"b\": 2}]") == nil, "records, not one")
    }

    /// "Create X like Y: key value, …" writes the JSON record by code, each value the task's
    /// words after its key, the cost a number.
    @Test func aJSONRecordLikeAnotherWrittenByCode() async throws {
        let task =
            "Create memory/boats/dinghy/2031-02-03.json like 2031-01-10.json: date 2031-02-03, boat dinghy, job rudder pintle replaced, parts Allen A4120 pintle, cost 16.50"
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: Array(Self.services.keys)), files: Self.services,
            ScriptedModel([.text(#"{"action": "create"}"#)]))
        #expect(run.files["memory/boats/dinghy/2031-02-03.json"] == Self.serviced, "\(run.files["memory/boats/dinghy/2031-02-03.json"] ?? "none")")
        #expect(run.files["memory/boats/kayak/2031-02-03.json"] == Self.services["memory/boats/kayak/2031-02-03.json"])
    }

    /// Logged "as X.json in FOLDER, the same way as the last one", planned as a replace in the
    /// boats' list: a create like the folder's last record, its values asked as one form, the
    /// date written as the sample writes it.
    @Test func loggedTheSameWayAsTheLastIsACreate() async throws {
        let task =
            "I replaced the rudder pintle on the dinghy today, 3 February 2031, with an Allen A4120 pintle, which cost £16.50. Could you log it as 2031-02-03.json in memory/boats/dinghy, the same way as the last repair?"
        let said = Coaching.withNamedPaths(task, files: Array(Self.services.keys))
        let run = try await PlanStepTests.run(
            task, said: said, files: Self.services,
            ScriptedModel([
                .text(#"{"action": "replace"}"#),
                .text(#"{"date": "3 February 2031", "boat": "dinghy", "job": "rudder pintle replaced", "parts": "Allen A4120 pintle"}"#),
            ]))
        #expect(run.files["memory/boats/dinghy/2031-02-03.json"] == Self.serviced, "\(run.files["memory/boats/dinghy/2031-02-03.json"] ?? "none")")
        #expect(run.files["memory/boats/boats.md"] == Self.services["memory/boats/boats.md"])
    }

    /// What a key's value is not: when it was done ("the dinghy today"), nor, of a form's list
    /// of parts, the ones that name another key or are its value.
    @Test func aKeysValueIsItsOwn() {
        #expect(AgentLoop.writtenValue("boat", in: "I fixed the rudder on the boat today, 3 February 2031") == nil)
        #expect(AgentLoop.writtenValue("boat", in: "job done, boat dinghy, cost 4") == "dinghy")
        #expect(
            AgentLoop.ownValue("dinghy boat, Allen A4120 pintle, £16.50", of: "parts", among: ["boat", "parts", "cost"], given: ["16.50"])
                == "Allen A4120 pintle")
        #expect(AgentLoop.ownValue("Allen pintle, spare clip", of: "parts", among: ["boat", "parts"], given: []) == "Allen pintle, spare clip")
    }

    /// A record whose keys the task names ("each with date, boat, job, parts and cost") is like
    /// the folder's last; what a key is of ("today's job on the dinghy") is no value of it, and
    /// is asked.
    @Test func aRecordWhoseKeysAreNamedIsLikeTheLast() async throws {
        let task =
            "I keep a JSON file for every repair in memory/boats, one folder per boat, each with date, boat, job, parts and cost. Please add memory/boats/dinghy/2031-02-03.json for today's job on the dinghy, 3 February 2031: rudder pintle replaced, parts Allen A4120 pintle, cost 16.50. I refitted the kayak's seat the same day and that has its own file, so keep it out of this one."
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: Array(Self.services.keys)), files: Self.services,
            ScriptedModel([
                .text(#"{"action": "create"}"#),
                .text(#"{"date": "3 February 2031", "boat": "dinghy", "job": "rudder pintle replaced"}"#),
            ]))
        #expect(run.files["memory/boats/dinghy/2031-02-03.json"] == Self.serviced, "\(run.files["memory/boats/dinghy/2031-02-03.json"] ?? "none")")
        let form = try #require(run.requests.dropFirst().first.flatMap { ($0["messages"] as? [[String: Any]])?.first?["content"] as? String })
        #expect(form.contains(#"{"date": VALUE, "boat": VALUE, "job": VALUE}"#), "\(form)")
    }

    static let chimney =
        "Dear Tenant,\n\nYour yearly chimney cleaning is booked. Our sweep will visit on Friday 6 June 2031 between 9 am and 12 pm.\nPlease move furniture away from the fireplace.\nIf the date does not suit, email us by Monday 2 June to change it.\n\nHillside Lettings\n"

    /// A summary whose sentences do not say what it is about is led by the file's name, as the
    /// text says it; one that says it, a limit in words, or a name the text does not say, not.
    @Test func aSummaryNamesItsSubject() async throws {
        let path = "memory/letters/2031-05-20-chimney-cleaning.txt"
        let run = try await PlanStepTests.run(
            "Summarise \(path) in two sentences at most in outputs/sweep.md: the day and time window of the visit and the date to change it by",
            files: [path: Self.chimney], ScriptedModel([.text(#"{"action": "summarise"}"#)]))
        let summary = try #require(run.files["outputs/sweep.md"])
        #expect(summary.hasPrefix("Chimney cleaning: "), "\(summary)")
        #expect(summary.contains("6 June") && summary.contains("2 June"), "\(summary)")
        let two = AgentLoop.SummaryLimit(unit: .sentences, count: 2)
        #expect(
            AgentLoop.namingItsSubject(
                "- The sweep comes on Friday.", source: path, text: Self.chimney, limit: AgentLoop.SummaryLimit(unit: .points, count: 1))
                == "- Chimney cleaning: the sweep comes on Friday.")
        #expect(
            AgentLoop.namingItsSubject("Your chimney is swept on Friday.", source: path, text: Self.chimney, limit: two)
                == "Your chimney is swept on Friday.")
        #expect(
            AgentLoop.namingItsSubject(
                "It comes on Friday.", source: path, text: Self.chimney, limit: AgentLoop.SummaryLimit(unit: .words, count: 20))
                == "It comes on Friday.")
        #expect(
            AgentLoop.namingItsSubject("It comes on Friday.", source: "memory/letters/hillside-visit.txt", text: Self.chimney, limit: two)
                == "It comes on Friday.")
    }

    static let meter =
        "# Cold frame probe, April 2031\n2031-04-01 05:30 low=2.5C high=15.1C\n2031-04-02 05:30 low=-0.8C high=12.0C note=frost on lid\n2031-04-03 05:30 low=0.0C high=10.2C\n2031-04-04 05:30 low=-2.1C high=9.9C\n"

    /// A log of key=value lines after a date and a time is rows: the leading fields named by
    /// their shape, then the keys; a bare word goes on the value before it; a key some lines
    /// have is an empty cell in the others. It converts as other records do.
    @Test func aLogOfKeyedLinesIsRows() throws {
        let rows = try #require(ConvertFile.rows(of: "memory/frame/probe-2031-04.log", text: Self.meter))
        #expect(rows.first == ["date", "time", "low", "high", "note"])
        #expect(rows.dropFirst().map { $0[4] } == ["", "frost on lid", "", ""], "a key one line has: empty in the others")
        let even = Self.meter.replacingOccurrences(of: " note=frost on lid", with: "")
        #expect(
            ConvertFile.rows(of: "memory/frame/probe.log", text: even) == [
                ["date", "time", "low", "high"], ["2031-04-01", "05:30", "2.5C", "15.1C"], ["2031-04-02", "05:30", "-0.8C", "12.0C"],
                ["2031-04-03", "05:30", "0.0C", "10.2C"], ["2031-04-04", "05:30", "-2.1C", "9.9C"],
            ])
        #expect(
            ConvertFile.rows(keyedLines: "mon a=1 note=wet and cold\ntue a=2 note=dry\n") == [
                ["field 1", "a", "note"], ["mon", "1", "wet and cold"], ["tue", "2", "dry"],
            ])
        #expect(ConvertFile.rows(keyedLines: "a=1 b=2\n") == nil, "one line")
        #expect(ConvertFile.rows(keyedLines: "just words here\nand more\n") == nil, "no keys")
        #expect(ConvertFile.converts("memory/frame/probe.log", "outputs/probe.csv"))
    }

    /// The rows of a log past a figure said as "below freezing", each with its date (a log's
    /// rows have no other name) and its figure, the column named by its abbreviation ("min" of
    /// "minimum"), a figure's unit kept; the whole loop writes them by code, planned as a list.
    @Test func aLogsRowsPastAFigure() async throws {
        let path = "memory/frame/probe-2031-04.log"
        let text = Self.meter.replacingOccurrences(of: " note=frost on lid", with: "")
        #expect(
            AgentLoop.rowsPast("List every night the lowest went below 0, with the date and the lowest, in outputs/x.md", path: path, text: text)
                == ["2031-04-02: -0.8C", "2031-04-04: -2.1C"])
        #expect(
            AgentLoop.rowsPast("Each date the low dropped below freezing, with how low it got", path: path, text: text) == [
                "2031-04-02: -0.8C", "2031-04-04: -2.1C",
            ])
        // (A figure a comma ends is a figure, here and in a script's count: "below 0, with".)
        #expect(AgentLoop.columnAsks("a script that prints how many nights went below 0, with the total")?.threshold?.figure == "0")
        #expect(AgentLoop.columnAsks("a script that prints how many sales were over 1,200 in all")?.threshold?.figure == "1200")
        #expect(AgentLoop.saysColumn("minimum", "min") && AgentLoop.saysColumn("heights", "height") && !AgentLoop.saysColumn("mi", "min"))
        let task =
            "Could you check the cold frame probe log for April (probe-2031-04.log in memory/frame) and write down in outputs/frosts.md each date the low dropped below freezing, with how low it got?"
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: [path]), files: [path: text], ScriptedModel([.text(#"{"action": "list"}"#)]))
        #expect(run.files["outputs/frosts.md"] == "- 2031-04-02: -0.8C\n- 2031-04-04: -2.1C\n", "\(run.files["outputs/frosts.md"] ?? "none")")
    }

    static let trials = "date,cyclist,time,place\n2031-06-01,Ana Ruiz,58:12,7\n2031-06-01,Ben Okafor,1:02:40,15\n2031-05-25,Ana Ruiz,57:58,6\n"

    /// A CSV row's time column takes the task's time ("in 59:30"), not two numbers; a place
    /// said as an ordinal ("came 9th") is its number; the runner's name is asked.
    @Test func aResultsRowWithATime() async throws {
        let path = "memory/cycling/tt-2031.csv"
        let task =
            "Ben Okafor rode the club time trial this morning (8 June 2031) in 59:30 and came 9th. Could you add his result at the bottom of tt-2031.csv in memory/cycling, in the same columns?"
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: [path]), files: [path: Self.trials],
            ScriptedModel([.text(#"{"action": "append"}"#), .text(#"{"cyclist": "Ben Okafor"}"#)]))
        #expect(run.files[path] == Self.trials + "2031-06-08,Ben Okafor,59:30,9\n", "\(run.files[path] ?? "none")")
        #expect(AgentLoop.fitsRow("2031-06-08,Ben Okafor,59:30,9", of: Self.trials))
        #expect(!AgentLoop.fitsRow("2031-06-08,Ben Okafor,9,59:30", of: Self.trials), "the time in the place's column")
    }

    static let loans =
        "tool,member,fee,lent,back\nDrill,Sam,3,2031-02-01,\nLadder,Kim,2,2031-01-20,2031-01-25\nSander,Sam,4,2031-02-03,\nSaw,Lee,2,2031-01-02,2031-01-09\n"

    /// A script over the rows whose column is empty, however the task says they are still out
    /// ("on loan", "not yet back", "an empty back column"): counted and added up by code, the
    /// script runs; a column said otherwise is still a filter no recipe writes.
    @Test func aScriptOverTheRowsStillOut() async throws {
        let path = "memory/tools/loans.csv"
        for task in [
            "Write memory/tools/on-loan.py, a Python script that reads memory/tools/loans.csv and prints how many items are on loan and the total fee held for them",
            "Could you write a small Python script, on-loan.py in memory/tools, that goes through loans.csv in the same folder and prints the number of items not yet back and how much fee we're holding for them?",
            "Our tool library logs each loan in memory/tools/loans.csv; a loan with an empty back column is still out. Please write a Python script, memory/tools/on-loan.py, that prints how many items are out right now and the total of their fees.",
        ] {
            let asks = try #require(AgentLoop.columnAsks(task), "\(task)")
            let script = try #require(AgentLoop.columnScript(asks, task: task, path: path, text: Self.loans), "\(task)")
            #expect(try PlanStepTests.python(script, files: [path: Self.loans]) == "Total fee: 7\nRows with no back: 2\n", "\(task)\n\(script)")
        }
        let returned = "Write a Python script that reads memory/tools/loans.csv and prints the total fee of the items back"
        #expect(AgentLoop.columnAsks(returned).flatMap { AgentLoop.columnScript($0, task: returned, path: path, text: Self.loans) } == nil)
        let run = try await PlanStepTests.run(
            "Write memory/tools/on-loan.py, a Python script that reads memory/tools/loans.csv and prints how many items are on loan and the total fee held for them",
            kind: .research, files: [path: Self.loans], ScriptedModel([.text(#"{"action": "create"}"#)]))
        let script = try #require(run.files["memory/tools/on-loan.py"])
        #expect(try PlanStepTests.python(script, files: [path: Self.loans]) == "Total fee: 7\nRows with no back: 2\n", "\(script)")
    }

    static let cats: [String: String] = [
        "memory/cats/feeding.md": "# Feeding\n- Mochi (tabby): feed 07:00, kitchen\n- Tofu (ginger): feed 07:00, hall\n",
        "memory/cats/sitter.json":
            "{\n  \"cats\": [\n    {\"name\": \"Mochi\", \"feed\": \"07:00\", \"bowl\": \"kitchen\"},\n    {\"name\": \"Tofu\", \"feed\": \"07:00\", \"bowl\": \"hall\"}\n  ]\n}\n",
        "memory/cats/notes.txt": "Mochi: feed at 07:00, half a pouch\nTofu: feed at 07:00, biscuits only\nPay Sam on Fridays\n",
    ]

    /// A time "instead of" the old one in several files, another's line at the old time said
    /// not to change ("… and that doesn't change"): only the named one's lines change.
    /// (Or with "stays" at the end of its sentence, where the trigger has a stop after it.)
    @Test(arguments: [
        "Tofu is also fed at 07:00 and that doesn't change.", "Tofu's feeding time stays.", "Tofu is fed at 07:00 too, and that stays.",
    ])
    func aTimeInsteadOfTheOldWhereAnotherDoesNotChange(_ kept: String) async throws {
        let task =
            "From Monday the vet wants Mochi fed after her tablet, so Sam will feed her at 08:30 instead of 07:00. Please change her feeding time in memory/cats/feeding.md, memory/cats/sitter.json and memory/cats/notes.txt. "
            + kept
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: Array(Self.cats.keys)), files: Self.cats,
            ScriptedModel([.text(#"{"action": "rename"}"#)]))
        for (path, before) in Self.cats {
            #expect(
                run.files[path]
                    == before.replacingOccurrences(of: "Mochi (tabby): feed 07:00", with: "Mochi (tabby): feed 08:30")
                    .replacingOccurrences(of: "\"Mochi\", \"feed\": \"07:00\"", with: "\"Mochi\", \"feed\": \"08:30\"")
                    .replacingOccurrences(of: "Mochi: feed at 07:00", with: "Mochi: feed at 08:30"), "\(path): \(run.files[path] ?? "none")")
        }
    }

    /// One person in place of another on one date of a YAML rota, planned as a rename, is a
    /// change of that entry's value.
    @Test func oneInPlaceOfAnotherPlannedAsARename() async throws {
        let path = "memory/church/rota.yaml"
        let rota = "- date: 2031-05-02\n  reader: Tom\n  flowers: Ann\n- date: 2031-05-09\n  reader: Tom\n  flowers: Bea\n"
        let task = "In memory/church/rota.yaml, make Sue the reader for the 2031-05-09 service instead of Tom"
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: [path]), files: [path: rota], ScriptedModel([.text(#"{"action": "rename"}"#)]))
        #expect(
            run.files[path] == "- date: 2031-05-02\n  reader: Tom\n  flowers: Ann\n- date: 2031-05-09\n  reader: Sue\n  flowers: Bea\n",
            "\(run.files.keys.sorted()) \(run.steps.map(\.output))")
    }
}
