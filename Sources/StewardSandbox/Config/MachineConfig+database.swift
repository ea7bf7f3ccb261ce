import StewardConfig
import StewardCore
import TOMLKit

extension MachineConfig {
    /// `[database]`: the PostgreSQL store this machine shares with the workspace's other machines
    /// (spec 23.1). Only here, never in `steward.toml` on `main`, so nobody who can push can send a
    /// machine's tasks and spend elsewhere; never a password (`PGPASSWORD` or `~/.pgpass`).
    public struct Database: Sendable, Hashable {
        public var url: DatabaseURL
        /// No connection within this: the database did not answer.
        public var connectTimeoutSeconds = 10.0
        /// How long a claimed task's lease lasts; renewed every third of it.
        public var leaseSeconds = 60.0
        /// How long a query or a transaction may go unanswered (time this process could run)
        /// before its connection is closed and it counts as a lost connection (spec 23.8).
        public var queryTimeoutSeconds = 60.0

        public init(url: DatabaseURL) { self.url = url }
    }

    /// The range of each numeric key of `[database]` (docs/spec.md section 23.1).
    public enum DatabaseRanges {
        public static let connectTimeoutSeconds = SettingRange.seconds(max: 300)
        public static let leaseSeconds = SettingRange.seconds(max: 3600)
        public static let queryTimeoutSeconds = SettingRange.seconds(max: 86_400)
    }

    static let databaseKeys = ["url", "connect_timeout_seconds", "lease_seconds", "query_timeout_seconds"]

    /// `[database]`'s keys are checked strictly, as `[remote]`'s: a mistyped key would leave a
    /// machine on the wrong store without a word.
    static func parseDatabase(_ t: TOMLTable, source: String) throws -> Database {
        guard let text = t["url"]?.string else {
            throw wrongType(source, "database.url", "a string, postgres://USER@HOST:PORT/DATABASE")
        }
        var d = Database(url: try DatabaseURL.parse(text, place: "\(source): [database] url"))
        for k in t.keys.sorted() {
            let key = "database.\(k)"
            switch k {
            case "url": continue
            case "connect_timeout_seconds":
                d.connectTimeoutSeconds = try t.number(k, key: key, range: DatabaseRanges.connectTimeoutSeconds, source: source)!
            case "lease_seconds":
                d.leaseSeconds = try t.number(k, key: key, range: DatabaseRanges.leaseSeconds, source: source)!
            case "query_timeout_seconds":
                d.queryTimeoutSeconds = try t.number(k, key: key, range: DatabaseRanges.queryTimeoutSeconds, source: source)!
            default:
                throw StewardError.failure(
                    "\(source): unknown key '\(Escape.inline(key))' (known here: \(databaseKeys.joined(separator: ", "))); \(fix)")
            }
        }
        return d
    }
}
