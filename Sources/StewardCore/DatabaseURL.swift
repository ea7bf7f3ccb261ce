import Foundation

/// Where the shared PostgreSQL store is (`[database] url` in `.steward/config.toml`, spec 23.1):
/// `postgres://USER@HOST[:PORT]/DATABASE[?host=/SOCKET-FOLDER][&sslmode=MODE]`. Never a password:
/// that comes from `PGPASSWORD` or `~/.pgpass`, so the URL can be shown in any message.
public struct DatabaseURL: Sendable, Hashable, CustomStringConvertible {
    /// How the connection is encrypted (libpq's names).
    public enum SSLMode: String, Sendable, CaseIterable {
        /// Plain TCP.
        case disable
        /// TLS when the server offers it, no certificate check; plain otherwise (libpq's default).
        case prefer
        /// TLS or no connection, no certificate check.
        case require
        /// TLS, the system's certificate authorities, the host name checked.
        case verifyFull = "verify-full"
    }

    /// A TCP host (a name, an IPv4 address, an IPv6 address without brackets), or nil for a
    /// unix socket in `socketFolder`.
    public let host: String?
    /// The folder holding the server's unix socket (`?host=/FOLDER`), or nil for TCP.
    public let socketFolder: String?
    public let port: Int
    public let user: String
    public let database: String
    public let sslMode: SSLMode

    /// The socket file itself: `FOLDER/.s.PGSQL.PORT`, as libpq names it.
    public var socketPath: String? { socketFolder.map { "\($0)/.s.PGSQL.\(port)" } }

    /// The name `~/.pgpass` lines are matched against: the TCP host, or `localhost` for a socket.
    public var passwordHost: String { host ?? "localhost" }

    /// The URL as people read it (never a password: none is allowed in it).
    public var description: String {
        let shownHost = host.map { $0.contains(":") ? "[\($0)]" : $0 } ?? ""
        var s = "postgres://\(user)@\(shownHost):\(port)/\(database)"
        var query: [String] = []
        if let socketFolder { query.append("host=\(socketFolder)") }
        if sslMode != .prefer { query.append("sslmode=\(sslMode.rawValue)") }
        if !query.isEmpty { s += "?" + query.joined(separator: "&") }
        return s
    }

    public init(host: String?, socketFolder: String? = nil, port: Int = 5432, user: String, database: String, sslMode: SSLMode = .prefer) {
        self.host = host
        self.socketFolder = socketFolder
        self.port = port
        self.user = user
        self.database = database
        self.sslMode = sslMode
    }

    /// Reads `text`; `place` names where it was written, for messages.
    /// - Throws: `StewardError.failure` saying what is wrong with it and how a right one looks.
    public static func parse(_ text: String, place: String) throws -> DatabaseURL {
        let shape = "postgres://USER@HOST:PORT/DATABASE (the password from PGPASSWORD or ~/.pgpass)"
        func refuse(_ why: String) -> StewardError {
            .failure("\(place) is \"\(Escape.inline(shownWithoutPassword(text)))\", which \(why); write it as \(shape)")
        }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { throw refuse("holds a control character") }
        guard let u = URLComponents(string: text), let scheme = u.scheme?.lowercased() else { throw refuse("is not a URL") }
        guard scheme == "postgres" || scheme == "postgresql" else { throw refuse("is not a postgres:// URL") }
        if u.password != nil {
            throw StewardError.failure(
                "\(place) holds a password, which anything that shows this machine's settings could print; remove it from the URL and set PGPASSWORD in the environment or a line in ~/.pgpass (HOST:PORT:DATABASE:USER:PASSWORD, mode 0600)"
            )
        }
        guard let user = u.percentEncodedUser?.removingPercentEncoding, !user.isEmpty else { throw refuse("names no user (USER@)") }
        let database = String(u.percentEncodedPath.drop(while: { $0 == "/" })).removingPercentEncoding ?? ""
        guard !database.isEmpty, !database.contains("/") else { throw refuse("names no database (/DATABASE)") }
        var socketFolder: String?
        var sslMode = SSLMode.prefer
        for item in u.queryItems ?? [] {
            switch item.name {
            case "host":
                guard let v = item.value, v.hasPrefix("/") else { throw refuse("has a host= that is not an absolute socket folder") }
                socketFolder = v
            case "sslmode":
                guard let v = item.value, let m = SSLMode(rawValue: v) else {
                    throw refuse("has an sslmode that is not one of \(SSLMode.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                sslMode = m
            default:
                throw refuse("has the parameter '\(Escape.inline(item.name))', which Steward does not know (known: host, sslmode)")
            }
        }
        var host = u.host.map { $0.hasPrefix("[") && $0.hasSuffix("]") ? String($0.dropFirst().dropLast()) : $0 }
        if host?.isEmpty == true { host = nil }
        guard host != nil || socketFolder != nil else { throw refuse("names no host") }
        if socketFolder != nil { host = nil }
        let port = u.port ?? 5432
        guard (1...65535).contains(port) else { throw refuse("has a port outside 1 to 65535") }
        return DatabaseURL(host: host, socketFolder: socketFolder, port: port, user: user, database: database, sslMode: sslMode)
    }

    /// `text` with the password of `USER:PASSWORD@` replaced by `***`, for messages about a
    /// URL that was refused.
    public static func shownWithoutPassword(_ text: String) -> String {
        guard let at = text.range(of: "@"), let scheme = text.range(of: "://"), scheme.upperBound < at.lowerBound else { return text }
        let userInfo = text[scheme.upperBound..<at.lowerBound]
        guard let colon = userInfo.firstIndex(of: ":") else { return text }
        return String(text[..<text.index(after: colon)]) + "***" + String(text[at.lowerBound...])
    }
}
