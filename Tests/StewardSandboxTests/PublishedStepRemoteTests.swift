import Foundation
import StewardCore
import StewardGit
import StewardSandbox
import StewardTestSupport
import Testing

/// Steps pushed to a real remote (spec 22.4, 22.10): a bare repository on a `git daemon`, two
/// clones standing for two machines, each with its own machine id.
@Suite("One push per step, through a real git daemon")
struct PublishedStepRemoteTests {
    /// Machine A: a new workspace whose `main` is on the remote, with proposal #1 made (and
    /// pushed); machine B: a clone of it that caught up.
    func twoMachines(_ dir: String) async throws -> (a: Workspace, b: Workspace, remote: GitDaemon.Repository) {
        let remote = try GitDaemon.shared().makeRepository()
        let (a, _) = try await Workspace.create(at: dir + "/a", seed: Seed.files, by: "tester")
        _ = try gitCLI(["remote", "add", "origin", remote.url], in: a.root)
        _ = try gitCLI(["push", "--quiet", "origin", "main"], in: a.root)
        _ = try a.makeMachineID()
        _ = try await a.propose(
            title: "note", agent: "cli", operations: [.write(path: "memory/n.md", content: Data("n\n".utf8), executable: false)],
            policy: try PathPolicy.outsideTools())
        _ = try gitCLI(["clone", "--quiet", remote.url, dir + "/b"], in: dir)
        let b = try await Workspace.open(at: dir + "/b")
        _ = try b.makeMachineID()
        let endpoint = try #require(try await b.remote())
        try GitTransport.fetch(endpoint, in: b.root)
        _ = try await b.catchUp(remote: "origin")
        #expect(try await b.proposal(1).status == .pending)
        return (a, b, remote)
    }

    func refs(_ dir: String) throws -> [String: String] {
        var out: [String: String] = [:]
        for line in try gitCLI(["for-each-ref", "--format=%(refname) %(objectname)", "refs/heads", "refs/steward"], in: dir).split(separator: "\n") {
            let parts = line.split(separator: " ")
            out[String(parts[0])] = String(parts[1])
        }
        return out
    }

    @Test func anApprovalIsOnTheRemoteWithAllItsRefs() async throws {
        try await withTemporaryDirectory { dir in
            let (a, _, remote) = try await twoMachines(dir)
            let merge = try await a.approve(1, by: "alice").commit
            let there = try refs(remote.path)
            #expect(there["refs/heads/main"] == merge && there["refs/steward/applied/1"] == merge)
            #expect(there["refs/heads/steward/1"] == nil && there["refs/steward/proposals/1"] != nil)
            // Every ref of Steward's here is there, at the same commit (the audit chain included).
            let here = try refs(a.root)
            #expect(here.count >= 4 && here.allSatisfy { there[$0.key] == $0.value })
            _ = try gitCLI(["fsck", "--strict", "--no-progress"], in: remote.path)
        }
    }

    /// A comment reaches the remote's comments/N; one made on the other machine before it
    /// caught up loses its lease, takes the first and lands on top of it.
    @Test func aCommentReachesTheRemoteAndOneMadeElsewhereMeanwhileLandsOnTop() async throws {
        try await withTemporaryDirectory { dir in
            let (a, b, remote) = try await twoMachines(dir)
            _ = try await a.comment(on: 1, text: "from a", by: "alice")
            let first = try #require(try refs(a.root)["refs/steward/comments/1"])
            #expect(try refs(remote.path)["refs/steward/comments/1"] == first)
            let second = try await b.comment(on: 1, text: "from b", by: "bob")
            let there = try #require(try refs(remote.path)["refs/steward/comments/1"])
            #expect(try second.id == 2 && there == refs(b.root)["refs/steward/comments/1"])
            #expect(try gitCLI(["rev-parse", there + "^"], in: remote.path).trimmingCharacters(in: .whitespacesAndNewlines) == first)
            #expect(try await b.comments(on: 1).map(\.text) == ["from a", "from b"])
            _ = try gitCLI(["fsck", "--strict", "--no-progress"], in: remote.path)
        }
    }

    @Test func theSameProposalApprovedOnTwoMachinesAtOnceIsApprovedOnce() async throws {
        try await withTemporaryDirectory { dir in
            let (a, b, remote) = try await twoMachines(dir)
            async let fromA = attempt { try await a.approve(1, by: "alice") }
            async let fromB = attempt { try await b.approve(1, by: "bob") }
            let results = await [fromA, fromB]
            let approved = results.compactMap { try? $0.get() }
            #expect(approved.count == 1)
            let refused = results.compactMap { r -> StewardError? in
                if case .failure(let e) = r { return e as? StewardError }
                return nil
            }
            let winner = (try? results[0].get()) != nil ? "alice" : "bob"
            #expect(refused.count == 1 && refused.first?.code == .conflict)
            #expect(refused.first?.message.hasPrefix("#1 was already approved by \(winner) at ") == true, "\(refused)")
            #expect(refused.first?.message.hasSuffix("; nothing changed here") == true)
            // One approval merge on the remote's main, one applied/1.
            let there = try refs(remote.path)
            #expect(there["refs/steward/applied/1"] == approved.first?.commit && there["refs/heads/main"] == approved.first?.commit)
            let merges = try gitCLI(["log", "--format=%s", "--merges", "main"], in: remote.path)
            #expect(merges == "Approve #1: note\n")
        }
    }
}

private func attempt<T>(_ body: () async throws -> T) async -> Result<T, any Error> {
    do { return .success(try await body()) } catch { return .failure(error) }
}
