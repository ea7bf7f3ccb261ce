import Foundation
import StewardCore
import StewardPostgres
import StewardTestSupport

/// A fresh database of the test process's PostgreSQL cluster, and the environment that gives
/// its password (`PGPASSWORD`), as a person's would.
struct TestDatabase {
    let server: PostgresServer
    let database: PostgresServer.Database
    let url: DatabaseURL

    init() throws {
        server = try PostgresServer.shared()
        database = try server.makeDatabase()
        url = try DatabaseURL.parse(database.url, place: "the test's URL")
    }

    var environment: [String: String] { ["PGPASSWORD": server.password] }

    /// Opens it for the workspace whose root commit is `root`, with a pool of `connections`.
    func open(root: String = TestDatabase.root, connections: Int = 4) async throws -> PostgresDatabase {
        try await PostgresDatabase.open(url, rootCommit: root, maximumConnections: connections, environment: environment, home: "/nonexistent")
    }

    /// Runs `sql` as the superuser in this database; what it printed.
    @discardableResult
    func psql(_ sql: String) throws -> String {
        try server.psql(sql, database: database.name).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static let root = String(repeating: "a1", count: 20)
}

/// `body`'s result, the database closed whatever happens.
func using<T>(_ db: PostgresDatabase, _ body: (PostgresDatabase) async throws -> T) async throws -> T {
    do {
        let result = try await body(db)
        await db.close()
        return result
    } catch {
        await db.close()
        throw error
    }
}

/// The error `body` threw as a `PostgresStoreError`, or nil when it threw none.
func storeError(_ body: () async throws -> Void) async -> PostgresStoreError? {
    do {
        try await body()
        return nil
    } catch let e as PostgresStoreError {
        return e
    } catch {
        return PostgresStoreError(.query, "not a PostgresStoreError: \(error)")
    }
}
