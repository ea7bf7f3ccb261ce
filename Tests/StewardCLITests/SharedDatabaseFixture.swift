import Foundation
import StewardTestSupport
import Testing

/// Machines of one workspace (spec 22, 23): machine 0 made by `init`, the others by `steward
/// clone`, all sharing a real `git daemon` remote and a fresh database of the test process's
/// PostgreSQL cluster, set as `[database] url` in each machine's own `.steward/config.toml`.
/// Every `steward` a child process; `env` gives the password as a person's environment would.
struct Household {
    let remote: GitDaemon.Repository
    let server: PostgresServer
    let database: PostgresServer.Database
    let machines: [Sandbox]

    /// `PGPASSWORD` for every `steward` of this household (never in the URL: spec 23.1).
    var env: [String: String] { ["PGPASSWORD": server.password] }

    /// `count` machines, synced once, each with `[database]`; `leaseSeconds` short for tests.
    /// `extraConfig` is appended to each machine's `.steward/config.toml` (after `[database]`).
    /// `server`: the test process's shared cluster unless given (a private one for a test that
    /// restarts it).
    init(machines count: Int, leaseSeconds: Double = 3, extraConfig: String = "", server given: PostgresServer? = nil) async throws {
        remote = try GitDaemon.shared().makeRepository()
        server = try given ?? PostgresServer.shared()
        database = try server.makeDatabase("household")
        var made: [Sandbox] = []
        let a = try Sandbox()
        try await a.ok("init")
        _ = try await a.git("remote", "add", "origin", remote.url)
        let synced = try await a.steward("sync")
        guard synced.status == 0 else { throw GitFailed(args: ["steward", "sync"], stderr: synced.stderr) }
        made.append(a)
        for _ in 1..<max(1, count) {
            let b = try Sandbox()
            let cloned = try await b.steward(["clone", remote.url, b.ws], workspace: false)
            guard cloned.status == 0 else { throw GitFailed(args: ["steward", "clone"], stderr: cloned.stderr) }
            made.append(b)
        }
        machines = made
        for m in machines { try Self.setDatabase(m, url: database.url, leaseSeconds: leaseSeconds, extra: extraConfig) }
    }

    /// Adds `[database]` to `machine`'s `.steward/config.toml`, keeping what is there.
    static func setDatabase(_ machine: Sandbox, url: String, leaseSeconds: Double, extra: String = "") throws {
        let path = machine.ws + "/.steward/config.toml"
        let old = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let text = old + "\n[database]\nurl = \"\(url)\"\nconnect_timeout_seconds = 5\nlease_seconds = \(leaseSeconds)\n" + extra
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// Runs `steward ARGS` on machine `i` with the household's environment.
    @discardableResult
    func steward(_ i: Int, _ args: [String], stdin: String? = nil, env extra: [String: String] = [:]) async throws -> Run {
        try await machines[i].steward(args, stdin: stdin, env: env.merging(extra) { _, new in new })
    }

    /// `[models.cloudy]`: a model on a scripted server at `url` (on 127.0.0.1, yet marked cloud
    /// and priced, USD per million tokens), so its calls count against the cloud budget.
    static func cloudModel(_ url: String, priceIn: Double = 10, priceOut: Double = 10, maxTokens: Int) -> String {
        """
        [models.cloudy]
        provider = "openai"
        url = "\(url)"
        model = "gpt"
        cloud = true
        price_in = \(priceIn)
        price_out = \(priceOut)
        max_tokens = \(maxTokens)

        """
    }

    /// What `sql` printed, run as the superuser in the household's database (`psql -At`).
    func psql(_ sql: String) throws -> String {
        try server.psql(sql, database: database.name).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
