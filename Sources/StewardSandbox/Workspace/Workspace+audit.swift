import Foundation
import StewardCore
import StewardGit

extension Workspace {
    /// Appends one event to `refs/steward/audit` (compare-and-swap, retried). The sequence
    /// number is the previous event's plus one. The index (store) is not touched here: it
    /// catches up from git when it is read (`syncIndex`), so writers never wait on SQLite.
    @discardableResult
    func appendAudit(_ make: (Int) throws -> AuditEvent) throws -> AuditEvent {
        try appendRecord(to: Refs.audit, prefix: "audit") { seq in
            let event = try make(seq)
            return ChainRecord(
                sequence: event.sequence, kind: event.kind.rawValue, proposal: event.proposal, json: try event.json(), actor: event.actor,
                value: event)
        }
    }

    /// Appends one commit to an append-only chain of JSON records (the audit trail, a
    /// proposal's comments): tree = the empty tree, parent = the chain's previous commit,
    /// author = the record's actor, subject `PREFIX SEQ: KIND #N`, body the JSON on one line.
    /// `make` gets the next sequence number (the previous record's plus one) and may run more
    /// than once: the ref moves by compare-and-swap, retried when another writer won.
    func appendRecord<T>(to ref: String, prefix: String, _ make: (Int) throws -> ChainRecord<T>) throws -> T {
        let r = try repo
        let empty = try emptyTreeID ?? r.emptyTree()
        emptyTreeID = empty
        return try retryingContention {
            let head = try r.reference(ref)
            let previous = try head.map { try recordSequence(at: $0, prefix: prefix) } ?? 0
            let record = try make(previous + 1)
            let subject = "\(prefix) \(record.sequence): \(record.kind) #\(record.proposal)"
            let message = subject + "\n\n" + record.json + "\n"
            let commit = try r.commit(tree: empty, parents: head.map { [$0] } ?? [], message: message, author: signature(record.actor))
            try r.updateReference(ref, to: commit, expected: head, message: subject)
            return record.value
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
        guard let start = info.message.range(of: "\n\n") else {
            throw StewardError.failure("audit commit \(commit.short) has no event; run 'steward doctor'")
        }
        do {
            return try AuditEvent.decode(json: info.message[start.upperBound...])
        } catch {
            throw StewardError.failure("audit commit \(commit.short) holds an unreadable event (\(error)); run 'steward doctor'")
        }
    }

    /// Events with a sequence number above `after`, oldest first, read from git.
    public func auditEvents(after: Int = 0) throws -> [AuditEvent] {
        try auditChain(after: after).map(\.event)
    }

    /// `auditEvents(after:)` with the id of the audit commit that holds each event.
    public func auditChain(after: Int = 0) throws -> [(event: AuditEvent, auditCommit: String?)] {
        var out: [(event: AuditEvent, auditCommit: String?)] = []
        var cursor = try repo.reference(Refs.audit)
        while let c = cursor {
            let e = try auditEvent(at: c)
            if e.sequence <= after { break }
            out.append((e, c.hex))
            cursor = try repo.commitInfo(c).parents.first
        }
        return out.reversed()
    }

    /// Brings the index (store) up to the audit ref: adds the events it lacks, or rebuilds it
    /// when its newest event did not come from this audit trail (a store copied from another
    /// workspace, an audit ref rewritten, a store indexed before Steward recorded audit
    /// commits) or it holds events git does not. The newest indexed event's audit commit is
    /// compared with git's commit at that sequence: O(1) when the store is current, O(new
    /// events) otherwise. Edited rows are `doctor`'s to find (`AuditIndex.difference`).
    public func syncIndex() throws {
        guard let index else { return }
        let (last, lastCommit) = try index.lastIndexed()
        var cursor = try repo.reference(Refs.audit)
        if let head = cursor, last > 0, head.hex == lastCommit { return }
        var newer: [(event: AuditEvent, auditCommit: String?)] = []
        var matches = last == 0
        while let c = cursor {
            let e = try auditEvent(at: c)
            if e.sequence <= last {
                matches = e.sequence == last && c.hex == lastCommit
                break
            }
            newer.append((e, c.hex))
            cursor = try repo.commitInfo(c).parents.first
        }
        if !matches {
            try index.reset()
            try index.ingest(try auditChain())
        } else if !newer.isEmpty {
            try index.ingest(newer.reversed())
        }
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
