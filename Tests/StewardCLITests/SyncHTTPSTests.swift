import Foundation
import StewardTestSupport
import Testing

/// `sync`, `clone`, `propose` and `approve` over https (spec 22.2, 22.10): the remote a bare
/// repository behind a real lighttpd running `git http-backend` on 127.0.0.1 (one per test
/// run), with a certificate made at the start that nothing trusts until told to, and a login
/// needed to push. Every `steward` is a child process; what trusts the certificate and gives
/// the login is the person's own git settings (`http.sslCAInfo`, a credential helper, in the
/// clone's `.git/config` or in their global config), which Steward leaves to git.
@Suite("Sync and clone over https, through a real lighttpd + git http-backend on 127.0.0.1")
struct SyncHTTPSTests {
    /// A person's home for git: a global config file (`GIT_CONFIG_GLOBAL`, standing for
    /// `~/.gitconfig`) and a credentials file, in a folder of their own.
    struct Person {
        let home: Sandbox
        /// `GIT_SSL_CAINFO` in their environment; nil: not set (the test process's own value,
        /// which would override `http.sslCAInfo` in any config, is taken away).
        let caInEnvironment: String?
        var gitconfig: String { home.dir + "/gitconfig" }
        var credentials: String { home.dir + "/git-credentials" }

        /// `global`: the lines of their global git config (none: an empty one).
        init(global: String = "", caInEnvironment: String? = nil) throws {
            home = try Sandbox()
            self.caInEnvironment = caInEnvironment
            try global.write(toFile: gitconfig, atomically: true, encoding: .utf8)
        }

        /// Their environment: only their own global config (no system config), and no program
        /// that could answer a password question for them.
        var environment: [String: String] {
            var env = [
                "GIT_CONFIG_GLOBAL": gitconfig, "GIT_CONFIG_NOSYSTEM": "1", "GIT_ASKPASS": "", "SSH_ASKPASS": "", "SSH_ASKPASS_REQUIRE": "never",
            ]
            env["GIT_SSL_CAINFO"] = caInEnvironment
            return env
        }

        /// `COMMAND…` run by `env` without the variables this person does not set.
        func command(_ words: [String]) -> [String] {
            (caInEnvironment == nil ? ["-u", "GIT_SSL_CAINFO"] : []) + words
        }

        func steward(_ s: Sandbox, _ args: [String], stdin: String? = nil, workspace: Bool = true) async throws -> Run {
            try await run(
                "/usr/bin/env", command([try stewardBinary] + args + (workspace ? ["--workspace", s.ws] : [])), stdin: stdin, env: environment)
        }

