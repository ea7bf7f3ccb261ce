import Foundation
import StewardCore
import StewardJSON
import StewardModels
import StewardSandbox
import StewardTestSupport
import StewardTools
import Testing

@testable import StewardAgents

/// Places a task names in words, made concrete by code (issue 19): a file or folder named by
/// its words gets its path; a folder's files named by their ending are deleted in one call; a
/// text put "at the top" goes before the first line; a setting named with its new value is
/// that line with the value set. Worded here, not taken from the everyday suite.
@Suite("Coaching: places named in words")
struct NamedPlacesCoachingTests {
    static let files = [
        "memory/garden-plan.md", "memory/invoices/jan.txt", "memory/invoices/feb.txt", "temp/x.md",
        "memory/README.md", "prompts/code.md",
        "memory/a/notes.md", "memory/b/notes.md", "memory/march.txt",
    ]

    @Test func aFileOrFolderNamedByItsWordsGetsItsPath() {
        func named(_ task: String) -> String { Coaching.withNamedPaths(task, files: Self.files) }
        #expect(
            named("Add a line to my garden plan note saying buy seeds")
                == "Add a line to my garden plan note (memory/garden-plan.md) saying buy seeds")
        #expect(
            named("Please file memory/march.txt with the other invoices.")
                == "Please file memory/march.txt with the other invoices (memory/invoices/).")
        #expect(
            named("put memory/march.txt in the invoice folder")
                == "put memory/march.txt in the invoice folder (memory/invoices/)")
        // A top folder only when "folder" follows its name.
        #expect(
            named("Remove the .log files in the temp folder, please")
                == "Remove the .log files in the temp folder (temp/), please")
        #expect(named("Write a temp file") == "Write a temp file")
        // Not: named by path already (or a folder of such a path), a name two share, a README, prompts/.
        #expect(
            named("Summarise memory/garden-plan.md, my garden plan")
                == "Summarise memory/garden-plan.md, my garden plan")
        #expect(
            named("Move memory/invoices/jan.txt out of invoices")
                == "Move memory/invoices/jan.txt out of invoices")
        #expect(named("Tidy my notes") == "Tidy my notes")
        // A file whose words are all in a path the task names: that path is the file meant.
        #expect(
            Coaching.withNamedPaths(
                "Please remove the stale garden note, memory/garden-stale.md.",
                files: ["memory/garden.md", "memory/garden-stale.md"])
                == "Please remove the stale garden note, memory/garden-stale.md.")
        // A folder still does: "the receipts folder" beside memory/receipt-may.txt.
        #expect(
            Coaching.withNamedPaths(
                "Move memory/receipt-may.txt into the receipts folder",
                files: ["memory/receipt-may.txt", "memory/receipts/a.txt"])
                == "Move memory/receipt-may.txt into the receipts folder (memory/receipts/)")
        #expect(named("Explain the readme and the code") == "Explain the readme and the code")
        // Its path is then a path the task names, for the coaching (a folder with its slash).
        #expect(Coaching.paths(in: "Clean temp/ and memory/x/, then outputs/a.md") == ["temp/", "memory/x/", "outputs/a.md"])
        #expect(
            Coaching.paths(in: named("Move memory/march.txt into the invoices folder")) == [
                "memory/march.txt", "memory/invoices/",
            ])
    }

    static func coaching(_ task: String, existing: Set<String> = []) -> Coaching {
        Coaching(
            task: task, kind: .fileops, tools: ToolRegistry.agent(.fileops).map { $0.definition },
            existing: existing)
    }

    @Test func filesDeletedByTheirEndingAreOnePatternCall() {
        let c = Self.coaching("Please get rid of all the .log files in temp/cache/")
        #expect(c.deletePattern == "temp/cache/*.log" && c.taskVerbTool == DeleteFile.name)
        let call = #"{"name": "delete_file", "arguments": {"path":"temp/cache/*.log"}}"#
        #expect(c.suggestion(touched: []) == call && c.example(DeleteFile.name) == call)
        #expect(
            c.suggestion(touched: ["temp/cache/*.log"], changed: ["temp/cache/a.log"])
                == c.finishCall(["temp/cache/a.log"]))
        // No ending, no folder, or no deleting: no pattern.
        #expect(Self.coaching("Delete temp/cache/a.log").deletePattern == nil)
        #expect(Self.coaching("Delete the .log files").deletePattern == nil)
        #expect(Self.coaching("Copy the .log files in temp/cache/ to outputs/").deletePattern == nil)
        #expect(Self.coaching("Remove the *.log files from temp/").deletePattern == "temp/*.log")
    }

    @Test func aFileSavedAsATypeConvertFileMakesIsAConversion() {
        let task = "I keep my tools in memory/tools.md; please take them and save them to outputs/tools.json for my app"
        let c = Self.coaching(task, existing: ["memory/tools.md"])
        #expect(c.taskVerbTool == ConvertFile.name)
        #expect(
            c.suggestion(touched: [])
                == #"{"name": "convert_file", "arguments": {"from":"memory/tools.md","to":"outputs/tools.json"}}"#)
        // Not a type it makes, or a target that exists: as before.
        #expect(Self.coaching("Save memory/tools.md to outputs/tools.txt", existing: ["memory/tools.md"]).taskVerbTool == WriteFile.name)
        #expect(
            Self.coaching(task, existing: ["memory/tools.md", "outputs/tools.json"]).taskVerbTool == WriteFile.name)
    }

    @Test func aTextForTheTopGoesBeforeTheFirstLine() {
        let c = Self.coaching(
            "Put a heading saying Groceries at the top of memory/list.md", existing: ["memory/list.md"])
        #expect(c.prepends && c.taskVerbTool == AppendToFile.name && c.added == "# Groceries")
        #expect(
            c.suggestion(touched: [])
                == ##"{"name": "append_to_file", "arguments": {"at":"start","path":"memory/list.md","text":"# Groceries"}}"##
        )
        #expect(
            Self.coaching("Prepend the line \"Draft\" to memory/a.md", existing: ["memory/a.md"]).added
                == "Draft")
        #expect(
            Coaching.heading(
                "Give memory/a.md the title ## Week 3, as its first line".split(separator: " ").map(
                    String.init)) == "## Week 3")
        #expect(
            Self.coaching(
                "Add a line saying call the bank to memory/todo.md", existing: ["memory/todo.md"]
            ).prepends == false)
    }

    @Test func aSettingNamedWithItsNewValueIsItsLineWithTheValueSet() {
        let yaml = "# Sync\nretries: 3\nhost: example.org\n"
        let c = Self.coaching(
            "Could you change memory/sync.yaml so that it retries 5 times, not 3?",
            existing: ["memory/sync.yaml"])
        let edit =
            #"{"name": "replace_in_file", "arguments": {"find":"retries: 3","path":"memory/sync.yaml","replace":"retries: 5"}}"#
        #expect(c.suggestion(touched: ["memory/sync.yaml"], read: yaml) == edit)
        // A list's entry, a date as the value.
        let dates = "# Dates\n- Tom: 4 May\n- Ann: 9 June\n"
        let d = Self.coaching(
            "Tom's day in memory/dates.md is wrong; please fix it to 12 August",
            existing: ["memory/dates.md"])
        #expect(
            d.suggestion(touched: ["memory/dates.md"], read: dates)
                == #"{"name": "replace_in_file", "arguments": {"find":"- Tom: 4 May","path":"memory/dates.md","replace":"- Tom: 12 August"}}"#
        )
        // A JSON setting: its key quoted, its section ("heat": {) no setting, its comma kept.
        let json = "{\n  \"name\": \"pool\",\n  \"heat\": {\n    \"evening\": 26,\n    \"morning\": 24\n  },\n  \"unit\": \"C\"\n}\n"
        #expect(
            Self.coaching("Set the evening heat in memory/pool.json to 28").valueEdit(path: "memory/pool.json", text: json)
                == #"{"name": "replace_in_file", "arguments": {"find":"    \"evening\": 26,","path":"memory/pool.json","replace":"    \"evening\": 28,"}}"#
        )
        #expect(Coaching.key(#""heat": {"#) == nil && Coaching.key(#""unit": "C""#) == "unit")
        // Two values, or no line the task names: the file is shown, not a guess.
        #expect(
            Self.coaching("Fix memory/dates.md: 5 or 6 June for Ann?").valueEdit(
                path: "memory/dates.md", text: dates) == nil)
        #expect(
            Self.coaching("Set memory/dates.md to 12 August").valueEdit(
                path: "memory/dates.md", text: dates) == nil)
        // "Please VERB" is the request, not an earlier noun that is a verb too.
        #expect(
            Self.coaching("My list of dates, memory/dates.md, is wrong: please fix Tom's to 12 August")
                .taskVerbTool == ReplaceInFile.name)
    }
}

