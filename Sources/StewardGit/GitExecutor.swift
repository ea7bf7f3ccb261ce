import Foundation

/// A serial executor backed by one dedicated thread. libgit2 handles are not thread-safe,
/// and blocking C calls must stay off Swift's small cooperative pool: an actor whose
/// `unownedExecutor` is this runs every isolated method on that one thread.
/// (Linux's libdispatch has no `DispatchSerialQueue` to build an executor on.)
public final class GitExecutor: SerialExecutor, @unchecked Sendable {
    // @unchecked Sendable: `jobs` and `stopped` are only touched while holding `condition`.
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var thread: Thread!
    private var final: (() -> Void)?
    private var stopped = false

    public init(name: String = "steward.git") {
        // The thread holds the executor until `shutdown`; the executor's owner calls that
        // from its deinit.
        let t = Thread { self.loop() }
        t.name = name
        t.stackSize = 8 << 20
        thread = t
        t.start()
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let unowned = UnownedJob(job)
        condition.lock()
        jobs.append(unowned)
        condition.signal()
        condition.unlock()
    }

    public func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }

    /// Ends the thread once the queued jobs have run; `last` runs on the thread first
    /// (to free handles where they were used).
    public func shutdown(_ last: @escaping @Sendable () -> Void) {
        condition.lock()
        final = last
        stopped = true
        condition.signal()
        condition.unlock()
    }

    private func loop() {
        while true {
            condition.lock()
            while jobs.isEmpty && !stopped { condition.wait() }
            let batch = jobs
            jobs.removeAll(keepingCapacity: true)
            let finishing = stopped && batch.isEmpty
            let last = finishing ? final : nil
            condition.unlock()
            if finishing {
                last?()
                return
            }
            for job in batch { job.runSynchronously(on: asUnownedSerialExecutor()) }
        }
    }
}
