import Foundation
import StewardCore
import StewardGit
import StewardSandbox
import StewardStore
import Testing

/// `Workspace.approve(_:files:…)`, the call the dashboard's per-file boxes make (spec 5.5a),
/// and the store it feeds: rebuilt from git, it says the same.
@Suite("Approving in parts: the library call")
struct PartApprovalLibraryTests {
    @Test func exceptLeavesTheRestPendingAndTheStoreAgreesWithGit() async throws {
        try await withTemporaryDirectory { dir in
            let store = try Store(path: dir + "/index/steward.db")
            let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, index: store, by: "tester")
            let ops: [FileOperation] = ["a", "b", "c"].map { .write(path: "memory/\($0).md", content: Data($0.utf8), executable: false) }
            let p = try await ws.propose(title: "three", agent: "agent", operations: ops, policy: try PathPolicy.outsideTools())
            let r = try await ws.approve(p.number, files: .except(["memory/c.md"]), by: "alice")
            #expect(r.part == 1 && r.files == ["memory/a.md", "memory/b.md"] && r.declined == ["memory/c.md"] && r.rejected == false)
            #expect(try await ws.diff(p.number).files.map(\.path) == ["memory/c.md"])
            #expect(try await ws.proposal(p.number).status == .pending)
            // Choosing every file is an ordinary approval of what is left.
            let rest = try await ws.approve(p.number, files: .only(["memory/c.md"]), by: "alice")
            #expect(rest.part == nil && rest.files == ["memory/c.md"])
            #expect(try await ws.proposal(p.number).status == .approved)
            await #expect(throws: StewardError.self) { try await ws.approve(p.number, files: .only(["memory/x.md"]), by: "alice") }
            try await ws.syncIndex()
            #expect(try store.statuses()[p.number] == "approved")
            let part = try #require(try store.events(proposal: p.number, limit: nil).first { $0.part == 1 })
            #expect(part.kind == .approved && part.declined == ["memory/c.md"])
            // The store rebuilt from git holds the same.
            #expect(try await ws.doctor(rebuild: false).isEmpty)
        }
    }
}
