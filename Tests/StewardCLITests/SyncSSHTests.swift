import Foundation
import StewardTestSupport
import Testing

/// `sync`, `clone`, `propose` and `approve` over ssh (spec 22.2, 22.10): the remote a bare
/// repository behind a real `sshd` on 127.0.0.1 (one per test run), every `steward` a child
/// process whose environment carries `GIT_SSH_COMMAND`, the person's own ssh settings, which
/// Steward hands to git as they are.
@Suite("Sync and clone over ssh, through a real sshd on 127.0.0.1")
struct SyncSSHTests {
    /// The environment of a person whose ssh is `ssh` (a `GIT_SSH_COMMAND`), without an agent
    /// or a graphical password program that could answer for them.
    static func environment(_ ssh: String) -> [String: String] {
        ["GIT_SSH_COMMAND": ssh, "SSH_AUTH_SOCK": "", "SSH_ASKPASS_REQUIRE": "never"]
    }

    /// Runs `steward ARGS` in `s` with that environment.
    static func steward(_ s: Sandbox, _ ssh: String, _ args: [String], stdin: String? = nil, workspace: Bool = true) async throws -> Run {
        try await s.steward(args, stdin: stdin, env: environment(ssh), workspace: workspace)
    }

    /// `git fsck --strict` of the repository at `dir`; its complaint, or nil when clean.
    static func fsckProblem(_ dir: String) -> String? {
        do {
            _ = try gitCLI(["fsck", "--strict"], in: dir)
            return nil
        } catch {
            return "\(dir): \(error)"
        }
    }

    /// A workspace made by `init`, with `url` added as `origin`.
    static func machine(remote url: String) async throws -> Sandbox {
        let s = try Sandbox()
        try await s.ok("init")
        _ = try await s.git("remote", "add", "origin", url)
        return s
    }

