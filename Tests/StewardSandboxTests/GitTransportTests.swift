import Foundation
import StewardCore
import StewardGit
import StewardTestSupport
import Testing

@testable import StewardSandbox

/// The network transport through the git CLI (spec 22.2), against a real `git daemon` on
/// 127.0.0.1 and a plain path remote; every remote checked afterwards with the git CLI.
@Suite("Remote: fetch and atomic push through the git CLI")
struct GitTransportTests {
    enum Server: String, CaseIterable, CustomTestStringConvertible {
        case daemon, path
        var testDescription: String { rawValue }
    }

    /// A bare remote (served by the shared daemon, or a folder under `dir`) and a local
    /// repository with commits `c[0]`, `c[1]`, `c[2]`.
    struct Setup {
        let remote: RemoteEndpoint
        let remotePath: String
        let local: String
        let c: [ObjectID]
    }

    func setUp(_ server: Server, in dir: String) throws -> Setup {
        let remote: RemoteEndpoint
        let remotePath: String
        switch server {
        case .daemon:
            let repo = try GitDaemon.shared().makeRepository()
            remote = RemoteEndpoint(name: "origin", url: repo.url)
            remotePath = repo.path
        case .path:
            remotePath = dir + "/remote.git"
            _ = try gitCLI(["init", "--quiet", "--bare", "--initial-branch=main", remotePath], in: dir)
            remote = RemoteEndpoint(name: "origin", url: remotePath)
        }
        let local = dir + "/local"
        _ = try gitCLI(["init", "--quiet", "--initial-branch=main", local], in: dir)
        var commits: [ObjectID] = []
        for i in 1...3 {
            try Data("version \(i)\n".utf8).write(to: URL(fileURLWithPath: local + "/a.md"))
            _ = try gitCLI(["add", "a.md"], in: local)
            _ = try gitCLI(["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "--quiet", "-m", "c\(i)"], in: local)
            commits.append(try #require(ObjectID(hex: try gitCLI(["rev-parse", "HEAD"], in: local).trimmed)))
        }
        return Setup(remote: remote, remotePath: remotePath, local: local, c: commits)
    }

    /// Every ref of the repository at `path` with its value, as the git CLI lists them.
    func refs(_ path: String) throws -> [String: String] {
        var refs: [String: String] = [:]
        for line in try gitCLI(["for-each-ref", "--format=%(refname) %(objectname)"], in: path).split(separator: "\n") {
            let parts = line.split(separator: " ")
            refs[String(parts[0])] = String(parts[1])
        }
        return refs
    }

    /// Sets refs on the remote with plain git (a push from the local repository).
    func seed(_ s: Setup, _ refs: [String: ObjectID]) throws {
        _ = try gitCLI(["push", "--quiet", s.remote.url] + refs.map { "\($0.value.hex):\($0.key)" }, in: s.local)
    }

    @Test(arguments: Server.allCases)
    func fetchMirrorsMainBranchesAndStewardRefsAndPrunes(_ server: Server) async throws {
        try await withTemporaryDirectory { dir in
            let s = try setUp(server, in: dir)
            try seed(
                s,
                [
                    "refs/heads/main": s.c[0], "refs/heads/steward/1": s.c[1], "refs/steward/proposals/1": s.c[1],
                    "refs/steward/trail/0123456789abcdef": s.c[2], "refs/heads/other": s.c[2], "refs/tags/v1": s.c[2],
                ])
            let clone = dir + "/clone"
            let repo = try GitRepository.create(at: clone)
            var lines: [String] = []
            let report = try GitTransport.fetch(s.remote, in: clone, progress: { lines.append($0) })
            #expect(report.missing.isEmpty)
            #expect(
                try refs(clone) == [
                    "refs/steward-sync/origin/heads/main": s.c[0].hex, "refs/steward-sync/origin/heads/steward/1": s.c[1].hex,
                    "refs/steward-sync/origin/steward/proposals/1": s.c[1].hex, "refs/steward-sync/origin/steward/trail/0123456789abcdef": s.c[2].hex,
                ])
            #expect(!lines.isEmpty)  // git's progress reached the caller
            try repo.refreshObjects()
            #expect(try repo.commitInfo(s.c[2]).message.hasPrefix("c3"))

            // What the remote deleted goes from the tracking refs; the rest stays.
            _ = try gitCLI(["update-ref", "-d", "refs/heads/steward/1"], in: s.remotePath)
            try GitTransport.fetch(s.remote, in: clone)
            let after = try refs(clone)
            #expect(after["refs/steward-sync/origin/heads/steward/1"] == nil)
            #expect(after["refs/steward-sync/origin/heads/main"] == s.c[0].hex)
            #expect(after["refs/steward-sync/origin/steward/proposals/1"] == s.c[1].hex)
        }
    }

    @Test func aRemoteWithoutMainIsNoErrorAndItsTrackingRefGoes() async throws {
        try await withTemporaryDirectory { dir in
            let s = try setUp(.daemon, in: dir)
            let tracking = "refs/steward-sync/origin/heads/main"
            _ = try gitCLI(["update-ref", tracking, s.c[0].hex], in: s.local)
            let report = try GitTransport.fetch(s.remote, in: s.local)
            #expect(report.missing == ["refs/heads/main"])
            #expect(try refs(s.local)[tracking] == nil)
            #expect(try refs(s.local)["refs/heads/main"] == s.c[2].hex)  // local refs untouched
        }
    }

    /// A Steward killed while it recorded a push leaves a tracking ref's lock file: the next
    /// fetch (holding the fetch lock every writer of tracking refs holds) removes it instead of
    /// failing on it for ever. A lock a running process holds stays, and the error names
    /// `steward doctor --clear-stale-locks`.
    @Test func aTrackingRefsLockLeftByAStoppedProcessIsClearedByTheNextFetch() async throws {
        try await withTemporaryDirectory { dir in
            let s = try setUp(.daemon, in: dir)
            try seed(s, ["refs/heads/main": s.c[0], "refs/steward/archive/5": s.c[0]])
            let clone = dir + "/clone"
            _ = try GitRepository.create(at: clone)
            try GitTransport.fetch(s.remote, in: clone)
            let locks = clone + "/.git/refs/steward-sync"
            try Data("\(s.c[0].hex)\n".utf8).write(to: URL(fileURLWithPath: locks + "/origin/steward/archive/5.lock"))
            // Another remote's tracking refs are not this fetch's to touch.
            try FileManager.default.createDirectory(atPath: locks + "/backup/heads", withIntermediateDirectories: true)
            try Data().write(to: URL(fileURLWithPath: locks + "/backup/heads/main.lock"))
            try seed(s, ["refs/steward/archive/5": s.c[1]])

            try GitTransport.fetch(s.remote, in: clone)
            #expect(try refs(clone)["refs/steward-sync/origin/steward/archive/5"] == s.c[1].hex)
            #expect(!FileManager.default.fileExists(atPath: locks + "/origin/steward/archive/5.lock"))
            #expect(FileManager.default.fileExists(atPath: locks + "/backup/heads/main.lock"))

            // Held open by a running process (this one): left alone, and the failure says what to do.
            let held = locks + "/origin/heads/main.lock"
            let fd = open(held, O_RDWR | O_CREAT | O_EXCL, 0o644)
            #expect(fd >= 0)
            defer { close(fd) }
            try seed(s, ["refs/heads/main": s.c[2]])
            let error = #expect(throws: RemoteFailure.self) { try GitTransport.fetch(s.remote, in: clone) }
            guard case .failed(let message) = error else {
                Issue.record("not .failed: \(String(describing: error))")
                return
            }
            #expect(message.contains("main.lock"))
            #expect(message.contains("steward doctor --clear-stale-locks"))
            #expect(FileManager.default.fileExists(atPath: held))
        }
    }

    @Test func remoteRefsNamesOnlyTheRefsAskedFor() async throws {
        try await withTemporaryDirectory { dir in
            let s = try setUp(.daemon, in: dir)
            // ls-remote matches a pattern against the end of a name: the decoy ends like main.
            try seed(
                s,
                [
                    "refs/heads/main": s.c[0], "refs/heads/x/refs/heads/main": s.c[1], "refs/steward/proposals/1": s.c[1],
                    "refs/steward/proposals/2": s.c[2], "refs/steward/applied/1": s.c[2],
                ])
            let found = try GitTransport.remoteRefs(
                ["refs/heads/main", "refs/steward/proposals/*", "refs/heads/steward/9"], of: s.remote, in: s.local)
            #expect(found == ["refs/heads/main": s.c[0], "refs/steward/proposals/1": s.c[1], "refs/steward/proposals/2": s.c[2]])
        }
    }

    @Test(arguments: Server.allCases)
    func anAtomicPushWithRightLeasesLandsEveryRef(_ server: Server) async throws {
        try await withTemporaryDirectory { dir in
            let s = try setUp(server, in: dir)
            try seed(s, ["refs/heads/main": s.c[0], "refs/heads/steward/2": s.c[0]])
            let report = try GitTransport.push(
                [
                    RefPush(ref: "refs/heads/main", new: s.c[1], expected: s.c[0]),
                    RefPush(ref: "refs/heads/steward/1", new: s.c[2], expected: nil),
                    RefPush(ref: "refs/steward/proposals/1", new: s.c[2], expected: nil),
                    RefPush(ref: "refs/heads/steward/2", new: nil, expected: s.c[0]),
                ], to: s.remote, in: s.local)
            #expect(
                report.refs == [
                    "refs/heads/main": .updated, "refs/heads/steward/1": .created, "refs/steward/proposals/1": .created,
                    "refs/heads/steward/2": .deleted,
                ])
            #expect(
                try refs(s.remotePath) == [
                    "refs/heads/main": s.c[1].hex, "refs/heads/steward/1": s.c[2].hex, "refs/steward/proposals/1": s.c[2].hex,
                ])
            #expect(try GitTransport.push([], to: s.remote, in: s.local) == PushReport())
        }
    }

