import Foundation
import StewardTestSupport
import Testing

/// What a remote is trusted for (spec 22.3, 22.9, the rows of 22.10), through a real
/// `git daemon`: refs it rewrites are never taken, and a `steward.toml` from a newer Steward
/// stops nothing.
@Suite("Sync: what a remote may not do, and settings of a newer Steward")
struct SyncRemoteTrustTests {
    /// Refs of `dir` but the tracking refs a fetch rewrites (Steward's, and plain git's that the
    /// test's own `git push` sets): what "unchanged" compares.
    static func localRefs(_ dir: String) throws -> [String] {
        try SyncCLITests.allRefs(dir).split(separator: "\n").map(String.init).filter {
            !$0.hasPrefix("refs/steward-sync/") && !$0.hasPrefix("refs/remotes/")
        }
    }

    static func rev(_ dir: String, _ what: String) throws -> String {
        try gitCLI(["rev-parse", what], in: dir).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("the remote rewrites applied/1, another machine's trail and main backwards: each a problem of sync (exit 4), local refs unchanged")
    func rewritesAreProblemsAndNeverTaken() async throws {
        let remote = try GitDaemon.shared().makeRepository("rewrite")
        let a = try await SyncCLITests.machineA(remote: remote.url)
        #expect(try await a.propose("First", writeOp("memory/a.md", "one\n")) == 1)
        #expect(try await a.propose("Second", writeOp("memory/b.md", "two\n")) == 2)
        try await a.ok("sync")
        #expect(try await a.steward(["approve", "1", "--yes", "--by", "ann"]).status == 0)
        #expect(try await a.steward(["approve", "2", "--yes", "--by", "ann"]).status == 0)
        // B writes a trail of its own, which A takes.
        let b = try Sandbox()
        #expect(try await b.steward(["clone", remote.url, b.ws, "--quiet"], workspace: false).status == 0)
        #expect(try await b.propose("Third", writeOp("memory/c.md", "three\n")) == 3)
        #expect(try await a.steward("sync", "--quiet").status == 0)
        let idB = try String(contentsOfFile: b.ws + "/.steward/machine-id", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let trailB = "refs/steward/trail/\(idB)"
        let before = try Self.localRefs(a.ws)
        #expect(try SyncCLITests.sharedRefs(a.ws) == (try SyncCLITests.sharedRefs(remote.path)))

        func syncProblems(_ sourceLocation: SourceLocation = #_sourceLocation) async throws -> [String] {
            let r = try await a.steward("sync", "--json")
            #expect(r.status == 4, "\(r.stdout)\(r.stderr)", sourceLocation: sourceLocation)
            let report = try SyncCLITests.object(r.stdout)
            #expect(try Self.localRefs(a.ws) == before, sourceLocation: sourceLocation)
            return report["problems"] as? [String] ?? []
        }

        // applied/1 moved to main's first commit, with plain git push --force.
        let root = try Self.rev(a.ws, "main~2")
        _ = try await a.git("push", "--quiet", "--force", "origin", "\(root):refs/steward/applied/1")
        var problems = try await syncProblems()
        #expect(
            problems.contains { $0.hasPrefix("origin rewrote refs/steward/applied/1 (here ") && $0.contains("a decision is never undone") },
            "\(problems)")
        #expect(try Self.rev(a.ws, "refs/steward/applied/1") != root)

        // B's trail (one event) replaced on the remote by a forged first event, in the bare repository.
        let emptyTree = try gitCLI(["hash-object", "-w", "-t", "tree", "/dev/null"], in: remote.path).trimmingCharacters(in: .whitespacesAndNewlines)
        let forged = try gitCLI(
            ["-c", "user.name=mallory", "-c", "user.email=m@x", "commit-tree", emptyTree, "-m", "audit 1: rejected #3"], in: remote.path
        ).trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try gitCLI(["update-ref", trailB, forged], in: remote.path)
        problems = try await syncProblems()
        #expect(
            problems.contains { $0.hasPrefix("origin rewrote \(trailB) (here ") && $0.contains("an audit chain is only ever appended") },
            "\(problems)")
        #expect(try Self.rev(a.ws, trailB) != forged)

        // main moved one commit back on the remote, with plain git push --force.
        let back = try Self.rev(a.ws, "main~1")
        _ = try await a.git("push", "--quiet", "--force", "origin", "\(back):refs/heads/main")
        problems = try await syncProblems()
        #expect(problems.contains { $0.contains("refs/heads/main") && $0.contains("main moves only forward") }, "\(problems)")
        // sync pushed main back (this machine is ahead of it), so the next one no longer says it.
        #expect(try Self.rev(remote.path, "main") == (try Self.rev(a.ws, "main")))
        problems = try await syncProblems()
        #expect(problems.count == 2 && !problems.contains { $0.contains("refs/heads/main") }, "\(problems)")
        #expect(try await SyncCLITests.pending(a).map(\.number) == [3])
        #expect(a.read("memory/b.md") == "two\n")
    }

    @Test("steward.toml with a [quota] section on main, from another machine: a note on stderr, propose works")
    func aNewerStewardsSectionIsANote() async throws {
        let remote = try GitDaemon.shared().makeRepository("quota")
        let a = try await SyncCLITests.machineA(remote: remote.url)
        try await a.ok("sync")
        let b = try Sandbox()
        #expect(try await b.steward(["clone", remote.url, b.ws, "--quiet"], workspace: false).status == 0)
        // A newer Steward on B (here: the person with git) adds [quota] to steward.toml on main.
        try b.write("steward.toml", (b.read("steward.toml") ?? "") + "\n[quota]\nproposals_per_day = 50\n")
        _ = try await b.git("-c", "user.name=p", "-c", "user.email=p@x", "commit", "-q", "-am", "quota, from a newer Steward")
        let note = "note: steward.toml on main: unknown section 'quota' is ignored"
        let onB = try await b.steward(["propose", "--title", "On B", "--agent", "test", "--json"], stdin: writeOp("memory/b.md", "b\n"))
        #expect(onB.status == 0, "\(onB.stderr)")
        #expect(onB.stderr.contains(note), "\(onB.stderr)")
        #expect(try await b.steward("sync", "--quiet").status == 0)
        let tip = try Self.rev(b.ws, "main")
        // On A, a rules change made elsewhere waits for --accept-rules (22.9); then the note.
        let held = try await a.steward("sync")
        #expect(held.status == 4 && held.stdout.contains("sync --accept-rules \(tip.prefix(10))"), "\(held.stdout)")
        let accepted = try await a.steward("sync", "--accept-rules", String(tip.prefix(10)))
        #expect(accepted.status == 0, "\(accepted.stdout)\(accepted.stderr)")
        #expect(try Self.rev(a.ws, "main") == tip)
        let onA = try await a.steward(["propose", "--title", "On A", "--agent", "test", "--json"], stdin: writeOp("memory/a.md", "a\n"))
        #expect(onA.status == 0, "\(onA.stderr)")
        #expect(onA.stderr.contains(note), "\(onA.stderr)")
        #expect(onA.stderr.components(separatedBy: note).count == 2, "said once: \(onA.stderr)")
        #expect((try SyncCLITests.object(onA.stdout))["number"] as? Int == 2)
        #expect(try SyncCLITests.sharedRefs(remote.path)["refs/steward/proposals/2"] != nil)
        #expect(try await SyncCLITests.pending(a).map(\.title) == ["On B", "On A"])
    }
}