extension NamedPlacesCoachingTests {
    /// Runs `task` through the loop over one scripted model, in a workspace whose main holds
    /// `files` (the files the task names that exist are the coaching's `existing`); `check` gets
    /// the outcome and the workspace.
    func run(
        _ task: String, files: [String: String], _ replies: [ScriptedModel.Reply],
        check: (AgentOutcome, Workspace) async throws -> Void
    ) async throws {
        let model = ScriptedModel(replies)
        let server = try await TestHTTPServer.start(model.respond)
        defer { Task { await server.stop() } }
        try await LoopBench.with(models: [LoopBench.spec("a", url: server.url)]) { bench in
            let r = try await bench.ws.propose(
                title: "fixture", agent: "tester",
                operations: files.sorted { $0.key < $1.key }.map {
                    .write(path: $0.key, content: Data($0.value.utf8), executable: false)
                },
                policy: try PathPolicy.outsideTools())
            _ = try await bench.ws.approve(r.number, by: "tester")
            let toolbox = Toolbox(
                workspace: bench.ws, kind: .fileops, title: "t", taskID: "t1", task: task,
                existing: Set(Coaching.paths(in: task).filter { files[$0] != nil }))
            let loop = AgentLoop(router: bench.router, toolbox: toolbox, ledger: bench.store)
            let record = TaskRecord(
                id: "t1", prompt: task, agent: "fileops", agentReason: "test", started: Date())
            let outcome = await loop.run(
                task: record, messages: [.system("test"), .user(task)], progress: { _ in })
            try await check(outcome, bench.ws)
        }
    }

