import Foundation
import StewardTestSupport
import Testing

/// Two machines recording the same merge made outside Steward (spec 22.7): one `approved`
/// event for it across all chains. Every `steward` a child process; the remote a real
/// `git daemon`; bob merges with plain git.
@Suite("Two machines recording the same merge made outside Steward")
struct OutsideMergeRaceCLITests {
    /// A with #1 pushed, B a clone of it, and bob's `--no-ff` merge of `steward/1` pushed to
    /// the remote's main with plain git; returns the merge.
    static func merged(_ remote: GitDaemon.Repository) async throws -> (a: Sandbox, b: Sandbox, merge: String) {
        let a = try await SyncCLITests.machineA(remote: remote.url)
        #expect(try await a.propose("First", writeOp("memory/a.md", "one\n")) == 1)
        try await a.ok("sync")
        let b = try Sandbox()
        #expect(try await b.steward(["clone", remote.url, b.ws], workspace: false).status == 0)
        let bob = a.dir + "/bob"
        _ = try gitCLI(["clone", "--quiet", "--branch", "main", remote.path, bob], in: a.dir)
        _ = try gitCLI(["fetch", "--quiet", "origin", "refs/heads/steward/*:refs/remotes/origin/steward/*"], in: bob)
        _ = try gitCLI(
            ["-c", "user.name=bob", "-c", "user.email=bob@elsewhere", "merge", "--no-ff", "--quiet", "-m", "Merge steward/1", "origin/steward/1"],
            in: bob)
        _ = try gitCLI(["push", "--quiet", "origin", "main"], in: bob)
        return (a, b, try gitCLI(["rev-parse", "main"], in: bob).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The `approved` events of #1 on every chain the remote holds, by chain.
    static func approvals(on remote: String) throws -> [String: Int] {
        var out: [String: Int] = [:]
        for line in try gitCLI(["for-each-ref", "--format=%(refname)", "refs/steward/trail", "refs/steward/audit"], in: remote).split(separator: "\n")
        {
            let subjects = try gitCLI(["log", "--format=%s", String(line)], in: remote).split(separator: "\n")
            let n = subjects.filter { $0.hasSuffix(": approved #1") }.count
            if n > 0 { out[String(line), default: 0] += n }
        }
        return out
    }

    @Test("B's record loses to A's, pushed while B's push waited: B records nothing, takes A's, one approved event")
    func theLoserTakesTheWinnersRecord() async throws {
        let remote = try GitDaemon.shared().makeRepository()
        let (a, b, merge) = try await Self.merged(remote)
        // The remote's first push from now on (B's record) waits while A syncs (A records the
        // merge and pushes it), as if A had been a moment quicker.
        let hook = remote.path + "/hooks/pre-receive"
        let unset = ["GIT_DIR", "GIT_QUARANTINE_PATH", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_PROTOCOL"]
        try """
        #!/bin/sh
        cat >/dev/null
        [ -e "$GIT_DIR/raced" ] && exit 0
        touch "$GIT_DIR/raced"
        cd / && env \(unset.map { "-u \($0)" }.joined(separator: " ")) '\(try stewardBinary)' sync --workspace '\(a.ws)' --quiet >'\(a.dir)/hook.out' 2>&1
        exit 0
        """.write(toFile: hook, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook)

        let r = try await b.steward("sync")
        let hookOut = (try? String(contentsOfFile: a.dir + "/hook.out", encoding: .utf8)) ?? ""
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)\nA in the hook: \(hookOut)")
        #expect(FileManager.default.fileExists(atPath: remote.path + "/raced"))
        #expect(r.stderr.contains("origin moved while a merge made outside Steward was being recorded; fetching again…"), "\(r.stderr)")
        #expect(!r.stdout.contains("recorded as approved"), "\(r.stdout)")
        // One approved event for #1 on the remote, on A's chain; A's and B's logs agree.
        let idA = try String(contentsOfFile: a.ws + "/.steward/machine-id", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try Self.approvals(on: remote.path) == ["refs/steward/trail/" + idA: 1])
        try await a.ok("sync")
        for s in [a, b] {
            let approved = try await SyncCLITests.events(s).filter { $0["kind"] as? String == "approved" }
            #expect(approved.count == 1 && approved.first?["actor"] as? String == "bob" && approved.first?["commit"] as? String == merge)
            #expect(try await SyncCLITests.pending(s).isEmpty)
        }
        let there = try SyncCLITests.sharedRefs(remote.path)
        #expect(there["refs/steward/applied/1"] == merge && there["refs/heads/main"] == merge)
        #expect(there == (try SyncCLITests.sharedRefs(a.ws)))
        #expect(there == (try SyncCLITests.sharedRefs(b.ws)))
    }

    @Test("B's review records the merge and pushes the record; A's sync takes it; one approved event")
    func aListingPushesTheRecord() async throws {
        let remote = try GitDaemon.shared().makeRepository()
        let (a, b, merge) = try await Self.merged(remote)
        let review = try await b.steward("review")
        #expect(review.status == 0, "\(review.stderr)")
        #expect(
            review.stderr.contains("note: #1 was merged on origin outside Steward by bob (\(merge.prefix(10))): recorded as approved (and pushed)"))
        let idB = try String(contentsOfFile: b.ws + "/.steward/machine-id", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try Self.approvals(on: remote.path) == ["refs/steward/trail/" + idB: 1])
        let sync = try await a.steward("sync")
        #expect(sync.status == 0 && !sync.stdout.contains("recorded as approved"), "\(sync.stdout)\(sync.stderr)")
        try await b.ok("sync")
        #expect(try Self.approvals(on: remote.path) == ["refs/steward/trail/" + idB: 1])
        #expect(try await SyncCLITests.events(a).filter { $0["kind"] as? String == "approved" }.count == 1)
        #expect(try SyncCLITests.sharedRefs(a.ws) == (try SyncCLITests.sharedRefs(remote.path)))
    }
}
