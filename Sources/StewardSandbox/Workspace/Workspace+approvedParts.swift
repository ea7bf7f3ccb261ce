import Foundation
import StewardCore
import StewardGit

// Reading the parts of a proposal approved in parts (spec 5.5a) back from git: the refs
// `refs/steward/applied/N-K`, their merges and part commits, and `refs/steward/undone/N-K`.
// Nothing here reads the store, so `review`, the API and `diff` show the parts after
// `.steward/` is deleted.

extension Workspace {
    /// The part refs among `refs` (a listing of `refs/steward/applied/*`), by N then K. The
    /// one parser of `N-K` ref names.
    static func partRefs(_ refs: [(name: String, id: ObjectID)]) -> [Int: [Int: ObjectID]] {
        var out: [Int: [Int: ObjectID]] = [:]
        for (name, id) in refs {
            let nk = (name.split(separator: "/").last ?? "").split(separator: "-", omittingEmptySubsequences: false)
            guard nk.count == 2, let n = Int(nk[0]), let k = Int(nk[1]) else { continue }
            out[n, default: [:]][k] = id
        }
        return out
    }

    /// How many parts of each proposal were approved (those approved in parts only), from one
    /// listing of refs: what `steward log` needs to call a later decision "the rest".
    public func partCounts() throws -> [Int: Int] {
        Self.partRefs(try repo.references(matching: "refs/steward/applied/*-*")).mapValues(\.count)
    }

    /// N's part refs, K → approval merge (`applied/N-1`, `applied/N-2`, …: `numberedRefs`).
    func partRefs(of n: Int) throws -> [Int: ObjectID] {
        Dictionary(uniqueKeysWithValues: try numberedRefs { Refs.applied(n, part: $0) }.map { ($0.k, $0.id) })
    }

    /// The refs `name(1)`, `name(2)`, … up to the first K that does not exist: Steward makes
    /// the K-th of a proposal's parts (`applied/N-K`) and superseded heads (`superseded/N-K`)
    /// only after the one before (K = how many there are + 1) and deletes them only all
    /// together (gc's expiry), so these are all of them. One lookup each: a listing
    /// (`references(matching:)`) reads every packed ref, whatever its glob (libgit2 1.5, about
    /// 4 ms for 10,000 refs), which every approval paid ten times (docs/benchmarks.md, "Where
    /// proposals' time goes").
    func numberedRefs(_ name: (Int) -> String) throws -> [(k: Int, name: String, id: ObjectID)] {
        let r = try repo
        var out: [(k: Int, name: String, id: ObjectID)] = []
        var k = 1
        while let id = try r.reference(name(k)) {
            out.append((k, name(k), id))
            k += 1
        }
        return out
    }

    /// N's approved parts, oldest first, from its part refs (`partRefs(of:)`); nil when
    /// there are none. Costs one commit read and one tree diff per part, nothing otherwise.
    func parts(of n: Int, refs: [Int: ObjectID]) throws -> [ProposalPart]? {
        guard !refs.isEmpty else { return nil }
        let r = try repo
        return try refs.sorted { $0.key < $1.key }.map { k, id in
            let merge = try r.commitInfo(id)
            var part = ProposalPart(
                part: k, commit: id.hex, files: try partPaths(of: merge).sorted(),
                approvedBy: merge.trailers[Trailer.approvedBy] ?? merge.authorName, date: Date(timeIntervalSince1970: Double(merge.time)))
            if let undone = try r.reference(Refs.undone(n, part: k)) {
                part.undoneBy = try r.commitInfo(undone).trailers[Trailer.proposal].flatMap { Int($0) }
                // Undone, unless the rollback that undid it was itself rolled back since.
                part.rolledBack = try part.undoneBy.map { try !isRestored(undoneBy: $0) } ?? true
            }
            return part
        }
    }
}
