import PostgresNIO
import StewardCore

extension PostgresDatabase {
    /// The schema version this Steward knows (the last migration's).
    public static var schemaVersion: Int { PostgresMigrations.all.last?.version ?? 0 }

    /// Applies the migrations the database lacks, in one transaction holding
    /// `pg_advisory_xact_lock(7317, 1)`: two machines starting at once apply each migration once,
    /// the second waiting and then finding nothing to do (spec 23.3). Running it again is a no-op.
    /// - Returns: the versions applied now (empty when the schema was current).
    /// - Throws: `PostgresStoreError` `.newerSchema` for a database a newer Steward migrated;
    ///   `.query` when a statement fails (nothing of the migration stays).
    @discardableResult
    public func migrate() async throws -> [Int] {
        do {
            return try await transaction { c in
                try await c.query("SELECT pg_advisory_xact_lock(\(unescaped: String(PostgresMigrations.lockClass)), 1)", logger: Self.logger)
                try await c.query(
                    """
                    CREATE TABLE IF NOT EXISTS schema_version (
                      version integer PRIMARY KEY, name text NOT NULL, applied timestamptz NOT NULL DEFAULT clock_timestamp())
                    """, logger: Self.logger)
                var current = 0
                for try await v in try await c.query("SELECT coalesce(max(version), 0) FROM schema_version", logger: Self.logger).decode(Int.self) {
                    current = v
                }
                guard current <= Self.schemaVersion else {
                    throw PostgresStoreError(
                        .newerSchema,
                        "the database at \(self.url) was migrated by a newer Steward (schema version \(current); this one knows \(Self.schemaVersion)); update Steward on this machine"
                    )
                }
                var applied: [Int] = []
                for m in PostgresMigrations.all where m.version > current {
                    for statement in m.statements { try await c.query(PostgresQuery(unsafeSQL: statement), logger: Self.logger) }
                    try await c.query("INSERT INTO schema_version (version, name) VALUES (\(m.version), \(m.name))", logger: Self.logger)
                    applied.append(m.version)
                }
                return applied
            }
        } catch {
            throw queryError(error, doing: "migrating the schema")
        }
    }

    /// Records `rootCommit` as the database's workspace on first use; afterwards refuses any
    /// other (spec 23.1), before anything else is read or written.
    /// - Throws: `PostgresStoreError` `.otherWorkspace` naming both root commits and the fix.
    public func checkWorkspace(rootCommit: String) async throws {
        var recorded: String?
        do {
            try await client.query("INSERT INTO workspace (root_commit) VALUES (\(rootCommit)) ON CONFLICT (only_row) DO NOTHING")
            for try await r in try await client.query("SELECT root_commit FROM workspace").decode(String.self) { recorded = r }
        } catch {
            throw queryError(error, doing: "checking which workspace the database belongs to")
        }
        guard let recorded, recorded != rootCommit else { return }
        throw PostgresStoreError(
            .otherWorkspace,
            "the database at \(url) belongs to another workspace (root commit \(recorded.prefix(10))…); this workspace's root commit is \(rootCommit.prefix(10))…; point [database] url in .steward/config.toml at this workspace's database (or a new, empty one)"
        )
    }
}
