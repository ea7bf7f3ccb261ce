import Foundation
import StewardCore
import StewardJSON
import StewardModels
import StewardSandbox
import StewardTools
import Testing

@testable import StewardAgents

/// Tasks whose result is made by code (`Coaching+routed`): the task's words select
/// `extract_from_file` or `write_script` and their arguments; a hand-made write of that result
/// is refused with the call. Worded here, never from the held-out part of the everyday suite.
@Suite("Coaching: results made by code")
struct RoutedCoachingTests {
    static func coaching(_ task: String, kind: AgentKind = .fileops, existing: Set<String> = []) -> Coaching {
        Coaching(task: task, kind: kind, tools: ToolRegistry.agent(kind).map { $0.definition }, existing: existing)
    }

    static let extract = "Get the links from memory/reading.md and save them in memory/links.md"
    static let extractCall =
        #"{"name": "extract_from_file", "arguments": {"from":"memory/reading.md","to":"memory/links.md","what":"links"}}"#

    @Test func anExtractionIsRoutedToTheToolWithTheTasksPaths() {
        let c = Self.coaching(Self.extract, existing: ["memory/reading.md"])
        #expect(c.extraction == .links && c.taskVerbTool == ExtractFromFile.name)
        #expect(c.suggestion(touched: []) == Self.extractCall)
        #expect(c.suggestion(touched: ["memory/reading.md"], read: "some text") == Self.extractCall)
        #expect(c.suggestion(touched: ["memory/links.md"], changed: ["memory/links.md"]) == c.finishCall(["memory/links.md"]))
        // A hand-made list is refused with the call, before and after the tool made it.
        let before = c.refusal("write_file", ["path": "memory/links.md", "content": "- a link\n"], changed: [])
        #expect(before == "the links in memory/reading.md are found by code, not written by hand: call \(Self.extractCall)")
        let other = c.refusal("write_file", ["path": "links.md", "content": "x"], changed: [])
        #expect(other?.hasSuffix(Self.extractCall) == true)
        let after = c.refusal("append_to_file", ["path": "memory/links.md", "text": "more"], changed: ["memory/links.md"])
        #expect(after?.hasPrefix("memory/links.md was already written by extract_from_file") == true)
        #expect(Coaching.meant("extract_emails") == ExtractFromFile.name && Coaching.meant("pull_dates") == ExtractFromFile.name)
    }

