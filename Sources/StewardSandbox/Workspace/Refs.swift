import StewardCore

/// Where Steward keeps its state in git. Everything here survives the loss of `.steward/`.
enum Refs {
    static let main = "refs/heads/main"
    /// The audit chain of a workspace with no machine id (one commit per event); frozen once it
    /// has one, which then appends to `trail(ID)` (spec 22.5).
    static let audit = AuditRecord.auditChain
    /// Claims number N, create-only, kept forever; points at the proposal's record commit.
    static func claim(_ n: Int) -> String { "refs/steward/proposals/\(n)" }
    static let claimGlob = "refs/steward/proposals/*"
    /// The proposal's branch while it is pending.
    static func branch(_ n: Int) -> String { "refs/heads/steward/\(n)" }
    static let branchGlob = "refs/heads/steward/*"
    /// A rejected proposal's last head.
    static func archive(_ n: Int) -> String { "refs/steward/archive/\(n)" }
    /// The commit on main that applied N (approval merge, or a rollback's revert).
    static func applied(_ n: Int) -> String { "refs/steward/applied/\(n)" }
    /// The commit on main that undid N (a rollback).
    static func undone(_ n: Int) -> String { "refs/steward/undone/\(n)" }
    /// The approval merge of part K of N, and the rollback that undid it (spec 5.5a).
    static func applied(_ n: Int, part k: Int) -> String { "refs/steward/applied/\(n)-\(k)" }
    static func undone(_ n: Int, part k: Int?) -> String { k.map { "refs/steward/undone/\(n)-\($0)" } ?? undone(n) }
    /// Heads replaced by `refresh`, kept as evidence.
    static func superseded(_ n: Int, _ k: Int) -> String { "refs/steward/superseded/\(n)-\(k)" }
    static func supersededGlob(_ n: Int) -> String { "refs/steward/superseded/\(n)-*" }
    /// A rejected proposal whose archive `gc --expire-archives` removed: points at the audit
    /// commit holding its `expired` event (the tombstone), which the audit ref reaches anyway.
    static func expired(_ n: Int) -> String { "refs/steward/expired/\(n)" }

    /// The number after the last `/` (not `split`: listing every claim parses thousands).
    static func number(in ref: String) -> Int? { Int(ref[(ref.lastIndex(of: "/").map { ref.index(after: $0) } ?? ref.startIndex)...]) }
}

/// Commit message trailer keys.
enum Trailer {
    static let proposal = "Steward-Proposal"
    static let agent = "Steward-Agent"
    static let tool = "Steward-Tool"
    static let task = "Steward-Task"
    static let model = "Steward-Model"
    static let op = "Steward-Op"
    static let overwrite = "Steward-Overwrite"
    /// On an operation commit: its position in the proposal, 1, 2, 3 … (the cap's count).
    static let opNumber = "Steward-Op-Number"
    static let kind = "Steward-Kind"
    static let approvedBy = "Steward-Approved-By"
    static let rollbackOf = "Steward-Rollback-Of"
    static let rolledBackBy = "Steward-Rolled-Back-By"
    /// On a part commit and its approval merge: which part of the proposal (1, 2, …).
    static let part = "Steward-Part"
    /// On a revert commit that undid one part of a proposal.
    static let rollbackPart = "Steward-Rollback-Part"
    static let event = "Steward-Event"
    /// On a proposal's record commit: who wrote it, when that decides what it may change at
    /// approval (`self-improvement`).
    static let writer = "Steward-Writer"
}
