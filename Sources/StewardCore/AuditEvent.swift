import Foundation

/// One entry of the audit trail. The trail lives in git (the append-only ref
/// `refs/steward/audit`, one commit per event); the store only indexes it.
public struct AuditEvent: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A proposal was made (its commits are on `steward/N`).
        case proposed
        /// Operations were added to a pending proposal.
        case updated
        /// A proposal was carried forward onto a newer `main`.
        case refreshed
        /// A proposal was merged into `main`.
        case approved
        /// A proposal was rejected; its head is kept under `refs/steward/archive/N`.
        case rejected
        /// An approved change was reverted on `main`; the rollback has its own number.
        case rolledBack = "rolled-back"
        /// The archive of a rejected proposal was removed by `steward gc --expire-archives`
        /// (spec 5.10a); the event is its tombstone: `commit` the archived head that was,
        /// `rejectedOn` and `reason` the rejection's, `actor` who ran gc.
        case expired
    }

    /// Position in the trail: 1, 2, 3 … with no gaps.
    public var sequence: Int
    public var kind: Kind
    /// The proposal this event is about (for `rolled-back`, the new rollback's number).
    public var proposal: Int
    public var title: String
    /// Who did it: the agent for `proposed`, the approver for `approved`, and so on.
    public var actor: String
    public var date: Date
    public var reason: String?
    /// The commit the event produced or concerns (branch head, merge commit, revert commit).
    public var commit: String?
    /// The commit the proposal is based on (proposed, refreshed).
    public var base: String?
    /// For `rolled-back`: the number that was undone.
    public var rollbackOf: Int?
    /// Files the event changed, for listings.
    public var paths: [String]
    /// For `proposed`/`updated`: each commit made, "SHORT-ID summary".
    public var operations: [String]?
    /// For `approved`: the part K of a proposal approved in parts; for `rolled-back`: the part
    /// of `rollbackOf` it undid (spec 5.5a).
    public var part: Int?
    /// For `approved` with `part`: the files left to decide (still pending, or rejected next).
    public var declined: [String]?
    /// For `expired`: the date of the rejection whose archive expired.
    public var rejectedOn: Date?

    public init(
        sequence: Int, kind: Kind, proposal: Int, title: String, actor: String, date: Date,
        reason: String? = nil, commit: String? = nil, base: String? = nil, rollbackOf: Int? = nil, paths: [String] = [],
        operations: [String]? = nil, part: Int? = nil, declined: [String]? = nil,
        rejectedOn: Date? = nil
    ) {
        self.sequence = sequence
        self.kind = kind
        self.proposal = proposal
        self.title = title
        self.actor = actor
        self.date = date
        self.reason = reason
        self.commit = commit
        self.base = base
        self.rollbackOf = rollbackOf
        self.paths = paths
        self.operations = operations
        self.part = part
        self.declined = declined
        self.rejectedOn = rejectedOn
    }
}

extension AuditEvent {
    /// The one JSON form of an event: in audit commits and in the store alike (sorted keys,
    /// ISO 8601 dates), so what the store returns is byte-for-byte what git holds.
    public func json() throws -> String {
        String(decoding: try Self.encoder.encode(self), as: UTF8.self)
    }

    public static func decode(json: some StringProtocol) throws -> AuditEvent {
        try decoder.decode(AuditEvent.self, from: Data(json.utf8))
    }

    /// The JSON form of every record Steward keeps in a commit's body (audit events, a
    /// proposal's comments): sorted keys, ISO 8601 dates, slashes as they are.
    public static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        return e
    }()

    public static let decoder: JSONDecoder = {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .iso8601
        return d
    }()
}

/// Where a proposal stands, derived from its events.
public enum ProposalStatus: String, Sendable, Codable {
    case pending, approved, rejected
    /// Approved, then undone by a rollback.
    case rolledBack = "rolled-back"
    /// A rollback that is in effect on `main`.
    case applied
    /// The number was claimed but no proposal was completed (the process died).
    case abandoned
}

/// A fast index of the audit trail (implemented by the store). The sandbox appends events
/// to git first and then hands them here; the index can always be rebuilt from git.
public protocol AuditIndex: Sendable {
    /// The highest sequence number indexed, or 0.
    func lastSequence() throws -> Int
    /// The highest sequence number indexed (0 when none) and the id of the audit commit it
    /// was indexed from (nil when none, or indexed before Steward recorded it).
    func lastIndexed() throws -> (sequence: Int, auditCommit: String?)
    /// Adds events, each with the id of its audit commit (idempotent by sequence number).
    func ingest(_ events: [(event: AuditEvent, auditCommit: String?)]) throws
    /// Forgets everything, before a rebuild.
    func reset() throws
    /// Where the index differs from `events` (all of git's, oldest first, with their audit
    /// commits), or nil when it holds exactly what indexing them would give.
    func difference(from events: [(event: AuditEvent, auditCommit: String?)]) throws -> AuditIndexDifference?
}

/// How an audit index differs from git's audit trail, for `steward doctor`.
public struct AuditIndexDifference: Sendable, Hashable {
    /// For a person: where and what, e.g. "the store's events differ from the audit trail at
    /// event 7 (actor 'mallory' in the store, 'cli' in git)".
    public var message: String
    /// The index holds the first events of git's trail and nothing else: it only lags behind.
    public var onlyBehind: Bool

    public init(message: String, onlyBehind: Bool) {
        self.message = message
        self.onlyBehind = onlyBehind
    }
}
