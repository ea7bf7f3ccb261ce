import Foundation

/// Wakes a worker's idle slots when a task becomes claimable (spec 23.4): the worker's
/// `steward_queue` listener rings it for every notice, and an idle slot waits on it beside its
/// poll. A slot notes `count` before it looks at the queue and then waits only for a ring after
/// that, so a task queued while it looked (its notice rang before the slot began to wait) is not
/// left until the next poll. Locked, not an actor: ringing must not wait behind a waiter.
final class Doorbell: @unchecked Sendable {
    // @unchecked: every field is read and written under `lock`; continuations are resumed
    // once, outside it.
    private let lock = NSLock()
    private var rings = 0
    private var lastWaiter = 0
    private var waiting: [Int: CheckedContinuation<Void, Never>] = [:]

    /// How many times it has rung.
    var count: Int { lock.withLock { rings } }

    /// Wakes every slot waiting now (they race for the task; `SKIP LOCKED` gives it to one).
    func ring() {
        let woken: [CheckedContinuation<Void, Never>] = lock.withLock {
            rings += 1
            defer { waiting = [:] }
            return Array(waiting.values)
        }
        for continuation in woken { continuation.resume() }
    }

    /// Returns once it has rung more than `seen` times in all, or when the calling task is
    /// cancelled.
    func wait(after seen: Int) async {
        let id: Int = lock.withLock {
            lastWaiter += 1
            return lastWaiter
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let now: Bool = lock.withLock {
                    guard rings <= seen, !Task.isCancelled else { return true }
                    waiting[id] = continuation
                    return false
                }
                if now { continuation.resume() }
            }
        } onCancel: {
            let continuation = lock.withLock { waiting.removeValue(forKey: id) }
            continuation?.resume()
        }
    }
}
