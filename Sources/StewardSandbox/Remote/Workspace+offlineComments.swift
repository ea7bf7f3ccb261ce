import Foundation
import StewardCore
import StewardGit

// Comments on an offline proposal (spec 22.4, "Offline"): kept at the local-only
// `refs/steward/offline-comments/J`, carried to `comments/N` when `steward sync` numbers oJ.

extension Refs {
    /// The comment chain of offline proposal J: local only, never pushed, never fetched.
    static func offlineComments(_ j: Int) -> String { "refs/steward/offline-comments/\(j)" }
}

extension Workspace {
    /// Adds a person's comment to offline proposal J, as `comment(on:)` adds one to a numbered
    /// proposal (the same checks, the same record with `proposal` 0), on the local-only chain
    /// `refs/steward/offline-comments/J`; `steward sync` carries it to `comments/N`.
    /// - Throws: what `comment(on:)` throws; `.notFound` when there is no offline proposal J.
    @discardableResult
    public func comment(
        onOffline j: Int, path: String? = nil, line: Int? = nil, side: ProposalComment.Side? = nil, text: String, by person: String
    ) throws -> ProposalComment {
        let (person, checked) = try Self.checkComment(text, by: person, path: path, line: line, side: side)
        guard let head = try repo.reference(Refs.offline(j)) else { throw Self.noOffline(j) }
        let record = try offlineChain(j, head: head)[0]
        let base = record.parents.first ?? record.id
        let lineText = try self.lineText(at: checked, line: line, side: side, in: "o\(j)", base: base, head: head)
        let made = try appendOfflineRecord(j) { seq in
            let r = CommentRecord(
                sequence: seq, kind: .commented, proposal: 0, author: person, date: Date(timeIntervalSince1970: Double(now())),
                text: text, commit: head.hex, path: checked, side: line == nil ? nil : side ?? .new, line: line, lineText: lineText)
            return ChainRecord(sequence: seq, kind: r.kind.rawValue, proposal: 0, json: try r.json(), actor: person, value: r)
        }
        guard let c = try comments(onOffline: j).first(where: { $0.id == made.value.sequence }) else { throw Self.noOffline(j) }
        return c
    }

    /// Marks comment `k` of offline proposal J resolved (spec 22.4): a `resolved` record on the
    /// local-only chain, as `resolveComment(_:on:)` adds one to `comments/N`; `steward sync`
    /// carries it to N with the comments (the ids stay: the chain is made again in order).
    /// - Throws: `.notFound` when there is no offline proposal J or it has no comment `k`;
    ///   `.conflict` when `k` is already resolved.
    @discardableResult
    public func resolveComment(_ k: Int, onOffline j: Int, by person: String) throws -> ProposalComment {
        let person = try Self.checkName(person, what: "person")
        guard let c = try comments(onOffline: j).first(where: { $0.id == k }) else {
            throw StewardError.notFound("o\(j) has no comment \(k); 'steward comments o\(j)' lists them")
        }
        if c.state == .resolved {
            throw StewardError.conflict("comment \(k) on o\(j) was already resolved by \(Escape.inline(c.resolvedBy ?? "someone"))")
        }
        _ = try appendOfflineRecord(j) { seq in
            let r = CommentRecord(
                sequence: seq, kind: .resolved, proposal: 0, author: person, date: Date(timeIntervalSince1970: Double(now())), resolves: k)
            return ChainRecord(sequence: seq, kind: r.kind.rawValue, proposal: 0, json: try r.json(), actor: person, value: r)
        }
        guard let resolved = try comments(onOffline: j).first(where: { $0.id == k }) else { throw Self.noOffline(j) }
        return resolved
    }

    /// Appends a record to oJ's comment chain, never while `steward sync` numbers oJ: the sync
    /// notes (`.steward/offline-numbering/J`) before it reads the chain to carry it, and deletes
    /// the chain after its push, so a record added in between would be lost. Refused when the
    /// note is there; taken back when it appeared while the record was added (one of the two
    /// sees the other, as for `append(toOffline:)`).
    /// - Throws: `StewardError.conflict` while oJ is being numbered.
    private func appendOfflineRecord(
        _ j: Int, _ make: (Int) throws -> ChainRecord<CommentRecord>
    ) throws -> ChainAppend<CommentRecord> {
        if beingNumbered(j) { throw Self.beingNumbered(j) }
        let made = try appendRecord(to: Refs.offlineComments(j), prefix: "comment", make)
        if beingNumbered(j) {
            let r = try repo
            if let old = made.old {
                try? r.updateReference(made.ref, to: old, expected: made.new, message: "steward: o\(j) comment taken back")
            } else {
                try? r.deleteReference(made.ref, expected: made.new)
            }
            throw Self.beingNumbered(j)
        }
        return made
    }

    /// The comments on offline proposal J, oldest first, placed on its head.
    /// - Throws: `.notFound` when there is no offline proposal J.
    public func comments(onOffline j: Int) throws -> [ProposalComment] {
        try comments(try commentRecords(at: Refs.offlineComments(j)), on: try offlineProposal(j))
    }

    /// Offline proposal J's comment chain made again for number `n` (spec 22.4): each record
    /// with `proposal` N and its `commit` mapped through `commits` (offline commit → re-made
    /// commit at the same place), by the same person at the same date. Nil when it has none.
    func remakeComments(_ j: Int, as n: Int, commits: [ObjectID: ObjectID]) throws -> ObjectID? {
        let r = try repo
        let empty = try r.emptyTree()
        var parent: ObjectID?
        for var record in try commentRecords(at: Refs.offlineComments(j)) {
            record.proposal = n
            record.commit = record.commit.flatMap { ObjectID(hex: $0) }.flatMap { commits[$0]?.hex } ?? record.commit
            let message = try recordMessage(
                subject: "comment \(record.sequence): \(record.kind.rawValue) #\(n)", json: try record.json())
            let author = Signature(name: record.author, email: "steward@localhost", time: Int64(record.date.timeIntervalSince1970))
            parent = try r.commit(
                tree: empty, parents: parent.map { [$0] } ?? [], message: message, author: author,
                committer: Signature(name: record.author, email: "steward@localhost", time: now()))
        }
        return parent
    }

    /// Inside the step that numbered oJ as `made` (number, head, operation commits): its comment
    /// chain re-made for N under `comments/N`, pushed with the rest (nothing when it has none).
    func carryComments(_ j: Int, chain: [CommitInfo], made: (number: Int, head: ObjectID, commits: [ProposalResult.Commit])) throws {
        let r = try repo
        guard try r.reference(Refs.offlineComments(j)) != nil else { return }
        var map: [ObjectID: ObjectID] = [:]
        if let record = try r.reference(Refs.claim(made.number)) { map[chain[0].id] = record }
        for (old, new) in zip(chain.dropFirst(), made.commits) { map[old.id] = ObjectID(hex: new.commit) }
        guard let comments = try remakeComments(j, as: made.number, commits: map) else { return }
        guard try r.createReference(Refs.comments(made.number), to: comments, message: "steward: o\(j)'s comments on #\(made.number)") else {
            throw StewardError.failure(
                "refs/steward/comments/\(made.number) already exists although #\(made.number) was just claimed; run 'steward doctor'")
        }
    }
}
