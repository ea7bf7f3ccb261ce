import Foundation
import StewardCore
import StewardJSON
import StewardModels
import StewardSkills
import StewardTools
import Testing

@testable import StewardAgents

/// A skill a small model writes: its front matter made by code around the model's
/// instructions (`Coaching+skill`). The contents are the 0.5B model's own writes, read from
/// the development part's steps (issue 19).
@Suite("Coaching: a skill's front matter made by code")
struct SkillCoachingTests {
    static func coaching(_ task: String) -> Coaching {
        Coaching(task: task, kind: .code, tools: ToolRegistry.agent(.code).map { $0.definition })
    }

    static let imperative = "Write a skill in skills/tidy/SKILL.md named tidy-notes, with a description, that explains how to sort old notes"

    /// What the task says the skill is for, however it says it; nothing when it says nothing.
    @Test func thePurposeIsWhatTheTaskSaysTheSkillIsFor() {
        #expect(Coaching.skillPurpose(in: Self.imperative) == "How to sort old notes")
        #expect(Coaching.skillPurpose(in: "Could you make skills/x/SKILL.md, whose body says how to clean a desk?") == "How to clean a desk")
        #expect(Coaching.skillPurpose(in: "Write a skill named greet that greets people warmly.") == "Greets people warmly")
        #expect(Coaching.skillPurpose(in: "Make me a skill for planning a week of meals, please") == "For planning a week of meals")
        #expect(Coaching.skillPurpose(in: "Write skills/x/SKILL.md") == nil)
        #expect(Coaching.skillPurpose(in: "Write a skill that x") == nil)
    }

    /// Measured: the body under a first heading, and Steward's description was the heading
    /// ("Notes"); now it is what the task says, and the text a valid skill.
    @Test func aBodyWithoutFrontMatterGetsOneSayingWhatTheSkillIsFor() throws {
        let c = Self.coaching(Self.imperative)
        let body = "# Notes\n\n## Instructions\n\n1. **Open the folder**: go to your notes.\n2. Move notes older than a year to an archive.\n"
        guard
            case .mended(let text, let name, let description) = c.mendedSkill(path: "skills/tidy/SKILL.md", content: "```markdown\n" + body + "```\n")
        else {
            Issue.record("not mended")
            return
        }
        #expect(name == "tidy-notes" && description == "How to sort old notes")
        #expect(text == "---\nname: tidy-notes\ndescription: How to sort old notes\n---\n" + body)
        let (manifest, problems) = SkillManifest.parse(Data(text.utf8), folder: nil)
        #expect(manifest?.description == "How to sort old notes" && problems.allSatisfy { $0.severity != .error })
        // Mended once, it is a skill: left as it is.
        #expect(c.mendedSkill(path: "skills/tidy/SKILL.md", content: text) == .none)
        // Not a skill's path: never touched.
        #expect(c.mendedSkill(path: "skills/tidy/notes.md", content: body) == .none)
    }

