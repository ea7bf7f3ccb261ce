import Foundation
import StewardCore
import StewardJSON
import StewardSandbox
import StewardSkills
import StewardTools
import Testing

/// Skills, memory, web and control tools, in a real workspace.
@Suite struct OtherToolTests {
    static let skill = """
        ---
        name: greet
        description: Says hello to someone by name.
        ---
        # Greet

        Run scripts/hello.sh with a name.
        """

    @Test func skillsAnAgentIsOffered() async throws {
        try await withWorkspace { ws in
            try await onMain(
                ws,
                [
                    "skills/greet/SKILL.md": Self.skill, "skills/greet/references/guide.md": "Be kind.\n",
                    "skills/greet/scripts/hello.sh": "#!/bin/sh\necho \"hello $1\" > \"$OUTPUT_DIR/hello.txt\"\n",
                ])
            let manifest = try await SkillRegistry.load(from: ws).skill("greet")
            let c = TestContext(ws, skills: [manifest])
            let use = try await c.call(UseSkill.self, ["skill": "greet"])
            #expect(
                use.ok
                    && use.text
                        == "# Greet\n\nRun scripts/hello.sh with a name.\n\nFiles of this skill (read_skill_file): references/guide.md, scripts/hello.sh"
            )
            #expect(try await c.call(ReadSkillFile.self, ["skill": "greet", "path": "references/guide.md"]).text == "Be kind.\n")
            let unknown = try await c.call(UseSkill.self, ["skill": "wave"])
            #expect(!unknown.ok && unknown.text == "error: there is no skill \"wave\"; the skills are: greet. (coached: use_skill)")
            await #expect(throws: StewardError.self) { try await c.call(ReadSkillFile.self, ["skill": "greet", "path": "../../steward.toml"]) }
            #expect(
                try await c.call(RunSkillScript.self, ["skill": "wave", "script": "scripts/x.sh"]).text.hasPrefix("error: there is no skill \"wave\"")
            )
        }
    }

    @Test(.enabled(if: SkillSandbox.bubblewrap() != nil)) func aSkillScriptsOutputsGoToTheProposal() async throws {
        try await withWorkspace { ws in
            try await onMain(
                ws,
                ["skills/greet/SKILL.md": Self.skill, "skills/greet/scripts/hello.sh": "#!/bin/sh\necho \"hello $1\" > \"$OUTPUT_DIR/hello.txt\"\n"])
            let c = TestContext(ws, skills: [try await SkillRegistry.load(from: ws).skill("greet")])
            let run = try await c.call(RunSkillScript.self, ["skill": "greet", "script": "scripts/hello.sh", "args": .array(["Ada", .number(3)])])
            #expect(run.ok, "\(run.text)")
            // #1 was the person's fixture; the script's outputs open #2.
            #expect(run.changed == ["outputs/greet/hello.txt"] && run.proposal?.number == 2)
            #expect(try await text(ws, "outputs/greet/hello.txt", proposal: 2) == "hello Ada\n")
        }
    }

    @Test func theMCPSkillTools() async throws {
        try await withWorkspace { ws in
            let c = TestContext(ws, audience: .mcp)
            #expect(try await c.call(ListSkills.self).text == "No approved skills yet.")
            try await onMain(ws, ["skills/greet/SKILL.md": Self.skill])
            #expect(try await c.call(ListSkills.self).text == "greet: Says hello to someone by name.")
            #expect(try await c.call(ReadSkill.self, ["skill": "greet"]).text == Self.skill)
            await #expect(throws: StewardError.self) { try await c.call(ReadSkill.self, ["skill": "wave"]) }
        }
    }

    struct Pages: PageFetcher {
        let pages: [String: String]
        func fetch(_ address: String) async throws -> String {
            guard let page = pages[address] else { throw StewardError.refused("host not allowed") }
            return page
        }
    }

    @Test func fetchURLThroughTheContextsFetcher() async throws {
        try await withWorkspace { ws in
            let none = TestContext(ws)
            let unavailable = try await none.call(FetchURL.self, ["url": "https://example.org/"])
            #expect(unavailable.text == "error: fetch_url is not available")
            let c = TestContext(
                ws, fetcher: Pages(pages: ["https://example.org/": "", "https://example.org/long": String(repeating: "x", count: 7_000)]))
            #expect(try await c.call(FetchURL.self, ["url": "https://example.org/"]).text == "(the page has no text)")
            #expect(try await c.call(FetchURL.self, ["url": "https://example.org/long"]).text == String(repeating: "x", count: 6_000) + "\n… (cut)")
            await #expect(throws: StewardError.self) { try await c.call(FetchURL.self, ["url": "https://other.org/"]) }
        }
    }

    @Test func searchMemoryWithoutAnIndex() async throws {
        try await withWorkspace { ws in
            let c = TestContext(ws)
            let unavailable = try await c.call(SearchMemory.self, ["query": "git"])
            #expect(unavailable.text == "error: search_memory is not available")
            #expect(try SearchMemory.decode(["query": "git", "limit": .number(5)]).limit == 5)
        }
    }

    @Test func finishAndProposalStatus() async throws {
        try await withWorkspace { ws in
            let c = TestContext(ws, audience: .mcp)
            #expect(try await c.call(Finish.self, ["summary": "done"]) == ToolOutcome(ok: true, text: "finished", finished: true))
            #expect(try await c.call(ProposalStatus.self).text == "Nothing of yours is pending: your next change opens a new proposal.")
            _ = try await c.call(WriteFile.self, ["path": "memory/a.md", "content": "a\n"])
            #expect(
                try await c.call(ProposalStatus.self).text.hasPrefix(
                    "Proposal #1 \"test\" is pending the person's review: 1 file(s), +1 -0: memory/a.md."))
        }
    }
}