    @Test("ssh:// (the port in the URL): init and sync on A, clone on B, propose on B, sync and approve on A, sync on both; refs equal, fsck clean")
    func roundTripOverSSH() async throws {
        let server = try SSHServer.shared()
        let remote = try server.makeRepository()
        let ssh = server.sshCommand(withPort: false)
        let a = try await Self.machine(remote: remote.url)
        let first = try await Self.steward(a, ssh, ["sync"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try SyncCLITests.sharedRefs(remote.path)["refs/heads/main"] == (try SyncCLITests.sharedRefs(a.ws)["refs/heads/main"]))
        let b = try Sandbox()
        let clone = try await Self.steward(b, ssh, ["clone", remote.url, b.ws], workspace: false)
        #expect(clone.status == 0, "\(clone.stderr)")
        let proposed = try await Self.steward(
            b, ssh, ["propose", "--title", "From B", "--agent", "test", "--json"], stdin: writeOp("memory/b.md", "bee\n"))
        #expect(proposed.status == 0, "\(proposed.stderr)")
        #expect(try SyncCLITests.object(proposed.stdout)["number"] as? Int == 1)
        // The claim and the branch reached the remote with the proposal.
        #expect(try SyncCLITests.sharedRefs(remote.path)["refs/steward/proposals/1"] != nil)
        // A takes it (a proposal is approved where it was seen), approves it, and both sync.
        let taken = try await Self.steward(a, ssh, ["sync"])
        #expect(taken.status == 0, "\(taken.stderr)")
        #expect(try await SyncCLITests.pending(a).map(\.title) == ["From B"])
        let approved = try await Self.steward(a, ssh, ["approve", "1", "--yes", "--by", "alice"])
        #expect(approved.status == 0, "\(approved.stderr)")
        for s in [a, b] {
            let r = try await Self.steward(s, ssh, ["sync"])
            #expect(r.status == 0, "\(r.stderr)")
        }
        #expect(b.read("memory/b.md") == "bee\n")
        #expect(a.read("memory/b.md") == "bee\n")
        let approvedOnB = try await SyncCLITests.events(b).filter { $0["kind"] as? String == "approved" }
        #expect(approvedOnB.first?["actor"] as? String == "alice")
        let onA = try SyncCLITests.sharedRefs(a.ws)
        #expect(onA["refs/steward/applied/1"] != nil)
        #expect(onA == (try SyncCLITests.sharedRefs(b.ws)))
        #expect(onA == (try SyncCLITests.sharedRefs(remote.path)))
        for dir in [a.ws, b.ws, remote.path] { #expect(Self.fsckProblem(dir) == nil) }
    }

    @Test("the scp-like form user@127.0.0.1:path, the port from GIT_SSH_COMMAND's -p: sync, clone, sync")
    func scpLikeForm() async throws {
        let server = try SSHServer.shared()
        let remote = try server.makeRepository()
        let ssh = server.sshCommand()
        let a = try await Self.machine(remote: remote.scpURL)
        let sync = try await Self.steward(a, ssh, ["sync"])
        #expect(sync.status == 0, "\(sync.stderr)")
        let proposed = try await Self.steward(
            a, ssh, ["propose", "--title", "First", "--agent", "test", "--json"], stdin: writeOp("memory/a.md", "one\n"))
        #expect(proposed.status == 0, "\(proposed.stderr)")
        #expect(try SyncCLITests.object(proposed.stdout)["number"] as? Int == 1)
        let b = try Sandbox()
        let clone = try await Self.steward(b, ssh, ["clone", remote.scpURL, b.ws], workspace: false)
        #expect(clone.status == 0, "\(clone.stderr)")
        #expect(try await SyncCLITests.pending(b).map(\.number) == [1])
        #expect(try await b.git("remote", "get-url", "origin").trimmingCharacters(in: .whitespacesAndNewlines) == remote.scpURL)
        let again = try await Self.steward(b, ssh, ["sync"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try SyncCLITests.sharedRefs(b.ws) == (try SyncCLITests.sharedRefs(remote.path)))
        #expect(try SyncCLITests.sharedRefs(a.ws) == (try SyncCLITests.sharedRefs(remote.path)))
    }

    @Test("a host key ssh does not know, a refused key: a clear error naming the remote, non-zero exit, nothing changed")
    func refusedLogins() async throws {
        let server = try SSHServer.shared()
        let remote = try server.makeRepository()
        let a = try await Self.machine(remote: remote.url)
        let before = try SyncCLITests.allRefs(a.ws)
        for (ssh, said) in [
            (server.sshCommand(hostKnown: false), "Host key verification failed"),
            (server.sshCommand(key: .refused), "Permission denied (publickey,password)"),
        ] {
            let r = try await Self.steward(a, ssh, ["sync"])
            #expect(r.status != 0)
            #expect(r.stderr.contains("could not reach origin (\(remote.url))"), "\(r.stderr)")
            #expect(r.stderr.contains(said), "\(r.stderr)")
            #expect(r.stderr.contains("nothing changed"), "\(r.stderr)")
            #expect(try SyncCLITests.allRefs(a.ws) == before)
            let c = try Sandbox()
            let clone = try await Self.steward(c, ssh, ["clone", remote.url, c.ws], workspace: false)
            #expect(clone.status != 0)
            #expect(clone.stderr.contains("could not clone \(remote.url)"), "\(clone.stderr)")
            #expect(clone.stderr.contains(said), "\(clone.stderr)")
            #expect(!FileManager.default.fileExists(atPath: c.ws))
        }
        #expect(try SyncCLITests.allRefs(remote.path).isEmpty)
    }

    /// Steward run on a terminal, the way a person runs it: `script` gives it one (a pty as its
    /// controlling terminal; all it prints and everything written to the terminal comes back
    /// on standard output). `timeout` makes a hang a failure instead of a stuck test run.
    static func onTerminal(_ s: Sandbox, _ ssh: String, _ args: [String]) async throws -> Run {
        let command = ([try stewardBinary] + args + ["--workspace", s.ws]).map(shellQuoted).joined(separator: " ")
        return try await run(
            "/usr/bin/timeout", ["60", "/usr/bin/script", "-q", "-e", "-c", command, "/dev/null"], stdin: nil, env: environment(ssh))
    }

    @Test("on a terminal, an ssh that would ask (for a password, about an unknown host key) is never left waiting: an error, not a prompt")
    func neverAsksOnATerminal() async throws {
        let server = try SSHServer.shared()
        let remote = try server.makeRepository()
        let a = try await Self.machine(remote: remote.url)
        // A short connect time-out: a step that waited on the terminal would end with
        // "did not answer within 5 s" instead of ssh's own refusal.
        try a.write(".steward/config.toml", "[remote]\nconnect_timeout_seconds = 5\n")
        let before = try SyncCLITests.allRefs(a.ws)
        // No BatchMode: the refused key is followed by the server's offer of a password, and
        // the unknown host key by ssh's "Are you sure you want to continue connecting".
        for (ssh, said, asked) in [
            (server.sshCommand(key: .refused, batchMode: false), "Permission denied (publickey,password)", "password:"),
            (server.sshCommand(hostKnown: false, batchMode: false), "Host key verification failed", "continue connecting"),
        ] {
            let r = try await Self.onTerminal(a, ssh, ["sync"])
            #expect(r.status != 0 && r.status != 124, "exit \(r.status): \(r.stdout)")
            #expect(r.stdout.contains("could not reach origin (\(remote.url))"), "\(r.stdout)")
            #expect(r.stdout.contains(said), "\(r.stdout)")
            #expect(!r.stdout.contains(asked), "\(r.stdout)")
            #expect(!r.stdout.contains("did not answer within"), "\(r.stdout)")
            #expect(try SyncCLITests.allRefs(a.ws) == before)
        }
        #expect(try SyncCLITests.allRefs(remote.path).isEmpty)
    }
}
