import StewardCore
import StewardPostgres
import StewardSandbox

extension WorkspaceServices {
    /// Makes `ws` take its new numbers (a proposal's, a rollback's, an offline proposal's at
    /// sync) from the shared database of `[database]` first (spec 22.4, "Numbers"), for a
    /// command that does not otherwise open it (`steward rollback`, `sync`, `propose`, `skills
    /// run`); `openShared` sets the database it opened instead. Opened at the first number asked
    /// for, so a command that takes none never connects. One that does not open (it does not
    /// answer, or is another workspace's) is said once through `notes`, and the remote alone
    /// numbers, as on a machine without `[database]`: the remote decides in the end either way.
    /// Nothing without `[database]` (or when `.steward/config.toml` does not read: the command
    /// that needs it says so).
    public static func takeNumbersFromDatabase(_ ws: Workspace, notes: @escaping @Sendable (String) -> Void = { _ in }) async {
        guard let setting = (try? ws.machineConfig())?.database else { return }
        let numbers = DatabaseNumbers {
            do {
                return try await openDatabase(ws, setting, notes: notes)
            } catch {
                let why = (error as? PostgresStoreError)?.stewardError.message ?? "\(error)"
                notes("numbers taken on the remote alone, not from the shared database: \(why)")
                throw error
            }
        }
        await ws.takeNumbers { try await numbers.take(atLeast: $0) }
    }

    /// The shared database of `setting` (this machine's `[database]`), opened, migrated and
    /// checked to be `ws`'s; `notes` gets what the person should know.
    /// - Throws: `PostgresStoreError` when it cannot be reached, refuses this machine or is
    ///   another workspace's.
    static func openDatabase(_ ws: Workspace, _ setting: MachineConfig.Database, notes: (String) -> Void) async throws -> PostgresDatabase {
        let root = try await ws.rootCommit()
        let db = try await PostgresDatabase.open(
            setting.url, rootCommit: root, connectTimeoutSeconds: setting.connectTimeoutSeconds, queryTimeoutSeconds: setting.queryTimeoutSeconds)
        for note in db.notes { notes(note) }
        return db
    }
}

/// The shared database opened once, at the first number asked of it; one that did not open is
/// not tried again (each try would wait `connect_timeout_seconds`).
private actor DatabaseNumbers {
    let open: @Sendable () async throws -> PostgresDatabase
    var opening: Task<PostgresDatabase, any Error>?

    init(_ open: @escaping @Sendable () async throws -> PostgresDatabase) { self.open = open }

    func take(atLeast: Int) async throws -> Int {
        let opening = self.opening ?? Task { try await open() }
        self.opening = opening
        return try await opening.value.takeProposalNumber(atLeast: atLeast)
    }
}
