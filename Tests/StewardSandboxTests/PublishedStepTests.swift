import Foundation
import StewardCore
import StewardGit
import StewardSandbox
import StewardTestSupport
import Testing

/// With a remote, each step's refs go out as one atomic push with a lease on every ref, and
/// only then change here (spec 22.4). A fake remote stands in for git.
@Suite("One push per step")
struct PublishedStepTests: FakeRemoteSteps {
    /// Every ref a step changes, pushed with the value it built on as its lease (22.4's table).
    @Test func proposeApproveAndRejectEachPushExactlyTheirRefsWithTheirLeases() async throws {
        try await withTemporaryDirectory { dir in
            let remote = FakeRemote()
            let ws = try await workspace(dir, remote)
            let root = ws.root
            let tip = try #require(try ref("refs/heads/main", in: root))
            let p1 = try await propose(ws, "a")
            let chain = try chain(ws)
            let record = try #require(try ref("refs/steward/proposals/1", in: root))
            let event1 = try #require(try ref(chain, in: root))
            #expect(
                Set(try #require(remote.pushes.last)) == [
                    RefPush(ref: "refs/steward/proposals/1", new: record, expected: nil),
                    RefPush(ref: "refs/heads/steward/1", new: ObjectID(hex: p1.head), expected: nil),
                    RefPush(ref: chain, new: event1, expected: nil),
                ])
            _ = try await ws.approve(1, by: "alice")
            let merge = try #require(try ref("refs/heads/main", in: root))
            let event2 = try #require(try ref(chain, in: root))
            #expect(
                Set(try #require(remote.pushes.last)) == [
                    RefPush(ref: "refs/heads/main", new: merge, expected: tip),
                    RefPush(ref: "refs/steward/applied/1", new: merge, expected: nil),
                    RefPush(ref: "refs/heads/steward/1", new: nil, expected: ObjectID(hex: p1.head)),
                    RefPush(ref: chain, new: event2, expected: event1),
                ])
            #expect(try await ws.proposal(1).status == .approved)
            // What was pushed is what the remote holds now, as far as this machine knows.
            #expect(try ref("refs/steward-sync/origin/heads/main", in: root) == merge)
            #expect(try ref("refs/steward-sync/origin/heads/steward/1", in: root) == nil)
            let p2 = try await propose(ws, "b")
            let event3 = try #require(try ref(chain, in: root))
            _ = try await ws.reject(2, by: "alice", reason: "no")
            #expect(
                Set(try #require(remote.pushes.last)) == [
                    RefPush(ref: "refs/steward/archive/2", new: ObjectID(hex: p2.head), expected: nil),
                    RefPush(ref: "refs/heads/steward/2", new: nil, expected: ObjectID(hex: p2.head)),
                    RefPush(ref: chain, new: try ref(chain, in: root), expected: event3),
                ])
            #expect(remote.pushes.count == 4 && remote.fetches.isEmpty)
        }
    }

    @Test func aRollbackAndAPartEachPushTheirClaimMainAndRefsTogether() async throws {
        try await withTemporaryDirectory { dir in
            let remote = FakeRemote()
            let ws = try await workspace(dir, remote)
            let root = ws.root
            _ = try await propose(ws, "a")
            _ = try await ws.approve(1, by: "alice")
            let tip = try #require(try ref("refs/heads/main", in: root))
            let chain = try chain(ws)
            let before = try ref(chain, in: root)
            let r = try await ws.rollback(1, by: "alice", reason: nil)
            let revert = try #require(ObjectID(hex: r.commit))
            #expect(
                Set(try #require(remote.pushes.last)) == [
                    RefPush(ref: "refs/steward/proposals/2", new: try ref("refs/steward/proposals/2", in: root), expected: nil),
                    RefPush(ref: "refs/heads/main", new: revert, expected: tip),
                    RefPush(ref: "refs/steward/applied/2", new: revert, expected: nil),
                    RefPush(ref: "refs/steward/undone/1", new: revert, expected: nil),
                    RefPush(ref: chain, new: try ref(chain, in: root), expected: before),
                ])
            let ops: [FileOperation] = ["x", "y"].map { .write(path: "memory/\($0).md", content: Data($0.utf8), executable: false) }
            let p = try await ws.propose(title: "two", agent: "cli", operations: ops, policy: try PathPolicy.outsideTools())
            let tip2 = try #require(try ref("refs/heads/main", in: root))
            let before2 = try ref(chain, in: root)
            _ = try await ws.approve(p.number, files: .only(["memory/x.md"]), by: "alice")
            #expect(
                Set(try #require(remote.pushes.last)) == [
                    RefPush(ref: "refs/heads/main", new: try ref("refs/heads/main", in: root), expected: tip2),
                    RefPush(ref: "refs/steward/applied/3-1", new: try ref("refs/heads/main", in: root), expected: nil),
                    RefPush(ref: "refs/heads/steward/3", new: try ref("refs/heads/steward/3", in: root), expected: ObjectID(hex: p.head)),
                    RefPush(ref: "refs/steward/superseded/3-1", new: ObjectID(hex: p.head), expected: nil),
                    RefPush(ref: chain, new: try ref(chain, in: root), expected: before2),
                ])
        }
    }

    /// Case 1 of a lost lease: another machine approved it first. Nothing changes here.
    @Test func aDecisionThatLostItsLeaseChangesNothingHereAndSaysWhoDecidedFirst() async throws {
        try await withTemporaryDirectory { dir in
            let remote = FakeRemote(onFetch: { root in
                // bob's approval, as the fetch brings it.
                let merge = try gitCLI(
                    [
                        "-c", "user.name=bob", "-c", "user.email=bob@localhost", "commit-tree", "steward/1^{tree}", "-p", "main", "-p", "steward/1",
                        "-m",
                        "Approve #1: a\n\nSteward-Proposal: 1\nSteward-Agent: cli\nSteward-Approved-By: bob",
                    ], in: root
                ).trimmingCharacters(in: .whitespacesAndNewlines)
                _ = try gitCLI(["update-ref", "refs/steward-sync/origin/steward/applied/1", merge], in: root)
                _ = try gitCLI(["update-ref", "refs/steward-sync/origin/heads/main", merge], in: root)
            })
            let ws = try await workspace(dir, remote)
            let root = ws.root
            let p = try await propose(ws, "a")
            let refsBefore = try gitCLI(["for-each-ref", "--format=%(refname) %(objectname)", "refs/heads", "refs/steward"], in: root)
            remote.refuse(.leaseLost(refs: ["refs/heads/main", "refs/steward/applied/1"], message: "stale info"))
            let error = await #expect(throws: StewardError.self) { try await ws.approve(1, by: "alice") }
            let merge = try #require(try ref("refs/steward-sync/origin/steward/applied/1", in: root))
            #expect(error?.code == .conflict)
            #expect(error?.message.hasPrefix("#1 was already approved by bob at ") == true)
            #expect(error?.message.hasSuffix("(main \(merge.short)); nothing changed here") == true)
            #expect(try gitCLI(["for-each-ref", "--format=%(refname) %(objectname)", "refs/heads", "refs/steward"], in: root) == refsBefore)
            #expect(try ref("refs/heads/steward/1", in: root)?.hex == p.head)
            #expect(remote.fetches.count == 1 && remote.catchUps == 0)
        }
    }

    /// Case 2: the proposal's head moved on the remote since it was reviewed here.
    @Test func aRejectionOfAHeadThatMovedOnTheRemoteIsRefused() async throws {
        try await withTemporaryDirectory { dir in
            let remote = FakeRemote(onFetch: { root in
                _ = try gitCLI(["update-ref", "refs/steward-sync/origin/steward/proposals/1", "refs/steward/proposals/1"], in: root)
                _ = try gitCLI(["update-ref", "refs/steward-sync/origin/heads/steward/1", "main"], in: root)
            })
            let ws = try await workspace(dir, remote)
            let root = ws.root
            let p = try await propose(ws, "a")
            remote.refuse(.leaseLost(refs: ["refs/heads/steward/1"], message: "stale info"))
            let error = await #expect(throws: StewardError.self) { try await ws.reject(1, by: "alice", reason: nil) }
            let main = try #require(try ref("refs/heads/main", in: root))
            #expect(
                error?.message
                    == "#1 changed on origin since you reviewed it (now \(main.short)); run 'steward sync' to take it, then review it again ('steward diff 1')"
            )
            #expect(try ref("refs/heads/steward/1", in: root)?.hex == p.head)
            #expect(try ref("refs/steward/archive/1", in: root) == nil)
        }
    }

    /// Case 3: only main moved; the merge is rebuilt on the new tip and pushed again.
    @Test func whenOnlyMainMovedTheApprovalIsRebuiltOnTheNewTip() async throws {
        try await withTemporaryDirectory { dir in
            let remote = FakeRemote(onCatchUp: { root in
                // The catch-up takes another machine's commit on main (same tree: the checkout can follow).
                let other = try gitCLI(
                    ["-c", "user.name=bob", "-c", "user.email=bob@localhost", "commit-tree", "main^{tree}", "-p", "main", "-m", "elsewhere"], in: root
                ).trimmingCharacters(in: .whitespacesAndNewlines)
                _ = try gitCLI(["update-ref", "refs/heads/main", other], in: root)
            })
            let ws = try await workspace(dir, remote)
            let root = ws.root
            _ = try await propose(ws, "a")
            let tip = try #require(try ref("refs/heads/main", in: root))
            remote.refuse(.leaseLost(refs: ["refs/heads/main"], message: "stale info"))
            let result = try await ws.approve(1, by: "alice")
            let moved = try #require(try ref("refs/heads/main~1", in: root))
            let firstParent = try ref("\(result.commit)^1", in: root)
            #expect(moved != tip && firstParent == moved)
            let lastTwo = remote.pushes.suffix(2).map { $0.first { $0.ref == "refs/heads/main" }?.expected }
            #expect(lastTwo == [tip, moved])
            let status = try await ws.proposal(1).status
            #expect(remote.catchUps == 1 && status == .approved)
        }
    }

    @Test func aRemoteThatDoesNotAnswerRefusesDecisionsAndNothingSharedChanges() async throws {
        try await withTemporaryDirectory { dir in
            let remote = FakeRemote()
            let ws = try await workspace(dir, remote)
            let root = ws.root
            _ = try await propose(ws, "a")
            let refsBefore = try gitCLI(["for-each-ref", "--format=%(refname) %(objectname)"], in: root)
            let unreachable = RemoteFailure.unreachable(
                "could not reach origin (ssh://example.invalid/ws.git): ssh: connect to host example.invalid port 22: Connection timed out")
            remote.refuse(unreachable)
            let approve = await #expect(throws: StewardError.self) { try await ws.approve(1, by: "alice") }
            #expect(approve?.code == .conflict)
            #expect(
                approve?.message
                    == "could not reach origin (ssh://example.invalid/ws.git): ssh: connect to host example.invalid port 22: Connection timed out; approving needs it, so that no other machine decides #1 at the same time; nothing changed; try again when it answers ('steward status' shows the last good sync)"
            )
            remote.refuse(unreachable)
            // A proposal is kept offline instead (spec 22.4): its local-only ref is all that is new.
            #expect(try await self.propose(ws, "b").offline == "o1")
            let refsAfter = try gitCLI(["for-each-ref", "--format=%(refname) %(objectname)"], in: root).split(separator: "\n")
            #expect(refsAfter.filter { !$0.hasPrefix("refs/steward/offline/") } == refsBefore.split(separator: "\n"))
        }
    }

    /// A number another machine claimed first: the claims are fetched and the next one taken,
    /// the record and operation commits made again for it.
    @Test func aLostClaimTakesTheNextNumberWithItsCommitsMadeAgain() async throws {
        try await withTemporaryDirectory { dir in
            let remote = FakeRemote(onFetch: { root in
                _ = try gitCLI(["update-ref", "refs/steward-sync/origin/steward/proposals/1", "main"], in: root)
            })
            let ws = try await workspace(dir, remote)
            let root = ws.root
            remote.refuse(.leaseLost(refs: ["refs/steward/proposals/1"], message: "stale info"))
            let p = try await propose(ws, "a")
            #expect(p.number == 2 && remote.fetches == [["refs/steward/proposals/*"]] && remote.catchUps == 0)
            #expect(remote.pushes.map { $0.contains { $0.ref == "refs/steward/proposals/1" } } == [true, false])
            #expect(remote.pushes.last?.contains { $0.ref == "refs/steward/proposals/2" } == true)
            #expect(try ref("refs/steward/proposals/1", in: root) == nil)
            let record = try gitCLI(["log", "--format=%s%n%b", "refs/heads/steward/2"], in: root)
            #expect(record.contains("Proposal #2: a") && !record.contains("Steward-Proposal: 1"))
        }
    }

    /// No machine id yet: one machine as before, nothing pushed.
    @Test func withoutAMachineIDStepsWriteRefsDirectly() async throws {
        try await withTemporaryDirectory { dir in
            let remote = FakeRemote()
            let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
            await ws.publish(to: Self.origin, through: remote)
            _ = try await propose(ws, "a")
            _ = try await ws.approve(1, by: "alice")
            let status = try await ws.proposal(1).status
            #expect(remote.pushes.isEmpty && status == .approved)
        }
    }
}
