import Foundation
import StewardCore
import StewardGit
import StewardSandbox
import StewardStore
import Testing

func withTemporaryDirectory<T>(_ body: (String) async throws -> T) async throws -> T {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("steward-sandbox-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    return try await body(dir)
}

@Suite("Workspace library")
struct WorkspaceTests {
    @Test func storeIndexesExactlyWhatGitRecords() async throws {
        try await withTemporaryDirectory { dir in
            let store = try Store(path: dir + "/index/steward.db")
            let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, index: store, by: "tester")
            let policy = try PathPolicy.outsideTools()
            let a = try await ws.propose(
                title: "a", agent: "agent", operations: [.write(path: "memory/a.md", content: Data("a".utf8), executable: false)], policy: policy)
            let b = try await ws.propose(
                title: "b", agent: "agent", operations: [.write(path: "memory/b.md", content: Data("b".utf8), executable: false)], policy: policy)
            _ = try await ws.approve(a.number, by: "alice")
            _ = try await ws.reject(b.number, by: "alice", reason: "no")
            let rb = try await ws.rollback(a.number, by: "alice", reason: "undo")
            let fromGit = try await ws.auditEvents()
            #expect(try store.events().isEmpty, "writers do not touch the store")
            try await ws.syncIndex()
            #expect(try store.events() == fromGit)
            #expect(fromGit.map(\.kind) == [.proposed, .proposed, .approved, .rejected, .rolledBack])
            let statuses = try store.statuses()
            #expect(statuses[a.number] == "rolled-back" && statuses[b.number] == "rejected" && statuses[rb.rollbackNumber!] == "applied")
            #expect(try await ws.proposal(a.number).status == .rolledBack)
            #expect(try await ws.proposal(a.number).undoneBy == rb.rollbackNumber)
            // A store from elsewhere (ahead of git) is reset and rebuilt.
            try store.ingest([AuditEvent(sequence: 99, kind: .proposed, proposal: 99, title: "x", actor: "x", date: Date())])
            try await ws.syncIndex()
            #expect(try store.events() == fromGit)
        }
    }

    @Test func parallelWorkspacesInOneProcessNeverShareANumber() async throws {
        try await withTemporaryDirectory { dir in
            let (first, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
            let handles =
                [first]
                + (try await withThrowingTaskGroup(of: Workspace.self) { g in
                    for _ in 0..<3 { g.addTask { try await Workspace.open(at: dir + "/ws") } }
                    return try await g.reduce(into: []) { $0.append($1) }
                })
            let policy = try PathPolicy.outsideTools()
            let numbers = try await withThrowingTaskGroup(of: Int.self) { g in
                for (h, ws) in handles.enumerated() {
                    for i in 0..<5 {
                        g.addTask {
                            try await ws.propose(
                                title: "\(h)-\(i)", agent: "a", operations: [.write(path: "temp/\(h)-\(i)", content: Data(), executable: false)],
                                policy: policy
                            ).number
                        }
                    }
                }
                return try await g.reduce(into: []) { $0.append($1) }
            }
            #expect(numbers.sorted() == Array(1...20))
            #expect(try await first.pending().count == 20)
        }
    }

    @Test func proposalsNeverTouchTheCheckout() async throws {
        try await withTemporaryDirectory { dir in
            let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
            let before = try FileManager.default.subpathsOfDirectory(atPath: dir + "/ws").filter {
                !$0.hasPrefix(".git") && !$0.hasPrefix(".steward")
            }.sorted()
            _ = try await ws.propose(
                title: "t", agent: "a",
                operations: [
                    .write(path: "outputs/x.txt", content: Data("x".utf8), executable: false),
                    .move(from: "memory/README.md", to: "outputs/moved.md", overwrite: false),
                ], policy: try PathPolicy.outsideTools())
            let after = try FileManager.default.subpathsOfDirectory(atPath: dir + "/ws").filter { !$0.hasPrefix(".git") && !$0.hasPrefix(".steward") }
                .sorted()
            #expect(before == after)
        }
    }
}

@Suite("Configuration")
struct ConfigTests {
    @Test func defaultsAndOverrides() throws {
        let d = try WorkspaceConfig.parse("")
        #expect(d.maxFileBytes == 10 * 1024 * 1024 && d.hookTimeoutSeconds == 10)
        let c = try WorkspaceConfig.parse("[sandbox]\nmax_file_bytes = 5\n[hooks]\ntimeout_seconds = 2.5\n[models]\nanything = 1\n")
        #expect(c.maxFileBytes == 5 && c.hookTimeoutSeconds == 2.5)
    }

    /// A top-level section this Steward does not know (a newer Steward's) is a note naming it
    /// and the known ones, not a failure (spec 22.1); a bare top-level key is still an error.
    @Test func anUnknownSectionIsANote() throws {
        let c = try WorkspaceConfig.parse("[sandbox]\nmax_file_bytes = 5\n[quota]\ndaily = 3\n[[rules]]\nx = 1\n", source: "steward.toml on main")
        #expect(c.maxFileBytes == 5)
        #expect(
            c.notes
                == [
                    "steward.toml on main: unknown section 'quota' is ignored (known here: sandbox, hooks, skills, policy, agents, budget, memory, models, notify, privacy, router, routes, server); a newer Steward's setting, or a typo",
                    "steward.toml on main: unknown section 'rules' is ignored (known here: sandbox, hooks, skills, policy, agents, budget, memory, models, notify, privacy, router, routes, server); a newer Steward's setting, or a typo",
                ].sorted())
        #expect(try WorkspaceConfig.parse("[sandbox]\nmax_file_bytes = 5\n").notes.isEmpty)
    }

    static let broken: [(String, String)] = [
        ("[sandbox]\nmax_file_byte = 5\n", "sandbox.max_file_byte"),
        ("[sandbox]\nmax_file_bytes = \"big\"\n", "sandbox.max_file_bytes"),
        ("[sandbox]\nmax_file_bytes = -1\n", "'sandbox.max_file_bytes' is -1, but must be a whole number of bytes from 1"),
        ("[hooks]\ntimeout_seconds = \"1\"\n", "hooks.timeout_seconds"),
        ("sandbox = 3\n", "must be a table"),
        ("sandbx = 1\n", "unknown key 'sandbx' (known here: sandbox, hooks"),
        ("[hooks]\ntimeout_second = 1\n[quota]\n", "unknown key 'hooks.timeout_second'"),
        ("[sandbox\n", "line 1"),
    ]

    @Test("broken configuration names the key or line", arguments: broken)
    func brokenConfig(_ text: String, _ expected: String) {
        do {
            _ = try WorkspaceConfig.parse(text)
            Issue.record("accepted \(text)")
        } catch let e as StewardError {
            #expect(e.code == .failure && e.message.contains(expected), "\(e.message)")
        } catch {
            Issue.record("\(error)")
        }
    }
}

