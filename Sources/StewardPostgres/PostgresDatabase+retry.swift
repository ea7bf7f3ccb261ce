import Foundation
import PostgresNIO
import StewardCore
import _ConnectionPoolModule

/// What `PostgresDatabase.retrying` tells while the database does not answer.
public enum PostgresRetry: Sendable, CustomStringConvertible {
    /// Try `attempt` (from 1) failed because the connection was lost (`error`'s code is
    /// `.connectionLost`); the next try comes in `delay` seconds.
    case retrying(attempt: Int, delay: Double, error: PostgresStoreError)
    /// Try `attempt` has had no answer for `seconds` (the pool is waiting for a connection it
    /// cannot make yet: the server is down or starting); still waiting.
    case waiting(attempt: Int, seconds: Double, database: String)

    /// One line for a person.
    public var description: String {
        switch self {
        case .retrying(let attempt, let delay, let error): "\(error.message); trying again in \(Setting.show(delay)) s (try \(attempt + 1))"
        case .waiting(let attempt, let seconds, let database):
            "the database at \(database) has not answered for \(Setting.show(seconds)) s (try \(attempt)); still waiting for it"
        }
    }
}

extension PostgresDatabase {
    /// The wait before the try after `attempt` failed ones (spec 23.8): 0.5 s, doubling, at most
    /// 30 s.
    public static func retryDelay(afterAttempt attempt: Int) -> Double {
        min(30, 0.5 * pow(2, Double(max(0, min(attempt, 16) - 1))))
    }

    /// Runs `body`, and again while it fails because the connection to PostgreSQL was lost (the
    /// server restarted or stopped, or the pool cannot connect for now; spec 23.8): after 0.5 s,
    /// the wait doubling to at most 30 s, with `report` told before each wait (a person never
    /// waits in silence), and told too while a try has had no answer for `noticeAfterSeconds`
    /// (the pool holds a query while it cannot connect). The pool itself reconnects; only what
    /// was in flight fails. Any other error (a lost lease, a query PostgreSQL refused) is thrown
    /// at once, untouched.
    ///
    /// `body` must be safe to run again: one transaction (a claim, a fenced write, a finish),
    /// which PostgreSQL either committed or rolled back. A commit whose answer was lost is run
    /// again; the fence makes that a refusal (`.leaseLost`), never a second effect, for every
    /// fenced write; a second `enqueue` of the same id fails on its key.
    /// - Parameters:
    ///   - maximumAttempts: give up after this many tries (nil: until the task is cancelled).
    /// - Throws: `body`'s error when it is not a lost connection, or the last one after
    ///   `maximumAttempts`; `CancellationError` when the task is cancelled while waiting.
    public func retrying<T: Sendable>(
        maximumAttempts: Int? = nil, noticeAfterSeconds: Double = 5, report: @escaping @Sendable (PostgresRetry) async -> Void = { _ in },
        _ body: () async throws -> T
    ) async throws -> T {
        var attempt = 0
        while true {
            attempt += 1
            // While the server is down the pool holds a query until it can connect (up to a
            // minute, then it fails it): say so every `noticeAfterSeconds` meanwhile.
            let watch = Task { [attempt, database = url.description] in
                var waited = 0.0
                while true {
                    try await Task.sleep(for: .milliseconds(Int64(noticeAfterSeconds * 1000)))
                    waited += noticeAfterSeconds
                    await report(.waiting(attempt: attempt, seconds: waited, database: database))
                }
            }
            do {
                let result = try await body()
                watch.cancel()
                return result
            } catch {
                watch.cancel()
                guard Self.isConnectionLost(error), maximumAttempts.map({ attempt < $0 }) ?? true else { throw error }
                let delay = Self.retryDelay(afterAttempt: attempt)
                await report(
                    .retrying(attempt: attempt, delay: delay, error: (error as? PostgresStoreError) ?? connectionLostError(error, doing: "a query")))
                try await Task.sleep(for: .milliseconds(Int64(delay * 1000)))
            }
        }
    }

    /// Whether `error` means the connection was lost or cannot be made for now, so that the same
    /// query may succeed later: `PostgresStoreError` `.connectionLost`; postgres-nio's closed or
    /// broken connection; the server's `57P01` (shut down by an administrator: `pg_ctl stop -m
    /// fast`), `57P02` (crash), `57P03` (starting up) and class `08` (connection exception); the
    /// pool's circuit breaker (no connection could be made for a minute; it keeps trying); a
    /// connection the pool leased as it was closing (`clientClosedConnection`, often after the
    /// server's `57P01`); a query with no answer within the query time-out (its connection was
    /// closed).
    public static func isConnectionLost(_ error: any Error) -> Bool {
        switch error {
        case let e as PostgresStoreError:
            return e.code == .connectionLost
        case is QueryTimedOut:
            return true
        case let e as PSQLError:
            if let state = e.serverInfo?[.sqlState] { return ["57P01", "57P02", "57P03"].contains(state) || state.hasPrefix("08") }
            return [PSQLError.Code.serverClosedConnection, .clientClosedConnection, .connectionError, .uncleanShutdown].contains(e.code)
        case let e as ConnectionPoolError:
            return e == .connectionCreationCircuitBreakerTripped
        default:
            return false
        }
    }

    /// A lost connection as `PostgresStoreError` `.connectionLost`: what was being done, the
    /// URL, what happened, and that it is retried.
    func connectionLostError(_ error: any Error, doing: String) -> PostgresStoreError {
        let what: String
        var state: String?
        // The server's own words, also under a closed connection's error (57P01 then closed).
        let said = [error as? PSQLError, (error as? PSQLError)?.underlying as? PSQLError].compactMap { $0 }.first {
            $0.serverInfo?[.sqlState] != nil
        }
        if let e = error as? QueryTimedOut {
            what =
                e.connectionClosed
                ? "closed the connection while a query waited on it (the query was lost)"
                : e.hadConnection
                    ? "did not answer within \(Setting.show(e.limit)) s ([database] query_timeout_seconds; the connection was closed)"
                    : "did not answer within \(Setting.show(e.limit)) s ([database] query_timeout_seconds)"
        } else if let e = said, let s = e.serverInfo?[.sqlState] {
            state = s
            what = "ended the session: \(e.serverInfo?[.message] ?? "\(e.code)") (\(s))"
        } else if error is ConnectionPoolError {
            what = "could not be reached for a while (no new connection could be made)"
        } else if let e = error as? PSQLError, [.serverClosedConnection, .clientClosedConnection].contains(e.code) {
            what = "closed the connection"
        } else {
            what = "could not be used (\(Self.reason(error, timeout: 0)))"
        }
        return PostgresStoreError(
            .connectionLost, "\(doing) failed: the database at \(url) \(what); it is retried when it answers again", sqlState: state)
    }
}
