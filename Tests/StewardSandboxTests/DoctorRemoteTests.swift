import Foundation
import StewardCore
import StewardGit
import StewardSandbox
import StewardTestSupport
import Testing

/// `doctor` with a remote (spec 22.8): it catches up first, finishes only this machine's work,
/// and reports another machine's half-finished work without touching it: a note while it is
/// younger than `[remote] grace_minutes`, a problem naming that machine once it is older.
@Suite("doctor with a remote")
struct DoctorRemoteTests {
    static let other = "3f9a2c1b5d6e7f80"

    /// A workspace whose `.steward/config.toml` sets `grace_minutes = 1`, with `origin` at
    /// `url` (synced when it is a bare repository made here).
    func workspace(_ dir: String, remote url: String, sync: Bool) async throws -> Workspace {
        let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
        try FileManager.default.createDirectory(atPath: ws.stateDir, withIntermediateDirectories: true)
        try Data("[remote]\ngrace_minutes = 1\n".utf8).write(to: URL(fileURLWithPath: ws.stateDir + "/config.toml"))
        _ = try gitCLI(["remote", "add", "origin", url], in: ws.root)
        if sync {
            _ = try gitCLI(["init", "-q", "--bare", url], in: dir)
            _ = try await ws.sync()
        }
        return ws
    }

    /// A commit made `age` seconds ago (author and committer), as another machine or plain git
    /// would make it.
    func commit(in root: String, on parents: [ObjectID], files: [String: String] = [:], message: String, age: Int64) throws -> ObjectID {
        let r = try GitRepository.open(at: root)
        let tree = try r.updateTree(
            try r.commitInfo(parents[0]).tree,
            try files.sorted { $0.key < $1.key }.map { path, text in
                GitRepository.TreeUpdate(path: path, entry: TreeEntry(id: try r.writeBlob(Data(text.utf8)), mode: .blob))
            })
        let who = Signature(name: "bob", email: "bob@elsewhere", time: Int64(Date().timeIntervalSince1970) - age)
        return try r.commit(tree: tree, parents: parents, message: message, author: who, committer: who)
    }

    /// Every ref here but the tracking refs a fetch rewrites: name → id.
    func refs(_ root: String) throws -> [String: String] {
        var out: [String: String] = [:]
        for line in try gitCLI(["for-each-ref", "--format=%(refname) %(objectname)"], in: root).split(separator: "\n") {
            let parts = line.split(separator: " ").map(String.init)
            if !parts[0].hasPrefix("refs/steward-sync/") { out[parts[0]] = parts[1] }
        }
        return out
    }

