import Foundation

/// What went wrong, as RFC 9457 problem details: the one error shape of the HTTP API
/// (`application/problem+json`) and of a failing command run with `--json` (printed on stdout).
/// `type`, `title`, `status` and `detail` are the RFC's members; `code`, `paths`, `reference` and
/// `exitStatus` are Steward's extensions.
///
/// `type` is an absolute URI per code under `https://steward.invalid/problems/` (RFC 9457
/// §3.1.1 recommends absolute URIs; `.invalid` is reserved by RFC 2606 and never resolves, so
/// nothing will try to dereference it): compare it as an identifier, never fetch it.
public struct Problem: Codable, Sendable, Hashable {
    /// The problem type's URI: `https://steward.invalid/problems/CODE`.
    public var type: String
    /// The same short text for every problem of a type.
    public var title: String
    /// The HTTP status (for a command, the status the API answers the same error with).
    public var status: Int
    /// What happened, why, and what to do: the message of the stderr line or the API's refusal.
    public var detail: String
    /// Steward's error code: `error`, `not-found`, `usage`, `refused`, `conflict`, and the API's
    /// own `unauthorized` (401) and `unavailable` (503, too many connections).
    public var code: String
    /// The conflicting or refused paths, unescaped; absent when the error is about none.
    public var paths: [String]?
    /// Only on a 500: the reference under which the server's log has the real error.
    public var reference: String?
    /// Only from a command: its exit status.
    public var exitStatus: Int32?

    /// The base of every problem type URI.
    public static let typeBase = "https://steward.invalid/problems/"

    public init(code: String, status: Int, detail: String, paths: [String] = [], reference: String? = nil, exitStatus: Int32? = nil) {
        self.type = Self.typeBase + code
        self.title = Self.title(code)
        self.status = status
        self.detail = detail
        self.code = code
        self.paths = paths.isEmpty ? nil : paths
        self.reference = reference
        self.exitStatus = exitStatus
    }

    /// A Steward error as a problem: its code, the HTTP status it maps to, its message and paths.
    public init(_ error: StewardError, exitStatus: Int32? = nil) {
        self.init(code: error.code.name, status: Self.status(for: error.code), detail: error.message, paths: error.paths, exitStatus: exitStatus)
    }

    /// The HTTP status of each code: usage 400, not found 404, refused 403, conflict 409, and
    /// anything else (a failure that is not the caller's) 500.
    public static func status(for code: StewardError.Code) -> Int {
        switch code {
        case .usage: 400
        case .notFound: 404
        case .refused: 403
        case .conflict: 409
        default: 500
        }
    }

    /// The code of an HTTP status that came without one (the server's own refusals): 401
    /// unauthorized, 403 and 413 refused, 404 not-found, 409 conflict, other 4xx usage, 503
    /// unavailable, else error.
    public static func code(forStatus status: Int) -> String {
        switch status {
        case 401: "unauthorized"
        case 403, 413: StewardError.Code.refused.name
        case 404: StewardError.Code.notFound.name
        case 409: StewardError.Code.conflict.name
        case 400..<500: StewardError.Code.usage.name
        case 503: "unavailable"
        default: StewardError.Code.failure.name
        }
    }

    /// The title of each code's type.
    public static func title(_ code: String) -> String {
        switch code {
        case "usage": "The request is malformed"
        case "not-found": "Not found"
        case "refused": "Refused"
        case "conflict": "Conflicts with the current state"
        case "unauthorized": "Not authenticated"
        case "unavailable": "Busy; try again later"
        default: "Steward failed"
        }
    }
}
