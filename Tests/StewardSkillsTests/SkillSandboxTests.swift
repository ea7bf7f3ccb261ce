import Foundation
import StewardCore
import StewardSkills
import StewardTestSupport
import Testing

/// Hostile scripts against the sandbox, each checked from outside it. Serialized: the fork
/// and memory tests should not compete with each other on two cores.
@Suite(.serialized) struct SkillSandboxTests {
    let scratch = geteuid() == 0 ? "/tmp" : NSTemporaryDirectory()

    func skill(_ script: String, name: String = "scripts/run.sh") -> [SkillFile] {
        [
            SkillFile(path: "SKILL.md", data: Data("---\nname: t\ndescription: test\n---\nRun it.\n".utf8)),
            SkillFile(path: name, data: Data(script.utf8), executable: true),
        ]
    }

    func run(_ script: String, arguments: [String] = [], limits: SkillRunLimits = SkillRunLimits(timeoutSeconds: 20)) throws -> SkillRunResult {
        try SkillSandbox.run(skill: "t", files: skill(script), script: "run.sh", arguments: arguments, limits: limits, scratch: scratch)
    }

    func text(_ d: Data) -> String { String(decoding: d, as: UTF8.self) }

    /// A folder outside the sandbox with a secret in it, removed after.
    func withSecret<T>(_ body: (String) throws -> T) throws -> T {
        let dir = NSTemporaryDirectory() + "steward-secret-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir + "/.ssh", withIntermediateDirectories: true)
        try "SECRET-\(dir)".write(toFile: dir + "/.ssh/id_ed25519", atomically: true, encoding: .utf8)
        try "[core]\nSECRET-GIT\n".write(toFile: dir + "/config", atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        return try body(dir)
    }

    @Test func outputsAndArgumentsAndEnvironment() throws {
        let r = try run(
            """
            #!/bin/sh
            echo "args: $1 $2"
            env | sort
            mkdir -p "$OUTPUT_DIR/sub" && echo made > "$OUTPUT_DIR/sub/a.txt"
            ln -s /etc/passwd "$OUTPUT_DIR/link"
            """, arguments: ["one", "two words"])
        #expect(r.succeeded, "\(text(r.stderr))")
        let out = text(r.stdout)
        #expect(out.contains("args: one two words"))
        #expect(out.contains("OUTPUT_DIR=/out"))
        #expect(out.contains("HOME=/work"))
        // The environment is cleared: only what the sandbox sets (and what sh adds itself), none
        // of this process's variables. (Checked by name rather than by a variable set here:
        // `setenv` while other tests run in parallel in this process races with their reads.)
        let names = Set(out.split(separator: "\n").compactMap { line in line.firstIndex(of: "=").map { String(line[..<$0]) } })
        let sandboxes = ["PATH", "HOME", "TMPDIR", "LANG", "SKILL_DIR", "OUTPUT_DIR", "STEWARD_SKILL", "PWD", "OLDPWD", "SHLVL", "_"]
        #expect(names.isSuperset(of: ["PATH", "HOME", "OUTPUT_DIR", "SKILL_DIR"]) && names.isSubset(of: sandboxes), "\(names.sorted())")
        #expect(out.contains("PATH=/usr/local/bin:/usr/bin:/bin\n"))
        #expect(r.outputs.map(\.path) == ["sub/a.txt"])
        #expect(r.outputs.first.map { text($0.data) } == "made\n")
        #expect(r.skipped.contains { $0.hasPrefix("link: not a regular file") })
    }

    @Test func noNetworkEvenToLoopback() async throws {
        let server = try await TestHTTPServer.start { _ in .full(status: 200, body: "{}") }
        defer { Task { await server.stop() } }
        let r = try run(
            """
            #!/usr/bin/python3
            import socket, sys
            try:
                socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=3)
                print("CONNECTED")
            except OSError as e:
                print("refused:", e)
            """, arguments: ["\(server.port)"])
        #expect(text(r.stdout).contains("refused:"), "\(text(r.stdout)) \(text(r.stderr))")
        #expect(!text(r.stdout).contains("CONNECTED"))
        #expect(server.requests.isEmpty, "the host's server saw no request")
    }

    @Test func cannotReadTheHostsFiles() throws {
        try withSecret { dir in
            let r = try run(
                """
                #!/bin/sh
                cat "$1/.ssh/id_ed25519" "$1/config" /root/.ssh/id_rsa /root/.bashrc /etc/shadow /etc/passwd 2>&1
                ls -a /root / 2>&1
                ls "$2" 2>&1
                """, arguments: [dir, FileManager.default.currentDirectoryPath + "/.git"])
            let out = text(r.stdout)
            #expect(!out.contains("SECRET"), "\(out)")
            #expect(!out.contains("root:x:0"), "no /etc/passwd either: \(out)")
            #expect(out.contains("No such file"), "\(out) \(text(r.stderr))")
        }
    }

    @Test func cannotWriteOutside() throws {
        try withSecret { dir in
            let marker = "/tmp/steward-escape-\(UUID().uuidString)"
            let r = try run(
                """
                #!/bin/sh
                echo x > "$1/.ssh/authorized_keys"
                echo x > "$2"
                echo x > /usr/steward-escape 2>&1
                echo x > /skill/changed
                echo done
                """, arguments: [dir, marker])
            #expect(text(r.stdout).contains("done"))
            #expect(!FileManager.default.fileExists(atPath: dir + "/.ssh/authorized_keys"))
            #expect(!FileManager.default.fileExists(atPath: marker), "its /tmp is its own")
            #expect(!FileManager.default.fileExists(atPath: "/usr/steward-escape"))
            #expect(r.outputs.isEmpty, "only /out becomes output; /skill is a throw-away copy")
        }
    }

    @Test func forkBombIsContained() throws {
        let r = try run(
            """
            #!/bin/sh
            bomb() { bomb | bomb & }
            bomb
            sleep 2
            echo survived
            """, limits: SkillRunLimits(timeoutSeconds: 8, maxProcesses: 16))
        // However it ended, nothing of it is left running outside.
        usleep(200_000)
        #expect(processes(matching: "/skill/scripts/run.sh") == 0)
        #expect(r.timedOut || r.exitStatus != nil)
    }

    @Test func runsForeverIsStopped() throws {
        let marker = "steward-forever-\(UUID().uuidString)"
        let start = Date()
        let r = try run(
            """
            #!/bin/sh
            sleep 1000 &
            exec /usr/bin/python3 -c 'import time; time.sleep(1000)' \(marker)
            """, limits: SkillRunLimits(timeoutSeconds: 1))
        #expect(r.timedOut)
        #expect(!r.succeeded)
        #expect(Date().timeIntervalSince(start) < 10)
        usleep(200_000)
        #expect(processes(matching: marker) == 0, "the sandbox and everything in it is gone")
    }

    @Test func memoryIsLimited() throws {
        let r = try run(
            """
            #!/usr/bin/python3
            try:
                b = bytearray(400 * 1024 * 1024)
                print("ALLOCATED", len(b))
            except MemoryError:
                print("MemoryError")
            """, limits: SkillRunLimits(timeoutSeconds: 20, memoryBytes: 128 << 20))
        #expect(!text(r.stdout).contains("ALLOCATED"))
        #expect(text(r.stdout).contains("MemoryError") || r.signal != nil)
    }

    /// As root each run has a user id of its own, so another sandbox's processes never use up
    /// this one's allowance. (With one shared user, `nobody`, the second run below filled the
    /// first's process limit, and on CI a run next to others failed before its script started.)
    @Test(.enabled(if: geteuid() == 0, "only root can give each run a user of its own; a user's own runs share their limit by design"))
    func eachRunHasItsOwnProcessAllowance() throws {
        let marker = "steward-first-\(UUID().uuidString)"
        // The first run starts, then waits while a crowd of 30 processes starts in a second
        // run, then starts 8 of its own: with a shared user that passes its limit of 16.
        let first = ResultBox()
        let done = DispatchSemaphore(value: 0)
        Thread {
            first.set(
                Result {
                    try self.run(
                        """
                        #!/bin/sh
                        id -u
                        /usr/bin/python3 -c 'import time; time.sleep(2)' \(marker)
                        for i in 1 2 3 4 5 6 7 8; do sleep 0.5 & done
                        wait && echo "all started"
                        """, limits: SkillRunLimits(timeoutSeconds: 15, maxProcesses: 16))
                })
            done.signal()
        }.start()
        var waited = 0
        while processes(matching: marker) == 0 && waited < 100 {
            usleep(50_000)
            waited += 1
        }
        #expect(processes(matching: marker) > 0, "the first run is going")
        let crowd = try run(
            "#!/bin/sh\nfor i in $(seq 30); do sleep 4 & done\necho crowded\nwait\n",
            limits: SkillRunLimits(timeoutSeconds: 15, maxProcesses: 40))
        #expect(text(crowd.stdout).contains("crowded"), "\(text(crowd.stderr))")
        done.wait()
        let r = try #require(first.value).get()
        #expect(r.succeeded, "\(text(r.stdout)) \(text(r.stderr))")
        #expect(text(r.stdout).contains("all started"), "\(text(r.stdout)) \(text(r.stderr))")
        #expect(text(r.stdout).hasPrefix("\(r.runAs)\n"), "the script runs as the run's own user: \(text(r.stdout))")
        #expect(r.runAs != crowd.runAs && r.runAs != 0 && r.runAs != 65534)
    }

    final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: Result<SkillRunResult, any Error>?
        func set(_ v: Result<SkillRunResult, any Error>) { lock.withLock { stored = v } }
        var value: Result<SkillRunResult, any Error>? { lock.withLock { stored } }
    }

