import Foundation
import StewardGit
import StewardTestSupport
import Testing

/// A temporary folder removed when the test ends, even on failure.
func withTemporaryDirectory<T>(_ body: (String) throws -> T) throws -> T {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("steward-git-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    return try body(dir)
}

func git(_ args: String..., in dir: String) throws -> String { try gitCLI(args, in: dir) }

@Suite("libgit2 wrapper")
struct GitRepositoryTests {
    let author = Signature(name: "test", email: "test@localhost", time: 1_700_000_000)

    func tree(_ r: GitRepository, _ files: [String: String]) throws -> ObjectID {
        try r.updateTree(
            try r.emptyTree(), files.map { .init(path: $0.key, entry: TreeEntry(id: try r.writeBlob(Data($0.value.utf8)), mode: .blob)) })
    }

    @Test func treeUpdateCommitAndRefsAreVisibleToGit() throws {
        try withTemporaryDirectory { dir in
            let r = try GitRepository.create(at: dir)
            let t = try tree(r, ["memory/a.md": "one\n", "memory/deep/b.md": "two\n"])
            let c = try r.commit(tree: t, parents: [], message: "first\n\nSteward-Proposal: 1\n", author: author)
            try r.updateReference("refs/heads/main", to: c, expected: nil, message: "test")
            #expect(try git("show", "main:memory/deep/b.md", in: dir) == "two\n")
            #expect(try git("log", "--format=%s", "main", in: dir) == "first\n")
            #expect(try r.commitInfo(c).trailers["Steward-Proposal"] == "1")
            _ = try git("fsck", "--strict", in: dir)
            // Removing the last file of a folder removes the folder.
            let t2 = try r.updateTree(t, [.init(path: "memory/deep/b.md", entry: nil)])
            #expect(try r.entry(at: "memory/deep", in: t2) == nil)
            #expect(try r.entry(at: "memory/a.md", in: t2) != nil)
        }
    }

    @Test func createOnlyAndCompareAndSwapReferences() throws {
        try withTemporaryDirectory { dir in
            let r = try GitRepository.create(at: dir)
            let t = try r.emptyTree()
            let a = try r.commit(tree: t, parents: [], message: "a\n", author: author)
            let b = try r.commit(tree: t, parents: [a], message: "b\n", author: author)
            #expect(try r.createReference("refs/steward/proposals/1", to: a, message: "claim"))
            #expect(try r.createReference("refs/steward/proposals/1", to: b, message: "claim") == false)
            #expect(try r.reference("refs/steward/proposals/1") == a)
            try r.updateReference("refs/heads/x", to: a, expected: nil, message: "x")
            #expect(throws: GitError.self) { try r.updateReference("refs/heads/x", to: b, expected: b, message: "stale") }
            try r.updateReference("refs/heads/x", to: b, expected: a, message: "cas")
            #expect(try r.reference("refs/heads/x") == b)
            try r.deleteReference("refs/heads/x")
            #expect(try r.reference("refs/heads/x") == nil)
            #expect(try r.references(matching: "refs/steward/proposals/*").map(\.name) == ["refs/steward/proposals/1"])
        }
    }

    @Test func changesSkipUnchangedSubtrees() throws {
        try withTemporaryDirectory { dir in
            let r = try GitRepository.create(at: dir)
            let base = try tree(r, ["a/1": "1", "a/2": "2", "b/3": "3", "c": "c"])
            let next = try r.updateTree(
                base,
                [
                    .init(path: "a/2", entry: TreeEntry(id: try r.writeBlob(Data("two".utf8)), mode: .blob)),
                    .init(path: "b/3", entry: nil),
                    .init(path: "d/4", entry: TreeEntry(id: try r.writeBlob(Data("4".utf8)), mode: .executable)),
                ])
            let changes = try r.changes(from: base, to: next).sorted { $0.path < $1.path }
            #expect(changes.map(\.path) == ["a/2", "b/3", "d/4"])
            #expect(changes[1].new == nil && changes[1].old != nil)
            #expect(changes[2].old == nil && changes[2].new?.mode == .executable)
        }
    }

    @Test func applyChangesEditsPathsOrMergesOrReportsConflicts() throws {
        try withTemporaryDirectory { dir in
            let r = try GitRepository.create(at: dir)
            let base = try tree(r, ["m/a": "a\n", "m/b": "line1\nline2\nline3\n"])
            let proposal = try r.updateTree(base, [.init(path: "m/new", entry: TreeEntry(id: try r.writeBlob(Data("n\n".utf8)), mode: .blob))])
            // main moved elsewhere: the fast path applies only the proposal's paths.
            let mainMoved = try r.updateTree(base, [.init(path: "m/a", entry: TreeEntry(id: try r.writeBlob(Data("A\n".utf8)), mode: .blob))])
            let merged = try r.applyChanges(from: base, to: proposal, onto: mainMoved)
            #expect(String(decoding: try r.readBlob(try r.entry(at: "m/a", in: merged)!.id), as: UTF8.self) == "A\n")
            #expect(try r.entry(at: "m/new", in: merged) != nil)
            // Both edited the same file in different lines: a real 3-way merge succeeds.
            let p2 = try r.updateTree(
                base, [.init(path: "m/b", entry: TreeEntry(id: try r.writeBlob(Data("line1 P\nline2\nline3\n".utf8)), mode: .blob))])
            let m2 = try r.updateTree(
                base, [.init(path: "m/b", entry: TreeEntry(id: try r.writeBlob(Data("line1\nline2\nline3 M\n".utf8)), mode: .blob))])
            let both = try r.applyChanges(from: base, to: p2, onto: m2)
            #expect(String(decoding: try r.readBlob(try r.entry(at: "m/b", in: both)!.id), as: UTF8.self) == "line1 P\nline2\nline3 M\n")
            // Same line: a conflict naming the path, nothing written.
            let m3 = try r.updateTree(
                base, [.init(path: "m/b", entry: TreeEntry(id: try r.writeBlob(Data("line1 X\nline2\nline3\n".utf8)), mode: .blob))])
            #expect(throws: MergeConflict(paths: ["m/b"])) { try r.applyChanges(from: base, to: p2, onto: m3) }
            // A file where the proposal needs a folder: conflict, not a crash.
            let p4 = try r.updateTree(base, [.init(path: "m/z/inner", entry: TreeEntry(id: try r.writeBlob(Data("i".utf8)), mode: .blob))])
            let m4 = try r.updateTree(base, [.init(path: "m/z", entry: TreeEntry(id: try r.writeBlob(Data("file".utf8)), mode: .blob))])
            #expect(throws: MergeConflict.self) { try r.applyChanges(from: base, to: p4, onto: m4) }
        }
    }

    @Test func patchIsAlwaysTextAndFindsRenames() throws {
        try withTemporaryDirectory { dir in
            let r = try GitRepository.create(at: dir)
            let base = try tree(r, ["m/old.md": "some text that is long enough to be similar\n", ".gitattributes": "*.bin binary\n"])
            var next = try r.updateTree(
                base,
                [
                    .init(path: "m/old.md", entry: nil),
                    .init(path: "m/new.md", entry: try r.entry(at: "m/old.md", in: base)),
                ])
            next = try r.updateTree(next, [.init(path: "m/x.bin", entry: TreeEntry(id: try r.writeBlob(Data("bin\u{0}ary\n".utf8)), mode: .blob))])
            let p = try r.patch(from: base, to: next)
            #expect(p.files.contains { $0.status == .renamed && $0.path == "m/new.md" && $0.oldPath == "m/old.md" })
            #expect(p.text.contains("+bin\u{0}ary"))
            #expect(!p.text.contains("Binary files"))
        }
    }
}

@Suite("Create-only refs across handles")
struct CreateOnlyRaceTests {
    /// `git_reference_create(force: 0)` checks existence before taking the lock, so racing
    /// creators can both win; `createReference` must hand each name to exactly one.
    @Test func exactlyOneCreatorWinsEachName() throws {
        try withTemporaryDirectory { dir in
            let setup = try GitRepository.create(at: dir)
            let c = try setup.commit(tree: try setup.emptyTree(), parents: [], message: "x\n", author: Signature(name: "t", email: "t@x", time: 1))
            let wins = Counter()
            let group = DispatchGroup()
            for _ in 0..<8 {
                group.enter()
                Thread {
                    defer { group.leave() }
                    guard let r = try? GitRepository.open(at: dir) else { return }
                    for n in 0..<30 where (try? r.createReference("refs/race/\(n)", to: c, message: "race")) == true {
                        wins.add(n)
                    }
                }.start()
            }
            group.wait()
            #expect(wins.values.sorted() == Array(0..<30), "each name won exactly once")
        }
    }
}

final class Counter: @unchecked Sendable {
    // @unchecked: `items` is only touched under `lock`.
    private let lock = NSLock()
    private var items: [Int] = []
    func add(_ n: Int) {
        lock.lock()
        items.append(n)
        lock.unlock()
    }
    var values: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
