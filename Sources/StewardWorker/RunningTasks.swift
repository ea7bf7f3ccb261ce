import Foundation

/// Why a worker stopped a task before its end.
enum StopReason: Sendable, Hashable {
    /// Its lease is no longer this worker's: nothing more is written.
    case leaseLost
    /// Someone cancelled it (`steward cancel`, from any machine): it ends `interrupted`.
    case cancelled
    /// The worker is shutting down: the lease is given back and another worker continues.
    case shutdown
}

/// The tasks a worker is running, each with how to stop it and why it was stopped (the first
/// reason wins), and whether the worker is shutting down. Locked, not an actor: graceful
/// shutdown's handler and the agent's progress are synchronous.
final class RunningTasks: @unchecked Sendable {
    // @unchecked: every field is read and written under `lock`.
    private let lock = NSLock()
    private var jobs: [String: @Sendable () -> Void] = [:]
    private var reasons: [String: StopReason] = [:]
    private var stopping = false

    /// Whether the worker is shutting down (it takes no new task).
    var isStopping: Bool { lock.withLock { stopping } }

    /// Adds a task; false when the worker is shutting down (give it back instead).
    func add(_ task: String, stop: @escaping @Sendable () -> Void) -> Bool {
        lock.withLock {
            guard !stopping else { return false }
            jobs[task] = stop
            reasons[task] = nil
            return true
        }
    }

    /// Stops `task` for `reason`, unless it was stopped already (the first reason stands) or
    /// is not running here.
    func stop(_ task: String, _ reason: StopReason) {
        let stop: (@Sendable () -> Void)? = lock.withLock {
            guard let job = jobs[task], reasons[task] == nil else { return nil }
            reasons[task] = reason
            return job
        }
        stop?()
    }

    func reason(_ task: String) -> StopReason? { lock.withLock { reasons[task] } }

    func remove(_ task: String) {
        lock.withLock {
            jobs[task] = nil
            reasons[task] = nil
        }
    }

    /// Takes nothing new from now on and stops every running task (`.shutdown`).
    func shutDown() {
        let running: [String] = lock.withLock {
            stopping = true
            return Array(jobs.keys)
        }
        for task in running { stop(task, .shutdown) }
    }
}