    func main(_ root: String) throws -> ObjectID {
        try #require(ObjectID(hex: try gitCLI(["rev-parse", "refs/heads/main"], in: root).trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    /// Claims pushed with plain git (no branch, no event): doctor fetches them, then leaves
    /// them alone: another machine's young one a note, its old one a problem naming it, one
    /// that names no machine a note while young. It changes no ref here or on the remote.
    @Test func anotherMachinesClaimIsANoteWhileYoungAndAProblemOnceOlder() async throws {
        try await withTemporaryDirectory { dir in
            let url = dir + "/remote.git"
            let ws = try await workspace(dir, remote: url, sync: true)
            let tip = try main(ws.root)
            func claim(_ n: Int, machine: String?, age: Int64) throws -> ObjectID {
                let trailer = machine.map { "\nSteward-Machine: \($0)" } ?? ""
                return try commit(
                    in: ws.root, on: [tip],
                    message: "Proposal #\(n): elsewhere\n\nSteward-Proposal: \(n)\nSteward-Agent: bob\nSteward-Kind: change\(trailer)\n", age: age)
            }
            let young = try claim(1, machine: Self.other, age: 10)
            let old = try claim(2, machine: Self.other, age: 600)
            let unnamed = try claim(3, machine: nil, age: 10)
            _ = try gitCLI(
                [
                    "push", "-q", url, "\(young.hex):refs/steward/proposals/1", "\(old.hex):refs/steward/proposals/2",
                    "\(unnamed.hex):refs/steward/proposals/3",
                ],
                in: ws.root)
            let remoteBefore = try refs(url)
            var expected = try refs(ws.root)
            expected["refs/steward/proposals/1"] = young.hex
            expected["refs/steward/proposals/2"] = old.hex
            expected["refs/steward/proposals/3"] = unnamed.hex

            for _ in 0..<2 {
                let findings = try await ws.doctor(rebuild: false)
                let about = { (n: Int) in findings.filter { $0.message.hasPrefix("#\(n)") } }
                #expect(about(1).map(\.kind) == [.note])
                #expect(about(1).first?.message.hasPrefix("#1: claimed on machine 3f9a2c1b… ") == true)
                #expect(about(1).first?.message.hasSuffix(" ago, not finished yet (no branch, no event); left alone") == true, "\(about(1))")
                #expect(about(2).map(\.kind) == [.problem])
                #expect(about(2).first?.message.hasPrefix("#2: claimed on machine 3f9a2c1b… 10 min ago and never finished") == true, "\(about(2))")
                #expect(about(2).first?.message.hasSuffix("run 'steward doctor' on that machine") == true)
                #expect(about(3).map(\.kind) == [.note])
                #expect(about(3).first?.message.contains("does not name itself") == true, "\(about(3))")
                #expect(about(3).first?.message.hasSuffix("left alone until it is 1 min old") == true)
                // The fetch's own flock file is no lock git left behind.
                #expect(!findings.contains { $0.message.contains("steward-fetch.lock") }, "\(findings)")
                // The catch-up took the claims; doctor changed nothing, here or on the remote.
                #expect(try refs(ws.root) == expected)
                #expect(try refs(url) == remoteBefore)
            }
        }
    }

    /// A merge on main whose applied ref is missing (pushed by an older Steward or plain git):
    /// another machine's old one is a problem and stays unfinished; this machine's own is
    /// finished. The remote does not answer: doctor says it checked only this machine.
    @Test func anotherMachinesMergeIsLeftAloneAndThisMachinesIsFinished() async throws {
        try await withTemporaryDirectory { dir in
            let ws = try await workspace(dir, remote: dir + "/absent.git", sync: false)
            let ops = { (name: String) -> [FileOperation] in [.write(path: "memory/\(name).md", content: Data(name.utf8), executable: false)] }
            let one = try await ws.propose(title: "a", agent: "cli", operations: ops("a"), policy: try PathPolicy.outsideTools())
            let two = try await ws.propose(title: "b", agent: "cli", operations: ops("b"), policy: try PathPolicy.outsideTools())
            let id = try ws.makeMachineID()
            let base = try main(ws.root)
            let head1 = try #require(ObjectID(hex: one.head))
            let head2 = try #require(ObjectID(hex: two.head))
            func approval(_ n: Int, machine: String) -> String {
                "Approve #\(n): x\n\nSteward-Proposal: \(n)\nSteward-Agent: cli\nSteward-Approved-By: bob\nSteward-Machine: \(machine)\n"
            }
            let merge1 = try commit(
                in: ws.root, on: [base, head1], files: ["memory/a.md": "a"], message: approval(1, machine: Self.other), age: 600)
            let merge2 = try commit(
                in: ws.root, on: [merge1, head2], files: ["memory/a.md": "a", "memory/b.md": "b"], message: approval(2, machine: id), age: 600)
            _ = try gitCLI(["update-ref", "refs/heads/main", merge2.hex], in: ws.root)
            _ = try gitCLI(["checkout", "-q", "-f", "main"], in: ws.root)
            let before = try refs(ws.root)

            let findings = try await ws.doctor(rebuild: false)
            #expect(findings.contains { $0.kind == .note && $0.message.hasPrefix("checked only what this machine holds (never synced with origin") })
            let about1 = findings.filter { $0.message.hasPrefix("#1") }
            #expect(about1.map(\.kind) == [.problem])
            #expect(
                about1.first?.message.hasPrefix(
                    "#1: approved (merge \(merge1.short) on main) on machine 3f9a2c1b… 10 min ago and never finished (no applied ref)")
                    == true, "\(about1)")
            #expect(findings.contains { $0.kind == .fixed && $0.message.hasPrefix("#2 was merged into main (\(merge2.short))") }, "\(findings)")
            #expect(
                findings.contains {
                    $0.kind == .note && $0.message.hasPrefix("the repairs above are made on this machine only, not on origin (")
                        && $0.message.hasSuffix("); 'steward sync' pushes them")
                }, "\(findings)")
            // #1 untouched: no applied ref, its branch kept, no event; #2 finished.
            var after = try refs(ws.root)
            #expect(after.removeValue(forKey: "refs/steward/applied/2") == merge2.hex)
            #expect(before["refs/heads/steward/2"] == head2.hex && after["refs/heads/steward/2"] == nil)
            #expect(after["refs/heads/steward/1"] == head1.hex && after["refs/steward/applied/1"] == nil)
            let events = try await ws.auditEvents()
            #expect(events.filter { $0.proposal == 1 }.map(\.kind) == [.proposed])
            // (the approval recorded at its merge's date, 10 min ago, is listed first)
            #expect(events.filter { $0.proposal == 2 }.map(\.kind).sorted { $0.rawValue < $1.rawValue } == [.approved, .proposed])
        }
    }

    /// This machine's approval stopped after `main` reached the remote (pushed by an older
    /// Steward): doctor finishes it as one push, so the applied ref, the branch's deletion and
    /// the event are on the remote too (spec 22.4's last row).
    @Test func thisMachinesRepairLandsOnTheRemoteToo() async throws {
        try await withTemporaryDirectory { dir in
            let url = dir + "/remote.git"
            let ws = try await workspace(dir, remote: url, sync: true)
            let id = try #require(try ws.machineID())
            let ops: [FileOperation] = [.write(path: "memory/a.md", content: Data("a".utf8), executable: false)]
            let one = try await ws.propose(title: "a", agent: "cli", operations: ops, policy: try PathPolicy.outsideTools())
            let head = try #require(ObjectID(hex: one.head))
            #expect(try refs(url)["refs/heads/steward/1"] == one.head)
            let merge = try commit(
                in: ws.root, on: [try main(ws.root), head], files: ["memory/a.md": "a"],
                message: "Approve #1: a\n\nSteward-Proposal: 1\nSteward-Agent: cli\nSteward-Approved-By: bob\nSteward-Machine: \(id)\n", age: 5)
            _ = try gitCLI(["push", "-q", url, "\(merge.hex):refs/heads/main"], in: ws.root)
            _ = try gitCLI(["update-ref", "refs/heads/main", merge.hex], in: ws.root)
            _ = try gitCLI(["checkout", "-q", "-f", "main"], in: ws.root)

            let findings = try await ws.doctor(rebuild: false)
            #expect(findings.contains { $0.kind == .fixed && $0.message.hasPrefix("#1 was merged into main (\(merge.short))") }, "\(findings)")
            #expect(!findings.contains { $0.message.contains("made on this machine only") }, "\(findings)")
            let remote = try refs(url)
            #expect(remote["refs/steward/applied/1"] == merge.hex)
            #expect(remote["refs/heads/steward/1"] == nil)
            let chain = "refs/steward/trail/\(id)"
            let here = try refs(ws.root)
            #expect(remote[chain] != nil && remote[chain] == here[chain])
            #expect(try await ws.auditEvents().filter { $0.proposal == 1 }.map(\.kind).contains(.approved))
            // Here as on the remote.
            #expect(here["refs/steward/applied/1"] == merge.hex)
        }
    }

    /// An approval pushed whole, then killed while it made its refs here (spec 22.4, 22.8):
    /// `main` and `applied/1` made here, the trail and the branch's deletion not (nor their
    /// tracking refs), and git's lock on `steward/1` left behind. `doctor --clear-stale-locks`
    /// clears the lock before its catch-up, which takes the remote's event: no second
    /// `approved` event beside it, this machine's trail the remote's, and `sync` goes on (a
    /// trail forked here was refused as another clone writing with this machine's id).
    /// Without clearing it, the repairs are not made, and a problem says what to do.
    @Test func anApprovalKilledAfterItsPushIsTakenNotRecordedAgain() async throws {
        try await withTemporaryDirectory { dir in
            let url = dir + "/remote.git"
            let ws = try await workspace(dir, remote: url, sync: true)
            let chain = "refs/steward/trail/\(try #require(try ws.machineID()))"
            let ops: [FileOperation] = [.write(path: "memory/a.md", content: Data("a".utf8), executable: false)]
            let one = try await ws.propose(title: "a", agent: "cli", operations: ops, policy: try PathPolicy.outsideTools())
            let before = try refs(ws.root)
            _ = try await ws.approve(1, by: "tester")
            let remote = try refs(url)
            #expect(remote["refs/steward/applied/1"] != nil && remote["refs/heads/steward/1"] == nil)
            let trailBefore = try #require(before[chain])
            #expect(remote[chain] != trailBefore)
            for (ref, value) in [(chain, trailBefore), ("refs/heads/steward/1", one.head)] {
                _ = try gitCLI(["update-ref", ref, value], in: ws.root)
                _ = try gitCLI(["update-ref", "refs/steward-sync/origin/" + ref.dropFirst("refs/".count), value], in: ws.root)
            }
            let lock = ws.root + "/.git/refs/heads/steward/1.lock"
            #expect(FileManager.default.createFile(atPath: lock, contents: Data((one.head + "\n").utf8)))
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-60)], ofItemAtPath: lock)

            // Without clearing it, the catch-up stops at the lock: the repairs' push loses its
            // lease each round, and they are not made here alone (which forked the trail); the
            // report names the lock (refs are not packed while it is there).
            let stopped = try await ws.doctor(rebuild: false)
            #expect(
                stopped.contains {
                    $0.kind == .problem && $0.message.hasPrefix("the repairs were not made: origin holds other values of ")
                        && $0.message.contains(chain) && $0.message.hasSuffix("then 'steward doctor' again")
                }, "\(stopped)")
            #expect(stopped.contains { $0.kind == .problem && $0.message.hasPrefix("\(lock) was left by a git or Steward process") })
            #expect(!stopped.contains { $0.kind == .fixed }, "\(stopped)")
            #expect(try refs(ws.root)[chain] == trailBefore)

            let findings = try await ws.doctor(rebuild: false, clearStaleLocks: true)
            #expect(findings.contains { $0.kind == .fixed && $0.message.hasPrefix("removed \(lock)") }, "\(findings)")
            #expect(!findings.contains { $0.message.contains("recorded it from git") }, "\(findings)")
            let here = try refs(ws.root)
            #expect(here[chain] == remote[chain])
            #expect(here["refs/heads/steward/1"] == nil)
            #expect(try await ws.auditEvents().filter { $0.proposal == 1 && $0.kind == .approved }.count == 1)
            let synced = try await ws.sync()
            #expect(synced.problems.isEmpty, "\(synced.problems)")
            #expect(try refs(url) == remote)
        }
    }
}
