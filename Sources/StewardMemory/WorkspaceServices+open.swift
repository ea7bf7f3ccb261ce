import StewardCore
import StewardModels
import StewardSandbox
import StewardStore

extension WorkspaceServices {
    /// The store of a workspace whose state folder is `stateDir`: `.steward/steward.db`.
    /// - Throws: the store's error when the file cannot be opened or migrated.
    public static func openStore(stateDir: String) throws -> Store {
        try Store(path: stateDir + "/steward.db")
    }

    /// Opens the workspace at `path` with its store, the one way every command, `steward-mcp`
    /// and `steward serve` do; `syncAudit` brings the store up to git's audit trail first
    /// (commands that read only caches, like `review`, pass false).
    /// - Throws: `StewardError` when there is no workspace at `path` or the store does not open.
    public static func openWorkspace(at path: String, syncAudit: Bool = true) async throws -> (Workspace, Store) {
        let ws = try await Workspace.open(at: path) { stateDir in try openStore(stateDir: stateDir) }
        guard let store = await ws.auditIndex as? Store else { throw StewardError.failure("the store did not open") }
        if syncAudit { try await ws.syncIndex() }
        return (ws, store)
    }

    /// The models' configuration from `main`'s `steward.toml` (never the working tree's), for
    /// callers that need no store (`steward doctor`, the API's `GET models`).
    /// - Throws: `StewardError.failure` naming the broken key.
    public static func modelsConfig(_ ws: Workspace) async throws -> ModelsConfig {
        try ModelsConfig.parse(try await ws.configText(), source: configSource)
    }
}
