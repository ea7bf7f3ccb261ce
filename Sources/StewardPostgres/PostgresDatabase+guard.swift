import Foundation
import Logging
import PostgresNIO
import StewardCore

/// A query or transaction with no answer within the store's query time-out (spec 23.8): the
/// connection it ran on was closed, and it counts as a lost connection (retried).
struct QueryTimedOut: Error, Sendable {
    let seconds: Double
    /// The time-out it ran out of (`[database] query_timeout_seconds`): time this process could run.
    var limit: Double = 0
    /// Whether it had a connection (else it waited for one from the pool, or ran as the pool's
    /// `query`, whose connection is not known here).
    var hadConnection = false
    /// Whether that connection was seen closed while the query still waited (postgres-nio lost
    /// it): ended then, without waiting for the time-out.
    var connectionClosed = false
}

/// The pool as `PostgresDatabase`'s queries use it: postgres-nio's `PostgresClient`, each query
/// and each connection's use raced against the query time-out and the caller's cancellation.
///
/// Why (spec 23.8): postgres-nio can lose a query. The pool may lease a connection whose socket
/// closed a moment before it learnt so (PostgreSQL restarted); a query written to it after its
/// channel's handlers were removed is dropped by NIO with no one told, and the caller's `await`
/// never returns, not even when its task is cancelled (`PostgresConnection.query` has no
/// cancellation handler). Seen as a worker's claim "not answered for 90 s" with no socket open,
/// and SIGTERM not ending the worker. So the caller waits on a continuation of its own, resumed
/// by whichever comes first: the query's end, the time-out, or cancellation; on the last two the
/// connection is closed and the query left behind (it holds nothing but a closed connection).
struct GuardedClient: Sendable {
    let pool: PostgresClient
    /// Seconds a query or a transaction may take (nil: no limit).
    let timeout: Double?

    /// `PostgresClient.query`, raced. On a time-out the connection cannot be closed from here
    /// (the pool leased it inside): a query lost by postgres-nio already has a closed one.
    @discardableResult
    func query(_ query: PostgresQuery, file: String = #fileID, line: Int = #line) async throws -> PostgresRowSequence {
        try await raced(timeout: timeout) { _ in try await pool.query(query, logger: PostgresDatabase.logger, file: file, line: line) }
    }

    /// `PostgresClient.withConnection`, raced: on a time-out or cancellation the connection
    /// `body` runs on is closed and the caller resumes at once.
    func withConnection<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        try await raced(timeout: timeout) { race in
            try await pool.withConnection { connection in
                race.use(connection)
                return try await body(connection)
            }
        }
    }

    /// Listens on `channel` on a connection of its own for as long as `body` runs. The lease is
    /// waited for here (cancellable), `LISTEN` is raced, and cancelling closes the connection, which
    /// ends the notices. (Closing it after a normal end made the pool lease it, closing, to the
    /// next query: `PostgresEventTests` saw that.)
    func listen<T: Sendable>(on channel: String, _ body: (PostgresNotificationSequence) async throws -> T) async throws -> T {
        try await pool.withConnection { connection in
            let notices = try await raced(timeout: timeout) { (race: Race<PostgresNotificationSequence>) in
                race.use(connection)
                return try await connection.listen(channel)
            }
            return try await withTaskCancellationHandler {
                try await body(notices)
            } onCancel: {
                Self.close(connection)
            }
        }
    }

    static func close(_ connection: PostgresConnection) {
        let closing: EventLoopFuture<Void> = connection.close()
        closing.whenComplete { _ in }
    }
}

/// Runs `operation` in a task of its own and returns what ends first: its result, `QueryTimedOut`
/// after `timeout` seconds, or `CancellationError` when the caller is cancelled. On the last two
/// the connection `operation` registered (`Race.use`) is closed and `operation` is cancelled and
/// left to end by itself.
func raced<T: Sendable>(timeout: Double?, _ operation: @escaping @Sendable (Race<T>) async throws -> T) async throws -> T {
    let race = Race<T>()
    return try await withTaskCancellationHandler {
        try await withCheckedThrowingContinuation { continuation in
            race.start(continuation)
            race.add(
                Task {
                    do {
                        race.end(.success(try await operation(race)), byOperation: true)
                    } catch {
                        race.end(.failure(error), byOperation: true)
                    }
                })
            if let timeout {
                race.add(Task { await race.watch(timeout: timeout) })
            }
        }
    } onCancel: {
        race.end(.failure(CancellationError()), byOperation: false)
    }
}

/// The one outcome of `raced`.
final class Race<T: Sendable>: @unchecked Sendable {
    // @unchecked: every field is read and written under `lock`; the continuation is resumed once,
    // outside it.
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, any Error>?
    private var outcome: Result<T, any Error>?
    private var connection: PostgresConnection?
    private var tasks: [Task<Void, Never>] = []

    func start(_ continuation: CheckedContinuation<T, any Error>) {
        let ended: Result<T, any Error>? = lock.withLock {
            if outcome == nil { self.continuation = continuation }
            return outcome
        }
        if let ended { continuation.resume(with: ended) }
    }

    func add(_ task: Task<Void, Never>) {
        let over = lock.withLock {
            if outcome == nil { tasks.append(task) }
            return outcome != nil
        }
        if over { task.cancel() }
    }

    /// Ends the race with `QueryTimedOut` after `timeout` seconds, or sooner once the connection
    /// has been seen closed twice, 0.25 s apart, while the operation still waits: a query on a
    /// closed connection is failed at once by postgres-nio unless it was lost.
    ///
    /// Only time this process could run counts: each 0.25 s tick adds at most 0.5 s, so a
    /// process starved of threads (a loaded machine; the clean-clone CI saw every migration of a
    /// test suite "not answer within 30 s" after minutes without a free thread) does not end
    /// queries whose answers were merely waiting for a thread to read them.
    func watch(timeout: Double) async {
        let start = ContinuousClock.now
        var last = start
        var counted = Duration.zero
        var closedSeen = 0
        while !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(250))
            let connection = lock.withLock { self.connection }
            closedSeen = connection?.isClosed == true ? closedSeen + 1 : 0
            let now = ContinuousClock.now
            counted += min(last.duration(to: now), .milliseconds(500))
            last = now
            let waited = start.duration(to: now)
            if closedSeen >= 2 || counted >= .milliseconds(Int64(timeout * 1000)) {
                if Task.isCancelled { return }
                let seconds = Double(waited.components.seconds) + Double(waited.components.attoseconds) / 1e18
                end(
                    .failure(QueryTimedOut(seconds: seconds, limit: timeout, hadConnection: connection != nil, connectionClosed: closedSeen >= 2)),
                    byOperation: false
                )
                return
            }
        }
    }

    /// The connection the operation runs on: closed if the race is lost.
    func use(_ connection: PostgresConnection) {
        let over = lock.withLock {
            if outcome == nil { self.connection = connection }
            return outcome != nil
        }
        if over { GuardedClient.close(connection) }
    }

    func end(_ result: Result<T, any Error>, byOperation: Bool) {
        let ended: (CheckedContinuation<T, any Error>?, PostgresConnection?, [Task<Void, Never>])? = lock.withLock {
            guard outcome == nil else { return nil }
            outcome = result
            defer { (continuation, connection, tasks) = (nil, nil, []) }
            return (continuation, connection, tasks)
        }
        guard let (continuation, connection, tasks) = ended else { return }
        for task in tasks { task.cancel() }
        if !byOperation, let connection { GuardedClient.close(connection) }
        continuation?.resume(with: result)
    }
}