    @Test(arguments: Server.allCases)
    func oneStaleLeaseLandsNothing(_ server: Server) async throws {
        try await withTemporaryDirectory { dir in
            let s = try setUp(server, in: dir)
            try seed(s, ["refs/heads/main": s.c[0], "refs/heads/steward/1": s.c[1]])
            let before = try refs(s.remotePath)
            let error = #expect(throws: RemoteFailure.self) {
                try GitTransport.push(
                    [
                        RefPush(ref: "refs/heads/main", new: s.c[1], expected: s.c[0]),
                        RefPush(ref: "refs/heads/steward/1", new: s.c[2], expected: s.c[0]),  // it is at c[1]
                        RefPush(ref: "refs/steward/proposals/1", new: s.c[2], expected: nil),
                    ], to: s.remote, in: s.local)
            }
            guard case .leaseLost(let lost, let message) = error else {
                Issue.record("not a lost lease: \(String(describing: error))")
                return
            }
            #expect(lost == ["refs/heads/steward/1"])
            #expect(message.contains("refs/heads/steward/1 is no longer at \(s.c[0].short)"))
            #expect(try refs(s.remotePath) == before)
        }
    }

    @Test(arguments: Server.allCases)
    func aCreateOnlyLeaseOnAnExistingRefIsLost(_ server: Server) async throws {
        try await withTemporaryDirectory { dir in
            let s = try setUp(server, in: dir)
            try seed(s, ["refs/steward/proposals/1": s.c[0]])
            let error = #expect(throws: RemoteFailure.self) {
                try GitTransport.push(
                    [
                        RefPush(ref: "refs/steward/proposals/1", new: s.c[1], expected: nil),
                        RefPush(ref: "refs/heads/steward/1", new: s.c[1], expected: nil),
                    ], to: s.remote, in: s.local)
            }
            guard case .leaseLost(let lost, let message) = error else {
                Issue.record("not a lost lease: \(String(describing: error))")
                return
            }
            #expect(lost == ["refs/steward/proposals/1"])
            #expect(message.contains("refs/steward/proposals/1 already exists there"))
            #expect(try refs(s.remotePath) == ["refs/steward/proposals/1": s.c[0].hex])
        }
    }

    @Test func aDeletionNeedsItsLease() async throws {
        try await withTemporaryDirectory { dir in
            let s = try setUp(.daemon, in: dir)
            try seed(s, ["refs/heads/steward/1": s.c[1]])
            let ref = "refs/heads/steward/1"
            #expect(
                throws: RemoteFailure.leaseLost(
                    refs: [ref], message: "origin (\(s.remote.url)) changed first: \(ref) is no longer at \(s.c[0].short); nothing was pushed")
            ) {
                try GitTransport.push([RefPush(ref: ref, new: nil, expected: s.c[0])], to: s.remote, in: s.local)
            }
            #expect(try refs(s.remotePath) == [ref: s.c[1].hex])
            #expect(try GitTransport.push([RefPush(ref: ref, new: nil, expected: s.c[1])], to: s.remote, in: s.local).refs == [ref: .deleted])
            #expect(try refs(s.remotePath).isEmpty)
        }
    }

    /// Another push lands between git's check of the lease and the remote's update (here a
    /// pre-receive hook moves the ref): the remote's own compare-and-swap refuses, nothing lands.
    @Test func aRefMovedDuringThePushIsALostLease() async throws {
        try await withTemporaryDirectory { dir in
            let s = try setUp(.daemon, in: dir)
            try seed(s, ["refs/heads/main": s.c[0], "refs/heads/steward/1": s.c[1]])
            let hook = s.remotePath + "/hooks/pre-receive"
            try ProcessRunner.writeProgram(
                hook, Data("#!/bin/sh\ncat >/dev/null\nunset GIT_QUARANTINE_PATH\ngit update-ref refs/heads/steward/1 \(s.c[0].hex)\n".utf8),
                mode: 0o755)
            let error = #expect(throws: RemoteFailure.self) {
                try GitTransport.push(
                    [
                        RefPush(ref: "refs/heads/main", new: s.c[2], expected: s.c[0]),
                        RefPush(ref: "refs/heads/steward/1", new: s.c[2], expected: s.c[1]),
                    ], to: s.remote, in: s.local)
            }
            guard case .leaseLost(let lost, _) = error else {
                Issue.record("not a lost lease: \(String(describing: error))")
                return
            }
            #expect(lost == ["refs/heads/steward/1"])
            #expect(try refs(s.remotePath) == ["refs/heads/main": s.c[0].hex, "refs/heads/steward/1": s.c[0].hex])
        }
    }

    @Test func aHookOnTheRemoteThatDeclinesIsARefusalWithItsReason() async throws {
        try await withTemporaryDirectory { dir in
            let s = try setUp(.daemon, in: dir)
            try ProcessRunner.writeProgram(
                s.remotePath + "/hooks/pre-receive", Data("#!/bin/sh\ncat >/dev/null\necho 'no pushes on Fridays' >&2\nexit 1\n".utf8), mode: 0o755)
            let refs = ["refs/heads/main", "refs/steward/proposals/1"]
            let error = #expect(throws: RemoteFailure.self) {
                try GitTransport.push(refs.map { RefPush(ref: $0, new: s.c[0], expected: nil) }, to: s.remote, in: s.local)
            }
            guard case .refused(let refused, let message) = error else {
                Issue.record("not refused: \(String(describing: error))")
                return
            }
            #expect(refused == refs)
            #expect(message.hasPrefix("origin (\(s.remote.url)) refused the push: refs/heads/main [remote rejected] (pre-receive hook declined)"))
            #expect(message.contains("no pushes on Fridays"))
            #expect(try self.refs(s.remotePath).isEmpty)
        }
    }

    @Test func aRemoteWithoutAtomicPushesIsRefused() async throws {
        try await withTemporaryDirectory { dir in
            let s = try setUp(.daemon, in: dir)
            _ = try gitCLI(["config", "receive.advertiseAtomic", "false"], in: s.remotePath)
            let ref = "refs/heads/main"
            #expect(
                throws: RemoteFailure.refused(
                    refs: [ref],
                    message:
                        "origin does not support atomic pushes (git 2.4 or later on the server is needed); Steward cannot decide through it safely (nothing changed)"
                )
            ) {
                try GitTransport.push([RefPush(ref: ref, new: s.c[0], expected: nil)], to: s.remote, in: s.local)
            }
            #expect(try refs(s.remotePath).isEmpty)
        }
    }

    @Test func aClosedPortIsUnreachable() async throws {
        try await withTemporaryDirectory { dir in
            let s = try setUp(.path, in: dir)
            var remote = RemoteEndpoint(name: "origin", url: "git://127.0.0.1:\(try freeLoopbackPort())/r.git")
            remote.connectTimeoutSeconds = 300
            let error = #expect(throws: RemoteFailure.self) { try GitTransport.fetch(remote, in: s.local) }
            guard case .unreachable(let message) = error else {
                Issue.record("not unreachable: \(String(describing: error))")
                return
            }
            // git's own reason, not Steward's time-out.
            #expect(message.hasPrefix("could not reach origin (\(remote.url)): "))
            #expect(message.contains("Connection refused"))
            // A path that holds no repository: unreachable too (git's reason after Steward's).
            let missing = RemoteEndpoint(name: "origin", url: dir + "/nothing-here.git")
            #expect(throws: RemoteFailure.self) { try GitTransport.fetch(missing, in: s.local) }
            do {
                try GitTransport.fetch(missing, in: s.local)
            } catch .unreachable(let said) as RemoteFailure {
                #expect(said.contains("does not appear to be a git repository"))
            }
        }
    }

    @Test func aRemoteThatNeverAnswersIsStoppedAtTheConnectTimeout() async throws {
        try await withTemporaryDirectory { dir in
            let s = try setUp(.path, in: dir)
            let silent = try SilentServer()
            var remote = RemoteEndpoint(name: "origin", url: "git://127.0.0.1:\(silent.port)/r.git")
            remote.connectTimeoutSeconds = 1
            for attempt in [
                { try GitTransport.fetch(remote, in: s.local) },
                { try GitTransport.push([RefPush(ref: "refs/heads/main", new: s.c[0], expected: nil)], to: remote, in: s.local) },
            ] as [() throws -> Any] {
                #expect(throws: RemoteFailure.unreachable("could not reach origin (\(remote.url)): it did not answer within 1 s")) {
                    _ = try attempt()
                }
            }
            // No git is left running against it.
            #expect(try processes(mentioning: "127.0.0.1:\(silent.port)").isEmpty)
        }
    }

    @Test func aURLStartingWithADashIsRefused() async throws {
        try await withTemporaryDirectory { dir in
            let s = try setUp(.path, in: dir)
            let marker = dir + "/ran"
            let remote = RemoteEndpoint(name: "origin", url: "--upload-pack=touch \(marker)")
            for attempt in [
                { try GitTransport.fetch(remote, in: s.local) },
                { try GitTransport.push([RefPush(ref: "refs/heads/main", new: s.c[0], expected: nil)], to: remote, in: s.local) },
            ] as [() throws -> Any] {
                let error = #expect(throws: StewardError.self) { _ = try attempt() }
                #expect(error?.code == .usage)
                #expect(error?.message.contains("start with '-'") == true)
            }
            #expect(!FileManager.default.fileExists(atPath: marker))
        }
    }

    @Test func aPasswordInTheURLIsNeverShown() async throws {
        try await withTemporaryDirectory { dir in
            let s = try setUp(.path, in: dir)
            let port = try freeLoopbackPort()
            let remote = RemoteEndpoint(name: "origin", url: "http://alice:s3cr3t-pw@127.0.0.1:\(port)/r.git")
            var lines: [String] = []
            let error = #expect(throws: RemoteFailure.self) { try GitTransport.fetch(remote, in: s.local, progress: { lines.append($0) }) }
            guard case .unreachable(let message) = error else {
                Issue.record("not unreachable: \(String(describing: error))")
                return
            }
            #expect(message.contains("http://alice:***@127.0.0.1:\(port)/r.git"))
            #expect(!message.contains("s3cr3t-pw"))
            #expect(!lines.joined().contains("s3cr3t-pw"))
        }
    }

    /// The command lines of running processes that mention `text`.
    func processes(mentioning text: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: "/proc").filter { $0.allSatisfy(\.isNumber) }.compactMap { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
            let line = String(decoding: data.map { $0 == 0 ? 32 : $0 }, as: UTF8.self)
            return line.contains(text) ? line : nil
        }
    }
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}

