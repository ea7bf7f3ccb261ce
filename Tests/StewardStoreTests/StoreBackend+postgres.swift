import Foundation
import StewardCore
import StewardPostgres
import StewardTestSupport

extension StoreBackend {
    /// The shared PostgreSQL store (spec 23): a fresh database of the test process's cluster,
    /// migrated and empty, reached over TCP with the password from the environment given to it.
    static let postgres = StoreBackend(name: "PostgreSQL") {
        let server = try PostgresServer.shared()
        let database = try server.makeDatabase("store")
        let url = try DatabaseURL.parse(database.url, place: "the test's URL")
        let store = try await PostgresDatabase.open(
            url, rootCommit: String(repeating: "5e", count: 20), maximumConnections: 2, environment: ["PGPASSWORD": server.password],
            home: "/nonexistent")
        return StoreUnderTest(
            store: store,
            close: {
                await store.close()
                try server.psql("DROP DATABASE \(database.name)")
            })
    }
}