@Suite("posix_spawn runner")
struct ProcessRunnerTests {
    @Test func feedsStdinAndCollectsLargeOutput() throws {
        let input = Data(String(repeating: "0123456789abcdef\n", count: 20_000).utf8)  // 340 KB, past any pipe buffer
        let r = try ProcessRunner.run(
            "/bin/sh", arguments: ["-c", "cat; echo done >&2; exit 3"], stdin: input, environment: [:], directory: "/", timeout: 30)
        #expect(r.status == 3 && r.stdout == input && String(decoding: r.stderr, as: UTF8.self) == "done\n")
    }

    @Test func killsAtTheDeadline() throws {
        let start = Date()
        let r = try ProcessRunner.run(
            "/bin/sh", arguments: ["-c", "sleep 30 & sleep 30"], stdin: Data(), environment: [:], directory: "/", timeout: 0.5)
        #expect(r.timedOut && r.status == nil)
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test func missingProgramIsAnError() {
        #expect(throws: (any Error).self) {
            try ProcessRunner.run("/nonexistent/hook", stdin: Data(), environment: [:], directory: "/", timeout: 1)
        }
    }
}

@Suite("Agents' file access")
struct AgentAccessTests {
    @Test func appendAddsCommitsThroughTheSameChecks() async throws {
        try await withTemporaryDirectory { dir in
            let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
            let code = PathPolicy(writer: "the code agent", allowedFolders: ["skills", "temp", "outputs"])
            let p = try await ws.propose(
                title: "skill", agent: "code",
                operations: [
                    .write(
                        path: "skills/x/SKILL.md", content: Data("---\nname: x\ndescription: an example\n---\nRun run.sh.\n".utf8), executable: false)
                ], policy: code, tool: "write_file")
            let more = try await ws.append(
                to: p.number, operations: [.write(path: "skills/x/run.sh", content: Data("#!/bin/sh\n".utf8), executable: true)], policy: code,
                agent: "code", tool: "write_file")
            #expect(more.commits.count == 1 && more.head != p.head)
            // Reads see the proposal's own changes; main does not have them.
            #expect(try await ws.readFile("skills/x/run.sh", proposal: p.number) == Data("#!/bin/sh\n".utf8))
            await #expect(throws: StewardError.self) { try await ws.readFile("skills/x/run.sh") }
            #expect(try await ws.listFiles(under: "skills/x", proposal: p.number).map(\.path) == ["skills/x/SKILL.md", "skills/x/run.sh"])
            // The agent's policy is enforced on append too, and a refusal adds nothing.
            let head = try await ws.proposal(p.number).head
            await #expect(throws: StewardError.self) {
                try await ws.append(
                    to: p.number,
                    operations: [
                        .write(path: "skills/x/ok.md", content: Data(), executable: false),
                        .write(path: "memory/not-mine.md", content: Data(), executable: false),
                    ], policy: code, agent: "code", tool: "write_file")
            }
            #expect(try await ws.proposal(p.number).head == head)
            _ = try await ws.approve(p.number, by: "alice")
            await #expect(throws: StewardError.self) {
                try await ws.append(to: p.number, operations: [.delete(path: "skills/x/run.sh")], policy: code, agent: "code", tool: "delete_file")
            }
            let kinds = try await ws.auditEvents().map(\.kind)
            #expect(kinds == [.proposed, .updated, .approved])
        }
    }

    @Test func readsComeFromGitNotFromDisk() async throws {
        try await withTemporaryDirectory { dir in
            let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
            // A symbolic link on disk pointing outside is invisible to readers.
            try FileManager.default.createSymbolicLink(atPath: dir + "/ws/memory/passwd", withDestinationPath: "/etc/passwd")
            await #expect(throws: StewardError.self) { try await ws.readFile("memory/passwd") }
            await #expect(throws: StewardError.self) { try await ws.readFile("../etc/passwd") }
            #expect(try await ws.readFile("memory/README.md").count > 0)
            let all = try await ws.listFiles()
            #expect(all.contains { $0.path == "hooks/pre-merge-size-limit" && $0.executable })
            #expect(!all.contains { $0.path.hasPrefix(".steward") || $0.path == "memory/passwd" })
        }
    }
}

