import Foundation
import StewardCore
import StewardGit
import StewardSandbox
import StewardTestSupport
import Testing

/// A `steward gc --expire-archives` killed with SIGKILL part-way (spec 5.10a): every archive is
/// either as it was or expired with its tombstone (event and `refs/steward/expired/N`), never
/// gone without one; the next gc finishes the rest, each event written once.
@Suite("gc: an expiry killed part-way", .serialized)
struct GcExpiryKillTests {
    /// Starts the built `steward gc --expire-archives 30` on `dir/ws` and kills it with SIGKILL
    /// once `tombstones` expired refs exist and, with `archiveGone`, once `packed-refs` no
    /// longer lists that archive (or when it ends by itself first).
    func killGc(_ dir: String, after tombstones: Int, archiveGone: String? = nil) throws {
        let program = BuiltProgram.locate(
            "steward", alsoChecking: [],
            packageRoot: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try program.get())
        p.arguments = ["gc", "--expire-archives", "30", "--by", "carol", "--prune", "never", "--workspace", dir + "/ws"]
        p.environment = ProcessInfo.processInfo.environment.merging(["HOME": dir]) { $1 }
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        let folder = dir + "/ws/.git/refs/steward/expired"
        let deadline = Date().addingTimeInterval(300)
        while p.isRunning, Date() < deadline {
            let written = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasSuffix(".lock") }.count
            let gone =
                archiveGone.map {
                    !(FileManager.default.contents(atPath: dir + "/ws/.git/packed-refs").map { String(decoding: $0, as: UTF8.self) } ?? "").contains(
                        $0 + "\n")
                } ?? true
            if written >= tombstones && gone { break }
            usleep(200)
        }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
    }

    /// git's lock files a killed process left (its main lock, a file lock, went with it), removed
    /// as `doctor --clear-stale-locks` removes them once they are old.
    func removeStaleLocks(_ dir: String) throws {
        let git = dir + "/ws/.git"
        for f in FileManager.default.enumerator(atPath: git)?.compactMap({ $0 as? String }) ?? [] where f.hasSuffix(".lock") {
            try FileManager.default.removeItem(atPath: git + "/" + f)
        }
    }

    /// Killed after 1, 25 or all 60 tombstones, or (61) once the archives left `packed-refs`.
    @Test(arguments: [1, 25, 60, 61])
    func killedAfterSomeTombstonesTheNextGcFinishes(tombstones: Int) async throws {
        try await withTemporaryDirectory { dir in
            let (_, old, recent) = try await GcExpiryBatchTests.manyOldArchives(dir, old: 60)
            let before = try GcExpiryBatchTests.refs(dir)
            try killGc(dir, after: min(tombstones, 60), archiveGone: tombstones > 60 ? "refs/steward/archive/\(old[59])" : nil)
            try removeStaleLocks(dir)

            // Right after the kill: each archive as it was, or expired with its tombstone.
            let ws = try await Workspace.open(at: dir + "/ws")
            let killed = try GcExpiryBatchTests.refs(dir)
            let events = try await ws.auditEvents().filter { $0.kind == .expired }
            var expired = 0
            for n in old {
                let archive = "refs/steward/archive/\(n)"
                let t = try await ws.tombstone(n)
                #expect(events.filter { $0.proposal == n }.count <= 1, "#\(n)")
                if let id = killed[archive] {
                    #expect(id == before[archive], "#\(n)'s archive is untouched")
                    if killed["refs/steward/expired/\(n)"] != nil { #expect(t?.commit == id, "#\(n)") }
                } else {
                    expired += 1
                    #expect(t?.kind == .expired && t?.commit == before[archive], "#\(n) has no archive, so it has its tombstone")
                    #expect(!killed.keys.contains { $0.hasPrefix("refs/steward/superseded/\(n)-") }, "#\(n)")
                }
            }
            #expect(killed.keys.filter { $0.hasPrefix("refs/steward/expired/") }.count >= min(tombstones, 60))
            _ = try gitCLI(["fsck", "--strict", "--no-dangling"], in: dir + "/ws")

            // The next gc finishes every one, each with one event.
            _ = try await ws.gc(expireDays: 30, by: "carol")
            try await GcExpiryBatchTests.expectExpired(ws, dir, old, heads: before)
            #expect(try GcExpiryBatchTests.refs(dir)["refs/steward/archive/\(recent)"] != nil)
            _ = try gitCLI(["fsck", "--strict", "--no-dangling"], in: dir + "/ws")
            #expect(try await ws.doctor(rebuild: false).isEmpty)
            print("killed after \(tombstones) tombstone(s): \(expired) of 60 archives were already gone")
        }
    }
}
