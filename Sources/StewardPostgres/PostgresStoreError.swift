import StewardCore

/// What went wrong with the shared PostgreSQL store, for people: what was refused, why, and
/// what to do (spec 23). `code` can grow without breaking callers' switches.
public struct PostgresStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let name: String
        private init(_ name: String) { self.name = name }
        /// The server could not be reached (refused, no answer, a name that does not resolve).
        public static let unreachable = Code("unreachable")
        /// The server refused the role or its password.
        public static let authentication = Code("authentication")
        /// The database belongs to another workspace (its root commit differs).
        public static let otherWorkspace = Code("other-workspace")
        /// The database was migrated by a newer Steward.
        public static let newerSchema = Code("newer-schema")
        /// The connection to the server was lost or cannot be made again for now (the server
        /// restarted, stopped, or is starting): worth retrying (`PostgresDatabase.retrying`).
        public static let connectionLost = Code("connection-lost")
        /// A write whose lease is no longer the holder's: refused by the database.
        public static let leaseLost = Code("lease-lost")
        /// Any other failure of a query.
        public static let query = Code("query")
        public var description: String { name }
    }

    public let code: Code
    public let message: String
    /// PostgreSQL's SQLSTATE, when the server sent one.
    public let sqlState: String?

    public init(_ code: Code, _ message: String, sqlState: String? = nil) {
        self.code = code
        self.message = message
        self.sqlState = sqlState
    }

    public var description: String { message }

    /// As the CLI shows it: unreachable and refused connections exit 3, a lost lease 4 (the
    /// state changed), the rest 1.
    public var stewardError: StewardError {
        switch code {
        case .unreachable, .authentication, .otherWorkspace, .newerSchema: StewardError(.refused, message)
        case .leaseLost: StewardError(.conflict, message)
        default: StewardError(.failure, message)
        }
    }
}
