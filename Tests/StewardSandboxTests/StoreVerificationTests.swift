import Foundation
import StewardCore
import StewardSandbox
import StewardStore
import Testing

/// The store is an index of git's audit trail: `doctor` compares every event it holds (and the
/// audit commit each came from) with git, and `syncIndex` checks the newest one's audit commit.
@Suite("Store checked against the audit trail")
struct StoreVerificationTests {
    /// A workspace with a store and three events: #1 proposed by `cli` and approved by alice,
    /// #2 proposed by `research`.
    func workspace(_ dir: String) async throws -> (Workspace, Store) {
        let store = try Store(path: dir + "/ws/.steward/steward.db")
        let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, index: store, by: "tester")
        let policy = try PathPolicy.outsideTools()
        let a = try await ws.propose(
            title: "a", agent: "cli", operations: [.write(path: "memory/a.md", content: Data("a".utf8), executable: false)], policy: policy)
        _ = try await ws.approve(a.number, by: "alice")
        _ = try await ws.propose(
            title: "b", agent: "research", operations: [.write(path: "memory/b.md", content: Data("b".utf8), executable: false)], policy: policy)
        try await ws.syncIndex()
        return (ws, store)
    }

    @Test func anEditedEventIsFoundNamedAndRebuiltFromGit() async throws {
        try await withTemporaryDirectory { dir in
            let (ws, store) = try await workspace(dir)
            let chain = try await ws.auditTrail()
            #expect(try await ws.doctor(rebuild: false).isEmpty, "a store that matches git is no finding")
            // The same events and audit commits, but event 1's actor changed (as an UPDATE of
            // the row would): the highest sequence still matches git's.
            var forged = chain
            forged[0].event.actor = "mallory"
            try store.reset()
            try store.ingest(forged)
            #expect(try store.events().first?.actor == "mallory")
            try await ws.syncIndex()
            let findings = try await ws.doctor(rebuild: false)
            #expect(
                findings == [
                    DoctorFinding(
                        kind: .fixed,
                        message:
                            "the store's events differ from the audit trail at event 1 (actor 'mallory' in the store, 'cli' in git); rebuilt the store from git"
                    )
                ])
            #expect(try store.events() == chain.map(\.event))
            #expect(try await ws.doctor(rebuild: false).isEmpty, "a second run finds nothing")
        }
    }

    @Test func anEditedFieldOfTheJSONAloneIsFound() async throws {
        try await withTemporaryDirectory { dir in
            let (ws, store) = try await workspace(dir)
            let chain = try await ws.auditTrail()
            var forged = chain
            forged[2].event.title = "something else"
            try store.reset()
            try store.ingest(forged)
            let findings = try await ws.doctor(rebuild: false)
            #expect(
                findings.map(\.message) == [
                    "the store's events differ from the audit trail at event 3 (title 'something else' in the store, 'b' in git); rebuilt the store from git"
                ])
            #expect(try store.events() == chain.map(\.event))
        }
    }

    @Test func aStoreOfAnotherTrailIsRebuiltBySyncAndReportedByDoctor() async throws {
        try await withTemporaryDirectory { dir in
            let (ws, store) = try await workspace(dir)
            let chain = try await ws.auditTrail()
            // Same sequence numbers and content, other audit commits: another trail.
            let other = chain.map { AuditRecord(event: $0.event, auditCommit: String(repeating: "0", count: 40), chain: $0.chain) }
            try store.reset()
            try store.ingest(other)
            let findings = try await ws.doctor(rebuild: false)
            #expect(findings.count == 1)
            #expect(
                findings.first?.message.hasPrefix("the store's events differ from the audit trail at event 1 (indexed from audit commit '0000")
                    == true)
            #expect(findings.first?.message.hasSuffix("a store from another workspace?); rebuilt the store from git") == true)
            // The sync on opening needs no doctor: the newest event's audit commit differs.
            try store.reset()
            try store.ingest(other)
            try await ws.syncIndex()
            #expect(try store.chainHeads()[AuditRecord.auditChain]?.auditCommit == chain.last?.auditCommit)
            #expect(try await ws.doctor(rebuild: false).isEmpty)
            // A store indexed before audit commits were recorded is rebuilt once.
            try store.reset()
            try store.ingest(chain.map(\.event))
            try await ws.syncIndex()
            #expect(try store.chainHeads()[AuditRecord.auditChain]?.auditCommit == chain.last?.auditCommit)
        }
    }

    /// Only behind is the store's normal state after propose (git first, the store on the next
    /// open, which doctor skips): caught up without a finding, so a healthy workspace reads healthy.
    @Test func aStoreOnlyBehindIsCaughtUpWithoutAFinding() async throws {
        try await withTemporaryDirectory { dir in
            let (ws, store) = try await workspace(dir)
            let chain = try await ws.auditTrail()
            try store.reset()
            try store.ingest(Array(chain.prefix(1)))
            #expect(try await ws.doctor(rebuild: false).isEmpty)
            #expect(try store.events() == chain.map(\.event))
        }
    }
}
