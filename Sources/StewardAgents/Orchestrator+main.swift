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

    /// An orchestrator wired from `main`'s `steward.toml` through `WorkspaceServices`: the
    /// router (recording to the store, asking `consent` for cloud models when the policy says
    /// ask; nil means no), memory embedding through that router, and the agents' settings.
    /// `steward run`, `revise`, `serve` and the scheduler all start here, so every task they run
    /// ends with the notification of this machine's `.steward/config.toml` (`Notifier`).
    /// - Throws: `StewardError.failure` naming the broken key (of `steward.toml` on main, or of
    ///   `.steward/config.toml`).
    public static func fromMain(_ ws: Workspace, store: Store, shared: (any SharedStore)? = nil, consent: CloudConsent?) async throws -> (
        Orchestrator, AgentsConfig
    ) {
        let services = try await WorkspaceServices.load(ws, store: store, shared: shared)
        let agents = try AgentsConfig.parse(services.configText, source: WorkspaceServices.configSource)
        let router = services.router(consent: consent)
        let memory = services.memoryIndex(router: router)
        var orchestrator = Orchestrator(workspace: ws, router: router, ledger: services.shared, config: agents, memory: memory)
        orchestrator.notifier = try Notifier.load(ws, mainConfig: services.configText)
        return (orchestrator, agents)
    }
}
