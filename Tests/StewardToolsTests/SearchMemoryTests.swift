import Foundation
import StewardCore
import StewardJSON
import StewardMemory
import StewardSandbox
import StewardStore
import StewardTools
import Testing

/// `search_memory` against a real index (words only, no model), as an agent and as an MCP
/// client read it.
@Suite struct SearchMemoryTests {
    @Test func agentsAndMCPClientsEachGetTheirText() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("steward-tools-memory-\(UUID().uuidString)").path
        // Removed once the workspace, its store and the index are gone (they end with `search`).
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try await search(in: dir)
    }

    func search(in dir: String) async throws {
        let (created, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
        _ = created
        let ws = try await Workspace.open(at: dir + "/ws") { try Store(path: $0 + "/steward.db") }
        let store = try #require(await ws.auditIndex as? Store)
        try await onMain(ws, ["memory/trips.md": "# Trips\n\n## Japan\n\nThe rail pass cost 300 dollars.\n"])
        let index = MemoryIndex(workspace: ws, store: store)

        let agent = TestContext(ws, memory: index)
        let found = try await agent.call(SearchMemory.self, ["query": "rail pass"])
        #expect(found.ok && found.text.hasPrefix("memory/trips.md (Trips > Japan): "), "\(found.text)")
        #expect(found.text.hasSuffix("\n(read_file a path for the whole note)"))
        let none = try await agent.call(SearchMemory.self, ["query": "volcano"])
        #expect(none.text == "nothing in memory matches \"volcano\"")
        // The agents' schema has no limit; MCP's does.
        #expect(
            try await agent.call(SearchMemory.self, ["query": "rail", "limit": .number(1)]).text.hasPrefix(
                "error: search_memory: unknown argument \"limit\""))

        let client = TestContext(ws, audience: .mcp, memory: index)
        let hit = try await client.call(SearchMemory.self, ["query": "rail pass"])
        #expect(hit.text.hasPrefix("memory/trips.md (Trips > Japan) ["), "\(hit.text)")
        #expect(hit.text.contains(", words]: "))
        #expect(try await client.call(SearchMemory.self, ["query": "rail", "limit": .number(1)]).ok)
        #expect(try await client.call(SearchMemory.self, ["query": "volcano"]).text == "Nothing in memory matches \"volcano\".")
    }
}
