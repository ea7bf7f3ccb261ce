import Foundation

// Waiting on a child process must not hold a thread of the cooperative pool: the test process
// has one per core (two on CI), Swift Testing runs every test on it, and two tests blocked in
// `waitUntilExit()` or `readDataToEndOfFile()` left the async tests beside them (PostgreSQL,
// workers, serve) without a thread for minutes, until their time limits fired. Here the end of
// a process is awaited through `terminationHandler`, and its pipes are read on threads of
// their own.

/// What a child process left: its exit status (or the signal that ended it) and its output.
public struct ChildOutput: Sendable {
    public let status: Int32
    public let stdout: Data
    public let stderr: Data
}

/// The end of a process started with `Process.start()`, awaited without holding a thread.
public struct ProcessExit: Sendable {
    let ended: AsyncOnce<Int32>

    /// The exit status (or the signal that ended it), once the process ended.
    public var status: Int32 { get async { await ended.value } }

    /// The exit status once the process ended, nil when it still runs after `seconds`.
    public func status(within seconds: Double) async -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let status = ended.current { return status }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return ended.current
    }
}

extension Process {
    /// Starts this process (configured, not yet run) and returns its end to await: the
    /// `terminationHandler` is set before it runs, so an early end is not missed (this replaces
    /// any handler set before).
    /// - Throws: what `run()` throws when the program cannot be started.
    public func start() throws -> ProcessExit {
        let ended = AsyncOnce<Int32>()
        terminationHandler = { process in
            ended.set(process.terminationStatus)
            // Dropped, so nothing of this wait keeps the process (and its pipes) alive.
            process.terminationHandler = nil
        }
        try run()
        return ProcessExit(ended: ended)
    }

    /// Runs this process (configured, not yet run) to its end with `stdin` as its standard
    /// input (closed after it) and returns what it wrote; both pipes are read at once on threads
    /// of their own, so a full pipe cannot stop the child and no thread of the pool waits.
    /// `interruptAfter`: SIGINT after that many seconds if it still runs, as Ctrl-C would.
    /// - Throws: what `run()` throws when the program cannot be started.
    public func runToEnd(stdin: Data? = nil, interruptAfter: Double? = nil) async throws -> ChildOutput {
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        standardOutput = out
        standardError = err
        standardInput = input
        let exit = try start()
        let stdout = AsyncOnce<Data>()
        let stderr = AsyncOnce<Data>()
        // Each read end closed once read: a thousand runs left a thousand pipes open otherwise.
        Thread.detachNewThread {
            stdout.set(out.fileHandleForReading.readDataToEndOfFile())
            try? out.fileHandleForReading.close()
        }
        Thread.detachNewThread {
            stderr.set(err.fileHandleForReading.readDataToEndOfFile())
            try? err.fileHandleForReading.close()
        }
        Thread.detachNewThread {
            // A child that ends without reading it all closes the pipe: the rest is dropped.
            if let stdin { try? input.fileHandleForWriting.write(contentsOf: stdin) }
            try? input.fileHandleForWriting.close()
        }
        if let interruptAfter {
            DispatchQueue.global().asyncAfter(deadline: .now() + interruptAfter) { [self] in if isRunning { interrupt() } }
        }
        let status = await exit.status
        return ChildOutput(status: status, stdout: await stdout.value, stderr: await stderr.value)
    }
}

/// A value set once, from any thread, and awaited by any number of tasks without holding a
/// thread while it is not there yet.
public final class AsyncOnce<Value: Sendable>: @unchecked Sendable {
    // @unchecked: `stored` and `waiting` are only touched while holding `lock`.
    private let lock = NSLock()
    private var stored: Value?
    private var waiting: [CheckedContinuation<Value, Never>] = []

    public init() {}

    /// Sets the value (a second call is ignored) and resumes every task waiting for it.
    public func set(_ value: Value) {
        let resumed: [CheckedContinuation<Value, Never>]? = lock.withLock {
            guard stored == nil else { return nil }
            stored = value
            defer { waiting = [] }
            return waiting
        }
        for continuation in resumed ?? [] { continuation.resume(returning: value) }
    }

    /// The value, nil while it is not set.
    public var current: Value? { lock.withLock { stored } }

    /// The value, once it is set.
    public var value: Value {
        get async {
            await withCheckedContinuation { continuation in
                let now: Value? = lock.withLock {
                    if let stored { return stored }
                    waiting.append(continuation)
                    return nil
                }
                if let now { continuation.resume(returning: now) }
            }
        }
    }
}

/// At most `count` holders at a time; a task waiting for a slot is suspended (it holds no
/// thread) and slots are handed out in the order they were asked for.
public final class AsyncSlots: @unchecked Sendable {
    // @unchecked: `free` and `waiting` are only touched while holding `lock`.
    private let lock = NSLock()
    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    public init(_ count: Int) { free = max(1, count) }

    /// Runs `body` holding a slot, waiting for one first if all are taken.
    public func withSlot<T>(_ body: () async throws -> T) async rethrows -> T {
        await acquire()
        defer { release() }
        return try await body()
    }

    func acquire() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let now: Bool = lock.withLock {
                guard free > 0 else {
                    waiting.append(continuation)
                    return false
                }
                free -= 1
                return true
            }
            if now { continuation.resume() }
        }
    }

    func release() {
        // The slot passes straight to the first waiter, if any.
        let next: CheckedContinuation<Void, Never>? = lock.withLock {
            guard !waiting.isEmpty else {
                free += 1
                return nil
            }
            return waiting.removeFirst()
        }
        next?.resume()
    }
}
