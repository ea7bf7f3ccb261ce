import Foundation
import Testing

/// Commits `files` to main the way a person would, with the git CLI.
func personCommits(_ s: Sandbox, _ files: [String: String], executable: [String] = [], message: String = "person") async throws {
    for (p, c) in files { try s.write(p, c) }
    for p in executable { _ = try await s.git("update-index", "--add", "--chmod=+x", p) }
    _ = try await s.git("add", "-A")
    _ = try await s.git("-c", "user.name=person", "-c", "user.email=p@x", "commit", "-qm", message)
}

@Suite("Hooks, conflicts, refresh and the person's checkout")
struct PolicyTests {
    @Test func preMergeHookVetoesWithItsReason() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(
            s, ["hooks/pre-merge": "#!/bin/sh\ngrep -q '\"title\" : \"leak' && { echo 'mentions a secret' >&2; exit 2; }\nexit 0\n"],
            executable: ["hooks/pre-merge"])
        let bad = try await s.propose("leak", writeOp("memory/s.md", "secret"))
        let main = try await s.git("rev-parse", "main")
        let r = try await s.steward("approve", "\(bad)", "--yes")
        #expect(r.status == 3 && r.stderr.contains("vetoed") && r.stderr.contains("mentions a secret"))
        #expect(try await s.git("rev-parse", "main") == main, "a veto changes nothing")
        #expect(try await s.git("rev-parse", "--verify", "-q", "refs/heads/steward/\(bad)").count == 41)
        let good = try await s.propose("fine", writeOp("memory/f.md", "public"))
        try await s.ok("approve", "\(good)", "--yes")
    }

    @Test func brokenAndSlowHooksBlock() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["hooks/pre-merge-broken": "#!/bin/sh\necho oops >&2\nexit 1\n"], executable: ["hooks/pre-merge-broken"])
        let n = try await s.propose("x", writeOp("memory/x.md", "x"))
        let r = try await s.steward("approve", "\(n)", "--yes")
        #expect(r.status == 3 && r.stderr.contains("broken") && r.stderr.contains("exited with 1"))
        _ = try await s.git("rm", "-q", "hooks/pre-merge-broken")
        try await personCommits(
            s,
            [
                "hooks/pre-merge-slow": "#!/bin/sh\nsleep 30\n",
                "steward.toml": "[hooks]\ntimeout_seconds = 1\n",
            ], executable: ["hooks/pre-merge-slow"])
        let slow = try await s.steward("approve", "\(n)", "--yes")
        #expect(slow.status == 3 && slow.stderr.contains("longer than"))
        #expect(slow.seconds < 20, "the hook was killed at its deadline")
    }

    @Test func hooksComeFromMainNotTheWorkingTree() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let n = try await s.propose("x", writeOp("memory/x.md", "x"))
        // An uncommitted hook in the working tree is not policy.
        try s.write("hooks/pre-merge", "#!/bin/sh\nexit 2\n")
        chmod(s.ws + "/hooks/pre-merge", 0o755)
        try await s.ok("approve", "\(n)", "--yes")
    }

    @Test func defaultSizeHookRefusesLargeFiles() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let big = String(repeating: "x", count: 2 * 1024 * 1024)
        let n = try await s.propose("big", writeOp("outputs/big.txt", big))
        let r = try await s.steward("approve", "\(n)", "--yes")
        #expect(r.status == 3 && r.stderr.contains("outputs/big.txt is 2097152 bytes"))
    }

    @Test func conflictIsNamedAndRefreshCarriesWritesForward() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["memory/a.md": "one\ntwo\nthree\n"])
        let n = try await s.propose("edit a", writeOp("memory/a.md", "ONE\ntwo\nthree\n"))
        try await personCommits(s, ["memory/a.md": "uno\ntwo\nthree\n"])
        let main = try await s.git("rev-parse", "main")
        let r = try await s.steward("approve", "\(n)", "--yes")
        #expect(r.status == 4 && r.stderr.contains("memory/a.md") && r.stderr.contains("steward refresh"))
        #expect(try await s.git("rev-parse", "main") == main)
        let refreshed = try json(try await s.ok("refresh", "\(n)", "--json")) as! [String: Any]
        #expect(refreshed["base"] as? String == main.trimmingCharacters(in: .newlines))
        #expect(try await s.git("for-each-ref", "--format=%(refname)", "refs/steward/superseded").contains("superseded/\(n)-1"))
        // The diff now shows the proposal against the person's version.
        #expect(try await s.ok("diff", "\(n)").contains("-uno"))
        try await s.ok("approve", "\(n)", "--yes")
        #expect(try await s.git("show", "main:memory/a.md") == "ONE\ntwo\nthree\n")
        _ = try await s.git("fsck", "--strict")
    }

    @Test func refreshNamesWhatStillConflictsAndChangesNothing() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["memory/d.md": "keep?\n"])
        let n = try await s.propose("drop d", #"[{"op":"delete","path":"memory/d.md"}]"#)
        try await personCommits(s, ["memory/d.md": "the person rewrote this\n"])
        let head = try await s.git("rev-parse", "refs/heads/steward/\(n)")
        let r = try await s.steward("refresh", "\(n)")
        #expect(r.status == 4 && r.stderr.contains("memory/d.md"))
        #expect(try await s.git("rev-parse", "refs/heads/steward/\(n)") == head)
        #expect(try await s.git("for-each-ref", "refs/steward/superseded") == "")
    }

    @Test func uncommittedEditsInTheCheckoutAreNeverClobbered() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["memory/a.md": "v1\n"])
        let n = try await s.propose("edit", writeOp("memory/a.md", "agent\n"))
        try s.write("memory/a.md", "my unsaved work\n")
        let main = try await s.git("rev-parse", "main")
        let r = try await s.steward("approve", "\(n)", "--yes")
        #expect(r.status == 4 && r.stderr.contains("memory/a.md") && r.stderr.contains("uncommitted"))
        #expect(try await s.git("rev-parse", "main") == main)
        #expect(s.read("memory/a.md") == "my unsaved work\n")
        // Edits elsewhere do not block.
        try s.write("memory/a.md", "v1\n")
        try s.write("memory/other.md", "scratch\n")
        try await s.ok("approve", "\(n)", "--yes")
        #expect(s.read("memory/a.md") == "agent\n" && s.read("memory/other.md") == "scratch\n")
    }

    @Test func brokenConfigIsNamed() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["steward.toml": "[sandbox]\nmax_file_byte = 5\n"])
        let r = try await s.steward(["propose", "--title", "t"], stdin: writeOp("temp/a", "1"))
        #expect(r.status == 1 && r.stderr.contains("sandbox.max_file_byte"))
        try await personCommits(s, ["steward.toml": "[sandbox]\nmax_file_bytes = 4\n"])
        let big = try await s.steward(["propose", "--title", "t"], stdin: writeOp("temp/a", "12345"))
        #expect(big.status == 3 && big.stderr.contains("max_file_bytes"))
        // The working tree's steward.toml does not count until committed.
        try s.write("steward.toml", "garbage = [\n")
        #expect(try await s.steward(["propose", "--title", "t"], stdin: writeOp("temp/a", "1234")).status == 0)
    }
}
