import Foundation
import StewardCore
import StewardGit
import StewardSandbox
import StewardTestSupport
import Testing

/// A merge made outside Steward (spec 22.7), with the remote's `main` made by the test in the
/// same repository, as in `CatchUpTests`: it counts as N's approval only when it merges exactly
/// the head recorded for N.
@Suite("A merge made outside Steward (spec 22.7)")
struct OutsideMergeTests {
    /// Proposal #1 writing memory/x.md, everything mirrored on origin: main, its head.
    func proposed(_ ws: Workspace, _ o: CatchUpRepo) async throws -> (main: ObjectID, head: ObjectID) {
        _ = try await ws.propose(title: "x", agent: "a", operations: [memoryNote("x")], policy: try PathPolicy.outsideTools())
        try o.mirror()
        return (try #require(try o.ref("refs/heads/main")), try #require(try o.ref("refs/heads/steward/1")))
    }

    @Test func aMergeOfTheRecordedHeadIsItsApprovalAndCanBeRolledBack() async throws {
        try await withCatchUpWorkspace { ws, o in
            let (main, head) = try await proposed(ws, o)
            let audit = try ws.auditRef()
            let auditThere = try #require(try o.ref(audit))
            let merge = try o.commit(on: main, [:], treeOf: head, secondParent: head, author: "bob", message: "Merge branch 'steward/1'")
            try o.track("refs/heads/main", merge)
            let report = try await ws.catchUp(remote: "origin")
            #expect(report.main == .fastForwarded(from: main, to: merge) && report.problems.isEmpty)
            #expect(report.mergedOutside.map(\.number) == [1] && report.mergedOutside.map(\.commit) == [merge])
            #expect(report.mergedOutside.map(\.actor) == ["bob"] && report.mergedOutside.map(\.refusal) == [nil])
            #expect(try o.ref("refs/steward/applied/1") == merge && o.ref("refs/heads/steward/1") == nil)
            #expect(try await ws.proposal(1).status == .approved)
            let event = try #require(try await ws.auditEvents().last)
            #expect(event.kind == .approved && event.proposal == 1 && event.actor == "bob" && event.commit == merge.hex)
            #expect(event.reason == "merged outside Steward (on origin)" && event.paths == ["memory/x.md"])
            // Only here: sync pushes the record, the branch's deletion and the event.
            let auditHere = try #require(try o.ref(audit))
            #expect(
                report.onlyLocal == [
                    RefPush(ref: "refs/steward/applied/1", new: merge, expected: nil),
                    RefPush(ref: "refs/heads/steward/1", new: nil, expected: head),
                    RefPush(ref: audit, new: auditHere, expected: auditThere),
                ])
            // A second catch-up changes nothing.
            let again = try await ws.catchUp(remote: "origin")
            #expect(again.taken.isEmpty && again.problems.isEmpty && again.mergedOutside.isEmpty && again.onlyLocal == report.onlyLocal)
            #expect(try o.ref(audit) == auditHere)
            // Recorded as an approval, it is rolled back as one.
            let undone = try await ws.rollback(1, by: "alice", reason: "not wanted")
            #expect(undone.files == ["memory/x.md"])
            #expect(!FileManager.default.fileExists(atPath: o.root + "/memory/x.md"))
            #expect(try await ws.proposal(1).status == .rolledBack)
        }
    }

    @Test func aSquashWithTheSameChangeIsItsApproval() async throws {
        try await withCatchUpWorkspace { ws, o in
            let (main, _) = try await proposed(ws, o)
            let other = try o.commit(on: main, ["memory/other.md": "o"], author: "carol")
            let squash = try o.commit(on: other, ["memory/x.md": "x"], author: "bob", message: "x (#1)")
            try o.track("refs/heads/main", squash)
            let report = try await ws.catchUp(remote: "origin")
            #expect(report.problems.isEmpty && report.mergedOutside.map(\.commit) == [squash])
            #expect(try o.ref("refs/steward/applied/1") == squash && o.ref("refs/heads/steward/1") == nil)
            let event = try #require(try await ws.auditEvents().last)
            #expect(event.kind == .approved && event.actor == "bob" && event.reason == "merged outside Steward (on origin)")
            _ = try await ws.rollback(1, by: "alice", reason: nil)
            #expect(!FileManager.default.fileExists(atPath: o.root + "/memory/x.md"))
            #expect(FileManager.default.fileExists(atPath: o.root + "/memory/other.md"))
        }
    }

