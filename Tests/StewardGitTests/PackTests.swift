import Foundation
import StewardGit
import StewardTestSupport
import Testing

/// `GitRepository.pack` (steward gc, spec 5.10a), checked with the git CLI.
@Suite struct PackTests {
    let author = Signature(name: "test", email: "test@localhost", time: 1_700_000_000)

    func commit(_ r: GitRepository, _ files: [String: String], parents: [ObjectID]) throws -> ObjectID {
        let t = try r.updateTree(
            try r.emptyTree(), files.map { .init(path: $0.key, entry: TreeEntry(id: try r.writeBlob(Data($0.value.utf8)), mode: .blob)) })
        return try r.commit(tree: t, parents: parents, message: "c\n", author: author)
    }

    func loose(_ dir: String) throws -> Int {
        let line = try gitCLI(["count-objects", "-v"], in: dir).split(separator: "\n").first { $0.hasPrefix("count:") }!
        return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces))!
    }

    @Test func packKeepsDetachedHeadAndRefsToBlobsAndSurvivesADanglingHead() throws {
        try withTemporaryDirectory { dir in
            let r = try GitRepository.create(at: dir)
            let c1 = try commit(r, ["a.md": "one\n"], parents: [])
            try r.updateReference("refs/heads/main", to: c1, expected: nil, message: "test")
            // A commit only a detached HEAD reaches, and a ref naming a blob.
            let c2 = try commit(r, ["a.md": "two\n"], parents: [c1])
            try "\(c2.hex)\n".write(toFile: dir + "/.git/HEAD", atomically: true, encoding: .utf8)
            let blob = try r.writeBlob(Data("held by a ref\n".utf8))
            try r.updateReference("refs/steward/blob", to: blob, expected: nil, message: "test")
            let stray = try r.writeBlob(Data("no ref reaches me\n".utf8))

            // 7 reachable: c1, c2, their trees and blobs, the blob the ref names. Kept loose:
            // the stray blob and the empty tree `emptyTree()` wrote.
            // A temporary folder a stopped gc left is removed.
            try FileManager.default.createDirectory(atPath: dir + "/.git/objects/pack/.steward-gc-1/x", withIntermediateDirectories: true)
            let first = try r.pack()
            #expect(first.packed && first.keptLoose == 2 && first.packedObjects == 7 && first.removedLoose == 7, "\(first)")
            #expect(try loose(dir) == 2)
            #expect(try gitCLI(["cat-file", "-p", "\(c2.hex):a.md"], in: dir) == "two\n")
            #expect(try gitCLI(["cat-file", "-p", blob.hex], in: dir) == "held by a ref\n")
            #expect(try gitCLI(["cat-file", "-t", stray.hex], in: dir) == "blob\n")
            _ = try gitCLI(["fsck", "--strict", "--no-dangling"], in: dir)

            // HEAD naming a branch that does not exist reaches nothing. Main moves on: as many
            // objects are reachable as the pack holds (c2's three out, c3's three in), yet they
            // are others, so gc packs again. The first pack holds c2, which no ref reaches now:
            // its three objects are written out loose (gc never drops an object the new pack
            // lacks) and the first pack goes, so no pack stays only for them.
            try "ref: refs/heads/nowhere\n".write(toFile: dir + "/.git/HEAD", atomically: true, encoding: .utf8)
            let c3 = try commit(r, ["a.md": "three\n"], parents: [c1])
            try r.updateReference("refs/heads/main", to: c3, expected: c1, message: "test")
            let second = try r.pack()
            #expect(
                second.packed && second.packedObjects == 7 && second.removedLoose == 3 && second.removedPacks == 1 && second.keptLoose == 5,
                "\(second)")
            #expect(try loose(dir) == 5)
            #expect(try gitCLI(["show", "main:a.md"], in: dir) == "three\n")
            #expect(try gitCLI(["cat-file", "-p", "\(c2.hex):a.md"], in: dir) == "two\n")
            _ = try gitCLI(["fsck", "--strict", "--no-dangling"], in: dir)
            let packs = try FileManager.default.contentsOfDirectory(atPath: dir + "/.git/objects/pack").sorted()
            #expect(packs.filter { $0.hasSuffix(".pack") }.count == 1 && !packs.contains { $0.hasPrefix(".") }, "\(packs)")

            // Nothing new: a no-op that leaves the packs as they are.
            let third = try r.pack()
            #expect(!third.packed && third.removedLoose == 0 && third.removedPacks == 0 && third.keptLoose == 5, "\(third)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/.git/objects/pack").sorted() == packs)
        }
    }
}
