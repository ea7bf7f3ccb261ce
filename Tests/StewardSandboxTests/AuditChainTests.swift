import Foundation
import GRDB
import StewardCore
import StewardGit
import Testing

@testable import StewardSandbox
@testable import StewardStore

/// One audit chain per machine (spec 22.5): a machine with an id appends to
/// `refs/steward/trail/ID`; everyone reads the union of every chain; the store indexes each
/// chain after the last audit commit it holds of it, and never takes a rewritten trail.
@Suite("Audit chains: one per machine")
struct AuditChainTests {
    let a = "00000000000000aa"
    let b = "00000000000000bb"

    func workspace(_ dir: String) async throws -> (Workspace, Store) {
        let store = try Store(path: dir + "/ws/.steward/steward.db")
        let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, index: store, by: "tester")
        return (ws, store)
    }

    /// Makes `id` this workspace's machine id, as `steward sync` would (nil: no id).
    func become(_ id: String?, _ ws: Workspace) throws {
        try? FileManager.default.removeItem(atPath: ws.machineIDPath)
        if let id { try Data((id + "\n").utf8).write(to: URL(fileURLWithPath: ws.machineIDPath)) }
    }

    @discardableResult
    func propose(_ ws: Workspace, _ name: String, at time: Int64? = nil) async throws -> Int {
        await ws.setClock(time)
        let p = try await ws.propose(
            title: name, agent: "cli", operations: [.write(path: "memory/\(name).md", content: Data(name.utf8), executable: false)],
            policy: try PathPolicy.outsideTools())
        return p.number
    }

    func ref(_ ws: Workspace, _ name: String) throws -> ObjectID? {
        try GitRepository.open(at: ws.root).reference(name)
    }

    @Test func withAMachineIDEventsGoToItsTrailAndTheAuditRefStays() async throws {
        try await withTemporaryDirectory { dir in
            let (ws, _) = try await workspace(dir)
            try await propose(ws, "before")
            #expect(try ws.auditRef() == "refs/steward/audit")
            let frozen = try #require(try ref(ws, "refs/steward/audit"))
            try become(a, ws)
            #expect(try ws.auditRef() == "refs/steward/trail/\(a)")
            let n = try await propose(ws, "after")
            let appended = try await ws.appendAudit { seq in
                AuditEvent(
                    sequence: seq, kind: .refreshed, proposal: n, title: "after", actor: "tester",
                    date: Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)))
            }
            _ = try await ws.approve(n, by: "alice")
            #expect(try ref(ws, "refs/steward/audit") == frozen, "refs/steward/audit is frozen once the machine has an id")
            let trail = try await ws.auditChain("refs/steward/trail/\(a)")
            #expect(trail.map(\.event.sequence) == [1, 2, 3], "its own chain counts from 1")
            #expect(trail.map(\.event.kind) == [.proposed, .refreshed, .approved])
            // What the decision pushes need: the ref, its old and new value.
            #expect(appended.ref == "refs/steward/trail/\(a)")
            #expect(appended.old?.hex == trail[0].auditCommit && appended.new.hex == trail[1].auditCommit)
            #expect(appended.record == trail[1])
            #expect(try await ws.auditEvents().map(\.title) == ["before", "after", "after", "after"])
        }
    }

    /// Machine a writes after machine b, but b's events are older: the union is ordered by
    /// date, then chain (audit first, then machine ids), then sequence, not by when written.
    @Test func twoChainsAreOneTrailInOrderAndTheStoreIndexesEachOnce() async throws {
        try await withTemporaryDirectory { dir in
            let (ws, store) = try await workspace(dir)
            let one = try await propose(ws, "one", at: 1_000_000)
            try become(b, ws)
            let three = try await propose(ws, "three", at: 1_000_010)
            try become(a, ws)
            let two = try await propose(ws, "two", at: 1_000_005)
            try become(b, ws)
            await ws.setClock(1_000_010)
            _ = try await ws.approve(two, by: "bob")
            let trail = try await ws.auditTrail()
            #expect(
                trail.map { "\($0.chain.split(separator: "/").last!) \($0.event.sequence) \($0.event.kind.rawValue) #\($0.event.proposal)" } == [
                    "audit 1 proposed #\(one)", "\(a) 1 proposed #\(two)", "\(b) 1 proposed #\(three)", "\(b) 2 approved #\(two)",
                ])
            #expect(Set(trail.compactMap(\.auditCommit)).count == 4, "each event keyed by its own audit commit")
            try await ws.syncIndex()
            #expect(try store.events() == trail.map(\.event))
            #expect(try store.statuses() == [one: "pending", two: "approved", three: "pending"])
            #expect(
                try store.chainHeads().mapValues(\.sequence) == ["refs/steward/audit": 1, "refs/steward/trail/\(a)": 1, "refs/steward/trail/\(b)": 2])
            #expect(try store.events(limit: 2).map(\.proposal) == [three, two], "the newest two, in the trail's order")
            // A second pass, and the same records again, add nothing.
            try await ws.syncIndex()
            try store.ingest(trail)
            #expect(try store.events() == trail.map(\.event))
            #expect(try store.difference(from: trail) == nil)
            #expect(try await ws.doctor(rebuild: false).isEmpty)
        }
    }

    /// A clock gone back (or an event `doctor` records at its git date): the event keeps its
    /// place after the one it follows in its chain, in git's reading and in the store alike.
    @Test func anEventNeverShowsBeforeTheOneItFollowsInItsChain() async throws {
        try await withTemporaryDirectory { dir in
            let (ws, store) = try await workspace(dir)
            try become(a, ws)
            let n = try await propose(ws, "proposed late", at: 1_000_100)
            await ws.setClock(1_000_000)
            _ = try await ws.reject(n, by: "bob", reason: "no")
            try become(b, ws)
            let m = try await propose(ws, "in between", at: 1_000_050)
            let trail = try await ws.auditTrail()
            #expect(trail.map(\.event.proposal) == [m, n, n], "b's event at 50 first, then a's two events at 100 and (100)")
            #expect(trail.map(\.event.kind) == [.proposed, .proposed, .rejected])
            try await ws.syncIndex()
            #expect(try store.events() == trail.map(\.event))
            #expect(try store.statuses() == [n: "rejected", m: "pending"])
        }
    }

    /// Another machine's older events indexed after this machine's newer ones (its chain
    /// fetched late): the proposal rows are what indexing the whole trail in order gives.
    @Test func aChainArrivingLateStillGivesTheRightProposalRows() async throws {
        try await withTemporaryDirectory { dir in
            let (ws, store) = try await workspace(dir)
            try become(b, ws)
            let n = try await propose(ws, "late", at: 1_000_000)
            try become(a, ws)
            await ws.setClock(1_000_100)
            _ = try await ws.approve(n, by: "alice")
            let repo = try GitRepository.open(at: ws.root)
            let bHead = try #require(try repo.reference("refs/steward/trail/\(b)"))
            try repo.deleteReference("refs/steward/trail/\(b)")
            try await ws.syncIndex()
            #expect(try store.events().map(\.kind) == [.approved])
            #expect(try repo.createReference("refs/steward/trail/\(b)", to: bHead, message: "fetched"))
            try await ws.syncIndex()
            #expect(try store.events().map(\.kind) == [.proposed, .approved])
            #expect(try store.statuses() == [n: "approved"])
            #expect(try store.difference(from: try await ws.auditTrail()) == nil)
        }
    }

    /// A trail moved to a commit that does not descend from what the store indexed: not taken,
    /// a problem naming the chain and both ids; the store keeps its rows, also on --rebuild.
    @Test func aRewrittenTrailIsAProblemAndTheStoreKeepsItsRows() async throws {
        try await withTemporaryDirectory { dir in
            let (ws, store) = try await workspace(dir)
            try become(a, ws)
            let chain = "refs/steward/trail/\(a)"
            try await propose(ws, "first")
            try await propose(ws, "second")
            try await ws.syncIndex()
            let held = try store.events()
            let indexed = try #require(try await ws.auditChain(chain).last?.auditCommit)
            // Rewind to event 1, then append another event 2 in its place.
            let repo = try GitRepository.open(at: ws.root)
            let first = try #require(try await ws.auditChain(chain).first?.auditCommit.flatMap(ObjectID.init(hex:)))
            try repo.updateReference(chain, to: first, expected: try repo.reference(chain), message: "rewrite")
            try await propose(ws, "third")
            let head = try #require(try repo.reference(chain))
            let rewritten = try await ws.syncIndex()
            #expect(rewritten == [AuditChainRewrite(chain: chain, indexedSequence: 2, indexedCommit: indexed, head: head.hex)])
            #expect(try store.events() == held, "the chain is not taken")
            let findings = try await ws.doctor(rebuild: false)
            let problems = findings.filter { $0.kind == .problem }.map(\.message)
            #expect(problems.count == 1)
            #expect(problems.first?.contains("audit chain \(chain) was rewritten") == true, "\(problems)")
            // Doctor recorded #2's lost `proposed` event on the chain first: git's head is that one.
            let now = try #require(try repo.reference(chain))
            #expect(problems.first?.contains(String(indexed.prefix(10))) == true && problems.first?.contains(String(now.hex.prefix(10))) == true)
            #expect(try store.events() == held)
            _ = try await ws.doctor(rebuild: true)
            #expect(try store.events() == held, "never rebuilt from a shorter or other chain than it holds")
            // A trail ref gone from git is not taken either.
            try repo.deleteReference(chain)
            #expect(try await ws.syncIndex().map(\.head) == [nil])
            #expect(try store.events() == held)
        }
    }

    /// A store of schema v9 (one chain, sequence the key) opens, migrates in place (its rows
    /// kept, not rebuilt) and catches up.
    @Test func anOldStoreMigratesAndCatchesUp() async throws {
        try await withTemporaryDirectory { dir in
            let (ws, _) = try await Workspace.create(at: dir + "/ws", seed: Seed.files, by: "tester")
            try await propose(ws, "one")
            try await propose(ws, "two")
            let trail = try await ws.auditTrail()
            let path = dir + "/old.db"
            do {
                let pool = try DatabasePool(path: path)
                try Store.migrator.migrate(pool, upTo: "v9: the audit commit of each event")
                let e = trail[0].event
                try await pool.write { db in
                    try db.execute(
                        sql:
                            "INSERT INTO event (sequence, kind, proposal, actor, date, rollbackOf, json, auditCommit) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        arguments: [e.sequence, e.kind.rawValue, e.proposal, "kept", e.date, nil, try e.json(), trail[0].auditCommit])
                    try db.execute(
                        sql: "INSERT INTO proposal (number, title, agent, status, created, updated) VALUES (?, ?, ?, 'pending', ?, ?)",
                        arguments: [e.proposal, e.title, e.actor, e.date, e.date])
                }
            }
            let store = try Store(path: path)
            #expect(try store.chainHeads()["refs/steward/audit"]?.auditCommit == trail[0].auditCommit)
            let reopened = try await Workspace.open(at: dir + "/ws", makeIndex: { _ in store })
            try await reopened.syncIndex()
            #expect(try store.records(chain: "refs/steward/audit").map(\.auditCommit) == trail.map(\.auditCommit))
            let actors = try await store.pool.read { db in try String.fetchAll(db, sql: "SELECT actor FROM event ORDER BY sequence") }
            #expect(actors == ["kept", "cli"], "caught up in place: the old row stayed, only the new event was added")
        }
    }
}
