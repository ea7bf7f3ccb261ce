import Foundation
import StewardCore
import StewardGit
import StewardSandbox
import StewardStore
import StewardTestSupport
import Testing

/// `gc --expire-archives DAYS` (spec 5.10a): old archives of rejected proposals go, each
/// leaving an `expired` event that git, the store, doctor and diff all read.
@Suite("gc: expiring the archives of rejected proposals")
struct GcExpiryTests {
    static let day: Int64 = 86_400

    /// Steward's refs, as the git CLI lists them.
    func refs(_ dir: String) throws -> String { try gitCLI(["for-each-ref", "--format=%(objectname) %(refname)"], in: dir + "/ws") }

    @Test func anOldRejectionExpiresAndEverythingStillKnowsIt() async throws {
        try await withTemporaryDirectory { dir in
            let store = try Store(path: dir + "/index/steward.db")
            let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, index: store, by: "tester")
            let policy = try PathPolicy.outsideTools()
            // 256 KiB nobody can compress: what expiry frees shows in the pack's size.
            let big = Data((0..<262_144).map { _ in UInt8.random(in: 0...255) })
            let old = try await ws.propose(
                title: "old idea", agent: "agent", operations: [.write(path: "memory/big.bin", content: big, executable: false)], policy: policy)
            let recent = try await ws.propose(
                title: "recent idea", agent: "agent", operations: [.write(path: "memory/r.md", content: Data("r\n".utf8), executable: false)],
                policy: policy)
            let other = try await ws.propose(
                title: "approved", agent: "agent", operations: [.write(path: "memory/o.md", content: Data("o\n".utf8), executable: false)],
                policy: policy)
            _ = try await ws.approve(other.number, by: "alice")
            _ = try await ws.refresh(old.number, by: "alice")  // leaves refs/steward/superseded/1-1
            let now = Int64(Date().timeIntervalSince1970)
            await ws.setClock(now - 40 * Self.day)
            _ = try await ws.reject(old.number, by: "bob", reason: "too big")
            await ws.setClock(now - 2 * Self.day)
            _ = try await ws.reject(recent.number, by: "bob", reason: "not now")
            await ws.setClock(nil)
            let packed = try await ws.gc()
            let before = try refs(dir)
            let blob = try gitCLI(["rev-parse", "refs/steward/archive/\(old.number):memory/big.bin"], in: dir + "/ws")
                .trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(before.contains("refs/steward/archive/\(old.number)") && before.contains("refs/steward/superseded/\(old.number)-1"), "\(before)")

            // --dry-run lists the old one and changes nothing.
            let dry = try await ws.gc(expireDays: 30, dryRun: true, by: "carol")
            #expect(dry.expired.map(\.number) == [old.number] && dry.expired.first?.refs.count == 2 && dry.expired.first?.reason == "too big")
            #expect(try refs(dir) == before)

            let r = try await ws.gc(expireDays: 30, by: "carol")
            #expect(r.expired.map(\.number) == [old.number])
            let after = try refs(dir)
            #expect(!after.contains("refs/steward/archive/\(old.number)") && !after.contains("refs/steward/superseded/\(old.number)-"), "\(after)")
            #expect(after.contains("refs/steward/archive/\(recent.number)") && after.contains("refs/steward/proposals/\(old.number)"))
            #expect(after.contains("refs/steward/expired/\(old.number)"))
            // No ref reaches the big blob any more, so the new pack leaves it out; the older pack
            // that held it goes, the blob kept in git's cruft pack with that pack's time, which
            // the expiry's audit commit just touched: young, so kept for the grace period
            // (GcPruneTests sees it go later), and the packs do not double (spec 5.10a).
            #expect(!(try gitCLI(["rev-list", "--all", "--objects"], in: dir + "/ws")).contains(blob))
            _ = try gitCLI(["cat-file", "-e", blob], in: dir + "/ws")
            #expect(r.packed && r.removedPacks == 1 && r.after.packs.count == 2 && r.keptPacked >= 1 && r.keptLoose == 0, "\(r)")
            #expect(r.after.packs.bytes < packed.after.packs.bytes + 20_000, "\(packed.after.packs.bytes) → \(r.after.packs.bytes)")
            #expect(r.after.looseObjects.count == 0, "the blob is kept in the cruft pack, not loose")
            let cruft = try FileManager.default.contentsOfDirectory(atPath: dir + "/ws/.git/objects/pack").filter { $0.hasSuffix(".mtimes") }
            #expect(cruft.count == 1, "\(cruft)")
            _ = try gitCLI(["fsck", "--strict", "--no-dangling"], in: dir + "/ws")

            let t = try #require(try await ws.tombstone(old.number))
            #expect(t.kind == .expired && t.actor == "carol" && t.reason == "too big" && t.title == "old idea")
            #expect(t.commit == dry.expired.first?.head && t.rejectedOn == dry.expired.first?.rejectedOn)
            #expect(try await ws.proposal(old.number).status == .rejected)
            #expect(try await ws.proposal(recent.number).status == .rejected)
            do {
                _ = try await ws.diff(old.number)
                Issue.record("diff of an expired proposal must say so")
            } catch let e as StewardError {
                #expect("\(e)".contains("expired on") && "\(e)".contains("by gc (rejected on") && "\(e)".contains(": too big)"), "\(e)")
            }
            #expect(try await ws.doctor(rebuild: false).isEmpty, "an expired proposal is not a broken one")
            // The binary says the same: log, diff, doctor.
            let log = try steward(dir, "log", "--proposal", "\(old.number)")
            #expect(log.out.contains("expired") && log.out.contains("removed by gc, run by carol"), "\(log)")
            let diff = try steward(dir, "diff", "\(old.number)")
            #expect(diff.status != 0 && diff.err.contains("expired on") && diff.err.contains(": too big)"), "\(diff)")
            let doctor = try steward(dir, "doctor")
            #expect(doctor.status == 0 && !doctor.out.contains("#\(old.number)"), "\(doctor)")
            // A second expiry finds nothing; the store rebuilt from git knows the tombstone.
            #expect(try await ws.gc(expireDays: 30, by: "carol").expired.isEmpty)
            let fresh = try Store(path: dir + "/index2/steward.db")
            let reopened = try await Workspace.open(at: dir + "/ws", index: fresh)
            try await reopened.syncIndex()
            #expect(try fresh.events(proposal: old.number, limit: nil).map(\.kind) == [.proposed, .refreshed, .rejected, .expired])
            #expect(try fresh.statuses()[old.number] == "rejected")
        }
    }

    /// The built `steward`, run on `dir/ws`: its standard output and error, and its status.
    func steward(_ dir: String, _ args: String...) throws -> (out: String, err: String, status: Int32) {
        let program = BuiltProgram.locate(
            "steward", alsoChecking: [],
            packageRoot: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try program.get())
        p.arguments = args + ["--workspace", dir + "/ws"]
        p.environment = ProcessInfo.processInfo.environment.merging(["HOME": dir]) { $1 }
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self), p.terminationStatus)
    }

    @Test func doctorFinishesAnExpiryThatStoppedHalfWay() async throws {
        try await withTemporaryDirectory { dir in
            let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
            let p = try await ws.propose(
                title: "x", agent: "agent", operations: [.write(path: "memory/x.md", content: Data("x\n".utf8), executable: false)],
                policy: try PathPolicy.outsideTools())
            await ws.setClock(Int64(Date().timeIntervalSince1970) - 10 * Self.day)
            _ = try await ws.reject(p.number, by: "bob", reason: nil)
            await ws.setClock(nil)
            let head = try gitCLI(["rev-parse", "refs/steward/archive/\(p.number)"], in: dir + "/ws").trimmingCharacters(in: .whitespacesAndNewlines)
            _ = try await ws.gc(expireDays: 5, by: "carol")
            // As if gc stopped after its event: the archive back, the expired ref gone.
            _ = try gitCLI(["update-ref", "refs/steward/archive/\(p.number)", head], in: dir + "/ws")
            _ = try gitCLI(["update-ref", "-d", "refs/steward/expired/\(p.number)"], in: dir + "/ws")
            let findings = try await ws.doctor(rebuild: false)
            #expect(findings.map(\.message) == ["#\(p.number)'s archive was expired by gc but the expiry stopped half-way; finished it"])
            #expect(try await ws.tombstone(p.number) != nil)
            #expect(try await ws.doctor(rebuild: false).isEmpty)
        }
    }

    @Test func daysMustBeAWholeNumberFromOne() async throws {
        try await withTemporaryDirectory { dir in
            let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
            for days in [0, -3, 1_000_000] {
                await #expect(throws: StewardError.self) { try await ws.gc(expireDays: days, by: "carol") }
            }
        }
    }
}
