import Foundation
import StewardCore
import Testing

/// The MCP server tells its client Steward's one version.
@Suite("steward-mcp version")
struct MCPVersionTests {
    @Test func initializeAnswersWithStewardsVersion() async throws {
        let server = try await MCPProcess()
        try server.send(
            #"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"pipes","version":"1"}}}"#
        )
        let info = (try server.reply()["result"] as? [String: Any])?["serverInfo"] as? [String: Any]
        #expect(info?["name"] as? String == "steward")
        #expect(info?["version"] as? String == StewardVersion.current)
    }
}
