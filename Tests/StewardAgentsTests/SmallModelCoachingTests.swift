import Foundation
import StewardCore
import StewardJSON
import StewardModels
import StewardSandbox
import StewardTools
import Testing

@testable import StewardAgents

/// What small models are told and shown (issue 19): the tool for each kind of change in the
/// system prompt, their own call with its path put right, the edit a whole-file write meant, a
/// write's unknown content said in words, no copy of a source as the content of what is made
/// from it, a file listed as a folder, a repeated change once all is done, and a reply cut
/// while repeating itself.
@Suite struct SmallModelCoachingTests {
    /// A fileops toolbox for `task` in a fresh workspace whose main holds `files`.
    func withToolbox(_ task: String, files: [String: String], _ body: (Toolbox) async throws -> Void) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("steward-coach-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
        if !files.isEmpty {
            let r = try await ws.propose(
                title: "fixture", agent: "tester",
                operations: files.sorted { $0.key < $1.key }.map { .write(path: $0.key, content: Data($0.value.utf8), executable: false) },
                policy: try PathPolicy.outsideTools())
            _ = try await ws.approve(r.number, by: "tester")
        }
        try await body(Toolbox(workspace: ws, kind: .fileops, title: "t", taskID: "t1", task: task))
    }

    @Test func theSystemPromptNamesTheToolForEachKindOfChange() {
        let fileops = ToolRegistry.agent(.fileops).map { $0.name }
        let prompt = AgentLoop.systemPrompt("You are the file agent.", kind: .fileops, tools: fileops)
        #expect(prompt.contains("To create a new file, call write_file with its path and its whole content"))
        #expect(prompt.contains("to add lines at the end of a file, append_to_file"))
        #expect(prompt.contains("to change a text in a file, replace_in_file with the exact text now in it and the new text"))
        #expect(prompt.contains("to move or rename one, move_file") && prompt.contains("Never rewrite a whole file to change part of it."))
        // What it said before: every change as a whole new file.
        #expect(!prompt.contains("To create or change a file, call write_file"))
        // Only the tools the agent has.
        let few = AgentLoop.systemPrompt("p", kind: .research, tools: [WriteFile.name, Finish.name])
        #expect(few.contains("To create a new file, call write_file") && !few.contains("replace_in_file") && !few.contains("Never rewrite"))
    }

