import Foundation
import StewardCore
import StewardGit
import StewardSandbox
import StewardTestSupport
import Testing

/// `gc --expire-archives` on a packed workspace with many old archives (spec 5.10a): every
/// tombstone (event and `refs/steward/expired/N`) is written, then every archive and
/// superseded ref deleted at once (one rewrite of `packed-refs`); nothing else moves.
@Suite("gc: expiring many archives at once")
struct GcExpiryBatchTests {
    static let day: Int64 = 86_400

    /// A workspace with `old` one-file proposals rejected 40 days ago (every fifth refreshed
    /// first, leaving `refs/steward/superseded/N-1`), one rejected 2 days ago and two
    /// approved, then packed (refs too) by a first gc. Returns it and the old numbers.
    static func manyOldArchives(_ dir: String, old: Int) async throws -> (Workspace, [Int], recent: Int) {
        let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
        let policy = try PathPolicy.outsideTools()
        func note(_ k: Int) -> [FileOperation] { [.write(path: "memory/n\(k).md", content: Data("note \(k)\n".utf8), executable: false)] }
        let now = Int64(Date().timeIntervalSince1970)
        var numbers: [Int] = []
        for k in 0..<old {
            numbers.append(try await ws.propose(title: "old \(k)", agent: "agent", operations: note(k), policy: policy).number)
        }
        let recent = try await ws.propose(title: "recent", agent: "agent", operations: note(-1), policy: policy).number
        for k in 0..<2 {
            let n = try await ws.propose(title: "kept \(k)", agent: "agent", operations: note(1000 + k), policy: policy).number
            _ = try await ws.approve(n, by: "alice")
        }
        // main moved: a refresh leaves the head before it as refs/steward/superseded/N-1.
        for (k, n) in numbers.enumerated() where k % 5 == 0 { _ = try await ws.refresh(n, by: "alice") }
        await ws.setClock(now - 40 * day)
        for n in numbers { _ = try await ws.reject(n, by: "bob", reason: "no \(n)") }
        await ws.setClock(now - 2 * day)
        _ = try await ws.reject(recent, by: "bob", reason: "not now")
        await ws.setClock(nil)
        _ = try await ws.gc()
        return (ws, numbers, recent)
    }

    /// Every ref as the git CLI lists it: name → id.
    static func refs(_ dir: String) throws -> [String: String] {
        var out: [String: String] = [:]
        for line in try gitCLI(["for-each-ref", "--format=%(objectname) %(refname)"], in: dir + "/ws").split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            if parts.count == 2 { out[String(parts[1])] = String(parts[0]) }
        }
        return out
    }

    /// The refs of an expiry finished for every one of `numbers`, none left half-way: no
    /// archive or superseded ref, the tombstone ref naming N's one `expired` event, whose
    /// commit is the archived head `heads[N]`.
    static func expectExpired(_ ws: Workspace, _ dir: String, _ numbers: [Int], heads: [String: String]) async throws {
        let after = try refs(dir)
        let events = try await ws.auditEvents().filter { $0.kind == .expired }
        for n in numbers {
            #expect(after["refs/steward/archive/\(n)"] == nil && !after.keys.contains { $0.hasPrefix("refs/steward/superseded/\(n)-") }, "#\(n)")
            #expect(after["refs/steward/proposals/\(n)"] != nil, "#\(n)'s claim stays")
            let t = try await ws.tombstone(n)
            #expect(t?.kind == .expired && t?.actor == "carol" && t?.reason == "no \(n)" && t?.commit == heads["refs/steward/archive/\(n)"], "#\(n)")
            #expect(events.filter { $0.proposal == n }.count == 1, "#\(n) has one expired event")
        }
    }

    @Test func sixtyPackedArchivesExpireWithEveryTombstoneAndNothingElseMoves() async throws {
        try await withTemporaryDirectory { dir in
            let (ws, old, recent) = try await Self.manyOldArchives(dir, old: 60)
            let before = try Self.refs(dir)
            #expect(FileManager.default.fileExists(atPath: dir + "/ws/.git/packed-refs"))
            #expect(!FileManager.default.fileExists(atPath: dir + "/ws/.git/refs/steward/archive/\(old[0])"), "the archives are packed refs")
            #expect(before.keys.filter { $0.hasPrefix("refs/steward/superseded/") }.count == 12)

            let r = try await ws.gc(expireDays: 30, by: "carol")
            #expect(r.expired.map(\.number) == old, "lowest number first, every old one and only those")
            #expect(r.expired.allSatisfy { $0.refs.first == "refs/steward/archive/\($0.number)" })
            #expect(r.expired.filter { $0.refs.count == 2 }.count == 12, "the superseded refs are listed with their archive")
            try await Self.expectExpired(ws, dir, old, heads: before)
            let after = try Self.refs(dir)
            // Nothing else moved: every other ref names what it named, and the only new ones are the tombstones.
            let gone = Set(before.keys).subtracting(after.keys)
            #expect(gone.allSatisfy { $0.hasPrefix("refs/steward/archive/") || $0.hasPrefix("refs/steward/superseded/") } && gone.count == 72)
            for (name, id) in before where !gone.contains(name) && !name.hasPrefix("refs/steward/audit") && !name.hasPrefix("refs/steward/trail") {
                #expect(after[name] == id, "\(name)")
            }
            #expect(Set(after.keys).subtracting(before.keys) == Set(old.map { "refs/steward/expired/\($0)" }))
            #expect(after["refs/steward/archive/\(recent)"] == before["refs/steward/archive/\(recent)"], "a recent rejection keeps its archive")
            #expect(!FileManager.default.fileExists(atPath: dir + "/ws/.git/packed-refs.lock"))
            _ = try gitCLI(["fsck", "--strict", "--no-dangling"], in: dir + "/ws")
            #expect(try await ws.doctor(rebuild: false).isEmpty)

            // A second run finds nothing more to expire.
            #expect(try await ws.gc(expireDays: 30, by: "carol").expired.isEmpty)
        }
    }
}