/// What the transport asks of the runner (spec 22.2): a kill when the child stays quiet, a
/// session of its own.
@Suite("posix_spawn runner: silence and sessions")
struct ProcessRunnerSilenceTests {
    @Test func aChildQuietPastItsFirstOrNextOutputIsKilled() throws {
        let first = try ProcessRunner.run(
            "/bin/sh", arguments: ["-c", "sleep 30"], stdin: Data(), environment: [:], directory: "/", timeout: 60,
            silence: .init(first: 0.3, between: 60))
        #expect(first.silent && first.timedOut && first.signal == 9 && first.stderr.isEmpty)
        var seen = Data()
        let later = try ProcessRunner.run(
            "/bin/sh", arguments: ["-c", "echo one >&2; sleep 30"], stdin: Data(), environment: [:], directory: "/", timeout: 60,
            silence: .init(first: 60, between: 0.3), onStderr: { seen.append($0) })
        #expect(later.silent && later.timedOut && String(decoding: later.stderr, as: UTF8.self) == "one\n")
        #expect(seen == later.stderr)
        let talkative = try ProcessRunner.run(
            "/bin/sh", arguments: ["-c", "echo a; echo b >&2"], stdin: Data(), environment: [:], directory: "/", timeout: 60,
            silence: .init(first: 60, between: 60))
        #expect(!talkative.silent && !talkative.timedOut && talkative.status == 0)
    }

    @Test func aNewSessionLeadsItsOwnSessionAndGroup() throws {
        /// The child's pid, process group and session, from /proc/PID/stat: `pid (comm) state ppid pgrp session …`.
        func ids(_ newSession: Bool) throws -> (pid: Int32, group: Int32, session: Int32) {
            let r = try ProcessRunner.run(
                "/bin/sh", arguments: ["-c", "cat /proc/$$/stat"], stdin: Data(), environment: ["PATH": "/usr/bin:/bin"], directory: "/",
                timeout: 30, newSession: newSession)
            let stat = String(decoding: r.stdout, as: UTF8.self)
            let fields = stat[try #require(stat.range(of: ") ")).upperBound...].split(separator: " ")
            let pid = Int32(stat.prefix(while: { $0 != " " }))
            return (try #require(pid), try #require(Int32(fields[2])), try #require(Int32(fields[3])))
        }
        let own = try ids(true)
        #expect(own.session == own.pid && own.group == own.pid)
        let shared = try ids(false)
        #expect(shared.session == getsid(0) && shared.group == shared.pid)  // the default: the caller's session, a group of its own
    }
}
