import Foundation
import StewardCore
import StewardModels
import StewardSandbox
import StewardStore

/// The services of an opened workspace, wired in one place from `steward.toml` on `main`: the
/// models' configuration, a router recording to the store, and the memory index. `steward run`,
/// `revise`, `ask`, `memory`, `serve` (through `Orchestrator.fromMain`) and `steward-mcp` all
/// start here. It lives in StewardMemory, the lowest target that has the store, the router and
/// memory, so `steward-mcp` uses it without linking the agent loop.
public struct WorkspaceServices: Sendable {
    public let workspace: Workspace
    public let store: Store
    /// The data every machine of the workspace shares (tasks and steps, model calls, schedules):
    /// `store` on one machine, or the database several machines share (spec 23).
    public let shared: any SharedStore
    /// `steward.toml` as committed on `main` ("" when there is none).
    public let configText: String
    public let models: ModelsConfig

    /// Where the errors of a broken `steward.toml` say it was read from.
    public static let configSource = "steward.toml on main"

    /// Reads and checks `main`'s `steward.toml` for `ws`, whose store is `store` (and whose
    /// shared data is in `shared`, `store` when nil).
    /// - Throws: `StewardError.failure` naming the broken key, as `Workspace.configText()` and
    ///   `ModelsConfig.parse` do.
    public static func load(_ ws: Workspace, store: Store, shared: (any SharedStore)? = nil) async throws -> WorkspaceServices {
        let text = try await ws.configText()
        let models = try ModelsConfig.parse(text, source: configSource)
        return WorkspaceServices(workspace: ws, store: store, shared: shared ?? store, configText: text, models: models)
    }

    /// A router over the configured models, recording each call to `shared` with this machine's
    /// id (none before its first sync); it asks `consent` for a cloud model when the policy says
    /// ask (nil means no).
    public func router(consent: CloudConsent? = nil) -> ModelRouter {
        ModelRouter(config: models, ledger: shared, consent: consent, machine: (try? workspace.machineID()) ?? nil)
    }

    /// True when `steward.toml` routes embeddings (`[routes] embed`).
    public var embeds: Bool { !models.route("embed").isEmpty }

    /// The memory index. It embeds through `router` (or a router of its own, made here) only
    /// when there is an `embed` route; otherwise no router is made and it searches by words.
    public func memoryIndex(router: ModelRouter? = nil) -> MemoryIndex {
        MemoryIndex(workspace: workspace, store: store, router: embeds ? (router ?? self.router()) : nil)
    }
}
