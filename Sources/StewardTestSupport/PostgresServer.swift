import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A real PostgreSQL (spec 23.9; Debian's `postgresql`), one cluster per test process: `initdb`
/// and `pg_ctl` from `/usr/lib/postgresql/VERSION/bin` (the newest there), run through `runuser -u
/// postgres` when the tests run as root (`initdb` refuses root), in a folder of its own under
/// `/tmp` that the `postgres` user owns. It listens on its unix socket in that folder and on a
/// free loopback port (`127.0.0.1` only); over TCP a role of its own logs in with a password
/// (`scram-sha-256`), so the tests go through `PGPASSWORD` and `~/.pgpass` as a person would.
/// Each test asks for a fresh database (`makeDatabase`). The cluster is stopped (`pg_ctl stop -m
/// immediate`) and its folder removed when the test process ends, however it ends: a shell
/// holds it and waits on a pipe only this process writes to, as for `GitDaemon`.
///
/// A test that stops or restarts PostgreSQL takes a cluster of its own (`privateCluster()`; the
/// shared one serves tests running at the same time) and drives it with `restart()`,
/// `stopServer()` and `startServer()`.
public final class PostgresServer: Sendable {
    /// The loopback TCP port.
    public let port: Int
    /// The folder holding the data, the log and the unix socket.
    public let folder: String
    /// The role the tests connect as, and its password.
    public let user = "steward"
    public let password: String
    let bin: String
    /// `postgres`'s options (`-o` of `pg_ctl start`): the port, the socket folder, no durability.
    let options: String
    /// The write end of the pipe the holding shell waits on: closing it stops the cluster and
    /// removes `folder`.
    private let keepAlive: FileHandle

    /// A database of its own for one test.
    public struct Database: Sendable {
        public let name: String
        /// `postgres://steward@127.0.0.1:PORT/NAME` (no password: give `password` through
        /// `PGPASSWORD` or a `~/.pgpass` line).
        public let url: String
        /// The same database through the unix socket: `postgres://steward@:PORT/NAME?host=FOLDER`.
        public let socketURL: String
    }

    /// The cluster of this test process, started at the first call. One that cannot start is
    /// the test's failure (never a skip).
    public static func shared() throws -> PostgresServer { try started.get() }

    private static let started = startWithRetries("PostgreSQL") { try PostgresServer() }

    /// A new cluster for this test alone, started as the shared one is; `remove()` ends it, else
    /// it ends with the test process.
    /// - Parameter durable: PostgreSQL's defaults for `fsync`, `synchronous_commit` and
    ///   `full_page_writes` (every commit flushed, as a real server runs) instead of the tests'
    ///   off (a benchmark says which it used).
    /// - Throws: `GitDaemonError` when it does not start (5 tries).
    public static func privateCluster(durable: Bool = false) throws -> PostgresServer {
        try startWithRetries("PostgreSQL") { try PostgresServer(durable: durable) }.get()
    }

    /// Stops the cluster now (`pg_ctl stop -m immediate`, by the holding shell) and removes its
    /// folder; returns once the folder is gone (at most 30 s).
    public func remove() {
        try? keepAlive.close()
        let deadline = Date().addingTimeInterval(30)
        while FileManager.default.fileExists(atPath: folder), Date() < deadline { usleep(20_000) }
    }

    private init(durable: Bool = false) throws {
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        guard let newest = versions.filter({ Int($0) != nil }).max(by: { Int($0)! < Int($1)! }),
            FileManager.default.isExecutableFile(atPath: "/usr/lib/postgresql/\(newest)/bin/initdb")
        else {
            throw GitDaemonError(
                description: "PostgreSQL is not installed (/usr/lib/postgresql/*/bin/initdb): install postgresql (scripts/setup.sh does)")
        }
        bin = "/usr/lib/postgresql/\(newest)/bin"
        // Under /tmp, not $TMPDIR: the postgres user must reach it, and a socket path must stay
        // under 108 bytes.
        let base = "/tmp/steward-pg-\(UUID().uuidString.prefix(13).lowercased())"
        password = UUID().uuidString
        let port = try freeLoopbackPort()
        do {
            try Self.prepare(base, bin: bin)
        } catch {
            try? FileManager.default.removeItem(atPath: base)
            throw error
        }
        // Durability is off (a test cluster is thrown away); connections enough for many claimers.
        let options =
            "-c listen_addresses=127.0.0.1 -p \(port) -k \(base) -c max_connections=300"
            + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        keepAlive = try Self.hold(base, bin: bin, port: port, options: options)
        self.options = options
        self.port = port
        folder = base
        try waitUntilReady()
        _ = try psql("CREATE ROLE \(user) LOGIN CREATEDB PASSWORD '\(password)'")
    }

    /// Returns once the server takes queries: its port accepts connections before its start-up
    /// is over ("the database system is starting up", 57P03; longer with fsync on, under load).
    /// - Throws: `GitDaemonError` when it still refuses after 60 s.
    func waitUntilReady() throws {
        let deadline = Date().addingTimeInterval(60)
        while true {
            do {
                _ = try psql("SELECT 1")
                return
            } catch  where "\(error)".contains("starting up") && Date() < deadline {
                usleep(50_000)
            }
        }
    }

    /// Whether the tests run as root, and so run PostgreSQL's programs as `postgres`.
    static var asRoot: Bool { geteuid() == 0 }

    /// `argv` as the `postgres` user when this process is root, else as it is.
    static func asPostgres(_ argv: [String]) -> [String] { asRoot ? ["/usr/sbin/runuser", "-u", "postgres", "--"] + argv : argv }

    /// Makes `base` (owned by `postgres` when root) and the cluster in `base/data`: the
    /// superuser `postgres` trusted on the socket, every TCP login by password.
    private static func prepare(_ base: String, bin: String) throws {
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        if asRoot { try FileManager.default.setAttributes([.ownerAccountName: "postgres", .groupOwnerAccountName: "postgres"], ofItemAtPath: base) }
        let initdb = asPostgres([
            "/usr/bin/env", "LC_ALL=C.UTF-8", bin + "/initdb", "-D", base + "/data", "-U", "postgres", "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
        ])
        _ = try SSHServer.tool(initdb[0], Array(initdb.dropFirst()))
    }

    /// Starts the server with `pg_ctl start` from a shell that then waits on a pipe only this
    /// process writes to; at its end of file the shell stops the server and removes `base`.
    /// Returns the pipe's write end once the port accepts connections.
    private static func hold(_ base: String, bin: String, port: Int, options: String) throws -> FileHandle {
        let pg = asPostgres([]).map(shellQuoted).joined(separator: " ")
        let script = """
            \(pg) \(bin)/pg_ctl -D \(base)/data -l \(base)/log -w -t 60 -o '\(options)' start >/dev/null 2>&1 || { cat \(base)/log >&2; rm -rf \(base); exit 1; }
            read _
            \(pg) \(bin)/pg_ctl -D \(base)/data -m immediate -w -t 30 stop >/dev/null 2>&1 || kill -9 "$(head -1 \(base)/data/postmaster.pid)"
            exec rm -rf \(base)
            """
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", script]
        let keepAlive = Pipe()
        // Only the shell holds the read end; no program started later may hold the write end.
        _ = fcntl(keepAlive.fileHandleForWriting.fileDescriptor, F_SETFD, FD_CLOEXEC)
        shell.standardInput = keepAlive
        shell.standardOutput = FileHandle.nullDevice
        let said = Pipe()
        shell.standardError = said
        try shell.run()
        let deadline = Date().addingTimeInterval(60)
        while !canConnect(port) {
            guard shell.isRunning, Date() < deadline else {
                try? keepAlive.fileHandleForWriting.close()
                let log = shell.isRunning ? "" : String(decoding: said.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                throw GitDaemonError(description: "PostgreSQL on port \(port) does not accept connections: \(log)")
            }
            usleep(20_000)
        }
        // The write end stays open as long as the server object (the shared one: for the life of
        // this process).
        return keepAlive.fileHandleForWriting
    }

    /// Runs `sql` as the superuser through the unix socket (`psql`), in `database`; what it
    /// printed, one row a line, columns split by `|`.
    /// - Throws: `GitDaemonError` with psql's message when it fails.
    @discardableResult
    public func psql(_ sql: String, database: String = "postgres") throws -> String {
        try SSHServer.tool(
            bin + "/psql",
            ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", folder, "-p", String(port), "-U", "postgres", "-d", database, "-c", sql])
    }

    /// A new, empty database owned by `user`, named uniquely.
    /// - Throws: `GitDaemonError` when PostgreSQL cannot make it.
    public func makeDatabase(_ prefix: String = "test") throws -> Database {
        let name = "\(prefix)_\(UUID().uuidString.prefix(8).lowercased())"
        try psql("CREATE DATABASE \(name) OWNER \(user)")
        return Database(
            name: name, url: "postgres://\(user)@127.0.0.1:\(port)/\(name)?sslmode=disable",
            socketURL: "postgres://\(user)@:\(port)/\(name)?host=\(folder)")
    }
}

extension PostgresServer {
    /// `pg_ctl restart -m fast`: every session is ended (clients see `57P01`, then a closed
    /// connection), the server starts again on the same port and folder with the same data.
    /// Returns once it accepts connections.
    /// - Throws: `GitDaemonError` with pg_ctl's words when it fails.
    public func restart() throws { try pgCtl(["restart", "-m", "fast", "-o", options]) }

    /// `pg_ctl stop -m fast`: the server is down until `startServer()`.
    /// - Throws: `GitDaemonError` with pg_ctl's words when it fails.
    public func stopServer() throws { try pgCtl(["stop", "-m", "fast"]) }

    /// `pg_ctl start` after `stopServer()`; returns once it accepts connections.
    /// - Throws: `GitDaemonError` with pg_ctl's words when it fails.
    public func startServer() throws { try pgCtl(["start", "-o", options]) }

    /// Runs `pg_ctl ARGS` (as `postgres` when root) and waits for it, the server's output in
    /// `folder/log`.
    ///
    /// Why not simply `Process`: Foundation's `Process` on Linux learns that its child ended when
    /// a socket it gave the child closes, and every descriptor not marked close-on-exec is
    /// inherited by the child's children. `pg_ctl start` and `restart` fork the postmaster,
    /// which then holds that socket (and any pipe for pg_ctl's output) for as long as it runs, so
    /// `waitUntilExit()` (or reading the output to its end) waited for the server to stop: the
    /// hang of spec 23.8 (through a pipe and a file alike; `pg_ctl start -l LOG` from `Process`
    /// did not return in 20 s, and returns in 0.2 s with this). bash here closes every
    /// descriptor above 2 before it runs pg_ctl (dash cannot name one above 9), and `-l` sends
    /// the postmaster's output to the log, so the postmaster keeps nothing of this process's.
    func pgCtl(_ args: [String]) throws {
        let argv = Self.asPostgres([bin + "/pg_ctl", "-D", folder + "/data", "-l", folder + "/log", "-w", "-t", "60"] + args)
        let script = """
            for f in /proc/$$/fd/*; do fd=${f##*/}; [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done
            exec \(argv.map(shellQuoted).joined(separator: " ")) </dev/null
            """
        _ = try SSHServer.tool("/bin/bash", ["-c", script])
    }
}
