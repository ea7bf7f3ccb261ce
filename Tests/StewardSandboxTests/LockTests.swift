import Foundation
import StewardCore
import StewardGit
import StewardSandbox
import Testing

/// Issue 13, items 8 and 19, in the library: git's lock files judged by who holds them, and
/// the branch deleted only at the head that was approved.
@Suite("git's lock files and compare-and-swap deletes")
struct LockTests {
    static func backdate(_ path: String) {
        var times = [timespec(tv_sec: time(nil) - 300, tv_nsec: 0), timespec(tv_sec: time(nil) - 300, tv_nsec: 0)]
        _ = utimensat(AT_FDCWD, path, &times, 0)
    }

    @Test func aLockIsStaleOnlyWhenNobodyHoldsItAndItIsNotNew() async throws {
        try await withTemporaryDirectory { dir in
            _ = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
            let repo = try GitRepository.open(at: dir + "/ws")
            let path = dir + "/ws/.git/refs/heads/main.lock"
            #expect(FileManager.default.createFile(atPath: path, contents: Data()))
            let fresh = try #require(repo.lockFile(for: "refs/heads/main"))
            #expect(fresh.holders.isEmpty && !fresh.isStale, "a lock made moments ago may still be in use")
            Self.backdate(path)
            #expect(try #require(repo.lockFile(for: "refs/heads/main")).isStale)
            // Open in this process, as git keeps a lock open while it writes it.
            let fd = open(path, O_RDONLY)
            defer { close(fd) }
            let held = try #require(repo.lockFiles().first { $0.name == "refs/heads/main.lock" })
            #expect(held.holders.contains { $0.hasPrefix("pid \(getpid()) ") } && !held.isStale, "\(held.holders)")
            #expect(!repo.removeStaleLock(held))
            #expect(FileManager.default.fileExists(atPath: path))
        }
    }

    @Test func doctorClearsAStaleIndexLockOnlyWhenAsked() async throws {
        try await withTemporaryDirectory { dir in
            let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
            let p = try await ws.propose(
                title: "a", agent: "a", operations: [.write(path: "memory/a.md", content: Data("a\n".utf8), executable: false)],
                policy: try PathPolicy.outsideTools())
            let lock = dir + "/ws/.git/index.lock"
            #expect(FileManager.default.createFile(atPath: lock, contents: Data()))
            Self.backdate(lock)
            let refused = await #expect(throws: StewardError.self) { _ = try await ws.approve(p.number, by: "alice") }
            #expect(refused?.code == .conflict && refused?.message.contains(lock) == true, "\(refused?.message ?? "")")
            #expect(try await ws.proposal(p.number).status == .pending)

            let seen = try await ws.doctor(rebuild: false)
            #expect(seen.contains { $0.kind == .problem && $0.message.contains(lock) && $0.message.contains("--clear-stale-locks") })
            #expect(FileManager.default.fileExists(atPath: lock))
            let cleared = try await ws.doctor(rebuild: false, clearStaleLocks: true)
            #expect(cleared.contains { $0.kind == .fixed && $0.message.contains("removed \(lock)") })
            #expect(!FileManager.default.fileExists(atPath: lock))
            _ = try await ws.approve(p.number, by: "alice")
            #expect(FileManager.default.contents(atPath: dir + "/ws/memory/a.md") == Data("a\n".utf8))
            #expect(!FileManager.default.fileExists(atPath: lock), "the approval's own index lock is gone")
        }
    }

    @Test func aBranchIsDeletedOnlyAtTheHeadExpected() async throws {
        try await withTemporaryDirectory { dir in
            _ = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
            let repo = try GitRepository.open(at: dir + "/ws")
            let main = try #require(try repo.reference("refs/heads/main"))
            let tree = try repo.commitInfo(main).tree
            let other = try repo.commit(tree: tree, parents: [main], message: "other\n", author: Signature(name: "t", email: "t@x", time: 1))
            #expect(try repo.createReference("refs/heads/steward/9", to: other, message: "t"))
            #expect(throws: GitError.self) { try repo.deleteReference("refs/heads/steward/9", expected: main) }
            #expect(try repo.reference("refs/heads/steward/9") == other, "left as it was")
            try repo.deleteReference("refs/heads/steward/9", expected: other)
            #expect(try repo.reference("refs/heads/steward/9") == nil)
        }
    }
}
