import Foundation
import StewardCore
import StewardGit

/// An audit chain the index did not take (spec 22.5): in git it no longer descends from the
/// last event the index holds of it (rewritten, or gone). The index keeps what it holds.
public struct AuditChainRewrite: Sendable, Hashable {
    /// The chain's ref, `refs/steward/trail/ID`.
    public var chain: String
    /// The last event the index holds of it: its sequence and audit commit.
    public var indexedSequence: Int
    public var indexedCommit: String?
    /// The chain's head in git now; nil when the ref is gone.
    public var head: String?

    /// For `doctor`: the chain, both ids, what was kept.
    public var message: String {
        let now = head.map { "here it is now at \($0.prefix(10)), which does not descend from it" } ?? "here the ref is gone"
        return
            "audit chain \(chain) was rewritten: the store indexed it up to event \(indexedSequence) (audit commit \(indexedCommit?.prefix(10) ?? "unknown")), "
            + "\(now); kept the store's events and did not take the chain (a trail is only ever appended to: find out who moved the ref)"
    }
}

extension Workspace {
    /// Brings the index (store) up to git's audit chains (spec 22.5), chain by chain: each is
    /// compared with the last audit commit the index holds of it, and the events after it are
    /// indexed (O(1) per chain when the store is current, O(new events) otherwise).
    /// `refs/steward/audit` not descending from what the index holds (a store copied from
    /// another workspace, the ref rewritten, a store indexed before Steward recorded audit
    /// commits, or ahead of git) rebuilds the index from git. A `refs/steward/trail/ID` not
    /// descending from it is not taken: the index keeps its events of it, and the chain is
    /// returned (and reported by `doctor`). Edited rows are `doctor`'s to find
    /// (`AuditIndex.difference`).
    @discardableResult
    public func syncIndex() throws -> [AuditChainRewrite] {
        guard let index else { return [] }
        let indexed = try index.chainHeads()
        let heads = try auditChainHeads()
        var newer: [AuditRecord] = []
        var rebuild = indexed.keys.contains { chain in chain == Refs.audit && !heads.contains { $0.ref == chain } }
        var rewritten: [AuditChainRewrite] = []
        for (ref, head) in heads {
            let last = indexed[ref]
            if let last, last.auditCommit == head.hex { continue }
            let (records, stop) = try chainRecords(ref, from: head, after: last?.sequence ?? 0)
            if Self.descends(stop, from: last) {
                newer += records
            } else if ref == Refs.audit {
                rebuild = true
            } else {
                rewritten.append(
                    AuditChainRewrite(chain: ref, indexedSequence: last?.sequence ?? 0, indexedCommit: last?.auditCommit, head: head.hex))
            }
        }
        for (chain, last) in indexed where chain != Refs.audit && !heads.contains(where: { $0.ref == chain }) {
            rewritten.append(AuditChainRewrite(chain: chain, indexedSequence: last.sequence, indexedCommit: last.auditCommit, head: nil))
        }
        guard rebuild else {
            try index.ingest(newer)
            return rewritten.sorted { $0.chain < $1.chain }
        }
        let expected = try expectedIndex(index, chains: try auditChains())
        try index.reset()
        try index.ingest(expected.records)
        return expected.rewritten
    }

    /// What the index should hold, from git's `chains` (`auditChains()`): every chain as git
    /// has it, except a `refs/steward/trail/ID` that no longer descends from the last event
    /// the index holds of it, or is gone: of those, the index's own records (a store is never
    /// rebuilt from a shorter chain than it holds), returned as `rewritten`.
    /// `refs/steward/audit` is always git's.
    func expectedIndex(_ index: AuditIndex, chains: [[AuditRecord]]) throws -> (records: [AuditRecord], rewritten: [AuditChainRewrite]) {
        let indexed = try index.chainHeads()
        var records: [AuditRecord] = []
        var rewritten: [AuditChainRewrite] = []
        var seen = Set<String>()
        for chain in chains {
            guard let ref = chain.first?.chain else { continue }
            seen.insert(ref)
            let last = indexed[ref]
            let stop = last.flatMap { last in chain.last { $0.event.sequence <= last.sequence } }
            if ref == Refs.audit || Self.descends(stop.map { ($0.event.sequence, $0.auditCommit ?? "") }, from: last) {
                records += chain
                continue
            }
            rewritten.append(
                AuditChainRewrite(chain: ref, indexedSequence: last?.sequence ?? 0, indexedCommit: last?.auditCommit, head: chain.last?.auditCommit))
            records += try index.records(chain: ref)
        }
        for (chain, last) in indexed.sorted(by: { $0.key < $1.key }) where chain != Refs.audit && !seen.contains(chain) {
            rewritten.append(AuditChainRewrite(chain: chain, indexedSequence: last.sequence, indexedCommit: last.auditCommit, head: nil))
            records += try index.records(chain: chain)
        }
        return (records, rewritten.sorted { $0.chain < $1.chain })
    }

    /// Whether a chain descends from the last event the index holds of it (`last`; nil: none):
    /// walking back from its head, the first event at or below that sequence (`stop`) is that
    /// very audit commit.
    static func descends(_ stop: (sequence: Int, auditCommit: String)?, from last: (sequence: Int, auditCommit: String?)?) -> Bool {
        guard let last else { return true }
        return stop?.sequence == last.sequence && stop?.auditCommit == last.auditCommit
    }
}
