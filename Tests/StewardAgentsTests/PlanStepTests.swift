import Foundation
import StewardCore
import StewardModels
import StewardSandbox
import StewardStore
import StewardTestSupport
import Testing

@testable import StewardAgents

/// The plan step (issue 19): a model whose replies can be held to a schema is first asked
/// what the task is, from enums; a recipe makes the tool calls. Runs in process, against a
/// scripted model on a real HTTP server, over a real workspace.
@Suite("The agent loop's plan step")
struct PlanStepTests {
    /// What a run came to: its outcome, its steps, the requests the model got, and the
    /// proposal's files (path and text).
    struct Run {
        var outcome: AgentOutcome
        var steps: [TaskStepRecord]
        var requests: [[String: Any]]
        var files: [String: String]
    }

    static let files = [
        "memory/old.md": "old\n", "memory/keep.md": "keep\n", "memory/inbox/ticket.txt": "seat 12A\n", "memory/travel/hotel.txt": "hotel\n",
        "memory/photos/IMG_1.txt": "grandma\n", "memory/garden/seeds.md": "- beans\n", "memory/shared/list.md": "shared\n",
    ]

    /// A model with tools in the prompt and, unless said otherwise, `constrained` on.
    static func spec(constrained: Bool = true, toolCalls: String = "prompt") -> ModelSpec {
        var spec = LoopBench.spec("a", toolCalls: toolCalls)
        spec.constrained = constrained
        return spec
    }

    /// Runs `task` as agent `kind` over `files` on main with `model` answering as `spec`.
    /// `said`: the task as the loop gets it, when coaching added paths to the person's words.
    static func run(
        _ task: String, said: String? = nil, kind: AgentKind = .fileops, files: [String: String] = PlanStepTests.files,
        _ model: ScriptedModel, spec: ModelSpec = spec(), limits: AgentLimits = AgentLimits()
    ) async throws -> Run {
        try await inProcessRuns.withSlot { try await runHoldingSlot(task, said: said, kind: kind, files: files, model, spec: spec, limits: limits) }
    }

    private static func runHoldingSlot(
        _ task: String, said: String?, kind: AgentKind, files: [String: String], _ model: ScriptedModel, spec: ModelSpec, limits: AgentLimits
    ) async throws -> Run {
        let server = try await TestHTTPServer.start(model.respond)
        defer { Task { await server.stop() } }
        var spec = spec
        spec.url = server.url
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("steward-plan-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try Store(path: dir + "/steward.db")
        let seed = Seed.files + files.map { SeedFile(path: $0.key, content: $0.value, executable: false) }
        let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: seed, index: store, by: "tester")
        let router = ModelRouter(config: ModelsConfig(models: ["a": spec], routes: [kind.rawValue: ["a"]]), ledger: nil)
        // As the orchestrator makes it: the task as the routing said it, and the files it names
        // that are there are `existing`.
        let toolbox = Toolbox(
            workspace: ws, kind: kind, title: "test", taskID: "t1", task: said ?? task,
            existing: Set(Coaching.paths(in: said ?? task)).intersection(files.keys))
        let loop = AgentLoop(router: router, toolbox: toolbox, ledger: store, limits: limits)
        let record = TaskRecord(id: "t1", prompt: task, agent: kind.rawValue, agentReason: "test", started: Date())
        try await store.saveTask(record)
        let outcome = await loop.run(task: record, messages: [.system("test"), .user(said ?? task)], progress: { _ in })
        var texts: [String: String] = [:]
        if let n = outcome.record.proposal {
            for root in ["memory", "outputs", "skills"] {
                for f in try await ws.listFiles(under: root, in: .number(n)) {
                    texts[f.path] = String(data: try await ws.readFile(f.path, in: .number(n)), encoding: .utf8)
                }
            }
        }
        return Run(outcome: outcome, steps: try await store.steps(of: "t1"), requests: model.requests, files: texts)
    }

