import Foundation

/// A flag set once from any thread (a watchdog's time-out, a Ctrl-C handler) and read after.
public final class OnceFlag: @unchecked Sendable {
    // @unchecked: `value` is only touched under `lock`.
    private let lock = NSLock()
    private var value = false
    public init() {}
    public func set() {
        lock.lock()
        value = true
        lock.unlock()
    }
    public var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}
