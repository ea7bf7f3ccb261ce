import Foundation
import Testing

/// `steward approve N --only/--except [--reject-rest]` and `rollback N --part K` (spec 5.5a),
/// checked with the git CLI.
@Suite("Approving a proposal in parts")
struct PartApprovalTests {
    static let threeFiles =
        #"[{"op":"write","path":"memory/a.md","content":"a\n"},{"op":"write","path":"memory/b.md","content":"b\n"},{"op":"write","path":"memory/c.md","content":"c\n"}]"#

    func pendingFiles(_ s: Sandbox, _ n: Int) async throws -> [String] {
        let d = try json(try await s.ok("diff", "\(n)", "--json")) as? [String: Any]
        return ((d?["files"] as? [[String: Any]]) ?? []).compactMap { $0["path"] as? String }.sorted()
    }

    func onMain(_ s: Sandbox, _ path: String) async -> Bool { (try? await s.git("cat-file", "-e", "main:" + path)) != nil }

    func events(_ s: Sandbox, _ n: Int) async throws -> [[String: Any]] {
        try json(try await s.ok("log", "--proposal", "\(n)", "--json")) as? [[String: Any]] ?? []
    }

    @Test func approvingTwoOfThreeFilesMergesExactlyThoseAndLeavesTheThirdPending() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let n = try await s.propose("Three notes", Self.threeFiles)
        let before = try await s.git("rev-parse", "main").trimmingCharacters(in: .whitespacesAndNewlines)
        let out =
            try json(try await s.ok("approve", "\(n)", "--only", "memory/a.md", "--only", "memory/b.md", "--yes", "--by", "bob", "--json"))
            as? [String: Any]
        #expect(
            out?["part"] as? Int == 1 && out?["declined"] as? [String] == ["memory/c.md"] && out?["rejected"] as? Bool == false,
            "\(String(describing: out))")
        #expect(out?["files"] as? [String] == ["memory/a.md", "memory/b.md"])
        // git: the merge on main carries exactly the two files; its second parent is the part
        // commit on the base, not the branch, so the branch is not shown as merged.
        #expect(try await s.git("diff", "--name-only", "main^1", "main") == "memory/a.md\nmemory/b.md\n")
        #expect(try await s.git("rev-parse", "main^1").trimmingCharacters(in: .whitespacesAndNewlines) == before)
        #expect(try await s.git("diff", "--name-only", "main^2^", "main^2") == "memory/a.md\nmemory/b.md\n")
        #expect(try await s.git("log", "-1", "--format=%B", "main^2").contains("Steward-Part: 1"))
        #expect(try await s.git("log", "-1", "--format=%B", "main").contains("Approve #\(n), part 1: Three notes"))
        #expect(try await s.git("rev-parse", "refs/steward/applied/\(n)-1") == (try await s.git("rev-parse", "main")))
        #expect(await onMain(s, "memory/a.md"))
        #expect(await onMain(s, "memory/b.md"))
        #expect(await !onMain(s, "memory/c.md"))
        #expect(!(try await s.git("branch", "--merged", "main")).contains("steward/\(n)"))
        // The third is still pending, carried onto the new main.
        #expect(try await pendingFiles(s, n) == ["memory/c.md"])
        #expect(try await s.git("merge-base", "--is-ancestor", "main", "steward/\(n)").isEmpty)
        #expect(try await s.git("rev-parse", "--verify", "-q", "refs/steward/superseded/\(n)-1").count == 41)
        let review = try await s.ok("review", "--json")
        #expect(review.contains("\"number\" : \(n)"), "still pending: \(review)")
        // Doctor finds nothing to finish.
        let doctor = try await s.steward("doctor", "--json")
        let findings = (try json(doctor.stdout) as? [[String: Any]] ?? []).filter { $0["kind"] as? String != "note" }
        #expect(doctor.status == 0 && findings.isEmpty, "\(doctor.stdout)")
        // The audit trail names what was approved and what was declined.
        let approved = try #require(try await events(s, n).first { $0["kind"] as? String == "approved" })
        #expect(
            approved["part"] as? Int == 1 && approved["paths"] as? [String] == ["memory/a.md", "memory/b.md"]
                && approved["declined"] as? [String] == ["memory/c.md"])
        #expect(try await s.ok("log", "--proposal", "\(n)").contains("part 1 by bob"))
        // The rest, approved later, is an ordinary approval of only what remained.
        try await s.ok("approve", "\(n)", "--yes")
        #expect(try await s.git("diff", "--name-only", "main^1", "main") == "memory/c.md\n")
        #expect(try await s.git("rev-parse", "refs/steward/applied/\(n)") == (try await s.git("rev-parse", "main")))
        #expect(try await s.steward("doctor").status == 0)
    }

    @Test func aPathNotInTheProposalIsRefusedAndNothingChanges() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let n = try await s.propose("Three notes", Self.threeFiles)
        let refs = try await s.git("for-each-ref")
        for args in [["--only", "memory/x.md"], ["--except", "memory/a.md", "--except", "notes/y.md"]] {
            let r = try await s.steward(["approve", "\(n)", "--yes"] + args)
            #expect(r.status == 2, "\(r.stderr)")
            let missing = args.last!
            #expect(
                r.stderr.contains("#\(n) does not change \(missing); its files are: memory/a.md, memory/b.md, memory/c.md (see 'steward diff \(n)')"),
                "\(r.stderr)")
            #expect(try await s.git("for-each-ref") == refs, "nothing changed")
        }
        // Leaving nothing to approve is refused too.
        let none = try await s.steward("approve", "\(n)", "--yes", "--except", "memory/a.md", "memory/b.md", "memory/c.md")
        #expect(none.status == 2 && none.stderr.contains("leaves no file of #\(n) to approve"), "\(none.stderr)")
        #expect(try await s.steward("approve", "\(n)", "--yes", "--reject-rest", "x").status == 2)
        #expect(try await s.git("for-each-ref") == refs)
    }

    @Test func withoutYesABadChoiceOrAMissingProposalIsSaidBeforeAskingForConfirmation() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let n = try await s.propose("Three notes", Self.threeFiles)
        let refs = try await s.git("for-each-ref")
        // No terminal and no --yes: "pass --yes" would not help, so the real problem comes first.
        let path = try await s.steward("approve", "\(n)", "--only", "memory/x.md")
        #expect(path.status == 2, "\(path.stderr)")
        #expect(path.stderr.contains("#\(n) does not change memory/x.md") && !path.stderr.contains("--yes"), "\(path.stderr)")
        let missing = try await s.steward("approve", "99")
        #expect(missing.status == 1 && missing.stderr.contains("there is no proposal #99"), "\(missing.stderr)")
        try await s.ok("reject", "\(n)", "--reason", "not now")
        let decided = try await s.steward("approve", "\(n)")
        #expect(decided.status == 4 && !decided.stderr.contains("--yes"), "\(decided.stderr)")
        #expect(try await s.git("for-each-ref") != refs, "the reject happened")
        // A choice that can happen still needs the confirmation.
        let m = try await s.propose("One more", Self.threeFiles)
        let ask = try await s.steward("approve", "\(m)", "--only", "memory/a.md")
        #expect(ask.status == 2 && ask.stderr.contains("pass --yes"), "\(ask.stderr)")
    }

    @Test func aHookVetoingAChosenFileLandsNothingAndJudgesOnlyWhatIsMerged() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(
            s, ["hooks/pre-merge": "#!/bin/sh\ngrep -q 'memory/b.md' && { echo 'no b today' >&2; exit 2; }\nexit 0\n"],
            executable: ["hooks/pre-merge"])
        let n = try await s.propose("Three notes", Self.threeFiles)
        let refs = try await s.git("for-each-ref")
        let r = try await s.steward("approve", "\(n)", "--only", "memory/a.md", "memory/b.md", "--yes")
        #expect(r.status == 3 && r.stderr.contains("vetoed") && r.stderr.contains("no b today"), "\(r.stderr)")
        #expect(try await s.git("for-each-ref") == refs, "nothing landed; the proposal stays whole")
        #expect(try await pendingFiles(s, n) == ["memory/a.md", "memory/b.md", "memory/c.md"])
        // The hook sees only the chosen files: without b it allows, although b is in the proposal.
        try await s.ok("approve", "\(n)", "--except", "memory/b.md", "--yes")
        #expect(await onMain(s, "memory/a.md"))
        #expect(await onMain(s, "memory/c.md"))
        #expect(await !onMain(s, "memory/b.md"))
        #expect(try await pendingFiles(s, n) == ["memory/b.md"])
    }

    @Test func rollingBackPartKUndoesExactlyPartK() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let n = try await s.propose("Three notes", Self.threeFiles)
        try await s.ok("approve", "\(n)", "--only", "memory/a.md", "--yes")
        try await s.ok("approve", "\(n)", "--only", "memory/b.md", "--yes")
        #expect(try await s.git("rev-parse", "--verify", "-q", "refs/steward/applied/\(n)-2").count == 41)
        let whole = try await s.steward("rollback", "\(n)")
        #expect(whole.status == 4 && whole.stderr.contains("approved in parts (1, 2)") && whole.stderr.contains("--part K"), "\(whole.stderr)")
        let out = try await s.ok("rollback", "\(n)", "--part", "1", "--reason", "not a")
        #expect(out.contains("Rolled back #\(n), part 1,"), "\(out)")
        #expect(try await s.git("diff", "--name-only", "main^", "main") == "memory/a.md\n")
        #expect(await !onMain(s, "memory/a.md"))
        #expect(await onMain(s, "memory/b.md"))
        #expect(try await pendingFiles(s, n) == ["memory/c.md"])
        let m = n + 1
        #expect(try await s.git("rev-parse", "refs/steward/undone/\(n)-1") == (try await s.git("rev-parse", "main")))
        let again = try await s.steward("rollback", "\(n)", "--part", "1")
        #expect(again.status == 4 && again.stderr.contains("part 1 of #\(n) was already rolled back by #\(m)"), "\(again.stderr)")
        let rolled = try #require(try await events(s, n).first { $0["kind"] as? String == "rolled-back" })
        #expect(rolled["part"] as? Int == 1 && rolled["rollbackOf"] as? Int == n && rolled["paths"] as? [String] == ["memory/a.md"])
        #expect(try await s.steward("rollback", "\(n)", "--part", "3").stderr.contains("#\(n) has no approved part 3; its parts are: 1, 2"))
        // Undoing the rollback brings part 1 back; the proposal's own status never changed.
        try await s.ok("rollback", "\(m)")
        #expect(await onMain(s, "memory/a.md"))
        #expect((try json(try await s.ok("review", "--json")) as? [[String: Any]])?.first?["status"] as? String == "pending")
        let doctor = try await s.steward("doctor")
        #expect(doctor.status == 0 && !doctor.stdout.contains("fixed"), "\(doctor.stdout)")
    }

    @Test func rejectRestArchivesTheDeclinedFilesWithTheReason() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let n = try await s.propose("Three notes", Self.threeFiles)
        let out = try await s.ok("approve", "\(n)", "--except", "memory/c.md", "--reject-rest", "c is wrong", "--yes")
        #expect(out.contains("Approved part 1 of #\(n)") && out.contains("Rejected the rest of #\(n): memory/c.md."), "\(out)")
        #expect(await onMain(s, "memory/a.md"))
        #expect(await onMain(s, "memory/b.md"))
        #expect(await !onMain(s, "memory/c.md"))
        #expect(try await s.git("branch", "--list", "steward/\(n)").isEmpty)
        // The archive holds exactly what was declined.
        #expect(try await s.git("diff", "--name-only", "main", "refs/steward/archive/\(n)") == "memory/c.md\n")
        let all = try await events(s, n)
        let rejected = try #require(all.first { $0["kind"] as? String == "rejected" })
        #expect(rejected["reason"] as? String == "c is wrong" && rejected["paths"] as? [String] == ["memory/c.md"])
        #expect(all.contains { $0["kind"] as? String == "approved" && $0["part"] as? Int == 1 })
        #expect(try await s.steward("doctor").status == 0)
    }

    @Test func aRenameCountsAsBothPaths() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try await personCommits(s, ["memory/old.md": "same text, moved\n"])
        let n = try await s.propose(
            "Move and add", #"[{"op":"move","from":"memory/old.md","to":"memory/new.md"},{"op":"write","path":"memory/z.md","content":"z\n"}]"#)
        try await s.ok("approve", "\(n)", "--only", "memory/old.md", "--yes")
        #expect(await onMain(s, "memory/new.md"))
        #expect(await !onMain(s, "memory/old.md"))
        #expect(await !onMain(s, "memory/z.md"))
        #expect(try await pendingFiles(s, n) == ["memory/z.md"])
    }

    /// An approval of a part that stopped after main moved is finished by doctor as a part,
    /// never as the whole proposal.
    @Test func doctorFinishesAnInterruptedPartAsAPart() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let n = try await s.propose("Three notes", Self.threeFiles)
        let head = try await s.git("rev-parse", "steward/\(n)").trimmingCharacters(in: .whitespacesAndNewlines)
        try await s.ok("approve", "\(n)", "--only", "memory/a.md", "--yes")
        // As if it stopped right after main moved.
        _ = try await s.git("update-ref", "-d", "refs/steward/applied/\(n)-1")
        _ = try await s.git("update-ref", "-d", "refs/steward/superseded/\(n)-1")
        _ = try await s.git("update-ref", "refs/heads/steward/\(n)", head)
        _ = try await s.git("update-ref", "refs/steward/audit", "refs/steward/audit~1")
        let again = try await s.steward("approve", "\(n)", "--only", "memory/b.md", "--yes")
        #expect(again.status == 4 && again.stderr.contains("an earlier approval of part 1 of #\(n) stopped half-way"), "\(again.stderr)")
        let fixed = try await s.ok("doctor")
        #expect(
            fixed.contains("part 1 of #\(n) was merged into main") && fixed.contains("the audit trail had no 'approved' event for part 1"), "\(fixed)"
        )
        #expect(!fixed.contains("fixed: #\(n) was merged into main"), "not finished as a whole approval: \(fixed)")
        #expect((try? await s.git("rev-parse", "--verify", "-q", "refs/steward/applied/\(n)")) == nil, "no whole approval")
        #expect(try await pendingFiles(s, n) == ["memory/b.md", "memory/c.md"])
        let second = try await s.steward("doctor")
        #expect(second.status == 0 && !second.stdout.contains("fixed"), "\(second.stdout)")
    }

    /// The rest merged by hand with git after a part: doctor says so (a problem), and never
    /// takes the part's merge for an interrupted approval of the whole.
    @Test func aPartIsNeverTakenForAWholeApproval() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let n = try await s.propose("Three notes", Self.threeFiles)
        try await s.ok("approve", "\(n)", "--only", "memory/a.md", "--yes")
        _ = try await s.git("-c", "user.name=person", "-c", "user.email=p@x", "merge", "-q", "--no-edit", "steward/\(n)")
        let r = try await s.steward("doctor")
        #expect(r.status == 1 && r.stdout.contains("problem: #\(n)'s commits are in main but were merged with git, outside Steward"), "\(r.stdout)")
        #expect((try? await s.git("rev-parse", "--verify", "-q", "refs/steward/applied/\(n)")) == nil, "no whole approval recorded")
        let again = try await s.steward("approve", "\(n)", "--yes")
        #expect(again.status == 4 && again.stderr.contains("merged with git, outside Steward"), "\(again.stderr)")
    }

    /// A part's event does not stand for the approval of the rest: doctor records the rest's
    /// lost event.
    @Test func doctorRecordsALostApprovalOfTheRestAfterAPart() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let n = try await s.propose("Three notes", Self.threeFiles)
        try await s.ok("approve", "\(n)", "--only", "memory/a.md", "--yes")
        try await s.ok("approve", "\(n)", "--yes")
        _ = try await s.git("update-ref", "refs/steward/audit", "refs/steward/audit~1")
        let r = try await s.ok("doctor")
        #expect(r.contains("fixed: #\(n): the audit trail had no 'approved' event; recorded it from git"), "\(r)")
        let approved = try await events(s, n).filter { $0["kind"] as? String == "approved" }
        #expect(approved.count == 2 && approved.last?["paths"] as? [String] == ["memory/b.md", "memory/c.md"], "\(approved)")
    }

    /// A pre-merge hook may not make the part's own ref: the approval is bound to what was
    /// reviewed, as for a whole approval.
    @Test func aHookThatMakesThePartsRefIsRefused() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let hook = "#!/bin/sh\ncat >/dev/null\ngit -C \"$STEWARD_WORKSPACE\" update-ref refs/steward/applied/${STEWARD_PROPOSAL}-1 main\n"
        try await personCommits(s, ["hooks/pre-merge": hook], executable: ["hooks/pre-merge"])
        let n = try await s.propose("Three notes", Self.threeFiles)
        let main = try await s.git("rev-parse", "main")
        let r = try await s.steward("approve", "\(n)", "--only", "memory/a.md", "--yes")
        #expect(r.status == 4 && r.stderr.contains("refs/steward/applied/\(n)-1") && r.stderr.contains("hooks/pre-merge"), "\(r.stderr)")
        #expect(try await s.git("rev-parse", "main") == main, "the merge did not land")
    }
}
