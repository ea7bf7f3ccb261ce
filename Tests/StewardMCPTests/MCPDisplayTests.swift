import Foundation
import MCP
import StewardCore
import StewardMCP
import StewardSandbox
import Testing

extension MCPServerTests {
    /// What the tools say about names, descriptions and paths is escaped as everywhere else
    /// (`Escape.inline`); the files' own content (read_file) stays exact.
    @Test func namesAndDescriptionsInAnswersAreEscaped() async throws {
        try await withServer { client, ws, _ in
            let p = try await ws.propose(
                title: "skill", agent: "cli",
                operations: [
                    .write(
                        path: "skills/demo/SKILL.md",
                        content: Data("---\nname: demo\ndescription: \"A \\u202Edemo\\u200B skill.\"\n---\nDo \u{202E}the demo.\n".utf8),
                        executable: false)
                ], policy: try PathPolicy.outsideTools())
            _ = try await ws.approve(p.number, by: "alice")
            let skills = text(try await client.callTool(name: "list_skills").content)
            #expect(skills == #"demo: A \u{202E}demo\u{200B} skill."#, "\(skills)")
            let unknown = text(try await client.callTool(name: "rm\u{202E}_rf").content)
            #expect(!unknown.contains("\u{202E}") && unknown.contains(#"rm\u{202E}_rf"#), "\(unknown)")
            // Content is data, not display: read exactly.
            #expect(text(try await client.callTool(name: "read_skill", arguments: ["skill": "demo"]).content).contains("Do \u{202E}the demo."))
        }
    }
}
