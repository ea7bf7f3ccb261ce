import Foundation
import PostgresNIO
import StewardCore

#if canImport(Glibc)
    import Glibc
#endif

extension PostgresDatabase {
    /// The SQLSTATE the lease check raises (spec 23.4).
    static let leaseLostState = "SL001"

    /// A failed first connection as one line: the URL without a password, why, and what to do.
    static func connectionError(_ error: any Error, url: DatabaseURL, timeout: Double) -> PostgresStoreError {
        let place = "the database at \(url) ([database] url in .steward/config.toml)"
        if let e = error as? PSQLError {
            if let state = e.serverInfo?[.sqlState] {
                let said = e.serverInfo?[.message] ?? "\(e.code)"
                if state.hasPrefix("28") {
                    return PostgresStoreError(
                        .authentication,
                        "\(place) refused \(url.user): \(said) (\(state)); set PGPASSWORD or a ~/.pgpass line (HOST:PORT:DATABASE:USER:PASSWORD, mode 0600) for it, or ask whoever runs that PostgreSQL to let \(url.user) in (pg_hba.conf)",
                        sqlState: state)
                }
                return PostgresStoreError(
                    .unreachable,
                    "\(place) refused the connection: \(said) (\(state)); check the user and the database in the URL (createdb -O \(url.user) \(url.database) makes the database)",
                    sqlState: state)
            }
            if e.code == .authMechanismRequiresPassword {
                return PostgresStoreError(
                    .authentication,
                    "\(place) asks \(url.user) for a password and none was found; set PGPASSWORD or a ~/.pgpass line (HOST:PORT:DATABASE:USER:PASSWORD, mode 0600) for it"
                )
            }
        }
        return PostgresStoreError(
            .unreachable,
            "\(place) could not be reached: \(reason(error, timeout: timeout)); check that PostgreSQL runs there and accepts connections from this machine (listen_addresses, pg_hba.conf), or remove [database] from .steward/config.toml to work on this machine alone"
        )
    }

    /// Why a connection failed, in words: `connection refused`, `no answer within 10 s`, …
    static func reason(_ error: any Error, timeout: Double) -> String {
        var error = error
        if let e = error as? PSQLError, let underlying = e.underlying { error = underlying }
        if let e = error as? NIOConnectionError {
            if let first = e.connectionErrors.first { return reason(first.error, timeout: timeout) }
            if let dns = e.dnsAError ?? e.dnsAAAAError { return "the host name did not resolve (\(dns))" }
            return "the host name did not resolve"
        }
        if let e = error as? IOError { return String(cString: strerror(e.errnoCode)).lowercased() }
        if let e = error as? ChannelError, case .connectTimeout = e { return "no answer within \(Setting.show(timeout)) s" }
        if let e = error as? PSQLError { return "\(e.code)" }
        return "\(error)"
    }

    /// A failed query as Steward's sentence (`doing`), then PostgreSQL's message and SQLSTATE; a
    /// lease check's refusal becomes `.leaseLost`. A cancelled query stays `CancellationError`.
    func queryError(_ error: any Error, doing: String) -> any Error {
        if error is CancellationError { return error }
        if let e = error as? PostgresStoreError { return e }
        if Self.isConnectionLost(error) { return connectionLostError(error, doing: doing) }
        guard let e = error as? PSQLError else {
            return PostgresStoreError(.query, "\(doing) failed in the database at \(url): \(error)")
        }
        if let state = e.serverInfo?[.sqlState] {
            let said = e.serverInfo?[.message] ?? "\(e.code)"
            if state == Self.leaseLostState {
                return PostgresStoreError(
                    .leaseLost, "\(doing) was refused: \(said); another worker may hold the task now, so this one stops it", sqlState: state)
            }
            return PostgresStoreError(.query, "\(doing) failed in the database at \(url): \(said) (\(state))", sqlState: state)
        }
        return PostgresStoreError(
            .query,
            "\(doing) failed: the database at \(url) \(e.code == .serverClosedConnection ? "closed the connection" : "could not be used") (\(Self.reason(e, timeout: 0))); it is retried when it answers again"
        )
    }
}
