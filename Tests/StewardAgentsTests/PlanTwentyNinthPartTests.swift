import Foundation
import StewardCore
import StewardModels
import Testing

@testable import StewardAgents
@testable import StewardTools

/// What the twenty-ninth blind part's traces (fresh29, issue 19) showed the plan getting
/// wrong, each made by code, on fixtures of their own (not the part's). The whole loop runs
/// where it says so (`PlanStepTests.run`: a scripted model on a real HTTP server, a real
/// workspace).
@Suite("Plan: the twenty-ninth blind part's traces")
struct PlanTwentyNinthPartTests {
    static let quiz =
        "# Quiz league, spring 2030\nseason = \"spring 2030\"\n\n[[team]]\nname = \"Quizzy Rascals\"\ncaptain = \"Dee Walsh\"\ntable = 4\n\n# [[team]]\n# name = \"The Know-Alls\"\n# captain = \"Sam Roe\"\n# table = 9\n\n[[team]]\nname = \"Les Quizerables\"\ncaptain = \"Ola Berg\"\ntable = 2\n"

    /// A TOML array of tables is rows (TOMLKit's parse): the keys in the order the text first
    /// writes them, the file's own settings and a commented-out table left out; text that is no
    /// such records is refused; the whole loop converts it by code.
    @Test func tomlRecordsConvert() async throws {
        #expect(
            ConvertFile.rows(toml: Self.quiz) == [
                ["name", "captain", "table"], ["Quizzy Rascals", "Dee Walsh", "4"], ["Les Quizerables", "Ola Berg", "2"],
            ])
        #expect(ConvertFile.rows(toml: "title = \"Quiz\"\nyear = 2030\n") == nil, "settings are no records")
        #expect(ConvertFile.rows(toml: "[[team]]\nname = \"A\"\n") == nil, "one table")
        #expect(ConvertFile.rows(toml: "[[team]\nname = \"A\"\n") == nil, "not TOML")
        #expect(ConvertFile.converts("memory/quiz/teams.toml", "outputs/teams.md"))
        let run = try await PlanStepTests.run(
            "Convert memory/quiz/teams.toml into a Markdown table at outputs/teams.md", kind: .research,
            files: ["memory/quiz/teams.toml": Self.quiz], ScriptedModel([.text(#"{"action": "convert"}"#)]))
        #expect(
            run.files["outputs/teams.md"]
                == "| name | captain | table |\n|---|---|---|\n| Quizzy Rascals | Dee Walsh | 4 |\n| Les Quizerables | Ola Berg | 2 |\n",
            "\(run.files["outputs/teams.md"] ?? "none")")
    }

    static let gauge =
        "# Harbour gauge, March 2030, levels in metres\ndate\ttime\tlevel\tkind\n2030-03-01\t05:10\t4.4\thigh\n2030-03-01\t11:22\t0.9\tlow\n2030-03-01\t17:35\t4.2\thigh\n2030-03-02\t05:58\t4.7\thigh\n2030-03-02\t12:10\t0.7\tlow\n"

    /// The rows past a figure of a table whose rows have no name, with the columns the task asks
    /// for with each ("with its date, time and level"), of the value it says of a column of few
    /// ("every high water"); a title line above the header is no row.
    @Test func rowsPastAFigureWithTheColumnsAsked() async throws {
        let path = "memory/harbour/gauge-2030-03.tsv"
        #expect(ConvertFile.rows(of: path, text: Self.gauge)?.first == ["date", "time", "level", "kind"])
        #expect(
            AgentLoop.rowsPast(
                "From \(path), list every high water above 4.2 m, with its date, time and level, in outputs/high.md", path: path, text: Self.gauge)
                == ["2030-03-01, 05:10, 4.4", "2030-03-02, 05:58, 4.7"])
        #expect(
            AgentLoop.rowsPast("Every reading above 0.8 m from \(path) with its time, in outputs/x.md", path: path, text: Self.gauge)
                == ["05:10, 4.4", "11:22, 0.9", "17:35, 4.2", "05:58, 4.7"], "no value said: every kind")
        #expect(AgentLoop.askedColumns("with its date, time and level.", header: ["date", "time", "level", "kind"]) == [0, 1, 2])
        #expect(AgentLoop.askedColumns("list them in outputs/x.md", header: ["date", "time"]).isEmpty)
        // The table of items keeps its "name: figure" lines.
        let contents = "item\tvalue\nBike\t620\nKettle\t40\nPiano\t900\n"
        #expect(
            AgentLoop.rowsPast("Every item worth more than £500 with its value", path: "memory/contents.tsv", text: contents) == [
                "Bike: £620", "Piano: £900",
            ])
    }

    static let zones = "; Garden watering controller\n[lawn]\nstart_hour = 6\nwater_minutes = 20\n\n[borders]\nstart_hour = 6\nwater_minutes = 20\n"

    /// One section's setting given a new figure however the key is said: as written, or by its
    /// first word ("water for 30 minutes"); of two keys said, the one the figure's unit names;
    /// not the old figure ("instead of 20"); the other section said at its own figure stays.
    @Test func oneSectionsSettingSaidAnyWay() async throws {
        let watered = Self.zones.replacingOccurrences(
            of: "[borders]\nstart_hour = 6\nwater_minutes = 20", with: "[borders]\nstart_hour = 6\nwater_minutes = 30")
        for said in [
            "In memory/garden/watering.ini, change water_minutes in the [borders] section to 30",
            "The borders are drying out: please water the borders for 30 minutes instead of 20, and leave the lawn at 20.",
            "Could you make the borders start at 6 and water for 30 minutes? The lawn stays at 20.",
        ] {
            let edit = try #require(AgentLoop.recordSetting(said, in: Self.zones), "\(said)")
            #expect(Self.zones.replacingOccurrences(of: edit.old, with: edit.new) == watered, "\(said)")
        }
        #expect(AgentLoop.recordSetting("Water the borders for 20 minutes", in: Self.zones) == nil, "already so")
        #expect(AgentLoop.setting("water_minutes = 20")?.key == "water_minutes", "a key with an underscore")
        let run = try await PlanStepTests.run(
            "The borders are drying out. Could you set the watering to 30 minutes for the borders in memory/garden/watering.ini? The lawn stays at 20.",
            files: ["memory/garden/watering.ini": Self.zones], ScriptedModel([.text(#"{"action": "append"}"#)]))
        #expect(run.files["memory/garden/watering.ini"] == watered)
    }

    static let hens: [String: String] = [
        "memory/hens/checks/coop-a/2030-04-02.yaml": "date: 2030-04-02\ncoop: A\neggs: 5\nfox_seen: no\nmood: settled\nnotes: new straw\n",
        "memory/hens/checks/coop-a/2030-03-26.yaml": "date: 2030-03-26\ncoop: A\neggs: 4\nfox_seen: no\nmood: settled\nnotes: none\n",
        "memory/hens/checks/coop-b/2030-04-09.yaml": "date: 2030-04-09\ncoop: B\neggs: 2\nfox_seen: yes\nmood: jumpy\nnotes: fence fixed\n",
    ]

    /// A new keyed file like the last one of its folder, named by no path ("like the last
    /// one"), or whose keys the task names as written: a yes-or-no key by code ("fox seen"),
    /// a key whose value is a plain figure given the figure it starts with ("6 eggs today").
    @Test func aNewRecordLikeTheLastOfItsFolder() async throws {
        let task =
            "I checked coop A this morning, 9 April 2030: fox seen near the run, eggs 6 today, all settled. Could you write it up as 2030-04-09.yaml in memory/hens/checks/coop-a, like the last one?"
        let path = "memory/hens/checks/coop-a/2030-04-09.yaml"
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: Array(Self.hens.keys)), files: Self.hens,
            ScriptedModel([
                .text(#"{"action": "create"}"#), .text(#"{"date": "9 April 2030", "mood": "settled", "notes": ""}"#),
            ]))
        #expect(
            run.files[path] == "date: 2030-04-09\ncoop: A\neggs: 6\nfox_seen: yes\nmood: settled\n", "\(run.files[path] ?? "none")")
        #expect(run.files["memory/hens/checks/coop-a/2030-04-02.yaml"] == Self.hens["memory/hens/checks/coop-a/2030-04-02.yaml"])
    }
}

extension PlanTwentyNinthPartTests {
    static let lending =
        "date\titem\tmember\treturn_by\n2030-06-01\tgazebo\tTom Reid\t2030-06-03\n2030-06-02\tbanner\tPri Shah\t2030-06-09\n"

    /// A tab-separated log's new row: its dates in the task's order, the year of the one before
    /// for one said without; its words asked, held to the task's; joined by tabs. A file's name
    /// is no figure of the row.
    @Test func aTabSeparatedLogsRow() async throws {
        let task =
            "Pri Shah has borrowed the trestle table today (4 June 2030) and it's due back on 11 June. Add it to the bottom of lending-2030.tsv in memory/hall, like the rest; lending-2029.tsv stays as it is."
        let cells = try #require(AgentLoop.csvCells(task, in: Self.lending))
        #expect(cells.cells == ["2030-06-04", "", "", "2030-06-11"] && cells.words == [1, 2] && cells.separator == "\t")
        #expect(AgentLoop.fitsRow("2030-06-04\ttrestle table\tPri Shah\t2030-06-11", of: Self.lending))
        #expect(!AgentLoop.fitsRow("2030-06-04, trestle table, Pri Shah, due 2030-06-11", of: Self.lending))
        let files = ["memory/hall/lending-2030.tsv": Self.lending, "memory/hall/lending-2029.tsv": Self.lending]
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: Array(files.keys)), files: files,
            ScriptedModel([.text(#"{"action": "append"}"#), .text(#"{"item": "trestle table", "member": "Pri Shah"}"#)]))
        #expect(run.files["memory/hall/lending-2030.tsv"] == Self.lending + "2030-06-04\ttrestle table\tPri Shah\t2030-06-11\n")
        #expect(run.files["memory/hall/lending-2029.tsv"] == Self.lending)
    }

    /// "An index of …, the .md files in FOLDER; save it to NEW", planned as a create, is a list
    /// of the folder's files.
    @Test func anIndexOfAFoldersFilesIsAList() async throws {
        let files = [
            "memory/recipes/soups/leek.md": "# Leek\n", "memory/recipes/soups/lentil.md": "# Lentil\n", "memory/recipes/soups/notes.txt": "x\n",
        ]
        let task = "Can you make me an index of my soups? They're the .md files in memory/recipes/soups; save it to outputs/soups.md."
        #expect(AgentLoop.asksFolderList(task))
        let run = try await PlanStepTests.run(
            task, kind: .research, files: files, ScriptedModel([.text(#"{"action": "create"}"#), .text(#"{"ending": ".md"}"#)]))
        #expect(run.files["outputs/soups.md"] == "- leek.md\n- lentil.md\n", "\(run.files["outputs/soups.md"] ?? "none")")
    }

    /// A keyed note's form shows the asked keys' values as "?" (the model copied them); a plural
    /// key said in the singular ("the note fed them"), not a list's next item ("temper and
    /// notes").
    @Test func aKeyedNotesAskedValuesHidden() {
        let sample = AgentLoop.KeyedSample(
            keys: ["date", "mood", "notes"], joiner: ": ", text: "date: 2030-04-02\nmood: settled\nnotes: new straw\n")
        #expect(sample.blanking(["mood", "notes"]) == "date: 2030-04-02\nmood: ?\nnotes: ?\n")
        #expect(AgentLoop.writtenValue("notes", in: "with date, mood and notes. Mood settled, and the note fed them corn.") == "fed them corn")
        #expect(AgentLoop.writtenValue("mood", in: "with date, coop, mood and notes.") == nil)
    }

    /// Of two files the task names (one only by the routing), the one a section's new setting
    /// fits makes a planned addition a change, of that file alone.
    @Test func aSettingInOneOfTwoNamedFiles() async throws {
        let files = ["memory/garden/watering.ini": PlanTwentyNinthPartTests.zones, "memory/garden/borders.md": "# Borders\n- lupins\n"]
        let task =
            "My borders are wilting. Could you set the watering to 30 minutes for the borders in watering.ini in memory/garden? The lawn stays at 20."
        let said = Coaching.withNamedPaths(task, files: Array(files.keys))
        #expect(said.contains("(memory/garden/borders.md)"), "the routing names the borders note: \(said)")
        let run = try await PlanStepTests.run(task, said: said, files: files, ScriptedModel([.text(#"{"action": "append"}"#)]))
        #expect(run.files["memory/garden/watering.ini"]?.contains("[borders]\nstart_hour = 6\nwater_minutes = 30") == true)
        #expect(run.files["memory/garden/borders.md"] == "# Borders\n- lupins\n")
    }
}

extension PlanTwentyNinthPartTests {
    /// A copy "there as NAME" goes into the folder by that name; a file's name beside the
    /// original the task says it is not is no new name.
    @Test func aCopyByItsNewNameNotALookAlikes() async throws {
        let files = [
            "memory/sewing/patterns/apron.txt": "Apron, adult\n", "memory/sewing/patterns/apron-child.txt": "Apron, child\n",
            "memory/sewing/gifts/2030-mum/notes.md": "# Mum\n",
        ]
        let task =
            "This year's gift for Mum lives in memory/sewing/gifts/2030-mum. Please copy memory/sewing/patterns/apron.txt there as apron-pattern.txt, word for word. It's the adult one, not apron-child.txt."
        let run = try await PlanStepTests.run(task, files: files, ScriptedModel([.text(#"{"action": "copy"}"#)]))
        #expect(run.files["memory/sewing/gifts/2030-mum/apron-pattern.txt"] == "Apron, adult\n", "\(run.files.keys.sorted())")
        #expect(run.files["memory/sewing/patterns/apron.txt"] == "Apron, adult\n")
    }
}

extension PlanTwentyNinthPartTests {
    /// A yes-or-no key the words do not settle is asked as one of its two values and taken as
    /// answered; a value ends at a colon ("of coop A on 9 April 2030: …").
    @Test func aYesOrNoKeyAskedAsItsValues() async throws {
        #expect(AgentLoop.yesNoPair(of: "No").map { [$0.yes, $0.no] } == ["yes", "no"])
        #expect(AgentLoop.yesNoPair(of: "settled") == nil)
        #expect(AgentLoop.writtenValue("coop", in: "for this morning's check of coop 2 on 9 April 2030: eggs 6", figure: true) == "2 on 9 April 2030")
        let task =
            "I checked coop A this morning, 9 April 2030: spotted a fox near the run, eggs 6 today, all settled. Could you write it up as 2030-04-09.yaml in memory/hens/checks/coop-a, like the last one?"
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: Array(Self.hens.keys)), files: Self.hens,
            ScriptedModel([
                .text(#"{"action": "create"}"#), .text(#"{"date": "9 April 2030", "fox_seen": "yes", "mood": "settled", "notes": ""}"#),
            ]))
        let asked = try #require(run.requests.count > 1 ? run.requests[1] : nil)
        let schema = (asked["response_format"] as? [String: Any])?["json_schema"] as? [String: Any]
        let properties = (schema?["schema"] as? [String: Any])?["properties"] as? [String: Any]
        #expect((properties?["fox_seen"] as? [String: Any])?["enum"] as? [String] == ["yes", "no"], "\(String(describing: properties))")
        #expect(run.files["memory/hens/checks/coop-a/2030-04-09.yaml"] == "date: 2030-04-09\ncoop: A\neggs: 6\nfox_seen: yes\nmood: settled\n")
    }
}

extension PlanTwentyNinthPartTests {
    static let horses: [String: String] = [
        "memory/stables/pepper.md": "# Pepper\n- Feed: two scoops\n- Farrier: Ashdown Farriers, 01632 960201\n",
        "memory/stables/yard.json":
            "{\n  \"pony\": {\"name\": \"Pepper\", \"farrier\": \"Ashdown Farriers\", \"farrier_phone\": \"01632 960201\"},\n  \"cob\": {\"name\": \"Biscuit\", \"farrier\": \"Ashdown Farriers\", \"farrier_phone\": \"01632 960201\"}\n}\n",
        "memory/stables/contacts.txt": "Pepper (pony): Ashdown Farriers, 01632 960201\nBiscuit (cob): Ashdown Farriers, 01632 960201\n",
    ]

    /// One subject's new name and number, on its line of each file (or the one line of its own
    /// note), not the other's line with the same old ones; the whole loop changes all three.
    @Test func oneSubjectsNewNameAndNumber() async throws {
        let task =
            "We've moved Pepper to Oakfield Farriers (01632 960777). Could you update her farrier in pepper.md, yard.json and contacts.txt in memory/stables? Biscuit is staying with Ashdown."
        let run = try await PlanStepTests.run(
            task, said: Coaching.withNamedPaths(task, files: Array(Self.horses.keys)), files: Self.horses,
            ScriptedModel([.text(#"{"action": "replace"}"#)]))
        #expect(run.files["memory/stables/pepper.md"] == "# Pepper\n- Feed: two scoops\n- Farrier: Oakfield Farriers, 01632 960777\n")
        #expect(
            run.files["memory/stables/contacts.txt"]
                == "Pepper (pony): Oakfield Farriers, 01632 960777\nBiscuit (cob): Ashdown Farriers, 01632 960201\n")
        let yard = try #require(run.files["memory/stables/yard.json"])
        #expect(yard.contains("{\"name\": \"Pepper\", \"farrier\": \"Oakfield Farriers\", \"farrier_phone\": \"01632 960777\"}"), "\(yard)")
        #expect(yard.contains("{\"name\": \"Biscuit\", \"farrier\": \"Ashdown Farriers\", \"farrier_phone\": \"01632 960201\"}"))
        #expect(
            AgentLoop.subjectValues("Pepper's farrier is now 01632 960777", path: "memory/stables/other.md", in: "Farrier: 01632 960201\n") == nil,
            "no subject")
    }
}