        /// The numbers `review` lists (it catches up first, with this person's settings).
        func pending(_ s: Sandbox) async throws -> [Int] {
            let r = try await steward(s, ["review", "--json"])
            let list = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]] ?? []
            return list.compactMap { $0["number"] as? Int }
        }
    }

    /// A workspace made by `init`, with `url` added as `origin` and, when given, git told in its
    /// own `.git/config` to trust `ca` and to take logins from `credentials`.
    static func machine(remote url: String, ca: String?, credentials: String?) async throws -> Sandbox {
        let s = try await SyncSSHTests.machine(remote: url)
        if let ca { _ = try await s.git("config", "http.sslCAInfo", ca) }
        if let credentials { _ = try await s.git("config", "credential.helper", "store --file=\(credentials)") }
        return s
    }

    @Test(
        "https://127.0.0.1:PORT: init and sync on A (its .git/config trusts the certificate and names a credential helper), clone and propose on B (GIT_SSL_CAINFO, a credential helper in the person's global config), approve on A; refs equal, fsck clean"
    )
    func roundTripOverHTTPS() async throws {
        let server = try HTTPSGitServer.shared()
        let remote = try server.makeRepository()
        let alice = try Person()
        try server.writeCredentials(to: alice.credentials)
        let a = try await Self.machine(remote: remote.url, ca: server.caFile, credentials: alice.credentials)
        let first = try await alice.steward(a, ["sync"])
        #expect(first.status == 0, "\(first.stderr)")
        // Pushing needs the login: main reached the remote, so the helper gave it.
        #expect(try SyncCLITests.sharedRefs(remote.path)["refs/heads/main"] == (try SyncCLITests.sharedRefs(a.ws)["refs/heads/main"]))

        // Bob trusts it through GIT_SSL_CAINFO and keeps his login in his global config.
        let bob = try Person(caInEnvironment: server.caFile)
        try server.writeCredentials(to: bob.credentials)
        try "[credential]\n\thelper = store --file=\(bob.credentials)\n".write(toFile: bob.gitconfig, atomically: true, encoding: .utf8)
        let b = try Sandbox()
        let clone = try await bob.steward(b, ["clone", remote.url, b.ws], workspace: false)
        #expect(clone.status == 0, "\(clone.stderr)")
        let proposed = try await bob.steward(
            b, ["propose", "--title", "From B", "--agent", "test", "--json"], stdin: writeOp("memory/b.md", "bee\n"))
        #expect(proposed.status == 0, "\(proposed.stderr)")
        #expect(try SyncCLITests.object(proposed.stdout)["number"] as? Int == 1)
        #expect(try SyncCLITests.sharedRefs(remote.path)["refs/steward/proposals/1"] != nil)

        let taken = try await alice.steward(a, ["sync"])
        #expect(taken.status == 0, "\(taken.stderr)")
        #expect(try await alice.pending(a) == [1])
        let approved = try await alice.steward(a, ["approve", "1", "--yes", "--by", "alice"])
        #expect(approved.status == 0, "\(approved.stderr)")
        for (person, s) in [(alice, a), (bob, b)] {
            let r = try await person.steward(s, ["sync"])
            #expect(r.status == 0, "\(r.stderr)")
        }
        #expect(b.read("memory/b.md") == "bee\n")
        #expect(a.read("memory/b.md") == "bee\n")
        #expect(try await bob.pending(b).isEmpty)
        let onA = try SyncCLITests.sharedRefs(a.ws)
        #expect(onA["refs/steward/applied/1"] != nil)
        #expect(onA == (try SyncCLITests.sharedRefs(b.ws)))
        #expect(onA == (try SyncCLITests.sharedRefs(remote.path)))
        for dir in [a.ws, b.ws, remote.path] { #expect(SyncSSHTests.fsckProblem(dir) == nil) }
    }

    /// A's workspace, synced once with the certificate trusted and the login given; then
    /// `undo` takes back what `trust` and `login` name from its `.git/config`.
    static func syncedMachine(_ server: HTTPSGitServer, _ person: Person) async throws -> (Sandbox, HTTPSGitServer.Repository) {
        let remote = try server.makeRepository()
        try server.writeCredentials(to: person.credentials)
        let a = try await machine(remote: remote.url, ca: server.caFile, credentials: person.credentials)
        let first = try await person.steward(a, ["sync"])
        #expect(first.status == 0, "\(first.stderr)")
        let proposed = try await person.steward(a, ["propose", "--title", "First", "--agent", "test"], stdin: writeOp("memory/a.md", "one\n"))
        #expect(proposed.status == 0, "\(proposed.stderr)")
        return (a, remote)
    }

    @Test(
        "a certificate git does not trust: sync, propose, approve and clone fail with the fix (http.sslCAInfo), nothing changed, no offline proposal")
    func untrustedCertificate() async throws {
        let server = try HTTPSGitServer.shared()
        let alice = try Person()
        let (a, remote) = try await Self.syncedMachine(server, alice)
        _ = try await a.git("config", "--unset", "http.sslCAInfo")
        let here = try SyncCLITests.allRefs(a.ws)
        let there = try SyncCLITests.allRefs(remote.path)
        let said = "git does not trust the certificate of origin (\(remote.url))"
        for args in [["sync"], ["propose", "--title", "Second", "--agent", "test"], ["approve", "1", "--yes"]] {
            let r = try await alice.steward(a, args, stdin: args[0] == "propose" ? writeOp("memory/b.md", "two\n") : nil)
            #expect(r.status != 0, "\(args): \(r.stdout)")
            #expect(r.stderr.contains(said), "\(args): \(r.stderr)")
            #expect(r.stderr.contains("git config http.sslCAInfo"), "\(args): \(r.stderr)")
            #expect(r.stderr.contains("nothing changed"), "\(args): \(r.stderr)")
            #expect(!r.stdout.contains("offline"), "\(args): \(r.stdout)")
            #expect(try SyncCLITests.allRefs(a.ws) == here, "\(args)")
        }
        #expect(a.read("memory/a.md") == nil)
        #expect(try SyncCLITests.allRefs(remote.path) == there)
        let c = try Sandbox()
        let clone = try await alice.steward(c, ["clone", remote.url, c.ws], workspace: false)
        #expect(clone.status != 0)
        #expect(clone.stderr.contains("could not clone \(remote.url)"), "\(clone.stderr)")
        #expect(clone.stderr.contains("git config http.sslCAInfo"), "\(clone.stderr)")
        #expect(!FileManager.default.fileExists(atPath: c.ws))
    }

    @Test("no login for a push (no credential helper), or one the server refuses: propose and approve fail at once with the fix, nothing changed")
    func missingCredentials() async throws {
        let server = try HTTPSGitServer.shared()
        let alice = try Person()
        let (a, remote) = try await Self.syncedMachine(server, alice)
        let there = try SyncCLITests.allRefs(remote.path)
        _ = try await a.git("config", "--unset", "credential.helper")
        for (login, said, fix) in [
            (nil, "git has no login for origin (\(remote.url))", "save it in a git credential helper"),
            ("wrong", "the login git's credential helper gave was refused by origin (\(remote.url))", "correct the login"),
        ] {
            if login != nil { _ = try await a.git("config", "credential.helper", "store --file=\(alice.credentials)") }
            let here = try SyncCLITests.allRefs(a.ws)
            for args in [["propose", "--title", "Second", "--agent", "test"], ["approve", "1", "--yes"]] {
                // git's store helper erases a login the server refused: written again each time.
                if let login { try server.writeCredentials(to: alice.credentials, password: login) }
                let r = try await alice.steward(a, args, stdin: args[0] == "propose" ? writeOp("memory/b.md", "two\n") : nil)
                #expect(r.status != 0, "\(args): \(r.stdout)")
                #expect(r.stderr.contains(said), "\(args): \(r.stderr)")
                #expect(r.stderr.contains(fix), "\(args): \(r.stderr)")
                #expect(r.stderr.contains("nothing changed"), "\(args): \(r.stderr)")
                #expect(!r.stdout.contains("offline"), "\(args): \(r.stdout)")
                #expect(try SyncCLITests.allRefs(a.ws) == here, "\(args)")
            }
        }
        #expect(a.read("memory/a.md") == nil)
        #expect(try SyncCLITests.allRefs(remote.path) == there)
    }

    @Test("on a terminal, a push with no login is never left waiting on a prompt: the error at once")
    func neverAsksForALoginOnATerminal() async throws {
        let server = try HTTPSGitServer.shared()
        let alice = try Person()
        let (a, remote) = try await Self.syncedMachine(server, alice)
        _ = try await a.git("config", "--unset", "credential.helper")
        // A short connect time-out: a push that waited on the terminal would end with
        // "did not answer within 5 s" instead of git's own refusal.
        try a.write(".steward/config.toml", "[remote]\nconnect_timeout_seconds = 5\n")
        let here = try SyncCLITests.allRefs(a.ws)
        let command = (["/usr/bin/env"] + alice.command([try stewardBinary, "approve", "1", "--yes", "--workspace", a.ws])).map(shellQuoted)
            .joined(separator: " ")
        let r = try await run(
            "/usr/bin/timeout", ["60", "/usr/bin/script", "-q", "-e", "-c", command, "/dev/null"], stdin: nil, env: alice.environment)
        #expect(r.status != 0 && r.status != 124, "exit \(r.status): \(r.stdout)")
        #expect(r.stdout.contains("git has no login for origin (\(remote.url))"), "\(r.stdout)")
        // git's question would start a line ("Username for 'https://…': "); its refusal
        // quotes it inside one ("could not read Username for …").
        #expect(!r.stdout.split(whereSeparator: \.isNewline).contains { $0.hasPrefix("Username for") || $0.hasPrefix("Password for") }, "\(r.stdout)")
        #expect(!r.stdout.contains("did not answer within"), "\(r.stdout)")
        #expect(try SyncCLITests.allRefs(a.ws) == here)
    }
}
