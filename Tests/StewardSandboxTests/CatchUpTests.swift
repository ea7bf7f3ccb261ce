import Foundation
import StewardCore
import StewardGit
import StewardSandbox
import StewardTestSupport
import Testing

/// The catch-up of spec 22.6, purely local: each test writes what a fetch from `origin` would
/// have put under `refs/steward-sync/origin/` (commits made in the same repository) and checks
/// what `Workspace.catchUp` takes, refuses and lists to push.
@Suite("Catching up with a fetch (spec 22.6)")
struct CatchUpTests {
    // MARK: - Rows of 22.3's table

    @Test func refsMadeOnTheRemoteAreCreatedHere() async throws {
        try await withCatchUpWorkspace { ws, o in
            let p = try await ws.propose(title: "elsewhere", agent: "a", operations: [memoryNote("x")], policy: try PathPolicy.outsideTools())
            try o.mirror()
            // As if another machine proposed #1: here only the remote has it.
            try o.set("refs/steward/proposals/1", nil)
            try o.set("refs/heads/steward/1", nil)
            let report = try await ws.catchUp(remote: "origin")
            #expect(report.taken.map(\.ref) == ["refs/steward/proposals/1", "refs/heads/steward/1"])
            #expect(report.taken.allSatisfy { $0.old == nil } && report.problems.isEmpty && report.main == .equal)
            #expect(try o.ref("refs/heads/steward/1")?.hex == p.head)
            #expect(try await ws.proposal(1).status == .pending)
            #expect(report.onlyLocal.isEmpty)
        }
    }

    @Test func aDecisionMadeOnTheRemoteIsTakenWithMainAndTheCheckout() async throws {
        try await withCatchUpWorkspace { ws, o in
            let p = try await ws.propose(title: "x", agent: "a", operations: [memoryNote("x")], policy: try PathPolicy.outsideTools())
            try o.mirror()
            _ = try await ws.catchUp(remote: "origin")
            // Approved on another machine: a merge on main, applied/1 at it, the branch deleted.
            let head = try #require(ObjectID(hex: p.head))
            let here = try #require(try o.ref("refs/heads/main"))
            let merge = try o.commit(on: here, [:], treeOf: head, secondParent: head)
            try o.track("refs/heads/main", merge)
            try o.track("refs/steward/applied/1", merge)
            try o.track("refs/heads/steward/1", nil)
            let report = try await ws.catchUp(remote: "origin")
            #expect(report.problems == [])
            #expect(report.taken.map(\.ref) == ["refs/steward/applied/1", "refs/heads/steward/1", "refs/heads/main"])
            #expect(report.main == .fastForwarded(from: here, to: merge))
            #expect(try o.ref("refs/heads/steward/1") == nil && o.ref("refs/steward/applied/1") == merge)
            #expect(try await ws.proposal(1).status == .approved)
            #expect(try String(contentsOfFile: o.root + "/memory/x.md", encoding: .utf8) == "x")
            #expect(try o.status() == "")
            // Idempotent: nothing more to take, nothing to push.
            let again = try await ws.catchUp(remote: "origin")
            #expect(again.taken.isEmpty && again.problems.isEmpty && again.main == .equal && again.onlyLocal.isEmpty)
        }
    }