    /// What Python 3 prints running `script` in a folder of its own holding `files` (paths
    /// relative to it, as in a workspace).
    static func python(_ script: String, files: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("steward-py-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        for (path, text) in files.merging(["script.py": script], uniquingKeysWith: { a, _ in a }) {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        // With posix_spawn, not Foundation's Process (see `inProcessRuns`).
        let r = try ProcessRunner.run(
            "/usr/bin/env", arguments: ["python3", "script.py"], stdin: Data(), environment: ProcessInfo.processInfo.environment,
            directory: dir.path, timeout: 60)
        return String(decoding: r.stdout, as: UTF8.self)
    }

    static func plan(_ action: String, _ files: [String]) -> ScriptedModel.Reply {
        .text(#"{"action": "\#(action)", "files": [\#(files.map { "\"\($0)\"" }.joined(separator: ", "))]}"#)
    }

    /// The JSON Schema a request's reply was held to.
    static func schema(_ request: [String: Any]) -> [String: Any]? {
        ((request["response_format"] as? [String: Any])?["json_schema"] as? [String: Any])?["schema"] as? [String: Any]
    }

    static func property(_ request: [String: Any], _ name: String) -> [String: Any]? {
        (schema(request)?["properties"] as? [String: Any])?[name] as? [String: Any]
    }

    /// The plan's requests: the action from an enum, a short prompt with one line per action
    /// and no files nor tools; then, for a task naming no file (or a delete that does not ask it
    /// of the file it names: "memory/old.md can go, please delete it"), the files from an enum of
    /// the workspace's (the ones the task names first), the action said. A delete is then one call
    /// of the real tool, and the task ends done. "Delete memory/old.md" is planned without the
    /// files question.
    @Test func thePlanAsksTheActionThenTheFilesAndADeleteIsOneCall() async throws {
        let named = try await Self.run("Delete memory/old.md, please", ScriptedModel([Self.plan("delete", [])]))
        #expect(named.requests.count == 1 && named.files["memory/old.md"] == nil && named.outcome.changed == ["memory/old.md"])
        let model = ScriptedModel([Self.plan("delete", []), .text(#"{"files": ["memory/old.md"]}"#)])
        let run = try await Self.run("memory/old.md can go, please delete it", model)
        #expect(run.outcome.record.status == .done && run.outcome.record.summary == "deleted memory/old.md")
        #expect(run.outcome.changed == ["memory/old.md"] && run.files["memory/old.md"] == nil && run.files["memory/keep.md"] == "keep\n")
        #expect(run.requests.count == 2 && run.outcome.record.steps == 2)
        let request = try #require(run.requests.first)
        #expect(request["tools"] == nil && request["temperature"] as? Double == 0)
        let actions = try #require(Self.property(request, "action")?["enum"] as? [String])
        #expect(actions == TaskPlan.Action.allCases.map(\.rawValue) && Self.property(request, "files") == nil)
        let messages = try #require(request["messages"] as? [[String: Any]])
        let system = try #require(messages.first?["content"] as? String)
        #expect(system.contains("\n- move: move an existing file into another folder\n") && !system.contains("<tools>"))
        #expect(!system.contains("memory/keep.md"))
        let files = try #require((Self.property(run.requests[1], "files")?["items"] as? [String: Any])?["enum"] as? [String])
        #expect(
            files.first == "memory/old.md" && Set(files).isSuperset(of: Self.files.keys)
                && files.allSatisfy { f in TaskPlan.roots.contains { f.hasPrefix($0) } })
        #expect(Self.property(run.requests[1], "files")?["maxItems"] as? Int == 3)
        let asked = try #require((run.requests[1]["messages"] as? [[String: Any]])?.first?["content"] as? String)
        #expect(asked.contains("Which existing files does the person's task delete (delete an existing file)?"))
        #expect(run.steps.map(\.kind) == [.note, .model, .model, .note, .tool])
        #expect(run.steps[3].output == "plan: delete memory/old.md")

        // An answer with none of the files the task names: no plan, the free loop goes on.
        let finish = ScriptedModel.Reply.text(#"{"name": "finish", "arguments": {"summary": "nothing"}}"#)
        let other = try await Self.run(
            "memory/old.md can go, please delete it", ScriptedModel([Self.plan("delete", []), .text(#"{"files": ["memory/keep.md"]}"#), finish]))
        #expect(other.outcome.changed.isEmpty && !other.steps.contains { $0.output.hasPrefix("plan: delete") })
        // A delete naming two files, one to keep: the other, without the question (whose answer
        // may be the one to keep).
        let two = try await Self.run(
            "Delete the copy memory/old.md and keep memory/keep.md",
            ScriptedModel([Self.plan("delete", []), .text(#"{"files": ["memory/keep.md"]}"#), finish]))
        #expect(two.outcome.changed == ["memory/old.md"] && two.files["memory/keep.md"] == "keep\n" && two.requests.count == 1)
    }

    /// A task that names its file is asked the action only: the file is the one it names, not
    /// one the model picks; a task with no recipe (`other`) costs that one short question.
    @Test func aNamedFileIsNotAskedAndOtherCostsOneShortQuestion() async throws {
        let named = try await Self.run(
            "Copy memory/keep.md to memory/keep-2.md", ScriptedModel([Self.plan("copy", ["memory/old.md"])]))
        #expect(named.outcome.record.status == .done && named.requests.count == 1)
        #expect(named.outcome.changed == ["memory/keep-2.md"] && named.files["memory/keep-2.md"] == "keep\n")

        let finish = ScriptedModel.Reply.text(#"{"name": "finish", "arguments": {"summary": "told"}}"#)
        let other = try await Self.run("What is in memory/keep.md?", ScriptedModel([Self.plan("other", []), finish]))
        #expect(other.outcome.record.summary == "told")
        let first = try #require((other.requests.first?["messages"] as? [[String: Any]])?.first?["content"] as? String)
        #expect(!first.contains("memory/old.md") && other.requests.first?["max_tokens"] as? Int == 20)
        #expect(other.steps.filter { $0.kind == .model }.count == other.requests.count)
        #expect(((other.requests[1]["response_format"] as? [String: Any])?["json_schema"] as? [String: Any])?["name"] as? String == "tool_call")
    }

    /// Move, rename and copy: where the file goes is taken from the task's words when they
    /// name it, else asked as one typed question (an enum of folders, a file name's pattern).
    @Test func moveRenameAndCopyEndDoneWithTheRightProposal() async throws {
        let named = try await Self.run(
            "Move memory/inbox/ticket.txt into memory/travel", ScriptedModel([Self.plan("move", ["memory/inbox/ticket.txt"])]))
        #expect(named.outcome.record.status == .done && named.requests.count == 1)
        #expect(named.files["memory/travel/ticket.txt"] == "seat 12A\n" && named.files["memory/inbox/ticket.txt"] == nil)

        let ticket = Self.plan("move", ["memory/inbox/ticket.txt"])
        let asked = ScriptedModel([ticket, ticket, .text(#"{"folder": "memory/travel"}"#)])
        let filed = try await Self.run("Please file my train ticket with the other travel things", asked)
        #expect(filed.outcome.record.status == .done && filed.requests.count == 3)
        #expect(filed.files["memory/travel/ticket.txt"] == "seat 12A\n" && filed.files["memory/inbox/ticket.txt"] == nil)
        let folders = try #require(Self.property(filed.requests[2], "folder")?["enum"] as? [String])
        #expect(folders.contains("memory/travel") && !folders.contains("memory/inbox"))

        let renamed = try await Self.run(
            "Give memory/photos/IMG_1.txt a proper name",
            ScriptedModel([Self.plan("rename", ["memory/photos/IMG_1.txt"]), .text(#"{"name": "grandma.txt"}"#)]))
        #expect(renamed.outcome.record.status == .done && renamed.requests.count == 2)
        #expect(renamed.files["memory/photos/grandma.txt"] == "grandma\n" && renamed.files["memory/photos/IMG_1.txt"] == nil)
        #expect(Self.property(renamed.requests[1], "name")?["pattern"] as? String == AgentLoop.namePattern)

        let copied = try await Self.run(
            "Put a copy of my seed list from memory/garden into memory/shared", ScriptedModel([Self.plan("copy", ["memory/garden/seeds.md"])]))
        #expect(copied.outcome.record.status == .done && copied.requests.count == 2)
        #expect(copied.files["memory/shared/seeds.md"] == "- beans\n" && copied.files["memory/garden/seeds.md"] == "- beans\n")
        #expect(copied.outcome.changed == ["memory/shared/seeds.md"])

        // Asked, a folder named without its slash is one to copy into.
        let seeds = Self.plan("copy", ["memory/garden/seeds.md"])
        let into = ScriptedModel([seeds, seeds, .text(#"{"to": "memory/shared"}"#)])
        let shared = try await Self.run("Put a copy of my seed list in the shared folder", into)
        #expect(shared.outcome.record.status == .done && shared.outcome.changed == ["memory/shared/seeds.md"])
        #expect(Self.property(shared.requests[2], "to")?["pattern"] as? String == AgentLoop.pathPattern)
    }

    /// A plan naming several files: the one the task names is the one copied (the other was
    /// in the destination folder); for a delete, which one is asked, among them only (a file
    /// the task names may be the one to keep); a file the task says to keep is not offered.
    @Test func severalFilesAreNarrowedToOneByAQuestion() async throws {
        let both = Self.plan("delete", ["memory/keep.md", "memory/old.md"])
        let model = ScriptedModel([both, both, .text(#"{"file": "memory/old.md"}"#)])
        let run = try await Self.run("Delete the old note and the ticket, and leave memory/travel/hotel.txt", model)
        #expect(run.outcome.record.status == .done && run.outcome.changed == ["memory/old.md"])
        #expect(Self.property(run.requests[2], "file")?["enum"] as? [String] == ["memory/keep.md", "memory/old.md"])
        let kept = try await Self.run("Delete the old note and keep memory/keep.md", ScriptedModel([both, both]))
        #expect(kept.outcome.record.status == .done && kept.outcome.changed == ["memory/old.md"] && kept.requests.count == 2)
        let offered = try #require((Self.property(kept.requests[1], "files")?["items"] as? [String: Any])?["enum"] as? [String])
        #expect(offered.contains("memory/old.md") && !offered.contains("memory/keep.md"))
        let copy = ScriptedModel([Self.plan("copy", ["memory/shared/list.md", "memory/garden/seeds.md"])])
        let copied = try await Self.run("Please copy memory/garden/seeds.md into memory/shared/ under the same name", copy)
        #expect(copied.outcome.record.status == .done && copied.requests.count == 1)
        #expect(copied.outcome.changed == ["memory/shared/seeds.md"] && copied.files["memory/shared/seeds.md"] == "- beans\n")
    }

    /// An answer that is not a plan, or a recipe's call the tool refuses: the free loop goes
    /// on, with the refused call and its error in the conversation, and does the task.
    @Test func anUnusablePlanOrARefusedCallFallsBackToTheFreeLoop() async throws {
        let write = ScriptedModel.Reply.text(#"{"name": "copy_file", "arguments": {"from": "memory/keep.md", "to": "memory/keep-2.md"}}"#)
        let finish = ScriptedModel.Reply.text(#"{"name": "finish", "arguments": {"summary": "copied it"}}"#)
        let unusable = try await Self.run("Copy memory/keep.md to memory/keep-2.md", ScriptedModel([.text("I would copy it."), write, finish]))
        #expect(unusable.outcome.record.status == .done && unusable.outcome.record.summary == "copied it")
        #expect(unusable.files["memory/keep-2.md"] == "keep\n" && unusable.requests.count == 3)
        #expect(unusable.steps[1].kind == .model && !unusable.steps[1].ok)
        // The free loop's request: the tool-call schema and the tools in the prompt, the task as it was.
        #expect(((unusable.requests[1]["response_format"] as? [String: Any])?["json_schema"] as? [String: Any])?["name"] as? String == "tool_call")
        #expect((unusable.requests[1]["messages"] as? [[String: Any]])?.count == 2)

        // memory/old.md exists: the copy is refused, and the model, told why, copies elsewhere.
        let elsewhere = ScriptedModel.Reply.text(#"{"name": "copy_file", "arguments": {"from": "memory/keep.md", "to": "memory/keep-2.md"}}"#)
        let refused = try await Self.run(
            "Copy memory/keep.md to memory/old.md", ScriptedModel([Self.plan("copy", ["memory/keep.md"]), elsewhere, finish]))
        #expect(refused.outcome.record.status == .done && refused.outcome.record.summary == "copied it")
        #expect(refused.files["memory/keep-2.md"] == "keep\n" && refused.files["memory/old.md"] == "old\n")
        let sent = try #require(refused.requests.last?["messages"] as? [[String: Any]])
        #expect(sent.contains { ($0["content"] as? String)?.contains("memory/old.md already exists") == true })
        #expect(refused.steps.filter { $0.kind == .tool }.map(\.ok) == [false, true, true])
    }

    /// A model whose server cannot hold a reply to a schema (`constrained = false`) is asked
    /// the same questions with no schema sent, the reply's shape in the prompt; a reply in a
    /// code fence, an action in capitals, is read; a file that was not offered is told and asked
    /// once more; an answer that still does not fit leaves the task to the free loop.
    @Test func aModelWithoutConstrainedOutputIsAskedInWordsAndReadLeniently() async throws {
        let model = ScriptedModel([
            .text("Sure:\n```json\n{\"action\": \"Delete\"}\n```"), .text(#"{"files": ["memory/nope.md"]}"#),
            .text(#"{"files": ["memory/old.md"]}"#),
        ])
        let run = try await Self.run("Please throw away the old note", model, spec: Self.spec(constrained: false))
        #expect(run.outcome.record.status == .done && run.outcome.changed == ["memory/old.md"] && run.files["memory/keep.md"] == "keep\n")
        #expect(run.requests.count == 3 && run.requests.allSatisfy { $0["response_format"] == nil })
        let system = try #require((run.requests[0]["messages"] as? [[String: Any]])?.first?["content"] as? String)
        let listed = TaskPlan.Action.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        #expect(system.hasSuffix("Reply with JSON {\"action\": ACTION}.\n\"action\" is one of: \(listed).\nReply with the JSON object only."))
        let retry = try #require(run.requests[2]["messages"] as? [[String: Any]])
        #expect(retry.count == 4 && (retry[3]["content"] as? String)?.contains("\"memory/nope.md\" is not one of the \"files\" listed") == true)
        #expect(run.steps.filter { $0.kind == .model }.map(\.ok) == [true, false, true])

        let finish = ScriptedModel.Reply.text(#"{"name": "finish", "arguments": {"summary": "nothing"}}"#)
        let lost = ScriptedModel([.text("I would delete it."), .text(#"{"action": "remove"}"#), finish])
        let free = try await Self.run("Delete memory/old.md", lost, spec: Self.spec(constrained: false))
        #expect(free.steps.filter { $0.kind == .model }.prefix(2).map(\.ok) == [false, false])
        let third = try #require(free.requests[2]["messages"] as? [[String: Any]])
        #expect(third.count == 2 && (third[0]["content"] as? String)?.contains("<tools>") == true)
    }

    /// What a question not held to its schema says and reads: the values of an enum its prompt
    /// does not show; a value in other case taken as the enum's; a stray key or value refused.
    @Test func aQuestionInWordsListsWhatThePromptDoesNotShow() {
        let q = FormQuestion(
            system: "Reply with JSON {\"unit\": UNIT, \"count\": N}.", user: "in at most 25 words",
            schema: FormQuestion.object([
                ("unit", FormQuestion.oneOf(["words", "lines"])), ("count", .object(["type": "integer", "enum": .array([.number(25)])])),
            ]), maxTokens: 30)
        #expect(
            q.written.system == q.system + "\n\"unit\" is one of: \"words\", \"lines\".\n\"count\" is one of: 25.\nReply with the JSON object only.")
        // Many values the prompt shows already are not said again.
        let many = (1...21).map { "memory/\($0).md" }
        let shown = FormQuestion(
            system: many.joined(separator: "\n") + "\nReply with JSON {\"file\": FILE}.", user: "task",
            schema: FormQuestion.object([("file", FormQuestion.oneOf(many))]))
        #expect(shown.written.system == shown.system + "\nReply with the JSON object only.")
        #expect(q.written.maxTokens == 46)
        #expect((try? q.read("{\"unit\": \" Words\", \"count\": 25}").get()) == ["unit": "words", "count": .number(25)])
        #expect((try? q.read("The answer: {\"unit\": \"lines\", \"count\": 25} as asked").get()) == ["unit": "lines", "count": .number(25)])
        #expect(q.read("{\"unit\": \"pages\", \"count\": 25}") == .failure(.init("\"unit\" must be one of \"words\", \"lines\"; got \"pages\"")))
        #expect((try? q.read("{\"unit\": \"words\", \"count\": 3}").get()) == nil)
        #expect((try? q.read("25 words").get()) == nil)
        // A word of one action's line stands for it; one of two lines' does not.
        let action = TaskPlan.actionQuestion(task: "Set the night to 17 in memory/t.json")
        #expect((try? action.read(#"{"action": "Set"}"#).get()) == ["action": "replace"])
        #expect((try? action.read(#"{"action": "add"}"#).get()) == nil)
        #expect((try? action.read(#"{"action": "set"}"#, held: true).get()) == nil)
    }

    /// A `create` whose new file is a skill's `SKILL.md` or a `.py`/`.sh` script is planned as
    /// that: their recipes write what such a file needs.
    @Test func aNewSkillOrScriptFileIsPlannedAsThat() async throws {
        let finish = ScriptedModel.Reply.text(#"{"name": "finish", "arguments": {"summary": "nothing"}}"#)
        for (task, plan) in [
            ("Could you write a skill in skills/tidy/SKILL.md that says how to tidy my notes?", "plan: skill "),
            ("Make outputs/count.py, which prints how many lines a file has", "plan: script "),
            ("Make memory/count.md with the lines one and two", "plan: create "),
        ] {
            let run = try await Self.run(task, ScriptedModel([Self.plan("create", []), finish]))
            #expect(run.steps.contains { $0.kind == .note && $0.output == plan }, "\(task)")
        }
    }

    /// No plan for a model with native tool calls, nor with `[agents] plan = false`: the first
    /// request is the free loop's.
    @Test func thePlanIsAskedOnlyOfAModelWithToolsInThePrompt() async throws {
        let finish = ScriptedModel.Reply.text(#"{"name": "finish", "arguments": {"summary": "nothing"}}"#)
        var off = AgentLimits()
        off.plan = false
        for (spec, limits) in [(Self.spec(constrained: false, toolCalls: "native"), AgentLimits()), (Self.spec(), off)] {
            let model = ScriptedModel([finish])
            _ = try await Self.run("Delete memory/old.md", model, spec: spec, limits: limits)
            let first = try #require(model.requests.first)
            #expect(Self.property(first, "action") == nil)
        }
        let on = ScriptedModel([Self.plan("delete", ["memory/old.md"])])
        _ = try await Self.run("Delete memory/old.md", on)
        #expect(Self.property(try #require(on.requests.first), "action") != nil)
        #expect(try AgentsConfig.parse("[agents]\nplan = false\n").limits.plan == false)
        #expect(throws: StewardError.self) { try AgentsConfig.parse("[agents]\nplan = 1\n") }
    }

    /// A file named by what it is ("the one about my dentist", in a folder of `notes-1.md`,
    /// `notes-2.md`): the files question shows each file's title after its path; the answer is
    /// still one of the paths.
    @Test func theFilesQuestionShowsEachFilesTitle() async throws {
        let files = ["memory/health/notes-1.md": "# Dentist, Dr Park\ncheck-up in May\n", "memory/health/notes-2.md": "\n## Eye test\n"]
        let model = ScriptedModel([.text(#"{"action": "rename"}"#), .text(#"{"files": ["memory/health/notes-1.md"]}"#)])
        let run = try await Self.run("Give the note about my dentist the name dentist.md", files: files, model)
        #expect(run.outcome.record.status == .done && run.files["memory/health/dentist.md"] == files["memory/health/notes-1.md"])
        let system = ((run.requests[1]["messages"] as? [[String: Any]])?.first?["content"] as? String) ?? ""
        // The file whose title has the task's word first (`offered`).
        #expect(
            system.contains("these files:\nmemory/health/notes-1.md (Dentist, Dr Park)\n")
                && system.contains("\nmemory/health/notes-2.md (Eye test)\n"))
        let offered = (Self.property(run.requests[1], "files")?["items"] as? [String: Any])?["enum"] as? [String]
        #expect(offered?.contains("memory/health/notes-1.md") == true && offered?.contains(where: { $0.contains("(") }) == false)
        #expect(TaskPlan.title("\n\n") == nil && TaskPlan.title(String(repeating: "a", count: 80))?.count == 50)
        // A letter is titled by what follows its greeting.
        #expect(TaskPlan.title("Dear parents,\nYear 4 will visit the Science Museum.\n") == "Year 4 will visit the Science Museum.")
        #expect(TaskPlan.title("Hi Sam!\n\nThe bins go out on Friday.") == "The bins go out on Friday.")
    }
}
