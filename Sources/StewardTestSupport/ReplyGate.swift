import Foundation

/// Replies a test lets go when it chooses (`TestResponse.held`): while the gate is shut each
/// reply given to it waits, its request answered only at `release()` or `open()`. A test whose
/// process is starved of threads for minutes (the clean-clone CI) still finds the program it
/// drives where it left it: a worker waiting on its model does nothing meanwhile, so the test's
/// next move (restarting PostgreSQL) comes mid-run however late it comes.
public final class ReplyGate: @unchecked Sendable {
    // @unchecked: every field is only touched while holding `lock`.
    private let lock = NSLock()
    private var isOpen = false
    private var waiting: [@Sendable () -> Void] = []
    private var count = 0

    public init() {}

    /// Replies given to the gate so far, let go or not.
    public var held: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }

    /// Replies waiting now.
    public var waitingNow: Int {
        lock.lock()
        defer { lock.unlock() }
        return waiting.count
    }

    /// Lets the waiting replies go; later ones wait (the gate stays shut).
    public func release() {
        lock.lock()
        let go = waiting
        waiting = []
        lock.unlock()
        for send in go { send() }
    }

    /// Lets the waiting replies go and every later one at once.
    public func open() {
        lock.lock()
        isOpen = true
        lock.unlock()
        release()
    }

    /// Runs `send` now when the gate is open, else when it is let go.
    func hold(_ send: @escaping @Sendable () -> Void) {
        lock.lock()
        count += 1
        guard !isOpen else {
            lock.unlock()
            return send()
        }
        waiting.append(send)
        lock.unlock()
    }
}
