import Foundation
import StewardCore
import StewardMemory
import StewardModels
import StewardSandbox
import StewardStore

extension Orchestrator {
    /// `steward.toml` as committed on `main` ("" when there is none), checked as
    /// `Workspace.configText()` checks it.
    public static func configText(_ ws: Workspace) async throws -> String {
        try await ws.configText()
    }

    /// An orchestrator wired from `main`'s `steward.toml`: the router (recording to the store,
    /// asking `consent` for cloud models when the policy says ask; nil means no), the agents'
    /// settings, and memory. `steward run`, `revise`, `serve` and the scheduler all start here.
    /// - Throws: `StewardError.failure` naming the broken key.
    public static func fromMain(_ ws: Workspace, store: Store, consent: CloudConsent?) async throws -> (Orchestrator, AgentsConfig) {
        let text = try await configText(ws)
        let models = try ModelsConfig.parse(text, source: "steward.toml on main")
        let agents = try AgentsConfig.parse(text, source: "steward.toml on main")
        let router = ModelRouter(config: models, ledger: store, consent: consent)
        let memory = MemoryIndex(workspace: ws, store: store, router: models.route("embed").isEmpty ? nil : router)
        return (Orchestrator(workspace: ws, router: router, ledger: store, config: agents, memory: memory), agents)
    }
}
