import Foundation
import StewardCore
import StewardMemory
import StewardModels
import StewardSandbox
import StewardStore
import Testing

/// The one place the router and the memory index are wired from `steward.toml` on `main`
/// (`steward run`, `revise`, `ask`, `memory`, `serve` and `steward-mcp` all use it).
@Suite("Workspace services are wired in one place")
struct WorkspaceServicesTests {
    /// A workspace whose `steward.toml` on main is the seed's (with `old` replaced by `new`), with its store.
    func withServices(replacing old: String? = nil, with new: String = "", _ body: (Workspace, Store) async throws -> Void) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("steward-services-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let seed = Seed.files.map { f in
            f.path == "steward.toml"
                ? SeedFile(path: f.path, content: old.map { f.content.replacingOccurrences(of: $0, with: new) } ?? f.content, executable: false) : f
        }
        _ = try await Workspace.create(at: dir + "/ws", seed: seed, by: "tester")
        let ws = try await Workspace.open(at: dir + "/ws") { try Store(path: $0 + "/steward.db") }
        let store = try #require(await ws.auditIndex as? Store)
        try await body(ws, store)
    }

    @Test func withAnEmbedRouteMemoryEmbedsThroughTheSharedRouter() async throws {
        try await withServices { ws, store in
            let services = try await WorkspaceServices.load(ws, store: store)
            #expect(services.embeds, "the seed routes embeddings")
            #expect(services.models.route("embed") == ["ollama", "llamacpp"])
            #expect(services.configText.contains("[routes]"))
            let router = services.router()
            #expect(services.memoryIndex(router: router).router === router, "the orchestrator's router is the one memory embeds with")
            #expect(services.memoryIndex().router != nil, "without one given, memory makes its own")
        }
    }

    @Test func withoutAnEmbedRouteNoRouterIsMade() async throws {
        try await withServices(replacing: "embed = [\"ollama\", \"llamacpp\"]\n", with: "embed = []\n") { ws, store in
            let services = try await WorkspaceServices.load(ws, store: store)
            #expect(!services.embeds)
            #expect(services.memoryIndex().router == nil, "steward-mcp and steward memory build no router when nothing embeds")
            #expect(services.memoryIndex(router: services.router()).router == nil, "memory searches by words only")
        }
    }

    @Test func aBrokenConfigIsTheSameErrorAsBefore() async throws {
        try await withServices(replacing: "embed = [\"ollama\", \"llamacpp\"]", with: "embed = [\"nope\"]") { ws, store in
            do {
                _ = try await WorkspaceServices.load(ws, store: store)
                Issue.record("a route naming no model must not load")
            } catch let e as StewardError {
                #expect(
                    e.message == "steward.toml on main: routes.embed names 'nope', which no [models.nope] defines; add it or fix the name",
                    "\(e.message)")
            }
        }
    }
}
