import Foundation
import StewardTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A remote that is busy (connected, still working) told from one that does not answer, and an
/// https remote answering 403 (spec 22.2). Real servers on 127.0.0.1: the shared `git daemon`
/// (a `pre-receive` hook that keeps a push waiting), a server that takes connections and never
/// answers (`SilentServer`), lighttpd running `git http-backend`.
// The limit only catches a hang: the whole suite's tests start beside some 200 others at
// once, so their wall time counts everyone's (a clean-clone CI beside a model run: 366-379 s).
@Suite("A busy remote, one that does not answer, and HTTP 403", .timeLimit(.minutes(15)))
struct SyncBusyRemoteTests {
    /// A, synced with a new repository of the shared daemon, then given short time-outs.
    static func synced() async throws -> (Sandbox, GitDaemon.Repository) {
        let remote = try GitDaemon.shared().makeRepository()
        let a = try await SyncCLITests.machineA(remote: remote.url)
        try await a.ok("sync")
        try a.write(".steward/config.toml", "[remote]\nconnect_timeout_seconds = 2\nidle_timeout_seconds = 2\n")
        return (a, remote)
    }

    /// A `pre-receive` hook that sleeps `seconds`, then accepts (`accept`) or declines; touches
    /// `done` in the remote's folder as it ends.
    static func slowHook(_ remote: GitDaemon.Repository, seconds: Int, accept: Bool) throws {
        let hook = remote.path + "/hooks/pre-receive"
        try "#!/bin/sh\ncat >/dev/null\nsleep \(seconds)\ntouch \"\(remote.path)/done\"\nexit \(accept ? 0 : 1)\n".write(
            toFile: hook, atomically: true, encoding: .utf8)
        chmod(hook, 0o755)
    }

    static func offlineRefs(_ s: Sandbox) async throws -> String { try await s.git("for-each-ref", "refs/steward/offline") }

    @Test("answered, then silent past idle_timeout_seconds (no keepalive): propose is refused as busy, not offline and not 'could not reach'")
    func aSilentBusyRemoteIsNotUnreachable() async throws {
        let (a, remote) = try await Self.synced()
        _ = try gitCLI(["config", "receive.keepAlive", "0"], in: remote.path)
        try Self.slowHook(remote, seconds: 8, accept: false)
        let r = try await a.steward(["propose", "--title", "Busy", "--agent", "test"], stdin: writeOp("memory/b.md", "b\n"))
        #expect(r.status != 0, "\(r.stdout)")
        #expect(
            r.stderr.contains(
                "origin (\(remote.url)) answered, then git push made no progress for 2 s (stopped): it is busy or stuck, not unreachable"),
            "\(r.stderr)")
        #expect(r.stderr.contains("idle_timeout_seconds"), "\(r.stderr)")
        #expect(!r.stderr.contains("could not reach"), "\(r.stderr)")
        #expect(!r.stdout.contains("offline"), "\(r.stdout)")
        #expect(try await Self.offlineRefs(a).isEmpty)
        // The hook ends (declining); nothing of the proposal is on the remote.
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: remote.path + "/done") && Date() < deadline { try await Task.sleep(for: .milliseconds(50)) }
        #expect(try SyncCLITests.sharedRefs(remote.path)["refs/steward/proposals/1"] == nil)
    }

    @Test("busy and saying so (receive-pack's keepalive every second) for longer than idle_timeout_seconds: waited for, the proposal lands")
    func aBusyRemoteThatKeepsTalkingIsWaitedFor() async throws {
        let (a, remote) = try await Self.synced()
        _ = try gitCLI(["config", "receive.keepAlive", "1"], in: remote.path)
        try Self.slowHook(remote, seconds: 5, accept: true)
        let r = try await a.steward(["propose", "--title", "Slow", "--agent", "test", "--json"], stdin: writeOp("memory/s.md", "s\n"))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try SyncCLITests.object(r.stdout)["number"] as? Int == 1, "\(r.stdout)")
        #expect(
            try SyncCLITests.sharedRefs(remote.path)["refs/steward/proposals/1"] == (try SyncCLITests.sharedRefs(a.ws)["refs/steward/proposals/1"]))
        #expect(try await Self.offlineRefs(a).isEmpty)
    }

    @Test("a server that takes the connection and never answers: could not reach it within connect_timeout_seconds; propose goes offline")
    func aRemoteThatNeverAnswersIsUnreachable() async throws {
        let (a, _) = try await Self.synced()
        let silent = try SilentServer()
        let url = "git://127.0.0.1:\(silent.port)/ws.git"
        _ = try await a.git("remote", "set-url", "origin", url)
        let r = try await a.steward(["sync"])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("could not reach origin (\(url)): it did not answer within 2 s"), "\(r.stderr)")
        let p = try await a.steward(["propose", "--title", "Offline", "--agent", "test"], stdin: writeOp("memory/o.md", "o\n"))
        #expect(p.status == 0, "\(p.stderr)")
        #expect(p.stdout.contains("offline"), "\(p.stdout)")
        #expect(try await !Self.offlineRefs(a).isEmpty)
    }

    @Test("https answering 403 (the login may not push; may not read): what was refused and what to do, never offline, nothing changed")
    func anHTTPSRemoteAnswering403() async throws {
        let server = try HTTPSGitServer.shared()
        let alice = try SyncHTTPSTests.Person()
        let (a, remote) = try await SyncHTTPSTests.syncedMachine(server, alice)
        _ = try gitCLI(["config", "http.receivepack", "false"], in: remote.path)
        let there = try SyncCLITests.allRefs(remote.path)
        let here = try SyncCLITests.allRefs(a.ws)
        for args in [["propose", "--title", "Second", "--agent", "test"], ["approve", "1", "--yes"]] {
            let r = try await alice.steward(a, args, stdin: args[0] == "propose" ? writeOp("memory/b.md", "two\n") : nil)
            #expect(r.status != 0, "\(args): \(r.stdout)")
            #expect(r.stderr.contains("origin (\(remote.url)) refused to let git push to it (HTTP 403 Forbidden"), "\(args): \(r.stderr)")
            #expect(r.stderr.contains("ask whoever runs it for write access"), "\(args): \(r.stderr)")
            #expect(r.stderr.contains("nothing changed"), "\(args): \(r.stderr)")
            #expect(!r.stderr.contains("could not reach"), "\(args): \(r.stderr)")
            #expect(!r.stdout.contains("offline"), "\(args): \(r.stdout)")
            #expect(try SyncCLITests.allRefs(a.ws) == here, "\(args)")
        }
        _ = try gitCLI(["config", "http.uploadpack", "false"], in: remote.path)
        let r = try await alice.steward(a, ["sync"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("origin (\(remote.url)) refused to let git read from it (HTTP 403 Forbidden"), "\(r.stderr)")
        #expect(r.stderr.contains("for read access"), "\(r.stderr)")
        #expect(try SyncCLITests.allRefs(remote.path) == there)
    }
}
