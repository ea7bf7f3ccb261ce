import Foundation
import Testing

/// `steward gc` packs the repository and loses nothing (spec 5.10a): checked with the git CLI.
@Suite struct GcCLITests {
    /// The git CLI's view of everything: every ref and what it names, every reachable object.
    private func snapshot(_ s: Sandbox) async throws -> (refs: String, objects: String) {
        let refs = try await s.git("for-each-ref", "--format=%(objectname) %(objecttype) %(refname)")
        let objects = try await s.git("rev-list", "--all", "--objects").split(separator: "\n").map { $0.prefix(40) }.sorted().joined(separator: "\n")
        return (refs, objects)
    }

    private func countObjects(_ s: Sandbox) async throws -> [String: Int] {
        var out: [String: Int] = [:]
        for line in try await s.git("count-objects", "-v").split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, let v = Int(parts[1]) { out[parts[0]] = v }
        }
        return out
    }

    @Test func gcPacksEverythingKeepsEveryRefAndUnreachableLooseObjects() async throws {
        let s = try Sandbox()
        for i in 0..<20 { try s.write("memory/n\(i).md", "note \(i)\n") }
        try await s.ok("init")
        // Proposals: approved, rejected (archived), one rolled back, one refreshed (superseded), one pending.
        for i in 1...8 { #expect(try await s.propose("change \(i)", writeOp("memory/p\(i).md", "proposal \(i)\n")) == i) }
        // An older pack made halfway, which gc's pack must cover and replace.
        _ = try await s.git("repack", "-d")
        try FileManager.default.removeItem(atPath: s.ws + "/.git/info/refs")  // git repack's update-server-info; gc's must not write it
        for i in [1, 3, 5] { try await s.ok("approve", "\(i)", "--yes", "--by", "alice") }
        for i in [2, 4, 6] { try await s.ok("reject", "\(i)", "--reason", "not wanted \(i)", "--by", "bob") }
        try await s.ok("rollback", "3", "--reason", "too early")
        try await s.ok("refresh", "7")
        // A loose object no ref reaches (as a command still running would leave): kept, in git's cruft pack.
        try s.write("stray.txt", "nobody refers to me\n")
        let stray = try await s.git("hash-object", "-w", "stray.txt").trimmingCharacters(in: .whitespacesAndNewlines)
        try FileManager.default.removeItem(atPath: s.ws + "/stray.txt")

        let before = try await snapshot(s)
        #expect(before.refs.contains("refs/steward/archive/2") && before.refs.contains("refs/steward/audit"), "\(before.refs)")
        #expect(before.refs.contains("refs/steward/superseded/7-1"), "\(before.refs)")
        let counted = try await countObjects(s)
        try #require(counted["count", default: 0] > 20 && counted["packs"] == 1, "\(counted)")

        let out = try json(try await s.ok("gc", "--json")) as! [String: Any]
        #expect(
            out["packed"] as? Bool == true && out["keptPacked"] as? Int == 1 && out["keptLoose"] as? Int == 0 && out["removedPacks"] as? Int == 1,
            "\(out)")
        let sizeBefore = out["before"] as? [String: Any]
        let sizeAfter = out["after"] as? [String: Any]
        #expect((sizeBefore?["looseObjects"] as? [String: Any])?["count"] as? Int == counted["count"])
        #expect((sizeAfter?["looseObjects"] as? [String: Any])?["count"] as? Int == 0)
        #expect((sizeAfter?["packs"] as? [String: Any])?["count"] as? Int == 2, "everything reachable, and the cruft pack")

        _ = try await s.git("fsck", "--strict", "--no-dangling")
        let after = try await snapshot(s)
        #expect(after.refs == before.refs, "every ref still names what it named")
        #expect(after.objects == before.objects, "every reachable object is still there")
        let packed = try await countObjects(s)
        #expect(packed["count"] == 0 && packed["packs"] == 2, "the unreachable object is in the cruft pack: \(packed)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.ws + "/.git/objects/pack").filter { $0.hasSuffix(".mtimes") }.count == 1)
        #expect(!FileManager.default.fileExists(atPath: s.ws + "/.git/info/refs"), "no update-server-info list of every ref")
        #expect(try await s.git("cat-file", "-t", stray) == "blob\n", "the unreachable loose object is kept")
        #expect(!FileManager.default.fileExists(atPath: s.ws + "/.git/refs/steward/audit"), "refs are packed")

        // A second gc finds nothing to do and changes nothing.
        let packs = try FileManager.default.contentsOfDirectory(atPath: s.ws + "/.git/objects/pack").sorted()
        let again = try json(try await s.ok("gc", "--json")) as! [String: Any]
        #expect(again["packed"] as? Bool == false && again["removedLoose"] as? Int == 0, "\(again)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.ws + "/.git/objects/pack").sorted() == packs)
        #expect(try await countObjects(s) == packed)
        #expect(try await s.ok("gc").contains("already packed"))

        // Work goes on after gc: a proposal on the packed history approves.
        let n = try await s.propose("after gc", writeOp("memory/n0.md", "changed after gc\n"))
        try await s.ok("approve", "\(n)", "--yes")
        #expect(try await s.git("show", "main:memory/n0.md") == "changed after gc\n")
        #expect(try await s.git("show", "refs/steward/archive/2:memory/p2.md") == "proposal 2\n", "the archive of a rejected proposal still reads")
        _ = try await s.git("fsck", "--strict", "--no-dangling")
        try await s.ok("doctor")
    }

    /// `--expire-archives DAYS` (spec 5.10a): DAYS a whole number of days from 1, refused as a
    /// usage error otherwise; a rejection from today is not expired, and `--dry-run` writes nothing.
    @Test func expireArchivesRefusesBadDaysAndKeepsRecentRejections() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let n = try await s.propose("change", writeOp("memory/p.md", "p\n"))
        try await s.ok("reject", "\(n)", "--reason", "no", "--by", "bob")
        let before = try await snapshot(s)
        for days in ["0", "-1", "1000000", "2.5", "ten"] {
            let r = try await s.steward(["gc", "--expire-archives=\(days)"])
            #expect(r.status != 0 && r.stderr.contains("--expire-archives"), "\(days): \(r.stderr)")
        }
        #expect(try await s.steward("gc", "--expire-archives", "0").stderr.contains("must be a whole number of days from 1 to 36500"))
        #expect(try await s.steward("gc", "--dry-run").status != 0)
        #expect(try await s.ok("gc", "--expire-archives", "1", "--dry-run").contains("no archive of a proposal rejected more than 1 day ago"))
        #expect(try await snapshot(s).refs == before.refs, "--dry-run changes nothing")
        let out = try json(try await s.ok("gc", "--expire-archives", "1", "--json")) as! [String: Any]
        #expect((out["expired"] as? [Any])?.isEmpty == true, "\(out)")
        #expect(try await s.git("rev-parse", "refs/steward/archive/\(n)").count == 41, "a rejection from today keeps its archive")
    }

    /// The grace period (spec 5.10a): git's `gc.pruneExpire`, else 2.weeks.ago, `--prune WHEN`
    /// for one run; a value neither reads is refused before anything changes.
    @Test func pruneFollowsGitsSettingAndTheOption() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let n = try await s.propose("kept", writeOp("memory/p.md", "p\n"))
        func stray(_ text: String, hoursOld: Double) async throws -> String {
            let r = try await run("/usr/bin/git", ["-C", s.ws, "hash-object", "-w", "--stdin"], stdin: text, env: [:])
            let id = r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            let path = s.ws + "/.git/objects/" + id.prefix(2) + "/" + id.dropFirst(2)
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-hoursOld * 3_600)], ofItemAtPath: path)
            return id
        }
        func exists(_ id: String) async -> Bool { (try? await s.git("cat-file", "-e", id)) != nil }
        let old = try await stray("three hours old\n", hoursOld: 3)
        let young = try await stray("just written\n", hoursOld: 0)
        let refs = try await snapshot(s).refs

        let bad = try await s.steward("gc", "--prune", "soon")
        #expect(
            bad.status != 0 && bad.stderr.contains("--prune is 'soon', but must be now, never or a time ago such as 2.weeks.ago"), "\(bad.stderr)")
        _ = try await s.git("config", "gc.pruneExpire", "soon")
        let badSetting = try await s.steward("gc")
        #expect(
            badSetting.status != 0 && badSetting.stderr.contains("gc.pruneExpire in git's configuration is 'soon'")
                && badSetting.stderr.contains("git config gc.pruneExpire 2.weeks.ago"), "\(badSetting.stderr)")
        #expect(try await countObjects(s)["packs"] == 0, "nothing was packed")

        // By default (2.weeks.ago) both strays are young.
        _ = try await s.git("config", "--unset", "gc.pruneExpire")
        let byDefault = try json(try await s.ok("gc", "--json")) as! [String: Any]
        #expect(
            byDefault["prune"] as? String == "2.weeks.ago" && byDefault["pruned"] as? Int == 0 && byDefault["keptPacked"] as? Int == 2
                && byDefault["keptLoose"] as? Int == 0, "\(byDefault)")
        #expect(await exists(old))
        #expect(await exists(young))
        // git's setting: one hour.
        _ = try await s.git("config", "gc.pruneExpire", "1.hour.ago")
        let hour = try await s.ok("gc")
        #expect(hour.contains("pruned 1 unreachable object older than 1.hour.ago; kept 1 unreachable object"), "\(hour)")
        #expect(await !exists(old))
        #expect(await exists(young))
        let older = try await stray("also old\n", hoursOld: 3)
        #expect(try await s.ok("gc", "--prune", "never").contains("pruned nothing (prune: never); kept 2 unreachable objects"))
        #expect(await exists(older))
        let now = try await s.ok("gc", "--prune", "now")
        #expect(now.contains("pruned 2 unreachable objects (prune: now)"), "\(now)")
        #expect(await !exists(older))
        #expect(await !exists(young))
        #expect(try await snapshot(s).refs == refs, "no ref changed")
        _ = try await s.git("fsck", "--strict", "--no-dangling")
        #expect(try await s.git("show", "steward/\(n):memory/p.md") == "p\n")
    }
}
