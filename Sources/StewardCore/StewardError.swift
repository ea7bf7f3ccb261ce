/// The one error type people see from Steward. Every message says what happened, why, and
/// what to do next; `code` decides the process exit status.
public struct StewardError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure this is. New codes can be added without breaking callers.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let name: String
        /// The process exit status this code maps to (see docs/spec.md).
        public let exitStatus: Int32
        private init(_ name: String, _ exitStatus: Int32) {
            self.name = name
            self.exitStatus = exitStatus
        }
        /// Something failed that is not the caller's fault (I/O, git, the store).
        public static let failure = Code("error", 1)
        /// The command line or its input is malformed.
        public static let usage = Code("usage", 2)
        /// A policy refused the request: path policy, size limit, hook veto.
        public static let refused = Code("refused", 3)
        /// The request conflicts with the current state (merge conflict, stale state).
        public static let conflict = Code("conflict", 4)
        /// Something named does not exist (a proposal number, a file).
        public static let notFound = Code("not-found", 1)
        public var description: String { name }
    }

    public let code: Code
    public let message: String
    /// Paths the error is about (conflicting files, refused paths), for `--json` callers.
    public let paths: [String]

    public init(_ code: Code, _ message: String, paths: [String] = []) {
        self.code = code
        self.message = message
        self.paths = paths
    }

    public var description: String { message }

    public static func usage(_ message: String) -> StewardError { StewardError(.usage, message) }
    public static func refused(_ message: String, paths: [String] = []) -> StewardError {
        StewardError(.refused, message, paths: paths)
    }
    public static func conflict(_ message: String, paths: [String] = []) -> StewardError {
        StewardError(.conflict, message, paths: paths)
    }
    public static func failure(_ message: String) -> StewardError { StewardError(.failure, message) }
    public static func notFound(_ message: String) -> StewardError { StewardError(.notFound, message) }
}
