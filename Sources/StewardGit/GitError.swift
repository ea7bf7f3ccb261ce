import CLibgit2

/// A failed libgit2 call: the operation, libgit2's return code and its last error message.
public struct GitError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Code: Hashable, Sendable {
        public let rawValue: Int32
        public static let notFound = Code(rawValue: GIT_ENOTFOUND.rawValue)
        public static let exists = Code(rawValue: GIT_EEXISTS.rawValue)
        public static let modified = Code(rawValue: GIT_EMODIFIED.rawValue)
        public static let locked = Code(rawValue: GIT_ELOCKED.rawValue)
        public static let conflict = Code(rawValue: GIT_ECONFLICT.rawValue)
        public static let unbornBranch = Code(rawValue: GIT_EUNBORNBRANCH.rawValue)
        public static let other = Code(rawValue: -1)
    }

    public let code: Code
    public let operation: String
    public let message: String

    public init(code: Code, operation: String, message: String) {
        self.code = code
        self.operation = operation
        self.message = message
    }

    public var description: String { "git: \(operation) failed: \(message)" }

    /// Lost a compare-and-swap or a lock to another writer (or a create-only ref appeared
    /// meanwhile): the caller may re-read and retry.
    public var isContention: Bool { code == .modified || code == .locked || code == .exists }
}

/// Turns a libgit2 return code into a `GitError`, reading the thread-local last error
/// immediately, on the calling thread.
@discardableResult
func check(_ rc: Int32, _ operation: @autoclosure () -> String) throws -> Int32 {
    guard rc < 0 else { return rc }
    var message = "libgit2 error \(rc)"
    if let last = git_error_last(), let text = last.pointee.message {
        message = String(cString: text)
    }
    throw GitError(code: GitError.Code(rawValue: rc), operation: operation(), message: message)
}

/// libgit2's process-wide setup, done once: init, no global/XDG/system config, no strict
/// object re-checks (Steward only links objects it just wrote or read).
enum GitRuntime {
    static let ready: Bool = {
        git_libgit2_init()
        _ = steward_git_isolate_config()
        _ = steward_git_set_strict_object_creation(0)
        return true
    }()
}
