import Foundation
import MCP
import StewardCore
import StewardMCP
import StewardSandbox
import Testing

/// The MCP server through the SDK's in-memory transport: a real `Client` talks to the real
/// server, and the workspace is checked afterwards.
@Suite struct MCPServerTests {
    func withServer(folders: [String]? = nil, _ body: (Client, Workspace, MCPSession) async throws -> Void) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("steward-mcp-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
        let session = MCPSession(workspace: ws, policy: try PathPolicy.outsideTools(folders: folders))
        let server = await StewardMCPServer.make(session)
        let (clientSide, serverSide) = await InMemoryTransport.createConnectedPair()
        try await server.start(transport: serverSide) { client, _ in await session.setClient(name: client.name) }
        let client = Client(name: "Test Client", version: "1.0")
        let initialized = try await client.connect(transport: clientSide)
        #expect(initialized.instructions?.contains("you cannot approve") == true)
        try await body(client, ws, session)
        await client.disconnect()
        await server.stop()
    }

    func text(_ content: [Tool.Content]) -> String {
        content.compactMap { if case .text(let t, _, _) = $0 { t } else { nil } }.joined()
    }

    @Test func toolsAndNoWayToApprove() async throws {
        try await withServer { client, _, _ in
            let names = try await client.listTools().tools.map(\.name)
            #expect(
                names == [
                    "list_files", "read_file", "search_files", "write_file", "edit_file", "append_to_file", "replace_in_file", "move_file",
                    "delete_file", "proposal_status", "list_skills", "read_skill",
                ])
            #expect(!names.contains { $0.contains("approve") || $0.contains("reject") || $0.contains("rollback") })
        }
    }

    @Test func changesLandInOneProposalThenANewOneAfterApproval() async throws {
        try await withServer { client, ws, session in
            let w = try await client.callTool(name: "write_file", arguments: ["path": "memory/a.md", "content": "alpha\n"])
            #expect(w.isError != true)
            #expect(text(w.content).contains("proposal #1"))
            let info = try await ws.proposal(1)
            #expect(info.title == "Test Client: write memory/a.md" && info.agent == "mcp:test-client" && info.status == .pending)
            // Reads see the session's own change; main does not have it.
            #expect(text(try await client.callTool(name: "read_file", arguments: ["path": "memory/a.md"]).content) == "alpha\n")
            await #expect(throws: StewardError.self) { try await ws.readFile("memory/a.md") }
            let e = try await client.callTool(name: "edit_file", arguments: ["path": "memory/a.md", "search": "alpha", "replace": "beta"])
            #expect(e.isError != true && text(e.content).contains("proposal #1"))
            #expect(try await ws.diff(1).files.map(\.path) == ["memory/a.md"])
            #expect(text(try await client.callTool(name: "proposal_status").content).contains("Proposal #1"))

            _ = try await ws.approve(1, by: "alice")
            #expect(String(decoding: try await ws.readFile("memory/a.md"), as: UTF8.self) == "beta\n")
            #expect(text(try await client.callTool(name: "proposal_status").content).contains("Nothing of yours is pending"))
            let next = try await client.callTool(name: "move_file", arguments: ["from": "memory/a.md", "to": "outputs/a.md"])
            #expect(text(next.content).contains("proposal #2"), "\(text(next.content))")
            #expect(await session.proposal == 2)
        }
    }

    @Test func concurrentFirstChangesOpenOneProposal() async throws {
        try await withServer { client, ws, _ in
            let results = try await withThrowingTaskGroup(of: String.self) { group in
                for i in 0..<8 {
                    group.addTask {
                        self.text(
                            try await client.callTool(name: "write_file", arguments: ["path": .string("temp/f\(i).md"), "content": "x"]).content)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(results.allSatisfy { $0.contains("proposal #1") }, "\(results)")
            #expect(try await ws.pending().map(\.number) == [1])
            #expect(try await ws.diff(1).files.count == 8)
        }
    }

    @Test func hostilePathsAreToolErrorsWithTheCLIsMessages() async throws {
        try await withServer(folders: ["outputs"]) { client, ws, _ in
            let cases: [(String, [String: Value], String)] = [
                ("write_file", ["path": "../escape.md", "content": "x"], "'..' is not allowed"),
                ("write_file", ["path": "hooks/pre-merge", "content": "x"], "'hooks' is written only by the person"),
                ("write_file", ["path": ".git/config", "content": "x"], "git's own"),
                ("write_file", ["path": "memory/a.md", "content": "x"], "outside tools may write only in outputs/"),
                ("write_file", ["path": "/etc/passwd", "content": "x"], "absolute paths are not allowed"),
                ("read_file", ["path": "../../etc/passwd"], "'..' is not allowed"),
                ("delete_file", ["path": "steward.toml"], "written only by the person"),
                ("write_file", ["path": "outputs/x.md"], "needs \"content\""),
                ("approve", ["number": 1], "there is no tool \"approve\""),
            ]
            for (tool, args, message) in cases {
                let r = try await client.callTool(name: tool, arguments: args)
                #expect(r.isError == true, "\(tool) \(args)")
                #expect(text(r.content).contains(message), "\(tool) \(args): \(text(r.content))")
            }
            #expect(try await ws.pending().isEmpty, "a refused change leaves no proposal")
        }
    }

    @Test func argumentsOfTheWrongTypeAreRefusedNamingTheArgumentAndTheType() async throws {
        try await withServer { client, ws, _ in
            let cases: [(String, [String: Value], String)] = [
                ("write_file", ["path": "memory/a.md", "content": .null], #"write_file: "content" must be a string, not null"#),
                ("write_file", ["path": ["memory/a.md"], "content": "x"], #"write_file: "path" must be a string, not an array"#),
                ("write_file", ["path": "memory/a.md", "content": 42], #""content" must be a string, not a number"#),
                ("write_file", ["path": "memory/a.md", "content": ["text": "x"]], #""content" must be a string, not an object"#),
                ("write_file", ["path": "memory/a.md", "content": true], #""content" must be a string, not true"#),
                ("write_file", ["path": .null, "content": "x"], #""path" must be a string, not null"#),
                ("edit_file", ["path": "memory/README.md", "search": .null, "replace": "x"], #"edit_file: "search" must be a string, not null"#),
                ("edit_file", ["path": "memory/README.md", "search": "Memory", "replace": 1.5], #""replace" must be a string, not a number"#),
                ("move_file", ["from": ["a"], "to": "memory/b.md"], #"move_file: "from" must be a string, not an array"#),
                ("delete_file", ["path": 7], #"delete_file: "path" must be a string, not a number"#),
                ("read_file", ["path": ["memory/README.md"]], #"read_file: "path" must be a string, not an array"#),
                ("search_files", ["query": ["x"]], #"search_files: "query" must be a string, not an array"#),
                ("list_files", ["folder": 3], #"list_files: "folder" must be a string, not a number"#),
                ("read_skill", ["skill": .null], #"read_skill: "skill" must be a string, not null"#),
                (
                    "write_file", ["path": "memory/a.md", "contents": "x", "content": "y"],
                    #"write_file has no argument "contents"; its arguments are path, content"#
                ),
                ("proposal_status", ["verbose": true], "proposal_status has no argument \"verbose\"; it takes no arguments"),
            ]
            for (tool, args, message) in cases {
                let r = try await client.callTool(name: tool, arguments: args)
                #expect(r.isError == true, "\(tool) \(args)")
                #expect(text(r.content).contains(message), "\(tool) \(args): \(text(r.content))")
            }
            #expect(try await ws.pending().isEmpty, "no refused call wrote anything")
            // An optional argument given as null is as if absent.
            let listed = try await client.callTool(name: "list_files", arguments: ["folder": .null])
            #expect(listed.isError != true && text(listed.content).contains("memory/README.md"))
            // A string the SDK reads as a data: URL is still written as the string it was.
            let dataURL = "data:text/plain;base64,SGVsbG8="
            let w = try await client.callTool(name: "write_file", arguments: ["path": "memory/url.md", "content": .string(dataURL)])
            #expect(w.isError != true, "\(text(w.content))")
            #expect(String(decoding: try await ws.readFile("memory/url.md", proposal: 1), as: UTF8.self) == dataURL)
        }
    }

    @Test func refusedAndMissingResourcesSayWhy() async throws {
        try await withServer { client, _, _ in
            let cases: [(String, Int, String)] = [
                ("steward://main/.git/config", -32602, "'.git' is git's own"),
                ("steward://main/../../etc/passwd", -32602, "'..' is not allowed"),
                ("steward://main/memory/nope.md", -32002, "there is no file memory/nope.md on main"),
                ("skill://nope", -32002, "there is no skill 'nope'"),
            ]
            for (uri, code, message) in cases {
                do {
                    _ = try await client.readResource(uri: uri)
                    Issue.record("\(uri) was read")
                } catch let e as MCPError {
                    #expect(e.code == code, "\(uri): \(e)")
                    let said = e.localizedDescription
                    #expect(said.contains(message) && !said.contains("StewardError"), "\(uri): \(said)")
                }
            }
        }
    }

    @Test func skillsAndFilesAsResources() async throws {
        try await withServer { client, ws, _ in
            let p = try await ws.propose(
                title: "skill", agent: "cli",
                operations: [
                    .write(
                        path: "skills/demo/SKILL.md", content: Data("---\nname: demo\ndescription: A demo skill.\n---\nDo the demo.\n".utf8),
                        executable: false)
                ], policy: try PathPolicy.outsideTools())
            _ = try await ws.approve(p.number, by: "alice")
            #expect(text(try await client.callTool(name: "list_skills").content) == "demo: A demo skill.")
            #expect(text(try await client.callTool(name: "read_skill", arguments: ["skill": "demo"]).content).contains("Do the demo."))
            let uris = try await client.listResources().resources.map(\.uri)
            #expect(uris.contains("skill://demo") && uris.contains("steward://main/skills/demo/SKILL.md"))
            let contents = try await client.readResource(uri: "skill://demo")
            #expect(contents.first?.text?.contains("name: demo") == true)
            await #expect(throws: (any Error).self) { _ = try await client.readResource(uri: "steward://main/../../etc/passwd") }
        }
    }
}
