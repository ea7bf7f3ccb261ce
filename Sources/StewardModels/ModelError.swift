import Foundation

/// Why a model call failed. `isTransport` failures make the router try the next model;
/// a reply that parses badly is not one of them (the agent repairs it first).
public struct ModelError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        public let name: String
        public let isTransport: Bool
        public var description: String { name }
        public static let connection = Kind(name: "connection", isTransport: true)
        public static let timeout = Kind(name: "timeout", isTransport: true)
        public static let rateLimited = Kind(name: "rate-limited", isTransport: true)
        public static let server = Kind(name: "server-error", isTransport: true)
        public static let emptyReply = Kind(name: "empty-reply", isTransport: true)
        public static let contextOverflow = Kind(name: "context-overflow", isTransport: true)
        /// The request was refused as malformed, unauthorised, unknown model…: not retried elsewhere.
        public static let request = Kind(name: "request", isTransport: false)
        /// The reply does not follow the provider's protocol.
        public static let malformed = Kind(name: "malformed-reply", isTransport: false)
        /// The caller cancelled (Ctrl-C, a task stopped): not the model's fault, no cool-down.
        public static let cancelled = Kind(name: "cancelled", isTransport: false)
        /// Steward's own policy refused the call (privacy, budget, secrets).
        public static let policy = Kind(name: "policy", isTransport: false)
    }

    public let kind: Kind
    public let message: String
    public let status: Int?

    public init(_ kind: Kind, _ message: String, status: Int? = nil) {
        self.kind = kind
        self.message = message
        self.status = status
    }

    public var description: String { message }
}