    /// Measured with a 0.5B model: one matching file deleted, then finish.
    @Test func deletingOneOfTheFilesTheTaskDescribesDeletesThemAll() async throws {
        let files = ["temp/cache/a.log": "1", "temp/cache/b.log": "2", "temp/cache/keep.md": "3"]
        try await run(
            "Clear out the .log files in temp/cache/, keep the rest", files: files,
            [
                .call("delete_file", #"{"path":"temp/cache/a.log"}"#),
                .call("finish", #"{"summary":"deleted"}"#),
            ]
        ) { outcome, ws in
            #expect(outcome.record.status == .done)
            let left = try await ws.listFiles(under: "temp/cache", proposal: outcome.record.proposal).map(
                \.path)
            #expect(left == ["temp/cache/keep.md"])
        }
        // A file without the ending is refused with the pattern's call, and kept.
        try await run(
            "Clear out the .log files in temp/cache/, keep the rest", files: files,
            [
                .call("delete_file", #"{"path":"temp/cache/keep.md"}"#),
                .call("delete_file", #"{"path":"temp/cache/*.log"}"#), .call("finish", "{}"),
            ]
        ) { outcome, ws in
            #expect(outcome.record.status == .done)
            let left = try await ws.listFiles(under: "temp/cache", proposal: outcome.record.proposal).map(
                \.path)
            #expect(left == ["temp/cache/keep.md"])
        }
    }

    /// An append in a task that puts its text at the top goes before the first line.
    @Test func anAppendInATaskForTheTopGoesFirst() async throws {
        try await run(
            "Put a heading saying Groceries at the top of memory/list.md",
            files: ["memory/list.md": "- tea\n- rice\n"],
            [
                .call("append_to_file", ##"{"path":"memory/list.md","text":"# Groceries"}"##),
                .call("finish", #"{"summary":"added"}"#),
            ]
        ) { outcome, ws in
            #expect(outcome.record.status == .done)
            let text = String(
                decoding: try await ws.readFile("memory/list.md", proposal: outcome.record.proposal),
                as: UTF8.self)
            #expect(text == "# Groceries\n- tea\n- rice\n")
        }
    }

    /// The same item appended again without the `at` of the first call (measured: the list's
    /// marker the tool gave it hid the repeat, and the item went in twice).
    @Test func anItemAppendedAgainToAListGoesInOnce() async throws {
        try await run(
            "Add buy stamps to memory/todo.md", files: ["memory/todo.md": "# To do\n- water plants\n"],
            [
                .call("append_to_file", #"{"path":"memory/todo.md","text":"buy stamps","at":"end"}"#),
                .call("append_to_file", #"{"path":"memory/todo.md","text":"buy stamps"}"#),
                .call("finish", #"{"summary":"added"}"#),
            ]
        ) { outcome, ws in
            #expect(outcome.record.status == .done)
            let text = String(
                decoding: try await ws.readFile("memory/todo.md", proposal: outcome.record.proposal),
                as: UTF8.self)
            #expect(text == "# To do\n- water plants\n- buy stamps\n")
        }
    }

    /// A setting named instead of its line in a list ("Tom" replaced by the new date, or by a
    /// sentence with it, as measured) is set on its line, as a `key = value` setting is.
    @Test(arguments: ["12 August", "Tom's day is 12 August"])
    func aListEntryNamedInsteadOfItsLineIsSetOnItsLine(_ replace: String) async throws {
        let task = "Tom's day in memory/dates.md is wrong; please fix it to 12 August"
        try await run(
            task, files: ["memory/dates.md": "# Dates\n- Tom: 4 May\n- Ann: 9 June\n"],
            [
                .call("replace_in_file", JSONValue.object(["path": "memory/dates.md", "find": "Tom", "replace": .string(replace)]).jsonText),
                .call(
                    "replace_in_file",
                    #"{"path":"memory/dates.md","find":"- Tom: 4 May","replace":"- Tom: 12 August"}"#),
                .call("finish", #"{"summary":"fixed"}"#),
            ]
        ) { outcome, ws in
            #expect(outcome.record.status == .done)
            let text = String(
                decoding: try await ws.readFile("memory/dates.md", proposal: outcome.record.proposal),
                as: UTF8.self)
            #expect(text == "# Dates\n- Tom: 12 August\n- Ann: 9 June\n")
        }
    }
}

extension NamedPlacesCoachingTests {
    /// Measured: a summary task listed memory/ first and was offered the listing as its content.
    @Test func aSummaryAfterAListingReadsItsSourceNotTheListing() {
        let c = Self.coaching("Sum up memory/trip.md in one sentence into outputs/trip.md", existing: ["memory/trip.md"])
        let listing = "2 file(s) in memory/:\nmemory/README.md (159 bytes)\nmemory/trip.md (26 bytes)"
        #expect(c.suggestion(touched: [], read: listing) == #"{"name": "read_file", "arguments": {"path":"memory/trip.md"}}"#)
        // Read, the write's content is said in words, never the text or a listing.
        #expect(
            c.spoken(c.suggestion(touched: ["memory/trip.md"], read: "We went north.")).hasPrefix("write_file with \"path\": \"outputs/trip.md\""))
    }

    /// Measured: a summary written before its source was read ("The kitchen leak is a common issue…").
    @Test func aSummaryWrittenBeforeItsSourceWasReadIsRefusedWithTheRead() async throws {
        try await run(
            "Write a two-sentence summary of memory/trip.md to outputs/trip.md", files: ["memory/trip.md": "We went north. It rained.\n"],
            [
                .call("write_file", #"{"path":"outputs/trip.md","content":"Trips are fun."}"#),
                .call("read_file", #"{"path":"memory/trip.md"}"#),
                .call("write_file", #"{"path":"outputs/trip.md","content":"We went north in the rain."}"#),
                .call("finish", #"{"summary":"wrote"}"#),
            ]
        ) { outcome, ws in
            #expect(outcome.record.status == .done)
            let text = String(decoding: try await ws.readFile("outputs/trip.md", proposal: outcome.record.proposal), as: UTF8.self)
            #expect(text == "We went north in the rain.")
        }
    }

    @Test func theSentencesASummaryMayHaveAreSaidWhereItIsWritten() async throws {
        #expect(Coaching.sentenceLimit("sum it up in one or two sentences".split(separator: " ").map(String.init)) == 2)
        #expect(Coaching.sentenceLimit("write a one sentence summary".split(separator: " ").map(String.init)) == 1)
        #expect(Coaching.sentenceLimit("write a short summary".split(separator: " ").map(String.init)) == nil)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("steward-named-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
        let r = try await ws.propose(
            title: "fixture", agent: "tester",
            operations: [.write(path: "memory/trip.md", content: Data("We went north. It rained.\n".utf8), executable: false)],
            policy: try PathPolicy.outsideTools())
        _ = try await ws.approve(r.number, by: "tester")
        let task = "Sum up memory/trip.md in two sentences or fewer into outputs/trip.md"
        let t = Toolbox(workspace: ws, kind: .research, title: "t", taskID: "t1", task: task, existing: ["memory/trip.md"])
        let read = await t.run("read_file", ["path": "memory/trip.md"])
        #expect(
            read.text.hasSuffix(
                "Next: call write_file with path \"outputs/trip.md\" and, as content, what the task asks for, made from this text in your own words, in at most 2 sentences with its main facts"
            ))
    }
}
