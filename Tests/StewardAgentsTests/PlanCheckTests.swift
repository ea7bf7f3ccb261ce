import Foundation
import StewardCore
import StewardModels
import StewardSandbox
import StewardStore
import StewardTestSupport
import Testing

@testable import StewardAgents

/// The check of a recipe's calls against the person's words before any runs (issue 19,
/// `Recipe+check`): a result that does not fit writes nothing, and the free loop starts from
/// the task alone. Runs the whole loop in process (`PlanStepTests.run`), a scripted model on a
/// real HTTP server, over a real workspace.
@Suite("Plan: the check before a recipe runs")
struct PlanCheckTests {
    static func call(_ name: String, _ args: String) -> ScriptedModel.Reply { .text(#"{"name": "\#(name)", "arguments": \#(args)}"#) }
    static let finish = call("finish", #"{"summary": "done by the loop"}"#)

    /// The note that says why the recipe was not used, if one does.
    static func misfit(_ run: PlanStepTests.Run) -> String? {
        run.steps.first { $0.kind == .note && $0.output.hasPrefix("plan: not used, ") }?.output
    }

    /// The free loop's first request after the plan: only the system prompt and the task
    /// (nothing of the recipe), and the tool-call schema.
    static func startsClean(_ run: PlanStepTests.Run, at i: Int) -> Bool {
        guard i < run.requests.count, let messages = run.requests[i]["messages"] as? [[String: Any]] else { return false }
        let schema = ((run.requests[i]["response_format"] as? [String: Any])?["json_schema"] as? [String: Any])?["name"] as? String
        return messages.count == 2 && schema == "tool_call"
    }

    /// A create whose line came back as the task's own sentence (dev 9 as a request, a summary
    /// planned as a create; worded here without "summary", which now plans a summary). Before the check the write was made (or refused, its text
    /// left in the conversation for the loop to copy); now nothing of it is written and the
    /// loop, starting from the task alone, writes the summary.
    @Test func theTasksSentenceWrittenBackIsNotWritten() async throws {
        // (Not "what memory/meeting.md says" in one sentence: that plans a summary too.)
        let summary = "Can you write down in one sentence the point of memory/meeting.md, in outputs/summary.md?"
        let created = try await PlanStepTests.run(
            summary, files: ["memory/meeting.md": "The budget is 500 euros.\n"],
            ScriptedModel([
                .text(#"{"action": "create"}"#), .text(#"{"lines": ["\#(summary)"]}"#), Self.call("read_file", #"{"path": "memory/meeting.md"}"#),
                Self.call("write_file", #"{"path": "outputs/summary.md", "content": "The budget is 500 euros."}"#), Self.finish,
            ]))
        #expect(created.outcome.record.status == .done && created.outcome.record.summary == "done by the loop")
        #expect(created.files["outputs/summary.md"] == "The budget is 500 euros.")
        #expect(Self.misfit(created)?.contains("repeats the task's path memory/meeting.md") == true)
        #expect(created.requests.count == 5 && Self.startsClean(created, at: 2))
    }

    /// A move of a file the task says no word of, out of a folder it does not name, is refused;
    /// "update that line" planned as a move is a change (fresh12 1302: the README was moved).
    @Test func aMoveOfAFileTheTaskSaysNoWordOfIsRefused() async throws {
        let task = "The council has moved our recycling collection to Thursdays. Could you update that line in my household note in memory/home?"
        let files = ["memory/README.md": "# Memory\n", "memory/home/household.md": "# Household\n- Recycling: Tuesdays\n"]
        let readme = AgentLoop.call("move_file", ["from": "memory/README.md", "to": "memory/home/"])
        var said: String?
        try await runRecipe(
            task, files: files, answers: [],
            recipe: { loop, state in
                said = await loop.misfit([readme], TaskPlan(action: .move, files: ["memory/README.md"]), state)
                #expect(await loop.worded(.move, task: task, words: task) == .replace)
                return nil
            }, check: { _, model in #expect(model.requests.isEmpty) })
        #expect(said?.contains("memory/README.md, a file the task says no word of") == true, "\(String(describing: said))")
    }

    /// Calls that change a file the person does not name, when they name others (dev 8 in
    /// context: "gamma stays with Lee", its path added by coaching, was changed too): refused,
    /// whichever recipe made them; the same calls without it fit.
    @Test func aChangeToAFileThePersonDoesNotNameIsRefused() async throws {
        let task = "Priya takes over from Sam: in memory/projects/alpha.md replace Owner: Sam with Owner: Priya; beta stays with Lee."
        let files = ["memory/projects/alpha.md": "# Alpha\nOwner: Sam\n", "memory/projects/beta.md": "# Beta\nOwner: Lee\n"]
        let alpha = AgentLoop.call("replace_in_file", ["path": "memory/projects/alpha.md", "find": "Owner: Sam", "replace": "Owner: Priya"])
        let beta = AgentLoop.call("replace_in_file", ["path": "memory/projects/beta.md", "find": "Owner: Lee", "replace": "Owner: Priya"])
        var said: [String?] = []
        try await runRecipe(
            task, files: files, answers: [],
            recipe: { loop, state in
                let plan = TaskPlan(action: .replace, files: ["memory/projects/alpha.md", "memory/projects/beta.md"])
                said = [await loop.misfit([alpha, beta], plan, state), await loop.misfit([alpha], plan, state)]
                return nil
            }, check: { _, model in #expect(model.requests.isEmpty) })
        // "Beta stays with Lee" keeps beta: what stays is said before "stays".
        #expect(said.first??.contains("memory/projects/beta.md, a file the task says to keep") == true, "\(String(describing: said.first))")
        #expect(said.count == 2 && said[1] == nil)
    }

    /// "replace apples with pears" answered with another line of the file (the twelve-task
    /// suite: the 0.5B model picked "# Shopping" and made it "## Shopping"): not the change
    /// asked, since the file has "apples"; the line that has it, made "pears", is.
    @Test func aReplaceOfAnotherLineThanTheOneWithTheWordIsRefused() async throws {
        let task = "In memory/shopping.md, replace apples with pears"
        let title = AgentLoop.call("replace_in_file", ["path": "memory/shopping.md", "find": "# Shopping", "replace": "## Shopping"])
        let right = AgentLoop.call("replace_in_file", ["path": "memory/shopping.md", "find": "- apples", "replace": "- pears"])
        var said: [String?] = []
        try await runRecipe(
            task, files: ["memory/shopping.md": "# Shopping\n- apples\n- rice\n"], answers: [],
            recipe: { loop, state in
                let plan = TaskPlan(action: .replace, files: ["memory/shopping.md"])
                said = [await loop.misfit([title], plan, state), await loop.misfit([right], plan, state)]
                return nil
            }, check: { _, model in #expect(model.requests.isEmpty) })
        try #require(said.count == 2)
        #expect(said[0]?.contains("is not \"apples\" made \"pears\"") == true)
        #expect(said[1] == nil)
    }

    /// A task that names only a file not there yet (the twelve-task suite's "Write a note to
    /// memory/groceries.md listing milk, eggs and bread", planned by the 0.5B model as an append
    /// to memory/README.md): a change in place of another file is refused; writing the named
    /// file, or copying another file to it, is not.
    @Test func aChangeToAnotherFileWhenTheTaskNamesOnlyANewOneIsRefused() async throws {
        let task = "Write a note to memory/groceries.md listing milk, eggs and bread"
        let files = ["memory/shopping.md": "# Shopping\n- apples\n"]
        let append = AgentLoop.call("append_to_file", ["path": "memory/shopping.md", "text": "milk, eggs and bread"])
        let replace = AgentLoop.call("replace_in_file", ["path": "memory/shopping.md", "find": "- apples", "replace": "- milk"])
        let write = AgentLoop.call("write_file", ["path": "memory/groceries.md", "content": "- milk\n- eggs\n- bread\n"])
        let copy = AgentLoop.call("copy_file", ["from": "memory/shopping.md", "to": "memory/groceries.md"])
        var said: [String?] = []
        try await runRecipe(
            task, files: files, answers: [],
            recipe: { loop, state in
                said = [
                    await loop.misfit([append], TaskPlan(action: .append, files: ["memory/shopping.md"]), state),
                    await loop.misfit([replace], TaskPlan(action: .replace, files: ["memory/shopping.md"]), state),
                    await loop.misfit([write], TaskPlan(action: .create, files: []), state),
                    await loop.misfit([copy], TaskPlan(action: .copy, files: ["memory/shopping.md"]), state),
                ]
                return nil
            }, check: { _, model in #expect(model.requests.isEmpty) })
        try #require(said.count == 4)
        #expect(said[0]?.contains("append_to_file path memory/shopping.md, a file the task does not name (it names memory/groceries.md") == true)
        #expect(said[1]?.contains("replace_in_file path memory/shopping.md") == true)
        #expect(said[2] == nil && said[3] == nil)
    }

    /// Both files named, the second without the line the task gives ("replace Owner: Sam with
    /// Owner: Priya"): the recipe asked again and changed another line; a value the task gives
    /// (17) that the new line does not have. Either way the loop does it, from the task alone.
    @Test func aLineOtherThanTheOneGivenOrAValueThatDoesNotLandIsNotWritten() async throws {
        let task = "In memory/a.md and memory/b.md replace Owner: Sam with Owner: Priya"
        let files = ["memory/a.md": "Owner: Sam\n", "memory/b.md": "Owner: Lee\n"]
        let model = ScriptedModel([
            // a.md's "Owner: Sam" is swapped by code; b.md's line is asked.
            .text(#"{"action": "replace"}"#), .text(#"{"line": "Owner: Lee", "new_line": "Owner: Priya"}"#),
            Self.call("replace_in_file", #"{"path": "memory/a.md", "find": "Owner: Sam", "replace": "Owner: Priya"}"#), Self.finish,
        ])
        let run = try await PlanStepTests.run(task, files: files, model)
        #expect(run.files["memory/a.md"] == "Owner: Priya\n" && run.files["memory/b.md"] == "Owner: Lee\n")
        #expect(Self.misfit(run)?.contains("memory/b.md is not \"Owner: Sam\" made \"Owner: Priya\"") == true)

        // The key not said ("evening" for night): the line is asked (said, code sets it: `settingSwap`).
        let heat = ["memory/heat.toml": "day = 20\nnight = 16\n"]
        let wrong = try await PlanStepTests.run(
            "In memory/heat.toml, set the evening temperature to 17", files: heat,
            ScriptedModel([
                .text(#"{"action": "replace"}"#), .text(#"{"line": "night = 16", "new_line": "night = 18"}"#),
                Self.call("replace_in_file", #"{"path": "memory/heat.toml", "find": "night = 16", "replace": "night = 17"}"#), Self.finish,
            ]))
        #expect(wrong.files["memory/heat.toml"] == "day = 20\nnight = 17\n" && wrong.outcome.record.summary == "done by the loop")
        #expect(Self.misfit(wrong)?.contains("would not have \"17\"") == true)
        // The value landing: the recipe's own result, done after two questions.
        let right = try await PlanStepTests.run(
            "In memory/heat.toml, set the evening temperature to 17", files: heat,
            ScriptedModel([.text(#"{"action": "replace"}"#), .text(#"{"line": "night = 16", "new_line": "night = 17"}"#)]))
        #expect(right.files["memory/heat.toml"] == "day = 20\nnight = 17\n" && right.requests.count == 2 && Self.misfit(right) == nil)
        let said = try await PlanStepTests.run(
            "In memory/heat.toml, set the night temperature to 17", files: heat, ScriptedModel([.text(#"{"action": "replace"}"#)]))
        #expect(said.files["memory/heat.toml"] == "day = 20\nnight = 17\n" && said.requests.count == 1 && Self.misfit(said) == nil)
    }

    /// A skill or script whose task names a file it will write when it runs: that path is not
    /// the skill's own, and the skill is written where skills go (before, the check took the
    /// named path for the one new file and refused the skill).
    @Test func aSkillMayNameAFileOtherThanItsOwn() async throws {
        let answer =
            #"{"name": "count-words", "description": "Counts the words in a note.", "steps": ["Read the note the person names", "Count the words in it", "Save the count to outputs/count.txt"]}"#
        let run = try await PlanStepTests.run(
            "Write a skill that counts the words in a note and saves the count to outputs/count.txt", kind: .code,
            files: ["skills/README.md": "Skills.\n"], ScriptedModel([.text(#"{"action": "skill"}"#), .text(answer)]))
        #expect(run.outcome.record.status == .done && run.requests.count == 2 && Self.misfit(run) == nil)
        #expect(run.files["skills/count-words/SKILL.md"]?.hasPrefix("---\nname: count-words\n") == true)
    }

    /// A file the task says to keep is never offered to a delete, and a recipe's delete of it
    /// would not be run, whatever planned it.
    @Test func aDeleteOfAFileTheTaskSaysToKeepIsRefused() async throws {
        let task = "Delete memory/drafts/complaint-airline-v1.md and memory/drafts/complaint-airline-v2.md; no wait, keep v2."
        let model = ScriptedModel([
            .text(#"{"action": "delete"}"#), .text(#"{"files": ["memory/drafts/complaint-airline-v1.md"]}"#),
        ])
        let run = try await PlanStepTests.run(task, files: PlanFileTests.drafts, model)
        // The one file left to delete is the one the sentence asks it of: no files question.
        #expect(run.requests.count == 1)
        #expect(run.files["memory/drafts/complaint-airline-v2.md"] == "Dear Madam,\n" && run.files["memory/drafts/complaint-airline-v1.md"] == nil)
        let files = Array(PlanFileTests.drafts.keys)
        #expect(AgentLoop.leftAlone(task, task: task, among: files, action: .delete) == ["memory/drafts/complaint-airline-v2.md"])
    }
}
