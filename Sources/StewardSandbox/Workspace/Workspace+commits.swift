import Foundation
import StewardCore
import StewardGit

/// One operation commit of a proposal: what the agent did in one step, with the task and the
/// model its trailers name.
public struct ProposalCommit: Sendable, Hashable, Codable {
    public var commit: String
    /// The operation (`write`, `edit`, `move`, `delete`, …).
    public var op: String
    public var summary: String
    public var agent: String
    public var task: String?
    public var model: String?
    public var date: Date
}

extension Workspace {
    /// The operation commits of proposal N from its base to its head, oldest first (one per
    /// agent operation; the record commit and merges of `main` are not operations). At most
    /// `limit` commits are read, the newest ones.
    /// - Throws: `StewardError.notFound` for a proposal that does not exist or was never completed.
    public func commits(of n: Int, limit: Int = 1_000) throws -> [ProposalCommit] {
        let r = try repo
        let info = try proposal(n, withStats: false)
        guard let head = info.head.flatMap(ObjectID.init(hex:)) else { return [] }
        let base = info.base.flatMap(ObjectID.init(hex:))
        var out: [ProposalCommit] = []
        var cursor: ObjectID? = head
        while let c = cursor, c != base, out.count < limit {
            let commit = try r.commitInfo(c)
            let t = commit.trailers
            if t[Trailer.kind] != nil { break }  // the proposal's record commit: operations end here
            if let op = t[Trailer.op] {
                out.append(
                    ProposalCommit(
                        commit: c.hex, op: op, summary: commit.subject, agent: t[Trailer.agent] ?? commit.authorName,
                        task: t[Trailer.task], model: t[Trailer.model], date: Date(timeIntervalSince1970: Double(commit.time))))
            }
            cursor = commit.parents.first
        }
        return out.reversed()
    }
}
