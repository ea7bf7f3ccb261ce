import Foundation
import StewardCore
import StewardGit
import StewardSandbox
import StewardTestSupport
import Testing

/// Spec 22.5: a machine appends only to its own chain, and refuses to write an event while
/// another clone writes that chain (a copied `.steward/`). A fake remote stands in for git.
@Suite("This machine's own trail")
struct MachineIdentityTests: FakeRemoteSteps {
    /// Every ref under refs/heads and refs/steward, tracking refs included: what "nothing changed" compares.
    func refs(_ root: String) throws -> String {
        try gitCLI(["for-each-ref", "--format=%(refname) %(objectname)"], in: root)
    }

    @Test func everyStepThatWritesAnEventRefusesWhileAnotherCloneWritesThisMachinesTrail() async throws {
        try await withTemporaryDirectory { dir in
            let remote = FakeRemote()
            let ws = try await workspace(dir, remote)
            let root = ws.root
            _ = try await propose(ws, "a")
            _ = try await propose(ws, "b")
            let chain = try chain(ws)
            #expect(chain.hasPrefix("refs/steward/trail/"))
            let mine = try #require(try ref(chain, in: root))
            // The remote's chain of this id forked from this machine's before its last event.
            let parent = try gitCLI(["rev-parse", mine.hex + "^"], in: root).trimmingCharacters(in: .whitespacesAndNewlines)
            let fork = try gitCLI(
                [
                    "-c", "user.name=c", "-c", "user.email=c@elsewhere", "commit-tree", mine.hex + "^{tree}", "-p", parent, "-m",
                    "audit 2: proposed #7",
                ], in: root
            )
            .trimmingCharacters(in: .whitespacesAndNewlines)
            let tracking = "refs/steward-sync/origin/" + chain.dropFirst("refs/".count)
            _ = try gitCLI(["update-ref", tracking, fork], in: root)
            let before = try refs(root)
            let pushes = remote.pushes.count
            let expected =
                "another clone writes this machine's trail (\(chain): here \(mine.short), on origin \(String(fork.prefix(10)))); nothing changed; give this one a new id with 'steward sync --new-machine-id'"
            for (what, step) in [
                ("propose", { _ = try await self.propose(ws, "c") }),
                ("approve", { _ = try await ws.approve(1, by: "alice") }),
                ("reject", { _ = try await ws.reject(2, by: "alice", reason: "no") }),
            ] as [(String, () async throws -> Void)] {
                let error = await #expect(throws: StewardError.self, "\(what)") { try await step() }
                #expect(error?.code == .conflict && error?.message == expected, "\(what): \(error?.message ?? "")")
                #expect(try refs(root) == before, "\(what)")
            }
            #expect(remote.pushes.count == pushes)
            // A comment writes no event: it still goes.
            _ = try await ws.comment(on: 1, text: "fine", by: "alice")
            #expect(remote.pushes.count == pushes + 1)
            // This machine's own step that reached the remote (a descendant) blocks nothing.
            _ = try gitCLI(["update-ref", tracking, mine.hex], in: root)
            _ = try await ws.approve(1, by: "alice")
        }
    }
}
