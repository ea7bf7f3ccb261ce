import Foundation
import Testing

@Suite("steward CLI end to end, checked with the git CLI")
struct WorkflowTests {
    @Test func proposeReviewApproveMatchesGit() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        #expect(try await s.git("log", "--format=%s", "main") == "Create Steward workspace\n")
        #expect(try await s.git("status", "--porcelain") == "", "init leaves a clean checkout (.steward/ excluded)")

        let ops =
            ##"[{"op":"write","path":"memory/a.md","content":"hello\n"},{"op":"write","path":"skills/t/run.sh","content":"#!/bin/sh\n","executable":true}]"##
        let n = try await s.propose("Add a note", ops)
        #expect(n == 1)
        #expect(try await s.git("rev-parse", "--verify", "-q", "refs/heads/steward/1").count == 41)
        // Nothing reaches main or the checkout before approval.
        #expect(s.read("memory/a.md") == nil)
        #expect((try? await s.git("show", "main:memory/a.md")) == nil)

        let review = try json(try await s.ok("review", "--json")) as! [[String: Any]]
        #expect(review.count == 1)
        #expect(review[0]["number"] as? Int == 1 && review[0]["files"] as? Int == 2 && review[0]["additions"] as? Int == 2)
        let diff = try await s.ok("diff", "1")
        #expect(diff.contains("+hello") && diff.contains("new file mode 100755"))

