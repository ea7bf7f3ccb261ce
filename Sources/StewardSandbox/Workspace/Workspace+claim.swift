import Foundation
import StewardCore
import StewardGit

extension Workspace {
    /// Claims a number (create-only ref) with the proposal's commits made for it, then makes
    /// the branch and records the event.
    /// `reserved`: the number the shared database gave (`reservedNumber()`), the only one tried.
    func claim(
        _ title: String, agent: String, planned: [PlannedCommit], base: ObjectID, baseTree: ObjectID, operations: [FileOperation], policy: PathPolicy,
        provenance: Provenance, rationale: String?, reserved: Int? = nil
    ) throws -> (Int, ObjectID, [ProposalResult.Commit]) {
        let r = try repo
        let made = ProposedEvent(
            title: title, agent: agent, base: base, date: Date(timeIntervalSince1970: Double(now())), paths: Self.paths(of: operations))
        return try claim(made, reserved: reserved) { n in
            let record = try r.commit(
                tree: baseTree, parents: [base],
                message: proposalMessage(.number(n), title: title, agent: agent, policy: policy, provenance: provenance, rationale: rationale),
                author: signature(agent))
            let (head, commits) = try commitPlanned(planned, label: .number(n), onto: record, agent: agent)
            return (record, head, commits)
        }
    }

    /// What a `proposed` event says besides the number and the commits: `date` when it was
    /// made, `provisional` its name if it was made offline (`oJ`, spec 22.4).
    struct ProposedEvent {
        var title: String
        var agent: String
        var base: ObjectID
        var date: Date
        var paths: [String]
        var provisional: String? = nil
    }

    /// Claims a number (create-only ref) with the commits `build(n)` makes for number n
    /// (record commit, head, operation commits), then makes the branch and records the event.
    func claim(
        _ event: ProposedEvent, reserved: Int? = nil, _ build: (Int) throws -> (record: ObjectID, head: ObjectID, commits: [ProposalResult.Commit])
    ) throws -> (Int, ObjectID, [ProposalResult.Commit]) {
        let r = try repo
        var commits: [ProposalResult.Commit] = []
        let (number, head) = try claimNumber(reserved: reserved) { n in
            let made = try build(n)
            commits = made.commits
            return (made.record, made.head)
        }
        guard try r.createReference(Refs.branch(number), to: head, message: "steward: proposal #\(number)") else {
            // With a remote the claim is only staged: another process of this machine (a catch-up,
            // or its own step applied after its push) wrote N's claim and then its branch after
            // the claim was checked free. N is another machine's: a lost claim, the next number.
            if r.isStaging { throw LostLease(refs: [Refs.claim(number)], message: "#\(number) was taken here meanwhile") }
            throw StewardError.failure("branch steward/\(number) already exists although the number was just claimed; run 'steward doctor'")
        }
        try appendAudit { seq in
            AuditEvent(
                sequence: seq, kind: .proposed, proposal: number, title: event.title, actor: event.agent, date: event.date,
                commit: head.hex, base: event.base.hex, paths: event.paths,
                operations: commits.map { "\($0.commit.prefix(10)) \($0.summary)" }, provisional: event.provisional)
        }
        return (number, head, commits)
    }

    /// A proposal's record commit message: "Proposal #N: TITLE" (or "Proposal oJ: TITLE" made
    /// offline, spec 22.4), the rationale, then its trailers, the label's first.
    func proposalMessage(
        _ label: ProposalLabel, title: String, agent: String, policy: PathPolicy, provenance: Provenance, rationale: String?
    ) throws -> String {
        "Proposal \(label): \(Trailers.oneLine(title))\n\n"
            + (rationale.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) + "\n\n" } ?? "")
            + (try trailers(
                [label.trailer, (Trailer.agent, agent), (Trailer.kind, "change")]
                    + (provenance.task.map { [(Trailer.task, $0)] } ?? [])
                    + (policy.guardsConfig ? [(Trailer.writer, policy.writer)] : []))) + "\n"
    }

    /// Claims the next free number with a create-only ref. `build(n)` makes the objects for
    /// number n and returns (record commit, head); a lost race tries n + 1. The create-only
    /// ref is what keeps numbers unique; where to start is only a guess (`nextNumberGuess`).
    /// With `reserved` (the shared database's number, spec 22.4 "Numbers") only that number is
    /// tried: one taken here, or by a claim fetched from the remote, throws `NumberTaken`, and
    /// the caller asks the database again.
    func claimNumber(reserved: Int? = nil, _ build: (Int) throws -> (record: ObjectID, head: ObjectID)) throws -> (Int, ObjectID) {
        let r = try repo
        var n = try reserved ?? nextNumberGuess()
        while true {
            // A branch steward/N with no claim (made outside Steward, spec 3.1) takes N too.
            if try r.reference(Refs.branch(n)) != nil || (reserved != nil && claimFetched(n)) {
                if reserved != nil { throw NumberTaken(number: n) }
                n += 1
                continue
            }
            let (record, head) = try build(n)
            let claimed = try retryingContention { try r.createReference(Refs.claim(n), to: record, message: "steward: claim #\(n)") }
            if claimed {
                lastClaimed = n
                return (n, head)
            }
            if reserved != nil { throw NumberTaken(number: n) }
            n += 1
        }
    }

    /// The first number worth trying: the highest claim (one listing of every claim ref) in a
    /// process's first claim, then the number after the last one it claimed, skipping those
    /// other writers claimed meanwhile by looking each up (claims are kept forever; numbers
    /// from the database may leave gaps, which this never needs to fill); with a remote, also
    /// past every claim fetched from it (spec 22.4, "Numbers").
    func nextNumberGuess() throws -> Int {
        let r = try repo
        var n: Int
        if let last = lastClaimed {
            n = last + 1
            while try r.reference(Refs.claim(n)) != nil { n += 1 }
        } else {
            n = (try r.references(matching: Refs.claimGlob).compactMap { Refs.number(in: $0.name) }.max() ?? 0) + 1
        }
        if let remote = try publishTarget()?.remote {
            let there = try r.references(matching: Refs.tracking(Refs.claimGlob, remote: remote.name)).compactMap { Refs.number(in: $0.name) }
            n = max(n, (there.max() ?? 0) + 1)
        }
        return n
    }

    /// Whether the remote held a claim of N at the last fetch.
    func claimFetched(_ n: Int) throws -> Bool {
        guard let remote = try publishTarget()?.remote else { return false }
        return try repo.reference(Refs.tracking(Refs.claim(n), remote: remote.name)) != nil
    }
}