    @Test func aCallOnAPathTheTaskDoesNotNameIsShownOnThePathItNames() async throws {
        try await withToolbox("In memory/notes/plan.md, replace Monday with Tuesday", files: ["memory/notes/plan.md": "Meet on Monday\n"]) { t in
            let r = await t.run("replace_in_file", ["path": "plan.md", "find": "Monday", "replace": "Tuesday"])
            #expect(
                !r.ok
                    && r.text.hasSuffix(
                        #"The task names memory/notes/plan.md: call it like {"name": "replace_in_file", "arguments": {"find":"Monday","path":"memory/notes/plan.md","replace":"Tuesday"}}"#
                    ))
        }
        // A write refused for its folder: the one file the task names, with the model's content.
        try await withToolbox("Write a packing list to outputs/trip/list.md", files: [:]) { t in
            let r = await t.run("write_file", ["path": "trip/list.txt", "content": "- socks\n"])
            #expect(
                !r.ok
                    && r.text.hasSuffix(
                        #"The task names outputs/trip/list.md: call it like {"name": "write_file", "arguments": {"content":"- socks\n","path":"outputs/trip/list.md"}}"#
                    ))
        }
    }

    @Test func aWholeFileWriteOfOneChangedLineIsShownAsTheReplacementItMeant() async throws {
        try await withToolbox(
            "Please update my city in memory/profile.md to Rome", files: ["memory/profile.md": "# Profile\nname: Ada\ncity: Paris\n"]
        ) {
            t in
            let w = await t.run("write_file", ["path": "memory/profile.md", "content": "city: Rome\n"])
            #expect(
                !w.ok
                    && w.text.hasSuffix(
                        #"to change it in place, call {"name": "replace_in_file", "arguments": {"find":"city: Paris","path":"memory/profile.md","replace":"city: Rome"}}"#
                    ))
        }
        #expect(Coaching.key("port = 80") == "port" && Coaching.key("Owner: Sam") == "owner")
        #expect(Coaching.key("# Profile") == nil && Coaching.key("Meet at 10:30 today") == nil && Coaching.key("name:") == nil)
    }

    @Test func aWriteWhoseContentIsUnknownIsSaidInWords() async throws {
        try await withToolbox("Write a haiku about rain to outputs/haiku.md", files: [:]) { t in
            // A read of a file that is not there: the write the task asks for, in words.
            let r = await t.run("read_file", ["path": "outputs/rain.md"])
            #expect(
                !r.ok
                    && r.text.hasSuffix(
                        #"For this task, try: write_file with "path": "outputs/haiku.md" and, as "content", the whole text the task asks for, written out in full"#
                    ))
            #expect(!r.text.contains(Coaching.placeholder))
            // The placeholder copied from an example: refused without showing it again.
            let w = await t.run("write_file", ["path": "outputs/haiku.md", "content": .string(Coaching.placeholder)])
            #expect(!w.ok && !w.text.contains(Coaching.placeholder) && w.text.contains(#"call write_file with "path": "outputs/haiku.md""#))
        }
    }

    @Test func whatATaskMakesFromAFileIsNotACopyOfIt() async throws {
        let diary = "# Diary\nDentist on 3 May, party on 9 June.\n"
        try await withToolbox("Pull the dates out of memory/diary.md into outputs/dates.md", files: ["memory/diary.md": diary]) { t in
            #expect(t.coaching.suggestion(touched: []) == #"{"name": "read_file", "arguments": {"path":"memory/diary.md"}}"#)
            let r = await t.run("read_file", ["path": "memory/diary.md"])
            #expect(r.ok && !r.text.contains("\"content\""))
            #expect(
                r.text.hasSuffix(
                    #"Next: call write_file with path "outputs/dates.md" and, as content, what the task asks for, made from this text in your own words"#
                ))
        }
        // A copy is one write of what was read away from done, as before.
        try await withToolbox("Copy memory/diary.md to outputs/diary.md", files: ["memory/diary.md": diary]) { t in
            let r = await t.run("read_file", ["path": "memory/diary.md"])
            #expect(r.text.contains(#""path":"outputs/diary.md""#) && r.text.contains("Dentist on 3 May"))
        }
    }

    @Test func aFileListedAsAFolderIsRefusedWithTheReadItMeant() async throws {
        try await withToolbox("Find the names in memory/guests.md", files: ["memory/guests.md": "Ada, Bo\n"]) { t in
            let r = await t.run("list_files", ["folder": "memory/guests.md"])
            #expect(
                !r.ok
                    && r.text
                        == #"error: memory/guests.md is a file, not a folder; to see its text, call {"name": "read_file", "arguments": {"path":"memory/guests.md"}}"#
            )
            #expect(await t.run("list_files", ["folder": "memory"]).ok)
        }
    }

    @Test func aFileTheTaskChangesInPlaceIsNeitherMovedNorDeleted() async throws {
        try await withToolbox("Add \"buy rice\" to the end of memory/list.md", files: ["memory/list.md": "# List\n- tea\n"]) { t in
            let m = await t.run("move_file", ["from": "memory/list.md", "to": "memory/rice.md"])
            #expect(
                !m.ok
                    && m.text
                        == #"error: the task changes memory/list.md where it is; move_file is not what it asks. Call {"name": "append_to_file", "arguments": {"path":"memory/list.md","text":"buy rice"}}"#
            )
            #expect(!(await t.run("delete_file", ["path": "memory/list.md"])).ok)
            #expect(
                await t.coaching.suggestion(touched: []) == #"{"name": "append_to_file", "arguments": {"path":"memory/list.md","text":"buy rice"}}"#)
        }
        // A task that names two paths may move.
        try await withToolbox("Change memory/list.md to memory/list.txt", files: ["memory/list.md": "# List\n"]) { t in
            #expect(await t.run("move_file", ["from": "memory/list.md", "to": "memory/list.txt"]).ok)
        }
    }

    @Test func aChangeRepeatedOnceAllIsDoneIsTakenAsFinish() async throws {
        try await LoopBench.with { bench in
            let (loop, _) = bench.loop(task: "Write a note to memory/a.md")
            var state = try await bench.state()
            let write = ToolCall(id: "c1", name: "write_file", arguments: #"{"path":"memory/a.md","content":"hi\n"}"#)
            #expect(await loop.outcome(of: write, &state).ok)
            let again = await loop.outcome(of: write, &state)
            #expect(again == ToolOutcome(ok: true, text: "that was already done; taken as finish", finished: true))
        }
    }

    @Test func aReplyCutWhileRepeatingItselfDoesNotRaiseTheLimit() async throws {
        #expect(
            RepeatingText.endsRepeating(
                #"{"name": "write_file", "arguments": {"path": "outputs/a.md", "content": ""# + String(repeating: "- a@b.org\n", count: 20)))
        #expect(RepeatingText.endsRepeating("{" + String(repeating: "\n", count: 160)))
        #expect(
            !RepeatingText.endsRepeating(
                ##"{"name": "write_file", "arguments": {"path": "outputs/a.md", "content": "# Plan\nMonday: shop. Tuesday: cook."##))
        let looping = "I will write the note now: " + String(repeating: "ok ", count: 60)
        let model = ScriptedModel([AgentLoopBoundsTests.write, .cut(looping), AgentLoopBoundsTests.finish])
        var limits = AgentLimits()
        limits.maxReplyTokens = 100
        let both = "Write notes to memory/a.md and memory/b.md"
        try await AgentLoopBoundsTests().run(both, [(LoopBench.spec("a"), model)], limits: limits) { outcome, steps in
            #expect(outcome.record.status == .done)
            let correction = try #require(steps.first { $0.kind == .correction })
            #expect(
                correction.output.hasPrefix(
                    "Your last reply repeated the same text over and over, so it was stopped before its call was complete. Reply with only one call"
                ))
        }
        // Stopped as it began repeating (`RepeatingText`): never doubled.
        #expect(model.requests.map { $0["max_tokens"] as? Int } == [100, 100, 100])
        // Looping once every file the task names is done: the task is done, nothing more asked.
        let done = ScriptedModel([AgentLoopBoundsTests.write, .cut(looping), AgentLoopBoundsTests.finish])
        try await AgentLoopBoundsTests().run("Write a note to memory/a.md", [(LoopBench.spec("a"), done)], limits: limits) { outcome, steps in
            #expect(outcome.record.status == .done && outcome.record.summary == "changed memory/a.md")
            #expect(!steps.contains { $0.kind == .correction })
        }
        #expect(done.requests.count == 2)
        // Cut at the limit without repeating itself, once all is done (a rewrite of the file
        // just written): done too, the limit not doubled for another try.
        let rewrite = #"{"name": "write_file", "arguments": {"path": "memory/a.md", "content": "hi, and a much longer text"#
        let cut = ScriptedModel([AgentLoopBoundsTests.write, .cut(rewrite), AgentLoopBoundsTests.finish])
        try await AgentLoopBoundsTests().run("Write a note to memory/a.md", [(LoopBench.spec("a"), cut)], limits: limits) { outcome, steps in
            #expect(outcome.record.status == .done && outcome.record.summary == "changed memory/a.md")
            #expect(!steps.contains { $0.kind == .correction })
        }
        #expect(cut.requests.count == 2)
    }
}

extension SmallModelCoachingTests {
    @Test func aSettingNamedInsteadOfItsLineIsShownAsTheLineWithItsValueSet() async throws {
        let profile = "# Profile\nname: Ada\nage: 36\nactive = false\n"
        try await withToolbox("Set the age in memory/profile.md to 37", files: ["memory/profile.md": profile]) { t in
            // A setting's name that is not in the file.
            let absent = await t.run("replace_in_file", ["path": "memory/profile.md", "find": "the age", "replace": "37"])
            #expect(
                !absent.ok
                    && absent.text
                        == #"error: "the age" is not in memory/profile.md; to set it, call {"name": "replace_in_file", "arguments": {"find":"age: 36","path":"memory/profile.md","replace":"age: 37"}}"#
            )
            // Its name replaced by a value: refused (the line would read "37: 36").
            let named = await t.run("replace_in_file", ["path": "memory/profile.md", "find": "active", "replace": "true"])
            #expect(
                !named.ok
                    && named.text
                        == #"error: "active" is the name of a setting in memory/profile.md, not its value; to set it, call {"name": "replace_in_file", "arguments": {"find":"active = false","path":"memory/profile.md","replace":"active = true"}}"#
            )
            // A name renamed, and a text that is no setting, are replaced as asked.
            #expect(await t.run("replace_in_file", ["path": "memory/profile.md", "find": "name", "replace": "first_name"]).ok)
            #expect(await t.run("replace_in_file", ["path": "memory/profile.md", "find": "Ada", "replace": "Ida"]).ok)
        }
    }

    @Test func aFileTheTaskNamesThatExistsIsReadFirstNeverWrittenInAnExample() async throws {
        let task = "I want to write to my guests, so please find their names in memory/guests.md and save them in outputs/names.md"
        let tools = ToolRegistry.agent(.fileops).map { $0.definition }
        let knowing = Coaching(task: task, kind: .fileops, tools: tools, existing: ["memory/guests.md"])
        #expect(knowing.suggestion(touched: []) == #"{"name": "read_file", "arguments": {"path":"memory/guests.md"}}"#)
        // After a write to the other file, never a write over the one that exists.
        let after = knowing.suggestion(touched: ["outputs/names.md"], changed: ["outputs/names.md"])
        #expect(after == #"{"name": "read_file", "arguments": {"path":"memory/guests.md"}}"#)
        // Not knowing it exists, a "write" task that names two files writes the first.
        let blind = Coaching(task: task, kind: .fileops, tools: tools)
        #expect(blind.suggestion(touched: ["outputs/names.md"], changed: ["outputs/names.md"]).contains(#""path":"memory/guests.md""#))
    }
}
