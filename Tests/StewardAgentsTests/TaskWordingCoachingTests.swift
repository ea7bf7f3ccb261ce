import Foundation
import StewardCore
import StewardJSON
import StewardModels
import StewardSandbox
import StewardTestSupport
import StewardTools
import Testing

@testable import StewardAgents

/// The same request however it is worded (issue 19): the folder named before the file, a verb's
/// word used as a noun or inside a compound, a setting named instead of quoted, a text added
/// again, a JSON file written as something else. Worded here, not taken from the everyday suite.
@Suite("Coaching: the task however it is worded")
struct TaskWordingCoachingTests {
    static func coaching(_ task: String, existing: Set<String> = [], texts: [String: String] = [:]) -> Coaching {
        Coaching(
            task: task, kind: .fileops, tools: ToolRegistry.agent(.fileops).map { $0.definition },
            existing: existing, texts: texts)
    }

    /// Measured with a 0.5B model: the folder named first became the example's `from`, the
    /// model copied it four times and the task failed.
    @Test func theFileMovesWhereverTheFolderIsNamed() {
        let move = #"{"name": "move_file", "arguments": {"from":"memory/march.txt","to":"memory/invoices/march.txt"}}"#
        for task in [
            "All my bills live in memory/invoices/, but memory/march.txt is not there yet: please move it in",
            "Into memory/invoices/ with memory/march.txt, please",
            "Move memory/march.txt into memory/invoices/",
        ] {
            let c = Self.coaching(task, existing: ["memory/march.txt"])
            #expect(c.example(MoveFile.name) == move, "\(task)")
        }
        // A copy too; a rename (two files) as before.
        #expect(
            Self.coaching("Keep a copy in outputs/ of memory/plan.md").example(CopyFile.name)
                == #"{"name": "copy_file", "arguments": {"from":"memory/plan.md","to":"outputs/plan.md"}}"#)
        #expect(
            Self.coaching("Rename memory/a.md to memory/b.md").example(MoveFile.name)
                == #"{"name": "move_file", "arguments": {"from":"memory/a.md","to":"memory/b.md"}}"#)
    }

    /// Measured: "books-to-read" made "read" the task's verb, and the Markdown list was written
    /// into the `.json` file as it was.
    @Test func aVerbsWordInACompoundOrAfterADeterminerIsNoVerb() {
        #expect(Coaching.verbWords(in: "my to-read list, memory/a.md: save it") == ["my", "-", "list", "", "save", "it"])
        let c = Self.coaching(
            "For my app, please take the names from the read-later note, memory/later.md, and store them in outputs/later.json",
            existing: ["memory/later.md"])
        #expect(c.taskVerbTool == ConvertFile.name)
        // "the list", "my copy": nouns; the verb comes later.
        #expect(Self.coaching("The list in memory/food.md needs one more line: add rice").taskVerbTool == AppendToFile.name)
        #expect(
            Self.coaching("My copy of the plan, memory/plan.md, belongs in memory/old/: move it there").taskVerbTool
                == MoveFile.name)
        // Other everyday words for the same steps.
        #expect(
            Self.coaching("Duplicate memory/plan.md as outputs/plan.md").example(CopyFile.name)
                == #"{"name": "copy_file", "arguments": {"from":"memory/plan.md","to":"outputs/plan.md"}}"#)
        #expect(Self.coaching("Duplicate memory/plan.md as outputs/plan.md").taskVerbTool == CopyFile.name)
        #expect(Self.coaching("Could you trash memory/old.md?").taskVerbTool == DeleteFile.name)
        #expect(Self.coaching("Insert \"- eggs\" into memory/food.md").taskVerbTool == AppendToFile.name)
        // A verb first in the task is still a verb; a path's words are no verbs.
        #expect(Self.coaching("List the files in memory/").taskVerbTool == ListFiles.name)
        #expect(Self.coaching("In memory/read.md, change x to y").taskVerbTool == ReplaceInFile.name)
    }

    /// A setting named in words ("the timeout") is no text of the file: with the file's text on
    /// main known, the first suggestion is its line with the value set, without a read.
    @Test func aSettingNamedInWordsIsItsLineBeforeAnyRead() {
        let toml = "host = \"a.example\"\ntimeout = 30\nretries = 2\n"
        let edit =
            #"{"name": "replace_in_file", "arguments": {"find":"timeout = 30","path":"memory/net.toml","replace":"timeout = 45"}}"#
        for task in [
            "In memory/net.toml, change the timeout to 45", "Could you bump the timeout in memory/net.toml to 45 seconds?",
            "The server is slow to answer; please raise the timeout in memory/net.toml to 45 and keep the rest",
        ] {
            let c = Self.coaching(task, existing: ["memory/net.toml"], texts: ["memory/net.toml": toml])
            #expect(c.taskVerbTool == ReplaceInFile.name, "\(task)")
            #expect(c.suggestion(touched: []) == edit, "\(task)")
        }
        // A text the file has is replaced as the task says; unknown text: read first, as before.
        #expect(
            Self.coaching("Replace 30 with 45 in memory/net.toml", existing: ["memory/net.toml"], texts: ["memory/net.toml": toml])
                .suggestion(touched: [])
                == #"{"name": "replace_in_file", "arguments": {"find":"30","path":"memory/net.toml","replace":"45"}}"#)
        #expect(
            Self.coaching("In memory/net.toml, change the timeout to 45", existing: ["memory/net.toml"]).suggestion(touched: [])
                == #"{"name": "read_file", "arguments": {"path":"memory/net.toml"}}"#)
    }

    @Test func aJSONFileIsWrittenAsJSON() {
        let c = Self.coaching("Make outputs/team.json from the names in memory/team.md", existing: ["memory/team.md"])
        #expect(
            c.refusal(WriteFile.name, ["path": "outputs/team.json", "content": "# Team\n- Ann\n- Bo\n"], changed: [])
                == #"that content is not JSON, and outputs/team.json must be. convert_file makes it from memory/team.md: call {"name": "convert_file", "arguments": {"from":"memory/team.md","to":"outputs/team.json"}}"#
        )
        #expect(c.refusal(WriteFile.name, ["path": "outputs/team.json", "content": "[\"Ann\", \"Bo\"]\n"], changed: []) == nil)
        // Nothing to convert from: where the JSON breaks.
        let plain = Self.coaching("Write a settings file at outputs/s.json")
        #expect(
            plain.refusal(WriteFile.name, ["path": "outputs/s.json", "content": "dark mode: on"], changed: [])?.hasPrefix(
                "that content is not JSON (") == true)
        #expect(plain.refusal(WriteFile.name, ["path": "outputs/s.md", "content": "dark mode: on"], changed: []) == nil)
    }
}

