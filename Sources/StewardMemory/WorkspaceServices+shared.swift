import StewardCore
import StewardPostgres
import StewardSandbox
import StewardStore

extension WorkspaceServices {
    /// The data this machine shares with the workspace's other machines (spec 23.2): the
    /// PostgreSQL database of `[database]` in `.steward/config.toml`, opened, migrated and
    /// checked to be this workspace's (its root commit); `store` when there is no `[database]`
    /// (one machine, as before). Every command, `serve` and `steward worker` open it here.
    /// `notes` gets what the person should know (a `~/.pgpass` that was not used).
    /// - Throws: `StewardError` (exit 3) naming the URL, never a password, and what to do when
    ///   the database cannot be reached, refuses this machine or is another workspace's.
    public static func openShared(_ ws: Workspace, store: Store, notes: (String) -> Void = { _ in }) async throws -> any SharedStore {
        guard let setting = try ws.machineConfig().database else { return store }
        do {
            let db = try await openDatabase(ws, setting, notes: notes)
            // Its new numbers come from the database first (spec 22.4, "Numbers").
            await ws.takeNumbers { try await db.takeProposalNumber(atLeast: $0) }
            return db
        } catch let e as PostgresStoreError {
            throw e.stewardError
        }
    }
}
