import Foundation

/// One entry of the audit trail. The trail lives in git (append-only chains, one commit per
/// event: `refs/steward/audit` and one `refs/steward/trail/ID` per machine, spec 22.5); the
/// store only indexes it.
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

    /// Position in its chain: 1, 2, 3 … with no gaps.
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
    /// For `proposed`: the name the proposal had when it was made offline (`o2`, spec 22.4),
    /// before `steward sync` numbered it; `date` is then when it was made.
    public var provisional: String?

    public init(
        sequence: Int, kind: Kind, proposal: Int, title: String, actor: String, date: Date,
        reason: String? = nil, commit: String? = nil, base: String? = nil, rollbackOf: Int? = nil, paths: [String] = [],
        operations: [String]? = nil, part: Int? = nil, declined: [String]? = nil,
        rejectedOn: Date? = nil, provisional: String? = nil
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
        self.provisional = provisional
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

/// One event as the trail holds it (spec 22.5): the event, the audit commit that holds it (its
/// key: it never changes once written) and the chain it is on.
public struct AuditRecord: Sendable, Hashable {
    /// The chain of a workspace that never synced (and, frozen, of its first sync).
    public static let auditChain = "refs/steward/audit"

    public var event: AuditEvent
    /// The id of the audit commit holding the event; nil only in rows an older Steward indexed.
    public var auditCommit: String?
    /// The ref of its chain: `refs/steward/audit`, or `refs/steward/trail/ID` (machine ID's).
    public var chain: String
    /// The date it is ordered by: its own, or its chain's previous event's when that is later
    /// (`doctor` records events at their git dates, a clock may go back), so no event is ever
    /// shown before the one it follows in its chain. Set by `ordered(_:after:)`.
    public var orderDate: Date

    public init(event: AuditEvent, auditCommit: String?, chain: String = AuditRecord.auditChain) {
        self.event = event
        self.auditCommit = auditCommit
        self.chain = chain
        self.orderDate = event.date
    }

    /// The order of the trail, the union of all chains (spec 22.5): by date (`orderDate`),
    /// then chain (`refs/steward/audit` first, then the machine ids ascending, as the refs'
    /// names sort), then sequence. Within one chain, the order of its sequence.
    public static func inOrder(_ a: AuditRecord, _ b: AuditRecord) -> Bool { a.orderKey < b.orderKey }

    /// Its place in that order.
    public var orderKey: (Date, String, Int) { (orderDate, chain, event.sequence) }

    /// `records` (of any chains, each chain's without gaps) with their `orderDate` set, in the
    /// trail's order. `after` holds, per chain, the `orderDate` of the event before the first
    /// one given (the last one already indexed), when there is one.
    public static func ordered(_ records: [AuditRecord], after: [String: Date] = [:]) -> [AuditRecord] {
        var out: [AuditRecord] = []
        out.reserveCapacity(records.count)
        for (chain, ofChain) in Dictionary(grouping: records, by: \.chain) {
            var latest = after[chain] ?? .distantPast
            for var r in ofChain.sorted(by: { $0.event.sequence < $1.event.sequence }) {
                latest = max(latest, r.event.date)
                r.orderDate = latest
                out.append(r)
            }
        }
        return out.sorted(by: inOrder)
    }
}

/// A fast index of the audit trail (implemented by the store). The sandbox appends events
/// to git first and then hands them here; the index can always be rebuilt from git.
public protocol AuditIndex: Sendable {
    /// Per chain indexed (its ref): the highest sequence indexed and the audit commit it was
    /// indexed from (nil when indexed before Steward recorded it).
    func chainHeads() throws -> [String: (sequence: Int, auditCommit: String?)]
    /// What the index holds of one chain, oldest first.
    func records(chain: String) throws -> [AuditRecord]
    /// Adds records, in any order (idempotent by audit commit, and by chain and sequence).
    func ingest(_ records: [AuditRecord]) throws
    /// Forgets everything, before a rebuild.
    func reset() throws
    /// Where the index differs from `records` (what indexing git's trail gives), or nil when
    /// it holds exactly what indexing them would give.
    func difference(from records: [AuditRecord]) throws -> AuditIndexDifference?
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
