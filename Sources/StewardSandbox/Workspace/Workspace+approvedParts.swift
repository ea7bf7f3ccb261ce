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

    /// N's part refs, K → approval merge (one listing of `refs/steward/applied/N-*`).
    func partRefs(of n: Int) throws -> [Int: ObjectID] {
        Self.partRefs(try repo.references(matching: "refs/steward/applied/\(n)-*"))[n] ?? [:]
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
