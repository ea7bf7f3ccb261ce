import Foundation
import StewardCore
import StewardGit

extension Workspace {
    /// Claims a number (create-only ref) with the proposal's commits made for it, then makes
    /// the branch and records the event.
    func claim(
        _ title: String, agent: String, planned: [PlannedCommit], base: ObjectID, baseTree: ObjectID, operations: [FileOperation], policy: PathPolicy,
        provenance: Provenance, rationale: String?
    ) throws -> (Int, ObjectID, [ProposalResult.Commit]) {
        let r = try repo
        var commits: [ProposalResult.Commit] = []
        let (number, head) = try claimNumber { n in
            let record = try r.commit(
                tree: baseTree, parents: [base],
                message: "Proposal #\(n): \(Trailers.oneLine(title))\n\n"
                    + (rationale.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) + "\n\n" } ?? "")
                    + trailers(
                        [(Trailer.proposal, "\(n)"), (Trailer.agent, agent), (Trailer.kind, "change")]
                            + (provenance.task.map { [(Trailer.task, $0)] } ?? [])
                            + (policy.guardsConfig ? [(Trailer.writer, policy.writer)] : [])) + "\n",
                author: signature(agent))
            let (head, made) = try commitPlanned(planned, number: n, onto: record, agent: agent)
            commits = made
            return (record, head)
        }
        guard try r.createReference(Refs.branch(number), to: head, message: "steward: proposal #\(number)") else {
            throw StewardError.failure("branch steward/\(number) already exists although the number was just claimed; run 'steward doctor'")
        }
        try appendAudit { seq in
            AuditEvent(
                sequence: seq, kind: .proposed, proposal: number, title: title, actor: agent, date: Date(timeIntervalSince1970: Double(now())),
                commit: head.hex, base: base.hex, paths: Self.paths(of: operations),
                operations: commits.map { "\($0.commit.prefix(10)) \($0.summary)" })
        }
        return (number, head, commits)
    }

    /// Claims the next free number with a create-only ref. `build(n)` makes the objects for
    /// number n and returns (record commit, head); a lost race tries n + 1. The create-only
    /// ref is what keeps numbers unique; where to start is only a guess: the highest claim
    /// (one listing of every claim ref) in a process's first claim, then the number after
    /// the last one it claimed, skipping those other writers claimed meanwhile by looking
    /// each up (claims are made in order and kept forever, so the numbers in use are 1…max).
    func claimNumber(_ build: (Int) throws -> (record: ObjectID, head: ObjectID)) throws -> (Int, ObjectID) {
        let r = try repo
        var n: Int
        if let last = lastClaimed {
            n = last + 1
            while try r.reference(Refs.claim(n)) != nil { n += 1 }
        } else {
            n = (try r.references(matching: Refs.claimGlob).compactMap { Refs.number(in: $0.name) }.max() ?? 0) + 1
        }
        // With a remote, also past every claim fetched from it (spec 22.4, "Numbers").
        if let remote = try publishTarget()?.remote {
            let there = try r.references(matching: Refs.tracking(Refs.claimGlob, remote: remote.name)).compactMap { Refs.number(in: $0.name) }
            n = max(n, (there.max() ?? 0) + 1)
        }
        while true {
            let (record, head) = try build(n)
            let claimed = try retryingContention { try r.createReference(Refs.claim(n), to: record, message: "steward: claim #\(n)") }
            if claimed {
                lastClaimed = n
                return (n, head)
            }
            n += 1
        }
    }
}