    /// Runs started from several threads at once: each writes its script while the others
    /// start programs, and none may find its script still open for writing ("Text file busy").
    @Test func concurrentRunsNeverFindTheirScriptBusy() throws {
        let failures = NSLock()
        // nonisolated(unsafe): every read and write below holds `failures`.
        nonisolated(unsafe) var failed: [String] = []
        DispatchQueue.concurrentPerform(iterations: 24) { i in
            do {
                let r = try self.run("#!/bin/sh\necho run-\(i)\n", limits: SkillRunLimits(timeoutSeconds: 20))
                if !r.succeeded || self.text(r.stdout) != "run-\(i)\n" {
                    failures.withLock { failed.append("\(i): \(r.outcome) \(self.text(r.stderr))") }
                }
            } catch {
                failures.withLock { failed.append("\(i): \(error)") }
            }
        }
        #expect(failed.isEmpty, "\(failed)")
    }

    @Test func aSandboxThatCannotStartSaysSoAndWhy() throws {
        #expect {
            _ = try run("#!/bin/sh\necho ran\n", limits: SkillRunLimits(timeoutSeconds: 10, maxProcesses: 1))
        } throws: { e in
            let m = (e as? StewardError)?.message ?? ""
            return m.contains("the sandbox could not start (bwrap: ") && m.contains("the script did not run") && m.contains("max_processes")
        }
    }

    @Test func withoutBubblewrapNothingRuns() throws {
        let marker = "/tmp/steward-unsandboxed-\(UUID().uuidString)"
        #expect {
            _ = try SkillSandbox.run(
                skill: "t", files: skill("#!/bin/sh\ntouch \(marker)\n"), script: "run.sh", limits: SkillRunLimits(), scratch: scratch,
                bubblewrap: nil)
        } throws: { e in
            (e as? StewardError)?.code == .refused && (e as? StewardError)?.message.contains("apt-get install bubblewrap") == true
        }
        #expect(!FileManager.default.fileExists(atPath: marker))
    }

    @Test func missingScriptNamesTheOnesThereAre() throws {
        #expect {
            _ = try SkillSandbox.run(skill: "t", files: skill("#!/bin/sh\n"), script: "nope.sh", limits: SkillRunLimits(), scratch: scratch)
        } throws: { e in
            (e as? StewardError)?.message.contains("it has: scripts/run.sh") == true
        }
        #expect {
            _ = try SkillSandbox.run(skill: "t", files: skill("#!/bin/sh\n"), script: "../../etc/passwd", limits: SkillRunLimits(), scratch: scratch)
        } throws: { e in
            (e as? StewardError)?.code == .refused
        }
    }

    /// Counted in a scratch folder of the test's own: other suites run skills in the shared one
    /// at the same time, so a count there could not fail.
    @Test func copiesAreRemoved() throws {
        let own = scratch + "/steward-test-scratch-\(UUID().uuidString)"
        // 0755: as root the run's own user must reach its copy inside.
        try FileManager.default.createDirectory(atPath: own, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
        defer { try? FileManager.default.removeItem(atPath: own) }
        let r = try SkillSandbox.run(
            skill: "t", files: skill("#!/bin/sh\necho hi > /out/x\n"), script: "run.sh", limits: SkillRunLimits(timeoutSeconds: 20), scratch: own)
        #expect(r.succeeded && r.outputs.map(\.path) == ["x"], "\(text(r.stderr))")
        #expect(try FileManager.default.contentsOfDirectory(atPath: own) == [])
    }

    /// Processes whose command line contains `marker`.
    func processes(matching marker: String) -> Int {
        let mine = "\(getpid())"
        return ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).filter { pid in
            guard pid.first?.isNumber == true, pid != mine, let d = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            return String(decoding: d.map { $0 == 0 ? 32 : $0 }, as: UTF8.self).contains(marker)
        }.count
    }
}