    /// Measured: a front matter left open (`description:` with its text on the next line), a
    /// one-word description, the name not the task's: mended, the model's own instructions kept.
    @Test func aBrokenOrEmptyFrontMatterIsMadeAgain() {
        let c = Self.coaching(Self.imperative)
        let open = "---\nname: tidy-notes\ndescription:\nTo tidy notes, follow these steps\n\n1. List the files.\n"
        #expect(
            c.mendedSkill(path: "skills/tidy/SKILL.md", content: open)
                == .mended(
                    "---\nname: tidy-notes\ndescription: How to sort old notes\n---\nTo tidy notes, follow these steps\n\n1. List the files.\n",
                    name: "tidy-notes", description: "How to sort old notes"))
        let short = "---\nname: tidy\ndescription: Notes\n---\n1. Sort the notes by date.\n"
        guard case .mended(let text, _, _) = c.mendedSkill(path: "skills/tidy/SKILL.md", content: short) else {
            Issue.record("not mended")
            return
        }
        #expect(text == "---\nname: tidy-notes\ndescription: How to sort old notes\n---\n1. Sort the notes by date.\n")
        // A description that says something is the model's, kept; with no purpose in the task,
        // the first sentence of three words that is not a heading.
        let own = "---\nname: tidy-notes\ndescription: Keeps the notes folder small\n---\nSort by date.\n"
        #expect(c.mendedSkill(path: "skills/tidy/SKILL.md", content: own) == .none)
        let plain = Self.coaching("Write skills/tidy/SKILL.md")
        #expect(plain.skillDescription(body: "# Tidy\nSort the notes by date. Then archive.\n", folder: "tidy") == "Sort the notes by date.")
    }

    /// Measured: replies that looped on `---` lines or on fences after an empty front matter.
    /// Nothing to keep: refused, saying what goes there, never offered back as an example.
    @Test func aSkillWithoutInstructionsIsRefusedInWords() throws {
        let c = Self.coaching("Could you create a skill skills/tidy/SKILL.md, name tidy-notes, whose body says how to sort old notes?")
        for looped in [
            "---\ntidy-notes\n---\n\n---\n---\n---\n", "---\nname: tidy-notes\ndescription: tidy\n---\n\n\n\n", "```markdown\n```markdown\n",
        ] {
            #expect(c.mendedSkill(path: "skills/tidy/SKILL.md", content: looped) == .noInstructions)
            let refused = try #require(c.refusal("write_file", ["path": "skills/tidy/SKILL.md", "content": .string(looped)], changed: []))
            #expect(
                refused
                    == #"skills/tidy/SKILL.md has no instructions. Call write_file with "path": "skills/tidy/SKILL.md" and, as "content", the skill's instructions (how to sort old notes), step by step, written out in full; Steward adds its front matter (name: tidy-notes and a description)"#
            )
            #expect(!c.mended(Coaching.writeCall(path: "skills/tidy/SKILL.md", content: looped)).contains("---"))
        }
        // The example of a stopped reply with instructions: them only (no `---` to loop on).
        let offered = c.mended(Coaching.writeCall(path: "skills/tidy/SKILL.md", content: "---\nname: tidy-notes\n---\n1. Sort by date.\n---\n"))
        #expect(offered == #"{"name": "write_file", "arguments": {"content":"1. Sort by date.\n","path":"skills/tidy/SKILL.md"}}"#)
    }

    /// Measured: a skill's steps looping as they count on ("4. Remove any empty folders.", "5.
    /// Remove any empty files or folders.", …); stopped, the steps up to the first repeated
    /// one are written (they were said in words before, then offered back: the next reply
    /// looped again).
    @Test func aLoopThatCountsOnIsWrittenUpToItsFirstRepeatedLine() async throws {
        var looping =
            #"{"name": "write_file", "arguments": {"path": "skills/tidy/SKILL.md", "content": "To tidy notes:\n\n1. Open the notes folder.\n\n"#
        for n in 2...14 {
            looping +=
                n == 2
                ? #"2. Remove unneeded files.\n\n"#
                : n % 2 == 1 ? #"\#(n). Remove any empty files or folders.\n\n"# : #"\#(n). Remove any empty folders.\n\n"#
        }
        #expect(RepeatingText.endsRepeating(looping) && RepeatingText.beforeRepeating(looping) == nil)
        let content = try #require(Coaching.partialContent(looping))
        #expect(
            Coaching.beforeRepeatedLine(content)
                == "To tidy notes:\n\n1. Open the notes folder.\n\n2. Remove unneeded files.\n\n3. Remove any empty files or folders.\n\n4. Remove any empty folders.\n"
        )
        #expect(Coaching.beforeRepeatedLine("print(1)\nprint(1)\n") == nil)
        let model = ScriptedModel([.text(looping), .call("finish", #"{"summary":"gave up"}"#)])
        try await AgentLoopBoundsTests().run(Self.imperative, [(LoopBench.spec("a"), model)]) { _, steps in
            let write = try #require(steps.first { $0.kind == .tool && $0.name == "write_file" })
            #expect(
                write.input
                    == #"{"content":"To tidy notes:\n\n1. Open the notes folder.\n\n2. Remove unneeded files.\n\n3. Remove any empty files or folders.\n\n4. Remove any empty folders.\n","path":"skills/tidy/SKILL.md"}"#
            )
        }
    }

    /// Through the loop: the model's instructions are written as a valid skill, and the result
    /// says what Steward added.
    @Test func theLoopWritesTheMendedSkill() async throws {
        try await LoopBench.with { bench in
            let toolbox = Toolbox(workspace: bench.ws, kind: .code, title: "test", taskID: "t1", task: Self.imperative)
            let loop = AgentLoop(router: bench.router, toolbox: toolbox, ledger: bench.store)
            var state = try await bench.state(Self.imperative)
            let call = ToolCall(id: "c1", name: "write_file", arguments: #"{"path":"skills/tidy/SKILL.md","content":"1. Sort the notes by date.\n"}"#)
            let outcome = await loop.outcome(of: call, &state)
            #expect(outcome.ok)
            #expect(
                outcome.text.hasPrefix(
                    "wrote skills/tidy/SKILL.md (87 bytes)\n(its front matter was written by Steward: name: tidy-notes, description: How to sort old notes)\n"
                ))
            let written = try await bench.ws.readFile("skills/tidy/SKILL.md", proposal: 1)
            #expect(
                String(decoding: written, as: UTF8.self)
                    == "---\nname: tidy-notes\ndescription: How to sort old notes\n---\n1. Sort the notes by date.\n")
        }
    }
}
