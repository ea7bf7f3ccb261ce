import Foundation
import StewardCore
import StewardGit
import StewardTestSupport
import Testing

@testable import StewardSandbox

/// Every commit Steward makes in a workspace with a machine id names that machine in a
/// `Steward-Machine: ID` trailer (spec 22.1); with no id, no commit does (one machine's
/// commits stay as they were).
@Suite("The Steward-Machine trailer")
struct MachineTrailerTests: FakeRemoteSteps {
    /// Every commit any ref reaches, as git itself reads it: id → its Steward-Machine values.
    func machineTrailers(in root: String) throws -> [String: [String]] {
        let out = try gitCLI(["log", "--all", "--format=%H %(trailers:key=Steward-Machine,valueonly,separator=%x2C)"], in: root)
        var found: [String: [String]] = [:]
        for line in out.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            found[parts[0]] = parts.count > 1 ? parts[1].split(separator: ",").map(String.init) : []
        }
        return found
    }

    /// The steps of a day: propose (agents' operation commits), comment, resolve, approve (a
    /// part, then the rest), refresh, reject, rollback. Returns the commits made by them.
    func everyStep(_ ws: Workspace) async throws -> [String: [String]] {
        let before = try machineTrailers(in: ws.root)
        let ops: [FileOperation] = ["x", "y"].map { .write(path: "memory/\($0).md", content: Data($0.utf8), executable: false) }
        let two = try await ws.propose(title: "two", agent: "writer", operations: ops, policy: try PathPolicy.outsideTools())
        _ = try await ws.comment(on: two.number, text: "looks fine", by: "alice")
        _ = try await ws.resolveComment(1, on: two.number, by: "alice")
        _ = try await ws.approve(two.number, files: .only(["memory/x.md"]), by: "alice")
        _ = try await ws.approve(two.number, by: "alice")
        _ = try await propose(ws, "later")
        _ = try await propose(ws, "first")
        _ = try await ws.approve(3, by: "alice")
        _ = try await ws.refresh(2, by: "alice")
        _ = try await ws.reject(2, by: "alice", reason: "not now")
        _ = try await ws.rollback(3, by: "alice", reason: "undo")
        let after = try machineTrailers(in: ws.root)
        return after.filter { before[$0.key] == nil }
    }

    @Test func everyCommitOfEveryStepNamesThisMachine() async throws {
        try await withTemporaryDirectory { dir in
            let ws = try await workspace(dir, FakeRemote())
            let id = try #require(try ws.machineID())
            let made = try await everyStep(ws)
            // record, operation, part, merge, revert, replayed (refresh), audit and comment commits
            #expect(made.count >= 20)
            let without = made.filter { $0.value != [id] }
            #expect(without.isEmpty, "commits without Steward-Machine: \(id): \(without)")
            // The records still read back: the trail, the comments, the proposals.
            let events = try await ws.auditEvents()
            #expect(events.count >= 9, "\(events.map { "\($0.kind) #\($0.proposal)" })")
            #expect(try await ws.comments(on: 1).first?.state == .resolved)
            #expect(try await ws.proposal(2).status == .rejected)
        }
    }

    @Test func noMachineIDNoTrailer() async throws {
        try await withTemporaryDirectory { dir in
            let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
            let made = try await everyStep(ws)
            #expect(made.count >= 20)
            #expect(made.allSatisfy { $0.value.isEmpty })
            // Byte for byte as before: an audit commit is the subject and the event's JSON.
            let audit = try gitCLI(["log", "-1", "--format=%B", "refs/steward/audit"], in: ws.root)
            #expect(audit.hasPrefix("audit ") && audit.hasSuffix("}\n\n") && audit.components(separatedBy: "\n\n").count == 3, "\(audit)")
        }
    }

    /// A refresh re-makes another machine's commits here: they name this machine.
    @Test func aReplayedCommitNamesTheMachineThatMadeItAgain() async throws {
        try await withTemporaryDirectory { dir in
            let ws = try await workspace(dir, FakeRemote())
            let other = "3f9a2c1b00000000"
            let message = "Write memory/a.md\n\nSteward-Proposal: 1\nSteward-Machine: \(other)\nSteward-Op: write\n"
            let id = try #require(try ws.machineID())
            #expect(
                try ws.restamped(message) == "Write memory/a.md\n\nSteward-Proposal: 1\nSteward-Op: write\nSteward-Machine: \(id)\n")
            #expect(try ws.restamped("Subject only\n") == "Subject only\n\nSteward-Machine: \(id)\n")
        }
    }
}
