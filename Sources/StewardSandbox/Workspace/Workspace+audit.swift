import Foundation
import StewardCore
import StewardGit

extension Workspace {
    /// The chain this machine appends its events to (spec 22.5): its own
    /// `refs/steward/trail/ID` once it has a machine id (from its first sync or clone on),
    /// else `refs/steward/audit`, which is frozen from then on.
    public nonisolated func auditRef() throws -> String {
        try machineID().map(Refs.trail) ?? Refs.audit
    }

    /// Appends one event to this machine's chain (`auditRef()`; compare-and-swap, retried). The
    /// sequence number is the chain's previous event's plus one. The index (store) is not
    /// touched here: it catches up from git when it is read (`syncIndex`), so writers never
    /// wait on SQLite. The result says which ref moved, from what to what.
    @discardableResult
    func appendAudit(_ make: (Int) throws -> AuditEvent) throws -> ChainAppend<AuditEvent> {
        try refuseIfTrailTakenElsewhere()  // spec 22.5: another clone writes this machine's chain
        return try appendRecord(to: try auditRef(), prefix: "audit") { seq in
            let event = try make(seq)
            return ChainRecord(
                sequence: event.sequence, kind: event.kind.rawValue, proposal: event.proposal, json: try event.json(), actor: event.actor,
                value: event)
        }
    }

    /// Appends one commit to an append-only chain of JSON records (the audit trail, a
    /// proposal's comments): tree = the empty tree, parent = the chain's previous commit,
    /// author = the record's actor, subject `PREFIX SEQ: KIND #N`, body the JSON on one line, then
    /// the machine trailer when this machine has an id (`recordMessage`).
    /// `make` gets the next sequence number (the previous record's plus one) and may run more
    /// than once: the ref moves by compare-and-swap, retried when another writer won.
    func appendRecord<T>(to ref: String, prefix: String, _ make: (Int) throws -> ChainRecord<T>) throws -> ChainAppend<T> {
        let r = try repo
        let empty = try emptyTreeID ?? r.emptyTree()
        emptyTreeID = empty
        return try retryingContention {
            let head = try r.reference(ref)
            let previous = try head.map { try recordSequence(at: $0, prefix: prefix) } ?? 0
            let record = try make(previous + 1)
            let subject = "\(prefix) \(record.sequence): \(record.kind) #\(record.proposal)"
            let message = try recordMessage(subject: subject, json: record.json)
            let commit = try r.commit(tree: empty, parents: head.map { [$0] } ?? [], message: message, author: signature(record.actor))
            try r.updateReference(ref, to: commit, expected: head, message: subject)
            return ChainAppend(value: record.value, ref: ref, old: head, new: commit)
        }
    }

    /// The sequence number from a chain commit's subject (`PREFIX N: …`), without decoding its
    /// record; for the audit trail, from the event when the subject does not say.
    func recordSequence(at commit: ObjectID, prefix: String) throws -> Int {
        let subject = try repo.commitInfo(commit).subject
        if subject.hasPrefix(prefix + " "), let colon = subject.firstIndex(of: ":"),
            let n = Int(subject[subject.index(subject.startIndex, offsetBy: prefix.count + 1)..<colon])
        {
            return n
        }
        guard prefix == "audit" else {
            throw StewardError.failure(
                "\(prefix) commit \(commit.short) has no sequence number in its subject: something other than Steward wrote it")
        }
        return try auditEvent(at: commit).sequence
    }

    func auditEvent(at commit: ObjectID) throws -> AuditEvent {
        let info = try repo.commitInfo(commit)
        guard let json = Self.recordJSON(in: info.message) else {
            throw StewardError.failure("audit commit \(commit.short) has no event; run 'steward doctor'")
        }
        do {
            return try AuditEvent.decode(json: json)
        } catch {
            throw StewardError.failure("audit commit \(commit.short) holds an unreadable event (\(error)); run 'steward doctor'")
        }
    }

    /// The audit chains here, in the trail's chain order: `refs/steward/audit` (when it
    /// exists), then every `refs/steward/trail/ID` by machine id. Another machine's chain is
    /// here once a sync fetched it.
    func auditChainHeads() throws -> [(ref: String, head: ObjectID)] {
        let r = try repo
        let audit = try r.reference(Refs.audit).map { [(ref: Refs.audit, head: $0)] } ?? []
        return audit + (try r.references(matching: Refs.trailGlob)).sorted { $0.name < $1.name }.map { (ref: $0.name, head: $0.id) }
    }

    /// The records of chain `ref` from `head` back to (not including) its event `after`, oldest
    /// first, and the sequence and audit commit of the event the walk stopped at (nil when it
    /// reached the chain's first event): the caller tells from it whether the chain still
    /// descends from what it holds.
    func chainRecords(_ ref: String, from head: ObjectID?, after: Int = 0) throws -> (
        records: [AuditRecord], stop: (sequence: Int, auditCommit: String)?
    ) {
        var out: [AuditRecord] = []
        var cursor = head
        while let c = cursor {
            let e = try auditEvent(at: c)
            if e.sequence <= after { return (out.reversed(), (e.sequence, c.hex)) }
            out.append(AuditRecord(event: e, auditCommit: c.hex, chain: ref))
            cursor = try repo.commitInfo(c).parents.first
        }
        return (out.reversed(), nil)
    }

    /// Every chain's records, oldest first, one array per chain, in chain order.
    func auditChains() throws -> [[AuditRecord]] {
        try auditChainHeads().map { try chainRecords($0.ref, from: $0.head).records }
    }

    /// The whole trail, read from git: the union of every chain here (`refs/steward/audit` and
    /// each `refs/steward/trail/ID`), in the trail's order (`AuditRecord.ordered`: by date,
    /// then chain, then sequence; never before its chain's previous event), each event with its
    /// audit commit (its key) and chain.
    public func auditTrail() throws -> [AuditRecord] {
        AuditRecord.ordered(Array(try auditChains().joined()))
    }

    /// `auditTrail()`'s events.
    public func auditEvents() throws -> [AuditEvent] {
        try auditTrail().map(\.event)
    }

    /// One chain's records, oldest first (none when `ref` does not exist).
    public func auditChain(_ ref: String) throws -> [AuditRecord] {
        try chainRecords(ref, from: try repo.reference(ref)).records
    }
}

/// One record for `Workspace.appendRecord`: what the commit says and the value it returns.
struct ChainRecord<T> {
    var sequence: Int
    var kind: String
    var proposal: Int
    var json: String
    var actor: String
    var value: T
}

/// What one append to a chain did (`appendRecord`): the record, and the ref it moved from
/// `old` (nil: the chain began) to `new`; a push names the same ref and lease (spec 22.4).
public struct ChainAppend<T: Sendable>: Sendable {
    public var value: T
    public var ref: String
    public var old: ObjectID?
    public var new: ObjectID
}

extension ChainAppend where T == AuditEvent {
    /// The appended event as the trail holds it.
    public var record: AuditRecord { AuditRecord(event: value, auditCommit: new.hex, chain: ref) }
}
