import Foundation
import StewardTestSupport
import Testing

/// Two machines deciding at once through one real `git daemon` (spec 22.4, the rows of 22.10):
/// each clone a machine with its own `.steward/`, every `steward` a child process.
@Suite("Sync: two machines deciding at once")
struct SyncDecisionCLITests {
    /// Runs both commands at the same time and returns their results in order.
    static func atOnce(_ first: @escaping @Sendable () async throws -> Run, _ second: @escaping @Sendable () async throws -> Run) async throws -> (
        Run, Run
    ) {
        let results = await SyncConcurrencyTests.concurrently([first, second], width: 2)
        return (try results[0].get(), try results[1].get())
    }

    /// A (made by init, then `prepare`d and synced) with `proposals` made and synced, and B, a
    /// clone of the remote.
    static func twoMachines(
        _ proposals: [(title: String, ops: String)], prepare: (Sandbox) async throws -> Void = { _ in }
    ) async throws -> (a: Sandbox, b: Sandbox, remote: GitDaemon.Repository) {
        let remote = try GitDaemon.shared().makeRepository("decide")
        let a = try await SyncCLITests.machineA(remote: remote.url)
        try await prepare(a)
        for (i, p) in proposals.enumerated() { #expect(try await a.propose(p.title, p.ops) == i + 1) }
        try await a.ok("sync")
        let b = try Sandbox()
        let clone = try await b.steward(["clone", remote.url, b.ws, "--quiet"], workspace: false)
        #expect(clone.status == 0, "\(clone.stderr)")
        return (a, b, remote)
    }

    /// The events of `kind` for #`n` across every chain of `dir`, read with the git CLI.
    static func events(_ kind: String, _ n: Int, in dir: String) throws -> [[String: Any]] {
        try SyncConcurrencyTests.chains(dir).values.flatMap { $0 }.filter { $0["kind"] as? String == kind && $0["proposal"] as? Int == n }
    }

    static func rev(_ s: Sandbox, _ what: String) async throws -> String {
        try await s.git("rev-parse", what).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("two clones approve different proposals at once: both merges on main, one rebuilt on the other, the loser's pre-merge hook ran twice")
    func differentProposalsApprovedAtOnce() async throws {
        let hookLog = try Sandbox()
        let logPath = hookLog.dir + "/pre-merge.log"
        let (a, b, remote) = try await Self.twoMachines([("First", writeOp("memory/a.md", "one\n")), ("Second", writeOp("memory/b.md", "two\n"))]) {
            a in
            // A pre-merge hook on main that writes one line per run to a file outside both
            // workspaces, named through [hooks.env]; committed on A before its first sync.
            try a.write("hooks/pre-merge-log", "#!/bin/sh\ncat >/dev/null\necho \"$STEWARD_PROPOSAL $STEWARD_WORKSPACE\" >> \"$HOOK_LOG\"\n")
            let toml = try #require(a.read("steward.toml"))
            #expect(toml.contains("[hooks.env]\n"))
            try a.write("steward.toml", toml.replacingOccurrences(of: "[hooks.env]\n", with: "[hooks.env]\nHOOK_LOG = \"\(logPath)\"\n"))
            _ = try await a.git("add", "hooks/pre-merge-log", "steward.toml")
            _ = try await a.git("-c", "user.name=p", "-c", "user.email=p@x", "commit", "-q", "-m", "log every pre-merge run")
        }
        let (fromA, fromB) = try await Self.atOnce(
            { try await a.steward(["approve", "1", "--yes", "--by", "ann"]) }, { try await b.steward(["approve", "2", "--yes", "--by", "bob"]) })
        #expect(fromA.status == 0, "\(fromA.stderr)")
        #expect(fromB.status == 0, "\(fromB.stderr)")
        let there = try SyncCLITests.sharedRefs(remote.path)
        let one = try #require(there["refs/steward/applied/1"])
        let two = try #require(there["refs/steward/applied/2"])
        // The loser's merge is main's tip, built on the winner's merge.
        let (winner, loser) = there["refs/heads/main"] == two ? (1, 2) : (2, 1)
        let tip = try #require(there["refs/heads/main"])
        #expect(tip == (loser == 2 ? two : one))
        #expect(try gitCLI(["rev-parse", tip + "^1"], in: remote.path).trimmingCharacters(in: .whitespacesAndNewlines) == (winner == 1 ? one : two))
        #expect(there["refs/heads/steward/1"] == nil && there["refs/heads/steward/2"] == nil)
        // The hook judged the winner once and the loser twice, each on its own machine.
        let lines = ((try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        let loserWorkspace = (loser == 1 ? a : b).ws
        let winnerWorkspace = (winner == 1 ? a : b).ws
        #expect(lines.filter { $0 == "\(loser) \(loserWorkspace)" }.count == 2, "\(lines)")
        #expect(lines.filter { $0 == "\(winner) \(winnerWorkspace)" }.count == 1, "\(lines)")
        #expect(lines.count == 3, "\(lines)")
        for s in [a, b] {
            #expect(try await s.steward("sync", "--quiet").status == 0)
            #expect(s.read("memory/a.md") == "one\n" && s.read("memory/b.md") == "two\n")
            #expect(try SyncCLITests.sharedRefs(s.ws) == there)
            #expect(try await SyncCLITests.pending(s).isEmpty)
        }
        #expect(try Self.events("approved", 1, in: remote.path).count == 1)
        #expect(try Self.events("approved", 2, in: remote.path).count == 1)
        try SyncKillTests.fsck(remote.path)
    }

    @Test(
        "the same proposal approved on two clones at once: one approval, the other exit 4 'already approved by … at …'; one applied/1, one approved event"
    )
    func sameProposalApprovedAtOnce() async throws {
        let (a, b, remote) = try await Self.twoMachines([("First", writeOp("memory/a.md", "one\n"))])
        let (fromA, fromB) = try await Self.atOnce(
            { try await a.steward(["approve", "1", "--yes", "--by", "ann"]) }, { try await b.steward(["approve", "1", "--yes", "--by", "bob"]) })
        let statuses = [fromA.status, fromB.status].sorted()
        #expect(statuses == [0, 4], "A: \(fromA.status) \(fromA.stderr) B: \(fromB.status) \(fromB.stderr)")
        let (won, lost) = fromA.status == 0 ? ("ann", fromB) : ("bob", fromA)
        #expect(lost.stderr.contains("#1 was already approved by \(won) at "), "\(lost.stderr)")
        #expect(lost.stderr.contains("; nothing changed here"), "\(lost.stderr)")
        let there = try SyncCLITests.sharedRefs(remote.path)
        #expect(there["refs/steward/applied/1"] != nil && there["refs/steward/applied/1"] == there["refs/heads/main"])
        #expect(there.keys.filter { $0.hasPrefix("refs/steward/applied/") } == ["refs/steward/applied/1"])
        #expect(try gitCLI(["log", "--format=%s", "--merges", "main"], in: remote.path) == "Approve #1: First\n")
        let approvals = try Self.events("approved", 1, in: remote.path)
        #expect(approvals.count == 1 && approvals.first?["actor"] as? String == won, "\(approvals)")
        for s in [a, b] {
            #expect(try await s.steward("sync", "--quiet").status == 0)
            #expect(try SyncCLITests.sharedRefs(s.ws) == there)
            #expect(try Self.events("approved", 1, in: s.ws).count == 1)
            #expect(try await SyncCLITests.events(s).filter { $0["kind"] as? String == "approved" }.count == 1)
        }
        try SyncKillTests.fsck(remote.path)
    }

    @Test("a part approved on A, the rest rejected on B: applied/1-1, archive/1 at the carried rest; diff on B shows only the rest")
    func partOnARestRejectedOnB() async throws {
        let ops = String(
            decoding: try JSONSerialization.data(withJSONObject: [
                ["op": "write", "path": "memory/a.md", "content": "one\n"], ["op": "write", "path": "memory/b.md", "content": "two\n"],
            ]), as: UTF8.self)
        let (a, b, remote) = try await Self.twoMachines([("Two notes", ops)])
        let part = try await a.steward(["approve", "1", "--only", "memory/a.md", "--yes", "--by", "ann"])
        #expect(part.status == 0, "\(part.stderr)")
        var there = try SyncCLITests.sharedRefs(remote.path)
        let rest = try #require(there["refs/heads/steward/1"])
        #expect(there["refs/steward/applied/1-1"] == there["refs/heads/main"])
        #expect(there["refs/steward/superseded/1-1"] != nil)
        // B rejects what it last saw, which A changed: refused, nothing changed; the way on is named.
        let beforeB = try SyncRemoteTrustTests.localRefs(b.ws)
        let stale = try await b.steward(["reject", "1", "--reason", "not b", "--by", "bob"])
        #expect(stale.status == 4, "\(stale.stdout)\(stale.stderr)")
        #expect(
            stale.stderr.contains(
                "#1 changed on origin since you reviewed it (now \(rest.prefix(10))); run 'steward sync' to take it, then review it again ('steward diff 1')"
            ),
            "\(stale.stderr)")
        #expect(try SyncCLITests.sharedRefs(remote.path) == there)
        #expect(try SyncRemoteTrustTests.localRefs(b.ws) == beforeB)
        #expect(try await b.steward("sync", "--quiet").status == 0)
        // What B shows of #1 is the rest only.
        let diff = try SyncCLITests.object(try await b.ok("diff", "1", "--json"))
        let patch = diff["patch"] as? String ?? ""
        #expect(patch.contains("b/memory/b.md") && !patch.contains("memory/a.md"), "\(patch)")
        #expect(try await b.ok("diff", "1", "--stat", "--no-pager").contains("part 1 approved by ann"))
        let reject = try await b.steward(["reject", "1", "--reason", "not b", "--by", "bob"])
        #expect(reject.status == 0, "\(reject.stderr)")
        #expect(reject.stdout.contains("Rejected the rest of #1"), "\(reject.stdout)")
        there = try SyncCLITests.sharedRefs(remote.path)
        #expect(there["refs/steward/archive/1"] == rest)
        #expect(there["refs/heads/steward/1"] == nil && there["refs/steward/applied/1"] == nil && there["refs/steward/applied/1-1"] != nil)
        #expect(try await a.steward("sync", "--quiet").status == 0)
        for s in [a, b] {
            #expect(try SyncCLITests.sharedRefs(s.ws) == there)
            #expect(s.read("memory/a.md") == "one\n" && s.read("memory/b.md") == nil)
        }
        let rejected = try Self.events("rejected", 1, in: remote.path)
        #expect(rejected.count == 1 && rejected.first?["commit"] as? String == rest && rejected.first?["actor"] as? String == "bob")
        #expect(try Self.events("approved", 1, in: remote.path).first?["part"] as? Int == 1)
        try SyncKillTests.fsck(remote.path)
    }
}
