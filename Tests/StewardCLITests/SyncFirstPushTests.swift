import Foundation
import StewardTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The first `sync` of a workspace with many proposals (spec 22.6): its push in bounded batches,
/// each atomic, a proposal's refs never split, resumed after a refusal or a kill -9 between two
/// batches. Every `steward` a child process with `STEWARD_SYNC_BATCH_REFS=4` (so eight
/// proposals make five batches), the remote a real `git daemon` on 127.0.0.1 whose `pre-receive`
/// hook logs every push it is asked for, and declines or holds the one a test names.
// The limit only catches a hang: the whole suite's tests start beside some 200 others at
// once, so their wall time counts everyone's (a clean-clone CI beside a model run: 366-379 s).
@Suite("The first sync of many proposals: bounded batches, resumed after a stop", .timeLimit(.minutes(15)))
struct SyncFirstPushTests {
    static let batch = ["STEWARD_SYNC_BATCH_REFS": "4"]

    /// A workspace made by `init` with `count` proposals (every third rejected), not synced
    /// yet, `origin` a new repository of the shared `git daemon`.
    static func machine(proposals count: Int) async throws -> (Sandbox, GitDaemon.Repository) {
        let remote = try GitDaemon.shared().makeRepository()
        let a = try await SyncCLITests.machineA(remote: remote.url)
        for k in 1...count {
            #expect(try await a.propose("Note \(k)", writeOp("memory/\(k).md", "\(k)\n")) == k)
            if k % 3 == 0 { try await a.ok("reject", "\(k)", "--reason", "test") }
        }
        return (a, remote)
    }

    /// A `pre-receive` hook on `remote` that writes each push's refs as a line `N: REF REF …`
    /// to `pushes` in the returned folder, declines push number `decline` and holds push number
    /// `hold` (touches `held`, then waits for `release` and declines it).
    static func hook(_ remote: GitDaemon.Repository, decline: Int = 0, hold: Int = 0) throws -> String {
        let dir = remote.path + "/test-hook"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let script = """
            #!/bin/sh
            n=$(( $(cat "\(dir)/count" 2>/dev/null || echo 0) + 1 ))
            echo $n > "\(dir)/count"
            echo "$n: $(awk '{print $3}' | tr '\\n' ' ')" >> "\(dir)/pushes"
            if [ "$n" = "\(hold)" ]; then
                touch "\(dir)/held"
                while [ ! -e "\(dir)/release" ]; do sleep 0.05; done
                echo "held, then declined by the test" >&2
                touch "\(dir)/done"
                exit 1
            fi
            if [ "$n" = "\(decline)" ]; then echo "declined by the test" >&2; exit 1; fi
            exit 0

            """
        try script.write(toFile: remote.path + "/hooks/pre-receive", atomically: true, encoding: .utf8)
        chmod(remote.path + "/hooks/pre-receive", 0o755)
        return dir
    }

