import Foundation
import StewardCore
import StewardGit
import StewardSandbox
import StewardTestSupport
import Testing

/// `steward gc` prunes what nothing reaches once it is older than the grace period (spec
/// 5.10a): an expired archive's objects go; nothing a ref, a reflog or the index reaches, and
/// nothing young or found stored again by a writer, is lost. Time passing is made by setting
/// files' times back (the prune reads the real clock).
@Suite("gc: pruning unreachable objects")
struct GcPruneTests {
    static let day: Int64 = 86_400

    /// A workspace with #1 (a 256 KiB blob nobody can compress) rejected 40 days ago, #2
    /// approved, #3 pending, packed by a first gc. Returns the workspace and the big blob.
    func rejectedAndPacked(_ dir: String) async throws -> (Workspace, big: Data, blob: String) {
        let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
        let policy = try PathPolicy.outsideTools()
        let big = Data((0..<262_144).map { _ in UInt8.random(in: 0...255) })
        func write(_ path: String, _ data: Data) -> [FileOperation] { [.write(path: path, content: data, executable: false)] }
        let old = try await ws.propose(title: "old idea", agent: "agent", operations: write("memory/big.bin", big), policy: policy)
        let other = try await ws.propose(title: "approved", agent: "agent", operations: write("memory/o.md", Data("o\n".utf8)), policy: policy)
        _ = try await ws.propose(
            title: "pending", agent: "agent", operations: write("memory/p.bin", Data((0..<4096).map { _ in UInt8.random(in: 0...255) })),
            policy: policy)
        _ = try await ws.approve(other.number, by: "alice")
        await ws.setClock(Int64(Date().timeIntervalSince1970) - 40 * Self.day)
        _ = try await ws.reject(old.number, by: "bob", reason: "too big")
        await ws.setClock(nil)
        _ = try await ws.gc()
        let blob = try git(dir, "rev-parse", "refs/steward/archive/\(old.number):memory/big.bin")
        return (ws, big, blob)
    }