        try await s.ok("approve", "1", "--yes", "--by", "alice")
        #expect(try await s.git("show", "main:memory/a.md") == "hello\n")
        #expect(s.read("memory/a.md") == "hello\n", "the checkout of main is updated")
        #expect(try await s.git("status", "--porcelain") == "", "index and working tree agree with main")
        #expect(try await s.git("ls-tree", "main", "skills/t/run.sh").hasPrefix("100755"))
        let trailers = try await s.git("log", "-1", "--format=%(trailers:only)", "main")
        #expect(trailers.contains("Steward-Proposal: 1") && trailers.contains("Steward-Approved-By: alice"))
        #expect(try await s.git("rev-list", "--parents", "-1", "main").split(separator: " ").count == 3, "approval is a --no-ff merge")
        let graph = try await s.git("log", "--graph", "--format=%s", "main")
        #expect(graph.contains("write memory/a.md") && graph.contains("Proposal #1: Add a note"))
        let refs = try await s.git("for-each-ref", "--format=%(refname)")
        #expect(!refs.contains("refs/heads/steward/1"), "the branch is removed")
        #expect(refs.contains("refs/steward/proposals/1") && refs.contains("refs/steward/applied/1"))
        _ = try await s.git("fsck", "--strict")
    }

    @Test func initTakesTheFolderAsAnArgumentAndSaysHowToFindIt() async throws {
        let s = try Sandbox()
        let env = ["STEWARD_WORKSPACE": s.dir + "/elsewhere"]
        let r = try await s.steward(["init", s.ws], env: env, workspace: false)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try await s.git("log", "--format=%s", "main").contains("Create Steward workspace"), "a real repository at the folder given")
        #expect(r.stdout.contains("Other commands use \(s.dir)/elsewhere unless told: run them with --workspace \(s.ws)"), "\(r.stdout)")
        #expect(r.stdout.contains("steward run"))
        // Where later commands look already: nothing more to say.
        let here = try await s.steward(["init", s.dir + "/ws2"], env: ["STEWARD_WORKSPACE": s.dir + "/ws2"], workspace: false)
        #expect(here.status == 0 && !here.stdout.contains("Other commands use"), "\(here.stdout)")
        let both = try await s.steward(["init", s.dir + "/ws3", "--workspace", s.dir + "/ws4"], workspace: false)
        #expect(both.status == 2 && both.stderr.contains("not both"), "\(both.stderr)")
        #expect(!FileManager.default.fileExists(atPath: s.dir + "/ws3") && !FileManager.default.fileExists(atPath: s.dir + "/ws4"))
    }

    @Test func rejectKeepsEvidenceAndLogShowsReason() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let n = try await s.propose("Bad idea", writeOp("temp/x.txt", "x"))
        let head = try await s.git("rev-parse", "refs/heads/steward/\(n)")
        try await s.ok("reject", "\(n)", "--reason", "not wanted", "--by", "bob")
        #expect(try await s.git("rev-parse", "refs/steward/archive/\(n)") == head)
        #expect((try? await s.git("rev-parse", "--verify", "-q", "refs/heads/steward/\(n)")) == nil)
        let log = try json(try await s.ok("log", "--json")) as! [[String: Any]]
        #expect(log.map { $0["kind"] as! String } == ["proposed", "rejected"])
        #expect(log[1]["reason"] as? String == "not wanted" && log[1]["actor"] as? String == "bob")
        #expect(try await s.ok("log").contains("not wanted"))
        // A rejected proposal cannot be approved.
        #expect(try await s.steward("approve", "\(n)", "--yes").status == 4)
        _ = try await s.git("fsck", "--strict")
    }

    @Test func rollbackAndRollbackOfRollback() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        try await s.ok("propose", "--title", "v1", stdin: writeOp("memory/n.md", "one\n"))
        try await s.ok("approve", "1", "--yes")
        let out = try json(try await s.ok("rollback", "1", "--reason", "too early", "--json")) as! [String: Any]
        #expect(out["rollbackNumber"] as? Int == 2)
        #expect((try? await s.git("show", "main:memory/n.md")) == nil)
        #expect(s.read("memory/n.md") == nil)
        let msg = try await s.git("log", "-1", "--format=%B", "main")
        #expect(msg.contains("Steward-Rollback-Of: 1") && msg.contains("too early"))
        // Rolling back twice is refused; rolling back the rollback restores.
        #expect(try await s.steward("rollback", "1").status == 4)
        try await s.ok("rollback", "2")
        #expect(try await s.git("show", "main:memory/n.md") == "one\n")
        #expect(s.read("memory/n.md") == "one\n")
        #expect(try await s.git("status", "--porcelain") == "")
        let kinds = (try json(try await s.ok("log", "--json")) as! [[String: Any]]).map { "\($0["kind"]!) #\($0["proposal"]!)" }
        #expect(kinds == ["proposed #1", "approved #1", "rolled-back #2", "rolled-back #3"])
        _ = try await s.git("fsck", "--strict")
    }

    @Test func refusedOperationsChangeNothing() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let refsBefore = try await s.git("for-each-ref")
        let cases: [(String, String)] = [
            (#"[{"op":"write","path":"memory/ok.md","content":"fine"},{"op":"write","path":"../escape","content":"x"}]"#, "'..'"),
            (#"[{"op":"write","path":"memory/ok.md","content":"fine"},{"op":"write","path":"hooks/pre-merge","content":"exit 0"}]"#, "hooks"),
            (#"[{"op":"write","path":"memory/.gitattributes","content":"* binary"}]"#, "git's own"),
            (#"[{"op":"write","path":"memory/ok.md","content":"x","executable":true}]"#, "executable"),
            (#"[{"op":"delete","path":"memory/none.md"}]"#, "no file"),
            (#"[{"op":"write","path":"temp/a","content":"1"},{"op":"move","from":"temp/a","to":"memory/README.md"}]"#, "already exists"),
            (#"[{"op":"write","path":"temp/f","content":"1"},{"op":"write","path":"temp/f/g","content":"2"}]"#, "is a file"),
        ]
        for (ops, word) in cases {
            let r = try await s.steward(["propose", "--title", "t"], stdin: ops)
            #expect(r.status == 3, "\(ops) should be refused")
            #expect(r.stderr.contains(word), "\(r.stderr) should mention \(word)")
            #expect(r.stderr.hasPrefix("steward: error: ") && r.stderr.split(separator: "\n").count == 1)
        }
        #expect(try await s.git("for-each-ref") == refsBefore, "no ref was created by refused proposals")
        // The next good proposal still gets number 1: refusals claim nothing.
        #expect(try await s.propose("good", writeOp("memory/ok.md", "fine")) == 1)
        _ = try await s.git("fsck", "--strict")
    }

    @Test func usageErrorsAndExitCodes() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        let missing = try await s.steward("approve")
        #expect(missing.status == 2 && missing.stderr.split(separator: "\n").count == 1 && missing.stderr.contains("steward approve --help"))
        #expect(try await s.steward("propose", "--title", "x", stdin: "not json").status == 2)
        #expect(try await s.steward("frobnicate").status == 2)
        #expect(try await s.steward("approve", "7", "--yes").status == 1)
        let n = try await s.propose("t", writeOp("temp/a", "1"))
        let noTTY = try await s.steward("approve", "\(n)")
        #expect(noTTY.status == 2 && noTTY.stderr.contains("--yes"))
        // HOME of its own: a workspace at the real ~/.steward/workspace must not decide this.
        #expect(try await s.steward(["review"], env: ["HOME": s.dir], workspace: false).status == 1, "no workspace at the default location")
        // --workspace anywhere on the line, and $STEWARD_WORKSPACE.
        #expect(try await s.steward(["--workspace", s.ws, "review", "--json"], workspace: false).status == 0)
        #expect(try await s.steward(["review"], env: ["STEWARD_WORKSPACE": s.ws], workspace: false).stdout.contains("#"))
    }

    @Test func initImportsFilesAndRefusesRepositories() async throws {
        let s = try Sandbox()
        try FileManager.default.createDirectory(atPath: s.ws, withIntermediateDirectories: true)
        try "mine\n".write(toFile: s.ws + "/notes.txt", atomically: true, encoding: .utf8)
        try await s.ok("init")
        #expect(try await s.git("show", "main:notes.txt") == "mine\n")
        #expect(try await s.git("show", "main:steward.toml").contains("[sandbox]"))
        #expect(try await s.git("ls-tree", "main", "hooks/pre-merge-size-limit").hasPrefix("100755"))
        #expect(try await s.git("ls-files", ".steward") == "")
        let again = try await s.steward("init")
        #expect(again.status == 3 && again.stderr.contains("already a git repository"))
    }

    @Test func outputCannotLieToTheReviewer() async throws {
        let s = try Sandbox()
        try await s.ok("init")
        // The person marks everything binary; Steward still shows text.
        try s.write(".gitattributes", "* binary\n")
        _ = try await s.git("add", ".gitattributes")
        _ = try await s.git("-c", "user.name=p", "-c", "user.email=p@x", "commit", "-qm", "attrs")
        let evil = "\u{1b}[2J\u{1b}[1;1Hall good\r"
        let n = try await s.propose("fine\u{1b}[8m hidden", writeOp("memory/e.md", "text \(evil)\nmore\n"))
        let review = try await s.ok("review")
        #expect(!review.contains("\u{1b}") && review.contains("\\x1b[8m"))
        let diff = try await s.ok("diff", "\(n)")
        #expect(!diff.contains("\u{1b}") && !diff.contains("\r"))
        #expect(diff.contains("+text \\x1b[2J") && !diff.contains("Binary files"))
        let log = try await s.ok("log")
        #expect(!log.contains("\u{1b}"))
    }
}