extension TaskWordingCoachingTests {
    /// Runs `task` through the loop over one scripted model, in a workspace whose main holds `files`.
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
                operations: files.sorted { $0.key < $1.key }.map { .write(path: $0.key, content: Data($0.value.utf8), executable: false) },
                policy: try PathPolicy.outsideTools())
            _ = try await bench.ws.approve(r.number, by: "tester")
            let toolbox = Toolbox(
                workspace: bench.ws, kind: .fileops, title: "t", taskID: "t1", task: task,
                existing: Set(Coaching.paths(in: task).filter { files[$0] != nil }))
            let loop = AgentLoop(router: bench.router, toolbox: toolbox, ledger: bench.store)
            let record = TaskRecord(id: "t1", prompt: task, agent: "fileops", agentReason: "test", started: Date())
            let outcome = await loop.run(task: record, messages: [.system("test"), .user(task)], progress: { _ in })
            try await check(outcome, bench.ws)
        }
    }

    func text(_ ws: Workspace, _ path: String, _ outcome: AgentOutcome) async throws -> String {
        String(decoding: try await ws.readFile(path, in: outcome.record.proposal.map { .number($0) }), as: UTF8.self)
    }

    /// Measured: after the heading was put first, the model put the file's new first lines
    /// (shown in the result) first again, and the heading and items were there twice.
    @Test func linesAddedAgainWhereTheFileHasThemEndTheTask() async throws {
        let files = ["memory/pack.md": "- socks\n- charger\n"]
        try await run(
            "Put the title \"# Packing\" above everything in memory/pack.md", files: files,
            [
                .call("append_to_file", ##"{"path":"memory/pack.md","text":"# Packing"}"##),
                .call("append_to_file", ##"{"path":"memory/pack.md","text":"# Packing\n- socks\n- charger"}"##),
                .call("append_to_file", ##"{"path":"memory/pack.md","text":"# Packing\n- socks"}"##),
            ]
        ) { outcome, ws in
            #expect(outcome.record.status == .done)
            let pack = try await text(ws, "memory/pack.md", outcome)
            #expect(pack == "# Packing\n- socks\n- charger\n")
        }
        // At the end too: the item, then the same item again in other words.
        try await run(
            "Please add tea at the end of memory/shop.md", files: ["memory/shop.md": "- milk\n"],
            [
                .call("append_to_file", #"{"path":"memory/shop.md","text":"tea"}"#),
                .call("append_to_file", #"{"path":"memory/shop.md","text":"- tea"}"#),
            ]
        ) { outcome, ws in
            #expect(outcome.record.status == .done)
            let shop = try await text(ws, "memory/shop.md", outcome)
            #expect(shop == "- milk\n- tea\n")
        }
    }
}
