import Foundation

/// The tasks this worker gave back because its machine lacks the `main` they were queued at
/// (spec 23.4), with this machine's `main` then. Its claims skip them until that `main` moves (a
/// rules change accepted, a later sync), then try each once more; a machine that has that `main`
/// takes them at once. Without it such a task was claimed and given back at every poll, for ever.
/// In memory: a restarted worker tries each once more. Locked: the slots share it.
final class GivenBack: @unchecked Sendable {
    // @unchecked: every field is read and written under `lock`.
    private let lock = NSLock()
    private var tasks: Set<String> = []
    private var main: String?

    /// The tasks to skip while this machine's `main` is `current`: none once it moved. A `main`
    /// that could not be read keeps them.
    func skipping(main current: String?) -> [String] {
        lock.withLock {
            forget(unless: current)
            return tasks.sorted()
        }
    }

    /// `task` was given back while this machine's `main` was `current`.
    func add(_ task: String, main current: String?) {
        lock.withLock {
            forget(unless: current)
            tasks.insert(task)
        }
    }

    /// Under `lock`: forgets the tasks given back on another `main` than `current`.
    private func forget(unless current: String?) {
        guard let current, current != main else { return }
        tasks = []
        main = current
    }
}
