import Foundation
import Testing

/// Makes a file look as if it was left long ago (a stale lock is never seconds old).
func backdate(_ path: String, seconds: Int = 120) {
    var times = [timespec(tv_sec: time(nil) - seconds, tv_nsec: 0), timespec(tv_sec: time(nil) - seconds, tv_nsec: 0)]
    _ = utimensat(AT_FDCWD, path, &times, 0)
}

/// Leaves a lock file as a killed process would: created, closed, never removed.
func leaveLock(_ path: String) {
    try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: path, contents: Data())
    backdate(path)
}

/// Issue 13, items 8, 15, 18 and 19: approval, the locks git and Steward leave, and hooks
/// that change what is being approved.
@Suite("Approval and the locks")
struct ApprovalLockTests {
    @Test func aStaleIndexLockRefusesBeforeMainMovesAndDoctorClearsIt() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let n = try await s.propose("a", writeOp("memory/a.md", "a\n"))
        let main = try await s.git("rev-parse", "main")
        let lock = s.ws + "/.git/index.lock"
        leaveLock(lock)
        let r = try await s.steward("approve", "\(n)", "--yes")
        #expect(r.status == 4, "\(r.stderr)")
        #expect(
            r.stderr.contains(".git/index.lock") && r.stderr.contains("steward doctor --clear-stale-locks")
                && r.stderr.contains("nothing was changed"), "\(r.stderr)")
        #expect(try await s.git("rev-parse", "main") == main, "main did not move")
        #expect(try await s.git("rev-parse", "refs/heads/steward/\(n)").isEmpty == false, "still pending")

        // doctor reports it (exit 1) and clears it only when asked.
        let seen = try await s.steward("doctor")
        #expect(seen.status == 1 && seen.stdout.contains("problem:") && seen.stdout.contains(".git/index.lock"), "\(seen.stdout)")
        #expect(FileManager.default.fileExists(atPath: lock))
        let cleared = try await s.steward("doctor", "--clear-stale-locks")
        #expect(cleared.stdout.contains("fixed: removed") && cleared.stdout.contains(".git/index.lock"), "\(cleared.stdout)")
        #expect(!FileManager.default.fileExists(atPath: lock))
        try await s.ok("approve", "\(n)", "--yes")
        #expect(s.read("memory/a.md") == "a\n")
        #expect(try await s.git("status", "--porcelain") == "")

        // rollback gets the same check, before it claims a number.
        leaveLock(lock)
        let tip = try await s.git("rev-parse", "main")
        let rb = try await s.steward("rollback", "\(n)")
        #expect(rb.status == 4 && rb.stderr.contains(".git/index.lock"), "\(rb.stderr)")
        #expect(try await s.git("rev-parse", "main") == tip)
        #expect(
            !(try await s.git("for-each-ref", "--format=%(refname)", "refs/steward/proposals/")).contains("refs/steward/proposals/\(n + 1)"),
            "no rollback number claimed")
        try FileManager.default.removeItem(atPath: lock)
        try await s.ok("rollback", "\(n)")
        #expect(s.read("memory/a.md") == nil)
        #expect(try await s.git("status", "--porcelain") == "")
    }

    @Test func aLockARunningProcessHoldsIsNeverCleared() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let lock = s.ws + "/.git/index.lock"
        leaveLock(lock)
        // This test process keeps it open, as a running git or Steward would.
        let held = try #require(FileHandle(forReadingAtPath: lock))
        defer { try? held.close() }
        let r = try await s.steward("doctor", "--clear-stale-locks")
        #expect(r.stdout.contains(".git/index.lock") && r.stdout.contains("in use"), "\(r.stdout)")
        #expect(FileManager.default.fileExists(atPath: lock))
        let n = try await s.propose("a", writeOp("memory/a.md", "a\n"))
        let a = try await s.steward("approve", "\(n)", "--yes")
        #expect(a.status == 4 && a.stderr.contains("held by a running process"), "\(a.stderr)")
    }

    @Test func staleRefLocksRefuseBeforeMainMoves() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let n = try await s.propose("a", writeOp("memory/a.md", "a\n"))
        let main = try await s.git("rev-parse", "main")
        for ref in ["refs/steward/audit", "refs/steward/applied/\(n)", "refs/heads/steward/\(n)", "packed-refs"] {
            let lock = s.ws + "/.git/\(ref).lock"
            leaveLock(lock)
            let r = try await s.steward("approve", "\(n)", "--yes")
            #expect(r.status == 4 && r.stderr.contains(".git/\(ref).lock") && r.stderr.contains("--clear-stale-locks"), "\(ref): \(r.stderr)")
            #expect(try await s.git("rev-parse", "main") == main, "\(ref): main did not move")
            let d = try await s.steward("doctor", "--clear-stale-locks")
            #expect(d.stdout.contains("fixed: removed") && d.stdout.contains(".git/\(ref).lock"), "\(ref): \(d.stdout)")
            #expect(!FileManager.default.fileExists(atPath: lock))
        }
        // git's own HEAD.lock blocks git commands: reported like the others.
        leaveLock(s.ws + "/.git/HEAD.lock")
        #expect(try await s.steward("doctor").stdout.contains(".git/HEAD.lock"))
        try await s.ok("doctor", "--clear-stale-locks")
        try await s.ok("approve", "\(n)", "--yes")
        #expect(!(try await s.ok("doctor")).contains(".lock"), "nothing left to report")
    }

    @Test func aPreMergeHookMayProposeWithoutWaitingForTheLock() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let hook = """
            #!/bin/sh
            cat >/dev/null
            printf '[{"op":"write","path":"memory/from-hook.md","content":"x"}]' | "$STEWARD_BIN" propose --title "from the hook" --agent hook >&2 || exit 1
            """
        try await personCommits(s, ["hooks/pre-merge": hook + "\n"], executable: ["hooks/pre-merge"])
        let n = try await s.propose("a", writeOp("memory/a.md", "a\n"))
        let r = try await s.steward("approve", "\(n)", "--yes")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("Proposed #\(n + 1)"), "\(r.stderr)")
        let pending = try await s.ok("review", "--json")
        #expect(pending.contains("from the hook"))
        try await s.ok("doctor")
    }

    @Test func aHookCallingADecisionIsToldWhyInsteadOfWaiting() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let hook = "#!/bin/sh\ncat >/dev/null\n\"$STEWARD_BIN\" reject 99 >&2\nexit 0\n"
        try await personCommits(s, ["hooks/pre-merge": hook], executable: ["hooks/pre-merge"])
        let n = try await s.propose("a", writeOp("memory/a.md", "a\n"))
        let r = try await s.steward("approve", "\(n)", "--yes")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("from a pre-merge hook") && r.stderr.contains("holds the main lock"), "\(r.stderr)")
    }

    @Test func aHookThatKeepsCommittingToMainIsNamed() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let hook = "#!/bin/sh\ncat >/dev/null\ngit -C \"$STEWARD_WORKSPACE\" -c user.name=h -c user.email=h@x commit -q --allow-empty -m busy\n"
        try await personCommits(s, ["hooks/pre-merge": hook], executable: ["hooks/pre-merge"])
        let n = try await s.propose("a", writeOp("memory/a.md", "a\n"))
        let r = try await s.steward("approve", "\(n)", "--yes")
        #expect(r.status == 4, "\(r.stderr)")
        #expect(r.stderr.contains("main kept moving while approving #\(n)") && r.stderr.contains("hooks/pre-merge"), "\(r.stderr)")
        #expect(!r.stderr.contains("old reference value"), "no raw libgit2 message")
        #expect((try? await s.git("rev-parse", "--verify", "-q", "refs/steward/applied/\(n)")) == nil)
        #expect(!(try await s.git("log", "--format=%s", "main")).contains("Approve #\(n)"))
    }

    @Test func aHookThatMovesTheProposalIsRefused() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let hook = """
            #!/bin/sh
            cat >/dev/null
            cd "$STEWARD_WORKSPACE"
            b=refs/heads/steward/$STEWARD_PROPOSAL
            new=$(git -c user.name=h -c user.email=h@x commit-tree -p $b -m sneaky "$b^{tree}")
            git update-ref $b $new
            """
        try await personCommits(s, ["hooks/pre-merge": hook + "\n"], executable: ["hooks/pre-merge"])
        let n = try await s.propose("a", writeOp("memory/a.md", "a\n"))
        let main = try await s.git("rev-parse", "main")
        let r = try await s.steward("approve", "\(n)", "--yes")
        #expect(r.status == 4, "\(r.stderr)")
        #expect(
            r.stderr.contains("refs/heads/steward/\(n)") && r.stderr.contains("hooks/pre-merge") && r.stderr.contains("nothing changed on main"),
            "\(r.stderr)")
        #expect(try await s.git("rev-parse", "main") == main)
        #expect(try await s.git("log", "-1", "--format=%s", "refs/heads/steward/\(n)") == "sneaky\n", "the branch is left as the hook made it")
    }

    @Test func aHookThatMakesStewardsRefsIsRefused() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let hook = "#!/bin/sh\ncat >/dev/null\ngit -C \"$STEWARD_WORKSPACE\" update-ref refs/steward/applied/$STEWARD_PROPOSAL main\n"
        try await personCommits(s, ["hooks/pre-merge": hook], executable: ["hooks/pre-merge"])
        let n = try await s.propose("a", writeOp("memory/a.md", "a\n"))
        let main = try await s.git("rev-parse", "main")
        let r = try await s.steward("approve", "\(n)", "--yes")
        #expect(r.status == 4, "\(r.stderr)")
        #expect(r.stderr.contains("refs/steward/applied/\(n)") && r.stderr.contains("hooks/pre-merge"), "\(r.stderr)")
        #expect(try await s.git("rev-parse", "main") == main, "the merge did not land")
    }
}