    /// The pushes the hook saw, each as its refs.
    static func pushes(_ dir: String) -> [[String]] {
        let text = (try? String(contentsOfFile: dir + "/pushes", encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map { line in
            line.split(separator: ":", maxSplits: 1).last.map { $0.split(separator: " ").map(String.init) } ?? []
        }
    }

    /// The proposal a ref belongs to (`refs/steward/proposals/3`, `refs/heads/steward/3`, …), or nil.
    static func number(_ ref: String) -> Int? {
        guard ref.hasPrefix("refs/heads/steward/") || (ref.hasPrefix("refs/steward/") && !ref.hasPrefix("refs/steward/trail/")) else { return nil }
        return ref.split(separator: "/").last.flatMap { Int($0.split(separator: "-").first ?? "") }
    }

    /// Each proposal on `remote` has all its refs there or none: its claim with its branch
    /// (pending) or its archive (rejected).
    static func wholeProposals(_ here: [String: String], _ there: [String: String]) -> Bool {
        let numbers = Set(here.keys.compactMap(number))
        return numbers.allSatisfy { n in
            let mine = here.filter { number($0.key) == n }
            return mine.allSatisfy { there[$0.key] == $0.value } || mine.allSatisfy { there[$0.key] == nil }
        }
    }

    @Test(
        "8 proposals, 4 refs a push: 5 atomic pushes, main and the audit chain first, no proposal split; the remote equals A; a second sync pushes nothing"
    )
    func firstSyncPushesInBatches() async throws {
        let (a, remote) = try await Self.machine(proposals: 8)
        let log = try Self.hook(remote)
        let here = try SyncCLITests.sharedRefs(a.ws)
        #expect(here.count == 18)
        let r = try await a.steward(["sync"], env: Self.batch)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("Pushing 18 refs to origin in 5 batches of at most 4, each atomic…"), "\(r.stderr)")
        #expect(r.stderr.contains("Pushed 18 of 18 refs to origin."), "\(r.stderr)")
        let pushes = Self.pushes(log)
        #expect(pushes.count == 5, "\(pushes)")
        #expect(pushes.allSatisfy { $0.count <= 4 }, "\(pushes)")
        #expect(Set(pushes.first ?? []).isSuperset(of: ["refs/heads/main", "refs/steward/audit"]), "\(pushes)")
        // No proposal is in two pushes, and every ref went once.
        for n in 1...8 { #expect(pushes.filter { $0.contains { Self.number($0) == n } }.count == 1, "#\(n): \(pushes)") }
        #expect(pushes.flatMap { $0 }.sorted() == here.keys.sorted())
        #expect(try SyncCLITests.sharedRefs(remote.path) == here)
        #expect(SyncSSHTests.fsckProblem(remote.path) == nil)
        let again = try await a.steward(["sync", "--json"], env: Self.batch)
        #expect(again.status == 0, "\(again.stderr)")
        #expect((try SyncCLITests.object(again.stdout)["pushed"] as? [Any])?.isEmpty == true)
        #expect(Self.pushes(log).count == 5)
    }

    @Test("the remote declines the third push: the first two batches stay there, whole; sync says so; the next sync pushes only the rest")
    func aSyncStoppedBetweenBatchesResumes() async throws {
        let (a, remote) = try await Self.machine(proposals: 8)
        let log = try Self.hook(remote, decline: 3)
        let here = try SyncCLITests.sharedRefs(a.ws)
        let r = try await a.steward(["sync"], env: Self.batch)
        #expect(r.status != 0)
        #expect(r.stderr.contains("declined by the test"), "\(r.stderr)")
        #expect(r.stderr.contains("8 refs were pushed before it, in whole batches, and stay on origin; 10 are still only here"), "\(r.stderr)")
        #expect(r.stderr.contains("run 'steward sync' again"), "\(r.stderr)")
        let there = try SyncCLITests.sharedRefs(remote.path)
        #expect(Set(there.keys) == Set(Self.pushes(log).prefix(2).flatMap { $0 }))
        #expect(there.count == 8)
        #expect(Self.wholeProposals(here, there))
        #expect(there.allSatisfy { here[$0.key] == $0.value })

        let resumed = try await a.steward(["sync", "--json"], env: Self.batch)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let pushed = (try SyncCLITests.object(resumed.stdout)["pushed"] as? [[String: Any]] ?? []).compactMap { $0["ref"] as? String }
        #expect(Set(pushed) == Set(here.keys).subtracting(there.keys), "\(pushed)")
        #expect(try SyncCLITests.sharedRefs(remote.path) == here)
        #expect(SyncSSHTests.fsckProblem(remote.path) == nil)
        #expect(SyncSSHTests.fsckProblem(a.ws) == nil)
    }

    @Test("kill -9 while the second batch waits on the remote: the first stays, the second never lands, the next sync pushes the rest; fsck clean")
    func aSyncKilledBetweenBatchesResumes() async throws {
        let (a, remote) = try await Self.machine(proposals: 8)
        let log = try Self.hook(remote, hold: 2)
        let here = try SyncCLITests.sharedRefs(a.ws)
        // posix_spawn and waitpid, not Foundation's Process: its wait did not return here
        // once the child was killed, in one run of three.
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "STEWARD_WORKSPACE")
        environment["STEWARD_SYNC_BATCH_REFS"] = "4"
        let words: [String] = [try stewardBinary, "sync", "--workspace", a.ws]
        let argv = words.map { strdup($0) } + [nil]
        let pairs: [String] = environment.map { "\($0.key)=\($0.value)" }
        let envp = pairs.map { strdup($0) } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0) }
        var pid: pid_t = 0
        #expect(posix_spawn(&pid, try stewardBinary, &actions, nil, argv, envp) == 0)
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(120)
        var ended = false
        while !FileManager.default.fileExists(atPath: log + "/held") && Date() < deadline {
            if waitpid(pid, &status, WNOHANG) == pid {
                ended = true
                break
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(!ended && FileManager.default.fileExists(atPath: log + "/held"), "the second push never reached the remote")
        if !ended {
            kill(pid, SIGKILL)
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
        // The held push is then declined, and its git push (a session of its own) ends.
        FileManager.default.createFile(atPath: log + "/release", contents: nil)
        while !FileManager.default.fileExists(atPath: log + "/done") && Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
        #expect(FileManager.default.fileExists(atPath: log + "/done"))

        let there = try SyncCLITests.sharedRefs(remote.path)
        #expect(Set(there.keys) == Set(Self.pushes(log).first ?? []))
        #expect(there.keys.contains("refs/heads/main"))
        #expect(Self.wholeProposals(here, there))
        try? FileManager.default.removeItem(atPath: remote.path + "/hooks/pre-receive")
        let resumed = try await a.steward(["sync"], env: Self.batch)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try SyncCLITests.sharedRefs(remote.path) == here)
        #expect(SyncSSHTests.fsckProblem(remote.path) == nil)
        #expect(SyncSSHTests.fsckProblem(a.ws) == nil)
        #expect(try await SyncCLITests.pending(a).map(\.number) == [1, 2, 4, 5, 7, 8])
    }

    @Test("STEWARD_SYNC_BATCH_REFS out of its range is refused naming it, the value and the range; nothing pushed")
    func aBatchSizeOutOfRangeIsRefused() async throws {
        let (a, remote) = try await Self.machine(proposals: 1)
        for value in ["0", "10001", "four"] {
            let r = try await a.steward(["sync"], env: ["STEWARD_SYNC_BATCH_REFS": value])
            #expect(r.status == 2, "\(value): \(r.stderr)")
            #expect(r.stderr.contains("STEWARD_SYNC_BATCH_REFS is '\(value)', but must be a whole number from 1 to 10000"), "\(r.stderr)")
        }
        #expect(try SyncCLITests.sharedRefs(remote.path).isEmpty)
    }
}