    @Test func notAnExtraction() {
        // The source must be a file on main, the target a new file that is no script.
        #expect(Self.coaching(Self.extract).extraction == nil)
        #expect(Self.coaching(Self.extract, existing: ["memory/reading.md", "memory/links.md"]).extraction == nil)
        #expect(Self.coaching("Copy memory/reading.md to memory/copy.md", existing: ["memory/reading.md"]).extraction == nil)
        #expect(
            Self.coaching("Write a script at skills/l/scripts/l.py that prints the links in memory/reading.md", existing: ["memory/reading.md"])
                .extraction == nil)
        let plain = Self.coaching("Copy memory/reading.md to memory/copy.md", existing: ["memory/reading.md"])
        #expect(plain.taskVerbTool == CopyFile.name && plain.routedCall == nil)
    }

    static let script = "I need a small Python script in skills/lines/scripts/lines.py that tells me how many lines a file has"
    static let scriptCall = #"{"name": "write_script", "arguments": {"does":"count the lines","path":"skills/lines/scripts/lines.py"}}"#

    @Test func aScriptWithARecipeIsRoutedToWriteScriptForTheCodeAgent() {
        let c = Self.coaching(Self.script, kind: .code)
        #expect(c.script?.does == "count the lines" && c.taskVerbTool == WriteScript.name)
        #expect(c.suggestion(touched: []) == Self.scriptCall)
        // The example in a refusal of a call that lacks arguments, or of an invented tool, is the call too.
        #expect(c.example(WriteScript.name) == Self.scriptCall)
        #expect(c.unknownToolHint("tally.sh", arguments: [:], read: nil) == " Did you mean write_script? Call it like \(Self.scriptCall).")
        let own = c.refusal("write_file", ["path": "skills/lines/scripts/lines.py", "content": "print(len(open('a').readlines()))\n"], changed: [])
        #expect(own == "this script is written by code, not written by hand: call \(Self.scriptCall)")
        // The words after "script" choose ("I sort my notes" before it does not).
        #expect(Self.coaching("I sort my notes; write a script skills/w/scripts/w.sh counting words", kind: .code).script?.does == "count the words")
        // No recipe, or an agent without the tool: the model writes it.
        #expect(Self.coaching("Write a script skills/m/scripts/m.py that sends my mail", kind: .code).routedTool == nil)
        #expect(Self.coaching(Self.script, kind: .fileops).routedTool == nil)
        #expect(Self.coaching("Write a skill named tidy that sorts notes", kind: .code).routedTool == nil)
    }

    /// The tools are offered only to a task that asks for what they make (offered to all, the
    /// model called write_script to write a skill).
    @Test func theToolsAreOfferedOnlyToTheTasksTheyFit() {
        func names(_ task: String, _ kind: AgentKind, existing: Set<String> = []) -> [String] {
            Coaching.offered(ToolRegistry.agent(kind), task: task, existing: existing).map { $0.name }
        }
        let skill = names("Write a skill in skills/tidy/SKILL.md named tidy that explains how to sort and tidy notes", .code)
        #expect(!skill.contains(WriteScript.name) && !skill.contains(ExtractFromFile.name) && skill.contains(WriteFile.name))
        #expect(names(Self.script, .code).contains(WriteScript.name))
        #expect(names(Self.extract, .fileops, existing: ["memory/reading.md"]).contains(ExtractFromFile.name))
        #expect(!names(Self.extract, .fileops).contains(ExtractFromFile.name))
        // Neither extract_from_file nor save_file_list (never offered in the free loop).
        let summary = names("Summarise memory/a.md into memory/b.md", .research, existing: ["memory/a.md"])
        #expect(summary.count == ToolRegistry.agent(.research).count - 2 && !summary.contains(SaveFileList.name))
    }

    @Test func theSystemPromptNamesTheTools() {
        let prompt = AgentLoop.systemPrompt("p", kind: .code, tools: ToolRegistry.agent(.code).map { $0.name })
        #expect(prompt.contains("to put the emails, links, dates or phone numbers of a file into a new file, extract_from_file"))
        #expect(prompt.contains("to write a script that counts, sorts or finds, write_script"))
        #expect(!AgentLoop.systemPrompt("p", kind: .fileops, tools: ToolRegistry.agent(.fileops).map { $0.name }).contains("write_script"))
    }

    /// The words a model adds after a fenced script are its comment, not the file's.
    @Test func aFencedScriptWithACommentAfterItIsWrittenWithoutEither() throws {
        let c = Self.coaching("Write temp/hello.py that prints hello", kind: .code)
        let refused = try #require(
            c.refusal("write_file", ["path": "temp/hello.py", "content": "```python\nprint('hello')\n```\nThis prints hello."], changed: []))
        #expect(refused.hasSuffix(#"like {"name": "write_file", "arguments": {"content":"print('hello')\n","path":"temp/hello.py"}}"#))
        #expect(Coaching.unfenced("```markdown\n# Tidy\n- sort\n```\nThis skill sorts.") == "# Tidy\n- sort\n")
        // Markdown with a code block first and words after it is a file with a code block.
        #expect(c.refusal("write_file", ["path": "temp/a.md", "content": "```sh\nls\n```\nThen read the list."], changed: []) == nil)
        #expect(Coaching.unfenced("```python\nx\n```\ntext\n```python\ny\n```", trailing: true) == nil)
    }

    /// Through the loop: the model's own list is refused and nothing is written; the call shown
    /// makes the file; writing over it after is refused, the file keeps what the code made.
    @Test func theLoopRefusesAHandMadeResultAndRunsTheCall() async throws {
        try await LoopBench.with { bench in
            let fixture = try await bench.ws.propose(
                title: "fixture", agent: "tester",
                operations: [
                    .write(path: "memory/reading.md", content: Data("See https://a.example/x and https://b.example.\n".utf8), executable: false)
                ],
                policy: try PathPolicy.outsideTools())
            _ = try await bench.ws.approve(fixture.number, by: "tester")
            let toolbox = Toolbox(workspace: bench.ws, kind: .fileops, title: "t", taskID: "t1", task: Self.extract, existing: ["memory/reading.md"])
            let loop = AgentLoop(router: bench.router, toolbox: toolbox, ledger: bench.store)
            var state = try await bench.state(Self.extract)
            let own = ToolCall(id: "c1", name: "write_file", arguments: #"{"path":"memory/links.md","content":"- https://a.example/x\n"}"#)
            let refused = await loop.outcome(of: own, &state)
            #expect(!refused.ok && refused.text.hasSuffix(Self.extractCall))
            #expect(await toolbox.changed.isEmpty)
            let call = ToolCall(
                id: "c2", name: "extract_from_file", arguments: #"{"from":"memory/reading.md","what":"links","to":"memory/links.md"}"#)
            let made = await loop.outcome(of: call, &state)
            #expect(made.ok && made.text.contains("If that was all, call {\"name\": \"finish\""))
            let over = ToolCall(id: "c3", name: "write_file", arguments: #"{"path":"memory/links.md","content":"links\n"}"#)
            #expect(await !loop.outcome(of: over, &state).ok)
            let n = try #require(await toolbox.proposal)
            #expect(try await bench.ws.readFile("memory/links.md", proposal: n) == Data("- https://a.example/x\n- https://b.example\n".utf8))
        }
    }
}
