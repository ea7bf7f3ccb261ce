import Foundation
import StewardTestSupport
import Testing

/// `[database]` is this machine's own setting (issue 17, spec 23.1): one written in `main`'s
/// `steward.toml`, which anyone who can push to `main` may change, is never used, so it cannot
/// send this machine's tasks, transcripts and spend to another server.
@Suite("[database] on main is not used")
struct DatabaseOnMainTests {
    @Test func aDatabaseSectionInMainsStewardTomlIsIgnoredAndSaidSo() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        // Were it read, every command below would try this closed port and fail (exit 3).
        let toml = (s.read("steward.toml") ?? "") + "\n[database]\nurl = \"postgres://steward@127.0.0.1:1/steward\"\n"
        try await personCommits(s, ["steward.toml": toml])
        let tasks = try await s.steward("tasks")
        #expect(tasks.status == 0 && tasks.stdout.contains("No tasks yet"), "\(tasks.stdout)\(tasks.stderr)")
        #expect(tasks.stderr.contains("unknown section 'database' is ignored"), "\(tasks.stderr)")
        #expect(!tasks.stderr.contains("could not be reached"), "\(tasks.stderr)")
        let queued = try await s.steward("run", "--queue", "Write outputs/x.md")
        #expect(queued.status == 2 && queued.stderr.contains("set [database] url in .steward/config.toml"), "\(queued.stderr)")
    }
}
