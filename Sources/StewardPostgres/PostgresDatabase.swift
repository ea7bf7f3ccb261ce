import Foundation
import Logging
import PostgresNIO
import StewardCore

/// The shared PostgreSQL store of a workspace's machines (spec 23): a postgres-nio client pool
/// to `[database] url`, its migrations, and the check that the database is this workspace's.
///
/// `open` connects once first, so an unreachable server or a refused password is one line
/// naming the URL (never a password) and what to do, at once, rather than a pool that waits.
public final class PostgresDatabase: Sendable {
    public let url: DatabaseURL
    /// postgres-nio's pool; queries go through `client`.
    let pool: PostgresClient
    /// Seconds a query or a transaction may go unanswered before its connection is closed and it
    /// counts as a lost connection (spec 23.8; `[database] query_timeout_seconds`).
    public let queryTimeoutSeconds: Double
    private let running: Task<Void, Never>
    /// Notes for the person (a password file that was not used).
    public let notes: [String]

    /// postgres-nio's log: silent, unless `STEWARD_POSTGRES_LOG` names a level (`debug`,
    /// `trace`, …), then on stderr (to see what a query waits on).
    static let logger: Logger = {
        guard let level = ProcessInfo.processInfo.environment["STEWARD_POSTGRES_LOG"].flatMap(Logger.Level.init(rawValue:)) else {
            return Logger(label: "steward.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
        }
        var logger = Logger(label: "steward.postgres", factory: { StreamLogHandler.standardError(label: $0) })
        logger.logLevel = level
        return logger
    }()

    /// Connects to `url`, applies the missing migrations and checks that the database is the
    /// workspace whose root commit is `rootCommit` (recording it on first use).
    /// - Parameters:
    ///   - environment: where `PGPASSWORD` and `PGPASSFILE` are read (the process's by default).
    ///   - home: the folder whose `.pgpass` is read (`HOME` by default).
    /// - Throws: `PostgresStoreError` (`.unreachable`, `.authentication`, `.otherWorkspace`,
    ///   `.newerSchema`, `.query`), each saying what to do.
    public static func open(
        _ url: DatabaseURL, rootCommit: String, connectTimeoutSeconds: Double = 10, maximumConnections: Int = 8,
        queryTimeoutSeconds: Double = PostgresDatabase.queryTimeoutSeconds,
        environment: [String: String] = ProcessInfo.processInfo.environment, home: String? = nil
    ) async throws -> PostgresDatabase {
        let database = try await connect(
            url, connectTimeoutSeconds: connectTimeoutSeconds, maximumConnections: maximumConnections, queryTimeoutSeconds: queryTimeoutSeconds,
            environment: environment, home: home)
        do {
            try await database.migrate()
            try await database.checkWorkspace(rootCommit: rootCommit)
        } catch {
            await database.close()
            throw error
        }
        return database
    }

    /// Connects to `url` (one connection first, to tell an unreachable server at once), without
    /// migrating or checking anything.
    /// - Throws: `PostgresStoreError` `.unreachable` or `.authentication`.
    public static func connect(
        _ url: DatabaseURL, connectTimeoutSeconds: Double = 10, maximumConnections: Int = 8,
        queryTimeoutSeconds: Double = PostgresDatabase.queryTimeoutSeconds, environment: [String: String] = ProcessInfo.processInfo.environment,
        home: String? = nil
    ) async throws -> PostgresDatabase {
        var notes: [String] = []
        let password = PostgresPassword.find(
            for: url, environment: environment, home: home ?? environment["HOME"] ?? NSHomeDirectory(), notes: &notes)
        let tls = try tlsConfiguration(url)
        var probe: PostgresConnection.Configuration
        var configuration: PostgresClient.Configuration
        if let socket = url.socketPath {
            probe = .init(unixSocketPath: socket, username: url.user, password: password, database: url.database)
            configuration = .init(unixSocketPath: socket, username: url.user, password: password, database: url.database)
        } else {
            let host = url.host ?? "localhost"
            probe = .init(host: host, port: url.port, username: url.user, password: password, database: url.database, tls: tls.connection)
            configuration = .init(host: host, port: url.port, username: url.user, password: password, database: url.database, tls: tls.client)
        }
        let millis = Int64((connectTimeoutSeconds * 1000).rounded(.up))
        probe.options.connectTimeout = .milliseconds(millis)
        configuration.options.connectTimeout = .milliseconds(millis)
        configuration.options.maximumConnections = maximumConnections
        do {
            let connection = try await PostgresConnection.connect(configuration: probe, id: 0, logger: logger)
            try? await connection.close()
        } catch {
            throw connectionError(error, url: url, timeout: connectTimeoutSeconds)
        }
        let pool = PostgresClient(configuration: configuration, backgroundLogger: logger)
        return PostgresDatabase(
            url: url, pool: pool, queryTimeoutSeconds: queryTimeoutSeconds, running: Task { await pool.run() }, notes: notes)
    }

    /// The default of `queryTimeoutSeconds`: far above any query of Steward's (a claim takes
    /// milliseconds, a migration well under a second), well below a person's patience. A lost
    /// query is ended sooner, as soon as its connection is seen closed.
    public static let queryTimeoutSeconds = 60.0

    private init(url: DatabaseURL, pool: PostgresClient, queryTimeoutSeconds: Double, running: Task<Void, Never>, notes: [String]) {
        self.url = url
        self.pool = pool
        self.queryTimeoutSeconds = queryTimeoutSeconds
        self.running = running
        self.notes = notes
    }

    /// Closes every connection of the pool and waits until they are closed.
    public func close() async {
        running.cancel()
        await running.value
    }

    /// `sslmode` as postgres-nio's settings: the pool's and the first connection's.
    static func tlsConfiguration(_ url: DatabaseURL) throws -> (
        client: PostgresClient.Configuration.TLS, connection: PostgresConnection.Configuration.TLS
    ) {
        var unchecked = TLSConfiguration.makeClientConfiguration()
        unchecked.certificateVerification = .none
        let checked = TLSConfiguration.makeClientConfiguration()
        do {
            switch url.sslMode {
            case .disable: return (.disable, .disable)
            case .prefer: return (.prefer(unchecked), .prefer(try NIOSSLContext(configuration: unchecked)))
            case .require: return (.require(unchecked), .require(try NIOSSLContext(configuration: unchecked)))
            case .verifyFull: return (.require(checked), .require(try NIOSSLContext(configuration: checked)))
            }
        } catch {
            throw PostgresStoreError(.query, "TLS for the database at \(url) could not be set up: \(error); try sslmode=disable on a trusted network")
        }
    }

    /// The pool, each query raced against `queryTimeoutSeconds` and cancellation (spec 23.8).
    var client: GuardedClient { GuardedClient(pool: pool, timeout: queryTimeoutSeconds) }

    /// Runs `body` in one transaction on one connection of the pool: `COMMIT` when it returns,
    /// `ROLLBACK` when it throws (its error, unwrapped, is what is thrown). Unanswered for
    /// `queryTimeoutSeconds`, or cancelled, it ends at once and its connection is closed (the
    /// server rolls it back).
    func transaction<Result: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> Result) async throws -> Result {
        try await client.withConnection { connection in
            try await connection.query("BEGIN", logger: Self.logger)
            do {
                let result = try await body(connection)
                try await connection.query("COMMIT", logger: Self.logger)
                return result
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: Self.logger)
                throw error
            }
        }
    }
}
