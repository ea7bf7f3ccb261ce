import Foundation
import StewardCore
import StewardPostgres
import StewardSandbox
import Testing

/// `[database]` in `.steward/config.toml` (spec 23.1): the URL's shape, no password in it, the
/// keys' ranges, and `~/.pgpass` lines read as libpq reads them.
@Suite("PostgreSQL store: [database] settings")
struct DatabaseSettingTests {
    let source = ".steward/config.toml"

    func message(_ text: String) -> String {
        do {
            _ = try MachineConfig.parse(text, source: source)
            return "(no error)"
        } catch {
            return "\(error)"
        }
    }

    @Test func theSectionIsRead() throws {
        let c = try MachineConfig.parse(
            """
            [database]
            url = "postgresql://steward@db.home:5433/house?sslmode=require"
            connect_timeout_seconds = 3
            lease_seconds = 20
            """, source: source)
        let d = try #require(c.database)
        #expect(d.url == DatabaseURL(host: "db.home", port: 5433, user: "steward", database: "house", sslMode: .require))
        #expect(d.connectTimeoutSeconds == 3)
        #expect(d.leaseSeconds == 20)
        #expect("\(d.url)" == "postgres://steward@db.home:5433/house?sslmode=require")
        #expect(c.warnings.isEmpty)
        #expect(try MachineConfig.parse("", source: source).database == nil)
    }

    @Test func aPasswordInTheURLIsRefusedAndNeverShown() {
        let m = message("[database]\nurl = \"postgres://steward:hunter2@db.home/house\"\n")
        #expect(
            m
                == ".steward/config.toml: [database] url holds a password, which anything that shows this machine's settings could print; remove it from the URL and set PGPASSWORD in the environment or a line in ~/.pgpass (HOST:PORT:DATABASE:USER:PASSWORD, mode 0600)"
        )
        #expect(!m.contains("hunter2"))
    }

    @Test func wrongURLsAndKeysAreNamed() {
        #expect(
            message("[database]\nurl = \"mysql://u@h/d\"\n").contains(
                "[database] url is \"mysql://u@h/d\", which is not a postgres:// URL; write it as postgres://USER@HOST:PORT/DATABASE"))
        #expect(message("[database]\nurl = \"postgres://h/d\"\n").contains("which names no user (USER@)"))
        #expect(message("[database]\nurl = \"postgres://u@h\"\n").contains("which names no database (/DATABASE)"))
        #expect(
            message("[database]\nurl = \"postgres://u@h/d?sslmode=maybe\"\n").contains(
                "has an sslmode that is not one of disable, prefer, require, verify-full"))
        #expect(message("[database]\nurl = \"postgres://u@h/d?host=relative\"\n").contains("has a host= that is not an absolute socket folder"))
        #expect(message("[database]\nlease_seconds = 5\n").contains("'database.url' must be a string"))
        #expect(message("[database]\nurl = \"postgres://u@h/d\"\nlease_seconds = 0\n").contains("database.lease_seconds"))
        #expect(
            message("[database]\nurl = \"postgres://u@h/d\"\nleese = 1\n").contains(
                "unknown key 'database.leese' (known here: url, connect_timeout_seconds, lease_seconds, query_timeout_seconds)"))
    }

    @Test func aSocketURLNamesTheSocketFile() throws {
        let u = try DatabaseURL.parse("postgres://me@/house?host=/run/postgresql", place: "url")
        #expect(u.host == nil)
        #expect(u.socketPath == "/run/postgresql/.s.PGSQL.5432")
        #expect(u.passwordHost == "localhost")
        #expect("\(u)" == "postgres://me@:5432/house?host=/run/postgresql")
    }

    @Test func pgpassLinesMatchAsLibpqReadsThem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("steward-pgpass-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/pass"
        try "db.home:5432:other:steward:no\ndb.home:*:house:steward:pa\\:ss\\\\word\n*:*:*:*:fallback\n".write(
            toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        var notes: [String] = []
        let house = DatabaseURL(host: "db.home", user: "steward", database: "house")
        #expect(PostgresPassword.find(for: house, environment: ["PGPASSFILE": file], home: nil, notes: &notes) == "pa:ss\\word")
        let elsewhere = DatabaseURL(host: "nas", user: "me", database: "x")
        #expect(PostgresPassword.find(for: elsewhere, environment: ["PGPASSFILE": file], home: nil, notes: &notes) == "fallback")
        #expect(PostgresPassword.find(for: house, environment: ["PGPASSFILE": file, "PGPASSWORD": "env"], home: nil, notes: &notes) == "env")
        #expect(notes.isEmpty)
    }
}
