import Foundation
import StewardCore
import StewardJSON
import StewardModels
import StewardSkills
import StewardTools
import Testing

@testable import StewardAgents

/// Writes refused before they run because what they would make is wrong whatever the task's
/// words (`Coaching+checks`), each with the call meant; read from the development part's steps
/// (issue 19).
@Suite("Coaching: writes that are wrong whatever the task says")
struct CoachingChecksTests {
    static func coaching(_ task: String, kind: AgentKind = .fileops, existing: Set<String> = []) -> Coaching {
        Coaching(task: task, kind: kind, tools: ToolRegistry.agent(kind).map { $0.definition }, existing: existing)
    }

    static func write(_ path: String, _ content: String) -> [String: JSONValue] { ["path": .string(path), "content": .string(content)] }

    /// A skill without front matter is not refused: the loop writes it with one made by code
    /// (`SkillCoachingTests`); a valid skill passes; other files under skills/ are not skills.
    @Test func aSkillWithoutFrontMatterIsNotRefused() throws {
        let c = Self.coaching(
            "Could you create a skill skills/tidy-memory/SKILL.md, name tidy-notes, whose body says how to tidy a notes folder?", kind: .code)
        let body = "To tidy a notes folder, follow these steps:\n\n1. Remove duplicate notes.\n2. Archive old ones.\n"
        #expect(c.refusal("write_file", Self.write("skills/tidy-memory/SKILL.md", body), changed: []) == nil)
        let (args, note) = try #require(c.skillWrite("write_file", Self.write("skills/tidy-memory/SKILL.md", body)))
        let content = try #require(args["content"]?.string)
        #expect(content == "---\nname: tidy-notes\ndescription: How to tidy a notes folder\n---\n" + body)
        #expect(note.contains("name: tidy-notes, description: How to tidy a notes folder"))
        let (manifest, problems) = SkillManifest.parse(Data(content.utf8), folder: nil)
        #expect(manifest?.name == "tidy-notes" && problems.filter { $0.severity == .error }.isEmpty)
        #expect(c.refusal("write_file", Self.write("skills/tidy-memory/SKILL.md", content), changed: []) == nil)
        // Without a name in the task, the folder's; a description with a colon is quoted.
        let plain = Self.coaching("Write skills/tidy/SKILL.md about tidying", kind: .code)
        let mended = try #require(
            plain.skillWrite("write_file", Self.write("skills/tidy/SKILL.md", "Steps: sort, then archive."))?.arguments["content"]?.string)
        #expect(mended == "---\nname: tidy\ndescription: \"Steps: sort, then archive.\"\n---\nSteps: sort, then archive.\n")
        #expect(SkillManifest.parse(Data(mended.utf8), folder: "tidy").0 != nil)
        // Other files under skills/ are not skills.
        #expect(plain.refusal("write_file", Self.write("skills/tidy/scripts/run.sh", "echo hi\n"), changed: []) == nil)
        #expect(plain.skillWrite("write_file", Self.write("skills/tidy/scripts/run.sh", "echo hi\n")) == nil)
    }

    /// A task that moves or copies a file that exists: a write before that is done is refused
    /// with the move; after a change, writes are the task's own.
    @Test func aWriteBeforeTheMoveOrCopyIsRefusedWithIt() throws {
        let rename = Self.coaching("Please rename my draft, memory/draft.txt, to memory/letter.txt.", existing: ["memory/draft.txt"])
        let refused = try #require(rename.refusal("write_file", Self.write("memory/letter.txt", "This is a letter."), changed: []))
        #expect(
            refused
                == #"the task moves memory/draft.txt, which exists; writing memory/letter.txt would make a new file instead. Call {"name": "move_file", "arguments": {"from":"memory/draft.txt","to":"memory/letter.txt"}}"#
        )
        let move = Self.coaching(
            "Could you put memory/inbox/invoice-march.txt in the memory/archive folder?", existing: ["memory/inbox/invoice-march.txt"])
        let beside = try #require(
            move.refusal("write_file", Self.write("memory/archive/inbox/invoice-march.txt", "A sample invoice."), changed: []))
        #expect(
            beside.hasSuffix(
                #"{"name": "move_file", "arguments": {"from":"memory/inbox/invoice-march.txt","to":"memory/archive/invoice-march.txt"}}"#))
        #expect(move.refusal("write_file", Self.write("memory/archive/note.md", "Moved."), changed: ["memory/archive/invoice-march.txt"]) == nil)
        // The new name the task gives, in the folder it names, is where the copy goes.
        let template = Self.coaching(
            "Just copy the blank template, budget.md in memory/money/templates, into memory/money/budgets as 2027-06.md",
            existing: ["memory/money/templates/budget.md"])
        let named = try #require(template.refusal("write_file", Self.write("memory/money/budgets/2027-06.md", "2027-06.md"), changed: []))
        #expect(
            named.hasSuffix(
                #"{"name": "copy_file", "arguments": {"from":"memory/money/templates/budget.md","to":"memory/money/budgets/2027-06.md"}}"#))
        // The source does not exist: nothing to move, a write may be what is meant.
        let absent = Self.coaching("Please rename my draft, memory/draft.txt, to memory/letter.txt.")
        #expect(absent.refusal("write_file", Self.write("memory/letter.txt", "A letter."), changed: []) == nil)
    }

    /// A list of the items a task names, written as a sentence, is refused with the list.
    @Test func itemsTheTaskListsAreWrittenOnePerLine() throws {
        let c = Self.coaching("Could you make a packing list in memory/packing.md with passport, charger and socks?")
        let prose = "Passport, Charger, and socks are essential items for daily life."
        let refused = try #require(c.refusal("write_file", Self.write("memory/packing.md", prose), changed: []))
        #expect(
            refused.hasSuffix(
                #"Call it like {"name": "write_file", "arguments": {"content":"- passport\n- charger\n- socks\n","path":"memory/packing.md"}}"#))
        #expect(c.refusal("write_file", Self.write("memory/packing.md", "Passport\nCharger\nSocks\n"), changed: []) == nil)
        #expect(c.refusal("write_file", Self.write("memory/packing.md", "- [ ] passport\n- [ ] charger\n- [ ] socks\n"), changed: []) == nil)
    }

    /// A script whose content is a sentence is refused, saying in words what goes there; the
    /// same sentence is not carried to the path the task names. (A script `write_script` has a
    /// recipe for is made by code: `RoutedCoachingTests`.)
    @Test func aSentenceIsNoScript() throws {
        let c = Self.coaching("Write a Python script at skills/wc/scripts/count.py that greets the person it is given", kind: .code)
        #expect(c.routedTool == nil)
        let refused = try #require(c.refusal("write_file", Self.write("skills/wc/scripts/count.py", "This is a test file."), changed: []))
        #expect(
            refused
                == #"skills/wc/scripts/count.py is a script, and "This is a test file." is not Python code. Call write_file with "path": "skills/wc/scripts/count.py" and, as "content", the Python code that does what the task asks, written out in full"#
        )
        for code in ["import sys\nprint(len(open(sys.argv[1]).read().split()))\n", "echo hello\n", "Print words.\n"] {
            let path = code.hasPrefix("echo") ? "skills/wc/scripts/run.sh" : "skills/wc/scripts/count.py"
            #expect(c.refusal("write_file", Self.write(path, code), changed: []) == nil, "\(code)")
        }
        #expect(c.refusal("write_file", Self.write("skills/wc/notes.md", "This is a test file."), changed: []) == nil)
        let moved = try #require(c.withTaskPath("write_file", arguments: Self.write("wc/notes.md", "This is a test file."), touched: []))
        #expect(
            c.spoken(moved.call)
                == #"write_file with "path": "skills/wc/scripts/count.py" and, as "content", the Python code that does what the task asks, written out in full"#
        )
    }

    /// A whole file in a ``` fence is refused with the text without it.
    @Test func aFencedFileIsWrittenWithoutItsFence() throws {
        let c = Self.coaching("Write outputs/plan.md with the plan")
        let refused = try #require(c.refusal("write_file", Self.write("outputs/plan.md", "```markdown\n# Plan\n- shop\n```"), changed: []))
        #expect(refused.hasSuffix(##"like {"name": "write_file", "arguments": {"content":"# Plan\n- shop\n","path":"outputs/plan.md"}}"##))
        #expect(c.refusal("write_file", Self.write("outputs/plan.md", "# Plan\n```sh\nls\n```\nDone.\n"), changed: []) == nil)
    }

    /// A reply stopped as it began repeating, writing a file the task does not name: what it
    /// wrote before, once, is offered back as the write it was making (a skill's instructions
    /// only: Steward adds its front matter).
    @Test func aStoppedLoopIsOfferedBackOnce() async throws {
        let start = #"{"name": "write_file", "arguments": {"path": "skills/tidy-notes/SKILL.md", "content": "```markdown\n# Notes\n\n"#
        let looping = start + String(repeating: #"1. Open the notes folder.\n2. Remove duplicates.\n\n"#, count: 6)
        let before = try #require(RepeatingText.beforeRepeating(looping))
        #expect(Coaching.partialContent(before) == "# Notes\n\n1. Open the notes folder.\n2. Remove duplicates.\n")
        #expect(Coaching.partialContent(#"{"name": "finish", "arguments": {"summary": "done"}}"#) == nil)
        // A loop that closes its fence and opens the next one; a heading cut where it came round.
        #expect(Coaching.unfenced("```markdown\n# Tidy\n1. Sort.\n```\n\n```markdown\n# Tidy\n1. So") == "# Tidy\n1. Sort.\n")
        #expect(Coaching.unfenced("```markdown\n# Notes\n1. Sort.\n\n#") == "# Notes\n1. Sort.\n")
        #expect(Coaching.unfenced("```sh\nls\n```\nThen read the list.") == nil)
        let model = ScriptedModel([.text(looping), .call("finish", #"{"summary":"gave up"}"#)])
        let task = "Write a skill in skills/tidy/SKILL.md named tidy-notes about tidying notes"
        try await AgentLoopBoundsTests().run(task, [(LoopBench.spec("a"), model)]) { outcome, steps in
            #expect(!steps.contains { $0.kind == .tool && $0.name == "write_file" })
            let correction = try #require(steps.first { $0.kind == .correction })
            #expect(
                correction.output
                    == ##"Your last reply repeated the same text over and over, so it was stopped before its call was complete. Reply with only one call, like {"name": "write_file", "arguments": {"content":"# Notes\n\n1. Open the notes folder.\n2. Remove duplicates.\n","path":"skills/tidy/SKILL.md"}}."##
            )
            // The stopped reply was counted (estimated), not left at 0 tokens.
            let stopped = try #require(steps.first { $0.kind == .model })
            #expect(stopped.output.hasPrefix(start))
            #expect(outcome.record.outputTokens > 0)
        }
    }

    /// The same stopped loop, writing a file the task names: written, by code, as it was
    /// before the repeat (measured: offered back, it was copied and looped again, three times).
    @Test func aStoppedLoopOfTheTasksFileIsWrittenAsItWasBeforeTheRepeat() async throws {
        let start = #"{"name": "write_file", "arguments": {"path": "memory/tidy.md", "content": "```markdown\n# Notes\n\n"#
        let looping = start + String(repeating: #"1. Open the notes folder.\n2. Remove duplicates.\n\n"#, count: 6)
        #expect(AgentLoop.field("path", in: looping) == "memory/tidy.md")
        #expect(AgentLoop.salvaged(looping, tools: ["write_file"], taskPaths: ["memory/x.md"]) == nil)
        #expect(AgentLoop.salvaged(looping, tools: ["read_file"], taskPaths: ["memory/tidy.md"]) == nil)
        let model = ScriptedModel([.text(looping), .call("finish", #"{"summary":"wrote the steps"}"#)])
        let task = "Write how to tidy a notes folder in memory/tidy.md"
        try await AgentLoopBoundsTests().run(task, [(LoopBench.spec("a"), model)]) { outcome, steps in
            #expect(outcome.record.status == .done)
            #expect(!steps.contains { $0.kind == .correction })
            let write = try #require(steps.first { $0.kind == .tool && $0.name == "write_file" })
            #expect(write.ok && write.output.hasPrefix("wrote memory/tidy.md"))
            #expect(
                write.input
                    == ##"{"content":"# Notes\n\n1. Open the notes folder.\n2. Remove duplicates.\n","path":"memory/tidy.md"}"##)
        }
    }

    /// The finish just suggested, written into the file, is taken as finish once all is done;
    /// the file keeps what it had.
    @Test func theFinishSummaryWrittenIntoTheFileIsTakenAsFinish() async throws {
        try await LoopBench.with { bench in
            let task = "Write a note to memory/a.md"
            let (loop, toolbox) = bench.loop(task: task)
            var state = try await bench.state(task)
            let write = ToolCall(id: "c1", name: "write_file", arguments: #"{"path":"memory/a.md","content":"hi\n"}"#)
            #expect(await loop.outcome(of: write, &state).ok)
            let echo = ToolCall(id: "c2", name: "write_file", arguments: #"{"path":"memory/a.md","content":"hi\nchanged memory/a.md\n"}"#)
            let outcome = await loop.outcome(of: echo, &state)
            #expect(outcome == ToolOutcome(ok: true, text: "that text is the summary of finish, not the file's; taken as finish", finished: true))
            #expect(try await bench.ws.readFile("memory/a.md", proposal: 1) == Data("hi\n".utf8))
            #expect(await toolbox.changed == ["memory/a.md"])
        }
        let c = Self.coaching("Write a note to memory/a.md")
        #expect(!c.echoesFinish("write_file", Self.write("memory/a.md", "changed memory/a.md"), changed: []))
        #expect(!c.echoesFinish("write_file", Self.write("memory/a.md", "what changed"), changed: ["memory/a.md"]))
    }

    /// The loop refuses such a write before the toolbox runs it: nothing is written.
    @Test func theLoopRefusesBeforeTheToolRuns() async throws {
        try await LoopBench.with { bench in
            let task = "Could you make a packing list in memory/packing.md with passport, charger and socks?"
            let (loop, toolbox) = bench.loop(task: task)
            var state = try await bench.state(task)
            let call = ToolCall(id: "c1", name: "write_file", arguments: #"{"path":"memory/packing.md","content":"Passport and socks are items."}"#)
            let outcome = await loop.outcome(of: call, &state)
            #expect(!outcome.ok && outcome.text.hasPrefix("error: the task asks for a list of passport, charger, socks: one per line."))
            #expect(await toolbox.changed.isEmpty && !state.didSomething)
        }
    }
}