    @Test func aBranchMovesForwardOrWithASupersededRefNamingItsOldHead() async throws {
        try await withCatchUpWorkspace { ws, o in
            let p = try await ws.propose(title: "x", agent: "a", operations: [memoryNote("x")], policy: try PathPolicy.outsideTools())
            try o.mirror()
            let old = try #require(ObjectID(hex: p.head))
            let appended = try o.commit(on: old, ["memory/y.md": "y"])
            try o.track("refs/heads/steward/1", appended)
            #expect(try await ws.catchUp(remote: "origin").taken.map(\.new) == [appended])
            // A refresh elsewhere: a head that does not descend from the old one, named by superseded/1-1.
            let main = try #require(try o.ref("refs/heads/main"))
            let refreshed = try o.commit(on: main, ["memory/x.md": "x2"])
            try o.track("refs/heads/steward/1", refreshed)
            try o.track("refs/steward/superseded/1-1", appended)
            let report = try await ws.catchUp(remote: "origin")
            #expect(report.problems == [])
            #expect(report.taken.map(\.ref) == ["refs/steward/superseded/1-1", "refs/heads/steward/1"])
            #expect(try o.ref("refs/heads/steward/1") == refreshed)
            // Moved sideways with no superseded ref naming the old head: kept.
            let sideways = try o.commit(on: main, ["memory/x.md": "x3"])
            try o.track("refs/heads/steward/1", sideways)
            let refused = try await ws.catchUp(remote: "origin")
            #expect(refused.taken.isEmpty && refused.problems.count == 1)
            #expect(
                refused.problems.first?.hasPrefix("origin rewrote refs/heads/steward/1 (here \(refreshed.short), on origin \(sideways.short))")
                    == true)
            #expect(try o.ref("refs/heads/steward/1") == refreshed)
        }
    }

    /// Every row of 22.3's table but main, with made-up commits: created when only the remote
    /// has it; moved forward only where the last column allows; moved sideways or deleted never
    /// (kept, a problem, pushed back); deleted with the decision that allows it.
    @Test(arguments: [
        ("refs/steward/proposals/1", false), ("refs/steward/applied/1", false), ("refs/steward/applied/1-1", false),
        ("refs/steward/expired/1", false), ("refs/steward/archive/1", false), ("refs/steward/superseded/1-2", false),
        ("refs/steward/undone/1", true), ("refs/steward/undone/1-1", true), ("refs/heads/steward/1", true),
        ("refs/steward/comments/1", true), ("refs/steward/audit", true), ("refs/steward/trail/00000000000000aa", true),
    ])
    func eachRowOfTheTable(_ name: String, movesForward: Bool) async throws {
        try await withCatchUpWorkspace { ws, o in
            let main = try #require(try o.ref("refs/heads/main"))
            try o.track("refs/heads/main", main)
            if name != "refs/steward/proposals/1" {
                let claim = try o.commit(on: main, [:], message: "claim")
                try o.set("refs/steward/proposals/1", claim)
                try o.track("refs/steward/proposals/1", claim)
            }
            try o.set(name, nil)
            let a = try o.commit(on: main, ["memory/a.md": "a"])
            try o.track(name, a)
            let created = try await ws.catchUp(remote: "origin")
            #expect(created.taken.map(\.ref) == [name] && created.taken.map(\.new) == [a] && created.problems.isEmpty)
            let b = try o.commit(on: a, ["memory/b.md": "b"])
            try o.track(name, b)
            let forward = try await ws.catchUp(remote: "origin")
            let here = movesForward ? b : a
            #expect(forward.taken.map(\.new) == (movesForward ? [b] : []))
            #expect(
                forward.problems.map { $0.hasPrefix("origin rewrote \(name) (here \(a.short), on origin \(b.short))") }
                    == (movesForward ? [] : [true]))
            #expect(try o.ref(name) == here)
            let c = try o.commit(on: main, ["memory/c.md": "c"])
            try o.track(name, c)
            let sideways = try await ws.catchUp(remote: "origin")
            #expect(sideways.taken.isEmpty && sideways.problems.count == 1)
            #expect(sideways.problems.first?.hasPrefix("origin rewrote \(name) (here \(here.short), on origin \(c.short));") == true)
            #expect(try o.ref(name) == here && !sideways.onlyLocal.contains { $0.ref == name })
            try o.track(name, nil)
            let deleted = try await ws.catchUp(remote: "origin")
            #expect(deleted.problems.map { $0.hasPrefix("origin deleted \(name) (here \(here.short));") } == [true])
            #expect(try o.ref(name) == here && deleted.onlyLocal == [RefPush(ref: name, new: here, expected: nil)])
            // Deleted with the decision that allows it: taken.
            let decision = name.hasPrefix("refs/heads/") ? "refs/steward/applied/1" : "refs/steward/expired/1"
            guard name.hasPrefix("refs/heads/") || name.contains("/archive/") || name.contains("/superseded/") else { return }
            try o.track(decision, c)
            let decided = try await ws.catchUp(remote: "origin")
            #expect(decided.problems.isEmpty && decided.taken.map(\.ref) == [decision, name] && decided.taken.last?.new == nil)
            #expect(try o.ref(name) == nil && o.ref(decision) == c)
            #expect(try await ws.catchUp(remote: "origin").taken.isEmpty)
        }
    }

    // MARK: - What a remote may not do

    @Test func aMovedAppliedRefIsAProblemAndKeptHere() async throws {
        try await withCatchUpWorkspace { ws, o in
            _ = try await ws.propose(title: "x", agent: "a", operations: [memoryNote("x")], policy: try PathPolicy.outsideTools())
            let applied = try await ws.approve(1, by: "alice").commit
            try o.mirror()
            let here = try #require(try o.ref("refs/steward/applied/1"))
            #expect(here.hex == applied)
            let other = try o.commit(on: here, ["memory/z.md": "z"])
            try o.track("refs/steward/applied/1", other)
            let report = try await ws.catchUp(remote: "origin")
            #expect(
                report.problems == [
                    "origin rewrote refs/steward/applied/1 (here \(here.short), on origin \(other.short)); a decision is never undone by moving a ref — kept this machine's; ask whoever pushed it"
                ])
            #expect(report.taken.isEmpty && report.onlyLocal.isEmpty)
            #expect(try o.ref("refs/steward/applied/1") == here)
            #expect(try await ws.catchUp(remote: "origin").problems == report.problems)
        }
    }

    @Test func aClaimTheRemoteDeletedIsKeptAndPushedBack() async throws {
        try await withCatchUpWorkspace { ws, o in
            let p = try await ws.propose(title: "x", agent: "a", operations: [memoryNote("x")], policy: try PathPolicy.outsideTools())
            try o.mirror()
            _ = try await ws.catchUp(remote: "origin")  // the remote held it
            let claim = try #require(try o.ref("refs/steward/proposals/1"))
            try o.track("refs/steward/proposals/1", nil)
            let report = try await ws.catchUp(remote: "origin")
            #expect(
                report.problems == [
                    "origin deleted refs/steward/proposals/1 (here \(claim.short)); a claim is never deleted — kept this machine's, and 'steward sync' pushes it back; ask whoever deleted it"
                ])
            #expect(try o.ref("refs/steward/proposals/1") == claim && o.ref("refs/heads/steward/1")?.hex == p.head)
            #expect(report.onlyLocal == [RefPush(ref: "refs/steward/proposals/1", new: claim, expected: nil)])
            // Still reported until it is back on the remote.
            #expect(try await ws.catchUp(remote: "origin").problems == report.problems)
        }
    }

    @Test func aPendingBranchDeletedOnTheRemoteWithoutADecisionIsKept() async throws {
        try await withCatchUpWorkspace { ws, o in
            let p = try await ws.propose(title: "x", agent: "a", operations: [memoryNote("x")], policy: try PathPolicy.outsideTools())
            try o.mirror()
            _ = try await ws.catchUp(remote: "origin")
            try o.track("refs/heads/steward/1", nil)
            let report = try await ws.catchUp(remote: "origin")
            #expect(report.problems.count == 1)
            #expect(report.problems.first?.hasPrefix("origin deleted refs/heads/steward/1") == true)
            #expect(try o.ref("refs/heads/steward/1")?.hex == p.head)
        }
    }

    @Test func anotherCloneWritingThisMachinesTrailIsAProblem() async throws {
        try await withCatchUpWorkspace { ws, o in
            let id = try ws.makeMachineID()
            let main = try #require(try o.ref("refs/heads/main"))
            let mine = try o.commit(on: main, [:], message: "event 1")
            try o.set("refs/steward/trail/\(id)", mine)
            try o.mirror()
            // Appended elsewhere (this machine's step that reached the remote): taken.
            let next = try o.commit(on: mine, [:], message: "event 2")
            try o.track("refs/steward/trail/\(id)", next)
            #expect(try await ws.catchUp(remote: "origin").taken.map(\.new) == [next])
            // Rewritten: another clone with the same id.
            let forked = try o.commit(on: mine, [:], message: "event 2 elsewhere")
            try o.track("refs/steward/trail/\(id)", forked)
            let report = try await ws.catchUp(remote: "origin")
            #expect(
                report.problems == [
                    "another clone writes this machine's trail (refs/steward/trail/\(id)); give this one a new id with 'steward sync --new-machine-id'"
                ])
            #expect(try o.ref("refs/steward/trail/\(id)") == next)
            // Another machine's trail rewritten is the plain rewrite problem.
            let other = "refs/steward/trail/00000000000000ff"
            try o.set(other, next)
            try o.track(other, forked)
            let both = try await ws.catchUp(remote: "origin").problems
            #expect(both.count == 2 && both.contains(report.problems[0]))
            #expect(both.contains { $0.hasPrefix("origin rewrote \(other) (here \(next.short), on origin \(forked.short));") })
            #expect(try o.ref(other) == next)
        }
    }
}