    /// The git CLI on `dir/ws`, `input` on its standard input; its output trimmed.
    /// - Throws: `GitFailed` when it exits with another status than 0.
    func git(_ dir: String, _ args: String..., input: String = "") throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        p.arguments = ["-C", dir + "/ws"] + args
        let (inPipe, out, err) = (Pipe(), Pipe(), Pipe())
        (p.standardInput, p.standardOutput, p.standardError) = (inPipe, out, err)
        try p.run()
        inPipe.fileHandleForWriting.write(Data(input.utf8))
        try inPipe.fileHandleForWriting.close()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let message = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw GitFailed(args: args, stderr: String(decoding: message, as: UTF8.self)) }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    struct GitFailed: Error {
        let args: [String]
        let stderr: String
    }

    /// A new loose blob written with the git CLI (nothing reaches it).
    func stray(_ dir: String, _ text: String) throws -> String { try git(dir, "hash-object", "-w", "--stdin", input: text) }

    func exists(_ dir: String, _ id: String) -> Bool { (try? gitCLI(["cat-file", "-e", id], in: dir + "/ws")) != nil }

    /// Every loose object and pack file of the repository made `days` days old, and so the time
    /// a cruft pack keeps for each of its objects (`.mtimes`: a 12-byte header, then one
    /// big-endian 32-bit time per object, then two 20-byte checksums).
    func age(_ dir: String, days: Int64) throws {
        let fm = FileManager.default
        let objects = dir + "/ws/.git/objects"
        let then = Date().addingTimeInterval(-Double(days * Self.day))
        for f in try fm.contentsOfDirectory(atPath: objects + "/pack") where f.hasSuffix(".mtimes") {
            var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: objects + "/pack/" + f)))
            for i in stride(from: 12, to: bytes.count - 40, by: 4) {
                let t = UInt32(bytes[i]) << 24 | UInt32(bytes[i + 1]) << 16 | UInt32(bytes[i + 2]) << 8 | UInt32(bytes[i + 3])
                let aged = UInt32(max(Int64(t) - days * Self.day, 0))
                bytes.replaceSubrange(i..<i + 4, with: [UInt8(aged >> 24), UInt8(aged >> 16 & 0xFF), UInt8(aged >> 8 & 0xFF), UInt8(aged & 0xFF)])
            }
            try Data(bytes).write(to: URL(fileURLWithPath: objects + "/pack/" + f))
        }
        for sub in try fm.contentsOfDirectory(atPath: objects) where sub.count == 2 || sub == "pack" {
            for f in try fm.contentsOfDirectory(atPath: objects + "/" + sub) {
                try fm.setAttributes([.modificationDate: then], ofItemAtPath: objects + "/" + sub + "/" + f)
            }
        }
    }

    /// An archive expired today is written out loose with the time of the pack that held it,
    /// which every commit Steward makes touches (libgit2 touches a commit's tree, and every
    /// audit commit names the empty tree): kept until a gc past the grace period deletes it.
    @Test func anExpiredArchiveGoesOnceOlderThanTheGracePeriodAndNothingReachedIsLost() async throws {
        try await withTemporaryDirectory { dir in
            let (ws, _, blob) = try await rejectedAndPacked(dir)
            // Reached only by a reflog (refs/heads/scratch moved away from it), and only by the index.
            let reflogBlob = try stray(dir, "only a reflog reaches me\n")
            let reflogTree = try git(dir, "mktree", input: "100644 blob \(reflogBlob)\tr.txt\n")
            let reflogCommit = try git(dir, "commit-tree", reflogTree, "-m", "r")
            _ = try git(dir, "update-ref", "-m", "test", "--create-reflog", "refs/heads/scratch", reflogCommit)
            _ = try git(dir, "update-ref", "-m", "test", "refs/heads/scratch", "main")
            let indexBlob = try stray(dir, "only the index holds me\n")
            _ = try git(dir, "update-index", "--add", "--cacheinfo", "100644,\(indexBlob),memory/index-only.md")
            let oldStray = try stray(dir, "old and unreachable\n")
            try age(dir, days: 30)

            let expiry = try await ws.gc(expireDays: 30, by: "carol")
            #expect(expiry.expired.map(\.number) == [1] && expiry.prune == "2.weeks.ago")
            #expect(expiry.pruned >= 1 && !exists(dir, oldStray), "the old stray goes: \(expiry)")
            #expect(exists(dir, blob), "expired today: kept for the grace period")
            #expect(exists(dir, reflogBlob) && exists(dir, indexBlob))
            let reused = try stray(dir, "old by then, and named by a young tree\n")

            // Fifteen days pass; then a propose that has not moved its ref yet writes young
            // objects, one tree naming an old blob.
            try age(dir, days: 15)
            let young = try stray(dir, "young and unreachable\n")
            let youngTree = try git(dir, "mktree", input: "100644 blob \(reused)\tx.txt\n100644 blob \(young)\ty.txt\n")
            // What every ref reaches must all be there after.
            let keep = try git(dir, "rev-list", "--objects", "--all").split(separator: "\n").map { $0.prefix(40) }
            #expect(keep.count > 30)

            let r = try await ws.gc()
            // The big blob, the archive's two commits and its trees.
            #expect(r.pruned >= 4, "\(r)")
            #expect(!exists(dir, blob), "the expired archive's blob is gone")
            for (id, what) in [
                (young, "a young object"), (youngTree, "a young tree"), (reused, "an old blob a young tree names"),
                (reflogBlob, "what a reflog reaches"), (reflogCommit, "a reflog's commit"), (indexBlob, "a blob of the index"),
            ] {
                #expect(exists(dir, id), "\(what) is kept")
            }
            let checked = try git(dir, "cat-file", "--batch-check", input: keep.joined(separator: "\n") + "\n")
            #expect(!checked.contains("missing") && checked.split(separator: "\n").count == keep.count)
            _ = try git(dir, "fsck", "--strict", "--no-dangling")
            #expect(expiry.after.repository.bytes - r.after.repository.bytes > 250_000, "\(expiry.after.repository) → \(r.after.repository)")
            #expect(try await ws.doctor(rebuild: false).filter { $0.kind == .problem }.isEmpty)
            #expect(try await ws.gc().pruned == 0, "a second gc finds nothing more that is old")
        }
    }

    /// A writer that finds an old object already stored (a loose file, or a pack) only touches
    /// it, and so keeps it: an object in an ordinary pack counts with the pack's time. libgit2
    /// touches the cruft pack too, not knowing that git keeps a time per object there, so a
    /// cruft pack touched since it was written counts as young as a whole (which object was
    /// wanted is not known): the expired archive's commits and trees stay with the blob.
    /// `--prune now` then takes every unreachable object.
    @Test func objectsAWriterFoundStoredAreKept() async throws {
        try await withTemporaryDirectory { dir in
            let (ws, big, blob) = try await rejectedAndPacked(dir)
            _ = try await ws.gc(expireDays: 30, by: "carol")
            try #require(exists(dir, blob))
            // Two packs of one unreachable object each, as a fetch or git's own repack leaves them.
            let inPack = try stray(dir, "packed, then written again\n")
            let inOtherPack = try stray(dir, "packed, and left alone\n")
            for id in [inPack, inOtherPack] {
                _ = try git(dir, "pack-objects", "-q", ".git/objects/pack/pack", input: id + "\n")
            }
            _ = try git(dir, "prune-packed")
            let leftAlone = try stray(dir, "old and unreachable\n")
            try age(dir, days: 30)
            // Another writer (a propose planning its changes) writes three of them again.
            let other = try GitRepository.open(at: dir + "/ws")
            #expect(try other.writeBlob(big).hex == blob)
            #expect(try other.writeBlob(Data("packed, then written again\n".utf8)).hex == inPack)

            let r = try await ws.gc()
            #expect(exists(dir, blob) && exists(dir, inPack), "found stored by a writer: kept")
            #expect(!exists(dir, leftAlone) && !exists(dir, inOtherPack), "not found again: gone")
            // Those two; the archive's commits and trees are in the touched cruft pack, so kept.
            #expect(r.pruned == 2 && r.removedPacks == 3 && r.keptPacked >= 5, "\(r)")
            _ = try git(dir, "fsck", "--strict", "--no-dangling")

            let now = try await ws.gc(prune: .now)
            #expect(now.prune == "now" && now.pruned >= 2 && now.keptLoose == 0, "\(now)")
            #expect(!exists(dir, blob) && !exists(dir, inPack))
            _ = try git(dir, "fsck", "--strict", "--no-dangling")
        }
    }

    @Test func theGracePeriodIsReadAsGitWritesIt() throws {
        #expect(try PruneExpiry.parse("2.weeks.ago", key: "k") == .olderThan(seconds: 14 * 86_400, text: "2.weeks.ago"))
        #expect(try PruneExpiry.parse("1 hour ago", key: "k") == .olderThan(seconds: 3_600, text: "1 hour ago"))
        #expect(try PruneExpiry.parse("3.days", key: "k") == .olderThan(seconds: 3 * 86_400, text: "3.days"))
        #expect(try PruneExpiry.parse("now", key: "k") == .now && PruneExpiry.parse("all", key: "k") == .now)
        #expect(try PruneExpiry.parse("0.seconds.ago", key: "k") == .now)
        #expect(try PruneExpiry.parse("never", key: "k") == .never && PruneExpiry.parse("false", key: "k") == .never)
        for bad in ["", "soon", "2.fortnights.ago", "-1.days.ago", "1.5.days.ago", "100001.days.ago", "2026-01-01", "weeks.2.ago"] {
            #expect(throws: StewardError.self, "\(bad)") { try PruneExpiry.parse(bad, key: "--prune") }
        }
        do {
            _ = try PruneExpiry.parse("soon", key: "--prune")
        } catch let e as StewardError {
            #expect(
                e.message
                    == "--prune is 'soon', but must be now, never or a time ago such as 2.weeks.ago (a whole number from 0 to 100000 of seconds, minutes, hours, days, weeks, months or years)"
            )
        }
    }
}
