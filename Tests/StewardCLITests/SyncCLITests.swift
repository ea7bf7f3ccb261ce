import Foundation
import StewardTestSupport
import Testing

/// `steward sync`, `status` and `clone` end to end (spec 22.6, 22.10): every `steward` a child
/// process, each Sandbox a machine with its own `.steward/`, the remote a real `git daemon` on
/// 127.0.0.1 (shared by the run) or a plain path.
@Suite("Sync, status and clone through a real git remote")
struct SyncCLITests {
    /// Every ref Steward shares (22.3) in a repository, as `git for-each-ref` prints it.
    static func sharedRefs(_ dir: String) throws -> [String: String] {
        let text = try gitCLI(
            ["for-each-ref", "--format=%(refname) %(objectname)", "refs/heads/main", "refs/heads/steward", "refs/steward"], in: dir)
        var refs: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ")
            refs[String(parts[0])] = String(parts[1])
        }
        return refs
    }

    /// Every ref of a repository, tracking refs included: what "nothing changed" compares.
    static func allRefs(_ dir: String) throws -> String {
        try gitCLI(["for-each-ref", "--format=%(refname) %(objectname)"], in: dir)
    }

    /// A workspace made by `init` on machine A, with the remote added as `origin`.
    static func machineA(remote url: String) async throws -> Sandbox {
        let a = try Sandbox()
        try await a.ok("init")
        _ = try await a.git("remote", "add", "origin", url)
        return a
    }

    /// `text` parsed as JSON of the shape `T`; a test failure (not a crash) otherwise, e.g.
    /// when a command printed its error object instead.
    static func shaped<T>(_ text: String) throws -> T {
        guard let value = try? json(text) as? T else { throw GitFailed(args: ["(JSON of another shape)"], stderr: text) }
        return value
    }

    static func object(_ text: String) throws -> [String: Any] { try shaped(text) }

    static func pending(_ s: Sandbox) async throws -> [(number: Int, title: String)] {
        let list: [[String: Any]] = try Self.shaped(try await s.ok("review", "--json"))
        return list.map { ($0["number"] as? Int ?? 0, $0["title"] as? String ?? "") }
    }

    static func events(_ s: Sandbox) async throws -> [[String: Any]] {
        try Self.shaped(try await s.ok("log", "--json"))
    }

    @Test("init on A, then sync pushes main and every proposal ref to an empty remote; .steward/ never reaches it")
    func firstSyncJoinsAnEmptyRemote() async throws {
        let remote = try GitDaemon.shared().makeRepository()
        let a = try await Self.machineA(remote: remote.url)
        #expect(try await a.propose("First", writeOp("memory/a.md", "one\n")) == 1)
        let r = try await a.steward("sync", "--json")
        #expect(r.status == 0, "\(r.stderr)")
        let report = try Self.object(r.stdout)
        #expect(report["changed"] as? Bool == true)
        let pushed = (report["pushed"] as? [[String: Any]] ?? []).compactMap { $0["ref"] as? String }
        #expect(pushed.contains("refs/heads/main"))
        // The remote holds what A holds: main, the claim, the branch, the trail.
        let here = try Self.sharedRefs(a.ws)
        let there = try Self.sharedRefs(remote.path)
        #expect(there["refs/heads/main"] == here["refs/heads/main"])
        #expect(there["refs/steward/proposals/1"] == here["refs/steward/proposals/1"])
        #expect(there["refs/heads/steward/1"] == here["refs/heads/steward/1"])
        #expect(there == here)
        // .steward/ (the store, the token, the machine id) is nowhere in what was pushed.
        let files = try gitCLI(["ls-tree", "-r", "--name-only", "main"], in: remote.path)
        #expect(!files.isEmpty)
        #expect(!files.split(separator: "\n").contains { $0.hasPrefix(".steward") })
        for ref in there.keys { #expect(!ref.hasPrefix("refs/steward-sync/")) }
        // The machine id was made by the first sync.
        #expect(try String(contentsOfFile: a.ws + "/.steward/machine-id", encoding: .utf8).count == 17)
    }

    @Test("clone on B gets main, the pending proposals with their numbers and the log")
    func cloneGetsEverything() async throws {
        let remote = try GitDaemon.shared().makeRepository()
        let a = try await Self.machineA(remote: remote.url)
        _ = try await a.propose("First", writeOp("memory/a.md", "one\n"))
        _ = try await a.propose("Second", writeOp("memory/b.md", "two\n"))
        try await a.ok("sync")
        let b = try Sandbox()
        let r = try await b.steward(["clone", remote.url, b.ws], workspace: false)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Cloned"))
        #expect(try await Self.pending(b).map(\.number) == [1, 2])
        #expect(try await Self.pending(b).map(\.title) == ["First", "Second"])
        #expect(try await Self.events(b).filter { $0["kind"] as? String == "proposed" }.count == 2)
        #expect(try Self.sharedRefs(b.ws)["refs/heads/main"] == (try Self.sharedRefs(a.ws)["refs/heads/main"]))
        // B's own id, and .steward/ kept out of git there too.
        let idA = try String(contentsOfFile: a.ws + "/.steward/machine-id", encoding: .utf8)
        let idB = try String(contentsOfFile: b.ws + "/.steward/machine-id", encoding: .utf8)
        #expect(idA != idB)
        #expect(try String(contentsOfFile: b.ws + "/.git/info/exclude", encoding: .utf8).contains(".steward/"))
        #expect(b.read("memory/a.md") == nil)  // pending, not on main
        #expect(FileManager.default.fileExists(atPath: b.ws + "/steward.toml"))
    }

    @Test("propose on A, approve on B, sync on A: A no longer lists it and its log shows B's approval; refs equal everywhere")
    func approvalOnBReachesA() async throws {
        let remote = try GitDaemon.shared().makeRepository()
        let a = try await Self.machineA(remote: remote.url)
        _ = try await a.propose("First", writeOp("memory/a.md", "one\n"))
        try await a.ok("sync")
        let b = try Sandbox()
        #expect(try await b.steward(["clone", remote.url, b.ws], workspace: false).status == 0)
        // A proposes again; B sees it after its sync, with the same number.
        #expect(try await a.propose("Second", writeOp("memory/b.md", "two\n")) == 2)
        try await a.ok("sync")
        try await b.ok("sync")
        #expect(try await Self.pending(b).map(\.number) == [1, 2])
        #expect(try await Self.pending(b).last?.title == "Second")
        // B approves #2 and syncs; A syncs and sees the decision.
        let approve = try await b.steward(["approve", "2", "--yes", "--by", "bob"])
        #expect(approve.status == 0, "\(approve.stderr)")
        try await b.ok("sync")
        try await a.ok("sync")
        #expect(try await Self.pending(a).map(\.number) == [1])
        let approved = try await Self.events(a).filter { $0["kind"] as? String == "approved" }
        #expect(approved.count == 1)
        #expect(approved.first?["proposal"] as? Int == 2)
        #expect(approved.first?["actor"] as? String == "bob")
        #expect(a.read("memory/b.md") == "two\n")  // A's checkout followed main
        let onA = try Self.sharedRefs(a.ws)
        #expect(onA == (try Self.sharedRefs(b.ws)))
        #expect(onA == (try Self.sharedRefs(remote.path)))
        #expect(onA["refs/heads/steward/2"] == nil)
    }

    @Test("a second sync changes nothing, here or on the remote")
    func secondSyncChangesNothing() async throws {
        let remote = try GitDaemon.shared().makeRepository()
        let a = try await Self.machineA(remote: remote.url)
        _ = try await a.propose("First", writeOp("memory/a.md", "one\n"))
        try await a.ok("sync")
        let before = (try Self.allRefs(a.ws), try Self.allRefs(remote.path))
        let r = try await a.steward("sync", "--json")
        #expect(r.status == 0, "\(r.stderr)")
        let report = try Self.object(r.stdout)
        #expect(report["changed"] as? Bool == false)
        #expect((report["pushed"] as? [Any])?.isEmpty == true)
        #expect((report["taken"] as? [Any])?.isEmpty == true)
        #expect(try Self.allRefs(a.ws) == before.0)
        #expect(try Self.allRefs(remote.path) == before.1)
        #expect(try await a.ok("sync").contains("Already in step"))
    }

    @Test("status --json: the remote, this machine's id, main ahead/behind, the last good sync")
    func statusFields() async throws {
        let remote = try GitDaemon.shared().makeRepository()
        let a = try await Self.machineA(remote: remote.url)
        var s = try Self.object(try await a.ok("status", "--json"))
        #expect(s["remote"] as? String == "origin")
        #expect(s["url"] as? String == remote.url)
        #expect(s["machineID"] == nil)
        #expect(s["lastSync"] == nil)
        try await a.ok("sync")
        s = try Self.object(try await a.ok("status", "--json"))
        let id = try String(contentsOfFile: a.ws + "/.steward/machine-id", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(s["machineID"] as? String == id)
        #expect(s["ahead"] as? Int == 0)
        #expect(s["behind"] as? Int == 0)
        #expect(s["lastSync"] is String)
        #expect(s["remoteMain"] as? String == (try Self.sharedRefs(remote.path)["refs/heads/main"]))
        // The person's own commit on main: one ahead until the next sync pushes it.
        try a.write("notes.md", "mine\n")
        _ = try await a.git("add", "notes.md")
        _ = try await a.git("-c", "user.name=p", "-c", "user.email=p@x", "commit", "-q", "-m", "mine")
        s = try Self.object(try await a.ok("status", "--json"))
        #expect(s["ahead"] as? Int == 1)
        try await a.ok("sync")
        s = try Self.object(try await a.ok("status", "--json"))
        #expect(s["ahead"] as? Int == 0)
        #expect(try gitCLI(["show", "main:notes.md"], in: remote.path) == "mine\n")
        // Without a remote: one machine, said as such.
        let alone = try Sandbox()
        try await alone.ok("init")
        let none = try Self.object(try await alone.ok("status", "--json"))
        #expect(none["remote"] == nil)
        #expect(try await alone.ok("status").contains("No remote"))
    }

    @Test("an unreachable remote: a clear error, non-zero exit, nothing changed")
    func unreachableRemote() async throws {
        // A loopback port nothing listens on: the connection is refused at once.
        let url = "git://127.0.0.1:\(try freeLoopbackPort())/nothing.git"
        let a = try await Self.machineA(remote: url)
        _ = try await a.propose("First", writeOp("memory/a.md", "one\n"))
        let before = try Self.allRefs(a.ws)
        let r = try await a.steward("sync")
        #expect(r.status != 0)
        #expect(r.stderr.contains("could not reach origin (\(url))"), "\(r.stderr)")
        #expect(r.stderr.contains("nothing changed"))
        #expect(try Self.allRefs(a.ws) == before)
        #expect(!FileManager.default.fileExists(atPath: a.ws + "/.steward/sync.json"))
        let c = try Sandbox()
        let clone = try await c.steward(["clone", url, c.ws], workspace: false)
        #expect(clone.status != 0)
        #expect(clone.stderr.contains("could not clone \(url)"), "\(clone.stderr)")
        #expect(!FileManager.default.fileExists(atPath: c.ws))
    }

    @Test("a plain path remote: init, sync, clone, a proposal from the clone reaches A")
    func pathRemote() async throws {
        let dir = try Sandbox()
        let bare = dir.dir + "/remote.git"
        _ = try gitCLI(["init", "-q", "--bare", bare], in: dir.dir)
        let a = try await Self.machineA(remote: bare)
        _ = try await a.propose("First", writeOp("memory/a.md", "one\n"))
        try await a.ok("sync")
        let b = try Sandbox()
        #expect(try await b.steward(["clone", bare, b.ws], workspace: false).status == 0)
        #expect(try await b.propose("From B", writeOp("memory/b.md", "b\n")) == 2)
        try await b.ok("sync")
        try await a.ok("sync")
        #expect(try await Self.pending(a).map(\.title) == ["First", "From B"])
        #expect(try Self.sharedRefs(a.ws) == (try Self.sharedRefs(bare)))
    }

    @Test("a rules change on main from another machine waits for sync --accept-rules (exit 4 until then); progress only without --quiet")
    func rulesWaitForAcceptRules() async throws {
        let remote = try GitDaemon.shared().makeRepository()
        let a = try await Self.machineA(remote: remote.url)
        let first = try await a.steward("sync")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("Fetching from origin (\(remote.url))…"))
        let b = try Sandbox()
        #expect(try await b.steward(["clone", remote.url, b.ws, "--quiet"], workspace: false).stderr.isEmpty)
        // The person on B commits a change to steward.toml; B's sync pushes it.
        try b.write("steward.toml", (b.read("steward.toml") ?? "") + "\n# changed on B\n")
        _ = try await b.git("-c", "user.name=p", "-c", "user.email=p@x", "commit", "-q", "-am", "rules from B")
        let pushed = try await b.steward("sync", "--quiet")
        #expect(pushed.status == 0, "\(pushed.stderr)")
        #expect(pushed.stderr.isEmpty)
        let tip = try await b.git("rev-parse", "main").trimmingCharacters(in: .whitespacesAndNewlines)
        let before = try await a.git("rev-parse", "main").trimmingCharacters(in: .whitespacesAndNewlines)
        // A does not run rules it never saw: main stays, a problem names the commit, exit 4.
        let held = try await a.steward("sync")
        #expect(held.status == 4)
        #expect(held.stdout.contains("problem: main on origin (\(tip.prefix(10))) brings 1 commit not made on this machine"), "\(held.stdout)")
        #expect(try await a.git("rev-parse", "main").trimmingCharacters(in: .whitespacesAndNewlines) == before)
        #expect(a.read("steward.toml")?.contains("# changed on B") == false)
        let accepted = try await a.steward("sync", "--accept-rules", String(tip.prefix(10)))
        #expect(accepted.status == 0, "\(accepted.stdout) \(accepted.stderr)")
        #expect(try await a.git("rev-parse", "main").trimmingCharacters(in: .whitespacesAndNewlines) == tip)
        #expect(a.read("steward.toml")?.contains("# changed on B") == true)
    }

    @Test("sync without a remote: exit 2, saying how to add one")
    func syncWithoutRemote() async throws {
        let alone = try Sandbox()
        try await alone.ok("init")
        let r = try await alone.steward("sync")
        #expect(r.status == 2)
        #expect(r.stderr.contains("this workspace has no remote: add one with 'git -C \(alone.ws) remote add origin URL'"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: alone.ws + "/.steward/machine-id"))
    }

    @Test("a lease lost to another push between fetch and push: sync fetches, catches up and pushes again")
    func lostLeaseStartsAnotherRound() async throws {
        let remote = try GitDaemon.shared().makeRepository()
        let a = try await Self.machineA(remote: remote.url)
        func commit(_ name: String) async throws -> String {
            try a.write("notes/\(name).md", name + "\n")
            _ = try await a.git("add", "notes")
            _ = try await a.git("-c", "user.name=p", "-c", "user.email=p@x", "commit", "-q", "-m", name)
            return try await a.git("rev-parse", "main").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        _ = try await commit("w")
        try await a.ok("sync")
        let x = try await commit("x")
        let y = try await commit("y")
        // x reaches the remote outside main (plain git), so that a hook there can move main to it.
        _ = try await a.git("push", "-q", "origin", "\(x):refs/test/x")
        // The remote's first push after this moves its main forward to x before the push's own
        // update (as another machine's push of x would), so that push's lease on main fails.
        // (Not back: a remote moving main back is a problem of its own, SyncRemoteTrustTests.)
        let hook = remote.path + "/hooks/pre-receive"
        try """
        #!/bin/sh
        [ -e "$GIT_DIR/raced" ] && exit 0
        touch "$GIT_DIR/raced"
        env -u GIT_QUARANTINE_PATH git update-ref refs/heads/main \(x)
        """.write(toFile: hook, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook)
        let r = try await a.steward("sync")
        #expect(r.status == 0, "\(r.stdout) \(r.stderr)")
        #expect(r.stderr.contains("origin moved meanwhile (refs/heads/main); fetching again…"), "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: remote.path + "/raced"))
        #expect(try gitCLI(["rev-parse", "main"], in: remote.path).trimmingCharacters(in: .whitespacesAndNewlines) == y)
        #expect(try Self.sharedRefs(a.ws) == (try Self.sharedRefs(remote.path)))
    }

    @Test("a merge of the recorded head pushed with plain git: the next sync records it as approved by its author and says so")
    func mergeOutsideIsReported() async throws {
        let remote = try GitDaemon.shared().makeRepository()
        let a = try await Self.machineA(remote: remote.url)
        _ = try await a.propose("First", writeOp("memory/a.md", "one\n"))
        try await a.ok("sync")
        // Someone merges steward/1 with git alone, as on a forge.
        let plain = try Sandbox()
        _ = try gitCLI(["clone", "-q", remote.url, plain.ws], in: plain.dir)
        _ = try await plain.git(
            "-c", "user.name=carol", "-c", "user.email=c@x", "merge", "-q", "--no-ff", "origin/steward/1", "-m", "Merge steward/1")
        _ = try await plain.git("push", "-q", "origin", "main")
        let merge = try await plain.git("rev-parse", "main").trimmingCharacters(in: .whitespacesAndNewlines)
        let r = try await a.steward("sync")
        #expect(r.status == 0, "\(r.stdout) \(r.stderr)")
        #expect(r.stdout.contains("#1 was merged on origin outside Steward by carol (\(merge.prefix(10))): recorded as approved."), "\(r.stdout)")
        #expect(try await Self.pending(a).isEmpty)
        let approved = try await Self.events(a).filter { $0["kind"] as? String == "approved" }
        #expect(approved.first?["actor"] as? String == "carol")
        #expect(try Self.sharedRefs(remote.path)["refs/steward/applied/1"] == merge)
        #expect(try Self.sharedRefs(a.ws) == (try Self.sharedRefs(remote.path)))
    }
}

@Suite("Sync: a proposal made on a newer main than this machine's is no merge made outside")
struct SyncBehindTests {
    @Test("B behind; A approves #1, then proposes #2 on the new main: B's sync takes both, no problem, #2 pending")
    func aProposalOnANewerMainIsNotMergedOutside() async throws {
        let remote = try GitDaemon.shared().makeRepository()
        let a = try await SyncCLITests.machineA(remote: remote.url)
        _ = try await a.propose("First", writeOp("memory/a.md", "one\n"))
        try await a.ok("sync")
        let b = try Sandbox()
        #expect(try await b.steward(["clone", remote.url, b.ws], workspace: false).status == 0)
        let approve = try await a.steward(["approve", "1", "--yes", "--by", "ann"])
        #expect(approve.status == 0, "\(approve.stderr)")
        #expect(try await a.propose("Second", writeOp("memory/b.md", "two\n")) == 2)
        try await a.ok("sync")
        // #2's base is A's new main, which B has not seen: what the catch-up brings onto B's
        // main (the approval of #1) is also in #2's history, and is not #2 merged by hand.
        let sync = try await b.steward(["sync", "--json"])
        #expect(sync.status == 0, "\(sync.stdout)\n\(sync.stderr)")
        #expect(!sync.stdout.contains("outside Steward"), "\(sync.stdout)")
        #expect(try await SyncCLITests.pending(b).map(\.number) == [2])
        #expect(b.read("memory/a.md") == "one\n")
    }
}