@Suite("Packed refs")
struct PackedRefsTests {
    @Test func everythingWorksOnceRefsArePacked() async throws {
        try await withTemporaryDirectory { dir in
            let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
            let policy = try PathPolicy.outsideTools()
            for i in 1...101 {
                _ = try await ws.propose(
                    title: "p\(i)", agent: "a", operations: [.write(path: "memory/p\(i).md", content: Data("\(i)\n".utf8), executable: false)],
                    policy: policy)
            }
            let packed = (try? String(contentsOfFile: dir + "/ws/.git/packed-refs", encoding: .utf8)) ?? ""
            #expect(packed.contains("refs/steward/proposals/100") && packed.contains("refs/heads/steward/50"), "the 100th proposal packed the refs")
            #expect(try await ws.pending().count == 101)
            _ = try await ws.approve(5, by: "alice")
            _ = try await ws.reject(6, by: "alice", reason: "no")
            let rb = try await ws.rollback(5, by: "alice", reason: nil)
            #expect(rb.rollbackNumber == 102, "a packed claim is still taken: numbers are not reused")
            #expect(try await ws.proposal(5).status == .rolledBack)
            #expect(try await ws.proposal(6).status == .rejected)
            #expect(try await ws.pending().count == 99)
            let p = try await ws.propose(
                title: "next", agent: "a", operations: [.write(path: "temp/n", content: Data(), executable: false)], policy: policy)
            #expect(p.number == 103)
        }
    }
}
