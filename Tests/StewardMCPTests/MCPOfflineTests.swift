import Foundation
import MCP
import StewardCore
import StewardMCP
import StewardSandbox
import Testing

/// A remote that never answers (spec 22.4): every push and fetch is `unreachable`.
struct SilentRemote: RefPublisher {
    static let failure = RemoteFailure.unreachable("could not reach origin (ssh://example.invalid/ws.git): it did not answer within 10 s")
    func push(_ refs: [RefPush], to remote: RemoteEndpoint, from workspace: isolated Workspace) throws { throw Self.failure }
    func fetch(from remote: RemoteEndpoint, only: [String]?, into workspace: isolated Workspace) throws { throw Self.failure }
    func catchUp(_ workspace: isolated Workspace, remote: RemoteEndpoint) throws {}
}

extension MCPServerTests {
    /// With the remote silent, a change makes an offline proposal (spec 22.4): the client is
    /// told its name, and the next change is added to it, as an agent run adds to its oJ.
    @Test func changesWhileTheRemoteDoesNotAnswerMakeOfflineProposals() async throws {
        try await withServer { client, ws, _ in
            _ = try ws.makeMachineID()
            await ws.publish(to: RemoteEndpoint(name: "origin", url: "ssh://example.invalid/ws.git"), through: SilentRemote())
            let first = try await client.callTool(name: "write_file", arguments: ["path": "memory/a.md", "content": "alpha\n"])
            #expect(first.isError != true && text(first.content).contains("in offline proposal o1"), "\(text(first.content))")
            let second = try await client.callTool(name: "write_file", arguments: ["path": "memory/b.md", "content": "beta\n"])
            #expect(second.isError != true && text(second.content).contains("in offline proposal o1"), "\(text(second.content))")
            #expect(try await ws.offlineProposals().map(\.offline) == ["o1"])
            #expect(try await ws.diff(offline: 1).files.map(\.path) == ["memory/a.md", "memory/b.md"])
        }
    }
}