    @Test func aMergeOfAnotherHeadIsAProblemAndNothingIsRecorded() async throws {
        try await withCatchUpWorkspace { ws, o in
            let (main, head) = try await proposed(ws, o)
            let events = try await ws.auditEvents().count
            let merge = try o.commit(on: main, [:], treeOf: head, secondParent: head, author: "bob")
            // The branch moved after the head that was merged.
            let moved = try o.commit(on: head, ["memory/y.md": "y"], author: "a")
            try o.set("refs/heads/steward/1", moved)
            try o.track("refs/heads/main", merge)
            let report = try await ws.catchUp(remote: "origin")
            #expect(report.main == .fastForwarded(from: main, to: merge) && report.mergedOutside.isEmpty)
            #expect(
                report.problems == [
                    "#1's commits are in main but were merged with git, outside Steward (main on origin, \(merge.short), does not merge the head recorded for #1, \(moved.short)); close it with 'steward reject 1 --reason \"merged by hand\"'"
                ])
            #expect(try o.ref("refs/steward/applied/1") == nil && o.ref("refs/heads/steward/1") == moved)
            #expect(try await ws.auditEvents().count == events)
            #expect(try await ws.proposal(1).status == .pending)
        }
    }

    /// Another machine's Steward moved the branch (its `updated` event on its trail came with
    /// it) and the forge merged that head: recorded. The same move by a plain push: a problem.
    @Test(arguments: [true, false])
    func aHeadAnotherMachineRecordedCountsAPlainPushDoesNot(withEvent: Bool) async throws {
        try await withCatchUpWorkspace { ws, o in
            let (main, head) = try await proposed(ws, o)
            let moved = try o.commit(on: head, ["memory/y.md": "y"], author: "a")
            try o.track("refs/heads/steward/1", moved)
            if withEvent {
                let r = try GitRepository.open(at: o.root)
                let event = AuditEvent(
                    sequence: 1, kind: .updated, proposal: 1, title: "x", actor: "a", date: Date(timeIntervalSince1970: 1_700_000_000),
                    commit: moved.hex)
                let trail = try r.commit(
                    tree: try r.emptyTree(), parents: [], message: "audit 1: updated #1\n\n" + (try event.json()) + "\n",
                    author: Signature(name: "a", email: "a@elsewhere", time: 1_700_000_000))
                try o.track("refs/steward/trail/00000000000000aa", trail)
            }
            let merge = try o.commit(on: main, [:], treeOf: moved, secondParent: moved, author: "bob")
            try o.track("refs/heads/main", merge)
            let report = try await ws.catchUp(remote: "origin")
            #expect(report.main == .fastForwarded(from: main, to: merge))
            #expect(report.mergedOutside.map(\.number) == (withEvent ? [1] : []))
            #expect(try o.ref("refs/steward/applied/1") == (withEvent ? merge : nil))
            #expect(try o.ref("refs/heads/steward/1") == (withEvent ? nil : moved))
            #expect(
                report.problems.map { $0.hasPrefix("#1's commits are in main but were merged with git, outside Steward") }
                    == (withEvent ? [] : [true]))
        }
    }

    @Test func aSquashWithAnotherChangeIsNotAnApproval() async throws {
        try await withCatchUpWorkspace { ws, o in
            let (main, _) = try await proposed(ws, o)
            let events = try await ws.auditEvents().count
            let squash = try o.commit(on: main, ["memory/x.md": "x, edited on the forge"], author: "bob")
            try o.track("refs/heads/main", squash)
            let report = try await ws.catchUp(remote: "origin")
            #expect(report.main == .fastForwarded(from: main, to: squash) && report.mergedOutside.isEmpty)
            #expect(try o.ref("refs/steward/applied/1") == nil && o.ref("refs/heads/steward/1") != nil)
            #expect(try await ws.auditEvents().count == events)
        }
    }

    @Test func aVetoedMergeIsRecordedAndNamesTheWayOut() async throws {
        try await withCatchUpWorkspace { ws, o in
            let (main, head) = try await proposed(ws, o)
            // Merged on the forge with a file the seed's size hook refuses (1 MiB at most).
            let big = String(repeating: "a", count: 1_100_000)
            let merge = try o.commit(on: main, ["memory/big.md": big], treeOf: head, secondParent: head, author: "bob")
            try o.track("refs/heads/main", merge)
            let report = try await ws.catchUp(remote: "origin")
            let veto =
                "hook hooks/pre-merge-size-limit vetoed it: memory/big.md is 1100000 bytes; this workspace accepts at most 1048576 per file (hooks/pre-merge-size-limit)"
            #expect(
                report.problems == [
                    "#1 was merged on origin by bob (\(merge.short)) and \(veto); it stands on main, recorded as approved: to undo it, run 'steward rollback 1'"
                ])
            #expect(report.mergedOutside.map(\.refusal) == [veto])
            #expect(try o.ref("refs/steward/applied/1") == merge && o.ref("refs/heads/steward/1") == nil)
            let event = try #require(try await ws.auditEvents().last)
            #expect(event.kind == .approved && event.reason == "merged outside Steward (on origin); \(veto)")
            // Recorded once: the next catch-up neither records nor reports it again.
            let again = try await ws.catchUp(remote: "origin")
            #expect(again.problems.isEmpty && again.mergedOutside.isEmpty)
            // The way out works.
            let undone = try await ws.rollback(1, by: "alice", reason: "too big")
            #expect(Set(undone.files) == ["memory/big.md", "memory/x.md"])
            #expect(!FileManager.default.fileExists(atPath: o.root + "/memory/big.md"))
        }
    }

    @Test func aBranchTheForgeDeletedWithTheMergeIsNoProblem() async throws {
        try await withCatchUpWorkspace { ws, o in
            let (main, head) = try await proposed(ws, o)
            _ = try await ws.catchUp(remote: "origin")  // origin held the branch
            let merge = try o.commit(on: main, [:], treeOf: head, secondParent: head, author: "bob")
            try o.track("refs/heads/main", merge)
            try o.track("refs/heads/steward/1", nil)
            let report = try await ws.catchUp(remote: "origin")
            #expect(report.problems.isEmpty && report.mergedOutside.map(\.number) == [1])
            #expect(try o.ref("refs/steward/applied/1") == merge && o.ref("refs/heads/steward/1") == nil)
            #expect(!report.onlyLocal.contains { $0.ref == "refs/heads/steward/1" })
            #expect(try await ws.catchUp(remote: "origin").problems.isEmpty)
        }
    }
}
